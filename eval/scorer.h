// Scores extractions and the merged graph against gold annotations, as
// ../shared/gold/GUIDELINES.md defines a correct extraction.
//
// A system entity matches a gold entity when one of its names (canonical or
// any mention) equals one of the gold names, ignoring case, punctuation,
// accents, a leading "the", a possessive 's and leading courtesy titles
// ("Sir Menzies Campbell" is "Menzies Campbell"); each entity matches at most
// one gold entity (best name overlap first). Optional gold items are neither
// required nor penalised.
#ifndef ACTORGRAPH_EVAL_SCORER_H_
#define ACTORGRAPH_EVAL_SCORER_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "eval/gold.h"
#include "graph/knowledge_graph.h"
#include "model/model.h"

namespace actorgraph::eval {

// Counts behind precision, recall and F1.
struct Score {
  int gold = 0;         // required gold items
  int system = 0;       // system items that count (not matching only optional gold)
  int true_positive = 0;

  double Precision() const { return system == 0 ? 0.0 : static_cast<double>(true_positive) / system; }
  double Recall() const { return gold == 0 ? 0.0 : static_cast<double>(true_positive) / gold; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
};

struct EvalReport {
  int documents = 0;         // gold documents
  int documents_missing = 0; // gold documents without an article in the input
  Score entities;            // untyped
  Score typed_entities;
  Score relation_pairs;      // entity pair, either direction (CAMEO and PART)
  Score relation_quad;       // pair and QuadClass
  Score relation_codes;      // CAMEO root (or PART) and direction; meetings symmetric
  Score affiliations;        // AFF person -> organisation/country
  int quotes_gold = 0;
  int quotes_found = 0;
  int quotes_speaker_right = 0;
  int quotes_system = 0;
  int gold_split = 0;    // gold entities spread over several graph nodes
  int nodes_mixed = 0;   // graph nodes holding several gold entities
  std::vector<std::string> merge_lines;  // one line per split or mixed node
  std::vector<std::string> details;      // misses and false alarms (for --verbose)
};

// Accumulates documents, then the merged graph.
// THREAD SAFETY: not thread-safe.
class Evaluator {
 public:
  // `titles`: courtesy titles and ranks ("Sir", "Col.") that a person's
  // gold name may carry in front; it is also matched without them.
  explicit Evaluator(const std::vector<std::string>& titles = {});

  // Scores one article's extraction against its gold.
  void AddDocument(const GoldDocument& gold, const Extraction& extraction);
  // Counts a gold document for which no article was read: all misses.
  void AddMissingDocument(const GoldDocument& gold);
  // Scores cross-document merging in `graph`, which was built from the
  // extractions passed to AddDocument (and possibly others).
  void ScoreMerging(const graph::KnowledgeGraph& graph);

  const EvalReport& report() const { return report_; }

 private:
  struct Placement {
    EntityType type;
    std::string name;  // document-level canonical name
    std::string document;
  };
  // `name` normalised, and without leading titles when it has any.
  std::vector<std::string> NameForms(std::string_view name) const;

  std::set<std::string> titles_;  // normalised
  // gold id -> where the system put its mentions
  std::map<std::string, std::vector<Placement>> placements_;
  EvalReport report_;
};

// The report as a table; with `verbose`, every miss and false alarm too.
std::string FormatReport(const EvalReport& report, bool verbose);

}  // namespace actorgraph::eval

#endif  // ACTORGRAPH_EVAL_SCORER_H_
