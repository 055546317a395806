// JSON-LD 1.1 writer with an inline @context (no remote context to fetch):
// schema.org terms for documents and actors, the actorgraph vocabulary
// (https://actorgraph.org/ns#) for relations and their observations. Each
// edge is a reified ag:Relation node so that its code, role, count, dates
// and evidence stay attached to it.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "export/internal.h"
#include "export/writer.h"
#include "model/model.h"
#include "rapidjson/prettywriter.h"
#include "rapidjson/stringbuffer.h"

namespace actorgraph::exporter::internal {
namespace {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void String(JsonWriter& w, std::string_view value) {
  // Well-formed text (nearly all of it) is written without a copy.
  if (ValidUtf8Length(value) == value.size()) {
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
    return;
  }
  const std::string valid = ValidUtf8(value);
  w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

void Key(JsonWriter& w, std::string_view key) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}

void StringMember(JsonWriter& w, std::string_view key, std::string_view value) {
  Key(w, key);
  String(w, value);
}

void IntMember(JsonWriter& w, std::string_view key, int64_t value) {
  Key(w, key);
  w.Int64(value);
}

// Dates are typed xsd:date by the context, so only real dates are written.
void DateMember(JsonWriter& w, std::string_view key, std::string_view date) {
  if (IsIsoDate(date)) StringMember(w, key, date);
}

// A context entry: `term` -> `iri`, with `type` coercion when non-empty.
void Term(JsonWriter& w, std::string_view term, std::string_view iri, std::string_view type = "") {
  Key(w, term);
  if (type.empty()) {
    String(w, iri);
    return;
  }
  w.StartObject();
  StringMember(w, "@id", iri);
  StringMember(w, "@type", type);
  w.EndObject();
}

void WriteContext(JsonWriter& w) {
  Key(w, "@context");
  w.StartObject();
  Key(w, "@version");
  w.Double(1.1);
  Term(w, "schema", "http://schema.org/");
  Term(w, "ag", "https://actorgraph.org/ns#");
  Term(w, "xsd", "http://www.w3.org/2001/XMLSchema#");
  // Classes.
  Term(w, "NewsArticle", "http://schema.org/NewsArticle");
  Term(w, "Person", "http://schema.org/Person");
  Term(w, "Organization", "http://schema.org/Organization");
  Term(w, "Place", "http://schema.org/Place");
  Term(w, "Event", "http://schema.org/Event");
  Term(w, "Relation", "https://actorgraph.org/ns#Relation");
  Term(w, "Observation", "https://actorgraph.org/ns#Observation");
  Term(w, "Appearance", "https://actorgraph.org/ns#Appearance");
  // schema.org properties.
  Term(w, "name", "http://schema.org/name");
  Term(w, "alternateName", "http://schema.org/alternateName");
  Term(w, "identifier", "http://schema.org/identifier");
  Term(w, "datePublished", "http://schema.org/datePublished", "xsd:date");
  Term(w, "url", "http://schema.org/url", "@id");
  Term(w, "publisher", "http://schema.org/publisher");
  // actorgraph properties.
  Term(w, "mentions", "ag:mentions", "xsd:integer");
  Term(w, "mentionedIn", "ag:mentionedIn", "@id");
  Term(w, "appearsIn", "ag:appearsIn");
  Term(w, "subject", "ag:subject", "@id");
  Term(w, "object", "ag:object", "@id");
  Term(w, "code", "ag:code");
  Term(w, "quadClass", "ag:quadClass", "xsd:integer");
  Term(w, "goldstein", "ag:goldstein", "xsd:double");
  Term(w, "predicate", "ag:predicate");
  Term(w, "role", "ag:role");
  Term(w, "count", "ag:count", "xsd:integer");
  Term(w, "firstDate", "ag:firstDate", "xsd:date");
  Term(w, "lastDate", "ag:lastDate", "xsd:date");
  Term(w, "observation", "ag:observation");
  Term(w, "document", "ag:document", "@id");
  Term(w, "date", "ag:date", "xsd:date");
  Term(w, "sentence", "ag:sentence", "xsd:integer");
  Term(w, "begin", "ag:begin", "xsd:integer");
  Term(w, "end", "ag:end", "xsd:integer");
  Term(w, "evidence", "ag:evidence");
  Term(w, "modality", "ag:modality");
  w.EndObject();
}

std::string_view SchemaType(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "Person";
    case EntityType::kOrganization:
      return "Organization";
    case EntityType::kLocation:
      return "Place";
    case EntityType::kEvent:
      return "Event";
  }
  return "Person";
}

// An absolute http(s) URL made only of characters allowed in an IRI, so it can
// be written as an IRI without being resolved or rejected by processors.
bool IsSafeUrl(std::string_view url) {
  if (!url.starts_with("http://") && !url.starts_with("https://")) return false;
  for (char c : url) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7F) return false;
    if (std::string_view("<>\"{}|\\^`").find(c) != std::string_view::npos) return false;
  }
  return true;
}

class JsonldWriter : public GraphWriter {
 public:
  explicit JsonldWriter(const WriterOptions& options) : base_(options.base_iri) {
    if (!base_.empty() && base_.back() != '/' && base_.back() != '#') base_ += '/';
  }

  std::string_view format() const override { return "jsonld"; }
  std::string_view extension() const override { return "jsonld"; }
  std::string_view file_name() const override { return "graph.jsonld"; }

