// Bridges between std::string_view (our APIs) and absl::string_view: Debian's
// Abseil 20220623 is built with ABSL_OPTION_USE_STD_STRING_VIEW 0, so the two
// are distinct types.
#ifndef ACTORGRAPH_MODEL_STRINGS_H_
#define ACTORGRAPH_MODEL_STRINGS_H_

#include <string_view>

#include "absl/strings/string_view.h"

namespace actorgraph {

inline absl::string_view ToAbsl(std::string_view s) { return absl::string_view(s.data(), s.size()); }
inline std::string_view ToStd(absl::string_view s) { return std::string_view(s.data(), s.size()); }

inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline std::string_view StripLeading(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  return s;
}
inline std::string_view StripTrailing(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}
inline std::string_view Strip(std::string_view s) { return StripLeading(StripTrailing(s)); }

}  // namespace actorgraph

#endif  // ACTORGRAPH_MODEL_STRINGS_H_
