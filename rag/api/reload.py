"""A running server follows the published index: `rag add`, `rag index` or the API publish, the server switches.

Every `follow_index_s` seconds (default 1) a background thread compares where the
`index/store` symlink points (one `realpath`, a few syscalls) with the build the engine
serves. When they differ it loads a new `Engine` from the new build, in the background,
with the same embedder (no second model in memory), and swaps `app.state.engine` in one
assignment. A request takes the engine once, when it starts (`deps.held`), so requests in
flight finish on the engine they started with; new ones get the new engine. A build that
cannot be loaded (say, published for another corpus or other settings) is logged once and
skipped until the symlink moves again; the old engine keeps serving.

Pruning (index.store keeps the two newest builds) cannot break a server still holding an
older build: an `Engine` has its whole index in memory (FAISS, BM25 and the tables are
read, not memory-mapped), and a build pruned while it is being loaded only makes that load
fail, to be retried on the next tick.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from rag.engine import Engine

log = logging.getLogger("rag.reload")


class IndexFollower:
    def __init__(self, app, interval: float):
        self.app = app
        self.interval = interval
        self.lock = threading.Lock()  # one load at a time (the thread, or a route asking for it)
        self.failed: str | None = None  # a build that did not load: not tried again until the link moves
        self.stop_event = threading.Event()
        self.thread: threading.Thread | None = None

    def published(self) -> str:
        return os.path.realpath(self.app.state.settings.index_dir)

    def check(self) -> bool:
        """Load and swap in the published build if the engine serves another one; True when it swapped."""
        with self.lock:
            engine: Engine | None = self.app.state.engine
            if engine is None:
                return False
            target = self.published()
            if target == os.path.realpath(engine.index.path) or target == self.failed:
                return False
            if not (Path(target) / "manifest.json").is_file():
                return False  # not a complete build (or no index at all): keep serving
            try:
                new = Engine.load(self.app.state.settings, embedder=engine.retriever.embedder)
            except Exception as exc:  # noqa: BLE001 - the old engine keeps serving
                if os.path.realpath(self.app.state.settings.index_dir) == target:
                    self.failed = target
                    log.warning("new index at %s not loaded, still serving %s: %s", target, engine.index.path.name, exc)
                return False
            self.failed = None
            self.app.state.engine = new  # one assignment: atomic for every reader
            m = new.index.manifest
            log.info("now serving index %s (%s passages, %s documents)", new.index.path.name, m.passage_count, len(new.documents))
            return True

    def run(self) -> None:
        while not self.stop_event.wait(self.interval):
            try:
                self.check()
            except Exception:
                log.exception("checking for a new index failed")

    def start(self) -> None:
        if self.interval > 0 and self.thread is None:
            self.thread = threading.Thread(target=self.run, name="index-follower", daemon=True)
            self.thread.start()

    def stop(self) -> None:
        self.stop_event.set()
        if self.thread is not None:
            self.thread.join(timeout=5)
            self.thread = None
