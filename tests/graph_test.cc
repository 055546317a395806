#include "graph/knowledge_graph.h"

#include "graph/diff.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace actorgraph::graph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

struct MergeCase {
  EntityType type;
  std::string a;
  std::string b;
  bool same;
};

TEST(MergeKeyTest, MergesVariantsAndKeepsDistinctActorsApart) {
  const MergeCase cases[] = {
      {EntityType::kPerson, "Sergey Lavrov", "Sergei Lavrov", true},
      {EntityType::kPerson, "SERGEY LAVROV", "Sergey Lavrov", true},
      {EntityType::kPerson, "Dmitry Peskov", "Dmitri Peskov", true},
      {EntityType::kPerson, "Muammar Gadhafi", "Moammar Gadhafi", true},
      {EntityType::kPerson, "Jean-Yves Le Drian", "Jean Yves Le Drian", true},
      {EntityType::kPerson, "José Ramos", "Jose Ramos", true},
      {EntityType::kPerson, "O’Neill", "O'Neill", true},
      {EntityType::kOrganization, "the United Nations", "United Nations", true},
      {EntityType::kLocation, "Russia's", "Russia", true},
      {EntityType::kPerson, "George Bush", "George W. Bush", false},
      {EntityType::kPerson, "Kim Jong Il", "Kim Jong Un", false},
      {EntityType::kPerson, "Sergey Lavrov", "Sergey Ivanov", false},
      {EntityType::kPerson, "Lavrov", "Lavrova", false},
      {EntityType::kLocation, "Moscow", "Russia", false},
      {EntityType::kPerson, "Ford", "Ford Motor", false},
      {EntityType::kPerson, "Washington", "Washington", true},
  };
  for (const MergeCase& c : cases) {
    EXPECT_EQ(MergeKey(c.type, c.a) == MergeKey(c.type, c.b), c.same) << c.a << " / " << c.b;
  }
  // Type agreement: a person and a place with the same name never merge.
  EXPECT_NE(MergeKey(EntityType::kPerson, "Washington"), MergeKey(EntityType::kLocation, "Washington"));
}

TEST(NormalizeTest, Folds) {
  EXPECT_EQ(NormalizeName("  Élysée Palace's "), "elysee palace");
  EXPECT_EQ(NormalizeName("U.S."), "us");
  EXPECT_EQ(NormalizeName("al-Assad"), "al assad");
  EXPECT_EQ(Slug("Jean-Yves Le Drian"), "jean-yves-le-drian");
  EXPECT_EQ(Slug("!!!"), "unnamed");
}

// A little builder for hand-made extractions.
struct DocBuilder {
  Extraction x;
  DocBuilder(std::string id, std::string date) {
    x.document.id = std::move(id);
    x.document.date = std::move(date);
    x.document.text = "text";
  }
  int Entity(std::string name, EntityType type, std::vector<std::string> surfaces) {
    actorgraph::Entity e;
    e.name = std::move(name);
    e.type = type;
    int id = static_cast<int>(x.entities.size());
    for (auto& s : surfaces) {
      Mention m;
      m.surface = s;
      m.type = type;
      m.entity = id;
      m.span = {static_cast<uint32_t>(x.mentions.size()), static_cast<uint32_t>(x.mentions.size() + 1)};
      e.mentions.push_back(static_cast<int>(x.mentions.size()));
      x.mentions.push_back(m);
    }
    x.entities.push_back(e);
    return id;
  }
  void Triple(int s, std::string lemma, std::string code, int o, Modality m = Modality::kAsserted,
              std::string role = "") {
    actorgraph::Triple t;
    t.subject = s;
    t.object = o;
    t.predicate = std::move(lemma);
    t.code = std::move(code);
    t.role = std::move(role);
    t.modality = m;
    t.provenance.document_id = x.document.id;
    t.provenance.date = x.document.date;
    t.provenance.span = {static_cast<uint32_t>(x.triples.size() * 10), static_cast<uint32_t>(x.triples.size() * 10 + 5)};
    t.provenance.evidence = "evidence " + std::to_string(x.triples.size());
    x.triples.push_back(t);
  }
};

