// Private to the export library (and its tests): the concrete writers'
// factories and the escaping helpers they share.
#ifndef ACTORGRAPH_EXPORT_INTERNAL_H_
#define ACTORGRAPH_EXPORT_INTERNAL_H_

#include <cstddef>
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
std::unique_ptr<GraphWriter> NewCsvNodesWriter();
std::unique_ptr<GraphWriter> NewCsvEdgesWriter();

// Number of observations whose evidence EvidenceSummary() keeps.
inline constexpr size_t kEvidenceObservations = 3;

// The evidence of an edge's first kEvidenceObservations observations that
// have one, joined by " | " (GraphML and CSV `evidence`).
std::string EvidenceSummary(const graph::Edge& edge);

// `text` with every ill-formed UTF-8 sequence (stray continuation bytes,
// overlong forms, surrogates, code points above U+10FFFF, truncated
// sequences) replaced by U+FFFD, so every writer emits valid UTF-8.
std::string ValidUtf8(std::string_view text);

// Bytes of `text` before its first ill-formed UTF-8 sequence (as ValidUtf8
// judges them); text.size() when it has none, so ValidUtf8 would copy it unchanged.
size_t ValidUtf8Length(std::string_view text);

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
// XmlEscape(text, attribute) appended to *out.
void AppendXmlEscaped(std::string_view text, bool attribute, std::string* out);

// `text` as one RFC 4180 field: always double-quoted, inner quotes doubled,
// commas, CR and LF kept verbatim inside the quotes; NUL bytes and
// ill-formed UTF-8 become U+FFFD. Nothing else is altered: a leading '=',
// '+', '-' or '@' stays (the files are for databases, not spreadsheets).
std::string CsvQuote(std::string_view text);

// The Neo4j node label of an entity type: "Person", "Organization",
// "Location", "Event".
std::string_view Neo4jLabel(EntityType type);

// The Neo4j relationship type of a relation code: its RelationCodeName() in
// upper snake case ("04" -> "CONSULT", "AFF" -> "AFFILIATION").
std::string Neo4jRelationshipType(std::string_view code);

// One IRI path segment: RFC 3986 unreserved characters kept, every other byte
// percent-encoded (so '/', '?', '#', spaces and non-ASCII are encoded).
std::string PercentEncodeSegment(std::string_view segment);
// Does PercentEncodeSegment return `segment` unchanged (only unreserved
// characters, and neither "." nor "..")?
bool IsUnreservedSegment(std::string_view segment);

}  // namespace actorgraph::exporter::internal

#endif  // ACTORGRAPH_EXPORT_INTERNAL_H_
