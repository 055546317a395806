# Oxigraph (npm `oxigraph`) loads graph.jsonld with its own JSON-LD parser and
# as the N-Quads jsonld.js makes of it: both stores hold the same number of
# triples, SPARQL finds one schema.org-typed actor per record of nodes.csv,
# with the same name, and one ag:Relation per record of edges.csv; the query
# "who met NAME" answers Jean-Yves Le Drian and John Kerry for Sergey Lavrov
# on the seeds, and on the samples what edges.csv says about Sergey Danilin.
#
# usage: oxigraph_test.sh samples|seeds
source "$(dirname "$0")/clients_lib.sh"
set_corpus "$@"
need_clients jsonld oxigraph

# check_oxigraph OUTDIR NAME EXPECTED: EXPECTED is the who-met answer joined
# by '|', or '-' to compare with the answer computed from the CSV files.
check_oxigraph() {
  local out=$1
  node "$CLIENTS/jsonld_rdf.mjs" "$out" >/dev/null 2>"$tmp/jsonld.err" ||
    fail "$out: jsonld.js could not convert graph.jsonld: $(cat "$tmp/jsonld.err")"
  node "$CLIENTS/oxigraph_sparql.mjs" "$out" "$2" >"$out/oxigraph.json" 2>"$tmp/oxigraph.err" ||
    fail "$out: Oxigraph could not load graph.jsonld: $(cat "$tmp/oxigraph.err")"
  $PY - "$out" "$2" "$3" <<'PYEOF' || fail "$out: Oxigraph does not hold what we wrote"
import json, os, sys
sys.path.insert(0, os.environ["E2E_DIR"])
import actorgraph_csv as ag

out, name, expected = sys.argv[1:]
result = json.load(open(os.path.join(out, "oxigraph.json"), encoding="utf-8"))
nodes, edges = ag.read_graph(out)
want = ag.who_met(nodes, edges, name) if expected == "-" else expected.split("|")
ours = sorted(n[2] for n in nodes)
for source in ("jsonld", "nquads"):
    store = result[source]
    assert store["size"] == result["jsonld"]["size"] > 0, (source, store["size"], result["jsonld"]["size"])
    assert sorted(n for _, n in store["actors"]) == ours, (source, "actor names differ")
    assert store["relations"] == len(edges), (source, store["relations"], len(edges))
    assert store["met"] == want, (source, store["met"], want)
store = result["jsonld"]
print(f"oxigraph {result['oxigraph']}: {store['size']} triples from JSON-LD and from N-Quads, "
      f"{len(store['actors'])} actors, {store['relations']} relations; "
      f"who met {name}: {', '.join(store['met']) or 'nobody'}")
PYEOF
}

if [ "$CORPUS" = seeds ]; then
  build_graph seeds "$tmp/seeds"
  check_oxigraph "$tmp/seeds" "Sergey Lavrov" "Jean-Yves Le Drian|John Kerry"
  pass "Oxigraph: the seed graph, and who met Sergey Lavrov"
  exit 0
fi

build_graph samples "$tmp/samples"
check_oxigraph "$tmp/samples" "Sergey Danilin" -
grep -q '"met":\[[^]]*"Marie-Hélène Le Guennec"' "$tmp/samples/oxigraph.json" ||
  fail "samples: Oxigraph does not say that Le Guennec met Danilin"
pass "Oxigraph: the samples"

build_graph hostile "$tmp/hostile"
check_oxigraph "$tmp/hostile" "Sergey Danilin" -
$PY - "$tmp/hostile/oxigraph.json" <<'PYEOF' || fail "hostile: a name did not reach Oxigraph unchanged"
import json, os, sys
sys.path.insert(0, os.environ["E2E_DIR"])
import actorgraph_csv as ag
names = {n for _, n in json.load(open(sys.argv[1], encoding="utf-8"))["jsonld"]["actors"]}
for name in ag.HOSTILE_NAMES:
    assert name in names, (name, sorted(names))
PYEOF
pass "Oxigraph: hostile names"
