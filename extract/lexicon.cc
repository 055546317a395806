#include "extract/lexicon.h"

#include <array>
#include <fstream>
#include <iterator>
#include <tuple>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "model/names.h"
#include "model/strings.h"
#include "extract/reader.h"
#include "extract/tokenizer.h"
#include "model/status_macros.h"

namespace actorgraph::extract {
namespace {

std::string JoinHeader(const std::vector<std::string_view>& header) {
  std::string out;
  for (std::string_view h : header) {
    if (!out.empty()) out += "\\t";
    out += h;
  }
  return out;
}

// One data row with its line number, for error messages.
struct Row {
  int line = 0;
  std::vector<std::string> fields;
};

// Reads a lexicon file: '#' comments and blank lines skipped. For TSV files
// (`header` non-empty) the first row must equal `header`, and every row must
// have as many columns.
absl::StatusOr<std::vector<Row>> ReadRows(const std::string& path,
                                          const std::vector<std::string_view>& header) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot read lexicon file"));
  std::vector<Row> rows;
  std::string line;
  int number = 0;
  bool header_seen = header.empty();
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    if (!IsValidUtf8(line)) {
      return absl::InvalidArgumentError(absl::StrCat(path, ":", number, ": not valid UTF-8"));
    }
    if (header.empty()) {
      std::string_view word = Strip(line);
      if (!word.empty()) rows.push_back({number, {std::string(word)}});
      continue;
    }
    std::vector<std::string> fields = absl::StrSplit(line, '\t');
    if (!header_seen) {
      if (fields.size() != header.size() ||
          !std::equal(fields.begin(), fields.end(), header.begin())) {
        return absl::InvalidArgumentError(absl::StrCat(path, ":", number, ": header must be \"",
                                                       JoinHeader(header), "\""));
      }
      header_seen = true;
      continue;
    }
    if (fields.size() != header.size()) {
      return absl::InvalidArgumentError(absl::StrCat(path, ":", number, ": expected ",
                                                     header.size(), " tab-separated columns, found ",
                                                     fields.size()));
    }
    for (auto& f : fields) f = std::string(Strip(f));
    rows.push_back({number, std::move(fields)});
  }
  if (!header_seen) return absl::InvalidArgumentError(absl::StrCat(path, ": no header row"));
  return rows;
}

std::vector<std::string> Alternatives(const std::string& field) {
  std::vector<std::string> out;
  for (absl::string_view v : absl::StrSplit(field, '|', absl::SkipWhitespace())) {
    out.emplace_back(Strip(ToStd(v)));
  }
  return out;
}

void AppendStraightened(std::string_view word, std::string* key);

// Appends `word` lower-cased (ASCII letters only, as AsciiLower does).
void AppendAsciiLower(std::string_view word, std::string* out) {
  size_t from = out->size();
  out->append(word);
  for (size_t i = from; i < out->size(); ++i) {
    (*out)[i] = absl::ascii_tolower(static_cast<unsigned char>((*out)[i]));
  }
}

// AsciiLower(word) in a per-thread buffer, for lookups without an allocation;
// valid until the next call on this thread.
absl::string_view LowerInScratch(std::string_view word) {
  thread_local std::string lower;
  lower.clear();
  AppendAsciiLower(word, &lower);
  return ToAbsl(lower);
}

// Tokenizes a phrase like article text and joins the token texts by spaces,
// so lexicon keys and text lookups agree on "U.S." or "al-Qaeda".
std::string PhraseKey(std::string_view phrase, const Lexicon* lexicon) {
  std::vector<Token> tokens = Tokenize(phrase, lexicon);
  std::string key;
  for (const Token& t : tokens) {
    if (!key.empty()) key += ' ';
    AppendStraightened(t.text, &key);
  }
  return key;
}

}  // namespace

absl::StatusOr<std::unique_ptr<const Lexicon>> Lexicon::Load(const std::string& dir) {
  std::unique_ptr<Lexicon> lexicon(new Lexicon());
  auto path = [&dir](std::string_view file) { return absl::StrCat(dir, "/", ToAbsl(file)); };
  // Word lists first: the tokenizer used for phrase keys needs abbreviations.
  struct WordList {
    std::string_view file;
    absl::flat_hash_set<std::string>* set;
    bool lower;
  };
  for (const WordList& list : {WordList{"abbreviations.txt", &lexicon->abbreviations_, false},
                               WordList{"honorifics.txt", &lexicon->honorifics_, false},
                               WordList{"given_names.txt", &lexicon->given_names_, true},
                               WordList{"non_names.txt", &lexicon->non_names_, true},
                               WordList{"boilerplate.txt", &lexicon->boilerplate_, true},
                               WordList{"military_nouns.txt", &lexicon->military_nouns_, true},
                               WordList{"media_nouns.txt", &lexicon->media_nouns_, true},
                               WordList{"policy_nouns.txt", &lexicon->policy_nouns_, true},
                               WordList{"intent_words.txt", &lexicon->intent_words_, true},
                               WordList{"portfolio_roles.txt", &lexicon->portfolio_roles_, true}}) {
    ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path(list.file), {}));
    for (const Row& row : rows) {
      list.set->insert(list.lower ? AsciiLower(row.fields[0]) : row.fields[0]);
    }
  }
  for (const std::string& line : lexicon->boilerplate_) {
    if (line.size() < lexicon->boilerplate_lengths_.size()) lexicon->boilerplate_lengths_.set(line.size());
  }
  RETURN_IF_ERROR(lexicon->LoadCameoRoots(path("cameo_roots.tsv")));
  RETURN_IF_ERROR(lexicon->LoadEvaluations(path("evaluations.tsv")));
  RETURN_IF_ERROR(lexicon->LoadCountries(path("countries.tsv")));
  RETURN_IF_ERROR(lexicon->LoadOrganizations(path("organizations.tsv")));
  RETURN_IF_ERROR(lexicon->LoadNewsMedia(path("news_media.tsv")));
  RETURN_IF_ERROR(lexicon->LoadPlaces(path("places.tsv")));
  RETURN_IF_ERROR(lexicon->LoadStateInstitutions(path("state_institutions.tsv")));
  RETURN_IF_ERROR(lexicon->LoadOppositions(path("oppositions.tsv")));
  RETURN_IF_ERROR(lexicon->LoadGroupNouns(path("group_nouns.tsv")));
  RETURN_IF_ERROR(lexicon->LoadRoles(path("roles.tsv")));
  RETURN_IF_ERROR(lexicon->LoadRoleBodies(path("role_bodies.tsv")));
  RETURN_IF_ERROR(lexicon->LoadEventVerbs(path("event_verbs.tsv")));
  RETURN_IF_ERROR(lexicon->LoadSpeechVerbs(path("speech_verbs.tsv")));
  RETURN_IF_ERROR(lexicon->LoadEventNouns(path("event_nouns.tsv")));
  RETURN_IF_ERROR(lexicon->LoadActNouns(path("act_nouns.tsv")));
  RETURN_IF_ERROR(LoadVerbLemmas(path("light_verbs.tsv"), &lexicon->light_verbs_));
  RETURN_IF_ERROR(LoadVerbLemmas(path("receiving_verbs.tsv"), &lexicon->receiving_verbs_));
  RETURN_IF_ERROR(LoadVerbLemmas(path("deployment_verbs.tsv"), &lexicon->deployment_verbs_));
  RETURN_IF_ERROR(LoadVerbLemmas(path("agreement_verbs.tsv"), &lexicon->agreement_verbs_));
  RETURN_IF_ERROR(lexicon->LoadNameWordTypes(path("name_word_types.tsv")));
  RETURN_IF_ERROR(lexicon->LoadHeadWords(path("name_heads.tsv")));
  RETURN_IF_ERROR(lexicon->LoadWordClasses(path("word_classes.tsv")));
  RETURN_IF_ERROR(lexicon->LoadLeaders(path("leaders.tsv")));
  return std::unique_ptr<const Lexicon>(std::move(lexicon));
}

