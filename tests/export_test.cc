#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "export/diff_dot.h"
#include "export/internal.h"
#include "export/writer.h"
#include "gmock/gmock.h"
#include "graph/diff.h"
#include "graph/knowledge_graph.h"
#include "gtest/gtest.h"
#include "model/model.h"
#include "rapidjson/document.h"
#include "rapidjson/error/en.h"
#include "rapidjson/prettywriter.h"
#include "rapidjson/stringbuffer.h"

namespace actorgraph::exporter {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

// ---------------------------------------------------------------------------
// Building graphs from hand-made extractions.

struct EntitySpec {
  std::string name;
  EntityType type = EntityType::kPerson;
  int mentions = 1;
};

struct TripleSpec {
  int subject;
  std::string predicate;
  std::string code;
  int object;
  std::string role;
  Modality modality = Modality::kAsserted;
};

struct DocumentSpec {
  std::string id;
  std::string date;
  std::string title;
  std::string source;
  std::string url;
  std::vector<EntitySpec> entities;
  std::vector<TripleSpec> triples;
};

// One sentence per mention ("<name>.") and one per triple
// ("<subject> <predicate> <object>."), with consistent spans.
Extraction MakeExtraction(const DocumentSpec& spec) {
  Extraction x;
  x.document.id = spec.id;
  x.document.date = spec.date;
  x.document.title = spec.title;
  x.document.source = spec.source;
  x.document.url = spec.url;
  x.document.origin = spec.id + ".txt";
  std::string& text = x.document.text;
  auto add_sentence = [&](std::string_view content) {
    if (!text.empty()) text += ' ';
    Span span{static_cast<uint32_t>(text.size()), 0};
    text += content;
    span.end = static_cast<uint32_t>(text.size());
    x.sentences.push_back({span});
    return span;
  };
  for (size_t e = 0; e < spec.entities.size(); ++e) {
    Entity entity{spec.entities[e].name, spec.entities[e].type, {}};
    for (int k = 0; k < spec.entities[e].mentions; ++k) {
      Span sentence = add_sentence(spec.entities[e].name + ".");
      Mention mention;
      mention.span = {sentence.begin, sentence.end - 1};
      mention.surface = spec.entities[e].name;
      mention.type = spec.entities[e].type;
      mention.entity = static_cast<int>(e);
      mention.sentence = static_cast<int>(x.sentences.size()) - 1;
      entity.mentions.push_back(static_cast<int>(x.mentions.size()));
      x.mentions.push_back(mention);
    }
    x.entities.push_back(entity);
  }
  for (const TripleSpec& t : spec.triples) {
    const std::string words = absl::StrCat(spec.entities[t.subject].name, " ", t.predicate, " ",
                                           spec.entities[t.object].name, ".");
    Span span = add_sentence(words);
    Triple triple;
    triple.subject = t.subject;
    triple.predicate = t.predicate;
    triple.code = t.code;
    triple.object = t.object;
    triple.role = t.role;
    triple.modality = t.modality;
    triple.provenance = {spec.id, spec.date, static_cast<int>(x.sentences.size()) - 1, span, words};
    x.triples.push_back(triple);
  }
  return x;
}

graph::KnowledgeGraph BuildGraph(const std::vector<Extraction>& extractions) {
  graph::KnowledgeGraph graph;
  for (const Extraction& x : extractions) graph.Add(x);
  graph.Finalize();
  return graph;
}

// Three documents: two dated, one undated; persons, organisations, a place and
// an event; "meet" seen twice; an AFF edge with a role; a PART edge; and a
// negated "threaten" that must not become an edge.
std::vector<Extraction> SampleExtractions() {
  const EntityType kPer = EntityType::kPerson;
  const EntityType kOrg = EntityType::kOrganization;
  const EntityType kLoc = EntityType::kLocation;
  const EntityType kEve = EntityType::kEvent;
  std::vector<Extraction> out;
  out.push_back(MakeExtraction({"d1-geneva",
                                "2024-03-04",
                                "Russia and France open talks",
                                "Wirewatch",
                                "https://example.org/d1",
                                {{"Sergey Danilin", kPer, 3},
                                 {"Marie Le Guennec", kPer, 2},
                                 {"Foreign Ministry", kOrg},
                                 {"Geneva", kLoc},
                                 {"Geneva talks", kEve}},
                                {{0, "meet", "04", 1, ""},
                                 {0, "foreign minister", "AFF", 2, "foreign minister"},
                                 {0, "attend", "PART", 4, ""},
                                 {0, "threaten", "13", 1, "", Modality::kNegated},
                                 {1, "urge", "02", 0, ""}}}));
  out.push_back(MakeExtraction({"d2-moscow",
                                "2024-04-11",
                                "Talks in Moscow",
                                "The Evening Ledger",
                                "",
                                {{"Sergey Danilin", kPer}, {"Marie Le Guennec", kPer}},
                                {{0, "meet", "04", 1, ""}}}));
  out.push_back(MakeExtraction({"d3-undated",
                                std::string(kUnknownDate),
                                "",
                                "",
                                "",
                                {{"Valley Shield Brigade", kOrg}, {"Kafr Tarsun", kLoc}},
                                {{0, "shell", "19", 1, ""}}}));
  return out;
}

std::string Write(std::string_view format, const graph::KnowledgeGraph& graph,
                  const WriterOptions& options = {}) {
  std::unique_ptr<GraphWriter> writer = NewWriter(format, options);
  EXPECT_NE(writer, nullptr) << format;
  if (writer == nullptr) return "";
  std::ostringstream out;
  absl::Status status = writer->Write(graph, out);
  EXPECT_TRUE(status.ok()) << format << ": " << status;
  return out.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// ---------------------------------------------------------------------------
// A small DOT tokenizer, strict enough to catch a string that breaks out.

struct DotToken {
  enum Kind { kId, kString, kPunct } kind;
  std::string text;  // decoded for strings: \" -> ", \\ -> \ (Graphviz's rules)
};

// Returns false when a string is unterminated or a byte is unexpected.
bool TokenizeDot(std::string_view dot, std::vector<DotToken>& tokens) {
  size_t i = 0;
  while (i < dot.size()) {
    const char c = dot[i];
    if (c == ' ' || c == '\n' || c == '\t') {
      ++i;
    } else if (c == '"') {
      std::string value;
      ++i;
      bool closed = false;
      while (i < dot.size()) {
        if (dot[i] == '\n') return false;  // we never write multi-line strings
        if (dot[i] == '\\' && i + 1 < dot.size() && (dot[i + 1] == '"' || dot[i + 1] == '\\')) {
          value += dot[i + 1];
          i += 2;
        } else if (dot[i] == '\\') {
          return false;  // a lone backslash would start a Graphviz escape
        } else if (dot[i] == '"') {
          ++i;
          closed = true;
          break;
        } else {
          value += dot[i++];
        }
      }
      if (!closed) return false;
      tokens.push_back({DotToken::kString, value});
    } else if (dot.substr(i, 2) == "->") {
      tokens.push_back({DotToken::kPunct, "->"});
      i += 2;
    } else if (std::string_view("{}[]=;,").find(c) != std::string_view::npos) {
      tokens.push_back({DotToken::kPunct, std::string(1, c)});
      ++i;
    } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.') {
      size_t start = i;
      while (i < dot.size() &&
             (std::isalnum(static_cast<unsigned char>(dot[i])) || dot[i] == '_' || dot[i] == '.')) {
        ++i;
      }
      tokens.push_back({DotToken::kId, std::string(dot.substr(start, i - start))});
    } else {
      return false;  // '<' (HTML label), '#', '/', control characters...
    }
  }
  return true;
}

const std::vector<std::string>& AllowedDotAttributes() {
  static const auto* const kAllowed = new std::vector<std::string>{
      "rankdir", "fontname", "fontsize", "overlap", "splines",  "nodesep",   "ranksep",
      "pad",     "label",    "labelloc", "style",   "penwidth", "arrowsize", "fillcolor",
      "color",   "shape",    "tooltip",  "width",   "fontcolor"};
  return *kAllowed;
}

// Every `name=` outside strings is one of ours; no HTML label, no file-reading
// attribute; braces and brackets balance.
void ExpectSafeDot(const std::string& dot) {
  std::vector<DotToken> tokens;
  ASSERT_TRUE(TokenizeDot(dot, tokens)) << dot;
  int braces = 0;
  int brackets = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const DotToken& token = tokens[i];
    if (token.kind == DotToken::kPunct) {
      braces += token.text == "{" ? 1 : token.text == "}" ? -1 : 0;
      brackets += token.text == "[" ? 1 : token.text == "]" ? -1 : 0;
      ASSERT_GE(braces, 0);
      ASSERT_GE(brackets, 0);
      ASSERT_LE(brackets, 1);
    }
    if (token.kind == DotToken::kId && i + 1 < tokens.size() && tokens[i + 1].text == "=" &&
        tokens[i + 1].kind == DotToken::kPunct) {
      EXPECT_THAT(AllowedDotAttributes(), ::testing::Contains(token.text))
          << "unexpected attribute " << token.text;
    }
    if (token.kind == DotToken::kString && i + 1 < tokens.size() && tokens[i + 1].text == "=" &&
        tokens[i + 1].kind == DotToken::kPunct) {
      ADD_FAILURE() << "quoted attribute name " << token.text;
    }
  }
  EXPECT_EQ(braces, 0);
  EXPECT_EQ(brackets, 0);
  // Quotes balance on every line (escaped ones excluded).
  for (const std::string& line : Lines(dot)) {
    int quotes = 0;
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '\\') {
        ++i;
      } else if (line[i] == '"') {
        ++quotes;
      }
    }
    EXPECT_EQ(quotes % 2, 0) << line;
  }
}

