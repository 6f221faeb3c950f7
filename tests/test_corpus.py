"""Loader facts checked against the source PDFs' text."""

import re

NOTA, KV = "emancipatienota-2025", "kamervragen-2025Z08286"


def page_of(doc, needle):
    at = doc.text.find(needle)
    assert at >= 0, f"{needle!r} not in the cleaned text of {doc.doc_id}"
    return doc.pages_of(at, at + len(needle))


def test_page_counts(docs):
    assert docs[NOTA].page_count == 24
    assert docs[KV].page_count == 12


def test_known_facts_are_on_their_pages(docs):
    assert page_of(docs[NOTA], "bijna 14% van de jongeren") == (12, 12)
    assert page_of(docs[NOTA], "(43%) van de zwangeren") == (16, 16)


def test_footnote_37_is_a_record_and_its_marker_is_gone(docs):
    nota = docs[NOTA]
    fn = next(f for f in nota.footnotes if f.number == 37)
    assert fn.page == 11
    assert "Amsterdam" in fn.text and "63%" in fn.text and "43%" in fn.text
    referring = [b for b in nota.blocks if 37 in b.footnote_refs]
    assert len(referring) == 1
    assert not re.search(r"\.37\b", referring[0].text)
    assert "toenemende acceptatie onder jongeren zien over de periode 2012-2023. Ook" in nota.text  # ".38" gone


def test_each_marker_leaves_an_anchor_where_it_stood(docs):
    """`Block.footnote_anchors`: every ref has its place in the block's text, right after what it is the source of."""
    for doc in docs.values():
        for b in doc.blocks:
            assert sorted(n for n, _ in b.footnote_anchors) == sorted(b.footnote_refs), (doc.doc_id, b.char_start)
    block = next(b for b in docs[NOTA].blocks if 37 in b.footnote_refs)
    at = dict(block.footnote_anchors)[37]
    assert block.text[:at].endswith("homoseksualiteit normaal")  # "... normaal37, terwijl ..."


def test_every_footnote_is_numbered_in_order_and_referenced(docs):
    for doc in docs.values():
        numbers = [f.number for f in doc.footnotes]
        assert numbers == list(range(1, len(numbers) + 1)), doc.doc_id
        refs = {n for b in doc.blocks for n in b.footnote_refs}
        assert refs == set(numbers), f"{doc.doc_id}: unreferenced {set(numbers) - refs}"
    assert len(docs[NOTA].footnotes) == 84


def test_markers_removed_from_running_text(docs):
    nota = docs[NOTA]
    assert "femicide.8" not in nota.text
    assert "femicide." in nota.text
    assert "kabinet1" not in nota.text and "demissionaire kabinet voor" in nota.text
    assert "zorgelijk.22" not in docs[KV].text


def test_no_page_furniture_in_text(docs):
    for doc in docs.values():
        body = doc.text[: min(f.char_start for f in doc.footnotes)]
        assert "Pagina " not in doc.text
        assert "Onze referentie" not in doc.text
        assert "http" not in body, "bare URLs belong to footnotes only"
        assert not re.search(r"^Bijlagen$", doc.text, re.M)


def test_hyphenation(docs):
    nota = docs[NOTA]
    assert "AI-systemen in het onderwijs" in nota.text  # "AI-\nsystemen" keeps its hyphen
    assert "lhbtiq+-gelijkheid" in nota.text
    assert "niet-noodzakelijke" in nota.text
    assert "vrouw-manverhouding" in nota.text
    assert "AI- " not in docs[KV].text.replace("AI- en", "")


def test_section_tree(docs):
    sections = {b.section for b in docs[NOTA].blocks}
    assert (
        "Prioriteit 1. Iedereen moet veilig kunnen zijn",
        "1.2 Veiligheid van lhbtiq+ personen",
        "Programma Regenboogsteden",
    ) in sections
    assert ("Afsluiting",) in sections


def test_questions_and_answers(docs):
    kv = docs[KV]
    assert [q.number for q in kv.questions] == list(range(1, 24))
    q12 = kv.questions[11]
    assert "data" in q12.question and "beschikbaar" in q12.question
    assert "open data" in q12.answer.lower()
    assert all(q.answer for q in kv.questions)


def test_block_offsets_slice_the_text(docs):
    for doc in docs.values():
        for b in doc.blocks:
            assert doc.text[b.char_start : b.char_end] == b.text
