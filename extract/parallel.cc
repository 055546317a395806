#include "extract/parallel.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace actorgraph::extract {

void ExtractInOrder(const Extractor& extractor, std::vector<Document> documents, int threads,
                    const std::function<void(Extraction)>& consume) {
  const size_t n = documents.size();
  if (threads <= 1 || n <= 1) {
    for (Document& d : documents) consume(extractor.Extract(d));
    return;
  }
  std::vector<std::optional<Extraction>> results(n);
  std::atomic<size_t> next{0};
  std::mutex mu;
  std::condition_variable ready;
  auto work = [&] {
    for (size_t i = next++; i < n; i = next++) {
      Extraction x = extractor.Extract(documents[i]);
      std::lock_guard<std::mutex> lock(mu);
      results[i] = std::move(x);
      ready.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) pool.emplace_back(work);
  for (size_t i = 0; i < n; ++i) {
    std::optional<Extraction> x;
    {
      std::unique_lock<std::mutex> lock(mu);
      ready.wait(lock, [&] { return results[i].has_value(); });
      x = std::move(results[i]);
      results[i].reset();
    }
    documents[i] = Document();  // release the text early
    consume(std::move(*x));
  }
  for (std::thread& t : pool) t.join();
}

}  // namespace actorgraph::extract
