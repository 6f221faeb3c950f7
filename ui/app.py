"""The Dutch browser UI (Gradio), mounted at "/" by rag.api.app.mount_ui.

Three tabs: ask a question (chat with clickable [n] citations and a source
panel), check a claim, and plain passage search. The handlers only call the
in-process functions of `rag` (no HTTP to ourselves, no business logic here);
`ui.render` turns their responses into escaped HTML, `ui.viewer` serves the
whole-document viewer at /bron/{doc_id}.
"""

from __future__ import annotations

import logging

import gradio as gr
from pydantic import ValidationError

from rag.answer import answer_response
from corpus.sentences import split_sentences
from rag.claims import check_response, check_text_response
from rag.documents import document_summaries
from rag.ingest import Busy, DocumentRefused
from rag.schemas import (
    MAX_ANSWER_CHARS,
    MAX_HISTORY_TURNS,
    MAX_QUERY_CHARS,
    MAX_TEXT_CHARS,
    MAX_TEXT_SENTENCES,
    AskRequest,
    ClaimRequest,
    HistoryTurn,
    SearchRequest,
    TextCheckRequest,
)
from ui import render
from ui.styles import APP_CSS
from ui.viewer import add_viewer_route

log = logging.getLogger("rag.ui")

ALL_DOCS = "__alle__"
MAX_TURNS = 20  # answers kept (and linkable) per browser session

EXAMPLE_QUESTIONS = [
    "Hoeveel gemeenten doen mee aan het programma Veilige Steden?",
    "Wat doet het kabinet tegen femicide?",
    "Welke risico's ziet het kabinet van AI voor emancipatie?",
    "Hoe wordt de Lhbtiqa+-monitor uitgevoerd?",
]
EXAMPLE_CLAIMS = [
    "Aan het programma Veilige Steden doen 40 gemeenten mee",
    "Aan het programma Veilige Steden doen 25 gemeenten mee",
    "Het ministerie van OCW ondersteunt het programma Veilige Steden tot en met 2026",
]
GENERIC_ERROR = "Er ging iets mis bij het verwerken van uw verzoek. Probeer het opnieuw of formuleer het anders."


# ---------------------------------------------------------------- input checks (the API's own request models)


def dutch_problem(exc: ValidationError, what: str) -> str:
    """A Dutch sentence for the first problem pydantic found in a request."""
    err = exc.errors()[0]
    field = err.get("loc", ("",))[-1]
    kind, msg = err.get("type", ""), str(err.get("msg", ""))
    if field == "doc_id":
        return "Het gekozen document bestaat niet (meer); kies een ander document in de lijst."
    if kind == "string_too_short" or "only whitespace" in msg:
        return f"Typ eerst een {what}."
    if kind == "string_too_long":
        return f"De {what} is te lang: maximaal {MAX_QUERY_CHARS} tekens."
    if "control" in msg:
        return f"De {what} bevat onzichtbare stuur- of richtingstekens; verwijder die en probeer het opnieuw."
    return f"De {what} kan niet worden verwerkt."


def doc_filter(value: str | None) -> str | None:
    return None if not value or value == ALL_DOCS else value


def document_choices(engine) -> list[tuple[str, str]]:
    return [("Alle documenten", ALL_DOCS)] + [(s.title, s.doc_id) for s in document_summaries(engine)]


# ---------------------------------------------------------------- ask tab handlers


def take_question(question: str, history: list):
    """Step 1 (instant): validate, show the question in the chat, clear the box; sets the pending question."""
    try:
        q = AskRequest(question=question or "").question
    except ValidationError as exc:
        return gr.skip(), gr.skip(), "", render.notice(dutch_problem(exc, "vraag"), "warn")
    return "", history + [{"role": "user", "content": render.question_html(q)}], q, ""


def answer_question(get_engine, question: str, doc: str, history: list, turns: list):
    """Step 2: answer the pending question; add the answer to the chat and its sources to the panel."""
    if not question:  # step 1 rejected the input
        return gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
    try:
        earlier = [HistoryTurn(question=r.question, answer=r.answer[:MAX_ANSWER_CHARS]) for _, r in turns[-MAX_HISTORY_TURNS:]]
        resp = answer_response(get_engine(), question, k=5, doc_id=doc_filter(doc), history=earlier)
    except Exception:
        log.exception("answering %r failed", question)
        failed = {"role": "assistant", "content": render.notice(GENERIC_ERROR, "error")}
        return history + [failed], gr.skip(), gr.skip(), turns, render.notice(GENERIC_ERROR, "error")
    turn = (turns[-1][0] + 1) if turns else 1
    turns = (turns + [(turn, resp)])[-MAX_TURNS:]
    history = history + [{"role": "assistant", "content": render.answer_html(resp, turn)}]
    return history, sources_panel(turns), render.answer_markdown(resp), turns, ""


