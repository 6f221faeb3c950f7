"""The documents of the loaded corpus: summaries (GET /api/documents, `rag documents`, the UI's
document lists) and the whole cleaned text with pages, sections and footnotes (the source viewer)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from corpus.records import Document
from rag.schemas import DocumentDetail, DocumentSummary, FootnoteInfo, PageInfo, SectionInfo

if TYPE_CHECKING:
    from rag.engine import Engine


def document_summaries(engine: Engine) -> list[DocumentSummary]:
    return summaries(engine.documents.values(), engine.index.manifest.documents)


def summaries(documents: Iterable[Document], counts: Mapping[str, int]) -> list[DocumentSummary]:
    """Summaries from the documents and the index manifest's passage counts (no model, no index files:
    `rag documents` uses this directly)."""
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
        for d in documents
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
