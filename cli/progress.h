// A one-line progress display on standard error for long extractions:
// articles done, articles per second and time left. Shown only when standard
// error is a terminal (never in pipes, files or CI logs).
//
// THREAD SAFETY: Advance() is called from the thread that consumes
// extractions, one call at a time.
#ifndef ACTORGRAPH_CLI_PROGRESS_H_
#define ACTORGRAPH_CLI_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <string>

namespace actorgraph::cli {

// The text of the progress line for `done` of `total` articles after
// `seconds`: "extracting 1,200 / 22,004 articles (5%), 4,800 articles/s, 4 s left";
// `total` 0 when unknown (input still being read): "extracting 1,200 articles, ...".
std::string FormatProgress(size_t done, size_t total, double seconds);

class Progress {
 public:
  // `total` articles are to be extracted (0: unknown); `enabled` false shows nothing.
  Progress(size_t total, bool enabled);
  // Shown when standard error is a terminal whose TERM is not "dumb".
  static bool TerminalWanted();
  ~Progress();  // clears the line
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // One more article is done; redraws at most ten times a second.
  void Advance();
  // Erases the line, so another message can be printed; the next Advance()
  // draws it again.
  void Clear();

 private:
  size_t total_;
  size_t done_ = 0;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace actorgraph::cli

#endif  // ACTORGRAPH_CLI_PROGRESS_H_
