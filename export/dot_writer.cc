// Graphviz DOT writer.
//
// SECURITY: every value that can come from an article (names, predicates,
// roles, the title) is written only through DotQuote() as a label, and only
// into attributes from the fixed lists below. No HTML-like label, and no
// attribute that makes Graphviz open a file (image, shapefile, fontpath,
// imagepath, stylesheet...), is ever emitted. Tooltips carry only our own
// words, codes, numbers and validated dates, because Graphviz expands
// "\N"-style sequences in tooltips even after backslash escaping.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "export/internal.h"
#include "export/writer.h"
#include "model/model.h"

namespace actorgraph::exporter::internal {
namespace {

struct NodeStyle {
  EntityType type;
  std::string_view legend;  // legend label
  std::string_view shape;
  std::string_view fill_color;
  std::string_view line_color;
};

constexpr NodeStyle kNodeStyles[] = {
    {EntityType::kPerson, "Person", "ellipse", "#dbe9f8", "#4a78a8"},
    {EntityType::kOrganization, "Organization", "box", "#dcefd5", "#4f8a3c"},
    {EntityType::kLocation, "Location", "hexagon", "#fff1c2", "#a8861a"},
    {EntityType::kEvent, "Event", "octagon", "#f1dcee", "#93548a"},
};

struct EdgeStyle {
  int quad_class;
  std::string_view legend;
  std::string_view color;
  std::string_view font_color;
  bool dashed;
};

// Indexed by GDELT QuadClass; 0 is AFF/PART (and unknown codes).
constexpr EdgeStyle kEdgeStyles[] = {
    {0, "affiliation / participation", "#8c8c8c", "#666666", true},
    {1, "verbal cooperation", "#3c9a5f", "#2b7146", false},
    {2, "material cooperation", "#3a6fb0", "#2a5287", false},
    {3, "verbal conflict", "#e08a1e", "#a86312", false},
    {4, "material conflict", "#c62828", "#9a1c1c", false},
};

const NodeStyle& StyleOf(EntityType type) {
  for (const NodeStyle& style : kNodeStyles) {
    if (style.type == type) return style;
  }
  return kNodeStyles[0];
}

}  // namespace

std::string_view DotShape(EntityType type) { return StyleOf(type).shape; }

namespace {

const EdgeStyle& StyleOfQuadClass(int quad_class) {
  if (quad_class < 0 || quad_class > 4) return kEdgeStyles[0];
  return kEdgeStyles[quad_class];
}

std::string Number(double value) { return absl::StrFormat("%.2f", value); }

// Grows by 2pt per doubling of mentions, from 10pt up to 18pt.
double FontSizeFor(int mentions) {
  const double growth = 2.0 * std::log2(1.0 + std::max(0, mentions));
  return 10.0 + std::min(8.0, std::floor(growth * 2.0) / 2.0);
}

std::string EdgeLabel(const graph::Edge& edge) {
  std::string label;
  if (edge.code == kAffiliationCode) {
    label = edge.role.empty() ? "affiliated with" : edge.role;
  } else if (edge.code == kParticipationCode) {
    label = edge.predicate.empty() ? "participates in" : edge.predicate;
  } else {
    label = edge.predicate.empty() ? std::string(RelationCodeName(edge.code)) : edge.predicate;
  }
  if (edge.count > 1) absl::StrAppend(&label, " \xC3\x97", edge.count);  // U+00D7
  return label;
}

std::string DateRange(std::string_view first, std::string_view last) {
  if (!IsIsoDate(first) || !IsIsoDate(last)) return "";
  if (first == last) return absl::StrCat(", ", Sv(first));
  return absl::StrCat(", ", Sv(first), " to ", Sv(last));
}

std::string EdgeTooltip(const graph::Edge& edge) {
  std::string code = "relation";
  if (IsCameoRootCode(edge.code)) {
    code = absl::StrCat("CAMEO ", edge.code, " ", Sv(RelationCodeName(edge.code)));
  } else if (edge.code == kAffiliationCode || edge.code == kParticipationCode) {
    code = std::string(RelationCodeName(edge.code));
  }
  return absl::StrCat(code, ": ", edge.count, edge.count == 1 ? " observation" : " observations",
                      " in ", edge.documents.size(),
                      edge.documents.size() == 1 ? " document" : " documents",
                      DateRange(edge.first_date, edge.last_date));
}

std::string NodeTooltip(const graph::Node& node) {
  return absl::StrCat(Sv(EntityTypeName(node.type)), ": ", node.mentions,
                      node.mentions == 1 ? " mention" : " mentions", " in ", node.documents.size(),
                      node.documents.size() == 1 ? " document" : " documents",
                      DateRange(node.first_date, node.last_date));
}

// Nodes per row in the cluster of actors without relations.
constexpr size_t kUnlinkedRowLength = 6;

void AppendNode(std::string& out, std::string_view indent, const graph::Node& node) {
  const NodeStyle& style = StyleOf(node.type);
  const double font_size = FontSizeFor(node.mentions);
  const double pen_width = 1.0 + (font_size - 10.0) / 8.0;
  absl::StrAppend(&out, Sv(indent), DotQuote(node.id),
                  " [label=", DotQuote(node.name.empty() ? node.id : node.name),
                  ", shape=", Sv(style.shape), ", fillcolor=", DotQuote(style.fill_color),
                  ", color=", DotQuote(style.line_color), ", fontsize=", Number(font_size),
                  ", penwidth=", Number(pen_width), ", tooltip=", DotQuote(NodeTooltip(node)),
                  "];\n");
}

void AppendUnlinked(std::string& out, const graph::Graph& g,
                    const std::vector<graph::Vertex>& unlinked) {
  absl::StrAppend(&out,
                  "  subgraph cluster_unlinked {\n"
                  "    label=\"Mentioned without relations\";\n"
                  "    style=\"rounded,dashed\";\n"
                  "    color=\"#c8c8c8\";\n"
                  "    fontsize=11;\n");
  for (graph::Vertex v : unlinked) AppendNode(out, "    ", g[v]);
  // Invisible chains: with rankdir=LR each chain is drawn as one row.
  for (size_t row = 0; row * kUnlinkedRowLength < unlinked.size(); ++row) {
    const size_t end = std::min(unlinked.size(), (row + 1) * kUnlinkedRowLength);
    if (end - row * kUnlinkedRowLength < 2) break;
    absl::StrAppend(&out, "   ");
    for (size_t i = row * kUnlinkedRowLength; i < end; ++i) {
      absl::StrAppend(&out, i == row * kUnlinkedRowLength ? " " : " -> ",
                      DotQuote(g[unlinked[i]].id));
    }
    absl::StrAppend(&out, " [style=invis];\n");
  }
  absl::StrAppend(&out, "  }\n");
}

// The legend's node ids start with "legend:", which no graph node id can
// (those start with an entity type).
void AppendLegend(std::string& out) {
  absl::StrAppend(&out,
                  "  subgraph cluster_legend {\n"
                  "    label=\"Legend\";\n"
                  "    style=\"rounded,filled\";\n"
                  "    fillcolor=\"#fafafa\";\n"
                  "    color=\"#c8c8c8\";\n"
                  "    fontsize=11;\n");
  for (const NodeStyle& style : kNodeStyles) {
    absl::StrAppend(
        &out, "    ", DotQuote(absl::StrCat("legend:", Sv(EntityTypeName(style.type)))),
        " [label=", DotQuote(style.legend), ", shape=", Sv(style.shape),
        ", fillcolor=", DotQuote(style.fill_color), ", color=", DotQuote(style.line_color),
        ", tooltip=", DotQuote(absl::StrCat("Node type ", Sv(EntityTypeName(style.type)))), "];\n");
  }
  // An invisible chain lays the type samples out in a row above the edges.
  absl::StrAppend(&out, "   ");
  for (const NodeStyle& style : kNodeStyles) {
    absl::StrAppend(&out, style.type == kNodeStyles[0].type ? " " : " -> ",
                    DotQuote(absl::StrCat("legend:", Sv(EntityTypeName(style.type)))));
  }
  absl::StrAppend(&out, " [style=invis];\n");
  for (const EdgeStyle& style : kEdgeStyles) {
    const std::string from = DotQuote(absl::StrCat("legend:q", style.quad_class, "a"));
    const std::string to = DotQuote(absl::StrCat("legend:q", style.quad_class, "b"));
    absl::StrAppend(&out, "    ", from,
                    " [label=\"\", shape=point, width=0.05, color=", DotQuote(style.color), "];\n");
    absl::StrAppend(&out, "    ", to,
                    " [label=\"\", shape=point, width=0.05, color=", DotQuote(style.color), "];\n");
    const std::string tooltip = style.quad_class == 0 ? "AFF and PART relations"
                                                      : absl::StrCat("QuadClass ", style.quad_class,
                                                                     ": ", Sv(style.legend));
    absl::StrAppend(&out, "    ", from, " -> ", to, " [label=", DotQuote(style.legend),
                    ", color=", DotQuote(style.color), ", fontcolor=", DotQuote(style.font_color),
                    style.dashed ? ", style=dashed" : "", ", tooltip=", DotQuote(tooltip), "];\n");
  }
  absl::StrAppend(&out, "  }\n");
}

class DotWriter : public GraphWriter {
 public:
  explicit DotWriter(const WriterOptions& options) : options_(options) {}

