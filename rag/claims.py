"""Claim check for journalists: supported, contradicted or not_found, with the passage as proof.

1. Score every evidence window of the index (one sentence, or two adjacent ones) for the claim:
   lexical coverage of the claim's content stems (IDF-weighted, aliases normalised) and the e5
   similarity of the claim to the window (`rag.coverage`).
2. Run the contradiction detectors (`rag.contradictions`: number, date, direction, negation,
   quantifier, modality, entity) on the best windows that are on the claim's subject; a conflict
   makes the claim `contradicted`, with the detector's explanation.
3. A claim is `supported` only when one window covers all of it: its subject, its predicate (the
   words, or a paraphrase the e5 similarity vouches for), and every value and name in it. Numbers
   that match while the predicate is absent give `not_found`, never `supported`.
4. Everything else is `not_found`, with what is missing.

`check_text_response` checks a paragraph sentence by sentence; questions and opinions without a
factual predicate ("Dat is een goede zaak.") are `not_checkable`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from corpus.sentences import sentence_spans
from rag.answer import names_a_source_only
from rag.constraints import DOCUMENT_YEAR
from rag.contradictions import PARTICIPLE as CLAUSE_PARTICIPLE
from rag.contradictions import (
    AT_PRESENT,
    NUMBER_WORDS,
    MONTH_NAME,
    MONTH_NAMES,
    less_for_not_so,
    SHARE_OF_ALL,
    DIRECTION,
    EN_DIRECTION,
    NL_SAFETY,
    EN_QUANTIFIER,
    find_word,
    by_double_negative,
    agreeing_segment,
    powers_given,
    unconditional,
    detect_entity,
    QUANTIFIER,
    SMALL_WORDS,
    Conflict,
    Marker,
    effective_negators,
    fuzzy_shared,
    entities,
    same_entity,
    event_date_conflict,
    find_conflicts,
    find_markers,
    missing_name,
    undercut_nearby,
    plan_nearby,
    stance_nearby,
    relative_done_unconfirmed,
    said_in_other_sentence,
    still_to_come,
    detect_role,
    negated,
    negation_scope,
    numeric_values,
    stems,
    synonymous,
    quantifier_clash,
    unconfirmed,
    unit_of,
    negations_match,
    spans,
    span_of,
    SENTENCE_CLAUSE,
    IMPLICIT_NEGATION,
    fold_same_length,
    UNDERCUT,
)
from rag.coverage import (
    with_acronyms,
    closing_participle,
    FINITE,
    LIGHT,
    FIRST_PERSON,
    HOME_COUNTRY_NAME,
    ClaimIndex,
    ClaimParts,
    ClaimWord,
    Window,
    claim_index,
    looks_finite,
    name_found,
    plain_post,
    reported_statement,
    value_found,
    without_own_attribution,
)
from rag.glossary import with_dutch_names, with_dutch_units
from rag.language import detect_language
from rag.numbers import ORDINALS, YEAR, Value, as_dutch_values, extract_values, same_value, with_month_names
from rag.schemas import (
    CheckResponse,
    ConflictOut,
    Coverage,
    Evidence,
    ItemCoverage,
    PartCoverage,
    PassageOut,
    SentenceCheck,
    TextCheckResponse,
    ValueCheck,
)

# Tuned on the claims dev split (eval/README.md).
W_SEMANTIC = 0.5  # share of the e5 similarity in the window score (the rest is lexical coverage)
K_WINDOWS = 6  # windows examined, best first
K_FURTHER = 6  # ... and after them, for a figure said otherwise of the claim's whole subject
T_FURTHER_PREDICATE = 0.5  # ... and this share of its predicate
T_ON_SUBJECT = 0.55  # window score below which no passage is on the claim's subject
T_SUBJECT = 0.5  # share of the subject's words the evidence (or its heading) must have to count as found ...
T_SUBJECT_MIN = 0.3  # ... and at least this for support (its missing words count with the predicate's)
# The predicate is found when the window has all its words; or lacks one or two that are no adjective, adverb or
# comparative (a verb said otherwise: "geraakt" for "beïnvloed") with this e5 similarity (one, two missing) and
# T_LEXICAL of all the claim's words; or is a paraphrase: this e5 similarity with at least this share of its words.
T_MISSING = (0.90, 0.93)
T_PARAPHRASE = (0.95, 0.5)
T_LEXICAL = 0.6  # share of all the claim's words, for support
# Support by meaning (a paraphrase in other words): this e5 similarity and share of the claim's words, with every
# value and name found and every truth-bearing word confirmed (`rag.contradictions.unconfirmed`).
# The claim's own verb missing from the window ("Het kabinet schrapt het plan ...": the window only names the plan)
# needs closer meaning than another missing word: paraphrases change verbs too ("trekt op met" for "werkt samen met").
T_VERB = 0.92
T_MEANING = ((0.915, 0.3), (0.925, 0.15), (0.905, 0.5))  # (e5 similarity, share of the claim's words): any pair
T_UNKNOWN_TOPIC = 0.885  # below this e5 similarity, a window is not about a thing the claim names and the documents never do
CONFLICT_REACH = 0.05  # a window this much less similar than the one that supports by meaning may still hold it back by a conflict
T_REST = (0.5, 0.45)  # a detector's conflict counts when the window has this share of the claim's other words
# (the second with at least this e5 similarity: the other words are said otherwise, "departementen" for "ministeries")
T_REST_SEMANTIC = 0.9
# A number, date or name that differs counts with less of the rest said in the same words when the e5 similarity
# vouches that the window says the same thing otherwise ("Brussel groen licht ... in 2027" vs "Commissie ... 2026"):
# (e5 similarity, share of the rest) by kind. A figure with less again ("Vanaf begin 2025 krijgt het LPT steeds meer
# vorm" for "kreeg al vanaf begin 2024 geleidelijk gestalte"): a figure said otherwise is the surest conflict there is.
T_REST_FIGURE = (0.90, 0.25)
T_REST_VALUE_BY_KIND = {"number": T_REST_FIGURE, "date": T_REST_FIGURE, "entity": (0.91, 0.3)}
# Support by meaning needs a word of the claim's own subject when the window has this share of its predicate: all of
# what the claim says, of none of its subject, is said of another actor ("ligt bij aanbieders" vs "de toezichthouders").
T_OTHER_ACTOR = 0.8
# Support by meaning is refused when a name of the claim is in the window's passage but not in the window, and the window
# names another actor of its kind: it says its statement of that other ("Met de richtlijn streeft de EU ..." vs "de Raad
# van Europa"). Bodies and regions are one kind.
ACTOR_KIND = {"organisation": "body", "region": "body", "country": "country", "place": "place", "party": "party"}  # "EU" ~ "Raad van Europa"
T_SENTENCE_CONFLICT = 0.5  # in a pair, a sentence is checked by itself when it has this share of the claim's words


# A verb that reports what someone says ("De Europese Commissie signaleert dat ...") is said by any report of it in the
# evidence ("gaf de Europese Commissie aan dat", "constateert", "volgens"): what is reported decides, not the verb.
REPORTING_VERB = re.compile(r"(?:signaleert|signaleren|signaleerde|stelt|stellen|stelde|constateert|constateren|constateerde|meldt|melden|meldde"
                            r"|concludeert|concluderen|concludeerde|waarschuwt|waarschuwen|waarschuwde|rapporteert|rapporteren|rapporteerde)", re.I)
REPORTED = re.compile(r"(?<![\w-])(?:(?:geeft|geven|gaf|gaven)\s+(?:[^\s,;.]+\s+){0,6}?aan|aangegeven|stelt|stelde|constateert|constateerde|signaleert"
                      r"|signaleerde|meldt|meldde|concludeert|concludeerde|waarschuwt|waarschuwde|rapporteert|volgens|blijkt|bleek)(?![\w-])", re.I)


@dataclass
class Judgement:
    window: Window
    subject: tuple[float, set[str], str | None]
    predicate: tuple[float, set[str]]
    values: list[tuple]  # (claim value, found, evidence value, where)
    names: list[tuple]  # (entity, found, where)
    conflict: Conflict | None
    on_subject: bool

    @property
    def supports(self) -> bool:
        return (
            self.conflict is None
            and self.on_subject
            and not self.split_subject
            and self.subject[0] >= T_SUBJECT_MIN
            and self.predicate_found
            and all(found for _cv, found, _ev, _w in self.values)
            and all(found for _n, found, _w in self.names)
            and self.window.lexical_context >= T_LEXICAL
            and self.objection is None  # last: the most expensive tests
            and self.context_objection is None
        )

    missing_words: list[str] = field(default_factory=list)  # claim words the window lacks (the subject's: with its heading)
    texts: tuple[str, str] = ("", "")  # the claim and the window's text
    passage_text: str = ""  # the window's passage with its headings
    neighbours: tuple[str, ...] = ()  # the passage's sentences right before and after the window
    table: object = None  # the alias table
    split_subject: bool = False  # a pair whose one sentence says the predicate of another subject (`split_subject`)
    own_subject: bool = True  # the claim's subject has content words (not only "het kabinet", "de staatssecretaris")
    verb: str | None = None  # the claim's own verb (ClaimParts.verb): when the window lacks it, it does not say the same
    subject_text: str = ""  # the claim's subject (ClaimParts.subject_text)
    before: str = ""  # the sentences right before the window (`sentences_before`)
    claim_index: object = None  # the ClaimIndex (for the documents' vocabulary, `unknown_word`)

    @cached_property
    def decisive_word_missing(self) -> bool:
        """The window lacks a claim word that decides its truth (`truth_bearing`): similarity cannot stand in for it,
        but a marker of the same scale and level can ("niet alleen" is "niet uitsluitend", see `said_by_marker`)."""
        verb_missing = (self.verb in self.missing_words and self.window.semantic < T_VERB
                        and not (REPORTING_VERB.fullmatch(self.verb or "") and REPORTED.search(self.texts[1]))
                        # (what is done by now is the state the window says now: "hebben inmiddels ... opgenomen" against
                        # "transitieverlof nu onderdeel uitmaakt van arbeidsvoorwaarden")
                        and not (self.verb == closing_participle(self.texts[0]) and AT_PRESENT.search(self.texts[1])))
        return verb_missing or any(truth_bearing(w, self.texts[1], self.texts[0]) and not said_by_marker(w, *self.texts)
                                   for w in self.missing_words)

    @cached_property
    def objection(self) -> str | None:
        """The claim's truth-bearing word the window does not confirm (see `unconfirmed`); computed when asked. A word
        of the claim's subject may be confirmed by the sentences before the window, which introduced that subject ("Het
        kabinet laat onderzoeken welke opties er zijn om ... te voorkomen. Het onderzoek gaat ... van start")."""
        word = unconfirmed(*self.texts)
        if word and self.before and find_word(word, self.subject_text):
            if unconfirmed(self.texts[0], f"{self.before} {self.texts[1]}") is None:
                return None
        return word

    @property
    def supports_by_meaning(self) -> bool:
        """The window says what the claim says in other words: a high e5 similarity, all values and names, no
        conflict and no unconfirmed polarity, direction, quantity or modality."""
        return (
            self.conflict is None
            and self.on_subject
            and not self.split_subject
            and (self.subject[0] > 0 or self.predicate[0] < T_OTHER_ACTOR or not self.own_subject)  # (another actor)
            and any(self.window.semantic >= sem and self.window.lexical_context >= lex for sem, lex in T_MEANING)
            and not self.decisive_word_missing
            and all(found for _cv, found, _ev, _w in self.values)
            and all(found for _n, found, _w in self.names)
            and not self.another_actor
            and not self.added_clause
            and self.objection is None
            and self.context_objection is None
        )

    @cached_property
    def added_clause(self) -> bool:
        """A clause the claim adds after its statement, none of whose words the window has: "... en wordt geleid door
        een oud-profvoetballer", "..., die daarvoor een vaste bijdrage per inwoner krijgen" (`added_clauses`)."""
        return added_clauses(self.texts[0], set(self.missing_words), lambda word: unknown_word(self.claim_index, word))

    @cached_property
    def another_actor(self) -> bool:
        """A name of the claim found in the window's passage but not in the window, which names another of its kind:
        the window says its statement of that other actor."""
        elsewhere = [ACTOR_KIND[n.cls] for n, found, where in self.names if found and where != "sentence" and n.cls in ACTOR_KIND]
        if not elsewhere:
            return False
        window = entities(self.texts[1], self.table)
        return any(ACTOR_KIND.get(e.cls) in elsewhere and not any(same_entity(e, x, self.table) for x, _f, _w in self.names) for e in window)

    @cached_property
    def context_objection(self) -> str | None:
        """What the window's passage says against the claim outside the window's words: a name of the claim it
        lacks in every form (another organisation in its place)."""
        claim, text = self.texts
        role = detect_role(claim, self.passage_text, self.table)
        # (the sentences before the window name what its passage goes on about: "Het Nationaal Groeifondsprogramma Meer
        # uren werkt! ..." before "De eerste fase van het programma loopt tot 2029")
        return (missing_name(without_own_attribution(claim), f"{self.before} {self.passage_text}", self.table)
                or (role.claim_text if role else None)
                or undercut_nearby(claim, [text, *self.neighbours]) or plan_nearby(claim, list(self.neighbours), text)
                or stance_nearby(claim, [text, *self.neighbours])
                or relative_done_unconfirmed(claim, list(self.neighbours)))

    @property
    def predicate_found(self) -> bool:
        share, sem = self.predicate[0], self.window.semantic
        if not self.missing_words:
            return True
        if self.decisive_word_missing:
            return False
        k = len(self.missing_words)
        if k <= len(T_MISSING) and not any(qualifier_like(w) for w in self.missing_words):
            return sem >= T_MISSING[k - 1] and self.window.lexical_context >= T_LEXICAL
        return sem >= T_PARAPHRASE[0] and share >= T_PARAPHRASE[1]


