"""Contradiction detectors for the claim check: does the evidence sentence say something else than the claim?

Each detector compares one aspect of a Dutch claim with the evidence sentence and returns a
`Conflict` or None. None also means "cannot tell": a value, name or marker the evidence does not
mention is not a conflict (the claim is then "not found", decided elsewhere).

    detect_number      "20 lidstaten" vs "twaalf lidstaten"
    detect_date        "2020 tot en met 2024" vs "2023 tot en met 2027"
    detect_direction   "zal genderbias vergroten" vs "genderbias voorkomen en terugdringen"
    detect_negation    "worden niet geraakt" vs "worden geraakt" (not "niet-noodzakelijke")
    detect_quantifier  "alle scholen" vs "sommige scholen"
    detect_modality    "moeten melden" vs "kunnen melden"; "overweegt" vs "heeft ingevoerd"
    detect_entity      "ministerie van OCW" vs "ministerie van SZW" (not "CRM" vs its long form)
    detect_swap        "De Regenboogsteden adviseren Movisie" vs "Movisie adviseert de Regenboogsteden"

Markers are found on folded text (lowercase, accents stripped, same length as the original) so
offsets point into the original. The evidence is judged on the clause closest to the claim by
shared content stems (Snowball Dutch via `index.lexical.tokenize`).
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, replace
from typing import Callable, Iterator, Literal

from corpus.aliases import AliasTable, acronym_matches, default_table, is_acronym, key
from index.lexical import tokenize
from rag.constraints import METONYMS
from rag.numbers import MONTHS, VERSUS, Value, comparable, extract_values, loosely_equal, magnitude_range, parse_digits, same_value

ConflictKind = Literal["number", "date", "direction", "negation", "quantifier", "modality", "entity"]


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    claim_text: str
    evidence_text: str
    explanation: str


@dataclass(frozen=True)
class Marker:
    """A matched marker: its scale (or axis / class), level, text and span in the source text."""

    scale: str
    level: float  # (a quantifier may sit between two levels: "bijna alle" 3.5)
    text: str
    start: int
    end: int


# --------------------------------------------------------------------------- text helpers


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    d = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)).lower()
    return d if len(d) == 1 else c.lower()


def find_word(word: str, text: str, flags: int = re.I) -> re.Match[str] | None:
    """`word` as a whole word of `text` (not inside a longer or hyphenated word)."""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, flags)


@lru_cache(maxsize=8192)
def fold_same_length(text: str) -> str:
    """Lowercase without accents, one character for one character (offsets stay valid). Memoised: a claim check folds
    the same evidence sentences many times."""
    return "".join(map(_fold_char, text)).replace("’", "'").replace("‘", "'")


def stems(text: str) -> set[str]:
    """Content stems of a text (stopwords and numbers left out)."""
    return {t for t in tokenize(text, "dutch") if not t.isdigit()}


CLAUSE = re.compile(r"[,;:]|[?!](?!['’\"”]\s+(?-i:[a-zà-ÿ]))|\((?![^()\s]{1,15}\)\w)|\)(?!\w)|\s[–—-]\s|\s(?:en|maar|terwijl|omdat|want|doch|echter|zodat|waardoor|om|als|wanneer|indien|tenzij)\s", re.I)
SUBORDINATE = re.compile(r"(?<![\w-])(?:als|wanneer|indien|tenzij|zodra|omdat|doordat|hoewel|ofschoon|waar(?:voor|in|bij|op|mee|door|aan|van|over|uit))\b[^,;:()]*", re.I)
SENTENCE_CLAUSE = re.compile(CLAUSE.pattern + r"|\.\s", re.I)  # clauses that never span two sentences
SEGMENT = re.compile(r"[;?!]|(?<!\bSt)(?<!\bbijv)(?<!\bnr)\.\s|\s(?:maar|terwijl)\s", re.I)  # ("St. Eustatius" is one name)


AUXILIARIES = "wordt|worden|werd|werden|is|zijn|was|waren|heeft|hebben|had|hadden|zal|zullen|kan|kunnen|moet|moeten|mag|mogen"
FINITE_START = re.compile(rf"\s*(?:{AUXILIARIES})\b", re.I)


# "het is (niet) ... om ... te": the "om" clause is the subject of the clause before ("In Nederland is het niet strafbaar
# om zonder toestemming deepnudes te maken" negates the making's being punishable), so the two are one clause
EXTRAPOSED = re.compile(r"(?<![\w-])(?:het\s+(?:is|was|wordt|werd|blijft)|(?:is|was|wordt|werd|blijft)\s+het)(?![\w-])"
                        r"|(?<![\w-])het\s+(?:[^\s,;]+\s+){1,5}?(?:is|was|wordt|werd|blijft)\s*$", re.I)  # ("dat het ... strafbaar is om")


# A clause put first with its conjunction: the finite verb after its comma opens the main clause ("Aangezien de open data
# vrij te downloaden is, is het niet mogelijk ...")
LEADING_SUBCLAUSE = re.compile(r"\s*(?:aangezien|omdat|doordat|hoewel|zodra|nadat|voordat|zolang)(?![\w-])", re.I)


def spans(text: str, splitter: re.Pattern[str] = CLAUSE) -> list[tuple[int, int]]:
    """Spans of the clauses of a text; a clause with fewer than two content stems joins the previous one, and
    so does a clause that starts with a finite verb ("Subsidies die al lopen, worden niet geraakt") or an extraposed
    "om" clause (EXTRAPOSED), unless the clause before is a subclause put first (LEADING_SUBCLAUSE)."""
    out: list[tuple[int, int]] = []
    start, after_comma, contrast, extraposed = 0, False, False, False
    for m in list(splitter.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        if text[start:end].strip():
            finite_first = after_comma and FINITE_START.match(text[start:end])  # (then, only then, is the clause before read)
            subject_before = (finite_first and not (out and LEADING_SUBCLAUSE.match(text, out[-1][0]))) or extraposed
            if out and not contrast and (len(stems(text[out[-1][0] : out[-1][1]])) < 2 or subject_before):
                out[-1] = (out[-1][0], end)
            elif out and len(stems(text[start:end])) < 2:
                out[-1] = (out[-1][0], end)
            else:
                out.append((start, end))
        extraposed = bool(m) and m.group(0).strip().lower() == "om" and bool(EXTRAPOSED.search(text[start:end]))
        start = m.end() if m else len(text)
        after_comma = bool(m) and m.group(0) == ","
        contrast = bool(m) and m.group(0).strip().lower() in ("maar", "terwijl", "doch", "echter")
    return out or [(0, len(text))]


def span_of(pos: int, parts: list[tuple[int, int]]) -> tuple[int, int]:
    """The part that contains position `pos`."""
    return next(((s, e) for s, e in parts if s <= pos < e), parts[-1] if parts else (0, 0))


def context(text: str, marker: Marker) -> set[str]:
    """Content stems of the clause around a marker, without the marker's own words."""
    s, e = span_of(marker.start, spans(text))
    words = marker.text.split()
    own = stems(" ".join(words[:1] + words[-1:]))  # a separable verb's object stays
    clause = stems(text[s:e]) - own
    if len(clause) >= 2:
        return clause
    a, b = span_of(marker.start, sentence_spans(text))
    sentence = stems(text[a:b]) - own
    return sentence if len(sentence) >= 2 else stems(text) - own  # the marker's sentence, not another one beside it


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of a text (split after . ! ? and a space)."""
    starts = [0] + [m.end() for m in re.finditer(r"(?<=[.!?])\s+(?=\S)", text)]
    return [(a, b) for a, b in zip(starts, starts[1:] + [len(text)])]


def find_markers(text: str, table: list[tuple[str, int, str]], mask_quotes: bool = False) -> list[Marker]:
    """Markers of a lexicon [(scale, level, regex on folded text)], longest match first, not overlapping."""
    folded = fold_same_length(text)
    if mask_quotes:
        folded = mask(folded, QUOTED)
    matches = [
        (m.start(), m.end(), scale, level)
        for scale, level, pattern in table
        for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", folded)
    ]
    found: list[Marker] = []
    for s, e, scale, level in sorted(matches, key=lambda x: (x[0] - x[1], x[0])):
        if all(e <= f.start or s >= f.end for f in found):
            found.append(Marker(scale, level, text[s:e], s, e))
    return sorted(found, key=lambda f: f.start)


def mask(text: str, pattern: re.Pattern[str]) -> str:
    """Replace matches with spaces, keeping offsets."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def overlap(a: set[str], b: set[str]) -> tuple[int, float]:
    """Shared stems, then the Jaccard ratio to break ties in favour of the tighter clause."""
    shared = len(a & b)
    return (shared, shared / len(a | b) if a | b else 0.0)


def best_aligned(claim: str, cm: Marker, evidence: str, candidates: list[Marker]) -> list[Marker]:
    """The evidence markers whose clause shares most content stems with the claim marker's clause
    (at least one); several when they tie."""
    claim_ctx = context(claim, cm) or stems(claim)
    scored = [(overlap(claim_ctx, context(evidence, em)), em) for em in candidates]
    top = max((s for s, _ in scored), default=(0, 0.0))
    if top[0] == 0 and candidates:  # a clause cut at a coordination ("rechten van vrouwen en lhbtiq+ personen toereikend"):
        claim_ctx = stems(claim) - stems(cm.text)  # the whole claim, when it shares at least two stems
        scored = [(overlap(claim_ctx, context(evidence, em)), em) for em in candidates]
        top = max(s for s, _ in scored)
        return [em for s, em in scored if s == top and top[0] >= 2]
    return [em for s, em in scored if s == top and top[0] > 0]


TIME_WORD = re.compile(r"\d[\d-]*|tussen|sinds|vanaf|tot|en|in|na|jaar|jaren|periode", re.I)  # a period says no object


SOURCE_PHRASE = re.compile(r"(?<![\w-])volgens\s+(?:de|het|haar|hun)?\s*[\w-]+", re.I)


def object_in(claim: str, cm: Marker, evidence: str, reach: int = 4) -> bool:
    """The evidence has a content word of what a clause-final marker is about: the words right before it in its clause
    (Dutch puts the verb last: "waarvan bewezen is dat ze mediawijsheid en digitale weerbaarheid vergroten"). True when
    the marker does not end its clause (a main-clause verb: the words before it are its subject) or has no such words."""
    parts = spans(claim)
    s, e = span_of(cm.start, parts)
    if stems(claim[cm.end : e]):
        return True
    if len(stems(claim[s : cm.start])) < 2 and (s, e) != parts[0]:
        s = parts[parts.index((s, e)) - 1][0]  # "... dat homoseksualiteit normaal vindt tussen 2021 en | 2023 flink gestegen"
    # a separable verb holds its object: "bouwt de capaciteit van het ECAD-P af" (not an attribution: "loopt volgens de
    # nota terug")
    inside = SOURCE_PHRASE.sub(" ", " ".join(cm.text.split()[1:-1])).split()
    before = [w for w in re.findall(r"[\w-]+", claim[s : cm.start]) if not TIME_WORD.fullmatch(w)]  # "tussen 2012 en 2023"
    words = stems(" ".join(before[-reach:] + inside))
    return not words or loose_shared(words, stems(evidence)) > 0


EXTRA = re.compile(r"^(?:extra|aanvullend\w*)\s", re.I)
MONEY_NOUNS = r"geld|middelen|budget|financiering|investering\w*|subsidie\w*"  # (what "extra" money is called: DIRECTION's "size")
MONEY = re.compile(rf"(?<![\w-])(?:{MONEY_NOUNS}|budget\w*|financi\w+|bedrag\w*|euro|miljoen|miljard|bezuinig\w*)(?![\w-])", re.I)


def own_object_in(marker: Marker, claim: str) -> bool:
    """A marker that names what grows ("extra geld", "aanvullende capaciteit") is about that, which the claim must name
    too (money by any of its words: "Het budget ... werd verlaagd")."""
    if not EXTRA.match(marker.text):
        return True
    if MONEY.search(marker.text):
        return MONEY.search(claim) is not None
    return fuzzy_shared(stems(marker.text.split()[-1]), stems(claim)) > 0


RATHER_THAN = re.compile(r"\b(?:eerder|liever|veeleer)\b[^,;.]{0,60}\bdan\s+$", re.I)


def rather_than(text: str, marker: Marker) -> bool:
    """The marker is what the text denies: "eerder afnemen dan toenemen" says it falls, not that it rises."""
    return RATHER_THAN.search(text[max(0, marker.start - 80) : marker.start]) is not None


def word_after(text: str, marker: Marker) -> set[str]:
    """Stems of the first content word right after a marker (of the next two words), with their synonyms."""
    for word in text[marker.end :].split()[:2]:
        if found := stems(word):
            return found.union(*(g for g in synonym_groups() if found & g))
    return set()


def same_word_after(mine: set[str], evidence: str, aligned: list[Marker]) -> list[Marker]:
    """Of several aligned evidence markers, the ones before the word (`mine`, `word_after`) the claim's marker stands
    before ("een kleiner deel" against "een groter deel ... in minder goede gezondheid": "groter deel"), else all."""
    if len(aligned) < 2 or not mine:
        return aligned
    return [em for em in aligned if word_after(evidence, em) & mine] or aligned


def scale_conflict(
    claim: str, evidence: str, lexicon: list[tuple[str, int, str]], clash: Callable[[int, int], bool], kind: ConflictKind,
    describe: Callable[[Marker, Marker], str], says_nothing: Callable[[str, Marker], bool] = rather_than,
    negated_both: bool = False,
) -> Conflict | None:
    """Generic detector: a claim marker and the best-aligned evidence marker(s) of the same scale clash. A claim marker
    for which `says_nothing(claim, marker)` holds neither clashes nor agrees (by default, what "eerder X dan Y" denies).
    Markers under a negation are left out, or with `negated_both` they are the only ones compared ("geen enkele man"
    against "geen enkele vrouw")."""
    all_claim = [m for m in find_markers(claim, lexicon) if not says_nothing(claim, m)]
    claim_markers = [m for m in all_claim if negated(claim, m) == negated_both]
    # (not what others can or want to do in a relative clause the claim has too: "een aanpak, waarmee gemeenten vrouwen
    # kunnen helpen" against "een aanpak ... waarmee gemeenten vrouwen begeleiden")
    ev_markers = [m for m in find_markers(evidence, lexicon) if negated(evidence, m) == negated_both and not shared_relative_wish(claim, evidence, m)]
    claim_spans, ev_spans = spans(claim), spans(evidence)
    for cm in claim_markers:
        same_scale = [em for em in ev_markers if em.scale == cm.scale]
        mine_after = word_after(claim, cm)
        aligned = same_word_after(mine_after, evidence, best_aligned(claim, cm, evidence, same_scale))
        if not aligned or not all(clash(cm.level, em.level) for em in aligned):
            continue
        if kind == "direction" and not object_in(claim, cm, evidence):
            continue  # what the claim says grows or shrinks is not in the evidence: its direction is about something else
        if kind == "direction" and not own_object_in(aligned[0], claim):
            continue  # "extra geld" grows money, not the street harassment the claim says fell
        # the claim's own clause and the aligned evidence clause(s) must not also say the claim's way
        # ("korter dan mannen, maar ... minder goede gezondheid": "minder" is about something else)
        # (another claim marker agrees with the evidence when its clause is at least as close to the evidence clause)
        aligned_clauses = {span_of(em.start, ev_spans) for em in aligned}
        mine = overlap(context(claim, cm), context(evidence, aligned[0]))
        claim_agrees = any(not clash(o.level, em.level) and overlap(context(claim, o), context(evidence, em)) >= mine
                           for o in all_claim if o.scale == cm.scale and o != cm for em in aligned)
        by_word = bool(mine_after) and all(word_after(evidence, em) & mine_after for em in aligned)
        evidence_agrees = any(not clash(cm.level, o.level) for o in same_scale if span_of(o.start, ev_spans) in aligned_clauses
                              and (not by_word or word_after(evidence, o) & mine_after)  # (of the same word, when it has one)
                              and not later_relative(evidence, aligned[0], o))
        if not claim_agrees and not evidence_agrees:
            return Conflict(kind, cm.text, aligned[0].text, describe(cm, aligned[0]))
    return None


def later_relative(text: str, marker: Marker, other: Marker) -> bool:
    """`other` belongs to a relative clause after `marker`: "moeten scholen zich aansluiten bij een klachtencommissie die
    kan adviseren" says what the commission can do, not that the schools may choose."""
    return other.start > marker.end and RELATIVE_CLAUSE_START.search(fold_same_length(text[marker.end : other.start])) is not None


# --------------------------------------------------------------------------- number


BOUND_LOW = re.compile(r"(?:meer dan|minstens|ten minste|minimaal|boven de|over de)\s+$", re.I)
BOUND_HIGH = re.compile(r"(?:minder dan|nog geen|net geen|nog niet(?: eens)?|hooguit|maximaal|ten hoogste|niet meer dan|onder de|tot)\s+$", re.I)
FROM_TO = re.compile(r"(?<![\w-])van\s+(?:ruim\s+|bijna\s+|circa\s+)?[\d€][^,;:]{0,30}\s(?:tot|naar)\s+$", re.I)
SLIGHTLY_ABOVE = re.compile(r"(?:ruim|dik|iets meer dan)\s+$", re.I)
SLIGHTLY_BELOW = re.compile(r"(?:bijna|krap|nagenoeg|iets minder dan|tegen de)\s+$", re.I)
ONE_UNIT = re.compile(r"(?<![\w-])(?:één|een)(?=\s+(?:jaar|maand|week|dag|uur|keer)\b)", re.I)


OPEN_BOUND_REACH = 2.0  # a source's "meer dan 10" vouches for up to twice the bound, not for "ruim dertig"


def words_before(v: Value, text: str) -> str:
    """The 20 characters before a value, where its bound or hedge is written ("meer dan", "ruim")."""
    return text[max(0, v.start - 20) : v.start]


def value_range(v: Value, text: str, source: bool = False) -> tuple[float, float]:
    """The values a written value allows: "meer dan 20" -> (20, inf), "bijna 3000" -> (2700, 3300). In the source
    (`source`) an open lower bound reaches up to twice its value: "meer dan tien bedrijven" does not say thirty."""
    if (magnitude := magnitude_range(v)) is not None:
        return magnitude
    before = words_before(v, text)
    if FROM_TO.search(text[max(0, v.start - 45) : v.start]):
        return (v.value, v.value)  # "van 14% tot 28%": the end of a change, no bound
    if BOUND_LOW.search(before):
        return (v.value, v.value * OPEN_BOUND_REACH if source and v.value > 0 else float("inf"))
    if BOUND_HIGH.search(before):
        return (float("-inf"), v.value)
    if SLIGHTLY_ABOVE.search(before):
        return (v.value, v.value * 1.2)
    if SLIGHTLY_BELOW.search(before):
        return (v.value * 0.85, v.value)
    if v.approximate:
        return (v.value * 0.9, v.value * 1.1) if v.value >= 0 else (v.value * 1.1, v.value * 0.9)
    return (v.value, v.value)


def unit_of(v: Value, text: str) -> set[str]:
    """Content stems of the two words after a count ("20 lidstaten" -> {"lidstat"}); empty for other kinds."""
    if v.kind != "number":
        return set()
    return stems(" ".join(text[v.end :].split()[:2]))


def with_unit(v: Value, text: str) -> str:
    """A count with the word after it ("20 lidstaten") and its bound ("minder dan 25 procent"), for explanations."""
    # (not a preposition or an article: "naar 2745 in 2024" names no "in")
    m = re.match(r"\s+(?!(?:in|op|van|voor|bij|naar|tot|met|uit|en|of|de|het|een|per|tegen)(?![\w-]))([^\W\d][\w-]*)", text[v.end :]) if v.kind == "number" else None
    counted = f"{v.text} {m.group(1)}" if m else v.text
    # (the bound's words, or the hedge's when it has none: "ruim een kwart")
    words_of = {"low": BOUND_LOW, "high": BOUND_HIGH} if bound(v, text) else {"low": SLIGHTLY_ABOVE, "high": SLIGHTLY_BELOW}
    pattern = words_of.get(side(v, text))
    words = pattern.search(text[max(0, v.start - 20) : v.start]) if pattern else None
    return words.group(0).lower() + counted if words else counted


def units_differ(a: set[str], b: set[str]) -> bool:
    if not a or not b or a & b or any(g & a and g & b for g in UNIT_GROUPS) or synonymous(a, b):
        return False  # (synonyms count the same things: "studies", "onderzoeken")
    return not any(x.endswith(y) or y.endswith(x) for x in a for y in b)


# Counted nouns that count the same things ("twaalf EU-landen" against "twintig lidstaten", "65 gemeenten" against
# "56 steden"), as the stems `unit_of` gives them (derived, so that they follow the stemmer: written by hand, the
# group's stems had drifted from it)
UNIT_GROUPS = tuple(frozenset(stems(words)) for words in ("land landen lidstaat lidstaten", "gemeente gemeenten stad steden"))
MONTHS_PER = {"jaar": 12.0, "maand": 1.0}


def in_months(v: Value, text: str) -> float | None:
    """A duration in months ("twee jaar" -> 24, "36 maanden" -> 36); None for anything else."""
    unit = unit_of(v, text)
    per = next((MONTHS_PER[u] for u in unit if u in MONTHS_PER), None)
    return v.value * per if per is not None and v.kind == "number" else None


def numeric_values(text: str) -> list[Value]:
    """Counts, percentages, amounts and ordinals (years and dates are for `detect_date`); ordinals that are
    part of a name ("Tweede Kamer") are left out; "een jaar" counts as 1."""
    values = [v for v in extract_values(text) if v.kind in ("number", "percentage", "amount", "ordinal") and not (v.kind == "ordinal" and v.text[:1].isupper() and v.start > 0)]
    values = [v for v in values if not (v.kind == "number" and text[max(0, v.start - 1) : v.start] == "(" and text[v.end : v.end + 1] == ")")]  # "(3)" numbers a list item
    for m in ONE_UNIT.finditer(text):
        if all(m.end() <= v.start or m.start() >= v.end for v in values):
            approx = bool(re.search(r"(?:ongeveer|circa|ca\.|zo'n|zo’n|rond|bijna|ruim)\s+$", text[max(0, m.start() - 12) : m.start()], re.I))
            values.append(Value("number", m.group(0), 1.0, m.start(), m.end(), approx))
    return sorted(values, key=lambda v: v.start)


def bound(v: Value, text: str) -> str | None:
    """"low" for "meer dan 25", "high" for "minder dan 25", None for a value without a bound."""
    before = words_before(v, text)
    return "low" if BOUND_LOW.search(before) else "high" if BOUND_HIGH.search(before) else None


def side(v: Value, text: str) -> str | None:
    """The side of the value the text puts it on: "low" for a floor ("meer dan 25", "ruim 25"), "high" for a ceiling
    ("minder dan 25", "bijna 25"), None for an exact value."""
    before = words_before(v, text)
    return bound(v, text) or ("low" if SLIGHTLY_ABOVE.search(before) else "high" if SLIGHTLY_BELOW.search(before) else None)


def above(v: Value, text: str) -> bool:
    """A floor: "meer dan 20.000", "ruim 20.000"."""
    return side(v, text) == "low"


def consistent(cv: Value, claim: str, ev: Value, evidence: str) -> bool:
    """Same value after normalisation, or ranges that overlap ("meer dan 20" and "25"); not the same value bounded
    the other way ("meer dan 25 procent" against "minder dan 25 procent"), nor another bound the same way ("minder
    dan 15 procent" against "minder dan 25 procent")."""
    if loosely_equal(cv, ev) or same_value(cv, ev):
        # (a hedge puts the value on one side too: "ruim een kwart" against "minder dan 25 procent")
        return {side(cv, claim), side(ev, evidence)} != {"low", "high"} or {bound(cv, claim), bound(ev, evidence)} == {None}
    if bound(cv, claim) is not None and bound(cv, claim) == bound(ev, evidence):
        return False  # "minder dan 15 procent" against "minder dan 25 procent": the source's bound misquoted
    if above(cv, claim) and above(ev, evidence):
        return False  # "ruim dertigduizend" against "meer dan 20.000": another floor
    if any(p.search(words_before(cv, claim)) and p.search(words_before(ev, evidence)) for p in (SLIGHTLY_ABOVE, SLIGHTLY_BELOW)):
        return False  # "bijna 90 procent" against "bijna 80%": the same hedge on another figure
    (a, b), (c, d) = value_range(cv, claim), value_range(ev, evidence, source=True)
    return a <= d + 1e-9 and c <= b + 1e-9


# (read on the folded claim: "zo'n tweehonderd meldingen en aangiften méér")
DIFFERENCE = re.compile(r"(?:\s+(?!dan\b)[^\s,;.]+){0,4}?\s+(?:meer|minder|extra|erbij)(?![\w-])", re.I)  # ("tweehonderd meldingen en aangiftes meer")


POINTS = re.compile(r"procentpunt", re.I)  # a change of a share, in percentage points
TIMES_AS_MANY = re.compile(r"\s+keer\s+(?:zo\s*veel|zoveel|zo\s+vaak|zo\s+groot|meer)\b", re.I)  # a ratio, said by a rise in percent
TIMES_MARGIN = 0.5


# The group a figure is of, right after it: "8% van de vrouwelijke gediplomeerden (t.o.v. 49% van de mannen)"
GROUP_AFTER = re.compile(r"^\s*(?:[^\s,;.()]+\s+){0,3}?(?P<sex>vrouw\w*|meisjes|meiden|mannen|mannelijke?|jongens)(?![\w-])", re.I)


# ... or the group named first ("van de mannen zijn dat er maar twee op de tien", "bij mannen is dat 49%")
GROUP_BEFORE = re.compile(r"(?<![\w-])(?:van|bij|onder|voor)\s+(?:de\s+)?(?P<sex>vrouwen|meisjes|meiden|mannen|jongens)\s+"
                          r"(?:(?:is|zijn|was|waren|ligt|lag|gaat|ging)\s+)?(?:(?:dat|dit|het)\s+)?(?:(?:er|maar|slechts|nog|ruim|bijna|zo['’]n)\s+){0,2}$", re.I)


def sex_after(text: str, v: Value) -> str | None:
    """"f" or "m" for a figure said of women or of men (GROUP_AFTER, GROUP_BEFORE), else None."""
    m = GROUP_AFTER.match(text[v.end :]) or GROUP_BEFORE.search(text[max(0, v.start - 60) : v.start])
    return None if m is None else ("f" if re.match(r"vrouw|meisje|meiden", m.group("sex"), re.I) else "m")


def other_groups_figure(cv: Value, claim: str, evidence: str, ev_values: list[Value], same_kind: list[Value]) -> Conflict | None:
    """The claim's figure is the evidence's figure of the other sex, and the evidence gives the claim's sex another:
    "bijna de helft van de vrouwelijke afgestudeerden" against "8% van de vrouwelijke gediplomeerden (t.o.v. 49% van de
    mannen)"."""
    mine = sex_after(claim, cv)
    if mine is None:
        return None
    agreeing = [ev for ev in ev_values if (comparable(cv, ev) or loosely_equal(cv, ev)) and consistent(cv, claim, ev, evidence)]
    if not agreeing or any(sex_after(evidence, ev) in (None, mine) for ev in agreeing):
        return None
    own = [ev for ev in same_kind if sex_after(evidence, ev) == mine and not consistent(cv, claim, ev, evidence)]
    if not own:
        return None
    return Conflict("number", cv.text, own[0].text,
                    f"De bewering noemt {with_unit(cv, claim)}, maar de bron noemt {with_unit(own[0], evidence)}; "
                    f"{with_unit(agreeing[0], evidence)} is het cijfer van de andere groep.")


def times_said(cv: Value, claim: str, values: list[Value], evidence_values: list[Value]) -> Value | None:
    """For "N keer zoveel / zo vaak" (TIMES_AS_MANY), the value that says that ratio: a rise in percent among `values`
    ("141%" for "ruim twee keer zoveel") or the larger of two of the evidence's values of a kind whose ratio it is ("47%"
    against "17%" for "bijna drie keer zo vaak"); None for any other value."""
    if not TIMES_AS_MANY.match(claim, cv.end):
        return None
    rise = next((v for v in values if v.kind == "percentage" and abs(1 + v.value / 100 - cv.value) <= TIMES_MARGIN), None)
    return rise or next((a for a in evidence_values for b in evidence_values if a.kind == b.kind and a.kind in ("percentage", "number")
                         and a is not b and b.value > 0 and a.value > b.value and abs(a.value / b.value - cv.value) <= TIMES_MARGIN), None)


def years_named(text: str) -> set[str]:
    """The years a text names, as written ("2023")."""
    return set(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text))


# a figure with its year in brackets: "gedaald van 63% (2021) naar 43% (2023)"
YEAR_BRACKETED = re.compile(r"\s*\(((?:19|20)\d\d)\)")


def year_paired(claim: str, evidence: str) -> Conflict | None:
    """The claim's share given for a year (its only one) that the evidence gives another share for, the claim's share
    being the evidence's share of another year: "In 2023 vond nog 63% ..." against "van 63% (2021) naar 43% (2023)"."""
    years = years_named(claim)
    shares = [v for v in numeric_values(claim) if v.kind == "percentage"]
    if len(years) != 1 or len(shares) != 1:
        return None  # (both shares named, "43%, terwijl dat in 2021 nog 63% was", pair themselves)
    (year,) = years
    dated = [(v, m.group(1)) for v in numeric_values(evidence) if v.kind == "percentage"
             and (m := YEAR_BRACKETED.match(evidence, v.end))]
    ours = next((v for v, y in dated if y == year), None)
    if ours is None or len(dated) < 2:
        return None
    for cv in shares:
        if not same_value(cv, ours) and any(y != year and same_value(cv, v) for v, y in dated):
            return Conflict("number", cv.text, ours.text, f"De bewering noemt {cv.text} voor {year}, maar de bron noemt {ours.text} ({year}).")
    return None


YEAR_AFTER = re.compile(r"\s+(?:[^\s\d.,;]+\s+){0,2}?(?:in\s+)?((?:19|20)\d\d)(?!\d)")  # "2745 in 2024", "2545 meldingen in 2023"


def of_the_claims_year(candidates: list[Value], claim: str, evidence: str) -> Value | None:
    """The first of the evidence's figures said for the claim's year ("naar 2745 in 2024" for a claim on 2024, not "van
    2545 meldingen in 2023"), or None."""
    years = years_named(claim)
    return next((v for v in candidates if (m := YEAR_AFTER.match(evidence, v.end)) and m.group(1) in years), None)


def detect_number(claim: str, evidence: str, aliases: AliasTable | None = None) -> Conflict | None:
    """A count, percentage, amount or ordinal of the claim that differs from every comparable value of the evidence."""
    if (paired := year_paired(claim, evidence)) is not None:
        return paired
    ev_values = numeric_values(evidence)
    claim_values = numeric_values(claim)
    for cv in claim_values:
        if ((DIFFERENCE.match(fold_same_length(claim), cv.end) or POINTS.search(cv.text))
                and any(abs(abs(a.value - b.value) - cv.value) < 1e-6 for a in ev_values for b in ev_values)):
            continue  # "tweehonderd meer dan een jaar eerder", "met twintig procentpunt gezakt": the difference of two of the evidence's values
        if times_said(cv, claim, claim_values + ev_values, ev_values) is not None:
            continue  # "ruim twee keer zoveel meldingen" is "een stijging van 141%"; "bijna drie keer zo vaak" is "17% versus 47%"
        shares = [ev for ev in ev_values if ev.kind == "percentage"]
        if TIMES_AS_MANY.match(claim, cv.end) and len(shares) == 2 and min(s.value for s in shares) > 0:
            high, low = sorted(shares, key=lambda v: -v.value)
            return Conflict("number", cv.text, high.text, f"De bewering noemt {cv.text} keer zoveel, maar de bron noemt {high.text} tegen {low.text}.")
        months = in_months(cv, claim)
        durations = [(ev, m) for ev in ev_values if (m := in_months(ev, evidence)) is not None] if months is not None else []
        if durations and not any(unit_of(cv, claim) & unit_of(ev, evidence) for ev, _m in durations):
            if any(abs(m - months) < 1e-6 for _ev, m in durations):
                continue  # "twee jaar" is "24 maanden"
            ev = durations[0][0]
            return Conflict("number", cv.text, ev.text,
                            f"De bewering noemt {with_unit(cv, claim)}, maar de bron noemt {with_unit(ev, evidence)}.")
        unit = unit_of(cv, claim)
        same_kind = [ev for ev in ev_values if comparable(cv, ev) and not units_differ(unit, unit_of(ev, evidence))]
        if cv.text.lower() in ("een", "één"):
            same_kind = [ev for ev in same_kind if unit & unit_of(ev, evidence)]
        same_kind = [ev for ev in same_kind if ev.text.lower() not in ("een", "één") or unit & unit_of(ev, evidence)]
        if (other := other_groups_figure(cv, claim, evidence, ev_values, same_kind)) is not None:
            return other
        if not same_kind or any(consistent(cv, claim, ev, evidence) for ev in ev_values if comparable(cv, ev) or loosely_equal(cv, ev)):
            continue
        same_unit = [ev for ev in same_kind if unit and unit & unit_of(ev, evidence)]
        ev = of_the_claims_year(same_kind, claim, evidence) or (same_unit or same_kind)[0]
        c_text, e_text = with_unit(cv, claim), with_unit(ev, evidence)
        return Conflict("number", cv.text, ev.text, f"De bewering noemt {c_text}, maar de bron noemt {e_text}.")
    return None


# --------------------------------------------------------------------------- date and period

MONTH_NAMES = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
MONTH_NUMBER = {m: i + 1 for i, m in enumerate(MONTH_NAMES.split("|"))}
QUALIFIER = r"begin|eind|einde|medio|halverwege|midden|voorjaar|zomer|najaar|winter"
QUALIFIER_MONTH = {"begin": 1, "eind": 12, "einde": 12}
SEASON_MONTHS = {"voorjaar": (3, 5), "zomer": (6, 8), "najaar": (9, 11),  # "het najaar van 2024" is not "5 juni 2024"
                 "medio": (6, 7), "halverwege": (6, 7), "midden": (6, 7)}  # "medio 2025" is not "eind 2025"
