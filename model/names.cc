#include "model/names.h"

#include <algorithm>
#include <array>

namespace actorgraph {
namespace {

// ASCII letter for each code point U+0100..U+017F (Latin Extended-A).
constexpr std::string_view kLatinExtendedA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiijjjkkkllllllllll"
    "nnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
// Replacement for each code point U+00C0..U+00FF (Latin-1 letters).
constexpr std::array<std::string_view, 64> kLatin1 = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o",  " ", "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o",  " ", "o", "u", "u", "u", "u", "y", "th", "y"};

static_assert(kLatinExtendedA.size() == 0x80);

// Decodes one UTF-8 sequence at s[i]; returns the code point and advances i.
// Invalid bytes decode as U+FFFD (input is validated earlier; this is a guard).
char32_t DecodeUtf8(std::string_view s, size_t& i) {
  unsigned char c = s[i];
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return cp;
}

}  // namespace

std::string StripPossessive(std::string_view name) {
  for (std::string_view suffix : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
    if (name.size() > suffix.size() + 1 &&
        name.substr(name.size() - suffix.size()) == suffix) {
      return std::string(name.substr(0, name.size() - suffix.size()));
    }
  }
  return std::string(name);
}

std::string NormalizeName(std::string_view name) {
  while (!name.empty() && (name.back() == ' ' || name.back() == '\t' || name.back() == '\n')) name.remove_suffix(1);
  std::string stripped = StripPossessive(name);
  std::string out;
  out.reserve(stripped.size());
  auto push = [&out](std::string_view piece) {
    for (char c : piece) {
      if (c == ' ') {
        if (!out.empty() && out.back() != ' ') out.push_back(' ');
      } else {
        out.push_back(c);
      }
    }
  };
  for (size_t i = 0; i < stripped.size();) {
    char32_t cp = DecodeUtf8(stripped, i);
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      // Dots inside abbreviations ("U.S.") and apostrophes ("O'Neill") vanish
      // rather than split the word.
      if (c == '.' || c == '\'') continue;
      push(alnum ? std::string_view(&c, 1) : std::string_view(" "));
    } else if (cp >= 0xC0 && cp <= 0xFF) {
      push(kLatin1[cp - 0xC0]);
    } else if (cp >= 0x100 && cp <= 0x17F) {
      push(kLatinExtendedA.substr(cp - 0x100, 1));
    } else if (cp == 0x2019 || cp == 0x2018) {
      continue;  // curly apostrophes inside names: O’Neill == O'Neill == ONeill
    } else if (cp >= 0x2000 && cp <= 0x206F) {
      push(" ");  // general punctuation: dashes, quotes, spaces
    } else {
      // Other scripts are kept verbatim (lower-casing them is out of scope).
      size_t len = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      size_t start = i - len;
      push(std::string_view(stripped).substr(start, len));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

std::string Slug(std::string_view name) {
  std::string slug = NormalizeName(name);
  std::replace(slug.begin(), slug.end(), ' ', '-');
  return slug.empty() ? std::string("unnamed") : slug;
}

}  // namespace actorgraph
