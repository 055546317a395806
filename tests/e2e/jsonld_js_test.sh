# jsonld.js (npm `jsonld`) expands graph.jsonld and converts it to RDF
# offline: the inline context is enough (its document loader refuses every
# URL and is never called), safe mode drops no value, and the number of
# triples is stable: the one our JSON defines, the one rdflib reads, and the
# same at 1 and 2 threads. Actors are typed with schema.org classes, one per
# record of nodes.csv; relations and articles are counted too; the literals of
# each predicate have one datatype (integers, dates, xsd:double Goldstein
# values, strings).
#
# usage: jsonld_js_test.sh samples|seeds
source "$(dirname "$0")/clients_lib.sh"
set_corpus "$@"
need_clients jsonld
HAVE_RDFLIB=0
$PY -c 'import rdflib, rdflib.plugin, rdflib.parser
rdflib.plugin.get("json-ld", rdflib.parser.Parser)' 2>/dev/null && HAVE_RDFLIB=1

# check_jsonld OUTDIR: converts OUTDIR/graph.jsonld and checks what came out.
check_jsonld() {
  local out=$1
  node "$CLIENTS/jsonld_rdf.mjs" "$out" >"$out/jsonld.json" 2>"$tmp/jsonld.err" ||
    fail "$out: jsonld.js could not convert graph.jsonld: $(cat "$tmp/jsonld.err")"
  $PY - "$out" "$HAVE_RDFLIB" <<'PYEOF' || fail "$out: jsonld.js did not read what we wrote"
import json, os, sys
sys.path.insert(0, os.environ["E2E_DIR"])
import actorgraph_csv as ag

out, have_rdflib = sys.argv[1], sys.argv[2] == "1"
result = json.load(open(os.path.join(out, "jsonld.json"), encoding="utf-8"))
document = json.load(open(os.path.join(out, "graph.jsonld"), encoding="utf-8"))
assert result["requested"] == [], f"jsonld.js asked for {result['requested']}"

# The triples our JSON defines: one per value of every key but @id and
# @context (arrays give one each), plus those of the nested nodes.
def triples(item):
    count = 0
    for key, value in item.items():
        if key in ("@id", "@context"):
            continue
        for v in value if isinstance(value, list) else [value]:
            count += 1 + (triples(v) if isinstance(v, dict) else 0)
    return count
expected = sum(triples(item) for item in document["@graph"])
assert result["quads"] == result["nquadLines"] == expected, (result["quads"], result["nquadLines"], expected)
assert result["expanded"] == len(document["@graph"]), (result["expanded"], len(document["@graph"]))
if have_rdflib:
    import rdflib
    g = rdflib.Graph()
    g.parse(os.path.join(out, "graph.jsonld"), format="json-ld")
    assert len(g) == result["quads"], f"rdflib {len(g)} triples, jsonld.js {result['quads']}"

SCHEMA, AG = "http://schema.org/", "https://actorgraph.org/ns#"
# Actors, articles and relations have IRIs; observations, appearances and
# publishers are blank nodes.
types, blank_types = result["types"], result["blankTypes"]
allowed = {SCHEMA + t for t in ("Person", "Organization", "Place", "Event", "NewsArticle")} | {AG + "Relation"}
assert set(types) <= allowed, set(types) - allowed
allowed_blank = {AG + "Observation", AG + "Appearance", SCHEMA + "Organization"}
assert set(blank_types) <= allowed_blank, set(blank_types) - allowed_blank
nodes, edges = ag.read_graph(out)
documents, _, _ = ag.summary_counts(out)
labels = {"Person": "Person", "Organization": "Organization", "Location": "Place", "Event": "Event"}
for label, schema_type in labels.items():
    want = sum(1 for n in nodes if n[1] == label)
    assert types.get(SCHEMA + schema_type, 0) == want, (schema_type, types.get(SCHEMA + schema_type), want)
assert types.get(AG + "Relation", 0) == len(edges), (types.get(AG + "Relation"), len(edges))
assert types.get(SCHEMA + "NewsArticle", 0) == documents, (types.get(SCHEMA + "NewsArticle"), documents)
assert blank_types.get(AG + "Observation", 0) == sum(e[8] for e in edges), "one observation per reading"
assert blank_types.get(AG + "Appearance", 0) == sum(n[5] for n in nodes), "one appearance per article"
# Each predicate's literals have one datatype, whatever their values.
XSD = "http://www.w3.org/2001/XMLSchema#"
want = {AG + p: "integer" for p in ("quadClass", "count", "mentions", "sentence", "begin", "end")}
want |= {AG + p: "date" for p in ("firstDate", "lastDate", "date")} | {SCHEMA + "datePublished": "date"}
want |= {AG + "goldstein": "double"}
for predicate, datatypes in result["datatypes"].items():
    assert datatypes == [XSD + want.get(predicate, "string")], (predicate, datatypes)
print(f"jsonld.js {result['jsonld']}: {result['expanded']} nodes expanded, {result['quads']} triples"
      f"{' (rdflib too)' if have_rdflib else ''}; " +
      ", ".join(f"{t.rsplit('/', 1)[-1].rsplit('#', 1)[-1]} {n}" for t, n in sorted(types.items())) +
      f", Observation {blank_types.get(AG + 'Observation', 0)}")
PYEOF
}

case "$CORPUS" in
  seeds) input="$SHARED/corpus/seeds/seeds.jsonl" ;;
  samples) input="$ACTORGRAPH_SOURCE_DIR/samples" ;;
esac
build_graph "$CORPUS" "$tmp/one"
check_jsonld "$tmp/one"
[ $HAVE_RDFLIB -eq 1 ] || echo "NOTE: rdflib is not installed; triples not compared with rdflib"
# The same graph built with two threads converts to the same triples.
expect_status 0 "$ACTORGRAPH" build "$input" -o "$tmp/two" --no-render --threads 2
node "$CLIENTS/jsonld_rdf.mjs" "$tmp/two" >/dev/null || fail "jsonld.js failed at 2 threads"
cmp -s "$tmp/one/graph.nq" "$tmp/two/graph.nq" || fail "the N-Quads differ between 1 and 2 threads"
pass "jsonld.js: $CORPUS"

if [ "$CORPUS" = samples ]; then
  build_graph hostile "$tmp/hostile"
  check_jsonld "$tmp/hostile"
  pass "jsonld.js: the hostile corpus"
fi
