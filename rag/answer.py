"""Extractive, cited answers: every answer sentence is a sentence of a retrieved passage.

1. retrieve the top passages (hybrid);
2. score each of their sentences: IDF-weighted stemmed term overlap with the
   question, dense similarity (sentence vectors are precomputed at index time),
   numbers of the question found in the sentence, the passage's retrieval rank,
   and the sentence's position;
3. keep the best sentence and up to `max_sentences - 1` others close to it,
   in document order, each followed by `[n]` where `citations[n-1]` is the passage;
4. abstain when the calibrated confidence is below the threshold, showing the
   closest passages as "mogelijk relevant".
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from index.lexical import tokenize
from rag.schemas import AskResponse, AnswerSentence, Citation, PassageOut, SearchResult

ABSTAIN_MESSAGE = (
    "De documenten bevatten geen antwoord op deze vraag. "
    "Hieronder staan de passages die er het dichtst bij komen (mogelijk relevant)."
)
CALIBRATION_FILE = Path(__file__).with_name("calibration.json")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")

# Sentence score weights (tuned on the dev split; see eval/README.md).
W_LEXICAL, W_DENSE, W_RANK, W_NUMBER, W_POSITION, W_TYPE = 0.45, 0.35, 0.15, 0.10, 0.03, 0.08
# What a question word asks for, and how to see it in a sentence.
ANSWER_TYPES = [
    (re.compile(r"^\s*(hoeveel|how (many|much))\b", re.I), re.compile(r"\d|procent|%|\b(twee|drie|vier|vijf|tien|honderd|duizend|miljoen)\w*", re.I)),
    (re.compile(r"^\s*(wanneer|when|in welk jaar|vanaf wanneer|tot wanneer)\b", re.I), re.compile(r"\b(19|20)\d\d\b|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|zomer|najaar|voorjaar|kwartaal", re.I)),
    (re.compile(r"^\s*(wie|who)\b", re.I), re.compile(r"\b[A-Z][a-zà-ÿ]+\s+[A-Z][a-zà-ÿ]+|\b[A-Z]{2,}\b")),
]
KEEP_RATIO = 0.85  # further sentences must score at least this fraction of the best one


def answerability(x: dict[str, float]) -> float:
    """A monotone score of how well the retrieved text covers the question: the share of its (IDF-weighted)
    words found in the best sentence, the best sentence's score, minus numbers and rare words the top
    passages lack. Higher means more likely answered; the calibration maps it to a probability."""
    return x["lexical_coverage"] + 0.5 * x["top_sentence"] - 0.5 * x["numbers_missing"] - 0.2 * x["rare_term_missing"]


@dataclass(frozen=True)
class Calibration:
    """Platt scaling of `answerability` to P(the documents answer the question), fitted on the dev split."""

    slope: float
    bias: float
    threshold: float

    def probability(self, x: dict[str, float]) -> float:
        z = self.bias + self.slope * answerability(x)
        return 1.0 / (1.0 + math.exp(-z))


DEFAULT_CALIBRATION = Calibration(slope=8.0, bias=-5.0, threshold=0.5)


@lru_cache(maxsize=1)
def load_calibration(path: Path = CALIBRATION_FILE) -> Calibration:
    if not path.is_file():
        return DEFAULT_CALIBRATION
    data = json.loads(path.read_text(encoding="utf-8"))
    return Calibration(data["slope"], data["bias"], data["threshold"])


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


class SentenceIndex:
    """Per-passage sentence rows and term statistics, computed once per loaded index."""

    def __init__(self, index, stemmer: str):
        self.index = index
        self.stemmer = stemmer
        self.rows_of: dict[int, list[int]] = {}
        for i, (row, _s, _e) in enumerate(index.sentences):
            self.rows_of.setdefault(int(row), []).append(i)
        df: dict[str, int] = {}
        for p in index.passages:
            for t in set(tokenize(p.ranking_text(), stemmer)):
                df[t] = df.get(t, 0) + 1
        n = len(index.passages)
        self.idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        self.default_idf = math.log(1 + (n + 0.5) / 0.5)

    def terms(self, text: str, query: bool = False) -> set[str]:
        return set(tokenize(text, self.stemmer, query=query))

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


def score_sentences(engine, question: str, hits, qv: np.ndarray) -> tuple[list[ScoredSentence], float]:
    sidx: SentenceIndex = engine.sentence_index
    q_terms = sidx.terms(question, query=True)
    q_numbers = set(NUMBER.findall(question))
    wants = next((pattern for asks, pattern in ANSWER_TYPES if asks.search(question)), None)
    out: list[ScoredSentence] = []
    best_coverage = 0.0
    for hit in hits:
        row = engine.row_of[hit.passage.passage_id]
        text = hit.passage.text
        rank_score = 1.0 / hit.rank
        for pos, srow, s, e in sidx.sentences(row):
            sentence = text[s:e]
            terms = sidx.terms(sentence) | (sidx.terms(hit.passage.section) if pos == 0 else set())
            coverage = sidx.coverage(q_terms, terms)
            dense = float(sidx.index.sentence_vectors[srow] @ qv)
            numbers = len(q_numbers & set(NUMBER.findall(sentence))) / len(q_numbers) if q_numbers else 0.0
            score = (
                W_LEXICAL * coverage
                + W_DENSE * dense
                + W_RANK * rank_score
                + W_NUMBER * numbers
                + W_POSITION * (1.0 if pos == 0 else 0.0)
                + W_TYPE * (1.0 if wants is not None and wants.search(sentence) else 0.0)
            )
            best_coverage = max(best_coverage, coverage)
            out.append(ScoredSentence(row, s, e, score, coverage, dense))
    out.sort(key=lambda x: -x.score)
    return out, best_coverage


def rare_term_missing(sidx: SentenceIndex, question: str, hits) -> float:
    """The rarest question word that the top passages lack, as a share of the largest IDF (0: none missing).

    Unanswerable questions tend to name something the documents do not have ("in 2027", "defensiebudget")."""
    have: set[str] = set()
    for h in hits:
        have |= sidx.terms(h.passage.ranking_text())
    missing = [sidx.weight({t}) for t in sidx.terms(question, query=True) - have]
    return max(missing, default=0.0) / sidx.default_idf


def numbers_missing(question: str, hits) -> float:
    """Share of the question's numbers and years that none of the top passages contains."""
    wanted = set(NUMBER.findall(question))
    if not wanted:
        return 0.0
    text = " ".join(h.passage.text for h in hits)
    return sum(1 for n in wanted if not re.search(rf"(?<![\d.,]){re.escape(n)}(?![\d]|[.,]\d)", text)) / len(wanted)


