"""POST /api/documents (multipart PDF upload) and DELETE /api/documents/{doc_id}: off unless enabled.

Both need RAG_ENABLE_UPLOADS=true and the admin token (`Authorization: Bearer <RAG_ADMIN_TOKEN>`),
checked before the body is read; the middleware lets multipart bodies through on this one path
only, up to RAG_MAX_UPLOAD_MB (413 above it, from the Content-Length, before reading). The work is
`rag.ingest` (the same as `rag add` / `rag remove`): all or nothing, and the server swaps to the
new index before it answers.
"""

from __future__ import annotations

import hmac
import os
import shutil
import tempfile
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from rag.api.deps import ERRORS, log
from rag.ingest import Busy, ChangeResult, DocumentRefused, add_document, remove_document
from rag.schemas import Problem, check_text
from rag.settings import Settings

FIELDS = {"title": 300, "type": 60, "date": 40, "reference": 200, "doc_id": 80}
STATUS = {"too_large": 413, "invalid_pdf": 422, "conflict": 409, "unknown": 404, "last": 409}
ADMIN_ERRORS = {**ERRORS, **{code: {"model": Problem} for code in (401, 403, 409)}}


class DocumentChange(BaseModel):
    status: str = Field(description="added or removed")
    doc_id: str
    title: str
    message: str
    passages: int = Field(0, description="passages of this document in the new index")
    pages: int | None = None
    questions: int = 0
    embedded: int = Field(0, description="texts the model embedded for this change (the rest came from the embedding cache)")
    total_passages: int = 0
    build_id: str = Field("", description="the index build now published (GET /api/health reports the one served)")
    seconds: float = 0.0
    searchable_seconds: float = Field(0.0, description="from the start until the document could be found (its sentences for the answers are embedded after that)")

    @classmethod
    def of(cls, r: ChangeResult) -> DocumentChange:
        return cls(**{k: getattr(r, k) for k in cls.model_fields})


def check_admin(request: Request, enabled: bool, what: str) -> None:
    """403 when the feature is off, 401 without the right token; reads only the headers."""
    settings: Settings = request.app.state.settings
    if not enabled:
        raise HTTPException(403, f"{what} over HTTP is disabled (set RAG_ENABLE_UPLOADS=true and RAG_ADMIN_TOKEN)")
    supplied = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(supplied.encode(), settings.admin_token.encode()):
        raise HTTPException(401, "missing or wrong admin token (Authorization: Bearer <token>)")


def _refused(exc: Exception) -> HTTPException:
    if isinstance(exc, Busy):
        return HTTPException(409, str(exc))
    return HTTPException(STATUS.get(getattr(exc, "reason", ""), 422), str(exc))


def _field(form, name: str) -> str | None:
    value = form.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise HTTPException(422, f"{name}: must be a text field, not a file")
    if len(value) > FIELDS[name]:
        raise HTTPException(422, f"{name}: at most {FIELDS[name]} characters")
    try:
        return check_text(value, name)
    except ValueError as exc:
        raise HTTPException(422, f"{name}: {exc}") from exc


def install_document_routes(app: FastAPI) -> None:
    def follow() -> None:
        follower = getattr(app.state, "follower", None)
        if follower is not None:
            follower.check()  # swap to the new build now, not on the next tick

    @app.post(
        "/api/documents", status_code=201, response_model=DocumentChange, responses=ADMIN_ERRORS, tags=["admin"],
        openapi_extra={"requestBody": {"content": {"multipart/form-data": {"schema": {
            "type": "object", "required": ["file"],
            "properties": {"file": {"type": "string", "format": "binary"}, **{k: {"type": "string", "maxLength": n} for k, n in FIELDS.items()}},
        }}}, "required": True}},
    )
    async def upload_document(request: Request) -> DocumentChange:
        """Add a Kamerstuk PDF (field `file`; optional `title`, `type`, `date`, `reference`, `doc_id` override page 1)."""
        settings: Settings = app.state.settings
        check_admin(request, settings.enable_uploads, "uploading documents")  # before the body is read
        async with request.form(max_files=1, max_fields=len(FIELDS), max_part_size=64 * 1024) as form:
            upload = form.get("file")
            if not isinstance(upload, UploadFile):
                raise HTTPException(422, "file: the PDF is missing (multipart field `file`)")
            meta = {name: _field(form, name) for name in FIELDS}
            name = os.path.basename(upload.filename or "upload.pdf")[:200] or "upload.pdf"
            fd, tmp = tempfile.mkstemp(prefix="rag-upload-", suffix=".pdf")
            try:
                with os.fdopen(fd, "wb") as out:
                    await run_in_threadpool(shutil.copyfileobj, upload.file, out, 1 << 20)
                engine = app.state.engine
                try:
                    result = await run_in_threadpool(
                        add_document, settings, Path(tmp), title=meta["title"], doc_type=meta["type"], date=meta["date"],
                        reference=meta["reference"], doc_id=meta["doc_id"], source_name=name,
                        embedder=engine.retriever.embedder if engine is not None else None, wait_s=5.0,
                    )
                except (DocumentRefused, Busy) as exc:
                    raise _refused(exc) from exc
            finally:
                Path(tmp).unlink(missing_ok=True)
        if result.status == "unchanged":
            raise HTTPException(409, result.message)
        await run_in_threadpool(follow)
        log.info("document added: %s (%s passages, %s texts embedded)", result.doc_id, result.passages, result.embedded)
        return DocumentChange.of(result)

    @app.delete("/api/documents/{doc_id}", response_model=DocumentChange, responses=ADMIN_ERRORS, tags=["admin"])
    def delete_document(doc_id: str, request: Request) -> DocumentChange:
        """Remove a document from the corpus and the index."""
        settings: Settings = app.state.settings
        check_admin(request, settings.enable_uploads, "removing documents")
        engine = app.state.engine
        try:
            result = remove_document(settings, doc_id, embedder=engine.retriever.embedder if engine is not None else None, wait_s=5.0)
        except (DocumentRefused, Busy) as exc:
            raise _refused(exc) from exc
        follow()
        log.info("document removed: %s", doc_id)
        return DocumentChange.of(result)


class DocumentAdmin:
    """What the UI's document tab may do (it imports nothing of rag.api): add and remove with the admin token.

    Raises PermissionError for a wrong token, DocumentRefused / Busy for refused input; the server
    swaps to the new index before it returns.
    """

    def __init__(self, app: FastAPI):
        self.app = app

    @property
    def max_upload_mb(self) -> float:
        return self.app.state.settings.max_upload_mb

    def _check(self, token: str) -> Settings:
        settings: Settings = self.app.state.settings
        if not settings.enable_uploads or not hmac.compare_digest((token or "").strip().encode(), settings.admin_token.encode()):
            raise PermissionError("onjuist beheerderstoken / wrong admin token")
        return settings

    def _embedder(self):
        engine = self.app.state.engine
        return engine.retriever.embedder if engine is not None else None

    def _follow(self) -> None:
        follower = getattr(self.app.state, "follower", None)
        if follower is not None:
            follower.check()

    def add(self, path: str, token: str, *, title=None, doc_type=None, date=None, reference=None) -> ChangeResult:
        settings = self._check(token)
        result = add_document(settings, Path(path), title=title, doc_type=doc_type, date=date, reference=reference,
                              source_name=os.path.basename(path), embedder=self._embedder(), wait_s=5.0)
        self._follow()
        return result

    def remove(self, doc_id: str, token: str) -> ChangeResult:
        settings = self._check(token)
        result = remove_document(settings, doc_id, embedder=self._embedder(), wait_s=5.0)
        self._follow()
        return result
