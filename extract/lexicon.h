// Run-time lexicons (data/*.tsv, data/*.txt; see data/README.md): countries
// with aliases, demonyms, capitals and seats of government; organisations;
// roles; honorifics; abbreviations; event verbs and nouns with CAMEO codes;
// speech verbs; given names; words that are never names; name head words;
// classes of words the rules test.
//
// THREAD SAFETY: immutable after Load(); share one instance across threads.
#ifndef ACTORGRAPH_EXTRACT_LEXICON_H_
#define ACTORGRAPH_EXTRACT_LEXICON_H_

#include <bitset>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "model/model.h"
#include "extract/name_model.h"
#include "model/strings.h"

namespace actorgraph::extract {

// What a lexicon phrase denotes.
enum class PhraseKind {
  kCountry,       // a name or alias of a country ("Russia", "U.S.")
  kDemonym,       // "Russian", "French": the country as actor
  kCapital,       // "Moscow": the city as a place, the country as an actor
  kMetonym,       // "Kremlin": always the country
  kOrganization,  // "United Nations", "UN"
  kRole,          // "foreign minister" (matched case-insensitively)
  kEventNoun,     // "truce", "talks" (matched case-insensitively)
  kPlace,         // "Middle East", "Geneva", "Persian Gulf": a place that is no country
};

struct PhraseInfo {
  PhraseKind kind;
  std::string canonical;  // the country, organisation, role or event noun
  std::string code;       // for event nouns: CAMEO root code, may be empty; for capitals: the city's main name
};

// Pseudo-code of verbs that carry out the event named by their object
// ("announced a truce" is 08, the truce's code); never in an extraction.
inline constexpr std::string_view kEnactCode = "ENACT";

// A noun naming an act of one actor towards another (data/act_nouns.tsv).
struct ActNounInfo {
  std::string noun;                // canonical (singular) form
  std::string code;                // CAMEO root code
  std::vector<std::string> links;  // prepositions introducing the target ("to", "against")
};

// Classes of words that the extraction rules test, from data/word_classes.tsv,
// where each is named in snake case (kPlaceNoun is "place_noun"); the file's
// header says what each class is for. A new class also needs its name in
// kWordClassNames (lexicon.cc), in enum order.
enum class WordClass {
  kAcceptanceVerb,        // lemmas whose negation is a rejection ("recognise")
  kAddressingVerb,        // lemmas of speaking to an event ("address", "speak at")
  kAideNoun,              // "an aide to Chirac said": the person served speaks through the aide
  kAmountUnit,            // "mln", "dlrs" after a number: part of an amount ("300 mln dlrs")
  kAppointmentVerb,       // "became", "was appointed": the title after it is the subject's
  kAssociateNoun,         // "allies" in "Mr Flight's allies said": people of one's own, who act for themselves
  kAttendingForm,         // "attend", "represented": taking part in the gathering the story is about
  kAttitudeVerb,          // "critics fear", "Lippa expects": a view held, as a speech verb reports one
  kAuxiliaryVerb,         // "has", "would", "won't", and verbs used like them ("wants", "says")
  kBackingParticiple,     // "backed" in "Iranian-backed"
  kBodyNoun,              // "committee" in "the committee said": refers to the body named with that word
  kBorderNoun,            // "border", "frontier"
  kCancellingVerb,        // "cancelled" in "cancelled a trip": the event did not happen
  kCapitalisedEventNoun,  // "his Budget": an event noun only when written with a capital inside a sentence
  kCatenativeVerb,        // "after Iran started to attack": a verb before "to" that passes its subject on
  kCityNoun,              // "mayor", "police" in "London's mayor": the city, not its state
  kClaimNoun,             // "that suggestion", "this claim"
  kCombiningForm,         // "Franco", "Sino": the first part of a hyphenated pair of states ("Franco-German")
  kCommitteeNoun,         // "subcommittee" in "the House Banking subcommittee": part of the body's name
  kCompassAdjective,     // "western" in "the Paris Club of Western creditor governments": ends a body's "of" phrase
  kCompanySuffix,         // "Plc", "Inc", as written
  kCountryNoun,           // "nation", "countries"
  kCoupleNoun,            // "the pair": the last two people named
  kDenialVerb,            // "denied" in "denied that Peru attacked Chile": the act is not asserted
  kDisclosureVerb,        // "name" in "declined to name the German bank": withholding words rejects no one
  kDepartmentWord,        // "ministry": a word naming a government's department ("Defence Ministry")
  kDemandingVerb,         // "insisted" in "insisted that Japan boost imports": a demand (10)
  kDocumentNoun,          // "statement" in "issued a statement condemning X": the issuer acts
  kEconomicConflictModifier,  // "trade" in "trade war": a conflict of markets, no fighting
  kEnemyNoun,             // "enemy", "foe" (after "war")
  kEnvoyNoun,             // "ambassador", "envoy": whom "recalled" acts on
  kEnvoyOnlyVerb,         // "recall": an act only on an envoy ("recalled its ambassador")
  kEventModifier,         // "peace" in "peace talks": part of the event's name
  kExpletiveAdjective,    // "easy" in "it is easy to"
  kExpletiveCopula,       // "is", "seems" in "it seems clear that"
  kExpletiveObjectVerb,   // "made" in "made it hard to criticise him": the "it" refers to nothing
  kFailureVerb,           // "failed" in "failed to provide"
  kFemaleHonorific,       // "mrs", "lady": a woman's
  kFutureMarker,          // "plans", "due" before "to" + verb
  kGatheringNoun,         // "meeting", "summit": "the meeting" refers to the article's named one
  kGenericTitle,          // "minister" in "the British minister"
  kGovernmentTitle,       // a role containing one is a government office ("secretary")
  kNonGovernmentTitle,    // unless it contains one of these ("press secretary")
  kOtherEventModifier,    // "a similar bill", "another strike": an event other than the article's
  kNonEventModifier,      // "software program", "television programme": the noun names no event
  kOrganisationTitle,     // "Chairman X" with no body named: the organisation named last is X's
  kHearsayNoun,           // "suggestions" in "rejected suggestions the U.S. would agree": a claim rejected
  kHelpVerb,              // forms of "help"
  kHopingVerb,            // "hope" in "we hope the Congress will settle": an appeal (02)
  kHostingVerb,           // lemmas: "host", "chair", "sponsor"
  kGuestVerb,             // lemmas "receive", "greet": only a guest with no content word before it is met
  kHostedByParticiple,    // "sponsored" in "a conference sponsored by X": X's conference
  kJointActVerb,          // lemmas "agree", "sign": subjects acting together with no object act with each other
  kOneSidedMeetingVerb,   // lemmas "receive", "mediate": coordinated subjects did not meet each other
  kLeaderGovernmentNoun,  // "government" in "Mr Blair's government"
  kLeadingVerb,           // "heads", "led", "commands"
  kLedByParticiple,       // "headed" in "headed by"
  kLinkingVerb,           // "become", "remain"
  kLocativeWord,          // "in", "near", "reached": a place follows
  kMakingParticiple,      // "made" in "the claims made by X": X made what is judged
  kMaleHonorific,         // "mr", "sir": a man's
  kMeasureHead,           // "Product", "Average": a capitalised run it ends is a measure, no name
  kPartyName,             // "labour": a political party whose name does not end in "Party"
  kPartyQualifier,        // "christian" in "Christian Democrats": with a party's one-word name, another party
  kPastTenseVerb,         // "made", "had": an irregular past form (regular ones end in "-ed")
  kPeopleNoun,           // "men" in "the two men": the last two people named
  kPlaceNoun,             // "town" in "the town of X"
  kPolicyEventNoun,       // "bill", "plan": an article's policies are one event
  kPortfolioWord,         // "health" in "Health spokesman X": a field, also before a title in lower case
  kProtestNoun,           // "strike action by the PCS": an organisation named as its agent takes part
  kPublishingVerb,        // "published" in "the IFS published a study": the subject is the author
  kMemberNoun,            // "members" in "Committee members said": the body named before, bare
  kMilitaryOnlyVerb,      // "hit": force (19) only by armed forces named as the subject; else nothing
  kOpponentNoun,          // "critics of X": disapproving of them backs X
  kOutletNoun,            // "website" in "told the BBC News website Ford did": no title of the name after it
  kPossessiveNameWord,    // "People's", "Children's": a possessive inside an organisation's name ("the People's Party")
  kPredicateJudgement,    // "wrong": judges only the actor it is said of ("Mr Howard was wrong")
  kPrivateSectorNoun,     // "houses" in "Japanese securities houses asked": the firms act, not the state
  kPurchaseVerb,          // "acquire", "buy" after "agreed to": a purchase, no promise to the company bought
  kQuestionWord,          // "asked X whether": a question, no appeal
  kRepresentativeNoun,    // "officials in Britain": people who stand for the state named after them
  kQualifyingTitle,       // "chief": a title alone ("Fed chief X"), else a word of the title after it ("chief economist")
  kQuantityNoun,          // "thousands" in "thousands of"
  kRefusalWord,           // "unwilling" in "unwilling to"
  kReportNoun,            // "report" in "the report said": its author speaks
  kRequirementNoun,       // "demand", "target" after "meet": satisfying a need, no meeting
  kSpeechNoun,            // "speech": one delivered at or to a meeting takes part in it
  kSpokespersonNoun,      // "spokesman"
  kSeatTitle,             // "member of parliament": a seat's member ("the Glasgow MP")
  kSummoningVerb,         // "summon": a protest to a foreign envoy, consultation with one's own
  kTeamMemberNoun,        // "coach" in "Wales coach X": a place's team employs X
  kTellingVerb,           // "told": its object is the one told, no subject of the clause told
  kTimeWord,              // "Tuesday" in "Tuesday's meeting": a definite reference
  kTopicVerb,             // lemmas "discuss", "negotiate": their object is a topic, not a party
  kTitlePrefix,          // "deputy" in "Deputy Administrator": opens a title, ends a body's name
  kTradeVerb,             // lemmas "sell", "supply", "lend": by a company, business rather than aid
  kTreatyNoun,            // "treaty", "constitution": an article's treaties are one event
  kVerbalAttackVerb,      // "attack": criticism when aimed at a person or by a person at a body
  kVisitNoun,             // "visit", "trip"
  kVisitingVerb,          // lemmas "visit", "arrive in": a capital visited is its state
  kWantingVerb,           // "wants" in "wants the Tories to apologise": an appeal (02)
  kWarNoun,               // "war", "conflict"
  kWrongdoingVerb,        // "abused", "misled": in speech, criticism (11) of the one doing it
  kBreakingVerb,          // "broke": a wrongdoing only before a commitment noun
  kCommitmentNoun,        // "promise", "law": what can be broken wrongfully
};

struct VerbInfo {
  std::string lemma;
  std::string code;     // CAMEO root code, PART (taking part in an event) or kEnactCode
  bool mutual = false;   // "X <verb> Y" also means "Y <verb> X" ("at war with")
  bool reverse = false;  // "X <verb> Y" means "Y <code> X" ("X outraged Y": Y disapproves of X)
};

class Lexicon {
 public:
  // Loads every lexicon file from `dir`. Errors name the file and line.
  static absl::StatusOr<std::unique_ptr<const Lexicon>> Load(const std::string& dir);

