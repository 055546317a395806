// Fuzzes the text pipeline: bytes -> the reader's checks (UTF-8, no NUL, not
// blank) -> tokenizer and sentence splitter -> rule extractor -> extraction
// JSON and back. Checks that every span lies inside the text, that every
// verbatim field is the text at its span, that every index points into its
// list, and that the JSON Lines written for `merge` read back to the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/reader.h"
#include "extract/tokenizer.h"
#include "fuzz/fuzz_check.h"
#include "model/strings.h"

namespace actorgraph::fuzz {
namespace {

// The lexicons of `actorgraph` without --data: $ACTORGRAPH_DATA, else data/.
const extract::Lexicon& FuzzLexicon() {
  static const extract::Lexicon* lexicon = [] {
    const char* env = std::getenv("ACTORGRAPH_DATA");
    std::string dir = env != nullptr && *env != '\0' ? env : ACTORGRAPH_DATA_DIR;
    auto loaded = extract::Lexicon::Load(dir);
    if (!loaded.ok()) {
      std::fprintf(stderr, "cannot load the lexicons: %s\n", std::string(loaded.status().message()).c_str());
      std::abort();
    }
    return loaded->release();
  }();
  return *lexicon;
}

void CheckTokens(std::string_view text, const std::vector<extract::Token>& tokens,
                 const std::vector<Sentence>& sentences) {
  uint32_t previous_end = 0;
  for (const extract::Token& token : tokens) {
    FUZZ_CHECK(SpanInside(token.span, text.size()));
    FUZZ_CHECK(!token.span.empty());
    FUZZ_CHECK(token.span.begin >= previous_end);
    FUZZ_CHECK(token.text == text.substr(token.span.begin, token.span.size()));
    FUZZ_CHECK(InRange(token.sentence, sentences.size()));
    previous_end = token.span.end;
  }
  for (const Sentence& sentence : sentences) FUZZ_CHECK(SpanInside(sentence.span, text.size()));
}

// Besides spans and indexes: every entity is mentioned, every verbatim field
// is the text at its span, and names and evidence are valid UTF-8.
void CheckExtraction(const Extraction& x) {
  const std::string_view text = x.document.text;
  CheckSpansAndIndexes(x, text.size());
  for (const Mention& mention : x.mentions) {
    FUZZ_CHECK(mention.surface == text.substr(mention.span.begin, mention.span.size()));
  }
  for (const Entity& entity : x.entities) {
    FUZZ_CHECK(!entity.mentions.empty());
    FUZZ_CHECK(extract::IsValidUtf8(entity.name));
  }
  for (const Triple& triple : x.triples) {
    const Span& span = triple.provenance.span;
    FUZZ_CHECK(triple.provenance.evidence == text.substr(span.begin, span.size()));
    FUZZ_CHECK(extract::IsValidUtf8(triple.provenance.evidence));
  }
  for (const Quote& quote : x.quotes) {
    FUZZ_CHECK(quote.text == text.substr(quote.span.begin, quote.span.size()));
  }
}

}  // namespace
}  // namespace actorgraph::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace actorgraph;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // What the readers let through to the extractor (extract/reader.h).
  if (!extract::IsValidUtf8(text) || text.find('\0') != std::string_view::npos || Strip(text).empty()) return 0;
  const extract::Lexicon& lexicon = fuzz::FuzzLexicon();

  std::vector<extract::Token> tokens = extract::Tokenize(text, &lexicon);
  std::vector<Sentence> sentences = extract::SplitSentences(text, tokens, &lexicon);
  fuzz::CheckTokens(text, tokens, sentences);

  static const std::unique_ptr<extract::Extractor> extractor = extract::NewExtractor("rules", &lexicon);
  Document document;
  document.id = "fuzz";
  document.date = "2016-03-24";
  document.text = std::string(text);
  const Extraction extraction = extractor->Extract(document);
  fuzz::CheckExtraction(extraction);

  // `extract` writes it, `merge` reads it back: same bytes again.
  fuzz::CheckJsonRoundTrip(extraction);
  return 0;
}
