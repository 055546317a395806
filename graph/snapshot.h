// A plain, comparable picture of a graph: its actors and relations with their
// counts and dates, and nothing that needs the Boost graph. A snapshot is cut
// from a KnowledgeGraph (whole, or one date window of it) or read back from a
// file that `actorgraph build` wrote (export/graph_reader.h); graph/diff.h
// compares two of them.
#ifndef ACTORGRAPH_GRAPH_SNAPSHOT_H_
#define ACTORGRAPH_GRAPH_SNAPSHOT_H_

#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "model/model.h"

namespace actorgraph::graph {

// A closed date interval; empty bounds are open ("" to "" is everything dated).
struct DateWindow {
  std::string from;
  std::string to;
  bool Contains(const std::string& date) const;
  std::string ToString() const;  // "2016-01-01..2016-12-31", ".." for open ends
  friend bool operator==(const DateWindow&, const DateWindow&) = default;
};

struct SnapshotNode {
  std::string id;    // Node::id, e.g. "person:sergey-lavrov"
  std::string name;  // canonical name
  EntityType type = EntityType::kPerson;
  int mentions = 0;   // mentions in the snapshot's documents
  int documents = 0;  // number of the snapshot's documents that mention it
  std::string first_date = std::string(kUnknownDate);  // earliest known date, or kUnknownDate
  std::string last_date = std::string(kUnknownDate);
  friend bool operator==(const SnapshotNode&, const SnapshotNode&) = default;
};

struct SnapshotEdge {
  std::string source;  // node ids
  std::string target;
  std::string code;  // CAMEO root code, "AFF" or "PART"
  std::string role;  // for AFF edges: the role, may be empty; else empty
  // The edge's label: for an affiliation with a role, the role; else the most
  // frequent lemma of its observations (ties: alphabetical). GraphML keeps
  // only this label, so every source of snapshots agrees on it.
  std::string predicate;
  int count = 0;  // observations in the snapshot's documents
  // An explicit weight, when the source has one (GraphML's `weight`); unset
  // for snapshots cut from a graph and for JSON-LD.
  std::optional<double> weight;
  std::string first_date = std::string(kUnknownDate);  // earliest known observation date, or kUnknownDate
  std::string last_date = std::string(kUnknownDate);
  friend bool operator==(const SnapshotEdge&, const SnapshotEdge&) = default;
};

struct GraphSnapshot {
  std::string label;                  // what it shows: the window ("..2024-03-31") or the file name
  std::optional<DateWindow> window;   // set when cut from a graph by a date window
  int documents = 0;                  // documents behind it; -1 when the source does not say
  std::vector<SnapshotNode> nodes;    // sorted by id; ids unique
  std::vector<SnapshotEdge> edges;    // sorted and unique by (source, target, code, role)
  friend bool operator==(const GraphSnapshot&, const GraphSnapshot&) = default;
};

// The whole of `graph` (finalized), undated documents included: what
// `actorgraph build` writes to its files. The label is empty.
GraphSnapshot SnapshotOf(const KnowledgeGraph& graph);

// The part of `graph` (finalized) dated inside `window`: counts, documents,
// dates and edge labels come from the window's documents only, and only the
// nodes and edges seen there are kept. The label is window.ToString().
GraphSnapshot SnapshotOf(const KnowledgeGraph& graph, const DateWindow& window);

// Sorts nodes and edges into the order GraphSnapshot promises; returns false
// when two nodes share an id or two edges share a key (the first duplicate is
// described in `*duplicate` when given).
bool SortSnapshot(GraphSnapshot* snapshot, std::string* duplicate = nullptr);

}  // namespace actorgraph::graph

#endif  // ACTORGRAPH_GRAPH_SNAPSHOT_H_
