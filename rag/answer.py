"""Extractive, cited answers: every answer sentence is a sentence of a retrieved passage.

1. retrieve the top passages (hybrid; the dense side is multilingual, so an English
   question finds its Dutch passage);
2. give each of their sentences features of meaning and words (SENTENCE_FEATURES): the e5
   similarity of the sentence to the question (sentence vectors are computed at index time),
   IDF-weighted stemmed term overlap (Dutch questions only: an English question shares no words
   with the documents), numbers of the question found in the sentence, the kind of answer the
   question word asks for, the passage's retrieval rank, framing ("Daarom doet het kabinet het
   volgende:") and reference lines; a logistic model per question language, fitted on dev
   (rag/sentence_model.json), turns them into the chance that the sentence answers;
3. keep the best sentence first, then up to `max_sentences - 1` others whose chance is at least
   `keep_ratio` of the best one's, each followed by `[n]` where `citations[n-1]` is the passage;
   a follow-up's sentence is chosen by its own words (its carried topic only finds the passages);
4. abstain when the calibrated confidence is below the threshold: the confidence combines the
   semantic evidence with what the question pins down that the evidence lacks (a year, a
   number, an amount, a name: `rag.constraints`), and shows the closest passages as
   "mogelijk relevant".
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache, partial
from pathlib import Path

import numpy as np

from corpus.aliases import COUNTRIES, LAWS, MINISTRIES, ORGANISATION_WORDS
from index.lexical import fold, tokenize
from rag.constraints import EFFECT_SIZE, LIST_MARKER, VERIFYING, corrected, missing_constraints, question_constraints, target_for_now
from rag.contradictions import GENERIC_ACRONYMS, GENERIC_NAMES, PARTIES, find_word
from rag.conversation import (MIN_QUOTE_CHARS, Resolved, Turn, nearby_rows, quoted_rows, resolve, verbless_ellipsis, with_place_forms,
                              without_document_name, as_definition, pointed_definition, without_trailing_filler, personal_lead, with_own_place, without_opener, without_pointers, switches_subject)
from rag.coverage import DEFINITE_BACK, EVERYWHERE_NOUNS, FIRST_PERSON, LIGHT, SIGNATORY
from rag import numbers
from rag.glossary import GOOD_NEWS_EN, GOOD_NEWS_NL, PATTERNS as GLOSSARY_PATTERNS, added_terms, with_document_terms
from rag.language import detect_language
from rag.retrieval_config import MAX_K
from rag.retrieve import SearchHit, expand
from rag.schemas import AskResponse, AnswerSentence, Citation, PassageOut, SearchResult
from rag.spelling import percent_written, unquoted, written_out

ABSTAIN_MESSAGE = (
    "De documenten bevatten geen antwoord op deze vraag. "
    "Hieronder staan de passages die er het dichtst bij komen (mogelijk relevant)."
)
ABSTAIN_MESSAGE_EN = (
    "The documents do not answer this question. Below are the passages that come closest (possibly relevant); "
    "the documents are in Dutch."
)
NOTE_EN = "The documents are in Dutch: the answer quotes them verbatim, with a citation for every sentence."
CALIBRATION_FILE = Path(__file__).with_name("calibration.json")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")

W_CONTEXT = 0.5  # share of a sentence's word overlap that may come from the sentence before it ("De alliantie bestaat uit ...")
MIN_WORDS = 5  # shorter sentences are headings or fragments
# What a question word asks for, and how to see it in a sentence.
# Counts written as words, whole words or number compounds ("drieduizend", "tienduizenden"); not the article "een",
# an ordinal ("Tweede Kamer"), "achtergrond" or "kwartaal" (the earlier prefix pattern let any "een" answer "hoeveel")
_NUMBER_PART = (r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|"
                r"achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|miljoen|miljard)")
NUMBER_WORDS = (rf"\b(?:(?:één|{_NUMBER_PART})(?:{_NUMBER_PART}|en)*|helft|derde|kwart|tweederde|driekwart|"
                r"tientallen|honderden|duizenden|miljoenen)\b")
PREPOSITION = r"^\s*((uit|met|door|voor|in|op|aan|bij|van|over|om|on|for|by|with|from|at|to)\s+)?"  # "Uit hoeveel leden ...", "On how many ..."
# "Alkmaar, Amersfoort, Apeldoorn, Deventer en Haarlem", "Roosendaal, Uithoorn, Zaanstad, Utrecht, Den Haag en Rotterdam"
PLACE_LIST = r"\b(?:(?:Den|De|Het) )?[A-Z][a-zà-ÿ]+(?:, (?:(?:Den|De|Het) )?[A-Z][a-zà-ÿ]+)+,? en (?:(?:Den|De|Het) )?[A-Z][a-zà-ÿ]+"


CAPITALISED_WORD = re.compile(r"[A-Z][\w-]+")


# Everyday settings, no place names: "thuis", "op straat", "op het werk", "online", "in het uitgaansleven"
SETTING = re.compile(r"(?<![\w-])(?:thuis|online|op\s+(?:straat|school|internet|(?:het\s+)?werk|de\s+werkvloer|de\s+sportclub)"
                     r"|in\s+(?:het\s+uitgaansleven|de\s+openbare\s+ruimte|de\s+klas|de\s+sport)|bij\s+de\s+studentenvereniging"
                     r"|at\s+home|on\s+the\s+street|at\s+work)(?![\w-])", re.I)
SETTINGS_ASKED = re.compile(r"\b(plekken|plaatsen|situaties|settings|places)\b", re.I)


# Places other than those named before: "Met welke andere gemeenten ...?", "Which other councils ...?"
OTHERS_ASKED = re.compile(r"\b(?:welke\s+andere|which\s+other|what\s+other|andere\s+(?:gemeenten|steden|plaatsen)|other\s+(?:towns|cities|municipalities|councils|places))\b", re.I)
# How many things a "which" question asks for: "Met welke zes gemeenten ...?", "Which three islands ...?"
COUNT_ASKED = re.compile(r"\b(?:welke|which)\s+(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|two|three|four|five|six|seven|eight|nine|ten|\d+)\b", re.I)


@dataclass(frozen=True)
class OtherPlace:
    """A place the question does not name itself: "In welke Amsterdamse wijken ...?" is not answered by "gemeente
    Amsterdam" (a place word matches the question's when their first five letters agree: Amsterdam/Amsterdamse).
    In ANSWER_TYPES unbound; `asked_type` binds it to the question's own place words (`for_question`)."""

    pattern: re.Pattern
    asked: frozenset[str] = frozenset()
    settings: bool = False  # the question asks for everyday settings ("behalve thuis", "op welke plekken"; not "online")
    count: str = ""  # how many the question asks for ("Met welke zes gemeenten ...": "zes")

    def for_question(self, question: str) -> "OtherPlace":
        counted = COUNT_ASKED.search(question)
        return OtherPlace(self.pattern, frozenset(fold(w)[:5] for w in CAPITALISED_WORD.findall(question)),
                          any(m.group(0).lower() != "online" for m in SETTING.finditer(question)) or bool(SETTINGS_ASKED.search(question)),
                          counted.group(1).lower() if counted else "")

    def besides(self, text: str) -> "OtherPlace":
        """The same, asking for places other than those `text` names too ("Met welke andere gemeenten ...?" after an
        answer that named Amsterdam and Nijmegen)."""
        return replace(self, asked=self.asked | {fold(w)[:5] for w in CAPITALISED_WORD.findall(text)})

    def search(self, text: str) -> bool:
        if self.settings and len({m.lower() for m in SETTING.findall(text)}) >= 2:
            return True  # "op straat, in het uitgaansleven, ... op het werk en online"
        return any(fold(w)[:5] not in self.asked for m in self.pattern.finditer(text) if not in_a_name(text, m)
                   for w in CAPITALISED_WORD.findall(m.group(0)))


def in_a_name(text: str, m: re.Match) -> bool:
    """"Roze in Blauw", "Samen in Zorg": an "in" after a capitalised word inside the sentence belongs to a name."""
    before = text[: m.start()].split()
    return (m.group(0).lower().startswith("in ") and len(before) >= 2 and before[-1][:1].isupper()
            and not before[-2].endswith((".", "!", "?", ":")))


STUDY_WORD = re.compile(r"\b(onderzoek\w*|studie\w*|evaluatie\w*|monitor\w*|peiling\w*|bureau|study|studies|research|survey|evaluation|review)\b", re.I)
# Each ministry: a pattern for any of its names (folded) and the capitalised words of all of them.
MINISTRY_NAMES = tuple(
    (re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(fold(f)) for f in forms) + r")(?![\w-])"),
     [w for f in forms for w in re.findall(r"[\wà-ÿ&]+", f) if w[:1].isupper()])
    for forms in MINISTRIES
)
MINISTRY_WORDS = frozenset(w for _pattern, words in MINISTRY_NAMES for w in words)


def ministry_names(question: str) -> list[str]:
    """The words of every name of a ministry the question names, also in other words ("the Dutch interior ministry",
    "SZW"): "... together with the interior ministry?" is not answered by "het ministerie van Binnenlandse Zaken en
    Koninkrijksrelaties (BZK)"."""
    said = fold(" ".join([question, *added_terms(question)]))
    return [w for pattern, words in MINISTRY_NAMES if pattern.search(said) for w in words]


# A name of a thing, not of anyone who acts: "Het Algoritmekader ... biedt een overzicht" names no regulator
THING_NAME = re.compile(r"(?<=[a-zà-ÿ]{3})(?:kader|verordening|strategie|monitor|protocol|agenda|richtlijn|regeling|handreiking|wegwijzer"
                        r"|campagne)$", re.I)  # (not "-plan": "Regioplan" is a research firm)


# where to find it on the web ("Waar kan ik al hun activiteiten terugvinden?", "waar vind ik die interventies online?"):
# an address, often in a footnote (not "Waar helpt de wegwijzer online een docent mee?")
WEB_PLACE_ASKED = (r"^\s*(?:en\s+)?(?:waar|where)\s+(?:kan|kun|kunnen|vind|vinden|staat|staan|can|do|could)\b"
                   r".*\b(?:online|op\s+internet|on\s+the\s+internet|terugvinden|terug\s+(?:te\s+)?vinden)\b")
