"""Retrieval quality smoke test: hand-written paraphrased Dutch questions find their passage."""

import pytest

from eval.gold import SpanLocator, load_questions
from rag.retrieve import RetrievalConfig

# The first 20 Dutch questions of the dev split (a fixed rule, not a selection of easy ones).
QUESTIONS = [q for q in load_questions(split="dev") if q.category == "nl"][:20]


@pytest.mark.parametrize("q", QUESTIONS, ids=[q.id for q in QUESTIONS])
def test_gold_passage_in_top_5(engine, docs, q):
    start, end = SpanLocator(docs[q.doc_id].text).find(q.quote)
    hits = engine.search(q.question, k=5)
    covering = [h.rank for h in hits if h.passage.doc_id == q.doc_id and h.passage.char_start <= start and h.passage.char_end >= start + (end - start) // 2]
    assert covering, f"{q.question!r}: gold on p. {q.page} not in top 5: {[h.passage.citation for h in hits]}"


def test_filter_by_document(engine):
    hits = engine.search("AI-systemen en discriminatie", k=10, doc_id="kamervragen-2025Z08286")
    assert hits and all(h.passage.doc_id == "kamervragen-2025Z08286" for h in hits)
    with pytest.raises(KeyError, match="unknown doc_id"):
        engine.search("AI", doc_id="nope")


def test_hybrid_scores_are_ranked_and_modes_differ(engine):
    q = "Welke organisaties werken samen in de alliantie Jong Gelijk?"
    hybrid = engine.retriever.search(q, k=5)
    bm25 = engine.retriever.search(q, k=5, config=RetrievalConfig(mode="bm25"))
    rrf = engine.retriever.search(q, k=5, config=RetrievalConfig(mode="hybrid", fusion="rrf"))
    assert [h.score for h in hybrid] == sorted((h.score for h in hybrid), reverse=True)
    assert "Jong Gelijk" in hybrid[0].passage.section
    assert bm25[0].lexical_score > 0 and rrf[0].score <= 2 / 61


def test_bad_arguments(engine):
    with pytest.raises(ValueError, match="k must be between 1 and 50, got 0"):
        engine.retriever.search("x", k=0)
    with pytest.raises(ValueError, match="alpha must be between 0 and 1, got 2"):
        RetrievalConfig(alpha=2)