size_t DotEdgeCount(const std::string& dot) {
  std::vector<DotToken> tokens;
  if (!TokenizeDot(dot, tokens)) return 0;
  return std::count_if(tokens.begin(), tokens.end(), [](const DotToken& token) {
    return token.kind == DotToken::kPunct && token.text == "->";
  });
}

// The decoded `label` of every node statement ("id" [ ... label="..." ... ]).
std::vector<std::string> DotNodeLabels(const std::string& dot) {
  std::vector<DotToken> tokens;
  std::vector<std::string> labels;
  if (!TokenizeDot(dot, tokens)) return labels;
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].kind != DotToken::kString || tokens[i + 1].text != "[") continue;
    if (i > 0 && tokens[i - 1].text == "->") continue;
    for (size_t j = i + 2; j + 2 < tokens.size() && tokens[j].text != "]"; ++j) {
      if (tokens[j].text == "label" && tokens[j + 1].text == "=") {
        labels.push_back(tokens[j + 2].text);
        break;
      }
    }
  }
  return labels;
}

// ---------------------------------------------------------------------------
// Minimal XML helpers for checking GraphML content.

std::string XmlUnescape(std::string_view text) {
  struct Reference {
    std::string_view name;
    char character;
  };
  constexpr Reference kReferences[] = {{"amp", '&'},   {"lt", '<'},   {"gt", '>'},   {"quot", '"'},
                                       {"apos", '\''}, {"#13", '\r'}, {"#10", '\n'}, {"#9", '\t'}};
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out += text[i];
      continue;
    }
    const size_t semicolon = text.find(';', i);
    const std::string_view name = text.substr(i + 1, semicolon - i - 1);
    const auto* reference = std::find_if(std::begin(kReferences), std::end(kReferences),
                                         [&](const Reference& r) { return r.name == name; });
    out += reference == std::end(kReferences) ? '?' : reference->character;
    i = semicolon;
  }
  return out;
}

// Decoded contents of every <data key="`key`">...</data>.
std::vector<std::string> GraphmlData(const std::string& xml, std::string_view key) {
  std::vector<std::string> values;
  const std::string open = absl::StrCat("<data key=\"", internal::Sv(key), "\">");
  for (size_t at = xml.find(open); at != std::string::npos; at = xml.find(open, at + 1)) {
    const size_t begin = at + open.size();
    const size_t end = xml.find("</data>", begin);
    values.push_back(XmlUnescape(std::string_view(xml).substr(begin, end - begin)));
  }
  return values;
}

size_t CountOccurrences(std::string_view text, std::string_view needle) {
  size_t count = 0;
  for (size_t at = text.find(needle); at != std::string_view::npos;
       at = text.find(needle, at + needle.size())) {
    ++count;
  }
  return count;
}

// ---------------------------------------------------------------------------
// A strict RFC 4180 reader for checking the CSV files.

struct CsvField {
  std::string value;
  bool quoted = false;  // an empty bare field is null for Neo4j and Kuzu
};
using CsvRow = std::vector<CsvField>;

// Rows of `text` (LF or CRLF line ends); false on a stray quote, text after
// a closing quote or an unterminated quoted field.
bool ParseCsv(std::string_view text, std::vector<CsvRow>& rows) {
  rows.clear();
  CsvRow row;
  CsvField field;
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '"' && field.value.empty() && !field.quoted) {
      field.quoted = true;
      ++i;
      bool closed = false;
      while (i < text.size()) {
        if (text[i] == '"' && i + 1 < text.size() && text[i + 1] == '"') {
          field.value += '"';
          i += 2;
        } else if (text[i] == '"') {
          ++i;
          closed = true;
          break;
        } else {
          field.value += text[i++];
        }
      }
      if (!closed) return false;
      if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') return false;
    } else if (c == '"') {
      return false;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field = CsvField();
      ++i;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')) return false;
      i += c == '\r' ? 2 : 1;
      row.push_back(std::move(field));
      field = CsvField();
      rows.push_back(std::move(row));
      row.clear();
    } else {
      field.value += c;
      ++i;
    }
  }
  if (!row.empty() || !field.value.empty() || field.quoted) return false;  // no final newline
  return true;
}

// Parses `text`, checks that every row has as many fields as the header, and
// returns the rows after the header.
std::vector<CsvRow> CsvRecords(const std::string& text, size_t* columns = nullptr) {
  std::vector<CsvRow> rows;
  EXPECT_TRUE(ParseCsv(text, rows)) << text;
  if (rows.empty()) {
    ADD_FAILURE() << "no header";
    return rows;
  }
  for (const CsvRow& row : rows) EXPECT_EQ(row.size(), rows[0].size()) << text;
  if (columns != nullptr) *columns = rows[0].size();
  rows.erase(rows.begin());
  return rows;
}

// The record whose field `column` is `value`, or nullptr.
const CsvRow* FindRecord(const std::vector<CsvRow>& rows, size_t column, std::string_view value) {
  for (const CsvRow& row : rows) {
    if (row.size() > column && row[column].value == value) return &row;
  }
  return nullptr;
}

void ExpectStartsWith(std::string_view text, std::string_view prefix) {
  EXPECT_EQ(text.substr(0, prefix.size()), prefix);
}

std::vector<std::string> Values(const CsvRow& row) {
  std::vector<std::string> values;
  for (const CsvField& field : row) values.push_back(field.value);
  return values;
}

bool OnPath(const std::string& program) {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return false;
  std::istringstream dirs(path);
  for (std::string dir; std::getline(dirs, dir, ':');) {
    if (!dir.empty() && ::access((fs::path(dir) / program).c_str(), X_OK) == 0) return true;
  }
  return false;
}

class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "export_test.XXXXXX").string();
    path_ = ::mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ignored;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(path_, ignored);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// ---------------------------------------------------------------------------
// Factory.

TEST(NewWriterTest, KnowsEveryFormatAndNothingElse) {
  struct Case {
    std::string_view format;
    std::string_view extension;
    std::string_view file_name;
  };
  constexpr Case kCases[] = {
      {"dot", "dot", "graph.dot"},
      {"graphml", "graphml", "graph.graphml"},
      {"jsonld", "jsonld", "graph.jsonld"},
      {"csv-nodes", "csv", "nodes.csv"},
      {"csv-edges", "csv", "edges.csv"},
  };
  std::vector<std::string_view> formats;
  for (const Case& c : kCases) {
    formats.push_back(c.format);
    std::unique_ptr<GraphWriter> writer = NewWriter(c.format);
    ASSERT_NE(writer, nullptr) << c.format;
    EXPECT_EQ(writer->format(), c.format);
    EXPECT_EQ(writer->extension(), c.extension);
    EXPECT_EQ(writer->file_name(), c.file_name);
  }
  EXPECT_EQ(WriterFormats(), formats);
  EXPECT_EQ(NewWriter("nope"), nullptr);
  EXPECT_EQ(NewWriter(""), nullptr);
  EXPECT_EQ(NewWriter("DOT"), nullptr);
}

TEST(NewWriterTest, ReportsAFailedStream) {
  graph::KnowledgeGraph graph = BuildGraph(SampleExtractions());
  for (std::string_view format : WriterFormats()) {
    std::ostringstream out;
    out.setstate(std::ios::badbit);
    EXPECT_FALSE(NewWriter(format)->Write(graph, out).ok()) << format;
  }
}

