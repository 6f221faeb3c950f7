"""Answers and claims: abstention trade-off, confidence calibration, claim verdicts.

- Abstention: the answer's features on answerable (nl, en) and unanswerable
  questions; a logistic calibration fitted on the dev split (`--calibrate`
  writes rag/calibration.json); the trade-off between abstaining on
  unanswerable questions and wrongly abstaining on answerable ones.
- Answer hit: an answer sentence overlaps the gold quote.
- Claims: verdict accuracy per class, the confusion matrix, and the count of
  altered claims judged `supported` (the worst error).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np

from eval.gold import SpanLocator, load_claims, load_questions
from rag.answer import DEFAULT_CALIBRATION, answerability, draft_answer

VERDICTS = ("supported", "contradicted", "not_found")


# ---------------------------------------------------------------- abstention


def answer_rows(engine, questions) -> list[dict]:
    locators = {d: SpanLocator(doc.text) for d, doc in engine.documents.items()}
    rows = []
    for q in questions:
        draft = draft_answer(engine, q.question)
        hit = False
        if q.answerable:
            span = locators[q.doc_id].find(q.quote)
            for s in draft.sentences:
                p = engine.index.passages[s.row]
                a, b = p.char_start + s.start, p.char_start + s.end
                if span and p.doc_id == q.doc_id and a < span[1] and b > span[0]:
                    hit = True
        rows.append({"id": q.id, "category": q.category, "answerable": q.answerable, "features": draft.features,
                     "confidence": draft.confidence, "abstained": draft.abstained, "answer_hit": hit})
    return rows


def fit_calibration(rows: list[dict], max_false_abstain: float = 0.10) -> dict:
    """Platt-scale the answerability score on dev (answerable vs unanswerable); the threshold is the
    highest that wrongly abstains on at most `max_false_abstain` of the answerable dev questions."""
    from sklearn.linear_model import LogisticRegression  # lazy on purpose: only --calibrate fits a model

    x = np.array([[answerability(r["features"])] for r in rows])
    y = np.array([1 if r["answerable"] else 0 for r in rows])
    model = LogisticRegression(class_weight="balanced", max_iter=1000).fit(x, y)
    slope, bias = float(model.coef_[0][0]), float(model.intercept_[0])
    note = "Platt scaling on the dev split"
    if slope <= 0:  # no signal in this sample: keep the monotone default rather than invert it
        slope, bias, note = DEFAULT_CALIBRATION.slope, DEFAULT_CALIBRATION.bias, "default (dev fit had no positive slope)"
    p = 1.0 / (1.0 + np.exp(-(bias + slope * x[:, 0])))
    answerable = np.sort(p[y == 1])
    k = int(np.floor(max_false_abstain * len(answerable)))
    threshold = float(answerable[k] - 1e-6) if len(answerable) else 0.5
    return {"slope": slope, "bias": bias, "threshold": round(threshold, 4), "method": note,
            "fitted_on": f"dev split, {len(rows)} questions", "max_false_abstain": max_false_abstain}


def tradeoff(rows: list[dict], thresholds=(0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)) -> list[dict]:
    ans = [r for r in rows if r["answerable"]]
    una = [r for r in rows if not r["answerable"]]
    out = []
    for t in thresholds:
        out.append({
            "threshold": t,
            "abstain_unanswerable": sum(r["confidence"] < t for r in una) / max(1, len(una)),
            "abstain_answerable": sum(r["confidence"] < t for r in ans) / max(1, len(ans)),
        })
    return out


def abstention_report(engine, split: str) -> dict:
    rows = answer_rows(engine, load_questions(split=split))
    by_cat: dict[str, dict] = {}
    for cat in ("nl", "en", "unanswerable", "offtopic"):
        rs = [r for r in rows if r["category"] == cat]
        if not rs:
            continue
        entry = {"n": len(rs), "abstained": sum(r["abstained"] for r in rs) / len(rs)}
        if cat != "unanswerable":
            answered = [r for r in rs if not r["abstained"]]
            entry["answer_hit"] = sum(r["answer_hit"] for r in rs) / len(rs)
            entry["answer_hit_when_answered"] = sum(r["answer_hit"] for r in answered) / max(1, len(answered))
        by_cat[cat] = entry
    return {"split": split, "categories": by_cat, "tradeoff": tradeoff(rows), "rows": rows}


def calibrate(engine, out: Path) -> dict:
    """Fit on the dev split: Dutch answerable questions against unanswerable and off-topic ones."""
    rows = answer_rows(engine, [q for q in load_questions(split="dev") if q.category != "en"])
    calibration = fit_calibration(rows)
    out.write_text(json.dumps(calibration, indent=2) + "\n", encoding="utf-8")
    return calibration


# ---------------------------------------------------------------- claims


def claim_report(check, split: str) -> dict:
    """`check(claim) -> verdict` is the in-process checker or the service's /api/check."""
    claims = load_claims(split=split)
    confusion: Counter = Counter()
    altered_supported = []
    for c in claims:
        verdict = check(c.claim)
        confusion[(c.label, verdict)] += 1
        if c.label == "contradicted" and verdict == "supported":
            altered_supported.append(c.id)
    per_class = {}
    for label in VERDICTS:
        n = sum(v for (g, _), v in confusion.items() if g == label)
        per_class[label] = {"n": n, "accuracy": confusion[(label, label)] / n if n else 0.0}
    total = sum(confusion.values())
    return {
        "split": split,
        "n": total,
        "accuracy": sum(confusion[(v, v)] for v in VERDICTS) / max(1, total),
        "per_class": per_class,
        "confusion": {g: {p: confusion[(g, p)] for p in VERDICTS} for g in VERDICTS},
        "altered_judged_supported": altered_supported,
    }


def claims_markdown(r: dict) -> str:
    lines = [f"Verdict accuracy {r['accuracy']:.3f} on {r['n']} claims ({r['split']} split); "
             f"altered claims judged supported: **{len(r['altered_judged_supported'])}**.", "",
             "| gold \\ verdict | " + " | ".join(VERDICTS) + " | accuracy |", "|---|---:|---:|---:|---:|"]
    for g in VERDICTS:
        row = r["confusion"][g]
        lines.append(f"| {g} | " + " | ".join(str(row[p]) for p in VERDICTS) + f" | {r['per_class'][g]['accuracy']:.3f} |")
    return "\n".join(lines)


def abstention_markdown(r: dict) -> str:
    lines = ["| category | n | abstained | answer contains gold quote | ... when answered |", "|---|---:|---:|---:|---:|"]
    for cat, e in r["categories"].items():
        hit = f"{e['answer_hit']:.3f}" if "answer_hit" in e else "—"
        hit2 = f"{e['answer_hit_when_answered']:.3f}" if "answer_hit_when_answered" in e else "—"
        lines.append(f"| {cat} | {e['n']} | {e['abstained']:.3f} | {hit} | {hit2} |")
    lines += ["", "Trade-off (confidence threshold → share abstained):", "",
              "| threshold | unanswerable abstained | answerable abstained |", "|---:|---:|---:|"]
    lines += [f"| {t['threshold']:.1f} | {t['abstain_unanswerable']:.3f} | {t['abstain_answerable']:.3f} |" for t in r["tradeoff"]]
    return "\n".join(lines)
