"""Follow-up dialogues: is the gold passage cited when a later question is asked in its conversation?

Every turn after the first is answered twice: with the earlier turns as `history` (as the UI and
the API send them) and alone. A follow-up should gain from the history; a topic change must not
lose by it; an unanswerable follow-up (a detail of the subject just discussed that the documents do
not give) must still be abstained on: the carried context must not turn into a confident non-answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from eval.gold import GOLD_DIR, SpanLocator, read_jsonl
from rag.answer import draft_answer
from rag.conversation import Turn


UNANSWERABLE = "unanswerable-follow-up"
MAX_ANSWER_CHARS = 3000  # of an earlier answer, as the history carries it


@dataclass(frozen=True)
class DialogueTurn:
    question: str
    doc_id: str | None  # None: the documents do not answer this turn
    quote: str | None
    page: int | None


@dataclass(frozen=True)
class Dialogue:
    id: str
    split: str
    lang: str
    kind: str  # "follow-up" | "topic-change" | "unanswerable-follow-up"
    turns: tuple[DialogueTurn, ...]


def load_dialogues(path: Path = GOLD_DIR / "dialogues.jsonl", split: str = "all") -> list[Dialogue]:
    out = []
    for r in read_jsonl(path):
        turns = tuple(DialogueTurn(t["question"], t["doc_id"], t["quote"], t["page"]) for t in r["turns"])
        out.append(Dialogue(r["id"], r["split"], r["lang"], r["kind"], turns))
    return [d for d in out if split == "all" or d.split == split]


def cites(engine, draft, span: tuple[int, int] | None, doc_id: str) -> bool:
    if span is None or draft.abstained:  # an abstention cites nothing, whatever its draft held
        return False
    for s in draft.sentences:
        p = engine.index.passages[s.row]
        if p.doc_id == doc_id and p.char_start + s.start < span[1] and p.char_start + s.end > span[0]:
            return True
    return False


def as_turn(engine, question: str, draft) -> Turn:
    """A turn of the history as the UI sends it back: the question and the answer's quoted sentences."""
    text = "" if draft.abstained else " ".join(engine.index.passages[s.row].text[s.start : s.end] for s in draft.sentences)
    return Turn(question=question, answer=text[:MAX_ANSWER_CHARS])


def dialogue_report(engine, split: str, limit: int | None = None) -> dict:
    dialogues = load_dialogues(split=split)[: limit or None]
    locators = {d: SpanLocator(doc.text) for d, doc in engine.documents.items()}
    rows = []
    for d in dialogues:
        history: list[Turn] = []
        for i, turn in enumerate(d.turns):
            span = locators[turn.doc_id].find(turn.quote) if turn.doc_id in locators else None
            answered = draft_answer(engine, turn.question, history=history)  # the answer the UI would show
            if i > 0:
                with_history = answered
                alone = draft_answer(engine, turn.question)
                # (only the last turn of an unanswerable follow-up dialogue is unanswerable: a middle turn is a follow-up)
                kind = "follow-up" if d.kind == UNANSWERABLE and i < len(d.turns) - 1 else d.kind
                rows.append({
                    "id": f"{d.id}/{i + 1}", "kind": kind, "lang": d.lang,
                    "with_history": cites(engine, with_history, span, turn.doc_id),
                    "alone": cites(engine, alone, span, turn.doc_id),
                    "abstained_with_history": with_history.abstained,
                    "abstained_alone": alone.abstained,
                    "carried": bool(with_history.resolved and with_history.resolved.carried),
                    "resolved_query": with_history.resolved.query if with_history.resolved else turn.question,
                })
            history.append(as_turn(engine, turn.question, answered))
    return summarise(rows, split)


def summarise(rows: list[dict], split: str) -> dict:
    kinds = {}
    for kind in ("follow-up", "topic-change"):
        rs = [r for r in rows if r["kind"] == kind]
        if not rs:
            continue
        kinds[kind] = {
            "n": len(rs),
            "cited_with_history": sum(r["with_history"] for r in rs) / len(rs),
            "cited_alone": sum(r["alone"] for r in rs) / len(rs),
            "carried": sum(r["carried"] for r in rs) / len(rs),
            "worse_with_history": [r["id"] for r in rs if r["alone"] and not r["with_history"]],
        }
    unanswerable = [r for r in rows if r["kind"] == UNANSWERABLE]
    if unanswerable:
        kinds[UNANSWERABLE] = {
            "n": len(unanswerable),
            "abstained_with_history": sum(r["abstained_with_history"] for r in unanswerable) / len(unanswerable),
            "abstained_alone": sum(r["abstained_alone"] for r in unanswerable) / len(unanswerable),
            "carried": sum(r["carried"] for r in unanswerable) / len(unanswerable),
            "answered_with_history": [r["id"] for r in unanswerable if not r["abstained_with_history"]],
        }
    return {"split": split, "kinds": kinds, "rows": rows}


def dialogues_markdown(r: dict) -> str:
    lines = ["| kind | turns | gold cited, with history | gold cited, asked alone | context carried | worse with history |",
             "|---|---:|---:|---:|---:|---|"]
    for kind, k in r["kinds"].items():
        if kind == UNANSWERABLE:
            continue
        worse = ", ".join(k["worse_with_history"]) or "none"
        lines.append(f"| {kind} | {k['n']} | {k['cited_with_history']:.3f} | {k['cited_alone']:.3f} | {k['carried']:.3f} | {worse} |")
    k = r["kinds"].get(UNANSWERABLE)
    if k:
        answered = ", ".join(k["answered_with_history"]) or "none"
        lines += ["", "| kind | turns | abstained, with history | abstained, asked alone | context carried | answered with history |",
                  "|---|---:|---:|---:|---:|---|",
                  f"| {UNANSWERABLE} | {k['n']} | {k['abstained_with_history']:.3f} | {k['abstained_alone']:.3f} | {k['carried']:.3f} | {answered} |"]
    return "\n".join(lines)