  // Longest phrase starting at `words[0]`: `words` are consecutive token texts.
  // Returns the number of tokens matched (0 when none) and fills *info.
  // Names match case-sensitively, or case-insensitively when all matched
  // tokens are ALL CAPS; organisations of two or more words also match with
  // only the first word capitalised ("European commission"); roles and
  // event nouns match case-insensitively.
  // Lookups stop at the first word that no phrase continues, so `words` may
  // be a view of all the candidate words (e.g. a slice of a token array): no
  // need to copy them into a vector first.
  int MatchPhrase(std::span<const std::string_view> words, PhraseInfo* info) const;

  // Longest event-verb phrase at `lower_words[0]` (lower case); 0 if none.
  int MatchEventVerb(std::span<const std::string_view> lower_words, VerbInfo* info) const;

  // Longest act-noun phrase at `lower_words[0]` (lower case); 0 if none.
  // *info stays valid as long as the lexicon.
  int MatchActNoun(std::span<const std::string_view> lower_words, const ActNounInfo** info) const;

  // The likely class of an unknown capitalised name from its words
  // (data/name_word_types.tsv, learned from the GMB corpus).
  NameClass ClassifyNameWords(const std::vector<std::string_view>& words) const;

  // A sea, strait, river or canal of places.tsv, by canonical name.
  bool IsWater(std::string_view name) const { return waters_.contains(ToAbsl(name)); }
  // A continent or a region of several states ("Africa", "the Middle East").
  bool IsRegion(std::string_view name) const { return regions_.contains(ToAbsl(name)); }
  // A city, town or other locality of places.tsv, by canonical name.
  bool IsCity(std::string_view name) const { return cities_.contains(ToAbsl(name)); }
  // The country containing a city, state or territory of places.tsv, by the
  // place's canonical name ("Basra" -> "Iraq"); nullptr when none is listed
  // (disputed territories, regions across borders, seas).
  const std::string* CountryOfPlace(std::string_view name) const {
    auto it = place_countries_.find(ToAbsl(name));
    return it == place_countries_.end() ? nullptr : &it->second;
  }

