// Spelling help (issue 13 item 5): Debian's Dutch dictionary through nuspell, off the frame loop.
#include "core/spell_checker.hpp"
#include "core/spelling_service.hpp"

#include <doctest/doctest.h>

using namespace smo::core;

namespace {
const SpellChecker& dutch() {
    static const std::unique_ptr<SpellChecker> checker = [] {
        std::string error;
        auto c = SpellChecker::load(SpellChecker::default_dutch_dictionary(), error);
        REQUIRE_MESSAGE(c != nullptr, error); // scripts/install-deps.sh installs hunspell-nl
        return c;
    }();
    return *checker;
}
} // namespace

TEST_CASE("words keep inner hyphens and apostrophes, typographic quotes and dashes separate") {
    const std::string text = "Ze heeft een burn-out, zo'n ‘hernai’ — echt.";
    const auto words = split_words(text);
    REQUIRE(words.size() == 7);
    CHECK(words[0].word == "Ze");
    CHECK(words[0].sentence_start);
    CHECK(words[3].word == "burn-out");
    CHECK(words[4].word == "zo'n");
    CHECK(words[5].word == "hernai");
    CHECK(text.substr(words[5].offset, 6) == "hernai");
    CHECK_FALSE(words[5].sentence_start);
}

TEST_CASE("the Dutch dictionary knows Dutch and suggests for misspelled medical words") {
    CHECK(dutch().known("zwanger"));
    CHECK(dutch().known("werkplekonderzoek")); // a compound
    CHECK_FALSE(dutch().known("hernai"));
    const auto unknown = dutch().check("Gisteren zei Kees dat zijn hernai weer opspeelt.");
    REQUIRE(unknown.size() == 1); // "Kees" is a name, not a spelling error
    CHECK(unknown[0].word == "hernai");
    CHECK(unknown[0].offset == std::string("Gisteren zei Kees dat zijn ").size());
    REQUIRE(!unknown[0].suggestions.empty());
    CHECK(unknown[0].suggestions.front() == "hernia");
    CHECK(unknown[0].suggestions.size() <= 3);
    CHECK(dutch().check("Het UWV en HR overleggen in week 42.").empty()); // abbreviations, numbers
    CHECK(dutch().check("").empty());
}

TEST_CASE("a check stops between words when it is cancelled") {
    int asked = 0;
    const auto unknown = dutch().check("hernai gestresst depresie", 3, [&] { return ++asked > 1; });
    CHECK(unknown.size() == 1);
}

TEST_CASE("a missing dictionary is an error that says which package to install") {
    std::string error;
    CHECK(SpellChecker::load("/nonexistent/nl.aff", error) == nullptr);
    CHECK(error.find("hunspell-nl") != std::string::npos);
    SpellingService service("/nonexistent/nl.aff");
    service.request("hernai");
    service.wait_idle();
    CHECK(service.error().find("hunspell-nl") != std::string::npos);
    CHECK_FALSE(service.result("hernai").has_value());
}

TEST_CASE("the service answers the latest text it was asked about") {
    SpellingService service;
    service.request("Hij is gestresst.");
    service.request("Ze heeft een hernai.");
    service.wait_idle();
    REQUIRE(service.error().empty());
    const auto latest = service.result("Ze heeft een hernai.");
    REQUIRE(latest.has_value());
    REQUIRE(latest->size() == 1);
    CHECK((*latest)[0].word == "hernai");
    CHECK_FALSE(service.result("Something never asked").has_value());
}
