// Loads an actorgraph output directory's nodes.csv and edges.csv into an
// in-memory Kuzu database with the statements of kuzu_schema.cypher, then
// prints one JSON object: the node and relationship counts Kuzu reports,
// every actor and relation as Kuzu stores them, and, given NAME, the answer
// of the Cypher query "who met NAME" (CAMEO 04, either direction).
//
// usage: node kuzu_load.mjs OUTDIR [NAME]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import kuzu from 'kuzu';

const [outdir, name] = process.argv.slice(2);
if (!outdir) {
  console.error('usage: node kuzu_load.mjs OUTDIR [NAME]');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const statements = fs
  .readFileSync(path.join(here, 'kuzu_schema.cypher'), 'utf8')
  .split('\n')
  .filter((line) => !line.startsWith('//'))
  .join('\n')
  .split(/;\s*\n/)
  .map((s) => s.trim())
  .filter(Boolean);

// The COPY statements name the files relative to the output directory.
process.chdir(outdir);
const db = new kuzu.Database(':memory:');
const conn = new kuzu.Connection(db);
const rows = async (result) => (await result).getAll();

const copied = [];
for (const statement of statements) {
  for (const row of await rows(conn.query(statement))) {
    if (row.result) copied.push(row.result);
  }
}

// Kuzu returns DATE values as Date objects at midnight UTC.
const plain = (value) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'bigint' ? Number(value) : value;
const values = (row, keys) => keys.map((key) => plain(row[key]));

const actorKeys = ['id', 'label', 'name', 'names', 'mentions', 'documents', 'first_date', 'last_date'];
const relationKeys = ['source', 'target', 'type', 'code', 'predicate', 'role', 'quad_class', 'goldstein',
                      'count', 'first_date', 'last_date', 'documents', 'evidence'];
const actors = (await rows(conn.query(
  `MATCH (a:Actor) RETURN ${actorKeys.map((k) => `a.${k} AS ${k}`).join(', ')} ORDER BY id`)))
  .map((row) => values(row, actorKeys));
const relations = (await rows(conn.query(
  'MATCH (s:Actor)-[r:Relation]->(t:Actor) RETURN s.id AS source, t.id AS target, ' +
  relationKeys.slice(2).map((k) => `r.${k} AS ${k}`).join(', '))))
  .map((row) => values(row, relationKeys));

const [{ n: nodes }] = await rows(conn.query('MATCH (a:Actor) RETURN count(*) AS n'));
const [{ n: edges }] = await rows(conn.query('MATCH ()-[r:Relation]->() RETURN count(*) AS n'));

let met = null;
if (name) {
  // Who met NAME: a consult relation (CAMEO 04) in either direction with the
  // actor that has NAME as its name or one of its merged names.
  const query = await conn.prepare(
    'MATCH (a:Actor)-[r:Relation]-(b:Actor) ' +
    "WHERE r.code = '04' AND (b.name = $name OR list_contains(string_split(b.names, ';'), $name)) " +
    'RETURN DISTINCT a.name AS name ORDER BY name');
  met = (await rows(conn.execute(query, { name }))).map((row) => row.name);
}

console.log(JSON.stringify({
  kuzu: kuzu.VERSION, copied, nodes: Number(nodes), edges: Number(edges), met, actors, relations,
}));
