#!/usr/bin/env bash
# Configures and builds build-asan/: everything compiled by clang with
# AddressSanitizer and UndefinedBehaviorSanitizer, the libFuzzer targets of
# fuzz/ included, the benchmarks left out. -O1 keeps the tests fast enough,
# and asserts stay on. Extra arguments are passed to `cmake --build`
# (e.g. --target text_pipeline_fuzzer). Used by sanitize.sh and fuzz.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-asan"
cmake -S "$root" -B "$build" -G Ninja \
  -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
  -DACTORGRAPH_SANITIZE=ON -DACTORGRAPH_BUILD_FUZZERS=ON -DACTORGRAPH_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" "$@"