WEBSITE_ASKED = re.compile(r"\b(website|webadres|web address|site|url)\b|" + WEB_PLACE_ASKED, re.I)
ACRONYM = re.compile(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")


@dataclass(frozen=True)
class NamedAddress:
    """A platform's or website's name or address; for a website, "Op welke website kan ik de WerkUrenBerekenaar vinden?",
    in a sentence that names what the question names (first five letters, as for places), not another site's address
    ("de website www.gendi.nl" of another organisation). A question without a name of its own takes any.
    In ANSWER_TYPES unbound; `asked_type` binds it to the question's names (`for_question`)."""

    pattern: re.Pattern
    asked: frozenset[str] = frozenset()
    initials: frozenset[str] = frozenset()  # of a name of several words ("Stichting School & Veiligheid": SSV)

    def for_question(self, question: str) -> "NamedAddress":
        if not WEBSITE_ASKED.search(question):
            return self  # a platform, app or company asked ("Met welk online platform werkt JenV samen?"): any name answers
        names = CAPITALISED_WORD.findall(question)[1:] if question[:1].isupper() else CAPITALISED_WORD.findall(question)
        runs = [re.findall(r"(?<![\w-])[A-Z]", run) for run in re.findall(r"(?<!^)(?<![\w-])[A-Z][\w-]+(?:\s+(?:&\s+)?[A-Z][\w-]+)+", question)]
        return replace(self, asked=frozenset(fold(w)[:5] for w in names if len(w) > 2), initials=frozenset("".join(r) for r in runs))

    def search(self, text: str) -> bool:
        if self.pattern.search(text) is None:
            return False
        if not self.asked:
            return True
        said = fold(text)  # (also inside an address: "www.act4respect.seksindepraktijk.nl" for "Act4Respect")
        # (or an acronym with the name's initials in order: "SSV" for "School & Veiligheid", Stichting left out)
        return (any(name in said for name in self.asked)
                or any(re.search(".*".join(a), acronym) for a in self.initials for acronym in ACRONYM.findall(text)))


@dataclass(frozen=True)
class OtherActor:
    """An organisation the question does not name itself: "Welk onderzoeksbureau gaat voor SZW onderzoeken ...?" is not
    answered by "het ministerie van SZW". A name (see ACTOR) counts when the question lacks it (first five letters, as
    for places); a word for an organisation ("het ministerie") only when the question names none itself. A capitalised
    word that the documents also write in lower case is a title's word, not a name ("de wegwijzer Seksualiteit", the
    campaign "Wat mag je verwachten?"). With `names_only` only a name counts ("Wie voert dat onderzoek uit?" is not
    answered by "een volgend kabinet")."""

    pattern: re.Pattern
    asked: frozenset[str] = frozenset()
    named: bool = False
    lowercase_words: frozenset[str] = frozenset()
    question_words: tuple[str, ...] = ()
    names_only: bool = False
    study: bool = False  # who carries out a study is asked (`names_only`): a ministry has it done, no ministry does it

    def for_question(self, question: str, lowercase_words: frozenset[str] = frozenset()) -> "OtherActor":
        names = [m.group(0) for m in ACTOR_NAME.finditer(question)]
        words = tuple(w.lower() for w in re.findall(r"[\wà-ÿ-]+", question))
        return replace(self, asked=frozenset(fold(w)[:5] for w in names + ministry_names(question)), named=bool(names),
                       lowercase_words=lowercase_words, question_words=words,
                       study=self.names_only and STUDY_WORD.search(question) is not None)

    def search(self, text: str) -> bool:
        if PAPER_REFERENCE.search(text):
            return False  # "Kamerstukken II 2024/2025, 36600-VIII, nr. 38" names a paper, no one who acts
        for m in self.pattern.finditer(text):
            if m.group(1) is None:  # a name, not a word for an organisation (ACTOR's group)
                if self.names_someone(m.group(0), text, m.end()):
                    return True
            elif not self.names_only and not self.named and not self.in_question(m.group(1).lower()):
                return True
        return False

    def names_someone(self, name: str, text: str, end: int) -> bool:
        """A name the question does not give itself that names someone who acts: not a field's acronym ("AI"), a
        generic name ("Europese"), a politician or a title's word the documents also write in lower case. Who carries
        out a study (`study`) is no ministry: a ministry has it done ("SZW is voornemens onderzoek te laten doen")."""
        return (fold(name)[:5] not in self.asked and name.split("-")[0] not in NOT_ACTORS and fold(name) not in GENERIC_NAMES
                and not THING_NAME.search(name)
                and not (self.study and name in MINISTRY_WORDS)
                and not self.politician(name, text, end) and (name.isupper() or name.lower() not in self.lowercase_words))

    @staticmethod
    def politician(name: str, text: str, end: int) -> bool:
        """A party, or a member of parliament named with it ("de motie-Westerveld (GroenLinks-PvdA) en Kostić (PvdD)"):
        no organisation that does the work asked about."""
        return name in PARTIES or PARTY_AFTER.match(text, end) is not None

    def in_question(self, word: str) -> bool:
        """The question says this word for an organisation itself, alone or as the end of a compound: "Welke
        organisaties doen mee aan de mannenalliantie?" is not answered by "de alliantie"."""
        return any(w.endswith(word) for w in self.question_words)


@dataclass(frozen=True)
class WithoutListMarkers:
    """A pattern searched in the text without its list markers: "1) vrouwen die in deeltijd werken" gives no number."""

    pattern: re.Pattern

    def search(self, text: str):
        return self.pattern.search(LIST_MARKER.sub(" ", text))


MONTHS = "(?:" + "|".join(numbers.MONTHS) + ")"
# (with a paper's number after a year: "richtlijn 2022/2381", "2025Z08286", which count nothing either)
# (a half of a year is a time, no share: "in de tweede helft van dit jaar")
YEAR_OR_DATE = re.compile(rf"\b(?:\d{{1,2}}\s+{MONTHS}\s+)?(?:19|20)\d\d(?:/\d+|Z\d+)?\b|\b\d{{1,2}}\s+{MONTHS}\b|"
                          r"\b(?:eerste|tweede)\s+helft\s+van\s+(?:het|dit|dat|volgend|komend)\s+jaar\b", re.I)


ORDINAL_PART = re.compile(r"\b(eerste|tweede|derde|vierde|vijfde|zesde)\s+(lid|alinea|zin|tranche)\b", re.I)


@dataclass(frozen=True)
class WithoutDates(WithoutListMarkers):
    """A number searched without the text's years, dates and references to a text's parts: "Hoeveel vrouwen ...?" is
    not answered by "in juni 2024", "how many recommendations" not by "artikel 10"."""

    def search(self, text: str):
        return super().search(ORDINAL_PART.sub(" ", TEXT_PART.sub(" ", YEAR_OR_DATE.sub(" ", text))))  # nor by "artikel 10, derde lid"


# Words that say when without a date ("rond de zomer", "dit najaar", "binnenkort")
# (also a time after a stage: "Een algehele evaluatie ... vindt na afloop van de pilot plaats", "aan het einde van het jaar")
WHEN_WORDS = r"zomer|najaar|voorjaar|kwartaal|binnenkort|dit jaar|volgend jaar|(?:zomer|kerst|herfst|voorjaars)?reces|na afloop|aan het einde? van"


class StartDate:
    """A year or month that is not the end of a period, in a sentence that tells of a start: "in 2021 ... opgezet",
    "begin 2026 is opgericht", "rond de zomer van 2025 van start", not "tot en met 2027" or "uiterlijk juni 2027"."""

    DATE = re.compile(rf"\b(?:\d{{1,2}}\s+)?{MONTHS}(?:\s+(?:19|20)\d\d)?\b|\b(?:19|20)\d\d\b|"
                      rf"\b(?:{WHEN_WORDS})\b", re.I)
    END = re.compile(r"\b(tot(\s+en\s+met)?|t/m|uiterlijk|until|through|by)(\s+(eind|einde|begin|medio|half|de|het|end|the|of|van))*\s*$", re.I)

    # ... said of a start: "In 2025 richt de alliantie zich op ..." does not say when the alliance began
    STARTED = re.compile(r"\b(begon|begonnen|begint|beginnen|gestart|start|startte|startten|starten|opgestart|opgericht|oprichting|opgezet|"
                         r"ontstaan|gelanceerd|lancering|ingevoerd|invoering|geïntroduceerd|introductie|geopend|sinds|vanaf|"
                         r"gepresenteerd|presenteerde|presenteerden|ingegaan|in werking getreden|"  # a plan starts when it is presented
                         r"in werking (?:treedt|treden|trad|gaat)|van kracht (?:wordt|gaat)|"  # a law starts when it takes effect
                         r"takes effect|comes into force|enters into force|"
                         r"in het leven geroepen|started|starts|began|begins|launched|founded|established|set up|since)\b", re.I)

    def search(self, text: str) -> bool:
        return (self.STARTED.search(text) is not None
                and any(not self.END.search(text[max(0, m.start() - 30) : m.start()]) for m in self.DATE.finditer(text)))


class SinceDate:
    """Since when: a year or month in a sentence that tells of a start or of something in force ("Sinds 2019
    organiseert ...", "in 2021 ... opgezet", "geldt sinds"), or a span up to now ("de afgelopen twee jaar")."""

    DATE = re.compile(rf"\b(19|20)\d\d\b|\b{MONTHS}\b", re.I)
    # (a proposal lies there since it was made: "Eind 2021 heeft de Europese Commissie het voorstel gedaan")
    IN_FORCE = re.compile(r"\b(geldt|gelden|gold|van kracht|in werking|ingegaan|bestaat|bestaan|voorstel (gedaan|ingediend|gepresenteerd))\b", re.I)
    # (a span with its length: "de afgelopen jaren" says no year since which)
    SPAN = re.compile(r"\b(de )?afgelopen (twee|drie|vier|vijf|zes|zeven|acht|negen|tien|paar|\d+) (jaar|jaren|maanden|maand|weken)\b|\bsindsdien\b", re.I)

    def search(self, text: str) -> bool:
        if self.SPAN.search(text):
            return True
        return bool(self.DATE.search(text)) and bool(StartDate.STARTED.search(text) or self.IN_FORCE.search(text))


PLACE_BEFORE = r"\b(in|te|uit|naar|gemeenten?|steden|regio|provincie)\s+"  # what comes before a place name: "in Utrecht", "de gemeenten Amsterdam"
# What gives a reason, a cause or an aim ("Waarom ...?")
REASON = re.compile(r"\b(omdat|doordat|daarom|daardoor|hierdoor|want|omwille|vanwege|dankzij|zodat|daarmee|hiermee|immers|namelijk|vandaar|"
                    r"(gaat|ging) het (er )?om|erom dat|"
                    r"met als doel|bedoeling|doel|reden|oorzaak|gevolg|om\s+(?:[^\s,;.]+\s+){0,8}?te|hangt\s+(?:[^\s,;.]+\s+){0,3}?samen|gelet op|"
                    r"(?:dient|dienen|diende|fungeert|fungeren)\s+als)\b", re.I)  # (what a thing is for: "De roadmap dient als startschot")
# Why something did not happen is answered by a reason next to a negation ("Waarom is het voorstel nooit doorgezet?",
# "Why hasn't the plan gone anywhere?": "Toch is het niet verder gekomen, omdat ..."), not by the aim the plan had
NEGATED_REASON = re.compile(r"\b(?:niet|geen|nooit|nog\s+steeds\s+niet)\b[^.;]*\b(?:omdat|doordat|want|vanwege)\b"
                            r"|\b(?:omdat|doordat|want|vanwege)\b[^.;]*\b(?:niet|geen|nooit|tegen)\b", re.I)
# (not "X en niet Y", "X and not Y": why one word rather than another)
# (or stuck: "Why is the plan stuck?", "Waarom is het voorstel vastgelopen?")
NEGATED_WHY = re.compile(r"^\s*(?:en\s+|and\s+)?(?:waarom|why)\b[^?]*?(?:(?<!\ben )(?<!\band )\b(?:niet|nooit|geen|not|never)\b|n['’]t\b"
                         r"|\b(?:stuck|stalled|blocked|held\s+up|vastgelopen|vast\s*(?:zit|zitten|zat|zaten|gelopen)|stilgevallen|geblokkeerd"
                         r"|stagneert|stagneren|gestagneerd|stil\s*(?:ligt|liggen|lag|lagen|staat|staan|stond|gelegen)"
                         r"|(?:ligt|liggen|lag|lagen|staat|staan|stond)\b[^?]*?\bstil)\b)"
                         # (or what holds it up: "What's holding it up?", "Wat houdt dat tegen?", "Waar loopt het op vast?")
                         r"|^\s*(?:en\s+|and\s+|so\s+)?(?:what(?:['’]s|\s+is|\s+are)\s+(?:holding|keeping)\s+(?:[\w'’-]+\s+){0,8}?(?:up|back)"
                         r"|what(?:['’]s|\s+is|\s+are)\s+(?:stopping|blocking|preventing)|wat\s+(?:houdt|hield|tegenhoudt)\s+(?:[\w'’-]+\s+){0,8}?tegen"
                         r"|waar\s+(?:loopt|liep|lopen|strandt|strandde)\s+(?:het|dat|dit|die|deze)\s+(?:[\w'’-]+\s+){0,4}?op\s+vast)\b", re.I)
REASONS = (REASON, NEGATED_REASON)  # reasons are preferred, their absence no reason to abstain
# "Wat is een GSA?", "Wat zijn GSA's?", "Wat is doxing precies?", "What is ReDirect?": what a term is, said as "X is een ..." or, after a
# sentence that names it, "Dit is een groep die ..." (the sentence's context holds the term); preferred, like a reason,
# and its absence no reason to abstain (a definition can be said otherwise: "Femicide staat voor ...")
# (an ordinal or a pointer names no term: "Wat is het eerste?" asks for the first of a list, "What is that?" for what was said)
NO_TERM = (r"(?:eerste|tweede|derde|vierde|vijfde|laatste|volgende|vorige|andere|dat|dit|die|deze|het|er|daar|dan|nou|nu|"
           r"first|second|third|fourth|fifth|last|next|previous|other|that|this|it|there|then)\b")
# the definition someone asks for, told ("Een school vraagt wat een GSA is. Hoe leg ik dat uit?", "she asks what ReDirect is")
DEFINITION_TOLD = (r"\b(?:vraagt|vragen|vroeg|vroegen|weet|weten|wist|asks?|asked|wonders?|wondered|knows?)\s+(?:(?:me|mij|ons|niet|me\s+not|us|not)\s+)?"
                   r"(?:wat|what)\s+(?:(?:een|zo['’]n|de|het|a|an|the)\s+)?[\w+-]+\s+(?:precies\s+|eigenlijk\s+|exactly\s+)?(?:is|zijn|inhoudt|betekent|means|is\s+about)\b")
DEFINITION_ASKED_FOR = re.compile(
    r"^\s*(?:en\s+|and\s+)?(?:wat\s+(?:is|zijn)\s+(?:(?:een|zo['’]n)\s+[\w+-]+|(?-i:[A-Z])[\w+-]*(?:\s+(?-i:[A-Z]|in\b|en\b|van\b)[\w+-]*){0,3}"
    r"|(?:de\s+|het\s+)?(?!" + NO_TERM + r")[\w+-]+(?=\s*(?:precies|eigenlijk)?\s*\?\s*$))"
    r"|what(?:\s+is|\s+are|['’]s)\s+(?:(?:a|an)\s+[\w+-]+|(?-i:[A-Z])[\w+-]*(?:\s+(?-i:[A-Z]|in\b|and\b|of\b)[\w+-]*){0,3}"
    r"|(?:the\s+)?(?!" + NO_TERM + r")[\w+-]+(?=\s*(?:exactly|actually)?\s*\?\s*$)))"
    r"(?:['’]s)?(?:\s+(?:precies|eigenlijk|nou|nu|exactly|actually))?\s*(?:[,?]|\s+(?:op|in|bij|waar|die|dat|at|that|which)\b|$)"
    r"|" + DEFINITION_TOLD, re.I)
# "Mag dat zomaar?", "Mag iemand een nep-naaktfoto van mij maken?", "Is that a crime?": whether the law allows it, said with
# a word of the law ("... is strafbaar", "verboden"); preferred, its absence no reason to abstain
LEGALITY_ASKED = re.compile(r"(?:^|[.?!:]\s+)(?:en\s+)?(?:mag|mogen)\s+(?:je|jij|ik|we|wij|dat|dit|het|iemand|men|zij|ze|hij|die|deze|een)\b"
                            r"|\b(?:is|was)\s+(?:dat|dit|het)\s+(?:[\w-]+\s+){0,2}?(?:strafbaar|verboden|toegestaan|legaal|illegaal|een\s+misdrijf)\b"
                            r"|\bof\s+is\s+(?:dat|het)\s+(?:[\w-]+\s+)?(?:een\s+misdrijf|strafbaar|verboden)"
                            r"|\b(?:is|was)\s+(?:that|this|it)\s+(?:even\s+|actually\s+|really\s+)?(?:legal|illegal|allowed|a\s+crime|a\s+criminal\s+offen[cs]e|punishable)\b",
                            re.I)
LEGALITY = re.compile(r"\b(?:strafbaar|strafbare|verboden|verbod|toegestaan|misdrijf|illegaal|illegale|legaal|wettelijk\s+verplicht)\b", re.I)
DEFINITION = re.compile(r"^\s*(?:dit|dat|deze|die|het|this|that|it)\s+(?:is|zijn|betreft|betekent|houdt\s+in)\b|\b(?:is|zijn)\s+(?:een|de|het)\b"
                        r"|\b(?:staat|staan)\s+voor\b|\b(?:betekent|houdt\s+in|wordt\s+verstaan|verstaan\s+we|wordt\s+bedoeld)\b"
                        # ("Onder basisvaardigheden wordt taal, gecijferdheid en digitale vaardigheden verstaan.")
                        r"|^\W*onder\s[^.;:]{1,80}?\b(?:wordt|worden)\s[^.;:]{1,120}?\bverstaan\b", re.I)
MECHANISM_ASKED = re.compile(r"(?:^|[:;]\s*)\s*(en\s+|and\s+|so\s+)?(hoe\s+(werkt|werken|werkte)\b(?!\s+(het|de)\s+kabinet\b)|hoe\s+(gaat|ging)\s+.{1,60}?\bin\s+(zijn|z'n|haar)\s+werk\b|"
                             r"how\s+(does|do|did|will|would)\s+.{1,120}?\bwork\b)", re.I)
MECHANISM = re.compile(r"\b(waarbij|waarmee|door\s+middel\s+van|doordat|houdt\s+in|bestaat\s+uit|in\s+de\s+vorm\s+van|door\s+te)\b", re.I)
# A position taken on something ("Nederland is positief over dit voorstel", "Een aantal landen is tegen", "steunt"):
# preferred for "Wat vindt Nederland er zelf van?", never a reason to abstain (a view may be said without such a word)
STANCE = re.compile(r"\b(positief|negatief|voorstander\w*|tegenstander\w*|steunt|steunen|steunde|ondersteunt|ondersteunen|onderschrijft|"
                    r"onderschrijven|verwelkomt|verwelkomen|kritisch|bezorgd|zorgen|(is|zijn|was|waren) (er )?(voor|tegen)(?= |[,.;])|"
                    r"(staat|staan|stond|stonden) (\w+ ){0,3}?achter|van mening|standpunt\w*|vindt|vinden|acht|achten)\b", re.I)
# Kinds of answer preferred only: a sentence without them may still answer (a reason, a stance, a definition said
# otherwise, what the law allows), so their absence is no reason to abstain (`answer_features`)
# "Overkomt het vrouwen echt vaker dan mannen?", "Are women more often victims than men?": a comparison, said as one
# ("twee keer zo vaak ... als mannen (16 tegen 7%)", "17% ... versus 47%"), not "Mannen zijn bovengemiddeld vaak dader"
COMPARISON_ASKED = re.compile(r"\b(?:vaker|minder\s+vaak|more\s+often|less\s+often|more\s+likely|less\s+likely)\s+(?:[\w'’+-]+\s+){0,6}?(?:dan|than)\b"
                              r"|\b(?:twee|drie|twice|two|three)\s+(?:keer|times)\s+(?:zo|as)\b", re.I)
COMPARED = re.compile(r"\b(?:\w+\s+keer\s+zo\s+(?:vaak|veel|groot|hoog)|vaker|minder\s+vaak|(?:ten\s+opzichte|in\s+vergelijking)\s+(?:van|met)"
                      rf"|\d+\s*(?:%|procent)?\s*{numbers.VERSUS}\s+\d"
                      r"|\bop\s+de\s+(?:tien|honderd)\b[^.;]*\bop\s+de\s+(?:tien|honderd)\b)", re.I)  # ("Vier op de tien vrouwen ..., van de mannen ... twee op de tien")
PREFERRED_ONLY = (*REASONS, STANCE, DEFINITION, LEGALITY, COMPARED)
STANCE_ASKED = re.compile(r"^\s*(en\s+)?(wat (vindt|vinden|vond|vonden) .{1,60}?\b(er|daar|hier|het|dat|dit)?\s*(zelf\s+)?van\b|"
                          r"hoe (staat|staan|stond|kijkt|kijken|keek) .{1,60}?\b(tegenover|ertegenover|daartegenover|ertegen ?aan|tegen .{1,40} aan)\b|"
                          r"(is|zijn|was|staat|staan) .{1,60}?\b(voor of tegen|positief of negatief)\b|(steunt|steunen|ondersteunt) .{1,80}\?|"
                          r"what (does|do|did) .{1,60}?\b(think|make) (of|about)\b|where (does|do|did) .{1,60}?\bstand\b|"
                          r"(is|are) .{1,60}?\b(for or against|in favou?r of|supportive of|opposed to)\b|(does|do|did) .{1,60}?\b(support|back|oppose)\b|"
                          r"what (is|was|are) .{1,40}?\b(position|stance|view|views) on\b)", re.I)
# Which organisation does something: a name (a capitalised word inside the sentence, an acronym; case matters: the rest
# of the pattern ignores it) or a word for one ("het kabinet", "het ministerie", "een expertisecentrum", "gemeenten").
_ACTOR_NAME = r"(?<=[\s(])[A-ZÀ-Þ][\wà-ÿ+'’-]+|\b[A-Z]{2,}\b"
ACTOR_NAME = re.compile(_ACTOR_NAME)
PARTY_AFTER = re.compile(r"\s*\((?:" + "|".join(re.escape(p) for p in PARTIES) + r")\)")
# acronyms of a field or a law, not of anyone who acts ("AI-toepassingen", "de implementatie van de DSA")
NOT_ACTORS = frozenset({"AI", "ICT"} | {form for law in LAWS for form in law if form.isupper()})
ACTOR = re.compile(
    rf"(?-i:{_ACTOR_NAME})|\b(kabinet|regering|overheid|ministerie|ministeries|minister|"
    r"staatssecretaris|college|raad|stichting|platform|\w*centrum|\w*commissie|bureau|instituut|regeringscommissaris|gemeenten?|"
    r"provincies?|politie|inspectie|autoriteit|toezichthouders?|alliantie|netwerk|kamer|"
    # (bodies named by their kind: "universitaire medische centra, ziekenhuizen en zorgverzekeraars")
    r"\w*centra|ziekenhuizen|\w*verzekeraars|universiteiten|hogescholen)\b", re.I)
NOT_THE_COUNTRY = r"(?!(?:Nederland|Europa|Europees|Europese|Caribisch|Nederlandse|Rijk)\b)"  # the documents' whole field, no place
# "Waar in de AI-verordening staat ...?", "Where in the letter can I find ...?": a place in a text (an article, a recital,
# an annex, an answer's number), not a place in the world ("waar in het land").
TEXT_PART_ASKED = re.compile(
    r"^\s*(waar|where)\s+in\s+(de|het|die|dat|deze|dit|the|this|that|these)\s+([\w-]+\s+){0,3}?"
    r"([\w-]*(verordening|wet|wetten|brief|nota|rapport|document|documenten|tekst|beantwoording|antwoorden|antwoord|richtlijn|verdrag|bijlage|"
    r"monitor|handreiking|regulation|act|law|letter|report|document|documents|text|answers|answer|directive|convention|treaty|annex|paper|note|"
    r"guidance|guide|guidelines))\b", re.I)
TEXT_PART = re.compile(r"(?<![\w-])(bijlage|hoofdstuk|paragraaf|artikel|artikelen|art\.|overweging|overwegingen|lid|pagina|antwoord|vraag|"
                       r"annex|appendix|section|article|recital|chapter)\s+\d+", re.I)
# What a study or evaluation found ("Wat zijn de uitkomsten van dat onderzoek?", "What did the evaluation find?") is
# answered by a sentence that reports a finding, not by one that announces the study ("Het onderzoek gaat rond de
# zomer van start"; "De uitkomsten worden voor het einde van het jaar gedeeld"): a close question the documents cannot
# answer yet.
FINDINGS_ASKED = re.compile(
    r"^\s*(?:en\s+)?(wat (zijn|waren|is|was) (nu |dan |er )?(de |het )?(belangrijkste |eerste |voornaamste )?(uitkomsten|uitkomst|resultaten|resultaat|"
    r"conclusies|conclusie|bevindingen)|wat (bleek|blijkt|kwam|komt) (er )?uit|"
    r"what (did|does|do|has|have) .{1,80}?\b(find|found|show|shown|conclude|concluded|reveal|revealed)|"
    r"what (were|are|was|is) the (main |key |first |most important )?(results?|findings?|conclusions?|outcomes?))\b", re.I)
FINDING = re.compile(
    r"\b(blijkt|bleek|bleken|blijken|gebleken|toont|toonde|toonden|tonen|laat zien|laten zien|liet zien|lieten zien|concludeer\w*|"
    r"conclusie|bevinding\w*|wijst uit|wezen uit|leidde|leidden|geleid)\b|\d\s?(%|procent)", re.I)
A_FIGURE = WithoutDates(re.compile(r"\d|procent|%|" + NUMBER_WORDS, re.I))  # a count or a share, not a year
# a time: a year, a month, a season or a time without a date ("rond de zomer", "eind dit jaar")
A_TIME = re.compile(r"\b(19|20)\d\d\b|\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b|"
                    + r"\b(" + WHEN_WORDS + r")\b|" + r"\b(eind|einde|begin|medio) (van )?(het|dit|volgend) jaar\b", re.I)
# The kinds of members a question on who takes part names ("Welke sportbonden of sportclubs gaan daarin zitten?")
MEMBER_KINDS = r"partijen|instanties|organisaties|leden|[\w-]+(?:bonden|clubs|verenigingen)"


def asks_which(dutch: str, english: str) -> re.Pattern[str]:
    """A question that opens with "welke <dutch>" or "which <english>" (after "en", "and" or a preposition)."""
    return re.compile(rf"^\s*(en\s+)?((door |van |bij |met |in )?welke {dutch}|(by |from |with |in )?which {english})\b", re.I)


ANSWER_TYPES = [
    (TEXT_PART_ASKED, TEXT_PART),
    # "Naar welke artikelen uit de DSA verwijst de nota?": an article's number ("DSA Art. 34 en 35")
    (re.compile(r"\b(welke?|which) (artikel|artikelen|articles?|overwegingen|recitals?|bepaling|bepalingen|provisions?|clauses?|hoofdstuk|hoofdstukken|chapters?)\b", re.I), TEXT_PART),
    (FINDINGS_ASKED, FINDING),
    # good news asks for a change for the better ("Zijn er ook lichtpuntjes?", "any positive signs?"), not the state
    # the earlier answer gave ("De positie van Sinti en Roma is nog altijd kwetsbaar")
    (re.compile(rf"\b(?:{GOOD_NEWS_NL}|{GOOD_NEWS_EN})\b", re.I),
     re.compile(r"\b(stijging|gestegen|stijgt|verbeterd|verbetering(?:en)?|vooruitgang|vooruitgegaan|positie[fv]\w*|toegenomen|groei\w*|lichtpunt\w*|"
                r"succes\w*|bereikt\w*|beter|betere|hoopvol\w*|bemoedigend\w*|gunstig\w*)\b", re.I)),
    # an amount of money needs a currency or an amount word, not just any number
    (re.compile(r"\b(hoeveel ([\w-]+ ){0,3}?(geld|euro|subsidie|financiering|miljoen|miljard)|wat kost|wat kosten|welk bedrag|(?<!uit )welk ([\w-]+ )?budget|(hoe hoog|hoe groot|wat) is het ([\w-]+ )?[\w-]*(budget|bedrag)|"
                r"how much ([\w'-]+ ){0,4}?(money|funding|subsidy)|(what|how much) does .{1,80} cost|(what|how large|how big) is the budget|(with )?what budget|"
                # money put into something: "How much is the government putting into it?", "Hoeveel investeert OCW?"
                r"how much ([\w'-]+ ){0,7}?(putting|put|spending|spend|spent|investing|invest|invested|paying|pay|paid(?! (?:work|jobs?|employment|leave))|contributing|contribute)|"
                r"hoeveel (?!procent\b)([\w'-]+ ){0,6}?(investeert|investeren|geïnvesteerd|uitgegeven|betaalt|betalen|betaald(?! (?:werk|baan|banen|arbeid))|bijdraagt|steekt|trekt .{0,30} uit)|"
                r"(size|amount|value) of (the )?([\w'-]+ ){0,3}?(grant|budget|subsidy|funding)|"
                # "How much is the Dutch co-financing?", "How big is the grant they get?", "Hoe hoog is de bijdrage?"
                r"(how much|how big|how large) (is|are|was|were|will be) (the|their|its|that|this) ([\w'-]+ ){0,3}?(co-?financing|financing|funding|grant|subsidy|"
                r"budget|contribution|investment|costs?)|(hoeveel|hoe hoog|hoe groot) (is|zijn|was|bedraagt|bedragen) (de|het|die|dat|hun|zijn) ([\w-]+ )?"
                r"(cofinanciering|co-financiering|financiering|bijdrage|subsidie|investering|kosten)|"
                # a fine is a sum of money: "How high is the fine an employer can get?", "Hoe hoog is de boete?"
                r"(how high|how big|how large|how much) (is|are|was|were|will be|can be|could be) (the|a|an) ([\w'-]+ ){0,2}?(fines?|penalt(?:y|ies))|"
                r"(hoe hoog|hoe groot|hoeveel) (is|zijn|wordt|kan|mag) (de|een|het) ([\w-]+ )?boetes?|hoeveel boete)\b", re.I),
     re.compile(r"€|\beuro\b|\bmiljoen\b|\bmiljard\b|\bmln\b", re.I)),
    # "Waarom ...?", "Hoe verklaart ...": a reason, a cause or an aim, said with a word that gives one (preferred in a
    # sentence; its absence is no reason to abstain: a reason can be stated without such a word)
    # (also an aim: "Waar dient het ECAD-P voor?", "wat is het idee achter Paarse Vrijdag", "What is the purpose of ...?")
    (NEGATED_WHY, NEGATED_REASON),
    (re.compile(r"^\s*(waarom|why|hoe verklaart|hoe komt het dat|hoe kan het dat|hoe kan dat|wat is de reden|om welke reden|what is the reason|for what reason|"
                r"(geef|noem) (de|een) (reden|oorzaak)|"
                r"what explains|how come|waartoe|wat (is|was) het (idee|nut|achterliggende idee) (van|achter)|"
                r"what (is|was) the (purpose|aim|idea|point) (of|behind))\b|^\s*waar (dient|dienen|diende|is|zijn|was) .{1,80}\bvoor(\s+(bedoeld|bestemd|nodig|opgezet|opgericht))?\s*\??\s*$"
                # what a body was set up for ("Waarvoor is dat ECAD-P eigenlijk opgericht, wat moet het bereiken?")
                r"|^\s*waarvoor (is|zijn|was|waren|werd|werden|wordt|worden) .{1,80}\b(opgericht|opgezet|ingesteld|bedoeld|gestart)\b", re.I),
     REASON),
    (STANCE_ASKED, STANCE),
    # what something yields ("Wat levert het netwerk Roze in Blauw de politie op?", "Wat heeft het overleg opgeleverd?"):
    # a result, said with a word of consequence ("Zo zorgen ze voor meer ervaringsdeskundigheid", "Dat leidde tot ...")
    (re.compile(r"^\s*(en\s+)?(wat (levert|leverde|leveren|leverden|brengt|bracht|brengen)\b.*\bop\b|wat (heeft|hebben|had|hadden)\b.*\b(opgeleverd|bereikt|voor elkaar gekregen)\b|"
                r"wat (is|zijn|was|waren) (het|de) (effect|effecten|resultaat|resultaten|opbrengst|nut)\b|"
                r"what (does|do|did|has|have) .{1,80}\b(bring|brought|deliver|delivered|achieve|achieved|yield|yielded)\b|"
                r"what (is|are|were|was) the (effects?|results?|outcomes?|benefits?)\b)", re.I),
     re.compile(r"\b(zorg\w*\s+(\w+\s+){0,2}?(ervoor|voor)|daardoor|hierdoor|daarmee|hiermee|(leidt|leiden|leidde|leidden|geleid)\s+(\w+\s+){0,3}?tot|resulte\w+|opgeleverd|"
                r"oplevert|opleveren|(draagt|dragen|droeg|droegen)\s+(\w+\s+){0,4}?bij|bijgedragen|effect\w*|resultaten?|groeit|verbeter\w*|toegenomen|gestegen|"
                r"vergro[ot]\w*|verklein\w*|verminder\w*|versterk\w*|helpt|helpen|oplossing|(bereikt|bereikte|bereikten)\s+(\w+\s+){0,4}?dat)\b", re.I)),
    # a penalty is answered by a sentence or a fine, not by "is strafbaar"
    (re.compile(r"\b(welke ([\w-]+ )?(straf|straffen|boete|gevangenisstraf|sanctie|sancties)|hoe hoog is de (straf|boete)|"
                r"(what|which) (is the )?([\w-]+ )?(penalty|penalties|sentences?|fines?|sanctions?)\b)", re.I),
     re.compile(r"gevangenisstraf|celstraf|taakstraf|hechtenis|boete|\w*sanctie|dwangsom|\b\d+\s+(jaar|maanden)\b", re.I)),
    # a university or an institute is answered by one ("Which university is carrying out the study?")
    (re.compile(r"^\s*((door |bij |aan )?welke (universiteit|universiteiten|hogeschool|onderzoeksinstituut|kennisinstituut)|"
                r"(by |at )?which (university|universities|college|research institute|institute))\b", re.I),
     re.compile(r"universiteit|university|hogeschool|instituut|\bUMC\b|\bUvA\b|\bVU\b|Radboud|Erasmus", re.I)),
    # "Hoe vaak ...?" is answered by a count or a frequency ("jaarlijks", "elk jaar", "twee keer")
    # (not by a date: "in juni 2024 het plan ... gepresenteerd")
    (re.compile(r"^\s*(hoe vaak|how often)\b", re.I),
     WithoutDates(re.compile(r"\d|" + NUMBER_WORDS + r"|\b(jaarlijks|maandelijks|wekelijks|dagelijks|(elk|ieder|per) (jaar|maand|week|dag)|keer|maal|"
                             r"altijd|vaak|soms|regelmatig|zelden|nooit)\b", re.I))),
    # the size of an effect may be said in words: "Hoe groot is de impact op het budget?" - "Het effect ... is klein"
    (re.compile(rf"^\s*(en\s+)?{EFFECT_SIZE}\b", re.I),
     re.compile(r"\d|procent|%|" + NUMBER_WORDS + r"|\b(klein|kleine|groot|grote|beperkt|beperkte|gering|geringe|aanzienlijk|aanzienlijke|minimaal|fors|forse|nauwelijks)\b", re.I)),
    # a number of hours is answered by hours ("Hoeveel uur per week gingen die leraren extra werken?"), not by "200 scholen"
    (re.compile(r"\b(hoeveel ([\w-]+ )?(uur|uren|werkuren)|how many ([\w-]+ )?hours)\b", re.I),
     re.compile(r"(\d[\d,.]*|" + NUMBER_WORDS + r"|half|anderhalf)\s*(extra\s+)?(uur|uren|werkuren)\b|\buur per week\b", re.I)),
    (re.compile(PREPOSITION + r"(hoeveel(?! jaar\b)|hoe (hoog|groot|veel)|how (many(?! years\b)|much|high|large)|(what|which) (share|percentage|proportion)|welke? (percentages?|aandeel|deel)|welke? (cijfers?|getallen?)|which (figures?|numbers?|statistics?))\b", re.I),
     A_FIGURE),
    # a share asked further on ("What target has the Dutch military set for the share of women in its workforce?")
    (re.compile(r"^\s*(what|which)\s+(target|goal|aim|figure)\b[^?]{0,60}\b(share|proportion|percentage)\s+of\b", re.I),
     A_FIGURE),
    # a court case is answered by a case named ("de zaak van de Commissie tegen Hongarije", "C-769/22"), not by "naar het
    # Europese hof te stappen"
    (re.compile(r"^\s*((in |bij |aan )?(welke|which) ([\w-]+ )?(rechtszaken|rechtszaak|hofzaken|court cases|lawsuits|legal cases|legal proceedings)|"
                r"(in |bij |aan )?welke zaken bij het (europese )?hof|(in )?which cases (at|before) the (european )?court)\b", re.I),
     re.compile(r"\b(?-i:zaak|zaken|rechtszaak|rechtszaken|case|cases)\s+(tegen|against|van|of)\b|\bC-\d+/\d{2}\b", re.I)),  # (not "Raad Algemene Zaken van")
    # how long one waits is a duration ("wachttijden van zes maanden"), never a year ("Vanaf begin 2025 ...")
    (re.compile(r"^\s*(hoe lang|how long)\b.*\b(wachtlijst\w*|wachttijd\w*|wacht|wachten|waiting|wait)\b", re.I),
     re.compile(r"(\b\d+|" + NUMBER_WORDS + r")\s+(jaar|jaren|maanden|maand|weken|week|dagen|dag)\b|wachttijd\w*\s+(van|is|zijn|bedraagt|bedragen)", re.I)),
    # "Hoe lang ...?", "How long ...?", "Voor hoeveel jaar ...?": a period or a duration ("voor de periode 2023 tot en met 2027")
    (re.compile(r"^\s*((voor|over)\s+)?(hoe lang|how long|hoeveel jaar|how many years)\b", re.I),
     re.compile(r"\b(19|20)\d\d\b|(\b\d+|" + NUMBER_WORDS + r")\s+(jaar|jaren|maanden|maand|weken|week|dagen)\b|tot en met|looptijd", re.I)),
    # a telephone number asked is answered by one ("0800-2000"), not by a sentence that says the word ("zoals een adres of
    # telefoonnummer")
    (re.compile(r"\b((?:welk|welke|wat is het|wat zijn de|het|de) telefoonnummers?|(?:which|what(?: is| are)? the|the) (?:tele)?phone numbers?|"
                r"hotline numbers?|welk nummer (?:kan|moet|kun) (?:ik|je|ze|hij|zij) bellen|what number (?:can|do|should) (?:i|you|they) call)\b", re.I),
     re.compile(r"\b0\d{2,3}[- ]?\d{6,7}\b|\b0[89]00[- ]?\d{4}\b|\+31[\d -]{9,}")),
    # an address asked is answered by one (a postcode, a street and number), not by a sentence about the office
    (re.compile(r"^\s*(op welk adres|welk adres|wat is het (post)?adres|what(['’]s| is) the (street |postal )?address|which address|at what address)\b", re.I),
     re.compile(r"\b\d{4}\s?[A-Z]{2}\b|\b[A-Z][a-zà-ÿ]+(straat|weg|laan|plein|gracht|kade|singel)\s+\d+|\b[Pp]ostbus\s+\d+")),
    # "Op welke datum ...?": a day of a month, not "dit jaar"
    (re.compile(r"^\s*(op welke (datum|dag)|on what (date|day)|on which (date|day))\b", re.I),
     re.compile(r"\b\d{1,2}\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b|\b\d{1,2}-\d{1,2}-(19|20)\d\d\b", re.I)),
    # "When did ... start?", "In welk jaar is ... opgericht?": a date said as a start ("in 2021", "begin 2026", "rond de
    # zomer van 2025"), not as an end ("financiert tot en met 2027" does not say when the alliance began)
    # (the start asked in the same clause: "When is ... expected, and what launched its consultation?" asks no start)
    (re.compile(r"^\s*(in welk jaar|wanneer|when|in (what|which) year|what year)\b(?!\s+(moet|moeten|dient|dienen|must|should|has|have)\b)"
                r"(?:(?!,?\s+(?:and|en)\s+(?:what|who|how|which|wat|wie|hoe|welke?)\b).)*\b(begonnen|begon|begint|beginnen|gestart|startte|start|starten|"
                r"opgericht|opgezet|ontstaan|gelanceerd|ingevoerd|ingegaan|in werking getreden|started|starts?|founded|set up|established|launched|began|begun|begins?"
                r"|came into force|took effect|entered into force|first (?:organi[sz]ed|held)|(?:organi[sz]ed|held) for the first time|voor het eerst)\b", re.I),
     StartDate()),
    # "Tot wanneer ...?", "Tot en met welk jaar ...?": an end ("tot en met 2027", "loopt nog tot september 2025", "2023-2027"),
    # not the year something started ("Dat traject startte ik ... in oktober 2024")
    (re.compile(r"^\s*(tot (en met )?(wanneer|welk jaar|welke datum|welke maand)|until (when|what year|which year)|through (what|which) year|"
                r"up to (what|which) year)\b", re.I),
     # (or an end without a year: "zal naar verwachting aan het einde van het jaar worden afgerond")
     re.compile(r"\b(tot(?: en met)?|t/m|uiterlijk|eind|einde|until|through|up to)\b[^.;]{0,30}?\b(19|20)\d\d\b|\b(19|20)\d\d\s*[-–/]\s*(19|20)?\d\d\b"
                r"|\b(?:eind|einde)\s+van\s+(?:het|dit|volgend)\s+jaar\b|\b(?:afgerond|afgelopen|beëindigd|stopt|eindigt)\b", re.I)),
    # "Sinds wanneer ...?" is also answered by a span up to now ("de afgelopen twee jaar")
    # (a year said of a start or of being in force: "In 2027 evalueert het kabinet de wet" does not say since when it holds)
    (re.compile(r"^\s*(sinds (wanneer|welk jaar|welke maand)|since (when|what year|which year))\b", re.I), SinceDate()),
    # "In welk jaar ...?" is answered by a year, not by "dit najaar" (what the general question of time accepts)
    (re.compile(r"^\s*(in welk jaar|in (what|which) year|what year|which year)\b", re.I), re.compile(r"\b(19|20)\d\d\b")),
    # "vanaf welk schooljaar ...?" by a school year or a year ("2025-2026", "schooljaar 2026/27")
    (re.compile(r"^\s*((vanaf|in|per|tot|voor|sinds) )?welk (school|studie|college|cursus)jaar|^\s*((from|in|by|until) )?(which|what) (school|academic) year\b", re.I),
     re.compile(r"\b(19|20)\d\d\b")),
    (re.compile(r"^\s*(wanneer|when|(in|vanaf|sinds|tot|per|voor) (welk jaar|welke jaren|welke maand(en)?|welke periode|welke datum)|op welke datum|vanaf wanneer|per wanneer|uiterlijk wanneer|voor wanneer|tegen wanneer|"
                r"wat (is|zijn) (de|het) (planning|tijdpad|tijdschema)|what(?: is|'s) the (timeline|timetable|schedule)|"
                r"(in|since|until|by|from|as of|starting) (what|which) (year|years|month|months|period|date|day)|on what date|by when|from when)\b", re.I), A_TIME),
    # what something is called is answered by a name: a title in quotes or a capitalised word inside the sentence
    (re.compile(r"^\s*(what (is|are|was|were) (it|they|that|this|those|these|the [\w -]{1,40}?|[\w -]{1,40}?) called|"
                r"what (is|are) the names? of|hoe (heet|heten|heette|heetten)\b|wat is de naam van|wat zijn de namen van)", re.I),
     re.compile(r"[‘“\"'][^’”\"']{3,}[’”\"']|(?<=[a-zà-ÿ,]\s)[A-ZÀ-Þ][\w-]+")),
    # examples are given with "bijvoorbeeld", "zoals", "denk aan"
    # (not "het overzicht van goede voorbeelden": a thing named by its examples)
    (re.compile(r"\b(examples?|for instance|(?<!van goede )(?<!met goede )(?<!van )(?<!met )voorbeelden|een voorbeeld|iets concreets|concrete (?:voorbeelden|zaken|dingen)|"
                r"what (kind|kinds|sort|sorts|type|types) of activit(y|ies)|wat voor (soort )?activiteiten)\b|"
                # "Bij welke toepassingen dan bijvoorbeeld?", "Which ones, for example?"
                r"\b(?:bijvoorbeeld|for example|for instance)\s*\?\s*$", re.I),
     # (or a list of three or more: "Ze voeren publiekscampagnes uit, hebben meldpunten ..., en voeren lesprogramma's uit")
     re.compile(r"\b(bijvoorbeeld|zoals|denk aan|te denken valt aan|onder meer|onder andere|waaronder|een voorbeeld|voorbeelden (?:van|hiervan|daarvan))\b"
                r"|\w[^,;.]{3,80},[^,;.]{3,80},?\s+(?:en|and)\s+\w", re.I)),
    # "Welke werkgevers ...?", "which companies", "which watchdogs": answered by their names, not by "werkgevers" or "de alliantie"
    (asks_which("(werkgevers|bedrijven|ondernemingen|schoolbesturen|toezichthouders|ziekenhuizen|klinieken|artsen)",
                "(employers|companies|firms|businesses|school boards|regulators|watchdogs|supervisors|hospitals|clinics|doctors)"),
     OtherActor(ACTOR, names_only=True)),
    # who takes part ("Wie schuiven er aan bij het overleg?", "Who sits on the board?"): a sentence that says who is in it
    # ("Wie zitten er allemaal bij dat overleg?")
    # ("Welke clubs doen daaraan mee?")
    (re.compile(r"^\s*(en\s+)?(wie|welke (?:partijen|instanties|clubs|groepen|verenigingen))\s+(schuift|schuiven|zit|zitten|doet|doen|neemt|nemen)\s+(er\s+)?([\w-]+\s+){0,6}?(aan|mee|in|deel)\b|"
                r"^\s*(en\s+)?(wie|welke (?:partijen|instanties))\s+(zit|zitten|is|zijn)\s+(er\s+)?(allemaal\s+|nog\s+|eigenlijk\s+|verder\s+)*(bij|aan)\s+(het|de|dat|die|dit|deze)\b|"
                # ("Welke organisaties of mannen gaan daar dan in zitten?")
                # ("Welke sportbonden of sportclubs gaan daarin zitten?")
                rf"^\s*(en\s+)?(wie|welke (?:{MEMBER_KINDS}))(\s+of\s+[\w-]+)?\s+(gaan|gaat|komen|komt)\s+(er\s+)?([\w-]+\s+){{0,4}}?(?:daar|er)?(in|bij)\s+([\w-]+\s+){{0,3}}?(zitten|zit)\b|"
                # ("Welke organisaties of bekende mannen gaan daar zitting in nemen?")
                rf"^\s*(en\s+)?(wie|welke (?:{MEMBER_KINDS}|mannen))(\s+of\s+([\w-]+\s+)?[\w-]+)?\s+(gaan|gaat|zullen|zal|komen|komt)\s+"
                r"(er\s+|daar\s+)?([\w-]+\s+){0,3}?zitting\s+((daar|er)?in\s+)?(nemen|neemt|hebben|heeft)\b|"
                # ("Welke organisaties gaan precies deel uitmaken van de mannenalliantie?")
                r"^\s*(en\s+)?(wie|welke (?:partijen|instanties|organisaties|leden))\s+((gaan|gaat|zullen|zal)\s+)?(er\s+)?([\w-]+\s+){0,2}?deel\s+(uitmaken|uitmaakt|uit\s+maken)\b|"
                r"^\s*(and\s+)?who\s+(takes|take|took|is taking|are taking)\s+part\b|^\s*(and\s+)?who\s+(sits|sit|is|are)\s+(on|in|at)\b|"
                # ("Which organisations make up the alliance?", "Who are its members?")
                r"^\s*(and\s+)?(which|what)\s+(organi[sz]ations|parties|groups|partners|members)\s+(make|made)\s+up\b|^\s*(and\s+)?who\s+(makes|made)\s+up\b|"
                r"^\s*(and\s+)?who\s+(are|were)\s+(the|its|their)\s+(members|partners)\b|"
                # ("And which men's organisations are going to join it?", "Which men's organisations are going to sit on it?")
                r"^\s*(and\s+)?(which|what)\s+([\w'’-]+\s+){0,2}?(organi[sz]ations|parties|groups|partners|members|clubs)\s+(are\s+going\s+to|will|would|are\s+to)\s+"
                r"(join|sit\s+on|sit\s+in|be\s+part\s+of|be\s+members\s+of|take\s+part)\b", re.I),
     re.compile(r"\b(aangesloten|deelnemers?|(neemt|nemen|namen) (\w+ ){0,3}?deel|deelgenomen|(doet|doen|deden) (\w+ ){0,3}?mee|deel (uitmaken|uitmaakt|uitmaakten)|(maakt|maken) (\w+ ){0,3}?deel uit|"
                r"bestaat uit|bestaan uit|vertegenwoordigd|vertegenwoordigers|aan tafel|partners|leden|betrokken|samen|samenwerkingsverband)\b", re.I)),
    # which organisations do something ("Welke organisaties voeren de pilot uit?"): answered by their names; after who takes
    # part, where "Welke organisaties gaan in de mannenalliantie zitten?" is not answered by the alliance's aims
    # (also with another kind before it: "Welke mannen of organisaties gaan daar precies in zitten?")
    (asks_which(r"([\w-]+ (of|en) )?(organisaties|instanties|instellingen)", r"([\w-]+ (or|and) )?organi[sz]ations"),
     OtherActor(ACTOR, names_only=True)),
    # what a term covers ("wat valt daar onder?", "what counts as ...?"): a sentence that says what is meant by it
    (re.compile(r"^\s*(en\s+)?(wat\s+(valt|vallen)\s+(er\s+|daar\s+|hier\s+)?(eigenlijk\s+|precies\s+|allemaal\s+)?onder|wat\s+(wordt|worden)\s+(er\s+)?(precies\s+|eigenlijk\s+)?(\w+\s+){0,3}?(verstaan|bedoeld)|"
                r"what\s+(counts|count)\s+as|what\s+(is|are)\s+(meant|understood)\s+by|what\s+(does|do)\s+(that|this|it|the term)\s+(cover|mean))\b", re.I),
     re.compile(r"\b(verstaan|(valt|vallen) (\w+ ){0,3}?onder|bestaat uit|bestaan uit|omvat|omvatten|houdt in|gaat het om|betreft|"
                r"(is|zijn|betekent|betekenen) (het|de|een|dat)|staat voor)\b", re.I)),
    # "Welke organisatie ...?" is answered by a name or an actor's word (ACTOR); "wie"/"who" by any sentence: a person, a
    # group ("Wie vallen onder de plus?", "Who does the project help?") or an organisation (`PersonName` asks a name)
    # (also a programme: "Vanuit welk SZW-programma ...?" is answered by its name, "de werkagenda Voor een Inclusieve
    # Arbeidsmarkt (VIA)")
    (re.compile(r"^\s*((door |van |bij |vanuit |uit |via )?welke? ([\w]+-|[a-zà-ÿ]{3,}(?=organisatie|instantie))?(organisatie|organisaties|instantie|instanties|partij|toezichthouders?|programma|programma's|ministerie|ministeries)|"
                r"(by |from )?which (organisation|organization|organisations|organizations|agency|agencies|body|bodies|regulators?|watchdogs?|supervisors?|authorities|ministry|ministries))\b"
                r"(?!.*\b(reach|aimed|targeted|target|gericht|bedoeld|bereik\w*)\b)", re.I), OtherActor(ACTOR)),
    # who carries out a study is answered by a name ("Wie voert dat onderzoek uit?"), not by "een volgend kabinet"
    (re.compile(r"^\s*(wie (voert|voeren|voerde|verricht|verrichten|doet|doen|deed)\b.*\b(uit|onderzoek|onderzoeken|evaluatie|studie)\b|"
                r"(door |bij |van )?welk (onderzoeks)?(bureau|instituut)\b|(door |bij |van )?welke (universiteit|hogeschool|onderzoeksinstelling|kennisinstelling|onderzoeksgroep)\b|"
                r"(by |at |from )?which (university|research institute|institute|research group|research firm)\b|"
                r"who (is |are |was |were )?(carrying|conducting|running|carries|conducts|runs|carried|conducted|ran)( out)?\b|"
                r"who (is |are )?doing (the|that|this) (study|research|survey|evaluation)\b)", re.I),
     OtherActor(ACTOR, names_only=True)),
    # who will work somewhere is answered by the kind of people ("In dat kenniscentrum zullen AI-experts werken")
    (re.compile(r"^\s*(?:and\s+|en\s+)?(?:who\s+(?:is|are|will\s+be)\s+going\s+to\s+work|who\s+(?:will|would)\s+work|wie\s+(?:gaan|gaat|komen|komt|zullen|zal)\s+(?:er\s+)?werken)\b", re.I),
     re.compile(r"\b(?:[\w-]*experts?|deskundigen|medewerkers|professionals|specialisten|onderzoekers|ambtenaren|adviseurs|staff|employees)\b", re.I)),
    # who is doing something is an actor ("who is rewriting it?"), not the sentence that says it is done ("wordt de
    # wegwijzer vernieuwd")
    (re.compile(r"^\s*(who (is|are|was|were|will be) (?!being\b|going to be\b)[a-z]+ing\b|"
                r"wie (herschrijft|herschrijven|vernieuwt|vernieuwen|actualiseert|actualiseren|ontwikkelt|ontwikkelen|organiseert|organiseren|bouwt|bouwen)\b|"
                r"wie (is|zijn) (er )?(nu )?bezig met\b)"
                r"(?!.*\b(reach|aimed|targeted|target|gericht|bedoeld|bereik\w*|affected|hit|helped|benefiting|suffering)\b)", re.I), OtherActor(ACTOR)),
    # (not who is served or reached: "Who is the alliance mainly trying to reach?", "Op wie is het gericht?")
    (re.compile(r"^\s*(wie|who|welke? (persoon|minister)|which (person|minister))\b"
                r"(?!.*\b(reach|aimed|targeted|target|gericht|bedoeld|bereik\w*)\b)", re.I), re.compile(r"\w")),
    # "In welke steden ...", "Which Dutch cities ...": a place named after a preposition or place noun, not the country
    (re.compile(r"^\s*((in |met |bij |uit |van |voor |op |om |with |from )?(welke|which)( (?:two|three|four|five|six|twee|drie|vier|vijf|zes|\d+))?( [\w-]+)? ([\w-]*(steden|gemeenten|plaatsen|dorpen|provincies|regio['’]s|regio|wijken|buurten|cities|towns|villages|"
                r"municipalities|regions?|provinces|neighbourhoods|districts|stad|gemeente|provincie|city|town|village|municipality|province))|in (welke|which) [\w-]+ (stad|gemeente|plaats|city|town|municipality))\b", re.I),
     OtherPlace(re.compile(PLACE_BEFORE + NOT_THE_COUNTRY + r"[A-Z][a-zà-ÿ]+|"
                           + PLACE_LIST))),
    # "Welke lidstaten ...?", "Which countries ...?": a country named ("Hongarije", "Belgium"), not "twintig lidstaten"
    (re.compile(r"^\s*((door |van |in |by )?(welke?|which) ([\w-]+ )?(landen|land|lidstaten|lidstaat|eu-landen|eu-land|eu-lidstaten|eu-lidstaat|countries|country|"
                r"member states?|states))\b", re.I),
     re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for group in COUNTRIES[1:] for f in group if len(f) > 3) + r")(?![\w-])")),
    # "Met welk online platform ...?": a name next to the noun ("het platform X", "X-platform"), not "een online platform"
    (re.compile(r"^\s*((met |via |op |bij |om |with |on )?(welke?|which) (online |digitale? |social media )?(platform|platforms|website|app|bedrijf|company|firm))\b", re.I),
     NamedAddress(re.compile(r"\b(platform|website|app|bedrijf)\s+[A-Z‘'\"]|[A-Z][\w-]+[- ](platform|website|app)\b|‘[^’]+’|\bwww\.[\w.-]+|https?://\S+"))),
    # "Waar vind ik die interventies online?", "Waar kan ik al hun activiteiten terugvinden?": a website's address
    (re.compile(WEB_PLACE_ASKED, re.I),
     NamedAddress(re.compile(r"\bwww\.[\w.-]+|https?://\S+|\b[\w-]+\.(?:nl|com|org|eu)\b"))),
    # "Waar ...?" asks for a place, but not with a preposition at its end: "Waar richt de alliantie zich op?",
    # "Waar gaat het geld naartoe?" (waarop, waarnaartoe) ask what, not where
    # (also before a clause: "Waar helpt de wegwijzer mee als ..."); where to find information,
    # or where something is explained ("waar wordt de pilot verder toegelicht?"), asks for a source, no place
    (re.compile(r"^\s*(waar\b(?!.*\b(op|aan|over|voor|mee|naar|naartoe|heen|uit|door|toe|van|vandaan|bij|tegen|om|in)\s*(\?|\s*$|,|\s(als|wanneer|omdat|zodat|dat|die|terwijl|nu|zodra|en)\b))"
                r"(?!.*\bmee\b)"  # "mee" is only ever a particle: "Waar gaat de alliantie zich mee bezighouden?"
                r"(?!.*\b(proces|procedure|fase|stadium|traject)\b)"  # "waar zit dat wetsvoorstel nu in het proces?" asks how far it is
                # a stranded preposition before the infinitive: "Waar moet je extra op letten bij ...", "waar moet dat toe leiden?",
                # "waar zouden die wetten over gaan?"
                r"(?!\s+(moet|moeten|kan|kunnen|gaat|gaan|wil|willen|zal|zullen|zou|zouden|mag|mogen)\b.*\b(op|aan|over|voor|naar|naartoe|heen|toe|tegen|om)\s+[a-zà-ÿ]+n(\s*[?.,]|\s*$|\s+(bij|als|wanneer|in|met|voor)\b))"
                # where a text says something: "Waar staat in de nota wanneer het onderzoek begint?" (the document's
                # name is taken out of a question before it is read: "Waar staat wanneer ...")
                r"(?!\s+(staat|staan|stond|stonden|lees|lezen)\s+(er\s+)?((iets\s+)?in\s+(de|het|die|dat|deze|dit)\s+[\w-]*(nota|brief|document\w*|stuk|stukken|"
                r"tekst|antwoord\w*|beantwoording|verordening|wet|rapport|bijlage)|beschreven|vermeld|wanneer|hoe|wie|wat|welke?|of|hoeveel|waarom)\b)"
                r"(?!.*\b((terug)?(vinden|vind|vindt)|terecht|nalezen|(terug|na)?lezen|informatie|zien|bekijken|opzoeken|raadplegen|uitgelegd|toegelicht|beschreven|uitgewerkt|besproken|vermeld)\b)"
                # where to report something or get help asks for a service, no place: "Waar kan je het melden als ...?"
                r"(?!\s+(kan|kun|kunt|kunnen|moet|moeten|ga|gaat)\s+[^?]*\b(melden|aangeven|aangifte|aankloppen|hulp)\b)"
                # where a rule lays something down asks for the law or document (as "where will ... be named"): "Waar
                # wordt vastgelegd wie toezicht houdt?"
                r"(?!\s+(wordt|worden|werd|werden|is|zijn|zal|zullen)\b[^?]*\b(vastgelegd|geregeld|bepaald|aangewezen|verankerd)\b)"
                r"(?!\s+(ligt|liggen|lag|lagen|komt|komen)\b.*\b(focus|nadruk|accent|prioriteit\w*|zwaartepunt)\b)"  # "waar ligt hun focus": on what
                r"(?!.*\bvan\s+af\b)"  # "Waar hangt het van af of ...?" asks for a condition
                # a stranded preposition before a closing participle (a strong one too: "Waar heeft de alliantie onderzoek
                # naar gedaan?"), the source named after it: "Waar is de taakopdracht op gericht volgens de nota?"
                # (or before a second question: "Waar is de subsidie voor bedoeld en hoe lang loopt die nog?")
                r"(?!.*\s(op|aan|over|voor|naar|toe|tegen|om|van|uit|bij)\s+((ge|be|ver|ont|her|er)[a-zà-ÿ]+[dt]|(?!gemeente)ge[a-zà-ÿ]{2,}n)(\s+(volgens|in|bij)\s[^?]*)?(\s*\??\s*$|\s*,|\s+en\s))|"
                r"in welke (stad|gemeente|plaats|provincie)|in which (city|town|municipality)|"
                # where a rule puts something asks for the law or document: "where will the Dutch supervisors be named?"
                r"where(?!\s+(will|is|are|was|were|would|should|shall)\b[^?]*\b(named|designated|appointed|laid down|set out|regulated|specified|recorded|written down)\b)"
                # where to find or read something asks for a source, no place (as "waar vind ik")
                r"(?!\s+(can|could|do|does|should|would|might|may)\s+(i|you|we|one|people|someone|they)\s+(find|read|look|see|get|learn|check)\b)"
                # where something comes from asks for its source (as "waar komt ... vandaan"): "Where does that number come from?"
                r"(?![^?]*\b(come|comes|came|coming)\s+from\b)(?!['’]s\s[^?]*\bfrom\s*\??\s*$)"  # ("Where's that number from?")
                # where someone stands on something asks for a position: "Where does the Netherlands stand on the proposal?";
                # where a thing stands, for its state: "Where does the pay transparency bill stand right now?"
                r"(?![^?]*\bstands?\s+(on|in|with|regarding|now|today|right\s+now|at\s+the\s+moment|currently)\b)"
                r"(?![^?]*\bstands?\s*\??\s*$)"
                # ... and where it is in a procedure, for its stage: "Where is the bill in the legislative process right now?"
                r"(?![^?]*\bin\s+the\s+(?:[\w-]+\s+){0,2}?(?:process|procedure|stage|pipeline|cycle)\b))\b", re.I),
     OtherPlace(re.compile(PLACE_BEFORE + NOT_THE_COUNTRY + r"[A-Z][a-zà-ÿ]+"))),  # "in Nederland" says no where
    (DEFINITION_ASKED_FOR, DEFINITION),
    (LEGALITY_ASKED, LEGALITY),
]
FEATURES = ("dense_top", "dense_gap", "dense_margin", "lexical_coverage_nl", "constraints_missing", "answer_type_missing", "rare_term_missing_nl", "english")
# The features the confidence is fitted on, chosen by 5-fold cross-validation on dev. dense_gap (the best sentence's
# similarity minus the question's similarity to background questions about other subjects, rag/background.py)
# cancels the lower similarity of English questions to the Dutch text without answering English off-topic questions,
# which a plain shift of English similarities did ("When is the next general election?"). answer_type_missing looks
# at every chosen sentence (a date in the second sentence answers "when"). No gain, or lost abstentions, from adding
# dense_margin, lexical_coverage_nl, rare_term_missing_nl, english or the sentence model's best score.
CALIBRATION_FEATURES = ("dense_top", "dense_gap", "constraints_missing", "answer_type_missing")


