"""Which language a question is in: Dutch, English, or another (for the fusion weights).

A function-word test, not a statistical model. Questions are short, and a short text is
where character n-gram identifiers (langid, fastText) are least sure; but nearly every
question has a few function words ("de", "het", "wat", "hoeveel" / "the", "what", "how",
"does"), which settle it. It is deterministic, needs no dependency, and takes microseconds.
Names and programme titles ("Veilige Steden", "AI-verordening") carry no function words,
so they do not pull the vote. On the gold sets it labels every question right (see tests).
"""

from __future__ import annotations

import re
from typing import Literal

Language = Literal["nl", "en", "other"]

DUTCH = frozenset(
    """de het een en van wat welke welk wie waar wanneer waarom hoe hoeveel zijn is niet geen er dat die deze dit
    door naar bij ook worden wordt werd heeft hebben heb kan kunnen moet moeten zal zullen voor op met aan om te
    tot uit over nog al dan als maar of zo ze zij hij u jullie we wij mijn onze hun haar doet doen gaat gaan
    komt welke waarvoor waarmee hoeveelste volgens sinds tegen tussen onder zonder binnen wordt ervan daar
    hier wel heel meer minder veel vrouwen mannen kabinet gemeenten""".split()
)
ENGLISH = frozenset(
    """the a an and of what which who whom whose where when why how many much are is not no there that this these
    those by to from at also be been being has have had can could does do did will would should must for on with
    about into than then as but or so they them their it its he she his her we our you your government women men
    cities country countries against between under without within more less did does say says plan plans
    doing done over ever actually any still yet""".split()
)
# English content words a keyword query without function words may have, none of them a Dutch word
ENGLISH_KEYWORDS = frozenset(
    """grant grants scheme schemes labour labor market funding funded gap pay rights laws policy ban study report
    violence equality harassment abuse safety ministry minister police council councils children girls boys employers
    workers jobs job work""".split()
)
AMBIGUOUS = DUTCH & ENGLISH  # "is", ...: count for neither
WORD = re.compile(r"[a-zà-ÿ]+", re.I)
SENTENCE_START = re.compile(r"(^|[.?!:;]\s*|[\n(\"‘“'-]\s*)$")  # what stands before a sentence's first word


def detect_language(text: str) -> Language:
    """'nl' or 'en' by a vote of function words; 'other' when neither language has any; ties go to Dutch."""
    words = [w.lower() for w in voting_words(text)]
    nl = sum(1 for w in words if w in DUTCH and w not in AMBIGUOUS)
    en = sum(1 for w in words if w in ENGLISH and w not in AMBIGUOUS)
    if nl == 0 and en == 0:
        words = [w.lower() for w in WORD.findall(text)]  # (a keyword query: its names are its words)
        if any(w in ENGLISH_KEYWORDS for w in words):
            return "en"  # an English keyword query ("ESF+ grant scheme gender-balanced labour market?")
        return "other" if words and not _dutch_looking(words) else "nl"
    return "en" if en > nl else "nl"


# A name given in brackets, in the other language ("the Netherlands Institute for Human Rights (College voor de Rechten
# van de Mens)"): it opens with a capital (and has another capitalised word, `voting_words`)
NAME_IN_BRACKETS = re.compile(r"\([A-Z][^()]*\)")


def voting_words(text: str) -> list[str]:
    """The words that vote: not a capitalised word inside a sentence, which is a name or title ("No Mas, No More",
    "Meer uren werkt!"), nor a name in brackets, not the language of the question around it."""
    named = [m.span() for m in NAME_IN_BRACKETS.finditer(text) if len(re.findall(r"\b[A-Z]", m.group())) >= 2]
    return [m.group() for m in WORD.finditer(text)
            if not (m.group()[0].isupper() and not SENTENCE_START.search(text[:m.start()]))
            and not any(a < m.start() < b for a, b in named)]


def _dutch_looking(words: list[str]) -> bool:
    """A keyword query without function words ("loonkloof vrouwen 2024"): Dutch spelling patterns decide."""
    return any(re.search(r"ij|oe|ui|aa|ee|oo|uu|sch|heid|ing$|en$|tie$|lie$", w) for w in words)  # ("familie", "politie")
