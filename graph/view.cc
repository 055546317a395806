#include "graph/view.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "model/strings.h"

namespace actorgraph::graph {
namespace {

// Levenshtein distance between two byte strings.
size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string NameAndId(const Node& node) { return absl::StrCat(node.name, " (", node.id, ")"); }

}  // namespace

std::vector<Vertex> Neighbourhood(const KnowledgeGraph& graph, Vertex focus, int depth) {
  std::vector<int> distance = graph.Distances(focus);
  std::vector<Vertex> kept;
  for (Vertex v = 0; v < distance.size(); ++v) {
    if (distance[v] >= 0 && distance[v] <= depth) kept.push_back(v);
  }
  return kept;
}

std::vector<Vertex> RankActors(const KnowledgeGraph& graph) {
  const Graph& g = graph.graph();
  std::vector<int> degrees = graph.Degrees();
  std::vector<double> betweenness = graph.Betweenness();
  // Betweenness sums fractions: values equal on paper may differ in the last
  // bits, so they are compared in millionths.
  auto key = [&](Vertex v) {
    return std::tuple<int, long long, int, const std::string&>(-degrees[v], -std::llround(betweenness[v] * 1e6),
                                                               -g[v].mentions, g[v].id);
  };
  std::vector<Vertex> ranked = graph.SortedVertices();
  std::sort(ranked.begin(), ranked.end(), [&](Vertex a, Vertex b) { return key(a) < key(b); });
  return ranked;
}

std::vector<std::string> CloseNames(const KnowledgeGraph& graph, std::string_view name, int limit) {
  const Graph& g = graph.graph();
  std::string query = NormalizeName(name);
  if (query.empty()) return {};
  const size_t allowed = std::max<size_t>(1, query.size() / 3);
  const bool one_word = query.find(' ') == std::string::npos;
  std::vector<std::tuple<size_t, int, std::string, Vertex>> close;  // (distance, -mentions, id, vertex)
  for (Vertex v : graph.SortedVertices()) {
    size_t best = allowed + 1;
    for (const std::string& n : g[v].names) {
      std::string normalized = NormalizeName(n);
      best = std::min(best, EditDistance(query, normalized));
      if (one_word) {
        for (absl::string_view word : absl::StrSplit(normalized, ' ', absl::SkipEmpty())) {
          best = std::min(best, EditDistance(query, ToStd(word)));
          // The start of a longer word ("Brekke" for Brekkeland) is close too.
          if (word.size() > query.size() && ToStd(word).substr(0, query.size()) == query) {
            best = std::min(best, allowed);
          }
        }
      }
    }
    if (best <= allowed) close.emplace_back(best, -g[v].mentions, g[v].id, v);
  }
  std::sort(close.begin(), close.end());
  std::vector<std::string> out;
  for (const auto& c : close) {
    if (static_cast<int>(out.size()) == limit) break;
    out.push_back(NameAndId(g[std::get<3>(c)]));
  }
  return out;
}

absl::StatusOr<View> MakeView(const KnowledgeGraph& graph, const ViewOptions& options) {
  if (options.depth < 0) return absl::InvalidArgumentError("the depth must be 0 or more");
  if (options.top < 0) return absl::InvalidArgumentError("the number of actors to keep must be 1 or more");
  View view;
  std::vector<std::string> parts;
  std::vector<Vertex> kept;
  std::string focus_id;
  if (!options.focus.empty()) {
    std::vector<Vertex> found = graph.FindNodes(options.focus);
    if (found.empty()) {
      std::string message = absl::StrCat("no actor named \"", options.focus, "\" in the input");
      std::vector<std::string> close = CloseNames(graph, options.focus);
      if (!close.empty()) absl::StrAppend(&message, "; the closest names: ", absl::StrJoin(close, ", "));
      return absl::NotFoundError(message);
    }
    const Node& focus = graph.graph()[found.front()];
    focus_id = focus.id;
    if (found.size() > 1) {
      std::vector<std::string> others;
      for (size_t i = 1; i < found.size() && i <= 5; ++i) others.push_back(NameAndId(graph.graph()[found[i]]));
      if (found.size() > 6) others.push_back(absl::StrCat(found.size() - 6, " more"));
      view.note = absl::StrCat("\"", options.focus, "\" names ", found.size(), " actors; the focus is ",
                               NameAndId(focus), "; the others: ", absl::StrJoin(others, ", "),
                               " (give a fuller name to choose another)");
    }
    parts.push_back(absl::StrCat("focus: ", focus.name, ", depth ", options.depth));
    kept = Neighbourhood(graph, found.front(), options.depth);
  } else {
    kept = graph.SortedVertices();
  }
  view.graph = graph.Induced(kept);
  if (options.top > 0) {
    parts.push_back(absl::StrCat("top ", options.top));
    // Ranked within what is kept so far; the focus first, whatever its rank.
    std::vector<Vertex> ranked = RankActors(view.graph);
    std::stable_partition(ranked.begin(), ranked.end(),
                          [&](Vertex v) { return view.graph.graph()[v].id == focus_id; });
    if (ranked.size() > static_cast<size_t>(options.top)) ranked.resize(options.top);
    view.graph = view.graph.Induced(ranked);
  }
  absl::StrAppend(&view.description, absl::StrJoin(parts, ", "), parts.empty() ? "" : ": ",
                  view.graph.num_nodes(), " of ", graph.num_nodes(), " actors, ", view.graph.num_edges(), " of ",
                  graph.num_edges(), " relations");
  return view;
}

}  // namespace actorgraph::graph
