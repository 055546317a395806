#include "graph/snapshot.h"

#include <algorithm>
#include <functional>
#include <map>
#include <tuple>

#include "absl/strings/str_cat.h"

namespace actorgraph::graph {

bool DateWindow::Contains(const std::string& date) const {
  if (date.empty() || date == kUnknownDate) return false;
  return (from.empty() || date >= from) && (to.empty() || date <= to);
}

std::string DateWindow::ToString() const { return absl::StrCat(from, "..", to); }

namespace {

// Widens [*first, *last] to include `date`; unknown dates change nothing.
void WidenDates(const std::string& date, std::string* first, std::string* last) {
  if (date.empty() || date == kUnknownDate) return;
  if (*first == kUnknownDate || date < *first) *first = date;
  if (*last == kUnknownDate || date > *last) *last = date;
}

// The snapshot of the documents whose date passes `keep`.
GraphSnapshot Cut(const KnowledgeGraph& kg, const std::function<bool(const std::string&)>& keep) {
  const Graph& g = kg.graph();
  GraphSnapshot snapshot;
  for (const DocumentInfo& d : kg.Documents()) snapshot.documents += keep(d.date);
  for (Vertex v : kg.SortedVertices()) {
    const Node& node = g[v];
    SnapshotNode n;
    n.id = node.id;
    n.name = node.name;
    n.type = node.type;
    for (const NodeDocument& d : node.documents) {
      if (!keep(d.date)) continue;
      n.mentions += d.mentions;
      ++n.documents;
      WidenDates(d.date, &n.first_date, &n.last_date);
    }
    if (n.documents > 0) snapshot.nodes.push_back(std::move(n));
  }
  for (EdgeRef e : kg.SortedEdges()) {
    const Edge& edge = g[e];
    SnapshotEdge s;
    s.source = g[boost::source(e, g)].id;
    s.target = g[boost::target(e, g)].id;
    s.code = edge.code;
    s.role = edge.role;
    std::map<std::string, int> lemmas;
    for (const Observation& o : edge.observations) {
      if (!keep(o.provenance.date)) continue;
      ++s.count;
      ++lemmas[o.predicate];
      WidenDates(o.provenance.date, &s.first_date, &s.last_date);
    }
    if (s.count == 0) continue;
    if (edge.code == kAffiliationCode && !edge.role.empty()) {
      s.predicate = edge.role;
    } else {
      int best = 0;
      for (const auto& [lemma, n] : lemmas) {  // alphabetical: the first of the most frequent wins
        if (n > best) {
          best = n;
          s.predicate = lemma;
        }
      }
    }
    snapshot.edges.push_back(std::move(s));
  }
  return snapshot;
}

}  // namespace

GraphSnapshot SnapshotOf(const KnowledgeGraph& graph) {
  return Cut(graph, [](const std::string&) { return true; });
}

GraphSnapshot SnapshotOf(const KnowledgeGraph& graph, const DateWindow& window) {
  GraphSnapshot snapshot = Cut(graph, [&window](const std::string& date) { return window.Contains(date); });
  snapshot.label = window.ToString();
  snapshot.window = window;
  return snapshot;
}

bool SortSnapshot(GraphSnapshot* snapshot, std::string* duplicate) {
  auto& nodes = snapshot->nodes;
  std::sort(nodes.begin(), nodes.end(), [](const SnapshotNode& a, const SnapshotNode& b) { return a.id < b.id; });
  auto key = [](const SnapshotEdge& e) { return std::tie(e.source, e.target, e.code, e.role); };
  auto& edges = snapshot->edges;
  std::sort(edges.begin(), edges.end(), [&key](const SnapshotEdge& a, const SnapshotEdge& b) { return key(a) < key(b); });
  for (size_t i = 1; i < nodes.size(); ++i) {
    if (nodes[i].id != nodes[i - 1].id) continue;
    if (duplicate != nullptr) *duplicate = absl::StrCat("two actors with the id \"", nodes[i].id, "\"");
    return false;
  }
  for (size_t i = 1; i < edges.size(); ++i) {
    if (key(edges[i]) != key(edges[i - 1])) continue;
    if (duplicate != nullptr) {
      *duplicate = absl::StrCat("two relations ", edges[i].source, " -[", edges[i].code,
                                edges[i].role.empty() ? "" : " ", edges[i].role, "]-> ", edges[i].target);
    }
    return false;
  }
  return true;
}

}  // namespace actorgraph::graph
