#!/usr/bin/env bash
# Installs the npm clients that the end-to-end tests load our outputs into
# (kuzu, jsonld, oxigraph, graphology, graphology-graphml) into
# tests/clients/node_modules, at the versions pinned by
# tests/clients/package-lock.json: `npm ci`, never a global install. Does
# nothing when that lock file is already installed. Needs node and npm
# (scripts/setup-debian.sh installs them).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
clients="$root/tests/clients"
stamp="$clients/node_modules/.actorgraph-installed-lock.json"
for tool in node npm; do
  command -v "$tool" >/dev/null || {
    echo "setup: $tool not found; run scripts/setup-debian.sh first" >&2
    exit 1
  }
done
# The lock file installed last, and the kuzu native module loads.
if cmp -s "$clients/package-lock.json" "$stamp" &&
  (cd "$clients" && node -e 'require("kuzu")') 2>/dev/null; then
  echo "setup: npm clients present"
  exit 0
fi
echo "setup: installing the npm clients of tests/clients/package-lock.json (node $(node --version), npm $(npm --version))"
start=$SECONDS
(cd "$clients" && npm ci --no-audit --no-fund --loglevel=error)
# kuzu's install script copies its prebuilt native module into place.
(cd "$clients" && node -e 'require("kuzu")') || {
  echo "setup: the kuzu native module does not load after npm ci" >&2
  exit 1
}
cp "$clients/package-lock.json" "$stamp"
echo "setup: npm clients installed in $((SECONDS - start)) s"
