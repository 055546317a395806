# The two seed articles (CGTN 2018, Reuters 2016) build one graph with one node
# for Lavrov (Sergey in one, Sergei in the other) linked to Le Drian and Kerry.
source "$(dirname "$0")/lib.sh"
seeds="$SHARED/corpus/seeds/seeds.jsonl"
if [ ! -f "$seeds" ]; then
  echo "SKIP: $seeds not found (../shared is absent); the seed test needs it"
  exit 77
fi
expect_status 0 "$ACTORGRAPH" build "$seeds" -o "$tmp/seeds"
cat "$tmp/out"
$PY - "$tmp/seeds/graph.graphml" <<'PYEOF' || fail "seed graph: Lavrov not one node linked to Le Drian and Kerry"
import sys, xml.etree.ElementTree as ET
G = "{http://graphml.graphdrawing.org/xmlns}"
root = ET.parse(sys.argv[1]).getroot()
keys = {k.get("id"): k.get("attr.name") for k in root.iter(G + "key")}
def data(el):
    return {keys[d.get("key")]: (d.text or "") for d in el.findall(G + "data")}
nodes = {n.get("id"): data(n) for n in root.iter(G + "node")}
lavrov = [i for i, d in nodes.items() if "Lavrov" in d.get("label", "")]
assert len(lavrov) == 1, ("Lavrov nodes", [nodes[i]["label"] for i in lavrov])
names = nodes[lavrov[0]]["names"]
assert "Sergey Lavrov" in names and "Sergei Lavrov" in names, names
neighbours = set()
for e in root.iter(G + "edge"):
    s, t = e.get("source"), e.get("target")
    if lavrov[0] in (s, t):
        neighbours.add(nodes[t if s == lavrov[0] else s].get("label", ""))
assert any("Le Drian" in n for n in neighbours), neighbours
assert any("Kerry" in n for n in neighbours), neighbours
print("Lavrov:", nodes[lavrov[0]]["label"], "| names:", names, "| neighbours:", sorted(neighbours))
PYEOF
pass "one Lavrov node with relations to Le Drian and Kerry"

# path: Le Drian and Kerry never met, but each dealt with Lavrov.
expect_status 0 "$ACTORGRAPH" path "Le Drian" Kerry "$seeds"
cat "$tmp/out"
grep -q "^Jean-Yves Le Drian to John Kerry: 2 hops" "$tmp/out" || fail "path: $(head -1 "$tmp/out")"
grep -qE "Serge[iy] Lavrov person:srg-lavrov" "$tmp/out" || fail "path does not go through Lavrov"
pass "path Le Drian -> Lavrov -> Kerry"

# diff: the 2016 graph against the 2018 one, as text and as JSON.
expect_status 0 "$ACTORGRAPH" diff "$seeds" --old 2016-01-01..2016-12-31 --new 2018-01-01..2018-12-31
cat "$tmp/out"
grep -q "^old 2016-01-01..2016-12-31 (1 documents) -> new 2018-01-01..2018-12-31 (1 documents)" "$tmp/out" || fail "diff header"
grep -qE "^  \+ PERSON +Jean-Yves Le Drian" "$tmp/out" || fail "diff: Le Drian not added"
grep -qE "^  - PERSON +John Kerry" "$tmp/out" || fail "diff: Kerry not removed"
grep -qE "^  ~ Serge[iy] Lavrov -\[AFF foreign minister\]-> Russia" "$tmp/out" || fail "diff: Lavrov's role not changed"
expect_status 0 "$ACTORGRAPH" diff "$seeds" --old ..2016-12-31 --new 2018-01-01.. --json
$PY -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["old"]["to"]=="2016-12-31" and d["new"]["from"]=="2018-01-01"; assert any(a["id"]=="person:jhn-kerry" for a in d["removed_actors"])' "$tmp/out" || fail "diff --json"
expect_status 2 "$ACTORGRAPH" diff "$seeds" --old 2016 --new 2018-01-01..
pass "diff between 2016 and 2018"

# The diff diagram renders without warnings and colours what changed.
expect_status 0 "$ACTORGRAPH" diff "$seeds" --old ..2016-12-31 --new 2018-01-01.. --dot "$tmp/diff.dot"
dot -Tsvg "$tmp/diff.dot" -o /dev/null 2>"$tmp/dot.err" && [ ! -s "$tmp/dot.err" ] || fail "diff.dot: $(cat "$tmp/dot.err")"
[ -s "$tmp/diff.dot.svg" ] || fail "diff.dot.svg not rendered"
grep -q '"person:jn-yvs-l-drian" \[label="Jean-Yves Le Drian".*color="#2e7d32"' "$tmp/diff.dot" || fail "added actor not green"
grep -q '"person:jhn-kerry" \[label="John Kerry".*color="#c62828"' "$tmp/diff.dot" || fail "removed actor not red"
pass "diff diagram"
