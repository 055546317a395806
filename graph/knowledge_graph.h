// The merged knowledge graph: one node per real-world actor across documents,
// one edge per (subject, relation code, object[, role]) with every dated
// observation behind it. Boost.Graph's adjacency_list is the store; our own
// key -> vertex index maps merge keys to vertices.
//
// THREAD SAFETY: not thread-safe for writing; const methods may be called
// concurrently once building is finished.
#ifndef ACTORGRAPH_GRAPH_KNOWLEDGE_GRAPH_H_
#define ACTORGRAPH_GRAPH_KNOWLEDGE_GRAPH_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "graph/aliases.h"
#include "model/model.h"
#include "model/names.h"

namespace actorgraph::graph {

// The metadata of a document that contributed to the graph (no text).
struct DocumentInfo {
  std::string id;
  std::string date;  // ISO date or kUnknownDate
  std::string title;
  std::string source;
  std::string url;
};

// How a node was named in one document.
struct NodeDocument {
  std::string document_id;
  std::string date;
  std::vector<std::string> surfaces;  // distinct surface forms used there, sorted
  int mentions = 0;                   // number of mentions in that document
};

// Vertex bundle.
struct Node {
  // Stable id, derived from the merge key (see MergeKey), never from the
  // spelling the documents at hand prefer: "location:russia",
  // "person:srg-lavrov" for Sergey = Sergei Lavrov (given names reduced to
  // their transliteration skeleton), "person:sergey-lavrov" when an alias file
  // names the actor "Sergey Lavrov". The same actor gets the same id in every
  // run and every subset of documents, except: a subset that only has a
  // partial name ("Lavrov") cannot know the full one ("person:lavrov"); a
  // description of one document ends in "@<document>"; a name without letters
  // or digits is "unnamed-<its bytes in hex>"; an id that would still repeat
  // gets "-2", "-3"... in merge-key order.
  std::string id;
  std::string name;   // canonical name: the most used full name, or the alias file's
  EntityType type = EntityType::kPerson;
  std::vector<std::string> names;       // every name merged into the node, sorted
  std::vector<NodeDocument> documents;  // sorted by document id
  int mentions = 0;                     // total mentions over all documents
  std::string first_date;               // earliest known date, or kUnknownDate
  std::string last_date;                // latest known date, or kUnknownDate
  // For a description rather than a name ("Western diplomats"): the one
  // document it belongs to (its id ends in "@<document>"); else empty.
  std::string generic_document;
};

// One reading of a relation in one document.
struct Observation {
  Provenance provenance;
  std::string predicate;  // lemma used in this observation
  Modality modality = Modality::kAsserted;
};

// Edge bundle: every observation of (source, code, target[, role]).
struct Edge {
  std::string code;        // CAMEO root code, "AFF" or "PART"
  int quad_class = 0;      // QuadClass(code)
  double goldstein = 0;    // Goldstein value of the code (-10..10; 0 for AFF and PART)
  std::string role;        // for AFF edges: the role; else empty
  std::string predicate;   // most frequent lemma (ties: alphabetical): the edge label
  std::vector<Observation> observations;  // sorted by (date, document, span)
  int count = 0;           // observations.size()
  std::string first_date;  // earliest known observation date, or kUnknownDate
  std::string last_date;
  std::vector<std::string> documents;  // distinct document ids, sorted
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                    Node, Edge>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using EdgeRef = boost::graph_traits<Graph>::edge_descriptor;

class KnowledgeGraph {
 public:
  KnowledgeGraph() = default;

  // User corrections applied by the next Finalize() (see aliases.h).
  void SetAliases(AliasTable aliases) { aliases_ = std::move(aliases); }

  // Records one document's extraction: its entities, and each asserted or
  // future triple as an observation (negated and hypothetical ones stay in
  // the extraction only). Nothing is merged until Finalize().
  void Add(const Extraction& extraction);

  // Builds the graph from everything added: entities with the same merge key
  // (see MergeKey) become one node, and a person named by a partial name
  // ("Reagan", "Le Drian") joins the single full name that ends with it
  // across all documents (never when two full names share it). Chooses
  // canonical names and ids, sorts everything and computes dates and counts.
  // An affiliation without a role joins the pair's role edge when the
  // articles give that pair exactly one role. Adding the same extractions in
  // any order gives the same graph. May be called again after more Add() calls.
  void Finalize();

  const Graph& graph() const { return graph_; }
  // Why entities named `name` joined their node ("partial name of Ronald
  // Reagan"), or empty when they joined by their own merge key.
  std::string MergeRule(EntityType type, std::string_view name) const;

  // A document-level name merged into a node, and the rule that merged it.
  struct MergedName {
    std::string name;
    std::string document_id;
    std::string rule;  // "canonical name", "same name once case, accents and punctuation are folded", ...
  };
  // Every name merged into `v`, sorted by name then document (after Finalize()).
  const std::vector<MergedName>& MergedNames(Vertex v) const { return merged_names_[v]; }

  size_t num_nodes() const { return boost::num_vertices(graph_); }
  size_t num_edges() const { return boost::num_edges(graph_); }

  // Vertices sorted by Node::id; edges sorted by (source id, target id, code,
  // role). Writers must walk these, never the underlying containers' order.
  std::vector<Vertex> SortedVertices() const;
  std::vector<EdgeRef> SortedEdges() const;

