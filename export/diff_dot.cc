// The diff diagram: the actors and relations of either side, coloured by
// what happened to them between the old and the new graph.
#include "export/diff_dot.h"

#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
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
constexpr std::string_view kRoles = "#6a1b9a";   // purple
constexpr std::string_view kKept = "#9e9e9e";     // grey

}  // namespace

absl::Status WriteDiffDot(const graph::GraphDiff& diff, std::ostream& out) {
  std::string text = "digraph actorgraph_diff {\n";
  absl::StrAppend(&text, "  graph [rankdir=LR, fontname=\"Helvetica\", overlap=false, splines=true, label=",
                  DotQuote(absl::StrCat("old ", diff.old_label, " -> new ", diff.new_label)), ", labelloc=t];\n");
  absl::StrAppend(&text, "  node [fontname=\"Helvetica\", fontsize=10, style=\"filled\", fillcolor=\"#ffffff\"];\n");
  absl::StrAppend(&text, "  edge [fontname=\"Helvetica\", fontsize=9];\n");
  auto node = [&](const graph::NodeChange& c, std::string_view color, std::string_view status) {
    absl::StrAppend(&text, "  ", DotQuote(c.id), " [label=", DotQuote(c.name), ", shape=", Sv(DotShape(c.type)),
                    ", color=\"", Sv(color), "\", fontcolor=\"", Sv(color), "\", penwidth=2, tooltip=",
                    DotQuote(absl::StrCat(Sv(status), ": ", c.old_mentions, " -> ", c.new_mentions, " mentions")),
                    "];\n");
  };
  for (const auto& c : diff.added_nodes) node(c, kAdded, "added");
  for (const auto& c : diff.removed_nodes) node(c, kRemoved, "removed");
  for (const auto& c : diff.kept_nodes) node(c, kKept, "in both");
  auto arrow = [&](const std::string& source, const std::string& target, const std::string& label,
                   std::string_view color, std::string_view style) {
    absl::StrAppend(&text, "  ", DotQuote(source), " -> ", DotQuote(target), " [label=", DotQuote(label),
                    ", color=\"", Sv(color), "\", fontcolor=\"", Sv(color), "\", style=", Sv(style), "];\n");
  };
  auto edge = [&](const graph::EdgeChange& c, std::string_view color, std::string_view style) {
    std::string label = c.code == kAffiliationCode ? (c.role.empty() ? std::string("affiliated") : c.role) : c.predicate;
    if (c.old_count != c.new_count && c.old_count > 0 && c.new_count > 0) {
      absl::StrAppend(&label, " ", c.old_count, "→", c.new_count);
    }
    arrow(c.source, c.target, label, color, style);
  };
  for (const auto& c : diff.added_edges) edge(c, kAdded, "solid");
  for (const auto& c : diff.removed_edges) edge(c, kRemoved, "dashed");
  for (const auto& c : diff.changed_edges) edge(c, kChanged, "bold");
  // "foreign minister → prime minister": one arrow per affiliated pair.
  auto roles = [](const std::vector<graph::RoleCount>& list) {
    return absl::StrJoin(list, ", ", [](std::string* out, const graph::RoleCount& r) {
      absl::StrAppend(out, r.role.empty() ? "affiliated" : r.role);
    });
  };
  for (const auto& c : diff.role_changes) {
    arrow(c.source, c.target, absl::StrCat(roles(c.old_roles), " → ", roles(c.new_roles)), kRoles, "bold");
  }
  // Legend.
  absl::StrAppend(&text, "  subgraph cluster_legend {\n    label=\"Legend\"; fontsize=11; color=\"#c8c8c8\";\n");
  int i = 0;
  for (auto [name, color, style] : {std::tuple<std::string_view, std::string_view, std::string_view>{"added", kAdded, "solid"},
                                    {"removed", kRemoved, "dashed"},
                                    {"changed count", kChanged, "bold"},
                                    {"changed roles", kRoles, "bold"},
                                    {"in both", kKept, "solid"}}) {
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
