#!/usr/bin/env bash
# debugpy, for the Python local runner's `invoke --inspect` test (test/integration/debugger.test.ts), in the
# python3 the tests run: pip first (as .ci/run installs pytest), else Debian's python3-debugpy, which only
# Debian's own /usr/bin/python3 imports (.ci/run puts it first on PATH when it fell back to apt).
# Idempotent: installs only when python3 cannot import it.
set -euo pipefail
# shellcheck source=../lib/debian.sh
source "$(dirname "$0")/../lib/debian.sh"

if ! python3 -c 'import debugpy' >/dev/null 2>&1; then
  echo "debugpy is missing: installing it"
  if ! python3 -m pip install --quiet --retries 0 --timeout 10 debugpy; then
    install_missing python3-debugpy
  fi
fi

# The tests' python3 must import it; else say which python3 that is, rather than let the test find out.
if ! python3 -c 'import debugpy; print("debugpy", debugpy.__version__)'; then
  echo "debugpy is installed, but not for $(command -v python3), the python3 the tests run" >&2
  exit 1
fi
