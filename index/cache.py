"""An embedding cache on disk, keyed by embedder name + text hash.

A rebuild, or an index with one new document, embeds only text it has not seen with the
same embedder. The cache is one SQLite file (stdlib, safe for concurrent readers and one
writer, every insert batch in a transaction), so a crash never leaves half a vector.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import numpy as np

from index.embed import Embedder


def text_key(embedder_name: str, text: str) -> str:
    return hashlib.sha256(f"{embedder_name}\x00{text}".encode("utf-8")).hexdigest()[:32]


class EmbeddingCache:
    """Vectors by (embedder name, text). `path=None` is a cache that remembers nothing."""

    def __init__(self, path: Path | None):
        self.path = Path(path) if path is not None else None
        self.hits = 0
        self.misses = 0

    def _connect(self) -> sqlite3.Connection:
        assert self.path is not None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=30)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, dim INTEGER NOT NULL, vector BLOB NOT NULL)")
        return con

    def get_many(self, keys: list[str], dim: int) -> dict[str, np.ndarray]:
        if self.path is None or not keys:
            return {}
        found: dict[str, np.ndarray] = {}
        with self._connect() as con:
            for i in range(0, len(keys), 500):
                part = keys[i : i + 500]
                rows = con.execute(
                    f"SELECT key, dim, vector FROM vectors WHERE key IN ({','.join('?' * len(part))})", part
                ).fetchall()
                for key, d, blob in rows:
                    if d == dim and len(blob) == 4 * dim:
                        found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        if self.path is None or not items:
            return
        with self._connect() as con:
            con.executemany(
                "INSERT OR REPLACE INTO vectors (key, dim, vector) VALUES (?, ?, ?)",
                [(k, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()],
            )


def open_cache(cache_dir: Path | None) -> EmbeddingCache:
    """The embedding cache of a cache directory (`None`: a cache that remembers nothing)."""
    return EmbeddingCache(Path(cache_dir) / "embeddings.sqlite" if cache_dir else None)


class CachedEmbedder:
    """An `Embedder` whose passage vectors go through an `EmbeddingCache`. Users' questions are not cached;
    `encode_fixed_queries` caches the questions the program itself asks on every start (rag.background)."""

    def __init__(self, embedder: Embedder, cache: EmbeddingCache):
        self.inner = embedder
        self.cache = cache
        self.name = embedder.name
        self.dim = embedder.dim

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self.inner.encode_queries(texts)

    def encode_passages(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        return self._through_cache(texts, self.name, lambda missing: self.inner.encode_passages(missing, progress=progress))

    def encode_fixed_queries(self, texts: list[str]) -> np.ndarray:
        """Query vectors through the cache (keyed apart from passages: e5 embeds a question differently)."""
        return self._through_cache(texts, f"{self.name} query", self.inner.encode_queries)

    def _through_cache(self, texts: list[str], space: str, encode) -> np.ndarray:
        keys = [text_key(space, t) for t in texts]
        found = self.cache.get_many(list(dict.fromkeys(keys)), self.dim)
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in found))
        self.cache.hits += len(texts) - sum(1 for k in keys if k not in found)
        self.cache.misses += len(missing)
        if missing:
            new = {text_key(space, t): v for t, v in zip(missing, encode(missing))}
            self.cache.put_many(new)
            found.update(new)
        out = np.vstack([found[k] for k in keys]) if keys else np.zeros((0, self.dim), np.float32)
        return np.ascontiguousarray(out, dtype=np.float32)

    def encode_cached_only(self, texts: list[str]) -> tuple[np.ndarray, int]:
        """The vectors the cache holds; zero rows for the texts it does not (and how many those are). Embeds nothing."""
        keys = [text_key(self.name, t) for t in texts]
        found = self.cache.get_many(list(dict.fromkeys(keys)), self.dim)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, k in enumerate(keys):
            if k in found:
                out[i] = found[k]
        return out, sum(1 for k in keys if k not in found)

    def __getattr__(self, attr):  # token_count, max_tokens, ... of the wrapped embedder
        return getattr(self.inner, attr)
