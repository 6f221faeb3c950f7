"""`rag`: build the index, search, ask, check claims, serve, evaluate.

Each subcommand imports its heavy dependencies only when it runs, so
`rag --help` is instant. Errors print one readable line and exit non-zero:
2 for bad arguments or settings, 3 for a missing or mismatched index, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

EXIT_USAGE, EXIT_INDEX, EXIT_ERROR = 2, 3, 1

EPILOG = """settings come from RAG_* environment variables or a .env file, e.g.
  RAG_EMBEDDING_MODEL=intfloat/multilingual-e5-small RAG_ALLOW_MODEL_DOWNLOAD=true rag index
see README.md for the full list."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rag",
        description="Grounded, cited question answering over the Emancipatienota 2025 and Kamervragen 2025Z08286.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("index", help="build the search index from corpus/ (FAISS + BM25) and publish it atomically")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--if-stale", action="store_true", help="only build when the index is missing, damaged or built for other settings")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("search", help="rank passages for a query, with citations")
    p.add_argument("query", help="question or keywords")
    p.add_argument("-k", type=int, default=5, help="number of passages (1-50, default 5)")
    p.add_argument("--doc", dest="doc_id", default=None, help="only this document id (see `rag documents`)")
    p.add_argument("--json", action="store_true", help="print the POST /api/search response body")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("documents", help="list the documents in the corpus")
    p.add_argument("--json", action="store_true", help="print the GET /api/documents response body")
    p.set_defaults(func=cmd_documents)

    p = sub.add_parser("ask", help="answer a question with quoted, cited sentences (or abstain)")
    p.add_argument("question")
    p.add_argument("-k", type=int, default=5, help="passages to read (1-50, default 5)")
    p.add_argument("--doc", dest="doc_id", default=None, help="only this document id")
    p.add_argument("--history", metavar="FILE", default=None,
                   help='earlier turns as JSON: [{"question": "...", "answer": "..."}, ...], oldest first (as the API\'s "history")')
    p.add_argument("--json", action="store_true", help="print the POST /api/ask response body")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("check", help="check a claim against the documents: supported, contradicted or not_found")
    p.add_argument("claim")
    p.add_argument("--json", action="store_true", help="print the POST /api/check response body")
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
    p.add_argument("--limit", type=int, default=None, help="only the first N questions per category (smoke runs)")
    p.add_argument("--no-plot", action="store_true", help="skip the PNG plot")
    p.add_argument("--retrieval-only", action="store_true", help="skip the answer/abstention and claim reports")
    p.add_argument("--calibrate", action="store_true", help="first refit the answer confidence on the dev split (writes rag/calibration.json)")
    p.set_defaults(func=cmd_eval)
    return parser


# ---------------------------------------------------------------- helpers


def fail(message: str, code: int = EXIT_ERROR) -> int:
    print(f"rag: error: {message}", file=sys.stderr)
    return code


# The commands below import what they need when they run (lazy on purpose: `rag --help` stays instant).


def load_engine(settings):
    from rag.engine import Engine

    return Engine.load(settings)


def print_hits(response) -> None:
    if not response.results:
        print("no passages found")
    for r in response.results:
        print(f"[{r.rank}] {r.citation}  (score {r.score:.3f}, id {r.passage_id})")
        text = r.text if len(r.text) <= 600 else r.text[:600] + " …"
        for line in text.splitlines():
            print(f"    {line}")
        print()


# ---------------------------------------------------------------- commands


def cmd_index(args) -> int:
    from index.store import BuildConfig, build_index
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
    log(f"building index at {settings.index_dir} (model {cfg.embedding_model}, stemmer {cfg.stemmer}, chunk {cfg.chunk_size}/{cfg.chunk_overlap})")
    manifest = build_index(cfg, settings.index_dir, progress=not args.quiet, log=log)
    took = time.perf_counter() - started
    docs = ", ".join(f"{d}: {n}" for d, n in manifest.documents.items())
    print(
        f"index built in {took:.1f}s: {manifest.passage_count} passages ({docs}), "
        f"{manifest.embedding_dim}-dim {manifest.embedding_model} + BM25 ({manifest.stemmer}), corpus {manifest.corpus_hash}"
    )
    print(f"published at {settings.index_dir} -> {settings.index_dir.resolve()}")
    return 0


def cmd_search(args) -> int:
    from rag.retrieve import check_k
    from rag.schemas import check_text
    from rag.settings import load_settings

    check_k(args.k)  # before the model loads
    query = check_text(args.query, "query")
    engine = load_engine(load_settings())
    response = engine.search_response(query, args.k, args.doc_id)
    if args.json:
        print(response.model_dump_json(indent=2))
    else:
        print_hits(response)
    return 0


def cmd_documents(args) -> int:
    from rag.documents import document_summaries
    from rag.settings import load_settings

    engine = load_engine(load_settings())
    docs = document_summaries(engine)
    if args.json:
        print(json.dumps([d.model_dump() for d in docs], indent=2, ensure_ascii=False))
    else:
        for d in docs:
            print(f"{d.doc_id:28} {d.title} ({d.pages} p., {d.passages} passages)")
    return 0


def cmd_ask(args) -> int:
    from rag.answer import answer_response
    from rag.retrieve import check_k
    from rag.schemas import check_text
    from rag.settings import load_settings

    check_k(args.k)  # before the model loads
    question = check_text(args.question, "question")
    history = read_history(args.history) if args.history else []
    engine = load_engine(load_settings())
    response = answer_response(engine, question, k=args.k, doc_id=args.doc_id, history=history)
    if args.json:
        print(response.model_dump_json(indent=2))
        return 0
    if response.resolved_query:
        print(f"(vervolgvraag, gezocht met: {response.resolved_query})\n")
    if response.note:
        print(f"({response.note})\n")
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
    from rag.claims import check_response
    from rag.schemas import check_text
    from rag.settings import load_settings

    claim = check_text(args.claim, "claim")
    engine = load_engine(load_settings())
    response = check_response(engine, claim)
    if args.json:
        print(response.model_dump_json(indent=2))
        return 0
    print(f"{response.verdict}: {response.explanation}")
    for v in response.values:
        print(f"  {v.claim_text!r} -> {v.evidence_text!r} ({'match' if v.matches else 'MISMATCH'})")
    for e in response.evidence:
        print(f"  bron: {e.citation}")
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
    from index.store import IndexLoadError
    from rag.settings import SettingsProblem

    try:
        return args.func(args)
    except SettingsProblem as exc:
        return fail(str(exc), EXIT_USAGE)
    except IndexLoadError as exc:
        return fail(str(exc), EXIT_INDEX)
    except (ValueError, KeyError) as exc:
        return fail(str(exc).strip("\"'"), EXIT_USAGE)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except Exception as exc:  # noqa: BLE001 - last resort: one line, not a traceback
        from corpus.loader import CorpusError
        from index.embed import ModelUnavailable

        if isinstance(exc, (CorpusError, ModelUnavailable)):
            return fail(str(exc))
        raise


if __name__ == "__main__":
    sys.exit(main())
