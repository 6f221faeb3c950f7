"""The JSON API: health, search, ask, check, documents and passages."""

from __future__ import annotations

from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel

from rag.answer import answer_response
from rag.api.deps import ERRORS, CurrentEngine, check_doc, held, log_text
from rag.claims import check_response, check_text_response
from rag.documents import document_detail, document_summaries
from rag.schemas import (
    AskRequest,
    AskResponse,
    CheckResponse,
    ClaimRequest,
    DocumentDetail,
    DocumentSummary,
    PassageOut,
    SearchRequest,
    SearchResponse,
    TextCheckRequest,
    TextCheckResponse,
)
from rag.settings import answer_fingerprint


class Health(BaseModel):
    status: str
    passages: int
    documents: int
    embedding_model: str
    index_built_at: str
    corpus_hash: str
    build_id: str = ""  # the index build served (the name of its directory); changes when a new index is published
    index_path: str = ""
    settings_fingerprint: str = ""  # of the settings that shape results: the CLI uses this server only when it equals its own


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
            build_id=engine.index.path.name,
            index_path=str(engine.index.path),
            settings_fingerprint=answer_fingerprint(engine.settings),
        )

    @app.post("/api/search", response_model=SearchResponse, responses=ERRORS, tags=["retrieval"])
    def search(body: SearchRequest, request: Request) -> SearchResponse:
        log_text(request, "query", body.query)
        with held(request) as engine:
            check_doc(engine, body.doc_id)
            return engine.search_response(body.query, body.k, body.doc_id)

    @app.post("/api/ask", response_model=AskResponse, responses=ERRORS, tags=["answers"])
    def ask(body: AskRequest, request: Request) -> AskResponse:
        log_text(request, "question", body.question)
        with held(request) as engine:
            check_doc(engine, body.doc_id)
            return answer_response(engine, body.question, k=body.k, doc_id=body.doc_id, history=body.history)

    @app.post("/api/check", response_model=CheckResponse, responses=ERRORS, tags=["answers"])
    def check(body: ClaimRequest, request: Request) -> CheckResponse:
        log_text(request, "claim", body.claim)
        with held(request) as engine:
            return check_response(engine, body.claim)

    @app.post("/api/check/text", response_model=TextCheckResponse, responses=ERRORS, tags=["answers"])
    def check_text(body: TextCheckRequest, request: Request) -> TextCheckResponse:
        """A paragraph, sentence by sentence: a verdict per sentence (or why it has nothing to check) and a summary."""
        log_text(request, "text", body.text)
        with held(request) as engine:
            return check_text_response(engine, body.text)

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
