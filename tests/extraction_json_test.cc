// ParseExtractionJson: lines written by AppendExtractionJson read back
// byte-identically, and malformed lines rejected with a reason.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "extract/extraction_json.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/reader.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace actorgraph::extract {
namespace {

using ::testing::HasSubstr;

// Extracts every article of `inputs` and returns the JSON line of each.
std::vector<std::string> ExtractLines(const std::vector<std::string>& inputs) {
  auto lexicon = Lexicon::Load(ACTORGRAPH_TEST_DATA_DIR);
  EXPECT_TRUE(lexicon.ok()) << lexicon.status();
  if (!lexicon.ok()) return {};
  auto extractor = NewExtractor("rules", lexicon->get());
  std::vector<std::string> lines;
  InputSink sink;
  sink.document = [&](Document d) {
    std::string line;
    AppendExtractionJson(extractor->Extract(d), &line);
    lines.push_back(std::move(line));
  };
  sink.problem = [](InputProblem p) { ADD_FAILURE() << p.origin << ": " << p.message; };
  ReadInputs(inputs, ReadOptions{}, sink);
  return lines;
}

void ExpectRoundTrip(const std::vector<std::string>& lines) {
  for (const std::string& line : lines) {
    absl::StatusOr<Extraction> parsed = ParseExtractionJson(std::string_view(line).substr(0, line.size() - 1));
    ASSERT_TRUE(parsed.ok()) << parsed.status() << "\n" << line;
    EXPECT_TRUE(parsed->document.text.empty());
    std::string again;
    AppendExtractionJson(*parsed, &again);
    EXPECT_EQ(again, line);
    // Mentions come back in text order, each pointing at its entity.
    for (size_t m = 0; m < parsed->mentions.size(); ++m) {
      const Mention& mention = parsed->mentions[m];
      if (m > 0) {
        EXPECT_LE(parsed->mentions[m - 1].span.begin, mention.span.begin);
      }
      ASSERT_GE(mention.entity, 0);
      const Entity& entity = parsed->entities[mention.entity];
      EXPECT_EQ(std::count(entity.mentions.begin(), entity.mentions.end(), static_cast<int>(m)), 1);
      EXPECT_EQ(mention.type, entity.type);
    }
    for (const Triple& t : parsed->triples) {
      EXPECT_EQ(t.provenance.document_id, parsed->document.id);
      EXPECT_EQ(t.provenance.date, parsed->document.date);
    }
  }
}

TEST(ExtractionJsonTest, SamplesRoundTripByteForByte) {
  std::vector<std::string> lines = ExtractLines({std::string(ACTORGRAPH_SOURCE_DIR) + "/samples"});
  ASSERT_EQ(lines.size(), 8u);
  ExpectRoundTrip(lines);
}

TEST(ExtractionJsonTest, SeedsRoundTripByteForByte) {
  std::string seeds = std::string(ACTORGRAPH_SOURCE_DIR) + "/../shared/corpus/seeds/seeds.jsonl";
  if (!std::filesystem::exists(seeds)) GTEST_SKIP() << seeds << " not found (../shared is absent)";
  std::vector<std::string> lines = ExtractLines({seeds});
  ASSERT_FALSE(lines.empty());
  ExpectRoundTrip(lines);
}

TEST(ExtractionJsonTest, RestoresWhatTheGraphUses) {
  Extraction x;
  x.document = {"d-1", "2024-03-04", "Title", "", "https://example.org/a", "Ann Lee met Bo Chan. \"Yes,\" Lee said.",
                "", 0};
  x.sentences = {{{0, 20}}, {{21, 37}}};
  x.mentions = {{{0, 7}, "Ann Lee", EntityType::kPerson, 0, 0},
                {{12, 19}, "Bo Chan", EntityType::kPerson, 1, 0},
                {{28, 31}, "Lee", EntityType::kPerson, 0, 1}};
  x.entities = {{"Ann Lee", EntityType::kPerson, {0, 2}, false}, {"Bo Chan", EntityType::kPerson, {1}, true}};
  Triple t;
  t.subject = 0;
  t.object = 1;
  t.predicate = "meet";
  t.code = "04";
  t.goldstein = 1.0;
  t.modality = Modality::kFuture;
  t.provenance = {"d-1", "2024-03-04", 0, {0, 19}, "Ann Lee met Bo Chan"};
  x.triples = {t};
  x.quotes = {{0, "Yes,", {22, 26}, 1}};
  std::string line;
  AppendExtractionJson(x, &line);
  line.pop_back();
  absl::StatusOr<Extraction> parsed = ParseExtractionJson(line);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->document.id, "d-1");
  EXPECT_EQ(parsed->document.title, "Title");
  EXPECT_EQ(parsed->document.source, "");
  EXPECT_EQ(parsed->document.url, "https://example.org/a");
  EXPECT_EQ(parsed->document.text_size, x.document.text.size());
  ASSERT_EQ(parsed->mentions.size(), 3u);
  EXPECT_EQ(parsed->mentions[2].surface, "Lee");
  EXPECT_EQ(parsed->mentions[2].entity, 0);
  EXPECT_EQ(parsed->mentions[2].sentence, 1);
  EXPECT_EQ(parsed->entities[0].mentions, (std::vector<int>{0, 2}));
  EXPECT_TRUE(parsed->entities[1].generic);
  ASSERT_EQ(parsed->triples.size(), 1u);
  const Triple& back = parsed->triples[0];
  EXPECT_EQ(back.code, "04");
  EXPECT_EQ(back.predicate, "meet");
  EXPECT_EQ(back.modality, Modality::kFuture);
  EXPECT_EQ(back.goldstein, 1.0);
  EXPECT_EQ(back.provenance.span, (Span{0, 19}));
  EXPECT_EQ(back.provenance.evidence, "Ann Lee met Bo Chan");
  ASSERT_EQ(parsed->quotes.size(), 1u);
  EXPECT_EQ(parsed->quotes[0].speaker, 0);
  EXPECT_EQ(parsed->quotes[0].text, "Yes,");
}

