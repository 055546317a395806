#include "extract/name_model.h"

#include <cmath>
#include <fstream>
#include <istream>
#include <map>
#include <memory>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "extract/gzip_buffer.h"

namespace actorgraph::extract {
namespace {

// Splits one CSV line with RFC 4180 quoting ("""" is a quote character).
std::vector<std::string> CsvFields(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  return fields;
}

struct TaggedWord {
  std::string word;
  NameClass cls;
  bool begins;  // B- tag: the first word of a name
};

NameClass ClassOfTag(std::string_view tag) {
  if (tag.size() < 3) return NameClass::kOther;
  std::string_view kind = tag.substr(2);
  if (kind == "per") return NameClass::kPerson;
  if (kind == "org") return NameClass::kOrganization;
  if (kind == "geo" || kind == "gpe") return NameClass::kLocation;
  return NameClass::kOther;  // times, artefacts, events, natural phenomena
}

bool Capitalized(std::string_view w) { return !w.empty() && absl::ascii_isupper(static_cast<unsigned char>(w[0])); }

void Count(const TaggedWord& t, std::map<std::string, NameWordCounts>& counts) {
  if (!Capitalized(t.word)) return;
  NameWordCounts& c = counts[t.word];
  switch (t.cls) {
    case NameClass::kPerson: ++c.person; break;
    case NameClass::kOrganization: ++c.organization; break;
    case NameClass::kLocation: ++c.location; break;
    default: ++c.other; break;
  }
}

}  // namespace

NameClass ClassifyName(const std::vector<const NameWordCounts*>& words) {
  double score[4] = {0, 0, 0, 0};
  bool seen = false;
  for (const NameWordCounts* c : words) {
    if (c == nullptr || c->total() == 0) continue;
    seen = true;
    double total = c->total() + 2.0;
    score[0] += std::log((c->person + 0.5) / total);
    score[1] += std::log((c->organization + 0.5) / total);
    score[2] += std::log((c->location + 0.5) / total);
    score[3] += std::log((c->other + 0.5) / total);
  }
  if (!seen) return NameClass::kUnknown;
  int best = 0;
  for (int k = 1; k < 4; ++k) {
    if (score[k] > score[best]) best = k;
  }
  static constexpr NameClass kClasses[] = {NameClass::kPerson, NameClass::kOrganization, NameClass::kLocation,
                                          NameClass::kOther};
  return kClasses[best];
}

absl::StatusOr<NameModelReport> TrainNameModel(const std::string& gmb_csv, const std::string& out_tsv, int min_count) {
  std::unique_ptr<std::streambuf> gz;
  std::ifstream plain;
  std::istream* in = nullptr;
  std::unique_ptr<std::istream> gz_stream;
  if (gmb_csv.ends_with(".gz")) {
    auto buffer = std::make_unique<GzipBuffer>(gmb_csv);
    if (!buffer->opened()) return absl::NotFoundError(absl::StrCat(gmb_csv, ": ", buffer->error()));
    gz = std::move(buffer);
    gz_stream = std::make_unique<std::istream>(gz.get());
    in = gz_stream.get();
  } else {
    plain.open(gmb_csv);
    if (!plain) return absl::NotFoundError(absl::StrCat(gmb_csv, ": cannot read"));
    in = &plain;
  }
  std::vector<std::vector<TaggedWord>> sentences;
  std::string line;
  size_t line_no = 0;
  while (std::getline(*in, line)) {
    ++line_no;
    if (line_no == 1) {
      if (!line.starts_with("Sentence #,Word,POS,Tag"))
        return absl::InvalidArgumentError(absl::StrCat(gmb_csv, ":1: expected the header \"Sentence #,Word,POS,Tag\""));
      continue;
    }
    std::vector<std::string> f = CsvFields(line);
    if (f.size() != 4) {
      return absl::InvalidArgumentError(absl::StrCat(gmb_csv, ":", line_no, ": expected 4 fields, found ", f.size()));
    }
    if (!f[0].empty() || sentences.empty()) sentences.emplace_back();
    sentences.back().push_back({f[1], ClassOfTag(f[3]), f[3].starts_with("B-")});
  }
  if (auto* b = dynamic_cast<GzipBuffer*>(gz.get()); b != nullptr && !b->error().empty())
    return absl::DataLossError(absl::StrCat(gmb_csv, ": ", b->error()));

  NameModelReport report;
  report.sentences = sentences.size();
  // Held-out evaluation: train on nine sentences in ten, type the names of the tenth.
  std::map<std::string, NameWordCounts> counts;
  for (size_t s = 0; s < sentences.size(); ++s) {
    if (s % 10 == 9) continue;
    for (const TaggedWord& t : sentences[s]) Count(t, counts);
  }
  for (size_t s = 9; s < sentences.size(); s += 10) {
    const std::vector<TaggedWord>& words = sentences[s];
    for (size_t i = 0; i < words.size();) {
      if (!words[i].begins || words[i].cls == NameClass::kOther) {
        ++i;
        continue;
      }
      size_t j = i + 1;
      while (j < words.size() && !words[j].begins && words[j].cls == words[i].cls) ++j;
      size_t length = j - i;
      bool capitalised = true;
      for (size_t k = i; k < j; ++k) capitalised = capitalised && Capitalized(words[k].word);
      if (length >= 2 && length <= 4 && capitalised) {
        std::vector<const NameWordCounts*> seen;
        for (size_t k = i; k < j; ++k) {
          auto it = counts.find(words[k].word);
          seen.push_back(it == counts.end() ? nullptr : &it->second);
        }
        NameClass guess = ClassifyName(seen);
        ++report.heldout_names;
        report.heldout_unknown += guess == NameClass::kUnknown;
        report.heldout_right += guess == words[i].cls || (guess == NameClass::kUnknown && words[i].cls == NameClass::kPerson);
        report.heldout_person_right += words[i].cls == NameClass::kPerson;
      }
      i = j;
    }
  }
  // The model itself: every sentence.
  counts.clear();
  for (const auto& sentence : sentences) {
    report.tokens += sentence.size();
    for (const TaggedWord& t : sentence) Count(t, counts);
  }
  std::ofstream out(out_tsv);
  if (!out) return absl::PermissionDeniedError(absl::StrCat(out_tsv, ": cannot write"));
  out << "# actorgraph lexicon: capitalised words with how often each was part of a person's, an organisation's or a\n"
         "# place's name, or of no name (times, events, artefacts and ordinary words count as other)\n"
         "# version: 1\n"
         "# source: counted by `actorgraph train-name-types` from the Groningen Meaning Bank NER data\n"
         "# (ner_dataset.csv: about 1M tokens of Voice of America news with IOB entity tags; gpe and geo count as place)\n"
         "# licence: Open Database License (ODbL) v1.0, as the GMB data it is derived from\n";
  out << absl::StrFormat("# trained on %d sentences, %d tokens; words seen at least %d times\n", report.sentences,
                         report.tokens, min_count);
  out << absl::StrFormat(
      "# held-out check (every tenth sentence): %d of %d multi-word names typed right (%.1f%%); calling every one "
      "a person: %d (%.1f%%)\n",
      report.heldout_right, report.heldout_names, 100.0 * report.heldout_right / std::max<size_t>(1, report.heldout_names),
      report.heldout_person_right, 100.0 * report.heldout_person_right / std::max<size_t>(1, report.heldout_names));
  out << "word\tperson\torganization\tlocation\tother\n";
  for (const auto& [word, c] : counts) {  // std::map: sorted by byte order
    if (c.total() < min_count) continue;
    if (word.find('\t') != std::string::npos) continue;
    out << word << '\t' << c.person << '\t' << c.organization << '\t' << c.location << '\t' << c.other << '\n';
    ++report.words_kept;
  }
  out.close();
  if (!out) return absl::DataLossError(absl::StrCat(out_tsv, ": write failed"));
  return report;
}

}  // namespace actorgraph::extract
