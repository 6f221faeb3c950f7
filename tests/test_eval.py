"""The eval runner's metric code, checked against values computed by hand."""

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eval.dialogues import UNANSWERABLE, dialogues_markdown, load_dialogues
from eval.dialogues import summarise as summarise_dialogues
from eval.gold import GoldQuestion, SpanLocator, load_claims, load_questions
from eval.metrics import QuestionScore, Span, first_hit_rank, gain, ndcg, page_correct, summarise
from eval.runner import System, score_system

ROOT = Path(__file__).resolve().parents[1]
GOLD = Span("d", 100, 200, 3, 3)


def test_gain_is_the_covered_share_of_the_gold_span():
    assert gain(Span("d", 0, 150), GOLD) == 0.5
    assert gain(Span("d", 90, 210), GOLD) == 1.0
    assert gain(Span("x", 90, 210), GOLD) == 0.0
    assert gain(Span("d", 300, 400), GOLD) == 0.0


def test_first_hit_rank_needs_half_the_quote():
    ranked = [Span("d", 0, 120), Span("d", 140, 400), Span("d", 100, 200)]
    assert first_hit_rank(ranked, GOLD) == 2  # 20% covered, then 60%
    assert first_hit_rank([Span("d", 0, 120)], GOLD) is None


def test_ndcg_by_hand():
    a, b = Span("d", 150, 400), Span("d", 0, 150)  # each covers half of the gold span
    candidates = [a, b, Span("d", 500, 600)]
    # ranked: miss, a, b -> DCG = 0 + 0.5/log2(3) + 0.5/log2(4); ideal: 0.5 + 0.5/log2(3)
    ranked = [Span("d", 500, 600), a, b]
    expected = (0.5 / math.log2(3) + 0.5 / 2) / (0.5 + 0.5 / math.log2(3))
    assert ndcg(ranked, GOLD, candidates) == pytest.approx(expected)


def test_page_of_top_hit():
    assert page_correct([Span("d", 0, 1, 2, 4)], 3, "d")
    assert not page_correct([Span("d", 0, 1, 4, 5)], 3, "d")
    assert not page_correct([], 3, "d")


def test_summary_by_hand():
    scores = [QuestionScore(1, 1.0, True, 10), QuestionScore(3, 0.5, False, 20), QuestionScore(None, 0.0, False, 30), QuestionScore(2, 0.6, True, 40)]
    s = summarise(scores)
    assert s["hit@1"] == 0.25 and s["hit@3"] == 0.75 and s["hit@5"] == 0.75
    assert s["mrr@10"] == pytest.approx((1 + 1 / 3 + 0 + 1 / 2) / 4)
    assert s["ndcg@10"] == pytest.approx(2.1 / 4)
    assert s["page@1"] == 0.5
    assert s["p50_ms"] == 20 and s["p95_ms"] == 40


def test_runner_scores_a_system_on_a_subset():
    """score_system over three questions with a fixed ranking: metrics as computed by hand."""
    questions = [
        GoldQuestion("q1", "nl", "een", "d", "x", 3, "dev"),
        GoldQuestion("q2", "nl", "twee", "d", "x", 3, "dev"),
        GoldQuestion("q3", "en", "drie", "d", "x", 3, "dev"),
    ]
    gold = {"q1": GOLD, "q2": GOLD, "q3": GOLD}
    rankings = {
        "een": [Span("d", 100, 200, 3, 3)],  # hit at 1
        "twee": [Span("d", 0, 50, 1, 1), Span("d", 120, 220, 3, 3)],  # hit at 2, wrong page at 1
        "drie": [Span("d", 0, 50, 1, 1)],  # miss
    }
    system = System("fixed", "", "clean", lambda q: rankings[q], [Span("d", 100, 200, 3, 3)])
    summary, rows = score_system(system, questions, gold)
    assert summary["nl"]["hit@1"] == 0.5 and summary["nl"]["hit@3"] == 1.0
    assert summary["nl"]["mrr@10"] == pytest.approx(0.75)
    assert summary["nl"]["page@1"] == 0.5
    assert summary["en"]["hit@10"] == 0.0
    assert [r["hit_rank"] for r in rows] == [1, 2, None]


def test_gold_sets_are_well_formed(docs):
    locators = {doc_id: SpanLocator(doc.text) for doc_id, doc in docs.items()}
    questions = load_questions()
    assert len({q.id for q in questions}) == len(questions)
    counts = {c: sum(q.category == c for q in questions) for c in ("nl", "en", "unanswerable", "offtopic")}
    assert counts["nl"] >= 120 and counts["en"] >= 20 and counts["unanswerable"] >= 20
    for q in questions:
        assert q.split == ("dev" if int(q.id.split("-")[1]) % 3 == 0 else "test")
        if q.answerable:
            span = locators[q.doc_id].find(q.quote)
            assert span, f"{q.id}: quote not in the cleaned text"
            assert docs[q.doc_id].pages_of(*span)[0] <= q.page <= docs[q.doc_id].pages_of(*span)[1], q.id
    claims = load_claims()
    assert sum(c.label == "not_found" for c in claims) >= 15 and len(claims) >= 75
    dialogues = load_dialogues()
    assert len({d.id for d in dialogues}) == len(dialogues)
    for d in dialogues:
        assert d.kind in ("follow-up", "topic-change", UNANSWERABLE), d.id
        for i, turn in enumerate(d.turns):
            if d.kind == UNANSWERABLE and i == len(d.turns) - 1:  # the last turn is the one the documents do not answer
                assert turn.doc_id is None and turn.quote is None, d.id
                continue
            span = locators[turn.doc_id].find(turn.quote)
            assert span, f"{d.id}/{i + 1}: quote not in the cleaned text"


def test_unanswerable_follow_ups_are_scored_by_abstention():
    row = {"kind": UNANSWERABLE, "lang": "nl", "with_history": False, "alone": False, "carried": True, "resolved_query": "q"}
    rows = [{**row, "id": "d-1/2", "abstained_with_history": True, "abstained_alone": True},
            {**row, "id": "d-2/2", "abstained_with_history": False, "abstained_alone": True}]
    report = summarise_dialogues(rows, "dev")
    k = report["kinds"][UNANSWERABLE]
    assert (k["n"], k["abstained_with_history"], k["abstained_alone"], k["answered_with_history"]) == (2, 0.5, 1.0, ["d-2/2"])
    assert "cited_with_history" not in k  # there is nothing to cite
    assert f"| {UNANSWERABLE} | 2 | 0.500 | 1.000 | 1.000 | d-2/2 |" in dialogues_markdown(report)


@pytest.mark.slow
def test_rag_eval_command_writes_a_report(tmp_path, settings_env, built_index):
    # (built_index: the session's index build fills the embedding cache that the runner's in-memory index reads)
    env = {**os.environ, **settings_env}
    out = subprocess.run(
        [sys.executable, "-m", "rag.cli", "eval", "--split", "dev", "--limit", "4", "--configs", "bm25-dutch,hybrid-weighted",
         "--retrieval-only", "--out", str(tmp_path)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert out.returncode == 0, out.stderr
    report = json.loads((tmp_path / "report.json").read_text())
    assert set(report["results"]) == {"bm25-dutch", "hybrid-weighted"}
    assert report["questions"] == {"nl": 4, "en": 4}
    assert (tmp_path / "comparison.png").stat().st_size > 10_000
    assert "| bm25-dutch |" in (tmp_path / "report.md").read_text()