// ---------------------------------------------------------------------------
// DOT.

TEST(DotWriterTest, WritesNodesEdgesAndLegend) {
  const std::string dot = Write("dot", BuildGraph(SampleExtractions()));
  EXPECT_TRUE(absl::StartsWith(dot, "digraph actorgraph {\n")) << dot;
  EXPECT_TRUE(absl::EndsWith(dot, "}\n"));
  EXPECT_THAT(dot, HasSubstr("rankdir=LR, fontname=\"Helvetica\""));
  EXPECT_THAT(dot, HasSubstr("overlap=false, splines=true"));
  EXPECT_THAT(dot, HasSubstr("subgraph cluster_legend {"));

  struct Case {
    std::string_view expected;
  };
  const Case kCases[] = {
      {"  \"person:srg-danilin\" [label=\"Sergey Danilin\", shape=ellipse, "
       "fillcolor=\"#dbe9f8\""},
      {"  \"organization:foreign-ministry\" [label=\"Foreign Ministry\", shape=box, "},
      {"  \"location:geneva\" [label=\"Geneva\", shape=hexagon, "},
      {"  \"event:geneva-talks\" [label=\"Geneva talks\", shape=octagon, "},
      {"tooltip=\"PERSON: 4 mentions in 2 documents, 2024-03-04 to 2024-04-11\"];"},
      {"  \"person:srg-danilin\" -> \"person:mr-l-guennec\" [label=\"meet \xC3\x97"
       "2\", color=\"#3c9a5f\""},
      {"  \"person:mr-l-guennec\" -> \"person:srg-danilin\" [label=\"urge\", "
       "color=\"#3c9a5f\""},
      {"  \"person:srg-danilin\" -> \"organization:foreign-ministry\" "
       "[label=\"foreign minister\", color=\"#8c8c8c\", fontcolor=\"#666666\", "
       "penwidth=1.20, style=dashed"},
      {"  \"person:srg-danilin\" -> \"event:geneva-talks\" [label=\"attend\", "
       "color=\"#8c8c8c\""},
      {"  \"organization:valley-shield-brigade\" -> \"location:kafr-tarsun\" "
       "[label=\"shell\", color=\"#c62828\""},
      {"tooltip=\"CAMEO 04 consult: 2 observations in 2 documents, 2024-03-04 to "
       "2024-04-11\"];"},
      // Undated: no dates in the tooltip.
      {"tooltip=\"CAMEO 19 fight: 1 observation in 1 document\"];"},
  };
  for (const Case& c : kCases) EXPECT_THAT(dot, HasSubstr(c.expected));
  EXPECT_THAT(dot, Not(HasSubstr("threaten")));
  EXPECT_EQ(DotEdgeCount(dot), 5u + 8u);  // 5 edges + 8 in the legend
  ExpectSafeDot(dot);
}

TEST(DotWriterTest, AffiliationWithoutRoleSaysAffiliatedWith) {
  graph::KnowledgeGraph graph = BuildGraph(
      {MakeExtraction({"d",
                       "2024-01-01",
                       "",
                       "",
                       "",
                       {{"Ann Smith", EntityType::kPerson}, {"Acme", EntityType::kOrganization}},
                       {{0, "", "AFF", 1, ""}}})});
  EXPECT_THAT(Write("dot", graph), HasSubstr("[label=\"affiliated with\", color=\"#8c8c8c\""));
}

TEST(DotWriterTest, ActorsWithoutRelationsGoInRows) {
  DocumentSpec spec{"d", "2024-01-01", "", "", "", {}, {{0, "meet", "04", 1, ""}}};
  for (std::string name : {"Ann Abel", "Ben Bird", "Cy Cole", "Di Dunn", "Ed Eng", "Flo Fox",
                           "Gus Gray", "Hal Hunt", "Ida Ives", "Jo Jones"}) {
    spec.entities.push_back({name, EntityType::kPerson});
  }
  const std::string dot = Write("dot", BuildGraph({MakeExtraction(spec)}));
  const size_t cluster = dot.find("  subgraph cluster_unlinked {\n");
  ASSERT_NE(cluster, std::string::npos) << dot;
  const std::string unlinked = dot.substr(cluster, dot.find("\n  }\n", cluster) - cluster);
  EXPECT_THAT(unlinked, HasSubstr("label=\"Mentioned without relations\""));
  EXPECT_THAT(unlinked, HasSubstr("    \"person:c-cole\" [label=\"Cy Cole\""));
  EXPECT_THAT(unlinked, Not(HasSubstr("ann-abel")));  // linked: drawn outside
  EXPECT_THAT(unlinked, HasSubstr("    \"person:c-cole\" -> \"person:d-dunn\" -> "
                                  "\"person:ed-eng\" -> \"person:fl-fox\" -> "
                                  "\"person:gs-gray\" -> \"person:hl-hunt\" [style=invis];"));
  EXPECT_THAT(unlinked, HasSubstr("    \"person:id-ives\" -> \"person:j-jones\" [style=invis];"));
  EXPECT_THAT(dot, HasSubstr("  \"person:an-abel\" [label=\"Ann Abel\""));
  ExpectSafeDot(dot);
}

TEST(DotWriterTest, TitleBecomesTheGraphLabel) {
  WriterOptions options;
  options.title = "Tarsun \"Valley\"";
  const std::string dot = Write("dot", BuildGraph(SampleExtractions()), options);
  EXPECT_THAT(dot, HasSubstr("label=\"Tarsun \\\"Valley\\\"\", labelloc=t"));
}

// A diff with one change of every kind, its names built from `name`.
graph::GraphDiff DiffOfEveryKind(const std::string& name) {
  graph::GraphDiff diff;
  diff.old_label = name + " old";
  diff.new_label = "new";
  auto node = [&](std::string id, int old_mentions, int new_mentions) {
    graph::NodeChange c;
    c.id = std::move(id);
    c.name = c.id == "added" ? name : c.id;
    c.old_mentions = old_mentions;
    c.new_mentions = new_mentions;
    return c;
  };
  diff.added_nodes = {node("added", 0, 2)};
  diff.removed_nodes = {node("removed", 1, 0)};
  diff.kept_nodes = {node("kept", 3, 5)};
  auto edge = [&](std::string source, std::string target, std::string code, int old_count, int new_count) {
    graph::EdgeChange c;
    c.source = std::move(source);
    c.target = std::move(target);
    c.code = std::move(code);
    c.predicate = name;
    c.old_count = old_count;
    c.new_count = new_count;
    return c;
  };
  diff.added_edges = {edge("added", "kept", "04", 0, 1)};
  diff.removed_edges = {edge("removed", "kept", "19", 2, 0)};
  diff.changed_edges = {edge("kept", "added", "05", 1, 3)};
  graph::RoleChange roles;
  roles.source = "added";
  roles.target = "kept";
  roles.old_roles = {{name, 2}};
  roles.new_roles = {{"prime minister", 1}, {"", 1}};
  diff.role_changes = {roles};
  return diff;
}

TEST(DiffDotTest, ColoursEveryKindOfChangeAndHasALegend) {
  std::ostringstream out;
  ASSERT_TRUE(WriteDiffDot(DiffOfEveryKind("foreign minister"), out).ok());
  const std::string dot = out.str();
  const std::string_view kExpected[] = {
      "label=\"old foreign minister old -> new new\", labelloc=t",
      "  \"added\" [label=\"foreign minister\", shape=ellipse, color=\"#2e7d32\"",
      "  \"removed\" [label=\"removed\", shape=ellipse, color=\"#c62828\"",
      "  \"kept\" [label=\"kept\", shape=ellipse, color=\"#9e9e9e\", fontcolor=\"#9e9e9e\", penwidth=2, "
      "tooltip=\"in both: 3 -> 5 mentions\"];",
      "  \"added\" -> \"kept\" [label=\"foreign minister\", color=\"#2e7d32\", fontcolor=\"#2e7d32\", style=solid];",
      "  \"removed\" -> \"kept\" [label=\"foreign minister\", color=\"#c62828\", fontcolor=\"#c62828\", style=dashed];",
      "  \"kept\" -> \"added\" [label=\"foreign minister 1\xE2\x86\x92" "3\", color=\"#ef6c00\"",
      "  \"added\" -> \"kept\" [label=\"foreign minister \xE2\x86\x92 prime minister, affiliated\", "
      "color=\"#6a1b9a\", fontcolor=\"#6a1b9a\", style=bold];",
      "[label=\"changed roles\", color=\"#6a1b9a\"",
      "[label=\"in both\", color=\"#9e9e9e\"",
  };
  for (std::string_view expected : kExpected) EXPECT_THAT(dot, HasSubstr(std::string(expected)));
  EXPECT_EQ(DotEdgeCount(dot), 4u + 5u);  // 4 changes + 5 in the legend
  ExpectSafeDot(dot);
}

