// Fuzzes the plain-text article reader (extract::ParseTextArticle): front
// matter, then the body. An article it accepts has an id, a normalised date,
// UTF-8 metadata, and a body that is the end of the input, byte for byte (so
// offsets count bytes of the body), valid UTF-8 without NUL and not blank.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/reader.h"
#include "fuzz/fuzz_check.h"
#include "model/strings.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace actorgraph;
  const std::string_view content(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<Document> doc = extract::ParseTextArticle(content, "fuzz", extract::ReadOptions{});
  if (!doc.ok()) {
    FUZZ_CHECK(!doc.status().message().empty());
    return 0;
  }
  FUZZ_CHECK(!doc->id.empty());
  FUZZ_CHECK(content.ends_with(doc->text));
  // Without a front matter the whole input is the body.
  if (StripTrailing(content.substr(0, content.find('\n'))) != "---") FUZZ_CHECK(doc->text == content);
  FUZZ_CHECK(extract::IsValidUtf8(doc->text));
  FUZZ_CHECK(doc->text.find('\0') == std::string::npos);
  FUZZ_CHECK(!Strip(doc->text).empty());
  for (const std::string* value : {&doc->id, &doc->title, &doc->source, &doc->url}) {
    FUZZ_CHECK(extract::IsValidUtf8(*value));
  }
  if (doc->date != kUnknownDate) {
    absl::StatusOr<std::string> normalized = extract::NormalizeDate(doc->date);
    FUZZ_CHECK(normalized.ok() && *normalized == doc->date);
  }
  return 0;
}
