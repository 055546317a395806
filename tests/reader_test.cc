#include "extract/reader.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace actorgraph::extract {
namespace {

using ::testing::HasSubstr;

struct TextCase {
  std::string name;
  std::string content;
  bool ok;
  std::string expect;  // error substring, or the expected body
};

class TextArticleTest : public ::testing::TestWithParam<TextCase> {};

TEST_P(TextArticleTest, ParsesOrExplains) {
  const TextCase& c = GetParam();
  absl::StatusOr<Document> doc = ParseTextArticle(c.content, "default-id", ReadOptions{});
  if (c.ok) {
    ASSERT_TRUE(doc.ok()) << doc.status();
    EXPECT_EQ(doc->text, c.expect);
  } else {
    ASSERT_FALSE(doc.ok());
    EXPECT_THAT(std::string(doc.status().message()), HasSubstr(c.expect));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, TextArticleTest,
    ::testing::Values(
        TextCase{"plain", "Lavrov met Kerry.\n", true, "Lavrov met Kerry.\n"},
        TextCase{"front_matter", "---\nid: a1\ndate: 2024-03-04\n---\nBody.\n", true, "Body.\n"},
        TextCase{"crlf_front_matter", "---\r\nid: a1\r\n---\r\nBody.", true, "Body."},
        TextCase{"empty", "", false, "empty article"},
        TextCase{"whitespace_only", " \n\t\n", false, "empty article"},
        TextCase{"front_matter_only", "---\nid: a\n---\n", false, "empty article"},
        TextCase{"unclosed", "---\nid: a\ntitle: b\n", false, "never closed"},
        TextCase{"body_inside_front_matter", "---\nid: a\nBody.\n", false, "line 3: front matter line is not \"key: value\" (is the closing \"---\" missing?)"},
        TextCase{"unknown_key", "---\nauthor: x\n---\nBody.", false, "line 2: unknown front matter key \"author\""},
        TextCase{"bad_date", "---\ndate: 2024-02-30\n---\nBody.", false, "line 2: invalid date"},
        TextCase{"not_key_value", "---\njust words\n---\nBody.", false, "line 2: front matter line"},
        TextCase{"repeated_key", "---\nid: a\nid: b\n---\nBody.", false, "repeated"},
        TextCase{"invalid_utf8", "Caf\xC3 and more\nsecond line \xFF\n", false, "line 1: not valid UTF-8"},
        TextCase{"invalid_utf8_line2", "fine\nbad \xFF here\n", false, "line 2: not valid UTF-8"},
        TextCase{"nul_bytes", std::string("abc\0def", 7), false, "NUL"},
        TextCase{"png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), false, "not valid UTF-8"}),
    [](const auto& info) { return info.param.name; });

TEST(TextArticleTest, FrontMatterFieldsAndDefaults) {
  ReadOptions options;
  options.default_date = "2020-01-02";
  auto doc = ParseTextArticle(
      "---\nid: geneva-1\ndate: 2024-03-04T10:00:00Z\ntitle: \"Talks: day one\"\nsource: Wirewatch\n"
      "url: https://example.org/a\n---\nText.",
      "fallback", options);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->id, "geneva-1");
  EXPECT_EQ(doc->date, "2024-03-04");
  EXPECT_EQ(doc->title, "Talks: day one");
  EXPECT_EQ(doc->source, "Wirewatch");
  EXPECT_EQ(doc->url, "https://example.org/a");

  auto plain = ParseTextArticle("Text.", "fallback", options);
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->id, "fallback");
  EXPECT_EQ(plain->date, "2020-01-02");
  auto undated = ParseTextArticle("Text.", "fallback", ReadOptions{});
  EXPECT_EQ(undated->date, "unknown");
}

struct JsonCase {
  std::string name;
  std::string line;
  bool ok;
  std::string expect;  // error substring, or the expected id
};

class JsonLineTest : public ::testing::TestWithParam<JsonCase> {};

TEST_P(JsonLineTest, ParsesOrExplains) {
  const JsonCase& c = GetParam();
  absl::StatusOr<Document> doc = ParseJsonLine(c.line, "corpus-7", ReadOptions{});
  if (c.ok) {
    ASSERT_TRUE(doc.ok()) << doc.status();
    EXPECT_EQ(doc->id, c.expect);
  } else {
    ASSERT_FALSE(doc.ok());
    EXPECT_THAT(std::string(doc.status().message()), HasSubstr(c.expect));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, JsonLineTest,
    ::testing::Values(
        JsonCase{"full", R"({"id":"x1","date":"2016-03-24","title":null,"text":"Kerry met Lavrov."})", true, "x1"},
        JsonCase{"no_id", R"({"text":"Kerry met Lavrov."})", true, "corpus-7"},
        // Other fields are ignored, a number RapidJSON 1.1.0 misread (UBSan) included.
        JsonCase{"zero_large_exponent", R"({"id":"x1","n":[0e200],"text":"a"})", true, "x1"},
        JsonCase{"malformed", R"({"id":"x1","text":"unterminated)", false, "malformed JSON at column"},
        JsonCase{"trailing_garbage", R"({"text":"a"} extra)", false, "malformed JSON"},
        JsonCase{"not_object", R"(["text"])", false, "not an object"},
        JsonCase{"deep_nesting", std::string(2000000, '['), false, "malformed JSON"},
        JsonCase{"missing_text", R"({"id":"x1"})", false, "no \"text\" field"},
        JsonCase{"text_wrong_type", R"({"id":"x1","text":42})", false, "\"text\" is not a string"},
        JsonCase{"id_wrong_type", R"({"id":7,"text":"a"})", false, "\"id\" is not a string"},
        JsonCase{"blank_text", R"({"id":"x1","text":"  \n "})", false, "empty article"},
        JsonCase{"bad_date", R"({"id":"x1","date":"March 4","text":"a"})", false, "invalid date"},
        JsonCase{"nul_escape", R"({"id":"x1","text":"a\u0000b"})", false, "NUL"},
        JsonCase{"lone_surrogate", R"({"id":"x1","text":"a\ud800b"})", false, "surrogate"},
        JsonCase{"invalid_utf8", "{\"id\":\"x1\",\"text\":\"caf\xE9 au lait\"}", false, "not valid UTF-8"}),
    [](const auto& info) { return info.param.name; });

TEST(Utf8Test, ValidatesAndLocates) {
  size_t offset = 99;
  EXPECT_TRUE(IsValidUtf8("Gorbatchov \xC3\xA9 \xE2\x80\x9C \xF0\x9F\x98\x80"));
  EXPECT_FALSE(IsValidUtf8("ab\xC0\xAF", &offset));  // overlong '/'
  EXPECT_EQ(offset, 2u);
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));  // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(IsValidUtf8("abc\xE2\x80", &offset));  // truncated
  EXPECT_EQ(offset, 3u);
}

TEST(DateTest, AcceptsRealDatesOnly) {
  EXPECT_EQ(*NormalizeDate("2016-02-29"), "2016-02-29");
  EXPECT_EQ(*NormalizeDate("2018-02-27T08:00:00+03:00"), "2018-02-27");
  EXPECT_FALSE(NormalizeDate("2015-02-29").ok());
  EXPECT_FALSE(NormalizeDate("2015-13-01").ok());
  EXPECT_FALSE(NormalizeDate("27/02/2018").ok());
  EXPECT_FALSE(NormalizeDate("").ok());
}

// ReadJsonLines on a stream: CRLF and blank lines keep the line numbers, a
// bad line is reported with its number, and ids are not checked for
// uniqueness (ReadInputs does that).
TEST(ReadJsonLinesTest, NumbersLinesAndReportsBadOnes) {
  std::istringstream in("{\"id\":\"a\",\"text\":\"One.\"}\r\n\n  \n{\"text\":\"Two.\"}\n[1]\n{\"id\":\"a\",\"text\":\"Again.\"}");
  std::vector<std::string> ids, problems;
  InputSink sink;
  sink.document = [&](Document d) { ids.push_back(d.id + "@" + d.origin); };
  sink.problem = [&](InputProblem p) { problems.push_back(p.origin + ": " + p.message); };
  EXPECT_EQ(ReadJsonLines(in, "in.jsonl", "in", ReadOptions{}, sink), 3);
  EXPECT_THAT(ids, ::testing::ElementsAre("a@in.jsonl:1", "in-4@in.jsonl:4", "a@in.jsonl:6"));
  EXPECT_THAT(problems, ::testing::ElementsAre("in.jsonl:5: JSON line is not an object"));
}

// ReadInputs over a temporary tree: every problem names its file (and line)
// and the good articles are still delivered, in a stable order.
TEST(ReadInputsTest, ReportsProblemsAndKeepsGoing) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(::testing::TempDir()) / "reader_inputs";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  auto write = [](const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; };
  write(dir / "b.txt", "---\nid: b\ndate: 2024-01-02\n---\nBody b.\n");
  write(dir / "sub" / "a.txt", "Body a.\n");
  write(dir / "empty.txt", "");
  write(dir / "latin1.txt", "Caf\xE9\n");
  write(dir / "notes.md", "ignored: not *.txt\n");
  fs::path jsonl = dir / "corpus.jsonl";
  write(jsonl, "{\"id\":\"j1\",\"text\":\"One.\"}\n{broken\n\n{\"id\":\"b\",\"text\":\"dup\"}\n{\"text\":\"Two.\"}\n");

