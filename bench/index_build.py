#!/usr/bin/env python
"""Index build cost and in-process retrieval latency.

1. Runs `rag index --quiet` twice in fresh subprocesses (a cold Python process: imports, model
   load, chunking, embedding, BM25, FAISS, atomic publish) into a temporary RAG_INDEX_DIR with a
   temporary, empty embedding cache: once cold (every passage and sentence embedded), once warm
   (the cache holds every vector: nothing is embedded). Under /usr/bin/time -v when available
   (wall time and maximum RSS of the child), else timed here with peak memory from
   resource.getrusage(RUSAGE_CHILDREN).ru_maxrss.
2. Loads that index once in this process (`rag.engine.Engine.load`) and times
   `engine.search` over >= 200 gold questions (after a warm-up), and optionally the
   extractive answer (`rag.answer.answer_response`), reporting p50/p95/p99.

The project's own index/store is never touched; the temporary index is deleted at the end
unless --keep is given.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, describe_machine, gold_questions, markdown_table, mib, ms, percentile

TIME_BIN = Path("/usr/bin/time")


def rag_command() -> list[str]:
    script = Path(sys.executable).parent / "rag"
    return [str(script)] if script.exists() else [sys.executable, "-m", "rag.cli"]


def parse_time_v(text: str) -> tuple[float | None, int | None]:
    """Wall seconds and max RSS (KiB) from GNU time -v output."""
    wall = rss = None
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", text)
    if m:
        wall = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    if m:
        rss = int(m.group(1))
    return wall, rss


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def build(index_dir: Path, use_time: bool, timeout: float) -> dict:
    env = {**os.environ, "RAG_INDEX_DIR": str(index_dir), "RAG_EMBEDDING_CACHE_DIR": str(index_dir.parent / "cache")}
    cmd = rag_command() + ["index", "--quiet"]
    time_log = index_dir.parent / "time.txt"
    if use_time:
        cmd = [str(TIME_BIN), "-v", "-o", str(time_log)] + cmd
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"`{' '.join(cmd)}` failed with exit code {proc.returncode}:\n{proc.stdout}\n{proc.stderr}")
    result = {"wall": wall, "method": "perf_counter + getrusage(RUSAGE_CHILDREN)", "stdout": proc.stdout.strip()}
    if use_time and time_log.exists():
        text = time_log.read_text()
        t_wall, t_rss = parse_time_v(text)
        m_user = re.search(r"User time \(seconds\): ([\d.]+)", text)
        m_sys = re.search(r"System time \(seconds\): ([\d.]+)", text)
        result.update(method="/usr/bin/time -v", wall=t_wall or wall, max_rss_kib=t_rss,
                      cpu=(float(m_user.group(1)) + float(m_sys.group(1))) if m_user and m_sys else None)
    else:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        result.update(max_rss_kib=usage.ru_maxrss, cpu=usage.ru_utime + usage.ru_stime)
    result["size"] = dir_size(index_dir.resolve())
    return result


def time_calls(fn, queries: list[str], n: int, warmup: int) -> list[float]:
    for q in queries[:warmup]:
        fn(q)
    out = []
    for i in range(n):
        q = queries[i % len(queries)]
        started = time.perf_counter()
        fn(q)
        out.append(time.perf_counter() - started)
    return out


def stats(name: str, lat: list[float]) -> list[object]:
    p = [ms(percentile(lat, q)) for q in (50, 95, 99)]
    return [name, len(lat), *p, ms(sum(lat) / len(lat))]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog=(
            "examples:\n"
            "  .venv/bin/python bench/index_build.py\n"
            "  .venv/bin/python bench/index_build.py --queries 500 --no-answer\n"
            "  .venv/bin/python bench/index_build.py --skip-build --index-dir index/store   # latency only\n\n"
            "The build runs in a temporary directory; index/store is not modified. Exit code 0 on success."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--queries", type=int, default=300, help="timed in-process searches (>= 200 recommended, default 300)")
    p.add_argument("--warmup", type=int, default=20, help="untimed calls before timing (default 20)")
    p.add_argument("-k", type=int, default=5, help="k for each search (default 5)")
    p.add_argument("--no-answer", action="store_true", help="do not also time the extractive answer")
    p.add_argument("--skip-build", action="store_true", help="no build: time searches on --index-dir")
    p.add_argument("--index-dir", help="with --skip-build: the index to load (default RAG_INDEX_DIR or index/store)")
    p.add_argument("--keep", action="store_true", help="keep the temporary index and print its path")
    p.add_argument("--no-time", action="store_true", help="do not use /usr/bin/time -v even if it exists")
    p.add_argument("--timeout", type=float, default=900, help="give up on the build after this many seconds (default 900)")
    args = p.parse_args(argv)
    if not 1 <= args.queries <= 100_000:
        p.error("--queries must be between 1 and 100000")
    if not 1 <= args.k <= 50:
        p.error("-k must be between 1 and 50")
    if args.index_dir and not args.skip_build:
        p.error("--index-dir only makes sense with --skip-build")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    tmp = None if args.skip_build else Path(tempfile.mkdtemp(prefix="rag-bench-index-"))
    try:
        built = None
        if tmp is not None:
            index_dir = tmp / "store"
            use_time = TIME_BIN.exists() and not args.no_time
            how = "with /usr/bin/time -v" if use_time else "timed in-process"
            print(f"building the index into {index_dir} ({how}), cold cache ...", file=sys.stderr)
            built = build(index_dir, use_time, args.timeout)
            print("building it again, warm cache ...", file=sys.stderr)
            warm = build(index_dir, use_time, args.timeout)
        else:
            index_dir = Path(args.index_dir) if args.index_dir else None

        sys.path.insert(0, str(ROOT))
        from rag.engine import Engine
        from rag.settings import Settings

        settings = Settings(index_dir=index_dir) if index_dir else Settings()
        started = time.perf_counter()
        engine = Engine.load(settings)
        load_time = time.perf_counter() - started
        queries = gold_questions(("nl", "en", "unanswerable"), "all")
        search_lat = time_calls(lambda q: engine.search(q, k=args.k), queries, args.queries, args.warmup)
        answer_lat = None
        if not args.no_answer:
            from rag.answer import answer_response

            answer_lat = time_calls(lambda q: answer_response(engine, q, k=args.k), queries, args.queries, args.warmup)
        self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    finally:
        if tmp is not None:
            if args.keep:
                print(f"kept the index at {tmp / 'store'}", file=sys.stderr)
            else:
                shutil.rmtree(tmp, ignore_errors=True)

    print(f"\n## Index build and in-process retrieval\n\n{describe_machine()}\n")
    if built:
        said = built["stdout"].splitlines()[0] if built["stdout"] else ""
        print(f"`rag index --quiet` (cold process, {built['method']}): {said}\n")

        def cpu(b):
            return "n/a" if b.get("cpu") is None else f"{b['cpu']:.1f} s"

        rows = [["wall time", f"{built['wall']:.1f} s", f"{warm['wall']:.1f} s"], ["CPU time (user+sys)", cpu(built), cpu(warm)],
                ["peak RSS of the build", mib(built["max_rss_kib"]), mib(warm["max_rss_kib"])],
                ["index size on disk", f"{built['size'] / 2**20:.1f} MiB", f"{warm['size'] / 2**20:.1f} MiB"]]
        print(markdown_table(["index build", "cold cache", "warm cache"], rows))
        print()
    print(f"Engine.load (index + model) in this process: {load_time:.2f} s; {engine.index.manifest.passage_count} passages; "
          f"process peak RSS {mib(self_rss)}\n")
    rows = [stats("engine.search", search_lat)] + ([stats("answer_response", answer_lat)] if answer_lat else [])
    print(markdown_table(["in-process call", "calls", "p50 ms", "p95 ms", "p99 ms", "mean ms"], rows))
    print(f"\n{len(queries)} gold questions (nl, en, unanswerable; all splits) cycled; k={args.k}; warm-up {args.warmup}; "
          f"embedder {engine.index.manifest.embedding_model}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
