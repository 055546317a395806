// User corrections to merging, read from an alias file:
//
//   # comment
//   same: Sergey Lavrov = Sergei V. Lavrov = Serguei Lavrov
//   different: George Bush / George W. Bush
//
// "same" names one actor (the first name is its canonical name, which also
// gives the node its id); entities of the same type named so merge, whatever
// the automatic rules say, and so do names sharing the merge key of exactly one
// listed name ("Sergei Lavrov" with "Sergey Lavrov"). "different" names actors
// that must never merge, even when the automatic rules would (transliteration,
// partial names). Names match after NormalizeName. Both rules are applied from
// the table alone, never from which names the documents happen to contain, so
// a node's id does not depend on the subset of documents.
#ifndef ACTORGRAPH_GRAPH_ALIASES_H_
#define ACTORGRAPH_GRAPH_ALIASES_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"

namespace actorgraph::graph {

class AliasTable {
 public:
  // Parses alias-file text; errors name `origin` and the line.
  static absl::StatusOr<AliasTable> Parse(std::string_view text, std::string_view origin);
  // Reads and parses the file at `path`.
  static absl::StatusOr<AliasTable> Load(const std::string& path);

  // The canonical name of the "same" group holding `normalized`, or nullptr.
  const std::string* CanonicalOf(const std::string& normalized) const;
  // True when the two normalised names were declared "different".
  bool Different(const std::string& a, const std::string& b) const;
  bool empty() const { return canonical_.empty() && different_.empty(); }
  // Every normalised name of a "same" group, with the group's canonical name.
  const std::map<std::string, std::string>& canonical_names() const { return canonical_; }
  // Every "different" pair of normalised names, each pair in ascending order.
  const std::set<std::pair<std::string, std::string>>& different_pairs() const { return different_; }

 private:
  std::map<std::string, std::string> canonical_;          // normalised name -> canonical name
  std::set<std::pair<std::string, std::string>> different_;  // ordered pairs of normalised names
};

}  // namespace actorgraph::graph

#endif  // ACTORGRAPH_GRAPH_ALIASES_H_