TEST(DotQuoteTest, EscapesQuotesBackslashesAndControls) {
  struct Case {
    std::string_view input;
    std::string_view expected;
  };
  const Case kCases[] = {
      {"plain", "\"plain\""},
      {"say \"hi\"", "\"say \\\"hi\\\"\""},
      {"back\\slash", "\"back\\\\slash\""},
      {"\\N\\G\\L\\n", "\"\\\\N\\\\G\\\\L\\\\n\""},
      {"trailing\\", "\"trailing\\\\\""},
      {"line\nbreak\r\ttab", "\"line break  tab\""},
      {std::string_view("nul\0byte", 8), "\"nul byte\""},
      {"del\x7F"
       "c1\xC2\x85",
       "\"del c1 \""},
      {"caf\xC3\xA9", "\"caf\xC3\xA9\""},
      {"bad\xFFutf8", "\"bad\xEF\xBF\xBDutf8\""},
  };
  for (const Case& c : kCases) EXPECT_EQ(internal::DotQuote(c.input), c.expected) << c.input;
}

// ---------------------------------------------------------------------------
// GraphML.

TEST(GraphmlWriterTest, DeclaresKeysAndWritesNodesAndEdges) {
  const std::string xml = Write("graphml", BuildGraph(SampleExtractions()));
  const std::string_view kExpected[] = {
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml "
      "xmlns=\"http://graphml.graphdrawing.org/xmlns\"",
      "<key id=\"n_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>",
      "<key id=\"n_mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>",
      "<key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>",
      "<key id=\"e_quad_class\" for=\"edge\" attr.name=\"quad_class\" attr.type=\"int\"/>",
      "<graph id=\"actorgraph\" edgedefault=\"directed\">",
      "<node id=\"person:srg-danilin\">\n"
      "      <data key=\"n_label\">Sergey Danilin</data>\n"
      "      <data key=\"n_type\">PERSON</data>\n"
      "      <data key=\"n_names\">Sergey Danilin</data>\n"
      "      <data key=\"n_mentions\">4</data>\n"
      "      <data key=\"n_documents\">2</data>\n"
      "      <data key=\"n_mentioned_in\">d1-geneva: Sergey Danilin; d2-moscow: Sergey Danilin</data>\n"
      "      <data key=\"n_first_date\">2024-03-04</data>\n"
      "      <data key=\"n_last_date\">2024-04-11</data>\n"
      "    </node>",
      "<edge id=\"e0\" source=\"organization:valley-shield-brigade\" "
      "target=\"location:kafr-tarsun\">",
      "source=\"person:srg-danilin\" target=\"person:mr-l-guennec\">\n"
      "      <data key=\"e_label\">meet</data>\n"
      "      <data key=\"e_code\">04</data>\n"
      "      <data key=\"e_quad_class\">1</data>\n"
      "      <data key=\"e_goldstein\">0</data>\n"
      "      <data key=\"e_count\">2</data>\n"
      "      <data key=\"e_weight\">2.0</data>\n"
      "      <data key=\"e_first_date\">2024-03-04</data>\n"
      "      <data key=\"e_last_date\">2024-04-11</data>\n"
      "      <data key=\"e_documents\">d1-geneva; d2-moscow</data>\n"
      "      <data key=\"e_evidence\">Sergey Danilin meet Marie Le Guennec. | Sergey Danilin "
      "meet Marie Le Guennec.</data>\n",
      "<data key=\"e_label\">foreign minister</data>\n"
      "      <data key=\"e_code\">AFF</data>\n"
      "      <data key=\"e_quad_class\">0</data>\n"
      "      <data key=\"e_goldstein\">0</data>\n"
      "      <data key=\"e_role\">foreign minister</data>",
  };
  for (std::string_view expected : kExpected) EXPECT_THAT(xml, HasSubstr(expected));
  EXPECT_EQ(CountOccurrences(xml, "<node id="), 7u);
  EXPECT_EQ(CountOccurrences(xml, "<edge id="), 5u);
  for (int i = 0; i < 5; ++i) EXPECT_THAT(xml, HasSubstr(absl::StrCat("<edge id=\"e", i, "\"")));
  EXPECT_THAT(xml, Not(HasSubstr("threaten")));
  // The undated edge has no date data.
  const size_t undated = xml.find("<edge id=\"e0\"");
  EXPECT_THAT(xml.substr(undated, xml.find("</edge>", undated) - undated),
              Not(HasSubstr("e_first_date")));
  EXPECT_TRUE(absl::EndsWith(xml, "  </graph>\n</graphml>\n"));
}

TEST(XmlEscapeTest, EscapesMarkupAndReplacesForbiddenCharacters) {
  struct Case {
    std::string_view input;
    bool attribute;
    std::string_view expected;
  };
  const Case kCases[] = {
      {"a & b <c> \"d\" 'e'", false, "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;"},
      {"]]>", false, "]]&gt;"},
      {"tab\tlf\ncr\r", false, "tab\tlf\ncr&#13;"},
      {"tab\tlf\ncr\r", true, "tab&#9;lf&#10;cr&#13;"},
      {"bell\x07"
       "esc\x1B"
       "del\x7F",
       false,
       "bell\xEF\xBF\xBD"
       "esc\xEF\xBF\xBD"
       "del\xEF\xBF\xBD"},
      {std::string_view("nul\0", 4), false, "nul\xEF\xBF\xBD"},
      {"c1\xC2\x80", false, "c1\xEF\xBF\xBD"},
      {"nonchar\xEF\xBF\xBE\xEF\xBF\xBF", false, "nonchar\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"surrogate\xED\xA0\x80", false, "surrogate\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"ok \xC3\xA7 \xE2\x80\x94 \xF0\x9F\x98\x80", false,
       "ok \xC3\xA7 \xE2\x80\x94 \xF0\x9F\x98\x80"},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(internal::XmlEscape(c.input, c.attribute), c.expected) << c.input;
  }
}

// ---------------------------------------------------------------------------
// JSON-LD.

const rapidjson::Value* FindById(const rapidjson::Value& graph, std::string_view id) {
  for (const rapidjson::Value& item : graph.GetArray()) {
    if (item.HasMember("@id") && item["@id"].GetString() == id) return &item;
  }
  return nullptr;
}

