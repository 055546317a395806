#include "graph/knowledge_graph.h"

#include "graph/diff.h"
#include "graph/snapshot.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace actorgraph::graph {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
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
    for (const NodeChange& c : changes) out.push_back(c.name);
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
  std::string text = DiffText(diff);
  EXPECT_THAT(text, HasSubstr("+ PERSON       Jean-Yves Le Drian"));
  EXPECT_THAT(text, HasSubstr("- John Kerry -[01 tell]-> Sergey Lavrov  (1×)"));
  EXPECT_THAT(DiffJson(diff), HasSubstr("\"removed_actors\":[{\"id\":\"person:jhn-kerry\""));
  EXPECT_FALSE(DateWindow({"2016-01-01", "2016-12-31"}).Contains("unknown"));
}

TEST(SnapshotTest, WindowKeepsOnlyWhatItSaw) {
  KnowledgeGraph kg;
  for (const auto& x : TwoArticles()) kg.Add(x);
  kg.Finalize();
  GraphSnapshot old_snapshot = SnapshotOf(kg, {"", "2016-12-31"});
  EXPECT_EQ(old_snapshot.label, "..2016-12-31");
  EXPECT_EQ(old_snapshot.documents, 1);
  std::vector<std::string> nodes;
  for (const SnapshotNode& n : old_snapshot.nodes) {
    nodes.push_back(absl::StrCat(n.id, " ", n.mentions, "/", n.documents, " ", n.first_date, "..", n.last_date));
  }
  EXPECT_THAT(nodes, ElementsAre("location:russia 2/1 2016-03-24..2016-03-24", "person:jhn-kerry 2/1 2016-03-24..2016-03-24",
                                 "person:srg-lavrov 2/1 2016-03-24..2016-03-24"));
  std::vector<std::string> edges;
  for (const SnapshotEdge& e : old_snapshot.edges) {
    edges.push_back(absl::StrCat(e.source, " ", e.code, " ", e.predicate, " ", e.target, " ", e.count));
  }
  EXPECT_THAT(edges, ElementsAre("person:jhn-kerry 01 tell person:srg-lavrov 1",
                                 "person:jhn-kerry 04 meet person:srg-lavrov 1",
                                 "person:srg-lavrov AFF foreign minister location:russia 1"));
  // The whole graph: every node and edge, with the graph's own counts.
  GraphSnapshot whole = SnapshotOf(kg);
  EXPECT_EQ(whole.documents, 2);
  EXPECT_EQ(whole.nodes.size(), kg.num_nodes());
  EXPECT_EQ(whole.edges.size(), kg.num_edges());
  EXPECT_FALSE(whole.window.has_value());
  EXPECT_EQ(SnapshotOf(kg, {"", ""}).nodes, whole.nodes);  // every article is dated
  EXPECT_EQ(SnapshotOf(kg, {"", ""}).edges, whole.edges);
}

// Shorthands for hand-made snapshots.
SnapshotNode N(std::string id, int mentions = 1, int documents = 1, std::string name = "") {
  SnapshotNode n;
  n.name = name.empty() ? absl::StrCat("Name of ", id) : name;
  n.id = std::move(id);
  n.mentions = mentions;
  n.documents = documents;
  return n;
}

SnapshotEdge E(std::string source, std::string target, std::string code, std::string role, int count,
               std::optional<double> weight = std::nullopt) {
  SnapshotEdge e;
  e.source = std::move(source);
  e.target = std::move(target);
  e.predicate = role.empty() ? "say" : role;
  e.code = std::move(code);
  e.role = std::move(role);
  e.count = count;
  e.weight = weight;
  return e;
}

GraphSnapshot S(std::vector<SnapshotNode> nodes, std::vector<SnapshotEdge> edges) {
  GraphSnapshot s;
  s.nodes = std::move(nodes);
  s.edges = std::move(edges);
  EXPECT_TRUE(SortSnapshot(&s));
  return s;
}

TEST(SnapshotTest, SortSnapshotFindsDuplicates) {
  GraphSnapshot s;
  s.nodes = {N("b"), N("a")};
  s.edges = {E("b", "a", "04", "", 1), E("a", "b", "AFF", "minister", 1), E("a", "b", "AFF", "", 1)};
  std::string duplicate;
  ASSERT_TRUE(SortSnapshot(&s, &duplicate));
  EXPECT_EQ(s.nodes[0].id, "a");
  EXPECT_EQ(s.edges[0].role, "");
  EXPECT_EQ(s.edges[1].role, "minister");
  EXPECT_EQ(s.edges[2].source, "b");
  s.edges.push_back(E("a", "b", "AFF", "minister", 2));
  EXPECT_FALSE(SortSnapshot(&s, &duplicate));
  EXPECT_EQ(duplicate, "two relations a -[AFF minister]-> b");
  s.edges.pop_back();
  s.nodes.push_back(N("a", 1, 1, "Other A"));
  EXPECT_FALSE(SortSnapshot(&s, &duplicate));
  EXPECT_EQ(duplicate, "two actors with the id \"a\"");
}

