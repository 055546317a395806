#include "extract/reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <functional>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "extract/gzip_buffer.h"
#include "extract/json_parse.h"
#include "model/strings.h"
#include "rapidjson/document.h"
#include "rapidjson/error/en.h"

namespace actorgraph::extract {
namespace {

namespace fs = std::filesystem;

// Reads `prefix`, then everything `rest` gives: standard input after the
// blanks that were read to see what kind of input it is.
class PrefixedBuffer : public std::streambuf {
 public:
  PrefixedBuffer(std::string prefix, std::streambuf* rest) : prefix_(std::move(prefix)), rest_(rest) {
    setg(prefix_.data(), prefix_.data(), prefix_.data() + prefix_.size());
  }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    std::streamsize n = rest_->sgetn(buffer_, sizeof(buffer_));
    if (n <= 0) return traits_type::eof();
    setg(buffer_, buffer_, buffer_ + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::string prefix_;
  std::streambuf* rest_;
  char buffer_[1 << 16];
};

// A problem at `line` of `file` (0: the whole file).
InputProblem Problem(const std::string& file, int line, std::string message, bool skipped = true,
                     std::string id = "") {
  std::string origin = line > 0 ? absl::StrCat(file, ":", line) : file;
  return {std::move(origin), std::move(message), skipped, file, line, std::move(id)};
}

std::string TooLarge(size_t bytes, size_t max) {
  return absl::StrCat("article too large (", bytes, " bytes; the limit is ", max, ")");
}

// Reads the next line into *line as std::getline does, in bounded memory: a
// line longer than `max` is read past and left empty. *length is the line's
// length either way. Returns false at the end of the input.
bool ReadBoundedLine(std::istream& in, size_t max, std::string* line, size_t* length) {
  line->clear();
  *length = 0;
  bool any = false;
  char buffer[1 << 16];
  while (true) {
    in.getline(buffer, sizeof(buffer));
    const size_t got = static_cast<size_t>(in.gcount());
    // The buffer filled up before the end of the line: read on.
    const bool more = in.fail() && !in.eof() && !in.bad() && got == sizeof(buffer) - 1;
    const bool delimited = !in.fail() && !in.eof();  // the newline was read and counted
    const size_t chars = delimited ? got - 1 : got;
    any = any || got > 0;
    *length += chars;
    if (*length <= max) {
      line->append(buffer, chars);
    } else if (!line->empty()) {
      line->clear();
      line->shrink_to_fit();
    }
    if (!more) return any;
    in.clear();
  }
}

// 1-based line number of byte `offset` in `text`.
int LineOf(std::string_view text, size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + std::min(offset, text.size()), '\n'));
}

bool IsBlank(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return absl::ascii_isspace(static_cast<unsigned char>(c)); });
}

// Checks the body of an article: UTF-8, no NUL, not empty.
absl::Status CheckBody(std::string_view text, size_t base_offset, std::string_view whole) {
  size_t bad = 0;
  if (!IsValidUtf8(text, &bad)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "line ", LineOf(whole, base_offset + bad), ": not valid UTF-8 (byte offset ",
        base_offset + bad, "); convert the file to UTF-8"));
  }
  size_t nul = text.find('\0');
  if (nul != std::string_view::npos) {
    return absl::InvalidArgumentError(absl::StrCat("line ", LineOf(whole, base_offset + nul),
                                                   ": contains NUL bytes (binary data?)"));
  }
  if (IsBlank(text)) return absl::InvalidArgumentError("empty article (no text)");
  return absl::OkStatus();
}

absl::StatusOr<std::string> ReadWholeFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot read: ", std::strerror(errno)));
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return absl::DataLossError(absl::StrCat("read error: ", std::strerror(errno)));
  return content;
}