# A question about a particular person ("Wie is de voorzitter van ...", "Who chairs ...") is answered by a
# person's name, not by the organisation it names: a close question the documents cannot answer.
PERSON_ASKED = re.compile(
    r"^\s*(welke (hoogleraar|hoogleraren|onderzoekers?|wetenschappers?|directeur|voorzitter|persoon|personen|gedeputeerde|wethouder|burgemeester)|"
    r"which (person|individual|professor|director|chair(man|woman|person)?)|"
    r"wie (is|zijn|was|waren) ([\w-]+ ){0,4}?(de )?(procureur-generaal|ombudsman|voorzitter|directeur|burgemeester|commissaris)|"
    r"wie (is|zijn|was|waren|wordt|worden|werd) ([\w-]+ ){0,5}?(de )?(directeur|voorzitter|onderzoekers?|auteurs?|hoogleraar|commissaris|regeringscommissaris|leider|trekker|"
    r"projectleider|projectleiders|programmaleider|programmaleiders|programmamanager|programmadirecteur|projectcoördinator|coördinator|oprichter|oprichters|initiatiefnemer|initiatiefnemers|woordvoerder|ambassadeur|rapporteur|contactpersoon|contactpersonen|aanspreekpunt|kwartiermaker)|"
    r"wie (leidt|leiden|schreef|schreven|ondertekende|tekende|diende|dienden)|wie (staat|stond|staan) (er )?aan het hoofd|"
    # the head or the chair of a body: "Wie is het hoofd van het ECAD-P?", "Wie zit de regiegroep voor?", "Wie zit de
    # commissie voor die het advies voorbereidt?"
    r"wie (is|was|wordt|werd) (het |de )?(hoofd|baas|chef|leiding\w*) van|wie (zit|zat|zitten) .{1,100}?\bvoor(?=\s*\??\s*$|\s*,|\s+(die|dat|welke|waar\w*)\s)|who is (the )?head of|"
    r"who (chairs|chaired|heads|headed|leads|led|wrote|signed|submitted)|who will (chair|head|lead)|who(['’]s| is| are) going to (chair|head|lead)|"
    r"wie (gaat|gaan) ([\w-]+ ){0,3}?(voorzitten|leiden)|"
    # who is chosen for the chair: "Who has been picked to chair ...?", "Wie is benoemd tot voorzitter van ...?"
    r"who (has been|have been|was|were|is|are|will be) (picked|chosen|appointed|named|selected|asked|nominated) (to (chair|head|lead)|as (the )?(chair\w*|head|leader|director))|"
    r"wie (is|wordt|werd|zijn|worden) ([\w-]+ ){0,2}?(gekozen|benoemd|aangesteld|aangewezen|gevraagd) (tot|als) (de )?(voorzitter|directeur|leider|trekker|ambassadeur)|"
    r"wie (is|wordt|werd|zijn|worden) (er )?([\w-]+ ){0,2}?aangesteld\b|"  # "Wie is er aangesteld om dat programma aan te jagen?"
    r"who (is|are|was|were) the (([\w-]+ ){0,3}?)(director|chair\w*|head|authors?|researchers?|professor|commissioner|leader|project (leader|lead|manager)|coordinator|founders?|spokes(person|man|woman)|ambassador|rapporteur|ombuds(man|person)|contact (person|persons|people)|point of contact))\b|"
    # the ministry is given, so the person is asked: "Welke minister van OCW stuurde ...", "Wie is de staatssecretaris
    # van ...", "Hoe heet de staatssecretaris ..." (not "Met welke minister werkt ... samen?": a ministry answers that)
    r"^\s*welke (minister|staatssecretaris|bewindspersoon) van\b|^\s*wie (is|was) de ([\w-]+ ){0,2}(minister|staatssecretaris|bewindspersoon)\b|"
    r"^\s*hoe heet de (minister|staatssecretaris|bewindspersoon|voorzitter|directeur|regeringscommissaris)\b|"
    r"^\s*wat is de naam van de (minister|staatssecretaris|bewindspersoon|voorzitter|directeur|regeringscommissaris)\b|"
    r"^\s*(which (minister|state secretary) (of|for)|who is the ([\w-]+ ){0,3}(minister|state secretary)|what is the name of the (minister|state secretary|chair\w*|director))\b|"
    # a role that only a person fills: "Welke eurocommissaris ...", "Which European commissioner presented ..."
    r"^\s*(welke (\w+ )?(eurocommissaris|commissaris|burgemeester|wethouder|ambassadeur)|"
    r"which (\w+ )?(commissioner|mayor|alderman|ambassador|professor|researcher|politician))\b",
    re.I,
)
INITIALS_OR_TITLE = re.compile(r"\b[A-Z]\.\s?(?:[A-Z]\.\s?)*(?:van |de |der |den )*[A-Z][a-z]|\b(?:prof|dr|drs|mr|ir)\.\s|\bmevrouw\b|\bde heer\b|"
                               r"\b(?:leden|lid|Kamerlid|Kamerleden) [A-Z][a-zà-ÿ]{2,}")
