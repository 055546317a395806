#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer in
# build-asan/ (scripts/build-asan.sh) and runs the whole test suite there:
# unit tests and end-to-end tests, whose runs of `actorgraph` are sanitised
# too. Any finding (memory error, leak, undefined behaviour) aborts the
# program, so the test that ran it fails. Extra arguments go to ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build-asan.sh"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd "$root/build-asan"
ctest --output-on-failure -j "$(nproc)" "$@"
