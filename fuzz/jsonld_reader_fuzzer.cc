// Fuzzes the JSON-LD reader behind `actorgraph diff --old A.jsonld` (seeded
// with the graph.jsonld of samples/); checks in fuzz/graph_check.h.
#include <cstddef>
#include <cstdint>

#include "fuzz/graph_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  actorgraph::fuzz::CheckGraphText(data, size, "fuzz.jsonld");
  return 0;
}
