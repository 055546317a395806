// Node ids are derived from merge keys, so the same actor keeps its id in
// every subset of documents, whichever spelling the subset prefers.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "graph/knowledge_graph.h"
#include "gtest/gtest.h"
#include "tests/extraction_builder.h"

namespace actorgraph::graph {
namespace {

using test_util::BuildGraph;
using test_util::ExtractionBuilder;

// Five articles about one minister: two spell him Sergey, three Sergei, so the
// majority (and the canonical name) flips between subsets. d6 only has his
// surname.
std::map<std::string, Extraction> Articles() {
  std::map<std::string, Extraction> docs;
  auto add = [&](const std::string& id, const std::string& spelling, int mentions) {
    ExtractionBuilder b(id, "2024-03-0" + id.substr(1));
    b.Entity(spelling, EntityType::kPerson, mentions);
    b.Entity("Russia", EntityType::kLocation);
    b.Relation(spelling, kAffiliationCode, "Russia");
    docs[id] = b.extraction();
  };
  add("d1", "Sergey Danilin", 3);
  add("d2", "Sergey Danilin", 1);
  add("d3", "Sergei Danilin", 1);
  add("d4", "Sergei Danilin", 1);
  add("d5", "Sergei Danilin", 2);
  add("d6", "Danilin", 1);
  // The Russia of d3 is "the Russian Federation" too: a name of its own.
  ExtractionBuilder d3("d3", "2024-03-03");
  d3.Entity("Sergei Danilin");
  d3.Entity("Russia", EntityType::kLocation);
  d3.Entity("the Russian Federation", EntityType::kLocation);
  d3.Relation("Sergei Danilin", kAffiliationCode, "Russia");
  docs["d3"] = d3.extraction();
  return docs;
}

KnowledgeGraph BuildSubset(const std::vector<std::string>& ids, const AliasTable& aliases = {}) {
  std::map<std::string, Extraction> docs = Articles();
  std::vector<Extraction> subset;
  for (const std::string& id : ids) subset.push_back(docs.at(id));
  return BuildGraph(subset, aliases);
}

AliasTable Aliases(std::string_view text) {
  auto table = AliasTable::Parse(text, "aliases.txt");
  EXPECT_TRUE(table.ok()) << table.status();
  return table.ok() ? *table : AliasTable();
}

struct SubsetCase {
  std::vector<std::string> documents;
  std::string name;  // the minister's canonical name in that subset
  std::string id;    // his id
};

TEST(StableIdTest, SpellingMajorityFlipsButTheIdStays) {
  const SubsetCase cases[] = {
      {{"d1", "d2", "d3", "d4", "d5"}, "Sergei Danilin", "person:srg-danilin"},
      {{"d1", "d2", "d3"}, "Sergey Danilin", "person:srg-danilin"},
      {{"d1", "d3", "d4"}, "Sergei Danilin", "person:srg-danilin"},
      {{"d1"}, "Sergey Danilin", "person:srg-danilin"},
      {{"d5"}, "Sergei Danilin", "person:srg-danilin"},
      {{"d6", "d1"}, "Sergey Danilin", "person:srg-danilin"},  // the surname joins the full name
      {{"d1", "d2", "d3", "d4", "d5", "d6"}, "Sergei Danilin", "person:srg-danilin"},
      // The limit: an article that only says "Danilin" cannot know his given name.
      {{"d6"}, "Danilin", "person:danilin"},
  };
  for (const SubsetCase& c : cases) {
    KnowledgeGraph kg = BuildSubset(c.documents);
    long v = kg.FindNode("Danilin");
    ASSERT_GE(v, 0);
    EXPECT_EQ(kg.graph()[v].name, c.name) << ::testing::PrintToString(c.documents);
    EXPECT_EQ(kg.graph()[v].id, c.id) << ::testing::PrintToString(c.documents);
  }
}

TEST(StableIdTest, EveryActorOfASubsetHasItsIdInTheFullGraph) {
  KnowledgeGraph full = BuildSubset({"d1", "d2", "d3", "d4", "d5", "d6"});
  std::map<std::string, std::string> full_ids;  // id -> canonical name
  for (Vertex v : full.SortedVertices()) full_ids[full.graph()[v].id] = full.graph()[v].name;
  EXPECT_THAT(full_ids, ::testing::ElementsAre(::testing::Pair("location:russia", "Russia"),
                                               ::testing::Pair("location:russian-federation", "the Russian Federation"),
                                               ::testing::Pair("person:srg-danilin", "Sergei Danilin")));
  const std::vector<std::vector<std::string>> subsets = {
      {"d1"}, {"d2"}, {"d3"}, {"d4"}, {"d5"}, {"d1", "d2", "d3"}, {"d4", "d5", "d6"}, {"d2", "d4"}};
  for (const auto& subset : subsets) {
    KnowledgeGraph kg = BuildSubset(subset);
    for (Vertex v : kg.SortedVertices()) {
      EXPECT_TRUE(full_ids.contains(kg.graph()[v].id))
          << kg.graph()[v].id << " in " << ::testing::PrintToString(subset);
    }
  }
}

struct AliasCase {
  std::string aliases;
  std::vector<std::string> documents;
  std::string name;
  std::string id;
};

TEST(StableIdTest, TheAliasFilePinsNameAndIdInEverySubset) {
  const AliasCase cases[] = {
      // The alias file's canonical name gives the id, also to a spelling it
      // does not list but that shares the merge key of a listed one.
      {"same: Sergey Danilin = S. V. Danilin", {"d1", "d2", "d3", "d4", "d5"}, "Sergey Danilin", "person:sergey-danilin"},
      {"same: Sergey Danilin = S. V. Danilin", {"d3"}, "Sergey Danilin", "person:sergey-danilin"},
      {"same: Sergey Danilin = S. V. Danilin", {"d1"}, "Sergey Danilin", "person:sergey-danilin"},
      {"same: Sergey Danilin = S. V. Danilin", {"d6", "d4"}, "Sergey Danilin", "person:sergey-danilin"},
      // Two groups claim the key: only their own names join them.
      {"same: Sergey Danilin = S. V. Danilin\nsame: Sergi Danilin = Sergi D.", {"d3"}, "Sergei Danilin",
       "person:srg-danilin"},
      // "different" splits the key whether or not both spellings are present.
      {"different: Sergey Danilin / Sergei Danilin", {"d1", "d3"}, "Sergey Danilin", "person:sergey-danilin"},
      {"different: Sergey Danilin / Sergei Danilin", {"d1"}, "Sergey Danilin", "person:sergey-danilin"},
      {"different: Sergey Danilin / Sergei Danilin", {"d2", "d3"}, "Sergey Danilin", "person:sergey-danilin"},
  };
  for (const AliasCase& c : cases) {
    KnowledgeGraph kg = BuildSubset(c.documents, Aliases(c.aliases));
    long v = kg.VertexOf(EntityType::kPerson, c.name);
    ASSERT_GE(v, 0) << c.aliases << " " << ::testing::PrintToString(c.documents);
    EXPECT_EQ(kg.graph()[v].name, c.name) << c.aliases << " " << ::testing::PrintToString(c.documents);
    EXPECT_EQ(kg.graph()[v].id, c.id) << c.aliases << " " << ::testing::PrintToString(c.documents);
  }
  // The unlisted spelling says why it joined.
  KnowledgeGraph kg = BuildSubset({"d1", "d3"}, Aliases("same: Sergey Danilin = S. V. Danilin"));
  EXPECT_EQ(kg.num_nodes(), 3u);
  EXPECT_THAT(kg.MergeRule(EntityType::kPerson, "Sergei Danilin"),
              ::testing::HasSubstr("alias file: the same actor as Sergey Danilin"));
}

struct IdCase {
  std::string name;
  EntityType type;
  bool generic;
  std::string id;
};

TEST(StableIdTest, IdsAreReadableSlugsOfTheMergeKey) {
  const IdCase cases[] = {
      {"Russia's", EntityType::kLocation, false, "location:russia"},
      {"the United Nations", EntityType::kOrganization, false, "organization:united-nations"},
      {"Lavrov", EntityType::kPerson, false, "person:lavrov"},
      {"Jean-Yves Le Drian", EntityType::kPerson, false, "person:jn-yvs-l-drian"},
      {"George W. Bush", EntityType::kPerson, false, "person:grg-w-bush"},
      {"Marie-Hélène Le Guennec", EntityType::kPerson, false, "person:mr-hln-l-guennec"},
      {"Western diplomats", EntityType::kPerson, true, "person:western-diplomats@doc-1"},
      {"!!!", EntityType::kOrganization, false, "organization:unnamed-212121"},
  };
  for (const IdCase& c : cases) {
    ExtractionBuilder b("doc 1", "2024-01-01");
    b.Entity(c.name, c.type, 1, c.generic);
    KnowledgeGraph kg = BuildGraph({b.extraction()});
    ASSERT_EQ(kg.num_nodes(), 1u);
    EXPECT_EQ(kg.graph()[0].id, c.id) << c.name;
  }
}

TEST(StableIdTest, RepeatedIdsAreNumberedInMergeKeyOrder) {
  std::vector<Extraction> docs;
  for (const char* id : {"doc-1", "doc 1"}) {
    ExtractionBuilder b(id, "2024-01-01");
    b.Entity("Western diplomats", EntityType::kPerson, 1, /*generic=*/true);
    docs.push_back(b.extraction());
  }
  ExtractionBuilder b("d", "2024-01-01");
  for (const char* name : {"???", "Unnamed", "!!!"}) b.Entity(name, EntityType::kOrganization);
  docs.push_back(b.extraction());
  KnowledgeGraph kg = BuildGraph(docs);
  std::map<std::string, std::string> document_of_id;
  for (Vertex v : kg.SortedVertices()) {
    const Node& node = kg.graph()[v];
    document_of_id[node.id] = node.generic_document.empty() ? node.name : node.generic_document;
  }
  // Keys "...@doc 1" < "...@doc-1"; names without letters keep their bytes.
  EXPECT_THAT(document_of_id, ::testing::ElementsAre(::testing::Pair("organization:unnamed", "Unnamed"),
                                                     ::testing::Pair("organization:unnamed-212121", "!!!"),
                                                     ::testing::Pair("organization:unnamed-3f3f3f", "???"),
                                                     ::testing::Pair("person:western-diplomats@doc-1", "doc 1"),
                                                     ::testing::Pair("person:western-diplomats@doc-1-2", "doc-1")));
}

}  // namespace
}  // namespace actorgraph::graph
