// Fuzzes the GraphML reader behind `actorgraph diff --old A.graphml` (seeded
// with the graph.graphml of samples/); checks in fuzz/graph_check.h.
#include <cstddef>
#include <cstdint>

#include "fuzz/graph_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  actorgraph::fuzz::CheckGraphText(data, size, "fuzz.graphml");
  return 0;
}
