// "Bedoelde je ...?": edit distance, thresholds and the nearest candidate.
#include "core/did_you_mean.hpp"

#include <doctest/doctest.h>
#include <string>
#include <string_view>
#include <vector>

using namespace smo::core;

TEST_CASE("edit distance counts inserts, deletes, substitutions and swaps of neighbours") {
    CHECK(edit_distance("prompt", "prompt") == 0);
    CHECK(edit_distance("promt", "prompt") == 1);   // missing letter
    CHECK(edit_distance("prrompt", "prompt") == 1); // extra letter
    CHECK(edit_distance("prempt", "prompt") == 1);  // wrong letter
    CHECK(edit_distance("pormpt", "prompt") == 1);  // two letters swapped: one edit, not two
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("kitten", "sitting") == 3);
    // Beyond the limit the answer is only "more than the limit".
    CHECK(edit_distance("aaaaaaaa", "bbbbbbbb", 2) == 3);
    CHECK(edit_distance("a", "abcdefgh", 2) == 3);
}

TEST_CASE("the threshold grows with the length of the word") {
    CHECK(typo_threshold("lg") == 1);
    CHECK(typo_threshold("next") == 1);
    CHECK(typo_threshold("prompt") == 2);
    CHECK(typo_threshold("speakers") == 2);
    CHECK(typo_threshold("model_answer") == 3);
}

TEST_CASE("the nearest known key or id is suggested, case-insensitively") {
    std::vector<std::string_view> keys{"id", "kind", "prompt", "options", "next"};
    CHECK(nearest("promt", keys) == std::optional<std::string>("prompt"));
    CHECK(nearest("Opties", keys) == std::optional<std::string>("options")); // the Dutch word
    CHECK(nearest("optoins", keys) == std::optional<std::string>("options"));
    CHECK(nearest("NEXT", keys) == std::optional<std::string>("next"));
    CHECK(nearest("zzzzzz", keys) == std::nullopt);
    CHECK(nearest("prompt", keys) == std::nullopt); // a known key is no typo
    CHECK(did_you_mean("promt", keys) == ". Bedoelde je 'prompt'?");
    CHECK(did_you_mean("xyz", keys).empty());
}

TEST_CASE("ids: ties go to the first candidate and short words need a close match") {
    std::vector<std::string> nodes{"keuze_1", "keuze_2", "einde"};
    CHECK(nearest("keuze_3", nodes) == std::optional<std::string>("keuze_1"));
    CHECK(nearest("eind", nodes) == std::optional<std::string>("einde"));
    std::vector<std::string> goals{"LG1", "LG2"};
    CHECK(nearest("LG9", goals) == std::optional<std::string>("LG1"));
    CHECK(nearest("xy", std::vector<std::string>{"a"}) == std::nullopt); // nothing of "a" would remain
    CHECK(nearest("", goals) == std::nullopt);
}
