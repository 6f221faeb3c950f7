"""Answers and claims: abstention trade-off, confidence calibration, claim verdicts.

- Abstention: the answer's features on answerable (nl, en) and unanswerable
  questions; a logistic calibration fitted on the dev split (`--calibrate`
  writes rag/calibration.json); the trade-off between abstaining on
  unanswerable questions and wrongly abstaining on answerable ones.
- Answer hit: an answer sentence overlaps the gold quote.
- Claims: verdict accuracy per class and per claim type, the confusion matrix,
  and every contradicted or not-found claim judged `supported` (the worst error).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np

from eval.gold import SpanLocator, load_claims, load_questions
from eval.dialogues import as_turn, load_dialogues
from rag.answer import (CALIBRATION_FEATURES, FOLLOW_UP, FOLLOW_UP_FEATURES, SENTENCE_FEATURES, SENTENCE_MODEL_FILE, answer_draft, draft_answer,
                        load_calibration, load_sentence_model, retrieve_for_answer, sentence_candidates)

VERDICTS = ("supported", "contradicted", "not_found")


# ---------------------------------------------------------------- abstention


def answer_rows(engine, questions) -> list[dict]:
    locators = {d: SpanLocator(doc.text) for d, doc in engine.documents.items()}
    rows = []
    for q in questions:
        draft = draft_answer(engine, q.question)
        draft_hit = False  # the drafted sentences quote the gold passage (whether or not the answer abstains)
        if q.answerable:
            span = locators[q.doc_id].find(q.quote)
            for s in draft.sentences:
                p = engine.index.passages[s.row]
                a, b = p.char_start + s.start, p.char_start + s.end
                if span and p.doc_id == q.doc_id and a < span[1] and b > span[0]:
                    draft_hit = True
        rows.append({"id": q.id, "category": q.category, "answerable": q.answerable, "features": draft.features,
                     "confidence": draft.confidence, "abstained": draft.abstained, "draft_hit": draft_hit,
                     "answer_hit": draft_hit and not draft.abstained})  # an abstention cites nothing
    return rows


def fit_logistic(x: np.ndarray, y: np.ndarray, **options) -> tuple[np.ndarray, float]:
    """A logistic regression fitted on standardised features, its weights mapped back to the raw features
    (so the service computes one dot product): (weights, bias)."""
    from sklearn.linear_model import LogisticRegression  # lazy on purpose: only --calibrate fits a model

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    model = LogisticRegression(max_iter=2000, **options).fit((x - mean) / scale, y)
    return model.coef_[0] / scale, float(model.intercept_[0] - np.sum(model.coef_[0] * mean / scale))


# Chosen by 5-fold cross-validation on dev (333 questions): 0.07 against 0.10 cites the gold quote for 0.691 of
# English questions instead of 0.582 (Dutch 0.793 / 0.787) and abstains on 0.787 of close-unanswerable ones
# instead of 0.798; off-topic 1.000 with both.
MAX_FALSE_ABSTAIN = 0.07


def fit_calibration(rows: list[dict], max_false_abstain: float = MAX_FALSE_ABSTAIN) -> dict:
    """Logistic regression of answerable vs not (close-unanswerable and off-topic) on the answer features, on dev.

    Features are standardised for the fit and the weights mapped back to raw features, so the service computes
    one dot product. The threshold is the highest that wrongly abstains on at most `max_false_abstain` of the
    answerable dev questions."""
    x = np.array([[r["features"][f] for f in CALIBRATION_FEATURES] for r in rows])
    y = np.array([1 if r["answerable"] else 0 for r in rows])
    coef, bias = fit_logistic(x, y, class_weight="balanced")
    p = 1.0 / (1.0 + np.exp(-(bias + x @ coef)))
    answerable = np.sort(p[y == 1])
    k = int(np.floor(max_false_abstain * len(answerable)))
    threshold = float(answerable[k] - 1e-6) if len(answerable) else 0.5
    return {"weights": {f: round(float(w), 6) for f, w in zip(CALIBRATION_FEATURES, coef)}, "bias": round(bias, 6),
            "threshold": round(threshold, 4), "method": "logistic regression on the dev split",
            "fitted_on": f"dev split, {len(rows)} questions ({int(y.sum())} answerable)", "max_false_abstain": max_false_abstain}


THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.05, 0.96, 0.05))


def tradeoff(rows: list[dict], thresholds=THRESHOLDS) -> list[dict]:
    """As the threshold moves: answerable questions answered with the gold quote, unanswerable ones answered anyway."""
    ans = [r for r in rows if r["answerable"]]
    close = [r for r in rows if r["category"] == "unanswerable"]
    off = [r for r in rows if r["category"] == "offtopic"]
    out = []
    for t in thresholds:
        out.append({
            "threshold": t,
            "answered_correctly": sum(r["confidence"] >= t and r["draft_hit"] for r in ans) / max(1, len(ans)),
            "abstain_answerable": sum(r["confidence"] < t for r in ans) / max(1, len(ans)),
            "wrongly_answered_close": sum(r["confidence"] >= t for r in close) / max(1, len(close)),
            "wrongly_answered_offtopic": sum(r["confidence"] >= t for r in off) / max(1, len(off)),
        })
    return out


def plot_tradeoff(report: dict, path: Path) -> Path:
    """Answered correctly against wrongly answered, one point per threshold; the service's threshold marked."""
    import matplotlib  # lazy on purpose: only a plotted report loads matplotlib (and Agg must be chosen before pyplot)

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    points = report["tradeoff"]
    fig, ax = plt.subplots(figsize=(6.4, 4.8))
    ax.plot([p["wrongly_answered_close"] for p in points], [p["answered_correctly"] for p in points], "o-", label="close-unanswerable")
    ax.plot([p["wrongly_answered_offtopic"] for p in points], [p["answered_correctly"] for p in points], "s--", alpha=0.6, label="off-topic")
    for p in points[::2]:
        ax.annotate(f"{p['threshold']:.2f}", (p["wrongly_answered_close"], p["answered_correctly"]), fontsize=7, xytext=(3, 3), textcoords="offset points")
    chosen = report.get("threshold")
    if chosen is not None:
        ax.axhline(report["categories"].get("answerable", {}).get("answer_hit", 0), color="grey", lw=0.6)
        ax.set_title(f"Abstention trade-off ({report['split']} split; service threshold {chosen:.2f})")
    ax.set_xlabel("unanswerable questions answered anyway (share)")
    ax.set_ylabel("answerable questions answered with the gold quote (share)")
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(0, 1.02)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def abstention_report(engine, split: str, limit: int | None = None) -> dict:
    questions = load_questions(split=split)
    if limit:
        questions = [q for c in ("nl", "en", "unanswerable", "offtopic") for q in [x for x in questions if x.category == c][:limit]]
    rows = answer_rows(engine, questions)
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
    answerable = [r for r in rows if r["answerable"]]
    by_cat["answerable"] = {"n": len(answerable), "abstained": sum(r["abstained"] for r in answerable) / max(1, len(answerable)),
                            "answer_hit": sum(r["answer_hit"] for r in answerable) / max(1, len(answerable)),
                            "answer_hit_when_answered": sum(r["answer_hit"] for r in answerable if not r["abstained"])
                            / max(1, sum(not r["abstained"] for r in answerable))}
    return {"split": split, "categories": by_cat, "tradeoff": tradeoff(rows), "threshold": load_calibration().threshold, "rows": rows}