# Where a claim goes on with a clause of its own: a relative clause, or "en" before a verb of its subject
ADDED_CLAUSE = re.compile(r",\s*(?:die|dat|wat|waarbij|waardoor|waarmee)\s+|\s+en\s+(?=(?:wordt|worden|werd|werden|is|zijn|was|waren|krijgt|krijgen|kreeg"
                          r"|heeft|hebben|had|gaat|gaan|ging|komt|komen|kwam|moet|moeten|zal|zullen|staat|staan|valt|vallen)\b)", re.I)


LINKING = frozenset("door over voor naar onder tegen zich hun haar zijn deze dit dat die want maar niet geen ook".split())


def added_clauses(claim: str, missing: set[str], unknown=lambda word: True) -> bool:
    """A clause after the claim's first (ADDED_CLAUSE) with two content words or more, every one of them `missing`, one
    of them `unknown` (the documents have it in no form: the clause tells of a thing they never name); not a conclusion
    the claim draws ("en moet daarom extra goed worden gecontroleerd")."""
    for clause in ADDED_CLAUSE.split(claim)[1:]:
        if re.search(r"(?<![\w-])(?:dus|daarom|daardoor|derhalve)(?![\w-])", clause, re.I):
            continue
        words = [w for w in re.findall(r"[\w’'+/-]+", clause) if len(w) >= 4 and w.lower() not in LIGHT and w.lower() not in LINKING]
        parts = [p for w in words for p in w.split("/") if p]
        if len(parts) >= 2 and all(p in missing for p in parts) and any(unknown(p) and noun_like(p) and not said_how(p) for p in parts):
            return True
    return False


def said_how(word: str) -> bool:
    """A word that says how or how sure, or a participle: a paraphrase of the source's act ("gaat waarschijnlijk zo'n jaar
    duren", "zijn er gedeeltelijk in terechtgekomen"), no thing of its own."""
    w = word.lower()
    return (w in HOW_WORDS or re.fullmatch(CLAUSE_PARTICIPLE, w) is not None
            or bool(find_markers(w, QUANTIFIER)) or bool(find_markers(w, DIRECTION)))


HOW_WORDS = frozenset("waarschijnlijk vermoedelijk mogelijk wellicht misschien allicht zeker beslist uiteindelijk gedeeltelijk".split())


def unknown_stem(ci: ClaimIndex, stem: str) -> bool:
    """A stem the documents have in no form: it matches none of theirs, nor splits into two of theirs."""
    return not (ci.matches(stem) & ci.known) and not ci.compound_parts(stem)


def same_event(ci: ClaimIndex, parts: ClaimParts, w: Window) -> bool:
    """A past participle of the claim ("opgericht") that the window has."""
    have = ci.terms[w.first] if w.second is None else ci.terms[w.first] | ci.terms[w.second]
    return any(participle_word(x.surface) and x.part == "predicate" and set(x.stems) <= have for x in parts.words)


def unknown_person(ci: ClaimIndex, parts: ClaimParts, name: str) -> bool:
    """A person the claim names (`name`) whose every name part the documents have in no form."""
    return (any(n.name == name and n.cls in ("person", "name") for n in parts.names)
            and all(unknown_stem(ci, t) for w in name.split() for t in ci.stem_words(w)))


def unknown_word(ci: ClaimIndex, word: str) -> bool:
    """A word with a stem of five letters or more the documents have in no form ("oud-profvoetballer": "profvoetballer")."""
    return any(len(t) >= 5 and unknown_stem(ci, t) for t in ci.stem_words(word))


def query_text(engine, claim: str) -> str:
    """The claim with its acronyms expanded and the acronyms of long forms it names added (for e5)."""
    table = engine.aliases
    text = table.expand(claim)
    folded = text.lower()
    extra = [acr for acr, long in table.acronyms.items() if len(long) > 8 and long.lower() in folded and acr not in text]
    return text + (" (" + ", ".join(extra[:3]) + ")" if extra else "")


def judge(ci: ClaimIndex, parts: ClaimParts, w: Window, top_score: float) -> Judgement:
    text = ci.window_text(w)
    passage = ci.passages[w.row]
    heading = " ".join(x for x in (passage.section, passage.context, passage.doc_title) if x)
    subj_share, subj_missing = ci.covered(parts, w, parts.subject, with_context=True)
    # the section heading names the topic ("Aanpak seksueel grensoverschrijdend gedrag"); a question put to the
    # government is no evidence for what is said of it
    pred_share, pred_missing = ci.covered(parts, w, parts.predicate, with_heading=True)
    subj_where = "sentence" if subj_share >= T_SUBJECT and not subj_missing else ("heading" if subj_share >= T_SUBJECT else None)
    ev_values = extract_values(text)
    passage_values = extract_values(passage.text)
    values = []
    for cv in parts.values:
        found, ev = value_found(cv, parts.text, text, ev_values)
        where = "sentence" if found is not None else None
        if found is None:  # the window has no value of the kind: its passage may
            found, ev = value_found(cv, parts.text, passage.text, passage_values)
            where = "passage" if found else None
            found = bool(found) if found else found
        values.append((cv, found, ev, where))
    table = ci.table
    ev_entities = entities(text, table)
    before = sentences_before(ci, w)
    # (the sentences before introduce what it names; a window in the first person speaks for the letter's signatory)
    author = ci.authors.get(passage.doc_id, "") if FIRST_PERSON.search(text) else ""
    full = " ".join(x for x in (before, passage.text, heading, author) if x)
    full_entities = entities(full, table)
    names = []
    for n in parts.names:
        if name_found(n, text, table, ev_entities):
            names.append((n, True, "sentence"))
        elif name_found(n, full, table, full_entities):
            names.append((n, True, "passage"))
        elif home_country(n, full_entities, table):
            names.append((n, True, "passage"))
        else:
            names.append((n, False, None))
    on_subject = w.score >= T_ON_SUBJECT
    neighbours = neighbour_texts(ci, w)
    conflict = None
    if on_subject:
        conflict = window_conflict(ci, parts, w, neighbours)
        rest = T_REST[1] if w.semantic >= T_REST_SEMANTIC else T_REST[0]
        vouched_by_meaning = T_REST_VALUE_BY_KIND.get(conflict.kind) if conflict is not None else None
        if vouched_by_meaning is not None and w.semantic >= vouched_by_meaning[0]:
            rest = min(rest, vouched_by_meaning[1])
        named = {t for n, found, where in names if found and where == "passage" for t in ci.stem_words(n.name)}
        if (conflict is not None and rest_covered(ci, parts, w, conflict, named) < rest
                and not (conflict.kind == "date" and subj_share >= 1.0 and not subj_missing and same_event(ci, parts, w))):
            conflict = None  # the evidence is about something else: its difference proves nothing (but a date of the
            # claim's own event, its participle, of its whole subject is that event's: "De mannenalliantie is vorig jaar
            # (2024) al opgericht en is volop aan de slag" against "Het streven is dat de alliantie begin 2026 is opgericht")
        if conflict is not None and conflict.kind == "entity" and topic_named(conflict, parts, passage.section, table):
            conflict = None  # the claim's name is what the section is about, not an actor the window replaces ("start
            # project ROOTS in 2026" against "Als de Europese Commissie het project goedkeurt", under "Project ROOTS")
        if (conflict is not None and conflict.kind == "date" and w.semantic < T_REST_SEMANTIC
                and any(participle_word(m) for m in surfaces(parts, pred_missing, "predicate"))):
            conflict = None  # the date of another event: the claim's "aangesteld" is not the window's "ontving" (of a report)
        if conflict is not None and conflict.kind not in ("number", "date") and not all(found for _cv, found, _ev, _w in values):
            conflict = None  # a value of the claim is not in the evidence: another statement, whatever else differs
        if conflict is not None and conflict.kind == "negation" and not verb_undercut(parts, conflict.evidence_text):
            conflict = None  # the evidence clause says another act is impossible or unknown ("is het niet mogelijk bij te
            # houden welke data waarvoor wordt gebruikt" against "Het CBS publiceert ook open data over ...")
        if conflict is not None and conflict.kind == "negation" and not states_something(text):
            conflict = None  # a heading or reference line has no predicate whose polarity could differ
        if conflict is not None and conflict.kind == "direction" and other_count(parts.text, text):
            conflict = None  # another number rose or fell ("het aantal femicides" against "het aantal meldingen ... steeg")
        if conflict is not None and conflict.kind in ("number", "date") and w.semantic < T_UNKNOWN_TOPIC and unknown_subject(ci, parts):
            conflict = None  # a figure of a thing the documents never name ("Het aantal abortussen ... steeg in 2023"
            # against "Zo is Nederland in 2025 ... Techkwadraat van start gegaan")
        if conflict is not None and conflict.kind == "modality" and w.semantic < T_UNKNOWN_TOPIC and unknown_topic(ci, parts):
            conflict = None  # the claim's act is about a thing the documents never name ("conversietherapie wettelijk
            # verbieden" against "laat onderzoeken ... verbod" on treatments of intersex children)
        if conflict is not None and conflict.kind == "modality" and governed_missing(ci, parts, w, conflict):
            conflict = None  # the claim's modal rules a verb the window lacks: another act ("een ambassadeur die ... moet
            # coördineren" against "werken we aan wetgeving en aanbevelingen")
    pred_surfaces = surfaces(parts, pred_missing, "predicate")
    # (the words standing in for a subject of only "het kabinet" are predicate words too: their missing ones count)
    subj_surfaces = surfaces(parts, subj_missing, "subject" if parts.own_subject else None)
    missing_words = pred_surfaces + [w for w in subj_surfaces if w not in pred_surfaces]
    return Judgement(w, (subj_share, subj_missing, subj_where), (pred_share, pred_missing), values, names, conflict, on_subject,
                     missing_words, (parts.text, text), full, neighbours, table, split_subject(ci, parts, w), parts.own_subject, parts.verb,
                     parts.subject_text, before, ci)


def verb_undercut(parts: ClaimParts, clause: str) -> bool:
    """A clause that takes back (UNDERCUT: "niet mogelijk", "onbekend") says so of the claim's own verb, when the claim has
    one; a plain negation is read by `undercut_nearby` itself."""
    if parts.verb is None or not UNDERCUT.search(fold_same_length(clause)):
        return True
    return bool(set(stems(parts.verb)) & set(stems(clause)))


def topic_named(conflict: Conflict, parts: ClaimParts, section: str, table) -> bool:
    """The claim's name in an entity conflict is named by the window's section heading (its last part)."""
    heading = section.split(" > ")[-1]
    return any(n.name == conflict.claim_text and name_found(n, heading, table, entities(heading, table)) for n in parts.names)


def named_in_heading(name: str, section: str, table) -> bool:
    """A name (of an English claim's entity conflict, `detect_entity`) is one of those the section heading's last part
    names."""
    found = entities(section.split(" > ")[-1], table)
    return any(e.name == name or same_entity(e, x, table) for e in found for x in entities(name, table))


def unknown_topic(ci: ClaimIndex, parts: ClaimParts) -> bool:
    """A long noun of the claim (eight letters or more, `noun_like`) that the documents have in no form, nor as two of
    their words: the thing the claim is about is not theirs ("conversietherapie")."""
    return any(noun_like(w.surface) and unknown_long_word(ci, w) for w in parts.words)


def unknown_long_word(ci: ClaimIndex, w: ClaimWord) -> bool:
    """A long word of the claim (UNKNOWN_LENGTH letters or more) that the documents have in no form, nor as two of their words."""
    return len(w.surface) >= UNKNOWN_LENGTH and all(unknown_stem(ci, t) for t in w.stems)


UNKNOWN_LENGTH = 8  # a word shorter than this may be a common word the documents happen to lack
WORD_START = 6  # letters of a word that, found nowhere in the documents, make its thing unknown to them


def unknown_subject(ci: ClaimIndex, parts: ClaimParts) -> bool:
    """A word of the claim's subject the documents do not know (`unknown_long_word`; a plural too: "abortussen"), nor by its
    first letters: "gesprekstraject" and "opstellers" are their "gesprek" and "opstellen". Only a lower-case word without
    a hyphen ("AI-wet" is the documents' AI-verordening in a user's words), and not one ending in -t (a verb read as the
    subject: "vermeldt")."""
    return any(w.part == "subject" and w.surface.isalpha() and w.surface.islower() and not w.surface.endswith("t")
               and unknown_long_word(ci, w) and w.surface[:WORD_START] not in ci.lowered_text for w in parts.words)


