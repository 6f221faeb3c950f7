"""Gradio UI (placeholder; replaced by the full UI)."""

from __future__ import annotations

import gradio as gr


def build_ui(get_engine) -> gr.Blocks:
    with gr.Blocks(title="Emancipatie RAG") as demo:
        gr.Markdown("# Vraag het de documenten")
    return demo


def add_routes(app, get_engine) -> None:
    """Extra non-Gradio routes of the UI (the source viewer)."""
