#!/usr/bin/env python
"""Latency of POST /api/search and POST /api/ask at concurrency 1 and 8, over real HTTP on 127.0.0.1.

Starts `rag serve` on a free loopback port with the real index (or measures a running
server given with --url), sends a fixed cycle of Dutch gold questions (eval/gold,
category nl, split dev) after a warm-up, and prints a Markdown table: p50/p95/p99,
mean, requests per second and errors per cell, plus the server's RSS and peak RSS
(VmHWM from /proc/<pid>/status).

Goals (issue #11): search p50 <= 25 ms and ask p50 <= 60 ms at concurrency 1; 0 errors at concurrency 8.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from dataclasses import dataclass, field

import httpx

from _common import (
    connect_or_start,
    describe_machine,
    gold_questions,
    markdown_table,
    mib,
    ms,
    parse_env,
    peak_rss_kib,
    percentile,
    rss_kib,
)

ENDPOINTS = {"search": ("/api/search", "query"), "ask": ("/api/ask", "question")}
GOALS = {("search", 1): 0.025, ("ask", 1): 0.060}  # p50 in seconds
ERROR_GOAL_CONCURRENCY = 8


@dataclass
class Cell:
    endpoint: str
    concurrency: int
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    error_examples: list[str] = field(default_factory=list)
    wall: float = 0.0
    rss_after: int | None = None

    @property
    def rps(self) -> float:
        return (len(self.latencies) + self.errors) / self.wall if self.wall else 0.0


def run_cell(url: str, endpoint: str, concurrency: int, requests: int, questions: list[str], k: int, timeout: float, offset: int = 0) -> Cell:
    """`requests` posts of questions[offset:], wrapping around; each cell gets its own slice (`offset`), because the
    service keeps the vectors of its last queries and a question asked again would skip its encoding."""
    path, field_name = ENDPOINTS[endpoint]
    cell = Cell(endpoint, concurrency)
    lock = threading.Lock()
    counter = iter(range(requests))

    def worker() -> None:
        with httpx.Client(base_url=url, timeout=timeout) as client:
            while True:
                with lock:
                    i = next(counter, None)
                if i is None:
                    return
                body = {field_name: questions[(offset + i) % len(questions)], "k": k}
                started = time.perf_counter()
                try:
                    r = client.post(path, json=body)
                    ok = r.status_code == 200
                    problem = f"{r.status_code} {r.text[:120]}"
                except httpx.HTTPError as exc:
                    ok, problem = False, f"{type(exc).__name__}: {exc}"
                took = time.perf_counter() - started
                with lock:
                    if ok:
                        cell.latencies.append(took)
                    else:
                        cell.errors += 1
                        if len(cell.error_examples) < 3:
                            cell.error_examples.append(problem)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    cell.wall = time.perf_counter() - started
    return cell


def warm_up(url: str, questions: list[str], n: int, k: int, timeout: float) -> None:
    with httpx.Client(base_url=url, timeout=timeout) as client:
        for i in range(n):
            for path, field_name in ENDPOINTS.values():  # (the last questions: the cells start from the first)
                client.post(path, json={field_name: questions[-1 - i % len(questions)], "k": k})


def goal_text(cell: Cell) -> str:
    goal = GOALS.get((cell.endpoint, cell.concurrency))
    parts = []
    if goal is not None:
        p50 = percentile(cell.latencies, 50)
        parts.append(f"p50 <= {goal * 1000:.0f} ms: {'met' if p50 <= goal else 'MISSED'}")
    if cell.concurrency == ERROR_GOAL_CONCURRENCY or cell.errors:
        parts.append(f"0 errors: {'met' if cell.errors == 0 else 'MISSED'}")
    return "; ".join(parts) or "-"


def goals_met(cells: list[Cell]) -> bool:
    return all("MISSED" not in goal_text(c) for c in cells)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog=(
            "examples:\n"
            "  .venv/bin/python bench/latency.py                    # start a server on the default index\n"
            "  .venv/bin/python bench/latency.py --url http://127.0.0.1:8000\n"
            "  .venv/bin/python bench/latency.py --requests 50 --concurrency 1 --endpoints search\n\n"
            "goals: search p50 <= 20 ms and ask p50 <= 40 ms at concurrency 1; 0 errors at concurrency 8.\n"
            "Only loopback URLs are accepted. Exit code 0 unless --strict and a goal is missed."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--url", help="measure a running server (loopback only) instead of starting one")
    p.add_argument("--pid", type=int, help="with --url: the server's pid for RSS (found from the port if omitted)")
    p.add_argument("--index-dir", help="index to serve when starting a server (default: RAG_INDEX_DIR or index/store)")
    p.add_argument("--server-env", action="append", metavar="KEY=VALUE",
                   help="extra environment for the server this script starts, e.g. OMP_NUM_THREADS=1 (repeatable)")
    p.add_argument("--requests", type=int, default=200, help="measured requests per cell (default 200)")
    p.add_argument("--warmup", type=int, default=20, help="warm-up requests per endpoint before measuring (default 20)")
    p.add_argument("--concurrency", default="1,8", help="comma-separated client thread counts (default 1,8)")
    p.add_argument("--endpoints", default="search,ask", help="comma-separated: search, ask (default both)")
    p.add_argument("-k", type=int, default=5, help="k sent with every request (default 5)")
    p.add_argument("--timeout", type=float, default=30.0, help="per-request timeout in seconds (default 30)")
    p.add_argument("--strict", action="store_true", help="exit 1 when a goal is missed")
    args = p.parse_args(argv)
    try:
        args.server_env = parse_env(args.server_env)
    except ValueError as exc:
        p.error(f"--server-env: {exc}")
    try:
        args.concurrency = [int(c) for c in args.concurrency.split(",") if c.strip()]
    except ValueError:
        p.error(f"--concurrency must be integers like 1,8, got {args.concurrency!r}")
    args.endpoints = [e.strip() for e in args.endpoints.split(",") if e.strip()]
    if not args.concurrency or not all(1 <= c <= 64 for c in args.concurrency):
        p.error("--concurrency values must be between 1 and 64")
    if not args.endpoints or any(e not in ENDPOINTS for e in args.endpoints):
        p.error(f"--endpoints must be a subset of {', '.join(ENDPOINTS)}")
    if not 1 <= args.requests <= 10_000:
        p.error("--requests must be between 1 and 10000")
    if not 0 <= args.warmup <= 1000:
        p.error("--warmup must be between 0 and 1000")
    if not 1 <= args.k <= 50:
        p.error("-k must be between 1 and 50")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    questions = gold_questions(("nl",), "dev")
    server = connect_or_start(args.url, args.index_dir, args.pid, args.server_env)
    try:
        health = httpx.get(server.url + "/api/health", timeout=10).json()
        rss_start = rss_kib(server.pid)
        warm_up(server.url, questions, args.warmup, args.k, args.timeout)
        cells = []
        for endpoint in args.endpoints:
            for c in args.concurrency:
                offset = len(cells) * args.requests
                cell = run_cell(server.url, endpoint, c, args.requests, questions, args.k, args.timeout, offset)
                cell.rss_after = rss_kib(server.pid)
                cells.append(cell)
                p50 = ms(percentile(cell.latencies, 50))
                print(f"  {endpoint:6} c={c:<2} done: p50 {p50} ms, {cell.errors} errors", file=sys.stderr)
        peak = peak_rss_kib(server.pid)
    finally:
        server.stop()

    rows = [
        [
            f"POST /api/{c.endpoint}",
            c.concurrency,
            len(c.latencies) + c.errors,
            c.errors,
            ms(percentile(c.latencies, 50)),
            ms(percentile(c.latencies, 95)),
            ms(percentile(c.latencies, 99)),
            ms(sum(c.latencies) / len(c.latencies)) if c.latencies else "n/a",
            f"{c.rps:.1f}",
            mib(c.rss_after),
            goal_text(c),
        ]
        for c in cells
    ]
    print(f"\n## API latency ({server.url}, {health['passages']} passages, model {health['embedding_model']})\n")
    print(f"{describe_machine()}; {len(questions)} gold nl dev questions, each cell its own slice (no question twice per run unless it wraps); k={args.k}; warm-up {args.warmup}/endpoint")
    print(f"server environment: {args.server_env or 'as inherited'}\n")
    print(markdown_table(
        ["endpoint", "concurrency", "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "mean ms", "req/s", "RSS after", "goal"],
        rows,
    ))
    unknown = "" if server.pid else " (pid unknown: pass --pid)"
    print(f"\nserver RSS at start {mib(rss_start)}, peak (VmHWM) {mib(peak)}{unknown}")
    for c in cells:
        for example in c.error_examples:
            print(f"error example ({c.endpoint}, c={c.concurrency}): {example}")
    ok = goals_met(cells)
    print(f"\ngoals: {'all met' if ok else 'some MISSED'}")
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
