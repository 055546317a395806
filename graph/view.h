// Restrictions of a merged graph that keep diagrams readable: the
// neighbourhood of one actor (`--focus NAME --depth N`) and the most important
// actors (`--top N`). A view is an ordinary KnowledgeGraph holding the kept
// actors and the relations among them, so every writer and the summary use
// it unchanged, with the ids, names and evidence of the full graph.
#ifndef ACTORGRAPH_GRAPH_VIEW_H_
#define ACTORGRAPH_GRAPH_VIEW_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "graph/knowledge_graph.h"

namespace actorgraph::graph {

struct ViewOptions {
  // An actor's name, found as KnowledgeGraph::FindNode does (any merged name,
  // or a person's surname); empty: no focus.
  std::string focus;
  // With a focus: keep the actors at most this many relations away from it,
  // relations taken in either direction (0: the focus alone).
  int depth = 1;
  // When > 0: keep only this many actors, the first of RankActors(); with a
  // focus, ranked within its neighbourhood, and the focus always stays.
  int top = 0;
};

struct View {
  KnowledgeGraph graph;  // the kept actors and the relations among them
  // What was kept, for the summary and the diagram's title:
  // "focus: Sergei Danilin, depth 1: 9 of 65 actors, 12 of 30 relations".
  std::string description;
  // When the focus name matched several actors: which one was taken and the
  // others; else empty.
  std::string note;
};

// The view of `graph` (finalized) that `options` asks for. Errors:
// InvalidArgument for a negative depth or top; NotFound when no actor is
// called `options.focus`, with the closest names in the message.
absl::StatusOr<View> MakeView(const KnowledgeGraph& graph, const ViewOptions& options);

// The actors at most `depth` relations away from `focus`, relations taken in
// either direction (Boost breadth_first_search), in vertex order.
std::vector<Vertex> Neighbourhood(const KnowledgeGraph& graph, Vertex focus, int depth);

// Every actor, most important first: more distinct neighbours, then higher
// betweenness centrality (compared to 1e-6), then more mentions, then the
// smaller id. A total order, so ties are broken the same way in every run.
std::vector<Vertex> RankActors(const KnowledgeGraph& graph);

// Up to `limit` actors whose names are closest to `name` (edit distance on
// normalised names, against whole names and single words), as "Name (id)",
// closest first; empty when nothing is close.
std::vector<std::string> CloseNames(const KnowledgeGraph& graph, std::string_view name, int limit = 5);

}  // namespace actorgraph::graph

#endif  // ACTORGRAPH_GRAPH_VIEW_H_
