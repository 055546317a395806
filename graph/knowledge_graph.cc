#include "graph/knowledge_graph.h"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>

#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "model/names.h"
#include "model/strings.h"

namespace actorgraph::graph {
namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// First letter plus the consonants, doubled letters collapsed: "sergey" and
// "sergei" -> "srg", "dmitry"/"dmitri" -> "dmtr". Bytes of other scripts are
// kept as they are, so the result stays valid UTF-8.
std::string Skeleton(std::string_view token) {
  std::string out;
  for (size_t i = 0; i < token.size(); ++i) {
    char c = token[i];
    if (i > 0 && IsVowel(c)) continue;
    if (!out.empty() && out.back() == c && (c & 0x80) == 0) continue;
    out.push_back(c);
  }
  return out;
}

bool IsAllUpper(std::string_view s) {
  bool any_letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') any_letter = true;
  }
  return any_letter;
}

std::string MinDate(const std::string& a, const std::string& b) {
  if (a == kUnknownDate) return b;
  if (b == kUnknownDate) return a;
  return std::min(a, b);
}

std::string MaxDate(const std::string& a, const std::string& b) {
  if (a == kUnknownDate) return b;
  if (b == kUnknownDate) return a;
  return std::max(a, b);
}

// The normalised canonical name of the alias-file group that `key` stands
// for ("PERSON:=sergey lavrov"), or empty when it is not an alias key.
std::string_view AliasOfKey(std::string_view key) {
  size_t colon = key.find(':');
  if (colon == std::string_view::npos || key.substr(colon + 1, 1) != "=") return {};
  return key.substr(colon + 2);
}

// The id of the node merged under `key`: the type in lower case, then the
// key's name with hyphens for spaces ("PERSON:srg danilin" ->
// "person:srg-danilin"). An alias key ("=") or a split key ("!") holds a
// normalised full name. A name without letters or digits ("#!!!") has nothing
// to read: "unnamed-" and its bytes in hex, so that it stays unique.
std::string IdOfKey(std::string_view key) {
  size_t colon = key.find(':');
  std::string id = absl::AsciiStrToLower(ToAbsl(key.substr(0, colon)));
  std::string_view name = key.substr(colon + 1);
  if (!name.empty() && (name[0] == '=' || name[0] == '!')) name.remove_prefix(1);
  if (name.empty() || name[0] == '#') {
    std::string_view raw = name.empty() ? name : name.substr(1);
    return absl::StrCat(id, ":unnamed-", absl::BytesToHexString(ToAbsl(raw)));
  }
  std::string slug(name);
  std::replace(slug.begin(), slug.end(), ' ', '-');
  return absl::StrCat(id, ":", slug);
}

// MergeKey(type, name), given normalized == NormalizeName(name).
std::string MergeKeyOfNormalized(EntityType type, std::string_view name, std::string normalized) {
  // Names with no letters or digits only merge when written identically.
  if (normalized.empty()) normalized = absl::StrCat("#", ToAbsl(name));
  if (type == EntityType::kPerson) {
    std::vector<std::string> tokens = absl::StrSplit(normalized, ' ', absl::SkipEmpty());
    if (tokens.size() >= 2) {
      for (size_t i = 0; i + 1 < tokens.size(); ++i) tokens[i] = Skeleton(tokens[i]);
      normalized = absl::StrJoin(tokens, " ");
    }
  }
  return absl::StrCat(std::string(EntityTypeName(type)), ":", normalized);
}

}  // namespace

std::string MergeKey(EntityType type, std::string_view name) {
  return MergeKeyOfNormalized(type, name, NormalizeName(name));
}

