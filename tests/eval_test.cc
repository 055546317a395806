#include <string>

#include "eval/gold.h"
#include "eval/scorer.h"
#include "gmock/gmock.h"
#include "graph/knowledge_graph.h"
#include "gtest/gtest.h"

namespace actorgraph::eval {
namespace {

using ::testing::HasSubstr;

// A gold file in the guidelines' format.
constexpr char kGold[] = R"({
  "doc": "d1", "date": "2016-03-24",
  "entities": [
    {"id": "john_kerry", "type": "PERSON", "names": ["John Kerry", "Kerry"]},
    {"id": "sergey_lavrov", "type": "PERSON", "names": ["Sergei Lavrov", "Lavrov"]},
    {"id": "russia", "type": "LOCATION", "names": ["Russia", "Russian", "Moscow"]},
    {"id": "moscow", "type": "LOCATION", "names": ["Moscow"]},
    {"id": "united_nations", "type": "ORGANIZATION", "names": ["the United Nations"]}
  ],
  "optional_entities": [
    {"id": "rebels", "type": "ORGANIZATION", "names": ["rebels"]}
  ],
  "relations": [
    {"s": "john_kerry", "cameo": "04", "o": "sergey_lavrov", "evidence": "Kerry met Lavrov"},
    {"s": "john_kerry", "cameo": "02", "o": "russia", "evidence": "Kerry urged Moscow"},
    {"s": "sergey_lavrov", "cameo": "AFF", "o": "russia", "evidence": "Russian Foreign Minister", "role": "foreign minister"}
  ],
  "optional_relations": [
    {"s": "russia", "cameo": "13", "o": "rebels", "evidence": "warned rebels"}
  ],
  "quotes": [
    {"speaker": "john_kerry", "starts": "We made progress"},
    {"speaker": "sergey_lavrov", "starts": "Nothing is agreed"}
  ]
})";

struct Builder {
  Extraction x;
  Builder() {
    x.document.id = "d1";
    x.document.date = "2016-03-24";
  }
  int Add(std::string name, EntityType type, std::vector<std::string> surfaces) {
    Entity e;
    e.name = std::move(name);
    e.type = type;
    for (auto& s : surfaces) {
      Mention m;
      m.surface = s;
      m.entity = static_cast<int>(x.entities.size());
      e.mentions.push_back(static_cast<int>(x.mentions.size()));
      x.mentions.push_back(m);
    }
    x.entities.push_back(e);
    return static_cast<int>(x.entities.size() - 1);
  }
  void Rel(int s, std::string code, int o, Modality m = Modality::kAsserted) {
    Triple t;
    t.subject = s;
    t.object = o;
    t.code = std::move(code);
    t.modality = m;
    t.provenance.document_id = "d1";
    x.triples.push_back(t);
  }
  void Say(int speaker, std::string text) {
    Quote q;
    q.speaker = speaker;
    q.text = std::move(text);
    x.quotes.push_back(q);
  }
};

TEST(GoldTest, ParsesAndExplainsErrors) {
  auto gold = ParseGold(kGold, "d1.json");
  ASSERT_TRUE(gold.ok()) << gold.status();
  EXPECT_EQ(gold->entities.size(), 6u);
  EXPECT_TRUE(gold->entities.back().optional);
  EXPECT_EQ(gold->relations.size(), 4u);
  EXPECT_EQ(gold->relations[2].role, "foreign minister");
  EXPECT_EQ(gold->quotes.size(), 2u);

  const std::pair<const char*, const char*> bad[] = {
      {"{", "d.json: malformed JSON"},
      {R"({"entities": []})", "missing \"doc\""},
      {R"({"doc": "d", "entities": [{"id": "x", "type": "THING", "names": []}]})", "unknown type \"THING\""},
      {R"({"doc": "d", "relations": [{"s": "a", "cameo": "99", "o": "b"}]})", "\"99\" is not a CAMEO root"},
  };
  for (const auto& [json, message] : bad) {
    auto parsed = ParseGold(json, "d.json");
    ASSERT_FALSE(parsed.ok()) << json;
    EXPECT_THAT(std::string(parsed.status().message()), HasSubstr(message)) << json;
  }
}

