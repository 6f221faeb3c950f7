"""Refusing bad requests before parsing, security headers, request ids, one log line per request;
readable 422s and no tracebacks in responses."""

from __future__ import annotations

import time
import uuid

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from starlette.datastructures import MutableHeaders

from rag.api.admin import ADMIN_PREFIX, admin_refusal
from rag.api.deps import log
from rag.settings import Settings

MAX_BODY_BYTES = 64 * 1024
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "SAMEORIGIN",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


UPLOAD_PATH = "/api/documents"  # POST: a multipart PDF upload (rag/api/uploads.py), with its own size limit
UI_UPLOAD_PATH = "/gradio_api/upload"  # the UI's gr.File posts here first (only when uploads are enabled)
UPLOAD_OVERHEAD = 64 * 1024  # the metadata fields and multipart boundaries around the file


def reject(request: Request) -> JSONResponse | None:
    """Refuse oversized bodies and non-JSON posts before any parsing (multipart uploads: only on UPLOAD_PATH)."""
    length = request.headers.get("content-length")
    settings: Settings = request.app.state.settings
    upload = request.method == "POST" and request.url.path.rstrip("/") == UPLOAD_PATH
    ui_upload = settings.enable_uploads and request.method == "POST" and request.url.path == UI_UPLOAD_PATH
    if upload or ui_upload:
        limit, what = settings.max_upload_bytes + UPLOAD_OVERHEAD, f"upload too large: the PDF may be at most {settings.max_upload_mb:g} MB (RAG_MAX_UPLOAD_MB)"
    else:
        limit, what = MAX_BODY_BYTES, f"request body too large: at most {MAX_BODY_BYTES} bytes"
    if length is not None and (not length.isdigit() or int(length) > limit):
        return JSONResponse({"detail": what}, status_code=413)
    if request.method == "POST" and request.url.path.startswith("/api/") and length != "0":
        if length is None and "chunked" in request.headers.get("transfer-encoding", ""):
            return JSONResponse({"detail": "send the body with a Content-Length header (chunked bodies are not accepted)"}, status_code=411)
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if upload:
            if ctype != "multipart/form-data":
                return JSONResponse({"detail": f"Content-Type must be multipart/form-data (a PDF in the field `file`), got {ctype or 'none'!r}"}, status_code=415)
        elif ctype != "application/json":
            return JSONResponse({"detail": f"Content-Type must be application/json, got {ctype or 'none'!r}"}, status_code=415)
    return None


def refuse_admin(request: Request) -> JSONResponse | None:
    """Admin paths check the token first: without it, 401/403 whatever the body (not a 415 or 413 about it)."""
    if not request.url.path.startswith(ADMIN_PREFIX):
        return None
    refused = admin_refusal(request.app.state.settings, request.headers.get("authorization", ""))
    return None if refused is None else JSONResponse({"detail": refused[1]}, status_code=refused[0])


def install_middleware(app: FastAPI) -> None:
    settings: Settings = app.state.settings
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST", "DELETE"], allow_headers=["Content-Type", "Authorization"])

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
            rejection = refuse_admin(request) or reject(request)
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
