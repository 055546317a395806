# Views on samples/: `build --focus NAME --depth N` and `--top N` write exactly
# the actors and relations that NetworkX computes on its own from the full
# graph's GraphML (ego_graph on the undirected graph; its own degree,
# betweenness and ranking), every output is valid, and the DOT renders cleanly.
source "$(dirname "$0")/lib.sh"
samples="$ACTORGRAPH_SOURCE_DIR/samples"

expect_status 0 "$ACTORGRAPH" build "$samples" -o "$tmp/all" --no-render

# check_view OUTDIR FOCUS_LABEL DEPTH TOP: FOCUS_LABEL empty for no focus,
# TOP 0 for no limit. Also checks the summary line saved in OUTDIR/summary.
check_view() {
  $PY - "$tmp/all/graph.graphml" "$@" <<'PYEOF'
import os, re, sys
import networkx as nx

full_path, out, focus_label, depth, top = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
full = nx.read_graphml(full_path)
view = nx.read_graphml(os.path.join(out, "graph.graphml"))

def simple(g):
    u = nx.Graph()
    u.add_nodes_from(g.nodes)
    u.add_edges_from((a, b) for a, b in g.to_undirected().edges() if a != b)
    return u

def ranked(g):
    u = simple(g)
    betweenness = nx.betweenness_centrality(u, normalized=False)
    return sorted(g.nodes, key=lambda n: (-u.degree(n), -round(betweenness[n] * 1e6), -g.nodes[n]["mentions"], n))

expected = set(full.nodes)
focus = None
if focus_label:
    matches = [n for n, d in full.nodes(data=True) if d["label"] == focus_label]
    assert len(matches) == 1, matches
    focus = matches[0]
    expected = set(nx.ego_graph(full.to_undirected(), focus, radius=depth).nodes)
if top:
    order = ranked(full.subgraph(expected))
    if focus:
        order = [focus] + [n for n in order if n != focus]
    expected = set(order[:top])

def relations(g, nodes):
    return sorted((a, b, d["code"], d.get("role", "")) for a, b, d in g.edges(data=True) if a in nodes and b in nodes)

assert set(view.nodes) == expected, ("actors", sorted(set(view.nodes) ^ expected))
assert relations(view, expected) == relations(full, expected), "relations differ"
for n in expected:  # every attribute as in the full graph
    assert view.nodes[n] == full.nodes[n], (n, view.nodes[n], full.nodes[n])

parts = []
if focus:
    parts.append(f"focus: {focus_label}, depth {depth}")
if top:
    parts.append(f"top {top}")
line = (f"kept:      {', '.join(parts)}: {len(expected)} of {full.number_of_nodes()} actors, "
        f"{len(relations(full, expected))} of {full.number_of_edges()} relations")
summary = open(os.path.join(out, "summary")).read()
assert line in summary.splitlines(), (line, summary)
print(f"ok: {line.split(None, 1)[1]}")
PYEOF
}

# build_view NAME ARGS...: builds the view into $tmp/NAME, keeps its summary.
build_view() {
  local name=$1; shift
  expect_status 0 "$ACTORGRAPH" build "$samples" -o "$tmp/$name" "$@"
  cp "$tmp/out" "$tmp/$name/summary"
}

build_view danilin1 --focus "Sergei Danilin"
check_view "$tmp/danilin1" "Sergei Danilin" 1 0 || fail "focus Sergei Danilin, depth 1"
build_view danilin2 --focus Danilin --depth 2 --no-render
check_view "$tmp/danilin2" "Sergei Danilin" 2 0 || fail "focus Danilin, depth 2"
build_view russia0 --focus Russia --depth 0 --no-render
check_view "$tmp/russia0" "Russia" 0 0 || fail "focus Russia, depth 0"
build_view guennec3 --focus "le guennec" --depth 3 --no-render
check_view "$tmp/guennec3" "Marie-Hélène Le Guennec" 3 0 || fail "focus le guennec, depth 3"
pass "focus and depth keep the NetworkX ego graph"

