// Stage benchmarks: how fast each step of the pipeline runs on real-looking
// articles. The corpus is samples/ (always there) or, when the environment
// variable ACTORGRAPH_BENCH_CORPUS names a JSON Lines file (.jsonl or
// .jsonl.gz), its first ACTORGRAPH_BENCH_ARTICLES articles (default 2000).
//
//   build/bench/stage_bench --benchmark_counters_tabular=true
//   ACTORGRAPH_BENCH_CORPUS=../shared/corpus/news-reuters-bbc.jsonl.gz build/bench/stage_bench
//
// Counters: words/s for the text stages, triples/s for merging, bytes/s for
// the writers (Google Benchmark reports them per second of CPU time).
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "export/writer.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/reader.h"
#include "extract/tokenizer.h"
#include "graph/knowledge_graph.h"

namespace {

using actorgraph::Document;
using actorgraph::Extraction;

struct Corpus {
  std::unique_ptr<const actorgraph::extract::Lexicon> lexicon;
  std::vector<Document> documents;
  std::vector<Extraction> extractions;
  int64_t words = 0;
  int64_t bytes = 0;
  int64_t triples = 0;
};

int64_t CountWords(const std::string& text) {
  int64_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Loaded once; every benchmark reads it.
const Corpus& TheCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    auto lexicon = actorgraph::extract::Lexicon::Load(ACTORGRAPH_BENCH_DATA_DIR);
    if (!lexicon.ok()) {
      std::cerr << "stage_bench: " << lexicon.status() << "\n";
      std::exit(1);
    }
    c->lexicon = *std::move(lexicon);
    const char* path = std::getenv("ACTORGRAPH_BENCH_CORPUS");
    const char* limit_text = std::getenv("ACTORGRAPH_BENCH_ARTICLES");
    const size_t limit = limit_text != nullptr ? std::strtoul(limit_text, nullptr, 10) : 2000;
    actorgraph::extract::InputSink sink;
    sink.document = [&](Document d) {
      if (c->documents.size() < limit) c->documents.push_back(std::move(d));
    };
    sink.problem = [](actorgraph::extract::InputProblem) {};
    actorgraph::extract::ReadInputs({path != nullptr ? path : ACTORGRAPH_BENCH_SAMPLES_DIR}, {}, sink);
    auto extractor = actorgraph::extract::NewExtractor("rules", c->lexicon.get());
    for (const Document& d : c->documents) {
      c->words += CountWords(d.text);
      c->bytes += static_cast<int64_t>(d.text.size());
      c->extractions.push_back(extractor->Extract(d));
      c->triples += static_cast<int64_t>(c->extractions.back().triples.size());
    }
    std::cerr << "stage_bench: " << c->documents.size() << " articles, " << c->words << " words, "
              << c->triples << " triples\n";
    return c;
  }();
  return *corpus;
}

void BM_Tokenize(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    for (const Document& d : c.documents) {
      benchmark::DoNotOptimize(actorgraph::extract::Tokenize(d.text, c.lexicon.get()));
    }
  }
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(c.words), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_SplitSentences(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  std::vector<std::vector<actorgraph::extract::Token>> tokens;
  for (const Document& d : c.documents) tokens.push_back(actorgraph::extract::Tokenize(d.text, c.lexicon.get()));
  for (auto _ : state) {
    for (size_t i = 0; i < c.documents.size(); ++i) {
      benchmark::DoNotOptimize(actorgraph::extract::SplitSentences(c.documents[i].text, tokens[i], c.lexicon.get()));
    }
  }
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(c.words), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);

// The whole extraction of one article: tokens, sentences, names, relations, quotes.
void BM_Extract(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  auto extractor = actorgraph::extract::NewExtractor("rules", c.lexicon.get());
  for (auto _ : state) {
    for (const Document& d : c.documents) benchmark::DoNotOptimize(extractor->Extract(d));
  }
  state.counters["words/s"] = benchmark::Counter(static_cast<double>(c.words), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

// Merging every extraction into one graph (Add, then Finalize).
void BM_Merge(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    actorgraph::graph::KnowledgeGraph graph;
    for (const Extraction& x : c.extractions) graph.Add(x);
    graph.Finalize();
    benchmark::DoNotOptimize(graph.num_edges());
  }
  state.counters["triples/s"] = benchmark::Counter(static_cast<double>(c.triples), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(c.extractions.size()), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Merge)->Unit(benchmark::kMillisecond);

// Each writer on the merged graph; bytes/s of output.
void BM_Write(benchmark::State& state, std::string_view format) {
  const Corpus& c = TheCorpus();
  static const actorgraph::graph::KnowledgeGraph* graph = [&] {
    auto* g = new actorgraph::graph::KnowledgeGraph;
    for (const Extraction& x : c.extractions) g->Add(x);
    g->Finalize();
    return g;
  }();
  auto writer = actorgraph::exporter::NewWriter(format);
  int64_t bytes = 0;
  // Into a file, as the command line writes (and as NetworkX does in
  // bench/run.sh): a string stream would time its own reallocation.
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("actorgraph-stage-bench-" + std::to_string(::getpid()) + ".out"))
                               .string();
  for (auto _ : state) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!writer->Write(*graph, out).ok()) state.SkipWithError("writer failed");
    out.flush();
    bytes = static_cast<int64_t>(out.tellp());
  }
  std::filesystem::remove(path);
  state.counters["bytes/s"] = benchmark::Counter(static_cast<double>(bytes), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK_CAPTURE(BM_Write, dot, "dot")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Write, graphml, "graphml")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Write, jsonld, "jsonld")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Write, csv_nodes, "csv-nodes")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Write, csv_edges, "csv-edges")->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
