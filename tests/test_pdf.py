"""PDF ingestion (corpus/pdf.py): round trip against the text loader, a generated Q&A PDF, metadata, bad input.

The bundled documents are rendered to Kamerstuk-like PDFs (tests/pdf_render.py,
same page breaks as the source), read back with `load_pdf` and chunked; the
passages must match the text loader's.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from corpus import pdf as corpus_pdf
from corpus.chunker import chunk_document
from corpus.loader import load_corpus
from corpus.pdf import PdfError, load_pdf, read_pdf_metadata

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pdf_render  # noqa: E402  (test helper next to this file)

ROOT = Path(__file__).resolve().parents[1]

# Measured: 364 of 364 passages (100%) equal in text, pages, section and footnote number.
ROUND_TRIP_SHARE = 0.95


@pytest.fixture(scope="module")
def text_docs():
    return {d.doc_id: d for d in load_corpus(ROOT / "corpus")}


@pytest.fixture(scope="module")
def rendered(text_docs, tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf")
    return {doc_id: pdf_render.render_document(doc, out / f"{doc_id}.pdf") for doc_id, doc in text_docs.items()}


@pytest.fixture(scope="module")
def pdf_docs(text_docs, rendered):
    return {doc_id: load_pdf(text_docs[doc_id].info, path) for doc_id, path in rendered.items()}


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    path = tmp_path_factory.mktemp("qa") / "antwoorden.pdf"
    expected = pdf_render.render_generated_qa(path)
    return path, expected


def passage_key(p):
    return (p.text, p.page_start, p.page_end, p.section, p.footnote_number)


def test_round_trip_gives_the_text_loaders_passages(text_docs, pdf_docs):
    total, mismatches = 0, []
    for doc_id, doc in text_docs.items():
        from_pdf = {passage_key(p) for p in chunk_document(pdf_docs[doc_id])}
        for p in chunk_document(doc):
            total += 1
            if passage_key(p) not in from_pdf:
                mismatches.append((doc_id, passage_key(p)[1:], p.text[:120]))
    share = 1 - len(mismatches) / total
    for m in mismatches:
        print("MISMATCH", m)
    print(f"round trip: {total - len(mismatches)} of {total} passages equal ({share:.1%})")
    assert share >= ROUND_TRIP_SHARE, f"only {share:.1%} of the passages survive the PDF round trip"


def test_round_trip_structure(text_docs, pdf_docs):
    for doc_id, doc in text_docs.items():
        got = pdf_docs[doc_id]
        assert got.page_count == doc.page_count
        assert [(f.number, f.page) for f in got.footnotes] == [(f.number, f.page) for f in doc.footnotes]
        assert [(q.number, q.page_start, q.page_end) for q in got.questions] == [
            (q.number, q.page_start, q.page_end) for q in doc.questions
        ]
        assert "Pagina " not in got.text and "Onze referentie" not in got.text
    nota = pdf_docs["emancipatienota-2025"]
    refs = [b for b in nota.blocks if 37 in b.footnote_refs]
    assert len(refs) == 1 and ".37" not in refs[0].text
    heading = next(b for b in nota.blocks if b.kind == "heading" and b.text.startswith("1.1 "))
    assert heading.section == ("Prioriteit 1. Iedereen moet veilig kunnen zijn", "1.1 Veiligheid van vrouwen en meisjes")


def test_load_corpus_dispatches_pdf_files(text_docs, rendered, tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "documents").mkdir(parents=True)
    doc = text_docs["kamervragen-2025Z08286"]
    (corpus / "documents" / "kv.pdf").write_bytes(rendered[doc.doc_id].read_bytes())
    entry = {**doc.info.__dict__, "file": "kv.pdf", "layout": "pdf"}
    import json

    (corpus / "manifest.json").write_text(json.dumps({"documents": [entry]}), encoding="utf-8")
    [loaded] = load_corpus(corpus)
    assert len(loaded.questions) == 23 and loaded.text == doc.text


def test_generated_qa_document(generated, text_docs):
    path, expected = generated
    info = replace(
        text_docs["kamervragen-2025Z08286"].info, doc_id="gen-qa", layout="pdf", expected_pages=None, expected_questions=None
    )
    doc = load_pdf(info, path)
    pairs = expected["pairs"]
    assert 3 <= doc.page_count == expected["pages"] <= 4
    assert len(doc.questions) == len(pairs) == 8
    for got, want in zip(doc.questions, pairs):
        assert got.number == want.number
        assert got.question == want.question
        assert got.answer.split() == want.answer.split()
        assert (got.page_start, got.page_end) == (want.page_start, want.page_end), got.number
    assert [b.question_number for b in doc.blocks if b.kind == "question"] == list(range(1, 9))
    assert "Vraag 1" not in doc.text and "Antwoord 1" not in doc.text
    assert len(doc.footnotes) == expected["footnotes"]
    refs = sorted(n for b in doc.blocks for n in b.footnote_refs)
    assert refs == [f.number for f in doc.footnotes]
    assert all(b.kind == "answer" for b in doc.blocks if b.footnote_refs)
    # the header is on every page (repetition), so it is gone from the text
    assert expected["header"] not in doc.text
    assert "Pagina" not in doc.text and "4012345" not in doc.text and "18 november 2024" not in doc.text
    passages = chunk_document(doc)
    assert {p.question_number for p in passages if p.kind == "answer"} == set(range(1, 9))


def test_metadata_from_page_one(generated, rendered):
    path, expected = generated
    meta = read_pdf_metadata(path)
    assert meta["title"] == expected["title"]
    assert meta["type"] == "antwoorden-kamervragen"
    assert meta["date"] == expected["date"]
    assert meta["reference"] == expected["reference"]
    nota = read_pdf_metadata(rendered["emancipatienota-2025"])
    assert nota["title"] == "Emancipatienota 2025"
    assert nota["type"] == "kamerbrief"
    assert nota["date"] == "2025-06-03"


def test_letter_head_is_metadata(tmp_path):
    """`Datum: 3-6-2025` / `Kenmerk: ...` / `Betreft: ...` at the top of page 1: date, reference and title, not text."""
    path = tmp_path / "brief.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    for k, line in enumerate(["Datum: 3-6-2025", "Kenmerk: BZK-2025-0042", "Betreft: Subsidie voor dorpshuizen"]):
        c.drawString(72, 760 - 14 * k, line)
    c.drawString(72, 680, "Geachte voorzitter,")
    c.drawString(72, 660, "Hierbij informeer ik u over de subsidie voor dorpshuizen.")
    c.showPage()
    c.save()
    meta = read_pdf_metadata(path)
    assert (meta["date"], meta["reference"], meta["title"]) == ("2025-06-03", "BZK-2025-0042", "Subsidie voor dorpshuizen")
    doc = load_pdf(replace(info_for_errors(), doc_id="brief", layout="nota"), path)
    assert doc.text.startswith("Geachte voorzitter,") and doc.text.endswith("de subsidie voor dorpshuizen.")


def test_a_footnote_that_goes_on_on_the_next_page(tmp_path):
    """The rest of footnote 1 at the foot of page 2, above footnote 2, belongs to footnote 1, not to the text."""
    path = tmp_path / "noten.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for page, (body, foot) in enumerate(
        [
            ("Het kabinet neemt maatregelen.", ["1 Zie de brief over de maatregelen, waarin het kabinet de aanpak", "uitgebreid toelicht"]),
            ("De provincies voeren ze uit.", ["en de kosten per provincie noemt.", "2 Kamerstukken II 2024/25, 36 600, nr. 4."]),
        ],
        start=1,
    ):
        c.setFont("Helvetica", 11)
        for k in range(8):
            c.drawString(72, 700 - 14 * k, f"{body} Zin {k + 1} van pagina {page} van deze brief over de aanpak.")
        c.setFont("Helvetica", 8)
        for k, line in enumerate(foot):
            c.drawString(72, 90 - 10 * k, line)
        c.showPage()
    c.save()
    doc = load_pdf(replace(info_for_errors(), doc_id="noten", layout="nota"), path)
    assert [(f.number, f.page) for f in doc.footnotes] == [(1, 1), (2, 2)]
    assert doc.footnotes[0].text.endswith("uitgebreid toelicht en de kosten per provincie noemt.")
    assert "kosten per provincie" not in doc.text[: doc.footnotes[0].char_start]


def test_furniture_is_found_by_repetition_not_by_phrase(tmp_path):
    """A running header nobody has hard-coded, on every page at the same height, is dropped; body text stays."""
    path = tmp_path / "header.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in range(1, 4):
        c.setFont("Helvetica", 8)
        c.drawString(72, 800, "Stichting Voorbeeld - vertrouwelijk concept")
        c.drawString(400, 40, f"blad {page} / 3")
        c.setFont("Helvetica", 10.5)
        c.drawString(72, 700, f"Dit is de tekst van pagina {['een', 'twee', 'drie'][page - 1]}, met een eigen zin.")
        c.showPage()
    c.save()
    info = replace(load_corpus(ROOT / "corpus")[0].info, doc_id="hdr", layout="nota", expected_pages=None)
    doc = load_pdf(info, path)
    assert "Stichting Voorbeeld" not in doc.text and "blad" not in doc.text
    assert doc.text.count("Dit is de tekst van pagina") == 3
    assert [doc.pages_of(b.char_start, b.char_end) for b in doc.blocks] == [(1, 1), (2, 2), (3, 3)]


# ---------------------------------------------------------------- bad input


def info_for_errors():
    return replace(load_corpus(ROOT / "corpus")[0].info, doc_id="bad", layout="pdf", expected_pages=None)


def expect_error(path: Path, *phrases: str) -> str:
    with pytest.raises(PdfError) as exc:
        load_pdf(info_for_errors(), path)
    message = str(exc.value)
    for phrase in phrases:
        assert phrase in message, message
    return message


def test_not_a_pdf(tmp_path):
    path = tmp_path / "brief.pdf"
    path.write_text("Dit is gewone tekst, geen PDF.\n", encoding="utf-8")
    expect_error(path, "geen PDF", "not a PDF")


def test_empty_file(tmp_path):
    path = tmp_path / "leeg.pdf"
    path.write_bytes(b"")
    expect_error(path, "leeg bestand", "empty file")


def test_encrypted(tmp_path):
    path = tmp_path / "geheim.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, encrypt="secret")
    c.drawString(72, 700, "Vertrouwelijk")
    c.showPage()
    c.save()
    expect_error(path, "versleutelde PDF", "encrypted")


def test_no_text_layer(tmp_path):
    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.rect(72, 400, 300, 300, fill=1)
    c.showPage()
    c.save()
    expect_error(path, "geen tekstlaag; OCR wordt niet ondersteund")


def test_text_layer_without_unicode(tmp_path):
    """Glyphs that pdfminer can only name by number (`(cid:127)`) are no text: a clear error, not garbage."""
    path = tmp_path / "cid.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 12)
    for k in range(10):
        c.drawString(72, 700 - 20 * k, "\u2022" * 30 + " ab")  # Helvetica's bullet reads back as (cid:127)
    c.showPage()
    c.save()
    expect_error(path, "onleesbare tekstlaag", "no Unicode mapping")


def test_garbage_after_header(tmp_path):
    path = tmp_path / "rommel.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"dit is geen pdf-structuur\n" * 50 + b"%%EOF\n")
    expect_error(path, "PDF")  # damaged or without pages, depending on how far pdfminer gets
    msg = str(pytest.raises(PdfError, load_pdf, info_for_errors(), path).value)
    assert "beschadigde PDF" in msg or "zonder pagina's" in msg


def test_zero_pages(tmp_path):
    path = pdf_render.zero_pages_pdf(tmp_path / "nul.pdf")
    expect_error(path, "zonder pagina's", "no pages")


def test_truncated(rendered, tmp_path):
    data = rendered["kamervragen-2025Z08286"].read_bytes()
    path = tmp_path / "half.pdf"
    path.write_bytes(data[: len(data) // 2])
    expect_error(path, "beschadigde PDF", "damaged")  # no %%EOF: refused before parsing
    path.write_bytes(data[: len(data) // 2] + b"\n%%EOF\n")
    expect_error(path, "beschadigde PDF", "damaged")  # an end marker, but the parser finds it broken


def test_too_large_is_refused_before_parsing(rendered, monkeypatch):
    monkeypatch.setattr(corpus_pdf, "MAX_PDF_BYTES", 1000)

    def must_not_parse(*a, **k):
        raise AssertionError("parsed a file over the size limit")

    monkeypatch.setattr("pdfplumber.open", must_not_parse)
    expect_error(rendered["kamervragen-2025Z08286"], "te groot", "too large")


# ---------------------------------------------------------------- PDFs written the way users write them

import pdf_variants  # noqa: E402  (test helper next to this file)


@pytest.fixture(scope="module")
def variants(tmp_path_factory):
    """Every variant of tests/pdf_variants.py rendered once: name -> (path, Expected, Document)."""
    out = tmp_path_factory.mktemp("variants")
    made = {}
    for name, render in pdf_variants.VARIANTS.items():
        path = out / f"{name}.pdf"
        expected = render(path)
        info = replace(info_for_errors(), doc_id=name, expected_questions=None)
        made[name] = (path, expected, load_pdf(info, path))
    return made


NOTA_VARIANTS = ["word_letter", "word_letter_short", "numbered_nota", "ligatures"]
QA_VARIANTS = ["qa_labels", "qa_numbered", "qa_numbered_paren", "official_qa"]


@pytest.mark.parametrize("name", list(pdf_variants.VARIANTS))
def test_variant_body_text_once_in_order_on_its_pages(variants, name):
    _, exp, doc = variants[name]
    assert doc.page_count == exp.pages
    pos = 0
    for text, pages in zip(exp.paragraphs, exp.para_pages):
        assert doc.text.count(text) == 1, f"{text[:80]!r} found {doc.text.count(text)} times"
        at = doc.text.find(text, pos)
        assert at >= pos, f"{text[:80]!r} is out of order"
        assert doc.pages_of(at, at + len(text)) == pages, text[:80]
        pos = at + len(text)
    for word in exp.hyphenated:
        assert word.rstrip(".") in doc.text
    for piece in exp.furniture:
        assert piece not in doc.text, f"furniture {piece!r} in the text"
    assert "(cid:" not in doc.text and "\ufb01" not in doc.text and "\u00ad" not in doc.text
    if name in NOTA_VARIANTS:
        # nothing else in the body: every paragraph block holds expected text (no stray header, logo or page number)
        for b in doc.blocks:
            if b.kind == "paragraph":
                assert any(t in b.text for t in exp.paragraphs), f"unexpected block {b.text[:80]!r}"


@pytest.mark.parametrize("name", NOTA_VARIANTS)
def test_variant_headings_are_sections(variants, name):
    _, exp, doc = variants[name]
    assert [b.text for b in doc.blocks if b.kind == "heading"] == exp.headings
    for b in doc.blocks:
        if b.kind == "paragraph" and b.section:
            assert b.section[-1] in exp.headings


@pytest.mark.parametrize("name", list(pdf_variants.VARIANTS))
def test_variant_footnotes_are_separated(variants, name):
    _, exp, doc = variants[name]
    assert [(f.number, f.text) for f in doc.footnotes] == exp.footnotes
    refs = sorted(n for b in doc.blocks for n in b.footnote_refs)
    assert refs == [n for n, _ in exp.footnotes]
    for _, text in exp.footnotes:
        assert doc.text.count(text) == 1  # only in the footnote block, not in the body


@pytest.mark.parametrize("name", QA_VARIANTS)
def test_variant_question_answer_pairs(variants, name):
    _, exp, doc = variants[name]
    got = [(q.number, q.question, q.answer.split(), q.page_start, q.page_end) for q in doc.questions]
    want = [(n, q, a.split(), first, last) for n, q, a, first, last in exp.pairs]
    assert got == want


@pytest.mark.parametrize("name", list(pdf_variants.VARIANTS))
def test_variant_metadata(variants, name):
    path, exp, _ = variants[name]
    meta = read_pdf_metadata(path)
    assert meta["pages"] == exp.pages
    assert meta["type"] == ("antwoorden-kamervragen" if name in QA_VARIANTS else "kamerbrief")
    assert meta["questions"] == len(exp.pairs)
    for key in ("title", "date", "reference"):
        if getattr(exp, key) is not None:
            assert meta[key] == getattr(exp, key), key
    assert len(meta["title"]) <= 200  # never the whole page


@pytest.mark.parametrize(
    "first, second, joined",
    [
        ("de nieuwe beleids-", "maatregelen gaan in.", "de nieuwe beleidsmaatregelen"),  # a word broken at the line end
        ("de nieuwe beleids\u2010", "maatregelen gaan in.", "de nieuwe beleidsmaatregelen"),  # U+2010 HYPHEN
        ("de provincie Noord-", "Holland en", "de provincie Noord- Holland en"),  # before a capital: a real hyphen
        ("een zee-", "egel in de", "een zee- egel in de"),  # between two vowels Dutch writes the hyphen
        ("per e-", "mail sturen", "per e- mail sturen"),  # one letter
        ("de zorg-", "en welzijnssector", "de zorg- en welzijnssector"),  # `zorg- en welzijn`
        ("de AI-", "toepassingen", "de AI- toepassingen"),  # after an abbreviation
    ],
)
def test_line_end_hyphens(first, second, joined):
    """`join_hyphenated` moves the rest of a broken word up; `join_lines` glues what it leaves (`Noord-Holland`)."""
    a = corpus_pdf.PdfLine(first, 1, size=10, top=100, bottom=110)
    b = corpus_pdf.PdfLine(second, 1, size=10, top=112, bottom=122)
    pages = [[a, b]]
    corpus_pdf.join_hyphenated(pages)
    assert " ".join(ln.text for ln in pages[0]).startswith(joined)


def test_a_hyphenated_form_used_elsewhere_is_kept():
    lines = [
        corpus_pdf.PdfLine("Het kosten-batenoverzicht en het kosten-", 1, size=10, top=100, bottom=110),
        corpus_pdf.PdfLine("batenoverzicht van 2024.", 1, size=10, top=112, bottom=122),
    ]
    corpus_pdf.join_hyphenated([lines])
    assert lines[0].text.endswith("kosten-") and lines[1].text.startswith("batenoverzicht")


def test_a_repeated_line_inside_the_text_is_not_furniture(tmp_path):
    """`Ja.` answering two questions at the same height on both pages stays; the page header goes."""
    path = tmp_path / "ja.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for question, answer in [("Bent u bekend met het bericht over de dijken?", "Het bericht is mij bekend."),
                             ("Klopt het dat de kosten stijgen?", "De kosten stijgen met 4 procent.")]:
        c.setFont("Helvetica", 8)
        c.drawString(72, 800, "Kenmerk 2025-0001234")
        c.setFont("Helvetica", 10)
        c.drawString(72, 700, question)
        c.drawString(72, 686, "Ja.")
        c.drawString(72, 672, answer)
        c.showPage()
    c.save()
    info = replace(info_for_errors(), doc_id="ja", layout="nota")
    doc = load_pdf(info, path)
    assert doc.text.count("Ja.") == 2 and "Kenmerk" not in doc.text


def test_a_number_in_a_table_row_is_not_a_page_number(tmp_path):
    """`- 2 -` at the foot of page 2 is furniture; the cell `2` of the table row just above it is text."""
    path = tmp_path / "tabel.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in (1, 2):
        c.setFont("Helvetica", 10)
        c.drawString(72, 700, f"Dit is de tekst van pagina {['een', 'twee'][page - 1]}, met een eigen zin.")
        if page == 2:  # a table ending just above the page number, one of its cells `2`
            for x, cell in [(72, "Totaal"), (250, "2"), (350, "17")]:
                c.drawString(x, 120, cell)
        c.drawCentredString(A4[0] / 2, 40, f"- {page} -")
        c.showPage()
    c.save()
    doc = load_pdf(replace(info_for_errors(), doc_id="tabel", layout="nota"), path)
    assert "Totaal 2 17" in doc.text and "- 2 -" not in doc.text
