#include "extract/extraction_json.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <iostream>
#include <set>
#include <tuple>

#include "absl/strings/escaping.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "extract/gzip_buffer.h"
#include "extract/json_parse.h"
#include "model/status_macros.h"
#include "model/strings.h"
#include "rapidjson/document.h"
#include "rapidjson/error/en.h"
#include "rapidjson/stringbuffer.h"
#include "rapidjson/writer.h"

namespace actorgraph::extract {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void String(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void Key(JsonWriter& w, std::string_view k) {
  w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
}

void OptionalString(JsonWriter& w, std::string_view key, std::string_view value) {
  Key(w, key);
  if (value.empty()) {
    w.Null();
  } else {
    String(w, value);
  }
}

void SpanFields(JsonWriter& w, const Span& span) {
  Key(w, "begin");
  w.Uint(span.begin);
  Key(w, "end");
  w.Uint(span.end);
}

using Value = rapidjson::Value;

absl::Status Invalid(std::string_view where, std::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(ToAbsl(where), ": ", ToAbsl(what)));
}

// Untrusted text quoted in a message: escaped and cut short.
std::string Quoted(std::string_view text) {
  constexpr size_t kMax = 40;
  std::string shown = absl::CHexEscape(ToAbsl(text.substr(0, kMax)));
  return absl::StrCat("\"", shown, text.size() > kMax ? "...\"" : "\"");
}

std::string_view Text(const Value& v) { return {v.GetString(), v.GetStringLength()}; }

Value::ConstMemberIterator Find(const Value& object, std::string_view key) {
  Value name(rapidjson::StringRef(key.data(), static_cast<rapidjson::SizeType>(key.size())));
  return object.FindMember(name);
}

// REQUIRES: CheckKeys listed `key`.
const Value& Member(const Value& object, std::string_view key) { return Find(object, key)->value; }

// Checks that `v` is an object whose keys are exactly `keys`, in any order.
absl::Status CheckKeys(const Value& v, std::string_view where, std::initializer_list<std::string_view> keys) {
  if (!v.IsObject()) return Invalid(where, "is not an object");
  for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
    if (std::find(keys.begin(), keys.end(), Text(it->name)) == keys.end()) {
      return Invalid(where, absl::StrCat("unknown key ", Quoted(Text(it->name))));
    }
  }
  for (std::string_view key : keys) {
    if (Find(v, key) == v.MemberEnd()) {
      return Invalid(where, absl::StrCat("missing key \"", ToAbsl(key), "\""));
    }
  }
  if (v.MemberCount() != keys.size()) return Invalid(where, "a key is repeated");
  return absl::OkStatus();
}


std::string Path(std::string_view where, std::string_view key) { return absl::StrCat(ToAbsl(where), ".", ToAbsl(key)); }

std::string Path(std::string_view where, size_t index) { return absl::StrCat(ToAbsl(where), "[", index, "]"); }

// A string member: valid UTF-8 without NUL; null (-> empty) only when `nullable`.
absl::Status GetString(const Value& object, std::string_view where, std::string_view key, bool nullable,
                       std::string* out) {
  const Value& v = Member(object, key);
  if (nullable && v.IsNull()) {
    out->clear();
    return absl::OkStatus();
  }
  std::string path = Path(where, key);
  if (!v.IsString()) return Invalid(path, nullable ? "is not a string or null" : "is not a string");
  std::string_view text = Text(v);
  size_t bad = 0;
  if (!IsValidUtf8(text, &bad)) return Invalid(path, absl::StrCat("not valid UTF-8 (byte offset ", bad, ")"));
  if (text.find('\0') != std::string_view::npos) return Invalid(path, "contains NUL characters");
  out->assign(text);
  return absl::OkStatus();
}

absl::Status GetUint32(const Value& v, std::string_view path, uint32_t* out) {
  if (!v.IsUint()) return Invalid(path, "is not a whole number from 0 to 4294967295");
  *out = v.GetUint();
  return absl::OkStatus();
}