TIME = (rf"(?:(?:(?:{QUALIFIER})\s+(?:van\s+)?)?(?:(?:\d{{1,2}}\s+)?(?:{MONTH_NAMES})\s+)?(?:19|20)\d\d(?![\d.,]\d)(?![^\W\d_])"
        rf"|\d{{1,2}}\s+(?:{MONTH_NAMES})\b)")
MONTH_ONLY = rf"(?:{MONTH_NAMES})"
RANGE = re.compile(
    rf"(?:(?P<kw>van|vanaf|tussen|periode)\s+)?(?P<a>{TIME}|{MONTH_ONLY})\s*(?P<sep>tot\s+en\s+met|t/m|tot|en|-|–|—)\s*(?P<b>{TIME})", re.I
)
START = re.compile(rf"(?:vanaf|sinds|per|met\s+ingang\s+van|m\.i\.v\.)\s+(?P<a>{TIME})", re.I)
# (also a verb of ending before the time: "de subsidieronde sluit al eind 2025", "het programma loopt af in 2026")
END_ADVERB = r"(?:(?:al|pas|dus|dan|officieel|formeel)\s+)?"
END_PREPOSITION = r"(?:in\s+|op\s+|per\s+|rond\s+)?"
END = re.compile(rf"(?:(?:tot\s+en\s+met|t/m|tot|uiterlijk(?:\s+in|\s+op)?|vóór|voor)\s+"
                 rf"|(?:sluit|sluiten|sloot|eindigt|eindigen|eindigde|stopt|stoppen|stopte|afloopt|(?:loopt|lopen|liep)\s+af)\s+"
                 rf"{END_ADVERB}{END_PREPOSITION})(?P<b>{TIME})", re.I)
# (and the particle after the time: "de ronde liep eind 2024 al af")
END_PARTICLE = re.compile(rf"(?:loopt|lopen|liep|liepen)\s+(?:[\w-]+\s+){{0,2}}?{END_PREPOSITION}(?P<b>{TIME})\s+{END_ADVERB}af(?![\w-])", re.I)
# ("een organisatie die in 2030 of eerder voor 30% uit vrouwen bestaat": a deadline, as "uiterlijk in 2030")
END_OR_EARLIER = re.compile(rf"(?P<b>{TIME})\s+of\s+(?:eerder|vroeger|daarvoor)(?![\w-])", re.I)
POINT = re.compile(rf"(?<![\d/-])(?P<a>{TIME})", re.I)

Time = tuple[int, int, int]  # year, month (0 = unknown), day (0 = unknown)


@dataclass(frozen=True)
class Period:
    """A time interval; None is an open end. `end_exclusive` for "tot 2025" (until, maybe not including)."""

    text: str
    start: Time | None
    end: Time | None
    end_exclusive: bool = False


def parse_time(s: str) -> Time:
    """(year, month, day); "begin 2026" -> (2026, 1, 0), "eind 2025" -> (2025, 12, 0), "zomer 2025" -> (2025, 0, 0)."""
    m = re.fullmatch(rf"(?:({QUALIFIER})\s+(?:van\s+)?)?(?:(?:(\d{{1,2}})\s+)?({MONTH_NAMES})\s*)?((?:19|20)\d\d)?", s.strip(), re.I)
    if not m:
        year = re.search(r"(?:19|20)\d\d", s)
        return (int(year.group(0)) if year else 0, 0, 0)
    month = MONTH_NUMBER.get((m.group(3) or "").lower(), 0) or QUALIFIER_MONTH.get((m.group(1) or "").lower(), 0)
    return (int(m.group(4) or 0), month, int(m.group(2) or 0))


def periods(text: str) -> list[Period]:
    """Years, dates and periods in a text: ranges first, then open starts and ends, then single times."""
    found: list[tuple[int, int, Period]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b, _ in found)

    for m in RANGE.finditer(text):
        sep = re.sub(r"\s+", " ", m.group("sep").lower())
        if sep == "en" and (m.group("kw") or "").lower() != "tussen":
            continue  # "2022 en 2023" are two years, "tussen 2022 en 2023" a period
        a, b = parse_time(m.group("a")), parse_time(m.group("b"))
        if a[0] == 0 and b[0]:
            a = (b[0], a[1], a[2])  # "van mei tot en met juni 2024": the year of the end
        if not a[0] or not b[0] or a[0] > b[0] or b[0] - a[0] > 50:
            continue
        found.append((m.start(), m.end(), Period(m.group(0), a, b, end_exclusive=sep == "tot" and (m.group("kw") or "").lower() != "tussen")))
    for pattern, kind in ((START, "start"), (END, "end"), (END_PARTICLE, "end"), (END_OR_EARLIER, "end"), (POINT, "point")):
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            if kind == "start":
                p = Period(m.group(0), parse_time(m.group("a")), None)
            elif kind == "end":
                p = Period(m.group(0), None, parse_time(m.group("b")), end_exclusive=bool(re.match(rf"(?:tot|voor|vóór)\s+(?!en\s+met)(?!{QUALIFIER})", m.group(0), re.I)))
            else:
                t = parse_time(m.group("a"))
                season = SEASON_MONTHS.get(m.group("a").split()[0].lower())
                p = Period(m.group(0), (t[0], season[0], 0), (t[0], season[1], 0)) if season and t[0] else Period(m.group(0), t, t)
            found.append((m.start(), m.end(), p))
    return [p for _s, _e, p in sorted(found, key=lambda f: f[0])]


def same_time(a: Time, b: Time) -> bool:
    """Equal where both are known ("april 2025" = "15 april 2025", "2026" = "1 januari 2026")."""
    return all(x == y or x == 0 or y == 0 for x, y in zip(a, b))


def before(a: Time, b: Time) -> bool:
    """a is strictly earlier than b at the precision both have."""
    for x, y in zip(a, b):
        if x == 0 or y == 0:
            return False
        if x != y:
            return x < y
    return False


def same_end(a: Period, b: Period) -> bool:
    """Ends agree; "tot 2025" agrees with "tot en met 2025" and "tot en met 2024" (Dutch "tot" is ambiguous)."""
    assert a.end and b.end
    if same_time(a.end, b.end):
        return True
    for x, y in ((a, b), (b, a)):
        if x.end_exclusive and not y.end_exclusive and x.end[1:] == (0, 0) and y.end[0] == x.end[0] - 1:
            return True
    return False


def inside(t: Time, p: Period) -> bool:
    """A time inside a period (open ends are unbounded)."""
    after_start = p.start is None or not before(t, p.start)
    if p.end is None:
        return after_start
    return after_start and not before(p.end, t)


SEASON = re.compile(r"(?<![\w-])(?:zomer|voorjaar|najaar|herfst|winter|lente)(?![\w-])", re.I)


# Two vague times agree when their months overlap ("medio 2025" and "de zomer van 2025"; not "het voorjaar" and "de zomer")
VAGUE_TIME = re.compile(r"(?<![\w-])(?:voorjaar|zomer|najaar|medio|halverwege|midden)(?![\w-])", re.I)


def periods_agree(c: Period, e: Period) -> bool:
    """A point agrees with a period that contains it, but with a start only when it is that start (the claim's "vanaf
    2025" says when it begins); two periods agree when the starts and ends they both give are the same."""
    c_point = c.start is not None and c.start == c.end
    e_point = e.start is not None and e.start == e.end
    if c_point and e_point:
        return same_time(c.start, e.start)  # type: ignore[arg-type]
    if c_point:
        return inside(c.start, e)  # type: ignore[arg-type]
    if e_point and c.start is not None and c.end is None:
        return same_time(c.start, e.start)  # type: ignore[arg-type]  # "al vanaf 2025" is no "In 2026 kunnen ook ..."
    if e_point:
        return inside(e.start, c)  # type: ignore[arg-type]
    if VAGUE_TIME.search(c.text) and VAGUE_TIME.search(e.text) and c.start and c.end and e.start and e.end:
        return not before(c.end, e.start) and not before(e.end, c.start)  # "medio 2025" is "rond de zomer van 2025"
    for x, y in ((c, e), (e, c)):  # a deadline inside a season ("uiterlijk in de zomer van 2027", "uiterlijk juni 2027")
        if SEASON.search(x.text) and x.start and x.end and y.start is None and y.end and inside(y.end, x):
            return True
    if c.start and e.start and not same_time(c.start, e.start):
        return False
    if c.end and e.end and not same_end(c, e):
        return False
    if (c.start is None) != (e.start is None) and (c.end is None) != (e.end is None):
        return False  # "vanaf 2026" vs "tot 2026": a start against an end
    return True


# A time without a year, before or after a season or a recess ("nog voor de zomer" / "pas na de zomer")
SEASON_SIDE = re.compile(r"(?<![\w-])(?P<side>voor|vóór|na|tijdens|in)\s+(?:de|het)\s+(?P<season>zomer|zomerreces|kerst|kerstreces|jaarwisseling"
                         r"|voorjaar|najaar|herfst|winter|herfstreces|voorjaarsreces)(?![\w-])", re.I)
SIDE = {"voor": "before", "vóór": "before", "na": "after", "tijdens": "during", "in": "during"}


def season_conflict(claim: str, evidence: str) -> Conflict | None:
    """The claim puts a thing before a season or recess and the evidence after it, or the reverse."""
    ev = {m.group("season").lower(): m for m in SEASON_SIDE.finditer(evidence)}
    for m in SEASON_SIDE.finditer(claim):
        e = ev.get(m.group("season").lower())
        if e is None:
            continue
        a, b = SIDE[m.group("side").lower()], SIDE[e.group("side").lower()]
        if a != b and "during" not in (a, b):
            return Conflict("date", m.group(0), e.group(0), f"De bewering noemt ‘{m.group(0)}’, maar de bron noemt ‘{e.group(0)}’.")
    return None


def detect_date(claim: str, evidence: str, aliases: AliasTable | None = None) -> Conflict | None:
    """A year, date or period of the claim that agrees with none of those in the evidence; a time before a season
    against one after it (`season_conflict`)."""
    ev_periods = periods(evidence)
    for cp in periods(claim) if ev_periods else ():
        if any(periods_agree(cp, ep) for ep in ev_periods):
            continue
        ep = ev_periods[0]
        return Conflict("date", cp.text, ep.text, f"De bewering noemt {cp.text}, maar de bron noemt {ep.text}.")
    return season_conflict(claim, evidence) or month_conflict(claim, evidence)


# Steps of a bill or a plan that each get their own date ("in het najaar van 2025 in internetconsultatie gaan en in 2026
# worden ingediend bij uw Kamer"): a year that the evidence gives another of its steps says nothing of this one
EVENTS = (
    re.compile(r"(?<![\w-])(?:ingediend|indienen|indient|(?:dient|diende|dienen|dienden)(?!\s+te\b)|ingezonden)(?![\w-])", re.I),
    re.compile(r"(?<![\w-])(?:internetconsultatie|consultatie)(?![\w-])", re.I),
    re.compile(r"(?<![\w-])(?:in\s+werking|inwerkingtreding|van\s+kracht)(?![\w-])", re.I),
)
YEAR_WORD = re.compile(r"(?<![\w/-])(?:19|20)\d\d(?![\w/-])")


def event_date_conflict(claim: str, evidence: str) -> Conflict | None:
    """The claim dates a step (EVENTS) in a year that the evidence gives to another step, while it dates this step in
    another year: "dient het wetsvoorstel nog in 2025 in" against "in 2025 in internetconsultatie gaan en in 2026 worden
    ingediend". (Not one of the DETECTORS: `rag.claims.window_conflict` asks it once, of the window and the sentences
    beside it.)"""
    clauses = [evidence[a:b] for a, b in spans(evidence)]
    for a, b in spans(claim):  # (the claim's clause that dates the step: "gaat in consultatie, waarna het in 2026 naar de Kamer gaat")
        years = {m.group(0) for m in YEAR_WORD.finditer(claim[a:b])}
        if len(years) != 1:
            continue
        (year,) = years
        for event in EVENTS:
            if not event.search(claim[a:b]):
                continue
            dated = [c for c in clauses if event.search(c) and YEAR_WORD.search(c)]
            if dated and not any(year in c for c in dated) and any(year in c for c in clauses if not event.search(c)):
                other = YEAR_WORD.search(dated[0]).group(0)
                return Conflict("date", year, other, f"De bewering noemt {year}, maar de bron noemt {other}.")
    return None


MONTH_NAME = re.compile(rf"(?<![\w-])(?:{'|'.join(MONTHS)})(?![\w-])")


def month_conflict(claim: str, evidence: str) -> Conflict | None:
    """A month the claim names without a year ("in maart") where the evidence names only other months ("van 16 april jl.")."""
    mine = {m.group(0) for m in MONTH_NAME.finditer(fold_same_length(claim))}
    theirs = [m.group(0) for m in MONTH_NAME.finditer(fold_same_length(evidence))]
    if not mine or not theirs or mine & set(theirs):
        return None
    said = sorted(mine)[0]
    return Conflict("date", said, theirs[0], f"De bewering noemt {said}, maar de bron noemt {theirs[0]}.")


# --------------------------------------------------------------------------- negation with scope

# (also the idioms that say "not affected" without "niet": "blijven buiten schot", "laat ... ongemoeid", "ontsnapt aan de
# bezuinigingen", "wordt gespaard", "ontzien")
NEGATOR = re.compile(r"(?<![\w-])(?:geen\s+enkele?|niet|geen|nooit|niets|niks|nergens|niemand|allerminst|buiten\s+schot|ongemoeid|onaangetast"
                     r"|ontbreekt|ontbreken|ontbrak|ontbraken"  # "in zes op de tien besturen ontbreekt een vrouw": zit geen vrouw
                     r"|(?:ontsnap|ontkom|ontkwam)\w*\s+aan|gespaard|ontzien|ontziet"
                     # left out: "is transitieverlof buiten beschouwing gebleven", "vallen vrouwen buiten de boot"
                     r"|buiten\s+beschouwing|buiten\s+de\s+boot)(?![\w-])")
QUOTED = re.compile(r"‘[^’]{1,120}’|“[^”]{1,120}”|\"[^\"]{1,120}\"|(?<!\w)'[^'\n]{2,120}'(?!\w)|'[^'\n]{2,120}'(?!\w)")
NUMBER_WORDS = r"(?:\d|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|duizend|kwart|helft|derde|vijfde|tiende)"
# A character of the same clause: no punctuation, and no word that opens a clause
WITHIN_CLAUSE = r"(?:(?!\b(?:om|te|dat|die|als|wanneer|omdat|indien|waarbij|wie)\b)[^,.;])"
LITOTES_ON = r"on(?!t|der|geveer)"  # the "on-" of a word's opposite (not "ont-", "onder", "ongeveer")
# No friend of something: "is geen voorstander van", "is er niet positief over" (a stance against, DIRECTION's)
NO_FRIEND = r"geen\s+voorstander\w*|niet\s+positief\s+over"
NOT_NEGATION = re.compile(
    r"(?<![\w-])(?:"
    r"niet\s+(?:alleen|enkel|uitsluitend|slechts|alle|elke|iedere|ieder|elk|iedereen|altijd(?!\s+(?:meer|nog)\b)(?!\s+(?:[a-z]+\s+){1,2}meer\s*(?:[.,;]|$)))"  # "niet alleen ... (maar ook)" negates exclusivity, not the predicate
    r"|niet\s+(?:speciaal|specifiek|puur|exclusief)(?=\s+(?:gericht|bedoeld|voor|op)\b)"  # ("niet speciaal voor jonge mannen": nor does this)
    # double negation: "had nooit gekund zonder" (not across a clause's start: "niet strafbaar om zonder toestemming ...")
    rf"|(?:niet|nooit|geen)\b{WITHIN_CLAUSE}{{0,60}}?\bzonder"
    rf"|\bzonder\b{WITHIN_CLAUSE}{{0,90}}?\bnooit\b"  # "wat zonder hun inzet nooit was gelukt"
    # an attribute of a noun: "een andere, niet in voorstaande termen genoemde seksuele oriëntatie"
    r"|\b(?:een|de|het)\s+(?:[a-zà-ÿ]+e,?\s+)?niet\s+(?:[^\s,.;]+\s+){0,4}?(?:ge[a-zà-ÿ]+de|[a-zà-ÿ]+ende)(?=\s+[a-zà-ÿ])"
    r"|al\s+dan\s+niet|wel\s+(?:of|en)\s+niet|of\s+niet|niet\s+in\s+de\s+laatste\s+plaats|niet\s+voor\s+niets"
    r"|(?:niet|nooit)\s+(?:(?:ontsnap|ontkom|ontkwam)\w*\s+aan|(?:\w+\s+)?(?:gespaard|ontzien))"  # "ontkomt niet aan": affected
    r"|(?:ontsnap|ontkom|ontkwam)\w*\s+(?:\w+\s+){0,4}?(?:niet|nooit)\s+aan"  # ("ontkomen volgens het kabinet niet aan")
    rf"|{NO_FRIEND}"  # a stance against (the "stance" direction's), not a negated one
    r"|niet\s+zelden|niet\s+zonder|niets\s+anders\s+dan|niet\s+" + LITOTES_ON + r"\w{4,}"  # litotes: "niet onbelangrijk" (not "niet onder")
    r"|niet\s+in\s+strijd\s+(?:is|zijn|was|waren)?\s*met"  # "niet in strijd met de AVG" is "in line with the GDPR"
    rf"|(?:nog\s+)?(?:niet|geen)\s+(?:meer|minder)\s+dan(?=\s+{NUMBER_WORDS})|(?:nog|net)\s+geen(?=\s+{NUMBER_WORDS})"
    # "nog niet een op de vijf", "nog niet 20 procent": a bound (not "nog niet een besluit")
    rf"|nog\s+niet(?:\s+eens)?(?=\s+(?:een\s+(?:op|kwart|derde|vijfde|tiende|half)\b|(?!een\b){NUMBER_WORDS}))"
    r")(?![\w-])",
    re.S,
)


# (and deciding against: "ziet het kabinet af van het voorbereiden van wetgeving" is "zal er geen wetgeving worden voorbereid")
IMPLICIT_NEGATION = re.compile(r"(?<![\w-])(?:(?:voorkom\w*|verhinder\w*|verbied\w*)\s+(?:[^\s,;.]+\s+){0,3}?dat\b"
                               r"|(?:ziet|zien|zag|zagen)\s+(?:[^\s,;.]+\s+){0,6}?af\s+van\b|(?:af\s+te\s+zien|afzien|afziet)\s+van\b)")
# What is still to be done is not done yet: "De nog aan te wijzen markttoezichthouder(s)" says "nog niet aangewezen"
NOT_YET = re.compile(r"(?<![\w-])(?:de|het|een|die|dat)\s+nog\s+(?:[a-z]+\s+)?te\s+[a-z]{4,}\b")


def effective_negators(text: str) -> list[re.Match[str]]:
    """Negators that negate a predicate: not a hyphenated prefix ("niet-westerse"), not inside quotes or a
    capitalised name ("Stichting Geen Grenzen"), not "niet alleen ... maar ook", litotes or a bound on a number."""
    folded = mask(mask(fold_same_length(text), QUOTED), NOT_NEGATION)
    out = []
    for m in NEGATOR.finditer(folded):
        if text[m.start()].isupper():
            sentence_start = not text[: m.start()].strip() or re.search(r"[.!?:]\s*$", text[: m.start()])
            next_word = re.match(r"\s*\S+\s+(\S)", text[m.start() :])
            if not sentence_start or (next_word and next_word.group(1).isupper()):
                continue  # part of a name
        out.append(m)
    return out


# A negator before an adverb of manner negates the manner, not the verb: "Deze data wordt niet proactief beschikbaar
# gesteld" says the data is available, only not offered for the purpose ("... datasets beschikbaar" stands) - unless
# the claim says a manner itself ("zet de data actief en speciaal klaar" is about the manner taken back).
MANNER_ADVERBS = frozenset("proactief actief specifiek expliciet automatisch rechtstreeks standaard zomaar apart afzonderlijk".split())
MANNER_SAID = re.compile(r"(?<![\w-])(?:(?:pro)?actie[fv]e?|specia(?:al|le)|specifieke?|expliciete?|automatische?|rechtstreekse?|"
                         r"standaard|zomaar|apart|afzonderlijke?|(?:doel)?gerichte?|bewuste?|op maat|eigen initiatief)(?![\w-])")


def negated_words(text: str, m: re.Match[str]) -> list[re.Match[str]]:
    """The (at most two) words right after a negator."""
    return list(re.finditer(r"[\w’'+-]+", text[m.end() : m.end() + 60]))[:2]


def manner_only(text: str, m: re.Match[str], claim: str) -> bool:
    """The negator negates an adverb of manner right after it, and the claim says no manner of its own."""
    after = negated_words(text, m)
    return bool(after) and fold_same_length(after[0].group(0)).lower() in MANNER_ADVERBS \
        and not MANNER_SAID.search(fold_same_length(claim).lower())


def negation_scope(text: str, m: re.Match[str], claim: str = "") -> list[re.Match[str]]:
    """The words a negator negates against `claim`: the (at most two) words right after it, only the first when it is
    an adverb of manner the claim does not speak of ("niet proactief beschikbaar gesteld")."""
    after = negated_words(text, m)
    return after[:1] if manner_only(text, m, claim) else after


def only_manner_negated(text: str, span: tuple[int, int], claim: str) -> bool:
    """Every negation in the span is of an adverb of manner, and the claim says no manner of its own."""
    negators = [m for m in effective_negators(text) if span[0] <= m.start() < span[1]]
    return bool(negators) and all(manner_only(text, m, claim) for m in negators)


def negated(text: str, marker: Marker) -> bool:
    """A marker whose clause has an effective negator within three words before or after it (one after it not across
    a comma: "een vrijblijvende tip, geen eis" negates the "eis", not the "vrijblijvende")."""
    s, e = span_of(marker.start, spans(text))
    for m in effective_negators(text):
        if s <= m.start() < e:
            between = text[min(m.end(), marker.end) : max(m.start(), marker.start)]
            if len(between.split()) <= 3 and not (m.start() >= marker.end and "," in between):
                return True
    return False


# A subclause without a comma ends at its infinitive when the main clause's verb follows ("Door als overheden samen op te
# trekken moeten lessen niet beperkt blijven ...": "niet" is the main clause's)
SUBCLAUSE_END = re.compile(r"(?<![\w-])te\s+[a-zà-ÿ]+en(?=\s+(?:moet|moeten|kan|kunnen|zal|zullen|wordt|worden|is|zijn|heeft|hebben|mag|mogen|blijft|blijven)(?![\w-]))", re.I)


def subclause_end(m: re.Match[str]) -> int:
    end = SUBCLAUSE_END.search(m.group(0))
    return m.start() + end.end() if end else m.end()


def polarity(text: str, span: tuple[int, int]) -> bool:
    """True when the span is negated: an odd number of effective negators outside its conditional, causal
    and relative ("waarvoor ...") subclauses."""
    sub = [(m.start(), subclause_end(m)) for m in SUBORDINATE.finditer(text) if m.start() > span[0]]
    count = sum(
        1 for m in effective_negators(text)
        if span[0] <= m.start() < span[1] and not any(s <= m.start() < e for s, e in sub)
    )
    count += sum(1 for m in IMPLICIT_NEGATION.finditer(fold_same_length(text)) if span[0] <= m.start() < span[1])
    return count % 2 == 1


# Words that say an aim to prevent something: the evidence's way of saying a claim's "voorkomen dat ..."
PREVENTION = re.compile(r"(?<![\w-])(?:non-\w+|anti-?\w+|tegen\s*(?:te\s+)?gaan|tegengaan|voorkom\w*|voorkwam\w*|preventie\w*|ervoor\s+(?:te\s+)?zorgen\s+dat)")


def only_prevention(text: str, span: tuple[int, int]) -> bool:
    """The span's only negation is an implicit one ("voorkomen dat ..."), no "niet" or "geen"."""
    return not any(span[0] <= m.start() < span[1] for m in effective_negators(text)) and any(
        span[0] <= m.start() < span[1] for m in IMPLICIT_NEGATION.finditer(fold_same_length(text)))


WITH_WITHOUT = re.compile(r"(?<![\w-])(met|zonder)\s+(?=((?:[^\s,;.()]+(?:\s+|$)){1,6}))", re.I)  # (overlapping)


# "kunnen niets doen" denies every action of its subject: its "doen" is no word the evidence must repeat
ABLE = r"(?:kan|kunnen|kon|konden|mag|mogen)"
NOTHING_DONE = re.compile(rf"(?<![\w-]){ABLE}\s+(?:er\s+)?(?:niets|niks)\s+(?:aan\s+)?(?:doen|ondernemen|uitrichten|beginnen)(?![\w-])", re.I)
CAN_DO = re.compile(rf"(?<![\w-]){ABLE}(?![\w-])", re.I)


def nothing_to_be_done(claim: str, evidence: str) -> Conflict | None:
    """"Toezichthouders kunnen niets doen als ..." against an unnegated clause in which its subject can act ("kunnen
    toezichthouders optreden")."""
    m = NOTHING_DONE.search(claim)
    subject = stems(claim[: m.start()]) if m else set()
    if not subject:
        return None
    for s, e in spans(evidence, SENTENCE_CLAUSE):
        if CAN_DO.search(evidence[s:e]) and subject & stems(evidence[s:e]) and not polarity(evidence, (s, e)):
            return Conflict("negation", m.group(0), evidence[s:e].strip(),
                            "De ontkenning verschilt: de bewering zegt dat het niet zo is, de andere kant zegt van wel.")
    return None


def with_or_without(claim: str, evidence: str) -> Conflict | None:
    """"met hun toestemming" against "zonder hun toestemming": the same noun (among the next six words) with
    "met" on one side and "zonder" on the other."""
    def uses(text: str) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {"met": set(), "zonder": set()}
        for m in WITH_WITHOUT.finditer(fold_same_length(text)):
            out[m.group(1)] |= {w for w in stems(m.group(2)) if len(w) >= 5}
        return out

    c, e = uses(claim), uses(evidence)
    for a, b in (("met", "zonder"), ("zonder", "met")):
        shared = (c[a] & e[b]) - c[b] - e[a]
        if shared:
            word = sorted(shared)[0]
            return Conflict("negation", f"{a} ... {word}", f"{b} ... {word}",
                            f"De bewering zegt '{a}', de bron zegt '{b}' ({word}).")
    return None


EXAMPLE_APPOSITION = re.compile(r",\s*(?:zoals|waaronder|bijvoorbeeld)\s[^,;.]{2,60},", re.I)


DOUBLE_NEGATIVE = re.compile(rf"(?<![\w-])niet\s+(?:[a-zà-ÿ]+\s+)?({LITOTES_ON}[a-zà-ÿ]{{4,}})", re.I)


def prefix_for_niet(text: str, other: str) -> bool:
    """The text says "on-X" where the other says "niet X" ("zich onveilig voelen" and "voelen zich niet veilig")."""
    return any(re.search(rf"(?<![\w-])niet\s+(?:[a-zà-ÿ]+\s+)?{re.escape(m.group(1))}(?![\w-])", other, re.I)
               for m in re.finditer(r"(?<![\w-])on([a-zà-ÿ]{4,})(?![\w-])", text, re.I))


def negated_otherwise(claim: str, evidence: str) -> bool:
    """The two say the same with their negations put otherwise: a double negative either way (`by_double_negative`),
    the same "niet on-X" in another word order (`same_double_negative`), "on-X" for "niet X" (`prefix_for_niet`),
    "zonder X" for "niet X" (`without_for_not`)."""
    return (by_double_negative(claim, evidence) or same_double_negative(claim, evidence)
            or prefix_for_niet(claim, evidence) or prefix_for_niet(evidence, claim)
            or less_for_not_so(claim, evidence) or goes_on_for_untouched(claim, evidence) or goes_on_for_untouched(evidence, claim)
            or without_for_not(claim, evidence) or without_for_not(evidence, claim))


# "zonder (eigen) financiële onafhankelijkheid" is "niet financieel onafhankelijk": the thing lacked, said with "zonder"
WITHOUT_THING = re.compile(r"(?<![\w-])zonder\s+(?:(?:een|eigen|hun|haar|zijn)\s+)?(?:[a-zà-ÿ]+\s+)?([a-zà-ÿ]{6,})")
NOT_THING = re.compile(r"(?<![\w-])(?:niet|geen)\s+(?:[a-zà-ÿ]+\s+)?([a-zà-ÿ]{6,})")


def without_for_not(one: str, other: str) -> bool:
    """`one` says a thing is lacked with "zonder" where `other` negates the same word (its first eight letters):
    "vrouwen zonder eigen financiële onafhankelijkheid" and "vrouwen die niet financieel onafhankelijk zijn"."""
    lacked = [m.group(1) for m in WITHOUT_THING.finditer(fold_same_length(one))]
    denied = [m.group(1) for m in NOT_THING.finditer(fold_same_length(other))]
    return any(len(os.path.commonprefix([a, b])) >= 8 for a in lacked for b in denied)


# Not affected is going on as before: "lopende subsidies worden niet beïnvloed" is "lopende subsidies lopen gewoon door"
AFFECTED_WORDS = "beïnvloed|geraakt|getroffen|aangetast|aangepast|gewijzigd|veranderd|ingeperkt|geschrapt|gekort|stopgezet"
UNTOUCHED = re.compile(rf"(?<![\w-])(?:niet|geen)\s+(?:\w+\s+){{0,2}}?(?:{AFFECTED_WORDS})(?![\w-])", re.I)
AFFECTED = re.compile(rf"(?<![\w-])(?:{AFFECTED_WORDS})(?![\w-])", re.I)  # (the claim says the thing is affected: "worden wel geraakt")
GOES_ON = re.compile(r"(?<![\w-])(?:(?:lopen|loopt|gaan|gaat|draaien|draait)\s+(?:\w+\s+){0,3}?door(?=\s*(?:[,.;:!?]|en\b|$))|doorlopen|doorgaan|doorlopend"
                     r"|blijven\s+(?:gewoon\s+)?(?:bestaan|lopen|staan)|blijft\s+(?:gewoon\s+)?(?:bestaan|lopen|staan)|ongewijzigd|ongemoeid)(?![\w-])", re.I)


def goes_on_for_untouched(one: str, other: str) -> bool:
    """`one` says a thing is not affected ("niet beïnvloed", "niet geraakt") where `other` says it goes on ("loopt gewoon
    door", "blijft bestaan"): the same, without a negation of the thing."""
    return (bool(UNTOUCHED.search(one)) and bool(GOES_ON.search(other)) and not effective_negators(other)
            and not AFFECTED.search(other))


NOT_SO = re.compile(r"(?<![\w-])niet\s+(?:zo|erg|heel|echt|al\s+te)\s+([a-zà-ÿ]{4,})", re.I)
LESS_GOOD = re.compile(r"(?<![\w-])minder\s+(?:goede?\s+)?([a-zà-ÿ]{4,})", re.I)


def less_for_not_so(one: str, other: str) -> bool:
    """"niet zo gezond" on one side is "in minder goede gezondheid" on the other, either way round: a degree said lower,
    no negation of the thing."""
    def lowered(a: str, b: str) -> bool:
        said = {m.group(1).lower()[:5] for m in NOT_SO.finditer(a)}
        return bool(said) and any(m.group(1).lower()[:5] in said for m in LESS_GOOD.finditer(b))
    return lowered(one, other) or lowered(other, one)


def same_double_negative(claim: str, evidence: str) -> bool:
    """Both say "niet on-X" of the same word, one with an adverb between ("financieel niet onafhankelijk" and "niet
    financieel onafhankelijk"): the litotes mask hides one of them, not the other."""
    said = {m.group(1).lower() for m in DOUBLE_NEGATIVE.finditer(claim)}
    return bool(said) and said == {m.group(1).lower() for m in DOUBLE_NEGATIVE.finditer(evidence)}


# A subject with its relative clause set off by a comma before the verb ("Subsidies die al lopen, merken niks van ..."):
# no clause of its own
RELATIVE_SUBJECT = re.compile(r"^\s*(?:(?:de|het|alle)\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:die|dat)\s+[^,;.]{1,60}$", re.I)


