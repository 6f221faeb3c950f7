"""Shared helpers for the benchmark scripts: a server on 127.0.0.1, percentiles, RSS from /proc.

Loopback only: every URL is checked to point at 127.0.0.1 / localhost / ::1.
No dependencies beyond the project's own (httpx); memory comes from /proc/<pid>/status.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx

ROOT = Path(__file__).resolve().parents[1]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


# ---------------------------------------------------------------- questions


def gold_questions(categories: tuple[str, ...] = ("nl",), split: str = "dev") -> list[str]:
    """A fixed, ordered set of questions from the gold set (not a random sample)."""
    sys.path.insert(0, str(ROOT))
    from eval.gold import load_questions

    return [q.question for q in load_questions(split=split) if q.category in categories]


def gold_claims(split: str = "dev") -> list[str]:
    sys.path.insert(0, str(ROOT))
    from eval.gold import load_claims

    return [c.claim for c in load_claims(split=split)]


# ---------------------------------------------------------------- statistics


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100); NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def ms(seconds: float) -> str:
    return "n/a" if math.isnan(seconds) else f"{seconds * 1000:.1f}"


def mib(kib: int | None) -> str:
    return "n/a" if kib is None else f"{kib / 1024:.0f} MiB"


def markdown_table(header: list[str], rows: list[list[object]]) -> str:
    cells = [[str(c) for c in header]] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"  # noqa: E731
    return "\n".join([line(cells[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in cells[1:]])


# ---------------------------------------------------------------- memory of a process


def proc_status_kib(pid: int, key: str) -> int | None:
    """A `VmRSS` / `VmHWM` style line of /proc/<pid>/status, in KiB (None if unavailable)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def rss_kib(pid: int | None) -> int | None:
    return None if pid is None else proc_status_kib(pid, "VmRSS")


def peak_rss_kib(pid: int | None) -> int | None:
    return None if pid is None else proc_status_kib(pid, "VmHWM")


def pid_listening_on(port: int) -> int | None:
    """Best effort: the pid owning the TCP socket listening on `port` (same user, Linux /proc)."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError):
            for line in Path(table).read_text().splitlines()[1:]:
                parts = line.split()
                if len(parts) > 9 and parts[3] == "0A" and int(parts[1].rsplit(":", 1)[1], 16) == port:
                    inodes.add(parts[9])
    if not inodes:
        return None
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            for fd in (proc / "fd").iterdir():
                target = os.readlink(fd)
                if target.startswith("socket:[") and target[8:-1] in inodes:
                    return int(proc.name)
    return None


# ---------------------------------------------------------------- the server


def check_loopback(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme != "http" or parts.hostname not in LOOPBACK:
        raise SystemExit(f"refusing {url!r}: benchmarks only talk to http://127.0.0.1 (or localhost)")
    return url.rstrip("/")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    pid: int | None
    process: subprocess.Popen | None = None
    log_path: Path | None = None
    _log_file: object = field(default=None, repr=False)

    def stop(self) -> None:
        """Terminate the server this script started (never one given with --url) and remove its log."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        if self._log_file is not None:
            self._log_file.close()
        if self.log_path is not None:
            shutil.rmtree(self.log_path.parent, ignore_errors=True)

    def log_tail(self, n: int = 30) -> str:
        if self.log_path is None or not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])


def start_server(
    index_dir: str | None = None, timeout: float = 180.0, quiet: bool = False, extra_env: dict[str, str] | None = None
) -> Server:
    """`rag serve` (API + UI, exactly as users run it) on 127.0.0.1 and a free port."""
    port = free_port()
    env = {**os.environ, **(extra_env or {}), "RAG_HOST": "127.0.0.1", "RAG_PORT": str(port)}
    if index_dir:
        env["RAG_INDEX_DIR"] = str(Path(index_dir).resolve())
    log_path = Path(tempfile.mkdtemp(prefix="rag-bench-")) / "server.log"
    log_file = open(log_path, "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "rag.cli", "serve"], cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT
    )
    server = Server(f"http://127.0.0.1:{port}", process.pid, process, log_path, log_file)
    started = time.monotonic()
    try:
        while time.monotonic() - started < timeout:
            if process.poll() is not None:
                raise SystemExit(f"server exited with code {process.returncode}:\n{server.log_tail()}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(server.url + "/api/health", timeout=2).status_code == 200:
                    if not quiet:
                        took = time.monotonic() - started
                        print(f"started rag serve (pid {process.pid}) on {server.url} in {took:.1f}s", file=sys.stderr)
                    return server
            time.sleep(0.3)
        raise SystemExit(f"server not healthy after {timeout:.0f}s:\n{server.log_tail()}")
    except BaseException:
        server.stop()
        raise


def parse_env(pairs: list[str] | None) -> dict[str, str]:
    """`--server-env KEY=VALUE` options as a dict (raises ValueError on a malformed pair)."""
    env = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise ValueError(f"expected KEY=VALUE, got {pair!r}")
        env[key] = value
    return env


def connect_or_start(
    url: str | None, index_dir: str | None, pid: int | None = None, extra_env: dict[str, str] | None = None
) -> Server:
    if url:
        if extra_env:
            raise SystemExit("--server-env only applies to a server this script starts, not to --url")
        url = check_loopback(url)
        try:
            httpx.get(url + "/api/health", timeout=5).raise_for_status()
        except httpx.HTTPError as exc:
            raise SystemExit(f"no healthy server at {url}: {exc}") from None
        port = urlsplit(url).port or 80
        return Server(url, pid if pid is not None else pid_listening_on(port))
    return start_server(index_dir, extra_env=extra_env)


def describe_machine() -> str:
    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else ["?"] * 3
    return f"{os.cpu_count()} CPUs, load average {' '.join(load)}, Python {sys.version.split()[0]}"
