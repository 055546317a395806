// The diff diagram: the actors and relations of either window, coloured by
// what happened to them between the old and the new window.
#include "export/diff_dot.h"

#include "absl/strings/str_cat.h"
#include "export/internal.h"

namespace actorgraph::exporter {

using internal::DotQuote;
using internal::DotShape;
using internal::Sv;
using internal::WriteAll;
namespace {

constexpr std::string_view kAdded = "#2e7d32";    // green
constexpr std::string_view kRemoved = "#c62828";  // red
constexpr std::string_view kChanged = "#ef6c00";  // orange
constexpr std::string_view kKept = "#9e9e9e";     // grey

}  // namespace

absl::Status WriteDiffDot(const graph::KnowledgeGraph& kg, const graph::GraphDiff& diff, std::ostream& out) {
  const graph::Graph& g = kg.graph();
  std::string text = "digraph actorgraph_diff {\n";
  absl::StrAppend(&text, "  graph [rankdir=LR, fontname=\"Helvetica\", overlap=false, splines=true, label=",
                  DotQuote(absl::StrCat("old ", diff.old_window.ToString(), " -> new ", diff.new_window.ToString())),
                  ", labelloc=t];\n");
  absl::StrAppend(&text, "  node [fontname=\"Helvetica\", fontsize=10, style=\"filled\", fillcolor=\"#ffffff\"];\n");
  absl::StrAppend(&text, "  edge [fontname=\"Helvetica\", fontsize=9];\n");
  auto node = [&](const graph::NodeChange& c, std::string_view color, std::string_view status) {
    const graph::Node& n = g[c.vertex];
    absl::StrAppend(&text, "  ", DotQuote(n.id), " [label=", DotQuote(n.name), ", shape=", Sv(DotShape(n.type)),
                    ", color=\"", Sv(color), "\", fontcolor=\"", Sv(color), "\", penwidth=2, tooltip=",
                    DotQuote(absl::StrCat(Sv(status), ": ", c.old_mentions, " -> ", c.new_mentions, " mentions")),
                    "];\n");
  };
  for (const auto& c : diff.added_nodes) node(c, kAdded, "added");
  for (const auto& c : diff.removed_nodes) node(c, kRemoved, "removed");
  for (const auto& c : diff.kept_nodes) node(c, kKept, "in both windows");
  auto edge = [&](const graph::EdgeChange& c, std::string_view color, std::string_view style) {
    const graph::Edge& e = g[c.edge];
    std::string label = e.code == kAffiliationCode ? (e.role.empty() ? std::string("affiliated") : e.role) : e.predicate;
    if (c.old_count != c.new_count && c.old_count > 0 && c.new_count > 0) {
      absl::StrAppend(&label, " ", c.old_count, "→", c.new_count);
    }
    absl::StrAppend(&text, "  ", DotQuote(g[boost::source(c.edge, g)].id), " -> ",
                    DotQuote(g[boost::target(c.edge, g)].id), " [label=", DotQuote(label), ", color=\"", Sv(color),
                    "\", fontcolor=\"", Sv(color), "\", style=", Sv(style), "];\n");
  };
  for (const auto& c : diff.added_edges) edge(c, kAdded, "solid");
  for (const auto& c : diff.removed_edges) edge(c, kRemoved, "dashed");
  for (const auto& c : diff.changed_edges) edge(c, kChanged, "bold");
  // Legend.
  absl::StrAppend(&text, "  subgraph cluster_legend {\n    label=\"Legend\"; fontsize=11; color=\"#c8c8c8\";\n");
  int i = 0;
  for (auto [name, color, style] : {std::tuple<std::string_view, std::string_view, std::string_view>{"added", kAdded, "solid"},
                                    {"removed", kRemoved, "dashed"},
                                    {"changed count", kChanged, "bold"},
                                    {"in both windows", kKept, "solid"}}) {
    absl::StrAppend(&text, "    \"legend:", i, "a\" [label=\"\", shape=point, color=\"", Sv(color), "\"];\n",
                    "    \"legend:", i, "b\" [label=\"\", shape=point, color=\"", Sv(color), "\"];\n",
                    "    \"legend:", i, "a\" -> \"legend:", i, "b\" [label=", DotQuote(name), ", color=\"", Sv(color),
                    "\", fontcolor=\"", Sv(color), "\", style=", Sv(style), "];\n");
    ++i;
  }
  absl::StrAppend(&text, "  }\n}\n");
  return WriteAll(out, text, "diff DOT");
}

}  // namespace actorgraph::exporter
