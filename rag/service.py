"""FastAPI service: the JSON API under /api and the Gradio UI mounted at /.

The index and the embedding model are loaded once, at start-up, into one
`Engine`; handlers are plain `def`s so FastAPI runs the CPU-bound work in its
thread pool and the event loop (and /api/health) stays responsive.
"""

from __future__ import annotations

import hmac
import logging
import os
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.datastructures import MutableHeaders
from pydantic import BaseModel, Field

from rag.engine import Engine
from rag.schemas import (
    AskRequest,
    AskResponse,
    CheckResponse,
    DocumentBase,
    ClaimRequest,
    DocumentSummary,
    PassageOut,
    Problem,
    SearchRequest,
    SearchResponse,
)
from rag.settings import Settings

log = logging.getLogger("rag.service")
MAX_BODY_BYTES = 64 * 1024
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "SAMEORIGIN",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
ERRORS = {code: {"model": Problem} for code in (400, 404, 411, 413, 415, 422, 503)}


# ---------------------------------------------------------------- response models for documents


class PageInfo(BaseModel):
    page: int
    char_start: int
    char_end: int


class SectionInfo(BaseModel):
    title: str
    path: str
    level: int
    char_start: int
    page: int


class FootnoteInfo(BaseModel):
    number: int
    text: str
    page: int
    char_start: int
    char_end: int


class DocumentDetail(DocumentBase):
    text: str = Field(description="The cleaned text; passages' char_start/char_end point into it")
    page_spans: list[PageInfo]
    sections: list[SectionInfo]
    footnotes: list[FootnoteInfo]


class Health(BaseModel):
    status: str
    passages: int
    documents: int
    embedding_model: str
    index_built_at: str
    corpus_hash: str


# ---------------------------------------------------------------- helpers used by the CLI and the UI too


def document_summaries(engine: Engine) -> list[DocumentSummary]:
    counts = engine.index.manifest.documents
    return [
        DocumentSummary(
            doc_id=d.doc_id,
            title=d.info.title,
            type=d.info.type,
            date=d.info.date,
            reference=d.info.reference,
            description=d.info.description,
            pages=d.page_count,
            passages=counts.get(d.doc_id, 0),
            questions=len(d.questions),
            footnotes=len(d.footnotes),
        )
        for d in engine.documents.values()
    ]


def document_detail(engine: Engine, doc_id: str) -> DocumentDetail:
    doc = engine.documents[doc_id]
    summary = next(s for s in document_summaries(engine) if s.doc_id == doc_id)
    sections = [
        SectionInfo(
            title=b.section[-1] if b.section else b.text,
            path=" > ".join(b.section),
            level=len(b.section),
            char_start=b.char_start,
            page=doc.pages_of(b.char_start, b.char_end)[0],
        )
        for b in doc.blocks
        if b.kind in ("heading", "question")
    ]
    return DocumentDetail(
        **summary.model_dump(exclude={"footnotes"}),
        text=doc.text,
        page_spans=[PageInfo(page=s.page, char_start=s.start, char_end=s.end) for s in doc.page_spans],
        sections=sections,
        footnotes=[FootnoteInfo(**f.__dict__) for f in doc.footnotes],
    )


# ---------------------------------------------------------------- app


@contextmanager
def held(request: Request) -> Iterator[Engine]:
    """The engine, held for the request: at most `max_inflight` CPU-bound requests run at once, so a
    burst queues instead of thrashing two cores (and /api/health, on the event loop, stays fast).
    Taken inside the (thread-pool) handler, not as a dependency: one thread hop per request, not three."""
    gate: threading.BoundedSemaphore = request.app.state.gate
    if not gate.acquire(timeout=request.app.state.settings.queue_timeout_s):
        raise HTTPException(503, "the service is busy; try again in a moment")
    try:
        yield request.app.state.engine
    finally:
        gate.release()


def current_engine(request: Request) -> Engine:
    return request.app.state.engine


CurrentEngine = Annotated[Engine, Depends(current_engine)]