NAME_PAIR = r"([A-ZÀ-Þ][a-zà-ÿ]{2,})\s+(?:(?:van|de|der|den|ter|ten)\s+)*([A-ZÀ-Þ][a-zà-ÿ]{2,})"  # a first name and a surname
FULL_NAME = re.compile(rf"(?<=[\s,(]){NAME_PAIR}\b")
# ... or opens a source as its author, before the year or a co-author ("Rixt Andriesse (2024): Veiligheid en Welzijn ...")
AUTHOR_FIRST = re.compile(rf"^{NAME_PAIR}(?=\s*(?:\((?:19|20)\d\d\)|,|&))")
CAPITALISED_NEXT = re.compile(r"[ \t]+[A-ZÀ-Þ]")  # "Single Super Mom": a third capitalised word makes a name of a thing
ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:het|de|een|the|an?)\s+$", re.I)  # "het Commissie Werkprogramma" names no person
NOT_A_PERSON = ("nederland", "europe", "caribisch", "rijks", "kamer")  # capitalised words that start no person's name
NOT_A_PERSON_END = (*ORGANISATION_WORDS, "school", "universiteit")  # ... or end one ("Saxion Hogeschool")
# a day ends the name of an event, not of a person ("Paarse Vrijdag")
# (a weekday: "Paarse Vrijdag"; a company's legal form: "Women Inc.")
NOT_A_SURNAME = frozenset("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag inc ltd bv nv".split())


class PersonName:
    """Sees a person's name: initials or a title before a name ("T. Liefaard", "prof. ...", "de leden Westerveld"), or
    two capitalised words inside the sentence, after no article, that the documents never write in lower case ("Mariëlle Paul"; not
    "Langdurige en Maatschappelijke Zorg", "Nederlandse Vrouwenraad", "Platform" and "Zaken" occur in lower case too).
    One capitalised word is not enough: "de Nederlandse Vrouwenraad en Emancipator" names organisations."""

    def __init__(self, lowercase_words: frozenset[str], asked: frozenset[str] = frozenset()):
        self.lowercase_words = lowercase_words
        self.asked = asked  # the question's own capitalised words: "Who heads Colored Qollective?" is not its answer

    def search(self, text: str) -> bool:
        if INITIALS_OR_TITLE.search(text):
            return True
        author = AUTHOR_FIRST.match(text)
        if author and not any(w.lower() in self.lowercase_words for w in author.groups()):
            return True
        return any(all(w.lower() not in self.lowercase_words and not w.lower().startswith(NOT_A_PERSON)
                       and not w.lower().endswith(NOT_A_PERSON_END) for w in m.groups())
                   and not all(w in self.asked for w in m.groups()) and m.group(2).lower() not in NOT_A_SURNAME
                   and not ARTICLE_BEFORE.search(text[: m.start()]) and not CAPITALISED_NEXT.match(text[m.end() :])
                   and not in_a_list(text, m)
                   for m in FULL_NAME.finditer(text))


def in_a_list(text: str, m: re.Match[str]) -> bool:
    """A name among others ("een samenwerkingsverband tussen Rutgers, Colored Qollective, Femmes for Freedom en ..."):
    the partners of a cooperation are organisations (a person in the documents has initials or a title, INITIALS_OR_TITLE,
    or stands alone: "..., Mariëlle Paul")."""
    before, after = text[: m.start()], text[m.end() :]
    return bool(re.search(r"\btussen\s+$", before)) or (before.rstrip().endswith(",") and re.match(r"\s*(?:,|en\s)", after) is not None)


# An opening conjunction of a follow-up stands before the question word: "En hoeveel vrouwen ...?", "And when ...?"
OPENING_CONJUNCTION = re.compile(r"^\s*(?:en|maar|ook|and|but|also|so)\b[\s,]*(?=\w)", re.I)
# A condition or time clause before the question word, after a comma: the question word after it asks ("When the planned
# men's alliance helps shape programmes ..., what will it take into account ...?" asks no date)
CONDITION_FIRST = re.compile(r"^\s*(?:when|whenever|if|once|als|wanneer|zodra|indien)\s+"
                             # (not a question's own verb after it: "When is the pilot ..., where young people ..., expected to finish?")
                             r"(?!(?:is|are|was|were|do|does|did|will|would|can|could|should|shall|has|have|had|must|may|might|zijn|wordt"
                             r"|worden|werd|werden|waren|gaat|gaan|ging|komt|komen|kwam|moet|moeten|kan|kunnen|zal|zullen|heeft|hebben"
                             r"|had|hadden|begint|beginnen|start|starten|treedt|krijgt|krijgen|loopt|lopen|verschijnt|mag|mogen)\b)[^,?]{3,160},\s*"
                             r"(?=(?:what|who|whom|which|how|why|where|when|wat|wie|welke?|hoe|hoeveel|waarom|waar|wanneer)\b)", re.I)
STRESSED_VOOR = re.compile(r"\b([vV])(?:[oóò][óò]|[óò]o)r\b")  # "Vóór welke datum ...?" asks what "voor welke datum" asks


# A statement before the question proper: "single super mom deelt z'n ervaringen met andere gemeentes, om welke
# gemeenten gaat dat?" asks what the part after the comma asks.
LEAD_STATEMENT = re.compile(
    r"^[^?]{12,}?[,;]\s*(?=(?:klopt\s+(?:dat|het)\s*,?\s+)?(?:(?:en|maar)\s+)?(?:(?:om|in|met|bij|uit|van|voor|op|door|aan|tot|vanaf|sinds|per)\s+)?"
    r"(?:wie|wat|welke?|waar\w*|wanneer|waarom|hoe|hoeveel)\b)", re.I)


# ... or a sentence before it: "De nota noemt een meldvoorziening. Welke organisatie gaat die beheren?"
LEAD_SENTENCE = re.compile(r"^[^?]{12,}?[.!:]\s+(?=[A-Z][^.!?]{4,}\?\s*$)")
# ... or a topic and a colon: "single super mom: in welke steden wordt het uitgeprobeerd?"
LEAD_TOPIC = re.compile(
    # (or a topic before a comma: "what about company boards, how many directors are women?", "en hoe zit het met de
    # politie, hoeveel ...?")
    # (or a thing put first: "The men's alliance announced under it, when is it supposed to be set up?", "Die
    # mannenalliantie van de staatssecretaris, waar gaat die zich mee bezighouden?")
    r"(?:^\s*(?:(?:and|but|so)\s+)?(?:what|how)\s+about\s+[^?,]{2,60},|^\s*(?:(?:en|maar)\s+)?hoe\s+zit\s+het\s+met\s+[^?,]{2,60},|^[^?:]{3,60}:"
    r"|^\s*(?:(?:and|but|en|maar)\s+)?(?:the|that|this|de|het|die|dat|deze|dit)\s+[^?,]{2,60},)"
    r"\s*(?=(?:(?:en|maar|and|but)\s+)?(?:(?:om|in|met|bij|uit|van|voor|op|door|aan|tot|vanaf|sinds|per|from|with|by|for)\s+)?"
    r"(?:wie|wat|welke?|waar\w*|wanneer|waarom|hoe|hoeveel|who|what|which|where|when|why|how)\b)", re.I)


CHECKED_FIRST = re.compile(r"^\s*klopt\s+(?:dat|het)\s*,?\s+(?=en\s)", re.I)  # "...; klopt dat en hoeveel procent is het?"


# A question whether something exists that tells what the asker wants to know ("Bestaat er een rekenhulp die laat zien
# hoeveel geld ik overhoud ...?", "Is there a tool that shows how much ...?"): the answer names the thing, no amount
EXISTS_THAT = re.compile(r"^\s*(?:bestaat|bestaan|is|zijn|komt|komen|heeft|hebben|biedt|bieden|is\s+there|are\s+there|does|do)\s+"
                         r"(?:[\w'-]+\s+){1,6}?(?:die|dat|waarmee|which|that|to)\s+(?:[\w'-]+\s+){0,4}?"
                         r"(?:laat|laten|toont|tonen|berekent|berekenen|uitrekent|uitrekenen|shows?|calculates?|works?\s+out)\b"
                         r"[^?]*\b(?:hoeveel|how\s+much|how\s+many)\b", re.I)


# "Noem de zes gemeenten ...", "List the countries ...": which ones
NAME_THE = re.compile(r"^\s*(noem|geef|name|list)\s+(?:eens\s+)?(?:de|alle|the|all\s+(?:the\s+)?)\s*"
                      r"(?=(?:[\w-]+\s+)?(?:gemeenten|steden|plaatsen|provincies|landen|lidstaten|organisaties|partijen|instanties|ministeries|"
                      r"municipalities|cities|towns|countries|member\s+states|organi[sz]ations|parties|bodies|ministries)\b)", re.I)


def asked_type(question: str, sidx: "SentenceIndex | None" = None):
    """How to recognise the kind of answer the question word asks for (an amount, a number, a date, a person with
    `sidx`, a name, a place): an object with `search(text)`, or None. A question after a statement is read from its
    question word on."""
    question = OPENING_CONJUNCTION.sub("", STRESSED_VOOR.sub(r"\1oor", question), count=1)
    question = CONDITION_FIRST.sub("", question, count=1)  # ("When the alliance helps shape ..., what will it take into account?")
    if EXISTS_THAT.match(question):
        return None  # whether there is something that shows how much: not how much
    question = NAME_THE.sub(lambda m: "Which " if m.group(1).lower() in ("name", "list") else "Welke ", question, count=1)
    pattern = next((pattern for asks, pattern in ANSWER_TYPES if asks.search(question)), None)
    if pattern is None and (lead := LEAD_STATEMENT.match(question) or LEAD_SENTENCE.match(question) or LEAD_TOPIC.match(question)):
        question = OPENING_CONJUNCTION.sub("", CHECKED_FIRST.sub("", question[lead.end() :], count=1), count=1)
        pattern = next((pattern for asks, pattern in ANSWER_TYPES if asks.search(question)), None)
    if pattern is None and COMPARISON_ASKED.search(question):  # (last: "Our nurses ... how much more often ...?" asks a figure)
        pattern = COMPARED
    if sidx is not None and PERSON_ASKED.search(question):
        return PersonName(sidx.lowercase_words, frozenset(CAPITALISED_WORD.findall(question)))
    if isinstance(pattern, OtherActor):
        return pattern.for_question(question, sidx.lowercase_words if sidx is not None else frozenset())
    return pattern.for_question(question) if isinstance(pattern, (OtherPlace, NamedAddress)) else pattern


