// The run report: every article a run met is accounted for, processed,
// skipped (with its file, line, id and reason) or left out by --from/--to,
// and written as JSON beside the outputs (README, "The run report").
#ifndef ACTORGRAPH_CLI_REPORT_H_
#define ACTORGRAPH_CLI_REPORT_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "extract/reader.h"

namespace actorgraph::cli {

class RunReport {
 public:
  // `command` is "build", "extract" or "merge"; `inputs` as given.
  RunReport(std::string command, std::vector<std::string> inputs);

  // Prints `problem` on standard error and keeps it; a skipped article
  // counts under its reason.
  void Report(const extract::InputProblem& problem);
  // Prints "N articles skipped in all (reason: n; ...)" when any was.
  void PrintTotal() const;
  int skipped() const { return static_cast<int>(skips_.size()); }

  // Articles processed, and articles left out by the date window.
  void SetCounts(int processed, int outside_window) {
    processed_ = processed;
    outside_window_ = outside_window;
  }
  // An output file, listed with its size in bytes as it is now.
  void AddOutput(const std::string& path);
  // An output written as a stream (standard output): `bytes` written.
  void AddOutput(const std::string& path, uint64_t bytes) { outputs_.push_back({path, bytes}); }

  // The report as JSON, keys in a fixed order.
  std::string Json(int exit_status) const;
  // Writes Json() atomically to `path`.
  absl::Status Write(const std::string& path, int exit_status) const;

  // The reason of a skip: its message without the specifics
  // ("malformed JSON at column 21: ..." -> "malformed JSON").
  static std::string Reason(const std::string& message);

 private:
  struct Output {
    std::string path;
    uint64_t bytes = 0;
  };
  std::string command_;
  std::vector<std::string> inputs_;
  std::vector<extract::InputProblem> skips_, warnings_;  // in input order
  std::map<std::string, int> by_reason_;  // sorted, so the total reads the same every run
  int processed_ = 0;
  int outside_window_ = 0;
  std::vector<Output> outputs_;
};

}  // namespace actorgraph::cli

#endif  // ACTORGRAPH_CLI_REPORT_H_