TEST(ScorerTest, CountsEveryLevel) {
  auto gold = ParseGold(kGold, "d1.json");
  ASSERT_TRUE(gold.ok());
  Builder b;
  int kerry = b.Add("John Kerry", EntityType::kPerson, {"John Kerry", "KERRY"});
  int lavrov = b.Add("Sergey Lavrov", EntityType::kPerson, {"Lavrov's"});  // possessive ignored
  int russia = b.Add("Russia", EntityType::kLocation, {"Russian", "Moscow"});
  int moscow = b.Add("Moscow", EntityType::kLocation, {"Moscow"});
  int un = b.Add("United Nations", EntityType::kLocation, {"United Nations"});  // leading "the" ignored; wrong type
  int rebels = b.Add("rebels", EntityType::kOrganization, {"rebels"});          // optional: not counted
  int ghost = b.Add("Nobody Known", EntityType::kPerson, {"Nobody Known"});     // false alarm
  b.Rel(lavrov, "04", kerry);                     // meetings are symmetric: right at every level
  b.Rel(kerry, "11", russia);                     // right pair, wrong QuadClass and code
  b.Rel(russia, "13", rebels);                    // optional: neither right nor wrong
  b.Rel(kerry, "04", moscow, Modality::kNegated); // not asserted: ignored
  b.Rel(ghost, "05", un);                         // false at every level
  b.Rel(lavrov, "AFF", russia);
  b.Say(kerry, "We made progress on the truce.");
  b.Say(kerry, "Nothing is agreed until everything is agreed.");  // found, wrong speaker
  b.Say(-1, "an unrelated remark of some length");

  Evaluator evaluator;
  evaluator.AddDocument(*gold, b.x);
  const EvalReport& r = evaluator.report();
  EXPECT_EQ(r.entities.gold, 5);
  EXPECT_EQ(r.entities.system, 6);  // all but the optional rebels
  EXPECT_EQ(r.entities.true_positive, 5);
  EXPECT_EQ(r.typed_entities.true_positive, 4);  // the UN typed LOCATION
  EXPECT_EQ(r.relation_pairs.gold, 2);
  EXPECT_EQ(r.relation_pairs.system, 3);
  EXPECT_EQ(r.relation_pairs.true_positive, 2);
  EXPECT_EQ(r.relation_quad.true_positive, 1);
  EXPECT_EQ(r.relation_codes.true_positive, 1);
  EXPECT_EQ(r.affiliations.true_positive, 1);
  EXPECT_EQ(r.affiliations.system, 1);
  EXPECT_EQ(r.quotes_gold, 2);
  EXPECT_EQ(r.quotes_found, 2);
  EXPECT_EQ(r.quotes_speaker_right, 1);
  EXPECT_DOUBLE_EQ(r.entities.Precision(), 5.0 / 6);
  EXPECT_DOUBLE_EQ(r.entities.Recall(), 1.0);
  EXPECT_THAT(FormatReport(r, true), HasSubstr("false entity Nobody Known"));
  EXPECT_THAT(FormatReport(r, true), HasSubstr("wrong speaker john_kerry for quote of sergey_lavrov"));
}

// A gold country that lists its capital among its names ("Washington
// said") and the gold capital itself: each system entity goes to the gold
// entity whose names it shares most closely, whatever the order of the file.
TEST(ScorerTest, CapitalAndCountryGoToTheirOwnGoldEntities) {
  constexpr char kCapitalGold[] = R"({
    "doc": "d1", "date": "1987-03-24",
    "entities": [
      {"id": "united_states", "type": "LOCATION", "names": ["U.S.", "Washington", "Americans"]},
      {"id": "washington", "type": "LOCATION", "names": ["Washington"]},
      {"id": "iran", "type": "LOCATION", "names": ["Iran"]}
    ],
    "relations": [{"s": "iran", "cameo": "13", "o": "united_states", "evidence": "warned the U.S."}],
    "quotes": []
  })";
  auto gold = ParseGold(kCapitalGold, "d1.json");
  ASSERT_TRUE(gold.ok());
  Builder b;
  int iran = b.Add("Iran", EntityType::kLocation, {"Iran"});
  int us = b.Add("United States", EntityType::kLocation, {"U.S.", "Washington", "Americans"});
  b.Add("Washington", EntityType::kLocation, {"Washington"});
  b.Rel(iran, "13", us);
  Evaluator evaluator;
  evaluator.AddDocument(*gold, b.x);
  const EvalReport& r = evaluator.report();
  EXPECT_EQ(r.entities.true_positive, 3);
  EXPECT_EQ(r.relation_codes.true_positive, 1);
}

