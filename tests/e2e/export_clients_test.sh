#!/usr/bin/env bash
# End-to-end: the files written by `actorgraph build` are read by the real
# clients: Graphviz (dot), xmllint (GraphML XSD), NetworkX and rdflib.
# Also builds an article full of DOT/XML/JSON injection attempts and checks
# that Graphviz renders it cleanly and reads no file.
#
# Env: ACTORGRAPH = path of the actorgraph binary,
#      ACTORGRAPH_SOURCE_DIR = repository root (../shared is used when present).
set -euo pipefail

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
skip() { echo "SKIP $*"; }

: "${ACTORGRAPH:?set ACTORGRAPH to the actorgraph binary}"
: "${ACTORGRAPH_SOURCE_DIR:?set ACTORGRAPH_SOURCE_DIR to the repository root}"
[[ -x "$ACTORGRAPH" ]] || fail "ACTORGRAPH=$ACTORGRAPH is not an executable"
[[ -d "$ACTORGRAPH_SOURCE_DIR/samples" ]] || fail "no samples/ in $ACTORGRAPH_SOURCE_DIR"
command -v dot >/dev/null || fail "Graphviz 'dot' is not installed (sudo apt-get install graphviz)"
command -v xmllint >/dev/null || fail "xmllint is not installed (sudo apt-get install libxml2-utils)"
PYTHON=/usr/bin/python3
[[ -x "$PYTHON" ]] || fail "$PYTHON is not installed"

SCHEMA="$ACTORGRAPH_SOURCE_DIR/../shared/schemas/graphml/graphml.xsd"
HAVE_NETWORKX=0
"$PYTHON" -c 'import networkx' 2>/dev/null && HAVE_NETWORKX=1
HAVE_RDFLIB=0
"$PYTHON" -c 'import rdflib, rdflib.plugin, rdflib.parser
rdflib.plugin.get("json-ld", rdflib.parser.Parser)' 2>/dev/null && HAVE_RDFLIB=1

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP PIPE

# build INPUT OUTDIR: runs the CLI; a non-zero exit status fails the test.
build() {
  local status=0
  "$ACTORGRAPH" build "$1" -o "$2" >"$tmp/build.log" 2>&1 || status=$?
  if [[ $status -ne 0 ]]; then
    cat "$tmp/build.log" >&2
    fail "actorgraph build $1 exited with status $status"
  fi
}

# check_outputs OUTDIR NAME: every output file, read by its client.
check_outputs() {
  local out="$1" name="$2" f
  for f in graph.dot graph.svg graph.graphml graph.jsonld; do
    [[ -s "$out/$f" ]] || fail "$name: $f is missing or empty"
  done

  # DOT: Graphviz renders it with nothing at all on stderr.
  dot -Tsvg "$out/graph.dot" -o "$tmp/$name.svg" 2>"$tmp/$name.dot.err" ||
    fail "$name: dot -Tsvg failed: $(cat "$tmp/$name.dot.err")"
  [[ ! -s "$tmp/$name.dot.err" ]] || fail "$name: dot printed warnings: $(cat "$tmp/$name.dot.err")"
  for f in "$tmp/$name.svg" "$out/graph.svg"; do
    xmllint --noout --nonet "$f" || fail "$name: $f is not well-formed XML"
    grep -q '<svg' "$f" || fail "$name: $f has no <svg> element"
    if grep -qi '<image' "$f"; then fail "$name: $f contains an <image> element"; fi
  done
  # Outside quoted strings, no attribute can make Graphviz read a file.
  "$PYTHON" - "$out/graph.dot" <<'EOF' || fail "$name: graph.dot has a file-reading attribute"
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
bare = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', text)
if '"' in bare.replace('""', ''):
    sys.exit("unbalanced quotes")
bad = re.findall(r'\b(image|shapefile|fontpath|imagepath|stylesheet)\s*=', bare)
if bad or '<' in bare:
    sys.exit(f"unexpected {bad or '<'}")
EOF

  # GraphML: the XSD when ../shared is there, else well-formedness only.
  if [[ -f "$SCHEMA" ]]; then
    xmllint --noout --nonet --schema "$SCHEMA" "$out/graph.graphml" 2>"$tmp/$name.xsd.err" ||
      fail "$name: graph.graphml is not valid GraphML: $(cat "$tmp/$name.xsd.err")"
  else
    echo "NOTE: $SCHEMA not found; checking that graph.graphml is well-formed only"
    xmllint --noout --nonet "$out/graph.graphml" || fail "$name: graph.graphml is not well-formed"
  fi

  if [[ $HAVE_NETWORKX -eq 1 ]]; then
    "$PYTHON" - "$out/graph.graphml" <<'EOF' || fail "$name: NetworkX check of graph.graphml failed"
import sys
import networkx as nx
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
g = nx.read_graphml(path)
nodes, edges = text.count("<node "), text.count("<edge ")
assert g.number_of_nodes() == nodes, f"{g.number_of_nodes()} nodes read, {nodes} written"
assert g.number_of_edges() == edges, f"{g.number_of_edges()} edges read, {edges} written"
for node, data in g.nodes(data=True):
    assert data.get("label") is not None and data.get("type"), f"node {node!r}: {data}"
for u, v, data in g.edges(data=True):
    assert isinstance(data.get("count"), int) and isinstance(data.get("weight"), float), data
EOF
  else
    skip "networkx: not installed"
  fi

  # JSON-LD: plain JSON first, then as RDF.
  "$PYTHON" -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' \
    "$out/graph.jsonld" || fail "$name: graph.jsonld is not valid JSON"
  if [[ $HAVE_RDFLIB -eq 1 ]]; then
    "$PYTHON" - "$out/graph.jsonld" <<'EOF' || fail "$name: rdflib could not read graph.jsonld"
import sys
import rdflib
g = rdflib.Graph()
g.parse(sys.argv[1], format="json-ld")
assert len(g) > 0, "no triples"
EOF
  else
    skip "rdflib: not installed"
  fi
  echo "ok: $name"
}

