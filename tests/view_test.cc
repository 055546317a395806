// Views of a graph: the neighbourhood of a focus actor and the top actors.
#include "graph/view.h"

#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/extraction_builder.h"

namespace actorgraph::graph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using test_util::BuildGraph;
using test_util::ExtractionBuilder;

// Two groups, one article each. A chain whose relations point both ways:
//   Ann -> Ben <- Cal -> Dan -> Eve
// and a star: Hub -> Ike, Jo -> Hub, Hub -> Kay, Hub -> Lou (Kay has two
// mentions, every other actor one).
KnowledgeGraph ChainAndStar() {
  ExtractionBuilder chain("chain", "2024-01-01");
  chain.Relation("Ann", "04", "Ben").Relation("Cal", "04", "Ben").Relation("Cal", "04", "Dan");
  chain.Relation("Dan", "04", "Eve");
  ExtractionBuilder star("star", "2024-01-02");
  star.Entity("Kay", EntityType::kPerson, 2);
  star.Relation("Hub", "04", "Ike").Relation("Jo", "04", "Hub").Relation("Hub", "04", "Kay");
  star.Relation("Hub", "04", "Lou");
  return BuildGraph({chain.extraction(), star.extraction()});
}

std::set<std::string> Names(const KnowledgeGraph& kg) {
  std::set<std::string> names;
  for (Vertex v : kg.SortedVertices()) names.insert(kg.graph()[v].name);
  return names;
}

struct ViewCase {
  std::string focus;
  int depth;
  int top;
  std::set<std::string> actors;
  size_t relations;
};

TEST(ViewTest, KeepsTheNeighbourhoodAndTheTopActors) {
  const KnowledgeGraph kg = ChainAndStar();
  ASSERT_EQ(kg.num_nodes(), 10u);
  const ViewCase cases[] = {
      // Neighbourhoods, relations taken in either direction.
      {"Cal", 0, 0, {"Cal"}, 0},
      {"Cal", 1, 0, {"Ben", "Cal", "Dan"}, 2},
      {"Cal", 2, 0, {"Ann", "Ben", "Cal", "Dan", "Eve"}, 4},
      {"Cal", 9, 0, {"Ann", "Ben", "Cal", "Dan", "Eve"}, 4},  // never the other group
      {"Ann", 1, 0, {"Ann", "Ben"}, 1},
      {"Ben", 1, 0, {"Ann", "Ben", "Cal"}, 2},
      {"Hub", 1, 0, {"Hub", "Ike", "Jo", "Kay", "Lou"}, 4},
      {"Ike", 1, 0, {"Hub", "Ike"}, 1},
      {"Ike", 2, 0, {"Hub", "Ike", "Jo", "Kay", "Lou"}, 4},
      // Top actors: neighbours (Hub 4; Ben, Cal, Dan 2), then betweenness
      // (Cal lies on more chains than Ben and Dan), then mentions (Kay), then id.
      {"", 1, 1, {"Hub"}, 0},
      {"", 1, 2, {"Cal", "Hub"}, 0},
      {"", 1, 3, {"Ben", "Cal", "Hub"}, 1},
      {"", 1, 4, {"Ben", "Cal", "Dan", "Hub"}, 2},
      {"", 1, 5, {"Ben", "Cal", "Dan", "Hub", "Kay"}, 3},
      {"", 1, 6, {"Ann", "Ben", "Cal", "Dan", "Hub", "Kay"}, 4},
      {"", 1, 99, {"Ann", "Ben", "Cal", "Dan", "Eve", "Hub", "Ike", "Jo", "Kay", "Lou"}, 8},
      // Both: ranked within the neighbourhood, and the focus always stays.
      {"Eve", 2, 2, {"Dan", "Eve"}, 1},
      {"Eve", 4, 1, {"Eve"}, 0},
      {"Ike", 1, 1, {"Ike"}, 0},
      {"Ike", 1, 2, {"Hub", "Ike"}, 1},
      {"Hub", 1, 3, {"Hub", "Ike", "Kay"}, 2},
      {"Eve", 4, 3, {"Ben", "Cal", "Eve"}, 1},  // the focus, even apart from the best
  };
  for (const ViewCase& c : cases) {
    auto view = MakeView(kg, {c.focus, c.depth, c.top});
    ASSERT_TRUE(view.ok()) << view.status();
    std::string label = "focus \"" + c.focus + "\" depth " + std::to_string(c.depth) + " top " + std::to_string(c.top);
    EXPECT_EQ(Names(view->graph), c.actors) << label;
    EXPECT_EQ(view->graph.num_edges(), c.relations) << label;
    EXPECT_TRUE(view->note.empty()) << label;
  }
}

