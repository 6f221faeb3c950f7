"""Passages: boundaries, offsets, ids, and the embedding window."""

from corpus.chunker import ChunkConfig, chunk_corpus
from corpus.records import passage_id


def test_passages_are_exact_slices_with_stable_ids(docs):
    passages = chunk_corpus(list(docs.values()))
    assert len({p.passage_id for p in passages}) == len(passages)
    for p in passages:
        assert docs[p.doc_id].text[p.char_start : p.char_end] == p.text
        key = p.text if p.kind != "footnote" else f"voetnoot {p.footnote_number}: {p.text}"
        assert p.passage_id == passage_id(p.doc_id, key)
        assert p.page_start <= p.page_end
    again = chunk_corpus(list(docs.values()))
    assert [p.passage_id for p in again] == [p.passage_id for p in passages]


def test_no_passage_crosses_a_boundary(docs):
    passages = chunk_corpus(list(docs.values()))
    for p in passages:
        doc = docs[p.doc_id]
        inside = [b for b in doc.blocks if b.char_start < p.char_end and b.char_end > p.char_start]
        assert len({b.section for b in inside}) == 1, f"{p.passage_id} crosses sections"
        assert len({b.question_number for b in inside}) == 1, f"{p.passage_id} crosses questions"
        assert len({b.kind for b in inside}) == 1, f"{p.passage_id} mixes footnotes with text"
        assert "Pagina" not in p.text and "Onze referentie" not in p.text


def test_kinds_and_question_numbers(docs):
    passages = chunk_corpus(list(docs.values()))
    answers = [p for p in passages if p.kind == "answer"]
    assert {p.question_number for p in answers} == set(range(1, 24))
    assert all(p.context.startswith(f"Vraag {p.question_number}:") for p in answers)
    footnotes = [p for p in passages if p.kind == "footnote"]
    assert len(footnotes) == sum(len(d.footnotes) for d in docs.values())
    fn37 = next(p for p in footnotes if p.doc_id == "emancipatienota-2025" and p.footnote_number == 37)
    assert fn37.page_start == 11 and "voetnoot 37" in fn37.citation


def test_passages_fit_the_embedding_window(docs, embedder):
    """Paragraph and footnote passages (with their heading) fit the embedder's window (512 tokens for e5)."""
    passages = chunk_corpus(list(docs.values()), ChunkConfig())
    too_long = [p for p in passages if p.kind != "answer" and embedder.token_count(p.embedding_text()) > embedder.max_tokens]
    assert len(too_long) <= 0.05 * len(passages), [p.citation for p in too_long[:5]]
    texts_only = [p for p in passages if embedder.token_count(p.text) > embedder.max_tokens]
    assert not texts_only, [p.citation for p in texts_only[:5]]


def test_chunk_config_validation():
    import pytest

    with pytest.raises(ValueError, match="chunk_size must be at least 100"):
        ChunkConfig(chunk_size=10)
    with pytest.raises(ValueError, match="chunk_overlap"):
        ChunkConfig(chunk_size=500, chunk_overlap=400)
