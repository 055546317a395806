# Shared helpers for the end-to-end tests. Needs ACTORGRAPH (the binary) and
# ACTORGRAPH_SOURCE_DIR (the repository root) in the environment.
set -euo pipefail
: "${ACTORGRAPH:?set ACTORGRAPH to the actorgraph binary}"
: "${ACTORGRAPH_SOURCE_DIR:?set ACTORGRAPH_SOURCE_DIR to the repository root}"
SHARED="$ACTORGRAPH_SOURCE_DIR/../shared"
PY=/usr/bin/python3
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }
# expect_status WANT CMD...: runs CMD, stores stdout/stderr in $tmp/out,$tmp/err.
expect_status() {
  local want=$1; shift
  local got=0
  "$@" >"$tmp/out" 2>"$tmp/err" || got=$?
  if [ "$got" != "$want" ]; then
    echo "--- stdout"; cat "$tmp/out"; echo "--- stderr"; cat "$tmp/err"
    fail "exit status $got, expected $want: $*"
  fi
}
