// Loads an actorgraph output directory's graph.jsonld into Oxigraph twice:
// with Oxigraph's own JSON-LD parser, and as the N-Quads that jsonld.js made
// of it (OUTDIR/graph.nq, written by jsonld_rdf.mjs). Prints one JSON object:
// both store sizes, the actors and relations SPARQL counts in each, the name
// of every actor, and, given NAME, the answer of the SPARQL query "who met
// NAME" (a CAMEO 04 relation in either direction) in each store.
//
// usage: node oxigraph_sparql.mjs OUTDIR [NAME]
import fs from 'node:fs';
import path from 'node:path';
import oxigraph from 'oxigraph';

const [outdir, name] = process.argv.slice(2);
if (!outdir) {
  console.error('usage: node oxigraph_sparql.mjs OUTDIR [NAME]');
  process.exit(2);
}
// The version of an installed client, from its package.json.
const version = (pkg) =>
  JSON.parse(fs.readFileSync(new URL(`./node_modules/${pkg}/package.json`, import.meta.url))).version;

const fromJsonld = new oxigraph.Store();
fromJsonld.load(fs.readFileSync(path.join(outdir, 'graph.jsonld'), 'utf8'),
                { format: 'application/ld+json' });
const fromNquads = new oxigraph.Store();
fromNquads.load(fs.readFileSync(path.join(outdir, 'graph.nq'), 'utf8'),
                { format: 'application/n-quads' });

const PREFIXES = `PREFIX schema: <http://schema.org/>
PREFIX ag: <https://actorgraph.org/ns#>
`;
const ACTORS = `${PREFIXES}
SELECT ?actor ?name WHERE {
  VALUES ?type { schema:Person schema:Organization schema:Place schema:Event }
  ?actor a ?type ; schema:name ?name ; schema:identifier ?id .
} ORDER BY ?actor`;
const RELATIONS = `${PREFIXES}
SELECT (COUNT(?relation) AS ?n) WHERE { ?relation a ag:Relation }`;
// Who met NAME: the actors on the other side of a consult relation (CAMEO
// 04), in either direction, with the person named NAME (its canonical name or
// one of its merged names).
const whoMet = (person) => `${PREFIXES}
SELECT DISTINCT ?name WHERE {
  ?person a schema:Person .
  { ?person schema:name ${JSON.stringify(person)} } UNION { ?person schema:alternateName ${JSON.stringify(person)} }
  ?relation a ag:Relation ; ag:code "04" .
  { ?relation ag:subject ?person ; ag:object ?other } UNION { ?relation ag:object ?person ; ag:subject ?other }
  ?other schema:name ?name .
} ORDER BY ?name`;

const summary = (store) => ({
  size: store.size,
  actors: store.query(ACTORS).map((row) => [row.get('actor').value, row.get('name').value]),
  relations: Number(store.query(RELATIONS)[0].get('n').value),
  met: name ? store.query(whoMet(name)).map((row) => row.get('name').value) : null,
});

console.log(JSON.stringify({
  oxigraph: version('oxigraph'),
  jsonld: summary(fromJsonld),
  nquads: summary(fromNquads),
}));
