#include "extract/reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>

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

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

bool IsValidUtf8(std::string_view text, size_t* error_offset) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  size_t i = 0;
  while (i < n) {
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
                                          const ReadOptions& options) {
  Document doc;
  doc.id = std::string(default_id);
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
                                       const ReadOptions& options) {
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
  std::string line;
  int line_number = 0;
  int delivered = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (IsBlank(line)) continue;
    std::string origin = absl::StrCat(name, ":", line_number);
    absl::StatusOr<Document> doc =
        ParseJsonLine(line, absl::StrCat(id_prefix, "-", line_number), options);
    if (!doc.ok()) {
      sink.problem({origin, std::string(doc.status().message()), true});
      continue;
    }
    doc->origin = origin;
    sink.document(*std::move(doc));
    ++delivered;
  }
  if (in.bad()) sink.problem({name, "read error while reading the file", true});
  return delivered;
}

int ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options,
               const InputSink& sink) {
  std::set<std::string> ids;
  int delivered = 0;
  auto deliver = [&](Document doc) {
    if (!ids.insert(doc.id).second) {
      sink.problem({doc.origin, absl::StrCat("duplicate article id \"", doc.id,
                                             "\" (the first one is kept)"),
                    true});
      return;
    }
    ++delivered;
    sink.document(std::move(doc));
  };
  // JSON Lines articles go through the same id check.
  const InputSink checked{deliver, sink.problem};

  auto read_text = [&](const std::string& name, std::string_view content, std::string_view id) {
    absl::StatusOr<Document> doc = ParseTextArticle(content, id, options);
    if (!doc.ok()) {
      // Messages that start with "line N:" become "path:N: ...".
      std::string_view msg = ToStd(doc.status().message());
      if (msg.rfind("line ", 0) == 0) {
        msg.remove_prefix(5);
        size_t colon = msg.find(':');
        sink.problem({absl::StrCat(name, ":", ToAbsl(msg.substr(0, colon))),
                      std::string(StripLeading(msg.substr(colon + 1))), true});
      } else {
        sink.problem({name, std::string(msg), true});
      }
      return;
    }
    doc->origin = name;
    deliver(*std::move(doc));
  };

  auto read_file = [&](const fs::path& path) {
    std::string name = path.string();
    if (absl::EndsWith(name, ".jsonl.gz")) {
      GzipBuffer buffer(name);
      if (!buffer.opened()) {
        sink.problem({name, absl::StrCat("cannot read: ", buffer.error()), true});
        return;
      }
      std::istream in(&buffer);
      ReadJsonLines(in, name, fs::path(path.stem()).stem().string(), options, checked);
      if (!buffer.error().empty()) {
        sink.problem({name, absl::StrCat(buffer.error(), "; the articles before it were read"), true});
      }
      return;
    }
    if (path.extension() == ".jsonl") {
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        sink.problem({name, absl::StrCat("cannot read: ", std::strerror(errno)), true});
        return;
      }
      ReadJsonLines(in, name, path.stem().string(), options, checked);
      return;
    }
    absl::StatusOr<std::string> content = ReadWholeFile(path);
    if (!content.ok()) {
      sink.problem({name, std::string(content.status().message()), true});
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
        ReadJsonLines(in, "<stdin>", "stdin", options, checked);
      } else {
        std::string content = blanks;
        content.append(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        read_text("<stdin>", content, "stdin");
      }
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(input, ec);
    if (status.type() == fs::file_type::not_found) {
      sink.problem({input, "no such file or directory", true});
      continue;
    }
    if (ec) {
      sink.problem({input, absl::StrCat("cannot read: ", ec.message()), true});
      continue;
    }
    if (fs::is_directory(status)) {
      std::vector<fs::path> files;
      fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && it->path().extension() == ".txt") files.push_back(it->path());
      }
      if (ec) sink.problem({input, absl::StrCat("cannot list directory: ", ec.message()), false});
      std::sort(files.begin(), files.end());
      if (files.empty()) sink.problem({input, "directory holds no *.txt article", false});
      for (const fs::path& f : files) read_file(f);
    } else {
      read_file(input);
    }
  }
  return delivered;
}

}  // namespace actorgraph::extract
