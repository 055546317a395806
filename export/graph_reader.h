// Reading back the graph files that `actorgraph build` wrote (graph.graphml
// and graph.jsonld), so that two builds can be compared (graph/diff.h).
//
// Only our own formats are accepted, told apart by content, not by name. The
// files are untrusted: malformed, truncated, foreign or hostile input gives an
// InvalidArgument error naming the file (and the line when the XML or JSON
// parser knows it), never a crash.
#ifndef ACTORGRAPH_EXPORT_GRAPH_READER_H_
#define ACTORGRAPH_EXPORT_GRAPH_READER_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "graph/snapshot.h"

namespace actorgraph::exporter {

// The whole graph in `path` as a snapshot labelled `path`. NotFound when the
// file does not exist; InvalidArgument when it is not a graph we wrote.
absl::StatusOr<graph::GraphSnapshot> ReadGraphFile(const std::string& path);

// The same for a file's `content` already in memory; `name` labels the
// snapshot and prefixes every error message.
absl::StatusOr<graph::GraphSnapshot> ReadGraphText(std::string_view content, const std::string& name);

}  // namespace actorgraph::exporter

#endif  // ACTORGRAPH_EXPORT_GRAPH_READER_H_
