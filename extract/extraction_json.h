// The `actorgraph extract` output: one JSON object per article, one per line
// (fields documented in docs/extraction-format.md).
#ifndef ACTORGRAPH_EXTRACT_EXTRACTION_JSON_H_
#define ACTORGRAPH_EXTRACT_EXTRACTION_JSON_H_

#include <string>

#include "model/model.h"

namespace actorgraph::extract {

// Version of the line format, written as "format": "actorgraph-extraction/<N>".
inline constexpr int kExtractionFormatVersion = 1;

// Appends one JSON line (ending in '\n') describing `extraction` to *out.
// Keys are written in a fixed order, so equal extractions give equal bytes.
void AppendExtractionJson(const Extraction& extraction, std::string* out);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_EXTRACT_EXTRACTION_JSON_H_