std::vector<Extraction> TwoArticles() {
  DocBuilder a("reuters-2016", "2016-03-24");
  int kerry = a.Entity("John Kerry", EntityType::kPerson, {"John Kerry", "Kerry"});
  int lavrov = a.Entity("Sergei Lavrov", EntityType::kPerson, {"Sergei Lavrov", "Lavrov"});
  int russia = a.Entity("Russia", EntityType::kLocation, {"Russian", "Moscow"});
  a.Triple(kerry, "meet", "04", lavrov);
  a.Triple(kerry, "tell", "01", lavrov);
  a.Triple(lavrov, "foreign minister", "AFF", russia, Modality::kAsserted, "foreign minister");
  a.Triple(lavrov, "address", "01", kerry, Modality::kNegated);

  DocBuilder b("cgtn-2018", "2018-02-27");
  int lavrov2 = b.Entity("Sergey Lavrov", EntityType::kPerson, {"Sergey Lavrov", "SERGEY LAVROV", "Lavrov"});
  int drian = b.Entity("Jean-Yves Le Drian", EntityType::kPerson, {"Jean-Yves Le Drian", "Le Drian"});
  int russia2 = b.Entity("Russia", EntityType::kLocation, {"Russia"});
  b.Triple(lavrov2, "meet", "04", drian);
  b.Triple(drian, "meeting", "04", lavrov2);
  b.Triple(lavrov2, "foreign minister", "AFF", russia2, Modality::kAsserted, "foreign minister");
  b.Triple(lavrov2, "meet", "04", drian, Modality::kFuture);
  return {a.x, b.x};
}

TEST(KnowledgeGraphTest, MergesAcrossDocumentsWithProvenance) {
  KnowledgeGraph kg;
  for (const auto& x : TwoArticles()) kg.Add(x);
  kg.Finalize();
  const Graph& g = kg.graph();
  EXPECT_EQ(kg.num_nodes(), 4u);  // Kerry, Lavrov (both spellings), Russia, Le Drian
  long lavrov = kg.FindNode("Lavrov");
  ASSERT_GE(lavrov, 0);
  const Node& node = g[lavrov];
  EXPECT_EQ(node.name, "Sergey Lavrov");  // ties broken towards the longer, mixed-case name
  EXPECT_EQ(node.id, "person:srg-lavrov");  // the merge key, whatever the spelling
  EXPECT_THAT(node.names, ElementsAre("Lavrov", "SERGEY LAVROV", "Sergei Lavrov", "Sergey Lavrov"));
  ASSERT_EQ(node.documents.size(), 2u);
  EXPECT_EQ(node.documents[0].document_id, "cgtn-2018");
  EXPECT_THAT(node.documents[0].surfaces, ElementsAre("Lavrov", "SERGEY LAVROV", "Sergey Lavrov"));
  EXPECT_EQ(node.mentions, 5);
  EXPECT_EQ(node.first_date, "2016-03-24");
  EXPECT_EQ(node.last_date, "2018-02-27");
  EXPECT_EQ(kg.FindNode("Sergei Lavrov"), lavrov);
  EXPECT_EQ(kg.FindNode("Nobody"), -1);

  // The AFF edge aggregates both documents; the negated triple left no edge.
  int aff = 0, negated = 0;
  for (EdgeRef e : kg.SortedEdges()) {
    if (g[e].code == "AFF") {
      ++aff;
      EXPECT_EQ(g[e].count, 2);
      EXPECT_EQ(g[e].role, "foreign minister");
      EXPECT_EQ(g[e].first_date, "2016-03-24");
      EXPECT_EQ(g[e].last_date, "2018-02-27");
      EXPECT_THAT(g[e].documents, ElementsAre("cgtn-2018", "reuters-2016"));
    }
    if (g[e].code == "01" && g[boost::source(e, g)].name == "Sergey Lavrov") ++negated;
  }
  EXPECT_EQ(aff, 1);
  EXPECT_EQ(negated, 0);

  // Lavrov -04-> Le Drian holds two observations (one future) with their provenance.
  bool found = false;
  for (EdgeRef e : kg.SortedEdges()) {
    if (g[e].code != "04" || g[boost::source(e, g)].id != "person:srg-lavrov") continue;
    found = true;
    ASSERT_EQ(g[e].observations.size(), 2u);
    EXPECT_EQ(g[e].observations[0].provenance.document_id, "cgtn-2018");
    EXPECT_EQ(g[e].observations[1].modality, Modality::kFuture);
    EXPECT_EQ(g[e].predicate, "meet");
  }
  EXPECT_TRUE(found);
}

