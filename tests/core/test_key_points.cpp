// Key points of a free-text answer (core/key_points.hpp): matching, the validator's checks, and the
// runtime's credits, on the runtime test scenario with key points added to its free-text node.
#include "core/key_points.hpp"
#include "core/runtime.hpp"
#include "core/scenario_validator.hpp"
#include "runtime_fixture.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace smo;
using namespace smo::core;

namespace {

KeyPoint point(std::string id, std::vector<std::string> match) {
    KeyPoint k;
    k.id = id;
    k.text = "punt " + id;
    k.match = std::move(match);
    return k;
}

// The runtime scenario with key points on its free-text node "ft"; `patch` is merged into that node.
std::string with_key_points(const std::string& patch) {
    auto doc = nlohmann::ordered_json::parse(test::kRuntimeScenario);
    for (auto& n : doc["nodes"])
        if (n["id"] == "ft") n.merge_patch(nlohmann::ordered_json::parse(patch));
    return doc.dump(2);
}

constexpr const char* kTwoOfThree = R"({
  "model_answer": "Ik adviseer een werkplekonderzoek en tilhulpen; neem het mee in de RI&E.",
  "key_points": [
    {"id": "werkplek", "text": "werkplekonderzoek", "match": ["werkplekonderzoek"]},
    {"id": "hulp", "text": "tilhulpen", "match": ["tilhulp*"]},
    {"id": "rie", "text": "de RI&E", "match": ["RI&E", "risico-inventarisatie"]}],
  "key_points_needed": 2})";

bool has_code(const std::vector<Diagnostic>& diags, DiagCode code) {
    return std::any_of(diags.begin(), diags.end(), [&](const Diagnostic& d) { return d.code == code; });
}

} // namespace

TEST_CASE("key points: whole words after normalisation, '*' for longer words") {
    CHECK(names_key_point(point("a", {"RI&E"}), "Neem het mee in de ri&e, graag."));
    CHECK(names_key_point(point("a", {"risico-inventarisatie"}), "De Risico Inventarisatie moet nieuw."));
    CHECK(names_key_point(point("a", {"preventief consult"}), "Bied een PREVENTIEF consult aan."));
    CHECK(names_key_point(point("a", {"tilhulp*"}), "Zet tilhulpen neer."));
    CHECK(names_key_point(point("a", {"heuphoogte"}), "Zware dozen op héúphoogte."));
    // Whole words only: no match inside another word, and no open end without '*'.
    CHECK_FALSE(names_key_point(point("a", {"tillen"}), "Het bleef stillen op de vloer."));
    CHECK_FALSE(names_key_point(point("a", {"tilhulp"}), "Zet tilhulpen neer."));
    CHECK_FALSE(names_key_point(point("a", {"werkplekonderzoek"}), ""));
}

TEST_CASE("key points: coverage in the node's order, and how many are needed") {
    Node n;
    n.credits = {"LG2", "LG5"};
    n.key_points = {point("a", {"werkplekonderzoek"}), point("b", {"roulatie"}), point("c", {"pago"})};
    CHECK_FALSE(key_point_coverage(Node{}, "iets").has_value()); // a node without key points
    auto all = key_point_coverage(n, "Een PAGO en roulatie.");
    REQUIRE(all);
    CHECK(all->needed == 3); // all of them when the node does not say
    CHECK(all->covered == std::vector<std::string>{"punt b", "punt c"});
    CHECK(all->missed == std::vector<std::string>{"punt a"});
    CHECK(all->goal == "LG2");
    CHECK_FALSE(all->met());
    n.key_points_needed = 2;
    CHECK(key_point_coverage(n, "Een PAGO en roulatie.")->met());
    n.key_points_needed = 7; // more than there are: all
    CHECK(key_points_needed(n) == 3);
}

