"""Request and response bodies: the HTTP contract, also printed by the CLI's --json."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from corpus.records import Passage, format_citation
from rag.retrieval_config import MAX_K  # one limit for the API, the CLI and the retriever

MAX_QUERY_CHARS = 2000

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
    k: int = Field(5, ge=1, le=MAX_K, strict=True, description="Number of passages to return")
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
    quoted: bool = Field(False, description="the answer to this query quotes the passage; these come first, in the answer's order, "
                                            "the others follow by score")

    @classmethod
    def of(cls, hit) -> "SearchResult":
        """From a retriever hit (rag.retrieve.SearchHit)."""
        return cls(**PassageOut.of(hit.passage).model_dump(), rank=hit.rank, score=round(hit.score, 6), quoted=hit.quoted)


class SearchResponse(BaseModel):
    query: str
    k: int
    doc_id: str | None = None
    results: list[SearchResult]


class DocumentBase(BaseModel):
    doc_id: str
    title: str
    type: str
    date: str
    reference: str
    description: str
    pages: int
    passages: int
    questions: int


class DocumentSummary(DocumentBase):
    footnotes: int


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


class Problem(BaseModel):
    detail: str | list


MAX_HISTORY_TURNS = 10
MAX_ANSWER_CHARS = 3000


class HistoryTurn(StrictModel):
    """An earlier turn of the conversation, as the client shows it (the server keeps no state)."""

    question: QueryText
    answer: str = Field("", max_length=MAX_ANSWER_CHARS, description="The answer given (may be cut short)")

    @field_validator("question")
    @classmethod
    def _question(cls, v: str) -> str:
        return check_text(v, "history question")


class AskRequest(StrictModel):
    question: QueryText = Field(description="A question in Dutch (or English)", examples=["Hoeveel gemeenten doen mee aan Veilige Steden?"])
    k: int = Field(5, ge=1, le=MAX_K, strict=True, description="Number of passages to read")
    doc_id: str | None = Field(None, max_length=100, description="Only use this document")
    history: list[HistoryTurn] = Field(
        default_factory=list,
        max_length=MAX_HISTORY_TURNS,
        description=f"Earlier turns of the conversation, oldest first (at most {MAX_HISTORY_TURNS}); a follow-up question is resolved from them",
    )

    @field_validator("question")
    @classmethod
    def _question(cls, v: str) -> str:
        return check_text(v, "question")


class Citation(PassageOut):
    n: int = Field(description="The number used in the answer's [n] markers")
    spans: list[tuple[int, int]] = Field(description="Quoted sentences as [start, end) offsets inside `text`")


class AnswerSentence(BaseModel):
    text: str = Field(description="A sentence quoted verbatim from the cited passage")
    citation: int = Field(description="n of the citation it quotes")
    passage_id: str
    start: int
    end: int
    score: float


class AskResponse(BaseModel):
    question: str
    answer: str = Field(description="Quoted sentences, each followed by [n]; or the abstention message")
    sentences: list[AnswerSentence]
    citations: list[Citation]
    abstained: bool
    confidence: float = Field(ge=0.0, le=1.0, description="Calibrated probability that the documents answer the question")
    related: list[SearchResult] = Field(default_factory=list, description="When abstaining: the closest passages ('mogelijk relevant')")
    language: Literal["nl", "en", "other"] = Field("nl", description="The question's language as detected (it sets the retrieval weights)")
    note: str | None = Field(None, description="For a question not in Dutch: a remark, in English, that the quotes are Dutch")
    resolved_query: str | None = Field(None, description="For a follow-up: the query retrieval used, the question plus the conversation's subject")
    context_used: str = Field("", description="The words carried over from earlier turns ('' when the question stood alone)")
    dutch_terms: list[str] = Field(
        default_factory=list, description="For a question not in Dutch: the Dutch terms added to its search (rag/glossary.py)"
    )


Verdict = Literal["supported", "contradicted", "not_found"]


class ClaimRequest(StrictModel):
    claim: QueryText = Field(description="One sentence to check", examples=["Aan het programma Veilige Steden doen 40 gemeenten mee"])

    @model_validator(mode="before")
    @classmethod
    def _paragraph_elsewhere(cls, data: object) -> object:
        if isinstance(data, dict) and "text" in data and "claim" not in data:
            raise ValueError("a paragraph goes to POST /api/check/text as {\"text\": ...}; /api/check takes one sentence as {\"claim\": ...}")
        return data

    @field_validator("claim")
    @classmethod
    def _claim(cls, v: str) -> str:
        return check_text(v, "claim")


class ValueCheck(BaseModel):
    kind: Literal["number", "percentage", "amount", "year", "date", "ordinal"]
    claim_text: str = Field(description="The value as written in the claim")
    claim_value: float
    evidence_text: str | None = Field(description="The corresponding value in the evidence sentence, if any")
    evidence_value: float | None
    matches: bool | None = Field(description="True equal, False different, None not found in the evidence")
    approximate: bool = Field(False, description="One side is an approximation ('bijna drieduizend', 'ruim 40%')")


class Evidence(PassageOut):
    n: int
    spans: list[tuple[int, int]] = Field(description="The decisive sentence(s) as [start, end) offsets inside `text`")
    value_spans: list[tuple[int, int, bool]] = Field(
        default_factory=list, description="Values in the decisive sentence: [start, end, matches] inside `text`"
    )


Where = Literal["sentence", "adjacent sentence", "passage", "heading"]


class PartCoverage(BaseModel):
    """How much of one part of the claim (its subject or its predicate) the decisive evidence contains."""

    text: str = Field(description="The words of the claim that make up this part")
    found: bool
    lexical: float = Field(ge=0.0, le=1.0, description="IDF-weighted share of the part's content words found (stemmed, aliases normalised)")
    where: Where | None = Field(None, description="Where they were found: the decisive sentence, the sentence next to it, its passage or its heading")
    missing: list[str] = Field(default_factory=list, description="Words of this part that the evidence lacks")


class ItemCoverage(BaseModel):
    """A value or a name of the claim and what the evidence has for it."""

    text: str = Field(description="As written in the claim")
    kind: str = Field(description="number, percentage, amount, year, date, ordinal; or organisation, ministry, country, region, place, party, person, name")
    found: bool
    evidence_text: str | None = Field(None, description="The matching (or, for a value, differing) text of the evidence")
    where: Where | None = None


class Coverage(BaseModel):
    """What of the claim the decisive evidence covers. A claim is supported only when all of it is covered."""

    subject: PartCoverage
    predicate: PartCoverage
    values: list[ItemCoverage] = Field(default_factory=list)
    names: list[ItemCoverage] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list, description="Everything of the claim the evidence lacks: words, values, names")
    lexical: float = Field(ge=0.0, le=1.0, description="IDF-weighted share of all the claim's content words in the evidence")
    semantic: float = Field(ge=-1.0, le=1.0, description="e5 similarity of the claim to the evidence sentence(s)")


ConflictKind = Literal["number", "date", "direction", "negation", "quantifier", "modality", "entity"]


class ConflictOut(BaseModel):
    """What a contradiction detector found: the claim says one thing, the evidence another."""

    kind: ConflictKind
    claim_text: str
    evidence_text: str


class CheckResponse(BaseModel):
    claim: str
    verdict: Verdict
    explanation: str = Field(description="One Dutch sentence explaining the verdict (English for a claim in English)")
    confidence: float = Field(ge=0.0, le=1.0)
    values: list[ValueCheck]
    evidence: list[Evidence]
    coverage: Coverage | None = Field(None, description="What of the claim the decisive evidence covers (None when no passage is near)")
    conflict: ConflictOut | None = Field(None, description="For `contradicted`: what the detector found")


MAX_TEXT_CHARS = 5000
MAX_TEXT_SENTENCES = 30


class TextCheckRequest(StrictModel):
    text: str = Field(
        min_length=1,
        max_length=MAX_TEXT_CHARS,
        description=f"A paragraph: at most {MAX_TEXT_CHARS} characters and {MAX_TEXT_SENTENCES} sentences; each sentence is checked",
        examples=["Aan het programma Veilige Steden doen 25 gemeenten mee. Dat is een goede zaak."],
    )

    @field_validator("text")
    @classmethod
    def _text(cls, v: str) -> str:
        from corpus.sentences import split_sentences

        v = check_text(v, "text")
        n = len(split_sentences(v))
        if n > MAX_TEXT_SENTENCES:
            raise ValueError(f"text has {n} sentences; at most {MAX_TEXT_SENTENCES} sentences are checked at once")
        return v


SentenceVerdictValue = Literal["supported", "contradicted", "not_found", "not_checkable"]


class SentenceCheck(BaseModel):
    """One sentence of the paragraph and its verdict."""

    index: int = Field(description="0-based position of the sentence in the paragraph")
    sentence: str
    start: int = Field(description="Offset of the sentence in the (trimmed) text")
    end: int
    verdict: SentenceVerdictValue
    reason: str | None = Field(None, description="For `not_checkable`: why (a question, an opinion, no statement)")
    check: CheckResponse | None = Field(None, description="The full check of the sentence (None when not checkable)")


class TextCheckResponse(BaseModel):
    text: str
    sentences: list[SentenceCheck] = Field(description="Every sentence, in order")
    counts: dict[str, int] = Field(description="Sentences per verdict")
    summary: str = Field(description="Dutch summary, e.g. '3 gesteund, 1 weerlegd, 2 niet gevonden'")
