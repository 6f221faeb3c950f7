#!/usr/bin/env python
"""Bounded load test: N concurrent clients for T seconds of mixed search / ask / check on 127.0.0.1.

Starts `rag serve` with the real index on a free loopback port (or uses --url), warms it
up (a few sequential requests, then --warmup-seconds of unmeasured concurrent load), then
runs --clients threads (default 16) for --duration seconds (default 60). Each
client loops over a fixed, seeded sequence of requests drawn from the gold sets:
POST /api/search and POST /api/ask with Dutch questions, POST /api/check with gold
claims (skipped when the server answers 404/405 for it). Meanwhile a separate probe
calls GET /api/health every --health-interval seconds, to show whether the event loop
stays responsive under load, and the server's RSS is sampled once a second.

Reports requests/s, p50/p95/p99 and errors per endpoint and overall, /api/health latency
during the load, and the server's RSS at the start and end of the load (with a timeline
and the growth over the second half, which separates a leak from warm-up).

Goals: 0 errors; /api/health p95 <= 100 ms during load and no health failures;
RSS growth from start to end of the load <= 10 %.
"""

from __future__ import annotations

import argparse
import random
import sys
import threading
import time
from collections import defaultdict

import httpx

from _common import (
    connect_or_start,
    describe_machine,
    gold_claims,
    gold_questions,
    markdown_table,
    mib,
    ms,
    parse_env,
    peak_rss_kib,
    percentile,
    rss_kib,
)

HEALTH_P95_GOAL = 0.100
RSS_GROWTH_GOAL = 0.10
DEFAULT_MIX = "search=4,ask=4,check=2"


class Recorder:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.examples: list[str] = []

    def add(self, op: str, took: float, ok: bool, problem: str = "") -> None:
        with self.lock:
            if ok:
                self.latencies[op].append(took)
            else:
                self.errors[op] += 1
                if len(self.examples) < 5:
                    self.examples.append(f"{op}: {problem}")


def request_for(op: str, rng: random.Random, questions: list[str], claims: list[str]) -> tuple[str, dict]:
    if op == "search":
        return "/api/search", {"query": rng.choice(questions), "k": rng.choice([3, 5, 10])}
    if op == "ask":
        return "/api/ask", {"question": rng.choice(questions)}
    return "/api/check", {"claim": rng.choice(claims)}


def client_loop(url, ops, weights, seed, deadline, rec, questions, claims, timeout, stop) -> None:
    rng = random.Random(seed)
    with httpx.Client(base_url=url, timeout=timeout) as client:
        while time.monotonic() < deadline and not stop.is_set():
            op = rng.choices(ops, weights)[0]
            path, body = request_for(op, rng, questions, claims)
            started = time.perf_counter()
            try:
                r = client.post(path, json=body)
                ok, problem = r.status_code == 200, f"{r.status_code} {r.text[:150]}"
            except httpx.HTTPError as exc:
                ok, problem = False, f"{type(exc).__name__}: {exc}"
            rec.add(op, time.perf_counter() - started, ok, problem)


def health_loop(url, interval, deadline, rec, timeout, stop) -> None:
    with httpx.Client(base_url=url, timeout=timeout) as client:
        while time.monotonic() < deadline and not stop.is_set():
            started = time.perf_counter()
            try:
                r = client.get("/api/health")
                ok, problem = r.status_code == 200, f"{r.status_code} {r.text[:150]}"
            except httpx.HTTPError as exc:
                ok, problem = False, f"{type(exc).__name__}: {exc}"
            took = time.perf_counter() - started
            rec.add("health", took, ok, problem)
            stop.wait(max(0.0, interval - took))


def rss_loop(pid, started, deadline, samples, stop) -> None:
    while time.monotonic() < deadline and not stop.is_set():
        value = rss_kib(pid)
        if value is not None:
            samples.append((time.monotonic() - started, value))
        stop.wait(1.0)


def rss_timeline(samples: list[tuple[float, int]], duration: float, points: int = 7) -> str:
    """RSS at evenly spaced moments of the load, e.g. '0s 640, 10s 700, ...' (MiB)."""
    if not samples:
        return "n/a"
    out = []
    for i in range(points):
        t = duration * i / (points - 1)
        at = min(samples, key=lambda s: abs(s[0] - t))
        out.append(f"{at[0]:.0f}s {at[1] / 1024:.0f}")
    return ", ".join(out) + " MiB"


def latency_row(name: str, lat: list[float], errors: int, wall: float) -> list[object]:
    n = len(lat) + errors
    worst = max(lat) if lat else float("nan")
    return [name, n, errors, f"{n / wall:.1f}", ms(percentile(lat, 50)), ms(percentile(lat, 95)), ms(percentile(lat, 99)), ms(worst)]


def check_available(url: str, claims: list[str], timeout: float) -> tuple[bool, str]:
    r = httpx.post(url + "/api/check", json={"claim": claims[0]}, timeout=timeout)
    if r.status_code in (404, 405):
        return False, f"POST /api/check answered {r.status_code}: skipped"
    return True, f"POST /api/check answered {r.status_code}"


