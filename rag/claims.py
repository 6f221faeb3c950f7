"""Claim check for journalists: supported, contradicted or not_found, with the passage as proof.

1. Retrieve passages for the claim and find the decisive sentence: the one on the
   same subject (IDF-weighted overlap of the claim's content words, plus dense
   similarity), preferring sentences that carry values of the kinds in the claim.
2. Compare every number, percentage, amount, year and date of the claim with the
   values of the decisive sentence (and its neighbours) after Dutch normalisation.
3. Decide: no sentence on the subject -> not_found; a value that differs, an
   opposite direction ("gestegen" vs "gedaald") or a name the evidence does not
   contain -> contradicted; otherwise supported. A claim whose numbers cannot be
   found in the evidence is never `supported`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from index.lexical import fold
from rag.numbers import Value, comparable, extract_values, loosely_equal, same_value
from rag.schemas import CheckResponse, Evidence, PassageOut, ValueCheck

K_PASSAGES = 8
# Threshold on the subject score: below it no sentence is on the claim's subject (calibrated on
# the claims dev split, see eval/README.md). A verdict either way needs a sentence on the subject.
T_SUBJECT = 0.60
UP = re.compile(r"\b(gestegen|steeg|stijg\w*|toegenomen|toename|nam toe|neemt toe|groei\w*|gegroeid|meer dan ooit|hoger|verhoogd|verdubbeld)\b", re.I)
DOWN = re.compile(r"\b(gedaald|daalde|daal\w*|afgenomen|afname|nam af|neemt af|gekrompen|krimp\w*|lager|verlaagd|gehalveerd)\b", re.I)
NAME = re.compile(r"\b([A-Z][\w’'+-]*[A-Z][\w+-]*|[A-Z]+\d+\w*|[A-Z][a-zà-ÿ]{2,}(?:\s+[A-Z][a-zà-ÿ]{2,})*)\b")
NAME_STOP = {
    "het", "de", "een", "in", "volgens", "aan", "bij", "op", "voor", "met", "uit", "sinds", "ook", "er", "nederland",
    "nederlandse", "kabinet", "kamer", "tweede", "rijksoverheid", "overheid", "staatssecretaris", "minister",
    "emancipatienota", "nota", "dit", "deze", "die", "dat", "zo", "wel", "niet", "alle", "elke", "iedere", "vanaf",
    "tot", "om", "na", "over", "onder", "tegen", "door", "als", "maar", "want", "dus", "toch", "nog", "al",
}


@dataclass
class Candidate:
    row: int
    start: int
    end: int
    subject: float
    coverage: float
    dense: float
    values: list[Value] = field(default_factory=list)


def content_terms(sidx, text: str) -> set[str]:
    return {t for t in sidx.terms(text, query=True) if not t.isdigit()}


def candidates(engine, claim: str, claim_values: list[Value]) -> tuple[list[Candidate], list]:
    sidx = engine.sentence_index
    retriever = engine.retriever
    qv = retriever.encode(claim)
    hits = retriever.search(claim, k=K_PASSAGES, query_vector=qv)
    terms = content_terms(sidx, claim)
    out = []
    for hit in hits:
        row = engine.row_of[hit.passage.passage_id]
        section_terms = sidx.terms(hit.passage.section.split(" > ")[-1]) | sidx.terms(hit.passage.context)
        for _pos, srow, s, e in sidx.sentences(row):
            sentence = hit.passage.text[s:e]
            coverage = sidx.coverage(terms, sidx.terms(sentence) | section_terms)
            dense = float(sidx.index.sentence_vectors[srow] @ qv)
            values = extract_values(sentence)
            kinds_hit = sum(1 for cv in claim_values if any(comparable(cv, v) for v in values))
            equal_hit = sum(1 for cv in claim_values if any(same_value(cv, v) or loosely_equal(cv, v) for v in values if comparable(cv, v) or loosely_equal(cv, v)))
            bonus = (0.1 * kinds_hit + 0.1 * equal_hit) / len(claim_values) if claim_values else 0.0
            subject = 0.65 * coverage + 0.35 * max(0.0, dense) + bonus
            out.append(Candidate(row, s, e, subject, coverage, dense, values))
    out.sort(key=lambda c: -c.subject)
    return out, hits


def sentence_and_passage_values(engine, best: Candidate) -> tuple[list[tuple[Value, int]], list[tuple[Value, int]]]:
    """Values of the decisive sentence and of the rest of its passage, with the offset that places them in the passage."""
    text = engine.index.passages[best.row].text
    own = [(v, best.start) for v in best.values]
    rest = [(v, 0) for v in extract_values(text) if not (best.start <= v.start < best.end)]
    return own, rest


def compare_values(
    claim_values: list[Value], own: list[tuple[Value, int]], rest: list[tuple[Value, int]]
) -> list[tuple[Value, Value | None, bool | None, int]]:
    """For each claim value: (claim value, evidence value, matches, offset of the evidence value's text).

    The decisive sentence decides when it has a value of the same kind; the rest of the passage only
    when it has none."""
    results = []
    for cv in claim_values:
        same_kind = [(v, off) for v, off in own if comparable(cv, v)] or [(v, off) for v, off in rest if comparable(cv, v)]
        match = next(((v, off) for v, off in same_kind if same_value(cv, v)), None)
        match = match or next(((v, off) for v, off in own if loosely_equal(cv, v)), None)
        if match:
            results.append((cv, match[0], True, match[1]))
        elif same_kind:
            v, off = same_kind[0]  # the nearest comparable value in the decisive sentence
            results.append((cv, v, False, off))
        else:
            results.append((cv, None, None, 0))
    return results


def names_missing(claim: str, evidence_text: str) -> list[str]:
    """Names and acronyms in the claim (not its first word) that the evidence does not mention."""
    folded = fold(evidence_text)
    missing = []
    for m in NAME.finditer(claim):
        name = m.group(1)
        if m.start() == 0 and " " not in name and sum(c.isupper() for c in name) < 2:
            continue  # a capitalised first word is not a name unless it is an acronym or has more words
        words = [w for part in name.split() for w in part.split("-") if len(w) > 1 and w.lower() not in NAME_STOP]
        if not words:
            continue
        if not any(re.search(rf"\b{re.escape(fold(w)[: max(4, len(w) - 2)])}", folded) for w in words):
            missing.append(name)
    return missing


def direction_conflict(claim: str, evidence: str) -> bool:
    c_up, c_down = bool(UP.search(claim)), bool(DOWN.search(claim))
    e_up, e_down = bool(UP.search(evidence)), bool(DOWN.search(evidence))
    return (c_up and not c_down and e_down and not e_up) or (c_down and not c_up and e_up and not e_down)


NEGATION = re.compile(r"\b(niet|geen|nooit|niets|nergens|allerminst)\b", re.I)


CLAUSE = re.compile(r"[,;:()]|\s(?:en|maar|terwijl|omdat|want)\s")


def negation_conflict(claim: str, evidence: str) -> bool:
    """One side negates what the other states ("niet zorgwekkend" vs "zorgwekkend").

    The evidence is judged on its clause closest to the claim: a long sentence often has a
    "niet" in another clause."""
    words = set(fold(claim).split())
    clauses = [c for c in CLAUSE.split(evidence) if c.strip()] or [evidence]
    clause = max(clauses, key=lambda c: len(words & set(fold(c).split())))
    return bool(NEGATION.search(claim)) != bool(NEGATION.search(clause))


def fmt(v: Value | None) -> str:
    return "—" if v is None else v.text


def check_response(engine, claim: str) -> CheckResponse:
    claim_values = [v for v in extract_values(claim)]
    cands, _hits = candidates(engine, claim, claim_values)
    passages = engine.index.passages
    if not cands or cands[0].subject < T_SUBJECT:
        return CheckResponse(
            claim=claim,
            verdict="not_found",
            explanation="De documenten bevatten geen passage over dit onderwerp; de bewering kan er niet mee worden gecontroleerd.",
            confidence=confidence(cands[0].subject if cands else 0.0, "not_found"),
            values=[ValueCheck(kind=v.kind, claim_text=v.text, claim_value=v.value, evidence_text=None, evidence_value=None, matches=None, approximate=v.approximate) for v in claim_values],
            evidence=[evidence_of(engine, c, [], i + 1) for i, c in enumerate(cands[:1])],
        )
    best = cands[0]
    passage = passages[best.row]
    sentence = passage.text[best.start : best.end]
    compared = compare_values(claim_values, *sentence_and_passage_values(engine, best))
    mismatched = [(cv, ev) for cv, ev, ok, _ in compared if ok is False]
    unverified = [cv for cv, _, ok, _ in compared if ok is None]
    flipped = direction_conflict(claim, sentence)
    missing = names_missing(claim, " ".join((passage.text, passage.section, passage.context, passage.doc_title)))
    negated = negation_conflict(claim, sentence)
    cite = PassageOut.of(passage).citation

    if mismatched and missing:
        # a different number *and* a name the source does not know: another subject, not an altered fact
        verdict = "not_found"
        why = f"De documenten noemen {', '.join(missing)} niet; de dichtstbijzijnde passage staat in {cite}."
    elif mismatched:
        cv, ev = mismatched[0]
        verdict, why = "contradicted", f"De bron noemt {fmt(ev)} waar de bewering {cv.text} zegt ({cite})."
    elif flipped:
        verdict, why = "contradicted", f"De bron beschrijft de tegenovergestelde ontwikkeling ({cite})."
    elif negated:
        verdict, why = "contradicted", f"De bron zegt het tegenovergestelde: de ontkenning verschilt ({cite})."
    elif missing:
        verdict, why = "contradicted", f"De bron over dit onderwerp noemt {', '.join(missing)} niet ({cite})."
    elif unverified:
        verdict = "not_found"
        why = (
            f"De documenten noemen {', '.join(v.text for v in unverified)} niet bij dit onderwerp; de dichtstbijzijnde passage staat in {cite}."
            if unverified
            else f"De documenten bevestigen deze bewering niet; de dichtstbijzijnde passage staat in {cite}."
        )
    else:
        matched = [cv.text for cv, _, ok, _ in compared if ok]
        verdict = "supported"
        why = f"De bewering komt overeen met de bron ({cite})" + (f"; {', '.join(matched)} klopt." if matched else ".")
    value_checks = [
        ValueCheck(kind=cv.kind, claim_text=cv.text, claim_value=cv.value, evidence_text=ev.text if ev else None,
                   evidence_value=ev.value if ev else None, matches=ok, approximate=cv.approximate or bool(ev and ev.approximate))
        for cv, ev, ok, _ in compared
    ]
    value_spans = [(off + ev.start, off + ev.end, bool(ok)) for _cv, ev, ok, off in compared if ev is not None]
    return CheckResponse(
        claim=claim,
        verdict=verdict,
        explanation=why,
        confidence=confidence(best.subject, verdict),
        values=value_checks,
        evidence=[evidence_of(engine, best, value_spans, 1)],
    )


def evidence_of(engine, c: Candidate, value_spans: list[tuple[int, int, bool]], n: int) -> Evidence:
    p = engine.index.passages[c.row]
    return Evidence(**PassageOut.of(p).model_dump(), n=n, spans=[(c.start, c.end)], value_spans=sorted(set(value_spans)))


def confidence(subject: float, verdict: str) -> float:
    """How sure the verdict is, from the subject score's distance to the threshold that decides it."""
    z = 8.0 * (subject - T_SUBJECT)
    p = 1.0 / (1.0 + math.exp(-z))
    return round(1.0 - p if verdict == "not_found" else p, 4)