// Reads the articles of a JSON Lines stream; `deliver` also gets the line.
int ReadJsonLinesNumbered(std::istream& in, const std::string& name, const std::string& id_prefix,
                  const ReadOptions& options, const std::function<void(Document, int)>& deliver,
                  const InputSink& sink) {
  std::string line;
  size_t length = 0;
  int line_number = 0;
  int delivered = 0;
  while (ReadBoundedLine(in, options.max_article_bytes, &line, &length)) {
    ++line_number;
    if (length > options.max_article_bytes) {
      sink.problem(Problem(name, line_number, TooLarge(length, options.max_article_bytes)));
      continue;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (IsBlank(line)) continue;
    std::string id;
    absl::StatusOr<Document> doc =
        ParseJsonLine(line, absl::StrCat(id_prefix, "-", line_number), options, &id);
    if (!doc.ok()) {
      sink.problem(Problem(name, line_number, std::string(doc.status().message()), true, id));
      continue;
    }
    doc->origin = absl::StrCat(name, ":", line_number);
    deliver(*std::move(doc), line_number);
    ++delivered;
  }
  if (in.bad()) sink.problem(Problem(name, 0, "read error while reading the file"));
  return delivered;
}

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }


}  // namespace

bool IsValidUtf8(std::string_view text, size_t* error_offset) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time.
    while (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, s + i, 8);
      if ((word & 0x8080808080808080ULL) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len;
    char32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      if (error_offset) *error_offset = i;
      return false;
    }
    if (i + len > n) {
      if (error_offset) *error_offset = i;
      return false;
    }
    for (int k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) {
        if (error_offset) *error_offset = i;
        return false;
      }
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      if (error_offset) *error_offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

absl::StatusOr<std::string> NormalizeDate(std::string_view date) {
  date = Strip(date);
  auto digits = [&](size_t from, size_t count) {
    int v = 0;
    for (size_t k = from; k < from + count; ++k) {
      if (k >= date.size() || !absl::ascii_isdigit(static_cast<unsigned char>(date[k]))) return -1;
      v = v * 10 + (date[k] - '0');
    }
    return v;
  };
  int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
  bool shape = date.size() >= 10 && date[4] == '-' && date[7] == '-' &&
               (date.size() == 10 || date[10] == 'T' || date[10] == ' ');
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (!shape || y < 0 || m < 1 || m > 12 || d < 1 ||
      d > kDays[m - 1] + (m == 2 && IsLeapYear(y) ? 1 : 0)) {
    return absl::InvalidArgumentError(
        absl::StrCat("invalid date \"", ToAbsl(date.substr(0, 40)), "\" (expected YYYY-MM-DD)"));
  }
  return std::string(date.substr(0, 10));
}