# The frame of a letter to the Kamer: "Geachte voorzitter, Met deze brief informeer ik uw Kamer over ...",
# "Hierbij ontvangt u de antwoorden op ..." says what the letter is about, not what it says.
LETTER_FRAME = re.compile(
    r"^\s*(geachte\s+[\w ]{0,30},\s*)?((met|in|via)\s+deze\s+brief\s+(informeer|wil|geef|stuur|bied|reageer|ga)\w*\b|"
    r"hierbij\s+(ontvangt|stuur|zend|bied|informeer)|"
    r"graag\s+(informeer|bied)\s+ik\b)",
    re.I,
)


def is_filler(sentence: str, question: str = "") -> bool:
    """A sentence that frames instead of saying something: a lead-in ending in a colon, a fragment, or the frame of
    a letter ("Met deze brief informeer ik uw Kamer over ..."), unless the question asks who asked what the frame
    answers and the frame says so (`ASKED_BY_MEMBERS`)."""
    words = sentence.split()
    return (sentence.rstrip().endswith(":") or len(words) < MIN_WORDS
            or bool(LETTER_FRAME.search(sentence) and not (ASKED_BY_MEMBERS.search(sentence) and ASKERS_ASKED.search(question))))


# A frame that says who asked the questions it answers ("... de antwoorden aan op de schriftelijke vragen die zijn gesteld
# door de leden Westerveld en Kathmann (beiden GroenLinks-PvdA) ..."), for a question about the askers ("Welke
# Kamerleden hebben de vragen gesteld?"): then a statement, not a filler
ASKED_BY_MEMBERS = re.compile(r"\bgesteld\s+door\s+(?:de\s+leden|het\s+lid)\b", re.I)
ASKERS_ASKED = re.compile(r"\b(?:kamerleden|kamerlid|leden|fracties?|partij|gesteld|ingediend|ingezonden|vroegen"
                          r"|mps?|members|asked|submitted|tabled)\b", re.I)


@dataclass(frozen=True)
class Calibration:
    """Logistic regression of P(the documents answer the question) on the answer's features, fitted on dev."""

    weights: dict[str, float]
    bias: float
    threshold: float
    embedder: str = ""

    def probability(self, x: dict[str, float]) -> float:
        z = self.bias + sum(w * x.get(name, 0.0) for name, w in self.weights.items())
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


DEFAULT_CALIBRATION = Calibration(
    weights={"dense_top": 12.0, "lexical_coverage_nl": 3.0, "constraints_missing": -4.0, "rare_term_missing_nl": -1.0},
    bias=-10.0,
    threshold=0.5,
)


@lru_cache(maxsize=1)
def load_calibration(path: Path = CALIBRATION_FILE) -> Calibration:
    if not path.is_file():
        return DEFAULT_CALIBRATION
    data = json.loads(path.read_text(encoding="utf-8"))
    if "weights" not in data:  # a file from before the multi-feature calibration
        return DEFAULT_CALIBRATION
    return Calibration(data["weights"], data["bias"], data["threshold"], data.get("embedder", ""))


@dataclass(frozen=True)
class ScoredSentence:
    row: int  # passage row in the index
    start: int  # offsets inside the passage text
    end: int
    score: float
    lexical: float
    dense: float


@dataclass
class AnswerDraft:
    sentences: list[ScoredSentence]
    hits: list  # SearchHit
    features: dict[str, float]
    confidence: float
    abstained: bool
    language: str = "nl"
    resolved: Resolved | None = None


class SentenceIndex:
    """Per-passage sentence rows and term statistics, computed once per loaded index."""

    def __init__(self, index, stemmer: str):
        self.index = index
        self.stemmer = stemmer
        self.rows_of: dict[int, list[int]] = {}
        for i, (row, _s, _e) in enumerate(index.sentences):
            self.rows_of.setdefault(int(row), []).append(i)
        self.lowercase_words = frozenset(w for p in index.passages for w in re.findall(r"\b[a-zà-ÿ]{3,}\b", p.text))
        # the words the documents write after "het" (nouns and adjectives of het-words: "het kabinet", "het nieuwe"):
        # in a question, "het" before another word is the pronoun ("Sinds wanneer krijgt het vorm?")
        self.after_het = frozenset(m.lower() for p in index.passages for m in re.findall(r"\b[Hh]et\s+([a-zà-ÿ-]+)", p.text))
        df: dict[str, int] = {}
        for p in index.passages:
            for t in set(tokenize(p.ranking_text(), stemmer)):
                df[t] = df.get(t, 0) + 1
        n = len(index.passages)
        self.idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        self.default_idf = math.log(1 + (n + 0.5) / 0.5)

    def terms(self, text: str, query: bool = False) -> set[str]:
        return set(tokenize(text, self.stemmer, query=query, vocabulary=self.idf if query else None))

    @cached_property
    def light_terms(self) -> frozenset[str]:
        """The terms of the words without content of their own (`rag.coverage.LIGHT`: light verbs, attribution)."""
        return frozenset(self.terms(" ".join(LIGHT)))

    def weight(self, terms: set[str]) -> float:
        return sum(self.idf.get(t, self.default_idf) for t in terms)

    def coverage(self, wanted: set[str], have: set[str]) -> float:
        """IDF-weighted share of the `wanted` terms found in `have`."""
        return self.weight(wanted & have) / (self.weight(wanted) or 1.0)

    def sentences(self, row: int):
        """(position, sentence row, start, end) of the sentences of passage `row`, offsets inside its text."""
        for pos, srow in enumerate(self.rows_of.get(row, [])):
            _, s, e = (int(x) for x in self.index.sentences[srow])
            yield pos, srow, s, e


SENTENCE_FEATURES = ("lexical", "dense", "dense_rel", "rank_inv", "number", "type_match", "type_asked", "filler", "reference",
                     "reference_asked", "list_asked", "list_match", "passage_gap")
# A question that asks for several things ("Welke drie partijen ...", "Welke organisaties ...", "Who are ...") is
# answered by an enumeration ("... tussen het Consortium Zelfbeschikking, LCC+ en Movisie").
LIST_ASKED = re.compile(
    r"^\s*(welke|which)\s+(\w+\s+)?\w+(en|s)\b|^\s*(wie zijn|who are)\b|"
    r"\b(welke|which)\s+(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
    re.I,
)
ENUMERATION = re.compile(r",[^,]+\s(en|and)\s")


def is_enumeration(sentence: str) -> bool:
    return sentence.count(",") >= 2 or bool(ENUMERATION.search(sentence))

# Framing and references that never answer: a bibliography entry "Onderwijsraad (2020): Een verkenning ...",
# a parliamentary reference "Kamerstukken II 2024/2025, 34843, nr. 120", a bare link.
REFERENCE = re.compile(r"\(\d{4}[a-z]?\)\s*[:.]|^\s*(Kamerstukken|Handelingen|Aanhangsel|Stb\.|Stcrt\.)\b|\bnr\.\s*\d+\s*\.?$|https?://|www\.", re.I)

# What a text cites or refers to: "Which weekly does the note cite ...?", "het onderzoek waar het kabinet naar verwijst"
CITES_ASKED = r"\b(cite[sd]?|citing|verwijst|verwijzen|verwezen|aanhaalt|aangehaald)\b|\b(haalt|halen|haalde)\b[^?]*\baan\b"
# A question that asks for a source: then a reference line is the answer.
# what a statement rests on: "waar baseren ze dat op?", "waarop is dat gebaseerd?", "what is that based on?"
# where a figure or a finding comes from ("where does that picture come from?")
WHERE_FROM = (r"\bwhere(?:['’]s|\s+is|\s+are|\s+do(?:es)?) (the|these|those|that|this) ([\w-]+ )?(figures?|numbers?|data|statistics?|picture|image|view|findings?|conclusions?|assessment)\b"
              # (the figure itself: "Where does that 43% come from?", "Where's the 4.50 from?")
              r"|\bwhere(?:['’]s|\s+is|\s+does|\s+did|\s+do)\s+(?:(?:the|that|this)\s+)?[€$]?\s?\d[\d.,]*\s?(?:%|percent|per\s+cent)?(?:\s+[\w-]+)?\s+(?:come\s+)?from\b")
BASED_ON = (r"\bwaar(op)?\b[^?]*\b(baseren|baseert|baseerde|baseerden|gebaseerd)\b|\bwhat (is|was|are|were) (that|this|it|those|these) based on\b"
           # ("Op welk onderzoek baseren ze dat?", "Which study is that based on?")
           r"|\bop welke? ([\w-]+ )?(onderzoek|rapport|studie|bron|bronnen|cijfers|gegevens|monitor|peiling)\b[^?]*\b(baseren|baseert|baseerde|baseerden|gebaseerd)\b"
           r"|\b(which|what) ([\w-]+ )?(study|report|research|survey|source|data|figures)\b[^?]*\bbased on\b"
           # who says a figure just given: its source ("wie zegt dat?", "volgens wie?"; an English "says who?" is answered by
           # the sentence that names who, as the dev dialogues have it)
           r"|^\s*(?:en\s+|maar\s+)?(?:wie\s+(?:zegt|beweert|stelt)\s+(?:dat|dit|het|dat\s+eigenlijk)|volgens\s+wie)\s*\??\s*$")
# the parliamentary paper a document is in ("In welk Kamerstuk staat ...?", "kamerstuknummer ...?", "parliamentary paper")
PAPER_ASKED = (r"\bkamerstuk\w*|\bparliamentary (?:paper|document) (?:number|reference)"
               # a law's number, official title or the law a plan follows, which a footnote gives ("Om welke richtlijn gaat
               # het precies: welk nummer en van welke datum?", "Op welke Europese regels sluit het aan?")
               r"|\bwelk (?:nummer|kenmerk)\b|\bofficiële (?:naam|titel)\b|\bofficial (?:name|title)\b"
               r"|\b(?:op|aan|bij) welke (?:europese |eu-)?(?:regels|wetgeving|wet|richtlijn|verordening)\b"
               r"|\b(?:directive|regulation)(?:'s)? (?:number|reference)\b|\bwhich (?:eu |european )?(?:directive|regulation|rules|legislation) (?:exactly|precisely)\b")
# who wrote a source, the year it is from, or the footnote itself ("Who were the authors of that study?", "Uit welk jaar
# is dat advies?", "The footnote should list them")
SOURCE_DETAIL = (r"\b(authors?|auteurs?|co-?auteurs?)\b|\b(footnotes?|voetnoot|voetnoten)\b|"
                 r"\b(uit|van) welk jaar\b.*\b(advies|rapport|onderzoek|studie|publicatie|monitor|analyse)\b|"
                 r"\b(what|which) year\b.*\b(advice|report|study|publication|survey)\b|"
                 # who delivers a figure ("Welke instantie levert dat cijfer, en uit welk jaar?", "Uit welk jaar stammen die
                 # cijfers, en wie heeft ze verzameld?", "Van welke organisatie komt dat onderzoek?"; not the year alone: "Uit
                 # welk jaar komen die cijfers?" is answered by the sentence that gives them)
                 r"\b(welke|van welke|uit welke) (instantie|organisatie|instelling|bureau)\b.*\b(levert|leverde|leveren|publiceert|publiceerde|"
                 r"verzamel\w*|komt|kwam|komen|afkomstig)\b|\bwie\b.*\b(verzameld|verzamelde|verzamelden|verzamelt)\b|"
                 r"\bwhich (organi[sz]ation|institute|body|agency)\b.*\b(provides?|provided|collects?|collected|publishe[sd]|comes? from)\b|"
                 # a law's official designation is its footnote ("Richtlijn (EU) 2024/1385 van ... 14 mei 2024")
                 r"\bofficiële (aanduiding|naam|titel|benaming|nummer)\b|\b(nummer|kenmerk|vindplaats)\b[^?]*\b(richtlijn|verordening)\b|"
                 r"\bofficial (designation|name|title|number|reference)\b|\b(number|reference) of the (directive|regulation)\b")
# Which law exactly, often named in a footnote: "Op welke Europese regelgeving moet het aansluiten?", "which EU instrument
# is that?" (asks for a source, and for the footnote of the sentence that refers to it)
LAW_NAME_ASKED = (r"\b(welke?|op welke?|aan welke?) (europese |eu-)?(regelgeving|wetgeving|richtlijn)\b|"
                  r"\b(which|what) (eu |european )?(instrument|directive|legislation|legal act)\b")
SOURCE_ASKED = re.compile(
    WEB_PLACE_ASKED + "|" +
    (r"\b(welke?|uit welke?|in welke?|op welke?|van welke?) ([\w]+-)?(motie|enquête|onderzoek|rapport|analyse|studie|bron|website|advies|"
    r"(?<=-)stuk|(?<=-)document|"
    r"handreiking|publicatie|normen|hoofdstuk|monitor|brief)|\bbron\b|\bwebsite\b|\bvan wie\b|\bwie schre|"
    r"\b(which|what|in which) ((?-i:[A-Z]{2,})[\w-]*\s+)?(report|study|survey|source|website|motion|analysis|advice|publication|standards|chapter)|\bsource\b|\bwho wrote\b|"
    + LAW_NAME_ASKED + "|" +
    # who made a study or report: "door welke organisatie", "Welke bureaus hebben de monitor gemaakt?"
    r"\bdoor (wie|welke?)\b|\bby (whom|which)\b|") + CITES_ASKED + (
    r"|\b(wie|welke?|who|which)\b.*\b(gemaakt|opgesteld|uitgevoerd|geschreven|gepubliceerd|uitgebracht|gemeten|geteld|made|wrote|written|conducted|published|released|issued|carried out|measured|counted)\b|"
    r"\b(wie|welke?)\b.*\b(bracht|brachten)\b.*\buit\b|"
    # who did the research: "wie onderzochten ...", "wie deed dat onderzoek", "welke instantie heeft dat onderzocht",
    # "Who was behind the 2024 report", "Which organisation produced the study"
    r"\bwie\b.*\b(onderzocht(en)?|deed|deden|maakten?|schreven?)\b.*\b(onderzoek|rapport|studie|analyse|enquête)|"
    r"\b(wie|welke (onderzoekers?|instantie|instelling|organisatie|bureau))\b.*\bonderzocht(en)?\b|\bwelke onderzoekers\b|"
    r"\bwho\b.*\b(produced|was behind|were behind|is behind|researched|compiled|did (the|that|this) (study|research|report|survey))\b|"
    r"\b(which|what) (organi[sz]ation|institute|institution|body|agency|researchers?)\b.*\b(produced|did|compiled|behind)\b|"
    r"\b(which|what) (\d{4} )?(report|study|survey|research)\b|" + SOURCE_DETAIL + "|"
    # where a figure comes from, where a document refers to: "waar komen die cijfers vandaan?", "EUR-Lex reference"
    r"\bwaar (komt|komen)\b.*\bvandaan\b|" + WHERE_FROM + r"|"
    r"\b(hfst|hoofdstuk|chapter)\b|\breference\b|\b(geciteerd|aangehaald|cited|cites|quoted)\b|" + BASED_ON + "|" + PAPER_ASKED),
    re.I,
)


# The number of a parliamentary paper ("Kamerstukken II 2024/2025, 36600-VIII, nr. 38"), a source line ("Bron: CBS
# (2023): Slachtoffers moord en doodslag.") or a bare link: a
# bibliography entry ("College voor de Rechten van de Mens (2020): Zwanger en werk ...") does name who did a study.
PAPER_REFERENCE = re.compile(r"^\s*(Kamerstukken|Handelingen|Aanhangsel|Stb\.|Stcrt\.|Bron(?:nen)?\s*:)|\bnr\.\s*\d+\s*\.?\s*$|^\s*(https?://|www\.)\S+\s*$", re.I)


SOURCE_SLACK = 5  # passages asked of the search beyond k, for the footnotes among them that only name a source


def names_a_source_only(passage) -> bool:
    """A footnote that is only a paper's number, a link or a title with its author and year ("EPF for Sexual &
    Reproductive Rights (2021): Tip of the Iceberg ..."): its words can resemble an English question's, but it answers
    nothing but a question for a source."""
    text = passage.text.strip()
    return passage.kind == "footnote" and bool(
        PAPER_REFERENCE.search(text) or is_title(text, passage) or (REFERENCE.search(text) and not text.endswith(".")))


def is_reference(sentence: str) -> bool:
    return bool(REFERENCE.search(sentence))


def is_title(sentence: str, passage) -> bool:
    """A footnote that is only a title ("OCW in cijfers, Kerncijfers en indicatoren Emancipatie: Loonkloof m/v bij
    overheid en bedrijfsleven"): it names a source on the subject and says nothing about it. A footnote that lists
    names ("Gemeenten Roosendaal, Uithoorn, ... en Rotterdam") is kept: it can answer "welke gemeenten"."""
    text = sentence.strip()
    if passage.kind == "footnote" and " | " in text:
        return True  # a web page's title ("Declaration of Austria, Belgium, ... | Diplomatic statement | Government.nl")
    return passage.kind == "footnote" and not text.endswith((".", "!", "?")) and text.count(",") < 2


# A letter's signature (`rag.coverage.SIGNATORY`, a line without a sentence's punctuation: "De staatssecretaris van
# Binnenlandse Zaken en Koninkrijksrelaties ..."): who signed, which answers only a question about who wrote, signed or sent it
SIGNER_ASKED = re.compile(r"\b(ondertek\w*|getekend|tekent|tekende|tekenden|handtekening\w*|signed|signs|signature\w*|signator\w*|afzender|sender|"
                          r"namens wie|on behalf of whom)\b|"
                          r"\b(wie|who)\b.*\b(beantwoord\w*|verstuurd|verzonden|gestuurd|stuurde|stuurden|schreef|schreven|answered|sent|wrote|replied)\b", re.I)


def is_signature(sentence: str, question: str) -> bool:
    """A signature line (SIGNATORY) where the question does not ask who signed, sent or wrote (SIGNER_ASKED)."""
    return (SIGNATORY.match(sentence) is not None and not re.search(r"[.!?;:]", sentence) and len(sentence.split()) <= 25
            and not SIGNER_ASKED.search(question))


FOLLOW_UP = "followup"  # the sentence model's group for a question resolved from the conversation


def sentence_group(language: str) -> str:
    return "nl" if language == "nl" else "en"


@dataclass(frozen=True)
class SentenceModel:
    """How a candidate sentence is scored: a logistic model per question language ("nl", "en") over
    SENTENCE_FEATURES, fitted on the dev split (`rag eval --calibrate`, rag/sentence_model.json); and one for
    follow-up questions (FOLLOW_UP, over FOLLOW_UP_FEATURES, fitted on the dev dialogues).
    `score` is the probability that the sentence holds the answer."""

    weights: dict[str, dict[str, float]]
    bias: dict[str, float]
    keep_ratio: float  # further sentences need at least this share of the best one's chance

    def has(self, group: str) -> bool:
        return group in self.weights and group in self.bias

    def score(self, x: dict[str, float], group: str) -> float:
        """The probability for features `x` under the model of `group` (see `sentence_group`)."""
        z = self.bias[group] + sum(w * x.get(name, 0.0) for name, w in self.weights[group].items())
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


# Hand-set weights (the scorer before the fit), used when rag/sentence_model.json is missing.
DEFAULT_SENTENCE_MODEL = SentenceModel(
    weights={
        "nl": {"lexical": 2.7, "dense_rel": 2.1, "rank_inv": 1.8, "number": 0.6, "type_match": 1.8, "filler": -1.5, "reference": -1.5, "reference_asked": 1.0},
        "en": {"lexical": 0.3, "dense_rel": 4.5, "rank_inv": 1.8, "number": 0.6, "type_match": 1.8, "filler": -1.5, "reference": -1.5, "reference_asked": 1.0},
    },
    bias={"nl": -3.0, "en": -3.0},
    keep_ratio=0.65,
)
SENTENCE_MODEL_FILE = Path(__file__).with_name("sentence_model.json")
# When the model file has no FOLLOW_UP group (the scorer before its fit), a follow-up's sentences are scored by the
# question-language model with two hand-set shifts: a follow-up should not get the previous answer again (its
# sentences lose REPEAT_LOGIT), and it is mostly answered next to what was just quoted (212 of the 219 dev follow-ups:
# the gold passage is within two passages of the previous turn's; those sentences gain NEAR_LOGIT; log-odds).
REPEAT_LOGIT = 2.0
NEAR_LOGIT = 1.5
# What the FOLLOW_UP group scores beyond SENTENCE_FEATURES: the sentence is in or next to a passage the previous answer
# quoted ("near"); it was quoted and has nothing the follow-up asks anew ("repeat"); its closeness in meaning to the
# follow-up's own words, without the carried topic ("own_dense", and relative to the other candidates, "own_rel"); it
# comes right after or right before a quoted sentence ("follows", "precedes": "En daarna?" is answered by what follows).
FOLLOW_UP_FEATURES = SENTENCE_FEATURES + ("near", "repeat", "own_dense", "own_rel", "follows", "precedes")
NEXT_CHARS = 250  # "follows"/"precedes": within this many characters of a quoted sentence (the next sentence or two)


@dataclass(frozen=True)
class FollowUp:
    """What a follow-up's sentences are scored against: the previous answer (`said`), the passage rows it quoted and
    their neighbours (`near`), the terms the follow-up asks anew (`fresh`, see `fresh_terms`), and the follow-up's own
    words embedded without the carried topic (`own_vector`)."""

    said: str
    near: frozenset[int]
    fresh: frozenset[str]
    own_vector: np.ndarray


@lru_cache(maxsize=1)
def load_sentence_model(path: Path = SENTENCE_MODEL_FILE) -> SentenceModel:
    if not path.is_file():
        return DEFAULT_SENTENCE_MODEL
    data = json.loads(path.read_text(encoding="utf-8"))
    return SentenceModel(data["weights"], data["bias"], data.get("keep_ratio", DEFAULT_SENTENCE_MODEL.keep_ratio))


@dataclass(frozen=True)
class Candidate:
    """A sentence of a retrieved passage with its features (before scoring)."""

    row: int
    start: int
    end: int
    features: dict[str, float]
    sentence_row: int  # its row in the sentence index (its embedding)


