// Reading back what the GraphML and JSON-LD writers wrote, and refusing
// everything else with a message that names the file.
#include "export/graph_reader.h"

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "export/writer.h"
#include "gmock/gmock.h"
#include "graph/knowledge_graph.h"
#include "graph/snapshot.h"
#include "gtest/gtest.h"
#include "model/model.h"
#include "model/strings.h"

namespace actorgraph::exporter {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::MatchesRegex;
using ::testing::StartsWith;

// A document of named entities (one mention per surface form) and triples.
class Article {
 public:
  Article(std::string id, std::string date) {
    x_.document.id = std::move(id);
    x_.document.date = std::move(date);
    x_.document.text = "text";
  }
  int Entity(std::string name, EntityType type, std::vector<std::string> surfaces, bool generic = false) {
    actorgraph::Entity entity;
    entity.name = std::move(name);
    entity.type = type;
    entity.generic = generic;
    const int index = static_cast<int>(x_.entities.size());
    for (std::string& surface : surfaces) {
      Mention mention;
      mention.surface = std::move(surface);
      mention.type = type;
      mention.entity = index;
      mention.span = {static_cast<uint32_t>(x_.mentions.size()), static_cast<uint32_t>(x_.mentions.size() + 1)};
      entity.mentions.push_back(static_cast<int>(x_.mentions.size()));
      x_.mentions.push_back(std::move(mention));
    }
    x_.entities.push_back(std::move(entity));
    return index;
  }
  void Relation(int subject, std::string lemma, std::string code, int object, std::string role = "") {
    Triple t;
    t.subject = subject;
    t.object = object;
    t.predicate = std::move(lemma);
    t.code = std::move(code);
    t.role = std::move(role);
    t.provenance = {x_.document.id, x_.document.date, 0,
                    {static_cast<uint32_t>(x_.triples.size()), static_cast<uint32_t>(x_.triples.size() + 1)},
                    "evidence"};
    x_.triples.push_back(std::move(t));
  }
  const Extraction& extraction() const { return x_; }