// An index into a list of `count` `things`; null (-> -1) only when `nullable`.
absl::Status GetIndex(const Value& object, std::string_view where, std::string_view key, size_t count,
                      std::string_view things, bool nullable, int* out) {
  const Value& v = Member(object, key);
  if (nullable && v.IsNull()) {
    *out = -1;
    return absl::OkStatus();
  }
  if (!v.IsInt() || v.GetInt() < 0 || static_cast<size_t>(v.GetInt()) >= count) {
    std::string range = count == 0 ? absl::StrCat("there are no ", ToAbsl(things))
                                   : absl::StrCat("expected an index of ", ToAbsl(things), ", 0 to ", count - 1);
    return Invalid(Path(where, key), absl::StrCat("out of range (", range, ")"));
  }
  *out = v.GetInt();
  return absl::OkStatus();
}

// A half-open byte range [begin, end) that lies within a text of `bytes` bytes.
absl::Status CheckSpan(const Span& span, std::string_view where, uint64_t bytes) {
  if (span.begin > span.end) {
    return Invalid(where, absl::StrCat("begin ", span.begin, " is after end ", span.end));
  }
  if (span.end > bytes) {
    return Invalid(where, absl::StrCat("end ", span.end, " is past the end of the text (", bytes, " bytes)"));
  }
  return absl::OkStatus();
}

absl::Status GetSpan(const Value& object, std::string_view where, uint64_t bytes, Span* span) {
  RETURN_IF_ERROR(GetUint32(Member(object, "begin"), Path(where, "begin"), &span->begin));
  RETURN_IF_ERROR(GetUint32(Member(object, "end"), Path(where, "end"), &span->end));
  return CheckSpan(*span, where, bytes);
}

absl::Status ParseDocument(const Value& v, Document* doc) {
  constexpr std::string_view kWhere = "document";
  RETURN_IF_ERROR(CheckKeys(v, kWhere, {"id", "date", "title", "source", "url", "bytes"}));
  RETURN_IF_ERROR(GetString(v, kWhere, "id", false, &doc->id));
  if (doc->id.empty()) return Invalid("document.id", "is empty");
  RETURN_IF_ERROR(GetString(v, kWhere, "date", false, &doc->date));
  if (doc->date != kUnknownDate) {
    absl::StatusOr<std::string> date = NormalizeDate(doc->date);
    if (!date.ok() || *date != doc->date) {
      return Invalid("document.date", absl::StrCat(Quoted(doc->date), " is not a YYYY-MM-DD date or \"unknown\""));
    }
  }
  RETURN_IF_ERROR(GetString(v, kWhere, "title", true, &doc->title));
  RETURN_IF_ERROR(GetString(v, kWhere, "source", true, &doc->source));
  RETURN_IF_ERROR(GetString(v, kWhere, "url", true, &doc->url));
  const Value& bytes = Member(v, "bytes");
  if (!bytes.IsUint64()) return Invalid("document.bytes", "is not a whole number");
  doc->text_size = bytes.GetUint64();
  return absl::OkStatus();
}

absl::Status ParseSentences(const Value& v, uint64_t bytes, std::vector<Sentence>* sentences) {
  if (!v.IsArray()) return Invalid("sentences", "is not an array");
  for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
    std::string where = Path("sentences", i);
    const Value& pair = v[i];
    if (!pair.IsArray() || pair.Size() != 2) return Invalid(where, "is not a [begin, end] pair");
    Sentence s;
    RETURN_IF_ERROR(GetUint32(pair[0], where, &s.span.begin));
    RETURN_IF_ERROR(GetUint32(pair[1], where, &s.span.end));
    RETURN_IF_ERROR(CheckSpan(s.span, where, bytes));
    sentences->push_back(s);
  }
  return absl::OkStatus();
}

