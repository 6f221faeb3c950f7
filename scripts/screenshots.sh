#!/usr/bin/env bash
# Refresh the README's screenshots (docs/screenshot-ask.png, docs/screenshot-check.png) from the
# browser test against a real `rag serve`. A plain test run writes them to tests/artifacts/ only.
#   bash scripts/screenshots.sh          then review and commit docs/*.png
set -euo pipefail
cd "$(dirname "$0")/.."
RAG_UPDATE_SCREENSHOTS=1 exec .venv/bin/python -m pytest -q -m browser tests/test_browser.py "$@"
