// actorgraph: news articles in, a knowledge graph of actors and events out.
// This file only parses the command line; cli/commands.cc does the work.
#include <charconv>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "extract/name_model.h"

namespace {

constexpr std::string_view kUsage = R"(usage: actorgraph COMMAND [OPTIONS] INPUT...

Commands:
  build INPUT... -o OUTDIR [--focus NAME [--depth N]] [--top N]
                             extract, merge and write graph.dot, graph.svg,
                             graph.png, graph.graphml, graph.jsonld, and
                             nodes.csv and edges.csv for Neo4j and Kuzu into
                             OUTDIR, then print a summary
  extract INPUT... [-o FILE] write one JSON line per article (entities,
                             relations, quotes) to FILE or standard output
  merge SHARD... -o OUTDIR [--focus NAME [--depth N]] [--top N]
                             merge the JSON Lines that extract wrote (on any
                             number of machines; .gz too) and write exactly
                             what build writes for those articles
  explain NAME INPUT...      show the actor NAME: every name merged into it
                             and why, how each article named it, and its
                             relations with evidence
  diff INPUT... --old FROM..TO --new FROM..TO [--json] [--dot FILE]
                             compare two date windows of the corpus: actors
                             and relations added, removed and changed
  diff --old OLD.graphml --new NEW.jsonld [--json] [--dot FILE]
                             the same between two graphs that build wrote
                             earlier (each .graphml or .jsonld)
  render GRAPH.dot [-o OUT] [--format svg|png|pdf] [--layout NAME]
                             draw a DOT file written by build or diff with
                             Graphviz (default OUT: GRAPH.FORMAT)
  path A B INPUT...          show how the actors A and B are connected:
                             the shortest chain of relations, with evidence
  eval --gold DIR [INPUT...] score extraction and merging against the gold
                             annotations in DIR (INPUT defaults to
                             DIR/../../corpus/articles.jsonl)
  train-name-types GMB_NER.csv[.gz] -o FILE
                             count how often capitalised words name people,
                             organisations and places in the GMB NER data
                             (writes data/name_word_types.tsv)
  help                       show this text
  version                    show the version

INPUT is an article file (.txt, optional front matter), a JSON Lines corpus
(.jsonl), a directory (searched recursively for *.txt), or - for standard input.

Options:
  -o, --output PATH    output directory (build, merge) or file (extract)
  --report FILE        build, merge, extract: where to write the run report (default
                       OUTDIR/report.json; for extract -o FILE, FILE.report.json)
  --date YYYY-MM-DD    date for articles whose metadata has none (else "unknown")
  --threads N          extraction threads (default 1); output is identical for any N
  --data DIR           lexicon directory (default: $ACTORGRAPH_DATA or the built-in one)
  --from YYYY-MM-DD    keep only articles dated on or after this day (undated ones are left out)
  --to YYYY-MM-DD      keep only articles dated on or before this day
  --aliases FILE       build, merge, explain, eval: corrections to merging, lines of
                       "same: A = B = C" (first is canonical) or "different: A / B"
  --no-render          build, merge: do not run Graphviz (no graph.svg, graph.png)
  --layout NAME        build, merge, render: Graphviz layout program (default dot; sfdp for big graphs)
  --format FORMAT      render: svg (default), png or pdf
  --base-iri IRI       build, merge: base of the IRIs minted in graph.jsonld
  --clusters           build, merge: draw people, organisations, places and events in
                       a box each
  --focus NAME         build, merge: keep only the actor NAME (any of its names, or a
                       surname) and the actors around it, in every output
  --depth N            build, merge, with --focus: keep actors at most N relations away,
                       in either direction (default 1; 0 keeps the focus alone)
  --top N              build, merge: keep the N most important actors (most neighbours,
                       then betweenness, mentions, id) and the relations among
                       them; with --focus, ranked within the neighbourhood, and
                       the focus always stays
  --old, --new FROM..TO  diff: the two date windows to compare (either end may be empty),
                       or two graph files written by build (.graphml or .jsonld)
  --json               diff: print the diff as JSON
  --dot FILE           diff: also write the diff diagram to FILE and render FILE.svg
  --gold DIR           eval: directory of gold *.json files
  --verbose            eval: list every miss and false alarm

Exit status: 0 success; 1 error; 2 bad command line; 3 outputs written but
some input was skipped (each skip is reported on standard error).
)";

