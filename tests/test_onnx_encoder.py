"""The ONNX Runtime query encoder: same vectors as PyTorch, cached export, clear errors."""

from __future__ import annotations

import numpy as np
import pytest

from index.embed import Embedder, ModelUnavailable
from index.onnx_encoder import OnnxExportError, check_pooling

QUERIES = [
    "Wat doet het kabinet tegen femicide?",
    "Hoeveel meldingen van discriminatie kwamen er binnen?",
    "What does the government do about online harassment of women in politics?",
    "lhbtiq+",
    "Welke maatregelen neemt de regering om de loonkloof tussen mannen en vrouwen te verkleinen, en wanneer wordt daarover aan de Kamer gerapporteerd?",
]


def test_default_backend_is_int8_and_close_to_pytorch(embedder):
    assert embedder.query_backend == "onnx-int8" and embedder.onnx is not None
    quantised = embedder.encode_queries(QUERIES)
    torch_vectors = embedder._encode(QUERIES, 32, False)
    assert quantised.shape == torch_vectors.shape and quantised.dtype == np.float32
    assert np.allclose(np.linalg.norm(quantised, axis=1), 1.0, atol=1e-5)
    cos = np.sum(quantised * torch_vectors, axis=1)
    assert np.min(cos) > 0.97 and np.mean(cos) > 0.98


def test_fp32_export_gives_the_pytorch_vectors(settings):
    fp32 = Embedder(settings.embedding_model, query_backend="onnx", cache_dir=settings.model_cache_dir)
    assert np.min(np.sum(fp32.encode_queries(QUERIES) * fp32._encode(QUERIES, 32, False), axis=1)) > 0.9999


def test_batches_equal_single_queries(embedder):
    """A query's vector must not depend on the other queries encoded with it (int8 activations are
    quantised per call, so the encoder runs one query per call)."""
    batch = embedder.encode_queries(QUERIES, batch_size=8)
    single = np.stack([embedder.encode_queries([q])[0] for q in QUERIES])
    assert np.array_equal(batch, single)
    assert embedder.encode_queries([]).shape == (0, embedder.dim)


def test_export_is_cached(settings, embedder):
    exported: list[str] = []
    Embedder(settings.embedding_model, query_backend=settings.query_backend, cache_dir=settings.model_cache_dir, log=exported.append)
    assert exported == [], "a second load must reuse the cached export"


def test_damaged_export_is_a_clear_error(tmp_path, settings, embedder):
    from index.onnx_encoder import weights_digest
    from index.embed import resolve_model
    from pathlib import Path

    model_dir = Path(resolve_model(settings.embedding_model))
    (tmp_path / f"{model_dir.name}-{weights_digest(model_dir)}-onnx.onnx").write_bytes(b"not an onnx file")
    with pytest.raises(ModelUnavailable, match="delete it to re-export"):
        Embedder(settings.embedding_model, query_backend="onnx", cache_dir=tmp_path)


def test_only_mean_pooling_models_are_exported(embedder):
    check_pooling(embedder.model)  # the bundled model: Transformer, mean Pooling, Normalize
    modules = list(embedder.model)
    with pytest.raises(OnnxExportError, match="mean-pooling models only"):
        check_pooling(modules[:1])


@pytest.mark.slow
def test_int8_export_is_close(tmp_path, settings):
    quantised = Embedder(settings.embedding_model, query_backend="onnx-int8", cache_dir=tmp_path)
    assert len(list(tmp_path.glob("*-onnx-int8.onnx"))) == 1
    assert not list(tmp_path.glob(".export-*")), "the temporary export directory is removed"
    cos = np.sum(quantised.encode_queries(QUERIES) * quantised._encode(QUERIES, 32, False), axis=1)
    assert np.min(cos) > 0.97
