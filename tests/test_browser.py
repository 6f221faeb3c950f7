"""The UI in a real browser: headless Chromium (Debian's /usr/bin/chromium) against the real `rag serve`.

Ask a question and follow a citation to its highlighted source card, check a claim,
open the whole-document viewer. Screenshots go to tests/artifacts/ (git-ignored); the README's
copies in docs/ are refreshed only on request: `bash scripts/screenshots.sh`
(RAG_UPDATE_SCREENSHOTS=1), so a test run never changes a tracked file.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"

playwright_sync = pytest.importorskip("playwright.sync_api")
expect = playwright_sync.expect

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
DOCS = ROOT / "docs"
UPDATE_DOCS = os.environ.get("RAG_UPDATE_SCREENSHOTS", "") not in ("", "0", "false")  # scripts/screenshots.sh sets it
ANSWER_TIMEOUT = 60_000  # ms, a bound on waiting, not a speed test: answers take < 2 s, the first one also warms up the model,
# and a loaded 2-core CI machine once took over 20 s for the abstained one
QUESTION = "Hoeveel gemeenten doen mee aan het programma Veilige Steden?"
CLAIM = "Aan het programma Veilige Steden doen 40 gemeenten mee"


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM.exists(), f"{CHROMIUM} is not installed: run `bash scripts/setup.sh --test` (Debian chromium)"
    with playwright_sync.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="nl-NL")
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    yield pg
    context.close()


def settle(page, selector: str) -> None:
    """Wait until Gradio's loading overlays inside `selector` have faded out (they fade over 0.1 s)."""
    page.wait_for_function(
        """sel => Array.from(document.querySelectorAll(sel + ' .wrap'))
                      .every(w => getComputedStyle(w).opacity === '0' || w.offsetParent === null)""",
        arg=selector,
    )


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path))
    if UPDATE_DOCS:
        DOCS.mkdir(exist_ok=True)
        shutil.copy(path, DOCS / name)
    return path


def open_ui(page, server) -> None:
    page.goto(server.url + "/")
    expect(page.get_by_role("tab", name="Vraag stellen")).to_be_visible(timeout=30_000)


def ask(page, question: str) -> None:
    box = page.locator("#vraag-invoer textarea")
    box.fill(question)
    box.press("Enter")


def test_ask_and_follow_a_citation(page, server):
    open_ui(page, server)
    ask(page, QUESTION)

    answer = page.locator("#rag-chat .answer").last
    cite = answer.locator("a.cite").first
    expect(cite).to_be_visible(timeout=ANSWER_TIMEOUT)
    expect(cite).to_have_text(re.compile(r"^\[\d+\]$"))
    target = cite.get_attribute("href")
    assert target and target.startswith("#bron-"), target

    cite.click()
    expect(page).to_have_url(re.compile(re.escape(target) + "$"))
    card = page.locator(target)
    expect(card).to_be_in_viewport()
    assert page.locator(f"{target}:target").count() == 1, "the clicked card is not the :target"
    expect(card).to_contain_text("Emancipatienota 2025")
    expect(card.locator(".page")).to_have_text("p. 5")
    mark = card.locator("mark").first
    expect(mark).to_be_visible()
    quoted = mark.inner_text().strip()
    assert quoted and quoted in answer.inner_text(), "the highlighted sentence is not the quoted one"
    expect(card.locator("mark", has_text="25 gemeenten")).to_be_visible()

    page.evaluate("window.scrollTo(0, 0)")
    expect(card).to_be_in_viewport()
    settle(page, "#rag-chat")
    settle(page, "#bronnen")
    screenshot(page, "screenshot-ask.png")

    # The Markdown export holds the answer with its citation.
    page.get_by_text("Antwoord kopiëren of downloaden (Markdown)").click()
    expect(page.locator(".cm-content")).to_contain_text("Emancipatienota 2025, p. 5")

    # The card's link opens the whole document at page 5 with the quoted sentences highlighted.
    href = card.locator("a.open-doc").get_attribute("href")
    assert href and href.startswith("/bron/emancipatienota-2025?"), href
    viewer = page.context.new_page()
    viewer.goto(server.url + href)
    expect(viewer.locator("mark#hl")).to_contain_text(quoted[:40])
    expect(viewer.locator("mark#hl")).to_be_in_viewport()
    expect(viewer.locator("#p5")).to_have_text("Pagina 5")


def test_empty_question_abstention_and_escaping(page, server):
    open_ui(page, server)
    ask(page, "   ")
    expect(page.locator("#vraag-status")).to_contain_text("Typ eerst een vraag.")

    ask(page, "<b>Wat</b> is de hoofdstad van Frankrijk?")
    expect(page.locator("#rag-chat .answer.abstained")).to_contain_text(
        "De documenten bevatten geen antwoord", timeout=ANSWER_TIMEOUT
    )
    question = page.locator("#rag-chat .question").last
    expect(question).to_have_text("<b>Wat</b> is de hoofdstad van Frankrijk?")  # shown as typed, not as HTML
    assert question.locator("b").count() == 0
    sources = page.locator("#bronnen")
    expect(sources).to_contain_text("Mogelijk relevant")
    expect(sources.locator(".card").first).to_be_visible()
    expect(page.locator("#vraag-status")).to_be_empty()


def test_check_a_claim(page, server):
    open_ui(page, server)
    page.get_by_role("tab", name="Controleer een bewering").click()
    page.locator("#bewering-invoer textarea").fill(CLAIM)
    page.locator("#bewering-knop").click()

    result = page.locator("#oordeel")
    expect(result.locator(".verdict-label")).to_have_text("Weerlegd", timeout=ANSWER_TIMEOUT)
    expect(result.locator(".explanation")).not_to_be_empty()
    expect(result.locator("table.values")).to_contain_text("40")
    evidence = result.locator(".card").filter(has=page.locator(".page", has_text=re.compile(r"^p\. 5$"))).first
    expect(evidence).to_contain_text("Veilige Steden")
    expect(evidence.locator("mark").first).to_be_visible()
    expect(evidence.locator(".val-bad").first).to_be_visible()  # the source's number, which differs from 40
    settle(page, "#oordeel")
    screenshot(page, "screenshot-check.png")


def test_source_viewer(page, server):
    response = page.goto(server.url + "/bron/emancipatienota-2025?page=5")
    assert response is not None and response.status == 200
    expect(page.locator("h1")).to_have_text("Emancipatienota 2025")
    expect(page.locator("#p5")).to_have_text("Pagina 5")
    expect(page.locator("#p5")).to_be_in_viewport()
    expect(page.locator("h2, h3, h4").filter(has_text="Programma Veilige Steden")).to_have_count(1)
    expect(page.locator("section.voetnoten li").first).to_be_visible()

    missing = page.goto(server.url + "/bron/bestaat-niet")
    assert missing is not None and missing.status == 404
    expect(page.locator("p.error")).to_contain_text("bestaat-niet")
    bad = page.goto(server.url + "/bron/emancipatienota-2025?start=10&end=5")
    assert bad is not None and bad.status == 422
