// GraphML writer: valid against the GraphML 1.1 XSD and readable by NetworkX,
// Gephi, yEd and Neo4j APOC. Edges may be parallel (one per relation code and
// role); each carries its predicate (or AFF role) as `label` so importers can
// type relationships by it.
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "export/internal.h"
#include "export/writer.h"
#include "model/model.h"

namespace actorgraph::exporter::internal {
namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

struct KeyDeclaration {
  std::string_view id;
  std::string_view domain;  // "graph", "node" or "edge"
  std::string_view name;
  std::string_view type;  // "string", "int" or "double"
};

constexpr KeyDeclaration kKeys[] = {
    {"g_title", "graph", "title", "string"},
    {"g_documents", "graph", "documents", "int"},
    {"n_label", "node", "label", "string"},
    {"n_type", "node", "type", "string"},
    {"n_names", "node", "names", "string"},
    {"n_mentions", "node", "mentions", "int"},
    {"n_documents", "node", "documents", "int"},
    {"n_mentioned_in", "node", "mentioned_in", "string"},
    {"n_first_date", "node", "first_date", "string"},
    {"n_last_date", "node", "last_date", "string"},
    {"e_label", "edge", "label", "string"},
    {"e_code", "edge", "code", "string"},
    {"e_quad_class", "edge", "quad_class", "int"},
    {"e_goldstein", "edge", "goldstein", "double"},
    {"e_role", "edge", "role", "string"},
    {"e_count", "edge", "count", "int"},
    {"e_weight", "edge", "weight", "double"},
    {"e_first_date", "edge", "first_date", "string"},
    {"e_last_date", "edge", "last_date", "string"},
    {"e_documents", "edge", "documents", "string"},
    {"e_evidence", "edge", "evidence", "string"},
};

// A node id usable as an XML NMTOKEN: [A-Za-z0-9.:-] kept, every other byte
// (including '_', the escape character, so the mapping stays one-to-one)
// written as "_XX". Ids minted by the graph ("person:sergey-lavrov") pass
// through unchanged.
std::string NodeToken(std::string_view id) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : id) {
    const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '.' || c == ':' || c == '-';
    if (keep) {
      out += c;
    } else {
      const auto byte = static_cast<uint8_t>(c);
      out += '_';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out.empty() ? "_" : out;
}

void AppendData(std::string& out, std::string_view indent, std::string_view key,
                std::string_view value) {
  absl::StrAppend(&out, Sv(indent), "<data key=\"", Sv(key), "\">");
  AppendXmlEscaped(value, false, &out);
  out += "</data>\n";
}

void AppendDate(std::string& out, std::string_view key, std::string_view date) {
  if (date.empty() || date == kUnknownDate) return;
  AppendData(out, "      ", key, date);
}

class GraphmlWriter : public GraphWriter {
 public:
  explicit GraphmlWriter(const WriterOptions& options) : options_(options) {}

  std::string_view format() const override { return "graphml"; }
  std::string_view extension() const override { return "graphml"; }
  std::string_view file_name() const override { return "graph.graphml"; }

  absl::Status Write(const graph::KnowledgeGraph& graph, std::ostream& out) const override {
    const graph::Graph& g = graph.graph();
    std::string text =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
        "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
        "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const KeyDeclaration& key : kKeys) {
      absl::StrAppend(&text, "  <key id=\"", Sv(key.id), "\" for=\"", Sv(key.domain),
                      "\" attr.name=\"", Sv(key.name), "\" attr.type=\"", Sv(key.type), "\"/>\n");
    }
    absl::StrAppend(&text, "  <graph id=\"actorgraph\" edgedefault=\"directed\">\n");
    if (!options_.title.empty()) AppendData(text, "    ", "g_title", options_.title);
    // How many documents the graph was built from (read back by `actorgraph diff`).
    AppendData(text, "    ", "g_documents", absl::StrCat(graph.Documents().size()));

    for (graph::Vertex v : graph.SortedVertices()) {
      const graph::Node& node = g[v];
      absl::StrAppend(&text, "    <node id=\"", XmlEscape(NodeToken(node.id), true), "\">\n");
      AppendData(text, "      ", "n_label", node.name);
      AppendData(text, "      ", "n_type", EntityTypeName(node.type));
      AppendData(text, "      ", "n_names", absl::StrJoin(node.names, "; "));
      AppendData(text, "      ", "n_mentions", absl::StrCat(node.mentions));
      AppendData(text, "      ", "n_documents", absl::StrCat(node.documents.size()));
      // "doc-1: Sergey Lavrov | Lavrov; doc-2: Sergei Lavrov": the names each document used.
      std::string mentioned_in;
      for (const graph::NodeDocument& document : node.documents) {
        if (!mentioned_in.empty()) mentioned_in += "; ";
        absl::StrAppend(&mentioned_in, document.document_id, ": ", absl::StrJoin(document.surfaces, " | "));
      }
      AppendData(text, "      ", "n_mentioned_in", mentioned_in);
      AppendDate(text, "n_first_date", node.first_date);
      AppendDate(text, "n_last_date", node.last_date);
      absl::StrAppend(&text, "    </node>\n");
    }

    size_t index = 0;
    for (graph::EdgeRef e : graph.SortedEdges()) {
      const graph::Edge& edge = g[e];
      absl::StrAppend(&text, "    <edge id=\"e", index++, "\" source=\"",
                      XmlEscape(NodeToken(g[boost::source(e, g)].id), true), "\" target=\"",
                      XmlEscape(NodeToken(g[boost::target(e, g)].id), true), "\">\n");
      const bool affiliation = edge.code == kAffiliationCode && !edge.role.empty();
      AppendData(text, "      ", "e_label", affiliation ? edge.role : edge.predicate);
      AppendData(text, "      ", "e_code", edge.code);
      AppendData(text, "      ", "e_quad_class", absl::StrCat(edge.quad_class));
      AppendData(text, "      ", "e_goldstein", absl::StrCat(edge.goldstein));
      if (!edge.role.empty()) AppendData(text, "      ", "e_role", edge.role);
      AppendData(text, "      ", "e_count", absl::StrCat(edge.count));
      AppendData(text, "      ", "e_weight",
                 absl::StrFormat("%.1f", static_cast<double>(edge.count)));
      AppendDate(text, "e_first_date", edge.first_date);
      AppendDate(text, "e_last_date", edge.last_date);
      AppendData(text, "      ", "e_documents", absl::StrJoin(edge.documents, "; "));
      const std::string evidence = EvidenceSummary(edge);
      if (!evidence.empty()) AppendData(text, "      ", "e_evidence", evidence);
      absl::StrAppend(&text, "    </edge>\n");
    }
    absl::StrAppend(&text, "  </graph>\n</graphml>\n");
    return WriteAll(out, text, format());
  }

 private:
  WriterOptions options_;
};

}  // namespace

