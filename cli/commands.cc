#include "cli/commands.h"
#include "cli/progress.h"
#include "cli/report.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <functional>
#include <optional>
#include <set>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "export/diff_dot.h"
#include "export/graph_reader.h"
#include "export/writer.h"
#include "eval/gold.h"
#include "eval/scorer.h"
#include "extract/extraction_json.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/parallel.h"
#include "extract/reader.h"
#include "graph/diff.h"
#include "graph/explain.h"
#include "graph/knowledge_graph.h"
#include "graph/view.h"

namespace actorgraph::cli {
namespace {

namespace fs = std::filesystem;

std::string DataDir(const CommonOptions& options) {
  if (!options.data_dir.empty()) return options.data_dir;
  if (const char* env = std::getenv("ACTORGRAPH_DATA"); env != nullptr && *env != '\0') return env;
  return ACTORGRAPH_DATA_DIR;
}

// The latest date an article may carry without a warning: tomorrow (UTC),
// since a day ahead of UTC is today in some time zones.
std::string LatestPlausibleDate() {
  using namespace std::chrono;
  const year_month_day day(floor<days>(system_clock::now()) + days(1));
  char text[16];
  std::snprintf(text, sizeof(text), "%04d-%02u-%02u", static_cast<int>(day.year()),
                static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return text;
}

// The --from/--to window: which articles it keeps, and how many it left out.
class WindowFilter {
 public:
  explicit WindowFilter(const CommonOptions& options) : from_(options.from), to_(options.to) {}

  // True when the article dated `date` (or kUnknownDate) is kept; counts the others.
  bool Keep(std::string_view date) {
    if (from_.empty() && to_.empty()) return true;
    bool dated = date != kUnknownDate;
    if (dated && (from_.empty() || date >= from_) && (to_.empty() || date <= to_)) return true;
    ++outside_;
    undated_ += !dated;
    return false;
  }

  // Says how many articles the window left out, when there is a window.
  void PrintTotal() const {
    if (from_.empty() && to_.empty()) return;
    std::cerr << "actorgraph: " << outside_ << " articles outside the date window "
              << (from_.empty() ? "..." : from_) << " to " << (to_.empty() ? "..." : to_) << " left out ("
              << undated_ << " of them undated)\n";
  }

  int outside() const { return outside_; }

 private:
  std::string from_, to_;
  int outside_ = 0;
  int undated_ = 0;
};

// Documents read from the inputs, with problems reported on stderr.

// At most this many articles are in flight between reading and consuming,
// so memory does not grow with the input (only the graph does, in build).
constexpr size_t kStreamBatch = 1024;

struct StreamResult {
  int read = 0;            // articles extracted
  int skipped = 0;
  int outside_window = 0;  // left out by --from/--to (undated ones included)
};

// Reads the articles of `options` and extracts them as they are read (on
// options.threads threads, see DocumentPipeline: reading, extracting and
// consuming overlap); `work` runs on the worker threads (an extraction, or an
// extraction made ready for output there), and `consume` gets every result in
// input order, on this thread. `wanted`, when given, picks the articles to
// extract. Problems go to `report` (printed on standard error as they come),
// with a progress line on a terminal.
template <typename Result>
StreamResult ProcessStreaming(const CommonOptions& options, std::function<Result(Document)> work,
                              const std::function<void(Result)>& consume, RunReport* report,
                              const std::function<bool(const Document&)>& wanted = nullptr) {
  StreamResult result;
  extract::ReadOptions read_options;
  read_options.default_date = options.default_date;
  read_options.latest_date = LatestPlausibleDate();
  WindowFilter window(options);
  Progress progress(0, Progress::TerminalWanted());
  extract::DocumentPipeline<Result> pipeline(options.threads, kStreamBatch, std::move(work), [&](Result r) {
    consume(std::move(r));
    progress.Advance();
  });
  extract::InputSink sink;
  sink.document = [&](Document d) {
    if (!window.Keep(d.date) || (wanted && !wanted(d))) return;
    ++result.read;
    pipeline.Submit(std::move(d));
  };
  sink.problem = [&](extract::InputProblem p) {
    progress.Clear();
    report->Report(p);
  };
  extract::ReadInputs(options.inputs, read_options, sink);
  pipeline.Finish();
  progress.Clear();
  report->PrintTotal();
  window.PrintTotal();
  result.skipped = report->skipped();
  result.outside_window = window.outside();
  report->SetCounts(result.read, result.outside_window);
  return result;
}


// ProcessStreaming with the extraction itself as the result.
StreamResult ExtractStreaming(const CommonOptions& options, const extract::Extractor& extractor,
                              const std::function<void(Extraction)>& consume, RunReport* report,
                              const std::function<bool(const Document&)>& wanted = nullptr) {
  return ProcessStreaming<Extraction>(options, extract::ExtractWith(extractor), consume, report, wanted);
}

absl::StatusOr<std::unique_ptr<const extract::Lexicon>> LoadLexicon(const CommonOptions& options) {
  std::string dir = DataDir(options);
  auto lexicon = extract::Lexicon::Load(dir);
  if (!lexicon.ok()) {
    return absl::Status(lexicon.status().code(),
                        absl::StrCat(lexicon.status().message(),
                                     " (lexicon directory: ", dir, "; set --data or ACTORGRAPH_DATA)"));
  }
  return lexicon;
}

int Fail(const absl::Status& status) {
  std::cerr << "actorgraph: error: " << status.message() << "\n";
  return kExitError;
}

// A graph with the user's alias file applied, if any.
absl::StatusOr<graph::KnowledgeGraph> NewGraph(const CommonOptions& options) {
  graph::KnowledgeGraph kg;
  if (!options.aliases.empty()) {
    auto table = graph::AliasTable::Load(options.aliases);
    if (!table.ok()) return table.status();
    kg.SetAliases(*std::move(table));
  }
  return kg;
}

// Checks options that the parser cannot: an invalid --date is a usage error.
bool ValidOptions(const CommonOptions& options) {
  for (auto [flag, value] : {std::pair<const char*, const std::string*>{"--date", &options.default_date},
                             {"--from", &options.from},
                             {"--to", &options.to}}) {
    if (value->empty()) continue;
    auto date = extract::NormalizeDate(*value);
    if (date.ok() && *date == *value) continue;
    std::cerr << "actorgraph: " << flag << ": " << (date.ok() ? "expected YYYY-MM-DD" : date.status().message())
              << "\n";
    return false;
  }
  if (!options.from.empty() && !options.to.empty() && options.from > options.to) {
    std::cerr << "actorgraph: --from " << options.from << " is after --to " << options.to << "\n";
    return false;
  }
  return true;
}

}  // namespace

// The merged graph of every readable input, with the counts the summary
// reports. Errors: no lexicon, no readable article, a bad alias file.
struct Merged {
  std::unique_ptr<const extract::Lexicon> lexicon;
  graph::KnowledgeGraph graph;
  int read = 0;
  int skipped = 0;
  int outside_window = 0;
};

absl::StatusOr<Merged> ReadAndMerge(const CommonOptions& options, RunReport* report) {
  Merged merged;
  auto lexicon = LoadLexicon(options);
  if (!lexicon.ok()) return lexicon.status();
  merged.lexicon = *std::move(lexicon);
  auto extractor = extract::NewExtractor("rules", merged.lexicon.get());
  auto new_graph = NewGraph(options);
  if (!new_graph.ok()) return new_graph.status();
  merged.graph = *std::move(new_graph);
  StreamResult input = ExtractStreaming(options, *extractor, [&](Extraction x) { merged.graph.Add(x); }, report);
  merged.read = input.read;
  merged.skipped = input.skipped;
  merged.outside_window = input.outside_window;
  if (merged.read == 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("no article could be read (", input.skipped, " skipped); nothing written"));
  }
  merged.graph.Finalize();
  return merged;
}

int RunExtract(const ExtractOptions& options) {
  if (!ValidOptions(options.common)) return kExitUsage;
  auto lexicon = LoadLexicon(options.common);
  if (!lexicon.ok()) return Fail(lexicon.status());
  auto extractor = extract::NewExtractor("rules", lexicon->get());
  // One JSON line per article, written as extraction goes: to standard
  // output, or to a temporary file renamed onto the output at the end.
  const bool to_stdout = options.output.empty() || options.output == "-";
  std::optional<exporter::AtomicFile> file;
  if (!to_stdout) {
    absl::StatusOr<exporter::AtomicFile> opened = exporter::AtomicFile::Open(options.output);
    if (!opened.ok()) return Fail(opened.status());
    file.emplace(*std::move(opened));
  }
  absl::Status written = absl::OkStatus();
  auto stdout_error = [] {
    return absl::DataLossError(absl::StrCat("cannot write to standard output: ", std::strerror(errno)));
  };
  uint64_t bytes = 0;
  RunReport report("extract", options.common.inputs);
  // Each line is written on the worker thread that extracted the article, so
  // the extraction is built and freed there.
  auto extract_line = [&](Document d) {
    std::string line;
    extract::AppendExtractionJson(extractor->Extract(d), &line);
    return line;
  };
  StreamResult input = ProcessStreaming<std::string>(
      options.common, extract_line,
      [&](std::string line) {
        if (!written.ok()) return;
        bytes += line.size();
        if (to_stdout) {
          std::cout << line;
          if (!std::cout) written = stdout_error();
        } else {
          written = file->Append(line);
        }
      },
      &report);
  if (written.ok() && to_stdout) {
    std::cout.flush();
    if (!std::cout) written = stdout_error();
  }
  if (written.ok() && file) written = file->Commit();
  if (!written.ok()) return Fail(written);
  const int count = input.read;
  std::cerr << "actorgraph: extracted " << count << " articles, skipped " << input.skipped << "\n";
  int status_code = input.skipped > 0 ? kExitInputSkipped : (count == 0 ? kExitError : kExitOk);
  // The report goes to --report, else beside a regular output file.
  std::string report_path = options.report;
  std::error_code ec;
  if (report_path.empty() && !to_stdout && fs::is_regular_file(options.output, ec)) {
    report_path = options.output + ".report.json";
  }
  if (!report_path.empty()) {
    if (to_stdout) {
      report.AddOutput("-", bytes);
    } else {
      report.AddOutput(options.output);
    }
    if (absl::Status s = report.Write(report_path, status_code); !s.ok()) return Fail(s);
  }
  return status_code;
}

namespace {

// Writes what `build` writes for `merged` into options.output_dir: the view
// that --focus/--top select, every writer's file and the Graphviz pictures;
// then prints the summary. Returns the exit status.
int WriteBuildOutputs(const BuildOptions& options, const Merged& merged, RunReport* report) {
  // A focus or a top restricts every output and the summary to a view.
  std::optional<graph::View> view;
  if (!options.focus.empty() || options.top > 0) {
    auto made = graph::MakeView(merged.graph, {options.focus, options.depth, options.top});
    if (!made.ok()) return Fail(absl::Status(made.status().code(), absl::StrCat(made.status().message(), "; nothing written")));
    view = *std::move(made);
    if (!view->note.empty()) std::cerr << "actorgraph: note: " << view->note << "\n";
  }
  const graph::KnowledgeGraph& kg = view ? view->graph : merged.graph;

  std::error_code ec;
  fs::create_directories(options.output_dir, ec);
  if (ec) {
    return Fail(absl::PermissionDeniedError(
        absl::StrCat(options.output_dir, ": cannot create output directory: ", ec.message())));
  }
  exporter::WriterOptions writer_options;
  if (!options.base_iri.empty()) writer_options.base_iri = options.base_iri;
  if (view) writer_options.title = view->description;
  writer_options.type_clusters = options.clusters;
  std::string dot_path;
  for (std::string_view format : exporter::WriterFormats()) {
    auto writer = exporter::NewWriter(format, writer_options);
    std::ostringstream buffer;
    absl::Status status = writer->Write(kg, buffer);
    if (!status.ok()) return Fail(status);
    std::string path = (fs::path(options.output_dir) / std::string(writer->file_name())).string();
    status = exporter::WriteFileAtomically(path, buffer.str());
    if (!status.ok()) return Fail(status);
    report->AddOutput(path);
    if (format == "dot") dot_path = path;
  }
  int status_code = merged.skipped > 0 ? kExitInputSkipped : kExitOk;
  if (options.render) {
    for (std::string_view format : {"svg", "png"}) {
      std::string picture = (fs::path(options.output_dir) / std::string("graph.").append(format)).string();
      absl::Status rendered = exporter::RenderWithGraphviz(dot_path, picture, format, options.layout);
      if (!rendered.ok()) {
        std::cerr << "actorgraph: error: graph." << format << " not written: " << rendered.message() << "\n";
        status_code = kExitError;
        break;
      }
      report->AddOutput(picture);
    }
  }
  const std::string report_path =
      options.report.empty() ? (fs::path(options.output_dir) / "report.json").string() : options.report;
  if (absl::Status s = report->Write(report_path, status_code); !s.ok()) return Fail(s);
  std::cout << graph::Summary(kg, merged.read, merged.skipped, 10, merged.outside_window,
                              view ? view->description : "");
  std::cout << "outputs:   " << options.output_dir << "/graph.{dot"
            << (options.render ? ",svg,png" : "") << ",graphml,jsonld}, " << options.output_dir
            << "/{nodes,edges}.csv, " << report_path << "\n";
  return status_code;
}

}  // namespace

int RunBuild(const BuildOptions& options) {
  if (!ValidOptions(options.common)) return kExitUsage;
  RunReport report("build", options.common.inputs);
  auto merged = ReadAndMerge(options.common, &report);
  if (!merged.ok()) return Fail(merged.status());
  return WriteBuildOutputs(options, *merged, &report);
}

int RunMerge(const BuildOptions& options) {
  if (!ValidOptions(options.common)) return kExitUsage;
  Merged merged;
  auto new_graph = NewGraph(options.common);
  if (!new_graph.ok()) return Fail(new_graph.status());
  merged.graph = *std::move(new_graph);
  RunReport report("merge", options.common.inputs);
  WindowFilter window(options.common);
  extract::ExtractionSink sink;
  sink.extraction = [&](Extraction x) {
    if (!window.Keep(x.document.date)) return;
    merged.graph.Add(x);
    ++merged.read;
  };
  sink.problem = [&](extract::InputProblem p) { report.Report(p); };
  extract::ReadExtractionFiles(options.common.inputs, sink);
  report.PrintTotal();
  window.PrintTotal();
  merged.skipped = report.skipped();
  merged.outside_window = window.outside();
  report.SetCounts(merged.read, merged.outside_window);
  if (merged.read == 0) {
    return Fail(absl::InvalidArgumentError(
        absl::StrCat("no extraction could be read (", merged.skipped, " skipped); nothing written")));
  }
  merged.graph.Finalize();
  return WriteBuildOutputs(options, merged, &report);
}

int RunRender(const RenderOptions& options) {
  std::string out = options.output;
  if (out.empty() || out == "-") {
    out = fs::path(options.dot).replace_extension(options.format).string();
  }
  if (!fs::is_regular_file(options.dot)) {
    std::cerr << "actorgraph: error: " << options.dot << ": no such DOT file\n";
    return kExitError;
  }
  absl::Status rendered = exporter::RenderWithGraphviz(options.dot, out, options.format, options.layout);
  if (!rendered.ok()) return Fail(rendered);
  std::cout << out << "\n";
  return kExitOk;
}

int RunExplain(const ExplainOptions& options) {
  if (!ValidOptions(options.common)) return kExitUsage;
  RunReport report(options.to.empty() ? "explain" : "path", options.common.inputs);
  auto merged = ReadAndMerge(options.common, &report);
  if (!merged.ok()) return Fail(merged.status());
  const graph::KnowledgeGraph& kg = merged->graph;
  long v = kg.FindNode(options.name);
  if (v < 0) {
    std::cerr << "actorgraph: no actor named \"" << options.name << "\" in the input\n";
    return kExitError;
  }
  if (!options.to.empty()) {
    long w = kg.FindNode(options.to);
    if (w < 0) {
      std::cerr << "actorgraph: no actor named \"" << options.to << "\" in the input\n";
      return kExitError;
    }
    std::cout << graph::DescribePath(kg, static_cast<graph::Vertex>(v), static_cast<graph::Vertex>(w));
    return merged->skipped > 0 ? kExitInputSkipped : kExitOk;
  }
  std::cout << graph::ExplainNode(kg, static_cast<graph::Vertex>(v), merged->lexicon.get());
  return merged->skipped > 0 ? kExitInputSkipped : kExitOk;
}

// Parses "FROM..TO" (either end may be empty) into a window; false if invalid.
bool ParseWindow(const std::string& text, graph::DateWindow* window) {
  size_t dots = text.find("..");
  if (dots == std::string::npos) return false;
  window->from = text.substr(0, dots);
  window->to = text.substr(dots + 2);
  for (const std::string* d : {&window->from, &window->to}) {
    if (d->empty()) continue;
    auto date = extract::NormalizeDate(*d);
    if (!date.ok() || *date != *d) return false;
  }
  return window->from.empty() || window->to.empty() || window->from <= window->to;
}

// A side of `diff` names a graph file by its extension; anything else is a window.
bool IsGraphFile(const std::string& side) { return side.ends_with(".graphml") || side.ends_with(".jsonld"); }

int DiffUsage(std::string_view message) {
  std::cerr << "actorgraph: " << message << "\n"
            << "usage: actorgraph diff INPUT... --old FROM..TO --new FROM..TO [--json] [--dot FILE]\n"
            << "       actorgraph diff --old OLD.graphml|OLD.jsonld --new NEW.graphml|NEW.jsonld [--json] [--dot FILE]\n";
  return kExitUsage;
}

int RunDiff(const DiffOptions& options) {
  const bool old_file = IsGraphFile(options.old_side);
  const bool new_file = IsGraphFile(options.new_side);
  if (old_file != new_file) {
    return DiffUsage("--old and --new must both be FROM..TO date windows or both be graph files (.graphml or .jsonld)");
  }
  graph::GraphDiff diff;
  int status_code = kExitOk;
  if (old_file) {
    const CommonOptions& common = options.common;
    if (!common.inputs.empty()) {
      return DiffUsage("comparing two graph files takes no INPUT (got \"" + common.inputs.front() + "\")");
    }
    if (!common.aliases.empty() || !common.default_date.empty() || !common.from.empty() || !common.to.empty()) {
      return DiffUsage("--aliases, --date, --from and --to apply to articles, not to graph files");
    }
    auto old_snapshot = exporter::ReadGraphFile(options.old_side);
    if (!old_snapshot.ok()) return Fail(old_snapshot.status());
    auto new_snapshot = exporter::ReadGraphFile(options.new_side);
    if (!new_snapshot.ok()) return Fail(new_snapshot.status());
    diff = graph::DiffSnapshots(*old_snapshot, *new_snapshot);
  } else {
    graph::DateWindow old_window, new_window;
    if (!ParseWindow(options.old_side, &old_window) || !ParseWindow(options.new_side, &new_window)) {
      return DiffUsage(
          "--old and --new need FROM..TO windows of YYYY-MM-DD dates (either end may be empty), "
          "or two graph files (.graphml or .jsonld)");
    }
    if (options.common.inputs.empty()) return DiffUsage("comparing two date windows needs the articles: no INPUT given");
    if (!ValidOptions(options.common)) return kExitUsage;
    RunReport report("diff", options.common.inputs);
    auto merged = ReadAndMerge(options.common, &report);
    if (!merged.ok()) return Fail(merged.status());
    diff = graph::DiffWindows(merged->graph, old_window, new_window);
    status_code = merged->skipped > 0 ? kExitInputSkipped : kExitOk;
  }
  std::cout << (options.json ? graph::DiffJson(diff) : graph::DiffText(diff));
  if (!options.dot.empty()) {
    std::ostringstream dot;
    absl::Status status = exporter::WriteDiffDot(diff, dot);
    if (status.ok()) status = exporter::WriteFileAtomically(options.dot, dot.str());
    if (!status.ok()) return Fail(status);
    absl::Status rendered = exporter::RenderWithGraphviz(options.dot, options.dot + ".svg", "svg");
    if (!rendered.ok()) {
      std::cerr << "actorgraph: error: " << options.dot << ".svg not written: " << rendered.message() << "\n";
      status_code = kExitError;
    }
  }
  return status_code;
}

int RunEval(const EvalOptions& options) {
  if (!ValidOptions(options.common)) return kExitUsage;
  auto gold = eval::LoadGoldDirectory(options.gold_dir);
  if (!gold.ok()) return Fail(gold.status());
  auto lexicon = LoadLexicon(options.common);
  if (!lexicon.ok()) return Fail(lexicon.status());
  CommonOptions common = options.common;
  if (common.inputs.empty()) {
    // The layout of ../shared: gold/dev/ beside corpus/articles.jsonl.
    fs::path guess = fs::path(options.gold_dir) / ".." / ".." / "corpus" / "articles.jsonl";
    std::cerr << "actorgraph: no INPUT given; reading " << guess.lexically_normal().string() << "\n";
    common.inputs.push_back(guess.lexically_normal().string());
  }
  std::map<std::string, const eval::GoldDocument*> gold_by_id;
  for (const auto& g : *gold) gold_by_id[g.doc] = &g;
  std::set<std::string> seen;
  auto extractor = extract::NewExtractor("rules", lexicon->get());
  auto new_graph = NewGraph(options.common);
  if (!new_graph.ok()) return Fail(new_graph.status());
  graph::KnowledgeGraph& kg = *new_graph;
  eval::Evaluator evaluator((*lexicon)->Honorifics());
  // Only the articles that have gold take part.
  RunReport report("eval", common.inputs);
  StreamResult input = ExtractStreaming(
      common, *extractor,
      [&](Extraction x) {
        seen.insert(x.document.id);
        evaluator.AddDocument(*gold_by_id[x.document.id], x);
        kg.Add(x);
      },
      &report, [&](const Document& d) { return gold_by_id.contains(d.id); });
  for (const auto& g : *gold) {
    if (!seen.contains(g.doc)) evaluator.AddMissingDocument(g);
  }
  kg.Finalize();
  evaluator.ScoreMerging(kg);
  std::cout << eval::FormatReport(evaluator.report(), options.verbose);
  return input.skipped > 0 ? kExitInputSkipped : kExitOk;
}

}  // namespace actorgraph::cli