def noun_like(word: str) -> bool:
    """A word without the endings of a verb, a participle or an adjective ("verontrustende", "vereenvoudigd",
    "binnenkomen" are none; a plural in -en is left out with them)."""
    return re.search(r"(?:en|end|ende|d|t|ig|ige|lijk|lijke|isch|ische|baar|bare)$", word.lower()) is None


ANAPHORIC_START = re.compile(
    r"^\W*(?:dit|dat|deze|die|zij|ze|hij|hiermee|hierbij|hiervoor|hierin|daarmee|daarbij|daarvoor|daarin|daartoe|zo|ook|"
    r"het\s+(?:is|zijn|was|heeft|wordt|werd|gaat|biedt|richt|zet|moet|kan|zal|verplicht|helpt|ondersteunt|werkt))(?![\w-])", re.I)




def home_country(n: Entity, passage_entities: list[Entity], table) -> bool:
    """The claim's "Nederland(se)" where the passage names no other country: the documents speak of the Netherlands
    without naming it in every sentence."""
    return (n.cls == "country" and table.same(n.name, HOME_COUNTRY_NAME)
            and not any(e.cls == "country" and not table.same(e.name, HOME_COUNTRY_NAME) for e in passage_entities))


def split_subject(ci: ClaimIndex, parts: ClaimParts, w: Window) -> bool:
    """A pair that borrows the claim's actor: one sentence says what the claim says, of its own subject, and the other
    sentence adds only a word of the claim's subject, about something else ("De verantwoordelijkheid ... ligt bij
    aanbieders. De toezichthouder zal toezien op ..." does not say that the toezichthouder is responsible). A sentence
    that opens by referring back ("Dit", "Zij", "Het is") is about the other one's subject."""
    if w.second is None or not parts.subject:
        return False
    terms = parts.terms
    sides = (w.first, w.second)
    has = [{t for t in terms if not ci.matches(t).isdisjoint(ci.terms[r])} for r in sides]
    for k in (0, 1):
        main, other = has[k], has[1 - k]
        borrowed = other - main
        if (len(borrowed) == 1 and borrowed <= parts.subject and other == borrowed and len(main) >= 2
                and not ANAPHORIC_START.match(ci.texts[sides[k]])):
            return True
    return False


QUALIFIER_SUFFIX = re.compile(r"(?:er|st|ig|ige|lijk|lijke|isch|ische|baar|bare|end|ende|ief|ieve|eel|ele|aal|ale|loos|loze|zaam|zame)$")


def qualifier_like(word: str) -> bool:
    """An adjective, adverb or comparative by its ending ("korter", "toereikend", "positief", "wettelijke"):
    such a word is often the one an altered claim changed, so it is never waved through."""
    return bool(QUALIFIER_SUFFIX.search(word.lower())) or word.lower() in QUALIFIER_WORDS


QUALIFIER_WORDS = frozenset("goed slecht snel traag vaak zelden hoog laag groot klein lang kort oud jong nieuw eerst laatst".split())
# Words that decide a claim's truth when the evidence lacks them: how many ("talloze"), how sure ("gegarandeerd",
# "bewezen"), which way ("minder geld", see COMPARATIVES),
# may or must ("mogen", "moeten", "zelf weten"), and a past participle: a thing done ("ingevoerd",
# "gepresenteerd") or a change ("vertraagd") where the evidence may say it is planned, possible or the reverse.
TRUTH_WORDS = frozenset(
    """talloze tal ontelbare vele veel weinig enkele sommige alle iedere elke geen nauwelijks gegarandeerd zeker altijd
    nooit overal nergens volledig helemaal uitsluitend alleen mogen mag moeten moet hoeven hoeft kunnen kan
    verplicht weten bewezen aangetoond definitief
    trekker trekkers leider leiders initiatiefnemer initiatiefnemers enige penvoerder penvoerders kartrekker kartrekkers
    voorzitter voorzitters aanjager aanjagers paar
    tegenhouden tegenhoudt tegengehouden blokkeert blokkeren geblokkeerd dwarsliggen dwarsligt tegenstander tegenstanders""".split()
) | frozenset(MONTH_NAMES.split("|")) | frozenset(
    "detailhandel horeca kinderopvang schoonmaak bouw landbouw transport logistiek retail industrie".split())  # (not the
# documents' own subjects, "zorg", "onderwijs", "techniek", which a claim may add as their paraphrase does)
# (a stance against what the evidence only describes: "Nederland is een van de landen die het Europese voorstel
# tegenhouden" against "Eind 2021 heeft de Europese Commissie het voorstel gedaan")
# (a leading role the evidence does not give: "Nederland is de trekker van de dataspace" against "werkt actief mee", "COC
# is de penvoerder van de alliantie" against "De alliantie bestaat uit COC Nederland, ..."; a
# month it does not name: "Paarse Vrijdag wordt elk jaar in december georganiseerd" against "het jaarlijks organiseren"; a
# sector: "vrouwen in de detailhandel en de horeca" against a sentence on the alliance that names none)
# ("een paar van de obstakels" against "Veel van deze drempels")
# A sex the claim names of a group, said in the evidence by a word of that sex
SEX_OF_GROUP = {"jongens": re.compile(r"(?<![\w-])(?:jongens?|man|mannen|mannelijke?)(?![\w-])", re.I),
                "meisjes": re.compile(r"(?<![\w-])(?:meisjes?|meiden|meid|vrouw|vrouwen|vrouwelijke?)(?![\w-])", re.I)}
BOTH_AGES = re.compile(r"(?<![\w-])(?:vrouwen\s+en\s+meisjes|meisjes\s+en\s+vrouwen|mannen\s+en\s+jongens|jongens\s+en\s+mannen)(?![\w-])", re.I)
# Free of charge, where the evidence says nothing of the cost ("vrijwel gratis" against "een eenvoudig stelsel"; open data
# is free to use)
FREE = frozenset({"gratis", "kosteloos"})
FREE_SAID = re.compile(r"gratis|kosteloos|zonder\s+kosten|vrijelijk|vrij\s+te|open\s+data", re.I)
# A hedge of the claim ("overweegt", "misschien") holds only where the evidence hedges too
HEDGE_WORDS = frozenset("overweegt overwegen overwoog overwogen misschien wellicht eventueel".split())
HEDGE_SAID = re.compile(r"\b(?:overweeg\w*|overwo\w*|mogelijk\w*|misschien|wellicht|eventue\w*|verken\w*)\b", re.I)
# A comparative decides which way: missing, it counts unless the evidence has another of its direction ("vaker" for
# "meer", "sneller" for "eerder"); "minder geld" against "verder investeren" is not confirmed.
COMPARATIVES = (frozenset("meer vaker hoger groter sneller eerder langer".split()),
                frozenset("minder lager kleiner trager langzamer later korter".split()))
# ... or, for an amount or a level, a change of its own way ("hoger opgeleid raken" is "een stijging in het onderwijsniveau")
SIZE_COMPARATIVES = {"meer": 1, "hoger": 1, "groter": 1, "minder": -1, "lager": -1, "kleiner": -1}
RISK = re.compile(r"risico|gevaar|onveilig", re.I)
SANCTION = re.compile(r"boete|sanctie|beboet|dwangsom", re.I)
RISK_SAID = re.compile(r"risico|gevaar|onveilig|niet\s+veilig|bedreig", re.I)
PARTICIPLE = re.compile(
    r"^(?:aan|af|in|op|uit|vast|voor|door|mee|na|toe|over|om|bij|terug|samen|tot|weg)?ge[a-zà-ÿ]{3,}[dt]$"
)
NOT_PARTICIPLES = frozenset("geweld gebied geld gezond gebit gedicht gezicht gewicht geluid".split())
# Evidence that speaks of a plan, a possibility or what is still to come: a participle ("ingevoerd") claims more.
PLAN_MARKER = re.compile(
    r"\b(zal|zullen|gaat|gaan|komt|komen|wil|willen|kan|kunnen|moet|moeten|mogelijk|nog|verwacht|voornemens?|plan|"
    r"streeft|beoogt)\b",
    re.I,
)


AGENT_OF = re.compile(r"(?<![\w-])(?:ge[a-zà-ÿ]{3,}(?:[dt]|en)|wordt|worden|werd|werden)\s+door\s+(?:een|de|het|hun|haar|zijn)\s+"
                      r"(?P<agent>[^\s,;.]+(?:\s+[^\s,;.]+){0,3})", re.I)  # a passive's agent
STANDS_FIRM = re.compile(r"\b(?:staat|staan|stond|stonden)\s+(?:\w+\s+){0,3}?vast\b|\bvaststa\w*", re.I)


def truth_bearing(word: str, evidence: str = "", claim: str = "") -> bool:
    """A missing claim word that may be the one an altered claim changed (see TRUTH_WORDS), so it is not waved through
    by similarity alone; a past participle only against evidence that speaks of a plan or a possibility."""
    w = word.lower()
    if w == "alle" and SHARE_OF_ALL.search(claim):  # "minder dan een kwart van alle ICT-specialisten": the share's base
        return False
    if w == "helemaal" and re.search(r"(?<![\w-])helemaal\s+(?:niet|geen|nooit|niets|niks)(?![\w-])", claim, re.I):
        return False  # "raken lopende subsidies helemaal niet": the negation, stressed (which the negation checks read)
    if w in TRUTH_WORDS or w.startswith(("vertraag", "versnel", "belemmer", "verslechter")):
        return True
    if w in SEX_OF_GROUP:  # boys or girls where the evidence names no one of that sex ("vooral jongens baat hebben" against
        # "lokale interventies ... gericht op digitale weerbaarheid" for "jongeren"), unless the pair is the claim's
        # ("vrouwen en meisjes")
        return not SEX_OF_GROUP[w].search(evidence) and not BOTH_AGES.search(claim)
    if w in FREE:
        return not FREE_SAID.search(evidence)
    if w in HEDGE_WORDS:  # "overweegt het kabinet nog" against "zal worden voortgezet" (not against "mogelijk")
        return not HEDGE_SAID.search(evidence)
    if RISK.search(w):  # a risk or danger the evidence does not name ("privacyrisico's" against "veilig te gebruiken")
        return not RISK_SAID.search(evidence)
    if SANCTION.match(w):  # a fine or sanction the evidence does not name ("de bevoegdheid om boetes op te leggen" against
        return not SANCTION.search(evidence)  # "aanvullende bevoegdheden ..., zoals het opvragen van documentatie")
    for direction in COMPARATIVES:
        if w in direction:  # ("niet langer" is "no longer": a negation, see the detectors)
            negated = re.search(rf"\b(?:niet|geen|nooit)\s+{w}\b", claim, re.I)
            return not negated and not direction & set(re.findall(r"\w+", evidence.lower())) and not size_change_said(w, evidence)
    if w == "vast":  # "staat vast dat": certain (not "houdt vast aan", "ligt vast in", "vast te leggen")
        return bool(STANDS_FIRM.search(claim))
    if (agent := AGENT_OF.search(evidence)) and re.search(rf"(?<![\w-])door\s+(?:een|de|het|hun|haar|zijn)\s+(?:[\w-]+\s+)?{re.escape(w)}(?![\w-])", claim, re.I):
        # who does it, where the evidence names another the claim does not ("gedood door een onbekende" against "door een
        # (ex-)partner"; not "door hun huidige of vroegere partner")
        return not fuzzy_shared(stems(agent.group("agent")), stems(claim))
    return participle_word(w) and bool(PLAN_MARKER.search(evidence))


def size_change_said(word: str, evidence: str) -> bool:
    """The evidence says a change of an amount or a level the way of the comparative `word` (SIZE_COMPARATIVES)."""
    way = SIZE_COMPARATIVES.get(word)
    return way is not None and any(m.scale == "size" and m.level == way and not negated(evidence, m) and CHANGE_SAID.fullmatch(m.text)
                                   for m in find_markers(evidence, DIRECTION))


# a change said as such (not an aim to lower something: "om radicalisering te voorkomen" is no "minder geld"; a
# comparative of the same way is found by `truth_bearing` before it asks this)
CHANGE_SAID = re.compile(r"(?:stij\w*|steeg|stegen|gestegen|toename|toe\s*genomen|toenemen\w*|(?:neemt|nemen|nam|namen)\s+(?:\w+\s+)?(?:toe|af)"
                         r"|groei\w*|gegroeid|daling|dal\w*|daalde\w*|gedaald|afname|afgenomen)", re.I)


def participle_word(word: str) -> bool:
    """A past participle ("aangesteld", "ingevoerd"), not a noun that looks like one ("gezondheid", "geweld")."""
    w = word.lower()
    return bool(PARTICIPLE.match(w)) and not w.endswith("heid") and w not in NOT_PARTICIPLES


