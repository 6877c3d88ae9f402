// Headless strategies: parsing, choices per strategy, determinism, scripted answers.
#include "core/play_strategies.hpp"
#include "runtime_fixture.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <fstream>

using namespace smo::core;
using smo::test::FakeEvaluator;
using smo::test::runtime_scenario;

namespace {
Runtime played(const FakeEvaluator& eval, const std::string& spec) {
    std::string error;
    auto strategy = parse_strategy(spec, error);
    REQUIRE_MESSAGE(strategy, error);
    Runtime rt(runtime_scenario(), eval);
    Player player(*strategy);
    auto result = play_to_end(rt, player);
    REQUIRE_MESSAGE(result.finished, result.error);
    return rt;
}
const TranscriptEntry& at_node(const Runtime& rt, const std::string& node, EntryKind kind) {
    for (const auto& e : rt.transcript())
        if (e.node_id == node && e.kind == kind) return e;
    FAIL("no entry for " << node);
    return rt.transcript().front();
}
} // namespace

TEST_CASE("strategy specs parse, and bad ones explain why") {
    std::string error;
    CHECK(parse_strategy("first", error)->kind == StrategyKind::First);
    CHECK(parse_strategy("random:42", error)->seed == 42u);
    CHECK_FALSE(parse_strategy("random:", error));
    CHECK_FALSE(parse_strategy("random:x1", error));
    CHECK_FALSE(parse_strategy("smart", error));
    CHECK(error.find("smart") != std::string::npos);
    CHECK_FALSE(parse_strategy("answers:/nonexistent/answers.json", error));
}

TEST_CASE("answers files: strings, item lists and {items, words}") {
    std::string error;
    auto answers = parse_answers(R"(["goed", ["a_func"], {"items": ["a_dur"], "words": "Tot dan."}])", error);
    REQUIRE(answers);
    CHECK_FALSE(answers->start); // the list form has no start block
    CHECK(answers->answers.at(0).text == "goed");
    CHECK(answers->answers.at(1).items == std::vector<std::string>{"a_func"});
    CHECK(answers->answers.at(2).text == "Tot dan.");
    CHECK_FALSE(parse_answers(R"({"a": 1})", error));
    CHECK_FALSE(parse_answers(R"([1])", error));
    CHECK_FALSE(parse_answers(R"([[1]])", error));
}

TEST_CASE("best avoids violations and takes credit, worst does the opposite") {
    FakeEvaluator eval;
    Runtime best = played(eval, "best");
    CHECK(at_node(best, "c1", EntryKind::Choice).option_id == "func");
    CHECK(at_node(best, "comp", EntryKind::Compose).items == std::vector<std::string>{"a_func", "a_dur"});
    CHECK(at_node(best, "ft", EntryKind::FreeText).text == "Pas het werk aan.");
    CHECK(at_node(best, "obs", EntryKind::Observe).correct == true);
    CHECK(at_node(best, "q", EntryKind::Quiz).correct == true);
    CHECK(best.state().node_id == "good_end");

    Runtime worst = played(eval, "worst");
    CHECK(at_node(worst, "c1", EntryKind::Choice).option_id == "diag");
    CHECK(at_node(worst, "comp", EntryKind::Compose).items.size() == 3);
    CHECK(at_node(worst, "ft", EntryKind::FreeText).text == "Ze heeft een hernia.");
    CHECK(at_node(worst, "obs", EntryKind::Observe).correct == false);
    CHECK(at_node(worst, "q", EntryKind::Quiz).correct == false);
    CHECK(worst.state().node_id == "bad_end");

    Runtime first = played(eval, "first");
    CHECK(at_node(first, "c1", EntryKind::Choice).option_id == "func");
    CHECK(at_node(first, "obs", EntryKind::Observe).judgement == "acceptable");
}

TEST_CASE("random play is reproducible per seed") {
    FakeEvaluator eval;
    for (int seed = 0; seed < 10; ++seed) {
        Runtime a = played(eval, "random:" + std::to_string(seed));
        Runtime b = played(eval, "random:" + std::to_string(seed));
        CHECK(a.state() == b.state());
        CHECK(a.transcript().size() == b.transcript().size());
    }
}

TEST_CASE("answers:FILE plays option ids, texts, judgements and compose lists in order") {
    smo::test::TempDir tmp;
    auto file = tmp.path() / "answers.json";
    std::ofstream(file) << R"(["Individueel", "func", ["a_func"], "Pas het werk aan.", "CONF-DIAG", "w6", "beiden"])";
    FakeEvaluator eval;
    Runtime rt = played(eval, "answers:" + file.string());
    CHECK(at_node(rt, "voorbespreking/v1", EntryKind::Question).option_id == "goed");
    CHECK(at_node(rt, "comp", EntryKind::Compose).items == std::vector<std::string>{"a_func"});

    std::ofstream(file) << R"(["goed", "bestaat-niet"])";
    std::string error;
    auto strategy = parse_strategy("answers:" + file.string(), error);
    REQUIRE(strategy);
    Runtime short_rt(runtime_scenario(), eval);
    Player player(*strategy);
    auto result = play_to_end(short_rt, player);
    CHECK_FALSE(result.finished);
    CHECK(result.error.find("bestaat-niet") != std::string::npos);
}

TEST_CASE("the step limit stops a run that does not end") {
    FakeEvaluator eval;
    Runtime rt(runtime_scenario(), eval);
    Player player(Strategy{});
    auto result = play_to_end(rt, player, 3);
    CHECK_FALSE(result.finished);
    CHECK(result.actions == 3);
    CHECK_FALSE(result.error.empty());
}
