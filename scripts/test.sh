#!/usr/bin/env bash
# One command from a fresh clone: install (with test tools and Debian chromium), run the whole suite.
#   bash scripts/test.sh                 everything (about 7-11 minutes on 2 cores, after the install)
#   bash scripts/test.sh -m "not slow"   skip the slow tests
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
exec .venv/bin/python -m pytest "$@"
