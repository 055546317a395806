#include "graph/explain.h"

#include <algorithm>
#include <map>
#include <set>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "extract/tokenizer.h"
#include "model/strings.h"

namespace actorgraph::graph {
namespace {

std::vector<std::string> Words(std::string_view name) {
  return absl::StrSplit(NormalizeName(name), ' ', absl::SkipEmpty());
}

// Why `surface` (as written in one document) names the node whose names in
// that document are `names`.
std::string SurfaceReason(const std::string& surface, const std::vector<std::string>& names,
                          const extract::Lexicon* lexicon) {
  std::string folded = NormalizeName(surface);
  for (const std::string& name : names) {
    if (surface == name) return "the name";
    if (folded == NormalizeName(name)) return "the name, written otherwise";
  }
  std::vector<std::string> words = Words(surface);
  for (const std::string& name : names) {
    std::vector<std::string> full = Words(name);
    if (!words.empty() && words.size() < full.size() &&
        std::equal(words.rbegin(), words.rend(), full.rbegin())) {
      return words.size() == 1 ? absl::StrCat("surname of ", name) : absl::StrCat("partial name of ", name);
    }
  }
  if (lexicon != nullptr) {
    std::vector<extract::Token> tokens = extract::Tokenize(surface, lexicon);
    std::vector<std::string_view> texts;
    for (const auto& t : tokens) texts.push_back(t.text);
    extract::PhraseInfo info;
    if (!texts.empty() && lexicon->MatchPhrase(texts, &info) == static_cast<int>(texts.size())) {
      switch (info.kind) {
        case extract::PhraseKind::kDemonym:
          return absl::StrCat("demonym of ", info.canonical);
        case extract::PhraseKind::kCapital:
        case extract::PhraseKind::kMetonym:
          return "capital or seat of government standing for the state";
        default:
          return absl::StrCat("another name of ", info.canonical, " (lexicon)");
      }
    }
  }
  for (const std::string& name : names) {
    std::string initials;
    for (const std::string& w : Words(name)) {
      if (w != "of" && w != "for" && w != "the" && w != "and") initials.push_back(w[0]);
    }
    if (initials.size() >= 2 && folded == initials) return absl::StrCat("acronym of ", name);
  }
  return "joined within the article";
}

}  // namespace

std::string ExplainNode(const KnowledgeGraph& kg, Vertex v, const extract::Lexicon* lexicon) {
  const Graph& g = kg.graph();
  const Node& node = g[v];
  std::string out = absl::StrFormat("%s — %s, id %s\n", node.name, ToAbsl(EntityTypeName(node.type)), node.id);
  absl::StrAppendFormat(&out, "%d mentions in %d documents", node.mentions, node.documents.size());
  if (node.first_date != kUnknownDate) {
    absl::StrAppend(&out, ", ", node.first_date, node.last_date != node.first_date ? " to " + node.last_date : "");
  }
  out += "\n\nNames merged into this node, and why:\n";
  std::map<std::string, std::vector<std::string>> names_by_document;
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> documents_by_name;  // (name, rule)
  for (const KnowledgeGraph::MergedName& m : kg.MergedNames(v)) {
    documents_by_name[{m.name, m.rule}].push_back(m.document_id);
    names_by_document[m.document_id].push_back(m.name);
  }
  for (const auto& [name_rule, documents] : documents_by_name) {
    absl::StrAppendFormat(&out, "  %-28s %s\n  %-28s in %s\n", name_rule.first, name_rule.second, "",
                          absl::StrJoin(documents, ", "));
  }
  out += "\nHow each document named it:\n";
  for (const NodeDocument& d : node.documents) {
    absl::StrAppendFormat(&out, "  %s (%s), %d mentions:\n", d.document_id, d.date, d.mentions);
    for (const std::string& surface : d.surfaces) {
      absl::StrAppendFormat(&out, "    %-26s %s\n", surface,
                            SurfaceReason(surface, names_by_document[d.document_id], lexicon));
    }
  }
  // Relations, most observed first.
  std::vector<EdgeRef> edges;
  for (EdgeRef e : kg.SortedEdges()) {
    if (boost::source(e, g) == v || boost::target(e, g) == v) edges.push_back(e);
  }
  std::stable_sort(edges.begin(), edges.end(), [&](EdgeRef a, EdgeRef b) { return g[a].count > g[b].count; });
  absl::StrAppendFormat(&out, "\nRelations (%d):\n", edges.size());
  for (EdgeRef e : edges) {
    const Edge& edge = g[e];
    bool outgoing = boost::source(e, g) == v;
    const Node& other = g[outgoing ? boost::target(e, g) : boost::source(e, g)];
    std::string label = RelationLabel(edge);
    absl::StrAppendFormat(&out, "  %s %-30s %s %s  (%d×, %s)\n", outgoing ? "->" : "<-", label, other.name,
                          other.id, edge.count, absl::StrJoin(edge.documents, ", "));
    if (!edge.observations.empty()) {
      std::string evidence = edge.observations.front().provenance.evidence;
      std::replace(evidence.begin(), evidence.end(), '\n', ' ');
      absl::StrAppend(&out, "       \"", evidence, "\"\n");
    }
  }
  return out;
}

std::vector<EdgeRef> ShortestPath(const KnowledgeGraph& kg, Vertex from, Vertex to) {
  const Graph& g = kg.graph();
  if (from == to) return {};
  // Breadth-first over edges in both directions; neighbours in id order.
  std::vector<long> previous_edge(boost::num_vertices(g), -1);
  std::vector<bool> seen(boost::num_vertices(g), false);
  std::vector<EdgeRef> all_edges = kg.SortedEdges();
  std::vector<std::vector<size_t>> incident(boost::num_vertices(g));
  for (size_t i = 0; i < all_edges.size(); ++i) {
    incident[boost::source(all_edges[i], g)].push_back(i);
    incident[boost::target(all_edges[i], g)].push_back(i);
  }
  std::vector<Vertex> frontier = {from};
  seen[from] = true;
  while (!frontier.empty() && !seen[to]) {
    std::vector<Vertex> next;
    for (Vertex v : frontier) {
      std::vector<std::pair<std::string, size_t>> steps;
      for (size_t i : incident[v]) {
        Vertex w = boost::source(all_edges[i], g) == v ? boost::target(all_edges[i], g) : boost::source(all_edges[i], g);
        steps.push_back({g[w].id, i});
      }
      std::sort(steps.begin(), steps.end());
      for (const auto& [id, i] : steps) {
        Vertex w = boost::source(all_edges[i], g) == v ? boost::target(all_edges[i], g) : boost::source(all_edges[i], g);
        if (seen[w]) continue;
        seen[w] = true;
        previous_edge[w] = static_cast<long>(i);
        next.push_back(w);
      }
    }
    frontier = std::move(next);
  }
  if (!seen[to]) return {};
  std::vector<EdgeRef> path;
  for (Vertex v = to; v != from;) {
    EdgeRef e = all_edges[previous_edge[v]];
    path.push_back(e);
    v = boost::source(e, g) == v ? boost::target(e, g) : boost::source(e, g);
  }
  std::reverse(path.begin(), path.end());
  return path;
}

std::string DescribePath(const KnowledgeGraph& kg, Vertex from, Vertex to) {
  const Graph& g = kg.graph();
  std::vector<EdgeRef> path = ShortestPath(kg, from, to);
  if (path.empty()) {
    return absl::StrCat(g[from].name, " and ", g[to].name, " are not connected by any relation\n");
  }
  std::string out = absl::StrFormat("%s to %s: %d %s\n", g[from].name, g[to].name, path.size(),
                                    path.size() == 1 ? "hop" : "hops");
  Vertex at = from;
  for (EdgeRef e : path) {
    const Edge& edge = g[e];
    bool forward = boost::source(e, g) == at;
    Vertex next = forward ? boost::target(e, g) : boost::source(e, g);
    std::string label = RelationLabel(edge);
    absl::StrAppendFormat(&out, "  %s %s %s %s  (%d×, %s)\n", g[at].name, forward ? "-[" + label + "]->" : "<-[" + label + "]-",
                          g[next].name, g[next].id, edge.count, absl::StrJoin(edge.documents, ", "));
    if (!edge.observations.empty()) {
      std::string evidence = edge.observations.front().provenance.evidence;
      std::replace(evidence.begin(), evidence.end(), '\n', ' ');
      absl::StrAppend(&out, "      \"", evidence, "\"\n");
    }
    at = next;
  }
  return out;
}

}  // namespace actorgraph::graph
