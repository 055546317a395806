// Name normalisation shared by every stage: the same folding decides which
// spellings are one name inside an article (extract) and across articles
// (graph), and how names become ids.
#ifndef ACTORGRAPH_MODEL_NAMES_H_
#define ACTORGRAPH_MODEL_NAMES_H_

#include <string>
#include <string_view>

namespace actorgraph {

// Lower-case ASCII-folded form of a name used for matching: letters and digits
// kept, everything else one space, diacritics of Latin letters removed
// ("Hélène" -> "helene"), dots and apostrophes dropped ("U.S." -> "us"), a
// trailing possessive and a leading "the" removed.
std::string NormalizeName(std::string_view name);

// "sergey-lavrov": NormalizeName with spaces as hyphens; "unnamed" when empty.
std::string Slug(std::string_view name);

// `name` without a trailing possessive ("Russia's" -> "Russia").
std::string StripPossessive(std::string_view name);

}  // namespace actorgraph

#endif  // ACTORGRAPH_MODEL_NAMES_H_
