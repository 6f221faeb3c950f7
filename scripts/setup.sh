#!/usr/bin/env bash
# Install everything the project needs into ./.venv (idempotent; fast when already done).
#   scripts/setup.sh          runtime only
#   scripts/setup.sh --test   plus the test tools and Debian's chromium for the browser test
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV="${VENV:-.venv}"
want_test=0
[ "${1:-}" = "--test" ] && want_test=1

if [ ! -x "$VENV/bin/python" ]; then
  echo "==> creating virtual environment $VENV"
  "$PYTHON" -m venv "$VENV"
fi
extras=""
[ "$want_test" = 1 ] && extras="[test]"
stamp="$VENV/.installed$extras"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "==> installing the project and its dependencies (torch==2.13.0 CPU build)"
  "$VENV/bin/pip" install --quiet --upgrade pip
  # torch first, pinned, so no other package can pull a CUDA build
  "$VENV/bin/pip" install --quiet "torch==2.13.0"
  "$VENV/bin/pip" install --quiet -e ".$extras"
  touch "$stamp"
fi

if [ "$want_test" = 1 ] && ! command -v chromium >/dev/null 2>&1; then
  echo "==> installing Debian chromium + chromium-driver for the browser test"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
echo "==> setup done ($VENV)"