# 1. The sample articles.
build "$ACTORGRAPH_SOURCE_DIR/samples" "$tmp/samples"
check_outputs "$tmp/samples" samples
grep -q -- '->' "$tmp/samples/graph.dot" || fail "samples: graph.dot has no edge"

# 2. Hostile input: DOT, XML and JSON injection attempts in the metadata and
#    the text (names next to backslashes and quotes, DOT keywords as names).
title='Talks "}; node [image="/etc/passwd"]; {" end \N \G <script>alert(1)</script>'
source='Wire\watch "quoted" ]]> & Co'
mkdir -p "$tmp/hostile-in"
{
  printf '%s\n' '---' 'id: hostile-1' 'date: 2024-07-01' "title: $title" "source: $source" \
    'url: https://example.org/hostile?a="b"&c=<d>' '---'
  cat <<'EOF'
GENEVA, July 1 (Wirewatch) - Russian Foreign Minister Sergey Danilin met French Foreign Minister Marie-Hélène Le Guennec in Geneva on Monday. "}; node [image=\"/etc/passwd\"]; {" was written on a banner outside.

Danilin urged Le Guennec to drop the plan. "A back\slash \N \G \L and a \"quote\" are not a threat," Danilin said.

Danilin met Graph\Node Strict\N Digraph in Geneva. Danilin criticized Image"Passwd Shapefile"Etc over the talks. The Ministry of Image\Passwd rejected the Danilin plan.

Le Guennec criticized Danilin over the <script>alert(1)</script> shapefile=/etc/passwd remarks, and the digraph { a -> b } strict node graph ]]> protest.
EOF
} >"$tmp/hostile-in/hostile.txt"
build "$tmp/hostile-in" "$tmp/hostile"
check_outputs "$tmp/hostile" hostile
# The metadata reaches JSON-LD verbatim; the URL, not a valid IRI, is left out.
"$PYTHON" - "$tmp/hostile/graph.jsonld" "$title" "$source" <<'EOF' ||
import json, sys
graph = json.load(open(sys.argv[1], encoding="utf-8"))["@graph"]
articles = [item for item in graph if item.get("@type") == "NewsArticle"]
assert len(articles) == 1, articles
assert articles[0].get("name") == sys.argv[2], articles[0].get("name")
assert articles[0].get("publisher", {}).get("name") == sys.argv[3], articles[0].get("publisher")
assert "url" not in articles[0], articles[0]["url"]
EOF
  fail "hostile: graph.jsonld does not keep the title and source verbatim"

echo "PASS: export clients"
