#include "scoring/normalise.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace smo::scoring;

namespace {
std::string words(std::string_view in) {
    NormalisedText n;
    normalise(in, n);
    return n.text;
}
} // namespace

TEST_CASE("normalise folds case, diacritics and punctuation") {
    CHECK(words("Burn-out") == " burn out ");
    CHECK(words("Reïntegratie géén PROBLEEM") == " reintegratie geen probleem ");
    CHECK(words("z'n rug") == " z n rug ");
    CHECK(words("Straße, œuvre") == " strasse , oeuvre ");
    CHECK(words("IJsbeer ĳs") == " ijsbeer ijs ");
}

TEST_CASE("sentence ends and commas become tokens, except in numbers and abbreviations") {
    CHECK(words("Hij kan dat. Zij niet!") == " hij kan dat . zij niet . ");
    CHECK(words("5,8 procent en 5.000 euro") == " 5 8 procent en 5 000 euro ");
    CHECK(words("bijv. tillen") == " bijv tillen ");
    CHECK(words("om 10:30 uur") == " om 10 30 uur ");
    CHECK(words("epilepsie - hij had - ") == " epilepsie , hij had , ");
    CHECK(words("") == " ");
}

TEST_CASE("offsets map normalised bytes back to the original UTF-8") {
    NormalisedText n;
    std::string text = "Géén burn-out";
    normalise(text, n);
    auto pos = n.text.find("burn out");
    REQUIRE(pos != std::string::npos);
    auto [b, e] = n.source_range(static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + 8));
    CHECK(text.substr(b, e - b) == "burn-out");
    auto g = n.text.find("geen");
    auto [gb, ge] = n.source_range(static_cast<std::uint32_t>(g), static_cast<std::uint32_t>(g + 4));
    CHECK(text.substr(gb, ge - gb) == "Géén");
    CHECK(n.tokens.front().capitalised);
}

TEST_CASE("capitals of Latin Extended-A, also where they sit on odd code points") {
    // Ł (U+0141) and Ž (U+017D) are capitals on odd code points, Ś (U+015A) on an even one.
    for (const char* word : {"Łukasz", "Žaneta", "Środa", "Ádám"}) {
        NormalisedText n;
        normalise(std::string(word) + " werkt", n);
        CHECK_MESSAGE(n.tokens.front().capitalised, word);
    }
    for (const char* word : {"łukasz", "žaneta", "środa"}) {
        NormalisedText n;
        normalise(std::string(word) + " werkt", n);
        CHECK_MESSAGE(!n.tokens.front().capitalised, word);
    }
}

TEST_CASE("invalid UTF-8 never crashes and separates words") {
    std::string bad = "ab\xff\xfe"
                      "cd\xc3"
                      "\xe2\x82"
                      "ef\xed\xa0\x80gh";
    NormalisedText n;
    normalise(bad, n);
    CHECK(n.text == " ab cd ef gh ");
    for (std::size_t i = 0; i < n.text.size(); ++i)
        CHECK(n.src_end[i] <= bad.size());
}

TEST_CASE("normalise_term keeps wildcards and drops punctuation") {
    CHECK(normalise_term("*Klachten") == "*klachten");
    CHECK(normalise_term("antidepressiv*") == "antidepressiv*");
    CHECK(normalise_term("art. 29b") == "art 29b");
    CHECK(normalise_term("...") == "");
}
