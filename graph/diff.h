// Comparing two date windows of one graph: which actors and relations appear,
// disappear or change between an "old" and a "new" period.
//
// Both windows are read off one graph built from all the documents, so an
// actor has the same node (and id) in both, whatever names each period used.
#ifndef ACTORGRAPH_GRAPH_DIFF_H_
#define ACTORGRAPH_GRAPH_DIFF_H_

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace actorgraph::graph {

// A closed date interval; empty bounds are open ("" to "" is everything dated).
struct DateWindow {
  std::string from;
  std::string to;
  bool Contains(const std::string& date) const;
  std::string ToString() const;  // "2016-01-01..2016-12-31", ".." for open ends
};

struct NodeChange {
  Vertex vertex;
  int old_mentions = 0;  // mentions in the old window
  int new_mentions = 0;
};

struct EdgeChange {
  EdgeRef edge;
  int old_count = 0;  // observations in the old window
  int new_count = 0;
};

struct GraphDiff {
  DateWindow old_window, new_window;
  int old_documents = 0, new_documents = 0;
  std::vector<NodeChange> added_nodes, removed_nodes, kept_nodes;  // sorted by node id
  std::vector<EdgeChange> added_edges, removed_edges, changed_edges;  // sorted like SortedEdges()
  int unchanged_edges = 0;
};

// Compares the two windows of `graph` (finalized).
GraphDiff DiffWindows(const KnowledgeGraph& graph, const DateWindow& old_window, const DateWindow& new_window);

// The diff as readable text, or as one JSON object (stable key order).
std::string DiffText(const KnowledgeGraph& graph, const GraphDiff& diff);
std::string DiffJson(const KnowledgeGraph& graph, const GraphDiff& diff);

}  // namespace actorgraph::graph

#endif  // ACTORGRAPH_GRAPH_DIFF_H_
