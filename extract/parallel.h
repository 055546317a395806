// Runs per-document work on several threads, delivering results in input
// order, so output is identical at any thread count.
#ifndef ACTORGRAPH_EXTRACT_PARALLEL_H_
#define ACTORGRAPH_EXTRACT_PARALLEL_H_

#include <algorithm>
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

// Applies `work` to documents as they are submitted, on `threads` worker
// threads, and calls `consume` with each result in submission order, always
// from the thread that calls Submit() and Finish(). So reading the next
// documents and consuming finished ones overlap with the work. At most
// `window` documents are in flight: Submit() delivers what is ready and,
// when the window is full, waits until the oldest quarter of the window is
// ready, so the calling thread sleeps and wakes once per many documents
// rather than once per document. With `threads` <= 1 everything runs in the
// calling thread, one document at a time.
// Work that ends in a compact result (a serialised line rather than an
// Extraction) keeps allocation and freeing on the worker threads, which is
// what lets two threads run twice as fast as one.
// REQUIRES: `work` is safe to call from several threads at once.
// THREAD SAFETY: Submit() and Finish() from one thread only.
template <typename Result>
class DocumentPipeline {
 public:
  DocumentPipeline(int threads, size_t window, std::function<Result(Document)> work,
                   std::function<void(Result)> consume);
  ~DocumentPipeline() { Finish(); }
  DocumentPipeline(const DocumentPipeline&) = delete;
  DocumentPipeline& operator=(const DocumentPipeline&) = delete;

  void Submit(Document document);
  // Waits for every submitted document and delivers the remaining results;
  // stops the workers.
  void Finish();

 private:
  void Work();
  // Consumes the finished results at the front, in order; first waits until
  // at least `wanted` of them (at most all in flight) are finished.
  void Deliver(size_t wanted);

  const size_t window_;
  const std::function<Result(Document)> work_;
  const std::function<void(Result)> consume_;
  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable work_ready_;   // a document is queued, or closing
  std::condition_variable front_ready_;  // ready_front_ reached wanted_
  std::deque<std::pair<size_t, Document>> queue_;  // (sequence number, document) not yet taken
  std::deque<std::optional<Result>> results_;      // sequence numbers delivered_, delivered_ + 1, ...
  size_t ready_front_ = 0;  // results_[0, ready_front_) have values
  size_t wanted_ = 0;       // what the waiting Deliver() needs in ready_front_
  size_t submitted_ = 0;
  size_t delivered_ = 0;
  bool closing_ = false;
};

// Extracts documents with `extractor` (which must outlive the pipeline).
using ExtractionPipeline = DocumentPipeline<Extraction>;
inline std::function<Extraction(Document)> ExtractWith(const Extractor& extractor) {
  return [&extractor](Document document) { return extractor.Extract(document); };
}

// Extracts every document with `extractor` on `threads` threads (>= 1) and
// calls `consume` with each extraction in the order of `documents`, from the
// calling thread. REQUIRES: `extractor` is thread-safe (all Extractors are).
void ExtractInOrder(const Extractor& extractor, std::vector<Document> documents, int threads,
                    const std::function<void(Extraction)>& consume);

// Implementation.

template <typename Result>
DocumentPipeline<Result>::DocumentPipeline(int threads, size_t window, std::function<Result(Document)> work,
                                           std::function<void(Result)> consume)
    : window_(std::max<size_t>(window, 1)), work_(std::move(work)), consume_(std::move(consume)) {
  if (threads <= 1) return;
  for (int t = 0; t < threads; ++t) workers_.emplace_back([this] { Work(); });
}

template <typename Result>
void DocumentPipeline<Result>::Submit(Document document) {
  if (workers_.empty()) {
    consume_(work_(std::move(document)));
    return;
  }
  {
    std::lock_guard<std::mutex> lock(mu_);
    queue_.emplace_back(submitted_++, std::move(document));
    results_.emplace_back();
  }
  work_ready_.notify_one();
  Deliver(0);
  if (submitted_ - delivered_ >= window_) Deliver(std::max<size_t>(1, window_ / 4));
}

template <typename Result>
void DocumentPipeline<Result>::Finish() {
  if (workers_.empty()) return;
  while (delivered_ < submitted_) Deliver(submitted_ - delivered_);
  {
    std::lock_guard<std::mutex> lock(mu_);
    closing_ = true;
  }
  work_ready_.notify_all();
  for (std::thread& t : workers_) t.join();
  workers_.clear();
}

template <typename Result>
void DocumentPipeline<Result>::Work() {
  std::unique_lock<std::mutex> lock(mu_);
  while (true) {
    work_ready_.wait(lock, [&] { return !queue_.empty() || closing_; });
    if (queue_.empty()) return;
    auto [sequence, document] = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    Result result = work_(std::move(document));
    lock.lock();
    results_[sequence - delivered_] = std::move(result);
    if (sequence - delivered_ != ready_front_) continue;
    while (ready_front_ < results_.size() && results_[ready_front_].has_value()) ++ready_front_;
    if (wanted_ > 0 && ready_front_ >= wanted_) front_ready_.notify_one();
  }
}

template <typename Result>
void DocumentPipeline<Result>::Deliver(size_t wanted) {
  std::unique_lock<std::mutex> lock(mu_);
  wanted = std::min(wanted, results_.size());
  if (ready_front_ < wanted) {
    wanted_ = wanted;
    front_ready_.wait(lock, [&] { return ready_front_ >= wanted; });
    wanted_ = 0;
  }
  while (ready_front_ > 0) {
    // Take the ready front out under the lock, then consume without it.
    std::vector<Result> ready;
    ready.reserve(ready_front_);
    for (; ready_front_ > 0; --ready_front_) {
      ready.push_back(std::move(*results_.front()));
      results_.pop_front();
    }
    delivered_ += ready.size();
    lock.unlock();
    for (Result& r : ready) consume_(std::move(r));
    lock.lock();
    while (ready_front_ < results_.size() && results_[ready_front_].has_value()) ++ready_front_;
  }
}

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_EXTRACT_PARALLEL_H_
