"""CSS for the Gradio app (injected into <head>) and for the plain-HTML source viewer.

Kept in Python rather than .css files so they ship with the package without package-data settings.
"""

from __future__ import annotations

# Colours after the Dutch central government's palette: dark blue, mid blue, a yellow highlight.
_SHARED = """
mark { background: #ffe97a; color: inherit; padding: 0 .05em; border-radius: 2px; }
.val-ok { background: #c9f0d1; color: #0b4d1c; border-bottom: 2px solid #1a7f37; font-weight: 600; padding: 0 .1em; }
.val-bad { background: #ffd7d5; color: #7a0d0d; border-bottom: 2px solid #cf222e; font-weight: 600; padding: 0 .1em; }
"""

APP_CSS = _SHARED + """
html:root, html .dark {
  --rag-blue: #154273; --rag-blue-2: #01689b; --rag-line: #d5dde6; --rag-soft: #f3f6f9;
  --primary-50: #eef6fb; --primary-100: #d6eaf5; --primary-200: #b0d6ec; --primary-300: #7bb8dc; --primary-400: #3f95c6;
  --primary-500: #01689b; --primary-600: #015a87; --primary-700: #154273; --primary-800: #12375f; --primary-900: #0e2b4a;
  --primary-950: #0a1f36;
  /* Gradio's bundled Source Sans Pro SemiBold lacks some capitals (A, B render in another weight) */
  --font: "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
}
.gradio-container { max-width: 1280px !important; margin: 0 auto !important; }
#rag-header, .rag-panel { color: var(--body-text-color); line-height: 1.5; }
#rag-header a, .rag-panel a { color: var(--link-text-color); }
#rag-header { padding: 6px 2px 2px; }
#rag-header h1 { margin: 0; font-size: 1.55rem; font-weight: 700; color: var(--rag-blue); }
#rag-header p { margin: .25rem 0 0; color: #4a5a6a; }
#rag-header .docs { font-size: .9rem; }

/* chat */
#rag-chat .question { white-space: pre-wrap; }
#rag-chat .answer { line-height: 1.55; }
#rag-chat .answer.abstained { color: #5b4400; }
a.cite { display: inline-block; margin: 0 1px; padding: 0 .35em; border-radius: 4px; font-size: .8em; font-weight: 700;
  line-height: 1.5; text-decoration: none !important; color: #fff !important; background: var(--rag-blue-2); vertical-align: 1px; }
a.cite:hover, a.cite:focus { background: var(--rag-blue); outline: 2px solid #8fc3e0; }
.context-used { margin-top: .35em; font-size: .78em; color: #52606d; }
.dark .context-used { color: #b8c4cf; }
.conf { display: inline-block; margin-left: .4em; padding: 0 .45em; border-radius: 999px; font-size: .75em; color: #3b4b5b;
  background: #e8eef4; border: 1px solid var(--rag-line); white-space: nowrap; }

/* cards */
.rag-panel { font-size: .95rem; }
.rag-panel h3.panel-title { margin: 0 0 .4rem; font-size: 1.1rem; font-weight: 700; color: var(--rag-blue); }
#vraag-status:not(:has(.notice)) { display: none; }
.rag-panel details.turn { margin-bottom: .6rem; }
.rag-panel details.turn > summary { cursor: pointer; padding: .35rem .2rem; color: #36485a; font-size: .9rem; }
.rag-panel details.turn > summary .q { font-style: italic; }
.rag-panel .card { background: #fff; color: #1b2733; border: 1px solid var(--rag-line); border-left: 4px solid var(--rag-blue-2);
  border-radius: 6px; padding: .6rem .8rem; margin: .5rem 0; scroll-margin-top: 80px; transition: box-shadow .3s, background .3s; }
.rag-panel .card:target { border-left-color: #e1a900; box-shadow: 0 0 0 3px #f6d35b; background: #fffdf2; }
.rag-panel .card header { display: flex; gap: .5rem; align-items: baseline; flex-wrap: wrap; }
.rag-panel .badge { font-weight: 700; color: #fff; background: var(--rag-blue); border-radius: 4px; padding: 0 .4em; font-size: .85em; }
.rag-panel .meta { font-size: .9em; color: #2c3e50; }
.rag-panel .meta .doc { font-weight: 600; }
.rag-panel .meta .page { font-weight: 600; color: var(--rag-blue-2); }
.rag-panel .path { font-size: .8em; color: #627384; margin: .15rem 0 .3rem; }
.rag-panel blockquote.passage { margin: .3rem 0; padding: 0; border: 0; font-size: .95em; line-height: 1.55; color: #1b2733; background: none; }
.rag-panel .card footer { margin-top: .35rem; font-size: .85em; }
.rag-panel a.open-doc { color: var(--rag-blue-2); }
.rag-panel h4 { margin: .8rem 0 .3rem; font-size: 1rem; font-weight: 700; color: var(--rag-blue); }
.rag-panel .count { color: #4a5a6a; margin: 0 0 .3rem; }
.notice { padding: .6rem .8rem; border-radius: 6px; margin: .3rem 0; background: var(--rag-soft); color: #33475b; border: 1px solid var(--rag-line); }
.notice-warn { background: #fff7e0; border-color: #f0d58a; color: #5b4400; }
.notice-error { background: #fdecea; border-color: #f3b5b0; color: #7a0d0d; }

/* claim verdict */
.verdict { border-radius: 8px; padding: .7rem 1rem; margin-bottom: .5rem; color: #fff; }
.verdict-label { font-size: 1.7rem; font-weight: 800; letter-spacing: .01em; }
.verdict-gloss { opacity: .95; }
.verdict .conf { background: rgba(255,255,255,.85); }
.verdict-ok { background: #1a7f37; } .verdict-bad { background: #b42318; } .verdict-unknown { background: #5b6b7b; }
.explanation { font-size: 1rem; margin: .4rem 0 .8rem; }
table.values { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: .92rem; background: #fff; color: #1b2733; }
table.values caption { text-align: left; font-weight: 700; color: var(--rag-blue); padding-bottom: .25rem; }
table.values th, table.values td { border: 1px solid var(--rag-line); padding: .3rem .5rem; text-align: left; }
table.values th { background: var(--rag-soft); }
td.m-ok { color: #1a7f37; font-weight: 800; } td.m-bad { color: #b42318; font-weight: 800; } td.m-none { color: #627384; }
.legend { font-size: .85rem; display: flex; gap: .6rem; }
.muted { color: #627384; }
.dark #rag-header p, .dark .rag-panel details.turn > summary { color: #c9d4df; }
.dark #rag-header h1, .dark .rag-panel h3.panel-title, .dark .rag-panel h4, .dark table.values caption { color: #9fd0f0; }
.dark #rag-chat .answer.abstained { color: #f5d27a; }
"""

