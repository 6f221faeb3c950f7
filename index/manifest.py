"""The index's manifest and the errors of loading an index: what `rag search` reads to find out
whether a running server serves this very index build, without importing numpy, FAISS or bm25s
(index.store, which builds and loads the index, re-exports all of it)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

FORMAT_VERSION = 2
REBUILD_HINT = "run `rag index` to rebuild it"


class IndexLoadError(RuntimeError):
    """The index directory is missing, damaged, or was built for other settings."""


@dataclass
class IndexManifest:
    format_version: int
    embedding_model: str
    embedding_dim: int
    corpus_hash: str
    stemmer: str
    chunk_size: int
    chunk_overlap: int
    passage_count: int
    documents: dict[str, int]
    files: dict[str, dict] = field(default_factory=dict)
    created_at: str = ""
    build_seconds: float = 0.0
    sentences_pending: int = 0  # sentences without a vector yet (a build published before its sentences were embedded)
    builder: str = ""  # `builder_hash` of the code that built it ("" in builds older than the field)

    @classmethod
    def from_dict(cls, data: dict) -> "IndexManifest":
        names = cls.__dataclass_fields__
        missing = [n for n in names if n not in data and names[n].default is names[n].default_factory]
        if missing:
            raise ValueError(f"fields missing: {', '.join(missing)}")
        return cls(**{k: v for k, v in data.items() if k in names})


# ---------------------------------------------------------------- fingerprints


def corpus_hash(corpus_dir: Path) -> str:
    """Hash of the corpus manifest and every document file it lists."""
    corpus_dir = Path(corpus_dir)
    h = hashlib.sha256()
    manifest = corpus_dir / "manifest.json"
    h.update(manifest.read_bytes())
    for entry in json.loads(manifest.read_text(encoding="utf-8"))["documents"]:
        h.update(entry["file"].encode())
        h.update((corpus_dir / "documents" / entry["file"]).read_bytes())
    return h.hexdigest()[:16]


# The code whose output the index stores (parsing, chunking, sentences, the alias table, the BM25 tokens): an index
# built by other code holds other derived data (an alias table without a name the code now knows), so it is rebuilt.
BUILDER_PACKAGES = ("corpus", "index")


@lru_cache(maxsize=1)
def builder_hash() -> str:
    """Hash of the source of the packages that build the index (corpus/, index/)."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for package in BUILDER_PACKAGES:
        for path in sorted((root / package).glob("*.py")):
            h.update(f"{package}/{path.name}".encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


# ---------------------------------------------------------------- read


def read_manifest(index_dir: Path) -> tuple[Path, IndexManifest]:
    index_dir = Path(index_dir)
    if not index_dir.exists():
        raise IndexLoadError(f"no index at {index_dir}; {REBUILD_HINT}")
    real = index_dir.resolve()
    path = real / "manifest.json"
    if not path.is_file():
        raise IndexLoadError(f"index at {index_dir} has no manifest.json (incomplete build?); {REBUILD_HINT}")
    try:
        manifest = IndexManifest.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, TypeError) as exc:
        raise IndexLoadError(f"index manifest {path} is unreadable ({exc}); {REBUILD_HINT}") from exc
    return real, manifest
