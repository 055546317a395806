#include "extract/extraction_json.h"

#include "absl/strings/str_cat.h"
#include "rapidjson/stringbuffer.h"
#include "rapidjson/writer.h"

namespace actorgraph::extract {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void String(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void Key(JsonWriter& w, std::string_view k) {
  w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
}

void OptionalString(JsonWriter& w, std::string_view key, std::string_view value) {
  Key(w, key);
  if (value.empty()) {
    w.Null();
  } else {
    String(w, value);
  }
}

void SpanFields(JsonWriter& w, const Span& span) {
  Key(w, "begin");
  w.Uint(span.begin);
  Key(w, "end");
  w.Uint(span.end);
}

}  // namespace

void AppendExtractionJson(const Extraction& x, std::string* out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  Key(w, "format");
  String(w, absl::StrCat("actorgraph-extraction/", kExtractionFormatVersion));
  Key(w, "document");
  w.StartObject();
  Key(w, "id");
  String(w, x.document.id);
  Key(w, "date");
  String(w, x.document.date.empty() ? kUnknownDate : std::string_view(x.document.date));
  OptionalString(w, "title", x.document.title);
  OptionalString(w, "source", x.document.source);
  OptionalString(w, "url", x.document.url);
  Key(w, "bytes");
  w.Uint64(x.document.text.size());
  w.EndObject();

  Key(w, "sentences");
  w.StartArray();
  for (const Sentence& s : x.sentences) {
    w.StartArray();
    w.Uint(s.span.begin);
    w.Uint(s.span.end);
    w.EndArray();
  }
  w.EndArray();

  Key(w, "entities");
  w.StartArray();
  for (size_t e = 0; e < x.entities.size(); ++e) {
    const Entity& entity = x.entities[e];
    w.StartObject();
    Key(w, "id");
    w.Uint64(e);
    Key(w, "name");
    String(w, entity.name);
    Key(w, "type");
    String(w, EntityTypeName(entity.type));
    Key(w, "generic");
    w.Bool(entity.generic);
    Key(w, "mentions");
    w.StartArray();
    for (int m : entity.mentions) {
      const Mention& mention = x.mentions[m];
      w.StartObject();
      Key(w, "text");
      String(w, mention.surface);
      SpanFields(w, mention.span);
      Key(w, "sentence");
      w.Int(mention.sentence);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();

  Key(w, "relations");
  w.StartArray();
  for (const Triple& t : x.triples) {
    w.StartObject();
    Key(w, "subject");
    w.Int(t.subject);
    Key(w, "predicate");
    String(w, t.predicate);
    Key(w, "code");
    String(w, t.code);
    Key(w, "quad_class");
    w.Int(QuadClass(t.code));
    Key(w, "goldstein");
    w.Double(t.goldstein);
    Key(w, "object");
    w.Int(t.object);
    OptionalString(w, "role", t.role);
    Key(w, "modality");
    String(w, ModalityName(t.modality));
    Key(w, "sentence");
    w.Int(t.provenance.sentence);
    SpanFields(w, t.provenance.span);
    Key(w, "evidence");
    String(w, t.provenance.evidence);
    w.EndObject();
  }
  w.EndArray();

  Key(w, "quotes");
  w.StartArray();
  for (const Quote& q : x.quotes) {
    w.StartObject();
    Key(w, "speaker");
    if (q.speaker >= 0) {
      w.Int(q.speaker);
    } else {
      w.Null();
    }
    Key(w, "text");
    String(w, q.text);
    SpanFields(w, q.span);
    Key(w, "sentence");
    w.Int(q.sentence);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out->append(buffer.GetString(), buffer.GetSize());
  out->push_back('\n');
}

}  // namespace actorgraph::extract