void Lexicon::AddPhrase(std::string_view phrase, PhraseInfo info) {
  std::string key = PhraseKey(phrase, this);
  if (key.empty()) return;
  int tokens = 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
  max_phrase_tokens_ = std::max(max_phrase_tokens_, tokens);
  // Every proper token prefix, so a lookup stops as soon as no phrase continues.
  {
    std::string lower = AsciiLower(key);
    for (size_t space = lower.find(' '); space != std::string::npos; space = lower.find(' ', space + 1)) {
      folded_prefixes_.insert(lower.substr(0, space));
    }
  }
  bool case_insensitive = info.kind == PhraseKind::kRole || info.kind == PhraseKind::kEventNoun;
  std::string folded = AsciiLower(key);
  if (case_insensitive) {
    folded_.try_emplace(folded, info);
    return;
  }
  // The first entry wins: countries load before organisations.
  exact_.try_emplace(key, info);
  folded_.try_emplace(folded, std::move(info));
}

absl::Status Lexicon::LoadCountries(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path, {"name", "aliases", "demonyms", "capitals",
                                                          "metonyms", "from", "to"}));
  for (const Row& row : rows) {
    const std::string& country = row.fields[0];
    State state{country, 0, 0};
    for (auto [field, year] : {std::pair{5, &state.from}, std::pair{6, &state.to}}) {
      const std::string& text = row.fields[field];
      if (text.empty()) continue;
      if (text.size() != 4 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return absl::InvalidArgumentError(
            absl::StrCat(path, ":", row.line, ": year \"", text, "\" is not YYYY"));
      }
      *year = std::stoi(text);
    }
    AddPhrase(country, {PhraseKind::kCountry, country, ""});
    country_names_.insert(country);
    for (const auto& a : Alternatives(row.fields[1])) AddPhrase(a, {PhraseKind::kCountry, country, ""});
    // A demonym two rows share ("German": Germany, West Germany) is the
    // state of the article's years (StateOf), like a shared capital.
    const std::vector<std::string> demonyms = Alternatives(row.fields[2]);
    for (const auto& d : demonyms) {
      AddPhrase(d, {PhraseKind::kDemonym, country, ""});
      seat_states_[AsciiLower(PhraseKey(d, this))].push_back(state);
      // A person noun has its plural in the row: "Briton(s)", "German(s)",
      // "Irishman/men".
      auto listed = [&demonyms](const std::string& plural) {
        return std::find(demonyms.begin(), demonyms.end(), plural) != demonyms.end();
      };
      if (listed(absl::StrCat(d, "s")) ||
          (d.ends_with("man") && listed(absl::StrCat(d.substr(0, d.size() - 3), "men"))))
        person_demonyms_.insert(AsciiLower(PhraseKey(d, this)));
    }
    std::vector<std::string> capitals = Alternatives(row.fields[3]);
    for (const auto& c : capitals) {
      // A longer spelling of another capital of the row is that city
      // ("Washington DC" is Washington); two capitals (La Paz, Sucre) stay two.
      std::string city = c;
      for (const auto& other : capitals) {
        if (other.size() < city.size() && c.compare(0, other.size(), other) == 0 &&
            (c[other.size()] == ' ' || c[other.size()] == ','))
          city = other;
      }
      AddPhrase(c, {PhraseKind::kCapital, country, city});
      seat_states_[AsciiLower(PhraseKey(c, this))].push_back(state);
    }
    for (const auto& m : Alternatives(row.fields[4])) {
      AddPhrase(m, {PhraseKind::kMetonym, country, ""});
      seat_states_[AsciiLower(PhraseKey(m, this))].push_back(state);
    }
  }
  return absl::OkStatus();
}

bool Lexicon::IsPersonDemonym(std::string_view phrase) const {
  return person_demonyms_.contains(AsciiLower(phrase));
}

// Adds an organisation's name with the other spellings of its legal form:
// "British Broadcasting Corporation" is also "... Corp" and "... Corp.",
// "Boeing Co" also "Boeing Company".
void Lexicon::AddOrganizationName(std::string_view phrase, const std::string& canonical) {
  static constexpr std::array<std::array<std::string_view, 3>, 4> kLegalForms = {{
      {"Corporation", "Corp", "Corp."},
      {"Company", "Co", "Co."},
      {"Limited", "Ltd", "Ltd."},
      {"Incorporated", "Inc", "Inc."},
  }};
  AddPhrase(phrase, {PhraseKind::kOrganization, canonical, ""});
  const size_t space = phrase.rfind(' ');
  if (space == std::string_view::npos) return;
  const std::string_view stem = phrase.substr(0, space + 1), form = phrase.substr(space + 1);
  for (const auto& forms : kLegalForms) {
    if (std::find(forms.begin(), forms.end(), form) == forms.end()) continue;
    for (std::string_view other : forms) {
      if (other != form) AddPhrase(absl::StrCat(ToAbsl(stem), ToAbsl(other)), {PhraseKind::kOrganization, canonical, ""});
    }
  }
}

