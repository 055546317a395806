#include "eval/scorer.h"

#include <algorithm>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "model/strings.h"

namespace actorgraph::eval {
namespace {

using graph::NormalizeName;

// Set-based scoring of one document at one level: `required` and `optional`
// gold keys, `system` keys (with evidence for the report).
struct KeySets {
  std::set<std::string> required;
  std::set<std::string> optional;
  std::map<std::string, std::string> system;  // key -> evidence
  std::map<std::string, std::string> gold_evidence;
};

void ScoreKeys(const KeySets& sets, std::string_view doc, std::string_view level, Score* score,
               std::vector<std::string>* details) {
  score->gold += static_cast<int>(sets.required.size());
  for (const auto& [key, evidence] : sets.system) {
    if (sets.required.contains(key)) {
      score->true_positive += 1;
      score->system += 1;
    } else if (!sets.optional.contains(key)) {
      score->system += 1;
      if (details) {
        details->push_back(absl::StrCat(ToAbsl(doc), ": false ", ToAbsl(level), " ", key, "  | ", evidence));
      }
    }
  }
  if (details) {
    for (const std::string& key : sets.required) {
      if (!sets.system.contains(key)) {
        auto ev = sets.gold_evidence.find(key);
        details->push_back(absl::StrCat(ToAbsl(doc), ": missed ", ToAbsl(level), " ", key, "  | ",
                                        ev == sets.gold_evidence.end() ? "" : ev->second));
      }
    }
  }
}

std::string PairKey(const std::string& a, const std::string& b) {
  return a < b ? absl::StrCat(a, " -- ", b) : absl::StrCat(b, " -- ", a);
}

std::string CodeKey(const std::string& s, const std::string& code, const std::string& o) {
  if (code == "04") return absl::StrCat(PairKey(s, o), " [04]");  // meetings are symmetric
  return absl::StrCat(s, " -> ", o, " [", code, "]");
}

// Lower case, straight quotes, single spaces, no edge punctuation.
std::string QuoteKey(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      unsigned char d = text[i + 2];
      if (d == 0x98 || d == 0x99) c = '\'';
      else if (d == 0x9C || d == 0x9D) c = '"';
      else if (d == 0xA6) c = '.';
      else c = ' ';
      i += 2;
    }
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  }
  auto edge = [](char c) { return c == ' ' || c == '"' || c == '\'' || c == ',' || c == '.'; };
  while (!out.empty() && edge(out.back())) out.pop_back();
  size_t start = 0;
  while (start < out.size() && edge(out[start])) ++start;
  return out.substr(start);
}

std::string Percent(int part, int whole) {
  return whole == 0 ? std::string("n/a") : absl::StrFormat("%.1f%%", 100.0 * part / whole);
}

}  // namespace

Evaluator::Evaluator(const std::vector<std::string>& titles) {
  for (const std::string& t : titles) titles_.insert(NormalizeName(t));
}

std::vector<std::string> Evaluator::NameForms(std::string_view name) const {
  std::string normalized = NormalizeName(name);
  std::string_view rest = normalized;
  // Drop whole leading words that are titles ("lord justice rix" -> "rix"),
  // keeping at least one word.
  for (size_t space = rest.find(' '); space != std::string_view::npos && titles_.contains(std::string(rest.substr(0, space)));
       space = rest.find(' ')) {
    rest.remove_prefix(space + 1);
  }
  std::vector<std::string> forms;
  if (rest.size() != normalized.size()) forms.emplace_back(rest);
  forms.push_back(std::move(normalized));  // after the copy: `rest` views it
  return forms;
}

void Evaluator::AddMissingDocument(const GoldDocument& gold) {
  Extraction empty;
  empty.document.id = gold.doc;
  AddDocument(gold, empty);
  report_.documents_missing += 1;
  report_.details.push_back(absl::StrCat(gold.doc, ": no article with this id in the input"));
}

