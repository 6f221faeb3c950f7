"""Request and response bodies: the HTTP contract, also printed by the CLI's --json."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from corpus.records import Passage, format_citation

MAX_QUERY_CHARS = 2000
MAX_K = 50

QueryText = Annotated[str, StringConstraints(min_length=1, max_length=MAX_QUERY_CHARS)]


def check_text(value: str, what: str) -> str:
    """Reject text a person cannot have meant: blank, control characters, lone surrogates, bidi overrides."""
    if not value.strip():
        raise ValueError(f"{what} must contain text, got only whitespace")
    bad = [c for c in value if (ord(c) < 32 and c not in "\t\n\r") or 0xD800 <= ord(c) <= 0xDFFF or c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"]
    if bad:
        raise ValueError(f"{what} contains {len(bad)} control or direction-override character(s), e.g. U+{ord(bad[0]):04X}")
    return value.strip()


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SearchRequest(StrictModel):
    query: QueryText = Field(description="Question or keywords, in Dutch or English", examples=["Hoeveel gemeenten doen mee aan Veilige Steden?"])
    k: int = Field(5, ge=1, le=MAX_K, description="Number of passages to return")
    doc_id: str | None = Field(None, max_length=100, description="Only search this document (see GET /api/documents)")

    @field_validator("query")
    @classmethod
    def _query(cls, v: str) -> str:
        return check_text(v, "query")


class PassageOut(BaseModel):
    passage_id: str
    doc_id: str
    doc_title: str
    kind: Literal["paragraph", "footnote", "question", "answer"]
    section: str
    question_number: int | None
    footnote_number: int | None = None
    page_start: int
    page_end: int
    char_start: int
    char_end: int
    text: str
    citation: str

    @classmethod
    def of(cls, p: Passage) -> "PassageOut":
        data = p.to_dict()
        data.pop("context", None)
        return cls(**data, citation=format_citation(p))


class SearchResult(PassageOut):
    rank: int
    score: float


class SearchResponse(BaseModel):
    query: str
    k: int
    doc_id: str | None = None
    results: list[SearchResult]


class DocumentSummary(BaseModel):
    doc_id: str
    title: str
    type: str
    date: str
    reference: str
    description: str
    pages: int
    passages: int
    questions: int
    footnotes: int


class Problem(BaseModel):
    detail: str | list