absl::Status Lexicon::LoadOrganizations(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path, {"name", "aliases"}));
  for (const Row& row : rows) {
    AddOrganizationName(row.fields[0], row.fields[0]);
    for (const auto& a : Alternatives(row.fields[1])) AddOrganizationName(a, row.fields[0]);
    organization_names_.insert(row.fields[0]);
  }
  return absl::OkStatus();
}

absl::Status Lexicon::LoadNewsMedia(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path, {"name", "home"}));
  for (const Row& row : rows) {
    if (!organization_names_.contains(row.fields[0])) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", row.line, ": \"", row.fields[0], "\" is not an organisation of organizations.tsv"));
    }
    if (!row.fields[1].empty() && !country_names_.contains(row.fields[1])) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", row.line, ": home \"", row.fields[1], "\" is not a country of countries.tsv"));
    }
    news_media_.emplace(row.fields[0], row.fields[1]);
  }
  return absl::OkStatus();
}

absl::Status Lexicon::LoadCameoRoots(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path, {"code", "name", "quad_class", "goldstein"}));
  for (const Row& row : rows) {
    const std::string& code = row.fields[0];
    if (!IsCameoRootCode(code) || row.fields[2] != std::to_string(QuadClass(code))) {
      return absl::InvalidArgumentError(absl::StrCat(
          path, ":", row.line, ": \"", code, "\" must be a CAMEO root code with QuadClass ", QuadClass(code)));
    }
    char* end = nullptr;
    double value = std::strtod(row.fields[3].c_str(), &end);
    if (end == row.fields[3].c_str() || *end != '\0' || value < -10 || value > 10) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", row.line, ": goldstein \"", row.fields[3], "\" is not a number in [-10, 10]"));
    }
    goldstein_[code] = value;
  }
  if (goldstein_.size() != 20) {
    return absl::InvalidArgumentError(absl::StrCat(path, ": expected the 20 CAMEO root codes, found ", goldstein_.size()));
  }
  return absl::OkStatus();
}

absl::Status Lexicon::LoadEvaluations(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path, {"word", "polarity"}));
  for (const Row& row : rows) {
    int polarity = row.fields[1] == "positive" ? 1 : row.fields[1] == "negative" ? -1 : 0;
    if (polarity == 0) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", row.line, ": polarity must be positive or negative"));
    }
    polarity_[AsciiLower(row.fields[0])] = polarity;
  }
  return absl::OkStatus();
}

absl::Status Lexicon::LoadStateInstitutions(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path, {"name", "state", "canonical"}));
  for (const Row& row : rows) {
    const std::string& state = row.fields[1];
    const std::string& canonical = row.fields[2];
    if (state.empty() != canonical.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", row.line, ": a state needs its body's name, and a name its state"));
    }
    if (!state.empty() && !country_names_.contains(state)) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", row.line, ": \"", state, "\" is no country of countries.tsv"));
    }
    auto& by_state = state_institutions_[AsciiLower(row.fields[0])];
    if (!state.empty()) by_state.emplace_back(state, canonical);
  }
  return absl::OkStatus();
}

std::optional<std::string> Lexicon::StateInstitutionName(std::string_view name, std::string_view state,
                                                         const std::function<bool(std::string_view)>& named) const {
  if (state.empty()) return std::nullopt;
  auto it = state_institutions_.find(AsciiLower(name));
  if (it == state_institutions_.end()) return std::nullopt;
  for (const auto& [listed, canonical] : it->second) {
    if (listed == state) return canonical;
  }
  for (const auto& [listed, canonical] : it->second) {
    if (named(listed)) return canonical;
  }
  return absl::StrCat(ToAbsl(name), " (", ToAbsl(state), ")");
}

absl::Status Lexicon::LoadOppositions(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path, {"state", "party", "from", "to"}));
  for (const Row& row : rows) {
    Opposition o{row.fields[0], row.fields[1], 0, 0};
    if (!country_names_.contains(o.state)) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", row.line, ": \"", o.state, "\" is no country of countries.tsv"));
    }
    auto party = exact_.find(o.party);
    if (party == exact_.end() || party->second.kind != PhraseKind::kOrganization || party->second.canonical != o.party) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", row.line, ": \"", o.party, "\" is no organisation of organizations.tsv"));
    }
    for (auto [field, year] : {std::pair{2, &o.from}, std::pair{3, &o.to}}) {
      const std::string& text = row.fields[field];
      if (text.empty() && field == 3) continue;
      if (text.size() != 4 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return absl::InvalidArgumentError(absl::StrCat(path, ":", row.line, ": year \"", text, "\" is not YYYY"));
      }
      *year = std::stoi(text);
    }
    oppositions_.push_back(std::move(o));
  }
  return absl::OkStatus();
}

const std::string* Lexicon::OppositionParty(std::string_view state, int from, int to) const {
  const std::string* found = nullptr;
  for (const Opposition& o : oppositions_) {
    if (o.state != state || to <= o.from || (o.to != 0 && from >= o.to)) continue;  // no overlap
    if (found || from < o.from || (o.to != 0 && to > o.to)) return nullptr;        // two, or not all along
    found = &o.party;
  }
  return found;
}

int Lexicon::Polarity(std::string_view lower) const {
  auto it = polarity_.find(ToAbsl(lower));
  return it == polarity_.end() ? 0 : it->second;
}

double Lexicon::Goldstein(std::string_view code) const {
  auto it = goldstein_.find(ToAbsl(code));
  return it == goldstein_.end() ? 0.0 : it->second;
}