def said_by_marker(word: str, claim: str, evidence: str) -> bool:
    """The claim's quantifier around `word` ("niet alleen", "alle") is said in the evidence by another marker of the
    same scale and level ("niet uitsluitend", "iedere"): the word is not missing, only put otherwise."""
    folded = word.lower()
    if folded in ("weinig", "nauwelijks") and LITTLE_SAID.search(evidence):
        return True  # "relatief weinig deel aan de arbeidsmarkt" is "de arbeidsmarktparticipatie is relatief laag"
    if folded == "volledig" and NONE_AT_ALL.search(evidence) and re.search(r"\bontbr\w*\s+(?:\w+\s+)?volledig\b", claim, re.I):
        return True  # "ontbreken vrouwen volledig" is "zit geen enkele vrouw"
    if folded in ("helemaal", "totaal", "volstrekt") and NONE_AT_ALL.search(evidence) and re.search(rf"\b{folded}\s+geen\b", claim, re.I):
        return True  # "telt helemaal geen vrouwen" is "zit geen enkele vrouw"
    if folded == "minder" and re.search(r"\bminder\s+dan\b", claim, re.I) and BELOW_SAID.search(evidence):
        return True  # "minder dan een op de tien" is "nog geen tien procent"
    mine = [m for m in find_markers(claim, QUANTIFIER) if folded in m.text.lower().split()]
    theirs = find_markers(evidence, QUANTIFIER)
    return bool(mine) and all(any(t.scale == m.scale and t.level == m.level for t in theirs) for m in mine)


# Little said without "weinig": low, small, under-represented (not "weinig" turned into "veel" or "laag" negated)
LITTLE_SAID = re.compile(rf"(?<![\w-])(?<!niet )(?<!niet zo )(?:laag|lage|{SMALL_WORDS}|onder(?:vertegenwoordig|gerepresenteerd)\w*)(?![\w-])", re.I)
NONE_AT_ALL = re.compile(r"(?<![\w-])geen\s+enkele?(?![\w-])", re.I)
BELOW_SAID = re.compile(r"(?<![\w-])(?:nog\s+geen|niet\s+eens|onder\s+de)\s+(?:\d|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|dertig|veertig|vijftig)", re.I)


SEPARATED_VERB_WORDS = 4  # a direction marker longer than this is a verb and its particle with other words between


def separated_verb(marker_text: str) -> str | None:
    """A direction marker's verb and particle when other words stand between them ("liep het aantal meldingen ... in
    2024 terug": "liep terug"); None for a marker of a few words."""
    words = marker_text.split()
    return f"{words[0]} {words[-1]}" if len(words) > SEPARATED_VERB_WORDS else None


# A choice left to someone ("mogen zelf bepalen of ze een vertrouwenspersoon aanstellen"): the choice and the chosen act
OWN_CHOICE = re.compile(r"(?<![\w-])(?P<choice>(?:zelf\s+)?(?:kiezen|bepalen|beslissen|uitmaken))\s+of\s+[^,.;:!?]*?(?P<act>[a-zà-ÿ]+en)\s*(?=[,.;:!?]|$)", re.I)


def rest_covered(ci: ClaimIndex, parts: ClaimParts, w: Window, conflict: Conflict, named: set[str] = frozenset()) -> float:
    """Share of the claim's words outside the conflicting words that the window has (with its heading; for a number
    or a date, also the words of the claim's names that the sentences before it give: "Project Single Super Mom
    werkt!" ... "De kennis die ze opdoen wordt gedeeld met nog zes gemeenten")."""
    if conflict.kind == "negation":
        return w.lexical_context
    # (a separable verb around the subject: the words between are the rest of the claim)
    said = (conflict.kind == "direction" and separated_verb(conflict.claim_text)) or conflict.claim_text
    if conflict.kind == "modality" and (choice := OWN_CHOICE.search(parts.text)):
        said = f"{said} {choice.group('choice')} {choice.group('act')}"  # "mogen zelf bepalen of ze ... aanstellen": the
        # permission in other words (what they choose to do is "te hebben" in the duty's words)
    own = {s for word in parts.words if word.surface in said for s in word.stems}
    own |= set(ci.stem_words(said))
    rest = parts.terms - own - parts.aside  # (an apposition says what the subject is, not what the conflict is about)
    if not rest:
        return w.lexical_context
    share, missing = ci.covered(parts, w, rest, with_context=True)
    if conflict.kind in ("number", "date") and missing & named:
        share = 1.0 - ci.weight(missing - named) / ci.weight(rest)
    return share


def sentence_texts(ci: ClaimIndex, w: Window) -> list[tuple[int, str]]:
    rows = [w.first] + ([w.second] if w.second is not None else [])
    return [(r, ci.texts[r]) for r in rows]


def window_conflict(ci: ClaimIndex, parts: ClaimParts, w: Window, neighbours: tuple[str, ...]) -> Conflict | None:
    """The first conflict of the detectors on the window, or (for two sentences) on either sentence, or an
    antonym by prefix ("veiliger" vs "onveiliger")."""
    texts = [ci.window_text(w)]
    sentences = sentence_texts(ci, w)
    pair = sentences if w.second is not None else []
    # each sentence of a pair, when it is on the claim by itself
    texts += [t for r, t in pair if ci.covered(parts, Window(r, None, w.row, 0, 0), parts.terms)[0] >= T_SENTENCE_CONFLICT]
    figures = [cv for cv in parts.values if cv.kind in ("number", "percentage", "amount")]
    for i, text in enumerate(texts):
        conflicts = find_conflicts(parts.text, text, ci.table)
        modality = bool(conflicts) and conflicts[0].kind == "modality" and not unconditional(conflicts[0])
        names = names_said(parts, text) if modality else ()
        if modality and (agreeing_segment(parts.text, ci.passages[w.row].text, names)
                         or any(powers_given(parts.text, t, names) for t in neighbours)):
            conflicts = conflicts[1:]  # the passage says it the claim's way elsewhere ("zal worden opgericht. Het streven is ...";
            # the next sentence gives the powers the claim "kan" use)
        if i > 0 and conflicts and figures:
            other = next((t for _r, t in pair if t != text), "")
            moved = [cv.text for cv in figures if value_in(parts, cv.text, other) and not value_in(parts, cv.text, text)]
            if moved and (conflicts[0].kind != "number" or conflicts[0].claim_text in moved):
                continue  # the pair's other sentence gives the claim's figures that this one lacks: it is about other figures
        if i > 0 and conflicts and conflicts[0].kind == "date":
            other = next((t for _r, t in pair if t != text), "")
            if value_in(parts, conflicts[0].claim_text, other):
                continue  # the claim's year is the pair's other sentence's ("In 2026 en 2028 ... Daarnaast ... 2018-2025")
        if conflicts and conflicts[0].kind == "date" and date_beside(conflicts[0], neighbours):
            continue  # "Dat traject startte ik ... in oktober 2024." beside the window's "Actieplan ... 2019-2022"
        if conflicts and conflicts[0].kind == "number" and figure_beside(parts, figures, conflicts[0], text, neighbours):
            continue  # "15,3 procent ..., en bijna zes op de tien ...": the claim joins two sentences, each with its own figure
        if i == 0 and pair and conflicts and conflicts[0].kind == "modality":
            holder = next((t for _r, t in pair if conflicts[0].evidence_text in t), None)
            other = next((t for _r, t in pair if t is not holder), "")
            dated = [cv.text for cv in parts.values if cv.kind in ("year", "date")]
            if holder is not None and any(value_in(parts, d, other) and not value_in(parts, d, holder) for d in dated):
                continue  # the claim's date is in the pair's other sentence: that one says its statement ("komen eind 2025 online")
        if conflicts and conflicts[0].kind == "direction" and any(direction_said(parts.text, conflicts[0], t) for t in (texts[0], *neighbours)):
            continue  # "nam ... juist toe, anders dan de Gezondheidsmonitor Jeugd suggereert": the window's other clause
            # ("een toenemende acceptatie onder jongeren") says the claim's way; the "minder" is the other study's
        if conflicts and conflicts[0].kind == "quantifier" and quantity_said(parts.text, conflicts[0], texts[0]):
            continue  # "... maar op alle internetgebruikers van dit platform" says the claim's "iedereen"; the window's
            # "meerdere online platforms" is a quantity of something else
        if conflicts and conflicts[0].kind == "negation":
            others = [t for _r, t in pair if t not in text] + list(neighbours)
            if any(said_in_other_sentence(parts.text, text, other) for other in others):
                continue  # "Er is nog geen akkoord over X. Nederland blijft hierop inzetten.": the claim's verb is in the other
        if conflicts:
            return conflicts[0]
    for r, text in sentences:
        found = prefix_antonym(ci, parts, r, text) or unaligned_marker(ci, parts, r, text) or negated_word(ci, parts, r, text)
        if found and found.kind == "direction" and change_of_other_subject(ci, parts, found, r, sentences):
            continue
        if found:
            return found
    role = detect_role(parts.text, ci.passages[w.row].text, ci.table)
    if role is not None:
        return role
    around = [ci.window_text(w), *neighbours]
    undercut = undercut_nearby(parts.text, around)
    if undercut is not None and not verb_undercut(parts, undercut):
        undercut = None  # what is impossible or unknown is another act ("Het CBS publiceert ook open data over ..." against
        # "is het niet mogelijk bij te houden welke data waarvoor wordt gebruikt")
    if undercut is not None:
        return Conflict("negation", parts.text, undercut, f"De bron zegt er vlak bij: ‘{undercut}’.")
    plan = plan_nearby(parts.text, around[1:], around[0])
    if plan is not None:
        return Conflict("modality", parts.text, plan, f"De bewering zegt dat het al is gebeurd, maar de bron zegt: ‘{plan.strip()}’.")
    # the claim's year is that of another step of the plan beside the window ("in het najaar van 2025 in
    # internetconsultatie gaan en in 2026 worden ingediend" for "dient het nog in 2025 in")
    return event_date_conflict(parts.text, " ".join(around))


def date_beside(conflict: Conflict, neighbours: tuple[str, ...]) -> bool:
    """The claim's date, to the month, is in a sentence beside the window: the window's other date is another thing's."""
    return (MONTH_NAME.search(fold_same_length(conflict.claim_text)) is not None
            and any(find_word(conflict.claim_text, t) for t in neighbours))


def figure_beside(parts: ClaimParts, figures: list, conflict: Conflict, text: str, neighbours: tuple[str, ...]) -> bool:
    """The figure the window opposes to the claim's is another figure of the claim, and the claim's figure is in a
    sentence beside the window: the claim joins two sentences, each with its own figure."""
    others = [cv.text for cv in figures if cv.text != conflict.claim_text]
    beside = any(value_in(parts, conflict.claim_text, other) for other in neighbours)
    # (or the claim's one figure is the next sentence's: "Ook is maar 15,3% van de bestuurders ... vrouw. In bijna 60% van
    # de besturen zit zelfs geen enkele vrouw." for "bijna 60 procent van de bedrijfsbesturen bestaat volledig uit mannen")
    if not others:  # (a share or an amount only: "eerste ronde", "bijlage 2" recur in any paragraph)
        return beside and any(cv.kind in ("percentage", "amount") for cv in figures if cv.text == conflict.claim_text)
    return beside and any(value_in(parts, t, conflict.evidence_text) for t in others)


def markers_alike(claim: str, conflict: Conflict, window: str, lexicon) -> list[tuple[Marker, Marker]]:
    """The claim's conflicting marker paired with each marker of the window of its scale and level."""
    mine = [m for m in find_markers(claim, lexicon) if m.text == conflict.claim_text]
    theirs = find_markers(window, lexicon)
    return [(m, t) for m in mine for t in theirs if t.scale == m.scale and t.level == m.level]


def quantity_said(claim: str, conflict: Conflict, window: str) -> bool:
    """The window has a quantifier of the scale and level of the claim's conflicting one (its "alle" for "iedereen")."""
    return bool(markers_alike(claim, conflict, window, QUANTIFIER))


def direction_said(claim: str, conflict: Conflict, window: str) -> bool:
    """The window says the claim's change the claim's way too, of the object the claim's separable verb encloses ("nam
    de acceptatie onder jongeren ... toe" and "een toenemende acceptatie onder jongeren")."""
    def same_object(m: Marker, t: Marker) -> bool:
        enclosed = stems(" ".join(m.text.split()[1:-1]))
        return len(enclosed & stems(" ".join(window[t.end :].split()[:4]))) >= 2

    return any(separated_verb(m.text) and same_object(m, t) for m, t in markers_alike(claim, conflict, window, DIRECTION))


def names_said(parts: ClaimParts, text: str) -> tuple[str, ...]:
    """The last word of each place of the claim that the text names too ("Eustatius")."""
    return tuple(w for n in parts.names if n.cls in ("place", "region") and not n.name.isupper()  # (not "EU")
                 and (w := n.name.split()[-1]) and find_word(w, text))


def value_in(parts: ClaimParts, claim_text: str, text: str) -> bool:
    """The claim's value written as `claim_text` is in `text` with the same value."""
    values = extract_values(text)
    return any(value_found(cv, parts.text, text, values)[0] for cv in parts.values if cv.text == claim_text)


MODAL_VERB = re.compile(r"(?:moet|moeten|mag|mogen|kan|kunnen|zal|zullen|wil|willen|hoeft|hoeven)", re.I)
IN_RELATIVE_CLAUSE = re.compile(r"(?<![\w-])(?:die|dat|wat)\s+(?:[^\s,;.]+\s+){0,14}$", re.I)  # what precedes a word in one


