// Word statistics for typing capitalised names that no lexicon knows: how
// often each capitalised word was part of a person's, an organisation's or a
// place's name, or of none, in a corpus tagged with entity classes (the
// Groningen Meaning Bank NER data, ../shared/ner/gmb). Trained by
// `actorgraph train-name-types`; stored as data/name_word_types.tsv.
#ifndef ACTORGRAPH_EXTRACT_NAME_MODEL_H_
#define ACTORGRAPH_EXTRACT_NAME_MODEL_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace actorgraph::extract {

struct NameWordCounts {
  int person = 0, organization = 0, location = 0, other = 0;
  int total() const { return person + organization + location + other; }
};

enum class NameClass { kUnknown, kPerson, kOrganization, kLocation, kOther };

// The most likely class of a name made of words with these counts (nullptr
// for a word never seen), each word voting independently with add-one-half
// smoothing. kUnknown when no word was seen. Ties go to person, then
// organisation, then location.
NameClass ClassifyName(const std::vector<const NameWordCounts*>& words);

struct NameModelReport {
  size_t sentences = 0, tokens = 0, words_kept = 0;
  // Held-out evaluation (every tenth sentence, trained on the others):
  // multi-word person, organisation and place names of 2 to 4 words.
  size_t heldout_names = 0, heldout_right = 0, heldout_unknown = 0;
  size_t heldout_person_right = 0;  // right if every name were guessed a person
};

// Reads the GMB CSV (`Sentence #,Word,POS,Tag`, IOB tags, plain or gzipped),
// evaluates on held-out sentences, then counts capitalised words over all of
// it and writes `out_tsv` (words seen at least `min_count` times, sorted).
// Errors name the file and line.
absl::StatusOr<NameModelReport> TrainNameModel(const std::string& gmb_csv, const std::string& out_tsv,
                                               int min_count = 2);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_EXTRACT_NAME_MODEL_H_
