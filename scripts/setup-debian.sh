#!/usr/bin/env bash
# Installs what actorgraph needs on Debian 12 (or Ubuntu), skipping what is
# already there. Everything comes from Debian packages (the npm clients of the
# tests come from scripts/setup-npm-clients.sh).
set -euo pipefail
packages=(
  g++ cmake ninja-build pkg-config          # build
  clang libclang-rt-dev llvm                # sanitizer and fuzzer build (sanitize.sh, fuzz.sh); llvm-symbolizer
  libboost-graph-dev rapidjson-dev libabsl-dev zlib1g-dev
  googletest libgtest-dev libgmock-dev      # tests
  libbenchmark-dev                          # bench/stage_bench
  graphviz                                  # renders graph.svg at run time
  libxml2-utils python3-networkx python3-rdflib  # clients the tests check outputs with
  strace                                    # tests: Graphviz opens no file an article names
  nodejs                                    # runs the npm clients (scripts/setup-npm-clients.sh)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Debian's npm, unless a nodejs package that bundles its own npm is installed.
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all packages present"
  exit 0
fi
echo "setup: installing ${missing[*]}"
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
