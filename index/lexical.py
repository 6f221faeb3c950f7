"""Dutch BM25 with bm25s + PyStemmer (Snowball `dutch` or `dutch_porter`), and BM25 over character n-grams.

The n-gram index matches parts of words, so a query meets a Dutch compound or an
inflected form that the stemmer leaves apart (alliantie ~ mannenalliantie).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from collections.abc import Container
from pathlib import Path

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_DUTCH

# Question words and politeness that carry no content in a query ("Kunt u toelichten welke ...").
QUERY_STOPWORDS = frozenset(
    "welke welk wat wie waar wanneer waarom hoe hoeveel hoeveelste kunt kun kan u uw jullie graag toelichten "
    "vertellen zeggen volgens doet doen gaat gaan".split()
)
STOPWORDS = frozenset(STOPWORDS_DUTCH)
TOKEN = re.compile(r"\w+(?:[-+]\w+)*\+?", re.UNICODE)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lowercase and strip accents (coördinerend -> coordinerend) so spelling variants meet. Cached: a query folds
    the same sentences of the index again and again (a quarter of an answer's time went here)."""
    text = text.lower()
    if text.isascii():  # (NFKD leaves ASCII as it is, and it has no combining marks)
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=4)
def _stemmer(name: str):
    return None if name == "none" else Stemmer.Stemmer(name)


def split_words(text: str) -> list[str]:
    """Words of a text; hyphenated compounds give the whole and its parts (AI-systemen -> ai-systemen, ai, systemen)."""
    out: list[str] = []
    for m in TOKEN.finditer(fold(text)):
        word = m.group(0).rstrip("+")
        parts = [p for p in re.split(r"[-+]", word) if p]
        if len(parts) > 1:
            out.append(word)
        out.extend(parts)
    return out


MIN_PART = 4  # letters of each part of a split compound


def tokenize(text: str, stemmer: str, *, query: bool = False, vocabulary: Container[str] | None = None) -> list[str]:
    """Stemmed content words. With a `vocabulary` (an index's terms), a word the index lacks is split into two
    parts it has, if it can be: a compound the writer made ("Regenboogstedenaanpak" -> regenboogsted, aanpak)."""
    stem = _stemmer(stemmer)
    words = [w for w in split_words(text) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]
    if query:
        words = [w for w in words if w not in QUERY_STOPWORDS] or words
    if stem is None:
        return words
    out: list[str] = []
    for w in words:
        t = stem.stemWord(w) if not w.isdigit() else w
        parts = (split_compound(w, stem, vocabulary) or particle_verb(w, stem, vocabulary)
                 if vocabulary is not None and t not in vocabulary else None)
        out.extend(parts or [t])
    return out


# Separable verbs are written whole in a question and apart in the documents: "aanjagen" is "aan te jagen", "jaagt ... aan".
PARTICLES = ("samen", "terug", "tegen", "door", "over", "voor", "vast", "aan", "mee", "uit", "toe", "bij", "weg", "af", "op", "in", "na", "om")


def particle_verb(word: str, stem, vocabulary: Container[str]) -> list[str] | None:
    """The known verb of an unknown separable verb ("aanjagen" -> jaag, "aanjaagt" -> jaag), or None."""
    for particle in PARTICLES:
        rest = word[len(particle) :]
        if word.startswith(particle) and len(rest) >= MIN_PART and (t := known_stem(rest, stem, vocabulary)):
            return [t]
    return None


def known_stem(word: str, stem, vocabulary: Container[str]) -> str | None:
    """The word's stem if the index has it, else that of its present tense in -t without the t ("jaagt" -> jaag: the
    stemmer keeps the t after a long vowel), or None. (Only after a particle: for any unknown word in -t, dev answers
    lost four and gained one, "overweegt", "verdient" and "behandelt" finding other sentences.)"""
    if (t := stem.stemWord(word)) in vocabulary:
        return t
    if word.endswith("t") and len(word) > MIN_PART and (t := stem.stemWord(word[:-1])) in vocabulary:
        return t
    return None


def split_compound(word: str, stem, vocabulary: Container[str]) -> list[str] | None:
    """The longest known head and a known tail of an unknown word (a linking s may end the head:
    "veiligheidsplan" -> veiligheid, plan), or None."""
    if word.isdigit() or len(word) < 2 * MIN_PART:
        return None
    for i in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        head, tail = word[:i], stem.stemWord(word[i:])
        if tail not in vocabulary:
            continue
        for h in (head, head[:-1] if head.endswith("s") and len(head) > MIN_PART else None):
            if h and stem.stemWord(h) in vocabulary:
                return [stem.stemWord(h), tail]
    return None


def bm25_scores(retriever: bm25s.BM25, tokens: list[str]) -> np.ndarray:
    """Score of every passage for the tokens that are in the vocabulary (all zeros when none is)."""
    known = [t for t in tokens if t in retriever.vocab_dict]
    if not known:
        return np.zeros(int(retriever.scores["num_docs"]), dtype=np.float32)
    return np.asarray(retriever.get_scores(known), dtype=np.float32)


class LexicalIndex:
    """BM25 over passage ranking texts; scores every passage for a query."""

    def __init__(self, retriever: bm25s.BM25, stemmer: str):
        self.retriever = retriever
        self.stemmer = stemmer

    @classmethod
    def build(cls, texts: list[str], stemmer: str, k1: float = 1.5, b: float = 0.75) -> "LexicalIndex":
        retriever = bm25s.BM25(k1=k1, b=b)
        retriever.index([tokenize(t, stemmer) for t in texts], show_progress=False)
        return cls(retriever, stemmer)

    def save(self, directory: Path) -> None:
        self.retriever.save(str(directory))

    @classmethod
    def load(cls, directory: Path, stemmer: str) -> "LexicalIndex":
        return cls(bm25s.BM25.load(str(directory), mmap=False), stemmer)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every passage (zeros when no query word is in the vocabulary)."""
        return bm25_scores(self.retriever, tokenize(query, self.stemmer, query=True, vocabulary=self.retriever.vocab_dict))


def char_ngrams(text: str, n: int, *, query: bool = False) -> list[str]:
    """Character n-grams of the content words, each word padded with '#' (femicide -> #fe, fem, ..., de#).

    A hyphenated compound contributes its parts only, not the whole as well.
    """
    words = [w for w in split_words(text) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]
    if query:
        words = [w for w in words if w not in QUERY_STOPWORDS] or words
    out: list[str] = []
    for w in words:
        if "-" in w or "+" in w:
            continue
        padded = f"#{w}#"
        out.extend(padded[i : i + n] for i in range(max(1, len(padded) - n + 1)))
    return out


class NgramIndex:
    """BM25 over character n-grams of passage ranking texts; built in memory (a few hundred passages take ms)."""

    def __init__(self, retriever: bm25s.BM25, n: int):
        self.retriever = retriever
        self.n = n

    @classmethod
    def build(cls, texts: list[str], n: int = 3, k1: float = 1.2, b: float = 0.75) -> "NgramIndex":
        retriever = bm25s.BM25(k1=k1, b=b)
        retriever.index([char_ngrams(t, n) or ["#"] for t in texts], show_progress=False)
        return cls(retriever, n)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every passage over the query's n-grams (zeros when none is in the vocabulary)."""
        return bm25_scores(self.retriever, char_ngrams(query, self.n, query=True))