TEST(JsonldWriterTest, WritesContextDocumentsNodesAndRelations) {
  const std::string json = Write("jsonld", BuildGraph(SampleExtractions()));
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  ASSERT_FALSE(doc.HasParseError()) << rapidjson::GetParseError_En(doc.GetParseError());
  ASSERT_TRUE(doc.IsObject());
  auto member = doc.MemberBegin();
  EXPECT_STREQ(member->name.GetString(), "@context");
  EXPECT_STREQ((++member)->name.GetString(), "@graph");

  const rapidjson::Value& context = doc["@context"];
  ASSERT_TRUE(context.IsObject()) << "the context must be inline";
  EXPECT_STREQ(context["name"].GetString(), "http://schema.org/name");
  EXPECT_STREQ(context["Person"].GetString(), "http://schema.org/Person");
  EXPECT_STREQ(context["Place"].GetString(), "http://schema.org/Place");
  EXPECT_STREQ(context["ag"].GetString(), "https://actorgraph.org/ns#");
  EXPECT_STREQ(context["subject"]["@type"].GetString(), "@id");
  EXPECT_STREQ(context["quadClass"]["@type"].GetString(), "xsd:integer");
  // A whole Goldstein value (1.0) would otherwise be an xsd:integer for
  // JavaScript processors and an xsd:double for others.
  EXPECT_STREQ(context["goldstein"]["@type"].GetString(), "xsd:double");
  EXPECT_STREQ(context["firstDate"]["@type"].GetString(), "xsd:date");

  const rapidjson::Value& items = doc["@graph"];
  ASSERT_TRUE(items.IsArray());
  EXPECT_EQ(items.Size(), 3u + 7u + 5u);  // documents + nodes + relations

  const std::string kBase = "https://actorgraph.org/id/";
  const rapidjson::Value* article = FindById(items, kBase + "document/d1-geneva");
  ASSERT_NE(article, nullptr);
  EXPECT_STREQ((*article)["@type"].GetString(), "NewsArticle");
  EXPECT_STREQ((*article)["name"].GetString(), "Russia and France open talks");
  EXPECT_STREQ((*article)["datePublished"].GetString(), "2024-03-04");
  EXPECT_STREQ((*article)["url"].GetString(), "https://example.org/d1");
  EXPECT_STREQ((*article)["publisher"]["name"].GetString(), "Wirewatch");
  const rapidjson::Value* undated = FindById(items, kBase + "document/d3-undated");
  ASSERT_NE(undated, nullptr);
  EXPECT_FALSE(undated->HasMember("datePublished"));

  const rapidjson::Value* person = FindById(items, kBase + "person/srg-danilin");
  ASSERT_NE(person, nullptr);
  EXPECT_STREQ((*person)["@type"].GetString(), "Person");
  EXPECT_STREQ((*person)["name"].GetString(), "Sergey Danilin");
  EXPECT_EQ((*person)["mentions"].GetInt(), 4);
  ASSERT_EQ((*person)["mentionedIn"].Size(), 2u);
  EXPECT_STREQ((*person)["mentionedIn"][0].GetString(), (kBase + "document/d1-geneva").c_str());
  ASSERT_NE(FindById(items, kBase + "location/geneva"), nullptr);
  EXPECT_STREQ((*FindById(items, kBase + "location/geneva"))["@type"].GetString(), "Place");
  EXPECT_STREQ((*FindById(items, kBase + "event/geneva-talks"))["@type"].GetString(), "Event");

  const rapidjson::Value* meet =
      FindById(items, kBase + "relation/person/srg-danilin/04/person/mr-l-guennec");
  ASSERT_NE(meet, nullptr);
  EXPECT_STREQ((*meet)["@type"].GetString(), "Relation");
  EXPECT_STREQ((*meet)["subject"].GetString(), (kBase + "person/srg-danilin").c_str());
  EXPECT_STREQ((*meet)["object"].GetString(), (kBase + "person/mr-l-guennec").c_str());
  EXPECT_STREQ((*meet)["code"].GetString(), "04");
  EXPECT_EQ((*meet)["quadClass"].GetInt(), 1);
  EXPECT_EQ((*meet)["count"].GetInt(), 2);
  EXPECT_STREQ((*meet)["firstDate"].GetString(), "2024-03-04");
  EXPECT_STREQ((*meet)["lastDate"].GetString(), "2024-04-11");
  const rapidjson::Value& observations = (*meet)["observation"];
  ASSERT_EQ(observations.Size(), 2u);
  EXPECT_STREQ(observations[0]["@type"].GetString(), "Observation");
  EXPECT_STREQ(observations[0]["document"].GetString(), (kBase + "document/d1-geneva").c_str());
  EXPECT_STREQ(observations[0]["modality"].GetString(), "asserted");
  EXPECT_STREQ(observations[0]["evidence"].GetString(), "Sergey Danilin meet Marie Le Guennec.");
  EXPECT_LT(observations[0]["begin"].GetInt(), observations[0]["end"].GetInt());

  const rapidjson::Value* affiliation = FindById(
      items,
      kBase +
          "relation/person/srg-danilin/AFF/organization/foreign-ministry/foreign%20minister");
  ASSERT_NE(affiliation, nullptr);
  EXPECT_STREQ((*affiliation)["role"].GetString(), "foreign minister");
  const rapidjson::Value* shelling = FindById(
      items, kBase + "relation/organization/valley-shield-brigade/19/location/kafr-tarsun");
  ASSERT_NE(shelling, nullptr);
  EXPECT_FALSE(shelling->HasMember("firstDate"));
  EXPECT_FALSE((*shelling)["observation"][0].HasMember("date"));
  EXPECT_THAT(json, Not(HasSubstr("threaten")));
}

// A graph large enough to be written in several chunks on two threads: the
// text is exactly what one RapidJSON pretty writer makes of the same JSON
// (so the chunks join with the right commas and indentation), items come
// in file order, and a second write gives the same bytes.
TEST(JsonldWriterTest, ChunkedOutputIsOnePrettyDocument) {
  std::vector<Extraction> extractions;
  for (int d = 0; d < 700; ++d) {
    DocumentSpec spec;
    spec.id = absl::StrCat("doc-", d);
    spec.date = "2024-05-01";
    spec.title = absl::StrCat("Talks \"", d, "\" resume");  // a title that needs escaping
    for (int e = 0; e < 4; ++e) {
      spec.entities.push_back({absl::StrCat(e % 2 ? "Ana Ruiz " : "Omar Haddad ", d * 4 + e), EntityType::kPerson});
    }
    spec.entities.push_back({"Chile", EntityType::kLocation});
    spec.triples.push_back({0, "meet", "04", 1, ""});
    spec.triples.push_back({2, "criticise", "11", 3, ""});
    spec.triples.push_back({0, "visit", "04", 4, ""});
    extractions.push_back(MakeExtraction(spec));
  }
  const graph::KnowledgeGraph graph = BuildGraph(extractions);
  ASSERT_GT(graph.num_nodes() + graph.num_edges() + 700, 3u * 1024);  // more than two chunks
  const std::string json = Write("jsonld", graph);
  EXPECT_EQ(Write("jsonld", graph), json);
  rapidjson::Document parsed;
  ASSERT_FALSE(parsed.Parse(json.c_str()).HasParseError());
  rapidjson::StringBuffer again;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(again);
  writer.SetIndent(' ', 2);
  parsed.Accept(writer);
  EXPECT_TRUE(json == std::string(again.GetString(), again.GetSize()) + "\n") << "not one pretty document";
  const rapidjson::Value& items = parsed["@graph"];
  ASSERT_EQ(items.Size(), 700u + graph.num_nodes() + graph.num_edges());
  EXPECT_STREQ(items[0]["@type"].GetString(), "NewsArticle");
  EXPECT_STREQ(items[699]["@type"].GetString(), "NewsArticle");
  EXPECT_STREQ(items[700]["@type"].GetString(), "Place");  // "location:chile" sorts first
  EXPECT_STREQ(items[701]["@type"].GetString(), "Person");
  EXPECT_STREQ(items[items.Size() - 1]["@type"].GetString(), "Relation");
}

TEST(JsonldWriterTest, UsesTheBaseIriAndEncodesSegments) {
  WriterOptions options;
  options.base_iri = "http://example.com/kg";  // no trailing slash
  graph::KnowledgeGraph graph = BuildGraph(
      {MakeExtraction({"doc 1/2?#",
                       "2024-01-01",
                       "",
                       "",
                       "not a url",
                       {{"Ann Smith", EntityType::kPerson}, {"Acme", EntityType::kOrganization}},
                       {{0, "chief/owner", "AFF", 1, "chief/owner"}}})});
  const std::string json = Write("jsonld", graph, options);
  EXPECT_THAT(json, HasSubstr("\"@id\": \"http://example.com/kg/document/doc%201%2F2%3F%23\""));
  EXPECT_THAT(json, HasSubstr("\"@id\": \"http://example.com/kg/person/an-smith\""));
  EXPECT_THAT(json, HasSubstr("http://example.com/kg/relation/person/an-smith/AFF/"
                              "organization/acme/chief%2Fowner\""));
  EXPECT_THAT(json, Not(HasSubstr("not a url")));
}

TEST(PercentEncodeSegmentTest, KeepsUnreservedOnly) {
  EXPECT_EQ(internal::PercentEncodeSegment("sergey-lavrov_1.2~x"), "sergey-lavrov_1.2~x");
  EXPECT_EQ(internal::PercentEncodeSegment("a b/c?d#e%"), "a%20b%2Fc%3Fd%23e%25");
  EXPECT_EQ(internal::PercentEncodeSegment("caf\xC3\xA9"), "caf%C3%A9");
  EXPECT_EQ(internal::PercentEncodeSegment(".."), "%2E%2E");
}

// ---------------------------------------------------------------------------
// Determinism.

TEST(DeterminismTest, SameGraphSameBytesInAnyAddOrder) {
  std::vector<Extraction> forward = SampleExtractions();
  std::vector<Extraction> backward(forward.rbegin(), forward.rend());
  std::vector<Extraction> rotated = {forward[1], forward[2], forward[0]};
  graph::KnowledgeGraph a = BuildGraph(forward);
  graph::KnowledgeGraph b = BuildGraph(backward);
  graph::KnowledgeGraph c = BuildGraph(rotated);
  for (std::string_view format : WriterFormats()) {
    const std::string first = Write(format, a);
    EXPECT_FALSE(first.empty());
    EXPECT_EQ(first, Write(format, a)) << format << ": written twice";
    EXPECT_EQ(first, Write(format, b)) << format << ": reversed order";
    EXPECT_EQ(first, Write(format, c)) << format << ": rotated order";
  }
}