absl::Status Lexicon::LoadPlaces(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path, {"name", "aliases", "kind", "country"}));
  for (const Row& row : rows) {
    AddPhrase(row.fields[0], {PhraseKind::kPlace, row.fields[0], ""});
    for (const auto& a : Alternatives(row.fields[1])) AddPhrase(a, {PhraseKind::kPlace, row.fields[0], ""});
    if (row.fields[2] == "water") waters_.insert(row.fields[0]);
    if (row.fields[2] == "continent" || row.fields[2] == "region") regions_.insert(row.fields[0]);
    if (row.fields[2] == "territory") territories_.insert(row.fields[0]);
    if (row.fields[2] == "city") cities_.insert(row.fields[0]);
    if (row.fields[3].empty()) continue;
    auto country = exact_.find(row.fields[3]);
    if (country == exact_.end() || country->second.kind != PhraseKind::kCountry ||
        country->second.canonical != row.fields[3]) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", row.line, ": \"", row.fields[3], "\" is no country of countries.tsv"));
    }
    place_countries_.emplace(row.fields[0], row.fields[3]);
  }
  return absl::OkStatus();
}

absl::Status Lexicon::LoadGroupNouns(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path, {"noun", "type", "plural"}));
  for (const Row& row : rows) {
    std::optional<EntityType> type = ParseEntityType(row.fields[1]);
    if (!type) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", row.line, ": unknown type \"", row.fields[1], "\""));
    }
    group_nouns_.try_emplace(AsciiLower(row.fields[0]), *type);
    if (!row.fields[2].empty()) group_nouns_.try_emplace(AsciiLower(row.fields[2]), EntityType::kOrganization);
  }
  return absl::OkStatus();
}

std::optional<EntityType> Lexicon::GroupNounType(std::string_view lower) const {
  auto it = group_nouns_.find(ToAbsl(lower));
  if (it == group_nouns_.end()) return std::nullopt;
  return it->second;
}

bool Lexicon::IsBoilerplate(std::string_view line) const {
  line = Strip(line);
  while (!line.empty() && (line.back() == ':' || line.back() == ' ')) line.remove_suffix(1);
  if (line.empty() || line.size() > 80 || !boilerplate_lengths_.test(line.size())) return false;
  return boilerplate_.contains(LowerInScratch(line));
}

absl::Status Lexicon::LoadRoles(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path, {"phrase", "role"}));
  for (const Row& row : rows) {
    AddPhrase(row.fields[0], {PhraseKind::kRole, row.fields[1], ""});
    role_names_.insert(row.fields[1]);
  }
  return absl::OkStatus();
}

absl::Status Lexicon::LoadRoleBodies(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path, {"role", "body"}));
  for (const Row& row : rows) {
    if (!role_names_.contains(row.fields[0])) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", row.line, ": \"", row.fields[0], "\" is no role of roles.tsv"));
    }
    role_bodies_[row.fields[0]] = AsciiLower(row.fields[1]);
  }
  return absl::OkStatus();
}

namespace {

// "george w bush" -> "george bush": the first and last words of a
// normalised name, or "" for a one-word name.
std::string FirstAndLast(const std::string& normalized) {
  size_t first_end = normalized.find(' ');
  if (first_end == std::string::npos) return "";
  return absl::StrCat(normalized.substr(0, first_end), " ", normalized.substr(normalized.rfind(' ') + 1));
}

}  // namespace

absl::Status Lexicon::LoadLeaders(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path, {"name", "aliases", "affiliation", "role", "from", "to"}));
  for (const Row& row : rows) {
    Leader leader{row.fields[0], row.fields[2], row.fields[3], 0, 0};
    for (auto [field, year] : {std::pair{4, &leader.from}, std::pair{5, &leader.to}}) {
      const std::string& text = row.fields[field];
      if (text.empty() && field == 5) continue;
      if (text.size() != 4 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return absl::InvalidArgumentError(absl::StrCat(path, ":", row.line, ": year \"", text, "\" is not YYYY"));
      }
      *year = std::stoi(text);
    }
    if (leader.to != 0 && leader.to < leader.from) {
      return absl::InvalidArgumentError(absl::StrCat(path, ":", row.line, ": the term ends before it starts"));
    }
    // (A territory of places.tsv with a government of its own: Scotland's
    // first ministers.)
    if (!country_names_.contains(leader.affiliation) && !organization_names_.contains(leader.affiliation) &&
        !territories_.contains(leader.affiliation)) {
      return absl::InvalidArgumentError(absl::StrCat(path, ":", row.line, ": \"", leader.affiliation,
                                                     "\" is no country, territory or organisation of the lexicon"));
    }
    if (!role_names_.contains(leader.role)) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", row.line, ": \"", leader.role, "\" is no role of roles.tsv"));
    }
    size_t index = leaders_.size();
    leaders_.push_back(std::move(leader));
    std::vector<std::string> names = Alternatives(row.fields[1]);
    names.insert(names.begin(), row.fields[0]);
    for (const std::string& name : names) {
      std::string normalized = NormalizeName(name);
      if (normalized.empty()) continue;
      leaders_by_name_[normalized].push_back(index);
      if (std::string ends = FirstAndLast(normalized); !ends.empty()) leaders_by_ends_[ends].push_back(index);
      leaders_by_surname_[normalized.substr(normalized.rfind(' ') + 1)].push_back(index);
    }
  }
  // An alias listed twice for one term must not count twice.
  for (auto* index : {&leaders_by_name_, &leaders_by_ends_, &leaders_by_surname_}) {
    for (auto& [key, list] : *index) {
      std::sort(list.begin(), list.end());
      list.erase(std::unique(list.begin(), list.end()), list.end());
    }
  }
  return absl::OkStatus();
}

namespace {

using LeaderIndex = absl::flat_hash_map<std::string, std::vector<size_t>>;

// The terms `index` lists under `key` that `keep` accepts, in file order.
template <typename Keep>
std::vector<const Lexicon::Leader*> TermsWhere(const std::vector<Lexicon::Leader>& leaders, const LeaderIndex& index,
                                               const std::string& key, Keep keep) {
  std::vector<const Lexicon::Leader*> out;
  if (auto it = index.find(key); it != index.end()) {
    for (size_t i : it->second) {
      if (keep(leaders[i])) out.push_back(&leaders[i]);
    }
  }
  return out;
}

// `terms` when they are all one person's, else none: "George Bush" must not
// stand for two holders at once.
std::vector<const Lexicon::Leader*> OnePerson(std::vector<const Lexicon::Leader*> terms) {
  for (const Lexicon::Leader* l : terms) {
    if (l->name != terms.front()->name) return {};
  }
  return terms;
}

}  // namespace