  std::vector<std::string> ids, problems;
  InputSink sink;
  sink.document = [&](Document d) { ids.push_back(d.id + "@" + d.origin); };
  sink.problem = [&](InputProblem p) { problems.push_back(p.origin + ": " + p.message); };
  int n = ReadInputs({dir.string(), jsonl.string(), (dir / "missing.txt").string()}, ReadOptions{}, sink);

  EXPECT_EQ(n, 4);
  EXPECT_THAT(ids, ::testing::ElementsAre("b@" + (dir / "b.txt").string(),
                                          "a@" + (dir / "sub" / "a.txt").string(),
                                          "j1@" + jsonl.string() + ":1",
                                          "corpus-5@" + jsonl.string() + ":5"));
  EXPECT_THAT(problems, ::testing::UnorderedElementsAre(
                            HasSubstr((dir / "empty.txt").string() + ": empty article"),
                            HasSubstr((dir / "latin1.txt").string() + ":1: not valid UTF-8"),
                            HasSubstr(jsonl.string() + ":2: malformed JSON"),
                            HasSubstr(jsonl.string() + ":4: duplicate article id \"b\""),
                            HasSubstr("missing.txt: no such file")));
}

// The fields the run report is built from: file, line and id of each problem,
// as far as they are known; a future date is a warning, the article is kept;
// an over-long file or line is skipped without being held in memory.
TEST(ReadInputsTest, ProblemsCarryFileLineAndId) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(::testing::TempDir()) / "reader_report";
  fs::remove_all(dir);
  fs::create_directories(dir);
  auto write = [](const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; };
  fs::path jsonl = dir / "c.jsonl";
  write(jsonl, "{\"id\":\"f\",\"date\":\"2999-01-01\",\"text\":\"Later.\"}\n"
               "{\"id\":\"t\",\"text\":5}\n"
               "{\"id\":\"long\",\"text\":\"" + std::string(300, 'a') + "\"}\n"
               "{\"id\":\"f\",\"text\":\"Again.\"}\n"
               "{\"id\":\"ok\",\"date\":\"2024-01-01\",\"text\":\"Fine.\"}\n");
  write(dir / "big.txt", std::string(300, 'b'));
  write(dir / "bad.txt", "---\nid: front\ndate: 2024-02-30\n---\nBody.\n");

  ReadOptions options;
  options.latest_date = "2026-12-04";
  options.max_article_bytes = 200;
  std::vector<std::string> ids, problems;
  InputSink sink;
  sink.document = [&](Document d) { ids.push_back(d.id); };
  sink.problem = [&](InputProblem p) {
    problems.push_back(absl::StrCat(p.skipped ? "skip " : "warn ", fs::path(p.file).filename().string(), "|",
                                    p.line, "|", p.id, "|", p.message));
  };
  ReadInputs({jsonl.string(), (dir / "big.txt").string(), (dir / "bad.txt").string()}, options, sink);
  EXPECT_THAT(ids, ::testing::ElementsAre("f", "ok"));
  EXPECT_THAT(problems,
              ::testing::ElementsAre(
                  "warn c.jsonl|1|f|date 2999-01-01 is in the future; the article is processed with it",
                  "skip c.jsonl|2|t|field \"text\" is not a string",
                  "skip c.jsonl|3||article too large (323 bytes; the limit is 200)",
                  "skip c.jsonl|4|f|duplicate article id \"f\" (the first one is kept)",
                  "skip big.txt|0|big|article too large (300 bytes; the limit is 200)",
                  "skip bad.txt|3|front|invalid date \"2024-02-30\" (expected YYYY-MM-DD)"));
}