TEST(KnowledgeGraphTest, OrderOfDocumentsDoesNotMatter) {
  auto docs = TwoArticles();
  KnowledgeGraph forward, backward;
  for (const auto& x : docs) forward.Add(x);
  for (auto it = docs.rbegin(); it != docs.rend(); ++it) backward.Add(*it);
  forward.Finalize();
  backward.Finalize();
  auto describe = [](const KnowledgeGraph& kg) {
    std::string out;
    for (Vertex v : kg.SortedVertices()) {
      const Node& n = kg.graph()[v];
      out += n.id + "|" + n.name + "|" + std::to_string(n.mentions) + "\n";
    }
    for (EdgeRef e : kg.SortedEdges()) {
      const Edge& d = kg.graph()[e];
      out += kg.graph()[boost::source(e, kg.graph())].id + ">" + kg.graph()[boost::target(e, kg.graph())].id +
             "|" + d.code + "|" + d.predicate + "|" + std::to_string(d.count) + "|" + d.first_date + "\n";
      for (const auto& o : d.observations) out += "  " + o.provenance.document_id + " " + o.provenance.evidence + "\n";
    }
    return out;
  };
  EXPECT_EQ(describe(forward), describe(backward));
}

TEST(KnowledgeGraphTest, PartialNamesJoinTheOnlyFullNameEndingWithThem) {
  DocBuilder a("a", "2024-01-01");
  a.Entity("Ronald Reagan", EntityType::kPerson, {"Ronald Reagan"});
  DocBuilder b("b", "2024-01-02");
  b.Entity("Reagan", EntityType::kPerson, {"Reagan"});              // one candidate: joins
  b.Entity("Bush", EntityType::kPerson, {"Bush"});                  // two candidates: stays apart
  b.Entity("Reagan", EntityType::kLocation, {"Reagan"});            // other type: stays apart
  DocBuilder c("c", "2024-01-03");
  c.Entity("George Bush", EntityType::kPerson, {"George Bush"});
  c.Entity("George W. Bush", EntityType::kPerson, {"George W. Bush"});
  for (bool reversed : {false, true}) {
    KnowledgeGraph kg;
    std::vector<Extraction> docs = {a.x, b.x, c.x};
    if (reversed) std::reverse(docs.begin(), docs.end());
    for (const auto& x : docs) kg.Add(x);
    kg.Finalize();
    long reagan = kg.FindNode("Ronald Reagan");
    ASSERT_GE(reagan, 0);
    EXPECT_EQ(kg.graph()[reagan].name, "Ronald Reagan");  // never the partial name
    EXPECT_EQ(kg.VertexOf(EntityType::kPerson, "Reagan"), reagan);
    EXPECT_EQ(kg.MergeRule(EntityType::kPerson, "Reagan"), "partial name of Ronald Reagan");
    const auto& merged = kg.MergedNames(reagan);
    ASSERT_EQ(merged.size(), 2u);
    EXPECT_EQ(merged[0].name, "Reagan");
    EXPECT_THAT(merged[0].rule, HasSubstr("partial name of Ronald Reagan"));
    EXPECT_EQ(merged[1].rule, "canonical name (used by most documents)");
    EXPECT_NE(kg.VertexOf(EntityType::kLocation, "Reagan"), reagan);
    long bush = kg.VertexOf(EntityType::kPerson, "Bush");
    EXPECT_NE(bush, kg.VertexOf(EntityType::kPerson, "George Bush"));
    EXPECT_NE(bush, kg.VertexOf(EntityType::kPerson, "George W. Bush"));
    EXPECT_EQ(kg.num_nodes(), 5u);  // Ronald Reagan, Bush, Reagan (place), George Bush, George W. Bush
  }
}

struct AliasErrorCase {
  const char* text;
  const char* message;
};

TEST(AliasTableTest, ParsesRulesAndExplainsErrors) {
  auto table = AliasTable::Parse("# corrections\nsame: Mahmoud Abbas = Abu Mazen\n\n"
                                 "different: George Bush / George W. Bush / Jeb Bush\n", "a.txt");
  ASSERT_TRUE(table.ok()) << table.status();
  ASSERT_NE(table->CanonicalOf("abu mazen"), nullptr);
  EXPECT_EQ(*table->CanonicalOf("abu mazen"), "Mahmoud Abbas");
  EXPECT_TRUE(table->Different("george w bush", "jeb bush"));
  EXPECT_FALSE(table->Different("george bush", "abu mazen"));
  const AliasErrorCase errors[] = {
      {"same Lavrov", "a.txt:1: expected"},
      {"maybe: A = B", "a.txt:1: unknown rule \"maybe\""},
      {"same: Lavrov", "a.txt:1: needs at least two names"},
      {"same: A = !!!", "a.txt:1: empty name"},
      {"same: A = B\nsame: B = C", "a.txt:2: \"B\" is already the same as \"A\""},
      {"same: A = B\ndifferent: A / B", "declared both same and different"},
  };
  for (const AliasErrorCase& c : errors) {
    auto parsed = AliasTable::Parse(c.text, "a.txt");
    ASSERT_FALSE(parsed.ok()) << c.text;
    EXPECT_THAT(std::string(parsed.status().message()), HasSubstr(c.message)) << c.text;
  }
}