 private:
  Extraction x_;
};

// Names with markup, quotes and non-ASCII; a generic entity (its id has an
// '@', which GraphML ids escape); an affiliation with and one without role;
// a relation seen in two documents; an undated document.
graph::KnowledgeGraph HostileGraph() {
  Article a("doc-1", "2024-03-04");
  int quote = a.Entity("Quote \"Marks\" Smith", EntityType::kPerson, {"Quote \"Marks\" Smith"});
  int sons = a.Entity("O'Neill & Sons <Ltd>", EntityType::kOrganization, {"O'Neill & Sons <Ltd>"});
  int helene = a.Entity("Marie-Hélène Le Guennec", EntityType::kPerson, {"Marie-Hélène Le Guennec", "Le Guennec"});
  int akca = a.Entity("Akçaburç", EntityType::kLocation, {"Akçaburç"});
  int diplomats = a.Entity("Western diplomats", EntityType::kPerson, {"Western diplomats"}, /*generic=*/true);
  a.Relation(quote, "meet", "04", helene);
  a.Relation(helene, "chief \"envoy\" & <co>", "AFF", sons, "chief \"envoy\" & <co>");
  a.Relation(quote, "affiliated", "AFF", akca);
  a.Relation(diplomats, "criticize", "11", sons);
  Article b("doc-2", "2024-04-11");
  int quote2 = b.Entity("Quote \"Marks\" Smith", EntityType::kPerson, {"Quote \"Marks\" Smith"});
  int helene2 = b.Entity("Marie-Hélène Le Guennec", EntityType::kPerson, {"Marie-Hélène Le Guennec"});
  b.Relation(quote2, "meet", "04", helene2);
  b.Relation(quote2, "talk", "04", helene2);
  Article c("doc-3", std::string(kUnknownDate));
  int akca3 = c.Entity("Akçaburç", EntityType::kLocation, {"Akçaburç"});
  int sons3 = c.Entity("O'Neill & Sons <Ltd>", EntityType::kOrganization, {"O'Neill & Sons <Ltd>"});
  c.Relation(sons3, "shell", "19", akca3);
  graph::KnowledgeGraph kg;
  for (const Article* article : {&a, &b, &c}) kg.Add(article->extraction());
  kg.Finalize();
  return kg;
}

std::string Written(std::string_view format, const graph::KnowledgeGraph& kg) {
  std::ostringstream out;
  EXPECT_TRUE(NewWriter(format)->Write(kg, out).ok());
  return out.str();
}

class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "graph_reader_test.XXXXXX").string();
    path_ = ::mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  std::string Write(const std::string& name, const std::string& content) const {
    const fs::path path = path_ / name;
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

TEST(ReadGraphFileTest, GraphmlAndJsonldReadBackAsTheSnapshotOfTheGraph) {
  const graph::KnowledgeGraph kg = HostileGraph();
  graph::GraphSnapshot expected = graph::SnapshotOf(kg);
  // The graph really holds what the test is about.
  std::vector<std::string> names;
  for (const graph::SnapshotNode& node : expected.nodes) names.push_back(node.name);
  EXPECT_THAT(names, ::testing::IsSupersetOf({"Quote \"Marks\" Smith", "O'Neill & Sons <Ltd>", "Akçaburç"}));
  ASSERT_EQ(expected.documents, 3);
  ASSERT_EQ(expected.edges.size(), 5u);

  TempDir dir;
  for (std::string_view format : {"graphml", "jsonld"}) {
    const std::string path = dir.Write("graph." + std::string(format), Written(format, kg));
    absl::StatusOr<graph::GraphSnapshot> read = ReadGraphFile(path);
    ASSERT_TRUE(read.ok()) << read.status();
    EXPECT_EQ(read->label, path);
    EXPECT_FALSE(read->window.has_value());
    EXPECT_EQ(read->documents, 3) << format;
    EXPECT_EQ(read->nodes, expected.nodes) << format;
    // GraphML carries a weight (the count); JSON-LD none.
    for (graph::SnapshotEdge& edge : read->edges) {
      if (format == "graphml") {
        EXPECT_EQ(edge.weight, static_cast<double>(edge.count));
      } else {
        EXPECT_FALSE(edge.weight.has_value());
      }
      edge.weight.reset();
    }
    EXPECT_EQ(read->edges, expected.edges) << format;
  }
}

TEST(ReadGraphFileTest, SpotChecksOfWhatWasRead) {
  TempDir dir;
  const std::string path = dir.Write("graph.jsonld", Written("jsonld", HostileGraph()));
  absl::StatusOr<graph::GraphSnapshot> read = ReadGraphFile(path);
  ASSERT_TRUE(read.ok()) << read.status();
  std::vector<std::string> nodes;
  for (const graph::SnapshotNode& n : read->nodes) {
    nodes.push_back(absl::StrCat(n.id, " | ", n.name, " | ", ToAbsl(EntityTypeName(n.type)), " ", n.mentions, "/", n.documents,
                                 " ", n.first_date, "..", n.last_date));
  }
  EXPECT_THAT(nodes, ::testing::Contains("location:akcaburc | Akçaburç | LOCATION 2/2 2024-03-04..2024-03-04"));
  EXPECT_THAT(nodes, ::testing::Contains(
                         "person:mr-hln-l-guennec | Marie-Hélène Le Guennec | PERSON 3/2 2024-03-04..2024-04-11"));
  EXPECT_THAT(nodes, ::testing::Contains("person:western-diplomats@doc-1 | Western diplomats | PERSON 1/1 2024-03-04..2024-03-04"));
  std::vector<std::string> edges;
  for (const graph::SnapshotEdge& e : read->edges) {
    edges.push_back(absl::StrCat(e.source, " ", e.code, "[", e.role, "] ", e.predicate, " ", e.target, " ", e.count, " ",
                                 e.first_date, "..", e.last_date));
  }
  EXPECT_THAT(edges, ::testing::Contains("person:mr-hln-l-guennec AFF[chief \"envoy\" & <co>] chief \"envoy\" & <co> "
                                         "organization:oneill-sons-ltd 1 2024-03-04..2024-03-04"));
  EXPECT_THAT(edges, ::testing::Contains("person:qt-mrks-smith 04[] meet person:mr-hln-l-guennec 3 "
                                         "2024-03-04..2024-04-11"));
  EXPECT_THAT(edges, ::testing::Contains("organization:oneill-sons-ltd 19[] shell location:akcaburc 1 unknown..unknown"));
}

TEST(ReadGraphFileTest, MissingFilesAndDirectoriesAreNamed) {
  TempDir dir;
  const std::string missing = (dir.path() / "nope.graphml").string();
  absl::StatusOr<graph::GraphSnapshot> read = ReadGraphFile(missing);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(read.status().message(), absl::StrCat(missing, ": no such file"));
  read = ReadGraphFile(dir.path().string());
  ASSERT_FALSE(read.ok());
  EXPECT_THAT(std::string(read.status().message()), StartsWith(dir.path().string() + ": is a directory"));
  read = ReadGraphFile(dir.Write("empty.jsonld", ""));
  ASSERT_FALSE(read.ok());
  EXPECT_THAT(std::string(read.status().message()), MatchesRegex(".*/empty.jsonld: empty file.*"));
}

struct BadFile {
  std::string what;
  std::string content;
  std::string message;  // expected message after "bad.file", a regular expression
};

std::vector<BadFile> BadFiles() {
  const std::string graphml = Written("graphml", HostileGraph());
  const std::string jsonld = Written("jsonld", HostileGraph());
  auto replaced = [](const std::string& text, std::string_view from, std::string_view to) {
    EXPECT_THAT(text, HasSubstr(std::string(from)));
    return absl::StrReplaceAll(text, {{absl::string_view(from.data(), from.size()), absl::string_view(to.data(), to.size())}});
  };
  const std::string not_ours = ": not a graph written by actorgraph build \\(";
  std::vector<BadFile> cases = {
      {"empty", "", ": empty file; expected a graph.graphml or graph.jsonld written by actorgraph build"},
      {"blank", " \n\t\n", ": empty file.*"},
      {"plain text", "hello\n", not_ours + "neither XML nor JSON\\).*"},
      {"a JSON array", "[1, 2]", not_ours + "neither XML nor JSON\\).*"},
      {"truncated GraphML", graphml.substr(0, graphml.size() / 2), ":[0-9]+: malformed XML: .*"},
      {"XML that is not GraphML", "<html><body>hi</body></html>", not_ours + "its root element is <html>\\).*"},
      {"GraphML of another tool",
       "<graphml><key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/><graph>"
       "<node id=\"n0\"><data key=\"d0\">A</data></node></graph></graphml>",
       not_ours + "GraphML without the key n_label for the node label\\).*"},
      {"a document type with entities",
       "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY lol \"lol\">]><graphml>&lol;</graphml>",
       not_ours + "it has a document type declaration\\).*"},
      {"XML nested a million deep", "<graphml>" + std::string(1'000'000, '<') , ":[0-9]+: malformed XML: .*"},
      {"elements nested 100000 deep",
       [] {
         std::string xml = "<graphml>";
         for (int i = 0; i < 100000; ++i) xml += "<a>";
         return xml;
       }(),
       not_ours + "elements nested more than 32 deep\\).*"},
      {"a NUL byte", replaced(graphml, "<graph id", std::string("<graph\0id", 9)),
       ":[0-9]+: a NUL byte in XML; the file is damaged or not text"},
      {"a count that is no number", replaced(graphml, "<data key=\"n_mentions\">2</data>", "<data key=\"n_mentions\">many</data>"),
       ": node \"location:akcaburc\" has n_mentions \"many\", not a count"},
      {"an unknown type", replaced(graphml, "<data key=\"n_type\">LOCATION</data>", "<data key=\"n_type\">PLANET</data>"),
       ": node \"location:akcaburc\" has n_type \"PLANET\", not PERSON, ORGANIZATION, LOCATION or EVENT"},
      {"a node without a label", replaced(graphml, "<data key=\"n_label\">Akçaburç</data>", ""),
       ": node \"location:akcaburc\" has no n_label"},
      {"a bad date", replaced(graphml, "<data key=\"n_first_date\">2024-03-04</data>", "<data key=\"n_first_date\">March</data>"),
       ": node \"location:akcaburc\" has n_first_date \"March\", not a YYYY-MM-DD date"},
      {"an edge to nowhere", replaced(graphml, "target=\"location:akcaburc\"", "target=\"location:atlantis\""),
       ": a relation joins \"location:atlantis\", which is no actor of the file"},
      {"a repeated node", replaced(graphml, "<node id=\"location:akcaburc\">", "<node id=\"person:qt-mrks-smith\">"),
       ": two actors with the id \"person:qt-mrks-smith\""},
      {"a weight that is no number", replaced(graphml, "<data key=\"e_weight\">1.0</data>", "<data key=\"e_weight\">nan</data>"),
       ": <edge> number 1 .* has e_weight \"nan\", not a number"},
      {"truncated JSON", jsonld.substr(0, jsonld.size() / 2), ":[0-9]+: malformed JSON: .*"},
      {"JSON that is not JSON-LD", "{\"name\": \"x\"}", not_ours + "JSON without actorgraph's JSON-LD @context\\).*"},
      {"JSON-LD of someone else", "{\"@context\": \"http://schema.org/\", \"@graph\": []}",
       not_ours + "JSON without actorgraph's JSON-LD @context\\).*"},
      {"JSON nested deep", "{\"x\": " + std::string(200000, '[') + std::string(200000, ']') + "}",
       not_ours + "JSON without actorgraph's JSON-LD @context\\).*"},
      {"invalid UTF-8 in JSON", "{\"name\": \"\xC3\x28\"}", ":1: malformed JSON: Invalid encoding in string.*"},
      {"a relation to nowhere",
       replaced(jsonld, "\"object\": \"https://actorgraph.org/id/location/akcaburc\"",
                "\"object\": \"https://actorgraph.org/id/location/atlantis\""),
       ": @graph\\[[0-9]+\\] \\(Relation\\) has the object \"https://actorgraph.org/id/location/atlantis\", "
       "which is no actor of the file"},
      {"a node without mentions", replaced(jsonld, "\"mentions\": 2,", "\"mentions\": \"2\","),
       ": @graph\\[[0-9]+\\] \\(Place\\) has no count \"mentions\""},
      {"an unknown @type", replaced(jsonld, "\"@type\": \"Place\"", "\"@type\": \"Planet\""),
       not_ours + "@graph\\[[0-9]+\\] has the @type \"Planet\"\\).*"},
  };
  return cases;
}

TEST(ReadGraphTextTest, RefusesWhatIsNotOurGraphWithAMessageNamingTheFile) {
  for (const BadFile& bad : BadFiles()) {
    absl::StatusOr<graph::GraphSnapshot> read = ReadGraphText(bad.content, "bad.file");
    ASSERT_FALSE(read.ok()) << bad.what;
    EXPECT_EQ(read.status().code(), absl::StatusCode::kInvalidArgument) << bad.what;
    EXPECT_THAT(std::string(read.status().message()), MatchesRegex("bad\\.file" + bad.message)) << bad.what;
  }
}

TEST(ReadGraphTextTest, EveryTruncatedFileIsAnErrorNotACrash) {
  for (std::string_view format : {"graphml", "jsonld"}) {
    const std::string whole = Written(format, HostileGraph());
    ASSERT_TRUE(ReadGraphText(whole, "whole").ok()) << format;
    // Up to the last closing tag or brace: nothing shorter is a whole file.
    const size_t end = format == "graphml" ? whole.rfind("</graphml>") : whole.rfind('}');
    for (size_t cut = 0; cut < end; cut += 7) {
      absl::StatusOr<graph::GraphSnapshot> read = ReadGraphText(whole.substr(0, cut), "cut");
      ASSERT_FALSE(read.ok()) << format << " cut at " << cut;
      EXPECT_THAT(std::string(read.status().message()), StartsWith("cut:")) << format << " cut at " << cut;
    }
  }
}

TEST(ReadGraphTextTest, GraphmlWithoutADocumentCountReadsAsUnknown) {
  std::string graphml = Written("graphml", HostileGraph());
  const size_t at = graphml.find("    <data key=\"g_documents\">");
  ASSERT_NE(at, std::string::npos);
  graphml.erase(at, graphml.find('\n', at) + 1 - at);
  absl::StatusOr<graph::GraphSnapshot> read = ReadGraphText(graphml, "old.graphml");
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(read->documents, -1);
}

}  // namespace
}  // namespace actorgraph::exporter