namespace {

// Bytes that XmlEscape copies as they are in well-formed UTF-8: not markup,
// not a control character, and not the lead byte of a sequence it may
// replace (0xC2: C1 controls, 0xEF: U+FFFE and U+FFFF).
constexpr std::array<bool, 256> kXmlPlain = [] {
  std::array<bool, 256> plain{};
  for (int b = 0x20; b < 256; ++b) plain[b] = true;
  for (int b : {int{'&'}, int{'<'}, int{'>'}, int{'"'}, int{'\''}, 0x7F, 0xC2, 0xEF}) plain[b] = false;
  return plain;
}();

// XmlEscape of `valid` (well-formed UTF-8), appended to *out.
void AppendXmlEscapedValid(std::string_view valid, bool attribute, std::string* out) {
  for (size_t i = 0; i < valid.size(); ++i) {
    size_t run = i;
    while (run < valid.size() && kXmlPlain[static_cast<uint8_t>(valid[run])]) ++run;
    if (run > i) {
      out->append(valid.data() + i, run - i);
      i = run;
      if (i == valid.size()) break;
    }
    const char c = valid[i];
    const auto byte = static_cast<uint8_t>(c);
    switch (c) {
      case '&':
        *out += "&amp;";
        continue;
      case '<':
        *out += "&lt;";
        continue;
      case '>':
        *out += "&gt;";
        continue;
      case '"':
        *out += "&quot;";
        continue;
      case '\'':
        *out += "&apos;";
        continue;
      case '\r':
        *out += "&#13;";
        continue;
      case '\n':
        *out += attribute ? "&#10;" : "\n";
        continue;
      case '\t':
        *out += attribute ? "&#9;" : "\t";
        continue;
      default:
        break;
    }
    if (byte < 0x20 || byte == 0x7F) {
      *out += kReplacementCharacter;
    } else if (byte == 0xC2 && static_cast<uint8_t>(valid[i + 1]) <= 0x9F) {
      *out += kReplacementCharacter;  // C1 control U+0080..U+009F
      ++i;
    } else if (byte == 0xEF && valid.compare(i + 1, 2, "\xBF\xBE") == 0) {
      *out += kReplacementCharacter;  // U+FFFE
      i += 2;
    } else if (byte == 0xEF && valid.compare(i + 1, 2, "\xBF\xBF") == 0) {
      *out += kReplacementCharacter;  // U+FFFF
      i += 2;
    } else {
      *out += c;
    }
  }
}

}  // namespace

void AppendXmlEscaped(std::string_view text, bool attribute, std::string* out) {
  if (ValidUtf8Length(text) == text.size()) {
    AppendXmlEscapedValid(text, attribute, out);
  } else {
    AppendXmlEscapedValid(ValidUtf8(text), attribute, out);
  }
}

std::string XmlEscape(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  AppendXmlEscaped(text, attribute, &out);
  return out;
}

std::unique_ptr<GraphWriter> NewGraphmlWriter(const WriterOptions& options) {
  return std::make_unique<GraphmlWriter>(options);
}

std::string EvidenceSummary(const graph::Edge& edge) {
  std::vector<absl::string_view> parts;
  for (const graph::Observation& observation : edge.observations) {
    if (parts.size() == kEvidenceObservations) break;
    if (!observation.provenance.evidence.empty()) parts.push_back(observation.provenance.evidence);
  }
  return absl::StrJoin(parts, " | ");
}

}  // namespace actorgraph::exporter::internal
