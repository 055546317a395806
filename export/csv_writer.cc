// CSV writers for graph databases: nodes.csv and edges.csv with the header
// row of `neo4j-admin database import`, loadable by Kuzu's COPY FROM as well
// (Kuzu skips the header row and maps columns by position, so the column
// order below is part of the contract: README "nodes.csv and edges.csv").
//
// Quoting follows RFC 4180: every text value is double-quoted with inner
// quotes doubled (quoted, Neo4j keeps leading and trailing spaces), numbers
// and dates are bare, and a missing value (no role, an unknown date) is an
// empty bare field, which both databases read as null. Text is written
// verbatim, newlines included, so names round-trip; only NUL bytes and
// ill-formed UTF-8 become U+FFFD.
#include <memory>
#include <string>
#include <string_view>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "export/internal.h"
#include "export/writer.h"
#include "model/model.h"

namespace actorgraph::exporter::internal {
namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

// The Neo4j array delimiter (its default) between the names of a node and the
// documents of an edge.
constexpr std::string_view kArrayDelimiter = ";";

constexpr std::string_view kNodesHeader =
    "id:ID,:LABEL,name,names:string[],mentions:int,documents:int,first_date:date,last_date:date\n";
constexpr std::string_view kEdgesHeader =
    ":START_ID,:END_ID,:TYPE,code,predicate,role,quad_class:int,goldstein:double,count:int,"
    "first_date:date,last_date:date,documents:string[],evidence\n";

// Appends `,` (unless `first`) and `text` as a quoted field.
void AppendQuoted(std::string& out, std::string_view text, bool first = false) {
  if (!first) out += ',';
  out += CsvQuote(text);
}

// Appends `,` and `text` quoted, or nothing after the comma when it is empty
// (null in Neo4j and Kuzu rather than an empty string).
void AppendOptional(std::string& out, std::string_view text) {
  out += ',';
  if (!text.empty()) out += CsvQuote(text);
}

void AppendBare(std::string& out, std::string_view value) {
  out += ',';
  out += value;
}

void AppendDate(std::string& out, std::string_view date) {
  out += ',';
  if (IsIsoDate(date)) out += date;
}

class CsvNodesWriter : public GraphWriter {
 public:
  std::string_view format() const override { return "csv-nodes"; }
  std::string_view extension() const override { return "csv"; }
  std::string_view file_name() const override { return "nodes.csv"; }

  absl::Status Write(const graph::KnowledgeGraph& graph, std::ostream& out) const override {
    const graph::Graph& g = graph.graph();
    std::string text(kNodesHeader);
    for (graph::Vertex v : graph.SortedVertices()) {
      const graph::Node& node = g[v];
      AppendQuoted(text, node.id, /*first=*/true);
      AppendQuoted(text, Neo4jLabel(node.type));
      AppendQuoted(text, node.name);
      AppendQuoted(text, absl::StrJoin(node.names, Sv(kArrayDelimiter)));
      AppendBare(text, absl::StrCat(node.mentions));
      AppendBare(text, absl::StrCat(node.documents.size()));
      AppendDate(text, node.first_date);
      AppendDate(text, node.last_date);
      text += '\n';
    }
    return WriteAll(out, text, format());
  }
};

class CsvEdgesWriter : public GraphWriter {
 public:
  std::string_view format() const override { return "csv-edges"; }
  std::string_view extension() const override { return "csv"; }
  std::string_view file_name() const override { return "edges.csv"; }

  absl::Status Write(const graph::KnowledgeGraph& graph, std::ostream& out) const override {
    const graph::Graph& g = graph.graph();
    std::string text(kEdgesHeader);
    for (graph::EdgeRef e : graph.SortedEdges()) {
      const graph::Edge& edge = g[e];
      AppendQuoted(text, g[boost::source(e, g)].id, /*first=*/true);
      AppendQuoted(text, g[boost::target(e, g)].id);
      AppendQuoted(text, Neo4jRelationshipType(edge.code));
      AppendQuoted(text, edge.code);
      AppendOptional(text, edge.predicate);
      AppendOptional(text, edge.role);
      AppendBare(text, absl::StrCat(edge.quad_class));
      AppendBare(text, absl::StrCat(edge.goldstein));
      AppendBare(text, absl::StrCat(edge.count));
      AppendDate(text, edge.first_date);
      AppendDate(text, edge.last_date);
      AppendQuoted(text, absl::StrJoin(edge.documents, Sv(kArrayDelimiter)));
      AppendOptional(text, EvidenceSummary(edge));
      text += '\n';
    }
    return WriteAll(out, text, format());
  }
};

}  // namespace

std::string CsvQuote(std::string_view text) {
  const std::string valid = ValidUtf8(text);
  std::string out = "\"";
  out.reserve(valid.size() + 2);
  for (char c : valid) {
    if (c == '"') {
      out += "\"\"";
    } else if (c == '\0') {
      out += kReplacementCharacter;
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

std::string_view Neo4jLabel(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "Person";
    case EntityType::kOrganization:
      return "Organization";
    case EntityType::kLocation:
      return "Location";
    case EntityType::kEvent:
      return "Event";
  }
  return "Person";
}

std::string Neo4jRelationshipType(std::string_view code) {
  std::string type = absl::StrReplaceAll(Sv(RelationCodeName(code)), {{" ", "_"}});
  absl::AsciiStrToUpper(&type);
  return type;
}

std::unique_ptr<GraphWriter> NewCsvNodesWriter() { return std::make_unique<CsvNodesWriter>(); }
std::unique_ptr<GraphWriter> NewCsvEdgesWriter() { return std::make_unique<CsvEdgesWriter>(); }

}  // namespace actorgraph::exporter::internal
