"""The passage-search interface between rag/ and an index backend.

`rag.retrieve.Retriever` asks a `Store` for the top passages of one query; the store
answers with rows of the build's passage list (`LoadedIndex.passages`), which the answerer
and the claim checker keep in memory with the sentence rows and vectors. Two stores:

- `local` (default): FAISS flat + bm25s, every passage scored in process and fused in
  Python (`rag.retrieve.LocalStore`);
- `milvus`: one Milvus collection per build (e5 vectors, BM25 full-text search on
  pre-stemmed words and on character n-grams); the fusion is Milvus's `hybrid_search`
  (`index.milvus.MilvusPassages`). Milvus Lite (a `.db` file path) or a server/cluster URI.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

import numpy as np

IndexBackend = Literal["local", "milvus"]


@dataclass(frozen=True)
class SearchRequest:
    """One query, with the fusion already resolved for its language (`dense_weight`)."""

    text: str
    vector: np.ndarray | None  # the query embedding (None in mode "bm25")
    k: int
    doc_id: str | None = None
    mode: Literal["hybrid", "bm25", "dense"] = "hybrid"
    fusion: Literal["rrf", "weighted"] = "weighted"
    dense_weight: float = 0.4  # alpha (Dutch) or alpha_en (other languages)
    ngram_weight: float = 0.5  # share of character n-gram BM25 in the lexical side
    ngram_size: int = 3
    rrf_k: int = 60


@dataclass(frozen=True)
class StoreHit:
    row: int  # index into the build's passage list
    score: float  # the fused score (what the ranking is by)
    dense: float = 0.0  # the dense score, when the store knows it (Milvus hybrid: 0)
    lexical: float = 0.0  # the lexical score, when the store knows it (Milvus hybrid: 0)


@runtime_checkable
class Store(Protocol):
    """What the retriever needs of an index backend."""

    kind: str  # "local" or "milvus"

    def search(self, request: SearchRequest) -> list[StoreHit]:
        """The top `request.k` passages, best first (only `request.doc_id`'s when it is set)."""
        ...
