"""POST /api/admin/reindex: rebuild the index and swap the engine, off unless enabled."""

from __future__ import annotations

import hmac
import threading
import time

from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel

from index.store import BuildConfig, build_index
from rag.api.deps import ERRORS, log
from rag.engine import Engine
from rag.ingest import Busy, change_lock
from rag.schemas import Problem
from rag.settings import Settings


class ReindexResult(BaseModel):
    status: str
    passages: int
    index_built_at: str
    seconds: float


ADMIN_PREFIX = "/api/admin/"


def admin_refusal(settings: Settings, authorization: str) -> tuple[int, str] | None:
    """(status, detail) when an admin request must be refused: 403 while reindexing is off, 401 without
    the right token. Reads only the Authorization header: the middleware calls it before it looks at the body."""
    if not settings.enable_reindex:
        return 403, "reindexing over HTTP is disabled (set RAG_ENABLE_REINDEX=true and RAG_ADMIN_TOKEN)"
    supplied = authorization.removeprefix("Bearer ").strip()
    if not hmac.compare_digest(supplied.encode(), settings.admin_token.encode()):
        return 401, "missing or wrong admin token (Authorization: Bearer <token>)"
    return None


def install_admin_routes(app: FastAPI) -> None:
    """POST /api/admin/reindex: off unless enabled, and then only with the admin token."""
    lock = threading.Lock()

    @app.post("/api/admin/reindex", response_model=ReindexResult, responses={**ERRORS, 401: {"model": Problem}, 403: {"model": Problem}, 409: {"model": Problem}}, tags=["admin"])
    def reindex(request: Request) -> ReindexResult:
        settings: Settings = app.state.settings
        refused = admin_refusal(settings, request.headers.get("authorization", ""))
        if refused is not None:
            raise HTTPException(*refused)
        if not lock.acquire(blocking=False):
            raise HTTPException(409, "a reindex is already running")
        try:
            started = time.perf_counter()
            old: Engine = app.state.engine
            try:  # not while a document is being added or removed (it would publish over that change)
                with change_lock(settings.index_dir, wait_s=0.0):
                    build_index(BuildConfig.from_settings(settings), settings.index_dir, embedder=old.retriever.embedder)
            except Busy as exc:
                raise HTTPException(409, str(exc)) from None
            # Requests in flight keep the engine they started with; new ones get the new one.
            app.state.engine = Engine.load(settings, embedder=old.retriever.embedder)
            m = app.state.engine.index.manifest
            log.info("reindexed: %s passages, built %s", m.passage_count, m.created_at)
            return ReindexResult(status="ok", passages=m.passage_count, index_built_at=m.created_at, seconds=round(time.perf_counter() - started, 1))
        finally:
            lock.release()
