"""The HTTP layer: the JSON API under /api, with the Gradio UI and the source viewer mounted at /.

The index and the embedding model are loaded once, at start-up, into one `Engine`; handlers
are plain `def`s so FastAPI runs the CPU-bound work in its thread pool and the event loop
(and /api/health) stays responsive.
"""

from rag.api.app import create_app, serve

__all__ = ["create_app", "serve"]