def sources_panel(turns: list) -> str:
    return '<h3 class="panel-title">Bronnen</h3>' + render.sources_html(turns)


def new_conversation():
    return [], sources_panel([]), "", [], "", ""


# ---------------------------------------------------------------- check and search handlers


def check_claim(get_engine, claim: str) -> str:
    """One sentence: its verdict card; a paragraph (more than one sentence): one verdict card per sentence."""
    if len(split_sentences((claim or "").strip())) > 1:
        try:
            text = TextCheckRequest(text=claim).text
        except ValidationError as exc:
            return render.notice(text_problem(exc), "warn")
        try:
            return render.text_check_html(check_text_response(get_engine(), text))
        except Exception:
            log.exception("checking a paragraph failed")
            return render.notice(GENERIC_ERROR, "error")
    try:
        text = ClaimRequest(claim=claim or "").claim
    except ValidationError as exc:
        return render.notice(dutch_problem(exc, "bewering"), "warn")
    try:
        return render.check_html(check_response(get_engine(), text))
    except Exception:
        log.exception("checking %r failed", text)
        return render.notice(GENERIC_ERROR, "error")


def text_problem(exc: ValidationError) -> str:
    err = exc.errors()[0]
    if err.get("type") == "string_too_long":
        return f"De tekst is te lang: maximaal {MAX_TEXT_CHARS} tekens."
    if "sentences" in str(err.get("msg", "")):
        return f"De tekst heeft te veel zinnen: maximaal {MAX_TEXT_SENTENCES} per keer."
    return dutch_problem(exc, "tekst")


def search_passages(get_engine, query: str, doc: str, k: float) -> str:
    try:
        req = SearchRequest(query=query or "", k=int(k), doc_id=doc_filter(doc))
    except ValidationError as exc:
        return render.notice(dutch_problem(exc, "zoekvraag"), "warn")
    try:
        return render.search_html(get_engine().search_response(req.query, req.k, req.doc_id))
    except Exception:
        log.exception("search %r failed", query)
        return render.notice(GENERIC_ERROR, "error")


# ---------------------------------------------------------------- layout


def header_html(engine) -> str:
    docs = ""
    if engine is not None:
        docs = " en ".join(
            f'<a href="/bron/{render.esc(s.doc_id)}" target="_blank" rel="noopener">{render.esc(s.title)}</a>'
            f" ({s.pages} p.)"
            for s in document_summaries(engine)
        )
        docs = f'<p class="docs">Bronnen: {docs}.</p>'
    return (
        "<h1>Vraag het de documenten</h1>"
        "<p>Antwoorden bestaan uitsluitend uit letterlijke zinnen uit de documenten; klik op een bronnummer "
        "zoals <b>[1]</b> om de passage te zien, met pagina en paragraaf.</p>" + docs
    )


def panel(value: str = "", elem_id: str | None = None) -> gr.HTML:
    # apply_default_css=False: no Gradio "prose" styles, whose `.prose *` colour rule would override ours
    return gr.HTML(
        value, elem_id=elem_id, elem_classes=["rag-panel"], js_on_load=None, padding=False, apply_default_css=False
    )


