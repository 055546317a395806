// The "rules" extractor: lexicon lookups and local patterns over tokens.
//
// Stages, in order, over one document:
//   1. tokens and sentences (tokenizer.h);
//   2. names: lexicon phrases (countries, demonyms, capitals, organisations),
//      role phrases, event nouns, and runs of capitalised words typed by head
//      words, given names, honorifics and context;
//   3. entities: mentions grouped within the document (surnames and partial
//      names join the full name that contains them);
//   4. affiliations from titles ("Russian Foreign Minister X", "X of Y");
//   5. relations around event verbs and meeting nouns, with passive voice,
//      coordination, negation and modality;
//   6. quotes and their speakers.
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "extract/extractor.h"
#include "extract/tokenizer.h"
#include "model/names.h"
#include "model/strings.h"

namespace actorgraph::extract {
namespace {

// Closed-class grammar words stay here, together; open-class word lists are data (Lexicon::HasWordClass).

// A closed set of words, looked up with std::string_view.
class WordSet {
 public:
  WordSet(std::initializer_list<const char*> words) : words_(words.begin(), words.end()) {}
  bool contains(std::string_view word) const { return words_.contains(ToAbsl(word)); }

 private:
  absl::flat_hash_set<std::string> words_;
};

const WordSet& Prepositions() {
  static const auto* s = new WordSet{
      "in", "at", "from", "near", "outside", "inside", "into", "to", "toward", "towards",
      "across", "around", "through", "via", "throughout", "on", "of", "for", "with", "by",
      "against", "between", "over", "under", "about", "after", "before", "during", "among", "beyond"};
  return *s;
}

// Month names, which date an event ("the December agreement").
const WordSet& Months() {
  static const auto* s = new WordSet{"january", "february", "march",     "april",   "may",      "june",
                                     "july",    "august",   "september", "october", "november", "december"};
  return *s;
}

// Abbreviated month names, which wire copy writes before a day ("Jan 12")
// and in tables ("Jun/Aug"); some are given names too ("Jan Egeland").
const WordSet& MonthAbbreviations() {
  static const auto* s = new WordSet{"jan", "feb", "mar",  "apr", "jun", "jul",
                                     "aug", "sep", "sept", "oct", "nov", "dec"};
  return *s;
}

// Modal verbs, which mark a clause as future or hypothetical.
const WordSet& Modals() {
  static const auto* s = new WordSet{"would", "will", "could", "should", "might", "may", "can", "must", "shall"};
  return *s;
}

// Words opening a subordinate clause, whose actors are not the main verb's
// objects: "would not apologise even if Mr Blair asked".
const WordSet& Subordinators() {
  static const auto* s = new WordSet{"if", "unless", "because", "although", "though", "whereas"};
  return *s;
}

// Prepositions placing a force act somewhere: "an offensive near Basra".
const WordSet& TheatrePrepositions() {
  static const auto* s = new WordSet{"in", "near", "into", "across", "inside", "around", "outside"};
  return *s;
}

// Prepositions whose object is a circumstance (place, time), not a patient.
const WordSet& AdjunctPrepositions() {
  static const auto* s = new WordSet{
      "in", "at", "near", "from", "during", "after", "before", "since", "until", "inside",
      "outside", "across", "throughout", "via", "through", "around", "of"};
  return *s;
}
const WordSet& Determiners() {
  static const auto* s = new WordSet{
      "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our",
      "my", "your", "any", "no", "each", "every", "some", "such"};
  return *s;
}
const WordSet& PassiveAuxiliaries() {
  static const auto* s = new WordSet{
      "was", "were", "been", "being", "is", "are", "be", "get", "got"};
  return *s;
}
const WordSet& NameConnectors() {
  static const auto* s = new WordSet{
      "of", "for", "de", "del", "della", "da", "di", "du", "des", "van", "von", "der", "fur", "für", "und", "et",
      "den", "bin", "ibn", "al", "el", "ad", "as", "ash", "abu", "la", "le", "and", "the", "on"};
  return *s;
}

// Words after which an -ing form is a verb: "was meeting", "after meeting".
const WordSet& ProgressiveOpeners() {
  static const auto* s = new WordSet{
      "is", "was", "were", "are", "be", "been", "being", "am", "after", "before", "while", "by",
      "since", "when", "without", "of", "for", "on", "in", "about", "not", "and", "'s", "’s"};
  return *s;
}

// Prepositions that also open a clause: "after Mr Blair told ...".
const WordSet& ClauseOpeners() {
  static const auto* s = new WordSet{"after", "before", "since", "until"};
  return *s;
}

// Words opening a relative or subordinate clause inside a noun phrase: "X,
// who met Y, said".
const WordSet& RelativeWords() {
  static const auto* s = new WordSet{"who", "which", "that", "whose", "where", "when"};
  return *s;
}

// Words opening a contrasting clause: "X said ..., while Labour criticised ...".
const WordSet& ContrastWords() {
  static const auto* s = new WordSet{"while", "whereas"};
  return *s;
}

bool IsNegator(std::string_view lower) {
  return lower == "not" || lower == "never" || lower == "no" ||
         (lower.size() > 3 && (lower.substr(lower.size() - 3) == "n't" ||
                               lower.substr(lower.size() - 5 < lower.size() ? lower.size() - 5 : 0) ==
                                   "n\xE2\x80\x99t"));
}

bool IsAdverb(std::string_view w) {
  return (w.size() > 4 && w.ends_with("ly")) || w == "later" || w == "also" || w == "then" ||
         w == "soon" || w == "still" || w == "again" || w == "already" || w == "now" ||
         w == "once" || w == "first" || w == "very" || w == "so" || w == "too" || w == "quite" || w == "rather" ||
         w == "even";
}

// "North", "South", "East", "West", as written in names.
bool IsCompassPoint(std::string_view w) { return w == "North" || w == "South" || w == "East" || w == "West"; }

// "he" or "she": a pronoun that refers to a person and may be a speaker.
bool IsHeOrShe(std::string_view w) { return w == "he" || w == "she"; }

// "he", "it", "they", "we": subjects, never nouns a participle describes.
bool IsPersonalPronoun(std::string_view w) {
  return w == "i" || w == "you" || w == "he" || w == "she" || w == "it" || w == "we" || w == "they" || w == "who";
}

// "him", "them", "us": a verb's object that is a person or thing, not an act.
bool IsObjectPronoun(std::string_view w) {
  return w == "me" || w == "him" || w == "her" || w == "it" || w == "us" || w == "them";
}

bool IsQuantifier(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "one" || w == "another" || w == "two" ||
         w == "three" || w == "several" || w == "some" || w == "many" || w == "other" || w == "most" ||
         w == "both" || w == "either" || w == "each";
}

// Numbers written as words, before the units of an amount ("eight mln stg").
const WordSet& NumberWords() {
  static const auto* s = new WordSet{
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
      "half", "several", "few"};
  return *s;
}

// Assault, fighting and mass violence: the codes whose acts have a theatre.
bool IsViolent(std::string_view code) { return code == "18" || code == "19" || code == "20"; }

// What a name span is.
enum class NameSource { kLexicon, kRun };

struct Name {
  size_t first = 0, last = 0;  // token range, inclusive
  Span span;                   // bytes, possessive excluded
  NameSource source = NameSource::kRun;
  PhraseInfo info;             // for lexicon names
  std::optional<EntityType> type;
  bool person_context = false;  // preceded by an honorific or a role
  int entity = -1;
  // A capital after a visiting verb, read as its state: the city's own name,
  // which it takes back when the article names the state otherwise.
  std::string visited_city;
};

struct RoleSpan {
  size_t first = 0, last = 0;
  std::string role;
};

struct EventNoun {
  size_t first = 0, last = 0;
  std::string noun;
  std::string code;
};

// A relation argument: a name or a resolved pronoun at a token range.
struct Arg {
  size_t first = 0, last = 0;
  int entity = -1;
};

// The prefix of an organisation's key while BuildEntities groups names.
constexpr std::string_view kOrganization = "ORGANIZATION|";

class Analysis {
 public:
  Analysis(const Document& doc, const Lexicon& lex) : doc_(doc), lex_(lex) {}

  Extraction Run() {
    Extraction out;
    out_ = &out;
    out.document = doc_;
    tokens_ = Tokenize(doc_.text, &lex_);
    out.sentences = SplitSentences(doc_.text, tokens_, &lex_);
    sentence_first_.assign(out.sentences.size(), 0);
    sentence_last_.assign(out.sentences.size(), 0);
    for (size_t t = tokens_.size(); t-- > 0;) sentence_first_[tokens_[t].sentence] = t;
    for (size_t t = 0; t < tokens_.size(); ++t) sentence_last_[tokens_[t].sentence] = t;
    ComputeBases();
    MarkRepeatedLines();
    LowerCaseAfterAbbreviations();
    FindNames();
    KeepVisitedCities();
    AbsorbPortfolios();
    IndexRoles();
    BuildEntities(out);
    IndexArgs();
    FindAffiliations(out);
    DropDateline(out);
    InferYears(out);
    AffiliateShadowTitles(out);
    ResolveTitles(out);
    ResolvePartyMemberReferences(out);
    NameKnownHolders(out);
    MarkQuoteTokens();  // ResolveGovernments' resolvers skip quoted words
    ResolveGovernments(out);
    FindRelations(out);
    FindAgreements(out);
    FindAccusations(out);
    FindQuotes(out);
    ResolveFirstPersonActs(out);
    ResolveEventJudgements(out);
    AddWarOpponents(out);
    AddEventMentions(out);
    MergeGatheringReferences(out);
    MergeNamedReferences(out);
    MergeModifiedNames(out);
    MergePolicies(out);
    RemoveRepeatedTriples(out);
    DropIdleRegionAdjectives(out);
    ScopeUnnamedEvents(out);
    NameStateInstitutions(out);
    Reorder(out);
    return out;
  }

 private:
  // --- helpers over tokens ---
  bool IsWord(size_t i) const { return i < tokens_.size() && tokens_[i].kind == TokenKind::kWord; }
  bool HeOrSheAt(size_t i) const { return IsWord(i) && IsHeOrShe(tokens_[i].lower); }
  static bool IsArticle(std::string_view lower) { return lower == "the" || lower == "a" || lower == "an"; }
  static bool IsRelativePronoun(std::string_view lower) { return lower == "who" || lower == "which"; }
  // Is `i` right after a lower-case speech verb that follows a closing
  // quotation mark (and a comma): `," said` _?
  bool AfterQuotationVerb(size_t i) const {
    if (i < 2 || !IsWord(i - 1) || tokens_[i - 1].capitalized || !lex_.IsSpeechVerb(tokens_[i - 1].lower)) return false;
    size_t before = i - 2;
    if (tokens_[before].text == "," && before > 0) --before;
    return tokens_[before].kind == TokenKind::kCloseQuote;
  }
  // Does an attribution's name end right before `i` (the text's end, an
  // end mark or a comma)?
  bool AttributionEndsAt(size_t i) const { return i >= tokens_.size() || EndMarkAt(i) || tokens_[i].text == ","; }
  // A full stop, question mark or exclamation mark at `i`.
  bool EndMarkAt(size_t i) const {
    return i < tokens_.size() && tokens_[i].kind == TokenKind::kPunctuation &&
           (tokens_[i].text == "." || tokens_[i].text == "?" || tokens_[i].text == "!");
  }
  bool SameSentence(size_t a, size_t b) const {
    return a < tokens_.size() && b < tokens_.size() && tokens_[a].sentence == tokens_[b].sentence;
  }
  // First token of a paragraph: the text starts there, or a blank line or an
  // indented line precedes it. A line start that is neither is a hard wrap.
  bool ParagraphStart(size_t i) const {
    if (i == 0) return true;
    if (!tokens_[i].line_start) return false;
    std::string_view gap =
        std::string_view(doc_.text).substr(tokens_[i - 1].span.end, tokens_[i].span.begin - tokens_[i - 1].span.end);
    size_t newline = gap.rfind('\n');
    if (newline + 1 < gap.size()) return true;  // indented
    return gap.find('\n') != newline;          // two line breaks
  }
  bool SentenceStart(size_t i) const {
    if (i == 0) return true;
    if (tokens_[i - 1].sentence != tokens_[i].sentence) return true;
    const Token& p = tokens_[i - 1];
    return p.kind == TokenKind::kOpenQuote || p.text == "-" || p.text == "(" ||
           p.text == "\xE2\x80\x94" || p.text == ":" || p.text == "|";
  }
  std::string_view Base(size_t i) const { return bases_[i]; }
  // Does token i carry a possessive 's ("Iran's")?
  bool Possessive(size_t i) const { return bases_[i].size() != tokens_[i].text.size(); }
  std::string LowerBase(size_t i) const { return AsciiLower(bases_[i]); }
  // Is `w` (lower case, but for kCompanySuffix) in class `c` of data/word_classes.tsv?
  bool InClass(WordClass c, std::string_view w) const { return lex_.HasWordClass(c, w); }
  bool IsAuxiliary(std::string_view w) const { return InClass(WordClass::kAuxiliaryVerb, w); }

  // Scraped pages often repeat the body: a line of 40+ bytes that already
  // appeared earlier is a repeat; its names are still mentions, but its
  // relations and quotes are not counted twice.
  void MarkRepeatedLines() {
    repeated_.assign(tokens_.size(), false);
    boilerplate_.assign(tokens_.size(), false);
    absl::flat_hash_set<std::string> seen;
    std::string_view text = doc_.text;
    size_t line_start = 0;
    size_t t = 0;
    while (line_start < text.size()) {
      size_t end = text.find('\n', line_start);
      if (end == std::string_view::npos) end = text.size();
      std::string_view line = Strip(text.substr(line_start, end - line_start));
      bool repeat = line.size() >= 40 && !seen.insert(std::string(line)).second;
      bool boilerplate = lex_.IsBoilerplate(line);
      while (t < tokens_.size() && tokens_[t].span.begin < end) {
        if (tokens_[t].span.begin >= line_start) {
          repeated_[t] = repeat || boilerplate;
          boilerplate_[t] = boilerplate;
        }
        ++t;
      }
      line_start = end + 1;
    }
  }

  // Strips a possessive "'s" / "’s" from word tokens.
  void ComputeBases() {
    bases_.resize(tokens_.size());
    base_ends_.resize(tokens_.size());
    for (size_t i = 0; i < tokens_.size(); ++i) {
      std::string_view t = tokens_[i].text;
      size_t cut = 0;
      if (t.size() >= 3 && (t.substr(t.size() - 2) == "'s")) cut = 2;  // also "4's" (BBC Radio 4's)
      if (t.size() > 5 && t.substr(t.size() - 4) == "\xE2\x80\x99s") cut = 4;
      // A plural's: "Tories'", "Securities\xE2\x80\x99".
      if (t.size() >= 3 && (t.back() == '\'' && (t[t.size() - 2] == 's' || t[t.size() - 2] == 'S'))) cut = 1;
      if (t.size() > 4 && t.substr(t.size() - 3) == "\xE2\x80\x99" && (t[t.size() - 4] == 's' || t[t.size() - 4] == 'S'))
        cut = 3;
      bases_[i] = t.substr(0, t.size() - cut);
      base_ends_[i] = tokens_[i].span.end - static_cast<uint32_t>(cut);
    }
  }

  int MatchLexicon(size_t i, size_t limit, PhraseInfo* info) const {
    // The words are bases_[i, i + count): no copy per call.
    size_t count = 0;
    for (size_t k = i; k < limit && count < static_cast<size_t>(lex_.max_phrase_tokens()); ++k) {
      if (!IsWord(k) || !SameSentence(i, k)) break;
      ++count;
      // A possessive ends a phrase: "Russia's foreign minister".
      if (Possessive(k)) break;
    }
    if (count == 0) return 0;
    // "Standard & Poor's" is the gazetteer's "Standard and Poor's": the
    // ampersand read as "and" (every token is a word of the phrase).
    if (const size_t amp = i + count; amp + 1 < limit && tokens_[amp].text == "&" && IsWord(amp + 1) &&
                                      SameSentence(i, amp + 1)) {
      std::vector<std::string_view> words(bases_.begin() + i, bases_.begin() + amp);
      words.push_back("and");
      for (size_t k = amp + 1; k < limit && words.size() < static_cast<size_t>(lex_.max_phrase_tokens()); ++k) {
        if (!IsWord(k) || !SameSentence(i, k)) break;
        words.push_back(Possessive(k) ? std::string_view(tokens_[k].text) : std::string_view(bases_[k]));
        if (Possessive(k)) break;
      }
      PhraseInfo joined;
      if (const int n = lex_.MatchPhrase(words, &joined); n > static_cast<int>(count)) {
        *info = joined;
        return n;
      }
    }
    // A name with a possessive in it, as written: "Moody's Investors
    // Service", "Moody's" (the gazetteer keeps the "'s").
    if (Possessive(i + count - 1)) {
      std::vector<std::string_view> written(bases_.begin() + i, bases_.begin() + i + count - 1);
      written.push_back(tokens_[i + count - 1].text);
      for (size_t k = i + count; k < limit && written.size() < static_cast<size_t>(lex_.max_phrase_tokens()); ++k) {
        if (!IsWord(k) || !SameSentence(i, k) || Possessive(k)) break;
        written.push_back(bases_[k]);
      }
      PhraseInfo with_possessive;
      if (const int n = lex_.MatchPhrase(written, &with_possessive); n >= static_cast<int>(count)) {
        *info = with_possessive;
        return n;
      }
    }
    return lex_.MatchPhrase(std::span<const std::string_view>(bases_).subspan(i, count), info);
  }

  // Is the lexicon phrase `info` an event noun that names an event only
  // written with a capital and standing alone (`capitalised_event_noun`:
  // "the Budget")?
  bool CapitalisedEventNoun(const PhraseInfo& info) const {
    return info.kind == PhraseKind::kEventNoun && InClass(WordClass::kCapitalisedEventNoun, info.canonical);
  }

  // Is the word at `k` such an event noun before more name words, and so an
  // ordinary word of the name ("Senate Budget Committee")?
  bool InnerNameWord(size_t k) const {
    PhraseInfo info;
    return MatchLexicon(k, tokens_.size(), &info) == 1 && CapitalisedEventNoun(info) && IsCapitalizedName(k + 1);
  }

  // Does a number stand at `i` ("12", "77", "1987/88")?
  bool NumberAt(size_t i) const {
    return IsWord(i) && absl::ascii_isdigit(static_cast<unsigned char>(tokens_[i].text[0]));
  }

  bool IsCapitalizedName(size_t i) const {
    if (!IsWord(i)) return false;
    const Token& t = tokens_[i];
    if (t.capitalized) return !absl::ascii_isdigit(static_cast<unsigned char>(t.text[0]));
    // Arabic and other particles glued to a capitalised name: "al-Assad", "el-Sisi".
    size_t hyphen = t.text.find('-');
    return hyphen != std::string_view::npos && hyphen <= 3 && hyphen + 1 < t.text.size() &&
           absl::ascii_isupper(static_cast<unsigned char>(t.text[hyphen + 1])) &&
           NameConnectors().contains(std::string(t.lower.substr(0, hyphen))) && i > 0 &&
           IsWord(i - 1) && tokens_[i - 1].capitalized;
  }

  // Wire copy capitalises the word after "U.S." as if a sentence began:
  // "the U.S. Was unwilling", "U.S. Officials' remarks". Such a word is an
  // ordinary word unless it heads a name ("U.S. Navy" stays) or is a given
  // name.
  void LowerCaseAfterAbbreviations() {
    std::vector<size_t> lowered;
    for (size_t i = 1; i < tokens_.size(); ++i) {
      const Token& prev = tokens_[i - 1];
      Token& t = tokens_[i];
      if (t.kind != TokenKind::kWord || !t.capitalized || t.all_caps || prev.kind != TokenKind::kWord ||
          !prev.text.ends_with(".") || prev.text.size() < 3 || !SameSentence(i - 1, i) ||
          std::count(prev.text.begin(), prev.text.end(), '.') < 2)
        continue;
      if (lex_.HeadWordType(bases_[i]) || lex_.IsGivenName(t.text)) continue;
      // Lower case elsewhere, a grammar word, or a word tagged news rarely
      // has in names ("Officials", "Allies").
      std::vector<std::string_view> word{bases_[i]};
      if (!SeenLowercase(t.lower) && !IsAuxiliary(t.lower) && !Determiners().contains(t.lower) &&
          !Prepositions().contains(t.lower) && lex_.ClassifyNameWords(word) != NameClass::kOther)
        continue;
      lowered.push_back(i);
    }
    for (size_t i : lowered) tokens_[i].capitalized = false;
  }

  // Does the word appear in lower case elsewhere in the document?
  bool SeenLowercase(std::string_view lower) const {
    if (lowercase_words_.empty()) {
      for (const Token& t : tokens_) {
        if (t.kind == TokenKind::kWord && !t.capitalized) lowercase_words_.insert(t.lower);
      }
      lowercase_words_.insert("");
    }
    return lowercase_words_.contains(ToAbsl(lower));
  }

  // Does the word appear capitalised in mixed-case text elsewhere ("Reagan"
  // for a headline's "REAGAN")?
  bool CapitalizedElsewhere(const std::string& lower) const {
    if (capitalized_words_.empty()) {
      for (const Token& t : tokens_) {
        if (t.kind == TokenKind::kWord && t.capitalized && !t.all_caps) capitalized_words_.insert(t.lower);
      }
      capitalized_words_.insert("");
    }
    return capitalized_words_.contains(lower);
  }

  // True when the words after a verb (at `verb_last`) are a bare noun
  // phrase, its object: lower-case common nouns in the same sentence, the
  // first no number, quantifier or word of place or time ("fight hunger";
  // not "met three times", "clashed along the border", "met face-to-face",
  // "met again"). With `plural`, one of them must be a plural, a possessive
  // or a group noun, or a gerund end the phrase ("met union
  // representatives", "met supporters' representatives", "attacking
  // shipping").
  bool BareNounAfterVerb(size_t verb_last, bool plural) const {
    static const WordSet kNotObjects{
        "along", "ahead", "alone", "alongside", "behind", "amid", "despite", "without", "within", "here",
        "there", "last", "next", "early", "late", "earlier", "twice", "together", "one", "again", "overnight",
        "tonight", "afterwards", "face", "just", "only", "often", "ever", "well", "hard", "almost", "not",
        "never", "nor", "as", "when", "while", "where", "since", "until", "perhaps", "sometimes", "always"};
    size_t k = verb_last + 1;
    if (!IsWord(k) || !SameSentence(verb_last, k) || tokens_[k].capitalized) return false;
    const std::string_view first = tokens_[k].lower;
    if (kNotObjects.contains(first) || IsQuantifier(first) || NumberWords().contains(first) ||
        Months().contains(first))
      return false;
    bool noun = false;
    for (; k <= verb_last + 4 && IsWord(k) && SameSentence(verb_last, k) && !tokens_[k].capitalized && CommonNounAt(k);
         ++k) {
      const std::string_view w = tokens_[k].lower;
      if (!std::all_of(w.begin(), w.end(), [](char c) { return absl::ascii_isalpha(c) || c == '-'; })) return false;
      const bool possessive = Possessive(k) || (k + 1 < tokens_.size() && tokens_[k + 1].text == "'");
      noun = noun || possessive || LooksPlural(w) || lex_.GroupNounType(w).has_value();
    }
    if (k == verb_last + 1) return false;
    return noun || !plural || tokens_[k - 1].lower_view().ends_with("ing");
  }

  bool IsVerbish(size_t i) const {
    if (!IsWord(i)) return false;
    std::string_view w = tokens_[i].lower;
    if (IsAuxiliary(w) || lex_.IsSpeechVerb(w)) return true;
    // Phrasal event verbs count by their first word ("imposes sanctions").
    VerbInfo v;
    std::string_view words[4];
    size_t n = 0;
    for (size_t k = i; k < tokens_.size() && k < i + 4 && IsWord(k); ++k) words[n++] = tokens_[k].lower;
    return lex_.MatchEventVerb(std::span<const std::string_view>(words, n), &v) > 0;
  }

  // A capital (or other city in the lexicon) is the country when it acts:
  // "Moscow said", "Washington believes", "urged Damascus".
  bool CapitalActsAsCountry(size_t first, size_t last) const {
    if (first == 0) return false;  // dateline
    // "outraged both London and Washington": past "both" or "either".
    size_t before = first - 1;
    if (before > 0 && IsWord(before) && (tokens_[before].lower_view() == "both" || tokens_[before].lower_view() == "either"))
      --before;
    const Token& prev = tokens_[before];
    // "both London and Washington": like the capital it is coordinated with.
    if (IsWord(before) && (prev.lower_view() == "and" || prev.lower_view() == "or") && !names_.empty() &&
        names_.back().last + 1 == before && names_.back().source == NameSource::kLexicon &&
        names_.back().info.kind == PhraseKind::kMetonym)
      return true;
    // "an offer to Washington", "a warning to Tehran": addressed to the government.
    if (prev.kind == TokenKind::kWord && prev.lower_view() == "to" && first >= 2 && IsWord(first - 2)) {
      const ActNounInfo* act = nullptr;
      const std::string_view word[] = {tokens_[first - 2].lower};
      if (lex_.MatchActNoun(word, &act) > 0) return true;
    }
    if (prev.kind == TokenKind::kWord && InClass(WordClass::kLocativeWord, prev.lower)) return false;
    // "pressure on Damascus", "talks with Ankara": the government.
    if (prev.kind == TokenKind::kWord &&
        (prev.lower_view() == "on" || prev.lower_view() == "against" || prev.lower_view() == "with" || prev.lower_view() == "by"))
      return true;
    // In a headline in capitals a capital is an actor unless a preposition
    // of place precedes it: "U.S. PRESENTS MOSCOW WITH DRAFT TREATY".
    if (IsHeadlineLine(first)) return true;
    if (tokens_[first].all_caps && tokens_[first].line_start) return false;  // "MOSCOW, March 4"
    // "Moscow's position"; not "London's mayor", "London's most senior police
    // officer" (the city's own).
    if (Possessive(last)) return !(IsWord(last + 1) && InClass(WordClass::kCityNoun, tokens_[last + 1].lower));
    size_t next = last + 1;
    // "the Vienna meeting": after an article, the city names what follows,
    // which is no verb. (Not a visit: "the Moscow visit by Shultz" meets the
    // state.)
    const bool after_article = IsWord(before) && IsArticle(prev.lower) && IsWord(next) &&
                               !InClass(WordClass::kVisitNoun, LowerBase(next));
    if (next < tokens_.size() && SameSentence(first, next) && !after_article) {
      if (tokens_[next].kind == TokenKind::kWord && !tokens_[next].capitalized && IsVerbish(next))
        return true;
      // "Moscow, closely allied to X, can nudge": a verb after the apposition.
      if (tokens_[next].text == ",") {
        for (size_t k = next + 1; k < tokens_.size() && k < next + 14 && SameSentence(first, k); ++k) {
          if (tokens_[k].text == ",") return k + 1 < tokens_.size() && IsVerbish(k + 1) &&
                                             !tokens_[k + 1].capitalized;
        }
      }
    }
    if (prev.kind == TokenKind::kWord && !prev.capitalized) {
      VerbInfo v;
      std::vector<std::string_view> words = {prev.lower};
      if (lex_.MatchEventVerb(words, &v) > 0) return true;
    }
    return false;
  }

  // The state that the capital or seat of government at tokens [first, last]
  // stood for at the article's date (Lexicon::StateOf); nullptr if none.
  const std::string* StateOfPhrase(size_t first, size_t last) const {
    return lex_.StateOf(BasePhrase(first, last), DocumentYear());
  }
  // The bases of tokens [first, last] joined by spaces, as the lexicon
  // matches phrases.
  std::string BasePhrase(size_t first, size_t last) const {
    std::string phrase;
    for (size_t k = first; k <= last; ++k) {
      if (k > first) phrase += ' ';
      phrase.append(Base(k));
    }
    return phrase;
  }

  // The article's year, or 0 when its date is unknown.
  int DocumentYear() const {
    const std::string& d = doc_.date;
    if (d.size() < 4 || !std::all_of(d.begin(), d.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
      return 0;
    return std::stoi(d.substr(0, 4));
  }

  // An undated article that writes a known holder's office before the name
  // ("Chancellor Gordon Brown") is from the years of that term: the span
  // every such title agrees on, so that "the prime minister" is the one of
  // those years (Tony Blair, not Brown, who followed him). Nothing when
  // titles disagree or none is known.
  void InferYears(const Extraction& out) {
    if (DocumentYear() != 0) return;
    constexpr int kOpenEnd = 9999;
    int from = 0, to = kOpenEnd;
    bool found = false;
    for (const RoleSpan& r : roles_) {
      const Arg* a = ArgStartingAt(r.last + 1);
      if (!a || out.entities[a->entity].type != EntityType::kPerson) continue;
      // "Former foreign secretary Robin Cook" dates nothing.
      bool past = false;
      for (size_t k = r.first > 2 ? r.first - 2 : 0; k <= r.first; ++k) {
        std::string_view w = IsWord(k) ? tokens_[k].lower_view() : std::string_view();
        past = past || w == "former" || w.starts_with("ex-") || w == "ex" || w == "late";
      }
      if (past) continue;
      // ("President George Bush" dates nothing: two presidents' names.)
      if (lex_.SharedLeaderName(out.entities[a->entity].name)) continue;
      // The person's terms in that office, any year; one term only.
      const Lexicon::Leader* term = nullptr;
      bool several = false;
      for (const Lexicon::Leader* l : KnownTerms(out.entities[a->entity])) {
        if (!TitleNamesOffice(r.role, l->role)) continue;
        several = several || (term != nullptr && term != l);
        term = l;
      }
      if (!term || several) continue;
      // "the SNP's Holyrood leader Nicola Sturgeon": a title qualified by
      // another body than the office's is another office.
      if (const Arg* qualifier = r.first > 0 ? ArgEndingAt(r.first - 1) : nullptr;
          qualifier && out.entities[qualifier->entity].name != term->affiliation)
        continue;
      found = true;
      from = std::max(from, term->from);
      to = std::min(to, term->to == 0 ? kOpenEnd : term->to);
    }
    if (!found) {
      YearsOfBareTitles(out);
      return;
    }
    if (from >= to) return;
    inferred_years_ = {from, to};
  }

  // An undated article with no title before a holder's name: "the prime
  // minister" and "the chancellor" with Tony Blair and Gordon Brown named
  // are of the years when one of them held each office (Blair's, not
  // Brown's, who followed him and had no named chancellor). The years whose
  // terms give the most bare titles a named holder, two titles at least;
  // nothing on a tie.
  void YearsOfBareTitles(const Extraction& out) {
    std::vector<std::string> titles;
    for (const RoleSpan& r : roles_) {
      if (const Arg* a = ArgStartingAt(r.last + 1); a && out.entities[a->entity].type == EntityType::kPerson) continue;
      if (r.first == 0 || !TitleDeterminerAt(r.first - 1)) continue;
      if (std::find(titles.begin(), titles.end(), r.role) == titles.end()) titles.push_back(r.role);
    }
    if (titles.size() < 2) return;
    // Each named holder's terms in those offices, with the title each fills.
    // (Each title by another person: one person's two offices at once, as
    // a prime minister who leads a party, date nothing.)
    struct Term {
      int from, to;
      size_t title;
      size_t person;
    };
    std::vector<Term> terms;
    for (size_t e = 0; e < out.entities.size(); ++e) {
      for (const Lexicon::Leader* l : KnownTerms(out.entities[e])) {
        for (size_t t = 0; t < titles.size(); ++t)
          if (TitleNamesOffice(titles[t], l->role)) terms.push_back({l->from, l->to == 0 ? 9999 : l->to, t, e});
      }
    }
    int best = 0;
    bool tie = false;
    std::pair<int, int> best_years;
    for (const Term& base : terms) {
      // The years of this term the other titles' terms share.
      int from = base.from, to = base.to;
      std::vector<bool> filled(titles.size(), false);
      std::vector<size_t> people{base.person};
      filled[base.title] = true;
      for (const Term& other : terms) {
        if (filled[other.title] || other.from >= to || other.to <= from ||
            std::find(people.begin(), people.end(), other.person) != people.end())
          continue;
        filled[other.title] = true;
        people.push_back(other.person);
        from = std::max(from, other.from);
        to = std::min(to, other.to);
      }
      const int count = static_cast<int>(std::count(filled.begin(), filled.end(), true));
      if (count > best) {
        best = count;
        best_years = {from, to};
        tie = false;
      } else if (count == best && std::make_pair(from, to) != best_years) {
        tie = true;
      }
    }
    if (best >= 2 && !tie && best_years.first < best_years.second) inferred_years_ = best_years;
  }

  // Is `surname` that of an office holder the lexicon knows in the article's
  // year (a dated article only), whose state or body the article names and
  // whose title it gives before the surname alone ("President Reagan")?
  bool HolderOfNamedBody(std::string_view surname) const {
    if (DocumentYear() == 0) return false;
    const std::string lower = AsciiLower(surname);
    for (const Lexicon::Leader* leader : lex_.LeadersWithSurname(surname, DocumentYear())) {
      const bool body = std::any_of(names_.begin(), names_.end(), [&](const Name& other) {
        return other.source == NameSource::kLexicon && other.info.canonical == leader->affiliation;
      });
      const bool titled = std::any_of(names_.begin(), names_.end(), [&](const Name& other) {
        if (other.first != other.last || other.first == 0 || tokens_[other.first].lower_view() != lower) return false;
        const RoleSpan* title = RoleEndingAt(other.first - 1);
        return title && title->role == leader->role;
      });
      if (titled && body) return true;
    }
    return false;
  }

  // "Reagan said" in a dated article that names the United States: a
  // surname alone of the one office holder the lexicon knows by it in that
  // year, whose state or organisation the article names, is that person
  // (as "President Reagan" is). Undated articles keep the surname: any
  // year's holder could be meant.
  void NameKnownHolders(Extraction& out) const {
    // An undated article whose titles date it (InferYears): a full name is
    // the one holder of those years it names ("President George Bush" with
    // "Prime Minister Tony Blair" is George W. Bush).
    if (DocumentYear() == 0 && inferred_years_) {
      for (Entity& e : out.entities) {
        if (e.type != EntityType::kPerson || e.generic || e.name.find(' ') == std::string::npos) continue;
        const std::vector<const Lexicon::Leader*> known =
            lex_.LeadersNamedBetween(e.name, inferred_years_->first, inferred_years_->second);
        if (!known.empty()) e.name = known.front()->name;
      }
    }
    if (DocumentYear() == 0) return;
    for (Entity& e : out.entities) {
      if (e.type != EntityType::kPerson || e.generic || e.name.find(' ') != std::string::npos) continue;
      const Lexicon::Leader* known = KnownHolder(e);
      if (known && EntityNamed(known->affiliation, out) >= 0) e.name = known->name;
    }
  }

  // Does a word before a title make it refer to an office's holder: "the
  // chancellor", "his chancellor", "her foreign minister"?
  bool TitleDeterminerAt(size_t i) const {
    if (!IsWord(i)) return false;
    const std::string_view w = tokens_[i].lower_view();
    return w == "the" || w == "his" || w == "her";
  }

  // Does a title name an office? Itself, or the office it begins ("the
  // chancellor" is the chancellor of the exchequer).
  static bool TitleNamesOffice(const std::string& title, const std::string& office) {
    return office == title || office.starts_with(absl::StrCat(title, " of "));
  }

  // Could the term have been served in the years InferYears found? (Only
  // years strictly inside: a term ending as another begins is not shared.)
  bool InInferredYears(const Lexicon::Leader& term) const {
    if (!inferred_years_) return true;
    const int to = term.to == 0 ? 9999 : term.to;
    return term.from < inferred_years_->second && to > inferred_years_->first;
  }

  // "the African nation", "23 European and Arab countries": a continent's
  // adjective before a word for countries classifies them; it names no actor.
  bool ModifiesCountryNoun(size_t adjective) const {
    if (!tokens_[adjective].lower.ends_with("an")) return false;
    size_t k = adjective + 1;
    if (IsWord(k) && tokens_[k].lower_view() == "and" && IsWord(k + 1) && tokens_[k + 1].capitalized) k += 2;
    if (!IsWord(k)) return false;
    return InClass(WordClass::kCountryNoun, AsciiLower(Base(k)));  // also "the African nation's"
  }

  // The parts of a hyphenated word ("Iran", "Iraq" of "Iran-Iraq").
  static std::vector<std::string_view> HyphenParts(std::string_view text) {
    std::vector<std::string_view> parts;
    for (size_t from = 0;;) {
      const size_t hyphen = text.find('-', from);
      parts.push_back(text.substr(from, hyphen == std::string_view::npos ? std::string_view::npos : hyphen - from));
      if (hyphen == std::string_view::npos) return parts;
      from = hyphen + 1;
    }
  }

  // Is the word at `i` a hyphenated pair of states ("Franco-German",
  // "Iran-Iraq", "U.S.-Japanese", "Sino-Soviet"): every part a country, its
  // demonym or alias, or a combining form before the last, and no longer
  // name going on after it?
  bool StatePair(size_t i) const {
    const std::string_view text = tokens_[i].text;
    if (!tokens_[i].capitalized || text.find('-') == std::string_view::npos) return false;
    // (Inside a longer name it is that name's: "Tanzania-Zambia Railway
    // Authority".)
    if (IsCapitalizedName(i + 1) && !tokens_[i + 1].all_caps && SameSentence(i, i + 1)) return false;
    const std::vector<std::string_view> parts = HyphenParts(text);
    if (parts.size() < 2 || parts.size() > 3) return false;
    for (size_t p = 0; p < parts.size(); ++p) {
      if (parts[p].empty() || !absl::ascii_isupper(static_cast<unsigned char>(parts[p][0]))) return false;
      if (p + 1 < parts.size() && InClass(WordClass::kCombiningForm, AsciiLower(parts[p]))) continue;
      PhraseInfo info;
      const std::string_view one[1] = {parts[p]};
      if (lex_.MatchPhrase(one, &info) != 1 || (info.kind != PhraseKind::kCountry && info.kind != PhraseKind::kDemonym))
        return false;
    }
    return true;
  }

  // --- names ---
  void FindNames() {
    size_t i = 0;
    while (i < tokens_.size()) {
      if (!IsWord(i) || boilerplate_[i]) {
        ++i;
        continue;
      }
      // "a Franco-German meeting", "the Iran-Iraq war": no name of its own.
      if (StatePair(i)) {
        ++i;
        continue;
      }
      // "the People's Party": a name holding a possessive.
      {
        size_t start = i;
        while (IsWord(start) && lex_.IsNonName(Base(start)) && IsCapitalizedName(start + 1) && SameSentence(start, start + 1))
          ++start;
        if (const size_t end = PossessiveNameEnd(start); end != SIZE_MAX) {
          AddRun(start, end, false);
          names_.back().type = EntityType::kOrganization;
          i = end + 1;
          continue;
        }
      }
      PhraseInfo info;
      int n = MatchLexicon(i, tokens_.size(), &info);
      // "chief economist", "Chief Cabinet Secretary": a one-word title of
      // `qualifying_title` before another title only qualifies it (as a
      // word the lexicon does not know).
      if (n == 1 && info.kind == PhraseKind::kRole && InClass(WordClass::kQualifyingTitle, tokens_[i].lower) &&
          QualifiesTitleAfter(i))
        n = 0;
      // "South Wales", "North Devon": a point of the compass before a town,
      // county or state names one place, not "South" and Wales.
      if ((n == 0 || (n == 1 && info.kind == PhraseKind::kPlace && lex_.IsRegion(info.canonical))) &&
          tokens_[i].capitalized && !tokens_[i].all_caps && IsCompassPoint(tokens_[i].text) &&
          IsCapitalizedName(i + 1) && SameSentence(i, i + 1) && !tokens_[i + 1].all_caps) {
        PhraseInfo place;
        const int m = MatchLexicon(i + 1, tokens_.size(), &place);
        // ("West Hartford", "West Ham": before a name no list knows, the
        // point is the first word of that name.)
        if (m == 0 && !lex_.IsNonName(Base(i + 1)) && !Possessive(i)) {
          i = ReadRun(i);
          continue;
        }
        // ("North China": a state's part.)
        const bool part_of_state = (place.kind == PhraseKind::kPlace && lex_.CountryOfPlace(place.canonical) != nullptr) ||
                                   place.kind == PhraseKind::kCountry;
        if (m > 0 && part_of_state && !lex_.IsRegion(place.canonical) && !lex_.IsWater(place.canonical) &&
            !IsCapitalizedName(i + 1 + static_cast<size_t>(m))) {
          AddRun(i, i + static_cast<size_t>(m), false);
          names_.back().type = EntityType::kLocation;
          i += static_cast<size_t>(m) + 1;
          continue;
        }
      }
      // "N.J. Nicholas", "H.K. Porter": a place's dotted abbreviation right
      // before a name word (no title) is a person's initials.
      if (n == 1 && info.kind == PhraseKind::kPlace && tokens_[i].text.size() == 4 && tokens_[i].text[1] == '.' &&
          tokens_[i].text[3] == '.' && IsCapitalizedName(i + 1) && SameSentence(i, i + 1) && !tokens_[i + 1].all_caps &&
          !lex_.IsHonorific(tokens_[i + 1].text)) {
        PhraseInfo next;
        if (MatchLexicon(i + 1, tokens_.size(), &next) == 0) {
          i = ReadRun(i);
          continue;
        }
      }
      if (n > 0) {
        size_t last = i + n - 1;
        bool capitalized = tokens_[i].capitalized;
        switch (info.kind) {
          case PhraseKind::kRole:
            // "MP Oona King", "Carole Bishop": a capitalised one-word title
            // right after a given name, or a name a title or honorific
            // introduces, is a surname.
            if (n == 1 && tokens_[i].capitalized && !tokens_[i].all_caps && !names_.empty() &&
                names_.back().source == NameSource::kRun && names_.back().last + 1 == i &&
                (lex_.IsGivenName(FirstPart(names_.back().last)) || names_.back().person_context ||
                 (!roles_.empty() && roles_.back().last + 1 == names_.back().first)) &&
                !Possessive(i - 1) && SameSentence(i - 1, i) && !IsCapitalizedName(i + 1)) {
              Name& name = names_.back();
              name.last = i;
              name.span.end = base_ends_[i];
              name.type = EntityType::kPerson;
              break;
            }
            roles_.push_back({i, last, info.canonical});
            break;
          case PhraseKind::kEventNoun:
            // "the Budget", "his Budget": an event only with a capital inside a
            // sentence, standing alone (not "the budget", nor a headline's
            // "BUDGET", nor "Budget Committee").
            if (CapitalisedEventNoun(info)) {
              if (capitalized && !tokens_[i].all_caps && IsCapitalizedName(last + 1)) {
                i = ReadRun(i);
                continue;
              }
              if (tokens_[i].all_caps || SentenceStart(i)) break;
              // In lower case only as a noun phrase's head: "backed a new
              // compromise budget", "passage of the budget by parliament";
              // not "the budget deficit", "budget cuts".
              if (!capitalized) {
                const size_t next = last + 1;
                const bool head_ends = !IsWord(next) || !SameSentence(last, next) || tokens_[next].capitalized ||
                                       Prepositions().contains(tokens_[next].lower) || IsAuxiliary(tokens_[next].lower) ||
                                       tokens_[next].lower_view() == "that" || tokens_[next].lower_view() == "which" ||
                                       tokens_[next].lower_view().ends_with("ed");  // "the budget proposed by"
                if (!head_ends || !NounPhraseHead(i)) break;
              }
            }
            // "a software program", "a television programme": no event.
            if (i > 0 && IsWord(i - 1) && SameSentence(i - 1, i) && InClass(WordClass::kNonEventModifier, tokens_[i - 1].lower))
              break;
            // "Bill Cash", "Bill Clinton": a given name that is also an event
            // noun, before a name word, starts a person's name.
            if (n == 1 && capitalized && !tokens_[i].all_caps && lex_.IsGivenName(tokens_[i].text) &&
                IsCapitalizedName(i + 1) && SameSentence(i, i + 1) && !tokens_[i + 1].all_caps) {
              PhraseInfo next_info;
              if (MatchLexicon(i + 1, tokens_.size(), &next_info) == 0) {
                i = ReadRun(i);
                continue;
              }
            }
            // "Iran's War Information Headquarters": a capitalised event noun
            // inside a sentence, before more name words, starts a name.
            if (tokens_[last].capitalized && !SentenceStart(i) && !tokens_[i].all_caps && !Possessive(last) &&
                IsCapitalizedName(last + 1) && SameSentence(i, last + 1) && !InTicker(i)) {
              size_t end = last + 1;
              while (IsCapitalizedName(end) && SameSentence(i, end) && !Possessive(end - 1)) ++end;
              // An organisation's or a place's head word, or words that name
              // organisations or places in tagged news.
              const std::optional<EntityType> head = lex_.HeadWordType(Base(end - 1));
              std::vector<std::string_view> words;
              for (size_t t = i; t < end; ++t) words.push_back(Base(t));
              const NameClass by_words = lex_.ClassifyNameWords(words);
              if (head == EntityType::kOrganization || head == EntityType::kLocation ||
                  by_words == NameClass::kOrganization || by_words == NameClass::kLocation) {
                AddRun(i, end - 1, false);
                // (Not the event its first word names.)
                names_.back().type = head == EntityType::kOrganization || head == EntityType::kLocation ? *head
                                     : by_words == NameClass::kOrganization                           ? EntityType::kOrganization
                                                                                                     : EntityType::kLocation;
                i = end;
                continue;
              }
            }
            // "Iran plans to lift the embargo": a plan to act is the act to
            // come (future), no event of its own; "his plans to introduce ID
            // cards", "defended government plans to ..." name a policy.
            // "announced plans to limit casinos": after a verb that carries
            // out an event, a plan whose act is no event verb is a policy
            // ("announced plans to visit China" is the visit to come).
            if (n == 1 && !tokens_[i].capitalized && InClass(WordClass::kFutureMarker, tokens_[i].lower) &&
                IsWord(i + 1) && tokens_[i + 1].lower_view() == "to" && IsWord(i + 2) && !tokens_[i + 2].capitalized &&
                SameSentence(i, i + 2) && !(lex_.IsPolicyNoun(tokens_[i].lower) && NounPhraseHead(i)) &&
                !(lex_.IsPolicyNoun(tokens_[i].lower) && AfterEnactingVerb(i) && !EventVerbAt(i + 2, 4)))
              break;
            // "merger talks", "a land reform programme": an event noun with
            // no code of its own before another (lower case) modifies it; the
            // head names the event. (One with a code is the act: "an aid
            // package", "bombing raids", "the summit meeting".)
            if (info.code.empty() && IsWord(last + 1) && SameSentence(last, last + 1) && !tokens_[last + 1].capitalized) {
              PhraseInfo head_info;
              if (MatchLexicon(last + 1, tokens_.size(), &head_info) > 0 && head_info.kind == PhraseKind::kEventNoun) break;
            }
            events_.push_back({i, last, info.canonical, info.code});
            NamePlaceEvent(events_.back());
            break;
          default: {
            // Lexicon names must be capitalised in mixed-case text ("us" is no
            // country); "the Gulf" is read from "Gulf", so the lower-case
            // word alone is passed over.
            if (!capitalized) {
              last = i;
              break;
            }
            // "the Commons foreign affairs committee", "the OPEC price
            // differentials committee": a body's committee named in lower
            // case ("a Commons select committee" names none).
            const size_t article = i > 0 ? WordBefore(i) : tokens_.size();
            const bool indefinite = article < tokens_.size() && IsWord(article) &&
                                    (tokens_[article].lower_view() == "a" || tokens_[article].lower_view() == "an");
            if (info.kind == PhraseKind::kOrganization && !Possessive(last) && !indefinite) {
              size_t end = last + 1;
              while (end <= last + 4 && IsWord(end) && !tokens_[end].capitalized && SameSentence(i, end) &&
                     !Prepositions().contains(tokens_[end].lower) && !Determiners().contains(tokens_[end].lower) &&
                     !IsAuxiliary(tokens_[end].lower) && !IsVerbish(end) && !tokens_[end].lower_view().ends_with("ed") &&
                     tokens_[end].lower_view() != "committee")
                ++end;
              // ("and" only inside: "intelligence and security committee".)
              if (end > last + 1 && IsWord(end) && tokens_[end].lower_view() == "committee" && SameSentence(i, end) &&
                  tokens_[last + 1].lower_view() != "and" && tokens_[end - 1].lower_view() != "and") {
                AddRun(i, end, false);
                names_.back().type = EntityType::kOrganization;
                last = end;
                break;
              }
            }
            // "BBC Wales", "BBC Radio Scotland": a news medium's service for a
            // place is a body of its own.
            // (A national outlet's, not a wire's: "told Reuters Taiwan and
            // the U.S. had held talks".)
            const std::string* medium_home = info.kind == PhraseKind::kOrganization ? lex_.HomeOfMedium(info.canonical) : nullptr;
            if (medium_home != nullptr && !medium_home->empty() && !Possessive(last) &&
                IsCapitalizedName(last + 1) && SameSentence(i, last + 1)) {
              PhraseInfo served;
              const int m = MatchLexicon(last + 1, tokens_.size(), &served);
              if (m > 0 && (served.kind == PhraseKind::kCountry || served.kind == PhraseKind::kPlace) &&
                  !IsCapitalizedName(last + 1 + m)) {
                AddRun(i, last + m, false);
                names_.back().type = EntityType::kOrganization;
                last = last + m;
                break;
              }
            }
            // "Tehran Radio", "Moscow State University": a place name heading an
            // organisation's name; not an owner ("London's High Court",
            // "Iraq's Defence Ministry" name the place and the body).
            size_t end = last + 1;
            PhraseInfo next_info;
            while (!Possessive(last) && IsCapitalizedName(end) && SameSentence(i, end) &&
                   (MatchLexicon(end, tokens_.size(), &next_info) == 0 || InnerNameWord(end))) {
              ++end;
            }
            // So does an organisation's: "Metropolitan Police Authority".
            // ("the U.S. Administration", "the British Government" are the
            // state: the government word stays apart.)
            const bool state_government = end == last + 2 && info.kind != PhraseKind::kOrganization &&
                                          InClass(WordClass::kLeaderGovernmentNoun, AsciiLower(Base(end - 1)));
            // A city or region heading a place's name too: "Edinburgh
            // Airport", "Arctic National Wildlife Refuge".
            // (A company suffix heads a company named after a state or a
            // people: "American Express Co"; a known body keeps its name.)
            const bool company = end > last + 1 && info.kind != PhraseKind::kOrganization &&
                                 InClass(WordClass::kCompanySuffix, Base(end - 1));
            const std::optional<EntityType> run_head =
                end <= last + 1 ? std::nullopt
                : company       ? std::optional(EntityType::kOrganization)
                                : lex_.HeadWordType(Base(end - 1));
            // (Not in a headline in capitals: "CHILE PRESSES LIMA ON BORDER".)
            const bool place_of_place = run_head == EntityType::kLocation && !tokens_[i].all_caps &&
                                        (info.kind == PhraseKind::kCapital || info.kind == PhraseKind::kPlace);
            // "China Daily", "Toronto Star", "Philadelphia Electric": a place
            // before words tagged news has in organisations' names.
            bool organisation_words = false;
            // (Not a sea or a point of the compass: "Pacific Northwest", "West
            // Indies"; a continent may: "Asia Advisory Service".)
            const bool compass = IsCompassPoint(info.canonical);
            if (!run_head && end > last + 1 && !tokens_[i].all_caps && !state_government &&
                (info.kind == PhraseKind::kCapital || info.kind == PhraseKind::kCountry ||
                 (info.kind == PhraseKind::kPlace && !compass && !lex_.IsWater(info.canonical)))) {
              std::vector<std::string_view> words;
              for (size_t t = last + 1; t < end; ++t) words.push_back(Base(t));
              organisation_words = lex_.ClassifyNameWords(words) == NameClass::kOrganization;
            }
            if ((info.kind == PhraseKind::kCapital || info.kind == PhraseKind::kCountry ||
                 info.kind == PhraseKind::kDemonym || info.kind == PhraseKind::kOrganization ||
                 info.kind == PhraseKind::kPlace) &&
                end > last + 1 && !state_government &&
                (run_head == EntityType::kOrganization || place_of_place || organisation_words)) {
              // "the U.S. Chamber of Commerce", "the U.S. League of Savings
              // Institutions": with the head word's "of" phrase.
              if (IsWord(end) && tokens_[end].lower_view() == "of" && !Possessive(end - 1) &&
                  IsCapitalizedName(end + 1) && SameSentence(i, end + 1)) {
                size_t of_end = end + 1;
                // (Up to a title: "the U.S. Department of Agriculture Deputy
                // Administrator William Bailey".)
                // (Nor a person's name: "... Administrator William Bailey".)
                auto person_at = [&](size_t k) {
                  return lex_.IsGivenName(tokens_[k].text) && IsCapitalizedName(k + 1) && SameSentence(k, k + 1);
                };
                auto title_at = [&](size_t k) {
                  PhraseInfo at;
                  return MatchLexicon(k, tokens_.size(), &at) > 0 && at.kind == PhraseKind::kRole;
                };
                while (of_end < end + 4 && !Possessive(of_end) && IsCapitalizedName(of_end + 1) &&
                       SameSentence(i, of_end + 1) && !title_at(of_end + 1) && !person_at(of_end + 1))
                  ++of_end;
                // (Nor a title's first word: "... of Agriculture Deputy
                // Administrator"; nor an adjective of a lower-case noun: "the
                // Paris Club of Western creditor governments".)
                while (of_end > end + 1 && InClass(WordClass::kTitlePrefix, tokens_[of_end].lower)) --of_end;
                PhraseInfo last_word;
                const bool adjective = IsWord(of_end + 1) && !tokens_[of_end + 1].capitalized &&
                                       ((MatchLexicon(of_end, of_end + 1, &last_word) == 1 &&
                                         last_word.kind == PhraseKind::kDemonym) ||
                                        InClass(WordClass::kCompassAdjective, tokens_[of_end].lower));
                if (!title_at(end + 1) && !person_at(end + 1) && !adjective) end = of_end + 1;
              }
              AddRun(i, end - 1, false);
              if (organisation_words && !names_.back().type) names_.back().type = EntityType::kOrganization;
              last = end - 1;
              break;
            }
            if (info.kind == PhraseKind::kPlace && ModifiesCountryNoun(last)) break;
            AddLexiconName(i, last, info);
            break;
          }
        }
        i = last + 1;
        continue;
      }
      // "a voice vote in the House" of a story on the U.S. Congress: the
      // House of Representatives.
      // So is "House" before a title there: "House Speaker Jim Wright".
      PhraseInfo title_after;
      const bool house_title = tokens_[i].text == "House" && IsCapitalizedName(i + 1) && SameSentence(i, i + 1) &&
                               MatchLexicon(i + 1, tokens_.size(), &title_after) > 0 &&
                               title_after.kind == PhraseKind::kRole;
      if (tokens_[i].text == "House" &&
          (house_title || (i > 0 && IsWord(i - 1) && tokens_[i - 1].lower_view() == "the" && !IsCapitalizedName(i + 1))) &&
          !(IsWord(i + 1) && tokens_[i + 1].lower_view() == "of") && UsCongressStory()) {
        AddLexiconName(i, i, PhraseInfo{PhraseKind::kOrganization, "House of Representatives", ""});
        ++i;
        continue;
      }
      if (IsCapitalizedName(i) && !InTicker(i)) {
        i = ReadRun(i);
        continue;
      }
      ++i;
    }
  }

  // Does the article write about the U.S. Congress (its Senate or
  // Congress, and no House of Commons or Lords)? Computed once.
  bool UsCongressStory() const {
    if (!us_congress_story_) {
      const std::string_view text = doc_.text;
      us_congress_story_ = (text.find("Congress") != std::string_view::npos || text.find("Senate") != std::string_view::npos) &&
                           text.find("Commons") == std::string_view::npos && text.find("Lords") == std::string_view::npos;
    }
    return *us_congress_story_;
  }

  // Does a verb that carries out the event its object names (ENACT:
  // "announced", "set out") end right before `i`?
  bool AfterEnactingVerb(size_t i) const {
    for (size_t width = 1; width <= 2 && width <= i; ++width) {
      const size_t from = i - width;
      if (!SameSentence(from, i)) break;
      std::vector<std::string_view> words;
      for (size_t k = from; k < i; ++k) {
        if (!IsWord(k)) return false;
        words.push_back(tokens_[k].lower);
      }
      VerbInfo verb;
      if (lex_.MatchEventVerb(words, &verb) == static_cast<int>(width) && verb.code == kEnactCode) return true;
    }
    return false;
  }

  // Does the word at `i` head a noun phrase (rather than act as a verb)?
  // After a determiner or an owner ("his plans", "Iraq's plans"), or
  // modifiers after a verb or preposition ("defended government plans",
  // "against new plans"); not "the army plans to", whose subject the
  // modifier may be, nor right after a verb ("announced plans to" is the
  // act to come).
  bool NounPhraseHead(size_t i) const {
    if (i == 0 || !IsWord(i - 1) || !SameSentence(i - 1, i)) return false;
    // ("conceded that plans to detain suspects were": a clause's subject.)
    if (tokens_[i - 1].lower_view() == "that") return false;
    if (Determiners().contains(tokens_[i - 1].lower) || Possessive(i - 1)) return true;
    auto governs = [&](size_t k) {
      return IsWord(k) && !tokens_[k].capitalized && tokens_[k].lower_view() != "that" &&
             (Prepositions().contains(tokens_[k].lower) || (IsVerbish(k) && !IsAuxiliary(tokens_[k].lower)));
    };
    // Up to three lower-case modifiers: "back controversial government plans".
    size_t k = i;
    while (k > 0 && i - k < 3 && IsWord(k - 1) && SameSentence(k - 1, i) && !tokens_[k - 1].capitalized &&
           !IsVerbish(k - 1) && !Determiners().contains(tokens_[k - 1].lower) &&
           !Prepositions().contains(tokens_[k - 1].lower))
      --k;
    if (k < i && k >= 1 && SameSentence(k - 1, i) && (Determiners().contains(tokens_[k - 1].lower) || Possessive(k - 1)))
      return true;  // "Labour's six new pledges", "the new plans"
    return k < i && k >= 1 && SameSentence(k - 1, i) && governs(k - 1);
  }

  // "the Geneva talks", "a London conference": a place right before a
  // meeting noun names the event; it is then no mention of the place.
  // So does a place before an agreement: "the Kyoto protocol", "the Oslo accords".
  void NamePlaceEvent(const EventNoun& ev) {
    if ((ev.code != "04" && ev.code != "05" && !ev.code.empty()) || names_.empty()) return;
    Name& place = names_.back();
    if (place.last + 1 != ev.first || place.type != EntityType::kLocation) return;
    if (Possessive(place.last)) return;  // "Geneva's talks"
    if (place.source == NameSource::kLexicon && place.info.kind != PhraseKind::kCapital &&
        place.info.kind != PhraseKind::kPlace)
      return;  // a country: "Soviet-U.S. talks" are the countries' talks
    std::string where = place.source == NameSource::kLexicon
                            ? place.info.canonical
                            : CollapseSpaces(doc_.text.substr(place.span.begin, place.span.size()));
    place.source = NameSource::kLexicon;
    place.info = {PhraseKind::kEventNoun, absl::StrCat(where, " ", ev.noun), ev.code};
    place.type = EntityType::kEvent;
    place.last = ev.last;
    place.span = {tokens_[place.first].span.begin, tokens_[ev.last].span.end};
  }

  // Does a title start one to three words after token `i`, with only
  // words between ("chief economist", "chief market analyst", "Chief
  // Operating Officer")?
  bool QualifiesTitleAfter(size_t i) const {
    for (size_t k = i + 1; k <= i + 3 && IsWord(k) && SameSentence(i, k); ++k) {
      if (Prepositions().contains(tokens_[k].lower) || tokens_[k].lower_view() == "and") return false;
      PhraseInfo at;
      if (MatchLexicon(k, tokens_.size(), &at) > 0) return at.kind == PhraseKind::kRole;
    }
    return false;
  }

  // Is the title matched at `k` (`info`) a qualifying title before more
  // name words, and so a word of a body's name ("Association of Chief
  // Police Officers")?
  bool TitleWordInName(size_t k, const PhraseInfo& info) const {
    return info.kind == PhraseKind::kRole && InClass(WordClass::kQualifyingTitle, tokens_[k].lower) &&
           IsCapitalizedName(k + 1);
  }

  void AddLexiconName(size_t first, size_t last, const PhraseInfo& info) {
    Name name;
    name.first = first;
    name.last = last;
    name.span = {tokens_[first].span.begin, base_ends_[last]};
    name.source = NameSource::kLexicon;
    name.info = info;
    bool seat = info.kind == PhraseKind::kMetonym ||
                (info.kind == PhraseKind::kCapital && CapitalActsAsCountry(first, last));
    // The city under its main name: "Washington DC" is Washington.
    auto city = [&] {
      std::string canonical = !info.code.empty() ? info.code
                                                 : std::string(doc_.text.substr(name.span.begin, name.span.size()));
      if (info.code.empty() && tokens_[first].all_caps) canonical = TitleCase(canonical);
      return canonical;
    };
    if (seat) {
      name.info.kind = PhraseKind::kMetonym;  // the state, named by its seat
      if (const std::string* state = StateOfPhrase(first, last)) name.info.canonical = *state;
      if (info.kind == PhraseKind::kCapital && first > 0 && IsWord(first - 1) && !tokens_[first - 1].capitalized &&
          VisitingVerb(first - 1))
        name.visited_city = city();
    } else if (info.kind == PhraseKind::kCapital) {
      name.info.canonical = city();
    } else if (info.kind == PhraseKind::kDemonym) {
      // "German" in 1987 is West German.
      if (const std::string* state = StateOfPhrase(first, last)) name.info.canonical = *state;
    }
    name.type = info.kind == PhraseKind::kOrganization ? EntityType::kOrganization
                                                       : EntityType::kLocation;
    names_.push_back(std::move(name));
  }

  // Is `a`, the place visited, a continent or a region of several states
  // ("a tour of Africa", "flew to the Gulf"), which hosts no one?
  bool VisitsRegion(const Arg& a, const Extraction& out) const {
    const Entity& e = out.entities[a.entity];
    return e.type == EntityType::kLocation && lex_.IsRegion(e.name);
  }

  // Is the possessive ending at `owner` the owner of a clause's subject that
  // a form of "be" then judges by the word at `word` ("Labour's tactics were
  // dishonest", "the prime minister's view that ... was flawed")? Only
  // lower-case words stand between: no other actor, no verb but "be".
  bool OwnActJudged(size_t owner, size_t word) const {
    if (word <= owner + 2 || word > owner + 14) return false;
    bool copula = false;
    for (size_t k = owner + 1; k < word; ++k) {
      if (tokens_[k].kind == TokenKind::kOpenQuote && k + 1 == word) continue;
      if (!IsWord(k) || tokens_[k].capitalized || ArgStartingAt(k)) return false;
      std::string_view w = tokens_[k].lower;
      if (w == "is" || w == "was" || w == "are" || w == "were" || w == "been" || w == "be") {
        copula = true;
      } else if (!IsAuxiliary(w) && IsVerbish(k) && k != owner + 1 && !NounPhraseHead(k)) {
        return false;  // another verb: "Labour's tactics would damage ..." judges what follows
      }
    }
    return copula;
  }

  // Is the portfolio word at `i` a field naming the common noun after it
  // ("Tory finance spokesman", "VW finance director", "G-7 finance
  // ministers") rather than a verb? After "to", an auxiliary, an adverb or a
  // verb it is a verb ("to finance development", "helped finance schools"),
  // except before a title or a word for officials ("met finance ministers").
  bool FieldBeforeNoun(size_t i, size_t first) const {
    const size_t noun = i + 1;
    if (!InClass(WordClass::kPortfolioWord, tokens_[i].lower) || !IsWord(noun) || tokens_[noun].capitalized ||
        !CommonNounAt(noun) || IsPersonalPronoun(tokens_[noun].lower) || IsObjectPronoun(tokens_[noun].lower))
      return false;
    if (RoleStartingAt(noun) || lex_.GroupNounType(tokens_[noun].lower) ||
        InClass(WordClass::kRepresentativeNoun, tokens_[noun].lower))
      return true;
    if (i == first || !IsWord(i - 1)) return true;
    const std::string_view before = tokens_[i - 1].lower;
    const bool verbal = before == "to" || IsAuxiliary(before) || IsAdverb(before) ||
                        (IsVerbish(i - 1) && !tokens_[i - 1].capitalized);
    return !verbal;
  }

  // Is the word at `k` a one-word visiting verb ("visited", "toured")?
  bool VisitingVerb(size_t k) const {
    VerbInfo v;
    const std::string_view words[] = {tokens_[k].lower};
    return lex_.MatchEventVerb(words, &v) > 0 && InClass(WordClass::kVisitingVerb, v.lemma);
  }

  // "Mr Azpurua visited Tokyo ... Japanese officials": a capital visited is
  // the city when the article names its state otherwise (the visit is
  // related to the state, see FindRelations); alone, it stands for the state.
  void KeepVisitedCities() {
    for (Name& n : names_) {
      if (n.visited_city.empty()) continue;
      const bool state_named = std::any_of(names_.begin(), names_.end(), [&](const Name& other) {
        return &other != &n && other.source == NameSource::kLexicon && other.visited_city.empty() &&
               other.info.canonical == n.info.canonical;
      });
      if (!state_named) continue;
      n.info.kind = PhraseKind::kCapital;
      n.info.canonical = n.visited_city;
    }
  }

  // A stock ticker in brackets ("<CAWL.L>", "[ELUX.ST]") names no entity.
  bool InTicker(size_t i) const {
    uint32_t b = tokens_[i].span.begin;
    if (b == 0 || (doc_.text[b - 1] != '<' && doc_.text[b - 1] != '[')) return false;
    const char close = doc_.text[b - 1] == '<' ? '>' : ']';
    for (size_t c = b; c < doc_.text.size() && c < b + 16; ++c) {
      if (doc_.text[c] == close) return true;
      if (absl::ascii_isspace(static_cast<unsigned char>(doc_.text[c]))) return false;
    }
    return false;
  }

  // Is the token at `i` a capitalised -ing form opening its sentence
  // ("Addressing claims ...", "Praising Celtic ..."), no given name?
  bool FrontedParticipleAt(size_t i) const {
    return SentenceStart(i) && !tokens_[i].all_caps && tokens_[i].lower.size() > 5 &&
           tokens_[i].lower.ends_with("ing") && !lex_.IsGivenName(tokens_[i].text);
  }

  // Reads a run of capitalised words starting at `i`; returns the next index.
  size_t ReadRun(size_t i) {
    size_t first = i;
    bool honorific = false;
    // Leading words that are never names ("But Mr Straw", "The Kremlin"),
    // nor a former title ("Ex-PM Lord Callaghan").
    auto former_title = [&](size_t t) {
      std::string_view w = tokens_[t].lower;
      return w.size() > 3 && w.starts_with("ex-") && tokens_[t].text.size() > 3 && tokens_[t].text[3] >= 'A' &&
             tokens_[t].text[3] <= 'Z';
    };
    while (IsWord(first) && (lex_.IsNonName(Base(first)) || former_title(first)) && IsCapitalizedName(first + 1) &&
           SameSentence(first, first + 1)) {
      ++first;
    }
    if (first != i) {
      PhraseInfo info;
      if (MatchLexicon(first, tokens_.size(), &info) > 0) return first;  // FindNames takes it from here
    }
    if (StatePair(first)) return first + 1;  // "A Franco-German meeting"
    // "Said the Pew report:", "Said Future Computing analyst Joe Cross:": a
    // sentence opening with "Said" before a colon is the speech verb of an
    // inversion, no name.
    if (tokens_[first].text == "Said" && SentenceStart(first)) {
      for (size_t k = first + 1; k < first + 12 && k < tokens_.size() && SameSentence(first, k); ++k) {
        if (tokens_[k].text == ":") return first + 1;
        if (tokens_[k].kind == TokenKind::kOpenQuote) break;
      }
    }
    // "on Jan 12", "Jun/Aug": a month, no name. (So is what follows it in a
    // table's row: "Jun  60 over Sep".)
    if (MonthAbbreviations().contains(AsciiLower(Base(first)))) {
      const uint32_t end = tokens_[first].span.end;
      const bool slash = end < doc_.text.size() && doc_.text[end] == '/';
      const bool day = NumberAt(first + 1);
      const bool after_month = first > 0 && tokens_[first - 1].text == "/";
      if (slash || day || after_month) return first + 1;
    }
    // "Inc", "Co Inc": a company's suffix alone (its name wrapped off, or a
    // table's label) names nothing.
    {
      size_t k = first;
      while (IsCapitalizedName(k) && SameSentence(first, k) && InClass(WordClass::kCompanySuffix, Base(k))) ++k;
      // (Not when a word joining more name follows: "Group of Five".)
      if (k > first && !IsCapitalizedName(k) && !(IsWord(k) && NameConnectors().contains(tokens_[k].lower)))
        return k;
    }
    // Leading honorifics ("Mr.", "Gen.") mark a person and are not part of the name.
    while (IsWord(first) && lex_.IsHonorific(tokens_[first].text) && IsCapitalizedName(first + 1) &&
           SameSentence(first, first + 1)) {
      honorific = true;
      ++first;
    }
    // In an ALL-CAPS headline ("REAGAN SAYS U.S. TO OFFER MISSILE TREATY")
    // capitals say nothing: a word the article also writes in lower case is
    // not part of a name.
    bool headline = IsHeadlineLine(first);
    auto common_word = [&](size_t t) {
      if (!headline || NameConnectors().contains(tokens_[t].lower)) return false;
      if (t == first && lex_.IsGivenName(FirstPart(t))) return false;
      return !CapitalizedElsewhere(AsciiLower(Base(t)));
    };
    if (common_word(first)) return first + 1;
    // The "Administration" of "the Reagan Administration" is no name of its own.
    if (first > 0 && (tokens_[first].text == "Administration" || tokens_[first].text == "Government") &&
        IsWord(first - 1) && tokens_[first - 1].capitalized &&
        !lex_.LeadersWithSurname(Base(first - 1), DocumentYear()).empty())
      return first + 1;
    // Nor is the "Government" of "the French Government", "the United
    // States Administration": the state's, read as in lower case.
    if (first > 0 && !names_.empty() && names_.back().last + 1 == first && names_.back().source == NameSource::kLexicon &&
        (names_.back().info.kind == PhraseKind::kCountry || names_.back().info.kind == PhraseKind::kDemonym) &&
        InClass(WordClass::kLeaderGovernmentNoun, tokens_[first].lower) && !IsCapitalizedName(first + 1) &&
        !tokens_[first].all_caps)
      return first + 1;
    size_t last = first;
    size_t k = first + 1;
    bool all_caps_run = tokens_[first].all_caps;
    bool body_named_for_place = false;
    while (k < tokens_.size() && SameSentence(first, k)) {
      if (common_word(k)) break;
      // A possessive ends a name, but for a plural's inside a body's name
      // ("Zorvan Growers' Association", "Workers' Union"; not "the
      // Philippines' Central Bank").
      if (Possessive(k - 1)) {
        PhraseInfo known;
        // (A plural's possessive ends with its apostrophe, a singular's with "s".)
        const bool plural_possessive = tokens_[k - 1].text.back() != 's' && tokens_[k - 1].text.back() != 'S';
        if (!(plural_possessive && IsCapitalizedName(k) && lex_.HeadWordType(Base(k)) == EntityType::kOrganization &&
              MatchLexicon(k - 1, k, &known) == 0))
          break;
      }
      // "Pay Nov 14": a month's abbreviation before a day ends the name.
      if (MonthAbbreviations().contains(AsciiLower(Base(k))) && NumberAt(k + 1)) break;
      // A name may wrap onto the next line of hard-wrapped text ("Javier Perez
      // de\nCuellar"), but never across a change between ALL CAPS and mixed case.
      if (tokens_[k].line_start && tokens_[k].all_caps != tokens_[last].all_caps) break;
      // "the Reagan Administration", "the Thatcher Government": a known
      // leader's surname before the word names the leader's government.
      // ("Senior Reagan Administration officials": the run ends before the
      // surname, which starts a name of its own.)
      if ((tokens_[k].text == "Administration" || tokens_[k].text == "Government") &&
          !lex_.LeadersWithSurname(Base(k - 1), DocumentYear()).empty()) {
        if (k - 1 > first) last = k - 2;
        break;
      }
      PhraseInfo info;
      // A short courtesy title or rank starts the next name: "Archbishop of
      // Canterbury Dr Rowan Williams", "Bank of Oslo Chairman Mr Lee".
      if (IsCapitalizedName(k) && lex_.IsHonorific(tokens_[k].text) && IsCapitalizedName(k + 1) &&
          SameSentence(k, k + 1) && (tokens_[k].text.back() == '.' || tokens_[k].text.size() <= 3) &&
          tokens_[k].text != "St")
        break;
      if (StatePair(k)) break;  // "Japanese Franco-German talks" ends at the pair
      if (IsCapitalizedName(k)) {
        int matched = MatchLexicon(k, tokens_.size(), &info);
        // ("Association of Chief Police Officers": a qualifying title after
        // "of" is a word of the name.)
        if (matched == 1 && TitleWordInName(k, info) && IsWord(k - 1) && tokens_[k - 1].lower_view() == "of") matched = 0;
        PhraseInfo after;
        bool name_follows = IsCapitalizedName(k + 1) && SameSentence(k, k + 1) &&
                            MatchLexicon(k + 1, tokens_.size(), &after) == 0;
        // ("Jack Law", "Anne Bill": a surname that is also a role or an
        // event noun, after a given name.)
        // ("John Houston", "Denzel Washington": or a city's name.)
        bool surname = matched == 1 &&
                       (info.kind == PhraseKind::kRole || info.kind == PhraseKind::kEventNoun ||
                        info.kind == PhraseKind::kCapital ||
                        (info.kind == PhraseKind::kPlace && lex_.IsCity(info.canonical))) &&
                       last == first && lex_.IsGivenName(FirstPart(first)) && !name_follows;
        // "the Prevention of Terrorism Bill": an event noun heading the name
        // ends it, inside it.
        const bool event_head = matched == 1 && info.kind == PhraseKind::kEventNoun && k > first &&
                                lex_.HeadWordType(Base(k)) == EntityType::kEvent && !name_follows;
        // "Christian Democratic party", "Social Democratic Party": words
        // before a party's name ending in "party" name another party; so
        // does a `party_qualifier` before a party's one-word name
        // ("Christian Democrats", "Social Democrat Andreotti"). Either is
        // called as the words before and the party's name ("Christian
        // Democratic Party").
        const bool party_words = matched > 1 && AsciiLower(Base(k + matched - 1)) == "party";
        const bool qualified_party = matched == 1 && last == first && k == first + 1 &&
                                     info.canonical.ends_with(" Party") &&
                                     InClass(WordClass::kPartyQualifier, tokens_[first].lower);
        if ((party_words || qualified_party) && info.kind == PhraseKind::kOrganization && !honorific &&
            !all_caps_run && k > first && !Possessive(k - 1)) {
          // ("Free Democrat Party": "party" after the qualified name ends
          // it; "Parliamentary Labour Party": the party's name as written
          // when its canonical name has no "Party".)
          size_t end = k + matched - 1;
          if (qualified_party && IsWord(end + 1) && tokens_[end + 1].lower_view() == "party" &&
              SameSentence(k, end + 1))
            ++end;
          std::vector<std::string> words;
          for (size_t t = first; t < k; ++t)
            if (IsWord(t)) words.emplace_back(tokens_[t].text);
          if (info.canonical.ends_with(" Party")) {
            words.push_back(info.canonical);
          } else {
            for (size_t t = k; t < end; ++t)
              if (IsWord(t)) words.emplace_back(tokens_[t].text);
            words.emplace_back("Party");
          }
          AddLexiconName(first, end, PhraseInfo{PhraseKind::kOrganization, absl::StrJoin(words, " "), ""});
          return end + 1;
        }
        // "Slough Conservative Association": a known organisation inside a
        // name that an organisation's head word ends names a body of its own;
        // so does a place ("First Boston Corp", "First Union Bank").
        const bool place_inside = info.kind == PhraseKind::kPlace || info.kind == PhraseKind::kCapital ||
                                  info.kind == PhraseKind::kCountry;
        if (matched > 0 && (info.kind == PhraseKind::kOrganization || place_inside) && !honorific && !all_caps_run) {
          size_t end = k + matched;
          while (IsCapitalizedName(end) && SameSentence(k, end) && !Possessive(end - 1) &&
                 (MatchLexicon(end, tokens_.size(), &after) == 0 || InnerNameWord(end)))
            ++end;
          if (end > k + static_cast<size_t>(matched) && !Possessive(k + matched - 1) &&
              lex_.HeadWordType(Base(end - 1)) == EntityType::kOrganization) {
            last = end - 1;
            break;
          }
        }
        // "Radio Wales", "Television Scotland": a broadcaster named by the
        // place it serves.
        if (matched > 0 && last == first && (info.kind == PhraseKind::kCountry || info.kind == PhraseKind::kPlace) &&
            lex_.IsMediaNoun(tokens_[first].lower) && !IsCapitalizedName(k + matched)) {
          last = k + matched - 1;
          break;
        }
        // ("Congressional Budget Office": a word that names an event only
        // standing alone, `capitalised_event_noun`, is a word of the name.)
        const bool name_word = matched == 1 && k > first && CapitalisedEventNoun(info);
        // "Alcohol Focus Scotland", "Cancer Research UK": two or more words
        // no list knows, then a country or region ending the run, name a
        // body working there. (Not a person's name, nor a point of the
        // compass: "North Wales"; nor a headline.)
        if (matched > 0 && PlaceEndsBodyName(first, k, matched, info) && !honorific && !all_caps_run) {
          last = k + matched - 1;
          body_named_for_place = true;
          break;
        }
        if (matched > 0 && !surname && !event_head && !name_word) break;
        // "League Against Cruel Sports": a capitalised preposition after an
        // organisation's head word, before more name words, is in its name.
        const bool name_preposition = !all_caps_run && Prepositions().contains(tokens_[k].lower) &&
                                      lex_.HeadWordType(Base(last)) == EntityType::kOrganization && name_follows;
        // ("Theresa May", "Brian May": a month after a given name, not before
        // a day, is a surname; so is another word of time, "Brian Weeks",
        // "Peter Friday".)
        // (Right after the given name: in "said Murray on Monday" the day
        // dates what was said.)
        const std::string time_word = AsciiLower(Base(k));
        const std::string_view singular =
            time_word.size() > 4 && time_word.ends_with("s") ? std::string_view(time_word).substr(0, time_word.size() - 1)
                                                             : std::string_view(time_word);
        const bool month_surname =
            last == first && lex_.IsGivenName(FirstPart(first)) && !tokens_[k].all_caps && !NumberAt(k + 1) &&
            (Months().contains(time_word) ||
             (k == first + 1 && (InClass(WordClass::kTimeWord, time_word) || InClass(WordClass::kTimeWord, singular))));
        // ("Council of Ministers": the officials a body's "of" phrase names
        // are words of its name.)
        // (Nor a head word in the plural inside an "of" phrase: "Association
        // of Police Authorities".)
        const bool members_of = k >= 2 && tokens_[k - 1].lower_view() == "of" &&
                                lex_.HeadWordType(Base(k - 2)) == EntityType::kOrganization &&
                                InClass(WordClass::kRepresentativeNoun, tokens_[k].lower);
        bool plural_head_of = false;
        if (std::string_view w = Base(k); k > first + 2 && w.size() > 4 && w.ends_with("s") && tokens_[k - 1].capitalized) {
          const std::string singular =
              w.ends_with("ies") ? std::string(w.substr(0, w.size() - 3)) + "y" : std::string(w.substr(0, w.size() - 1));
          for (size_t t = first + 1; t + 1 < k && !plural_head_of; ++t)
            plural_head_of = tokens_[t].lower_view() == "of" && lex_.HeadWordType(Base(t - 1)) == EntityType::kOrganization;
          plural_head_of = plural_head_of && lex_.HeadWordType(singular) == EntityType::kOrganization;
        }
        // ("Charles A Blixt", "Paul A Volcker": a middle initial written
        // without its full stop, between a given name and a surname.)
        const bool middle_initial = k == first + 1 && tokens_[k].text.size() == 1 && !all_caps_run &&
                                    lex_.IsGivenName(FirstPart(first)) && IsCapitalizedName(k + 1) &&
                                    SameSentence(k, k + 1) && !lex_.IsNonName(Base(k + 1));
        if (lex_.IsNonName(Base(k)) && !all_caps_run && !name_preposition && !month_surname && !members_of &&
            !plural_head_of && !middle_initial) {
          // ("Alcohol Focus Scotland": a body's name ending in a place.)
          PhraseInfo place;
          const int width = IsCapitalizedName(k + 1) && SameSentence(k, k + 1) ? MatchLexicon(k + 1, tokens_.size(), &place) : 0;
          if (width == 0 || honorific || !PlaceEndsBodyName(first, k + 1, width, place)) break;
          last = k + width;
          body_named_for_place = true;
          break;
        }
        last = k;
        ++k;
        continue;
      }
      // "Cable and Wireless Plc", "Procter & Gamble Co": a company's name
      // may join two words when it ends with a company suffix.
      // (Not after a whole company's name: "PaineWebber Inc and Advest Inc".)
      if ((tokens_[k].lower_view() == "and" || tokens_[k].text == "&") && IsCapitalizedName(k + 1) &&
          SameSentence(k, k + 1) && !InClass(WordClass::kCompanySuffix, Base(last))) {
        size_t end = k + 1;
        while (IsCapitalizedName(end + 1) && SameSentence(k, end + 1) && end < k + 4) ++end;
        // (Up to its last head word: "Ways and Means Committee Chairman".)
        while (end > k + 2 && lex_.HeadWordType(Base(end)) != EntityType::kOrganization &&
               !InClass(WordClass::kCompanySuffix, Base(end)))
          --end;
        // So may an organisation's: "Public and Commercial Services Union",
        // "Department of Work and Pensions" (one word after "and" completing
        // a head word's "of" phrase).
        bool head_of = false;
        for (size_t t = first; t + 1 <= last && !head_of; ++t)
          head_of = lex_.HeadWordType(Base(t)) == EntityType::kOrganization && tokens_[t + 1].lower_view() == "of";
        PhraseInfo after_and;
        // ("House Ways and Means Committee": two words before "and", when
        // the first is no given name.)
        // (Not the last of a list: "Sun Co, Coastal, Citgo and Murphy Oil".)
        const bool listed = first >= 2 && tokens_[first - 1].text == "," && IsCapitalizedName(first - 2);
        // ("Ernst & Young", "Marks & Spencer": an ampersand between
        // capitalised words joins a firm's name.)
        bool organisation = tokens_[k].text == "&" ||
                            (tokens_[k].lower_view() == "and" && !listed &&
                            ((lex_.HeadWordType(Base(end)) == EntityType::kOrganization && end > k + 1 &&
                              (last == first || (last == first + 1 && !lex_.IsGivenName(FirstPart(first))))) ||
                             (head_of && end == k + 1 &&
                              (MatchLexicon(end, tokens_.size(), &after_and) == 0 || CapitalisedEventNoun(after_and)))));
        if (InClass(WordClass::kCompanySuffix, Base(end)) || organisation) {
          last = end;
          k = end + 1;
          continue;
        }
      }
      // "Group of 77", "Group of 10": a number after a body's head word and
      // "of" ends its name.
      if (IsWord(k) && tokens_[k].lower_view() == "of" && lex_.HeadWordType(Base(last)) == EntityType::kOrganization &&
          NumberAt(k + 1) && SameSentence(k, k + 1) && !Possessive(last)) {
        last = k + 1;
        break;
      }
      // "Muslim Association of Britain", "Council of Europe": a place after
      // an organisation's head word and "of" belongs to its name (not a
      // government's: "the Government of Iraq" is Iraq).
      if (IsWord(k) && tokens_[k].lower_view() == "of" && lex_.HeadWordType(Base(last)) == EntityType::kOrganization &&
          Base(last) != "Government" && Base(last) != "Administration" && IsCapitalizedName(k + 1) &&
          SameSentence(k, k + 1)) {
        // (A city says where the body sits: "the Fraser Institute of
        // Vancouver" is in Vancouver; a state or a region belongs to the
        // name: "University of California". So does a city after a head
        // word alone: "Bank of Tokyo", "University of London".)
        PhraseInfo place;
        // (Not a head word after another name's words: "TDK Corp of Tokyo",
        // "Savings and Loan Association of Salt Lake City".)
        auto head_alone_before_city = [&](const PhraseInfo& info) {
          return last == first && !honorific &&
                 (first == 0 || !IsWord(first - 1) || Determiners().contains(tokens_[first - 1].lower) ||
                  (!tokens_[first - 1].capitalized && tokens_[first - 1].lower_view() != "and")) &&
                 (info.kind == PhraseKind::kCapital || (info.kind == PhraseKind::kPlace && lex_.IsCity(info.canonical)));
        };
        auto country_like = [&](const PhraseInfo& info) {
          return info.kind == PhraseKind::kCountry ||
                 (info.kind == PhraseKind::kPlace && !lex_.IsCity(info.canonical)) ||
                 head_alone_before_city(info);
        };
        int n = MatchLexicon(k + 1, tokens_.size(), &place);
        // "Association of American Railroads": name words no list knows
        // may follow a demonym.
        size_t words_after = k + 1 + n;
        if (n > 0 && place.kind == PhraseKind::kDemonym) {
          PhraseInfo next;
          while (IsCapitalizedName(words_after) && SameSentence(k, words_after) && !Possessive(words_after - 1) &&
                 !lex_.IsNonName(Base(words_after)) && MatchLexicon(words_after, tokens_.size(), &next) == 0)
            ++words_after;
        }
        if (n > 0 && (country_like(place) || words_after > k + 1 + n) &&
            (!IsCapitalizedName(words_after) || Possessive(words_after - 1))) {
          const bool city_ends_name = head_alone_before_city(place);
          last = words_after - 1;
          // (The city ends the name: "Bank of Tokyo and Westpac Banking
          // Corp" are two, so are "the Bank of Tokyo and Brazil".)
          if (city_ends_name) break;
          // "of England and Wales".
          PhraseInfo second;
          int m = IsWord(last + 1) && tokens_[last + 1].lower_view() == "and" && IsCapitalizedName(last + 2)
                      ? MatchLexicon(last + 2, tokens_.size(), &second)
                      : 0;
          if (m > 0 && country_like(second) && !IsCapitalizedName(last + 2 + m)) last = last + 1 + m;
          k = last + 1;
          continue;
        }
      }
      // "the Central Bank of the Philippines", "the Council of Ministers of
      // the USSR": a country past "of the" after a body's name belongs to it
      // and ends it. (Not after a company's suffix: "Trafalgar House Ltd of
      // the U.K." says where the firm is from.)
      if (IsWord(k + 1) && tokens_[k].lower_view() == "of" && tokens_[k + 1].lower_view() == "the" &&
          IsCapitalizedName(k + 2) && SameSentence(k, k + 2) && !Possessive(last) && !all_caps_run &&
          !InClass(WordClass::kCompanySuffix, Base(last))) {
        bool body = false;
        for (size_t t = first; t <= last && !body; ++t)
          body = lex_.HeadWordType(Base(t)) == EntityType::kOrganization && Base(t) != "Government" &&
                 Base(t) != "Administration" && (t == last || tokens_[t + 1].lower_view() == "of");
        PhraseInfo country;
        const int n = body ? MatchLexicon(k + 2, tokens_.size(), &country) : 0;
        if (n > 0 && country.kind == PhraseKind::kCountry && !IsCapitalizedName(k + 2 + n) && !Possessive(k + 1 + n)) {
          last = k + 1 + n;
          break;
        }
      }
      // Lower-case connectors inside names: "Bank of England", "bin Laden".
      // Not "of" or "for" after a person's full name: "Laura Brownlees of
      // Save the Children" is a person of an organisation.
      // (Nor "as": "named Patrick Buchanan as Reagan's communications
      // director".)
      // Nor after a name attributing a quotation: `," said Greenstein of
      // Bear Stearns`.
      bool person_of = ((last > first && lex_.IsGivenName(FirstPart(first))) || AfterQuotationVerb(first)) &&
                       lex_.HeadWordType(Base(last)) != EntityType::kOrganization &&
                       (tokens_[k].lower_view() == "of" || tokens_[k].lower_view() == "for" ||
                        tokens_[k].lower_view() == "as");
      // Two particles in a row: "Tom de la Mare", "Dries van der Merwe".
      const size_t after_particles =
          IsWord(k + 1) && !tokens_[k + 1].capitalized && NameConnectors().contains(tokens_[k + 1].lower) &&
                  tokens_[k + 1].lower_view() != "and" && tokens_[k + 1].lower_view() != "of" &&
                  tokens_[k + 1].lower_view() != "for" && tokens_[k + 1].lower_view() != "the"
              ? k + 2
              : k + 1;
      if (IsWord(k) && NameConnectors().contains(tokens_[k].lower) && !tokens_[k].capitalized &&
          IsCapitalizedName(after_particles) && SameSentence(k, after_particles) && tokens_[k].lower_view() != "and" &&
          !person_of &&
          (MatchLexicon(after_particles, tokens_.size(), &info) == 0 || TitleWordInName(after_particles, info))) {
        k = after_particles;
        continue;
      }
      break;
    }
    size_t next = last + 1;
    // Drop leading words that are never names ("The", "But").
    while (first <= last && lex_.IsNonName(Base(first))) ++first;
    if (first > last) return next;
    // "Gross Domestic Product", "the Dow Jones Industrial Average": a run
    // that ends in a measure's head word names a measure, no entity.
    if (last > first && InClass(WordClass::kMeasureHead, tokens_[last].lower)) return next;
    // "Deputy High Court Judge X": a word opening a title before a body and
    // its title belongs to the title, not to the body's name.
    // (Only before a body's head word: "Deputy Agriculture Secretary" stays
    // one title.)
    if (last > first && InClass(WordClass::kTitlePrefix, tokens_[first].lower) && IsWord(next) &&
        tokens_[next].capitalized && lex_.HeadWordType(Base(last)) == EntityType::kOrganization) {
      PhraseInfo title;
      if (MatchLexicon(next, tokens_.size(), &title) > 0 && title.kind == PhraseKind::kRole) ++first;
    }
    // "End Bush 'denial' Blair tells EU": the title's first word before a
    // known office holder's surname is no given name (in the body, "Wall
    // Street" and "Lleyton Hewitt" stay whole).
    if (last == first + 1 && SentenceStart(first) && OnFirstLine(first) && !honorific && !tokens_[first].all_caps &&
        !lex_.IsGivenName(FirstPart(first)) && !lex_.LeadersWithSurname(Base(last), DocumentYear()).empty() &&
        lex_.LeadersNamed(absl::StrCat(ToAbsl(tokens_[first].text), " ", ToAbsl(Base(last))), DocumentYear()).empty())
      first = last;
    // "CHINA VISIT BOOSTS TRADE", "... CASH GRANT": one word of an ALL-CAPS
    // headline that the article also writes in lower case is no name,
    // however the article capitalises it inside longer names.
    if (first == last && headline && SeenLowercase(AsciiLower(Base(first)))) return next;
    // "One Starbucks, one Rymans and one small Greek cafe": a number opening
    // the sentence counts the name after it.
    // (Not a company's own name: "Seven Oaks International Inc".)
    if (last > first && SentenceStart(first) && !honorific && !tokens_[first].all_caps &&
        NumberWords().contains(tokens_[first].lower) && tokens_[first + 1].capitalized &&
        !InClass(WordClass::kCompanySuffix, tokens_[last].text))
      ++first;
    // A single sentence-initial word that is a common word elsewhere is not a name.
    if (first == last && SentenceStart(first) && !honorific &&
        (SeenLowercase(AsciiLower(Base(first))) || tokens_[first].text.size() < 2)) {
      return next;
    }
    // "Addressing claims that the law was unenforceable, Mr Michael told":
    // a fronted participle before a lower-case word and, later, a comma.
    if (first == last && !honorific && FrontedParticipleAt(first) && IsWord(first + 1) &&
        !tokens_[first + 1].capitalized && SameSentence(first, first + 1) &&
        // (Not before a verb of its own: "Manning said, however, ...".)
        !IsAuxiliary(tokens_[first + 1].lower) && !tokens_[first + 1].lower.ends_with("ed") &&
        tokens_[first + 1].lower_view() != "said" && tokens_[first + 1].lower_view() != "told" &&
        tokens_[first + 1].lower_view() != "says" && tokens_[first + 1].lower_view() != "tells") {
      for (size_t c = first + 2; c < tokens_.size() && c < first + 30 && SameSentence(first, c); ++c)
        if (tokens_[c].text == ",") return next;
    }
    // "a return to O-levels", "a U-turn": a capital letter joined by a hyphen
    // to a lower-case word is part of a common noun.
    if (first == last && tokens_[first].text.size() == 1 && last + 2 < tokens_.size() && tokens_[last + 1].text == "-" &&
        tokens_[last + 1].span.begin == tokens_[last].span.end &&
        tokens_[last + 2].span.begin == tokens_[last + 1].span.end && IsWord(last + 2) &&
        !tokens_[last + 2].capitalized)
      return next;
    // "Praising Celtic and Rangers for their efforts, she said": a fronted
    // participle of an event or speech verb is no first word of the name
    // after it, which is read afresh from the next token ("Welcoming Lord
    // Carrington", "Commenting on Funaro"). (A word of a company's or a
    // body's name may be, before another capitalised word: "Shooting Star
    // Ltd", "Printing Workers Union".)
    if (last > first && !honorific && FrontedParticipleAt(first) &&
        (lex_.IsSpeechVerb(tokens_[first].lower) || EventVerbAt(first, 1)) &&
        !(tokens_[first + 1].capitalized &&
          (InClass(WordClass::kCompanySuffix, tokens_[last].text) || lex_.HeadWordType(Base(last)))))
      return first + 1;
    // ALL-CAPS transcript lines: "EKATERINA KUZNETSOVA CENTER FOR ..." is a
    // person followed by an organisation.
    if (all_caps_run && last > first + 1 && lex_.IsGivenName(FirstPart(first))) {
      for (size_t h = first + 2; h <= last; ++h) {
        if (lex_.HeadWordType(tokens_[h].text)) {
          AddRun(first, h - 1, honorific);
          AddRun(h, last, false);
          return next;
        }
      }
    }
    // "Assistant Chief Constable David Warcup": capitalised title words no
    // lexicon knows before a given name and surname; the person is the name.
    if (!all_caps_run && last >= first + 2 && !lex_.IsGivenName(FirstPart(first))) {
      for (size_t k = first + 1; k < last && k <= first + 4; ++k) {
        if (lex_.IsGivenName(FirstPart(k))) {
          // (Particles do not count: "Guillermo de la Dehesa".)
          size_t particles = 0;
          for (size_t t = k + 1; t < last; ++t) {
            std::string_view w = tokens_[t].lower;
            particles += !tokens_[t].capitalized && NameConnectors().contains(tokens_[t].lower) && w != "of" &&
                                 w != "for" && w != "and" && w != "the" && w != "on" && w != "as"
                             ? 1
                             : 0;
          }
          bool person = last - k - particles <= 2;
          for (size_t t = k; t <= last && person; ++t) person = !lex_.HeadWordType(Base(t));
          if (person) {
            AddRun(k, last, /*honorific=*/true);
            return next;
          }
          break;
        }
      }
    }
    // "Smith Barney, Harris Upham and Co": a firm's name may hold a comma;
    // the words before it join the partners' names ending in its suffix.
    if (last > first + 1 && InClass(WordClass::kCompanySuffix, Base(last)) && first >= 2 &&
        tokens_[first - 1].text == "," && !names_.empty()) {
      Name& before = names_.back();
      bool partners = false;
      for (size_t t = first + 1; t < last; ++t) partners = partners || tokens_[t].lower_view() == "and" || tokens_[t].text == "&";
      if (partners && before.source == NameSource::kRun && before.last + 2 == first && before.last <= before.first + 1 &&
          !Possessive(before.last) && !InClass(WordClass::kCompanySuffix, Base(before.last)) &&
          (before.first == 0 || !IsCapitalizedName(before.first - 1))) {
        before.last = last;
        before.span.end = base_ends_[last];
        before.type = EntityType::kOrganization;
        before.person_context = false;
        return next;
      }
    }
    // "House Agriculture Subcommittee on Livestock, Dairy and Poultry",
    // "Department of Health, Education and Welfare": a body's topic may be a
    // list of single words joined by commas and a last "and".
    if (const size_t end = TopicListEnd(first, last); end != last) {
      last = end;
      next = end + 1;
    }
    // "the House Banking subcommittee", "the ODPM committee": a lower-case
    // committee noun after a name of two or more words, or an acronym, ends
    // the body's name ("a Senate committee" stays the Senate's).
    if (IsWord(next) && !tokens_[next].capitalized && SameSentence(last, next) && !Possessive(last) &&
        InClass(WordClass::kCommitteeNoun, tokens_[next].lower) &&
        (last > first || (tokens_[first].all_caps && tokens_[first].text.size() >= 2 && !IsHeadlineLine(first)))) {
      last = next;
      next = last + 1;
    }
    AddRun(first, last, honorific);
    if (body_named_for_place) names_.back().type = EntityType::kOrganization;
    return next;
  }

  // Does the place matched at `k` (`width` words, `info`) end a body's name
  // begun at `first` ("Alcohol Focus Scotland")? See ReadRun.
  bool PlaceEndsBodyName(size_t first, size_t k, int width, const PhraseInfo& info) const {
    if (info.kind != PhraseKind::kCountry && !(info.kind == PhraseKind::kPlace && !lex_.IsCity(info.canonical)))
      return false;
    if (k < first + 2 || IsCapitalizedName(k + width) || Possessive(k + width - 1) || IsHeadlineLine(first) ||
        lex_.IsGivenName(FirstPart(first)) || IsCompassPoint(info.canonical))
      return false;
    // (Nor after a company's suffix, "Jaguar Cars Inc U.S.", or a place's
    // head word, "Orange County California"; nor across a capitalised
    // function word, "Phillips Petroleum Co. In Europe", "Plot Against
    // America", or a verb, "Straw Warns Iran".)
    if (lex_.HeadWordType(Base(k - 1)) == EntityType::kLocation) return false;
    for (size_t t = first; t < k; ++t) {
      PhraseInfo known;
      const std::string& w = tokens_[t].lower;
      if (!IsCapitalizedName(t) || Possessive(t) || tokens_[t].all_caps || MatchLexicon(t, k, &known) > 0 ||
          IsCompassPoint(Base(t)) || lex_.IsHonorific(tokens_[t].text) ||
          InClass(WordClass::kCompanySuffix, Base(t)) || Prepositions().contains(w) || Determiners().contains(w) ||
          InClass(WordClass::kCompassAdjective, w) || IsVerbish(t))
        return false;
    }
    return true;
  }

  // The last word of a list of topics continuing the body's name
  // `first`..`last` after a comma (see ReadRun), or `last` if none.
  size_t TopicListEnd(size_t first, size_t last) const {
    bool topic = false;
    for (size_t t = first; t < last && !topic; ++t)
      topic = lex_.HeadWordType(Base(t)) == EntityType::kOrganization && IsWord(t + 1) &&
              (tokens_[t + 1].lower_view() == "on" || tokens_[t + 1].lower_view() == "of" ||
               tokens_[t + 1].lower_view() == "for");
    if (!topic || Possessive(last)) return last;
    PhraseInfo info;
    auto single_word = [&](size_t k) {
      return IsCapitalizedName(k) && !tokens_[k].all_caps && SameSentence(first, k) && !Possessive(k) &&
             !IsCapitalizedName(k + 1) && MatchLexicon(k, tokens_.size(), &info) == 0;
    };
    size_t k = last + 1;
    while (k + 1 < tokens_.size() && tokens_[k].text == "," && single_word(k + 1)) k += 2;
    if (k == last + 1 || !IsWord(k) || tokens_[k].lower_view() != "and" || !single_word(k + 1)) return last;
    return k + 1;
  }

  // Is token `i` on the article's first line (its title)?
  bool OnFirstLine(size_t i) const {
    if (first_line_end_ == 0) {  // found on first use
      first_line_end_ = 1;
      while (first_line_end_ < tokens_.size() && !tokens_[first_line_end_].line_start) ++first_line_end_;
    }
    return i < first_line_end_;
  }

  // A line written entirely in capitals with no quotation on it: a headline
  // or a label, not a transcript speaker line (`NAME TITLE "..."`).
  bool IsHeadlineLine(size_t i) const {
    if (headline_.empty()) {
      // One pass over the lines.
      headline_.assign(tokens_.size(), false);
      for (size_t b = 0; b < tokens_.size();) {
        size_t e = b + 1;
        while (e < tokens_.size() && !tokens_[e].line_start) ++e;
        bool words = false, headline = true;
        for (size_t t = b; t < e && headline; ++t) {
          if (tokens_[t].kind == TokenKind::kOpenQuote || tokens_[t].kind == TokenKind::kCloseQuote) headline = false;
          if (tokens_[t].kind != TokenKind::kWord) continue;
          if (!tokens_[t].all_caps && absl::ascii_isalpha(static_cast<unsigned char>(tokens_[t].text[0])))
            headline = false;
          words = true;
        }
        std::fill(headline_.begin() + b, headline_.begin() + e, headline && words);
        b = e;
      }
    }
    return headline_[i];
  }

  std::string_view FirstPart(size_t i) const {
    std::string_view t = tokens_[i].text;
    size_t hyphen = t.find('-');
    return hyphen == std::string_view::npos ? t : t.substr(0, hyphen);
  }

  void AddRun(size_t first, size_t last, bool honorific) {
    Name name;
    name.first = first;
    name.last = last;
    name.span = {tokens_[first].span.begin, base_ends_[last]};
    name.source = NameSource::kRun;
    name.person_context = honorific;
    // A company's suffix ends its name: "Sun Co", "Pennzoil Co".
    if (last > first && InClass(WordClass::kCompanySuffix, Base(last))) name.type = EntityType::kOrganization;
    // Else the rightmost head word types the name: "Gulf Cooperation Council" -> ORGANIZATION.
    for (size_t k = last + 1; !name.type && k-- > first;) {
      if (auto t = lex_.HeadWordType(Base(k))) {
        // ("Bill Cash": an event head that is the given name of a person.)
        if (*t == EntityType::kEvent && k == first && last > first && lex_.IsGivenName(tokens_[k].text)) break;
        name.type = *t;
        break;
      }
    }
    // (A given name alone after an article names no person: "the Oscar
    // winner", "an Oscar", "the Juha field", "a Wendy's spokesman". A
    // capital "A" may be an initial: "A Craig (Glasgow)".)
    const bool after_article = first == last && first > 0 && IsWord(first - 1) &&
                               IsArticle(tokens_[first - 1].lower) &&
                               (!tokens_[first - 1].capitalized || tokens_[first - 1].text == "The");
    if (!name.type && !after_article &&
        (honorific || lex_.IsGivenName(FirstPart(first)) || lex_.IsGivenName(Base(first)))) {
      name.type = EntityType::kPerson;
    }
    names_.push_back(std::move(name));
  }

  // --- entities ---
  // A name wrapped over lines reads as one line: "Perez de\nCuellar".
  static std::string CollapseSpaces(std::string_view s) {
    std::string out;
    for (char c : s) {
      bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
      if (space && (out.empty() || out.back() == ' ')) continue;
      out.push_back(space ? ' ' : c);
    }
    return out;
  }

  static std::string TitleCase(std::string_view s) {
    std::string out(s);
    bool start = true;
    for (char& c : out) {
      if (absl::ascii_isalpha(static_cast<unsigned char>(c))) {
        c = start ? absl::ascii_toupper(c) : absl::ascii_tolower(c);
        start = false;
      } else {
        start = c == ' ' || c == '-' || c == '\'';
      }
    }
    return out;
  }

  // Lower-case name tokens with "al-" style prefixes removed, for in-document matching.
  std::vector<std::string> NameTokens(const Name& n) const {
    std::vector<std::string> out;
    for (size_t k = n.first; k <= n.last; ++k) {
      // ("Standard & Poor's" is "Standard and Poor's".)
      if (tokens_[k].text == "&") out.push_back("and");
      if (!IsWord(k)) continue;
      std::string w = AsciiLower(Base(k));
      for (std::string_view prefix : {"al-", "el-", "ad-", "as-"}) {
        if (w.size() > prefix.size() + 1 && w.rfind(prefix, 0) == 0) w = w.substr(prefix.size());
      }
      // Accents folded: "MARIE-HELENE" in a transcript is "Marie-Hélène".
      out.push_back(NormalizeName(w));
    }
    return out;
  }

  // "Information Commissioner's Office", "the People's Party", "Lord
  // Chancellor's Department": up to three capitalised words, the last a
  // possessive common noun or title (a role, a word the article writes in
  // lower case, or a `possessive_name_word`), then capitalised words ending
  // in an organisation's head word make one name. Returns the index of its
  // last word, or SIZE_MAX. ("Britain's Labour Party" is two names.)
  size_t PossessiveNameEnd(size_t first) const {
    size_t p = first;
    while (p < first + 3 && IsCapitalizedName(p) && !tokens_[p].all_caps && !Possessive(p) && SameSentence(first, p + 1)) ++p;
    if (!IsCapitalizedName(p) || tokens_[p].all_caps || !Possessive(p) || !SameSentence(first, p)) return SIZE_MAX;
    const std::string lower = AsciiLower(Base(p));
    PhraseInfo info;
    std::string_view one[] = {lower};
    const bool role = lex_.MatchPhrase(one, &info) == 1 && info.kind == PhraseKind::kRole;
    const bool people = InClass(WordClass::kPossessiveNameWord, lower);
    if (!role && !SeenLowercase(lower) && !people) return SIZE_MAX;
    // (A title's possessive only right before the head word: "the
    // President's Andean Council" is the Andean Council, of the President.)
    for (size_t k = p + 1; k <= (people ? p + 3 : p + 1) && IsCapitalizedName(k) && !tokens_[k].all_caps && SameSentence(p, k);
         ++k) {
      if (Possessive(k)) return SIZE_MAX;
      // (Not before an "of" phrase: the "President's Council of Economic
      // Advisers" is the Council of Economic Advisers.)
      if (lex_.HeadWordType(Base(k)) == EntityType::kOrganization && !IsCapitalizedName(k + 1))
        return IsWord(k + 1) && tokens_[k + 1].lower_view() == "of" && IsCapitalizedName(k + 2) ? SIZE_MAX : k;
    }
    return SIZE_MAX;
  }

  // "Corporate Affairs Minister Michael Howard": a capitalised run of plain
  // words (no given name, head word or lexicon name) between a role that
  // takes a portfolio and a person's name is the portfolio — part of the
  // role ("corporate affairs minister") — not an organisation.
  void AbsorbPortfolios() {
    std::vector<bool> absorbed(names_.size(), false);
    // "Minister of State for Foreign Affairs", "Secretary of State for
    // Trade and Industry": a portfolio after "for" (capitalised fields)
    // ends the role; a name read over it starts after it ("... for Foreign
    // Affairs Boutros Ghali").
    for (RoleSpan& r : roles_) {
      if (!lex_.TakesPortfolio(r.role) || !IsWord(r.last + 1) || tokens_[r.last + 1].lower_view() != "for") continue;
      size_t end = r.last + 1;  // the portfolio's last word
      std::vector<std::string> words;
      for (size_t t = r.last + 2; IsWord(t) && SameSentence(r.last, t) && !Possessive(t); ++t) {
        const bool field = tokens_[t].capitalized && InClass(WordClass::kPortfolioWord, tokens_[t].lower);
        const bool joined = tokens_[t].lower_view() == "and" && IsWord(t + 1) && tokens_[t + 1].capitalized &&
                            InClass(WordClass::kPortfolioWord, tokens_[t + 1].lower);
        if (!field && !joined) break;
        words.push_back(tokens_[t].lower);
        end = t;
      }
      if (words.empty() || words.back() == "and") continue;
      // (Not when the name goes on with one more word, a field the lexicon
      // does not know: "Minister for Defence Procurement".)
      const bool one_more_word = std::any_of(names_.begin(), names_.end(), [&](const Name& n) {
        return n.source == NameSource::kRun && n.first > r.last + 1 && n.first <= end && n.last == end + 1 &&
               !lex_.IsGivenName(tokens_[end + 1].text);
      });
      if (one_more_word) continue;
      for (size_t idx = 0; idx < names_.size(); ++idx) {
        Name& n = names_[idx];
        if (absorbed[idx] || n.source != NameSource::kRun || n.last <= r.last + 1 || n.first > end) continue;
        if (n.last <= end) {
          absorbed[idx] = true;
        } else {
          n.first = end + 1;
          n.span.begin = tokens_[end + 1].span.begin;
        }
      }
      r.role = absl::StrCat(r.role, " for ", absl::StrJoin(words, " "));
      r.last = end;
    }
    for (RoleSpan& r : roles_) {
      if (r.first == 0 || !IsCapitalizedName(r.last + 1)) continue;
      // (A title taking no portfolio takes a prefix only: "Deputy
      // Agriculture Minister X".)
      const bool takes_portfolio = lex_.TakesPortfolio(r.role);
      // ("Health spokesman Paul Burstow": before a title in lower case, only
      // the words of a field, data/word_classes.tsv.)
      const bool lower_case_title = !tokens_[r.first].capitalized;
      for (size_t idx = 0; idx < names_.size(); ++idx) {
        const Name& n = names_[idx];
        if (absorbed[idx] || n.last + 1 != r.first || n.source != NameSource::kRun || n.type ||
            n.last - n.first > 3 || !SameSentence(n.first, r.first))
          continue;
        bool plain = true;
        std::vector<std::string> words;
        for (size_t t = n.first; t <= n.last && plain; ++t) {
          plain = IsWord(t) && lex_.IsNonName(tokens_[t].text) == false && !lex_.IsGivenName(Base(t)) &&
                  !lex_.HeadWordType(Base(t)) && !Possessive(t);
          words.push_back(tokens_[t].lower);
        }
        if (!plain) continue;
        if (!takes_portfolio && !std::all_of(words.begin(), words.end(), [&](const std::string& w) {
              return InClass(WordClass::kTitlePrefix, w);
            }))
          continue;
        if (lower_case_title && !std::all_of(words.begin(), words.end(), [&](const std::string& w) {
              return w == "and" || InClass(WordClass::kPortfolioWord, w);
            }))
          continue;
        r.role = absl::StrCat(absl::StrJoin(words, " "), " ", r.role);
        r.first = n.first;
        absorbed[idx] = true;
      }
    }
    size_t kept = 0;
    for (size_t idx = 0; idx < names_.size(); ++idx) {
      if (absorbed[idx]) continue;
      if (kept != idx) names_[kept] = std::move(names_[idx]);
      ++kept;
    }
    names_.resize(kept);
  }

  bool PrecededByRole(const Name& n) const { return n.first > 0 && RoleEndingAt(n.first - 1) != nullptr; }

  // "Belkacem Nabi, the Algerian Minister of Energy": a name of two words or
  // more with a title in apposition (after "the" or "a", a state's name and
  // up to two lower-case words) names a person.
  bool RoleInApposition(const Name& n) const {
    if (n.last == n.first) return false;
    size_t j = n.last + 1;
    if (j >= tokens_.size() || tokens_[j].text != "," || !SameSentence(n.first, j)) return false;
    ++j;
    if (!IsWord(j) || (tokens_[j].lower_view() != "the" && tokens_[j].lower_view() != "a")) return false;
    ++j;
    // The title ends the apposition: a comma or full stop follows, or "of"
    // and a name ("the Algerian Minister of Energy,"); not "the head of the
    // agency said", "the spokesman said".
    auto closes = [&](const RoleSpan* r) {
      if (!r || !SameSentence(n.first, r->last)) return false;
      const size_t after = r->last + 1;
      if (after >= tokens_.size() || !SameSentence(r->last, after)) return true;
      if (tokens_[after].text == "," || tokens_[after].text == ".") return true;
      return IsWord(after) && tokens_[after].lower_view() == "of" && IsCapitalizedName(after + 1);
    };
    PhraseInfo info;
    if (closes(RoleStartingAt(j))) return true;
    if (IsCapitalizedName(j)) {
      const int matched = MatchLexicon(j, tokens_.size(), &info);
      if (matched > 0 && (info.kind == PhraseKind::kCountry || info.kind == PhraseKind::kDemonym ||
                          info.kind == PhraseKind::kPlace))
        j += matched;
    }
    for (size_t m = j; m < j + 3; ++m) {
      if (const RoleSpan* r = RoleStartingAt(m)) return closes(r);
      if (!IsWord(m) || tokens_[m].capitalized || IsVerbish(m) || Prepositions().contains(tokens_[m].lower)) return false;
    }
    return false;
  }

  void BuildEntities(Extraction& out) {
    std::sort(names_.begin(), names_.end(),
              [](const Name& a, const Name& b) { return a.first < b.first; });
    for (const Name& n : names_) {
      if (n.source == NameSource::kRun && n.first == n.last) single_word_names_.insert(Base(n.first));
    }
    for (Name& n : names_) {
      if (n.source != NameSource::kRun || n.type) continue;
      if (PrecededByRole(n) || RoleInApposition(n)) {
        n.type = EntityType::kPerson;
      } else if (const RoleSpan* r = RoleStartingAt(n.last + 1);
                 r && IsCapitalizedName(r->last + 1) &&
                 !(n.first == n.last && InClass(WordClass::kTitlePrefix, AsciiLower(Base(n.first))))) {
        // "Liberal Democrat leader Charles Kennedy", "Tory spokesman X": a name
        // qualifying a titled person is the organisation they belong to
        // (not a title's first word: "Deputy foreign trade minister X").
        n.type = EntityType::kOrganization;
      }
    }
    // One type per spelling within a document: strong evidence (head word,
    // given name, honorific, role) first, then context ("in X", a dateline),
    // then a guess from the shape of the name.
    std::map<std::string, EntityType> strong, context;
    std::vector<std::string> joined(names_.size());
    for (size_t idx = 0; idx < names_.size(); ++idx) {
      const Name& n = names_[idx];
      if (n.source != NameSource::kRun) continue;
      joined[idx] = absl::StrJoin(NameTokens(n), " ");
      if (n.type) strong.try_emplace(joined[idx], *n.type);
      if (auto t = ContextType(n)) context.try_emplace(joined[idx], *t);
    }
    for (size_t idx = 0; idx < names_.size(); ++idx) {
      Name& n = names_[idx];
      if (n.source != NameSource::kRun) continue;
      if (AttributiveAbbreviation(n)) {
        n.type.reset();  // not even from context
        continue;
      }
      if (HasAmpersand(n)) {
        n.type = AmpersandType(n);
      } else if (auto it = strong.find(joined[idx]); it != strong.end()) {
        n.type = it->second;
      } else if (auto it = context.find(joined[idx]); it != context.end()) {
        n.type = it->second;
      } else if (n.last > n.first) {
        n.type = GuessType(n);
      }
    }
    // Full person names, which surnames and partial names join.
    std::set<std::vector<std::string>> full_names;
    for (const Name& n : names_) {
      if (n.source == NameSource::kRun && n.type == EntityType::kPerson && n.last > n.first) {
        full_names.insert(NameTokens(n));
      }
    }
    // The full names by their last word, in set order (linear, not
    // quadratic, on 10,000 capitalised words in a row).
    std::map<std::string, std::vector<const std::vector<std::string>*>> full_names_by_last;
    for (const auto& full : full_names) full_names_by_last[full.back()].push_back(&full);
    // Particles compare in any case: "Du Plessis" opening a sentence is
    // "Barend du Plessis". Folded once per full name.
    auto fold_particles = [](std::vector<std::string> toks) {
      for (std::string& t : toks)
        if (NameConnectors().contains(AsciiLower(t))) t = AsciiLower(t);
      return toks;
    };
    std::map<const std::vector<std::string>*, std::vector<std::string>> folded_full;
    for (const auto& full : full_names) folded_full.emplace(&full, fold_particles(full));
    // Where each full name first appears, and whether the lexicon knows it
    // as an office holder: what decides between namesakes.
    std::map<std::vector<std::string>, std::pair<bool, size_t>> full_name_rank;  // (unknown, first token)
    for (const Name& n : names_) {
      if (n.source != NameSource::kRun || n.type != EntityType::kPerson || n.last == n.first) continue;
      std::vector<std::string> toks = NameTokens(n);
      if (full_name_rank.contains(toks)) continue;
      std::string surface = CollapseSpaces(doc_.text.substr(n.span.begin, n.span.size()));
      full_name_rank[toks] = {lex_.LeadersNamed(surface, DocumentYear()).empty(), n.first};
    }
    // The best-ranked full name by its first word, for "Sir Ian".
    std::map<std::string, const std::vector<std::string>*> full_name_by_first;
    for (const auto& [full, rank] : full_name_rank) {
      auto [it, inserted] = full_name_by_first.try_emplace(full.front(), &full);
      if (!inserted && rank < full_name_rank[*it->second]) it->second = &full;
    }
    TypePlaceLists();
    // The stems of the article's company names ("Toshiba" of "Toshiba
    // Corp"), which a name no rule types stands for alone: "the move by
    // Toshiba", "a Toshiba spokesman". Stem -> the company's full name, ""
    // when two companies share the stem.
    std::map<std::string, std::string> company_of_stem;
    for (size_t idx = 0; idx < names_.size(); ++idx) {
      const Name& n = names_[idx];
      if (n.source != NameSource::kRun || n.type != EntityType::kOrganization) continue;
      const std::string stem = CompanyStem(n);
      if (stem.empty()) continue;
      auto [it, added] = company_of_stem.try_emplace(stem, joined[idx]);
      if (!added && it->second != joined[idx]) it->second.clear();
    }
    // Key under which mentions of one document group into one entity.
    std::map<std::string, int> entity_of_key;
    std::vector<std::string> keys(names_.size());
    for (size_t idx = 0; idx < names_.size(); ++idx) {
      Name& n = names_[idx];
      if (n.source == NameSource::kLexicon) {
        keys[idx] = absl::StrCat(ToAbsl(EntityTypeName(*n.type)), "|", n.info.canonical);
        continue;
      }
      std::vector<std::string> toks = NameTokens(n);
      // A partial name joins the longest full person name ending with it;
      // between namesakes ("Mr Blair" after Tony and Cherie Blair), a known
      // office holder, else the one the article named first.
      const std::vector<std::string>* match = nullptr;
      auto better = [&](const std::vector<std::string>* full) {
        if (!match || full->size() != match->size()) return !match || full->size() > match->size();
        return full_name_rank[*full] < full_name_rank[*match];
      };
      const bool particle_first = toks.size() >= 2 && NameConnectors().contains(AsciiLower(toks.front()));
      // A surname alone joins the full name whatever its context suggested
      // ("according to Buchheit" after "Lee Buchheit").
      const bool surname_alone = toks.size() == 1 && full_names_by_last.contains(toks.front());
      if ((!n.type || n.type == EntityType::kPerson || particle_first || surname_alone) && !toks.empty()) {
        auto bucket = full_names_by_last.find(toks.back());
        const std::vector<std::string> folded = fold_particles(toks);
        for (const std::vector<std::string>* full : bucket == full_names_by_last.end()
                                                         ? std::vector<const std::vector<std::string>*>{}
                                                         : bucket->second) {
          if (full->size() < toks.size() || !better(full)) continue;
          const std::vector<std::string>& full_folded = folded_full.at(full);
          if (std::equal(folded.rbegin(), folded.rend(), full_folded.rbegin())) match = full;
        }
        // "President Reagan ... Reagan and Nancy Reagan": a surname alone of
        // an office holder the lexicon knows at the article's date, whose
        // state or body the article names, is that holder, not another
        // person of the article with that surname (NameKnownHolders names
        // it), unless a woman's honorific says so ("Mrs Blair").
        if (match && toks.size() == 1 && full_name_rank[*match].first && n.first > 0 &&
            !(IsWord(n.first - 1) && InClass(WordClass::kFemaleHonorific, tokens_[n.first - 1].lower)) &&
            HolderOfNamedBody(toks.front()))
          match = nullptr;
        // "Sir Ian" after "Sir Ian Blair": a knight or dame goes by the given name.
        if (!match && toks.size() == 1 && n.first > 0 && IsWord(n.first - 1) &&
            (tokens_[n.first - 1].text == "Sir" || tokens_[n.first - 1].text == "Dame")) {
          if (auto it = full_name_by_first.find(toks.front()); it != full_name_by_first.end()) match = it->second;
        }
        // "Glenn said" after "correspondent Glenn Campbell": a given name
        // alone is the one person named before with it, when no other full
        // name starts or ends with it and no office holder of the time has
        // it as surname ("Howard" in a Michael Howard story). Not a
        // monarch's name: "King Michael of Romania".
        if (!match && toks.size() == 1 && !surname_alone && lex_.IsGivenName(toks.front()) &&
            !(IsWord(n.last + 1) && tokens_[n.last + 1].lower_view() == "of") &&
            lex_.LeadersWithSurname(toks.front(), DocumentYear()).empty()) {
          if (auto it = full_name_by_first.find(toks.front());
              it != full_name_by_first.end() && full_name_rank[*it->second].second < n.first &&
              std::count_if(full_name_rank.begin(), full_name_rank.end(),
                            [&](const auto& entry) { return entry.first.front() == toks.front(); }) == 1)
            match = it->second;
        }
      }
      // "Ms Abbott" after "Diane Abbot": a surname alone that no full name
      // ends with joins the one full person name whose surname it spells
      // with one letter doubled or undoubled (a typing slip).
      if (!match && toks.size() == 1 && (!n.type || n.type == EntityType::kPerson) && toks.front().size() >= 4 &&
          std::all_of(toks.front().begin(), toks.front().end(),
                      [](char c) { return absl::ascii_isalpha(static_cast<unsigned char>(c)); })) {
        const std::string& word = toks.front();
        const std::vector<std::string>* only = nullptr;
        bool several = false;
        auto consider = [&](const std::string& variant) {
          auto it = full_names_by_last.find(variant);
          if (it == full_names_by_last.end()) return;
          for (const std::vector<std::string>* full : it->second) {
            several = several || (only != nullptr && only != full);
            only = full;
          }
        };
        for (size_t c = 1; c < word.size(); ++c) {
          // Undoubled: drop one of two equal letters; doubled: repeat a letter.
          if (word[c] == word[c - 1]) consider(word.substr(0, c) + word.substr(c + 1));
        }
        for (size_t c = 1; c < word.size(); ++c) {
          if (absl::ascii_islower(static_cast<unsigned char>(word[c])) && word[c] != word[c - 1] &&
              (c + 1 == word.size() || word[c] != word[c + 1]))
            consider(word.substr(0, c + 1) + word.substr(c));
        }
        if (only && !several) match = only;
      }
      if (match) {
        n.type = EntityType::kPerson;
        keys[idx] = absl::StrCat("PERSON|", absl::StrJoin(*match, " "));
        continue;
      }
      if (!n.type) n.type = GuessType(n);
      if (auto it = n.type ? company_of_stem.end() : company_of_stem.find(joined[idx]);
          it != company_of_stem.end() && !it->second.empty()) {
        n.type = EntityType::kOrganization;
        keys[idx] = absl::StrCat(ToAbsl(kOrganization), it->second);
        continue;
      }
      // "told the Independent": a word no rule types, after a lower-case
      // "the", that a news medium's name "The ..." ends.
      if (!n.type && n.first > 0 && IsWord(n.first - 1) && tokens_[n.first - 1].text == "the") {
        std::vector<std::string_view> words = {"The"};
        for (size_t k = n.first; k <= n.last; ++k) words.push_back(bases_[k]);
        PhraseInfo medium;
        if (lex_.MatchPhrase(words, &medium) == static_cast<int>(words.size()) &&
            medium.kind == PhraseKind::kOrganization && lex_.IsNewsMedium(medium.canonical)) {
          n.type = EntityType::kOrganization;
          n.source = NameSource::kLexicon;
          n.info = medium;
          keys[idx] = absl::StrCat(ToAbsl(kOrganization), medium.canonical);
          continue;
        }
      }
      if (!n.type) continue;  // not confident enough: not an entity
      keys[idx] = absl::StrCat(ToAbsl(EntityTypeName(*n.type)), "|", joined[idx]);
    }
    ResolveAcronyms(keys);
    ResolveBlendedNames(keys);
    ResolveShortOrganisationNames(keys);
    ResolveOrganisationNameTails(keys);
    ResolveCompanyShortNames(keys);
    ResolveCompanyPrefixes(keys);
    ResolveBareHeadWords(keys);
    ResolveLeaderGovernments(keys);
    for (size_t idx = 0; idx < names_.size(); ++idx) {
      Name& n = names_[idx];
      if (keys[idx].empty()) continue;
      auto [it, inserted] = entity_of_key.try_emplace(keys[idx], static_cast<int>(out.entities.size()));
      if (inserted) {
        Entity e;
        e.type = *n.type;
        out.entities.push_back(std::move(e));
      }
      n.entity = it->second;
      AddMention(out, n.entity, n.span, tokens_[n.first].sentence);
      // "an Iranian Foreign Ministry spokesman": the body's own name, without
      // the state's word, is a nested mention (the full name keeps the
      // entity apart from other states' foreign ministries).
      // Only after a demonym, before two words or more: not "UK Independence
      // Party", nor "British Council".
      if (*n.type == EntityType::kOrganization && n.source == NameSource::kRun && n.last > n.first + 1 &&
          !Possessive(n.first)) {
        PhraseInfo state{};
        if (MatchLexicon(n.first, n.first + 1, &state) == 1 && state.kind == PhraseKind::kDemonym &&
            lex_.HeadWordType(Base(n.last)) == EntityType::kOrganization)
          AddMention(out, n.entity, {tokens_[n.first + 1].span.begin, n.span.end}, tokens_[n.first].sentence);
      }
    }
    // Canonical names: lexicon canonical; else the longest surface, mixed case preferred.
    std::vector<bool> lexicon_named(out.entities.size(), false);
    for (size_t idx = 0; idx < names_.size(); ++idx) {
      const Name& n = names_[idx];
      if (n.entity < 0) continue;
      Entity& e = out.entities[n.entity];
      std::string candidate = n.source == NameSource::kLexicon
                                  ? n.info.canonical
                                  : CollapseSpaces(doc_.text.substr(n.span.begin, n.span.size()));
      auto score = [](const std::string& s) {
        bool caps = std::none_of(s.begin(), s.end(), [](char c) { return absl::ascii_islower(c); });
        return std::make_pair(!caps, s.size());
      };
      if (n.source == NameSource::kLexicon) {
        e.name = candidate;
        lexicon_named[n.entity] = true;
      } else if (!lexicon_named[n.entity] && (e.name.empty() || score(candidate) > score(e.name))) {
        e.name = candidate;
      }
    }
    for (Entity& e : out.entities) {
      bool caps = std::none_of(e.name.begin(), e.name.end(), [](char c) { return absl::ascii_islower(c); });
      // ALL-CAPS-only names read better title-cased ("GENEVA" -> "Geneva"),
      // except single-word organisations, which are acronyms ("CGTN").
      bool acronym = e.name.find(' ') == std::string::npos &&
                     (e.type == EntityType::kOrganization || e.name.size() <= 3);
      if (caps && !acronym) {
        e.name = TitleCase(e.name);
        for (std::string_view w : {" Of ", " For ", " And ", " The ", " De ", " Le ", " La "}) {
          if (w == " Le " || w == " La " || w == " De ") continue;  // particles stay capitalised
          size_t p;
          while ((p = e.name.find(w)) != std::string::npos) {
            e.name.replace(p, w.size(), AsciiLower(w));
          }
        }
      }
    }
    // A known office holder takes the lexicon's spelling of the name, which
    // also tells namesakes apart by date: "George Bush" in 2004 is George W.
    // Bush, "Sergei Lavrov" is Sergey Lavrov.
    for (Entity& e : out.entities) {
      if (e.type != EntityType::kPerson || e.name.find(' ') == std::string::npos) continue;
      std::vector<const Lexicon::Leader*> known = lex_.LeadersNamed(e.name, DocumentYear());
      if (!known.empty()) e.name = known.front()->name;
    }
    for (const Name& n : names_) {
      if (n.entity >= 0) args_.push_back({n.first, n.last, n.entity});
    }
  }

  // The office holder an entity of this article is, if the lexicon knows
  // exactly one person for its name (full name, or surname alone) in office
  // at the article's date; nullptr otherwise. `role`: only terms in this role.
  // Terms of office the lexicon knows for a person entity of this article
  // (by full name, or by surname alone), at the article's date.
  std::vector<const Lexicon::Leader*> KnownTerms(const Entity& e) const {
    if (e.type != EntityType::kPerson) return {};
    return e.name.find(' ') != std::string::npos ? lex_.LeadersNamed(e.name, DocumentYear())
                                                 : lex_.LeadersWithSurname(e.name, DocumentYear());
  }

  // Of several people the lexicon knows by the name ("Mr Howard": Michael
  // Howard of the Conservatives, John Howard of Australia), the one whose
  // state or organisation the article names, if only one.
  const Lexicon::Leader* KnownHolder(const Entity& e, std::string_view role = "") const {
    const Lexicon::Leader* found = nullptr;
    bool several = false;
    for (const Lexicon::Leader* l : KnownTerms(e)) {
      if (!role.empty() && l->role != role) continue;
      if (found && found->name != l->name) several = true;
      if (!found) found = l;
    }
    if (!several) return found;
    if (out_ == nullptr) return nullptr;
    found = nullptr;
    for (const Lexicon::Leader* l : KnownTerms(e)) {
      if ((!role.empty() && l->role != role) || EntityNamed(l->affiliation, *out_) < 0) continue;
      if (found && found->name != l->name) return nullptr;  // still two people: unknown
      if (!found) found = l;
    }
    return found;
  }

  // The state or organisation whose `role` every office holder the
  // lexicon knows by this name held, when they are several people; nullptr
  // when none or they differ.
  const std::string* KnownOffice(const Entity& e, std::string_view role) const {
    const std::string* office = nullptr;
    for (const Lexicon::Leader* l : KnownTerms(e)) {
      if (l->role != role) continue;
      if (office && *office != l->affiliation) return nullptr;
      office = &l->affiliation;
    }
    return office;
  }

  // Is `person` the state itself, or affiliated with it by the article or
  // as an office holder the lexicon knows?
  bool ServesState(int person, int state, const Extraction& out) const {
    if (person == state) return true;
    for (const Triple& t : out.triples) {
      if (t.code == kAffiliationCode && t.subject == person && t.object == state) return true;
    }
    const Lexicon::Leader* known = out.entities[person].type == EntityType::kPerson ? KnownHolder(out.entities[person]) : nullptr;
    return known && known->affiliation == out.entities[state].name;
  }

  // The state entity whose capital the argument names as a place ("talks in
  // Beijing"), when the article names that state; else -1.
  int StateOfCapital(const Arg& a, const Extraction& out) const {
    const Name* n = NameOf(a);
    if (!n || n->source != NameSource::kLexicon || n->info.kind != PhraseKind::kCapital) return -1;
    const std::string* state = StateOfPhrase(n->first, n->last);
    return state ? EntityNamed(*state, out) : -1;
  }

  // The name spanning exactly the argument's tokens; nullptr if none.
  const Name* NameOf(const Arg& a) const {
    if (name_starting_at_.empty()) {  // built on first use: names are final by then
      name_starting_at_.assign(tokens_.size(), -1);
      for (size_t n = 0; n < names_.size(); ++n) {
        if (name_starting_at_[names_[n].first] < 0) name_starting_at_[names_[n].first] = static_cast<int>(n);
      }
    }
    const int index = a.first < name_starting_at_.size() ? name_starting_at_[a.first] : -1;
    for (size_t i = index < 0 ? names_.size() : static_cast<size_t>(index); i < names_.size(); ++i) {
      const Name& n = names_[i];
      if (n.first != a.first) break;
      if (n.last == a.last) return &n;
    }
    return nullptr;
  }

  // The article's entity named `name` (a country or organisation); -1 if none.
  int EntityNamed(std::string_view name, const Extraction& out) const {
    for (size_t i = 0; i < out.entities.size(); ++i) {
      if (out.entities[i].name == name && !out.entities[i].generic) return static_cast<int>(i);
    }
    return -1;
  }

  // Is the token at `k` a state's name or adjective, capitalised ("Soviet",
  // "French", "Peru")?
  bool StateAdjectiveAt(size_t k) const {
    if (!IsWord(k) || !tokens_[k].capitalized) return false;
    PhraseInfo info;
    return MatchLexicon(k, k + 1, &info) == 1 &&
           (info.kind == PhraseKind::kCountry || info.kind == PhraseKind::kDemonym);
  }

  // Type implied by the words around a name: "in X", "town of X", a dateline.
  std::optional<EntityType> ContextType(const Name& n) const {
    std::string_view prev = n.first > 0 && IsWord(n.first - 1) ? std::string_view(tokens_[n.first - 1].lower)
                                                               : std::string_view();
    if (InClass(WordClass::kLocativeWord, prev)) return EntityType::kLocation;
    // "in the Highlands", "across the Balkans": a plural name after a
    // place's preposition and "the" is a region, if tagged news agrees.
    if (prev == "the" && n.first == n.last && n.first >= 2 && IsWord(n.first - 2) &&
        (tokens_[n.first - 2].lower_view() == "in" || tokens_[n.first - 2].lower_view() == "across" ||
         tokens_[n.first - 2].lower_view() == "throughout") &&
        !tokens_[n.first].all_caps &&
        tokens_[n.first].text.size() > 4 && tokens_[n.first].text.ends_with("s") && !Possessive(n.first)) {
      // (When tagged news writes the word as a place: not "the Troubles",
      // "the Olympics".)
      std::vector<std::string_view> word{Base(n.first)};
      if (lex_.ClassifyNameWords(word) == NameClass::kLocation) return EntityType::kLocation;
    }
    // "anti-constitution group Vote No", "the oil firm Petrol Ofisi".
    if (!prev.empty() && !tokens_[n.first - 1].capitalized &&
        lex_.GroupNounType(prev) == EntityType::kOrganization && !lex_.IsGivenName(FirstPart(n.first))) {
      return EntityType::kOrganization;
    }
    // "the state corporation, Comibol, declared": a name set off in
    // apposition to an organisation's noun (a singular one: "one of its
    // executives, Rodman Moorhead").
    if (prev.empty() && n.first >= 2 && tokens_[n.first - 1].text == "," && IsWord(n.first - 2) &&
        !tokens_[n.first - 2].capitalized && lex_.GroupNounType(tokens_[n.first - 2].lower) == EntityType::kOrganization &&
        !tokens_[n.first - 2].lower_view().ends_with("s") &&
        !lex_.IsGivenName(FirstPart(n.first)) && n.last + 1 < tokens_.size() &&
        (tokens_[n.last + 1].text == "," || tokens_[n.last + 1].text == "."))
      return EntityType::kOrganization;
    // "the Soviet daily Izvestia", "the newspaper Granma": a medium's name
    // after the noun (not "the BBC News website Ford", a body's outlet; a
    // person's surname, "In the paper Bangemann wrote", joins the full name).
    if (!prev.empty() && !tokens_[n.first - 1].capitalized && lex_.IsMediaNoun(prev) && n.first >= 2 &&
        IsWord(n.first - 2) && !lex_.IsGivenName(FirstPart(n.first))) {
      const size_t before = n.first - 2;
      if (StateAdjectiveAt(before) || Determiners().contains(tokens_[before].lower) || IsModifier(before))
        return EntityType::kOrganization;
    }
    // "Euromoney magazine", "the Bugle newspaper": a medium's name ("Euston
    // station", "the UN agency" say less).
    if (IsWord(n.last + 1) && !tokens_[n.last + 1].capitalized && !Possessive(n.last) &&
        lex_.IsMediaNoun(tokens_[n.last + 1].lower) && tokens_[n.last + 1].lower_view() != "station" &&
        tokens_[n.last + 1].lower_view() != "agency")
      return EntityType::kOrganization;
    if (prev == "of" && n.first >= 2 && IsWord(n.first - 2) &&
        InClass(WordClass::kPlaceNoun, tokens_[n.first - 2].lower)) {
      return EntityType::kLocation;
    }
    // Dateline: "GENEVA, March 4" / "MOSCOW —" at the start of a line.
    const Token& head = tokens_[n.first];
    if (head.line_start && head.all_caps && n.last + 1 < tokens_.size()) {
      std::string_view next = tokens_[n.last + 1].text;
      if (next == "," || next == "-" || next == "\xE2\x80\x94" || next == "\xE2\x80\x93" ||
          tokens_[n.last + 1].line_start) {
        return EntityType::kLocation;
      }
    }
    return std::nullopt;
  }

  // An acronym ("PA", "ICRC") written out in the same article ("Palestinian
  // Authority") is that organisation, when exactly one name fits.
  // A shortened organisation name joins the one full name of the article it
  // begins: "Cato chairman William Niskanen" after "the Cato Institute",
  // "Asia Advisory Service" and "Asia Advisory Service Inc".
  // "the Reagan Administration", "the Thatcher Government": a known state
  // leader's surname heading a word for government names the state (the
  // gold guidelines), which the name joins.
  void ResolveLeaderGovernments(std::vector<std::string>& keys) {
    const int year = DocumentYear();
    for (size_t idx = 0; idx < names_.size(); ++idx) {
      Name& n = names_[idx];
      if (n.source != NameSource::kRun || n.last != n.first + 1 || Possessive(n.first) ||
          !InClass(WordClass::kLeaderGovernmentNoun, AsciiLower(Base(n.last))))
        continue;
      std::string state;
      for (const Lexicon::Leader* leader : lex_.LeadersWithSurname(AsciiLower(Base(n.first)), year)) {
        if (!IsCountryName(leader->affiliation)) continue;
        if (!state.empty() && state != leader->affiliation) {
          state.clear();  // namesakes of two states
          break;
        }
        state = leader->affiliation;
      }
      if (state.empty()) continue;
      n.type = EntityType::kLocation;
      n.source = NameSource::kLexicon;
      n.info.kind = PhraseKind::kMetonym;
      n.info.canonical = state;
      keys[idx] = absl::StrCat("LOCATION|", state);
    }
  }

  // "the Brigade" after "the al-Ghadeer Brigade", "the Commission" after
  // "the European Commission": an organisation's head word alone, after
  // "the" or before a title ("Committee Chairman X"), is the one
  // organisation of the article whose name it ends. "The
  // Cabinet" with no such name is the government (a reference that
  // ResolveBareGovernments gives to the state), not an organisation.
  void ResolveBareHeadWords(std::vector<std::string>& keys) const {
    std::vector<std::pair<size_t, std::string>> moves;
    for (size_t idx = 0; idx < names_.size(); ++idx) {
      const Name& n = names_[idx];
      if (n.source != NameSource::kRun || n.first != n.last || !keys[idx].starts_with(kOrganization) || n.first == 0)
        continue;
      // ("Cabinet ministers", "Administration officials": no body either.)
      const bool government = InClass(WordClass::kLeaderGovernmentNoun, AsciiLower(Base(n.first)));
      // ("Committee Chairman William Proxmire": before a title, too.)
      // ("Committee chairman Edward Leigh": a lower-case title before a name.)
      PhraseInfo title;
      const int title_words = IsWord(n.first + 1) ? MatchLexicon(n.first + 1, tokens_.size(), &title) : 0;
      const bool before_title = !Possessive(n.first) && title_words > 0 && title.kind == PhraseKind::kRole &&
                                (tokens_[n.first + 1].capitalized ||
                                 IsCapitalizedName(n.first + 1 + static_cast<size_t>(title_words)));
      // ("Committee members said", "Ministry officials": its people.)
      const bool before_members = !Possessive(n.first) && IsWord(n.first + 1) && !tokens_[n.first + 1].capitalized &&
                                  InClass(WordClass::kMemberNoun, tokens_[n.first + 1].lower);
      if ((!IsWord(n.first - 1) || tokens_[n.first - 1].lower_view() != "the") && !(government && !Possessive(n.first)) &&
          !before_title && !before_members)
        continue;
      if (lex_.HeadWordType(Base(n.first)) != EntityType::kOrganization && !government) continue;
      // (Keys of names read from the text are lower case, the lexicon's not.
      // A name's own words count too: "the Securities and Exchange
      // Commission" has the lexicon's key "SEC".)
      // With several such organisations, the one named last before the
      // reference ("the Bank" after "the Bank of England said").
      const std::string head = AsciiLower(Base(n.first));
      const std::string suffix = absl::StrCat(" ", head);
      const std::string* full = nullptr;
      const std::string* nearest = nullptr;
      size_t nearest_last = 0;
      bool ambiguous = false;
      for (size_t other = 0; other < names_.size(); ++other) {
        const std::string& key = keys[other];
        if (!key.starts_with(kOrganization)) continue;
        const Name& o = names_[other];
        const bool ends_with_head = o.last > o.first && AsciiLower(Base(o.last)) == head;
        const bool head_of = o.last > o.first + 1 && AsciiLower(Base(o.first)) == head &&
                             tokens_[o.first + 1].lower_view() == "of";
        if (!AsciiLower(key).ends_with(suffix) && !ends_with_head && !head_of) continue;
        if (o.last < n.first && (!nearest || o.last > nearest_last)) {
          nearest = &key;
          nearest_last = o.last;
        }
        if (full && *full == key) continue;
        ambiguous = ambiguous || full != nullptr;
        full = &key;
      }
      if (nearest) {
        moves.push_back({idx, *nearest});
      } else if (full && !ambiguous) {
        moves.push_back({idx, *full});
      } else if (!full && government) {
        moves.push_back({idx, ""});
      }
    }
    for (auto& [idx, key] : moves) keys[idx] = std::move(key);
  }

  void ResolveShortOrganisationNames(std::vector<std::string>& keys) const {
    auto words_of = [](const std::string& key) {
      std::vector<std::string_view> words;
      for (absl::string_view w : absl::StrSplit(absl::string_view(key).substr(kOrganization.size()), ' ', absl::SkipEmpty()))
        words.emplace_back(w.data(), w.size());
      return words;
    };
    // Each organisation key with its words, by first word (sorted: deterministic).
    std::set<std::string> organisations;
    for (const std::string& key : keys)
      if (key.starts_with(kOrganization)) organisations.insert(key);
    std::map<std::string_view, std::vector<std::pair<const std::string*, std::vector<std::string_view>>>> by_first;
    for (const std::string& key : organisations) {
      std::vector<std::string_view> words = words_of(key);
      if (!words.empty()) by_first[words.front()].push_back({&key, std::move(words)});
    }
    std::vector<std::pair<size_t, std::string>> moves;
    for (size_t idx = 0; idx < names_.size(); ++idx) {
      if (!keys[idx].starts_with(kOrganization) || names_[idx].source != NameSource::kRun) continue;
      const std::vector<std::string_view> words = words_of(keys[idx]);
      if (words.empty() || (words.size() == 1 && SeenLowercase(AsciiLower(std::string(words[0]))))) continue;
      auto bucket = by_first.find(words.front());
      if (bucket == by_first.end()) continue;
      const std::string* full = nullptr;
      bool ambiguous = false;
      for (const auto& [other, other_words] : bucket->second) {
        if (other_words.size() <= words.size() || !std::equal(words.begin(), words.end(), other_words.begin())) continue;
        ambiguous = ambiguous || full != nullptr;
        full = other;
      }
      if (full && !ambiguous) moves.push_back({idx, *full});
    }
    for (auto& [idx, key] : moves) keys[idx] = std::move(key);
  }

  // "the Finance Committee" after "the Senate Finance Committee", "the
  // National Bank" after "the Swiss National Bank": a name of two words or
  // more that ends exactly one longer organisation name, which the article
  // gave before it, is that organisation. Not a party's name: "Democratic
  // Party" after "Social Democratic Party" is often another party.
  void ResolveOrganisationNameTails(std::vector<std::string>& keys) const {
    // Where each organisation key is first named (a sorted map: deterministic).
    std::map<std::string, size_t> first_named;
    for (size_t idx = 0; idx < names_.size(); ++idx) {
      if (!keys[idx].starts_with(kOrganization)) continue;
      auto [it, added] = first_named.try_emplace(keys[idx], names_[idx].first);
      it->second = std::min(it->second, names_[idx].first);
    }
    // (Lower-cased once: lexicon keys keep their case.)
    std::vector<std::pair<std::string, size_t>> lower;  // lower-case key, first token
    lower.reserve(first_named.size());
    for (const auto& [key, at] : first_named) lower.push_back({AsciiLower(key), at});
    std::map<std::string, std::string> moved;  // short key -> full key
    size_t k = 0;
    for (auto entry = first_named.begin(); entry != first_named.end(); ++entry, ++k) {
      const std::string_view name = std::string_view(lower[k].first).substr(kOrganization.size());
      if (name.find(' ') == std::string_view::npos || name.ends_with(" party")) continue;
      const std::string tail = absl::StrCat(" ", ToAbsl(name));
      const std::string* full = nullptr;
      bool ambiguous = false;
      size_t j = 0;
      for (auto other = first_named.begin(); other != first_named.end(); ++other, ++j) {
        if (lower[j].second >= entry->second || !lower[j].first.ends_with(tail)) continue;
        ambiguous = ambiguous || full != nullptr;
        full = &other->first;
      }
      if (full && !ambiguous) moved.emplace(entry->first, *full);
    }
    for (size_t idx = 0; idx < names_.size(); ++idx) {
      if (names_[idx].source != NameSource::kRun) continue;
      if (auto it = moved.find(keys[idx]); it != moved.end()) keys[idx] = it->second;
    }
  }

  // The words of name `n` without its company suffixes ("Sony" of "Sony
  // Corp", "Cable and Wireless" of "Cable and Wireless Plc"); "" when it
  // ends in none or is nothing but suffixes.
  std::string CompanyStem(const Name& n) const {
    size_t end = n.last + 1;
    while (end > n.first + 1 && IsWord(end - 1) && InClass(WordClass::kCompanySuffix, Base(end - 1))) --end;
    if (end == n.last + 1 || !IsWord(end - 1)) return "";
    Name stem = n;
    stem.last = end - 1;
    return absl::StrJoin(NameTokens(stem), " ");
  }

  // "Viacom Inc ... Viacom said", "Sony Corp" with "Sony" known: a company's
  // name without its suffixes ("Inc", "Corp", "Co Ltd") is the company,
  // whatever type its context suggested, when one company of the article
  // has that stem; a name read from the text that is a known organisation
  // with suffixes added is that organisation.
  void ResolveCompanyShortNames(std::vector<std::string>& keys) const {
    std::map<std::string, std::string> company_of_stem;  // lower-case stem -> key ("" when two companies share it)
    std::vector<std::string> stems(names_.size());
    for (size_t idx = 0; idx < names_.size(); ++idx) {
      const Name& n = names_[idx];
      if (!keys[idx].starts_with(kOrganization) || n.source != NameSource::kRun) continue;
      stems[idx] = CompanyStem(n);
      if (stems[idx].empty()) continue;
      auto [it, added] = company_of_stem.try_emplace(stems[idx], keys[idx]);
      if (!added && it->second != keys[idx]) it->second.clear();
    }
    if (company_of_stem.empty()) return;
    for (size_t idx = 0; idx < names_.size(); ++idx) {
      const Name& n = names_[idx];
      if (keys[idx].empty() || n.source != NameSource::kRun) continue;
      // A known organisation with suffixes: "Sony Corp".
      if (!stems[idx].empty()) {
        PhraseInfo info{};
        std::vector<std::string_view> words;
        for (size_t k = n.first; k <= n.last && words.size() < 8; ++k)
          if (IsWord(k)) words.push_back(tokens_[k].text);
        const int matched = lex_.MatchPhrase(words, &info);
        Name known = n;
        known.last = n.first + static_cast<size_t>(std::max(matched, 1)) - 1;
        if (matched > 0 && info.kind == PhraseKind::kOrganization &&
            absl::StrJoin(NameTokens(known), " ") == stems[idx])
          keys[idx] = std::string(kOrganization) + info.canonical;
        continue;
      }
      auto it = company_of_stem.find(absl::StrJoin(NameTokens(n), " "));
      if (it != company_of_stem.end() && !it->second.empty()) keys[idx] = it->second;
    }
  }

  // "Salomon Brothers Inc ... Salomon said", "Dome Petroleum Ltd ... Dome's
  // creditors": a name read from the text and typed a person or a place,
  // which opens exactly one company name of the article (one ending in a
  // company suffix), is that company.
  void ResolveCompanyPrefixes(std::vector<std::string>& keys) {
    std::map<std::string, std::string> company_of_prefix;  // opening words -> key ("" when two companies share them)
    for (size_t idx = 0; idx < names_.size(); ++idx) {
      const Name& n = names_[idx];
      if (!keys[idx].starts_with(kOrganization) || !IsWord(n.last) || !InClass(WordClass::kCompanySuffix, Base(n.last)))
        continue;
      const std::vector<std::string> words = NameTokens(n);
      for (size_t p = 1; p + 1 < words.size(); ++p) {
        if (InClass(WordClass::kCompanySuffix, words[p - 1])) break;
        const std::string prefix = absl::StrJoin(words.begin(), words.begin() + p, " ");
        auto [it, added] = company_of_prefix.try_emplace(prefix, keys[idx]);
        if (!added && it->second != keys[idx]) it->second.clear();
      }
    }
    if (company_of_prefix.empty()) return;
    for (size_t idx = 0; idx < names_.size(); ++idx) {
      Name& n = names_[idx];
      if (n.source != NameSource::kRun || !n.type || (*n.type != EntityType::kPerson && *n.type != EntityType::kLocation))
        continue;
      const std::string joined = absl::StrJoin(NameTokens(n), " ");
      // (Only a name keyed as itself: a surname already joined to its
      // person's full name stays the person; so does a name opening with a
      // given name, after whom a firm is named: "Ivan Boesky and Co".)
      if (keys[idx] != absl::StrCat(ToAbsl(EntityTypeName(*n.type)), "|", joined)) continue;
      if (*n.type == EntityType::kPerson && n.last > n.first && lex_.IsGivenName(FirstPart(n.first))) continue;
      auto it = company_of_prefix.find(joined);
      if (it == company_of_prefix.end() || it->second.empty()) continue;
      keys[idx] = it->second;
      n.type = EntityType::kOrganization;
    }
  }

  // A one-word name blended from the beginnings of an organisation's words
  // ("Adsteam" after "Adelaide Steamship Co Ltd", "Comsat" after
  // "Communications Satellite Corp") is that organisation, when exactly one
  // of the article's names fits: two parts at least, each of two letters or
  // more, from its first words on.
  void ResolveBlendedNames(std::vector<std::string>& keys) {
    for (size_t idx = 0; idx < names_.size(); ++idx) {
      Name& n = names_[idx];
      if (keys[idx].empty() || n.first != n.last || n.source != NameSource::kRun || tokens_[n.first].all_caps) continue;
      const std::string blend = AsciiLower(Base(n.first));
      if (blend.size() < 4) continue;
      std::set<std::string> fits;
      size_t fit = idx;
      bool heads_a_name = false;  // "CityFed" of "CityFed Financial Corp": a short name, not a blend
      for (size_t full = 0; full < names_.size(); ++full) {
        const Name& f = names_[full];
        if (full != idx && f.last > f.first && AsciiLower(Base(f.first)) == blend) heads_a_name = true;
        if (full == idx || keys[full].empty() || keys[full] == keys[idx] || f.type != EntityType::kOrganization ||
            f.last == f.first)
          continue;
        std::vector<std::string> words;
        for (size_t k = f.first; k <= f.last; ++k) {
          if (IsWord(k) && !NameConnectors().contains(tokens_[k].lower)) words.push_back(AsciiLower(Base(k)));
        }
        if (BlendOf(blend, 0, words, 0)) {
          fits.insert(keys[full]);
          fit = full;
        }
      }
      if (fits.size() != 1 || heads_a_name) continue;
      keys[idx] = keys[fit];
      n.type = names_[fit].type;
    }
  }

  // Does `blend` from `pos` on spell the beginnings (two letters or more) of
  // `words` from `w` on, one after another, two words at least in all?
  static bool BlendOf(std::string_view blend, size_t pos, const std::vector<std::string>& words, size_t w) {
    if (pos == blend.size()) return w >= 2;
    if (w >= words.size()) return false;
    for (size_t len = std::min(words[w].size(), blend.size() - pos); len >= 2; --len) {
      if (blend.compare(pos, len, words[w], 0, len) == 0 && BlendOf(blend, pos + len, words, w + 1)) return true;
    }
    return false;
  }

  void ResolveAcronyms(std::vector<std::string>& keys) {
    std::map<std::string, std::set<size_t>> by_initials;  // initials -> name indexes
    std::vector<std::pair<size_t, std::string>> abbreviated;  // names with an abbreviation, spelt whole
    for (size_t idx = 0; idx < names_.size(); ++idx) {
      const Name& n = names_[idx];
      if (keys[idx].empty() || n.last == n.first || n.type == EntityType::kPerson) continue;
      // Initials, and with an abbreviation kept whole: "UK Independence
      // Party" is UIP or UKIP.
      std::string initials, whole;
      for (size_t k = n.first; k <= n.last; ++k) {
        if (!IsWord(k) || NameConnectors().contains(tokens_[k].lower)) continue;
        initials.push_back(absl::ascii_toupper(static_cast<unsigned char>(tokens_[k].text[0])));
        if (tokens_[k].all_caps && tokens_[k].text.size() <= 4 && std::all_of(tokens_[k].text.begin(), tokens_[k].text.end(), [](char c) { return absl::ascii_isupper(static_cast<unsigned char>(c)); }))
          whole.append(tokens_[k].text);
        else
          whole.push_back(absl::ascii_toupper(static_cast<unsigned char>(tokens_[k].text[0])));
      }
      if (initials.size() >= 2) by_initials[initials].insert(idx);
      if (whole != initials) {
        by_initials[whole].insert(idx);
        abbreviated.push_back({idx, whole});
      }
    }
    // A name built on an abbreviation joins the written-out name it spells:
    // "PCS Union" is the "Public and Commercial Services Union".
    for (const auto& [idx, whole] : abbreviated) {
      auto it = by_initials.find(whole);
      std::set<std::string> others;
      size_t other = idx;
      for (size_t full : it->second) {
        if (full == idx || keys[full] == keys[idx]) continue;
        others.insert(keys[full]);
        other = full;
      }
      if (others.size() != 1 || names_[other].last - names_[other].first <= names_[idx].last - names_[idx].first)
        continue;
      keys[idx] = keys[other];
      names_[idx].type = names_[other].type;
    }
    // "the Office of Telecommunications (OFTEL)": an abbreviation in
    // parentheses right after a body's name, with the name's first letter,
    // is that body wherever the article uses it, even one the lexicon knows
    // under another spelling ("Food and Agricultural Organisation (FAO)").
    for (size_t idx = 1; idx < names_.size(); ++idx) {
      const Name& n = names_[idx];
      const Name& full = names_[idx - 1];
      if (n.first != n.last || !tokens_[n.first].all_caps || n.first < 2 ||
          (n.source != NameSource::kRun && full.source != NameSource::kRun) ||
          keys[idx].empty() || keys[idx - 1].empty() || full.last + 2 != n.first || full.last == full.first ||
          full.type == EntityType::kPerson || tokens_[n.first - 1].text != "(" || n.last + 1 >= tokens_.size() ||
          tokens_[n.last + 1].text != ")" ||
          tokens_[n.first].text[0] != tokens_[full.first].text[0])
        continue;
      const std::string abbreviation = keys[idx];
      for (size_t other = 0; other < names_.size(); ++other) {
        if (keys[other] != abbreviation) continue;
        keys[other] = keys[idx - 1];
        names_[other].type = full.type;
      }
    }
    for (size_t idx = 0; idx < names_.size(); ++idx) {
      Name& n = names_[idx];
      if (n.first != n.last || !tokens_[n.first].all_caps || n.source != NameSource::kRun) continue;
      auto it = by_initials.find(std::string(Base(n.first)));
      if (it == by_initials.end()) continue;
      std::set<std::string> candidates;
      for (size_t full : it->second) candidates.insert(keys[full]);
      if (candidates.size() != 1) continue;
      size_t full = *it->second.begin();
      keys[idx] = keys[full];
      n.type = names_[full].type;
    }
  }

  // Types a capitalised run with no head word, given name, context or coreference.
  // Does the article name the person by the last word of `n` alone ("Abdul
  // Jabbar Muhsen ... Muhsen said")?
  bool SurnameUsedAlone(const Name& n) const { return single_word_names_.contains(Base(n.last)); }

  // Untyped names listed with a known place are places: "visits Manchester,
  // Liverpool, Leicester and Torbay", "cities including Cardiff, Bangor and
  // Wrexham". A list joins names by commas and ends with "and" or "or"; a
  // list with a typed person or organisation, or whose last member is
  // followed by a verb ("In Lima, Ruiz and Haddad said"), is left alone.
  // "MP for Richmond" names a constituency.
  void TypePlaceLists() {
    std::vector<size_t> order(names_.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return names_[a].first < names_[b].first; });
    auto untyped_place_word = [&](const Name& n) {
      return !n.type && n.source == NameSource::kRun && !n.person_context && !lex_.IsGivenName(FirstPart(n.first)) &&
             !tokens_[n.first].all_caps;
    };
    for (size_t k = 0; k < order.size();) {
      size_t end = k + 1;
      bool closed = false;  // joined by "and" / "or" at its end
      while (end < order.size() && !closed) {
        const Name& a = names_[order[end - 1]];
        const Name& b = names_[order[end]];
        if (b.first <= a.last + 1 || b.first > a.last + 3 || !SameSentence(a.last, b.first)) break;
        bool comma = false, conjunction = false, other = false;
        for (size_t t = a.last + 1; t < b.first; ++t) {
          if (tokens_[t].text == ",") comma = true;
          else if (IsWord(t) && (tokens_[t].lower_view() == "and" || tokens_[t].lower_view() == "or")) conjunction = true;
          else other = true;
        }
        if (other || (!comma && !conjunction)) break;
        closed = conjunction;
        ++end;
      }
      if (closed && end - k >= 2) {
        bool place = false, mixed = false;
        for (size_t m = k; m < end; ++m) {
          const Name& n = names_[order[m]];
          if (n.type == EntityType::kLocation) place = true;
          else if (n.type || n.person_context || lex_.IsGivenName(FirstPart(n.first))) mixed = true;
        }
        const size_t after = names_[order[end - 1]].last + 1;
        const bool verb_after = IsWord(after) && !tokens_[after].capitalized &&
                                (IsAuxiliary(tokens_[after].lower) || IsVerbish(after) ||
                                 lex_.IsSpeechVerb(tokens_[after].lower));
        if (place && !mixed && !verb_after) {
          for (size_t m = k; m < end; ++m) {
            Name& n = names_[order[m]];
            if (untyped_place_word(n)) n.type = EntityType::kLocation;
          }
        }
      }
      k = end;
    }
    for (Name& n : names_) {
      if (untyped_place_word(n) && n.first >= 2 && IsWord(n.first - 1) && tokens_[n.first - 1].lower_view() == "for" &&
          tokens_[n.first - 2].text == "MP")
        n.type = EntityType::kLocation;
    }
  }

  // Is (nearly) every use of the word at `i` in the article (as written)
  // right before a lower-case noun, in mixed-case text ("ID cards")? One
  // use in five may stand alone ("a bill to introduce compulsory ID").
  bool AlwaysAttributive(size_t i) const {
    if (auto it = attributive_.find(ToAbsl(tokens_[i].text)); it != attributive_.end()) return it->second;
    int attributive = 0, alone = 0;
    for (size_t t = 0; t < tokens_.size(); ++t) {
      if (tokens_[t].kind != TokenKind::kWord || tokens_[t].text != tokens_[i].text) continue;
      if (IsHeadlineLine(t)) continue;
      const size_t next = t + 1;
      if (!IsWord(next) || !SameSentence(t, next) || tokens_[next].capitalized || IsVerbish(next) ||
          IsAuxiliary(tokens_[next].lower) || Prepositions().contains(tokens_[next].lower) ||
          tokens_[next].lower_view() == "and" || tokens_[next].lower_view() == "or" ||
          lex_.GroupNounType(tokens_[next].lower) || RoleStartingAt(next) || lex_.IsMediaNoun(tokens_[next].lower)) {
        ++alone;
      } else {
        ++attributive;
      }
    }
    const bool result = attributive > 0 && alone * 4 <= attributive;
    attributive_.emplace(std::string(tokens_[i].text), result);
    return result;
  }

  // "ID cards", "TV licences": a two-letter abbreviation the article only
  // ever writes before a lower-case noun names a thing, no body.
  bool AttributiveAbbreviation(const Name& n) const {
    return n.first == n.last && tokens_[n.first].all_caps && tokens_[n.first].text.size() == 2 &&
           AlwaysAttributive(n.first);
  }

  // "Ernst & Young", "E&Y": a firm's name.
  bool HasAmpersand(const Name& n) const {
    for (size_t t = n.first + 1; t < n.last; ++t)
      if (tokens_[t].text == "&") return true;
    return false;
  }

  // A firm, unless tagged news has its words in places' names: "Folkestone
  // & Hythe" is a constituency.
  EntityType AmpersandType(const Name& n) const {
    std::vector<std::string_view> words;
    for (size_t t = n.first; t <= n.last; ++t)
      if (IsWord(t)) words.push_back(Base(t));
    return lex_.ClassifyNameWords(words) == NameClass::kLocation ? EntityType::kLocation : EntityType::kOrganization;
  }

  // Does the name follow "of", "for" or "with" (maybe "the") after a title
  // ("chief executive of", "a partner with") or after a person's name
  // ("Ashok Vishwanathan of")?
  bool BodyOfTitleOrPerson(const Name& n) const {
    size_t k = n.first;
    if (k > 0 && IsWord(k - 1) && tokens_[k - 1].lower_view() == "the") --k;
    if (k < 2 || !IsWord(k - 1) || !SameSentence(k - 1, n.first)) return false;
    const std::string_view link = tokens_[k - 1].lower_view();
    if (link != "of" && link != "for" && link != "with") return false;
    if (const RoleSpan* role = RoleEndingAt(k - 2); role && !tokens_[k - 2].capitalized) return true;
    // (The name attributing a quotation: `," said Perrin Long of Lipper
    // Analytical`.)
    if (link == "of") {
      size_t start = k - 1;
      while (start > 0 && k - 1 - start < 3 && IsCapitalizedName(start - 1) && SameSentence(start - 1, k - 1)) --start;
      if (start < k - 1 && AfterQuotationVerb(start)) return true;
    }
    // (A person's name: a given name and a surname right before "of".)
    return link == "of" && k >= 3 && IsCapitalizedName(k - 2) && IsWord(k - 3) && tokens_[k - 3].capitalized &&
           lex_.IsGivenName(tokens_[k - 3].text) && !lex_.IsGivenName(tokens_[k - 2].text) && SameSentence(k - 3, k - 1);
  }

  std::optional<EntityType> GuessType(const Name& n) const {
    const Token& head = tokens_[n.first];
    size_t words = n.last - n.first + 1;
    if (HasAmpersand(n)) return AmpersandType(n);
    if (words == 1 && head.all_caps && head.text.size() >= 2 && head.text.size() <= 6) {
      if (AttributiveAbbreviation(n)) return std::nullopt;
      return EntityType::kOrganization;  // acronym
    }
    // "the Reagan Administration": the surname of a leader in office.
    if (words == 1 && !head.all_caps && IsWord(n.last + 1) &&
        (tokens_[n.last + 1].lower_view() == "administration" || tokens_[n.last + 1].lower_view() == "government") &&
        !lex_.LeadersWithSurname(Base(n.first), DocumentYear()).empty())
      return EntityType::kPerson;
    if (words >= 2 && words <= 4) {
      // Words the article also writes in lower case ("Strategic Export
      // Controls", "export controls") make a name of things, not a person.
      int common = 0;
      for (size_t t = n.first; t <= n.last; ++t) common += SeenLowercase(AsciiLower(Base(t)));
      if (common >= 2 || (common == 1 && words == 2 && !lex_.IsGivenName(FirstPart(n.first))))
        return EntityType::kOrganization;
      // A person has a given name, a title, or a surname the article uses
      // alone; "Christmas Midnight Mass" and "Holy Land" have none.
      if (lex_.IsGivenName(FirstPart(n.first)) || n.person_context || SurnameUsedAlone(n)) return EntityType::kPerson;
      // "chief executive of Alcohol Focus", "Ashok Vishwanathan of
      // Operation Black Vote": what a title or a person is of is a body.
      if (BodyOfTitleOrPerson(n)) return EntityType::kOrganization;
      // Else the words' statistics in tagged news (data/name_word_types.tsv):
      // "Holy Land" is a place, "Care International" an organisation,
      // "Christmas Midnight Mass" no actor; unknown words make a person.
      std::vector<std::string_view> words;
      for (size_t t = n.first; t <= n.last; ++t) words.push_back(Base(t));
      // Attributing a quotation (`," said Perrin Long.`), only an
      // organisation's words make no person.
      switch (lex_.ClassifyNameWords(words)) {
        case NameClass::kOrganization: return EntityType::kOrganization;
        case NameClass::kLocation:
          return AfterQuotationVerb(n.first) ? EntityType::kPerson : EntityType::kLocation;
        case NameClass::kOther:
          return AfterQuotationVerb(n.first) ? std::optional(EntityType::kPerson) : std::nullopt;
        default: return EntityType::kPerson;
      }
    }
    if (words == 1 && n.last + 1 < tokens_.size() && IsWord(n.last + 1) &&
        lex_.IsSpeechVerb(tokens_[n.last + 1].lower)) {
      // "Dealers said", "Producers say": a plural the article also writes in
      // lower case, or one tagged news has in no name, is no one's name.
      const std::string_view word = Base(n.first);
      const NameClass by_word = lex_.ClassifyNameWords({word});
      if (!head.all_caps && word.size() > 3 && word.ends_with("s") && !word.ends_with("ss") &&
          (SeenLowercase(AsciiLower(word)) || by_word == NameClass::kOther))
        return std::nullopt;
      // "Morgan Stanley International said": a word tagged news has in
      // organisations' names.
      if (by_word == NameClass::kOrganization) return EntityType::kOrganization;
      return EntityType::kPerson;
    }
    // `," said Greenstein.`, `," said Greenstein of Acme.`: one word
    // attributing a quotation, the same way.
    if (words == 1 && !head.all_caps && AfterQuotationVerb(n.first) && !Possessive(n.first)) {
      const size_t next = n.last + 1;
      const bool ends = AttributionEndsAt(next) ||
                        (IsWord(next) && tokens_[next].lower_view() == "of" && IsCapitalizedName(next + 1));
      if (ends) {
        const NameClass by_word = lex_.ClassifyNameWords({Base(n.first)});
        if (by_word == NameClass::kOrganization) return EntityType::kOrganization;
        if (by_word != NameClass::kOther && by_word != NameClass::kLocation) return EntityType::kPerson;
      }
    }
    // `," said Nomura's Tanaka.`, `," said Bank of Tokyo's Kimura.`: one
    // word after a possessive owner attributing a quotation is the one who
    // speaks, and the owner a body.
    if (words == 1 && !head.all_caps && n.first > 0 && IsWord(n.first - 1) && Possessive(n.first - 1)) {
      bool attributes = false;
      for (size_t t = n.first - 1; !attributes && t > 0 && t + 6 > n.first && IsWord(t); --t) {
        if (!tokens_[t].capitalized && tokens_[t].lower_view() != "of") break;
        attributes = AfterQuotationVerb(t);
      }
      if (AttributionEndsAt(n.last + 1) && attributes && lex_.ClassifyNameWords({Base(n.first)}) != NameClass::kOrganization)
        return EntityType::kPerson;
    }
    if (words == 1 && !head.all_caps && Possessive(n.last) && AfterQuotationVerb(n.first) && IsWord(n.last + 1) &&
        tokens_[n.last + 1].capitalized && !lex_.IsGivenName(FirstPart(n.last + 1)) && AttributionEndsAt(n.last + 2))
      return EntityType::kOrganization;
    return std::nullopt;
  }

  // --- affiliations ---
  // Lookups by token index (built once; the stages ask them per token).
  const Arg* ArgEndingAt(size_t last) const {
    return last < arg_end_.size() && arg_end_[last] >= 0 ? &args_[arg_end_[last]] : nullptr;
  }
  const Arg* ArgStartingAt(size_t first) const {
    return first < arg_start_.size() && arg_start_[first] >= 0 ? &args_[arg_start_[first]] : nullptr;
  }
  const RoleSpan* RoleEndingAt(size_t last) const {
    return last < role_end_.size() && role_end_[last] >= 0 ? &roles_[role_end_[last]] : nullptr;
  }
  // Is token `t` part of a role (a title)? False past the end.
  bool InRole(size_t t) const { return t < in_role_.size() && in_role_[t]; }

  const RoleSpan* RoleStartingAt(size_t first) const {
    return first < role_start_.size() && role_start_[first] >= 0 ? &roles_[role_start_[first]] : nullptr;
  }

  void IndexRoles() {
    role_start_.assign(tokens_.size(), -1);
    role_end_.assign(tokens_.size(), -1);
    for (size_t r = 0; r < roles_.size(); ++r) {
      if (role_start_[roles_[r].first] < 0) role_start_[roles_[r].first] = static_cast<int>(r);
      if (role_end_[roles_[r].last] < 0) role_end_[roles_[r].last] = static_cast<int>(r);
    }
    in_role_.assign(tokens_.size(), false);
    for (const RoleSpan& r : roles_) {
      for (size_t t = r.first; t <= r.last; ++t) in_role_[t] = true;
    }
    event_start_.assign(tokens_.size(), -1);
    event_end_.assign(tokens_.size(), -1);
    sentence_events_.assign(sentence_first_.size(), {});
    for (size_t e = 0; e < events_.size(); ++e) {
      if (event_start_[events_[e].first] < 0) event_start_[events_[e].first] = static_cast<int>(e);
      if (event_end_[events_[e].last] < 0) event_end_[events_[e].last] = static_cast<int>(e);
      sentence_events_[tokens_[events_[e].first].sentence].push_back(static_cast<int>(e));
    }
  }

  void IndexArgs() {
    arg_start_.assign(tokens_.size(), -1);
    arg_end_.assign(tokens_.size(), -1);
    sentence_args_.assign(sentence_first_.size(), {});
    for (size_t a = 0; a < args_.size(); ++a) {
      if (arg_start_[args_[a].first] < 0) arg_start_[args_[a].first] = static_cast<int>(a);
      if (arg_end_[args_[a].last] < 0) arg_end_[args_[a].last] = static_cast<int>(a);
      sentence_args_[tokens_[args_[a].first].sentence].push_back(static_cast<int>(a));
    }
  }
  bool IsAffiliationTarget(const Extraction& out, const Arg* a) const {
    if (a == nullptr) return false;
    EntityType t = out.entities[a->entity].type;
    // "assistant director for Africa Paul Acquah": a continent or region is
    // a portfolio, no one's employer.
    if (t == EntityType::kLocation && lex_.IsRegion(out.entities[a->entity].name)) return false;
    return t == EntityType::kOrganization || t == EntityType::kLocation;
  }

  void AddTriple(Extraction& out, int s, int o, std::string predicate, std::string code,
                 std::string role, Modality modality, size_t first_tok, size_t last_tok) {
    if (s < 0 || o < 0 || s == o) return;
    // A sea never acts; forces are sent to it (15), and an event may be
    // named after it, but it is not met, urged, judged or attacked.
    if (lex_.IsWater(out.entities[s].name)) return;
    if (lex_.IsWater(out.entities[o].name) && code != "15" && code != kParticipationCode) return;
    // An event never acts: "the Bill proposes control orders, which could
    // impose curfews" is no coercion by the Bill.
    if (out.entities[s].type == EntityType::kEvent) return;
    // A relation read (even partly) off a repeated copy of the body was read
    // already from the first copy.
    if (repeated_[first_tok] || repeated_[last_tok]) return;
    // "his attack on Labour", "Mr Blunkett's battle with X", "Regan and
    // Volcker clashed": a person's or party's attack on a person, body or
    // party is words, not force, however it is written ("the IRA attack on
    // Mrs Thatcher" is force; verbs have their own, wider rule).
    const Entity& subject = out.entities[s];
    const Entity& object = out.entities[o];
    if (VerbalAttack(code, predicate) && !subject.generic && !object.generic &&
        (subject.type == EntityType::kPerson || IsParty(subject)) &&
        (object.type == EntityType::kPerson || object.type == EntityType::kOrganization))
      code = "11";
    Triple t;
    t.subject = s;
    t.object = o;
    t.predicate = std::move(predicate);
    t.code = std::move(code);
    t.role = std::move(role);
    t.modality = modality;
    t.goldstein = lex_.Goldstein(t.code);
    t.provenance.document_id = doc_.id;
    t.provenance.date = doc_.date.empty() ? std::string(kUnknownDate) : doc_.date;
    t.provenance.sentence = tokens_[first_tok].sentence;
    // The last token may come before the first one (an object named before
    // its subject): the span covers both, whatever their order.
    uint32_t b = std::min(tokens_[first_tok].span.begin, tokens_[last_tok].span.begin);
    uint32_t e = std::max(tokens_[first_tok].span.end, tokens_[last_tok].span.end);
    // Evidence is verbatim and at most ~200 bytes, cut on a UTF-8 boundary.
    if (e - b > 200) e = b + 200;
    while (e > b && e < doc_.text.size() && (static_cast<unsigned char>(doc_.text[e]) & 0xC0) == 0x80) --e;
    t.provenance.span = {b, e};
    t.provenance.evidence = std::string(doc_.text.substr(b, e - b));
    out.triples.push_back(std::move(t));
  }

  // "Mr", "Mrs", "Ms", "Miss": an honorific that is no rank or title.
  static bool IsCourtesyTitle(std::string_view lower) {
    return lower == "mr" || lower == "mrs" || lower == "ms" || lower == "miss" || lower == "mr." || lower == "mrs." ||
           lower == "ms.";
  }

  // A lower-case word that can sit between a qualifier and a person:
  // "political" (editor), "foreign affairs" (spokesman), "counterpart".
  bool IsModifier(size_t j) const {
    // ("European commission president": the lower-case word ends a name.)
    if (!IsWord(j) || tokens_[j].capitalized || j == 0 || ArgEndingAt(j)) return false;
    std::string_view w = tokens_[j].lower;
    // ("Tarsun Corp named Omar Haddad": a verb appointing him.)
    return !Determiners().contains(w) && !Prepositions().contains(w) && !IsVerbish(j) && w != "and" &&
           w != "or" && w != "but" && w != "who" && w != "which" && w != "that" &&
           !InClass(WordClass::kAppointmentVerb, w) && !absl::ascii_isdigit(static_cast<unsigned char>(w[0]));
  }

  // The organisation or country qualifying `person` from the left, with the
  // role if stated: "Russian Foreign Minister X", "the BBC's political editor
  // X", "his Israeli counterpart, X", "Tory foreign affairs spokesman X".
  const Arg* QualifierBefore(const Arg& person, const Extraction& out, std::string* role) const {
    role->clear();
    if (person.first == 0) return nullptr;
    // "Lib Dem spokesman Sir Menzies Campbell": honorifics stand between.
    size_t j = PastHonorificsBack(person.first - 1);
    // "Mr", "Mrs", "Ms", "Miss" right after where the title would stand.
    const bool courtesy = j + 1 < person.first && IsCourtesyTitle(tokens_[j + 1].lower);
    const size_t before_title = j;
    bool comma = tokens_[j].text == ",";
    bool opened_appositive = false;
    if (comma) {
      if (j == 0) return nullptr;
      // An appositive is closed by punctuation: in "With the US President,
      // Tony Blair said" the name starts the main clause.
      size_t after = person.last + 1;
      if (after < tokens_.size() && SameSentence(person.last, after) && tokens_[after].kind == TokenKind::kWord)
        return nullptr;
      --j;
    }
    if (const RoleSpan* r = RoleEndingAt(j)) {
      *role = r->role;
      if (r->first == 0) return nullptr;
      j = r->first - 1;
      // "Labour MP and former Cabinet minister X": the first title, with its
      // qualifier, is X's too.
      size_t k = j;
      while (k > 0 && IsWord(k) && !tokens_[k].capitalized && IsModifier(k) && k + 2 > j) --k;
      if (k > 1 && IsWord(k) && tokens_[k].lower_view() == "and")
        if (const RoleSpan* first_title = RoleEndingAt(k - 1); first_title && first_title->first > 0) {
          *role = first_title->role;
          j = first_title->first - 1;
        }
      // "his Chilean counterpart, Foreign Minister X": the title opens the
      // appositive.
      if (!comma && j > 1 && tokens_[j].text == "," && IsModifier(j - 1)) {
        --j;
        opened_appositive = true;
      }
      for (int k = 0; k < 2 && IsModifier(j); ++k) --j;
      // "Bache Securities (Japan) analyst X": a parenthesis after the body.
      if (j > 2 && tokens_[j].text == ")") {
        size_t open = j;
        while (open > 0 && open + 6 > j && tokens_[open].text != "(") --open;
        if (tokens_[open].text == "(" && open > 0 && ArgEndingAt(open - 1)) j = open - 1;
      }
    } else if (IsModifier(j)) {
      // "told the BBC News website Ford did not": an outlet is no title.
      if (InClass(WordClass::kOutletNoun, tokens_[j].lower)) return nullptr;
      --j;
      // "In an article for the Times newspaper, Ms Dunwoody says": a
      // fronted prepositional phrase, no description of the name after it.
      // (Only a phrase that opens the sentence: "his counterpart on the DCA
      // committee, Alan Beith" does describe him.)
      if (comma && FrontedPrepositionalPhrase(sentence_first_[tokens_[j].sentence], j)) return nullptr;
    } else if (comma) {
      return nullptr;  // "Moscow, Lavrov said" is no affiliation
    }
    const Arg* org = ArgEndingAt(j);
    // "Portuguese Ambassador to Peking X": the place after "to" or "in" is
    // the posting; the affiliation stands before the title.
    if (const RoleSpan* posted = org && role->empty() && org->first >= 2 && IsWord(org->first - 1) &&
                                         (tokens_[org->first - 1].lower_view() == "to" ||
                                          tokens_[org->first - 1].lower_view() == "in")
                                     ? RoleEndingAt(org->first - 2)
                                     : nullptr) {
      if (posted->first == 0) return nullptr;
      *role = posted->role;
      j = posted->first - 1;
      for (int k = 0; k < 2 && IsModifier(j); ++k) --j;
      org = ArgEndingAt(j);
    }
    // "Britain's Europe Director X", "Peru's Asia director X": a state or
    // body owning a title qualified by a region is the one X belongs to.
    if (org && !role->empty() && !IsAffiliationTarget(out, org) &&
        out.entities[org->entity].type == EntityType::kLocation && !Possessive(org->last) && org->first > 0)
      if (const Arg* owner = ArgEndingAt(org->first - 1); owner && Possessive(owner->last) &&
                                                          IsAffiliationTarget(out, owner))
        org = owner;
    if (!IsAffiliationTarget(out, org) || !SameSentence(org->last, person.first)) return nullptr;
    // "Devon landowner Giles Bradshaw", "Texas oilman X": a town, county or
    // state before a noun that is no title says where X lives or works.
    // ("Wales coach X", "Liverpool boss X": the place's team employs X.)
    if (role->empty() && out.entities[org->entity].type == EntityType::kLocation && !Possessive(org->last) &&
        !IsCountry(out.entities[org->entity]) &&
        !(IsWord(before_title) && InClass(WordClass::kTeamMemberNoun, tokens_[before_title].lower)))
      return nullptr;
    // "at the heart of Labour's campaign, Foreign Secretary X said": a
    // possessive before the comma owns the noun there, not the title.
    if (opened_appositive && Possessive(org->last)) return nullptr;
    // "In a speech to the Foreign Policy Centre Mr Straw said": a body right
    // before "Mr X", with neither title nor possessive, ends a phrase.
    if (courtesy && org->last == before_title && !Possessive(org->last)) return nullptr;
    // "told Reuters Finance Secretary X": no news medium holds a government
    // office.
    if (!role->empty() && !Possessive(org->last) && NewsMediumName(out.entities[org->entity]) &&
        IsGovernmentOffice(*role))
      return nullptr;
    // "told the BBC Michael Howard was right": a news medium right before a
    // name, with no title between, is no body the person belongs to.
    if (role->empty() && org->last + 1 == person.first && !Possessive(org->last) &&
        NewsMediumName(out.entities[org->entity]))
      return nullptr;
    // "Ex-Labour MP X", "ex-Tory X": a past affiliation.
    std::string_view qualifier = tokens_[org->first].text;
    if (qualifier.starts_with("Ex-") || qualifier.starts_with("ex-")) return nullptr;
    // "Dresdner Bank's Moscow representative X", "the Scottish National
    // Party's Holyrood leader X": an organisation owning a title qualified
    // by a place, or a party owning one qualified by a body (its group
    // there), is the one X belongs to; not "Holyrood's Chamber Office
    // chief X".
    if (!Possessive(org->last) && org->first > 0) {
      if (const Arg* owner = ArgEndingAt(org->first - 1);
          owner && Possessive(owner->last) && out.entities[owner->entity].type == EntityType::kOrganization &&
          IsAffiliationTarget(out, owner) &&
          (out.entities[org->entity].type == EntityType::kLocation || IsParty(out.entities[owner->entity])))
        return owner;
    }
    return org;
  }

  // Does `person` (past honorifics before it) open its clause: at the
  // sentence's start, or after a comma, a quotation mark, "and", "but", a
  // clause opener or a speech verb ("said Coyman was")?
  // ("the man who shot Omar Haddad is the chairman" names no chairman.)
  bool OpensClause(const Arg& person) const {
    size_t first = person.first;
    while (first > 0 && IsWord(first - 1) && lex_.IsHonorific(tokens_[first - 1].text)) --first;
    if (first == 0 || !SameSentence(first - 1, person.first)) return true;
    const Token& before = tokens_[first - 1];
    if (before.text == "," || before.text == ";" || before.kind == TokenKind::kCloseQuote ||
        before.kind == TokenKind::kOpenQuote)
      return true;
    if (!IsWord(first - 1) || before.capitalized) return false;
    std::string_view w = before.lower;
    return w == "and" || w == "but" || w == "that" || OpensSubordinateClause(w) || lex_.IsSpeechVerb(w);
  }

  // The token after a copula starting at `k` ("is", "was", "has been",
  // "became", adverbs between: "is now"), past "the", "a" or "an"; `k` when there
  // is none, or when it is negated ("is not").
  size_t CopulaEnd(size_t k) const {
    if (!IsWord(k)) return k;
    size_t t = k;
    std::string_view w = tokens_[t].lower;
    if (w == "has" || w == "had" || w == "have") {
      ++t;
      while (IsWord(t) && IsAdverb(tokens_[t].lower)) ++t;
      if (!IsWord(t) || (tokens_[t].lower_view() != "been" && tokens_[t].lower_view() != "become")) return k;
    } else if (w != "is" && w != "was" && w != "became" && w != "becomes" && w != "remains" && w != "remained") {
      return k;
    }
    ++t;
    while (IsWord(t) && IsAdverb(tokens_[t].lower)) ++t;
    if (IsWord(t) && IsNegator(tokens_[t].lower)) return k;
    if (IsWord(t) && (tokens_[t].lower_view() == "the" || tokens_[t].lower_view() == "a" ||
                      tokens_[t].lower_view() == "an"))
      ++t;
    return IsWord(t) && SameSentence(k, t) ? t : k;
  }

  // `comma` closes an age in apposition ("Mrs Hassan, 59, who"): the comma
  // before the age; else `comma` itself.
  size_t SkipAge(size_t comma) const {
    if (comma >= 3 && tokens_[comma].text == "," && IsWord(comma - 1) &&
        std::all_of(tokens_[comma - 1].text.begin(), tokens_[comma - 1].text.end(),
                    [](char c) { return c >= '0' && c <= '9'; }) &&
        tokens_[comma - 1].text.size() <= 3 && tokens_[comma - 2].text == ",")
      return comma - 2;
    return comma;
  }

  bool HasAffiliation(int person, int org, const Extraction& out) const {
    return std::any_of(out.triples.begin(), out.triples.end(), [&](const Triple& t) {
      return t.code == kAffiliationCode && t.subject == person && t.object == org;
    });
  }

  // A name followed by lower-case words ending in an organisation's head
  // word: "the Commons intelligence and security committee".
  bool QualifiesLowerCaseBody(const Arg& a) const {
    for (size_t k = a.last + 1; k <= a.last + 5 && IsWord(k) && !tokens_[k].capitalized && SameSentence(a.last, k); ++k) {
      if (lex_.HeadWordType(tokens_[k].lower) == EntityType::kOrganization) return true;
    }
    return false;
  }

  // The organisation or state an "its" at `i` refers to: the first one named
  // in its sentence before it ("OPEC has reaffirmed its commitment"), else in
  // one of the two sentences before. Cities are places, not owners.
  // `subject_only`: only the subject of the sentence or the one before, the
  // first actor with no verb or preposition before it ("Age Concern argued
  // ... Its director general, X,").
  const Arg* PossessorOfIts(size_t i, const Extraction& out, bool subject_only = false) const {
    const int sentence = tokens_[i].sentence;
    for (int s = sentence; s >= 0 && s >= sentence - (subject_only ? 1 : 2); --s) {
      for (int index : sentence_args_[s]) {
        const Arg& a = args_[index];
        if (a.last >= i) break;
        if (subject_only) {
          bool clear = true;  // no verb or preposition before it
          for (size_t k = sentence_first_[s]; k < a.first && clear; ++k)
            clear = !IsWord(k) || tokens_[k].capitalized || !(IsVerbish(k) || Prepositions().contains(tokens_[k].lower));
          if (!clear) break;
        }
        const Entity& e = out.entities[a.entity];
        if (qualifiers_.contains(a.first) || e.generic) continue;
        if (e.type == EntityType::kOrganization || (e.type == EntityType::kLocation && IsCountry(e))) return &a;
      }
    }
    return nullptr;
  }

  // "John Shad left to become U.S. Ambassador to the Netherlands", "X was
  // appointed chairman of the Y Council", "X became Peru's foreign
  // minister": a title after a verb of appointment (data/word_classes.tsv)
  // is its subject's, with the body that qualifies the title or follows it.
  void FindAppointments(Extraction& out) {
    // From each title back to the verb (titles are rarer than words).
    for (const RoleSpan& role : roles_) {
      if (role.first < 2 || InsideQuote(role.first)) continue;
      const Arg* body = nullptr;
      size_t k = role.first;  // the first token after the verb's "as", "to" or article
      if (const Arg* q = ArgEndingAt(role.first - 1); q && out.entities[q->entity].type != EntityType::kPerson) {
        body = q;  // "U.S. Ambassador", "Peru's foreign minister"
        k = q->first;
      } else {
        size_t of = role.last + 1;  // "chairman of the Andean Council"
        if (IsWord(of) && (tokens_[of].lower_view() == "of" || tokens_[of].lower_view() == "at" ||
                           tokens_[of].lower_view() == "for")) {
          size_t b = of + 1;
          if (IsWord(b) && tokens_[b].lower_view() == "the") ++b;
          body = ArgStartingAt(b);
        }
      }
      if (AppointedByBody(role, body, k, out)) continue;
      if (!body || !IsAffiliationTarget(out, body) || out.entities[body->entity].type == EntityType::kPerson ||
          !SameSentence(role.first, body->last) || k < 2)
        continue;
      size_t v = k - 1;
      if (v > 0 && IsWord(v) && (tokens_[v].lower_view() == "the" || tokens_[v].lower_view() == "a" ||
                                 tokens_[v].lower_view() == "an"))
        --v;
      if (v > 0 && IsWord(v) && (tokens_[v].lower_view() == "as" || tokens_[v].lower_view() == "to")) --v;
      if (!IsWord(v) || tokens_[v].capitalized || !SameSentence(v, role.first) ||
          !InClass(WordClass::kAppointmentVerb, tokens_[v].lower))
        continue;
      // A participle appoints only in the passive ("was named"), not as a
      // modifier ("the newly elected MP for Sedgefield").
      if (tokens_[v].lower_view().ends_with("ed")) {
        size_t a = v;
        while (a > 0 && IsWord(a - 1) && IsAdverb(tokens_[a - 1].lower)) --a;
        if (a == 0 || !IsWord(a - 1) || !PassiveAuxiliaries().contains(tokens_[a - 1].lower)) continue;
      }
      const Modality modality = ModalityBefore(v, sentence_first_[tokens_[v].sentence]);
      if (modality == Modality::kNegated || modality == Modality::kHypothetical) continue;
      std::vector<Arg> args = SentenceArgs(tokens_[v].sentence, out);
      std::vector<Arg> subjects = SubjectsBefore(v, args, out);
      if (subjects.empty() || out.entities[subjects.front().entity].type != EntityType::kPerson) continue;
      const Arg& person = subjects.front();
      if (HasAffiliation(person.entity, body->entity, out)) continue;
      AddTriple(out, person.entity, body->entity, role.role, std::string(kAffiliationCode), role.role,
                Modality::kAsserted, std::min(person.first, v), std::max(role.last, body->last));
    }
  }

  // "Dataflex said it named Richard Rose president", "Tarsun Corp appointed
  // Ana Ruiz as its chief executive": a body (or state) appointing someone
  // to `role` right after the name affiliates that person with it, or with
  // the body the role names (`body_of_role`: "chairman of Zorvan Inc").
  // Adds the triple and returns true when it applies.
  // `k` is the first token of the title's phrase (its qualifying body's,
  // if any: "named Omar Haddad Peru's ambassador").
  bool AppointedByBody(const RoleSpan& role, const Arg* body_of_role, size_t k, Extraction& out) {
    if (k == 0) return false;
    size_t t = k - 1;
    for (int skipped = 0; skipped < 3 && t > 0 && IsWord(t); ++skipped) {
      std::string_view w = tokens_[t].lower;
      if (w != "as" && w != "its" && w != "their" && w != "the" && w != "a" && w != "an" && w != "new") break;
      --t;
    }
    const Arg* person = ArgEndingAt(t);
    if (!person || out.entities[person->entity].type != EntityType::kPerson || person->first < 2 ||
        Possessive(person->last))
      return false;
    const size_t v = person->first - 1;
    std::string_view verb = IsWord(v) ? tokens_[v].lower_view() : std::string_view();
    if ((verb != "appointed" && verb != "named" && verb != "elected" && verb != "nominated") ||
        !SameSentence(v, role.last))
      return false;
    size_t a = v;
    while (a > 0 && IsWord(a - 1) && IsAdverb(tokens_[a - 1].lower)) --a;
    const Modality modality = ModalityBefore(v, sentence_first_[tokens_[v].sentence]);
    if (modality == Modality::kNegated || modality == Modality::kHypothetical) return false;
    const Arg* body = body_of_role;
    std::optional<Arg> subject;
    if (!body) {
      const std::vector<Arg> args = SentenceArgs(tokens_[v].sentence, out);
      if (std::vector<Arg> subjects = SubjectsBefore(v, args, out); !subjects.empty()) {
        subject = subjects.front();
      } else if (a > 0 && IsWord(a - 1) && tokens_[a - 1].lower_view() == "it") {
        subject = PronounArg(a - 1, out);
      }
      if (subject) body = &*subject;
    }
    if (!body || !IsAffiliationTarget(out, body) || out.entities[body->entity].type == EntityType::kPerson ||
        (!body_of_role && out.entities[body->entity].type == EntityType::kLocation && !IsCountry(out.entities[body->entity])))
      return false;
    if (HasAffiliation(person->entity, body->entity, out)) return true;
    AddTriple(out, person->entity, body->entity, role.role, std::string(kAffiliationCode), role.role,
              Modality::kAsserted, std::min(person->first, body->first), std::max(role.last, body->last));
    return true;
  }

  // "X, who heads the American team" / "the Soviet team headed by X".
  void FindLeadership(Extraction& out) {
    for (size_t i = 1; i + 1 < tokens_.size(); ++i) {
      if (!IsWord(i) || !InClass(WordClass::kLeadingVerb, tokens_[i].lower)) continue;
      if (IsWord(i - 1) && tokens_[i - 1].lower_view() == "who" && i >= 3 && tokens_[i - 2].text == ",") {
        const Arg* person = ArgEndingAt(SkipAge(i - 2) - 1);
        const Arg* org = nullptr;
        for (size_t k = i + 1; k < tokens_.size() && k <= i + 4 && SameSentence(i, k) && !org; ++k) {
          org = ArgStartingAt(k);
        }
        if (person && out.entities[person->entity].type == EntityType::kPerson && IsAffiliationTarget(out, org)) {
          AddTriple(out, person->entity, org->entity, "head", std::string(kAffiliationCode), "head",
                    Modality::kAsserted, person->first, org->last);
        }
      } else if (IsWord(i + 1) && tokens_[i + 1].lower_view() == "by" &&
                 InClass(WordClass::kLedByParticiple, tokens_[i].lower)) {
        // "led by assistant director for Africa Paul Acquah": the title
        // (and its portfolio) before the name is the leader's role.
        size_t at = i + 2;
        std::string role = "head";
        size_t title = at;  // "assistant director": up to two lower-case modifiers
        while (title < at + 2 && IsWord(title) && !tokens_[title].capitalized && !RoleStartingAt(title) &&
               !IsVerbish(title) && !Prepositions().contains(tokens_[title].lower))
          ++title;
        if (const RoleSpan* r = RoleStartingAt(title); r && SameSentence(i, r->last + 1)) {
          role = r->role;
          at = r->last + 1;
          if (IsWord(at) && (tokens_[at].lower_view() == "for" || tokens_[at].lower_view() == "of")) {
            if (const Arg* portfolio = ArgStartingAt(at + 1);
                portfolio && out.entities[portfolio->entity].type == EntityType::kLocation)
              at = portfolio->last + 1;
          }
        }
        const Arg* person = ArgStartingAt(at);
        const Arg* org = nullptr;
        for (size_t k = i; k-- > 0 && k + 8 > i && SameSentence(i, k) && !org;) org = ArgEndingAt(k);
        if (person && out.entities[person->entity].type == EntityType::kPerson && IsAffiliationTarget(out, org)) {
          AddTriple(out, person->entity, org->entity, role, std::string(kAffiliationCode), role, Modality::kAsserted,
                    org->first, person->last);
        }
      }
    }
  }

  // "Labour's Robin Cook and Tony Wright", "Tories Ken Clarke and Sir
  // George Young", "Sens. X and Y": a possessive or plural qualifier before
  // a name also qualifies the names coordinated after it (each without a
  // qualifier of its own).
  void QualifyCoordinatedNames(const Arg& person, const Arg& org, const std::string& role, Extraction& out) {
    size_t prev = PastHonorificsBack(person.first - 1);
    if (!IsWord(prev)) return;
    std::string_view w = tokens_[prev].lower;
    const bool plural = Possessive(prev) || (w.size() > 2 && w.ends_with("s") && !w.ends_with("ss") && w != "his");
    if (!plural) return;
    size_t k = person.last + 1;
    while (k + 1 < tokens_.size() && SameSentence(person.first, k)) {
      if (tokens_[k].text == ",") {
        ++k;
        continue;
      }
      if (!IsWord(k) || tokens_[k].lower_view() != "and") break;
      const Arg* next = ArgStartingAt(PastHonorificsForward(k + 1));
      if (!next || out.entities[next->entity].type != EntityType::kPerson) break;
      AddTriple(out, next->entity, org.entity, role.empty() ? "affiliated" : role, std::string(kAffiliationCode), role,
                Modality::kAsserted, org.first, next->last);
      k = next->last + 1;
    }
  }

  // "GENEVA, May 14 (Wirewatch) -": the dateline is where the story was
  // filed, never an actor or a patient of its first sentence.
  void DropDateline(const Extraction& out) {
    const Arg* place = DatelinePlace(out);
    if (!place) return;
    size_t first = place->first;
    args_.erase(std::remove_if(args_.begin(), args_.end(), [&](const Arg& a) { return a.first == first; }),
                args_.end());
    IndexArgs();
  }

  // The dateline's place name: an ALL-CAPS place opening one of the first
  // lines, followed by a comma or a dash; nullptr when there is none.
  const Arg* DatelinePlace(const Extraction& out) const {
    size_t lines = 0;
    for (size_t start = 0; start < tokens_.size() && lines < 3; ++start) {
      if (!tokens_[start].line_start) continue;
      ++lines;
      const Arg* a = tokens_[start].all_caps ? ArgStartingAt(start) : nullptr;
      if (!a || a->last + 1 >= tokens_.size() || out.entities[a->entity].type != EntityType::kLocation) continue;
      std::string_view next = tokens_[a->last + 1].text;
      if (next == "," || next == "-" || next == "\xE2\x80\x94" || tokens_[a->last + 1].line_start) return a;
    }
    return nullptr;
  }

  // The state or organisation of the dateline ("MOSCOW, Oct 19 -",
  // "UNITED NATIONS, March 4 -"), if the article names it; else -1.
  int DatelineActor(const Extraction& out) const {
    const Arg* place = DatelinePlace(out);
    if (!place) return -1;
    const std::string* state = StateOfPhrase(place->first, place->last);
    // A city's dateline stands for its country: "JOHANNESBURG, March 25".
    if (!state) state = lex_.CountryOfPlace(out.entities[place->entity].name);
    if (!state) return -1;  // "UNITED NATIONS, March 4": a place of reporting, not a state
    for (size_t i = 0; i < out.entities.size(); ++i) {
      if (out.entities[i].name == *state && !out.entities[i].generic) return static_cast<int>(i);
    }
    return -1;  // the state is not named in the article: no affiliation to invent
  }

  // The organisation of a phrase "For (the) X," opening the person's
  // sentence right before the name, when a speech verb follows the name
  // ("For the Tories, Liam Fox said"); nullptr otherwise.
  const Arg* FrontedForBody(const Arg& person) const {
    const size_t first = sentence_first_[tokens_[person.first].sentence];
    if (!IsWord(first) || tokens_[first].lower_view() != "for" || person.first < first + 3 ||
        tokens_[person.first - 1].text != ",")
      return nullptr;
    size_t k = first + 1;
    if (IsWord(k) && tokens_[k].lower_view() == "the") ++k;
    const Arg* body = ArgStartingAt(k);
    if (!body || body->last + 2 != person.first || out_->entities[body->entity].type != EntityType::kOrganization)
      return nullptr;
    return FiniteSpeechVerbAt(person.last + 1) ? body : nullptr;
  }

  void FindAffiliations(Extraction& out) {
    FindLeadership(out);
    FindAppointments(out);
    // A capitalised title with no country ("President Reagan", "Foreign
    // Minister Shevardnadze") names an official of the dateline's state,
    // unless the article affiliates that person elsewhere.
    const int dateline = DatelineActor(out);
    dateline_actor_ = dateline;
    std::vector<std::pair<const Arg*, const RoleSpan*>> titled_only;
    for (const Arg& person : args_) {
      if (out.entities[person.entity].type != EntityType::kPerson) continue;
      std::string role;
      // [Country|Org]['s] [modifiers]? [role | noun]? [,]? PERSON
      std::string qualifier_role;
      if (const Arg* org = QualifierBefore(person, out, &qualifier_role)) {
        qualifiers_.insert(org->first);
        AddTriple(out, person.entity, org->entity, qualifier_role.empty() ? "affiliated" : qualifier_role,
                  std::string(kAffiliationCode), qualifier_role, Modality::kAsserted, org->first, person.last);
        QualifyCoordinatedNames(person, *org, qualifier_role, out);
        continue;
      }
      // "For the Lib Dems, Vince Cable said": one who speaks for a body
      // named in a fronted "for" phrase is its member.
      if (const Arg* body = FrontedForBody(person); body && IsAffiliationTarget(out, body)) {
        AddTriple(out, person.entity, body->entity, "affiliated", std::string(kAffiliationCode), "",
                  Modality::kAsserted, body->first, person.last);
        continue;
      }
      // "OPEC ... its president Rilwanu Lukman", "Age Concern ... Its director
      // general, Gordon Lishman,": the title belongs to what "its" refers to.
      const size_t title_end = person.first > 2 && tokens_[person.first - 1].text == "," ? person.first - 2
                                                                                         : person.first - 1;
      if (const RoleSpan* r = person.first > 1 ? RoleEndingAt(title_end) : nullptr;
          r && r->first > 0 && IsWord(r->first - 1) && tokens_[r->first - 1].lower_view() == "its") {
        // (Past a comma only the subject of this sentence or the one before:
        // "In a filing with the SEC, Acme said its president, X," is Acme's.)
        const Arg* owner = PossessorOfIts(r->first - 1, out, /*subject_only=*/title_end + 1 != person.first);
        if (owner && IsAffiliationTarget(out, owner)) {
          AddTriple(out, person.entity, owner->entity, r->role, std::string(kAffiliationCode), r->role,
                    Modality::kAsserted, r->first - 1, person.last);
          continue;
        }
      }
      // "The Public Accounts Committee ... the committee's chairman, Edward
      // Leigh,": a body's head word in lower case with "the" and a
      // possessive is the body named before with that head word.
      if (const RoleSpan* r = person.first > 1 ? RoleEndingAt(title_end) : nullptr;
          r && r->first > 1 && IsWord(r->first - 1) && Possessive(r->first - 1) && !tokens_[r->first - 1].capitalized &&
          IsWord(r->first - 2) && tokens_[r->first - 2].lower_view() == "the" &&
          (lex_.HeadWordType(Base(r->first - 1)) == EntityType::kOrganization ||
           InClass(WordClass::kBodyNoun, Base(r->first - 1)))) {
        if (const Arg* body = EarlierBodyNamed(AsciiLower(Base(r->first - 1)), r->first - 2, out);
            body && IsAffiliationTarget(out, body)) {
          AddTriple(out, person.entity, body->entity, r->role, std::string(kAffiliationCode), r->role,
                    Modality::kAsserted, r->first - 2, person.last);
          continue;
        }
      }
      // "The speaker of the Iranian Parliament, (Hojatoleslam) Akbar Hashemi Rafsanjani,"
      size_t named = person.first;
      while (named > 0 && IsWord(named - 1) && lex_.IsHonorific(tokens_[named - 1].text)) --named;
      if (named >= 4 && tokens_[named - 1].text == ",") {
        // "The political department head at Iraq's Defence Ministry, NAME":
        // also "at" or "for", past the body's possessive owner.
        const Arg* body = ArgEndingAt(named - 2);
        size_t of = body ? body->first - 1 : 0;
        if (const Arg* owner = body && of > 0 ? ArgEndingAt(of) : nullptr; owner && Possessive(owner->last))
          of = owner->first > 0 ? owner->first - 1 : 0;
        if (body && of > 0 && IsWord(of) && tokens_[of].lower_view() == "the") --of;
        const bool link = of > 0 && IsWord(of) &&
                          (tokens_[of].lower_view() == "of" || tokens_[of].lower_view() == "at" ||
                           tokens_[of].lower_view() == "for");
        const RoleSpan* r = body && link ? RoleEndingAt(of - 1) : nullptr;
        // "Spain's director general for Europe, NAME": a title for a region
        // belongs to its possessive owner.
        if (r && !IsAffiliationTarget(out, body) && out.entities[body->entity].type == EntityType::kLocation &&
            r->first > 0)
          if (const Arg* owner = ArgEndingAt(r->first - 1);
              owner && Possessive(owner->last) && IsAffiliationTarget(out, owner))
            body = owner;
        if (r && IsAffiliationTarget(out, body) && SameSentence(r->first, person.first)) {
          qualifiers_.insert(body->first);
          AddTriple(out, person.entity, body->entity, r->role, std::string(kAffiliationCode), r->role,
                    Modality::kAsserted, r->first, person.last);
          continue;
        }
      }
      // PERSON [Country]? [role] (transcript lines) / PERSON, [the]? [Country]? [role] / PERSON of Country
      size_t j = person.last + 1;
      if (PostNominalLettersAt(j)) ++j;
      bool comma = j < tokens_.size() && tokens_[j].text == ",";
      if (comma) ++j;
      // "X is the chairman of Y", "X has become the party's longest-serving
      // leader": a copula after the name states the role as an apposition
      // does.
      if (const size_t role_at = comma || !OpensClause(person) ? j : CopulaEnd(j); role_at > j) {
        j = role_at;
        comma = true;
      }
      // "X, who is Nigerian oil minister,": a relative clause stating the
      // role reads as the apposition would.
      if (comma && IsWord(j + 1) && tokens_[j].lower_view() == "who" && tokens_[j + 1].lower_view() == "is") j += 2;
      if (comma && IsWord(j) && (tokens_[j].lower_view() == "the" || tokens_[j].lower_view() == "a")) ++j;
      const Arg* org = ArgStartingAt(j);
      // "Donald Riegle, a Michigan Democrat": the party, not the state.
      if (comma && org && out.entities[org->entity].type == EntityType::kLocation) {
        const Arg* party = ArgStartingAt(org->last + 1);
        if (party && IsParty(out.entities[party->entity])) org = party;
      }
      // "Jake Garn, the committee's top Republican,", "X, the ranking
      // Democrat on the panel": a party's member heading the apposition.
      if (comma && !org) {
        size_t m = j;
        if (IsWord(m) && !tokens_[m].capitalized && Possessive(m)) ++m;
        while (m < j + 4 && IsWord(m) && !tokens_[m].capitalized && !IsVerbish(m) && !Possessive(m) &&
               !Prepositions().contains(tokens_[m].lower) && !Determiners().contains(tokens_[m].lower))
          ++m;
        const Arg* party = m > j ? ArgStartingAt(m) : nullptr;
        const size_t next = party ? party->last + 1 : 0;
        if (party && IsParty(out.entities[party->entity]) && SameSentence(person.first, party->last) &&
            (!IsWord(next) || Prepositions().contains(tokens_[next].lower)))
          org = party;
      }
      size_t after = org ? org->last + 1 : j;
      bool party_reference = false;
      // "Lord Rennard, the party's chief executive,": the party the article
      // named last, in this sentence or the five before.
      if (comma && !org && IsWord(j) && !tokens_[j].capitalized && Possessive(j) && Base(j) == "party" &&
          tokens_[j - 1].lower_view() == "the" && RoleStartingAt(j + 1)) {
        for (const Arg& a : args_) {
          if (a.first >= person.first) break;
          if (IsParty(out.entities[a.entity]) && tokens_[a.first].sentence + 5 >= tokens_[person.first].sentence)
            org = &a;
        }
        if (org) {
          after = j + 1;
          party_reference = true;
        }
      }
      // "X, legal director of ...", "X, chief economist at ...": up to two
      // modifiers before the role in apposition; after a possessive too
      // ("X, the party's longest-serving leader").
      if (comma && (!org || Possessive(org->last)) && !RoleStartingAt(after)) {
        for (size_t m = after; m < after + 2 && IsWord(m) && !tokens_[m].capitalized && !IsVerbish(m) &&
                               !Prepositions().contains(tokens_[m].lower) && tokens_[m].lower_view() != "former";
             ++m) {
          if (RoleStartingAt(m + 1)) {
            after = m + 1;
            break;
          }
        }
      }
      const RoleSpan* shadow_after = nullptr;  // "X, the shadow education secretary,"
      if (const RoleSpan* r = RoleStartingAt(after)) {
        role = r->role;
        after = r->last + 1;
        if (r->role.starts_with("shadow ") && !FormerBefore(r->first)) shadow_after = r;
        std::string_view link = IsWord(after) ? tokens_[after].lower_view() : std::string_view();
        if (!org && (link == "of" || link == "at" || link == "for" || link == "with")) {
          // "director of (the) (anti-constitution group) Vote No", "a partner
          // with Cleary", "head of the consulting firm Asia Advisory Service".
          size_t k = after + 1;
          for (int skipped = 0; skipped < 5 && IsWord(k) && !tokens_[k].capitalized && !ArgStartingAt(k) &&
                              !IsVerbish(k) && tokens_[k].lower_view() != "that" && tokens_[k].lower_view() != "which" &&
                              tokens_[k].lower_view() != "who";
               ++skipped)
            ++k;
          // "a member of the President's Council of Economic Advisers": a
          // title's possessive qualifies the body.
          if (const RoleSpan* owner = RoleStartingAt(k); owner && Possessive(owner->last) && !ArgStartingAt(k))
            k = owner->last + 1;
          // "a member of Cherie Blair's Matrix Chambers": so does a person's.
          if (const Arg* owner = ArgStartingAt(k); owner && Possessive(owner->last) &&
                                                   out.entities[owner->entity].type == EntityType::kPerson &&
                                                   ArgStartingAt(owner->last + 1))
            k = owner->last + 1;
          org = ArgStartingAt(k);
          // "William O'Connell, president of the league,": a body's head
          // word in lower case is the organisation named before whose name
          // holds it (the U.S. League of Savings Institutions).
          // (Not for one a title before the name places already: "Deputy
          // Prime Minister Arnaldo Forlani, president of the party".)
          if (!org && link == "of" && IsWord(after + 2) && tokens_[after + 1].lower_view() == "the" &&
              !tokens_[after + 2].capitalized && !IsWord(after + 3) && SameSentence(after, after + 3) &&
              std::none_of(args_.begin(), args_.end(), [&](const Arg& a) {
                return a.entity == person.entity && a.first > 0 && RoleEndingAt(PastHonorificsBack(a.first - 1));
              })) {
            org = EarlierBodyNamed(tokens_[after + 2].lower, person.first, out);
            if (org) {
              party_reference = true;  // named before, as "the party's" is
              after += 3;
            }
          }
          // "a member of the Commons intelligence and security committee":
          // the name only qualifies the body, written in lower case.
          // ("leader of the Labour group in the assembly": a party's group is
          // the party.)
          if (org && QualifiesLowerCaseBody(*org) &&
              !(IsParty(out.entities[org->entity]) && IsWord(org->last + 1) &&
                tokens_[org->last + 1].lower_view() == "group"))
            org = nullptr;
        }
      } else if (IsWord(j) && tokens_[j].lower_view() == "of" && (!comma || tokens_[j - 1].text == ",")) {
        // "Oscar Arias of Costa Rica", "Laura Brownlees of Save the
        // Children", "John Curtice, of the University of Strathclyde".
        size_t k = j + 1;
        if (IsWord(k) && tokens_[k].lower_view() == "the") ++k;
        org = ArgStartingAt(k);
        if (org && out.entities[org->entity].type == EntityType::kLocation && k != j + 1) org = nullptr;
        if (org && out.entities[org->entity].type == EntityType::kPerson) org = nullptr;
        if (org) after = org->last + 1;
      } else if (comma && !org && IsWord(j) && (tokens_[j].lower_view() == "from" || tokens_[j].lower_view() == "for")) {
        // "Brad Adams, from Human Rights Watch,": a member of the
        // organisation; "Kirsty Williams, for the Lib Dems, said": one who
        // speaks for it.
        size_t k = j + 1;
        if (IsWord(k) && tokens_[k].lower_view() == "the") ++k;
        org = ArgStartingAt(k);
        if (org && out.entities[org->entity].type != EntityType::kOrganization) org = nullptr;
        if (org) after = org->last + 1;
      } else if (comma && org && out.entities[org->entity].type == EntityType::kOrganization && !Possessive(org->last)) {
        // "Jessica King, CGTN, Moscow." (Not "George Young, Labour's Robin
        // Cook": the possessive qualifies the next name.)
      } else {
        org = nullptr;
      }
      // ("Theresa May, Lib Dem's elections chief Lord Rennard said": a title
      // before a name is that name's.)
      const Arg* titled_next = !role.empty() ? ArgStartingAt(PastHonorificsForward(after)) : nullptr;
      if (titled_next && out.entities[titled_next->entity].type == EntityType::kPerson) org = nullptr;
      if (IsAffiliationTarget(out, org) && (party_reference || SameSentence(person.first, org->last))) {
        AddTriple(out, person.entity, org->entity, role.empty() ? "affiliated" : role,
                  std::string(kAffiliationCode), role, Modality::kAsserted, person.first,
                  party_reference ? after - 1 : std::max(org->last, after > 0 ? after - 1 : 0));
        continue;
      }
      // (A shadow title after the name, with no body named, is the
      // opposition's: AffiliateShadowTitles.)
      if (shadow_after && !org) {
        shadow_titled_.push_back({person, *shadow_after});
        continue;
      }
      // ("said finance minister Manuel Azpurua": a government office in
      // lower case too, unless a former or shadow one.)
      // ("his new Commerce Secretary, William Verity", "the prime minister,
      // Tony Blair": a title in apposition after "the", "his" or "her".)
      const RoleSpan* appositive_title = nullptr;
      if (person.first > 2 && tokens_[person.first - 1].text == ",")
        if (const RoleSpan* r = RoleEndingAt(person.first - 2); r && r->first > 0) {
          size_t det = r->first - 1;
          if (IsWord(det) && (tokens_[det].lower_view() == "new" || tokens_[det].lower_view() == "current") && det > 0) --det;
          if (TitleDeterminerAt(det) && SameSentence(det, person.first)) appositive_title = r;
        }
      // ("Foreign Secretary Sir Geoffrey Howe", "Attorney General Lord
      // Goldsmith": honorifics stand between the title and the name.)
      if (const RoleSpan* r = appositive_title ? appositive_title
                              : person.first > 0 ? RoleEndingAt(PastHonorificsBack(person.first - 1))
                                                 : nullptr;
          r && (tokens_[r->first].capitalized || (IsGovernmentOffice(r->role) && !FormerBefore(r->first))) &&
          dateline != person.entity && !r->role.starts_with("shadow ")) {
        // (A shadow minister speaks for the opposition, not for the state.)
        titled_only.push_back({&person, r});
      } else if (r && r->role.starts_with("shadow ") && !FormerBefore(r->first)) {
        shadow_titled_.push_back({person, *r});
      }
    }
    std::set<int> affiliated;
    for (const Triple& t : out.triples) {
      if (t.code == kAffiliationCode) affiliated.insert(t.subject);
    }
    // Without a dateline, the article's home state: "Home Secretary Charles
    // Clarke" in a story about British ministers.
    const int home = dateline >= 0 || titled_only.empty() ? dateline : HomeState(out);
    for (const auto& [person, role] : titled_only) {
      if (affiliated.contains(person->entity)) continue;
      // "President Jacques Chirac": the lexicon knows whose president he
      // was; a known holder of another state's office never takes the
      // dateline's ("President Reagan" in a Tokyo story).
      int target = dateline >= 0 || IsGovernmentOffice(role->role) ? home : -1;
      // "The Electoral Commission says ... Chairman Sam Younger told MPs":
      // an organisation's title (data/word_classes.tsv) is held in the
      // organisation named last, in the sentence or the two before it.
      // A body's head word right before the title names it: "Committee
      // Chairman X" after "the Senate Banking Committee" (not a company
      // named since).
      if (InClass(WordClass::kOrganisationTitle, role->role)) {
        const size_t head = role->first - 1;
        const Arg* body = role->first > 0 && IsWord(head) && tokens_[head].capitalized && !Possessive(head) &&
                                  lex_.HeadWordType(Base(head)) == EntityType::kOrganization
                              ? EarlierBodyNamed(AsciiLower(Base(head)), head, out)
                              : nullptr;
        if (body) {
          target = body->entity;
        } else if (const int recent = RecentOrganisation(role->first, out); recent >= 0) {
          target = recent;
        }
      }
      if (const Lexicon::Leader* known = KnownHolder(out.entities[person->entity], role->role)) {
        target = EntityNamed(known->affiliation, out);
        out.entities[person->entity].name = known->name;  // "President Reagan" is Ronald Reagan
      } else if (const std::string* office = KnownOffice(out.entities[person->entity], role->role)) {
        // "President Bush" in an undated article: one of two presidents,
        // both of the United States.
        target = EntityNamed(*office, out);
      } else if (const Lexicon::Leader* other = KnownHolder(out.entities[person->entity]);
                 other && (target < 0 || out.entities[target].name != other->affiliation)) {
        // A known holder of another state's office; one of the same state
        // holds this office too ("Environment Secretary Margaret Beckett").
        target = -1;
      }
      if (target < 0) continue;
      affiliated.insert(person->entity);
      AddTriple(out, person->entity, target, role->role, std::string(kAffiliationCode), role->role,
                Modality::kAsserted, role->first, person->last);
    }
    AffiliateMembersOfBodies(out);
  }

  // Is `e` a company: a name whose last word is a company suffix ("Quorvel
  // Holdings Inc")?
  bool IsCompanyName(const Entity& e) const { return CompanySuffixed(e.name); }

  // Does `name` end in a company suffix ("Toshiba Corp", "BA Plc")?
  bool CompanySuffixed(std::string_view name) const {
    const size_t space = name.rfind(' ');
    return space != std::string_view::npos && InClass(WordClass::kCompanySuffix, name.substr(space + 1));
  }

  // "company", "firm": the words that refer back to a company, whatever its name.
  static bool IsCompanyNoun(std::string_view w) { return w == "company" || w == "firm"; }

  // The latest organisation named before token `before` one of whose name's
  // words is `lower` ("league" in "the U.S. League of Savings
  // Institutions"), as an argument at its last mention; nullptr if none.
  // "company" and "firm" are the latest company (a name with a company
  // suffix): "the company's chairman, X".
  const Arg* EarlierBodyNamed(std::string_view lower, size_t before, const Extraction& out) const {
    const bool company = IsCompanyNoun(lower);
    const Arg* found = nullptr;
    for (const Arg& a : args_) {
      if (a.first >= before) break;
      const Entity& e = out.entities[a.entity];
      if (e.type != EntityType::kOrganization || e.generic) continue;
      if (company) {
        if (IsCompanyName(e)) found = &a;
        continue;
      }
      for (absl::string_view word : absl::StrSplit(e.name, ' ')) {
        if (word.size() > 1 && AsciiLower(std::string_view(word.data(), word.size())) == lower) {
          found = &a;
          break;
        }
      }
    }
    return found;
  }

  // "Shadow Foreign Secretary Michael Ancram" (FindAffiliations kept the
  // shadow titles before a name): the home state's official opposition in
  // the article's years (data/oppositions.tsv; the date, else InferYears),
  // when the article names that party and the person has no affiliation.
  void AffiliateShadowTitles(Extraction& out) {
    if (shadow_titled_.empty()) return;
    std::optional<std::pair<int, int>> years = inferred_years_;
    if (const int year = DocumentYear(); year != 0) years = std::pair{year, year + 1};
    // (A national outlet's politics story need not name its state: "Tim
    // Collins, the shadow education secretary" in BBC News.)
    const int state = HomeState(out);
    const std::string* state_name = state >= 0 ? &out.entities[state].name : SourceHomeStateName();
    if (!years || state_name == nullptr) return;
    const std::string* party = lex_.OppositionParty(*state_name, years->first, years->second);
    const int opposition = party ? EntityNamed(*party, out) : -1;
    if (opposition < 0) return;
    std::set<int> affiliated;
    for (const Triple& t : out.triples) {
      if (t.code == kAffiliationCode) affiliated.insert(t.subject);
    }
    for (const auto& [person, role] : shadow_titled_) {
      if (!affiliated.insert(person.entity).second) continue;
      AddTriple(out, person.entity, opposition, role.role, std::string(kAffiliationCode), role.role,
                Modality::kAsserted, role.first, person.last);
    }
  }

  // The entity of the last argument ending before `i` that `keep` accepts,
  // in `i`'s sentence or the `back` sentences before it; -1 if none.
  template <typename Keep>
  int LastArgBefore(size_t i, int back, const Keep& keep) const {
    const int sentence = tokens_[i].sentence;
    for (int s = sentence; s >= 0 && s + back >= sentence; --s) {
      const std::vector<int>& in_sentence = sentence_args_[s];
      for (auto it = in_sentence.rbegin(); it != in_sentence.rend(); ++it) {
        const Arg& a = args_[*it];
        if (a.last < i && keep(a)) return a.entity;
      }
    }
    return -1;
  }

  // The organisation named last before `i`, in its sentence or the two
  // before (no news medium, unnamed group or qualifier); -1 if none.
  int RecentOrganisation(size_t i, const Extraction& out) const {
    return LastArgBefore(i, 2, [&](const Arg& a) {
      const Entity& e = out.entities[a.entity];
      return e.type == EntityType::kOrganization && !e.generic && !qualifiers_.contains(a.first) &&
             !NewsMediumName(e) && !InsideQuote(a.first);
    });
  }

  // "Sen. Phil Gramm" in an article that names the Senate: a title of
  // membership (data/role_bodies.tsv) before a name affiliates the person
  // with the one body of the article named by the role's body word. A
  // plural title ("Sens. Donald Riegle, a Michigan Democrat, and Alfonse
  // D'Amato") takes the names coordinated after the first.
  void AffiliateMembersOfBodies(Extraction& out) {
    // Titles: the lexicon's role spans, and honorifics that are roles too
    // ("Sen." reads as an honorific of the name).
    std::vector<RoleSpan> titles = roles_;
    for (const Arg& a : args_) {
      if (a.first == 0 || !IsWord(a.first - 1) || !lex_.IsHonorific(tokens_[a.first - 1].text) || RoleEndingAt(a.first - 1))
        continue;
      std::string_view word = tokens_[a.first - 1].text;
      if (word.ends_with(".")) word.remove_suffix(1);
      PhraseInfo info;
      if (lex_.MatchPhrase(std::span<const std::string_view>(&word, 1), &info) == 1 && info.kind == PhraseKind::kRole)
        titles.push_back({a.first - 1, a.first - 1, info.canonical});
    }
    // Each body word's one organisation, found once: -1 when the article
    // names none, -2 when several.
    std::map<std::string, int> body_of;
    for (const RoleSpan& r : titles) {
      if (const std::string* body = lex_.BodyOfRole(r.role)) body_of.try_emplace(*body, -1);
    }
    if (body_of.empty()) return;
    for (size_t e = 0; e < out.entities.size(); ++e) {
      const Entity& entity = out.entities[e];
      if (entity.type != EntityType::kOrganization || entity.generic) continue;
      const std::string name = AsciiLower(entity.name);
      auto it = body_of.find(name.substr(name.rfind(' ') + 1));
      if (it != body_of.end()) it->second = it->second == -1 ? static_cast<int>(e) : -2;
    }
    for (const RoleSpan& r : titles) {
      const std::string* body = lex_.BodyOfRole(r.role);
      if (!body || !tokens_[r.first].capitalized) continue;
      const int target = body_of[*body];
      if (target < 0) continue;
      const Arg* person = ArgStartingAt(r.last + 1);
      if (!person || out.entities[person->entity].type != EntityType::kPerson) continue;
      AddTriple(out, person->entity, target, r.role, std::string(kAffiliationCode), r.role, Modality::kAsserted,
                r.first, person->last);
      std::string word = tokens_[r.last].lower;
      if (word.ends_with(".")) word.pop_back();
      if (!word.ends_with("s") || r.role.ends_with("s")) continue;
      // "Sens. A, B and C", "Sens. A, a Michigan Democrat, and B": every
      // name after a comma or "and", up to the one after "and".
      for (size_t k = person->last + 1; k < person->last + 24 && k < tokens_.size() && SameSentence(r.first, k); ++k) {
        const bool conjunction = IsWord(k) && tokens_[k].lower_view() == "and";
        if (tokens_[k].text != "," && !conjunction) continue;
        const Arg* next = ArgStartingAt(PastHonorificsForward(k + 1));
        if (next && out.entities[next->entity].type == EntityType::kPerson) {
          AddTriple(out, next->entity, target, r.role, std::string(kAffiliationCode), r.role, Modality::kAsserted,
                    r.first, next->last);
          k = next->last;
        }
        if (conjunction) break;
      }
    }
  }

  // "the Soviet leader", "the British minister", "the envoy": a title in
  // place of a name refers to the latest person the article gave that role
  // (or, with a demonym, a role in that country). Titles are no names, so
  // they add no mention, only an argument for relations and pronouns.
  void ResolveTitles(Extraction& out) {
    struct Holder {
      int person;
      std::string role;
      int org;
      size_t seen;  // first token of the affiliation's evidence
    };
    std::vector<Holder> holders;
    for (const Triple& t : out.triples) {
      if (t.code != kAffiliationCode) continue;
      size_t tok = std::lower_bound(tokens_.begin(), tokens_.end(), t.provenance.span.begin,
                                    [](const Token& token, uint32_t pos) { return token.span.begin < pos; }) -
                   tokens_.begin();
      holders.push_back({t.subject, t.role, t.object, tok});
    }
    // People the lexicon knows as office holders at the article's date hold
    // their role from their first mention: "the prime minister" after "Tony
    // Blair" in 2004. Their state, when the article names it, qualifies the
    // title ("the British prime minister").
    // (Every office the person held at that date, or at any date when the
    // article is undated: "the foreign secretary" after "Jack Straw".)
    // A role the article itself gives someone ("Home Secretary Charles
    // Clarke") is not taken from the lexicon for another person.
    std::set<std::string> given_roles;
    for (const Holder& h : holders)
      if (!h.role.empty()) given_roles.insert(h.role);
    for (const Arg& a : args_) {
      const Lexicon::Leader* known = KnownHolder(out.entities[a.entity]);
      if (!known) continue;
      std::set<std::pair<std::string, std::string>> offices;
      for (const Lexicon::Leader* term : KnownTerms(out.entities[a.entity])) {
        if (term->name != known->name || !InInferredYears(*term) ||
            !offices.insert({term->role, term->affiliation}).second)
          continue;
        if (given_roles.contains(term->role) &&
            std::none_of(holders.begin(), holders.end(), [&](const Holder& h) {
              return h.person == a.entity && h.role == term->role;
            }))
          continue;
        holders.push_back({a.entity, term->role, EntityNamed(term->affiliation, out), a.first});
      }
    }
    // A title written before a name with no organisation holds too:
    // "Cardinal Cormac Murphy-O'Connor ... the cardinal said".
    for (const RoleSpan& r : roles_) {
      const Arg* a = ArgStartingAt(r.last + 1);
      if (a && out.entities[a->entity].type == EntityType::kPerson) holders.push_back({a->entity, r.role, -1, r.first});
    }
    if (holders.empty()) return;
    std::stable_sort(holders.begin(), holders.end(), [](const Holder& a, const Holder& b) { return a.seen < b.seen; });
    std::vector<Arg> title_args;
    for (const RoleSpan& r : roles_) {
      if (r.first == 0 || !IsWord(r.first - 1)) continue;
      // Part of a name's title ("Foreign Minister Ivanov", "the envoy, Ana
      // Ruiz") is no reference.
      size_t next = r.last + 1;
      if (next < tokens_.size() && tokens_[next].text == ",") ++next;
      if (const Arg* a = ArgStartingAt(next); a && out.entities[a->entity].type == EntityType::kPerson) continue;
      if (IsCapitalizedName(r.last + 1)) continue;
      size_t det = r.first - 1;
      // "the presidential spokesman": up to two lower-case modifiers, not
      // "former" or "then" (someone else's title).
      for (int k = 0; k < 2 && det > 0 && IsWord(det) && !tokens_[det].capitalized && !ArgEndingAt(det) &&
                          tokens_[det].lower_view() != "the" && !Determiners().contains(tokens_[det].lower) &&
                          !IsVerbish(det) && !Prepositions().contains(tokens_[det].lower) &&
                          tokens_[det].lower_view() != "former" && tokens_[det].lower_view() != "then";
           ++k)
        --det;
      const Arg* country = ArgEndingAt(det);
      // ("Russia's foreign minister", "the EU's trade commissioner": a state's
      // or a body's possessive determines the title itself.)
      const bool owned = country && Possessive(country->last) &&
                         out.entities[country->entity].type != EntityType::kPerson &&
                         out.entities[country->entity].type != EntityType::kEvent;
      if (country) det = country->first > 0 ? country->first - 1 : tokens_.size();
      // ("his chancellor", "her foreign minister": the holder of the office
      // in the state of the one referred to, as "the chancellor" is.)
      if (!owned && (det >= tokens_.size() || !TitleDeterminerAt(det))) continue;
      // (Nor a possessive title whose holder follows after more titles:
      // "Scott's chairman and chief executive officer Philip Lippincott".)
      if (owned) {
        bool named_after = false;
        for (size_t k = r.last + 1; k < r.last + 8 && IsWord(k) && !named_after && !IsVerbish(k); ++k) {
          const Arg* a = ArgStartingAt(k);
          named_after = a && out.entities[a->entity].type == EntityType::kPerson;
        }
        if (named_after) continue;
      }
      const size_t title_first = owned ? country->first : det + 1;
      const std::string last_word = tokens_[r.last].lower;
      const Holder* best = nullptr;
      // The latest fitting holder before the title: holders are in text order.
      auto end = std::lower_bound(holders.begin(), holders.end(), r.first,
                                  [](const Holder& h, size_t pos) { return h.seen < pos; });
      int looked = 0;
      // (A holder of the role itself before a mere member of the body: "The
      // Tory leader" after "Tory leader X and Tory Y" is X.)
      const Holder* member = nullptr;
      for (auto it = std::make_reverse_iterator(end); it != holders.rend() && !best && looked < 100;
           ++it, ++looked) {
        const Holder& h = *it;
        // ("the minister" fits a foreign minister, "the party leader" a Tory
        // leader; a government office only its holder: "the prime minister"
        // is no welfare minister.)
        bool role_fits = TitleNamesOffice(r.role, h.role) ||
                         (!h.role.empty() && h.role.ends_with(last_word) &&
                          (r.role == last_word || h.role.ends_with(r.role) || !IsGovernmentOffice(r.role)));
        bool country_fits = country && h.org == country->entity;
        if (country ? country_fits && role_fits : role_fits) {
          best = &h;
        } else if (country_fits && !member && InClass(WordClass::kGenericTitle, last_word)) {
          member = &h;
        }
      }
      if (!best) best = member;
      // "Tory Liam Fox said ... The Conservative Party co-chairman said": a
      // body's title nobody in the article holds is the body's member named
      // in the two sentences before.
      if (!best && country && out.entities[country->entity].type == EntityType::kOrganization &&
          std::none_of(holders.begin(), holders.end(), [&](const Holder& h) { return h.role == r.role; })) {
        for (auto it = std::make_reverse_iterator(end); it != holders.rend(); ++it) {
          if (tokens_[it->seen].sentence + 2 < tokens_[r.first].sentence) break;
          if (it->org == country->entity && it->role.empty()) {
            best = &*it;
            break;
          }
        }
      }
      if (!best) continue;
      title_args.push_back({title_first, r.last, best->person});
      // "The foreign secretary told MPs", of a holder the lexicon knows: the
      // title states the affiliation the name alone did not.
      if (best->org >= 0 && best->role == r.role && !HasAffiliation(best->person, best->org, out))
        AddTriple(out, best->person, best->org, r.role, std::string(kAffiliationCode), r.role, Modality::kAsserted,
                  r.first, r.last);
    }
    if (!title_args.empty()) {
      // The demonym inside "the British minister" is part of the title now.
      std::vector<bool> in_title(tokens_.size(), false);
      for (const Arg& t : title_args) std::fill(in_title.begin() + t.first, in_title.begin() + t.last + 1, true);
      std::vector<Arg> kept;
      for (const Arg& a : args_) {
        if (!(in_title[a.first] && in_title[a.last])) kept.push_back(a);
      }
      args_ = std::move(kept);
      args_.insert(args_.end(), title_args.begin(), title_args.end());
      std::stable_sort(args_.begin(), args_.end(), [](const Arg& a, const Arg& b) { return a.first < b.first; });
      IndexArgs();
    }
  }

  // "The Texas Republican told a news conference", "the Wisconsin Democrat
  // said": a party member named by place and party, as the subject of a
  // verb, is a person of the two sentences before (or in apposition), who
  // belongs to the party (AFF).
  void ResolvePartyMemberReferences(Extraction& out) {
    std::vector<Arg> added;
    std::vector<bool> replaced(tokens_.size(), false);
    for (size_t i = 0; i + 3 < tokens_.size(); ++i) {
      if (!IsWord(i) || tokens_[i].lower_view() != "the" || InsideQuote(i)) continue;
      const Arg* place = ArgStartingAt(i + 1);
      if (!place || out.entities[place->entity].type != EntityType::kLocation) continue;
      const Arg* party = ArgStartingAt(place->last + 1);
      if (!party || party->first != party->last || !IsParty(out.entities[party->entity])) continue;
      // (A member, not the party: "the Texas Republicans", "Liberal Democrats".)
      std::string_view word = tokens_[party->first].lower_view();
      if (word.ends_with("s") || word == "party" || !IsVerbish(party->last + 1)) continue;
      const int sentence = tokens_[i].sentence;
      // The first fitting person of the latest sentence before that names
      // one (its subject, as a rule: "Chairman Sam Nunn said the odds are
      // against Gates"); in the same sentence only in apposition ("Phil
      // Gramm, the Texas Republican, said").
      const Arg* person = nullptr;
      for (const Arg& a : args_) {
        if (a.first >= i) break;
        const int s = tokens_[a.first].sentence;
        if (s + 2 < sentence || InsideQuote(a.first) || out.entities[a.entity].type != EntityType::kPerson) continue;
        if (s == sentence && !(a.last + 2 == i && tokens_[a.last + 1].text == ",")) continue;
        // (Not an office holder the lexicon knows for another body: "the
        // West Virginia Democrat" after "President Reagan's veto".)
        if (const Lexicon::Leader* known = KnownHolder(out.entities[a.entity]);
            known && known->affiliation != out.entities[party->entity].name)
          continue;
        if (!person || tokens_[person->first].sentence != s || s == sentence) person = &a;
      }
      if (!person) continue;
      added.push_back({i, party->last, person->entity});
      std::fill(replaced.begin() + i, replaced.begin() + party->last + 1, true);
      if (!HasAffiliation(person->entity, party->entity, out))
        AddTriple(out, person->entity, party->entity, "affiliated", std::string(kAffiliationCode), "",
                  Modality::kAsserted, i, party->last);
    }
    if (added.empty()) return;
    std::erase_if(args_, [&](const Arg& a) { return replaced[a.first] && replaced[a.last]; });
    AddArgs(added);
  }

  // --- relations ---
  // "Mr Blair's government", "the Reagan administration": a leader's
  // government is the state (see the gold guidelines), when the article or
  // the lexicon says which state the person leads and the article names it.
  void ResolveGovernments(Extraction& out) {
    std::map<int, int> state_of;  // person -> state entity, from the article's affiliations
    for (const Triple& t : out.triples) {
      if (t.code == kAffiliationCode && out.entities[t.object].type == EntityType::kLocation)
        state_of.try_emplace(t.subject, t.object);
    }
    bool changed = false;
    for (Arg& a : args_) {
      const Entity& e = out.entities[a.entity];
      if (e.type != EntityType::kPerson || !IsWord(a.last + 1)) continue;
      std::string_view next = tokens_[a.last + 1].lower;
      if (!InClass(WordClass::kLeaderGovernmentNoun, next)) continue;
      int state = -1;
      if (auto it = state_of.find(a.entity); it != state_of.end()) {
        state = it->second;
      } else if (const Lexicon::Leader* known = KnownHolder(e)) {
        state = EntityNamed(known->affiliation, out);
      }
      if (state < 0 || out.entities[state].type != EntityType::kLocation) continue;
      a.entity = state;
      a.last += 1;
      changed = true;
    }
    if (changed) IndexArgs();
    ResolveBareGovernments(out);
    ResolveReportedClaims(out);
    ResolveDefinitePlans(out);
    ResolvePartyReferences(out);
    ResolveBodyReferences(out);
    ResolveAgeReferences(out);
    ResolveNationalityReferences(out);
  }

  // "the American said", `," said the Australian`: a singular nationality
  // noun (Lexicon::IsPersonDemonym: "the Briton", "the New Zealander"; not
  // "the French", who are the country) speaking is a person, the one a
  // "he" or "she" there would be (ResolvePronoun).
  void ResolveNationalityReferences(const Extraction& out) {
    bool changed = false;
    for (Arg& a : args_) {
      if (a.first == 0 || !IsWord(a.first - 1) || tokens_[a.first - 1].lower_view() != "the" || InsideQuote(a.first))
        continue;
      if (!lex_.IsPersonDemonym(BasePhrase(a.first, a.last))) continue;
      const Name* name = NameOf(a);
      if (!name || name->source != NameSource::kLexicon || name->info.kind != PhraseKind::kDemonym) continue;
      const size_t next = a.last + 1;
      // (Not a noun after it: "the Chilean plans".)
      const bool verb_next = IsWord(next) && !lex_.IsPolicyNoun(tokens_[next].lower) &&
                             (lex_.IsSpeechVerb(tokens_[next].lower) ||
                              (IsAuxiliary(tokens_[next].lower) && IsWord(next + 1) && !tokens_[next + 1].capitalized &&
                               (IsVerbish(next + 1) || IsAdverb(tokens_[next + 1].lower))));
      const bool speaks = verb_next ||
                          (a.first >= 2 && IsWord(a.first - 2) && lex_.IsSpeechVerb(tokens_[a.first - 2].lower) &&
                           !IsWord(next));
      if (!speaks) continue;
      if (auto person = ResolvePronoun(a.first, /*person=*/true, out)) {
        a.entity = person->entity;
        changed = true;
      }
    }
    if (changed) IndexArgs();
  }

  // "the 34-year-old said", `," said the 29-year-old`: a person named by
  // age is the person a "he" or "she" there would be (ResolvePronoun). Only
  // when the age ends its phrase ("the 170-year-old firm" is no person; in
  // "the 53-year-old Dukakis" the name is the argument). Only an argument.
  void ResolveAgeReferences(const Extraction& out) {
    std::vector<Arg> added;
    for (size_t i = 1; i + 1 < tokens_.size(); ++i) {
      if (!IsWord(i) || !tokens_[i].lower_view().ends_with("-year-old") || arg_start_[i - 1] >= 0) continue;
      if (!IsWord(i - 1) || tokens_[i - 1].lower_view() != "the" || InsideQuote(i)) continue;
      const size_t next = i + 1;
      const bool ends_phrase = !IsWord(next) || IsAuxiliary(tokens_[next].lower) || IsAdverb(tokens_[next].lower) ||
                               (!tokens_[next].capitalized && IsVerbish(next));
      if (!ends_phrase) continue;
      if (auto a = ResolvePronoun(i, /*person=*/true, out)) added.push_back(Arg{i - 1, i, a->entity});
    }
    AddArgs(added);
  }

  // A political party: named "... Party" or listed in the party_name class.
  bool IsParty(const Entity& e) const {
    if (e.type != EntityType::kOrganization || e.generic) return false;
    const std::string name = AsciiLower(e.name);
    return name.ends_with(" party") || InClass(WordClass::kPartyName, name);
  }

  // "In a statement, the party said" after "Tory leader Michael Howard":
  // The party named last before `i`, within five sentences; -1 if none.
  int LatestParty(size_t i, const Extraction& out) const {
    return LastArgBefore(i, 5, [&](const Arg& a) { return IsParty(out.entities[a.entity]); });
  }

  // "the party" in lower case is the party the article named last, within
  // five sentences. Only an argument, like "the government".
  void ResolvePartyReferences(const Extraction& out) {
    std::vector<Arg> added;
    int latest = -1;  // the party named last, and the sentence it was named in
    int latest_sentence = -1;
    size_t next_arg = 0;
    for (size_t i = 1; i < tokens_.size(); ++i) {
      for (; next_arg < args_.size() && args_[next_arg].first < i; ++next_arg) {
        if (IsParty(out.entities[args_[next_arg].entity])) {
          latest = args_[next_arg].entity;
          latest_sentence = tokens_[args_[next_arg].first].sentence;
        }
      }
      if (!IsWord(i) || tokens_[i].capitalized || arg_start_[i] >= 0 || Base(i) != "party" ||
          tokens_[i - 1].lower_view() != "the" || latest < 0 || latest_sentence + 5 < tokens_[i].sentence)
        continue;
      // "the party of government", "the party conference": no reference to one party.
      if (IsWord(i + 1) && !Possessive(i) && !IsVerbish(i + 1) && !IsAuxiliary(tokens_[i + 1].lower)) continue;
      added.push_back(Arg{i - 1, i, latest});
    }
    AddArgs(added);
  }

  // "The Commons work and pensions committee ... the committee said",
  // "criticised the agency": "the" before a body's word (`body_noun`) is
  // the organisation the article named last with that word in its name,
  // within eight sentences of that name or of the last such reference;
  // "the company" and "the firm" are the company (a name with a company
  // suffix) named last. Only an argument: the word does not become a name
  // of the body. Not the head of a longer phrase ("the union leader", "the
  // committee of inquiry"): a verb, a preposition or a clause word follows.
  void ResolveBodyReferences(const Extraction& out) {
    std::vector<Arg> added;
    // (An article without such a reference stops here: a cheap pass first.)
    bool any = false;
    for (size_t i = 1; i < tokens_.size() && !any; ++i)
      any = IsWord(i) && !tokens_[i].capitalized && IsWord(i - 1) &&
            (tokens_[i - 1].lower_view() == "the" || (i > 1 && tokens_[i - 2].lower_view() == "the")) &&
            InClass(WordClass::kBodyNoun, Base(i));
    if (!any) return;
    std::map<std::string, std::pair<int, int>, std::less<>> latest;  // word -> (entity, sentence)
    // Each organisation's body words ("company" for a company suffix), once.
    std::vector<std::optional<std::vector<std::string>>> body_words(out.entities.size());
    auto words_of = [&](int entity) -> const std::vector<std::string>& {
      if (!body_words[entity]) {
        std::vector<std::string>& found = body_words[entity].emplace();
        std::vector<absl::string_view> words = absl::StrSplit(out.entities[entity].name, ' ', absl::SkipEmpty());
        for (absl::string_view w : words) {
          std::string lower = AsciiLower(std::string(w.data(), w.size()));
          if (InClass(WordClass::kBodyNoun, lower)) found.push_back(std::move(lower));
        }
        if (IsCompanyName(out.entities[entity])) {
          found.push_back("company");
          found.push_back("firm");
        }
      }
      return *body_words[entity];
    };
    size_t next_arg = 0;
    for (size_t i = 1; i < tokens_.size(); ++i) {
      for (; next_arg < args_.size() && args_[next_arg].first < i; ++next_arg) {
        const Arg& a = args_[next_arg];
        const Entity& e = out.entities[a.entity];
        if (e.type != EntityType::kOrganization || e.generic) continue;
        for (const std::string& word : words_of(a.entity)) latest[word] = {a.entity, tokens_[a.first].sentence};
      }
      if (!IsWord(i) || tokens_[i].capitalized || arg_start_[i] >= 0 || arg_end_[i] >= 0 || !IsWord(i - 1) ||
          arg_end_[i - 1] >= 0)
        continue;
      // ("the select committee", "the central bank": one lower-case word
      // before the body's word, which the body's name has too.)
      const bool modified = i > 1 && IsWord(i - 2) && tokens_[i - 2].lower_view() == "the" &&
                            !tokens_[i - 1].capitalized && tokens_[i - 1].lower_view() != "the";
      if (tokens_[i - 1].lower_view() != "the" && !modified) continue;
      // (A lower-case word: its base is the class's spelling.)
      const std::string_view word = Base(i);
      if (!InClass(WordClass::kBodyNoun, word)) continue;
      if (IsWord(i + 1) && !Possessive(i)) {
        std::string_view next = tokens_[i + 1].lower;
        const bool clause_goes_on = !tokens_[i + 1].capitalized && next != "of" &&
                                    (IsVerbish(i + 1) || IsAuxiliary(next) || Prepositions().contains(next) ||
                                     next.ends_with("ed") || InClass(WordClass::kPastTenseVerb, next) || IsAdverb(next) ||
                                     next == "that" || next == "which" || next == "and" || next == "but");
        if (!clause_goes_on) continue;
      }
      auto it = latest.find(word);
      if (it == latest.end() || it->second.second + 8 < tokens_[i].sentence) continue;
      if (modified) {
        const std::string name = absl::StrCat(" ", AsciiLower(out.entities[it->second.first].name), " ");
        if (!absl::StrContains(name, absl::StrCat(" ", tokens_[i - 1].lower, " "))) continue;
      }
      added.push_back(Arg{modified ? i - 2 : i - 1, i, it->second.first});
      it->second.second = tokens_[i].sentence;  // a reference keeps the body in view
    }
    AddArgs(added);
  }

  // "the plans" after "the Tory plans" or "Labour's proposals ... the
  // proposals": the actor that owned the same noun last, within thirty
  // sentences, so judging or rejecting "the plans" is aimed at it. Only an
  // argument; nothing when no actor owned that noun before.
  void ResolveDefinitePlans(const Extraction& out) {
    std::vector<Arg> added;
    // One pass: the latest owner of each noun, with its sentence.
    std::map<std::string, std::pair<int, int>, std::less<>> owner_of;
    for (size_t i = 1; i < tokens_.size(); ++i) {
      if (!IsWord(i) || !lex_.IsPolicyNoun(tokens_[i].lower)) continue;
      if (const Arg* a = ArgEndingAt(i - 1); a && out.entities[a->entity].type != EntityType::kEvent &&
                                             !out.entities[a->entity].generic) {
        owner_of[tokens_[i].lower] = {a->entity, tokens_[i].sentence};  // "the Tory plans", "Labour's plans"
        continue;
      }
      if (tokens_[i - 1].lower_view() != "the" || arg_start_[i] >= 0) continue;
      // "the plans of the government" names its owner itself.
      if (IsWord(i + 1) && (tokens_[i + 1].lower_view() == "of" || tokens_[i + 1].lower_view() == "by")) continue;
      auto it = owner_of.find(tokens_[i].lower_view());
      if (it != owner_of.end() && it->second.second + 30 >= tokens_[i].sentence)
        added.push_back(Arg{i - 1, i, it->second.first});
    }
    AddArgs(added);
  }

  // "that suggestion", "this claim": what the previous sentence reported,
  // standing for whoever made it ("But he warned that ... Mr Howard called
  // that suggestion \"disgraceful\"": Howard criticises the one who warned).
  // Only an argument, like a title; nothing when the previous sentence
  // reports no one.
  void ResolveReportedClaims(const Extraction& out) {
    std::vector<Arg> added;
    std::map<int, int> speaker_of;  // sentence -> its reported speaker, or -1
    for (size_t i = 1; i + 1 < tokens_.size(); ++i) {
      std::string_view w = tokens_[i].lower;
      if (!IsWord(i) || (w != "that" && w != "this") || !IsWord(i + 1) || arg_start_[i + 1] >= 0 ||
          !InClass(WordClass::kClaimNoun, tokens_[i + 1].lower))
        continue;
      int s = tokens_[i].sentence;
      if (s == 0) continue;
      // The previous sentence's speaker: the subject of its first reporting
      // verb (found once per sentence).
      auto [cached, fresh] = speaker_of.try_emplace(s - 1, -1);
      if (fresh) {
        std::vector<Arg> args = SentenceArgs(s - 1, out);
        for (size_t v = sentence_first_[s - 1]; v <= sentence_last_[s - 1]; ++v) {
          if (!IsWord(v) || tokens_[v].capitalized || InsideQuote(v) || !lex_.IsSpeechVerb(tokens_[v].lower)) continue;
          std::vector<Arg> speakers = SubjectsBefore(v, args, out);
          if (!speakers.empty() && out.entities[speakers.front().entity].type != EntityType::kEvent &&
              !out.entities[speakers.front().entity].generic)
            cached->second = speakers.front().entity;
          break;
        }
      }
      if (cached->second >= 0) added.push_back(Arg{i, i + 1, cached->second});
    }
    AddArgs(added);
  }

  // Adds arguments that stand for actors without a name of their own
  // ("the government", "that suggestion"), keeping args_ in text order.
  void AddArgs(const std::vector<Arg>& added) {
    if (added.empty()) return;
    args_.insert(args_.end(), added.begin(), added.end());
    std::stable_sort(args_.begin(), args_.end(), [](const Arg& a, const Arg& b) { return a.first < b.first; });
    IndexArgs();
  }

  // "the government" with no state named: the state whose government the
  // article last named ("the Syrian government ... the government"), else
  // the state whose offices most of the article's people hold (a BBC
  // politics story: the UK), if no other state has as many. Nothing when the article gives neither. Only
  // an argument: "government" does not become a name of the state, so it
  // cannot merge states across articles.
  // A country of the lexicon, by its canonical name ("United Kingdom", not "London").
  bool IsCountry(const Entity& e) const { return e.type == EntityType::kLocation && IsCountryName(e.name); }

  // Is `name` a country's name or alias in the lexicon?
  bool IsCountryName(std::string_view name) const {
    std::vector<std::string_view> words;
    for (std::string_view rest = name; !rest.empty();) {
      size_t space = std::min(rest.find(' '), rest.size());
      words.push_back(rest.substr(0, space));
      rest.remove_prefix(std::min(space + 1, rest.size()));
    }
    if (words.empty()) return false;
    PhraseInfo info{};
    return lex_.MatchPhrase(words, &info) == static_cast<int>(words.size()) && info.kind == PhraseKind::kCountry;
  }

  // A government office: "Home Secretary", "Solicitor General", "Trade
  // Minister"; not "Cardinal", "Prince" or "Commissioner".
  bool IsGovernmentOffice(std::string_view role) const {
    // Party, press and civil-service secretaries hold no government office.
    for (const std::string& other : lex_.WordsOfClass(WordClass::kNonGovernmentTitle)) {
      if (role.find(other) != std::string_view::npos) return false;
    }
    for (const std::string& word : lex_.WordsOfClass(WordClass::kGovernmentTitle)) {
      if (role.find(word) != std::string_view::npos) return true;
    }
    return false;
  }

  // Is [first, last] a prepositional phrase that opens its sentence, with
  // no verb in it ("In an article for the Times newspaper")?
  bool FrontedPrepositionalPhrase(size_t first, size_t last) const {
    if (!IsWord(first) || !Prepositions().contains(tokens_[first].lower)) return false;
    for (size_t k = first + 1; k <= last; ++k) {
      if (!IsWord(k) || (!tokens_[k].capitalized && IsVerbish(k))) return false;
    }
    return true;
  }

  // Does "former", "ex-", "late" or "shadow" stand right before the token
  // at `k` (a title its holder does not hold in the state's government)?
  // (Past a portfolio: "shadow international development secretary".)
  bool FormerBefore(size_t k) const {
    for (size_t j = k; j > 0 && j + 4 > k && IsWord(j - 1) && SameSentence(j - 1, k); --j) {
      std::string_view w = tokens_[j - 1].lower;
      if (w == "former" || w == "ex" || w.starts_with("ex-") || w == "late" || w == "then" || w == "shadow")
        return true;
      if (tokens_[j - 1].capitalized || Determiners().contains(w) || Prepositions().contains(w) || IsVerbish(j - 1))
        break;
    }
    return false;
  }

  // The article's home state: the one whose offices most of its people
  // hold, by a role the article gives ("Prime Minister Tony Blair", not
  // "Italy's Ferruzzi") or as leaders the lexicon knows; -1 when another
  // state has as many or none is named.
  int HomeState(const Extraction& out) const {
    std::map<int, int> office_of;  // person -> state
    for (const Triple& t : out.triples) {
      if (t.code == kAffiliationCode && !t.role.empty() && out.entities[t.object].type == EntityType::kLocation)
        office_of.try_emplace(t.subject, t.object);
    }
    std::map<int, int> affiliated;  // state -> people holding its offices
    for (int person = 0; person < static_cast<int>(out.entities.size()); ++person) {
      if (out.entities[person].type != EntityType::kPerson) continue;
      int state = -1;
      if (auto it = office_of.find(person); it != office_of.end()) {
        state = it->second;
      } else if (const Lexicon::Leader* known = KnownHolder(out.entities[person])) {
        state = EntityNamed(known->affiliation, out);  // of a state the article names
      }
      if (state >= 0 && IsCountry(out.entities[state])) ++affiliated[state];
    }
    int home = -1, home_people = 0;
    bool tied = false;
    for (const auto& [state, people] : affiliated) {
      if (people > home_people) {
        home = state;
        home_people = people;
        tied = false;
      } else if (people == home_people) {
        tied = true;
      }
    }
    // Else the state of a national outlet the article comes from: "Home
    // Secretary X" in a BBC story is British; else the dateline's state
    // ("LUSAKA, March 16 - ... pressing the government").
    if (tied || home < 0) {
      const int source = SourceHomeState(out);
      if (source >= 0) return source;
      return dateline_actor_ >= 0 && IsCountry(out.entities[dateline_actor_]) ? dateline_actor_ : -1;
    }
    return home;
  }

  // The polarity of the first evaluative word (data/evaluations.tsv) in the
  // clause told after `from` up to `last`: -1, +1, or 0 for none or when an
  // actor is named before it. A word heading a noun phrase after "the"
  // names, it does not judge.
  int JudgementAfter(size_t from, size_t last) const {
    for (size_t t = from; t <= last && t < tokens_.size() && t < from + 25; ++t) {
      if (tokens_[t].text == ";" || InsideQuote(t) != InsideQuote(from)) break;
      // "told a Labour gathering that the Tory policies would cause
      // failure": another actor named first is the one judged.
      if (ArgStartingAt(t)) return 0;
      if (!IsWord(t) || tokens_[t].capitalized) continue;
      int polarity = lex_.Polarity(tokens_[t].lower);
      if (polarity == 0) continue;
      if (t > 0 && IsWord(t - 1) && tokens_[t - 1].lower_view() == "the") continue;
      return polarity;
    }
    return 0;
  }

  // Does a reported clause's verb follow the phrase ending at `last`, so
  // that the phrase is that clause's subject ("insisted the detentions would
  // continue", "insist the Mental Capacity Bill - for England and Wales -
  // would not change")? An auxiliary (lower case), past a dashed aside.
  // A modal or a finite form of "be" or "have" at `k` ("would", "was",
  // "had"): what stands right before it is a clause's subject.
  bool ClauseAuxiliaryAt(size_t k) const {
    if (!IsWord(k) || tokens_[k].capitalized) return false;
    static const auto* kForms = new WordSet{"is", "are", "was", "were", "be", "been", "has", "have", "had"};
    return Modals().contains(tokens_[k].lower) || kForms->contains(tokens_[k].lower);
  }

  bool ClauseSubjectEndsAt(size_t last) const {
    size_t k = last + 1;
    if (k < tokens_.size() &&
        (tokens_[k].text == "-" || tokens_[k].text == "\xE2\x80\x93" || tokens_[k].text == "\xE2\x80\x94")) {
      const std::string_view dash = tokens_[k].text;
      size_t close = k + 1;
      while (close < tokens_.size() && close < k + 10 && SameSentence(k, close) && tokens_[close].text != dash) ++close;
      if (close < tokens_.size() && tokens_[close].text == dash) k = close + 1;
    }
    return IsWord(k) && !tokens_[k].capitalized && IsAuxiliary(tokens_[k].lower);
  }

  // "called the talks a failure", "called the strike illegal": a complement
  // of the object after `last` judges it; the verb names, it does not act.
  bool ObjectComplementAfter(size_t last) const {
    size_t k = last + 1;
    if (!IsWord(k) || tokens_[k].capitalized) return false;
    if (tokens_[k].lower_view() == "a" || tokens_[k].lower_view() == "an") return true;
    return lex_.Polarity(tokens_[k].lower) != 0;
  }

  // Which of `places` (coordinated objects) are places inside the article's
  // home state: cities and regions places.tsv puts there, and with one of
  // those, the unknown places listed alongside them. Countries and capitals
  // are never domestic places.
  std::vector<bool> DomesticPlaces(const std::vector<Arg>& places, const Extraction& out) const {
    std::vector<bool> domestic(places.size(), false);
    const int home = relations_home_;
    if (home < 0) return domestic;
    bool known_domestic = false;
    std::vector<bool> unknown(places.size(), false);
    for (size_t k = 0; k < places.size(); ++k) {
      const Entity& e = out.entities[places[k].entity];
      if (e.type != EntityType::kLocation || IsCountry(e)) continue;
      const Name* name = NameOf(places[k]);
      if (name && name->source == NameSource::kLexicon && name->info.kind != PhraseKind::kPlace) continue;
      if (const std::string* country = lex_.CountryOfPlace(e.name)) {
        domestic[k] = *country == out.entities[home].name;
        known_domestic = known_domestic || domestic[k];
      } else {
        unknown[k] = name && name->source == NameSource::kRun;
      }
    }
    if (known_domestic)
      for (size_t k = 0; k < places.size(); ++k) domestic[k] = domestic[k] || unknown[k];
    return domestic;
  }

  // The state an actor is or serves: a country itself, the country the
  // article affiliates it with, or a known office holder's; -1 if none.
  int ActorState(int actor, const Extraction& out) const {
    const Entity& e = out.entities[actor];
    if (IsCountry(e)) return actor;
    for (const Triple& t : out.triples) {
      if (t.code == kAffiliationCode && t.subject == actor && IsCountry(out.entities[t.object])) return t.object;
    }
    const Lexicon::Leader* known = e.type == EntityType::kPerson ? KnownHolder(e) : nullptr;
    return known && IsCountryName(known->affiliation) ? EntityNamed(known->affiliation, out) : -1;
  }

  // An actor of a state other than the article's home: a foreign state, or
  // someone the article or the lexicon affiliates with one.
  bool ForeignActor(int actor, const Extraction& out) const {
    const int home = relations_home_;
    const Entity& e = out.entities[actor];
    if (e.type == EntityType::kLocation) return actor != home;
    for (const Triple& t : out.triples) {
      if (t.code == kAffiliationCode && t.subject == actor && IsCountry(out.entities[t.object]) && t.object != home)
        return true;
    }
    // A known office holder of another state (a party leader serves no state).
    const Lexicon::Leader* known = e.type == EntityType::kPerson ? KnownHolder(e) : nullptr;
    if (!known || (home >= 0 && known->affiliation == out.entities[home].name)) return false;
    return IsCountryName(known->affiliation);
  }

  // The home state of the news outlet named by the document's source
  // ("BBC News" -> United Kingdom), when the article names that state; else -1.
  int SourceHomeState(const Extraction& out) const {
    const std::string* home = SourceHomeStateName();
    return home ? EntityNamed(*home, out) : -1;
  }

  // The name of the source's home state (countries.tsv), named in the
  // article or not; nullptr if the source is no known outlet.
  const std::string* SourceHomeStateName() const {
    std::vector<std::string_view> words;
    for (absl::string_view w : absl::StrSplit(doc_.source, ' ', absl::SkipEmpty())) words.emplace_back(w.data(), w.size());
    if (words.empty()) return nullptr;
    PhraseInfo info{};
    if (lex_.MatchPhrase(words, &info) != static_cast<int>(words.size()) || info.kind != PhraseKind::kOrganization)
      return nullptr;
    return lex_.HomeOfMedium(info.canonical);
  }

  // "Ministers say", "said ministers had failed", "accused ministers of":
  // "ministers" with nothing before it in its phrase (no determiner,
  // adjective or name) is the government.
  bool BareMinisters(size_t i) const {
    if (!IsWord(i) || tokens_[i].lower_view() != "ministers" || arg_start_[i] >= 0 || arg_end_[i] >= 0) return false;
    // (Not "ministers of the EC", "ministers from Chile"; "accused
    // ministers of turning Britain into" names no one.)
    if (IsWord(i + 1) && (tokens_[i + 1].lower_view() == "of" || tokens_[i + 1].lower_view() == "from") &&
        !(tokens_[i + 1].lower_view() == "of" && IsWord(i + 2) && tokens_[i + 2].lower_view().ends_with("ing")))
      return false;
    if (SentenceStart(i) || !IsWord(i - 1)) return tokens_[i - 1].kind != TokenKind::kOpenQuote || SentenceStart(i);
    std::string_view w = tokens_[i - 1].lower;
    // (Also a verb's object or a preposition's: "accused ministers of
    // lying", "called on ministers to act", "a letter to ministers".)
    return lex_.IsSpeechVerb(w) || w == "that" || w == "and" || w == "but" || w == "because" || w == "while" ||
           w == "when" || w == "if" || w == "although" || w == "on" || w == "to" || w == "by" ||
           (!tokens_[i - 1].capitalized && IsVerbish(i - 1) && !IsAuxiliary(w) &&
            (w.ends_with("ed") || w.ends_with("ing") || (w.ends_with("s") && !w.ends_with("ss"))));
  }

  void ResolveBareGovernments(const Extraction& out) {
    const int home = HomeState(out);
    std::vector<Arg> added;
    int named = -1;  // the state of the latest "<state> government"
    size_t next_arg = 0;
    for (size_t i = 1; i < tokens_.size(); ++i) {
      for (; next_arg < args_.size() && args_[next_arg].last < i; ++next_arg) {
        const Arg& a = args_[next_arg];
        // "the Syrian government", "the Reagan administration" (read as the
        // state, ending with the word).
        if (out.entities[a.entity].type == EntityType::kLocation &&
            ((IsWord(a.last + 1) && InClass(WordClass::kLeaderGovernmentNoun, tokens_[a.last + 1].lower)) ||
             (a.last > a.first && InClass(WordClass::kLeaderGovernmentNoun, tokens_[a.last].lower))))
          named = a.entity;
      }
      if (BareMinisters(i)) {
        if (int state = named >= 0 ? named : home; state >= 0) added.push_back(Arg{i, i, state});
        continue;
      }
      if (!IsWord(i) || !InClass(WordClass::kLeaderGovernmentNoun, tokens_[i].lower) ||
          !IsWord(i - 1) || tokens_[i - 1].lower_view() != "the" || arg_start_[i] >= 0 || arg_end_[i] >= 0)
        continue;
      // "the government of Iraq", "the government of the Philippines" name
      // their state; "accused the government of lying" does not.
      if (IsWord(i + 1) && tokens_[i + 1].capitalized) continue;
      if (IsWord(i + 1) && tokens_[i + 1].lower_view() == "of" && IsWord(i + 2) &&
          (tokens_[i + 2].capitalized || Determiners().contains(tokens_[i + 2].lower)))
        continue;
      int state = named >= 0 ? named : home;
      if (state >= 0) added.push_back(Arg{i, i, state});
    }
    AddArgs(added);
  }

  // Pronoun he/she/it/its resolution to the latest compatible entity before `i`.
  std::optional<Arg> PronounArg(size_t i, const Extraction& out) const {
    if (!IsWord(i)) return std::nullopt;
    std::string_view w = tokens_[i].lower;
    // Possessives ("his counterpart", "its influence") are determiners, not
    // actors; "her" counts only when no noun follows it.
    // ("her Chilean counterpart": a name modifying a noun after it.)
    size_t noun = i + 1;
    while (IsWord(noun) && tokens_[noun].capitalized && noun < i + 4) ++noun;
    bool her_object = w == "her" && !(IsWord(noun) && !tokens_[noun].capitalized &&
                                      !Prepositions().contains(tokens_[noun].lower) &&
                                      (noun == i + 1 || (!IsAuxiliary(tokens_[noun].lower) && !IsVerbish(noun))));
    bool person = w == "he" || w == "she" || w == "him" || her_object;
    bool thing = w == "it";
    if (!person && !thing) return std::nullopt;
    // (Only a verb's direct object: in "resisted calls for him to go" he
    // may be the subject.)
    // Nor an infinitive's ("the decision to extradite him" may be about the
    // sentence's subject).
    // So is a verb's prepositional object: "calling for him to apologise",
    // "wrote to her".
    auto verb_preposition = [&](size_t p) {
      std::string_view w = tokens_[p].lower;
      // (Not after an -s form, which may be a noun: "resisted calls for him
      // to quit".)
      return IsWord(p) && p > 0 && IsVerbish(p - 1) && !tokens_[p - 1].capitalized &&
             !tokens_[p - 1].lower_view().ends_with("s") &&
             (w == "for" || w == "to" || w == "with" || w == "on" || w == "at" || w == "against" || w == "about");
    };
    const bool direct_object = (w == "him" || her_object) && i > 1 && IsWord(i - 1) &&
                               ((IsVerbish(i - 1) && !(IsWord(i - 2) && tokens_[i - 2].lower_view() == "to")) ||
                                verb_preposition(i - 1));
    return ResolvePronoun(i, person, out, direct_object);
  }

  // Every token in [from, to) is a lower-case word.
  bool AllLowerWords(size_t from, size_t to) const {
    for (size_t t = from; t < to; ++t) {
      if (!IsWord(t) || tokens_[t].capitalized) return false;
    }
    return true;
  }

  // Does the lower-case word `w` open a subordinate clause ("after",
  // "because", "when", "while" ...)?
  static bool OpensSubordinateClause(std::string_view w) {
    return w == "when" || w == "while" || ClauseOpeners().contains(w) || Subordinators().contains(w);
  }

  // Is `k` inside a clause that opens its sentence with a subordinating word
  // ("As", "When", "After", "If") and ends with a comma before `i`?
  bool InFrontedClause(size_t k, size_t i) const {
    const size_t first = sentence_first_[tokens_[k].sentence];
    if (!IsWord(first) || tokens_[i].sentence != tokens_[k].sentence) return false;
    std::string_view w = tokens_[first].lower;
    if (w != "as" && w != "once" && !OpensSubordinateClause(w)) return false;
    for (size_t t = first; t < i; ++t)
      if (tokens_[t].text == ",") return t > k;
    return false;
  }

  // The actor a pronoun at `i` refers to: a person (he, she, his) or else an
  // organisation or country (it, its).
  // An object pronoun (`object`: "him", "her") is not its own clause's
  // subject: in "Ana Ruiz criticised him" he is someone else.
  std::optional<Arg> ResolvePronoun(size_t i, bool person, const Extraction& out, bool object = false) const {
    const std::string_view pronoun = tokens_[i].lower_view();
    const int pronoun_gender = pronoun == "he" || pronoun == "him" || pronoun == "his"    ? 1
                               : pronoun == "she" || pronoun == "her" || pronoun == "hers" ? -1
                                                                                          : 0;
    // Salience: the subject-like (first, not after a preposition) compatible
    // actor of this sentence before the pronoun, else of the previous one,
    // up to three sentences back.
    auto compatible = [&](const Arg& a) {
      EntityType t = out.entities[a.entity].type;
      if (qualifiers_.contains(a.first)) return false;
      // "A Chrysler spokeswoman would not say ... she said": one unnamed
      // person speaking for an organisation or state stands for it ("the
      // Tory spokesman" refers back to someone named).
      if (person && t != EntityType::kPerson && t != EntityType::kEvent && IsWord(a.last + 1) && a.first > 0 &&
          IsWord(a.first - 1) && (tokens_[a.first - 1].lower_view() == "a" || tokens_[a.first - 1].lower_view() == "an") &&
          !Possessive(a.last) && !tokens_[a.last + 1].capitalized && !tokens_[a.last + 1].lower.ends_with("s") &&
          lex_.GroupNounType(tokens_[a.last + 1].lower) == EntityType::kPerson && !ArgStartingAt(a.last + 2) &&
          !IsCapitalizedName(a.last + 2) &&
          (t == EntityType::kOrganization ||
           // (Not a trader or a broker a demonym places: "A Japanese trader
           // said ... he said" is no state's word.)
           (IsCountry(out.entities[a.entity]) && !InClass(WordClass::kPrivateSectorNoun, tokens_[a.last + 1].lower))))
        return true;
      // "A spokesman for the British Casino Association said ... He said":
      // so does one named by a spokesperson noun and "for", in an earlier
      // sentence ("a spokesman for the ministry said Kiechle had made clear
      // that he" is Kiechle).
      if (person && tokens_[a.first].sentence < tokens_[i].sentence &&
          (t == EntityType::kOrganization || IsCountry(out.entities[a.entity]))) {
        size_t k = a.first;
        if (k > 0 && IsWord(k - 1) && tokens_[k - 1].lower_view() == "the") --k;
        if (k >= 3 && IsWord(k - 1) && tokens_[k - 1].lower_view() == "for" && IsWord(k - 2) &&
            InClass(WordClass::kSpokespersonNoun, tokens_[k - 2].lower) && IsWord(k - 3) &&
            (tokens_[k - 3].lower_view() == "a" || tokens_[k - 3].lower_view() == "an"))
          return true;
      }
      // (Not a man for "she" nor a woman for "he", as their honorifics
      // tell: "an executive spokeswoman insisted Mr McConnell ... she said".)
      if (person && t == EntityType::kPerson && pronoun_gender != 0 && PersonGender(a.entity) == -pronoun_gender)
        return false;
      return person ? t == EntityType::kPerson : (t == EntityType::kOrganization || t == EntityType::kLocation);
    };
    int sentence = tokens_[i].sentence;
    // "The Tories were angry after Labour said it will fight the election":
    // the subject of a clause reported right after its reporter's name is
    // the reporter (not a name after a preposition: "Ericsson Telephone Co
    // of Sweden said it").
    if (!object && i > 1 && !InsideQuote(i)) {
      size_t report = i - 1;
      if (IsWord(report) && tokens_[report].lower_view() == "that" && report > 0) --report;
      if (ReportingVerbAt(report) && !InClass(WordClass::kTellingVerb, tokens_[report].lower)) {
        const size_t before = VerbGroupStart(report, 0);
        if (const Arg* reporter = before > 0 ? ArgEndingAt(before - 1) : nullptr;
            reporter && SameSentence(reporter->first, i) && compatible(*reporter) && !Possessive(reporter->last) &&
            !InsideQuote(reporter->first) &&
            (!AfterPreposition(*reporter, args_) || SpokespersonFor(*reporter) ||
             ClauseOpener(WordBefore(reporter->first))))
          return Arg{i, i, reporter->entity};
      }
    }
    // "When he refused to support Harold Wilson, he said": a person's
    // pronoun earlier in the sentence, before any actor, is the same one.
    if (!object && person) {
      for (size_t t = sentence_first_[sentence]; t < i; ++t) {
        if (ArgStartingAt(t) || InsideQuote(t) != InsideQuote(i)) break;
        if (!IsWord(t)) continue;
        if (HeOrSheAt(t)) {
          if (auto earlier = ResolvePronoun(t, person, out)) return Arg{i, i, earlier->entity};
          break;
        }
      }
    }
    // "Others targeted include X and Y, Lord Rennard said. He said ...": the
    // pronoun subject of a speech verb is the person whose closing
    // attribution ended the sentence before.
    // ("Mr Blair has the same passion, he said.": the one a closing
    // attribution's pronoun stands for is not named in what it reports.)
    // (So is a parenthetical one: "Mr Blair has failed to tackle these
    // problems, he claimed, saying ...", "The Tories, he said, can cut".)
    const bool parenthetical = i + 2 < tokens_.size() && tokens_[i + 2].text == "," && i > sentence_first_[sentence] + 1;
    const bool closing = person && !object && i > 0 &&
                         (tokens_[i - 1].text == "," || tokens_[i - 1].kind == TokenKind::kCloseQuote) &&
                         FiniteSpeechVerbAt(i + 1) &&
                         (ClosingPronounAttribution(sentence) == i || (parenthetical && tokens_[i - 1].text == ","));
    // ("George Osborne said: \"...,\" he said.", "\"...,\" said Ray Stone of
    // Acme Inc. \"...,\" he said.": the sentence's own speaker.)
    if (closing) {
      for (int index : sentence_args_[sentence]) {
        const Arg& a = args_[index];
        if (a.last >= i) break;
        if (compatible(a) && !InsideQuote(a.first) &&
            (SpeakerOfVerbAfter(a) || SpeechVerbBefore(a.first)))
          return Arg{i, i, a.entity};
      }
    }
    if (person && !object && sentence > 0 && IsWord(i + 1) && lex_.IsSpeechVerb(tokens_[i + 1].lower) && !tokens_[i + 1].lower.ends_with("ing")) {
      // (Not past a subject of the pronoun's own sentence: "Mr MacDonell
      // said that if he said things ...".)
      const bool own_subject = !closing && std::any_of(sentence_args_[sentence].begin(), sentence_args_[sentence].end(), [&](int index) {
        const Arg& a = args_[index];
        return a.last < i && compatible(a) && !PrepositionBefore(a.first) && !InsideQuote(a.first);
      });
      if (const int speaker = own_subject ? -1 : EarlierClosingSpeaker(sentence, out); speaker >= 0)
        return Arg{i, i, speaker};
    }
    // Up to four sentences back; a sentence that only passes the reference
    // on (its subject is the same pronoun) does not count, up to twelve.
    int budget = 4;
    for (int s = sentence; s >= 0 && s >= sentence - 12 && budget >= 0; --s) {
      // A sentence wholly quoted, whose speaker FindQuotes has found, is that
      // speaker's: "Mr Howard said. \"We watched ... \"Yet ...\" He went on".
      if (person && !object && s < sentence && !InsideQuote(i)) {
        if (auto spoken = quote_speaker_of_sentence_.find(s);
            spoken != quote_speaker_of_sentence_.end() && WhollyQuoted(s) &&
            out.entities[spoken->second].type == EntityType::kPerson)
          return Arg{i, i, spoken->second};
      }
      const Arg* first_any = nullptr;
      const Arg* subject = nullptr;
      const Arg* owner = nullptr;
      bool skip_subject = object && s == sentence;
      bool skipped_reporter = false;  // the reporter of the pronoun's quotation was passed over
      for (int index : sentence_args_[s]) {
        const Arg& a = args_[index];
        if (a.last >= i) break;
        if (!compatible(a)) continue;
        if (closing && s == sentence && !PrepositionBefore(a.first)) continue;
        // Someone named inside a quotation is not who a pronoun of the
        // narrative refers to.
        if (InsideQuote(a.first) && !InsideQuote(i)) continue;
        // ("As Mr Brown announced the date, the firm urged him": a fronted
        // clause's subject is not the one of the pronoun's verb.)
        if (skip_subject && !PrepositionBefore(a.first) && !InFrontedClause(a.first, i)) {
          skip_subject = false;
          continue;
        }
        // Nor is the one reporting a quotation who a person's pronoun inside
        // it is: "X said ... \"never before has he been so outspoken\"" (a
        // spokesman's principal may be: "a spokesman for X said \"he ...\"").
        if (person && s == sentence && InsideQuote(i) && !InsideQuote(a.first) && !PrepositionBefore(a.first) &&
            SpeakerOfVerbAfter(a)) {
          skipped_reporter = true;
          continue;
        }
        // ("Ms Jowell's deputy, Richard Caborn, said": an owner before a
        // name in apposition is no subject.)
        // ("Mr Brown's Budget was not about the country, the Tory leader
        // said": a person's possessive determines the subject, and is one
        // only when no one else is.)
        if (person && !owner && !PrepositionBefore(a.first) && Possessive(a.last) && !OwnerBeforeAppositive(a)) {
          owner = &a;
          continue;
        }
        // (Past an owner, only a speaker: "Lord Holme's proposal comes months
        // after viewers watched George Bush debate" is about Lord Holme.)
        if (owner && !SpeakerOfVerbAfter(a)) break;
        if (!PrepositionBefore(a.first) && !(person && OwnerBeforeAppositive(a))) {
          subject = &a;
          break;
        }
        if (!first_any) first_any = &a;
      }
      if (!subject) subject = owner;
      // (Someone the reporter speaks of but the sentence does not name is
      // not in an earlier sentence either: "X said the minister had long
      // been vocal but \"never before has he ...\"".)
      if (skipped_reporter && !subject && !first_any) return std::nullopt;
      // "The Iranian news agency IRNA said": the demonym modifies the phrase
      // the name heads; the name is the subject.
      if (!person && subject && Attributive(*subject)) {
        for (int index : sentence_args_[s]) {
          const Arg& a = args_[index];
          if (a.first <= subject->last || a.last >= i) continue;
          if (a.first <= subject->last + 4 && ContentWordsBetween(subject->last + 1, a.first) <= 3 &&
              compatible(a) && AllLowerWords(subject->last + 1, a.first))
            subject = &a;
          break;
        }
      }
      // An earlier sentence whose subject is itself a pronoun ("He said the
      // draft followed the formula he agreed upon with Gorbachev") passes
      // the reference on rather than offering its prepositional objects.
      bool pronoun_subject = false;
      if (s < sentence) {
        // (Not a pronoun in a fronted clause: "Asked whether he was
        // comfortable with it, Mr Howard told the BBC".)
        size_t fronted_end = sentence_first_[s];
        if (const size_t f = sentence_first_[s]; IsWord(f) && !ArgStartingAt(f)) {
          const std::string_view w = tokens_[f].lower;
          // (A participle goes on with words: not "Indeed, he said"; the
          // clause holds no verb of saying: not "Asked about it he said the
          // deal, signed in May, was fair".)
          if (w == "as" || w == "once" || OpensSubordinateClause(w) ||
              (w.size() > 4 && (w.ends_with("ing") || w.ends_with("ed")) && IsWord(f + 1))) {
            for (size_t t = f + 1; t <= sentence_last_[s] && t < f + 40 && (!subject || t < subject->first); ++t) {
              if (FiniteSpeechVerbAt(t)) break;
              if (tokens_[t].text != ",") continue;
              fronted_end = t;
              break;
            }
          }
        }
        for (size_t t = sentence_first_[s]; t <= sentence_last_[s]; ++t) {
          if (subject && t >= subject->first) break;
          if (t < fronted_end) continue;
          std::string_view w = tokens_[t].lower;
          if (IsWord(t) && (person ? (w == "he" || w == "she") : (w == "it"))) {
            pronoun_subject = true;
            break;
          }
        }
      }
      // ("The senior official sounded pessimistic about the visit of Prime
      // Minister Nakasone. \"...,\" he said": an earlier sentence that
      // describes an unnamed person is about that person, not about one it
      // names later.)
      if (person && s < sentence && !pronoun_subject && (subject || first_any) && UnnamedPersonSubject(s))
        return std::nullopt;
      if (subject && !pronoun_subject) return Arg{i, i, subject->entity};
      if (pronoun_subject) continue;
      if (first_any) return Arg{i, i, first_any->entity};
      // "The minister told delegates that ...": a sentence whose subject is
      // an unnamed title refers back to someone named earlier, as a
      // pronoun's sentence does, and costs nothing.
      if (person && s < sentence && UnnamedTitleSubject(s)) continue;
      --budget;
    }
    return std::nullopt;
  }

  // The state named by "in" after a short object of a verb of visiting
  // ("visited slums in [the Kenyan capital]", "in Nairobi" when the article
  // names Kenya): a country, or the state of a capital; nothing when a
  // clause word, a verb, a preposition, "and" or a name comes first ("visited
  // slums and schools in Peru" is left alone), or "in" is the verb's own
  // ("toured in Peru").
  std::optional<Arg> PlaceOfVisit(size_t verb_last, size_t last, const Extraction& out) const {
    for (size_t k = verb_last + 1; k < last && k <= verb_last + 5; ++k) {
      if (!IsWord(k) || tokens_[k].capitalized) return std::nullopt;
      const std::string_view w = tokens_[k].lower_view();
      if (w != "in") {
        if (IsVerbish(k) || IsAuxiliary(w) || Prepositions().contains(w) || w == "and" || w == "that") return std::nullopt;
        continue;
      }
      if (k == verb_last + 1) return std::nullopt;
      size_t p = k + 1;
      if (IsWord(p) && tokens_[p].lower_view() == "the") ++p;
      const Arg* a = ArgStartingAt(p);
      if (a == nullptr) return std::nullopt;
      if (IsCountry(out.entities[a->entity])) return *a;
      const int state = StateOfCapital(*a, out);
      if (state < 0) return std::nullopt;
      return Arg{a->first, a->last, state};
    }
    return std::nullopt;
  }

  // Does sentence `s` open with an unnamed person as its subject and a
  // linking verb: "the", "a", "an" or "another", up to three lower-case
  // words, a noun of people (group_nouns.tsv) or a spokesperson, then a
  // `linking_verb` ("was", "sounded": "The senior official sounded pessimistic",
  // not "A judge sentenced Omar Haddad", nor "Another diplomat said")?
  bool UnnamedPersonSubject(int s) const {
    const size_t first = sentence_first_[s];
    if (!IsWord(first)) return false;
    const std::string_view opener = tokens_[first].lower_view();
    if (opener != "the" && opener != "a" && opener != "an" && opener != "another") return false;
    for (size_t k = first + 1; k <= first + 4 && k < sentence_last_[s]; ++k) {
      if (!IsWord(k) || tokens_[k].capitalized || ArgStartingAt(k)) return false;
      const std::string& w = tokens_[k].lower;
      if (lex_.GroupNounType(w) == EntityType::kPerson || InClass(WordClass::kSpokespersonNoun, w)) {
        if (!IsWord(k + 1)) return false;
        return InClass(WordClass::kLinkingVerb, tokens_[k + 1].lower);
      }
      if (IsVerbish(k) || Prepositions().contains(w)) return false;
    }
    return false;
  }

  // Does sentence `s` open with "the" and an office that names no one ("The
  // minister told delegates", not "The minister, Ana Ruiz, said")? An
  // unnamed source is no office: "The official said" is someone new.
  bool UnnamedTitleSubject(int s) const {
    const size_t first = sentence_first_[s];
    if (!IsWord(first) || tokens_[first].lower_view() != "the") return false;
    const RoleSpan* role = RoleStartingAt(first + 1);
    // (An unnamed speaker's noun, group_nouns.tsv, is no office: "the
    // official", "the analyst", "the lawyer".)
    if (role == nullptr || role->last >= sentence_last_[s] ||
        InClass(WordClass::kSpokespersonNoun, tokens_[role->last].lower) ||
        lex_.GroupNounType(tokens_[role->last].lower).has_value())
      return false;
    // (Its verb right after: not "The work and pensions committee".)
    const size_t next = role->last + 1;
    return IsWord(next) && !tokens_[next].capitalized &&
           (IsVerbish(next) || IsAuxiliary(tokens_[next].lower) || lex_.IsSpeechVerb(tokens_[next].lower));
  }

  // A person's gender as the honorifics before their names tell: 1 for a
  // man ("Mr", "Sir"), -1 for a woman ("Mrs", "Lady"), 0 when none is
  // written or they disagree.
  int PersonGender(int entity) const {
    if (auto it = gender_of_.find(entity); it != gender_of_.end()) return it->second;
    bool male = false, female = false;
    for (const Arg& a : args_) {
      if (a.entity != entity || a.first == 0 || !IsWord(a.first - 1)) continue;
      male = male || InClass(WordClass::kMaleHonorific, tokens_[a.first - 1].lower);
      female = female || InClass(WordClass::kFemaleHonorific, tokens_[a.first - 1].lower);
    }
    const int gender = male == female ? 0 : male ? 1 : -1;
    gender_of_.emplace(entity, gender);
    return gender;
  }

  // Does every word of sentence `s` stand inside a quotation?
  bool WhollyQuoted(int s) const {
    bool any = false;
    for (size_t t = sentence_first_[s]; t <= sentence_last_[s]; ++t) {
      if (!IsWord(t)) continue;
      if (!InsideQuote(t)) return false;
      any = true;
    }
    return any;
  }

  // A finite speech verb at `v`: lower case, not an -ing form ("said",
  // "told"; not "saying").
  bool FiniteSpeechVerbAt(size_t v) const {
    return IsWord(v) && !tokens_[v].capitalized && lex_.IsSpeechVerb(tokens_[v].lower) &&
           !tokens_[v].lower.ends_with("ing");
  }

  // The one person named in an attribution after a quotation that starts at
  // `k`, whatever titles, bodies, parentheses and "of" phrases describe
  // them: before a speech verb (`," Shearson Lehman analyst Michael Lucky
  // said`, `," the secretary general of the OECD Jean-Claude Paye said`) or
  // after it or "according to", to the end of the clause (`," said its
  // chairman, Sir Anthony Greener`). -1 when the words between hold a verb
  // or a clause of their own, an unnamed speaker ("analysts", "a
  // spokesman"), a person only modifying a noun ("the Blair government"),
  // or two people.
  int PersonInAttribution(size_t k, const Extraction& out) const {
    if (k >= tokens_.size() || ParagraphStart(k)) return -1;
    size_t from = k;
    const bool according = IsWord(k + 1) && tokens_[k].lower_view() == "according" && tokens_[k + 1].lower_view() == "to";
    const bool verb_first = according || FiniteSpeechVerbAt(k);
    if (verb_first) from = according ? k + 2 : k + 1;
    int person = -1;
    for (size_t c = from; c < tokens_.size() && c < from + 20 && SameSentence(k, c); ++c) {
      if (tokens_[c].kind == TokenKind::kOpenQuote || tokens_[c].kind == TokenKind::kCloseQuote) return -1;
      if (tokens_[c].text == ";") break;
      // ("according to Tom Hill, analyst for X": the apposition describes him.)
      if (verb_first && person >= 0 && tokens_[c].text == ",") break;
      if (const Arg* a = ArgStartingAt(c)) {
        if (out.entities[a->entity].type == EntityType::kPerson && !Possessive(a->last)) {
          if (person >= 0 && person != a->entity) return -1;
          // ("the Blair government said": a name modifying a noun.)
          const size_t next = a->last + 1;
          if (IsWord(next) && !tokens_[next].capitalized && !InRole(next) && tokens_[next].lower_view() != "of" &&
              !FiniteSpeechVerbAt(next))
            return -1;
          person = a->entity;
        }
        c = a->last;
        continue;
      }
      if (!IsWord(c) || tokens_[c].capitalized) continue;
      const std::string_view w = tokens_[c].lower;
      // ("an aide to Trade Secretary Per Holm said", "analysts at X said":
      // someone unnamed speaks; not "analyst Ana Ruiz said".)
      if ((lex_.GroupNounType(w) || InClass(WordClass::kSpokespersonNoun, w) || InClass(WordClass::kAideNoun, w)) &&
          IsWord(c + 1) && Prepositions().contains(tokens_[c + 1].lower))
        return -1;
      if (InRole(c)) continue;
      if (RelativeWords().contains(w) || w == "while" || w == "but" || w == "because") break;
      if (!verb_first && FiniteSpeechVerbAt(c)) return c > from ? person : -1;
      if (IsVerbish(c)) break;
    }
    return verb_first ? person : -1;
  }

  // The speech verb that ends an apposition opened by the comma at `comma`
  // after a person's name: "X, chief economist of Frankfurter Bank (BHF)
  // said" (its closing comma left out) or "X, president of the federation,
  // was quoted as saying" (the index of "quoted"). The apposition must hold
  // a title or a body and no verb of its own; tokens_.size() when there is
  // no such verb.
  size_t SpeechVerbPastApposition(size_t comma) const {
    bool described = false;
    for (size_t c = comma + 1; c < tokens_.size() && c < comma + 16 && SameSentence(comma, c); ++c) {
      if (tokens_[c].kind == TokenKind::kOpenQuote || tokens_[c].kind == TokenKind::kCloseQuote) break;
      if (const Arg* a = ArgStartingAt(c); a != nullptr && a->entity >= 0) described = true;
      if (InRole(c)) described = true;
      if (!IsWord(c) || tokens_[c].capitalized) continue;
      const std::string_view w = tokens_[c].lower;
      if (RelativeWords().contains(w)) break;
      if (!IsVerbish(c) || InRole(c)) continue;
      if (!described) break;
      if (FiniteSpeechVerbAt(c) && c > comma + 2) return c;
      if ((w == "was" || w == "is") && IsWord(c + 3) && tokens_[c + 1].lower_view() == "quoted" &&
          tokens_[c + 2].lower_view() == "as" && tokens_[c + 3].lower_view() == "saying")
        return c + 1;
      break;
    }
    return tokens_.size();
  }

  // The named person an apposition describes when `comma` closes it: "Lord
  // Condon, head of the council's unit," or "Ann Lee, a member of Unison,".
  // The apposition holds a title or a body, no verb, no other comma; null
  // when there is none.
  const Arg* PersonBeforeApposition(size_t comma, const Extraction& out) const {
    bool described = false;
    for (size_t c = comma; c-- > 1 && c + 16 > comma && SameSentence(c, comma);) {
      if (tokens_[c].kind == TokenKind::kOpenQuote || tokens_[c].kind == TokenKind::kCloseQuote) return nullptr;
      if (tokens_[c].text == ",") {
        const Arg* person = ArgEndingAt(c - 1);
        // (Not a list: "Ana Ruiz, Chile and the council, who".)
        const bool opens_description = IsWord(c + 1) && (!tokens_[c + 1].capitalized || InRole(c + 1));
        if (!described || !opens_description || !person || out.entities[person->entity].type != EntityType::kPerson ||
            out.entities[person->entity].generic)
          return nullptr;
        return person;
      }
      if (IsWord(c) && !tokens_[c].capitalized && IsVerbish(c) && !InRole(c)) return nullptr;
      if (InRole(c) || ArgStartingAt(c) != nullptr) described = true;
    }
    return nullptr;
  }

  // Is `a` the subject of a speech verb right after it, maybe past an
  // apposition ("Alan Milburn, Labour's election strategist, told")?
  bool SpeakerOfVerbAfter(const Arg& a) const {
    size_t k = a.last + 1;
    if (FiniteSpeechVerbAt(k)) return true;
    if (k >= tokens_.size() || tokens_[k].text != ",") return false;
    for (size_t v = k + 1; v < tokens_.size() && v < k + 9 && SameSentence(k, v); ++v) {
      if (tokens_[v].kind == TokenKind::kOpenQuote || tokens_[v].kind == TokenKind::kCloseQuote) return false;
      if (FiniteSpeechVerbAt(v)) return true;
      if (IsWord(v) && !tokens_[v].capitalized && IsVerbish(v)) return false;
    }
    return false;
  }

  // The person whose closing attribution ends the nearest of the three
  // sentences before `sentence` (ClosingAttribution, or `, he said.` for
  // whom that pronoun stands), passing over sentences with no person as a
  // subject ("... Mr Howard said. There was nothing in the Budget for
  // schools. People would face a choice, he said"); -1 when a sentence
  // between names someone else or none ends so.
  int EarlierClosingSpeaker(int sentence, const Extraction& out) const {
    for (int s = sentence - 1; s >= 0 && s >= sentence - 3; --s) {
      const Arg* speaker = ClosingAttribution(s);
      if (speaker && out.entities[speaker->entity].type == EntityType::kPerson) return speaker->entity;
      // "Mr Blair has the passion he had, he said.": a closing attribution
      // by pronoun passes its speaker on, whoever the sentence is about.
      if (const size_t pronoun = ClosingPronounAttribution(s); pronoun < tokens_.size()) {
        if (auto p = ResolvePronoun(pronoun, /*person=*/true, out)) return p->entity;
        return -1;
      }
      // (Someone else as a subject, or a speaker the sentence names without
      // a pronoun: "A Conservative spokeswoman said ...", stops the walk.)
      for (int index : sentence_args_[s]) {
        const Arg& a = args_[index];
        const EntityType type = out.entities[a.entity].type;
        if (type != EntityType::kEvent && !InsideQuote(a.first) && !PrepositionBefore(a.first) &&
            !Possessive(a.last) && (type == EntityType::kPerson || qualifiers_.contains(a.first)))
          return type == EntityType::kPerson && s + 1 == sentence && SpeakerOfVerbAfter(a) && !PronounBefore(s, a.first)
                     ? a.entity
                     : -1;
      }
      for (size_t k = sentence_first_[s] + 1; k < sentence_last_[s]; ++k)
        if (!InsideQuote(k) && FiniteSpeechVerbAt(k) && IsWord(k - 1) && !IsAuxiliary(tokens_[k - 1].lower) &&
            !HeOrSheAt(k - 1) && GroupBeforeVerb(k))
          return -1;
      // `," he said.`, "But he said the round ...": the speaker that
      // pronoun stands for.
      for (size_t k = sentence_first_[s]; k < sentence_last_[s]; ++k) {
        if (InsideQuote(k) || !HeOrSheAt(k)) continue;
        if (!IsWord(k + 1) || !lex_.IsSpeechVerb(tokens_[k + 1].lower) || tokens_[k + 1].lower.ends_with("ing"))
          continue;
        if (auto p = ResolvePronoun(k, /*person=*/true, out)) return p->entity;
        return -1;
      }
    }
    return -1;
  }

  // The named speaker of sentence `s` when it ends with its attribution
  // after a comma: "..., Lord Rennard said." or "..., said Mr Blair.".
  const Arg* ClosingAttribution(int s) const {
    const size_t first = sentence_first_[s];
    size_t end = sentence_last_[s];
    while (end > first && !IsWord(end)) --end;
    if (end < first + 3) return nullptr;
    // A comma within eight words before `from`, with no preposition between
    // ("X, an aide to minister Y said": Y is not the speaker).
    auto after_comma = [&](size_t from) {
      for (size_t c = from; c-- > first && c + 9 > from;) {
        if (tokens_[c].text == ",") return true;
        if (!IsWord(c) || lex_.IsSpeechVerb(tokens_[c].lower) || InsideQuote(c) ||
            Prepositions().contains(tokens_[c].lower))
          return false;
      }
      return false;
    };
    const bool speech_verb_last = !tokens_[end].capitalized && lex_.IsSpeechVerb(tokens_[end].lower) &&
                                  !tokens_[end].lower.ends_with("ing");
    // (Not "reacted angrily to Pound's comments.": after a possessive the
    // word is a noun.)
    if (const Arg* a = speech_verb_last ? ArgEndingAt(end - 1) : nullptr; a && !Possessive(a->last) && after_comma(a->first))
      return a;
    if (const Arg* a = ArgEndingAt(end); a && a->first > first + 1) {
      size_t v = a->first - 1;
      while (v > first && IsWord(v) && lex_.IsHonorific(tokens_[v].text)) --v;
      if (IsWord(v) && !tokens_[v].capitalized && lex_.IsSpeechVerb(tokens_[v].lower) && tokens_[v - 1].text == ",")
        return a;
    }
    return nullptr;
  }

  // Does a finite speech verb stand right before `k`, maybe past up to four
  // lower-case words of a title ("said Ray Stone", "said stock analyst Ray
  // Stone")?
  bool SpeechVerbBefore(size_t k) const {
    for (size_t v = k; v-- > 0 && v + 5 >= k && SameSentence(v, k);) {
      if (FiniteSpeechVerbAt(v)) return true;
      if (!IsWord(v) || tokens_[v].capitalized) return false;
    }
    return false;
  }

  // Is there a "he" or "she" outside quotes in sentence `s` before token `k`?
  bool PronounBefore(int s, size_t k) const {
    for (size_t t = sentence_first_[s]; t < k; ++t)
      if (HeOrSheAt(t) && !InsideQuote(t)) return true;
    return false;
  }

  // The pronoun of sentence `s`'s closing attribution, `, he said.` or
  // `," she told the BBC.`: "he" or "she" after a comma or a closing quote
  // and before a finite speech verb, outside quotes, in the sentence's last
  // eight words. tokens_.size() if there is none.
  size_t ClosingPronounAttribution(int s) const {
    const size_t first = sentence_first_[s];
    for (size_t k = sentence_last_[s]; k > first && k + 8 > sentence_last_[s]; --k) {
      if (InsideQuote(k)) break;
      if (!HeOrSheAt(k)) continue;
      const bool after_break = tokens_[k - 1].text == "," || tokens_[k - 1].kind == TokenKind::kCloseQuote;
      return after_break && FiniteSpeechVerbAt(k + 1) ? k : tokens_.size();
    }
    return tokens_.size();
  }

  // Is `a` a possessive owning a noun that a name in apposition follows
  // ("Ms Jowell's deputy, Richard Caborn,")?
  bool OwnerBeforeAppositive(const Arg& a) const {
    if (!Possessive(a.last)) return false;
    size_t k = a.last + 1;
    while (k <= a.last + 4 && IsWord(k) && !tokens_[k].capitalized && SameSentence(a.last, k)) ++k;
    return k > a.last + 1 && k + 1 < tokens_.size() && tokens_[k].text == "," && ArgStartingAt(k + 1) != nullptr;
  }

  // Arguments of sentence `s`: names and resolved pronouns, in order.
  std::vector<Arg> SentenceArgs(int s, const Extraction& out) const {
    std::vector<Arg> result;
    for (int a : sentence_args_[s]) result.push_back(args_[a]);
    for (size_t i = sentence_first_[s]; i <= sentence_last_[s]; ++i) {
      for (const Arg& a : TheTwoArgs(i, out)) result.push_back(a);
      // Pronouns have two to four letters ("it" ... "they"): a cheap test first.
      size_t length = tokens_[i].lower.size();
      if (length < 2 || length > 4) continue;
      if (auto p = PronounArg(i, out)) result.push_back(*p);
      for (const Arg& a : PluralPronounArgs(i, out)) result.push_back(a);
    }
    std::stable_sort(result.begin(), result.end(), [](const Arg& a, const Arg& b) { return a.first < b.first; });
    return result;
  }

  // "The two countries signed an agreement", "the two men met": the last
  // two states (for a `country_noun`) or people (for a `people_noun`) the
  // article named before, as arguments at the noun's position.
  std::vector<Arg> TheTwoArgs(size_t i, const Extraction& out) const {
    // ("The pair met": a noun that itself says two.)
    const bool couple = i >= 1 && IsWord(i) && tokens_[i - 1].lower_view() == "the" &&
                        InClass(WordClass::kCoupleNoun, tokens_[i].lower);
    if (!couple && (i < 2 || !IsWord(i) || tokens_[i - 1].lower_view() != "two" || !IsWord(i - 2) ||
                    tokens_[i - 2].lower_view() != "the"))
      return {};
    const bool states = !couple && InClass(WordClass::kCountryNoun, tokens_[i].lower);
    const bool people = couple || InClass(WordClass::kPeopleNoun, tokens_[i].lower);
    if (!states && !people) return {};
    std::vector<int> found;
    for (int s = tokens_[i].sentence; s >= 0 && s + 3 > tokens_[i].sentence && found.size() < 2; --s) {
      const std::vector<int>& named = sentence_args_[s];
      for (size_t k = named.size(); k-- > 0 && found.size() < 2;) {
        const Arg& a = args_[named[k]];
        if (a.first >= i - (couple ? 1 : 2) || IsQualifier(a)) continue;
        const Entity& e = out.entities[a.entity];
        if (states ? !IsCountry(e) : e.type != EntityType::kPerson || e.generic) continue;
        if (std::find(found.begin(), found.end(), a.entity) == found.end()) found.push_back(a.entity);
      }
    }
    if (found.size() < 2) return {};
    return {Arg{i, i, found[1]}, Arg{i, i, found[0]}};
  }

  // "They" after a sentence that named two people joined by "and": both of
  // them, as arguments at the pronoun's position. Else a subject "they"
  // stands for a party named in the plural that is the subject before it,
  // in its sentence or the one before ("The Liberal Democrats held a rally.
  // They criticised ...", "the Tories say they will").
  std::vector<Arg> PluralPronounArgs(size_t i, const Extraction& out) const {
    if (!IsWord(i) || (tokens_[i].lower_view() != "they" && tokens_[i].lower_view() != "them")) return {};
    int s = tokens_[i].sentence;
    if (s == 0) return {};
    const std::vector<int>& previous = sentence_args_[s - 1];
    for (size_t b = previous.size(); b-- > 1;) {
      const Arg& second = args_[previous[b]];
      for (size_t a = b; a-- > 0;) {
        const Arg& first_arg = args_[previous[a]];
        EntityType ta = out.entities[first_arg.entity].type, tb = out.entities[second.entity].type;
        bool people = ta == EntityType::kPerson && tb == EntityType::kPerson;
        if (!people || first_arg.entity == second.entity || second.first > first_arg.last + 14) continue;
        bool joined = false;
        for (size_t t = first_arg.last + 1; t < second.first; ++t) {
          if (IsWord(t) && tokens_[t].lower_view() == "and") joined = true;
          if (IsVerbish(t)) joined = false;
        }
        if (joined) return {Arg{i, i, first_arg.entity}, Arg{i, i, second.entity}};
      }
    }
    if (tokens_[i].lower_view() != "they") return {};
    for (int back = s; back >= s - 1; --back) {
      for (int index : sentence_args_[back]) {
        const Arg& a = args_[index];
        if (a.last >= i) break;
        if (IsQualifier(a) || PrepositionBefore(a.first) || InsideQuote(a.first) != InsideQuote(i)) continue;
        // The first actor not after a preposition is the subject.
        const std::string_view last_word = tokens_[a.last].lower_view();
        if (IsParty(out.entities[a.entity]) && !Possessive(a.last) && last_word.size() > 3 && last_word.ends_with('s') &&
            !tokens_[a.last].text.ends_with('S'))
          return {Arg{i, i, a.entity}};
        break;
      }
    }
    return {};
  }

  // Is the argument an AFF qualifier of the next argument ("Russian" in
  // "Russian Foreign Minister X")? Such words are not actors of the verb.
  bool IsQualifier(const Arg& a) const { return qualifiers_.contains(a.first); }

  // A name set off by a comma, maybe after a title: ", Clayton Yeutter",
  // ", Trade Representative Clayton Yeutter".
  bool AppositiveName(const Arg& a) const {
    size_t k = a.first;
    if (const RoleSpan* r = k > 0 ? RoleEndingAt(k - 1) : nullptr) k = r->first;
    return k > 0 && tokens_[k - 1].text == ",";
  }

  // The first token at or after `k` that is no honorific ("Mr", "Lord").
  size_t PastHonorificsForward(size_t k) const {
    while (IsWord(k) && lex_.IsHonorific(tokens_[k].text)) ++k;
    return k;
  }

  // The nearest token at or before `k` that is no honorific, or an
  // honorific that ends a title ("Sir" in "Foreign Secretary Sir Geoffrey
  // Howe" is passed; "General" of "Attorney General" is not); stops at 0.
  size_t PastHonorificsBack(size_t k) const {
    while (k > 0 && IsWord(k) && lex_.IsHonorific(tokens_[k].text) && !RoleEndingAt(k)) --k;
    return k;
  }

  // Post-nominal letters at `i`: "Philippe Sands QC, a member of ...", "Tom
  // McCabe MSP": upper case, at most four letters, no name or a role's.
  bool PostNominalLettersAt(size_t i) const {
    return IsWord(i) && tokens_[i].all_caps && tokens_[i].text.size() <= 4 &&
           (lex_.IsNonName(tokens_[i].text) || PostNominalRoleAt(i));
  }

  // Is the word at `i` a role's letters written after a name ("MP", "MSP",
  // "MEP"): upper case, two to four letters, a role of `roles.tsv`?
  bool PostNominalRoleAt(size_t i) const {
    if (!IsWord(i) || tokens_[i].text.size() < 2 || tokens_[i].text.size() > 4) return false;
    for (char c : tokens_[i].text)
      if (!absl::ascii_isupper(static_cast<unsigned char>(c))) return false;
    PhraseInfo info;
    return MatchLexicon(i, i + 1, &info) == 1 && info.kind == PhraseKind::kRole;
  }

  bool InsideQuote(size_t i) const { return i < inside_quote_.size() && inside_quote_[i]; }

  // Does the quotation opening at `open` hold `word` in a fragment of at
  // most six tokens that closes in the same sentence ("was \"ill-advised\"")?
  bool QuotedFragmentAround(size_t open, size_t word) const {
    for (const auto& [b, e] : quote_tokens_) {
      if (b != open) continue;
      return word > b && word < e && e - b <= 7 && e < tokens_.size() && SameSentence(b, e);
    }
    return false;
  }
  // Inside a quoted fragment of at most four words ("his \"warmest
  // congratulations\""), which the sentence around it uses as a phrase.
  bool InShortQuote(size_t i) const {
    size_t open = i, close = i;
    while (open > 0 && InsideQuote(open - 1) && i - open < 5) --open;
    while (close + 1 < tokens_.size() && InsideQuote(close + 1) && close - i < 5) ++close;
    return close - open < 4 && open > 0 && tokens_[open - 1].kind == TokenKind::kOpenQuote &&
           close + 1 < tokens_.size() && tokens_[close + 1].kind == TokenKind::kCloseQuote;
  }

  // Does an event verb phrase start inside (from, to] and end after `to`?
  bool OverlappingVerbPhrase(size_t from, size_t to, size_t sentence_last) const {
    std::vector<std::string_view> words;
    for (size_t k = from + 1; k <= to; ++k) {
      words.clear();
      for (size_t w = k; w <= sentence_last && w < k + 4 && IsWord(w); ++w) words.push_back(tokens_[w].lower);
      VerbInfo other;
      int n = lex_.MatchEventVerb(words, &other);
      if (n > 0 && k + n - 1 > to) return true;
    }
    return false;
  }

  enum class Refusal { kNone, kByVerb, kByWord };
  // Is the verb at `verb` the act refused by the words before its "to"? By
  // a verb of rejection (code 12: "refused to", "declined to"), or by a noun
  // ("refusal to", data/act_nouns.tsv) or adjective ("unwilling to").
  Refusal RefusalBefore(size_t verb, size_t sentence_first) const {
    if (verb < sentence_first + 2 || !IsWord(verb - 1) || tokens_[verb - 1].lower_view() != "to" ||
        !IsWord(verb - 2))
      return Refusal::kNone;
    std::string_view w = tokens_[verb - 2].lower;
    std::string_view one[] = {w};
    VerbInfo refusing;
    if (lex_.MatchEventVerb(one, &refusing) == 1 && refusing.code == "12") return Refusal::kByVerb;
    const ActNounInfo* act = nullptr;
    if (lex_.MatchActNoun(one, &act) == 1 && act->code == "12") return Refusal::kByWord;
    if (InClass(WordClass::kRefusalWord, w)) return Refusal::kByWord;
    return Refusal::kNone;
  }

  // Is the verb after the verb phrase ending at `verb_last` (past "to") a
  // verb of buying or selling (`purchase_verb`): "agreed to acquire",
  // "offered to buy"?
  bool PurchaseAfter(size_t verb_last) const {
    size_t k = verb_last + 1;
    if (tokens_[verb_last].lower_view() != "to") {
      if (!IsWord(k) || tokens_[k].lower_view() != "to") return false;
      ++k;
    }
    return IsWord(k) && InClass(WordClass::kPurchaseVerb, tokens_[k].lower);
  }

  // Does a question word ("whether", "why", "about" before no number) stand
  // in [from, to) in one sentence?
  bool QuestionBetween(size_t from, size_t to) const {
    for (size_t k = from; k < to && k < tokens_.size() && SameSentence(from, k); ++k) {
      if (!IsWord(k) || !InClass(WordClass::kQuestionWord, tokens_[k].lower)) continue;
      if (tokens_[k].lower_view() == "about" && k + 1 < tokens_.size() && StartsWithDigit(k + 1)) continue;
      return true;
    }
    return false;
  }

  // A company: an organisation whose name, or one of its mentions, ends in a
  // company suffix ("Inc", "Corp", "Plc": "Boeing" after "Boeing Co").
  bool IsCompany(const Entity& e, const Extraction& out) const {
    if (e.type != EntityType::kOrganization) return false;
    if (IsCompanyName(e)) return true;
    return std::any_of(e.mentions.begin(), e.mentions.end(),
                       [&](int m) { return CompanySuffixed(out.mentions[m].surface); });
  }

  // Does a verb of appeal (code 02: "urged", "called on", "asked") stand
  // before the "to" at `to` ("urged Congress to", "asked to"), or a verb of
  // wanting with the one it asks in between ("want the Tories to")?
  bool RequestBefore(size_t to, size_t sentence_first) const {
    for (size_t j = to; j-- > sentence_first && j + 8 > to;) {
      if (!IsWord(j)) {
        if (tokens_[j].text == "." || tokens_[j].text == "-") continue;  // "U.S.", "Mr." inside a name
        return false;
      }
      if (j + 1 < to && InClass(WordClass::kWantingVerb, tokens_[j].lower)) return true;
      // "sought to reassure": an attempt, which usually happens.
      if (const std::optional<VerbInfo> request = EventVerbAt(j, std::min<size_t>(2, to - j));
          request && request->code == "02" && request->lemma != "seek")
        return true;
      std::string_view w = tokens_[j].lower;
      if (IsVerbish(j) || w == "that" || w == "which" || w == "who" || w == "and" || w == "but") return false;
    }
    return false;
  }

  // Do the words between the cancelling verb at `cancel` and the act at
  // `act` make the act its object: articles, owners, modifiers, "plans to"?
  bool CancelsWhatFollows(size_t cancel, size_t act) const {
    for (size_t k = cancel + 1; k < act; ++k) {
      std::string_view w = tokens_[k].lower;
      if (w == "to") continue;
      if (!IsWord(k) || Prepositions().contains(w) || w == "and" || w == "or" || w == "but" || IsObjectPronoun(w))
        return false;
    }
    return true;
  }

  Modality ModalityBefore(size_t verb, size_t sentence_first) const {
    Modality m = Modality::kAsserted;
    for (size_t back = 1; back <= 4 && verb >= sentence_first + back; ++back) {
      const Token& t = tokens_[verb - back];
      if (t.kind != TokenKind::kWord) break;
      if (IsNegator(t.lower)) return Modality::kNegated;
      // "cancelled a trip to Australia", "scrapped plans to visit": it did
      // not happen. (Not "shelved during the visit", "abandoned him and
      // appealed": the cancelled thing is another.)
      if (InClass(WordClass::kCancellingVerb, t.lower) && CancelsWhatFollows(verb - back, verb)) return Modality::kNegated;
      if (t.lower_view() == "will" || t.lower_view() == "shall" || t.lower_view() == "'ll") m = Modality::kFuture;
      if (t.lower_view() == "would" || t.lower_view() == "could" || t.lower_view() == "might" || t.lower_view() == "may" ||
          t.lower_view() == "should" || t.lower_view() == "can") {
        m = Modality::kHypothetical;
        // "said he would seek": reported future, not a hypothesis.
        size_t at = verb - back;
        for (size_t k = 1; t.lower_view() == "would" && k <= 3 && at >= sentence_first + k; ++k) {
          if (IsWord(at - k) && lex_.IsSpeechVerb(tokens_[at - k].lower)) m = Modality::kFuture;
        }
      }
      if (t.lower_view() == "to" && verb >= back + 1 && IsWord(verb - back - 1)) {
        std::string_view w = tokens_[verb - back - 1].lower;
        if (InClass(WordClass::kFutureMarker, w)) m = Modality::kFuture;
        // "failed to provide", "fails to reach": the act did not happen.
        if (InClass(WordClass::kFailureVerb, w)) return Modality::kNegated;
        // "urged Congress to pass the bill", "wants the Tories to apologise":
        // the act is only asked for.
        if (RequestBefore(verb - back, sentence_first)) return Modality::kHypothetical;
      }
    }
    // A condition: "if Washington imposes sanctions", "unless Iran withdraws".
    for (size_t t = verb; t-- > sentence_first && t + 10 > verb;) {
      const Token& tok = tokens_[t];
      if (tok.text == "," || tok.text == ";" || tok.text == ":" || tok.kind == TokenKind::kOpenQuote ||
          tok.kind == TokenKind::kCloseQuote)
        break;
      if (IsWord(t) && (tok.lower_view() == "if" || tok.lower_view() == "unless")) return Modality::kHypothetical;
    }
    if (m == Modality::kAsserted && DeniedBefore(verb, sentence_first)) return Modality::kNegated;
    return m;
  }

  // Is the verb at `verb` in what a denial before it denies, in its clause
  // ("denied that Peru attacked Chile", "rejected suggestions the U.S.
  // would agree a freeze", "denied an Iranian report that an Iraqi jet was
  // shot down", "denied attacking")? A clause of its own ("and", "who",
  // "because", a comma) or another reporting verb ends the search.
  bool DeniedBefore(size_t verb, size_t sentence_first) const {
    for (size_t t = verb; t-- > sentence_first && t + 14 > verb;) {
      const Token& tok = tokens_[t];
      if (!IsWord(t)) {
        if (tok.text == "." || tok.text == "-" || tok.text == "'s" || tok.text == "'") continue;
        return false;
      }
      std::string_view w = tok.lower;
      // (Past "and" between names: "suggestions the U.S. and Peru agree".)
      const bool names_joined = (w == "and" || w == "or") && t + 1 < verb && tokens_[t + 1].capitalized;
      if (((w == "and" || w == "or") && !names_joined) || w == "but" || w == "who" || w == "which" ||
          Subordinators().contains(w))
        return false;
      if (tok.capitalized) continue;
      if (InClass(WordClass::kDenialVerb, w)) return t + 1 < verb;
      // "rejected suggestions the U.S. would agree", "dismissed reports that":
      // a claim that a verb of rejection (12) has as its object. (Not
      // "rejected a plan offered by X": the plan was offered.)
      if (InClass(WordClass::kHearsayNoun, w) && t + 1 < verb) {
        size_t j = t;
        while (j > sentence_first && j + 4 > t && IsWord(j - 1) && !tokens_[j - 1].capitalized &&
               !IsVerbish(j - 1))
          --j;
        if (j > sentence_first && j + 4 > t) {
          const std::optional<VerbInfo> rejecting = EventVerbAt(j - 1, 1);
          if (rejecting && rejecting->code == "12") return true;
        }
      }
      // (A noun after a denial or an article is no reporting verb: "denied
      // reports that".)
      const bool noun = t > 0 && IsWord(t - 1) &&
                        (Determiners().contains(tokens_[t - 1].lower) || InClass(WordClass::kDenialVerb, tokens_[t - 1].lower));
      if (t + 1 < verb && !noun && ReportingVerbAt(t)) return false;
    }
    return false;
  }

  // Is the noun heading the subject of the verb at `verb` a word for armed
  // forces ("its troops had killed", "Iranian forces wounded")?
  bool MilitarySubjectHead(size_t verb) const {
    size_t k = verb;
    // Auxiliaries, adverbs and coordinated verbs: "had killed or wounded".
    while (k > 0 && IsWord(k - 1) &&
           (IsAuxiliary(tokens_[k - 1].lower) || IsAdverb(tokens_[k - 1].lower) ||
            ((tokens_[k - 1].lower_view() == "or" || tokens_[k - 1].lower_view() == "and") && k >= 2 && IsVerbish(k - 2)) ||
            (IsVerbish(k - 1) && k < verb && (tokens_[k].lower_view() == "or" || tokens_[k].lower_view() == "and"))))
      --k;
    return k > 0 && IsWord(k - 1) && lex_.IsMilitaryNoun(tokens_[k - 1].lower);
  }

  // Index of the word before `first`, skipping honorifics ("with Mr Blair");
  // tokens_.size() when there is none.
  size_t WordBefore(size_t first) const {
    size_t j = first;
    while (j > 0 && IsWord(j - 1) && lex_.IsHonorific(tokens_[j - 1].text)) --j;
    return j == 0 ? tokens_.size() : j - 1;
  }

  // The first of the auxiliaries and adverbs right before `verb` ("has also
  // said"), not before `floor`; `verb` when there are none.
  size_t VerbGroupStart(size_t verb, size_t floor) const {
    size_t j = verb;
    while (j > floor && IsWord(j - 1) && (IsAuxiliary(tokens_[j - 1].lower) || IsAdverb(tokens_[j - 1].lower))) --j;
    return j;
  }

  // Do the words after `last` up to `end` (one to three, lower case) make a
  // noun phrase headed by a noun of firms, traders or producers
  // ("securities houses", "car exporters")?
  bool PrivateSectorHeadAfter(size_t last, size_t end) const {
    if (end <= last + 1 || end > last + 4) return false;
    for (size_t t = last + 1; t < end; ++t) {
      if (!IsWord(t) || tokens_[t].capitalized) return false;
    }
    return InClass(WordClass::kPrivateSectorNoun, tokens_[end - 1].lower);
  }

  // The token after the lower-case words (at most three) that follow `last`.
  size_t PhraseEnd(size_t last) const {
    size_t end = last + 1;
    while (end < tokens_.size() && end < last + 4 && IsWord(end) && !tokens_[end].capitalized &&
           !Prepositions().contains(tokens_[end].lower) && tokens_[end].lower_view() != "to" &&
           !IsAuxiliary(tokens_[end].lower))
      ++end;
    return end;
  }

  // Does an owned title run from `owner` to `end`: "Pakistan's High
  // Commissioner", maybe with its post ("... to Britain")?
  bool OwnedTitleUpTo(const Arg& owner, size_t end) const {
    if (!Possessive(owner.last)) return false;
    const RoleSpan* title = RoleStartingAt(owner.last + 1);
    if (!title || title->last >= end) return false;
    size_t next = title->last + 1;
    if (next == end) return true;
    if (!IsWord(next) || !(tokens_[next].lower_view() == "to" || tokens_[next].lower_view() == "in")) return false;
    ++next;
    if (IsWord(next) && tokens_[next].lower_view() == "the") ++next;
    const Arg* post = ArgStartingAt(next);
    return post && post->last + 1 == end;
  }

  // Is `arg` the object of a telling verb at `report` ("told Reuters",
  // "assured the BBC"; not "said it")?
  bool AddresseeOf(size_t report, const Arg& arg) const {
    return InClass(WordClass::kTellingVerb, tokens_[report].lower) && WordBeforeArticle(arg.first, report) == report;
  }

  // The word before `first` as WordBefore gives it, or the one before that
  // when it is a "the" after `floor`: the verb a noun phrase follows.
  size_t WordBeforeArticle(size_t first, size_t floor) const {
    const size_t j = WordBefore(first);
    if (j < tokens_.size() && j > floor && IsWord(j) && tokens_[j].lower_view() == "the") return WordBefore(j);
    return j;
  }

  // Do the tokens [from, to) hold a clause's own subject: a word other than
  // "that", and no "to" of an infinitive ("told Iran not to attack")?
  bool OwnSubjectBetween(size_t from, size_t to) const {
    bool word = false;
    for (size_t t = from; t < to; ++t) {
      if (!IsWord(t)) continue;
      if (tokens_[t].lower_view() == "to") return false;
      word = word || tokens_[t].lower_view() != "that";
    }
    return word;
  }

  bool PrepositionBefore(size_t first) const {
    size_t j = WordBefore(first);
    return j < tokens_.size() && IsWord(j) && Prepositions().contains(tokens_[j].lower);
  }

  // Is the argument (or the head of its coordination, "with Lavrov and
  // Putin") the object of a preposition?
  bool AfterPreposition(const Arg& arg, const std::vector<Arg>& args) const {
    size_t start = CoordinationStart(arg.first, args, /*allow_the=*/false).first;
    return PrepositionBefore(start);
  }

  // Walks back from the argument starting at `start` over "X, Y and Z"
  // (`args` sorted by first token); returns the first token of the chain and
  // the arguments joined to it, nearest first.
  std::pair<size_t, std::vector<Arg>> CoordinationStart(size_t start, const std::vector<Arg>& args,
                                                         bool allow_the) const {
    const size_t original = start;
    std::vector<Arg> joined_args;
    auto it = std::lower_bound(args.begin(), args.end(), start,
                               [](const Arg& a, size_t pos) { return a.first < pos; });
    // A list's last two members are joined by "and" or "or" (below): "with
    // the Daily Courier, Ingrid Dahl declined" is a fronted phrase, not "X,
    // Y". `conjunction`: a link follows the starting member, so it is not
    // the last.
    bool conjunction = false, oxford = false;
    if (it != args.end() && it->first == start && it->last + 1 < tokens_.size()) {
      const Token& next = tokens_[it->last + 1];
      conjunction = next.lower_view() == "and" || next.lower_view() == "or" || next.text == ",";
    }
    while (it != args.begin()) {
      --it;
      if (it->last >= start) continue;
      // "Mr Straw and his Spanish counterpart Miguel Moratinos": an owned
      // title before the name belongs to it (and the nationality in it is
      // no member of the list).
      const size_t title_first = OwnedTitleBefore(start);
      if (it->first >= title_first) continue;
      bool joined = it->last + 1 < start;
      bool separator = false;  // a comma, "and" or "or"
      bool comma = false, and_or = false;
      for (size_t t = it->last + 1; t < start && joined; ++t) {
        const Token& tok = tokens_[t];
        const bool links = tok.text == "," || tok.lower_view() == "and" || tok.lower_view() == "or";
        // "Lord Justice Rix and Mr Justice Forbes": honorifics before a name;
        // "President Reagan and Prime Minister Brian Mulroney": a title.
        const bool title =
            IsWord(t) && (lex_.IsHonorific(tok.text) || CapitalisedTitleBefore(t, start) || TitleAfterAnd(t, start) ||
                          t >= title_first);
        joined = links || (allow_the && tok.lower_view() == "the") || title;
        separator = separator || links;
        comma = comma || tok.text == ",";
        and_or = and_or || tok.lower_view() == "and" || tok.lower_view() == "or";
      }
      // (A separator is needed, titles and "the" aside: "told Reuters the
      // House and the Senate are expected to" lists no Reuters.)
      joined = joined && separator;
      // "In Geneva, Lavrov and Kerry met": a fronted place phrase is no
      // member of the list after its comma.
      if (joined && comma && !and_or) {
        size_t prep = WordBefore(it->first);
        if (prep < tokens_.size() && IsWord(prep) && Prepositions().contains(tokens_[prep].lower) &&
            (prep == 0 || !SameSentence(prep - 1, prep)))
          joined = false;
      }
      // (A link of commas only before the last member ends the list: in
      // "the peace process and Northern Ireland, Mr Blair said" Blair is no
      // member.)
      if (joined && joined_args.empty() && !conjunction && !and_or) joined = false;
      if (!joined) break;
      conjunction = conjunction || and_or;
      // ", and" joins two clauses, not two names: "met Chile, and Bolivia
      // said" (a list of three keeps it: "Russia, Iran, and the US").
      if (joined_args.empty() && comma && and_or) oxford = true;
      joined_args.push_back(*it);
      start = it->first;
    }
    if (joined_args.empty() || (oxford && joined_args.size() == 1)) return {original, {}};
    return {start, joined_args};
  }

  // A relative pronoun's antecedent with every actor coordinated before it
  // ("Iran and Iraq, which").
  std::vector<Arg> WithCoordinated(const Arg& antecedent, const std::vector<Arg>& args) const {
    std::vector<Arg> antecedents{antecedent};
    for (const Arg& a : CoordinationStart(antecedent.first, args, /*allow_the=*/true).second) antecedents.push_back(a);
    return antecedents;
  }

  // Subject(s) of a verb at `verb`: the nearest actor before it (skipping
  // parentheticals and prepositional objects), with its coordinated partners.
  // `events`: whether an EVENT may fill the slot (the patient of a passive,
  // "the talks ... are brokered by the UN"); actors only otherwise.
  std::vector<Arg> SubjectsBefore(size_t verb, const std::vector<Arg>& args, const Extraction& out,
                                  bool events = false, bool reporter_hop = true) const {
    std::vector<Arg> subjects;
    size_t limit = verb;
    // Skip a parenthetical ", ... ," that ends right before the verb (after auxiliaries).
    size_t k = verb;
    while (k > 0 && IsWord(k - 1) && (IsAuxiliary(tokens_[k - 1].lower) ||
                                      IsAdverb(tokens_[k - 1].lower) || IsNegator(tokens_[k - 1].lower)))
      --k;
    // A relative clause: the subject is the antecedent right before "which",
    // "that" or "who" ("the tsunami which struck south Asia": not an actor,
    // so no subject; "Charles Kennedy, who backs").
    if (k > 1 && IsWord(k - 1) &&
        (tokens_[k - 1].lower_view() == "which" || tokens_[k - 1].lower_view() == "that" ||
         tokens_[k - 1].lower_view() == "who") &&
        SameSentence(k - 1, verb)) {
      size_t before = SkipAge(k - 2);
      if (tokens_[before].text == "," && before > 0) --before;
      const Arg* antecedent = ArgEndingAt(before);
      // "US lawmakers who blame China", "British authorities, who promised".
      if (!antecedent && before > 0 && IsWord(before) && lex_.GroupNounType(tokens_[before].lower))
        antecedent = ArgEndingAt(before - 1);
      // An actor inside a prepositional phrase is not the antecedent: in "a
      // trade mission to Tokyo, which" the mission is.
      // (A passive's agent is one: "welcomed by Beijing, which described".)
      const size_t word_before = antecedent ? WordBefore(antecedent->first) : tokens_.size();
      const bool agent = word_before < tokens_.size() && IsWord(word_before) && tokens_[word_before].lower_view() == "by";
      if (antecedent && (events || out.entities[antecedent->entity].type != EntityType::kEvent) &&
          !IsQualifier(*antecedent) && (agent || !AfterPreposition(*antecedent, args))) {
        // "Iran and Iraq, which have been at war": every coordinated actor.
        return WithCoordinated(*antecedent, args);
      }
      return {};
    }
    // "Dr Gibbons, who was a GP in Blaengwynfi, in the Upper Afan Valley,
    // before becoming AM for Aberavon, said": past a relative clause
    // between commas, however many commas it holds, its antecedent.
    if (k > 2 && tokens_[k - 1].text == ",") {
      for (size_t c = k - 2; c > 1 && c + 40 > k && SameSentence(c, verb); --c) {
        if (tokens_[c].kind == TokenKind::kOpenQuote || tokens_[c].kind == TokenKind::kCloseQuote ||
            tokens_[c].text == ";" || (IsWord(c) && lex_.IsSpeechVerb(tokens_[c].lower)))
          break;
        if (!IsWord(c) || (tokens_[c].lower_view() != "who" && tokens_[c].lower_view() != "which") ||
            tokens_[c - 1].text != ",")
          continue;
        // ("Lord Condon, head of the cricket council's unit, who made the
        // call, said": "who" past an apposition is the person it describes,
        // not the body the apposition names.)
        if (tokens_[c].lower_view() == "who") {
          const Arg* named = ArgEndingAt(c - 2);
          if (!named || out.entities[named->entity].type != EntityType::kPerson)
            if (const Arg* person = PersonBeforeApposition(c - 1, out);
                person && !AfterPreposition(*person, args) && !IsQualifier(*person))
              return WithCoordinated(*person, args);
        }
        if (const Arg* antecedent = ArgEndingAt(c - 2);
            antecedent && !IsQualifier(*antecedent) && !AfterPreposition(*antecedent, args) &&
            (events || out.entities[antecedent->entity].type != EntityType::kEvent)) {
          // ("Alfonsin and Camdessus, who had not met before, discussed".)
          return WithCoordinated(*antecedent, args);
        }
        // ("The Glasgow Kelvin MP, who was expelled from Labour, accused":
        // a seat's unnamed member is the antecedent; no actor named in the
        // clause acts.)
        if (const RoleSpan* title = ArgEndingAt(c - 2) ? nullptr : RoleEndingAt(c - 2); title && title->first > 0) {
          size_t t = title->first - 1;
          while (t > 0 && IsCapitalizedName(t) && !ArgEndingAt(t) && t + 3 > title->first) --t;
          if (const Arg* place = ArgEndingAt(t); place && PlaceBeforeUnnamedTitle(*place, out)) return {};
        }
        break;
      }
    }
    // "The report urged the CSA to ...": a report opening its clause acts for
    // its author (ReportAuthor), as it speaks for it.
    if (k > 1 && IsWord(k - 1) && InClass(WordClass::kReportNoun, tokens_[k - 1].lower) && IsWord(k - 2) &&
        tokens_[k - 2].lower_view() == "the" && SameSentence(k - 2, verb) &&
        (k - 2 == sentence_first_[tokens_[verb].sentence] || !IsWord(k - 3))) {
      if (const int author = ReportAuthor(k - 1, out); author >= 0 && out.entities[author].type != EntityType::kEvent)
        return {Arg{k - 1, k - 1, author}};
    }
    // "X has written Y a letter urging Z", "issued a statement calling on
    // Z": a participle after a document shares the subject of the verb
    // that produced it.
    if (tokens_[verb].lower_view().ends_with("ing") && verb > 1 && IsWord(verb - 1) &&
        InClass(WordClass::kDocumentNoun, tokens_[verb - 1].lower)) {
      for (size_t c = verb - 1; c-- > sentence_first_[tokens_[verb].sentence] && c + 12 > verb;) {
        if (!IsWord(c) || InsideQuote(c)) break;
        if (tokens_[c].capitalized || IsAuxiliary(tokens_[c].lower) || !IsVerbish(c)) continue;
        return SubjectsBefore(c, args, out, events, reporter_hop);
      }
    }
    // "accusing him of an error and calling for him to apologise": a second
    // participle shares the first one's subject.
    // (Back to the chain's first participle in a loop, then one call.)
    if (size_t head = FirstParticipleOfChain(verb); head != verb) return SubjectsBefore(head, args, out, events, reporter_hop);
    // "Mr Fox responded by accusing the prime minister": an -ing form after
    // "by" says how the verb before it was done, by that verb's subject
    // (even a reporting verb's, which otherwise opens a clause). Not after a
    // passive: "was hit by rising prices".
    if (const size_t manner = MannerVerbBefore(verb); manner < verb)
      return SubjectsBefore(manner, args, out, events, reporter_hop);
    // "Actionaid criticised Mr Brown's plan and called on the G8": a verb
    // joined by "and" or "but" to a verb with an object of its own shares
    // that verb's subject, not its object.
    if (k > 2 && IsWord(k - 1) && (tokens_[k - 1].lower_view() == "and" || tokens_[k - 1].lower_view() == "but") &&
        tokens_[k - 2].text != ",") {
      const Arg* object = nullptr;
      const Arg* earliest = nullptr;  // the first actor of the clause scanned back to
      bool clause_start = false;      // reached the clause's start with no verb
      for (size_t c = k - 1;; ) {
        if (c == 0 || !SameSentence(c - 1, verb) || tokens_[c - 1].text == "," || tokens_[c - 1].text == ";") {
          clause_start = true;
          break;
        }
        --c;
        if (c + 25 <= verb) break;
        // ("accused Labour of \"a downright lie\" and said": a quotation
        // inside the first verb's phrase is passed over.)
        if (tokens_[c].kind == TokenKind::kCloseQuote && c > 0 && InsideQuote(c - 1) && c + 1 == k - 1) {
          size_t open = c - 1;
          while (open > 0 && tokens_[open].kind != TokenKind::kOpenQuote && SameSentence(open, c)) --open;
          if (tokens_[open].kind != TokenKind::kOpenQuote || open + 25 < c) break;
          c = open;
          continue;
        }
        if (!IsWord(c)) {
          if (tokens_[c].text == "," || tokens_[c].text == ";" || tokens_[c].kind == TokenKind::kOpenQuote ||
              tokens_[c].kind == TokenKind::kCloseQuote)
            break;
          continue;
        }
        if (const Arg* a = ArgStartingAt(c)) {
          if (!object) object = a;
          earliest = a;
        }
        std::string_view w = tokens_[c].lower;
        // "Mr Laws said it was serious and said Mr Hain should make a
        // statement": two reports of one speaker. (A chain longer than
        // eight is no sentence: its reports are not followed back.)
        if (lex_.IsSpeechVerb(w) && !tokens_[c].capitalized && FiniteSpeechVerbAt(verb) && FiniteSpeechVerbAt(c) &&
            chained_reports_ < 8) {
          ++chained_reports_;
          std::vector<Arg> reporters = SubjectsBefore(c, args, out, events, reporter_hop);
          --chained_reports_;
          return reporters;
        }
        if (w == "and" || w == "but" || w == "that" || w == "which" || w == "who" || lex_.IsSpeechVerb(w)) break;
        // (The nearest verb only, and only when it has an object; "Labour's
        // new pledges" is no verb.)
        if (!tokens_[c].capitalized && !IsAuxiliary(w) && IsVerbish(c) && !NounPhraseHead(c)) {
          if (!object) break;
          return SubjectsBefore(c, args, out, events, reporter_hop);
        }
      }
      // No verb the lexicon knows: "Mr Howard blasted Labour and called
      // for", the clause's first actor; "the panel blasted the NSC staff
      // and criticised", none (the one actor is the first verb's object).
      if (clause_start && object) {
        // (An actor opening the clause is its subject: "Conable arrived here
        // and will have talks with Suharto".)
        size_t opening = earliest->first;
        while (opening > 0 && SameSentence(opening - 1, verb) && IsWord(opening - 1) &&
               (Determiners().contains(tokens_[opening - 1].lower) || IsAdverb(tokens_[opening - 1].lower)))
          --opening;
        const bool opens = opening == 0 || !SameSentence(opening - 1, verb) || tokens_[opening - 1].text == "," ||
                           tokens_[opening - 1].text == ";";
        if ((earliest != object || opens) && (events || out.entities[earliest->entity].type != EntityType::kEvent))
          return {*earliest};
        return {};
      }
    }
    // ", and will later meet X": a second predicate of the sentence's subject.
    bool second_predicate = k > 1 && IsWord(k - 1) && tokens_[k - 1].lower_view() == "and" &&
                            tokens_[k - 2].text == ",";
    // "Moscow, closely allied to Assad, ...": a participle right after a
    // comma describes the actor before the comma.
    std::string_view form = tokens_[verb].lower;
    // (Not after an auxiliary: in "X, which have troops in Iraq, have
    // announced" the verb is the main one.)
    bool auxiliary = false;
    for (size_t t = k; t < verb; ++t) auxiliary = auxiliary || IsAuxiliary(tokens_[t].lower);
    if (!auxiliary && k > 1 && tokens_[k - 1].text == "," && (form.ends_with("ed") || form.ends_with("ing"))) {
      const Arg* a = ArgEndingAt(k - 2);
      // Not when that actor sits inside a parenthetical itself: in "Mr Straw,
      // visiting Beijing, noted" the verb after it is the main verb.
      bool parenthetical = false;
      size_t object_of = tokens_.size();  // the verb whose object the actor is
      for (size_t c = a ? a->first : 0; a && c-- > 0 && c + 10 > a->first && SameSentence(c, verb);) {
        if (tokens_[c].text == ",") {
          parenthetical = true;
          break;
        }
        std::string_view w = tokens_[c].lower;
        // "Iraq, backed by Kuwait, attacked Iran": the actor is inside a
        // participle's parenthetical.
        if (w.ends_with("ed") && c > 0 && tokens_[c - 1].text == "," && IsVerbish(c)) {
          parenthetical = true;
          break;
        }
        // "Rong Yiren, who represents Shanghai in the NPC, attacked": the
        // actor sits in a relative clause set off by commas.
        if ((w == "which" || w == "who") && c > 0 && tokens_[c - 1].text == ",") {
          parenthetical = true;
          break;
        }
        // "... believes that Moscow, closely allied": a clause of its own.
        if (w == "that" || w == "and" || w == "which" || w == "who") break;
        if (IsVerbish(c) && !w.ends_with("ing")) {
          if (!IsAuxiliary(w) && !tokens_[c].capitalized && !InsideQuote(c)) object_of = c;
          break;
        }
      }
      // "Sturgeon criticised McConnell, calling for him to apologise": an
      // -ing participle after a clause's object belongs to its subject.
      // (Only an act of words: in "welcomed Omar Haddad, visiting Lima"
      // the visitor is the one welcomed.)
      if (a && !parenthetical && object_of < tokens_.size() && form.ends_with("ing") && VerbalActAt(verb))
        return SubjectsBefore(object_of, args, out, events, reporter_hop);
      if (a && !parenthetical && out.entities[a->entity].type != EntityType::kEvent) return {*a};
    }
    if (k > 0 && tokens_[k - 1].text == ",") {
      for (size_t c = k - 1; c-- > 0 && SameSentence(c, verb);) {
        if (tokens_[c].text == ",") {
          limit = c;
          break;
        }
      }
      // "The speaker of the parliament, Akbar Rafsanjani, warned": a name
      // in apposition to a description is the one who acts.
      // (Past a member's letters after the name: "The Scottish Finance
      // Minister, Tom McCabe MSP, said".)
      const size_t name_end = k >= 3 && PostNominalRoleAt(k - 2) ? k - 3 : k - 2;
      if (const Arg* a = k >= 2 ? ArgEndingAt(name_end) : nullptr;
          a && limit < verb && out.entities[a->entity].type == EntityType::kPerson) {
        size_t start = a->first;
        while (start > limit + 1 && IsWord(start - 1) && lex_.IsHonorific(tokens_[start - 1].text)) --start;
        const Arg* before = limit > 0 ? ArgEndingAt(limit - 1) : nullptr;  // "Lavrov, Kerry, ..." is a list
        if (start == limit + 1 && (!before || out.entities[before->entity].type != EntityType::kPerson)) return {*a};
      }
    }
    // "berthed today after Australian port unions lifted the embargo": an
    // unnamed subject opening a clause of its own ("after", "because",
    // "when" ...) is the verb's; no actor before it is.
    // (A plural noun: "he", "the government", "the automaker" stand for
    // actors named before.)
    if (k > 1 && k == verb && PluralCommonNounAt(k - 1) && !InClass(WordClass::kMemberNoun, tokens_[k - 1].lower) &&
        !lex_.GroupNounType(tokens_[k - 1].lower)) {
      size_t c = k - 1;
      while (c > 0 && c + 6 > k && IsWord(c - 1) && SameSentence(c - 1, verb) && !OpensSubordinateClause(tokens_[c - 1].lower) &&
             !Prepositions().contains(tokens_[c - 1].lower) && !IsVerbish(c - 1) &&
             !IsAuxiliary(tokens_[c - 1].lower) && !lex_.IsSpeechVerb(tokens_[c - 1].lower))
        --c;
      if (c > 0 && IsWord(c - 1) && SameSentence(c - 1, verb) && OpensSubordinateClause(tokens_[c - 1].lower))
        return subjects;
    }
    // "most creditors will accept the deal", "Some MPs and church leaders are
    // siding with", "63% supported a ban": a quantified unnamed subject is
    // the verb's; no actor named before it is.
    if (k > 1 && QuantifiedUnnamedSubjectEndsAt(k - 1)) return subjects;
    const Arg* chosen = nullptr;
    // A reporting verb opens the clause that holds the verb: in "INA said the
    // attack was repelled by X" the one who spoke before it is no subject.
    // Not for ", adding ..." or ", and demanded ...", whose subject is the
    // sentence's, nor when a
    // possessive refers back to the speaker ("Iraq said its troops had
    // killed", "on his return from a visit to Japan").
    size_t report = 0;
    const bool participle_clause = form.ends_with("ing") && k > 0 && tokens_[k - 1].text == ",";
    for (size_t t = k; !participle_clause && !second_predicate && t-- > 0 && SameSentence(t, verb) && t + 40 > verb;) {
      std::string_view w = tokens_[t].lower;
      if (IsWord(t) && (w == "its" || w == "their" || w == "his" || w == "her")) break;
      if (!InsideQuote(verb) && ReportingVerbAt(t)) {
        report = t;
        break;
      }
    }
    // "Tony Blair said Labour would set out plans and attacked the Tory
    // plans": a past verb joined by "and" to a reported clause in another
    // tense (a modal) is the reporter's second predicate.
    if (reporter_hop && report > 0 && k > report + 2 && IsWord(k - 1) && tokens_[k - 1].lower_view() == "and" &&
        k == verb && form.ends_with("ed")) {
      bool modal = false;
      for (size_t t = report + 1; t + 1 < k && !modal; ++t) modal = IsWord(t) && Modals().contains(tokens_[t].lower);
      if (modal) return SubjectsBefore(report, args, out, events, /*reporter_hop=*/false);
    }
    // A deed one is punished for: "... against Japan for violating".
    const bool deed_after_for =
        k == verb && form.ends_with("ing") && verb > 0 && IsWord(verb - 1) && tokens_[verb - 1].lower_view() == "for";
    // Candidates end before `limit`, at most 80 tokens before the verb.
    auto end = std::lower_bound(args.begin(), args.end(), limit,
                                [](const Arg& a, size_t pos) { return a.first < pos; });
    for (auto it = std::make_reverse_iterator(end); it != args.rend(); ++it) {
      if (it->last + 80 < verb || (report > 0 && it->last < report)) break;
      if (it->last >= limit || InsideQuote(it->first) != InsideQuote(verb)) continue;
      if (IsQualifier(*it) || (CompoundModifier(*it) && it->last + 2 != verb)) continue;
      if (!events && out.entities[it->entity].type == EntityType::kEvent) continue;
      // "the Glasgow MP", "the Bristol West MP": a town or a seat before an
      // unnamed title names no actor.
      if (PlaceBeforeUnnamedTitle(*it, out)) continue;
      // "told Reuters the company would sign", "told MPs that the ministers
      // would meet": the one told is no subject of the clause it is told,
      // whose own subject stands between them ("told Iran to stop" is).
      if (report > 0 && AddresseeOf(report, *it) && OwnSubjectBetween(it->last + 1, k)) continue;
      // "Japanese securities houses have asked", "Tokyo banks urged": a
      // place qualifying firms or traders of its own is no actor; they are.
      if (out.entities[it->entity].type == EntityType::kLocation && PrivateSectorHeadAfter(it->last, k)) break;
      // "Mr Flight's allies said": the owner of people of their own does
      // not act ("Iran's forces", "Blair's spokesman" do).
      if (Possessive(it->last) && IsWord(it->last + 1) && InClass(WordClass::kAssociateNoun, tokens_[it->last + 1].lower))
        continue;
      // "Sir Bernard Ingham, Margaret Thatcher's former press secretary,
      // accusing": one who served the owner once speaks for himself.
      if (Possessive(it->last) && IsWord(it->last + 1) &&
          (tokens_[it->last + 1].lower_view() == "former" || tokens_[it->last + 1].lower_view() == "ex"))
        continue;
      // "councillors who back Mr Flight met": the object of a relative
      // clause is not the main verb's subject.
      // ("The barrister who had represented Mr Martin said": past
      // auxiliaries.)
      // ("who represented the Tories": any verb, past a determiner; but in
      // "which brought US aid to Europe" the actor names the noun after
      // it, whose relation this is.)
      // (A speech verb's actor is its clause's subject: "who said the
      // President had accepted it".)
      const bool names_next_noun = verb == it->last + 1 && !tokens_[verb].lower_view().ends_with("ed") &&
                                   out.entities[it->entity].type != EntityType::kPerson;
      if (size_t w = WordBefore(it->first);
          !names_next_noun && w < tokens_.size() && w > 0 && IsWord(w) && !tokens_[w].capitalized) {
        if (Determiners().contains(tokens_[w].lower) && w > 1 && IsWord(w - 1)) --w;
        const size_t pronoun = !tokens_[w].capitalized && !Prepositions().contains(tokens_[w].lower) &&
                                       !Determiners().contains(tokens_[w].lower) && !lex_.IsSpeechVerb(tokens_[w].lower)
                                   ? RelativePronounOf(w)
                                   : tokens_.size();
        if (pronoun < tokens_.size()) {
          // (An unnamed antecedent is the subject, no earlier actor: "the
          // group, which includes Sun Equities Corp, said".)
          // (Unless that noun is itself in a relative clause: "Alan Beith -
          // who chairs the select committee which monitors the DCA - said".)
          size_t antecedent = pronoun - 1;
          if (antecedent > 0 && tokens_[antecedent].text == ",") --antecedent;
          if (pronoun == 0) break;
          if (!ArgEndingAt(antecedent)) {
            size_t np = antecedent;
            while (np > 0 && antecedent - np < 4 && IsWord(np - 1) && !tokens_[np - 1].capitalized &&
                   !IsVerbish(np - 1) && !Prepositions().contains(tokens_[np - 1].lower))
              --np;
            if (np == 0 || !IsWord(np - 1) || RelativePronounOf(np - 1) == tokens_.size()) break;
          }
          continue;
        }
      }
      // (After "after", "before", "since" or "until", a name right before
      // its verb is a clause's subject: "after Mr Blair told members".)
      // (Also a person's body past "of the": "Ana Ruiz of the JCWI said";
      // not "members of the Senate committee urged".)
      const size_t before_the = WordBefore(it->first);
      const size_t of = before_the < tokens_.size() && before_the > 1 ? before_the - 1 : tokens_.size();
      const Arg* person_before = of < tokens_.size() && of > 0 ? ArgEndingAt(of - 1) : nullptr;
      const bool after_of_the = person_before && IsWord(before_the) && tokens_[before_the].lower_view() == "the" &&
                                IsWord(of) && tokens_[of].lower_view() == "of" &&
                                out.entities[person_before->entity].type == EntityType::kPerson;
      // ("after Pakistan's High Commissioner to Britain said": past the
      // owner's title too.)
      // ("retaliating against Japan for violating the accord", "sanctions on
      // Chile for breaking it": the one punished for a deed did it.)
      bool punished_for = false;
      if (deed_after_for) {
        const size_t preposition = WordBefore(CoordinationStart(it->first, args, /*allow_the=*/false).first);
        punished_for = IsWord(preposition) && (tokens_[preposition].lower_view() == "against" ||
                                               tokens_[preposition].lower_view() == "on");
      }
      if ((AfterPreposition(*it, args) || after_of_the) && !SpokespersonFor(*it) && !punished_for &&
          !((OnlyAuxiliariesBetween(it->last + 1, verb) || OwnedTitleUpTo(*it, k) ||
             CatenativeBetween(it->last + 1, verb)) &&
            ClauseOpener(WordBefore(it->first))))
        continue;
      chosen = &*it;
      if (!second_predicate) break;  // else keep going back to the first actor
    }
    if (!chosen) return subjects;
    // "it is easy to agree with him": an expletive "it" refers to nothing.
    if (ExpletiveIt(chosen->first)) return subjects;
    subjects.push_back(*chosen);
    // "They": every referent at the pronoun's position.
    for (const Arg& a : args) {
      if (a.first == chosen->first && a.last == chosen->last && a.entity != chosen->entity) subjects.push_back(a);
    }
    // Coordination: "Lavrov and Kerry", "Russia, Iran and the United States";
    // not a list that a verb or preposition governs ("Peru met Chile, and
    // Bolivia criticised Peru": Chile is met, Bolivia opens a clause).
    auto [list_first, partners] = CoordinationStart(chosen->first, args, /*allow_the=*/true);
    size_t before = list_first;
    while (before > 0 && IsWord(before - 1) &&
           (tokens_[before - 1].lower_view() == "the" || lex_.IsHonorific(tokens_[before - 1].text)))
      --before;
    bool governed = before > 0 && IsWord(before - 1) && !tokens_[before - 1].capitalized &&
                    ((IsEventVerbWord(before - 1) && !lex_.IsSpeechVerb(tokens_[before - 1].lower)) ||
                     Prepositions().contains(tokens_[before - 1].lower));
    if (!governed) subjects.insert(subjects.end(), partners.begin(), partners.end());
    return subjects;
  }

  // Does a speech verb or a verb of appeal, demand, disapproval, rejection
  // or threat (CAMEO 02, 10-13) start at `k`?
  bool VerbalActAt(size_t k) const {
    if (!IsWord(k)) return false;
    if (lex_.IsSpeechVerb(tokens_[k].lower)) return true;
    const std::optional<VerbInfo> info = EventVerbAt(k, 3);
    return info && (info->code == "02" || info->code == "10" || info->code == "11" || info->code == "12" ||
                    info->code == "13");
  }

  // Does a reporting verb, opening a reported clause, stand at `t`? A
  // speech verb outside quotations, not an -ing form, and not: before "to"
  // ("Iran continued to attack Iraq", "vowed to retaliate"); an infinitive
  // with a direct object ("had refused to continue financing subsidies and
  // was pressing the government"); a base form right after another verb
  // ("held brief talks with").
  bool ReportingVerbAt(size_t t) const {
    if (!IsWord(t) || tokens_[t].capitalized || InsideQuote(t)) return false;
    std::string_view w = tokens_[t].lower;
    if (!lex_.IsSpeechVerb(w) || w.ends_with("ing")) return false;
    if (IsWord(t + 1) && tokens_[t + 1].lower_view() == "to") return false;
    const bool after_to = t > 0 && IsWord(t - 1) && tokens_[t - 1].lower_view() == "to";
    if (after_to && IsWord(t + 1) && !tokens_[t + 1].capitalized &&
        (Determiners().contains(tokens_[t + 1].lower) || tokens_[t + 1].lower_view().ends_with("ing")))
      return false;
    const bool base_form = !w.ends_with("ed") && !w.ends_with("s");
    return !(base_form && t > 0 && IsWord(t - 1) && IsVerbish(t - 1) && !IsAuxiliary(tokens_[t - 1].lower) &&
             !tokens_[t - 1].capitalized);
  }

  // The first participle of a chain joined by "and" that ends at `verb`
  // ("accusing him of lying and calling for him to quit"); `verb` itself
  // when it is no such participle. A finite verb between ends the chain.
  // (A chain longer than eight is no sentence: `verb`.)
  size_t FirstParticipleOfChain(size_t verb) const {
    size_t head = verb;
    for (int hops = 0;; ++hops) {
      if (!tokens_[head].lower_view().ends_with("ing") || head < 2 || !IsWord(head - 1) ||
          tokens_[head - 1].lower_view() != "and")
        break;
      if (hops == 8) return verb;
      size_t found = head;
      for (size_t c = head - 1; c-- > 0 && SameSentence(c, head) && c + 25 > head;) {
        if (!IsWord(c) || InsideQuote(c) != InsideQuote(verb)) break;
        if (tokens_[c].capitalized) continue;
        std::string_view w = tokens_[c].lower;
        if (w.ends_with("ing") && IsVerbish(c) && !(IsWord(c - 1) && IsAuxiliary(tokens_[c - 1].lower))) {
          found = c;
          break;
        }
        if (IsVerbish(c)) break;  // a finite verb: a clause of its own
      }
      if (found == head) break;
      head = found;
    }
    return head;
  }

  // The "who" or "which" opening a relative clause whose verb is at `verb`,
  // past auxiliaries, adverbs and negators ("who backed", "who had
  // represented", "which has not yet signed"); tokens_.size() if none.
  size_t RelativePronounOf(size_t verb) const {
    size_t k = verb;
    while (k > 0 && verb - k < 4 && IsWord(k - 1) &&
           (IsAuxiliary(tokens_[k - 1].lower) || IsAdverb(tokens_[k - 1].lower) || IsNegator(tokens_[k - 1].lower)))
      --k;
    const bool relative =
        k > 0 && IsWord(k - 1) && IsRelativePronoun(tokens_[k - 1].lower);
    return relative ? k - 1 : tokens_.size();
  }

  // The verb an -ing form at `verb` says the manner of: "responded by
  // accusing", "hit back on Monday by attacking" (past an adverb or a short
  // time phrase); `verb` when there is none, or when that verb is a passive
  // participle ("was hit by rising prices").
  size_t MannerVerbBefore(size_t verb) const {
    if (!tokens_[verb].lower_view().ends_with("ing") || verb < 2 || !IsWord(verb - 1) ||
        tokens_[verb - 1].lower_view() != "by")
      return verb;
    size_t c = verb - 2;
    while (c > 0 && SameSentence(c, verb) && IsWord(c) && IsAdverb(tokens_[c].lower)) --c;
    if (!IsWord(c) || !SameSentence(c, verb) || tokens_[c].capitalized || InsideQuote(c) != InsideQuote(verb) ||
        IsAuxiliary(tokens_[c].lower) || !IsVerbish(c))
      return verb;
    size_t before = c;
    while (before > 0 && IsWord(before - 1) && IsAdverb(tokens_[before - 1].lower)) --before;
    if (!tokens_[c].lower_view().ends_with("ing") && before > 0 && IsWord(before - 1) &&
        PassiveAuxiliaries().contains(tokens_[before - 1].lower))
      return verb;
    return c;
  }

  // Is token `t` inside a capitalised title that ends right before the name
  // at `name` ("and Prime Minister Brian Mulroney")?
  // The first token of a title owned by a possessive pronoun right before
  // the name at `name` ("his Spanish counterpart Miguel Moratinos", "her
  // deputy Ana Ruiz"): the pronoun, past lower-case words, roles and
  // qualifiers; `name` when there is none.
  size_t OwnedTitleBefore(size_t name) const {
    size_t k = name;
    bool word = false;  // a lower-case title word was passed
    for (int steps = 0; k > 0 && steps < 5 && SameSentence(k - 1, name); ++steps) {
      const size_t t = k - 1;
      if (!IsWord(t)) break;
      std::string_view w = tokens_[t].lower;
      if (w == "his" || w == "her" || w == "its" || w == "their") return word ? t : name;
      if (const RoleSpan* r = RoleEndingAt(t)) {
        k = r->first;
        word = true;
      } else if (const Arg* a = ArgEndingAt(t); a && IsQualifier(*a)) {
        k = a->first;
      } else if (IsModifier(t)) {
        k = t;
        word = true;
      } else {
        break;
      }
    }
    return name;
  }

  // The title written right before the name at `name` that holds token
  // `t`, or nullptr.
  const RoleSpan* TitleHolding(size_t t, size_t name) const {
    const RoleSpan* r = name > 0 ? RoleEndingAt(name - 1) : nullptr;
    return r && t >= r->first && t <= r->last ? r : nullptr;
  }

  bool CapitalisedTitleBefore(size_t t, size_t name) const {
    const RoleSpan* r = TitleHolding(t, name);
    return r && tokens_[r->first].capitalized;
  }

  // Is `t` inside a title written right before the name at `name`, after
  // "and": "Michael Howard and frontbencher John Redwood", "X and shadow
  // home secretary David Davis" (a lower-case title too)?
  bool TitleAfterAnd(size_t t, size_t name) const {
    const RoleSpan* r = TitleHolding(t, name);
    return r && r->first > 0 && IsWord(r->first - 1) && tokens_[r->first - 1].lower_view() == "and";
  }

  // Does an official with no name start at `k`: a title ("foreign
  // minister", "ambassador") or a plural like "officials", "leaders", not
  // followed by the holder's name ("foreign minister Taro Aso", "foreign
  // minister, Taro Aso")?
  bool UnnamedOfficialAfter(size_t k) const {
    size_t end = 0;
    if (const RoleSpan* role = RoleStartingAt(k)) {
      end = role->last;
    } else if (IsWord(k) && InClass(WordClass::kRepresentativeNoun, tokens_[k].lower)) {
      end = k;
    } else {
      return false;
    }
    size_t next = end + 1;
    if (next < tokens_.size() && tokens_[next].text == ",") ++next;
    return next >= tokens_.size() || !ArgStartingAt(next);
  }

  // `owners`: whether a possessive may fill the slot ("rejected Syria's
  // denials" rejects Syria; "defended plans to end the EU's ban" does not
  // defend the EU) — true for approving, disapproving and rejecting (05,
  // 11, 12): "welcomed Blair's courage" praises Blair.
  std::vector<Arg> ObjectsAfter(size_t after, size_t sentence_last, const std::vector<Arg>& args,
                                const Extraction& out, bool owners = false) {
    std::vector<Arg> objects;
    size_t adjunct_last = SIZE_MAX;  // the last name skipped as a place adjunct
    for (const Arg& a : args) {
      if (a.first < after) continue;
      // Stop at clause punctuation or another verb before the object.
      bool blocked = false;
      for (size_t t = after; t < a.first; ++t) {
        const Token& tok = tokens_[t];
        // A comma ends the clause, except before an appositive name ("his
        // counterpart, Ariel Sharon").
        // (Not after an event: in "Attending the summit, X spoke" X is the subject.)
        // ("his U.S. counterpart, Trade Representative Clayton Yeutter": past a title.)
        const RoleSpan* title = t + 1 < a.first ? RoleStartingAt(t + 1) : nullptr;
        // (Not a pronoun: "offered 30 mln dlrs, he said".)
        // (Nor after an event's place adjunct: "Attending the summit in
        // Cairo, X said"; "the ambassador in Moscow, Jack Matlock" is one.)
        const Arg* before_comma = t > 0 ? ArgEndingAt(t - 1) : nullptr;
        const bool adjunct_before = before_comma && before_comma->first > 1 && IsWord(before_comma->first - 1) &&
                                    event_end_[before_comma->first - 2] >= 0 &&
                                    tokens_[before_comma->first - 1].lower_view() != "of" &&
                                    AdjunctPrepositions().contains(tokens_[before_comma->first - 1].lower) &&
                                    out.entities[before_comma->entity].type == EntityType::kLocation;
        bool appositive = (t + 1 == a.first || (title && title->last + 1 == a.first)) &&
                          out.entities[a.entity].type == EntityType::kPerson && t > 0 && event_end_[t - 1] < 0 &&
                          !adjunct_before && tokens_[a.first].capitalized;
        // (A short quoted modifier does not: "criticised \"extravagant\" Tory promises".)
        if ((tok.text == "," && !appositive) || tok.text == ";" || tok.text == ":" ||
            (tok.kind == TokenKind::kOpenQuote && !(t + 1 < a.first && InShortQuote(t + 1))) ||
            (tok.kind == TokenKind::kWord && !tok.capitalized &&
             ((t > after + 1 && lex_.IsSpeechVerb(tok.lower)) || tok.lower_view() == "that" || tok.lower_view() == "which" ||
              tok.lower_view() == "who" || Subordinators().contains(tok.lower)))) {
          blocked = true;
          break;
        }
      }
      int content = ContentWordsBetween(after, a.first);
      // "lent 300 mln dlrs to Peru", "signed a 100 mln dlr loan with the
      // IDB": an amount is no content before the one it goes to or is
      // agreed with.
      if (content >= 2) {
        size_t link = a.first;
        while (link > after && IsWord(link - 1) && Determiners().contains(tokens_[link - 1].lower)) --link;
        if (link > after && IsWord(link - 1) &&
            (tokens_[link - 1].lower_view() == "to" || tokens_[link - 1].lower_view() == "towards" ||
             tokens_[link - 1].lower_view() == "with"))
          for (size_t t = after; t < link; ++t)
            if (!tokens_[t].capitalized && AmountUnitAt(t)) --content;
        // "provide technical and scientific assistance to Ghana": a noun of
        // aid and the lower-case words describing it, right before the
        // "to" phrase, are one thing given.
        const ActNounInfo* act = nullptr;
        const std::string_view head = link > after + 1 && IsWord(link - 2) ? tokens_[link - 2].lower_view() : "";
        // (Only what is given as aid, 07: not "withdrew its offer to Sorg".)
        const bool act_noun = !head.empty() &&
                              lex_.MatchActNoun(std::span<const std::string_view>(&head, 1), &act) == 1 &&
                              act->code == "07";
        const int event_at = link > after + 1 ? event_end_[link - 2] : -1;
        const bool aid_noun = event_at >= 0 && events_[event_at].code == "07";
        // So are a meeting's or an agreement's before "with" ("signed a
        // credit agreement with KfW", "held a two-hour meeting with Chile").
        const bool pact_noun = event_at >= 0 && (events_[event_at].code == "04" || events_[event_at].code == "05");
        const std::string_view link_word = link > after + 1 && IsWord(link - 1) ? tokens_[link - 1].lower_view() : "";
        const bool given = (aid_noun || act_noun) && link_word == "to";
        if (content >= 2 && (given || (pact_noun && link_word == "with"))) {
          const size_t noun_first = given && act_noun ? link - 2 : events_[event_at].first;
          bool described = noun_first >= after;
          for (size_t t = after; t < noun_first && described; ++t)
            described = IsWord(t) && !tokens_[t].capitalized && !IsVerbish(t) &&
                        !Prepositions().contains(tokens_[t].lower) && !IsPersonalPronoun(tokens_[t].lower);
          if (described) content = 1;
        }
      }
      // ("finance ministers of the G8", "officials in the United States":
      // past "the".)
      const size_t link =
          a.first >= 1 && IsWord(a.first - 1) && tokens_[a.first - 1].lower_view() == "the" ? a.first - 1 : a.first;
      const bool represented = link >= 2 && IsWord(link - 1) && IsWord(link - 2) &&
                               (tokens_[link - 1].lower_view() == "in" || tokens_[link - 1].lower_view() == "from" ||
                                tokens_[link - 1].lower_view() == "of") &&
                               InClass(WordClass::kRepresentativeNoun, tokens_[link - 2].lower) &&
                               (IsCountry(out.entities[a.entity]) ||
                                (out.entities[a.entity].type == EntityType::kOrganization && !out.entities[a.entity].generic));
      // ("talks with finance ministers of the G8": the words describing the
      // officials are no content of their own.)
      if (represented && content >= 2) {
        bool described = true;
        // (Up to three lower-case words: "senior trade officials", "finance
        // ministers", where "finance" may be a verb elsewhere.)
        for (size_t t = after; t + 2 < link && described; ++t)
          described = t + 5 >= link && IsWord(t) && !tokens_[t].capitalized && !Prepositions().contains(tokens_[t].lower) &&
                      !IsAuxiliary(tokens_[t].lower) && tokens_[t].lower_view() != "that";
        if (described) content = 1;
      }
      // With `owners`, "ridiculed the claims made on Monday by X",
      // "questioned the report published last week by X": the maker of
      // what is judged, named after a participle of making
      // (`making_participle`) and "by" (past a time), is judged; not
      // "praised the workers sacked by X". (Not an event's: "to block sanctions approved by
      // Congress" blocks the sanctions.)
      if (owners && content >= 2 && link > after + 2 && IsWord(link - 1) && tokens_[link - 1].lower_view() == "by" &&
          std::none_of(event_start_.begin() + after, event_start_.begin() + link, [](int e) { return e >= 0; })) {
        size_t made = link - 2;
        if (made > after && IsWord(made) && InClass(WordClass::kTimeWord, tokens_[made].lower)) {
          --made;
          if (made > after && IsWord(made) && (tokens_[made].lower_view() == "on" || tokens_[made].lower_view() == "last"))
            --made;
        }
        if (made > after && IsWord(made) && !tokens_[made].capitalized &&
            InClass(WordClass::kMakingParticiple, tokens_[made].lower) && ContentWordsBetween(after, made) == 1)
          content = 1;
      }
      if (blocked || a.first > after + 12 || content >= 2) break;
      // "agreed it was of concern": a subject pronoun, or "it" before a
      // verb, opens a clause of its own; no one is agreed with. (Not after
      // "help": "to help it pay" helps it; nor after a promise: "promised
      // he would be safe" is a pledge to him.)
      if (a.first == a.last && IsWord(a.first) && !tokens_[a.first].capitalized) {
        const std::string& w = tokens_[a.first].lower;
        const bool clause_subject =
            IsHeOrShe(w) || w == "they" || w == "we" ||
            (w == "it" && IsWord(a.first + 1) && (IsAuxiliary(tokens_[a.first + 1].lower) || IsVerbish(a.first + 1)) &&
             !(IsWord(a.first - 1) && IsHelpVerb(tokens_[a.first - 1].lower)));
        if (clause_subject) {
          const std::optional<VerbInfo> promise = a.first > 0 ? EventVerbAt(a.first - 1, 1) : std::nullopt;
          if (!(promise && promise->code == "03")) break;
        }
      }
      // "offered eight mln stg and Italy was expected to": past "and", a name
      // before an auxiliary opens a clause of its own.
      if (a.first > after && IsWord(a.first - 1) && tokens_[a.first - 1].lower_view() == "and" && IsWord(a.last + 1) &&
          IsAuxiliary(tokens_[a.last + 1].lower))
        break;
      // "condemned the aggression against Peru": Peru suffers what the noun
      // names; the verb's object is the noun. So with an act and the one it
      // is carried out on: "launched an inquiry into Tarsun Corp". (Past a
      // determiner: "an investigation into the Tarsun Party".)
      size_t before = WordBefore(a.first);
      while (before > after && before < tokens_.size() && IsWord(before) &&
             Determiners().contains(tokens_[before].lower))
        before = WordBefore(before);
      // (Not after a time: "an attack last Friday on a Kuwaiti ship".)
      const size_t noun = before < tokens_.size() ? WordBefore(before) : tokens_.size();
      const bool noun_before = noun < tokens_.size() && noun >= after && IsWord(noun);
      if (content >= 1 && before < tokens_.size() && IsWord(before) &&
          !(noun_before && InClass(WordClass::kTimeWord, tokens_[noun].lower))) {
        const std::string_view link = tokens_[before].lower_view();
        const int act = noun_before ? event_end_[noun] : -1;
        if (link == "against" || link == "on" ||
            (act >= 0 && link == "into" && EventLinkedBy(events_[act], "into")))
          break;
      }
      if (IsQualifier(a) || CompoundModifier(a)) continue;
      // "urged Japanese companies to invest": the firms are the object.
      if (out.entities[a.entity].type == EntityType::kLocation && PrivateSectorHeadAfter(a.last, PhraseEnd(a.last)))
        break;
      // "Blair rejects Iraq advice demand", "denies war advice claim": a
      // place or an event naming the topic of what is judged is not judged.
      // ("An offer of U.S. naval escorts" is the U.S.'s offer.)
      if (owners && TopicModifier(a, out) &&
          !(IsWord(a.first - 1) && (tokens_[a.first - 1].lower_view() == "of" || tokens_[a.first - 1].lower_view() == "from")))
        continue;
      // "held talks in Geneva": a place adjunct, not the one acted upon; but
      // "killed thousands of Iranians" acts upon them.
      // With `owners`, "declined an offer of U.S. escorts", "rejected a
      // proposal from Chile": the one whose act is judged.
      bool source = owners && content == 1 && a.first >= 2 && IsWord(a.first - 1) &&
                    (tokens_[a.first - 1].lower_view() == "of" || tokens_[a.first - 1].lower_view() == "from") &&
                    IsWord(a.first - 2) && !tokens_[a.first - 2].capitalized;
      // "met officials in Britain", "talks with officials from Britain and
      // France": officials stand for the state they serve.
      // (A preposition that ends the verb phrase, "hit out at Peru", is the
      // verb's.) A place past "the" too: "sold arms in the Netherlands"
      // (not "the help of the IMF", "approval from the U.S.").
      size_t preposition = a.first - 1;
      if (link + 1 == a.first && link > after && IsWord(link - 1) && tokens_[link - 1].lower_view() != "of" &&
          tokens_[link - 1].lower_view() != "from")
        preposition = link - 1;
      if (a.first > after && IsWord(preposition) && AdjunctPrepositions().contains(tokens_[preposition].lower) &&
          !(tokens_[preposition].lower_view() == "of" && preposition >= 1 && IsQuantityWord(preposition - 1)) &&
          !source && !represented) {
        // (After officials, a state coordinated with a region stands for
        // its own: "counterparts from Europe and Japan".)
        const bool officials = preposition > 0 && IsWord(preposition - 1) &&
                               InClass(WordClass::kRepresentativeNoun, tokens_[preposition - 1].lower);
        adjunct_last = officials ? SIZE_MAX : a.last;
        continue;
      }
      // ("the senior judge in England and Wales": so is a name coordinated
      // with the adjunct's.)
      if (adjunct_last != SIZE_MAX && link >= 2 && adjunct_last == link - 2 && IsWord(link - 1) &&
          (tokens_[link - 1].lower_view() == "and" || tokens_[link - 1].lower_view() == "or")) {
        adjunct_last = a.last;
        continue;
      }
      // "backed Iran's war enemy Iraq": a possessive describes the name that
      // heads the phrase.
      if (Possessive(a.last)) {
        const Arg* head = nullptr;
        for (const Arg& b : args) {
          if (b.first <= a.last) continue;
          bool descriptor = b.first > a.last + 1 && b.first <= a.last + 4 && tokens_[b.first].capitalized &&
                            AllLowerWords(a.last + 1, b.first);
          for (size_t t = a.last + 1; descriptor && t < b.first; ++t) {
            std::string_view w = tokens_[t].lower;
            if (IsAuxiliary(w) || IsVerbish(t) || w == "that" || w == "which" || w == "who" || w == "and" ||
                Prepositions().contains(w))
              descriptor = false;
          }
          if (descriptor) head = &b;
          break;
        }
        if (head) {
          objects.push_back(*head);
          break;
        }
      }
      // "insisted the EU's code ...": a possessive only determines the noun
      // that follows, which is the real object; a name that follows is it
      // ("travelled to Idi Amin's Uganda").
      // (A place, heading its phrase, owned by a person or a state: not
      // "the National People's Congress", "Ecuador's South Korean ships".)
      if (!owners && Possessive(a.last)) {
        const Arg* owned = ArgStartingAt(a.last + 1);
        const size_t after_owned = owned ? owned->last + 1 : 0;
        const bool heads = owned && (!IsWord(after_owned) ||
                                     (!tokens_[after_owned].capitalized &&
                                      (Prepositions().contains(tokens_[after_owned].lower) ||
                                       tokens_[after_owned].lower_view() == "and" || IsAuxiliary(tokens_[after_owned].lower) ||
                                       IsVerbish(after_owned))));
        const EntityType owner_type = out.entities[a.entity].type;
        const EntityType owned_type = owned ? out.entities[owned->entity].type : EntityType::kEvent;
        if (heads && owned_type == EntityType::kLocation &&
            (owner_type == EntityType::kPerson || owner_type == EntityType::kLocation) && !IsQualifier(*owned))
          objects.push_back(*owned);
        // "met Japan's Finance Ministry", "a loan from Japan's Export-Import
        // Bank": a body or a person the owner has is the one acted upon.
        // (Not a party's name qualifying a quoted word: "Blair's Tory 'lies'".)
        else if (heads && (owned_type == EntityType::kOrganization || owned_type == EntityType::kPerson) &&
                 !IsQualifier(*owned) && !(after_owned < tokens_.size() && (tokens_[after_owned].kind == TokenKind::kOpenQuote ||
                                                     tokens_[after_owned].text.starts_with('\''))))
          objects.push_back(*owned);
        // "met Japan's foreign minister", "talks with Iran's leaders": an
        // unnamed official stands for the state or body that has him.
        else if (!owned && (owner_type == EntityType::kLocation || owner_type == EntityType::kOrganization) &&
                 UnnamedOfficialAfter(a.last + 1))
          objects.push_back(a);
        break;
      }
      objects.push_back(a);
      // Coordinated objects.
      size_t end = a.last;
      for (const Arg& b : args) {
        if (b.first <= end) continue;
        // "Europe and the US", "Mr Blair and Mr Howard".
        // ("the" and titles only after "and": in "talks with Mr Blair, Mr
        // Abbas said" the second name starts the main clause.)
        bool joined = true, separator = false, conjunction = false, extra = false;
        for (size_t t = end + 1; t < b.first; ++t) {
          const bool links = tokens_[t].text == "," || tokens_[t].lower_view() == "and";
          separator = separator || links;
          conjunction = conjunction || tokens_[t].lower_view() == "and";
          if (!links) {
            extra = true;
            if (tokens_[t].lower_view() != "the" && !(IsWord(t) && lex_.IsHonorific(tokens_[t].text)) &&
                !CapitalisedTitleBefore(t, b.first) && !TitleAfterAnd(t, b.first))
              joined = false;
          }
        }
        // "and the Palestinian leader, X": a demonym qualifying a title is
        // no object of its own.
        if (!joined || !separator || (extra && !conjunction) || IsQualifier(b) || RoleStartingAt(b.last + 1)) break;
        // ("its agreement with the United States, Commission sources said":
        // past a comma alone, a name qualifying a noun starts a clause.)
        if (!conjunction && Attributive(b)) break;
        // "angry with Chile, and Bolivia was critical": a name followed by
        // its own verb opens a new clause.
        if (IsWord(b.last + 1) && !tokens_[b.last + 1].capitalized &&
            (IsAuxiliary(tokens_[b.last + 1].lower) || IsVerbish(b.last + 1)))
          break;
        objects.push_back(b);
        end = b.last;
      }
      break;
    }
    (void)sentence_last;
    return objects;
  }

  // "Tuesday's", "week's": a time that points to one event.
  bool TimePossessive(size_t i) const {
    return IsWord(i) && Possessive(i) && InClass(WordClass::kTimeWord, AsciiLower(Base(i)));
  }

  // An event's name and the tokens of its mention as written.
  struct EventNaming {
    std::string name;
    size_t first = 0, last = 0;
    bool named = false;     // after a place or a body, not generic
    bool distinct = false;  // "a similar bill": another event than the article's other bills
  };

  // The body after "sponsored by", "organised by", "hosted by" ... right
  // after token `last`, or nullptr.
  const Arg* HostAfter(size_t last) const {
    if (!IsWord(last + 2) || !SameSentence(last, last + 2) ||
        !InClass(WordClass::kHostedByParticiple, tokens_[last + 1].lower) ||
        tokens_[last + 2].lower_view() != "by")
      return nullptr;
    size_t k = last + 3;
    if (IsWord(k) && tokens_[k].lower_view() == "the") ++k;
    return ArgStartingAt(k);
  }

  // A generic event's name with the document's date, if known: "truce
  // (2016-02-27)", so that unrelated truces of different days stay apart.
  std::string DatedEventName(std::string name) const {
    if (doc_.date.empty() || doc_.date == kUnknownDate) return name;
    return absl::StrCat(name, " (", doc_.date, ")");
  }

  EventNaming NameEvent(const EventNoun& ev, const Extraction& out) const {
    // Named after an adjacent place ("Geneva talks", "talks in Geneva") or,
    // for a meeting or an agreement, the body before it ("the G8 summit");
    // else generic, dated so unrelated truces of different days stay apart.
    EventNaming naming{ev.noun, ev.first, ev.last, false};
    const Arg* before = ev.first > 0 && SameSentence(ev.first - 1, ev.first) ? ArgEndingAt(ev.first - 1) : nullptr;
    if (before && Possessive(before->last)) before = nullptr;
    const Arg* place = before;
    const Arg* after = nullptr;
    if (!place && ev.last + 2 < tokens_.size() && tokens_[ev.last + 1].lower_view() == "in" && SameSentence(ev.last, ev.last + 2))
      place = after = ArgStartingAt(ev.last + 2);
    const bool meeting_or_agreement = ev.code.empty() || ev.code == "04" || ev.code == "05";
    if (place && out.entities[place->entity].type == EntityType::kLocation) {
      naming.name = absl::StrCat(out.entities[place->entity].name, " ", ev.noun);
      naming.named = true;
      if (place == after) naming.last = after->last;  // "the war in Iraq"
    } else if (before && meeting_or_agreement && out.entities[before->entity].type == EntityType::kOrganization &&
               !out.entities[before->entity].generic) {
      naming.name = absl::StrCat(out.entities[before->entity].name, " ", ev.noun);
      naming.named = true;
    } else if (const Arg* host = meeting_or_agreement ? HostAfter(ev.last) : nullptr;
               host && out.entities[host->entity].type == EntityType::kOrganization && !out.entities[host->entity].generic) {
      // "a conference sponsored by Euromoney magazine" is the Euromoney
      // conference.
      naming.name = absl::StrCat(out.entities[host->entity].name, " ", ev.noun);
      naming.named = true;
    } else if (size_t j = ev.first > 0 ? ev.first - 1 : 0;
               ev.first > 0 && IsWord(j) && SameSentence(j, ev.first) &&
               InClass(WordClass::kOtherEventModifier, tokens_[j].lower)) {
      // "Reagan vetoed a similar bill last year", "another strike": an
      // event other than the one the article is about.
      naming.name = DatedEventName(absl::StrCat(tokens_[j].lower, " ", ev.noun));
      naming.first = j;
      naming.distinct = true;
      return naming;
    } else {
      naming.name = DatedEventName(ev.noun);
    }
    // The mention is the event's name as written: with the name that names
    // it, or else the words that classify it ("the UK-wide strike", "a
    // partial truce", "the 20th annual meeting").
    if (naming.named && place != after) {
      naming.first = before->first;
    } else if (!naming.named) {
      for (int k = 0; k < 3 && naming.first > 0; ++k) {
        size_t j = naming.first - 1;
        if (!IsWord(j) || !SameSentence(j, naming.first) || ArgEndingAt(j)) break;
        std::string_view w = tokens_[j].lower;
        const bool hyphenated = w.size() > 2 && w.find('-', 1) < w.size() - 1;
        if (tokens_[j].capitalized && !SentenceStart(j) && !hyphenated) break;
        const bool ordinal = w.size() > 2 && absl::ascii_isdigit(static_cast<unsigned char>(w[0])) &&
                             (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th"));
        if (!hyphenated && !ordinal && !InClass(WordClass::kEventModifier, w)) break;
        naming.first = j;
      }
    }
    return naming;
  }

  int EventEntity(const EventNoun& ev, Extraction& out) {
    const EventNaming naming = NameEvent(ev, out);
    const std::string& name = naming.name;
    const size_t first = naming.first, last = naming.last;
    const Span span{tokens_[first].span.begin, tokens_[last].span.end};
    int id = EventNamed(name, out);
    if (id < 0) {
      Entity entity;
      entity.name = name;
      entity.type = EntityType::kEvent;
      out.entities.push_back(std::move(entity));
      id = static_cast<int>(out.entities.size() - 1);
    }
    AddMention(out, id, span, tokens_[ev.first].sentence);
    event_codes_.try_emplace(id, ev.code);
    if (!naming.named) described_events_.insert(id);
    if (naming.distinct) {
      distinct_events_.insert(id);
    } else if (!naming.named) {
      // "the meeting", "Tuesday's meeting", "the bill": a reference that
      // MergeGatheringReferences and MergeNamedReferences may resolve.
      const bool definite =
          first > 0 && IsWord(first - 1) && (tokens_[first - 1].lower_view() == "the" || TimePossessive(first - 1));
      auto [it, added] = unnamed_events_.emplace(id, UnnamedEvent{ev.noun, definite});
      it->second.definite = it->second.definite && definite;
    } else if (InClass(WordClass::kGatheringNoun, ev.noun)) {
      named_gatherings_.insert(id);
    }
    return id;
  }

  // "Iran launched its northern offensive" in a story of Iran's war with
  // Iraq: a state that fights exactly one other state in the article (an
  // asserted act of force between them, or "the Iran-Iraq war") and takes
  // part in an act of force with no target named acts on that state, with
  // the act's code.
  void AddWarOpponents(Extraction& out) {
    std::map<int, std::set<int>> opponents;
    auto note = [&](int a, int b) {
      if (a == b || !IsCountry(out.entities[a]) || !IsCountry(out.entities[b])) return;
      opponents[a].insert(b);
      opponents[b].insert(a);
    };
    for (const Triple& t : out.triples)
      if (IsViolent(t.code) && t.modality == Modality::kAsserted) note(t.subject, t.object);
    // "the Iran-Iraq war": the states a pair before "war" names (not a
    // "crisis" or a "conflict", which may be over trade).
    for (size_t i = 0; i + 1 < tokens_.size(); ++i) {
      if (!IsWord(i) || !IsWord(i + 1) || (tokens_[i + 1].lower_view() != "war" && tokens_[i + 1].lower_view() != "wars") ||
          !StatePair(i))
        continue;
      std::vector<int> sides;
      for (const std::string_view part : HyphenParts(tokens_[i].text)) {
        PhraseInfo info;
        const std::string_view one[1] = {part};
        if (lex_.MatchPhrase(one, &info) == 1)
          for (size_t e = 0; e < out.entities.size(); ++e)
            if (out.entities[e].name == info.canonical && IsCountry(out.entities[e])) sides.push_back(static_cast<int>(e));
      }
      if (sides.size() == 2) note(sides[0], sides[1]);
    }
    // (A sentence where the state already acts by force names its target:
    // "Iraq launched an offensive against Kurdish rebels".)
    std::set<std::pair<int, int>> forceful;  // (sentence, state)
    for (const Triple& t : out.triples)
      if (IsViolent(t.code)) forceful.insert({t.provenance.sentence, t.subject});
    std::vector<Triple> added;
    for (const Triple& t : out.triples) {
      if (t.code != kParticipationCode || t.modality != Modality::kAsserted ||
          forceful.contains({t.provenance.sentence, t.subject}))
        continue;
      const auto code = event_codes_.find(t.object);
      const auto enemy = opponents.find(t.subject);
      if (code == event_codes_.end() || !IsViolent(code->second) || enemy == opponents.end() ||
          enemy->second.size() != 1)
        continue;
      Triple act = t;
      act.object = *enemy->second.begin();
      act.code = code->second;
      act.goldstein = lex_.Goldstein(act.code);
      added.push_back(std::move(act));
    }
    out.triples.insert(out.triples.end(), added.begin(), added.end());
  }

  // "Lusinchi declared a freeze ... the 120-day price freeze": an event
  // entity (made for a relation, or a named gathering) keeps every mention
  // the article makes of it, not only those in relations; a mention is the
  // event's when NameEvent gives it the event's name (its noun, or its noun
  // with a place or body). (Owners are no part of the name: "Chile's wage
  // freeze" joins "a price freeze" of the same article, as in relations.)
  void AddEventMentions(Extraction& out) {
    for (const EventNoun& ev : events_) {
      const EventNaming naming = NameEvent(ev, out);
      if (naming.distinct) continue;
      if (const int e = EventNamed(naming.name, out); e >= 0)
        AddMention(out, e, {tokens_[naming.first].span.begin, tokens_[naming.last].span.end}, tokens_[ev.first].sentence);
    }
  }

  // The event entity named `name`, or -1.
  static int EventNamed(const std::string& name, const Extraction& out) {
    for (size_t e = 0; e < out.entities.size(); ++e)
      if (out.entities[e].type == EntityType::kEvent && out.entities[e].name == name) return static_cast<int>(e);
    return -1;
  }

  // "the plan", "a new program", "Labour's plans": an event named only by
  // its noun (and the date) is a description, not a name; it stands for an
  // event of this article and merges with no other article's (Entity::
  // generic), so that one day's plans of Canada and of General Motors stay
  // apart. Events named by a place or a body ("the Geneva talks") may merge.
  void ScopeUnnamedEvents(Extraction& out) const {
    for (int e : described_events_) out.entities[e].generic = true;
  }

  // "The Prevention of Terrorism Bill ... the bill", "the Kyoto Agreement
  // ... the agreement": an unnamed event referred to only with "the" is the
  // one event the article names with the same head word.
  void MergeNamedReferences(Extraction& out) const {
    for (const auto& [e, unnamed] : unnamed_events_) {
      if (!unnamed.definite || out.entities[e].mentions.empty()) continue;
      const std::string& noun = unnamed.noun;
      int target = -1;
      bool ambiguous = false;
      for (size_t k = 0; k < out.entities.size(); ++k) {
        const Entity& other = out.entities[k];
        if (static_cast<int>(k) == e || other.type != EntityType::kEvent || other.name.ends_with(")") ||
            other.name.size() <= noun.size() + 1 || !AsciiLower(other.name).ends_with(absl::StrCat(" ", noun)))
          continue;
        ambiguous = ambiguous || target >= 0;
        target = static_cast<int>(k);
      }
      if (target >= 0 && !ambiguous) MoveEvent(e, target, out);
    }
  }

  // The head noun of an event entity: the event noun it was named by, or
  // the last word of its name ("Prevention of Terrorism Bill": "bill").
  std::string EventHead(int e, const Extraction& out) const {
    if (auto it = unnamed_events_.find(e); it != unnamed_events_.end()) return it->second.noun;
    std::string name = AsciiLower(out.entities[e].name);
    if (name.ends_with(")")) name = name.substr(0, name.rfind(" ("));  // "bill (2024-05-01)"
    std::string head = name.substr(name.rfind(' ') + 1);
    if (head.size() > 3 && head.ends_with("s") && PolicyKind(head) == 0) head.pop_back();
    return head;
  }

  // Which kind of policy a head noun names: 1 a bill, law or plan
  // (`policy_event_noun`), 2 a treaty or constitution (`treaty_noun`), else 0.
  int PolicyKind(const std::string& head) const {
    if (InClass(WordClass::kPolicyEventNoun, head)) return 1;
    if (InClass(WordClass::kTreatyNoun, head)) return 2;
    return 0;
  }

  // "The Tories will back the Identity Cards Bill ... the plans ... the
  // scheme": the bills, laws, plans and schemes an article writes about are
  // one policy, named as the article names it, unless it names two policies
  // (then only references with the same head word join, see
  // MergeNamedReferences); so are its treaties and constitutions.
  void MergePolicies(Extraction& out) const {
    for (int kind : {1, 2}) MergePolicies(kind, out);
  }

  void MergePolicies(int kind, Extraction& out) const {
    std::vector<int> named, unnamed;
    for (size_t e = 0; e < out.entities.size(); ++e) {
      const Entity& entity = out.entities[e];
      if (entity.type != EntityType::kEvent || entity.mentions.empty()) continue;
      if (distinct_events_.contains(static_cast<int>(e))) continue;
      if (PolicyKind(EventHead(static_cast<int>(e), out)) != kind) continue;
      (unnamed_events_.contains(static_cast<int>(e)) ? unnamed : named).push_back(static_cast<int>(e));
    }
    if (named.size() > 1 || unnamed.empty()) return;
    // Into the named policy, else the unnamed one the article mentions first.
    auto first_at = [&](int e) {
      uint32_t at = UINT32_MAX;
      for (int m : out.entities[e].mentions) at = std::min(at, out.mentions[m].span.begin);
      return at;
    };
    int target = named.empty() ? unnamed.front() : named.front();
    if (named.empty())
      for (int e : unnamed)
        if (first_at(e) < first_at(target)) target = e;
    for (int e : unnamed)
      if (e != target) MoveEvent(e, target, out);
  }

  // Moves the mentions and relations of event `from` to event `to`; `from`
  // is left without mentions (Reorder drops it).
  static void MoveEvent(int from, int to, Extraction& out) {
    for (int m : out.entities[from].mentions) {
      out.mentions[m].entity = to;
      out.entities[to].mentions.push_back(m);
    }
    out.entities[from].mentions.clear();
    for (Triple& t : out.triples) {
      if (t.subject == from) t.subject = to;
      if (t.object == from) t.object = to;
    }
  }

  // "Peace talks in Geneva" (named "Geneva peace talks") ... "the Geneva
  // talks": events named by the same place and head word, one name's
  // words all in the other's, are one event, named the shorter way.
  static void MergeModifiedNames(Extraction& out) {
    auto words_of = [](const std::string& name) {
      std::vector<std::string> words = absl::StrSplit(AsciiLower(name), ' ', absl::SkipEmpty());
      return words;
    };
    for (size_t a = 0; a < out.entities.size(); ++a) {
      const Entity& longer = out.entities[a];
      if (longer.type != EntityType::kEvent || longer.mentions.empty() || longer.name.ends_with(")")) continue;
      const std::vector<std::string> long_words = words_of(longer.name);
      if (long_words.size() < 3) continue;
      for (size_t b = 0; b < out.entities.size(); ++b) {
        const Entity& shorter = out.entities[b];
        if (b == a || shorter.type != EntityType::kEvent || shorter.mentions.empty() || shorter.name.ends_with(")"))
          continue;
        const std::vector<std::string> short_words = words_of(shorter.name);
        if (short_words.size() < 2 || short_words.size() >= long_words.size() || short_words.front() != long_words.front() ||
            short_words.back() != long_words.back())
          continue;
        if (!std::all_of(short_words.begin(), short_words.end(), [&](const std::string& w) {
              return std::find(long_words.begin(), long_words.end(), w) != long_words.end();
            }))
          continue;
        MoveEvent(static_cast<int>(a), static_cast<int>(b), out);
        break;
      }
    }
  }

  // "The London conference ... the meeting ... the talks": when an article
  // names exactly one gathering, the gatherings it refers to only with "the"
  // are that one.
  void MergeGatheringReferences(Extraction& out) {
    const auto gathering = [&](const auto& entry) { return InClass(WordClass::kGatheringNoun, entry.second.noun); };
    if (std::none_of(unnamed_events_.begin(), unnamed_events_.end(), gathering)) return;
    // Every gathering the article names counts, also where no relation uses
    // it: "ahead of a meeting in London".
    std::set<std::string> names;
    for (const EventNoun& ev : events_) {
      if (!InClass(WordClass::kGatheringNoun, ev.noun)) continue;
      if (EventNaming naming = NameEvent(ev, out); naming.named) names.insert(AsciiLower(naming.name));
    }
    // So does an event whose name (not its noun alone) ends in a gathering
    // noun, as a capitalised name makes it: "the Cairo talks", "the Venice
    // Summit". (Names are compared in lower case.)
    std::vector<int> capitalised;
    for (size_t e = 0; e < out.entities.size(); ++e) {
      const Entity& entity = out.entities[e];
      if (entity.type != EntityType::kEvent || unnamed_events_.contains(static_cast<int>(e)) ||
          described_events_.contains(static_cast<int>(e)))
        continue;
      const size_t space = entity.name.rfind(' ');
      if (space == std::string::npos || !InClass(WordClass::kGatheringNoun, AsciiLower(entity.name.substr(space + 1))))
        continue;
      names.insert(AsciiLower(entity.name));
      capitalised.push_back(static_cast<int>(e));
    }
    if (names.size() != 1) return;
    for (const EventNoun& ev : events_) {
      if (InClass(WordClass::kGatheringNoun, ev.noun) && NameEvent(ev, out).named) EventEntity(ev, out);
    }
    named_gatherings_.insert(capitalised.begin(), capitalised.end());
    if (named_gatherings_.size() != 1) return;
    const int target = *named_gatherings_.begin();
    for (const auto& entry : unnamed_events_) {
      if (entry.second.definite && entry.first != target && gathering(entry)) MoveEvent(entry.first, target, out);
    }
  }

  // Adds a mention of `entity` at `span` unless the entity already has it.
  void AddMention(Extraction& out, int entity, Span span, int sentence) {
    if (!mention_spans_.insert({entity, span.begin, span.end}).second) return;
    Mention m;
    m.span = span;
    m.surface = std::string(doc_.text.substr(span.begin, span.size()));
    m.type = out.entities[entity].type;
    m.entity = entity;
    m.sentence = sentence;
    out.entities[entity].mentions.push_back(static_cast<int>(out.mentions.size()));
    out.mentions.push_back(std::move(m));
  }

  bool ProgressiveContext(size_t i, size_t sentence_first) const {
    while (i > sentence_first + 1 && IsWord(i - 1) && IsAdverb(tokens_[i - 1].lower)) --i;
    if (i == sentence_first) return true;  // a participle opening the sentence
    const Token& prev = tokens_[i - 1];
    if (prev.text == "," || ArgEndingAt(i - 1) != nullptr) return true;
    if (prev.kind != TokenKind::kWord) return false;
    // "wrote to him on Tuesday accusing him of" (not "the Sunday bombing").
    if (InClass(WordClass::kTimeWord, prev.lower) && i >= 2 && !(IsWord(i - 2) && Determiners().contains(tokens_[i - 2].lower)) &&
        !Possessive(i - 2))
      return true;
    // "issued a statement deploring Japan's surplus".
    if (InClass(WordClass::kDocumentNoun, prev.lower)) return true;
    return ProgressiveOpeners().contains(prev.lower);
  }

  bool VerbalContext(size_t i, size_t sentence_first) const {
    while (i > sentence_first + 1 && IsWord(i - 1) && IsAdverb(tokens_[i - 1].lower)) --i;
    if (i == sentence_first) return false;
    const Token& prev = tokens_[i - 1];
    // ("Iranian attack on a Kuwaiti tanker": an event noun keeps its act.)
    // (After a possessive it is a noun: "President Reagan's veto", "the
    // commission's initial report".)
    if (const Arg* a = ArgEndingAt(i - 1))
      return !Possessive(a->last) && (!DemonymAdjective(*a) || EventNounAt(i, i) != nullptr);
    if (prev.kind != TokenKind::kWord) return false;
    std::string_view w = prev.lower;
    // A noun phrase headed by a group noun or qualified by a name: "the
    // Israeli government refuses", "officials say".
    // Not after a preposition: "from Iranian missile attacks".
    // Not after a verb taking an act as object: "Peru won aid".
    if (!prev.capitalized && i >= 2 && ArgEndingAt(i - 2) != nullptr && (w == "to" || !Prepositions().contains(w)) &&
        !IsActVerb(w)) {
      size_t before = ArgEndingAt(i - 2)->first;
      if (before > 0 && IsWord(before - 1) && Prepositions().contains(tokens_[before - 1].lower)) return false;
      return true;
    }
    if (!prev.capitalized && lex_.GroupNounType(w)) return true;
    return IsAuxiliary(w) || w == "to" || w == "they" || w == "we" || w == "i" ||
           w == "you" || w == "he" || w == "she" || w == "it" || w == "who" || IsNegator(w) ||
           w == "and" || IsHelpVerb(w);
  }

  // A demonym used as an adjective: "Japanese" in "Japanese demand for
  // cars" (not "the Japanese", nor a plural "Americans"), before which a
  // bare form is a noun.
  bool DemonymAdjective(const Arg& a) const {
    if (a.first != a.last) return false;
    const Name* name = NameOf(a);
    if (!name || name->source != NameSource::kLexicon || name->info.kind != PhraseKind::kDemonym) return false;
    std::string_view w = tokens_[a.first].lower;
    if (w.ends_with("s") && !w.ends_with("ss")) return false;
    return !(a.first > 0 && IsWord(a.first - 1) && tokens_[a.first - 1].lower_view() == "the");
  }

  // "helped block the plans": help takes a bare verb, which is the act.
  bool IsHelpVerb(std::string_view w) const { return InClass(WordClass::kHelpVerb, w); }

  // Lower-case content words in [from, to): two of them ("defended plans to
  // end the EU's ban") mean the verb's object is something else. Function
  // words, adverbs, roles and the modifiers of roles do not count.
  // A word measuring the number before it, or before the units between:
  // "mln" and "dlrs" in "300 mln dlrs", "stg" in "eight mln stg".
  bool AmountUnitAt(size_t t) const {
    size_t k = t;
    while (k > 0 && IsWord(k) && InClass(WordClass::kAmountUnit, tokens_[k].lower) && k + 3 > t) --k;
    return k < t && (IsQuantityWord(k) || NumberWords().contains(tokens_[k].lower) || tokens_[k].text == "$" ||
                     tokens_[k].text == "\xC2\xA3");
  }

  int ContentWordsBetween(size_t from, size_t to) const {
    int count = 0;
    for (size_t t = from; t < to; ++t) {
      // "told MPs the UK was": a plural title with no name after it is a
      // noun of its own.
      if (RoleEndingAt(t) && tokens_[t].lower.ends_with("s") && !tokens_[t].lower.ends_with("ss") && IsWord(t + 1) &&
          !tokens_[t + 1].capitalized) {
        ++count;
        continue;
      }
      if (!IsWord(t) || tokens_[t].capitalized || InRole(t)) continue;
      std::string_view w = tokens_[t].lower;
      if (Determiners().contains(w) || Prepositions().contains(w) || IsAdverb(w) || IsQuantifier(w) ||
          IsQuantityWord(t) || NumberWords().contains(w) || w == "and" || w == "or" || IsNegator(w))
        continue;
      if ((t + 1 < to && InRole(t + 1)) || (t + 2 < to && InRole(t + 2))) continue;  // "foreign affairs spokesman"
      ++count;
    }
    return count;
  }

  // The actor a possessive pronoun before `i` stands for ("its arms ban").
  std::optional<Arg> PossessiveArg(size_t i, const Extraction& out) const {
    if (!IsWord(i)) return std::nullopt;
    std::string_view w = tokens_[i].lower;
    if (w != "its" && w != "his" && w != "her") return std::nullopt;
    // The subject of its own clause first: in "said Iran had kept up its
    // attacks" the attacks are Iran's, not the speaker's.
    bool person = w != "its";
    for (size_t k = i; k-- > sentence_first_[tokens_[i].sentence];) {
      const Arg* a = ArgEndingAt(k);
      if (!a) continue;
      EntityType type = out.entities[a->entity].type;
      bool fits = person ? type == EntityType::kPerson
                         : (type == EntityType::kOrganization || type == EntityType::kLocation);
      bool verb_between = false;
      for (size_t t = a->last + 1; t < i; ++t) verb_between = verb_between || (IsVerbish(t) && !tokens_[t].capitalized);
      if (fits && verb_between && !PrepositionBefore(a->first) && !qualifiers_.contains(a->first) &&
          IsVerbish(a->last + 1)) {
        return Arg{i, i, a->entity};
      }
      break;  // only the nearest actor
    }
    return ResolvePronoun(i, person, out);
  }

  // Events named by nouns: "a U.S. attack on an Iranian platform" (19),
  // "Gorbachev's offer to Washington" (03), "its arms ban on China" (16),
  // "the war between Iran and Iraq" (19 both ways). Meetings are handled
  // with their participants elsewhere.
  // The agent of an event noun: an actor right before it, up to two
  // modifiers apart ("a U.S. attack", "Iran's offensive", "its attacks").
  // "the Iraq war", "the Kosovo conflict": a place's name (not its demonym,
  // not a possessive) right before a word for war names where it is fought,
  // not who wages it ("Iranian attacks", "Iran's war" do).
  bool WhereOfWar(const Arg& a, size_t noun_first) const {
    if (a.last + 1 != noun_first || Possessive(a.last)) return false;
    std::string_view noun = tokens_[noun_first].lower;
    if (!InClass(WordClass::kWarNoun, noun)) return false;
    PhraseInfo info;
    return MatchLexicon(a.first, a.last + 1, &info) == static_cast<int>(a.last + 1 - a.first) &&
           info.kind != PhraseKind::kDemonym;
  }

  std::optional<Arg> NominalAgent(size_t noun_first, size_t first, const Extraction& out) const {
    for (size_t k = noun_first; k-- > first && k + 5 > noun_first;) {
      if (const Arg* a = ArgEndingAt(k)) {
        if (out.entities[a->entity].type == EntityType::kEvent || WhereOfWar(*a, noun_first)) return std::nullopt;
        return *a;
      }
      if (auto p = PossessiveArg(k, out)) return p;
      // ("Peru received aid": the aid is not Peru's.)
      if (!IsWord(k) || tokens_[k].capitalized || Determiners().contains(tokens_[k].lower) ||
          Prepositions().contains(tokens_[k].lower) || IsVerbish(k) || lex_.IsReceivingVerb(tokens_[k].lower))
        return std::nullopt;
    }
    return std::nullopt;
  }

  // Does the argument modify the noun after it ("U.S. naval escorts",
  // "Iranian oil platforms") rather than stand alone?
  bool Attributive(const Arg& a) const {
    size_t next = a.last + 1;
    if (!IsWord(next) || tokens_[next].capitalized) return false;
    std::string_view w = tokens_[next].lower;
    return !Prepositions().contains(w) && !IsAuxiliary(w) && w != "and" && w != "or" &&
           w != "who" && w != "which" && w != "that" && !IsVerbish(next);
  }

  // The first actor a few modifier words after token `k` ("to the Soviet
  // Union", "on Iranian cities"); nullptr when content words or an EVENT
  // come first.
  const Arg* ActorAfter(size_t k, const std::vector<Arg>& args, const Extraction& out) const {
    for (const Arg& a : args) {
      if (a.first <= k) continue;
      if (a.first > k + 4 || ContentWordsBetween(k + 1, a.first) > 0) return nullptr;
      if (out.entities[a.entity].type == EntityType::kEvent) return nullptr;
      if (CompoundModifier(a)) return nullptr;  // "for Tokyo-based Gaga Corp" names no party
      // "to Security Council President Maurizio Bucci": the person the
      // title's body qualifies.
      if (IsQualifier(a)) {
        if (const Arg* person = ActorAfter(a.last, args, out)) return person;
      }
      return &a;
    }
    return nullptr;
  }

  // The actor an act or event noun ending at `noun_last` is directed at,
  // named after one of `links`: "an offer to Kuwait", "attacks on Iranian
  // oil platforms"; or after what the act concerns: "a ban on arms sales to
  // China", "the withdrawal of its troops from Iraq", "an offer of U.S.
  // naval escorts to Kuwait" (a country modifying a noun is the target only
  // when no later preposition names another).
  std::optional<Arg> NominalTarget(size_t noun_last, const std::vector<std::string_view>& links, size_t last,
                                   const std::vector<Arg>& args, const Extraction& out) const {
    size_t link = noun_last + 1;
    if (link > last || !IsWord(link)) return std::nullopt;
    auto is_link = [&](size_t k, bool concerned) {
      if (!IsWord(k)) return false;
      std::string_view w = tokens_[k].lower;
      if (std::find(links.begin(), links.end(), w) != links.end()) return true;
      return concerned && (w == "to" || w == "from" || w == "against");
    };
    std::string_view about = tokens_[link].lower;
    const Arg* direct = is_link(link, false) ? ActorAfter(link, args, out) : nullptr;
    // "backing for Iran's war enemy Iraq": a possessive describes the name
    // that heads the phrase.
    if (direct && Possessive(direct->last)) {
      for (const Arg& a : args) {
        if (a.first <= direct->last) continue;
        if (a.first <= direct->last + 4 && AllLowerWords(direct->last + 1, a.first) && a.first > direct->last + 1)
          direct = &a;
        break;
      }
    }
    if (direct && !Attributive(*direct)) return *direct;
    if (direct || about == "on" || about == "of" || about == "for" || about == "about" || is_link(link, false)) {
      for (size_t k = link + 1; k <= last && k <= link + 5; ++k) {
        if (!IsWord(k)) break;
        if (is_link(k, true)) {
          if (const Arg* a = ActorAfter(k, args, out)) return *a;
          break;
        }
        // What the act concerns is a short noun phrase: "arms sales", "its
        // troops", "letters about the incident to X".
        // (Not an act of the subject's own, a gerund with an object: "doubts
        // about removing U.S. missiles from Europe" doubts no one; but
        // "restrictions on shipping to Peru" restrict Peru.)
        std::string_view w = tokens_[k].lower;
        if (!tokens_[k].capitalized && (IsAuxiliary(w) || lex_.IsSpeechVerb(w) || w == "and" ||
                                        w == "or" || w == "who" || w == "which" || w == "that" ||
                                        (k == link + 1 && w.size() > 5 && w.ends_with("ing") && IsWord(k + 1) &&
                                         !Prepositions().contains(tokens_[k + 1].lower))))
          break;
      }
    }
    if (direct) return *direct;
    return std::nullopt;
  }

  // The state where a force act ending at `act_last` takes place, named by a
  // place phrase right after it: "an offensive near the southern port of
  // Basra", "attacked across snow-capped peaks of northeastern Iraq", "fighting
  // in Iraqi Kurdistan". A city or territory stands for the country that
  // contains it (places.tsv), a capital for its state; a place with no state
  // ("the mountains of Kurdistan in northern Iraq") lets the phrase go on. The
  // state must be named in the article and not be the actor's own
  // (`actor`); nullopt otherwise. The result spans the place's tokens.
  std::optional<Arg> TheatreTarget(size_t act_last, size_t last, int actor, const Extraction& out) const {
    size_t k = act_last + 1;
    if (k > last || !IsWord(k) || !TheatrePrepositions().contains(tokens_[k].lower)) return std::nullopt;
    for (size_t j = k + 1; j <= last && j <= k + 12; ++j) {
      if (const Arg* a = ArgStartingAt(j)) {
        const Entity& place = out.entities[a->entity];
        if (place.type != EntityType::kLocation) return std::nullopt;
        int state = -1;
        if (IsCountry(place)) {
          state = a->entity;
        } else if (const std::string* country = lex_.CountryOfPlace(place.name)) {
          state = EntityNamed(*country, out);
        } else if (const std::string* seat = lex_.StateOf(place.name, DocumentYear())) {
          state = EntityNamed(*seat, out);
        }
        if (state >= 0) {
          if (ServesState(actor, state, out)) return std::nullopt;
          return Arg{a->first, a->last, state};
        }
        j = a->last;
        continue;
      }
      // Lower-case modifiers, "of" and "in" between: a comma, a clause, a
      // verb or another actor's possession ends the phrase.
      if (!IsWord(j) || IsVerbish(j)) return std::nullopt;
      std::string_view w = tokens_[j].lower;
      if (w == "and" || w == "or" || w == "which" || w == "who" || w == "that" || w == "where" || w == "its" ||
          w == "his" || w == "her" || w == "their" || w == "with")
        return std::nullopt;
    }
    return std::nullopt;
  }

  // An agent named after the noun: "attacks by Iran on Kuwaiti tankers",
  // "a warning from Washington to Tehran" (`from_too`). Sets *after to the
  // agent's last token, where the target's preposition may follow.
  std::optional<Arg> AgentAfter(size_t noun_last, bool from_too, size_t last, size_t* after) const {
    size_t k = noun_last + 1;
    if (k + 1 > last || !IsWord(k) || (tokens_[k].lower_view() != "by" && !(from_too && tokens_[k].lower_view() == "from")))
      return std::nullopt;
    size_t start = k + 1;
    while (start < last && IsWord(start) &&
           (lex_.IsHonorific(tokens_[start].text) || Determiners().contains(tokens_[start].lower)))
      ++start;
    const Arg* a = ArgStartingAt(start);
    if (!a) return std::nullopt;
    *after = a->last;
    return *a;
  }

  // An agent in a "by" phrase closing the noun's phrase: "a warning of
  // sanctions by the U.S.". No clause or punctuation may come between.
  std::optional<Arg> AgentLater(size_t noun_last, size_t last, size_t* after) const {
    for (size_t k = noun_last; k < last && k < noun_last + 7 && IsWord(k); ++k) {
      std::string_view w = tokens_[k].lower;
      if (IsAuxiliary(w) || w == "who" || w == "which" || w == "that") break;
      if (IsWord(k + 1) && tokens_[k + 1].lower_view() == "by") return AgentAfter(k, false, last, after);
    }
    return std::nullopt;
  }

  // "115 mln dlrs in aid", "up to 150 billion yen of credit", "an additional
  // 84 mln dlrs in sanctions": an amount of the act noun phrase starting at
  // `k`. Returns where the amount starts, or `k` when there is none.
  // The same, with units only between the number and the preposition ("300
  // mln dlrs in", not "150 people in"): where the amount starts, or `k`.
  size_t UnitAmountBefore(size_t k, size_t first) const {
    const size_t start = AmountBefore(k, first);
    if (start == k) return k;
    size_t number = k - 1;
    while (number > start && !NumberAt(number - 1) && !tokens_[number - 1].text.starts_with("$") &&
           !tokens_[number - 1].text.starts_with("\xC2\xA3"))
      --number;
    for (size_t t = number; t + 1 < k; ++t)
      if (!AmountUnitAt(t)) return k;
    return start;
  }

  size_t AmountBefore(size_t k, size_t first) const {
    if (k < first + 3 || !IsWord(k - 1) || (tokens_[k - 1].lower_view() != "in" && tokens_[k - 1].lower_view() != "of"))
      return k;
    size_t number = k - 1;
    for (size_t j = k - 2; j + 4 >= k && j >= first; --j) {
      if (NumberAt(j) || tokens_[j].text.starts_with("$") || tokens_[j].text.starts_with("\xC2\xA3")) {
        number = j;
        break;
      }
      if (!IsWord(j) || tokens_[j].capitalized || IsVerbish(j) || j == first) return k;
    }
    if (number == k - 1) return k;
    size_t start = number;
    // ("It has 6.4 billion dlrs of loans to Argentina": a holding.)
    if (start > first && IsWord(start - 1) && IsAuxiliary(tokens_[start - 1].lower)) return k;
    for (int steps = 0; steps < 3 && start > first && IsWord(start - 1); ++steps) {
      std::string_view w = tokens_[start - 1].lower;
      if (w != "about" && w != "around" && w != "nearly" && w != "almost" && w != "some" && w != "over" &&
          w != "roughly" && w != "up" && w != "to" && w != "a" && w != "an" && w != "another" && w != "additional" &&
          w != "further" && w != "extra")
        break;
      --start;
    }
    return start;
  }

  // An act noun that is the object of a light verb: "gave Japan a clear
  // warning", "sent Mr Bush his warmest congratulations", "voiced criticism
  // of China". Returns the verb's index (tokens_.size() if none) and sets
  // *recipient when an actor stands between verb and noun.
  size_t LightVerbBefore(size_t noun_first, size_t first, std::optional<Arg>* recipient) const {
    size_t k = noun_first;
    // The noun's own modifiers, back to its determiner or possessive; an
    // opening quotation mark among them is passed over ("sent Mr Bush his
    // \"warmest congratulations\"").
    bool quote_passed = false;
    while (k > first && k + 5 + (quote_passed ? 1 : 0) > noun_first) {
      if (!quote_passed && tokens_[k - 1].kind == TokenKind::kOpenQuote) {
        quote_passed = true;
        --k;
        continue;
      }
      if (!(IsWord(k - 1) && !tokens_[k - 1].capitalized && !IsActVerb(tokens_[k - 1].lower) &&
            !Prepositions().contains(tokens_[k - 1].lower) &&
            (Determiners().contains(tokens_[k - 1].lower) || !IsVerbish(k - 1))))
        break;
      std::string_view w = tokens_[k - 1].lower;
      --k;
      if (Determiners().contains(w) || w == "his" || w == "her" || w == "its" || w == "their" || w == "our") break;
    }
    k = AmountBefore(k, first);
    if (k > first && !IsActVerb(tokens_[k - 1].lower)) {
      // A recipient: "gave Japan", "handed the Soviet delegation".
      size_t end = k - 1;
      const Arg* a = ArgEndingAt(end);
      // "gave the Japanese delegation", "the Japanese government": the state.
      if (!a && IsWord(end) && !tokens_[end].capitalized && end > first &&
          (lex_.GroupNounType(tokens_[end].lower) || tokens_[end].lower_view() == "government" ||
           tokens_[end].lower_view() == "administration"))
        a = ArgEndingAt(end - 1);
      // ("reiterated the Reagan Administration's opposition": a possessive
      // owns the act; the act is its own, not the subject's.)
      if (!a || Possessive(a->last) || Possessive(end)) return tokens_.size();
      for (size_t t = end + 1; t < noun_first; ++t)
        if (Possessive(t)) return tokens_.size();  // "the Peruvian government's opposition"
      size_t start = a->first;
      // "has written U.S. Trade Representative Clayton Yeutter a letter":
      // titles, the bodies qualifying them, articles and honorifics.
      while (start > first) {
        if (const RoleSpan* role = RoleEndingAt(start - 1)) {
          start = role->first;
        } else if (const Arg* q = ArgEndingAt(start - 1); q && IsQualifier(*q)) {
          start = q->first;
        } else if (IsWord(start - 1) &&
                   (Determiners().contains(tokens_[start - 1].lower) || lex_.IsHonorific(tokens_[start - 1].text))) {
          --start;
        } else {
          break;
        }
      }
      if (start == first || !IsWord(start - 1) || !lex_.IsLightVerb(tokens_[start - 1].lower)) return tokens_.size();
      // "approve the Midwest Exchange request": a name between an article
      // and the noun, with no determiner of the noun's own, modifies it.
      if (end + 1 == noun_first && start < a->first && Determiners().contains(tokens_[start].lower))
        return tokens_.size();
      *recipient = *a;
      return start - 1;
    }
    if (k > first && IsWord(k - 1) && IsActVerb(tokens_[k - 1].lower)) return k - 1;
    // A particle: "stepped up its naval presence", "built up forces".
    if (k > first + 1 && IsWord(k - 1) && tokens_[k - 1].lower_view() == "up" && lex_.IsLightVerb(tokens_[k - 2].lower))
      return k - 2;
    return tokens_.size();
  }

  // A verb that takes an act noun as object, whether the subject does the
  // act ("gave", "voiced") or receives it ("received"), lower case.
  bool IsActVerb(std::string_view lower) const { return lex_.IsLightVerb(lower) || lex_.IsReceivingVerb(lower); }

  // Armed forces moved to a place: "sent more warships to the Gulf",
  // "massed troops along the border" (15, towards the place).
  void FindDeployments(size_t first, size_t last, const std::vector<Arg>& args, Extraction& out) {
    for (size_t i = first; i <= last; ++i) {
      const std::string* lemma = IsWord(i) && !tokens_[i].capitalized ? lex_.DeploymentVerb(tokens_[i].lower) : nullptr;
      if (lemma == nullptr) continue;
      // "troops were sent to": no agent here ("is sending" is no passive).
      if (!tokens_[i].lower.ends_with("ing") && i > first && IsWord(i - 1) &&
          PassiveAuxiliaries().contains(tokens_[i - 1].lower))
        continue;
      // The forces: a military noun after a few modifiers ("more", "two
      // aircraft carriers", "its naval").
      size_t k = i + 1;
      while (k <= last && k < i + 6 && IsWord(k) && !lex_.IsMilitaryNoun(tokens_[k].lower) &&
             !Prepositions().contains(tokens_[k].lower) && !IsVerbish(k))
        ++k;
      if (k > last || !IsWord(k) || !lex_.IsMilitaryNoun(tokens_[k].lower)) continue;
      while (k + 1 <= last && IsWord(k + 1) && lex_.IsMilitaryNoun(tokens_[k + 1].lower)) ++k;
      size_t prep = k + 1;
      if (prep > last || !IsWord(prep)) continue;
      std::string_view p = tokens_[prep].lower;
      if (p != "to" && p != "into" && p != "in" && p != "near" && p != "off" && p != "along" && p != "toward" &&
          p != "towards" && p != "at")
        continue;
      const Arg* place = ActorAfter(prep, args, out);
      // "along the border with Iran", "near the frontier with Syria".
      if (!place && prep + 3 <= last && IsWord(prep + 2) && IsWord(prep + 3) && tokens_[prep + 3].lower_view() == "with" &&
          InClass(WordClass::kBorderNoun, tokens_[prep + 2].lower))
        place = ActorAfter(prep + 3, args, out);
      if (!place || out.entities[place->entity].type != EntityType::kLocation) continue;
      std::vector<Arg> subjects = SubjectsBefore(i, args, out);
      Modality modality = ModalityBefore(i, first);
      for (const Arg& sub : subjects)
        AddTriple(out, sub.entity, place->entity, *lemma, "15", "", modality, std::min(sub.first, i),
                  place->last);
    }
  }

  // Acts named by nouns (data/act_nouns.tsv), which never become EVENT
  // entities: "Gorbachev's offer to Washington" (03), "a threat of
  // sanctions against Japan by the U.S." (13), "voiced criticism of China"
  // (11, the subject's), "was given a clear warning by the U.S." (13 to
  // the subject). No target, no relation: "despite US objections".
  void FindActs(size_t first, size_t last, const std::vector<Arg>& args, Extraction& out) {
    std::vector<std::string_view> words;
    for (size_t i = first; i <= last; ++i) {
      if (!IsWord(i) || (tokens_[i].capitalized && !IsHeadlineLine(i)) || (InsideQuote(i) && !InShortQuote(i)))
        continue;
      words.clear();
      for (size_t k = i; k <= last && k < i + 3 && IsWord(k); ++k) words.push_back(tokens_[k].lower);
      const ActNounInfo* act = nullptr;
      int n = lex_.MatchActNoun(words, &act);
      if (n == 0) continue;
      size_t noun_last = i + n - 1;
      std::vector<std::string_view> links(act->links.begin(), act->links.end());
      std::optional<Arg> agent, target;
      Modality modality = ModalityBefore(i, first);
      size_t after = noun_last;
      bool from_too = std::find(links.begin(), links.end(), "from") == links.end();
      std::optional<Arg> recipient;
      size_t verb = LightVerbBefore(i, first, &recipient);
      if (verb < tokens_.size()) {
        modality = ModalityBefore(verb, first);
        bool passive = verb > first && IsWord(verb - 1) && PassiveAuxiliaries().contains(tokens_[verb - 1].lower);
        std::vector<Arg> subjects = SubjectsBefore(verb, args, out);
        if (passive) {
          // "was given a warning of sanctions by the U.S.": the agent ends the clause.
          agent = AgentLater(noun_last, last, &after);
          if (!subjects.empty()) target = subjects.front();
        } else if (lex_.IsReceivingVerb(tokens_[verb].lower)) {
          // "received a loan from Japan": the giver acts on the subject.
          agent = AgentAfter(noun_last, /*from_too=*/true, last, &after);
          if (!agent) agent = AgentLater(noun_last, last, &after);
          if (agent && !subjects.empty()) target = subjects.front();
          if (!target) agent.reset();
        } else {
          if (!subjects.empty()) agent = subjects.front();
          target = recipient;
        }
      } else {
        agent = NominalAgent(i, first, out);
        if (!agent) agent = AgentAfter(noun_last, from_too, last, &after);
        if (!agent) {
          // "a threat of sanctions against Peru by Chile": the target may come first.
          agent = AgentLater(noun_last, last, &after);
          if (agent) target = NominalTarget(noun_last, links, last, args, out);
        }
      }
      if (agent && !target) target = NominalTarget(after, links, last, args, out);
      // "its support for the aviation expansion plans", "opposition to
      // Labour's plans", "his opposition to the war": judging a policy or
      // another event (OwnedPolicy: the owner takes part in it).
      const bool judgement = act->code == "05" || act->code == "11" || act->code == "12";
      if (agent && judgement && after == noun_last && IsWord(noun_last + 1) &&
          std::find(links.begin(), links.end(), tokens_[noun_last + 1].lower_view()) != links.end()) {
        const EventNoun* policy = nullptr;
        if (target && target->first > noun_last) {
          if ((policy = OwnedPolicy(*target)) != nullptr) {
            TakePart(*target, *policy, first, out);
            distinct_events_.insert(EventEntity(*policy, out));
          }
        } else if (!target) {
          policy = EventNounAt(noun_last + 2, noun_last + 6);
          if (policy && !OnlyModifiersBetween(noun_last + 2, policy->first)) policy = nullptr;
        }
        if (policy) target = Arg{policy->first, policy->last, EventEntity(*policy, out)};
      }
      if (agent && !target) {
        target = DespiteTarget(std::min(agent->first, i), first, args, out);
        // "despite George Bush's refusal", said of the U.S.: no objection to oneself.
        if (target && ServesState(agent->entity, target->entity, out)) target.reset();
      }
      // "stepped up its naval presence in the Gulf": a posture (15) is a
      // state's or its forces'; a bank's "presence in London" is business.
      if (agent && target && act->code == "15" && !PostureActor(*agent, i, out)) agent.reset();
      if (agent && target) {
        // "despite opposition from the US and Japan": every giver after the
        // noun; "good relations with both Iran and Iraq": every target.
        std::vector<Arg> agents = {*agent};
        if (agent->first > noun_last) agents = ObjectsAfter(agent->first, last, args, out);
        if (agents.empty()) agents = {*agent};  // "by Iran's government": a possessive ends the list
        const std::vector<Arg> targets = CoordinatedAfter(*target, noun_last, last, args, out);
        for (const Arg& a : agents)
          for (const Arg& t : targets)
            AddTriple(out, a.entity, t.entity, act->noun, act->code, "", modality, std::min({a.first, t.first, i}),
                      std::max({t.last, a.last, noun_last}));
      }
      i = noun_last;
    }
  }

  // A noun's target and the names coordinated with it ("good relations
  // with both Iran and Iraq"), when it is named after the noun ending at
  // `noun_last`; else the target alone.
  std::vector<Arg> CoordinatedAfter(const Arg& target, size_t noun_last, size_t last, const std::vector<Arg>& args,
                                    const Extraction& out) {
    if (target.first <= noun_last) return {target};
    std::vector<Arg> targets = ObjectsAfter(target.first, last, args, out);
    if (targets.empty() || targets.front().entity != target.entity) return {target};
    return targets;
  }

  // "delivered a speech to Labour's spring conference", "in his speech on
  // Tuesday at the annual meeting", "an address to the summit from X": the
  // speaker takes part in the meeting (an event of meeting, code 04) named
  // right after "at" or "to". Not in a body ("a speech to the Commons"),
  // nor in one's own news conference.
  void FindSpeechesAtMeetings(size_t first, size_t last, const std::vector<Arg>& args, Extraction& out) {
    for (size_t i = first; i <= last; ++i) {
      if (!IsWord(i) || tokens_[i].capitalized || InsideQuote(i) || !InClass(WordClass::kSpeechNoun, tokens_[i].lower))
        continue;
      size_t link = i + 1;
      if (IsWord(link) && tokens_[link].lower_view() == "on" && IsWord(link + 1) &&
          InClass(WordClass::kTimeWord, tokens_[link + 1].lower))
        link += 2;
      if (link > last || !IsWord(link) || (tokens_[link].lower_view() != "at" && tokens_[link].lower_view() != "to"))
        continue;
      // The meeting heads a short noun phrase: "the bank's 20th annual
      // meeting", "the Conservative Party Conference".
      const EventNoun* meeting = nullptr;
      for (size_t k = link + 1; k <= last && k <= link + 6 && IsWord(k); ++k) {
        if (event_start_[k] >= 0) {
          if (events_[event_start_[k]].code == "04") meeting = &events_[event_start_[k]];
          break;
        }
        if (!tokens_[k].capitalized && IsVerbish(k)) break;
      }
      if (!meeting || InClass(WordClass::kAddressingVerb, meeting->noun)) continue;
      std::optional<Arg> agent;
      std::optional<Arg> recipient;
      const size_t verb = LightVerbBefore(i, first, &recipient);
      if (verb < tokens_.size()) {
        std::vector<Arg> subjects = SubjectsBefore(verb, args, out);
        if (!subjects.empty()) agent = subjects.front();
      } else if (const size_t owner = i - 1; i > first && IsWord(owner) &&
                 (tokens_[owner].lower_view() == "his" || tokens_[owner].lower_view() == "her")) {
        // "In his speech at the conference, Mr Blair said": the subject
        // after the phrase; else whom "his" refers to.
        if (owner == first + 1 && tokens_[first].lower_view() == "in") {
          for (size_t k = meeting->last + 1; k <= last && !agent; ++k) {
            if (tokens_[k].text != ",") continue;
            if (const Arg* a = ArgStartingAt(k + 1); a && out.entities[a->entity].type == EntityType::kPerson)
              agent = *a;
            break;
          }
        }
        if (!agent) agent = ResolvePronoun(owner, /*person=*/true, out);
      } else {
        agent = NominalAgent(i, first, out);
      }
      size_t after = meeting->last;
      if (!agent) {
        agent = AgentAfter(meeting->last, /*from_too=*/true, last, &after);
        // ("from Iraqi interim leader Iyad Allawi": the person the state's
        // word and the title describe.)
        const size_t described = agent ? agent->last : last;
        for (size_t k = described + 1; k <= last && k <= described + 4 && IsWord(k); ++k) {
          if (const Arg* a = ArgStartingAt(k); a && out.entities[a->entity].type == EntityType::kPerson) {
            agent = *a;
            break;
          }
        }
      }
      if (!agent || out.entities[agent->entity].type == EntityType::kEvent) continue;
      AddTriple(out, agent->entity, EventEntity(*meeting, out), std::string(tokens_[i].lower),
                std::string(kParticipationCode), "", ModalityBefore(verb < tokens_.size() ? verb : i, first),
                std::min(agent->first, i), std::max(agent->last, meeting->last));
    }
  }

  // "Lord Rennard told reporters at the party conference", "Unveiling the
  // slogan at the party's spring conference, Mr Kennedy said": whoever acts
  // at a meeting (an event of meeting, code 04, named right after "at" and
  // its modifiers) takes part in it; the actor is the subject of the
  // nearest verb of saying before "at" in the clause, or the one after a
  // fronted participle's clause. Not a visit (a news conference is coded
  // 01, no meeting).
  void FindActsAtGatherings(size_t first, size_t last, const std::vector<Arg>& args, Extraction& out) {
    for (int e : sentence_events_[tokens_[first].sentence]) {
      const EventNoun& ev = events_[e];
      if (ev.code != "04" || InClass(WordClass::kVisitNoun, ev.noun) || InsideQuote(ev.first)) continue;
      // "at the party's spring conference": back past modifiers and an owner.
      size_t at = ev.first;
      for (int n = 0; n < 5 && at > first; ++n) {
        const size_t k = at - 1;
        if (IsWord(k) && tokens_[k].lower_view() == "at") break;
        if (const Arg* owner = ArgEndingAt(k); owner && Possessive(owner->last) && owner->first > first) {
          at = owner->first;
          continue;
        }
        if (!IsWord(k) || IsVerbish(k) || Prepositions().contains(tokens_[k].lower)) break;
        at = k;
      }
      if (at <= first + 1 || !IsWord(at - 1) || tokens_[at - 1].lower_view() != "at") continue;
      // The verb: the nearest before "at", past its objects, in the clause.
      size_t verb = tokens_.size();
      for (size_t k = at - 1; k-- > first && k + 9 > at;) {
        if (!IsWord(k)) break;
        const std::string_view w = tokens_[k].lower_view();
        if (w == "that" || w == "which" || w == "who" || w == "and" || Subordinators().contains(tokens_[k].lower)) break;
        if (tokens_[k].capitalized && k != first) continue;
        if (IsVerbish(k) || w.ends_with("ed") || (w.ends_with("ing") && k == first) ||
            InClass(WordClass::kPastTenseVerb, tokens_[k].lower)) {
          verb = k;
          break;
        }
      }
      // (Only a verb of saying, or a fronted participle: "died of a heart
      // attack at a business meeting", "shareholders approved the merger at
      // a special meeting" say nothing of who attended.)
      if (verb == tokens_.size() || tokens_[verb].capitalized != (verb == first) ||
          !(lex_.IsSpeechVerb(tokens_[verb].lower) || (verb == first && tokens_[verb].lower.ends_with("ing"))))
        continue;
      // ("X said the committee at today's meeting decided": past a verb of
      // saying other than telling, words before "at" open the clause said,
      // whose subject was there.)
      // (A verb of telling takes a short object first, "told reporters at",
      // but no clause: "told reporters Chile's delegates at the summit".)
      if (verb != first) {
        const bool telling = InClass(WordClass::kTellingVerb, tokens_[verb].lower);
        bool clause = telling && at > verb + 5;
        for (size_t k = verb + 1; k + 1 < at && !clause; ++k)
          clause = !IsWord(k) || (telling ? Possessive(k) : !IsAdverb(tokens_[k].lower));
        if (clause) continue;
      }
      std::vector<Arg> agents;
      if (verb == first && tokens_[verb].lower.ends_with("ing")) {
        if (const Arg* a = SubjectAfterClause(ev.last + 1, last)) agents.push_back(*a);
        // ("Unveiling the slogan at the party's spring conference, he said".)
        for (size_t c = ev.last + 1; agents.empty() && c < last; ++c) {
          if (tokens_[c].text != ",") continue;
          if (HeOrSheAt(c + 1))
            if (auto a = ResolvePronoun(c + 1, /*person=*/true, out)) agents.push_back(*a);
          break;
        }
      } else {
        agents = SubjectsBefore(verb, args, out);  // "Jon Eide and Ana Ruiz said at the meeting"
      }
      for (const Arg& agent : agents) {
        if (out.entities[agent.entity].type == EntityType::kEvent || out.entities[agent.entity].generic) continue;
        AddTriple(out, agent.entity, EventEntity(ev, out), ev.noun, std::string(kParticipationCode), "",
                  ModalityBefore(verb, first), std::min(agent.first, verb), std::max(agent.last, ev.last));
      }
    }
  }

  // Can `agent` hold a military posture named by the act noun at `noun`: a
  // country, armed forces ("the U.S. Navy"), or any actor when the noun is
  // led by a word for forces ("its military presence")?
  bool PostureActor(const Arg& agent, size_t noun, const Extraction& out) const {
    const Entity& e = out.entities[agent.entity];
    if (IsCountry(e)) return true;
    const size_t space = e.name.rfind(' ');
    if (lex_.IsMilitaryNoun(AsciiLower(space == std::string::npos ? e.name : e.name.substr(space + 1)))) return true;
    return noun > 0 && IsWord(noun - 1) && lex_.IsMilitaryNoun(tokens_[noun - 1].lower);
  }

  // Is the word at `k` alone an event verb form ("met", "attacked")?
  bool IsEventVerbWord(size_t k) const { return EventVerbAt(k, 1).has_value(); }

  // Is an act of force (19) by the verb `lemma` an attack in words when
  // said of people or bodies (`verbal_attack_verb`: "attacked", "hit out at")?
  bool VerbalAttack(std::string_view code, std::string_view lemma) const {
    return code == "19" && InClass(WordClass::kVerbalAttackVerb, lemma);
  }

  // The event verb (data/event_verbs.tsv) of at most `max_words` words that
  // starts at `k`, if any.
  std::optional<VerbInfo> EventVerbAt(size_t k, size_t max_words) const {
    std::string_view words[4];
    size_t n = 0;
    for (; n < std::min<size_t>(max_words, 4) && IsWord(k + n) && SameSentence(k, k + n); ++n) words[n] = tokens_[k + n].lower;
    VerbInfo info;
    if (n == 0 || lex_.MatchEventVerb(std::span<const std::string_view>(words, n), &info) == 0) return std::nullopt;
    return info;
  }

  // An actor glued to a participle of support modifies what follows: "the
  // Iranian-backed Hezbollah", "U.S.-backed rebels". (Not "-led": a
  // "Saudi-led coalition" acts as its leader; nor "Kuwaiti-owned" or
  // "Kuwaiti-connected" vessels, which are Kuwait's.)
  // A place's name (not its demonym) or an event noun used as a noun
  // modifier: "Iraq advice", "war advice claim"; not "Iraq government".
  // (A state's abbreviation is used as its demonym: "the U.S. proposal",
  // "UK plans" are the state's; not its money: "support the U.S. dollar".)
  bool TopicModifier(const Arg& a, const Extraction& out) const {
    if (Possessive(a.last) || !Attributive(a) || lex_.GroupNounType(tokens_[a.last + 1].lower) ||
        InClass(WordClass::kLeaderGovernmentNoun, tokens_[a.last + 1].lower))
      return false;
    if (out.entities[a.entity].type == EntityType::kEvent) return true;
    if (out.entities[a.entity].type != EntityType::kLocation) return false;
    if (a.first == a.last && tokens_[a.first].all_caps && !IsHeadlineLine(a.first) &&
        (tokens_[a.first].text.find('.') != std::string::npos || tokens_[a.first].text.size() <= 3)) {
      const std::string& noun = tokens_[a.last + 1].lower;
      return noun == "dollar" || noun == "currency" || InClass(WordClass::kAmountUnit, noun);
    }
    PhraseInfo info;
    return MatchLexicon(a.first, a.last + 1, &info) == static_cast<int>(a.last + 1 - a.first) &&
           info.kind != PhraseKind::kDemonym;
  }

  bool CompoundModifier(const Arg& a) const {
    size_t k = a.last + 1;
    return k + 1 < tokens_.size() && tokens_[k].text == "-" && tokens_[k].span.begin == tokens_[a.last].span.end &&
           IsWord(k + 1) && !tokens_[k + 1].capitalized &&
           InClass(WordClass::kBackingParticiple, tokens_[k + 1].lower);
  }

  // A news medium by the lexicon, or by a media word opening or closing its
  // name ("Daily Telegraph", "Greater Manchester Radio").
  bool NewsMediumName(const Entity& e) const {
    if (lex_.IsNewsMedium(e.name)) return true;
    if (e.type != EntityType::kOrganization) return false;
    std::string_view name = e.name;
    size_t space = name.find(' ');
    if (space == std::string_view::npos) return false;
    // "BBC Wales", "BBC Radio Scotland": a medium's service for a place.
    if (lex_.IsNewsMedium(std::string(name.substr(0, space))) ||
        lex_.IsNewsMedium(std::string(name.substr(0, name.rfind(' ')))))
      return true;
    return lex_.IsMediaNoun(AsciiLower(name.substr(0, space))) ||
           lex_.IsMediaNoun(AsciiLower(name.substr(name.rfind(' ') + 1)));
  }

  // Does a media noun follow the name ending at `last`, past at most one
  // word ("The Herald daily newspaper", "the Scotsman newspaper")?
  bool MediaNounAfter(size_t last) const {
    // ("the House of Commons daily question period": "daily" qualifies.)
    for (size_t k = last + 1; k <= last + 2 && IsWord(k) && !tokens_[k].capitalized; ++k)
      if (lex_.IsMediaNoun(tokens_[k].lower) && tokens_[k].lower_view() != "daily" && tokens_[k].lower_view() != "weekly")
        return true;
    return false;
  }

  // A word opening a contrasting clause with its own speaker and subject:
  // "X said ..., while Labour criticised ...".
  bool IsContrastWord(size_t k) const {
    return IsWord(k) && ContrastWords().contains(tokens_[k].lower);
  }

  // The speaker of a clause that "but" at `k` opens with a subject of its
  // own, an actor or an unnamed group, and a verb of saying or of a view
  // held, before token `end` ("but critics fear", "but Labour says"): the
  // subject's entity (GroupEntity for a group); nullopt when there is no
  // such clause.
  std::optional<int> ButClauseSpeaker(size_t k, size_t end, Extraction& out) {
    if (!IsWord(k) || tokens_[k].lower_view() != "but") return std::nullopt;
    const Arg* a = ArgStartingAt(k + 1);
    const std::optional<std::pair<size_t, size_t>> group = a ? std::nullopt : GroupStartingAt(k + 1);
    if ((a && out.entities[a->entity].type == EntityType::kEvent) || (!a && !group)) return std::nullopt;
    const size_t after = a ? a->last + 1 : group->second + 1;
    if (after >= end || !IsWord(after) || tokens_[after].capitalized) return std::nullopt;
    // (Only a verb of saying or of a view held: in "said the policies were
    // welcomed, but Poles were caught in a \"vicious circle\"" the speaker
    // still speaks.)
    if (!lex_.IsSpeechVerb(tokens_[after].lower) && !InClass(WordClass::kAttitudeVerb, tokens_[after].lower))
      return std::nullopt;
    return a ? a->entity : GroupEntity(*group, out);
  }

  // A preposition that also opens a clause: "after Mr Blair told ...".
  bool ClauseOpener(size_t k) const {
    return k < tokens_.size() && IsWord(k) && ClauseOpeners().contains(tokens_[k].lower);
  }

  // "a spokesman for UKIP", "a spokeswoman of the ministry": the
  // organisation speaks and acts through its spokesperson; "an aide to
  // Chirac": the one served through the aide.
  // The person an aide noun at `noun` serves ("an aide to Chirac", "a
  // senior adviser to Tom Foley"); -1 if none.
  int PersonServedBy(size_t noun, const Extraction& out) const {
    const size_t to = noun + 1;
    if (!IsWord(noun) || !InClass(WordClass::kAideNoun, tokens_[noun].lower) || !IsWord(to) ||
        tokens_[to].lower_view() != "to" || !SameSentence(noun, to))
      return -1;
    const Arg* served = ArgStartingAt(to + 1);
    return served && out.entities[served->entity].type == EntityType::kPerson ? served->entity : -1;
  }

  bool SpokespersonFor(const Arg& a) const {
    // (Not an owner: in "the national executive of Brazil's union" the
    // union is spoken for.)
    if (Possessive(a.last)) return false;
    size_t k = a.first;
    while (k > 0 && IsWord(k - 1) && tokens_[k - 1].lower_view() == "the") --k;
    if (k < 2 || !IsWord(k - 1)) return false;
    std::string_view link = tokens_[k - 1].lower_view();
    std::string_view noun = IsWord(k - 2) ? tokens_[k - 2].lower_view() : std::string_view();
    if (link == "to") return InClass(WordClass::kAideNoun, noun);
    return (link == "for" || link == "of") && InClass(WordClass::kSpokespersonNoun, noun);
  }

  // An "it" that only holds a place: "it is easy to agree", "it was clear
  // that", "it would be wrong to".
  bool ExpletiveIt(size_t k) const {
    if (!IsWord(k) || tokens_[k].lower_view() != "it") return false;
    // "made it hard to criticise him", "found it impossible to": no copula.
    if (k > 0 && IsWord(k - 1) && InClass(WordClass::kExpletiveObjectVerb, tokens_[k - 1].lower)) {
      size_t adjective = k + 1;
      while (adjective < tokens_.size() && IsWord(adjective) && IsAdverb(tokens_[adjective].lower)) ++adjective;
      if (adjective + 1 < tokens_.size() && IsWord(adjective) && IsWord(adjective + 1) &&
          tokens_[adjective + 1].lower_view() == "to" && InClass(WordClass::kExpletiveAdjective, tokens_[adjective].lower))
        return true;
    }
    size_t j = k + 1;
    while (j < tokens_.size() && IsWord(j) && (Modals().contains(tokens_[j].lower) || IsNegator(tokens_[j].lower))) ++j;
    // "it would have been safer to".
    if (j + 1 < tokens_.size() && IsWord(j) && IsWord(j + 1) &&
        (tokens_[j].lower_view() == "have" || tokens_[j].lower_view() == "has" || tokens_[j].lower_view() == "had") &&
        tokens_[j + 1].lower_view() == "been")
      j += 1;
    if (j >= tokens_.size() || !IsWord(j)) return false;
    std::string_view be = tokens_[j].lower;
    if (!InClass(WordClass::kExpletiveCopula, be) && be != "been") return false;
    size_t adjective = j + 1;
    while (adjective < tokens_.size() && IsWord(adjective) && IsAdverb(tokens_[adjective].lower)) ++adjective;
    if (adjective + 1 >= tokens_.size() || !IsWord(adjective) || tokens_[adjective].capitalized) return false;
    std::string_view next = tokens_[adjective + 1].lower;
    return IsWord(adjective + 1) && (next == "to" || next == "that") &&
           InClass(WordClass::kExpletiveAdjective, tokens_[adjective].lower);
  }

  // "Iran's war enemy Iraq": two states at war fight each other (19 both ways).
  void FindWarEnemies(size_t first, size_t last, Extraction& out) {
    for (size_t i = first + 2; i + 1 <= last; ++i) {
      if (!IsWord(i) || !InClass(WordClass::kEnemyNoun, tokens_[i].lower)) continue;
      if (!IsWord(i - 1) || tokens_[i - 1].lower_view() != "war") continue;
      const Arg* owner = ArgEndingAt(i - 2);
      const Arg* enemy = ArgStartingAt(i + 1);
      if (!owner || !enemy || !Possessive(owner->last)) continue;
      AddTriple(out, owner->entity, enemy->entity, "war", "19", "", Modality::kAsserted, owner->first, enemy->last);
      AddTriple(out, enemy->entity, owner->entity, "war", "19", "", Modality::kAsserted, owner->first, enemy->last);
    }
  }

  // The actor an objection is raised against when the objection is a
  // "despite" adjunct: "The EU will lift the ban despite U.S. objections"
  // (the EU). `phrase_first` is the first token of the objection's phrase
  // (its owner or its noun); nullopt when no "despite" governs it.
  std::optional<Arg> DespiteTarget(size_t phrase_first, size_t first, const std::vector<Arg>& args,
                                   const Extraction& out) const {
    size_t d = phrase_first;
    // Determiners and lower-case modifiers: "despite strong U.S. objections".
    for (int n = 0; n < 3 && d > first && IsWord(d - 1) && !tokens_[d - 1].capitalized &&
                    tokens_[d - 1].lower_view() != "despite" && !IsVerbish(d - 1) &&
                    !Prepositions().contains(tokens_[d - 1].lower);
         ++n)
      --d;
    if (d == first || !IsWord(d - 1) || tokens_[d - 1].lower_view() != "despite") return std::nullopt;
    // The subject of the clause's verb: in "Iran attacked Iraq despite U.S.
    // objections" Iraq is attacked, Iran objected to.
    size_t verb = d - 1;
    while (verb > first && verb + 30 > d && !(IsVerbish(verb - 1) && !tokens_[verb - 1].capitalized)) {
      if (!IsWord(verb - 1) && tokens_[verb - 1].text != ",") break;
      --verb;
    }
    if (verb == first || !IsVerbish(verb - 1)) return std::nullopt;
    std::vector<Arg> subjects = SubjectsBefore(verb - 1, args, out);
    if (subjects.empty()) return std::nullopt;
    return subjects.front();
  }

  void FindNominalEvents(int s, size_t first, size_t last, const std::vector<Arg>& args, Extraction& out) {
    for (int e : sentence_events_[s]) {
      const EventNoun& ev = events_[e];
      // "the threatened trade war between the United States and Japan",
      // "a takeover battle": no one fights.
      if (IsViolent(ev.code) && ev.first > first && IsWord(ev.first - 1) &&
          InClass(WordClass::kEconomicConflictModifier, tokens_[ev.first - 1].lower))
        continue;
      std::optional<Arg> agent = NominalAgent(ev.first, first, out);
      // "South Africa's new debt agreement", "Labour's conference": the
      // owner of a meeting or an agreement takes part in it, unless a partner
      // is named ("Chile's talks with Peru" are read as a meeting).
      const bool owner = agent && OwnsEvent(*agent, ev, last, out);
      if (ev.code.empty() || ev.code == "04" || ev.code == "01") {
        // (A visit is coded as a meeting with its host, where one is named,
        // and is no event of its own: "Carlsson's one-week visit".)
        if (owner && ev.code == "04" && !InClass(WordClass::kVisitNoun, ev.noun)) TakePart(*agent, ev, first, out);
        continue;
      }
      size_t link = ev.last + 1;
      // "war between Iran and Iraq": mutual fighting or cooperation; a
      // ceasefire between two sides is no yielding of one to the other.
      if (link <= last && IsWord(link) && tokens_[link].lower_view() == "between") {
        int quad = QuadClass(ev.code);
        if (quad != 4 && ev.code != "05" && ev.code != "06") continue;
        std::vector<Arg> parties = ObjectsAfter(link + 1, last, args, out);
        // "between" takes two: in "the war between Iran and Iraq continued"
        // the name after "and" is the second party, not a clause's subject.
        if (parties.size() == 1 && IsWord(parties[0].last + 1) && tokens_[parties[0].last + 1].lower_view() == "and") {
          const Arg* second = ArgStartingAt(parties[0].last + 2);
          if (!second && IsWord(parties[0].last + 2) && tokens_[parties[0].last + 2].lower_view() == "the")
            second = ArgStartingAt(parties[0].last + 3);
          if (second && second->last <= last && out.entities[second->entity].type != EntityType::kEvent)
            parties.push_back(*second);
        }
        for (size_t a = 0; a < parties.size(); ++a)
          for (size_t b = 0; b < parties.size(); ++b)
            if (a != b)
              AddTriple(out, parties[a].entity, parties[b].entity, ev.noun, ev.code, "", Modality::kAsserted,
                        ev.first, parties.back().last);
        continue;
      }
      size_t after = ev.last;
      std::optional<Arg> target;
      if (!agent) {
        // "got food aid from the U.S.": the giver acts on the subject (a
        // receiving verb that is an event verb was read with the verbs).
        std::optional<Arg> recipient;
        size_t verb = LightVerbBefore(ev.first, first, &recipient);
        if (verb < tokens_.size() && lex_.IsReceivingVerb(tokens_[verb].lower)) {
          std::vector<Arg> subjects = SubjectsBefore(verb, args, out);
          if (!IsEventVerbWord(verb) && !subjects.empty()) {
            agent = AgentAfter(ev.last, /*from_too=*/true, last, &after);
            if (agent) target = subjects.front();
          }
        } else if (verb < tokens_.size() && !IsEventVerbWord(verb) && !IsAuxiliary(tokens_[verb].lower) &&
                   !(verb > first && IsWord(verb - 1) && PassiveAuxiliaries().contains(tokens_[verb - 1].lower) &&
                     !tokens_[verb].lower.ends_with("ing"))) {
          // "gave Egypt 115 mln dlrs in aid", "extended credit to Peru": the
          // subject of a light verb gives it. (Not "has loans to Brazil": a
          // holding, no act.)
          std::vector<Arg> subjects = SubjectsBefore(verb, args, out);
          if (!subjects.empty() && out.entities[subjects.front().entity].type != EntityType::kEvent) {
            agent = subjects.front();
            target = recipient;
          }
        }
      }
      if (!agent) agent = AgentAfter(ev.last, /*from_too=*/false, last, &after);
      if (!agent) continue;
      // The target: the first actor after the preposition, qualifiers
      // included ("an Iranian oil platform" is Iran's).
      if (!target) target = NominalTarget(after, EventLinks(ev), last, args, out);
      if (!target) target = TargetOfPhrase(std::min(agent->first, ev.first), first, args, out);
      // "Iran's offensive in northeast Iraq".
      if (!target && IsViolent(ev.code)) target = TheatreTarget(after, last, agent->entity, out);
      if (!target) {
        // "strike action by the PCS", "the PCS strike": those who protest
        // take part in the protest (14) even with no target named.
        const Entity& by = out.entities[agent->entity];
        // (An organisation's: "the Paris strike" is a strike there, a
        // player's "strike" a goal, a market's "rally" no protest.)
        const bool protester = ev.code == "14" && InClass(WordClass::kProtestNoun, ev.noun) && !by.generic &&
                               by.type == EntityType::kOrganization;
        if ((owner && (ev.code == "05" || ev.code == "08")) || protester) TakePart(*agent, ev, first, out);
        continue;
      }
      Modality modality = ModalityBefore(ev.first, first);
      size_t from = std::min({agent->first, ev.first, target->first});
      size_t to = std::max({target->last, agent->last, ev.last});
      // "the EC trade agreements with Tunisia, Egypt and Jordan": every
      // target coordinated after the noun.
      const std::vector<Arg> targets = CoordinatedAfter(*target, ev.last, last, args, out);
      for (size_t n = 0; n < targets.size(); ++n) {
        const Arg& t = targets[n];
        // (Not a later name that owns what follows: "Iraq's war with Iran
        // and Kuwait's role in it".)
        if (n > 0 && (out.entities[t.entity].type == EntityType::kEvent || t.entity == agent->entity ||
                      Possessive(t.last)))
          continue;
        to = std::max(to, t.last);
        // "the U.S. strike against Iran": a state's strike on a state is
        // force, not a walkout (military_only_verb also names such nouns).
        const std::string code = ev.code == "14" && InClass(WordClass::kMilitaryOnlyVerb, ev.noun) &&
                                         IsCountry(out.entities[agent->entity]) && IsCountry(out.entities[t.entity])
                                     ? std::string("19")
                                     : ev.code;
        AddTriple(out, agent->entity, t.entity, ev.noun, code, "", modality, from, to);
        // "Iran's war with Iraq", "a clash with Chile": fighting with
        // someone is fighting on both sides (not "her ban with the court").
        if (IsWord(after + 1) && tokens_[after + 1].lower_view() == "with" && IsViolent(ev.code))
          AddTriple(out, t.entity, agent->entity, ev.noun, ev.code, "", modality, from, to);
      }
    }
  }

  // Is `agent` the possessive owner of the event `ev` (an actor, not a city),
  // with no partner named after the event (by "with" or "between")?
  bool OwnsEvent(const Arg& agent, const EventNoun& ev, size_t last, const Extraction& out) const {
    if (!Possessive(agent.last) || ev.first <= agent.last) return false;
    const Entity& e = out.entities[agent.entity];
    if (e.generic || e.type == EntityType::kEvent || (e.type == EntityType::kLocation && !IsCountry(e))) return false;
    size_t link = ev.last + 1;
    return !(link <= last && IsWord(link) &&
             (tokens_[link].lower_view() == "with" || tokens_[link].lower_view() == "between"));
  }

  // The gathering (a gathering_noun event) that a verb of attending at
  // `verb` refers to when it names none: the last one named before it in its
  // sentence or the four before; nullptr if none.
  const EventNoun* ImplicitGathering(size_t verb) const {
    const int s = tokens_[verb].sentence;
    for (int t = s; t >= 0 && t >= s - 4; --t) {
      const std::vector<int>& named = sentence_events_[t];
      for (auto it = named.rbegin(); it != named.rend(); ++it) {
        const EventNoun& ev = events_[*it];
        if (ev.last < verb && InClass(WordClass::kGatheringNoun, ev.noun)) return &ev;
      }
    }
    return nullptr;
  }

  // "Tony Blair will attend", "Also due to attend are X and Y", "X will
  // represent the UK", "Madrid is being represented by Y": with no gathering
  // named after the verb (attending_form), the subject, and the state or
  // body a person represents, take part in the one the story has just named.
  void FindImplicitParticipation(size_t first, size_t last, const std::vector<Arg>& args, Extraction& out) {
    for (size_t i = first; i <= last; ++i) {
      if (!IsWord(i) || tokens_[i].capitalized || InsideQuote(i) || !InClass(WordClass::kAttendingForm, tokens_[i].lower))
        continue;
      if (EventNounAt(i + 1, std::min(i + 4, last))) continue;  // "attend the summit": read with the verbs
      const EventNoun* gathering = ImplicitGathering(i);
      if (!gathering) continue;
      const bool represent = tokens_[i].lower_view().starts_with("represent");
      // ("Argentina, representing ...", "which represents 15 pct": another sense.)
      if (represent && tokens_[i].lower.ends_with("ing")) continue;
      const bool passive = i > first && IsWord(i - 1) && PassiveAuxiliaries().contains(tokens_[i - 1].lower);
      std::vector<Arg> agents, represented;
      if (passive) {
        if (!represent || !IsWord(i + 1) || tokens_[i + 1].lower_view() != "by") continue;
        agents = ObjectsAfter(i + 2, last, args, out);
        represented = SubjectsBefore(i, args, out);
      } else {
        agents = SubjectsBefore(i, args, out);
        std::vector<Arg> after = ObjectsAfter(i + 1, last, args, out);
        // "Also due to attend are X, Y and Z": the subject follows.
        if (agents.empty() && !represent && IsWord(i + 1) &&
            (tokens_[i + 1].lower_view() == "are" || tokens_[i + 1].lower_view() == "is"))
          agents = ObjectsAfter(i + 2, last, args, out);
        else if (represent) {
          // A person represents a state or a body named right after the verb.
          size_t k = i + 1;
          if (IsWord(k) && tokens_[k].lower_view() == "the") ++k;
          if (after.empty() || after.front().first != k) continue;
          // ("represent the British citizens living on the Rock": people.)
          if (!Attributive(after.front())) represented = after;
        }
        else if (!after.empty() || (IsWord(i + 1) && !IsAdverb(tokens_[i + 1].lower) &&
                                    !AdjunctPrepositions().contains(tokens_[i + 1].lower) &&
                                    !InClass(WordClass::kTimeWord, tokens_[i + 1].lower)))
          continue;  // "attended Eton", "attend his funeral": something else attended
      }
      const Modality modality = ModalityBefore(i, first);
      const int event = EventEntity(*gathering, out);
      auto takes_part = [&](const Arg& a, bool state_or_body) {
        const Entity& e = out.entities[a.entity];
        if (e.type == EntityType::kEvent || e.generic || (e.type == EntityType::kLocation && !IsCountry(e))) return;
        if (state_or_body && e.type == EntityType::kPerson) return;
        AddTriple(out, a.entity, event, tokens_[i].lower, std::string(kParticipationCode), "", modality,
                  std::min(a.first, i), std::max(a.last, i));
      };
      if (represent)
        std::erase_if(agents, [&](const Arg& a) { return out.entities[a.entity].type != EntityType::kPerson; });
      for (const Arg& a : agents) takes_part(a, false);
      if (!agents.empty())
        for (const Arg& a : represented) takes_part(a, true);
    }
  }

  void TakePart(const Arg& agent, const EventNoun& ev, size_t first, Extraction& out) {
    AddTriple(out, agent.entity, EventEntity(ev, out), ev.noun, std::string(kParticipationCode), "",
              ModalityBefore(ev.first, first), agent.first, ev.last);
  }

  // The patient of "X, regular targets of Iranian attacks" or "its ships
  // have become the target of Iraqi attacks", where the act's phrase starts
  // at `phrase_first`.
  std::optional<Arg> TargetOfPhrase(size_t phrase_first, size_t first, const std::vector<Arg>& args,
                                    const Extraction& out) const {
    size_t k = phrase_first;
    if (k < first + 2 || !IsWord(k - 1) || (tokens_[k - 1].lower_view() != "of" && tokens_[k - 1].lower_view() != "for")) return std::nullopt;
    k -= 1;
    if (!IsWord(k - 1) || (tokens_[k - 1].lower_view() != "target" && tokens_[k - 1].lower_view() != "targets")) return std::nullopt;
    k -= 1;
    // "the", "a frequent", "regular", "increasingly the".
    for (int n = 0; n < 3 && k > first && IsWord(k - 1) && !tokens_[k - 1].capitalized && !IsVerbish(k - 1); ++n) --k;
    if (k == first) return std::nullopt;
    if (tokens_[k - 1].text == ",") {
      // The noun phrase before the comma: "Kuwaiti tankers", "the Kuwaiti oil tanker".
      for (size_t e = k - 1; e-- > first && e + 4 > k - 1;) {
        if (const Arg* a = ArgEndingAt(e)) return *a;
        if (!IsWord(e) || tokens_[e].capitalized || IsVerbish(e)) break;
      }
      return std::nullopt;
    }
    if (IsVerbish(k - 1) || InClass(WordClass::kLinkingVerb, tokens_[k - 1].lower)) {
      // The subject right before the verb: "Kuwaiti tankers have been",
      // "its ships have increasingly been".
      const size_t j = VerbGroupStart(k - 1, first);
      if (j > first && (ArgEndingAt(j - 1) != nullptr)) return *ArgEndingAt(j - 1);
      if (j > first + 1 && IsWord(j - 1) && !tokens_[j - 1].capitalized) {
        if (const Arg* a = ArgEndingAt(j - 2)) return *a;
        if (auto p = PossessiveArg(j - 2, out)) return p;
      }
    }
    return std::nullopt;
  }

  // Prepositions naming the target of an event noun: "attacks on", "war
  // against", "aid to", "a clash with"; a withdrawal is from somewhere.
  static std::vector<std::string_view> EventLinks(const EventNoun& ev) {
    std::vector<std::string_view> links = {"on", "against", "to", "with", "of", "for"};
    if (ev.code == "08") links.push_back("from");
    if (ev.code == "09") links.push_back("into");  // "an inquiry into Tarsun Corp"
    return links;
  }

  static bool EventLinkedBy(const EventNoun& ev, std::string_view preposition) {
    const std::vector<std::string_view> links = EventLinks(ev);
    return std::ranges::find(links, preposition) != links.end();
  }

  // The actor opening the main clause after a fronted one ("Before visiting
  // Israel, Mr Blair ..."): the name right after the first comma at or after
  // `from`, honorifics skipped, and past a demonym and a title the one they
  // describe ("In opening the meeting, Nicaraguan President Daniel Ortega
  // said"); nullptr when there is none.
  const Arg* SubjectAfterClause(size_t from, size_t last) const {
    for (size_t c = from; c < last; ++c) {
      if (tokens_[c].text != ",") continue;
      const Arg* a = ArgStartingAt(PastHonorificsForward(c + 1));
      if (a && IsQualifier(*a)) {
        size_t k = a->last + 1;
        while (k < last && IsWord(k) && (InRole(k) || lex_.IsHonorific(tokens_[k].text))) ++k;
        if (const Arg* named = k > a->last + 1 ? ArgStartingAt(k) : nullptr) return named;
      }
      return a;
    }
    return nullptr;
  }

  // Is token `k` (after "to", if any) a bare event verb: "block" in
  // "helped block the plans"?
  bool HelpsAnAct(size_t k, size_t last) const {
    if (k <= last && IsWord(k) && tokens_[k].lower_view() == "to") ++k;
    if (k > last || !IsWord(k) || tokens_[k].capitalized) return false;
    std::vector<std::string_view> words;
    for (size_t j = k; j <= last && j < k + 4 && IsWord(j); ++j) words.push_back(tokens_[j].lower);
    VerbInfo other;
    if (lex_.MatchEventVerb(words, &other) == 0) return false;
    return tokens_[k].lower_view() == other.lemma.substr(0, other.lemma.find(' '));
  }

  // Is there an envoy (`envoy_noun`, one word or two) within three words
  // after the verb ending at `verb_last`, in its sentence?
  bool EnvoyAfter(size_t verb_last) const {
    for (size_t t = verb_last + 1; t <= verb_last + 3 && IsWord(t) && SameSentence(verb_last, t); ++t) {
      if (InClass(WordClass::kEnvoyNoun, tokens_[t].lower)) return true;
      if (IsWord(t + 1) && InClass(WordClass::kEnvoyNoun, absl::StrCat(tokens_[t].lower, " ", tokens_[t + 1].lower)))
        return true;
    }
    return false;
  }

  // Is `a` a place that is no country, before (capitalised words and) the
  // title of a seat's member (`seat_title`: MP, MSP ...) with no name after
  // it: "the Glasgow Kelvin MP accused"?
  bool PlaceBeforeUnnamedTitle(const Arg& a, const Extraction& out) const {
    if (out.entities[a.entity].type != EntityType::kLocation || IsCountry(out.entities[a.entity]) || Possessive(a.last))
      return false;
    size_t t = a.last + 1;
    while (t <= a.last + 3 && IsCapitalizedName(t) && !RoleStartingAt(t) && SameSentence(a.last, t)) ++t;
    const RoleSpan* role = RoleStartingAt(t);
    if (!role || !SameSentence(a.last, role->last) || !InClass(WordClass::kSeatTitle, role->role)) return false;
    return !ArgStartingAt(PastHonorificsForward(role->last + 1));
  }

  // Only auxiliaries and adverbs in [from, to), then a verb of beginning or
  // going on and "to" right before `to`: "Iran (has) started to attack".
  bool CatenativeBetween(size_t from, size_t to) const {
    return to >= from + 2 && IsWord(to - 1) && tokens_[to - 1].lower_view() == "to" && IsWord(to - 2) &&
           InClass(WordClass::kCatenativeVerb, tokens_[to - 2].lower) && OnlyAuxiliariesBetween(from, to - 2);
  }

  // Tokens [from, to) are auxiliaries and adverbs only ("has", "had
  // reportedly"): a verb right after its subject.
  bool OnlyAuxiliariesBetween(size_t from, size_t to) const {
    for (size_t k = from; k < to; ++k) {
      if (!IsWord(k) || !(IsAuxiliary(tokens_[k].lower) || IsAdverb(tokens_[k].lower))) return false;
    }
    return true;
  }

  // Determiners and lower-case modifiers only: "a fragile partial truce".
  bool OnlyModifiersBetween(size_t from, size_t to) const {
    for (size_t k = from; k < to; ++k) {
      const Token& t = tokens_[k];
      if (t.kind != TokenKind::kWord || Prepositions().contains(t.lower) || IsVerbish(k)) return false;
      // ("the December agreement", "Tuesday's summit": a time dates the event.)
      if (t.capitalized && !ArgStartingAt(k) && !ArgEndingAt(k) && !Months().contains(t.lower) && !TimePossessive(k))
        return false;
    }
    return true;
  }

  // "called for the embargo to be lifted", "urged the embargo lifted": what
  // is asked for is a change to the event, not the event. `appeal`: a bare
  // participle counts too (elsewhere "backed the truce agreed in May" is
  // the truce itself).
  bool StateChangeAfter(size_t last, bool appeal) const {
    size_t k = last + 1;
    bool to_be = IsWord(k) && tokens_[k].lower_view() == "to" && IsWord(k + 1) && tokens_[k + 1].lower_view() == "be";
    if (to_be) k += 2;
    bool participle = IsWord(k) && !tokens_[k].capitalized && tokens_[k].lower.ends_with("ed");
    return participle && (to_be || appeal);
  }

  // "Labour wants the Tories to apologise", "they wanted Iran to stop": to
  // want another actor to act appeals to it (02). True when the word at `i`
  // was read so.
  bool WantsActorTo(size_t i, size_t last, const std::vector<Arg>& args, Extraction& out) {
    if (!InClass(WordClass::kWantingVerb, tokens_[i].lower)) return false;
    const Arg* object = AskedActorAt(i + 1, out);
    if (!object) return false;
    size_t to = object->last + 1;
    if (to + 1 > last || !IsWord(to) || tokens_[to].lower_view() != "to" || !IsWord(to + 1) ||
        tokens_[to + 1].capitalized || tokens_[to + 1].lower_view() == "be")
      return false;
    std::vector<Arg> subjects = SubjectsBefore(i, args, out);
    if (subjects.empty()) return false;
    AppealTo(subjects, *object, i, "want", to + 1, out);
    return true;
  }

  // The actor asked to act, named at `k` (past an article): not a title's
  // qualifier, an owner or an event; nullptr if none.
  const Arg* AskedActorAt(size_t k, const Extraction& out) const {
    if (IsWord(k) && Determiners().contains(tokens_[k].lower)) ++k;
    const Arg* object = ArgStartingAt(k);
    if (!object || IsQualifier(*object) || Possessive(object->last) ||
        out.entities[object->entity].type == EntityType::kEvent)
      return nullptr;
    return object;
  }

  // An appeal (02) from each subject to `object`, read from the verb at
  // `verb` to token `end`; none from oneself, nor to one's own state.
  void AppealTo(const std::vector<Arg>& subjects, const Arg& object, size_t verb, std::string_view lemma, size_t end,
                Extraction& out) {
    const Modality modality = ModalityBefore(verb, sentence_first_[tokens_[verb].sentence]);
    for (const Arg& sub : subjects) {
      if (sub.entity == object.entity || (object.entity == relations_home_ && !ForeignActor(sub.entity, out))) continue;
      AddTriple(out, sub.entity, object.entity, std::string(lemma), "02", "", modality, std::min(sub.first, verb), end);
    }
  }

  // "We hope the Congress will finally settle on a lower number", "hoped
  // that Iran would accept": hoping another actor will act appeals to it
  // (02). True when the word at `i` was read so.
  bool HopesActorWill(size_t i, size_t last, const std::vector<Arg>& args, Extraction& out) {
    if (!InClass(WordClass::kHopingVerb, tokens_[i].lower)) return false;
    // ("it was hoped that": no one hopes; "he was hoping" does.)
    if (i > 0 && IsWord(i - 1) && PassiveAuxiliaries().contains(tokens_[i - 1].lower) &&
        tokens_[i].lower.ends_with("ed"))
      return false;
    size_t k = i + 1;
    if (IsWord(k) && tokens_[k].lower_view() == "that") ++k;
    const Arg* object = AskedActorAt(k, out);
    if (!object) return false;
    size_t modal = object->last + 1;
    if (modal + 1 > last || !IsWord(modal)) return false;
    std::string_view m = tokens_[modal].lower;
    if (m != "will" && m != "would" && m != "can" && m != "could") return false;
    size_t v = modal + 1;
    while (v <= last && IsWord(v) && IsAdverb(tokens_[v].lower)) ++v;
    if (v > last || !IsWord(v) || tokens_[v].capitalized || IsNegator(tokens_[v].lower) ||
        tokens_[v].lower_view() == "be" || tokens_[v].lower_view() == "have")
      return false;
    std::vector<Arg> subjects = SubjectsBefore(i, args, out);
    if (subjects.empty()) {
      // "\"We hope the Congress will ...\"": the quotation's speaker hopes.
      if (!FirstPersonBefore(i)) return false;
      first_person_acts_.push_back(
          {i, {*object}, "hope", "02", ModalityBefore(i, sentence_first_[tokens_[i].sentence])});
      return true;
    }
    AppealTo(subjects, *object, i, "hope", v, out);
    return true;
  }

  // "The EC would insist that Japan boost imports", "demanded that Iraq
  // withdraw": a demand (10) on the subject of the "that" clause when its
  // verb is the bare form ("should" and "must" are DemandsOf's). True when
  // the word at `i` was read so.
  bool DemandsThat(size_t i, size_t last, const std::vector<Arg>& args, Extraction& out) {
    if (!InClass(WordClass::kDemandingVerb, tokens_[i].lower)) return false;
    if (!IsWord(i + 1) || tokens_[i + 1].lower_view() != "that") return false;
    size_t k = i + 2;
    if (IsWord(k) && Determiners().contains(tokens_[k].lower)) ++k;
    const Arg* object = ArgStartingAt(k);
    if (!object || Possessive(object->last) || out.entities[object->entity].type == EntityType::kEvent) return false;
    size_t v = object->last + 1;
    if (v > last || !IsWord(v) || tokens_[v].capitalized) return false;
    std::string_view verb = tokens_[v].lower;
    if (IsAuxiliary(verb) || IsNegator(verb) || verb.ends_with("ed") || verb.ends_with("ing") ||
        (verb.ends_with("s") && !verb.ends_with("ss")) || !(IsVerbish(v) || lex_.IsLightVerb(verb)))
      return false;
    std::vector<Arg> subjects = SubjectsBefore(i, args, out);
    if (subjects.empty()) return false;
    const Modality modality = ModalityBefore(i, sentence_first_[tokens_[i].sentence]);
    for (const Arg& sub : subjects)
      AddTriple(out, sub.entity, object->entity, "demand", "10", "", modality, std::min(sub.first, i), v);
    return true;
  }

  // The policy (an event noun with no CAMEO code: plan, bill, budget ...)
  // that `owner`'s possessive determines, past lower-case modifiers ("James
  // Baker's Third World debt initiative"); nullptr when there is none.
  const EventNoun* OwnedPolicy(const Arg& owner) const {
    if (!Possessive(owner.last)) return nullptr;
    const EventNoun* ev = EventNounAt(owner.last + 1, owner.last + 4);
    return ev != nullptr && ev->code.empty() && OnlyModifiersBetween(owner.last + 1, ev->first) ? ev : nullptr;
  }

  // "attacked Labour's six new pledges": within a few words after `from`, a
  // possessive owner of what an actor proposes or says.
  bool PolicyNounOwnedAfter(size_t from, size_t last) const {
    for (size_t k = from; k <= last && k < from + 3; ++k) {
      if (!Possessive(k)) continue;
      for (size_t n = k + 1; n <= last && n < k + 5 && IsWord(n); ++n)
        if (lex_.IsPolicyNoun(tokens_[n].lower)) return true;
      return false;
    }
    return false;
  }

  const EventNoun* EventNounAt(size_t first, size_t max_first) const {
    for (size_t t = first; t <= max_first && t < event_start_.size(); ++t) {
      if (event_start_[t] >= 0) return &events_[event_start_[t]];
    }
    return nullptr;
  }

  void FindRelations(Extraction& out) {
    // Affiliations are final by now: the home state is computed once.
    relations_home_ = HomeState(out);
    MarkQuoteTokens();
    for (int s = 0; s < static_cast<int>(out.sentences.size()); ++s) {
      std::vector<Arg> args = SentenceArgs(s, out);
      size_t first = sentence_first_[s], last = sentence_last_[s];
      if (repeated_[first]) continue;
      std::vector<std::string_view> words;  // reused: one allocation per sentence
      size_t phrase_first = 0, phrase_last = 0;  // the last verb phrase read
      for (size_t i = first; i <= last; ++i) {
        // ALL-CAPS headlines have verbs too ("IRAN WARNS U.S. NOT TO INTERVENE").
        if (!IsWord(i) || (tokens_[i].capitalized && i != first && !IsHeadlineLine(i))) continue;
        words.clear();
        for (size_t k = i; k <= last && k < i + 4 && IsWord(k); ++k) words.push_back(tokens_[k].lower);
        if (WantsActorTo(i, last, args, out) || HopesActorWill(i, last, args, out) || DemandsThat(i, last, args, out))
          continue;
        VerbInfo verb;
        int n = lex_.MatchEventVerb(words, &verb);
        if (n == 0) continue;
        // "has sought to reassure Labour backbenchers": an attempt; the act is
        // the verb after "to" ("sought Chilean support" appeals).
        if (verb.lemma == "seek" && n == 1 && IsWord(i + 1) && tokens_[i + 1].lower_view() == "to") continue;
        // "handed the colony back to China", "fought back to beat X": the
        // adverb "back" before "to" or "into" backs no one.
        if (verb.lemma == "back" && n == 1 && tokens_[i].lower_view() == "back" && IsWord(i + 1) &&
            (tokens_[i + 1].lower_view() == "to" || tokens_[i + 1].lower_view() == "into"))
          continue;
        // "declined to name the German institution", "refused to comment on
        // the Peruvian claims": withholding words rejects no one.
        if (verb.code == "12" && IsWord(i + n + 1) && tokens_[i + n].lower_view() == "to" &&
            InClass(WordClass::kDisclosureVerb, tokens_[i + n + 1].lower))
          continue;
        // "recalled its ambassador" reduces relations; "Ford is recalling
        // cars", "Mr Blair recalls how ..." do not.
        if (InClass(WordClass::kEnvoyOnlyVerb, verb.lemma) && !EnvoyAfter(i + n - 1)) continue;
        // The first word of a title: "the Italian finance minister".
        if (const RoleSpan* r = RoleStartingAt(i); r && r->last > i) continue;
        if (n == 1 && FieldBeforeNoun(i, first)) continue;
        // "what it called the Chancellor's Budget", "what he called a
        // sham": a label, not an act.
        if (verb.lemma == "call" && i >= first + 2 && IsWord(i - 2) && tokens_[i - 2].lower_view() == "what")
          continue;
        // "meet demand", "did not meet DOT requirements": satisfying a need
        // meets nobody.
        if (verb.lemma == "meet" && RequirementAfter(i + n - 1, last)) continue;
        // A determiner before the word makes it a noun ("the attack"), and so
        // does a possessive before an -ing form ("Kuwait's backing for").
        if (i > first && IsWord(i - 1) && Determiners().contains(tokens_[i - 1].lower)) continue;
        // (Also past "own": "launched its own branded recorder".)
        if (i > first + 1 && IsWord(i - 1) && tokens_[i - 1].lower_view() == "own" && IsWord(i - 2) &&
            Determiners().contains(tokens_[i - 2].lower))
          continue;
        if (i > first && tokens_[i].lower.ends_with("ing") && Possessive(i - 1) &&
            ArgEndingAt(i - 1))
          continue;
        // A bare form ("aid", "support", "attack") is a verb only after a
        // subject, an auxiliary, "to" or an adverb: "humanitarian aid" is not.
        // So is an -s form ("arms embargoes applied to China" is a noun).
        std::string_view form = tokens_[i].lower;
        // The first word of the lemma is what inflects ("call on", "at war").
        const std::string head = verb.lemma.substr(0, verb.lemma.find(' '));
        bool s_form = form.size() > head.size() && form.size() <= head.size() + 2 && form.back() == 's' &&
                      form.compare(0, head.size() - 1, head, 0, head.size() - 1) == 0;
        if ((form == head || s_form) && !VerbalContext(i, first)) continue;
        // An -ing form is a verb after "be", a comma or a subordinating word
        // ("was meeting", ", visiting Beijing", "after meeting"), not in
        // "said lifting the embargo would...".
        if (form.ends_with("ing") && form != head && !ProgressiveContext(i, first)) continue;
        size_t verb_last = i + n - 1;
        // "helped (to) block the plans": the act is blocking, not helping.
        if (n == 1 && IsHelpVerb(form) && HelpsAnAct(verb_last + 1, last)) continue;
        // "to help deal with", "helped write": a bare verb after "help", no
        // one helped. (Not "help the United States", "help them", "help to".)
        if (n == 1 && IsHelpVerb(form) && IsWord(verb_last + 1) && !tokens_[verb_last + 1].capitalized &&
            !ArgStartingAt(verb_last + 1) && !PronounArg(verb_last + 1, out) &&
            !Determiners().contains(tokens_[verb_last + 1].lower) && !IsQuantifier(tokens_[verb_last + 1].lower) &&
            !IsPersonalPronoun(tokens_[verb_last + 1].lower) && !IsObjectPronoun(tokens_[verb_last + 1].lower) &&
            !IsAdverb(tokens_[verb_last + 1].lower) && tokens_[verb_last + 1].lower_view() != "to")
          continue;
        // Overlapping phrases: "are at war" is "at war", not "be at" an event.
        if (n > 1 && OverlappingVerbPhrase(i, verb_last, last)) continue;
        // A word inside a phrase already read is not a verb of its own: the
        // "back" of "hit back at".
        if (i <= phrase_last && i > phrase_first) continue;
        phrase_first = i;
        phrase_last = verb_last;
        Modality modality = ModalityBefore(i, first);
        // "refused to sign the treaty": the refusing verb relates its subject
        // to the object itself (12); "signing" did not happen. "its refusal
        // to sign", "was unwilling to give": this verb's relations are the
        // rejections.
        Refusal refusal = RefusalBefore(i, first);
        if (refusal == Refusal::kByVerb) modality = Modality::kNegated;
        if (refusal == Refusal::kByWord && modality == Modality::kAsserted) {
          verb.lemma = "refuse to " + verb.lemma;
          verb.code = "12";
        }
        // "would not recognise the agreement", "will not accept": declining
        // to accept is rejecting (12), said now.
        if (modality == Modality::kNegated && refusal == Refusal::kNone &&
            InClass(WordClass::kAcceptanceVerb, verb.lemma)) {
          verb.lemma = "not " + verb.lemma;
          verb.code = "12";
          modality = Modality::kAsserted;
        }
        bool passive = false;
        // Only a participle is passive: "was summoning" is progressive.
        bool participle = !form.ends_with("ing") && form != head && !s_form;
        for (size_t back = 1; back <= 2 && i >= first + back && participle; ++back) {
          if (IsWord(i - back) && PassiveAuxiliaries().contains(tokens_[i - back].lower)) passive = true;
        }
        // A participle like its base form ("hit", "cut", "set"): passive right
        // after a form of "be", adverbs aside ("have been drastically hit",
        // "would also be hit"); "are to meet" is not.
        // ("is upset with Chile": an adjective of feeling, read as before.)
        const bool feeling = IsWord(i + 1) && (tokens_[i + 1].lower_view() == "with" ||
                                               tokens_[i + 1].lower_view() == "about" ||
                                               tokens_[i + 1].lower_view() == "at" || tokens_[i + 1].lower_view() == "over");
        if (!passive && verb_last == i && form == head && !s_form && !form.ends_with("ing") && !feeling) {
          size_t k = i;
          while (k > first && IsWord(k - 1) && IsAdverb(tokens_[k - 1].lower)) --k;
          passive = k > first && IsWord(k - 1) && PassiveAuxiliaries().contains(tokens_[k - 1].lower);
        }
        // A reduced passive: "food supplied by the WFP", "talks hosted by the UN",
        // "legislation adopted overwhelmingly by the committee"; its patient
        // is the noun right before the participle.
        size_t agent_by = verb_last + 1;
        if (IsWord(agent_by) && IsAdverb(tokens_[agent_by].lower)) ++agent_by;
        bool reduced = !passive && tokens_[i].lower.ends_with("ed") && IsWord(agent_by) &&
                       tokens_[agent_by].lower_view() == "by";
        // "one of the men lampooned in the Labour poster": a participle after
        // a common noun, with no agent, describes the noun; no one acts.
        if (!passive && !reduced && tokens_[i].lower.ends_with("ed") && i > first && IsWord(i - 1) &&
            !tokens_[i - 1].capitalized && !ArgEndingAt(i - 1) && CommonNounAt(i - 1) &&
            !Determiners().contains(tokens_[i - 1].lower) && !IsQuantifier(tokens_[i - 1].lower) &&
            !IsPersonalPronoun(tokens_[i - 1].lower) && i + 1 <= last && IsWord(verb_last + 1) &&
            AdjunctPrepositions().contains(tokens_[verb_last + 1].lower) && tokens_[verb_last + 1].lower_view() != "of")
          continue;
        passive = passive || reduced;
        std::vector<Arg> subjects, objects;
        std::string enacted_code;  // the code of an act carried out on `objects`
        size_t by = 0;
        if (passive) {
          // "was welcomed at the time by Beijing": a short adjunct may come first.
          for (size_t k = verb_last + 1; k <= last && k <= verb_last + 6 && IsWord(k); ++k) {
            if (tokens_[k].lower_view() == "by") {
              by = k;
              break;
            }
          }
        }
        if (passive && by) {
          subjects = ObjectsAfter(by + 1, last, args, out);
          // "criticised by rights groups and the Conservatives", "by road
          // safety campaigners, including X": the actors named after an
          // unnamed group.
          if (subjects.empty()) {
            size_t k = by + 1;
            int words = 0;
            while (k <= last && words < 4 && IsWord(k) && !tokens_[k].capitalized && CommonNounAt(k) &&
                   !ArgStartingAt(k)) {
              ++k;
              ++words;
            }
            if (words > 0 && k + 1 <= last) {
              // (Not "passed by voice vote and sent to the Senate".)
              const size_t named = IsWord(k + 1) && tokens_[k + 1].lower_view() == "the" ? k + 2 : k + 1;
              if (IsWord(k) && tokens_[k].lower_view() == "and" && ArgStartingAt(named))
                subjects = ObjectsAfter(k + 1, last, args, out);
              else if (tokens_[k].text == "," && IsWord(k + 1) && tokens_[k + 1].lower_view() == "including")
                subjects = ObjectsAfter(k + 2, last, args, out);
            }
          }
          if (!reduced) {
            objects = SubjectsBefore(i, args, out, /*events=*/true);
            // "The meeting on Palestinian reform is being hosted by X": the
            // event opening the sentence is the patient.
            bool qualifiers_only = std::all_of(objects.begin(), objects.end(), [&](const Arg& o) { return IsQualifier(o); });
            if (qualifiers_only) {
              // (Past "the", "Tuesday's", "last week's".)
              size_t k = first;
              while (k < i && IsWord(k) &&
                     (Determiners().contains(tokens_[k].lower) || TimePossessive(k) ||
                      ((tokens_[k].lower_view() == "last" || tokens_[k].lower_view() == "next") && TimePossessive(k + 1))))
                ++k;
              const Arg* owner = k < i ? ArgStartingAt(k) : nullptr;
              if (k < i && event_start_[k] >= 0) {
                objects.assign(1, Arg{k, events_[event_start_[k]].last, EventEntity(events_[event_start_[k]], out)});
              } else if (owner && (verb.code == "05" || verb.code == "11" || verb.code == "12") &&
                         Possessive(owner->last)) {
                // "The EU's move was welcomed by Beijing": what is judged is
                // the owner's act.
                objects.assign(1, *owner);
              }
            }
          } else if (i > first) {
            // The noun right before the participle, or before its comma: "A
            // free trade pact, backed by President Reagan, would ...".
            size_t patient = i - 1;
            if (patient > first && tokens_[patient].text == ",") --patient;
            if (const Arg* a = ArgEndingAt(patient)) {
              objects.push_back(*a);
            } else if (int e = event_end_[patient]; e >= 0) {
              objects.push_back({events_[e].first, patient, EventEntity(events_[e], out)});
            }
          }
        } else if (passive && !reduced && (verb.code == "16" || verb.lemma == "dismiss") && IsWord(verb_last + 1) &&
                   tokens_[verb_last + 1].lower_view() == "from") {
          // "was expelled from the Labour party": the body one is expelled
          // from expels.
          subjects = ObjectsAfter(verb_last + 2, last, args, out);
          objects = SubjectsBefore(i, args, out);
          if (subjects.empty() || objects.empty()) continue;
          subjects.resize(1);
          if (verb.code == "12") verb.code = "16";
        } else if (passive) {
          continue;  // "aid will be delivered to Syria": no agent, no relation
        } else {
          subjects = SubjectsBefore(i, args, out);
          objects = ObjectsAfter(verb_last + 1, last, args, out,
                                 /*owners=*/verb.code == "05" || verb.code == "11" || verb.code == "12" ||
                                     (QuadClass(verb.code) == 4 && PolicyNounOwnedAfter(verb_last + 1, last)));
          // "insisted he will not be its candidate": a reporting verb's
          // clause subject, before an auxiliary, is no one addressed or
          // pressed ("insisted Peru pay" still demands it); also past an
          // honorific ("insisted Mr Brown will have a key role").
          // Nor is a name inside the words it quotes ("branding the official
          // No Campaign \"two-bit Tories\"" brands the campaign).
          // Any other verb's object right after it (past an article) before
          // a modal or a form of "be" or "have" is a clause's subject too:
          // "agreed the Act was discriminatory", "trust the Iranians will".
          // (Not before a word that may be a noun: "attacked the Tory plans";
          // nor after a promise, which is made about that subject: "promised
          // he would be safe".)
          const bool speech = lex_.IsSpeechVerb(form);
          std::erase_if(objects, [&](const Arg& o) {
            // ("insisted the government would": past an article after a
            // verb of demand, which names no one it is said to.)
            if (speech) {
              const size_t before = verb.code == "10" ? WordBeforeArticle(o.first, verb_last) : WordBefore(o.first);
              return (before == verb_last && ClauseSubjectEndsAt(o.last)) || (InsideQuote(o.first) && !InsideQuote(i));
            }
            return verb.code != "03" && WordBeforeArticle(o.first, verb_last) == verb_last && !Possessive(o.last) &&
                   ClauseAuxiliaryAt(o.last + 1);
          });
          // "denied Mr Brown made the remark", "rejected claims Labour had
          // lied": a denial's object followed by a finite verb is its
          // clause's subject; the clause is denied, not the actor.
          // (A verb of denial itself, not a refused act: "Chile's refusal to
          // back Peru angered Bolivia".)
          if (verb.code == "12" && refusal == Refusal::kNone)
            std::erase_if(objects, [&](const Arg& o) {
              const size_t n = o.last + 1;
              if (Possessive(o.last) || !IsWord(n) || tokens_[n].capitalized || !SameSentence(o.last, n)) return false;
              const std::string_view w = tokens_[n].lower_view();
              // (A modal or a form of "be", "have", "do"; "plans", "wants"
              // may be nouns: "helped block Finance Ministry plans".)
              return Modals().contains(w) || PassiveAuxiliaries().contains(w) || w == "has" || w == "have" ||
                     w == "does" || (w.size() > 4 && w.ends_with("ed")) || InClass(WordClass::kPastTenseVerb, w);
            });
          // One receives a visitor, not the sender of a grant: "received a
          // grant from the NCI" meets nobody.
          if (lex_.IsReceivingVerb(form))
            std::erase_if(objects, [&](const Arg& o) {
              size_t k = o.first;
              while (k > verb_last + 1 && IsWord(k - 1) && Determiners().contains(tokens_[k - 1].lower)) --k;
              // "receives SEC approval" receives no one; "received the
              // Peruvian ambassador" does.
              bool visitor = RoleStartingAt(o.last + 1) ||
                             (IsWord(o.last + 1) && lex_.GroupNounType(tokens_[o.last + 1].lower).has_value());
              return PrepositionBefore(k) || (Attributive(o) && !visitor);
            });
          // "voiced concern that human rights conditions in China have not
          // improved": the concern is about the actor the clause is about,
          // named before its verb.
          if (objects.empty() && verb.code == "11" && verb.lemma.ends_with(" concern") && IsWord(verb_last + 1) &&
              tokens_[verb_last + 1].lower_view() == "that") {
            for (size_t k = verb_last + 2; k <= last && k <= verb_last + 9; ++k) {
              if (!IsWord(k) || IsAuxiliary(tokens_[k].lower) || (!tokens_[k].capitalized && IsVerbish(k))) break;
              if (const Arg* a = ArgStartingAt(k); a && out.entities[a->entity].type != EntityType::kEvent) {
                // (Not a name of an event: "that the CFTC plan would ...".)
                if (!EventNounAt(a->last + 1, a->last + 1)) objects.push_back(*a);
                break;
              }
            }
          }
          // "will deliver his Budget to the Commons": delivering a policy (an
          // event no CAMEO code names) is no aid to anyone; it takes part in
          // the policy (below).
          if (verb.lemma == "deliver")
            if (const EventNoun* ev = EventNounAt(verb_last + 1, verb_last + 4);
                ev != nullptr && ev->code.empty() && OnlyModifiersBetween(verb_last + 1, ev->first))
              objects.assign(1, Arg{ev->first, ev->last, EventEntity(*ev, out)});
          // "received aid from Japan": the giver acts on the subject.
          if (objects.empty() && !subjects.empty() && lex_.IsReceivingVerb(form)) {
            const EventNoun* ev = EventNounAt(verb_last + 1, verb_last + 4);
            size_t after = 0;
            std::optional<Arg> giver;
            if (ev != nullptr && !ev->code.empty() && ev->code != "04" && ev->code != "01" &&
                OnlyModifiersBetween(verb_last + 1, ev->first))
              giver = AgentAfter(ev->last, /*from_too=*/true, last, &after);
            if (giver) {
              for (const Arg& sub : subjects)
                AddTriple(out, giver->entity, sub.entity, ev->noun, ev->code, "", modality, std::min(sub.first, i),
                          giver->last);
              continue;
            }
          }
          // "discussed the election campaign with Mr Blair": the partner, not
          // the topic, is met.
          const bool only_topics = std::all_of(objects.begin(), objects.end(), [&](const Arg& o) {
            return out.entities[o.entity].type == EntityType::kEvent;
          });
          if (only_topics && verb.code == "04") {
            for (size_t k = verb_last + 1; k <= last && k <= verb_last + 8; ++k) {
              if (!IsWord(k) || tokens_[k].lower_view() == "to" || tokens_[k].lower_view() == "that" ||
                  tokens_[k].lower_view() == "which" || tokens_[k].lower_view() == "and")
                break;
              if (const Arg* a = ArgStartingAt(k); a && out.entities[a->entity].type != EntityType::kEvent) break;
              if (tokens_[k].lower_view() != "with") continue;
              size_t named = k + 1;
              while (IsWord(named) && lex_.IsHonorific(tokens_[named].text) && named < k + 3) ++named;
              if (const Arg* partner = ArgStartingAt(named);
                  partner && out.entities[partner->entity].type != EntityType::kEvent)
                objects.assign(1, *partner);
              break;
            }
          }
          if (objects.empty()) {
            // An event noun as object: "announced a truce", "backed the
            // ceasefire"; past an owner, more modifiers: "backed the
            // government's aviation expansion plans".
            const EventNoun* near = EventNounAt(verb_last + 1, verb_last + 4);
            if (!near)
              if (const EventNoun* far = EventNounAt(verb_last + 5, verb_last + 6); far != nullptr) {
                for (size_t k = verb_last + 1; k < far->first && !near; ++k)
                  if (IsWord(k) && Possessive(k)) near = far;
              }
            // "imposed 300 mln dlrs in sanctions on Japan": past an amount.
            size_t phrase = verb_last + 1;
            if (!near && verb.code == kEnactCode)
              if (const EventNoun* far = EventNounAt(verb_last + 3, verb_last + 9);
                  far != nullptr && UnitAmountBefore(far->first, first) == verb_last + 1) {
                near = far;
                phrase = far->first;
              }
            if (const EventNoun* ev = near;
                ev != nullptr && (verb.code != "01" || ev->code == "04") && OnlyModifiersBetween(phrase, ev->first) &&
                !StateChangeAfter(ev->last, verb.code == "02") && !ObjectComplementAfter(ev->last) &&
                // ("insisted the detentions would continue", "denied the
                // ban was ..." insist on and deny nothing; "announced that
                // the meeting would be held", "urging that talks be ..."
                // still announce and urge them.)
                !(lex_.IsSpeechVerb(form) && verb.code != kEnactCode && verb.code != "02" &&
                  ClauseSubjectEndsAt(ev->last))) {
              // Carrying out an act on someone is acting on them: "launched
              // air raids on Basra", "announced the withdrawal of its troops
              // from Iraq".
              std::optional<Arg> target;
              if (verb.code == kEnactCode && !ev->code.empty() && ev->code != "04" && ev->code != "01")
                target = NominalTarget(ev->last, EventLinks(*ev), last, args, out);
              // "launched an offensive near Basra": against the place's state.
              if (!target && verb.code == kEnactCode && IsViolent(ev->code) && subjects.size() == 1)
                target = TheatreTarget(ev->last, last, subjects.front().entity, out);
              if (target) {
                objects.push_back(*target);
                enacted_code = ev->code;
              } else {
                objects.push_back({ev->first, ev->last, EventEntity(*ev, out)});
              }
            }
          }
          // "The Treasury dismissed the report as rubbish": judging or
          // rejecting a report judges or rejects its author (ReportAuthor).
          if (objects.empty() && (verb.code == "05" || verb.code == "11" || verb.code == "12")) {
            size_t noun = verb_last + 1;
            while (noun <= verb_last + 3 && IsWord(noun) && !tokens_[noun].capitalized &&
                   (Determiners().contains(tokens_[noun].lower) || !InClass(WordClass::kReportNoun, tokens_[noun].lower)) &&
                   !IsVerbish(noun) && !Prepositions().contains(tokens_[noun].lower))
              ++noun;
            if (IsWord(noun) && InClass(WordClass::kReportNoun, tokens_[noun].lower) && noun <= last) {
              if (const int author = ReportAuthor(noun, out); author >= 0 && out.entities[author].type != EntityType::kEvent)
                objects.push_back({noun, noun, author});
            }
          }
        }
        if (subjects.empty() && !passive) {
          // "Before visiting Israel, Mr Blair ...": the subject follows the
          // fronted clause.
          size_t k = i;
          while (k > first && IsWord(k - 1) && !tokens_[k - 1].capitalized) --k;
          bool fronted = (k == first || (k == first + 1 && IsWord(first))) && tokens_[i].lower.ends_with("ing");
          if (fronted) {
            if (const Arg* a = SubjectAfterClause(verb_last + 1, last)) subjects.push_back(*a);
          }
        }
        // "\"Of course I trust the prime minister,\" Mr Brown said", "\"We
        // support this advance\"": a first-person subject inside a quotation
        // is its speaker, known once the quotations are read
        // (ResolveFirstPersonActs).
        if (subjects.empty() && !passive && !objects.empty() && FirstPersonBefore(i)) {
          first_person_acts_.push_back({i, objects, verb.lemma, verb.code, modality});
          continue;
        }
        if (subjects.empty()) continue;
        // "dismissed Gordon Brown's Budget", "backed James Baker's debt plan":
        // what is judged is the owner's policy, in which the owner takes part
        // (also "Labour's plans were criticised by the Tories"). An owned
        // policy is the owner's, not the one the article names ("opposed Mr
        // Glazer's plans" beside the Enterprise Act), so it is never merged.
        // (An attack on it is in words: "Tessa Jowell's plans were attacked".)
        if ((verb.code == "05" || verb.code == "11" || verb.code == "12" || VerbalAttack(verb.code, verb.lemma)) &&
            objects.size() == 1)
          if (const EventNoun* policy = OwnedPolicy(objects.front())) {
            TakePart(objects.front(), *policy, first, out);
            objects.assign(1, Arg{policy->first, policy->last, EventEntity(*policy, out)});
            distinct_events_.insert(objects.back().entity);
          }
        // "blamed the attack on Iran", "an attack, blamed by Kuwait on Iran":
        // the blame falls on whom it is put on.
        const bool only_events = std::all_of(objects.begin(), objects.end(), [&](const Arg& o) {
          return out.entities[o.entity].type == EntityType::kEvent;
        });
        if (verb.lemma == "blame" && only_events) {
          for (size_t k = verb_last + 1; k < last && k <= verb_last + 12; ++k) {
            if (IsWord(k) && tokens_[k].lower_view() == "for") break;  // "blamed Iran for the attack on Kuwait"
            if (!IsWord(k) || tokens_[k].lower_view() != "on") continue;
            std::vector<Arg> blamed = ObjectsAfter(k + 1, last, args, out);
            if (!blamed.empty()) objects = blamed;
            break;
          }
        }
        // "Iran attacked across the peaks of northeastern Iraq".
        if (objects.empty() && !passive && subjects.size() == 1 && IsViolent(verb.code) &&
            OnlyAuxiliariesBetween(subjects.front().last + 1, i)) {
          if (auto theatre = TheatreTarget(verb_last, last, subjects.front().entity, out)) objects.push_back(*theatre);
        }
        // (Not when the verb has an object of its own: "X and Y welcomed the
        // decision" welcome no one; "X and Y met on Monday" met each other.)
        // ("China and Portugal initialled a joint declaration", "... signed an
        // agreement": what they do jointly is no object of its own.)
        const EventNoun* agreement = EventNounAt(verb_last + 1, verb_last + 4);
        const bool joint = IsWord(verb_last + 2) && tokens_[verb_last + 2].lower_view() == "joint";
        // ("met this week", "fought each other": a time or the subjects
        // themselves are no object.)
        const bool time_or_each_other =
            IsWord(verb_last + 2) && (InClass(WordClass::kTimeWord, tokens_[verb_last + 2].lower) ||
                                      tokens_[verb_last + 2].lower_view() == "other");
        const bool own_object = (IsWord(verb_last + 1) && SameSentence(verb_last, verb_last + 1) &&
                                 ((Determiners().contains(tokens_[verb_last + 1].lower) && !time_or_each_other) ||
                                  tokens_[verb_last + 1].lower_view() == "to") &&
                                 !joint && !(agreement && agreement->code == "05") &&
                                 !InClass(WordClass::kTopicVerb, verb.lemma)) ||
                                // ("Ms Jamieson and Mr McConnell met supporters' representatives",
                                // "both Iran and Iraq have been attacking shipping": a bare
                                // noun after a meeting or force verb is its object too.)
                                ((verb.code == "04" || verb.code == "19") &&
                                 !InClass(WordClass::kTopicVerb, verb.lemma) &&
                                 BareNounAfterVerb(verb_last, /*plural=*/verb.code == "04"));
        // ("Egypt and Uganda signed an agreement": each with the other, and
        // both take part in it.)
        const bool joint_event = !objects.empty() && (joint || (agreement && agreement->code == "05")) &&
                                 std::all_of(objects.begin(), objects.end(), [&](const Arg& o) {
                                   return out.entities[o.entity].type == EntityType::kEvent;
                                 });
        // (Not agents of force with no patient: "hit by injuries to X and Y".)
        // (Nor subjects that each dealt with a partner left unnamed: "Chile and
        // the Philippines have all reached agreement with their banks"; "at
        // war with each other" names them.)
        // ("talking to U.S. officials": a meeting's partner after "to" too;
        // "agreed to" names no partner.)
        const bool other_partner =
            (verb.lemma.ends_with(" with") || (verb.lemma.ends_with(" to") && verb.code == "04")) &&
            !(IsWord(verb_last + 2) && ((tokens_[verb_last + 1].lower_view() == "each" && tokens_[verb_last + 2].lower_view() == "other") ||
                                        (tokens_[verb_last + 1].lower_view() == "one" && tokens_[verb_last + 2].lower_view() == "another")));
        // (Cooperation or intent only when done together: "Italy, France and
        // Greece, which backed similar proposals", "Japan and West Germany
        // both pledged to boost demand" back and pledge nothing to each other.)
        // (Nor when one side gives the meeting: "X and Y received", "visited",
        // "hosted" meet no one.)
        const bool one_sided = InClass(WordClass::kOneSidedMeetingVerb, verb.lemma) ||
                               InClass(WordClass::kVisitingVerb, verb.lemma) ||
                               InClass(WordClass::kHostingVerb, verb.lemma);
        const bool together = (verb.code == "04" && !one_sided) || verb.code == "06" || verb.code == "19" ||
                              ((verb.code == "03" || verb.code == "05") &&
                               (verb.mutual || InClass(WordClass::kJointActVerb, verb.lemma)));
        if ((objects.empty() || joint_event) && subjects.size() >= 2 && !own_object && !other_partner &&
            !(passive && IsViolent(verb.code)) && !InClass(WordClass::kMilitaryOnlyVerb, verb.lemma) && together) {
          // "Lavrov and Kerry met", "Iran and Iraq have been at war": a
          // mutual action among the subjects; a meeting is one relation,
          // cooperation or fighting one in each direction. Subjects that
          // agree to act together agree with each other ("Mr Straw and Mr
          // Moratinos agreed to establish a forum"): 05, not the intent (03)
          // that one actor's "agreed to" states.
          const std::string_view agreed_code = verb.lemma == "agree to" ? std::string_view("05") : verb.code;
          for (size_t a = 0; a < subjects.size(); ++a)
            for (size_t b = a + 1; b < subjects.size(); ++b) {
              // ("told Reuters the House and the Senate are expected to back
              // a joint resolution": the agency is spoken to.)
              if (NewsMediumName(out.entities[subjects[a].entity]) || NewsMediumName(out.entities[subjects[b].entity]))
                continue;
              // "Labour and the Tories have clashed": parties fight with words.
              const std::string_view mutual_code =
                  VerbalAttack(verb.code, verb.lemma) &&
                          IsParty(out.entities[subjects[a].entity]) && IsParty(out.entities[subjects[b].entity])
                      ? std::string_view("11")
                      : agreed_code;
              size_t from = std::min(subjects[a].first, subjects[b].first);
              AddTriple(out, subjects[b].entity, subjects[a].entity, verb.lemma, std::string(mutual_code), "",
                        modality, from, verb_last);
              if (verb.code != "04")
                AddTriple(out, subjects[a].entity, subjects[b].entity, verb.lemma, std::string(mutual_code), "",
                          modality, from, verb_last);
            }
          // ("The two countries signed an agreement": an agreement named only
          // by its noun is the act between them, no event of its own.)
          if (!joint_event || std::all_of(objects.begin(), objects.end(), [&](const Arg& o) {
                return unnamed_events_.contains(o.entity);
              }))
            continue;
        }
        // Hosting or convening an event is taking part in it (brokering one
        // stays a consultation); so is sponsoring or chairing one, or
        // speaking to it ("told the conference"). PART verbs take events only.
        const bool hosting = InClass(WordClass::kHostingVerb, verb.lemma);
        // "chairs the G8 summit": the meeting a name qualifies is what is
        // hosted; "told the Euromoney conference": what is addressed;
        // "attended the OPEC meeting": what is attended.
        const bool addressing = hosting || verb.code == "01" || verb.code == kParticipationCode ||
                                InClass(WordClass::kAddressingVerb, verb.lemma);
        // "visited Tokyo" visits Japan when the article names it (see
        // CapitalActsAsCountry), as "a visit to Tokyo" does.
        // "denied that his visit had been a failure": a visit is no event of
        // its own (see FindNominalEvents).
        std::erase_if(objects, [&](const Arg& o) {
          return out.entities[o.entity].type == EntityType::kEvent && event_start_[o.first] >= 0 &&
                 InClass(WordClass::kVisitNoun, events_[event_start_[o.first]].noun);
        });
        // "visited slums in Nairobi", "toured factories in the Kenyan
        // capital": what one visits in a place is a visit to the place.
        if (objects.empty() && verb.code == "04" && InClass(WordClass::kVisitingVerb, verb.lemma))
          if (std::optional<Arg> place = PlaceOfVisit(verb_last, last, out)) objects.push_back(*place);
        if (InClass(WordClass::kVisitingVerb, verb.lemma)) {
          for (Arg& o : objects) {
            if (int state = StateOfCapital(o, out); state >= 0) o.entity = state;
          }
          // "touring Africa": a continent or region hosts nobody.
          std::erase_if(objects, [&](const Arg& o) { return VisitsRegion(o, out); });
        }
        for (Arg& o : objects) {
          int e = addressing && o.last + 1 < tokens_.size() ? event_start_[o.last + 1] : -1;
          if (e >= 0 && events_[e].code == "04" && out.entities[o.entity].type != EntityType::kEvent)
            o = Arg{events_[e].first, events_[e].last, EventEntity(events_[e], out)};
        }
        // "visits Manchester, Liverpool, Leicester and Torbay" in a British
        // story: a tour of one's own country consults nobody.
        const std::vector<bool> domestic = verb.code == "04" ? DomesticPlaces(objects, out) : std::vector<bool>();
        // "agreed to acquire Northwest Federal", "offered to buy Omega": a
        // purchase promises the company bought nothing.
        if (PurchaseAfter(verb_last)) continue;
        for (const Arg& sub : subjects) {
          for (size_t o = 0; o < objects.size(); ++o) {
            const Arg& obj = objects[o];
            if (!domestic.empty() && domestic[o] && !ForeignActor(sub.entity, out)) continue;
            // "Chilean Foreign Minister Ana Ruiz arrived in Santiago": home.
            if (InClass(WordClass::kVisitingVerb, verb.lemma) &&
                (sub.entity == obj.entity || ServesState(sub.entity, obj.entity, out)))
              continue;
            // A company selling, supplying or lending does business, not aid
            // (07) or a promise (03); a company sold is no recipient ("sold
            // its Triplett unit", "sold Nobel Industrier to ...").
            if (InClass(WordClass::kTradeVerb, verb.lemma) &&
                (IsCompany(out.entities[sub.entity], out) ||
                 (obj.first == verb_last + 1 && IsCompany(out.entities[obj.entity], out))))
              continue;
            size_t from = std::min({sub.first, obj.first, i});
            size_t to = std::max({sub.last, obj.last, verb_last});
            bool event = out.entities[obj.entity].type == EntityType::kEvent;
            int obj_event = event ? event_start_[obj.first] : -1;
            bool meeting_event = obj_event >= 0 && events_[obj_event].code == "04";
            std::string code = event && (verb.code == "04" || verb.code == "05") && hosting
                                   ? std::string(kParticipationCode)
                                   : verb.code;
            if (event && verb.code == "01" && meeting_event) code = std::string(kParticipationCode);
            // "received an eight-year ban", "received substantial aid": a
            // receiving verb (receiving_verbs.tsv) met no visitor.
            if (event && code == "04" && lex_.IsReceivingVerb(tokens_[i].lower) && obj_event >= 0 &&
                events_[obj_event].code != "04" && events_[obj_event].code != "01")
              continue;
            // "the bill proposed by Sen. X": proposing a bill, a law or a
            // plan (an event no CAMEO code names) takes part in it.
            if (event && (verb.code == "03" || verb.lemma == "deliver") && obj_event >= 0 && events_[obj_event].code.empty())
              code = std::string(kParticipationCode);
            // Speaking at one's own news conference is no act on it.
            if (code == kParticipationCode && !meeting_event && InClass(WordClass::kAddressingVerb, verb.lemma))
              continue;
            if (code == kEnactCode) {
              // "announced a truce" (08), "launched an offensive" (19);
              // "announced talks" takes part in them.
              if (!event && enacted_code.empty()) continue;
              int e = event ? event_start_[obj.first] : -1;
              const std::string& event_code = e >= 0 ? events_[e].code : enacted_code;
              // Relative to the event entity itself, carrying it out is taking
              // part in it: "the strike, called by the PCS union".
              code = event || event_code.empty() || event_code == "01" || event_code == "04"
                         ? std::string(kParticipationCode)
                         : event_code;
            }
            if (code == kParticipationCode && !event) continue;
            // Nor is holding, hosting or attending one: the occasion of a
            // statement is no event of the graph.
            if (code == kParticipationCode && obj_event >= 0 && events_[obj_event].code == "01") continue;
            // "attacked the scheme", "hit the trade deal", "attacked the Road
            // Safety Bill", "will fight the bans": force against a policy, an
            // agreement or any act that is no violence is words (11).
            // ("will fight the next general election": contesting an event no
            // CAMEO code names, no policy, takes part in it.)
            if (event && IsViolent(code) && obj_event >= 0 && events_[obj_event].code.empty() &&
                PolicyKind(events_[obj_event].noun) == 0 && PolicyKind(EventHead(obj.entity, out)) == 0)
              code = std::string(kParticipationCode);
            if (event && QuadClass(code) == 4 &&
                ((obj_event >= 0 && (PolicyKind(events_[obj_event].noun) != 0 || events_[obj_event].code == "05" ||
                                     (IsViolent(code) && !IsViolent(events_[obj_event].code)))) ||
                 PolicyKind(EventHead(obj.entity, out)) != 0))
              code = "11";
            // "Straw attacked on China arms": a one-word verb of force
            // followed by a preposition does not act on its object.
            if (QuadClass(code) == 4 && n == 1 && obj.first > verb_last + 1 && IsWord(verb_last + 1) &&
                (tokens_[verb_last + 1].lower_view() == "on" || tokens_[verb_last + 1].lower_view() == "over"))
              continue;
            // A guest is named right after the verb: "received an order from
            // Thai Airways", "greeted the decision by Chile" meet no one.
            // (Not past an apposition either: "received the approval, General
            // Partners" was typed a person.)
            if (code == verb.code && InClass(WordClass::kGuestVerb, verb.lemma) &&
                (ContentWordsBetween(verb_last + 1, obj.first) > 0 ||
                 out.entities[obj.entity].type == EntityType::kEvent))
              continue;
            // A statement is addressed to its direct object: in "told
            // reporters Japan would help" Japan is not told anything.
            // (An appositive name is the one addressed: "wrote to his U.S.
            // counterpart, Clayton Yeutter".)
            if (code == "01" && ContentWordsBetween(verb_last + 1, obj.first) > 0 &&
                !(out.entities[obj.entity].type == EntityType::kPerson && AppositiveName(obj)))
              continue;
            // "He told BBC Radio 4": an interview, not a statement to the BBC;
            // so is "told The Herald daily newspaper".
            if (code == "01" && (NewsMediumName(out.entities[obj.entity]) || MediaNounAfter(obj.last))) continue;
            // "told the BBC Mr Howard had always been in favour": past the
            // medium spoken to, a name opens what was told.
            if (code == "01" && obj.first > verb_last + 1) {
              bool medium_before = false;
              for (size_t k = verb_last + 1; k < obj.first && !medium_before; ++k)
                if (const Arg* a = ArgStartingAt(k)) medium_before = NewsMediumName(out.entities[a->entity]);
              if (medium_before) continue;
            }
            // "told the British minister that his plan was unacceptable":
            // what is told judges the one told, criticism (11) or praise (05).
            if (code == "01" && out.entities[obj.entity].type != EntityType::kEvent) {
              if (int polarity = JudgementAfter(obj.last + 1, last); polarity != 0) code = polarity < 0 ? "11" : "05";
            }
            // "hit out at critics of the Gambling Bill": disapproving of the
            // critics of something backs it (05).
            if ((code == "11" || code == "12") && obj.first > verb_last + 2) {
              size_t of = WordBefore(obj.first);
              if (of < tokens_.size() && IsWord(of) && tokens_[of].lower_view() == "the") of = WordBefore(of);
              if (of < tokens_.size() && of > 0 && IsWord(of) && tokens_[of].lower_view() == "of" &&
                  InClass(WordClass::kOpponentNoun, tokens_[of - 1].lower))
                code = "05";
            }
            // "asked Mr Brown whether the Treasury had ...": a question, no
            // appeal.
            if (verb.lemma == "ask" && IsWord(obj.last + 1) &&
                InClass(WordClass::kQuestionWord, tokens_[obj.last + 1].lower))
              continue;
            // ("asked whether the U.S. would ...", "was asked by a reporter
            // whether the government ...": an actor named in the question is
            // asked nothing; "asked about 30 Japanese firms" counts them.)
            if (verb.lemma == "ask" && QuestionBetween(verb_last + 1, std::max(obj.first, sub.first))) continue;
            // "Mr Brown told Mr Blair ...", "he had only told Ms Hutt": one
            // person telling another of the same state reports a private
            // exchange, no public statement (a foreign one is diplomacy:
            // "Kerry told Lavrov").
            if (code == "01" && verb.lemma == "tell" && out.entities[sub.entity].type == EntityType::kPerson &&
                out.entities[obj.entity].type == EntityType::kPerson && !ForeignActor(sub.entity, out) &&
                !ForeignActor(obj.entity, out))
              continue;
            // Summoning one's own envoy consults him; a foreign one, protests.
            if (code == "11" && InClass(WordClass::kSummoningVerb, verb.lemma)) {
              const int state = ActorState(sub.entity, out);
              if (state >= 0 && state == ActorState(obj.entity, out)) code = "04";
            }
            // "Mr Howard attacked Mr Blair", "Mr Blair attacked the Tories":
            // words, not force.
            if (VerbalAttack(code, verb.lemma) &&
                !out.entities[obj.entity].generic && !out.entities[sub.entity].generic &&
                (out.entities[obj.entity].type == EntityType::kPerson ||
                 (out.entities[sub.entity].type == EntityType::kPerson &&
                  out.entities[obj.entity].type == EntityType::kOrganization) ||
                 (IsParty(out.entities[sub.entity]) && IsParty(out.entities[obj.entity]))))
              code = "11";
            // "Iraqi missiles hit a tanker"; not "the plans would hit West
            // German farmers", "it was hit by losses". A headline's "U.S.
            // SENATE HITS EC" criticises.
            if (InClass(WordClass::kMilitaryOnlyVerb, verb.lemma) &&
                (passive || !(MilitarySubjectHead(i) || (sub.last + 1 < i && IsWord(sub.last + 1) &&
                                                         lex_.IsMilitaryNoun(tokens_[sub.last + 1].lower))))) {
              if (passive || !IsHeadlineLine(i)) continue;
              code = "11";
            }
            // Killing, wounding or bombing by "Iranian forces" / "its troops" /
            // "Afghan warplanes ... in bombing raids" is fighting (19), not
            // unconventional violence (18).
            if (code == "18" && !passive &&
                (MilitarySubjectHead(i) || (sub.last + 1 < i && IsWord(sub.last + 1) &&
                                            lex_.IsMilitaryNoun(tokens_[sub.last + 1].lower))))
              code = "19";
            // "ready to negotiate with", "would be happy to meet", "willing to
            // help": intent to meet or cooperate (03), said now, rather than
            // the act.
            Modality relation_modality = modality;
            const bool cooperation = code == "04" || code == "05" || code == "06" || code == "07" || code == "08";
            if (cooperation && i >= 2 && IsWord(i - 1) && tokens_[i - 1].lower_view() == "to" && IsWord(i - 2) &&
                lex_.IsIntentWord(tokens_[i - 2].lower)) {
              code = "03";
              relation_modality = ModalityBefore(i - 2, first) == Modality::kNegated ? Modality::kNegated
                                                                                      : Modality::kAsserted;
            }
            // "attacked the Tory plans", "hit out at Labour's record": force
            // against what an actor proposes or says is criticism (11).
            if (QuadClass(code) == 4 && IsWord(obj.last + 1) && lex_.IsPolicyNoun(tokens_[obj.last + 1].lower))
              code = "11";
            // "The ministry's stance has outraged London": London disapproves;
            // but "Iran is upset with Iraq" is Iran's feeling about Iraq.
            if (verb.reverse && !(obj.first > verb_last && PrepositionBefore(obj.first))) {
              if (!event) AddTriple(out, obj.entity, sub.entity, verb.lemma, code, "", relation_modality, from, to);
              continue;
            }
            AddTriple(out, sub.entity, obj.entity, verb.lemma, code, "", relation_modality, from, to);
            // (A mutual fight of words is mutual too: "Labour clashed with the
            // Lib Dems".)
            if (verb.mutual && (code == verb.code || (verb.code == "19" && code == "11")) && !event)
              AddTriple(out, obj.entity, sub.entity, verb.lemma, code, "", relation_modality, from, to);
            // "repelled an Iranian attack", "crushed heavy Iraqi
            // counter-attacks": whose attack was fought off fought too.
            if (code == "19" && !event && obj.last + 1 <= last && event_start_[obj.last + 1] >= 0 &&
                IsViolent(events_[event_start_[obj.last + 1]].code) &&
                NominalAgent(obj.last + 1, first, out).value_or(Arg{}).entity == obj.entity) {
              const EventNoun& attack = events_[event_start_[obj.last + 1]];
              AddTriple(out, obj.entity, sub.entity, attack.noun, "19", "", relation_modality, from,
                        std::max(to, attack.last));
            }
          }
        }
      }
      // Co-presence at a meeting: "X spoke alongside Y at a meeting".
      bool has_meeting = std::any_of(sentence_events_[s].begin(), sentence_events_[s].end(),
                                     [&](int e) { return events_[e].code == "04"; });
      for (size_t i = first; has_meeting && i <= last; ++i) {
          if (!IsWord(i) || (tokens_[i].lower_view() != "alongside" && tokens_[i].lower_view() != "beside")) continue;
        std::vector<Arg> subjects = SubjectsBefore(i, args, out);
        std::vector<Arg> companions = ObjectsAfter(i + 1, last, args, out);
          for (const Arg& sub : subjects)
          for (const Arg& other : companions)
            AddTriple(out, sub.entity, other.entity, "meet", "04", "", ModalityBefore(i, first),
                      std::min(sub.first, i), other.last);
      }
      // "Prince Harry should apologise, says Tory leader Michael Howard": a
      // sentence opened by what an actor should do and closed by its
      // attribution is the speaker's appeal to that actor.
      if (!InsideQuote(first)) {
        size_t opening = first;
        if (IsWord(opening) && Determiners().contains(tokens_[opening].lower)) ++opening;
        while (opening < last && InRole(opening)) ++opening;  // "Prince Harry"
        if (const Arg* a = ArgStartingAt(opening); a && IsWord(a->last + 1) &&
                                                   (tokens_[a->last + 1].lower_view() == "should" ||
                                                    tokens_[a->last + 1].lower_view() == "must"))
          if (const int speaker = SentenceFinalAttribution(s, out); speaker >= 0)
            DemandsOf(speaker, opening, opening + 1, last, out);
      }
      FindNominalEvents(s, first, last, args, out);
      FindImplicitParticipation(first, last, args, out);
      FindWarEnemies(first, last, out);
      FindActs(first, last, args, out);
      FindSpeechesAtMeetings(first, last, args, out);
      FindActsAtGatherings(first, last, args, out);
      FindDeployments(first, last, args, out);
      // Reported speech that evaluates an actor: "He said Mr Straw was naive".
      for (size_t v = first; v <= last; ++v) {
        if (!IsWord(v) || tokens_[v].capitalized || !lex_.IsSpeechVerb(tokens_[v].lower) || InsideQuote(v)) continue;
        // "criticised Gordon Brown for failing to mention the environment",
        // "did not say": what is not said judges no one.
        if (ModalityBefore(v, first) == Modality::kNegated) continue;
        // "Tehran had been told of U.S. concern": the subject of a passive
        // was told; it said nothing.
        if (v > first && IsWord(v - 1) && PassiveAuxiliaries().contains(tokens_[v - 1].lower) &&
            !tokens_[v].lower.ends_with("ing"))
          continue;
        // "Tony Blair lied ..., say the Tories.": a closing attribution
        // after a comma reports what comes before it.
        // (Not an apposition's verb: "Mr Hogg, of Save the Children, said
        // ministers had failed".)
        if (v > first && tokens_[v - 1].text == "," && v + 7 > last && !AddresseeVerb(v)) {
          const Arg* tail = ArgEndingAt(last);
          if (!tail) tail = ArgEndingAt(last - 1);  // before the full stop
          if (const int closing = tail && tail->first > v ? SentenceFinalAttribution(s, out) : -1;
              closing >= 0 && closing == tail->entity) {
            EvaluateActors(closing, first, v - 1, out);
            break;
          }
        }
        std::vector<Arg> speakers = SubjectsBefore(v, args, out);
        if (speakers.empty()) continue;
        // The judged actor may stand before the verb too: "North Korea,
        // which he said had a terrible record". A clause hung on after what
        // is said is not said: "telling Chirac after the French official
        // expressed concern".
        size_t said_end = last + 1;
        for (size_t t = v + 3; t <= last; ++t) {
          if (tokens_[t].text == ";" ||
              (IsWord(t) && !InsideQuote(t) && !tokens_[t].capitalized &&
               (ClauseOpener(t) || IsContrastWord(t)))) {
            said_end = t;
            break;
          }
        }
        // (Not what the speaker's own phrase names: "Jacques Delors,
        // president of the EC, said it would be disastrous", "Linda
        // Kristiansen of Paine Webber called the numbers impressive".)
        std::pair<size_t, size_t> speaker_phrase = {0, 0};
        if (const size_t after = speakers.front().last + 1 + (PostNominalLettersAt(speakers.front().last + 1) ? 1 : 0);
            after < v && ((tokens_[after].text == "," && tokens_[v - 1].text == ",") ||
                          (IsWord(after) && (tokens_[after].lower_view() == "of" || tokens_[after].lower_view() == "at"))))
          speaker_phrase = {after, v};
        // (A speech verb of rejection, 12, denies what it reports: "Sky
        // denied the programme breached guidelines".)
        // (So does one before a claim: "rejected claims Labour had lied".)
        const std::optional<VerbInfo> reporting = EventVerbAt(v, 1);
        const std::optional<VerbInfo> before_claim = v > first ? EventVerbAt(v - 1, 1) : std::nullopt;
        const bool denies = (reporting && reporting->code == "12") || (before_claim && before_claim->code == "12");
        // "Plaid Cymru and the Liberal Democrats said Dr Gibbons needed to
        // change": every coordinated speaker makes the demand, and the
        // judgement ("Labour and the Tories say the sums are wrong"), none
        // judging another speaker: the speakers' phrase is skipped.
        std::vector<int> co_speakers;
        size_t speakers_first = speakers.front().first;
        for (const Arg& sp : speakers) {
          speakers_first = std::min(speakers_first, sp.first);
          if (sp.entity != speakers.front().entity && out.entities[sp.entity].type != EntityType::kEvent &&
              std::find(co_speakers.begin(), co_speakers.end(), sp.entity) == co_speakers.end())
            co_speakers.push_back(sp.entity);
        }
        if (!co_speakers.empty()) speaker_phrase = {speakers_first, v};
        EvaluateActors(speakers.front().entity, first, said_end, out, SIZE_MAX, speaker_phrase, denies);
        for (int co : co_speakers) EvaluateActors(co, first, said_end, out, SIZE_MAX, speaker_phrase, denies);
        // The reported clause's subject: right after the verb ("said Tony
        // Blair should"), past "that".
        size_t clause = v + 1;
        if (IsWord(clause) && tokens_[clause].lower_view() == "that") ++clause;
        if (!InsideQuote(clause)) {
          DemandsOf(speakers.front().entity, clause, clause + 2, last, out);
          for (int co : co_speakers) DemandsOf(co, clause, clause + 2, last, out);
        }
        // "Mr Laws said it was serious and said Mr Hain should make a
        // statement": a second report by the same speaker, joined to the
        // first, may appeal too.
        for (size_t next = v + 1; next + 1 <= last; ++next) {
          if (!FiniteSpeechVerbAt(next) || InsideQuote(next) || !IsWord(next - 1) ||
              (tokens_[next - 1].lower_view() != "and" && tokens_[next - 1].lower_view() != "but"))
            continue;
          const std::vector<Arg> same = SubjectsBefore(next, args, out);
          size_t second = next + 1;
          if (IsWord(second) && tokens_[second].lower_view() == "that") ++second;
          if (!same.empty() && same.front().entity == speakers.front().entity && !InsideQuote(second))
            DemandsOf(speakers.front().entity, second, second + 2, last, out);
          break;
        }
        break;
      }
      // Meeting nouns: "a meeting with X", "talks with X".
      for (int e : sentence_events_[s]) {
        const EventNoun& ev = events_[e];
        if (ev.code != "04" && ev.code != "01") continue;
        if (ev.last + 2 > last) continue;
        size_t link_at = ev.last + 1;
        // "talks on Sunday with X", "talks last week with X": a time
        // adjunct (no actor, no punctuation) before "with".
        for (size_t k = ev.last + 2; k <= ev.last + 4 && k < last && IsWord(k - 1) && ArgStartingAt(k - 1) == nullptr &&
                                     !IsVerbish(k - 1) && tokens_[ev.last + 1].lower_view() != "with" &&
                                     tokens_[ev.last + 1].lower_view() != "to" && tokens_[ev.last + 1].lower_view() != "of" &&
                                     tokens_[ev.last + 1].lower_view() != "in";
             ++k) {
          if (IsWord(k) && tokens_[k].lower_view() == "with") {
            link_at = k;
            break;
          }
        }
        std::string_view link = tokens_[link_at].lower;
        // "Debt talks between the Philippine government and its bank
        // advisory committee", "talks in Geneva between X and Y": each party
        // takes part in the talks, and meets the other.
        // (Negotiations only: "meetings between" the two may be many.)
        if (ev.code == "04" && (ev.noun.ends_with("talks") || ev.noun.ends_with("negotiations")) &&
            PartiesBetween(ev, last, out))
          continue;
        // "a news conference with X" is a meeting too; other 01 nouns are not.
        if (ev.code == "01" && link != "with") continue;
        // "talks with X", "a meeting with X", "a visit to X", "a trip to X";
        // "talks in Beijing": talks with the state whose capital hosts them.
        const bool visit = link == "to" && InClass(WordClass::kVisitNoun, ev.noun);
        const bool hosted = link == "in" && ev.noun == "talks";
        // "during the four-day visit of West German President Richard von
        // Weizsaecker" in a La Paz story: the visitor meets the dateline's state.
        if (link == "of" && InClass(WordClass::kVisitNoun, ev.noun)) {
          const int host = dateline_actor_;
          std::vector<Arg> visitors = ObjectsAfter(ev.last + 2, last, args, out);
          if (host >= 0 && !visitors.empty() && out.entities[visitors.front().entity].type == EntityType::kPerson &&
              !ServesState(visitors.front().entity, host, out))
            AddTriple(out, visitors.front().entity, host, ev.noun, "04", "", ModalityBefore(ev.first, first), ev.first,
                      visitors.front().last);
          continue;
        }
        if (link != "with" && !visit && !hosted) continue;
        std::vector<Arg> objects = ObjectsAfter(link_at + 1, last, args, out);
        if (hosted) {
          objects.clear();
          if (const Arg* place = ArgStartingAt(ev.last + 2)) {
            if (int state = StateOfCapital(*place, out); state >= 0) objects.push_back(Arg{place->first, place->last, state});
          }
        } else if (visit) {
          // "a visit to Beijing" is a visit to China, as "visited Beijing" is.
          for (Arg& a : objects) {
            if (int state = StateOfCapital(a, out); state >= 0) a.entity = state;
          }
          std::erase_if(objects, [&](const Arg& a) { return VisitsRegion(a, out); });
        }
        if (objects.empty()) continue;
        std::vector<Arg> subjects;
        // "during Thatcher's official visit to the Soviet Union": the owner
        // of the talks or the visit, wherever the phrase stands.
        {
          size_t owner_end = ev.first;
          while (owner_end > first && owner_end + 3 > ev.first && IsWord(owner_end - 1) &&
                 !tokens_[owner_end - 1].capitalized && !Possessive(owner_end - 1) && !IsVerbish(owner_end - 1) &&
                 !Determiners().contains(tokens_[owner_end - 1].lower) &&
                 !Prepositions().contains(tokens_[owner_end - 1].lower))
            --owner_end;
          if (const Arg* owner = owner_end > first ? ArgEndingAt(owner_end - 1) : nullptr;
              owner && Possessive(owner->last) && out.entities[owner->entity].type != EntityType::kEvent)
            subjects.push_back(*owner);
        }
        if (subjects.empty()) subjects = SubjectsBefore(ev.first, args, out);
        // "he left Washington for a tour and talks with X": a place right
        // after a verb is its object, not the one talking; the verb's
        // subject is.
        if (subjects.size() == 1 && subjects[0].first > first &&
            out.entities[subjects[0].entity].type == EntityType::kLocation) {
          const size_t verb = WordBefore(subjects[0].first);
          const std::string_view w = verb < tokens_.size() && IsWord(verb) ? tokens_[verb].lower_view() : "";
          if (!w.empty() && !tokens_[verb].capitalized && !Determiners().contains(w) && !Prepositions().contains(w) &&
              !IsAuxiliary(w) && !lex_.IsSpeechVerb(w) && !IsAdverb(w) && !IsNegator(w) && !ClauseOpeners().contains(w) &&
              !Subordinators().contains(w) && w != "and" && w != "or" && w != "but" && w != "that" && w != "which" &&
              w != "who" && w != "while" && w != "as" && w != "when")
            subjects = SubjectsBefore(verb, args, out);
        }
        // "In his talks with X": the one "his" refers to.
        if (size_t owner = ev.first > first ? WordBefore(ev.first) : tokens_.size();
            subjects.empty() && owner < tokens_.size() && IsWord(owner) &&
            (tokens_[owner].lower_view() == "his" || tokens_[owner].lower_view() == "her")) {
          if (auto a = ResolvePronoun(owner, true, out)) subjects.push_back(*a);
        }
        if (subjects.empty()) {
          // "After talks with X, Y said ...": the subject follows the clause.
          if (const Arg* a = SubjectAfterClause(objects.back().last + 1, last)) subjects.push_back(*a);
        }
        if (subjects.empty()) continue;
        Modality modality = ModalityBefore(ev.first, first);
        for (const Arg& sub : subjects)
          for (const Arg& obj : objects) {
            // "Lavrov at the start of their talks in Moscow": at home.
            if ((hosted || visit) && ServesState(sub.entity, obj.entity, out)) continue;
            AddTriple(out, sub.entity, obj.entity, ev.noun, "04", "", modality,
                      std::min(sub.first, ev.first), std::max(obj.last, ev.last));
          }
      }
    }
    RemoveRepeatedTriples(out);
  }

  // Reporting an adversary's violence is accusing it: in "Iraq's war
  // spokesman said Iran had kept up its attacks on Basra" Iraq disapproves
  // of Iran (11) besides the attack itself. Only when the speaker is a
  // state or organisation other than the attacker and no news medium (news
  // agencies report without taking sides), and the reported act is material
  // conflict (QuadClass 4) asserted in the reported clause.
  // "France and Algeria finalised two agreements", "Sudan concluded an
  // accord with the Soviet Union": making an agreement (a verb of
  // data/agreement_verbs.tsv with an agreement noun, code 05, among the seven
  // words after it) is cooperation (05) of each maker with each other one and
  // with each partner after "with", in both directions. The verb pass reads
  // some of these one way ("signed an agreement with Japan"); repeated
  // triples go in RemoveRepeatedTriples.
  void FindAgreements(Extraction& out) {
    for (int s = 0; s < static_cast<int>(out.sentences.size()); ++s) {
      const size_t first = sentence_first_[s], last = sentence_last_[s];
      std::vector<Arg> args;  // built once a sentence has an agreement verb
      for (size_t v = first; v <= last; ++v) {
        const std::string* lemma = IsWord(v) && !tokens_[v].capitalized ? lex_.AgreementVerb(tokens_[v].lower) : nullptr;
        if (!lemma) continue;
        // ("reached in Tehran", "the agreement signed by"): a participle
        // after the noun names no maker here; the sides after "between"
        // or "by" do, when there are two at least.
        const bool passive = v > first && IsWord(v - 1) && PassiveAuxiliaries().contains(tokens_[v - 1].lower);
        if (passive || (v > first && event_end_[v - 1] >= 0)) {
          if (args.empty()) args = SentenceArgs(s, out);
          AgreementBetween(v, first, last, args, *lemma, out);
          continue;
        }
        // "accused the party of signing up to a deal": the one accused signs;
        // ", reaching agreements with Chile": a participle's subject may be
        // a body left unnamed ("the banks").
        const bool participle = tokens_[v].lower_view().ends_with("ing");
        if (v > first && ((IsWord(v - 1) && tokens_[v - 1].lower_view() == "of") ||
                          (participle && tokens_[v - 1].text == ",")))
          continue;
        // (Past an amount and the words describing the agreement: "signed a
        // 130 mln dlr loan agreement with"; no preposition on that longer
        // reach: "signed none of the four trade agreements with".)
        const EventNoun* agreement = EventNounAt(v + 1, std::min(v + 7, last));
        if (!agreement || agreement->code != "05" || agreement->last > last) continue;
        bool blocked = false;  // nothing but modifiers between verb and noun
        bool none = false;     // "has no agreement with": a negator among them
        // ("have terminated the agreement", "had begun to deal with": "have"
        // holds an agreement only as the main verb.)
        const bool holding = *lemma == "have";
        for (size_t k = v + 1; k < agreement->first && !blocked; ++k) {
          blocked = !IsWord(k) || IsVerbish(k) || ArgStartingAt(k) != nullptr ||
                    ((agreement->first > v + 4 || holding) && Prepositions().contains(tokens_[k].lower)) ||
                    (holding && (tokens_[k].lower_view().ends_with("ed") || tokens_[k].lower_view() == "to" ||
                                 tokens_[k].lower_view() == "been" ||
                                 InClass(WordClass::kPastTenseVerb, tokens_[k].lower) ||
                                 lex_.AgreementVerb(tokens_[k].lower) != nullptr));
          none = none || (IsWord(k) && IsNegator(tokens_[k].lower));
        }
        if (blocked) continue;
        if (args.empty()) args = SentenceArgs(s, out);
        std::vector<Arg> makers = SubjectsBefore(v, args, out);
        std::erase_if(makers, [&](const Arg& a) {
          const Entity& e = out.entities[a.entity];
          return IsQualifier(a) || e.type == EntityType::kEvent || e.generic || NewsMediumName(e);
        });
        if (makers.empty()) continue;
        // The partner: "with" right after the noun or after a short phrase
        // of its topic ("an accord on debt with the Soviet Union").
        std::vector<Arg> partners;
        bool with = false;
        // (Held, right after the noun: "has a great deal of leverage with
        // the U.S." holds no deal.)
        for (size_t k = agreement->last + 1; k + 1 <= last && k <= agreement->last + (holding ? 1 : 5); ++k) {
          if (!IsWord(k) || IsVerbish(k) || ArgStartingAt(k) != nullptr) break;
          if (tokens_[k].lower_view() != "with") continue;
          with = true;
          partners = ObjectsAfter(k + 1, last, args, out);
          break;
        }
        // "with British and German interests": names that qualify a noun
        // are no partners.
        if (!partners.empty() && Attributive(partners.back())) partners.clear();
        std::erase_if(partners, [&](const Arg& a) {
          return out.entities[a.entity].type == EntityType::kEvent || out.entities[a.entity].generic;
        });
        // "Chile and the Philippines have all reached agreement with commercial
        // banks": each dealt with a partner left unnamed, not with the other.
        if (with && partners.empty()) continue;
        if (holding && !with) continue;
        std::vector<Arg> sides = makers;
        sides.insert(sides.end(), partners.begin(), partners.end());
        if (sides.size() < 2) continue;
        // "close to reaching a trade deal", "talks on signing a pact": an
        // agreement sought is not made; "without reaching agreement": none is.
        // ("persuade those countries to reach agreement": an infinitive with
        // no marker of its own may have another subject.)
        Modality modality = ModalityBefore(v, first);
        if (modality == Modality::kAsserted && v > first && IsWord(v - 1)) {
          std::string_view before = tokens_[v - 1].lower_view();
          if (before == "to" && !participle) continue;
          if (participle && before == "without")
            modality = Modality::kNegated;
          else if (participle && Prepositions().contains(tokens_[v - 1].lower) && before != "after" &&
                   before != "before" && before != "by")
            modality = Modality::kHypothetical;
        }
        if (none) modality = Modality::kNegated;
        for (size_t a = 0; a < sides.size(); ++a)
          for (size_t b = 0; b < sides.size(); ++b) {
            // Makers named together cooperate with each other; a partner
            // only with the makers.
            if (a == b || (a >= makers.size() && b >= makers.size())) continue;
            AddTriple(out, sides[a].entity, sides[b].entity, *lemma, "05", "", modality,
                      std::min({sides[a].first, sides[b].first, v}), std::max({sides[a].last, sides[b].last, agreement->last}));
          }
      }
    }
  }

  // "The accord was reached between Iran's oil minister and Ghana's
  // foreign minister", "an agreement signed by Peru and Chile": the
  // participle of an agreement verb at `v`, after an agreement noun (05)
  // and its auxiliaries, with two sides or more after "between" or "by":
  // each cooperates with each other one (05).
  void AgreementBetween(size_t v, size_t first, size_t last, const std::vector<Arg>& args, const std::string& lemma,
                        Extraction& out) {
    size_t k = v;
    while (k > first && IsWord(k - 1) && (PassiveAuxiliaries().contains(tokens_[k - 1].lower) ||
                                          IsAuxiliary(tokens_[k - 1].lower)))
      --k;
    if (k == first || event_end_[k - 1] < 0) return;
    const EventNoun& agreement = events_[event_end_[k - 1]];
    if (agreement.code != "05" || v + 2 > last || !IsWord(v + 1)) return;
    const std::string_view link = tokens_[v + 1].lower_view();
    // ("agreements reached by Indonesia, Venezuela and Brazil": each its own.)
    const bool plural = tokens_[agreement.last].lower_view() != agreement.noun;
    if (link != "between" && (link != "by" || plural)) return;
    // The sides, past their titles and the states' words that qualify them
    // ("Iranian Oil Minister X and Ghanaian Foreign Minister Y").
    std::vector<Arg> sides;
    for (size_t t = v + 2; t <= last; ++t) {
      if (const Arg* a = ArgStartingAt(t)) {
        const Entity& e = out.entities[a->entity];
        if (e.type == EntityType::kEvent || e.generic) break;
        if (!IsQualifier(*a)) sides.push_back(*a);
        t = a->last;
        continue;
      }
      const std::string_view w = tokens_[t].lower_view();
      if (InRole(t) || w == "and" || w == "," || w == "the" || lex_.IsHonorific(tokens_[t].text)) continue;
      break;
    }
    if (sides.size() < 2) return;
    const Modality modality = ModalityBefore(agreement.first, first);
    for (const Arg& a : sides)
      for (const Arg& b : sides)
        if (a.entity != b.entity)
          AddTriple(out, a.entity, b.entity, lemma, "05", "", modality, std::min({a.first, b.first, agreement.first}),
                    std::max(a.last, b.last));
  }

  // A ministry or department of a government, by a word of its name of
  // `department_word` ("Department of Defense", "Defence Ministry",
  // "Foreign Office").
  bool GovernmentDepartment(const Entity& e) const {
    for (absl::string_view word : absl::StrSplit(e.name, ' ')) {
      if (InClass(WordClass::kDepartmentWord, AsciiLower(std::string_view(word.data(), word.size())))) return true;
    }
    return false;
  }

  void FindAccusations(Extraction& out) {
    // Journalists report; they do not accuse.
    std::set<int> reporters;
    for (const Triple& t : out.triples) {
      if (t.code == kAffiliationCode && lex_.IsNewsMedium(out.entities[t.object].name)) reporters.insert(t.subject);
    }
    struct Act {
      size_t at;  // where the act is named: the end of a verb's relation, an event noun
      int actor;
      size_t last;
    };
    auto token_at = [&](uint32_t byte) {
      return static_cast<size_t>(std::lower_bound(tokens_.begin(), tokens_.end(), byte,
                                                  [](const Token& token, uint32_t pos) { return token.span.begin < pos; }) -
                                 tokens_.begin());
    };
    // Asserted material conflict stated by verbs, by sentence (one pass over
    // the triples, not one per sentence).
    std::vector<std::vector<const Triple*>> violence(out.sentences.size());
    for (const Triple& t : out.triples) {
      if (QuadClass(t.code) == 4 && t.modality == Modality::kAsserted && t.provenance.sentence >= 0 &&
          t.provenance.sentence < static_cast<int>(violence.size()))
        violence[t.provenance.sentence].push_back(&t);
    }
    std::vector<std::tuple<int, int, size_t, size_t>> found;  // speaker, accused, verb, last token
    for (int s = 0; s < static_cast<int>(out.sentences.size()); ++s) {
      size_t first = sentence_first_[s], last = sentence_last_[s];
      // Material conflict in this sentence, in text order: verbs (as
      // triples) and nouns with an agent.
      std::vector<Act> acts;
      for (const Triple* t : violence[s]) {
        // A verb's relation is located by its end: its span opens at the
        // subject, which may come before the reporting verb.
        size_t end = std::min(token_at(t->provenance.span.end), last);
        acts.push_back({end, t->subject, end});
      }
      for (int e : sentence_events_[s]) {
        const EventNoun& ev = events_[e];
        if (QuadClass(ev.code) != 4 || ModalityBefore(ev.first, first) != Modality::kAsserted) continue;
        if (std::optional<Arg> agent = NominalAgent(ev.first, first, out)) acts.push_back({ev.first, agent->entity, ev.last});
      }
      // The first act after a reporting verb, and the reporting verb nearest
      // before it ("X reported that observers said Iran's offensive ...":
      // the observers speak).
      // A verb that codes an act of its own ("asked Chile to protect its
      // ships from Ecuadorian attacks": an appeal) reports nothing.
      auto reporting = [&](size_t t) {
        if (!IsWord(t) || tokens_[t].capitalized || InsideQuote(t) || !lex_.IsSpeechVerb(tokens_[t].lower)) return false;
        VerbInfo info;
        std::vector<std::string_view> words = {tokens_[t].lower};
        return lex_.MatchEventVerb(words, &info) == 0;
      };
      size_t v = first;
      while (v <= last && !reporting(v)) ++v;
      std::erase_if(acts, [v](const Act& a) { return a.at <= v; });
      if (v > last || acts.empty()) continue;
      std::sort(acts.begin(), acts.end(), [](const Act& x, const Act& y) { return x.at < y.at; });
      for (size_t t = v + 1; t < acts.front().at; ++t) {
        if (reporting(t)) v = t;
      }
      // "It was disclosed that ...": no one speaks.
      if (v > first && IsWord(v - 1) && PassiveAuxiliaries().contains(tokens_[v - 1].lower)) continue;
      const Act& act = acts.front();
      std::vector<Arg> speakers = SpeakersOf(v, SentenceArgs(s, out), out);
      if (speakers.empty()) continue;
      int speaker = speakers.front().entity;
      const Entity& who = out.entities[speaker];
      if (who.generic || who.type == EntityType::kEvent || lex_.IsNewsMedium(who.name) || reporters.contains(speaker))
        continue;
      // One's own side's violence reported is no accusation; nor is the
      // home state's, reported by a government department ("the Pentagon
      // said U.S. warships attacked").
      if (act.actor == speaker || out.entities[act.actor].type != EntityType::kLocation) continue;
      if (act.actor == relations_home_ && who.type == EntityType::kOrganization && GovernmentDepartment(who)) continue;
      found.emplace_back(speaker, act.actor, v, act.last);
    }
    for (const auto& [speaker, accused, verb, last_token] : found) {
      AddTriple(out, speaker, accused, "accuse", "11", "", Modality::kAsserted, verb, last_token);
    }
  }

  // "the Treasury", "Parliament" with no state named: the home state's body
  // (data/state_institutions.tsv), so that two states' Treasuries never
  // merge across articles; unchanged when the article has no home state.
  void NameStateInstitutions(Extraction& out) const {
    const int home = relations_home_;
    if (home < 0 || !IsCountry(out.entities[home])) return;
    std::set<std::string, std::less<>> states;
    for (const Entity& e : out.entities) {
      if (IsCountry(e)) states.insert(e.name);
    }
    auto named = [&](std::string_view state) { return states.contains(state); };
    for (Entity& e : out.entities) {
      if (e.type != EntityType::kOrganization || e.generic) continue;
      if (std::optional<std::string> name = lex_.StateInstitutionName(e.name, out.entities[home].name, named))
        e.name = *name;
    }
  }

  // One relation per (subject, code, object) per sentence: "held talks with"
  // matches both the verb phrase and the noun, and says one thing.
  static void RemoveRepeatedTriples(Extraction& out) {
    std::set<std::tuple<int, int, int, std::string, Modality>> seen;
    std::vector<Triple> kept;
    std::stable_sort(out.triples.begin(), out.triples.end(), [](const Triple& a, const Triple& b) {
      return a.provenance.span.begin < b.provenance.span.begin;
    });
    for (Triple& t : out.triples) {
      int s = t.subject, o = t.object;
      if (t.code == "04" && s > o) std::swap(s, o);  // meetings are mutual
      std::string code = t.code == kAffiliationCode ? t.code + "|" + t.role : t.code;
      if (seen.insert({t.provenance.sentence, s, o, code, t.modality}).second) kept.push_back(std::move(t));
    }
    out.triples = std::move(kept);
  }

  // Speech that evaluates a named actor is criticism or praise (CAMEO 11 or
  // 05) from the speaker: "said Mr Straw was naive", "a cheap gesture by X",
  // "welcomed X's courage". Words come from data/evaluations.tsv; the actor
  // must stand within eight words of the word, in the span [from, to).
  // `quote_open`: the opening mark of the quotation being judged, which
  // does not separate the judgement from its target.
  // Actors inside `speaker_phrase` (first word, end) are never judged.
  // `denied`: the speaker denies what it reports ("Sky denied the programme
  // breached guidelines"): nothing it judges is asserted.
  void EvaluateActors(int speaker, size_t from, size_t to, Extraction& out, size_t quote_open = SIZE_MAX,
                      std::pair<size_t, size_t> speaker_phrase = {0, 0}, bool denied = false) {
    if (speaker < 0 || out.entities[speaker].type == EntityType::kEvent) return;
    std::vector<Arg> args;  // of sentence `args_sentence`, read when a judged subject needs them
    int args_sentence = -1;
    for (size_t t = from; t < to; ++t) {
      // (A capitalised word inside a sentence is part of a name: "League
      // Against Cruel Sports".)
      const bool judgeable = IsWord(t) && (!tokens_[t].capitalized || t == sentence_first_[tokens_[t].sentence]);
      // "said Labour had abused the public's trust": a verb of wrongdoing
      // judges the one doing it (see `wrongdoing_verb`).
      // ("the Tories say she broke a convention", not "has broken his
      // radius".)
      bool breaks_commitment = false;
      if (judgeable && InClass(WordClass::kBreakingVerb, tokens_[t].lower)) {
        for (size_t k = t + 1; k <= t + 4 && k < to && IsWord(k) && !Prepositions().contains(tokens_[k].lower); ++k) {
          if (InClass(WordClass::kCommitmentNoun, tokens_[k].lower)) breaks_commitment = true;
        }
      }
      const bool wrongdoing =
          judgeable && (InClass(WordClass::kWrongdoingVerb, tokens_[t].lower) || breaks_commitment);
      int polarity = !judgeable ? 0 : wrongdoing ? -1 : lex_.Polarity(tokens_[t].lower);
      // "one of the least generous systems": too little of a good is bad;
      // "less aggressive" praises no one, nor does a comparison ("less
      // generous than Chile"); "at least generous" is no "least".
      if (polarity != 0 && t > from && IsWord(t - 1) &&
          (tokens_[t - 1].lower_view() == "less" || tokens_[t - 1].lower_view() == "least") &&
          !(t - 1 > from && IsWord(t - 2) && tokens_[t - 2].lower_view() == "at"))
        polarity = polarity > 0 && !(IsWord(t + 1) && tokens_[t + 1].lower_view() == "than") ? -1 : 0;
      if (polarity == 0) continue;
      // ("he has been betrayed by X": the passive's agent does it.)
      size_t auxiliary = t;
      while (auxiliary > from && IsWord(auxiliary - 1) && IsAdverb(tokens_[auxiliary - 1].lower)) --auxiliary;
      const bool passive_wrong = wrongdoing && auxiliary > from && IsWord(auxiliary - 1) &&
                                 PassiveAuxiliaries().contains(tokens_[auxiliary - 1].lower);
      // "the disaster" heading its phrase names something; "a disaster", "the
      // irresponsible decision" judge.
      // (Past an opening quote too: "sort out the \"shambles\"".)
      // (Past the words naming it, a noun's compound after a preposition,
      // "as", or a speech verb whose clause it opens: "such as the Asian
      // tsunami disaster", "said the new U.S. drug concern would"; not "the most
      // aggressive", "the DOJ failed", nor the object of a verb, "called the
      // Peruvian policy disastrous".)
      size_t article_at = t > 1 && tokens_[t - 1].kind == TokenKind::kOpenQuote ? t - 2 : t - 1;
      auto names_part = [&](size_t k) {
        if (!IsWord(k) || Possessive(k)) return false;
        if (tokens_[k].capitalized) return true;
        const std::string_view w = tokens_[k].lower;
        return CommonNounAt(k) && !w.ends_with("ed") && !IsQuantifier(w) && w != "most" && w != "more" &&
               w != "least" && w != "less";
      };
      if (IsWord(article_at) && !tokens_[article_at].capitalized && names_part(article_at) && !IsVerbish(t) &&
          !InClass(WordClass::kFailureVerb, tokens_[t].lower)) {
        const size_t head_before = article_at;
        for (int n = 0; n < 3 && article_at > from && names_part(article_at); ++n) --article_at;
        const size_t lead = article_at - 1;  // the word before "the", if it is one
        if (article_at != head_before && article_at > from && IsWord(lead) &&
            !(Prepositions().contains(tokens_[lead].lower) || tokens_[lead].lower_view() == "as" ||
              tokens_[lead].lower_view() == "that" ||
              (lex_.IsSpeechVerb(tokens_[lead].lower) && IsWord(t + 1) && IsAuxiliary(tokens_[t + 1].lower))))
          article_at = head_before;
      }
      if (t > 0 && IsWord(article_at) && tokens_[article_at].lower_view() == "the" &&
          !(IsWord(t + 1) && !tokens_[t + 1].capitalized && !Prepositions().contains(tokens_[t + 1].lower) &&
            !IsAuxiliary(tokens_[t + 1].lower) && !IsVerbish(t + 1)))
        continue;
      // "ministers had failed to reassure agencies", "Japan's failure to
      // honour pledges": a failure judges the one failing, named before it.
      const bool failure = InClass(WordClass::kFailureVerb, tokens_[t].lower) || tokens_[t].lower_view() == "failure";
      size_t before_t = t > 0 && tokens_[t - 1].kind == TokenKind::kOpenQuote ? t - 1 : t;
      const bool attributive = before_t > 0 && IsWord(before_t - 1) && Determiners().contains(tokens_[before_t - 1].lower);
      const bool participle = tokens_[t].lower_view().ends_with("ing") && !attributive;
      // "aggressive competition", "damaging speculation", "a terrible
      // waste": a word before a common noun judges that noun, and an actor
      // only as its owner ("Labour's damaging tactics") or agent ("underhand
      // tactics by Labour").
      const size_t noun = t + 1;
      // ("Iran had exaggerated battle reports": a verb, not an adjective.)
      const bool judges_noun = !failure && !wrongdoing && IsWord(noun) && !tokens_[noun].capitalized && SameSentence(t, noun) &&
                               CommonNounAt(noun) && !(t > 0 && IsWord(t - 1) && IsAuxiliary(tokens_[t - 1].lower));
      const Arg* target = nullptr;
      size_t best = 9;
      // "called the plans \"dangerous, ill thought-out and hugely
      // irresponsible\"": the quotation as a whole judges what it follows.
      const Arg* before_quote = quote_open != SIZE_MAX && quote_open > from ? ArgEndingAt(quote_open - 1) : nullptr;
      if (before_quote && before_quote->first < from) before_quote = nullptr;
      const size_t window_start = t > from + 8 ? t - 8 : from;
      // The ±8 window, and the phrase before the quotation as one more
      // candidate (at distance 1) however far back it is: first of all.
      const bool extra = before_quote && before_quote->first < window_start;
      const EventNoun* target_event = nullptr;
      Arg event_arg;
      // The nearest actor, judged when the event is not (see
      // ResolveEventJudgements): "the Peruvian plan was irresponsible".
      std::optional<Arg> actor;
      size_t actor_best = 9;
      for (size_t k = extra ? window_start - 1 : window_start; k <= t + 8; ++k) {
        const bool outside = extra && k + 1 == window_start;
        if (!outside && k >= to) break;
        const Arg* a = outside ? before_quote : ArgStartingAt(k);
        // "said the plan was dangerous": an event is judged like an actor.
        const EventNoun* ev = nullptr;
        if (!a && !outside && k < event_start_.size() && event_start_[k] >= 0 && !EventActedOn(events_[event_start_[k]]) &&
            !InClass(WordClass::kVisitNoun, events_[event_start_[k]].noun)) {
          ev = &events_[event_start_[k]];
          event_arg = {ev->first, ev->last, -1};
          a = &event_arg;
        }
        if (!a || (!ev && (a->entity == speaker || qualifiers_.contains(a->first)))) continue;
        if (a->first >= speaker_phrase.first && a->first < speaker_phrase.second) continue;
        if (failure && a->last >= t) continue;
        if (wrongdoing) {
          if (passive_wrong) {
            size_t by = a->first - 1;
            if (by > t + 1 && IsWord(by) && tokens_[by].lower_view() == "the") --by;
            if (!(by == t + 1 && IsWord(by) && tokens_[by].lower_view() == "by")) continue;
          } else {
            // The subject, right before the verb or its auxiliaries ("Labour
            // has already broken"), or "who" after it: not "feels deeply
            // betrayed", nor "Iraqi fortifications and breached".
            if (a->last >= t) continue;
            size_t k = a->last + 1;
            if (IsWord(k) && IsRelativePronoun(tokens_[k].lower)) ++k;
            while (k < auxiliary && IsWord(k) && (IsAuxiliary(tokens_[k].lower) || IsAdverb(tokens_[k].lower))) ++k;
            if (k != auxiliary) continue;
          }
        }
        // "the Iraq war could be illegal": a name modifying an event noun
        // names the event, which is what is judged.
        // (Not a policy's: "the Peruvian plan was irresponsible" judges its
        // owner, if not the policy.)
        if (const EventNoun* named = Possessive(a->last) ? nullptr : EventNounAt(a->last + 1, a->last + 1);
            named && !(!ev && PolicyKind(named->noun) != 0))
          continue;
        // "would damage Britain's relations": a possessive names the owner of
        // what is judged, unless the judgement is its own ("Blair's courage")
        // or its act is what the clause judges ("Labour's tactics were
        // dishonest", "Mr McConnell's comment was ill-advised").
        if (Possessive(a->last) && !(t > a->last && t <= a->last + 2) && !OwnActJudged(a->last, t)) continue;
        // "aggression against Iran": the one suffering it is not the one judged.
        size_t before = WordBefore(a->first);
        if (before < tokens_.size() && IsWord(before) &&
            (tokens_[before].lower_view() == "against" || tokens_[before].lower_view() == "on" || tokens_[before].lower_view() == "toward" ||
             tokens_[before].lower_view() == "towards"))
          continue;
        // "\"a smear,\" he told BBC News", "told The Herald daily newspaper
        // \"unfounded speculation\" ...": the one spoken to is not judged.
        if (size_t verb = before < tokens_.size() && IsWord(before) && Determiners().contains(tokens_[before].lower)
                              ? WordBefore(before)
                              : before;
            verb < tokens_.size() && AddresseeVerb(verb) &&
            (verb > t || (!ev && (NewsMediumName(out.entities[a->entity]) || MediaNounAfter(a->last)))))
          continue;
        // "the feud is damaging the party", "damaging for Mr X": an -ing
        // word judges what comes before it; what follows it suffers. Not
        // after an article: "a \"disgusting\" Labour tactic" judges Labour.
        if (a->first > t && participle) continue;
        // "Mr Howard was wrong", "the Home Office had been wrong to dismiss":
        // a word of `predicate_judgement` judges only the subject of the
        // copula right before it.
        if (InClass(WordClass::kPredicateJudgement, tokens_[t].lower)) {
          // ("what happened in Tiananmen Square was wrong": no subject.)
          if (a->last >= t || a == before_quote || Possessive(a->last) || PrepositionBefore(a->first)) continue;
          bool copula = false, only_auxiliaries = true;
          for (size_t c = a->last + 1; c < t && only_auxiliaries; ++c) {
            std::string_view w = tokens_[c].lower;
            copula = copula || w == "is" || w == "was" || w == "are" || w == "were" || w == "be" || w == "been";
            only_auxiliaries = IsWord(c) && (IsAuxiliary(w) || IsAdverb(w) || IsNegator(w));
          }
          if (!copula || !only_auxiliaries) continue;
        }
        if (judges_noun && !ev && a != before_quote) {
          const bool owner = Possessive(a->last) && a->last < t;
          size_t by = a->first - 1;
          if (by > noun && IsWord(by) && tokens_[by].lower_view() == "the") --by;
          const bool agent = by > noun && by <= noun + 2 && IsWord(by) && tokens_[by].lower_view() == "by";
          // "North Korea, which had a terrible rights record", "the UK was
          // one of the most successful economies": the one having or being
          // what is judged.
          bool holder = false;
          for (size_t h = a->last + 1; h < t && h <= a->last + 5 && !holder; ++h) {
            std::string_view w = tokens_[h].lower;
            holder = IsWord(h) && (w == "has" || w == "had" || w == "have" || w == "is" || w == "was" || w == "are" ||
                                   w == "were" || w == "be" || w == "been");
          }
          // "the principled stand the Liberal Democrats took": the one doing it.
          size_t doer = noun + 1;
          if (IsWord(doer) && tokens_[doer].lower_view() == "the") ++doer;
          const bool relative_subject = a->first == doer && IsVerbish(a->last + 1);
          if (!owner && !agent && !holder && !relative_subject) continue;
        }
        bool clause = true;
        for (size_t c = std::min(a->first, t); a != before_quote && c < std::max(a->first, t); ++c) {
          // ("were in turmoil because Mr Flight had ...": a subordinate
          // clause has its own subject.)
          // (A few quoted words that hold the judgement do not: "said Mr
          // X's comment was \"ill-advised\"".)
          if (tokens_[c].text == ";" ||
              (tokens_[c].kind == TokenKind::kOpenQuote && c != quote_open && !QuotedFragmentAround(c, t)) ||
              (IsWord(c) && c > std::min(a->first, t) &&
               (Subordinators().contains(tokens_[c].lower) || tokens_[c].lower_view() == "but")))
            clause = false;
          // ("attacked the pledges as \"vacuous\" and said Mr Blair was": a
          // judgement before a speech verb is not of what it reports.)
          if (t < a->first && IsWord(c) && c > t && !tokens_[c].capitalized && !InsideQuote(c) &&
              lex_.IsSpeechVerb(tokens_[c].lower) && !NounPhraseHead(c))
            clause = false;
        }
        size_t distance = a == before_quote ? 1 : a->first > t ? a->first - t : t - a->last;
        // A policy's owner is judged only in place of the policy (see
        // ResolveEventJudgements); an event is never the fallback actor.
        const bool policy_owner = !ev && !Possessive(a->last) && EventNounAt(a->last + 1, a->last + 1) != nullptr;
        if (clause && distance < best && !policy_owner) {
          best = distance;
          target = ev ? nullptr : a;
          target_event = ev;
        }
        if (clause && !ev && distance < actor_best && out.entities[a->entity].type != EntityType::kEvent) {
          actor_best = distance;
          actor = *a;
        }
      }
      if (!target && !target_event && !actor) continue;
      if (!target && !target_event) target = &*actor;  // a policy's owner, the policy aside
      // "it would be irresponsible", "was not naive": not asserted.
      Modality modality = denied ? Modality::kNegated : ModalityBefore(t, sentence_first_[tokens_[t].sentence]);
      if (target_event) {
        event_judgements_.push_back({speaker, target_event, t, polarity, modality, actor});
        continue;
      }
      AddJudgement(out, speaker, *target, t, polarity, modality, wrongdoing ? "accuse" : "");
      // "said Labour and the Tories were wrong": every actor coordinated
      // before a judged subject is judged with it.
      // (Not a list of qualifiers before a noun, "Muslim and Jewish schools",
      // nor one after a preposition, "talks between the U.S. and Japan".)
      if (target->last >= t || target == before_quote ||
          (IsWord(target->last + 1) && !tokens_[target->last + 1].capitalized && CommonNounAt(target->last + 1)))
        continue;
      if (args_sentence != tokens_[t].sentence) {
        args_sentence = tokens_[t].sentence;
        args = SentenceArgs(args_sentence, out);
      }
      const auto [list_first, coordinated] = CoordinationStart(target->first, args, /*allow_the=*/true);
      if (coordinated.empty()) continue;
      size_t list_start = list_first;
      if (list_start > 0 && IsWord(list_start - 1) && tokens_[list_start - 1].lower_view() == "the") --list_start;
      if (PrepositionBefore(list_start)) continue;
      for (const Arg& co : coordinated)
        if (co.entity != speaker && !IsQualifier(co) && !Possessive(co.last) &&
            !(co.first >= speaker_phrase.first && co.first < speaker_phrase.second) &&
            out.entities[co.entity].type != EntityType::kEvent &&
            (out.entities[co.entity].type != EntityType::kLocation || IsCountry(out.entities[co.entity])))
          AddJudgement(out, speaker, co, t, polarity, modality, wrongdoing ? "accuse" : "");
    }
  }

  // Is the subject of the verb at `i` "I" or "we", inside a quotation
  // (auxiliaries, adverbs and negators may come between)?
  bool FirstPersonBefore(size_t i) const {
    if (!InsideQuote(i)) return false;
    size_t k = i;
    while (k > 0 && IsWord(k - 1) && InsideQuote(k - 1) &&
           (IsAuxiliary(tokens_[k - 1].lower) || IsAdverb(tokens_[k - 1].lower) || IsNegator(tokens_[k - 1].lower)))
      --k;
    if (k == 0 || !IsWord(k - 1) || !InsideQuote(k - 1) || !SameSentence(k - 1, i)) return false;
    const std::string_view w = tokens_[k - 1].lower_view();
    return w == "i" || w == "we";
  }

  // The acts of first-person subjects in quotations (FirstPersonBefore)
  // belong to the quotation's speaker.
  void ResolveFirstPersonActs(Extraction& out) {
    for (const FirstPersonAct& act : first_person_acts_) {
      const uint32_t at = tokens_[act.verb].span.begin;
      int speaker = -1;
      for (const Quote& q : out.quotes)
        if (q.span.begin <= at && at < q.span.end) speaker = q.speaker;
      if (speaker < 0 || out.entities[speaker].type == EntityType::kEvent) continue;
      for (const Arg& obj : act.objects) {
        if (obj.entity == speaker || (act.code != "04" && QuadClass(act.code) == 0 && act.code != kParticipationCode))
          continue;
        // ("it", "them", "this" inside someone's words refer to what they
        // spoke of, which the narrative's reading may miss: "address it".)
        if (obj.first == obj.last && IsWord(obj.first) &&
            (tokens_[obj.first].lower_view() == "it" || tokens_[obj.first].lower_view() == "them" ||
             tokens_[obj.first].lower_view() == "this"))
          continue;
        std::string code = act.code;
        if (code == kEnactCode) continue;
        // ("\"I will attack Michael Howard\"": words, not force.)
        if (VerbalAttack(code, act.lemma) &&
            out.entities[obj.entity].type != EntityType::kLocation)
          code = "11";
        AddTriple(out, speaker, obj.entity, act.lemma, code, "", act.modality, act.verb, std::max(act.verb, obj.last));
      }
    }
  }

  // Relates the parties named after "between" (past a place: "talks in
  // Geneva between X and Y") to the meeting `ev`; false if none is named.
  bool PartiesBetween(const EventNoun& ev, size_t sentence_last, Extraction& out) {
    size_t between = ev.last + 1;
    if (IsWord(between) && tokens_[between].lower_view() == "in")
      if (const Arg* place = ArgStartingAt(between + 1)) between = place->last + 1;
    if (between + 1 > sentence_last || !IsWord(between) || tokens_[between].lower_view() != "between") return false;
    std::vector<Arg> parties;
    for (size_t k = between + 1; k <= sentence_last && k <= between + 14; ++k) {
      if (!IsWord(k)) {
        if (tokens_[k].text == "," || tokens_[k].text == ";" || tokens_[k].text == ":") break;
        continue;
      }
      if (IsVerbish(k) && !tokens_[k].capitalized) break;
      // (Up to the next phrase: "talks between China and Portugal on the
      // future of Macao", "between management and unions at Cargill".)
      if (!parties.empty() && Prepositions().contains(tokens_[k].lower) && tokens_[k].lower_view() != "of") break;
      if (const Arg* a = ArgStartingAt(k)) {
        if (!IsQualifier(*a) && out.entities[a->entity].type != EntityType::kEvent &&
            std::none_of(parties.begin(), parties.end(), [&](const Arg& p) { return p.entity == a->entity; }))
          parties.push_back(*a);
        k = a->last;
      }
    }
    if (parties.empty()) return false;
    const Modality modality = ModalityBefore(ev.first, sentence_first_[tokens_[ev.first].sentence]);
    const int event = EventEntity(ev, out);
    for (const Arg& p : parties)
      AddTriple(out, p.entity, event, ev.noun, std::string(kParticipationCode), "", modality, ev.first, p.last);
    for (size_t a = 0; a < parties.size(); ++a)
      for (size_t b = a + 1; b < parties.size(); ++b)
        AddTriple(out, parties[a].entity, parties[b].entity, ev.noun, "04", "", modality, ev.first, parties[b].last);
    return true;
  }

  // Is a noun of what can be met (`requirement_noun`: "demand",
  // "requirements", "target") among the four words after `verb_last`?
  bool RequirementAfter(size_t verb_last, size_t sentence_last) const {
    for (size_t k = verb_last + 1; k <= sentence_last && k <= verb_last + 4; ++k) {
      if (!IsWord(k)) {
        if (tokens_[k].text == "," || tokens_[k].text == ";") return false;
        continue;
      }
      if (InClass(WordClass::kRequirementNoun, tokens_[k].lower)) return true;
      if (tokens_[k].lower_view() == "to" || tokens_[k].lower_view() == "and" || IsVerbish(k)) return false;
    }
    return false;
  }

  // Does an unnamed subject quantified by "most", "some", "many", "few" or
  // "several", or a percentage, end at `last` ("most creditors", "some
  // ministers and union leaders", "Some lawmakers" opening a sentence, "63%",
  // "63 per cent")? Not a pronoun, a name or a possessive; not a quantifier
  // after an owner or an article ("Britain's most senior diplomats", "the
  // most senior diplomats"), nor one coordinated with an actor before it
  // ("Britain and several other countries").
  bool QuantifiedUnnamedSubjectEndsAt(size_t last) const {
    if (last > 0 && SameSentence(last - 1, last) && StartsWithDigit(last - 1) &&
        (tokens_[last].text == "%" || tokens_[last].lower_view() == "pct" || tokens_[last].lower_view() == "percent"))
      return true;
    if (last > 1 && SameSentence(last - 2, last) && StartsWithDigit(last - 2) && tokens_[last - 1].lower_view() == "per" &&
        tokens_[last].lower_view() == "cent")
      return true;
    if (!PluralCommonNounAt(last)) return false;
    static const WordSet kQuantifiers{"most", "some", "many", "few", "several"};
    static const WordSet kOwnersAndArticles{"the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
                                            "this", "these", "those"};
    for (size_t c = last; c-- > 0 && c + 6 > last && SameSentence(c, last);) {
      const bool opens_sentence = c == sentence_first_[tokens_[c].sentence];
      if (!IsWord(c) || (tokens_[c].capitalized && !opens_sentence) || ArgEndingAt(c)) return false;
      std::string_view w = tokens_[c].lower;
      if (kQuantifiers.contains(w)) {
        if (opens_sentence) return true;
        const size_t before = c - 1;
        return SameSentence(before, c) && !Possessive(before) && !ArgEndingAt(before) && tokens_[before].text != "," &&
               !(IsWord(before) && (kOwnersAndArticles.contains(tokens_[before].lower) ||
                                    tokens_[before].lower_view() == "and"));
      }
      if (w != "and" && !CommonNounAt(c)) return false;
    }
    return false;
  }

  // Does the token at `i` start with a digit ("63", "1987")?
  bool StartsWithDigit(size_t i) const {
    return !tokens_[i].text.empty() && absl::ascii_isdigit(static_cast<unsigned char>(tokens_[i].text.front()));
  }

  // A lower-case word spelt like a plural: longer than three letters, ending
  // in "s" but not "ss" ("creditors", not "press" or "bus").
  static bool LooksPlural(std::string_view w) { return w.size() > 3 && w.ends_with("s") && !w.ends_with("ss"); }

  // Is the token at `k` a plural common noun heading an unnamed phrase
  // ("creditors", "lawmakers"): lower case, no name's end, possessive or
  // pronoun?
  bool PluralCommonNounAt(size_t k) const {
    return IsWord(k) && !tokens_[k].capitalized && !ArgEndingAt(k) && !Possessive(k) &&
           LooksPlural(tokens_[k].lower) && !IsPersonalPronoun(tokens_[k].lower) && CommonNounAt(k);
  }

  // Can the lower-case word at `k` be a common noun after an adjective: no
  // function word, verb, adverb, time or comparison ("dangerous when",
  // "naive and", "wrong to", "courage today")?
  bool CommonNounAt(size_t k) const {
    std::string_view w = tokens_[k].lower;
    if (Prepositions().contains(w) || Determiners().contains(w) || Subordinators().contains(w) || IsAuxiliary(w) ||
        IsAdverb(w) || IsNegator(w) || IsVerbish(k))
      return false;
    return w != "and" && w != "or" && w != "but" && w != "to" && w != "than" && w != "enough" &&
           !w.ends_with("ly") && !InClass(WordClass::kTimeWord, w) &&
           lex_.Polarity(w) == 0;
  }

  // A speech verb coded as a statement to someone (one-word 01 verbs:
  // "told", "tells"): its object is the one spoken to.
  bool AddresseeVerb(size_t k) const {
    if (!IsWord(k) || tokens_[k].capitalized || !lex_.IsSpeechVerb(tokens_[k].lower)) return false;
    const std::optional<VerbInfo> info = EventVerbAt(k, 1);
    return info && info->code == "01";
  }

  // "lifting the arms embargo", "his plan to remove the embargo": an act
  // (not a speech) is done to the event right before it; what is judged is
  // that act, not the event.
  bool EventActedOn(const EventNoun& ev) const {
    size_t k = ev.first;
    while (k > 0 && IsWord(k - 1) && SameSentence(k - 1, ev.first) && !tokens_[k - 1].capitalized &&
           (Determiners().contains(tokens_[k - 1].lower) || InClass(WordClass::kEventModifier, tokens_[k - 1].lower)))
      --k;
    if (k == 0 || !IsWord(k - 1) || !SameSentence(k - 1, ev.first)) return false;
    std::string_view w = tokens_[k - 1].lower;
    if (w == "to") return true;
    // "his plan to remove the embargo".
    if (k >= 2 && IsWord(k - 2) && tokens_[k - 2].lower_view() == "to" && !tokens_[k - 1].capitalized) return true;
    if (lex_.IsSpeechVerb(w) || IsAuxiliary(w)) return false;
    return (w.size() > 4 && w.ends_with("ing")) || IsVerbish(k - 1);
  }

  // An event judged in speech ("said the plan was dangerous"): only an event
  // the article also relates otherwise becomes its target, since an event
  // named only in passing is seldom what a reader would list.
  struct EventJudgement {
    int speaker;
    const EventNoun* event;
    size_t word;  // the judging word
    int polarity;
    Modality modality;
    std::optional<Arg> actor;  // judged instead when the event is not kept
  };

  void ResolveEventJudgements(Extraction& out) {
    if (event_judgements_.empty()) return;
    // The events the article relates, and whether one is a policy.
    std::set<std::string> related_events;
    std::set<int> related_kinds;  // of policies, see PolicyKind
    for (size_t k = 0; k < out.entities.size(); ++k) {
      const Entity& e = out.entities[k];
      if (e.type != EntityType::kEvent || e.mentions.empty()) continue;
      related_events.insert(e.name);
      related_kinds.insert(PolicyKind(EventHead(static_cast<int>(k), out)));
    }
    related_kinds.erase(0);
    for (const EventJudgement& j : event_judgements_) {
      const std::string name = NameEvent(*j.event, out).name;
      // (A policy joins the article's policy of its kind, see MergePolicies.)
      const bool related = related_events.contains(name) || related_kinds.contains(PolicyKind(j.event->noun));
      if (!related && !j.actor) continue;
      const Arg judged = related ? Arg{j.event->first, j.event->last, EventEntity(*j.event, out)} : *j.actor;
      AddJudgement(out, j.speaker, judged, j.word, j.polarity, j.modality);
    }
  }

  // Criticism (11) or praise (05) of `judged` by `speaker` in the word at `word`.
  // `lemma`: the predicate, else the judging word.
  void AddJudgement(Extraction& out, int speaker, const Arg& judged, size_t word, int polarity, Modality modality,
                    std::string_view lemma = "") {
    AddTriple(out, speaker, judged.entity, lemma.empty() ? tokens_[word].lower : std::string(lemma),
              polarity > 0 ? "05" : "11", "", modality,
              std::min(judged.first, word), std::max(judged.last, word));
  }

  // "Mr Kennedy said Tony Blair should (needed to, ought to) set out an exit
  // strategy" (02), "the
  // government must give a far clearer reason" in Mr Ancram's quotation
  // (10): saying what another actor should do appeals to it, what it must do
  // demands it. The actor is the subject right before the modal, with an
  // active verb after it ("should be punished" asks nothing of them); only
  // actors starting in [from, to).
  void DemandsOf(int speaker, size_t from, size_t to, size_t last, Extraction& out) {
    if (out.entities[speaker].type == EntityType::kEvent || out.entities[speaker].generic) return;
    for (size_t t = from; t < to && t < tokens_.size(); ++t) {
      const Arg* a = ArgStartingAt(t);
      if (!a || a->entity == speaker || IsQualifier(*a) || out.entities[a->entity].type == EntityType::kEvent) continue;
      if (Possessive(a->last)) continue;  // "Iran's forces must"
      size_t m = a->last + 1;
      if (!IsWord(m)) continue;
      std::string_view modal = tokens_[m].lower;
      // "said Dr Gibbons needed to change policy", "ought to": as "should".
      const bool to_follows = IsWord(m + 1) && tokens_[m + 1].lower_view() == "to";
      const bool needs_to =
          (modal == "need" || modal == "needs" || modal == "needed" || modal == "ought") && to_follows;
      // "said Japan has to open its markets": as "must" (not "had to",
      // often a past necessity met: "the bank had to take a charge").
      const bool has_to = (modal == "has" || modal == "have") && to_follows;
      if (modal != "should" && modal != "must" && !needs_to && !has_to) continue;
      size_t v = needs_to || has_to ? m + 2 : m + 1;
      while (v <= last && IsWord(v) && IsAdverb(tokens_[v].lower)) ++v;
      // (Not "has to date": a time, no verb.)
      if (v > last || !IsWord(v) || tokens_[v].capitalized || IsNegator(tokens_[v].lower) ||
          tokens_[v].lower_view() == "be" || tokens_[v].lower_view() == "have" || tokens_[v].lower_view() == "date")
        continue;
      AddTriple(out, speaker, a->entity, has_to ? "have to" : std::string(tokens_[m].lower),
                modal == "must" || has_to ? "10" : "02", "", Modality::kAsserted, a->first, v);
    }
  }

  // --- quotes ---
  void MarkQuoteTokens() {
    quote_tokens_.clear();
    std::vector<size_t> open;
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (i > 0 && !open.empty()) {
        std::string_view gap = std::string_view(doc_.text).substr(tokens_[i - 1].span.end, tokens_[i].span.begin - tokens_[i - 1].span.end);
        const auto newlines = std::count(gap.begin(), gap.end(), '\n');
        if (newlines >= 1 && tokens_[i].kind == TokenKind::kOpenQuote) {
          // A new paragraph that opens a quote closes any quote left open.
          quote_tokens_.push_back({open.front(), i});
          open.clear();
        } else if (newlines >= 2 || gap.find("\n  ") != std::string_view::npos) {
          // A paragraph that neither closes its quotation nor is continued
          // by one (`lists were "only 10% of the agenda. Dr Gibbons said ...
          // after "tremendous change".` and a new paragraph): a slip — the
          // quotation ends with its first sentence, and what follows is
          // read again without it.
          const size_t from = open.front();
          size_t end = i;
          for (size_t k = from + 1; k < i; ++k) {
            if (EndMarkAt(k)) {
              end = k + 1;
              break;
            }
          }
          quote_tokens_.push_back({from, end});
          open.clear();
          if (end < i) {
            i = end - 1;  // the loop's ++i reads again from `end`
            continue;
          }
        }
      }
      // `...change. "Some of ...`: a paragraph-style quotation left open and
      // continued by a new opening mark of the same kind (paragraph breaks
      // lost in scraping) — the first one ends where the second begins.
      if (tokens_[i].kind == TokenKind::kOpenQuote && open.size() == 1 && i > 0 &&
          tokens_[open.front()].text == tokens_[i].text &&
          (EndMarkAt(i - 1) || (tokens_[i - 1].kind == TokenKind::kPunctuation &&
                                (tokens_[i - 1].text == "..." || tokens_[i - 1].text == "\xE2\x80\xA6")))) {
        quote_tokens_.push_back({open.front(), i});
        open.clear();
      }
      if (tokens_[i].kind == TokenKind::kOpenQuote) {
        open.push_back(i);
      } else if (tokens_[i].kind == TokenKind::kCloseQuote && !open.empty()) {
        size_t b = open.back();
        open.pop_back();
        if (open.empty()) quote_tokens_.push_back({b, i});
      }
    }
    if (!open.empty()) quote_tokens_.push_back({open.front(), tokens_.size()});
    inside_quote_.assign(tokens_.size(), false);
    for (const auto& [b, e] : quote_tokens_) {
      for (size_t t = b + 1; t < e && t < tokens_.size(); ++t) inside_quote_[t] = true;
    }
  }

  // "thousands", "hundreds", "2,600", "dozens": a quantity before "of".
  bool IsQuantityWord(size_t i) const {
    if (!IsWord(i)) return false;
    std::string_view w = tokens_[i].lower;
    return absl::ascii_isdigit(static_cast<unsigned char>(w[0])) || InClass(WordClass::kQuantityNoun, w) ||
           IsQuantifier(w);
  }

  // An unnamed speaker whose head noun ends at `head` ("a senior Arab
  // banker", "Western diplomats", "military sources"): its token range
  // without the determiner, or nullopt.
  // A noun for unnamed speakers: a group noun or a news medium's ("the radio").
  // ("the report said": its author, see ReportAuthor; a report only as
  // the subject of a speech verb, not what is said: "said the report was".)
  bool SpeakerNoun(size_t i) const {
    return IsWord(i) && (lex_.GroupNounType(tokens_[i].lower) || lex_.IsMediaNoun(tokens_[i].lower) ||
                         (InClass(WordClass::kReportNoun, tokens_[i].lower) && IsWord(i + 1) &&
                          lex_.IsSpeechVerb(tokens_[i + 1].lower) && !(i > 0 && IsWord(i - 1) && lex_.IsSpeechVerb(tokens_[i - 1].lower)) &&
                          ReportAuthor(i, *out_) >= 0));
  }

  std::optional<std::pair<size_t, size_t>> GroupEndingAt(size_t head) const {
    if (!SpeakerNoun(head)) return std::nullopt;
    size_t first = head;
    for (int k = 0; k < 3 && first > 0; ++k) {
      size_t j = first - 1;
      if (!IsWord(j) || !SameSentence(j, head)) break;
      std::string_view w = tokens_[j].lower;
      // A demonym is a modifier ("a senior Chilean diplomat"); other names are not.
      const Arg* name = ArgEndingAt(j);
      bool demonym = name && name->first == j && out_->entities[name->entity].type == EntityType::kLocation;
      if (IsQuantifier(w) || Determiners().contains(w) || Prepositions().contains(w) || IsVerbish(j) ||
          w == "and" || w == "or" || (name && !demonym) || lex_.IsNonName(tokens_[j].text))
        break;
      // ("the Canada-based company": the second half of a hyphenated
      // modifier is no speaker's word; the group is "company".)
      if (j > 0 && tokens_[j - 1].text == "-" && tokens_[j - 1].span.end == tokens_[j].span.begin) break;
      first = j;
    }
    return std::make_pair(first, head);
  }

  // Is the token at `comma` a comma before "who" or "which"?
  bool OpensRelativeClause(size_t comma) const {
    return comma < tokens_.size() && tokens_[comma].text == "," && IsWord(comma + 1) &&
           IsRelativePronoun(tokens_[comma + 1].lower);
  }

  // The comma opening a relative clause that the comma at `close` ends
  // (", who asked not to be named,"), within the sentence and with no other
  // comma or quotation mark inside; `close` if there is none.
  size_t RelativeClauseStart(size_t close) const {
    for (size_t c = close; c-- > 0 && c + 24 > close && SameSentence(c, close);) {
      if (tokens_[c].kind == TokenKind::kOpenQuote || tokens_[c].kind == TokenKind::kCloseQuote) break;
      if (tokens_[c].text != ",") continue;
      return OpensRelativeClause(c) ? c : close;
    }
    return close;
  }

  // The comma closing a relative clause that the comma at `open` opens;
  // `open` if there is none (RelativeClauseStart's counterpart).
  size_t RelativeClauseEnd(size_t open) const {
    if (!OpensRelativeClause(open)) return open;
    for (size_t c = open + 2; c < tokens_.size() && c < open + 24 && SameSentence(open, c); ++c) {
      if (tokens_[c].kind == TokenKind::kOpenQuote || tokens_[c].kind == TokenKind::kCloseQuote) break;
      if (tokens_[c].text == ",") return c;
    }
    return open;
  }

  // Do the tokens [first, head] hold an unnamed speaker and nothing before
  // it but an article or a quantifier ("a foreign banker", "one official")?
  bool GroupFrom(size_t first, size_t head) const {
    const auto g = GroupEndingAt(head);
    return g && (g->first == first || (g->first == first + 1 && IsWord(first) &&
                                       (IsArticle(tokens_[first].lower) || IsQuantifier(tokens_[first].lower))));
  }

  // The unnamed speaker before a speech verb at `verb`: "diplomats said",
  // "a senior Arab banker in the area said", "a Sony official, who asked not
  // to be named, said".
  std::optional<std::pair<size_t, size_t>> GroupBeforeVerb(size_t verb) const {
    if (verb == 0) return std::nullopt;
    size_t j = verb - 1;
    if (auto g = GroupEndingAt(j)) return g;
    if (tokens_[j].text == ",")
      if (const size_t comma = RelativeClauseStart(j); comma < j && comma > 0)
        if (auto g = GroupEndingAt(comma - 1)) return g;
    // Skip a short prepositional phrase: "in the area", "in the region".
    for (size_t p = j; p + 4 > j && p > 0; --p) {
      if (!IsWord(p) || !SameSentence(p, verb)) break;
      if (Prepositions().contains(tokens_[p].lower)) return GroupEndingAt(p - 1);
    }
    return std::nullopt;
  }

  // The unnamed speaker starting at `i` after a speech verb: `," one
  // diplomat said` is handled by GroupBeforeVerb; this is `commented another
  // diplomat:`.
  std::optional<std::pair<size_t, size_t>> GroupStartingAt(size_t i) const {
    size_t k = i;
    while (IsWord(k) && IsQuantifier(tokens_[k].lower)) ++k;
    for (size_t head = k; head < k + 4 && head < tokens_.size() && IsWord(head); ++head) {
      // (Not past a preposition: "added on BBC Radio:" names no speaker;
      // "one of the officials" does.)
      if (!tokens_[head].capitalized && Prepositions().contains(tokens_[head].lower) && tokens_[head].lower_view() != "of")
        break;
      if (SpeakerNoun(head)) {
        auto g = GroupEndingAt(head);
        if (g && g->first <= k) return std::make_pair(k, head);
        return g;
      }
    }
    return std::nullopt;
  }

  // Is the token at `i` a lower-case word that can describe a title before
  // its holder's name ("energy" in "Renaissance Capital energy analyst X"):
  // no verb, preposition, determiner or "and"?
  bool DescribingWordAt(size_t i) const {
    return IsWord(i) && !tokens_[i].capitalized && !IsVerbish(i) && !Prepositions().contains(tokens_[i].lower) &&
           !Determiners().contains(tokens_[i].lower) && tokens_[i].lower_view() != "and";
  }

  // The token after a short parenthesis opening at `i` ("(Japan)", "(D-Okla.)")
  // and a company's suffix right after it, else `i`.
  size_t PastParenthesis(size_t i) const {
    if (i >= tokens_.size() || tokens_[i].text != "(") return i;
    for (size_t k = i + 1; k < tokens_.size() && k < i + 6; ++k) {
      if (tokens_[k].text != ")") continue;
      // (And past a company's suffix after it: "Salomon Brothers (Asia) Ltd".)
      return IsWord(k + 1) && SameSentence(k, k + 1) && InClass(WordClass::kCompanySuffix, Base(k + 1)) ? k + 2 : k + 1;
    }
    return i;
  }

  // The one a "quoted X as saying" at `verb` quotes: X's entity (an
  // unnamed "the official" is a group, -1 when it is no entity); nullopt
  // when the verb is no "quoted ... as saying".
  std::optional<int> QuotedAsSaying(size_t verb, Extraction& out) {
    if (!IsWord(verb) || !tokens_[verb].lower_view().starts_with("quot")) return std::nullopt;
    size_t as = verb + 1;
    while (as < verb + 9 && IsWord(as) && SameSentence(verb, as) && tokens_[as].lower_view() != "as") ++as;
    // (Not "X was quoted as saying", "X was quoted by Kyodo as saying": X speaks.)
    if (as == verb + 1 || tokens_[verb + 1].lower_view() == "by" || !IsWord(as) || tokens_[as].lower_view() != "as" || !IsWord(as + 1) ||
        tokens_[as + 1].lower_view() != "saying")
      return std::nullopt;
    size_t o = verb + 1;
    if (IsWord(o) && IsArticle(tokens_[o].lower))
      ++o;
    // ("quoted prosecutor Russell McGuire as saying": past the title.)
    size_t named = o;
    while (named < as && InRole(named)) ++named;
    if (const Arg* quoted = ArgStartingAt(named); quoted && quoted->last + 1 == as) return quoted->entity;
    if (auto g = GroupStartingAt(o); g && g->second + 1 == as) return GroupEntity(*g, out);
    if (verb + 2 == as && (tokens_[verb + 1].lower_view() == "him" || tokens_[verb + 1].lower_view() == "her"))
      if (auto pronoun = ResolvePronoun(verb + 1, /*person=*/true, out, /*object=*/true)) return pronoun->entity;
    return -1;
  }

  // Is the group noun phrase at `group` ("official") right after a name
  // that follows `i` past quantifiers ("a Chrysler official")?
  bool OwnerBeforeGroup(size_t i, size_t group) const {
    size_t k = i;
    while (k < group && IsWord(k) && IsQuantifier(tokens_[k].lower)) ++k;
    const Arg* owner = ArgStartingAt(k);
    return owner != nullptr && owner->last + 1 == group;
  }

  // The actor reported in sentence `s`: the subject of its first reporting
  // verb outside quotations ("the Conservatives insisted ...", "In a
  // statement, the party said ..."), or -1 (also for an event or an unnamed
  // group).
  // (Found once per sentence: asked again for each spokesman after it.)
  int SentenceSpeaker(int s, const Extraction& out) const {
    if (sentence_speaker_.empty()) sentence_speaker_.assign(out.sentences.size(), -2);
    int& speaker = sentence_speaker_[s];
    if (speaker != -2) return speaker;
    speaker = -1;
    std::vector<Arg> args = SentenceArgs(s, out);
    for (size_t v = sentence_first_[s]; v <= sentence_last_[s]; ++v) {
      if (!IsWord(v) || tokens_[v].capitalized || InsideQuote(v) || !lex_.IsSpeechVerb(tokens_[v].lower)) continue;
      std::vector<Arg> speakers = SubjectsBefore(v, args, out);
      if (speakers.empty()) continue;
      const Entity& e = out.entities[speakers.front().entity];
      speaker = e.type == EntityType::kEvent || e.generic ? -1 : speakers.front().entity;
      break;
    }
    return speaker;
  }

  // The first token whose lower-case form is `lower` (indexed once).
  size_t FirstWordAt(const std::string& lower) const {
    if (first_word_at_.empty()) {
      for (size_t t = tokens_.size(); t-- > 0;)
        if (IsWord(t)) first_word_at_[tokens_[t].lower] = t;
      first_word_at_[""] = tokens_.size();
    }
    auto it = first_word_at_.find(lower);
    return it == first_word_at_.end() ? tokens_.size() : it->second;
  }

  // "a spokesman said" with no one named for him, after sentences that
  // report an organisation ("They said they would press Labour ... \"...\"
  // a spokesman said"): he speaks for it. The nearest of the three sentences
  // before that reports anyone decides; a person there leaves him unnamed.
  int OrganisationOfBareSpokesman(size_t first, size_t last, const Extraction& out) const {
    if (first != last || first == 0 || !IsWord(first - 1) ||
        (tokens_[first - 1].lower_view() != "a" && tokens_[first - 1].lower_view() != "the") ||
        !InClass(WordClass::kSpokespersonNoun, tokens_[first].lower))
      return -1;
    // "the spokesman" after another spokesman is that one (see
    // OrganisationOfDefiniteSpokesman).
    if (tokens_[first - 1].lower_view() == "the" && FirstWordAt(tokens_[first].lower) < first) return -1;
    const int s = tokens_[first].sentence;
    for (int p = s - 1; p >= 0 && p >= s - 3; --p) {
      if (repeated_[sentence_first_[p]]) continue;
      const int speaker = SentenceSpeaker(p, out);
      if (speaker < 0) continue;
      return out.entities[speaker].type == EntityType::kOrganization ? speaker : -1;
    }
    return -1;
  }

  // `," said the statement`: the statement the article last mentioned in the
  // three sentences before, standing for the one it reports ("In a
  // statement, the party said ..."); -1 when there is none.
  int IssuerOfDocument(size_t noun) const {
    if (noun == 0 || !IsWord(noun) || !InClass(WordClass::kDocumentNoun, tokens_[noun].lower)) return -1;
    // "the statement", "the March 9 letter", "the non-binding Senate
    // resolution": "the" and up to three modifiers; an actor among them
    // issued it.
    // (A person, an organisation or a state issues documents.)
    auto issuer = [&](const Arg* a) {
      if (!a || Possessive(a->last)) return -1;
      const Entity& e = out_->entities[a->entity];
      return e.type == EntityType::kPerson || e.type == EntityType::kOrganization || IsCountry(e) ? a->entity : -1;
    };
    size_t the = noun;
    int issuer_named = -1;
    for (size_t t = noun; t-- > 0 && t + 5 > noun && SameSentence(t, noun);) {
      if (!IsWord(t)) break;
      if (tokens_[t].lower_view() == "the") {
        the = t;
        break;
      }
      if (const Arg* a = ArgEndingAt(t); a && !Possessive(a->last)) {
        if (const int e = issuer(a); e >= 0) issuer_named = e;
        t = a->first;
        continue;
      }
      if (IsVerbish(t) || lex_.IsSpeechVerb(tokens_[t].lower) || Prepositions().contains(tokens_[t].lower)) break;
    }
    if (the == noun) return -1;
    if (issuer_named >= 0) return issuer_named;
    const int s = tokens_[noun].sentence;
    // (At most 400 tokens back: sentences have no length limit.)
    for (size_t t = the; t-- > 0 && tokens_[t].sentence + 3 >= s && t + 400 > noun;) {
      if (!IsWord(t) || tokens_[t].lower != tokens_[noun].lower || InsideQuote(t)) continue;
      if (t > 0 && IsWord(t - 1) && tokens_[t - 1].lower_view() == "the") continue;  // another reference
      // "a Senate resolution": the actor naming it.
      if (const int e = issuer(t > 0 ? ArgEndingAt(t - 1) : nullptr); e >= 0) return e;
      if (const int speaker = SentenceSpeaker(tokens_[t].sentence, *out_); speaker >= 0) return speaker;
      // "X has written Y a letter": the subject of the verb it is the object of.
      for (size_t v = t; v-- > sentence_first_[tokens_[t].sentence] && v + 12 > t;) {
        if (!IsWord(v) || tokens_[v].capitalized || InsideQuote(v)) continue;
        if (!IsVerbish(v) || IsAuxiliary(tokens_[v].lower)) continue;
        std::vector<Arg> args = SentenceArgs(tokens_[t].sentence, *out_);
        std::vector<Arg> subjects = SubjectsBefore(v, args, *out_);
        // (Only a subject right before the verb: in "Following meetings with
        // X, the groups issued a statement" X issued nothing.)
        bool adjacent = !subjects.empty() && !AfterPreposition(subjects.front(), args);
        for (size_t c = adjacent ? subjects.front().last + 1 : v; c < v; ++c) adjacent = adjacent && tokens_[c].text != ",";
        if (adjacent && out_->entities[subjects.front().entity].type != EntityType::kEvent &&
            !out_->entities[subjects.front().entity].generic)
          return subjects.front().entity;
        break;
      }
      return -1;
    }
    return -1;
  }

  // The document that is the subject of the speech verb at `verb` ("the
  // resolution said", "The letter signed by the 16 panel members said"):
  // its issuer (IssuerOfDocument), or -1.
  int DocumentSubjectOf(size_t verb) const {
    const int s = tokens_[verb].sentence;
    for (size_t t = verb; t-- > sentence_first_[s] && t + 9 > verb;) {
      if (!IsWord(t) || InsideQuote(t) || tokens_[t].lower_view() == "that") return -1;
      if (InClass(WordClass::kDocumentNoun, tokens_[t].lower)) return IssuerOfDocument(t);
    }
    return -1;
  }

  // The document-local entity for an unnamed speaker, created on first use.
  // "The spokesman said" after "an Iranian Foreign Ministry spokesman" or
  // "a spokesman for the Defence Ministry": the organisation the last such
  // speaker spoke for; -1 when the last one (skipping "the spokesman"
  // itself) spoke for no organisation.
  int OrganisationOfDefiniteSpokesman(size_t first, size_t last, const Extraction& out) const {
    if (first != last || first == 0 || !IsWord(first - 1) || tokens_[first - 1].lower_view() != "the" ||
        lex_.GroupNounType(tokens_[first].lower) != EntityType::kPerson)
      return -1;
    std::string_view noun = tokens_[first].lower;
    auto organisation = [&](const Arg* a) {
      return a && out.entities[a->entity].type == EntityType::kOrganization ? a->entity : -1;
    };
    for (size_t t = first - 1; t-- > 0;) {
      if (!IsWord(t) || tokens_[t].lower_view() != noun) continue;
      if (t > 0 && IsWord(t - 1) && tokens_[t - 1].lower_view() == "the") continue;  // another "the spokesman"
      size_t owner_at = t + 2;  // "spokesman for (the) X"
      if (IsWord(owner_at) && tokens_[owner_at].lower_view() == "the") ++owner_at;
      if (t > 0 && ArgEndingAt(t - 1)) return organisation(ArgEndingAt(t - 1));
      if (IsWord(t + 1) && tokens_[t + 1].lower_view() == "for") return organisation(ArgStartingAt(owner_at));
      return -1;
    }
    return -1;
  }

  // The author of "the report" at `noun`, from the latest earlier mention
  // of a report that names one: "Oxfam says in a report", "an Oxfam
  // report", "Oxfam's report", "a report by Oxfam"; -1 if none.
  int ReportAuthor(size_t noun, const Extraction& out) const {
    auto actor = [&](const Arg* a) {
      return a && out.entities[a->entity].type != EntityType::kEvent && !IsQualifier(*a) ? a->entity : -1;
    };
    for (size_t t = noun; t-- > 0;) {
      if (!IsWord(t) || !InClass(WordClass::kReportNoun, tokens_[t].lower)) continue;
      if (t > 0 && IsWord(t - 1) && tokens_[t - 1].lower_view() == "the") continue;  // another "the report"
      if (int a = t > 0 ? actor(ArgEndingAt(t - 1)) : -1; a >= 0) return a;
      size_t by = t + 1;
      // ("a new report was published by the IFS")
      if (IsWord(by) && IsAuxiliary(tokens_[by].lower) && IsWord(by + 1) &&
          InClass(WordClass::kPublishingVerb, tokens_[by + 1].lower))
        by += 2;
      if (IsWord(by) && (tokens_[by].lower_view() == "by" || tokens_[by].lower_view() == "from")) {
        size_t at = by + 1;
        if (IsWord(at) && tokens_[at].lower_view() == "the") ++at;
        return actor(ArgStartingAt(at));
      }
      // "The IFS published a study", "Oxfam released its annual report".
      size_t verb = t;
      while (verb > 0 && t - verb < 4 && IsWord(verb - 1) && !tokens_[verb - 1].capitalized &&
             !InClass(WordClass::kPublishingVerb, tokens_[verb - 1].lower) && !IsVerbish(verb - 1) &&
             !Prepositions().contains(tokens_[verb - 1].lower))
        --verb;
      if (verb > 0 && IsWord(verb - 1) && InClass(WordClass::kPublishingVerb, tokens_[verb - 1].lower)) {
        std::vector<Arg> authors = SubjectsBefore(verb - 1, args_, out);
        return authors.empty() ? -1 : actor(&authors.front());
      }
      // "X says in a report", "X said in its annual report".
      size_t in = t;
      while (in > 0 && IsWord(in - 1) && SameSentence(in - 1, t) && !tokens_[in - 1].capitalized &&
             tokens_[in - 1].lower_view() != "in" && t - in < 3)
        --in;
      if (in >= 2 && IsWord(in - 1) && tokens_[in - 1].lower_view() == "in" && IsWord(in - 2) &&
          lex_.IsSpeechVerb(tokens_[in - 2].lower)) {
        std::vector<Arg> speakers = SubjectsBefore(in - 2, args_, out);
        return speakers.empty() ? -1 : actor(&speakers.front());
      }
      return -1;
    }
    return -1;
  }

  int GroupEntity(std::pair<size_t, size_t> range, Extraction& out) {
    auto [first, last] = range;
    if (InClass(WordClass::kReportNoun, tokens_[last].lower)) return ReportAuthor(last, out);
    // "the officials" after "Japanese officials" in this sentence or the
    // three before: the state or body they stand for (as
    // OrganisationOfDefiniteSpokesman does for "the spokesman").
    if (first == last && first > 0 && IsWord(first - 1) && tokens_[first - 1].lower_view() == "the" &&
        InClass(WordClass::kRepresentativeNoun, tokens_[first].lower)) {
      const int s = tokens_[first].sentence;
      const size_t from = sentence_first_[static_cast<size_t>(std::max(0, s - 3))];
      for (size_t t = first - 1; t-- > from;) {
        if (tokens_[t + 1].lower != tokens_[first].lower) continue;
        if (const Arg* a = ArgEndingAt(t);
            a && !Possessive(a->last) && out.entities[a->entity].type != EntityType::kPerson &&
            out.entities[a->entity].type != EntityType::kEvent && !out.entities[a->entity].generic)
          return a->entity;
      }
    }
    // "the radio said", "the agency added": the news medium named last,
    // preferring one whose name ends in the noun ("Tehran Radio").
    if (first == last && lex_.IsMediaNoun(tokens_[first].lower) && first > 0 && IsWord(first - 1) &&
        tokens_[first - 1].lower_view() == "the") {
      int medium[2] = {-1, -1};  // [0] any medium, [1] one named with the noun
      uint32_t latest[2] = {0, 0};
      const std::string& noun = tokens_[first].lower;
      for (size_t e = 0; e < out.entities.size(); ++e) {
        if (out.entities[e].type != EntityType::kOrganization) continue;
        std::string name = AsciiLower(out.entities[e].name);
        // "Tehran Radio", "Radio Lima": an organisation named with the noun
        // is a medium of that kind even when the lexicon does not list it.
        const bool named_with_noun = name.ends_with(" " + noun) || name.starts_with(noun + " ");
        if (!named_with_noun && !lex_.IsNewsMedium(out.entities[e].name)) continue;
        for (int m : out.entities[e].mentions) {
          uint32_t at = out.mentions[m].span.begin;
          if (at >= tokens_[first].span.begin) continue;
          for (int k = 0; k < 1 + named_with_noun; ++k) {
            if (medium[k] < 0 || at >= latest[k]) {
              medium[k] = static_cast<int>(e);
              latest[k] = at;
            }
          }
        }
      }
      if (medium[1] >= 0) return medium[1];
      if (medium[0] >= 0) return medium[0];
    }
    if (int org = OrganisationOfDefiniteSpokesman(first, last, out); org >= 0) return org;
    if (int org = OrganisationOfBareSpokesman(first, last, out); org >= 0) return org;
    // "a DTI official said", "an OFTEL spokeswoman said": an unnamed person
    // speaking for the organisation named right before is the organisation.
    if (InClass(WordClass::kSpokespersonNoun, tokens_[last].lower) && first > 0) {
      const Arg* owner = ArgEndingAt(first - 1);
      if (owner && !Possessive(owner->last) && out.entities[owner->entity].type == EntityType::kOrganization &&
          !out.entities[owner->entity].generic)
        return owner->entity;
    }
    Span span{tokens_[first].span.begin, tokens_[last].span.end};
    std::string name = CollapseSpaces(doc_.text.substr(span.begin, span.size()));
    std::optional<EntityType> group_type = lex_.GroupNounType(tokens_[last].lower);
    EntityType type = group_type ? *group_type : EntityType::kOrganization;
    int id = -1;
    for (size_t e = 0; e < out.entities.size() && id < 0; ++e) {
      if (out.entities[e].generic && AsciiLower(out.entities[e].name) == AsciiLower(name)) id = static_cast<int>(e);
    }
    if (id < 0) {
      Entity entity;
      entity.name = name;
      entity.type = type;
      entity.generic = true;
      out.entities.push_back(std::move(entity));
      id = static_cast<int>(out.entities.size() - 1);
    }
    AddMention(out, id, span, tokens_[first].sentence);
    // The head noun alone is how the article refers back to the description
    // ("Tony Blair's official spokesman ... the spokesman"): a nested mention.
    if (first < last && group_type)
      AddMention(out, id, {tokens_[last].span.begin, base_ends_[last]}, tokens_[first].sentence);
    return id;
  }

  // Speaker entity of the quote between tokens `open` and `close`; -1 if none.
  // Sets *direct when a speech verb attaches the speaker to the quote.
  // An event verb of saying something to or about someone, as its CAMEO
  // code tells (01, 02, 10 to 13: "urged", "accused", "warned").
  bool VerbalVerbAt(size_t v) const {
    const std::optional<VerbInfo> verb = EventVerbAt(v, 3);
    if (!verb) return false;
    const std::string_view code = verb->code;
    return code == "01" || code == "02" || code == "10" || code == "11" || code == "12" || code == "13";
  }

  // Is `to` an infinitive's "to" after the actor asked to act: "urged the
  // chancellor to admit", "asked him to say"?
  bool ActorBeforeInfinitiveAt(size_t to) const {
    return to > 0 && IsWord(to) && tokens_[to].lower_view() == "to" &&
           (ArgEndingAt(to - 1) != nullptr || (IsWord(to - 1) && IsObjectPronoun(tokens_[to - 1].lower)));
  }

  // Does place or state `a` modify a lower-case noun that names no speaker
  // ("the U.S. economy", "European uncertainties"; not "U.S. officials")?
  // (A person or a body before a lower-case word is as often its verb's
  // subject: "Michael Howard sent".)
  bool ModifiesNonSpeaker(const Arg& a, const Extraction& out) const {
    if (out.entities[a.entity].type != EntityType::kLocation || Possessive(a.last) || !Attributive(a)) return false;
    // The noun phrase's words up to its head: none may name people, a
    // medium or a document ("a Japanese oil trader", "the Greek statement").
    for (size_t k = a.last + 1; k <= a.last + 3 && IsWord(k) && !tokens_[k].capitalized; ++k) {
      const std::string& w = tokens_[k].lower;
      if (lex_.GroupNounType(w) || InClass(WordClass::kSpokespersonNoun, w) || InClass(WordClass::kMemberNoun, w) ||
          InClass(WordClass::kRepresentativeNoun, w) || InClass(WordClass::kAideNoun, w) || lex_.IsMediaNoun(w) ||
          InClass(WordClass::kDocumentNoun, w) || InClass(WordClass::kDocumentNoun, LowerBase(k)))
        return false;
      // A function word or a verb ends the phrase: with no noun before it
      // ("quoted Nakasone as saying", "U.S. also said") the name modifies
      // nothing.
      if (w == "as" || IsAdverb(w) || IsAuxiliary(w) || Determiners().contains(w) || IsVerbish(k)) return k > a.last + 1;
    }
    return true;
  }

  // `"...," one said` (also "another", "one of them") after a sentence in
  // which a state's or a body's people or an unnamed group spoke ("Japanese
  // officials said ...", "Western diplomats said ..."): that state, body or
  // group, for the quotation opening at `open` with its attribution at `k`;
  // -1 if none (also when one person or a body itself spoke).
  int OneOfTheSpeakersBefore(size_t open, size_t k, Extraction& out) {
    if (!IsWord(k) || (tokens_[k].lower_view() != "one" && tokens_[k].lower_view() != "another")) return -1;
    size_t v = k + 1;
    if (IsWord(v) && tokens_[v].lower_view() == "of" && IsWord(v + 1) && tokens_[v + 1].lower_view() == "them") v += 2;
    const int s = tokens_[open].sentence;
    if (!FiniteSpeechVerbAt(v) || !SameSentence(k, v) || s == 0 || sentence_first_[s] != open) return -1;
    const int previous = s - 1;
    const std::vector<Arg> args = SentenceArgs(previous, out);
    for (size_t t = sentence_first_[previous]; t <= sentence_last_[previous]; ++t) {
      if (InsideQuote(t) || !FiniteSpeechVerbAt(t)) continue;
      // (A state or a body through its people, not one person.)
      if (const std::vector<Arg> subjects = SubjectsBefore(t, args, out); !subjects.empty()) {
        const Arg& a = subjects.front();
        return out.entities[a.entity].type != EntityType::kPerson && Attributive(a) && IsWord(a.last + 1) &&
                       (InClass(WordClass::kRepresentativeNoun, tokens_[a.last + 1].lower) ||
                        InClass(WordClass::kMemberNoun, tokens_[a.last + 1].lower))
                   ? a.entity
                   : -1;
      }
      if (auto g = GroupBeforeVerb(t)) return GroupEntity(*g, out);
      return -1;
    }
    return -1;
  }

  int QuoteSpeaker(size_t open, size_t close, Extraction& out, bool* direct) {
    *direct = false;
    auto arg_at = [&](size_t i) -> std::optional<Arg> {
      if (const Arg* a = ArgStartingAt(i)) return *a;
      return PronounArg(i, out);
    };
    // `a move branded a "humiliating retreat" by the Tories`: the agent of a
    // participle that names what the quotation calls something.
    // A quotation that runs into a new opening mark (`... for prudence. "The
    // chancellor's forecasts ...`) has no attribution after it.
    const bool runs_on = close < tokens_.size() && tokens_[close].kind == TokenKind::kOpenQuote;
    if (size_t by = close + 1; !runs_on && IsWord(by) && tokens_[by].lower_view() == "by" && SameSentence(close, by) && open > 1) {
      size_t at = by + 1;
      if (IsWord(at) && tokens_[at].lower_view() == "the") ++at;
      size_t verb = open - 1;
      if (IsWord(verb) && (tokens_[verb].lower_view() == "a" || tokens_[verb].lower_view() == "an") && verb > 0) --verb;
      // (`described as "idle speculation" by Downing Street`.)
      if (IsWord(verb) && tokens_[verb].lower_view() == "as" && verb > 0) --verb;
      const Arg* agent = ArgStartingAt(at);
      // (A person after a title in lower case: `by union leader Bill Morris`.)
      if (const RoleSpan* role = agent ? nullptr : RoleStartingAt(at);
          role && role->last < at + 3 && AllLowerWords(at, role->last + 1))
        if (const Arg* a = ArgStartingAt(role->last + 1); a && out.entities[a->entity].type == EntityType::kPerson)
          agent = a;
      if (agent && IsWord(verb) && !tokens_[verb].capitalized && tokens_[verb].lower_view().ends_with("ed") &&
          out.entities[agent->entity].type != EntityType::kEvent &&
          (out.entities[agent->entity].type != EntityType::kLocation || IsCountry(out.entities[agent->entity]))) {
        *direct = true;
        return agent->entity;
      }
    }
    // After: `," Lavrov said` / `," said Lavrov` / `," he told reporters`,
    // also with the comma outside the marks: `"...", Mr Blair said`.
    // `," the Utah senator said`, `," the Wisconsin Democrat said`: a title
    // or a party's member, maybe after a place, for the person last named.
    if (size_t d = close + 1 + (close + 1 < tokens_.size() && tokens_[close + 1].text == "," ? 1 : 0);
        !runs_on && IsWord(d) && SameSentence(close, d) && !ParagraphStart(d) && tokens_[d].lower_view() == "the" &&
        !(close > open + 1 && tokens_[close - 1].text == ".")) {
      size_t t = d + 1;
      // (A title the article already resolved to its holder is that holder.)
      const Arg* resolved = ArgStartingAt(t);
      if (resolved && out.entities[resolved->entity].type == EntityType::kPerson) t = tokens_.size();
      // (Only a place's: "the spokesman said" is someone unnamed.)
      bool place_qualified = false;
      if (IsWord(t) && tokens_[t].capitalized && !InRole(t)) {
        const Arg* place = ArgStartingAt(t);
        if (place && out.entities[place->entity].type == EntityType::kLocation) {
          t = place->last + 1;
          place_qualified = true;
        }
      }
      const Arg* member = ArgStartingAt(t);
      const bool party_member = member && member->first == member->last && IsParty(out.entities[member->entity]);
      PhraseInfo role_info;
      const int role_words = IsWord(t) ? MatchLexicon(t, tokens_.size(), &role_info) : 0;
      // (Not a word for unnamed speakers: "the Canadian official said".)
      const bool title = place_qualified && role_words > 0 && role_info.kind == PhraseKind::kRole &&
                         !lex_.GroupNounType(tokens_[t + static_cast<size_t>(role_words) - 1].lower);
      size_t v = party_member ? member->last + 1 : title ? t + static_cast<size_t>(role_words) : t;
      if ((party_member || title) && v > t && IsWord(v) && lex_.IsSpeechVerb(tokens_[v].lower) &&
          !tokens_[v].lower.ends_with("ing")) {
        if (auto a = ResolvePronoun(d, true, out)) {
          *direct = true;
          return a->entity;
        }
      }
    }
    size_t k = close + 1;
    if (k < tokens_.size() && tokens_[k].text == "," && SameSentence(close, k)) ++k;
    // `," the Pentagon said`: the article before a named speaker; `," the
    // official daily Fraternite Matin reported`, `," the Soviet newspaper
    // Pravda said`: a medium named after its noun.
    if (IsWord(k) && tokens_[k].lower_view() == "the") {
      size_t medium_at = k;
      for (size_t t = k + 1; t < k + 5 && IsWord(t) && SameSentence(k, t); ++t) {
        if (!lex_.IsMediaNoun(tokens_[t].lower)) {
          if (IsModifier(t) || StateAdjectiveAt(t)) continue;
          break;  // `," the official told the newspaper X`
        }
        if (const Arg* medium = ArgStartingAt(t + 1);
            medium && out.entities[medium->entity].type == EntityType::kOrganization)
          medium_at = t + 1;
        break;
      }
      if (medium_at > k) {
        k = medium_at;
      } else if (ArgStartingAt(k + 1)) {
        ++k;
      }
    }
    // A hard-wrapped line may put the attribution on the next line; a new
    // paragraph starts something else.
    while (k < tokens_.size() && IsWord(k) && lex_.IsHonorific(tokens_[k].text) && !ParagraphStart(k)) ++k;
    // A quotation closed by its own full stop ended its sentence: what
    // follows is the next one (`...community." A spokesman said ...`).
    // So did one closed by "?" or "!" when the next sentence opens a
    // quotation of its own (`"Who knows!" A Sony official told Reuters:
    // "..."`); not before its attribution (`"Why not?" Ana Ruiz asked.`).
    auto opens_quotation = [&](size_t from) {
      for (size_t t = from; t < tokens_.size() && SameSentence(from, t); ++t)
        if (tokens_[t].kind == TokenKind::kOpenQuote) return true;
      return false;
    };
    const bool closed_by_end_mark = close > open + 1 && EndMarkAt(close - 1) && k < tokens_.size() &&
                                    !SameSentence(close, k) &&
                                    (tokens_[close - 1].text == "." || opens_quotation(k));
    if (!runs_on && k < tokens_.size() && !ParagraphStart(k) && !closed_by_end_mark) {
      if (const int group = OneOfTheSpeakersBefore(open, k, out); group >= 0) {
        *direct = true;
        return group;
      }
      // `," the spokesman, Reginald McGhee, said`: a title, then its holder
      // in apposition.
      {
        size_t t = k;
        if (IsWord(t) && IsArticle(tokens_[t].lower))
          ++t;
        while (t < k + 3 && !InRole(t) && DescribingWordAt(t)) ++t;  // "union president"
        const RoleSpan* title = RoleStartingAt(t);
        const size_t comma = title ? title->last + 1
                                   : IsWord(t) && InClass(WordClass::kSpokespersonNoun, tokens_[t].lower) ? t + 1 : 0;
        if (comma > 0 && comma < tokens_.size() && tokens_[comma].text == ",")
          if (const Arg* holder = ArgStartingAt(comma + 1);
              holder && out.entities[holder->entity].type == EntityType::kPerson && holder->last + 2 < tokens_.size() &&
              tokens_[holder->last + 1].text == "," && FiniteSpeechVerbAt(holder->last + 2)) {
            *direct = true;
            return holder->entity;
          }
      }
      if (auto a = arg_at(k)) {
        size_t v = a->last + 1;
        // `," Buchheit, a partner with Cleary, Gottlieb, Steen and Hamilton,
        // told ...`: an apposition between the name and the verb.
        if (v < tokens_.size() && tokens_[v].text == "," && out.entities[a->entity].type == EntityType::kPerson) {
          for (size_t c = v + 1; c < tokens_.size() && c < v + 16 && SameSentence(v, c); ++c) {
            if (tokens_[c].kind == TokenKind::kOpenQuote || tokens_[c].kind == TokenKind::kCloseQuote) break;
            if (tokens_[c].text == "," && IsWord(c + 1) && lex_.IsSpeechVerb(tokens_[c + 1].lower) &&
                !tokens_[c + 1].lower.ends_with("ing")) {
              v = c + 1;
              break;
            }
            // (Its closing comma left out after a title's body or a body's
            // title: `," Peter Pietsch, spokesman for Commerzbank AG said`,
            // `," Red Cavaney, American Paper Institute president said`.)
            const size_t title = IsWord(v + 1) && Determiners().contains(tokens_[v + 1].lower) ? v + 2 : v + 1;
            const Arg* body = ArgEndingAt(c);
            const Arg* first_body = ArgStartingAt(title);
            // (`," Dan Rostenkowski, an Illinois Democrat said`: a body
            // after a place.)
            const bool first_is_body = first_body && out.entities[first_body->entity].type != EntityType::kPerson;
            const bool body_title =
                (body && (RoleStartingAt(title) || first_is_body) &&
                 out.entities[body->entity].type != EntityType::kPerson) ||
                (first_is_body && IsWord(c) && !tokens_[c].capitalized && InRole(c) && c > first_body->last);
            if (body_title && FiniteSpeechVerbAt(c + 1)) {
              v = c + 1;
              break;
            }
          }
        }
        // `," Hermann Remsperger, chief economist of Frankfurter Bank (BHF)
        // said`, `," Mario Amato, president of the federation, was quoted as
        // saying`: past a longer apposition.
        if (v == a->last + 1 && v < tokens_.size() && tokens_[v].text == "," &&
            out.entities[a->entity].type == EntityType::kPerson)
          if (const size_t apposed = SpeechVerbPastApposition(v); apposed < tokens_.size()) v = apposed;
        // `," he will say`, `," she has said`: auxiliaries before the verb.
        if (IsWord(v) && IsAuxiliary(tokens_[v].lower) && IsWord(v + 1) && lex_.IsSpeechVerb(tokens_[v + 1].lower) &&
            !tokens_[v + 1].lower.ends_with("ing"))
          ++v;
        if (IsWord(v) && lex_.IsSpeechVerb(tokens_[v].lower)) {
          *direct = true;
          // `," the agency quoted Zverev as saying`: the one quoted speaks.
          if (const std::optional<int> quoted = QuotedAsSaying(v, out)) return *quoted;
          return a->entity;
        }
        // `," Mr Blair's spokesman said`: someone unnamed speaking for the actor.
        if (IsWord(v) && lex_.GroupNounType(tokens_[v].lower) && IsWord(v + 1) &&
            lex_.IsSpeechVerb(tokens_[v + 1].lower) && a->first < v) {
          *direct = true;
          return GroupEntity({a->first, v}, out);
        }
      }
      // Not `," adding it would ...`: a participle continues the sentence
      // whose subject spoke.
      if (IsWord(k) && lex_.IsSpeechVerb(tokens_[k].lower) && !tokens_[k].lower.ends_with("ing")) {
        // `," said Foreign Secretary Jack Straw`: titles, honorifics and
        // qualifiers before the speaker's name are skipped.
        // So are a possessive owner and lower-case describing words: `," said
        // the NAR's John Tuccillo`, `," said courts minister Christopher Leslie`.
        size_t s = k + 1;
        // `," said BA director of commercial planning, Robert Boyle.`, `,"
        // said EEF chief economist, Steve Radley.`: a title, maybe after the
        // body, then its holder after a comma, ending the sentence.
        // (Not past an unnamed speaker or a place: `," said an official in
        // the office of the minister, Ana Ruiz.`)
        const bool unnamed = IsWord(s) && (tokens_[s].lower_view() == "a" || tokens_[s].lower_view() == "an");
        bool titled = InRole(s);  // a title among the words before `c`
        for (size_t c = s + 1; !unnamed && c < tokens_.size() && c < s + 10 && SameSentence(s, c); ++c) {
          if (tokens_[c].kind == TokenKind::kOpenQuote || tokens_[c].kind == TokenKind::kCloseQuote) break;
          if (IsWord(c) && !tokens_[c].capitalized && IsVerbish(c) && !InRole(c)) break;
          if (IsWord(c) && Prepositions().contains(tokens_[c].lower) && tokens_[c].lower_view() != "of" && !InRole(c))
            break;
          if (tokens_[c].text != ",") {
            titled = titled || InRole(c);
            continue;
          }
          if (!InRole(c - 1) && !(IsWord(c - 1) && !tokens_[c - 1].capitalized && titled)) break;
          const Arg* holder = ArgStartingAt(c + 1);
          if (holder && out.entities[holder->entity].type == EntityType::kPerson && !out.entities[holder->entity].generic &&
              (holder->last + 1 >= tokens_.size() || !SameSentence(c, holder->last + 1) ||
               tokens_[holder->last + 1].text == "." || tokens_[holder->last + 1].text == ",")) {
            *direct = true;
            return holder->entity;
          }
          break;
        }
        // `," said another Japanese bank official`: an unnamed speaker.
        // (`," said a Chrysler official`: past the body he speaks for.)
        if (auto g = GroupStartingAt(s); g && (g->first <= s + 1 || OwnerBeforeGroup(s, g->first))) {
          // `," said a senior aide to Tom Foley`: the one he serves.
          if (const int served = PersonServedBy(g->second, out); served >= 0) {
            *direct = true;
            return served;
          }
          if (g->second + 1 < tokens_.size() && !IsWord(g->second + 1)) {
            *direct = true;
            // ("said Le Figaro newspaper", "said a Fox spokesman": the body.)
            if (g->first > s + 1 && g->first == g->second)
              if (const Arg* owner = ArgEndingAt(g->first - 1);
                  owner && !Possessive(owner->last) && !out.entities[owner->entity].generic &&
                  (out.entities[owner->entity].type == EntityType::kOrganization || IsCountry(out.entities[owner->entity])))
                return owner->entity;
            return GroupEntity(*g, out);
          }
        }
        auto describing = [&](size_t t) {
          if (const Arg* a = ArgStartingAt(t)) {
            // "said former Nevada Sen. Paul Laxalt": a place describing the person.
            if (out.entities[a->entity].type == EntityType::kLocation && IsWord(a->last + 1)) return true;
            // "said Bache Securities (Japan) analyst Darrell Whitten": a body
            // before the title.
            if (out.entities[a->entity].type == EntityType::kOrganization && !Possessive(a->last)) {
              // (Only before the holder's name; "said BA director of
              // commercial planning, Robert Boyle" is read above.)
              const size_t title = PastParenthesis(a->last + 1);
              size_t r = title;
              while (r < title + 4 && (InRole(r) || DescribingWordAt(r))) ++r;
              const Arg* holder = r > title ? ArgStartingAt(r) : nullptr;
              return holder != nullptr && out.entities[holder->entity].type == EntityType::kPerson;
            }
            return Possessive(a->last);
          }
          if (IsWord(t) && Possessive(t)) return true;  // "NAR's"
          // "the Courier's Lena Vik": the article of a possessive owner.
          if (IsWord(t) && tokens_[t].lower_view() == "the") {
            const Arg* owner = ArgStartingAt(t + 1);
            const size_t end = owner ? owner->last : t + 1;
            return IsWord(end) && Possessive(end);
          }
          return IsWord(t) && !tokens_[t].capitalized && !IsVerbish(t) && !Prepositions().contains(tokens_[t].lower) &&
                 !lex_.IsSpeechVerb(tokens_[t].lower) && tokens_[t].lower_view() != "and" &&
                 !Determiners().contains(tokens_[t].lower) && !lex_.GroupNounType(tokens_[t].lower);
        };
        // (An event before a title describes it: `," said Hopman Cup doctor
        // Hamish Osborne`.)
        auto event_before_title = [&](size_t t) {
          const Arg* a = ArgStartingAt(t);
          return a && out.entities[a->entity].type == EntityType::kEvent && a->last + 1 < tokens_.size() &&
                 (InRole(a->last + 1) || describing(a->last + 1));
        };
        // (What follows a name is what follows its last word: "Tarsun Corp
        // general counsel X".)
        auto after = [&](size_t t) { return ArgStartingAt(t) ? PastParenthesis(ArgStartingAt(t)->last + 1) : t + 1; };
        while (s < tokens_.size() && s < k + 8 && SameSentence(k, s) &&
               (InRole(s) || (IsWord(s) && lex_.IsHonorific(tokens_[s].text)) || qualifiers_.contains(s) ||
                (ArgStartingAt(s) && qualifiers_.contains(ArgStartingAt(s)->first)) || event_before_title(s) ||
                (describing(s) && after(s) < tokens_.size() &&
                 (ArgStartingAt(after(s)) || describing(after(s)) || InRole(after(s)) ||
                  (IsWord(after(s)) && lex_.IsHonorific(tokens_[after(s)].text)))))) {
          s = after(s);
        }
        // `," said RNID technology director, Guido Gybels.`: the title's
        // holder after a comma, ending the sentence.
        if (s > k + 1 && s + 1 < tokens_.size() && tokens_[s].text == "," && InRole(s - 1))
          if (const Arg* holder = ArgStartingAt(s + 1);
              holder && out.entities[holder->entity].type == EntityType::kPerson && !IsWord(holder->last + 1))
            s = s + 1;
        // `," said the Pentagon.`, `," said the American.`: a name after
        // "the", ending the clause.
        if (IsWord(s) && tokens_[s].lower_view() == "the")
          if (const Arg* named = ArgStartingAt(s + 1); named && !IsWord(named->last + 1)) s = s + 1;
        // `," said the statement`: whoever issued it.
        if (int issuer = IssuerOfDocument(s + 1); issuer >= 0 && s + 2 < tokens_.size() && !IsWord(s + 2)) {
          *direct = true;
          return issuer;
        }
        // `," said the spokeswoman.`: an unnamed speaker.
        if (IsWord(s) && (tokens_[s].lower_view() == "the" || tokens_[s].lower_view() == "a") && !ArgStartingAt(s + 1)) {
          if (auto g = GroupStartingAt(s + 1); g && g->second + 1 < tokens_.size() && !IsWord(g->second + 1)) {
            *direct = true;
            return GroupEntity(*g, out);
          }
        }
        std::string_view pronoun = tokens_[std::min(s, tokens_.size() - 1)].lower;
        if (auto a = ArgStartingAt(s) ? std::optional<Arg>(*ArgStartingAt(s))
                     : IsHeOrShe(pronoun) ? PronounArg(s, out) : std::nullopt) {
          *direct = true;
          return a->entity;
        }
      }
      // `," one official at the Department of Trade and Industry (DTI)
      // said`, `," a spokesman for the ministry said`, `," said a spokesman
      // for <Nomura International>.`: the body he speaks for.
      {
        const bool said_first = FiniteSpeechVerbAt(k);
        size_t g = said_first ? k + 1 : k;
        if (IsWord(g) && (tokens_[g].lower_view() == "a" || tokens_[g].lower_view() == "an" ||
                          tokens_[g].lower_view() == "one" || tokens_[g].lower_view() == "the"))
          ++g;
        for (int m = 0; m < 2 && IsWord(g) && !tokens_[g].capitalized &&
                        !InClass(WordClass::kSpokespersonNoun, tokens_[g].lower) &&
                        !InClass(WordClass::kAideNoun, tokens_[g].lower) && !IsVerbish(g);
             ++m)
          ++g;
        // (`," an aide to Chirac told reporters`: the one he serves.)
        const bool aide = IsWord(g) && InClass(WordClass::kAideNoun, tokens_[g].lower) && IsWord(g + 1) &&
                          tokens_[g + 1].lower_view() == "to";
        if (IsWord(g) && (aide || InClass(WordClass::kSpokespersonNoun, tokens_[g].lower)) && IsWord(g + 1) &&
            (aide || tokens_[g + 1].lower_view() == "for" || tokens_[g + 1].lower_view() == "of" ||
             tokens_[g + 1].lower_view() == "at") &&
            SameSentence(k, g + 1)) {
          size_t o = g + 2;
          if (IsWord(o) && tokens_[o].lower_view() == "the") ++o;
          // (A wire's company mark: "<Nomura International>".)
          const bool marked = o < tokens_.size() && tokens_[o].text == "<";
          if (marked) ++o;
          if (const Arg* body = ArgStartingAt(o);
              body && (out.entities[body->entity].type == EntityType::kOrganization || IsCountry(out.entities[body->entity]) ||
                       (aide && out.entities[body->entity].type == EntityType::kPerson))) {
            size_t v = body->last + 1;
            if (marked && v < tokens_.size() && tokens_[v].text == ">") ++v;
            if (v + 2 < tokens_.size() && tokens_[v].text == "(" && tokens_[v + 2].text == ")") v += 3;
            // (After "said", the body ends the clause.)
            if (said_first ? !IsWord(v) && SameSentence(k, body->last)
                           : FiniteSpeechVerbAt(v)) {
              *direct = true;
              return body->entity;
            }
          }
        }
      }
      // `," a diplomat said` / `," one diplomat said`; `," the resolution
      // stated`: its issuer.
      // (`," a foreign banker, who requested anonymity, told reporters`:
      // past a relative clause after the unnamed speaker.)
      for (size_t v = k, end = k + 6; v < end && v < tokens_.size() && SameSentence(k, v); ++v) {
        // (The verb may come right after the clause: one token more.)
        if (const size_t clause_end = RelativeClauseEnd(v); clause_end > v && v > k && GroupFrom(k, v - 1)) {
          end = clause_end + 2;
          v = clause_end;
          continue;
        }
        if (!IsWord(v) || !lex_.IsSpeechVerb(tokens_[v].lower)) continue;
        if (const std::optional<int> quoted = QuotedAsSaying(v, out); quoted && *quoted >= 0) {
          *direct = true;
          return *quoted;
        }
        if (int issuer = DocumentSubjectOf(v); issuer >= 0) {
          *direct = true;
          return issuer;
        }
        if (auto g = GroupBeforeVerb(v); g && g->first >= k) {
          *direct = true;
          return GroupEntity(*g, out);
        }
        break;
      }
      // A described speaker: `," private political analyst Stephen Hess
      // told Reuters`, `," Oxfam's Barbara Stocking said`, `," Sen. David
      // Boren (D-Okla.) said`: a name after lower-case words, titles or a
      // possessive, before a speech verb (a parenthesis may come between).
      for (size_t t = k; t < k + 8 && t < tokens_.size() && SameSentence(k, t);) {
        const Arg* a = ArgStartingAt(t);
        if (a && out.entities[a->entity].type == EntityType::kPerson) {
          size_t v = a->last + 1;
          if (v < tokens_.size() && tokens_[v].text == "(") {
            size_t close = v;
            while (close < tokens_.size() && close < a->last + 8 && tokens_[close].text != ")") ++close;
            if (close < tokens_.size() && tokens_[close].text == ")") v = close + 1;
          }
          // "Luis Escalante of Costa Rica said".
          if (IsWord(v) && tokens_[v].lower_view() == "of" && ArgStartingAt(v + 1)) v = ArgStartingAt(v + 1)->last + 1;
          if (IsWord(v) && lex_.IsSpeechVerb(tokens_[v].lower) && !tokens_[v].lower.ends_with("ing")) {
            *direct = true;
            return a->entity;
          }
          break;
        }
        if (a && Possessive(a->last)) {  // "Oxfam's"
          t = a->last + 1;
          continue;
        }
        // "SBCI's Tokyo branch manager": a place describing the title, after
        // its owner.
        if (a && t > k && out.entities[a->entity].type == EntityType::kLocation && IsWord(a->last + 1) &&
            !tokens_[a->last + 1].capitalized) {
          t = a->last + 1;
          continue;
        }
        // "Acme's senior analyst": an owner the article names nowhere else.
        if (!a && IsWord(t) && tokens_[t].capitalized && Possessive(t)) {
          ++t;
          continue;
        }
        // "MAB spokesman Dr Azzam Tamimi said", "Bache Securities (Japan)
        // analyst Darrell Whitten said": the body qualifying the title.
        if (a && out.entities[a->entity].type != EntityType::kPerson) {
          const size_t r = PastParenthesis(a->last + 1);
          if (RoleStartingAt(r)) {
            t = r;
            continue;
          }
          // "Renaissance Capital energy analyst X", "Senate Democratic Leader
          // X": before lower-case describing words or another body.
          const Arg* next = ArgStartingAt(r);
          if (DescribingWordAt(r) || (next && out.entities[next->entity].type != EntityType::kPerson)) {
            t = r;
            continue;
          }
        }
        // "director of rugby X": a title's field.
        const bool field = IsWord(t) && tokens_[t].lower_view() == "of" && t > k && InRole(t - 1) &&
                           !tokens_[t - 1].capitalized && IsWord(t + 1) && !tokens_[t + 1].capitalized &&
                           !Determiners().contains(tokens_[t + 1].lower);
        // ("an aide to Agriculture Secretary X said": the aide speaks.)
        if (!field && (!IsWord(t) || (tokens_[t].capitalized && !InRole(t) && !lex_.IsHonorific(tokens_[t].text)) ||
                       lex_.IsSpeechVerb(tokens_[t].lower) || IsVerbish(t) || Prepositions().contains(tokens_[t].lower)))
          break;
        ++t;
      }
      // Last, the one person the attribution names, however described.
      if (const int person = SameSentence(close, k) ? PersonInAttribution(k, out) : -1; person >= 0) {
        *direct = true;
        return person;
      }
    }
    // Transcript line: `NAME TITLE "..."` at the start of a line.
    size_t line_first = open;
    while (line_first > 0 && !tokens_[line_first].line_start) --line_first;
    bool caps_prefix = line_first < open;
    for (size_t t = line_first; t < open; ++t) {
      if (tokens_[t].kind == TokenKind::kWord && !tokens_[t].all_caps) caps_prefix = false;
    }
    if (caps_prefix) {
      for (size_t t = line_first; t < open; ++t) {
        const Arg* a = ArgStartingAt(t);
        if (a && a->last < open && out.entities[a->entity].type == EntityType::kPerson) {
          *direct = true;
          return a->entity;
        }
      }
    }
    // Before: `Lavrov said: "..."`, `Kerry said there was a hope that ... "..."`.
    int s = tokens_[open].sentence;
    bool passed_infinitive = false;
    for (size_t v = open; v-- > 0 && tokens_[v].sentence == s;) {
      if (InsideQuote(v) || tokens_[v].kind == TokenKind::kCloseQuote) break;
      if (v + 1 < open && ActorBeforeInfinitiveAt(v) && lex_.IsSpeechVerb(tokens_[v + 1].lower)) passed_infinitive = true;
      // "X said ..., while Labour criticised \"extravagant\" promises": a
      // contrasting clause has its own speaker; so has one after "but" that
      // opens with a subject and its verb ("Ministers say ... but critics
      // fear creating a \"super state\"").
      if (tokens_[v].text == ";" || IsContrastWord(v)) break;
      if (const std::optional<int> speaker = ButClauseSpeaker(v, open, out)) {
        *direct = true;
        return *speaker;
      }
      // "said Jack McConnell's comment was \"ill-advised\"", "his comments
      // were": after an owner or a determiner the word is a noun.
      const bool noun = v > 0 && (Possessive(v - 1) || (IsWord(v - 1) && Determiners().contains(tokens_[v - 1].lower)));
      // "The first minister's statement that it was okay to get drunk \"once
      // in a while\"": the owner of the words quoted speaks.
      // (Not when the words judge the statement: "McConnell's comment was
      // \"ill-advised\"".)
      const bool content_follows = v + 1 < tokens_.size() && (tokens_[v + 1].lower_view() == "that" ||
                                                              tokens_[v + 1].text == ":" ||
                                                              tokens_[v + 1].kind == TokenKind::kOpenQuote);
      if (IsWord(v) && v > 0 && Possessive(v - 1) && !tokens_[v].capitalized && content_follows &&
          (lex_.IsSpeechVerb(tokens_[v].lower) || InClass(WordClass::kDocumentNoun, tokens_[v].lower) ||
           InClass(WordClass::kDocumentNoun, LowerBase(v)))) {
        if (const Arg* owner = ArgEndingAt(v - 1); owner && !InsideQuote(owner->first)) {
          const EntityType type = out.entities[owner->entity].type;
          if (type == EntityType::kPerson || type == EntityType::kOrganization) return owner->entity;
        }
      }
      // ("He urged the chancellor to admit he had been responsible for
      // dragging \"millions ...\"": a speech verb after "to" is what someone
      // is asked to say; the one asking speaks.)
      const bool infinitive = v > 0 && ActorBeforeInfinitiveAt(v - 1);
      // ("Said another Chrysler official:", "Said Mr Fogg:": an inversion
      // may open the sentence.)
      // (A finite form only: "Describing Haddad as \"reckless\", Ruiz
      // promised" opens with no inversion.)
      const bool opening =
          IsWord(v) && SentenceStart(v) && !tokens_[v].all_caps && !tokens_[v].lower_view().ends_with("ing");
      if (IsWord(v) && (!tokens_[v].capitalized || opening) && !infinitive &&
          (lex_.IsSpeechVerb(tokens_[v].lower) || (passed_infinitive && VerbalVerbAt(v))) && !noun) {
        // "X said he believed the picture had been \"obscured\"": the
        // pronoun is the outer verb's subject, who speaks.
        if (v >= 2 && IsWord(v - 1) && IsPersonalPronoun(tokens_[v - 1].lower)) {
          size_t outer = v - 2;
          if (outer > 0 && IsWord(outer) && tokens_[outer].lower_view() == "that") --outer;
          if (IsWord(outer) && !tokens_[outer].capitalized && lex_.IsSpeechVerb(tokens_[outer].lower)) continue;
        }
        std::vector<Arg> args = SentenceArgs(s, out);
        std::vector<Arg> subjects = SpeakersOf(v, args, out);
        if (!subjects.empty() && PlacedByCommonNoun(subjects.front())) subjects.clear();
        // "said he was aware of the large U.S. trade deficit, but added": a
        // name that modifies a noun speaks only for its people ("U.S.
        // officials"); the verb's subject is further back, so look on for
        // the outer verb.
        if (!subjects.empty() && std::erase_if(subjects, [&](const Arg& a) { return ModifiesNonSpeaker(a, out); }) > 0 &&
            subjects.empty())
          continue;
        if (!subjects.empty()) {
          *direct = true;
          // "Tony Blair's official spokesman said:" — the spokesman speaks.
          // Of two speakers joined by "and" ("Chrysler and Renault said"),
          // the first named stands for them.
          const Arg* first_named = &subjects.front();
          if (subjects.size() == 2) {
            const Arg& a = subjects[0].first < subjects[1].first ? subjects[0] : subjects[1];
            const Arg& b = subjects[0].first < subjects[1].first ? subjects[1] : subjects[0];
            if (b.first == a.last + 2 && IsWord(a.last + 1) && tokens_[a.last + 1].lower_view() == "and") first_named = &a;
          }
          const Arg& owner = *first_named;
          if (Possessive(owner.last)) {
            if (auto g = GroupBeforeVerb(v); g && g->first == owner.last + 1) {
              return GroupEntity({owner.first, g->second}, out);
            }
          }
          return owner.entity;
        }
        // "The letter said the plan would \"impose ...\"": its issuer.
        if (int issuer = DocumentSubjectOf(v); issuer >= 0) {
          *direct = true;
          return issuer;
        }
        // "said Lavrov:" — an inversion ends at punctuation or the quote;
        // "urged Europe and the US to" names the one addressed, and so does
        // "told Reuters:".
        // (In a true inversion, opening the sentence or after a comma or a
        // quotation, past a courtesy title, "Said Mr Bysshe:", ", says Mr
        // Donofrio,", and past a body and the title its holder bears: ",
        // said Future Computing analyst Joe Cross:"; not "They said Prince
        // Abdullah, who ..., was".)
        const bool true_inversion = SentenceStart(v) || (v > 0 && (tokens_[v - 1].text == "," ||
                                                                     tokens_[v - 1].kind == TokenKind::kCloseQuote));
        size_t inverted = v + 1;
        if (true_inversion && IsWord(inverted) && lex_.IsHonorific(tokens_[inverted].text) && !ArgStartingAt(inverted))
          ++inverted;
        std::optional<Arg> inverted_arg = arg_at(inverted);
        if (inverted_arg && Possessive(inverted_arg->last) && inverted != v + 1) inverted_arg.reset();
        if (true_inversion && inverted_arg && out.entities[inverted_arg->entity].type == EntityType::kOrganization)
          if (const RoleSpan* role = RoleStartingAt(inverted_arg->last + 1); role && role->last < inverted_arg->last + 4)
            if (const Arg* holder = ArgStartingAt(role->last + 1);
                holder && out.entities[holder->entity].type == EntityType::kPerson)
              inverted_arg = *holder;
        if (auto a = inverted_arg; a && a->last + 1 < tokens_.size() &&
                                   (tokens_[a->last + 1].kind != TokenKind::kWord) && !AddresseeVerb(v)) {
          *direct = true;
          return a->entity;
        }
        if (auto g = GroupBeforeVerb(v)) {  // "A diplomat commented:"
          *direct = true;
          return GroupEntity(*g, out);
        }
        // (Not after a telling verb, whose object is the one told: "a Sony
        // official, who asked not to be named, told reporters:".)
        if (auto g = InClass(WordClass::kTellingVerb, tokens_[v].lower) ? std::nullopt : GroupStartingAt(v + 1)) {
          // "Commented another diplomat:"
          *direct = true;
          return GroupEntity(*g, out);
        }
        break;
      }
    }
    // `The Tory leader went on: "..."`, `Mr Kennedy hit out: "..."`: a
    // phrasal verb ending in a colon right before the quotation introduces
    // it; its subject speaks.
    if (open > 3 && tokens_[open - 1].text == ":" && SameSentence(open - 1, open) && IsWord(open - 2) &&
        (tokens_[open - 2].lower_view() == "on" || tokens_[open - 2].lower_view() == "out") && IsWord(open - 3) &&
        !tokens_[open - 3].capitalized && !InsideQuote(open - 3)) {
      std::vector<Arg> subjects = SubjectsBefore(open - 3, SentenceArgs(s, out), out);
      if (!subjects.empty() && (out.entities[subjects.front().entity].type == EntityType::kPerson ||
                                out.entities[subjects.front().entity].type == EntityType::kOrganization)) {
        *direct = true;
        return subjects.front().entity;
      }
    }
    // A quotation opening a sentence right after reported speech continues
    // it: `But he said an EU code would prevent it. "If it is lifted ..."`.
    if (s > 0 && (open == sentence_first_[s] || tokens_[sentence_first_[s]].kind == TokenKind::kOpenQuote)) {
      int previous = s - 1;
      std::vector<Arg> args = SentenceArgs(previous, out);
      // ("He also accused the government of running out of ideas. \"Their
      // only answer is to tax.\"": a verb of saying something to or about
      // someone, as its CAMEO code tells, counts as one of speech.)
      // (Only when the sentence has no speech verb: in "Although Shultz
      // will not oppose it, the official said." the official speaks on.)
      bool speech = false;
      for (size_t v = sentence_first_[previous]; v <= sentence_last_[previous] && !speech; ++v)
        speech = IsWord(v) && !tokens_[v].capitalized && !InsideQuote(v) && lex_.IsSpeechVerb(tokens_[v].lower);
      for (size_t v = sentence_first_[previous]; v <= sentence_last_[previous]; ++v) {
        if (!IsWord(v) || tokens_[v].capitalized || InsideQuote(v) ||
            !(lex_.IsSpeechVerb(tokens_[v].lower) || (!speech && VerbalVerbAt(v))))
          continue;
        std::vector<Arg> subjects = SubjectsBefore(v, args, out);
        if (!subjects.empty() && out.entities[subjects.front().entity].type == EntityType::kPerson) {
          return subjects.front().entity;  // not direct: a short quote still needs its own attribution
        }
      }
    }
    return -1;
  }

  // The verb whose subject `verb` shares: for a participle after a comma
  // (", saying ...", ", adding ...") the verb of the clause before it — a
  // lexicon verb or any past form ("declined to give a date, saying"); else
  // `verb` itself.
  size_t ClauseVerb(size_t verb) const {
    // ("Mr Flynn said Mr Blair had a \"scorching\" from MPs adding:": with
    // its comma left out too.)
    if (!tokens_[verb].lower.ends_with("ing") || verb == 0 ||
        (tokens_[verb - 1].text != "," && tokens_[verb].lower_view() != "adding"))
      return verb;
    size_t first = sentence_first_[tokens_[verb].sentence];
    // "He said Mr Blair had spoken with \"such sincerity\", adding": adding
    // continues the report, not what it reports; so does any speech
    // participle ("X told the BBC Y did not deserve credit, saying").
    if (lex_.IsSpeechVerb(tokens_[verb].lower)) {  // "adding" is one
      for (size_t w = first; w + 1 < verb; ++w) {
        // (Not "When asked, Zimmerman agreed ..., adding", nor an infinitive
        // or a gerund after a preposition: "criticised X for failing to
        // mention Y, saying".)
        const bool subordinate = w > first && IsWord(w - 1) &&
                                 (tokens_[w - 1].lower_view() == "when" || tokens_[w - 1].lower_view() == "if" ||
                                  tokens_[w - 1].lower_view() == "as" || tokens_[w - 1].lower_view() == "once" ||
                                  tokens_[w - 1].lower_view() == "to" ||
                                  (tokens_[w].lower.ends_with("ing") &&
                                   Prepositions().contains(tokens_[w - 1].lower)) ||
                                  Subordinators().contains(tokens_[w - 1].lower) ||
                                  ClauseOpeners().contains(tokens_[w - 1].lower));
        if (!InsideQuote(w) && IsWord(w) && !tokens_[w].capitalized && lex_.IsSpeechVerb(tokens_[w].lower) &&
            !NounPhraseHead(w) && !subordinate)
          return w;
      }
    }
    // (Not a noun in -ing or -s, "another meeting", "bow to demands", nor
    // an infinitive, whose subject may be the object before it: "called on
    // the ICO to convene a meeting, saying".)
    // (Nor a noun after an owner or an article, "rejected the Tories' call
    // for a quota, saying", nor a gerund or passive after a preposition,
    // "served on the GLC before being elected to Parliament, declaring".)
    for (size_t w = verb - 1; w-- > first;) {
      const std::string_view before = w > first && IsWord(w - 1) ? tokens_[w - 1].lower_view() : "";
      const bool noun_or_gerund =
          w > first && IsWord(w - 1) &&
          (Possessive(w - 1) || Determiners().contains(before) || before == "being" ||
           (tokens_[w].lower.ends_with("ing") && Prepositions().contains(before)));
      if (!InsideQuote(w) && IsWord(w) && !tokens_[w].capitalized &&
          (IsVerbish(w) || tokens_[w].lower.ends_with("ed")) &&
          !((tokens_[w].lower.ends_with("ing") || tokens_[w].lower.ends_with("s")) &&
            !lex_.IsSpeechVerb(tokens_[w].lower) && NounPhraseHead(w)) &&
          !(w > first && IsWord(w - 1) && tokens_[w - 1].lower_view() == "to") && !noun_or_gerund)
        return w;
    }
    return verb;
  }

  // The subject of the verb at `verb` (see SubjectsBefore), through
  // ClauseVerb; when a participle's clause verb is unknown ("Mr Howard sent
  // Mr Bush his congratulations, saying"), the sentence's first actor that
  // is neither a qualifier nor the object of a preposition.
  std::vector<Arg> SpeakersOf(size_t verb, const std::vector<Arg>& args, const Extraction& out) const {
    size_t clause_verb = ClauseVerb(verb);
    // "Mr Hockney also left UKIP saying ...": a participle right after a
    // verb's object, with no comma, has that verb's subject.
    if (const size_t governing = VerbBeforeObject(verb); governing < verb) clause_verb = governing;
    // "Mr Kruger was quoted in the Guardian saying": the one quoted speaks
    // (in "the radio quoted a spokesman as saying" the spokesman does).
    // (Past a longer medium: "was quoted in the Minneapolis Star and
    // Tribune as saying".)
    bool quoted = false;
    for (size_t k = verb; k-- > 1 && k + 12 > verb && SameSentence(k, verb);)
      quoted = quoted || (IsWord(k) && tokens_[k].lower_view() == "quoted" && IsWord(k - 1) &&
                          PassiveAuxiliaries().contains(tokens_[k - 1].lower));
    if (clause_verb != verb || !tokens_[verb].lower.ends_with("ing") || verb == 0 ||
        (tokens_[verb - 1].text != "," && !quoted)) {
      std::vector<Arg> subjects = SubjectsBefore(clause_verb, args, out);
      // "Rhodri Glyn Thomas, Plaid Cymru health spokesman said:",
      // "X, chief economist of Y said:": an apposition whose closing comma is
      // left out (SpeechVerbPastApposition); the person speaks.
      if (subjects.size() == 1 && out.entities[subjects.front().entity].type != EntityType::kPerson) {
        for (size_t comma = subjects.front().first; comma > 1 && comma + 16 > subjects.front().first; --comma) {
          if (tokens_[comma - 1].text != ",") continue;
          if (const Arg* person = ArgEndingAt(comma - 2);
              person && out.entities[person->entity].type == EntityType::kPerson &&
              SpeechVerbPastApposition(comma - 1) == clause_verb)
            return {*person};
          break;
        }
      }
      return subjects;
    }
    for (const Arg& a : args) {
      if (a.first >= verb) break;
      if (InsideQuote(a.first) || IsQualifier(a) || AfterPreposition(a, args) ||
          out.entities[a.entity].type == EntityType::kEvent)
        continue;
      return {a};
    }
    return {};
  }

  // For a participle in -ing right after an actor, with no comma ("left
  // UKIP saying"): the verb that actor is the object of, when one stands
  // right before it (past "the") after the clause's subject and adverbs;
  // `participle` itself when there is none ("with Mr Kennedy stressing",
  // "Labour MPs saying").
  size_t VerbBeforeObject(size_t participle) const {
    if (participle < 3 || !tokens_[participle].lower.ends_with("ing")) return participle;
    const Arg* object = ArgEndingAt(participle - 1);
    if (!object) return participle;
    size_t verb = WordBefore(object->first);
    if (verb < tokens_.size() && IsWord(verb) && tokens_[verb].lower_view() == "the") verb = verb == 0 ? tokens_.size() : verb - 1;
    if (verb >= tokens_.size() || verb == 0 || !IsWord(verb) || tokens_[verb].capitalized || !SameSentence(verb, participle))
      return participle;
    const std::string_view w = tokens_[verb].lower_view();
    // (Not a title: "with Rovers boss Mark Hughes claiming".)
    if (Prepositions().contains(w) || Determiners().contains(w) || IsAuxiliary(w) || IsAdverb(w) || w == "and" ||
        w == "or" || w == "as" || w == "that" || w == "who" || w == "which" || RoleEndingAt(verb) != nullptr)
      return participle;
    size_t before = verb;
    while (before > 0 && IsWord(before - 1) && IsAdverb(tokens_[before - 1].lower)) --before;
    const bool after_subject = before > 0 && ArgEndingAt(before - 1) != nullptr;
    return after_subject ? verb : participle;
  }

  // In a clause another speaker reports ("He says evidence from local Lib
  // Dem parties suggests ..."), does a common noun's "from" or "in" place
  // the actor, so that the noun, not the actor, is the subject? Not for
  // people ("officials from Chile", "a spokesman in Lima"); with no
  // reporter before, the source speaks ("data from Rightmove suggested").
  bool PlacedByCommonNoun(const Arg& a) const {
    const size_t first = sentence_first_[tokens_[a.first].sentence];
    bool reported = false;
    for (size_t k = first; k < a.first && !reported; ++k)
      reported = IsWord(k) && !tokens_[k].capitalized && !InsideQuote(k) && lex_.IsSpeechVerb(tokens_[k].lower);
    if (!reported) return false;
    size_t prep = WordBefore(a.first);
    // (Past the actor's own modifiers: "from local Lib Dem parties".)
    for (int skip = 0; skip < 2 && IsWord(prep) && prep > first && !tokens_[prep].capitalized &&
                       tokens_[prep].lower_view() != "from" && tokens_[prep].lower_view() != "in" &&
                       tokens_[prep].lower_view() != "which" && tokens_[prep].lower_view() != "whom" &&
                       CommonNounAt(prep);
         ++skip)
      --prep;
    if (!IsWord(prep) || prep == 0 || (tokens_[prep].lower_view() != "from" && tokens_[prep].lower_view() != "in"))
      return false;
    size_t noun = prep - 1;
    if (!IsWord(noun) || tokens_[noun].capitalized || !CommonNounAt(noun)) return false;
    std::string_view w = tokens_[noun].lower;
    return !lex_.GroupNounType(w) && !InClass(WordClass::kMemberNoun, w) && !InClass(WordClass::kRepresentativeNoun, w) &&
           !InClass(WordClass::kSpokespersonNoun, w);
  }

  // The speaker of a quotation no speech verb attributes, from the verb it
  // depends on: "Lucas welcomed Blair's \"courage\"", "he accused the
  // government of ... \"two separate issues\"", "Blair refused ..., saying
  // Britain would hold a poll \"some time in 2006\"". The nearest reporting
  // verb or verbal event (CAMEO 01-13) before the quote in its sentence gives
  // its subject, a named person or organisation.
  int SubjectOfVerbBefore(size_t open, Extraction& out) {
    int s = tokens_[open].sentence;
    std::vector<Arg> args;
    bool have_args = false;
    int verbs_tried = 0;
    for (size_t v = open; v-- > sentence_first_[s];) {
      if (InsideQuote(v) || !IsWord(v) || tokens_[v].capitalized) continue;
      bool verbal = lex_.IsSpeechVerb(tokens_[v].lower);
      if (!verbal) {
        VerbInfo info;
        std::vector<std::string_view> words = {tokens_[v].lower};
        // ("will attack the Lib Dems for wanting to ... \"give contraceptives
        // out\"": an attack in words, see kVerbalAttackVerb.)
        // (A verb's form, not the noun: "the U.S. attack on the platforms".)
        const std::string_view w = tokens_[v].lower_view();
        size_t before = v - 1;  // past adverbs: "will also attack"
        while (before > sentence_first_[s] && IsWord(before) && IsAdverb(tokens_[before].lower)) --before;
        const bool verb_form = w.ends_with("ed") || w.ends_with("ing") ||
                               (IsWord(before) && (IsAuxiliary(tokens_[before].lower) || Modals().contains(tokens_[before].lower) ||
                                                   tokens_[before].lower_view() == "to"));
        verbal = lex_.MatchEventVerb(words, &info) > 0 && info.code.size() == 2 &&
                 (info.code <= "13" || (verb_form && InClass(WordClass::kVerbalAttackVerb, info.lemma)));
      }
      if (!verbal) continue;
      if (!have_args) {
        args = SentenceArgs(s, out);
        have_args = true;
      }
      std::vector<Arg> subjects = SpeakersOf(v, args, out);
      // "insisting the Lib Dems' policies appealed \"to all sides\"": a
      // subject owned by an actor is no actor; the verb reporting it decides.
      if (!subjects.empty() && !lex_.IsSpeechVerb(tokens_[v].lower) && Possessive(subjects.front().last) &&
          IsWord(subjects.front().last + 1) && !tokens_[subjects.front().last + 1].capitalized &&
          subjects.front().last + 1 < v)
        subjects.clear();
      // "He says evidence from local Lib Dem parties suggests there are
      // \"significant\" numbers": an actor a common noun's "from" or "in"
      // places is no speaker ("officials from Chile" and "a spokesman in
      // Lima" are).
      if (!subjects.empty() && PlacedByCommonNoun(subjects.front())) subjects.clear();
      // "The Iranian spokesman said the reports were \"misleading
      // propaganda\"": an unnamed speaker of the reporting verb.
      if (subjects.empty() && lex_.IsSpeechVerb(tokens_[v].lower)) {
        if (auto g = GroupBeforeVerb(v)) return GroupEntity(*g, out);
        if (int issuer = DocumentSubjectOf(v); issuer >= 0) return issuer;
      }
      // "He said asylum seekers had their claims accepted under the
      // "unfair" system": a verb without an actor for subject passes the
      // fragment on to the verb reporting it (the third verb tried is the last).
      if (subjects.empty()) {
        if (++verbs_tried == 3) return -1;
        continue;
      }
      // "Mr Blair told members the Tories offered a \"hard right agenda\"":
      // a verb inside a reported clause is the reporter's account; the
      // words quoted are the reporter's.
      if (!lex_.IsSpeechVerb(tokens_[v].lower)) {
        for (size_t r = v; r-- > sentence_first_[s];) {
          // Within the clause: "The Lib Dems said ..., while Labour
          // criticised \"extravagant\" promises" is Labour's.
          if (tokens_[r].text == "," || tokens_[r].text == ";" || IsContrastWord(r) ||
              (IsWord(r) && tokens_[r].lower_view() == "but"))
            break;
          if (InsideQuote(r) || !IsWord(r) || tokens_[r].capitalized || !lex_.IsSpeechVerb(tokens_[r].lower)) continue;
          std::vector<Arg> reporters = SpeakersOf(r, args, out);
          if (!reporters.empty()) subjects = reporters;
          break;
        }
      }
      EntityType type = out.entities[subjects.front().entity].type;
      if (type != EntityType::kPerson && type != EntityType::kOrganization) return -1;
      return subjects.front().entity;
    }
    return -1;
  }

  // The speaker of a sentence that ends with its attribution: `..., he
  // said.`, `..., Mr Blair warned.`, `..., said Mr Blair.`; -1 if none.
  int SentenceFinalAttribution(int s, Extraction& out) {
    size_t first = sentence_first_[s];
    size_t end = sentence_last_[s];
    while (end > first && !IsWord(end)) --end;  // the full stop
    if (end <= first + 1) return -1;
    auto speaker_at = [&](size_t from, size_t to) -> int {  // an actor exactly covering [from, to]
      if (const Arg* a = ArgStartingAt(from); a && a->last == to) return a->entity;
      if (from == to) {
        std::string_view w = tokens_[from].lower;
        // The pronoun of a closing attribution points back past what the
        // sentence itself is about ("Mr Bush's first task was ..., he said").
        if (IsHeOrShe(w)) {
          if (const int speaker = EarlierClosingSpeaker(s, out); speaker >= 0) return speaker;
          if (auto p = ResolvePronoun(first, /*person=*/true, out)) return p->entity;
        }
        if (w == "it" || w == "they") {
          if (auto p = ResolvePronoun(first, /*person=*/false, out)) return p->entity;
        }
      }
      return -1;
    };
    // "Tory leader Michael Howard" over [from, to]: past a title and its
    // qualifiers, a person's name ending at `to`; -1 if none.
    auto titled_person = [&](size_t from, size_t to) -> int {
      const Arg* tail = ArgEndingAt(to);
      if (!tail || tail->first <= from || out.entities[tail->entity].type != EntityType::kPerson) return -1;
      bool titled = InRole(tail->first - 1);
      for (size_t t = from; t < tail->first && titled; ++t) {
        // (A body or state qualifying the title: "Tory", "U.S.".)
        if (const Arg* qualifier = ArgStartingAt(t); qualifier && qualifier->last < tail->first &&
                                                     out.entities[qualifier->entity].type != EntityType::kPerson) {
          t = qualifier->last;
          continue;
        }
        titled = IsWord(t) && (InRole(t) || lex_.IsHonorific(tokens_[t].text) || tokens_[t].lower_view() == "the");
      }
      return titled ? tail->entity : -1;
    };
    // "..., NAME said.", "..., Tory MP Boris Johnson has insisted."
    auto name_said = [&](size_t verb) -> int {
      const size_t group = VerbGroupStart(verb, first + 1);
      // (A passive names no speaker: "..., it has been suggested.")
      for (size_t t = group; t < verb; ++t)
        if (PassiveAuxiliaries().contains(tokens_[t].lower)) return -1;
      const size_t name_end = group - 1;
      for (size_t comma = name_end + 1; comma-- > first && comma + 7 > name_end;) {
        if (tokens_[comma].text != ",") continue;
        size_t from = comma + 1;
        while (from <= name_end && IsWord(from) && lex_.IsHonorific(tokens_[from].text)) ++from;
        // ", the Tory leader said": a title standing for its holder.
        if (from < name_end && tokens_[from].lower_view() == "the" && ArgStartingAt(from + 1)) ++from;
        if (from > name_end) return -1;
        if (const int named = speaker_at(from, name_end); named >= 0) return named;
        return titled_person(from, name_end);
      }
      return -1;
    };
    if (lex_.IsSpeechVerb(tokens_[end].lower) && !tokens_[end].capitalized) return name_said(end);
    // "..., he said, although he could not predict a figure.": the
    // attribution may close the main clause before a subordinate one.
    for (size_t v = first + 2; v + 2 < end; ++v) {
      if (!IsWord(v) || tokens_[v].capitalized || !lex_.IsSpeechVerb(tokens_[v].lower) || InsideQuote(v) ||
          tokens_[v + 1].text != "," || !IsWord(v + 2))
        continue;
      const std::string_view next = tokens_[v + 2].lower;
      if (next == "although" || next == "though" || next == "but" || next == "while" || next == "because" ||
          next == "adding" || next == "noting")
        if (const int speaker = name_said(v); speaker >= 0) return speaker;
    }
    // "..., Mr Milburn told BBC Radio 4's Today programme.", "..., he told
    // reporters.": the one telling, whoever is told.
    for (size_t comma = end; comma-- > first && comma + 12 > end;) {
      if (tokens_[comma].text != ",") continue;
      size_t from = comma + 1;
      while (from < end && IsWord(from) && lex_.IsHonorific(tokens_[from].text)) ++from;
      size_t v = from;
      if (const Arg* a = ArgStartingAt(from)) v = a->last + 1;
      else if (HeOrSheAt(from)) v = from + 1;
      if (v == from || v >= end || !IsWord(v) || tokens_[v].capitalized || !AddresseeVerb(v)) break;
      bool plain = true;  // what follows is the one told: no clause, no quotation
      for (size_t t = v + 1; t <= end && plain; ++t)
        plain = tokens_[t].kind != TokenKind::kOpenQuote && tokens_[t].kind != TokenKind::kCloseQuote &&
                !(IsWord(t) && !tokens_[t].capitalized && (tokens_[t].lower_view() == "that" || IsVerbish(t)));
      if (plain) return speaker_at(from, v - 1);
      break;
    }
    // "..., said NAME."
    for (size_t comma = end; comma-- > first && comma + 7 > end;) {
      if (tokens_[comma].text != ",") continue;
      size_t v = comma + 1;
      if (!IsWord(v) || !lex_.IsSpeechVerb(tokens_[v].lower) || tokens_[v].capitalized) return -1;
      size_t from = v + 1;
      while (from < end && IsWord(from) && lex_.IsHonorific(tokens_[from].text)) ++from;
      if (from > end) return -1;
      if (int named = speaker_at(from, end); named >= 0) return named;
      // ("..., say the Tories.")
      if (from < end && tokens_[from].lower_view() == "the")
        if (int named = speaker_at(from + 1, end); named >= 0) return named;
      // "..., says Tory leader Michael Howard.": past a title and its
      // qualifiers, a person's name ends the sentence.
      if (const int titled = titled_person(from, end); titled >= 0) return titled;
      // "..., says a senior party spokesman.": an unnamed speaker.
      if (IsWord(from) && (tokens_[from].lower_view() == "a" || tokens_[from].lower_view() == "an" ||
                           tokens_[from].lower_view() == "the"))
        ++from;
      if (auto g = GroupStartingAt(from); g && g->second == end) {
        // ("a senior party spokesman": the party named last speaks.)
        for (size_t t = g->first; t < g->second; ++t) {
          if (IsWord(t) && tokens_[t].lower_view() == "party") {
            if (const int party = LatestParty(g->first, out); party >= 0) return party;
          }
        }
        return GroupEntity(*g, out);
      }
      return -1;
    }
    return -1;
  }

  void FindQuotes(Extraction& out) {
    struct Candidate {
      size_t open, close;
      uint32_t begin, end;
      size_t words;
      int speaker;
      bool direct;
    };
    std::vector<Candidate> candidates;
    int previous_speaker = -1;
    size_t previous_close = 0;
    for (const auto& [open, close_raw] : quote_tokens_) {
      size_t close = std::min(close_raw, tokens_.size());
      if (close <= open + 1 || repeated_[open]) continue;
      uint32_t b = tokens_[open].span.end;
      uint32_t e = close < tokens_.size() ? tokens_[close].span.begin : tokens_[close - 1].span.end;
      if (close == tokens_.size() || tokens_[close].kind != TokenKind::kCloseQuote) {
        e = tokens_[close - 1].span.end;
      }
      size_t words = 0;
      for (size_t t = open + 1; t < close; ++t) words += tokens_[t].kind == TokenKind::kWord;
      if (words == 0) continue;
      bool direct = false;
      int speaker = QuoteSpeaker(open, std::min(close, tokens_.size() - 1), out, &direct);
      // A paragraph that is only a quote continues the previous speaker.
      // A quotation right after an attributed one continues it: a new
      // paragraph that is only a quote, `"...," one diplomat said. "..."`, or
      // a quotation continued by a new opening mark.
      // (Not a paragraph whose quotation has words of its own after it, an
      // attribution not understood: `"...," an investment banker pointed
      // out.`)
      const bool words_after = close + 1 < tokens_.size() && SameSentence(close, close + 1) &&
                               (IsWord(close + 1) || (tokens_[close + 1].text == "," && IsWord(close + 2)));
      bool follows = (tokens_[open].line_start && !words_after) ||
                     (open > 0 && (previous_close == open || previous_close + 1 == open));
      // (A longer attribution when it only closes the quotation's sentence:
      // `"...," said John Murray, of Aldridge Browhills Conservatives. "..."`.)
      const bool attribution_closes = previous_close < open && open <= previous_close + 20 &&
                                      previous_close < tokens_.size() &&
                                      tokens_[open - 1].sentence == tokens_[previous_close].sentence &&
                                      tokens_[open].sentence != tokens_[open - 1].sentence;
      if (!follows && previous_close < open && (open <= previous_close + 8 || attribution_closes)) {
        for (size_t t = previous_close + 1; t < open; ++t) {
          if (IsWord(t) && lex_.IsSpeechVerb(tokens_[t].lower)) follows = true;  // the attribution
        }
      }
      // (Also a whole sentence quoted whose speaker was found the same but
      // not by a verb of its own: `"...," Senator Byrd told reporters. "It's
      // confrontation."`; not a term: `"Cash" in portfolios means`.)
      const bool whole_sentence = close > open + 1 && close < tokens_.size() && EndMarkAt(close - 1);
      if ((speaker < 0 || (!direct && whole_sentence && speaker == previous_speaker)) && previous_speaker >= 0 &&
          follows &&
          tokens_[open].sentence <= tokens_[std::min(previous_close, tokens_.size() - 1)].sentence + 2) {
        speaker = previous_speaker;
        direct = true;
      }
      candidates.push_back({open, close, b, e, words, speaker, direct});
      if (speaker >= 0 && close > open + 1)
        for (int s = tokens_[open + 1].sentence; s <= tokens_[std::min(close, tokens_.size()) - 1].sentence; ++s)
          quote_speaker_of_sentence_[s] = speaker;
      previous_speaker = speaker;
      previous_close = close;
    }
    // Quotations no verb attributes take the speaker of an attributed one in
    // the same sentence ("Despite this \"trick,\" the bill stood \"no
    // chance,\" he added"), else the subject of the verb they depend on.
    for (Candidate& c : candidates) {
      if (c.direct) continue;
      for (const Candidate& other : candidates) {
        if (&other != &c && other.direct && other.speaker >= 0 &&
            tokens_[other.open].sentence == tokens_[c.open].sentence) {
          c.speaker = other.speaker;
          c.direct = true;
          break;
        }
      }
      if (c.direct) continue;
      // A closing attribution reports the whole sentence ("Turkey would be
      // an \"invaluable bridge\", Mr Howard added"): it goes before the
      // subject of the verb the quotation depends on.
      if (int speaker = SentenceFinalAttribution(tokens_[c.open].sentence, out); speaker >= 0) {
        c.speaker = speaker;
        c.direct = true;
        continue;
      }
      if (int subject = SubjectOfVerbBefore(c.open, out); subject >= 0) {
        c.speaker = subject;
        c.direct = true;
      }
    }
    // A sentence quoted whole with no attribution at all, in a profile or
    // an interview, is the one the story has just been speaking of: the
    // speaker of the quotation before it when no other person is named in
    // between (up to four sentences back), else the one person the sentence
    // before it names ("On this subject, Morris appears almost evangelical.
    // \"I was on a cruise ...\"").
    // The people named in tokens [from, to).
    auto people_in = [&](size_t from, size_t to) {
      std::set<int> people;
      for (size_t t = from; t < to; ++t) {
        const Arg* a = ArgStartingAt(t);
        if (!a) continue;
        if (out.entities[a->entity].type == EntityType::kPerson && !out.entities[a->entity].generic)
          people.insert(a->entity);
        t = a->last;
      }
      return people;
    };
    for (size_t n = 0; n < candidates.size(); ++n) {
      Candidate& c = candidates[n];
      if (c.speaker >= 0 || c.words < 4 || c.close >= tokens_.size()) continue;
      const int s = tokens_[c.open].sentence;
      const bool opens_sentence = c.open == sentence_first_[s];
      const bool whole = tokens_[c.close - 1].text == "." || tokens_[c.close - 1].text == "?" ||
                         tokens_[c.close - 1].text == "!";
      if (!opens_sentence || !whole || s == 0) continue;
      if (n > 0 && candidates[n - 1].speaker >= 0 && tokens_[candidates[n - 1].open].sentence + 4 >= s) {
        const Candidate& previous = candidates[n - 1];
        std::set<int> between = people_in(previous.close, c.open);
        between.erase(previous.speaker);
        if (between.empty()) {
          c.speaker = previous.speaker;
          c.direct = true;
          continue;
        }
      }
      const std::set<int> before = people_in(sentence_first_[s - 1], sentence_last_[s - 1] + 1);
      if (before.size() != 1 || InsideQuote(sentence_first_[s - 1])) continue;
      // (Not a quotation about that person: "\"He must have had an iron
      // will,\"" or one that names them.)
      const std::string_view first_word = IsWord(c.open + 1) ? tokens_[c.open + 1].lower_view() : "";
      const bool about_someone = first_word == "he" || first_word == "she" || first_word == "his" || first_word == "her";
      if (!about_someone && !people_in(c.open + 1, c.close).contains(*before.begin())) {
        c.speaker = *before.begin();
        c.direct = true;
      }
    }
    for (const Candidate& c : candidates) {
      if (!c.direct && c.words < 4) continue;  // scare quotes, titles
      Quote q;
      q.speaker = c.speaker;
      q.span = {c.begin, c.end};
      q.text = std::string(doc_.text.substr(c.begin, c.end - c.begin));
      q.sentence = tokens_[c.open].sentence;
      out.quotes.push_back(std::move(q));
      if (c.speaker < 0) continue;
      // A fragment judges what the reported clause names: `He said Mr Straw
      // was "naive beyond belief"`.
      size_t from = c.open + 1;
      for (size_t v = c.open; v-- > sentence_first_[tokens_[c.open].sentence];) {
        if (InsideQuote(v) || tokens_[v].kind == TokenKind::kCloseQuote) break;
        if (IsWord(v) && !tokens_[v].capitalized && lex_.IsSpeechVerb(tokens_[v].lower)) {
          from = v + 1;
          break;
        }
      }
      EvaluateActors(c.speaker, from, std::min(c.close, tokens_.size()), out, c.open);
      DemandsOf(c.speaker, c.open + 1, std::min(c.close, tokens_.size()), std::min(c.close, tokens_.size()) - 1, out);
    }
  }

  // Which entities a relation or a quote uses (by entity index).
  static std::vector<bool> UsedEntities(const Extraction& out) {
    std::vector<bool> used(out.entities.size(), false);
    for (const Triple& t : out.triples) used[t.subject] = used[t.object] = true;
    for (const Quote& q : out.quotes)
      if (q.speaker >= 0) used[q.speaker] = true;
    return used;
  }

  // "European justice plans", "the Asian community": a continent or region
  // named only by its adjective, in no relation and no quote, is no actor
  // the article writes about; its mentions go (and with them the entity).
  void DropIdleRegionAdjectives(Extraction& out) const {
    const std::vector<bool> used = UsedEntities(out);
    std::vector<bool> adjective_only(out.entities.size(), false);
    for (size_t e = 0; e < out.entities.size(); ++e)
      adjective_only[e] = !used[e] && out.entities[e].type == EntityType::kLocation && lex_.IsRegion(out.entities[e].name);
    for (const Mention& m : out.mentions) {
      const std::string surface = AsciiLower(m.surface);
      if (adjective_only[m.entity] && (surface == AsciiLower(out.entities[m.entity].name) || surface.ends_with("s")))
        adjective_only[m.entity] = false;
    }
    std::erase_if(out.mentions, [&](const Mention& m) { return adjective_only[m.entity]; });
  }

  // Mentions in text order and entities in order of first mention, whatever
  // order the stages created them in; every index is remapped.
  static void Reorder(Extraction& out) {
    // An event is listed only when a relation uses it.
    const std::vector<bool> used = UsedEntities(out);
    std::vector<Mention> kept_mentions;
    for (Mention& m : out.mentions) {
      if (out.entities[m.entity].type == EntityType::kEvent && !used[m.entity]) continue;
      kept_mentions.push_back(std::move(m));
    }
    out.mentions = std::move(kept_mentions);
    std::vector<int> by_span(out.mentions.size());
    for (size_t i = 0; i < by_span.size(); ++i) by_span[i] = static_cast<int>(i);
    std::stable_sort(by_span.begin(), by_span.end(), [&](int a, int b) {
      return out.mentions[a].span < out.mentions[b].span;
    });
    std::vector<int> entity_rank(out.entities.size(), -1);
    std::vector<int> entity_order;
    for (int m : by_span) {
      int e = out.mentions[m].entity;
      if (entity_rank[e] < 0) {
        entity_rank[e] = static_cast<int>(entity_order.size());
        entity_order.push_back(e);
      }
    }
    std::vector<Mention> mentions;
    std::vector<Entity> entities(entity_order.size());
    for (size_t r = 0; r < entity_order.size(); ++r) {
      entities[r] = std::move(out.entities[entity_order[r]]);
      entities[r].mentions.clear();
    }
    for (int m : by_span) {
      Mention mention = out.mentions[m];
      mention.entity = entity_rank[mention.entity];
      entities[mention.entity].mentions.push_back(static_cast<int>(mentions.size()));
      mentions.push_back(std::move(mention));
    }
    for (Triple& t : out.triples) {
      t.subject = entity_rank[t.subject];
      t.object = entity_rank[t.object];
    }
    for (Quote& q : out.quotes) {
      if (q.speaker >= 0) q.speaker = entity_rank[q.speaker];
    }
    out.mentions = std::move(mentions);
    out.entities = std::move(entities);
  }

  const Document& doc_;
  const Lexicon& lex_;
  const Extraction* out_ = nullptr;  // the extraction being built, for read-only helpers
  std::optional<std::pair<int, int>> inferred_years_;  // see InferYears
  // Copies: DropDateline erases from args_ before AffiliateShadowTitles runs.
  std::vector<std::pair<Arg, RoleSpan>> shadow_titled_;  // see AffiliateShadowTitles
  mutable std::optional<bool> us_congress_story_;  // UsCongressStory, once asked
  int dateline_actor_ = -1;  // DatelineActor, kept before DropDateline drops the dateline's argument
  mutable absl::flat_hash_map<std::string, bool> attributive_;      // AlwaysAttributive, by word
  mutable absl::flat_hash_map<std::string, size_t> first_word_at_;  // FirstWordAt
  mutable std::vector<int> sentence_speaker_;  // SentenceSpeaker by sentence; -2 not yet known
  std::vector<Token> tokens_;
  std::vector<std::string_view> bases_;
  absl::flat_hash_set<std::string_view> single_word_names_;  // one-word name runs, for SurnameUsedAlone
  std::vector<bool> repeated_;     // token lies on a line repeated from earlier (or boilerplate)
  std::vector<bool> boilerplate_;  // token lies on a boilerplate line ("Post a Comment")
  std::vector<uint32_t> base_ends_;
  std::vector<Name> names_;
  std::vector<RoleSpan> roles_;
  std::vector<EventNoun> events_;
  struct UnnamedEvent {
    std::string noun;
    bool definite = true;  // every mention after "the" or a day's possessive
  };
  std::map<int, UnnamedEvent> unnamed_events_;  // events named by their noun (and date) only
  std::set<int> distinct_events_;               // "a similar bill": never merged with the article's others
  std::set<int> described_events_;              // events named by their noun only (see ScopeUnnamedEvents)
  std::map<int, std::string> event_codes_;      // event entity -> CAMEO code of its noun (first seen)
  struct FirstPersonAct {
    size_t verb;
    std::vector<Arg> objects;
    std::string lemma, code;
    Modality modality;
  };
  std::vector<FirstPersonAct> first_person_acts_;  // "\"I trust X\"": resolved once quotes have speakers
  std::vector<EventJudgement> event_judgements_;  // in text order, resolved after the relations
  std::set<int> named_gatherings_;              // gathering events named after a place or a body, or capitalised
  std::vector<Arg> args_;  // names with entities, in text order
  absl::flat_hash_set<size_t> qualifiers_;  // first tokens of args that qualify a person
  std::vector<std::pair<size_t, size_t>> quote_tokens_;  // (open, close) token indexes
  std::vector<bool> inside_quote_;                       // token lies between quote marks
  mutable std::map<int, int> gender_of_;                 // entity -> PersonGender, filled as asked
  mutable int chained_reports_ = 0;                      // reports SubjectsBefore is following back, to bound it
  std::map<int, int> quote_speaker_of_sentence_;         // sentence -> speaker of the quotation in it, as FindQuotes goes
  mutable std::vector<int> name_starting_at_;            // first name (index) starting at a token, lazily
  std::vector<size_t> sentence_first_, sentence_last_;   // token range of each sentence
  std::vector<std::vector<int>> sentence_args_;          // args_ indexes by sentence
  std::vector<int> arg_start_, arg_end_;                 // args_ index by first/last token, or -1
  std::vector<int> role_start_, role_end_;               // roles_ index by first/last token, or -1
  std::vector<int> event_start_;                         // events_ index by first token, or -1
  std::vector<int> event_end_;                           // events_ index by last token, or -1
  std::vector<std::vector<int>> sentence_events_;        // events_ indexes by sentence
  std::vector<bool> in_role_;                            // token is part of a role phrase
  mutable absl::flat_hash_set<std::string> lowercase_words_;  // filled on first use
  mutable size_t first_line_end_ = 0;  // the first token after the first line; 0 until used
  int relations_home_ = -1;            // HomeState() once affiliations are final (FindRelations)
  mutable absl::flat_hash_set<std::string> capitalized_words_;  // filled on first use
  mutable std::vector<bool> headline_;  // computed on first use
  std::set<std::tuple<int, uint32_t, uint32_t>> mention_spans_;  // (entity, begin, end) already added  // token lies on an ALL-CAPS line without quotes
};

class RuleExtractor : public Extractor {
 public:
  explicit RuleExtractor(const Lexicon* lexicon) : lexicon_(lexicon) {}
  Extraction Extract(const Document& document) const override {
    return Analysis(document, *lexicon_).Run();
  }

 private:
  const Lexicon* lexicon_;
};

}  // namespace

std::unique_ptr<Extractor> NewExtractor(std::string_view name, const Lexicon* lexicon) {
  if (name == "rules" && lexicon != nullptr) return std::make_unique<RuleExtractor>(lexicon);
  return nullptr;
}

}  // namespace actorgraph::extract