def governed_verb(claim: str, modal: str) -> str | None:
    """The infinitive a modal verb of a relative clause of the claim rules: the next word ("een ambassadeur die ...
    moet coördineren") or else the last infinitive of its clause. None for a modal of the main clause: "mogen zelf
    kiezen of ..." says the choice in other words."""
    m = find_word(modal.strip(), claim) if MODAL_VERB.fullmatch(modal.strip()) else None
    if m is None or not IN_RELATIVE_CLAUSE.search(re.split(r"[,;:]", claim[: m.start()])[-1]):
        return None
    clause = re.split(r"[,.;:!?]", claim[m.end() :], maxsplit=1)[0]
    words = re.findall(r"[\w’'+-]+", clause)
    if words and words[0].lower() in ("worden", "zijn", "hebben"):
        words = words[1:]
    if words and words[0].lower().endswith("en") and words[0].islower():
        return words[0]
    infinitives = [x for x in words if x.islower() and x.endswith("en") and len(x) > 4]
    return infinitives[-1] if infinitives else None


def governed_missing(ci: ClaimIndex, parts: ClaimParts, w: Window, conflict: Conflict) -> bool:
    verb = governed_verb(parts.text, conflict.claim_text)
    terms = set(ci.stem_words(verb)) if verb else set()
    return bool(terms) and ci.covered(parts, w, terms, with_context=True)[0] == 0.0


def states_something(text: str) -> bool:
    """The text has a finite verb: a title or reference line ("EU Richtlijnvoorstel X: EUR-Lex") says nothing to negate."""
    tokens = re.findall(r"[\w’'+-]+", text)
    return any(t.lower() in FINITE or (i > 0 and looks_finite(t, tokens[i - 1])) for i, t in enumerate(tokens))


def without_document_year(claim: str) -> str:
    """The claim with the year of a document's name left out ("de Emancipatienota 2025" is "de Emancipatienota")."""
    return DOCUMENT_YEAR.sub(lambda m: re.sub(r"\s*\b2025\b\s*", " ", m.group(0)).strip(), claim)


def vouched(j: "Judgement", judged: list["Judgement"]) -> bool:
    """A number or date conflict whose claim value a window at least as good (or with as much of the claim's subject
    and more of its words) finds equal, without conflict: the conflicting window is about another figure ("63% ... 43%" next to the claim's "14% ... 28%"). A direction conflict
    is vouched for by a window without conflict that has all the claim's words the conflicting one has and more, and
    says the claim's change the claim's way: the conflict is about another object (the share that finds homosexuality
    normal "gedaald", next to the claim's share that finds it wrong, "gestegen" for "verdubbeld")."""
    if j.conflict is not None and j.conflict.kind == "direction":
        # (the words it has more must say what changed, not only the change: "minder" of another study's figure)
        return any(o is not j and o.conflict is None and set(o.missing_words) < set(j.missing_words)
                   and any(not find_markers(w, DIRECTION) for w in set(j.missing_words) - set(o.missing_words))
                   and markers_alike(o.texts[0], j.conflict, o.texts[1], DIRECTION) for o in judged)
    if j.conflict is None or j.conflict.kind not in ("number", "date"):
        return False
    # (ranked lower: "de wet op 1 augustus 2026" under the higher-education paragraph's "voor de zomer van 2025", for "de
    # nieuwe wet voor vrij en veilig onderwijs geldt vanaf 1 augustus 2026")
    return any(o is not j and o.conflict is None and (o.window.score >= j.window.score
                                                        or (o.subject[0] >= j.subject[0] and set(o.missing_words) < set(j.missing_words)))
               and any(found and (cv.text in j.conflict.claim_text or j.conflict.claim_text in cv.text)
                       for cv, found, _ev, where in o.values if where == "sentence")
               for o in judged)


def denied_alongside(meaning: "Judgement", judged: list["Judgement"]) -> bool:
    """Another window with all the claim's words the meaning window has, as much of its context, and a negation
    against the claim: the documents say the claim's statement is not so ("het is niet mogelijk bij te houden welke
    data waarvoor wordt gebruikt" next to a window on open data that says nothing of keeping track)."""
    return any(o is not meaning and o.objection == "ontkenning" and set(o.missing_words) <= set(meaning.missing_words)
               and o.window.lexical_context >= meaning.window.lexical_context
               and denies_claim_words(*o.texts, meaning.texts[1]) for o in judged)


def denies_claim_words(claim: str, text: str, other: str) -> bool:
    """The text negates (the claim does not) a clause with at least two of the claim's words, one of which the
    `other` window lacks: the negation is on the statement that window does not make ("is het niet mogelijk bij te
    houden welke data waarvoor wordt gebruikt")."""
    if effective_negators(claim):
        return False
    claimed, said = stems(claim), stems(other)
    for m in effective_negators(text):
        shared = {w for w in stems(re.split(r"[,;.:]", text[m.end():], maxsplit=1)[0]) if fuzzy_shared({w}, claimed)}
        if len(shared) >= 2 and not all(fuzzy_shared({w}, said) for w in shared):
            return True
    return False


NEIGHBOURS = 2  # sentences before and after the window that may take it back


def neighbour_texts(ci: ClaimIndex, w: Window) -> tuple[str, ...]:
    """Up to two sentences before and after the window, in its passage or the next or previous passage of the same
    document section (a passage boundary may fall between a statement and its "maar ... niet")."""
    last = w.second if w.second is not None else w.first
    rows = [*range(w.first - NEIGHBOURS, w.first), *range(last + 1, last + 1 + NEIGHBOURS)]
    return tuple(ci.texts[r] for r in rows if 0 <= r < len(ci.rows) and same_section(ci, w, r))


def same_section(ci: ClaimIndex, w: Window, r: int) -> bool:
    """Sentence row `r` is in the window's passage, or in another passage of the same document section."""
    here, p = ci.passages[w.row], ci.passages[ci.rows[r][0]]
    return ci.rows[r][0] == w.row or (p.doc_title == here.doc_title and p.section == here.section)


COUNT_OF = re.compile(r"(?<![\w-])(?:het|dat)\s+aantal\s+(?:[a-zà-ÿ-]+\s+){0,2}?([a-zà-ÿ-]{4,}(?:en|s|'s))(?![\w-])", re.I)


def other_count(claim: str, text: str) -> bool:
    """The claim and the evidence speak of the number of different things ("het aantal femicides" and "het aantal
    meldingen van discriminatie"): a rise of the one says nothing of the other."""
    a, b = COUNT_OF.search(claim), COUNT_OF.search(text)
    if not a or not b:
        return False
    ca, cb = stems(a.group(1)), stems(b.group(1))
    # (a compound of the counted thing counts it too: "het aantal politiemeldingen" for "het aantal meldingen")
    return bool(ca and cb) and not ca & cb and not synonymous(ca, cb) and not any(x.endswith(y) or y.endswith(x) for x in ca for y in cb if min(len(x), len(y)) >= 4)


SUBJECT_BEFORE = 3  # sentences before the window where the subject it speaks of may have been introduced


def sentences_before(ci: ClaimIndex, w: Window) -> str:
    """The SUBJECT_BEFORE sentences right before the window in its passage or the passage before it under the same
    heading (where the subject the window speaks of was introduced), or ""."""
    out: list[str] = []
    r = w.first - 1
    while r >= 0 and len(out) < SUBJECT_BEFORE:
        if not same_section(ci, w, r):
            break
        if ci.texts[r] not in out:  # (passages overlap: the sentences before a passage's first repeat)
            out.insert(0, ci.texts[r])
        r -= 1
    return " ".join(out)


def negated_positions(text: str, claim: str = "") -> list[tuple[int, int]]:
    """Spans of the words each effective negator negates (`negation_scope`: "geen persoonsgegevens", "niet zelf
    verantwoordelijk", only the manner in "niet proactief beschikbaar"); "niet-noodzakelijke" and "niet alleen" are no
    negation."""
    out = []
    for m in effective_negators(text):
        after = negation_scope(text, m, claim)
        if after:
            out.append((m.end(), m.end() + after[-1].end()))
    return out


NEGATOR_NEXT = re.compile(r"\s*(?:niet|geen|nooit)(?![\w-])", re.I)
NEGATOR_LAST = re.compile(r"(?<![\w-])(?:niet|geen|nooit)\s*$", re.I)


def negator_beside(text: str, start: int, end: int) -> bool:
    """A negator as the word right before `start` or right after `end` (a litotes too: "niet onafhankelijk")."""
    return NEGATOR_NEXT.match(text, end) is not None or NEGATOR_LAST.search(text[:start]) is not None


def negated_word(ci: ClaimIndex, parts: ClaimParts, row: int, text: str) -> Conflict | None:
    """A word of the claim's predicate that one side negates right before it and the other does not
    ("bevat persoonsgegevens" vs "bevat geen persoonsgegevens")."""
    have = ci.terms[row]
    if any(ci.matches(t).isdisjoint(have) for t in parts.predicate):
        return None  # the sentence does not say all of what the claim says
    if IMPLICIT_NEGATION.search(fold_same_length(parts.text)):
        return None  # the claim negates by its verb ("ziet af van wetgeving"), which no word-by-word reading sees
    if still_to_come(parts.text, text):
        return None  # "nog niet aangewezen" is what "zullen ... worden aangewezen" says
    if less_for_not_so(parts.text, text):
        return None  # "niet zo gezond" is "in minder goede gezondheid"
    c_neg, e_neg = negated_positions(parts.text, parts.text), negated_positions(text, parts.text)
    for word in parts.words:
        if word.part != "predicate":
            continue
        word_stems = set(word.stems)
        c_pos = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word.surface)}(?![\w-])", parts.text)]
        e_tokens = [m for m in re.finditer(r"[\w’'+-]+", text) if not word_stems.isdisjoint(ci.stem_words(m.group(0)))]
        if not c_pos or not e_tokens:
            continue
        claim_negated = any(s <= p < e for p in c_pos for s, e in c_neg)
        ev_negated = [any(s <= m.start() < e for s, e in e_neg) for m in e_tokens]
        # (a negator right beside the word on the side that does not negate it is the same negation in another word
        # order: "financieel niet onafhankelijk" against "niet financieel onafhankelijk")
        if not claim_negated and any(negator_beside(parts.text, p, p + len(word.surface)) for p in c_pos):
            continue
        if claim_negated and all(negator_beside(text, m.start(), m.end()) for m, x in zip(e_tokens, ev_negated) if not x):
            continue
        if all(x != claim_negated for x in ev_negated):
            side = "de bron" if ev_negated[0] else "de bewering"
            return Conflict("negation", word.surface, e_tokens[0].group(0),
                            f"De ontkenning verschilt: {side} ontkent ‘{word.surface}’, de andere kant niet.")
    return None


def unaligned_marker(ci: ClaimIndex, parts: ClaimParts, row: int, text: str) -> Conflict | None:
    """A direction or quantifier word of the claim that the evidence sentence lacks while it has the opposite one
    ("korter" where the source says "langer", "voor het eerst" where it says "weer")."""
    have = ci.terms[row]
    for lexicon, kind, clash in ((DIRECTION, "direction", lambda a, b: a != b), (QUANTIFIER, "quantifier", lambda a, b: a != b)):
        claim_markers = [m for m in find_markers(parts.text, lexicon) if not negated(parts.text, m)]
        ev_markers = [m for m in find_markers(text, lexicon) if not negated(text, m)]
        for cm in claim_markers:
            own = set(ci.stem_words(cm.text))
            if own and not own.isdisjoint(have):
                continue  # the evidence has the claim's own word
            if said_by_marker(cm.text, parts.text, text):
                continue  # ... or says it otherwise ("werken relatief weinig" is "de arbeidsmarktparticipatie is relatief laag")
            if any(ci.matches(t).isdisjoint(have) for t in parts.predicate - own):
                continue  # the sentence does not say the rest of what the claim says: another statement
            # (not a word the claim says itself, elsewhere: "vaker dan gemiddeld de dader, ... bij het voorkomen van")
            opposite = [em for em in ev_markers if em.scale == cm.scale and clash(cm.level, em.level)
                        and set(ci.stem_words(em.text)).isdisjoint(parts.terms)]
            same = [em for em in ev_markers if em.scale == cm.scale and not clash(cm.level, em.level)]
            if opposite and not same:
                em = opposite[0]
                return Conflict(kind, cm.text, em.text, f"De bewering zegt ‘{cm.text}’, maar de bron zegt ‘{em.text}’.")
    return None


def change_of_other_subject(ci: ClaimIndex, parts: ClaimParts, conflict: Conflict, row: int, sentences: list[tuple[int, str]]) -> bool:
    """The window's other sentence says the claim's change the claim's way, and has a word of the claim's subject the
    conflicting sentence lacks: the conflict is another subject's change ("het aandeel dat homoseksualiteit verkeerd vindt,
    is verdubbeld" against "... dat homoseksualiteit normaal vindt, is gedaald", beside "Het percentage dat
    homoseksualiteit verkeerd vindt, is gestegen")."""
    mine = next((m for m in find_markers(parts.text, DIRECTION) if m.text == conflict.claim_text), None)
    if mine is None:
        return False
    subject = [found for t in parts.subject if (found := ci.matches(t)) and found.isdisjoint(ci.terms[row])]
    return any(any(m.scale == mine.scale and m.level == mine.level for m in find_markers(text, DIRECTION))
               and any(not found.isdisjoint(ci.terms[r]) for found in subject)
               for r, text in sentences if r != row)