def ask_tab(get_engine, choices) -> tuple[gr.Dropdown, ...]:
    turns = gr.State([])
    pending = gr.State("")
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=380):
            chat = gr.Chatbot(
                elem_id="rag-chat",
                label="Gesprek",
                height=480,
                buttons=[],
                feedback_options=None,
                latex_delimiters=[],
                placeholder="Stel hieronder een vraag over het emancipatiebeleid. "
                "Elk antwoord citeert letterlijk uit de documenten.",
            )
            with gr.Row(equal_height=True):
                question = gr.Textbox(
                    show_label=False,
                    placeholder="Bijvoorbeeld: Hoeveel gemeenten doen mee aan het programma Veilige Steden?",
                    max_length=MAX_QUERY_CHARS,
                    elem_id="vraag-invoer",
                    scale=5,
                    autofocus=True,
                )
                ask = gr.Button("Vraag", variant="primary", scale=1, min_width=90, elem_id="vraag-knop")
            status = panel("", elem_id="vraag-status")
            with gr.Row():
                doc = gr.Dropdown(choices, value=ALL_DOCS, label="Zoek in", scale=3, elem_id="vraag-filter")
                clear = gr.Button("Nieuw gesprek", variant="secondary", scale=1, min_width=120)
            gr.Examples(EXAMPLE_QUESTIONS, inputs=[question], label="Voorbeeldvragen")
            with gr.Accordion("Antwoord kopiëren of downloaden (Markdown)", open=False):
                markdown = gr.Code(
                    language="markdown",
                    label="Antwoord met bronnen",
                    buttons=["copy", "download"],
                    lines=6,
                    wrap_lines=True,
                    show_line_numbers=False,
                    interactive=False,
                )
        with gr.Column(scale=2, min_width=320):
            sources = panel(sources_panel([]), elem_id="bronnen")

    for trigger in (question.submit, ask.click):
        step1 = trigger(
            take_question, [question, chat], [question, chat, pending, status], queue=False, show_progress="hidden"
        )
        step1.then(
            lambda q, d, h, t: answer_question(get_engine, q, d, h, t),
            [pending, doc, chat, turns],
            [chat, sources, markdown, turns, status],
            show_progress="minimal",
        )
    clear.click(new_conversation, None, [chat, sources, markdown, turns, question, status], queue=False)
    chat.clear(new_conversation, None, [chat, sources, markdown, turns, question, status], queue=False)
    return (doc,)


def check_tab(get_engine) -> None:
    gr.Markdown("Plak een bewering of een hele alinea, bijvoorbeeld uit een artikel: elke zin krijgt een eigen oordeel. "
                "Getallen worden exact vergeleken met de bron.")
    with gr.Row(equal_height=True):
        claim = gr.Textbox(
            show_label=False,
            placeholder="Bijvoorbeeld: Aan het programma Veilige Steden doen 40 gemeenten mee",
            max_length=MAX_TEXT_CHARS,
            lines=2,
            scale=5,
            elem_id="bewering-invoer",
        )
        check = gr.Button("Controleer", variant="primary", scale=1, min_width=110, elem_id="bewering-knop")
    gr.Examples(EXAMPLE_CLAIMS, inputs=[claim], label="Voorbeeldbeweringen")
    result = panel(render.notice("Het oordeel en het bewijs uit de documenten verschijnen hier."), elem_id="oordeel")
    for trigger in (claim.submit, check.click):
        trigger(lambda c: check_claim(get_engine, c), [claim], [result], show_progress="minimal")


def search_tab(get_engine, choices) -> tuple[gr.Dropdown, ...]:
    with gr.Row(equal_height=True):
        query = gr.Textbox(
            show_label=False, placeholder="Zoekwoorden of een vraag", max_length=MAX_QUERY_CHARS, scale=5
        )
        go = gr.Button("Zoek", variant="primary", scale=1, min_width=90)
    with gr.Row():
        doc = gr.Dropdown(choices, value=ALL_DOCS, label="Zoek in", scale=3)
        k = gr.Slider(1, 20, value=5, step=1, label="Aantal passages", scale=2)
    results = panel(render.notice("Zoekresultaten verschijnen hier, beste passage eerst."), elem_id="zoekresultaten")
    for trigger in (query.submit, go.click):
        trigger(
            lambda q, d, n: search_passages(get_engine, q, d, n), [query, doc, k], [results], show_progress="minimal"
        )
    return (doc,)


def add_pdf(admin, path, token: str, title: str, doc_type: str, date: str, reference: str) -> str:
    if not path:
        return render.notice("Kies eerst een PDF-bestand.", "warn")
    if not (token or "").strip():
        return render.notice("Typ het beheerderstoken.", "warn")
    meta = {k: (v or "").strip() or None for k, v in dict(title=title, doc_type=doc_type, date=date, reference=reference).items()}
    try:
        r = admin.add(path, token, **meta)
    except PermissionError:
        return render.notice("Onjuist beheerderstoken.", "error")
    except (DocumentRefused, Busy) as exc:
        return render.notice(f"Het document is niet toegevoegd: {exc}", "warn")
    except Exception:
        log.exception("adding %s failed", path)
        return render.notice("Het toevoegen is mislukt; het corpus en de index zijn ongewijzigd.", "error")
    if r.status == "unchanged":
        return render.notice(f"Dit document staat al in het corpus als {r.doc_id}; er is niets veranderd.", "warn")
    return render.notice(
        f"Toegevoegd: {r.title} ({r.doc_id}), {r.pages} pagina's, {r.passages} passages"
        + (f", {r.questions} vragen" if r.questions else "") + f"; {r.embedded} nieuwe teksten ingebed. Het is nu doorzoekbaar."
    )


