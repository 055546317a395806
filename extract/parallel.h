// Runs an extractor over documents on several threads, delivering results in
// input order, so output is identical at any thread count.
#ifndef ACTORGRAPH_EXTRACT_PARALLEL_H_
#define ACTORGRAPH_EXTRACT_PARALLEL_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include "extract/extractor.h"
#include "model/model.h"

namespace actorgraph::extract {

// Extracts documents as they are submitted, on `threads` worker threads, and
// calls `consume` with each extraction in submission order, always from the
// thread that calls Submit() and Finish(). So reading the next documents and
// consuming finished ones overlap with extraction. At most `window` documents
// are in flight: Submit() delivers what is ready and, when the window is
// full, waits for the oldest. With `threads` <= 1 everything runs in the
// calling thread, one document at a time.
// REQUIRES: `extractor` is thread-safe (all Extractors are) and outlives the
// pipeline. THREAD SAFETY: Submit() and Finish() from one thread only.
class ExtractionPipeline {
 public:
  ExtractionPipeline(const Extractor& extractor, int threads, size_t window,
                     std::function<void(Extraction)> consume);
  ~ExtractionPipeline();  // Finish()es
  ExtractionPipeline(const ExtractionPipeline&) = delete;
  ExtractionPipeline& operator=(const ExtractionPipeline&) = delete;

  void Submit(Document document);
  // Waits for every submitted document and delivers the remaining
  // extractions; stops the workers.
  void Finish();

 private:
  void Work();
  // Consumes finished extractions in order; with `wait`, first waits until
  // the oldest in-flight one is finished.
  void Deliver(bool wait);

  const Extractor& extractor_;
  const size_t window_;
  const std::function<void(Extraction)> consume_;
  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable work_ready_;    // a document is queued, or closing
  std::condition_variable oldest_ready_;  // results_.front() has a value
  std::deque<std::pair<size_t, Document>> queue_;  // (sequence number, document) not yet taken
  std::deque<std::optional<Extraction>> results_;  // sequence numbers delivered_, delivered_ + 1, ...
  size_t submitted_ = 0;
  size_t delivered_ = 0;
  bool closing_ = false;
};

// Extracts every document with `extractor` on `threads` threads (>= 1) and
// calls `consume` with each extraction in the order of `documents`, from the
// calling thread. REQUIRES: `extractor` is thread-safe (all Extractors are).
void ExtractInOrder(const Extractor& extractor, std::vector<Document> documents, int threads,
                    const std::function<void(Extraction)>& consume);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_EXTRACT_PARALLEL_H_