void KnowledgeGraph::Add(const Extraction& extraction) {
  const Document& doc = extraction.document;
  std::string date = doc.date.empty() ? std::string(kUnknownDate) : doc.date;
  documents_[doc.id] = DocumentInfo{doc.id, date, doc.title, doc.source, doc.url};
  size_t base = entities_.size();
  for (const Entity& entity : extraction.entities) {
    EntityRecord r;
    r.type = entity.type;
    r.name = entity.name;
    r.normalized = NormalizeName(entity.name);
    r.key = MergeKeyOfNormalized(entity.type, entity.name, r.normalized);
    // "Western diplomats" of one article are not those of another.
    if (entity.generic) r.key = absl::StrCat(r.key, "@", doc.id);
    r.generic = entity.generic;
    r.document_id = doc.id;
    r.date = date;
    r.mentions.document_id = doc.id;
    r.mentions.date = date;
    // Whether each distinct surface is spelled like the name: a surface
    // repeated in the document is normalised once.
    std::vector<bool> surface_spelled;
    for (int m : entity.mentions) {
      const Mention& mention = extraction.mentions[m];
      r.mentions.mentions += 1;
      auto seen = std::find(r.mentions.surfaces.begin(), r.mentions.surfaces.end(), mention.surface);
      if (seen == r.mentions.surfaces.end()) {
        r.mentions.surfaces.push_back(mention.surface);
        surface_spelled.push_back(NormalizeName(mention.surface) == r.normalized);
        r.spelled += surface_spelled.back();
      } else {
        r.spelled += surface_spelled[seen - r.mentions.surfaces.begin()];
      }
    }
    entities_.push_back(std::move(r));
  }
  for (const Triple& t : extraction.triples) {
    // Only what the text asserts (as fact, attribution or plan) becomes an edge.
    if (t.modality == Modality::kNegated || t.modality == Modality::kHypothetical) continue;
    if (t.subject < 0 || t.object < 0) continue;
    TripleRecord r{base + t.subject, base + t.object, t.code, t.role, t.goldstein,
                   {t.provenance, t.predicate, t.modality}};
    if (r.observation.provenance.date.empty()) r.observation.provenance.date = date;
    triples_.push_back(std::move(r));
  }
}

std::vector<std::string> KnowledgeGraph::BaseKeys() const {
  // The alias file acts through merge keys computed from the table alone, so
  // a record's key (and its node's id) never depends on which other names the
  // documents contain. A key that two names declared "different" share is
  // split: its records keep their exact folded name. A key that exactly one
  // "same" group's names have joins that group.
  std::set<EntityType> types;
  for (const EntityRecord& r : entities_) types.insert(r.type);
  std::set<std::string> split;
  std::map<std::string, std::set<std::string>> canonicals_of_key;
  for (EntityType type : types) {
    for (const auto& [a, b] : aliases_.different_pairs()) {
      std::string key = MergeKey(type, a);
      if (key == MergeKey(type, b)) split.insert(key);
    }
    for (const auto& [name, canonical] : aliases_.canonical_names())
      canonicals_of_key[MergeKey(type, name)].insert(canonical);
  }
  std::vector<std::string> keys;
  keys.reserve(entities_.size());
  for (const EntityRecord& r : entities_) {
    const std::string& normalized = r.normalized;
    std::string type(EntityTypeName(r.type));
    auto group = canonicals_of_key.find(r.key);
    if (r.generic) {
      keys.push_back(r.key);
    } else if (const std::string* canonical = aliases_.CanonicalOf(normalized)) {
      keys.push_back(absl::StrCat(type, ":=", NormalizeName(*canonical)));  // "same" in the alias file
    } else if (split.contains(r.key)) {
      keys.push_back(absl::StrCat(type, ":!", normalized));
    } else if (group != canonicals_of_key.end() && group->second.size() == 1) {
      keys.push_back(absl::StrCat(type, ":=", NormalizeName(*group->second.begin())));
    } else {
      keys.push_back(r.key);
    }
  }
  return keys;
}

