// The CLI's commands: each chains the libraries and returns an exit status.
#ifndef ACTORGRAPH_CLI_COMMANDS_H_
#define ACTORGRAPH_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace actorgraph::cli {

// Exit statuses of the actorgraph command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitError = 1;         // nothing useful was produced
inline constexpr int kExitUsage = 2;         // bad command line
inline constexpr int kExitInputSkipped = 3;  // outputs written, but some input was skipped

struct CommonOptions {
  std::vector<std::string> inputs;  // files, directories, "-"
  std::string default_date;         // --date
  std::string data_dir;             // --data, else $ACTORGRAPH_DATA, else the built-in path
  int threads = 1;                  // --threads
  std::string aliases;              // --aliases: user corrections to merging (graph/aliases.h)
  std::string from, to;             // --from/--to: keep articles dated in [from, to] (inclusive)
};

struct BuildOptions {
  CommonOptions common;
  std::string output_dir;           // -o
  bool render = true;               // --no-render turns SVG rendering off
  std::string layout = "dot";       // --layout
  std::string base_iri;             // --base-iri (empty: the writer's default)
  bool clusters = false;            // --clusters: one box per entity type in the diagram
  // What the outputs keep (graph/view.h): --focus NAME, --depth N (hops from
  // the focus, either direction), --top N (0: every actor).
  std::string focus;
  int depth = 1;
  int top = 0;
  std::string report;               // --report FILE; empty: OUTDIR/report.json
};

struct ExtractOptions {
  CommonOptions common;
  std::string output;  // -o FILE; empty or "-" = standard output
  // --report FILE; empty: FILE.report.json beside a regular -o FILE, else none.
  std::string report;
};

struct EvalOptions {
  CommonOptions common;  // inputs empty: <gold>/../../corpus/articles.jsonl
  std::string gold_dir;  // --gold
  bool verbose = false;  // --verbose: list every miss and false alarm
};

struct ExplainOptions {
  CommonOptions common;
  std::string name;  // the actor to explain ("Lavrov", "Sergei Lavrov")
  std::string to;    // for `path`: the other actor; empty for `explain`
};

struct DiffOptions {
  CommonOptions common;
  // --old, --new: each a FROM..TO window of the inputs (either end may be
  // empty), or a graph file that `build` wrote (a path ending in .graphml or
  // .jsonld; then there are no inputs). Both sides are of the same kind.
  std::string old_side;
  std::string new_side;
  bool json = false;       // --json
  std::string dot;         // --dot FILE: also write the diff diagram (and FILE.svg beside it)
};

struct RenderOptions {
  std::string dot;     // the DOT file to draw
  std::string output;  // -o; empty: the DOT path with its extension replaced by the format
  std::string format;  // svg, png or pdf
  std::string layout;  // Graphviz layout program
};

int RunBuild(const BuildOptions& options);
// `merge SHARD...`: the inputs are `extract` outputs (JSON Lines, .gz too);
// writes exactly what `build` writes for the articles they came from.
int RunMerge(const BuildOptions& options);
int RunRender(const RenderOptions& options);
int RunDiff(const DiffOptions& options);
int RunExplain(const ExplainOptions& options);
int RunEval(const EvalOptions& options);
int RunExtract(const ExtractOptions& options);

}  // namespace actorgraph::cli

#endif  // ACTORGRAPH_CLI_COMMANDS_H_
