// Private to the export library (and its tests): the concrete writers'
// factories and the escaping helpers they share.
#ifndef ACTORGRAPH_EXPORT_INTERNAL_H_
#define ACTORGRAPH_EXPORT_INTERNAL_H_

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "export/writer.h"

namespace actorgraph::exporter::internal {

// Debian's Abseil has its own string_view type, so absl::StrCat and friends
// take a std::string_view only through this.
inline absl::string_view Sv(std::string_view text) { return {text.data(), text.size()}; }

std::unique_ptr<GraphWriter> NewDotWriter(const WriterOptions& options);
std::unique_ptr<GraphWriter> NewGraphmlWriter(const WriterOptions& options);
std::unique_ptr<GraphWriter> NewJsonldWriter(const WriterOptions& options);

// `text` with every ill-formed UTF-8 sequence (stray continuation bytes,
// overlong forms, surrogates, code points above U+10FFFF, truncated
// sequences) replaced by U+FFFD, so every writer emits valid UTF-8.
std::string ValidUtf8(std::string_view text);

// True for "YYYY-MM-DD" with plausible month and day; false for kUnknownDate.
bool IsIsoDate(std::string_view date);

// Writes `content` to `out` and flushes; an error naming `format` if the
// stream is or becomes bad.
absl::Status WriteAll(std::ostream& out, std::string_view content, std::string_view format);

// `text` as a double-quoted DOT string that Graphviz shows verbatim in a
// label: `"` and `\` are backslash-escaped (so "\N", "\G", "\n" from the text
// stay literal), control characters (C0, DEL, C1) become spaces.
std::string DotQuote(std::string_view text);

// The Graphviz node shape of an entity type in every diagram ("ellipse" for
// PERSON, "box", "hexagon", "octagon").
std::string_view DotShape(EntityType type);

// `text` escaped for XML 1.0 character data or a double-quoted attribute:
// & < > " ' as entities, CR as &#13; (and, with `attribute`, TAB and LF as
// character references so they survive attribute normalisation); characters
// that XML 1.0 forbids, plus DEL and C1 controls, become U+FFFD.
std::string XmlEscape(std::string_view text, bool attribute = false);

// One IRI path segment: RFC 3986 unreserved characters kept, every other byte
// percent-encoded (so '/', '?', '#', spaces and non-ASCII are encoded).
std::string PercentEncodeSegment(std::string_view segment);

}  // namespace actorgraph::exporter::internal

#endif  // ACTORGRAPH_EXPORT_INTERNAL_H_
