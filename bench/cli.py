#!/usr/bin/env python
"""Wall time of `rag` commands, each in a fresh process (cold: imports, settings, index and model
load), in-process and against a running server.

Every command runs `--runs` times (default 5) after one unmeasured warm-up run (which fills the
OS file cache, so the runs measure the program, not the disk); min / median / max wall time and
the median CPU time of the process (user + system, from getrusage: on a busy shared machine the
wall time grows with the load, the CPU time much less) are printed as a Markdown table:

- `rag --help`, `rag documents`, an argument error (`rag search --doc nope x`, exit 2);
- `rag search`, `rag ask`, `rag check` with `--local` (index and model loaded in the process);
- the same three with a server running: the script starts `rag serve` on a free port on
  127.0.0.1, points RAG_PORT at it, checks that the server log received the requests, and
  stops the server at the end (also on Ctrl-C or an error).

Every run's exit code is checked (0, or 2 for the argument error); a failed run stops the script.
Needs a built index (`rag index`, or RAG_INDEX_DIR / --index-dir); nothing is written.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import ROOT, describe_machine, markdown_table, start_server

QUESTION = "Hoeveel gemeenten doen mee aan het programma Veilige Steden?"
CLAIM = "Aan het programma Veilige Steden doen 40 gemeenten mee"
WORK = {
    "search": ["search", QUESTION, "-k", "5"],
    "ask": ["ask", QUESTION],
    "check": ["check", CLAIM],
}
NO_SERVER_PORT = "9"  # discard: nothing listens, so the in-process rows never find a server


def rag_command() -> list[str]:
    script = Path(sys.executable).parent / "rag"
    return [str(script)] if script.exists() else [sys.executable, "-m", "rag.cli"]


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_runs(args: list[str], env: dict[str, str], runs: int, expect: int = 0) -> tuple[list[float], list[float]]:
    """Wall seconds and CPU seconds (user + system) of `runs` fresh processes (after one unmeasured warm-up)."""
    walls, cpus = [], []
    for i in range(runs + 1):
        cpu, started = children_cpu(), time.perf_counter()
        proc = subprocess.run(rag_command() + args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        took = time.perf_counter() - started
        if proc.returncode != expect:
            raise SystemExit(f"rag {' '.join(args)} exited {proc.returncode} (expected {expect}):\n{proc.stderr[-2000:]}")
        if i:
            walls.append(took)
            cpus.append(children_cpu() - cpu)
    return walls, cpus


def row(label: str, command: str, measured: tuple[list[float], list[float]]) -> list[str]:
    walls, cpus = measured
    return [label, f"`{command}`", f"{min(walls):.2f}", f"{statistics.median(walls):.2f}", f"{max(walls):.2f}", f"{statistics.median(cpus):.2f}"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="measured runs per command (default 5)")
    parser.add_argument("--index-dir", default=None, help="index to use (default RAG_INDEX_DIR or index/store)")
    parser.add_argument("--no-server", action="store_true", help="skip the rows against a running server")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    env = {**os.environ, "RAG_HOST": "127.0.0.1", "RAG_PORT": NO_SERVER_PORT}
    if args.index_dir:
        env["RAG_INDEX_DIR"] = str(Path(args.index_dir).resolve())
    rows = []
    for label, cmd, expect in (
        ("help", ["--help"], 0),
        ("documents", ["documents"], 0),
        ("argument error", ["search", "--doc", "nope", "x"], 2),
    ):
        rows.append(row(label, "rag " + " ".join(cmd), time_runs(cmd, env, args.runs, expect)))
        print(f"measured {label}", file=sys.stderr)
    for name, cmd in WORK.items():
        rows.append(row(f"{name}, in-process", f"rag {name} --local …", time_runs([*cmd, "--local"], env, args.runs)))
        print(f"measured {name} --local", file=sys.stderr)

    if not args.no_server:
        server = start_server(args.index_dir)
        try:
            server_env = {**env, "RAG_PORT": server.url.rsplit(":", 1)[1]}
            for name, cmd in WORK.items():
                before = server.log_path.read_text(errors="replace").count(f"path=/api/{name} status=200")
                measured = time_runs(cmd, server_env, args.runs)
                served = server.log_path.read_text(errors="replace").count(f"path=/api/{name} status=200") - before
                if served != args.runs + 1:
                    raise SystemExit(f"rag {name} did not go to the server ({served} of {args.runs + 1} requests arrived)")
                rows.append(row(f"{name}, server running", f"rag {name} …", measured))
                print(f"measured {name} with a server", file=sys.stderr)
        finally:
            server.stop()

    print(f"\n`rag` commands: wall time of a fresh process, {args.runs} runs each, and the median CPU time (user + system) of the process (seconds)\n")
    print(markdown_table(["what", "command", "min", "median", "max", "CPU"], rows))
    print(f"\n{describe_machine()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