TEST(KnowledgeGraphTest, AliasFileMergesAndSeparates) {
  DocBuilder a("a", "2024-01-01");
  a.Entity("Mahmoud Abbas", EntityType::kPerson, {"Mahmoud Abbas"});
  a.Entity("Sergey Lavrov", EntityType::kPerson, {"Sergey Lavrov"});
  a.Entity("George W. Bush", EntityType::kPerson, {"George W. Bush"});
  DocBuilder b("b", "2024-01-02");
  b.Entity("Abu Mazen", EntityType::kPerson, {"Abu Mazen"});
  b.Entity("Sergei Lavrov", EntityType::kPerson, {"Sergei Lavrov"});
  b.Entity("Bush", EntityType::kPerson, {"Bush"});
  auto build = [&](std::string_view aliases) {
    KnowledgeGraph kg;
    auto table = AliasTable::Parse(aliases, "t");
    EXPECT_TRUE(table.ok()) << table.status();
    kg.SetAliases(*table);
    kg.Add(a.x);
    kg.Add(b.x);
    kg.Finalize();
    return kg;
  };
  KnowledgeGraph plain = build("");
  EXPECT_NE(plain.VertexOf(EntityType::kPerson, "Abu Mazen"), plain.VertexOf(EntityType::kPerson, "Mahmoud Abbas"));
  EXPECT_EQ(plain.VertexOf(EntityType::kPerson, "Sergei Lavrov"), plain.VertexOf(EntityType::kPerson, "Sergey Lavrov"));
  EXPECT_EQ(plain.VertexOf(EntityType::kPerson, "Bush"), plain.VertexOf(EntityType::kPerson, "George W. Bush"));

  KnowledgeGraph corrected = build(
      "same: Mahmoud Abbas = Abu Mazen\ndifferent: Sergey Lavrov / Sergei Lavrov\ndifferent: Bush / George W. Bush\n");
  long abbas = corrected.VertexOf(EntityType::kPerson, "Abu Mazen");
  EXPECT_EQ(abbas, corrected.VertexOf(EntityType::kPerson, "Mahmoud Abbas"));
  EXPECT_EQ(corrected.graph()[abbas].name, "Mahmoud Abbas");
  EXPECT_EQ(corrected.MergeRule(EntityType::kPerson, "Abu Mazen"), "alias file: the same actor as Mahmoud Abbas");
  EXPECT_NE(corrected.VertexOf(EntityType::kPerson, "Sergei Lavrov"),
            corrected.VertexOf(EntityType::kPerson, "Sergey Lavrov"));
  EXPECT_NE(corrected.VertexOf(EntityType::kPerson, "Bush"), corrected.VertexOf(EntityType::kPerson, "George W. Bush"));
}

TEST(KnowledgeGraphTest, RolelessAffiliationJoinsTheOnlyRole) {
  DocBuilder a("a", "2024-01-01");
  int dahl = a.Entity("Ingrid Dahl", EntityType::kPerson, {"Ingrid Dahl"});
  int norway = a.Entity("Norway", EntityType::kLocation, {"Norwegian"});
  a.Triple(dahl, "foreign minister", "AFF", norway, Modality::kAsserted, "foreign minister");
  a.Triple(dahl, "affiliated", "AFF", norway);
  DocBuilder b("b", "2024-01-02");
  int vera = b.Entity("Tomas Vera", EntityType::kPerson, {"Tomas Vera"});
  int chile = b.Entity("Chile", EntityType::kLocation, {"Chile"});
  b.Triple(vera, "senator", "AFF", chile, Modality::kAsserted, "senator");
  b.Triple(vera, "minister", "AFF", chile, Modality::kAsserted, "minister");
  b.Triple(vera, "affiliated", "AFF", chile);  // two roles: stays role-less
  KnowledgeGraph kg;
  kg.Add(a.x);
  kg.Add(b.x);
  kg.Finalize();
  std::vector<std::string> edges;
  for (EdgeRef e : kg.SortedEdges()) {
    edges.push_back(kg.graph()[boost::source(e, kg.graph())].name + " " + kg.graph()[e].role + " " +
                    std::to_string(kg.graph()[e].count));
  }
  EXPECT_THAT(edges, ::testing::UnorderedElementsAre("Ingrid Dahl foreign minister 2", "Tomas Vera  1",
                                                     "Tomas Vera minister 1", "Tomas Vera senator 1"));
}

