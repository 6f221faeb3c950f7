#!/usr/bin/env python
"""Latency of POST /api/check/text: a 6-sentence paragraph checked over real HTTP on 127.0.0.1.

Starts `rag serve` on a free loopback port with the real index (or measures a running server
given with --url), sends the same paragraph (five checkable claims and one opinion) after a
warm-up, and prints p50/p95/mean over the runs, the verdicts, and the server's RSS.

Goal: p50 <= 1 s on 2 cores.
"""

from __future__ import annotations

import argparse
import sys
import time

import httpx

from _common import connect_or_start, describe_machine, markdown_table, mib, ms, parse_env, peak_rss_kib, percentile, rss_kib

PARAGRAPH = (
    "Aan het programma Veilige Steden doen 25 gemeenten mee. "
    "Het kabinet verwacht dat de AI-verordening genderbias zal vergroten. "
    "Dat is een goede zaak. "
    "Het College voor de Rechten van de Mens heeft een toetsingskader voor risicoprofilering opgesteld. "
    "Zestien lidstaten ondertekenden de verklaring over de Hongaarse wetgeving richting de Raad Algemene Zaken van 27 mei. "
    "Het LPT heeft in 2025 de wachtlijsten voor transgenderzorg gehalveerd."
)
GOAL_P50 = 1.0  # seconds


def parse_args(argv: list[str] | None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", default=None, help="measure a running server (loopback only) instead of starting one")
    p.add_argument("--pid", type=int, default=None, help="pid of the --url server, for its RSS")
    p.add_argument("--index-dir", default=None, help="index for the started server (default: RAG_INDEX_DIR or index/store)")
    p.add_argument("--server-env", action="append", metavar="KEY=VALUE", help="environment for the started server")
    p.add_argument("--runs", type=int, default=30, help="measured requests (default 30)")
    p.add_argument("--warmup", type=int, default=3, help="unmeasured requests first (default 3)")
    p.add_argument("--timeout", type=float, default=60.0)
    p.add_argument("--strict", action="store_true", help="exit 1 when the goal is missed")
    args = p.parse_args(argv)
    if not 1 <= args.runs <= 1000:
        p.error("--runs must be between 1 and 1000")
    try:
        args.server_env = parse_env(args.server_env)
    except ValueError as exc:
        p.error(str(exc))
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    server = connect_or_start(args.url, args.index_dir, args.pid, args.server_env)
    latencies: list[float] = []
    errors = 0
    body: dict = {}
    try:
        rss_start = rss_kib(server.pid)
        with httpx.Client(base_url=server.url, timeout=args.timeout) as client:
            for i in range(args.warmup + args.runs):
                started = time.perf_counter()
                r = client.post("/api/check/text", json={"text": PARAGRAPH})
                took = time.perf_counter() - started
                if r.status_code != 200:
                    errors += 1
                    print(f"error: HTTP {r.status_code} {r.text[:200]}", file=sys.stderr)
                    continue
                body = r.json()
                if i >= args.warmup:
                    latencies.append(took)
        peak = peak_rss_kib(server.pid)
    finally:
        server.stop()
    p50 = percentile(latencies, 50)
    print(f"\n## POST /api/check/text, a paragraph of {len(body.get('sentences', []))} sentences ({server.url})\n")
    print(f"{describe_machine()}; {args.runs} runs after {args.warmup} warm-up\n")
    print(markdown_table(
        ["runs", "errors", "p50 ms", "p95 ms", "mean ms", "per sentence p50 ms", "goal"],
        [[len(latencies), errors, ms(p50), ms(percentile(latencies, 95)),
          ms(sum(latencies) / len(latencies)) if latencies else "n/a",
          ms(p50 / max(1, len(body.get("sentences", [])))) if latencies else "n/a",
          f"p50 <= {GOAL_P50:.0f} s: {'met' if p50 <= GOAL_P50 else 'MISSED'}"]],
    ))
    print(f"\nverdicts: {body.get('summary')}")
    for s in body.get("sentences", []):
        print(f"  {s['verdict']:13} {s['sentence']}")
    print(f"\nserver RSS at start {mib(rss_start)}, peak (VmHWM) {mib(peak)}")
    return 1 if args.strict and not p50 <= GOAL_P50 else 0


if __name__ == "__main__":
    sys.exit(main())