absl::StatusOr<Document> ParseTextArticle(std::string_view content, std::string_view default_id,
                                          const ReadOptions& options, std::string* found_id) {
  Document doc;
  doc.id = std::string(default_id);
  if (found_id != nullptr) *found_id = doc.id;
  size_t body_start = 0;
  std::string_view first_line = content.substr(0, content.find('\n'));
  if (StripTrailing(first_line) == "---") {
    size_t pos = first_line.size() + 1;
    bool closed = false;
    std::set<std::string> seen;
    while (pos <= content.size()) {
      size_t eol = content.find('\n', pos);
      if (eol == std::string_view::npos) eol = content.size();
      std::string_view line = StripTrailing(content.substr(pos, eol - pos));
      int line_number = LineOf(content, pos);
      if (line == "---") {
        closed = true;
        body_start = std::min(eol + 1, content.size());
        break;
      }
      if (!line.empty() && line[0] != '#') {
        size_t colon = line.find(':');
        if (colon == std::string_view::npos) {
          return absl::InvalidArgumentError(absl::StrCat(
              "line ", line_number,
              ": front matter line is not \"key: value\" (is the closing \"---\" missing?)"));
        }
        std::string key(Strip(line.substr(0, colon)));
        for (char& c : key) c = absl::ascii_tolower(static_cast<unsigned char>(c));
        std::string value(Strip(line.substr(colon + 1)));
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
            value.back() == value.front()) {
          value = value.substr(1, value.size() - 2);
        }
        if (!seen.insert(key).second) {
          return absl::InvalidArgumentError(
              absl::StrCat("line ", line_number, ": front matter key \"", key, "\" repeated"));
        }
        size_t bad = 0;
        if (!IsValidUtf8(value, &bad)) {
          return absl::InvalidArgumentError(
              absl::StrCat("line ", line_number, ": front matter value is not valid UTF-8"));
        }
        if (key == "id") {
          if (value.empty()) {
            return absl::InvalidArgumentError(absl::StrCat("line ", line_number, ": empty id"));
          }
          doc.id = value;
          if (found_id != nullptr) *found_id = doc.id;
        } else if (key == "date") {
          if (!value.empty()) {
            absl::StatusOr<std::string> date = NormalizeDate(value);
            if (!date.ok()) {
              return absl::InvalidArgumentError(
                  absl::StrCat("line ", line_number, ": ", date.status().message()));
            }
            doc.date = *date;
          }
        } else if (key == "title") {
          doc.title = value;
        } else if (key == "source") {
          doc.source = value;
        } else if (key == "url") {
          doc.url = value;
        } else {
          return absl::InvalidArgumentError(absl::StrCat(
              "line ", line_number, ": unknown front matter key \"", key,
              "\" (known: id, date, title, source, url)"));
        }
      }
      pos = eol + 1;
    }
    if (!closed) {
      return absl::InvalidArgumentError(
          "front matter opened with \"---\" on line 1 is never closed by a \"---\" line");
    }
  }
  std::string_view body = content.substr(body_start);
  absl::Status body_ok = CheckBody(body, body_start, content);
  if (!body_ok.ok()) return body_ok;
  doc.text = std::string(body);
  if (doc.date.empty()) {
    doc.date = options.default_date.empty() ? std::string(kUnknownDate) : options.default_date;
  }
  return doc;
}

absl::StatusOr<Document> ParseJsonLine(std::string_view line, std::string_view default_id,
                                       const ReadOptions& options, std::string* found_id) {
  if (found_id != nullptr) found_id->clear();
  rapidjson::Document json;
  // Trailing garbage after the object is an error; deep nesting is not a crash.
  const rapidjson::ParseResult parsed = ParseJson(line, &json);
  if (parsed.IsError()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "malformed JSON at column ", parsed.Offset() + 1, ": ", rapidjson::GetParseError_En(parsed.Code())));
  }
  if (!json.IsObject()) return absl::InvalidArgumentError("JSON line is not an object");
  Document doc;
  doc.id = std::string(default_id);
  if (found_id != nullptr) {
    auto id = json.FindMember("id");
    const bool given = id != json.MemberEnd() && id->value.IsString();
    *found_id = given ? std::string(id->value.GetString(), id->value.GetStringLength()) : doc.id;
  }
  auto field = [&](const char* key, std::string* out) -> absl::Status {
    auto it = json.FindMember(key);
    if (it == json.MemberEnd() || it->value.IsNull()) return absl::OkStatus();
    if (!it->value.IsString()) {
      return absl::InvalidArgumentError(absl::StrCat("field \"", key, "\" is not a string"));
    }
    *out = std::string(it->value.GetString(), it->value.GetStringLength());
    return absl::OkStatus();
  };
  std::string date;
  for (auto [key, out] : {std::pair<const char*, std::string*>{"id", &doc.id},
                          {"date", &date},
                          {"title", &doc.title},
                          {"source", &doc.source},
                          {"url", &doc.url},
                          {"text", &doc.text}}) {
    absl::Status s = field(key, out);
    if (!s.ok()) return s;
  }
  if (json.FindMember("text") == json.MemberEnd() || json["text"].IsNull()) {
    return absl::InvalidArgumentError("no \"text\" field");
  }
  if (doc.id.empty()) return absl::InvalidArgumentError("empty \"id\"");
  // RapidJSON decodes \u escapes, so the text may hold NULs or lone surrogates.
  size_t bad = 0;
  if (!IsValidUtf8(doc.text, &bad)) {
    return absl::InvalidArgumentError(
        absl::StrCat("\"text\" is not valid UTF-8 (byte offset ", bad, " of the text)"));
  }
  if (doc.text.find('\0') != std::string::npos) {
    return absl::InvalidArgumentError("\"text\" contains NUL characters");
  }
  if (IsBlank(doc.text)) return absl::InvalidArgumentError("empty article (\"text\" is blank)");
  if (!date.empty()) {
    absl::StatusOr<std::string> normalized = NormalizeDate(date);
    if (!normalized.ok()) return normalized.status();
    doc.date = *normalized;
  } else {
    doc.date = options.default_date.empty() ? std::string(kUnknownDate) : options.default_date;
  }
  return doc;
}