int Usage(std::string_view message) {
  std::cerr << "actorgraph: " << message << "\n\n" << kUsage;
  return actorgraph::cli::kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace actorgraph::cli;
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty()) return Usage("no command given");
  std::string_view command = args[0];
  if (command == "help" || command == "--help" || command == "-h") {
    std::cout << kUsage;
    return kExitOk;
  }
  if (command == "version" || command == "--version") {
    std::cout << "actorgraph " << ACTORGRAPH_VERSION << "\n";
    return kExitOk;
  }
  if (command == "train-name-types") {
    if (args.size() != 4 || args[2] != "-o") return Usage("usage: actorgraph train-name-types GMB_NER.csv[.gz] -o FILE");
    auto report = actorgraph::extract::TrainNameModel(std::string(args[1]), std::string(args[3]));
    if (!report.ok()) {
      std::cerr << "actorgraph: " << report.status().message() << "\n";
      return kExitError;
    }
    std::cout << "sentences: " << report->sentences << ", tokens: " << report->tokens
              << ", words written: " << report->words_kept << "\nheld-out multi-word names: " << report->heldout_names
              << ", typed right: " << report->heldout_right << " (no word known: " << report->heldout_unknown
              << "), calling all of them persons: " << report->heldout_person_right << "\n";
    return kExitOk;
  }
  if (command != "build" && command != "extract" && command != "eval" && command != "explain" &&
      command != "path" && command != "diff" && command != "render" && command != "merge") {
    return Usage("unknown command \"" + std::string(command) + "\"");
  }
  CommonOptions common;
  std::string output;
  std::string report;
  bool render = true;
  std::string layout = "dot";
  std::string format = "svg";
  bool clusters = false;
  std::string base_iri;
  std::string gold_dir;
  bool verbose = false;
  std::string old_side, new_side;
  bool json = false;
  std::string focus;
  int depth = 1, top = 0;
  bool depth_given = false;
  // `merge` takes the options of `build` that act after extraction.
  const bool builds = command == "build" || command == "merge";
  const bool extracts = command != "merge";
  for (size_t i = 1; i < args.size(); ++i) {
    std::string_view a = args[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= args.size()) return false;
      *out = std::string(args[++i]);
      return true;
    };
    // The next argument as a whole number in [min, max].
    auto number = [&](int* out, int min, int max) {
      std::string n;
      if (!value(&n)) return false;
      auto [ptr, ec] = std::from_chars(n.data(), n.data() + n.size(), *out);
      return ec == std::errc() && ptr == n.data() + n.size() && *out >= min && *out <= max;
    };
    if (a == "-o" || a == "--output") {
      if (!value(&output)) return Usage("-o needs a path");
    } else if (a == "--report" && (builds || command == "extract")) {
      if (!value(&report)) return Usage("--report needs a file");
    } else if (a == "--date" && extracts) {
      if (!value(&common.default_date)) return Usage("--date needs YYYY-MM-DD");
    } else if (a == "--aliases" && command != "extract") {
      if (!value(&common.aliases)) return Usage("--aliases needs a file");
    } else if (a == "--from" && command != "eval") {
      if (!value(&common.from)) return Usage("--from needs YYYY-MM-DD");
    } else if (a == "--to" && command != "eval") {
      if (!value(&common.to)) return Usage("--to needs YYYY-MM-DD");
    } else if (a == "--data" && extracts) {
      if (!value(&common.data_dir)) return Usage("--data needs a directory");
    } else if (a == "--threads" && extracts) {
      std::string n;
      if (!value(&n)) return Usage("--threads needs a number");
      auto [ptr, ec] = std::from_chars(n.data(), n.data() + n.size(), common.threads);
      if (ec != std::errc() || ptr != n.data() + n.size() || common.threads < 1 || common.threads > 256)
        return Usage("--threads needs a number from 1 to 256");
    } else if (a == "--no-render" && builds) {
      render = false;
    } else if (a == "--clusters" && builds) {
      clusters = true;
    } else if (a == "--format" && command == "render") {
      if (!value(&format)) return Usage("--format needs svg, png or pdf");
    } else if (a == "--layout" && (builds || command == "render")) {
      if (!value(&layout)) return Usage("--layout needs a Graphviz program name");
      if (layout != "dot" && layout != "sfdp" && layout != "neato" && layout != "fdp" &&
          layout != "circo" && layout != "twopi")
        return Usage("--layout must be one of dot, sfdp, neato, fdp, circo, twopi");
    } else if (a == "--base-iri" && builds) {
      if (!value(&base_iri)) return Usage("--base-iri needs an IRI");
    } else if (a == "--focus" && builds) {
      if (!value(&focus) || focus.empty()) return Usage("--focus needs an actor's name");
    } else if (a == "--depth" && builds) {
      if (!number(&depth, 0, 1000)) return Usage("--depth needs a number of relations from 0 to 1000");
      depth_given = true;
    } else if (a == "--top" && builds) {
      if (!number(&top, 1, 1000000)) return Usage("--top needs a number of actors from 1 to 1000000");
    } else if (a == "--old" && command == "diff") {
      if (!value(&old_side)) return Usage("--old needs FROM..TO or a graph file");
    } else if (a == "--new" && command == "diff") {
      if (!value(&new_side)) return Usage("--new needs FROM..TO or a graph file");
    } else if (a == "--json" && command == "diff") {
      json = true;
    } else if (a == "--dot" && command == "diff") {
      if (!value(&output)) return Usage("--dot needs a file");
    } else if (a == "--gold" && command == "eval") {
      if (!value(&gold_dir)) return Usage("--gold needs a directory");
    } else if (a == "--verbose" && command == "eval") {
      verbose = true;
    } else if (a.size() > 1 && a[0] == '-') {
      return Usage("unknown option \"" + std::string(a) + "\" for " + std::string(command));
    } else {
      common.inputs.emplace_back(a);
    }
  }
  if (command == "diff") {
    if (old_side.empty() || new_side.empty()) {
      return Usage("diff needs --old and --new: two FROM..TO windows, or two graph files");
    }
    DiffOptions options{common, old_side, new_side, json, output};
    return RunDiff(options);
  }
  if (command == "render") {
    if (common.inputs.size() != 1) return Usage("render needs exactly one DOT file");
    if (format != "svg" && format != "png" && format != "pdf") return Usage("--format needs svg, png or pdf");
    RenderOptions options{common.inputs.front(), output, format, layout};
    return RunRender(options);
  }
  if (command == "path") {
    if (common.inputs.size() < 3) return Usage("path needs two names and at least one INPUT");
    ExplainOptions options{common, common.inputs[0], common.inputs[1]};
    options.common.inputs.erase(options.common.inputs.begin(), options.common.inputs.begin() + 2);
    return RunExplain(options);
  }
  if (command == "explain") {
    if (common.inputs.size() < 2) return Usage("explain needs NAME and at least one INPUT");
    ExplainOptions options{common, common.inputs.front(), ""};
    options.common.inputs.erase(options.common.inputs.begin());
    return RunExplain(options);
  }
  if (command == "eval") {
    if (gold_dir.empty()) return Usage("eval needs --gold DIR");
    EvalOptions options{common, gold_dir, verbose};
    return RunEval(options);
  }
  if (common.inputs.empty()) return Usage("no INPUT given");
  if (builds) {
    if (output.empty()) return Usage(std::string(command) + " needs -o OUTDIR");
    if (depth_given && focus.empty()) return Usage("--depth needs --focus NAME");
    BuildOptions options{common, output, render, layout, base_iri, clusters, focus, depth, top, report};
    return command == "merge" ? RunMerge(options) : RunBuild(options);
  }
  ExtractOptions options{common, output, report};
  return RunExtract(options);
}
