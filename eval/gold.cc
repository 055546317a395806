#include "eval/gold.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "absl/strings/str_cat.h"
#include "model/strings.h"
#include "rapidjson/document.h"
#include "rapidjson/error/en.h"

namespace actorgraph::eval {
namespace {

absl::Status Invalid(std::string_view origin, std::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(ToAbsl(origin), ": ", ToAbsl(what)));
}

// Reads an optional string member; a present non-string is an error.
absl::Status GetString(const rapidjson::Value& object, const char* key, bool required,
                       std::string_view origin, std::string* out) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd() || it->value.IsNull()) {
    if (required) return Invalid(origin, absl::StrCat("missing \"", key, "\""));
    return absl::OkStatus();
  }
  if (!it->value.IsString()) return Invalid(origin, absl::StrCat("\"", key, "\" is not a string"));
  out->assign(it->value.GetString(), it->value.GetStringLength());
  return absl::OkStatus();
}

absl::Status ParseEntities(const rapidjson::Value& root, const char* key, bool optional,
                           std::string_view origin, GoldDocument* doc) {
  auto it = root.FindMember(key);
  if (it == root.MemberEnd()) return absl::OkStatus();
  if (!it->value.IsArray()) return Invalid(origin, absl::StrCat("\"", key, "\" is not an array"));
  for (const auto& e : it->value.GetArray()) {
    if (!e.IsObject()) return Invalid(origin, absl::StrCat("an item of \"", key, "\" is not an object"));
    GoldEntity entity;
    entity.optional = optional;
    std::string type;
    if (auto s = GetString(e, "id", true, origin, &entity.id); !s.ok()) return s;
    if (auto s = GetString(e, "type", true, origin, &type); !s.ok()) return s;
    std::optional<EntityType> parsed = ParseEntityType(type);
    if (!parsed) return Invalid(origin, absl::StrCat("entity \"", entity.id, "\": unknown type \"", type, "\""));
    entity.type = *parsed;
    auto names = e.FindMember("names");
    if (names == e.MemberEnd() || !names->value.IsArray()) {
      return Invalid(origin, absl::StrCat("entity \"", entity.id, "\": \"names\" is not an array"));
    }
    for (const auto& n : names->value.GetArray()) {
      if (!n.IsString()) return Invalid(origin, absl::StrCat("entity \"", entity.id, "\": a name is not a string"));
      entity.names.emplace_back(n.GetString(), n.GetStringLength());
    }
    doc->entities.push_back(std::move(entity));
  }
  return absl::OkStatus();
}

absl::Status ParseRelations(const rapidjson::Value& root, const char* key, bool optional,
                            std::string_view origin, GoldDocument* doc) {
  auto it = root.FindMember(key);
  if (it == root.MemberEnd()) return absl::OkStatus();
  if (!it->value.IsArray()) return Invalid(origin, absl::StrCat("\"", key, "\" is not an array"));
  for (const auto& r : it->value.GetArray()) {
    if (!r.IsObject()) return Invalid(origin, absl::StrCat("an item of \"", key, "\" is not an object"));
    GoldRelation relation;
    relation.optional = optional;
    for (auto [k, out, required] :
         {std::tuple<const char*, std::string*, bool>{"s", &relation.subject, true},
          {"cameo", &relation.code, true},
          {"o", &relation.object, true},
          {"evidence", &relation.evidence, false},
          {"role", &relation.role, false},
          {"modality", &relation.modality, false}}) {
      if (auto s = GetString(r, k, required, origin, out); !s.ok()) return s;
    }
    if (!IsCameoRootCode(relation.code) && relation.code != kAffiliationCode &&
        relation.code != kParticipationCode) {
      return Invalid(origin, absl::StrCat("relation code \"", relation.code, "\" is not a CAMEO root, AFF or PART"));
    }
    doc->relations.push_back(std::move(relation));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<GoldDocument> ParseGold(std::string_view json, std::string_view origin) {
  rapidjson::Document root;
  root.Parse(json.data(), json.size());
  if (root.HasParseError()) {
    return Invalid(origin, absl::StrCat("malformed JSON at offset ", root.GetErrorOffset(), ": ",
                                        rapidjson::GetParseError_En(root.GetParseError())));
  }
  if (!root.IsObject()) return Invalid(origin, "not a JSON object");
  GoldDocument doc;
  if (auto s = GetString(root, "doc", true, origin, &doc.doc); !s.ok()) return s;
  if (auto s = GetString(root, "date", false, origin, &doc.date); !s.ok()) return s;
  if (auto s = ParseEntities(root, "entities", false, origin, &doc); !s.ok()) return s;
  if (auto s = ParseEntities(root, "optional_entities", true, origin, &doc); !s.ok()) return s;
  if (auto s = ParseRelations(root, "relations", false, origin, &doc); !s.ok()) return s;
  if (auto s = ParseRelations(root, "optional_relations", true, origin, &doc); !s.ok()) return s;
  auto quotes = root.FindMember("quotes");
  if (quotes != root.MemberEnd()) {
    if (!quotes->value.IsArray()) return Invalid(origin, "\"quotes\" is not an array");
    for (const auto& q : quotes->value.GetArray()) {
      if (!q.IsObject()) return Invalid(origin, "a quote is not an object");
      GoldQuote quote;
      if (auto s = GetString(q, "speaker", false, origin, &quote.speaker); !s.ok()) return s;
      if (auto s = GetString(q, "starts", true, origin, &quote.starts); !s.ok()) return s;
      doc.quotes.push_back(std::move(quote));
    }
  }
  return doc;
}

absl::StatusOr<std::vector<GoldDocument>> LoadGoldDirectory(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return absl::NotFoundError(absl::StrCat(dir, ": not a directory of gold annotations"));
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  if (ec) return absl::NotFoundError(absl::StrCat(dir, ": ", ec.message()));
  std::sort(files.begin(), files.end());
  std::vector<GoldDocument> docs;
  for (const fs::path& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in && !in.eof()) return absl::NotFoundError(absl::StrCat(path.string(), ": cannot read"));
    absl::StatusOr<GoldDocument> doc = ParseGold(content, path.string());
    if (!doc.ok()) return doc.status();
    docs.push_back(*std::move(doc));
  }
  if (docs.empty()) return absl::NotFoundError(absl::StrCat(dir, ": no *.json gold files"));
  std::sort(docs.begin(), docs.end(),
            [](const GoldDocument& a, const GoldDocument& b) { return a.doc < b.doc; });
  return docs;
}

}  // namespace actorgraph::eval