TEST(ViewTest, RankingIsATotalOrder) {
  const KnowledgeGraph kg = ChainAndStar();
  std::vector<std::string> ranked;
  for (Vertex v : RankActors(kg)) ranked.push_back(kg.graph()[v].name);
  EXPECT_THAT(ranked, ElementsAre("Hub", "Cal", "Ben", "Dan", "Kay", "Ann", "Eve", "Ike", "Jo", "Lou"));
}

TEST(ViewTest, DescribesWhatItKeeps) {
  const KnowledgeGraph kg = ChainAndStar();
  struct Case {
    ViewOptions options;
    std::string description;
  };
  const Case cases[] = {
      {{"Cal", 1, 0}, "focus: Cal, depth 1: 3 of 10 actors, 2 of 8 relations"},
      {{"", 1, 4}, "top 4: 4 of 10 actors, 2 of 8 relations"},
      {{"Eve", 2, 2}, "focus: Eve, depth 2, top 2: 2 of 10 actors, 1 of 8 relations"},
  };
  for (const Case& c : cases) {
    auto view = MakeView(kg, c.options);
    ASSERT_TRUE(view.ok()) << view.status();
    EXPECT_EQ(view->description, c.description);
  }
}

TEST(ViewTest, KeepsBundlesIdsAndOnlyTheDocumentsStillReferred) {
  const KnowledgeGraph kg = ChainAndStar();
  auto view = MakeView(kg, {"Cal", 1, 0});
  ASSERT_TRUE(view.ok());
  const KnowledgeGraph& v = view->graph;
  ASSERT_EQ(v.Documents().size(), 1u);
  EXPECT_EQ(v.Documents().begin()->id, "chain");
  long cal = v.FindNode("Cal");
  ASSERT_GE(cal, 0);
  const Node& in_view = v.graph()[cal];
  const Node& in_full = kg.graph()[kg.FindNode("Cal")];
  EXPECT_EQ(in_view.id, in_full.id);
  EXPECT_EQ(in_view.mentions, in_full.mentions);
  EXPECT_EQ(in_view.documents.size(), in_full.documents.size());
  EXPECT_EQ(v.MergedNames(cal).size(), kg.MergedNames(kg.FindNode("Cal")).size());
  EXPECT_EQ(v.VertexOf(EntityType::kPerson, "Cal"), cal);
  EXPECT_EQ(v.VertexOf(EntityType::kPerson, "Hub"), -1);
  for (EdgeRef e : v.SortedEdges()) {
    ASSERT_EQ(v.graph()[e].observations.size(), 1u);
    EXPECT_EQ(v.graph()[e].observations[0].provenance.document_id, "chain");
  }
  EXPECT_THAT(Summary(v, 2, 0, 10, 0, view->description),
              HasSubstr("documents: 2 read, 0 skipped\nkept:      focus: Cal, depth 1: 3 of 10 actors, 2 of 8 relations\n"
                        "entities:  3 nodes"));
}

TEST(ViewTest, UnknownAndAmbiguousFocus) {
  const KnowledgeGraph kg = ChainAndStar();
  auto unknown = MakeView(kg, {"Cel", 1, 0});
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(unknown.status().message()),
              HasSubstr("no actor named \"Cel\" in the input; the closest names: Cal (person:cal)"));
  EXPECT_THAT(std::string(MakeView(kg, {"Zygmunt", 1, 0}).status().message()),
              ::testing::EndsWith("no actor named \"Zygmunt\" in the input"));
  EXPECT_EQ(MakeView(kg, {"Cal", -1, 0}).status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(MakeView(kg, {"", 1, -2}).status().code(), absl::StatusCode::kInvalidArgument);

  // Two Smiths: the surname picks the more mentioned and says so.
  ExtractionBuilder d("d", "2024-01-01");
  d.Entity("Ann Smith", EntityType::kPerson, 3);
  d.Entity("Bob Smith", EntityType::kPerson, 1);
  d.Relation("Ann Smith", "04", "Bob Smith");
  KnowledgeGraph smiths = BuildGraph({d.extraction()});
  auto view = MakeView(smiths, {"Smith", 0, 0});
  ASSERT_TRUE(view.ok());
  EXPECT_THAT(Names(view->graph), ElementsAre("Ann Smith"));
  EXPECT_THAT(view->note, HasSubstr("\"Smith\" names 2 actors; the focus is Ann Smith (person:an-smith); "
                                    "the others: Bob Smith (person:b-smith)"));
}

}  // namespace
}  // namespace actorgraph::graph