def create_app(settings: Settings, engine: Engine | None = None, with_ui: bool = True) -> FastAPI:
    """Build the app; the engine is loaded at start-up unless one is passed in (tests, benchmarks)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if getattr(app.state, "engine", None) is None:
            app.state.engine = Engine.load(settings)
        yield

    app = FastAPI(
        title="Emancipatie RAG",
        summary="Grounded, cited answers from the Emancipatienota 2025 and Kamervragen 2025Z08286",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.engine = engine
    app.state.settings = settings
    app.state.gate = threading.BoundedSemaphore(settings.max_inflight)
    install_middleware(app)
    install_error_handlers(app)
    install_routes(app)
    install_admin_routes(app)
    if with_ui:
        mount_ui(app)
    return app


def reject(request: Request) -> JSONResponse | None:
    """Refuse oversized bodies and non-JSON posts before any parsing."""
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
        return JSONResponse({"detail": f"request body too large: at most {MAX_BODY_BYTES} bytes"}, status_code=413)
    if request.method == "POST" and request.url.path.startswith("/api/") and length != "0":
        if length is None and "chunked" in request.headers.get("transfer-encoding", ""):
            return JSONResponse({"detail": "send the body with a Content-Length header (chunked bodies are not accepted)"}, status_code=411)
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json":
            return JSONResponse({"detail": f"Content-Type must be application/json, got {ctype or 'none'!r}"}, status_code=415)
    return None


def install_middleware(app: FastAPI) -> None:
    settings: Settings = app.state.settings
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"], allow_headers=["Content-Type", "Authorization"])

    app.add_middleware(GuardAndLog)


class GuardAndLog:
    """Pure ASGI middleware (cheaper than @app.middleware): refuses bad bodies before parsing,
    adds the security headers and X-Request-ID, and logs one line per request."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = Request(scope)
        request_id = request.headers.get("x-request-id", "")[:64] or uuid.uuid4().hex[:12]
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = 500

        async def send_with_headers(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = MutableHeaders(scope=message)
                for key, value in SECURITY_HEADERS.items():
                    headers.setdefault(key, value)
                headers["X-Request-ID"] = request_id
            await send(message)

        try:
            rejection = reject(request)
            if rejection is not None:
                await rejection(scope, receive, send_with_headers)
            else:
                await self.app(scope, receive, send_with_headers)
        finally:
            ms_taken = (time.perf_counter() - started) * 1000
            log.info("request method=%s path=%s status=%s ms=%.1f id=%s", scope["method"], scope["path"], status, ms_taken, request_id)


def readable(errors: list[dict]) -> str:
    parts = []
    for e in errors:
        if e.get("type") == "json_invalid":
            parts.append(f"body is not valid JSON ({e.get('ctx', {}).get('error', e.get('msg'))})")
            continue
        where = ".".join(str(x) for x in e.get("loc", ()) if x != "body") or "body"
        parts.append(f"{where}: {e.get('msg', 'invalid')}")
    return "; ".join(parts)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError):
        detail = readable(exc.errors())
        errors = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()]
        return JSONResponse({"detail": detail, "errors": jsonable_encoder(errors)}, status_code=422)

    @app.exception_handler(RecursionError)
    async def too_deep(_request: Request, _exc: RecursionError):
        return JSONResponse({"detail": "request body is nested too deeply"}, status_code=422)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse({"detail": "internal error; the request was logged"}, status_code=500)