def select(scored: list[ScoredSentence], max_sentences: int) -> list[ScoredSentence]:
    if not scored:
        return []
    best = scored[0]
    chosen = [best]
    for cand in scored[1:]:
        if len(chosen) >= max_sentences or cand.score < KEEP_RATIO * best.score:
            break
        if any(c.row == cand.row and c.start == cand.start for c in chosen):
            continue
        chosen.append(cand)
    # readable order: passages in order of first appearance by score, sentences in text order within each
    first_seen = {}
    for c in chosen:
        first_seen.setdefault(c.row, len(first_seen))
    return sorted(chosen, key=lambda c: (first_seen[c.row], c.start))


def draft_answer(engine, question: str, k: int = 5, doc_id: str | None = None, max_sentences: int = 3) -> AnswerDraft:
    engine.check_doc_id(doc_id)
    retriever = engine.retriever
    qv = retriever.encode(question)
    hits = retriever.search(question, k=k, doc_id=doc_id, query_vector=qv)
    scored, coverage = score_sentences(engine, question, hits, qv)
    chosen = select(scored, max_sentences)
    features = {
        "top_sentence": scored[0].score if scored else 0.0,
        "lexical_coverage": coverage,
        "dense_max": max((s.dense for s in scored), default=0.0),
        "rare_term_missing": rare_term_missing(engine.sentence_index, question, hits[:3]),
        "numbers_missing": numbers_missing(question, hits[:3]),
    }
    calibration = load_calibration()
    confidence = calibration.probability(features)
    return AnswerDraft(chosen, hits, features, confidence, abstained=confidence < calibration.threshold or not chosen)


def answer_response(engine, question: str, k: int = 5, doc_id: str | None = None, max_sentences: int = 3) -> AskResponse:
    draft = draft_answer(engine, question, k, doc_id, max_sentences)
    passages = engine.index.passages
    if draft.abstained:
        related = [SearchResult.of(h) for h in draft.hits[:3]]
        return AskResponse(
            question=question,
            answer=ABSTAIN_MESSAGE,
            sentences=[],
            citations=[],
            abstained=True,
            confidence=round(draft.confidence, 4),
            related=related,
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
    )
