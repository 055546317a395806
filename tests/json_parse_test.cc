#include "extract/json_parse.h"

#include <cmath>
#include <string>

#include "gtest/gtest.h"
#include "rapidjson/document.h"

namespace actorgraph::extract {
namespace {

enum class Kind { kUint64, kInt64, kDouble, kTooBig };

struct NumberCase {
  std::string name;
  std::string text;  // a JSON number
  Kind kind;
  double value;      // for kUint64 and kInt64 too (exact below 2^53)
};

class ParseJsonNumberTest : public ::testing::TestWithParam<NumberCase> {};

// Each number is read inside an array, as a value of a line would be.
TEST_P(ParseJsonNumberTest, ReadsTheNumberExactly) {
  const NumberCase& c = GetParam();
  rapidjson::Document doc;
  const rapidjson::ParseResult result = ParseJson("[" + c.text + "]", &doc);
  if (c.kind == Kind::kTooBig) {
    EXPECT_EQ(result.Code(), rapidjson::kParseErrorNumberTooBig);
    return;
  }
  ASSERT_FALSE(result.IsError()) << result.Code() << " at " << result.Offset();
  ASSERT_TRUE(doc.IsArray());
  ASSERT_EQ(doc.Size(), 1u);
  const rapidjson::Value& v = doc[0];
  switch (c.kind) {
    case Kind::kUint64: EXPECT_TRUE(v.IsUint64()); break;
    case Kind::kInt64: EXPECT_TRUE(v.IsInt64() && !v.IsUint64()); break;
    default: EXPECT_TRUE(v.IsDouble()); break;
  }
  EXPECT_EQ(v.GetDouble(), c.value);
  EXPECT_EQ(std::signbit(v.GetDouble()), std::signbit(c.value));
}

INSTANTIATE_TEST_SUITE_P(
    Table, ParseJsonNumberTest,
    ::testing::Values(
        // RapidJSON 1.1.0's full precision read these zeros as ~1e181 (and UBSan aborted).
        NumberCase{"zero_large_exponent", "0e200", Kind::kDouble, 0.0},
        NumberCase{"zero_padded_exponent", "0e0200", Kind::kDouble, 0.0},
        NumberCase{"negative_zero_exponent", "-0.0e30", Kind::kDouble, -0.0},
        NumberCase{"zero_many_decimals", "0.000000000000000000000000", Kind::kDouble, 0.0},
        NumberCase{"goldstein", "-7.2", Kind::kDouble, -7.2},
        // Seventeen digits: RapidJSON's normal precision is one unit off here.
        NumberCase{"seventeen_digits", "-0.9757019231092361", Kind::kDouble, -0.9757019231092361},
        NumberCase{"largest_double", "1.7976931348623157e308", Kind::kDouble, 1.7976931348623157e308},
        NumberCase{"small_integer", "40", Kind::kUint64, 40},
        NumberCase{"largest_uint64", "18446744073709551615", Kind::kUint64, 18446744073709551615.0},
        NumberCase{"smallest_int64", "-9223372036854775808", Kind::kInt64, -9223372036854775808.0},
        NumberCase{"beyond_uint64", "18446744073709551616", Kind::kDouble, 18446744073709551616.0},
        NumberCase{"beyond_double", "9e308", Kind::kTooBig, 0}),
    [](const auto& info) { return info.param.name; });

TEST(ParseJsonTest, ReportsWhereTheTextIsBad) {
  rapidjson::Document doc;
  rapidjson::ParseResult result = ParseJson(R"({"a":1} x)", &doc);
  EXPECT_EQ(result.Code(), rapidjson::kParseErrorDocumentRootNotSingular);
  EXPECT_EQ(result.Offset(), 8u);
  result = ParseJson(std::string(100000, '['), &doc);
  EXPECT_TRUE(result.IsError());
  result = ParseJson(R"({"text":"a\u00e9","n":[null,true,-3]})", &doc);
  ASSERT_FALSE(result.IsError());
  EXPECT_EQ(std::string(doc["text"].GetString()), "a\xC3\xA9");
  EXPECT_EQ(doc["n"][2].GetInt(), -3);
}

}  // namespace
}  // namespace actorgraph::extract