  // A light verb that takes an act noun as object ("gave", "voiced"), lower case.
  bool IsLightVerb(std::string_view lower) const { return light_verbs_.contains(ToAbsl(lower)); }
  // A verb whose subject receives an act noun from another actor ("received
  // a loan from Japan"), lower case.
  bool IsReceivingVerb(std::string_view lower) const { return receiving_verbs_.contains(ToAbsl(lower)); }
  // A verb that moves armed forces somewhere ("sent", "massed"), lower case.
  // Its lemma, or nullptr when it is none.
  const std::string* DeploymentVerb(std::string_view lower) const {
    auto it = deployment_verbs_.find(ToAbsl(lower));
    return it == deployment_verbs_.end() ? nullptr : &it->second;
  }

  // A verb that makes an agreement ("concluded", "signed"), lower case. Its
  // lemma, or nullptr when it is none.
  // The name of the body that the shared institution name `name`
  // (data/state_institutions.tsv: "Treasury") stands for in an article whose
  // home state is `state` and which names the states `named` (a test): the
  // home state's usual name for it ("U.S. Treasury"), else that of the first
  // listed state the article names, else "NAME (STATE)"; nullopt when `name`
  // is no shared name or `state` is empty.
  std::optional<std::string> StateInstitutionName(std::string_view name, std::string_view state,
                                                  const std::function<bool(std::string_view)>& named) const;
  // The official opposition of `state` (data/oppositions.tsv) throughout
  // the years [from, to) (to = from + 1 for one year), whose frontbench
  // holds the "shadow" titles; nullptr when no single party was it all along.
  const std::string* OppositionParty(std::string_view state, int from, int to) const;
  const std::string* AgreementVerb(std::string_view lower) const {
    auto it = agreement_verbs_.find(ToAbsl(lower));
    return it == agreement_verbs_.end() ? nullptr : &it->second;
  }