TEST_CASE("the validator: the model answer must meet its key points, and the counts must add up") {
    auto ok = check_scenario_text(with_key_points(kTwoOfThree), "kp.json");
    CHECK_FALSE(has_code(ok.diagnostics, DiagCode::KeyPointsUnmet));
    REQUIRE(ok.loaded.scenario);
    const Node* ft = ok.loaded.scenario->find_node("ft");
    REQUIRE(ft);
    CHECK(ft->key_points.size() == 3);
    CHECK(ft->key_points_needed == 2);

    auto unmet = check_scenario_text(
        with_key_points(R"({"key_points": [{"id": "x", "text": "roulatie", "match": ["roulatie"]}]})"), "kp.json");
    const auto it = std::find_if(unmet.diagnostics.begin(), unmet.diagnostics.end(),
                                 [](const Diagnostic& d) { return d.code == DiagCode::KeyPointsUnmet; });
    REQUIRE(it != unmet.diagnostics.end());
    CHECK(it->pointer == "/nodes/4/model_answer"); // the node "ft"
    CHECK(it->message.find("'roulatie'") != std::string::npos);

    auto too_many = check_scenario_text(with_key_points(std::string(kTwoOfThree).replace(
                                            std::string(kTwoOfThree).find("\"key_points_needed\": 2"), 22,
                                            "\"key_points_needed\": 4")),
                                        "kp.json");
    CHECK(has_code(too_many.diagnostics, DiagCode::InvalidValue));

    auto empty_phrase = check_scenario_text(
        with_key_points(R"({"key_points": [{"id": "x", "text": "iets", "match": [""]}]})"), "kp.json");
    CHECK(has_code(empty_phrase.diagnostics, DiagCode::InvalidValue));

    auto typo = check_scenario_text(
        with_key_points(R"({"key_points": [{"id": "x", "text": "iets", "zoek": ["a"]}]})"), "kp.json");
    CHECK(has_code(typo.diagnostics, DiagCode::UnknownField));
    CHECK(has_code(typo.diagnostics, DiagCode::MissingField));
}

TEST_CASE("the runtime credits a free text only when enough key points are named") {
    auto loaded = load_scenario_text(with_key_points(kTwoOfThree), "kp.json");
    REQUIRE(loaded.ok());
    test::FakeEvaluator fake;
    auto play_to_free_text = [&](Runtime& rt) {
        for (int i = 0; i < 40 && rt.phase() != Phase::FreeText; ++i) {
            switch (rt.phase()) {
            case Phase::Question: REQUIRE(rt.choose("goed").ok); break;
            case Phase::Choice: REQUIRE(rt.choose("func").ok); break;
            case Phase::Compose: REQUIRE(rt.compose({"a_func"}, "").ok); break;
            default: REQUIRE(rt.advance().ok); break;
            }
        }
        REQUIRE(rt.phase() == Phase::FreeText);
    };
    Runtime enough(loaded.scenario, fake);
    play_to_free_text(enough);
    REQUIRE(enough.submit("Een werkplekonderzoek en de RI&E.").ok);
    const TranscriptEntry& good = enough.transcript().back();
    REQUIRE(good.key_points);
    CHECK(good.key_points->met());
    CHECK(good.goals_credited == std::vector<std::string>{"LG2"});

    Runtime short_of(loaded.scenario, fake);
    play_to_free_text(short_of);
    REQUIRE(short_of.submit("Pas het werk aan.").ok);
    const TranscriptEntry& vague = short_of.transcript().back();
    REQUIRE(vague.key_points);
    CHECK(vague.key_points->covered.empty());
    CHECK(vague.key_points->missed.size() == 3);
    CHECK(vague.goals_credited.empty()); // lawful, but without what the answer had to name
}

TEST_CASE("the editor's one-line form of a key point's phrases") {
    CHECK(phrases_from_text(" tilhulp* ,heuphoogte,, roulatie ") ==
          std::vector<std::string>{"tilhulp*", "heuphoogte", "roulatie"});
    CHECK(phrases_from_text("").empty());
    CHECK(phrases_text({"RI&E", "plan van aanpak"}) == "RI&E, plan van aanpak");
    const std::vector<std::string> phrases{"a b", "c*"};
    CHECK(phrases_from_text(phrases_text(phrases)) == phrases); // the round trip the editor makes
}
