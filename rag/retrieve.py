"""Hybrid retrieval: BM25 (Dutch stemming) and dense (multilingual-e5 by default) fused.

Both retrievers score every passage (the corpus is a few hundred passages, so
exact scoring is cheaper than approximate top-k), and the fusion combines the
full score vectors:

- `weighted`: min-max normalise each score vector over the candidates, then
  `alpha * dense + (1 - alpha) * bm25`, with `alpha` by the query's language: a Dutch
  question shares words with the Dutch documents, an English one does not, so it leans
  on the (multilingual) dense side (`alpha_en`, also for other non-Dutch queries);
- `rrf`: reciprocal rank fusion, `sum 1 / (rrf_k + rank)`.

With `ngram_weight > 0` the lexical score itself blends word BM25 with BM25
over character n-grams (`(1 - w) * minmax(words) + w * minmax(ngrams)`), which
matches compounds and inflections the stemmer misses; 0 gives word BM25 alone.

The ranking itself is asked of an `index.backend.Store`: `LocalStore` (the above, in
process; the default) or `index.milvus.MilvusPassages` (the same routes and weights as
a Milvus `hybrid_search`), chosen by `RAG_INDEX_BACKEND`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from threading import Lock
from typing import TYPE_CHECKING

import numpy as np

from corpus.records import Passage
from index.backend import SearchRequest, Store, StoreHit
from index.store import LoadedIndex, dense_scores
from rag.glossary import with_document_terms, with_dutch_terms
from rag.language import Language, detect_language
from rag.retrieval_config import RetrievalConfig, check_k

if TYPE_CHECKING:
    from index.lexical import NgramIndex  # bm25s: imported when a retriever is built, not with the settings


@dataclass(frozen=True)
class SearchHit:
    passage: Passage
    rank: int
    score: float
    dense_score: float
    lexical_score: float
    quoted: bool = False  # the answer to the query quotes this passage (ranked first: rag.answer.answer_first)


def minmax(x: np.ndarray) -> np.ndarray:
    lo, hi = float(x.min()), float(x.max())
    if hi - lo < 1e-9:
        return np.zeros_like(x)
    return (x - lo) / (hi - lo)


def ranks(x: np.ndarray) -> np.ndarray:
    """1-based rank of each element by descending score."""
    order = np.argsort(-x, kind="stable")
    r = np.empty(len(x), dtype=np.int64)
    r[order] = np.arange(1, len(x) + 1)
    return r


def blend_lexical(words: np.ndarray, ngrams: np.ndarray, weight: float) -> np.ndarray:
    """Word BM25 and character n-gram BM25, each min-max normalised, mixed with `weight` on the n-grams."""
    return (1.0 - weight) * minmax(words) + weight * minmax(ngrams)


def fuse(dense: np.ndarray, lexical: np.ndarray, cfg: RetrievalConfig, language: Language = "nl") -> np.ndarray:
    if cfg.mode == "dense":
        return dense
    if cfg.mode == "bm25":
        return lexical
    if cfg.fusion == "rrf":
        return 1.0 / (cfg.rrf_k + ranks(dense)) + 1.0 / (cfg.rrf_k + ranks(lexical))
    alpha = cfg.alpha if language == "nl" else cfg.alpha_en
    return alpha * minmax(dense) + (1.0 - alpha) * minmax(lexical)


class LocalStore:
    """`index.backend.Store` in process: every passage scored (FAISS + bm25s) and fused in Python."""

    kind = "local"

    def __init__(self, retriever: "Retriever"):
        self.retriever = retriever

    def search(self, req: SearchRequest) -> list[StoreHit]:
        r = self.retriever
        cfg = replace(r.config, mode=req.mode, fusion=req.fusion, alpha=req.dense_weight, alpha_en=req.dense_weight,
                      ngram_weight=req.ngram_weight, ngram_size=req.ngram_size, rrf_k=req.rrf_k)
        fused, dense, lexical = r.score_all(req.text, cfg, req.vector)
        candidates = np.arange(len(fused))
        if req.doc_id is not None:
            candidates = candidates[r.doc_ids == req.doc_id]
        order = candidates[np.argsort(-fused[candidates], kind="stable")][: req.k]
        return [StoreHit(int(i), float(fused[i]), float(dense[i]), float(lexical[i])) for i in order]


QUERY_VECTORS = 256  # query vectors kept per retriever (384 floats each)
URL = re.compile(r"https?://\S+|www\.\S+")
LINK_SLACK = 15  # hits asked of the store beyond k, for the link-only passages among them (14 in the bundled footnotes)


def only_links(text: str) -> bool:
    """A passage that is a footnote's web address and nothing else: it answers nothing and is never a search result
    (an English question's embedding finds English-looking URLs close: "And who is responsible ...?")."""
    rest = URL.sub(" ", text)
    return rest != text and len(rest.split()) <= 2


def sentence_ranges(sentences: np.ndarray, n_passages: int) -> list[tuple[int, int]]:
    """For each passage row, the [start, end) range of its sentences in the index's sentence table (ordered by row)."""
    rows = sentences[:, 0] if len(sentences) else np.zeros(0, np.int64)
    starts = np.searchsorted(rows, np.arange(n_passages), side="left")
    ends = np.searchsorted(rows, np.arange(n_passages), side="right")
    return list(zip(starts.tolist(), ends.tolist()))


def reranks_sentences(cfg: RetrievalConfig, language: Language) -> bool:
    """The best-sentence re-rank is tuned on the weighted fusion of Dutch queries; RRF keeps its rank-only scores
    (at most 2/(rrf_k+1)) and English queries gained nothing from it on dev."""
    return cfg.mode == "hybrid" and cfg.fusion == "weighted" and cfg.sentence_weight > 0 and language == "nl"


def expand(query: str) -> str:
    """A non-Dutch query with the Dutch terms of its words appended, a Dutch one with the documents' terms for its
    everyday words (rag.glossary). The fusion weights still follow the query's own language."""
    return with_document_terms(query) if detect_language(query) == "nl" else with_dutch_terms(query)


class Retriever:
    """Searches one loaded index with one embedder. Thread-safe for reads.

    `store`: where the ranking runs (default: `LocalStore`, in process); the passages, and the
    rows the store answers with, are the loaded index's."""

    def __init__(self, index: LoadedIndex, embedder, config: RetrievalConfig = RetrievalConfig(), store: Store | None = None):
        self.index = index
        self.embedder = embedder
        self.config = config
        self.store: Store = store or LocalStore(self)
        self.doc_ids = np.array([p.doc_id for p in index.passages])
        self.links_only = [only_links(p.text) for p in index.passages]
        self.sentence_range = sentence_ranges(index.sentences, len(index.passages))
        self._ngrams: dict[int, NgramIndex] = {}
        self._ngrams_lock = Lock()
        # the last queries' vectors: a search that also drafts the answer (rag.answer.answer_first) encodes its query once
        self._encoded = lru_cache(maxsize=QUERY_VECTORS)(self._encode)
        if config.ngram_weight > 0 and self.store.kind == "local":
            self.ngram_index(config.ngram_size)

    @property
    def passages(self) -> list[Passage]:
        return self.index.passages

    def encode(self, query: str) -> np.ndarray:
        return self._encoded(query)

    def _encode(self, query: str) -> np.ndarray:
        vector = self.embedder.encode_queries([expand(query)])[0]
        vector.setflags(write=False)  # shared by every caller of the cache
        return vector

    def ngram_index(self, n: int) -> NgramIndex:
        """The character n-gram index of the passages' ranking texts, built on first use."""
        built = self._ngrams.get(n)
        if built is not None:
            return built
        from index.lexical import NgramIndex

        with self._ngrams_lock:
            if n not in self._ngrams:
                self._ngrams[n] = NgramIndex.build([p.ranking_text() for p in self.index.passages], n)
            return self._ngrams[n]

    def lexical_scores(self, query: str, cfg: RetrievalConfig) -> np.ndarray:
        words = self.index.lexical.scores(query)
        if cfg.ngram_weight <= 0:
            return words
        return blend_lexical(words, self.ngram_index(cfg.ngram_size).scores(query), cfg.ngram_weight)

    def score_all(
        self, query: str, config: RetrievalConfig | None = None, query_vector: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(fused, dense, lexical) scores of every passage for the query."""
        cfg = config or self.config
        n = len(self.index.passages)
        lexical = self.lexical_scores(expand(query), cfg) if cfg.mode != "dense" else np.zeros(n, np.float32)
        if cfg.mode != "bm25":
            qv = self.encode(query) if query_vector is None else query_vector
            dense = dense_scores(self.index, qv)
        else:
            dense = np.zeros(n, np.float32)
        return fuse(dense, lexical, cfg, detect_language(query)), dense, lexical

    def best_sentence_scores(self, rows: list[int], query_vector: np.ndarray) -> np.ndarray:
        """For each passage row, the e5 similarity of its sentence (embedded after its heading) closest to the query."""
        vectors = self.index.answer_vectors
        out = np.zeros(len(rows), np.float32)
        if vectors is None:
            return out
        for i, row in enumerate(rows):
            lo, hi = self.sentence_range[row]
            if hi > lo:
                out[i] = float((vectors[lo:hi] @ query_vector).max())
        return out

    def by_best_sentence(self, hits: list[StoreHit], query_vector: np.ndarray, cfg: RetrievalConfig) -> list[StoreHit]:
        """A Dutch query's top `rerank_depth` hits re-ranked by fused score + `sentence_weight` x their best sentence's similarity
        (both min-max scaled over those hits; the sentence part scaled to the fused scores' range, so that every
        re-ranked score stays at or above the fused score of the first hit not re-ranked). A passage whose one
        sentence answers is lifted above a longer one that only shares the subject."""
        top, rest = hits[: cfg.rerank_depth], hits[cfg.rerank_depth :]
        if len(top) < 2:
            return hits
        fused = np.array([h.score for h in top], np.float32)
        best = minmax(self.best_sentence_scores([h.row for h in top], query_vector))
        spread = float(fused.max() - fused.min())
        scores = fused + cfg.sentence_weight * spread * best
        order = np.argsort(-scores, kind="stable")
        return [replace(top[i], score=float(scores[i])) for i in order] + rest

    def search(
        self,
        query: str,
        k: int = 5,
        doc_id: str | None = None,
        config: RetrievalConfig | None = None,
        query_vector: np.ndarray | None = None,
    ) -> list[SearchHit]:
        if not query or not query.strip():
            raise ValueError("query must not be empty")
        check_k(k)
        cfg = config or self.config
        if cfg.mode != "bm25" and query_vector is None:
            query_vector = self.encode(query)
        language = detect_language(query)
        request = SearchRequest(
            text=expand(query), vector=query_vector if cfg.mode != "bm25" else None, k=k + LINK_SLACK, doc_id=doc_id,
            mode=cfg.mode, fusion=cfg.fusion,
            dense_weight=cfg.alpha if language == "nl" else cfg.alpha_en,
            ngram_weight=cfg.ngram_weight, ngram_size=cfg.ngram_size, rrf_k=cfg.rrf_k,
        )
        hits = [h for h in self.store.search(request) if not self.links_only[h.row]]
        if reranks_sentences(cfg, language):
            hits = self.by_best_sentence(hits, query_vector, cfg)
        hits = hits[:k]
        return [SearchHit(self.index.passages[h.row], rank, h.score, h.dense, h.lexical) for rank, h in enumerate(hits, start=1)]
