#include "extract/json_parse.h"

#include <cmath>
#include <cstdint>

#include "absl/strings/numbers.h"
#include "absl/strings/string_view.h"
#include "rapidjson/memorystream.h"
#include "rapidjson/encodedstream.h"
#include "rapidjson/reader.h"

namespace actorgraph::extract {
namespace {

using rapidjson::SizeType;

// SAX handler that builds `doc` as Document::Parse would, except that numbers
// arrive as text (kParseNumbersAsStringsFlag) and are converted here.
class ExactNumbers {
 public:
  explicit ExactNumbers(rapidjson::Document& doc) : doc_(doc) {}

  bool Null() { return doc_.Null(); }
  bool Bool(bool b) { return doc_.Bool(b); }
  bool Int(int i) { return doc_.Int(i); }
  bool Uint(unsigned u) { return doc_.Uint(u); }
  bool Int64(int64_t i) { return doc_.Int64(i); }
  bool Uint64(uint64_t u) { return doc_.Uint64(u); }
  bool Double(double d) { return doc_.Double(d); }
  bool String(const char* s, SizeType n, bool copy) { return doc_.String(s, n, copy); }
  bool Key(const char* s, SizeType n, bool copy) { return doc_.Key(s, n, copy); }
  bool StartObject() { return doc_.StartObject(); }
  bool EndObject(SizeType members) { return doc_.EndObject(members); }
  bool StartArray() { return doc_.StartArray(); }
  bool EndArray(SizeType elements) { return doc_.EndArray(elements); }

  // `s` is a number as the JSON grammar has it: integers that fit 64 bits stay
  // integers (flags as RapidJSON sets them), everything else is a double.
  bool RawNumber(const char* s, SizeType n, bool /*copy*/) {
    const absl::string_view text(s, n);
    if (text.find_first_of(".eE") == absl::string_view::npos) {
      if (text.front() == '-') {
        int64_t i = 0;
        if (absl::SimpleAtoi(text, &i)) return doc_.Int64(i);
      } else {
        uint64_t u = 0;
        if (absl::SimpleAtoi(text, &u)) return doc_.Uint64(u);
      }
    }
    double d = 0;
    if (!absl::SimpleAtod(text, &d) || !std::isfinite(d)) {
      too_big_ = true;
      return false;
    }
    return doc_.Double(d);
  }

  bool too_big() const { return too_big_; }

 private:
  rapidjson::Document& doc_;
  bool too_big_ = false;
};

}  // namespace

rapidjson::ParseResult ParseJson(std::string_view text, rapidjson::Document* doc) {
  rapidjson::MemoryStream memory(text.data(), text.size());
  rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> in(memory);
  rapidjson::Reader reader;
  ExactNumbers handler(*doc);
  rapidjson::ParseResult result;
  auto generate = [&](rapidjson::Document&) {
    result = reader.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag>(in, handler);
    return !result.IsError();
  };
  doc->Populate(generate);
  if (handler.too_big()) result.Set(rapidjson::kParseErrorNumberTooBig, result.Offset());
  return result;
}

}  // namespace actorgraph::extract
