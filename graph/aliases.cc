#include "graph/aliases.h"

#include <fstream>
#include <iterator>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "model/names.h"
#include "model/strings.h"

namespace actorgraph::graph {

absl::StatusOr<AliasTable> AliasTable::Parse(std::string_view text, std::string_view origin) {
  AliasTable table;
  int number = 0;
  for (absl::string_view raw : absl::StrSplit(ToAbsl(text), '\n')) {
    ++number;
    std::string_view line = Strip(ToStd(raw));
    if (line.empty() || line[0] == '#') continue;
    auto error = [&](std::string_view what) {
      return absl::InvalidArgumentError(absl::StrCat(ToAbsl(origin), ":", number, ": ", ToAbsl(what)));
    };
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) return error("expected \"same: A = B\" or \"different: A / B\"");
    std::string_view kind = Strip(line.substr(0, colon));
    std::string_view rest = line.substr(colon + 1);
    char separator = kind == "same" ? '=' : kind == "different" ? '/' : '\0';
    if (separator == '\0') return error(absl::StrCat("unknown rule \"", ToAbsl(kind), "\" (same, different)"));
    std::vector<std::string> names;
    for (absl::string_view part : absl::StrSplit(ToAbsl(rest), separator)) {
      std::string name(Strip(ToStd(part)));
      if (NormalizeName(name).empty()) return error("empty name");
      names.push_back(std::move(name));
    }
    if (names.size() < 2) return error(absl::StrCat("needs at least two names separated by '", std::string(1, separator), "'"));
    if (kind == "same") {
      for (const std::string& name : names) {
        auto [it, inserted] = table.canonical_.try_emplace(NormalizeName(name), names.front());
        if (!inserted && it->second != names.front()) {
          return error(absl::StrCat("\"", name, "\" is already the same as \"", it->second, "\""));
        }
      }
    } else {
      for (size_t a = 0; a < names.size(); ++a) {
        for (size_t b = a + 1; b < names.size(); ++b) {
          std::string x = NormalizeName(names[a]), y = NormalizeName(names[b]);
          if (x == y) return error(absl::StrCat("\"", names[a], "\" and \"", names[b], "\" are the same name"));
          table.different_.insert(std::minmax(x, y));
        }
      }
    }
  }
  // A "different" pair inside one "same" group contradicts itself.
  for (const auto& [a, b] : table.different_) {
    const std::string* ca = table.CanonicalOf(a);
    const std::string* cb = table.CanonicalOf(b);
    if (ca && cb && *ca == *cb) {
      return absl::InvalidArgumentError(absl::StrCat(ToAbsl(origin), ": \"", a, "\" and \"", b,
                                                     "\" are declared both same and different"));
    }
  }
  return table;
}

absl::StatusOr<AliasTable> AliasTable::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot read the alias file"));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return Parse(text, path);
}

const std::string* AliasTable::CanonicalOf(const std::string& normalized) const {
  auto it = canonical_.find(normalized);
  return it == canonical_.end() ? nullptr : &it->second;
}

bool AliasTable::Different(const std::string& a, const std::string& b) const {
  return different_.contains(std::minmax(a, b));
}

}  // namespace actorgraph::graph
