// The plain data model shared by every stage: text -> extract -> graph -> export.
//
// Every span is a half-open byte range [begin, end) into Document::text, the
// ORIGINAL article text exactly as read, so offsets and evidence survive any
// normalisation done inside the extractor.
#ifndef ACTORGRAPH_MODEL_MODEL_H_
#define ACTORGRAPH_MODEL_MODEL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

// Date used for an article whose date is not known.
inline constexpr std::string_view kUnknownDate = "unknown";

// Half-open byte range [begin, end) into Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return begin >= end; }
  bool Contains(const Span& other) const {
    return begin <= other.begin && other.end <= end;
  }
  bool Overlaps(const Span& other) const {
    return begin < other.end && other.begin < end;
  }
  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
};

enum class EntityType { kPerson, kOrganization, kLocation, kEvent };

// "PERSON", "ORGANIZATION", "LOCATION", "EVENT".
std::string_view EntityTypeName(EntityType type);
// Inverse of EntityTypeName (exact, upper case); nullopt when unknown.
std::optional<EntityType> ParseEntityType(std::string_view name);

// How a relation is asserted by its sentence.
enum class Modality {
  kAsserted,      // stated as fact or attributed to a source
  kNegated,       // "did not meet": kept in extraction output, never a graph edge
  kFuture,        // "will meet"
  kHypothetical,  // "could mediate", "would meet if"
};

// "asserted", "negated", "future", "hypothetical".
std::string_view ModalityName(Modality modality);
std::optional<Modality> ParseModality(std::string_view name);

// Relation codes: CAMEO root codes "01".."20", plus the two non-CAMEO codes
// below for affiliation (person -> organisation/country, with a role) and
// participation (actor -> EVENT entity).
inline constexpr std::string_view kAffiliationCode = "AFF";
inline constexpr std::string_view kParticipationCode = "PART";

// True for "01".."20".
bool IsCameoRootCode(std::string_view code);
// GDELT QuadClass of a CAMEO root code: 1 verbal cooperation (01-04),
// 2 material cooperation (05-08), 3 verbal conflict (09-13), 4 material
// conflict (14-20); 0 for AFF, PART and anything else.
int QuadClass(std::string_view code);
// Short English name of a relation code ("consult", "appeal", "affiliation").
std::string_view RelationCodeName(std::string_view code);

// One input article.
struct Document {
  std::string id;      // unique within a run; from metadata or derived from the input name
  std::string date;    // ISO 8601 "YYYY-MM-DD", or kUnknownDate
  std::string title;   // may be empty
  std::string source;  // outlet, may be empty
  std::string url;     // may be empty
  std::string text;    // original article body, valid UTF-8; spans index into it
  std::string origin;  // where it was read: "path" or "path:line", for messages
  // Length of the text in bytes when `text` itself is not kept (an extraction
  // read back from JSON Lines, whose spans still index the original); else 0.
  uint64_t text_size = 0;
};

// A sentence of the article.
struct Sentence {
  Span span;
};

// One occurrence of an entity name in the text.
struct Mention {
  Span span;
  std::string surface;  // the text at `span`, verbatim
  EntityType type = EntityType::kPerson;
  int entity = -1;      // index into Extraction::entities
  int sentence = -1;    // index into Extraction::sentences
};

// An entity within one document (a document-local id: its index).
struct Entity {
  std::string name;          // canonical name within the document
  EntityType type = EntityType::kPerson;
  std::vector<int> mentions;  // indexes into Extraction::mentions, in text order
  // A description rather than a name ("Western diplomats", "a senior banker"):
  // it stands for someone in this document only and never merges across documents.
  bool generic = false;
};

// Where a relation or quote was read.
struct Provenance {
  std::string document_id;
  std::string date;      // the document's date, or kUnknownDate
  int sentence = -1;     // index of the sentence in its document
  Span span;             // the bytes the relation was read from (a sentence or clause)
  std::string evidence;  // short verbatim snippet of the text around the relation
};

// A typed relation between two entities of the same document.
struct Triple {
  int subject = -1;        // index into Extraction::entities: who acts
  std::string predicate;   // lemma of the verb or noun ("meet", "urge"), or the role word for AFF
  std::string code;        // CAMEO root code "01".."20", kAffiliationCode or kParticipationCode
  int object = -1;         // index into Extraction::entities: who is acted upon
  std::string role;        // for AFF: the stated role ("foreign minister"); else empty
  Modality modality = Modality::kAsserted;
  // Goldstein (1992) conflict-cooperation value of `code`, -10 (fight) to +10;
  // 0 for AFF and PART.
  double goldstein = 0;
  Provenance provenance;
};

// A direct quotation.
struct Quote {
  int speaker = -1;   // index into Extraction::entities, or -1 when unattributed
  std::string text;   // the quoted words, verbatim, without the quote marks
  Span span;          // bytes of the quoted words (without the marks)
  int sentence = -1;  // sentence where the quote starts
};

// Everything extracted from one document.
struct Extraction {
  Document document;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;  // in text order
  std::vector<Entity> entities;   // in order of first mention
  std::vector<Triple> triples;    // in text order
  std::vector<Quote> quotes;      // in text order
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_MODEL_MODEL_H_