def calibrate(engine, out: Path) -> dict:
    """Fit on the dev split: answerable questions (Dutch and English) against unanswerable and off-topic ones."""
    rows = answer_rows(engine, load_questions(split="dev"))
    calibration = fit_calibration(rows)
    calibration["embedder"] = engine.index.manifest.embedding_model
    out.write_text(json.dumps(calibration, indent=2) + "\n", encoding="utf-8")
    return calibration


# ---------------------------------------------------------------- sentence model


def sentence_examples(engine, questions) -> dict[str, tuple[list[list[float]], list[int]]]:
    """Per question language ("nl", "en"): the features of every candidate sentence of the answerable
    questions, labelled 1 when it overlaps the gold quote. Questions whose passages hold no gold
    sentence teach nothing about choosing sentences and are left out. The candidates are those the service scores:
    of the question as `retrieve_for_answer` reads it (without an opener, a document name or the asker's own case)."""
    locators = {d: SpanLocator(doc.text) for d, doc in engine.documents.items()}
    out: dict[str, tuple[list[list[float]], list[int]]] = {"nl": ([], []), "en": ([], [])}
    for q in questions:
        if not q.answerable:
            continue
        r = retrieve_for_answer(engine, q.question)
        candidates, _ = sentence_candidates(engine, r.sentence_query, r.sentence_hits, r.sentence_vector, r.language)
        labels = gold_labels(engine, candidates, locators[q.doc_id].find(q.quote), q.doc_id)
        if not any(labels):
            continue
        x, y = out["nl" if r.language == "nl" else "en"]
        x.extend([c.features[f] for f in SENTENCE_FEATURES] for c in candidates)
        y.extend(labels)
    return out


