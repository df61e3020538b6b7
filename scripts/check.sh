#!/usr/bin/env bash
# The whole test suite, as the README shows it: a virtual environment with the project and
# its test tools, then lint, import contracts, types, generated-file drift, and pytest.
# Usage: bash scripts/check.sh            (creates ./.venv on first use)
#        VENV=/path/to/venv bash scripts/check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${VENV:-.venv}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet -e '.[test]'

export QT_QPA_PLATFORM=offscreen
bin="$VENV/bin"

echo "== ruff (lint)";            "$bin/ruff" check .
echo "== ruff (format)";          "$bin/ruff" format --check .
echo "== import-linter";          "$bin/lint-imports"
echo "== mypy";                   "$bin/mypy" welfaredesk
echo "== generated Qt files";     "$bin/python" scripts/build_qt.py --check
echo "== pytest"
set +e
"$bin/pytest" "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: that is a failure here." >&2
  exit 1
fi
if [ "$status" -ne 0 ]; then exit "$status"; fi
# In CI, also build the frozen program (PyInstaller, about a minute) and run its smoke test
# in a stripped environment (installer/build.py; installer/README.md).
if [ "${CI:-}" = "true" ]; then
  echo "== frozen build"
  "$VENV/bin/python" -m pip install --quiet -e '.[build]'
  "$bin/python" installer/build.py --clean
fi
