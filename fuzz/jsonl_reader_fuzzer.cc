// Fuzzes the JSON Lines article reader (extract::ReadJsonLines, hence
// ParseJsonLine) on a whole stream. Every article it delivers must be what
// the extractor may be given: valid UTF-8 text without NUL, not blank, an id,
// a normalised date; every problem names a line of the stream.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "extract/reader.h"
#include "fuzz/fuzz_check.h"
#include "model/strings.h"

namespace {

void CheckDate(const std::string& date) {
  if (date == actorgraph::kUnknownDate) return;
  absl::StatusOr<std::string> normalized = actorgraph::extract::NormalizeDate(date);
  FUZZ_CHECK(normalized.ok() && *normalized == date);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace actorgraph;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  int documents = 0;
  extract::InputSink sink;
  sink.document = [&](Document doc) {
    ++documents;
    FUZZ_CHECK(!doc.id.empty());
    FUZZ_CHECK(doc.origin.starts_with("fuzz.jsonl:"));
    FUZZ_CHECK(extract::IsValidUtf8(doc.text));
    FUZZ_CHECK(doc.text.find('\0') == std::string::npos);
    FUZZ_CHECK(!Strip(doc.text).empty());
    CheckDate(doc.date);
  };
  sink.problem = [&](extract::InputProblem problem) {
    FUZZ_CHECK(problem.origin.starts_with("fuzz.jsonl"));
    FUZZ_CHECK(!problem.message.empty());
  };
  extract::ReadOptions options;
  options.default_date = "2024-03-04";
  FUZZ_CHECK(extract::ReadJsonLines(in, "fuzz.jsonl", "fuzz", options, sink) == documents);
  return 0;
}
