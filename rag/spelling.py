"""Typos in a Dutch question, corrected to the documents' own spelling before anything is matched.

A user types "bestuursakoord" or "Stop Femicde"; the lexical side finds nothing for a word the documents never use,
and a name the evidence lacks makes the answer abstain. A long word (MIN_LENGTH letters or more) that is neither in the
documents nor a Dutch word (pyspellchecker's Dutch word list: "internet", "gevierd", "regering" are words, not typos
of "interne", "gevoerd", "regeling") is replaced by the one document word one edit away (a letter added, dropped,
changed, or two neighbours swapped: rapidfuzz's optimal string alignment distance), when there is exactly one such
word or one clearly more frequent than the others. Everything else is left alone, so a question without typos is
unchanged.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from functools import lru_cache

from rapidfuzz.distance import OSA
from rapidfuzz.process import extract

MIN_LENGTH = 7  # shorter words have too many neighbours one edit away ("wetten", "weten")
WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:-[A-Za-zÀ-ÖØ-öø-ÿ]+)*")
DOMINANT = 5  # a neighbour this many times as frequent as the next one wins a tie


@lru_cache(maxsize=1)
def dutch_words() -> frozenset[str]:
    """The Dutch words of pyspellchecker's word list (bundled in its wheel: nothing is downloaded)."""
    from spellchecker import SpellChecker  # lazy on purpose: only an engine needs it (about 0.4 s)

    return frozenset(SpellChecker(language="nl", distance=1).word_frequency.dictionary)


# Chat shorthand a hurried Dutch question is typed in ("wnr komt het advies?", "tss mannen en vrouwen", "vr mn team"),
# written out: "wnr" must ask a date, "vr" must not be a rare term. Only forms that are no Dutch word themselves
# ("bv" is also a company, "gem" a municipality: left alone).
CHAT_SHORTHAND = {
    "wnr": "wanneer", "wrm": "waarom", "hvl": "hoeveel", "tss": "tussen", "mn": "mijn", "m'n": "mijn", "z'n": "zijn",
    "vd": "van de", "vh": "van het", "vr": "voor", "vlgs": "volgens", "tm": "tot en met", "t/m": "tot en met",
    "mbt": "met betrekking tot", "m.b.t.": "met betrekking tot", "ivm": "in verband met", "i.v.m.": "in verband met",
    "oa": "onder andere", "o.a.": "onder andere", "bijv": "bijvoorbeeld", "bijv.": "bijvoorbeeld", "evt": "eventueel",
    "ipv": "in plaats van", "i.p.v.": "in plaats van", "incl": "inclusief", "incl.": "inclusief", "mss": "misschien",
    "wss": "waarschijnlijk", "ong": "ongeveer", "ong.": "ongeveer", "'t": "het", "t": "het", "n": "een", "'n": "een",
    "orgs": "organisaties", "ff": "even",
    # (and the commonest typos of the question words, too short for the speller: "vanaf wanner geldt die wet")
    "wanner": "wanneer", "waneer": "wanneer", "wanneeer": "wanneer", "wannneer": "wanneer", "hoevel": "hoeveel",
    "hoveel": "hoeveel", "hoeveeel": "hoeveel",
}
# (an apostrophe typed either way: "zo’n", "m’n"; the "n" after it is no shorthand of its own)
SHORTHAND = re.compile(r"(?<![\w'’./-])(" + "|".join(re.escape(k).replace("'", "['’]") for k in sorted(CHAT_SHORTHAND, key=len, reverse=True))
                       + r")(?![\w/-]|\.\w)", re.I)


def written_out(text: str) -> str:
    """A Dutch question with its chat shorthand written out ("sinds wnr is dat strafbaar?" -> "sinds wanneer ...")."""
    return SHORTHAND.sub(lambda m: m.group(1) if m.group(1).isupper() and len(m.group(1)) == 1  # ("Plan T")
                         else CHAT_SHORTHAND[m.group(1).lower().replace("’", "'")], text)


# A per-cent sign asked for as a word ("what % of board members ...", "hoeveel % van de ...")
PERCENT_ASKED = re.compile(r"\b(what|which|how much|how many|wat|welk|hoeveel|hoe veel)\s+%(?=\s)", re.I)


PERCENT_WORD = {"what": "percentage", "which": "percentage", "how much": "percentage", "how many": "percentage"}  # else "procent"


def percent_written(text: str) -> str:
    """A question that asks for a "%" with the word ("what percentage of ...", "hoeveel procent van ...")."""
    return PERCENT_ASKED.sub(lambda m: f"{m.group(1)} {PERCENT_WORD.get(m.group(1).lower(), 'procent')}", text)


QUOTED_WORD = re.compile(r"(?<![\w'’])['‘’\"“”]([\w+-]{3,40})['‘’\"“”](?![\w'’])")


def unquoted(text: str) -> str:
    """A single word in quotes without them ("define the 'manosphere'"): quoted, its embedding strays from the word."""
    return QUOTED_WORD.sub(r"\1", text)


class Speller:
    """`words`: the language's word list (default: `dutch_words`, loaded on first need, not at start-up: most questions
    have no word one edit from a document word)."""

    def __init__(self, texts, words: frozenset[str] | None = None):
        counts: Counter[str] = Counter()
        for t in texts:
            for w in WORD.findall(t.lower()):
                counts[w] += 1
                if "-" in w:  # and its parts ("anti-lhbtiqa": "lhbtiqa")
                    counts.update(p for p in w.split("-") if p)
        self.counts = counts
        self._words = words
        self.by_length: dict[int, list[str]] = defaultdict(list)
        for w in counts:
            if len(w) >= MIN_LENGTH - 1:
                self.by_length[len(w)].append(w)

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            self._words = dutch_words()
        return self._words

    def known(self, word: str) -> bool:
        """In the documents or a Dutch word; a compound with hyphens when each of its parts is ("anti-lhbtiq")."""
        low = word.lower()
        return low in self.counts or low in self.words or ("-" in low and all(self.known(p) for p in low.split("-") if p))

    def suggestion(self, word: str) -> str | None:
        """The one document word one edit away from an unknown long word, or None."""
        low = word.lower()
        if len(low) < MIN_LENGTH or low in self.counts:
            return None
        pool = [w for n in (len(low) - 1, len(low), len(low) + 1) for w in self.by_length.get(n, ())]
        near = [w for w, _d, _i in extract(low, pool, scorer=OSA.distance, score_cutoff=1, limit=None)]
        if not near or self.known(low):  # (the word list only when there is something to correct)
            return None
        near.sort(key=lambda w: -self.counts[w])
        if len(near) > 1 and self.counts[near[0]] < DOMINANT * self.counts[near[1]]:
            return None  # two candidates: no guess
        return near[0]

    def correct(self, text: str) -> str:
        """The text with each typo replaced (keeping a capital first letter)."""
        def fix(m: re.Match[str]) -> str:
            word = m.group(0)
            better = self.suggestion(word)
            if better is None:
                return word
            return better[0].upper() + better[1:] if word[0].isupper() else better

        return WORD.sub(fix, text)
