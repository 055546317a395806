// Comparing two snapshots of a graph (graph/snapshot.h): which actors and
// relations appear, disappear or change between an "old" and a "new" one.
//
// Actors are matched by node id and relations by (source id, target id, code,
// role). Two date windows of one graph always agree on ids; two graph files
// built separately agree as long as each build gave the actor the same
// canonical name (a partial name such as "Kerry" that only the bigger corpus
// resolves to "John Kerry" shows as one actor removed and another added).
#ifndef ACTORGRAPH_GRAPH_DIFF_H_
#define ACTORGRAPH_GRAPH_DIFF_H_

#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/snapshot.h"

namespace actorgraph::graph {

// An actor of either snapshot. Counts are 0 on the side that lacks it.
struct NodeChange {
  std::string id;
  std::string name;      // the new snapshot's name, else the old one's
  std::string old_name;  // the old snapshot's name; empty when only in the new
  EntityType type = EntityType::kPerson;
  int old_mentions = 0, new_mentions = 0;
  int old_documents = 0, new_documents = 0;
  // For an actor in both (GraphDiff::kept_nodes): another name, mention
  // count or document count.
  bool Changed() const;
};

// A relation of either snapshot. Counts are 0 on the side that lacks it.
struct EdgeChange {
  std::string source, target;            // node ids
  std::string source_name, target_name;  // as the new snapshot names them, else the old
  std::string code, role;
  std::string predicate;  // the new snapshot's label, else the old one's
  int old_count = 0, new_count = 0;
  std::optional<double> old_weight, new_weight;  // when the snapshots carry one
};

// An affiliation role and how often it was read; an empty role is an
// affiliation read without one ("his Russian counterpart").
struct RoleCount {
  std::string role;
  int count = 0;
  friend bool operator==(const RoleCount&, const RoleCount&) = default;
};

// A (person, organisation or state) pair affiliated in both snapshots, but
// with another set of roles: "Lavrov AFF Russia: foreign minister -> prime
// minister". Its AFF edges are reported here and in no other list.
struct RoleChange {
  std::string source, target;
  std::string source_name, target_name;
  std::vector<RoleCount> old_roles, new_roles;  // sorted by role
};

struct GraphDiff {
  std::string old_label, new_label;                 // GraphSnapshot::label
  std::optional<DateWindow> old_window, new_window;  // GraphSnapshot::window
  int old_documents = 0, new_documents = 0;          // -1 when not known
  std::vector<NodeChange> added_nodes, removed_nodes;
  std::vector<NodeChange> kept_nodes;  // in both, changed or not; all three sorted by id
  // Sorted by (source, target, code, role); role changes by (source, target).
  std::vector<EdgeChange> added_edges, removed_edges;
  std::vector<EdgeChange> changed_edges;  // another count (or weight)
  std::vector<RoleChange> role_changes;
  int unchanged_edges = 0;
};

// Compares two snapshots (each sorted and unique, as GraphSnapshot promises).
GraphDiff DiffSnapshots(const GraphSnapshot& old_snapshot, const GraphSnapshot& new_snapshot);

// Compares two windows of `graph` (finalized): DiffSnapshots of SnapshotOf each.
GraphDiff DiffWindows(const KnowledgeGraph& graph, const DateWindow& old_window, const DateWindow& new_window);

// The diff as readable text, or as one JSON object (stable key order).
std::string DiffText(const GraphDiff& diff);
std::string DiffJson(const GraphDiff& diff);

}  // namespace actorgraph::graph

#endif  // ACTORGRAPH_GRAPH_DIFF_H_
