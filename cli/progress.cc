#include "cli/progress.h"

#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <iostream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace actorgraph::cli {
namespace {

// 22004 -> "22,004".
std::string Thousands(size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

std::string FormatProgress(size_t done, size_t total, double seconds) {
  std::string line = total > 0 ? absl::StrCat("extracting ", Thousands(done), " / ", Thousands(total),
                                               " articles (", done * 100 / total, "%)")
                               : absl::StrCat("extracting ", Thousands(done), " articles");
  if (seconds > 0 && done > 0) {
    const double rate = static_cast<double>(done) / seconds;
    absl::StrAppend(&line, ", ", Thousands(static_cast<size_t>(rate)), " articles/s");
    if (total > 0 && done < total) {
      const double left = static_cast<double>(total - done) / rate;
      absl::StrAppend(&line, ", ", left < 60 ? absl::StrFormat("%.0f s", left)
                                              : absl::StrFormat("%.0f min", left / 60), " left");
    }
  }
  return line;
}

Progress::Progress(size_t total, bool enabled)
    : total_(total), enabled_(enabled), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

bool Progress::TerminalWanted() {
  const char* term = std::getenv("TERM");
  return ::isatty(STDERR_FILENO) == 1 && term != nullptr && std::strcmp(term, "dumb") != 0;
}

Progress::~Progress() { Clear(); }

void Progress::Clear() {
  if (drawn_) std::cerr << "\r\033[K" << std::flush;
  drawn_ = false;
}

void Progress::Advance() {
  ++done_;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100) && done_ != total_) return;
  last_draw_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  std::cerr << "\r\033[K" << FormatProgress(done_, total_, seconds) << std::flush;
  drawn_ = true;
}

}  // namespace actorgraph::cli
