// JSON-LD 1.1 writer with an inline @context (no remote context to fetch):
// schema.org terms for documents and actors, the actorgraph vocabulary
// (https://actorgraph.org/ns#) for relations and their observations. Each
// edge is a reified ag:Relation node so that its code, role, count, dates
// and evidence stay attached to it.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
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

// RapidJSON's pretty writer, plus strings that need no escaping copied in
// one piece (RapidJSON copies and checks them byte by byte).
class JsonWriter : public rapidjson::PrettyWriter<rapidjson::StringBuffer> {
 public:
  using PrettyWriter::PrettyWriter;
  // REQUIRES: `text` is valid UTF-8 with no character JSON escapes.
  void PlainString(std::string_view text) {
    PrettyPrefix(rapidjson::kStringType);
    char* out = os_->Push(text.size() + 2);
    out[0] = '"';
    std::memcpy(out + 1, text.data(), text.size());
    out[text.size() + 1] = '"';
  }
  // The same for a string made of `parts`, none of which needs escaping.
  void PlainStringOf(std::initializer_list<std::string_view> parts) {
    size_t size = 2;
    for (std::string_view part : parts) size += part.size();
    PrettyPrefix(rapidjson::kStringType);
    char* out = os_->Push(size);
    *out++ = '"';
    for (std::string_view part : parts) {
      std::memcpy(out, part.data(), part.size());
      out += part.size();
    }
    *out = '"';
  }
};

// Does `value` need no escaping in JSON (no control character, quotation
// mark or backslash)? The flags are gathered without a branch per byte.
bool NeedsNoEscaping(std::string_view value) {
  unsigned special = 0;
  for (char c : value) {
    const auto byte = static_cast<unsigned char>(c);
    special |= static_cast<unsigned>(byte < 0x20) | static_cast<unsigned>(byte == '"') |
               static_cast<unsigned>(byte == '\\');
  }
  return special == 0;
}

