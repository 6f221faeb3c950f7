"""Shared fixtures: the real corpus, a real index built on disk, a real uvicorn server.

The index is built once per test session into a temporary directory with the
real embedding model; the server is the real `rag serve` in a subprocess on
127.0.0.1 and a free port, reading that index.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture(scope="session")
def settings_env(tmp_path_factory) -> dict[str, str]:
    """Environment for a process that uses the session's index directory."""
    root = tmp_path_factory.mktemp("index")
    return {"RAG_INDEX_DIR": str(root / "store"), "RAG_CORPUS_DIR": str(ROOT / "corpus"), "RAG_EMBEDDING_CACHE_DIR": str(root / "cache")}


@pytest.fixture(scope="session")
def settings(settings_env):
    from rag.settings import Settings

    return Settings(
        index_dir=Path(settings_env["RAG_INDEX_DIR"]),
        corpus_dir=Path(settings_env["RAG_CORPUS_DIR"]),
        embedding_cache_dir=Path(settings_env["RAG_EMBEDDING_CACHE_DIR"]),
    )


@pytest.fixture(scope="session")
def embedder(settings):
    from index.store import BuildConfig

    return BuildConfig.from_settings(settings).make_embedder()


@pytest.fixture(scope="session")
def built_index(settings, embedder):
    """A real index on disk (FAISS + BM25 + manifest) built from the bundled corpus."""
    from index.store import BuildConfig, build_index

    build_index(BuildConfig.from_settings(settings), settings.index_dir, embedder=embedder)
    return settings.index_dir


@pytest.fixture(scope="session")
def engine(settings, built_index, embedder):
    from rag.engine import Engine

    return Engine.load(settings, embedder=embedder)


@pytest.fixture(scope="session")
def docs():
    from corpus.loader import load_corpus

    return {d.doc_id: d for d in load_corpus(ROOT / "corpus")}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, url: str, process: subprocess.Popen, log_path: Path):
        self.url = url
        self.process = process
        self.log_path = log_path

    def client(self, **kw) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=60, **kw)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


def start_server(env_extra: dict[str, str], log_path: Path, timeout: float = 180) -> Server:
    port = free_port()
    env = {**os.environ, **env_extra, "RAG_HOST": "127.0.0.1", "RAG_PORT": str(port)}
    log_file = open(log_path, "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "rag.cli", "serve"], cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}:\n{log_path.read_text()}")
        try:
            if httpx.get(url + "/api/health", timeout=2).status_code == 200:
                return Server(url, process, log_path)
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    process.kill()
    raise RuntimeError(f"server did not become healthy in {timeout}s:\n{log_path.read_text()}")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.process.kill()


@pytest.fixture(scope="session")
def server(settings_env, built_index, tmp_path_factory):
    """The real `rag serve` (API + UI) on 127.0.0.1, on the session's index."""
    srv = start_server(settings_env, tmp_path_factory.mktemp("server") / "server.log")
    yield srv
    stop_server(srv)


@pytest.fixture(scope="session")
def milvus_env(settings_env, settings, embedder, tmp_path_factory) -> dict[str, str]:
    """An index built on RAG_INDEX_BACKEND=milvus: Milvus Lite in a temporary directory (its own index dir,
    the session's embedding cache). The build process releases Lite's lock, so a server can open it next."""
    from dataclasses import replace

    from index.store import BuildConfig, build_index

    root = tmp_path_factory.mktemp("milvus")
    env = {**settings_env, "RAG_INDEX_DIR": str(root / "store"), "RAG_INDEX_BACKEND": "milvus", "RAG_MILVUS_URI": str(root / "milvus.db")}
    cfg = replace(BuildConfig.from_settings(settings), backend="milvus", milvus_uri=env["RAG_MILVUS_URI"])
    build_index(cfg, Path(env["RAG_INDEX_DIR"]), embedder=embedder)
    return env


@pytest.fixture(scope="session")
def milvus_server(milvus_env, tmp_path_factory):
    """`rag serve` with RAG_INDEX_BACKEND=milvus (Milvus Lite in process, started by the server itself)."""
    srv = start_server(milvus_env, tmp_path_factory.mktemp("milvus-server") / "server.log")
    yield srv
    stop_server(srv)