int ReadJsonLines(std::istream& in, const std::string& name, const std::string& id_prefix,
                  const ReadOptions& options, const InputSink& sink) {
  return ReadJsonLinesNumbered(
      in, name, id_prefix, options, [&](Document doc, int) { sink.document(std::move(doc)); }, sink);
}

namespace {

// The article ids met so far, as 128-bit fingerprints made of two unrelated
// 64-bit hashes (the standard library's and FNV-1a): 16 bytes per article
// whatever the id's length, so a run over millions of articles keeps its
// memory for the graph. Two different ids share a fingerprint with a
// probability far below that of a disk error (about 2^-128 per pair).
class IdSet {
 public:
  // Returns false when `id` was inserted before.
  bool Insert(std::string_view id) {
    uint64_t fnv = 14695981039346656037ull;
    for (unsigned char c : id) {
      fnv ^= c;
      fnv *= 1099511628211ull;
    }
    return fingerprints_.insert({std::hash<std::string_view>()(id), fnv}).second;
  }

 private:
  absl::flat_hash_set<std::pair<uint64_t, uint64_t>> fingerprints_;
};

}  // namespace

int ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options,
               const InputSink& sink) {
  IdSet ids;
  int delivered = 0;
  // `doc` comes from `line` of `file` (0: the whole file).
  auto deliver = [&](Document doc, const std::string& file, int line) {
    if (!ids.Insert(doc.id)) {
      sink.problem(Problem(file, line, absl::StrCat("duplicate article id \"", doc.id, "\" (the first one is kept)"),
                           true, doc.id));
      return;
    }
    if (!options.latest_date.empty() && doc.date != kUnknownDate && doc.date > options.latest_date) {
      sink.problem(Problem(file, line, absl::StrCat("date ", doc.date, " is in the future; the article is processed with it"),
                           false, doc.id));
    }
    ++delivered;
    sink.document(std::move(doc));
  };

  auto read_text = [&](const std::string& name, std::string_view content, std::string_view id) {
    if (content.size() > options.max_article_bytes) {
      sink.problem(Problem(name, 0, TooLarge(content.size(), options.max_article_bytes), true, std::string(id)));
      return;
    }
    std::string found_id;
    absl::StatusOr<Document> doc = ParseTextArticle(content, id, options, &found_id);
    if (!doc.ok()) {
      // Messages that start with "line N:" become "path:N: ...".
      std::string_view msg = ToStd(doc.status().message());
      int line = 0;
      if (msg.rfind("line ", 0) == 0) {
        msg.remove_prefix(5);
        size_t colon = msg.find(':');
        line = std::stoi(std::string(msg.substr(0, colon)));
        msg = StripLeading(msg.substr(colon + 1));
      }
      sink.problem(Problem(name, line, std::string(msg), true, found_id));
      return;
    }
    doc->origin = name;
    deliver(*std::move(doc), name, 0);
  };

  auto read_file = [&](const fs::path& path) {
    std::string name = path.string();
    if (absl::EndsWith(name, ".jsonl.gz")) {
      GzipBuffer buffer(name);
      if (!buffer.opened()) {
        sink.problem(Problem(name, 0, absl::StrCat("cannot read: ", buffer.error())));
        return;
      }
      std::istream in(&buffer);
      ReadJsonLinesNumbered(in, name, fs::path(path.stem()).stem().string(), options,
                    [&](Document d, int line) { deliver(std::move(d), name, line); }, sink);
      if (!buffer.error().empty()) {
        sink.problem(Problem(name, 0, absl::StrCat(buffer.error(), "; the articles before it were read")));
      }
      return;
    }
    if (path.extension() == ".jsonl") {
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        sink.problem(Problem(name, 0, absl::StrCat("cannot read: ", std::strerror(errno))));
        return;
      }
      ReadJsonLinesNumbered(in, name, path.stem().string(), options,
                    [&](Document d, int line) { deliver(std::move(d), name, line); }, sink);
      return;
    }
    // A file too large to be an article is not read at all.
    std::error_code size_error;
    if (uintmax_t size = fs::file_size(path, size_error); !size_error && size > options.max_article_bytes) {
      sink.problem(Problem(name, 0, TooLarge(size, options.max_article_bytes), true, path.stem().string()));
      return;
    }
    absl::StatusOr<std::string> content = ReadWholeFile(path);
    if (!content.ok()) {
      sink.problem(Problem(name, 0, std::string(content.status().message())));
      return;
    }
    read_text(name, *content, path.stem().string());
  };

  for (const std::string& input : inputs) {
    if (input == "-") {
      // The leading blanks decide the kind; JSON Lines are then read as they
      // arrive (a pipe may be endless), a plain article whole.
      std::string blanks;
      for (int c = std::cin.peek(); c == ' ' || c == '\t' || c == '\r' || c == '\n'; c = std::cin.peek()) {
        blanks += static_cast<char>(std::cin.get());
      }
      if (std::cin.peek() == '{') {
        PrefixedBuffer buffer(blanks, std::cin.rdbuf());
        std::istream in(&buffer);
        ReadJsonLinesNumbered(in, "<stdin>", "stdin", options,
                      [&](Document d, int line) { deliver(std::move(d), "<stdin>", line); }, sink);
      } else {
        // Held up to the limit; past it, only counted.
        std::string content = blanks;
        size_t total = content.size();
        char buffer[1 << 16];
        while (std::cin.read(buffer, sizeof(buffer)) || std::cin.gcount() > 0) {
          const auto n = static_cast<size_t>(std::cin.gcount());
          total += n;
          if (total <= options.max_article_bytes) content.append(buffer, n);
        }
        if (total > options.max_article_bytes) {
          sink.problem(Problem("<stdin>", 0, TooLarge(total, options.max_article_bytes), true, "stdin"));
        } else {
          read_text("<stdin>", content, "stdin");
        }
      }
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(input, ec);
    if (status.type() == fs::file_type::not_found) {
      sink.problem(Problem(input, 0, "no such file or directory"));
      continue;
    }
    if (ec) {
      sink.problem(Problem(input, 0, absl::StrCat("cannot read: ", ec.message())));
      continue;
    }
    if (fs::is_directory(status)) {
      std::vector<fs::path> files;
      fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().extension() == ".txt") files.push_back(it->path());
      }
      if (ec) sink.problem(Problem(input, 0, absl::StrCat("cannot list directory: ", ec.message()), false));
      std::sort(files.begin(), files.end());
      if (files.empty()) sink.problem(Problem(input, 0, "directory holds no *.txt article", false));
      for (const fs::path& f : files) read_file(f);
    } else {
      read_file(input);
    }
  }
  return delivered;
}

}  // namespace actorgraph::extract