  absl::Status Write(const graph::KnowledgeGraph& graph, std::ostream& out) const override {
    const graph::Graph& g = graph.graph();
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.SetIndent(' ', 2);
    w.StartObject();
    WriteContext(w);
    Key(w, "@graph");
    w.StartArray();
    for (const graph::DocumentInfo& document : graph.Documents()) WriteDocument(w, document);
    for (graph::Vertex v : graph.SortedVertices()) WriteNode(w, g[v]);
    for (graph::EdgeRef e : graph.SortedEdges()) WriteRelation(w, g, e);
    w.EndArray();
    w.EndObject();
    if (!w.IsComplete()) return absl::InternalError("JSON-LD output is incomplete");
    std::string text(buffer.GetString(), buffer.GetSize());
    text += '\n';
    return WriteAll(out, text, format());
  }

 private:
  // "person:sergey-lavrov" -> "person/sergey-lavrov", each segment encoded.
  static std::string IdPath(std::string_view id) {
    std::vector<std::string> segments;
    for (absl::string_view segment : absl::StrSplit(Sv(id), ':')) {
      segments.push_back(PercentEncodeSegment(std::string_view(segment.data(), segment.size())));
    }
    return absl::StrJoin(segments, "/");
  }

  std::string NodeIri(std::string_view id) const { return absl::StrCat(base_, IdPath(id)); }

  std::string DocumentIri(std::string_view id) const {
    return absl::StrCat(base_, "document/", PercentEncodeSegment(id));
  }

  // Stable across builds: made of the edge's key (source, code, target, role).
  std::string RelationIri(std::string_view source, std::string_view code, std::string_view target,
                          std::string_view role) const {
    std::string iri = absl::StrCat(base_, "relation/", IdPath(source), "/",
                                   PercentEncodeSegment(code), "/", IdPath(target));
    if (!role.empty()) absl::StrAppend(&iri, "/", PercentEncodeSegment(role));
    return iri;
  }

  void WriteDocument(JsonWriter& w, const graph::DocumentInfo& document) const {
    w.StartObject();
    StringMember(w, "@id", DocumentIri(document.id));
    StringMember(w, "@type", "NewsArticle");
    StringMember(w, "identifier", document.id);
    if (!document.title.empty()) StringMember(w, "name", document.title);
    DateMember(w, "datePublished", document.date);
    if (IsSafeUrl(document.url)) StringMember(w, "url", document.url);
    if (!document.source.empty()) {
      Key(w, "publisher");
      w.StartObject();
      StringMember(w, "@type", "Organization");
      StringMember(w, "name", document.source);
      w.EndObject();
    }
    w.EndObject();
  }

  void WriteNode(JsonWriter& w, const graph::Node& node) const {
    w.StartObject();
    StringMember(w, "@id", NodeIri(node.id));
    StringMember(w, "@type", SchemaType(node.type));
    StringMember(w, "identifier", node.id);
    StringMember(w, "name", node.name);
    std::vector<const std::string*> alternates;
    for (const std::string& name : node.names) {
      if (name != node.name) alternates.push_back(&name);
    }
    if (!alternates.empty()) {
      Key(w, "alternateName");
      w.StartArray();
      for (const std::string* name : alternates) String(w, *name);
      w.EndArray();
    }
    IntMember(w, "mentions", node.mentions);
    DateMember(w, "firstDate", node.first_date);
    DateMember(w, "lastDate", node.last_date);
    Key(w, "mentionedIn");
    w.StartArray();
    for (const graph::NodeDocument& document : node.documents) {
      String(w, DocumentIri(document.document_id));
    }
    w.EndArray();
    // How each document named the actor: its surface forms and mention count.
    Key(w, "appearsIn");
    w.StartArray();
    for (const graph::NodeDocument& document : node.documents) {
      w.StartObject();
      StringMember(w, "@type", "Appearance");
      StringMember(w, "document", DocumentIri(document.document_id));
      Key(w, "alternateName");
      w.StartArray();
      for (const std::string& surface : document.surfaces) String(w, surface);
      w.EndArray();
      IntMember(w, "mentions", document.mentions);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }

  void WriteRelation(JsonWriter& w, const graph::Graph& g, graph::EdgeRef e) const {
    const graph::Edge& edge = g[e];
    const std::string& source = g[boost::source(e, g)].id;
    const std::string& target = g[boost::target(e, g)].id;
    w.StartObject();
    StringMember(w, "@id", RelationIri(source, edge.code, target, edge.role));
    StringMember(w, "@type", "Relation");
    StringMember(w, "subject", NodeIri(source));
    StringMember(w, "object", NodeIri(target));
    StringMember(w, "code", edge.code);
    IntMember(w, "quadClass", edge.quad_class);
    w.Key("goldstein");
    w.Double(edge.goldstein);
    StringMember(w, "predicate", edge.predicate);
    if (!edge.role.empty()) StringMember(w, "role", edge.role);
    IntMember(w, "count", edge.count);
    DateMember(w, "firstDate", edge.first_date);
    DateMember(w, "lastDate", edge.last_date);
    Key(w, "observation");
    w.StartArray();
    for (const graph::Observation& observation : edge.observations) {
      const Provenance& provenance = observation.provenance;
      w.StartObject();
      StringMember(w, "@type", "Observation");
      StringMember(w, "document", DocumentIri(provenance.document_id));
      DateMember(w, "date", provenance.date);
      StringMember(w, "predicate", observation.predicate);
      if (provenance.sentence >= 0) IntMember(w, "sentence", provenance.sentence);
      IntMember(w, "begin", provenance.span.begin);
      IntMember(w, "end", provenance.span.end);
      StringMember(w, "evidence", provenance.evidence);
      StringMember(w, "modality", ModalityName(observation.modality));
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }

  std::string base_;
};

}  // namespace

std::unique_ptr<GraphWriter> NewJsonldWriter(const WriterOptions& options) {
  return std::make_unique<JsonldWriter>(options);
}

}  // namespace actorgraph::exporter::internal