// Lines longer than the read buffer (64 KiB) are read whole up to the limit,
// and past it in bounded memory, wherever they end.
TEST(ReadInputsTest, LongLinesAroundTheLimit) {
  namespace fs = std::filesystem;
  fs::path jsonl = fs::path(::testing::TempDir()) / "long_lines.jsonl";
  auto line = [](const std::string& id, size_t n) {
    return "{\"id\":\"" + id + "\",\"text\":\"" + std::string(n, 'a') + "\"}";
  };
  // "{"id":"x","text":"" is 18 bytes and "}" 2: a 65,535-byte line is 65,515 a's.
  std::ofstream(jsonl, std::ios::binary) << line("w", 70000) << "\n"
                                         << line("x", 65515) << "\n"
                                         << line("y", 300000) << "\n"
                                         << line("z", 10) << "\r\n"
                                         << line("end", 5);
  ReadOptions options;
  options.max_article_bytes = 100000;
  std::vector<std::string> got, problems;
  InputSink sink;
  sink.document = [&](Document d) { got.push_back(absl::StrCat(d.id, ":", d.text.size())); };
  sink.problem = [&](InputProblem p) { problems.push_back(absl::StrCat(p.line, ": ", p.message)); };
  ReadInputs({jsonl.string()}, options, sink);
  EXPECT_THAT(got, ::testing::ElementsAre("w:70000", "x:65515", "z:10", "end:5"));
  EXPECT_THAT(problems, ::testing::ElementsAre("3: article too large (300020 bytes; the limit is 100000)"));
}

}  // namespace
}  // namespace actorgraph::extract
