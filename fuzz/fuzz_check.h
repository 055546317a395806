// Invariant checks shared by the fuzz targets. A broken invariant prints what
// broke and aborts, so libFuzzer keeps the input as a crash, like a sanitizer
// finding.
#ifndef ACTORGRAPH_FUZZ_FUZZ_CHECK_H_
#define ACTORGRAPH_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "extract/extraction_json.h"
#include "model/model.h"

// Aborts when `condition` is false (active in every build type, unlike assert).
#define FUZZ_CHECK(condition)                                                          \
  do {                                                                                 \
    if (!(condition)) {                                                                \
      std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                    \
    }                                                                                  \
  } while (false)

namespace actorgraph::fuzz {

// A half-open span that lies inside a text of `size` bytes.
inline bool SpanInside(const Span& span, size_t size) {
  return span.begin <= span.end && span.end <= size;
}

inline bool InRange(int index, size_t size) { return index >= 0 && static_cast<size_t>(index) < size; }

// Every span of `x` inside a text of `text_size` bytes, every index into its
// list (a quote may have no speaker: -1).
inline void CheckSpansAndIndexes(const Extraction& x, size_t text_size) {
  for (const Sentence& sentence : x.sentences) FUZZ_CHECK(SpanInside(sentence.span, text_size));
  for (const Mention& mention : x.mentions) {
    FUZZ_CHECK(SpanInside(mention.span, text_size));
    FUZZ_CHECK(InRange(mention.entity, x.entities.size()));
    FUZZ_CHECK(InRange(mention.sentence, x.sentences.size()));
  }
  for (const Entity& entity : x.entities) {
    for (int m : entity.mentions) FUZZ_CHECK(InRange(m, x.mentions.size()));
  }
  for (const Triple& triple : x.triples) {
    FUZZ_CHECK(InRange(triple.subject, x.entities.size()) && InRange(triple.object, x.entities.size()));
    FUZZ_CHECK(InRange(triple.provenance.sentence, x.sentences.size()));
    FUZZ_CHECK(SpanInside(triple.provenance.span, text_size));
  }
  for (const Quote& quote : x.quotes) {
    FUZZ_CHECK(quote.speaker == -1 || InRange(quote.speaker, x.entities.size()));
    FUZZ_CHECK(InRange(quote.sentence, x.sentences.size()));
    FUZZ_CHECK(SpanInside(quote.span, text_size));
  }
}

// Writes `x` as `actorgraph extract` does, reads the line back as `merge`
// does, and checks that writing that again gives the same bytes.
inline void CheckJsonRoundTrip(const Extraction& x) {
  std::string line;
  extract::AppendExtractionJson(x, &line);
  FUZZ_CHECK(!line.empty() && line.back() == '\n');
  absl::StatusOr<Extraction> reread = extract::ParseExtractionJson(std::string_view(line).substr(0, line.size() - 1));
  FUZZ_CHECK(reread.ok());
  std::string again;
  extract::AppendExtractionJson(*reread, &again);
  FUZZ_CHECK(again == line);
}

}  // namespace actorgraph::fuzz

#endif  // ACTORGRAPH_FUZZ_FUZZ_CHECK_H_