// A valid line; each malformed case below changes one thing in it.
constexpr std::string_view kGood =
    R"({"format":"actorgraph-extraction/1","document":{"id":"a","date":"2024-03-04","title":null,"source":"S",)"
    R"("url":null,"bytes":40},"sentences":[[0,20],[21,40]],"entities":[{"id":0,"name":"Ann Lee","type":"PERSON",)"
    R"("generic":false,"mentions":[{"text":"Ann Lee","begin":0,"end":7,"sentence":0}]},{"id":1,"name":"Oslo",)"
    R"("type":"LOCATION","generic":false,"mentions":[{"text":"Oslo","begin":15,"end":19,"sentence":0}]}],)"
    R"("relations":[{"subject":0,"predicate":"visit","code":"04","quad_class":1,"goldstein":1.9,"object":1,)"
    R"("role":null,"modality":"asserted","sentence":0,"begin":0,"end":19,"evidence":"Ann Lee visited Oslo"}],)"
    R"("quotes":[{"speaker":0,"text":"Yes","begin":22,"end":25,"sentence":1}]})";

TEST(ExtractionJsonTest, GoodLineParses) {
  absl::StatusOr<Extraction> parsed = ParseExtractionJson(kGood);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  std::string again;
  AppendExtractionJson(*parsed, &again);
  EXPECT_EQ(again, std::string(kGood) + "\n");
  // Hadoop Streaming may end a map output line with a tab (key, tab, empty value).
  EXPECT_TRUE(ParseExtractionJson(std::string(kGood) + "\t").ok());
}

// Goldstein values are read exactly, whatever their spelling; a zero with a
// large exponent was read as ~1e181 by RapidJSON 1.1.0 and the line rejected.
struct GoldsteinCase {
  std::string name;
  std::string text;
  double value;
};

class GoldsteinTest : public ::testing::TestWithParam<GoldsteinCase> {};

TEST_P(GoldsteinTest, IsReadExactly) {
  std::string line(kGood);
  line.replace(line.find("\"goldstein\":1.9"), 15, "\"goldstein\":" + GetParam().text);
  absl::StatusOr<Extraction> parsed = ParseExtractionJson(line);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  ASSERT_EQ(parsed->triples.size(), 1u);
  EXPECT_EQ(parsed->triples[0].goldstein, GetParam().value);
}

INSTANTIATE_TEST_SUITE_P(
    Spellings, GoldsteinTest,
    ::testing::Values(GoldsteinCase{"zero_large_exponent", "0e200", 0.0},
                      GoldsteinCase{"zero_many_decimals", "0.0000000000000000000000000", 0.0},
                      GoldsteinCase{"exponent", "-72e-1", -7.2},
                      GoldsteinCase{"seventeen_digits", "-0.9757019231092361", -0.9757019231092361}),
    [](const auto& info) { return info.param.name; });

struct MalformedCase {
  std::string name;
  std::string from, to;  // replaced in kGood (from empty: `to` is the whole line)
  std::string error;     // expected in the message
};

class MalformedLineTest : public ::testing::TestWithParam<MalformedCase> {};

TEST_P(MalformedLineTest, IsRejectedWithAReason) {
  const MalformedCase& c = GetParam();
  std::string line = c.to;
  if (!c.from.empty()) {
    line = kGood;
    size_t at = line.find(c.from);
    ASSERT_NE(at, std::string::npos) << "the case changes nothing";
    line.replace(at, c.from.size(), c.to);
  }
  absl::StatusOr<Extraction> parsed = ParseExtractionJson(line);
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(parsed.status().message()), HasSubstr(c.error));
}