std::vector<std::string> KnowledgeGraph::ResolveKeys(const std::vector<std::string>& base) const {
  // Full person names (two or more words) by their last word.
  std::map<std::string, std::set<std::string>> full_by_surname;  // surname -> keys
  std::map<std::string, std::vector<std::string>> tokens_of_key;
  std::map<std::string, std::string> name_of_key;
  for (size_t i = 0; i < entities_.size(); ++i) {
    const EntityRecord& r = entities_[i];
    if (r.type != EntityType::kPerson || r.generic) continue;
    std::vector<std::string> tokens = absl::StrSplit(r.normalized, ' ', absl::SkipEmpty());
    if (tokens.size() < 2) continue;
    full_by_surname[tokens.back()].insert(base[i]);
    tokens_of_key.try_emplace(base[i], tokens);
    name_of_key.try_emplace(base[i], r.name);
  }
  std::vector<std::string> keys;
  keys.reserve(entities_.size());
  for (size_t i = 0; i < entities_.size(); ++i) {
    const EntityRecord& r = entities_[i];
    std::string key = base[i];
    if (r.type == EntityType::kPerson && !r.generic && !tokens_of_key.contains(key) &&
        aliases_.CanonicalOf(r.normalized) == nullptr) {
      std::vector<std::string> tokens = absl::StrSplit(r.normalized, ' ', absl::SkipEmpty());
      auto it = tokens.empty() ? full_by_surname.end() : full_by_surname.find(tokens.back());
      if (it != full_by_surname.end()) {
        // The partial name must end every candidate; exactly one may remain.
        std::vector<std::string> matches;
        for (const std::string& full : it->second) {
          const auto& ft = tokens_of_key.at(full);
          if (ft.size() > tokens.size() && std::equal(tokens.rbegin(), tokens.rend(), ft.rbegin()) &&
              !aliases_.Different(r.normalized, NormalizeName(name_of_key.at(full))))
            matches.push_back(full);
        }
        if (matches.size() == 1) key = matches[0];
      }
    }
    keys.push_back(std::move(key));
  }
  return keys;
}