// One line per reported change, in the diff's order.
std::vector<std::string> Describe(const GraphDiff& diff) {
  std::vector<std::string> out;
  for (const NodeChange& c : diff.added_nodes) out.push_back(absl::StrCat("+", c.id, " ", c.new_mentions));
  for (const NodeChange& c : diff.removed_nodes) out.push_back(absl::StrCat("-", c.id, " ", c.old_mentions));
  for (const NodeChange& c : diff.kept_nodes) {
    if (c.Changed()) out.push_back(absl::StrCat("~", c.id, " ", c.old_name, "/", c.old_mentions, " -> ", c.name, "/", c.new_mentions));
  }
  auto edge = [](const EdgeChange& c) { return absl::StrCat(c.source, ">", c.target, " ", c.code, c.role.empty() ? "" : " ", c.role); };
  for (const EdgeChange& c : diff.added_edges) out.push_back(absl::StrCat("+", edge(c), " ", c.new_count));
  for (const EdgeChange& c : diff.removed_edges) out.push_back(absl::StrCat("-", edge(c), " ", c.old_count));
  for (const EdgeChange& c : diff.changed_edges) out.push_back(absl::StrCat("~", edge(c), " ", c.old_count, " -> ", c.new_count));
  auto roles = [](const std::vector<RoleCount>& list) {
    std::vector<std::string> parts;
    for (const RoleCount& r : list) parts.push_back(absl::StrCat(r.role, ":", r.count));
    return absl::StrJoin(parts, ",");
  };
  for (const RoleChange& c : diff.role_changes) {
    out.push_back(absl::StrCat("roles ", c.source, ">", c.target, " ", roles(c.old_roles), " -> ", roles(c.new_roles)));
  }
  if (diff.unchanged_edges > 0) out.push_back(absl::StrCat("unchanged ", diff.unchanged_edges));
  return out;
}

struct DiffCase {
  std::string what;
  GraphSnapshot old_snapshot, new_snapshot;
  std::vector<std::string> expected;
};

TEST(DiffSnapshotsTest, ReportsEveryKindOfChange) {
  const DiffCase cases[] = {
      {"nothing changed", S({N("a"), N("b")}, {E("a", "b", "04", "", 2)}), S({N("a"), N("b")}, {E("a", "b", "04", "", 2)}),
       {"unchanged 1"}},
      {"both empty", S({}, {}), S({}, {}), {}},
      {"an actor and a relation added", S({N("a")}, {}), S({N("a"), N("b", 3)}, {E("a", "b", "04", "", 1)}),
       {"+b 3", "+a>b 04 1"}},
      {"an actor and a relation removed", S({N("a"), N("b", 2)}, {E("b", "a", "19", "", 4)}), S({N("a")}, {}),
       {"-b 2", "-b>a 19 4"}},
      {"more mentions, another name", S({N("a", 1), N("b", 1, 1, "B")}, {}), S({N("a", 5, 2), N("b", 1, 1, "BB")}, {}),
       {"~a Name of a/1 -> Name of a/5", "~b B/1 -> BB/1"}},
      {"another count", S({N("a"), N("b")}, {E("a", "b", "04", "", 2)}), S({N("a"), N("b")}, {E("a", "b", "04", "", 3)}),
       {"~a>b 04 2 -> 3"}},
      {"another weight, same count", S({N("a"), N("b")}, {E("a", "b", "04", "", 2, 2.0)}),
       S({N("a"), N("b")}, {E("a", "b", "04", "", 2, 2.5)}), {"~a>b 04 2 -> 2"}},
      {"a weight on one side only is no change", S({N("a"), N("b")}, {E("a", "b", "04", "", 2, 2.0)}),
       S({N("a"), N("b")}, {E("a", "b", "04", "", 2)}), {"unchanged 1"}},
      {"another code is another relation", S({N("a"), N("b")}, {E("a", "b", "04", "", 1)}),
       S({N("a"), N("b")}, {E("a", "b", "05", "", 1)}), {"+a>b 05 1", "-a>b 04 1"}},
      {"another role", S({N("p"), N("s")}, {E("p", "s", "AFF", "foreign minister", 2)}),
       S({N("p"), N("s")}, {E("p", "s", "AFF", "prime minister", 1)}),
       {"roles p>s foreign minister:2 -> prime minister:1"}},
      {"a second role", S({N("p"), N("s")}, {E("p", "s", "AFF", "minister", 1)}),
       S({N("p"), N("s")}, {E("p", "s", "AFF", "minister", 2), E("p", "s", "AFF", "senator", 1)}),
       {"roles p>s minister:1 -> minister:2,senator:1"}},
      {"a role where there was none", S({N("p"), N("s")}, {E("p", "s", "AFF", "", 1)}),
       S({N("p"), N("s")}, {E("p", "s", "AFF", "envoy", 1)}), {"roles p>s :1 -> envoy:1"}},
      {"same roles, more readings", S({N("p"), N("s")}, {E("p", "s", "AFF", "envoy", 1)}),
       S({N("p"), N("s")}, {E("p", "s", "AFF", "envoy", 3)}), {"~p>s AFF envoy 1 -> 3"}},
      {"a new affiliation is an added relation", S({N("p"), N("s"), N("t")}, {E("p", "s", "AFF", "envoy", 1)}),
       S({N("p"), N("s"), N("t")}, {E("p", "s", "AFF", "envoy", 1), E("p", "t", "AFF", "minister", 1)}),
       {"+p>t AFF minister 1", "unchanged 1"}},
      {"a role change leaves the pair's other relations alone",
       S({N("p"), N("s")}, {E("p", "s", "04", "", 1), E("p", "s", "AFF", "envoy", 1)}),
       S({N("p"), N("s")}, {E("p", "s", "04", "", 2), E("p", "s", "AFF", "minister", 1)}),
       {"~p>s 04 1 -> 2", "roles p>s envoy:1 -> minister:1"}},
  };
  for (const DiffCase& c : cases) {
    EXPECT_THAT(Describe(DiffSnapshots(c.old_snapshot, c.new_snapshot)), ElementsAreArray(c.expected)) << c.what;
  }
}