def sentence_candidates(
    engine, question: str, hits, qv: np.ndarray, language: str, follow_up: FollowUp | None = None
) -> tuple[list[Candidate], float]:
    """Every sentence of the hits with its features; and the best lexical coverage of the question by one sentence.
    For a follow-up, the FOLLOW_UP_FEATURES are added."""
    sidx: SentenceIndex = engine.sentence_index
    # (a Dutch question's everyday words also as the documents say them: "ministeries" is "departementen")
    q_terms = sidx.terms(with_document_terms(question) if language == "nl" else question, query=True)
    q_numbers = set(NUMBER.findall(question))
    wants = asked_type(question, sidx)
    source_asked = bool(SOURCE_ASKED.search(question))
    list_asked = bool(LIST_ASKED.search(question))
    rows = [(hit, pos, srow, s, e) for hit in hits for pos, srow, s, e in sidx.sentences(engine.row_of[hit.passage.passage_id])]
    if not rows:
        return [], 0.0
    dense = sidx.index.answer_vectors[[r[2] for r in rows]] @ qv  # each sentence embedded after its heading
    lo, hi = float(dense.min()), float(dense.max())
    dense_rel = (dense - lo) / (hi - lo) if hi - lo > 1e-6 else np.zeros_like(dense)
    english = language != "nl"  # an English question shares no words with the documents
    top_score = hits[0].score
    out: list[Candidate] = []
    best_coverage = 0.0
    previous: set[str] = set()
    for (hit, pos, srow, s, e), d, d_rel in zip(rows, dense, dense_rel):
        sentence = hit.passage.text[s:e]
        if not source_asked and (is_title(sentence, hit.passage) or PAPER_REFERENCE.search(sentence)):
            continue  # a source's title, a parliamentary paper's number or a link is no answer unless a source is asked for
        if is_signature(sentence, question):
            continue  # nor is a signature, unless who signed is
        own = sidx.terms(sentence)
        context = (previous if pos > 0 else set()) | sidx.terms(hit.passage.section.split(" > ")[-1])
        previous = own
        coverage = sidx.coverage(q_terms, own)
        coverage = (1 - W_CONTEXT) * coverage + W_CONTEXT * sidx.coverage(q_terms, own | context)
        best_coverage = max(best_coverage, coverage)
        x = {
            "lexical": 0.0 if english else coverage,
            "dense": float(d),
            "dense_rel": float(d_rel),
            "rank_inv": 1.0 / hit.rank,
            "passage_gap": top_score - hit.score,  # how far the passage's fused score is behind the best (rank alone overstates a near tie)
            "number": len(q_numbers & set(NUMBER.findall(sentence))) / len(q_numbers) if q_numbers else 0.0,
            "type_match": 1.0 if wants is not None and wants.search(sentence) else 0.0,
            "type_asked": 1.0 if wants is not None else 0.0,
            "filler": 1.0 if is_filler(sentence, question) else 0.0,
            "reference": 1.0 if not source_asked and is_reference(sentence) else 0.0,
            "reference_asked": 1.0 if source_asked and is_reference(sentence) else 0.0,
            "list_asked": 1.0 if list_asked else 0.0,
            "list_match": 1.0 if list_asked and is_enumeration(sentence) else 0.0,
        }
        out.append(Candidate(engine.row_of[hit.passage.passage_id], s, e, x, srow))
    if follow_up is not None:
        add_follow_up_features(engine, out, follow_up)
    return out, best_coverage


def add_follow_up_features(engine, candidates: list[Candidate], follow_up: FollowUp) -> None:
    """The FOLLOW_UP_FEATURES of each candidate (added to its features in place). A sentence of the previous answer is
    a repeat unless it has a term the follow-up asks anew, the number it asks about, or the list it asks for."""
    if not candidates:
        return
    sidx: SentenceIndex = engine.sentence_index
    passages = engine.index.passages
    vectors = sidx.index.answer_vectors[[c.sentence_row for c in candidates]]
    own = vectors @ follow_up.own_vector
    lo, hi = float(own.min()), float(own.max())
    own_rel = (own - lo) / (hi - lo) if hi - lo > 1e-6 else np.zeros_like(own)
    at = [(passages[c.row].doc_id, passages[c.row].char_start + c.start, passages[c.row].char_start + c.end) for c in candidates]
    quoted = {a for a, c in zip(at, candidates)
              if c.end - c.start >= MIN_QUOTE_CHARS and passages[c.row].text[c.start : c.end] in follow_up.said}
    for (doc, a, b), c, d, d_rel in zip(at, candidates, own, own_rel):
        text = passages[c.row].text[c.start : c.end]
        repeat = (text in follow_up.said and not sidx.terms(text) & follow_up.fresh and c.features["number"] < 1.0
                  and not (c.features["list_match"] and c.features["type_match"]))  # ("Welke organisaties voeren dat uit?":
        # the list of what is asked that the answer gave)
        new = not any(qd == doc and qa == a for qd, qa, _ in quoted)  # (overlapping passages hold a sentence twice)
        c.features.update({
            "near": 1.0 if c.row in follow_up.near else 0.0,
            "repeat": 1.0 if repeat else 0.0,
            "own_dense": float(d),
            "own_rel": float(d_rel),
            "follows": 1.0 if new and any(qd == doc and 0 <= a - qb <= NEXT_CHARS for qd, _, qb in quoted) else 0.0,
            "precedes": 1.0 if new and any(qd == doc and 0 <= qa - b <= NEXT_CHARS for qd, qa, _ in quoted) else 0.0,
        })


def score_sentences(
    engine, question: str, hits, qv: np.ndarray, language: str, follow_up: FollowUp | None = None
) -> tuple[list[ScoredSentence], float]:
    """Every sentence of the hits, scored by the sentence model, best first; and the best lexical coverage.
    A follow-up's sentences are scored by the model's FOLLOW_UP group (or, without one, with the hand-set shifts)."""
    candidates, best_coverage = sentence_candidates(engine, question, hits, qv, language, follow_up)
    model = load_sentence_model()
    fitted = follow_up is not None and model.has(FOLLOW_UP)
    out = []
    for c in candidates:
        p = model.score(c.features, FOLLOW_UP if fitted else sentence_group(language))
        if follow_up is not None and not fitted:
            p = shifted(p, NEAR_LOGIT if c.row in follow_up.near else 0.0)
            if c.features["repeat"]:  # said before, unless it has what is asked anew (a term, a year or number)
                p = shifted(p, -REPEAT_LOGIT)
        out.append(ScoredSentence(c.row, c.start, c.end, p, c.features["lexical"], c.features["dense"]))
    out.sort(key=lambda x: -x.score)
    return out, best_coverage


def fresh_terms(sidx: SentenceIndex, question: str, history: list[Turn]) -> frozenset[str]:
    """The terms a follow-up asks that the previous question did not, in the documents' words ("And with the police?"
    after a question on the reports to the antidiscrimination offices: politie). A sentence of the previous answer with
    one of them answers the follow-up anew ("... bij de politie ... steeg van 2545 naar 2745")."""
    if not history:
        return frozenset()
    return frozenset(sidx.terms(expand(question), query=True) - sidx.terms(expand(history[-1].question), query=True))


def shifted(p: float, logit: float) -> float:
    """The probability `p` with `logit` added to its log-odds."""
    return p if logit == 0.0 else p / (p + (1 - p) * math.exp(-logit))


def rare_term_missing(sidx: SentenceIndex, question: str, hits) -> float:
    """The rarest question word that the top passages lack, as a share of the largest IDF (0: none missing).

    Unanswerable questions tend to name something the documents do not have ("in 2027", "defensiebudget")."""
    have: set[str] = set()
    for h in hits:
        have |= sidx.terms(h.passage.ranking_text())
    # (a light verb is no thing the documents may lack: "... om meer vrouwen de politiek in te krijgen?")
    missing = [sidx.weight({t}) for t in sidx.terms(question, query=True) - have - sidx.light_terms]
    return max(missing, default=0.0) / sidx.default_idf


def select(scored: list[ScoredSentence], max_sentences: int, passages) -> list[ScoredSentence]:
    """The best sentence first, then others that score close to it, in text order within their passage.
    A sentence is quoted once: overlapping passages hold the same sentence twice."""
    if not scored:
        return []
    best = scored[0]
    chosen = [best]
    quoted = {passages[best.row].text[best.start : best.end]}
    floor = load_sentence_model().keep_ratio * best.score
    for cand in scored[1:]:
        if len(chosen) >= max_sentences or cand.score < floor:
            break
        text = passages[cand.row].text[cand.start : cand.end]
        if text in quoted:
            continue
        quoted.add(text)
        chosen.append(cand)
    first_seen: dict[int, int] = {}
    for c in chosen:
        first_seen.setdefault(c.row, len(first_seen))
    rest = sorted(chosen[1:], key=lambda c: (first_seen[c.row], c.start))
    return [best] + rest


LEAD_IN = re.compile(
    r":\s*$|\b(twee|drie|vier|vijf|zes|zeven|\d+)\s+(groepen|pijlers|prioriteiten|doelen|sporen|onderdelen|lijnen|"
    r"thema'?s|maatregelen|stappen|punten|categorieën|redenen|vormen|manieren|terreinen|acties|onderwerpen)\b|"
    r"\bde volgende\b|\bhet volgende\b",
    re.I,
)


# A sentence that goes on about what the sentence before it said: "Eén van deze netwerken is Roze in Blauw ...
# Zo zorgen ze voor meer ervaringsdeskundigheid bij de politie."
# ... or names what the sentence before listed: "De volwaardige maatschappelijke deelname van deze groepen maakt geen
# deel uit van het emancipatiebeleid" after "praktisch opgeleiden, mensen uit krimpregio's en sprekers van spreektalen"
NAMES_THE_LIST_BEFORE = re.compile(r"^[^.;:]{0,60}\b(deze|die|beide) (groepen|mensen|personen|organisaties|partijen)\b", re.I)
POINTS_BACK = re.compile(r"^\W*((in|bij|op|met|voor|van|uit|aan|onder)\s+(deze|dit|die|dat)|ze|zij|het|dit|deze|die|zo|daarom|daardoor|hierdoor|daarmee|hiermee|daarbij|hierbij|daarnaast|daarvoor|hiervoor|daarin|hierin)\b", re.I)


def next_in_passage(c: ScoredSentence, scored: list[ScoredSentence], passages) -> ScoredSentence | None:
    """The sentence after `c` in its passage; when `c` ends its passage, the one after it in an overlapping passage."""
    after = min((s for s in scored if s.row == c.row and s.start >= c.end), key=lambda s: s.start, default=None)
    if after is not None:
        return after
    sentence = passages[c.row].text[c.start : c.end]
    for row in dict.fromkeys(s.row for s in scored if s.row != c.row):
        at = passages[row].text.find(sentence)
        if at >= 0:
            return min((s for s in scored if s.row == row and s.start >= at + len(sentence)), key=lambda s: s.start, default=None)
    return None


# A best sentence that cannot stand alone: "Deze methode richt zich op ...", "Dit is sinds 1 januari 2024 strafbaar."
NEEDS_ANTECEDENT = re.compile(r"^\W*(deze|dit|die|dat|zij|ze|hij)\s", re.I)
# ... and for a question asking why, one that opens with a consequence ("Daarom werk ik samen met ..."): the reason is
# the sentence before it
CONSEQUENCE_OPENER = re.compile(r"^\W*(daarom|hierom|daardoor|hierdoor)\s", re.I)


def previous_in_passage(c: ScoredSentence, scored: list[ScoredSentence]) -> ScoredSentence | None:
    """The sentence before `c` in its passage, if any."""
    return max((s for s in scored if s.row == c.row and s.end <= c.start), key=lambda s: s.start, default=None)


def with_antecedent(chosen: list[ScoredSentence], scored: list[ScoredSentence], passages, reason_asked: bool = False) -> list[ScoredSentence]:
    """The best sentence, when it opens by pointing back ("Deze methode ..."; for a why-question also "Daarom ..."),
    preceded by the sentence it points to (in text order, so the answer reads as the document does); other sentences
    are left as they are."""
    if not chosen:
        return chosen
    best = chosen[0]
    text = passages[best.row].text[best.start : best.end]
    if not NEEDS_ANTECEDENT.search(text) and not (reason_asked and CONSEQUENCE_OPENER.search(text)):
        return chosen
    before = previous_in_passage(best, scored)
    if before is None:
        return chosen
    text = passages[before.row].text[before.start : before.end]
    if POINTS_BACK.search(text):
        return chosen  # the sentence before points further back: it would not make the answer readable
    rest = [c for c in chosen[1:] if passages[c.row].text[c.start : c.end] != text]
    return [before, best] + rest


# The term a definition question asks about: "Wat is een GSA op school?", "Wat zijn GSA's?", "vraagt wat een GSA is"
DEFINED_TERM = re.compile(r"\b(?:wat\s+(?:is|zijn)|what\s+(?:is|are)|what['’]s)\s+(?:(?:een|zo['’]n|de|het|a|an|the)\s+)?([\w+]{2,})"
                          r"|\b(?:wat|what)\s+(?:(?:een|zo['’]n|de|het|a|an|the)\s+)?([\w+]{2,})\s+(?:precies\s+|eigenlijk\s+|exactly\s+)?"
                          r"(?:is|zijn|inhoudt|betekent|means)\b", re.I)
DEFINITION_REACH = 5  # the best-scored sentences among which a definition of the term is looked for


def defines(text: str, term: str) -> bool:
    """`text` says what `term` is: the term, then a definition's words ("Doxing is het verzamelen ...", "Onder
    basisvaardigheden wordt ... verstaan"); not a definition's words before it ("... is een vervolg van de GSA")."""
    m = DEFINITION.search(text)  # (the term as a word of its own: "GSA", "(GSA)"; not "GSA-docentennetwerk")
    return m is not None and find_word(term, text[: m.end()]) is not None


def with_definition_first(chosen: list[ScoredSentence], scored: list[ScoredSentence], passages, question: str) -> list[ScoredSentence]:
    """For "Wat is een GSA?": when the best sentence does not define the term ("Ten slotte bouwt het aan een
    GSA-docentennetwerk ...") and one of the best-scored sentences does ("Onder basisvaardigheden wordt ... verstaan"; "Dit
    is een groep die scholieren kunnen oprichten ..." after "Ook faciliteert COC een netwerk van Gender and Sexuality
    Alliances (GSA)."), the definition goes first, after the sentence that names the term when it points back to it."""
    m = DEFINED_TERM.search(question) if chosen and DEFINITION_ASKED_FOR.search(question) else None
    if m is None:
        return chosen
    term = m.group(1) or m.group(2)
    text = partial(sentence_text, passages)
    if defines(text(chosen[0]), term):
        return chosen
    for c in scored[:DEFINITION_REACH]:
        if (first := definition_at(c, scored, text, term)) is not None:
            said = {text(x) for x in first}
            return first + [x for x in chosen if text(x) not in said][: max(0, len(chosen) - len(first) + 1)]
    return chosen


def definition_at(c: ScoredSentence, scored: list[ScoredSentence], text, term: str) -> list[ScoredSentence] | None:
    """`c` when it defines `term`; `c` after the sentence before it when it defines by pointing back ("Dit is een groep
    ...") and that sentence names the term; else None."""
    if defines(text(c), term):
        return [c]
    if not (NEEDS_ANTECEDENT.search(text(c)) and DEFINITION.match(text(c))):
        return None
    before = previous_in_passage(c, scored)
    return [before, c] if before is not None and find_word(term, text(before)) is not None else None


def sentence_text(passages, s: ScoredSentence) -> str:
    return passages[s.row].text[s.start : s.end]


def with_continuations(chosen: list[ScoredSentence], scored: list[ScoredSentence], passages, limit: int = 2) -> list[ScoredSentence]:
    """A chosen sentence that announces a list ("Er zijn drie groepen vrouwen die ...", "Het gaat om:") is
    followed by the next sentence of its passage, which holds the list itself (at most `limit` added); the best
    sentence is also followed by the next one when that one points back to it ("Zo zorgen ze ...", "Het biedt ...")."""
    out: list[ScoredSentence] = []
    text = partial(sentence_text, passages)
    taken = {text(c) for c in chosen}
    queue = list(chosen)
    added = 0
    while queue:
        c = queue.pop(0)
        out.append(c)
        if added >= limit:
            continue
        following = next_in_passage(c, scored, passages)
        if following is None or text(following) in taken:
            continue
        if LEAD_IN.search(text(c)) or (len(out) == 1 and (POINTS_BACK.search(text(following)) or NAMES_THE_LIST_BEFORE.search(text(following)))):
            queue.insert(0, following)
            taken.add(text(following))
            added += 1
    return out


TYPED_LOOK_AHEAD = 3  # sentences after the best one that may go on about its subject
# a sentence that goes on about the one before by a demonstrative ("Deze pilot ...", "Bij dit overleg ...", "Daarbij ..."),
# not by "het" or "ze", which may start a new subject (a narrower POINTS_BACK)
GOES_ON = re.compile(r"^\W*(((in|bij|op|met|voor|van|uit|aan|onder|naast|tijdens)\s+)?(deze|dit|die|dat)\s|(daar|hier)(bij|in|mee|naast|voor|van|door|op|aan)\b)", re.I)


def following_sentences(engine, c: ScoredSentence, limit: int):
    """Up to `limit` sentences after `c` in its document (unscored): the rest of its passage, then the next passage
    (chunks overlap, so a sentence of the next passage that the current one already has is skipped)."""
    passages, sidx = engine.index.passages, engine.sentence_index
    row, after, out = c.row, c.end, []
    while len(out) < limit and row < len(passages):
        text = passages[row].text
        for _pos, _srow, s, e in sidx.sentences(row):
            if s >= after and (row == c.row or text[s:e] not in passages[c.row].text):
                out.append(ScoredSentence(row, s, e, 0.0, 0.0, 0.0))
                if len(out) >= limit:
                    break
        nxt = row + 1
        if nxt >= len(passages) or passages[nxt].doc_id != passages[row].doc_id:
            break
        row, after = nxt, 0
    return out


SECTION_LOOK_AHEAD = 12  # sentences after the best one in which its section may give the time asked


def with_dated_subject(engine, chosen: list[ScoredSentence], wants, question: str) -> list[ScoredSentence]:
    """When no chosen sentence has the time a "wanneer" question asks for and a later sentence of the best one's section
    gives one for the question's subject, named by its head after an article ("Het streven is dat de alliantie begin
    2026 is opgericht" for "wanneer moet die mannenalliantie er zijn?"), that sentence follows the best."""
    passages = engine.index.passages
    if wants is not A_TIME or not chosen or any(wants.search(sentence_text(passages, c)) for c in chosen):
        return chosen
    heads = {w[-n:] for w in map(str.lower, COMPOUND_HEAD_WORD.findall(question)) for n in range(5, len(w) + 1)}
    section = passages[chosen[0].row].section
    for nxt in following_sentences(engine, chosen[0], SECTION_LOOK_AHEAD):
        if passages[nxt.row].section != section:
            break
        text = sentence_text(passages, nxt)
        # (the subject, not a noun after a preposition: "de voortgangsrapportage ... van de regeringscommissaris")
        if wants.search(text) and any(m.group(1).lower() in heads and not PREPOSITION_BEFORE.search(text[: m.start()])
                                      for m in ARTICLE_NOUN.finditer(text)):
            found = replace(nxt, score=chosen[0].score, lexical=chosen[0].lexical, dense=chosen[0].dense)
            return [chosen[0], found] + [c for c in chosen[1:] if sentence_text(passages, c) != text]
    return chosen


COMPOUND_HEAD_WORD = re.compile(r"(?<![\w-])[a-zà-ÿ]{5,}(?![\w-])")  # a lower-case word whose end may be its head noun
PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:van|voor|bij|met|aan|op|in|over|door|naar|uit|tot|tegen|onder)\s+$", re.I)
ARTICLE_NOUN = re.compile(r"(?<![\w-])(?:de|het|deze|dit)\s+([a-zà-ÿ]{5,})(?![\w-])", re.I)


def with_typed_continuation(engine, chosen: list[ScoredSentence], wants) -> list[ScoredSentence]:
    """When the best sentence lacks what the question asks for (a date, who takes part) and the sentences right after
    the best one go on about its subject ("In deze pilot ...", "Deze pilot zal naar verwachting aan het einde van het
    jaar worden afgerond"; in the next passage: "Bij dit overleg zijn ook de politie ... aangesloten"), the first of them
    that has it follows the best sentence."""
    if wants is None or not chosen:
        return chosen
    passages = engine.index.passages
    if wants.search(sentence_text(passages, chosen[0])):
        return chosen
    section = passages[chosen[0].row].section
    for nxt in following_sentences(engine, chosen[0], TYPED_LOOK_AHEAD):
        text = sentence_text(passages, nxt)
        if not GOES_ON.search(text) or passages[nxt.row].section != section:
            return chosen  # the subject changed
        if wants.search(text):
            found = replace(nxt, score=chosen[0].score, lexical=chosen[0].lexical, dense=chosen[0].dense)  # (ranked with the best)
            return [chosen[0], found] + [c for c in chosen[1:] if sentence_text(passages, c) != text]
    return chosen


def with_named_actor(chosen: list[ScoredSentence], scored: list[ScoredSentence], passages, wants, look_ahead: int = 2) -> list[ScoredSentence]:
    """When no chosen sentence names the organisation the question asks for ("Welke toezichthouders ...?") but one of
    the next `look_ahead` sentences of the best sentence's passage does, that sentence follows the best:
    "... kunnen toezichthouders optreden." is followed by "De AP en het CRM zien erop toe ..."."""
    if not chosen or not isinstance(wants, OtherActor):
        return chosen  # (other kinds: a country in the next sentence is seldom one of those asked for)
    text = partial(sentence_text, passages)
    if wants.search(text(chosen[0])):
        return chosen
    taken = {text(c) for c in chosen}
    following = chosen[0]
    for _ in range(look_ahead):
        following = next_in_passage(following, scored, passages)
        if following is None:
            return chosen
        if text(following) not in taken and wants.search(text(following)):
            return ([chosen[0], following] + chosen[1:])[: max(len(chosen), 2)]  # (in place of the last one)
    return chosen


EN_PLACE_WORDS = frozenset("europe european netherlands dutch brussels hague english parliament government".split())


