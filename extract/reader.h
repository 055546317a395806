// Reading articles: plain-text files with optional front matter, JSON Lines
// corpora, and standard input.
//
// Bad input never stops a run: each unreadable file, invalid article or
// malformed line is reported through InputSink::Problem (naming the file and
// line) and reading goes on with the rest.
#ifndef ACTORGRAPH_EXTRACT_READER_H_
#define ACTORGRAPH_EXTRACT_READER_H_

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "model/model.h"

namespace actorgraph::extract {

struct ReadOptions {
  // Date for articles whose metadata has none ("YYYY-MM-DD"); empty = unknown.
  std::string default_date;
  // Articles dated after this day ("YYYY-MM-DD") are processed with a warning
  // that their date is in the future; empty = no check.
  std::string latest_date;
  // A text file or JSON line longer than this is skipped unread (the line is
  // read past in bounded memory): no news article is this long.
  size_t max_article_bytes = size_t{16} << 20;
};

// Something wrong with the input. `skipped` is true when an article (or a
// whole file) was not processed; false for warnings about processed ones.
struct InputProblem {
  InputProblem(std::string origin, std::string message, bool skipped = true, std::string file = "",
               int line = 0, std::string id = "")
      : origin(std::move(origin)), message(std::move(message)), skipped(skipped), file(std::move(file)),
        line(line), id(std::move(id)) {}

  std::string origin;   // "path" or "path:line"
  std::string message;  // what is wrong, in plain words
  bool skipped = true;
  // For the run report, when known: the file ("<stdin>" for standard input),
  // the 1-based line (0: the whole file) and the article's id.
  std::string file;
  int line = 0;
  std::string id;
};

// Receives documents and problems in input order.
struct InputSink {
  std::function<void(Document)> document;
  std::function<void(InputProblem)> problem;
};

// Expands `inputs` (files, directories searched recursively for *.txt in
// sorted order, "-" for standard input) and reads every article. Files ending
// in .jsonl are JSON Lines, and so are .jsonl.gz files (gzip, inflated as
// they are read); other files are one plain-text article each. Standard input is JSON Lines when its first
// non-blank byte is '{', else one plain-text article. Article ids must be
// unique: a repeated id is reported and that article skipped.
// Returns the number of articles delivered.
int ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options,
               const InputSink& sink);

// Reads the articles of the JSON Lines stream `in` (ParseJsonLine on each
// line; blank lines skipped, a trailing '\r' ignored). `name` labels problems
// as "name:LINE"; an article without an id is "<id_prefix>-<LINE>". Each bad
// line is reported and skipped; ids are not checked for uniqueness (ReadInputs
// does that). Returns the number of articles delivered.
int ReadJsonLines(std::istream& in, const std::string& name, const std::string& id_prefix,
                  const ReadOptions& options, const InputSink& sink);

// Parses one plain-text article. An optional front matter block
//   ---
//   id: ...
//   date: 2024-03-04
//   title: ... / source: ... / url: ...
//   ---
// precedes the body; Document::text is the body after it. `default_id` is used
// when the front matter gives no id. Errors: not UTF-8, NUL bytes, empty body,
// unterminated front matter, unknown key, invalid date. `found_id`, when
// given, is set to the article's id even when it is rejected.
absl::StatusOr<Document> ParseTextArticle(std::string_view content, std::string_view default_id,
                                          const ReadOptions& options, std::string* found_id = nullptr);

// Parses one JSON Lines record: an object with string "text" (required,
// non-empty) and optional string-or-null "id", "date", "title", "source",
// "url". Errors name what is wrong (malformed JSON at offset N, missing text,
// wrong type of a field). `found_id`, when given, is set to the line's
// string "id" (or `default_id`) even when the line is rejected.
absl::StatusOr<Document> ParseJsonLine(std::string_view line, std::string_view default_id,
                                       const ReadOptions& options, std::string* found_id = nullptr);

// True when `text` is valid UTF-8 (no overlongs, surrogates or values above
// U+10FFFF). Otherwise sets *error_offset to the first bad byte.
bool IsValidUtf8(std::string_view text, size_t* error_offset = nullptr);

// Accepts "YYYY-MM-DD" (a real calendar date) or an ISO date-time starting
// with one; returns the "YYYY-MM-DD" part.
absl::StatusOr<std::string> NormalizeDate(std::string_view date);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_EXTRACT_READER_H_
