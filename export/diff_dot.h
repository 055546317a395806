// The diagram of a graph diff (graph/diff.h) in DOT: added actors and
// relations in green, removed ones in red (dashed), relations whose count
// changed in orange, actors present in both windows in grey, with a legend.
// Article text is escaped as in every DOT output.
#ifndef ACTORGRAPH_EXPORT_DIFF_DOT_H_
#define ACTORGRAPH_EXPORT_DIFF_DOT_H_

#include <ostream>

#include "absl/status/status.h"
#include "graph/diff.h"

namespace actorgraph::exporter {

absl::Status WriteDiffDot(const graph::KnowledgeGraph& graph, const graph::GraphDiff& diff, std::ostream& out);

}  // namespace actorgraph::exporter

#endif  // ACTORGRAPH_EXPORT_DIFF_DOT_H_
