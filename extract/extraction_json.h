// The `actorgraph extract` output: one JSON object per article, one per line
// (fields documented in docs/extraction-format.md).
#ifndef ACTORGRAPH_EXTRACT_EXTRACTION_JSON_H_
#define ACTORGRAPH_EXTRACT_EXTRACTION_JSON_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "extract/reader.h"
#include "model/model.h"

namespace actorgraph::extract {

// Version of the line format, written as "format": "actorgraph-extraction/<N>".
inline constexpr int kExtractionFormatVersion = 1;

// Appends one JSON line (ending in '\n') describing `extraction` to *out.
// Keys are written in a fixed order, so equal extractions give equal bytes.
// The "bytes" written is text.size(), or Document::text_size when the text is empty.
void AppendExtractionJson(const Extraction& extraction, std::string* out);

// Reads one line written by AppendExtractionJson (without its '\n') back into
// an Extraction holding everything the graph stage uses. The article text is
// not in the line: Document::text stays empty and Document::text_size is its
// length; `mentions` are rebuilt in text order. The line is untrusted: bad
// JSON, another format version, a missing, unknown or mistyped key, text that
// is not UTF-8 or holds NUL, an offset past the text or an index out of range
// give InvalidArgument naming the field ("entities[2].mentions[0].end: ...").
// AppendExtractionJson of the result gives back the same bytes.
absl::StatusOr<Extraction> ParseExtractionJson(std::string_view line);

// Receives extractions and problems in input order.
struct ExtractionSink {
  std::function<void(Extraction)> extraction;
  std::function<void(InputProblem)> problem;
};

// Reads the extraction JSON Lines files `paths` in order ("-" is standard
// input; a name ending in .gz is inflated as it is read). Blank lines are
// ignored; a bad line, an unreadable file, or an article id seen before (the
// first is kept) is reported as a problem naming "path:line" and skipped.
// Returns the number of extractions delivered.
int ReadExtractionFiles(const std::vector<std::string>& paths, const ExtractionSink& sink);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_EXTRACT_EXTRACTION_JSON_H_