INSTANTIATE_TEST_SUITE_P(
    Lines, MalformedLineTest,
    ::testing::Values(
        MalformedCase{"empty", "", "", "malformed JSON at column 1"},
        MalformedCase{"truncated", "", std::string(kGood.substr(0, 100)), "malformed JSON"},
        MalformedCase{"trailing_garbage", "", std::string(kGood) + "}", "malformed JSON"},
        MalformedCase{"array", "", "[1,2]", "not an object"},
        MalformedCase{"deep_nesting", "", std::string(100000, '['), "malformed JSON"},
        MalformedCase{"article_not_extraction", "", R"({"id":"a","text":"Ann Lee visited Oslo."})",
                      "no \"format\" key"},
        MalformedCase{"other_version", "extraction/1", "extraction/2", "is not actorgraph-extraction/1"},
        MalformedCase{"unknown_key", "\"quotes\":[", "\"extra\":1,\"quotes\":[", "line: unknown key \"extra\""},
        MalformedCase{"missing_key", ",\"quotes\":[{\"speaker\":0,\"text\":\"Yes\",\"begin\":22,\"end\":25,\"sentence\":1}]",
                      "", "line: missing key \"quotes\""},
        MalformedCase{"repeated_key", "\"title\":null,", "\"title\":null,\"title\":null,", "a key is repeated"},
        MalformedCase{"empty_id", "\"id\":\"a\"", "\"id\":\"\"", "document.id: is empty"},
        MalformedCase{"bad_date", "2024-03-04", "2024-02-30", "document.date"},
        MalformedCase{"title_number", "\"title\":null", "\"title\":7", "document.title: is not a string or null"},
        MalformedCase{"negative_bytes", "\"bytes\":40", "\"bytes\":-1", "document.bytes"},
        MalformedCase{"nul_in_name", "\"name\":\"Oslo\"", "\"name\":\"Os\\u0000lo\"", "entities[1].name: contains NUL"},
        MalformedCase{"lone_surrogate", "\"name\":\"Oslo\"", "\"name\":\"Os\\udc00lo\"", "entities[1].name"},
        MalformedCase{"sentence_past_text", "[21,40]", "[21,41]", "sentences[1]: end 41 is past the end"},
        MalformedCase{"sentence_reversed", "[21,40]", "[30,21]", "sentences[1]: begin 30 is after end 21"},
        MalformedCase{"sentence_not_pair", "[21,40]", "[21]", "sentences[1]: is not a [begin, end] pair"},
        MalformedCase{"entity_id_wrong", "{\"id\":1,", "{\"id\":5,", "entities[1].id: is not 1"},
        MalformedCase{"bad_type", "\"LOCATION\"", "\"PLANET\"", "entities[1].type"},
        MalformedCase{"generic_string", "\"generic\":false,\"mentions\":[{\"text\":\"Oslo\"",
                      "\"generic\":\"no\",\"mentions\":[{\"text\":\"Oslo\"", "entities[1].generic"},
        MalformedCase{"mention_past_text", "\"begin\":15,\"end\":19", "\"begin\":15,\"end\":4000000000",
                      "entities[1].mentions[0]: end 4000000000 is past the end of the text (40 bytes)"},
        MalformedCase{"mention_offset_too_big", "\"begin\":15,\"end\":19", "\"begin\":15,\"end\":99999999999",
                      "entities[1].mentions[0].end: is not a whole number"},
        MalformedCase{"mention_length", "\"text\":\"Oslo\"", "\"text\":\"Osl\"", "text is 3 bytes but its span is 4"},
        MalformedCase{"mention_sentence", "\"end\":19,\"sentence\":0}]}]", "\"end\":19,\"sentence\":2}]}]",
                      "entities[1].mentions[0].sentence: out of range (expected an index of sentences, 0 to 1)"},
        MalformedCase{"subject_out_of_range", "\"subject\":0", "\"subject\":2", "relations[0].subject: out of range"},
        MalformedCase{"object_negative", "\"object\":1", "\"object\":-1", "relations[0].object: out of range"},
        MalformedCase{"object_null", "\"object\":1", "\"object\":null", "relations[0].object: out of range"},
        MalformedCase{"bad_code", "\"code\":\"04\"", "\"code\":\"21\"", "is not a CAMEO root code"},
        MalformedCase{"quad_class_mismatch", "\"quad_class\":1", "\"quad_class\":4", "relations[0].quad_class"},
        MalformedCase{"goldstein_range", "\"goldstein\":1.9", "\"goldstein\":1e300", "relations[0].goldstein"},
        MalformedCase{"bad_modality", "\"asserted\"", "\"rumoured\"", "relations[0].modality"},
        MalformedCase{"relation_sentence", "\"sentence\":0,\"begin\":0,\"end\":19,\"evidence\"",
                      "\"sentence\":9,\"begin\":0,\"end\":19,\"evidence\"", "relations[0].sentence: out of range"},
        MalformedCase{"evidence_missing", ",\"evidence\":\"Ann Lee visited Oslo\"", "", "missing key \"evidence\""},
        MalformedCase{"speaker_out_of_range", "\"speaker\":0", "\"speaker\":2", "quotes[0].speaker: out of range"},
        MalformedCase{"quote_past_text", "\"begin\":22,\"end\":25", "\"begin\":22,\"end\":45",
                      "quotes[0]: end 45 is past the end"},
        MalformedCase{"sentences_object", "\"sentences\":[[0,20],[21,40]]", "\"sentences\":{}",
                      "sentences: is not an array"}),
    [](const ::testing::TestParamInfo<MalformedCase>& info) { return info.param.name; });

}  // namespace
}  // namespace actorgraph::extract
