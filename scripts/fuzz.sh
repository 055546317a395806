#!/usr/bin/env bash
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Builds the libFuzzer targets of fuzz/ in build-asan/ (when needed) and runs
# each for SECONDS_PER_TARGET (default 60), two at a time, each on a scratch
# copy of its seed corpus: inputs made from samples/ plus fuzz/seeds/TARGET/.
# Targets: text_pipeline jsonl_reader front_matter extraction_json
# graphml_reader jsonld_reader (default: all). Prints executions and seconds
# per target; exits 1 when any target crashed (sanitizer finding, broken
# invariant, leak, timeout or out of memory), after printing the path of the
# input that did it, under build-asan/fuzz-runs/TARGET/crashes/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
[ $# -gt 0 ] && shift
all=(text_pipeline jsonl_reader front_matter extraction_json graphml_reader jsonld_reader)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
for t in "${targets[@]}"; do
  [[ " ${all[*]} " == *" $t "* ]] || { echo "fuzz.sh: unknown target '$t' (known: ${all[*]})" >&2; exit 2; }
done

build="$root/build-asan"
"$root/scripts/build-asan.sh" --target actorgraph "${targets[@]/%/_fuzzer}" >/dev/null
runs="$build/fuzz-runs"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# Seeds made from samples/: the articles as they are, as JSON Lines, and as
# `actorgraph extract` lines and graph files of each article built alone (small
# enough to stay under -max_len), the short articles of
# fuzz/seeds/text_pipeline/ too.
seeds="$runs/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"/{articles,jsonl,extraction,graphml,jsonld}
cp "$root"/samples/*.txt "$seeds/articles/"
python3 - "$root/samples" "$seeds/jsonl" <<'PY'
import json, pathlib, sys
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
    text = path.read_text(encoding="utf-8")
    record = {"id": path.stem}
    if text.startswith("---\n"):
        header, text = text[4:].split("\n---\n", 1)
        for line in header.splitlines():
            key, _, value = line.partition(":")
            record[key.strip()] = value.strip()
    record["text"] = text
    (pathlib.Path(sys.argv[2]) / (path.stem + ".jsonl")).write_text(json.dumps(record) + "\n", encoding="utf-8")
PY
for article in "$root"/samples/*.txt "$root"/fuzz/seeds/text_pipeline/*.txt; do
  name=$(basename "$article" .txt)
  "$build/cli/actorgraph" extract "$article" -o "$seeds/extraction/$name.jsonl" 2>/dev/null
  "$build/cli/actorgraph" build "$article" -o "$seeds/graph-$name" --no-render >/dev/null 2>&1
  cp "$seeds/graph-$name/graph.graphml" "$seeds/graphml/$name.graphml"
  cp "$seeds/graph-$name/graph.jsonld" "$seeds/jsonld/$name.jsonld"
done

seed_dir() {
  case "$1" in
    text_pipeline|front_matter) echo "$seeds/articles" ;;
    jsonl_reader) echo "$seeds/jsonl" ;;
    extraction_json) echo "$seeds/extraction" ;;
    graphml_reader) echo "$seeds/graphml" ;;
    jsonld_reader) echo "$seeds/jsonld" ;;
  esac
}

# Runs one target; leaves its log, corpus and crashes in $runs/TARGET.
run_one() {
  local t=$1 dir="$runs/$1"
  rm -rf "$dir"
  mkdir -p "$dir/corpus" "$dir/crashes"
  cp "$(seed_dir "$t")"/* "$dir/corpus/"
  if [ -d "$root/fuzz/seeds/$t" ]; then cp "$root/fuzz/seeds/$t"/* "$dir/corpus/"; fi
  local start end status=0
  start=$(date +%s)
  "$build/fuzz/${t}_fuzzer" "$dir/corpus" -max_total_time="$seconds" -max_len=16384 \
    -rss_limit_mb=2048 -timeout=30 -print_final_stats=1 -artifact_prefix="$dir/crashes/" \
    >"$dir/log" 2>&1 || status=$?
  end=$(date +%s)
  echo "$status $((end - start))" >"$dir/result"
}

echo "fuzz: ${targets[*]}, ${seconds} s each, 2 at a time; logs in $runs/TARGET/log"
pids=()
for t in "${targets[@]}"; do
  run_one "$t" &
  pids+=($!)
  if [ ${#pids[@]} -ge 2 ]; then
    wait "${pids[0]}"
    pids=("${pids[@]:1}")
  fi
done
wait

failed=0
printf '%-16s %14s %8s  %s\n' target executions seconds result
for t in "${targets[@]}"; do
  dir="$runs/$t"
  read -r status elapsed <"$dir/result"
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -1)
  if [ "$status" = 0 ]; then
    printf '%-16s %14s %8s  %s\n' "$t" "${executions:-?}" "$elapsed" ok
  else
    failed=1
    printf '%-16s %14s %8s  %s\n' "$t" "${executions:-?}" "$elapsed" "FAILED (exit status $status)"
  fi
done
if [ "$failed" = 1 ]; then
  for t in "${targets[@]}"; do
    dir="$runs/$t"
    read -r status _ <"$dir/result"
    [ "$status" = 0 ] && continue
    echo
    echo "=== $t: end of $dir/log"
    tail -n 60 "$dir/log"
    for input in "$dir"/crashes/*; do
      [ -e "$input" ] && echo "fuzz: $t failed on input $input (replay: $build/fuzz/${t}_fuzzer $input)"
    done
  done
  exit 1
fi