// Fills entities and mentions; mentions are renumbered in text order.
absl::Status ParseEntities(const Value& v, Extraction* x) {
  if (!v.IsArray()) return Invalid("entities", "is not an array");
  const uint64_t bytes = x->document.text_size;
  // (span, entity, position in the entity's list) of every mention.
  std::vector<std::tuple<Span, size_t, size_t>> order;
  std::vector<Mention> read;
  for (rapidjson::SizeType e = 0; e < v.Size(); ++e) {
    std::string where = Path("entities", e);
    const Value& object = v[e];
    RETURN_IF_ERROR(CheckKeys(object, where, {"id", "name", "type", "generic", "mentions"}));
    const Value& id = Member(object, "id");
    if (!id.IsUint() || id.GetUint() != e) return Invalid(Path(where, "id"), absl::StrCat("is not ", e));
    Entity entity;
    RETURN_IF_ERROR(GetString(object, where, "name", false, &entity.name));
    if (entity.name.empty()) return Invalid(Path(where, "name"), "is empty");
    const Value& type = Member(object, "type");
    std::optional<EntityType> parsed_type = type.IsString() ? ParseEntityType(Text(type)) : std::nullopt;
    if (!parsed_type) return Invalid(Path(where, "type"), "is not PERSON, ORGANIZATION, LOCATION or EVENT");
    entity.type = *parsed_type;
    const Value& generic = Member(object, "generic");
    if (!generic.IsBool()) return Invalid(Path(where, "generic"), "is not true or false");
    entity.generic = generic.GetBool();
    const Value& mentions = Member(object, "mentions");
    if (!mentions.IsArray()) return Invalid(Path(where, "mentions"), "is not an array");
    for (rapidjson::SizeType m = 0; m < mentions.Size(); ++m) {
      std::string mention_where = Path(Path(where, "mentions"), m);
      const Value& mv = mentions[m];
      RETURN_IF_ERROR(CheckKeys(mv, mention_where, {"text", "begin", "end", "sentence"}));
      Mention mention;
      mention.type = entity.type;
      mention.entity = static_cast<int>(e);
      RETURN_IF_ERROR(GetString(mv, mention_where, "text", false, &mention.surface));
      RETURN_IF_ERROR(GetSpan(mv, mention_where, bytes, &mention.span));
      if (mention.surface.size() != mention.span.size()) {
        return Invalid(mention_where, absl::StrCat("text is ", mention.surface.size(), " bytes but its span is ",
                                                   mention.span.size()));
      }
      RETURN_IF_ERROR(GetIndex(mv, mention_where, "sentence", x->sentences.size(), "sentences", false,
                               &mention.sentence));
      order.emplace_back(mention.span, e, m);
      read.push_back(std::move(mention));
      entity.mentions.push_back(-1);  // set below, once mentions are in text order
    }
    x->entities.push_back(std::move(entity));
  }
  std::vector<size_t> by_text(read.size());
  for (size_t i = 0; i < by_text.size(); ++i) by_text[i] = i;
  std::sort(by_text.begin(), by_text.end(), [&](size_t a, size_t b) { return order[a] < order[b]; });
  for (size_t i : by_text) {
    const auto& [span, e, m] = order[i];
    x->entities[e].mentions[m] = static_cast<int>(x->mentions.size());
    x->mentions.push_back(std::move(read[i]));
  }
  return absl::OkStatus();
}

absl::Status ParseRelations(const Value& v, Extraction* x) {
  if (!v.IsArray()) return Invalid("relations", "is not an array");
  const uint64_t bytes = x->document.text_size;
  for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
    std::string where = Path("relations", i);
    const Value& object = v[i];
    RETURN_IF_ERROR(CheckKeys(object, where, {"subject", "predicate", "code", "quad_class", "goldstein", "object",
                                              "role", "modality", "sentence", "begin", "end", "evidence"}));
    Triple t;
    const size_t entities = x->entities.size();
    RETURN_IF_ERROR(GetIndex(object, where, "subject", entities, "entities", false, &t.subject));
    RETURN_IF_ERROR(GetIndex(object, where, "object", entities, "entities", false, &t.object));
    RETURN_IF_ERROR(GetString(object, where, "predicate", false, &t.predicate));
    RETURN_IF_ERROR(GetString(object, where, "code", false, &t.code));
    if (!IsCameoRootCode(t.code) && t.code != kAffiliationCode && t.code != kParticipationCode) {
      return Invalid(Path(where, "code"), absl::StrCat(Quoted(t.code), " is not a CAMEO root code, AFF or PART"));
    }
    const Value& quad = Member(object, "quad_class");
    if (!quad.IsInt() || quad.GetInt() != QuadClass(t.code)) {
      return Invalid(Path(where, "quad_class"), absl::StrCat("is not ", QuadClass(t.code), ", that of code ", t.code));
    }
    const Value& goldstein = Member(object, "goldstein");
    if (!goldstein.IsNumber() || !std::isfinite(goldstein.GetDouble()) || std::fabs(goldstein.GetDouble()) > 10) {
      return Invalid(Path(where, "goldstein"), "is not a number from -10 to 10");
    }
    t.goldstein = goldstein.GetDouble();
    RETURN_IF_ERROR(GetString(object, where, "role", true, &t.role));
    const Value& modality = Member(object, "modality");
    std::optional<Modality> parsed = modality.IsString() ? ParseModality(Text(modality)) : std::nullopt;
    if (!parsed) return Invalid(Path(where, "modality"), "is not asserted, negated, future or hypothetical");
    t.modality = *parsed;
    Provenance& p = t.provenance;
    p.document_id = x->document.id;
    p.date = x->document.date;
    RETURN_IF_ERROR(GetIndex(object, where, "sentence", x->sentences.size(), "sentences", false, &p.sentence));
    RETURN_IF_ERROR(GetSpan(object, where, bytes, &p.span));
    RETURN_IF_ERROR(GetString(object, where, "evidence", false, &p.evidence));
    x->triples.push_back(std::move(t));
  }
  return absl::OkStatus();
}

