#include "extract/tokenizer.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "absl/strings/ascii.h"
#include "extract/lexicon.h"

namespace actorgraph::extract {
namespace {

// Words that open a new sentence after an abbreviation ("... in the U.S. The
// talks ..."). Wire copy capitalises any word after "U.S." ("U.S. Officials
// said", "the U.S. To offer"), so other capitalised words continue it.
bool OpensSentenceAfterAbbreviation(std::string_view word) {
  static constexpr std::string_view kWords[] = {"The", "A",  "An",   "This", "These", "Those",   "It",
                                                "He",  "She", "They", "We",   "But",   "However", "Meanwhile"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

// Only spaces remain before the end of the text or a blank line.
bool ParagraphEndsAt(std::string_view text, size_t k) {
  while (k < text.size() && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r')) ++k;
  if (k == text.size()) return true;
  if (text[k] != '\n') return false;
  for (++k; k < text.size() && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r'); ++k) {
  }
  return k == text.size() || text[k] == '\n';
}

// The short grammar words of names and headings ("Minister of State for
// the Armed Forces").
constexpr std::string_view kMinor[] = {"a",  "an", "and", "as", "at", "by", "de", "for", "from", "in",
                                       "of", "on", "or",  "the", "to", "van", "von", "with"};

bool IsMinorWord(std::string_view lower) {
  return std::find(std::begin(kMinor), std::end(kMinor), lower) != std::end(kMinor);
}

// Is every word of `line` capitalised, but for the minor words?
bool TitleCase(std::string_view line) {
  size_t k = 0;
  while (k < line.size()) {
    // One space-separated chunk, past its opening punctuation ("(Writing").
    while (k < line.size() && absl::ascii_isspace(static_cast<unsigned char>(line[k]))) ++k;
    size_t e = k;
    while (e < line.size() && !absl::ascii_isspace(static_cast<unsigned char>(line[e]))) ++e;
    size_t w = k;
    while (w < e && absl::ascii_ispunct(static_cast<unsigned char>(line[w]))) ++w;
    if (w < e && absl::ascii_islower(static_cast<unsigned char>(line[w]))) {
      size_t end = w;
      while (end < e && absl::ascii_isalpha(static_cast<unsigned char>(line[end]))) ++end;
      if (std::find(std::begin(kMinor), std::end(kMinor), line.substr(w, end - w)) == std::end(kMinor)) return false;
    }
    k = e;
  }
  return true;
}

// Code points that matter to tokenization.
enum class CharClass { kSpace, kNewline, kWord, kUpperWord, kPunct, kOpenQuote, kCloseQuote, kAmbiguousQuote, kApostrophe };

struct Char {
  CharClass cls;
  int len;  // bytes
};

// The class of each ASCII byte, so that Classify needs no call for them.
constexpr std::array<CharClass, 128> kAsciiClass = [] {
  std::array<CharClass, 128> classes{};
  for (int c = 0; c < 128; ++c) {
    CharClass cls = CharClass::kPunct;
    if (c == '"') cls = CharClass::kAmbiguousQuote;
    if (c == '\'') cls = CharClass::kApostrophe;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) cls = CharClass::kWord;
    if (c >= 'A' && c <= 'Z') cls = CharClass::kUpperWord;
    if (c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r') cls = CharClass::kSpace;
    if (c == '\n') cls = CharClass::kNewline;
    classes[c] = cls;
  }
  return classes;
}();

Char ClassifyNonAscii(std::string_view text, size_t i);

inline Char Classify(std::string_view text, size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return {kAsciiClass[c], 1};
  return ClassifyNonAscii(text, i);
}

// Classify for a byte >= 0x80.
Char ClassifyNonAscii(std::string_view text, size_t i) {
  unsigned char c = text[i];
  int len = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (i + len > text.size()) return {CharClass::kPunct, 1};
  char32_t cp = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  switch (cp) {
    case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x200B: case 0x202F: case 0x3000:
      return {CharClass::kSpace, len};
    case 0x2028: case 0x2029:
      return {CharClass::kNewline, len};
    case 0x201C: case 0x201E: case 0x00AB:
      return {CharClass::kOpenQuote, len};
    case 0x201D: case 0x00BB:
      return {CharClass::kCloseQuote, len};
    case 0x2018:
      return {CharClass::kPunct, len};
    case 0x2019:
      return {CharClass::kApostrophe, len};
    default:
      break;
  }
  if ((cp >= 0x2010 && cp <= 0x206F) || (cp >= 0x00A1 && cp <= 0x00BF) || cp == 0x00D7 ||
      cp == 0x00F7 || (cp >= 0x20A0 && cp <= 0x20CF)) {
    return {CharClass::kPunct, len};
  }
  // Latin-1 and Latin Extended-A capitals (À..Þ, even code points of 0100..017F).
  if ((cp >= 0xC0 && cp <= 0xDE) || (cp >= 0x100 && cp <= 0x17F && cp % 2 == 0) ||
      (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x410 && cp <= 0x42F)) {
    return {CharClass::kUpperWord, len};
  }
  return {CharClass::kWord, len};
}

bool IsWordClass(CharClass c) { return c == CharClass::kWord || c == CharClass::kUpperWord; }

// The end of a dotted stock code starting at `begin` right after "<" or
// "[" and closed by the matching bracket ("MONI.MI" in "<MONI.MI>"): capitals
// and digits with dots; `begin` when there is none.
size_t TickerEnd(std::string_view text, size_t begin) {
  if (begin == 0 || (text[begin - 1] != '<' && text[begin - 1] != '[')) return begin;
  const char close = text[begin - 1] == '<' ? '>' : ']';
  bool dot = false;
  for (size_t k = begin; k < text.size() && k < begin + 16; ++k) {
    const auto c = static_cast<unsigned char>(text[k]);
    if (c == static_cast<unsigned char>(close)) return dot && text[k - 1] != '.' ? k : begin;
    if (c == '.' && k > begin && text[k - 1] != '.') {
      dot = true;
    } else if (!absl::ascii_isupper(c) && !absl::ascii_isdigit(c)) {
      return begin;
    }
  }
  return begin;
}

bool IsTerminal(std::string_view t) {
  return t == "." || t == "!" || t == "?" || t == "..." || t == "\xE2\x80\xA6";
}

}  // namespace

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = absl::ascii_tolower(static_cast<unsigned char>(c));
  return out;
}

std::vector<Token> Tokenize(std::string_view text, const Lexicon* lexicon) {
  std::vector<Token> tokens;
  // News text averages about six bytes per token: one allocation for most articles.
  tokens.reserve(text.size() / 5 + 16);
  size_t i = 0;
  bool line_start = true;
  bool space_before = true;
  bool single_quote_open = false;  // an apostrophe opened a quotation on this line
  auto emit = [&](size_t begin, size_t end, TokenKind kind) {
    Token& t = tokens.emplace_back();
    t.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    t.text = text.substr(begin, end - begin);
    t.kind = kind;
    t.line_start = line_start;
    t.space_before = space_before;
    t.lower.assign(t.text);
    if (kind == TokenKind::kWord) {
      for (char& c : t.lower) c = absl::ascii_tolower(static_cast<unsigned char>(c));
      bool has_upper = false, has_lower = false;
      for (size_t k = 0; k < t.text.size();) {
        const auto byte = static_cast<unsigned char>(t.text[k]);
        // ASCII letters decide directly; other bytes go through Classify.
        if (byte < 0x80) {
          const bool upper = absl::ascii_isupper(byte);
          has_upper |= upper;
          has_lower |= absl::ascii_islower(byte);
          if (k == 0) t.capitalized = upper;
          ++k;
          continue;
        }
        Char ch = Classify(t.text, k);
        if (ch.cls == CharClass::kUpperWord) has_upper = true;
        if (k == 0) t.capitalized = ch.cls == CharClass::kUpperWord;
        k += ch.len;
      }
      t.all_caps = has_upper && !has_lower;
    }
    line_start = false;
    space_before = false;
  };

  while (i < text.size()) {
    Char ch = Classify(text, i);
    if (ch.cls == CharClass::kSpace || ch.cls == CharClass::kNewline) {
      if (ch.cls == CharClass::kNewline) line_start = true;
      if (ch.cls == CharClass::kNewline) single_quote_open = false;
      space_before = true;
      i += ch.len;
      continue;
    }
    if (IsWordClass(ch.cls)) {
      size_t begin = i;
      // A wire stock code in brackets ("<MONI.MI>", "[ELUX.ST]") is one
      // token: its dot neither ends the sentence nor leaves a name "MI".
      if (size_t end = TickerEnd(text, begin); end > begin) {
        emit(begin, end, TokenKind::kWord);
        i = end;
        continue;
      }
      size_t j = i + ch.len;
      int letters_in_part = 1;
      bool single_letter_dots = false;
      while (j < text.size()) {
        Char next = Classify(text, j);
        if (IsWordClass(next.cls)) {
          j += next.len;
          ++letters_in_part;
          continue;
        }
        // Inner hyphen, apostrophe or digit separator joins when a word char follows.
        bool joiner = (next.cls == CharClass::kApostrophe) ||
                      (next.cls == CharClass::kPunct && (text[j] == '-' || text[j] == '&')) ||
                      (next.cls == CharClass::kPunct && (text[j] == ',' || text[j] == '.') &&
                       absl::ascii_isdigit(static_cast<unsigned char>(text[j - 1])) &&
                       j + 1 < text.size() && absl::ascii_isdigit(static_cast<unsigned char>(text[j + 1])));
        // "UN-backed", "Russian-led", "States-flag": a capitalised name glued to a
        // lower-case word splits, so the name stays findable; "Jean-Yves",
        // "al-Assad" and "Iran-Iraq" stay one token.
        bool name_then_word = text[j] == '-' && Classify(text, begin).cls == CharClass::kUpperWord &&
                              j + 1 < text.size() && Classify(text, j + 1).cls == CharClass::kWord &&
                              absl::ascii_islower(static_cast<unsigned char>(text[j + 1]));
        if (joiner && !name_then_word && j + next.len < text.size() &&
            IsWordClass(Classify(text, j + next.len).cls)) {
          j += next.len;
          // (After an apostrophe the letters go on counting: the "t" of
          // "didn't." is no single-letter abbreviation.)
          if (next.cls != CharClass::kApostrophe) letters_in_part = 0;
          continue;
        }
        // Abbreviation dots: "U.S.", "e.g." (single letters) or listed words.
        if (text[j] == '.' && next.cls == CharClass::kPunct) {
          // (Not a digit: "BBC Radio 4." ends the sentence.)
          if ((letters_in_part == 1 && !absl::ascii_isdigit(static_cast<unsigned char>(text[j - 1]))) ||
              single_letter_dots) {
            single_letter_dots = true;
            ++j;
            if (j < text.size() && IsWordClass(Classify(text, j).cls) &&
                (j + 1 >= text.size() || text[j + 1] == '.' ||
                 !IsWordClass(Classify(text, j + Classify(text, j).len).cls))) {
              letters_in_part = 0;
              continue;  // next single letter of the abbreviation
            }
            break;
          }
          std::string_view with_dot = text.substr(begin, j + 1 - begin);
          // At the end of a paragraph the full stop ends the sentence: "his
          // Christmas Midnight Mass.\n\n" (not "Mass." for Massachusetts).
          if (lexicon != nullptr && lexicon->IsAbbreviation(with_dot) && !ParagraphEndsAt(text, j + 1)) ++j;
        }
        break;
      }
      // A plural's possessive apostrophe belongs to its word ("the Tories'
      // plans", "Nikko Securities' analyst"), unless it closes a quotation
      // in single marks opened on the line ('Tory lies').
      if (j < text.size() && (text[j - 1] == 's' || text[j - 1] == 'S') && !single_quote_open) {
        const Char mark = Classify(text, j);
        const size_t after = j + mark.len;
        if (mark.cls == CharClass::kApostrophe &&
            (after >= text.size() || Classify(text, after).cls == CharClass::kSpace ||
             Classify(text, after).cls == CharClass::kNewline))
          j = after;
      }
      emit(begin, j, TokenKind::kWord);
      i = j;
      continue;
    }
    // Punctuation and quotes.
    TokenKind kind = TokenKind::kPunctuation;
    size_t len = ch.len;
    bool prev_space = i == 0 || space_before ||
                      (Classify(text, i - 1).cls == CharClass::kPunct && text[i - 1] != '.' &&
                       text[i - 1] != ',');
    size_t after = i + ch.len;
    bool next_space = after >= text.size() || Classify(text, after).cls == CharClass::kSpace ||
                      Classify(text, after).cls == CharClass::kNewline;
    if (ch.cls == CharClass::kOpenQuote) {
      kind = TokenKind::kOpenQuote;
    } else if (ch.cls == CharClass::kCloseQuote) {
      kind = TokenKind::kCloseQuote;
    } else if (ch.cls == CharClass::kAmbiguousQuote) {
      kind = (prev_space && !next_space) ? TokenKind::kOpenQuote : TokenKind::kCloseQuote;
    } else if (text.substr(i, 3) == "...") {
      len = 3;
    } else if (text.substr(i, 2) == "--") {
      len = 2;
    }
    // An apostrophe before a word, after a space, opens a quotation in
    // single marks; one after a word closes it.
    if (ch.cls == CharClass::kApostrophe) single_quote_open = prev_space && !next_space;
    emit(i, i + len, kind);
    i += len;
  }
  return tokens;
}

std::vector<Sentence> SplitSentences(std::string_view text, std::vector<Token>& tokens,
                                     const Lexicon* lexicon) {
  std::vector<Sentence> sentences;
  if (tokens.empty()) return sentences;
  // Line facts for the line of each token: does it have a lower-case letter,
  // its length, and whether it ends in terminal punctuation.
  auto line_bounds = [&](size_t pos) {
    size_t b = text.rfind('\n', pos == 0 ? 0 : pos - 1);
    b = (b == std::string_view::npos || pos == 0) ? 0 : b + 1;
    size_t e = text.find('\n', pos);
    if (e == std::string_view::npos) e = text.size();
    return std::make_pair(b, e);
  };
  size_t start = 0;
  auto close = [&](size_t last) {
    sentences.push_back({{tokens[start].span.begin, tokens[last].span.end}});
    for (size_t k = start; k <= last; ++k) tokens[k].sentence = static_cast<int>(sentences.size() - 1);
    start = last + 1;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i + 1 >= tokens.size()) {
      close(i);
      break;
    }
    const Token& t = tokens[i];
    const Token& next = tokens[i + 1];
    std::string_view gap = text.substr(t.span.end, next.span.begin - t.span.end);
    size_t newlines = std::count(gap.begin(), gap.end(), '\n');
    if (newlines >= 2) {
      close(i);
      continue;
    }
    bool terminal = t.kind == TokenKind::kPunctuation && IsTerminal(t.text);
    // Closing quotes and brackets after a full stop belong to its sentence.
    if (!terminal && (t.kind == TokenKind::kCloseQuote || t.text == ")") && i > start &&
        tokens[i - 1].kind == TokenKind::kPunctuation && IsTerminal(tokens[i - 1].text)) {
      terminal = true;
    }
    bool next_starts = next.capitalized || next.kind == TokenKind::kOpenQuote ||
                       (next.kind == TokenKind::kWord && absl::ascii_isdigit(static_cast<unsigned char>(next.text[0])));
    if (terminal && (next_starts || newlines == 1) &&
        !(next.kind == TokenKind::kCloseQuote || next.text == ")")) {
      close(i);
      continue;
    }
    // An abbreviation ending a sentence: "... in the U.S. The talks ...".
    // Wire copy capitalises the word after "U.S." ("the U.S. And Kuwait",
    // "the U.S. Would act"): a conjunction or auxiliary there, which news
    // sentences hardly ever start with, continues the sentence.
    if (t.kind == TokenKind::kWord && t.text.back() == '.' && next.capitalized &&
        OpensSentenceAfterAbbreviation(next.text)) {
      close(i);
      continue;
    }
    // "... its unit Navistar Financial Corp.\n    Raised were": a line
    // indented after an abbreviation's full stop opens a paragraph.
    if (newlines == 1 && t.kind == TokenKind::kWord && t.text.back() == '.' && next.capitalized &&
        gap.substr(gap.find('\n') + 1).starts_with("  ")) {
      close(i);
      continue;
    }
    if (newlines == 1) {
      auto [lb, le] = line_bounds(t.span.begin);
      std::string_view line = text.substr(lb, le - lb);
      bool has_lower = std::any_of(line.begin(), line.end(),
                                   [](char c) { return absl::ascii_islower(static_cast<unsigned char>(c)); });
      // A line closed by a quote or a parenthesis ("(Writing by ...)") ends.
      bool ends_sentence = terminal || t.kind == TokenKind::kCloseQuote || t.text == ")";
      // Headlines, datelines, bylines and credits are lines of their own;
      // hard-wrapped body lines run on.
      // (A heading is written in title case: "President Reagan said the
      // United" is the short first line of a wrapped body, not a heading.)
      // (Nor is a line cut after a given name, an honorific or a title
      // before the rest of the name on the next ("Japanese Finance Minister
      // Kiichi\nMiyazawa opened ...", "U.S. Treasury Secretary\nJames Baker
      // said ..."), or after a grammar word ("Procter and\nGamble").)
      bool name_cut = false;
      if (t.kind == TokenKind::kWord && next.kind == TokenKind::kWord && !OpensSentenceAfterAbbreviation(next.text)) {
        PhraseInfo role;
        std::string_view word = t.text;
        name_cut = IsMinorWord(t.lower) ||
                   (lexicon != nullptr &&
                    (lexicon->IsGivenName(word) || lexicon->IsHonorific(word) ||
                     (lexicon->MatchPhrase(std::span<const std::string_view>(&word, 1), &role) == 1 &&
                      role.kind == PhraseKind::kRole)));
      }
      bool short_heading = line.size() < 48 && (t.capitalized || t.kind != TokenKind::kWord) &&
                           next.capitalized && TitleCase(line) && !name_cut;
      if (ends_sentence || !has_lower || short_heading) {
        close(i);
        continue;
      }
    }
  }
  return sentences;
}

}  // namespace actorgraph::extract
