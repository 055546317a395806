// Readers for our GraphML (Boost.PropertyTree's XML parser) and our JSON-LD
// (RapidJSON). Both give the whole graph as a snapshot; every value that the
// writers leave out for "unknown" (dates, roles) reads back as such.
#include "export/graph_reader.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "export/internal.h"
#include "model/model.h"
#include "model/status_macros.h"
#include "model/strings.h"
#include "rapidjson/document.h"
#include "rapidjson/error/en.h"

namespace actorgraph::exporter {
namespace {

namespace fs = std::filesystem;
namespace pt = boost::property_tree;
using internal::IsIsoDate;
using internal::Sv;
using internal::ValidUtf8;

constexpr uintmax_t kMaxFileBytes = uintmax_t{512} << 20;  // far above any graph we write
constexpr int kMaxXmlDepth = 32;                            // our GraphML nests 4 deep
constexpr std::string_view kVocabulary = "https://actorgraph.org/ns#";
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// "FILE: message" or "FILE:LINE: message".
absl::Status Malformed(const std::string& file, std::string_view message, size_t line = 0) {
  if (line > 0) return absl::InvalidArgumentError(absl::StrCat(file, ":", line, ": ", Sv(message)));
  return absl::InvalidArgumentError(absl::StrCat(file, ": ", Sv(message)));
}

// A readable file that is not one of ours.
absl::Status Foreign(const std::string& file, std::string_view why) {
  return Malformed(file, absl::StrCat("not a graph written by actorgraph build (", Sv(why),
                                      "); expected its graph.graphml or graph.jsonld"));
}

// Text from the file, made safe and short for an error message.
std::string Shown(std::string_view text) {
  std::string out = ValidUtf8(text.substr(0, 80));
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  return text.size() > 80 ? out + "..." : out;
}

size_t LineAt(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

bool ParseCount(std::string_view text, int* out) {
  int value = 0;
  if (!absl::SimpleAtoi(Sv(text), &value) || value < 0) return false;
  *out = value;
  return true;
}

// A date as the writers leave it: absent for unknown, else YYYY-MM-DD.
bool ParseDate(const std::optional<std::string>& text, std::string* out) {
  if (!text) {
    *out = std::string(kUnknownDate);
    return true;
  }
  if (!IsIsoDate(*text)) return false;
  *out = *text;
  return true;
}

// ---------------------------------------------------------------------------
// GraphML.

// The deepest nesting of elements in `xml`, found by a scan of its tags, so
// that a hostile file cannot exhaust the stack of the recursive XML parser;
// -1 for a document type declaration, which our GraphML never has.
int ElementDepth(std::string_view xml) {
  int depth = 0;
  int deepest = 0;
  size_t i = 0;
  auto skip_past = [&](std::string_view end, size_t from) {
    const size_t at = xml.find(end, from);
    i = at == std::string_view::npos ? xml.size() : at + end.size();
  };
  while ((i = xml.find('<', i)) != std::string_view::npos) {
    const std::string_view rest = xml.substr(i);
    if (rest.starts_with("<!--")) {
      skip_past("-->", i + 4);
    } else if (rest.starts_with("<![CDATA[")) {
      skip_past("]]>", i + 9);
    } else if (rest.starts_with("<?")) {
      skip_past("?>", i + 2);
    } else if (rest.starts_with("<!")) {
      return -1;
    } else if (rest.starts_with("</")) {
      depth = std::max(0, depth - 1);
      skip_past(">", i + 2);
    } else {
      // A start tag: its '>' is the first one outside quoted attribute values.
      size_t j = i + 1;
      char quote = 0;
      for (; j < xml.size(); ++j) {
        const char c = xml[j];
        if (quote != 0) {
          if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '>') {
          break;
        }
      }
      if (j >= xml.size()) break;
      if (xml[j - 1] != '/') deepest = std::max(deepest, ++depth);
      i = j + 1;
    }
  }
  return deepest;
}

// The value of attribute `name` of an element, or nullptr.
const std::string* Attribute(const pt::ptree& element, std::string_view name) {
  auto attributes = element.find("<xmlattr>");
  if (attributes == element.not_found()) return nullptr;
  for (const auto& [key, value] : attributes->second) {
    if (key == name) return &value.data();
  }
  return nullptr;
}

// The <data key="..."> children of an element, by key (the first of each).
class DataMap {
 public:
  explicit DataMap(const pt::ptree& element) {
    for (const auto& [tag, child] : element) {
      if (tag != "data") continue;
      if (const std::string* key = Attribute(child, "key")) values_.emplace(*key, ValidUtf8(child.data()));
    }
  }
  std::optional<std::string> Get(const std::string& key) const {
    auto it = values_.find(key);
    if (it == values_.end()) return std::nullopt;
    return it->second;
  }

 private:
  std::map<std::string, std::string> values_;
};

// Inverse of the writer's node token: "_XX" stands for the byte 0xXX.
bool DecodeNodeToken(std::string_view token, std::string* id) {
  auto hex = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  };
  id->clear();
  for (size_t i = 0; i < token.size(); ++i) {
    if (token[i] != '_') {
      *id += token[i];
      continue;
    }
    if (i + 2 >= token.size()) return false;
    const int high = hex(token[i + 1]);
    const int low = hex(token[i + 2]);
    if (high < 0 || low < 0) return false;
    *id += static_cast<char>(high * 16 + low);
    i += 2;
  }
  *id = ValidUtf8(*id);
  return !id->empty();
}

// Reads the data fields of one <node> or <edge>, each error naming `what`.
class Fields {
 public:
  Fields(const pt::ptree& element, std::string what, const std::string& file)
      : data_(element), what_(std::move(what)), file_(file) {}