def prefix_antonym(ci: ClaimIndex, parts: ClaimParts, row: int, text: str) -> Conflict | None:
    """A claim word whose "on-" form (or the reverse) is what the evidence sentence says."""
    have = ci.terms[row]
    if by_double_negative(parts.text, text):
        return None  # "niet financieel onafhankelijk" says "financieel afhankelijk"
    for word in parts.words:
        if any(ci.matches(x).isdisjoint(have) for x in parts.predicate - set(word.stems)):
            continue  # the sentence does not say the rest of what the claim says
        for t in word.stems:
            for mine, other in (("on" + t, t), (t[2:], t) if t.startswith("on") and len(t) > 6 else (None, None)):
                if mine and len(mine) >= 6 and mine in have and other not in have and mine not in parts.terms:
                    surface = next((m.group(0) for m in re.finditer(r"[\w-]+", text) if mine in ci.stem_words(m.group(0))), mine)
                    return Conflict("direction", word.surface, surface,
                                    f"De bewering zegt ‘{word.surface}’, maar de bron zegt ‘{surface}’.")
    return None


FOREIGN_FIRST = 5  # passages the search gives for a claim in another language, of which the first that says something is shown
T_FOREIGN = 0.86  # e5 similarity of a claim in another language to its closest sentence for a figure to be compared
T_FOREIGN_NEGATION = 0.83  # ... for a negation on one side only
T_FOREIGN_COUNTED = 0.83  # ... for a count of the same thing ("40 municipalities" against "25 gemeenten")
FOREIGN_MARGIN = 0.02  # sentences this much less similar than the closest may show the claim's figures instead
# An English negator, in lower case or opening the claim before a word in lower case ("No Mas, No More" is a name)
EN_NEGATOR = re.compile(r"(?<![\w-])(?<!or )(?:not|no|never|nothing|none|nobody|neither|nor|cannot)(?![\w-])|n't\b"  # ("... or not")
                        r"|^\W*(?:No|Not|Never|Nothing|None|Nobody|Neither)(?=\s+[a-z(])")
# A word that negates without a negator ("women lack financial independence", "without a job"): a negation the
# Dutch sentence may say with "niet" or without one
EN_PRIVATIVE = re.compile(r"(?<![\w-])(?:lack|lacks|lacked|lacking|without|unable|absence|absent|fail|fails|failed|failing"
                          r"|untouched|unaffected|unchanged"
                          # (a stalled process: "it is stuck because ..." is "Toch is het niet verder gekomen")
                          r"|stuck|stalled|blocked|deadlocked|on\s+hold)(?![\w-])", re.I)  # ("left untouched" is "niet beïnvloed")
FIGURES = ("number", "percentage", "amount", "year", "date")
COUNTS = ("number", "percentage", "amount")


def foreign_conflict(j: Judgement) -> Conflict | None:
    """A claim in another language is not read word for word, but it is contradicted by the closest sentence when that
    sentence says the same thing (a high e5 similarity) with a negation on one side only, a change or an amount the
    other way, or another figure (`as_dutch_values`)."""
    claim, text = j.texts
    counts = [bool(found) for cv, found, _ev, where in j.values if cv.kind in COUNTS]
    if counts and not any(counts):
        return foreign_figure_conflict(j)  # none of the claim's counts is in the sentence: it speaks of other things
    if j.window.semantic >= T_FOREIGN_NEGATION and (denied := foreign_negation(claim, text)) is not None:
        # (not when the claim joins two sentences and the one beside says its negation: "Just 15.3% of company
        # directors are women, and almost six in ten boards don't have a single woman on them")
        if not (denied.claim_text != claim and any(effective_negators(t) for t in j.neighbours[:4])
                and EN_JOINED.search(claim)):
            return denied
    if j.window.semantic >= T_FOREIGN and (marked := foreign_marker_conflict(claim, text)) is not None:
        return marked
    if (j.window.semantic >= T_FOREIGN and (other := detect_entity(with_dutch_names(claim), text, j.table)) is not None
            and not named_in_heading(other.claim_text, j.claim_index.passages[j.window.row].section, j.table)):
        return replace(other, explanation=f"The claim names {other.claim_text}, but the source names {other.evidence_text}.")
    return foreign_figure_conflict(j)


NOT_ONLY = re.compile(r"\s+(?:\w+\s+)?(?:only|just|solely|exclusively|merely)\b", re.I)
# a double negation ("would never have been possible without ...", as the Dutch "had nooit gekund zonder"): no negation
EN_DOUBLE_NEGATION = re.compile(r"[^,;.]{0,80}?\bwithout\b", re.I)


def bracketed_figure(claim: str, text: str) -> bool:
    """A count or share of the (English) claim that the sentence gives inside brackets."""
    inside = [v for m in re.finditer(r"\(([^()]*)\)", text) for v in extract_values(m.group(1)) if v.kind in COUNTS]
    return any(cv.kind in COUNTS and same_value(cv, v) for cv in extract_values(as_dutch_values(claim)) for v in inside)


def foreign_negation(claim: str, text: str) -> Conflict | None:
    """An English negator (EN_NEGATOR) without a Dutch one in the sentence, or the reverse; a heading or a footnote's
    title denies nothing."""
    # ("doesn't only target young men: it covers every user" is "niet uitsluitend ..., maar", no negation)
    english_negator = next((m for m in EN_NEGATOR.finditer(claim) if not NOT_ONLY.match(claim[m.end() :])
                            and not EN_DOUBLE_NEGATION.match(claim[m.end() :])), None)
    if english_negator is None and EN_PRIVATIVE.search(claim):
        return None  # "lack financial independence" is "niet financieel onafhankelijk" as much as "afhankelijk"
    dutch_negators = effective_negators(text)
    if bool(english_negator) == bool(dutch_negators) or not states_something(text):
        return None
    if not english_negator and bracketed_figure(claim, text):
        return None  # "women hold about 41% of top positions" is the bracket "(aandeel vrouwen in topposities gemiddeld
        # 41%)" of a sentence whose "geen wetgeving" is another statement
    if english_negator:
        return Conflict("negation", english_negator.group(0), text, f"The claim says ‘{english_negator.group(0)}’, but the source does not.")
    return Conflict("negation", claim, dutch_negators[0].group(0), "The source says it is not so; the claim does not.")


def foreign_figure_conflict(j: Judgement) -> Conflict | None:
    """A figure of the claim that the sentence gives otherwise: at T_FOREIGN, or at T_FOREIGN_COUNTED for a count of the
    same thing ("40 gemeenten", by `with_dutch_units`, against "25 gemeenten")."""
    claim, text = j.texts

    def counted_alike(cv, ev) -> bool:
        return cv.kind == "number" and bool(unit_of(cv, claim) & unit_of(ev, text))

    def close_enough(cv, ev) -> bool:
        return j.window.semantic >= T_FOREIGN or (counted_alike(cv, ev) and j.window.semantic >= T_FOREIGN_COUNTED)

    # (a figure of the sentence that another figure of the claim says is not this one's counterpart: "30 percent by 2030,
    # up from about 11 percent today" against "in 2030 ... voor 30% uit vrouwen")
    matched = {ev.text for _cv, found, ev, _w in j.values if found and ev is not None}
    differing = [(cv, ev) for cv, found, ev, where in j.values if found is False and where == "sentence" and ev is not None
                 and ev.text not in matched and cv.kind in FIGURES and close_enough(cv, ev)
                 and not (cv.kind in COUNTS and year_like(ev))  # ("The two MPs ..." is no year)
                 and not DATED_DOCUMENT.search(text[: text.find(ev.text)] if ev.text in text else "")]
    # two or more counts or shares of the claim of which none is in the sentence: another statistic ("van 63% naar 43%"
    # for "from 14 percent to 28 percent")
    counts = [(cv.kind, bool(found)) for cv, found, _ev, where in j.values if cv.kind in COUNTS and where == "sentence"]
    differing = [(cv, ev) for cv, ev in differing if cv.kind not in COUNTS
                 or sum(k == cv.kind for k, _f in counts) < 2 or any(f for k, f in counts if k == cv.kind)]
    if not differing:
        return None
    cv, ev = differing[0]
    kind = "date" if cv.kind in ("year", "date") else "number"
    return Conflict(kind, cv.text, ev.text, f"The claim says {cv.text}, but the source says {ev.text}.")


# the date of a document the sentence cites ("de Prioriteitenbrief Emancipatie (d.d. 18 november 2024)"): no date of what
# a claim says happens
DATED_DOCUMENT = re.compile(r"(?<![\w-])d\.\s?d\.\s*$", re.I)


def year_like(v: Value) -> bool:
    """A year, or a number written as one ("2024")."""
    return v.kind in ("year", "date") or YEAR.fullmatch(v.text) is not None


EN_NOT_BEFORE = re.compile(r"(?:not|n't|no\s+longer)\s+(?:\w+\s+)?$", re.I)
EN_JOINED = re.compile(r",?\s+(?:and|but|while|yet|whereas)\s+|;", re.I)  # a claim of two statements

# A decision the claim reports where the sentence still explores or considers it ("has decided to bring in extra
# measures" against "verken ik of extra maatregelen nodig zijn"; "has decided to ban" against "laat onderzoeken welke
# opties er zijn ... via een wettelijk verbod")
EN_DECIDED = re.compile(r"(?<![\w-])(?:(?:has|have|had)\s+(?:already\s+)?(?:decided|introduced|banned|adopted|approved|implemented|imposed"
                        r"|commissioned|launched)|decided\s+to|will\s+(?:ban|introduce|impose|outlaw))(?![\w-])", re.I)
NL_EXPLORING = re.compile(r"(?<![\w-])(?:verken\w*|overweeg\w*|overwoog|(?:laat|laten)\s+(?:[^\s,;.]+\s+){0,3}?onderzoeken"
                          r"|onderzoek\w*\s+(?:[^\s,;.]+\s+){0,3}?(?:of|welke|hoe)|bekijk\w*\s+of|gaat\s+na\s+of"
                          r"|voornemens|van\s+plan)(?![\w-])", re.I)


# A duty against a choice: "reaching girls is only an optional theme" against "een belangrijk (verplicht) thema"
EN_OPTIONAL = re.compile(r"(?<![\w-])(?:optional|voluntary|voluntarily|not\s+(?:mandatory|compulsory|obligatory|required))(?![\w-])", re.I)
EN_DUTY = re.compile(r"(?<![\w-])(?<!not\s)(?:mandatory|compulsory|obligatory|legally\s+required|required\s+by\s+law)(?![\w-])", re.I)
NL_DUTY = re.compile(r"(?<![\w-])(?<!niet\s)verplicht\w*(?![\w-])", re.I)
NL_OPTIONAL = re.compile(r"(?<![\w-])(?:vrijwillig\w*|optione(?:el|le)|facultatie\w*|niet\s+verplicht\w*)(?![\w-])", re.I)


# The reverse: a decision the claim says is still open ("is still weighing whether to commission another monitor")
# where the sentence says it is taken ("In 2026 en 2028 laat ik weer een Emancipatiemonitor ... uitvoeren")
EN_UNDECIDED = re.compile(r"(?<![\w-])(?:(?:weighing|considering|exploring|deciding|debating)\s+whether|(?:has|have)\s+not\s+(?:yet\s+)?decided"
                          r"|(?:is|are)\s+(?:still\s+)?undecided|(?:has|have)\s+yet\s+to\s+decide)(?![\w-])", re.I)
NL_DECIDED = re.compile(r"(?<![\w-])(?:(?:laat|ga|zal)\s+ik|(?:laten|gaan|zullen)\s+(?:we|wij)|(?:heb|heeft|hebben)\s+(?:[^\s,;.]+\s+){0,4}?besloten"
                        r"|(?:besluit|besloot)\s+(?:ik|het\s+kabinet))(?![\w-])", re.I)
# ... and a thing the claim says is done ("has already been completed") where the sentence says it is still to be
# finished ("Deze pilot zal naar verwachting aan het einde van het jaar worden afgerond")
EN_COMPLETED = re.compile(r"(?<![\w-])(?:(?:has|have|had)\s+(?:already\s+)?been\s+(?:completed|finished|concluded|finali[sz]ed|wrapped\s+up)"
                          r"|(?:is|are|was|were)\s+already\s+(?:completed|finished|over|concluded|done)|already\s+(?:completed|finished|ended|concluded))(?![\w-])", re.I)
NL_PENDING = re.compile(r"(?<![\w-])(?:(?:zal|zullen)\s+(?:[^\s,;.]+\s+){0,8}?(?:worden\s+)?(?:afgerond|afgesloten|opgeleverd|voltooid)"
                        r"|nog\s+niet\s+(?:[^\s,;.]+\s+)?(?:afgerond|klaar|voltooid|afgesloten)|(?:loopt|lopen)\s+(?:nog|tot))(?![\w-])", re.I)
