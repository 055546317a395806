#include "model/model.h"

#include <array>

namespace actorgraph {
namespace {

struct CodeName {
  std::string_view code;
  std::string_view name;
};

// The CAMEO root categories (CAMEO manual, root level) and our two extra codes.
constexpr std::array<CodeName, 22> kCodeNames = {{
    {"01", "make public statement"},
    {"02", "appeal"},
    {"03", "express intent to cooperate"},
    {"04", "consult"},
    {"05", "engage in diplomatic cooperation"},
    {"06", "engage in material cooperation"},
    {"07", "provide aid"},
    {"08", "yield"},
    {"09", "investigate"},
    {"10", "demand"},
    {"11", "disapprove"},
    {"12", "reject"},
    {"13", "threaten"},
    {"14", "protest"},
    {"15", "exhibit force posture"},
    {"16", "reduce relations"},
    {"17", "coerce"},
    {"18", "assault"},
    {"19", "fight"},
    {"20", "use unconventional mass violence"},
    {kAffiliationCode, "affiliation"},
    {kParticipationCode, "participation"},
}};

}  // namespace

std::string_view EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "PERSON";
    case EntityType::kOrganization:
      return "ORGANIZATION";
    case EntityType::kLocation:
      return "LOCATION";
    case EntityType::kEvent:
      return "EVENT";
  }
  return "PERSON";
}

std::optional<EntityType> ParseEntityType(std::string_view name) {
  for (EntityType t : {EntityType::kPerson, EntityType::kOrganization,
                       EntityType::kLocation, EntityType::kEvent}) {
    if (EntityTypeName(t) == name) return t;
  }
  return std::nullopt;
}

std::string_view ModalityName(Modality modality) {
  switch (modality) {
    case Modality::kAsserted:
      return "asserted";
    case Modality::kNegated:
      return "negated";
    case Modality::kFuture:
      return "future";
    case Modality::kHypothetical:
      return "hypothetical";
  }
  return "asserted";
}

std::optional<Modality> ParseModality(std::string_view name) {
  for (Modality m : {Modality::kAsserted, Modality::kNegated, Modality::kFuture,
                     Modality::kHypothetical}) {
    if (ModalityName(m) == name) return m;
  }
  return std::nullopt;
}

bool IsCameoRootCode(std::string_view code) {
  if (code.size() != 2 || code[0] < '0' || code[0] > '2' || code[1] < '0' ||
      code[1] > '9') {
    return false;
  }
  int n = (code[0] - '0') * 10 + (code[1] - '0');
  return n >= 1 && n <= 20;
}

int QuadClass(std::string_view code) {
  if (!IsCameoRootCode(code)) return 0;
  int n = (code[0] - '0') * 10 + (code[1] - '0');
  if (n <= 4) return 1;
  if (n <= 8) return 2;
  if (n <= 13) return 3;
  return 4;
}

std::string_view RelationCodeName(std::string_view code) {
  for (const CodeName& c : kCodeNames) {
    if (c.code == code) return c.name;
  }
  return "unknown";
}

}  // namespace actorgraph
