# Scale-out: the articles split into 4 shards, each extracted on its own, then
# merged, give byte for byte the outputs of one `build` over all of them, in
# any shard order, with a gzipped shard, and from partial merges.
source "$(dirname "$0")/lib.sh"
samples="$ACTORGRAPH_SOURCE_DIR/samples"
seeds="$SHARED/corpus/seeds/seeds.jsonl"
outputs="graph.dot graph.graphml graph.jsonld nodes.csv edges.csv"

# same_outputs A B: every output file of the two directories is identical.
same_outputs() {
  for f in $outputs; do
    cmp -s "$1/$f" "$2/$f" || fail "$f differs between $1 and $2"
  done
}

# The samples: article i goes to shard i mod 4.
inputs=("$samples")
mkdir -p "$tmp/parts"
i=0
for f in "$samples"/*.txt; do
  mkdir -p "$tmp/parts/$((i % 4))"
  cp "$f" "$tmp/parts/$((i % 4))/"
  i=$((i + 1))
done
# The seeds of ../shared (when present): line i goes to shard i mod 4.
if [ -f "$seeds" ]; then
  inputs+=("$seeds")
  $PY - "$seeds" "$tmp/parts" <<'PYEOF'
import sys
lines = [l for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
for i, line in enumerate(lines):
    with open(f"{sys.argv[2]}/{i % 4}/seeds.jsonl", "a", encoding="utf-8") as out:
        out.write(line)
PYEOF
else
  echo "note: $seeds not found (../shared is absent); sharding the samples only"
fi

for s in 0 1 2 3; do
  expect_status 0 "$ACTORGRAPH" extract "$tmp/parts/$s" $(ls "$tmp/parts/$s"/*.jsonl 2>/dev/null) -o "$tmp/shard$s.jsonl"
done
expect_status 0 "$ACTORGRAPH" build "${inputs[@]}" -o "$tmp/build" --no-render
grep -v '^outputs:' "$tmp/out" >"$tmp/build.summary"
n=$(cat "$tmp"/shard*.jsonl | wc -l)
[ "$n" = "$(grep -c . <(cat "$tmp"/shard*.jsonl))" ] || fail "blank lines in the shards"

expect_status 0 "$ACTORGRAPH" merge "$tmp"/shard{0,1,2,3}.jsonl -o "$tmp/merge" --no-render
grep -v '^outputs:' "$tmp/out" >"$tmp/merge.summary"
same_outputs "$tmp/build" "$tmp/merge"
cmp -s "$tmp/build.summary" "$tmp/merge.summary" || fail "the summaries of build and merge differ"
pass "4 shards ($n articles) merged = one build: $outputs and the summary"

# Any order; a gzipped shard; a partial merge (shards simply concatenated).
gzip -c "$tmp/shard1.jsonl" >"$tmp/shard1.jsonl.gz"
expect_status 0 "$ACTORGRAPH" merge "$tmp/shard3.jsonl" "$tmp/shard1.jsonl.gz" "$tmp/shard0.jsonl" "$tmp/shard2.jsonl" \
  -o "$tmp/reordered" --no-render
same_outputs "$tmp/build" "$tmp/reordered"
cat "$tmp/shard2.jsonl" "$tmp/shard0.jsonl" >"$tmp/part-a.jsonl"
cat "$tmp/shard3.jsonl" "$tmp/shard1.jsonl" >"$tmp/part-b.jsonl"
expect_status 0 "$ACTORGRAPH" merge "$tmp/part-b.jsonl" "$tmp/part-a.jsonl" -o "$tmp/partial" --no-render
same_outputs "$tmp/build" "$tmp/partial"
pass "shards in another order, gzipped, or merged in two steps: identical outputs"

# The options that act after extraction give the same view either way.
for opts in "--top 6" "--focus Danilin --depth 2" "--from 2024-03-05 --to 2024-03-20" "--clusters --base-iri https://example.org/kg/"; do
  expect_status 0 "$ACTORGRAPH" build "${inputs[@]}" -o "$tmp/opt-build" --no-render $opts
  expect_status 0 "$ACTORGRAPH" merge "$tmp"/shard{2,0,3,1}.jsonl -o "$tmp/opt-merge" --no-render $opts
  same_outputs "$tmp/opt-build" "$tmp/opt-merge"
done
pass "--top, --focus/--depth, --from/--to, --clusters, --base-iri: merge = build"

# The pictures too, when Graphviz is installed.
if command -v dot >/dev/null; then
  expect_status 0 "$ACTORGRAPH" build "${inputs[@]}" -o "$tmp/pic-build"
  expect_status 0 "$ACTORGRAPH" merge "$tmp"/shard{1,3,0,2}.jsonl -o "$tmp/pic-merge"
  cmp -s "$tmp/pic-build/graph.svg" "$tmp/pic-merge/graph.svg" || fail "graph.svg differs"
  pass "graph.svg identical"
fi

# Bad lines and repeated articles: reported with FILE:LINE, skipped, status 3,
# and the rest merged as before (the first copy of an article is kept).
{
  head -1 "$tmp/shard0.jsonl"
  echo '{"format":"actorgraph-extraction/1","document":'
  echo '{"format":"actorgraph-extraction/2"}'
  # (awk stops at the first match without an early-closed pipe, which pipefail would catch)
  awk '/"subject":/ { print; exit }' "$tmp/shard0.jsonl" | sed -e 's/"subject":[0-9]*/"subject":9999/' -e 's/"id":"/"id":"other-/'
} >"$tmp/bad.jsonl"
expect_status 3 "$ACTORGRAPH" merge "$tmp"/shard{0,1,2,3}.jsonl "$tmp/bad.jsonl" "$tmp/missing.jsonl" -o "$tmp/bad" --no-render
grep -q "^actorgraph: skipped $tmp/bad.jsonl:1: duplicate article id \".*\" (the first one is kept)$" "$tmp/err" \
  || fail "duplicate id not reported: $(cat "$tmp/err")"
grep -q "^actorgraph: skipped $tmp/bad.jsonl:2: malformed JSON" "$tmp/err" || fail "malformed line not reported"
grep -q "^actorgraph: skipped $tmp/bad.jsonl:3: invalid extraction: format \"actorgraph-extraction/2\"" "$tmp/err" \
  || fail "other version not reported"
grep -q "^actorgraph: skipped $tmp/bad.jsonl:4: invalid extraction: relations\[[0-9]*\].subject: out of range" "$tmp/err" \
  || fail "out-of-range subject not reported"
grep -q "^actorgraph: skipped $tmp/missing.jsonl: cannot read" "$tmp/err" || fail "missing shard not reported"
same_outputs "$tmp/build" "$tmp/bad"
pass "bad lines, a repeated article and a missing shard reported with FILE:LINE; exit status 3"

expect_status 1 "$ACTORGRAPH" merge "$tmp/missing.jsonl" -o "$tmp/none"
grep -q "no extraction could be read" "$tmp/err" || fail "no input: $(cat "$tmp/err")"
[ ! -e "$tmp/none" ] || fail "merge without input created its output directory"
expect_status 2 "$ACTORGRAPH" merge "$tmp/shard0.jsonl" -o "$tmp/x" --threads 2
expect_status 2 "$ACTORGRAPH" merge "$tmp/shard0.jsonl"
pass "nothing readable: status 1, nothing written; extraction options refused"
