// The progress line of long extractions.
#include "cli/progress.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace actorgraph::cli {
namespace {

struct ProgressCase {
  size_t done, total;
  double seconds;
  std::string line;
};

class FormatProgressTest : public ::testing::TestWithParam<ProgressCase> {};

TEST_P(FormatProgressTest, Formats) {
  EXPECT_EQ(FormatProgress(GetParam().done, GetParam().total, GetParam().seconds), GetParam().line);
}

INSTANTIATE_TEST_SUITE_P(
    Table, FormatProgressTest,
    ::testing::Values(
        ProgressCase{0, 22004, 0.0, "extracting 0 / 22,004 articles (0%)"},
        ProgressCase{1200, 22004, 0.25, "extracting 1,200 / 22,004 articles (5%), 4,800 articles/s, 4 s left"},
        ProgressCase{1000, 1000000, 9.0,
                     "extracting 1,000 / 1,000,000 articles (0%), 111 articles/s, 150 min left"},
        ProgressCase{22004, 22004, 4.0, "extracting 22,004 / 22,004 articles (100%), 5,501 articles/s"},
        ProgressCase{0, 0, 1.0, "extracting 0 articles"},
        // Total unknown while the input is read: no share, no time left.
        ProgressCase{3000, 0, 2.0, "extracting 3,000 articles, 1,500 articles/s"}));

// Off when asked: nothing is drawn, whatever the count.
TEST(ProgressTest, DisabledDrawsNothing) {
  testing::internal::CaptureStderr();
  {
    Progress progress(3, /*enabled=*/false);
    for (int i = 0; i < 3; ++i) progress.Advance();
  }
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
}

// On: the last article is always drawn, and the line is cleared at the end.
TEST(ProgressTest, EnabledDrawsTheEndAndClearsTheLine) {
  testing::internal::CaptureStderr();
  {
    Progress progress(2, /*enabled=*/true);
    progress.Advance();
    progress.Advance();
  }
  std::string err = testing::internal::GetCapturedStderr();
  EXPECT_THAT(err, ::testing::HasSubstr("extracting 2 / 2 articles (100%)"));
  EXPECT_THAT(err, ::testing::EndsWith("\r\033[K"));
}

}  // namespace
}  // namespace actorgraph::cli