// ---------------------------------------------------------------------------
// CSV for graph databases.

TEST(CsvWriterTest, NodesHaveTheImportHeaderAndOneRecordPerActor) {
  const std::string csv = Write("csv-nodes", BuildGraph(SampleExtractions()));
  ExpectStartsWith(
      csv,
      "id:ID,:LABEL,name,names:string[],mentions:int,documents:int,first_date:date,"
      "last_date:date\n"
      "\"event:geneva-talks\",\"Event\",\"Geneva talks\",\"Geneva talks\",1,1,2024-03-04,"
      "2024-03-04\n");
  const std::vector<CsvRow> records = CsvRecords(csv);
  ASSERT_EQ(records.size(), 7u);
  for (const CsvRow& record : records) {
    EXPECT_TRUE(record[0].quoted && record[1].quoted && record[2].quoted && record[3].quoted);
    EXPECT_FALSE(record[4].quoted || record[5].quoted || record[6].quoted || record[7].quoted);
  }
  const CsvRow* danilin = FindRecord(records, 0, "person:srg-danilin");
  ASSERT_NE(danilin, nullptr);
  EXPECT_THAT(Values(*danilin),
              ::testing::ElementsAre("person:srg-danilin", "Person", "Sergey Danilin",
                                     "Sergey Danilin", "4", "2", "2024-03-04", "2024-04-11"));
  const CsvRow* undated = FindRecord(records, 2, "Kafr Tarsun");
  ASSERT_NE(undated, nullptr);
  EXPECT_EQ((*undated)[1].value, "Location");
  EXPECT_EQ((*undated)[6].value, "");  // an unknown date is null, not "unknown"
  EXPECT_EQ((*undated)[7].value, "");
  EXPECT_EQ(FindRecord(records, 1, "Organization") != nullptr, true);
}

TEST(CsvWriterTest, EdgesHaveATypePerCodeAndTheirProvenance) {
  const std::string csv = Write("csv-edges", BuildGraph(SampleExtractions()));
  ExpectStartsWith(
      csv,
      ":START_ID,:END_ID,:TYPE,code,predicate,role,quad_class:int,goldstein:double,count:int,"
      "first_date:date,last_date:date,documents:string[],evidence\n"
      "\"organization:valley-shield-brigade\",\"location:kafr-tarsun\",\"FIGHT\",\"19\","
      "\"shell\",,4,0,1,,,\"d3-undated\",\"Valley Shield Brigade shell Kafr Tarsun.\"\n");
  const std::vector<CsvRow> records = CsvRecords(csv);
  ASSERT_EQ(records.size(), 5u);
  const CsvRow* meet = FindRecord(records, 2, "CONSULT");
  ASSERT_NE(meet, nullptr);
  EXPECT_THAT(Values(*meet),
              ::testing::ElementsAre("person:srg-danilin", "person:mr-l-guennec", "CONSULT", "04",
                                     "meet", "", "1", "0", "2", "2024-03-04", "2024-04-11",
                                     "d1-geneva;d2-moscow",
                                     "Sergey Danilin meet Marie Le Guennec. | Sergey Danilin meet "
                                     "Marie Le Guennec."));
  EXPECT_FALSE((*meet)[5].quoted);  // no role: null
  const CsvRow* affiliation = FindRecord(records, 2, "AFFILIATION");
  ASSERT_NE(affiliation, nullptr);
  EXPECT_EQ((*affiliation)[3].value, "AFF");
  EXPECT_EQ((*affiliation)[5].value, "foreign minister");
  EXPECT_TRUE((*affiliation)[5].quoted);
  EXPECT_NE(FindRecord(records, 2, "PARTICIPATION"), nullptr);
  EXPECT_NE(FindRecord(records, 2, "APPEAL"), nullptr);
  EXPECT_THAT(csv, Not(HasSubstr("threaten")));
}

TEST(CsvWriterTest, EmptyGraphIsTheHeaderAlone) {
  graph::KnowledgeGraph empty;
  empty.Finalize();
  EXPECT_EQ(Write("csv-nodes", empty),
            "id:ID,:LABEL,name,names:string[],mentions:int,documents:int,first_date:date,"
            "last_date:date\n");
  EXPECT_EQ(Lines(Write("csv-edges", empty)).size(), 1u);
}

TEST(Neo4jRelationshipTypeTest, UpperSnakeCaseOfTheCodeName) {
  struct Case {
    std::string_view code;
    std::string_view type;
  };
  constexpr Case kCases[] = {
      {"01", "MAKE_PUBLIC_STATEMENT"},
      {"04", "CONSULT"},
      {"11", "DISAPPROVE"},
      {"20", "USE_UNCONVENTIONAL_MASS_VIOLENCE"},
      {"AFF", "AFFILIATION"},
      {"PART", "PARTICIPATION"},
      {"99", "UNKNOWN"},
  };
  for (const Case& c : kCases) EXPECT_EQ(internal::Neo4jRelationshipType(c.code), c.type) << c.code;
}

TEST(CsvQuoteTest, QuotesEverythingAndDoublesQuotes) {
  struct Case {
    std::string input;
    std::string_view expected;
  };
  const Case kCases[] = {
      {"Sergey Lavrov", "\"Sergey Lavrov\""},
      {"", "\"\""},
      {"say \"no\"", "\"say \"\"no\"\"\""},
      {"a,b\nc\r\nd", "\"a,b\nc\r\nd\""},
      {"=HYPERLINK(\"x\")", "\"=HYPERLINK(\"\"x\"\")\""},  // kept: not a spreadsheet file
      {"+1;-2;@3", "\"+1;-2;@3\""},
      {"back\\slash \\\"", "\"back\\slash \\\"\"\""},
      {std::string("nul\0byte", 8), "\"nul\xEF\xBF\xBD" "byte\""},
      {"bad \xFF utf8", "\"bad \xEF\xBF\xBD utf8\""},
      {"tab\tbell\x07", "\"tab\tbell\x07\""},
  };
  for (const Case& c : kCases) EXPECT_EQ(internal::CsvQuote(c.input), c.expected) << c.input;
}

// ---------------------------------------------------------------------------
// Hostile names from articles, through every writer.

// A person named `name`, affiliated (with the same text as role and
// predicate) to an organisation, in a document titled with it too.
graph::KnowledgeGraph HostileGraph(const std::string& name) {
  return BuildGraph(
      {MakeExtraction({"hostile",
                       "2024-05-01",
                       name,
                       name,
                       name,
                       {{name, EntityType::kPerson}, {"Plain Org", EntityType::kOrganization}},
                       {{0, name, "AFF", 1, name}, {0, name, "04", 1, ""}}})});
}

// Node::name of the person as the graph stored it.
std::string StoredName(const graph::KnowledgeGraph& graph) {
  for (graph::Vertex v : graph.SortedVertices()) {
    if (graph.graph()[v].type == EntityType::kPerson) return graph.graph()[v].name;
  }
  return "";
}

class HostileNameTest : public ::testing::TestWithParam<std::string> {};

TEST_P(HostileNameTest, DotStaysInsideItsStrings) {
  graph::KnowledgeGraph graph = HostileGraph(GetParam());
  const std::string dot = Write("dot", graph);
  ExpectSafeDot(dot);
  // The label reads back as the name, control characters shown as spaces.
  std::string shown = StoredName(graph);
  for (char& c : shown) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  EXPECT_THAT(DotNodeLabels(dot), ::testing::Contains(shown));
  EXPECT_EQ(DotEdgeCount(dot), 2u + 8u);  // 2 edges + 8 in the legend
}