std::vector<const Lexicon::Leader*> Lexicon::LeadersNamed(std::string_view name, int year) const {
  const std::string normalized = NormalizeName(name);
  auto active = [year](const Leader& l) { return l.ActiveIn(year); };
  std::vector<const Leader*> out = TermsWhere(leaders_, leaders_by_name_, normalized, active);
  if (!out.empty()) return out;
  const std::string ends = FirstAndLast(normalized);
  if (ends.empty()) return {};
  return OnePerson(TermsWhere(leaders_, leaders_by_ends_, ends, active));
}

bool Lexicon::SharedLeaderName(std::string_view name) const {
  const std::string ends = FirstAndLast(NormalizeName(name));
  if (ends.empty()) return false;
  const std::vector<const Leader*> all = TermsWhere(leaders_, leaders_by_ends_, ends, [](const Leader&) { return true; });
  return !all.empty() && OnePerson(all).empty();
}

std::vector<const Lexicon::Leader*> Lexicon::LeadersNamedBetween(std::string_view name, int from, int to) const {
  const std::string normalized = NormalizeName(name);
  auto overlapping = [from, to](const Leader& l) { return l.from < to && (l.to == 0 || l.to > from); };
  std::vector<const Leader*> out = TermsWhere(leaders_, leaders_by_name_, normalized, overlapping);
  if (const std::string ends = FirstAndLast(normalized); !ends.empty()) {
    for (const Leader* l : TermsWhere(leaders_, leaders_by_ends_, ends, overlapping)) {
      if (std::find(out.begin(), out.end(), l) == out.end()) out.push_back(l);
    }
  }
  return OnePerson(std::move(out));
}

std::vector<const Lexicon::Leader*> Lexicon::LeadersWithSurname(std::string_view surname, int year) const {
  return TermsWhere(leaders_, leaders_by_surname_, NormalizeName(surname),
                    [year](const Leader& l) { return l.ActiveIn(year); });
}

absl::Status Lexicon::LoadEventNouns(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path, {"noun", "cameo", "plural"}));
  for (const Row& row : rows) {
    if (!row.fields[1].empty() && !IsCameoRootCode(row.fields[1])) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", row.line, ": \"", row.fields[1], "\" is not a CAMEO root code"));
    }
    AddPhrase(row.fields[0], {PhraseKind::kEventNoun, row.fields[0], row.fields[1]});
    if (!row.fields[2].empty()) {
      AddPhrase(row.fields[2], {PhraseKind::kEventNoun, row.fields[0], row.fields[1]});
    }
  }
  return absl::OkStatus();
}

absl::Status Lexicon::LoadActNouns(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path, {"noun", "cameo", "plural", "links"}));
  for (const Row& row : rows) {
    auto error = [&](std::string_view what) {
      return absl::InvalidArgumentError(absl::StrCat(path, ":", row.line, ": ", ToAbsl(what)));
    };
    if (!IsCameoRootCode(row.fields[1])) return error(absl::StrCat("\"", row.fields[1], "\" is not a CAMEO root code"));
    ActNounInfo info{row.fields[0], row.fields[1], Alternatives(row.fields[3])};
    if (info.links.empty()) return error("no target preposition in column \"links\"");
    for (const std::string& form : {row.fields[0], row.fields[2]}) {
      if (form.empty()) continue;
      std::string key = AsciiLower(PhraseKey(form, this));
      if (folded_.contains(key)) return error(absl::StrCat("\"", form, "\" is also an event noun or role"));
      int tokens = 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
      max_act_tokens_ = std::max(max_act_tokens_, tokens);
      act_nouns_.try_emplace(key, info);
    }
  }
  return absl::OkStatus();
}

absl::Status Lexicon::LoadVerbLemmas(const std::string& path, absl::flat_hash_map<std::string, std::string>* lemmas) {
  ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path, {"lemma", "forms"}));
  for (const Row& row : rows) {
    for (const std::string& form : Alternatives(row.fields[1])) lemmas->try_emplace(AsciiLower(form), row.fields[0]);
    lemmas->try_emplace(AsciiLower(row.fields[0]), row.fields[0]);
  }
  return absl::OkStatus();
}

absl::Status Lexicon::LoadNameWordTypes(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path, {"word", "person", "organization", "location", "other"}));
  for (const Row& row : rows) {
    int values[4];
    for (int k = 0; k < 4; ++k) {
      if (!absl::SimpleAtoi(row.fields[k + 1], &values[k]) || values[k] < 0) {
        return absl::InvalidArgumentError(
            absl::StrCat(path, ":", row.line, ": \"", row.fields[k + 1], "\" is not a count"));
      }
    }
    name_words_[row.fields[0]] = {values[0], values[1], values[2], values[3]};
  }
  return absl::OkStatus();
}

NameClass Lexicon::ClassifyNameWords(const std::vector<std::string_view>& words) const {
  std::vector<const NameWordCounts*> counts;
  for (std::string_view w : words) {
    auto it = name_words_.find(ToAbsl(w));
    counts.push_back(it == name_words_.end() ? nullptr : &it->second);
  }
  return ClassifyName(counts);
}

absl::Status Lexicon::LoadEventVerbs(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path, {"lemma", "cameo", "forms", "direction"}));
  for (const Row& row : rows) {
    if (!IsCameoRootCode(row.fields[1]) && row.fields[1] != kParticipationCode && row.fields[1] != kEnactCode) {
      return absl::InvalidArgumentError(absl::StrCat(path, ":", row.line, ": \"", row.fields[1],
                                                     "\" is neither a CAMEO root code nor PART nor ENACT"));
    }
    if (!row.fields[3].empty() && row.fields[3] != "mutual" && row.fields[3] != "reverse") {
      return absl::InvalidArgumentError(absl::StrCat(path, ":", row.line, ": direction is \"", row.fields[3],
                                                     "\"; expected \"mutual\", \"reverse\" or nothing"));
    }
    std::vector<std::string> forms = Alternatives(row.fields[2]);
    forms.push_back(row.fields[0]);
    for (const std::string& form : forms) {
      std::string key = AsciiLower(PhraseKey(form, this));
      int tokens = 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
      max_verb_tokens_ = std::max(max_verb_tokens_, tokens);
      for (size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1)) {
        verb_prefixes_.insert(key.substr(0, space));
      }
      verbs_.try_emplace(key,
                         VerbInfo{row.fields[0], row.fields[1], row.fields[3] == "mutual", row.fields[3] == "reverse"});
    }
  }
  return absl::OkStatus();
}