void Evaluator::AddDocument(const GoldDocument& gold, const Extraction& x) {
  report_.documents += 1;
  const std::string& doc = gold.doc;
  std::vector<std::set<std::string>> gold_names(gold.entities.size());
  for (size_t g = 0; g < gold.entities.size(); ++g) {
    for (const std::string& n : gold.entities[g].names) {
      if (gold.entities[g].type != EntityType::kPerson) {
        gold_names[g].insert(NormalizeName(n));
        continue;
      }
      for (std::string& form : NameForms(n)) gold_names[g].insert(std::move(form));
    }
  }
  std::vector<std::set<std::string>> system_names(x.entities.size());
  for (size_t e = 0; e < x.entities.size(); ++e) {
    system_names[e].insert(NormalizeName(x.entities[e].name));
    for (int m : x.entities[e].mentions) system_names[e].insert(NormalizeName(x.mentions[m].surface));
  }

  // One-to-one matching, best name overlap first (a canonical-name match
  // outweighs any number of mention matches), then type agreement, then the
  // closer name sets (a city "Washington" is the gold city, not the country
  // that also has "Washington" among its names).
  struct Candidate {
    int score;
    bool same_type;
    double similarity;  // Jaccard index of the two name sets
    int entity;
    int gold;
  };
  std::vector<Candidate> candidates;
  for (size_t e = 0; e < x.entities.size(); ++e) {
    std::string canonical = NormalizeName(x.entities[e].name);
    for (size_t g = 0; g < gold.entities.size(); ++g) {
      int score = gold_names[g].contains(canonical) ? 100 : 0;
      int shared = 0;
      for (const std::string& n : system_names[e]) shared += gold_names[g].contains(n);
      score += shared;
      if (score > 0) {
        double similarity = static_cast<double>(shared) /
                            static_cast<double>(system_names[e].size() + gold_names[g].size() - shared);
        candidates.push_back({score, x.entities[e].type == gold.entities[g].type, similarity,
                              static_cast<int>(e), static_cast<int>(g)});
      }
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return std::tie(b.score, b.same_type, b.similarity, a.entity, a.gold) <
           std::tie(a.score, a.same_type, a.similarity, b.entity, b.gold);
  });
  std::vector<int> gold_of(x.entities.size(), -1), entity_of(gold.entities.size(), -1);
  for (const Candidate& c : candidates) {
    if (gold_of[c.entity] >= 0 || entity_of[c.gold] >= 0) continue;
    gold_of[c.entity] = c.gold;
    entity_of[c.gold] = c.entity;
  }

  // Entities.
  for (size_t g = 0; g < gold.entities.size(); ++g) {
    const GoldEntity& ge = gold.entities[g];
    if (ge.optional) continue;
    report_.entities.gold += 1;
    report_.typed_entities.gold += 1;
    int e = entity_of[g];
    if (e < 0) {
      report_.details.push_back(absl::StrCat(doc, ": missed entity ", ge.id, " (",
                                             ToAbsl(EntityTypeName(ge.type)), ") ",
                                             absl::StrJoin(ge.names, " | ")));
      continue;
    }
    report_.entities.true_positive += 1;
    if (x.entities[e].type == ge.type) {
      report_.typed_entities.true_positive += 1;
    } else {
      report_.details.push_back(absl::StrCat(doc, ": wrong type ", x.entities[e].name, " ",
                                             ToAbsl(EntityTypeName(x.entities[e].type)), ", gold ", ge.id,
                                             " ", ToAbsl(EntityTypeName(ge.type))));
    }
  }
  for (size_t e = 0; e < x.entities.size(); ++e) {
    if (gold_of[e] >= 0 && gold.entities[gold_of[e]].optional) continue;
    report_.entities.system += 1;
    report_.typed_entities.system += 1;
    if (gold_of[e] < 0) {
      std::vector<std::string> surfaces;
      for (int m : x.entities[e].mentions) {
        if (std::find(surfaces.begin(), surfaces.end(), x.mentions[m].surface) == surfaces.end())
          surfaces.push_back(x.mentions[m].surface);
      }
      report_.details.push_back(absl::StrCat(doc, ": false entity ", x.entities[e].name, " (",
                                             ToAbsl(EntityTypeName(x.entities[e].type)), ") ",
                                             absl::StrJoin(surfaces, " | ")));
    }
  }

  // Where each gold entity went, for the merge score.
  for (size_t e = 0; e < x.entities.size(); ++e) {
    if (gold_of[e] < 0) continue;
    placements_[gold.entities[gold_of[e]].id].push_back(
        {x.entities[e].type, x.entities[e].name, doc});
  }

  // Relations at three levels, and affiliations.
  auto id_of = [&](int e) {
    return gold_of[e] >= 0 ? gold.entities[gold_of[e]].id : absl::StrCat("?", x.entities[e].name);
  };
  KeySets pairs, quads, codes, affs;
  for (const GoldRelation& r : gold.relations) {
    if (r.code == kAffiliationCode) {
      std::string key = absl::StrCat(r.subject, " -> ", r.object, " [AFF]");
      (r.optional ? affs.optional : affs.required).insert(key);
      affs.gold_evidence.try_emplace(key, r.evidence);
      continue;
    }
    std::string pair = PairKey(r.subject, r.object);
    std::string quad = absl::StrCat(pair, " [Q", QuadClass(r.code), "]");
    std::string code = CodeKey(r.subject, r.code, r.object);
    (r.optional ? pairs.optional : pairs.required).insert(pair);
    (r.optional ? quads.optional : quads.required).insert(quad);
    (r.optional ? codes.optional : codes.required).insert(code);
    pairs.gold_evidence.try_emplace(pair, r.evidence);
    quads.gold_evidence.try_emplace(quad, r.evidence);
    codes.gold_evidence.try_emplace(code, r.evidence);
  }
  for (const Triple& t : x.triples) {
    if (t.modality == Modality::kNegated || t.modality == Modality::kHypothetical) continue;
    std::string s = id_of(t.subject), o = id_of(t.object);
    std::string evidence = t.provenance.evidence;
    std::replace(evidence.begin(), evidence.end(), '\n', ' ');
    if (t.code == kAffiliationCode) {
      affs.system.try_emplace(absl::StrCat(s, " -> ", o, " [AFF]"), evidence);
      continue;
    }
    std::string pair = PairKey(s, o);
    pairs.system.try_emplace(pair, evidence);
    quads.system.try_emplace(absl::StrCat(pair, " [Q", QuadClass(t.code), "]"), evidence);
    codes.system.try_emplace(CodeKey(s, t.code, o), evidence);
  }
  ScoreKeys(pairs, doc, "pair", &report_.relation_pairs, nullptr);
  ScoreKeys(quads, doc, "quad", &report_.relation_quad, nullptr);
  ScoreKeys(codes, doc, "relation", &report_.relation_codes, &report_.details);
  ScoreKeys(affs, doc, "affiliation", &report_.affiliations, &report_.details);

  // Quotes: found when a system quote starts like the gold one; the speaker
  // is right when it is the gold speaker's entity.
  std::vector<std::string> system_quotes;
  for (const Quote& q : x.quotes) system_quotes.push_back(QuoteKey(q.text));
  std::vector<bool> used(x.quotes.size(), false);
  report_.quotes_system += static_cast<int>(x.quotes.size());
  for (const GoldQuote& gq : gold.quotes) {
    report_.quotes_gold += 1;
    std::string starts = QuoteKey(gq.starts);
    int found = -1;
    for (size_t q = 0; q < system_quotes.size() && found < 0; ++q) {
      const std::string& text = system_quotes[q];
      bool match = !used[q] && !starts.empty() &&
                   (text.rfind(starts, 0) == 0 || (text.size() >= 8 && starts.rfind(text, 0) == 0));
      if (match) found = static_cast<int>(q);
    }
    if (found < 0) {
      report_.details.push_back(absl::StrCat(doc, ": missed quote of ", gq.speaker, ": \"", gq.starts, "\""));
      continue;
    }
    used[found] = true;
    report_.quotes_found += 1;
    int speaker = x.quotes[found].speaker;
    if (speaker >= 0 && id_of(speaker) == gq.speaker) {
      report_.quotes_speaker_right += 1;
    } else {
      report_.details.push_back(absl::StrCat(doc, ": wrong speaker ",
                                             speaker >= 0 ? id_of(speaker) : std::string("(none)"),
                                             " for quote of ", gq.speaker, ": \"", gq.starts, "\""));
    }
  }
}

