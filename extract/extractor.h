// Extractors: one article in, typed entities, relations and quotes out.
//
// THREAD SAFETY: Extract() is const and may run concurrently on different
// documents with one extractor.
#ifndef ACTORGRAPH_EXTRACT_EXTRACTOR_H_
#define ACTORGRAPH_EXTRACT_EXTRACTOR_H_

#include <memory>
#include <string_view>

#include "extract/lexicon.h"
#include "model/model.h"

namespace actorgraph::extract {

class Extractor {
 public:
  virtual ~Extractor() = default;
  // Extracts from `document` (its text must be valid UTF-8). Never fails on
  // text content; every span indexes into document.text.
  virtual Extraction Extract(const Document& document) const = 0;
};

// The extractor called `name` ("rules": lexicon- and pattern-based), using
// `lexicon`, which must outlive it. nullptr when the name is unknown.
std::unique_ptr<Extractor> NewExtractor(std::string_view name, const Lexicon* lexicon);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_EXTRACT_EXTRACTOR_H_
