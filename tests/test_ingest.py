"""Adding and removing documents (rag.ingest, POST/DELETE /api/documents): all or nothing, followed by a running engine.

Every test works on its own copies: the corpus (manifest + documents), the session index behind its own
symlink, and the session's embedding cache (so only a new document's text is embedded). The repository's
corpus/ and index/ are never touched.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pdf_render

TOKEN = "test-token-0123456789abcdef"
# Sentences only the generated answers document has (tests/pdf_render.py QA_TOPICS / QA_SENTENCES).
QA_UNIQUE = "De Nederlandse Zorgautoriteit houdt toezicht op de uitvoering en rapporteert twee keer per jaar aan de Tweede Kamer."


@dataclass
class Workspace:
    root: Path
    corpus: Path
    index: Path
    cache: Path

    @property
    def env(self) -> dict[str, str]:
        return {"RAG_CORPUS_DIR": str(self.corpus), "RAG_INDEX_DIR": str(self.index), "RAG_EMBEDDING_CACHE_DIR": str(self.cache)}

    def settings(self, **kw):
        from rag.settings import Settings

        return Settings(**{"corpus_dir": self.corpus, "index_dir": self.index, "embedding_cache_dir": self.cache, **kw})

    def snapshot(self) -> tuple:
        """Every corpus file with its bytes, where the index symlink points, and the builds on disk."""
        files = {str(p.relative_to(self.corpus)): p.read_bytes() for p in sorted(self.corpus.rglob("*")) if p.is_file()}
        builds = sorted(p.name for p in (self.index.parent / "store.d").iterdir() if p.name != ".lock")
        return files, os.readlink(self.index), builds


def make_workspace(built_index: Path, cache_dir: Path, root: Path) -> Workspace:
    corpus = root / "corpus"
    (corpus / "documents").mkdir(parents=True)
    shutil.copy2(ROOT / "corpus" / "manifest.json", corpus / "manifest.json")
    for f in (ROOT / "corpus" / "documents").iterdir():
        shutil.copy2(f, corpus / "documents" / f.name)
    # an old-looking name, so it sorts (and is pruned) before the builds the test makes
    shutil.copytree(built_index.resolve(), root / "store.d" / "20000101T000000000-first")
    os.symlink(Path("store.d") / "20000101T000000000-first", root / "store")
    shutil.copytree(cache_dir, root / "cache")
    return Workspace(root, corpus, root / "store", root / "cache")


@pytest.fixture
def ws(built_index, settings_env, tmp_path) -> Workspace:
    return make_workspace(built_index, Path(settings_env["RAG_EMBEDDING_CACHE_DIR"]), tmp_path / "ws")


@pytest.fixture(scope="module")
def qa_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("qa") / "antwoorden-zorg.pdf"
    return path, pdf_render.render_generated_qa(path)


# ---------------------------------------------------------------- bad files


def simple_pdf(path: Path, lines: list[str], **kw) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, **kw)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 760, lines[0])
    c.setFont("Helvetica", 10.5)
    for i, line in enumerate(lines[1:]):
        c.drawString(72, 720 - 14 * i, line)
    c.showPage()
    c.save()
    return path


def bad_file(kind: str, directory: Path, good: Path) -> tuple[Path, str]:
    """A bad input of `kind` and a phrase its message must contain."""
    path = directory / f"{kind}.pdf"
    if kind == "not_pdf":
        path.write_text("Dit is gewone tekst, geen PDF.\n", encoding="utf-8")
        return path, "geen PDF"
    if kind == "encrypted":
        return simple_pdf(path, ["Vertrouwelijk", "Geheime tekst."], encrypt="geheim"), "versleutelde PDF"
    if kind == "no_text":
        c = canvas.Canvas(str(path), pagesize=A4)
        c.rect(72, 400, 300, 300, fill=1)
        c.showPage()
        c.save()
        return path, "geen tekstlaag; OCR wordt niet ondersteund"
    if kind == "empty":
        path.write_bytes(b"")
        return path, "leeg bestand"
    if kind == "zero_pages":
        return pdf_render.zero_pages_pdf(path), "zonder pagina's"
    if kind == "truncated":
        data = good.read_bytes()
        path.write_bytes(data[: len(data) // 2])
        return path, "beschadigde PDF"
    if kind == "damaged":  # cut half-way, with an end marker glued on: the parser finds it broken
        data = good.read_bytes()
        path.write_bytes(data[: len(data) // 2] + b"\n%%EOF\n")
        return path, "beschadigde PDF"
    if kind == "too_large":
        shutil.copy(good, path)
        return path, "te groot"
    raise ValueError(kind)


BAD_KINDS = ["not_pdf", "encrypted", "no_text", "empty", "zero_pages", "truncated", "damaged", "too_large"]


# ---------------------------------------------------------------- in-process: rag.ingest


def test_add_generated_qa_document_and_search_it(ws, qa_pdf, embedder):
    from rag.engine import Engine
    from rag.ingest import add_document

    path, expected = qa_pdf
    settings = ws.settings()
    before = os.readlink(ws.index)
    r = add_document(settings, path, embedder=embedder)
    assert r.status == "added" and r.doc_id == "2024z17345", r
    assert r.questions == 8 and r.pages == expected["pages"] and r.passages > 0
    assert 0 < r.embedded < r.texts / 5, "only the new document's text is embedded (the cache has the rest)"
    assert os.readlink(ws.index) != before and r.build_id == Path(os.readlink(ws.index)).name

    import json

    entry = json.loads((ws.corpus / "manifest.json").read_text(encoding="utf-8"))["documents"][-1]
    assert entry["doc_id"] == r.doc_id and entry["layout"] == "pdf" and entry["file"] == "2024z17345.pdf"
    assert entry["title"] == expected["title"] and entry["date"] == expected["date"] and entry["reference"] == expected["reference"]
    assert (ws.corpus / "documents" / entry["file"]).read_bytes() == path.read_bytes()

    engine = Engine.load(settings, embedder=embedder)
    doc = engine.documents[r.doc_id]
    got = [(q.number, q.question, q.page_start, q.page_end) for q in doc.questions]
    assert got == [(q.number, q.question, q.page_start, q.page_end) for q in expected["pairs"]]
    hits = engine.search(QA_UNIQUE, k=3)
    assert hits[0].passage.doc_id == r.doc_id, [h.passage.doc_id for h in hits]
    assert QA_UNIQUE in hits[0].passage.text


def test_add_is_searchable_before_its_sentences_are_embedded_then_complete(ws, qa_pdf, embedder):
    """`rag add` publishes twice: first with the new passages embedded and the new sentences pending (the
    document can be found), then with every sentence embedded (answers quote it by meaning)."""
    import numpy as np

    from index.store import load_index
    from rag.ingest import add_document

    path, _ = qa_pdf
    published: list[str] = []
    messages: list[str] = []

    def log(message: str) -> None:
        messages.append(message)
        published.append(os.readlink(ws.index))

    r = add_document(ws.settings(), path, embedder=embedder, log=log)
    first = next(m for m in messages if m.startswith("searchable in index"))
    pending = int(first.split("embedding ")[1].split()[0])
    assert pending > 0 and 0 < r.searchable_seconds <= r.seconds
    assert len(set(published)) >= 2, "the first build is published before the sentences are embedded"
    final = load_index(ws.index)
    assert final.manifest.sentences_pending == 0 and final.path.name == r.build_id
    rows = [i for i, (row, _s, _e) in enumerate(final.sentences) if final.passages[row].doc_id == r.doc_id]
    assert rows and np.all(np.linalg.norm(final.sentence_vectors[rows], axis=1) > 0.5)


def test_flags_override_page_one(ws, qa_pdf, embedder):
    from rag.ingest import add_document

    r = add_document(ws.settings(), qa_pdf[0], title="Zorgvragen", reference="Kamerstuk 99 999, nr. 1", date="2024-11-19",
                     doc_type="antwoorden", embedder=embedder)
    assert r.doc_id == "kamerstuk-99-999-nr-1" and r.title == "Zorgvragen"
    import json

    entry = json.loads((ws.corpus / "manifest.json").read_text(encoding="utf-8"))["documents"][-1]
    assert (entry["title"], entry["date"], entry["type"]) == ("Zorgvragen", "2024-11-19", "antwoorden")


def test_same_document_twice_is_a_no_op(ws, qa_pdf, embedder):
    from rag.ingest import add_document

    add_document(ws.settings(), qa_pdf[0], embedder=embedder)
    state = ws.snapshot()
    copy = ws.root / "nog-een-keer.pdf"
    shutil.copy(qa_pdf[0], copy)
    r = add_document(ws.settings(), copy, title="Andere titel", embedder=embedder)
    assert r.status == "unchanged" and r.doc_id == "2024z17345"
    assert "nothing changed" in r.message and "niets veranderd" in r.message
    assert ws.snapshot() == state


def test_remove_restores_the_corpus_byte_for_byte(ws, qa_pdf, embedder):
    from rag.engine import Engine
    from rag.ingest import DocumentRefused, add_document, remove_document

    original = ws.snapshot()[0]
    r = add_document(ws.settings(), qa_pdf[0], embedder=embedder)
    removed = remove_document(ws.settings(), r.doc_id, embedder=embedder)
    assert removed.status == "removed" and removed.embedded == 0
    assert ws.snapshot()[0] == original
    engine = Engine.load(ws.settings(), embedder=embedder)
    assert r.doc_id not in engine.documents and len(engine.documents) == 2
    with pytest.raises(DocumentRefused, match="unknown document"):
        remove_document(ws.settings(), "bestaat-niet", embedder=embedder)


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_bad_input_changes_nothing(ws, qa_pdf, embedder, kind):
    from rag.ingest import DocumentRefused, add_document

    path, phrase = bad_file(kind, ws.root, qa_pdf[0])
    settings = ws.settings(max_upload_mb=0.01) if kind == "too_large" else ws.settings()
    state = ws.snapshot()
    with pytest.raises(DocumentRefused) as exc:
        add_document(settings, path, embedder=embedder)
    assert phrase in str(exc.value), str(exc.value)
    assert ws.snapshot() == state


def test_a_failed_build_changes_nothing(ws, qa_pdf, embedder):
    from rag.ingest import add_document

    class Broken:
        name, dim = embedder.name, embedder.dim

        def encode_passages(self, texts, progress=False):
            raise RuntimeError("the model fell over")

    state = ws.snapshot()
    with pytest.raises(RuntimeError, match="fell over"):
        add_document(ws.settings(embedding_cache_dir=None), qa_pdf[0], embedder=Broken())
    assert ws.snapshot() == state


def test_a_failed_publish_puts_the_corpus_back(ws, qa_pdf, embedder, monkeypatch):
    import rag.ingest

    def no_publish(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(rag.ingest, "publish_build", no_publish)  # the publish step of rag add (local or Milvus)
    state = ws.snapshot()
    with pytest.raises(OSError, match="disk full"):
        rag.ingest.add_document(ws.settings(), qa_pdf[0], embedder=embedder)
    assert ws.snapshot() == state


def test_pruning_does_not_break_an_engine_on_an_older_build(ws, qa_pdf, embedder):
    from rag.engine import Engine
    from rag.ingest import add_document, remove_document

    old = Engine.load(ws.settings(), embedder=embedder)
    first = old.index.path
    for _ in range(2):
        r = add_document(ws.settings(), qa_pdf[0], embedder=embedder)
        remove_document(ws.settings(), r.doc_id, embedder=embedder)
    assert not first.exists(), "the build the old engine was loaded from has been pruned"
    builds = [p for p in (ws.index.parent / "store.d").iterdir() if p.is_dir()]
    assert len(builds) == 2
    hits = old.search("Hoeveel gemeenten doen mee aan Veilige Steden?", k=3)
    assert hits and hits[0].passage.doc_id in old.documents


# ---------------------------------------------------------------- the command line


def rag_cli(args: list[str], env: dict[str, str], timeout: float = 600):
    import subprocess

    return subprocess.run([sys.executable, "-m", "rag.cli", *args], check=False, cwd=ROOT, env={**os.environ, **env},
                          capture_output=True, text=True, timeout=timeout)


def test_cli_add_documents_remove(ws, qa_pdf):
    original = ws.snapshot()[0]
    out = rag_cli(["add", str(qa_pdf[0])], ws.env)
    assert out.returncode == 0, out.stderr
    assert "added 2024z17345" in out.stdout and "8 questions" in out.stdout and "embedded" in out.stdout
    again = rag_cli(["add", str(qa_pdf[0])], ws.env)
    assert again.returncode == 0 and "nothing changed" in again.stdout
    listed = rag_cli(["documents"], ws.env)
    assert listed.returncode == 0 and "2024z17345" in listed.stdout
    gone = rag_cli(["remove", "2024z17345"], ws.env)
    assert gone.returncode == 0 and "removed 2024z17345" in gone.stdout, gone.stderr
    assert ws.snapshot()[0] == original
    unknown = rag_cli(["remove", "2024z17345"], ws.env)
    assert unknown.returncode == 4 and "unknown document" in unknown.stderr


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_cli_bad_input_exit_code_and_nothing_changed(ws, qa_pdf, kind):
    path, phrase = bad_file(kind, ws.root, qa_pdf[0])
    env = {**ws.env, "RAG_MAX_UPLOAD_MB": "0.01"} if kind == "too_large" else ws.env
    state = ws.snapshot()
    out = rag_cli(["add", str(path)], env)
    assert out.returncode == 4, (out.returncode, out.stderr)
    assert phrase in out.stderr and "Traceback" not in out.stderr, out.stderr
    assert ws.snapshot() == state


# ---------------------------------------------------------------- the API (in process)


@pytest.fixture
def api(ws, embedder):
    from fastapi.testclient import TestClient

    from rag.api import create_app
    from rag.engine import Engine

    settings = ws.settings(enable_uploads=True, admin_token=TOKEN, max_upload_mb=1)
    app = create_app(settings, Engine.load(settings, embedder=embedder), with_ui=False)
    with TestClient(app) as client:
        yield client


AUTH = {"Authorization": f"Bearer {TOKEN}"}


def upload(client, path: Path, headers=AUTH, **fields):
    with open(path, "rb") as fh:
        return client.post("/api/documents", headers=headers, data=fields, files={"file": (path.name, fh, "application/pdf")})


def test_api_upload_search_delete(api, ws, qa_pdf):
    original = ws.snapshot()[0]
    before = api.get("/api/health").json()
    r = upload(api, qa_pdf[0])
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["doc_id"] == "2024z17345" and body["questions"] == 8 and body["passages"] > 0 and body["embedded"] > 0
    health = api.get("/api/health").json()
    assert health["build_id"] == body["build_id"] != before["build_id"] and health["documents"] == 3
    hits = api.post("/api/search", json={"query": QA_UNIQUE, "k": 3}).json()["results"]
    assert hits[0]["doc_id"] == body["doc_id"] and QA_UNIQUE in hits[0]["text"]
    assert api.get(f"/api/documents/{body['doc_id']}").status_code == 200
    twice = upload(api, qa_pdf[0])
    assert twice.status_code == 409 and "nothing changed" in twice.json()["detail"]
    gone = api.delete(f"/api/documents/{body['doc_id']}", headers=AUTH)
    assert gone.status_code == 200, gone.text
    assert api.get(f"/api/documents/{body['doc_id']}").status_code == 404
    assert api.delete("/api/documents/bestaat-niet", headers=AUTH).status_code == 404
    assert ws.snapshot()[0] == original


def test_api_upload_metadata_fields(api, qa_pdf):
    r = upload(api, qa_pdf[0], title="Zorgvragen", reference="Kamerstuk 99 999, nr. 2")
    assert r.status_code == 201, r.text
    assert r.json()["doc_id"] == "kamerstuk-99-999-nr-2" and r.json()["title"] == "Zorgvragen"


def test_api_refusals_change_nothing(api, ws, qa_pdf):
    state = ws.snapshot()
    assert upload(api, qa_pdf[0], headers={}).status_code == 401
    assert upload(api, qa_pdf[0], headers={"Authorization": "Bearer wrong-token-000000000"}).status_code == 401
    assert api.delete("/api/documents/emancipatienota-2025").status_code == 401
    r = api.post("/api/documents", headers=AUTH, json={"file": "x"})
    assert r.status_code == 415 and "multipart/form-data" in r.json()["detail"]
    r = api.post("/api/documents", headers={**AUTH, "content-type": "multipart/form-data; boundary=x", "content-length": str(2 * 1024 * 1024)}, content=b"x")
    assert r.status_code == 413 and "RAG_MAX_UPLOAD_MB" in r.json()["detail"]
    r = api.post("/api/documents", headers=AUTH, data={"title": "geen bestand"}, files={"other": ("a.txt", b"x", "text/plain")})
    assert r.status_code == 422 and "file" in r.json()["detail"]
    for kind in ["not_pdf", "encrypted", "no_text", "empty", "zero_pages", "damaged"]:
        path, phrase = bad_file(kind, ws.root, qa_pdf[0])
        r = upload(api, path)
        assert r.status_code == 422 and phrase in r.json()["detail"], (kind, r.status_code, r.text)
    big = ws.root / "groot.pdf"
    big.write_bytes(qa_pdf[0].read_bytes() + b"%" + b"0" * (1024 * 1024) + b"\n%%EOF\n")
    r = upload(api, big)
    assert r.status_code == 413 and "te groot" in r.json()["detail"] + "te groot" * (r.json()["detail"].startswith("upload too large"))
    assert ws.snapshot() == state


def test_uploads_are_off_by_default(ws, embedder, qa_pdf):
    from fastapi.testclient import TestClient

    from rag.api import create_app
    from rag.engine import Engine

    settings = ws.settings(admin_token=TOKEN)
    with TestClient(create_app(settings, Engine.load(settings, embedder=embedder), with_ui=False)) as client:
        r = upload(client, qa_pdf[0])
        assert r.status_code == 403 and "RAG_ENABLE_UPLOADS" in r.json()["detail"]
        assert client.delete("/api/documents/emancipatienota-2025", headers=AUTH).status_code == 403


# ---------------------------------------------------------------- a running server follows the index

LIVE_UNIQUE = "De proef met drijvende zonnepanelen op het Markermeer levert sinds maart 42 megawatt aan het net."
API_UNIQUE = "Het waterschap plaatst dit najaar zeventien vistrappen in de Reest en de Vecht."


def small_pdf(path: Path, title: str, sentence: str) -> Path:
    return simple_pdf(path, [title, "Geachte voorzitter,", "", sentence, "Hierover informeer ik uw Kamer voor de zomer.",
                              "", "De minister van Infrastructuur en Waterstaat"])


@pytest.mark.slow
def test_running_server_follows_rag_add_and_the_api_without_a_failed_request(built_index, settings_env, tmp_path):
    import subprocess
    import threading
    import time

    from conftest import start_server, stop_server

    ws = make_workspace(built_index, Path(settings_env["RAG_EMBEDDING_CACHE_DIR"]), tmp_path / "ws")
    env = {**ws.env, "RAG_ENABLE_UPLOADS": "true", "RAG_ADMIN_TOKEN": TOKEN}
    srv = start_server(env, tmp_path / "server.log")
    stop = threading.Event()
    statuses: list[int] = []
    errors: list[str] = []

    def client_loop() -> None:
        with srv.client() as c:
            while not stop.is_set():
                try:
                    statuses.append(c.post("/api/search", json={"query": "Veilige Steden gemeenten", "k": 3}).status_code)
                except Exception as exc:  # noqa: BLE001 - a failed request is what this test counts
                    errors.append(repr(exc))

    def found(c, sentence: str) -> str | None:
        results = c.post("/api/search", json={"query": sentence, "k": 3}).json()["results"]
        return results[0]["doc_id"] if results and sentence in results[0]["text"] else None

    thread = threading.Thread(target=client_loop)
    thread.start()
    try:
        with srv.client() as c:
            first_build = c.get("/api/health").json()["build_id"]
            assert found(c, LIVE_UNIQUE) is None
            pdf = small_pdf(tmp_path / "zonnepanelen.pdf", "Kamerbrief over drijvende zonnepanelen", LIVE_UNIQUE)
            started = time.monotonic()
            proc = subprocess.run([sys.executable, "-m", "rag.cli", "add", str(pdf), "--reference", "2025Z99001"], check=False, cwd=ROOT,
                                  env={**os.environ, **ws.env}, capture_output=True, text=True, timeout=300)
            added = time.monotonic()
            assert proc.returncode == 0, proc.stderr
            doc_id = None
            while doc_id is None and time.monotonic() - added < 30:
                doc_id = found(c, LIVE_UNIQUE)
                if doc_id is None:
                    time.sleep(0.2)
            searchable = time.monotonic()
            assert doc_id == "2025z99001", f"not found within 30 s of `rag add`:\n{srv.log()[-3000:]}"
            print(f"rag add took {added - started:.1f} s; searchable {searchable - added:.1f} s after it returned")
            health = c.get("/api/health").json()
            assert health["build_id"] != first_build and health["documents"] == 3

            # the same through the API: upload, search, delete
            pdf2 = small_pdf(tmp_path / "vistrappen.pdf", "Kamerbrief over vistrappen", API_UNIQUE)
            with open(pdf2, "rb") as fh:
                r = c.post("/api/documents", headers=AUTH, data={"reference": "2025Z99002"},
                           files={"file": (pdf2.name, fh, "application/pdf")}, timeout=300)
            assert r.status_code == 201, r.text
            assert found(c, API_UNIQUE) == "2025z99002"  # the server swapped before it answered
            r = c.delete("/api/documents/2025z99002", headers=AUTH, timeout=300)
            assert r.status_code == 200, r.text
            assert found(c, API_UNIQUE) is None and c.get("/api/health").json()["documents"] == 3
            assert found(c, LIVE_UNIQUE) == "2025z99001"
    finally:
        stop.set()
        thread.join(timeout=60)
        stop_server(srv)
    assert not errors and len(statuses) > 20 and set(statuses) == {200}, (errors[:3], {s: statuses.count(s) for s in set(statuses)})