def fit_sentence_model(engine, questions, keep_ratio: float) -> dict:
    """Logistic regression of "this sentence holds the answer" on SENTENCE_FEATURES, one per question language.
    Mildly regularised (C=1 on standardised features): the dev split is small."""
    weights, bias, sizes = {}, {}, {}
    for group, (xs, ys) in sentence_examples(engine, questions).items():
        x, y = np.array(xs, dtype=float), np.array(ys)
        coef, b = fit_logistic(x, y, C=1.0)
        weights[group] = {f: round(float(w), 6) for f, w in zip(SENTENCE_FEATURES, coef)}
        bias[group] = round(b, 6)
        sizes[group] = f"{len(y)} sentences, {int(y.sum())} holding a gold quote"
    return {"weights": weights, "bias": bias, "keep_ratio": keep_ratio, "method": "logistic regression per question language",
            "fitted_on": {"split": "dev", **sizes}}


def calibrate_sentences(engine, out: Path = SENTENCE_MODEL_FILE, keep_ratio: float = 0.2) -> dict:
    """Refit the question groups; the file's other groups (the follow-ups', `calibrate_follow_ups`) are kept, so the
    conversation a follow-up refit replays is answered as the service answers it."""
    model = fit_sentence_model(engine, load_questions(split="dev"), keep_ratio)
    if out.exists():
        old = json.loads(out.read_text(encoding="utf-8"))
        for key in ("weights", "bias", "fitted_on"):
            model[key] = {**old.get(key, {}), **model[key]}
    model["embedder"] = engine.index.manifest.embedding_model
    out.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
    load_sentence_model.cache_clear()
    return model


def follow_up_examples(engine, dialogues) -> tuple[list[list[float]], list[int], int]:
    """The FOLLOW_UP_FEATURES of every candidate sentence of the answerable later turns that lean on the conversation
    (asked with the answers the system gave to the turns before), labelled 1 when it overlaps the turn's gold quote;
    and how many turns they come from. Turns whose candidates hold no gold sentence are left out."""
    locators = {d: SpanLocator(doc.text) for d, doc in engine.documents.items()}
    xs: list[list[float]] = []
    ys: list[int] = []
    turns = 0
    for d in dialogues:
        history = []
        for i, turn in enumerate(d.turns):
            r = retrieve_for_answer(engine, turn.question, history=history)
            if i > 0 and turn.doc_id and r.follow_up is not None:
                candidates, _ = sentence_candidates(engine, r.sentence_query, r.sentence_hits, r.sentence_vector, r.language, r.follow_up)
                labels = gold_labels(engine, candidates, locators[turn.doc_id].find(turn.quote), turn.doc_id)
                if any(labels):
                    xs.extend([c.features[f] for f in FOLLOW_UP_FEATURES] for c in candidates)
                    ys.extend(labels)
                    turns += 1
            history.append(as_turn(engine, turn.question, answer_draft(engine, r)))
    return xs, ys, turns


def gold_labels(engine, candidates, span: tuple[int, int] | None, doc_id: str) -> list[int]:
    """1 for each candidate sentence that overlaps the gold span in document `doc_id`."""
    out = []
    for c in candidates:
        p = engine.index.passages[c.row]
        a, b = p.char_start + c.start, p.char_start + c.end
        out.append(int(bool(span) and p.doc_id == doc_id and a < span[1] and b > span[0]))
    return out


def calibrate_follow_ups(engine, out: Path = SENTENCE_MODEL_FILE) -> dict:
    """Fit the sentence model's FOLLOW_UP group on the dev dialogues (a logistic regression as for questions, with the
    question language's features and FOLLOW_UP_FEATURES) and write it into the model file beside the other groups."""
    xs, ys, turns = follow_up_examples(engine, load_dialogues(split="dev"))
    x, y = np.array(xs, dtype=float), np.array(ys)
    coef, b = fit_logistic(x, y, C=1.0)
    model = json.loads(out.read_text(encoding="utf-8"))
    model["weights"][FOLLOW_UP] = {f: round(float(w), 6) for f, w in zip(FOLLOW_UP_FEATURES, coef)}
    model["bias"][FOLLOW_UP] = round(b, 6)
    model["fitted_on"][FOLLOW_UP] = f"{len(y)} sentences of {turns} dev follow-up turns, {int(y.sum())} holding a gold quote"
    out.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
    load_sentence_model.cache_clear()
    return model