TEST_P(HostileNameTest, GraphmlHasNoMarkupOrControlCharacters) {
  graph::KnowledgeGraph graph = HostileGraph(GetParam());
  const std::string xml = Write("graphml", graph);
  EXPECT_THAT(xml, Not(HasSubstr("<script")));
  EXPECT_THAT(xml, Not(HasSubstr("]]>")));
  for (char c : xml) {
    const auto byte = static_cast<unsigned char>(c);
    EXPECT_TRUE(byte >= 0x20 || c == '\n' || c == '\t') << "control byte " << int{byte};
  }
  EXPECT_EQ(CountOccurrences(xml, "<node id="), 2u);
  EXPECT_EQ(CountOccurrences(xml, "<edge id="), 2u);
  std::string shown;
  for (char c : StoredName(graph)) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20 && c != '\n' && c != '\t' && c != '\r') || byte == 0x7F) {
      shown += "\xEF\xBF\xBD";
    } else {
      shown += c;
    }
  }
  EXPECT_THAT(GraphmlData(xml, "n_label"), ::testing::Contains(shown));
  EXPECT_THAT(GraphmlData(xml, "e_role"), ::testing::Contains(shown));
}

TEST_P(HostileNameTest, JsonldKeepsTheExactString) {
  graph::KnowledgeGraph graph = HostileGraph(GetParam());
  const std::string json = Write("jsonld", graph);
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  ASSERT_FALSE(doc.HasParseError()) << rapidjson::GetParseError_En(doc.GetParseError());
  const std::string name = StoredName(graph);
  bool found_person = false;
  bool found_title = false;
  bool found_role = false;
  for (const rapidjson::Value& item : doc["@graph"].GetArray()) {
    const std::string type = item["@type"].GetString();
    auto value_is = [&](const char* key, const std::string& expected) {
      return item.HasMember(key) &&
             std::string(item[key].GetString(), item[key].GetStringLength()) == expected;
    };
    found_person |= type == "Person" && value_is("name", name);  // as the graph stored it
    found_title |= type == "NewsArticle" && value_is("name", GetParam());
    found_role |= type == "Relation" && value_is("role", GetParam());
  }
  EXPECT_TRUE(found_person);
  EXPECT_TRUE(found_title);
  EXPECT_TRUE(found_role);
}

TEST_P(HostileNameTest, CsvKeepsTheExactStringInOneField) {
  graph::KnowledgeGraph graph = HostileGraph(GetParam());
  size_t columns = 0;
  const std::vector<CsvRow> nodes = CsvRecords(Write("csv-nodes", graph), &columns);
  EXPECT_EQ(columns, 8u);
  ASSERT_EQ(nodes.size(), 2u);
  const CsvRow* person = FindRecord(nodes, 1, "Person");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ((*person)[2].value, StoredName(graph));
  const std::vector<CsvRow> edges = CsvRecords(Write("csv-edges", graph), &columns);
  EXPECT_EQ(columns, 13u);
  ASSERT_EQ(edges.size(), 2u);
  const CsvRow* affiliation = FindRecord(edges, 2, "AFFILIATION");
  ASSERT_NE(affiliation, nullptr);
  EXPECT_EQ((*affiliation)[0].value, (*person)[0].value);
  EXPECT_EQ((*affiliation)[5].value, GetParam());
}

TEST_P(HostileNameTest, DiffDotStaysInsideItsStrings) {
  std::ostringstream out;
  ASSERT_TRUE(WriteDiffDot(DiffOfEveryKind(GetParam()), out).ok());
  ExpectSafeDot(out.str());
  EXPECT_EQ(DotEdgeCount(out.str()), 4u + 5u);
}

const std::vector<std::string>& HostileNames() {
  static const auto* const kNames = new std::vector<std::string>{
      "Quote \"Marks\"",
      "Back\\slash",
      "Trailing backslash\\",
      "Esc \\N \\G \\L \\E \\T \\H \\n \\l \\r",
      "Line\nBreak\r\nand\ttab",
      std::string("Bell\x01\x02\x1B\x7F") + "end",
      "CDATA ]]> end",
      "<script>alert(1)</script>",
      "X\"}; node [image=\"/etc/passwd\"]; {\"",
      "shapefile=/etc/passwd",
      "a\" shapefile=\"/etc/passwd",
      "<<b>html</b>>",
      "graph",
      "node",
      "strict",
      "digraph { a -> b }",
      "Comma, Semicolon; Pipe | Tab\tQuote\" End",
      "O'Neill & Sons' <Ltd>",
      "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80",
      "// comment /* block */ #hash",
  };
  return *kNames;
}

INSTANTIATE_TEST_SUITE_P(Names, HostileNameTest, ::testing::ValuesIn(HostileNames()));

// ---------------------------------------------------------------------------
// Atomic file output.

std::vector<std::string> TempLeftovers(const fs::path& dir) {
  std::vector<std::string> leftovers;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().filename().string().find(".tmp.") != std::string::npos) {
      leftovers.push_back(entry.path().string());
    }
  }
  return leftovers;
}

TEST(WriteFileAtomicallyTest, WritesAndReplaces) {
  TempDir dir;
  const fs::path path = dir.path() / "graph.dot";
  ASSERT_TRUE(WriteFileAtomically(path.string(), "first").ok());
  EXPECT_EQ(ReadFile(path), "first");
  ASSERT_TRUE(WriteFileAtomically(path.string(), std::string(100000, 'x')).ok());
  EXPECT_EQ(ReadFile(path), std::string(100000, 'x'));
  ASSERT_TRUE(WriteFileAtomically(path.string(), "").ok());
  EXPECT_EQ(ReadFile(path), "");
  EXPECT_THAT(TempLeftovers(dir.path()), ::testing::IsEmpty());
}

TEST(WriteFileAtomicallyTest, MissingDirectoryNamesThePath) {
  TempDir dir;
  const std::string path = (dir.path() / "no-such-dir" / "graph.dot").string();
  absl::Status status = WriteFileAtomically(path, "content");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(status.message()), HasSubstr(path));
  EXPECT_THAT(std::string(status.message()), HasSubstr("No such file or directory"));
}

TEST(WriteFileAtomicallyTest, DirectoryInTheWayRemovesTheTemporaryFile) {
  TempDir dir;
  const fs::path path = dir.path() / "occupied";
  fs::create_directory(path);
  fs::create_directory(path / "child");  // a non-empty directory cannot be replaced
  absl::Status status = WriteFileAtomically(path.string(), "content");
  ASSERT_FALSE(status.ok());
  EXPECT_THAT(std::string(status.message()), HasSubstr(path.string()));
  EXPECT_THAT(TempLeftovers(dir.path()), ::testing::IsEmpty());
}

TEST(WriteFileAtomicallyTest, OverlongNameNamesThePath) {
  TempDir dir;
  const std::string path = (dir.path() / std::string(300, 'n')).string();
  absl::Status status = WriteFileAtomically(path, "content");
  ASSERT_FALSE(status.ok());
  EXPECT_THAT(std::string(status.message()), HasSubstr(path));
  EXPECT_THAT(std::string(status.message()), HasSubstr("File name too long"));
}

TEST(WriteFileAtomicallyTest, ReadOnlyDirectoryNamesThePath) {
  if (::geteuid() == 0) GTEST_SKIP() << "root ignores directory permissions";
  TempDir dir;
  const fs::path locked = dir.path() / "locked";
  fs::create_directory(locked);
  fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
  const std::string path = (locked / "graph.dot").string();
  absl::Status status = WriteFileAtomically(path, "content");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.code(), absl::StatusCode::kPermissionDenied);
  EXPECT_THAT(std::string(status.message()), HasSubstr(path));
  EXPECT_THAT(std::string(status.message()), HasSubstr("Permission denied"));
}