void String(JsonWriter& w, std::string_view value) {
  std::string valid;
  if (ValidUtf8Length(value) != value.size()) {
    valid = ValidUtf8(value);
    value = valid;
  }
  // Text that needs no escaping (nearly all of it) is copied in one piece
  // rather than byte by byte through RapidJSON's escaper.
  if (NeedsNoEscaping(value)) {
    w.PlainString(value);
    return;
  }
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
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
    base_plain_ = ValidUtf8Length(base_) == base_.size() && NeedsNoEscaping(base_);
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
    // The @graph items: documents, then actors, then relations. They are
    // written in chunks, two at a time on two threads, each chunk by a writer
    // of its own at the same depth, and joined in order with the comma the
    // single writer would have put between them: the bytes do not depend on
    // the threads. At most two chunks are held at once.
    Items items;
    // Every node's IRI path is encoded once: it recurs in every relation
    // that names the node.
    items.node_path.reserve(boost::num_vertices(g));
    for (graph::Vertex v = 0; v < boost::num_vertices(g); ++v) items.node_path.push_back(IdPath(g[v].id));
    for (const graph::DocumentInfo& document : graph.Documents()) items.documents.push_back(&document);
    items.vertices = graph.SortedVertices();
    items.edges = graph.SortedEdges();
    const size_t total = items.size();
    if (total == 0) {
      w.EndArray();
      w.EndObject();
      if (!w.IsComplete()) return absl::InternalError("JSON-LD output is incomplete");
      buffer.Put('\n');
      return WriteAll(out, std::string_view(buffer.GetString(), buffer.GetSize()), format());
    }
    absl::Status written = WriteAll(out, std::string_view(buffer.GetString(), buffer.GetSize()), format());
    constexpr size_t kChunkItems = 1024;
    for (size_t from = 0; from < total && written.ok(); from += 2 * kChunkItems) {
      const size_t middle = std::min(total, from + kChunkItems);
      const size_t to = std::min(total, middle + kChunkItems);
      std::string second;
      std::optional<std::thread> helper;
      if (middle < to) {
        try {
          helper.emplace([&] { second = Chunk(items, middle, to, g); });
        } catch (const std::system_error&) {
          helper.reset();  // no thread to be had: the second chunk is written below
        }
      }
      std::string first = Chunk(items, from, middle, g);
      if (helper) {
        helper->join();
      } else if (middle < to) {
        second = Chunk(items, middle, to, g);
      }
      if (from > 0) first.insert(0, 1, ',');
      written = WriteAll(out, first, format());
      if (written.ok() && !second.empty()) {
        second.insert(0, 1, ',');
        written = WriteAll(out, second, format());
      }
    }
    // What EndArray() and EndObject() write after a non-empty array.
    if (written.ok()) written = WriteAll(out, "\n  ]\n}\n", format());
    return written;
  }

 private:
  // The @graph items in file order, and each vertex's IRI path.
  struct Items {
    std::vector<std::string> node_path;  // by vertex: "person/sergey-lavrov", percent-encoded
    std::vector<const graph::DocumentInfo*> documents;
    std::vector<graph::Vertex> vertices;
    std::vector<graph::EdgeRef> edges;
    size_t size() const { return documents.size() + vertices.size() + edges.size(); }
  };

  // Items [from, to) as a writer at their depth in the file writes them,
  // the first one without the comma that separates it from the one before.
  std::string Chunk(const Items& items, size_t from, size_t to, const graph::Graph& g) const {
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.SetIndent(' ', 2);
    w.StartObject();
    Key(w, "@graph");
    w.StartArray();
    const size_t header = buffer.GetSize();
    for (size_t i = from; i < to; ++i) {
      size_t k = i;
      if (k < items.documents.size()) {
        WriteDocument(w, *items.documents[k]);
        continue;
      }
      k -= items.documents.size();
      if (k < items.vertices.size()) {
        graph::Vertex v = items.vertices[k];
        WriteNode(w, g[v], items.node_path[v]);
        continue;
      }
      k -= items.vertices.size();
      WriteRelation(w, g, items.edges[k], items.node_path);
    }
    return std::string(buffer.GetString() + header, buffer.GetSize() - header);
  }

  // Writes the IRI of a document: base, "document/", the encoded id. Ids
  // and base that need no encoding or escaping (nearly all) are copied in
  // place, without building the string.
  void DocumentIriValue(JsonWriter& w, std::string_view id) const {
    if (base_plain_ && IsUnreservedSegment(id)) {
      w.PlainStringOf({base_, "document/", id});
    } else {
      String(w, DocumentIri(id));
    }
  }
  void NodeIriValue(JsonWriter& w, std::string_view path) const {
    if (base_plain_) {
      w.PlainStringOf({base_, path});
    } else {
      String(w, NodeIri(path));
    }
  }

  // "person:sergey-lavrov" -> "person/sergey-lavrov", each segment encoded.
  static std::string IdPath(std::string_view id) {
    // Nearly every id needs no encoding: one copy with ':' made '/'.
    bool plain = true;
    for (absl::string_view segment : absl::StrSplit(Sv(id), ':')) {
      plain = plain && IsUnreservedSegment(std::string_view(segment.data(), segment.size()));
    }
    if (plain) {
      std::string path(id);
      std::replace(path.begin(), path.end(), ':', '/');
      return path;
    }
    std::vector<std::string> segments;
    for (absl::string_view segment : absl::StrSplit(Sv(id), ':')) {
      segments.push_back(PercentEncodeSegment(std::string_view(segment.data(), segment.size())));
    }
    return absl::StrJoin(segments, "/");
  }

  std::string NodeIri(std::string_view path) const { return absl::StrCat(base_, Sv(path)); }

  std::string DocumentIri(std::string_view id) const {
    return absl::StrCat(base_, "document/", PercentEncodeSegment(id));
  }

  // Stable across builds: made of the edge's key (source, code, target, role).
  // `source` and `target` are node paths (IdPath).
  std::string RelationIri(std::string_view source, std::string_view code, std::string_view target,
                          std::string_view role) const {
    std::string iri = absl::StrCat(base_, "relation/", Sv(source), "/", PercentEncodeSegment(code), "/", Sv(target));
    if (!role.empty()) absl::StrAppend(&iri, "/", PercentEncodeSegment(role));
    return iri;
  }

  void WriteDocument(JsonWriter& w, const graph::DocumentInfo& document) const {
    w.StartObject();
    Key(w, "@id");
    DocumentIriValue(w, document.id);
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

  void WriteNode(JsonWriter& w, const graph::Node& node, std::string_view path) const {
    w.StartObject();
    Key(w, "@id");
    NodeIriValue(w, path);
    StringMember(w, "@type", SchemaType(node.type));
    StringMember(w, "identifier", node.id);
    StringMember(w, "name", node.name);
    if (std::any_of(node.names.begin(), node.names.end(), [&](const std::string& n) { return n != node.name; })) {
      Key(w, "alternateName");
      w.StartArray();
      for (const std::string& name : node.names) {
        if (name != node.name) String(w, name);
      }
      w.EndArray();
    }
    IntMember(w, "mentions", node.mentions);
    DateMember(w, "firstDate", node.first_date);
    DateMember(w, "lastDate", node.last_date);
    Key(w, "mentionedIn");
    w.StartArray();
    for (const graph::NodeDocument& document : node.documents) {
      DocumentIriValue(w, document.document_id);
    }
    w.EndArray();
    // How each document named the actor: its surface forms and mention count.
    Key(w, "appearsIn");
    w.StartArray();
    for (const graph::NodeDocument& document : node.documents) {
      w.StartObject();
      StringMember(w, "@type", "Appearance");
      Key(w, "document");
      DocumentIriValue(w, document.document_id);
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

  // `node_path`: each vertex's IRI path.
  void WriteRelation(JsonWriter& w, const graph::Graph& g, graph::EdgeRef e,
                     const std::vector<std::string>& node_path) const {
    const graph::Edge& edge = g[e];
    const std::string& source = node_path[boost::source(e, g)];
    const std::string& target = node_path[boost::target(e, g)];
    w.StartObject();
    StringMember(w, "@id", RelationIri(source, edge.code, target, edge.role));
    StringMember(w, "@type", "Relation");
    Key(w, "subject");
    NodeIriValue(w, source);
    Key(w, "object");
    NodeIriValue(w, target);
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
      Key(w, "document");
      DocumentIriValue(w, provenance.document_id);
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
  bool base_plain_ = false;  // base_ is valid UTF-8 that JSON need not escape
};

}  // namespace

std::unique_ptr<GraphWriter> NewJsonldWriter(const WriterOptions& options) {
  return std::make_unique<JsonldWriter>(options);
}

}  // namespace actorgraph::exporter::internal