TEST(DiffSnapshotsTest, TextAndJsonOfARoleChange) {
  DocBuilder a("a", "2016-03-24");
  int lavrov = a.Entity("Sergey Lavrov", EntityType::kPerson, {"Sergey Lavrov"});
  int russia = a.Entity("Russia", EntityType::kLocation, {"Russia"});
  a.Triple(lavrov, "foreign minister", "AFF", russia, Modality::kAsserted, "foreign minister");
  a.Triple(lavrov, "foreign minister", "AFF", russia, Modality::kAsserted, "foreign minister");
  DocBuilder b("b", "2018-02-27");
  int lavrov2 = b.Entity("Sergey Lavrov", EntityType::kPerson, {"Sergey Lavrov"});
  int russia2 = b.Entity("Russia", EntityType::kLocation, {"Russia"});
  b.Triple(lavrov2, "prime minister", "AFF", russia2, Modality::kAsserted, "prime minister");
  KnowledgeGraph kg;
  kg.Add(a.x);
  kg.Add(b.x);
  kg.Finalize();
  GraphDiff diff = DiffWindows(kg, {"", "2016-12-31"}, {"2018-01-01", ""});
  ASSERT_EQ(diff.role_changes.size(), 1u);
  EXPECT_TRUE(diff.added_edges.empty());
  EXPECT_TRUE(diff.removed_edges.empty());
  const std::string text = DiffText(diff);
  EXPECT_THAT(text, HasSubstr("relations: 0 added, 0 removed, 0 changed, 1 role changes, 0 unchanged\n"));
  EXPECT_THAT(text, HasSubstr("  ~ Sergey Lavrov AFF Russia: role foreign minister (2×) -> prime minister (1×)\n"));
  EXPECT_THAT(DiffJson(diff),
              HasSubstr("\"changed_roles\":[{\"source\":\"person:srg-lavrov\",\"target\":\"location:russia\","
                        "\"old_roles\":[{\"role\":\"foreign minister\",\"count\":2}],"
                        "\"new_roles\":[{\"role\":\"prime minister\",\"count\":1}]}]"));
}

TEST(DiffSnapshotsTest, FilesAreNamedAndUnknownDocumentCountsSaidSo) {
  GraphSnapshot a = S({N("a")}, {});
  a.label = "old/graph.graphml";
  a.documents = -1;
  GraphSnapshot b = S({N("a")}, {});
  b.label = "new/graph.jsonld";
  b.documents = 4;
  GraphDiff diff = DiffSnapshots(a, b);
  EXPECT_THAT(DiffText(diff), ::testing::StartsWith("old old/graph.graphml (documents unknown) -> new new/graph.jsonld (4 documents)\n"));
  EXPECT_THAT(DiffJson(diff), ::testing::StartsWith("{\"old\":{\"file\":\"old/graph.graphml\",\"documents\":null},"
                                                    "\"new\":{\"file\":\"new/graph.jsonld\",\"documents\":4},"));
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
