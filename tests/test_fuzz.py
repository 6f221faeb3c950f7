"""Property-based fuzzing of the HTTP API with Schemathesis, against the real `rag serve`.

Schemathesis reads the running server's /openapi.json, generates valid and invalid
requests for every /api/ operation (explicit examples, boundary "coverage" cases
and random fuzzing, positive and negative), sends them to the `server` fixture on
127.0.0.1 and checks each response:

- no 5xx (`not_a_server_error`), no Python traceback in any body;
- the status code is one the schema documents, the body matches its response schema,
  the content type matches (`status_code_conformance`, `response_schema_conformance`,
  `content_type_conformance`);
- negative (schema-invalid) requests are rejected with a 4xx (`negative_data_rejection`).

`positive_data_acceptance` is deliberately not run: the service rejects text the
schema cannot express (whitespace-only or control characters, an unknown doc_id)
with a 422 on purpose, which that check would report as a false alarm.

Bounded for a 2-core machine: FUZZ_MAX_EXAMPLES (default 50) random examples per
operation plus the deterministic coverage cases, no deadline, no shrinking, no
example database, a 30 s request timeout. The number of requests sent is written to
tests/artifacts/fuzz-cases.txt.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

pytestmark = pytest.mark.slow

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
MAX_EXAMPLES = int(os.environ.get("FUZZ_MAX_EXAMPLES", "50"))
REQUEST_TIMEOUT = 30.0
@schemathesis.check
def negative_data_rejected(ctx, response, case):
    """schemathesis' negative_data_rejection, with 413 counted as a rejection: the body cap (64 KB, documented as 413
    on every POST) can refuse an invalid body before field validation does, e.g. an over-long `history`."""
    if response.status_code == 413:
        return None
    return negative_data_rejection(ctx, response, case)


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejected,
]

# requests sent, per operation and per generation mode; written out at module teardown
CASES: Counter[str] = Counter()
STATUSES: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def fuzz_report(server):
    started = time.monotonic()
    yield
    took = time.monotonic() - started
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    total = sum(CASES.values())
    lines = [f"total {total} requests in {took:.1f}s (max_examples={MAX_EXAMPLES} per operation + coverage cases)"]
    lines += [f"{op}: {n}" for op, n in sorted(CASES.items())]
    lines += ["status codes: " + ", ".join(f"{code}={n}" for code, n in sorted(STATUSES.items()))]
    (ARTIFACTS / "fuzz-cases.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\nschemathesis: " + "\n  ".join(lines))


def app_openapi() -> dict:
    """The OpenAPI document of the API, built from the app itself (no engine, no UI: instant)."""
    from rag.api import create_app
    from rag.settings import Settings

    return create_app(Settings(), with_ui=False).openapi()


CONFIG = schemathesis.Config.from_dict(
    {
        "generation": {"max-examples": MAX_EXAMPLES, "no-shrink": True, "database": "none", "mode": "all"},
        "phases": {"stateful": {"enabled": False}},
        "request-timeout": REQUEST_TIMEOUT,
    }
)
OPENAPI = app_openapi()
schema = schemathesis.openapi.from_dict(OPENAPI, config=CONFIG).include(path_regex=r"^/api/")


def test_served_schema_is_the_fuzzed_one(server):
    """The cases below are generated from the app's OpenAPI at collection time (the server is not up yet);
    make sure it is exactly what the real server publishes at /openapi.json."""
    served = server.client().get("/openapi.json").json()
    api = lambda doc: {p: v for p, v in doc["paths"].items() if p.startswith("/api/")}  # noqa: E731
    assert api(served) == api(OPENAPI)
    assert served.get("components", {}).get("schemas") == OPENAPI.get("components", {}).get("schemas")


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_api_conforms_to_its_schema(case, server):
    response = case.call(base_url=server.url, timeout=REQUEST_TIMEOUT)
    mode = case.meta.generation.mode.value if case.meta is not None else "explicit"
    CASES[f"{case.operation.label} ({mode})"] += 1
    STATUSES[str(response.status_code)] += 1
    assert "Traceback" not in response.text, f"traceback in the body of {case.operation.label}: {response.text[:500]}"
    case.validate_response(response, checks=CHECKS, transport_kwargs={"base_url": server.url})
