// Parses an actorgraph graph.graphml with graphology-graphml and prints one
// JSON object: the graph's type, order and size, its attributes, the JSON
// type of every node and edge attribute ("string", "integer", "number"),
// and every node (id, label) and edge (source, target, code, role).
//
// usage: node graphology_graphml.mjs GRAPHML
import fs from 'node:fs';
import Graph from 'graphology';
import graphml from 'graphology-graphml';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node graphology_graphml.mjs GRAPHML');
  process.exit(2);
}
// The version of an installed client, from its package.json.
const version = (pkg) =>
  JSON.parse(fs.readFileSync(new URL(`./node_modules/${pkg}/package.json`, import.meta.url))).version;
const graph = graphml.parse(Graph, fs.readFileSync(file, 'utf8'));

const kind = (value) =>
  typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
// attribute -> sorted list of the JSON types it takes.
const typesOf = (attributeSets) => {
  const types = {};
  for (const attributes of attributeSets) {
    for (const [key, value] of Object.entries(attributes)) (types[key] ??= new Set()).add(kind(value));
  }
  return Object.fromEntries(Object.entries(types).map(([key, set]) => [key, [...set].sort()]));
};

console.log(JSON.stringify({
  graphology: version('graphology'),
  graphml: version('graphology-graphml'),
  type: graph.type,
  multi: graph.multi,
  order: graph.order,
  size: graph.size,
  attributes: graph.getAttributes(),
  nodeTypes: typesOf(graph.mapNodes((node, attributes) => attributes)),
  edgeTypes: typesOf(graph.mapEdges((edge, attributes) => attributes)),
  nodes: graph.mapNodes((node, attributes) => [node, attributes.label]),
  edges: graph.mapEdges((edge, attributes, source, target) =>
    [source, target, attributes.code, attributes.role ?? null]),
}));