  // Contributing documents, sorted by id: the graph's own records (no
  // copy), valid while the graph is not changed.
  class DocumentRange {
   public:
    using Map = std::map<std::string, DocumentInfo>;
    class Iterator {
     public:
      explicit Iterator(Map::const_iterator it) : it_(it) {}
      const DocumentInfo& operator*() const { return it_->second; }
      const DocumentInfo* operator->() const { return &it_->second; }
      Iterator& operator++() {
        ++it_;
        return *this;
      }
      bool operator==(const Iterator& other) const { return it_ == other.it_; }

     private:
      Map::const_iterator it_;
    };
    explicit DocumentRange(const Map& documents) : documents_(documents) {}
    Iterator begin() const { return Iterator(documents_.begin()); }
    Iterator end() const { return Iterator(documents_.end()); }
    size_t size() const { return documents_.size(); }

   private:
    const Map& documents_;
  };
  DocumentRange Documents() const { return DocumentRange(documents_); }

  // Number of (distinct) neighbours of each vertex, indexed by vertex.
  std::vector<int> Degrees() const;

  // Betweenness centrality of each vertex (Brandes' algorithm, Boost.Graph),
  // indexed by vertex: how often the actor lies on shortest chains between
  // others. Deterministic for a given graph.
  std::vector<double> Betweenness() const;

  // Connected component of each vertex (Boost.Graph, relations taken in
  // either direction), indexed by vertex; components are numbered 0..n-1.
  std::vector<int> Components() const;

  // Number of relations between `from` and each vertex (Boost.Graph breadth-
  // first search, relations taken in either direction), indexed by vertex;
  // -1 when there is no chain of relations.
  std::vector<int> Distances(Vertex from) const;

  // The graph restricted to the vertices `kept` (any order; repeats ignored):
  // their bundles and merged names unchanged, the edges among them, and the
  // documents that a kept node or edge refers to. Name lookups (FindNode,
  // VertexOf, MergeRule) answer for kept actors. The result is finalized:
  // do not Add() to it or Finalize() it.
  KnowledgeGraph Induced(const std::vector<Vertex>& kept) const;

  // The vertex that an entity of this type and (document-level canonical)
  // name was merged into by Add(); -1 when there is none.
  long VertexOf(EntityType type, std::string_view name) const;

  // The vertex whose name (canonical or merged) matches `name` after
  // normalisation, preferring the most mentioned; -1 when none.
  long FindNode(std::string_view name) const;

  // Every vertex that `name` matches, best first: a whole name before a
  // person's surname alone, then more mentions, then smaller id. FindNode()
  // is the first.
  std::vector<Vertex> FindNodes(std::string_view name) const;

 private:
  // One document's entity, as added; merged into nodes by Finalize().
  struct EntityRecord {
    EntityType type;
    std::string name;       // document-level canonical name
    std::string normalized;  // NormalizeName(name), computed once
    std::string key;        // MergeKey(type, name)
    std::string document_id;
    std::string date;
    int spelled = 0;        // mentions spelled exactly like `name`
    bool generic = false;   // Entity::generic: never merged across documents
    NodeDocument mentions;  // surfaces and count in that document
  };
  struct TripleRecord {
    size_t subject, object;  // indexes into entities_
    std::string code, role;
    double goldstein;
    Observation observation;
  };

  // Merge keys before partial names: the automatic key, or the alias file's.
  std::vector<std::string> BaseKeys() const;
  // Resolves partial person names ("Reagan") to the one full name that ends
  // with them across all documents; returns the final key of every record.
  std::vector<std::string> ResolveKeys(const std::vector<std::string>& base) const;

  AliasTable aliases_;
  std::vector<EntityRecord> entities_;
  std::vector<TripleRecord> triples_;
  std::map<std::string, DocumentInfo> documents_;  // id -> info
  Graph graph_;                                    // built by Finalize()
  std::vector<Vertex> id_order_;                   // graph_'s vertices by id, set with graph_
  void SortVerticesById();                         // sets id_order_
  std::map<std::string, Vertex> index_;            // every record's key -> vertex
  std::map<std::string, std::string> merge_rule_;  // record key -> why it joined another key
  std::vector<std::vector<MergedName>> merged_names_;  // by vertex
};

// The key under which entities of different documents merge: type plus the
// normalised name (case, diacritics, punctuation, possessive folded); for
// multi-word person names, given names are reduced to a transliteration
// skeleton so "Sergey Lavrov" and "Sergei Lavrov" share a key.
std::string MergeKey(EntityType type, std::string_view name);

// Name folding lives in the model so that every stage agrees on it.
using ::actorgraph::NormalizeName;
using ::actorgraph::Slug;

// A relation as people read it: "04 meet", "AFF foreign minister",
// "AFF affiliated" when no role is known.
std::string RelationLabel(const Edge& edge);

// A one-screen text summary of a build: documents read and skipped, entities
// by type, relations by CAMEO root code, and the most connected actors. When
// `graph` is a view (graph/view.h), `kept` says what it keeps, on a line of
// its own after the documents.
std::string Summary(const KnowledgeGraph& graph, int documents_read,
                    int documents_skipped, int top_actors = 10, int documents_outside_window = 0,
                    std::string_view kept = {});

}  // namespace actorgraph::graph

#endif  // ACTORGRAPH_GRAPH_KNOWLEDGE_GRAPH_H_
