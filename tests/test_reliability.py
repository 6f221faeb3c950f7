"""Faults and state changes: a damaged index at start-up, a rebuild under load, the admin guard."""

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from conftest import ROOT, start_server, stop_server

TOKEN = "test-token-0123456789abcdef"


def serve_once(env_extra, timeout=120):
    env = {**os.environ, **env_extra, "RAG_PORT": "1"}  # never reaches binding: start-up fails first
    return subprocess.run([sys.executable, "-m", "rag.cli", "serve"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def private_index(built_index: Path, tmp_path: Path) -> Path:
    """A copy of the session index behind its own symlink, so a test may rebuild or damage it."""
    shutil.copytree(built_index.resolve(), tmp_path / "store.d" / "first")
    os.symlink(Path("store.d") / "first", tmp_path / "store")
    return tmp_path / "store"


@pytest.mark.parametrize("victim", ["dense.faiss", "manifest.json", "lexical/params.index.json"])
def test_damaged_index_stops_start_up_with_a_clear_error(built_index, settings_env, tmp_path, victim):
    index_dir = private_index(built_index, tmp_path)
    path = index_dir.resolve() / victim
    if path.exists():
        path.write_bytes(path.read_bytes()[: max(1, path.stat().st_size // 3)])
    out = serve_once({**settings_env, "RAG_INDEX_DIR": str(index_dir)})
    assert out.returncode == 3, out.stderr
    assert "rag index" in out.stderr and "Traceback" not in out.stderr
    assert victim.split("/")[-1] in out.stderr or "manifest" in out.stderr


def test_bad_setting_is_named_with_its_value(settings_env):
    out = serve_once({**settings_env, "RAG_ENABLE_REINDEX": "true", "RAG_ADMIN_TOKEN": "short"})
    assert out.returncode == 2
    assert "admin_token" in out.stderr and "Traceback" not in out.stderr
    out = serve_once({**settings_env, "RAG_FUSION_ALPHA": "7"})
    assert out.returncode == 2 and "fusion_alpha" in out.stderr and "'7'" in out.stderr


def test_reindex_is_off_by_default(server):
    with server.client() as c:
        r = c.post("/api/admin/reindex", headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403 and "disabled" in r.json()["detail"]


@pytest.mark.slow
def test_rebuild_under_load_fails_no_request(built_index, settings_env, tmp_path):
    """Clients keep searching and asking while the index is rebuilt and swapped in: zero failures."""
    index_dir = private_index(built_index, tmp_path)
    env = {**settings_env, "RAG_INDEX_DIR": str(index_dir), "RAG_ENABLE_REINDEX": "true", "RAG_ADMIN_TOKEN": TOKEN}
    srv = start_server(env, tmp_path / "server.log")
    try:
        with srv.client() as c:
            assert c.post("/api/admin/reindex", headers={"Authorization": "Bearer wrong-token-000000000"}).status_code == 401
            before = c.get("/api/health").json()["index_built_at"]
        stop = threading.Event()
        results: list[int] = []

        def client_loop(i: int) -> None:
            with srv.client() as c:
                while not stop.is_set():
                    if i % 2:
                        r = c.post("/api/search", json={"query": "Veilige Steden gemeenten", "k": 3})
                    else:
                        r = c.post("/api/ask", json={"question": "Wie is de regeringscommissaris?"})
                    results.append(r.status_code)

        threads = [threading.Thread(target=client_loop, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        time.sleep(1.0)
        with srv.client() as c:
            r = c.post("/api/admin/reindex", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=300)
        time.sleep(1.0)
        stop.set()
        for t in threads:
            t.join(timeout=60)
        assert r.status_code == 200, r.text
        assert len(results) > 20 and set(results) == {200}, {s: results.count(s) for s in set(results)}
        with srv.client() as c:
            after = c.get("/api/health").json()
        assert after["index_built_at"] >= before and after["passages"] == r.json()["passages"]
        assert index_dir.resolve().name != "first", "the new build was published"
    finally:
        stop_server(srv)
