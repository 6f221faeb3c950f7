"""What the route handlers share: the engine (held or not), error responses, query logging."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from rag.engine import Engine
from rag.schemas import Problem

log = logging.getLogger("rag.service")  # the name of the former rag/service.py: log lines unchanged
ERRORS = {code: {"model": Problem} for code in (400, 404, 411, 413, 415, 422, 503)}


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


def log_text(request: Request, what: str, text: str) -> None:
    if request.app.state.settings.log_queries:
        log.info("%s id=%s %s=%r", request.url.path, getattr(request.state, "request_id", "-"), what, text[:300])


def check_doc(engine: Engine, doc_id: str | None) -> None:
    try:
        engine.check_doc_id(doc_id)
    except KeyError as exc:
        raise HTTPException(422, f"doc_id: {exc.args[0]}") from exc