// A device is written in place: a rename would replace the device node itself
// (as root), and a full disk is reported as such.
TEST(WriteFileAtomicallyTest, DevicesAreWrittenInPlace) {
  if (!fs::is_character_file("/dev/null") || !fs::is_character_file("/dev/full")) {
    GTEST_SKIP() << "/dev/null or /dev/full is not a device here";
  }
  EXPECT_TRUE(WriteFileAtomically("/dev/null", "content").ok());
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
  absl::Status full = WriteFileAtomically("/dev/full", "content");
  EXPECT_EQ(full.code(), absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(full.message(), "cannot write '/dev/full': No space left on device");
  EXPECT_TRUE(fs::is_character_file("/dev/full"));
  for (const char* device : {"/dev/null", "/dev/full"}) {
    EXPECT_FALSE(fs::exists(absl::StrCat(device, ".tmp.", ::getpid()))) << device;
  }
}

// A file written piece by piece holds exactly the pieces in order, whatever
// their sizes against the write buffer, and appears only on Commit().
TEST(AtomicFileTest, PiecesOfEverySizeArriveInOrder) {
  TempDir dir;
  const fs::path path = dir.path() / "lines.jsonl";
  absl::StatusOr<AtomicFile> file = AtomicFile::Open(path.string());
  ASSERT_TRUE(file.ok()) << file.status();
  std::string expected;
  // Small lines, then pieces around and above a megabyte, then small again:
  // about 40 MB in all, so the file also crosses the writeback steps.
  std::vector<size_t> sizes;
  for (int i = 0; i < 5000; ++i) sizes.push_back(1 + i % 97);
  for (size_t big : {size_t{1} << 20, (size_t{1} << 20) - 1, (size_t{1} << 20) + 1, size_t{3} << 20}) {
    sizes.push_back(big);
  }
  for (int i = 0; i < 30; ++i) sizes.push_back(size_t{1} << 20);
  for (int i = 0; i < 5000; ++i) sizes.push_back(1 + i % 13);
  for (size_t i = 0; i < sizes.size(); ++i) {
    std::string piece(sizes[i], static_cast<char>('a' + i % 26));
    expected += piece;
    ASSERT_TRUE(file->Append(piece).ok()) << i;
  }
  EXPECT_FALSE(fs::exists(path));
  ASSERT_TRUE(file->Commit().ok());
  EXPECT_TRUE(ReadFile(path) == expected) << "content differs";
  EXPECT_THAT(TempLeftovers(dir.path()), ::testing::IsEmpty());
  EXPECT_EQ(file->Append("late").code(), absl::StatusCode::kFailedPrecondition);
}

TEST(AtomicFileTest, UncommittedFileLeavesTheOldOne) {
  TempDir dir;
  const fs::path path = dir.path() / "lines.jsonl";
  ASSERT_TRUE(WriteFileAtomically(path.string(), "old").ok());
  {
    absl::StatusOr<AtomicFile> file = AtomicFile::Open(path.string());
    ASSERT_TRUE(file.ok());
    ASSERT_TRUE(file->Append(std::string(3 << 20, 'n')).ok());
  }
  EXPECT_EQ(ReadFile(path), "old");
  EXPECT_THAT(TempLeftovers(dir.path()), ::testing::IsEmpty());
}

// Buffered pieces that do not fit a full disk are reported, at the latest by
// Commit().
TEST(AtomicFileTest, FullDiskIsReportedByAppendOrCommit) {
  if (!fs::is_character_file("/dev/full")) GTEST_SKIP() << "/dev/full is not a device here";
  absl::StatusOr<AtomicFile> file = AtomicFile::Open("/dev/full");
  ASSERT_TRUE(file.ok());
  absl::Status status = file->Append("one line\n");
  if (status.ok()) status = file->Commit();
  EXPECT_EQ(status.message(), "cannot write '/dev/full': No space left on device");
  EXPECT_TRUE(fs::is_character_file("/dev/full"));
}

// ---------------------------------------------------------------------------
// Graphviz rendering.

class ScopedPath {
 public:
  explicit ScopedPath(const std::string& value) {
    const char* old = std::getenv("PATH");
    had_ = old != nullptr;
    if (had_) old_ = old;
    ::setenv("PATH", value.c_str(), 1);
  }
  ~ScopedPath() {
    if (had_) {
      ::setenv("PATH", old_.c_str(), 1);
    } else {
      ::unsetenv("PATH");
    }
  }

 private:
  bool had_ = false;
  std::string old_;
};

TEST(RenderWithGraphvizTest, MissingProgramGivesAnInstallHint) {
  TempDir dir;
  const std::string dot_path = (dir.path() / "g.dot").string();
  ASSERT_TRUE(WriteFileAtomically(dot_path, "digraph { a -> b }\n").ok());
  ScopedPath empty_path(dir.path().string());
  absl::Status status =
      RenderWithGraphviz(dot_path, (dir.path() / "g.svg").string(), "svg", "sfdp");
  EXPECT_EQ(status.code(), absl::StatusCode::kFailedPrecondition) << status;
  EXPECT_THAT(std::string(status.message()), HasSubstr("Graphviz 'sfdp' not found on PATH"));
  EXPECT_THAT(std::string(status.message()), HasSubstr("sudo apt-get install graphviz"));
}

TEST(RenderWithGraphvizTest, RejectsUnknownLayoutsAndFormats) {
  EXPECT_EQ(RenderWithGraphviz("g.dot", "g.svg", "svg", "sh").code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(RenderWithGraphviz("g.dot", "g.svg", "svg", "/usr/bin/dot").code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(RenderWithGraphviz("g.dot", "g.svg", "svg -o /tmp/x", "dot").code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(RenderWithGraphviz("g.dot", "g.svg", "", "dot").code(),
            absl::StatusCode::kInvalidArgument);
}

class GraphvizTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!OnPath("dot")) GTEST_SKIP() << "Graphviz 'dot' is not installed";
  }
};

TEST_F(GraphvizTest, RendersEveryHostileGraphWithoutImages) {
  TempDir dir;
  int verbatim_checked = 0;
  for (size_t i = 0; i < HostileNames().size(); ++i) {
    const std::string dot_path = (dir.path() / absl::StrCat("h", i, ".dot")).string();
    const std::string svg_path = (dir.path() / absl::StrCat("h", i, ".svg")).string();
    ASSERT_TRUE(WriteFileAtomically(dot_path, Write("dot", HostileGraph(HostileNames()[i]))).ok());
    absl::Status status = RenderWithGraphviz(dot_path, svg_path, "svg");
    ASSERT_TRUE(status.ok()) << HostileNames()[i] << ": " << status;
    const std::string svg = ReadFile(svg_path);
    EXPECT_THAT(svg, HasSubstr("<svg")) << HostileNames()[i];
    EXPECT_THAT(svg, Not(HasSubstr("<image"))) << HostileNames()[i];
    EXPECT_THAT(svg, Not(HasSubstr("<script"))) << HostileNames()[i];
    // Names that need no SVG escaping are drawn verbatim ("\\N" not expanded).
    const std::string& name = HostileNames()[i];
    const bool plain = name.find_first_of("\"&<>'-\t\r\n\x01") == std::string::npos &&
                       name.find("  ") == std::string::npos;
    if (plain) {
      EXPECT_THAT(svg, HasSubstr(absl::StrCat(">", name, "</text>")));
      ++verbatim_checked;
    }
  }
  EXPECT_GE(verbatim_checked, 5);
}

TEST_F(GraphvizTest, SyntaxErrorIsReportedWithGraphvizMessage) {
  TempDir dir;
  const std::string dot_path = (dir.path() / "-broken.dot").string();
  ASSERT_TRUE(WriteFileAtomically(dot_path, "digraph { a -> \n").ok());
  absl::Status status = RenderWithGraphviz(dot_path, (dir.path() / "b.svg").string(), "svg");
  EXPECT_EQ(status.code(), absl::StatusCode::kInternal);
  EXPECT_THAT(std::string(status.message()), HasSubstr("syntax error"));
  EXPECT_THAT(std::string(status.message()), HasSubstr(dot_path));
}

// A 1x1 PNG: real image data, so only safe mode can keep it out of the SVG.
constexpr unsigned char kTinyPng[] = {
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48,
    0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00,
    0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0B, 0x49, 0x44, 0x41, 0x54, 0x78,
    0x9C, 0x63, 0x60, 0x00, 0x02, 0x00, 0x00, 0x05, 0x00, 0x01, 0x7A, 0x5E, 0xAB, 0x3F,
    0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};

TEST_F(GraphvizTest, SafeModeRefusesToReadFilesNamedByTheGraph) {
  TempDir dir;
  const fs::path png = dir.path() / "secret.png";
  {
    std::ofstream out(png, std::ios::binary);
    out.write(reinterpret_cast<const char*>(kTinyPng), sizeof(kTinyPng));
  }
  const std::string dot_path = (dir.path() / "attack.dot").string();
  const std::string svg_path = (dir.path() / "attack.svg").string();
  ASSERT_TRUE(WriteFileAtomically(dot_path, absl::StrCat("digraph { a [image=\"", png.string(),
                                                         "\", label=\"\"]; }\n"))
                  .ok());
  ::setenv("GV_FILE_PATH", dir.path().c_str(), 1);  // must not be passed on
  absl::Status status = RenderWithGraphviz(dot_path, svg_path, "svg");
  ::unsetenv("GV_FILE_PATH");
  ASSERT_TRUE(status.ok()) << status;
  const std::string svg = ReadFile(svg_path);
  EXPECT_THAT(svg, HasSubstr("<svg"));
  EXPECT_THAT(svg, Not(HasSubstr("<image")));
  EXPECT_THAT(svg, Not(HasSubstr("secret.png")));
}

}  // namespace
}  // namespace actorgraph::exporter