# ... and any deed the claim says is done already ("has already been appointed", "has already designated") where the
# sentence names its object as still to be done ("De nog aan te wijzen markttoezichthouder(s)")
EN_ALREADY = re.compile(r"(?<![\w-])(?:has|have|had|is|are|was|were)\s+already\s+(?:been\s+)?(?:[a-z]+ed|set\s+up|chosen|given|made)(?![\w-])", re.I)
NL_STILL_TO = re.compile(r"(?<![\w-])nog\s+(?:aan\s+|in\s+|op\s+|vast\s+)?te\s+(?:wijzen|stellen|richten|zetten|leggen|nemen|maken|benoemen|ontwikkelen|bepalen)(?![\w-])", re.I)


# A deed the English claim reports against the Dutch sentence's plan or exploration, or a thing it says is done against one
# the sentence says is still to come: (the claim's pattern, the sentence's, what the sentence does)
SAID_OTHERWISE = (
    (EN_DECIDED, NL_EXPLORING, "only plans or explores it"),
    (EN_COMPLETED, NL_PENDING, "says it is still to come"),
    (EN_ALREADY, NL_STILL_TO, "says it is still to come"),
)


def foreign_modality(claim: str, text: str) -> Conflict | None:
    """A decision the English claim reports (EN_DECIDED) that the Dutch sentence only explores (NL_EXPLORING), or one it
    says is open (EN_UNDECIDED) that the sentence says is taken (NL_DECIDED); a thing done (EN_COMPLETED, EN_ALREADY) that
    the sentence says is still to be finished or done (NL_PENDING, NL_STILL_TO); a choice where the sentence says a duty,
    or the reverse."""
    open_, taken = EN_UNDECIDED.search(claim), NL_DECIDED.search(text)
    if open_ is not None and taken is not None and NL_EXPLORING.search(text) is None:  # (an explored decision: SAID_OTHERWISE)
        return Conflict("modality", open_.group(0), taken.group(0),
                        f"The claim says ‘{open_.group(0)}’, but the source says it is decided (‘{taken.group(0)}’).")
    for said, against, does in SAID_OTHERWISE:
        mine, theirs = said.search(claim), against.search(text)
        if mine is not None and theirs is not None and not EN_NOT_BEFORE.search(claim[: mine.start()]):
            return Conflict("modality", mine.group(0), theirs.group(0),
                            f"The claim says ‘{mine.group(0)}’, but the source {does} (‘{theirs.group(0)}’).")
    for mine, theirs, agreeing in ((EN_OPTIONAL, NL_DUTY, NL_OPTIONAL), (EN_DUTY, NL_OPTIONAL, NL_DUTY)):
        said, other = mine.search(claim), theirs.search(text)
        if said is not None and other is not None and not agreeing.search(text):  # (the sentence says it one way only)
            return Conflict("modality", said.group(0), other.group(0), f"The claim says ‘{said.group(0)}’, but the source says ‘{other.group(0)}’.")
    return None


def foreign_marker_conflict(claim: str, text: str) -> Conflict | None:
    """An English change or amount (EN_DIRECTION, EN_QUANTIFIER) where the Dutch sentence says that scale only the other
    way ("is shrinking" against "blijft groeien", "only some of the activities" against "Alle activiteiten")."""
    for en, nl, kind, clash in ((EN_DIRECTION, DIRECTION + NL_SAFETY, "direction", lambda _s, a, b: a != b),
                                (EN_QUANTIFIER, QUANTIFIER, "quantifier", quantifier_clash)):
        theirs = [m for m in find_markers(text, nl) if not negated(text, m)]
        for cm in find_markers(claim, en):
            if EN_NOT_BEFORE.search(claim[: cm.start]):
                continue
            same = [m for m in theirs if m.scale == cm.scale]
            if same and all(clash(cm.scale, cm.level, m.level) for m in same):
                return Conflict(kind, cm.text, same[0].text, f"The claim says ‘{cm.text}’, but the source says ‘{same[0].text}’.")
    return None


def runner_up_conflicts(j: Judgement, best: Judgement, parts: ClaimParts) -> bool:
    """A runner-up window's conflict contradicts the claim unless the best window answers it: another organisation
    counts only in a window with the claim's subject ("In de Raad van Europa ..." does not contradict what the claim says
    of the AP and the CRM), and not when the best window names the claim's own with its whole subject ("RADIO biedt een
    e-learning" is what the claim is about, not the CRM of the window after it); a negation the best window shares ("kan
    de overheid niet volgen welke gegevens waarvoor worden ingezet" against "is het niet mogelijk bij te houden welke data
    waarvoor ...", whatever a runner-up about open data in general says) and a year the best window gives as the claim
    does ("In 2026 en 2028 laat ik weer een Emancipatiemonitor ... uitvoeren" against the next window's "2018-2025") do
    not count, nor does a modal verb the best window says as the claim does."""
    c = j.conflict
    if c is None:
        return False
    if c.kind == "entity":
        return j.subject[0] >= T_SUBJECT_MIN and not (named_in(best, c.claim_text) and best.subject[0] >= 1.0 and not best.subject[1])
    if c.kind == "negation":
        return not negations_match(parts.text, best.texts[1])
    if c.kind == "date":
        return not value_in(parts, c.claim_text, best.texts[1])
    if c.kind == "modality":  # (the best window says the claim's own modal verb with more of its words: "In 2026 kunnen
        # ook ... deelnemen aan het programma Regenboogsteden" against Veilige Steden's "In 2026 zullen we ook ...")
        return not (find_word(c.claim_text, best.texts[1]) and set(best.missing_words) < set(j.missing_words))
    return True


def named_in(j: Judgement, name: str) -> bool:
    """The judged window itself names the claim's `name`."""
    return any(n.name == name and found and where == "sentence" for n, found, where in j.names)


TIMES_OFTEN = re.compile(r"(?<![\w-])(keer\s+)zo\s+vaak(?![\w-])", re.I)


def past_or_present(verb: str, present: str, past: str) -> str:
    """`past` for a past-tense idiom verb ("sprong", "gaf"), else `present` (the replacement keeps the claim's tense)."""
    return past if verb.lower() in ("sprong", "sprongen", "gaf", "gaven") else present


# Idioms a claim may use for the documents' plain words, put the documents' way before the claim is read (each keeps
# the claim's own negation and degree words): "springt minder in het oog" is "valt minder op", "geeft groen licht" is
# "keurt goed", "heeft tot juni 2027 de tijd om" is "moet uiterlijk juni 2027", "goed voor 200 scholen" is "200 scholen"
IDIOMS = tuple((re.compile(pattern, re.I), repl) for pattern, repl in (
    (r"(?<![\w-])goed\s+voor\s+(?=" + NUMBER_WORDS + r")", ""),
    (r"(?<![\w-])(?:het\s+)?(" + "|".join(ORDINALS) + r")\s+artikel(?![\w-])",
     lambda m: f"artikel {ORDINALS[m.group(1).lower()]}"),
    (r"(?<![\w-])(?:elk|ieder)\s+jaar(?![\w-])", "jaarlijks"),
    (r"(?<![\w-])(?:in\s+)?ons\s+land(?![\w-])", lambda m: "in Nederland" if m.group(0).lower().startswith("in") else "Nederland"),
    (r"(?<![\w-])(ligt|liggen|lag|lagen)\s+((?:[\w-]+\s+){0,4}?)vast\s+in(?![\w-])",
     lambda m: f"{past_or_present(m.group(1), 'is', 'was')} {m.group(2)}vastgelegd in"),
    # (the verb before its words, in the present or the past: "springt ... in het oog", "gaf ... groen licht")
    (r"(?<![\w-])(springt|springen|sprong|sprongen)\s+((?:[\w-]+\s+){0,6}?)in\s+het\s+oog(?![\w-])",
     lambda m: f"{past_or_present(m.group(1), 'valt', 'viel')} {m.group(2)}op"),
    (r"(?<![\w-])in\s+het\s+oog\s+(?:springt|springen)(?![\w-])", "op valt"),
    (r"(?<![\w-])groen\s+licht\s+(geeft|geven|gaf|gaven)(?![\w-])", lambda m: past_or_present(m.group(1), "goedkeurt", "goedkeurde")),
    (r"(?<![\w-])(geeft|geven|gaf|gaven)\s+((?:[\w-]+\s+){0,2}?)groen\s+licht(?![\w-])",
     lambda m: f"{past_or_present(m.group(1), 'keurt', 'keurde')} {m.group(2)}goed"),
    (r"(?<![\w-])(heeft|hebben)\s+(?:nog\s+)?tot\s+(?:uiterlijk\s+)?((?:[\w-]+\s+){1,3}?)de\s+tijd\s+om(?![\w-])",
     lambda m: f"{'moet' if m.group(1).lower() == 'heeft' else 'moeten'} uiterlijk {m.group(2)}"),
))


def in_documents_words(claim: str) -> str:
    """The claim with its IDIOMS said the documents' way."""
    for pattern, repl in IDIOMS:
        claim = pattern.sub(repl, claim)
    return re.sub(r"(?<=\S)  +(?=\S)", " ", claim)


def decide(engine, claim: str) -> tuple[str, Judgement | None, ClaimParts, ClaimIndex]:
    ci = claim_index(engine)
    claim = plain_post(claim, ci.lowercase)  # "Let op!! ... NIET strafbaar ... #deepfake": the post's claim
    claim = with_acronyms(claim, ci.typed_names)  # "in opdracht van ocw en de nctv": OCW, NCTV; "tiktok": TikTok
    claim = reported_statement(claim)  # "De minister zei dat ...": the statement is checked
    claim = without_document_year(claim)  # "Met de Emancipatienota 2025 werkt ...": the name's year is no date claimed
    claim = with_month_names(claim)  # "sinds 1 jan. 2025" is "sinds 1 januari 2025"
    claim = TIMES_OFTEN.sub(r"\1zoveel", claim)  # "drie keer zo vaak" is a ratio ("keer zoveel"), no frequency
    claim = in_documents_words(claim)  # "springt minder in het oog" is "valt minder op"
    foreign = detect_language(claim) != "nl"
    parts = ci.parse(claim)
    qv = engine.retriever.encode(query_text(engine, claim))
    windows = ci.score(parts, qv, 1.0 if foreign else W_SEMANTIC)
    if not windows:
        return "not_found", None, parts, ci
    top = windows[0].score
    if foreign:  # the checks compare the claim's words with the Dutch text: only the closest passage can be shown,
        # the one the search ranks first (with the Dutch terms of the claim's words, rag.glossary)
        # (not a footnote that only names a paper: "Kamerstukken II 2023/2024, 36551" resembles a claim with those years)
        hits = engine.retriever.search(claim, k=FOREIGN_FIRST)
        first = next((h for h in hits if not names_a_source_only(h.passage)), hits[0]).passage.passage_id
        in_first = [w for w in windows if ci.passages[w.row].passage_id == first] or windows
        # its figures, and what they count, the Dutch way (only now: the windows were scored on the claim as written,
        # whose words make the pairs)
        parts = ci.parse(with_dutch_units(as_dutch_values(claim)))
        near = [judge(ci, parts, w, top) for w in in_first[:K_WINDOWS] if w.semantic >= in_first[0].semantic - FOREIGN_MARGIN]
        # of the sentences about as close, the one with the claim's figures ("25 gemeenten" for "40 municipalities"),
        # most of them equal first ("van 14% naar 28%" rather than the sentence before it, "van 63% naar 43%")
        j = max(near, key=lambda x: (sum(bool(found) for _cv, found, _ev, where in x.values if where == "sentence"),
                                     sum(found is not None for _cv, found, _ev, where in x.values if where == "sentence")))
        j.conflict = foreign_conflict(j)
        if j.conflict is None:
            # a decision only planned or explored, or a change or an amount the other way, in a sentence about as close
            # (of any passage: the passage ranked first may be a footnote further from the claim than the closest sentences)
            # (not a figure: over any passage, another statistic is too near, "around 40 percent" against "41%"); only
            # the window that has one is judged
            closest = [w for w in windows[:K_WINDOWS] if w.semantic >= max(T_FOREIGN, windows[0].semantic - FOREIGN_MARGIN)]
            for w in [x.window for x in near] + [w for w in closest if w not in in_first]:
                text = ci.window_text(w)
                if w.semantic >= T_FOREIGN and (found := foreign_modality(parts.text, text) or foreign_marker_conflict(parts.text, text)):
                    j = next((x for x in near if x.window is w), None) or judge(ci, parts, w, top)
                    j.conflict = found
                    break
        return ("contradicted" if j.conflict else "not_found"), j, parts, ci
    judged = [judge(ci, parts, w, top) for w in windows[:K_WINDOWS]]
    for j in judged:
        if vouched(j, judged):
            j.conflict = None
    best = judged[0]
    if best.conflict is not None:
        return "contradicted", best, parts, ci
    support = next((j for j in judged if j.supports), None)
    if support is not None and not denied_alongside(support, judged):  # (the documents say the claim is not so)
        return "supported", support, parts, ci
    conflicted = next((j for j in judged[1:3] if runner_up_conflicts(j, best, parts)), None)
    # a date or number said otherwise on the claim's subject counts further down too: the window with the date may
    # rank below the ones that repeat the claim's other words ("Dat traject startte ik ... in oktober 2024")
    conflicted = conflicted or next((j for j in judged[3:] if j.conflict is not None and j.conflict.kind in ("number", "date")
                                     and j.subject[0] >= T_SUBJECT_MIN), None)
    # so does another organisation said to do what the claim says, in a window with the claim's whole subject
    # ("ontwikkeld door het ministerie van JenV" against "Het ministerie van BZK heeft ... ontwikkeld ..., zoals de handreiking")
    conflicted = conflicted or next((j for j in judged[3:] if j.conflict is not None and j.conflict.kind == "entity"
                                     and j.subject[0] >= 1.0 and not j.subject[1]), None)
    # ... and a figure said otherwise of the claim's whole subject in the windows after those examined, where the
    # claim's other words rank the sentence low ("Met de nieuwe steden erbij doen nu 35 gemeenten mee aan Veilige Steden"
    # against "Met de toetreding van ... doen nu 25 gemeenten mee", eighth)
    # (and a person the documents never name where such a window, with the claim's whole subject, names another one:
    # "De regeringscommissaris seksueel grensoverschrijdend gedrag is Femke Halsema" against "... is onafhankelijk
    # regeringscommissaris Mariëtte Hamer aangesteld", ninth)
    further = windows[K_WINDOWS : K_WINDOWS + K_FURTHER] if parts.values or parts.names else []
    conflicted = conflicted or next((j for j in (judge(ci, parts, w, top) for w in further)
                                     if j.conflict is not None and j.subject[0] >= 1.0 and not j.subject[1]
                                     and ((j.conflict.kind == "number" and j.predicate[0] >= T_FURTHER_PREDICATE)
                                          or (j.conflict.kind == "entity" and unknown_person(ci, parts, j.conflict.claim_text)))), None)
    if conflicted is not None:
        return "contradicted", conflicted, parts, ci
    meaning = next((j for j in judged if j.supports_by_meaning), None)
    # a conflict in a window about as close as the one that says it in other words holds support back; one in a window
    # far from the claim's meaning does not (a negation in another paragraph that shares a few words)
    if meaning is not None and not any(j.conflict is not None and j.window.semantic >= meaning.window.semantic - CONFLICT_REACH
                                       for j in judged) and not denied_alongside(meaning, judged):
        return "supported", meaning, parts, ci
    return "not_found", best, parts, ci


