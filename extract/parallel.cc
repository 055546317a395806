#include "extract/parallel.h"

namespace actorgraph::extract {

void ExtractInOrder(const Extractor& extractor, std::vector<Document> documents, int threads,
                    const std::function<void(Extraction)>& consume) {
  ExtractionPipeline pipeline(threads, documents.size(), ExtractWith(extractor), consume);
  for (Document& d : documents) pipeline.Submit(std::move(d));
  pipeline.Finish();
}

}  // namespace actorgraph::extract