void KnowledgeGraph::Finalize() {
  graph_.clear();
  index_.clear();
  merge_rule_.clear();
  std::vector<std::string> base = BaseKeys();
  std::vector<std::string> keys = ResolveKeys(base);
  // Vertices in key order: the graph does not depend on the order of Add().
  std::vector<std::string> key_of_vertex(keys.begin(), keys.end());
  std::sort(key_of_vertex.begin(), key_of_vertex.end());
  key_of_vertex.erase(std::unique(key_of_vertex.begin(), key_of_vertex.end()), key_of_vertex.end());
  for (size_t v = 0; v < key_of_vertex.size(); ++v) boost::add_vertex(graph_);
  // Vertex v is the v-th distinct key in sorted order.
  auto vertex_of_key = [&](const std::string& key) {
    return static_cast<Vertex>(std::lower_bound(key_of_vertex.begin(), key_of_vertex.end(), key) -
                               key_of_vertex.begin());
  };

  struct Draft {
    std::map<std::string, int> votes;  // name -> 1000 per document + exact spellings
    std::map<std::string, NodeDocument> documents;
    std::set<std::string> names;
  };
  std::vector<Draft> drafts(key_of_vertex.size());
  std::vector<Vertex> vertex_of_record(entities_.size());
  for (size_t i = 0; i < entities_.size(); ++i) {
    const EntityRecord& r = entities_[i];
    Vertex v = vertex_of_key(keys[i]);
    vertex_of_record[i] = v;
    // Lookups by name go through the record's own key, its alias or split
    // key, and its final key (each written once when they coincide).
    if (base[i] != r.key && !AliasOfKey(base[i]).empty()) index_[r.key] = v;
    index_[base[i]] = v;
    if (keys[i] != base[i]) index_[keys[i]] = v;

    graph_[v].type = r.type;
    if (r.generic) graph_[v].generic_document = r.document_id;
    Draft& d = drafts[v];
    // A partial name ("Reagan") never becomes the canonical name of the full one.
    d.votes[r.name] += keys[i] == r.key ? 1000 + std::min(r.spelled, 999) : 0;
    d.names.insert(r.name);
    NodeDocument& nd = d.documents[r.document_id];
    nd.document_id = r.document_id;
    nd.date = r.date;
    nd.mentions += r.mentions.mentions;
    for (const std::string& s : r.mentions.surfaces) {
      if (std::find(nd.surfaces.begin(), nd.surfaces.end(), s) == nd.surfaces.end()) nd.surfaces.push_back(s);
    }
  }

  for (Vertex v : boost::make_iterator_range(boost::vertices(graph_))) {
    Node& node = graph_[v];
    Draft& draft = drafts[v];
    // Canonical name: used by most documents (then most often spelled so);
    // then mixed case over ALL CAPS, then longer, then alphabetical.
    const std::string* best = nullptr;
    int best_votes = 0;
    auto rank = [](const std::string& n, int v) { return std::make_tuple(v, !IsAllUpper(n), n.size()); };
    for (const auto& [name, votes] : draft.votes) {
      if (best == nullptr || rank(name, votes) > rank(*best, best_votes)) {
        best = &name;
        best_votes = votes;
      }
    }
    node.name = *best;
    // The alias file's canonical name wins.
    const std::string& key = key_of_vertex[v];
    if (std::string_view alias = AliasOfKey(key); !alias.empty()) {
      if (const std::string* canonical = aliases_.CanonicalOf(std::string(alias))) node.name = *canonical;
    }
    node.documents.clear();
    node.mentions = 0;
    node.first_date = node.last_date = std::string(kUnknownDate);
    std::set<std::string> names = std::move(draft.names);
    for (auto& [id, nd] : draft.documents) {
      std::sort(nd.surfaces.begin(), nd.surfaces.end());
      for (const auto& s : nd.surfaces) names.insert(StripPossessive(s));
      node.mentions += nd.mentions;
      node.first_date = MinDate(node.first_date, nd.date);
      node.last_date = MaxDate(node.last_date, nd.date);
      node.documents.push_back(std::move(nd));
    }
    node.names.assign(names.begin(), names.end());
    // The id comes from the merge key, not from the canonical name, which
    // depends on the spellings the documents at hand prefer. A description of
    // one document has no other documents to agree with: its name reads best.
    if (node.generic_document.empty()) {
      node.id = IdOfKey(key);
    } else {
      node.id = absl::StrCat(absl::AsciiStrToLower(std::string(EntityTypeName(node.type))), ":", Slug(node.name),
                             "@", Slug(node.generic_document));
    }
  }

  // Why each document-level name is in its node.
  merged_names_.assign(num_nodes(), {});
  for (size_t i = 0; i < entities_.size(); ++i) {
    const EntityRecord& r = entities_[i];
    const Node& node = graph_[vertex_of_record[i]];
    std::string rule;
    const std::string* alias = aliases_.CanonicalOf(r.normalized);
    if (alias != nullptr && !r.generic) {
      rule = r.name == *alias ? "canonical name (alias file)" : absl::StrCat("alias file: the same actor as ", *alias);
      merge_rule_[r.key] = rule;
    } else if (!AliasOfKey(base[i]).empty()) {
      rule = absl::StrCat("alias file: the same actor as ", node.name,
                          " (given names compared by their transliteration)");
      merge_rule_[r.key] = rule;
    } else if (keys[i] != r.key && keys[i].find(":!") == std::string::npos) {
      rule = absl::StrCat("partial name of ", node.name, ", the only full name ending with it");
      merge_rule_[r.key] = absl::StrCat("partial name of ", node.name);
    } else if (r.name == node.name) {
      rule = "canonical name (used by most documents)";
    } else if (r.normalized == NormalizeName(node.name)) {
      rule = "same name once case, accents and punctuation are folded";
    } else {
      rule = "same name once given names are compared by their transliteration (Sergey ~ Sergei)";
    }
    merged_names_[vertex_of_record[i]].push_back({r.name, r.document_id, rule});
  }
  for (auto& names : merged_names_) {
    std::sort(names.begin(), names.end(), [](const MergedName& a, const MergedName& b) {
      return std::tie(a.name, a.document_id) < std::tie(b.name, b.document_id);
    });
    names.erase(std::unique(names.begin(), names.end(), [](const MergedName& a, const MergedName& b) {
                  return a.name == b.name && a.document_id == b.document_id;
                }),
                names.end());
  }

  // Ids are unique: an id that repeats anyway (descriptions of documents
  // whose ids differ only in punctuation) gets "-2", "-3"... in vertex (merge
  // key) order.
  std::map<std::string, int> id_uses;
  for (Vertex v : boost::make_iterator_range(boost::vertices(graph_))) {
    int uses = ++id_uses[graph_[v].id];
    if (uses > 1) absl::StrAppend(&graph_[v].id, "-", uses);
  }

  // An affiliation read without a role ("his Russian counterpart X") joins
  // the pair's role when the articles name exactly one.
  std::map<std::pair<Vertex, Vertex>, std::set<std::string>> roles_of_pair;
  for (const TripleRecord& t : triples_) {
    if (t.code == kAffiliationCode && !t.role.empty())
      roles_of_pair[{vertex_of_record[t.subject], vertex_of_record[t.object]}].insert(t.role);
  }
  std::map<std::tuple<Vertex, Vertex, std::string, std::string>, EdgeRef> edge_index;
  for (const TripleRecord& t : triples_) {
    Vertex s = vertex_of_record[t.subject];
    Vertex o = vertex_of_record[t.object];
    if (s == o) continue;
    std::string role = t.role;
    if (t.code == kAffiliationCode && role.empty()) {
      auto it = roles_of_pair.find({s, o});
      if (it != roles_of_pair.end() && it->second.size() == 1) role = *it->second.begin();
    }
    auto key = std::make_tuple(s, o, t.code, role);
    auto it = edge_index.find(key);
    if (it == edge_index.end()) {
      EdgeRef e = boost::add_edge(s, o, graph_).first;
      graph_[e].code = t.code;
      graph_[e].quad_class = QuadClass(t.code);
      graph_[e].goldstein = t.goldstein;
      graph_[e].role = role;
      it = edge_index.emplace(key, e).first;
    }
    graph_[it->second].observations.push_back(t.observation);
  }

  for (EdgeRef e : boost::make_iterator_range(boost::edges(graph_))) {
    Edge& edge = graph_[e];
    std::sort(edge.observations.begin(), edge.observations.end(),
              [](const Observation& a, const Observation& b) {
                return std::tie(a.provenance.date, a.provenance.document_id, a.provenance.span.begin,
                                a.predicate) < std::tie(b.provenance.date, b.provenance.document_id,
                                                        b.provenance.span.begin, b.predicate);
              });
    std::map<std::string, int> lemma_counts;
    std::set<std::string> docs;
    edge.first_date = edge.last_date = std::string(kUnknownDate);
    for (const Observation& o : edge.observations) {
      lemma_counts[o.predicate] += 1;
      docs.insert(o.provenance.document_id);
      edge.first_date = MinDate(edge.first_date, o.provenance.date);
      edge.last_date = MaxDate(edge.last_date, o.provenance.date);
    }
    int best = -1;
    for (const auto& [lemma, n] : lemma_counts) {
      if (n > best) {
        best = n;
        edge.predicate = lemma;
      }
    }
    edge.count = static_cast<int>(edge.observations.size());
    edge.documents.assign(docs.begin(), docs.end());
  }
  SortVerticesById();
}