  // +1 for a word of praise, -1 for a word of criticism, 0 otherwise (lower case).
  int Polarity(std::string_view lower) const;

  // Is `word` in class `c` of data/word_classes.tsv? Exact (byte) match:
  // pass lower case, except for kCompanySuffix, which matches as written.
  bool HasWordClass(WordClass c, std::string_view word) const {
    return word_classes_[static_cast<size_t>(c)].contains(ToAbsl(word));
  }
  // Every word (or phrase) of class `c`, sorted (byte order).
  const std::vector<std::string>& WordsOfClass(WordClass c) const {
    return word_class_lists_[static_cast<size_t>(c)];
  }

  // Goldstein value of a CAMEO root code ("19" -> -10); 0 for other codes.
  double Goldstein(std::string_view code) const;

  // Type of an unnamed group or person noun ("diplomats" -> ORGANIZATION,
  // "banker" -> PERSON), given lower case; nullopt when it is none.
  std::optional<EntityType> GroupNounType(std::string_view lower) const;

  // True for a line of web-page boilerplate ("Post a Comment"), compared
  // case-insensitively after trimming spaces and trailing colons.
  bool IsBoilerplate(std::string_view line) const;

  bool IsSpeechVerb(std::string_view lower) const { return speech_verbs_.contains(ToAbsl(lower)); }
  bool IsGivenName(std::string_view word) const;  // any case
  bool IsNonName(std::string_view word) const;    // any case
  // A noun for armed forces ("troops", "warplanes"), lower case.
  bool IsMilitaryNoun(std::string_view lower) const { return military_nouns_.contains(ToAbsl(lower)); }
  // A noun for what an actor proposes, says or decides ("plans", "remarks"), lower case.
  bool IsPolicyNoun(std::string_view lower) const { return policy_nouns_.contains(ToAbsl(lower)); }
  // A word of intention or readiness before "to" + verb ("ready", "offered"), lower case.
  bool IsIntentWord(std::string_view lower) const { return intent_words_.contains(ToAbsl(lower)); }
  // A noun a report uses for the news medium it cites ("radio", "agency"), lower case.
  bool IsMediaNoun(std::string_view lower) const { return media_nouns_.contains(ToAbsl(lower)); }
  // A news organisation, by its canonical name in organizations.tsv ("BBC").
  bool IsNewsMedium(std::string_view name) const { return news_media_.contains(ToAbsl(name)); }
  // The state whose domestic news a medium (canonical name) reports, e.g.
  // "BBC" -> "United Kingdom"; nullptr for international wires and unknowns.
  const std::string* HomeOfMedium(std::string_view name) const {
    auto it = news_media_.find(ToAbsl(name));
    return it == news_media_.end() || it->second.empty() ? nullptr : &it->second;
  }
  // A canonical role that can follow a portfolio in capitals ("Trade Minister").
  bool TakesPortfolio(std::string_view role) const { return portfolio_roles_.contains(ToAbsl(role)); }
  // The lower-case word naming the body a canonical role sits in ("senate"
  // for "senator"; data/role_bodies.tsv), or nullptr.
  const std::string* BodyOfRole(std::string_view role) const {
    auto it = role_bodies_.find(ToAbsl(role));
    return it == role_bodies_.end() ? nullptr : &it->second;
  }
  bool IsHonorific(std::string_view word) const { return honorifics_.contains(ToAbsl(word)); }
  // Every honorific, sorted.
  std::vector<std::string> Honorifics() const;
  bool IsAbbreviation(std::string_view word) const { return abbreviations_.contains(ToAbsl(word)); }
  // Type implied by a head word ("Ministry" -> ORGANIZATION), any case.
  std::optional<EntityType> HeadWordType(std::string_view word) const;