def remove_doc(admin, doc_id: str, token: str) -> str:
    if not doc_id or doc_id == ALL_DOCS:
        return render.notice("Kies het document dat weg moet.", "warn")
    try:
        r = admin.remove(doc_id, token)
    except PermissionError:
        return render.notice("Onjuist beheerderstoken.", "error")
    except (DocumentRefused, Busy) as exc:
        return render.notice(f"Het document is niet verwijderd: {exc}", "warn")
    except Exception:
        log.exception("removing %s failed", doc_id)
        return render.notice("Het verwijderen is mislukt; het corpus en de index zijn ongewijzigd.", "error")
    return render.notice(f"Verwijderd: {r.title or r.doc_id}; er zijn nog {r.total_passages} passages.")


def documents_tab(admin, get_engine, choices) -> tuple[gr.Dropdown, ...]:
    """Only when uploads are enabled (RAG_ENABLE_UPLOADS): add a Kamerstuk PDF, or remove a document."""
    gr.Markdown(
        f"Voeg een Kamerstuk toe als PDF (met tekstlaag, hoogstens {admin.max_upload_mb:g} MB). Titel, soort, datum en "
        "referentie worden van de eerste pagina gelezen; vul ze alleen in om ze te overschrijven."
    )
    token = gr.Textbox(label="Beheerderstoken", type="password", elem_id="beheer-token")
    pdf = gr.File(label="PDF-bestand", file_types=[".pdf"], type="filepath", file_count="single", elem_id="beheer-pdf")
    with gr.Row():
        title = gr.Textbox(label="Titel (optioneel)", max_lines=1)
        doc_type = gr.Textbox(label="Soort (optioneel)", max_lines=1)
        date = gr.Textbox(label="Datum (optioneel)", max_lines=1)
        reference = gr.Textbox(label="Referentie (optioneel)", max_lines=1)
    add = gr.Button("Toevoegen", variant="primary", elem_id="beheer-toevoegen")
    with gr.Row():
        doc = gr.Dropdown(choices, value=ALL_DOCS, label="Document verwijderen", scale=3)
        remove = gr.Button("Verwijderen", variant="stop", scale=1, min_width=110)
    result = panel("", elem_id="beheer-resultaat")
    add.click(lambda *a: add_pdf(admin, *a), [pdf, token, title, doc_type, date, reference], [result], show_progress="minimal")
    remove.click(lambda d, t: remove_doc(admin, d, t), [doc, token], [result], show_progress="minimal")
    return (doc,)


def build_ui(get_engine, admin=None) -> gr.Blocks:
    """The Gradio Blocks app. `get_engine()` returns the loaded rag.engine.Engine (or None before start-up).

    `admin` (rag.api.uploads.DocumentAdmin, only when uploads are enabled) adds the document tab."""
    engine = get_engine()
    choices = document_choices(engine) if engine is not None else [("Alle documenten", ALL_DOCS)]
    with gr.Blocks(title="Vraag het de documenten — Emancipatiebeleid") as demo:
        # Styles go in through <head>: gr.mount_gradio_app resets Blocks-level css.
        header = gr.HTML(
            header_html(engine),
            head=f"<style>{APP_CSS}</style>",
            elem_id="rag-header",
            js_on_load=None,
            apply_default_css=False,
        )
        with gr.Tabs():
            with gr.Tab("Vraag stellen", id="vraag"):
                dropdowns = ask_tab(get_engine, choices)
            with gr.Tab("Controleer een bewering", id="bewering"):
                check_tab(get_engine)
            with gr.Tab("Zoeken", id="zoeken"):
                dropdowns += search_tab(get_engine, choices)
            if admin is not None:
                with gr.Tab("Documenten beheren", id="beheer"):
                    dropdowns += documents_tab(admin, get_engine, choices)
        # The documents can change while the server runs (a new index is followed): lists and header on every page load.
        demo.load(
            lambda: [header_html(get_engine())] + [gr.Dropdown(choices=document_choices(get_engine()))] * len(dropdowns),
            None,
            [header] + list(dropdowns),
        )
    return demo


def add_routes(app, get_engine) -> None:
    """Extra non-Gradio routes of the UI: the plain-HTML source viewer at /bron/{doc_id}."""
    add_viewer_route(app, get_engine)