def with_relative_subject(text: str, clause_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clause spans, a first one that is only a subject with its relative clause joined to the next."""
    if len(clause_spans) >= 2 and RELATIVE_SUBJECT.match(text[clause_spans[0][0] : clause_spans[0][1]]):
        return [(clause_spans[0][0], clause_spans[1][1]), *clause_spans[2:]]
    return clause_spans


NOT_YET_DONE = re.compile(r"(?<![\w-])nog\s+(?:niet|geen)\s+(?:[^\s,;.]+\s+){0,3}?((?:aan|af|in|op|uit|vast|voor|toe|om|bij)?ge[a-zà-ÿ]{3,}(?:[dt]|en)|[a-zà-ÿ]+(?:eerd|iseerd))(?![\w-])")
FUTURE_PASSIVE = r"(?:zal|zullen|zou|zouden|gaat|gaan)\s+(?:[^\s,;.]+\s+){0,8}?(?:worden|word|wordt)\s+{participle}|(?:worden|wordt)\s+(?:[^\s,;.]+\s+){0,3}?nog\s+{participle}"


def still_to_come(clause: str, evidence: str) -> bool:
    """The claim's "nog niet <done>" against the evidence's future passive of that verb ("zullen de toezichthouder(s) in
    Nederland worden aangewezen"): both say it has not happened yet."""
    m = NOT_YET_DONE.search(fold_same_length(clause))
    if m is None:
        return False
    return re.search(FUTURE_PASSIVE.replace("{participle}", re.escape(m.group(1))), fold_same_length(evidence)) is not None


def detect_negation(claim: str, evidence: str, aliases: AliasTable | None = None) -> Conflict | None:
    """A claim clause whose polarity differs from the evidence clause (of one sentence) that shares most content stems
    with it; or "met X" against "zonder X"."""
    found = with_or_without(claim, evidence) or nothing_to_be_done(claim, evidence)
    if found is not None:
        return found
    # an example set off by commas is no clause of its own ("worden de grondrechtenautoriteiten, zoals het CRM, niet op
    # de hoogte gebracht"): blanked (same length), the clause around it is read whole
    claim = EXAMPLE_APPOSITION.sub(lambda m: " " * len(m.group(0)), claim)
    ev_spans = spans(evidence, SENTENCE_CLAUSE)
    claim = without_conclusion(claim, evidence, ev_spans)
    claim_spans = [sp for sp in with_relative_subject(claim, spans(claim)) if len(stems(claim[sp[0] : sp[1]])) >= 2] or [(0, len(claim))]
    for cs, ce in claim_spans:
        words = stems(claim[cs:ce])
        scored = [(overlap(words, stems(evidence[s:e])), (s, e)) for s, e in ev_spans]
        top = max(score for score, _ in scored)
        if top[0] < min(2, len(words)):
            continue
        best = [sp for score, sp in scored if score == top]
        if all(verbless(evidence, sp) for sp in best):
            # a fragment without a verb, split off at "en" or a bracket ("Met het oog op de evaluatie van de wet en de
            # percentages in de (semi-)publieke sector (...) zal er geen wetgeving ... worden voorbereid"), says nothing of
            # its own: the clause with the verb that shares the claim's words speaks for the sentence
            verbal = [(score, sp) for score, sp in scored if not verbless(evidence, sp) and score[0] >= min(2, len(words))]
            if verbal:
                top = max(score for score, _ in verbal)
                best = [sp for score, sp in verbal if score == top]
        back = max(claim_spans, key=lambda sp: overlap(stems(claim[sp[0] : sp[1]]), stems(evidence[best[0][0] : best[0][1]])))
        if back != (cs, ce):
            continue  # the evidence clause is closer to another clause of the claim
        c_neg = polarity(claim, (cs, ce))
        if len({polarity(evidence, sp) for sp in best}) != 1:
            continue
        s, e = best[0]
        rest = rest_clause(words - stems(evidence[s:e]), evidence, [sp for sp in ev_spans if sp not in best])
        if rest is not None and polarity(evidence, rest) != polarity(evidence, best[0]):
            # the claim's words are split over two clauses of opposite polarity: the one with the words the best
            # clause lacks (its verb: "blijft hierop inzetten" after "Er is nog geen akkoord over ...") decides,
            # unless the best clause negates a word of the claim itself
            if not negates_claim_word(words, evidence, best[0]):
                s, e = rest
        if polarity(evidence, (s, e)) == c_neg:
            continue
        if (c_neg and not PLAIN_NEGATOR.search(claim[cs:ce])
                and any(denied_alike(claim[cs:ce], evidence[a:b]) for a, b in ev_spans)):
            continue  # "maakt geen wet voor ..." is what "zal er geen wetgeving ... worden voorbereid" says, beside a "wel"
        if not c_neg and negation_elsewhere(claim, claim_spans, (cs, ce), evidence, ev_spans):
            continue
        if negated_otherwise(claim[cs:ce], evidence[s:e]):
            continue  # "niet financieel onafhankelijk" is "financieel afhankelijk", and "financieel niet onafhankelijk"
        if c_neg and NOT_YET.search(fold_same_length(evidence)) and negation_count(claim) == negation_count(evidence) + 1:
            continue  # "nog niet aangewezen" is what "De nog aan te wijzen markttoezichthouder(s)" says, in its own fragment
        if c_neg and still_to_come(claim[cs:ce], evidence):
            continue  # "nog niet aangewezen" is what "zullen ... worden aangewezen" says
        if c_neg and non_form(claim[cs:ce], evidence):
            continue  # the claim's "niet discrimineren" is the evidence's "Non-discriminatie", wherever it stands
        if c_neg and only_prevention(claim, (cs, ce)) and PREVENTION.search(fold_same_length(evidence)):
            continue  # "voorkomen dat algoritmes discrimineren" is what "Non-discriminatie in algoritmes", "om ervoor te zorgen dat ... niet" aim at
        neg_side = "de bewering" if c_neg else "de bron"
        return Conflict(
            "negation", re.sub(r"\s{2,}", " ", claim[cs:ce]).strip(), evidence[s:e].strip(),
            f"De ontkenning verschilt: {neg_side} zegt dat het niet zo is, de andere kant zegt van wel.",
        )
    return None


# A verb of a clause: an auxiliary or a common finite verb, or a lower-case word in -t after a word that is no article
CLAUSE_VERB = re.compile(rf"(?<![\w-])(?:{AUXILIARIES}|zou|zouden"
                         r"|kon|konden|moest|wil|willen|gaat|gaan|ging|blijft|blijven|komt|komen|kwam|staat|staan|ligt"
                         r"|liggen|zit|zitten|krijgt|krijgen|neemt|nemen|geeft|geven|laat|laten|doet|doen|vindt|vinden)(?![\w-])"
                         r"|(?<![\w-])(?<!de\s)(?<!het\s)(?<!een\s)[a-zà-ÿ]{3,}[^s\W]t(?![\w-])")


def verbless(text: str, span: tuple[int, int]) -> bool:
    """A clause with no verb and no negation: a noun phrase split off a longer clause."""
    return CLAUSE_VERB.search(text[span[0] : span[1]]) is None and not polarity(text, span)


def double_negative(plain: str, negated_text: str) -> bool:
    """`negated_text` negates the opposite ("on-") of a word `plain` says: "niet financieel onafhankelijk" against
    "financieel afhankelijk"."""
    words = {fold_same_length(w) for w in re.findall(r"[\w-]+", plain)}
    for m in effective_negators(negated_text):
        after = [fold_same_length(w) for w in re.findall(r"[\w-]+", negated_text[m.end() :])[:3]]
        if any(w.startswith("on") and len(w) >= 7 and w[2:] in words for w in after):
            return True
    return False


def by_double_negative(a: str, b: str) -> bool:
    """Either text says the other's word by negating its opposite (`double_negative` either way)."""
    return double_negative(a, b) or double_negative(b, a)


# a clause that draws the claimant's own conclusion from the one before (", dus ...", ", so ...")
CONCLUSION = re.compile(r"\s*(?:dus|daarom|so|therefore)\b", re.I)


def without_conclusion(claim: str, evidence: str, ev_spans: list[tuple[int, int]]) -> str:
    """The claim with a conclusion clause the claimant draws blanked (same length), when no evidence clause shares two
    of its stems: ", dus zo slecht gaat het toch niet meer?" after "in vrijwel elk bestuur zit een vrouw" negates
    nothing the documents say, and its "niet" must not pair with the evidence's "geen enkele vrouw"."""
    for s, e in spans(claim)[1:]:
        if CONCLUSION.match(claim, s) and max((overlap(stems(claim[s:e]), stems(evidence[a:b]))[0] for a, b in ev_spans), default=0) < 2:
            claim = claim[:s] + " " * (e - s) + claim[e:]
    return claim


def negation_elsewhere(claim: str, claim_spans: list[tuple[int, int]], aligned: tuple[int, int], evidence: str,
                       ev_spans: list[tuple[int, int]]) -> bool:
    """The claim says the evidence's negation in another clause, one that no evidence clause matches (it says the
    predicate otherwise): "Omdat haat ... online afspelen, houden ze niet op bij de grens" against "Haat en
    discriminatie stoppen niet bij landsgrenzen": the positive clause shares the subject, the negated one the meaning."""
    for sp in claim_spans:
        if sp == aligned or not polarity(claim, sp):
            continue
        words = stems(claim[sp[0] : sp[1]])
        if max((overlap(words, stems(evidence[s:e]))[0] for s, e in ev_spans), default=0) < 2:
            return True
    return False


def rest_clause(rest: set[str], text: str, clauses: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The clause of `text` with most of `rest` (the claim's content stems the best clause lacks), when it has two."""
    if len(rest) < 2:
        return None
    top = max(((len(rest & stems(text[s:e])), (s, e)) for s, e in clauses), default=(0, None))
    return top[1] if top[0] >= 2 else None


def negates_claim_word(words: set[str], evidence: str, span: tuple[int, int]) -> bool:
    """Whether a negation in the span is the claim's own: a negator whose next two words include a content stem of
    the claim ("geen akkoord" against a claim about an akkoord), a negator at the end of its clause (it negates the
    clause's verb: "Landelijke cijfers over meldingen ... zijn er niet"), or a sentence that points back with a
    demonstrative and has two of the claim's stems ("De begeleiding van deze groepen is echter geen onderdeel van
    het integratiebeleid" negates what the sentence before says of them)."""
    start = max(evidence.rfind(". ", 0, span[0]) + 1, 0)
    end = evidence.find(". ", span[1])
    sentence = evidence[start : end if end >= 0 else len(evidence)]
    if effective_negators(sentence) and DEMONSTRATIVE.search(fold_same_length(sentence)) and len(stems(sentence) & words) >= 2:
        return True  # (a demonstrative sentence without a negator negates nothing: "Deze geanonimiseerde data is veilig ...")
    for m in effective_negators(evidence):
        if span[0] <= m.start() < span[1]:
            after = re.findall(r"[\w’'+-]+", evidence[m.end() : min(span[1], m.end() + 60)])[:2]
            if not after or stems(" ".join(after)) & words:
                return True
    return False


def unnegated_rest(rest: set[str], texts: list[str]) -> bool:
    """At least two of these claim stems in one clause of the texts that is not negated."""
    return len(rest) >= 2 and any(
        len(rest & stems(t[s:e])) >= 2 and not polarity(t, (s, e)) for t in texts for s, e in spans(t, SENTENCE_CLAUSE))


def said_in_other_sentence(claim: str, sentence: str, other: str) -> bool:
    """A negation in `sentence` that is not the claim's: the claim's words that the sentence lacks (at least two)
    stand in a clause of the `other` sentence with the claim's polarity, and the negator is on no word of the claim."""
    words = stems(claim)
    if negates_claim_word(words, sentence, (0, len(sentence))):
        return False
    rest = rest_clause(words - stems(sentence), other, spans(other, SENTENCE_CLAUSE))
    return rest is not None and polarity(other, rest) == polarity(claim, (0, len(claim)))


# Words a claim may use for the document's (the same meaning, the same direction): a verb said otherwise is the most
# common paraphrase ("is in 2025 begonnen" for "is in 2025 van start gegaan"). Groups, not pairs: every word of a
# group counts as every other. The direction and modality detectors still compare what each side says.
SYNONYMS = (
    "begonnen beginnen begint gestart starten start startte startten",
    "gegroeid groeien groeit toegenomen toenemen toeneemt gestegen stijgen stijgt",
    "afgenomen afnemen afneemt gedaald dalen daalt verminderd verminderen vermindert zakt zakte zakten gezakt zakken",
    "steeds almaar alsmaar",
    "opgave opgaven uitdaging uitdagingen",
    "aanbeveling aanbevelingen aanbevolen aanbevelen aanraden aangeraden adviseerde adviseert geadviseerd",
    "afgelopen laatste voorbije",
    "opzetten oprichten opgericht opgezet",
    "interesseren interesse belangstelling",
    "ontvangen ontvangt krijgen krijgt kreeg kregen",
    "bedoeld gericht",
    "kabinetsperiode regeerperiode",
    "gerichtheid geaardheid oriëntatie",  # ("seksuele geaardheid" is the documents' "seksuele gerichtheid")
    "aangekondigd aankondigen kondigde bekendgemaakt",
    "helpt helpen hielp geholpen ondersteunt ondersteunen ondersteunde ondersteund bijstaan bijstaat bijgestaan hulp steun ondersteuning hulpverlening",
    "begonnen gestart opgezet opgericht gelanceerd",
    "proef pilot",
    "herfst najaar",
    "afkeurt afkeuren afkeurde afkeurden afgekeurd verkeerd",
    "nepnieuws desinformatie",
    "oogt ogen oogde lijkt lijken leek leken",
    "bang intimideren intimideert intimidatie",
    "vrij vrijelijk",
    "lente voorjaar",
    "gevolgd gemonitord monitoren monitort meten gemeten",
    "rekenkracht rekencapaciteit",
    # the everyday words a journalist writes for the documents' register
    "expert experts deskundige deskundigen deskundig specialist specialisten",
    "actueel actuele up-to-date",
    "online internet",
    "onlineplatforms internetplatforms",
    "taak opdracht",
    "flink flinke fors forse aanzienlijk aanzienlijke",
    "verschil verschillen uiteenlopend uiteenlopende",
    "bestrijden bestrijdt bestrijding tegengaan tegengaat aanpakken aanpakt",
    "uitvoeren uitvoering implementeren implementeert implementatie",
    "wetgeving regelgeving",
    "verbod verbieden verbiedt verboden",
    "leerlingen scholieren",
    "docenten leraren leerkrachten",
    "werknemers personeel medewerkers",
    "wetsvoorstel wetsontwerp",
    "doel doelstelling doelen doelstellingen streven",
    "belangrijk essentieel cruciaal wezenlijk",
    "nodig noodzakelijk vereist",
    "moeilijk lastig",
    "meldpunt meldvoorziening",
    "afspelen plaatsvinden plaatsvindt gebeuren gebeurt",
    "kennis inzicht inzichten",
    "nadruk aandacht",
    "ervaren ervaart ondervinden ondervindt",
    "vergroten vergroot verhogen verhoogt",
    "terugdringen terugdringt verkleinen verkleint verlagen verlaagt",
    "goed prima",
    "toegankelijk bereikbaar",
    "onderzoek studie",
    "vragen vraagt vroeg verzoeken verzoekt verzocht",
    "maatschappij samenleving",
    "zelfkennis zelfinzicht",
    "versterken versterkt vergroten vergroot",
    "duidelijker helderder verduidelijkt verduidelijken",
    "ruimer verruimd uitgebreid uitbreiden",
    "aangescherpt aanscherpen scherper",
    "medemens medemensen anderen",
    "naasten dierbaren omgeving",
    "brochure brochures folder folders voorlichtingsfolder voorlichtingsfolders",
    "ministerie ministeries departement departementen",
    "proeftuin proeftuinen testgemeente testgemeenten experimenteren experimenteert geëxperimenteerd",  # ("In Amsterdam en Nijmegen wordt geëxperimenteerd")
    "gegevens data",  # ("het benutten van gezondheidsgegevens" for "het gebruik van gezondheidsdata")
    "hoort horen onderdeel",  # ("transitieverlof hoort bij de arbeidsvoorwaarden" for "maakt onderdeel uit van")
    "benutten benut gebruik gebruiken gebruikt",
    "duurzaam duurzame blijvend blijvende",
    "uitwendig uitwendige uiterlijk uiterlijke",
    "gebied gebieden terrein terreinen sector sectoren",
    "ontwikkelen ontwikkelt ontplooien ontplooit",
    "kracht werking geldt gelden startdatum ingangsdatum",  # "van kracht worden", "gelden", "de startdatum van de wet" for "in werking treden"
    "beïnvloed beïnvloeden beïnvloedt geraakt raken raakt schot ongemoeid onaangetast",  # "buiten schot" is "niet geraakt"
    "gepland geplande voorgenomen",
    "zomerreces zomerpauze zomervakantie",
    "bijhouden bijhoudt bijgehouden monitoren monitort gemonitord",
    "doorlopend doorlopende continu continue",
    "klein kleine beperkt beperkte gering geringe",
    "deelnemen deelneemt deelnemende meedoen meedoet aangesloten aansluiten toetreding toetreden toegetreden aanhaken aangehaakt haakt ingestapt instappen",
    "mikt mikken mikte streeft gericht",  # "het kabinet mikt erop dat" for "de planning is erop gericht dat"
    "middelbare voortgezet",  # "de middelbare school" for "het voortgezet onderwijs"
    "opnieuw weer",
    "getekend tekenden tekende tekenen ondertekend ondertekenden ondertekende ondertekenen",  # "hebben getekend" for "is ondertekend"
    # Flemish words for the documents' ("onrechtstreekse discriminatie", "het leger", "de gemeentebesturen", "ingestapt")
    "onrechtstreeks onrechtstreekse indirect indirecte",
    "rechtstreeks rechtstreekse direct directe",
    "leger krijgsmacht defensie",
    "gemeentebestuur gemeentebesturen gemeente gemeenten",
    "schepen schepenen wethouder wethouders",
    "ingediend indienen dienden diende ingezonden inzenden stuurden stuurde ingestuurd insturen",  # Kamervragen "ingediend" or "ingezonden"
    "uitzoeken uitgezocht onderzoeken onderzocht",
    "gids gidsen handreiking handreikingen leidraad",
    "uitbrengen uitbrengt brengt publiceren publiceert gepubliceerd",
    "baan werkend werkende werkzaam werkzame",  # "ICT-specialisten met een baan" for "werkende ICT-specialisten"
    "vermoord vermoorde vermoorden omgebracht omgebrachte gedood gedode",  # (killed: "die worden vermoord" for "omgebrachte vrouwen")
    "ingreep ingrepen behandeling behandelingen",  # (medical: "medische ingrepen" for "medische behandelingen")
    "gedraaid draaien draaide uitgevoerd gedaan",  # ("een proef gedraaid" for "een pilot uitgevoerd")
    "kopgroep koplopers voorlopers voorlopende",
    "duiden duidt wijzen wijst",  # "situaties die op discriminatie duiden"
    "grondrechten grondrecht fundamentele fundamenteel",  # "grondrechten" for "fundamentele rechten"
    "periode tijd tijdperk",
    "bestand weerbaar weerbaarheid",  # "bestand tegen desinformatie" for "weerbaar maken tegen desinformatie"
    "medio halverwege",  # "tot medio 2026" for "tot halverwege 2026"
    "kopgroep voorhoede koplopers",
    "geld middelen",  # "extra geld" for "financiële middelen"
    "loopt lopen doorlopen verlengd verlengt verlengen",  # "loopt door tot medio 2026" for "verlengd tot halverwege 2026"
    "scheef scheve onevenwichtig onevenwichtige onevenwichtigheid onevenwichtigheden",
    "wijk wijken buurt buurten",
    "sportclub sportclubs sportvereniging sportverenigingen",
    "ingewikkeld ingewikkelde complex complexe",
    "situatie situaties omstandigheden omstandigheid",
    "omgeving leefomgeving",
    "bewustzijn bewustwording",
    "werkplek werkvloer",
    "project projecten initiatief initiatieven",
    "aanmoedigen moedigt stimuleren stimuleert gestimuleerd aansporen spoort aangespoord",
    "centraal voorop",  # "staan centraal" for "staat voorop"
    "sneller vlugger",
    "kroost kinderen",
    "beleving ervaring ervaringen",
    "praten spreken",
    "beladen gevoelig gevoelige",
    "onderwerp onderwerpen thema thema's",
    "inspanning inspanningen inzet",
    "meerdere diverse verschillende",
    "vastgelegd verankerd",
    "ai kunstmatige intelligentie",  # "kunstmatige intelligentie" for "AI"
    "deepnudes deepnude nepnaaktbeelden nepnaaktfoto's",  # "nepnaaktbeelden" for "deepnudes"
    "aard vorm vormen verschijningsvormen",  # "in welke vormen" for "de aard"
    "omvang vaak",  # "hoe vaak" for "de omvang"
    "aandeel percentage",  # "het aandeel" for "het percentage"
    "afkeuren afkeurt afkeurde afkeurden afgekeurd verkeerd",  # "homoseksualiteit afkeurt" for "verkeerd vindt"
    "instrumenten instrument hulpmiddelen hulpmiddel tools",  # "hulpmiddelen ontwikkeld" for "instrumenten ontwikkeld"
    "bias vooroordelen vooringenomenheid",
    "toetsen doorlichten",
    "huidige bestaande",  # "de huidige Europese afspraken" for "de bestaande"
    "deel stuk gedeelte",  # "een kleiner stuk van hun leven" for "een groter deel"
    "akkoord overeenstemming",  # "overeenstemming bereikt" for "een akkoord"
    "arbeid werk werkvloer",  # "buiten de werkvloer" for "buiten Arbeid"
    "verlengd verlengen verlengt doorgetrokken doortrekken",  # "doorgetrokken tot medio 2026" for "verlengd tot halverwege 2026"
    "regie coördineert coördineren coördineerde gecoördineerd coördinatie",  # "VWS houdt de regie" for "VWS coördineert"
    "artsen arts medici dokters",
    "onderzoekers wetenschappers",
    "regelmatig geregeld",
    "verwelkomt verwelkomen verwelkomd blij",  # "is blij met de roadmap" for "verwelkomt de roadmap"
    "drempels drempel obstakels obstakel belemmeringen belemmering",
    "treffen treft getroffen raken raakt geraakt",
    "deeltijd parttime",
    "stellen koppels",  # "koppels" for "stellen" (couples)
    "versnipperd versnipperde verspreid gefragmenteerd",
    "nagaan bijhouden",
    "gegevens data",
    "financier financiert financieren gefinancierd betaalt betalen betaald bekostigt bekostigen bekostigd",
    "ontvangen toegestuurd toegezonden",  # "een deepnude toegestuurd gekregen" for "ontvangen"
    "naaktfoto naaktfoto's naaktbeeld naaktbeelden",
    "dader daders pleger plegers",
    "omgezet omzetten omzetting verwerkt verwerken",  # "in wetgeving verwerkt" for "omgezet in wetgeving"
    "tegelijk tegelijkertijd gelijktijdig",
    "opkrikken opkrikt opgekrikt verhogen verhoogt",  # ("de arbeidsparticipatie opkrikken"; two groups: to raise is not
    "opkrikken opkrikt opgekrikt stimuleren stimuleert",  # to stimulate)
    "basisschool basisscholen primair",  # "de basisschool" for "het primair onderwijs"
    "concept concepten conceptversie conceptversies",
    "opgeleverd opleveren leverde leverden presenteerde presenteerden gepresenteerd afgeleverd",
    "gevaar gevaren risico risico's",
    "testen getest toetsen toetst getoetst",
    "werkwijze werkwijzen methode methodes methoden",
    "ontbreken ontbreekt ontbrak mist missen",
    "bestendigd bestendigen vastgehouden vasthouden behouden",  # "de capaciteit vasthouden" for "bestendigd"
    "vak vakken leergebied leergebieden",
    "meegenomen meenemen betrokken betrekken",  # "de doelen worden meegenomen bij" for "betrokken bij"
    "routekaart routekaarten roadmap",
    "aftrap startschot",
)


@lru_cache(maxsize=1)
def synonym_groups() -> tuple[frozenset[str], ...]:
    """SYNONYMS as sets of stems."""
    return tuple(frozenset(stems(group)) for group in SYNONYMS)


def synonymous(a: set[str], b: set[str]) -> bool:
    """Stems of one SYNONYMS group on both sides."""
    return any(g & a and g & b for g in synonym_groups())


# --------------------------------------------------------------------------- direction

UP, DOWN = 1, -1
# An effort against something ("bestrijden", "tegengaan"), which "aanpakken" also says (`unmarked_equivalent`).
COMBAT_WORDS = r"bestrijd\w*|bestreden|bestreed\w*|tegen\s*(?:te\s+)?ga(?:an|at)|tegengegaan"
# A separable verb's particle up to 30 words from its verb, where it ends the clause: "In Amsterdam nam het aandeel
# scholieren uit klas 2 en 4 dat homoseksualiteit normaal vindt ... met twintig procentpunt toe.", "liep in 2024 het aantal
# meldingen ... terug vergeleken met 2023" (nearer, the particle may stand anywhere: the patterns with a window of 12 or 14)
FAR_PARTICLE = r"(?:[^\s,;.]+\s+){0,30}?"
PARTICLE_ENDS = r"(?=\s*(?:[.,;:!?]|$)|\s+(?:vergeleken|ten\s+opzichte|in\s+vergelijking)\b)"
DIRECTION: list[tuple[str, int, str]] = [
    ("size", UP, r"vergro[ot]\w*"),
    ("size", UP, r"verh(?:oog|og)\w*"),
    ("size", UP, r"toe(?:name|nam\w*|neem\w*|nem\w*|genomen)|toe\s+te\s+nemen|(?:neemt|nam|namen|nemen)\s+(?:[^\s,;.]+\s+){0,14}?toe"
                 r"|(?:neemt|nam|namen|nemen)\s+" + FAR_PARTICLE + r"toe" + PARTICLE_ENDS),
    ("size", UP, r"stijg\w*|steeg|stegen|gestegen"),
    ("size", UP, r"omhoog"),
    ("size", UP, r"groei\w*|gegroeid"),
    ("size", UP, r"versterk\w*|sterker\s+(?:maken|maakt|maakte|maakten|gemaakt|worden|wordt|werd|werden|geworden)"),
    ("size", UP, r"uitbrei\w*|uitgebreid\w*|breid(?:t|de|den|en)\s+(?:[^\s,;.]+\s+){0,5}?uit"),
    ("size", UP, r"vererger\w*"),
    ("size", UP, r"bevorder\w*|stimuler\w*|gestimuleerd"),
    # contributing to something furthers it ("AI kan bijdragen aan gelijke kansen" against "ondermijnen de gelijke kansen")
    ("size", UP, r"bij\s*(?:te\s+)?dragen\s+aan|bijgedragen\s+aan|(?:draagt|dragen|droeg|droegen)\s+(?:[^\s,;.]+\s+){0,6}?bij\s+aan"),
    ("size", UP, r"verdubbel\w*|verruim\w*|vaker|langer|groter|sneller|hoog|wint|winnen|won|relatief\s+veel"),
    ("size", UP, r"(?<!onder )(?<!niet )(?<!geen )(?<!te )meer(?!\s+dan)(?!\s+(?:wil|wilt|willen|weten)\b)|hoger(?!\s+(?:onderwijs|beroeps\w*|opgeleid\w*))"),
    ("size", DOWN, r"verklein\w*"),
    ("size", DOWN, r"verla(?:ag|g)\w*"),
    ("size", DOWN, r"af(?:name|nam\w*|neem\w*|nem\w*|genomen)|af\s+te\s+nemen|(?:neemt|nam|namen|nemen)\s+(?:[^\s,;.]+\s+){0,14}?af"
                   r"|(?:neemt|nam|namen|nemen)\s+" + FAR_PARTICLE + r"af" + PARTICLE_ENDS),
    ("size", DOWN, r"daal\w*|dalen\w*|daling\w*|gedaald"),
    ("size", DOWN, r"omlaag|naar\s+beneden|zakt|zakte|zakten|gezakt"),
    ("size", DOWN, r"krimp\w*|kromp\w*|gekrompen|inkrimp\w*|inkromp\w*|ingekrompen"),
    ("size", DOWN, r"verzwak\w*"),
    ("size", DOWN, r"ten\s+koste\s+van|ondermijn\w*|schaadt|schaden|geschaad|uithol\w*|uitgehold|holt\s+(?:[^\s,;.]+\s+){0,4}?uit"),  # "gaat ten koste van de onafhankelijkheid"
    # ("het effect is beperkt": small, a state, no change)
    ("size", DOWN, r"inperk\w*|ingeperkt|beperk(?:en|te|ten)|(?<!\bis )(?<!\bzijn )(?<!\bwas )(?<!\bwaren )(?<!\bblijft )(?<!\bblijven )beperkt|(?:af\s*(?:te\s+)?rem\w*|afgeremd|(?:remt|remmen|remde|remden)\s+(?:[^\s,;.]+\s+){0,6}?af)"),
    ("size", DOWN, r"terug\s*(?:te\s+)?dring\w*|teruggedrongen|dring(?:t|en|en)\s+(?:[^\s,;.]+\s+){0,5}?terug"),
    ("size", DOWN, r"(?<!veel )(?<!vaak )(?<!zelden )(?<!weinig )(?<!regelmatig )voorkom(?!ende?\b)\w*|voorkwam\w*|preventi(?:e|ef|eve)"),
    ("size", DOWN, COMBAT_WORDS),
    ("size", DOWN, r"verminder\w*|(?<!niet )minder(?!\s+dan)|lager(?!\s+onderwijs)"),
    ("size", DOWN, r"halver(?:en|t|de|den|ing)|gehalveerd|reduc\w*|afbouw\w*|afgebouwd|gekort|korten|korting\w*|korter|kleiner"
                   r"|langzamer|trager|laag|relatief\s+weinig|verlies\w*|verliez\w*|verloor|afzwak\w*|afgezwakt|(?:loopt|liep|lopen|liepen)\s+(?:[^\s,;.]+\s+){0,12}?terug(?![\w-])|teruglop\w*|teruggelopen"
                   r"|(?:loopt|liep|lopen|liepen)\s+" + FAR_PARTICLE + r"terug" + PARTICLE_ENDS +
                   r"|kwijtraken|(?:raakt|raken|raakte|raakten)\s+(?:[^\s,;.]+\s+){0,4}?kwijt"
                   r"|(?:bouwt|bouwen|bouwde)\s+(?:[^\s,;.]+\s+){0,12}?af"),
    ("quality", UP, r"verbeter\w*|beter|vooruitgang|vooruitgegaan|vooruitga(?:an|at)|vooruitging(?:en)?|(?:gaat|gaan|ging|gingen)\s+(?:[^\s,;.]+\s+){0,8}?vooruit|sterker"),
    ("quality", DOWN, r"verslechter\w*|slechter|achteruitgang|achteruitgegaan|achteruitga(?:an|at)|achteruitging(?:en)?|(?:gaat|gaan|ging|gingen)\s+(?:[^\s,;.]+\s+){0,8}?achteruit|zwakker"),
    ("strictness", UP, r"verscherp\w*|aanscherp\w*|aangescherpt|strenger"),
    ("strictness", DOWN, r"versoepel\w*|soepeler|losser"),
    ("ease", UP, r"makkelijker|gemakkelijker|makkelijk|gemakkelijk|eenvoudiger|vereenvoudig\w*|vergemakkelijk\w*"),
    ("ease", DOWN, r"moeilijker|lastiger|ingewikkelder|bemoeilijk\w*"),
    ("cost", UP, r"duurder"),
    ("cost", DOWN, r"goedkoper"),
    ("size", UP, rf"(?:extra|aanvullend\w*)\s+(?:financi[eë]le\s+)?(?:{MONEY_NOUNS}|capaciteit|aandacht)"),
    ("adequacy", UP, r"voldoende|toereikend\w*|adequa\w*|afdoende|genoeg|volstaan|volstaat|volstond|volstonden"),
    ("adequacy", DOWN, r"onvoldoende|ontoereikend\w*|inadequa\w*|te\s+weinig|(?:schiet|schieten|schoot)\s+(?:[^\s,;.]+\s+){0,4}?tekort|tekortschiet\w*"),
    ("continuity", UP, r"blijf|blijft|blijven|bleef|bleven|onverminderd\w*|voortzet\w*|voortgezet|(?:zet|zetten|zette)\s+(?:[^\s,;.]+\s+){0,6}?voort"
                       r"|(?:ga|gaat|gaan)\s+(?:[^\s,;.]+\s+){0,2}?door\s+met|doorgaan|continuer\w*"),
    ("continuity", DOWN, r"stop|stopt|stoppen|stopte|stopten|gestopt|beeindig\w*|(?:houdt|houden|hield)\s+(?:[^\s,;.]+\s+){0,4}?op\s+met|ophouden"
                         r"|(?:laat|laten|liet|lieten)\s+(?:[^\s,;.]+\s+){0,6}?varen|laten\s+varen|losgelaten|loslaten|opgegeven"
                         r"|(?:geeft|geven|gaf|gaven)\s+(?:[^\s,;.]+\s+){0,6}?op(?=\s*[,.;]|\s+(?:en|om|omdat)\b)|afgestapt\s+van|(?:stapt|stappen)\s+(?:[^\s,;.]+\s+){0,4}?af\s+van"),
    ("stance", UP, r"(?:steunt|steunen|steunde|steunden)\s+(?:het|de|dit|deze)\s+(?:[^\s,;.]+\s+){0,2}?(?:voorstel|plan|initiatief|motie|verklaring)\w*"
                   r"|(?:stemt|stemmen|stemde|stemden)\s+in\s+met|onderschrij\w*|onderschreven|voorstander\w*|(?:stem\w*|gestemd)\s+voor|pleit\w*\s+(?:[^\s,;.]+\s+)?(?:voor|ervoor)|verwelkom\w*|positief"),
    ("stance", DOWN, r"(?:is|zijn|was|waren)\s+(?:[^\s,;.]+\s+){0,2}?tegen(?=\s+(?:het|de|dit|deze|dat|een|die)\s)|tegenstander\w*|(?:stem\w*|gestemd)\s+tegen|pleit\w*\s+(?:[^\s,;.]+\s+)?(?:tegen|ertegen)|verzet\w*"
                     r"|afwijz\w*|afgewezen|negatief|afkeur\w*"
                     # (no friend of it: "is geen voorstander van", "is er niet positief over"; in the way: "liggen dwars")
                     rf"|{NO_FRIEND}|dwarsligg\w*|(?:ligt|liggen|lag|lagen)\s+(?:[^\s,;.]+\s+){{0,3}}?dwars"),
]
DIRECTION_NAMES = {("strictness", UP): "een aanscherping", ("strictness", DOWN): "een versoepeling",
                   ("ease", UP): "iets dat makkelijker wordt", ("ease", DOWN): "iets dat moeilijker wordt",
                   ("cost", UP): "hogere kosten", ("cost", DOWN): "lagere kosten",
                   ("safety", UP): "meer veiligheid", ("safety", DOWN): "minder veiligheid",
                   ("effect", UP): "een groot effect", ("effect", DOWN): "een klein effect",
                   ("size", UP): "een toename", ("size", DOWN): "een afname", ("quality", UP): "een verbetering",
                   ("quality", DOWN): "een verslechtering", ("adequacy", UP): "iets dat toereikend is",
                   ("adequacy", DOWN): "iets dat tekortschiet", ("continuity", UP): "voortzetting", ("continuity", DOWN): "een einde",
                   ("stance", UP): "steun", ("stance", DOWN): "verzet"}


# A comparative against "minder" + its base: "veiliger" against "voelen zich minder veilig". Only a conflict when both
# are there; unlike DIRECTION, a claim's "veiliger" needs no counterpart in the evidence to be supported.
OPPOSED_DEGREES: list[tuple[str, int, str]] = [
    ("safety", UP, r"(?<![\w-])veiliger(?!\w)"),
    ("safety", DOWN, r"(?<![\w-])minder\s+veilig(?!\w)"),
    # the size of an effect ("een groot effect op het subsidiebudget" against "Het effect ... is klein")
    ("effect", UP, r"(?<![\w-])(?:groot|grote|flink|flinke|fors|forse|aanzienlijk|aanzienlijke)\s+(?:effect|impact|invloed|gevolgen)(?![\w-])"
                   r"|(?<![\w-])(?:effect|impact|invloed)\s+(?:[^\s,;.]+\s+){0,14}?(?:is|zijn|was|waren)\s+(?:erg\s+|zeer\s+)?(?:groot|aanzienlijk|fors)(?![\w-])"),
    ("effect", DOWN, r"(?<![\w-])(?:klein|kleine|gering|geringe|beperkt|beperkte|minimaal|minimale)\s+(?:effect|impact|invloed|gevolgen)(?![\w-])"
                     r"|(?<![\w-])(?:effect|impact|invloed)\s+(?:[^\s,;.]+\s+){0,14}?(?:is|zijn|was|waren)\s+(?:erg\s+|zeer\s+)?(?:klein|gering|beperkt|minimaal)(?![\w-])"),
]


def detect_direction(claim: str, evidence: str, aliases: AliasTable | None = None) -> Conflict | None:
    """The claim and the evidence clause about the same object go opposite ways (vergroten vs terugdringen)."""

    def describe(cm: Marker, em: Marker) -> str:
        return (f"De bewering beschrijft {DIRECTION_NAMES[(cm.scale, cm.level)]} ('{cm.text}'), "
                f"maar de bron {DIRECTION_NAMES[(em.scale, em.level)]} ('{em.text}').")

    evidence = aim_masked(claim, evidence)
    return (scale_conflict(claim, evidence, DIRECTION, lambda a, b: a != b, "direction", describe)
            or scale_conflict(claim, evidence, OPPOSED_DEGREES, lambda a, b: a != b, "direction", describe)
            or lessened_quality(claim, evidence) or swapped_change(claim, evidence) or un_form_conflict(claim, evidence))


NOMINAL_PREVENTION = re.compile(r"(?<=het\s)voorkomen(?=\s+(?:van|en)\b)", re.I)


def aim_masked(claim: str, evidence: str) -> str:
    """The evidence without prevention named as an aim ("belangrijk bij het voorkomen en aanpakken van discriminatie"),
    which says no change, unless the claim speaks of preventing too (then it is the claim's own word): "vaker een melding"
    is not contradicted by it. Masked to the same length, so markers keep their offsets."""
    if not NOMINAL_PREVENTION.search(evidence) or PREVENTION.search(fold_same_length(claim)):
        return evidence  # (the evidence first: it rarely names prevention, and this runs for every window judged)
    return NOMINAL_PREVENTION.sub(lambda m: "x" * len(m.group(0)), evidence)


def un_form_conflict(claim: str, evidence: str) -> Conflict | None:
    """A comparative of the claim whose "on-" form the evidence says of the same subject, or the reverse: "lhbtiq+ personen
    voelen zich steeds veiliger" against "dat lhbtiq+ personen zich steeds onveiliger voelen" (`on_antonym`; the two
    clauses share two content words)."""
    word = on_antonym(claim, evidence)
    if word is None or not word.endswith("er"):
        return None
    folded_claim, folded_ev = fold_same_length(claim), fold_same_length(evidence)
    other = word[2:] if word.startswith("on") and find_word(word[2:], folded_ev, 0) else "on" + word
    mine, theirs = find_word(word, folded_claim, 0), find_word(other, folded_ev, 0)
    if mine is None or theirs is None:
        return None
    # (the claim's segment: "volgens diverse gemeentelijke en regionale studies juist veiliger" is one statement)
    a, b = span_of(mine.start(), spans(claim, SEGMENT)), span_of(theirs.start(), spans(evidence, SENTENCE_CLAUSE))
    if len(stems(claim[a[0] : a[1]]) & stems(evidence[b[0] : b[1]])) < 2:
        return None
    said, source = claim[mine.start() : mine.end()], evidence[theirs.start() : theirs.end()]
    return Conflict("direction", said, source, f"De bewering zegt '{said}', maar de bron zegt '{source}'.")


# a change from one figure to another: "van zo'n 2745 naar 2545", "steeg van 2545 meldingen in 2023 naar 2745"
CHANGE = re.compile(r"(?<![\w-])van\s+(?:[^\s\d,;]+\s+){0,2}?(\d+(?:[.,]\d+)*)[^,;]{0,40}?\s(?:naar|tot)\s+(?:[^\s\d,;]+\s+){0,2}?(\d+(?:[.,]\d+)*)", re.I)


def change_value(text: str) -> float | None:
    """A figure of CHANGE as a number (`rag.numbers.parse_digits`: "2.745" is 2745), None when it is none."""
    try:
        return parse_digits(text)
    except ValueError:
        return None


def swapped_change(claim: str, evidence: str) -> Conflict | None:
    """The claim's change runs between the evidence's two figures the other way ("omlaag van 2745 naar 2545" against
    "steeg van 2545 ... naar 2745"). Not a period of years ("van 2020 tot 2024")."""
    for m in CHANGE.finditer(claim):
        start, end = change_value(m.group(1)), change_value(m.group(2))
        if start is None or end is None or start == end or all(1900 <= v <= 2100 for v in (start, end)):
            continue
        for n in CHANGE.finditer(evidence):
            if change_value(n.group(1)) == end and change_value(n.group(2)) == start:
                return Conflict("direction", m.group(0), n.group(0),
                                f"De bewering noemt een verandering van {m.group(1)} naar {m.group(2)}, maar de bron "
                                f"van {n.group(1)} naar {n.group(2)}.")
    return None


LESSENED = re.compile(r"(?<![\w-])minder\s+([a-zà-ÿ]{3,}e)\s+([a-zà-ÿ]{4,})(?![\w-])")  # "in minder goede gezondheid"
DEGREE_BEFORE = frozenset({"minder", "meer", "weinig", "niet", "zo", "even", "steeds"})


def lessened_quality(claim: str, evidence: str) -> Conflict | None:
    """An attribute one side lessens with "minder" and the other says plainly: "brengen een groter deel van hun leven door
    in minder goede gezondheid" against "... in goede gezondheid"."""
    for lessened, plain, side in ((evidence, claim, "de bron"), (claim, evidence, "de bewering")):
        folded_plain = fold_same_length(plain)
        for m in LESSENED.finditer(fold_same_length(lessened)):
            for n in re.finditer(rf"(?<![\w-]){m.group(1)}\s+{m.group(2)}(?![\w-])", folded_plain):
                before = folded_plain[: n.start()].split()[-1:]
                if before and before[0] in DEGREE_BEFORE:
                    continue
                return Conflict("direction", plain[n.start() : n.end()] if side == "de bron" else lessened[m.start() : m.end()],
                                lessened[m.start() : m.end()] if side == "de bron" else plain[n.start() : n.end()],
                                f"De richting verschilt: {side} zegt '{m.group(0)}', de andere kant '{n.group(0)}'.")
    return None


# --------------------------------------------------------------------------- counterparts

# Pairs where the claim puts one member in the other's place: "15% van de bestuurders is een man" for "... is vrouw",
# "€ 4,50 netto" for "€ 4,50 bruto", "toegestaan" for "strafbaar". Only when the aligned evidence clause does not
# name the claim's member as well ("verschillen tussen vrouwen en mannen" says nothing against either).
COUNTERPART: list[tuple[str, int, str]] = [
    ("gender", UP, r"vrouw|vrouwen|vrouwelijke?|meisje|meisjes|moeder|moeders|dochters?"),
    ("gender", DOWN, r"man|mannen|mannelijke?|jongen|jongens|vader|vaders|zonen"),
    ("gross", UP, r"bruto"),
    ("gross", DOWN, r"netto"),
    ("legality", UP, r"strafbaar|verboden|illegaal|onrechtmatig"),
    ("legality", DOWN, r"toegestaan|legaal|rechtmatig|geoorloofd"),
    ("obligation", UP, r"verplicht\w*"),
    ("obligation", DOWN, r"vrijwillig\w*|zelf\s+(?:weten|kiezen|bepalen|beslissen)|(?:naar|op)\s+eigen\s+keuze"),  # ("mogen zelf weten of ...")
    # a tier of government: "een sleutelrol voor de provincies" where the source gives it to "gemeenten"
    ("government", 1, r"gemeenten?|gemeentelijke?"),
    ("government", 2, r"provincies?|provinciale?"),
    ("government", 3, r"waterschappen|waterschap"),
]
COUNTERPART_NAMES = {("gender", UP): "vrouwen", ("gender", DOWN): "mannen", ("gross", UP): "bruto", ("gross", DOWN): "netto",
                     ("legality", UP): "iets dat verboden is", ("legality", DOWN): "iets dat mag",
                     ("obligation", UP): "een plicht", ("obligation", DOWN): "iets vrijwilligs",
                     ("government", 1): "gemeenten", ("government", 2): "provincies", ("government", 3): "waterschappen"}


def detect_counterpart(claim: str, evidence: str, aliases: AliasTable | None = None) -> Conflict | None:
    """The claim names one of a pair where the evidence names the other (man/vrouw, bruto/netto, strafbaar/toegestaan)."""

    def describe(cm: Marker, em: Marker) -> str:
        return (f"De bewering spreekt van {COUNTERPART_NAMES[(cm.scale, cm.level)]} ('{cm.text}'), "
                f"maar de bron van {COUNTERPART_NAMES[(em.scale, em.level)]} ('{em.text}').")

    levels: dict[str, set[int]] = {}
    for m in find_markers(claim, COUNTERPART):
        levels.setdefault(m.scale, set()).add(m.level)
    # a pair the claim names both members of ("vrouwen verdienen minder dan mannen") cannot be swapped in it
    lexicon = [entry for entry in COUNTERPART if len(levels.get(entry[0], ())) == 1]
    if not lexicon:
        return None
    # a sex swapped under a negation on both sides is swapped too ("geen enkele man" for "geen enkele vrouw"); not a
    # legal status or a duty ("niet strafbaar" is "toegestaan")
    genders = [entry for entry in lexicon if entry[0] == "gender"]
    return (scale_conflict(claim, evidence, lexicon, lambda a, b: a != b, "entity", describe)
            or (scale_conflict(claim, evidence, genders, lambda a, b: a != b, "entity", describe, negated_both=True) if genders else None))


# --------------------------------------------------------------------------- quantifier

# "alle" as the base of a share ("minder dan een kwart van alle ICT-specialisten") claims nothing of all of them
SHARE_OF_ALL = re.compile(r"(?:procent|%|kwart|helft|derde|vijfde|tiende|deel|aandeel|op\s+de\s+\w+)\s+van\s+alle\b", re.I)
# a hedge of a figure ("slechts ruim vijftien procent": "slechts" only says the figure is small, as "maar 15,3%")
FIGURE_HEDGE = r"(?:ruim|bijna|circa|ongeveer|zo['’]n|net|iets\s+meer\s+dan|iets\s+minder\s+dan|nog\s+geen)"
# "zowel ... als", "onder meer", "zoals": more than the one thing named (against "alleen")
AMONG_OTHERS = r"zowel|onder\s+(?:meer|andere)|waaronder|zoals|inclusief"
MAJORITY = 3.2  # "de meeste", "het merendeel": more than half, which "veel" (3) does not say and "een deel" (2) denies
QUANTIFIER: list[tuple[str, float, str]] = [
    ("det", 4, r"alle|iedere|elke|ieder|elk|iedereen|allemaal|overal"),
    ("det", 3.5, r"(?:bijna|vrijwel|nagenoeg)\s+alle"),  # almost all is not all (see quantifier_clash)
    ("det", MAJORITY, r"de\s+meeste|het\s+merendeel|de\s+meerderheid|(?:een|de)\s+(?:ruime\s+|grote\s+|gewone\s+|gekwalificeerde\s+)?meerderheid|het\s+grootste\s+deel|het\s+overgrote\s+deel"),
    ("det", 3, r"veel|vele|talloze|ontelbare|tal\s+van|talrijke|heel\s+wat"),
    ("det", 2, r"sommige|enkele|bepaalde|verschillende|diverse|meerdere|een\s+aantal|een\s+deel|een\s+paar|een\s+gedeelte|niet\s+(?:alle|elke|iedere|ieder|elk)|niet\s+iedereen"),
    # a single one against several ("slechts door één enkele studie" for "in diverse onderzoeken")
    ("det", 0.5, r"(?:slechts|maar|alleen|precies)\s+(?:door\s+|in\s+|bij\s+|voor\s+)?(?:een|1)\s+enkele?(?![\w-])"),  # (not "slechts een deel")
    ("det", 1, r"een\s+(?:kleine\s+)?minderheid|een\s+klein\s+deel|weinig|slechts\s+enkele|een\s+enkele|nauwelijks|amper|bijna\s+geen"
               r"|(?:een\s+)?(?:handvol|handjevol)"),
    ("det", 0, r"geen\s+enkele?|niemand|geen\s+van\s+de|nergens"),
    ("freq", 4, r"(?<!nog )(?<!nog niet )altijd|telkens|zonder\s+uitzondering|in\s+alle\s+gevallen"),
    # almost always is not always: "zonder uitzondering meisjes" against "bijna altijd meisjes" (see quantifier_clash)
    ("freq", 3.5, r"(?:bijna|vrijwel|nagenoeg)\s+altijd"),
    ("freq", 3, r"vaak|meestal|veelal|doorgaans|geregeld|regelmatig|in\s+de\s+meeste\s+gevallen|veelvuldig|herhaaldelijk"),
    ("freq", 2, r"soms|af\s+en\s+toe|niet\s+(?:meer\s+|langer\s+)?altijd|incidenteel|in\s+sommige\s+gevallen"),
    ("freq", 1, r"zelden|sporadisch|(?:bijna|vrijwel)\s+nooit|in\s+(?:een\s+)?(?:kleine\s+)?minderheid\s+van\s+de\s+gevallen"),
    ("freq", 0, r"nooit|nog\s+nooit"),
    ("novelty", 1, r"voor\s+het\s+(?:aller)?eerst|voor\s+de\s+eerste\s+keer|nooit\s+eerder"),
    ("whole", 1, r"volledig|geheel|helemaal|in\s+(?:zijn|haar|hun)\s+geheel|algehele?"),
    ("whole", 0, r"deels|gedeeltelijk|ten\s+dele|grotendeels"),
    ("lasting", 1, r"eenmalig\w*|tijdelijk\w*"),
    ("lasting", 0, r"structure\w*|permanent\w*|blijvend\w*|bestendig\w*"),
    ("novelty", 0, r"jaarlijks|herhaald|opnieuw|wederom|nogmaals|andermaal|(?<!heen en )weer(?!\s+(?:leidt|leiden|zorgt|zorgen|tot|van))|voor\s+de\s+tweede\s+keer|eerder\s+al"),
    ("only", 1, rf"(?<!niet )(?:alleen|uitsluitend|enkel|slechts)(?!\s+al\b)(?!\s+(?:{FIGURE_HEDGE}\s+)?{NUMBER_WORDS})|enkel\s+en\s+alleen"
                # "puur gericht op jonge mannen", "exclusief bedoeld voor" (not "puur natuur")
                r"|(?<!niet )(?:puur|exclusief)(?=\s+(?:gericht|bedoeld|voor|op|om|uit|vanwege)\b)"),
    # ("ook als": even if)
    ("only", 0, rf"(?<=\w\s)(?:ook|eveneens|tevens)(?!\s+(?:als|wanneer|indien|zonder|al)\b)|niet\s+(?:alleen|uitsluitend|enkel)|{AMONG_OTHERS}"
                r"|niet\s+(?:speciaal|specifiek|puur|exclusief)(?=\s+(?:gericht|bedoeld|voor|op)\b)"),
]
# The same scales said in English, for a claim in English against the Dutch sentence closest to it (`rag.claims`):
# a change ("is shrinking" against "blijft groeien", "a slight fall" against "een voorzichtige stijging") and an amount
# or a frequency ("only some of the activities" against "Alle activiteiten", "always" against "vaak")
# what a figure after "more than"/"less than" looks like: a number, a number word, an article before one
EN_FIGURE_AFTER = r"(?:[\d€$£]|a\s|an\s|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|double|twice|a\s+third|a\s+quarter)"
EN_DIRECTION: list[tuple[str, int, str]] = [
    ("size", UP, r"grow|grows|growing|grew|grown|rise|rises|rising|rose|risen|increas\w*|more\s+and\s+more|(?:a\s+)?growing\s+number"
                 r"|larger|bigger|greater|expand\w*"
                 # (a change said with a phrasal verb or a stronger one: "went up between 2021 and 2023", "climbed"; not "doubled",
                 # a ratio of two figures that the closest sentence may give of another share)
                 r"|(?:go|goes|going|went|gone)\s+up|climb(?:s|ed|ing)?|soar(?:s|ed|ing)?|jump(?:s|ed)"),
    ("size", DOWN, r"shrink\w*|shrank|shrunk|fall|falls|falling|fell|fallen|declin\w*|decreas\w*|drop|drops|dropping|dropped"
                   r"|less\s+and\s+less|fewer\s+and\s+fewer|smaller|(?:a\s+)?(?:slight\s+)?fall\s+in"
                   r"|(?:go|goes|going|went|gone)\s+down|wan(?:e|es|ed|ing)|plummet(?:s|ed|ing)?|dwindl(?:e|es|ed|ing)"),
    # a comparison of two groups ("work ten hours a week more than men" against "werken ... 10 uur per week minder"; not
    # a figure's hedge, "more than 1200 partners", which the Dutch "meer dan" is not either)
    ("size", UP, rf"(?<!no\s)(?<!not\s)more(?=\s+than\s+(?!{EN_FIGURE_AFTER}))"),
    ("size", DOWN, rf"(?<!no\s)(?<!not\s)(?:less|fewer)(?=\s+than\s+(?!{EN_FIGURE_AFTER}))"),
    ("safety", UP, r"safer|(?:increasingly|more)\s+safe"),
    ("safety", DOWN, r"unsafer|less\s+(?:and\s+less\s+)?safe|(?:increasingly|more)\s+unsafe"),
]
# The Dutch side of the English safety markers ("feeling safer and safer" against "zich steeds onveiliger voelen")
NL_SAFETY: list[tuple[str, int, str]] = [
    ("safety", UP, r"(?<![\w-])veiliger(?!\w)"),
    ("safety", DOWN, r"(?<![\w-])(?:onveiliger|minder\s+veilig)(?!\w)"),
]
EN_QUANTIFIER: list[tuple[str, float, str]] = [
    ("det", 4, r"all|every|everyone|everybody|without\s+exception"),
    ("det", 3.5, r"(?:nearly|almost|virtually)\s+all"),
    ("det", MAJORITY, r"most|the\s+majority\s+of|a\s+majority\s+of"),
    ("det", 2, r"only\s+(?:some|part|a\s+part)|not\s+all"),
    ("det", 1, r"(?:only\s+)?a\s+(?:small\s+)?minority"),
    ("det", 0.5, r"only\s+once|just\s+once"),
    ("freq", 4, r"always|invariably"),
    ("freq", 3.5, r"(?:nearly|almost|virtually)\s+always"),
    ("freq", 3, r"often|usually|mostly|frequently|regularly|in\s+most\s+cases"),
    ("freq", 2, r"sometimes|occasionally|now\s+and\s+then|from\s+time\s+to\s+time|in\s+some\s+cases"),
    ("freq", 1, r"rarely|seldom|hardly\s+ever|(?:nearly|almost)\s+never"),
    ("freq", 0, r"never"),
]

# "only" markers of level 0 that add something without claiming it as such ("ook", "onder meer", "zoals")
ALSO = re.compile(rf"ook|eveneens|tevens|{AMONG_OTHERS}")
SCALE_NAMES = {"lasting": "eenmalig of blijvend", "whole": "geheel of deels", "det": "hoeveelheid", "freq": "frequentie", "novelty": "eerste keer of herhaling", "only": "alleen of ook"}


DOINGS = re.compile(r"wat\s+(?:[^\s,;.]+\s+){0,5}?(?:doet|doen|deed|deden|onderneemt|ondernemen|aanbiedt|aanbieden|organiseert|organiseren)\b", re.I)
DOINGS_NOUNS = "activiteiten interventies werkzaamheden"


ATTRIBUTIVE = re.compile(r"\s+[a-zà-ÿ]{3,}(?:e|ige|ische|lijke|ele|ale|bare)\s+[a-zà-ÿ]{3,}", re.I)  # an adjective before the noun


def head_noun(text: str, marker: Marker, words: int = 1) -> set[str]:
    """Stems of the first content word(s) after a determiner ("alle scholen" -> {"schol"}); empty for adverbs."""
    if marker.scale != "det":
        return set()
    after = text[marker.end :].split()
    if after and after[0].lower() == "van":  # a part of a whole ("een deel van wat het project doet aan activiteiten"): the whole
        whole = stems(" ".join(after[1:9]))
        if DOINGS.match(" ".join(after[1:9])):  # "wat de alliantie doet" is its activities
            whole |= stems(DOINGS_NOUNS)
        return whole
    out: set[str] = set()
    for word in after[:4]:
        found = stems(word)
        if found:
            out |= found
            words -= 1
            if words == 0:
                break
    return out


def quantifier_clash(scale: str, a: float, b: float) -> bool:
    """Levels two or more apart clash (alle vs sommige, altijd vs soms), and the claim's extreme against the level next
    to it; two-valued scales clash when different. `a` is the claim's level, `b` the evidence's."""
    if scale in ("novelty", "only", "whole", "lasting"):
        return a != b
    # the claim's universal against the evidence's "veel"/"vaak" ("alle drempels" for "veel van deze drempels",
    # "altijd" for "vaak"), or its "nooit"/"geen enkele" against "zelden"/"weinig"; not the other way round
    # "bijna alle"/"bijna altijd" sit between (3.5): against "alle"/"altijd" in the claim, and two from "soms"
    # a majority against a part ("het merendeel" / "een deel", "sommige"), either way
    return abs(a - b) >= 1.5 or (a, b) in ((4, 3), (4, MAJORITY), (4, 3.5), (0, 1)) or (scale == "det" and MAJORITY in (a, b) and min(a, b) == 2)


def detect_quantifier(claim: str, evidence: str, aliases: AliasTable | None = None) -> Conflict | None:
    """alle/elke vs sommige/een deel, altijd vs soms/nooit, voor het eerst vs opnieuw, alleen vs ook,
    de meeste vs een minderheid -- on the same noun or the same clause."""
    claim_markers = find_markers(claim, QUANTIFIER)
    ev_markers = find_markers(evidence, QUANTIFIER)
    ev_values = numeric_values(evidence)
    for cm in claim_markers:
        noun = head_noun(claim, cm, words=1 + (ATTRIBUTIVE.match(claim[cm.end :]) is not None))  # "een paar specifieke groepen"
        same_scale = [em for em in ev_markers if em.scale == cm.scale and not units_differ(noun, head_noun(evidence, em, words=3))]
        aligned = best_aligned(claim, cm, evidence, same_scale)
        if aligned and all(quantifier_clash(cm.scale, cm.level, em.level) for em in aligned):
            em = aligned[0]
            return Conflict("quantifier", cm.text, em.text,
                            f"De bewering zegt '{cm.text}', maar de bron zegt '{em.text}' ({SCALE_NAMES[cm.scale]}).")
        count = bare_count(cm, noun, evidence) if not same_scale else None
        if count is not None:
            return Conflict("quantifier", cm.text, count,
                            f"De bewering zegt '{cm.text}', maar de bron noemt een aantal ('{count}').")
        share = share_against(cm, noun, evidence, ev_values) if not same_scale else None
        if share is not None:
            return Conflict("quantifier", cm.text, share,
                            f"De bewering zegt '{cm.text}', maar de bron noemt een aandeel ('{share}').")
    return None


def share_against(cm: Marker, noun: set[str], evidence: str, ev_values: list[Value]) -> str | None:
    """The claim's majority ("de meeste stellen", "de meerderheid van de vrouwen") against a share of the same noun
    below half in the evidence ("nog geen tien procent van de stellen", "Vier op de tien vrouwen"), or its minority ("een
    klein deel", "weinig") against one above half. `ev_values`: the evidence's `numeric_values`."""
    if cm.scale != "det" or not noun or not (cm.level == MAJORITY or cm.level <= 1):
        return None
    for v in ev_values:
        if v.kind != "percentage":
            continue
        near = stems(" ".join(evidence[v.end :].split()[:4]))
        if not near & noun:
            continue
        low, high = value_range(v, evidence, source=True)
        if (cm.level == MAJORITY and high < 50) or (cm.level <= 1 and low > 50):
            return v.text
    return None


DEFINITE_BEFORE = re.compile(r"(?:de|alle|die|deze|onze|haar|hun|zijn|elk\w*|ieder\w*)\s+$", re.I)


def bare_count(cm: Marker, noun: set[str], evidence: str) -> str | None:
    """The claim's universal ("alle lidstaten") against a bare count of the same noun in the evidence ("door twintig
    lidstaten"): some of them, not all. A definite count ("de 56 Regenboogsteden") is the whole, no conflict."""
    if cm.scale != "det" or cm.level != 4 or not noun:
        return None
    for v in numeric_values(evidence):
        if v.kind != "number" or not (unit_of(v, evidence) & noun) or DEFINITE_BEFORE.search(evidence[max(0, v.start - 12) : v.start]):
            continue
        after = evidence[v.end :].split()
        return f"{v.text} {after[0]}" if after else v.text
    return None


# --------------------------------------------------------------------------- modality

OBLIGATION, PERMISSION = 4, 1
POSSIBLE, PLAN, DECIDED, DONE = 1, 2, 3, 4
DONE_VERBS = (r"uitgevoerd|gerealiseerd|ondertekend|verschenen|aangesteld|geopend|opgeleverd|verstuurd|verzonden|gepresenteerd|toegekend|verstrekt|uitgekeerd|afgerond|ingediend|aangewezen|gepubliceerd|geevalueerd|uitgebracht|goedgekeurd|vastgelegd|aangesloten|ingevoerd|ingesteld|gestart|begonnen|aangenomen|vastgesteld|opgericht|opgezet|gelanceerd|geintroduceerd"
              r"|afgeschaft|doorgevoerd|in\s+werking\s+getreden|besloten")
# A past participle at the end of the clause (Dutch verb-final order: "heeft het voorstel vorige maand al bij de Kamer
# ingediend"): a ge-form, a strong ge-form, or a ver-/be-/ont-/her- form in -d; not a noun that looks like one.
PARTICIPLE = (r"(?!(?:geld|geweld|gebied|gezicht|gewicht|gedicht|gerecht|geluid|gezond|gemiddeld|gericht|gebaseerd|bedoeld|beleid"
              r"|bestand|verband|gevoelig\w*|\w*heid|\w*tijd)(?![\w-]))"
              r"(?:\w*ge\w{2,}(?:d|t)|\w*ge(?:nomen|geven|sloten|schreven|trokken|stegen|bleven|komen|dragen|vonden|wezen|zien|daan"
              r"|gaan|houden|laten|roepen|kozen|lopen|bonden|boden|sproken|dreven|wonnen|vallen|heven|zocht|bracht|dacht"
              r"|drongen|dwongen|troffen|worpen|worven|broken|schoten|stonden)"
              r"|(?:ver|be|ont|her)\w{3,}d)")
# Up to twenty words of one clause between an auxiliary and its participle (no subordinator, no "te", no aim).
CLAUSE_WORDS = (r"(?:\([^()]{1,40}\)\s+|[^\s,;.:()]+,\s+(?:met|zoals|waaronder|namens)\s+[^,;.:()]{1,60},\s+|[^\s,;.:()]+-\s+(?:en|of)\s+|(?!(?:dat|die|om|omdat|zodat|als|wanneer|maar|of|te|wat|wie|waar\w*)\s)"
                # "en" joins two clauses, but not two names or noun phrases: "in opdracht van SZW en de NCTV geëvalueerd"
                r"(?!en\s+(?!(?:de|het|een|(?-i:[A-ZÀ-Þ])[^\s,;.:()]*)\s))"
                r"[^\s,;.:()]+\s+){0,20}?")  # ("dak- en thuislozen" is one noun phrase; "(ECAD-P)" is one word)
# What may follow a clause-final participle: the clause ends, or a preposition or conjunction follows ("betaald werk" is no verb).
CLAUSE_END = (r"(?=\s*(?:[,.;:!?()]|$)|\s+(?:en|of|maar|door|dan|om|omdat|zodat|doordat|dat|die|te|in|op|bij|met|voor|na|aan|tot|uit|over|sinds|vanaf|per)(?![\w-]))")
# A time still to come, said without a year; before a present-tense verb it makes a decision ("Dit najaar publiceert
# SSV een handreiking" is no fact yet).
COMING_TIME = (r"(?:binnenkort|straks|volgend\w*\s+jaar|komend\w*\s+(?:jaar|periode|maanden)|(?:later|eind)\s+dit\s+jaar"
               r"|dit\s+(?:najaar|voorjaar|zomer|winter))")
FUTURE_TIME = rf"(?:in|vanaf|per|eind|begin|medio|uiterlijk|voor|na)\s+(?:\w+\s+)?20\d\d|later|komend\w*\s+jaren|{COMING_TIME}"
# Something finished, said without a participle: "zijn de benodigde tools inmiddels klaar".
# "heeft al meer dan 1200 partners", "zijn al ruim 40 gemeenten": how many there are now, no action completed
# (not "een": "Er is al een wet" says it exists, against a plan)
NOT_A_COUNT = r"(?!\s+(?:meer\s+dan|ruim|bijna|ongeveer|zo'n|circa|\d|(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|honderd|duizend)\w*(?![\w-])))"
DONE_STATE = (r"(?:is|zijn)\s+(?:[^\s,;.]+\s+){0,6}?(?:inmiddels|al)\s+(?:klaar|gereed|afgerond|in\s+gebruik)"
              r"|(?:is|zijn|heeft|hebben|ligt|liggen|bestaat|bestaan)\s+(?:[^\s,;.]+\s+){0,16}?inmiddels(?![\w-])"  # "heeft de richtlijn ... inmiddels ... omgezet", "ligt inmiddels in consultatie", "bestaat inmiddels voor 30% uit"
              r"|(?:ligt|liggen|lag|lagen|staat|staan|stond|stonden)\s+(?:[^\s,;.]+\s+){0,8}?(?:klaar|gereed)(?![\w-])"  # "ligt er een blauwdruk klaar"
              r"|(?:ligt|liggen)\s+(?:[^\s,;.]+\s+){0,8}?(?:al|reeds)\s+(?:bij|in|ter)(?![\w-])")  # "ligt al bij de Tweede Kamer"
DEONTIC: list[tuple[str, int, str]] = [
    ("deontic", OBLIGATION, r"taak\s+(?:[^\s,;.]+\s+){0,10}?om(?=\s)|(?:schrijft|schrijven)\s+(?:[^\s,;.]+\s+){0,6}?voor|voorgeschreven|moet|moeten|moest|moesten|verplicht\w*|dient\s+te|dienen\s+te|diende\s+te|(?:is|zijn)\s+vereist|\w+plicht(?:en)?"),
    ("deontic", PERMISSION, r"mag|mogen|mocht|mochten|kan|kunnen|kon|konden|vrijwillig\w*|vrijblijvend\w*|optioneel\w*|toegestaan|facultatief|naar\s+eigen\s+(?:inzicht|keuze)"
                            r"|in\s+de\s+gelegenheid|(?:de|een)\s+mogelijkheid\s+(?:om|tot)"
                            # a choice given ("Scholen krijgen de keuze of ze zich ... aansluiten", "mogen zelf bepalen")
                            r"|(?:krijgt|krijgen|kreeg|kregen|heeft|hebben|had|hadden)\s+(?:[^\s,;.]+\s+){0,3}?(?:de|een|die|zelf\s+de)\s+keuze(?=\s+(?:om|of|tussen|uit)\b)"
                            r"|(?:mag|mogen|kan|kunnen)\s+zelf\s+(?:kiezen|bepalen|beslissen)(?![\w-])|(?:laat|laten|liet)\s+(?:het\s+)?aan\s+(?:[^\s,;.]+\s+){0,6}?over"
                            r"|(?:staat|staan|stond|stonden)\s+(?:[^\s,;.]+\s+){0,4}?vrij|vrij\s+(?:om|of)(?![\w-])"
                            r"|beveel\w*\s+(?:[^\s,;.]+\s+){0,6}?aan|aanbevel\w*"
                            r"|moedig\w*\s+(?:[^\s,;.]+\s+){0,6}?aan|aanmoedig\w*|aangemoedigd"  # encouraged, not obliged
                            r"|niet\s+verplicht\w*|(?:hoeft|hoeven)\s+(?:[^\s,;.]+\s+){0,4}?niet|niet\s+hoeven"),
]
# "zet (vooral) in op", "inzet op": a plan, and what "richt zich op" says (FOCUS)
ZET_IN_OP = r"(?:zet|zetten|zette)\s+(?:[^\s,;.]+\s+){0,6}?in\s+op|inzet\s+op"
COMMITMENT: list[tuple[str, int, str]] = [
    # (not "kan rekenen op": what one can count on is certain)
    ("commit", POSSIBLE, r"(?:kan|kunnen|kon|konden)(?!\s+(?:[^\s,;.]+\s+){0,5}?rekenen\s+op\b)|zou\s+kunnen|mogelijk|mogelijkerwijs|misschien|wellicht|eventueel|eventuele"),
    ("commit", PLAN, r"(?:moet|moeten|dient|dienen)\s+(?:[^\s,;.]+\s+){0,8}?uiterlijk|uiterlijk\s+(?:[^\s,;.]+\s+){0,4}?(?:moet|moeten|dient|dienen)|verwacht\w*|naar\s+verwachting|overweeg\w*|overwoog|onderzoekt|onderzoeken\s+(?:of|hoe|welke|wat)"
                     r"|(?:wordt|worden)\s+onderzocht|laat\s+onderzoeken|verken\w*"
                     r"|(?:(?<!vrije )(?<!eigen )(?<!goede )(?<!de )wil|willen|wilde|wilden)(?![^,;.]{0,40}?\bweten\b)"  # ("wil van de SER weten": asks)
                     r"|(?:de|haar|zijn|onze|hun)\s+ambitie\s+(?:om|te|dat|is|deze|dit|het|de)|"
                     # (not the noun: "komt er werk aan netwerken")
                     r"(?<!\ber )(?<!\bhet )(?<!\bveel )(?<!\bmeer )(?:werk|werkt|werken|werkte|werkten)\s+(?:(?!mee\s)[^\s,;.]+\s+){0,4}?aan(?![\w-])|(?:wordt|worden)\s+(?:[^\s,;.]+\s+){0,4}?aan\s+gewerkt"
                     r"|in\s+(?:voorbereiding|ontwikkeling)|bezig\s+met|(?:wordt|worden)\s+momenteel"
                     r"|(?:is|zijn)\s+van\s+plan|is\s+de\s+bedoeling|(?:de|het)\s+bedoeling\s+is|(?:wordt|worden)\s+(?:[^\s,;.]+\s+){0,6}?(?:ontwikkeld|uitgewerkt|voorbereid|bekeken|gekeken(?!\s+naar\s+wat\b))|voornemens|voornemen|voorgenomen|voorziene|beoog\w*|stree\w*|streven|plant|plannen"
                     r"|" + ZET_IN_OP +
                     r"|(?:bereidt|bereiden|bereidde|bereidden)\s+(?:[^\s,;.]+\s+){0,8}?voor(?=\s*[,.;]|\s+(?:en|plus|om)\b|$)"
                     r"|(?:het\s+)?(?:plan|doel|ambitie)\s+is|(?:de\s+)?planning\s+is\s+(?:om|dat|er\s*op)|volgens\s+(?:(?:de|het|haar|zijn)\s+)?(?:planning|tijdpad|plan)|aan\s+de\s+planning\s+ligt|(?:mikt|mikken|mikte)\s+(?:erop\s+dat|op\s+(?:\d|begin|eind|medio|half|de\s+zomer))|"
                     r"(?:het|als)\s+doel\s+(?:dat|om)|(?:heeft|hebben)\s+(?:[^\s,;.]+\s+){0,3}?als\s+(?:doel|ambitie|streven)"
                     # what takes place once something is over ("Een evaluatie ... vindt na afloop van de pilot plaats")
                     r"|(?:vindt|vinden|volgt|volgen)\s+(?:[^\s,;.]+\s+){0,4}?na\s+afloop\s+van"),
    ("commit", DECIDED, r"(?:heeft|hebben)\s+besloten|besloot|besluit|zal|zullen|toegezegd|(?:zegt|zeggen|zegde|zegden)\s+(?:[^\s,;.]+\s+){0,6}?toe"
                        r"|(?<!tegen\ste\s)(?:ga|gaat|gaan)(?!\s+(?:(?:ook|vooral|juist|niet|dan|nu|hier|daar|er)\s+)?(?:over|om|uit|door|mee|naar|ten|hand))(?![^,;.]{0,80}?\bnaar\s+(?:de|het|een)\b)"  # ("gaat ... naar de Raad van State": goes)
                        rf"|(?:wordt|worden)\s+(?:[^\s,;.]+\s+){{0,14}}?(?:ingevoerd|ingesteld|gestart|afgeschaft)|treedt\s+(?:[^\s,;.]+\s+){{0,6}}?in\s+werking"),
    # (not across a relative clause: "komt er één loket dat rechtshulp combineert met de taken ..." is no "komen met")
    ("commit", DECIDED, rf"(?:komt|komen)\s+(?:(?!(?:dat|die|wie|wat|waar\w*)\s)[^\s,;.]+\s+){{0,10}}?met\s+(?:een|de|het|nieuwe)|{COMING_TIME}\s+[a-z]+(?:t|en)(?![\w-])"
                        rf"|(?:{FUTURE_TIME})\s+(?:wordt|worden)\s+{CLAUSE_WORDS}{PARTICIPLE}"
                        rf"|(?:wordt|worden)\s+{CLAUSE_WORDS}(?:{FUTURE_TIME})\s+{CLAUSE_WORDS}{PARTICIPLE}"),
    ("commit", DONE, rf"(?:is|zijn|werd|werden|heeft|hebben)\s+(?:[^\s,;.]+\s+){{0,5}}?(?:{DONE_VERBS})|(?:is|zijn|heeft|hebben)\s+al{NOT_A_COUNT}"
                     rf"|(?:is|zijn|werd|werden|heeft|hebben|had|hadden)\s+{CLAUSE_WORDS}{PARTICIPLE}{CLAUSE_END}"
                     # the minister's "heb ik" with a verb of a thing done, an aside between commas too ("heb ik met een
                     # kopgroep van schoolbesturen, met daaraan 200 scholen verbonden, een pilot uitgevoerd"; not what she
                     # announced or signed: "Ik heb eerder aangekondigd dat ik ... zal oprichten")
                     rf"|heb\s+{CLAUSE_WORDS}(?:{DONE_VERBS}){CLAUSE_END}"
                     # "al" right before the participle, however long the object ("heeft de zorgplicht voor ... en onderzoek al
                     # wettelijk vastgelegd")
                     # (a list with commas in the object: "heeft zijn plan tegen discriminatie, racisme en ... al gepresenteerd")
                     rf"|(?:is|zijn|heeft|hebben)\s+(?:[^\s;.]+\s+){{0,16}}?al\s+(?:[^\s,;.]+\s+){{0,2}}?(?:{DONE_VERBS})"
                     # the perfect of "laten" with an infinitive ("heeft de aard en omvang ... al laten onderzoeken")
                     # (not an infinitive clause's: "heeft al een pilot gedraaid om leraren meer uren te laten werken")
                     rf"|(?:heeft|hebben|had|hadden)\s+(?:[^\s,;.]+\s+){{0,16}}?(?<!\bte\s)laten\s+(?!(?:weten|zien|horen|blijken)\b)[a-z]+en(?![\w-])"
                     rf"|{DONE_STATE}"),  # (last: the participle, when there is one, ends the marker)
]
# A condition put first with the verb leading ("Gaat het bij een AI-systeem ernstig mis, dan ..."): its verb says no plan
CONDITION_FIRST = re.compile(r"^\s*(?:gaat|gaan|komt|komen|wordt|worden|is|zijn|heeft|hebben|krijgt|krijgen|blijkt|loopt|raakt|mocht|mochten)"
                             r"\s[^,;.]{3,150},\s*(?:dan|then)\b", re.I)
RELATIVE = re.compile(r"(?<![\w-])(?:die|dat|wie|wat|waar\w*)(?![\w-])", re.I)  # a marker after it belongs to a subclause ("vrouwen die ... willen")
HEDGES = re.compile(r"\b(?:naar verwachting|mogelijk|misschien|wellicht|eventueel|waarschijnlijk|vermoedelijk)\b")
FUTURE = re.compile(rf"^(?:zal|zullen|ga|gaat|gaan|wordt|worden|treedt|komt|komen|{FUTURE_TIME})\b")
AUXILIARY = re.compile(r"^(?:zal|zullen|gaat|gaan|kan|kunnen|kon|konden)$")
APPROVAL_CONDITION = re.compile(r"(?<![\w-])(?:als|indien|zodra|mits|if|once)\s+(?:[^\s,;.]+\s+){1,8}?(?:goedkeurt|goedkeuren|instemt|instemmen|akkoord|geeft|geven"
                                r"|toestemming|groen\s+licht|approves?|agrees?)(?![\w-])", re.I)  # a condition of approval
LEVEL_NAMES = {("deontic", OBLIGATION): "een verplichting", ("deontic", PERMISSION): "een mogelijkheid zonder plicht",
               ("commit", POSSIBLE): "een mogelijkheid", ("commit", PLAN): "een voornemen of verwachting",
               ("commit", DECIDED): "een besluit", ("commit", DONE): "iets dat al is gebeurd"}


TE_BEFORE = re.compile(r"(?<![\w-])te\s+$", re.I)
PURPOSE_BEFORE = re.compile(r",\s*(?:zodat|opdat)\s+(?:[^\s,;.]+\s+){0,8}$")


# A title after what it names says nothing of the statement: "de campagne Wat mag je verwachten?" plans nothing
TITLE_AFTER_NOUN = re.compile(r"(?<![\w-])[\w-]*?(?:campagne|project|programma|lesprogramma|methode|website|handreiking|brochure|gids|wegwijzer|"
                              r"toolkit|training|podcast|serie)\s+['‘\"“]?([A-Z][^.!?;]{2,60}[!?])")


def commitment(text: str, span: tuple[int, int]) -> Marker | None:
    """How firm the span's statement is: the first marker governs ("verwacht dat ... zal" is an expectation);
    an auxiliary (zal, gaat, kan) gives way to a later lexical marker; a hedge ("naar verwachting") makes
    a decision a plan."""
    markers = find_markers(text[span[0] : span[1]], COMMITMENT)
    if not markers:
        return None
    markers = [m for m in markers if not infinitive_or_relative(text, span[0], m) and not relative_wish(text, span[0], m)
               and not modal_gaan(text, span[0], m)
               and not (m.level == POSSIBLE and TE_BEFORE.search(text[span[0] : span[0] + m.start]))  # ("om ... uit te kunnen voeren": an aim)
               # (nor after "zodat": "kwam extra geld vrij, zodat meer gemeenten kunnen aanhaken" says what the money is for)
               and not (m.level == POSSIBLE and PURPOSE_BEFORE.search(fold_same_length(text[span[0] : span[0] + m.start])))
               # (nor in a condition with its subject: "als je meer of juist minder gaat werken" decides nothing)
               and not CONDITIONAL_BEFORE.search(fold_same_length(text[span[0] : span[0] + m.start]))]
    inserted = [(r.start(), r.end()) for r in RELATIVE_INSERT.finditer(text[span[0] : span[1]])]
    # (a title is read in the whole text: its closing "?" or "!" may lie past a segment, which ends there)
    inserted += [(t.start(1) - span[0], t.end(1) - span[0]) for t in TITLE_AFTER_NOUN.finditer(text) if span[0] <= t.start(1) < span[1]]
    markers = [m for m in markers if not any(s <= m.start < e for s, e in inserted)]
    condition = CONDITION_FIRST.match(text[span[0] : span[1]])
    markers = [m for m in markers if not condition or m.start >= condition.end()]
    if not markers:
        return None
    first = markers[0]
    if AUXILIARY.match(fold_same_length(first.text)):
        lexical = [m for m in markers[1:] if not AUXILIARY.match(fold_same_length(m.text)) and m.level != POSSIBLE
                   and not RELATIVE.search(text[span[0] + first.end : span[0] + m.start])]
        first = lexical[0] if lexical else first
    hedge = HEDGES.search(fold_same_length(text[span[0] : span[1]]))
    if hedge and first.level >= DECIDED:
        return Marker("commit", PLAN, hedge.group(0), span[0] + hedge.start(), span[0] + hedge.end())
    return Marker(first.scale, first.level, first.text, span[0] + first.start, span[0] + first.end)


CONDITIONAL_BEFORE = re.compile(r"(?<![\w-])(?:als|wanneer|indien|zodra)\s+(?:je|jij|u|we|wij|ze|zij|hij|men|iemand)\s+(?:[^\s,;.()]+\s+){0,6}$", re.I)


OLD_DONE = re.compile(rf"(?:is|zijn|werd|werden|heeft|hebben)\s+(?:[^\s,;.]+\s+){{0,5}}?(?:{DONE_VERBS})|(?:is|zijn|heeft|hebben)\s+al{NOT_A_COUNT}|{DONE_STATE}")
MODAL_BEFORE = re.compile(r"(?<![\w-])(?:moet|moeten|moest|zal|zullen|zou|zouden|kan|kunnen|mag|mogen|wil|willen|dient|dienen)(?![\w-])")
SUBORDINATOR = re.compile(r"(?<![\w-])(?:die|dat|wie|wat|welke|waar\w*|omdat|doordat|nadat|zodat|hoewel|als|wanneer|sinds|of)(?![\w-])")
RELATIVE_BEFORE = re.compile(r"(?<![\w-])(?:die|dat|wie|wat|welke|waar\w*)\s*$")


# ("inzicht in wat mannen kunnen betekenen", "het lesprogramma, dat jongeren ... wil maken"; a result clause too: "extra
# geld, zodat meer gemeenten konden aansluiten" says what others can do)
RELATIVE_CLAUSE_START = re.compile(r"(?<![\w-])(?:die|wie|welke|wat|hoe|waarin|waarmee|waarop|waarbij|waarvoor|waardoor|waaruit|zodat|(?<=[a-zà-ÿ]\s)waar|"
                                   r"(?<=,\s)dat)\s+(?:[^\s,;.]+\s+){0,9}$")


# A relative clause between commas says something of a noun, not how firm the statement is: "Het lesprogramma, dat
# jongeren weerbaar wil maken en inzet op burgerschap, is geëvalueerd" states an evaluation done.
RELATIVE_INSERT = re.compile(r"(?<=[\w’'”)]),\s+(?:dat|die|wat|welke|waarin|waarmee|waarop|waarbij|waarvoor|waardoor)\s[^,;:.()]{3,}?,")


def shared_relative_wish(claim: str, text: str, m: Marker) -> bool:
    """A relative_wish of `text` whose relative clause opens with a word the claim has too ("waarmee")."""
    opener = relative_opener(text, 0, m)
    word = opener.group(0).split()[0] if opener else ""
    return bool(word) and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", fold_same_length(claim)) is not None


# An adverb right after a modal that follows the verb ending a relative clause: the modal is the main clause's
MAIN_VERB_AFTER_CLAUSE = re.compile(r"\s+(?:daarom|dus|ook|echter|wel|zeker|mogelijk|bijvoorbeeld|volgens|in|bij|een|de|het)\b", re.I)


def relative_wish(text: str, offset: int, m: Marker) -> bool:
    """A "wil", "kan" or "gaan" of a relative clause or an indirect question ("partijen die rekenkracht willen
    aanvragen", "vrouwen die meer willen gaan werken", "wat mannen kunnen betekenen"): what others want, can or will
    do, not how firm the statement is."""
    return relative_opener(text, offset, m) is not None


def relative_opener(text: str, offset: int, m: Marker) -> re.Match[str] | None:
    """The opening of the relative clause or indirect question whose "wil", "kan" or "gaan" `m` is (relative_wish), or None."""
    if fold_same_length(m.text) not in ("wil", "willen", "wilde", "wilden", "kan", "kunnen", "kon", "konden", "gaan", "gaat"):
        return None
    if MAIN_VERB_AFTER_CLAUSE.match(text, offset + m.end) and re.search(r"[a-zà-ÿ]{3,}en\s+$", text[: offset + m.start]):
        return None  # the main clause's verb right after the relative clause's ("die ... onderbreken kunnen daarom effectief zijn")
    return RELATIVE_CLAUSE_START.search(fold_same_length(text[: offset + m.start]))



def clause_so_far(before: str) -> str:
    """The end of `before` after its last comma, semicolon, colon or opening bracket: the clause a marker stands in."""
    return before[max((before.rfind(c) for c in ",;:("), default=-1) + 1 :]


def infinitive_or_relative(text: str, offset: int, m: Marker) -> bool:
    """A participle found past an auxiliary that is no completed action of the statement: a perfect infinitive after a
    modal ("moet ... zijn omgezet") or the verb of a relative clause ("wie is veroordeeld")."""
    if m.level != DONE or OLD_DONE.fullmatch(fold_same_length(m.text)):
        return False
    before = fold_same_length(text[:offset + m.start])
    if MODAL_BEFORE.search(clause_so_far(before)) or RELATIVE_BEFORE.search(before):
        return True
    # a subordinate clause ends in its verb cluster ("waarvoor zij geen, goed geïnformeerde toestemming hebben gegeven")
    sentence = re.split(r"[.;:!?]\s", before)[-1]
    return len(m.text.split()) == 2 and bool(SUBORDINATOR.search(" ".join(sentence.split()[-15:])))


def modal_gaan(text: str, offset: int, m: Marker) -> bool:
    """"gaan" as the infinitive after a modal of its clause ("De wet moet per 1 augustus 2026 gaan gelden"): the modal,
    not "gaan", says how firm the statement is."""
    if fold_same_length(m.text).lower() != "gaan":
        return False
    return MODAL_BEFORE.search(clause_so_far(fold_same_length(text[:offset + m.start]))) is not None


OPPOSING_PREFIXES = frozenset({"on", "in", "non", "niet", "anti", "pro", "contra", "de", "a"})


def fuzzy_shared(words: set[str], other: set[str]) -> int:
    """Stems of `words` that `other` has, itself or as a part of a compound of five letters or more
    ("socialemediacampagn" / "campagn", "vervolgpilot" / "pilot")."""
    def part_of(a: str, b: str) -> bool:
        # (not a word with a prefix that opposes or negates it: "proactief" is no compound of "actief", nor
        # "onveilig" of "veilig")
        return len(b) >= 5 and (a.startswith(b) or (a.endswith(b) and a[: -len(b)] not in OPPOSING_PREFIXES))

    return sum(1 for w in words if w in other or any(part_of(w, o) or part_of(o, w) for o in other))


def aligned_segment(claim: str, evidence: str) -> tuple[int, int] | None:
    """The evidence segment (split at ; ? ! and "maar") that shares most content stems with the claim (at least two);
    of segments that share as many, the one with the fewest other words."""
    words = stems(claim)
    scored = [(fuzzy_shared(words, seg := stems(evidence[s:e])), len(seg), (s, e)) for s, e in spans(evidence, SEGMENT)]
    top, _n, best = max(scored, key=lambda x: (x[0], x[0] / (x[1] or 1)))  # a tie: the tighter segment
    return best if top >= min(2, len(words)) else None


def needed_said(claim_word: str, evidence: str) -> bool:
    """The claim's "moet" said as a need ("vraagt om zorgvuldige validatie"): a "kunnen" elsewhere in the evidence
    ("selectiecriteria kunnen discriminerend uitpakken") is no permission against it."""
    return fold_same_length(claim_word).lower() in ("moet", "moeten") and NEEDED.search(fold_same_length(evidence).lower()) is not None


WHOEVER_WANTS = re.compile(r"^\s*wie\s+(?:[^\s,;.]+\s+){0,14}?(?:wil|wilt|willen|wilde|wilden)\b[^.;]*,\s*$", re.I)


# A claim that something happens whatever else does ("start in 2026 hoe dan ook, los van een besluit van de Europese
# Commissie") against evidence that makes it depend on a condition ("Als de Europese Commissie het project goedkeurt zal
# het in 2026 van start gaan"; an "als" clause first, before its main clause's verb, is a condition, not "as ...")
UNCONDITIONAL = re.compile(r"(?<![\w-])(?:hoe\s+dan\s+ook|sowieso|ongeacht|los\s+van\s+(?:een|het|de|wat)|in\s+(?:ieder|elk)\s+geval|zonder\s+meer"
                           r"|onvoorwaardelijk)(?![\w-])")
IF_CLAUSE = re.compile(r"(?:^|[.;:]\s+)(?P<clause>als\s+(?!onderdeel|gevolg|voorbeeld|eerste|tweede|coordinerend|staatssecretaris|minister|kabinet)"
                       r"[^,.;]{3,80}?)(?:,\s*|\s+)(?:zal|zullen|dan|wordt|worden|kan|kunnen|gaat|gaan|krijgt|krijgen)(?![\w-])")


def unconditional(conflict: Conflict) -> bool:
    """A conflict of `detect_condition`: no other sentence that agrees on the commitment undoes it."""
    return conflict.kind == "modality" and UNCONDITIONAL.fullmatch(fold_same_length(conflict.claim_text)) is not None


def detect_condition(claim: str, evidence: str) -> Conflict | None:
    """The claim says it happens regardless (UNCONDITIONAL), the evidence under a condition (CONDITION, IF_CLAUSE)."""
    said = UNCONDITIONAL.search(fold_same_length(claim))
    folded = fold_same_length(evidence)
    if said is None:
        return None
    clause = IF_CLAUSE.search(folded)
    span = clause.span("clause") if clause else (m.span() if (m := CONDITION.search(folded)) else None)
    if span is None:
        return None
    claimed, stated = claim[said.start() : said.end()], evidence[span[0] : span[1]]
    return Conflict("modality", claimed, stated, f"De bewering zegt ‘{claimed}’, maar de bron stelt een voorwaarde: ‘{stated}’.")


# An effect said to be proven, where the evidence says it may be: "zijn bewezen effectief" against "kunnen daarom effectief zijn"
PROVEN_EFFECT = re.compile(r"(?<![\w-])(?:(?:bewezen|aantoonbaar|gegarandeerd)\s+(?P<effect>effectief|effectieve|werkzaam|werkzame|succesvol|succesvolle)"
                    r"|(?:is|zijn|werd|werden)\s+(?:[^\s,;.]+\s+){0,2}?(?:bewezen|aangetoond)\s+dat)(?![\w-])")
POSSIBLE_EFFECT = re.compile(r"(?<![\w-])(?:kan|kunnen|zou|zouden|mogelijk|wellicht|misschien)\s+(?:[^\s,;.]+\s+){0,3}?(?P<effect>effectief|werkzaam|succesvol)(?![\w-])")


def proven_where_possible(claim: str, evidence: str) -> Conflict | None:
    """The claim says an effect is proven where the evidence says only that it can be (PROVEN_EFFECT, POSSIBLE_EFFECT)."""
    c, e = fold_same_length(claim), fold_same_length(evidence)
    proven, possible = PROVEN_EFFECT.search(c), POSSIBLE_EFFECT.search(e)
    if (proven is None or possible is None or PROVEN_EFFECT.search(e)
            or proven.group("effect") and not proven.group("effect").startswith(possible.group("effect")[:6])):
        return None
    return Conflict("modality", claim[proven.start() : proven.end()], evidence[possible.start() : possible.end()],
                    f"De bewering zegt dat het bewezen is ('{claim[proven.start() : proven.end()]}'), maar de bron alleen dat het kan "
                    f"('{evidence[possible.start() : possible.end()]}').")


def detect_modality(claim: str, evidence: str, aliases: AliasTable | None = None) -> Conflict | None:
    """Obligation vs permission (moet vs mag/kan/vrijwillig), or plan/possibility vs decision/done
    (verwacht, overweegt, wil, kan vs heeft besloten, is ingevoerd, gaat invoeren, zal); or a claim without the
    evidence's condition (`detect_condition`)."""
    if (conditional := detect_condition(claim, evidence)) is not None:
        return conditional

    def describe(cm: Marker, em: Marker) -> str:
        return (f"De bewering spreekt van {LEVEL_NAMES[(cm.scale, cm.level)]} ('{cm.text}'), "
                f"maar de bron van {LEVEL_NAMES[(em.scale, em.level)]} ('{em.text}').")

    aim = bool(AIM.search(fold_same_length(evidence)))

    def says_nothing(text: str, m: Marker) -> bool:  # ("projecten die jongeren weerbaarder moeten maken": an aim, no duty)
        return (rather_than(text, m) or in_indirect_question(text, m)
                # what whoever wants something has to do is the way to get it, no duty ("Wie subsidie wilde ..., moest die
                # in mei of juni aanvragen" for "Aanvragen konden worden ingediend van mei tot en met juni")
                or (m.level == OBLIGATION and WHOEVER_WANTS.search(text[: m.start]) is not None)
                or (aim and m.level == OBLIGATION and PURPOSE.match(fold_same_length(text[m.end :])) is not None
                    and re.search(r"(?<![\w-])(?:die|dat)\s+(?:[^\s,;.]+\s+){0,6}$", text[: m.start]) is not None)
                # "De VOG-controle moet verhinderen dat ...": what it is for
                or (aim and m.level == OBLIGATION and AIM_VERB.match(fold_same_length(text[m.end :])) is not None))

    deontic = scale_conflict(claim, evidence, DEONTIC, lambda a, b: a != b, "modality", describe, says_nothing=says_nothing)
    if deontic and not needed_said(deontic.claim_text, evidence):
        return deontic
    if (proven := proven_where_possible(claim, evidence)) is not None:
        return proven
    seg = aligned_segment(claim, evidence)
    if seg is None:
        return None
    cm, em = commitment(claim, (0, len(claim))), commitment(evidence, seg)
    if cm and em and modality_clash(cm, em) and not negated(claim, cm) and not negated(evidence, em):
        if agreeing_segment(claim, evidence):
            return None  # another sentence on the claim says it the claim's way ("zal worden opgericht. Het streven is ...")
        if same_marker_later(claim, cm, evidence, seg):
            return None  # "is extra geld beschikbaar gesteld, zodat meer gemeenten ... kunnen meedoen": the claim's "kunnen" is there
        if announced_level(evidence, em, seg) == cm.level:
            return None  # "is aangekondigd dat ... opgericht zal worden" announces a decision: "gaat ... opzetten"
        if expected_schedule(claim, cm, evidence, em, seg):
            return None  # "gaat komend najaar in consultatie" for "zal naar verwachting in het najaar ... gaan"
        if (cm.level, em.level) == (POSSIBLE, DONE) and not fuzzy_shared(stems(em.text.split()[-1]), stems(claim)):
            return None  # "Ambtenaren kunnen ... een online cursus volgen" against "De e-learning is ... ontwikkeld":
            # what can be done now with a thing that was made (the claim does not say it is made)
        if {cm.level, em.level} == {POSSIBLE, DECIDED} and APPROVAL_CONDITION.search(claim) and APPROVAL_CONDITION.search(evidence):
            return None  # "kan in 2026 beginnen als Brussel groen licht geeft" for "Als de Europese Commissie het project
            # goedkeurt zal het in 2026 van start gaan": what can happen once the condition is met is what will
        return Conflict("modality", cm.text, em.text, describe(cm, em))
    if (cm and em and cm.level == DONE and em.level == DONE and agreed_only(evidence, em, seg)
            and not negated(claim, cm) and not negated(evidence, em) and not agreeing_segment(claim, evidence)):
        # "is afgesproken dat instellingen hun beleid uitbreiden" is agreed, not done: not "hebben hun beleid al verbreed"
        return Conflict("modality", cm.text, em.text, describe(cm, replace(em, level=DECIDED)))
    return None


# A time the claim and the evidence both give: a schedule said without the evidence's "naar verwachting" ("gaat komend
# najaar in consultatie") is no contradiction of "zal naar verwachting in het najaar ... gaan" (nor is it confirmed:
# `unconfirmed` still objects to the dropped hedge); without a shared time the decision still clashes
SCHEDULE_TIME = re.compile(rf"(?<![\w-])(?:(?:19|20)\d\d|voorjaar|najaar|zomer|winter|{MONTH_NAMES}|kwartaal)(?![\w-])", re.I)


def expected_schedule(claim: str, cm: Marker, evidence: str, em: Marker, seg: tuple[int, int]) -> bool:
    """The claim decides what the segment expects with "zal naar verwachting", at a time (SCHEDULE_TIME) both give."""
    if cm.level != DECIDED or not EXPECTED.fullmatch(fold_same_length(em.text).lower()):
        return False
    segment = evidence[seg[0] : seg[1]]
    if not re.search(r"(?<![\w-])(?:zal|zullen)(?![\w-])", segment, re.I):
        return False
    times = {m.group(0).lower() for m in SCHEDULE_TIME.finditer(claim)}
    return bool(times & {m.group(0).lower() for m in SCHEDULE_TIME.finditer(segment)})


# Knowing what one must do is no duty: "weten wat ze dan moeten doen" for "weten hoe ze hierop kunnen reageren"
INDIRECT_QUESTION = re.compile(r"(?<![\w-])(?:weten|weet|leren|leert|begrijpen|snappen|herkennen|bepalen|uitzoeken|vertellen)\s+"
                               r"(?:wat|hoe|wanneer|welke|waar)\b[^,;.]{0,40}$", re.I)


def in_indirect_question(text: str, marker: Marker) -> bool:
    return INDIRECT_QUESTION.search(text[: marker.start]) is not None


def same_marker_later(claim: str, cm: Marker, evidence: str, seg: tuple[int, int]) -> bool:
    """The evidence segment has, after its governing marker, a marker of the claim's level on the claim's verb or
    subject (a content stem of the three words after the claim's marker within the five words before it or the three
    after it)."""
    after = stems(" ".join(claim[cm.end :].split()[:3]))
    for m in find_markers(evidence[seg[0] : seg[1]], COMMITMENT):
        if m.level == cm.level and m.scale == cm.scale:
            # (the verb after the marker, or the subject before it: "kunnen meer gemeenten aanhaken" is "zodat meer
            # gemeenten aan dit programma kunnen meedoen")
            near = evidence[seg[0] : seg[0] + m.start].split()[-5:] + evidence[seg[0] + m.end : seg[1]].split()[:3]
            if fuzzy_shared(after, stems(" ".join(near))) > 0:
                return True
    return False


# A verb that announces what the clause after "dat" says: that clause's commitment is the statement's
ANNOUNCED = re.compile(r"^(?:is|zijn|werd|werden|heeft|hebben)\s+(?:[^\s,;.]+\s+){0,8}?(?:aangekondigd|toegezegd|afgesproken|bekendgemaakt|aangegeven|gemeld)"
                       r"\s*(?:[,–-]\s*)?dat(?![\w-])")


def announced_level(evidence: str, em: Marker, seg: tuple[int, int]) -> int | None:
    """The level of the first commitment in the "dat" clause after an announcing marker ("In het plan is aangekondigd
    dat ... opgericht zal worden": a decision; "is afgesproken dat mbo-scholen hun beleid verbreden", without one of its
    own: a decision too, `agreed_only`), or None."""
    rest = announced_clause(evidence, em, seg)
    if rest is None:
        return None
    inner = commitment(rest, (0, len(rest)))
    return inner.level if inner is not None else DECIDED


def announced_clause(evidence: str, em: Marker, seg: tuple[int, int]) -> str | None:
    """The "dat" clause after an announcing marker (ANNOUNCED) up to the segment's end, or None."""
    m = ANNOUNCED.match(fold_same_length(evidence[em.start : seg[1]]))
    return evidence[em.start + m.end() : seg[1]] if m else None


def agreed_only(evidence: str, em: Marker, seg: tuple[int, int]) -> bool:
    """An announcing marker whose "dat" clause has no commitment of its own ("is afgesproken dat instellingen hun beleid
    uitbreiden"): what is agreed, not what is done."""
    rest = announced_clause(evidence, em, seg)
    return rest is not None and commitment(rest, (0, len(rest))) is None


def modality_clash(cm: Marker, em: Marker) -> bool:
    """Plan or possibility against decision or fact; or a future decision against something done."""
    future_vs_done = {cm.level, em.level} == {DECIDED, DONE} and any(FUTURE.match(fold_same_length(m.text)) for m in (cm, em))
    return (cm.level <= PLAN) != (em.level <= PLAN) or future_vs_done


def other_action(cm: Marker, em: Marker) -> bool:
    """Two completed actions, the evidence's found by its participle only, with different verbs ("heeft onderzoek laten
    doen en de resultaten gepubliceerd" is not confirmed by "heeft brochures ontwikkeld")."""
    if cm.level != DONE or em.level != DONE or OLD_DONE.fullmatch(fold_same_length(em.text)):
        return False
    verb, other = stems(cm.text.split()[-1]), stems(em.text.split()[-1])
    return fuzzy_shared(verb, other) == 0 and not synonymous(verb, stems(" ".join(em.text.split()[-3:])))


def by_participle(m: Marker) -> bool:
    """A completed action found by its clause-final participle only (not by the listed verbs or "heeft al")."""
    return m.level == DONE and not OLD_DONE.fullmatch(fold_same_length(m.text))


def segment_commitments(claim: str, evidence: str):
    """(claim's commitment, segment's commitment, the segment) for every segment of the evidence on the claim (two
    shared stems) whose commitment is not negated; nothing when the claim has no commitment."""
    cm = commitment(claim, (0, len(claim)))
    if cm is None:
        return
    words = stems(claim)
    for s, e in spans(evidence, SEGMENT):
        if fuzzy_shared(words, stems(evidence[s:e])) >= min(2, len(words)):
            em = commitment(evidence, (s, e))
            if em is not None and not negated(evidence, em):
                yield cm, em, evidence[s:e]


# Powers given: what someone "kan" do by right ("krijgt ... aanvullende bevoegdheden, zoals het opvragen ... van
# documentatie" for "kan straks documentatie opvragen")
POWERS = re.compile(r"(?<![\w-])(?:bevoegdhe\w*|bevoegd|het\s+recht\s+(?:om|op))(?![\w-])", re.I)


def powers_given(claim: str, evidence: str, names: tuple[str, ...] = ()) -> bool:
    """The claim says what someone can do ("kan") and a segment of the evidence on it (with the `names`) gives them that
    power."""
    cm = commitment(claim, (0, len(claim)))
    if cm is None or cm.level != POSSIBLE:
        return False
    words = stems(claim)
    return any(POWERS.search(evidence[s:e]) and fuzzy_shared(words, stems(evidence[s:e])) >= min(2, len(words))
               and all(find_word(n, evidence[s:e]) for n in names) for s, e in spans(evidence, SEGMENT))


def clashing_segment(claim: str, evidence: str) -> bool:
    """A segment of the evidence on the claim whose commitment clashes with the claim's."""
    return any(modality_clash(cm, em) for cm, em, _segment in segment_commitments(claim, evidence))


def agreeing_segment(claim: str, evidence: str, names: tuple[str, ...] = ()) -> bool:
    """A segment of the evidence on the claim whose commitment does not clash with the claim's (and that has the `names`:
    "ook Bonaire gaat aan de slag" agrees nothing about Saba, of which "wordt gekeken of ... kan")."""
    return any(not modality_clash(cm, em) and not other_action(cm, em)
               and all(find_word(n, segment) for n in names)
               for cm, em, segment in segment_commitments(claim, evidence)) or powers_given(claim, evidence, names)


def done_anywhere(cm: Marker, evidence: str) -> bool:
    """The claim's completed action is a completed action of the evidence too, even where that is not what governs its
    segment: "werd door twintig lidstaten ondertekend" in "heeft het initiatief genomen voor een verklaring, die door
    twintig lidstaten is ondertekend" (a relative clause)."""
    if cm.level != DONE:
        return False
    verb = stems(cm.text.split()[-1])
    if any(m.level == DONE and fuzzy_shared(verb, stems(m.text.split()[-1])) > 0
           for m in find_markers(evidence, COMMITMENT) if not negated(evidence, m)):
        return True
    # the action named as done by its noun ("Met de toetreding van Alkmaar ... doen nu 25 gemeenten mee" for "zijn
    # aangesloten")
    if any(synonymous(verb, stems(m.group(1))) for m in DONE_NOUN.finditer(evidence)) and not any(
            m.level < DONE for m in find_markers(evidence, COMMITMENT)):
        return True
    # its synonym in the past tense, where no marker was found ("werden ingezonden op 24 april" for "zijn ingediend")
    past = PAST_PASSIVE.search(evidence)
    return past is not None and synonymous(verb, stems(past.group(1))) and not any(
        m.level < DONE for m in find_markers(evidence, COMMITMENT))


def scheduled_alike(cm: Marker, evidence: str) -> bool:
    """The claim's scheduled act ("wordt in 2027 geëvalueerd") is the evidence's act in the same year, said in the
    present tense ("In 2027 evalueert het kabinet de wet")."""
    years = re.findall(r"(?:19|20)\d\d", cm.text)
    if cm.level != DECIDED or not years or not all(re.search(rf"(?<!\d){y}(?!\d)", evidence) for y in years):
        return False
    return fuzzy_shared(stems(cm.text.split()[-1]), stems(evidence)) > 0


# A participle of a state, not of an act ("zijn ... aangesloten", "is ... gevestigd"): an evidence that states the
# present fact without any commitment ("Het netwerk heeft ruim 1200 partners") says it.
STATE_PARTICIPLE = re.compile(r"(?:aangesloten|verbonden|betrokken|gevestigd|vertegenwoordigd|verenigd)$")


def state_stated(cm: Marker, evidence: str) -> bool:
    """The claim's completed action is a state (STATE_PARTICIPLE), or what is so by now ("zijn inmiddels ... beschikbaar")
    where the evidence says what is so at present ("zijn op dit moment ... te vinden"), and the evidence has no
    commitment at all."""
    if cm.level != DONE or find_markers(evidence, COMMITMENT):
        return False
    text = fold_same_length(cm.text).lower()
    return STATE_PARTICIPLE.search(text) is not None or (BY_NOW.fullmatch(text) is not None and AT_PRESENT.search(evidence) is not None)


BY_NOW = re.compile(r"(?:is|zijn|heeft|hebben)\s+inmiddels")  # ("hebben inmiddels ... transitieverlof in hun arbeidsvoorwaarden": a state)
AT_PRESENT = re.compile(r"(?<![\w-])(?:op\s+dit\s+moment|momenteel|thans|inmiddels|nu)(?![\w-])", re.I)


DONE_NOUN = re.compile(r"(?<![\w-])(?:met|na|sinds|door) de ([a-zà-ÿ]{4,}ing)\s+(?:van|tot|in|bij)\b", re.I)
PAST_PASSIVE = re.compile(r"(?<![\w-])(?:werd|werden|was|waren)\s+(?:[^\s,;.]+\s+){0,3}?([a-zà-ÿ]*ge[a-zà-ÿ]{2,}(?:d|t|en))(?![\w-])", re.I)


# --------------------------------------------------------------------------- entity

PARTIES = ("GroenLinks-PvdA", "GL-PvdA", "VVD", "CDA", "D66", "PVV", "SP", "PvdA", "GroenLinks", "ChristenUnie", "SGP",
           "PvdD", "DENK", "Volt", "JA21", "FvD", "BBB", "NSC", "50PLUS")
ORGANISATIONS = (
    "Movisie", "Rutgers", "Atria", "COC Nederland", "COC", "Emancipator", "Divosa", "ZonMw", "RIVM", "SCP", "TNO", "VNG",
    "FNV", "CNV", "VNO-NCW", "MKB-Nederland", "UWV", "DUO", "COA", "IND", "Nationale Ombudsman", "Raad van State",
    "Hoge Raad", "Kiesraad", "Europese Commissie", "Europees Parlement", "OESO", "OECD", "FRA", "UN Women", "WHO",
    "Amnesty International", "Transgender Netwerk", "NNID", "Bi+ Nederland", "Nederlands Jeugdinstituut", "Pharos",
    "Politie", "Openbaar Ministerie", "Sociaal en Cultureel Planbureau", "WODC", "Verenigde Naties", "VN", "Raad van Europa", "Inspectie van het Onderwijs", "Defensie",
)
PLACES = (
    "Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere", "Breda", "Nijmegen",
    "Arnhem", "Haarlem", "Enschede", "Apeldoorn", "Amersfoort", "Zaanstad", "Den Bosch", "'s-Hertogenbosch", "Zwolle",
    "Leiden", "Maastricht", "Dordrecht", "Alkmaar", "Deventer", "Delft", "Venlo", "Leeuwarden", "Hilversum", "Ede",
    "Bonaire", "Sint Eustatius", "Saba", "Aruba", "Curaçao", "Sint Maarten", "Caribisch Nederland", "Brussel",
    "Straatsburg", "Genève", "Berlijn", "Parijs", "Londen", "Boedapest", "Warschau", "Wenen", "Rome", "Madrid",
)
PLACE_PARTS = {"caribisch nederland": {"bonaire", "sint eustatius", "st. eustatius", "saba"}}
PLACE_ADJECTIVES = {"Haagse": "Den Haag", "Bossche": "Den Bosch", "Caribische": "Caribisch Nederland"}
GENERIC_ACRONYMS = frozenset(
    "AI ICT IT DSA AVG GDPR NAP IAMA VOG CAO ZZP MBO HBO WO VO PO LHBTIQ LHBTI LHBT LHBTIQA HR BV NV PDF COVID HIV ADV "
    "ADVs SDG SDGs ECLI OK NB KB AMvB WvS BW RvC RvB BES MKB EU VS VN AI-Act NL BBP STEM STEAM ID DNA MP MPs IP".split()
)
TITLES = (r"minister|staatssecretaris|Kamerlid|Kamerleden|lid|leden|de\s+heer|mevrouw|meneer|dhr\.|mevr\.|regeringscommissaris"
          r"|commissaris|burgemeester|wethouder|voorzitter|premier|minister-president|directeur|ombudsman")
TUSSEN = r"(?:(?:van|de|der|den|ter|ten|het|'t)\s+)"
PERSON_AFTER_TITLE = re.compile(
    rf"\b(?P<title>{TITLES})\s+(?P<name>(?:[A-Z]\.\s*)*(?:(?:Van|De|Ter|Ten|Van\s+der|Van\s+den)\s+)?[A-Z][\w'’-]+"
    rf"(?:\s+{TUSSEN}*[A-Z][\w'’-]+)?(?:\s+en\s+[A-Z][\w'’-]+)*)"
)
PERSON_MOTION = re.compile(r"\b(?:motie|amendement)-(?P<name>[A-Z][\w'’]+)")
# (not a sentence's capitalised first word before the name: "Met Mariëtte Hamer is ... aangesteld")
SENTENCE_OPENERS = "Met|Volgens|Door|Voor|Van|Bij|Na|Naast|Sinds|Onder|Over|Om|Op|In|Uit|Tot|Zo|Ook|Maar|En|Dat|Dit|Die|Deze|De|Het|Een|Als|Toen|Nu|Dan|Omdat|Hoewel|Samen|Zonder|Tegen|Namens|Dankzij"
FULL_NAME = re.compile(rf"\b(?!(?:{SENTENCE_OPENERS})\s)(?P<name>[A-Z][a-zà-ÿ]+\s+{TUSSEN}*[A-Z][a-zà-ÿ]+)\b")
# A foundation named after a lower-case "stichting": "stichting Het Potentieel Pakken" (the name, without the word)
FOUNDATION = re.compile(r"(?<![\w-])stichting\s+((?:[A-Z][\w'’&-]*)(?:\s+[A-Z][\w'’&-]*){0,4})")
ORG_PATTERN = re.compile(
    r"\b(?:(?:Landelijk\w*|Nederlands\w*|Nationa\w+|Centra\w*|Europe\w+|Sociaal-Economische)\s+)?"
    r"(?:College|Autoriteit|Raad|Stichting|School|Hogeschool|Universiteit|Planbureau|Platform|Instituut|Commissie|Inspectie|Bureau|Expertisecentrum|Centrum|Vereniging|Federatie|Netwerk)"
    r"(?:\s+(?:(?:voor|van|de|het|der|en|&)\s+)*[A-Z][\w'’-]*)+"
)


# A name before its kind: "Erasmus Universiteit (Rotterdam)", "Saxion Hogeschool", "Vrije Universiteit Amsterdam"
ORG_NAME_FIRST = re.compile(r"(?<![\w-])[A-Z][a-zà-ÿ]{2,}\s+(?:Universiteit|Hogeschool)(?:\s+[A-Z][a-zà-ÿ]+)?(?![\w-])")
# A university by its city, written in lower case as the documents do ("de universiteit Leiden"); named as written
# with a capital, so that "Universiteit Leiden" is the same name
ORG_CITY_UNIVERSITY = re.compile(r"(?<![\w-])universiteit\s+(?:van\s+)?[A-Z][a-zà-ÿ]+(?![\w-])")
# One capitalised word that names an organisation by its ending ("Wereldgezondheidsorganisatie", "Onderwijsraad").
ORG_COMPOUND = re.compile(r"(?<![\w-])[A-Z][a-z]{3,}(?:organisatie|instituut|raad|inspectie|autoriteit|commissie|planbureau|bureau|centrum"
                          r"|stichting|fonds|ombudsman|agentschap)(?![\w-])")


@dataclass(frozen=True)
class Entity:
    cls: str
    name: str
    start: int
    end: int


def _table_regex(table: AliasTable) -> re.Pattern[str]:
    cached = _REGEX_CACHE.get(id(table))
    if cached and cached[0] == len(table.canon):
        return cached[1]
    names = [n for n in table.names() if len(n) >= 2]
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
    _REGEX_CACHE[id(table)] = (len(table.canon), pattern)
    return pattern


_REGEX_CACHE: dict[int, tuple[int, re.Pattern[str]]] = {}


@lru_cache(maxsize=1)
def fixed_name_patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(class, name, pattern) for the fixed lists of organisations, parties and places, compiled once."""
    return tuple((cls, n, re.compile(rf"(?<![\w-]){re.escape(n)}(?:s|se)?(?![\w])"))
                 for fixed, cls in ((ORGANISATIONS, "organisation"), (PARTIES, "party"), (PLACES, "place")) for n in fixed)


# A document's number: a directive's "2022/2381", a Kamervraag's "2025Z08286" (a claim's other number is another document)
DOCUMENT_CODE = re.compile(r"(?<![\w/])(?:(?:19|20)\d\d/\d{2,5}|20\d\dZ\d{5})(?![\w/])")


def entities(text: str, table: AliasTable, titled_only: bool = True) -> list[Entity]:
    """Named entities with a class: ministry, country, region, organisation, party, place, person.

    Longer and more specific matches come first; a bare acronym the table does not know is an
    organisation unless it is a generic term (AI, ICT, AVG)."""
    found: list[Entity] = []

    def add(cls: str, name: str, s: int, e: int) -> None:
        if all(e <= f.start or s >= f.end for f in found):
            found.append(Entity(cls, name, s, e))

    names: list[Entity] = []
    for m in _table_regex(table).finditer(text):
        kind = table.kind(m.group(0)) or "other"
        if kind != "other":
            names.append(Entity(kind, m.group(0), m.start(), m.end()))
    names += [Entity("organisation", m.group(0), m.start(), m.end()) for m in ORG_PATTERN.finditer(text)]
    names += [Entity("organisation", m.group(1), m.start(1), m.end(1)) for m in FOUNDATION.finditer(text)]
    names += [Entity("organisation", m.group(0), m.start(), m.end()) for m in ORG_NAME_FIRST.finditer(text)]
    names += [Entity("organisation", "U" + m.group(0)[1:], m.start(), m.end()) for m in ORG_CITY_UNIVERSITY.finditer(text)]
    names += [Entity("organisation", m.group(0), m.start(), m.end()) for m in ORG_COMPOUND.finditer(text)
              if text[: m.start()].strip() and not re.search(r"[.!?:]\s*$", text[: m.start()])]
    for cls, n, pattern in fixed_name_patterns():
        if n in text:  # (the pattern needs the name as written: most texts have none of them)
            names += [Entity(cls, n, m.start(), m.end()) for m in pattern.finditer(text)]
    for adj, place in PLACE_ADJECTIVES.items():
        names += [Entity("place", place, m.start(), m.end()) for m in re.finditer(rf"\b{adj}\b", text)]
    names += [Entity("code", m.group(0), m.start(), m.end()) for m in DOCUMENT_CODE.finditer(text)]
    for e in sorted(names, key=lambda e: (e.start - e.end, e.start)):
        add(e.cls, e.name, e.start, e.end)  # longest first: "COC Nederland" before "Nederland"
    for m in PERSON_AFTER_TITLE.finditer(text):
        for part in re.split(r"\s+en\s+", m.group("name")):
            if key(part) not in table.canon and not is_acronym(part):
                s = m.start("name") + m.group("name").find(part)
                add("person", part, s, s + len(part))
    for m in PERSON_MOTION.finditer(text):
        add("person", m.group("name"), m.start("name"), m.end("name"))
    if not titled_only:
        for m in FULL_NAME.finditer(text):
            add("person", m.group("name"), m.start(), m.end())
    for m in re.finditer(r"(?<![\w-])[A-Z][A-Za-z&]{1,7}(?:-[A-Z])?(?![\w])", text):
        token = m.group(0)
        if is_acronym(token) and token not in GENERIC_ACRONYMS and table.kind(token) in (None, "organisation"):
            add("organisation", token, m.start(), m.end())
    return sorted(found, key=lambda f: f.start)


def same_person(a: list[str], b: list[str]) -> bool:
    """The same surname, and no two different first names ("Hamer" is "Mariëtte Hamer", "M. Hamer" too; "Marieke Hamer"
    is someone else)."""
    if a[-1] != b[-1]:
        return False
    if len(a) < 2 or len(b) < 2:
        return True
    x, y = a[0].rstrip("."), b[0].rstrip(".")
    return x == y or (min(len(x), len(y)) == 1 and x[0] == y[0])


def same_entity(a: Entity, b: Entity, table: AliasTable) -> bool:
    """One entity: same canonical name, one the acronym of the other, one a word-prefix of the other
    ("COC" / "COC Nederland"), or the same surname for persons."""
    if a.cls == "person" and b.cls == "person":
        return same_person(key(a.name).split(), key(b.name).split())
    if a.cls == b.cls == "place" and (key(b.name) in PLACE_PARTS.get(key(a.name), ()) or key(a.name) in PLACE_PARTS.get(key(b.name), ())):
        return True
    if table.same(a.name, b.name):
        return True
    if a.cls == b.cls and len(key(a.name).split()) > 1 and sorted(key(a.name).split()) == sorted(key(b.name).split()):
        return True  # "Saxion Hogeschool" is "Hogeschool Saxion"
    if stands_for(a, b, table) or stands_for(b, a, table):
        return True  # "Brussel" for the European Commission
    ka, kb = key(table.canonical(a.name)), key(table.canonical(b.name))
    short, long = sorted((ka, kb), key=len)
    if long.startswith(short + " "):
        return True
    for x, y in ((a.name, b.name), (b.name, a.name)):
        if is_acronym(x) and acronym_matches(x, re.sub(r"^(?:de|het)\s+", "", y, flags=re.I)):
            return True
        if misspelt_acronym(x, y, table):
            return True
    return False


def misspelt_acronym(x: str, y: str, table: AliasTable) -> bool:
    """`x` is an acronym no document defines, one letter off an acronym of `y` (a document defines "Stichting School
    & Veiligheid (SSV)" and goes on with "SVV")."""
    if not is_acronym(x) or table.kind(x) is not None:
        return False
    return any(is_acronym(f) and len(f) == len(x) and f[0] == x[0] and sum(p != q for p, q in zip(f, x)) == 1
               for f in table.forms.get(table.canonical(y), ()))


def in_list(text: str, a: Entity, b: Entity) -> bool:
    """Two names in one enumeration ("COC Nederland, NNID en Rutgers")."""
    first, second = sorted((a, b), key=lambda e: e.start)
    between = text[first.end : second.start]
    return bool(re.fullmatch(r"(?:\s*(?:,|en|of)\s*(?:[A-Z][\w+&'’-]*(?:\s+[A-Z][\w+&'’-]*)*)?)*\s*(?:,|en|of)\s*", between))


# A country named in an English claim by its adjective ("a Dutch-initiated statement"): the claim names that country too,
# so it replaces nothing of the evidence's (by the country's English name, which the alias table knows)
ENGLISH_ADJECTIVES: dict[str, str] = {
    "Dutch": "Netherlands", "Hungarian": "Hungary", "German": "Germany", "French": "France", "Belgian": "Belgium", "Polish": "Poland",
    "Italian": "Italy", "Spanish": "Spain", "American": "United States", "Russian": "Russia", "Ukrainian": "Ukraine",
    "Turkish": "Turkey", "Moroccan": "Morocco", "British": "United Kingdom", "Swedish": "Sweden", "Danish": "Denmark",
    "Austrian": "Austria", "Irish": "Ireland", "Greek": "Greece",
}
EN_COUNTRY_ADJECTIVE = re.compile(r"(?<![\w-])(?:" + "|".join(ENGLISH_ADJECTIVES) + r")(?![\w])")


# The acronym the evidence gives in brackets right after a name ("Expertisecentrum Voor Haar Technische Ontwikkeling (VHTO)")
BRACKETED_AFTER = re.compile(r"\s*\(([A-Z][\w&+-]{1,9})\)")


def named_otherwise(e: Entity, ev: list[Entity], evidence: str, claim: str) -> bool:
    """The claim names the evidence's entity in a form the alias table lacks: by the acronym the evidence puts in
    brackets after it ("VHTO voert ... uit" against "Expertisecentrum Voor Haar Technische Ontwikkeling (VHTO)"), or a
    ministry by the first word of its name ("haar collega's van LMZ en van Justitie" against "Justitie en Veiligheid",
    and so its bracketed "(JenV)" too)."""
    words = set(re.findall(r"[\w&+-]+", claim))
    bracketed = BRACKETED_AFTER.match(evidence, e.end)
    if bracketed and bracketed.group(1) in words:
        return True
    first = e.name.split()[0].strip(",")
    if e.cls == "ministry" and len(first) >= 5 and first[0].isupper() and first in words:
        return True
    named = [p for p in ev if p.end < e.start and (m := BRACKETED_AFTER.match(evidence, p.end)) and m.start(1) == e.start]
    return any(named_otherwise(p, ev, evidence, claim) for p in named)


def detect_entity(claim: str, evidence: str, aliases: AliasTable | None = None) -> Conflict | None:
    """A ministry, organisation, party, person, country or place in the claim that the evidence lacks while it
    names another one of the same class. Aliases (CRM = College voor de Rechten van de Mens) and country
    adjectives (Hongaarse = Hongarije) are the same entity."""
    table = aliases or default_table()
    ev = entities(evidence, table)
    titles_in_both = {t.lower() for t in re.findall(TITLES, evidence)} & {t.lower() for t in re.findall(TITLES, claim)}
    cl = entities(claim, table, titled_only=not any(e.cls == "person" for e in ev) or not titles_in_both)
    by_adjective = {ENGLISH_ADJECTIVES[m.group(0)] for m in EN_COUNTRY_ADJECTIVE.finditer(claim)}
    for c in cl:
        if any(same_entity(c, e, table) for e in ev):
            continue
        present = [x for x in cl if x.cls == c.cls and any(same_entity(x, e, table) for e in ev)]
        matched = [e for e in ev if any(same_entity(e, x, table) for x in present)]
        listed = any(in_list(claim, c, x) for x in present)
        others = [
            e for e in ev
            if e.cls == c.cls and not any(same_entity(e, x, table) for x in cl)
            and (listed or not any(in_list(evidence, e, m) for m in matched))  # a list the claim only partly names
            and not any(table.same(e.name, named) for named in by_adjective)
            and not named_otherwise(e, ev, evidence, claim)
        ]
        if others:
            o = others[0]
            return Conflict("entity", c.name, o.name, f"De bewering noemt {c.name}, maar de bron noemt {o.name}.")
    return None


# --------------------------------------------------------------------------- roles: who coordinates or leads

ROLE_WORDS = r"(?:gecoordineerd|geleid|getrokken|aangestuurd)"
# the agent follows: "gecoördineerd door X", "onder leiding van X", "de coördinatie ligt bij X", "coördinator is X"
AGENT_AFTER = re.compile(
    rf"(?<![\w-])(?:{ROLE_WORDS}\s+(?:wordt\s+|worden\s+|werd\s+|werden\s+)?door"
    r"|onder\s+(?:de\s+)?(?:leiding|coordinatie|regie|aansturing|verantwoordelijkheid)\s+van"
    r"|(?:coordinatie|regie|leiding|aansturing|trekkersrol|penvoering)\s+(?:[^\s,;.]+\s+){0,4}?(?:ligt|lag|is|was|berust)\s+(?:in\s+handen\s+van|bij)"
    r"|(?:coordinator|penvoerder|trekker)\s+(?:is|was|wordt|werd))\s+(?P<agent>[^,;.()]+)"
)
AGENT_BETWEEN = re.compile(rf"(?<![\w-])door\s+(?P<agent>(?:[^\s,;.]+\s+){{1,7}}?){ROLE_WORDS}(?![\w-])")
# the agent precedes: "X coördineert", "X is de trekker", "X heeft de regie"
AGENT_BEFORE = re.compile(
    r"(?<![\w-])(?:coordineert|coordineerde|coordineerden|coordineren|leidt|leidde|trekt|trok"
    r"|(?:is|was)\s+(?:de\s+)?(?:coordinator|penvoerder|trekker)|(?:heeft|had|hebben)\s+de\s+(?:regie|leiding|coordinatie))(?![\w-])(?!\s+tot\b)"
)
AGENT_STOP = re.compile(r"\s(?:in\s+samenwerking|samen\s+met|met|en\s+(?:is|wordt|werkt|heeft)|die|dat|waar\w*|om|in|op|voor|sinds|vanaf|tot)\s", re.I)
# A clause that opens with one of these has its subject after the finite verb ("Voor ..., coördineert X de uitvoering").
INVERTING = frozenset("voor in met bij op onder via vanuit namens daarnaast ook verder sinds vanaf tijdens binnen daarom daarbij "
                      "hierbij zo nu inmiddels momenteel sindsdien tevens".split())
ROLE_GENERIC = frozenset("het de een van voor en mijn ons onze zijn haar hun dit deze dat die ministerie ook al nu".split())


def role_agents(text: str) -> list[tuple[str, int]]:
    """Who coordinates or leads, in the text: (the agent's words, position)."""
    folded = fold_same_length(text)
    out = []
    for m in AGENT_AFTER.finditer(folded):
        agent = text[m.start("agent") : m.end("agent")]
        cut = AGENT_STOP.search(" " + agent + " ")
        out.append((agent[: cut.start()] if cut else agent, m.start()))
    for m in AGENT_BETWEEN.finditer(folded):
        out.append((text[m.start("agent") : m.end("agent")], m.start()))
    for m in AGENT_BEFORE.finditer(folded):
        before = text[: m.start()]
        clause = re.split(r"[.;:,()]\s*|\s(?:en|maar|dat|die|terwijl)\s", before)[-1]
        words = clause.split()
        if not words or words[0].lower() in INVERTING:  # verb second after an adverbial: the agent follows the verb
            after = re.split(r"[,;.()]|\s(?:samen\s+met|met|in\s+samenwerking)\s", text[m.end() :])[0].split()
            cut = next((i for i, w in enumerate(after) if i >= 1 and w.lower() in ("de", "het", "een", "die", "dit", "deze", "dat")
                        and (i >= 2 or after[0][0].isupper())), len(after))  # the noun phrase: up to the object's determiner
            out.append((" ".join(after[: min(cut, 7)]), m.start()))
        else:
            out.append((" ".join(words[-7:]), m.start()))
    return [(a.strip(), p) for a, p in out if a.strip()]


AGENT_TYPES = frozenset("gemeente gemeenten provincie provincies ministerie ministeries waterschap stichting vereniging universiteit "
                        "hogeschool politie kabinet inspectie".split())


def same_agent(a: str, b: str, table: AliasTable) -> bool:
    """One organisation: a shared entity, or (without one on a side) the claim's name words all in the other."""
    ea, eb = entities(a, table), entities(b, table)
    ta, tb = ({key(w) for w in re.findall(r"\w+", x)} & AGENT_TYPES for x in (a, b))
    if ta and tb and ta.isdisjoint(tb):
        return False  # "de gemeente Utrecht" is not "de provincie Utrecht"
    if ea and eb:
        return any(same_entity(x, y, table) for x in ea for y in eb)
    wa = {key(w) for w in re.findall(r"[\w-]+", a) if key(w) not in ROLE_GENERIC and len(w) > 1}
    wb = {key(w) for w in re.findall(r"[\w-]+", b) if key(w) not in ROLE_GENERIC and len(w) > 1}
    if not wa or not wb:
        return True  # "mijn ministerie", "zij": cannot tell
    return all(any(x == y or (min(len(x), len(y)) >= 5 and (x.startswith(y) or y.startswith(x))) for y in wb) for x in wa)


ROLE_TOPIC_NOISE = "gecoördineerd coördineert coördineren coördinatie coördinator geleid leidt leiding getrokken trekt trekker regie aangestuurd ministerie"


def detect_role(claim: str, evidence: str, aliases: AliasTable | None = None) -> Conflict | None:
    """The claim's coordinator or leader ("gecoördineerd door X", "X leidt") is not the one the evidence names
    for that role, while the evidence names one ("Y coördineert het samenwerkingsverband"; X may be a partner)."""
    table = aliases or default_table()
    mine = role_agents(claim)
    if not mine:
        return None
    agent = mine[0][0]
    topic = stems(claim.replace(agent, " ")) - stems(ROLE_TOPIC_NOISE)
    theirs = []
    for other, pos in role_agents(evidence):  # a role on the claim's topic: its sentence shares a word with the claim
        s = max(evidence.rfind(". ", 0, pos), evidence.rfind("; ", 0, pos)) + 1
        e = min([i for i in (evidence.find(". ", pos), evidence.find("; ", pos)) if i >= 0] or [len(evidence)])
        own = stems(evidence[s:e].replace(other, " ")) - stems(ROLE_TOPIC_NOISE)
        if len(own) <= 1:  # "De coördinatie ligt bij X.": the topic is the previous sentence's
            own |= stems(evidence[max(evidence.rfind(". ", 0, max(0, s - 2)) + 1, 0) : s])
        if fuzzy_shared(topic, own) >= 1:
            theirs.append((other, pos))
    if not theirs:
        return None
    if any(same_agent(agent, other, table) for other, _p in theirs):
        return None
    other = theirs[0][0]
    return Conflict("entity", agent, other, f"De bewering noemt {agent} als coördinator of trekker, maar de bron noemt {other}.")


# Words that make two names no subject and object of one verb: a passive agent, a partner, a list, an example.
SWAP_BLOCK = frozenset("door met en of samen namens via tussen zoals waaronder wordt worden werd werden is zijn".split())
SUBJECT_LEAD = frozenset("de het een kennisinstituut organisatie stichting alliantie gemeente gemeenten".split())


def names_in(text: str, table: AliasTable) -> list[tuple[int, int]]:
    """Spans of names: the entities, and capitalised words that do not open a sentence ("de Regenboogsteden")."""
    out = [(e.start, e.end) for e in entities(text, table)]
    for m in re.finditer(r"(?<![\w-])[A-Z][\w+'’-]{2,}", text):
        if not re.search(r"(?:^|[.!?:]\s*)$", text[: m.start()]) and not any(s <= m.start() < e for s, e in out):
            out.append((m.start(), m.end()))
    return sorted(out)


def subject_verb_object(text: str, table: AliasTable) -> list[tuple[str, str, str]]:
    """(subject, verb, object) where a name opens its sentence (after at most an article and a kind word) and, later in
    that sentence, a verb stands right before another name (after at most two words): "Movisie ... adviseert de
    Regenboogsteden". Nothing for a passive, a partner or a list (SWAP_BLOCK between the verb and the object)."""
    out = []
    spans_ = names_in(text, table)
    for i, (s1, e1) in enumerate(spans_):
        lead = re.split(r"[.!?;:]\s", text[:s1])[-1].split()
        if len(lead) > 2 or any(fold_same_length(w) not in SUBJECT_LEAD for w in lead):
            continue
        for s2, e2 in spans_[i + 1 :]:
            between = text[e1:s2]
            if re.search(r"[.!?;:]\s", between):
                break
            words = between.split()[-3:]
            for k, verb in enumerate(words):
                rest = [fold_same_length(w) for w in words[k + 1 :]]
                if (len(verb) >= 4 and verb.islower() and verb.isalpha() and fold_same_length(verb) not in SWAP_BLOCK
                        and not SWAP_BLOCK.intersection(rest) and all(w.isalpha() and w.islower() for w in rest)):
                    out.append((text[s1:e1], verb, text[s2:e2]))
                    break
    return out


def one_verb(a: str, b: str) -> bool:
    """Two forms of one verb by their shared beginning ("adviseren", "adviseert")."""
    a, b = fold_same_length(a), fold_same_length(b)
    shared = len(os.path.commonprefix([a, b]))
    return shared >= 5 and shared >= 0.6 * min(len(a), len(b))


def one_name(a: str, b: str, table: AliasTable) -> bool:
    """Two names for one actor: the same words, or forms the alias table joins ("CRM", "College voor de Rechten van de Mens")."""
    return key(a) == key(b) or table.same(a, b)


def detect_swap(claim: str, evidence: str, aliases: AliasTable | None = None) -> Conflict | None:
    """Who does what to whom reversed: "De Regenboogsteden adviseren Movisie" against "Movisie ... adviseert de
    Regenboogsteden" (the same verb, the two names in each other's place)."""
    table = aliases or default_table()
    for a, verb, b in subject_verb_object(claim, table):
        for c, other, d in subject_verb_object(evidence, table):
            if one_name(a, d, table) and one_name(b, c, table) and not one_name(a, b, table) and (one_verb(verb, other) or synonymous(stems(verb), stems(other))):
                return Conflict("entity", f"{a} {verb} {b}", f"{c} {other} {d}",
                                f"De bewering zegt dat {a} {b} {verb}, maar in de bron is het omgekeerd: {c} {other} {d}.")
    return (swapped_object(claim, table.expand(evidence)) or swapped_commission(claim, evidence, table)
            or swapped_comparison(claim, evidence))


# Two groups compared ("vrouwen ... ruim twee keer zo vaak slachtoffer ... als mannen"): the group said to have more
# (or less), the degree and the group it is compared with
SEX_GROUP = r"vrouwen|mannen|meisjes|meiden|jongens|vrouwelijke|mannelijke"
GROUP_NAME = {"meiden": "meisjes", "vrouwelijke": "vrouwen", "mannelijke": "mannen"}  # ("vrouwelijke statushouders")
COMPARED_GROUPS = re.compile(
    rf"(?<![\w-])(?P<a>{SEX_GROUP})(?![\w-])[^.;:]{{0,80}}?(?<![\w-])(?P<neg>niet\s+|geen\s+)?"
    r"(?P<deg>vaker|meer|minder(?:\s+vaak)?|(?:[\w,]+\s+){0,2}?keer\s+zo\s+(?:vaak|veel)|zo\s+vaak|hoger|lager|langer|korter|groter|kleiner)(?![\w-])"
    rf"[^.;:]{{0,80}}?(?<![\w-])(?:dan|als)\s+(?:de\s+|het\s+)?(?P<b>{SEX_GROUP})(?![\w-])", re.I)
LESS_DEGREE = re.compile(r"^(?:minder|lager|korter|kleiner)", re.I)
# ... or by a share of each: "17% van de vrouwelijke statushouders heeft betaald werk versus 47% van de mannelijke"
GROUP_SHARE = rf"(\d+(?:,\d+)?)\s*(?:%|procent)\s+van\s+(?:de\s+|alle\s+)?({SEX_GROUP})(?![\w-])"
COMPARED_SHARES = re.compile(rf"{GROUP_SHARE}[^.;:]{{0,80}}?(?<![\w-]){VERSUS}\s+{GROUP_SHARE}", re.I)


def group_name(word: str) -> str:
    """A sex group's plural noun ("vrouwelijke" is "vrouwen", "meiden" "meisjes")."""
    return GROUP_NAME.get(word.lower(), word.lower())


def compared_groups(text: str) -> list[tuple[str, str, bool]]:
    """(group said to have more, group compared with, True) for each comparison of two sexes; a comparison of less
    is turned round ("mannen minder vaak dan vrouwen" is "vrouwen vaker dan mannen"); none under a negation."""
    out = []
    folded = fold_same_length(text)
    for m in COMPARED_GROUPS.finditer(folded):
        a, b = group_name(m.group("a")), group_name(m.group("b"))
        if m.group("neg") or a == b:
            continue
        out.append((b, a) if LESS_DEGREE.match(m.group("deg")) else (a, b))
    for m in COMPARED_SHARES.finditer(folded):
        a, b = group_name(m.group(2)), group_name(m.group(4))
        x, y = (float(m.group(i).replace(",", ".")) for i in (1, 3))
        if a != b and x != y:
            out.append((a, b) if x > y else (b, a))
    return out


def swapped_comparison(claim: str, evidence: str) -> Conflict | None:
    """The two groups of a comparison in each other's place: "Mannen waren in 2024 vaker slachtoffer ... dan vrouwen"
    against "In 2024 waren vrouwen ruim twee keer zo vaak slachtoffer ... als mannen"."""
    theirs = compared_groups(evidence)
    for more, less in compared_groups(claim):
        if (less, more) in theirs and (more, less) not in theirs:
            return Conflict("entity", f"{more} vaker dan {less}", f"{less} vaker dan {more}",
                            f"De bewering zegt dat het vaker {more} betreft dan {less}, maar de bron zegt het omgekeerd.")
    return None


# Who commissions whom: "vanuit het ministerie van SZW loopt een opdracht ... aan Netwerk Mediawijsheid" against
# "Netwerk Mediawijsheid heeft het ministerie van SZW opdracht gegeven" (a commission's giver and its taker swapped).
COMMISSION = re.compile(r"(?<![\w-])opdracht(?![\w-])", re.I)
GIVER_BEFORE = re.compile(r"(?:vanuit|namens|in\s+opdracht\s+van|opdracht\s+(?:\w+\s+){0,2}?van)\s+(?:het\s+|de\s+)?"
                          r"(?:(?:ministerie|minister|staatssecretaris|departement)\s+(?:van\s+)?)?$", re.I)
GIVING_VERB = re.compile(r"(?<![\w-])(?:geeft|geven|gaf|gaven|verleent|verlenen|verleende|verstrekt|verstrekken|verstrekte|"
                         r"(?:heeft|hebben|had|hadden)(?=\s[^.;]*\bopdracht\s+(?:gegeven|verleend|verstrekt)\b))(?![\w-])", re.I)
TAKING_VERB = re.compile(r"(?<![\w-])(?:krijgt|krijgen|kreeg|kregen|ontvangt|ontvangen|ontving|ontvingen|"
                         r"(?:heeft|hebben|had|hadden)(?=\s[^.;]*\bopdracht\s+(?:gekregen|ontvangen)\b))(?![\w-])", re.I)


def commission_roles(text: str, table: AliasTable) -> tuple[list[str], list[str]]:
    """The names that give a commission ("opdracht") and those that take it, in the sentences that have one."""
    givers: list[str] = []
    takers: list[str] = []
    for sentence in re.split(r"(?<=[.!?;])\s+", text):
        task = COMMISSION.search(sentence)
        if not task:
            continue
        giving, taking = GIVING_VERB.search(sentence), TAKING_VERB.search(sentence)
        for s, e in names_in(sentence, table):
            name, before = sentence[s:e], sentence[:s]
            if GIVER_BEFORE.search(before):
                givers.append(name)
            elif s > task.end() and re.search(r"\baan\s+[^.;]{0,60}$", sentence[task.end() : s]):
                takers.append(name)  # "een opdracht voor ... aan Netwerk Mediawijsheid en Diversion"
            elif giving and giving.start() < task.start() and e <= giving.start():
                givers.append(name)  # "X heeft ... opdracht gegeven": the subject before the verb
            elif giving and giving.start() < s < task.start():
                takers.append(name)  # "... heeft het ministerie van SZW opdracht gegeven": between the verb and "opdracht"
            elif taking and taking.start() < task.start() and e <= taking.start():
                takers.append(name)
    return givers, takers


def swapped_commission(claim: str, evidence: str, table: AliasTable) -> Conflict | None:
    """The claim's giver of a commission is the evidence's taker, or its taker the evidence's giver."""
    mine, theirs = commission_roles(claim, table), commission_roles(evidence, table)
    for role, mine_, other, theirs_own in ((0, mine[0], theirs[1], theirs[0]), (1, mine[1], theirs[0], theirs[1])):
        for a in mine_:
            b = next((b for b in other if one_name(a, b, table)), None)
            if b is not None and not any(one_name(a, c, table) for c in theirs_own):
                said = "geeft de opdracht" if role == 0 else "krijgt de opdracht"
                real = "krijgt" if role == 0 else "geeft"
                return Conflict("entity", f"{a} {said}", f"{b} {real} de opdracht",
                                f"De bewering zegt dat {a} {said}, maar in de bron {real} {b} die opdracht.")
    return None


SLOT_SKIP = frozenset("de het een den der zijn haar hun ook al nog wel kan kunnen mag mogen moet moeten zal zullen wil willen gaat gaan".split())
PREPOSITIONS = frozenset("over om op aan in bij met voor van naar tot uit tegen via door te".split())
MODAL = re.compile(r"(?<![\w-])(?:kan|kunnen|mag|mogen|moet|moeten|zal|zullen|wil|willen|gaat|gaan)(?![\w-])")
# Words before a noun: what follows them is no verb ("de gemeenten", "hun feiten").
BEFORE_A_NOUN = frozenset("de het een deze die dit dat onze hun zijn haar alle veel vele elke iedere".split())


def object_slot(words: list[str], i: int, inverted: bool = False) -> str | None:
    """The object of the verb at words[i]: the word right before a clause-final verb ("die Movisie adviseren over",
    "kan X het CRM vragen"), else the first word after the verb past an article ("adviseert de Regenboogsteden");
    nothing after the verb of a sentence that opens with an adverbial (its subject follows the verb)."""
    after = words[i + 1] if i + 1 < len(words) else ""
    clause = fold_same_length(" ".join(words[max(0, i - 12) : i]))
    final = not after or after in PREPOSITIONS or (MODAL.search(clause) is not None and words[i].endswith("en"))
    if not final and inverted:
        return None
    if final:
        before = words[i - 1] if i > 0 else ""
        return before if len(before) >= 4 and before not in SLOT_SKIP and before not in SWAP_BLOCK else None
    rest = [w for w in words[i + 1 : i + 4] if w not in SLOT_SKIP]
    return rest[0] if rest and len(rest[0]) >= 4 and rest[0] not in SWAP_BLOCK | PREPOSITIONS else None


def actor_like(word: str) -> bool:
    """A word that can name an actor: a name ("Movisie", "Mens") or a long compound ("markttoezichtautoriteit");
    not "gemeenten" or "beter", which a verb's neighbours often are without a role, nor a long adjective ("aantrekkelijker")."""
    folded = fold_same_length(word)
    return word[:1].isupper() or (len(word) >= 14 and not folded.endswith(ADJECTIVE_ENDINGS)) or folded in ACTOR_NOUNS


ADJECTIVE_ENDINGS = ("lijk", "lijke", "lijker", "baar", "bare", "baarder", "ische")


# Institutions named by a common noun that can take either side of "adviseert", "ondersteunt", "informeert"
ACTOR_NOUNS = frozenset("""politie alliantie kabinet ministerie inspectie toezichthouder toezichthouders beleidsmakers
    werkgevers schoolbesturen regering expertisecentrum kenniscentrum""".split())


def swapped_object(claim: str, evidence: str) -> Conflict | None:
    """The same verb with another object, where each side's object is the other side's actor before the verb: "de
    gemeenten die Movisie adviseren" against "Movisie ... adviseert de Regenboogsteden" (with "Regenboogsteden" before
    the claim's verb). Not for a passive ("door", "wordt" near the verb)."""
    cw = [w.strip(".,;:()!?'‘’\"") for w in claim.split()]
    ew = [w.strip(".,;:()!?'‘’\"") for w in evidence.split()]
    lc, le = [fold_same_length(w) for w in cw], [fold_same_length(w) for w in ew]

    def like(a: str, b: str) -> bool:
        return a == b or len(os.path.commonprefix([a, b])) >= 8

    def before(word: str, words: list[str], i: int) -> bool:
        return any(like(word, w) for w in words[:i])

    def verbs(words: list[str], surface: list[str]) -> list[int]:  # active verbs, not a noun after its article
        return [i for i, w in enumerate(words)
                if len(w) >= 5 and surface[i].isalpha() and surface[i].islower() and w.endswith(("t", "en")) and w not in SWAP_BLOCK | PREPOSITIONS
                and (i == 0 or words[i - 1] not in BEFORE_A_NOUN) and "door" not in words[i + 1 : i + 4]
                and "wordt" not in words[max(0, i - 4) : i] and "worden" not in words[max(0, i - 4) : i]]

    inverted = bool(cw) and lc[0] in INVERTING  # "In het programma ... adviseert Movisie de gemeenten": the subject follows the verb
    evidence_inverted = bool(ew) and le[0] in INVERTING
    evidence_verbs = verbs(le, ew)
    for i in verbs(lc, cw):
        for j in evidence_verbs:
            if not (one_verb(lc[i], le[j]) or synonymous(stems(cw[i]), stems(ew[j]))):  # ("verzoeken" for "vragen")
                continue
            mine, theirs = object_slot(lc, i, inverted), object_slot(le, j, evidence_inverted)
            if not (mine and theirs and not like(mine, theirs) and before(mine, le, j) and before(theirs, lc, i)):
                continue
            mine, theirs = cw[lc.index(mine)], ew[le.index(theirs)]  # as written
            if all(actor_like(x) for x in (mine, theirs)):
                return Conflict("entity", f"{cw[i]} {mine}", f"{ew[j]} {theirs}",
                                f"In de bewering ondergaat {mine} het '{cw[i]}', maar in de bron is het omgekeerd: "
                                f"daar ondergaat {theirs} het en doet {mine} het.")
    return None


# --------------------------------------------------------------------------- the passage around the evidence

# A clause that takes back what a sentence nearby says: it cannot be done, is not known, the data are missing.
UNDERCUT = re.compile(
    r"(?<![\w-])(?:onmogelijk|niet\s+mogelijk|niet\s+haalbaar|onhaalbaar|onbekend|niet\s+bekend|ontbreek\w*|ontbrak\w*|ontbreken"
    r"|geen\s+zicht|(?:nog\s+)?geen\s+(?:cijfers|gegevens|data|informatie|inzicht)|niet\s+(?:bij|vast|na|aan)\s+te\s+\w+"
    r"|niet\s+te\s+(?:zeggen|bepalen|meten|achterhalen|registreren))(?![\w-])"
)
DEMONSTRATIVE = re.compile(r"(?<![\w-])(?:deze|dit|dergelijke|zulke)\s+[a-z]{4,}(?![\w-])")  # "deze groepen": back to the sentence before
ANAPHOR = re.compile(r"(?<![\w-])(?:dit|dat|deze|dergelijke|hier\w+|daar\w+)(?![\w-])")


def loose_shared(words: set[str], other: set[str]) -> int:
    """Stems shared, also as an inflection ("houdt" / "houd") or a compound part."""
    def alike(a: str, b: str) -> bool:
        return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))) or (
            min(len(a), len(b)) >= 5 and (a.endswith(b) or b.endswith(a)))
    return sum(1 for w in words if any(alike(w, o) for o in other))


PLAIN_NEGATOR = re.compile(r"(?<![\w-])(?:niet|nooit|niets|niks)(?![\w-])", re.I)  # (not "geen", "zonder": what they deny is named)
AFFIRMED = re.compile(r"(?<![\w-])wel(?![\w-])(?!\s+of\s+niet)", re.I)  # an affirmation against a negation ("zal ik wel ...")
DENIED_THING = re.compile(r"(?<![\w-])(?:geen|zonder)\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.I)


def denied_stems(text: str) -> set[str]:
    """The stems of what the text says "geen" or "zonder" of ("geen wetgeving voor deze": wetgev, voor, deze)."""
    return {t for m in DENIED_THING.finditer(text) for t in stems(m.group(1))}


def stems_alike(mine: set[str], theirs: set[str]) -> bool:
    return any(min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)) for a in mine for b in theirs)


def denied_alike(claim: str, clause: str) -> bool:
    """The claim says "zonder" or "geen" of a thing the clause says "geen" of ("zonder nieuwe wet", "geen wetgeving"):
    both deny it."""
    return stems_alike(denied_stems(claim), denied_stems(clause))


def names_denied(words: set[str], clause: str) -> bool:
    """The claim names what the clause says "geen" of ("een wet" against "geen wetgeving")."""
    return stems_alike(words, denied_stems(clause))


def undercut_nearby(claim: str, texts: list[str]) -> str | None:
    """A clause of the evidence or its neighbouring sentences that negates or takes back what the (positive) claim
    says. A plain negation must restate most of the claim (60% of its content words), or share two of them and point
    back with a demonstrative ("De deelname van deze groepen valt niet onder ..."); a clause that takes it back
    ("niet mogelijk", "onbekend", "geen cijfers") needs two, or one and a word pointing back ("Het is echter niet
    mogelijk dit bij te houden" next to "Het ministerie houdt bij hoeveel ...")."""
    if polarity(claim, (0, len(claim))) or UNDERCUT.search(fold_same_length(claim)):
        return None  # a negated claim: the negation detectors' case
    words = stems(claim)
    # a clause that affirms against a negation beside it ("Het aandeel vrouwen in topposities ... zal ik wel blijven
    # monitoren" after "zal er geen wetgeving ... worden voorbereid"): the claim it restates better is not undercut
    affirmed = max((loose_shared(words, stems(t[s:e])) for t in texts for s, e in spans(t, SENTENCE_CLAUSE)
                    if AFFIRMED.search(t[s:e]) and not polarity(t, (s, e))), default=0)
    for text in texts:
        folded = fold_same_length(text)
        for s, e in spans(text, SENTENCE_CLAUSE):
            undercut = UNDERCUT.search(folded[s:e])
            if not (undercut or polarity(text, (s, e))):
                continue
            if not undercut and (double_negative(claim, text[s:e]) or same_double_negative(claim, text[s:e])):
                continue  # "niet financieel onafhankelijk" says the claim's "financieel afhankelijk" (or "financieel niet onafhankelijk")
            if not undercut and only_manner_negated(text, (s, e), claim):
                continue  # "niet proactief beschikbaar gesteld": the manner is negated, not what the claim says
            if not undercut and denied_alike(claim, text[s:e]):
                continue  # "Ook zonder nieuwe wet blijft het kabinet ... bijhouden" says the clause's "geen wetgeving"
            shared = loose_shared(words, stems(text[s:e]))
            if affirmed > shared and not names_denied(words, text[s:e]):
                continue
            if not undercut and not negates_claim_word(words, text, (s, e)) and unnegated_rest(words - stems(text[s:e]), texts):
                continue  # the negation is on another word; the claim's verb stands unnegated nearby
            if (undercut and (shared >= 2 or (shared >= 1 and ANAPHOR.search(folded[s:e]))) or shared >= max(2, 0.6 * len(words))
                    or fuzzy_shared(words, stems(text[s:e])) >= 2 and DEMONSTRATIVE.search(folded)):
                return text[s:e].strip()
    return None


def plan_nearby(claim: str, texts: list[str], evidence: str = "") -> str | None:
    """A sentence near the evidence that plans or announces what the claim says is done (unless the evidence itself
    says it is done: a next step planned nearby, "In 2026 wordt de wet geëvalueerd", takes nothing back)."""
    cm = commitment(claim, (0, len(claim)))
    if cm is None or cm.level != DONE or negated(claim, cm) or (evidence and agreeing_segment(claim, evidence)):
        return None
    verb = stems(cm.text.split()[-1])
    participle = None if verb else participle_after(claim, cm)  # ("heeft al een pilot gedraaid": "gedraaid")
    return next((t for t in texts if clashing_segment(claim, t) and names_done_action(verb, participle, t)), None)


def names_done_action(verb: set[str], participle: str | None, text: str) -> bool:
    """The text has the claim's done action: its marker's verb, or the participle after a marker without one ("is al
    opgenomen": "op te nemen"); a marker with neither names any."""
    if participle is None:
        return names_action(verb, text)
    return names_action(stems(participle), text) or infinitive_of(participle, text)


def participle_after(claim: str, cm: Marker) -> str | None:
    """The past participle after a marker without one ("heeft al"), in its clause."""
    clause = re.split(r"[,;:]", claim[cm.end :], maxsplit=1)[0]
    m = re.search(rf"(?<![\w-]){PARTICIPLE}(?![\w-])", clause, re.I)
    return m.group(0) if m else None


SEPARABLE = re.compile(r"^(?P<particle>op|aan|af|in|uit|mee|toe|door|over|om|bij|terug|samen|vast|voor|na)?ge(?P<root>[a-z]{3,})$")


def infinitive_of(participle: str, text: str) -> bool:
    """The text has the infinitive of a strong participle, with its particle: "opgenomen" is "op te nemen" (the root's
    consonants: n-m), not "wil werken" for "gedraaid"."""
    m = SEPARABLE.match(fold_same_length(participle))
    if m is None:
        return False
    skeleton = consonants(re.sub(r"(?:en|d|t)$", "", m.group("root")))
    words = re.findall(r"[a-z]+", fold_same_length(text))
    return len(skeleton) >= 2 and (not m.group("particle") or m.group("particle") in words) and any(
        w.endswith("en") and consonants(w[:-2]) == skeleton for w in words)


def consonants(word: str) -> str:
    """The word without its vowels: a strong verb's root keeps them across its forms ("nomen", "nemen": "nm")."""
    return re.sub(r"[aeiouy]", "", word)


def names_action(verb: set[str], text: str) -> bool:
    """The text has the claim's verb (its participle's stem, in any form, or a synonym): a plan nearby takes back
    only the action the claim says is done ("De wet wordt in 2026 ingevoerd" against "De wet is ingevoerd"), not
    "De verwachting is dat de AI-verordening ... zal bijdragen" against "de bewustwording is ... gegroeid"."""
    have = stems(text)
    return not verb or fuzzy_shared(verb, have) > 0 or synonymous(verb, have)


# --------------------------------------------------------------------------- names the evidence lacks

# A compound that names an organisation ("Wereldgezondheidsorganisatie", "Onderwijsraad", "Kinderombudsman").
ORG_SUFFIX = re.compile(r"(?:organisatie|instituut|ministerie|raad|inspectie|autoriteit|commissie|college|bureau|planbureau|centrum"
                        r"|stichting|fonds|ombudsman|vereniging|federatie|bond|unie|agentschap|dienst|academie|universiteit)$", re.I)
# Capitalised words that name no particular organisation or person: they may be absent from a passage that says the same.
# The documents' own author, who writes "ik" ("Staatssecretaris Paul hoopt ..." for "Ik hoop ..."), and her nota: no
# name a claim's evidence must repeat, no word it must have (`rag.coverage.LIGHT`)
AUTHOR_WORDS = frozenset("paul marielle mariëlle emancipatienota".split())
GENERIC_NAMES = frozenset(
    "kamer tweede eerste rijk nederland nederlandse nederlanders europa europese eu staten-generaal koninkrijk kabinet "
    "minister staatssecretaris regering ministerie caribisch januari februari maart april mei juni juli augustus "
    "september oktober november december nederlands europees engels engelse duits duitse frans franse caribische "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
) | AUTHOR_WORDS
GENERIC_NAME_START = ("kamer", "rijks", "europe", "nederland")  # "Kamerleden", "Rijksoverheid", "Europees-Nederlandse"


def name_words(claim: str, aliases: AliasTable | None = None) -> list[str]:
    """The words of the claim that are (part of) a proper name: capitalised after the first word, or an organisation
    compound ending in -organisatie, -instituut, -raad ... (the first word too)."""
    out = []
    for m in re.finditer(r"[\w’'+&-]+", claim):
        w = m.group(0)
        if len(w) < 3 or w.lower() in GENERIC_NAMES or any(c.isdigit() for c in w):
            continue
        first = not claim[: m.start()].strip() or re.search(r"[.!?:]\s*[‘'\"“]?$", claim[: m.start()])
        if (w[0].isupper() and not first) or (ORG_SUFFIX.search(w) and len(w) > 9 and w[0].isupper()):
            out.append(w)
    return out


def stands_for(a: Entity, b: Entity, table: AliasTable) -> bool:
    """The place name `a` stands for the institution `b` ("Brussel": the European Commission)."""
    forms = {key(f) for f in METONYMS.get(key(a.name), ())}
    return bool(forms) and (key(b.name) in forms or key(table.canonical(b.name)) in forms)


def metonym_in(name: str, folded_evidence: str) -> bool:
    """The institution a place name stands for ("Brussel": the European Commission or the EU) is in the (keyed) evidence."""
    return any(re.search(rf"(?<![\w]){re.escape(key(f))}(?![\w])", folded_evidence) for f in METONYMS.get(key(name), ()))


ACTOR_METONYMS = {place: re.compile(rf"(?<![\w-])(?<!in )(?<!uit )(?<!naar )(?<!te )(?<!bij )(?<!rond ){re.escape(place)}(?![\w-])", re.I)
                  for place in METONYMS}


def actor_metonyms(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """"Den Haag" for the cabinet, "Brussel" for the Commission, as an actor (not "in Den Haag": the city): (place, match)."""
    for place, pattern in ACTOR_METONYMS.items():
        yield from ((place, m) for m in pattern.finditer(text))


def missing_name(claim: str, evidence: str, aliases: AliasTable | None = None) -> str | None:
    """A name word of the claim that the evidence (a passage with its headings) does not have in any form: the
    claim is then about another organisation or person, however similar the rest ("de Wereldgezondheidsorganisatie
    financiert" vs "ZonMw financiert"). A known name counts when any of its forms is there (CRM = College voor de
    Rechten van de Mens); a compound or hyphenated word by its parts ("Romakinderen" in "Roma kinderen")."""
    table = aliases or default_table()
    folded = key(evidence)
    squashed = re.sub(r"[\s-]+", "", folded)
    known = []
    for m in _table_regex(table).finditer(claim):
        canonical = table.canonical(m.group(0))
        forms = table.forms.get(canonical, []) + [canonical]
        if any(key(f) and re.search(rf"(?<![\w]){re.escape(key(f))}(?![\w])", folded) for f in forms):
            known.append((m.start(), m.end()))
    known += [(m.start(), m.end()) for place, m in actor_metonyms(claim) if metonym_in(place, folded)]
    for w in name_words(claim, table):
        at = claim.find(w)
        if any(s <= at < e for s, e in known):
            continue
        for part in (p for p in w.split("-") if p):
            k = key(part)
            if (not k or k in GENERIC_NAMES or k.startswith(GENERIC_NAME_START) or part in GENERIC_ACRONYMS
                    or not (part[0].isupper() or ORG_SUFFIX.search(part))):
                continue  # "AI-systemen": neither part names anyone
            stem = k[: max(4, len(k) - 2)] if len(k) > 5 else k
            if len(stem) >= 6 and stem in squashed or re.search(rf"(?<![\w]){re.escape(stem)}", folded):
                continue
            if is_acronym(part) and spelled_out(part, evidence):
                continue
            if metonym_in(part, folded):
                continue  # "Brussel" for the European Commission
            return w
    return None


def spelled_out(acronym: str, text: str) -> bool:
    """The text has the acronym's long form: a run of words starting with its first letter whose initials it is."""
    words = re.findall(r"[\w-]+", text)
    first = acronym[0].lower()
    n = len(re.sub(r"[^A-Za-z]", "", acronym))
    for i, w in enumerate(words):
        if w[0].lower() != first:
            continue
        for j in range(i + 1, min(len(words), i + 2 * n + 3) + 1):
            if acronym_matches(acronym, " ".join(words[i:j])):
                return True
    return False


# --------------------------------------------------------------------------- all

DETECTORS: tuple[Callable[[str, str, AliasTable | None], Conflict | None], ...] = (
    detect_number, detect_date, detect_direction, detect_negation, detect_quantifier, detect_modality, detect_entity,
    detect_counterpart, detect_swap,
)


def find_conflicts(claim: str, evidence: str, aliases: AliasTable | None = None) -> list[Conflict]:
    """Every conflict the detectors find, in the order number, date, direction, negation, quantifier, modality, entity."""
    return [c for c in (detect(claim, evidence, aliases) for detect in DETECTORS) if c is not None]


# --------------------------------------------------------------------------- confirmation (for support by meaning)

HEDGED = re.compile(r"(?<![\w-])(?:zou|zouden|kan|kunnen|kon|konden|mogelijk\w*|misschien|wellicht|eventue\w*|verwacht\w*|overweeg\w*|onderzoek\w*|of)(?![\w-])")


CONDITION = re.compile(r"(?<![\w-])(?:mocht|mochten|indien|ingeval|in\s+het\s+geval|tenzij|mits|zodra|op\s+voorwaarde)(?![\w-])")


# No hedge of the statement: an ability ("om de taken uit te kunnen voeren") or an attribute ("de voorgenomen bezuinigingen").
NOT_HEDGE = re.compile(r"(?<![\w-])(?:te\s+(?:kunnen|kan)|(?:de|het|een|deze|die)\s+(?:voorgenomen|beoogde|geplande|verwachte|mogelijke|eventuele)"
                       r"|niet\s+mogelijk|onmogelijk)(?![\w-])", re.I)  # ("het is niet mogelijk bij te houden" says it cannot be: no hedge)


def negation_differs(claim: str, evidence: str) -> bool:
    """A claim clause whose polarity differs from the evidence clause (of one sentence) that shares most content stems
    with it; not when both sides have as many negations (`negations_match`)."""
    ev_spans = spans(evidence, SENTENCE_CLAUSE)
    claim = without_conclusion(claim, evidence, ev_spans)
    if (negations_match(claim, evidence) or less_for_not_so(claim, evidence)
            or without_for_not(claim, evidence) or without_for_not(evidence, claim)):
        return False
    for cs, ce in spans(claim):
        words = stems(claim[cs:ce])
        if not words:
            continue
        score, best = max((overlap(words, stems(evidence[s:e])), (s, e)) for s, e in ev_spans)
        if score[0] == 0:
            if polarity(claim, (cs, ce)) and not on_form(claim[cs:ce], evidence):
                return True  # a negated clause the evidence has nothing of (nor says with "on-"/"onder-")
            continue
        if polarity(claim, (cs, ce)) != polarity(evidence, best):
            rest = rest_clause(words - stems(evidence[best[0] : best[1]]), evidence, [sp for sp in ev_spans if sp != best])
            if (rest is not None and polarity(evidence, rest) == polarity(claim, (cs, ce))
                    and not negates_claim_word(words, evidence, best)):
                continue  # the negation is on another word; the claim's verb has the claim's polarity (`detect_negation`)
            neg, pos = (claim[cs:ce], evidence) if polarity(claim, (cs, ce)) else (evidence[best[0] : best[1]], claim)
            if not on_form(neg, pos):
                return True
    return False


def negation_count(text: str) -> int:
    return len(effective_negators(text)) + sum(1 for _m in IMPLICIT_NEGATION.finditer(fold_same_length(text)))


def negations_match(claim: str, evidence: str) -> bool:
    """As many negations on both sides, at least one: a paraphrase puts a negation on another word or in another
    clause ("houden niet op bij de grens" / "stoppen niet bij landsgrenzen"), an altered claim adds or drops one."""
    n = negation_count(claim)
    return n >= 1 and n == negation_count(evidence)


NOT_ENOUGH = re.compile(r"(?<![\w-])niet\s+(?:evenredig|voldoende|(?:goed\s+|groot\s+|ver\s+)?genoeg)(?![\w-])", re.I)
# "geen onderscheid", "niet anders behandeld" say what "gelijk(e behandeling)" says
NO_DIFFERENCE = re.compile(r"(?<![\w-])(?:geen|niet)\s+(?:[^\s,;.]+\s+){0,3}?(?:onderscheid|verschil|anders|verschillend)(?![\w-])", re.I)
EQUAL = re.compile(r"(?<![\w-])(?:gelijk|gelijke|gelijkheid|gelijkwaardig\w*|gelijkgesteld)(?![\w-])", re.I)


NON_WORD = re.compile(r"(?<![\w-])non-?([a-z]{7,})")
NEGATED_WORD = re.compile(r"(?<![\w-])(?:niet|geen)\s+([a-z]{7,})")
NON_PREFIX = 7  # ("discrimineren" / "non-discriminatie": the same word by its first letters)


def non_form(negated_text: str, other: str) -> bool:
    """"niet X" on one side, "non-X" on the other ("een cursus over niet discrimineren" / "een e-learning
    'Non-discriminatie ...'"): the same polarity."""
    negated = {m.group(1)[:NON_PREFIX] for m in NEGATED_WORD.finditer(fold_same_length(negated_text))}
    return bool(negated) and any(m.group(1)[:NON_PREFIX] in negated for m in NON_WORD.finditer(fold_same_length(other)))


def on_form(negated_text: str, other: str) -> bool:
    """The other side says the negated word with the "on-" prefix ("niemand heeft gevraagd" / "ongevraagd",
    "niet bekend" / "onbekend"), or "niet evenredig" with the "onder-" prefix ("ondervertegenwoordigd"), or the negated
    side negates an "on-" word the other says without it ("niet onafhankelijk" / "afhankelijk"): the same polarity."""
    # (the word itself, not inside its own "on-" form: "niet onafhankelijk" against "onafhankelijk" differs)
    words = stems(" ".join(t for t in re.findall(r"\w+", fold_same_length(negated_text)) if not t.startswith("on")))
    not_enough = NOT_ENOUGH.search(fold_same_length(negated_text))
    plain = {t for t in re.findall(r"\w+", fold_same_length(other)) if not t.startswith("on")}
    if NO_DIFFERENCE.search(fold_same_length(negated_text)) and EQUAL.search(fold_same_length(other)):
        return True  # "geen onderscheid maken tussen groepen" / "alle groepen zijn gelijk"
    for tok in re.findall(r"\w+", fold_same_length(negated_text)):
        if tok.startswith("on") and len(tok) >= 7 and not tok.startswith(("ond", "ont", "onz")) and tok[2:] in plain:
            return True  # a double negation: "niet financieel onafhankelijk" / "financieel afhankelijk"
    if non_form(negated_text, other):
        return True
    for tok in re.findall(r"\w+", fold_same_length(other)):
        if not_enough and tok.startswith("onder") and len(tok) >= 12 and loose_shared(stems(tok[5:]), words):
            return True  # "niet evenredig vertegenwoordigd" / "ondervertegenwoordigd"
        if not_enough and tok == "onvoldoende":
            return True  # "niet goed genoeg bereikt" / "onvoldoende bereikt"
        if tok.startswith("on") and len(tok) >= 7 and not tok.startswith(("ond", "ont", "onz")):
            if loose_shared(stems(tok[2:]), words):
                return True
    return False


# "De regels moeten de loonkloof helpen dichten" states an aim, not a duty: the evidence's aim confirms it; so does
# "initiatieven die lhbtiq+'ers veiliger moeten maken" (a result to bring about) against "om de veiligheid ... te
# verbeteren", and "moet meer inzicht opleveren" against "zal bijdragen aan meer kennis".
AIM_VERB = re.compile(r"\s+(?:voorkomen|verhinderen|tegengaan|bijdragen|helpen|zorgen)(?![\w-])")  # right after the modal
PURPOSE = re.compile(r"\s+(?:[^\s,;.]+\s+){0,8}?(?:helpen|zorgen|bijdragen|leiden|maken|opleveren|brengen|verminderen"
                     r"|verkleinen|vergroten|verbeteren|versterken|bevorderen|stimuleren|voorkomen|tegengaan|terugdringen|krijgen|vasthouden|behouden)(?![\w-])")
AIM = re.compile(r"(?<![\w-])(?:gericht\s+op|erop\s+gericht|bedoeld|met\s+het\s+oog\s+op|(?:het\s+)?doel|om\s+(?:[^\s,;.]+\s+){0,8}?te|ervoor\s+te\s+zorgen"
                 r"|zo\s+voorkomen|richt(?:en|te|ten)?\s+zich\s+(?:[^\s,;.]+\s+){0,3}?op|(?:zal|zullen)\s+(?:[^\s,;.]+\s+){0,8}?bijdragen)(?![\w-])")


# A goal or a schedule the evidence states ("Het doel hierbij is dat mannen signalen herkennen", "De planning is er op
# gericht dat de wet op 1 augustus 2026 in werking treedt") is what a claim's "moet" says ("De wet moet per 1 augustus
# 2026 ingaan"): no duty of another level there.
GOAL = re.compile(r"(?<![\w-])(?:(?:het\s+)?doel(?:\s+hierbij|\s+daarvan)?\s+is|de\s+planning\s+is|het\s+streven\s+is|om\s+ervoor\s+te\s+zorgen\s+dat)(?![\w-])", re.I)
MUST = re.compile(r"moet|moeten", re.I)


def goal_as_must(cm: Marker, claim: str, evidence: str, ev: list[Marker]) -> bool:
    """The claim's "moet" is the evidence's goal or schedule (`GOAL`): each duty or permission the evidence states
    (not negated) the claim states too, at its level."""
    if cm.level != OBLIGATION or not MUST.fullmatch(cm.text) or not GOAL.search(fold_same_length(evidence)):
        return False
    said = [m for m in find_markers(claim, DEONTIC) if not negated(claim, m)]
    return all(any(c.level == em.level for c in said) for em in ev if em.scale == "deontic")


CAUSAL_WORDS = (r"doordat|omdat|waardoor|daardoor|hierdoor|dankzij|vanwege|zodat|als\s+gevolg\s+van|gevolg(?!d)\w*|oorza\w*"
                r"|veroorza\w*|(?<=^)door(?=\s)|(?:komt|komen|kwam|kwamen)\s+door|(?:leidt|leiden|leidde|leidden|geleid)\s+(?:[^\s,;.]+\s+){0,4}?tot|te\s+danken\s+aan|(?:ligt|lag)\s+aan"
                r"|(?:bereikt|bereikte|bereikten|bewerkstelligd\w*)\s+(?:[^\s,;.]+\s+){0,4}?dat|door\s+(?:de\s+)?inzet\s+van")
CAUSAL = re.compile(rf"(?<![\w-])(?:{CAUSAL_WORDS})(?![\w-])")
# The evidence may give a cause or an aim in words a claim rarely uses ("Want ...", "vraagt daarom om", "gelet op zijn
# rol", "met als doel", "Hiertoe"), a consequence as an effect ("discriminerende effecten" for "gevolgen"), and a ground
# ("discriminatie op grond van seksuele gerichtheid" for "vanwege iemands seksuele oriëntatie").
# (and a contribution: "zorgt voor een gelijk speelveld", "dragen eraan bij dat", "Omwille van" for "dankzij", "vanwege")
CAUSAL_EVIDENCE = re.compile(rf"(?<![\w-])(?:{CAUSAL_WORDS}|aangezien|want|daarom|daartoe|hiertoe|om\s+die\s+reden|gelet\s+op|met\s+als\s+doel|effect\w*|op\s+grond\s+van|wegens|ter\s+[a-z]{{4,}}ing"
                             r"|omwille\s+van|(?:zorgt|zorgen|zorgde|zorgden)\s+(?:[^\s,;.]+\s+){0,3}?voor|(?:draagt|dragen|droeg|droegen)\s+(?:er\s*)?aan\s+bij|bijdra\w*"
                             r"|(?:is|zijn|wordt|worden)\s+(?:[^\s,;.]+\s+){0,3}?(?:vastgelegd|bepaald|voorgeschreven))(?![\w-])")
# (what a law lays down is what the claim's "Door de DSA moeten platforms ..." says: "In de DSA is vastgelegd dat ...")
# "de laatste jaren" is "de afgelopen jaren": a time span, no superlative
RECENT_SPAN = re.compile(r"(?:de\s+)?laatste\s+(?:jaren|tijd|periode|decennia|maanden)(?![\w-])")
RECENT_EVIDENCE = re.compile(r"(?<![\w-])(?:afgelopen|laatste|voorbije|recente|recent)(?![\w-])")


EVERY_PERIOD = re.compile(r"\s+(jaar|maand|week|dag)(?![\w-])")
PERIODIC = {"jaar": "jaarlijks", "maand": "maandelijks", "week": "wekelijks", "dag": "dagelijks"}
QUANTITY_BEFORE = re.compile(r"(?<![\w-])(?:veel|vele|weinig|enkele|sommige|meerdere|diverse|verschillende|bepaalde|een|twee|drie|vier|vijf|"
                             r"tien|honderd\w*|duizend\w*|deze|die|dit|dat|hun|haar|zijn|onze|\d[\d.,]*|\w+ste)\s+$", re.I)
BARE_NOUN = 4  # letters of the claim's noun that the evidence's plural must start with ("school" -> "scholen": "scho")


COMBAT = re.compile(COMBAT_WORDS)
IN_AIM_CLAUSE = re.compile(r"(?<![\w-])(?:om|zodat)\s+(?:[^\s;.]+\s+){0,10}$", re.I)  # the marker in an "om"/"zodat" clause
AIMED_AT = re.compile(r"(?<![\w-])om\s+(?:[^\s,;.]+\s+){0,6}$", re.I)  # the marker ends a purpose clause ("om ... terug te dringen")
TACKLE = re.compile(r"(?<![\w-])(?:aanpak\w*|aangepakt|aan\s+te\s+pakken|(?:pakt|pakken|pakte|pakten)\s+(?:[^\s,;.]+\s+){0,6}?aan)(?![\w-])")


def needed_alone(folded_ev: str, ev: list[Marker]) -> bool:
    """The evidence states a need (`NEEDED`) in a sentence without a marker of obligation or permission: a "kunnen" in
    the sentence before ("selectiecriteria ... kunnen discriminerend uitpakken") says nothing of what is needed."""
    return any(not any(a <= em.start < b for em in ev) for a, b in sentence_spans(folded_ev) if NEEDED.search(folded_ev, a, b))


def unmarked_equivalent(claim: str, cm: Marker, evidence: str, ev: list[Marker]) -> bool:
    """A claim marker the evidence says without a marker word: "elk jaar" for "jaarlijks"; "elke school" for a bare
    plural "scholen" when the evidence has no marker of amount or frequency at all (a generic statement); "kan" for a
    plain fact when the evidence has no marker of obligation or permission."""
    text = fold_same_length(cm.text).lower()
    folded_ev = fold_same_length(evidence).lower()
    if cm.scale == "det" and cm.level == 4 and text in ("elk", "elke", "ieder", "iedere"):
        period = EVERY_PERIOD.match(claim, cm.end)
        if period:
            return bool(re.search(rf"(?<![\w-])(?:{PERIODIC[period.group(1).lower()]}|(?:elk|ieder)e?\s+{period.group(1)}|per\s+{period.group(1)})(?![\w-])", folded_ev))
        noun = re.match(r"\s+([^\W\d_]{4,})", claim[cm.end :])
        if noun is None or any(em.scale in ("det", "freq") for em in ev):
            return False
        if any(em.level == PERMISSION for em in find_markers(evidence, DEONTIC) if not negated(evidence, em)):
            return False  # "gemeenten kunnen ervoor kiezen": what some may do, not what each does
        head = fold_same_length(noun.group(1)).lower()[:BARE_NOUN]
        for m in re.finditer(rf"(?<![\w-]){re.escape(head)}\w*(?:en|s)(?![\w-])", folded_ev):
            if not QUANTITY_BEFORE.search(folded_ev[: m.start()]):
                return True
        return False
    if (cm.scale in ("size", "quality") and cm.level == UP and IN_AIM_CLAUSE.search(claim[: cm.start])
            and not any(same_scale(cm.scale, em.scale) for em in ev)):
        return True  # what something is for: "een project om gezondheidsgegevens beter te benutten" is "een project dat het
        # gebruik van gezondheidsdata stimuleert"; "zodat leraren beter raad weten" what the renewed guide is to help with
    if (cm.scale == "size" and (COMBAT.fullmatch(text) or (cm.level == DOWN and AIMED_AT.search(claim[: cm.start])))
            and TACKLE.search(folded_ev) and not any(em.scale == "size" for em in ev)):
        return True  # "bestrijden", "tegengaan" is "aanpakken": an effort against something, no effect claimed; so is what
        # one does something for ("Om het tekort aan leerkrachten terug te dringen" for "met als doel het lerarentekort aan te pakken")
    if (cm.scale == "continuity" and cm.level == UP and not any(em.scale == "continuity" for em in ev)
            and any(p.end for p in periods(claim)) and any(p.end for p in periods(evidence))):
        return True  # "blijft tot eind 2027 subsidiëren" is "subsidieer tot en met 2027": what runs until a year goes on until then
    if cm.scale == "deontic" and goal_as_must(cm, claim, evidence, ev):
        return True  # "de wet moet per 1 augustus 2026 ingaan" is "de planning is ... dat de wet ... in werking treedt"
    if cm.scale == "deontic" and text in ("kan", "kunnen") and not ev and not find_markers(evidence, COMMITMENT):
        return True  # "X biedt een e-learning" lets one follow it: a fact vouches for a possibility
    if cm.scale == "deontic" and cm.level == OBLIGATION and text in ("moet", "moeten") and needed_alone(folded_ev, ev):
        return True  # "moet zorgvuldig worden gevalideerd" is "vraagt om zorgvuldige validatie"; "moeten instaan voor": "de verantwoordelijkheid ligt bij"
    if (cm.scale == "deontic" and text in ("moet", "moeten") and not ev and PURPOSE.match(fold_same_length(claim[cm.end :]))
            and not find_markers(evidence, COMMITMENT)):
        return True  # "de campagne moet studenten alerter maken": what "de campagne vergroot de bewustwording" says it does
    if cm.scale == "det" and text == "weinig" and UNDER.search(folded_ev):
        return True  # "zitten weinig op hogescholen" is "in het hoger onderwijs ondervertegenwoordigd"
    if cm.scale == "det" and text in ("weinig", "nauwelijks", "amper") and SMALL.search(folded_ev) and not any(em.scale == "det" for em in ev):
        return True  # "weinig vrouwen in de ICT" is "de geringe vertegenwoordiging van vrouwen"; "raakt het budget nauwelijks": "het effect is klein"
    if cm.scale == "det" and text == "veel" and (much := MUCH_OF.match(fold_same_length(claim[cm.end :]).lower())):
        return bool(re.search(MUCH_SAID[much.group(1)], folded_ev))  # "veel aandacht" is "uitgebreid aandacht"
    if (cm.scale == "size" and cm.level == UP and text == "meer" and not any(em.scale == "size" for em in ev)
            and any(m.group(1) not in DOWN_COMPARATIVES for m in MORE_MADE.finditer(folded_ev))):
        return True  # "aantrekkelijker maken voor mannen"
    if (cm.level == UP and cm.scale in ("size", "quality") and not any(same_scale(cm.scale, em.scale) for em in ev)
            and contributes_to(claim, cm, folded_ev)):
        return True  # "gelijke kansen bevorderen" is "bijdragen aan gelijke kansen"
    if cm.scale == "size" and cm.level == UP and text.startswith("versterk") and any(
            em.scale == "quality" and em.level == UP and not fold_same_length(em.text).lower().startswith("beter") for em in ev):
        return True  # "versterkt de positie van de vertrouwenspersoon" is "verbetert hun positie"
    if cm.scale == "size" and cm.level == DOWN and text in ("beperkt", "beperkte") and SMALL.search(folded_ev) and not any(em.scale == "size" for em in ev):
        return True  # "raken het budget maar beperkt" is "het effect op het budget is klein"
    if cm.scale == "size" and EXTRA_ATTENTION.fullmatch(text):
        return bool(SPECIAL_ATTENTION.search(folded_ev))  # "extra aandacht" is "bijzondere aandacht"
    if cm.scale == "quality" and cm.level == UP and any(
            em.scale == "size" and em.level == UP and LEVEL.search(folded_ev[em.end : em.end + 40]) for em in ev):
        return True  # "een verbetering in het opleidingsniveau" is "een stijging in het onderwijsniveau"
    if cm.scale == "size" and (COMBAT.fullmatch(text) or text.startswith("voorkom")):
        against = {m.group(1) for m in AGAINST_PREFIX.finditer(folded_ev)}
        return any(w[:6] in against for w in re.findall(r"[a-z]{6,}", fold_same_length(claim[cm.end :]).lower()))  # "non-discriminatie"
    return False


# "veel aandacht" / "uitgebreid aandacht", "veel betekenen" / "een belangrijke rol hebben", "veel geld" / "goed gefinancierd"
MUCH_OF = re.compile(r"\s+(aandacht|betekenen|geld)(?![\w-])")
MUCH_SAID = {"aandacht": r"(?<![\w-])(?:uitgebreid\w*|ruim\w*|volop|veel|bijzondere|speciale)\s+aandacht",
             "betekenen": r"(?<![\w-])(?:belangrijke|grote|sleutel)\s*rol",
             "geld": r"(?<![\w-])(?:goed|ruim|rijkelijk)\s+(?:[^\s,;.]+\s+en\s+)?(?:ge)?financier\w*"}
SMALL_WORDS = r"klein|kleine|gering|geringe|beperkt|beperkte"
SMALL = re.compile(rf"(?<![\w-])(?:{SMALL_WORDS})(?![\w-])")
EXTRA_ATTENTION = re.compile(r"(?:extra|aanvullende)\s+aandacht")
SPECIAL_ATTENTION = re.compile(r"(?<![\w-])(?:bijzondere|speciale|specifieke|extra|aparte)\s+aandacht(?![\w-])")
LEVEL = re.compile(r"niveau|kwaliteit")
# An effort towards something ("werkt ... samen aan de sociale acceptatie", "kan bijdragen aan gelijke kansen") is what
# a claim says with "de acceptatie vergroten", "gelijke kansen bevorderen": the words after it name what is furthered.
CONTRIBUTION = re.compile(r"(?<![\w-])(?:bijdragen|bijdraagt|draagt\s+bij|dragen\s+bij|(?:werkt|werken|werkte|werkten|gewerkt)"
                          r"\s+(?:[^\s,;.]+\s+){0,8}?aan|zet(?:ten)?\s+(?:[^\s,;.]+\s+){0,4}?in\s+voor)\s+(?:aan\s+)?((?:[^\s,;.]+\s+){0,5}[^\s,;.]+)")


def contributes_to(claim: str, cm: "Marker", folded_ev: str) -> bool:
    """The evidence works or contributes towards what the claim's UP marker acts on (a content word within seven
    words before or five after it: "om de sociale acceptatie en veiligheid van lhbtiq+ personen te vergroten")."""
    near = " ".join(claim[: cm.start].split()[-7:] + claim[cm.end :].split()[:5])
    words = stems(near)
    return bool(words) and any(loose_shared(stems(m.group(1)), words) for m in CONTRIBUTION.finditer(folded_ev))


NEEDED = re.compile(r"(?<![\w-])(?:verantwoordelijk\w*|(?:vraagt|vragen|vroeg)\s+(?:[^\s,;.]+\s+){0,2}?om|vereist\w*|noodzakelijk\w*|nodig"
                    # ("Het is belangrijk dat kinderen ... leren" for "moeten kinderen ... leren")
                    r"|(?:is|zijn)\s+(?:het\s+)?belangrijk\s+dat|belangrijk\s+is\s+dat)(?![\w-])")
UNDER = re.compile(r"(?<![\w-])(?:onder(?:vertegenwoordig|gerepresenteerd|represent)\w*|(?:relatief\s+)?(?:laag|lage))(?![\w-])")
# A comparative made so ("aantrekkelijker maken"): more of what it attracts; not one that says less.
MORE_MADE = re.compile(r"(?<![\w-])([a-z]{4,}er)\s+(?:te\s+)?(?:maken|maakt|gemaakt|worden|wordt)(?![\w-])")
DOWN_COMPARATIVES = frozenset("kleiner lager korter minder moeilijker lastiger slechter zwakker goedkoper langzamer trager zwaarder".split())
AGAINST_PREFIX = re.compile(r"(?<![\w-])(?:non|anti)-?([a-z]{6})")


def title_word(claim: str, m: Marker) -> bool:
    """A marker that is a capitalised word inside the sentence belongs to a name ("Meer uren werkt!"), no assertion;
    so does a capitalised marker of a slogan that ends in "!" within two words ("Stop femicide! zet in op ...")."""
    if not claim[m.start : m.start + 1].isupper():
        return False
    return (m.start > 0 and not re.search(r"[.!?:]\s*$", claim[: m.start])) or bool(SLOGAN_END.match(claim, m.end))


SLOGAN_END = re.compile(r"(?:\s+[\w'’-]+){0,2}!")


# (not a time: "in de eerste maanden van 2026" is "begin 2026")
COMPARISON = re.compile(r"(?<![\w-])(?P<word>[a-z]{3,}er)\s+dan(?![\w-])|(?<![\w-])(?:de|het)\s+"
                        r"(?P<sup>(?!eerste\s(?:maanden|weken|helft|kwartaal|dagen)\b)[a-z]{3,}ste)(?![\w-])")

# The same comparison in other words: "eerder dan voorzien" is "sneller dan gepland", "ouder worden" is "langer leven".
SAME_COMPARISON = {"eerder": ("sneller", "vroeger"), "sneller": ("eerder",), "vroeger": ("eerder",), "ouder": ("langer",)}


def same_scale(a: str, b: str) -> bool:
    """One scale, or amount and frequency ("vrijwel alle slachtoffers" is "de slachtoffers zijn bijna altijd"), or ease
    and quality ("makkelijker aan goede zorg komen" is "de toegang tot zorg verbeteren")."""
    return a == b or {a, b} in ({"det", "freq"}, {"ease", "quality"})


# A relative clause that says something is already done: the claim asserts it too, though not as its main statement.
# (not a person's state: "mantelzorgers die zelf al met pensioen zijn")
RELATIVE_DONE = re.compile(r"(?<![\w-])(?:die|dat)\s+(?:[^\s,;.]+\s+){0,4}?(?:inmiddels|al)\s+(?!met\s+pensioen\b)(?:[^\s,;.]+\s+){0,5}?(?:heeft|hebben|is|zijn)(?![\w-])")


def relative_done_unconfirmed(claim: str, texts: list[str]) -> str | None:
    """The claim's relative clause that says something is done ("de AI-fabriek die Nederland inmiddels in gebruik heeft
    genomen"), when one of the texts speaks of a plan, a possibility or a future ("de in Nederland voorziene AI-fabriek")."""
    relative = RELATIVE_DONE.search(fold_same_length(claim))
    if relative and any(m.level < DONE for t in texts for m in find_markers(t, COMMITMENT)):
        return relative.group(0)
    return None


FOCUS = re.compile(rf"(?:{ZET_IN_OP})$")
FOCUS_EVIDENCE = re.compile(r"(?<![\w-])(?:(?:richt|richten|richtte|richtten)\s+(?:[^\s,;.]+\s+){0,4}?zich\s+op|gericht\s+op|focust|focus\s+op)(?![\w-])")


def on_antonym(claim: str, evidence: str) -> str | None:
    """A claim word whose "on-" form the evidence says instead ("steeds veiliger" / "steeds onveiliger"), or the reverse."""
    folded_claim, folded_ev = fold_same_length(claim), fold_same_length(evidence)
    mine, theirs = set(re.findall(r"[a-z]{5,}", folded_claim)), set(re.findall(r"[a-z]{5,}", folded_ev))

    def negated_in(word: str, text: str) -> bool:  # "niet veilig" is "onveilig"
        return bool(re.search(rf"(?<![\w-])(?:niet|geen|nooit)\s+(?:[a-z]+\s+)?{word}(?![\w-])", text))

    for w in sorted(mine - theirs):
        if "on" + w in theirs and not negated_in(w, folded_claim) and not negated_in("on" + w, folded_ev):
            return w  # (not against "niet onafhankelijk": that is "afhankelijk")
        if w.startswith("on") and not w.startswith(("ond", "ont", "onz")) and len(w) >= 7 and w[2:] in theirs and not negated_in(w[2:], folded_ev):
            return w
        for mine_prefix, their_prefix in OVER_UNDER:  # "oververtegenwoordigd" / "ondervertegenwoordigd"
            if w.startswith(mine_prefix) and len(w) - len(mine_prefix) >= 6 and their_prefix + w[len(mine_prefix):] in theirs:
                return w
    for mine, theirs in ADJECTIVE_ANTONYMS:
        m = mine.search(folded_claim)
        if (m and not negated_in(m.group(0), folded_claim) and not mine.search(folded_ev)
                and theirs.search(folded_ev) and not theirs.search(folded_claim)):
            return claim[m.start() : m.end()]
    return None


OVER_UNDER = (("over", "onder"), ("onder", "over"))  # a word against its "onder-"/"over-" form ("overschat" / "onderschat")


def _word(forms: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{forms})(?![\w-])")


# A plain adjective against its opposite ("een relatief sterke positie" / "hun arbeidsmarktpositie is relatief slecht")
ADJECTIVE_ANTONYMS = tuple((_word(mine), _word(theirs)) for mine, theirs in (
    ("sterke?", "zwakke?|slechte?"),
    ("zwakke?", "sterke?"),
    ("slechte?", "sterke?|goede?"),
    ("gunstige?", "ongunstige?|slechte?"),
))
# A stance against a proposal and one for it ("Nederland houdt het EU-voorstel tegen" / "Nederland is positief over dit
# voorstel", in the sentence or right beside it; round 242: judged supported)
AGAINST = _word(r"houdt\s+(?:[^\s,;.]+\s+){0,8}?tegen|houden\s+(?:[^\s,;.]+\s+){0,8}?tegen|tegengehouden|tegenhoudt|tegenhouden|blokkeert|blokkeren"
                r"|dwarsboomt|dwarsbomen|verzet\s+zich|blocks?|opposes?")
IN_FAVOUR = _word(r"positief\s+over|steunt|steunen|voorstander|is\s+in\s+favour|supports?")


def stance_nearby(claim: str, texts: list[str]) -> str | None:
    """The claim's stance against something where a text says a stance for it (and none against), or None."""
    m = AGAINST.search(fold_same_length(claim))
    if m is None or IN_FAVOUR.search(fold_same_length(claim)):
        return None
    folded = [fold_same_length(t) for t in texts]
    if any(IN_FAVOUR.search(t) for t in folded) and not any(AGAINST.search(t) for t in folded):
        return claim[m.start() : m.end()]
    return None


FINITE_LIKE = re.compile(r"^[a-z]{3,}(?:t|en|de|te|den|ten)$")
SUBORDINATE_OPENERS = frozenset("als wanneer indien omdat doordat hoewel nadat voordat zodra terwijl dat om".split())
CONVERSE = re.compile(r"(?<![\w-])(?:krijg\w*|kreg\w*|ontvang\w*|door)(?![\w-])")
# A relation that runs both ways ("A werkt met B samen" is "B werkt samen met A"): no roles to turn round
SYMMETRIC = re.compile(r"(?<![\w-])(?:samen\w*|overleg\w*|optrek\w*|trekt\s+(?:[^\s,;.]+\s+){0,3}?op\s+met|in\s+gesprek)(?![\w-])")


def subject_and_rest(text: str) -> tuple[set[str], set[str], str] | None:
    """The content stems before the first finite-looking verb of a sentence that opens with its subject, those after it,
    and the subject as written; None for a sentence that opens with an adverbial or a subordinate clause ("Tevens loopt
    er ...") or whose subject names no actor."""
    words = text.split()
    if not words or fold_same_length(words[0]) in INVERTING or fold_same_length(words[0]) in SUBORDINATE_OPENERS:
        return None
    for i, w in enumerate(words[1:8], start=1):
        if w.islower() and FINITE_LIKE.match(fold_same_length(w)) and fold_same_length(w) not in ("en", "van", "tegen"):
            subject = stems(" ".join(words[:i]))
            actor = any(x[:1].isupper() for x in words[1:i]) or bool(subject & actor_stems())
            return (subject, stems(" ".join(words[i + 1 :])), " ".join(words[:i])) if subject and actor else None
    return None


@lru_cache(maxsize=1)
def actor_stems() -> frozenset[str]:
    """Nouns that name who acts ("de alliantie", "het ministerie"), not what is acted on ("de richtlijn")."""
    return frozenset(stems("alliantie allianties ministerie ministeries gemeente gemeenten politie kabinet organisatie organisaties "
                           "stichting platform netwerk instituut kennisinstituut coalitie werkgevers bedrijven toezichthouder "
                           "toezichthouders inspectie provincie provincies"))


def roles_reversed(claim: str, evidence: str) -> str | None:
    """The claim's subject is what the evidence's verb is about and the evidence's subject is what the claim's verb is
    about ("Politie en OM geven de alliantie advies" / "De alliantie adviseert politie, OM ..."): the roles are the other
    way round. Not for a passive or a verb of receiving ("krijgen advies van"), which turn them round themselves."""
    folded_claim, folded_ev = fold_same_length(claim), fold_same_length(evidence)
    if CONVERSE.search(folded_claim) or CONVERSE.search(folded_ev) or (SYMMETRIC.search(folded_claim) and SYMMETRIC.search(folded_ev)):
        return None
    mine, theirs = subject_and_rest(claim), subject_and_rest(evidence)
    if not mine or not theirs:
        return None
    (c_subj, c_rest, written), (e_subj, e_rest, _w) = mine, theirs
    if fuzzy_shared(c_subj, e_subj) or not fuzzy_shared(c_subj, e_rest) or not fuzzy_shared(e_subj, c_rest):
        return None
    return written  # the claim's subject, which the evidence has on the other side of its verb


# An expectation of the evidence ("naar verwachting begin 2026") is what a claim says with its own hedge ("vermoedelijk",
# "naar schatting", "waarschijnlijk"): no firmer statement.
EXPECTED = re.compile(r"naar\s+verwachting|verwacht\w*")
CLAIM_HEDGE = re.compile(r"(?<![\w-])(?:naar\s+verwachting|verwacht\w*|vermoedelijk|waarschijnlijk|naar\s+(?:alle\s+)?waarschijnlijkheid|naar\s+schatting|"
                         r"geschat|zo\s+goed\s+als\s+zeker)(?![\w-])")
# A consequence the claim names with "zodat" is the aim the evidence names with "om ... te", "zodat", "met als doel".
SO_THAT = re.compile(r"zodat|opdat")
# A ground after a noun ("discriminatie vanwege hun zwangerschap") that the evidence writes as one compound
# ("zwangerschapsdiscriminatie"): the compound names the ground itself.
GROUND = re.compile(r"([a-zà-ÿ]{4,})\s+(?:vanwege|wegens)\s+(?:(?:de|het|een|hun|haar|zijn)\s+)?([a-zà-ÿ]{4,})")


def ground_compound(claim: str, causal: re.Match, evidence: str) -> bool:
    """The noun before the claim's "vanwege"/"wegens" and its ground are one compound of the evidence, ground first."""
    m = GROUND.match(claim, claim.rfind(" ", 0, causal.start() - 1) + 1)
    if m is None:
        return False
    noun, ground = m.group(1).lower(), m.group(2).lower()
    head, first = noun[: max(4, len(noun) - 2)], ground[: max(4, len(ground) - 2)]
    return any(t.startswith(first) and head in t[len(first):] for t in re.findall(r"[a-zà-ÿ]{8,}", evidence.lower()))


# A necessity said with two negations ("had nooit gekund zonder", "niet mogelijk zonder"): they cancel as negations, but
# a claim that it happened "zonder" what was needed says the opposite.
NECESSITY = re.compile(r"(?<![\w-])(?:nooit|niet|geen)\s+(?:[^\s,;.]+\s+){0,4}?zonder(?![\w-])", re.I)
WITHOUT = re.compile(r"(?<![\w-])(?:ook\s+|zelfs\s+)?zonder(?![\w-])", re.I)


# A possibility of a state or an effect ("kunnen daarom effectief zijn", "kan leiden tot"), which a claim stating it
# as a fact (with no modal of its own, CLAIM_POSSIBLE) does not say
MAY_BE = re.compile(r"\s+(?:[^\s,;.]+\s+){0,4}?(?:zijn|leiden|bijdragen)(?![\w-])")
CLAIM_POSSIBLE = re.compile(r"(?<![\w-])(?:kan|kunnen|kon|konden|mogelijk\w*|wellicht|misschien|soms|mogen|mag|zou|zouden)(?![\w-])")


# "en" before a finite verb joins a clause with its own statement ("... is voornemens onderzoek te laten doen ... en wordt
# de campagne ... dit jaar herhaald": the intention is not the campaign's)
COORDINATED = re.compile(r"\sen\s+(?=(?:wordt|worden|werd|werden|is|zijn|zal|zullen|heeft|hebben|gaat|gaan)\b)", re.I)


def coordinated_clause(claim: str, evidence: str, seg: tuple[int, int]) -> tuple[int, int]:
    """The part of the segment, split before an "en" with its own finite verb (COORDINATED), that shares most content
    stems with the claim; the segment itself when it has one part."""
    cuts = [seg[0], *(m.start() for m in COORDINATED.finditer(evidence, seg[0], seg[1])), seg[1]]
    if len(cuts) == 2:
        return seg
    words = stems(claim)
    return max(zip(cuts, cuts[1:]), key=lambda sp: len(words & stems(evidence[sp[0] : sp[1]])))


def unconfirmed(claim: str, evidence: str) -> str | None:
    """What of the claim's truth-bearing words the evidence does not say as well, or None when it says all of it.

    A paraphrase may put the content words of a claim otherwise, but not its polarity (a negation on one side
    only), its direction, quantity or obligation (each marker of the claim needs a marker of the same scale and
    a compatible level in the evidence), its commitment (a fact, a decision, a plan) or a condition. Used before
    a claim is supported; a None here is no proof, only no objection."""
    if negation_differs(claim, evidence):
        return "ontkenning"
    if NECESSITY.search(evidence) and (without := WITHOUT.search(claim)) and not NECESSITY.search(claim):
        return without.group(0)  # "Dit had nooit gekund zonder hun inzet" against "was ook zonder hun inzet gelukt"
    reversed_word = on_antonym(claim, evidence) or roles_reversed(claim, evidence)
    if reversed_word:
        return reversed_word
    if bool(CONDITION.search(fold_same_length(claim))) != bool(CONDITION.search(fold_same_length(evidence))):
        return "voorwaarde"
    # a universal ("elke gemeente") is confirmed only by a universal, not by "veel gemeenten"
    checks = ((DIRECTION, lambda s, a, b: a == b),
              (QUANTIFIER, lambda s, a, b: not quantifier_clash(s, a, b) and not (s == "det" and (a == 4) != (b == 4))
             and not (s == "det" and a == MAJORITY and b < MAJORITY)),  # "veel" does not say "de meeste"
              (DEONTIC, lambda s, a, b: a == b))
    folded_claim, folded_ev = fold_same_length(claim), fold_same_length(evidence)
    causal = CAUSAL.search(folded_claim)
    if (causal and not CAUSAL_EVIDENCE.search(folded_ev) and not (SO_THAT.fullmatch(causal.group(0).lower()) and AIM.search(folded_ev))
            and not ground_compound(folded_claim, causal, folded_ev)):
        return causal.group(0)  # a cause or consequence the evidence does not give
    for m in COMPARISON.finditer(folded_claim):  # "jonger dan", "de grootste": the degree must be the evidence's own
        g = "word" if m.group("word") else "sup"
        word = m.group(g)
        if g == "sup" and RECENT_SPAN.match(folded_claim, m.start(g)) and RECENT_EVIDENCE.search(folded_ev):
            continue
        if (not find_word(word, folded_ev, 0) and not any(find_word(w, folded_ev, 0) for w in SAME_COMPARISON.get(word, ()))
                and not find_markers(word, DIRECTION + QUANTIFIER)):
            return claim[m.start(g) : m.end(g)]
    aim = bool(AIM.search(folded_ev))
    for lexicon, agree in checks:
        ev = [m for m in find_markers(evidence, lexicon) if not negated(evidence, m)]
        for cm in find_markers(claim, lexicon):
            if negated(claim, cm) or (aim and cm.scale == "deontic" and PURPOSE.match(fold_same_length(claim[cm.end :]))):
                continue
            if title_word(claim, cm):
                continue
            if cm.text.lower() == "alle" and any(m.end() == cm.end for m in SHARE_OF_ALL.finditer(claim)):
                continue  # (the share's base, SHARE_OF_ALL)
            if cm.scale == "deontic" and relative_wish(claim, 0, cm):
                continue  # "een gids waarmee schoolleiders ... kunnen maken": what the thing enables, not a permission
            if unmarked_equivalent(claim, cm, evidence, ev):
                continue
            if ALSO.fullmatch(fold_same_length(cm.text).lower()) and not any(em.scale == "only" for em in ev):
                continue  # "ook", "onder meer" where the evidence says neither "alleen" nor "ook": an addition, no claim of its own
            if not any(same_scale(cm.scale, em.scale) and agree(cm.scale, cm.level, em.level) for em in ev):
                return cm.text
    relative = relative_done_unconfirmed(claim, [evidence])
    if relative:
        return relative
    cm = commitment(claim, (0, len(claim)))
    if cm is not None and FOCUS.match(fold_same_length(cm.text)) and FOCUS_EVIDENCE.search(fold_same_length(evidence)):
        cm = None  # "zet in op preventie" is what "richt zich op preventie" says
    if cm is not None and fold_same_length(cm.text).lower() in ("wil", "willen") and PURPOSE.match(fold_same_length(claim[cm.end :])) \
            and AIM.search(fold_same_length(evidence)) and not agreeing_segment(claim, evidence):
        cm = None  # "een lesprogramma dat jongeren weerbaar wil maken" is one that "richt zich op het weerbaar maken"
    if (cm is not None and not AUXILIARY.match(fold_same_length(cm.text)) and not agreeing_segment(claim, evidence)
            and not done_anywhere(cm, evidence) and not state_stated(cm, evidence) and not scheduled_alike(cm, evidence)):
        if not by_participle(cm) or clashing_segment(claim, evidence):
            return cm.text  # (an action done, found by its participle only, needs a plan or a future against it)
    seg = aligned_segment(claim, evidence)
    seg = coordinated_clause(claim, evidence, seg) if seg else None
    em = commitment(mask(evidence, NOT_HEDGE), seg) if seg else None
    if (em is not None and em.level <= PLAN and not AUXILIARY.match(fold_same_length(em.text)) and (cm is None or cm.level > PLAN)
            # (a plan denied where the claim denies too: "zal er geen wetgeving ... worden voorbereid" says "komt er geen wet")
            and not (effective_negators(claim) and any(seg[0] <= m.start() < em.start for m in effective_negators(evidence)))
            and not (EXPECTED.fullmatch(fold_same_length(em.text).lower()) and CLAIM_HEDGE.search(fold_same_length(claim).lower()))
            and not (GOAL.search(evidence) and any(m.level == OBLIGATION for m in find_markers(claim, DEONTIC)))):
        # (a goal or a schedule is what the claim's "moet" says: "De wet moet per 1 augustus 2026 ingaan")
        return em.text  # the evidence plans, expects or hedges what the claim states (a claim that hedges it too says the same)
    if (cm is None and em is not None and fold_same_length(em.text).lower() in ("kan", "kunnen")
            and MAY_BE.match(fold_same_length(evidence[em.end : seg[1]])) and not CLAIM_POSSIBLE.search(fold_same_length(claim))):
        return em.text  # "kunnen daarom effectief zijn" is a possibility, not "zijn bewezen effectief"
    return None