absl::Status Lexicon::LoadSpeechVerbs(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path, {"lemma", "forms"}));
  // The forms are what is matched: a lemma that is also a common noun
  // ("label", "call") is left out of its own forms.
  for (const Row& row : rows) {
    for (const auto& f : Alternatives(row.fields[1])) speech_verbs_.insert(AsciiLower(f));
  }
  return absl::OkStatus();
}

absl::Status Lexicon::LoadHeadWords(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path, {"word", "type"}));
  for (const Row& row : rows) {
    std::optional<EntityType> type = ParseEntityType(row.fields[1]);
    if (!type) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", row.line, ": unknown type \"", row.fields[1], "\""));
    }
    head_words_.try_emplace(AsciiLower(row.fields[0]), *type);
  }
  return absl::OkStatus();
}

namespace {

// The name of each WordClass in data/word_classes.tsv, in enum order.
struct WordClassName {
  WordClass word_class;
  std::string_view name;
  bool as_written;  // matched as written; else its words must be lower case
};
constexpr WordClassName kWordClassNames[] = {
    {WordClass::kAcceptanceVerb, "acceptance_verb", false},
    {WordClass::kAddressingVerb, "addressing_verb", false},
    {WordClass::kAideNoun, "aide_noun", false},
    {WordClass::kAmountUnit, "amount_unit", false},
    {WordClass::kAppointmentVerb, "appointment_verb", false},
    {WordClass::kAssociateNoun, "associate_noun", false},
    {WordClass::kAttendingForm, "attending_form", false},
    {WordClass::kAttitudeVerb, "attitude_verb", false},
    {WordClass::kAuxiliaryVerb, "auxiliary_verb", false},
    {WordClass::kBackingParticiple, "backing_participle", false},
    {WordClass::kBodyNoun, "body_noun", false},
    {WordClass::kBorderNoun, "border_noun", false},
    {WordClass::kCancellingVerb, "cancelling_verb", false},
    {WordClass::kCapitalisedEventNoun, "capitalised_event_noun", false},
    {WordClass::kCatenativeVerb, "catenative_verb", false},
    {WordClass::kCityNoun, "city_noun", false},
    {WordClass::kClaimNoun, "claim_noun", false},
    {WordClass::kCombiningForm, "combining_form", false},
    {WordClass::kCommitteeNoun, "committee_noun", false},
    {WordClass::kCompassAdjective, "compass_adjective", false},
    {WordClass::kCompanySuffix, "company_suffix", true},
    {WordClass::kCountryNoun, "country_noun", false},
    {WordClass::kCoupleNoun, "couple_noun", false},
    {WordClass::kDenialVerb, "denial_verb", false},
    {WordClass::kDisclosureVerb, "disclosure_verb", false},
    {WordClass::kDepartmentWord, "department_word", false},
    {WordClass::kDemandingVerb, "demanding_verb", false},
    {WordClass::kDocumentNoun, "document_noun", false},
    {WordClass::kEconomicConflictModifier, "economic_conflict_modifier", false},
    {WordClass::kEnemyNoun, "enemy_noun", false},
    {WordClass::kEnvoyNoun, "envoy_noun", false},
    {WordClass::kEnvoyOnlyVerb, "envoy_only_verb", false},
    {WordClass::kEventModifier, "event_modifier", false},
    {WordClass::kExpletiveAdjective, "expletive_adjective", false},
    {WordClass::kExpletiveCopula, "expletive_copula", false},
    {WordClass::kExpletiveObjectVerb, "expletive_object_verb", false},
    {WordClass::kFailureVerb, "failure_verb", false},
    {WordClass::kFemaleHonorific, "female_honorific", false},
    {WordClass::kFutureMarker, "future_marker", false},
    {WordClass::kGatheringNoun, "gathering_noun", false},
    {WordClass::kGenericTitle, "generic_title", false},
    {WordClass::kGovernmentTitle, "government_title", false},
    {WordClass::kNonGovernmentTitle, "non_government_title", false},
    {WordClass::kOtherEventModifier, "other_event_modifier", false},
    {WordClass::kNonEventModifier, "non_event_modifier", false},
    {WordClass::kOrganisationTitle, "organisation_title", false},
    {WordClass::kHearsayNoun, "hearsay_noun", false},
    {WordClass::kHelpVerb, "help_verb", false},
    {WordClass::kHopingVerb, "hoping_verb", false},
    {WordClass::kHostingVerb, "hosting_verb", false},
    {WordClass::kGuestVerb, "guest_verb", false},
    {WordClass::kHostedByParticiple, "hosted_by_participle", false},
    {WordClass::kJointActVerb, "joint_act_verb", false},
    {WordClass::kOneSidedMeetingVerb, "one_sided_meeting_verb", false},
    {WordClass::kLeaderGovernmentNoun, "leader_government_noun", false},
    {WordClass::kLeadingVerb, "leading_verb", false},
    {WordClass::kLedByParticiple, "led_by_participle", false},
    {WordClass::kLinkingVerb, "linking_verb", false},
    {WordClass::kLocativeWord, "locative_word", false},
    {WordClass::kMakingParticiple, "making_participle", false},
    {WordClass::kMaleHonorific, "male_honorific", false},
    {WordClass::kMeasureHead, "measure_head", false},
    {WordClass::kPartyName, "party_name", false},
    {WordClass::kPartyQualifier, "party_qualifier", false},
    {WordClass::kPastTenseVerb, "past_tense_verb", false},
    {WordClass::kPeopleNoun, "people_noun", false},
    {WordClass::kPlaceNoun, "place_noun", false},
    {WordClass::kPolicyEventNoun, "policy_event_noun", false},
    {WordClass::kPortfolioWord, "portfolio_word", false},
    {WordClass::kProtestNoun, "protest_noun", false},
    {WordClass::kPublishingVerb, "publishing_verb", false},
    {WordClass::kMemberNoun, "member_noun", false},
    {WordClass::kMilitaryOnlyVerb, "military_only_verb", false},
    {WordClass::kOpponentNoun, "opponent_noun", false},
    {WordClass::kOutletNoun, "outlet_noun", false},
    {WordClass::kPossessiveNameWord, "possessive_name_word", false},
    {WordClass::kPredicateJudgement, "predicate_judgement", false},
    {WordClass::kPrivateSectorNoun, "private_sector_noun", false},
    {WordClass::kPurchaseVerb, "purchase_verb", false},
    {WordClass::kQuestionWord, "question_word", false},
    {WordClass::kRepresentativeNoun, "representative_noun", false},
    {WordClass::kQualifyingTitle, "qualifying_title", false},
    {WordClass::kQuantityNoun, "quantity_noun", false},
    {WordClass::kRefusalWord, "refusal_word", false},
    {WordClass::kReportNoun, "report_noun", false},
    {WordClass::kRequirementNoun, "requirement_noun", false},
    {WordClass::kSpeechNoun, "speech_noun", false},
    {WordClass::kSpokespersonNoun, "spokesperson_noun", false},
    {WordClass::kSeatTitle, "seat_title", false},
    {WordClass::kSummoningVerb, "summoning_verb", false},
    {WordClass::kTeamMemberNoun, "team_member_noun", false},
    {WordClass::kTellingVerb, "telling_verb", false},
    {WordClass::kTimeWord, "time_word", false},
    {WordClass::kTopicVerb, "topic_verb", false},
    {WordClass::kTitlePrefix, "title_prefix", false},
    {WordClass::kTradeVerb, "trade_verb", false},
    {WordClass::kTreatyNoun, "treaty_noun", false},
    {WordClass::kVerbalAttackVerb, "verbal_attack_verb", false},
    {WordClass::kVisitNoun, "visit_noun", false},
    {WordClass::kVisitingVerb, "visiting_verb", false},
    {WordClass::kWantingVerb, "wanting_verb", false},
    {WordClass::kWarNoun, "war_noun", false},
    {WordClass::kWrongdoingVerb, "wrongdoing_verb", false},
    {WordClass::kBreakingVerb, "breaking_verb", false},
    {WordClass::kCommitmentNoun, "commitment_noun", false},
};
constexpr bool InEnumOrder() {
  for (size_t i = 0; i < std::size(kWordClassNames); ++i) {
    if (static_cast<size_t>(kWordClassNames[i].word_class) != i) return false;
  }
  return static_cast<size_t>(WordClass::kCommitmentNoun) + 1 == std::size(kWordClassNames);
}
static_assert(InEnumOrder(), "kWordClassNames must list every WordClass once, in enum order");

// Appends `word` with curly apostrophes made straight, so "Quai d’Orsay"
// finds "Quai d'Orsay". Words without a 0xE2 lead byte are copied whole.
void AppendStraightened(std::string_view word, std::string* key) {
  for (size_t i = 0; i < word.size();) {
    size_t lead = word.find('\xE2', i);
    if (lead == std::string_view::npos) lead = word.size();
    key->append(word.data() + i, lead - i);
    if (lead == word.size()) break;
    if (word.compare(lead, 3, "\xE2\x80\x99") == 0) {
      key->push_back('\'');
      i = lead + 3;
    } else {
      key->push_back(word[lead]);
      i = lead + 1;
    }
  }
}

}  // namespace

