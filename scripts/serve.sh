#!/usr/bin/env bash
# One command from a fresh clone: install, build the index if needed, start API + UI.
#   bash scripts/serve.sh [--host H] [--port P]      then open http://127.0.0.1:8000/
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/rag index --if-stale
exec .venv/bin/rag serve "$@"
