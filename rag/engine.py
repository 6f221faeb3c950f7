"""The loaded system: settings, index, embedding model and retriever, loaded once."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from corpus.aliases import AliasTable, build_alias_table
from corpus.loader import load_corpus
from corpus.records import Document
from index.cache import CachedEmbedder, open_cache
from index.lexical import tokenize
from index.store import BuildConfig, IndexLoadError, LoadedIndex, load_index
from rag.answer import SentenceIndex, answer_first, draft_answer
from rag.background import Background, covered_by
from rag.coverage import sole_signatory
from rag.language import detect_language
from rag.retrieve import RetrievalConfig, Retriever, SearchHit
from rag.schemas import SearchResponse, SearchResult
from rag.settings import Settings
from rag.spelling import Speller, written_out

log = logging.getLogger("rag.engine")


@dataclass
class Engine:
    settings: Settings
    index: LoadedIndex
    retriever: Retriever
    documents: dict[str, Document]

    def __post_init__(self) -> None:
        self.row_of = {p.passage_id: i for i, p in enumerate(self.index.passages)}
        self.sentence_index = SentenceIndex(self.index, self.index.manifest.stemmer)
        # the names the documents define (from the index; an index from before aliases.json: built from the corpus)
        self.aliases: AliasTable = self.index.aliases or build_alias_table(d.text for d in self.documents.values())
        self.speller = Speller(d.text for d in self.documents.values())  # typos in a Dutch question (rag.spelling)
        self.footnotes_of = footnote_rows(self.index.passages, self.documents)
        self.anchors_of = footnote_anchors(self.index.passages, self.documents)
        # each document's only signatory ("" for none or several): who a letter's "ik" is, for answers and claims
        self.signatories = {doc_id: sole_signatory(d.text) for doc_id, d in self.documents.items()}
        cached = CachedEmbedder(self.retriever.embedder, open_cache(self.settings.embedding_cache_dir))
        passage_terms = [self.sentence_index.terms(p.ranking_text()) for p in self.index.passages]
        # what the answer confidence compares with, without the subjects the documents cover
        self.background = Background(cached.encode_fixed_queries, skip=covered_by(passage_terms, self.sentence_index))

    @classmethod
    def load(cls, settings: Settings, embedder=None) -> "Engine":
        cfg = BuildConfig.from_settings(settings)
        index = load_index(settings.index_dir, cfg)
        embedder = embedder or cfg.make_embedder(threads=settings.torch_threads)
        retriever = Retriever(index, embedder, RetrievalConfig.from_settings(settings), store=open_store(settings, index))
        documents = {d.doc_id: d for d in load_corpus(settings.corpus_dir, settings.embedding_cache_dir)}
        return cls(settings, index, retriever, documents)

    def check_doc_id(self, doc_id: str | None) -> None:
        if doc_id is not None and doc_id not in self.documents:
            known = ", ".join(sorted(self.documents))
            raise KeyError(f"unknown doc_id {doc_id!r}; known documents: {known}")

    def search(self, query: str, k: int = 5, doc_id: str | None = None) -> list[SearchHit]:
        """The passages for `query`; with `settings.answer_first`, those its answer quotes first (rag.answer.answer_first)."""
        self.check_doc_id(doc_id)
        hits = self.retriever.search(self.spelled(query), k=k, doc_id=doc_id)
        if not self.settings.answer_first:
            return hits
        return answer_first(self, hits, draft_answer(self, query, doc_id=doc_id), k)

    def spelled(self, text: str, shorthand: bool = True) -> str:
        """A Dutch text with its chat shorthand written out (unless `shorthand` is False: the answer path writes it out
        itself, before it reads the question, `rag.answer.retrieve_for_answer`) and its typos in the documents'
        spelling; an English one as it is."""
        if detect_language(text) != "nl":
            return text
        return self.speller.correct(written_out(text) if shorthand else text)

    def search_response(self, query: str, k: int = 5, doc_id: str | None = None) -> SearchResponse:
        hits = self.search(query, k, doc_id)
        return SearchResponse(query=query, k=k, doc_id=doc_id, results=[SearchResult.of(h) for h in hits])


def footnote_rows(passages, documents: dict[str, Document]) -> dict[int, tuple[int, ...]]:
    """Passage row -> the rows of the footnotes its text refers to (the sources of what it says)."""
    rows_of_note = {(p.doc_id, p.footnote_number): i for i, p in enumerate(passages) if p.kind == "footnote"}
    out: dict[int, tuple[int, ...]] = {}
    for i, p in enumerate(passages):
        doc = documents.get(p.doc_id)
        if p.kind == "footnote" or doc is None:
            continue
        numbers = [n for b in doc.blocks if b.char_start < p.char_end and b.char_end > p.char_start for n in b.footnote_refs]
        rows = tuple(dict.fromkeys(rows_of_note[(p.doc_id, n)] for n in numbers if (p.doc_id, n) in rows_of_note))
        if rows:
            out[i] = rows
    return out


def footnote_anchors(passages, documents: dict[str, Document]) -> dict[int, tuple[int, ...]]:
    """Footnote passage row -> where its markers stand in its document's text (character offsets): the sentence
    right before a marker is what the footnote is the source of. (A document read from a PDF has no anchors.)"""
    at: dict[tuple[str, int], list[int]] = {}
    for doc in documents.values():
        for b in doc.blocks:
            for number, offset in b.footnote_anchors:
                at.setdefault((doc.doc_id, number), []).append(b.char_start + offset)
    return {i: tuple(at[(p.doc_id, p.footnote_number)]) for i, p in enumerate(passages)
            if p.kind == "footnote" and (p.doc_id, p.footnote_number) in at}


def open_store(settings: Settings, index: LoadedIndex):
    """The passage search of `settings.index_backend`: None (the retriever's in-process LocalStore) or the
    build's Milvus collection, named by the local build's id (the passages and sentences stay loaded here)."""
    if settings.index_backend != "milvus":
        return None
    from index.milvus import MilvusError, MilvusIndex

    milvus = MilvusIndex(settings.milvus_uri, settings.milvus_token)
    try:
        store = milvus.open(index.path.name, index.manifest, candidates=settings.milvus_candidates)
        store.vocabulary = frozenset(t for p in index.passages for t in tokenize(p.ranking_text(), index.manifest.stemmer))
        return store
    except MilvusError as exc:
        milvus.close()
        raise IndexLoadError(str(exc)) from exc
