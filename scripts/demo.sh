#!/usr/bin/env bash
# Quick start: install what is missing, build, and build the graph of samples/
# into out/samples (graph.dot, graph.svg, graph.graphml, graph.jsonld).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup-debian.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DACTORGRAPH_BUILD_TESTS=OFF >/dev/null
cmake --build "$root/build" --target actorgraph
"$root/build/cli/actorgraph" build "$root/samples" -o "$root/out/samples" "$@"