absl::Status Lexicon::LoadWordClasses(const std::string& path) {
  ASSIGN_OR_RETURN(std::vector<Row> rows, ReadRows(path, {"word", "class"}));
  word_classes_.assign(std::size(kWordClassNames), {});
  word_class_lists_.assign(std::size(kWordClassNames), {});
  const Row* previous = nullptr;
  for (const Row& row : rows) {
    auto error = [&](std::string_view what) {
      return absl::InvalidArgumentError(absl::StrCat(path, ":", row.line, ": ", ToAbsl(what)));
    };
    const std::string& word = row.fields[0];
    const std::string& name = row.fields[1];
    const WordClassName* found = nullptr;
    for (const WordClassName& c : kWordClassNames) {
      if (c.name == name) found = &c;
    }
    if (found == nullptr) return error(absl::StrCat("unknown word class \"", name, "\""));
    if (word.empty()) return error("empty word");
    if (!found->as_written && word != AsciiLower(word)) {
      return error(absl::StrCat("\"", word, "\" must be lower case (class \"", name, "\" is matched in lower case)"));
    }
    if (previous != nullptr) {
      auto key = [](const Row& r) { return std::tie(r.fields[1], r.fields[0]); };
      if (key(row) == key(*previous)) {
        return error(absl::StrCat("\"", word, "\" is listed twice in class \"", name, "\""));
      }
      if (key(row) < key(*previous)) {
        return error(absl::StrCat("not sorted: \"", word, "\" (", name, ") must come before line ", previous->line,
                                  "; rows are sorted by class, then word (byte order)"));
      }
    }
    previous = &row;
    const size_t index = static_cast<size_t>(found->word_class);
    word_classes_[index].insert(word);
    word_class_lists_[index].push_back(word);  // sorted, as the file is
  }
  for (const WordClassName& c : kWordClassNames) {
    if (word_class_lists_[static_cast<size_t>(c.word_class)].empty()) {
      return absl::InvalidArgumentError(absl::StrCat(path, ": no word of class \"", ToAbsl(c.name), "\""));
    }
  }
  return absl::OkStatus();
}

std::vector<std::string> Lexicon::Honorifics() const {
  std::vector<std::string> out(honorifics_.begin(), honorifics_.end());
  std::sort(out.begin(), out.end());
  return out;
}