VIEWER_CSS = _SHARED + """
body { margin: 0; font: 16px/1.6 "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: #1b2733; background: #f3f6f9; }
header.top { background: #154273; color: #fff; padding: 1rem 1.5rem; }
header.top h1 { margin: .2rem 0; font-size: 1.4rem; }
header.top .meta, header.top .desc { margin: .1rem 0; opacity: .9; font-size: .9rem; }
header.top a { color: #cfe6f5; }
header.top a.back { font-size: .9rem; }
nav.pages { font-size: .85rem; margin-top: .3rem; }
nav.pages a { display: inline-block; min-width: 1.6em; text-align: center; margin: 0 1px; }
main { max-width: 860px; margin: 1rem auto 4rem; background: #fff; padding: 1.5rem 2.5rem; border-radius: 6px;
  box-shadow: 0 1px 3px rgba(0,0,0,.08); }
.pagina { display: flex; align-items: center; gap: .6rem; margin: 1.6rem 0 .6rem; color: #01689b; font-size: .85rem;
  font-weight: 700; scroll-margin-top: 1rem; }
.pagina::before, .pagina::after { content: ""; flex: 1; border-top: 1px dashed #9bb4c9; }
span.pagina { display: inline-flex; margin: 0 .3rem; font-size: .75rem; }
span.pagina::before, span.pagina::after { flex: 0 0 1rem; }
.pagina:target span, .pagina:target { color: #b07d00; }
h2.sectie, h3.sectie, h4.sectie { color: #154273; margin: 1.2rem 0 .4rem; }
p.vraag { font-style: italic; background: #f3f6f9; padding: .4rem .6rem; border-left: 3px solid #01689b; }
mark#hl { scroll-margin-top: 30vh; }
section.voetnoten { margin-top: 2rem; border-top: 1px solid #d5dde6; font-size: .9rem; }
section.voetnoten li { margin: .25rem 0; }
.fn-page { color: #627384; font-size: .85em; }
p.error { background: #fdecea; border: 1px solid #f3b5b0; color: #7a0d0d; padding: .7rem 1rem; border-radius: 6px; }
"""