# ---------------------------------------------------------------- the response


def check_response(engine, claim: str) -> CheckResponse:
    verdict, j, parts, ci = decide(engine, claim)
    if j is None:
        return CheckResponse(
            claim=claim, verdict="not_found", confidence=0.5, values=[], evidence=[],
            explanation="De documenten bevatten geen passage over dit onderwerp; de bewering kan er niet mee worden gecontroleerd.",
        )
    passage = ci.passages[j.window.row]
    cite = PassageOut.of(passage).citation
    coverage = coverage_of(ci, parts, j)
    text = ci.window_text(j.window)
    foreign = detect_language(claim) != "nl"
    if foreign and verdict == "contradicted":
        assert j.conflict is not None
        why = (f"{j.conflict.explanation.rstrip('.')} ({cite}). A claim in another language is checked on its figures, "
               f"negation, changes, amounts and decisions only; its other words are not compared with the Dutch text.")
    elif foreign:
        why = (f"The documents are in Dutch and a claim is checked word for word against them, so a claim in another "
               f"language is not confirmed, and refuted only by a figure, negation, change, amount or decision the closest "
               f"passage says otherwise: the closest passage is in {cite}; check the claim in Dutch.")
    elif verdict == "contradicted":
        assert j.conflict is not None
        why = f"{j.conflict.explanation.rstrip('.')} ({cite})."
    elif verdict == "supported":
        matched = [cv.text for cv, found, _ev, _w in j.values if found]
        why = f"De bron zegt hetzelfde ({cite})" + (f"; {', '.join(matched)} klopt." if matched else ".")
    elif not j.on_subject:
        why = "De documenten bevatten geen passage over dit onderwerp; de dichtstbijzijnde passage staat in " + cite + "."
    else:
        sentence, confirms = ("zinnen", "bevestigen") if j.window.second is not None else ("zin", "bevestigt")
        why = f"De best passende {sentence} ({cite}) {confirms} dit niet"
        if coverage.missing:  # said of the window only: the word may stand elsewhere in the documents
            why += f": {describe_missing(coverage)} {'staat' if len(coverage.missing) == 1 else 'staan'} er niet in."
        elif objection := (j.objection or j.context_objection):  # every word is there, but not what it says of them
            why += f": de {objection} verschilt." if objection in ("ontkenning", "voorwaarde") else f": ‘{objection}’ zegt de bron niet zo."
        else:
            why += "."
    value_checks = [
        ValueCheck(kind=cv.kind, claim_text=cv.text, claim_value=cv.value, evidence_text=ev.text if ev else None,
                   evidence_value=ev.value if ev else None, matches=found, approximate=cv.approximate or bool(ev and ev.approximate))
        for cv, found, ev, _w in j.values
    ]
    spans_in_window = []
    window_values = extract_values(text)
    for cv, found, ev, where in j.values:
        if ev is not None and where == "sentence":
            for v in window_values:
                if v.start == ev.start and v.text == ev.text:
                    spans_in_window.append((j.window.start + v.start, j.window.start + v.end, bool(found)))
    if j.conflict is not None and verdict == "contradicted" and j.conflict.kind == "number":
        for v in numeric_values(text):
            if v.text == j.conflict.evidence_text:
                spans_in_window.append((j.window.start + v.start, j.window.start + v.end, False))
    evidence = Evidence(**PassageOut.of(passage).model_dump(), n=1, spans=window_spans(ci, j.window), value_spans=sorted(set(spans_in_window)))
    conflict = ConflictOut(kind=j.conflict.kind, claim_text=j.conflict.claim_text, evidence_text=j.conflict.evidence_text) if verdict == "contradicted" and j.conflict else None
    return CheckResponse(
        claim=claim,
        verdict=verdict,
        explanation=why,
        confidence=0.5 if foreign and verdict == "not_found" else confidence(j, verdict),
        values=value_checks,
        evidence=[evidence],
        coverage=coverage,
        conflict=conflict,
    )


def window_spans(ci: ClaimIndex, w: Window) -> list[tuple[int, int]]:
    spans = [(ci.rows[w.first][1], ci.rows[w.first][2])]
    if w.second is not None:
        spans.append((ci.rows[w.second][1], ci.rows[w.second][2]))
    return spans


def surfaces(parts: ClaimParts, stems: set[str], part: str | None = None) -> list[str]:
    """The claim's words for these stems, in claim order."""
    out: list[str] = []
    for w in parts.words:
        if (part is None or w.part == part) and any(s in stems for s in w.stems) and w.surface not in out:
            out.append(w.surface)
    return out


def coverage_of(ci: ClaimIndex, parts: ClaimParts, j: Judgement) -> Coverage:
    pair = "adjacent sentence" if j.window.second is not None else "sentence"
    subj_share, subj_missing, subj_where = j.subject
    pred_share, pred_missing = j.predicate
    subject = PartCoverage(
        text=parts.subject_text, found=subj_share >= T_SUBJECT, lexical=round(max(0.0, min(1.0, subj_share)), 4),
        where=(pair if subj_where == "sentence" else subj_where), missing=surfaces(parts, subj_missing, "subject"),
    )
    predicate = PartCoverage(
        text=parts.predicate_text, found=j.predicate_found, lexical=round(max(0.0, min(1.0, pred_share)), 4),
        where=pair if j.predicate_found else None, missing=surfaces(parts, pred_missing, "predicate"),
    )
    values = [ItemCoverage(text=cv.text, kind=cv.kind, found=bool(found), evidence_text=ev.text if ev else None, where=where)
              for cv, found, ev, where in j.values]
    names = [ItemCoverage(text=n.name if n.cls != "name" else n.name, kind=n.cls, found=found, where=where) for n, found, where in j.names]
    missing = surfaces(parts, subj_missing | pred_missing)
    missing += [v.text for v in values if not v.found and v.text not in missing]
    missing += [n.text for n in names if not n.found and n.text not in missing]
    return Coverage(subject=subject, predicate=predicate, values=values, names=names, missing=missing,
                    lexical=round(max(0.0, min(1.0, j.window.lexical_context)), 4),
                    semantic=round(max(-1.0, min(1.0, j.window.semantic)), 4))


def describe_missing(c: Coverage) -> str:
    """'wachtlijsten, gehalveerd' -> readable Dutch for the explanation."""
    items = [f"‘{m}’" for m in c.missing[:4]] or ["dit"]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def confidence(j: Judgement, verdict: str) -> float:
    """How sure the verdict is, from the window score's distance to the on-subject threshold and the coverage."""
    z = 8.0 * (j.window.score - T_ON_SUBJECT)
    p = 1.0 / (1.0 + math.exp(-z))
    if verdict == "not_found":
        p = 1.0 - p * j.window.lexical_context if j.on_subject else 1.0 - p
    elif verdict == "supported":
        p = min(p, j.window.lexical_context + 0.2)
    return round(max(0.0, min(1.0, p)), 4)


# ---------------------------------------------------------------- paragraphs

OPINION = re.compile(
    r"\b(?:ik|wij|we)\s+(?:vind|vinden|denk|denken|meen|menen|hoop|hopen|vrees|vrezen|geloof|geloven)\b"
    r"|\b(?:vind|vinden|denk|denken|meen|menen|hoop|hopen|vrees|vrezen|geloof|geloven)\s+(?:ik|wij|we)\b"
    r"|\bnaar\s+(?:mijn|onze)\s+(?:mening|idee)\b|\bwat\s+(?:mij|ons)\s+betreft\b|\bmijns\s+inziens\b"
    r"|\bvolgens\s+(?:mij|ons)\b|\bin\s+(?:mijn|onze)\s+ogen\b|\bmij\s+lijkt\b",
    re.I,
)
EVALUATIVE = re.compile(
    r"\b(?:goed|goede|slecht|slechte|mooi|mooie|prima|fijn|fijne|terecht|terechte|onterecht|schandalig|schandalige|"
    r"geweldig|geweldige|jammer|teleurstellend|teleurstellende|uitstekend|uitstekende|verstandig|verstandige|"
    r"onverstandig|belachelijk|belachelijke|zorgwekkend|zorgelijk|zorgelijke|hoopgevend|positief|positieve|negatief|"
    r"negatieve|zaak|stap|nieuws|ontwikkeling|idee|keuze|schande|schandaal|ramp|drama|blamage|succes|probleem|kans|"
    r"onacceptabel|onaanvaardbaar|onbegrijpelijk|kwalijk|pijnlijk|absurd|triest|treurig|hoopvol|ambitieus|"
    r"teleurstelling|vooruitgang|te\s+(?:weinig|laat|veel|traag|duur|vroeg))\b",
    re.I,
)
ANAPHORIC_COPULA = re.compile(r"^\s*(?:dat|dit|het|zo'n|zo’n|zoiets|dat\s+alles|dit\s+alles)\s+(?:is|was|lijkt|blijft|wordt|zou|klinkt)\b", re.I)


def not_checkable(sentence: str) -> str | None:
    """Why a sentence has nothing to check (a question, an opinion, no statement), or None."""
    s = sentence.strip()
    if s.endswith("?"):
        return "Een vraag is geen bewering."
    if OPINION.search(s):
        return "Een mening is geen feitelijke bewering."
    if ANAPHORIC_COPULA.match(s) and EVALUATIVE.search(s) and not extract_values(s):
        return "Een oordeel zonder feitelijke bewering."
    if len(re.findall(r"\w{3,}", s)) < 3:
        return "Te kort om te controleren."
    return None


LABELS = (("supported", "gesteund"), ("contradicted", "weerlegd"), ("not_found", "niet gevonden"), ("not_checkable", "niet controleerbaar"))


def check_text_response(engine, text: str) -> TextCheckResponse:
    """Every sentence of a paragraph, in order: its verdict, or why it has nothing to check."""
    out: list[SentenceCheck] = []
    for i, (s, e) in enumerate(sentence_spans(text)):
        sentence = text[s:e]
        reason = not_checkable(sentence)
        if reason is not None:
            out.append(SentenceCheck(index=i, sentence=sentence, start=s, end=e, verdict="not_checkable", reason=reason))
            continue
        result = check_response(engine, sentence)
        out.append(SentenceCheck(index=i, sentence=sentence, start=s, end=e, verdict=result.verdict, check=result))
    counts = {v: sum(1 for x in out if x.verdict == v) for v, _ in LABELS}
    summary = ", ".join(f"{counts[v]} {label}" for v, label in LABELS if counts[v] or v != "not_checkable")
    return TextCheckResponse(text=text, sentences=out, counts=counts, summary=summary)
