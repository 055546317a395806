# End to end on samples/: build, check every output with the real tools, and
# check that output bytes do not depend on the thread count.
source "$(dirname "$0")/lib.sh"
samples="$ACTORGRAPH_SOURCE_DIR/samples"

expect_status 0 "$ACTORGRAPH" build "$samples" -o "$tmp/one" --threads 1
grep -q "documents: 8 read, 0 skipped" "$tmp/out" || fail "summary does not count 8 documents"
grep -q "most connected actors:" "$tmp/out" || fail "summary lacks the most connected actors"
for f in graph.dot graph.svg graph.graphml graph.jsonld; do
  [ -s "$tmp/one/$f" ] || fail "$f missing or empty"
done
pass "build wrote graph.dot graph.svg graph.graphml graph.jsonld"

# Graphviz renders our DOT without a single warning.
dot -Tsvg "$tmp/one/graph.dot" -o "$tmp/check.svg" 2>"$tmp/dot.err" || fail "dot failed: $(cat "$tmp/dot.err")"
[ ! -s "$tmp/dot.err" ] || fail "dot warned: $(cat "$tmp/dot.err")"
xmllint --noout --nonet "$tmp/one/graph.svg" || fail "graph.svg is not well-formed XML"
[ "$(head -c 8 "$tmp/one/graph.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "graph.png is not a PNG"
pass "dot renders graph.dot without warnings; build drew graph.svg and graph.png"

# render: any DOT file we wrote, in SVG, PNG or PDF, with another layout.
expect_status 0 "$ACTORGRAPH" render "$tmp/one/graph.dot" --format pdf --layout sfdp -o "$tmp/drawn.pdf"
[ "$(head -c 5 "$tmp/drawn.pdf")" = "%PDF-" ] || fail "render --format pdf wrote no PDF"
expect_status 0 "$ACTORGRAPH" render "$tmp/one/graph.dot"
grep -q "$tmp/one/graph.svg" "$tmp/out" || fail "render does not name the SVG it wrote"
expect_status 2 "$ACTORGRAPH" render "$tmp/one/graph.dot" --format gif
expect_status 1 "$ACTORGRAPH" render "$tmp/missing.dot"
pass "render draws SVG, PDF with sfdp, and refuses unknown formats and missing files"

# --clusters: one box per type, and the diagram still renders without warnings.
expect_status 0 "$ACTORGRAPH" build "$samples" -o "$tmp/boxes" --clusters --no-render
for box in people organisations places events; do
  grep -q "subgraph cluster_type_$box" "$tmp/boxes/graph.dot" || fail "--clusters: no $box box"
done
dot -Tsvg "$tmp/boxes/graph.dot" -o /dev/null 2>"$tmp/dot.err" && [ ! -s "$tmp/dot.err" ] \
  || fail "--clusters diagram: $(cat "$tmp/dot.err")"
pass "--clusters draws a box per type"

if [ -f "$SHARED/schemas/graphml/graphml.xsd" ]; then
  xmllint --noout --nonet --schema "$SHARED/schemas/graphml/graphml.xsd" "$tmp/one/graph.graphml" 2>"$tmp/xsd.err" \
    || fail "GraphML not valid against the XSD: $(cat "$tmp/xsd.err")"
  pass "graph.graphml valid against the GraphML XSD"
else
  echo "SKIP GraphML XSD validation: ../shared/schemas absent; checking well-formedness only"
  xmllint --noout --nonet "$tmp/one/graph.graphml" || fail "graph.graphml is not well-formed"
fi
$PY -c 'import json,sys; d=json.load(open(sys.argv[1])); assert "@context" in d and d["@graph"], "no @context/@graph"' \
  "$tmp/one/graph.jsonld" || fail "graph.jsonld does not parse as JSON-LD-shaped JSON"
pass "graph.jsonld parses"

# One node for the Russian minister whatever the spelling (Sergey / Sergei).
$PY - "$tmp/one/graph.graphml" <<'PYEOF' || fail "Sergey/Sergei Danilin not merged into one node"
import sys, xml.etree.ElementTree as ET
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
root = ET.parse(sys.argv[1]).getroot()
keys = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", ns)}
nodes = []
for n in root.iter("{http://graphml.graphdrawing.org/xmlns}node"):
    data = {keys[d.get("key")]: (d.text or "") for d in n.findall("g:data", ns)}
    nodes.append(data)
danilin = [n for n in nodes if "Danilin" in n.get("label", "") or "Danilin" in n.get("names", "")]
assert len(danilin) == 1, [n.get("label") for n in danilin]
names = danilin[0].get("names", "")
assert "Sergey Danilin" in names and "Sergei Danilin" in names, names
PYEOF
pass "one node for Sergey/Sergei Danilin"

# Each node says how every document named it (JSON-LD appearsIn, GraphML mentioned_in).
$PY - "$tmp/one/graph.jsonld" <<'PYEOF' || fail "JSON-LD lacks the per-document surface forms"
import json, sys
graph = json.load(open(sys.argv[1]))["@graph"]
node = next(n for n in graph if n.get("name", "").endswith("Danilin") and n.get("@type") == "Person")
forms = {doc["document"].rsplit("/", 1)[-1]: set(doc["alternateName"]) for doc in node["appearsIn"]}
assert len(forms) >= 4, forms
assert any("Sergey Danilin" in f for f in forms.values()) and any("Sergei Danilin" in f for f in forms.values()), forms
assert sum(doc["mentions"] for doc in node["appearsIn"]) == node["mentions"]
PYEOF
pass "per-document surface forms in JSON-LD"

# Same input -> byte-identical outputs at any thread count.
expect_status 0 "$ACTORGRAPH" build "$samples" -o "$tmp/two" --threads 2
for f in graph.dot graph.graphml graph.jsonld graph.svg nodes.csv edges.csv; do
  cmp -s "$tmp/one/$f" "$tmp/two/$f" || fail "$f differs between --threads 1 and --threads 2"
done
pass "outputs byte-identical at 1 and 2 threads"

# extract: one JSON line per article, each a complete record.
expect_status 0 "$ACTORGRAPH" extract "$samples" --threads 2
[ "$(wc -l <"$tmp/out")" = 8 ] || fail "extract printed $(wc -l <"$tmp/out") lines, expected 8"
$PY - "$tmp/out" <<'PYEOF' || fail "extract output malformed"
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    assert r["format"] == "actorgraph-extraction/1"
    doc = r["document"]
    assert doc["id"] and doc["date"] != "unknown", doc
    text_len = doc["bytes"]
    for e in r["entities"]:
        assert e["type"] in ("PERSON", "ORGANIZATION", "LOCATION", "EVENT")
        for m in e["mentions"]:
            assert 0 <= m["begin"] < m["end"] <= text_len
    n = len(r["entities"])
    for t in r["relations"]:
        assert 0 <= t["subject"] < n and 0 <= t["object"] < n and t["evidence"]
    for q in r["quotes"]:
        assert q["speaker"] is None or 0 <= q["speaker"] < n
PYEOF
pass "extract wrote 8 valid JSON lines"

# explain: the merged names of the Russian minister, each with its rule, and his relations.
expect_status 0 "$ACTORGRAPH" explain Danilin "$samples"
grep -q "^Sergei Danilin — PERSON, id person:srg-danilin" "$tmp/out" || fail "explain: wrong header: $(head -1 "$tmp/out")"
grep -qE "^  Sergey Danilin +same name once given names are compared by their transliteration" "$tmp/out" \
  || fail "explain: no transliteration rule for Sergey Danilin"
grep -qE "^    Danilin +surname of Serge[iy] Danilin" "$tmp/out" || fail "explain: no surname reason"
grep -qE "^  -> AFF foreign minister +Russia location:russia" "$tmp/out" || fail "explain: no affiliation"
expect_status 1 "$ACTORGRAPH" explain "Nobody Atall" "$samples"
grep -q 'no actor named "Nobody Atall"' "$tmp/err" || fail "explain: unknown name not reported"
pass "explain shows merged names, rules and relations"

# An alias file corrects merging: the two Ashcombe spellings are kept apart
# automatically (a middle initial may be another person); the user joins them.
count_ashcombe() { grep -c '<node id="person:gr[a-z-]*ashcombe"' "$1/graph.graphml"; }
[ "$(count_ashcombe "$tmp/one")" = 2 ] || fail "expected two Ashcombe nodes without aliases"
printf '# our corrections\nsame: Gregory R. Ashcombe = Gregory Ashcombe\n' >"$tmp/aliases.txt"
expect_status 0 "$ACTORGRAPH" build "$samples" -o "$tmp/aliased" --no-render --aliases "$tmp/aliases.txt"
[ "$(count_ashcombe "$tmp/aliased")" = 1 ] || fail "the alias file did not merge the Ashcombe nodes"
grep -q '<data key="n_label">Gregory R. Ashcombe</data>' "$tmp/aliased/graph.graphml" || fail "alias canonical name not used"
printf 'same: Gregory Ashcombe\n' >"$tmp/bad_aliases.txt"
expect_status 1 "$ACTORGRAPH" build "$samples" -o "$tmp/bad" --aliases "$tmp/bad_aliases.txt"
grep -q "bad_aliases.txt:1: needs at least two names" "$tmp/err" || fail "bad alias file not explained"
pass "alias file merges, names and reports errors"

# A date window keeps the articles dated inside it.
expect_status 0 "$ACTORGRAPH" build "$samples" -o "$tmp/window" --no-render --from 2024-05-01 --to 2024-06-30
grep -q "documents: 3 read, 0 skipped, 5 outside the date window" "$tmp/out" || fail "window: $(head -1 "$tmp/out")"
! grep -q "2024-03-04" "$tmp/window/graph.graphml" || fail "window: March articles still in the graph"
expect_status 2 "$ACTORGRAPH" build "$samples" -o "$tmp/window" --from 2024-06-01 --to 2024-05-01
expect_status 2 "$ACTORGRAPH" build "$samples" -o "$tmp/window" --from 2024-13-01
pass "date window"

# stdin: a front-matter article piped in.
expect_status 0 "$ACTORGRAPH" extract - <"$samples/01-geneva-talks.txt"
grep -q '"id":"2024-03-04-geneva-talks"' "$tmp/out" || fail "stdin article lost its front-matter id"
pass "stdin input"

# More articles than one extraction batch: every one comes out once, in input
# order, whatever the thread count.
$PY - "$tmp/many.jsonl" <<'PYEOF'
import json, sys
with open(sys.argv[1], "w") as f:
    for n in range(9000):
        f.write(json.dumps({"id": f"m{n:05d}", "date": "2024-03-04",
                            "text": f"Ingrid Dahl met Omar Haddad in Oslo on day {n}."}) + "\n")
PYEOF
expect_status 0 "$ACTORGRAPH" extract "$tmp/many.jsonl" --threads 2 -o "$tmp/many.out"
expect_status 0 "$ACTORGRAPH" extract "$tmp/many.jsonl" --threads 1 -o "$tmp/many1.out"
cmp -s "$tmp/many.out" "$tmp/many1.out" || fail "batched extraction depends on the thread count"
$PY - "$tmp/many.out" <<'PYEOF' || fail "batched extraction lost or reordered articles"
import json, sys
ids = [json.loads(line)["document"]["id"] for line in open(sys.argv[1])]
assert ids == [f"m{n:05d}" for n in range(9000)], (len(ids), ids[:3])
PYEOF
pass "9,000 articles in batches: all extracted, in order, same at 1 and 2 threads"
