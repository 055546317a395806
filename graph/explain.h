// `actorgraph explain`: why a node holds the names it holds.
#ifndef ACTORGRAPH_GRAPH_EXPLAIN_H_
#define ACTORGRAPH_GRAPH_EXPLAIN_H_

#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "graph/knowledge_graph.h"

namespace actorgraph::graph {

// A readable account of vertex `v` of the finalized `graph`: its canonical
// name, type, id and dates; every name merged into it across documents with
// the rule that merged it; the surface forms each document used, with the
// reason each one names the actor (same name, surname, demonym, capital,
// acronym...); and its relations with counts and one piece of evidence each.
// `lexicon` (may be null) explains demonyms, capitals and aliases.
std::string ExplainNode(const KnowledgeGraph& graph, Vertex v, const extract::Lexicon* lexicon);

// The edges of a shortest chain of relations between `from` and `to`,
// whatever their direction, in order from `from`; empty when they are not
// connected (or are the same vertex). Ties are broken by node id, so the
// answer is deterministic.
std::vector<EdgeRef> ShortestPath(const KnowledgeGraph& graph, Vertex from, Vertex to);

// A readable account of that chain: every hop with its relation, direction,
// count and one piece of evidence.
std::string DescribePath(const KnowledgeGraph& graph, Vertex from, Vertex to);

}  // namespace actorgraph::graph

#endif  // ACTORGRAPH_GRAPH_EXPLAIN_H_
