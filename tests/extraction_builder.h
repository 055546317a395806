// Hand-made extractions for graph tests: one document at a time, entities by
// name and relations between them, without running the extractor.
#ifndef ACTORGRAPH_TESTS_EXTRACTION_BUILDER_H_
#define ACTORGRAPH_TESTS_EXTRACTION_BUILDER_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"
#include "model/model.h"

namespace actorgraph::test_util {

class ExtractionBuilder {
 public:
  ExtractionBuilder(std::string id, std::string date) {
    x_.document.id = std::move(id);
    x_.document.date = std::move(date);
    x_.document.text = "text";
  }

  // Adds (or finds) the entity `name` of `type`, mentioned `mentions` times
  // as written; returns its index.
  int Entity(const std::string& name, EntityType type = EntityType::kPerson, int mentions = 1,
             bool generic = false) {
    auto key = std::make_pair(name, type);
    if (auto it = index_.find(key); it != index_.end()) return it->second;
    actorgraph::Entity e;
    e.name = name;
    e.type = type;
    e.generic = generic;
    int id = static_cast<int>(x_.entities.size());
    for (int i = 0; i < mentions; ++i) {
      Mention m;
      m.surface = name;
      m.type = type;
      m.entity = id;
      auto at = static_cast<uint32_t>(x_.mentions.size());
      m.span = {at, at + 1};
      e.mentions.push_back(static_cast<int>(x_.mentions.size()));
      x_.mentions.push_back(m);
    }
    x_.entities.push_back(e);
    index_[key] = id;
    return id;
  }

  // An asserted relation `code` from `subject` to `object`, each the entity
  // first added with that name (a person when there is none yet).
  ExtractionBuilder& Relation(const std::string& subject, std::string_view code, const std::string& object) {
    Triple t;
    t.subject = Find(subject);
    t.object = Find(object);
    t.predicate = code == kAffiliationCode ? "member" : "meet";
    t.code = std::string(code);
    t.provenance.document_id = x_.document.id;
    t.provenance.date = x_.document.date;
    auto at = static_cast<uint32_t>(x_.triples.size() * 10);
    t.provenance.span = {at, at + 5};
    t.provenance.evidence = subject + " " + t.predicate + " " + object;
    x_.triples.push_back(t);
    return *this;
  }

  const Extraction& extraction() const { return x_; }

 private:
  int Find(const std::string& name) {
    for (size_t i = 0; i < x_.entities.size(); ++i) {
      if (x_.entities[i].name == name) return static_cast<int>(i);
    }
    return Entity(name);
  }

  Extraction x_;
  std::map<std::pair<std::string, EntityType>, int> index_;
};

// The finalized graph of `extractions`.
inline graph::KnowledgeGraph BuildGraph(const std::vector<Extraction>& extractions,
                                        const graph::AliasTable& aliases = {}) {
  graph::KnowledgeGraph kg;
  kg.SetAliases(aliases);
  for (const Extraction& x : extractions) kg.Add(x);
  kg.Finalize();
  return kg;
}

}  // namespace actorgraph::test_util

#endif  // ACTORGRAPH_TESTS_EXTRACTION_BUILDER_H_