  std::string_view format() const override { return "dot"; }
  std::string_view extension() const override { return "dot"; }
  std::string_view file_name() const override { return "graph.dot"; }

  absl::Status Write(const graph::KnowledgeGraph& graph, std::ostream& out) const override {
    const graph::Graph& g = graph.graph();
    std::string text = "digraph actorgraph {\n";
    absl::StrAppend(&text,
                    "  graph [rankdir=LR, fontname=\"Helvetica\", overlap=false, splines=true, "
                    "nodesep=0.35, ranksep=0.9, pad=0.3");
    if (!options_.title.empty()) {
      absl::StrAppend(&text, ", label=", DotQuote(options_.title), ", labelloc=t, fontsize=16");
    }
    absl::StrAppend(&text, "];\n");
    absl::StrAppend(&text,
                    "  node [fontname=\"Helvetica\", fontsize=10, style=filled, penwidth=1.2];\n"
                    "  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.7, penwidth=1.2];\n");
    AppendLegend(text);

    // Actors without any relation go into their own cluster, laid out in rows,
    // instead of one long column beside the diagram.
    const std::vector<int> degrees = graph.Degrees();
    std::vector<graph::Vertex> unlinked;
    std::vector<graph::Vertex> by_type[4];  // with type clusters: PERSON, ORGANIZATION, LOCATION, EVENT
    for (graph::Vertex v : graph.SortedVertices()) {
      if (degrees[v] == 0) {
        unlinked.push_back(v);
      } else if (options_.type_clusters) {
        by_type[static_cast<int>(g[v].type) % 4].push_back(v);
      } else {
        AppendNode(text, "  ", g[v]);
      }
    }
    if (options_.type_clusters) {
      static constexpr std::pair<EntityType, const char*> kBoxes[] = {
          {EntityType::kPerson, "People"},
          {EntityType::kOrganization, "Organisations"},
          {EntityType::kLocation, "Places"},
          {EntityType::kEvent, "Events"}};
      for (const auto& [type, title] : kBoxes) {
        const std::vector<graph::Vertex>& members = by_type[static_cast<int>(type) % 4];
        if (members.empty()) continue;
        absl::StrAppend(&text, "  subgraph cluster_type_", absl::AsciiStrToLower(title), " {\n",
                        "    label=", DotQuote(title), "; style=\"rounded,dashed\"; color=\"#bbbbbb\"; "
                        "fontsize=11;\n");
        for (graph::Vertex v : members) AppendNode(text, "    ", g[v]);
        absl::StrAppend(&text, "  }\n");
      }
    }
    if (!unlinked.empty()) AppendUnlinked(text, g, unlinked);

    for (graph::EdgeRef e : graph.SortedEdges()) {
      const graph::Edge& edge = g[e];
      const EdgeStyle& style = StyleOfQuadClass(edge.quad_class);
      const double pen_width = 1.2 + 0.4 * std::min(std::max(edge.count - 1, 0), 6);
      absl::StrAppend(&text, "  ", DotQuote(g[boost::source(e, g)].id), " -> ",
                      DotQuote(g[boost::target(e, g)].id), " [label=", DotQuote(EdgeLabel(edge)),
                      ", color=", DotQuote(style.color), ", fontcolor=", DotQuote(style.font_color),
                      ", penwidth=", Number(pen_width), style.dashed ? ", style=dashed" : "",
                      ", tooltip=", DotQuote(EdgeTooltip(edge)), "];\n");
    }
    absl::StrAppend(&text, "}\n");
    return WriteAll(out, text, format());
  }

 private:
  WriterOptions options_;
};

}  // namespace

std::string DotQuote(std::string_view text) {
  const std::string valid = ValidUtf8(text);
  std::string out;
  out.reserve(valid.size() + 2);
  out += '"';
  for (size_t i = 0; i < valid.size(); ++i) {
    const char c = valid[i];
    const auto byte = static_cast<uint8_t>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20 || byte == 0x7F) {
      out += ' ';
    } else if (byte == 0xC2 && i + 1 < valid.size() && static_cast<uint8_t>(valid[i + 1]) <= 0x9F) {
      out += ' ';  // C1 control U+0080..U+009F
      ++i;
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

std::unique_ptr<GraphWriter> NewDotWriter(const WriterOptions& options) {
  return std::make_unique<DotWriter>(options);
}

}  // namespace actorgraph::exporter::internal
