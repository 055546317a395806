# Kuzu (npm `kuzu`) loads nodes.csv and edges.csv with the schema and COPY
# statements of tests/clients/kuzu_schema.cypher, which README.md shows
# verbatim: Kuzu's node and relationship counts equal ours, every value it
# stores equals what Python's csv module reads from the files (the hostile
# corpus's names, quotes, commas, line breaks and formula-like values
# included), and the Cypher query "who met NAME" answers Le Drian and Kerry
# for Sergey Lavrov on the seeds, Le Guennec for Sergey Danilin on the samples.
#
# usage: kuzu_test.sh samples|seeds
source "$(dirname "$0")/clients_lib.sh"
set_corpus "$@"
need_clients kuzu

# check_kuzu OUTDIR NAME EXPECTED: EXPECTED is the who-met answer joined by
# '|', or '-' to compare with the answer computed from the CSV files.
check_kuzu() {
  local out=$1
  node "$CLIENTS/kuzu_load.mjs" "$out" "$2" >"$out/kuzu.json" 2>"$tmp/kuzu.err" ||
    fail "$out: Kuzu could not load nodes.csv and edges.csv: $(cat "$tmp/kuzu.err")"
  $PY - "$out" "$2" "$3" <<'PYEOF' || fail "$out: Kuzu does not hold what we wrote"
import json, os, sys
sys.path.insert(0, os.environ["E2E_DIR"])
import actorgraph_csv as ag

out, name, expected = sys.argv[1:]
kuzu = json.load(open(os.path.join(out, "kuzu.json"), encoding="utf-8"))
nodes, edges = ag.read_graph(out)
_, summary_nodes, summary_edges = ag.summary_counts(out)
assert kuzu["nodes"] == len(nodes) == summary_nodes, (kuzu["nodes"], len(nodes), summary_nodes)
assert kuzu["edges"] == len(edges) == summary_edges, (kuzu["edges"], len(edges), summary_edges)
assert f"{len(nodes)} tuples have been copied to the Actor table." in kuzu["copied"], kuzu["copied"]
assert f"{len(edges)} tuples have been copied to the Relation table." in kuzu["copied"], kuzu["copied"]
# Every value, column by column (the rows in Kuzu's order are sorted first).
assert sorted(kuzu["actors"]) == sorted(nodes), "actors differ"
key = lambda row: json.dumps(row, ensure_ascii=False)
for ours, theirs in zip(sorted(edges, key=key), sorted(kuzu["relations"], key=key)):
    assert ours == theirs, (ours, theirs)
assert len(kuzu["relations"]) == len(edges)
want = ag.who_met(nodes, edges, name) if expected == "-" else expected.split("|")
assert kuzu["met"] == want, (kuzu["met"], want)
print(f"kuzu {kuzu['kuzu']}: {kuzu['nodes']} nodes, {kuzu['edges']} relationships; "
      f"who met {name}: {', '.join(kuzu['met']) or 'nobody'}")
PYEOF
}

if [ "$CORPUS" = seeds ]; then
  build_graph seeds "$tmp/seeds"
  check_kuzu "$tmp/seeds" "Sergey Lavrov" "Jean-Yves Le Drian|John Kerry"
  pass "Kuzu: the seed graph, and who met Sergey Lavrov"
  exit 0
fi

# The README shows the statements the test runs, verbatim.
while IFS= read -r statement; do
  case "$statement" in "//"* | "") continue ;; esac
  grep -qxF "$statement" "$ACTORGRAPH_SOURCE_DIR/README.md" ||
    fail "README.md does not show this statement of kuzu_schema.cypher: $statement"
done <"$CLIENTS/kuzu_schema.cypher"
pass "README shows the Kuzu statements"

build_graph samples "$tmp/samples"
check_kuzu "$tmp/samples" "Sergey Danilin" -
grep -q '"met":\[[^]]*"Marie-Hélène Le Guennec"' "$tmp/samples/kuzu.json" ||
  fail "samples: Kuzu does not say that Le Guennec met Danilin"
pass "Kuzu: the samples"

build_graph hostile "$tmp/hostile"
check_kuzu "$tmp/hostile" "Sergey Danilin" -
$PY - "$tmp/hostile/kuzu.json" <<'PYEOF' || fail "hostile: a name or document id did not round-trip"
import json, os, sys
sys.path.insert(0, os.environ["E2E_DIR"])
import actorgraph_csv as ag
kuzu = json.load(open(sys.argv[1], encoding="utf-8"))
names = {row[2] for row in kuzu["actors"]}
for name in ag.HOSTILE_NAMES:
    assert name in names, (name, sorted(names))
documents = {row[11] for row in kuzu["relations"]}
# NUL becomes U+FFFD; everything else of the ids is kept, CR LF included.
hostile_id = '=1+2, "quoted"\nline two\r\n@x\ufffdnul'
assert any(hostile_id in d for d in documents), documents
assert any(d.startswith(" spaced;semi\ttab ") for d in documents), documents
PYEOF
pass "Kuzu: hostile names and ids round-trip"
