"""Typed records passed between the stages: corpus -> index -> rag -> ui.

A `Document` is what the loader makes of one raw text: cleaned text plus its
structure (blocks, footnotes, questions, page spans). A `Passage` is the unit
everything downstream passes around; its id is a hash of doc id + text, so a
rebuild gives the same ids and citations survive re-indexing.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "footnote", "question", "answer"]
PassageKind = Literal["paragraph", "footnote", "question", "answer"]


@dataclass(frozen=True)
class PageSpan:
    """Characters [start, end) of the cleaned text lie on `page`."""

    start: int
    end: int
    page: int


@dataclass(frozen=True)
class Block:
    """One structural unit of cleaned text: a heading, a paragraph, a footnote, a question or an answer."""

    kind: BlockKind
    text: str
    char_start: int
    char_end: int
    section: tuple[str, ...] = ()
    footnote_number: int | None = None
    question_number: int | None = None
    footnote_refs: tuple[int, ...] = ()
    footnote_anchors: tuple[tuple[int, int], ...] = ()  # (footnote number, offset in `text` where its marker stood)


@dataclass(frozen=True)
class Footnote:
    number: int
    text: str
    page: int
    char_start: int
    char_end: int


@dataclass(frozen=True)
class QAPair:
    number: int
    question: str
    answer: str
    page_start: int
    page_end: int


@dataclass(frozen=True)
class DocumentInfo:
    """A corpus manifest entry."""

    doc_id: str
    title: str
    type: str
    date: str
    reference: str
    file: str
    layout: Literal["nota", "kamervragen", "pdf"]  # "pdf": a PDF whose structure (Q&A or not) is detected
    description: str = ""
    expected_pages: int | None = None
    expected_questions: int | None = None


@dataclass
class Document:
    info: DocumentInfo
    text: str
    blocks: list[Block]
    page_spans: list[PageSpan]
    page_count: int
    footnotes: list[Footnote] = field(default_factory=list)
    questions: list[QAPair] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return self.info.doc_id

    def pages_of(self, start: int, end: int) -> tuple[int, int]:
        """First and last page of the characters [start, end) of the cleaned text."""
        pages = [s.page for s in self.page_spans if s.start < max(end, start + 1) and s.end > start]
        if not pages:
            raise ValueError(f"span {start}:{end} lies outside the text of {self.doc_id} (length {len(self.text)})")
        return min(pages), max(pages)


def passage_id(doc_id: str, text: str) -> str:
    """Stable id: a hash of the document id and the passage text."""
    digest = hashlib.sha256(f"{doc_id}\x00{text}".encode("utf-8")).hexdigest()
    return digest[:16]


@dataclass(frozen=True)
class Passage:
    passage_id: str
    doc_id: str
    doc_title: str
    kind: PassageKind
    section: str
    question_number: int | None
    page_start: int
    page_end: int
    char_start: int
    char_end: int
    text: str
    footnote_number: int | None = None
    context: str = ""  # text used only for ranking (e.g. the question an answer belongs to)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Passage":
        return cls(**data)

    @property
    def citation(self) -> str:
        return format_citation(self)

    def embedding_text(self) -> str:
        """What the dense model sees: the leaf heading, context, then the text (fits 256 word pieces)."""
        leaf = self.section.split(" > ")[-1] if self.section else ""
        return "\n".join(x for x in (leaf, self.context, self.text) if x)

    def ranking_text(self) -> str:
        """What BM25 sees: the whole section path and context, then the text itself."""
        parts = [self.section.replace(" > ", ". ")] if self.section else []
        if self.context:
            parts.append(self.context)
        parts.append(self.text)
        return "\n".join(parts)


def format_citation(p: Passage) -> str:
    pages = f"p. {p.page_start}" if p.page_start == p.page_end else f"p. {p.page_start}-{p.page_end}"
    if p.question_number is not None:
        return f"{p.doc_title}, vraag {p.question_number}, {pages}"
    if p.kind == "footnote":
        return f"{p.doc_title}, {pages}, voetnoot {p.footnote_number}"
    leaf = p.section.split(" > ")[-1] if p.section else ""
    return f"{p.doc_title}, {pages}" + (f", {leaf}" if leaf else "")
