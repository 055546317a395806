#include "model/model.h"

#include "gtest/gtest.h"

namespace actorgraph {
namespace {

struct CodeCase {
  const char* code;
  bool cameo;
  int quad_class;
};

TEST(ModelTest, CameoCodesAndQuadClasses) {
  const CodeCase cases[] = {
      {"01", true, 1}, {"04", true, 1}, {"05", true, 2}, {"08", true, 2}, {"09", true, 3},
      {"13", true, 3}, {"14", true, 4}, {"20", true, 4}, {"00", false, 0}, {"21", false, 0},
      {"4", false, 0},  {"AFF", false, 0}, {"PART", false, 0}, {"", false, 0}, {"1a", false, 0},
  };
  for (const CodeCase& c : cases) {
    EXPECT_EQ(IsCameoRootCode(c.code), c.cameo) << c.code;
    EXPECT_EQ(QuadClass(c.code), c.quad_class) << c.code;
  }
  EXPECT_EQ(RelationCodeName("04"), "consult");
  EXPECT_EQ(RelationCodeName("AFF"), "affiliation");
  EXPECT_EQ(RelationCodeName("99"), "unknown");
}

TEST(ModelTest, NamesRoundTrip) {
  for (EntityType t : {EntityType::kPerson, EntityType::kOrganization, EntityType::kLocation,
                       EntityType::kEvent}) {
    EXPECT_EQ(ParseEntityType(EntityTypeName(t)), t);
  }
  for (Modality m : {Modality::kAsserted, Modality::kNegated, Modality::kFuture,
                     Modality::kHypothetical}) {
    EXPECT_EQ(ParseModality(ModalityName(m)), m);
  }
  EXPECT_FALSE(ParseEntityType("person").has_value());
  EXPECT_FALSE(ParseModality("maybe").has_value());
}

TEST(ModelTest, SpanRelations) {
  Span a{10, 20}, b{15, 25}, c{20, 30}, inner{12, 18};
  EXPECT_TRUE(a.Overlaps(b));
  EXPECT_FALSE(a.Overlaps(c));  // half-open: [10,20) and [20,30) do not meet
  EXPECT_TRUE(a.Contains(inner));
  EXPECT_FALSE(inner.Contains(a));
  EXPECT_EQ(a.size(), 10u);
  EXPECT_TRUE((Span{5, 5}).empty());
}

}  // namespace
}  // namespace actorgraph