  // The state that `phrase` (a capital, seat of government or demonym, as
  // matched: token texts joined by spaces) stood for in `year`, e.g. "Moscow"
  // -> Soviet Union in 1987 and Russia in 2016, "German" -> West Germany in
  // 1987. `year` 0 (unknown date) picks the state that still exists. nullptr
  // when the phrase is none of these.
  const std::string* StateOf(std::string_view phrase, int year) const;

  // Is `phrase` (a demonym, as matched: token texts joined by spaces, any
  // case) a noun for one person ("American", "Briton", "New Zealander",
  // "Irishman")? True when its country's row also lists its plural; "French"
  // and "British" have none.
  bool IsPersonDemonym(std::string_view phrase) const;

  // Office holders (data/leaders.tsv): who served which state or
  // organisation, in which role, when. `year` 0 (unknown date) matches every
  // term. Names are compared after NormalizeName.
  struct Leader {
    std::string name;         // usual full name ("George W. Bush")
    std::string affiliation;  // a country or organisation name of the lexicon
    std::string role;         // canonical role ("president")
    int from = 0, to = 0;     // years in office; `to` 0 = still in office
    bool ActiveIn(int year) const { return year == 0 || (year >= from && (to == 0 || year <= to)); }
  };
  // Terms of office active in `year` of the holder named `name` (full name
  // or alias); if none, of the single holder whose first and last names are
  // those of `name` ("George Bush" in 2004 is George W. Bush). Empty when
  // unknown or ambiguous.
  std::vector<const Leader*> LeadersNamed(std::string_view name, int year) const;
  // As LeadersNamed, for terms overlapping the years [from, to) of an
  // undated article (InferYears): one person only, else empty.
  std::vector<const Leader*> LeadersNamedBetween(std::string_view name, int from, int to) const;
  // Do the first and last names of `name` belong to several holders
  // ("George Bush": George H. W. Bush and George W. Bush)?
  bool SharedLeaderName(std::string_view name) const;
  // Terms active in `year` of holders with this surname (lower case).
  std::vector<const Leader*> LeadersWithSurname(std::string_view surname, int year) const;