void KnowledgeGraph::SortVerticesById() {
  id_order_.assign(boost::vertices(graph_).first, boost::vertices(graph_).second);
  std::sort(id_order_.begin(), id_order_.end(), [this](Vertex a, Vertex b) { return graph_[a].id < graph_[b].id; });
}

std::string KnowledgeGraph::MergeRule(EntityType type, std::string_view name) const {
  auto it = merge_rule_.find(MergeKey(type, name));
  return it == merge_rule_.end() ? std::string() : it->second;
}

std::vector<Vertex> KnowledgeGraph::SortedVertices() const {
  // Sorted once, when the graph was built (graph_ changes nowhere else).
  if (id_order_.size() == boost::num_vertices(graph_)) return id_order_;
  std::vector<Vertex> out(boost::vertices(graph_).first, boost::vertices(graph_).second);
  std::sort(out.begin(), out.end(), [this](Vertex a, Vertex b) { return graph_[a].id < graph_[b].id; });
  return out;
}

std::vector<EdgeRef> KnowledgeGraph::SortedEdges() const {
  std::vector<EdgeRef> out;
  out.reserve(num_edges());
  for (EdgeRef e : boost::make_iterator_range(boost::edges(graph_))) out.push_back(e);
  auto key = [this](EdgeRef e) {
    return std::tie(graph_[boost::source(e, graph_)].id, graph_[boost::target(e, graph_)].id,
                    graph_[e].code, graph_[e].role);
  };
  std::sort(out.begin(), out.end(), [&](EdgeRef a, EdgeRef b) { return key(a) < key(b); });
  return out;
}

