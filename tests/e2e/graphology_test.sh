# graphology-graphml (npm) parses graph.graphml into a directed multigraph
# with one node per record of nodes.csv (same id, label = name) and one edge
# per record of edges.csv (same source, target, code and role), every
# attribute typed as its GraphML key declares: strings stay strings (CAMEO
# code "04" is not the number 4), int keys give integers, double keys numbers.
#
# usage: graphology_test.sh samples|seeds
source "$(dirname "$0")/clients_lib.sh"
set_corpus "$@"
need_clients graphology graphology-graphml

check_graphology() {
  local out=$1
  node "$CLIENTS/graphology_graphml.mjs" "$out/graph.graphml" >"$out/graphology.json" 2>"$tmp/graphology.err" ||
    fail "$out: graphology-graphml could not parse graph.graphml: $(cat "$tmp/graphology.err")"
  $PY - "$out" <<'PYEOF' || fail "$out: graphology does not hold what we wrote"
import json, os, sys
sys.path.insert(0, os.environ["E2E_DIR"])
import actorgraph_csv as ag

out = sys.argv[1]
g = json.load(open(os.path.join(out, "graphology.json"), encoding="utf-8"))
nodes, edges = ag.read_graph(out)
documents, _, _ = ag.summary_counts(out)
assert g["type"] == "directed" and g["multi"] is True, (g["type"], g["multi"])
assert g["order"] == len(nodes) and g["size"] == len(edges), (g["order"], len(nodes), g["size"], len(edges))
assert g["attributes"].get("documents") == documents, g["attributes"]
gid = ag.graphml_node_id
assert sorted(map(tuple, g["nodes"])) == sorted((gid(n[0]), n[2]) for n in nodes), "node ids or labels differ"
key = lambda e: tuple(x or "" for x in e)
assert sorted(map(key, g["edges"])) == sorted(key((gid(e[0]), gid(e[1]), e[3], e[5])) for e in edges), "edges differ"
STRING, INTEGER, NUMBER = ["string"], ["integer"], {"integer", "number"}
node_types = {"label": STRING, "type": STRING, "names": STRING, "mentions": INTEGER, "documents": INTEGER,
              "mentioned_in": STRING, "first_date": STRING, "last_date": STRING}
edge_types = {"label": STRING, "code": STRING, "quad_class": INTEGER, "goldstein": NUMBER, "role": STRING,
              "count": INTEGER, "weight": NUMBER, "first_date": STRING, "last_date": STRING,
              "documents": STRING, "evidence": STRING}
for kind, got, want in (("node", g["nodeTypes"], node_types), ("edge", g["edgeTypes"], edge_types)):
    assert set(got) <= set(want), (kind, set(got) - set(want))
    for attribute in ("label", "code", "count") if kind == "edge" else ("label", "type", "mentions"):
        assert attribute in got, (kind, attribute)
    for attribute, types in got.items():
        ok = set(types) <= want[attribute] if isinstance(want[attribute], set) else types == want[attribute]
        assert ok, (kind, attribute, types)
print(f"graphology {g['graphology']}, graphology-graphml {g['graphml']}: {g['order']} nodes, "
      f"{g['size']} edges, directed multigraph; node attributes "
      + ", ".join(f"{k}:{'/'.join(v)}" for k, v in g["nodeTypes"].items())
      + "; edge attributes " + ", ".join(f"{k}:{'/'.join(v)}" for k, v in g["edgeTypes"].items()))
PYEOF
}

build_graph "$CORPUS" "$tmp/$CORPUS"
check_graphology "$tmp/$CORPUS"
pass "graphology-graphml: $CORPUS"
if [ "$CORPUS" = samples ]; then
  build_graph hostile "$tmp/hostile"
  check_graphology "$tmp/hostile"
  pass "graphology-graphml: the hostile corpus"
fi
