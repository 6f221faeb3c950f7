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


def test_a_name_in_the_chunk_before_a_page_break_counts_for_the_sentence_after_it(engine):
    """Project ROOTS's paragraph is split at a page break: the chunk that names the IOM and the one that says when the
    project starts are one paragraph, so an answer from the second has the IOM the question names."""
    from rag.answer import draft_answer

    d = draft_answer(engine, "If the IOM project ROOTS gets EU approval, when would it start and how long would it run?")
    texts = [engine.index.passages[s.row].text[s.start : s.end] for s in d.sentences]
    assert not d.abstained and "36 maanden" in texts[0], texts


def test_the_frame_that_names_the_askers_answers_who_asked(engine):
    """"Hierbij bieden wij u ... de antwoorden aan op de schriftelijke vragen die zijn gesteld door de leden Westerveld en
    Kathmann ..." frames the letter, but it is the only sentence that says who asked."""
    from rag.answer import draft_answer, is_filler

    frame = "Hierbij bieden wij u de antwoorden aan op de vragen die zijn gesteld door de leden Westerveld en Kathmann."
    assert not is_filler(frame, "Welke Kamerleden hebben de vragen gesteld?")
    assert is_filler(frame, "Who chairs the Social and Economic Council?")  # (a frame for any other question)
    assert is_filler("Hierbij bieden wij u de antwoorden aan op de vragen over emancipatie.", "Welke Kamerleden vroegen dit?")
    d = draft_answer(engine, "Welke Kamerleden hebben de schriftelijke vragen met kenmerk 2025Z08286 gesteld, en van welke fractie?")
    assert any("Westerveld en Kathmann" in engine.index.passages[s.row].text[s.start : s.end] for s in d.sentences)


def test_the_writers_ministry_is_said_in_the_first_person(engine):
    """"Van 2023 tot en met 2027 subsidieer ik de alliantie Kleurrijk en Vrij": "ik" is the state secretary of OCW."""
    from rag.answer import draft_answer

    d = draft_answer(engine, "Uit welke organisaties bestaat de alliantie Kleurrijk en Vrij die door OCW wordt gesubsidieerd?")
    assert not d.abstained and d.features["constraints_missing"] == 0.0


def test_who_drives_the_approach_finds_the_government_commissioner(engine):
    """"jaagt ... aan" is "aan te jagen" (the stemmer keeps the -t of "jaagt": the glossary adds "jagen")."""
    from rag.answer import draft_answer

    d = draft_answer(engine, "Wie jaagt de aanpak van seksueel grensoverschrijdend gedrag aan?")
    assert "Mariëtte Hamer" in engine.index.passages[d.sentences[0].row].text[d.sentences[0].start : d.sentences[0].end]
