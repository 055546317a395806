// JSON parsing for the readers of untrusted lines (article JSON Lines and
// `actorgraph extract` lines). Internal to extract/: it exposes RapidJSON.
#ifndef ACTORGRAPH_EXTRACT_JSON_PARSE_H_
#define ACTORGRAPH_EXTRACT_JSON_PARSE_H_

#include <string_view>

#include "rapidjson/document.h"

namespace actorgraph::extract {

// Parses `text`, one JSON value with nothing after it, into *doc; the result
// carries RapidJSON's error code and offset. Iterative: deep nesting cannot
// exhaust the stack. Numbers are converted by Abseil, correctly rounded, not
// by RapidJSON 1.1.0's full-precision conversion, which reads a zero with a
// large exponent ("0e200", "0.000...0" with 23 zeros or more) as a large
// garbage value (undefined behaviour in its DiyFp::Normalize). A number out
// of the range of double is kParseErrorNumberTooBig, as in RapidJSON.
rapidjson::ParseResult ParseJson(std::string_view text, rapidjson::Document* doc);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_EXTRACT_JSON_PARSE_H_
