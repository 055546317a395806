// Gold annotations (../shared/gold/GUIDELINES.md): one JSON file per article
// with entities (global ids, type, names), relations (CAMEO root, AFF, PART),
// optional entities and relations, and quotes with their speakers.
#ifndef ACTORGRAPH_EVAL_GOLD_H_
#define ACTORGRAPH_EVAL_GOLD_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "model/model.h"

namespace actorgraph::eval {

struct GoldEntity {
  std::string id;  // global across articles ("sergey_lavrov")
  EntityType type = EntityType::kPerson;
  std::vector<std::string> names;
  bool optional = false;  // neither required nor penalised
};

struct GoldRelation {
  std::string subject;  // entity ids
  std::string code;     // "01".."20", "AFF", "PART"
  std::string object;
  std::string evidence;
  std::string role;      // AFF only, may be empty
  std::string modality;  // "" or "future"
  bool optional = false;
};

struct GoldQuote {
  std::string speaker;  // entity id
  std::string starts;   // the first words of the quotation
};

struct GoldDocument {
  std::string doc;   // article id
  std::string date;
  std::vector<GoldEntity> entities;  // required then optional
  std::vector<GoldRelation> relations;
  std::vector<GoldQuote> quotes;
};

// Parses one gold file's content. Errors name `origin` and what is wrong.
absl::StatusOr<GoldDocument> ParseGold(std::string_view json, std::string_view origin);

// Loads every *.json in `dir`, sorted by article id.
absl::StatusOr<std::vector<GoldDocument>> LoadGoldDirectory(const std::string& dir);

}  // namespace actorgraph::eval

#endif  // ACTORGRAPH_EVAL_GOLD_H_