namespace {

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// The undirected graph of related pairs: relations connect actors whatever
// their direction.
Undirected RelatedPairs(const Graph& graph) {
  Undirected undirected(boost::num_vertices(graph));
  std::set<std::pair<Vertex, Vertex>> pairs;
  for (EdgeRef e : boost::make_iterator_range(boost::edges(graph))) {
    pairs.insert(std::minmax(boost::source(e, graph), boost::target(e, graph)));
  }
  for (const auto& [a, b] : pairs) boost::add_edge(a, b, undirected);
  return undirected;
}

}  // namespace

std::vector<int> KnowledgeGraph::Components() const {
  Undirected undirected = RelatedPairs(graph_);
  std::vector<int> component(num_nodes(), 0);
  boost::connected_components(undirected, component.data());
  return component;
}

std::vector<int> KnowledgeGraph::Distances(Vertex from) const {
  Undirected undirected = RelatedPairs(graph_);
  std::vector<int> distance(num_nodes(), -1);
  distance[from] = 0;
  boost::breadth_first_search(
      undirected, from,
      boost::visitor(boost::make_bfs_visitor(boost::record_distances(distance.data(), boost::on_tree_edge()))));
  return distance;
}

KnowledgeGraph KnowledgeGraph::Induced(const std::vector<Vertex>& kept) const {
  KnowledgeGraph out;
  out.aliases_ = aliases_;
  std::vector<Vertex> sorted = kept;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  // Kept vertices keep their relative order, so everything computed from
  // vertex order (betweenness, components) stays deterministic.
  constexpr Vertex kDropped = static_cast<Vertex>(-1);
  std::vector<Vertex> new_of(num_nodes(), kDropped);
  std::set<std::string> documents;
  for (Vertex v : sorted) {
    new_of[v] = boost::add_vertex(graph_[v], out.graph_);
    out.merged_names_.push_back(merged_names_[v]);
    for (const NodeDocument& d : graph_[v].documents) documents.insert(d.document_id);
  }
  for (EdgeRef e : boost::make_iterator_range(boost::edges(graph_))) {
    Vertex s = new_of[boost::source(e, graph_)];
    Vertex t = new_of[boost::target(e, graph_)];
    if (s == kDropped || t == kDropped) continue;
    boost::add_edge(s, t, graph_[e], out.graph_);
    documents.insert(graph_[e].documents.begin(), graph_[e].documents.end());
  }
  for (const auto& [id, info] : documents_) {
    if (documents.contains(id)) out.documents_.emplace(id, info);
  }
  for (const auto& [key, v] : index_) {
    if (new_of[v] != kDropped) out.index_.emplace(key, new_of[v]);
  }
  for (const auto& [key, rule] : merge_rule_) {
    if (out.index_.contains(key)) out.merge_rule_.emplace(key, rule);
  }
  out.SortVerticesById();
  return out;
}

