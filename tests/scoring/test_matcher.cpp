#include "scoring/analyser.hpp"
#include "scoring/lexicon.hpp"
#include "scoring/matcher.hpp"

#include <doctest/doctest.h>
#include <set>
#include <string>

using namespace smo::scoring;

namespace {

Lexicon make_lexicon(const std::string& category, const std::string& entries_json) {
    Lexicon lex;
    std::vector<smo::json::Diagnostic> errors;
    std::string text = R"({"schema_version":1,"language":"nl","category":")" + category + R"(","entries":)" +
                       entries_json + "}";
    REQUIRE(parse_lexicon_file(text, "test.json", lex, errors));
    return lex;
}

// Terms found in `text`, as "term@original-substring".
std::set<std::string> found(const Lexicon& lex, const std::string& text) {
    Analyser an(lex);
    Analysis a;
    an.analyse(text, a);
    std::set<std::string> out;
    for (const Hit& h : a.hits) {
        auto [b, e] = a.norm.source_range(h.nbegin, h.nend);
        out.insert(lex.entries[h.entry].term + "@" + text.substr(b, e - b));
    }
    return out;
}

} // namespace

TEST_CASE("whole words only, with simple inflection") {
    auto lex = make_lexicon("diagnosis", R"(["hernia", "migraine", "griep"])");
    CHECK(found(lex, "Hij heeft een hernia.") == std::set<std::string>{"hernia@hernia"});
    CHECK(found(lex, "Twee hernia's en migraines") ==
          std::set<std::string>{"hernia@hernia", "migraine@migraines"});
    CHECK(found(lex, "een griepje") == std::set<std::string>{"griep@griepje"});
    CHECK(found(lex, "herniatest").empty()); // as a modifier only before a medical head
    CHECK(found(lex, "rughernia") == std::set<std::string>{"hernia@rughernia"}); // as the head of a compound
    CHECK(found(lex, "griepvaccinatie").empty()); // 5 letters: never inside a compound
}

TEST_CASE("wildcards let a term end or start a compound") {
    auto lex = make_lexicon("symptom", R"(["*klachten", {"term": "antidepressiv*"}])");
    CHECK(found(lex, "rugklachten") == std::set<std::string>{"*klachten@rugklachten"});
    CHECK(found(lex, "klachten") == std::set<std::string>{"*klachten@klachten"});
    CHECK(found(lex, "antidepressiva") == std::set<std::string>{"antidepressiv*@antidepressiva"});
}

TEST_CASE("multi-word terms and pronoun slots, never across a comma") {
    auto lex = make_lexicon("hints", R"([{"term": "iets met {pron} hart", "implies": "diagnosis"}])");
    CHECK(found(lex, "Het is iets met z'n hart.") ==
          std::set<std::string>{"iets met {pron} hart@iets met z'n hart"});
    CHECK(found(lex, "iets met haar hart").size() == 1);
    CHECK(found(lex, "iets met, haar hart").empty());
}

TEST_CASE("typos within one edit of a lexicon word are corrected, known words are not") {
    auto lex = make_lexicon("diagnosis", R"(["diabetes", "psychiater", "de scheiding"])");
    CHECK(found(lex, "met jouw diabetis") == std::set<std::string>{"diabetes@diabetis"});
    CHECK(found(lex, "een psygiater") == std::set<std::string>{"psychiater@psygiater"});
    CHECK(found(lex, "door de scheidnig") == std::set<std::string>{"de scheiding@de scheidnig"});
    CHECK(found(lex, "diabetes").size() == 1);
    Lexicon with_known = lex;
    std::vector<smo::json::Diagnostic> errors;
    REQUIRE(parse_lexicon_file(
        R"({"schema_version":1,"language":"nl","cue":"known_word","entries":["diabetis"]})", "k.json",
        with_known, errors));
    CHECK(found(with_known, "met jouw diabetis").empty());
}

TEST_CASE("phonetic key and edit distance") {
    CHECK(phonetic_key("psychiater") == phonetic_key("psygiater"));
    CHECK(phonetic_key("antidepressiva") == phonetic_key("antidepresiva"));
    CHECK(within_one_edit("scheiding", "scheidnig"));
    CHECK(within_one_edit("diabetes", "diabetis"));
    CHECK_FALSE(within_one_edit("diabetes", "dibetis"));
}

TEST_CASE("verb forms and verb-last order") {
    auto lex = make_lexicon("judgement", R"(["aanstellen", "is gescheiden"])");
    CHECK(found(lex, "dat hij zich aanstelt").size() == 1);
    CHECK(found(lex, "dat ze gescheiden is").size() == 1);
}

TEST_CASE("offsets of matches point into the original UTF-8 text") {
    auto lex = make_lexicon("diagnosis", R"(["burn-out"])");
    std::string text = "Zij — échte burnout? Nee: Burn-Out.";
    Analyser an(lex);
    Analysis a;
    an.analyse(text, a);
    REQUIRE(a.hits.size() == 1);
    auto [b, e] = a.norm.source_range(a.hits[0].nbegin, a.hits[0].nend);
    CHECK(text.substr(b, e - b) == "Burn-Out");
}

TEST_CASE("a name inside a clause stands where a term has a personal pronoun") {
    Lexicon lex;
    std::vector<smo::json::Diagnostic> errors;
    REQUIRE(parse_lexicon_file(
        R"({"schema_version":1,"language":"nl","cue":"secrecy","entries":["hoeft ze niet te weten", "zonder hem erbij"]})",
        "s.json", lex, errors));
    CHECK(found(lex, "Dit hoeft Lotte niet te weten.") ==
          std::set<std::string>{"hoeft ze niet te weten@hoeft Lotte niet te weten"});
    CHECK(found(lex, "Liever zonder Kevin erbij.") ==
          std::set<std::string>{"zonder hem erbij@zonder Kevin erbij"});
    CHECK(found(lex, "dit hoeft lotte niet te weten").empty()); // not capitalised: not a name
    CHECK(found(lex, "Dit hoeft Lotte, niet te weten").empty());
}

TEST_CASE("a compound whose last part is a phonetic variant of a compound-capable word is corrected") {
    auto lex = make_lexicon("symptom", R"(["*klachten"])");
    CHECK(found(lex, "Je rugklagten zijn nog niet over") == std::set<std::string>{"*klachten@rugklagten"});
    CHECK(found(lex, "Je rugklachten zijn nog niet over") == std::set<std::string>{"*klachten@rugklachten"});
}

TEST_CASE("an individual reference never takes a plural") {
    Lexicon lex;
    std::vector<smo::json::Diagnostic> errors;
    REQUIRE(parse_lexicon_file(
        R"({"schema_version":1,"language":"nl","cue":"individual","entries":["die vrouw", "die collega"]})",
        "i.json", lex, errors));
    CHECK(found(lex, "die vrouw op de afdeling").size() == 1);
    CHECK(found(lex, "die vrouwen op de afdeling").empty());
    CHECK(found(lex, "die collega's op de afdeling").empty());
}

TEST_CASE("filler words inside a phrase do not hide it") {
    auto lex = make_lexicon("symptom", R"(["slaapt onrustig", "een scheiding"])");
    CHECK(found(lex, "Ze slaapt de laatste tijd erg onrustig.") ==
          std::set<std::string>{"slaapt onrustig@slaapt de laatste tijd erg onrustig"});
    CHECK(found(lex, "Ze gaat door een moeilijke scheiding.") ==
          std::set<std::string>{"een scheiding@een moeilijke scheiding"});
    CHECK(found(lex, "Ze slaapt, erg onrustig.").empty()); // never across a comma
}