TEST(DiffTest, ComparesTwoWindowsOfOneGraph) {
  auto docs = TwoArticles();  // reuters-2016 (Kerry, Sergei Lavrov, Russia), cgtn-2018 (Lavrov, Le Drian, Russia)
  KnowledgeGraph kg;
  for (const auto& x : docs) kg.Add(x);
  kg.Finalize();
  GraphDiff diff = DiffWindows(kg, {"2016-01-01", "2016-12-31"}, {"2018-01-01", ""});
  auto names = [&](const std::vector<NodeChange>& changes) {
    std::vector<std::string> out;
    for (const NodeChange& c : changes) out.push_back(kg.graph()[c.vertex].name);
    return out;
  };
  EXPECT_EQ(diff.old_documents, 1);
  EXPECT_EQ(diff.new_documents, 1);
  EXPECT_THAT(names(diff.added_nodes), ElementsAre("Jean-Yves Le Drian"));
  EXPECT_THAT(names(diff.removed_nodes), ElementsAre("John Kerry"));
  EXPECT_THAT(names(diff.kept_nodes), ::testing::UnorderedElementsAre("Russia", "Sergey Lavrov"));  // one node, two spellings
  ASSERT_EQ(diff.changed_edges.size(), 0u);
  EXPECT_EQ(diff.unchanged_edges, 1);  // Lavrov AFF Russia, once in each window
  EXPECT_EQ(diff.added_edges.size(), 2u);    // Lavrov 04 Le Drian, Le Drian 04 Lavrov
  EXPECT_EQ(diff.removed_edges.size(), 2u);  // Kerry 04 and 01 Lavrov
  std::string text = DiffText(kg, diff);
  EXPECT_THAT(text, HasSubstr("+ PERSON       Jean-Yves Le Drian"));
  EXPECT_THAT(text, HasSubstr("- John Kerry -[01 tell]-> Sergey Lavrov  (1×)"));
  EXPECT_THAT(DiffJson(kg, diff), HasSubstr("\"removed_actors\":[{\"id\":\"person:jhn-kerry\""));
  EXPECT_FALSE(DateWindow({"2016-01-01", "2016-12-31"}).Contains("unknown"));
}

TEST(KnowledgeGraphTest, NodeIdsAreUniqueEvenForUnsluggableNames) {
  DocBuilder a("a", "2024-01-01");
  a.Entity("!!!", EntityType::kOrganization, {"!!!"});
  a.Entity("???", EntityType::kOrganization, {"???"});
  a.Entity("Unnamed", EntityType::kOrganization, {"Unnamed"});
  KnowledgeGraph kg;
  kg.Add(a.x);
  kg.Finalize();
  std::set<std::string> ids;
  for (Vertex v : kg.SortedVertices()) ids.insert(kg.graph()[v].id);
  EXPECT_EQ(ids.size(), 3u);
}

TEST(KnowledgeGraphTest, SummaryCountsTypesCodesAndActors) {
  KnowledgeGraph kg;
  for (const auto& x : TwoArticles()) kg.Add(x);
  kg.Finalize();
  std::string summary = Summary(kg, 2, 1);
  EXPECT_THAT(summary, HasSubstr("documents: 2 read, 1 skipped"));
  EXPECT_THAT(summary, HasSubstr("4 nodes (PERSON 3, ORGANIZATION 0, LOCATION 1, EVENT 0)"));
  EXPECT_THAT(summary, HasSubstr("04   consult"));
  EXPECT_THAT(summary, HasSubstr("connected: 1 groups of related actors, the largest with 4 actors"));
  EXPECT_THAT(summary, HasSubstr("1. Sergey Lavrov"));  // three neighbours: the most connected
  // Lavrov lies on every chain between Kerry, Le Drian and Russia.
  std::vector<double> betweenness = kg.Betweenness();
  long lavrov = kg.FindNode("Lavrov");
  EXPECT_GT(betweenness[lavrov], 0.0);
  EXPECT_DOUBLE_EQ(betweenness[kg.FindNode("John Kerry")], 0.0);
}

}  // namespace
}  // namespace actorgraph::graph