std::vector<double> KnowledgeGraph::Betweenness() const {
  // Brandes' algorithm walks every vertex's whole property maps for each
  // source, so it runs per connected component: on a news corpus most actors
  // are isolated or in small groups, and a component of fewer than three
  // actors has no shortest path through anyone.
  Undirected undirected = RelatedPairs(graph_);
  std::vector<int> component(num_nodes(), 0);
  const int components = boost::connected_components(undirected, component.data());
  std::vector<std::vector<Vertex>> members(components);
  std::vector<size_t> local(num_nodes(), 0);
  for (Vertex v = 0; v < num_nodes(); ++v) {
    local[v] = members[component[v]].size();
    members[component[v]].push_back(v);
  }
  std::vector<Undirected> parts(components);
  for (int c = 0; c < components; ++c) {
    if (members[c].size() >= 3) parts[c] = Undirected(members[c].size());
  }
  for (auto e : boost::make_iterator_range(boost::edges(undirected))) {
    Vertex a = boost::source(e, undirected), b = boost::target(e, undirected);
    if (members[component[a]].size() >= 3) boost::add_edge(local[a], local[b], parts[component[a]]);
  }
  std::vector<double> centrality(num_nodes(), 0.0);
  for (int c = 0; c < components; ++c) {
    if (members[c].size() < 3) continue;
    std::vector<double> part(members[c].size(), 0.0);
    boost::brandes_betweenness_centrality(
        parts[c], boost::centrality_map(boost::make_iterator_property_map(
                      part.begin(), boost::get(boost::vertex_index, parts[c]))));
    for (size_t i = 0; i < part.size(); ++i) centrality[members[c][i]] = part[i];
  }
  return centrality;
}

std::vector<int> KnowledgeGraph::Degrees() const {
  std::vector<int> degrees(num_nodes(), 0);
  for (Vertex v : boost::make_iterator_range(boost::vertices(graph_))) {
    std::set<Vertex> neighbours;
    for (EdgeRef e : boost::make_iterator_range(boost::out_edges(v, graph_)))
      neighbours.insert(boost::target(e, graph_));
    for (EdgeRef e : boost::make_iterator_range(boost::in_edges(v, graph_)))
      neighbours.insert(boost::source(e, graph_));
    degrees[v] = static_cast<int>(neighbours.size());
  }
  return degrees;
}

long KnowledgeGraph::VertexOf(EntityType type, std::string_view name) const {
  std::string normalized = NormalizeName(name);
  std::string type_name(EntityTypeName(type));
  std::vector<std::string> candidates;
  if (const std::string* canonical = aliases_.CanonicalOf(normalized)) {
    candidates.push_back(absl::StrCat(type_name, ":=", NormalizeName(*canonical)));
  }
  candidates.push_back(absl::StrCat(type_name, ":!", normalized));
  candidates.push_back(MergeKey(type, name));
  for (const std::string& key : candidates) {
    if (auto it = index_.find(key); it != index_.end()) return static_cast<long>(it->second);
  }
  return -1;
}

long KnowledgeGraph::FindNode(std::string_view name) const {
  std::vector<Vertex> found = FindNodes(name);
  return found.empty() ? -1 : static_cast<long>(found.front());
}

std::vector<Vertex> KnowledgeGraph::FindNodes(std::string_view name) const {
  std::string query = NormalizeName(name);
  if (query.empty()) return {};
  std::vector<std::pair<int, Vertex>> found;  // (rank, vertex)
  for (Vertex v : SortedVertices()) {
    const Node& node = graph_[v];
    int rank = 0;
    for (const std::string& n : node.names) {
      std::string normalized = NormalizeName(n);
      if (normalized == query) {
        rank = std::max(rank, 2);
      } else if (node.type == EntityType::kPerson && normalized.size() > query.size() &&
                 normalized.compare(normalized.size() - query.size(), query.size(), query) == 0 &&
                 normalized[normalized.size() - query.size() - 1] == ' ') {
        rank = std::max(rank, 1);  // surname alone
      }
    }
    if (rank > 0) found.emplace_back(rank, v);
  }
  // Stable: equal rank and mentions keep the id order of SortedVertices().
  std::stable_sort(found.begin(), found.end(), [this](const auto& a, const auto& b) {
    return std::make_pair(a.first, graph_[a.second].mentions) > std::make_pair(b.first, graph_[b.second].mentions);
  });
  std::vector<Vertex> out;
  for (const auto& [rank, v] : found) out.push_back(v);
  return out;
}