def parse_mix(text: str) -> dict[str, float]:
    mix = {}
    for part in text.split(","):
        name, _, weight = part.partition("=")
        name = name.strip()
        if name not in ("search", "ask", "check"):
            raise ValueError(f"unknown operation {name!r} (use search, ask, check)")
        mix[name] = float(weight or 1)
        if mix[name] < 0:
            raise ValueError(f"negative weight for {name}")
    if not any(mix.values()):
        raise ValueError("all weights are zero")
    return mix


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog=(
            "How it works: each client thread has its own HTTP connection and a seeded random\n"
            "sequence of requests (so runs are comparable); there is no think time, so 16 clients\n"
            "keep the server saturated. Everything goes to 127.0.0.1 only, and the run ends after\n"
            "--duration seconds (requests in flight finish, bounded by --timeout).\n\n"
            "examples:\n"
            "  .venv/bin/python bench/load.py                          # 16 clients, 60 s, own server\n"
            "  .venv/bin/python bench/load.py --clients 4 --duration 10\n"
            "  .venv/bin/python bench/load.py --url http://127.0.0.1:8000 --mix search=1,ask=1\n\n"
            f"goals: 0 errors; /api/health p95 <= {HEALTH_P95_GOAL * 1000:.0f} ms during load, no health failures;\n"
            f"RSS growth during the load <= {RSS_GROWTH_GOAL:.0%}. Exit 0 unless --strict and a goal is missed."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--clients", type=int, default=16, help="concurrent client threads (1-64, default 16)")
    p.add_argument("--duration", type=float, default=60.0, help="seconds of load (1-900, default 60)")
    p.add_argument("--mix", default=DEFAULT_MIX, help=f"operation weights (default {DEFAULT_MIX})")
    p.add_argument("--health-interval", type=float, default=0.25, help="seconds between /api/health probes (default 0.25)")
    p.add_argument("--warmup", type=int, default=10, help="sequential warm-up requests per operation (default 10)")
    p.add_argument("--warmup-seconds", type=float, default=10.0,
                   help="seconds of unmeasured concurrent load before measuring (0-300, default 10)")
    p.add_argument("--url", help="load a running server (loopback only) instead of starting one")
    p.add_argument("--pid", type=int, help="with --url: the server's pid for RSS (found from the port if omitted)")
    p.add_argument("--index-dir", help="index to serve when starting a server (default: RAG_INDEX_DIR or index/store)")
    p.add_argument("--server-env", action="append", metavar="KEY=VALUE",
                   help="extra environment for the server this script starts, e.g. OMP_NUM_THREADS=1 (repeatable)")
    p.add_argument("--timeout", type=float, default=30.0, help="per-request timeout in seconds (default 30)")
    p.add_argument("--seed", type=int, default=1, help="seed of the request sequences (default 1)")
    p.add_argument("--strict", action="store_true", help="exit 1 when a goal is missed")
    args = p.parse_args(argv)
    try:
        args.server_env = parse_env(args.server_env)
    except ValueError as exc:
        p.error(f"--server-env: {exc}")
    if not 1 <= args.clients <= 64:
        p.error("--clients must be between 1 and 64")
    if not 1 <= args.duration <= 900:
        p.error("--duration must be between 1 and 900 seconds")
    if not 0 <= args.warmup_seconds <= 300:
        p.error("--warmup-seconds must be between 0 and 300")
    if not 0.05 <= args.health_interval <= 10:
        p.error("--health-interval must be between 0.05 and 10 seconds")
    try:
        args.mix = parse_mix(args.mix)
    except ValueError as exc:
        p.error(f"--mix: {exc}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    questions = gold_questions(("nl", "en", "unanswerable"), "dev")
    claims = gold_claims("dev")
    server = connect_or_start(args.url, args.index_dir, args.pid, args.server_env)
    notes = []
    try:
        mix = dict(args.mix)
        if mix.get("check"):
            available, note = check_available(server.url, claims, args.timeout)
            notes.append(note)
            if not available:
                mix.pop("check")
        mix = {op: w for op, w in mix.items() if w > 0}
        if not mix:
            raise SystemExit("nothing to run: every operation in --mix is unavailable or has weight 0")
        rss_cold = rss_kib(server.pid)
        with httpx.Client(base_url=server.url, timeout=args.timeout) as client:
            rng = random.Random(args.seed)
            for op in mix:
                for _ in range(args.warmup):
                    path, body = request_for(op, rng, questions, claims)
                    client.post(path, json=body)
        rss_sequential = rss_kib(server.pid)
        ops, weights = list(mix), list(mix.values())
        if args.warmup_seconds > 0:
            # concurrent warm-up, not measured: the thread pool, per-thread allocator arenas and buffers grow
            # to their working size here, so that start -> end growth shows leaks rather than warm-up
            print(f"warm-up: {args.clients} clients x {args.warmup_seconds:.0f}s (not measured)", file=sys.stderr)
            warm, warm_stop = Recorder(), threading.Event()
            warm_deadline = time.monotonic() + args.warmup_seconds
            warmers = [
                threading.Thread(
                    target=client_loop,
                    args=(server.url, ops, weights, -1 - i, warm_deadline, warm, questions, claims, args.timeout, warm_stop),
                    daemon=True,
                )
                for i in range(args.clients)
            ]
            for t in warmers:
                t.start()
            for t in warmers:
                t.join()
        rss_start = rss_kib(server.pid)

        rec, stop, rss_samples = Recorder(), threading.Event(), []
        print(f"load: {args.clients} clients x {args.duration:.0f}s, mix {mix}, against {server.url}", file=sys.stderr)
        started = time.monotonic()
        deadline = started + args.duration
        threads = [
            threading.Thread(
                target=client_loop,
                args=(server.url, ops, weights, args.seed * 1000 + i, deadline, rec, questions, claims, args.timeout, stop),
                daemon=True,
            )
            for i in range(args.clients)
        ]
        health_args = (server.url, args.health_interval, deadline, rec, args.timeout, stop)
        threads.append(threading.Thread(target=health_loop, args=health_args, daemon=True))
        threads.append(threading.Thread(target=rss_loop, args=(server.pid, started, deadline, rss_samples, stop), daemon=True))
        try:
            for t in threads:
                t.start()
            for t in threads:
                while t.is_alive():
                    t.join(timeout=0.5)
        except KeyboardInterrupt:
            stop.set()
            notes.append("interrupted: partial results")
            for t in threads:
                t.join(timeout=args.timeout + 1)
        wall = time.monotonic() - started
        rss_end = rss_kib(server.pid)
        peak = peak_rss_kib(server.pid)
    finally:
        server.stop()

    load_ops = [op for op in ("search", "ask", "check") if op in mix]
    all_lat = [x for op in load_ops for x in rec.latencies[op]]
    total_errors = sum(rec.errors[op] for op in load_ops)
    series = [(op, rec.latencies[op], rec.errors[op]) for op in load_ops]
    series += [("all (load)", all_lat, total_errors), ("health probe", rec.latencies["health"], rec.errors["health"])]
    rows = [latency_row(name, lat, errors, wall) for name, lat, errors in series]

    growth = (rss_end - rss_start) / rss_start if rss_start and rss_end else None
    half = [v for t, v in rss_samples if t >= wall / 2]
    second_half = (rss_end - half[0]) / half[0] if half and rss_end else None
    health_p95 = percentile(rec.latencies["health"], 95)
    health_ok = health_p95 <= HEALTH_P95_GOAL and rec.errors["health"] == 0
    goals = [
        ("0 errors under load", total_errors == 0, f"{total_errors} errors"),
        (f"/api/health p95 <= {HEALTH_P95_GOAL * 1000:.0f} ms, no failures", health_ok,
         f"p95 {ms(health_p95)} ms, {rec.errors['health']} failures"),
        (f"RSS growth <= {RSS_GROWTH_GOAL:.0%}", growth is not None and growth <= RSS_GROWTH_GOAL,
         "n/a (pid unknown)" if growth is None else f"{growth:+.1%}"),
    ]
    pct = lambda x: "n/a" if x is None else f"{x:+.1%}"  # noqa: E731
    memory = [
        ["RSS after start-up (before warm-up)", mib(rss_cold)],
        ["RSS after sequential warm-up", mib(rss_sequential)],
        [f"RSS at start of load (after {args.warmup_seconds:.0f}s concurrent warm-up)", mib(rss_start)],
        ["RSS at end of load", mib(rss_end)],
        ["RSS max sampled during load", mib(max(v for _, v in rss_samples) if rss_samples else None)],
        ["peak RSS (VmHWM)", mib(peak)],
        ["growth start -> end", pct(growth)],
        ["growth over the second half (leak indicator)", pct(second_half)],
        ["RSS timeline", rss_timeline(rss_samples, wall)],
    ]

    print(f"\n## Load test: {args.clients} clients, {wall:.1f} s, {server.url}\n")
    print(f"{describe_machine()}; mix {mix}; seed {args.seed}; {len(questions)} questions, {len(claims)} claims")
    print(f"server environment: {args.server_env or 'as inherited'}")
    for note in notes:
        print(f"note: {note}")
    print()
    print(markdown_table(["operation", "requests", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms"], rows))
    print()
    print(markdown_table(["server memory", "value"], memory))
    print()
    print(markdown_table(["goal", "result", "measured"], [[g, "met" if ok else "MISSED", m] for g, ok, m in goals]))
    for example in rec.examples:
        print(f"error example: {example}")
    return 1 if args.strict and not all(ok for _, ok, _ in goals) else 0


if __name__ == "__main__":
    sys.exit(main())