  int max_phrase_tokens() const { return max_phrase_tokens_; }

 private:
  Lexicon() = default;
  absl::Status LoadCountries(const std::string& path);
  absl::Status LoadOrganizations(const std::string& path);
  absl::Status LoadNewsMedia(const std::string& path);  // after LoadOrganizations and LoadCountries
  absl::Status LoadLeaders(const std::string& path);    // after countries, organisations and roles
  absl::Status LoadRoles(const std::string& path);
  absl::Status LoadRoleBodies(const std::string& path);
  absl::Status LoadEventVerbs(const std::string& path);
  absl::Status LoadSpeechVerbs(const std::string& path);
  absl::Status LoadEventNouns(const std::string& path);
  absl::Status LoadActNouns(const std::string& path);  // after LoadEventNouns
  // A verb file of `lemma ⇥ forms` rows into *lemmas: every lower-case form
  // (and the lemma) -> the lemma.
  static absl::Status LoadVerbLemmas(const std::string& path, absl::flat_hash_map<std::string, std::string>* lemmas);

  absl::Status LoadNameWordTypes(const std::string& path);
  absl::Status LoadHeadWords(const std::string& path);
  absl::Status LoadPlaces(const std::string& path);
  absl::Status LoadCameoRoots(const std::string& path);
  absl::Status LoadEvaluations(const std::string& path);
  absl::Status LoadStateInstitutions(const std::string& path);
  absl::Status LoadOppositions(const std::string& path);
  absl::Status LoadGroupNouns(const std::string& path);
  absl::Status LoadWordClasses(const std::string& path);
  void AddPhrase(std::string_view phrase, PhraseInfo info);
  void AddOrganizationName(std::string_view phrase, const std::string& canonical);

