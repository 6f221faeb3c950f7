"""Dutch sentence segmentation with character spans (for answers and highlighting)."""

from __future__ import annotations

import re

# Abbreviations that end in a full stop without ending the sentence.
ABBREVIATIONS = {
    "bijv", "bv", "o.a", "oa", "d.d", "dd", "nr", "nrs", "art", "e.d", "enz", "etc", "i.p.v", "ipv", "m.b.t", "mbt",
    "t.a.v", "tav", "t.o.v", "tov", "z.g", "zgn", "c.s", "cs", "dhr", "mevr", "mr", "drs", "dr", "prof", "ir", "ing",
    "jl", "vs", "p", "blz", "ca", "incl", "excl", "resp", "i.e", "e.g", "inc", "min", "max", "e.a", "m.n", "mn", "d.w.z",
    "dwz", "t/m", "zie", "st", "aant",
}
BOUNDARY = re.compile(r"(?<=[.!?])[’”'\")]*\s+(?=[A-Z0-9‘'\"(À-Ý•\uf0b7])|\n\s*\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans [start, end) of the sentences of `text`, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in BOUNDARY.finditer(text):
        if m.group(0).strip() == "" and "\n" not in m.group(0) and _ends_with_abbreviation(text[start : m.start()]):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _ends_with_abbreviation(chunk: str) -> bool:
    m = re.search(r"(\S+)\.$", chunk)
    if not m:
        return False
    word = m.group(1).lower().lstrip("(‘'\"")
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]
