// Converts an actorgraph output directory's graph.jsonld to RDF with
// jsonld.js, offline: the context is inline, and a document loader that
// refuses every URL proves that nothing is fetched. Safe mode makes any term
// the context does not define an error instead of a silently dropped value.
// Writes the N-Quads to OUTDIR/graph.nq and prints one JSON object: the
// number of expanded top-level nodes and of quads, and how many subjects
// have each rdf:type (IRIs and blank nodes apart), and the datatypes of
// each predicate's literals.
//
// usage: node jsonld_rdf.mjs OUTDIR
import fs from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';

const [outdir] = process.argv.slice(2);
if (!outdir) {
  console.error('usage: node jsonld_rdf.mjs OUTDIR');
  process.exit(2);
}
// The version of an installed client, from its package.json.
const version = (pkg) =>
  JSON.parse(fs.readFileSync(new URL(`./node_modules/${pkg}/package.json`, import.meta.url))).version;
const document = JSON.parse(fs.readFileSync(path.join(outdir, 'graph.jsonld'), 'utf8'));

const requested = [];
const documentLoader = async (url) => {
  requested.push(url);
  throw new Error(`refusing to fetch ${url}: the context must be inline`);
};
const options = { documentLoader, safe: true };

const expanded = await jsonld.expand(document, options);
const nquads = await jsonld.toRDF(document, { ...options, format: 'application/n-quads' });
fs.writeFileSync(path.join(outdir, 'graph.nq'), nquads);
const quads = await jsonld.toRDF(document, options);

// rdf:type counts, of subjects with an IRI and of blank nodes apart.
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const types = {};
const blankTypes = {};
for (const quad of quads) {
  if (quad.predicate.value !== RDF_TYPE) continue;
  const counts = quad.subject.termType === 'BlankNode' ? blankTypes : types;
  counts[quad.object.value] = (counts[quad.object.value] ?? 0) + 1;
}
// The datatypes of the literals of each predicate.
const datatypes = {};
for (const quad of quads) {
  if (quad.object.termType !== 'Literal') continue;
  (datatypes[quad.predicate.value] ??= new Set()).add(quad.object.datatype.value);
}

console.log(JSON.stringify({
  jsonld: version('jsonld'),
  requested,
  expanded: expanded.length,
  quads: quads.length,
  nquadLines: nquads.split('\n').filter(Boolean).length,
  types,
  blankTypes,
  datatypes: Object.fromEntries(Object.entries(datatypes).map(([p, set]) => [p, [...set].sort()])),
}));