def install_routes(app: FastAPI) -> None:
    @app.get("/api/health", response_model=Health, tags=["service"])
    async def health(engine: CurrentEngine) -> Health:  # async: answers on the event loop, never queued behind work
        m = engine.index.manifest
        return Health(
            status="ok",
            passages=m.passage_count,
            documents=len(engine.documents),
            embedding_model=m.embedding_model,
            index_built_at=m.created_at,
            corpus_hash=m.corpus_hash,
        )

    @app.post("/api/search", response_model=SearchResponse, responses=ERRORS, tags=["retrieval"])
    def search(body: SearchRequest, request: Request) -> SearchResponse:
        log_text(request, "query", body.query)
        with held(request) as engine:
            check_doc(engine, body.doc_id)
            return engine.search_response(body.query, body.k, body.doc_id)

    @app.post("/api/ask", response_model=AskResponse, responses=ERRORS, tags=["answers"])
    def ask(body: AskRequest, request: Request) -> AskResponse:
        from rag.answer import answer_response

        log_text(request, "question", body.question)
        with held(request) as engine:
            check_doc(engine, body.doc_id)
            return answer_response(engine, body.question, k=body.k, doc_id=body.doc_id)

    @app.post("/api/check", response_model=CheckResponse, responses=ERRORS, tags=["answers"])
    def check(body: ClaimRequest, request: Request) -> CheckResponse:
        from rag.claims import check_response

        log_text(request, "claim", body.claim)
        with held(request) as engine:
            return check_response(engine, body.claim)

    @app.get("/api/documents", response_model=list[DocumentSummary], tags=["documents"])
    def documents(engine: CurrentEngine) -> list[DocumentSummary]:
        return document_summaries(engine)

    @app.get("/api/documents/{doc_id}", response_model=DocumentDetail, responses=ERRORS, tags=["documents"])
    def document(doc_id: str, engine: CurrentEngine) -> DocumentDetail:
        if doc_id not in engine.documents:
            raise HTTPException(404, f"unknown document {doc_id[:100]!r}; known: {', '.join(sorted(engine.documents))}")
        return document_detail(engine, doc_id)

    @app.get("/api/passages/{passage_id}", response_model=PassageOut, responses=ERRORS, tags=["documents"])
    def passage(passage_id: str, engine: CurrentEngine) -> PassageOut:
        row = engine.row_of.get(passage_id)
        if row is None:
            raise HTTPException(404, f"unknown passage id {passage_id[:100]!r}")
        return PassageOut.of(engine.index.passages[row])


class ReindexResult(BaseModel):
    status: str
    passages: int
    index_built_at: str
    seconds: float


def install_admin_routes(app: FastAPI) -> None:
    """POST /api/admin/reindex: off unless enabled, and then only with the admin token."""
    lock = threading.Lock()

    @app.post("/api/admin/reindex", response_model=ReindexResult, responses={**ERRORS, 401: {"model": Problem}, 403: {"model": Problem}, 409: {"model": Problem}}, tags=["admin"])
    def reindex(request: Request) -> ReindexResult:
        settings: Settings = app.state.settings
        if not settings.enable_reindex:
            raise HTTPException(403, "reindexing over HTTP is disabled (set RAG_ENABLE_REINDEX=true and RAG_ADMIN_TOKEN)")
        supplied = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(supplied.encode(), settings.admin_token.encode()):
            raise HTTPException(401, "missing or wrong admin token (Authorization: Bearer <token>)")
        if not lock.acquire(blocking=False):
            raise HTTPException(409, "a reindex is already running")
        try:
            started = time.perf_counter()
            from index.store import BuildConfig, build_index

            old: Engine = app.state.engine
            build_index(BuildConfig.from_settings(settings), settings.index_dir, embedder=old.retriever.embedder)
            # Requests in flight keep the engine they started with; new ones get the new one.
            app.state.engine = Engine.load(settings, embedder=old.retriever.embedder)
            m = app.state.engine.index.manifest
            log.info("reindexed: %s passages, built %s", m.passage_count, m.created_at)
            return ReindexResult(status="ok", passages=m.passage_count, index_built_at=m.created_at, seconds=round(time.perf_counter() - started, 1))
        finally:
            lock.release()


def log_text(request: Request, what: str, text: str) -> None:
    if request.app.state.settings.log_queries:
        log.info("%s id=%s %s=%r", request.url.path, getattr(request.state, "request_id", "-"), what, text[:300])


def check_doc(engine: Engine, doc_id: str | None) -> None:
    try:
        engine.check_doc_id(doc_id)
    except KeyError as exc:
        raise HTTPException(422, f"doc_id: {exc.args[0]}") from exc


def mount_ui(app: FastAPI) -> None:
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no calls home from a parliamentary network
    import gradio as gr

    from ui.app import build_ui

    from ui.app import add_routes

    add_routes(app, lambda: app.state.engine)  # plain-HTML source viewer at /bron/{doc_id}
    blocks = build_ui(lambda: app.state.engine)
    # Mounted last, at "/": the /api routes and /docs registered before it take precedence.
    gr.mount_gradio_app(app, blocks, path="/")


def serve(settings: Settings) -> None:
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    import torch

    torch.set_num_threads(settings.torch_threads)
    engine = Engine.load(settings)
    app = create_app(settings, engine)
    print(f"serving on http://{settings.host}:{settings.port}/  (API docs at /docs)", flush=True)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning")