  // Phrase keys are token texts joined by single spaces (tokenized like text).
  absl::flat_hash_map<std::string, PhraseInfo> exact_;   // case-sensitive names
  absl::flat_hash_map<std::string, PhraseInfo> folded_;  // lower-case keys
  absl::flat_hash_set<std::string> folded_prefixes_;     // lower-case keys of every phrase's first n-1 tokens
  absl::flat_hash_map<std::string, VerbInfo> verbs_;     // lower-case forms
  absl::flat_hash_set<std::string> verb_prefixes_;       // lower-case keys of every form's first n-1 tokens
  struct State {
    std::string country;
    int from = 0;  // first year, 0 = always
    int to = 0;    // last year, 0 = still exists
  };
  // Lower-case capital, metonym or demonym phrase -> the states it stood for.
  absl::flat_hash_map<std::string, std::vector<State>> seat_states_;
  absl::flat_hash_set<std::string> person_demonyms_;  // lower-case phrase keys
  absl::flat_hash_map<std::string, EntityType> head_words_;
  absl::flat_hash_set<std::string> speech_verbs_;
  absl::flat_hash_map<std::string, ActNounInfo> act_nouns_;  // lower-case singular and plural phrases
  absl::flat_hash_map<std::string, std::string> light_verbs_;       // lower-case form -> lemma
  absl::flat_hash_map<std::string, std::string> receiving_verbs_;   // lower-case form -> lemma
  absl::flat_hash_map<std::string, std::string> deployment_verbs_;  // lower-case form -> lemma
  absl::flat_hash_map<std::string, std::string> agreement_verbs_;   // lower-case form -> lemma
  // lower-case shared institution name -> state -> that state's body's name
  struct Opposition {
    std::string state, party;
    int from = 0, to = 0;  // years [from, to); `to` 0 = still
  };
  std::vector<Opposition> oppositions_;  // data/oppositions.tsv, in file order
  // (in file order: the first listed state an article names wins)
  absl::flat_hash_map<std::string, std::vector<std::pair<std::string, std::string>>> state_institutions_;
  absl::flat_hash_map<std::string, NameWordCounts> name_words_;  // capitalised word as written
  absl::flat_hash_set<std::string> given_names_;  // lower case
  absl::flat_hash_set<std::string> non_names_;    // lower case
  absl::flat_hash_set<std::string> honorifics_;
  absl::flat_hash_set<std::string> abbreviations_;
  absl::flat_hash_map<std::string, EntityType> group_nouns_;  // lower case, singular and plural
  absl::flat_hash_set<std::string> boilerplate_;              // lower case lines
  std::bitset<81> boilerplate_lengths_;                       // lengths of those lines, up to 80
  absl::flat_hash_set<std::string> military_nouns_;           // lower case
  absl::flat_hash_set<std::string> policy_nouns_;             // lower case
  absl::flat_hash_set<std::string> intent_words_;             // lower case
  absl::flat_hash_set<std::string> media_nouns_;              // lower case
  absl::flat_hash_set<std::string> portfolio_roles_;          // lower case canonical roles
  absl::flat_hash_set<std::string> organization_names_;       // canonical names
  absl::flat_hash_set<std::string> country_names_;            // canonical names
  absl::flat_hash_set<std::string> waters_;                   // canonical names of kind "water"
  absl::flat_hash_set<std::string> regions_;                  // canonical names of kind "continent" or "region"
  absl::flat_hash_set<std::string> cities_;                   // canonical names of kind "city"
  absl::flat_hash_set<std::string> territories_;              // canonical names of kind "territory" (Scotland)
  absl::flat_hash_map<std::string, std::string> place_countries_;  // place -> containing country
  absl::flat_hash_map<std::string, std::string> news_media_;  // canonical name -> home country or ""
  absl::flat_hash_set<std::string> role_names_;               // canonical roles
  absl::flat_hash_map<std::string, std::string> role_bodies_;  // canonical role -> lower-case body word
  std::vector<Leader> leaders_;                               // file order
  // Normalised full name or alias / "first last" / surname -> leaders_ indexes.
  absl::flat_hash_map<std::string, std::vector<size_t>> leaders_by_name_, leaders_by_ends_, leaders_by_surname_;
  std::vector<absl::flat_hash_set<std::string>> word_classes_;  // by WordClass
  std::vector<std::vector<std::string>> word_class_lists_;       // by WordClass, sorted
  absl::flat_hash_map<std::string, double> goldstein_;        // CAMEO root code -> value
  absl::flat_hash_map<std::string, int> polarity_;            // evaluative word -> +1 / -1
  int max_phrase_tokens_ = 1;
  int max_verb_tokens_ = 1;
  int max_act_tokens_ = 1;
};

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_EXTRACT_LEXICON_H_