void Evaluator::ScoreMerging(const graph::KnowledgeGraph& kg) {
  const graph::Graph& g = kg.graph();
  std::map<long, std::set<std::string>> gold_in_node;
  for (const auto& [gold_id, placements] : placements_) {
    std::set<long> vertices;
    for (const Placement& p : placements) {
      long v = kg.VertexOf(p.type, p.name);
      if (v < 0) continue;
      vertices.insert(v);
      gold_in_node[v].insert(gold_id);
    }
    if (vertices.size() > 1) {
      report_.gold_split += 1;
      std::vector<std::string> ids;
      for (long v : vertices) ids.push_back(g[v].id);
      report_.merge_lines.push_back(
          absl::StrCat("split ", gold_id, " over ", vertices.size(), " nodes: ", absl::StrJoin(ids, ", ")));
    }
  }
  for (const auto& [v, ids] : gold_in_node) {
    if (ids.size() < 2) continue;
    report_.nodes_mixed += 1;
    report_.merge_lines.push_back(
        absl::StrCat("mixed ", g[v].id, " holds ", absl::StrJoin(ids, ", ")));
  }
  std::sort(report_.merge_lines.begin(), report_.merge_lines.end());
}

std::string FormatReport(const EvalReport& r, bool verbose) {
  std::string out = absl::StrFormat("gold documents: %d (%d without an article in the input)\n\n",
                                    r.documents, r.documents_missing);
  absl::StrAppendFormat(&out, "%-28s %6s %7s %8s %10s %7s %6s\n", "", "gold", "system", "correct",
                        "precision", "recall", "F1");
  auto row = [&](std::string_view name, const Score& s) {
    absl::StrAppendFormat(&out, "%-28s %6d %7d %8d %10.3f %7.3f %6.3f\n", ToAbsl(name), s.gold, s.system,
                          s.true_positive, s.Precision(), s.Recall(), s.F1());
  };
  row("entities", r.entities);
  row("entities (typed)", r.typed_entities);
  row("relations: entity pair", r.relation_pairs);
  row("relations: QuadClass", r.relation_quad);
  row("relations: CAMEO root", r.relation_codes);
  row("affiliations (AFF)", r.affiliations);
  absl::StrAppendFormat(&out, "\nquotes: %d in gold, %d found (%s); speaker right for %d of the found (%s); %d system quotes\n",
                        r.quotes_gold, r.quotes_found, Percent(r.quotes_found, r.quotes_gold),
                        r.quotes_speaker_right, Percent(r.quotes_speaker_right, r.quotes_found),
                        r.quotes_system);
  absl::StrAppendFormat(&out, "merging: %d gold entities split over several nodes, %d nodes mixing gold entities\n",
                        r.gold_split, r.nodes_mixed);
  for (const std::string& line : r.merge_lines) absl::StrAppend(&out, "  ", line, "\n");
  if (verbose) {
    out += "\ndetails:\n";
    for (const std::string& line : r.details) absl::StrAppend(&out, "  ", line, "\n");
  }
  return out;
}

}  // namespace actorgraph::eval
