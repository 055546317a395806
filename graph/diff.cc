#include "graph/diff.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "model/strings.h"
#include "rapidjson/stringbuffer.h"
#include "rapidjson/writer.h"

namespace actorgraph::graph {

bool DateWindow::Contains(const std::string& date) const {
  if (date.empty() || date == kUnknownDate) return false;
  return (from.empty() || date >= from) && (to.empty() || date <= to);
}

std::string DateWindow::ToString() const { return absl::StrCat(from, "..", to); }

GraphDiff DiffWindows(const KnowledgeGraph& kg, const DateWindow& old_window, const DateWindow& new_window) {
  const Graph& g = kg.graph();
  GraphDiff diff;
  diff.old_window = old_window;
  diff.new_window = new_window;
  for (const DocumentInfo& d : kg.Documents()) {
    diff.old_documents += old_window.Contains(d.date);
    diff.new_documents += new_window.Contains(d.date);
  }
  for (Vertex v : kg.SortedVertices()) {
    NodeChange change{v};
    for (const NodeDocument& d : g[v].documents) {
      if (old_window.Contains(d.date)) change.old_mentions += d.mentions;
      if (new_window.Contains(d.date)) change.new_mentions += d.mentions;
    }
    if (change.old_mentions == 0 && change.new_mentions > 0) diff.added_nodes.push_back(change);
    if (change.old_mentions > 0 && change.new_mentions == 0) diff.removed_nodes.push_back(change);
    if (change.old_mentions > 0 && change.new_mentions > 0) diff.kept_nodes.push_back(change);
  }
  for (EdgeRef e : kg.SortedEdges()) {
    EdgeChange change{e};
    for (const Observation& o : g[e].observations) {
      change.old_count += old_window.Contains(o.provenance.date);
      change.new_count += new_window.Contains(o.provenance.date);
    }
    if (change.old_count == 0 && change.new_count > 0) {
      diff.added_edges.push_back(change);
    } else if (change.old_count > 0 && change.new_count == 0) {
      diff.removed_edges.push_back(change);
    } else if (change.old_count > 0 && change.old_count != change.new_count) {
      diff.changed_edges.push_back(change);
    } else if (change.old_count > 0) {
      ++diff.unchanged_edges;
    }
  }
  return diff;
}

namespace {

std::string EdgeLabel(const Graph& g, EdgeRef e) {
  std::string relation = RelationLabel(g[e]);
  return absl::StrCat(g[boost::source(e, g)].name, " -[", relation, "]-> ", g[boost::target(e, g)].name);
}

}  // namespace

std::string DiffText(const KnowledgeGraph& kg, const GraphDiff& diff) {
  const Graph& g = kg.graph();
  std::string out = absl::StrFormat("old %s (%d documents) -> new %s (%d documents)\n",
                                    diff.old_window.ToString(), diff.old_documents,
                                    diff.new_window.ToString(), diff.new_documents);
  absl::StrAppendFormat(&out, "\nactors: %d added, %d removed, %d in both\n", diff.added_nodes.size(),
                        diff.removed_nodes.size(), diff.kept_nodes.size());
  for (const NodeChange& c : diff.added_nodes) {
    absl::StrAppendFormat(&out, "  + %-12s %s  (%s, %d mentions)\n", ToAbsl(EntityTypeName(g[c.vertex].type)),
                          g[c.vertex].name, g[c.vertex].id, c.new_mentions);
  }
  for (const NodeChange& c : diff.removed_nodes) {
    absl::StrAppendFormat(&out, "  - %-12s %s  (%s, %d mentions)\n", ToAbsl(EntityTypeName(g[c.vertex].type)),
                          g[c.vertex].name, g[c.vertex].id, c.old_mentions);
  }
  absl::StrAppendFormat(&out, "\nrelations: %d added, %d removed, %d changed, %d unchanged\n",
                        diff.added_edges.size(), diff.removed_edges.size(), diff.changed_edges.size(),
                        diff.unchanged_edges);
  for (const EdgeChange& c : diff.added_edges) {
    absl::StrAppendFormat(&out, "  + %s  (%d×)\n", EdgeLabel(g, c.edge), c.new_count);
  }
  for (const EdgeChange& c : diff.removed_edges) {
    absl::StrAppendFormat(&out, "  - %s  (%d×)\n", EdgeLabel(g, c.edge), c.old_count);
  }
  for (const EdgeChange& c : diff.changed_edges) {
    absl::StrAppendFormat(&out, "  ~ %s  (%d× -> %d×)\n", EdgeLabel(g, c.edge), c.old_count, c.new_count);
  }
  return out;
}

std::string DiffJson(const KnowledgeGraph& kg, const GraphDiff& diff) {
  const Graph& g = kg.graph();
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  auto str = [&w](std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
  auto window = [&](const char* key, const DateWindow& win, int documents) {
    w.Key(key);
    w.StartObject();
    w.Key("from");
    win.from.empty() ? w.Null() : (str(win.from), true);
    w.Key("to");
    win.to.empty() ? w.Null() : (str(win.to), true);
    w.Key("documents");
    w.Int(documents);
    w.EndObject();
  };
  auto nodes = [&](const char* key, const std::vector<NodeChange>& changes) {
    w.Key(key);
    w.StartArray();
    for (const NodeChange& c : changes) {
      w.StartObject();
      w.Key("id");
      str(g[c.vertex].id);
      w.Key("name");
      str(g[c.vertex].name);
      w.Key("type");
      str(EntityTypeName(g[c.vertex].type));
      w.Key("old_mentions");
      w.Int(c.old_mentions);
      w.Key("new_mentions");
      w.Int(c.new_mentions);
      w.EndObject();
    }
    w.EndArray();
  };
  auto edges = [&](const char* key, const std::vector<EdgeChange>& changes) {
    w.Key(key);
    w.StartArray();
    for (const EdgeChange& c : changes) {
      const Edge& edge = g[c.edge];
      w.StartObject();
      w.Key("source");
      str(g[boost::source(c.edge, g)].id);
      w.Key("target");
      str(g[boost::target(c.edge, g)].id);
      w.Key("code");
      str(edge.code);
      w.Key("predicate");
      str(edge.predicate);
      w.Key("role");
      edge.role.empty() ? w.Null() : (str(edge.role), true);
      w.Key("old_count");
      w.Int(c.old_count);
      w.Key("new_count");
      w.Int(c.new_count);
      w.EndObject();
    }
    w.EndArray();
  };
  w.StartObject();
  window("old", diff.old_window, diff.old_documents);
  window("new", diff.new_window, diff.new_documents);
  nodes("added_actors", diff.added_nodes);
  nodes("removed_actors", diff.removed_nodes);
  edges("added_relations", diff.added_edges);
  edges("removed_relations", diff.removed_edges);
  edges("changed_relations", diff.changed_edges);
  w.Key("unchanged_relations");
  w.Int(diff.unchanged_edges);
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace actorgraph::graph