  absl::Status Text(const std::string& key, std::string* out) const {
    std::optional<std::string> value = data_.Get(key);
    if (!value) return Malformed(file_, absl::StrCat(what_, " has no ", key));
    *out = *std::move(value);
    return absl::OkStatus();
  }
  absl::Status Count(const std::string& key, int* out) const {
    std::string text;
    RETURN_IF_ERROR(Text(key, &text));
    if (!ParseCount(text, out)) return Bad(key, text, "a count");
    return absl::OkStatus();
  }
  absl::Status Date(const std::string& key, std::string* out) const {
    std::optional<std::string> value = data_.Get(key);
    if (!ParseDate(value, out)) return Bad(key, *value, "a YYYY-MM-DD date");
    return absl::OkStatus();
  }
  std::optional<std::string> Optional(const std::string& key) const { return data_.Get(key); }
  absl::Status Bad(const std::string& key, std::string_view value, std::string_view expected) const {
    return Malformed(file_, absl::StrCat(what_, " has ", key, " \"", Shown(value), "\", not ", Sv(expected)));
  }

 private:
  DataMap data_;
  std::string what_;
  const std::string& file_;
};

absl::StatusOr<graph::SnapshotNode> GraphmlNode(const pt::ptree& element, int index, const std::string& file) {
  graph::SnapshotNode node;
  const std::string* token = Attribute(element, "id");
  if (token == nullptr) return Malformed(file, absl::StrCat("<node> number ", index, " has no id"));
  if (!DecodeNodeToken(*token, &node.id)) {
    return Malformed(file, absl::StrCat("<node> number ", index, " has the id \"", Shown(*token),
                                        "\", which actorgraph does not write"));
  }
  Fields fields(element, absl::StrCat("node \"", Shown(node.id), "\""), file);
  RETURN_IF_ERROR(fields.Text("n_label", &node.name));
  std::string type;
  RETURN_IF_ERROR(fields.Text("n_type", &type));
  std::optional<EntityType> parsed = ParseEntityType(type);
  if (!parsed) return fields.Bad("n_type", type, "PERSON, ORGANIZATION, LOCATION or EVENT");
  node.type = *parsed;
  RETURN_IF_ERROR(fields.Count("n_mentions", &node.mentions));
  RETURN_IF_ERROR(fields.Count("n_documents", &node.documents));
  RETURN_IF_ERROR(fields.Date("n_first_date", &node.first_date));
  RETURN_IF_ERROR(fields.Date("n_last_date", &node.last_date));
  return node;
}

absl::StatusOr<graph::SnapshotEdge> GraphmlEdge(const pt::ptree& element, int index, const std::string& file) {
  graph::SnapshotEdge edge;
  const std::string* source = Attribute(element, "source");
  const std::string* target = Attribute(element, "target");
  if (source == nullptr || target == nullptr) {
    return Malformed(file, absl::StrCat("<edge> number ", index, " lacks its source or target"));
  }
  if (!DecodeNodeToken(*source, &edge.source) || !DecodeNodeToken(*target, &edge.target)) {
    return Malformed(file, absl::StrCat("<edge> number ", index, " joins \"", Shown(*source), "\" and \"",
                                        Shown(*target), "\", ids which actorgraph does not write"));
  }
  Fields fields(element, absl::StrCat("<edge> number ", index, " (", Shown(edge.source), " -> ", Shown(edge.target), ")"),
                file);
  RETURN_IF_ERROR(fields.Text("e_code", &edge.code));
  if (edge.code.empty()) return fields.Bad("e_code", edge.code, "a relation code");
  edge.role = fields.Optional("e_role").value_or("");
  edge.predicate = fields.Optional("e_label").value_or("");
  RETURN_IF_ERROR(fields.Count("e_count", &edge.count));
  if (std::optional<std::string> weight = fields.Optional("e_weight")) {
    double value = 0;
    if (!absl::SimpleAtod(*weight, &value) || !std::isfinite(value)) return fields.Bad("e_weight", *weight, "a number");
    edge.weight = value;
  }
  RETURN_IF_ERROR(fields.Date("e_first_date", &edge.first_date));
  RETURN_IF_ERROR(fields.Date("e_last_date", &edge.last_date));
  return edge;
}

absl::StatusOr<graph::GraphSnapshot> ParseGraphml(std::string_view xml, const std::string& file) {
  if (const size_t nul = xml.find('\0'); nul != std::string_view::npos) {
    return Malformed(file, "a NUL byte in XML; the file is damaged or not text", LineAt(xml, nul));
  }
  const int depth = ElementDepth(xml);
  if (depth < 0) return Foreign(file, "it has a document type declaration");
  if (depth > kMaxXmlDepth) return Foreign(file, absl::StrCat("elements nested more than ", kMaxXmlDepth, " deep"));
  pt::ptree tree;
  try {
    std::istringstream in{std::string(xml)};
    pt::read_xml(in, tree, pt::xml_parser::no_comments);
  } catch (const pt::xml_parser_error& e) {
    return Malformed(file, absl::StrCat("malformed XML: ", e.message()), e.line());
  } catch (const std::exception& e) {
    return Malformed(file, absl::StrCat("unreadable XML: ", e.what()));
  }
  const pt::ptree* root = nullptr;
  for (const auto& [tag, child] : tree) {
    if (tag != "graphml" || root != nullptr) return Foreign(file, absl::StrCat("its root element is <", Shown(tag), ">"));
    root = &child;
  }
  if (root == nullptr) return Foreign(file, "no <graphml> element");

  // Our keys, declared as the writer declares them.
  struct RequiredKey {
    std::string_view id, domain, name;
  };
  constexpr RequiredKey kRequiredKeys[] = {{"n_label", "node", "label"},       {"n_type", "node", "type"},
                                           {"n_mentions", "node", "mentions"}, {"n_documents", "node", "documents"},
                                           {"e_code", "edge", "code"},         {"e_count", "edge", "count"}};
  std::map<std::string, std::pair<std::string, std::string>> keys;  // id -> (for, attr.name)
  const pt::ptree* graph_element = nullptr;
  for (const auto& [tag, child] : *root) {
    if (tag == "key") {
      const std::string* id = Attribute(child, "id");
      const std::string* domain = Attribute(child, "for");
      const std::string* name = Attribute(child, "attr.name");
      if (id != nullptr && domain != nullptr && name != nullptr) keys.emplace(*id, std::make_pair(*domain, *name));
    } else if (tag == "graph") {
      if (graph_element != nullptr) return Foreign(file, "more than one <graph>");
      graph_element = &child;
    }
  }
  for (const RequiredKey& key : kRequiredKeys) {
    auto it = keys.find(std::string(key.id));
    if (it == keys.end() || it->second.first != key.domain || it->second.second != key.name) {
      return Foreign(file, absl::StrCat("GraphML without the key ", Sv(key.id), " for the ", Sv(key.domain), " ",
                                        Sv(key.name)));
    }
  }
  if (graph_element == nullptr) return Foreign(file, "GraphML without a <graph>");

  graph::GraphSnapshot snapshot;
  snapshot.label = file;
  snapshot.documents = -1;  // files written before g_documents existed do not say
  if (std::optional<std::string> documents = DataMap(*graph_element).Get("g_documents")) {
    if (!ParseCount(*documents, &snapshot.documents)) {
      return Malformed(file, absl::StrCat("the graph's g_documents \"", Shown(*documents), "\" is not a count"));
    }
  }
  int nodes = 0;
  int edges = 0;
  for (const auto& [tag, child] : *graph_element) {
    if (tag == "node") {
      ASSIGN_OR_RETURN(graph::SnapshotNode node, GraphmlNode(child, ++nodes, file));
      snapshot.nodes.push_back(std::move(node));
    } else if (tag == "edge") {
      ASSIGN_OR_RETURN(graph::SnapshotEdge edge, GraphmlEdge(child, ++edges, file));
      snapshot.edges.push_back(std::move(edge));
    } else if (tag != "data" && tag != "desc" && tag != "<xmlattr>") {
      return Foreign(file, absl::StrCat("a <", Shown(tag), "> in its <graph>"));
    }
  }
  return snapshot;
}

// ---------------------------------------------------------------------------
// JSON-LD.

std::optional<std::string> JsonString(const rapidjson::Value& object, const char* key) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd() || !it->value.IsString()) return std::nullopt;
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

// Reads the members of one @graph item, each error naming `what`.
class Members {
 public:
  Members(const rapidjson::Value& item, std::string what, const std::string& file)
      : item_(item), what_(std::move(what)), file_(file) {}

