// Fuzzes the reader of `actorgraph extract` lines that `merge` trusts
// nothing of (extract::ParseExtractionJson). An accepted line has every span
// inside the article's length and every index in range, and writing it and
// reading that back gives the same bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/extraction_json.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace actorgraph;
  absl::StatusOr<Extraction> x =
      extract::ParseExtractionJson(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!x.ok()) return 0;
  actorgraph::fuzz::CheckSpansAndIndexes(*x, x->document.text_size);
  actorgraph::fuzz::CheckJsonRoundTrip(*x);
  return 0;
}
