#include "graph/diff.h"

#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "model/strings.h"
#include "rapidjson/stringbuffer.h"
#include "rapidjson/writer.h"

namespace actorgraph::graph {

bool NodeChange::Changed() const {
  return old_name != name || old_mentions != new_mentions || old_documents != new_documents;
}

namespace {

using EdgeKey = std::tuple<std::string, std::string, std::string, std::string>;  // source, target, code, role
using Pair = std::pair<std::string, std::string>;                                 // source, target

template <typename T>
using OldAndNew = std::pair<const T*, const T*>;

std::vector<std::string> Roles(const std::vector<RoleCount>& roles) {
  std::vector<std::string> out;
  for (const RoleCount& r : roles) out.push_back(r.role);
  return out;
}

}  // namespace

GraphDiff DiffSnapshots(const GraphSnapshot& old_snapshot, const GraphSnapshot& new_snapshot) {
  GraphDiff diff;
  diff.old_label = old_snapshot.label;
  diff.new_label = new_snapshot.label;
  diff.old_window = old_snapshot.window;
  diff.new_window = new_snapshot.window;
  diff.old_documents = old_snapshot.documents;
  diff.new_documents = new_snapshot.documents;

  std::map<std::string, OldAndNew<SnapshotNode>> nodes;
  for (const SnapshotNode& n : old_snapshot.nodes) nodes[n.id].first = &n;
  for (const SnapshotNode& n : new_snapshot.nodes) nodes[n.id].second = &n;
  for (const auto& [id, sides] : nodes) {
    const auto& [before, after] = sides;
    NodeChange change;
    change.id = id;
    const SnapshotNode& shown = after != nullptr ? *after : *before;
    change.name = shown.name;
    change.type = shown.type;
    if (before != nullptr) {
      change.old_name = before->name;
      change.old_mentions = before->mentions;
      change.old_documents = before->documents;
    }
    if (after != nullptr) {
      change.new_mentions = after->mentions;
      change.new_documents = after->documents;
    }
    if (before == nullptr) {
      diff.added_nodes.push_back(std::move(change));
    } else if (after == nullptr) {
      diff.removed_nodes.push_back(std::move(change));
    } else {
      diff.kept_nodes.push_back(std::move(change));
    }
  }
  auto name_of = [&nodes](const std::string& id) -> const std::string& {
    auto it = nodes.find(id);
    if (it == nodes.end()) return id;  // an edge whose node is missing: show the id
    return it->second.second != nullptr ? it->second.second->name : it->second.first->name;
  };

  // Affiliated pairs whose roles differ are reported as a whole.
  std::map<Pair, std::pair<std::vector<RoleCount>, std::vector<RoleCount>>> affiliations;
  for (const SnapshotEdge& e : old_snapshot.edges) {
    if (e.code == kAffiliationCode) affiliations[{e.source, e.target}].first.push_back({e.role, e.count});
  }
  for (const SnapshotEdge& e : new_snapshot.edges) {
    if (e.code == kAffiliationCode) affiliations[{e.source, e.target}].second.push_back({e.role, e.count});
  }
  std::set<Pair> role_changed;
  for (auto& [pair, roles] : affiliations) {
    auto& [before, after] = roles;
    if (before.empty() || after.empty() || Roles(before) == Roles(after)) continue;
    role_changed.insert(pair);
    diff.role_changes.push_back(
        {pair.first, pair.second, name_of(pair.first), name_of(pair.second), std::move(before), std::move(after)});
  }

  std::map<EdgeKey, OldAndNew<SnapshotEdge>> edges;
  for (const SnapshotEdge& e : old_snapshot.edges) edges[{e.source, e.target, e.code, e.role}].first = &e;
  for (const SnapshotEdge& e : new_snapshot.edges) edges[{e.source, e.target, e.code, e.role}].second = &e;
  for (const auto& [key, sides] : edges) {
    const auto& [before, after] = sides;
    const auto& [source, target, code, role] = key;
    if (code == kAffiliationCode && role_changed.contains({source, target})) continue;
    EdgeChange change;
    change.source = source;
    change.target = target;
    change.source_name = name_of(source);
    change.target_name = name_of(target);
    change.code = code;
    change.role = role;
    change.predicate = after != nullptr ? after->predicate : before->predicate;
    if (before != nullptr) {
      change.old_count = before->count;
      change.old_weight = before->weight;
    }
    if (after != nullptr) {
      change.new_count = after->count;
      change.new_weight = after->weight;
    }
    if (before == nullptr) {
      diff.added_edges.push_back(std::move(change));
    } else if (after == nullptr) {
      diff.removed_edges.push_back(std::move(change));
    } else if (change.old_count != change.new_count ||
               (change.old_weight && change.new_weight && *change.old_weight != *change.new_weight)) {
      diff.changed_edges.push_back(std::move(change));
    } else {
      ++diff.unchanged_edges;
    }
  }
  return diff;
}

GraphDiff DiffWindows(const KnowledgeGraph& graph, const DateWindow& old_window, const DateWindow& new_window) {
  return DiffSnapshots(SnapshotOf(graph, old_window), SnapshotOf(graph, new_window));
}

namespace {

std::string Documents(int documents) {
  return documents < 0 ? std::string("documents unknown") : absl::StrCat(documents, " documents");
}

std::string EdgeLabel(const EdgeChange& c) {
  Edge edge;
  edge.code = c.code;
  edge.role = c.role;
  edge.predicate = c.predicate;
  return absl::StrCat(c.source_name, " -[", RelationLabel(edge), "]-> ", c.target_name);
}

// "foreign minister (2×), (no role) (1×)".
std::string RoleList(const std::vector<RoleCount>& roles) {
  return absl::StrJoin(roles, ", ", [](std::string* out, const RoleCount& r) {
    absl::StrAppend(out, r.role.empty() ? "(no role)" : r.role, " (", r.count, "×)");
  });
}

// A weight worth showing: known on both sides, different, and not merely the count.
bool WeightTellsMore(const EdgeChange& c) {
  return c.old_weight && c.new_weight && *c.old_weight != *c.new_weight &&
         (*c.old_weight != c.old_count || *c.new_weight != c.new_count);
}

}  // namespace

std::string DiffText(const GraphDiff& diff) {
  std::string out = absl::StrFormat("old %s (%s) -> new %s (%s)\n", diff.old_label, Documents(diff.old_documents),
                                    diff.new_label, Documents(diff.new_documents));
  int changed_nodes = 0;
  for (const NodeChange& c : diff.kept_nodes) changed_nodes += c.Changed();
  absl::StrAppendFormat(&out, "\nactors: %d added, %d removed, %d in both (%d changed)\n", diff.added_nodes.size(),
                        diff.removed_nodes.size(), diff.kept_nodes.size(), changed_nodes);
  for (const NodeChange& c : diff.added_nodes) {
    absl::StrAppendFormat(&out, "  + %-12s %s  (%s, %d mentions)\n", ToAbsl(EntityTypeName(c.type)), c.name, c.id,
                          c.new_mentions);
  }
  for (const NodeChange& c : diff.removed_nodes) {
    absl::StrAppendFormat(&out, "  - %-12s %s  (%s, %d mentions)\n", ToAbsl(EntityTypeName(c.type)), c.name, c.id,
                          c.old_mentions);
  }
  for (const NodeChange& c : diff.kept_nodes) {
    if (!c.Changed()) continue;
    std::string renamed = c.old_name != c.name ? absl::StrCat("was ", c.old_name, ", ") : "";
    absl::StrAppendFormat(&out, "  ~ %-12s %s  (%s, %s%d -> %d mentions, %d -> %d documents)\n",
                          ToAbsl(EntityTypeName(c.type)), c.name, c.id, renamed, c.old_mentions, c.new_mentions,
                          c.old_documents, c.new_documents);
  }
  absl::StrAppendFormat(&out, "\nrelations: %d added, %d removed, %d changed, %d role changes, %d unchanged\n",
                        diff.added_edges.size(), diff.removed_edges.size(), diff.changed_edges.size(),
                        diff.role_changes.size(), diff.unchanged_edges);
  for (const EdgeChange& c : diff.added_edges) {
    absl::StrAppendFormat(&out, "  + %s  (%d×)\n", EdgeLabel(c), c.new_count);
  }
  for (const EdgeChange& c : diff.removed_edges) {
    absl::StrAppendFormat(&out, "  - %s  (%d×)\n", EdgeLabel(c), c.old_count);
  }
  for (const EdgeChange& c : diff.changed_edges) {
    std::string counts = c.old_count == c.new_count ? absl::StrCat(c.new_count, "×")
                                                    : absl::StrCat(c.old_count, "× -> ", c.new_count, "×");
    if (WeightTellsMore(c)) absl::StrAppendFormat(&counts, ", weight %g -> %g", *c.old_weight, *c.new_weight);
    absl::StrAppendFormat(&out, "  ~ %s  (%s)\n", EdgeLabel(c), counts);
  }
  for (const RoleChange& c : diff.role_changes) {
    const bool plural = c.old_roles.size() > 1 || c.new_roles.size() > 1;
    absl::StrAppendFormat(&out, "  ~ %s AFF %s: %s %s -> %s\n", c.source_name, c.target_name,
                          plural ? "roles" : "role", RoleList(c.old_roles), RoleList(c.new_roles));
  }
  return out;
}

std::string DiffJson(const GraphDiff& diff) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  auto str = [&w](std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
  auto str_or_null = [&](std::string_view s) { s.empty() ? w.Null() : (str(s), true); };
  auto number_or_null = [&](const std::optional<double>& x) { x && std::isfinite(*x) ? w.Double(*x) : w.Null(); };
  auto side = [&](const char* key, const std::string& label, const std::optional<DateWindow>& window,
                  int documents) {
    w.Key(key);
    w.StartObject();
    if (window) {
      w.Key("from");
      str_or_null(window->from);
      w.Key("to");
      str_or_null(window->to);
    } else {
      w.Key("file");
      str(label);
    }
    w.Key("documents");
    documents < 0 ? w.Null() : w.Int(documents);
    w.EndObject();
  };
  auto nodes = [&](const char* key, const std::vector<NodeChange>& changes, bool changed_only) {
    w.Key(key);
    w.StartArray();
    for (const NodeChange& c : changes) {
      if (changed_only && !c.Changed()) continue;
      w.StartObject();
      w.Key("id");
      str(c.id);
      w.Key("name");
      str(c.name);
      if (changed_only) {
        w.Key("old_name");
        str(c.old_name);
      }
      w.Key("type");
      str(EntityTypeName(c.type));
      w.Key("old_mentions");
      w.Int(c.old_mentions);
      w.Key("new_mentions");
      w.Int(c.new_mentions);
      w.Key("old_documents");
      w.Int(c.old_documents);
      w.Key("new_documents");
      w.Int(c.new_documents);
      w.EndObject();
    }
    w.EndArray();
  };
  auto edges = [&](const char* key, const std::vector<EdgeChange>& changes) {
    w.Key(key);
    w.StartArray();
    for (const EdgeChange& c : changes) {
      w.StartObject();
      w.Key("source");
      str(c.source);
      w.Key("target");
      str(c.target);
      w.Key("code");
      str(c.code);
      w.Key("predicate");
      str(c.predicate);
      w.Key("role");
      str_or_null(c.role);
      w.Key("old_count");
      w.Int(c.old_count);
      w.Key("new_count");
      w.Int(c.new_count);
      w.Key("old_weight");
      number_or_null(c.old_weight);
      w.Key("new_weight");
      number_or_null(c.new_weight);
      w.EndObject();
    }
    w.EndArray();
  };
  auto roles = [&](const char* key, const std::vector<RoleCount>& list) {
    w.Key(key);
    w.StartArray();
    for (const RoleCount& r : list) {
      w.StartObject();
      w.Key("role");
      str_or_null(r.role);
      w.Key("count");
      w.Int(r.count);
      w.EndObject();
    }
    w.EndArray();
  };
  w.StartObject();
  side("old", diff.old_label, diff.old_window, diff.old_documents);
  side("new", diff.new_label, diff.new_window, diff.new_documents);
  nodes("added_actors", diff.added_nodes, false);
  nodes("removed_actors", diff.removed_nodes, false);
  nodes("changed_actors", diff.kept_nodes, true);
  edges("added_relations", diff.added_edges);
  edges("removed_relations", diff.removed_edges);
  edges("changed_relations", diff.changed_edges);
  w.Key("changed_roles");
  w.StartArray();
  for (const RoleChange& c : diff.role_changes) {
    w.StartObject();
    w.Key("source");
    str(c.source);
    w.Key("target");
    str(c.target);
    roles("old_roles", c.old_roles);
    roles("new_roles", c.new_roles);
    w.EndObject();
  }
  w.EndArray();
  w.Key("unchanged_relations");
  w.Int(diff.unchanged_edges);
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace actorgraph::graph
