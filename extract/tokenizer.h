// Tokens and sentences over the original article text.
//
// Handles what scraped news throws at a splitter: hard-wrapped lines, missing
// spaces after full stops ("aid.Kerry"), abbreviations ("U.S.", "Gen."),
// curly quotes, headline/dateline/byline lines without final punctuation.
#ifndef ACTORGRAPH_EXTRACT_TOKENIZER_H_
#define ACTORGRAPH_EXTRACT_TOKENIZER_H_

#include <string>
#include <string_view>
#include <vector>

#include "model/model.h"

namespace actorgraph::extract {

class Lexicon;

enum class TokenKind {
  kWord,         // letters/digits, with inner hyphens, apostrophes and abbreviation dots
  kOpenQuote,    // " or “ or ‘ opening a quotation
  kCloseQuote,   // " or ” or ’ closing a quotation
  kPunctuation,  // anything else, one character (or "..." / "--")
};

struct Token {
  Span span;
  std::string_view text;   // view into the document text
  std::string lower;       // ASCII-lower-cased text (non-ASCII bytes kept)
  // `lower` as a view. Compared with a literal it costs a length test and a
  // memcmp; GCC 12's std::string == const char* calls strlen and an
  // out-of-line compare, which showed up in the extractor's profile.
  std::string_view lower_view() const { return lower; }
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;  // first letter upper case
  bool all_caps = false;     // has letters, none lower case
  bool line_start = false;   // first token on its line
  bool space_before = true;  // whitespace (or text start) precedes it
  int sentence = -1;         // index into the sentence list
};

// Tokenizes `text` (valid UTF-8). `lexicon` supplies abbreviations; may be null.
std::vector<Token> Tokenize(std::string_view text, const Lexicon* lexicon);

// Splits into sentences and sets Token::sentence. Sentences cover the tokens
// in order; each sentence span runs from its first to its last token.
std::vector<Sentence> SplitSentences(std::string_view text, std::vector<Token>& tokens,
                                     const Lexicon* lexicon);

// Lower-cases ASCII letters; other bytes are kept.
std::string AsciiLower(std::string_view s);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_EXTRACT_TOKENIZER_H_