TEST(ScorerTest, ReportsSplitsAndMixedNodes) {
  // Two documents: Lavrov under two spellings that the graph cannot merge,
  // and one node that holds two different gold entities.
  auto gold1 = ParseGold(R"({"doc": "a", "entities": [
      {"id": "lavrov", "type": "PERSON", "names": ["Sergey Lavrov"]},
      {"id": "georgia_country", "type": "LOCATION", "names": ["Georgia"]}]})", "a.json");
  auto gold2 = ParseGold(R"({"doc": "b", "entities": [
      {"id": "lavrov", "type": "PERSON", "names": ["S. Lavrov"]},
      {"id": "georgia_state", "type": "LOCATION", "names": ["Georgia"]}]})", "b.json");
  ASSERT_TRUE(gold1.ok() && gold2.ok());
  Builder a, b;
  a.x.document.id = "a";
  b.x.document.id = "b";
  a.Add("Sergey Lavrov", EntityType::kPerson, {"Sergey Lavrov"});
  a.Add("Georgia", EntityType::kLocation, {"Georgia"});
  b.Add("S. Lavrov", EntityType::kPerson, {"S. Lavrov"});
  b.Add("Georgia", EntityType::kLocation, {"Georgia"});
  graph::KnowledgeGraph kg;
  kg.Add(a.x);
  kg.Add(b.x);
  kg.Finalize();
  Evaluator evaluator;
  evaluator.AddDocument(*gold1, a.x);
  evaluator.AddDocument(*gold2, b.x);
  evaluator.ScoreMerging(kg);
  EXPECT_EQ(evaluator.report().gold_split, 1);
  EXPECT_EQ(evaluator.report().nodes_mixed, 1);
  EXPECT_THAT(evaluator.report().merge_lines,
              ::testing::ElementsAre("mixed location:georgia holds georgia_country, georgia_state",
                                     "split lavrov over 2 nodes: person:s-lavrov, person:srg-lavrov"));
}

// A gold name written with a courtesy title ("Sir Menzies Campbell", "Col.
// Bob Stewart") is the person's name without it; other types keep theirs.
TEST(ScorerTest, PersonNamesMatchWithoutLeadingTitles) {
  auto gold = ParseGold(R"({"doc": "d1", "entities": [
      {"id": "menzies_campbell", "type": "PERSON", "names": ["Sir Menzies Campbell"]},
      {"id": "bob_stewart", "type": "PERSON", "names": ["Col. Bob Stewart"]},
      {"id": "general_motors", "type": "ORGANIZATION", "names": ["General Motors"]}]})", "d1.json");
  ASSERT_TRUE(gold.ok());
  Builder b;
  b.Add("Menzies Campbell", EntityType::kPerson, {"Menzies Campbell"});
  b.Add("Bob Stewart", EntityType::kPerson, {"Bob Stewart"});
  b.Add("Motors", EntityType::kOrganization, {"Motors"});
  Evaluator with_titles({"Col.", "General", "Sir"});
  with_titles.AddDocument(*gold, b.x);
  EXPECT_EQ(with_titles.report().entities.true_positive, 2);  // not "Motors"
  Evaluator without_titles;
  without_titles.AddDocument(*gold, b.x);
  EXPECT_EQ(without_titles.report().entities.true_positive, 0);
}

TEST(ScorerTest, MissingArticleCountsAsMisses) {
  auto gold = ParseGold(kGold, "d1.json");
  Evaluator evaluator;
  evaluator.AddMissingDocument(*gold);
  EXPECT_EQ(evaluator.report().documents_missing, 1);
  EXPECT_EQ(evaluator.report().entities.gold, 5);
  EXPECT_EQ(evaluator.report().entities.true_positive, 0);
  EXPECT_EQ(evaluator.report().quotes_found, 0);
}

}  // namespace
}  // namespace actorgraph::eval
