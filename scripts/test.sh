#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test (unit tests
# and end-to-end tests with Graphviz, xmllint and NetworkX).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup-debian.sh"
cmake -S "$root" -B "$root/build-test" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$root/build-test"
cd "$root/build-test"
ctest --output-on-failure -j "$(nproc)" "$@"
