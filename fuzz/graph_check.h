// The check behind the GraphML and JSON-LD fuzz targets: reads `data` with
// exporter::ReadGraphText and aborts when the snapshot it accepts breaks the
// GraphSnapshot contract (sorted unique ids and keys, relations between actors
// of the file, counts not negative, dates YYYY-MM-DD or unknown) or when an
// error message does not start with the file's name.
#ifndef ACTORGRAPH_FUZZ_GRAPH_CHECK_H_
#define ACTORGRAPH_FUZZ_GRAPH_CHECK_H_

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <tuple>

#include "export/graph_reader.h"
#include "fuzz/fuzz_check.h"
#include "model/strings.h"

namespace actorgraph::fuzz {

inline bool IsDateOrUnknown(std::string_view date) {
  if (date == kUnknownDate) return true;
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  return true;
}

inline void CheckGraphText(const uint8_t* data, size_t size, const std::string& name) {
  const std::string_view content(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<graph::GraphSnapshot> snapshot = exporter::ReadGraphText(content, name);
  if (!snapshot.ok()) {
    FUZZ_CHECK(ToStd(snapshot.status().message()).starts_with(name + ":"));
    return;
  }
  FUZZ_CHECK(snapshot->documents >= -1);
  std::set<std::string> ids;
  for (size_t i = 0; i < snapshot->nodes.size(); ++i) {
    const graph::SnapshotNode& node = snapshot->nodes[i];
    FUZZ_CHECK(i == 0 || snapshot->nodes[i - 1].id < node.id);
    FUZZ_CHECK(node.mentions >= 0 && node.documents >= 0);
    FUZZ_CHECK(IsDateOrUnknown(node.first_date) && IsDateOrUnknown(node.last_date));
    ids.insert(node.id);
  }
  auto key = [](const graph::SnapshotEdge& e) { return std::tie(e.source, e.target, e.code, e.role); };
  for (size_t i = 0; i < snapshot->edges.size(); ++i) {
    const graph::SnapshotEdge& edge = snapshot->edges[i];
    FUZZ_CHECK(i == 0 || key(snapshot->edges[i - 1]) < key(edge));
    FUZZ_CHECK(ids.contains(edge.source) && ids.contains(edge.target));
    FUZZ_CHECK(edge.count >= 0);
    FUZZ_CHECK(IsDateOrUnknown(edge.first_date) && IsDateOrUnknown(edge.last_date));
  }
}

}  // namespace actorgraph::fuzz

#endif  // ACTORGRAPH_FUZZ_GRAPH_CHECK_H_