build_view top10 --top 10
check_view "$tmp/top10" "" 1 10 || fail "top 10"
build_view top3 --top 3 --no-render
check_view "$tmp/top3" "" 1 3 || fail "top 3"
build_view un-top4 --focus "United Nations" --depth 2 --top 4 --no-render
check_view "$tmp/un-top4" "United Nations" 2 4 || fail "focus United Nations, depth 2, top 4"
build_view danilin-top1 --focus Danilin --depth 3 --top 1 --no-render
check_view "$tmp/danilin-top1" "Sergei Danilin" 3 1 || fail "focus Danilin, top 1"
pass "top keeps the actors NetworkX ranks first, within the focus's neighbourhood"

# Every output of a view is valid; the DOT renders without a warning and its
# title says what it keeps.
for view in danilin1 top10; do
  for f in graph.dot graph.svg graph.graphml graph.jsonld; do [ -s "$tmp/$view/$f" ] || fail "$view: $f missing"; done
  dot -Tsvg "$tmp/$view/graph.dot" -o "$tmp/$view.svg" 2>"$tmp/dot.err" || fail "$view: dot failed: $(cat "$tmp/dot.err")"
  [ ! -s "$tmp/dot.err" ] || fail "$view: dot warned: $(cat "$tmp/dot.err")"
  xmllint --noout --nonet "$tmp/$view/graph.svg" || fail "$view: graph.svg is not well-formed"
  if [ -f "$SHARED/schemas/graphml/graphml.xsd" ]; then
    xmllint --noout --nonet --schema "$SHARED/schemas/graphml/graphml.xsd" "$tmp/$view/graph.graphml" 2>"$tmp/xsd.err" \
      || fail "$view: GraphML not valid: $(cat "$tmp/xsd.err")"
  else
    xmllint --noout --nonet "$tmp/$view/graph.graphml" || fail "$view: graph.graphml is not well-formed"
  fi
done
grep -q 'label="focus: Sergei Danilin, depth 1: ' "$tmp/danilin1/graph.dot" || fail "the DOT title does not say what is kept"
# JSON-LD lists only the articles that a kept actor or relation refers to.
$PY - "$tmp/russia0/graph.jsonld" <<'PYEOF' || fail "JSON-LD of a view lists articles nothing refers to"
import json, sys
graph = json.load(open(sys.argv[1], encoding="utf-8"))["@graph"]
articles = {item["@id"] for item in graph if item.get("@type") == "NewsArticle"}
referred = {doc for item in graph for doc in item.get("mentionedIn", [])}
assert articles and articles == referred, (articles, referred)
PYEOF
pass "outputs of a view are valid and render"

# Byte-identical at any thread count.
expect_status 0 "$ACTORGRAPH" build "$samples" -o "$tmp/threads" --focus Danilin --depth 2 --no-render --threads 2
for f in graph.dot graph.graphml graph.jsonld; do
  cmp -s "$tmp/danilin2/$f" "$tmp/threads/$f" || fail "$f of a view differs between 1 and 2 threads"
done
pass "views are deterministic"

# Unknown and ambiguous names, bad numbers.
expect_status 1 "$ACTORGRAPH" build "$samples" -o "$tmp/unknown" --focus Danilen
grep -q 'no actor named "Danilen" in the input; the closest names: Sergei Danilin (person:srg-danilin)' "$tmp/err" \
  || fail "unknown focus: $(cat "$tmp/err")"
[ ! -e "$tmp/unknown/graph.graphml" ] || fail "unknown focus: outputs written anyway"
expect_status 0 "$ACTORGRAPH" build "$samples" -o "$tmp/ashcombe" --focus Ashcombe --no-render
grep -q 'note: "Ashcombe" names 2 actors; the focus is ' "$tmp/err" || fail "ambiguous focus not reported: $(cat "$tmp/err")"
expect_status 2 "$ACTORGRAPH" build "$samples" -o "$tmp/bad" --depth 2
expect_status 2 "$ACTORGRAPH" build "$samples" -o "$tmp/bad" --top 0
expect_status 2 "$ACTORGRAPH" build "$samples" -o "$tmp/bad" --focus Danilin --depth -1
expect_status 2 "$ACTORGRAPH" build "$samples" -o "$tmp/bad" --focus
expect_status 2 "$ACTORGRAPH" extract "$samples" --top 3
pass "unknown, ambiguous and bad options reported"
