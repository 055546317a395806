#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test (unit tests
# and end-to-end tests with Graphviz, xmllint, NetworkX, rdflib, and the npm
# clients Kuzu, jsonld.js, Oxigraph and graphology-graphml), then all of
# them again built with AddressSanitizer and UBSan (scripts/sanitize.sh), then
# every fuzz target for a minute (scripts/fuzz.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup-debian.sh"
"$root/scripts/setup-npm-clients.sh"
cmake -S "$root" -B "$root/build-test" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$root/build-test"
cd "$root/build-test"
ctest --output-on-failure -j "$(nproc)" "$@"
"$root/scripts/sanitize.sh"
"$root/scripts/fuzz.sh" 60