std::string RelationLabel(const Edge& edge) {
  if (edge.code == kAffiliationCode) return absl::StrCat("AFF ", edge.role.empty() ? "affiliated" : edge.role);
  return absl::StrCat(edge.code, " ", edge.predicate);
}

std::string Summary(const KnowledgeGraph& kg, int documents_read, int documents_skipped,
                    int top_actors, int documents_outside_window, std::string_view kept) {
  const Graph& g = kg.graph();
  std::string out = absl::StrFormat("documents: %d read, %d skipped", documents_read, documents_skipped);
  if (documents_outside_window > 0) absl::StrAppendFormat(&out, ", %d outside the date window", documents_outside_window);
  out += "\n";
  if (!kept.empty()) absl::StrAppend(&out, "kept:      ", ToAbsl(kept), "\n");
  std::map<EntityType, int> by_type;
  for (Vertex v : kg.SortedVertices()) by_type[g[v].type] += 1;
  absl::StrAppendFormat(&out, "entities:  %d nodes (", kg.num_nodes());
  bool first = true;
  for (EntityType t : {EntityType::kPerson, EntityType::kOrganization, EntityType::kLocation,
                       EntityType::kEvent}) {
    absl::StrAppendFormat(&out, "%s%s %d", first ? "" : ", ", EntityTypeName(t), by_type[t]);
    first = false;
  }
  out += ")\n";
  std::map<std::string, std::pair<int, int>> by_code;  // code -> (edges, observations)
  int observations = 0;
  for (EdgeRef e : kg.SortedEdges()) {
    by_code[g[e].code].first += 1;
    by_code[g[e].code].second += g[e].count;
    observations += g[e].count;
  }
  absl::StrAppendFormat(&out, "relations: %d edges from %d observations\n", kg.num_edges(),
                        observations);
  for (const auto& [code, counts] : by_code) {
    absl::StrAppendFormat(&out, "  %-4s %-34s %4d edges %5d observations\n", code,
                          RelationCodeName(code), counts.first, counts.second);
  }
  // Connected groups of actors, ignoring actors with no relation.
  std::vector<int> component = kg.Components();
  std::map<int, int> sizes;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
    if (boost::out_degree(v, g) + boost::in_degree(v, g) > 0) sizes[component[v]] += 1;
  }
  int largest = 0;
  for (const auto& [id, size] : sizes) largest = std::max(largest, size);
  absl::StrAppendFormat(&out, "connected: %d groups of related actors, the largest with %d actors\n",
                        sizes.size(), largest);
  std::vector<int> degrees = kg.Degrees();
  std::vector<double> betweenness = kg.Betweenness();
  std::vector<Vertex> actors = kg.SortedVertices();
  std::stable_sort(actors.begin(), actors.end(), [&](Vertex a, Vertex b) {
    return std::make_pair(degrees[a], g[a].mentions) > std::make_pair(degrees[b], g[b].mentions);
  });
  if (actors.size() > static_cast<size_t>(top_actors)) actors.resize(top_actors);
  out += "most connected actors:\n";
  for (size_t i = 0; i < actors.size(); ++i) {
    const Node& n = g[actors[i]];
    // Pad by characters, not bytes, so accented names line up.
    size_t chars = 0;
    for (char c : n.name) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    std::string padded = n.name + std::string(chars < 32 ? 32 - chars : 1, ' ');
    absl::StrAppendFormat(&out, "  %2d. %s %-12s %3d neighbours %4d mentions %3d documents  betweenness %.1f\n",
                          i + 1, padded, ToAbsl(EntityTypeName(n.type)), degrees[actors[i]], n.mentions,
                          n.documents.size(), betweenness[actors[i]]);
  }
  return out;
}

}  // namespace actorgraph::graph
