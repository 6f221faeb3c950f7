"""Gold sets: load them and locate each gold quote as a character span.

Quotes are verbatim document text; the runner finds them in whatever text a
configuration indexes (the cleaned text, or the raw text for the baseline)
after collapsing whitespace, so the gold survives any re-chunking.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parent / "gold"
Category = str  # "nl" | "en" | "unanswerable"


@dataclass(frozen=True)
class GoldQuestion:
    id: str
    category: Category
    question: str
    doc_id: str | None
    quote: str | None
    page: int | None
    split: str
    tags: tuple[str, ...] = ()

    @property
    def answerable(self) -> bool:
        return self.quote is not None


@dataclass(frozen=True)
class GoldClaim:
    id: str
    claim: str
    label: str
    doc_id: str | None
    quote: str | None
    page: int | None
    alteration: str | None
    split: str
    # what kind of claim: paraphrase (supported); number, date, direction, negation, quantifier,
    # modality, entity (contradicted); addition, absent (not_found)
    type: str | None = None


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not valid JSON ({exc})") from exc
    return rows


def load_questions(path: Path = GOLD_DIR / "questions.jsonl", split: str = "all") -> list[GoldQuestion]:
    qs = [GoldQuestion(**{**r, "tags": tuple(r.get("tags", ()))}) for r in read_jsonl(path)]
    return [q for q in qs if split == "all" or q.split == split]


def load_claims(path: Path = GOLD_DIR / "claims.jsonl", split: str = "all") -> list[GoldClaim]:
    cs = [GoldClaim(**r) for r in read_jsonl(path)]
    return [c for c in cs if split == "all" or c.split == split]


class SpanLocator:
    """Find a quote in a text, ignoring differences in whitespace."""

    def __init__(self, text: str):
        self.text = text
        chars, index = [], []
        prev_space = False
        for i, c in enumerate(text):
            if c.isspace():
                if not prev_space:
                    chars.append(" ")
                    index.append(i)
                prev_space = True
            else:
                chars.append(c)
                index.append(i)
                prev_space = False
        self.norm = "".join(chars)
        self.index = index

    def find(self, quote: str) -> tuple[int, int] | None:
        q = re.sub(r"\s+", " ", quote.strip())
        at = self.norm.find(q)
        if at < 0:
            return None
        return self.index[at], self.index[at + len(q) - 1] + 1