absl::Status ParseQuotes(const Value& v, Extraction* x) {
  if (!v.IsArray()) return Invalid("quotes", "is not an array");
  for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
    std::string where = Path("quotes", i);
    const Value& object = v[i];
    RETURN_IF_ERROR(CheckKeys(object, where, {"speaker", "text", "begin", "end", "sentence"}));
    Quote q;
    RETURN_IF_ERROR(GetIndex(object, where, "speaker", x->entities.size(), "entities", true, &q.speaker));
    RETURN_IF_ERROR(GetString(object, where, "text", false, &q.text));
    RETURN_IF_ERROR(GetSpan(object, where, x->document.text_size, &q.span));
    RETURN_IF_ERROR(GetIndex(object, where, "sentence", x->sentences.size(), "sentences", false, &q.sentence));
    x->quotes.push_back(std::move(q));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<Extraction> ParseExtractionJson(std::string_view line) {
  rapidjson::Document json;
  // Deeply nested input is not a crash; numbers (goldstein) are read exactly.
  const rapidjson::ParseResult parsed = ParseJson(line, &json);
  if (parsed.IsError()) {
    return absl::InvalidArgumentError(absl::StrCat("malformed JSON at column ", parsed.Offset() + 1, ": ",
                                                   rapidjson::GetParseError_En(parsed.Code())));
  }
  if (!json.IsObject()) return absl::InvalidArgumentError("JSON line is not an object");
  // The version first: a line of another version may have other keys.
  const std::string expected = absl::StrCat("actorgraph-extraction/", kExtractionFormatVersion);
  auto format = json.FindMember("format");
  if (format == json.MemberEnd() || !format->value.IsString()) {
    return absl::InvalidArgumentError(absl::StrCat("no \"format\" key: not an actorgraph extraction line (", expected,
                                                   ", as `actorgraph extract` writes)"));
  }
  if (Text(format->value) != expected) {
    return absl::InvalidArgumentError(absl::StrCat("format ", Quoted(Text(format->value)), " is not ", expected,
                                                   ", the version this build reads"));
  }
  RETURN_IF_ERROR(CheckKeys(json, "line", {"format", "document", "sentences", "entities", "relations", "quotes"}));
  Extraction x;
  RETURN_IF_ERROR(ParseDocument(Member(json, "document"), &x.document));
  RETURN_IF_ERROR(ParseSentences(Member(json, "sentences"), x.document.text_size, &x.sentences));
  RETURN_IF_ERROR(ParseEntities(Member(json, "entities"), &x));
  RETURN_IF_ERROR(ParseRelations(Member(json, "relations"), &x));
  RETURN_IF_ERROR(ParseQuotes(Member(json, "quotes"), &x));
  return x;
}

int ReadExtractionFiles(const std::vector<std::string>& paths, const ExtractionSink& sink) {
  std::set<std::string> ids;
  int delivered = 0;
  auto read_lines = [&](std::istream& in, const std::string& name) {
    std::string line;
    int line_number = 0;
    while (std::getline(in, line)) {
      ++line_number;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      std::string origin = absl::StrCat(name, ":", line_number);
      absl::StatusOr<Extraction> x = ParseExtractionJson(line);
      if (!x.ok()) {
        std::string message(x.status().message());
        if (!absl::StartsWith(message, "malformed JSON")) message = absl::StrCat("invalid extraction: ", message);
        sink.problem({origin, std::move(message), true, name, line_number});
        continue;
      }
      if (!ids.insert(x->document.id).second) {
        sink.problem({origin, absl::StrCat("duplicate article id ", Quoted(x->document.id), " (the first one is kept)"),
                      true, name, line_number, x->document.id});
        continue;
      }
      x->document.origin = origin;
      ++delivered;
      sink.extraction(*std::move(x));
    }
    if (in.bad()) sink.problem({name, "read error while reading the file", true});
  };
  for (const std::string& path : paths) {
    if (path == "-") {
      read_lines(std::cin, "<stdin>");
      continue;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      sink.problem({path, "is a directory, not an extraction file", true});
      continue;
    }
    if (absl::EndsWith(path, ".gz")) {
      GzipBuffer buffer(path);
      if (!buffer.opened()) {
        sink.problem({path, absl::StrCat("cannot read: ", buffer.error()), true});
        continue;
      }
      std::istream in(&buffer);
      read_lines(in, path);
      if (!buffer.error().empty()) {
        sink.problem({path, absl::StrCat(buffer.error(), "; the lines before it were read"), true});
      }
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      sink.problem({path, absl::StrCat("cannot read: ", std::strerror(errno)), true});
      continue;
    }
    read_lines(in, path);
  }
  return delivered;
}

void AppendExtractionJson(const Extraction& x, std::string* out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  Key(w, "format");
  String(w, absl::StrCat("actorgraph-extraction/", kExtractionFormatVersion));
  Key(w, "document");
  w.StartObject();
  Key(w, "id");
  String(w, x.document.id);
  Key(w, "date");
  String(w, x.document.date.empty() ? kUnknownDate : std::string_view(x.document.date));
  OptionalString(w, "title", x.document.title);
  OptionalString(w, "source", x.document.source);
  OptionalString(w, "url", x.document.url);
  Key(w, "bytes");
  w.Uint64(x.document.text.empty() ? x.document.text_size : x.document.text.size());
  w.EndObject();

  Key(w, "sentences");
  w.StartArray();
  for (const Sentence& s : x.sentences) {
    w.StartArray();
    w.Uint(s.span.begin);
    w.Uint(s.span.end);
    w.EndArray();
  }
  w.EndArray();

  Key(w, "entities");
  w.StartArray();
  for (size_t e = 0; e < x.entities.size(); ++e) {
    const Entity& entity = x.entities[e];
    w.StartObject();
    Key(w, "id");
    w.Uint64(e);
    Key(w, "name");
    String(w, entity.name);
    Key(w, "type");
    String(w, EntityTypeName(entity.type));
    Key(w, "generic");
    w.Bool(entity.generic);
    Key(w, "mentions");
    w.StartArray();
    for (int m : entity.mentions) {
      const Mention& mention = x.mentions[m];
      w.StartObject();
      Key(w, "text");
      String(w, mention.surface);
      SpanFields(w, mention.span);
      Key(w, "sentence");
      w.Int(mention.sentence);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();

  Key(w, "relations");
  w.StartArray();
  for (const Triple& t : x.triples) {
    w.StartObject();
    Key(w, "subject");
    w.Int(t.subject);
    Key(w, "predicate");
    String(w, t.predicate);
    Key(w, "code");
    String(w, t.code);
    Key(w, "quad_class");
    w.Int(QuadClass(t.code));
    Key(w, "goldstein");
    w.Double(t.goldstein);
    Key(w, "object");
    w.Int(t.object);
    OptionalString(w, "role", t.role);
    Key(w, "modality");
    String(w, ModalityName(t.modality));
    Key(w, "sentence");
    w.Int(t.provenance.sentence);
    SpanFields(w, t.provenance.span);
    Key(w, "evidence");
    String(w, t.provenance.evidence);
    w.EndObject();
  }
  w.EndArray();

  Key(w, "quotes");
  w.StartArray();
  for (const Quote& q : x.quotes) {
    w.StartObject();
    Key(w, "speaker");
    if (q.speaker >= 0) {
      w.Int(q.speaker);
    } else {
      w.Null();
    }
    Key(w, "text");
    String(w, q.text);
    SpanFields(w, q.span);
    Key(w, "sentence");
    w.Int(q.sentence);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out->append(buffer.GetString(), buffer.GetSize());
  out->push_back('\n');
}

}  // namespace actorgraph::extract
