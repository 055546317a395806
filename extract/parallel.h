// Runs an extractor over documents on several threads, delivering results in
// input order, so output is identical at any thread count.
#ifndef ACTORGRAPH_EXTRACT_PARALLEL_H_
#define ACTORGRAPH_EXTRACT_PARALLEL_H_

#include <functional>
#include <vector>

#include "extract/extractor.h"
#include "model/model.h"

namespace actorgraph::extract {

// Extracts every document with `extractor` on `threads` threads (>= 1) and
// calls `consume` with each extraction in the order of `documents`, from the
// calling thread. REQUIRES: `extractor` is thread-safe (all Extractors are).
void ExtractInOrder(const Extractor& extractor, std::vector<Document> documents, int threads,
                    const std::function<void(Extraction)>& consume);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_EXTRACT_PARALLEL_H_