def english_place(name: str, question: str) -> bool:
    """One capitalised word after "in"/"from" in an English question that the glossary does not translate: a place,
    which keeps its name in Dutch ("municipalities in Friesland")."""
    return (" " not in name and bool(re.search(rf"\b(?:in|from)\s+{re.escape(name)}\b", question))
            and not re.search(rf"\b[A-Z][\w-]*\s+(?:in|from)\s+{re.escape(name)}\b", question)  # (a title's last word: "(Pink in Blue)")
            and not added_terms(name) and fold(name) not in EN_PLACE_WORDS
            and not any(name in m.group(0) for pattern, _nl in GLOSSARY_PATTERNS for m in pattern.finditer(question)))  # ("Change from Within")


# A region or country before what it qualifies ("the EU AI Act", "an EU directive"): it describes the thing asked
# about, which the documents name without it ("de AI-verordening").
QUALIFIED = r"\s+(?:[A-Z][\w-]*|directives?|regulations?|laws?|acts?|rules|strateg(?:y|ies)|roadmap|funds?|polic(?:y|ies)|level)\b"


def adjectival(name: str, question: str) -> bool:
    """The name qualifies the next word in an English question ("EU AI Act"), see QUALIFIED."""
    return bool(re.search(rf"\b{re.escape(name)}{QUALIFIED}", question))


# A value the question pins down must be in a quoted sentence (or its headings), not just elsewhere in its passage:
# "Hoeveel vrouwen zijn er in 2023 ... om het leven gebracht?" is not answered by a sentence on femicide whose passage
# names 2023 in another sentence. Names may be in the passage (a sentence says "de alliantie" for the name above it).
SAID_IN_THE_ANSWER = ("year", "number", "percentage", "amount", "at-least", "at-most", "per-period", "count-of")


def sentence_before(engine, c: ScoredSentence) -> str:
    """The sentence before `c` in its passage ("" for its first)."""
    before = [(s, e) for _pos, _srow, s, e in engine.sentence_index.sentences(c.row) if e <= c.start]
    return engine.index.passages[c.row].text[before[-1][0] : before[-1][1]] if before else ""


def typed_text(engine, chosen: list[ScoredSentence], quoted: list[str], wants) -> list[str]:
    """The texts that must show the kind of answer asked: the quoted sentences; for a finding also the sentence before
    each, which names the study the quoted one goes on with ("Dit blijkt uit de Monitor ... Zo zijn Sinti en Roma in
    het hoger onderwijs ondervertegenwoordigd": what the Monitor found)."""
    return [*quoted, *(sentence_before(engine, c) for c in chosen)] if wants is FINDING else quoted


def answer_features(engine, question: str, language: str, hits, scored, chosen, coverage: float, query_vector: np.ndarray,
                    wants, asked: str) -> dict[str, float]:
    """What the confidence is computed from (see FEATURES); all cheap, all from this request. `wants` is the question's
    `asked_type`; `asked` the question proper, whose constraints count (not the words of the asker's own situation)."""
    passages = engine.index.passages
    rows = list(dict.fromkeys(c.row for c in chosen))
    evidence = (" ".join(passages[r].ranking_text() for r in with_overlapping(passages, rows))
                or " ".join(h.passage.ranking_text() for h in hits[:1]))
    english = language != "nl"
    constraints = question_constraints(asked)
    if english:  # names are translated in an English question ("Safe Cities"): acronyms, countries and places must match
        constraints = [c for c in constraints if c.kind != "name" or (c.text.isupper() and c.text not in GENERIC_ACRONYMS)
                       or (engine.aliases.kind(c.text) in ("country", "region") and not adjectival(c.text, question))
                       or english_place(c.text, question)]  # ("IT" is ICT)
    missing = missing_constraints(constraints, evidence, engine.aliases)
    if any(c.kind == "name" for c in missing) and FIRST_PERSON.search(evidence):
        # the writer's ministry is said in the first person ("Van 2023 tot en met 2027 subsidieer ik de alliantie ...":
        # the state secretary of OCW, the letter's sole signatory)
        signed = " ".join(engine.signatories[d] for d in dict.fromkeys(passages[r].doc_id for r in rows))
        missing = missing_constraints(missing, f"{evidence} {signed}", engine.aliases)
    quoted = [passages[c.row].text[c.start : c.end] for c in chosen]
    nouns = {n for q in quoted for n in nouns_referred_back(q)}
    if named := [c for c in missing if c.kind == "name" and any(n in fold(c.text) for n in nouns)]:
        # "De eerste fase van het programma loopt tot 2029": the programme its section names ("Groeifondsprogramma Meer
        # uren werkt!"), two chunks before (not another name the section has: "in Groningen")
        missing = found_in(missing, named, f"{evidence} {section_text(passages, rows)}", engine.aliases)
    if sourced := [c for c in missing if c.kind == "name" and (c.text.split("-")[0].isupper() or INNER_CAPITAL.fullmatch(c.text)
                                                              or engine.aliases.kind(c.text) == "organisation")]:
        # an organisation as the source, named in the footnotes beside the quote ("de GGD-cijfers uit Amsterdam": "GGD
        # Gezondheidsmonitor Jeugd"); not a place (a footnote's study of "Gelderland" answers no question about it)
        missing = found_in(missing, sourced, f"{evidence} {footnotes_beside(passages, rows)}", engine.aliases)
    said = " ".join([f"{passages[r].section} {passages[r].context or ''}" for r in rows] + quoted)
    missing += missing_constraints([c for c in constraints if c.kind in SAID_IN_THE_ANSWER and c not in missing], said, engine.aliases)
    if VERIFYING.search(question):  # "Klopt het dat ... 18 landen ...?": the passage with the true figure answers it
        missing = corrected(missing, evidence)
    dense = sorted((s.dense for s in scored), reverse=True)
    missing_now = 1.0 if target_for_now(question, quoted) else 0.0
    return {
        "dense_top": dense[0] if dense else 0.0,
        "dense_gap": (dense[0] if dense else 0.0) - engine.background.similarity(query_vector),
        "dense_margin": (dense[0] - dense[min(len(dense) - 1, 9)]) if dense else 0.0,
        "lexical_coverage_nl": 0.0 if english else coverage,
        "constraints_missing": float(len(missing)) + missing_now,
        "answer_type_missing": 1.0 if wants not in (None, *PREFERRED_ONLY) and not any(wants.search(t) for t in typed_text(engine, chosen, quoted, wants)) else 0.0,
        "rare_term_missing_nl": 0.0 if english else rare_term_missing(engine.sentence_index, question, hits[:3]),
        "english": 1.0 if english else 0.0,
    }


SOURCE_FROM = 2  # a question asking for a source also gets the footnotes of this many best passages
# ... when it asks who did a study, where a figure comes from or where something is written (not "welke motie": a
# motion is named in the text, and its footnote is a paper number)
STUDY_SOURCE_ASKED = re.compile(
    r"\bwie\b.*\b(onderzocht(en)?|deed|deden|maakten?|schreven?|gemeten|geteld)\b|\bwelke (onderzoekers?|instantie|instelling|organisatie|bureaus?)\b|"
    # which study a figure comes from ("Uit welk onderzoek komt dat cijfer?", "Van welk rapport is dat?")
    r"\b(uit|van) welke? ([\w]+-)?(onderzoek|rapport|studie|publicatie|monitor|enquête|analyse)\b[^?]*\b(komt|komen|kwam|kwamen|afkomstig|stamt|stammen|is|zijn)\b|"
    r"\bwho\b.*\b(measured|counted)\b|"
    r"\bdoor (wie|welke?)\b|\bvan wie\b|\bbron\b|\bsources?\b|\bwho\b.*\b(wrote|produced|behind|researched|compiled|conducted|did)\b|"
    r"\b(which|what) ((?-i:[A-Z]{2,})[\w-]*\s+)?(organi[sz]ation|institute|institution|body|agency|researchers?|report|study|survey|source)\b|"  # ("Which FRA survey ...?")
    r"\bwaar (komt|komen)\b.*\bvandaan\b|" + WHERE_FROM + r"|"
    r"\b(hfst|hoofdstuk|chapter)\b|\breference\b|\b(geciteerd|quoted)\b|" + CITES_ASKED + "|" + BASED_ON + "|" + PAPER_ASKED + "|"
    # which report it is ("Welk FRA-rapport is dat?", "Om welk onderzoek gaat het?")
    r"\b(welke?|om welke?) ([\w]+-)?(rapport|onderzoek|studie|publicatie|monitor)\s+(is|was|betreft|bedoel\w*|gaat)\b|"
    # which paper of an organisation the text names ("welk NCTV-stuk over memes wordt genoemd?")
    r"\bwelke? [\w]+-(stuk|document|rapport|onderzoek|studie|publicatie|analyse)\b|" + SOURCE_DETAIL + "|" + WEB_PLACE_ASKED + "|" + LAW_NAME_ASKED,
    re.I,
)


def with_sources(engine, hits: list) -> list:
    """The hits and, after them, the footnotes that the best hits refer to (each ranked as the passage that cites it):
    "wie deed dat onderzoek?" is answered by the footnote of the paragraph that reports the study."""
    have = {engine.row_of[h.passage.passage_id] for h in hits}
    extra = []
    for h in hits[:SOURCE_FROM]:
        for row in engine.footnotes_of.get(engine.row_of[h.passage.passage_id], ()):
            if row not in have:
                have.add(row)
                extra.append(replace(h, passage=engine.index.passages[row]))
    return hits + extra


@dataclass(frozen=True)
class Retrieved:
    """A question's passages and what its sentences are chosen with: the question as searched (without an opener or a
    document name, in the documents' spelling), the hits shown, and the query, vector, passages and follow-up context
    its sentences are scored with."""

    question: str
    language: str
    resolved: Resolved
    query_vector: np.ndarray
    hits: list  # SearchHit
    sentence_query: str
    sentence_vector: np.ndarray
    sentence_hits: list  # the hits and, for a follow-up, the passages next to what the previous answer quoted
    follow_up: FollowUp | None
    asked: str  # the question proper, without the words of the asker's own situation after it (constraints)


def retrieve_for_answer(engine, question: str, k: int = 5, doc_id: str | None = None, history: list[Turn] | None = None) -> Retrieved:
    """Normalise, resolve against the conversation, retrieve; `history` (earlier turns, oldest first)."""
    engine.check_doc_id(doc_id)
    retriever = engine.retriever
    question = percent_written(question)  # "what % of ...": "what percentage of ..." (rag.spelling)
    if detect_language(question) != "nl":
        question = unquoted(question)  # "How does the government define the 'manosphere'?" (rag.spelling)
    if detect_language(question) == "nl":
        question = written_out(question)  # "wnr", "tss", "vr mn team": chat shorthand (rag.spelling)
    if switches_subject(question):  # "Ander onderwerp: ...": nothing of the conversation is carried
        history = []
    question = without_opener(question)  # "btw ...", "Nog iets anders: ..." (the response keeps the question as asked)
    question = without_trailing_filler(question)  # "Van wanneer is dat voorstel eigenlijk?"
    question = without_document_name(question)  # "..., volgens de nota?": the document names no subject
    question = pointed_definition(question, engine.sentence_index)  # "Een scholier wil een GSA beginnen. Wat is dat?"
    proper, lead = personal_lead(question, engine.sentence_index)  # "Ik ben HR-manager. Welke werkgevers ...?"
    # "Wat verstaat ... precies onder die 'manosphere'?": "Wat is manosphere?" (also before the asker's own words: "...
    # onder basisvaardigheden? Wij geven hier cursussen.")
    proper = as_definition(proper)
    own_place = with_own_place(question, proper)  # "Doet haar gemeente mee?" after "Mijn klant woont in Zaanstad."
    # "bestuursakoord": the documents' spelling (rag.spelling; the shorthand is written out above)
    question = engine.spelled(" ".join([proper, *lead]), shorthand=False)
    asked = engine.spelled(own_place, shorthand=False) if lead else question
    language = detect_language(question)
    resolved = resolve(question, history or [], engine.sentence_index)
    if lead and history and not resolved.carried:  # the asker's own words name no subject of the conversation ("What's its
        # official reference? I believe there's a footnote with the number and date.": "its" is the directive just discussed)
        alone = resolve(engine.spelled(proper, shorthand=False), history, engine.sentence_index)
        resolved = replace(alone, query=f"{alone.query} {' '.join(lead)}") if alone.carried else resolved
    query = resolved.query
    elliptic = resolved.carried and verbless_ellipsis(question)
    if elliptic:  # "en in Caribisch Nederland?": the place's other names too
        query = with_place_forms(query)
    qv = retriever.encode(query)
    hits = retriever.search(query, k=min(k + SOURCE_SLACK, MAX_K), doc_id=doc_id, query_vector=qv)
    if not SOURCE_ASKED.search(question):  # a footnote that only names a source answers nothing else (unless it is
        hits = [h for h in hits if not names_a_source_only(h.passage)] or hits  # all there is: the closest passages then)
    hits = hits[:k]
    if source_question(question):
        hits = with_sources(engine, hits)
    said = history[-1].answer if history and resolved.carried else ""
    sentence_query, sentence_vector, sentence_hits, follow_up = query, qv, hits, None
    item = resolved.last_item
    if resolved.carried:  # the carried topic finds the passages; the follow-up's own words pick the sentence
        sentence_query = with_place_forms(without_pointers(question)) if elliptic else without_pointers(question)
        sentence_query = f"{sentence_query} {item}" if item else sentence_query  # ("wat is dat laatste?": that item)
        own = retriever.encode(sentence_query)
        mixed = own + qv
        sentence_vector = mixed / (np.linalg.norm(mixed) or 1.0)
        if said and not item:  # (a question about the list's last item alone is answered wherever that item is)
            near = nearby_rows(said, engine.sentence_index)
            if source_question(question):  # "Op welke bron baseert de nota dat?": the footnotes of what was just quoted
                near |= quoted_notes(engine, said)
            follow_up = FollowUp(said, near, fresh_terms(engine.sentence_index, question, history), own)
            sentence_hits = with_neighbours(engine, hits, follow_up.near, doc_id)
    return Retrieved(question, language, resolved, qv, hits, sentence_query, sentence_vector, sentence_hits, follow_up, asked)


def with_neighbours(engine, hits, rows: frozenset[int], doc_id: str | None = None) -> list:
    """The hits and after them, in text order, the passages of `rows` they lack (of `doc_id` only, when given), ranked
    below the last hit with its score: a follow-up is mostly answered next to what was just quoted, even where its
    query ranks that passage lower."""
    if not hits:
        return hits
    passages = engine.index.passages
    have = {engine.row_of[h.passage.passage_id] for h in hits}
    extra = sorted(r for r in rows - have if doc_id is None or passages[r].doc_id == doc_id)
    last = hits[-1]
    return hits + [replace(last, passage=passages[r], rank=last.rank + i) for i, r in enumerate(extra, start=1)]


def on_the_subject(scored: list[ScoredSentence], follow_up: FollowUp) -> list[ScoredSentence]:
    """A follow-up's best sentence, and the others of its passage or near what the previous answer quoted: the rest
    of the answer stays where the conversation is ("Hoeveel procent is het nu?" after Defensie's target must not add a
    percentage of company boards; on the dev dialogues, cross-validated, unanswerable follow-ups abstained .753 -> .783,
    follow-ups cited .812 -> .805)."""
    if not scored:
        return scored
    best = scored[0]
    return [s for s in scored if s is best or s.row == best.row or s.row in follow_up.near]


ANCHOR_SLACK = 3  # characters a footnote's marker may stand after its sentence's end ("femicide." then the marker)
# the sentence whose footnote is taken must be a likely answer itself: its score at least this share of the best
# sentence's (a sentence far behind says something else than what the question asks the source of)
ANCHOR_BODY_SHARE = 0.2


def source_question(question: str) -> bool:
    """The question asks where something comes from: a study, a report, a source (`with_sources`)."""
    return bool(SOURCE_ASKED.search(question) and STUDY_SOURCE_ASKED.search(question))


def anchored_notes(engine, c: ScoredSentence) -> list[int]:
    """The rows of the footnotes whose markers stand in sentence `c` or right after it (none for a document without
    anchors)."""
    passages = engine.index.passages
    p = passages[c.row]
    lo, hi = p.char_start + c.start, p.char_start + c.end + ANCHOR_SLACK
    return sorted(row for row, offsets in engine.anchors_of.items()
                  if passages[row].doc_id == p.doc_id and any(lo < o <= hi for o in offsets))


def first_with_notes(engine, candidates) -> tuple[ScoredSentence, list[int]] | None:
    """The first of `candidates` with footnotes of its own (`anchored_notes`), and those; None when none has any."""
    return next(((c, n) for c in candidates if (n := anchored_notes(engine, c))), None)


def quoted_notes(engine, answer: str) -> frozenset[int]:
    """The rows of the footnotes anchored in the sentences an earlier answer quotes (`anchored_notes`)."""
    passages = engine.index.passages
    return frozenset(note for row in quoted_rows(answer, engine.sentence_index)
                     for *_rest, s, e in engine.sentence_index.sentences(row)
                     if e - s >= MIN_QUOTE_CHARS and passages[row].text[s:e] in answer
                     for note in anchored_notes(engine, ScoredSentence(row, s, e, 0.0, 0.0, 0.0)))


def first_sentence(engine, row: int) -> tuple[int, int] | None:
    """The (start, end) of a passage's first sentence, None for a passage without one."""
    first = next(engine.sentence_index.sentences(row), None)
    return (first[2], first[3]) if first is not None else None


COUNT_REACH = 15  # the best-scored sentences searched for the count a question asks ("welke zes gemeenten")


def place_note(engine, c: ScoredSentence, wants) -> ScoredSentence | None:
    """The first sentence of a footnote whose marker stands in sentence `c` and that names the places asked for (not a
    reference to a paper), or None."""
    passages = engine.index.passages
    for row in anchored_notes(engine, c):
        if (span := first_sentence(engine, row)) is None:
            continue
        s, e = span
        text = passages[row].text[s:e]
        if wants.search(text) and not is_reference(text) and not PAPER_REFERENCE.search(text):
            return ScoredSentence(row, s, e, c.score, c.lexical, c.dense)
    return None


def with_anchored_answer(engine, chosen: list[ScoredSentence], scored: list[ScoredSentence], wants, max_sentences: int) -> list[ScoredSentence]:
    """When the question asks for places, no chosen sentence names them and the footnote of one of them does, that
    footnote follows its sentence: "Met welke zes gemeenten deelt Single Super Mom de
    kennis?" is answered by "... gedeeld met nog zes gemeenten" and its footnote "Gemeenten Roosendaal, Uithoorn, ..."."""
    if not isinstance(wants, OtherPlace) or not chosen:
        return chosen  # (places only: a number or a date in a footnote is a paper's number or a source's year, a name
        # an organisation's acronym)
    passages = engine.index.passages

    def body_with_count(c: ScoredSentence) -> bool:  # ("welke zes gemeenten": a sentence with "zes")
        return (bool(wants.count) and passages[c.row].kind != "footnote"
                and re.search(rf"(?<![\w-]){wants.count}(?![\w-])", passages[c.row].text[c.start : c.end], re.I) is not None)

    # ("welke zes gemeenten": a sentence with "zes gemeenten" is the one whose footnote names them, even when another
    # chosen sentence names other places, "De gemeenten Amsterdam en Nijmegen zijn proeftuinen")
    said = [c for c in chosen if body_with_count(c)]
    if wants.count and not said:  # (a sentence further down with the count and a footnote naming places: "Welke zes
        # andere gemeenten krijgen de kennis?" when the sentences chosen name the two test municipalities)
        counted = next((c for c in scored[:COUNT_REACH] if c not in chosen and body_with_count(c) and place_note(engine, c, wants)), None)
        if counted is not None:
            chosen, said = [counted, *chosen], [counted]
    if not said and any(wants.search(passages[c.row].text[c.start : c.end]) for c in chosen):
        return chosen
    for i, c in enumerate(chosen):
        if passages[c.row].kind == "footnote" or (said and c not in said):
            continue
        if (note := place_note(engine, c, wants)) is not None:
            others = [x for x in chosen if x is not c][: max(0, max_sentences - 2)]  # (the note is never cut off)
            return [x for x in chosen if x is c or x in others][: i + 1] + [note] + [x for x in chosen[i + 1 :] if x in others]
    return chosen


# A follow-up that points at the figure the last answer quoted ("Waar komt dat cijfer vandaan?", "Wie heeft dat gemeten?",
# "Where does the pay figure come from?"), and a figure in a sentence (not a year)
SAID_FIGURE = re.compile(r"\b(?:dat|dit|die|deze|that|this|those|these)\s+(?:cijfers?|percentages?|getal(?:len)?|aantal(?:len)?|bedrag(?:en)?|gegevens"
                         r"|figures?|numbers?|statistics?|data)\b|\b(?:wie|who)\s+(?:heeft|hebben|had|has|have)\s+(?:dat|dit|die|that|this|those)\b"
                         r"|\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:figures?|numbers?|statistics?)\s+come\b"
                         # (the figure itself: "Where does that 43% come from?", "die 4,50 euro")
                         r"|\b(?:dat|dit|die|deze|that|this|the)\s+[€$]?\s?(?P<value>\d[\d.,]*)", re.I)
FIGURE_SAID = re.compile(r"%|\bprocent\b|\b(?!(?:19|20)\d\d\b)\d")


def names_value(question: str, sentence: str) -> bool:
    """The sentence has the figure the question names ("that 4.50 figure": "€ 4,50"), decimal point or comma alike."""
    m = SAID_FIGURE.search(question)
    value = m.group("value").rstrip(".,") if m and m.group("value") else None
    if not value:
        return False
    digits = "[.,]".join(re.escape(part) for part in re.split(r"[.,]", value))
    return re.search(rf"(?<![\d,.]){digits}(?!\d)", sentence) is not None


