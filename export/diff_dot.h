// The diagram of a graph diff (graph/diff.h) in DOT: added actors and
// relations in green, removed ones in red (dashed), relations whose count
// changed in orange, affiliations whose roles changed in purple, actors
// present on both sides in grey, with a legend. Names come from articles or
// from files read back, and are escaped as in every DOT output.
#ifndef ACTORGRAPH_EXPORT_DIFF_DOT_H_
#define ACTORGRAPH_EXPORT_DIFF_DOT_H_

#include <ostream>

#include "absl/status/status.h"
#include "graph/diff.h"

namespace actorgraph::exporter {

// Writes the diagram of `diff` to `out`; an error if the stream fails.
absl::Status WriteDiffDot(const graph::GraphDiff& diff, std::ostream& out);

}  // namespace actorgraph::exporter

#endif  // ACTORGRAPH_EXPORT_DIFF_DOT_H_
