#!/usr/bin/env bash
# Times the big bad inputs of tests/e2e/bad_input_test.sh at 1x and 4x their
# size, to show that none takes more than linear time (bench/bad-input.md).
# Usage: bench/bad_input_scaling.sh [ACTORGRAPH]   (default build/cli/actorgraph)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
actorgraph=${1:-$root/build/cli/actorgraph}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# seconds CMD...: the best wall time of three runs of CMD.
seconds() {
  local best="" t
  for _ in 1 2 3; do
    /usr/bin/time -f %e -o "$tmp/time" "$@" >/dev/null 2>&1 || true
    t=$(tail -1 "$tmp/time")
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
  done
  echo "$best"
}

# make CASE SCALE PATH: writes the input of CASE at SCALE times its size.
make() {
  local scale=$2 path=$3
  case $1 in
    line_jsonl) { printf '{"id":"huge","text":"'; head -c $((100000000 * scale)) /dev/zero | tr '\0' a; printf '"}\n'; } >"$path" ;;
    token) { printf 'Dahl met Otieno. '; head -c $((1048576 * scale)) /dev/zero | tr '\0' x; echo; } >"$path" ;;
    # Capitalised words in random order (seeded): runs of every length, so
    # many distinct names; capitals_40k starts at 40,000 words.
    capitals | capitals_40k)
      local words=10000
      [ "$1" = capitals_40k ] && words=40000
      python3 -c 'import random, sys
random.seed(1)
words = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "Juliet", "Kilo", "Lima"]
print(" ".join(random.choice(words) for _ in range(int(sys.argv[1]))) + " met Otieno in Oslo.")' \
        $((words * scale)) >"$path" ;;
    files) python3 - "$path" "$scale" <<'EOF'
import os, sys
for i in range(10000 * int(sys.argv[2])):
    d = os.path.join(sys.argv[1], f"d{i // 1000}")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"a{i:05d}.txt"), "w") as f:
        f.write(f"Norwegian Foreign Minister Ingrid Dahl{i} met Kenyan President Samuel Otieno in Oslo.\n")
EOF
    ;;
  esac
}

printf '%-12s %-22s %8s %8s %6s\n' case command 1x 4x ratio
for c in ${CASES:-line_jsonl token capitals capitals_40k files}; do
  ext=.txt; [ $c = line_jsonl ] && ext=.jsonl; [ $c = files ] && ext=""
  make $c 1 "$tmp/$c-1$ext"; make $c 4 "$tmp/$c-4$ext"
  commands=("extract" "build --no-render")
  [ $c = line_jsonl ] && commands=("extract")
  for command in "${commands[@]}"; do
    # shellcheck disable=SC2086
    one=$(seconds "$actorgraph" $command "$tmp/$c-1$ext" -o "$tmp/out1")
    # shellcheck disable=SC2086
    four=$(seconds "$actorgraph" $command "$tmp/$c-4$ext" -o "$tmp/out4")
    printf '%-12s %-22s %7ss %7ss %6.1f\n' "$c" "$command" "$one" "$four" "$(echo "$four / ($one + 0.005)" | bc -l)"
  done
  rm -rf "$tmp/$c-1$ext" "$tmp/$c-4$ext" "$tmp/out1" "$tmp/out4"
done