def with_anchored_source(engine, chosen: list[ScoredSentence], scored: list[ScoredSentence], max_sentences: int,
                         said: str | None = None, question: str = "") -> list[ScoredSentence]:
    """For a question asking for a source: the footnote whose marker stands in the best sentence of the text, before
    that sentence ("Welk rapport uit 2023 haalt de nota aan voor ...?" is answered by the footnote of the sentence that
    says it, not by the footnote most like the question among the paragraph's seven). In a follow-up whose best
    sentence has no footnote, or that points at the figure the previous answer (`said`) quoted (`SAID_FIGURE`: "Wie
    heeft dat gemeten?"), a sentence that answer quoted and its footnote ("welke bron geven ze voor dat cijfer?").
    Unchanged when there is none (or its document has no anchors)."""
    passages = engine.index.passages
    body = next((c for c in scored if passages[c.row].kind != "footnote"), None)
    pointed = bool(said and SAID_FIGURE.search(question))
    # (a figure pointed at is the previous answer's, however well a footnote matches the question's words: "where does that
    # number come from?" is closest to an English web address)
    if body is None or (body.score < ANCHOR_BODY_SHARE * scored[0].score and not pointed):
        return chosen
    notes = anchored_notes(engine, body)
    cited = None  # (the source the text names, when the figure's sentence has no footnote)
    if said and (not notes or pointed):
        # (a figure pointed at may stand in a footnote, with its source after it: "Bijna 80% ... Bron: CBS (2023) ...")
        quoted = sorted((c for c in scored if (pointed or passages[c.row].kind != "footnote") and sentence_text(passages, c) in said),
                        key=lambda c: said.index(sentence_text(passages, c)))
        # (pointed at a figure, "Waar komt dat cijfer vandaan?": the first quoted sentence with one, with its source in the
        # text when it has no footnote, "Zo blijkt uit de benchmark van Divosa ..."; else the first quoted sentence with a
        # footnote: "Het ministerie is voornemens onderzoek te laten doen ..." before the figure has none)
        # (the one with the figure the question names first: "Where does that 4.50 figure come from?")
        figure = (next((c for c in quoted if names_value(question, sentence_text(passages, c))), None)
                  or next((c for c in quoted if FIGURE_SAID.search(sentence_text(passages, c))), None)) if pointed else None
        figure_notes = anchored_notes(engine, figure) if figure is not None else []
        if figure_notes:
            body, notes = figure, figure_notes
        elif figure is not None and (cited := in_text_source(passages, figure, scored) or source_after(engine, figure)) is not None:
            body, notes = figure, []
        elif (lead := first_with_notes(engine, quoted)):
            body, notes = lead
    if not notes:  # a source the text itself names ("Dit blijkt uit de Monitor Sociale Inclusie 2023 ...")
        cited = cited or in_text_source(passages, body, scored)
        if cited is None and not said:
            # (else the footnote of another sentence chosen: "What's the formal reference number of the EU directive ...?"
            # is answered by the footnote of the sentence that names the directive, not of the best one, on its deadline)
            body, notes = first_with_notes(engine, [c for c in chosen if c is not body and passages[c.row].kind != "footnote"]) or (body, notes)
    if not notes:
        if cited is None:
            return chosen
        said_first = sentence_text(passages, cited)
        return [cited] + [c for c in chosen if sentence_text(passages, c) != said_first][: max_sentences - 1]
    sources = []
    for row in notes[:2]:
        if (span := first_sentence(engine, row)) is None:
            continue
        s, e = span
        sources.append(next((c for c in scored if c.row == row and c.start == s), None)
                       or ScoredSentence(row, s, e, body.score, body.lexical, body.dense))
    if not sources:
        return chosen
    rest = [c for c in chosen if c is not body and all(c.row != x.row for x in sources)]
    return (sources + [body] + rest)[: max(max_sentences, len(sources) + 1)]


# A sentence of the text that names where its figures or findings come from
IN_TEXT_SOURCE = re.compile(r"\b(blijkt uit|blijkt dat|volgens (het|de|een)\b|bron\s*:|uit (het|de|een) [\w-]*(onderzoek|monitor|rapport|peiling|enquête|benchmark))", re.I)
SOURCE_REACH = 2  # sentences before or after the best one where the text names its source


def source_after(engine, figure: ScoredSentence) -> ScoredSentence | None:
    """The source line right after a footnote's figure ("Bijna 80% ... familielid. Bron: CBS (2023): Slachtoffers moord
    en doodslag."), ranked with it; None for a sentence of the text or without one."""
    if engine.index.passages[figure.row].kind != "footnote":
        return None
    nxt = next(iter(following_sentences(engine, figure, 1)), None)
    if nxt is None or nxt.row != figure.row or not IN_TEXT_SOURCE.search(sentence_text(engine.index.passages, nxt)):
        return None
    return replace(nxt, score=figure.score, lexical=figure.lexical, dense=figure.dense)


def in_text_source(passages, body: ScoredSentence, scored: list[ScoredSentence]) -> ScoredSentence | None:
    """The sentence nearest the best one, within SOURCE_REACH sentences of its passage, that names a source (IN_TEXT_SOURCE)."""
    around = sorted((c for c in scored if c.row == body.row), key=lambda c: c.start)
    at = next((i for i, c in enumerate(around) if c.start == body.start), None)
    if at is None:
        return None
    near = sorted(range(max(0, at - SOURCE_REACH), min(len(around), at + SOURCE_REACH + 1)), key=lambda i: abs(i - at))
    return next((around[i] for i in near if IN_TEXT_SOURCE.search(sentence_text(passages, around[i]))), None)


CONSTRAINED_SHARE = 0.3  # a sentence that has what the question pins down may lead when it scores this share of the best


def nouns_referred_back(sentence: str) -> set[str]:
    """The nouns the sentence names with a definite article, as said before it ("het programma"; not "het kabinet")."""
    return {fold(m.group(1)) for m in DEFINITE_BACK.finditer(sentence) if m.group(1).lower() not in EVERYWHERE_NOUNS}


def section_text(passages, rows: list[int]) -> str:
    """The text of the sections the rows are in (of their documents)."""
    sections = {(passages[r].doc_id, passages[r].section) for r in rows}
    return " ".join(p.text for p in passages if (p.doc_id, p.section) in sections)


# A one-word name with a capital inside, as organisations write theirs ("ZonMw", "VluchtelingenWerk")
INNER_CAPITAL = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")


def found_in(missing: list, candidates: list, text: str, aliases) -> list:
    """`missing` without those of its `candidates` that `text` satisfies (in order): a name the quote's section or
    footnotes say after all."""
    still = missing_constraints(candidates, text, aliases)
    return [c for c in missing if c not in candidates or c in still]


def footnotes_beside(passages, rows: list[int]) -> str:
    """The footnotes of the rows' sections on the rows' pages (where a figure's source is named)."""
    places = {(passages[r].doc_id, passages[r].section) for r in rows}
    pages = {n for r in rows for n in range(passages[r].page_start, passages[r].page_end + 1)}
    return " ".join(p.text for p in passages if p.kind == "footnote" and (p.doc_id, p.section) in places and p.page_start in pages)


def with_overlapping(passages, rows: list[int]) -> list[int]:
    """The rows and the other chunks of their paragraphs: split with an overlap ("... VOG-screening ... De planning is ..."
    and "De planning is ... Hiermee zal ook worden aangesloten op wetgeving die in EU-verband ...") or at a page break
    ("... project ROOTS, waarvoor de Internationale Organisatie voor Migratie (IOM) ..." and "Als de Europese Commissie het
    project goedkeurt ...")."""
    out = list(rows)
    for r in rows:
        for n in (r - 1, r + 1):
            if 0 <= n < len(passages) and n not in out and one_paragraph(passages[r], passages[n]):
                out.append(n)
    return out


def overlaps(a, b) -> bool:
    return a.doc_id == b.doc_id and a.char_start < b.char_end and b.char_start < a.char_end


def one_paragraph(a, b) -> bool:
    return overlaps(a, b) or continues(a, b)


def continues(a, b) -> bool:
    """Two chunks of one paragraph (or of one answer to a parliamentary question) split between sentences (one space
    apart, the same section)."""
    first, second = (a, b) if a.char_start < b.char_start else (b, a)
    return (a.doc_id == b.doc_id and a.section == b.section and first.kind == second.kind and first.kind in ("paragraph", "answer")
            and 0 <= second.char_start - first.char_end <= 1)


def with_constrained_sentence(engine, question: str, language: str, chosen: list[ScoredSentence], scored: list[ScoredSentence],
                              max_sentences: int) -> list[ScoredSentence]:
    """A Dutch question that pins something down ("hoe wil SZW ...") whose chosen sentences' passages lack it: a sentence
    not far behind whose passage has it all (and the sentence itself the values it asks) leads instead, with the chosen
    sentences of its passage. Unchanged when no such sentence is near (the confidence then sees what is missing)."""
    if language != "nl" or not chosen or not scored:
        return chosen
    constraints = question_constraints(question)
    if not constraints:
        return chosen
    passages = engine.index.passages

    def missing(rows: list[int], sentence: str = "") -> list:
        evidence = " ".join(passages[r].ranking_text() for r in rows)
        out = missing_constraints(constraints, evidence, engine.aliases)
        said = [c for c in constraints if c.kind in SAID_IN_THE_ANSWER and c not in out]
        return out + (missing_constraints(said, sentence, engine.aliases) if sentence and said else [])

    lacking = missing(list(dict.fromkeys(c.row for c in chosen)))
    if not lacking or any(c.kind not in ("name", "share-of") for c in lacking):
        return chosen  # (a value the chosen sentences lack is more often not in the documents at all; a group whose share is
        # asked is a name of sorts: "Hoeveel procent van de gevluchte vrouwen ...?" is answered by "17% van de vrouwelijke
        # statushouders", not by "60% van de besturen")
    for c in scored:
        if c.score < CONSTRAINED_SHARE * scored[0].score:
            break
        sentence = passages[c.row].text[c.start : c.end]
        # its passage has it all, or the sentence has what was lacking and the paragraph's other chunk the rest
        if not missing([c.row], sentence) or (not missing_constraints(lacking, sentence, engine.aliases)
                                               and not missing(with_overlapping(passages, [c.row]), sentence)):
            same = [x for x in chosen if x.row == c.row and x is not c]
            return ([c] + same)[:max_sentences]
    return chosen


NAME_IN_QUESTION = re.compile(r"(?<=\w\s)[A-Z][\w-]*[A-Z][\w-]*|(?<=\w\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")  # ("ReDirect", "Under Pressure")


def with_method_sentence(engine, question: str, chosen: list[ScoredSentence], scored: list[ScoredSentence],
                         max_sentences: int) -> list[ScoredSentence]:
    """How a method works ("How does the ReDirect approach actually work?", MECHANISM_ASKED) when no chosen sentence says
    how: the best sentence of their passages, or of another that names the method, that does (MECHANISM: "... de ReDirect methode,
    waarbij ... een informatieveld met online hulpaanbod wordt aangeboden") leads, the others follow (not a type the
    sentences are scored by: the answer keeps what else it says, which a follow-up may ask about)."""
    if not chosen or not MECHANISM_ASKED.search(question):
        return chosen
    passages = engine.index.passages
    if any(MECHANISM.search(sentence_text(passages, c)) for c in chosen):
        return chosen
    rows = {c.row for c in chosen}
    names = [w for w in NAME_IN_QUESTION.findall(question) if len(w) > 3]  # ("ReDirect": a sentence elsewhere that names it)
    how = next((c for c in scored if c not in chosen and not is_filler(text := sentence_text(passages, c)) and MECHANISM.search(text)
                and (c.row in rows or any(find_word(n, text, 0) for n in names))), None)
    return chosen if how is None else [how, *chosen][:max_sentences]


NEXT_PASSAGES = 2  # passages after a chosen one that may say the value the question pins down


def same_document(passages, row: int, other: int) -> bool:
    """Whether `other` is a passage row, of the same document as `row`."""
    return 0 <= other < len(passages) and passages[other].doc_id == passages[row].doc_id


def with_said_value(engine, question: str, chosen: list[ScoredSentence], scored: list[ScoredSentence],
                    max_sentences: int) -> list[ScoredSentence]:
    """A value the question pins down ("pas halverwege 2026", "meer dan 30%") that the chosen sentences do not say while
    another sentence of their passages does ("De planning is er op gericht dat de wet op 1 augustus 2026 in werking
    treedt"): that sentence joins them, in place of the last when they are full. Unchanged when no sentence of those
    passages says it (the confidence then sees what is missing)."""
    if not chosen:
        return chosen
    # (not a count of a thing: "hoeveel deelprojecten" is not answered by "Twee projecten hebben nog ... gekregen")
    constraints = [c for c in question_constraints(question) if c.kind in SAID_IN_THE_ANSWER + ("name",) and c.kind not in ("count-of", "per-period")]
    if not constraints:
        return chosen
    passages = engine.index.passages
    lacking = missing_constraints(constraints, " ".join(sentence_text(passages, c) for c in chosen), engine.aliases)
    if not lacking:
        return chosen
    # a name no chosen passage has (not one it names around the chosen sentences: that is its subject, not the fact
    # asked) is said by a footnote of theirs that no search found: "Gemeenten Roosendaal, Uithoorn, Zaanstad, ..." for
    # "Doet de gemeente Zaanstad mee?", "Declaration of Austria, ..., France, Germany, ..." for "Did France sign?"
    # (only a footnote: a sentence further on names the EU or another programme for other reasons; and only names: a
    # footnote's year is a source's, "WWP EN (2023)" does not say what happened in 2023)
    around = " ".join(passages[r].text for r in dict.fromkeys(c.row for c in chosen))
    names = [c for c in lacking if c.kind == "name" and missing_constraints([c], around, engine.aliases)]
    if names and (noted := with_named_note(engine, chosen, names, max_sentences)) is not chosen:
        return noted
    lacking = [c for c in lacking if c.kind != "name"]
    if not lacking:
        return chosen
    # (their passages and the next ones of the same document: "Uw Kamer ontvangt het wetsvoorstel ... De planning is er
    # op gericht dat de wet op 1 augustus 2026 in werking treedt" is two paragraphs after the bill's measures)
    rows = {c.row + d for c in chosen for d in range(NEXT_PASSAGES + 1) if same_document(passages, c.row, c.row + d)}
    for c in scored:
        if c.row in rows and c not in chosen and not missing_constraints(lacking, sentence_text(passages, c), engine.aliases):
            return joined(chosen, c, max_sentences)
    return chosen


def joined(chosen: list[ScoredSentence], c: ScoredSentence, max_sentences: int) -> list[ScoredSentence]:
    """The chosen sentences and `c` after them, in place of the last when they are full."""
    return [*(chosen if len(chosen) < max_sentences else chosen[: max_sentences - 1]), c]


def with_named_note(engine, chosen: list[ScoredSentence], names: list, max_sentences: int) -> list[ScoredSentence]:
    """The chosen sentences and the first sentence of a footnote of theirs that has all `names` (`joined`); the chosen
    sentences when no footnote has them."""
    passages = engine.index.passages
    for c in chosen:
        for row in engine.footnotes_of.get(c.row, ()):
            if is_reference(passages[row].text):
                continue  # (a source's author names the EU, "European Union Agency for Fundamental Rights (2023): ...")
            for *_rest, s, e in engine.sentence_index.sentences(row):
                note = ScoredSentence(row, s, e, c.score, c.lexical, c.dense)
                if note not in chosen and not missing_constraints(names, passages[row].text[s:e], engine.aliases):
                    return joined(chosen, note, max_sentences)
    return chosen


# "Besides hostility to women, what ...?", "Naast logistiek, welk ander project ...?", "was dat de enige?": the question
# names what it knows (or its conversation does);
# the sentence after the one that says it adds the rest ("Ook zijn deze mannen ...", "Evenals Dutch Metropolitan ...")
BESIDES = re.compile(r"\b(besides|apart from|aside from|other than|in addition to|naast|behalve|afgezien van|de enige|het enige"
                     r"|the only one|any others?|anything else|nog meer|nog andere)\b", re.I)  # ("was dat de enige?")
ADDS = re.compile(r"^\W*(ook|evenals|daarnaast|verder|tevens|bovendien|eveneens)\b", re.I)


def with_addition(engine, chosen: list[ScoredSentence], question: str) -> list[ScoredSentence]:
    """After the first chosen sentence whose next one adds to it (ADDS), that next one, when the question asks beyond what
    it names (BESIDES)."""
    if not BESIDES.search(question):
        return chosen
    passages = engine.index.passages
    said = {sentence_text(passages, c) for c in chosen}
    for i, c in enumerate(chosen):
        for nxt in following_sentences(engine, c, 1):
            text = sentence_text(passages, nxt)
            if ADDS.search(text) and text not in said:
                return [*chosen[: i + 1], nxt, *chosen[i + 1 :]]
    return chosen


def draft_answer(
    engine, question: str, k: int = 5, doc_id: str | None = None, max_sentences: int = 3, history: list[Turn] | None = None
) -> AnswerDraft:
    """Retrieve, score, select and judge; `history` (earlier turns, oldest first) resolves a follow-up question."""
    return answer_draft(engine, retrieve_for_answer(engine, question, k, doc_id, history), max_sentences)


def answer_draft(engine, r: Retrieved, max_sentences: int = 3) -> AnswerDraft:
    """Score, select and judge the sentences of what `retrieve_for_answer` found."""
    question, language, hits, qv = r.question, r.language, r.hits, r.query_vector
    scored, coverage = score_sentences(engine, r.sentence_query, r.sentence_hits, r.sentence_vector, language, r.follow_up)
    pool = on_the_subject(scored, r.follow_up) if r.follow_up is not None else scored
    chosen = with_continuations(select(pool, max_sentences, engine.index.passages), scored, engine.index.passages)
    wants = asked_type(r.asked, engine.sentence_index)  # (the question proper: the lead's words follow it in `question`)
    if r.follow_up is not None and isinstance(wants, OtherPlace) and OTHERS_ASKED.search(question):
        wants = wants.besides(r.follow_up.said)  # "welke andere gemeenten": besides those the last answer named
    chosen = with_antecedent(chosen, scored, engine.index.passages, reason_asked=any(wants is r for r in REASONS))
    chosen = with_definition_first(chosen, scored, engine.index.passages, r.asked)
    chosen = with_named_actor(chosen, scored, engine.index.passages, wants)
    chosen = with_dated_subject(engine, with_typed_continuation(engine, chosen, wants), wants, r.asked)
    chosen = with_addition(engine, chosen, question)
    if source_question(question):
        chosen = with_anchored_source(engine, chosen, scored, max_sentences, r.follow_up.said if r.follow_up else None, question)
    else:
        chosen = with_anchored_answer(engine, chosen, scored, wants, max_sentences)
    # (the asker's own names ask nothing of the answer: "Als jeugdverpleegkundige bij de GGD ...")
    if r.follow_up is None:  # (a follow-up's sentences stay where the conversation is, `on_the_subject`)
        chosen = with_constrained_sentence(engine, r.asked, language, chosen, scored, max_sentences)
    chosen = with_said_value(engine, r.asked, chosen, scored, max_sentences)
    chosen = with_method_sentence(engine, r.asked, chosen, scored, max_sentences)
    features = answer_features(engine, question, language, hits, scored, chosen, coverage, qv, wants, r.asked)
    calibration = load_calibration()
    confidence = calibration.probability(features)
    abstained = confidence < calibration.threshold or not chosen
    return AnswerDraft(chosen, hits, features, confidence, abstained, language=language, resolved=r.resolved)


def answer_first(engine, hits: list, draft: AnswerDraft, k: int) -> list:
    """Search `hits` re-ranked by the answer: the passages `draft` quotes first, in the order it quotes them, then the
    rest by retrieval score. The sentence choice (meaning, words and what the question asks for) judges better than
    the passage fusion which passage answers: on dev (867 Dutch, 592 English questions) it put the gold passage first
    for .820 of the Dutch ones instead of .791, and .801 of the English ones instead of .758. An abstaining draft
    quotes nothing and changes nothing."""
    if draft.abstained:
        return hits
    known = {engine.row_of[h.passage.passage_id]: h for h in [*draft.hits, *hits]}
    # (a footnote the answer quotes beside its sentence is no search hit of its own: it gets the lowest score shown)
    floor = min((h.score for h in hits), default=0.0)
    for s in draft.sentences:
        if s.row not in known:
            known[s.row] = SearchHit(engine.index.passages[s.row], 0, floor, 0.0, 0.0)
    quoted = list(dict.fromkeys(s.row for s in draft.sentences))
    rest = [h for h in hits if engine.row_of[h.passage.passage_id] not in quoted]
    ordered = [replace(known[r], quoted=True) for r in quoted] + rest
    return [replace(h, rank=rank) for rank, h in enumerate(ordered[:k], start=1)]


def answer_response(
    engine, question: str, k: int = 5, doc_id: str | None = None, max_sentences: int = 3, history: list[Turn] | None = None
) -> AskResponse:
    draft = draft_answer(engine, question, k, doc_id, max_sentences, history)
    searched = draft.resolved.query if draft.resolved else question
    context = {"resolved_query": draft.resolved.query if draft.resolved and draft.resolved.carried else None,
               "context_used": draft.resolved.context if draft.resolved else "",
               "dutch_terms": added_terms(searched) if draft.language != "nl" else []}
    passages = engine.index.passages
    english = draft.language != "nl"
    if draft.abstained:
        # ranked as shown: the footnotes that only name a source were left out of the hits (`names_a_source_only`)
        related = [SearchResult.of(replace(h, rank=i)) for i, h in enumerate(draft.hits[:3], start=1)]
        return AskResponse(
            question=question,
            answer=ABSTAIN_MESSAGE_EN if english else ABSTAIN_MESSAGE,
            sentences=[],
            citations=[],
            abstained=True,
            confidence=round(draft.confidence, 4),
            related=related,
            language=draft.language,
            note=NOTE_EN if english else None,
            **context,
        )
    citation_of: dict[int, int] = {}
    citations: list[Citation] = []
    sentences: list[AnswerSentence] = []
    for s in draft.sentences:
        if s.row not in citation_of:
            citation_of[s.row] = len(citations) + 1
            citations.append(Citation(**PassageOut.of(passages[s.row]).model_dump(), n=len(citations) + 1, spans=[]))
        n = citation_of[s.row]
        citations[n - 1].spans.append((s.start, s.end))
        text = passages[s.row].text[s.start : s.end]
        sentences.append(
            AnswerSentence(text=text, citation=n, passage_id=passages[s.row].passage_id, start=s.start, end=s.end, score=round(s.score, 4))
        )
    answer = " ".join(f"{s.text} [{s.citation}]" for s in sentences)
    return AskResponse(
        question=question,
        answer=answer,
        sentences=sentences,
        citations=citations,
        abstained=False,
        confidence=round(draft.confidence, 4),
        related=[],
        language=draft.language,
        note=NOTE_EN if english else None,
        **context,
    )
