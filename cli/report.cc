#include "cli/report.h"

#include <filesystem>
#include <iostream>

#include "export/internal.h"
#include "export/writer.h"
#include "rapidjson/prettywriter.h"
#include "rapidjson/stringbuffer.h"

namespace actorgraph::cli {
namespace {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

// Paths and messages may hold bytes that are not UTF-8 (a file name in
// Latin-1): they become U+FFFD, so the report is always valid JSON.
void String(JsonWriter& w, std::string_view value) {
  const std::string valid = exporter::internal::ValidUtf8(value);
  w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

// One skipped article or warning: file, line and id (null when unknown).
void WriteProblem(JsonWriter& w, const extract::InputProblem& p, bool skipped) {
  w.StartObject();
  w.Key("file");
  String(w, p.file.empty() ? p.origin : p.file);
  w.Key("line");
  if (p.line > 0) {
    w.Int(p.line);
  } else {
    w.Null();
  }
  w.Key("id");
  if (p.id.empty()) {
    w.Null();
  } else {
    String(w, p.id);
  }
  if (skipped) {
    w.Key("reason");
    String(w, RunReport::Reason(p.message));
  }
  w.Key("message");
  String(w, p.message);
  w.EndObject();
}

}  // namespace

RunReport::RunReport(std::string command, std::vector<std::string> inputs)
    : command_(std::move(command)), inputs_(std::move(inputs)) {}

std::string RunReport::Reason(const std::string& message) {
  std::string reason = message.substr(0, message.find_first_of("(:"));
  if (size_t at = reason.find(" at column"); at != std::string::npos) reason.erase(at);
  while (!reason.empty() && reason.back() == ' ') reason.pop_back();
  // A trailing quoted value ("invalid date \"2024-02-30\"") is a specific.
  if (reason.size() > 1 && reason.back() == '"') reason.erase(reason.rfind('"', reason.size() - 2));
  while (!reason.empty() && reason.back() == ' ') reason.pop_back();
  return reason;
}

void RunReport::Report(const extract::InputProblem& p) {
  if (p.skipped) {
    skips_.push_back(p);
    ++by_reason_[Reason(p.message)];
  } else {
    warnings_.push_back(p);
  }
  std::cerr << "actorgraph: " << (p.skipped ? "skipped " : "warning: ") << p.origin << ": " << p.message << "\n";
}

void RunReport::PrintTotal() const {
  if (skips_.empty()) return;
  std::cerr << "actorgraph: " << skips_.size() << " articles skipped in all (";
  bool first = true;
  for (const auto& [reason, count] : by_reason_) {
    std::cerr << (first ? "" : "; ") << reason << ": " << count;
    first = false;
  }
  std::cerr << ")\n";
}

void RunReport::AddOutput(const std::string& path) {
  std::error_code ec;
  uintmax_t size = std::filesystem::file_size(path, ec);
  outputs_.push_back({path, ec ? 0 : static_cast<uint64_t>(size)});
}

std::string RunReport::Json(int exit_status) const {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("format");
  w.String("actorgraph-report/1");
  w.Key("command");
  String(w, command_);
  w.Key("version");
  w.String(ACTORGRAPH_VERSION);
  w.Key("inputs");
  w.StartArray();
  for (const std::string& input : inputs_) String(w, input);
  w.EndArray();
  w.Key("exit_status");
  w.Int(exit_status);
  w.Key("articles");
  w.StartObject();
  w.Key("read");
  w.Int(processed_ + skipped() + outside_window_);
  w.Key("processed");
  w.Int(processed_);
  w.Key("skipped");
  w.Int(skipped());
  w.Key("outside_window");
  w.Int(outside_window_);
  w.EndObject();
  w.Key("skipped_by_reason");
  w.StartObject();
  for (const auto& [reason, count] : by_reason_) {
    String(w, reason);
    w.Int(count);
  }
  w.EndObject();
  w.Key("skipped");
  w.StartArray();
  for (const extract::InputProblem& p : skips_) WriteProblem(w, p, true);
  w.EndArray();
  w.Key("warnings");
  w.StartArray();
  for (const extract::InputProblem& p : warnings_) WriteProblem(w, p, false);
  w.EndArray();
  w.Key("outputs");
  w.StartArray();
  for (const Output& output : outputs_) {
    w.StartObject();
    w.Key("path");
    String(w, output.path);
    w.Key("bytes");
    w.Uint64(output.bytes);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

absl::Status RunReport::Write(const std::string& path, int exit_status) const {
  return exporter::WriteFileAtomically(path, Json(exit_status));
}

}  // namespace actorgraph::cli
