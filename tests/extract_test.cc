#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extraction_json.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/name_model.h"
#include "extract/parallel.h"
#include "extract/tokenizer.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "rapidjson/document.h"

namespace actorgraph::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const Lexicon& TestLexicon() {
  static const Lexicon* lexicon = [] {
    auto loaded = Lexicon::Load(ACTORGRAPH_TEST_DATA_DIR);
    EXPECT_TRUE(loaded.ok()) << loaded.status();
    return loaded.ok() ? loaded->release() : nullptr;
  }();
  return *lexicon;
}

std::vector<std::string> SentenceTexts(std::string_view text) {
  std::vector<Token> tokens = Tokenize(text, &TestLexicon());
  std::vector<Sentence> sentences = SplitSentences(text, tokens, &TestLexicon());
  std::vector<std::string> out;
  for (const Sentence& s : sentences) out.emplace_back(text.substr(s.span.begin, s.span.size()));
  return out;
}

struct SplitCase {
  std::string name;
  std::string text;
  std::vector<std::string> sentences;
};

class SentenceSplitTest : public ::testing::TestWithParam<SplitCase> {};

TEST_P(SentenceSplitTest, Splits) {
  EXPECT_EQ(SentenceTexts(GetParam().text), GetParam().sentences);
}

INSTANTIATE_TEST_SUITE_P(
    Table, SentenceSplitTest,
    ::testing::Values(
        SplitCase{"abbreviations", "U.S. envoy Dana Lee met Gen. Omar Said in Oslo. They spoke.",
                  {"U.S. envoy Dana Lee met Gen. Omar Said in Oslo.", "They spoke."}},
        SplitCase{"missing_space", "The convoy brought food.Officials said more would follow.",
                  {"The convoy brought food.", "Officials said more would follow."}},
        SplitCase{"hard_wrapped", "The minister said on Monday that\nthe border would reopen soon.",
                  {"The minister said on Monday that\nthe border would reopen soon."}},
        SplitCase{"headline_line", "TALKS RESUME IN OSLO\nThe two sides met again on Friday.",
                  {"TALKS RESUME IN OSLO", "The two sides met again on Friday."}},
        SplitCase{"quote_end", "\"We are ready.\" The envoy left.", {"\"We are ready.\"", "The envoy left."}},
        // A digit before a full stop is no one-letter abbreviation.
        SplitCase{"digit_ends_sentence", "She spoke on BBC Radio 4. \"We will act.\" Then she left.",
                  {"She spoke on BBC Radio 4.", "\"We will act.\"", "Then she left."}},
        SplitCase{"abbreviation_ends_sentence", "Aid came from the U.S. The rest came later.",
                  {"Aid came from the U.S.", "The rest came later."}},
        // Wire copy capitalises the word after "U.S.": only a word that
        // opens sentences ("The", "It", "But") ends one there.
        SplitCase{"capital_after_abbreviation", "Peru said U.S. Officials had met. The U.S. To offer aid, he said.",
                  {"Peru said U.S. Officials had met.", "The U.S. To offer aid, he said."}},
        SplitCase{"paragraphs", "First part\n\nSecond part", {"First part", "Second part"}},
        // A short line is a heading only in title case: a wrapped body's
        // first line (its dateline cut off) runs on into the next.
        SplitCase{"title_case_heading", "Peru and Chile Resume Talks\nThe two sides met again on Friday.",
                  {"Peru and Chile Resume Talks", "The two sides met again on Friday."}},
        SplitCase{"short_first_body_line", "Mayor Ana Ruiz said the United\nStates would help Peru.",
                  {"Mayor Ana Ruiz said the United\nStates would help Peru."}},
        // Nor is a title-case line cut after a given name, a title or a
        // grammar word: the name or phrase goes on in the next line.
        SplitCase{"name_cut_by_wrap",
                  "Peruvian Finance Minister Omar\nHaddad opened the talks.\nPeruvian Finance Minister\nAna Ruiz "
                  "spoke.\nTrade Between Peru and\nChile rose.",
                  {"Peruvian Finance Minister Omar\nHaddad opened the talks.",
                   "Peruvian Finance Minister\nAna Ruiz spoke.", "Trade Between Peru and\nChile rose."}},
        // An indented line after an abbreviation's full stop opens a paragraph.
        SplitCase{"indent_after_abbreviation", "It sold the bonds of Acme Widget Corp.\n    Bought were notes of Peru.",
                  {"It sold the bonds of Acme Widget Corp.", "Bought were notes of Peru."}},
        // A contraction's last letter is no one-letter abbreviation: "didn't."
        // and "Poor's." end their sentences.
        SplitCase{"contraction_ends_sentence",
                  "\"I don't know why we didn't.\" Ana Ruiz spoke. Bonds are rated by Standard & Poor's. It rose.",
                  {"\"I don't know why we didn't.\"", "Ana Ruiz spoke.", "Bonds are rated by Standard & Poor's.",
                   "It rose."}},
        // A wire stock code's dot ends nothing, in angle or square brackets.
        SplitCase{"stock_codes", "Vantor SpA <VANT.MI> said it would sell. Drillex AB [DRLX.ST] agreed. Fine.",
                  {"Vantor SpA <VANT.MI> said it would sell.", "Drillex AB [DRLX.ST] agreed.", "Fine."}}),
    [](const auto& info) { return info.param.name; });

TEST(TokenizerTest, SpansPointIntoTheOriginal) {
  std::string text = "“Oui,” said Marie-Hélène O’Brien in Genève.";
  std::vector<Token> tokens = Tokenize(text, &TestLexicon());
  for (const Token& t : tokens) EXPECT_EQ(text.substr(t.span.begin, t.span.size()), t.text);
  ASSERT_GE(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kOpenQuote);
  EXPECT_EQ(tokens[3].kind, TokenKind::kCloseQuote);
  std::vector<std::string_view> words;
  for (const Token& t : tokens) if (t.kind == TokenKind::kWord) words.push_back(t.text);
  EXPECT_THAT(words, ElementsAre("Oui", "said", "Marie-Hélène", "O’Brien", "in", "Genève"));
}

// A plural's possessive apostrophe stays with its word; one closing a
// quotation in single marks opened on its line does not.
TEST(TokenizerTest, PluralPossessiveKeepsItsApostrophe) {
  std::string text = "The Tories' plans and the Growers\xE2\x80\x99 union.\nBlair rejects 'Tory lies' now.";
  std::vector<std::string_view> words;
  for (const Token& t : Tokenize(text, &TestLexicon()))
    if (t.kind == TokenKind::kWord) words.push_back(t.text);
  EXPECT_THAT(words, ElementsAre("The", "Tories'", "plans", "and", "the", "Growers\xE2\x80\x99", "union", "Blair",
                                 "rejects", "Tory", "lies", "now"));
}

// The rule extractor on one dated article.
Extraction ExtractText(std::string text, std::string date = "2024-05-01") {
  Document doc;
  doc.id = "t";
  doc.date = std::move(date);
  doc.text = std::move(text);
  return NewExtractor("rules", &TestLexicon())->Extract(doc);
}

// "subject code object (role) [modality]" lines, for compact assertions.
std::vector<std::string> RelationLines(const Extraction& x) {
  std::vector<std::string> out;
  for (const Triple& t : x.triples) {
    std::string line = x.entities[t.subject].name + " " + t.code + " " + x.entities[t.object].name;
    if (!t.role.empty()) line += " (" + t.role + ")";
    if (t.modality != Modality::kAsserted) line += " [" + std::string(ModalityName(t.modality)) + "]";
    out.push_back(line);
  }
  return out;
}

class ExtractorTest : public ::testing::Test {
 protected:
  Extraction Run(std::string text, std::string date = "2024-05-01") {
    return ExtractText(std::move(text), std::move(date));
  }
  static int EntityNamed(const Extraction& x, std::string_view name) {
    for (size_t i = 0; i < x.entities.size(); ++i)
      if (x.entities[i].name == name) return static_cast<int>(i);
    return -1;
  }
  static std::vector<std::string> Relations(const Extraction& x) { return RelationLines(x); }
};

TEST_F(ExtractorTest, TitlesDemonymsAndSurnames) {
  Extraction x = Run(
      "Norwegian Foreign Minister Ingrid Dahl met Kenyan President Samuel Otieno in Nairobi on "
      "Tuesday. Dahl urged Otieno to reopen the border.");
  int dahl = EntityNamed(x, "Ingrid Dahl");
  ASSERT_GE(dahl, 0);
  EXPECT_EQ(x.entities[dahl].type, EntityType::kPerson);
  EXPECT_EQ(x.entities[dahl].mentions.size(), 2u);  // the surname joins the full name
  ASSERT_GE(EntityNamed(x, "Norway"), 0);
  ASSERT_GE(EntityNamed(x, "Kenya"), 0);
  int nairobi = EntityNamed(x, "Nairobi");
  ASSERT_GE(nairobi, 0);  // "in Nairobi" is the city
  EXPECT_EQ(x.entities[nairobi].type, EntityType::kLocation);
  EXPECT_THAT(Relations(x), ::testing::IsSupersetOf({"Ingrid Dahl AFF Norway (foreign minister)",
                                                     "Samuel Otieno AFF Kenya (president)",
                                                     "Ingrid Dahl 04 Samuel Otieno",
                                                     "Ingrid Dahl 02 Samuel Otieno"}));
  // Every mention's span holds its surface text.
  for (const Mention& m : x.mentions) {
    EXPECT_EQ(x.document.text.substr(m.span.begin, m.span.size()), m.surface);
  }
}

TEST_F(ExtractorTest, CapitalAsActorIsTheCountry) {
  Extraction x = Run("Talks were held in Ankara on Monday. Ankara criticised Athens on Tuesday.");
  ASSERT_GE(EntityNamed(x, "Ankara"), 0);   // the place
  ASSERT_GE(EntityNamed(x, "Turkey"), 0);   // the actor
  EXPECT_EQ(EntityNamed(x, "Athens"), -1);  // acted upon: the country
  EXPECT_THAT(Relations(x), ::testing::Contains("Turkey 11 Greece"));
}

// A given name alone is the one person named before with it; not when two
// full names start with it.
TEST_F(ExtractorTest, GivenNameAloneJoinsTheOnePersonWithIt) {
  Extraction x = Run("The Andean Council's correspondent Ingrid Dahl met Omar Haddad. Ingrid said the talks went well.");
  EXPECT_EQ(EntityNamed(x, "Ingrid"), -1);
  Extraction two = Run("Ingrid Dahl met Ingrid Berg in Lima. Ingrid said the talks went well.");
  EXPECT_GE(EntityNamed(two, "Ingrid"), 0);
}

// A capital visited is a visit to its state; the city stays the place when
// the article names the state otherwise, and stands for it when not.
TEST_F(ExtractorTest, VisitedCapitalStaysTheCityWhenTheStateIsNamed) {
  Extraction x = Run("Ana Ruiz visited Ankara on Monday. Turkish officials refused her request.");
  ASSERT_GE(EntityNamed(x, "Ankara"), 0);
  EXPECT_THAT(Relations(x), ::testing::Contains("Ana Ruiz 04 Turkey"));
  Extraction alone = Run("Ana Ruiz visited Ankara on Monday.");
  EXPECT_EQ(EntityNamed(alone, "Ankara"), -1);
  EXPECT_THAT(Relations(alone), ::testing::Contains("Ana Ruiz 04 Turkey"));
}

TEST_F(ExtractorTest, SeatsOfGovernmentStandForTheStateOfTheirTime) {
  const std::string text = "The Kremlin rejected the plan. Moscow said it would not yield.";
  Extraction cold_war = Run(text, "1987-10-19");
  EXPECT_GE(EntityNamed(cold_war, "Soviet Union"), 0);
  EXPECT_EQ(EntityNamed(cold_war, "Russia"), -1);
  Extraction today = Run(text, "2016-03-24");
  EXPECT_GE(EntityNamed(today, "Russia"), 0);
  EXPECT_EQ(EntityNamed(today, "Soviet Union"), -1);
  Extraction undated = Run(text, "unknown");
  EXPECT_GE(EntityNamed(undated, "Russia"), 0);
}

// An undated article's titles date it: "George Bush" beside Prime Minister
// Tony Blair is George W. Bush; beside President Ronald Reagan it is the
// elder; alone it stays as written.
TEST_F(ExtractorTest, UndatedTitlesTellNamesakesApart) {
  Extraction blair = Run("Prime Minister Tony Blair met President George Bush in Ottawa.", "unknown");
  EXPECT_GE(EntityNamed(blair, "George W. Bush"), 0);
  Extraction reagan = Run("President Ronald Reagan met Vice President George Bush in Ottawa.", "unknown");
  EXPECT_GE(EntityNamed(reagan, "George Bush"), 0);
  EXPECT_EQ(EntityNamed(reagan, "George W. Bush"), -1);
  Extraction alone = Run("George Bush spoke in Ottawa.", "unknown");
  EXPECT_GE(EntityNamed(alone, "George Bush"), 0);
}

TEST_F(ExtractorTest, HeadlineCapitalsAreNotNames) {
  Extraction x = Run(
      "ENVOY SAYS PETROV PLAN FAILED\n\nOSLO, May 2 - Anders Petrov said on Friday the plan failed.");
  EXPECT_GE(EntityNamed(x, "Anders Petrov"), 0);
  EXPECT_EQ(EntityNamed(x, "Envoy Says Petrov Plan Failed"), -1);
  for (const Entity& e : x.entities) {
    EXPECT_EQ(e.name.find("Says"), std::string::npos) << e.name;
    EXPECT_EQ(e.name.find("Plan"), std::string::npos) << e.name;
  }
  EXPECT_GE(EntityNamed(x, "Oslo"), 0);  // the dateline
}

TEST_F(ExtractorTest, NamesGluedToWordsAndWrappedLines) {
  Extraction x = Run(
      "The UN-backed truce held. Secretary General Javier Perez de\nCuellar welcomed Russian-led talks.");
  EXPECT_GE(EntityNamed(x, "United Nations"), 0);
  EXPECT_GE(EntityNamed(x, "Javier Perez de Cuellar"), 0);
  EXPECT_GE(EntityNamed(x, "Russia"), 0);
}

TEST_F(ExtractorTest, NegationFutureAndPassive) {
  Extraction x = Run(
      "Chancellor Petra Vogel did not meet Prime Minister Arturo Quispe. "
      "Vogel will visit Lima next week. Quispe was criticised by Vogel on Friday.");
  EXPECT_THAT(Relations(x), ::testing::IsSupersetOf({"Petra Vogel 04 Arturo Quispe [negated]",
                                                     "Petra Vogel 04 Peru [future]",  // a visit to a capital is to the state
                                                     "Petra Vogel 11 Arturo Quispe"}));
}

TEST_F(ExtractorTest, QualifiersAndLeadership) {
  Extraction x = Run(
      "Mr Hale held talks with his Danish counterpart, Mette Lund, on Monday. "
      "The Nordic Council's senior policy adviser Jon Berg attended. "
      "Ana Ruiz, who heads the Chilean delegation, left early.");
  EXPECT_THAT(Relations(x), ::testing::IsSupersetOf({"Hale 04 Mette Lund",
                                                     "Mette Lund AFF Denmark",  // "counterpart" relates, it names no role
                                                     "Jon Berg AFF Nordic Council (adviser)",
                                                     "Ana Ruiz AFF Chile (head)"}));
  // The qualifier is no party to the talks.
  EXPECT_THAT(Relations(x), ::testing::Not(::testing::Contains("Hale 04 Denmark")));
}

TEST_F(ExtractorTest, TitlesStandForTheirHolders) {
  Extraction x = Run(
      "Norwegian Foreign Minister Ingrid Dahl arrived in Lima. Peruvian Prime Minister Arturo Quispe "
      "told the Norwegian minister that talks would resume. Later the prime minister criticised Oslo.");
  EXPECT_THAT(Relations(x), ::testing::IsSupersetOf({"Arturo Quispe 01 Ingrid Dahl",
                                                     "Arturo Quispe 11 Norway"}));
  EXPECT_THAT(Relations(x), ::testing::Not(::testing::Contains("Arturo Quispe 01 Norway")));
}

TEST_F(ExtractorTest, EventsNamedByNouns) {
  Extraction x = Run(
      "Analysts said the Chilean attack on a Peruvian patrol boat was a warning. "
      "The war between Chile and Bolivia ended. The EU announced its arms embargo on Belarus.");
  EXPECT_THAT(Relations(x), ::testing::IsSupersetOf({"Chile 19 Peru", "Chile 19 Bolivia", "Bolivia 19 Chile",
                                                     "European Union 16 Belarus"}));
  // Goldstein values come from data/cameo_roots.tsv.
  for (const Triple& t : x.triples) {
    if (t.code == "19") {
      EXPECT_DOUBLE_EQ(t.goldstein, -10.0);
    }
    if (t.code == "16") {
      EXPECT_DOUBLE_EQ(t.goldstein, -4.0);
    }
  }
}

// Relations whose coding depends on more than the verb.
// Unknown capitalised names: typed by a title, a given name, a surname used
// alone or the words' statistics in tagged news (data/name_word_types.tsv).
struct NameTypeCase {
  std::string name;
  std::string text;
  std::vector<std::string> expected;  // "name TYPE"
  std::vector<std::string> absent;    // names that must not be entities
};

class NameTypeTest : public ::testing::TestWithParam<NameTypeCase> {};

TEST_P(NameTypeTest, Types) {
  Extraction x = ExtractText(GetParam().text);
  std::vector<std::string> got;
  for (const Entity& e : x.entities) got.push_back(e.name + " " + std::string(EntityTypeName(e.type)));
  EXPECT_THAT(got, ::testing::IsSupersetOf(GetParam().expected));
  for (const Entity& e : x.entities)
    EXPECT_THAT(GetParam().absent, ::testing::Not(::testing::Contains(e.name))) << "unexpected entity " << e.name;
}

INSTANTIATE_TEST_SUITE_P(
    Table, NameTypeTest,
    ::testing::Values(
        // A word of time right after a given name is a surname ("Brian
        // Weeks", "Analyst Peter Friday"), but a day after a surname is a date
        // ("Omar Haddad Friday said"), and so is one after "on".
        NameTypeCase{"time_words_as_surnames",
                     "Tarsun Corp director Brian Weeks said rates would rise. Analyst Peter Friday agreed. "
                     "President Omar Haddad Friday said rates would fall, said Jan Berg on Monday.",
                     {"Brian Weeks PERSON", "Peter Friday PERSON", "Omar Haddad PERSON", "Jan Berg PERSON"},
                     {"Brian", "Peter", "Omar Haddad Friday", "Jan Berg on Monday"}},
        // A city after a body's head word alone and "of" is part of the
        // body's name ("Bank of Tokyo"); not after a company's suffix, where
        // it says where the firm sits, and it ends the name before "and".
        NameTypeCase{"body_of_city",
                     "Bank of Lima and Tarsun Banking Corp lent the money. The University of Lima agreed. Zorvan "
                     "Corp of Lima said.",
                     {"Bank of Lima ORGANIZATION", "Tarsun Banking Corp ORGANIZATION", "University of Lima ORGANIZATION",
                      "Zorvan Corp ORGANIZATION"},
                     {"Bank", "University", "Bank of Lima and Tarsun Banking Corp", "Corp of Lima"}},
        // A possessive owner attributing a quotation before the one word
        // naming its speaker is a body: "said Capel's Murtha".
        NameTypeCase{"owner_of_speaker_after_quotation",
                     "\"Demand will grow,\" said Zorvan's Okada.",
                     {"Zorvan ORGANIZATION", "Okada PERSON"},
                     {}},
        // A middle initial written without its full stop is part of the
        // name: "Charles A Blixt".
        NameTypeCase{"middle_initial_without_full_stop",
                     "Omar A Haddad, a director of Zorvan, met Ana Ruiz.",
                     {"Omar A Haddad PERSON", "Ana Ruiz PERSON"},
                     {"Omar"}},
        // "The X of Y" with a noun of settlement or territory: Y is a place.
        NameTypeCase{"place_nouns_before_of",
                     "Troops shelled the garrison of Kavor Dahl. Ana Ruiz won the constituency of Bethmor Green. "
                     "Rebels held the oasis of Fada.",
                     {"Kavor Dahl LOCATION", "Bethmor Green LOCATION", "Fada LOCATION"},
                     {}},
        // A fronted participle of an event or speech verb starts no name,
        // and what follows it is read as if it opened the run ("Praising
        // Omar Haddad", "Commenting on Tarsun Corp", "Welcoming Lord Vega":
        // a person after an honorific), unless the name is a company's or a
        // body's own; a capital letter hyphened to a lower-case word is no
        // name ("O-levels", "T-bills").
        NameTypeCase{"fronted_participles_and_hyphened_letters",
                     "Praising Omar Haddad for his work, Ana Ruiz said it was fine. Commenting on Tarsun Corp, she "
                     "said it would grow. Lena Vik called for a return to O-levels and sold T-bills. Shooting Star "
                     "Ltd said profits rose. Welcoming Lord Vega to Lima, she said it was fine.",
                     {"Omar Haddad PERSON", "Tarsun Corp ORGANIZATION", "Shooting Star Ltd ORGANIZATION",
                      "Vega PERSON"},
                     {"Praising Omar Haddad", "Commenting on Tarsun Corp", "on Tarsun Corp", "O", "T", "Lord Vega"}},
        // A body's full name in either spelling, with or without the
        // hyphen, also across a hard-wrapped line, is the body.
        NameTypeCase{"spelling_variants_of_a_full_name",
                     "The Organisation for Economic Cooperation and\nDevelopment said growth would slow. The "
                     "Organization for Economic Co-operation and Development agreed.",
                     {"OECD ORGANIZATION"},
                     {"Organisation for Economic Cooperation", "Development", "Organization for Economic Co-operation"}},
        // A number opening a sentence counts the name after it and is no
        // part of it ("One Reagan aide said"), unless the name is a company's
        // own ("Seven Oaks International Inc").
        // Undated or after 1990, "German" is Germany; a pair of states
        // joined by a hyphen is no person.
        // Two particles in a row stay inside a name ("de la", "van der"),
        // also after capitalised title words no lexicon knows; "as" after a
        // person's full name ends it.
        // A lower-case committee noun after a name of two or more words
        // ends the body's name; after one known body it does not.
        // Credit ratings, money aggregates, model codes and the common
        // acronyms of non_names.txt (diseases, taxes, formats) are no names;
        // a group of states is ("G-7").
        NameTypeCase{"codes_are_no_names",
                     "Moody's cut the notes to Baa-3 from A-1 and to Ba2. M-2 grew. Airbus sold 10 A340 jets and "
                     "the MD-11 lost. The G-7 met. Aids cases rose and VAT fell.",
                     {"G7 ORGANIZATION"},
                     {"Baa-3", "A-1", "Ba2", "M-2", "A340", "MD-11", "Aids", "VAT"}},
        // A name typed a person or a place that opens exactly one company
        // name of the article is that company; not a person's full name
        // after whom a firm is named.
        NameTypeCase{"company_short_forms",
                     "Dome Petroleum Ltd and Salomon Brothers Inc agreed a deal. Salomon said Dome would pay. "
                     "Ivan Boesky and Co LP bought shares, said Ivan Boesky.",
                     {"Dome Petroleum Ltd ORGANIZATION", "Salomon Brothers Inc ORGANIZATION", "Ivan Boesky PERSON"},
                     {"Salomon", "Dome"}},
        // A word no rule types, after a lower-case "the", that a news
        // medium's name "The ..." ends, is that medium; not a word that
        // only opens a sentence.
        NameTypeCase{"the_medium_after_the",
                     "Omar Haddad told the Independent the plan was wrong. Independent experts agreed.",
                     {"The Independent ORGANIZATION"},
                     {"Independent"}},
        // A capitalised run ending in a measure's head word is no name.
        NameTypeCase{"measures_are_no_names",
                     "Gross Domestic Product rose in the New Year, while the Dow Jones Industrial Average and the "
                     "Retail Price Index fell. The Federal Reserve said so.",
                     {"Federal Reserve ORGANIZATION"},
                     {"Gross Domestic Product", "New Year", "Dow Jones Industrial Average",
                      "Retail Price Index"}},
        NameTypeCase{"committee_noun_ends_name",
                     "Omar Haddad told the House Banking subcommittee the plan was fair. A Senate committee agreed. "
                     "He also told BBC Radio Four.",
                     {"House Banking subcommittee ORGANIZATION", "Senate ORGANIZATION", "BBC Radio 4 ORGANIZATION"},
                     {"House Banking", "Senate committee", "BBC"}},
        // A plural's possessive inside a body's name ("Workers' Party").
        NameTypeCase{"plural_possessive_in_name",
                     "The Zorvan Growers' Association and the Workers' Party met on Monday.",
                     {"Zorvan Growers' Association ORGANIZATION", "Workers' Party ORGANIZATION"},
                     {"Association", "Party"}},
        NameTypeCase{"double_particles_and_as",
                     "Barrister Tom de la Mare spoke. Philips chairman Cor van der Klugt agreed. The White House "
                     "named Patrick Buchanan as Reagan's communications director.",
                     {"Tom de la Mare PERSON", "Cor van der Klugt PERSON", "Patrick Buchanan PERSON"},
                     {"Barrister Tom", "Mare", "Cor", "Klugt", "Patrick Buchanan as Reagan"}},
        NameTypeCase{"state_pair_is_no_name",
                     "German officials met. A Franco-German meeting failed. The Iran-Iraq war went on.",
                     {"Germany LOCATION"},
                     {"Franco-German", "Iran-Iraq", "West Germany"}},
        NameTypeCase{"number_before_sentence_initial_name",
                     "President Ronald Reagan spoke. One Reagan aide said so. Three Liberal Party members agreed. "
                     "Seven Oaks International Inc said it would sell.",
                     {"Ronald Reagan PERSON", "Liberal Party ORGANIZATION", "Seven Oaks International Inc ORGANIZATION"},
                     {"One Reagan", "Three Liberal Party"}},
        // A continent named only by its adjective, in no relation, is no
        // entity; its noun or its people ("Africans") are.
        NameTypeCase{"idle_continent_adjective",
                     "European justice plans and the Asian community were discussed. Africans want change.",
                     {"Africa LOCATION"}, {"Europe", "Asia"}},
        // British government departments by their acronyms.
        NameTypeCase{"department_acronyms",
                     "Defra said the DTI and the ODPM agreed.",
                     {"Department for Environment, Food and Rural Affairs ORGANIZATION",
                      "Department of Trade and Industry ORGANIZATION", "Office of the Deputy Prime Minister ORGANIZATION"},
                     {}},
        // British counties, towns and London boroughs are places.
        NameTypeCase{"british_places",
                     "Aberavon and Tower Hamlets voted for Ana Ruiz. Slough agreed.",
                     {"Aberavon LOCATION", "Tower Hamlets LOCATION", "Slough LOCATION"}, {}},
        // A point of the compass before a town, county or state is one place.
        NameTypeCase{"compass_place",
                     "Police in South Wales and North Devon agreed with West Germany.",
                     {"South Wales LOCATION", "North Devon LOCATION", "West Germany LOCATION"}, {"South", "North"}},
        // A currency unit and diseases are no names.
        NameTypeCase{"currency_unit_and_diseases",
                     "Ana Ruiz said the fund holds 5 bln European Currency Units. HIV and BSE spread.",
                     {"Ana Ruiz PERSON"}, {"Currency Units", "HIV", "BSE"}},
        // A white paper is an event (a policy); a body's full name may lack
        // its "the" and wrap onto the next line.
        NameTypeCase{"white_paper_and_wrapped_full_name",
                     "Ana Ruiz backed the aviation White Paper. The Organization of Petroleum\nExporting Countries "
                     "met.",
                     {"white paper (2024-05-01) EVENT", "OPEC ORGANIZATION"}, {}},
        // "the Budget" names an event only with a capital, standing alone; a
        // word of a body's name otherwise.
        NameTypeCase{"capitalised_budget",
                     "Ana Ruiz praised the Budget. The Senate Budget Committee and the Office of Management and "
                     "Budget agreed to cut the budget.",
                     {"budget (2024-05-01) EVENT", "Senate Budget Committee ORGANIZATION",
                      "Office of Management and Budget ORGANIZATION"},
                     {"Budget Committee", "Office of Management"}},
        // A named district is one place, not "City" and its city's state.
        NameTypeCase{"district_of_a_city", "Bankers in the City of London were worried.",
                     {"City of London LOCATION"}, {"City", "United Kingdom", "London"}},
        // A company's name without its suffixes is the company, whatever its
        // context suggests; a known organisation with suffixes is that one.
        NameTypeCase{"company_without_suffix",
                     "Reuters Holdings Plc reported higher profits on Monday. A Reuters spokesman said sales rose. "
                     "Quorvel Inc reported a loss. Quorvel said sales fell in Lima.",
                     {"Reuters ORGANIZATION", "Quorvel Inc ORGANIZATION"},
                     {"Reuters Holdings Plc", "Quorvel"}},
        // A name of two words or more ending the one longer organisation
        // name given before it is that organisation; not a party's name,
        // not a tail two names end with, not a tail named first.
        NameTypeCase{"organisation_name_tail",
                     "The Senate Finance Committee met Omar Haddad. The Finance Committee then voted. The Austrian "
                     "National Bank sold dollars; the National Bank said so. The Social Democratic Party won and the "
                     "Democratic Party lost. The Stock Exchange opened, and the London Stock Exchange and the Paris "
                     "Stock Exchange fell.",
                     {"Senate Finance Committee ORGANIZATION", "Austrian National Bank ORGANIZATION",
                      "Social Democratic Party ORGANIZATION", "Democratic Party ORGANIZATION",
                      "Stock Exchange ORGANIZATION", "London Stock Exchange ORGANIZATION"},
                     {"Finance Committee", "National Bank"}},
        // Officials in a body's "of" phrase, and a country past "of the",
        // are words of its name; not after a company's suffix, where the
        // country says where the firm is from.
        NameTypeCase{"body_of_officials_of_the_country",
                     "The Council of Ministers of the Netherlands met. The Development Bank of the Philippines "
                     "lent 10 mln dlrs to Tarsun House Ltd of the U.K.",
                     {"Council of Ministers of the Netherlands ORGANIZATION",
                      "Development Bank of the Philippines ORGANIZATION", "Tarsun House Ltd ORGANIZATION",
                      "United Kingdom LOCATION"},
                     {"Council", "Development Bank", "Tarsun House Ltd of the U.K."}},
        // The monarch's possessive may stand inside a body's name as a
        // people's does; so may a head word in the plural inside its "of"
        // phrase.
        NameTypeCase{"possessive_and_plural_heads_in_names",
                     "A soldier of the Queen's Lancashire Regiment died. The People's Fuel Lobby and the Association "
                     "of Quorvel Authorities objected.",
                     {"Queen's Lancashire Regiment ORGANIZATION", "People's Fuel Lobby ORGANIZATION",
                      "Association of Quorvel Authorities ORGANIZATION"},
                     {"Lancashire Regiment", "Fuel Lobby", "Association of Quorvel"}},
        // Two or more words no list knows, then a country ending the run, name
        // a body working there (a word never a name alone may be among
        // them); not after a company's suffix, a place's head word or a
        // capitalised function word.
        NameTypeCase{"body_named_for_a_country",
                     "Jon Eide, head of Alcohol Focus Scotland, spoke. Zorvan Research UK and Quorvel Bank Canada "
                     "agreed. Tarsun Cars Inc U.S. and Orange County California objected. The Plot Against America "
                     "sold well.",
                     {"Alcohol Focus Scotland ORGANIZATION", "Zorvan Research UK ORGANIZATION",
                      "Quorvel Bank Canada ORGANIZATION", "Tarsun Cars Inc ORGANIZATION"},
                     {"Alcohol", "Tarsun Cars Inc U.S.", "Orange County California", "Plot Against America"}},
        // "Lord Chief Justice" and "Lord Justice" are titles (roles.tsv), no
        // one's name; "King's Cross" is a place (places.tsv).
        NameTypeCase{"lords_titles_and_kings_cross",
                     "The Lord Chief Justice, Lord Tarsun, said it was wrong. Lord Justice Zorvan agreed. They met "
                     "at King's Cross station.",
                     {"Tarsun PERSON", "Zorvan PERSON", "King's Cross LOCATION"},
                     {"Chief Justice", "Cross", "Justice Zorvan"}},
        // Parties whose names are common words come from organizations.tsv.
        NameTypeCase{"parties_named_by_common_words",
                     "Ana Ruiz launched Veritas in Westminster. The party Respect is standing in Bethnal Green.",
                     {"Veritas ORGANIZATION", "Respect ORGANIZATION"}, {}},
        // A body's topic may be a list of single words with commas and a
        // last "and"; a list of countries after a body's name is no topic.
        NameTypeCase{"topic_list_in_name",
                     "The Zorvan Subcommittee on Wool, Dairy and Poultry wrote to Omar Haddad. The Council of Europe, "
                     "France and Germany met.",
                     {"Zorvan Subcommittee on Wool, Dairy and Poultry ORGANIZATION", "Council of Europe ORGANIZATION",
                      "France LOCATION"},
                     {"Zorvan Subcommittee on Wool"}},
        // Words before a party's name ending in "party" name another party,
        // spelt as written when the party's canonical name has no "Party";
        // a state before it does not.
        NameTypeCase{"words_before_a_party",
                     "Ana Ruiz of the Christian Democratic party met the Democratic Party. Ohio Democratic Party "
                     "leaders agreed. The Stevenage Labour Party met.",
                     {"Christian Democratic Party ORGANIZATION", "Democratic Party ORGANIZATION", "Ohio LOCATION",
                      "Stevenage Labour Party ORGANIZATION"},
                     {"Christian", "Stevenage Labour"}},
        // A `party_qualifier` before a party's one-word name names another
        // party, one with its name spelt out ("Social Democrats" and "Social
        // Democrat" are one); a state before it does not.
        NameTypeCase{"qualified_party",
                     "The Social Democrats met the Free Democrat Party. Social Democrat Ana Ruiz and Texas Democrat "
                     "Jon Eide agreed. The Progressive Conservatives lost.",
                     {"Social Democratic Party ORGANIZATION", "Free Democratic Party ORGANIZATION",
                      "Democratic Party ORGANIZATION", "Texas LOCATION", "Ana Ruiz PERSON",
                      "Progressive Conservative Party ORGANIZATION"},
                     {"Social", "Free Democrat", "Social Democrats", "Party"}},
        // An ampersand between capitalised words joins a firm's name.
        NameTypeCase{"ampersand_firm", "The accounting firm Dorne & Vasko urged Omar Haddad to act.",
                     {"Dorne & Vasko ORGANIZATION", "Omar Haddad PERSON"}, {"Dorne", "Vasko"}},
        // A gazetteer name with "and" is matched when written with "&".
        NameTypeCase{"ampersand_gazetteer_name", "Omar Haddad of Standard & Poor's said so.",
                     {"Standard and Poor's ORGANIZATION"}, {"Standard & Poor", "Standard"}},
        // A title's or a plural noun's possessive inside a body's name; a
        // title's possessive only right before the head word.
        NameTypeCase{"possessive_inside_name",
                     "The Water Commissioner's Office and the Women's Rural Union met the Mayor's Andean Council.",
                     {"Water Commissioner's Office ORGANIZATION", "Women's Rural Union ORGANIZATION",
                      "Andean Council ORGANIZATION"},
                     {"Office", "Rural Union"}},
        NameTypeCase{"place_words", "Fighting spread to Upper Kivu on Monday.", {"Upper Kivu LOCATION"}, {}},
        // Wire copy: a company's suffix ends its name; the last of a list
        // joined by "and" is a name of its own; a firm's name may hold a
        // comma before its partners and suffix.
        NameTypeCase{"company_suffix", "Drillex joined Vantor Co, Kestrel and Belmark Oil in raising prices.",
                     {"Vantor Co ORGANIZATION", "Belmark Oil ORGANIZATION"}, {"Kestrel and Belmark Oil"}},
        NameTypeCase{"firm_with_comma", "Omar Haddad, an analyst at Trask, Molyneux and Co, said Peru would pay.",
                     {"Trask, Molyneux and Co ORGANIZATION"}, {"Trask", "Molyneux and Co"}},
        NameTypeCase{"company_suffix_alone", "Total vault cash 25 vs 27\n Inc cash equal to reserves 22 vs 24",
                     {}, {"Inc"}},
        NameTypeCase{"possessive_in_gazetteer_name", "Moody's said it had cut the rating of Peru.",
                     {"Moody's Investors Service ORGANIZATION"}, {"Moody"}},
        // An abbreviation in parentheses after a body's name is that body.
        NameTypeCase{"abbreviation_in_parentheses",
                     "Ana Ruiz wrote to the Office of Rail Safety (ORSAF). ORSAF rejected the plan.",
                     {"Office of Rail Safety ORGANIZATION"}, {"ORSAF"}},
        NameTypeCase{"group_of_number", "The Group of 77 met in Lima.", {"Group of 77 ORGANIZATION"}, {"Group"}},
        // A month after a given name is a surname, unless a day follows.
        NameTypeCase{"month_as_surname", "Lena May spoke in Lima on May 5.", {"Lena May PERSON"}, {"Lena"}},
        // One word of an ALL-CAPS headline that the article writes in lower
        // case is no name, even when a longer name capitalises it.
        NameTypeCase{"headline_common_word",
                     "PERU VISIT BOOSTS TRADE\n\nThe visit boosted trade, the Peruvian Trade Ministry said.", {},
                     {"TRADE", "Trade"}},
        // A title in apposition makes a person of words tagged news has in
        // organisations' names ("Nabi"); not a title opening the next clause.
        NameTypeCase{"title_in_apposition",
                     "Qasrin Nabi, the Peruvian Minister of Energy, met Lena Vik. Peru sold tin to Qasrin Tabun, the "
                     "spokesman said.",
                     {"Qasrin Nabi PERSON", "Qasrin Tabun LOCATION"}, {}},
        // Wire copy's state abbreviations are the states, but initials
        // before a surname are a person's; foreign banks' head words type
        // them; economic abbreviations are no names.
        NameTypeCase{"wire_abbreviations",
                     "Widget Inc of Newark, N.J., hired N.J. Nicholas. Banque Vantor said GDP and GNP rose.",
                     {"New Jersey LOCATION", "N.J. Nicholas PERSON", "Banque Vantor ORGANIZATION"}, {"GDP", "GNP"}},
        // A place before words tagged news has in organisations' names is
        // part of an organisation's name; a point of the compass starts a place.
        NameTypeCase{"place_before_organisation_words",
                     "The Lima Daily said Peru would pay. Exports to the West Indies rose.",
                     {"Lima Daily ORGANIZATION", "West Indies LOCATION"}, {"Lima", "Daily", "West"}},
        // In a dated article, a surname alone of the one office holder of
        // that year whose state the article names is that holder.
        NameTypeCase{"surname_of_known_holder", "Macron said France would help Peru.", {"Emmanuel Macron PERSON"},
                     {"Macron"}},
        // A state, a region or a demonym and the name words after it belong
        // to a body's "of" name (a city says where it sits); a point of the
        // compass before a name no list knows, or before a country, starts
        // one place.
        NameTypeCase{"body_of_state_and_compass_places",
                     "Ana Ruiz of the University of Texas and Omar Haddad of the Association of Peruvian Exporters "
                     "flew from West Hartford via New England to North China.",
                     {"University of Texas ORGANIZATION", "Association of Peruvian Exporters ORGANIZATION",
                      "West Hartford LOCATION", "New England LOCATION", "North China LOCATION"},
                     {"University", "Association", "Exporters", "West", "New", "North", "Texas"}},
        // A place inside a name that an organisation's head word or a
        // company suffix ends is part of the body's name; so is a demonym
        // opening a company's name.
        NameTypeCase{"place_inside_company_name",
                     "Ana Ruiz, an analyst at First Lima Corp, said Drillex Peru Bank Ltd and Peruvian Widget Co would pay.",
                     {"First Lima Corp ORGANIZATION", "Drillex Peru Bank Ltd ORGANIZATION",
                      "Peruvian Widget Co ORGANIZATION"},
                     {"First", "Lima", "Peru", "Drillex"}},
        // Broadcasters' channels under their numbered names.
        NameTypeCase{"numbered_channels", "Ana Ruiz told BBC1's morning programme and BBC2 that Peru would pay.",
                     {"BBC One ORGANIZATION", "BBC Two ORGANIZATION"}, {"BBC1", "BBC2"}},
        // A known organisation is known under every spelling of its legal
        // form (Corporation, Corp, Corp.; Company, Co; Limited, Ltd).
        NameTypeCase{"legal_form_spellings", "The British Broadcasting Corp and the Boeing Company agreed.",
                     {"BBC ORGANIZATION", "Boeing ORGANIZATION"}, {"British Broadcasting Corp", "Boeing Company"}},
        // Wire copy's stock codes, credit ratings and clock times are no
        // names; a company suffix of any country ends a company's name;
        // "D.C." and "B.C." after a city are the territories.
        NameTypeCase{"wire_codes_ratings_and_suffixes",
                     "Drillex AB <DRLX.ST> and Vantor Oy [VANT.HE] said at 10 A.M. in Washington, D.C. that Moody's "
                     "cut Kestrel GmbH to BB from BBB and Belmark Bhd to B from CCC.",
                     {"Drillex AB ORGANIZATION", "Vantor Oy ORGANIZATION", "Kestrel GmbH ORGANIZATION",
                      "Belmark Bhd ORGANIZATION", "District of Columbia LOCATION"},
                     {"ST", "HE", "DRLX.ST", "A.M.", "BB", "BBB", "B", "CCC", "D.C."}},
        // Dates, labels and plural nouns are no names.
        NameTypeCase{"month_abbreviations", "Acme Widget Corp bought shares on Jan 12 and sold them on Aug 3.",
                     {"Acme Widget Corp ORGANIZATION"}, {"Jan", "Aug"}},
        NameTypeCase{"table_label", "NOTE: Per share figures were adjusted. Company also said it would pay.", {},
                     {"NOTE", "Company"}},
        NameTypeCase{"plural_before_speech_verb", "Dealers said the peso fell. Most dealers expect more.", {},
                     {"Dealers"}},
        // Capitalised words of a field before a lower-case title are part
        // of the title; a company before it is a body.
        NameTypeCase{"portfolio_before_lower_case_title",
                     "Peruvian Health spokesman Ana Ruiz and Acme spokesman Omar Haddad disagreed.",
                     {"Acme ORGANIZATION"}, {"Health"}},
        // The residents of a territory stand for it, as a country's demonym does.
        NameTypeCase{"territory_residents", "Most Greenlanders voted against the plan.", {"Greenland LOCATION"}, {}},
        // A city heading a place's name: one place.
        NameTypeCase{"city_heading_a_place", "Ana Ruiz questioned plans for Lima Airport and the Lima Wildlife "
                     "Refuge.", {"Lima Airport LOCATION", "Lima Wildlife Refuge LOCATION"}, {"Lima", "Airport"}},
        // A place heading a body's name keeps the head word's "of" phrase, up
        // to a title, a person's name or an adjective of a lower-case noun.
        // A national broadcaster's service for a place is a body of its own.
        NameTypeCase{"broadcaster_for_place", "Ana Ruiz told BBC Wales and Radio Scotland that Peru was right.",
                     {"BBC Wales ORGANIZATION", "Radio Scotland ORGANIZATION"}, {"Wales", "Scotland", "Radio"}},
        NameTypeCase{"place_headed_body_of", "Ana Ruiz told the Peruvian Chamber of Commerce so on Monday.",
                     {"Peruvian Chamber of Commerce ORGANIZATION"}, {"Peruvian Chamber", "Commerce"}},
        NameTypeCase{"place_headed_body_of_city", "The Federal Reserve Bank of St. Louis agreed with Peru.",
                     {"Federal Reserve Bank of St. Louis ORGANIZATION"}, {"Louis"}},
        NameTypeCase{"place_headed_body_of_before_title",
                     "U.S. Department of Agriculture Deputy Administrator Omar Haddad spoke.",
                     {"U.S. Department of Agriculture ORGANIZATION", "Omar Haddad PERSON"},
                     {"U.S. Department of Agriculture Deputy Administrator"}},
        NameTypeCase{"place_headed_body_of_adjective", "Peru met the Lima Club of Western creditor banks.",
                     {"Lima Club ORGANIZATION"}, {"Lima Club of Western"}},
        // A fronted participle is no name; a name ending in -ing before its
        // verb is one.
        NameTypeCase{"fronted_participle",
                     "Addressing claims that the plan failed, Ana Ruiz told reporters it worked. Zorving said, "
                     "however, that it did not.",
                     {"Zorving PERSON"}, {"Addressing"}},
        // A given name that is also an event noun starts a person's name;
        // the same word heading a name is the event.
        NameTypeCase{"given_name_bill", "Tory MP Bill Zorvo said the Finance Bill was unfair.",
                     {"Bill Zorvo PERSON"}, {"Zorvo"}},
        // A former title before a name is no part of it; a surname that is
        // also an event noun follows a given name.
        NameTypeCase{"former_title_and_event_noun_surname",
                     "Ex-PM Lord Zorvan dies aged 92. Jack Law, chief executive of the Quorvel Trust, paid tribute.",
                     {"Zorvan PERSON", "Jack Law PERSON"}, {"Ex-PM Lord Zorvan", "Jack"}},
        // A plural name after "in the" that tagged news writes as a place.
        NameTypeCase{"plural_region", "Tourism in the Highlands fell.", {"Highlands LOCATION"}, {}},
        // "The House" in a story on the U.S. Congress is its House of
        // Representatives, and so is "House" before a title.
        NameTypeCase{"house_of_congress",
                     "The Senate passed the bill. Final action came on a voice vote in the House.",
                     {"House of Representatives ORGANIZATION"}, {}},
        NameTypeCase{"house_before_title", "The Senate passed the bill. House Speaker Omar Haddad welcomed it.",
                     {"House of Representatives ORGANIZATION", "Omar Haddad PERSON"}, {"House"}},
        // A body's committee named in lower case is an organisation; "a
        // Commons select committee" is the House.
        NameTypeCase{"lower_case_committee",
                     "Ana Ruiz, a member of the Commons intelligence and security committee, spoke. Omar Haddad told "
                     "a Commons select committee he agreed.",
                     {"Commons intelligence and security committee ORGANIZATION", "House of Commons ORGANIZATION"},
                     {"Commons select committee"}},
        // A known organisation inside a longer name that an organisation's
        // head word ends: a body of its own, whole.
        NameTypeCase{"known_organisation_inside_a_name",
                     "Marbleton Conservative Association chose a candidate. Ana Ruiz of Shearson Lehman Brothers Inc "
                     "said so.",
                     {"Marbleton Conservative Association ORGANIZATION", "Shearson Lehman Brothers Inc ORGANIZATION"},
                     {"Conservative Association", "Lehman Brothers"}},
        // A one-word name in apposition to a singular organisation noun is
        // an organisation; after a plural of people it is not.
        NameTypeCase{"apposition_to_organisation_noun",
                     "Miners of the state corporation, Zorvamin, went on strike. One of its executives, Tavik Morl, "
                     "said so.",
                     {"Zorvamin ORGANIZATION", "Tavik Morl PERSON"}, {}},
        // A two-letter abbreviation only ever written before a lower-case
        // noun names a thing; one that acts is a body.
        NameTypeCase{"attributive_abbreviation",
                     "The Tories will back ID cards. The ID cards bill passed. The ZQ said it would help.",
                     {"ZQ ORGANIZATION"}, {"ID"}},
        // A name before a medium's noun is the medium; a language is no name.
        NameTypeCase{"medium_noun_after_name", "The plan was reported by Zorbat magazine and on Arabic television.",
                     {"Zorbat ORGANIZATION"}, {"Arabic"}},
        // A name after a medium's noun, itself after a state's adjective, an
        // article or a modifier, is the medium; a person's surname there
        // ("In the paper Haddad wrote") joins the person.
        NameTypeCase{"medium_named_after_its_noun",
                     "The Chilean daily Zorbat said the plan was wrong. The weekly Quintavel agreed. Omar Haddad "
                     "spoke too. In the paper Haddad wrote that growth slowed. He spoke to gadget magazine Tarvel.",
                     {"Zorbat ORGANIZATION", "Quintavel ORGANIZATION", "Omar Haddad PERSON", "Tarvel ORGANIZATION"},
                     {"Haddad"}},
        // Unknown names listed with a known place are places; not in a list
        // ending in a verb, nor with a person in it.
        NameTypeCase{"place_list", "Strikes hit Cusco, Zorvadel, Quintarra and Arequipa on Monday.",
                     {"Zorvadel LOCATION", "Quintarra LOCATION"}, {}},
        NameTypeCase{"place_list_then_verb", "In Lima, Zorvadel and Quintarra said the strike would end.", {},
                     {"Zorvadel"}},
        NameTypeCase{"constituency", "He hopes to remain MP for Zorvadel.", {"Zorvadel LOCATION"}, {}},
        // A capitalised event noun opening a longer name is part of it.
        NameTypeCase{"event_word_in_name", "A spokesman for Peru's War Information Headquarters said so.",
                     {"War Information Headquarters ORGANIZATION"}, {"Information Headquarters"}},
        // A headline's first word before a known holder's surname is no
        // given name.
        NameTypeCase{"headline_word_before_surname", "Stop Biden tax plan, senators say\n\nJoe Biden spoke.",
                     {"Joe Biden PERSON"}, {"Stop Biden"}},
        NameTypeCase{"body_name_with_holder_surname", "Sports news\n\nZorvo Biden spoke to reporters.",
                     {"Zorvo Biden PERSON"}, {}},
        // Title words no lexicon knows before a given name: the person is
        // the name.
        NameTypeCase{"unknown_title_before_person", "Detective Superintendent Anna Kowalski spoke to reporters.",
                     {"Anna Kowalski PERSON"}, {"Detective Superintendent Anna Kowalski"}},
        // A capitalised one-word title after a given name, or after a name a
        // title introduces, is a surname; before a name it is a title.
        NameTypeCase{"title_word_as_surname", "The Labour MP Zorna King said so. Ana Ruiz met King Hussein.",
                     {"Zorna King PERSON"}, {"Zorna", "King Hussein"}},
        // A capital's possessive before the city's own (mayor, police) is the
        // city; before other nouns, the state.
        NameTypeCase{"capital_possessive_city", "Lima's most senior police officer said so.", {"Lima LOCATION"},
                     {"Peru"}},
        NameTypeCase{"capital_possessive_state", "He said Lima's position is firm.", {"Peru LOCATION"}, {"Lima"}},
        // Capitals coordinated after a verb act together, past "both".
        NameTypeCase{"coordinated_capitals_act", "The ruling has outraged both Lima and Santiago.",
                     {"Peru LOCATION", "Chile LOCATION"}, {"Lima", "Santiago"}},
        NameTypeCase{"coordinated_capitals_places", "He flew to Lima and Santiago last week.",
                     {"Lima LOCATION", "Santiago LOCATION"}, {"Peru", "Chile"}},
        // A capitalised preposition after an organisation's head word, and
        // two words joined by "and" before one, belong to its name.
        NameTypeCase{"preposition_in_name", "Ana Ruiz, from the League Against Quorvel Sports, said so.",
                     {"League Against Quorvel Sports ORGANIZATION"}, {"League", "Quorvel Sports"}},
        NameTypeCase{"and_in_committee_name", "Quorvel Ways and Means Committee Chairman Omar Haddad spoke.",
                     {"Quorvel Ways and Means Committee ORGANIZATION", "Omar Haddad PERSON"}, {"Means Committee"}},
        // A known leader's surname before "Administration" names the state.
        NameTypeCase{"leader_administration", "WASHINGTON - The Biden Administration opposed the bill, U.S. officials said.",
                     {"United States LOCATION"}, {"Biden Administration"}},
        // A country's name before "Administration" or "Government" is the
        // state.
        NameTypeCase{"state_administration", "The Peruvian Government criticised the U.S. Administration on Monday.",
                     {"Peru LOCATION", "United States LOCATION"}, {"U.S. Administration", "Peruvian Government"}},
        // An organisation's head word alone after "the" is the article's
        // organisation of that name; "the Cabinet" is the government.
        NameTypeCase{"bare_head_word", "The Quorvel Brigade attacked the town. Later the Brigade withdrew.",
                     {"Quorvel Brigade ORGANIZATION"}, {"Brigade"}},
        // Also when the lexicon names the organisation otherwise ("SEC");
        // with several, the one named last before the reference.
        NameTypeCase{"bare_head_word_lexicon_name",
                     "The Securities and Exchange Commission said so. The Commission's staff agreed.",
                     {"SEC ORGANIZATION"}, {"Commission", "Securities and Exchange Commission"}},
        NameTypeCase{"the_cabinet", "Ana Ruiz told the Cabinet on Monday that she would stay.", {}, {"Cabinet"}},
        NameTypeCase{"government_word_qualifier", "Ana Ruiz and other Cabinet ministers met Administration officials.",
                     {}, {"Cabinet", "Administration"}},
        // A law or an affair is an event, listed only when a relation uses it.
        NameTypeCase{"law_is_no_organisation", "The Quorvel Data Act was passed in May.", {}, {"Quorvel Data Act"}},
        // A place's possessive owns the body after it; it does not head its
        // name ("Tehran Radio" still does).
        NameTypeCase{"possessive_place_before_body", "They appealed in Lima's High Court. Tehran Radio said so.",
                     {"Lima LOCATION", "High Court ORGANIZATION", "Tehran Radio ORGANIZATION"}, {"Lima's High Court"}},
        NameTypeCase{"organisation_words", "Relief workers of Care International left the town.",
                     {"Care International ORGANIZATION"}, {}},
        NameTypeCase{"no_actor", "He will preach at the Christmas Midnight Mass.\n\nThe choir sang.", {},
                     {"Christmas Midnight Mass", "Christmas Midnight Mass."}},
        NameTypeCase{"body_of_quotation_speaker", "\"The market is weak,\" said Zembrowski of Quorvel Stearns.",
                     {"Zembrowski PERSON", "Quorvel Stearns ORGANIZATION"}, {"Zembrowski of Quorvel Stearns"}},
        // A given name alone after an article is no person.
        NameTypeCase{"given_name_after_article",
                     "The Oscar winner thanked Ana Ruiz. She hopes to win an Oscar too. Gas was found in the Juha "
                     "field. Nancy said so.",
                     {"Ana Ruiz PERSON", "Nancy PERSON"}, {"Oscar", "Juha"}},
        NameTypeCase{"unknown_words_are_a_person", "Ozrik Vandelmar led the delegation.", {"Ozrik Vandelmar PERSON"}, {}},
        NameTypeCase{"surname_used_alone", "Ozren Kvastek arrived. Kvastek spoke briefly.",
                     {"Ozren Kvastek PERSON"}, {}},
        // A person's full name does not run on through "of": the
        // organisation after it is its own.
        NameTypeCase{"person_of_organisation", "Laura Vidal of Andean Rivers Foundation said so.",
                     {"Laura Vidal PERSON", "Andean Rivers Foundation ORGANIZATION"},
                     {"Laura Vidal of Andean Rivers Foundation"}},
        // An organisation's name may hold "and" and a country after "of";
        // a city after "of" only says where it sits.
        NameTypeCase{"organisation_with_and", "The Miners and General Workers Union met the Department of "
                     "Mines and Energy. Chile Mining Corp and Peru Steel Union merged.",
                     {"Miners and General Workers Union ORGANIZATION", "Department of Mines and Energy ORGANIZATION"},
                     {"General Workers Union", "Department of Mines", "Chile Mining Corp and Peru Steel Union"}},
        NameTypeCase{"organisation_of_country", "The Workers Council of Peru met the Policy Institute of Valparaiso.",
                     {"Workers Council of Peru ORGANIZATION", "Valparaiso LOCATION"}, {"Workers Council"}},
        // A particle opening a sentence is still the surname's particle.
        NameTypeCase{"capitalised_particle", "Pieter van Rensburg spoke. Van Rensburg left.",
                     {"Pieter van Rensburg PERSON"}, {"Van Rensburg"}},
        // A short title inside a run starts the next name.
        NameTypeCase{"title_inside_run", "The Archbishop of Canterbury Dr Rowan Williams spoke.",
                     {"Rowan Williams PERSON"}, {"Canterbury Dr Rowan Williams"}},
        // Post-nominal letters are no part of the name.
        NameTypeCase{"post_nominal", "Ozren Kvastek QC, a barrister, spoke.", {"Ozren Kvastek PERSON"},
                     {"Ozren Kvastek QC"}},
        // A known organisation's name heading a longer one with an
        // organisation's head word is that other organisation.
        NameTypeCase{"organisation_heading_another", "The Metropolitan Police Authority met on Monday.",
                     {"Metropolitan Police Authority ORGANIZATION"}, {"Scotland Yard", "Authority"}},
        // A city's name after a given name is a surname; a state's is not.
        // What a title or a person is "of", "for" or "with" is a body, even
        // when its words are unknown.
        NameTypeCase{"body_of_title_or_person",
                     "Ana Ruiz, a partner with Zorvex Quill, and Omar Haddad of Parrow Lindqvist met.",
                     {"Zorvex Quill ORGANIZATION", "Parrow Lindqvist ORGANIZATION", "Omar Haddad PERSON"}, {}},
        NameTypeCase{"city_as_surname", "Peru suspended a candidate, John Houston, and Carlos Lima was in Texas.",
                     {"John Houston PERSON", "Carlos Lima PERSON"}, {"Houston", "John", "Carlos Texas"}},
        // Companies and banks named in French, Italian, Spanish or German: a
        // word such as "Caisse", "Societa" or "Landesbank" makes the name an
        // organisation's, and "und", "et" and "fur" join its parts.
        NameTypeCase{"foreign_company_names",
                     "Caisse Tervalle Varenne lent money to Societa Brugnato Vessari. Marten Landesbank Oberkamp "
                     "and Orsolt und Cie sold bonds to Kreditanstalt fur Wiedervalt and Lorand Pirel et Cie.",
                     {"Caisse Tervalle Varenne ORGANIZATION", "Societa Brugnato Vessari ORGANIZATION",
                      "Marten Landesbank Oberkamp ORGANIZATION", "Orsolt und Cie ORGANIZATION",
                      "Kreditanstalt fur Wiedervalt ORGANIZATION", "Lorand Pirel et Cie ORGANIZATION"},
                     {"Cie", "Kreditanstalt", "Wiedervalt", "Lorand Pirel"}}),
    [](const auto& info) { return info.param.name; });

// An undated "President Bush" is one of two presidents, both of the United
// States: the affiliation is certain, the person is not.
TEST(KnownOfficeTest, AmbiguousHoldersOfOneOffice) {
  Extraction x = ExtractText("President Bush spoke about the United States economy.", std::string(kUnknownDate));
  EXPECT_THAT(RelationLines(x), ::testing::Contains("Bush AFF United States (president)"));
}

// An act noun with no target relates nothing: no EVENT entity, no relation.
TEST(ActNounTest, NoTargetNoRelation) {
  Extraction x = ExtractText("Despite Chilean objections, the plan went ahead.");
  EXPECT_THAT(RelationLines(x), ::testing::IsEmpty());
  for (const Entity& e : x.entities) EXPECT_NE(e.type, EntityType::kEvent) << e.name;
}

// "Ex-" marks a past affiliation: none is recorded.
TEST(KnownOfficeTest, ExPartyIsNoAffiliation) {
  Extraction x = ExtractText("Ex-Labour MP Omar Haddad spoke in Leeds. Labour MP Ana Ruiz replied.");
  std::vector<std::string> lines = RelationLines(x);
  EXPECT_FALSE(std::any_of(lines.begin(), lines.end(), [](const std::string& l) { return l.starts_with("Omar Haddad AFF"); }))
      << ::testing::PrintToString(lines);
  EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const std::string& l) { return l.starts_with("Ana Ruiz AFF"); }))
      << ::testing::PrintToString(lines);
}

TEST(NameModelTest, ClassifiesByWordCounts) {
  NameWordCounts holy{1, 11, 3, 4}, land{0, 3, 30, 5}, christmas{2, 4, 24, 540};
  EXPECT_EQ(ClassifyName({&land}), NameClass::kLocation);
  EXPECT_EQ(ClassifyName({&holy, &land}), NameClass::kLocation);
  EXPECT_EQ(ClassifyName({&holy}), NameClass::kOrganization);
  EXPECT_EQ(ClassifyName({&christmas, nullptr}), NameClass::kOther);
  EXPECT_EQ(ClassifyName({nullptr, nullptr}), NameClass::kUnknown);
}

TEST(NameModelTest, TrainsFromTaggedCsv) {
  std::string dir = ::testing::TempDir();
  std::string csv = dir + "/gmb_tiny.csv", out = dir + "/name_words.tsv";
  {
    std::ofstream f(csv);
    f << "Sentence #,Word,POS,Tag\n"
         "Sentence: 1,Ana,NNP,B-per\n,Ruiz,NNP,I-per\n,visited,VBD,O\n,Tarsun,NNP,B-geo\n,Valley,NNP,I-geo\n,\"\"\"\",``,O\n"
         "Sentence: 2,Ruiz,NNP,B-per\n,met,VBD,O\n,Tarsun,NNP,B-geo\n,\"10,000\",CD,O\n";
  }
  auto report = TrainNameModel(csv, out, /*min_count=*/1);
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(report->sentences, 2u);
  EXPECT_EQ(report->tokens, 10u);
  std::ifstream in(out);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_THAT(text, HasSubstr("Ruiz\t2\t0\t0\t0\n"));
  EXPECT_THAT(text, HasSubstr("Tarsun\t0\t0\t2\t0\n"));
  EXPECT_THAT(text, ::testing::Not(HasSubstr("visited")));  // lower case: never a name word
  // A malformed line is named.
  { std::ofstream f(csv); f << "Sentence #,Word,POS,Tag\nSentence: 1,Ana,NNP\n"; }
  auto bad = TrainNameModel(csv, out);
  ASSERT_FALSE(bad.ok());
  EXPECT_THAT(std::string(bad.status().message()), HasSubstr("gmb_tiny.csv:2: expected 4 fields"));
}

// An event's mention is its name as written: with the body or place that
// names it, or the words that classify it; not its determiner, its owner or
// a passing adjective.
struct EventMentionCase {
  std::string name;
  std::string text;
  std::vector<std::string> expected;  // "entity name: mention"
};

class EventMentionTest : public ::testing::TestWithParam<EventMentionCase> {};

TEST_P(EventMentionTest, Mentions) {
  Extraction x = ExtractText(GetParam().text);
  std::vector<std::string> got;
  for (const Entity& e : x.entities) {
    if (e.type != EntityType::kEvent) continue;
    for (int m : e.mentions) got.push_back(e.name + ": " + x.mentions[m].surface);
  }
  EXPECT_THAT(got, ::testing::UnorderedElementsAreArray(GetParam().expected));
}

INSTANTIATE_TEST_SUITE_P(
    Table, EventMentionTest,
    ::testing::Values(
        EventMentionCase{"body_names_meeting", "Peru will chair the G8 summit next year.",
                         {"G8 summit: G8 summit"}},
        EventMentionCase{"classifying_words", "Peru announced a partial truce. Chile called a nationwide strike.",
                         {"truce (2024-05-01): partial truce", "strike (2024-05-01): strike"}},
        // So do the classifying words of company deals and farm policy.
        EventMentionCase{"deal_classifiers",
                         "Tarsun Corp shareholders backed the definitive merger agreement. Peru backed "
                         "the farm bill.",
                         {"agreement (2024-05-01): definitive merger agreement", "bill (2024-05-01): farm bill"}},
        // A classifying noun belongs to a policy's mention; "new" does not.
        EventMentionCase{"policy_classifiers",
                         "Peru backed a new compromise budget. Chile announced an austerity program.",
                         {"budget (2024-05-01): compromise budget", "program (2024-05-01): austerity program"}},
        EventMentionCase{"hyphenated_and_ordinal", "Peru announced an 18-month ceasefire. Chile attended the 20th annual meeting.",
                         {"ceasefire (2024-05-01): 18-month ceasefire", "meeting (2024-05-01): 20th annual meeting"}},
        EventMentionCase{"place_after", "Ana Ruiz attended the talks in Lima.", {"Lima talks: talks in Lima"}},
        // "The meeting" refers to the one gathering the article names, even
        // where no relation uses the name; with two named, to neither.
        EventMentionCase{"gathering_reference",
                         "Ana Ruiz spoke ahead of a meeting in Lima. Tuesday's meeting was hosted by Omar Haddad.",
                         {"Lima meeting: meeting in Lima", "Lima meeting: meeting"}},
        // So does the one whose whole name the article capitalises.
        EventMentionCase{"capitalised_gathering_reference",
                         "Ana Ruiz attended the Quito Summit. Omar Haddad chaired the meeting.",
                         {"Quito summit: Quito Summit", "Quito summit: meeting"}},
        EventMentionCase{"two_named_gatherings",
                         "Ana Ruiz attended the talks in Lima. Omar Haddad left the summit in Quito. Carlos Vega hosted the meeting.",
                         {"Lima talks: talks in Lima", "meeting (2024-05-01): meeting"}},
        // A bill is an event; "the bill" is the one bill the article names.
        EventMentionCase{"named_bill_reference",
                         "Ana Ruiz defended the Quorvel Data Bill. Omar Haddad opposed the bill on Monday.",
                         {"Quorvel Data Bill: Quorvel Data Bill", "Quorvel Data Bill: bill"}},
        // An event in a relation keeps its mentions outside relations too:
        // the same noun with the same naming, before or after.
        EventMentionCase{"mentions_outside_relations",
                         "The price freeze will last 120 days. Omar Haddad declared a freeze on Monday. "
                         "Critics said the freeze was too short.",
                         {"freeze (2024-05-01): price freeze", "freeze (2024-05-01): freeze",
                          "freeze (2024-05-01): freeze"}},
        // (Not a mention that NameEvent names otherwise: "talks in Quito"
        // are the Quito talks, not the Lima talks.)
        EventMentionCase{"mentions_by_name",
                         "Ana Ruiz attended the talks in Lima. The talks in Quito were postponed.",
                         {"Lima talks: talks in Lima"}},
        // An owner or an agent is no part of the name.
        EventMentionCase{"owner_not_in_name", "Peru rejected Chile's peace plan. Ana Ruiz attended Peru's summit.",
                         {"plan (2024-05-01): peace plan", "summit (2024-05-01): summit"}}),
    [](const ::testing::TestParamInfo<EventMentionCase>& info) { return info.param.name; });

struct RelationCase {
  std::string name;
  std::string text;
  std::vector<std::string> expected;  // as Relations() prints them
  std::vector<std::string> absent;
};

class RelationCodingTest : public ::testing::TestWithParam<RelationCase> {};

TEST_P(RelationCodingTest, Codes) {
  std::vector<std::string> got = RelationLines(ExtractText(GetParam().text, "1987-04-07"));
  EXPECT_THAT(got, ::testing::IsSupersetOf(GetParam().expected));
  for (const std::string& a : GetParam().absent) EXPECT_THAT(got, ::testing::Not(::testing::Contains(a)));
}

INSTANTIATE_TEST_SUITE_P(
    Table, RelationCodingTest,
    ::testing::Values(
        // A senator's title before a name affiliates him with the Senate the
        // article names (a plural title, every name it coordinates); "a
        // Michigan Democrat" in apposition, with the party; proposing a
        // bill takes part in it.
        // The owner of a visit or of talks is the visitor, even after a
        // preposition ("during X's visit to Y").
        // A judging word in a few quoted words judges the actor of its clause;
        // "the \"shambles\"" names something; an actor in the speaker's
        // own phrase ("X, head of Y, said", "X of Y called") and one across
        // "but" are not judged.
        // A speech or an address at or to a meeting takes part in it: by the
        // subject of a light verb, by the owner ("In his speech ..., X
        // said"), or from the person after "from"; not a speech to a body.
        RelationCase{"speech_at_meeting",
                     "Ana Ruiz delivered a speech to the bank's annual meeting. In his speech on Tuesday at the "
                     "conference, Omar Haddad praised Peru. An address to the summit from Chilean leader Eva Lund "
                     "was heard. Jon Eide gave a speech to the Peruvian Senate.",
                     {"Ana Ruiz PART meeting (1987-04-07)", "Omar Haddad PART conference (1987-04-07)",
                      "Eva Lund PART summit (1987-04-07)"},
                     {"Chile PART summit (1987-04-07)", "Jon Eide PART Peruvian Senate"}},
        // The one told is no subject of the clause told, whose own subject
        // stands between them; "told X to" makes X the actor, and "said it"
        // is no one told.
        RelationCase{"one_told_is_no_subject_of_what_it_is_told",
                     "An official told Zenbo News the company would sign an agreement with Peru. Ana Ruiz told the "
                     "Quorvel Council that the ministers would meet Chile. Omar Haddad told Bolivia to meet Ecuador. "
                     "Zenbo Corp said it broke off talks with Toray Corp.",
                     {"Ana Ruiz 01 Quorvel Council", "Bolivia 04 Ecuador", "Zenbo Corp 04 Toray Corp"},
                     {"Zenbo News 05 Peru [hypothetical]", "Quorvel Council 04 Chile [hypothetical]"}},
        // A name glued by a hyphen to a participle of making or basing is no
        // object ("U.S.-built cars", "Lima-based Zorvan Corp"), nor a party
        // after "for"; a flag is ("a U.S.-flagged tanker").
        RelationCase{"hyphenated_maker_is_no_object",
                     "Bolivia sold 30,909 U.S.-built cars. Ana Ruiz met Lima-based Zorvan Corp on Monday. Peru "
                     "attacked a U.S.-flagged tanker. Omar Haddad announced an agreement for Quito-based Tarsun Bank "
                     "to buy a stake.",
                     {"Ana Ruiz 04 Zorvan Corp", "Peru 19 United States"},
                     {"Bolivia 07 United States", "Ana Ruiz 04 Lima", "Omar Haddad 05 Ecuador",
                      "Omar Haddad 05 Quito"}},
        // A name coordinated with a place adjunct is one too ("the senior
        // judge in Peru and Chile", "loans in Japan and Brazil"); after
        // officials, a state stands for its own ("counterparts from Europe
        // and Bolivia").
        RelationCase{"coordinated_place_adjunct",
                     "Ana Ruiz called on the senior judge in Peru and Chile, Omar Eide, to act. Tom Hill held talks "
                     "with counterparts from Europe and Bolivia. Lena Vik sought loans in Japan and Brazil.",
                     {"Ana Ruiz 02 Omar Eide", "Tom Hill 04 Bolivia"}, {"Ana Ruiz 02 Chile", "Lena Vik 02 Brazil"}},
        // An object right after a verb and before a modal or a form of "be"
        // or "have" is the subject of a clause, no one agreed with or
        // trusted (a promise is made about that subject: see
        // pronoun_opening_a_clause_is_no_object).
        RelationCase{"object_before_auxiliary_opens_a_clause",
                     "Peru agreed Chile was right. Tom Hill trusted the Andean Council would act. Lena Vik agreed "
                     "the deal with Chile. Ana Ruiz trusted Bolivia.",
                     {"Lena Vik 05 Chile", "Ana Ruiz 05 Bolivia"}, {"Peru 05 Chile", "Tom Hill 05 Andean Council"}},
        // A plural title with no name after it is the one told ("told MPs
        // the Peruvian army was"): the actor after it is no one told.
        RelationCase{"plural_title_alone_is_the_one_told",
                     "Ana Ruiz told MPs the Peruvian army was losing influence. Tom Hill told Bolivia the deal was "
                     "off.",
                     {"Tom Hill 01 Bolivia"}, {"Ana Ruiz 01 Peru"}},
        // "it" right after a reporting verb is its reporter, also in a clause
        // after "after".
        RelationCase{"reported_it_is_the_reporter",
                     "Peru was angry after Chile said it would meet Bolivia. Ecuador was calm when Brazil announced "
                     "that it had met Bolivia.",
                     {"Chile 04 Bolivia [future]", "Brazil 04 Bolivia"},
                     {"Peru 04 Bolivia [future]", "Ecuador 04 Bolivia"}},
        // After "after", a state's title before its verb speaks for the state,
        // past its post; the "it" before "after" is not reached.
        RelationCase{"owned_title_after_clause_opener",
                     "Zenbo News ran the story. It comes after Peru's ambassador to Britain said Chile should act.",
                     {"Peru 02 Chile"}, {"Zenbo News 02 Chile"}},
        // A place or demonym qualifying firms, traders or producers is no
        // actor, as subject or object; officials stand for their state.
        RelationCase{"firms_of_a_place_are_no_state",
                     "Japanese securities houses have asked Peru to act. Lima banks urged Chile to pay. Bolivia "
                     "urged Japanese companies to invest. Ecuador met Chilean officials. Ana Ruiz held talks with a "
                     "Brazilian bank.",
                     {"Ecuador 04 Chile"},
                     {"Japan 02 Peru", "Lima 02 Chile", "Peru 02 Chile", "Bolivia 02 Japan", "Ana Ruiz 04 Brazil"}},
        // The one punished "for" a deed, after "against" or "on", did it.
        RelationCase{"punished_for_a_deed",
                     "Peru imposed sanctions on Chile for violating the accord. Ana Ruiz urged retaliation against "
                     "Bolivia for violating the treaty.",
                     {"Chile PART accord (1987-04-07)", "Bolivia PART treaty (1987-04-07)"},
                     {"Peru PART accord (1987-04-07)", "Ana Ruiz PART treaty (1987-04-07)"}},
        // Subjects coordinated with no object of their own act with each
        // other only in acts done together (agreeing, signing); backing and
        // pledging relate them to no one.
        RelationCase{"coordinated_subjects_joint_acts_only",
                     "Chile and Peru signed on Monday. Italy, France and Greece, which backed similar proposals, "
                     "were silent. Japan and Brazil both pledged at the meeting to boost demand.",
                     {"Chile 05 Peru", "Peru 05 Chile"},
                     {"Italy 05 France", "France 05 Italy", "Japan 03 Brazil", "Brazil 03 Japan"}},
        // A bare noun after a meeting or force verb is its object: the
        // subjects met or attacked it, not each other ("met on Monday" and
        // "clashed almost at once" have none).
        RelationCase{"coordinated_subjects_bare_object",
                     "Ana Ruiz and Omar Haddad met union representatives in Lima. Chile and Peru have been attacking "
                     "shipping. Jon Eide and Lars Berg met on Monday. Bolivia and Ecuador clashed almost at once. "
                     "Uruguay and Paraguay fought each other. Ola Lind and Eva Berg met three times. Cuba and Haiti "
                     "clashed along the border.",
                     {"Jon Eide 04 Lars Berg", "Bolivia 19 Ecuador", "Ecuador 19 Bolivia", "Uruguay 19 Paraguay",
                      "Ola Lind 04 Eva Berg", "Cuba 19 Haiti"},
                     {"Ana Ruiz 04 Omar Haddad", "Omar Haddad 04 Ana Ruiz", "Chile 19 Peru", "Peru 19 Chile"}},
        // A quantified unnamed subject ("most lawmakers", "some ministers and
        // union leaders", "63%") is the verb's: no actor named before it acts.
        RelationCase{"quantified_unnamed_subject",
                     "A poll by the Lima Times found that 63% backed Ana Ruiz. Peru is hopeful that most lawmakers "
                     "will reject Bolivia's demands. The Chilean government is worried that some ministers and "
                     "union leaders are siding with Ecuador. Chile is hopeful that it will reject the Bolivian demands. "
                     "A poll by the Quito Post found that 58 per cent backed Omar Haddad. Uruguay was silent. Some "
                     "lawmakers are siding with Paraguay. Peru and several other countries have condemned Bolivia.",
                     {"Chile 12 Bolivia [future]", "Peru 11 Bolivia"},
                     {"Lima Times 05 Ana Ruiz", "Peru 12 Bolivia [future]", "Chile 05 Ecuador", "Quito Post 05 Omar Haddad",
                      "Uruguay 05 Paraguay"}},
        // A verbal attack by a person on a person or body, or between
        // parties, is criticism (11) however it is written: by a noun ("his
        // attack on Labour", "X's battle with Y") or by coordinated subjects
        // ("X and Y clashed"); one state's attack on another is force.
        RelationCase{"verbal_attack_named_by_noun_or_coordination",
                     "Omar Haddad spoke in Lima on Monday. His aide insisted his attack on Labour was no stunt. Ana "
                     "Ruiz and Jon Eide clashed. Chile's attack on Peru killed ten. The review follows Lars Berg's "
                     "battle with Lima police chief Ola Lind.",
                     {"Omar Haddad 11 Labour", "Ana Ruiz 11 Jon Eide", "Jon Eide 11 Ana Ruiz", "Chile 19 Peru",
                      "Lars Berg 11 Ola Lind"},
                     {"Omar Haddad 19 Labour", "Ana Ruiz 19 Jon Eide", "Lars Berg 19 Ola Lind"}},
        // The surname of an office holder the article titles ("President
        // Reagan") and whose state it names is that holder, not a namesake
        // the article names in full ("Nancy Reagan").
        RelationCase{"titled_holder_is_no_namesake",
                     "President Reagan will visit Rome in June, the White House said. The announcement said Reagan "
                     "and Nancy Reagan would be in Rome.",
                     {"Ronald Reagan 04 Italy [future]"}, {"Nancy Reagan 04 Italy [future]"}},
        // "he" or "she" inside a quotation is not the one reporting it:
        // another person named before, or no one.
        RelationCase{"pronoun_in_quotation_is_not_its_reporter",
                     "Analyst Omar Haddad said Peru had long been a theme of Ana Ruiz's but \"never before has she "
                     "been so outspoken in defending Chile's record\". Analyst Jon Eide said the minister had long "
                     "been vocal but \"never before has he been so outspoken in defending Bolivia's record\".",
                     {"Ana Ruiz 05 Chile"}, {"Omar Haddad 05 Chile", "Jon Eide 05 Bolivia", "Omar Haddad 05 Bolivia"}},
        // Asking a question is no appeal: an actor named in the question
        // is asked nothing, whoever asks it.
        RelationCase{"question_asked_is_no_appeal",
                     "Ana Ruiz, asked whether Peru would sign, said no. Omar Haddad was asked by a reporter whether "
                     "Chile would sign. Jon Eide asked Bolivia to sign.",
                     {"Jon Eide 02 Bolivia"}, {"Ana Ruiz 02 Peru", "Chile 02 Omar Haddad"}},
        // A company selling or supplying does business, not aid (07), also
        // when its name as the lexicon spells it has no company suffix but
        // the article's does ("Boeing Co", then "Boeing").
        RelationCase{"company_known_by_its_suffixed_mention",
                     "Boeing Co said sales rose. Boeing said it will supply Chile with aircraft. Peru said it will "
                     "supply Bolivia with arms.",
                     {"Peru 07 Bolivia [future]"}, {"Boeing 07 Chile [future]"}},
        // Receiving or greeting meets only a guest named right after the
        // verb: an order received from a firm, a decision greeted, are no
        // meeting with its maker.
        RelationCase{"guest_named_after_verb",
                     "Ana Ruiz received Omar Haddad in Lima. Jon Eide received his award in Lima on Monday from "
                     "Culture Minister Lars Berg. Bolivia greeted the decision by Ecuador.",
                     {"Ana Ruiz 04 Omar Haddad"}, {"Jon Eide 04 Lars Berg", "Bolivia 04 Ecuador"}},
        // Receiving, visiting and mediating are done by one side to
        // another: subjects coordinated with no object met no one.
        RelationCase{"coordinated_subjects_one_sided_meeting",
                     "Ana Ruiz and Omar Haddad received. Chile and Peru mediated. Jon Eide and Lars Berg visited. "
                     "Bolivia and Ecuador met.",
                     {"Bolivia 04 Ecuador"},
                     {"Ana Ruiz 04 Omar Haddad", "Omar Haddad 04 Ana Ruiz", "Chile 04 Peru", "Peru 04 Chile",
                      "Jon Eide 04 Lars Berg", "Lars Berg 04 Jon Eide"}},
        // "the" alone joins no list: the one told is no member of it.
        RelationCase{"no_list_without_separator",
                     "An official told Reuters the Senate and the House of Commons are expected to back the accord.",
                     {"Senate 05 accord (1987-04-07) [future]"}, {"Reuters 05 accord (1987-04-07) [future]"}},
        // Declining to name, identify or comment withholds words and
        // rejects no one; refusing to allow an act rejects its beneficiary.
        RelationCase{"withholding_words_rejects_no_one",
                     "Peru declined to name the Chilean officials. Chile refused to comment on the Peruvian claims. "
                     "Japan refused to allow Venezuela to issue bonds.",
                     {"Japan 12 Venezuela"}, {"Peru 12 Chile", "Chile 12 Peru"}},
        // An unnamed plural subject after "after", "because" or "when" is the
        // verb's: no actor before it acts ("he" or "the government" would
        // refer to one).
        RelationCase{"unnamed_subject_of_a_subordinate_clause",
                     "Peru berthed at Arica today after port unions lifted a trade embargo. Chile was angry because "
                     "the banks granted Bolivia a loan. Ecuador met Bolivia after Peru attacked Brazil.",
                     {"Ecuador 04 Bolivia", "Peru 19 Brazil"},
                     {"Peru 08 embargo (1987-04-07)", "Chile 07 Bolivia"}},
        // Coordinated speakers all make the demand they report.
        RelationCase{"coordinated_speakers_demand",
                     "Plaid Cymru and the Liberal Democrats said Ana Ruiz needed to change her policy.",
                     {"Plaid Cymru 02 Ana Ruiz", "Liberal Democrats 02 Ana Ruiz"}, {}},
        // ... and every one of them makes the judgement, none judging the
        // other; a list of judged subjects is judged whole, whatever their
        // types, but not a list after a preposition, nor names qualifying a
        // noun.
        RelationCase{"coordinated_speakers_and_judged_subjects",
                     "Plaid Cymru and the Liberal Democrats said the Tarsun Party was wrong. Omar Haddad said Peru "
                     "and Chile had failed to honour their pledges. Ana Ruiz said talks between Bolivia and Ecuador "
                     "were a failure. Lena Vik said Brazilian and Argentine exports were a disaster. Tomas Vera said "
                     "Carlos Soto and the Andean Council had failed.",
                     {"Plaid Cymru 11 Tarsun Party", "Liberal Democrats 11 Tarsun Party", "Omar Haddad 11 Chile",
                      "Omar Haddad 11 Peru", "Tomas Vera 11 Carlos Soto", "Tomas Vera 11 Andean Council"},
                     {"Plaid Cymru 11 Liberal Democrats", "Liberal Democrats 11 Plaid Cymru", "Ana Ruiz 11 Bolivia",
                      "Lena Vik 11 Brazil"}},
        // What a reported clause says of its subject is no demand on it nor a
        // denial of it ("insisted the detentions would continue", also past
        // a dashed aside); a bare verb after the subject still demands
        // ("insisted the party pay"), and announcing that a summit will be
        // held still takes part in it.
        RelationCase{"a_reported_clause_subject_is_not_pressed",
                     "Peru backed the detentions. Ana Ruiz insisted the detentions would continue. Omar Haddad "
                     "insisted the Tarsun Party would win. Chile insisted the Tarsun Party pay its debts. The Andean "
                     "Council announced that the summit would be held in Lima. Bolivia denied the strike - called by "
                     "the unions - had hurt exports.",
                     {"Chile 10 Tarsun Party", "Andean Council PART summit (1987-04-07)"},
                     {"Ana Ruiz 10 detention (1987-04-07)", "Omar Haddad 10 Tarsun Party",
                      "Bolivia 12 strike (1987-04-07)"}},
        // Disapproval in set phrases and in nouns of doubt and hostility
        // (data/event_verbs.tsv, data/act_nouns.tsv); doubts about an act of
        // one's own ("removing troops from Bolivia") judge no one, but an act
        // noun's target after a gerund and its own preposition still counts
        // ("restrictions on shipping to Peru").
        RelationCase{"phrases_and_nouns_of_disapproval",
                     "Peru has lost patience with Chilean trading practices. Bolivia spoke out against the Tarsun "
                     "Party. Ecuador cast doubt on Ana Ruiz's claims. Omar Haddad had long had reservations about the "
                     "Tarsun Union. Chile expressed doubts about removing Peruvian troops from Bolivia.",
                     {"Peru 11 Chile", "Bolivia 11 Tarsun Party", "Ecuador 11 Ana Ruiz", "Omar Haddad 11 Tarsun Union"},
                     {"Chile 11 Bolivia"}},
        RelationCase{"gerund_before_the_target", "Chile imposed restrictions on shipping to Peru.", {"Chile 16 Peru"},
                     {}},
        // Launching or ordering an inquiry into someone investigates them
        // (09), as an owned inquiry does; an inquiry into nobody named is
        // still taken part in.
        RelationCase{"inquiries_into_someone",
                     "The Andean Council launched an inquiry into Tarsun Corp on Monday. Peru ordered an investigation into "
                     "the Tarsun Party. Chile launched an inquiry.",
                     {"Andean Council 09 Tarsun Corp", "Peru 09 Tarsun Party", "Chile PART inquiry (1987-04-07)"},
                     {"Andean Council PART inquiry (1987-04-07)"}},
        // A noun before "on", "against" or its own "into" takes the name
        // after it, past a determiner: shares sold on an exchange are not
        // sold to it, a debate demanded on a party demands nothing of it. A
        // time in between is no such noun: the attack last Friday is still
        // on the ship.
        RelationCase{"a_noun_takes_its_own_preposition",
                     "Bolivia ordered an inquiry into the Tarsun Party. Ecuador has sold shares on the Tarsun "
                     "Exchange. Chile demanded the early debate on the Tarsun Union. Ana Ruiz condemned a Peruvian "
                     "attack last Friday on a Bolivian ship.",
                     {"Bolivia 09 Tarsun Party", "Peru 19 Bolivia"},
                     {"Ecuador 07 Tarsun Exchange", "Chile 10 Tarsun Union"}},
        // A comma after "and" ends a list: in "the peace process and Peru,
        // Omar Haddad said" Peru is no speaker; so "After visits to Peru and
        // Chile, Omar Haddad" leaves him free to act.
        RelationCase{"a_comma_ends_a_list",
                     "On issues such as the peace process and Peru, Omar Haddad said Ecuador was wrong. After visits "
                     "to Brazil and Chile, Ana Ruiz hopes to visit Bolivia next week.",
                     {"Omar Haddad 11 Ecuador", "Ana Ruiz 03 Bolivia"}, {"Peru 11 Ecuador"}},
        // "has to" in a reported clause is a demand, as "must"; "had to" may
        // be a necessity met, and "has to date" is a time.
        RelationCase{"has_to_is_a_demand",
                     "Oxfam said Ana Ruiz has to act. Peru said Chile had to pay the debt. Lena Vik said Bolivia "
                     "has to date paid nothing.",
                     {"Oxfam 10 Ana Ruiz"}, {"Peru 10 Chile", "Lena Vik 10 Bolivia"}},
        // "sought to" is an attempt: the act is the verb after it. Going back
        // on a pledge is reneging, no backing. One who served an owner once
        // ("X's former press secretary") speaks for himself.
        RelationCase{"attempts_reneging_and_former_aides",
                     "Ana Ruiz has sought to reassure Labour backbenchers. Peru sought Chilean support. Omar Haddad "
                     "went back on a pledge to Ana Ruiz. Tomas Vera, Omar Haddad's former press secretary, spoke "
                     "out, accusing Peru of lying.",
                     {"Peru 02 Chile", "Omar Haddad 12 Ana Ruiz", "Tomas Vera 11 Peru"},
                     {"Ana Ruiz 02 Labour", "Omar Haddad 05 Ana Ruiz", "Omar Haddad 11 Peru"}},
        // "gas" is a fuel, no act of mass violence: no verb reads it.
        RelationCase{"gas_is_a_fuel",
                     "Peru sold its oil and gas fields to Chile. French industrial gas group Verlande bought them.",
                     {}, {"Peru 20 Chile", "France 20 Verlande"}},
        // Brushing off, shrugging off or laughing off is a rejection.
        RelationCase{"phrasal_rejections",
                     "Ana Ruiz brushed off Chilean claims. Omar Haddad shrugged off criticism from Peru.",
                     {"Ana Ruiz 12 Chile", "Omar Haddad 12 Peru"}, {}},
        // What a denial denies is no fact, nor a claim that a verb of
        // rejection has as its object; a plan rejected was still offered.
        RelationCase{"denied_acts_are_negated",
                     "Omar Haddad denied that Peru attacked Chile. Bolivia denied it had met Ecuador. Ana Ruiz "
                     "rejected suggestions Brazil and Chile signed an agreement. Jon Eide dismissed reports that "
                     "Peru had invaded Bolivia. Chile rejected a plan offered by Ecuador. Peru said Chile attacked "
                     "Bolivia.",
                     {"Peru 19 Chile [negated]", "Bolivia 04 Ecuador [negated]", "Brazil 05 Chile [negated]",
                      "Peru 19 Bolivia [negated]",
                      "Ecuador PART plan (1987-04-07)", "Chile 19 Bolivia"},
                     {"Peru 19 Chile", "Bolivia 04 Ecuador", "Brazil 05 Chile", "Peru 19 Bolivia"}},
        // An agreement reached or signed between two sides or more, or by
        // them, is their cooperation; plural agreements by several are each
        // one's own.
        RelationCase{"agreement_between_sides",
                     "The accord was reached between Peruvian Trade Minister Ana Ruiz and Chilean Foreign Minister "
                     "Omar Haddad on Monday. An agreement signed by Bolivia and Ecuador was praised. Agreements "
                     "reached by Tom Hill, Jan Berg and Eva Lund were praised.",
                     {"Ana Ruiz 05 Omar Haddad", "Omar Haddad 05 Ana Ruiz", "Bolivia 05 Ecuador"},
                     {"Peru 05 Chile", "Tom Hill 05 Jan Berg"}},
        // "External Trade Minister" and "Foreign Trade Minister" are titles,
        // no body's name; nor is a title's first word before a lower-case
        // title ("Deputy").
        RelationCase{"trade_minister_titles",
                     "Peru's External Trade Minister Ana Ruiz met Chilean Foreign Trade Minister Omar Haddad. "
                     "Deputy trade minister Jon Eide was there.",
                     {"Ana Ruiz AFF Peru (trade minister)", "Omar Haddad AFF Chile (trade minister)"},
                     {"Ana Ruiz AFF External (trade minister)", "Omar Haddad AFF Foreign (trade minister)",
                      "Jon Eide AFF Deputy (trade minister)"}},
        // A copula after a name states a role as an apposition does, past
        // modifiers after a possessive too; not when negated.
        RelationCase{"role_after_copula",
                     "Omar Haddad is the chairman of the Tarsun Bank. Ana Ruiz has become Chile's longest-serving "
                     "finance minister. Jon Eide was previously director of research at the Zorvan Institute. "
                     "Tom Hill is not the president of the Quorvel Group.",
                     {"Omar Haddad AFF Tarsun Bank (chairman)", "Ana Ruiz AFF Chile (finance minister)",
                      "Jon Eide AFF Zorvan Institute (director)"},
                     {"Tom Hill AFF Quorvel Group (president)"}},
        // A body appointing someone to a title makes them its officer, or the
        // officer of the body the title names or qualifies; not when negated;
        // the appointing verb is no modifier of the body's name.
        RelationCase{"appointed_by_a_body",
                     "Tarsun Corp said it named Omar Haddad president. Zorvan Inc appointed Ana Ruiz as its chief "
                     "executive. Quorvel Group named Tom Hill chairman of Lima Bank. Acme Corp has not appointed "
                     "Lars Berg president. Chile named Jon Eide Peru's ambassador.",
                     {"Omar Haddad AFF Tarsun Corp (president)", "Ana Ruiz AFF Zorvan Inc (chief executive)",
                      "Tom Hill AFF Lima Bank (chairman)", "Jon Eide AFF Peru (ambassador)"},
                     {"Tom Hill AFF Quorvel Group", "Lars Berg AFF Acme Corp (president)", "Lars Berg AFF Acme Corp"}},
        // A title right before a name is that name's, not the apposition's
        // before it.
        RelationCase{"title_before_next_name",
                     "Those targeted include Ana Ruiz, Tarsun Bank chairman Omar Haddad said. Others include Jon "
                     "Eide, the Zorvan Party's elections chief Lord Tom Hill said.",
                     {"Omar Haddad AFF Tarsun Bank (chairman)", "Tom Hill AFF Zorvan Party (chief)"},
                     {"Ana Ruiz AFF Tarsun Bank (chairman)", "Jon Eide AFF Zorvan Party (chief)"}},
        // A body's head word before an organisation's title names the body
        // with that word, not the organisation named last.
        RelationCase{"head_word_before_title",
                     "The Quorvel Senate Banking Committee approved the bill. It will pay 7 billion dlrs to the "
                     "Zorvan Insurance Corp., which insures depositors.\nCommittee Chairman Omar Haddad promised "
                     "the committee will work on a plan.",
                     {"Omar Haddad AFF Quorvel Senate Banking Committee (chairman)"},
                     {"Omar Haddad AFF Zorvan Insurance Corp. (chairman)"}},
        // "the Bank" is the bank named last before it, "Bank of X" included.
        RelationCase{"bare_head_word_nearest_organisation",
                     "Quorvel Bank cut its rates. Later the Bank of Zorvania raised its own. The Bank criticised "
                     "Quorvel Bank.",
                     {"Bank of Zorvania 11 Quorvel Bank"}, {}},
        RelationCase{"judgement_in_quoted_fragment",
                     "Ana Ruiz said Omar Haddad's remark was \"ill-advised\". Jon Eide said a Peruvian government "
                     "would end the \"shambles\". Eva Lund, head of the Chilean Senate, said it was \"reckless\". "
                     "Jan Berg of the Bolivian Senate called the figures \"impressive\". Tomas Vera said he met "
                     "Per Holm but the result was \"disastrous\".",
                     {"Ana Ruiz 11 Omar Haddad"},
                     {"Jon Eide 11 Peru", "Eva Lund 11 Chilean Senate", "Jan Berg 05 Bolivian Senate",
                      "Tomas Vera 11 Per Holm"}},
        // In what a speaker says, a verb of wrongdoing judges its subject,
        // or the agent of its passive; not the one it was done to, nor one
        // who only feels it; breaking is wrong only when a commitment is
        // broken; a denial asserts nothing. ", say the Tories." reports what
        // comes before it.
        RelationCase{"wrongdoing_verbs_judge_their_doer",
                     "Ana Ruiz said Omar Haddad had abused the public's trust. Jon Eide claims he was betrayed by "
                     "the Peruvian authorities. Eva Lund suggested the Senate may have been misled. Tomas Vera said "
                     "Per Holm broke off talks with Bolivia. Lena Vik said Jan Berg feels deeply betrayed. Chile "
                     "lied about the deal in Bolivia, say the Tories. Tom Hill said Peru has broken its election "
                     "promise. Jan Berg said Tomas Vera had broken his arm. Per Holm denied Ecuador had misled "
                     "the Senate.",
                     {"Ana Ruiz 11 Omar Haddad", "Jon Eide 11 Peru", "Conservative Party 11 Chile", "Tom Hill 11 Peru"},
                     {"Eva Lund 11 Senate", "Tomas Vera 11 Per Holm", "Lena Vik 11 Jan Berg", "Bolivia 11 Chile",
                      "Jan Berg 11 Tomas Vera", "Per Holm 11 Ecuador"}},
        // Branding someone is criticism, whatever the label; a name inside
        // the quoted label is not the one branded; a form after "its own"
        // is no verb.
        RelationCase{"branding_is_criticism",
                     "Lena Vik branded Omar Haddad \"a two-bit crook\". Jon Eide branded the budget \"a Chilean "
                     "invention\". Tom Hill defended his own branded Peru policy.",
                     {"Lena Vik 11 Omar Haddad"},
                     {"Jon Eide 11 Chile", "Tom Hill 11 Peru"}},
        // "X, president of the league,": the organisation named before
        // whose name holds the head word; not for one a title already
        // places.
        RelationCase{"body_named_by_its_head_word",
                     "The Lima Coffee League opposed the bill. Omar Haddad, president of the league, spoke. "
                     "Chilean Finance Minister Ana Ruiz met Omar Haddad. Ana Ruiz, a member of the league, agreed.",
                     {"Omar Haddad AFF Lima Coffee League (president)", "Ana Ruiz AFF Chile (finance minister)"},
                     {"Ana Ruiz AFF Lima Coffee League (member)"}},
        // A report opening its clause acts for its author; a report read
        // by someone else does not.
        RelationCase{"report_acts_for_its_author",
                     "Oxfam published a report on Monday. The report urged Peru to draw up plans. After reading the "
                     "report, Bolivia criticised Chile.",
                     {"Oxfam 02 Peru", "Bolivia 11 Chile"},
                     {"Oxfam 11 Chile"}},
        // A relative clause between commas, however many commas it holds,
        // leaves the verb after it to its antecedent, every coordinated one.
        RelationCase{"relative_clause_with_commas",
                     "Ana Ruiz, who was a judge in Cusco, in the south, before becoming a senator, criticised "
                     "Chile. Bolivia and Ecuador, which have troops in Peru, in Chile and in Brazil, condemned "
                     "Argentina.",
                     {"Ana Ruiz 11 Chile", "Bolivia 11 Argentina", "Ecuador 11 Argentina"},
                     {"Cusco 11 Chile", "Brazil 11 Argentina"}},
        // A shadow title belongs to the home state's official opposition of
        // the article's year (1987: Labour), when the article names it; not
        // to the state.
        RelationCase{"shadow_title_is_the_opposition",
                     "LONDON, April 7 - British Prime Minister Margaret Thatcher attacked Labour's plans. Shadow Chancellor "
                     "Omar Haddad said the budget was wrong in Peru.",
                     {"Omar Haddad AFF Labour (shadow chancellor)"},
                     {"Omar Haddad AFF United Kingdom (shadow chancellor)", "Peru AFF Labour (shadow chancellor)"}},
        // A bare form after a demonym used as an adjective is a noun
        // ("Peruvian demand for Chilean copper", "British press reports");
        // after "the" or a plural people it is a verb, and an event noun
        // keeps its act ("Iranian attack on a Kuwaiti tanker").
        RelationCase{"bare_form_after_demonym_adjective",
                     "Peruvian demand for Chilean copper rose. British press reports said Omar Haddad had resigned. "
                     "The French support Peru. Iranian attack on a Kuwaiti tanker drew protests.",
                     {"France 05 Peru", "Iran 19 Kuwait"},
                     {"Peru 10 Chile", "United Kingdom 02 Omar Haddad"}},
        // A portfolio word before a common noun names a field, no act:
        // "finance spokesman", "finance director" fund no one; "to finance"
        // still does.
        RelationCase{"portfolio_word_before_noun",
                     "The Tory finance spokesman, Omar Haddad, spoke. VW finance director Ana Ruiz agreed. Peru "
                     "will help to finance Bolivia. Chile met finance ministers of the G8.",
                     {"Peru 07 Bolivia [future]"},
                     {"Conservative Party 07 Omar Haddad", "Volkswagen 07 Ana Ruiz", "Chile 07 G8"}},
        // An amount between a verb and the one it goes to ("to", "towards")
        // or is signed with ("with") is no content; an act noun past an
        // amount is still the act carried out ("imposed 300 mln dlrs in
        // sanctions on"); a pronoun after a comma is no apposition, a name
        // after "and" before an auxiliary starts a clause, a demonym or
        // a bill after an amount is no one acted on. Greeting is meeting.
        RelationCase{"amount_before_recipient",
                     "Peru will lend 300 mln dlrs to Bolivia. Chile pledged eight mln stg towards Ecuador. "
                     "President Omar Haddad of Uruguay imposed 90 mln dlrs in sanctions on Paraguayan goods. Finance "
                     "Minister Ana Ruiz signed a 100 mln dlr loan with the World Bank. Spain offered ten mln dlrs and "
                     "Italy was expected to offer 30 mln dlrs, he said. Mexico sold 500 mln dlrs of Canadian bonds. "
                     "Japan will sell 800 billion yen in bills. Prime Minister Jan Berg of Norway was greeted by "
                     "Chancellor Eva Lund of Austria.",
                     {"Peru 07 Bolivia [future]", "Chile 03 Ecuador", "Omar Haddad 16 Paraguay",
                      "Ana Ruiz 05 World Bank", "Eva Lund 04 Jan Berg"},
                     {"Spain 03 Italy", "Italy 03 Omar Haddad", "Mexico 07 Canada", "Japan 07 bill [future]"}},
        // A demonym two states share is the state of the article's year
        // ("German" in 1987 is West German); a hyphenated pair of states
        // names no one of its own ("a Franco-German meeting"), unless a
        // longer name goes on after it.
        RelationCase{"dated_demonym_and_state_pairs",
                     "German officials criticised Peru. A Franco-German meeting was held. The Tanzania-Zambia "
                     "Railway Authority criticised Chile.",
                     {"West Germany 11 Peru", "Tanzania-Zambia Railway Authority 11 Chile"},
                     {"Germany 11 Peru"}},
        // A noun of aid and the words describing it, right before the "to"
        // phrase, are one thing given; other nouns keep counting.
        RelationCase{"described_aid_before_recipient",
                     "Peru will provide technical and scientific assistance to Bolivia. Chile would back a short-term "
                     "bridge loan to Ecuador. Spain withdrew its formal notification request to Italy.",
                     {"Peru 07 Bolivia [future]", "Chile 05 Ecuador [hypothetical]"},
                     {"Spain 08 Italy"}},
        // So are an agreement or a meeting and the words describing them,
        // before "with"; not another noun ("a loan guarantee with").
        RelationCase{"described_agreement_before_partner",
                     "Peru signed a 130 mln dlr loan agreement with the World Bank. Chile held two-hour trade talks "
                     "with Bolivia. Ecuador signed a loan guarantee with Tarsun Corp. Spain signed none of the four "
                     "trade agreements with Italy.",
                     {"Peru 05 World Bank", "World Bank 05 Peru", "Chile 04 Bolivia"},
                     {"Ecuador 05 Tarsun Corp", "Peru 05 agreement (1987-04-07)", "Chile PART talks (1987-04-07)",
                      "Spain 05 Italy"}},
        // A sentence opened by what an actor should or must do and closed by
        // its attribution, past the speaker's title, appeals to the actor
        // ("Prince Harry should apologise, says Tory leader Michael Howard").
        RelationCase{"fronted_demand_with_closing_attribution",
                     "Prince Omar Haddad should personally apologise, says Andean Party leader Ana Ruiz. Peru must "
                     "pay its debts, said Finance Minister Jon Eide. Bolivia should wait, he said.",
                     {"Ana Ruiz 02 Omar Haddad", "Jon Eide 10 Peru", "Jon Eide 02 Bolivia"},
                     {"Andean Party 02 Omar Haddad"}},
        // A portfolio after "for" ends a minister's or secretary's title,
        // with or without a comma before the name; a name run over it
        // starts after it; an unknown field after the portfolio keeps the
        // name whole.
        RelationCase{"portfolio_after_for_ends_the_title",
                     "Peru's Minister of State for Foreign Affairs Omar Haddad met Chile's Secretary of State for "
                     "Trade and Industry, Ana Ruiz. Jon Eide, Minister for Defence Procurement, agreed.",
                     {"Omar Haddad AFF Peru (minister of state for foreign affairs)",
                      "Ana Ruiz AFF Chile (secretary of state for trade and industry)", "Omar Haddad 04 Ana Ruiz"},
                     {"Omar Haddad AFF Foreign Affairs (minister of state)", "Jon Eide AFF Procurement (minister for defence)"}},
        // What is not said judges no one: in "criticised X for failing to
        // mention", X mentions nothing, and judges no one with "failing".
        RelationCase{"unsaid_words_judge_no_one",
                     "Ana Ruiz criticised Omar Haddad for failing to mention the border.",
                     {"Ana Ruiz 11 Omar Haddad"},
                     {"Omar Haddad 11 Ana Ruiz"}},
        // "back" before "to" is the adverb, no backing.
        RelationCase{"back_as_adverb",
                     "The agreement hands the British colony back to China. Ana Ruiz fought back to beat Omar "
                     "Haddad. Peru will back Chile.",
                     {"Peru 05 Chile [future]"},
                     {"United Kingdom 05 China", "Ana Ruiz 05 Omar Haddad"}},
        // After an article a capital names the meeting after it ("the Vienna
        // meeting"), though "meeting" may be a verb; a visit to it still
        // meets the state.
        RelationCase{"capital_names_the_meeting",
                     "Saudi Arabia attended the Vienna meeting. The Lima visit by Omar Haddad ended.",
                     {"Saudi Arabia PART Vienna meeting", "Peru 04 Omar Haddad"},
                     {}},
        // A body before a meeting noun names the meeting attended ("attended
        // the G8 summit"), as it names one hosted or addressed.
        RelationCase{"body_names_the_meeting_attended",
                     "Saudi Arabia will attend the OPEC meeting in Vienna. Britain attended the G8 summit.",
                     {"Saudi Arabia PART OPEC meeting [future]", "United Kingdom PART G8 summit"},
                     {}},
        // A company's name without its suffix is the company, also where
        // nothing else would make it a name ("criticised Tarsun", "a Tarsun
        // director").
        RelationCase{"company_named_by_its_stem",
                     "Tarsun Corp sold cables to Chile. Chile criticised Tarsun on Monday. Ana Ruiz, a Tarsun "
                     "director, met Omar Haddad.",
                     {"Chile 11 Tarsun Corp", "Ana Ruiz AFF Tarsun Corp (director)"},
                     {}},
        // (Not when two companies share the stem: "Tarsun" names neither.)
        RelationCase{"company_stem_shared_by_two",
                     "Tarsun Corp sold cables to Chile. Tarsun Ltd sold wire to Peru. Chile criticised Tarsun on "
                     "Monday.",
                     {},
                     {"Chile 11 Tarsun Corp", "Chile 11 Tarsun Ltd"}},
        // A body's executive speaks for it, but not for the owner of its
        // name: "the national executive of Peru's union" is the union's.
        RelationCase{"spokesperson_of_an_owned_body",
                     "The national executive of Peru's union criticised Chile.",
                     {},
                     {"Peru 11 Chile"}},
        // An actor a relative clause's verb takes is not the main verb's
        // subject, past auxiliaries ("who had backed X"); the actor before
        // "which" is ("Bolivia, which owes Peru ..., will meet"); a noun the
        // actor names inside the clause is that clause's relation ("which
        // brought US aid to Europe").
        RelationCase{"actor_inside_relative_clause",
                     "Councillors who had backed Omar Haddad criticised the Andean Party. Bolivia, which owes Peru "
                     "400 mln dlrs, criticised Chile. The plan, which brought Spanish aid to Ecuador, ended.",
                     {"Bolivia 11 Chile", "Spain 07 Ecuador"},
                     {"Omar Haddad 11 Andean Party", "Peru 11 Chile"}},
        // An -ing form after "by" says how the verb before it was done, by
        // that verb's subject, even a reporting verb's ("responded by
        // accusing"), not a passive's agent; "tear into" and "take issue
        // with" criticise; force against a named law or bill is words.
        RelationCase{"manner_gerund_and_criticism_phrases",
                     "Omar Haddad spoke on Monday. Ana Ruiz responded by accusing him of lying. Peru was hit by "
                     "rising prices in Chile. Jon Eide went on to tear into the Liberal Party's plans. Chilean "
                     "officials took issue with Bolivia over the figures. The Andean Party attacked the Road Safety "
                     "Bill.",
                     {"Ana Ruiz 11 Omar Haddad", "Jon Eide 11 plan (1987-04-07)", "Liberal Party PART plan (1987-04-07)",
                      "Chile 11 Bolivia",
                      "Andean Party 11 Road Safety Bill"},
                     {"Peru 19 Chile", "Andean Party 19 Road Safety Bill"}},
        // Roles of campaigns, broadcasters and delegations ("election
        // strategist", "DJ", "delegate"); an organisation's head word before
        // a lower-case title is the organisation the article named with it
        // ("Committee chairman X"); an abbreviation in parentheses joins the
        // name before it even when the lexicon knows it under another
        // spelling ("Food and Agricultural Organisation (FAO)").
        RelationCase{"campaign_broadcast_and_delegation_roles",
                     "The plan is sound, Omar Haddad, the Liberal Party's election strategist, said. Sierra Radio DJ "
                     "Ana Ruiz agreed. Jon Eide, the Chilean delegate to the International Coffee Organization, "
                     "spoke. The Senate Public Accounts Committee met. Committee chairman Per Holm said so. Food and "
                     "Agricultural Organisation (FAO) director Eva Lund arrived.",
                     {"Omar Haddad AFF Liberal Party (election strategist)", "Ana Ruiz AFF Sierra Radio (dj)",
                      "Jon Eide AFF Chile (delegate)", "Per Holm AFF Senate Public Accounts Committee (chairman)",
                      "Eva Lund AFF FAO (director)"},
                     {"Per Holm AFF Committee (chairman)", "Eva Lund AFF Food and Agricultural Organisation (director)"}},
        // "The pair" is the last two people named; testifying before a body
        // is a statement to it (01); "remains chairman of" states the role;
        // "X, the party's chief executive," is the party named last; talking
        // to someone is meeting them, but two subjects talking to a partner
        // left unnamed meet no one named.
        RelationCase{"pair_testimony_and_party_roles",
                     "Omar Haddad and Ana Ruiz disagree. The pair met in Lima on Monday. Jon Eide testified before the "
                     "Senate Banking Committee. Lars Holm remains chairman of Andean Mining Corp in Lima. The Liberal Party met "
                     "in Cusco. Eva Lund, the party's chief executive, spoke. Chile will talk to Peru. Tomas Vera and "
                     "Lars Berg spent two days talking to officials.",
                     {"Omar Haddad 04 Ana Ruiz", "Jon Eide 01 Senate Banking Committee",
                      "Lars Holm AFF Andean Mining Corp (chairman)", "Eva Lund AFF Liberal Party (chief executive)",
                      "Chile 04 Peru [future]"},
                     {"Tomas Vera 04 Lars Berg", "Lars Berg 04 Tomas Vera"}},
        // Reaching agreement with someone is agreement both ways (05);
        // subjects that each reached agreement with a partner left unnamed
        // agreed with no one named.
        RelationCase{"reach_agreement_with",
                     "Peru had reached agreement with the Soviet Union on debt. Chile and Bolivia have all reached "
                     "agreement with their creditor banks.",
                     {"Peru 05 Soviet Union", "Soviet Union 05 Peru"},
                     {"Chile 05 Bolivia", "Bolivia 05 Chile"}},
        // Honorifics between a title and the name: the title is still the
        // person's ("Foreign Secretary Sir X", "Attorney General Lord X").
        RelationCase{"honorific_after_title",
                     "LIMA, April 6 - Peru was blamed. Foreign Secretary Sir Omar Haddad said so. The Attorney "
                     "General Lord Vera agreed.",
                     {"Omar Haddad AFF Peru (foreign secretary)", "Vera AFF Peru (attorney general)"},
                     {}},
        // A party's parliamentary hopefuls are its candidates, each of the
        // names coordinated after the title.
        RelationCase{"parliamentary_hopefuls",
                     "Ana Ruiz came to support Tory parliamentary hopefuls Omar Haddad and Eva Lund.",
                     {"Omar Haddad AFF Conservative Party (parliamentary candidate)",
                      "Eva Lund AFF Conservative Party (parliamentary candidate)", "Ana Ruiz 05 Omar Haddad"},
                     {"Ana Ruiz 05 Conservative Party"}},
        // A town or county before a noun that is no title tells where one
        // lives; before a team member's noun, whose team one plays for.
        RelationCase{"place_before_plain_noun",
                     "Devon landowner Omar Haddad met Ana Ruiz. Wrexham defender Jon Eide scored. North Devon "
                     "farmer Eva Lund agreed. Wrexham boss Sir Per Holm spoke.",
                     {"Jon Eide AFF Wrexham", "Per Holm AFF Wrexham (boss)"},
                     {"Omar Haddad AFF Devon", "Eva Lund AFF North Devon"}},
        // Passive agents named after an unnamed group: "by rights groups and
        // X", "by campaigners, including X"; not "by voice vote and sent to X".
        RelationCase{"agents_after_unnamed_group",
                     "Peru's plan was criticised by rights groups and the Conservatives. Chile's plan was condemned "
                     "by campaigners, including Ana Ruiz. The bill was passed by voice vote and sent to the Senate.",
                     {"Conservative Party 11 plan (1987-04-07)", "Ana Ruiz 11 plan (1987-04-07)", "Peru PART plan (1987-04-07)",
                      "Chile PART plan (1987-04-07)"},
                     {"Senate PART bill (1987-04-07)"}},
        // Parties clashing fight with words (11), each way; troops fight (19).
        RelationCase{"parties_clash",
                     "Labour and the Conservative Party clashed over taxes. Peruvian and Chilean troops clashed on "
                     "the border.",
                     {"Labour 11 Conservative Party", "Conservative Party 11 Labour", "Peru 19 Chile"},
                     {"Labour 19 Conservative Party"}},
        // A lower-case title after "and" belongs to the name it stands
        // before, which is coordinated with the name before "and".
        RelationCase{"title_after_and",
                     "Ana Ruiz and frontbencher Omar Haddad criticised Chile. Peru's envoy met Eva Lund and deputy "
                     "foreign minister Jan Berg.",
                     {"Ana Ruiz 11 Chile", "Omar Haddad 11 Chile", "Peru 04 Jan Berg"}, {}},
        // The owner of a meeting takes part in it; a visit is no event of
        // its own (it is a meeting with its host, where one is named).
        RelationCase{"visit_owner_takes_part_in_nothing",
                     "Ana Ruiz's visit ended on Friday. Peru's summit opened on Monday.",
                     {"Peru PART summit (1987-04-07)"}, {"Ana Ruiz PART visit (1987-04-07)"}},
        // Telling a person of one's own state reports a private exchange;
        // telling a foreign one is a statement to him (01).
        RelationCase{"telling_a_compatriot",
                     "Peruvian Finance Minister Ana Ruiz told Peruvian Trade Minister Omar Haddad of the plan. Ruiz "
                     "also told Chilean Foreign Minister Jan Berg of it.",
                     {"Ana Ruiz 01 Jan Berg"}, {"Ana Ruiz 01 Omar Haddad"}},
        // Asking someone a question appeals to nobody; an object pronoun
        // after a fronted clause may be that clause's subject.
        RelationCase{"question_and_fronted_clause",
                     "Ana Ruiz asked Omar Haddad whether Chile had paid. Eva Lund spoke. As Jan Berg arrived, the "
                     "Peruvian Farmers Union urged him to act. Omar Haddad criticised him.",
                     {"Peruvian Farmers Union 02 Jan Berg", "Omar Haddad 11 Jan Berg"},
                     {"Ana Ruiz 02 Omar Haddad", "Peruvian Farmers Union 02 Eva Lund"}},
        // After a fronted clause, the main clause's subject may come with a
        // demonym and a title; opening a meeting or talks takes part in them.
        RelationCase{"fronted_clause_before_a_titled_name",
                     "In opening the meeting, Peruvian President Ana Ruiz said prices would rise. Chile will open "
                     "talks on copper next week.",
                     {"Ana Ruiz PART meeting (1987-04-07)", "Chile PART talks (1987-04-07) [future]"},
                     {"Peru PART meeting (1987-04-07)"}},
        // A title after "the", "his" or "her" in apposition before a name is
        // the name's.
        RelationCase{"title_in_apposition_before_name",
                     "LIMA, March 3 - Peru's president Ana Ruiz praised her new Finance Minister, Omar Haddad, on Tuesday.",
                     {"Omar Haddad AFF Peru (finance minister)"}, {}},
        // Officials in or from a state stand for it; a place right after a
        // verb is that verb's object, not the one holding the talks.
        RelationCase{"officials_of_states",
                     "Peru's finance minister Ana Ruiz spoke. Later she left Lima for a tour and debt talks with "
                     "officials in Chile and Bolivia. Omar Haddad met officials from Ecuador.",
                     {"Ana Ruiz 04 Chile", "Ana Ruiz 04 Bolivia", "Omar Haddad 04 Ecuador"},
                     {"Lima 04 Chile", "Peru 04 Chile"}},
        // Disapproving of the critics of something backs it.
        RelationCase{"critics_of",
                     "Ana Ruiz has hit out at critics of the Andean Pact. Omar Haddad condemned opponents of Eva Lund.",
                     {"Ana Ruiz 05 Andean Pact", "Omar Haddad 05 Eva Lund"},
                     {"Ana Ruiz 11 Andean Pact", "Omar Haddad 11 Eva Lund"}},
        // Delivering a budget and unveiling plans take part in them; what
        // someone called an event is a label.
        RelationCase{"deliver_and_unveil",
                     "Ana Ruiz will deliver her Budget to the Congress. Omar Haddad unveiled new plans. Eva Lund "
                     "spoke of what she called the Chilean strike.",
                     {"Ana Ruiz PART budget (1987-04-07) [future]", "Omar Haddad PART plan (1987-04-07)"},
                     {"Ana Ruiz 07 Congress [future]", "Eva Lund PART strike (1987-04-07)"}},
        // Takeovers, mergers and reforms are events; an event noun with no
        // code of its own before another is its modifier ("merger talks",
        // "the land reform programme"), and "Reform" inside a name is a word
        // of the name.
        RelationCase{"takeover_merger_reform",
                     "Tarsun Corp rejected a takeover on Monday. Velmor Inc said its shareholders approved the merger. "
                     "Ana Ruiz unveiled a sweeping tax reform.",
                     {"Tarsun Corp 12 takeover (1987-04-07)", "Velmor Inc PART merger (1987-04-07)",
                      "Ana Ruiz PART reform (1987-04-07)"},
                     {}},
        RelationCase{"event_noun_modifying_event_noun",
                     "Velmor Inc said its board approved the merger agreement. Tarsun Corp suspended merger talks. "
                     "The Peruvian Senate endorsed the land reform programme.",
                     {"Velmor Inc PART agreement (1987-04-07)", "Tarsun Corp 16 talks (1987-04-07)",
                      "Senate 05 programme (1987-04-07)"},
                     {"Velmor Inc PART merger (1987-04-07)", "Tarsun Corp 16 merger (1987-04-07)",
                      "Senate 05 reform (1987-04-07)"}},
        RelationCase{"reform_inside_a_name", "The Chilean Senate passed the Tax Reform Act.",
                     {"Senate PART Tax Reform Act"}, {"Senate PART reform (1987-04-07)"}},
        // A reduced passive's agent after an adverb: "adopted overwhelmingly
        // by", "backed strongly by" (the one backed does not back).
        RelationCase{"reduced_passive_with_adverb",
                     "The plan adopted overwhelmingly by the Andean Council will cut tariffs. Ana Ruiz, backed strongly "
                     "by Chile, won the vote.",
                     {"Andean Council PART plan (1987-04-07)", "Chile 05 Ana Ruiz"},
                     {"Ana Ruiz 05 Chile"}},
        // Introducing or outlining a bill or plan takes part in it; "program"
        // is the American spelling of "programme", but a software program
        // is no policy.
        // (An article's policies are one event, so one policy per case.)
        RelationCase{"introduce_bill",
                     "Tom Hill has introduced a bill to curb imports. Omar Haddad launched a software program.",
                     {"Tom Hill PART bill (1987-04-07)"},
                     {"Omar Haddad PART bill (1987-04-07)"}},
        // Plans announced whose act is no event verb are a policy; plans to
        // visit are the visit to come.
        RelationCase{"announced_plans", "Ana Ruiz has announced plans to limit imports.",
                     {"Ana Ruiz PART plan (1987-04-07)"}, {}},
        RelationCase{"announced_plans_to_visit", "Peru announced plans to visit Chile.", {},
                     {"Peru PART plan (1987-04-07)"}},
        RelationCase{"outline_plan", "Ana Ruiz outlined her plan on Monday.", {"Ana Ruiz PART plan (1987-04-07)"}, {}},
        RelationCase{"american_program", "Peru announced an austerity program.", {"Peru PART program (1987-04-07)"}, {}},
        // A budget in lower case is an event when it heads its phrase, not
        // when it modifies another noun.
        RelationCase{"lower_case_budget",
                     "Peru backed a compromise budget proposed by Ana Ruiz. Chile criticised the budget deficit.",
                     {"Peru 05 budget (1987-04-07)", "Ana Ruiz PART budget (1987-04-07)"},
                     {"Chile 11 budget (1987-04-07)"}},
        // Judging someone's plan, budget or bill judges the policy, in which
        // its owner takes part; a judged act that is no policy stays the
        // owner's.
        // A ban is an event: demonstrating against one, or imposing one on
        // a state; receiving one meets no one.
        RelationCase{"ban_is_an_event",
                     "The Tarsun Alliance expects 4,000 supporters to demonstrate against the hunting ban. Omar Haddad "
                     "received a two-year ban. Peru imposed a ban on Chilean wine. Ana Ruiz appealed against her "
                     "doping ban with the Lima Court of Arbitration.",
                     {"Tarsun Alliance 14 ban (1987-04-07)", "Peru 16 Chile"},
                     // (A ban "with" someone is no fight on both sides.)
                     {"Omar Haddad 04 ban (1987-04-07)", "Lima Court of Arbitration 16 Ana Ruiz"}},
        // Fighting an act that is no violence is words; fighting an
        // election takes part in it.
        RelationCase{"fight_no_violence",
                     "Ana Ruiz will fight the two-year ban. The Quorvel Party will fight the next general election.",
                     {"Ana Ruiz 11 ban (1987-04-07) [future]", "Quorvel Party PART election (1987-04-07) [future]"},
                     {"Ana Ruiz 19 ban (1987-04-07) [future]", "Quorvel Party 19 election (1987-04-07) [future]"}},
        // An attack in words on an owned policy is criticism of the policy.
        RelationCase{"owned_policy_attacked", "Jan Berg's plans were attacked by the Liberal Party.",
                     {"Liberal Party 11 plan (1987-04-07)", "Jan Berg PART plan (1987-04-07)"},
                     {"Liberal Party 11 Jan Berg"}},
        RelationCase{"owned_policy_judged",
                     "Eva Lund dismissed Omar Haddad's Budget. The Senate backed Jan Berg's new debt plan. Peru's farm "
                     "bill was criticised by Tom Hill. Peru welcomed Chile's move.",
                     {"Eva Lund 12 budget (1987-04-07)", "Omar Haddad PART budget (1987-04-07)",
                      "Senate 05 plan (1987-04-07)", "Jan Berg PART plan (1987-04-07)", "Tom Hill 11 bill (1987-04-07)",
                      "Peru PART bill (1987-04-07)", "Peru 05 Chile"},
                     {"Eva Lund 12 Omar Haddad", "Senate 05 Jan Berg", "Tom Hill 11 Peru"}},
        // So does a noun of judgement: "its support for the plans",
        // "opposition to Peru's bill".
        RelationCase{"nominal_judgement_of_policy",
                     "The Senate reiterated its support for the government's new farm plans. Tom Hill voiced his "
                     "opposition to Peru's bill.",
                     {"Senate 05 plan (1987-04-07)", "Tom Hill 12 bill (1987-04-07)", "Peru PART bill (1987-04-07)"},
                     {"Tom Hill 12 Peru"}},
        // And an event with a code of its own: "his staunch opposition to
        // the war", "its support for a peace conference".
        RelationCase{"nominal_judgement_of_coded_event",
                     "Jan Berg repeated his staunch opposition to the war. Chile reiterated its support for an "
                     "international peace conference.",
                     {"Jan Berg 12 war (1987-04-07)", "Chile 05 peace conference (1987-04-07)"},
                     {}},
        // The maker of what is judged, named after a participle of making
        // and "by" (past a time), is judged; not an event's, nor after
        // another participle.
        RelationCase{"maker_of_what_is_judged",
                     "Labour ridiculed the claims made on Monday by Omar Haddad. Peru rejected the report published "
                     "by the Quorvel Council. Chile tried to block sanctions approved by the Senate. Labour praised "
                     "the workers sacked by Tarsun Corp.",
                     {"Labour 11 Omar Haddad", "Peru 12 Quorvel Council"},
                     {"Chile 12 Senate", "Labour 05 Tarsun Corp"}},
        // So does a plural's possessive: "the Tories' plans".
        RelationCase{"plural_owner_of_policy", "Labour criticised the Tories' plans.",
                     {"Labour 11 plan (1987-04-07)", "Conservative Party PART plan (1987-04-07)"},
                     {"Labour 11 Conservative Party"}},
        // "a similar bill" is another bill than the article's.
        RelationCase{"similar_event",
                     "The Congress passed the bill on Monday. President Omar Haddad vetoed a similar bill last year.",
                     {"Omar Haddad 12 similar bill (1987-04-07)"}, {"Omar Haddad 12 bill (1987-04-07)"}},
        // "I" or "we" inside a quotation is its speaker.
        RelationCase{"first_person_in_quote",
                     "Ana Ruiz said: \"Of course I trust the finance minister, Omar Haddad.\" \"We will not meet "
                     "Eva Lund,\" Jan Berg said. \"I will attack Lena Vik,\" Tom Hill said.",
                     {"Ana Ruiz 05 Omar Haddad", "Jan Berg 04 Eva Lund [negated]", "Tom Hill 11 Lena Vik [future]"},
                     {"Tom Hill 19 Lena Vik [future]"}},
        // Concern that something holds is concern about the actor the clause
        // is about; not about a name that names an event ("the Andean plan").
        RelationCase{"concern_that",
                     "Peru voiced concern that conditions in Chile had not improved. Bolivia expressed concern that "
                     "the Andean Pact plan would fail.",
                     {"Peru 11 Chile"}, {"Bolivia 11 Andean Pact"}},
        // "Party leader" before a known party leader's name is his party's
        // leadership.
        RelationCase{"party_leader_title", "Labour met in Blackpool. Party leader Neil Kinnock spoke.",
                     {"Neil Kinnock AFF Labour (leader)"}, {}},
        // An organisation named as a protest's agent takes part in it; a
        // player's "strike" is no protest.
        RelationCase{"protest_agent",
                     "The strike by the Zorvan Workers Union hit the ports. Omar Haddad's strike won the match.",
                     {"Zorvan Workers Union PART strike (1987-04-07)"}, {"Omar Haddad PART strike (1987-04-07)"}},
        // So with protests named in two words, and walkouts.
        RelationCase{"protest_agent_two_words",
                     "Next Friday's strike action by the Tarsun Union will close schools. The walkout by the Andean "
                     "Union ended. Ana Ruiz said industrial action by the Tarsun Guild was likely.",
                     {"Tarsun Union PART strike action (1987-04-07)", "Andean Union PART walkout (1987-04-07)",
                      "Tarsun Guild PART industrial action (1987-04-07)"},
                     {}},
        // "his chancellor" is the chancellor, as "the chancellor" is.
        RelationCase{"his_title",
                     "Prime Minister Ana Ruiz and Finance Minister Omar Haddad of Peru spoke. The prime minister "
                     "praised her finance minister.",
                     {"Ana Ruiz 05 Omar Haddad"}, {}},
        // Capitalised fields before a lower-case title are part of it.
        RelationCase{"portfolio_fields",
                     "Peruvian Consumer Affairs minister Ana Ruiz met Chilean Science minister Omar Haddad.",
                     {"Ana Ruiz AFF Peru (consumer affairs minister)", "Omar Haddad AFF Chile (science minister)"}, {}},
        // A title's prefix before a body and its title is no part of the
        // body's name.
        RelationCase{"title_prefix_before_body",
                     "Deputy High Court Judge Ana Ruiz spoke. Peruvian Deputy Agriculture Minister Omar Haddad agreed.",
                     {"Ana Ruiz AFF High Court (Peru) (judge)", "Omar Haddad AFF Peru (deputy agriculture minister)"}, {}},
        // A participle after a document shares the subject of the verb that
        // produced it, not the nearest name.
        RelationCase{"letter_urging",
                     "The Peruvian Senate has written Omar Haddad a letter urging Chile to lift the embargo.",
                     {"Senate 02 Chile"}, {"Omar Haddad 02 Chile"}},
        RelationCase{"owner_of_a_visit",
                     "Ana Ruiz spoke. The plan was shelved during Ruiz's official visit to Chile.",
                     {"Ana Ruiz 04 Chile"}, {}},
        RelationCase{"senators_and_party_members",
                     "The bill proposed by Sens. Ana Ruiz, a Michigan Democrat, and Omar Haddad, a Texas "
                     "Republican, would curb lobbying. Sen. Lena Vik disagreed. The Senate will vote in May.",
                     {"Ana Ruiz AFF Senate (senator)", "Omar Haddad AFF Senate (senator)",
                      "Lena Vik AFF Senate (senator)", "Ana Ruiz AFF Democratic Party",
                      "Omar Haddad AFF Republican Party", "Ana Ruiz PART bill (1987-04-07)"},
                     {"Ana Ruiz 03 bill (1987-04-07)"}},
        // "the visit of X" in a story filed from Y's capital: X meets Y; not
        // a visitor serving Y itself.
        RelationCase{"visit_of_person_meets_dateline_state",
                     "LIMA, March 3 - Peruvian miners went on strike during the visit of Chilean President Ana "
                     "Ruiz. The visit of Peruvian Foreign Minister Omar Haddad to the mines was cancelled.",
                     {"Ana Ruiz 04 Peru"},
                     {"Omar Haddad 04 Peru"}},
        // A team led by a titled person: the title is his role with the
        // team's body; a continent after the title is a portfolio.
        RelationCase{"led_by_titled_person",
                     "The IMF team, led by assistant director for Africa Lena Vik, met ministers in Lusaka.",
                     {"Lena Vik AFF IMF (director)"},
                     {"Lena Vik AFF Africa (director)", "Lena Vik AFF Africa"}},
        // A possessive or plural qualifier also qualifies the names
        // coordinated after its own; a singular title does not, and a
        // possessive after a comma opens the next name.
        RelationCase{"qualifier_over_coordinated_names",
                     "The group, including Tories Ana Ruiz and Sir Omar Haddad, Labour's Lena Vik and Eva Sten, "
                     "met. Labour MPs Ian Dunn and Bob Ray voted. Labour MP Jim Cole and Tom Hill objected.",
                     {"Ana Ruiz AFF Conservative Party", "Omar Haddad AFF Conservative Party", "Lena Vik AFF Labour",
                      "Eva Sten AFF Labour", "Ian Dunn AFF Labour (member of parliament)",
                      "Bob Ray AFF Labour (member of parliament)"},
                     {"Omar Haddad AFF Labour", "Tom Hill AFF Labour (member of parliament)"}},
        // A title's possessive before a body qualifies it: "a member of the
        // President's Council".
        RelationCase{"possessive_title_before_body",
                     "Lena Vik, a member of the President's Andean Council, said so. Omar Haddad, a member of "
                     "Ana Ruiz's Zorvan Union, agreed.",
                     {"Lena Vik AFF Andean Council (member)", "Omar Haddad AFF Zorvan Union (member)"},
                     {}},
        // Speaking to a gathering takes part in it, also when a body's name
        // qualifies it; a gathering sponsored by a body is named after it,
        // and the sponsor takes part.
        RelationCase{"addressing_a_gathering",
                     "Ana Ruiz told a symposium sponsored by Zorbat magazine that rates would fall. Omar Haddad "
                     "told the Zorbat symposium that they would not.",
                     {"Ana Ruiz PART Zorbat symposium", "Zorbat PART Zorbat symposium",
                      "Omar Haddad PART Zorbat symposium"},
                     {}},
        // Killing by armed forces is fighting (19); by others, assault (18).
        RelationCase{"military_subject", "Chile said its troops had killed dozens of Peruvians near the border.",
                     {"Chile 19 Peru"}, {"Chile 18 Peru"}},
        RelationCase{"forces_subject", "Peruvian forces wounded hundreds of Chileans in the raid.",
                     {"Peru 19 Chile"}, {}},
        RelationCase{"non_military_subject", "Chilean gunmen killed two Peruvians.", {"Chile 18 Peru"},
                     {"Chile 19 Peru"}},
        // A condition is a hypothesis, not an event.
        RelationCase{"condition", "Chile will close its ports if Peru attacks Bolivia.",
                     {"Peru 19 Bolivia [hypothetical]"}, {"Peru 19 Bolivia"}},
        // Buying and selling by companies is business: no promise to the
        // company bought, no aid to the buyer; a state's arms sale stays aid.
        RelationCase{"company_purchase", "Andean Mining Corp agreed to acquire Quorvel Copper Inc for 40 mln dlrs.", {},
                     {"Andean Mining Corp 03 Quorvel Copper Inc"}},
        RelationCase{"company_sale", "Andean Mining Corp sold 40 trucks to Peru. Chile sold arms to Bolivia.",
                     {"Chile 07 Bolivia"}, {"Andean Mining Corp 07 Peru"}},
        // A judging word before a common noun judges that noun: an actor only
        // as its owner, agent, holder or subject.
        RelationCase{"judges_the_noun", "Omar Haddad said Peru faced aggressive competition from Chile.", {},
                     {"Omar Haddad 11 Chile", "Omar Haddad 11 Peru"}},
        RelationCase{"judges_the_owner", "Omar Haddad said Chile's reckless policy had failed.", {"Omar Haddad 11 Chile"},
                     {}},
        RelationCase{"judges_the_agent", "Ana Ruiz said it was a cynical move by Chile.", {"Ana Ruiz 11 Chile"}, {}},
        RelationCase{"judges_the_holder", "Ana Ruiz said Chile had a shameful record.", {"Ana Ruiz 11 Chile"}, {}},
        // Meeting a need meets nobody; a verb opening a title is no verb;
        // hitting back is criticism, not backing.
        RelationCase{"meet_a_requirement", "Peru has met IMF targets. Chile failed to meet Andean Council requirements.",
                     {}, {"Peru 04 IMF", "Chile 04 Andean Council"}},
        RelationCase{"verb_opening_title", "Ana Ruiz met Peru's finance minister Omar Haddad.", {"Ana Ruiz 04 Omar Haddad"},
                     {"Ana Ruiz 07 Omar Haddad"}},
        RelationCase{"hit_back", "Omar Haddad hit back by saying the Andean Party was wrong.",
                     {"Omar Haddad 11 Andean Party"}, {"Omar Haddad 05 Andean Party"}},
        // Signing an agreement together is an act of each toward the other;
        // "the two countries" are the last two the article named.
        RelationCase{"signed_together", "Peru and Bolivia signed an agreement on Monday.",
                     {"Peru 05 Bolivia", "Bolivia 05 Peru"}, {}},
        RelationCase{"the_two_countries", "Peru will build two roads in Bolivia. The two countries signed an agreement.",
                     {"Peru 05 Bolivia", "Bolivia 05 Peru"}, {}},
        // A verb joined by "and" to a verb with its own object shares that
        // verb's subject, not its object.
        RelationCase{"coordinated_predicate", "Peru criticised Chile's plan and called on Bolivia to help.",
                     {"Peru 11 plan (1987-04-07)", "Chile PART plan (1987-04-07)", "Peru 02 Bolivia"}, {"Chile 02 Bolivia"}},
        // A state's possessive determines a title as "the" does: "Peru's
        // foreign minister" is the Peruvian foreign minister named before.
        RelationCase{"possessive_title",
                     "Peruvian Foreign Minister Ana Ruiz arrived on Monday. Peru's foreign minister met Omar Haddad "
                     "in Lima.",
                     {"Ana Ruiz 04 Omar Haddad"}, {"Peru 04 Omar Haddad"}},
        // A reporting verb joined by "and" to another one, whose report
        // names no actor, has that verb's subject; a second report by the
        // same speaker may appeal too.
        RelationCase{"second_report_of_a_speaker",
                     "Ana Ruiz said the debt was a burden and called on Chile to help. Omar Haddad said it was a "
                     "serious matter and said Peru should make a statement.",
                     {"Ana Ruiz 02 Chile", "Omar Haddad 02 Peru"}, {}},
        // Saying another actor needs to (ought to) act appeals to it, as
        // "should" does.
        RelationCase{"needs_to", "Ana Ruiz said Chile needed to change its policy. Omar Haddad said Peru ought to act.",
                     {"Ana Ruiz 02 Chile", "Omar Haddad 02 Peru"}, {}},
        // An act someone is urged, asked or wanted to do is only asked for;
        // an attempt ("sought to") is not.
        RelationCase{"urged_to_act", "Ana Ruiz urged Peru to impose sanctions on Chile.",
                     {"Ana Ruiz 02 Peru", "Peru 16 Chile [hypothetical]"}, {"Peru 16 Chile"}},
        RelationCase{"called_on_to_act", "Omar Haddad called on Congress to pass the bill.",
                     {"Omar Haddad 02 Congress"}, {"Congress PART bill (1987-04-07)"}},
        RelationCase{"asked_to_act", "Ana Ruiz asked to meet Omar Haddad.", {"Ana Ruiz 04 Omar Haddad [hypothetical]"},
                     {"Ana Ruiz 04 Omar Haddad"}},
        RelationCase{"wants_another_to_act", "Chile wants Peru to withdraw from Bolivia.", {"Peru 08 Bolivia [hypothetical]"},
                     {"Peru 08 Bolivia"}},
        RelationCase{"sought_to_act", "Peru sought to block Chile.", {"Peru 12 Chile"}, {"Peru 12 Chile [hypothetical]"}},
        // Saying that someone failed judges the one failing, not what follows.
        RelationCase{"failure_judges_the_failing",
                     "Ana Ruiz said Peru had failed to pay its debts. Omar Haddad said the plan failed to convince Chile.",
                     {"Ana Ruiz 11 Peru"}, {"Omar Haddad 11 Chile"}},
        // Bare "ministers" opening a clause is the article's government;
        // "foreign ministers from" other states are not.
        RelationCase{"bare_ministers",
                     "The Peruvian government denied the report. Ana Ruiz said ministers had failed to act. "
                     "Foreign ministers from Chile and Bolivia had failed to agree, Omar Haddad said.",
                     {"Ana Ruiz 11 Peru"}, {"Omar Haddad 11 Peru"}},
        // So are "ministers" as a verb's object, "accused ministers of
        // turning"; "finance ministers" are not.
        RelationCase{"bare_ministers_as_object",
                     "The Peruvian government denied the report. Ana Ruiz accused ministers of turning Peru into a "
                     "dump. Omar Haddad praised finance ministers.",
                     {"Ana Ruiz 11 Peru"}, {"Omar Haddad 05 Peru"}},
        // Wanting another actor to act appeals to it; wanting its oil or
        // wanting to act oneself does not.
        RelationCase{"want_actor_to", "Peru wants Chile to open the border. Bolivia wants Chile's gas. Peru wants to meet Chile.",
                     {"Peru 02 Chile"}, {"Bolivia 02 Chile"}},
        // Attacking a person, or a body by a person, is criticism; a state
        // attacking a state fights.
        RelationCase{"verbal_attack", "Ana Ruiz attacked Omar Haddad over the budget. Peru attacked Chile.",
                     {"Ana Ruiz 11 Omar Haddad", "Peru 19 Chile"}, {"Ana Ruiz 19 Omar Haddad"}},
        // A news medium right before a name is no affiliation ("told the BBC
        // X was right"); its possessive is ("the BBC's X").
        RelationCase{"medium_before_name", "The Andean Party told the BBC Omar Haddad was right. The BBC's Ana Ruiz said so.",
                     {"Ana Ruiz AFF BBC"}, {"Omar Haddad AFF BBC", "Andean Party 01 Omar Haddad"}},
        // Initialling a declaration together is agreeing, both ways; the
        // adjective is no verb.
        RelationCase{"initial", "Peru and Chile today initialled a joint declaration. The initial reports on Bolivia were wrong.",
                     {"Peru 05 Chile", "Chile 05 Peru"}, {}},
        // Writing to one's counterpart addresses the name in apposition.
        RelationCase{"write_to_counterpart", "Ana Ruiz wrote to her Chilean counterpart, Foreign Minister Omar Haddad.",
                     {"Ana Ruiz 01 Omar Haddad"}, {"Ana Ruiz 01 Chile"}},
        // Reiterating another actor's stance relays it: no act on that actor.
        RelationCase{"reiterated_owners_act", "Ana Ruiz reiterated the Peruvian government's opposition to the tax. "
                     "Chile gave Bolivia a clear warning.",
                     {"Chile 13 Bolivia"}, {"Ana Ruiz 12 Peru"}},
        // A statement or letter doing something is its issuer doing it.
        RelationCase{"document_participle", "Peru issued a statement deploring the Chilean blockade. "
                     "Bolivia sent a letter urging Chile to talk.",
                     {"Peru 11 Chile", "Bolivia 02 Chile"}, {}},
        // Insisting that another actor do something demands it; insisting
        // that it has done something claims.
        RelationCase{"insist_that", "Peru insisted that Chile withdraw its troops. Bolivia insisted that Chile had won.",
                     {"Peru 10 Chile"}, {"Bolivia 10 Chile"}},
        // Two titles joined by "and": the first one's qualifier holds.
        RelationCase{"coordinated_titles", "The veteran Andean Party MP and former minister Ana Ruiz will stand down.",
                     {"Ana Ruiz AFF Andean Party (member of parliament)"}, {}},
        // Force against what an actor proposes, past its possessive and
        // modifiers, is criticism of the actor.
        RelationCase{"attack_owned_pledges", "Ana Ruiz attacked the Andean Party's six new pledges on Monday.",
                     {"Ana Ruiz 11 Andean Party"}, {"Ana Ruiz 19 Andean Party"}},
        // "continued to" reports nothing: the act is the subject's; a threat
        // or a vow to act is an act still to come.
        RelationCase{"continued_to_act", "Peru continued to attack Chile on Monday.", {"Peru 19 Chile"}, {}},
        RelationCase{"threatened_to_act", "Peru threatened to attack Chile. Bolivia vowed to attack Chile.",
                     {"Peru 13 Chile", "Peru 19 Chile [future]", "Bolivia 19 Chile [future]"},
                     {"Peru 19 Chile", "Bolivia 19 Chile"}},
        // "The Cabinet" is the government of the article's state.
        RelationCase{"the_cabinet_is_the_government",
                     "The Peruvian government met on Monday. Ana Ruiz criticised the Cabinet for the delay.",
                     {"Ana Ruiz 11 Peru"}, {}},
        // "The administration" is the state whose administration was named.
        RelationCase{"the_administration", "The Peruvian administration met on Monday. Ana Ruiz said the "
                     "administration had embarked on a reckless path.",
                     {"Ana Ruiz 11 Peru"}, {}},
        // Summoning a foreign envoy protests; one's own, consults.
        RelationCase{"summon_envoy",
                     "Peru summoned the Chilean ambassador. Peruvian President Ana Ruiz summoned Peruvian Ambassador Omar Haddad.",
                     {"Peru 11 Chile", "Ana Ruiz 04 Omar Haddad"}, {"Ana Ruiz 11 Omar Haddad"}},
        // A place's name modifying what is judged names its topic; a
        // demonym or an "of" phrase names its author.
        RelationCase{"topic_modifier",
                     "Ana Ruiz rejected the Chile trade demand. Peru rejected Chilean proposals. "
                     "Bolivia declined an offer of Chilean naval escorts.",
                     {"Peru 12 Chile", "Bolivia 12 Chile"}, {"Ana Ruiz 12 Chile"}},
        // A town or a seat before an unnamed title names no actor, nor does a
        // body named inside the relative clause after it; a named holder
        // acts.
        RelationCase{"place_before_an_unnamed_title",
                     "The Lima Norte MP, who was expelled from the Zorvan Party, accused Ana Ruiz of lying. The "
                     "Cusco MP criticised Omar Haddad. Cusco MP Jon Eide criticised Tom Hill.",
                     {"Jon Eide 11 Tom Hill"},
                     {"Lima 11 Ana Ruiz", "Norte 11 Ana Ruiz", "Zorvan Party 11 Ana Ruiz", "Cusco 11 Omar Haddad"}},
        // Recalling is an act only on an envoy (envoy_only_verb): not a
        // product recall, a memory or a player brought back.
        RelationCase{"recall_only_an_envoy",
                     "Peru recalled its ambassador to Chile. Tarsun Motors is recalling 3,000 Zorvan Saloon cars. "
                     "Ana Ruiz recalls how Omar Haddad once advised her. Tarsun United will recall Jon Eide.",
                     {"Peru 16 Chile"},
                     {"Tarsun Motors 16 Zorvan Saloon", "Ana Ruiz 16 Omar Haddad", "Tarsun United 16 Jon Eide"}},
        // A subject pronoun, or "it" before a verb, opens a clause of its own
        // and is no object; after a promise it is the one promised.
        RelationCase{"pronoun_opening_a_clause_is_no_object",
                     "The Tarsun Council met on Monday. Omar Haddad agreed it was a concern. Ana Ruiz spoke. Jon Eide "
                     "denied she was wrong. Tom Hill spoke. Bolivia promised he would be safe.",
                     {"Bolivia 03 Tom Hill"},
                     {"Omar Haddad 05 Tarsun Council", "Jon Eide 12 Ana Ruiz"}},
        // After "after", "before" or "since", a name before a verb of
        // beginning or going on and "to" is the subject of the verb after
        // them, as it is before the verb itself.
        RelationCase{"subject_through_started_to",
                     "Chile consulted the United States after Peru started to attack Chilean ships. Bolivia met "
                     "Brazil before Ecuador began to shell Peruvian towns.",
                     {"Peru 19 Chile", "Ecuador 19 Peru"},
                     {"United States 19 Chile", "Brazil 19 Peru", "Bolivia 19 Peru"}},
        // A state's abbreviation is written where its demonym would be: "the
        // U.S. proposal" is the state's, unlike "the Chile trade demand"; its
        // money is not ("support the U.S. dollar").
        RelationCase{"abbreviation_as_demonym",
                     "Peru criticised the U.S. proposal. Bolivia rejected the UK plans. Japan moved to support "
                     "the U.S. dollar. Chile was unhappy with the US decision.",
                     {"Peru 11 United States", "Bolivia 12 United Kingdom", "Chile 11 United States"},
                     {"Japan 05 United States"}},
        // A verb's bare form after a possessive is a noun: "Ana Ruiz's veto",
        // "the council's initial report" veto and initial nothing.
        RelationCase{"bare_form_after_possessive_is_a_noun",
                     "Congress overrode President Ana Ruiz's veto -- to protect Chilean industry. The Tarsun "
                     "Council's initial report into Peruvian savings was published.",
                     {}, {"Ana Ruiz 12 Chile", "Tarsun Council 05 Peru"}},
        // Welcoming someone's act praises its author.
        RelationCase{"possessive_object", "Ingrid Dahl welcomed Omar Haddad's decision to free the prisoners.",
                     {"Ingrid Dahl 05 Omar Haddad"}, {}},
        // Carrying out an event, announcing talks or breaking a truce is
        // taking part in the event (the gold guidelines' PART).
        RelationCase{"enacted_events",
                     "Peru announced a ceasefire on Monday. Chile launched an offensive in the north. "
                     "Bolivia announced talks in La Paz. Rebels loyal to Chile violated the truce.",
                     {"Peru PART ceasefire (1987-04-07)", "Chile PART offensive (1987-04-07)",
                      "Bolivia PART La Paz talks"},
                     {"Peru 01 ceasefire (1987-04-07)"}},
        // A name in apposition to a description acts; the description gives
        // the affiliation.
        RelationCase{"appositive_name",
                     "The speaker of the Chilean Parliament, Rosa Quispe, warned Peru not to interfere.",
                     {"Rosa Quispe 13 Peru", "Rosa Quispe AFF Chilean Parliament (speaker)"}, {"Chilean Parliament 13 Peru"}},
        // A relative clause between subject and verb is skipped.
        RelationCase{"relative_clause",
                     "Chile and Bolivia, which have troops in Peru, have signed a deal with Ecuador.",
                     {"Chile 05 Ecuador", "Bolivia 05 Ecuador"}, {"Peru 05 Ecuador"}},
        // An unclosed apposition is no title: the name starts the clause.
        RelationCase{"unclosed_apposition", "With the Chilean president, Omar Haddad met Rosa Quispe.",
                     {"Omar Haddad 04 Rosa Quispe"}, {"Omar Haddad AFF Chile (president)"}},
        // Headlines in capitals have verbs.
        RelationCase{"caps_headline", "CHILE WARNS PERU OVER BORDER\n\nSANTIAGO, April 7 - The talks ended.",
                     {"Chile 13 Peru"}, {}},
        // Reporting the other side's violence accuses it; a news agency's
        // report or one's own side's violence does not.
        RelationCase{"reported_violence",
                     "Chile said Peru had kept up its attacks on the border. Xinhua said Bolivia shelled Peru. "
                     "Ecuador said its troops had killed dozens of Peruvians.",
                     {"Chile 11 Peru", "Bolivia 19 Peru", "Ecuador 19 Peru"},
                     {"Xinhua 11 Bolivia", "Ecuador 11 Peru"}},
        // An appeal is its own act, not a report of the violence it mentions.
        RelationCase{"appeal_is_no_report",
                     "Bolivia asked Chile to protect its ships from Ecuadorian missile attacks.",
                     {"Bolivia 02 Chile"}, {"Bolivia 11 Ecuador"}},
        // A capital in a headline is the state, unless a place preposition
        // precedes it.
        RelationCase{"capital_in_headline", "CHILE PRESSES LIMA ON BORDER\n\nTALKS OPEN IN LIMA\n\nThe talks ended.",
                     {"Chile 02 Peru"}, {"Chile 02 Lima"}},
        // Asking for an event to be lifted is no appeal for the event.
        RelationCase{"state_change", "Chile has called for the embargo to be lifted. Peru urged the blockade lifted.",
                     {}, {"Chile 02 embargo (1987-04-07)", "Peru 02 blockade (1987-04-07)"}},
        // A noun after "from Demonym modifier" is no verb.
        RelationCase{"noun_after_preposition",
                     "Bolivia asked Chile and Peru to protect its ships from Ecuadorian missile attacks.",
                     {"Bolivia 02 Chile"}, {"Chile 19 Peru", "Peru 19 Chile"}},
        // "X's act was welcomed by Y": Y approves of X.
        RelationCase{"passive_owner", "The EU's move was welcomed at the time by Chile.", {"Chile 05 European Union"}, {}},
        // The event opening a passive sentence is its patient.
        RelationCase{"passive_event_patient", "The conference on border trade is being hosted by Ana Ruiz.",
                     {"Ana Ruiz PART conference (1987-04-07)"}, {}},
        // Acts named by nouns (data/act_nouns.tsv): their agent, their target,
        // no EVENT entity; without a target, no relation.
        RelationCase{"act_noun_possessive", "Ana Ruiz's offer to Peru surprised Bolivia.", {"Ana Ruiz 03 Peru"},
                     {"Ana Ruiz 03 Bolivia"}},
        RelationCase{"act_noun_through_goods", "Chile kept its ban on fish imports from Peru.", {"Chile 16 Peru"}, {}},
        RelationCase{"act_noun_by_agent", "A threat of sanctions against Peru by Chile was reported.",
                     {"Chile 13 Peru"}, {"Peru 13 Chile"}},
        RelationCase{"light_verb_recipient", "Omar Haddad sent Ana Ruiz his warmest congratulations.",
                     {"Omar Haddad 05 Ana Ruiz"}, {"Ana Ruiz 05 Omar Haddad"}},
        RelationCase{"light_verb_target", "Bolivia voiced strong criticism of Chile.", {"Bolivia 11 Chile"}, {}},
        RelationCase{"light_verb_passive", "Peru was given a clear warning of sanctions by Chile.",
                     {"Chile 13 Peru"}, {"Peru 13 Chile"}},
        RelationCase{"light_verb_negated", "Bolivia did not issue a warning to Chile.", {"Bolivia 13 Chile [negated]"},
                     {"Bolivia 13 Chile"}},
        RelationCase{"addressed_capital", "Chile's offer to Lima surprised Bolivia.", {"Chile 03 Peru"},
                     {"Chile 03 Lima"}},
        // An event carried out on someone is an act on them.
        RelationCase{"enacted_on_target",
                     "Chile announced the withdrawal of its troops from Peru. Bolivia launched air raids on "
                     "Ecuadorian border posts.",
                     {"Chile 08 Peru", "Bolivia 19 Ecuador"}, {"Chile 08 withdrawal (1987-04-07)"}},
        // An event noun's agent may follow it; its target may be named
        // before it as the target of the attacks.
        RelationCase{"event_noun_by_agent", "Attacks by Chile on Peruvian ships have increased.", {"Chile 19 Peru"},
                     {"Peru 19 Chile"}},
        RelationCase{"target_of_attacks", "Peruvian tankers, frequent targets of Chilean attacks, sail under escort.",
                     {"Chile 19 Peru"}, {"Peru 19 Chile"}},
        RelationCase{"military_strike", "Peruvian forces launched a retaliatory strike against Chile.",
                     {"Peru 19 Chile"}, {"Peru 14 Chile"}},
        // Forces moved to a place show military posture towards it (15).
        RelationCase{"deployment_verbs",
                     "Chile is sending more warships to the Gulf. Peru massed troops along the border with "
                     "Bolivia. Ecuador sent a letter to Chile.",
                     {"Chile 15 Persian Gulf", "Peru 15 Bolivia"}, {"Ecuador 15 Chile"}},
        // Approving a loan gives it; a name between an article and the act
        // noun modifies the noun, it receives nothing.
        // An actor inside a relative clause set off by commas is no subject
        // of the verb after it.
        RelationCase{"relative_clause_parenthetical",
                     "Omar Haddad, who represents Lima in the National Congress, attacked the plan of Chile.",
                     {"Omar Haddad 11 plan (1987-04-07)"}, {"National Congress 11 plan (1987-04-07)"}},
        // "The Texas Republican told": the subject named just before, of
        // that party; not an office holder the lexicon knows for another body.
        RelationCase{"place_party_member",
                     "Senator Phil Gramm attacked the budget plan. The Texas Republican told a news conference "
                     "that the deficit was too high. Senate leader Robert Byrd criticised President Reagan's veto. "
                     "The West Virginia Democrat told reporters it was confrontation.",
                     {"Phil Gramm AFF Republican Party", "Robert Byrd AFF Democratic Party"},
                     {"Ronald Reagan AFF Democratic Party"}},
        RelationCase{"approve_light_verb",
                     "The World Bank approved two loans to Mexico totalling 205 mln dlrs. The SEC said it would "
                     "approve the Midwest Exchange request. Omar Haddad repeated the Peru demand.",
                     {"World Bank 07 Mexico"}, {"SEC 02 Midwest Exchange", "Omar Haddad 10 Peru"}},
        RelationCase{"posture_nouns", "Chile stepped up its naval presence in the Gulf.", {"Chile 15 Persian Gulf"}, {}},
        // Making an agreement (data/agreement_verbs.tsv) is cooperation (05)
        // among its makers and with a partner after "with", both ways; an
        // agreement sought, failed or made with a partner left unnamed is not.
        RelationCase{"agreement_makers",
                     "Chile and Peru yesterday finalised two agreements on fishing. Bolivia concluded an accord "
                     "on debt with Ecuador.",
                     {"Chile 05 Peru", "Peru 05 Chile", "Bolivia 05 Ecuador", "Ecuador 05 Bolivia"}, {}},
        // A noun's target coordinated after it: each one; past a comma alone,
        // a name qualifying a noun starts a clause of its own.
        RelationCase{"nominal_event_targets_coordinated",
                     "The EC trade agreements with Tunisia, Egypt and Jordan expire. Chile honoured its agreement "
                     "with the United States, NATO sources said.",
                     {"European Community 05 Tunisia", "European Community 05 Egypt", "European Community 05 Jordan",
                      "Chile 05 United States"},
                     {"Chile 05 NATO"}},
        // A state fighting exactly one other state in the article ("the
        // Iran-Iraq war") acts on it by an act of force with no target;
        // with two foes, on neither.
        RelationCase{"war_opponent",
                     "Iraq said the Iran-Iraq war would go on. Iran launched a new offensive on Tuesday.",
                     {"Iran 19 Iraq", "Iran PART offensive (1987-04-07)"}, {}},
        // Not in a sentence where the state acts by force on a target of its
        // own.
        RelationCase{"war_opponent_with_own_target",
                     "Iran said the Iran-Iraq war would go on. Iraq launched an offensive on Tuesday and attacked the "
                     "PKK.",
                     {"Iraq 19 Kurdistan Workers' Party", "Iraq PART offensive (1987-04-07)"}, {"Iraq 19 Iran"}},
        RelationCase{"war_opponents_two",
                     "Chile said the Chile-Peru war and the Chile-Bolivia war would go on. Chile launched a new "
                     "offensive on Tuesday.",
                     {"Chile PART offensive (1987-04-07)"}, {"Chile 19 Peru", "Chile 19 Bolivia"}},
        // Entering into an agreement makes it; having one holds it ("has a
        // barter deal with"), with the partner right after the noun, but
        // not as an auxiliary ("have terminated the agreement"), nor past a
        // preposition; "no" negates it.
        RelationCase{"agreement_entered_or_held",
                     "Tarsun Corp entered into an agreement with Zorvan Inc on Monday. Brazil has a barter deal with "
                     "Iraq. Chile and Peru have terminated their fishing agreement. Bolivia has no trade pact with "
                     "Ecuador. Uruguay has doubts about the pact with Panama. Japan has a great deal of leverage "
                     "with Cuba.",
                     {"Tarsun Corp 05 Zorvan Inc", "Zorvan Inc 05 Tarsun Corp", "Brazil 05 Iraq", "Iraq 05 Brazil",
                      "Bolivia 05 Ecuador [negated]"},
                     {"Chile 05 Peru", "Bolivia 05 Ecuador", "Uruguay 05 Panama", "Japan 05 Cuba"}},
        RelationCase{"agreement_not_made",
                     "Chile and Peru have both reached agreement with their creditor banks. Bolivia and Ecuador "
                     "failed to conclude a trade pact. Argentina is close to striking a deal with Uruguay. "
                     "Venezuela accused Colombia of signing a secret accord with Panama.",
                     {"Bolivia 05 Ecuador [negated]", "Argentina 05 Uruguay [hypothetical]"},
                     {"Chile 05 Peru", "Peru 05 Chile", "Argentina 05 Uruguay", "Venezuela 05 Panama"}},
        // "unable to" is a failure: the act did not happen.
        RelationCase{"unable_to", "Bolivia was unable to visit Ecuador.", {"Bolivia 04 Ecuador [negated]"},
                     {"Bolivia 04 Ecuador"}},
        // A sea does not act and is not judged.
        RelationCase{"sea_is_no_actor", "Chile condemned the Gulf attacks. Peru urged the Gulf states to act.", {},
                     {"Chile 11 Persian Gulf", "Peru 02 Persian Gulf"}},
        // Two sides at war fight each other.
        RelationCase{"at_war", "Chile and Peru, which have been at war since May, refused the offer.",
                     {"Chile 19 Peru", "Peru 19 Chile"}, {}},
        // Quantities before the object are no content words.
        RelationCase{"quantity_object", "Peruvian troops had killed or wounded over 2,600 Chileans.",
                     {"Peru 19 Chile"}, {}},
        // A leader's government is the state.
        RelationCase{"leader_government",
                     "LONDON, May 1 - British officials met Margaret Thatcher. Omar Haddad accused Mrs "
                     "Thatcher's government of lying.",
                     {"Omar Haddad 11 United Kingdom"}, {"Omar Haddad 11 Margaret Thatcher"}},
        // A quoted judgement of the person the reported clause names.
        RelationCase{"judging_fragment", "Ana Ruiz said Omar Haddad was \"reckless beyond words\".",
                     {"Ana Ruiz 11 Omar Haddad"}, {}},
        // "wrong" (predicate_judgement) judges only the subject of the
        // copula before it; "Committee members" are the committee named
        // before (member_noun).
        RelationCase{"predicate_judgement",
                     "Ana Ruiz said Omar Haddad was plainly wrong. Ana Ruiz said it would be wrong to put Chile on "
                     "the list. Omar Haddad said what happened in Lima was wrong.",
                     {"Ana Ruiz 11 Omar Haddad"}, {"Ana Ruiz 11 Chile", "Omar Haddad 11 Lima", "Omar Haddad 11 Peru"}},
        RelationCase{"bare_head_before_members",
                     "The Public Accounts Committee met on Monday. Committee members said Omar Haddad had been wrong.",
                     {"Public Accounts Committee 11 Omar Haddad"}, {"Committee 11 Omar Haddad"}},
        // Office holders the lexicon knows (data/leaders.tsv): their state,
        // not the dateline's, and their title in a later reference.
        RelationCase{"known_holder_abroad",
                     "TOKYO, April 7 - President Reagan said the United States would help Japan.",
                     {"Ronald Reagan AFF United States (president)"}, {"Ronald Reagan AFF Japan (president)"}},
        RelationCase{"title_refers_to_known_holder",
                     "Mikhail Gorbachev met Margaret Thatcher in London. The prime minister urged Moscow to "
                     "withdraw from Afghanistan.",
                     {"Margaret Thatcher 02 Soviet Union"}, {}},
        // A portfolio in capitals is part of the role, not an organisation.
        RelationCase{"portfolio_role",
                     "LIMA, April 7 - Mining Affairs Minister Rosa Quispe flew to Santiago to discuss Peru's copper exports.",
                     {"Rosa Quispe AFF Peru (mining affairs minister)"}, {"Rosa Quispe AFF Mining Affairs (minister)"}},
        RelationCase{"portfolio_with_state", "Chilean Trade Minister Ana Ruiz met Omar Haddad.",
                     {"Ana Ruiz AFF Chile (trade minister)"}, {}},
        // A refused act did not happen; the refusal is a rejection (12) of
        // its target, whether a verb, a noun or an adjective refuses.
        RelationCase{"refused_by_verb", "Chile refused to condemn Peru.", {"Chile 12 Peru", "Chile 11 Peru [negated]"},
                     {"Chile 11 Peru"}},
        RelationCase{"declined_by_verb", "Peru declined to meet the Chilean delegation on Monday.",
                     {"Peru 12 Chile"}, {"Chile 04 Peru", "Peru 04 Chile"}},
        RelationCase{"refused_by_noun", "Chile's refusal to back Peru angered Bolivia.", {"Chile 12 Peru"},
                     {"Chile 05 Peru"}},
        RelationCase{"refused_by_adjective", "Chile was unwilling to back Peru at the summit.", {"Chile 12 Peru"},
                     {"Chile 05 Peru"}},
        // Being at an event is taking part; being "at war" is fighting.
        RelationCase{"be_at_event", "Omar Haddad is at a conference in Oslo this week.",
                     {"Omar Haddad PART Oslo conference"}, {}},
        RelationCase{"at_war_is_no_attendance", "Chile and Peru are at war.", {"Chile 19 Peru", "Peru 19 Chile"},
                     {"Chile PART war (1987-04-07)", "Peru PART war (1987-04-07)"}},
        // A mutual act ("at war with", "clashed with") is recorded both ways.
        RelationCase{"mutual_verb", "Chilean troops clashed with Peruvian forces near Tacna.",
                     {"Chile 19 Peru", "Peru 19 Chile"}, {}},
        RelationCase{"one_way_verb", "Chilean troops attacked Peruvian forces near Tacna.", {"Chile 19 Peru"},
                     {"Peru 19 Chile"}},
        // A relative clause's subject is its antecedent: none when that is
        // no actor, or an actor inside a prepositional phrase; a group noun
        // stands for its state.
        RelationCase{"relative_non_actor", "Two Chileans died in the storm which struck Peru on Monday.", {},
                     {"Chile 19 Peru", "Chile 18 Peru"}},
        RelationCase{"relative_after_preposition", "A Chilean trade mission to Bolivia, which criticised Peru, left.",
                     {}, {"Bolivia 11 Peru"}},
        RelationCase{"relative_group_noun", "Chilean lawmakers who blame Peru met on Monday.", {"Chile 11 Peru"}, {}},
        // A phrase is read whole: "hit back at" criticises; its "hit" does
        // not assault and its "back" does not support. A preposition ending
        // the phrase takes the object ("at Peru" is no place adjunct).
        RelationCase{"phrase_read_whole", "Chile hit back at Peru over the tariffs.", {"Chile 11 Peru"},
                     {"Chile 19 Peru", "Chile 05 Peru"}},
        RelationCase{"phrase_ends_in_preposition", "Chile lashed out at Peru on Monday.", {"Chile 11 Peru"}, {}},
        // What one visits in a place is a visit to the place's state: a
        // country, or a capital's state when the article names it; not a
        // city on its own, nor a body.
        RelationCase{"visit_in_a_place",
                     "Omar Haddad visited slums in Nairobi on Monday. Eva Lund toured factories in Peru. Ana Ruiz "
                     "visited friends in the Tarsun Party.",
                     {"Eva Lund 04 Peru"}, {"Omar Haddad 04 Nairobi", "Ana Ruiz 04 Tarsun Party"}},
        RelationCase{"visit_in_a_capital",
                     "Omar Haddad visited slums in Nairobi on Monday. Ana Ruiz visited schools in the Kenyan capital.",
                     {"Omar Haddad 04 Kenya", "Ana Ruiz 04 Kenya"}, {}},
        // A place after "in" or "at" is where the act happens, with "the" or
        // without; officials there still stand for their state. "Of" and
        // "from" before "the" are no place's: the help of a body, approval
        // from it, are sought from it.
        RelationCase{"place_adjunct_past_the",
                     "Tarsun Corp sold arms in the Netherlands. Ecuador attacked rebels in the Philippines. Chile "
                     "sold arms in Bolivia. Ana Ruiz met officials in the United States. Peru sought approval from "
                     "the Andean Council. Chile sought the help of the Tarsun Union.",
                     {"Ana Ruiz 04 United States", "Peru 02 Andean Council", "Chile 02 Tarsun Union"},
                     {"Tarsun Corp 07 Netherlands", "Ecuador 19 Philippines", "Chile 07 Bolivia"}},
        // Reported judgements in words of data/evaluations.tsv: vagueness,
        // waste and unrealism are criticism.
        RelationCase{"more_words_of_blame",
                     "Lars Berg said the Peruvian pledges were incredibly vague. Ana Ruiz called the Chilean scheme "
                     "wasteful and unrealistic.",
                     {"Lars Berg 11 Peru", "Ana Ruiz 11 Chile"}, {}},
        // "Least" or "less" before a word of praise makes it criticism; before
        // a word of blame, or in a comparison ("less generous than"), it
        // judges no one; "at least" is no "least".
        RelationCase{"less_and_least",
                     "Ana Ruiz said Peru had one of the least generous aid systems in the world. Omar Haddad said "
                     "Chile was less aggressive now. Eva Lund said Bolivia was at least generous. Jon Eide said "
                     "Ecuador was less generous than Brazil.",
                     {"Ana Ruiz 11 Peru", "Eva Lund 05 Bolivia"},
                     {"Ana Ruiz 05 Peru", "Omar Haddad 11 Chile", "Eva Lund 11 Bolivia", "Jon Eide 11 Brazil",
                      "Jon Eide 11 Ecuador"}},
        // An evaluative noun after "the" names a thing ("the disaster"); a
        // judgement under "would" or "not" is not asserted.
        RelationCase{"evaluative_noun_as_name",
                     "Omar Haddad said the number of Chileans missing in the disaster had risen to 40.", {},
                     {"Omar Haddad 11 Chile"}},
        // So with the words naming it between: "the Chilean earthquake
        // disaster". A verb or "most" is no such word, and a phrase that is a
        // verb's object ("called the Bolivian policy disastrous") judges.
        RelationCase{"evaluative_noun_as_name_compound",
                     "In a speech on the Chilean earthquake disaster, Ana Ruiz said aid was slow. Omar Haddad said the "
                     "Tarsun Party failed. Eva Lund said Peru had been the most aggressive. Jon Eide called the "
                     "Bolivian policy disastrous.",
                     {"Omar Haddad 11 Tarsun Party", "Eva Lund 11 Peru", "Jon Eide 11 Bolivia"}, {"Ana Ruiz 11 Chile"}},
        RelationCase{"evaluation_hypothetical", "\"It would be irresponsible of Peru to wait,\" Omar Haddad said.",
                     {"Omar Haddad 11 Peru [hypothetical]"}, {"Omar Haddad 11 Peru"}},
        RelationCase{"evaluation_asserted", "Omar Haddad said the Peruvian plan was irresponsible.",
                     {"Omar Haddad 11 Peru"}, {}},
        // (Willingness to back is intent to cooperate, 03, not a refusal.)
        RelationCase{"unrefused", "Chile was willing to back Peru at the summit.", {"Chile 03 Peru"},
                     {"Chile 12 Peru"}},
        RelationCase{"intent_to_help", "Japan said it was ready to help Peru.", {"Japan 03 Peru"}, {"Japan 07 Peru"}},
        // An actor glued to "-backed" modifies the name after it; a
        // "-led" force acts as its leader.
        RelationCase{"backed_compound", "Peru criticised the Chilean-backed Andean Council.",
                     {"Peru 11 Andean Council", "Chile 05 Andean Council"}, {"Peru 11 Chile"}},
        RelationCase{"led_compound", "The Chilean-led force attacked Peru.", {"Chile 19 Peru"}, {}},
        RelationCase{"owned_compound_is_the_owner", "Chile attacked Peruvian-owned ships.", {"Chile 19 Peru"}, {}},
        // The body one is expelled from expels.
        RelationCase{"expelled_from", "Omar Haddad was expelled from the Andean Council.",
                     {"Andean Council 16 Omar Haddad"}, {}},
        // "X's war enemy Y": at war both ways; a possessive describes the
        // name heading the object phrase.
        RelationCase{"war_enemy", "Bolivia backed Chile's war enemy Peru.",
                     {"Chile 19 Peru", "Peru 19 Chile", "Bolivia 05 Peru"}, {"Bolivia 05 Chile"}},
        RelationCase{"possessive_then_clause", "Peru refused to accept Chile's denials that it was involved.",
                     {"Peru 12 Chile"}, {}},
        // Chairing a meeting is taking part in it; chairing a party is no meeting.
        RelationCase{"chair_meeting", "Peru chairs the Lima summit. Omar Haddad chaired the Andean Council.",
                     {"Peru PART Lima summit"}, {"Omar Haddad 04 Andean Council", "Peru 04 Lima"}},
        // Speaking to a meeting, addressing or sponsoring it is taking part.
        RelationCase{"speaking_to_a_meeting",
                     "Omar Haddad told the conference that banks should lend. Ana Ruiz addressed the summit. "
                     "The meeting, sponsored by the Andean Council, ended.",
                     {"Omar Haddad PART conference (1987-04-07)", "Ana Ruiz PART summit (1987-04-07)",
                      "Andean Council PART meeting (1987-04-07)"},
                     {}},
        // "the government" alone is the state whose government was last
        // named, else the state the article's people serve.
        RelationCase{"bare_government_named_before",
                     "The Chilean government met Peru's envoy. Omar Haddad later criticised the government.",
                     {"Omar Haddad 11 Chile"}, {}},
        RelationCase{"bare_government_home_state",
                     "Chilean Foreign Minister Ana Ruiz flew to Lima. Peruvian Trade Minister Omar Haddad and "
                     "Chilean Interior Minister Rosa Quispe spoke. Pedro Soto accused the government of lying.",
                     {"Pedro Soto 11 Chile"}, {"Pedro Soto 11 Peru"}},
        RelationCase{"government_of_state",
                     "Chilean Foreign Minister Ana Ruiz flew to Lima. Pedro Soto criticised the government of Peru.",
                     {"Pedro Soto 11 Peru"}, {"Pedro Soto 11 Chile"}},
        // Affiliations: an honorific between title and name; a capitalised
        // "Former" is no organisation; with no dateline, a government office
        // with no country is one of the state whose offices the article's
        // people hold, and other titles ("Cardinal") are nobody's office.
        // Force against what an actor proposes or says is criticism.
        RelationCase{"attack_on_plans", "Omar Haddad attacked the Chilean plans on Monday.",
                     {"Omar Haddad 11 Chile"}, {"Omar Haddad 19 Chile", "Omar Haddad 18 Chile"}},
        RelationCase{"attack_on_ships", "Peru attacked Chilean ships on Monday.", {"Peru 19 Chile"}, {}},
        // "the Peru war" is fought in Peru: reporting it accuses nobody, and
        // a judgement of it judges the war, not Peru.
        RelationCase{"where_of_war",
                     "Ana Ruiz said Chile warned Bolivia that the Peru war could be illegal.",
                     {"Chile 13 Bolivia"}, {"Ana Ruiz 11 Peru"}},
        // A reporting verb opens the clause of the verb after it: the one who
        // reports is no subject there, unless the clause says "its" or
        // continues the sentence's own predicate (", and criticised").
        RelationCase{"report_opens_clause", "Tarija Radio said the attack was repelled by Chilean troops.", {},
                     {"Chile 19 Tarija Radio"}},
        RelationCase{"coordinated_after_report", "Omar Haddad said the deal was unfair, and criticised Peru.",
                     {"Omar Haddad 11 Peru"}, {}},
        // "that suggestion" stands for whoever the previous sentence reports.
        RelationCase{"reported_claim",
                     "Omar Haddad spoke in Lima. But he warned that campaigners could misuse the law. Ana Ruiz "
                     "called that suggestion \"disgraceful\".",
                     {"Ana Ruiz 11 Omar Haddad"}, {}},
        RelationCase{"claim_without_speaker", "Chile attacked the port. Peru rejected that claim.", {},
                     {"Peru 12 Chile"}},
        // "the plans" stand for the actor that owned "plans" last; a whole
        // quotation after "called X" judges X however long it is.
        RelationCase{"definite_plans",
                     "The Chilean plans would cap imports. The plans were debated for weeks. Ana Ruiz called "
                     "the plans \"costly, badly drafted and deeply irresponsible\". Peru rejected the plans.",
                     {"Ana Ruiz 11 Chile", "Peru 12 Chile"}, {}},
        RelationCase{"plans_without_owner", "Peru discussed the plans. Chile rejected the plans.", {},
                     {"Chile 12 Peru"}},
        RelationCase{"coordinated_with_honorifics", "Mr Omar Haddad and Ms Ana Ruiz met in Lima.",
                     {"Omar Haddad 04 Ana Ruiz"}, {}},
        RelationCase{"title_is_no_coordination", "Chilean President Omar Haddad, who chaired a meeting, met Peru.",
                     {"Omar Haddad 04 Peru"}, {"Chile 04 Omar Haddad", "Omar Haddad 04 Chile"}},
        // Coordinated objects across "the" and titles after "and"; not a
        // name that starts the main clause, nor a demonym qualifying a title.
        RelationCase{"objects_with_the", "Omar Haddad urged Chile and the United States to act.",
                     {"Omar Haddad 02 Chile", "Omar Haddad 02 United States"}, {}},
        RelationCase{"name_after_comma_is_subject", "After talks with Mr Haddad, Ms Ana Ruiz said the deal was close.",
                     {"Ana Ruiz 04 Haddad"}, {"Ana Ruiz 04 Ana Ruiz"}},
        RelationCase{"demonym_of_title_is_no_object", "Omar Haddad met Peru and the Chilean leader, Ana Ruiz.",
                     {"Omar Haddad 04 Peru"}, {"Omar Haddad 04 Chile"}},
        // Talks in a capital are talks with its state; a visit to a capital
        // is a visit to the state; not for the state's own people.
        RelationCase{"talks_in_capital", "Omar Haddad will hold talks in Santiago. Chile welcomed the visit.",
                     {"Omar Haddad 04 Chile [future]"}, {}},
        RelationCase{"visit_to_capital", "Omar Haddad paid a visit to Santiago. Chile welcomed him.",
                     {"Omar Haddad 04 Chile"}, {"Omar Haddad 04 Santiago"}},
        // Arriving in, flying to, leaving for and touring a state visit it;
        // a capital stands for its state. A region hosts nobody, one's own
        // capital is home, and a cancelled trip did not happen.
        RelationCase{"travel_verbs",
                     "Omar Haddad arrived in Santiago on Monday. Chile welcomed him. Ana Ruiz flew to Lima and later "
                     "toured Bolivia and Ecuador. Peru was pleased. Lena Vik, who leaves for Chile on Sunday, spoke.",
                     {"Omar Haddad 04 Chile", "Ana Ruiz 04 Peru", "Ana Ruiz 04 Bolivia", "Ana Ruiz 04 Ecuador",
                      "Lena Vik 04 Chile"},
                     {"Omar Haddad 04 Santiago", "Ana Ruiz 04 Lima"}},
        RelationCase{"trip_noun", "Omar Haddad made a surprise trip to Peru.", {"Omar Haddad 04 Peru"}, {}},
        RelationCase{"region_hosts_nobody", "Omar Haddad toured Africa and then flew to the Middle East.", {},
                     {"Omar Haddad 04 Africa", "Omar Haddad 04 Middle East"}},
        RelationCase{"arriving_home", "Chilean Foreign Minister Ana Ruiz arrived in Santiago on Monday.", {},
                     {"Ana Ruiz 04 Chile", "Ana Ruiz 04 Santiago"}},
        RelationCase{"cancelled_trip",
                     "Omar Haddad cancelled a trip to Peru. Ana Ruiz scrapped plans to visit Chile. Talks were "
                     "shelved during her visit to Bolivia.",
                     {"Omar Haddad 04 Peru [negated]", "Ana Ruiz 04 Chile [negated]", "Ana Ruiz 04 Bolivia"}, {}},
        // An amount before an act noun keeps it the light verb's object; the
        // light verb's subject gives the act. A holding gives nothing.
        RelationCase{"amount_of_aid",
                     "Chile said it was transferring 115 mln dlrs in aid to Peru. Japan has extended Bolivia up to "
                     "300 mln dlrs in loans. Banco Sur has 6.4 billion dlrs of loans to Ecuador.",
                     {"Chile 07 Peru", "Japan 07 Bolivia"}, {"Banco Sur 07 Ecuador"}},
        // A letter or message to someone is a statement to them (01); the
        // one addressed is the person a title's body qualifies, past what the
        // letter is about.
        RelationCase{"written_a_letter",
                     "The Andean Council has written Chilean Foreign Minister Ana Ruiz a letter. Omar Haddad "
                     "wrote two letters to Lena Vik.",
                     {"Andean Council 01 Ana Ruiz", "Omar Haddad 01 Lena Vik"}, {}},
        // An event noun object may stand further off past an owner; a visit
        // is never an event judged or acted on.
        RelationCase{"owned_event_object_and_visit",
                     "Omar Haddad backed the government's aviation expansion plans. Ana Ruiz spoke. Ms Ruiz denied "
                     "charges that her trip had been a failure.",
                     {"Omar Haddad 05 plan (1987-04-07)"}, {"Ana Ruiz 12 trip (1987-04-07)", "Ana Ruiz 11 trip (1987-04-07)"}},
        // Attending or representing with no gathering named after the verb:
        // the gathering the story has just named; not another sense.
        RelationCase{"implicit_gathering",
                     "Talks on the Andes open on Monday. Ana Ruiz will represent Chile, while Omar Haddad will "
                     "represent Peru. Bolivia is being represented by Lena Vik. A summit follows on Friday. Also "
                     "due to attend is Tom Hill. Ecuador will not attend.",
                     {"Ana Ruiz PART talks (1987-04-07) [future]", "Chile PART talks (1987-04-07) [future]",
                      "Omar Haddad PART talks (1987-04-07) [future]", "Bolivia PART talks (1987-04-07)",
                      "Lena Vik PART talks (1987-04-07)", "Tom Hill PART summit (1987-04-07) [future]",
                      "Ecuador PART summit (1987-04-07) [negated]"},
                     {}},
        RelationCase{"no_implicit_gathering",
                     "The summit opens on Friday. Ana Ruiz attended Eton. The vote represents 15 pct of the shares. "
                     "Chile, representing Peru, spoke.",
                     {}, {"Ana Ruiz PART summit (1987-04-07)", "Chile PART summit (1987-04-07)",
                          "Peru PART summit (1987-04-07)"}},
        RelationCase{"more_judging_words",
                     "Lena Vik said the remark by Omar Haddad was ill-advised. Tom Hill said Chile had done a "
                     "\"superb\" job. The bank holds 4.3 mln Peru shares outstanding.",
                     {"Lena Vik 11 Omar Haddad", "Tom Hill 05 Chile"}, {}},
        // Hoping another actor will act appeals to it (02); in a quotation
        // "we" is its speaker.
        RelationCase{"hoping_actor_will",
                     "Omar Haddad said he hoped that Chile would accept the offer. Ana Ruiz spoke. \"We hope Peru "
                     "will finally settle,\" Ms Ruiz said. It was hoped that Bolivia would join. Lena Vik was "
                     "hoping Ecuador will help.",
                     {"Omar Haddad 02 Chile", "Ana Ruiz 02 Peru", "Lena Vik 02 Ecuador"},
                     {"Omar Haddad 02 Bolivia", "Ana Ruiz 02 Bolivia"}},
        // "hit" is force only by armed forces; a headline's "X HITS Y"
        // criticises; economic blows are no act.
        RelationCase{"hit_by_forces_only",
                     "CHILE HITS PERU OVER FISHING\n\nChilean warplanes hit Bolivian positions. The plans would hit "
                     "Ecuadorian farmers. Peru was hit by losses at its Chilean unit.",
                     {"Chile 11 Peru", "Chile 19 Bolivia"}, {"Chile 19 Peru", "Peru 19 Chile"}},
        // "strike" too is force only by armed forces (a state's "strike
        // against" a state as well); striking a deal with someone agrees
        // with them; a union striking protests, it does not fight.
        RelationCase{"strike_senses",
                     "Chilean warplanes struck Peruvian positions. Bolivia struck a deal with Ecuador. The Chilean "
                     "union struck the Bolivian plant. The Peruvian strike against Ecuador was condemned.",
                     {"Chile 19 Peru", "Bolivia 05 Ecuador", "Peru 19 Ecuador"},
                     {"Bolivia 19 Ecuador", "Chile 19 Bolivia", "Peru 14 Ecuador"}},
        // A posture (15) is a state's or its forces': a bank's presence
        // somewhere is business.
        RelationCase{"posture_by_states_only",
                     "Chile stepped up its naval presence off Peru. The Chilean Navy increased its presence near "
                     "Bolivia. Banco Sur Corp increased its presence in Ecuador.",
                     {"Chile 15 Peru", "Chilean Navy 15 Bolivia"}, {"Banco Sur Corp 15 Ecuador"}},
        // "help" before a bare verb helps no one named after it.
        RelationCase{"help_before_bare_verb",
                     "Chile set up a fund to help deal with Peru's debt. Bolivia helped write the Ecuadorian plan. "
                     "Chile agreed to help the Bolivian government.",
                     {"Chile 07 Bolivia"}, {"Chile 07 Peru", "Bolivia 07 Ecuador"}},
        // Allowing someone to do something yields nothing (no 08).
        RelationCase{"allow_is_no_yielding",
                     "Chile had allowed Peru and Bolivia to take the lead. The scheme allows Ecuadorian buyers to "
                     "pay later.",
                     {}, {"Chile 08 Peru", "Chile 08 Bolivia"}},
        // A participle like its base form after "be" is passive: coordinated
        // patients fight no one.
        RelationCase{"base_form_passive",
                     "Chile and Peru say their exports would also be hit. Bolivia and Ecuador have been badly hit. "
                     "Chile and Bolivia will meet on Monday.",
                     {"Chile 04 Bolivia [future]"}, {"Chile 19 Peru", "Peru 19 Chile", "Bolivia 19 Ecuador"}},
        RelationCase{"owner_of_judged_act",
                     "Lena Vik said Omar Haddad's comment was irresponsible. The Andean Council said Peru's tactics "
                     "were dishonest. Tom Hill said the plan would damage Chile's relations with Bolivia.",
                     {"Lena Vik 11 Omar Haddad", "Andean Council 11 Peru"}, {"Tom Hill 11 Chile"}},
        // Verbs of criticism; a participle after a common noun with no agent
        // describes the noun, and no one acts ("the men lampooned in").
        RelationCase{"criticism_verbs_and_described_nouns",
                     "Omar Haddad taunted Ana Ruiz over the splits. Chile savaged Peru's record. Lena Vik, one of "
                     "the men lampooned in the Bolivian press, spoke. Chile agreed in principle with Ecuador.",
                     {"Omar Haddad 11 Ana Ruiz", "Chile 11 Peru", "Chile 05 Ecuador"}, {"Lena Vik 11 Bolivia"}},
        RelationCase{"letter_to_titled_person",
                     "Omar Haddad sent letters about the incident to Senate President Ana Ruiz. Lena Vik received "
                     "a message from Tom Hill.",
                     {"Omar Haddad 01 Ana Ruiz", "Tom Hill 01 Lena Vik"}, {"Omar Haddad 01 Senate"}},
        // A verb after "and" shares the subject of the verb before it; a
        // noun that could be a verb ("new pledges") is not that verb, and
        // when the first verb is unknown the clause's first actor is the
        // subject, unless it is that verb's object. A judgement before the
        // speech verb is not of what the speech reports.
        RelationCase{"coordinated_verb_subjects",
                     "Omar Haddad attacked Peru's new pledges as \"vacuous\" and said Ana Ruiz was naive. Lena Vik "
                     "toasted Bolivia and urged Chile to act. The panel toasted the conduct of the Ecuadorian navy "
                     "and criticised Tom Hill.",
                     {"Omar Haddad 11 Ana Ruiz", "Lena Vik 02 Chile"},
                     {"Peru 11 Ana Ruiz", "Bolivia 02 Chile", "Ecuador 11 Tom Hill"}},
        RelationCase{"talks_at_home", "Chilean Foreign Minister Ana Ruiz held talks in Santiago with Peru.",
                     {"Ana Ruiz 04 Peru"}, {"Ana Ruiz 04 Chile"}},
        RelationCase{"conversation_nouns",
                     "Chile held discussions with Peru. Ana Ruiz had a telephone call with Omar Haddad.",
                     {"Chile 04 Peru", "Ana Ruiz 04 Omar Haddad"}, {}},
        // An act noun in a short quoted fragment still acts; one inside a
        // long quotation is the speaker's words only.
        RelationCase{"quoted_act_noun", "Omar Haddad sent Ms Ruiz his \"warmest congratulations\".",
                     {"Omar Haddad 05 Ruiz"}, {}},
        RelationCase{"possessive_describes_target", "It rewarded Chile's backing for Peru's old enemy Bolivia.",
                     {"Chile 05 Bolivia"}, {"Chile 05 Peru"}},
        // Saying what another actor should or must do demands it (02); not
        // for a passive, a negation, or the speaker itself.
        RelationCase{"reported_demand", "Omar Haddad said Chile should set out a timetable.",
                     {"Omar Haddad 02 Chile"}, {}},
        RelationCase{"quoted_demand",
                     "Omar Haddad said: \"Chile must give a far clearer reason for the changes, and we must listen.\"",
                     {"Omar Haddad 10 Chile"}, {"Omar Haddad 02 Chile"}},
        RelationCase{"reported_passive_is_no_demand", "Omar Haddad said Chile should be punished.", {},
                     {"Omar Haddad 02 Chile"}},
        // Readiness to meet is intent to meet (03), said now; a planned
        // meeting stays a future meeting (04).
        RelationCase{"intent_to_meet", "Chile said it was ready to negotiate with Peru.", {"Chile 03 Peru"},
                     {"Chile 04 Peru [future]", "Chile 04 Peru"}},
        RelationCase{"planned_meeting", "Chile will meet Peru in Lima.", {"Chile 04 Peru [future]"}, {"Chile 03 Peru"}},
        // A constitution is an agreement one backs or signs, like a treaty.
        RelationCase{"constitution_is_an_event",
                     "Omar Haddad, who backs the constitution, spoke in Lima. Chile signed the constitution.",
                     {"Omar Haddad 05 constitution (1987-04-07)", "Chile 05 constitution (1987-04-07)"}, {}},
        RelationCase{"recipient_government", "Omar Haddad gave the Peruvian government a clear warning.",
                     {"Omar Haddad 13 Peru"}, {}},
        RelationCase{"beat_back", "Chilean forces beat back the Peruvian thrust.", {"Chile 19 Peru"},
                     {"Chile 05 Peru"}},
        // A force act placed in another state's territory acts on that
        // state: a city or region stands for its country (places.tsv); not
        // when that state goes unnamed, nor in the actor's own country, nor
        // past another actor's possession.
        RelationCase{"offensive_near_city", "Chile launched an offensive near the southern city of Cusco. Peru protested.",
                     {"Chile 19 Peru"}, {}},
        RelationCase{"offensive_near_unnamed_state", "Chile launched an offensive near Cusco.", {},
                     {"Chile 19 Peru"}},
        RelationCase{"attack_across_region", "Chile attacked across the high passes of northern Peru.",
                     {"Chile 19 Peru"}, {}},
        RelationCase{"offensive_in_country", "Chile's offensive in southern Peru stalled.", {"Chile 19 Peru"}, {}},
        RelationCase{"fighting_at_home", "Chilean troops attacked in northern Chile. Peru watched.", {},
                     {"Chile 19 Peru"}},
        RelationCase{"theatre_stops_at_possession", "Chile attacked in the wake of his visit to Peru.", {},
                     {"Chile 19 Peru"}},
        // Verbs of feeling put the one who feels first: "X angered Y" is Y
        // disapproving of X, actively or passively; so does an adjective of
        // feeling with its preposition.
        RelationCase{"reverse_verb", "Chile's stance has outraged both Peru and Bolivia.",
                     {"Peru 11 Chile", "Bolivia 11 Chile"}, {"Chile 11 Peru"}},
        RelationCase{"reverse_verb_passive", "Peru was angered by Chile.", {"Peru 11 Chile"}, {"Chile 11 Peru"}},
        RelationCase{"feeling_adjective", "Peru is very angry with Chile, and Bolivia was critical of Peru.",
                     {"Peru 11 Chile", "Bolivia 11 Peru"}, {}},
        // ", and" between two names joins two clauses; a list governed by a
        // verb is its object, not the next verb's subject; a fronted place
        // phrase is no member of the list after its comma; the actors of an
        // "if" clause are not the main verb's objects.
        RelationCase{"comma_and_joins_clauses", "Peru met Chile, and Bolivia criticised Ecuador.",
                     {"Peru 04 Chile", "Bolivia 11 Ecuador"}, {"Chile 11 Ecuador"}},
        RelationCase{"oxford_comma_list", "Chile, Bolivia, and Peru criticised Ecuador.",
                     {"Chile 11 Ecuador", "Bolivia 11 Ecuador", "Peru 11 Ecuador"}, {}},
        RelationCase{"fronted_place_phrase", "In Lima, Omar Haddad and Ana Ruiz met.", {"Omar Haddad 04 Ana Ruiz"}, {}},
        RelationCase{"reported_list_is_subject", "A spokeswoman said Omar Haddad and Ana Ruiz criticised Peru.",
                     {"Omar Haddad 11 Peru", "Ana Ruiz 11 Peru"}, {}},
        RelationCase{"if_clause_is_no_object", "Omar Haddad said he would apologise even if Peru asked.", {},
                     {"Omar Haddad 05 Peru [future]"}},
        // What the subject receives is the giver's act towards it; one
        // receives visitors, not the senders of what one receives.
        RelationCase{"received_act_noun", "Peru received a loan from Japan and won backing from Chile.",
                     {"Japan 07 Peru", "Chile 05 Peru"}, {"Peru 07 Japan", "Peru 04 Japan"}},
        RelationCase{"received_event_noun", "Peru got food aid from Chile. Bolivia received aid from Chile.",
                     {"Chile 07 Peru", "Chile 07 Bolivia"}, {"Bolivia 04 Chile", "Peru 07 Chile"}},
        RelationCase{"received_visitor", "Chile received the Peruvian ambassador.", {"Chile 04 Peru"}, {}},
        RelationCase{"received_grant_is_no_meeting", "Chile received a grant from the Andean Council.", {},
                     {"Chile 04 Andean Council"}},
        RelationCase{"received_approval_is_no_meeting",
                     "Chile receives Andean Council approval. Peru received the Chilean delegation.",
                     {"Peru 04 Chile"}, {"Chile 04 Andean Council"}},
        // Distancing oneself from something rejects it; a month dates an event.
        RelationCase{"distance_from", "Peru distanced itself from Chile. Bolivia disassociated itself from the "
                     "December agreement.",
                     {"Peru 12 Chile", "Bolivia 12 agreement (1987-04-07)"}, {}},
        // An initiative is an event its launcher takes part in.
        RelationCase{"initiative", "Launching the initiative, Mr Omar Haddad said schools would gain.",
                     {"Omar Haddad PART initiative (1987-04-07)"}, {}},
        // A name after a fronted participle's event is the subject, not an
        // apposition to the event.
        RelationCase{"fronted_participle_event", "Attending the summit, Omar Haddad spoke.",
                     {"Omar Haddad PART summit (1987-04-07)"}, {}},
        // Whoever says or tells something at a meeting, or acts in a fronted
        // participle's clause at it, takes part in it; not one whose clause
        // said names someone else at the meeting, nor one acting otherwise.
        RelationCase{"acts_at_gatherings",
                     "Jon Eide told reporters at the party conference that it was time. Ana Ruiz said at the "
                     "annual meeting that sales rose. Omar Haddad said the Quorvel Council at its summit had agreed. "
                     "Eva Lund died of a heart attack at a business meeting.",
                     {"Jon Eide PART conference (1987-04-07)", "Ana Ruiz PART meeting (1987-04-07)"},
                     {"Omar Haddad PART summit (1987-04-07)", "Eva Lund PART meeting (1987-04-07)"}},
        // Each subject takes part; a verb of telling takes a short object but
        // no clause said.
        RelationCase{"acts_at_gatherings_subjects",
                     "Jon Eide and Ana Ruiz said at the meeting that sales rose. Omar Haddad told reporters Chile's "
                     "delegates at the summit had walked out.",
                     {"Jon Eide PART meeting (1987-04-07)", "Ana Ruiz PART meeting (1987-04-07)"},
                     {"Omar Haddad PART meeting (1987-04-07)"}},
        // The subject after a fronted participle's clause may be a pronoun.
        RelationCase{"acts_at_gatherings_fronted",
                     "Jon Eide spoke of a new era. Unveiling the slogan at the party's spring conference, he said "
                     "it was time.",
                     {"Jon Eide PART conference (1987-04-07)"}, {}},
        // Nor is a name after an event's place adjunct; one after "of" or
        // after a place adjunct of no event may be an apposition.
        RelationCase{"fronted_participle_event_in_place",
                     "Speaking at the conference in Lima, Ana Ruiz said it was time. Peru met the mayor of Lima, Jon "
                     "Eide. Chile met the envoy from Peru, Eva Lund.",
                     {"Ana Ruiz PART Lima conference", "Peru 04 Jon Eide", "Chile 04 Eva Lund"}, {}},
        // Telling a newspaper or a radio station is an interview, not a
        // statement to it, also when the lexicon does not know the medium.
        RelationCase{"told_a_newspaper", "Omar Haddad told the Daily Courier he would stay.", {},
                     {"Omar Haddad 01 Daily Courier"}},
        // What an actor failed to do did not happen.
        RelationCase{"failed_to", "Bolivia failed to help Peru.", {"Bolivia 07 Peru [negated]"}, {"Bolivia 07 Peru"}},
        // Availability to help is intent to help; a pronoun after an
        // infinitive may be the sentence's subject.
        RelationCase{"available_to_help", "Chile said it was available to help Peru.", {"Chile 03 Peru"},
                     {"Chile 07 Peru"}},
        // An objection in a "despite" phrase is against the clause's
        // subject, from every actor named; not against one's own state.
        RelationCase{"despite_objections", "Chile will lift the ban despite Peruvian objections.",
                     {"Peru 11 Chile"}, {}},
        RelationCase{"despite_opposition_from", "Chile lifted the ban despite opposition from Peru and Bolivia.",
                     {"Peru 12 Chile", "Bolivia 12 Chile"}, {}},
        RelationCase{"despite_own_leader", "Chile will act despite Chilean President Omar Haddad's refusal.", {},
                     {"Omar Haddad 12 Chile"}},
        // An expletive "it" is nobody, also as the object of "make" or
        // "find" before its adjective.
        RelationCase{"expletive_it",
                     "Chile met Peru. It is easy to agree with Bolivia. It was quick to condemn Bolivia. Chile met "
                     "Ecuador. The talks made it impossible to dismiss Ecuador. Peru found it hard to criticise Brazil.",
                     {"Chile 11 Bolivia"}, {"Chile 05 Bolivia", "Chile 12 Ecuador", "Chile 11 Brazil", "Peru 11 Brazil"}},
        // A past verb after "and" that cannot continue a modal reported
        // clause is the reporter's: "said X would ... and attacked".
        RelationCase{"reporter_second_predicate",
                     "Omar Haddad said Chile would set out new plans soon and attacked the Peruvian plans.",
                     {"Omar Haddad 11 Peru"}, {"Chile 11 Peru"}},
        // Resigning from a government is no act on it.
        RelationCase{"resignation_is_no_relation", "Omar Haddad, who resigned from the Chilean government, spoke.", {},
                     {"Omar Haddad 08 Chile"}},
        // Affiliations written after the name: a role with modifiers and
        // "of", "at", "for" or "with"; a bare "of" (with or without a
        // comma); post-nominal letters in between.
        RelationCase{"apposition_role_with_modifiers",
                     "Ana Ruiz, legal director of the rights group Andean Council, said so.",
                     {"Ana Ruiz AFF Andean Council (director)"}, {}},
        RelationCase{"apposition_role_for", "Ana Ruiz, spokeswoman for the Andean Council, said so.",
                     {"Ana Ruiz AFF Andean Council (spokeswoman)"}, {}},
        RelationCase{"apposition_partner_with", "Ana Ruiz, a partner with Andean Rivers Foundation, said so.",
                     {"Ana Ruiz AFF Andean Rivers Foundation (partner)"}, {}},
        RelationCase{"person_of_organisation", "Ana Ruiz of the Andean Council said so. Omar Haddad, of Peru, agreed.",
                     {"Ana Ruiz AFF Andean Council", "Omar Haddad AFF Peru"}, {}},
        // A possessive before an appositive's comma owns the noun there; a
        // shadow minister speaks for no state; a body right before "Mr X"
        // ends a phrase.
        RelationCase{"possessive_before_appositive_title",
                     "Jobs are at the heart of the Andean Party's campaign, Foreign Secretary Omar Haddad said.", {},
                     {"Omar Haddad AFF Andean Party (foreign secretary)"}},
        RelationCase{"shadow_title_no_state",
                     "Peru's Home Secretary Ana Ruiz spoke. Shadow foreign secretary Omar Haddad criticised the plan.",
                     {"Ana Ruiz AFF Peru (home secretary)"}, {"Omar Haddad AFF Peru (shadow foreign secretary)"}},
        // "X, for the Lib Dems, said": one who speaks for the party; "leader
        // of the Labour group" leads the party's group.
        RelationCase{"attache_title", "Peruvian commercial attache Omar Haddad said so.",
                     {"Omar Haddad AFF Peru (commercial attache)"}, {}},
        // An outlet's noun between a body and a name is no title: the name
        // starts the clause told ("told the Andean Times newspaper Haddad
        // had lied"); a title there is one.
        RelationCase{"outlet_noun_is_no_title",
                     "Omar Haddad was charged in May. Lena Vik told the Andean Times newspaper Haddad had lied. Ana "
                     "Ruiz told the BBC News website Mr Haddad would appeal. Andean Times pundit Rosa Diaz disagreed.",
                     {"Rosa Diaz AFF Andean Times"}, {"Omar Haddad AFF Andean Times", "Omar Haddad AFF BBC"}},
        // Telling a newspaper or a broadcaster is giving an interview.
        RelationCase{"told_a_newspaper", "Omar Haddad told The Herald daily newspaper that the claims were unfounded.",
                     {}, {"Omar Haddad 01 Herald", "Omar Haddad 11 Herald"}},
        RelationCase{"told_a_regional_service", "Omar Haddad told Radio Scotland that he was sorry.", {},
                     {"Omar Haddad 01 Radio Scotland", "Omar Haddad 01 Radio"}},
        // A head word alone before a title is the article's body of that name.
        RelationCase{"head_word_before_title",
                     "The Andean Trade Committee met on Monday. Committee Chairman Omar Haddad said so.",
                     {"Omar Haddad AFF Andean Trade Committee (chairman)"}, {"Omar Haddad AFF Committee (chairman)"}},
        // A title qualified by a region belongs to its possessive owner.
        RelationCase{"region_qualified_title", "Peru's Asia Director Omar Haddad met Spain's director general for "
                     "Europe, Ana Ruiz.",
                     {"Omar Haddad AFF Peru (director)", "Ana Ruiz AFF Spain (director-general)"}, {}},
        RelationCase{"told_a_medium_about", "Ana Ruiz told Reuters Finance Secretary Omar Haddad had agreed.", {},
                     {"Ana Ruiz 01 Omar Haddad", "Omar Haddad AFF Reuters (finance secretary)"}},
        RelationCase{"speaks_for_party", "Ana Ruiz, for the Liberal Democrats, said the plan was wrong.",
                     {"Ana Ruiz AFF Liberal Democrats"}, {}},
        RelationCase{"party_group_leader", "Omar Haddad, leader of the Labour group in the assembly, spoke.",
                     {"Omar Haddad AFF Labour (leader)"}, {}},
        RelationCase{"courtesy_title_after_body", "In a speech to the Andean Council Mr Haddad said so.", {},
                     {"Haddad AFF Andean Council"}},
        RelationCase{"post_nominal_before_apposition", "Omar Haddad QC, a member of the Andean Council, said so.",
                     {"Omar Haddad AFF Andean Council (member)"}, {}},
        // What the speaker's own apposition names is not what the speech
        // judges, past post-nominal letters too.
        // "the committee", "the company": the body named last with that
        // word (or a company suffix), not when the word heads a phrase; "the
        // central bank": one modifier more, which the body's name has too.
        RelationCase{"body_reference",
                     "The Andean Trade Committee met on Monday. The committee criticised Omar Haddad. Quorvel "
                     "Holdings Inc reported a loss, and the company later asked Ana Ruiz to help. Ana Ruiz praised the "
                     "Andean Mining Union. Omar Haddad criticised the union leader. The Lima Central Bank met. The "
                     "central bank praised Ana Ruiz. The Andean Development Bank met. The central bank praised Jon Eide.",
                     {"Andean Trade Committee 11 Omar Haddad", "Quorvel Holdings Inc 02 Ana Ruiz",
                      "Ana Ruiz 05 Andean Mining Union", "Lima Central Bank 05 Ana Ruiz"},
                     {"Omar Haddad 11 Andean Mining Union", "Andean Development Bank 05 Jon Eide",
                      "Lima Central Bank 05 Jon Eide"}},
        // More words of bodies: "the alliance", "the society", "the league".
        RelationCase{"body_reference_more_words",
                     "The Tarsun Rural Alliance met on Monday. The alliance criticised Omar Haddad. The Andean "
                     "Football League fined Chile. The league later praised Ana Ruiz.",
                     {"Tarsun Rural Alliance 11 Omar Haddad", "Andean Football League 05 Ana Ruiz"}, {}},
        // "the company's chairman, X", "X, president of the company": the
        // company named last (a name with a company suffix).
        RelationCase{"company_officer",
                     "Quorvel Holdings Inc reported a loss. The company's chairman, Omar Haddad, said sales fell. "
                     "Andean Foods Ltd gained. Ana Ruiz, president of the company, was pleased.",
                     {"Omar Haddad AFF Quorvel Holdings Inc (chairman)", "Ana Ruiz AFF Andean Foods Ltd (president)"},
                     {"Ana Ruiz AFF Quorvel Holdings Inc (president)"}},
        RelationCase{"post_nominal_speaker_phrase",
                     "Omar Haddad QC, a member of the Andean Council, said the war was illegal. Ana Ruiz MSP, a member "
                     "of the Andean Party, said the plan was disgraceful.",
                     {"Omar Haddad AFF Andean Council (member)", "Ana Ruiz AFF Andean Party (member)"},
                     {"Omar Haddad 11 Andean Council", "Ana Ruiz 11 Andean Party"}},
        // Calling, holding, organising or convening an event carries it out:
        // its caller takes part in the strike, the meeting or the vote.
        RelationCase{"call_a_strike", "The Andean Miners Union called a strike on Friday.",
                     {"Andean Miners Union PART strike (1987-04-07)"}, {}},
        RelationCase{"strike_called_by", "The strike, called by the Andean Miners Union, closed the mines.",
                     {"Andean Miners Union PART strike (1987-04-07)"}, {}},
        RelationCase{"hold_a_referendum", "Peru will hold a referendum in May.",
                     {"Peru PART referendum (1987-04-07) [future]"}, {}},
        RelationCase{"organise_a_rally", "The Andean Council organised a rally in Lima.",
                     {"Andean Council PART Lima rally"}, {}},
        // Freezes, packages and amendments are measures their proposer takes
        // part in, as bills and plans are.
        RelationCase{"announce_a_freeze", "Omar Haddad announced a wage freeze. Peru proposed a package of measures.",
                     {"Omar Haddad PART freeze (1987-04-07)", "Peru PART package (1987-04-07)"}, {}},
        RelationCase{"offer_an_amendment", "Ana Ruiz offered an amendment to the bill on Monday.",
                     {"Ana Ruiz PART amendment (1987-04-07)"}, {}},
        // A complement after the object judges it: no act on it.
        RelationCase{"object_complement", "Ana Ruiz called the talks a failure. Omar Haddad called the strike illegal.",
                     {}, {"Ana Ruiz PART talks (1987-04-07)", "Omar Haddad 14 strike (1987-04-07)"}},
        // The possessive owner of a meeting or an agreement takes part in it,
        // unless a partner is named; a state's constitution is its own law.
        RelationCase{"owner_of_agreement", "LIMA, April 7 - Peru's new foreign debt agreement lifted the markets.",
                     {"Peru PART agreement (1987-04-07)"}, {}},
        RelationCase{"owner_of_meeting", "The Andean Council's conference opened on Monday.",
                     {"Andean Council PART conference (1987-04-07)"}, {}},
        RelationCase{"his_talks_with", "Omar Haddad arrived on Monday. In his talks with Ana Ruiz, he asked for help.",
                     {"Omar Haddad 04 Ana Ruiz"}, {}},
        // The parties "between" whom talks are held take part in them and
        // meet each other; "peace talks in Lima" and "the Lima talks" are one.
        RelationCase{"talks_between", "Peace talks in Lima between Peru and Chile stalled. Ana Ruiz attended the Lima talks.",
                     {"Peru PART Lima talks", "Chile PART Lima talks", "Peru 04 Chile", "Ana Ruiz PART Lima talks"},
                     {"Peru PART Lima peace talks"}},
        // What is discussed is the topic; the one it is discussed with is met.
        RelationCase{"discussed_with", "Omar Haddad discussed the election campaign with Mr Vega on Monday.",
                     {"Omar Haddad 04 Vega"}, {"Omar Haddad 04 election (1987-04-07)"}},
        RelationCase{"owner_with_partner", "Chile's talks with Peru ended on Monday.", {"Chile 04 Peru"},
                     {"Chile PART talks (1987-04-07)"}},
        RelationCase{"owner_of_constitution", "Peru's constitution bars a third term.", {},
                     {"Peru PART constitution (1987-04-07)"}},
        // A tour of places in the article's home state consults nobody; a
        // visit abroad does.
        RelationCase{"domestic_tour",
                     "British Home Secretary Ana Ruiz visits Manchester, Zorvadel and Liverpool this week. "
                     "She visited Basra in March.",
                     {"Ana Ruiz 04 Basra"}, {"Ana Ruiz 04 Manchester", "Ana Ruiz 04 Zorvadel", "Ana Ruiz 04 Liverpool"}},
        // "The <role> at/of/for <body>, NAME", past the body's owner.
        RelationCase{"role_at_body_before_name",
                     "The legal head at Peru's Mining Ministry, Ana Ruiz, said so.",
                     {"Ana Ruiz AFF Mining Ministry (head)"}, {}},
        // What is told judges the one told; not when another actor is named
        // first in the clause.
        RelationCase{"told_a_judgement", "Ana Ruiz told Omar Haddad that his plan was reckless.",
                     {"Ana Ruiz 11 Omar Haddad"}, {"Ana Ruiz 01 Omar Haddad"}},
        RelationCase{"told_a_judgement_of_another",
                     "Peruvian minister Ana Ruiz told Chile's envoy Omar Haddad that the Bolivian plan was reckless.",
                     {"Ana Ruiz 01 Omar Haddad"},
                     {"Ana Ruiz 11 Omar Haddad"}},
        // A shortened organisation name is the full one named in the article.
        RelationCase{"short_organisation_name",
                     "The Quorvel Policy Institute published a study. Quorvel chairman Ana Ruiz said it was sound.",
                     {"Ana Ruiz AFF Quorvel Policy Institute (chairman)"}, {"Ana Ruiz AFF Quorvel (chairman)"}},
        // An organisation written with one capital still qualifies a title.
        RelationCase{"lower_case_tail_qualifier", "New European commission president Ana Ruiz spoke on Monday.",
                     {"Ana Ruiz AFF European Commission (president)"}, {}},
        // Wire copy capitalises the word after "U.S."; an ordinary word stays
        // one ("U.S. Officials"), a name's head stays a name ("U.S. Navy").
        RelationCase{"capital_after_abbreviation",
                     "U.S. Officials criticised Peru on Monday. The U.S. Navy escorted Chilean tankers.",
                     {"United States 11 Peru"}, {}},
        // The subject of a passive speech verb was told; it judges nobody.
        RelationCase{"passive_speech_verb", "Lima had been told of Chilean concern over the raids.", {},
                     {"Lima 11 Chile", "Peru 11 Chile"}},
        // "it would have been safer to" holds a place; "it" is nobody.
        RelationCase{"expletive_it_perfect", "Peru was named. It would have been safer to seek a UN mandate.", {},
                     {"Peru 02 United Nations"}},
        // An event never acts.
        RelationCase{"event_is_no_agent",
                     "The Quorvel Security Act proposes orders, which could impose curfews on Peru.", {},
                     {"Quorvel Security Act 17 Peru"}},
        // A parenthesis may follow the body qualifying a title.
        RelationCase{"parenthesis_after_qualifier", "Banco Sur (Chile) analyst Ana Ruiz said so.",
                     {"Ana Ruiz AFF Banco Sur (analyst)"}, {}},
        // A party leader the lexicon knows serves no other state.
        RelationCase{"domestic_tour_of_party_leader",
                     "British Home Secretary Ana Ruiz spoke. Neil Kinnock visits Manchester, Zorvadel and Liverpool "
                     "this week.",
                     {}, {"Neil Kinnock 04 Manchester", "Neil Kinnock 04 Zorvadel"}},
        // A relative clause stating the role reads as the apposition.
        RelationCase{"relative_clause_role", "Omar Haddad, who is Peruvian trade minister, said so.",
                     {"Omar Haddad AFF Peru (trade minister)"}, {}},
        RelationCase{"relative_clause_member", "Ana Ruiz, who is a member of the Andean Council, said so.",
                     {"Ana Ruiz AFF Andean Council (member)"}, {}},
        RelationCase{"relative_clause_no_role", "Ana Ruiz, who is a friend of Omar Haddad, said so.", {},
                     {"Ana Ruiz AFF Omar Haddad"}},
        // A name qualifying a body written in lower case is not the body.
        RelationCase{"name_qualifying_lower_case_body",
                     "Ana Ruiz, a member of the Senate foreign relations committee, said so.", {},
                     {"Ana Ruiz AFF Senate (member)"}},
        // "its president X": the title is of what "its" refers to, skipping
        // the dateline's city.
        RelationCase{"its_title", "LIMA, May 2 - The Andean Council has cut its budget, its president Ana Ruiz said.",
                     {"Ana Ruiz AFF Andean Council (president)"}, {"Ana Ruiz AFF Lima (president)"}},
        // A title referring to a holder the lexicon knows states the
        // affiliation the name alone did not; an unknown person's does not.
        RelationCase{"title_reference_of_known_holder",
                     "Geoffrey Howe flew to Lima for talks on British exports. The foreign secretary told reporters "
                     "the talks went well.",
                     {"Geoffrey Howe AFF United Kingdom (foreign secretary)"}, {}},
        RelationCase{"title_reference_of_unknown_person",
                     "Omar Haddad flew to Lima for talks on British exports. The foreign secretary told reporters "
                     "the talks went well.",
                     {}, {"Omar Haddad AFF United Kingdom (foreign secretary)"}},
        // "Ambassador to Lima": the posting is no affiliation.
        RelationCase{"posting_is_no_affiliation", "Chilean Ambassador to Lima Omar Haddad said so.",
                     {"Omar Haddad AFF Chile (ambassador)"}, {"Omar Haddad AFF Lima"}},
        // A city's dateline stands for its country, like a capital's.
        RelationCase{"city_dateline", "VALPARAISO, April 7 - Finance Minister Omar Haddad said Chile would pay.",
                     {"Omar Haddad AFF Chile (finance minister)"}, {}},
        // A city heading an organisation's name belongs to the name.
        RelationCase{"city_heads_organisation", "Valparaiso Stock Exchange president Omar Haddad said so.",
                     {"Omar Haddad AFF Valparaiso Stock Exchange (president)"}, {}},
        // Declining to accept is rejecting, said now.
        RelationCase{"negated_acceptance", "Peru said it would not recognise Chile. Bolivia did not accept Peru.",
                     {"Peru 12 Chile", "Bolivia 12 Peru"}, {}},
        // An object pronoun is not its own clause's subject; one after a
        // preposition may be.
        RelationCase{"object_pronoun", "Omar Haddad spoke in Lima. Ana Ruiz criticised him.",
                     {"Ana Ruiz 11 Omar Haddad"}, {}},
        RelationCase{"pronoun_after_preposition",
                     "Omar Haddad spoke in Lima. Ana Ruiz has resisted calls for her to support Peru.", {},
                     {"Ana Ruiz 02 Omar Haddad", "Ana Ruiz 12 Omar Haddad"}},
        // Capitalised words inside a sentence belong to names, not judgements.
        RelationCase{"evaluation_word_in_name", "Omar Haddad said the Cruel Sea Trust was in Peru.", {},
                     {"Omar Haddad 11 Peru"}},
        // A clause hung on after what is said is not said.
        RelationCase{"clause_after_report",
                     "Omar Haddad told reporters he would wait, after the Peruvian envoy made reckless remarks.", {},
                     {"Omar Haddad 11 Peru"}},
        // Feelings about someone keep their direction: "upset with" is the
        // subject's feeling.
        RelationCase{"feeling_with_preposition", "Peru is upset with Chile.", {"Peru 11 Chile"}, {"Chile 11 Peru"}},
        // Blame put "on" someone only when nobody is blamed directly.
        RelationCase{"blame_for_not_on", "Peru blamed Chile for the attack on Bolivia.", {"Peru 11 Chile"},
                     {"Peru 11 Bolivia"}},
        // The objection in a "despite" phrase is to the clause's subject,
        // not to its object.
        RelationCase{"despite_subject_not_object", "Chile attacked Peru despite Bolivian objections.",
                     {"Bolivia 11 Chile"}, {"Bolivia 11 Peru"}},
        // A list after an auxiliary-like verb ("thinks") is a subject list.
        RelationCase{"list_after_thinks", "Bolivia thinks Chile and Peru will attack Ecuador.",
                     {"Chile 19 Ecuador [future]", "Peru 19 Ecuador [future]"}, {}},
        // A giver named with a possessive after the noun still gives.
        RelationCase{"possessive_giver", "Peru received a warning from Chile's government.", {"Chile 13 Peru"}, {}},
        // The organisation after a role is not searched for across a clause.
        RelationCase{"no_affiliation_across_clause", "Omar Haddad, director of the group that attacked Peru, left.",
                     {}, {"Omar Haddad AFF Peru (director)"}},
        RelationCase{"while_clause_after_report", "Omar Haddad said the talks went well, while Peru made reckless demands.",
                     {}, {"Omar Haddad 11 Peru"}},
        RelationCase{"evaluative_adjective", "Omar Haddad said the Peruvian plans were dangerous and unworkable.",
                     {"Omar Haddad 11 Peru"}, {}},
        RelationCase{"alliance_with", "Peru values its strong alliance with Chile.", {"Peru 05 Chile"}, {}},
        // Verbs of verbal attack; launching an attack on a person is words,
        // on a state force.
        RelationCase{"verbal_attacks",
                     "Ana Ruiz rounded on Omar Haddad. Lena Vik took a swipe at Omar Haddad. Eva Sten launched an "
                     "attack on Omar Haddad. Peru launched an attack on Chile.",
                     {"Ana Ruiz 11 Omar Haddad", "Lena Vik 11 Omar Haddad", "Eva Sten 11 Omar Haddad", "Peru 19 Chile"},
                     {"Eva Sten 19 Omar Haddad"}},
        // A reporting verb's clause subject before an auxiliary is not
        // pressed; a bare verb after it is a demand.
        RelationCase{"insisted_clause_subject",
                     "Chile insisted Peru will not be its partner. Bolivia insisted Peru pay its debts. Japan "
                     "insisted Korea was not its rival. Ana Ruiz met Omar Haddad. Ana Ruiz insisted Mr Haddad will "
                     "have a key role.",
                     {"Bolivia 10 Peru"}, {"Chile 10 Peru", "Japan 10 Korea", "Ana Ruiz 10 Omar Haddad"}},
        RelationCase{"plural_title_over_a_list",
                     "Sens. Ana Ruiz, Omar Haddad and Lena Vik wrote the bill. The Senate votes today.",
                     {"Ana Ruiz AFF Senate (senator)", "Omar Haddad AFF Senate (senator)",
                      "Lena Vik AFF Senate (senator)"},
                     {}},
        // Neither the object of a relative clause nor the owner of allies is
        // the subject of the main verb; an owner of forces is.
        RelationCase{"relative_object_and_allies_are_no_subjects",
                     "Two councillors who back Ana Ruiz met Omar Haddad on Monday. Ana Ruiz's allies met Lena Vik. "
                     "Peru's forces attacked Chile.",
                     {"Peru 19 Chile"}, {"Ana Ruiz 04 Omar Haddad", "Ana Ruiz 04 Lena Vik"}},
        // A judgement stays in its clause: the subordinate clause after it
        // has its own subject.
        RelationCase{"judgement_before_subordinate_clause",
                     "Ana Ruiz said the Andean Council was in \"turmoil\" because Omar Haddad had resigned.",
                     {"Ana Ruiz 11 Andean Council"}, {"Ana Ruiz 11 Omar Haddad"}},
        // A title may open the next name of a list; coordinated subjects act
        // on each other only when the verb has no object of its own (or one
        // they make jointly).
        RelationCase{"titles_in_lists_and_mutual_acts",
                     "The pact was backed by Ana Ruiz and Prime Minister Omar Haddad. Peru and Chile welcomed the "
                     "decision. Bolivia and Chile initialled a joint declaration.",
                     {"Omar Haddad 05 pact (1987-04-07)", "Bolivia 05 Chile", "Chile 05 Bolivia"},
                     {"Peru 05 Chile", "Chile 05 Peru"}},
        // An organisation's title with no body named: the organisation named
        // last; a military rank takes none.
        RelationCase{"title_of_the_organisation_named_last",
                     "The Andean Council proposed new rules. Chairman Ana Ruiz told reporters on Tuesday that they "
                     "would help. Colonel Omar Haddad agreed.",
                     {"Ana Ruiz AFF Andean Council (chairman)"}, {"Omar Haddad AFF Andean Council (colonel)"}},
        // A title after a verb of appointment is the subject's; a participle
        // modifying a title appoints nobody.
        RelationCase{"appointments",
                     "Ana Ruiz left to become Peruvian ambassador to Chile. Omar Haddad was named chairman of the "
                     "Andean Council. Tomas Vera met the newly elected Bolivian president.",
                     {"Ana Ruiz AFF Peru (ambassador)", "Omar Haddad AFF Andean Council (chairman)"},
                     {"Tomas Vera AFF Bolivia (president)"}},
        // The one disappointed disapproves of what disappointed him.
        RelationCase{"disappointed_by", "Peru was deeply disappointed by the Andean Council.",
                     {"Peru 11 Andean Council"}, {"Andean Council 11 Peru"}},
        // A participle after a clause's object, or after a time adjunct, and
        // a second participle joined by "and" belong to the clause's
        // subject; "him" after a verb's preposition is not that subject.
        RelationCase{"participles_of_the_subject",
                     "Ana Ruiz wrote to Omar Haddad on Tuesday accusing him of lying and calling for him to resign. "
                     "Lena Vik criticised Tomas Vera, calling for him to quit.",
                     {"Ana Ruiz 11 Omar Haddad", "Ana Ruiz 02 Omar Haddad", "Lena Vik 02 Tomas Vera"},
                     {"Omar Haddad 02 Ana Ruiz", "Tomas Vera 02 Lena Vik"}},
        RelationCase{"calls_for_him_is_the_subject",
                     "Lena Vik interviewed Omar Haddad on Monday. Mr Haddad has so far resisted calls for him to quit.",
                     {}, {"Omar Haddad 12 Lena Vik"}},
        // Passing, approving or adopting a policy takes part in it (the
        // article's measures are its one policy); passing through a place
        // does nothing to it.
        RelationCase{"passing_a_bill",
                     "The Andean Council passed the bill on Monday. Peru adopted austerity measures. Omar Haddad "
                     "passed through Chile.",
                     {"Andean Council PART bill (1987-04-07)", "Peru PART bill (1987-04-07)"},
                     {"Omar Haddad PART Chile"}},
        // A title qualified by a place and owned by an organisation, or by a
        // body and owned by a party, is the owner's.
        RelationCase{"owned_qualified_title",
                     "Quorvel Bank's Lima representative Ana Ruiz spoke. The Zorvan Unity Party's Senate leader Omar "
                     "Haddad agreed.",
                     {"Ana Ruiz AFF Quorvel Bank (representative)", "Omar Haddad AFF Zorvan Unity Party (leader)"},
                     {"Ana Ruiz AFF Lima (representative)"}},
        // A place owned by a person or state is the object; a name ending in
        // a possessive word is not ("the Quorvel People's Congress").
        RelationCase{"owned_place_is_the_object",
                     "Ana Ruiz travelled to Omar Haddad's Peru in 1975. Lena Vik told the Quorvel People's Congress "
                     "it was over.",
                     {"Ana Ruiz 04 Peru"}, {"Lena Vik 01 Congress"}},
        // "The prime minister" is no welfare minister named in between.
        RelationCase{"prime_minister_is_no_other_minister",
                     "Margaret Thatcher met Omar Haddad. Welfare minister Ana Ruiz said the prime minister should sack "
                     "Mr Haddad.",
                     {"Ana Ruiz 02 Margaret Thatcher"}, {}},
        // An adjective that is also a speech verb ("brief") reports nothing;
        // a time adjunct may stand between the talks and "with".
        // Several modifiers after the governing verb still head a noun
        // phrase.
        RelationCase{"plans_to_act_after_modifiers",
                     "Ana Ruiz backed controversial government plans to cut taxes.",
                     {"Ana Ruiz 05 plan (1987-04-07)"}, {}},
        // A title owned by a pronoun belongs to the name after it; the
        // nationality in it is no member of the list. Actors that agree to
        // act together agree with each other (05); one actor's "agreed to"
        // states its intent (03).
        RelationCase{"coordinated_name_after_owned_title",
                     "Ana Ruiz and her Chilean counterpart Omar Haddad agreed to open a joint commission. Peru "
                     "agreed to release the prisoners held by Bolivia.",
                     {"Ana Ruiz 05 Omar Haddad", "Omar Haddad 05 Ana Ruiz"},
                     {"Ana Ruiz 05 Chile", "Ana Ruiz 03 Omar Haddad"}},
        // Within a spokesman's own sentence "he" is the person named in it,
        // not the organisation the spokesman speaks for.
        RelationCase{"pronoun_in_a_spokesmans_sentence",
                     "A spokesman for the Andean Council said Omar Haddad had made clear that he rejected the "
                     "Bolivian proposal.",
                     {"Omar Haddad 12 Bolivia"}, {"Andean Council 12 Bolivia"}},
        // "between" takes two parties, also when a verb follows the second;
        // a trade war or a court battle is no fighting.
        RelationCase{"between_two_parties_before_a_verb",
                     "The accord between Peru and Chile was signed today. The threatened trade war between Peru "
                     "and Bolivia worries investors.",
                     {"Peru 05 Chile", "Chile 05 Peru"}, {"Peru 19 Bolivia", "Bolivia 19 Peru"}},
        // A fronted prepositional phrase before a comma does not describe
        // the name after it; a description with a preposition inside does.
        RelationCase{"fronted_phrase_is_no_apposition",
                     "In an article for the Andean Herald newspaper, Ms Ana Ruiz, who chairs a committee, says the "
                     "plan is sound. The chairman of the Lima Council board, Omar Haddad, agreed.",
                     {"Omar Haddad AFF Lima Council"}, {"Ana Ruiz AFF Andean Herald"}},
        // "Its director general, X,": the title is the sentence subject's,
        // or the one before's; not a body after a preposition or a verb.
        RelationCase{"its_title_before_a_comma",
                     "The Andean Council rejected the plan. Its director general, Omar Haddad, said it was unfair. "
                     "Ana Ruiz told the Lima Chamber of Commerce that its president, Tomas Vera, had resigned.",
                     {"Omar Haddad AFF Andean Council (director-general)"},
                     {"Tomas Vera AFF Lima Chamber of Commerce (president)"}},
        // Parties discussing or negotiating a topic meet each other; other
        // meeting verbs with an object of their own do not.
        RelationCase{"coordinated_subjects_discussing_a_topic",
                     "Peru and Chile are discussing the possibility of a new road. Bolivia and Ecuador met the press.",
                     {"Peru 04 Chile"}, {"Bolivia 04 Ecuador"}},
        // Rejecting or judging a report rejects or judges its author: one
        // who published it, or by whom it was published.
        RelationCase{"judging_a_report_judges_its_author",
                     "The Andean Council published a study on taxes. Omar Haddad rejected the study. A new report "
                     "was published by the Lima Chamber of Commerce. Ana Ruiz dismissed the research.",
                     {"Omar Haddad 12 Andean Council", "Ana Ruiz 12 Lima Chamber of Commerce"}, {}},
        // A party's member heading an apposition, past an owner and
        // modifiers.
        RelationCase{"party_member_in_apposition",
                     "Ana Ruiz, the committee's top Republican, and Omar Haddad, the ranking Democrat on the panel, "
                     "agreed.",
                     {"Ana Ruiz AFF Republican Party", "Omar Haddad AFF Democratic Party"}, {}},
        // Two signers of an agreement named only by its noun agree with each
        // other; the agreement is no event of its own.
        RelationCase{"unnamed_agreement_between_signers", "Peru and Chile signed an agreement on Monday.",
                     {"Peru 05 Chile", "Chile 05 Peru"}, {"Peru 05 agreement (1987-04-07)"}},
        RelationCase{"brief_talks_on_a_day_with",
                     "Ana Ruiz arrived in Lima. She held brief talks on Sunday with Omar Haddad.",
                     {"Ana Ruiz 04 Omar Haddad"}, {}},
        // "X plans to act" is the act to come; a determiner, an owner or a
        // governing verb makes "plans to act" a policy, an event of its own.
        RelationCase{"plans_to_act_as_a_policy",
                     "Ana Ruiz defended government plans to cut taxes. Peru plans to attack Chile. Omar Haddad said "
                     "that plans to cut taxes were sound.",
                     {"Ana Ruiz 05 plan (1987-04-07)", "Peru 19 Chile [future]"},
                     {"Peru 19 Chile", "Omar Haddad 05 plan (1987-04-07)"}},
        // A participle judges its subject, not what it acts on; the one
        // spoken to is not judged.
        RelationCase{"participle_judges_its_subject", "Ana Ruiz said Omar Haddad was damaging the Andean Council.",
                     {"Ana Ruiz 11 Omar Haddad"}, {"Ana Ruiz 11 Andean Council"}},
        RelationCase{"addressee_is_not_judged", "\"The vote was a disgrace,\" Ana Ruiz told the Andean Council.", {},
                     {"Ana Ruiz 11 Andean Council"}},
        // A speech verb in an infinitive with its object opens no reported
        // clause: the second predicate keeps the sentence's subject.
        RelationCase{"infinitive_speech_verb_with_object",
                     "The Andean Council had refused to continue financing the loans and was pressing Peru to explain.",
                     {"Andean Council 02 Peru"}, {}},
        // With no state's people named, "the government" is the dateline's
        // state when the article names it.
        RelationCase{"government_of_the_dateline",
                     "LIMA, March 3 - Peru's talks with the Andean Council stalled. The Andean Council was pressing "
                     "the government to cut spending.",
                     {"Andean Council 02 Peru"}, {}},
        // Good relations with every actor named; "both" is no content word.
        RelationCase{"good_relations_with_both", "Japan has good relations with both Chile and Peru.",
                     {"Japan 05 Chile", "Japan 05 Peru"}, {}},
        RelationCase{"warning_to_two", "Bolivia sent a warning to Chile and Peru.", {"Bolivia 13 Chile", "Bolivia 13 Peru"},
                     {}},
        // An unnamed spokesperson for an organisation: the organisation acts.
        RelationCase{"spokesman_for", "A spokesman for the Andean Council called on Peru to act.",
                     {"Andean Council 02 Peru"}, {}},
        // A short quoted modifier does not hide the object.
        RelationCase{"quoted_modifier", "Omar Haddad criticised \"extravagant\" Peruvian promises.",
                     {"Omar Haddad 11 Peru"}, {}},
        // A participle after a comma: the noun before the comma is its
        // patient, and the actor inside it is not the main verb's subject.
        RelationCase{"comma_participle", "Chile, backed by Bolivia, attacked Peru.",
                     {"Bolivia 05 Chile", "Chile 19 Peru"}, {"Bolivia 19 Peru"}},
        RelationCase{"comma_participle_event", "A trade pact, backed by Omar Haddad, would help Peru.",
                     {"Omar Haddad 05 pact (1987-04-07)"}, {}},
        // Blame falls on whom it is put on.
        RelationCase{"blame_on", "Chile blamed the attack on Peru. The raid, blamed by Bolivia on Peru, failed.",
                     {"Chile 11 Peru", "Bolivia 11 Peru"}, {}},
        // "helped block": the act is blocking.
        RelationCase{"help_with_bare_verb", "Chile has helped block Peru's plans.",
                     {"Chile 12 plan (1987-04-07)", "Peru PART plan (1987-04-07)"},
                     {"Chile 07 Peru"}},
        RelationCase{"help_with_object", "Chile has helped Peru.", {"Chile 07 Peru"}, {}},
        // Fighting off an actor's attack: the attacker fought too.
        RelationCase{"repelled_attack", "Chilean forces repelled a Peruvian attack.", {"Chile 19 Peru", "Peru 19 Chile"},
                     {}},
        RelationCase{"crushed_counter_attacks", "Chile said its troops crushed heavy Peruvian counter-attacks.",
                     {"Chile 19 Peru", "Peru 19 Chile"}, {}},
        RelationCase{"war_place_is_no_attacker", "Omar Haddad attacked the way the Peru war was run.", {},
                     {"Peru 19 Omar Haddad"}},
        // An age in apposition does not hide who the relative clause is about.
        RelationCase{"age_before_who",
                     "Ana Ruiz, 59, who led the Andean Council office, left. Omar Haddad, 45, who backs the plan, "
                     "criticised Peru.",
                     {"Ana Ruiz AFF Andean Council (head)", "Omar Haddad 11 Peru"}, {}},
        RelationCase{"honorific_after_title",
                     "Chilean envoy Sir Omar Haddad flew to Lima.", {"Omar Haddad AFF Chile (envoy)"}, {}},
        RelationCase{"former_is_a_qualifier",
                     "Former minister Omar Haddad flew to Lima.", {}, {"Omar Haddad AFF Former (minister)"}},
        RelationCase{"government_office_of_home_state",
                     "Chilean Foreign Minister Ana Ruiz and Chilean Interior Minister Rosa Quispe flew to Lima. "
                     "Trade Secretary Pedro Soto and Cardinal Luis Mena stayed in Peru.",
                     {"Pedro Soto AFF Chile (trade secretary)"},
                     {"Pedro Soto AFF Peru (trade secretary)", "Luis Mena AFF Chile (cardinal)"}},
        // A possessive before the object: the body or person the owner has
        // is acted upon ("met Peru's Andean Bank"); an unnamed official
        // stands for the owner ("met Peru's foreign minister"); a named one
        // is himself; a thing owned is not acted upon here.
        RelationCase{"possessive_owner_of_object",
                     "Chile met Peru's Andean Bank on Monday. Bolivia met Peru's foreign minister on Monday. "
                     "Ecuador met Peru's foreign minister, Ana Ruiz, on Monday. Omar Haddad insisted Peru's code "
                     "was clear.",
                     {"Chile 04 Andean Bank", "Bolivia 04 Peru", "Ecuador 04 Ana Ruiz"},
                     {"Chile 04 Peru", "Ecuador 04 Peru", "Omar Haddad 04 Peru"}},
        // A subject "they" is a party named in the plural as the subject
        // before it; not a body with a singular name.
        RelationCase{"they_is_a_plural_party",
                     "The Liberal Democrats held a rally in Lima. They criticised Omar Haddad. The Andean Bank met "
                     "in Quito. They criticised Ana Ruiz.",
                     {"Liberal Democrats 11 Omar Haddad"}, {"Andean Bank 11 Ana Ruiz"}},
        // The Pentagon is the Department of Defense; a government department
        // reporting its home state's force accuses no one.
        RelationCase{"pentagon_reports_own_force",
                     "WASHINGTON, April 7 - The Pentagon said U.S. warships attacked Iranian gunboats on Monday. "
                     "Pentagon spokesman Bob Sims said the ships were safe.",
                     {"United States 19 Iran", "Bob Sims AFF Department of Defense (spokesman)"},
                     {"Department of Defense 11 United States", "Bob Sims AFF United States (spokesman)"}},
        // "chief" alone is a title ("Andean Bank chief X", "Labour's
        // election chief X"); before another title it only qualifies it,
        // and after "of" in a body's name it is a word of the name.
        // Officials "of" a body or a state stand for it, past the words
        // describing them and "the".
        RelationCase{"officials_of_a_body", "Omar Haddad held talks with finance ministers of the Andean Bank. "
                     "Ana Ruiz met senior trade officials from Chile.",
                     {"Omar Haddad 04 Andean Bank", "Ana Ruiz 04 Chile"}, {}},
        // "the committee's chairman, X": the body named before with that
        // head word.
        RelationCase{"lower_case_body_possessive",
                     "The Andean Trade Committee met in Lima. The committee's chairman, Omar Haddad, said it was right.",
                     {"Omar Haddad AFF Andean Trade Committee (chairman)"}, {}},
        RelationCase{"boss_is_a_title", "Andean Bank boss Omar Haddad flew to Lima.",
                     {"Omar Haddad AFF Andean Bank (boss)"}, {}},
        RelationCase{"chief_alone_or_qualifying",
                     "Andean Bank chief Omar Haddad met Labour's election chief Ana Ruiz. Carlos Soto, chief economist "
                     "at Quill Securities, and Association of Chief Police Officers president Rosa Lima spoke.",
                     {"Omar Haddad AFF Andean Bank (chief)", "Ana Ruiz AFF Labour (chief)",
                      "Carlos Soto AFF Quill Securities (economist)",
                      "Rosa Lima AFF Association of Chief Police Officers (president)"},
                     {"Carlos Soto AFF Quill Securities (chief)"}},
        // One who speaks after a fronted "For X," is X's member; not one
        // who does something else, nor after a place.
        RelationCase{"fronted_for_body",
                     "For the Andean Bank, Omar Haddad said the plan was wrong. For Peru, Ana Ruiz said it was right. "
                     "For the Andean Bank, Carlos Soto signed the deal.",
                     {"Omar Haddad AFF Andean Bank"}, {"Ana Ruiz AFF Peru", "Carlos Soto AFF Andean Bank"}},
        // A denial's object followed by a finite verb is the subject of
        // the clause denied; what the denied clause judges is not asserted.
        RelationCase{"denial_of_a_clause",
                     "Omar Haddad denied Ana Ruiz made the remark. Carlos Soto rejected claims Pedro Lima had lied. "
                     "Peru rejected Chile on Monday. Bolivia rejected Ecuador's demands.",
                     {"Peru 12 Chile", "Bolivia 12 Ecuador"},
                     {"Omar Haddad 12 Ana Ruiz", "Carlos Soto 12 Pedro Lima", "Carlos Soto 11 Pedro Lima"}},
        // Holding or hosting a news conference is no part in an event.
        RelationCase{"news_conference_is_no_event",
                     "Omar Haddad will hold a news conference in Lima. The Andean Bank hosted a press conference.",
                     {}, {"Omar Haddad PART news conference (1987-04-07)", "Andean Bank PART press conference (1987-04-07)"}},
        // "who" after an apposition that names a body is the person the
        // apposition describes; not a person after a preposition.
        RelationCase{"relative_clause_after_apposition_with_body",
                     "Ana Ruiz, head of the Andean Union's ethics unit, who led the strike, criticised Omar Haddad. "
                     "The widow of Carlos Soto, head of the Andean Union, who died last year, criticised Pedro Lima.",
                     {"Ana Ruiz 11 Omar Haddad"}, {"Andean Union 11 Omar Haddad", "Carlos Soto 11 Pedro Lima"}}));

// With no state in the article, "the government" is nobody in particular.
TEST(BareGovernmentTest, NoStateNoRelation) {
  EXPECT_THAT(RelationLines(ExtractText("Pedro Soto criticised the government.", "1987-04-07")),
              ::testing::IsEmpty());
  EXPECT_THAT(RelationLines(ExtractText("Pedro Soto criticised Ana Ruiz.", "1987-04-07")),
              ::testing::ElementsAre("Pedro Soto 11 Ana Ruiz"));
}

TEST_F(ExtractorTest, KnownHoldersTakeTheLexiconSpellingOfTheirDate) {
  EXPECT_GE(EntityNamed(Run("George Bush met Tony Blair at Camp David.", "2003-03-27"), "George W. Bush"), 0);
  EXPECT_GE(EntityNamed(Run("George Bush met Margaret Thatcher in Aspen.", "1990-08-02"), "George Bush"), 0);
  EXPECT_GE(EntityNamed(Run("Sergey Lavrov met John Kerry in Geneva.", "2016-03-24"), "Sergei Lavrov"), 0);
  // Transliterations of a surname, which merge keys do not fold, are known
  // spellings of the holder.
  EXPECT_GE(EntityNamed(Run("Mikhail Gorbachov met Ronald Reagan.", "1987-12-08"), "Mikhail Gorbachev"), 0);
  EXPECT_GE(EntityNamed(Run("Moammar Gadhafi spoke in Tripoli.", "1986-04-15"), "Muammar Gaddafi"), 0);
  // A title and a surname name the holder ("President Reagan").
  EXPECT_GE(EntityNamed(Run("President Reagan spoke.", "1987-04-07"), "Ronald Reagan"), 0);
  // Unknown people keep their own spelling.
  EXPECT_GE(EntityNamed(Run("Sergei Danilin met Ana Ruiz in Geneva.", "2016-03-24"), "Sergei Danilin"), 0);
}

TEST_F(ExtractorTest, CompanyNamesWithAndAndTickers) {
  Extraction x = Run("The Chilean firm Copperfield and Wright Plc <COWR.SN> won the contract. "
                     "Procter & Gamble Co bid too.");
  EXPECT_GE(EntityNamed(x, "Copperfield and Wright Plc"), 0);
  EXPECT_GE(EntityNamed(x, "Procter & Gamble Co"), 0);
  EXPECT_LT(EntityNamed(x, "COWR"), 0);  // the ticker names nothing
  // Without a company suffix "and" joins two names.
  Extraction y = Run("Ana Ruiz and Omar Haddad met.");
  EXPECT_GE(EntityNamed(y, "Ana Ruiz"), 0);
  EXPECT_GE(EntityNamed(y, "Omar Haddad"), 0);
}

TEST_F(ExtractorTest, NamesAfterOrganisationNounsAreOrganisations) {
  Extraction x = Run("Tomas Vera, director of the pressure group Clean Rivers Trust, said so. "
                     "The oil firm Petrol Andino denied it.");
  int group = EntityNamed(x, "Clean Rivers Trust");
  ASSERT_GE(group, 0);
  EXPECT_EQ(x.entities[group].type, EntityType::kOrganization);
  int firm = EntityNamed(x, "Petrol Andino");
  ASSERT_GE(firm, 0);
  EXPECT_EQ(x.entities[firm].type, EntityType::kOrganization);
  EXPECT_THAT(Relations(x), ::testing::Contains("Tomas Vera AFF Clean Rivers Trust (director)"));
}

TEST_F(ExtractorTest, LongerSpellingsOfACapitalAreTheSameCity) {
  Extraction x = Run("The envoys met in Washington DC on Monday. Peru's envoy stayed in Washington. "
                     "Bolivia's envoy flew on to La Paz.");
  EXPECT_GE(EntityNamed(x, "Washington"), 0);
  EXPECT_LT(EntityNamed(x, "Washington DC"), 0);
  EXPECT_GE(EntityNamed(x, "La Paz"), 0);  // Bolivia's other capital stays itself
}

TEST_F(ExtractorTest, UnqualifiedTitlesBelongToTheDatelineState) {
  Extraction x = Run(
      "TALKS RESUME\n\nLIMA, May 2 - President Arturo Quispe said Peru would host the talks. "
      "Chilean President Ana Ruiz agreed. Analyst Tomas Vera was doubtful.", "2024-05-02");
  EXPECT_THAT(Relations(x), ::testing::IsSupersetOf({"Arturo Quispe AFF Peru (president)",
                                                     "Ana Ruiz AFF Chile (president)"}));
  EXPECT_THAT(Relations(x), ::testing::Not(::testing::Contains("Ana Ruiz AFF Peru (president)")));
  // A government office in lower case too; not a former or shadow one.
  Extraction lower = Run(
      "TALKS RESUME\n\nLIMA, May 2 - Peru will host the talks, finance minister Arturo Quispe said. Former "
      "finance minister Tomas Vera and shadow trade secretary Ines Rojas disagreed.", "2024-05-02");
  EXPECT_THAT(Relations(lower), ::testing::Contains("Arturo Quispe AFF Peru (finance minister)"));
  EXPECT_THAT(Relations(lower), ::testing::Not(::testing::Contains(HasSubstr("Tomas Vera AFF"))));
  EXPECT_THAT(Relations(lower), ::testing::Not(::testing::Contains(HasSubstr("Ines Rojas AFF"))));
  // Without a dateline, no state is guessed.
  Extraction undated = Run("President Arturo Quispe said Peru would host the talks.");
  EXPECT_THAT(Relations(undated), ::testing::Not(::testing::Contains(HasSubstr("AFF"))));
}

TEST_F(ExtractorTest, QuotesAfterTitlesAndAfterReportedSpeech) {
  Extraction x = Run(
      "\"We will not sign this text,\" said Chilean Foreign Minister Ana Ruiz on Monday.\n\n"
      "Tomas Vera said the talks would go on. \"Nobody leaves the table before the end of the week.\"");
  ASSERT_EQ(x.quotes.size(), 2u);
  ASSERT_GE(x.quotes[0].speaker, 0);
  EXPECT_EQ(x.entities[x.quotes[0].speaker].name, "Ana Ruiz");
  ASSERT_GE(x.quotes[1].speaker, 0);
  EXPECT_EQ(x.entities[x.quotes[1].speaker].name, "Tomas Vera");
}

TEST_F(ExtractorTest, EvaluativeSpeechIsCriticismOrPraise) {
  Extraction x = Run(
      "Ana Ruiz said Tomas Vera was naive beyond belief. "
      "Jon Eide said: \"Ingrid Dahl showed real courage today.\" "
      "Petra Vogel condemned the aggression against Peru. "
      "Lena Vik said Omar Haddad had been duplicitous. Karl Berg said Maria Soto was a tireless worker.");
  EXPECT_THAT(Relations(x), ::testing::IsSupersetOf({"Ana Ruiz 11 Tomas Vera", "Jon Eide 05 Ingrid Dahl",
                                                     "Lena Vik 11 Omar Haddad", "Karl Berg 05 Maria Soto"}));
  EXPECT_THAT(Relations(x), ::testing::Not(::testing::Contains("Petra Vogel 11 Peru")));
}

TEST_F(ExtractorTest, ProgressiveReportedFutureAndNounPhraseSubjects) {
  Extraction x = Run(
      "Ana Ruiz was summoning Tomas Vera to Lima. Jon Eide said he would visit Oslo. "
      "The Chilean government rejects Bolivia's claims.");
  EXPECT_THAT(Relations(x), ::testing::IsSupersetOf({"Ana Ruiz 11 Tomas Vera",  // progressive, not passive
                                                     "Jon Eide 04 Norway [future]",
                                                     "Chile 12 Bolivia"}));
}

TEST_F(ExtractorTest, UnnamedSpeakersAreGenericEntities) {
  Extraction x = Run(
      "\"The border stays closed for now,\" a senior Chilean diplomat said on Monday.\n"
      "Western analysts said: \"Nobody expects a quick deal.\"");
  ASSERT_EQ(x.quotes.size(), 2u);
  ASSERT_GE(x.quotes[0].speaker, 0);
  ASSERT_GE(x.quotes[1].speaker, 0);
  const Entity& diplomat = x.entities[x.quotes[0].speaker];
  EXPECT_EQ(diplomat.name, "senior Chilean diplomat");
  EXPECT_EQ(diplomat.type, EntityType::kPerson);
  EXPECT_TRUE(diplomat.generic);
  const Entity& analysts = x.entities[x.quotes[1].speaker];
  EXPECT_EQ(analysts.name, "Western analysts");
  EXPECT_EQ(analysts.type, EntityType::kOrganization);
  EXPECT_TRUE(analysts.generic);
  // The head noun alone is a nested mention, as the article refers back.
  std::vector<std::string> surfaces;
  for (int m : diplomat.mentions) surfaces.push_back(x.mentions[m].surface);
  EXPECT_THAT(surfaces, ElementsAre("senior Chilean diplomat", "diplomat"));
}

// "held" with no event for object enacts nothing: no relation at all.
TEST(EnactVerbTest, HoldingNoEventIsNoRelation) {
  EXPECT_THAT(RelationLines(ExtractText("Chilean police held two Peruvians in Arica.", "1987-04-07")),
              ::testing::IsEmpty());
}

// A title the article gives someone is not taken from the lexicon for
// another person who held it: "the home secretary" is the article's.
TEST(TitleHoldersTest, ArticleHolderBeforeLexiconHolder) {
  std::vector<std::string> got = RelationLines(ExtractText(
      "British Home Secretary Ana Ruiz spoke in London. Michael Howard listened. The home secretary told MPs "
      "the plan was sound.",
      "1995-05-01"));
  EXPECT_THAT(got, ::testing::Contains("Ana Ruiz AFF United Kingdom (home secretary)"));
  EXPECT_THAT(got, ::testing::Not(::testing::Contains("Michael Howard AFF United Kingdom (home secretary)")));
}

// A state's word before a body's name: the full name is the entity, the
// body's own name a nested mention.
TEST_F(ExtractorTest, StateWordBeforeABodyLeavesANestedMention) {
  Extraction x = Run("A Peruvian Foreign Ministry spokesman said the talks would resume.");
  const Entity* ministry = nullptr;
  for (const Entity& e : x.entities)
    if (e.name == "Peruvian Foreign Ministry") ministry = &e;
  ASSERT_NE(ministry, nullptr);
  EXPECT_EQ(ministry->type, EntityType::kOrganization);
  std::vector<std::string> surfaces;
  for (int m : ministry->mentions) surfaces.push_back(x.mentions[m].surface);
  EXPECT_THAT(surfaces, ElementsAre("Peruvian Foreign Ministry", "Foreign Ministry"));
}

TEST_F(ExtractorTest, EventsAppearOnlyWhenARelationUsesThem) {
  Extraction x = Run("The Geneva talks, which are being brokered by the United Nations, resumed. "
                     "A summit was mentioned.");
  int talks = EntityNamed(x, "Geneva talks");
  ASSERT_GE(talks, 0);
  EXPECT_EQ(x.entities[talks].type, EntityType::kEvent);
  EXPECT_THAT(Relations(x), ::testing::Contains("United Nations 04 Geneva talks"));
  for (const Entity& e : x.entities) EXPECT_NE(e.name.rfind("summit", 0), 0u) << e.name;
}

TEST_F(ExtractorTest, AcronymsJoinTheNameTheySpellOut) {
  Extraction x = Run("The Andean Water Commission met on Monday. The AWC urged Peru to act. "
                     "The XYZ was not mentioned before.");
  int commission = EntityNamed(x, "Andean Water Commission");
  ASSERT_GE(commission, 0);
  EXPECT_EQ(x.entities[commission].mentions.size(), 2u);
  EXPECT_THAT(Relations(x), ::testing::Contains("Andean Water Commission 02 Peru"));
  EXPECT_GE(EntityNamed(x, "XYZ"), 0);  // no written-out name: stays as it is
}

// A name built on an abbreviation joins the written-out name it spells, and
// so does the bare acronym: "PWA Union" and "PWAU".
TEST_F(ExtractorTest, AbbreviatedNamesJoinTheWrittenOutName) {
  Extraction x = Run("The Public and Water Allied Union called a strike. The PWA Union said the PWAU would win.");
  int union_entity = EntityNamed(x, "Public and Water Allied Union");
  ASSERT_GE(union_entity, 0);
  EXPECT_EQ(x.entities[union_entity].mentions.size(), 3u);
}

// An abbreviation inside the written-out name counts whole: "UK Water Board"
// is UKWB as well as UWB.
TEST_F(ExtractorTest, AcronymsKeepAbbreviationsWhole) {
  Extraction x = Run("The UK Water Board met on Monday. The UKWB urged Peru to act.");
  int board = EntityNamed(x, "UK Water Board");
  ASSERT_GE(board, 0);
  EXPECT_EQ(x.entities[board].mentions.size(), 2u);
  EXPECT_LT(EntityNamed(x, "UKWB"), 0);
}

TEST_F(ExtractorTest, TheyReferToTwoPeopleJustNamed) {
  Extraction x = Run("Ingrid Dahl of Norway and Samuel Otieno of Kenya spoke on Monday. "
                     "They agreed to meet again in June.");
  // (Agreeing to act together is an agreement with each other: 05.)
  EXPECT_THAT(Relations(x), ::testing::IsSupersetOf({"Ingrid Dahl 05 Samuel Otieno", "Samuel Otieno 05 Ingrid Dahl"}));
}

TEST_F(ExtractorTest, RepeatedBodyCountsOnce) {
  std::string para = "Ingrid Dahl urged Samuel Otieno to reopen the border crossing at once.\n";
  Extraction x = Run(para + para);
  EXPECT_EQ(Relations(x), std::vector<std::string>{"Ingrid Dahl 02 Samuel Otieno"});
  EXPECT_EQ(x.entities[EntityNamed(x, "Ingrid Dahl")].mentions.size(), 2u);  // still mentioned twice
}

TEST_F(ExtractorTest, CoordinatedSubjectsMeetEachOther) {
  Extraction x = Run("Ingrid Dahl and Samuel Otieno met in Geneva on Monday.");
  std::vector<std::string> relations = Relations(x);
  EXPECT_THAT(relations, ::testing::Contains(::testing::AnyOf("Samuel Otieno 04 Ingrid Dahl",
                                                              "Ingrid Dahl 04 Samuel Otieno")));
}

TEST_F(ExtractorTest, QuotesWithSpeakersBeforeAfterAndTranscript) {
  Extraction x = Run(
      "\"We will not give up the valley,\" Omar Haddad said on Sunday.\n"
      "Ingrid Dahl said: “The corridor must stay open for every convoy.”\n"
      "LINA MARKS FRENCH FOREIGN MINISTER \"We expect both sides to keep their word.\"\n"
      "The minister took \"a step\" forward.");
  ASSERT_EQ(x.quotes.size(), 3u);  // the two-word scare quote is not a quotation
  EXPECT_EQ(x.quotes[0].text, "We will not give up the valley,");
  EXPECT_EQ(x.entities[x.quotes[0].speaker].name, "Omar Haddad");
  EXPECT_EQ(x.entities[x.quotes[1].speaker].name, "Ingrid Dahl");
  EXPECT_EQ(x.entities[x.quotes[2].speaker].name, "Lina Marks");
  for (const Quote& q : x.quotes) EXPECT_EQ(x.document.text.substr(q.span.begin, q.span.size()), q.text);
  EXPECT_THAT(Relations(x), ::testing::Contains("Lina Marks AFF France (foreign minister)"));
}

// An undated article's bare titles are of the years when the people it
// names held them together: Blair's years as prime minister, with Brown his
// chancellor, whichever of them was named last.
// A shared institution name with no state named is the home state's body:
// its usual name where data/state_institutions.tsv lists one, else that of a
// listed state the article names, else qualified by the home state.
struct InstitutionCase {
  std::string text;
  std::string name;  // the organisation's name
};

class StateInstitutionTest : public ::testing::TestWithParam<InstitutionCase> {};

TEST_P(StateInstitutionTest, NamesTheHomeStatesBody) {
  Extraction x = ExtractText(GetParam().text);
  std::vector<std::string> organisations;
  for (const Entity& e : x.entities) {
    if (e.type == EntityType::kOrganization) organisations.push_back(e.name);
  }
  EXPECT_THAT(organisations, ::testing::Contains(GetParam().name)) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, StateInstitutionTest,
    ::testing::Values(
        InstitutionCase{"LIMA, May 1 - Peru's Prime Minister Ana Ruiz met the Treasury.", "Treasury (Peru)"},
        InstitutionCase{"LIMA, May 1 - Peruvian President Ana Ruiz addressed Parliament.", "Parliament (Peru)"},
        InstitutionCase{"LONDON, May 1 - British Prime Minister Ana Ruiz met the Treasury.", "HM Treasury"},
        InstitutionCase{"WASHINGTON, May 1 - U.S. President Ana Ruiz met the Treasury.", "U.S. Treasury"},
        InstitutionCase{"TOKYO, May 1 - Japanese Prime Minister Ana Ruiz said the United States Congress "
                        "would vote. Congress met Japan.",
                        "Congress"}));

// An event named by its noun only is a description of this article's
// event (generic, never merged across articles); one named by a place is a
// name.
TEST(EventScopeTest, UnnamedEventsAreGeneric) {
  for (const std::string date : {"2024-05-01", ""}) {
    Extraction x = ExtractText("Peru announced a plan to cut imports. Chile attended the Geneva talks.", date);
    std::map<std::string, bool> generic;
    for (const Entity& e : x.entities)
      if (e.type == EntityType::kEvent) generic[e.name] = e.generic;
    const std::string plan = date.empty() ? "plan" : "plan (" + date + ")";
    EXPECT_THAT(generic, ::testing::Contains(::testing::Pair(plan, true))) << date;
    EXPECT_THAT(generic, ::testing::Contains(::testing::Pair("Geneva talks", false))) << date;
  }
}

TEST(BareTitleYearsTest, TitlesTakeTheYearsTheyShare) {
  for (const std::string order : {"Tony Blair spoke. Gordon Brown spoke. ", "Gordon Brown spoke. Tony Blair spoke. "}) {
    Extraction x = ExtractText(order + "The prime minister said \"it is good\". The chancellor said \"it is bad\".", "");
    std::vector<std::string> got;
    for (const Quote& q : x.quotes) got.push_back(q.speaker >= 0 ? x.entities[q.speaker].name : "-");
    EXPECT_THAT(got, ElementsAre("Tony Blair", "Gordon Brown")) << order;
  }
}

// Quotations whose speaker is not given by "X said" right next to them.
struct QuoteCase {
  std::string name;
  std::string text;
  std::vector<std::string> quotes;  // "speaker: first words", in text order; "-" when unattributed
};

class QuoteSpeakerTest : public ::testing::TestWithParam<QuoteCase> {};

TEST_P(QuoteSpeakerTest, Attributes) {
  Extraction x = ExtractText(GetParam().text);
  std::vector<std::string> got;
  for (const Quote& q : x.quotes) {
    std::string speaker = q.speaker >= 0 ? x.entities[q.speaker].name : "-";
    got.push_back(speaker + ": " + q.text.substr(0, std::min<size_t>(q.text.size(), 18)));
  }
  EXPECT_EQ(got, GetParam().quotes);
}

INSTANTIATE_TEST_SUITE_P(
    Table, QuoteSpeakerTest,
    ::testing::Values(
        // "the Indian Government" with a capital is the state, as in lower
        // case; no person "Government".
        QuoteCase{"capitalised_government_is_the_state",
                  "Meanwhile, the Indian Government said the prospects for the economy remained \"bright despite "
                  "the poor harvests\" this year.",
                  {"India: bright despite the"}},
        // A sentence whose subject is an unnamed office ("The minister told
        // delegates") refers back to someone named before, so a pronoun
        // looks past it at no cost; an unnamed source ("The analyst said")
        // is someone new, and stops the search as any sentence does.
        QuoteCase{"unnamed_office_passes_the_reference_on",
                  "Ana Ruiz spoke on Monday. Sales fell. Prices rose. The minister told delegates that pay was "
                  "vital.\n\n\"Sexism limits women of all ages in work. \"It is simply wrong to judge by sex,\" she "
                  "said.\n\nMr Omar Haddad spoke. Sales fell. Prices rose. Costs grew. The analyst said aid would "
                  "grow. \"They want more money for their projects,\" he said.",
                  {"-: Sexism limits wome", "Ana Ruiz: It is simply wrong", "-: They want more mon"}},
        // A sentence quoted whole with no attribution is the person the
        // sentence before names, or the speaker of the quotation before it
        // when no one else is named in between; not when the sentence before
        // names two people.
        QuoteCase{"unattributed_profile_quotes",
                  "Ana Ruiz has run three campaigns in Lima. On trade, Ruiz is blunt.\n\n"
                  "\"We will not sign a deal that hurts farmers.\" It is a familiar line. "
                  "\"Farmers built this country and they will decide.\"\n\n"
                  "Omar Haddad met Lena Vidal in Quito. \"The border stays open for trade.\"",
                  {"Ana Ruiz: We will not sign a", "Ana Ruiz: Farmers built this", "-: The border stays o"}},
        // A medium after a preposition is where the words were said, not
        // who said them ("added on Tarsun Radio:"); a named subject still
        // speaks.
        QuoteCase{"medium_after_a_preposition",
                  "Omar Haddad met the Andean Council. The defender added on Tarsun Radio: \"We will have to wait "
                  "and see.\" Ana Ruiz added on Tarsun Radio: \"The talks went well.\"",
                  {"-: We will have to wa", "Ana Ruiz: The talks went wel"}},
        // `, he said` at the end of a sentence goes back past sentences
        // with no one as their subject, and past a possessive owner ("Mr
        // Vera's plan was ..."), to the last closing attribution; a pronoun
        // speaker who only said something (`But he said ...`, `," he said.`)
        // passes the reference on; a sentence whose subject is an unnamed
        // spokeswoman stops it.
        // In a clause another speaker reports, a common noun's "from" places
        // an actor that does not speak; with no reporter before, the source
        // does.
        QuoteCase{"placed_by_common_noun",
                  "Omar Haddad wrote to the watchdog. He says evidence from local Conservative branches suggests "
                  "there are \"significant\" numbers of calls. New data from the Chilean Statistics Office "
                  "suggested a \"winter sale\" of homes.",
                  {"Omar Haddad: significant", "Chilean Statistics Office: winter sale"}},
        // A verbal attack gives the words quoted in its phrase to its
        // subject; "attack" as a noun reports nothing.
        QuoteCase{"verbal_attack_verb",
                  "Omar Haddad will also attack the Liberal Party for wanting to abolish faith schools and \"give "
                  "contraceptives out\". Ana Ruiz said no warning was issued after the Chilean attack on the "
                  "platforms, but \"many of our missions are on alert.\"",
                  {"Omar Haddad: give contraceptive", "Ana Ruiz: many of our missio"}},
        // "told Reuters:" names the one told, never the speaker.
        QuoteCase{"told_medium_is_no_speaker",
                  "A Peruvian executive, who asked not to be named, told Reuters: \"We do not anticipate any "
                  "special problems.\"",
                  {"Peruvian executive: We do not anticipa"}},
        // A short quotation that is a whole sentence, right after an
        // attributed one, continues its speaker.
        QuoteCase{"short_sentence_continues",
                  "\"Government by veto is not leadership,\" Senator Omar Haddad told reporters. \"It is "
                  "confrontation.\" Congress adjourned on Friday.",
                  {"Omar Haddad: Government by veto", "Omar Haddad: It is confrontatio"}},
        QuoteCase{"closing_attribution_carried_back",
                  "Senator Omar Haddad of Chile attacked the budget of Finance Minister Tomas Vera. Mr Vera's "
                  "pension plan was a sham, Mr Haddad said. There was nothing in the budget for rural schools. "
                  "Voters would face a \"stark choice\" at the election, he said. But he said the vote was months "
                  "away. \"We will win it easily,\" he said. A Conservative spokeswoman said the party disagreed. She "
                  "said: \"They have no plan at all.\"",
                  {"Omar Haddad: stark choice", "Omar Haddad: We will win it eas", "Conservative Party: They have no plan "}},
        // A speech verb after "to" and an actor is what the actor is asked to
        // say: the one asking speaks ("urged the minister to admit ...
        // \"...\""); a verb of saying something to someone (a CAMEO 01, 02,
        // 10-13 verb) is continued by a quotation opening the next sentence;
        // a quotation running into a new opening mark has no attribution
        // after it; "the Tory leader said" at a sentence's end is its
        // holder's; "went on:" introduces a quotation.
        QuoteCase{"asked_to_say_and_accusing_verbs",
                  "Senator Omar Haddad of Chile met Finance Minister Tomas Vera. Mr Haddad urged the minister to "
                  "admit he had been responsible for \"pushing millions into debt\" this year. He also accused the "
                  "minister of wasting money. \"His only answer is to borrow.\" Mr Vera liked to talk of \"magic "
                  "surpluses from thin air\", the senator said. \"You now propose to borrow more. \"The minister's "
                  "forecasts are fiction.\" The senator went on: \"That is the choice at this election.\"",
                  {"Omar Haddad: pushing millions i", "Omar Haddad: His only answer is", "Omar Haddad: magic surpluses fr",
                   "Omar Haddad: You now propose to", "Omar Haddad: The minister's for",
                   "Omar Haddad: That is the choice"}},
        // An auxiliary before the closing speech verb (`," he will say`); a
        // member's letters after the name in apposition (", Ana Ruiz MSP,
        // said:").
        QuoteCase{"auxiliary_and_member_letters",
                  "Omar Haddad spoke in Lima. \"Come and join us,\" he will say. The Scottish minister, Ana Ruiz "
                  "MSP, said: \"We will act now.\"",
                  {"Omar Haddad: Come and join us,", "Ana Ruiz: We will act now."}},
        // A belief introduces the quote that follows it, as speech does; in
        // "X said he believed ... \"...\"" X speaks.
        QuoteCase{"belief_and_nested_pronoun",
                  "Ana Ruiz resigned. But Mr Tomas Vera believes that detainees need a trial. \"My own view is "
                  "clear.\" Omar Haddad said he believed the picture had been \"obscured\" by it.",
                  {"Tomas Vera: My own view is cle", "Omar Haddad: obscured"}},
        // "the radio", "the agency": the news medium the report named last.
        // "the Utah senator", "the Wisconsin Democrat": the person last named.
        QuoteCase{"state_qualified_title",
                  "Sen. Omar Haddad opposed the bill. \"It is time to act,\" the Utah senator said. Rep. Ana Ruiz "
                  "backed it. \"It is a first step,\" the Texas Democrat said.",
                  {"Omar Haddad: It is time to act,", "Ana Ruiz: It is a first step"}},
        // "The report said": its author, named with an earlier mention of a
        // report; a report that is what is said speaks for no one.
        QuoteCase{"report_author",
                  "Poverty is rising, the Andean Council says in a report. The report said: \"Aid is an "
                  "obligation.\" Omar Haddad said the report was \"a wake-up call\".",
                  {"Andean Council: Aid is an obligati", "Omar Haddad: a wake-up call"}},
        // A closing "X told <whom>" after a comma attributes the sentence's
        // quotation; ", adding" continues the report, not what it reports
        // (but not a "When asked" before the subject).
        QuoteCase{"closing_told_and_adding",
                  "Omar Haddad spoke. Exports had \"risen by a fifth in real terms\" if oil is left out, Mr Haddad "
                  "told Radio Lima. Ana Ruiz said Mr Haddad had spoken with \"real sincerity\", adding: \"He "
                  "listened to all of us.\" When asked, Lena Vik agreed, adding the bank would \"set a sensible "
                  "dividend policy\".",
                  {"Omar Haddad: risen by a fifth i", "Ana Ruiz: real sincerity", "Ana Ruiz: He listened to all",
                   "Lena Vik: set a sensible div"}},
        // Nor is a gerund after a preposition a report: "accused X of telling
        // Radio Lima ..., saying" is the accuser's.
        QuoteCase{"speech_participle_skips_a_gerund",
                  "Lena Vik accused Mr Omar Haddad of telling Radio Lima the deficit was small, saying it was \"a "
                  "plain lie told to voters\".",
                  {"Lena Vik: a plain lie told t"}},
        // `," the official daily X reported`: a medium named after its noun
        // (and a state's adjective) speaks.
        QuoteCase{"medium_named_after_its_noun_speaks",
                  "\"Output will rise very rapidly this year,\" the official daily Zorbat reported. \"Prices will "
                  "fall sharply,\" the Chilean newspaper Quintavel said.",
                  {"Zorbat: Output will rise v", "Quintavel: Prices will fall s"}},
        // Any speech participle after a comma continues the report, not the
        // clause it reports ("told X that Y did not deserve credit, saying");
        // a verb after "to" is no report ("criticised Y for failing to
        // mention Z, saying").
        QuoteCase{"speech_participle_continues_the_report",
                  "Ana Ruiz told Radio Lima that Omar Haddad did not deserve any credit, saying: \"Nothing is "
                  "worth it.\" Lena Vik criticised Mr Haddad for failing to mention the deficit, saying it was "
                  "\"high time\" he did.",
                  {"Ana Ruiz: Nothing is worth i", "Lena Vik: high time"}},
        // "X's deputy, Y, said ... he said": the name in apposition speaks,
        // not its owner.
        QuoteCase{"owner_before_appositive_name",
                  "Ana Ruiz announced the plan. Ms Ruiz's deputy, Omar Haddad, said it was cautious. \"It is a "
                  "first step,\" he said.",
                  {"Omar Haddad: It is a first step"}},
        // 'branded a "..." by X': the participle's agent speaks.
        QuoteCase{"agent_of_a_naming_participle",
                  "Ana Ruiz announced the limit, in a move branded a \"humiliating retreat\" by the Andean "
                  "Council.",
                  {"Andean Council: humiliating retrea"}},
        // ... also past "as", a title before a person, and a state acting
        // by its seat of government.
        QuoteCase{"agent_past_as_and_title",
                  "The deal was condemned as \"a betrayal of workers\" by union leader Omar Haddad. Reports of "
                  "an early vote were described as \"idle speculation\" by Downing Street.",
                  {"Omar Haddad: a betrayal of work", "United Kingdom: idle speculation"}},
        // A participle right after a verb's object, with no comma, has that
        // verb's subject; not one after a title or after "with".
        QuoteCase{"participle_after_an_object",
                  "Omar Haddad also left the Andean Council saying Ana Ruiz would \"lead it better\" than "
                  "anyone. The team lost, with Lima Rovers boss Lena Vidal claiming it had been a "
                  "\"difficult time\" for everyone.",
                  {"Omar Haddad: lead it better", "Lena Vidal: difficult time"}},
        // "X of the Y said": the person speaks, as in "X of Y said"; not
        // when no one is named before "of the".
        QuoteCase{"person_of_the_body",
                  "Ana Ruiz of the Andean Council said the rules were \"not proportionate\". Members of the "
                  "Andean Council said the rules were \"unfair\" to farmers.",
                  {"Ana Ruiz: not proportionate", "Andean Council: unfair"}},
        // A pronoun after a paragraph of quotation refers to its speaker,
        // however many sentences the quotation runs to.
        QuoteCase{"pronoun_after_a_quoted_paragraph",
                  "Omar Haddad spoke in Lima. The plan would fail, Mr Haddad said.\n\n\"We watched the ports "
                  "close. The scale was hard to grasp. The ships left. Then the banks closed.\" He went on to "
                  "say the budget would \"turn this around\" soon.",
                  {"Omar Haddad: We watched the por", "Omar Haddad: turn this around"}},
        // "he" is no one an honorific makes a woman, "she" no man.
        QuoteCase{"pronoun_gender_from_honorifics",
                  "Ms Lena Vidal won the seat from Mr Omar Haddad in 2001. He said the party had been \"stolen "
                  "from us\" by others.",
                  {"Omar Haddad: stolen from us"}},
        // A pronoun in a parenthetical attribution points back past the
        // sentence's own subject, like a closing one.
        QuoteCase{"parenthetical_pronoun_attribution",
                  "Ana Ruiz said the plan was wrong. Omar Haddad has failed to fix the ports, she claimed, "
                  "saying he had the \"wrong answers\" to them.",
                  {"Ana Ruiz: wrong answers"}},
        // "A spokesman for X said ... He said": the organisation speaks.
        QuoteCase{"spokesman_for_an_organisation",
                  "A spokesman for the Andean Council said its members were worried. He said: \"The rules are "
                  "unfair.\"",
                  {"Andean Council: The rules are unfa"}},
        QuoteCase{"medium_noun",
                  "Tehran Radio said the raid failed. \"We will respond,\" the radio said. The news agency IRNA "
                  "said more. \"Iraq is to blame,\" the agency said.",
                  {"Tehran Radio: We will respond,", "IRNA: Iraq is to blame,"}},
        // ", says a senior party spokesman." closes a sentence with an
        // unnamed speaker.
        QuoteCase{"closing_unnamed_speaker",
                  "The association was placed on \"support status\" last week, says a senior party spokesman.",
                  {"senior party spokesman: support status"}},
        // ... for a party, the party named last.
        QuoteCase{"closing_party_spokesman",
                  "The Zorvan Unity Party suspended a branch. The branch was placed on \"support status\" last week, "
                  "says a senior party spokesman.",
                  {"Zorvan Unity Party: support status"}},
        // A second "he" in a sentence is the first one, not the man named
        // between them.
        QuoteCase{"second_he_of_a_sentence",
                  "Ana Ruiz joined the cabinet in 1964. When she refused to support Omar Haddad in 1968, she said: "
                  "\"I will not resign.\"",
                  {"Ana Ruiz: I will not resign."}},
        // The owner of a statement whose content is quoted speaks.
        QuoteCase{"owner_of_statement",
                  "Omar Haddad spoke on Monday. Ana Ruiz's statement that the plan was \"a disgrace to the country\" "
                  "angered him.",
                  {"Ana Ruiz: a disgrace to the "}},
        // A speech verb's form after an owner or a determiner is a noun:
        // the one who said it speaks.
        QuoteCase{"speech_noun_is_no_verb",
                  "Ana Ruiz said Omar Haddad's comment was \"ill-advised\". The Andean Council insisted his "
                  "comments were \"a recognition of facts\".",
                  {"Ana Ruiz: ill-advised", "Andean Council: a recognition of f"}},
        // The one quoted by a newspaper speaks; a radio quoting someone
        // passes the words on.
        QuoteCase{"quoted_in_newspaper",
                  "Ana Ruiz was quoted in the Lima Times saying: \"We will win.\" Radio Quorvel quoted Omar Haddad "
                  "as saying \"it is over.\"",
                  {"Ana Ruiz: We will win.", "Omar Haddad: it is over."}},
        // A title written before a name refers back to it: "the cardinal".
        QuoteCase{"title_before_name",
                  "Cardinal Ana Ruiz spoke in Lima. Omar Haddad listened. The cardinal said: \"Peace is possible.\"",
                  {"Ana Ruiz: Peace is possible."}},
        // "A <body> spokeswoman ... she said": the body speaks; "the <body>
        // spokesman" refers back to someone named.
        QuoteCase{"indefinite_spokeswoman_pronoun",
                  "An Andean Council spokeswoman would not comment. \"We are still talking,\" she said.",
                  {"Andean Council: We are still talki"}},
        // A body qualifying the title of a speaker named after a quote.
        QuoteCase{"body_title_name_after_quote",
                  "\"The meeting is about policy,\" Andean Council spokesman Dr Omar Haddad said on Monday.",
                  {"Omar Haddad: The meeting is abo"}},
        // A short fragment in what an unnamed speaker reported is theirs.
        QuoteCase{"fragment_of_unnamed_speaker", "A spokesman said the reports were \"misleading propaganda\".",
                  {"spokesman: misleading propaga"}},
        // Two speakers joined by "and": the first named stands for them.
        QuoteCase{"coordinated_speakers",
                  "Oxfam and Human Rights Watch said, \"The deal needs more time.\"",
                  {"Oxfam: The deal needs mor"}},
        // A title with a modifier refers back too: "the presidential
        // spokesman"; "the former" one is someone else.
        QuoteCase{"title_with_modifier",
                  "Andean Council spokesman Omar Haddad defended the ban. \"It is temporary,\" the chief "
                  "spokesman added. \"It is wrong,\" the former spokesman said.",
                  {"Omar Haddad: It is temporary,", "spokesman: It is wrong,"}},
        // Paragraph breaks lost in scraping: each paragraph opens a new quote
        // and the previous one is never closed.
        QuoteCase{"continued_paragraphs",
                  "In a statement, Lena Vik said: \"The port will reopen on Monday. \"Ships will be "
                  "inspected at sea first. \"We expect the first convoy within a week.\" Later, Omar Haddad "
                  "said: \"The inspections must be fair to every flag.\"",
                  {"Lena Vik: The port will reop", "Lena Vik: Ships will be insp",
                   "Lena Vik: We expect the firs", "Omar Haddad: The inspections mu"}},
        // A fragment in the same sentence as an attributed quote shares its speaker.
        QuoteCase{"same_sentence",
                  "Despite this \"shameful deal,\" the treaty has \"no future in this parliament,\" "
                  "Omar Haddad added.",
                  {"Omar Haddad: shameful deal,", "Omar Haddad: no future in this "}},
        // The verb the fragment depends on gives the speaker.
        QuoteCase{"object_of_verbal_event",
                  "Ingrid Dahl welcomed the \"courage of both delegations\" in Oslo.",
                  {"Ingrid Dahl: courage of both de"}},
        QuoteCase{"participle_after_comma",
                  "In an interview with the Daily Courier, Ingrid Dahl declined to give a date, saying "
                  "talks would resume \"some time next spring\".",
                  {"Ingrid Dahl: some time next spr"}},
        // ", adding it ...": the participle's "it" is not the speaker.
        QuoteCase{"adding_is_no_inversion",
                  "Ingrid Dahl told the Oslo Herald the plan was \"fair\" and \"balanced,\" adding it "
                  "would help.",
                  {"Ingrid Dahl: fair", "Ingrid Dahl: balanced,"}},
        // The comma outside the closing mark.
        QuoteCase{"comma_outside", "Talks were \"frank, long and useful\", Ingrid Dahl said.",
                  {"Ingrid Dahl: frank, long and us"}},
        // A pronoun after a sentence about an unnamed person (not one
        // reporting speech) is not someone that sentence names later.
        QuoteCase{"unnamed_subject_before_pronoun",
                  "Omar Haddad left Lima. The senior official sounded gloomy about the visit of President Ana Ruiz. "
                  "\"It will not help,\" he said. A judge sentenced Jan Berg to ten years. \"I am innocent,\" he "
                  "said.",
                  {"-: It will not help,", "Jan Berg: I am innocent,"}},
        // A clause after "but" with its own subject and a verb of saying or
        // of a view held has its own speaker; one with another verb does not.
        QuoteCase{"but_clause_has_its_own_speaker",
                  "Ana Ruiz said the plan would work, but critics fear creating a \"super state\". Omar Haddad said "
                  "the talks went well, but Chile was caught in a \"vicious circle\".",
                  {"critics: super state", "Omar Haddad: vicious circle"}},
        // "Was quoted in <a long medium> as saying": the one quoted speaks;
        // "one buyer said": an unnamed buyer.
        QuoteCase{"quoted_in_a_long_medium",
                  "Omar Haddad, the House speaker, was quoted in the Lima Star and Evening Courier as saying, "
                  "\"We take it seriously.\" \"Prices could rise,\" one buyer said.",
                  {"Omar Haddad: We take it serious", "buyer: Prices could rise,"}},
        // An inversion may open the sentence: "Said X:".
        QuoteCase{"inversion_opens_the_sentence",
                  "The talks resumed. Said Omar Haddad, a Tarsun Corp director: \"There are no glitches.\" "
                  "Said another Tarsun official: \"We are close.\" Describing Jan Berg, his rival, as \"reckless\", "
                  "Ana Ruiz promised reforms.",
                  {"Omar Haddad: There are no glitc", "Tarsun Corp: We are close."}},
        // "urged X to" names the one addressed, not the speaker.
        QuoteCase{"urged_is_no_inversion",
                  "Omar Haddad urged Chile and Peru to \"keep talking\" on Monday.",
                  {"Omar Haddad: keep talking"}},
        // ", saying" after an unknown verb: the sentence's first actor speaks.
        QuoteCase{"saying_after_unknown_verb",
                  "Later Ingrid Dahl sent Omar Haddad her \"best wishes\", saying: \"We look forward to the talks.\"",
                  {"Ingrid Dahl: best wishes", "Ingrid Dahl: We look forward to"}},
        // An attribution closing the sentence, after more words.
        QuoteCase{"closing_attribution",
                  "Ana Ruiz spoke first. Omar Haddad's main task was to \"rebuild trust\" in the region, she said.",
                  {"Ana Ruiz: rebuild trust"}},
        // A quotation continued after an ellipsis.
        QuoteCase{"continued_after_ellipsis",
                  "Ingrid Dahl argued: \"The border must stay open... \"It is the only road for the convoys.\"",
                  {"Ingrid Dahl: The border must st", "Ingrid Dahl: It is the only roa"}},
        // Short scare quotes with no speech verb stay out.
        QuoteCase{"scare_quotes", "The so-called \"peace train\" left Oslo on Monday.", {}},
        // The closing attribution reports the whole sentence, over the
        // subject of the verb the fragment depends on.
        QuoteCase{"closing_attribution_over_subject",
                  "Ana Ruiz spoke in Lima. Omar Haddad would provide an \"open door\" to Peru, Ana Ruiz added.",
                  {"Ana Ruiz: open door"}},
        // "the spokesman" speaks for the organisation the last spokesman
        // named spoke for; after one who spoke for no organisation, for nobody known.
        QuoteCase{"definite_spokesman",
                  "A spokesman for the Andean Council said talks went well. Later the spokesman said: "
                  "\"The next round is in May.\" A Chilean spokesman disagreed. \"It is in June,\" the "
                  "spokesman said.",
                  {"Andean Council: The next round is ", "spokesman: It is in June,"}},
        // A name inside an earlier quotation is not what "he" refers to, and
        // a chain of sentences about "he" passes the reference on.
        QuoteCase{"pronoun_skips_quoted_names",
                  "Omar Haddad spoke in Lima. He said the vote was close. \"Ana Ruiz won fairly,\" he added. "
                  "He also thanked the observers. He praised the count. The result was \"beyond doubt\", he said.",
                  {"Omar Haddad: Ana Ruiz won fairl", "Omar Haddad: beyond doubt"}},
        // "the radio" is the medium named with that noun, though another
        // medium was named since.
        QuoteCase{"medium_named_with_the_noun",
                  "Tarija Radio, monitored by the Daily Courier, said talks failed. The radio said the envoy "
                  "spoke \"after the shelling of the port at dawn.\"",
                  {"Tarija Radio: after the shelling"}},
        // A hard-wrapped line may carry the attribution; a new paragraph may not.
        QuoteCase{"attribution_after_hard_wrap",
                  "Ana Ruiz spoke in Lima.\n    \"The convoy was stopped at the border last\nnight,\"\n"
                  "Omar Haddad said.",
                  {"Omar Haddad: The convoy was sto"}},
        QuoteCase{"no_attribution_after_paragraph_break",
                  "Ana Ruiz spoke in Lima. Then came the rain. \"We will reopen the road,\"\n\nOmar Haddad said.",
                  {"-: We will reopen the"}},
        // Namesakes: "Ms Vik" is the Vik the article named first (the
        // lexicon knows neither), "Sir Karl" the knight of that given name.
        QuoteCase{"namesakes_and_knights",
                  "Tove Vik chaired the talks. Her husband Anders Vik watched. \"We are close,\" Ms Vik said. "
                  "Sir Karl Aune, the mediator, agreed. Sir Karl said: \"The text is nearly ready.\"",
                  {"Tove Vik: We are close,", "Karl Aune: The text is nearly"}},
        // Verbs that characterise: "called the plans", "described it as".
        QuoteCase{"characterising_verbs",
                  "Council chief Ana Ruiz called the plans \"reckless and unworkable\". Union leader Omar "
                  "Haddad described the vote as \"a great day for the workers\".",
                  {"Ana Ruiz: reckless and unwor", "Omar Haddad: a great day for th"}},
        // A verb without an actor for subject passes a fragment on to the
        // verb reporting it; ", adding" keeps the sentence's speaker.
        QuoteCase{"fragment_after_actorless_verb",
                  "Omar Haddad said that few claims were accepted under the \"unfair and cruel\" system. Ana "
                  "Ruiz said the vote was fair, adding it was as if there was an \"iron wall\" between them.",
                  {"Omar Haddad: unfair and cruel", "Ana Ruiz: iron wall"}},
        // "It" after "The Chilean news agency Prensa Andina said": the agency
        // the demonym modifies, not Chile.
        QuoteCase{"it_after_modified_name",
                  "The Chilean news agency Prensa Andina said the talks failed. It said \"the Peruvian "
                  "delegation left the room early.\"",
                  {"Prensa Andina: the Peruvian deleg"}},
        // "the judges said" is an unnamed group, not "it" from "to say";
        // judges who "ruled" speak.
        QuoteCase{"judges",
                  "Ana Ruiz spoke in Lima. It was hard to say the inquiry \"was neither open nor effective\", "
                  "the judges said. Lord Justice Mena ruled that the law \"cannot reach the whole territory\".",
                  {"judges: was neither open n", "Mena: cannot reach the w"}},
        // A passive's agent is the antecedent of "which"; "the" before a
        // named speaker in a closing attribution.
        QuoteCase{"agent_antecedent_and_the",
                  "The plan was welcomed by Peru, which described the ban as a \"relic of the old war\". "
                  "\"The convoy is now moving without trouble,\" the Andean Council said.",
                  {"Peru: relic of the old w", "Andean Council: The convoy is now "}},
        // Described speakers after the quotation: lower-case words, a
        // possessive, a parenthesis; not someone the speaker serves.
        QuoteCase{"described_speakers",
                  "\"Nothing has changed at all,\" an aide to Trade Secretary Per Holm said. Later, \"The plan "
                  "is dead,\" independent analyst Lena Vik told the Daily Courier. \"We need more money,\" Oxfam's "
                  "Ana Ruiz said. \"The vote is close,\" Sen. Omar Haddad (D-Ohio) said.",
                  {"-: Nothing has change", "Lena Vik: The plan is dead,", "Ana Ruiz: We need more money",
                   "Omar Haddad: The vote is close,"}},
        // Inverted attributions with a described or unnamed speaker.
        QuoteCase{"described_inverted_speakers",
                  "\"The drop is no surprise,\" said the Courier's Lena Vik. \"Rates will fall again soon,\" said "
                  "another Chilean bank official. \"He is right about that,\" said former Lima Sen. Omar Haddad.",
                  {"Lena Vik: The drop is no sur", "Chilean bank official: Rates will fall ag",
                   "Omar Haddad: He is right about "}},
        // Adjacent quotations share the speaker; a sentence after a quotation
        // closed by its own full stop is no attribution of it.
        QuoteCase{"adjacent_quotes_and_next_sentence",
                  "\"Why has peace not come?\" Ana Ruiz asked. \"Why is there war in the valley?\" \"How "
                  "can we celebrate?\" She added: \"I wish you peace in your homes.\" A spokesman said "
                  "the council had no comment.",
                  {"Ana Ruiz: Why has peace not ", "Ana Ruiz: Why is there war i", "Ana Ruiz: How can we celebra",
                   "Ana Ruiz: I wish you peace i"}},
        // A fragment inside a reported clause is the reporter's words, also
        // after "after"; a clause opened by "while" has its own speaker.
        // An apposition may stand between the speaker's name and the verb;
        // a surname joins the full name even where its context suggests a place.
        QuoteCase{"apposition_before_verb",
                  "Ana Ruiz spoke first. \"It is a precedent to be encouraged,\" Ruiz, a partner with Vidal, Mena "
                  "and Soto, told the meeting. The plan, according to Ruiz, helps. \"There is more cash now,\" "
                  "she said.",
                  {"Ana Ruiz: It is a precedent ", "Ana Ruiz: There is more cash"}},
        // "talked about a \"...\"": the talker's words.
        QuoteCase{"talked_about_fragment",
                  "Ana Ruiz spoke in Lima, where she talked about a \"new deal for all\".",
                  {"Ana Ruiz: new deal for all"}},
        // An unowned spokesman speaks for the organisation the sentences
        // before reported; after a reported person he stays unnamed.
        QuoteCase{"bare_spokesman_after_organisation",
                  "The Andean Council said it would back the bill. It will press the ministers. \"The bill is "
                  "a start,\" a spokesman said. Omar Haddad said he was pleased. \"We will vote,\" a spokesman "
                  "said.",
                  {"Andean Council: The bill is a star", "spokesman: We will vote,"}},
        // "said the statement": the one who issued it; "the party": the
        // party named last.
        QuoteCase{"statement_and_the_party",
                  "Labour leader Ana Ruiz accepted his decision. In a statement, the party said the remark was "
                  "taken out of context. \"He backs the party's policies,\" said the statement.",
                  {"Labour: He backs the party"}},
        // A quotation inside the first of two verbs joined by "and" does not
        // make its object the second verb's subject.
        // An unnamed spokesperson of a named body speaks for it.
        QuoteCase{"official_of_named_body",
                  "Acme Widget Corp met Peru. \"It went well,\" an Acme Widget Corp official said.",
                  {"Acme Widget Corp: It went well,"}},
        // "He said" after a sentence closed by "..., X said." is X; not the
        // object of a preposition ("an aide to minister Y said").
        QuoteCase{"speaker_of_closing_attribution_continues",
                  "Targets include Omar Haddad and Ana Ruiz, party official Lena Vik said. She said it was "
                  "\"nothing personal at all\".",
                  {"Lena Vik: nothing personal a"}},
        QuoteCase{"aide_to_minister_said",
                  "Peru backs the plan, Omar Haddad, an aide to minister Ana Ruiz said. He said \"it was a good "
                  "day for us\".",
                  {"Omar Haddad: it was a good day "}},
        // A document speaks for whoever issued it: the body naming it, or
        // the subject of the verb it was the object of.
        QuoteCase{"resolution_of_a_body",
                  "The Peruvian Senate adopted a resolution on Monday. \"The tax is unfair to our farmers,\" the "
                  "resolution stated.",
                  {"Senate: The tax is unfair "}},
        QuoteCase{"letter_of_its_writer",
                  "The Acme Widget Corp has written Omar Haddad a letter. \"We cannot accept the plan,\" the March 9 "
                  "letter said.",
                  {"Acme Widget Corp: We cannot accept t"}},
        // An actor owning the subject ("the Lib Dems' policies appealed")
        // is not who speaks; the verb reporting the clause decides.
        QuoteCase{"owner_of_a_subject_does_not_speak",
                  "Lena Vik spoke. She denied this strategy was opportunism, insisting the Labour Party's policies "
                  "on issues such as tuition fees, the council tax and free care for the elderly appealed \"to all "
                  "sides of the spectrum\".",
                  {"Lena Vik: to all sides of th"}},
        // `," a spokesman for X said` after the quote: X.
        QuoteCase{"spokesperson_for_a_body_after_the_quote",
                  "\"It is late,\" a spokesman for the Peruvian Foreign Ministry said. \"It is early,\" one official "
                  "at Acme Widget Corp said.",
                  {"Peruvian Foreign Ministry: It is late,", "Acme Widget Corp: It is early,"}},
        QuoteCase{"quote_before_second_verb",
                  "Omar Haddad accused Labour of \"a downright lie\" and said the \"smear\" was a sign of panic.",
                  {"Omar Haddad: a downright lie", "Omar Haddad: smear"}},
        // An actor a relative clause's verb takes ("who had represented
        // X", "which includes Y") is no speaker of the main verb; an
        // unnamed head before "who" leaves the quotation to the sentence's
        // closing attribution, or to no one (an unattributed fragment is
        // no quotation).
        // A surname alone that no full name ends with is the one person
        // whose surname it spells with a letter doubled or undoubled ("Ms
        // Abbott" after "Diane Abbot").
        QuoteCase{"surname_with_doubled_letter",
                  "Andean MP Lena Abbot spoke. Ms Abbott called it \"painful\". Jon Hassell agreed. \"It is "
                  "late,\" said Mr Hassel.",
                  {"Lena Abbot: painful", "Jon Hassell: It is late,"}},
        // An aide speaks for the person served ("an aide to X said", "said
        // a senior aide to X"), as a spokesman for a body does.
        QuoteCase{"aide_speaks_for_the_one_served",
                  "Omar Haddad met Ana Ruiz. \"They will not budge,\" an aide to Haddad told reporters. "
                  "\"We will not back the bill,\" said a senior aide to Ana Ruiz. An adviser to Haddad said it "
                  "was \"a good deal\".",
                  {"Omar Haddad: They will not budg", "Ana Ruiz: We will not back t", "Omar Haddad: a good deal"}},
        // An unnamed speaker before a relative clause still speaks, and the
        // one told is no speaker ("told reporters").
        QuoteCase{"unnamed_speaker_before_relative_clause",
                  "The Andean Council met on Monday. An Andean Council official, who asked not to be named, told "
                  "reporters: \"We see no problems.\" \"Prices will rise,\" a foreign banker, who requested "
                  "anonymity, told reporters.",
                  {"Andean Council: We see no problems", "foreign banker: Prices will rise,"}},
        QuoteCase{"one_told_is_no_speaker",
                  "The Andean Council met on Monday. The minister, who asked not to be named, told reporters: "
                  "\"We see no problems.\"",
                  {"-: We see no problems"}},
        // A quotation closed by "!" or "?" ends its sentence when the next
        // one opens a quotation of its own; not before its attribution.
        QuoteCase{"question_or_exclamation_ends_the_sentence",
                  "The Andean Council met on Monday. Asked about the vote, Ana Ruiz said: \"Who knows what will "
                  "happen!\"\nAn Andean Council official told Reuters: \"We see no problems.\" \"Why did they vote?\" Omar Haddad asked.",
                  {"Ana Ruiz: Who knows what wil", "Andean Council: We see no problems", "Omar Haddad: Why did they vote?"}},
        // `"...," one said` after a state's people or an unnamed group spoke
        // is one of them; "the officials" after "Chilean officials" are
        // Chile's.
        QuoteCase{"one_of_the_speakers_before",
                  "Chilean officials admitted there is little more they can do. The officials said prices would "
                  "fall. \"We have seen some signs of improvement,\" one said.\n\nWestern diplomats said the "
                  "talks had stalled. \"Nobody wants to move first,\" one of them said.",
                  {"Chile: We have seen some ", "Western diplomats: Nobody wants to mo"}},
        QuoteCase{"company_spokesman_by_its_stem",
                  "Tarsun Corp sold cables to Chile. \"We will appeal,\" a Tarsun spokesman said.",
                  {"Tarsun Corp: We will appeal,"}},
        // A source, an officer or a representative of a body speaks for it,
        // as its spokesman does.
        QuoteCase{"source_speaks_for_the_body",
                  "The Andean Council met on Monday. \"It may come this week,\" an Andean Council source said. A "
                  "representative of the Andean Council said: \"We will wait.\"",
                  {"Andean Council: It may come this w", "Andean Council: We will wait."}},
        QuoteCase{"actor_inside_relative_clause",
                  "The lawyer who had represented Omar Haddad had said the rules were \"weighted overwhelmingly\" "
                  "against him, said Ana Ruiz. The group, which includes Acme Widget Corp, said it bought shares "
                  "for \"capital gains\". Jon Eide - who chairs the committee which monitors the Andean Council - "
                  "said it was \"a disgrace\".",
                  {"Ana Ruiz: weighted overwhelm", "group: capital gains", "Jon Eide: a disgrace"}},
        QuoteCase{"fragment_in_reported_clause",
                  "The row grew after Omar Haddad told members the Andean Council offered a \"hard right agenda\". "
                  "The Andean Council said the plan was fair, while Ana Ruiz criticised \"extravagant\" promises.",
                  {"Omar Haddad: hard right agenda", "Ana Ruiz: extravagant"}},
        // A closing attribution's pronoun stands for the one who speaks, not
        // for whom the words it closes name, and passes its speaker on; the
        // speaker its own sentence names ("said X of Acme Inc." before a
        // quote, the full stop read as the abbreviation's) comes first.
        QuoteCase{"closing_pronoun_passes_speaker_on",
                  "The leader is keen, Omar Haddad, the party's strategist, told Radio 4 on Monday. Mr Eide has "
                  "\"the same passion\" as in 1997, he said. And he confirmed Mr Eide's view that no date had been "
                  "set. He said: \"I am the co-ordinator and I do not know.\"",
                  {"Omar Haddad: the same passion", "Omar Haddad: I am the co-ordina"}},
        // A quotation its paragraph never closes (and the next paragraph
        // does not continue) ends with its first sentence.
        QuoteCase{"unclosed_quotation_ends_with_its_sentence",
                  "Ana Ruiz defended her record, saying the lists were \"only part of the agenda. Omar Haddad, a "
                  "doctor in Lima, said staff wanted calm after \"years of reform\". The lists grew.\n\nJon Eide "
                  "said it was \"a disgrace\".",
                  {"Ana Ruiz: only part of the a", "Omar Haddad: years of reform", "Jon Eide: a disgrace"}},
        // An event naming what a speaker's title is for describes it: `,"
        // said Lima Cup doctor X`.
        QuoteCase{"event_before_speakers_title",
                  "Omar Haddad was hurt at the Lima Cup final. \"He must rest,\" said Lima Cup doctor Ana Ruiz.",
                  {"Ana Ruiz: He must rest,"}},
        QuoteCase{"speaker_before_abbreviation_stop",
                  "\"Prices are weak,\" said Ana Ruiz of Quorvel Holdings Inc. \"Rates will fall soon,\" she said.",
                  {"Ana Ruiz: Prices are weak,", "Ana Ruiz: Rates will fall so"}},
        // A speaker described by an owner the article names nowhere else, a
        // place after the owner, or an apposition whose closing comma is
        // left out.
        QuoteCase{"described_speaker_after_quotation",
                  "\"Prices are weak,\" Quorvel's senior analyst Ana Ruiz said. \"Rates will fall,\" Tarsun's Lima "
                  "branch manager Omar Haddad said. \"It is no taboo,\" Eva Lund, the spokeswoman for Quorvel Bank "
                  "said.",
                  {"Ana Ruiz: Prices are weak,", "Omar Haddad: Rates will fall,", "Eva Lund: It is no taboo,"}},
        // The one person an attribution names, however described: a body
        // the lexicon does not know before the title, a title's holder after
        // a comma, "according to"; not when the words between name no one,
        // or name a new sentence's subject.
        QuoteCase{"described_person_in_attribution",
                  "\"Prices are weak,\" Quorvel Lehman analyst Ana Ruiz said. \"Rates will fall,\" said its "
                  "chairman, Omar Haddad. \"Costs will rise,\" according to Tom Hill, analyst for Tarsun Securities "
                  "Inc. \"How do I look?\" His assistant, Eva Lund, said that he looked well.",
                  {"Ana Ruiz: Prices are weak,", "Omar Haddad: Rates will fall,", "Tom Hill: Costs will rise,",
                   "Tom Hill: How do I look?"}},
        // A closing attribution before a subordinate clause reports the
        // sentence, not the owner of its subject.
        QuoteCase{"attribution_before_subordinate_clause",
                  "The Quorvel Party plans were unveiled on Monday. Ana Ruiz said 160,000 people were settling in "
                  "Peru every year. The plans would bring a \"substantial reduction\" in migration, she said, "
                  "although she could not predict a figure.",
                  {"Ana Ruiz: substantial reduct"}},
        // A longer apposition after the name: a title "of" a body with a
        // parenthesis and no closing comma, or "was quoted as saying".
        QuoteCase{"long_apposition_after_quotation",
                  "\"There is no need for action,\" Ana Ruiz, chief economist of Quorvel Handels- and Tarsun Bank "
                  "(QTB) said. \"We have to talk about the debt,\" Omar Haddad, president of the Lima Industries "
                  "Federation, was quoted as saying.",
                  {"Ana Ruiz: There is no need f", "Omar Haddad: We have to talk ab"}},
        // A body before lower-case words describing the title, a capitalised
        // title after a body, a title's field after "of".
        QuoteCase{"body_and_field_before_speaker",
                  "\"Prices are weak,\" Quorvel Capital energy analyst Ana Ruiz said. \"Rates will fall,\" Senate "
                  "Liberal Leader Omar Haddad said. \"He needs rest,\" director of rugby Eva Lund told reporters.",
                  {"Ana Ruiz: Prices are weak,", "Omar Haddad: Rates will fall,", "Eva Lund: He needs rest,"}},
        // After "said": a body before a title and its holder's name, even
        // past a parenthesis; an unnamed official of a body is the body.
        QuoteCase{"said_body_title_name",
                  "\"Prices are weak,\" said Quorvel Securities (Japan) analyst Ana Ruiz. \"Rates will fall,\" said "
                  "Tarsun Corp general counsel Omar Haddad. \"Sales rose,\" said a Zenbo Corp official.",
                  {"Ana Ruiz: Prices are weak,", "Omar Haddad: Rates will fall,", "Zenbo Corp: Sales rose,"}},
        // A spokesman for a body (also a wire's "<Body>" mark) after
        // "said"; a holder after a comma; an apposition left open after a
        // body's title.
        QuoteCase{"spokesman_holder_and_open_apposition",
                  "\"Sales rose,\" said a spokesman for <Zenbo Corp>, the biggest firm. \"Rates will fall,\" said "
                  "Quorvel Corp technology director, Omar Haddad. \"Trade is good,\" Ana Ruiz, Tarsun Institute "
                  "president said.",
                  {"Zenbo Corp: Sales rose,", "Omar Haddad: Rates will fall,", "Ana Ruiz: Trade is good,"}},
        // A body's title nobody in the article holds is the member of the
        // body named just before; not when someone holds it.
        QuoteCase{"body_title_of_member_named_before",
                  "Tory Omar Haddad spoke on Monday. The Conservative Party co-chairman said Peru had \"done "
                  "nothing for years\" on trade. Tory leader Ana Ruiz and Tory Jan Berg met. The Tory leader said "
                  "the plan was \"a waste of money\" again.",
                  {"Omar Haddad: done nothing for y", "Ana Ruiz: a waste of money"}},
        // A plural owner's possessive before the title.
        QuoteCase{"plural_owner_before_title",
                  "\"Prices are weak,\" Quorvel Securities' top analyst Ana Ruiz said.",
                  {"Ana Ruiz: Prices are weak,"}},
        // So is a singular nationality noun that speaks ("the American",
        // "the Irishman"); "the French" are the country. A name after "the"
        // ends the clause: `," said the Pentagon.`
        QuoteCase{"speaker_named_by_nationality",
                  "Omar Haddad beat Jan Berg. \"I played well,\" said the Peruvian. \"We will act,\" said the "
                  "Pentagon. The French said: \"We disagree with the plan.\"",
                  {"Omar Haddad: I played well,", "Department of Defense: We will act,",
                   "France: We disagree with t"}},
        // A name no lexicon knows after `," said` attributes the quotation:
        // one word, two words tagged news has in no name, and what comes
        // after "of" is the speaker's body.
        QuoteCase{"unknown_name_after_said",
                  "\"The market is weak,\" said Zembrowski of Quorvel Partners. \"Prices will rise sharply,\" "
                  "said Perrin Long.",
                  {"Zembrowski: The market is weak", "Perrin Long: Prices will rise s"}},
        // A state's name that modifies a noun does not speak ("the U.S.
        // economy"); the outer verb's subject does. Its statement does.
        QuoteCase{"state_modifying_a_noun_is_no_speaker",
                  "Tom Medlin noted that the U.S. economy was likely to continue \"a slow and steady growth for "
                  "some time.\" Ana Ruiz said she knew of the large Peruvian trade deficit, but added \"we cannot "
                  "close our markets to anyone.\" The Greek statement said: \"Greece will not give up its rights.\"",
                  {"Tom Medlin: a slow and steady ", "Ana Ruiz: we cannot close ou", "Greece: Greece will not gi"}},
        // An apposition before the verb whose closing comma is left out:
        // the person speaks, not the body of the title.
        QuoteCase{"apposition_without_comma_before_quote",
                  "Ana Ruiz, Quorvel Party health spokesman said: \"It is a disgrace for the whole region.\" "
                  "Omar Haddad, chief economist of the Tarsun Bank said: \"Rates will not move.\"",
                  {"Ana Ruiz: It is a disgrace f", "Omar Haddad: Rates will not mov"}},
        // ", saying" shares the subject of the clause's finite verb, not of
        // an infinitive ("called on the ICO to convene") or a noun in -ing.
        QuoteCase{"participle_past_infinitive",
                  "Tom Hill called on the Quorvel Council to convene another meeting within two months, saying, "
                  "\"We cannot wait any longer for the big producers.\"",
                  {"Tom Hill: We cannot wait any"}},
        // Any demonym whose country lists its plural is such a noun: "the
        // Briton", "the New Zealander" (two words), "the Spaniard".
        QuoteCase{"speaker_named_by_person_demonym",
                  "Ana Ruiz beat Jon Eide. \"It was hard,\" said the New Zealander. Tom Hill won too. \"I am "
                  "tired,\" the Briton said. Jan Berg lost. \"It hurts,\" said the Spaniard.",
                  {"Ana Ruiz: It was hard,", "Tom Hill: I am tired,", "Jan Berg: It hurts,"}},
        // A title, then its holder in apposition, before the verb.
        QuoteCase{"title_then_holder_in_apposition",
                  "\"We will strike,\" the spokesman, Ana Ruiz, said. \"Talks failed,\" union president, Omar "
                  "Haddad, said.",
                  {"Ana Ruiz: We will strike,", "Omar Haddad: Talks failed,"}},
        // "X quoted Y as saying": Y speaks (past a title); "Y was quoted (by
        // X) as saying": Y speaks too.
        QuoteCase{"quoted_as_saying",
                  "\"Prices will rise,\" the agency quoted Omar Haddad as saying. \"Sales fell,\" Zenbo Corp "
                  "quoted chairman Ana Ruiz as saying. \"Talks failed,\" Jan Berg was quoted by Zenbo Corp as "
                  "saying.",
                  {"Omar Haddad: Prices will rise,", "Ana Ruiz: Sales fell,", "Jan Berg: Talks failed,"}},
        // A participle after a comma shares the subject of the verb before
        // it, not of a noun after an owner ("the Tories' call") nor of a
        // passive after "being".
        QuoteCase{"participle_past_owned_noun_and_gerund",
                  "Ana Ruiz spoke. She rejected the Andean Party's call for a quota, saying no \"arbitrary figure\" "
                  "would do. Omar Haddad served on the Lima Council before being elected in 1987, declaring "
                  "\"today Lima, tomorrow Peru\".",
                  {"Ana Ruiz: arbitrary figure", "Omar Haddad: today Lima, tomorr"}},
        // A closing attribution past an auxiliary and a title is the
        // person's ("..., Andean MP Ana Ruiz has insisted."); a passive one
        // ("it has been suggested") names no one.
        QuoteCase{"closing_attribution_past_auxiliary",
                  "Peru should \"stick to its guns\" in the talks with Chile, Andean Party MP Ana Ruiz has insisted. "
                  "Chile builds casinos. New casinos in Peru will be banned from using Chilean tricks to ensure they "
                  "are \"socially responsible\", it has been suggested.",
                  {"Ana Ruiz: stick to its guns"}},
        // A quotation opening the sentence after a phrasal verb of rejection
        // ("brushed off") continues its subject's words.
        QuoteCase{"quotation_after_phrasal_rejection",
                  "Ana Ruiz spoke on Sunday. And she brushed off Andean Party suggestions that she would lose.\n"
                  "\"If you look at the polls, we can win.\"",
                  {"Ana Ruiz: If you look at the"}},
        // A quotation in a clause told to someone is the teller's.
        QuoteCase{"quotation_in_clause_told",
                  "Omar Haddad told Zenbo News the plan was aimed at \"world markets\" and that the figure given "
                  "in press reports \"was probably about right.\"",
                  {"Omar Haddad: world markets", "Omar Haddad: was probably about"}},
        // "the 34-year-old" is the person a "he" or "she" there would be.
        QuoteCase{"speaker_named_by_age",
                  "Omar Haddad lost to Jan Berg in Lima. \"My knee was sore,\" said the 34-year-old. The 34-year-old "
                  "said: \"I will rest now.\"",
                  {"Omar Haddad: My knee was sore,", "Omar Haddad: I will rest now."}},
        // "who" after an apposition that names a body refers to the person
        // described, not to the body.
        QuoteCase{"relative_clause_after_apposition_with_body",
                  "Lord Orvane, head of the Andean Chess Council's ethics unit, who made the call for bans, said "
                  "the fine was \"derisory\".",
                  {"Orvane: derisory"}},
        // One adds to what one has said: "adding" with no comma has the
        // subject of the verb of saying before it.
        QuoteCase{"adding_without_comma",
                  "Andean MP Ana Ruiz said Mr Haddad and Mr Berg had a \"roasting\" from MPs adding: \"It was a "
                  "meeting like no other.\"",
                  {"Ana Ruiz: roasting", "Ana Ruiz: It was a meeting l"}},
        // A quotation right after an attributed one continues it, however
        // long the attribution that closes the sentence between them.
        QuoteCase{"continuation_after_long_attribution",
                  "\"We hoped to win,\" said Ana Ruiz, of the Bethmor Green and Kavor Dahl Conservatives. \"Very "
                  "disappointing indeed.\"",
                  {"Ana Ruiz: We hoped to win,", "Ana Ruiz: Very disappointing"}},
        // A quotation opening a paragraph whose attribution is not
        // understood is not the previous speaker's.
        QuoteCase{"paragraph_quote_with_unread_attribution",
                  "\"Prices will rise,\" said Ana Ruiz.\n\nBanks in Lima said sales were slow.\n\n\"In selling to small buyers, you have to make more "
                  "calls,\" an investment banker pointed out.",
                  {"Ana Ruiz: Prices will rise,", "-: In selling to smal"}},
        // After "said", a title (maybe after its body) and then its holder
        // after a comma, ending the sentence: the holder speaks.
        QuoteCase{"title_then_holder_after_comma",
                  "\"Sales are weak,\" said Zorvan chief economist, Ana Ruiz. \"Costs are high,\" said Tarsun "
                  "director of commercial planning, Omar Haddad.",
                  {"Ana Ruiz: Sales are weak,", "Omar Haddad: Costs are high,"}},
        // One word after a possessive owner attributing a quotation is the
        // one who speaks ("said Nomura's Tanaka").
        QuoteCase{"speaker_after_possessive_owner",
                  "\"Demand will grow,\" said Zorvan's Okada. \"Costs are high,\" said Bank of Lima's Kimura.",
                  {"Okada: Demand will grow,", "Kimura: Costs are high,"}},
        // A pronoun in a fronted clause ("Asked whether he ...,") is not
        // its sentence's subject, so it does not pass the reference on.
        QuoteCase{"pronoun_in_fronted_clause",
                  "Omar Haddad called the plan \"a move onto our turf\". Asked whether he was worried, Carlos Soto "
                  "told reporters: \"Not at all.\" He said the plan was \"absurd\".",
                  {"Omar Haddad: a move onto our tu", "Carlos Soto: Not at all.", "Carlos Soto: absurd"}},
        // An unnamed official a demonym qualifies speaks for the state; a
        // trader or a banker it places does not.
        QuoteCase{"demonym_before_private_person",
                  "Lima wants sugar. A Chilean trader said Lima was worried. \"Restraints on trade persist this year,\" he said. A "
                  "Chilean official said Lima was worried. \"Prices will rise,\" he said.",
                  {"-: Restraints on trad", "Chile: Prices will rise,"}},
        // A body's parenthesis and company suffix before the title.
        QuoteCase{"body_with_parenthesis_and_suffix_before_title",
                  "\"Demand will grow,\" said Zorvan Brothers (Asia) Ltd analyst Ana Ruiz.",
                  {"Ana Ruiz: Demand will grow,"}},
        // An inversion opening the sentence or after a comma names its
        // speaker past a courtesy title, or past a body and its holder's
        // title; a sentence's opening "Said" before a colon is no name.
        QuoteCase{"inversion_past_title_and_body",
                  "Ana Ruiz left Lima. Said Mr Haddad: \"We are pleased with the result.\" The courts, says Mr Eide, "
                  "are \"part of the whole conversation\". Said Tarsun Capital analyst Eva Lund: \"It is a good "
                  "deal.\"",
                  {"Haddad: We are pleased wit", "Eide: part of the whole ", "Eva Lund: It is a good deal."}},
        // A one-word name blended from the beginnings of a company's words
        // is that company; a one-word name heading another company's name
        // is that one's short name, not a blend of the first.
        QuoteCase{"blended_company_name",
                  "Velmar Shipping Co Ltd reported higher profits. \"We expect growth,\" Velship said. Tarfed "
                  "Financial Corp said its Tarsun Federal Bank sold offices. \"We will focus on Lima,\" Tarfed said.",
                  {"Velmar Shipping Co Ltd: We expect growth,", "Tarfed Financial Corp: We will focus on L"}},
        // The second half of a hyphenated modifier is no word of an unnamed
        // speaker: "the Lima-based company" is a company.
        QuoteCase{"hyphenated_modifier_before_unnamed_speaker",
                  "\"We will appeal,\" the Lima-based company said. \"Prices will rise,\" a Quito-based trader said.",
                  {"company: We will appeal,", "trader: Prices will rise,"}}));

// In an undated article, a known holder's title before his name dates it:
// "the prime minister" is the one of Chancellor Gordon Brown's years (Tony
// Blair), not Brown, who held the office later.
TEST_F(ExtractorTest, TitlesOfKnownHoldersDateAnUndatedArticle) {
  const std::string text =
      "Tony Blair gave a speech. It drew a line under his rift with Chancellor Gordon Brown. The prime minister "
      "said: \"We will win a third term.\"";
  Extraction x = ExtractText(text, std::string(kUnknownDate));
  ASSERT_EQ(x.quotes.size(), 1u);
  ASSERT_GE(x.quotes[0].speaker, 0);
  EXPECT_EQ(x.entities[x.quotes[0].speaker].name, "Tony Blair");
  // "The chancellor" is the holder of "chancellor of the exchequer"; trusting
  // someone is cooperation (05), distrusting criticism (11).
  Extraction chancellor = ExtractText(
      "Tony Blair's feud with Gordon Brown is damaging. The chancellor is on a tour of Africa. He insisted he "
      "still trusted Mr Blair. Michael Howard said he distrusts Mr Blair.",
      std::string(kUnknownDate));
  EXPECT_THAT(Relations(chancellor), ::testing::IsSupersetOf({"Gordon Brown 05 Tony Blair", "Michael Howard 11 Tony Blair"}));
}

// A territory's first minister is a known holder too; a title qualified by
// another body ("the SNP's Holyrood leader") dates nothing, so "the first
// minister" of an undated article stays the one named.
TEST_F(ExtractorTest, QualifiedTitlesDateNothing) {
  Extraction x = ExtractText(
      "Jack McConnell spoke about drinking in Scotland. The Scottish National Party's Holyrood leader Nicola "
      "Sturgeon wrote to him. The first minister said: \"My words were distorted.\"",
      std::string(kUnknownDate));
  ASSERT_EQ(x.quotes.size(), 1u);
  ASSERT_GE(x.quotes[0].speaker, 0);
  EXPECT_EQ(x.entities[x.quotes[0].speaker].name, "Jack McConnell");
  EXPECT_THAT(Relations(x), ::testing::Contains("Jack McConnell AFF Scotland (first minister)"));
}

// A surname the lexicon knows for two office holders (Michael Howard of the
// Conservatives, John Howard of Australia) is the one whose party or state
// the article names: "the Tory leader" refers to him.
TEST_F(ExtractorTest, SurnameOfTwoKnownHoldersIsTheOneOfTheArticlesBody) {
  Extraction x = ExtractText(
      "The Tories sacked a candidate. At a news conference, Mr Howard defended the party's rules. The Tory "
      "leader, who argues he is ensuring honesty, said: \"We do not say one thing in private.\"",
      std::string(kUnknownDate));
  ASSERT_EQ(x.quotes.size(), 1u);
  ASSERT_GE(x.quotes[0].speaker, 0);
  EXPECT_EQ(x.entities[x.quotes[0].speaker].name, "Howard");
  EXPECT_THAT(Relations(x), ::testing::Contains("Howard AFF Conservative Party (leader)"));
}

// The bills, plans and schemes an article writes about are one policy,
// named as the article names it; speech that judges it is aimed at it, but
// not when it judges an act done to it; a plan to act is no event.
TEST_F(ExtractorTest, PoliciesAreOneEventThatSpeechJudges) {
  Extraction x = ExtractText(
      "The Andean Council will back the Water Reform Bill. Ana Ruiz said the plans were dangerous. Omar Haddad "
      "attacked the scheme. Lena Vik has defended plans to lift the embargo.");
  EXPECT_THAT(Relations(x), ::testing::IsSupersetOf({"Andean Council 05 Water Reform Bill [future]",
                                                     "Ana Ruiz 11 Water Reform Bill",
                                                     "Omar Haddad 11 Water Reform Bill"}));
  for (const Entity& e : x.entities) {
    EXPECT_FALSE(e.type == EntityType::kEvent && e.name.starts_with("plan")) << "a plan to act is an event: " << e.name;
    EXPECT_FALSE(e.type == EntityType::kEvent && e.name.starts_with("scheme")) << "a second policy: " << e.name;
  }
  // A treaty is a policy of another kind: it stays apart from the bill.
  Extraction treaty = ExtractText("Peru signed the Lima Treaty. Ana Ruiz backed the bill. Omar Haddad said the "
                                  "treaty was flawed.");
  EXPECT_THAT(Relations(treaty), ::testing::IsSupersetOf({"Omar Haddad 11 Lima treaty", "Ana Ruiz 05 bill (2024-05-01)"}));
  Extraction acted_on = ExtractText(
      "Chile imposed an arms embargo on Peru. Ana Ruiz said lifting the arms embargo would be irresponsible. "
      "Omar Haddad said his plan to remove the embargo was worrying.");
  for (const std::string& line : Relations(acted_on)) {
    EXPECT_THAT(line, ::testing::Not(::testing::StartsWith("Ana Ruiz 11"))) << line;
    EXPECT_THAT(line, ::testing::Not(::testing::StartsWith("Omar Haddad 11 embargo"))) << line;
  }
}

// An attribution cut off at the end of the text ("said the") reads no
// token past the end (the sanitizer build checks) and names no speaker.
TEST_F(ExtractorTest, AttributionCutOffAtTheEnd) {
  Extraction x = ExtractText("In a statement, Peru said it agreed. \"We agree with Chile,\" said the");
  ASSERT_EQ(x.quotes.size(), 1u);
  EXPECT_LT(x.quotes[0].speaker, 0);
}

// A reporter's second predicate is looked up one step back only: a long
// chain of "and warned it would" neither recurses deeply nor crashes.
// An attribution cut off after its article, at the end of the text, is
// read without looking past the last token (the sanitizer build checks).
TEST_F(ExtractorTest, AttributionCutOffAfterItsArticle) {
  Extraction x = Run("Ana Ruiz said \"the plan is fine,\" the");
  ASSERT_EQ(x.quotes.size(), 1u);
  EXPECT_EQ(x.quotes[0].text, "the plan is fine,");
}

TEST_F(ExtractorTest, ChainedReportedClausesDoNotRecurse) {
  std::string text = "Chile warned it would";
  for (int i = 0; i < 3000; ++i) text += " and warned it would";
  text += " go.";
  Extraction x = Run(text);
  EXPECT_GE(EntityNamed(x, "Chile"), 0);
}

TEST_F(ExtractorTest, HostileTextStaysVerbatimInOutputJson) {
  Extraction x = Run("Officials named \"}\\\" <script>\" said that Ivan Petrov met Jon Eide in Oslo.\x01");
  std::string json;
  AppendExtractionJson(x, &json);
  ASSERT_EQ(json.back(), '\n');
  EXPECT_EQ(std::count(json.begin(), json.end(), '\n'), 1);  // exactly one line
  rapidjson::Document parsed;
  parsed.Parse(json.c_str(), json.size() - 1);
  ASSERT_FALSE(parsed.HasParseError());
  EXPECT_EQ(std::string(parsed["document"]["id"].GetString()), "t");
  EXPECT_TRUE(parsed["entities"].IsArray());
}

TEST_F(ExtractorTest, ParallelExtractionIsIdenticalToSerial) {
  std::vector<Document> docs;
  for (int i = 0; i < 40; ++i) {
    Document d;
    d.id = "d" + std::to_string(i);
    d.date = "2024-01-01";
    d.text = "Ingrid Dahl met Samuel Otieno in Oslo. Dahl said: \"Number " + std::to_string(i) +
             " is a good start for us all.\"";
    docs.push_back(d);
  }
  auto extractor = NewExtractor("rules", &TestLexicon());
  auto run = [&](int threads) {
    std::string out;
    ExtractInOrder(*extractor, docs, threads, [&](Extraction x) { AppendExtractionJson(x, &out); });
    return out;
  };
  std::string one = run(1);
  EXPECT_EQ(run(2), one);
  EXPECT_EQ(run(4), one);
  EXPECT_THAT(one, HasSubstr("\"id\":\"d39\""));
}

// Results arrive in submission order whatever the window and thread count,
// also when the window fills again and again and the work takes uneven time.
TEST(DocumentPipelineTest, DeliversInOrderForEveryWindow) {
  struct Case {
    int threads;
    size_t window;
  };
  for (Case c : {Case{1, 1}, Case{2, 1}, Case{2, 2}, Case{2, 3}, Case{4, 5}, Case{3, 8}, Case{2, 1000}}) {
    std::vector<std::string> delivered;
    {
      DocumentPipeline<std::string> pipeline(
          c.threads, c.window,
          [](Document d) {
            // Uneven work: some documents take far longer than others.
            size_t spin = d.text.size() % 7 == 0 ? 200000 : 10;
            volatile size_t sink = 0;
            for (size_t i = 0; i < spin; ++i) sink = sink + i;
            return d.id;
          },
          [&](std::string id) { delivered.push_back(std::move(id)); });
      for (int i = 0; i < 300; ++i) {
        Document d;
        d.id = std::to_string(i);
        d.text = std::string(static_cast<size_t>(i), 'x');
        pipeline.Submit(std::move(d));
      }
      // The destructor finishes the rest.
    }
    ASSERT_EQ(delivered.size(), 300u) << c.threads << " threads, window " << c.window;
    for (int i = 0; i < 300; ++i) {
      ASSERT_EQ(delivered[static_cast<size_t>(i)], std::to_string(i)) << c.threads << " threads, window " << c.window;
    }
  }
}

TEST(ExtractorFactoryTest, UnknownNameIsNull) {
  EXPECT_EQ(NewExtractor("neural", &TestLexicon()), nullptr);
  EXPECT_NE(NewExtractor("rules", &TestLexicon()), nullptr);
}

// A lexicon row with a bad field is an error naming the file and line.
TEST(LexiconTest, BadMutualFlagNamesFileAndLine) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("actorgraph-lexicon-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(ACTORGRAPH_TEST_DATA_DIR, dir, fs::copy_options::recursive);
  std::ofstream(dir / "event_verbs.tsv", std::ios::app) << "zap\t18\tzap|zaps|zapped|zapping\tmaybe\n";
  auto lexicon = Lexicon::Load(dir.string());
  ASSERT_FALSE(lexicon.ok());
  EXPECT_THAT(std::string(lexicon.status().message()), HasSubstr("event_verbs.tsv:"));
  EXPECT_THAT(std::string(lexicon.status().message()), HasSubstr("direction is \"maybe\""));
  fs::remove_all(dir);
}

TEST(LexiconTest, PlaceCountryMustBeACountry) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("actorgraph-places-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(ACTORGRAPH_TEST_DATA_DIR, dir, fs::copy_options::recursive);
  std::ofstream(dir / "places.tsv", std::ios::app) << "Zapville\t\tcity\tAtlantis\n";
  auto lexicon = Lexicon::Load(dir.string());
  ASSERT_FALSE(lexicon.ok());
  EXPECT_THAT(std::string(lexicon.status().message()), HasSubstr("places.tsv:"));
  EXPECT_THAT(std::string(lexicon.status().message()), HasSubstr("\"Atlantis\" is no country"));
  fs::remove_all(dir);
}

TEST(LexiconTest, MediumHomeMustBeACountry) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("actorgraph-media-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(ACTORGRAPH_TEST_DATA_DIR, dir, fs::copy_options::recursive);
  std::ofstream(dir / "news_media.tsv", std::ios::app) << "Yonhap\tAtlantis\n";
  auto lexicon = Lexicon::Load(dir.string());
  ASSERT_FALSE(lexicon.ok());
  EXPECT_THAT(std::string(lexicon.status().message()), HasSubstr("news_media.tsv:"));
  EXPECT_THAT(std::string(lexicon.status().message()), HasSubstr("home \"Atlantis\" is not a country"));
  fs::remove_all(dir);
}

TEST(LexiconTest, HomeOfMedium) {
  const Lexicon& lex = TestLexicon();
  ASSERT_NE(lex.HomeOfMedium("BBC"), nullptr);
  EXPECT_EQ(*lex.HomeOfMedium("BBC"), "United Kingdom");
  EXPECT_EQ(lex.HomeOfMedium("Reuters"), nullptr);  // an international wire
  EXPECT_EQ(lex.HomeOfMedium("United Nations"), nullptr);  // no medium
}

// The article's source outlet gives the home state of an unqualified
// government office when the article itself does not.
TEST(SourceHomeStateTest, NationalOutletGivesTheHomeState) {
  const std::string text =
      "Unions in Britain held a strike on Friday. Home Secretary Ana Ruiz said offices stayed open.";
  struct Case {
    std::string source;
    bool affiliated;
  };
  for (const Case& c : {Case{"BBC News", true}, Case{"Reuters", false}, Case{"", false}, Case{"Andean Weekly", false}}) {
    Document doc;
    doc.id = "t";
    doc.date = "2004-11-05";
    doc.source = c.source;
    doc.text = text;
    std::vector<std::string> got = RelationLines(NewExtractor("rules", &TestLexicon())->Extract(doc));
    if (c.affiliated) {
      EXPECT_THAT(got, ::testing::Contains("Ana Ruiz AFF United Kingdom (home secretary)")) << c.source;
    } else {
      EXPECT_THAT(got, ::testing::Not(::testing::Contains("Ana Ruiz AFF United Kingdom (home secretary)"))) << c.source;
    }
  }
}

// A national outlet's story need not name its state for a shadow title to
// belong to that state's opposition of the year.
TEST(SourceHomeStateTest, NationalOutletGivesTheOpposition) {
  const std::string text =
      "Labour held a rally on Friday. Ana Ruiz, the shadow education secretary, said schools stayed open.";
  for (const auto& [source, affiliated] : {std::pair{"BBC News", true}, std::pair{"Reuters", false}}) {
    Document doc;
    doc.id = "t";
    doc.date = "1987-04-07";
    doc.source = source;
    doc.text = text;
    std::vector<std::string> got = RelationLines(NewExtractor("rules", &TestLexicon())->Extract(doc));
    EXPECT_EQ(affiliated, ::testing::Matches(::testing::Contains("Ana Ruiz AFF Labour (shadow education secretary)"))(got))
        << source << ": " << ::testing::PrintToString(got);
  }
}

TEST(LexiconTest, CountryOfPlace) {
  const Lexicon& lex = TestLexicon();
  ASSERT_NE(lex.CountryOfPlace("Basra"), nullptr);
  EXPECT_EQ(*lex.CountryOfPlace("Basra"), "Iraq");
  EXPECT_EQ(lex.CountryOfPlace("Kashmir"), nullptr);       // disputed
  EXPECT_EQ(lex.CountryOfPlace("Persian Gulf"), nullptr);  // a sea between states
  EXPECT_EQ(lex.CountryOfPlace("Iraq"), nullptr);          // a country is no place of places.tsv
}

// A demonym is a noun for one person when its country's row lists its plural.
TEST(LexiconTest, PersonDemonyms) {
  const Lexicon& lex = TestLexicon();
  for (std::string_view noun : {"American", "Briton", "New Zealander", "Irishman", "Israeli", "spaniard", "German", "Frenchman"})
    EXPECT_TRUE(lex.IsPersonDemonym(noun)) << noun;
  for (std::string_view other : {"French", "British", "Chinese", "Americans", "Irish", "Paris"})
    EXPECT_FALSE(lex.IsPersonDemonym(other)) << other;
}

// data/word_classes.tsv as shipped: lower-case classes match lower case
// only, company suffixes as written; words of a class come sorted.
TEST(LexiconTest, WordClasses) {
  const Lexicon& lex = TestLexicon();
  EXPECT_TRUE(lex.HasWordClass(WordClass::kPlaceNoun, "town"));
  EXPECT_FALSE(lex.HasWordClass(WordClass::kPlaceNoun, "Town"));
  EXPECT_FALSE(lex.HasWordClass(WordClass::kPlaceNoun, "troops"));
  EXPECT_TRUE(lex.HasWordClass(WordClass::kAuxiliaryVerb, "won't"));
  EXPECT_TRUE(lex.HasWordClass(WordClass::kAddressingVerb, "speak at"));
  EXPECT_TRUE(lex.HasWordClass(WordClass::kCompanySuffix, "Plc"));
  EXPECT_FALSE(lex.HasWordClass(WordClass::kCompanySuffix, "pLC"));
  EXPECT_FALSE(lex.HasWordClass(WordClass::kCompanySuffix, "town"));  // classes are apart
  EXPECT_THAT(lex.WordsOfClass(WordClass::kGovernmentTitle),
              ElementsAre("attorney general", "chancellor", "minister", "secretary", "solicitor general"));
}

// A bad word_classes.tsv is an error naming the file, the line and the fault.
TEST(LexiconTest, BadWordClassesNameFileAndLine) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("actorgraph-word-classes-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(ACTORGRAPH_TEST_DATA_DIR, dir, fs::copy_options::recursive);
  std::string good;
  {
    std::ifstream in(dir / "word_classes.tsv", std::ios::binary);
    good.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  ASSERT_FALSE(good.empty());
  ASSERT_EQ(good.back(), '\n');
  // 1-based number of the (last) line holding `needle`.
  auto line_of = [](const std::string& text, const std::string& needle) {
    size_t at = text.rfind(needle);
    return std::to_string(1 + std::count(text.begin(), text.begin() + std::min(at, text.size()), '\n'));
  };
  const std::string appended = std::to_string(1 + std::count(good.begin(), good.end(), '\n'));
  const std::string last_row = good.substr(good.rfind('\n', good.size() - 2) + 1);
  std::string without_visits;  // no row of class visit_noun
  {
    std::istringstream lines(good);
    for (std::string line; std::getline(lines, line);) {
      if (!line.ends_with("\tvisit_noun")) without_visits += line + "\n";
    }
  }
  std::string bad_header = good;
  bad_header.replace(bad_header.find("word\tclass\n"), 11, "word\tkind\n");
  struct Case {
    std::string what;
    std::string text;     // the whole file
    std::string message;  // expected in the error, after the path
  };
  const std::vector<Case> cases = {
      {"unknown class", good + "zebra\tzoo_animal\n", ":" + appended + ": unknown word class \"zoo_animal\""},
      {"missing column", good + "zebra\n", ":" + appended + ": expected 2 tab-separated columns, found 1"},
      {"extra column", good + "zebra\tplace_noun\tx\n", ":" + appended + ": expected 2 tab-separated columns, found 3"},
      {"unsorted class", good + "zzz\tacceptance_verb\n",
       ":" + appended + ": not sorted: \"zzz\" (acceptance_verb) must come before line " + line_of(good, last_row)},
      {"unsorted word", good + "aaa\t" + last_row.substr(last_row.find('\t') + 1),
       ":" + appended + ": not sorted: \"aaa\""},
      {"row twice", good + last_row, ":" + appended + ": \"" + last_row.substr(0, last_row.find('\t')) + "\" is listed twice"},
      {"upper case", good + "Town\tplace_noun\n", ":" + appended + ": \"Town\" must be lower case"},
      {"empty word", good + "\tplace_noun\n", ":" + appended + ": empty word"},
      {"wrong header", bad_header, ":" + line_of(bad_header, "word\tkind") + ": header must be"},
      {"empty class", without_visits, ": no word of class \"visit_noun\""},
  };
  for (const Case& c : cases) {
    std::ofstream(dir / "word_classes.tsv", std::ios::binary | std::ios::trunc) << c.text;
    auto lexicon = Lexicon::Load(dir.string());
    ASSERT_FALSE(lexicon.ok()) << c.what;
    EXPECT_THAT(std::string(lexicon.status().message()), HasSubstr("word_classes.tsv" + c.message)) << c.what;
  }
  std::ofstream(dir / "word_classes.tsv", std::ios::binary | std::ios::trunc) << good;
  EXPECT_TRUE(Lexicon::Load(dir.string()).ok());
  fs::remove_all(dir);
}

TEST(LexiconTest, MissingDirectoryNamesTheFile) {
  auto lexicon = Lexicon::Load("/nonexistent-actorgraph-data");
  ASSERT_FALSE(lexicon.ok());
  EXPECT_THAT(std::string(lexicon.status().message()), HasSubstr("/nonexistent-actorgraph-data/"));
}

}  // namespace
}  // namespace actorgraph::extract