int Lexicon::MatchPhrase(std::span<const std::string_view> words, PhraseInfo* info) const {
  // "U.S" (a dot lost in scraping) is "U.S.".
  if (!words.empty() && words[0].size() >= 3 && words[0].back() != '.' &&
      std::count(words[0].begin(), words[0].end(), '.') >= 1 && words[0][words[0].size() - 2] == '.') {
    std::string dotted = std::string(words[0]) + ".";
    if (auto it = exact_.find(dotted); it != exact_.end()) {
      *info = it->second;
      return 1;
    }
  }
  int limit = std::min<int>(words.size(), max_phrase_tokens_);
  // Scratch keys reused across calls: no allocation per lookup once warm.
  thread_local std::string key, folded_key;
  key.clear();
  folded_key.clear();
  int best = 0;
  const PhraseInfo* found = nullptr;
  bool all_caps = true;
  // "European commission", "Labour party": house styles that write an
  // organisation's name with a capital on its first word only.
  bool first_capital_only = !words.empty() && !words[0].empty() &&
                            absl::ascii_isupper(static_cast<unsigned char>(words[0][0]));
  for (int n = 1; n <= limit; ++n) {
    if (n > 1) {
      key += ' ';
      folded_key += ' ';
    }
    const size_t word_start = key.size();
    AppendStraightened(words[n - 1], &key);
    AppendAsciiLower(std::string_view(key).substr(word_start), &folded_key);
    bool has_lower = false, has_upper = false;
    for (char c : words[n - 1]) {
      has_lower |= absl::ascii_islower(static_cast<unsigned char>(c));
      has_upper |= absl::ascii_isupper(static_cast<unsigned char>(c));
    }
    all_caps = all_caps && has_upper && !has_lower;
    if (n > 1) first_capital_only = first_capital_only && !has_upper;
    // One hash of the folded key serves both folded tables (same hasher).
    const absl::string_view folded_view = ToAbsl(folded_key);
    const size_t folded_hash = folded_.hash_function()(folded_view);
    const bool longer_possible = folded_prefixes_.find(folded_view, folded_hash) != folded_prefixes_.end();
    auto folded_it = folded_.find(folded_view, folded_hash);
    // Every exact key has its folded form in folded_, so a folded miss is an exact miss.
    if (folded_it != folded_.end()) {
      if (auto it = exact_.find(ToAbsl(key)); it != exact_.end()) {
        best = n;
        found = &it->second;
        if (!longer_possible) break;
        continue;
      }
      bool insensitive =
          folded_it->second.kind == PhraseKind::kRole || folded_it->second.kind == PhraseKind::kEventNoun;
      // ALL-CAPS text ("RUSSIAN FOREIGN MINISTER") matches names folded, but
      // only for words of 3+ letters so "US"/"IT" style collisions stay out.
      const bool lower_tail = first_capital_only && n > 1 && folded_it->second.kind == PhraseKind::kOrganization;
      if (insensitive || lower_tail || (all_caps && key.size() >= 3)) {
        best = n;
        found = &folded_it->second;
      }
    }
    if (!longer_possible) break;  // no phrase continues these words
  }
  if (found != nullptr) *info = *found;
  return best;
}

int Lexicon::MatchEventVerb(std::span<const std::string_view> lower_words, VerbInfo* info) const {
  int limit = std::min<int>(lower_words.size(), max_verb_tokens_);
  thread_local std::string key;
  key.clear();
  int best = 0;
  const VerbInfo* found = nullptr;
  for (int n = 1; n <= limit; ++n) {
    if (n > 1) key += ' ';
    key.append(lower_words[n - 1]);
    const absl::string_view view = ToAbsl(key);
    const size_t hash = verbs_.hash_function()(view);
    if (auto it = verbs_.find(view, hash); it != verbs_.end()) {
      best = n;
      found = &it->second;
    }
    if (n < limit && verb_prefixes_.find(view, hash) == verb_prefixes_.end()) break;  // no longer form
  }
  if (found != nullptr) *info = *found;
  return best;
}

int Lexicon::MatchActNoun(std::span<const std::string_view> lower_words, const ActNounInfo** info) const {
  int limit = std::min<int>(lower_words.size(), max_act_tokens_);
  thread_local std::string key;
  key.clear();
  int best = 0;
  for (int n = 1; n <= limit; ++n) {
    if (n > 1) key += ' ';
    key.append(lower_words[n - 1]);
    if (auto it = act_nouns_.find(ToAbsl(key)); it != act_nouns_.end()) {
      best = n;
      *info = &it->second;
    }
  }
  return best;
}

bool Lexicon::IsGivenName(std::string_view word) const {
  return given_names_.contains(LowerInScratch(word));
}

namespace {

// Credit ratings and model codes: "A-1", "Baa-3", "Aa3", "M-2", "MD-11",
// "DC-10", "A340"; not a group of states ("G-7", "G8").
bool IsCodeShaped(std::string_view word) {
  size_t letters = 0;
  while (letters < word.size() && absl::ascii_isalpha(static_cast<unsigned char>(word[letters]))) ++letters;
  if (letters == 0 || letters > 3 || !absl::ascii_isupper(static_cast<unsigned char>(word[0])) ||
      (letters == 1 && word[0] == 'G'))
    return false;
  size_t k = letters;
  const bool hyphen = k < word.size() && word[k] == '-';
  if (hyphen) ++k;
  const size_t digits_from = k;
  while (k < word.size() && absl::ascii_isdigit(static_cast<unsigned char>(word[k]))) ++k;
  const size_t digits = k - digits_from;
  if (k != word.size() || digits == 0 || digits > 3) return false;
  if (hyphen) return true;
  // Without a hyphen: Moody's ratings ("Baa1", lower-case letters after the
  // capital) and aircraft ("A320"), not "U2" or "ITV1".
  const bool rating = letters >= 2 && absl::ascii_islower(static_cast<unsigned char>(word[1])) && digits == 1;
  const bool aircraft = letters == 1 && digits == 3;
  return rating || aircraft;
}

}  // namespace

bool Lexicon::IsNonName(std::string_view word) const {
  return non_names_.contains(LowerInScratch(word)) || IsCodeShaped(word);
}

std::optional<EntityType> Lexicon::HeadWordType(std::string_view word) const {
  auto it = head_words_.find(LowerInScratch(word));
  if (it == head_words_.end()) return std::nullopt;
  return it->second;
}

const std::string* Lexicon::StateOf(std::string_view phrase, int year) const {
  std::string key;
  AppendStraightened(phrase, &key);
  auto it = seat_states_.find(AsciiLower(key));
  if (it == seat_states_.end()) return nullptr;
  const std::vector<State>& states = it->second;
  for (const State& s : states) {
    bool valid = year == 0 ? s.to == 0 : (s.from == 0 || s.from <= year) && (s.to == 0 || year <= s.to);
    if (valid) return &s.country;
  }
  return &states.front().country;
}

}  // namespace actorgraph::extract
