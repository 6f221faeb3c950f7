"""The Milvus backend (RAG_INDEX_BACKEND=milvus) on Milvus Lite in a temporary directory.

- the build writes a collection named by the build id and switches the alias to it; old ones are dropped;
- the Milvus-backed retriever ranks like the local one (same routes, same weights, Milvus's hybrid_search);
- the served API on the Milvus backend: a representative subset of tests/test_api.py (the whole module
  runs on both backends with `-m slow`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from eval.gold import load_claims, load_questions

QUERIES = [
    "Hoeveel gemeenten doen mee aan het programma Veilige Steden?",
    "AI-systemen en discriminatie",
    "femicide",
    "Welke organisaties werken samen in de alliantie Jong Gelijk?",
    "loonkloof tussen mannen en vrouwen",
    "How many municipalities take part in the Safe Cities programme?",
    "Wat is de Regenboogstedenaanpak?",  # a compound split on both backends
]


def test_lite_does_not_stem_so_the_text_is_stemmed_before(tmp_path):
    """Milvus Lite's analyzer ignores a `stemmer` filter; the words we index are PyStemmer's, so inflections meet."""
    from index.lexical import tokenize
    from index.milvus import ngrams_text, words_text

    assert words_text("gemeenten", "dutch") == words_text("gemeente", "dutch") == tokenize("gemeente", "dutch")[0]
    whole, *parts = words_text("AI-systemen", "dutch").split()
    assert "_" in whole and parts == tokenize("AI systemen", "dutch")  # one token for the compound, as bm25s has it
    assert "_fe" in ngrams_text("femicide", 3).split()


@pytest.fixture(scope="module")
def milvus_engine(milvus_env, embedder, tmp_path_factory):
    """An engine in this process on a copy of the session's Milvus Lite data (Lite is one process at a time,
    and the milvus_server fixture's process may hold the original)."""
    import shutil

    from rag.engine import Engine
    from rag.settings import Settings

    uri = str(tmp_path_factory.mktemp("milvus-copy") / "engine.db")
    shutil.copytree(milvus_env["RAG_MILVUS_URI"], uri, ignore=shutil.ignore_patterns("LOCK"))
    settings = Settings(index_dir=Path(milvus_env["RAG_INDEX_DIR"]), corpus_dir=Path(milvus_env["RAG_CORPUS_DIR"]),
                        embedding_cache_dir=Path(milvus_env["RAG_EMBEDDING_CACHE_DIR"]), index_backend="milvus", milvus_uri=uri)
    engine = Engine.load(settings, embedder=embedder)
    yield engine
    engine.retriever.store.index.close()


def test_milvus_ranks_like_local(milvus_engine, engine):
    assert milvus_engine.retriever.store.kind == "milvus" and engine.retriever.store.kind == "local"
    for q in QUERIES:
        got = [h.passage.passage_id for h in milvus_engine.search(q, k=5)]
        want = [h.passage.passage_id for h in engine.search(q, k=5)]
        assert got[0] == want[0], q
        assert len(set(got) & set(want)) >= 4, (q, got, want)


def test_milvus_doc_filter_and_modes(milvus_engine, engine):
    from rag.retrieve import RetrievalConfig

    hits = milvus_engine.search("femicide", k=5, doc_id="kamervragen-2025Z08286")
    assert hits and {h.passage.doc_id for h in hits} == {"kamervragen-2025Z08286"}
    for mode in ("bm25", "dense"):
        cfg = replace(engine.retriever.config, mode=mode)
        got = [h.passage.passage_id for h in milvus_engine.retriever.search(QUERIES[0], k=5, config=cfg)]
        want = [h.passage.passage_id for h in engine.retriever.search(QUERIES[0], k=5, config=cfg)]
        assert got[:3] == want[:3], mode
    rrf = milvus_engine.retriever.search(QUERIES[0], k=5, config=RetrievalConfig(fusion="rrf"))
    assert len(rrf) == 5


def test_rebuild_switches_the_alias_and_keeps_two_collections(settings, embedder, tmp_path):
    from index.milvus import ALIAS, MilvusIndex, collection_for
    from index.store import BuildConfig, IndexLoadError, build_index, load_index
    from rag.engine import open_store

    uri = str(tmp_path / "m.db")
    cfg = replace(BuildConfig.from_settings(settings), backend="milvus", milvus_uri=uri)
    index_dir = tmp_path / "store"
    builds = []
    for _ in range(3):
        build_index(cfg, index_dir, embedder=embedder)
        builds.append(index_dir.resolve().name)
    milvus = MilvusIndex(uri)
    try:
        assert milvus.live_collection() == collection_for(builds[-1])
        mine = sorted(n for n in milvus.client.list_collections() if n.startswith(ALIAS + "_"))
        assert mine == [collection_for(b) for b in builds[-2:]]
        milvus.client.drop_collection(collection_for(builds[-1]))
    finally:
        milvus.close()
    loaded = load_index(index_dir, cfg)
    with pytest.raises(IndexLoadError, match="rag index"):
        open_store(settings.model_copy(update={"index_backend": "milvus", "milvus_uri": uri}), loaded)


# ---------------------------------------------------------------- the API on the Milvus backend (subset of test_api.py)


@pytest.fixture(scope="module")
def mapi(milvus_server):
    with milvus_server.client() as client:
        yield client


def test_api_on_milvus_search_ask_check(mapi):
    h = mapi.get("/api/health").json()
    assert h["status"] == "ok" and h["passages"] > 300
    r = mapi.post("/api/search", json={"query": QUERIES[0], "k": 3})
    assert r.status_code == 200 and len(r.json()["results"]) == 3
    assert "Veilige Steden" in " ".join(x["text"] for x in r.json()["results"])
    r = mapi.post("/api/search", json={"query": "femicide", "doc_id": "kamervragen-2025Z08286"})
    assert r.status_code == 200 and {x["doc_id"] for x in r.json()["results"]} == {"kamervragen-2025Z08286"}
    dev = [q for q in load_questions(split="dev") if q.category == "nl"][:5]
    answered = 0
    for q in dev:
        body = mapi.post("/api/ask", json={"question": q.question}).json()
        answered += not body["abstained"]
        for c in body["citations"]:
            assert c["passage_id"] and c["spans"]
    assert answered >= 3
    claims = [c for c in load_claims(split="dev")][:4]
    for c in claims:
        r = mapi.post("/api/check", json={"claim": c.claim})
        assert r.status_code == 200 and r.json()["verdict"] in ("supported", "contradicted", "not_found")


def test_api_on_milvus_concurrent_requests(mapi, milvus_server):
    from concurrent.futures import ThreadPoolExecutor

    def one(i: int) -> int:
        with milvus_server.client() as c:
            return c.post("/api/search", json={"query": QUERIES[i % len(QUERIES)]}).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(one, range(16))) == [200] * 16