  absl::Status Text(const char* key, std::string* out) const {
    std::optional<std::string> value = JsonString(item_, key);
    if (!value) return Malformed(file_, absl::StrCat(what_, " has no string \"", key, "\""));
    *out = *std::move(value);
    return absl::OkStatus();
  }
  absl::Status Count(const char* key, int* out) const {
    auto it = item_.FindMember(key);
    if (it == item_.MemberEnd() || !it->value.IsInt() || it->value.GetInt() < 0) {
      return Malformed(file_, absl::StrCat(what_, " has no count \"", key, "\""));
    }
    *out = it->value.GetInt();
    return absl::OkStatus();
  }
  absl::Status Date(const char* key, std::string* out) const {
    const bool present = item_.HasMember(key);
    std::optional<std::string> value = JsonString(item_, key);
    if ((present && !value) || !ParseDate(value, out)) {
      return Malformed(file_, absl::StrCat(what_, " has a \"", key, "\" that is not a YYYY-MM-DD date"));
    }
    return absl::OkStatus();
  }
  const std::string& what() const { return what_; }

 private:
  const rapidjson::Value& item_;
  std::string what_;
  const std::string& file_;
};

std::optional<EntityType> SchemaEntityType(std::string_view type) {
  if (type == "Person") return EntityType::kPerson;
  if (type == "Organization") return EntityType::kOrganization;
  if (type == "Place") return EntityType::kLocation;
  if (type == "Event") return EntityType::kEvent;
  return std::nullopt;
}

absl::StatusOr<graph::GraphSnapshot> ParseJsonld(std::string_view json, const std::string& file) {
  rapidjson::Document doc;
  // Iterative parsing: no recursion however deep a hostile file nests.
  doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  if (doc.HasParseError()) {
    return Malformed(file, absl::StrCat("malformed JSON: ", rapidjson::GetParseError_En(doc.GetParseError())),
                     LineAt(json, doc.GetErrorOffset()));
  }
  if (!doc.IsObject()) return Foreign(file, "JSON that is not an object");
  auto context = doc.FindMember("@context");
  if (context == doc.MemberEnd() || !context->value.IsObject() || JsonString(context->value, "ag") != kVocabulary) {
    return Foreign(file, "JSON without actorgraph's JSON-LD @context");
  }
  auto items = doc.FindMember("@graph");
  if (items == doc.MemberEnd() || !items->value.IsArray()) return Foreign(file, "JSON-LD without an @graph array");

  graph::GraphSnapshot snapshot;
  snapshot.label = file;
  std::map<std::string, std::string> id_of_iri;  // node @id -> identifier
  std::vector<std::pair<const rapidjson::Value*, std::string>> relations;  // item, description
  for (rapidjson::SizeType i = 0; i < items->value.Size(); ++i) {
    const rapidjson::Value& item = items->value[i];
    const std::string where = absl::StrCat("@graph[", i, "]");
    if (!item.IsObject()) return Foreign(file, absl::StrCat(where, " is not an object"));
    const std::string type = JsonString(item, "@type").value_or("");
    if (type == "NewsArticle") {
      ++snapshot.documents;
    } else if (type == "Relation") {
      relations.emplace_back(&item, absl::StrCat(where, " (Relation)"));
    } else if (std::optional<EntityType> entity_type = SchemaEntityType(type)) {
      Members members(item, absl::StrCat(where, " (", type, ")"), file);
      graph::SnapshotNode node;
      node.type = *entity_type;
      std::string iri;
      RETURN_IF_ERROR(members.Text("@id", &iri));
      RETURN_IF_ERROR(members.Text("identifier", &node.id));
      RETURN_IF_ERROR(members.Text("name", &node.name));
      RETURN_IF_ERROR(members.Count("mentions", &node.mentions));
      auto documents = item.FindMember("mentionedIn");
      if (documents == item.MemberEnd() || !documents->value.IsArray()) {
        return Malformed(file, absl::StrCat(members.what(), " has no \"mentionedIn\" array"));
      }
      node.documents = static_cast<int>(documents->value.Size());
      RETURN_IF_ERROR(members.Date("firstDate", &node.first_date));
      RETURN_IF_ERROR(members.Date("lastDate", &node.last_date));
      if (!id_of_iri.emplace(iri, node.id).second) {
        return Malformed(file, absl::StrCat(members.what(), " repeats the @id \"", Shown(iri), "\""));
      }
      snapshot.nodes.push_back(std::move(node));
    } else {
      return Foreign(file, absl::StrCat(where, " has the @type \"", Shown(type), "\""));
    }
  }
  for (const auto& [item, what] : relations) {
    Members members(*item, what, file);
    graph::SnapshotEdge edge;
    for (auto [key, id] : {std::pair<const char*, std::string*>{"subject", &edge.source}, {"object", &edge.target}}) {
      std::string iri;
      RETURN_IF_ERROR(members.Text(key, &iri));
      auto it = id_of_iri.find(iri);
      if (it == id_of_iri.end()) {
        return Malformed(file, absl::StrCat(what, " has the ", key, " \"", Shown(iri), "\", which is no actor of the file"));
      }
      *id = it->second;
    }
    RETURN_IF_ERROR(members.Text("code", &edge.code));
    if (edge.code.empty()) return Malformed(file, absl::StrCat(what, " has an empty \"code\""));
    RETURN_IF_ERROR(members.Text("predicate", &edge.predicate));
    if (item->HasMember("role")) RETURN_IF_ERROR(members.Text("role", &edge.role));
    if (edge.code == kAffiliationCode && !edge.role.empty()) edge.predicate = edge.role;  // as GraphML labels it
    RETURN_IF_ERROR(members.Count("count", &edge.count));
    RETURN_IF_ERROR(members.Date("firstDate", &edge.first_date));
    RETURN_IF_ERROR(members.Date("lastDate", &edge.last_date));
    snapshot.edges.push_back(std::move(edge));
  }
  return snapshot;
}

}  // namespace