# ---------------------------------------------------------------- claims


TYPES = ("paraphrase", "number", "date", "direction", "negation", "quantifier", "modality", "entity", "addition", "absent")


def claim_report(check, split: str, limit: int | None = None) -> dict:
    """`check(claim) -> verdict` is the in-process checker or the service's /api/check.

    Accuracy overall, per gold label and per claim type; the confusion matrix; and every claim that
    is `contradicted` or `not_found` in the gold but was judged `supported` (the error a journalist
    cannot afford), with its id and text."""
    claims = load_claims(split=split)[: limit or None]
    confusion: Counter = Counter()
    by_type: dict[str, Counter] = {}
    wrong_supported = []
    for c in claims:
        verdict = check(c.claim)
        confusion[(c.label, verdict)] += 1
        t = by_type.setdefault(c.type or "untyped", Counter())
        t["n"] += 1
        t["correct"] += verdict == c.label
        if c.label != "supported" and verdict == "supported":
            wrong_supported.append({"id": c.id, "claim": c.claim, "label": c.label, "type": c.type})
    per_class = {}
    for label in VERDICTS:
        n = sum(v for (g, _), v in confusion.items() if g == label)
        per_class[label] = {"n": n, "accuracy": confusion[(label, label)] / n if n else 0.0}
    order = [t for t in TYPES if t in by_type] + sorted(t for t in by_type if t not in TYPES)
    per_type = {t: {"n": by_type[t]["n"], "accuracy": by_type[t]["correct"] / by_type[t]["n"]} for t in order}
    total = sum(confusion.values())
    return {
        "split": split,
        "n": total,
        "accuracy": sum(confusion[(v, v)] for v in VERDICTS) / max(1, total),
        "per_class": per_class,
        "per_type": per_type,
        "paraphrase_recall": per_type.get("paraphrase", {}).get("accuracy", 0.0),
        "confusion": {g: {p: confusion[(g, p)] for p in VERDICTS} for g in VERDICTS},
        "wrong_supported": wrong_supported,
        "altered_judged_supported": [w["id"] for w in wrong_supported if w["label"] == "contradicted"],
    }


def claims_markdown(r: dict) -> str:
    wrong = r.get("wrong_supported", [])
    lines = [f"Verdict accuracy {r['accuracy']:.3f} on {r['n']} claims ({r['split']} split); "
             f"contradicted or not-found claims judged supported: **{len(wrong)}**.", "",
             "| gold \\ verdict | " + " | ".join(VERDICTS) + " | accuracy |", "|---|---:|---:|---:|---:|"]
    for g in VERDICTS:
        row = r["confusion"][g]
        lines.append(f"| {g} | " + " | ".join(str(row[p]) for p in VERDICTS) + f" | {r['per_class'][g]['accuracy']:.3f} |")
    if r.get("per_type"):
        lines += ["", "| type | n | accuracy |", "|---|---:|---:|"]
        lines += [f"| {t} | {e['n']} | {e['accuracy']:.3f} |" for t, e in r["per_type"].items()]
    if wrong:
        lines += ["", "Judged supported although the gold says otherwise:", ""]
        lines += [f"- {w['id']} ({w['label']}, {w['type']}): {w['claim']}" for w in wrong]
    return "\n".join(lines)


def abstention_markdown(r: dict) -> str:
    lines = ["| category | n | abstained | answer contains gold quote | ... when answered |", "|---|---:|---:|---:|---:|"]
    for cat, e in r["categories"].items():
        hit = f"{e['answer_hit']:.3f}" if "answer_hit" in e else "—"
        hit2 = f"{e['answer_hit_when_answered']:.3f}" if "answer_hit_when_answered" in e else "—"
        lines.append(f"| {cat} | {e['n']} | {e['abstained']:.3f} | {hit} | {hit2} |")
    lines += ["", f"Trade-off as the confidence threshold moves (the service uses {r.get('threshold', 0):.2f}; plot: `abstention.png`):", "",
              "| threshold | answerable: answered with gold quote | answerable: abstained | close-unanswerable answered | off-topic answered |",
              "|---:|---:|---:|---:|---:|"]
    lines += [f"| {t['threshold']:.2f} | {t['answered_correctly']:.3f} | {t['abstain_answerable']:.3f} | {t['wrongly_answered_close']:.3f} | "
              f"{t['wrongly_answered_offtopic']:.3f} |" for t in r["tradeoff"][1::2]]
    return "\n".join(lines)
