#include "extract/parallel.h"

namespace actorgraph::extract {

ExtractionPipeline::ExtractionPipeline(const Extractor& extractor, int threads, size_t window,
                                       std::function<void(Extraction)> consume)
    : extractor_(extractor), window_(window < 1 ? 1 : window), consume_(std::move(consume)) {
  if (threads <= 1) return;
  for (int t = 0; t < threads; ++t) workers_.emplace_back([this] { Work(); });
}

ExtractionPipeline::~ExtractionPipeline() { Finish(); }

void ExtractionPipeline::Submit(Document document) {
  if (workers_.empty()) {
    consume_(extractor_.Extract(document));
    return;
  }
  {
    std::lock_guard<std::mutex> lock(mu_);
    queue_.emplace_back(submitted_++, std::move(document));
    results_.emplace_back();
  }
  work_ready_.notify_one();
  Deliver(false);
  while (submitted_ - delivered_ >= window_) Deliver(true);
}

void ExtractionPipeline::Finish() {
  if (workers_.empty()) return;
  while (delivered_ < submitted_) Deliver(true);
  {
    std::lock_guard<std::mutex> lock(mu_);
    closing_ = true;
  }
  work_ready_.notify_all();
  for (std::thread& t : workers_) t.join();
  workers_.clear();
}

void ExtractionPipeline::Work() {
  std::unique_lock<std::mutex> lock(mu_);
  while (true) {
    work_ready_.wait(lock, [&] { return !queue_.empty() || closing_; });
    if (queue_.empty()) return;
    auto [sequence, document] = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    Extraction x = extractor_.Extract(document);
    document = Document();  // release the text before waiting for the lock
    lock.lock();
    results_[sequence - delivered_] = std::move(x);
    if (sequence == delivered_) oldest_ready_.notify_one();
  }
}

void ExtractionPipeline::Deliver(bool wait) {
  std::unique_lock<std::mutex> lock(mu_);
  if (wait) oldest_ready_.wait(lock, [&] { return results_.front().has_value(); });
  while (!results_.empty() && results_.front().has_value()) {
    Extraction x = std::move(*results_.front());
    results_.pop_front();
    ++delivered_;
    lock.unlock();
    consume_(std::move(x));
    lock.lock();
  }
}

void ExtractInOrder(const Extractor& extractor, std::vector<Document> documents, int threads,
                    const std::function<void(Extraction)>& consume) {
  ExtractionPipeline pipeline(extractor, threads, documents.size(), consume);
  for (Document& d : documents) pipeline.Submit(std::move(d));
  pipeline.Finish();
}

}  // namespace actorgraph::extract
