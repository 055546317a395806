"""Reads what `actorgraph build` wrote, for the client tests: nodes.csv and
edges.csv with Python's csv module (an RFC 4180 reader of its own), typed by
their neo4j-admin header, and the counts of the build summary."""
import csv
import os
import re

# The canonical names the hostile corpus's alias file gives (clients_lib.sh).
HOSTILE_NAMES = [
    '+HYPERLINK("http://x.example";"Danilin, Sergey")',
    "@SUM(1+1) \"Le Guennec\"; the 'French' minister",
    "-2+3 Passwd\\Shapefile",
]


def _typed(value, column):
    """An empty field is null; `name:int` and `name:double` are numbers."""
    kind = column.split(":", 1)[1] if ":" in column and not column.startswith(":") else "string"
    if value == "":
        return None
    if kind == "int":
        return int(value)
    if kind == "double":
        return float(value)
    return value


def read_csv(path):
    """(header, rows) of one of our CSV files, each row typed."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    header = rows[0]
    for row in rows[1:]:
        assert len(row) == len(header), (path, row)
    return header, [[_typed(v, c) for v, c in zip(row, header)] for row in rows[1:]]


def read_graph(out):
    """(nodes, edges): the typed records of OUTDIR/nodes.csv and edges.csv."""
    return read_csv(os.path.join(out, "nodes.csv"))[1], read_csv(os.path.join(out, "edges.csv"))[1]


def summary_counts(out):
    """(documents read, nodes, edges) from the summary saved by build_graph."""
    text = open(os.path.join(out, "summary.txt"), encoding="utf-8").read()
    documents = int(re.search(r"^documents: +(\d+) read", text, re.M).group(1))
    nodes = int(re.search(r"^entities: +(\d+) nodes", text, re.M).group(1))
    edges = int(re.search(r"^relations: +(\d+) edges", text, re.M).group(1))
    return documents, nodes, edges


def who_met(nodes, edges, name):
    """Names of the actors on the other side of a CAMEO 04 edge, in either
    direction, with the actor called `name` (its name or a merged name)."""
    ids = {n[0] for n in nodes if n[2] == name or name in (n[3] or "").split(";")}
    names = {n[0]: n[2] for n in nodes}
    met = set()
    for e in edges:
        if e[3] != "04":
            continue
        if e[0] in ids:
            met.add(names[e[1]])
        if e[1] in ids:
            met.add(names[e[0]])
    return sorted(met)


def graphml_node_id(node_id):
    """The GraphML id of a node: GraphML ids are XML NMTOKENs, so every byte
    outside [A-Za-z0-9.:-] (the escape character '_' too) is written "_XX"."""
    keep = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.:-")
    out = "".join(chr(b) if b in keep else "_%02X" % b for b in node_id.encode("utf-8"))
    return out or "_"