absl::StatusOr<graph::GraphSnapshot> ReadGraphText(std::string_view content, const std::string& name) {
  if (content.starts_with(kByteOrderMark)) content.remove_prefix(kByteOrderMark.size());
  const std::string_view start = StripLeading(content);
  absl::StatusOr<graph::GraphSnapshot> snapshot;
  if (start.empty()) {
    return Malformed(name, "empty file; expected a graph.graphml or graph.jsonld written by actorgraph build");
  } else if (start.front() == '<') {
    snapshot = ParseGraphml(content, name);
  } else if (start.front() == '{') {
    snapshot = ParseJsonld(content, name);
  } else {
    return Foreign(name, "neither XML nor JSON");
  }
  if (!snapshot.ok()) return snapshot.status();
  // No key is repeated, and every relation joins two actors of the file.
  std::string duplicate;
  if (!graph::SortSnapshot(&*snapshot, &duplicate)) return Malformed(name, duplicate);
  std::set<std::string> ids;
  for (const graph::SnapshotNode& node : snapshot->nodes) ids.insert(node.id);
  for (const graph::SnapshotEdge& edge : snapshot->edges) {
    for (const std::string* id : {&edge.source, &edge.target}) {
      if (!ids.contains(*id)) {
        return Malformed(name, absl::StrCat("a relation joins \"", Shown(*id), "\", which is no actor of the file"));
      }
    }
  }
  return snapshot;
}

absl::StatusOr<graph::GraphSnapshot> ReadGraphFile(const std::string& path) {
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (status.type() == fs::file_type::not_found) return absl::NotFoundError(absl::StrCat(path, ": no such file"));
  if (error) return absl::InvalidArgumentError(absl::StrCat(path, ": ", error.message()));
  if (fs::is_directory(status)) return absl::InvalidArgumentError(absl::StrCat(path, ": is a directory, not a graph file"));
  if (!fs::is_regular_file(status)) return absl::InvalidArgumentError(absl::StrCat(path, ": not a regular file"));
  const uintmax_t size = fs::file_size(path, error);
  if (error) return absl::InvalidArgumentError(absl::StrCat(path, ": ", error.message()));
  if (size > kMaxFileBytes) {
    return absl::InvalidArgumentError(absl::StrCat(path, ": ", size, " bytes is more than a graph file may have (",
                                                   kMaxFileBytes, ")"));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::InvalidArgumentError(absl::StrCat(path, ": cannot open: ", std::strerror(errno)));
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return absl::InvalidArgumentError(absl::StrCat(path, ": read error: ", std::strerror(errno)));
  return ReadGraphText(content.str(), path);
}

}  // namespace actorgraph::exporter
