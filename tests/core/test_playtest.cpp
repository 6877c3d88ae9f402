// Playtest from any node (core/playtest.hpp) and test plans (answers files with a start block):
// the meeting derived at a node, chosen variables and prior disclosures, located errors, and
// write_test_plan -> parse_answers -> Player replaying the same transcript.
#include "core/play_strategies.hpp"
#include "core/playtest.hpp"
#include "core/scenario_library.hpp"
#include "core/session_scoring.hpp"
#include "runtime_fixture.hpp"
#include "scoring/engine_fixture.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <fstream>

using namespace smo::core;
using smo::test::FakeEvaluator;
using smo::test::runtime_scenario;

namespace {

std::shared_ptr<const Scenario> bundled(const std::string& id) {
    auto checked = check_scenario_file(smo::test::source_dir() / "scenarios" / (id + ".json"));
    REQUIRE_MESSAGE(checked.ok(), "scenario " << id << " does not load");
    return checked.loaded.scenario;
}

std::vector<std::string> bundled_ids() {
    std::vector<std::string> ids;
    for (const auto& e : std::filesystem::directory_iterator(smo::test::source_dir() / "scenarios"))
        if (e.path().extension() == ".json" && e.path().stem() != "scenario.schema")
            ids.push_back(e.path().stem().string());
    std::sort(ids.begin(), ids.end());
    return ids;
}

Runtime playtest(std::shared_ptr<const Scenario> s, const smo::scoring::StatementEvaluator& eval,
                 const PlaytestSetup& setup) {
    std::string error;
    auto rt = start_playtest(std::move(s), eval, setup, error);
    REQUIRE_MESSAGE(rt, error);
    return std::move(*rt);
}

/// Who did what at which node, turn by turn: what a replay must reproduce.
std::vector<std::string> actions(const Runtime& rt) {
    std::vector<std::string> out;
    for (const auto& e : rt.transcript()) {
        std::string items;
        for (const auto& i : e.items)
            items += i + ",";
        out.push_back(e.turn_id + "|" + e.node_id + "|" + std::string(to_id(e.kind)) + "|" + e.option_id +
                      "|" + items + "|" + e.words + "|" + e.judgement + "|" + e.text + "|" +
                      (e.prior ? "prior" : ""));
    }
    return out;
}

/// Plays `plan_text` (an answers file) on a fresh runtime: from its start block, else from the beginning.
Runtime replay(const std::shared_ptr<const Scenario>& s, const smo::scoring::StatementEvaluator& eval,
               const std::string& plan_text) {
    std::string error;
    auto plan = parse_answers(plan_text, error);
    REQUIRE_MESSAGE(plan, error);
    Runtime rt = plan->start ? playtest(s, eval, *plan->start) : Runtime(s, eval);
    Player player(Strategy{StrategyKind::Answers, 0, plan->answers, plan->start});
    auto result = play_to_end(rt, player);
    CHECK_MESSAGE(result.finished, result.error);
    return rt;
}

std::vector<std::string> ids(const std::vector<const Participant*>& ps) {
    std::vector<std::string> out;
    for (const auto* p : ps)
        out.push_back(p->id);
    return out;
}

std::string parse_error(const std::string& text) {
    std::string error;
    auto plan = parse_answers(text, error);
    CHECK_FALSE(plan);
    return error;
}

} // namespace

TEST_CASE("playtest_meeting walks the shortest path from start: case and people of the second case") {
    auto s = bundled("zorggroep_linde_smo");
    // ba_volgende_casus lets yusuf in and marco out; yusuf_opent switches to ricardo's case.
    auto m = playtest_meeting(*s, "keuze_informeren");
    CHECK(m.note.empty());
    REQUIRE(m.path.size() >= 3);
    CHECK(m.path.front() == s->start);
    CHECK(m.path.back() == "keuze_informeren");
    CHECK(m.arrival.case_id == "ricardo");
    CHECK(m.arrival.present == std::vector<std::string>{"coas", "ba", "sanne", "yusuf"});
    CHECK(m.at_node == m.arrival);

    // At the node that changes the people: arrival before its enter/leave, at_node after.
    auto door = playtest_meeting(*s, "ba_volgende_casus");
    CHECK(door.arrival.case_id == "els");
    CHECK(door.arrival.present == std::vector<std::string>{"coas", "ba", "marco", "sanne"});
    CHECK(door.at_node.present == std::vector<std::string>{"coas", "ba", "sanne", "yusuf"});

    // The start node: the opening meeting (more than one case, so none chosen yet).
    auto open = playtest_meeting(*s, s->start);
    CHECK(open.path == std::vector<std::string>{s->start});
    CHECK(open.arrival == opening_meeting(*s));
    CHECK(open.arrival.case_id.empty());
}

TEST_CASE("playtest_meeting: an unreachable or unknown node falls back to the start state and says so") {
    auto loaded =
        load_scenario_file(smo::test::source_dir() / "tests/fixtures/scenarios/SC013_unreachable.json");
    REQUIRE(loaded.scenario);
    auto m = playtest_meeting(*loaded.scenario, "los");
    CHECK(m.path.empty());
    CHECK(m.arrival == opening_meeting(*loaded.scenario));
    CHECK(m.note.find("'los'") != std::string::npos);
    CHECK(m.note.find("niet bereikbaar") != std::string::npos);

    auto unknown = playtest_meeting(*loaded.scenario, "nergens");
    CHECK(unknown.path.empty());
    CHECK(unknown.note.find("'nergens' bestaat niet") != std::string::npos);

    // It can still be playtested: from the opening meeting.
    FakeEvaluator eval;
    Runtime rt = playtest(loaded.scenario, eval, default_playtest_setup(*loaded.scenario, "los"));
    CHECK(rt.state().node_id == "los");
    CHECK(rt.state().present == opening_meeting(*loaded.scenario).present);
}

TEST_CASE("start_playtest starts in the script at a mid node of a bundled scenario, no voorbespreking") {
    auto s = bundled("zorggroep_linde_smo");
    const auto& eval = smo::test::engine();
    PlaytestSetup setup = default_playtest_setup(*s, "keuze_informeren");
    CHECK(setup.node_id == "keuze_informeren");
    REQUIRE(setup.vars.size() == s->variables.size());
    for (const auto& v : s->variables)
        CHECK(setup.vars.at(v.id) == v.initial);
    CHECK(setup.prior_items.empty());

    Runtime rt = playtest(s, eval, setup);
    CHECK(rt.state().stage == Stage::Script);
    CHECK(rt.phase() == Phase::Choice);
    REQUIRE(rt.current_node() != nullptr);
    CHECK(rt.current_node()->id == "keuze_informeren");
    REQUIRE(rt.current_case() != nullptr);
    CHECK(rt.current_case()->id == "ricardo");
    CHECK(ids(rt.present_participants()) == std::vector<std::string>{"coas", "ba", "sanne", "yusuf"});
    CHECK(rt.transcript().empty());
    CHECK(decisions_taken(rt.transcript()) == 0);

    // The first choice is judged in that meeting: Ricardo's case, with his own manager present.
    REQUIRE(rt.choose("kort_functioneel").ok);
    const auto& turn = rt.transcript().back();
    CHECK(turn.case_id == "ricardo");
    CHECK(turn.present == std::vector<std::string>{"coas", "ba", "sanne", "yusuf"});
    CHECK(turn.turn_id == "t1");
}

TEST_CASE("chosen variable values are clamped, and they are the values on arrival") {
    auto s = bundled("zorggroep_linde_smo");
    FakeEvaluator eval;
    PlaytestSetup setup = default_playtest_setup(*s, "keuze_diagnose");
    setup.vars["vertrouwen"] = 99;        // max 10
    setup.vars["druk"] = -7;              // min 0
    setup.vars["medisch_vastgelegd"] = 5; // a flag: 1
    Runtime rt = playtest(s, eval, setup);
    CHECK(rt.state().vars.at("vertrouwen") == 10);
    CHECK(rt.state().vars.at("druk") == 0);
    CHECK(rt.state().vars.at("medisch_vastgelegd") == 1);

    // A variable not given starts at its initial value.
    PlaytestSetup partial{"keuze_diagnose", {{"druk", 3}}, {}};
    Runtime p = playtest(s, eval, partial);
    CHECK(p.state().vars.at("vertrouwen") == 5);
    CHECK(p.state().vars.at("druk") == 3);

    // marco_vraag adds 1 to druk when entered: the chosen value is the one it arrives with.
    PlaytestSetup arrive{"marco_vraag", {{"druk", 2}}, {}};
    Runtime a = playtest(s, eval, arrive);
    CHECK(a.state().vars.at("druk") == 3);
    CHECK(a.state().case_id == "els"); // the node's own case applies too

    // The values steer the way on: with told set, the quiz leads to the bad end.
    auto small = runtime_scenario();
    Runtime told = playtest(small, eval, PlaytestSetup{"q", {{"told", 1}}, {}});
    REQUIRE(told.choose("w6").ok);
    REQUIRE(told.advance().ok);
    CHECK(told.state().node_id == "bad_end");
    Runtime trusted = playtest(small, eval, PlaytestSetup{"q", {{"told", 0}, {"trust", 6}}, {}});
    REQUIRE(trusted.choose("w6").ok);
    REQUIRE(trusted.advance().ok);
    CHECK(trusted.state().node_id == "good_end");
}

TEST_CASE("unknown node, variable or item: no runtime, a Dutch error naming it and where") {
    auto s = runtime_scenario();
    FakeEvaluator eval;
    std::string error;

    auto no_node = start_playtest(s, eval, PlaytestSetup{"comq", {}, {}}, error);
    CHECK_FALSE(no_node);
    CHECK(error.find("knoop 'comq' bestaat niet") != std::string::npos);
    CHECK(error.find("Bedoelde je 'comp'?") != std::string::npos);
    CHECK(check_playtest_setup(*s, PlaytestSetup{"comq", {}, {}})->pointer == "/node");

    PlaytestSetup bad_var{"comp", {{"trust", 1}, {"trsut", 2}}, {}};
    CHECK_FALSE(start_playtest(s, eval, bad_var, error));
    CHECK(error.find("variabele 'trsut' bestaat niet") != std::string::npos);
    CHECK(error.find("Bedoelde je 'trust'?") != std::string::npos);
    CHECK(check_playtest_setup(*s, bad_var)->pointer == "/vars/trsut");

    PlaytestSetup bad_item{"comp", {}, {"a_func", "a_fnuc"}};
    CHECK_FALSE(start_playtest(s, eval, bad_item, error));
    CHECK(error.find("dossieritem 'a_fnuc' bestaat niet") != std::string::npos);
    CHECK(check_playtest_setup(*s, bad_item)->pointer == "/prior_items/1");

    PlaytestSetup twice{"comp", {}, {"a_func", "a_dur", "a_func"}};
    CHECK_FALSE(start_playtest(s, eval, twice, error));
    CHECK(error.find("twee keer") != std::string::npos);
    CHECK(check_playtest_setup(*s, twice)->pointer == "/prior_items/2");

    CHECK_FALSE(check_playtest_setup(*s, PlaytestSetup{"comp", {{"trust", 100}}, {"b_func"}}));
}

TEST_CASE("Runtime::start_at refuses a meeting the scenario does not have") {
    auto s = runtime_scenario();
    FakeEvaluator eval;
    std::string error;
    StartPoint start{"comp", {}, Meeting{{"coas", "nobody"}, "a", ""}, {}};
    CHECK_FALSE(Runtime::start_at(s, eval, start, error));
    CHECK(error.find("deelnemer 'nobody'") != std::string::npos);
    start.meeting = Meeting{{"coas"}, "zz", ""};
    CHECK_FALSE(Runtime::start_at(s, eval, start, error));
    CHECK(error.find("casus 'zz'") != std::string::npos);
    start.meeting = Meeting{{"coas"}, "a", "team"};
    CHECK_FALSE(Runtime::start_at(s, eval, start, error));
    CHECK(error.find("eenheid 'team'") != std::string::npos);
    // Present participants are kept in scenario order, as the runtime always has them.
    start.meeting = Meeting{{"lg", "coas"}, "a", ""};
    auto rt = Runtime::start_at(s, eval, start, error);
    REQUIRE_MESSAGE(rt, error);
    CHECK(rt->state().present == std::vector<std::string>{"coas", "lg"});
}

TEST_CASE("prior disclosures are transcript entries before the node, not turns and not in the plan") {
    auto s = runtime_scenario();
    FakeEvaluator eval;
    PlaytestSetup setup{"comp", {}, {"a_diag", "b_func"}};
    Runtime rt = playtest(s, eval, setup);
    REQUIRE(rt.transcript().size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        const auto& e = rt.transcript()[i];
        CAPTURE(i);
        CHECK(e.prior);
        CHECK(e.by_trainee);
        CHECK(e.node_id == kPriorNodeId);
        CHECK(e.kind == EntryKind::Compose);
        CHECK(e.turn_id == "t" + std::to_string(i + 1));
        CHECK(e.items == std::vector<std::string>{setup.prior_items[i]});
        CHECK_FALSE(e.evaluation);
        CHECK_FALSE(e.before); // not a retry point
    }
    const auto& diag = rt.transcript()[0];
    REQUIRE(diag.disclosed.size() == 1);
    CHECK(diag.disclosed[0].category == "diagnosis");
    CHECK(diag.disclosed[0].item_id == "a_diag");
    CHECK(diag.text == "Ze heeft een hernia.");
    CHECK(diag.speaker == "coas");
    CHECK(rt.transcript()[1].disclosed[0].category == "functional");
    CHECK(decisions_taken(rt.transcript()) == 0);
    CHECK(rt.retry_points().empty());

    REQUIRE(rt.compose({"a_func"}, "").ok);
    CHECK(rt.transcript().back().turn_id == "t3");
    CHECK(decisions_taken(rt.transcript()) == 1);
    auto records = rt.turn_records();
    REQUIRE(records.size() == 1);
    CHECK(records[0].turn_id == "t3");
    CHECK(score_runtime(rt).violations == 0); // the prior diagnosis is not this playtest's breach

    std::string plan_text = write_test_plan(rt, setup);
    std::string error;
    auto plan = parse_answers(plan_text, error);
    REQUIRE_MESSAGE(plan, error);
    REQUIRE(plan->answers.size() == 1);
    CHECK(plan->answers[0].items == std::vector<std::string>{"a_func"});
    REQUIRE(plan->start);
    CHECK(plan->start->prior_items == setup.prior_items);
    // Without a start block the priors are simply left out.
    auto list = parse_answers(write_test_plan(rt, std::nullopt), error);
    REQUIRE(list);
    CHECK_FALSE(list->start);
    CHECK(list->answers.size() == 1);
}

TEST_CASE("write_test_plan writes the documented format") {
    FakeEvaluator eval;
    Runtime rt(runtime_scenario(), eval);
    Player best(Strategy{StrategyKind::Best, 0, {}});
    REQUIRE(play_to_end(rt, best).finished);
    CHECK(write_test_plan(rt, std::nullopt) == R"([
  "goed",
  "func",
  {
    "items": [
      "a_func",
      "a_dur"
    ],
    "words": ""
  },
  "Pas het werk aan.",
  "CONF-DIAG",
  "w6",
  "beiden"
]
)");

    Runtime from_obs =
        playtest(runtime_scenario(), eval, PlaytestSetup{"obs", {{"told", 0}, {"trust", 6}}, {"a_dur"}});
    REQUIRE(play_to_end(from_obs, best).finished);
    CHECK(write_test_plan(from_obs, PlaytestSetup{"obs", {{"told", 0}, {"trust", 6}}, {"a_dur"}}) == R"({
  "start": {
    "node": "obs",
    "vars": {
      "told": 0,
      "trust": 6
    },
    "prior_items": [
      "a_dur"
    ]
  },
  "answers": [
    "CONF-DIAG",
    "w6",
    "beiden"
  ]
}
)");
}

TEST_CASE("a written test plan replays the same transcript from the start (every bundled scenario)") {
    const auto& eval = smo::test::engine();
    for (const auto& id : bundled_ids()) {
        auto s = bundled(id);
        for (StrategyKind kind : {StrategyKind::Best, StrategyKind::Worst, StrategyKind::Random}) {
            CAPTURE(id);
            CAPTURE(static_cast<int>(kind));
            Runtime rt(s, eval);
            Player player(Strategy{kind, 7, {}});
            auto result = play_to_end(rt, player);
            REQUIRE_MESSAGE(result.finished, result.error);
            std::string plan = write_test_plan(rt, std::nullopt);
            Runtime again = replay(s, eval, plan);
            CHECK(actions(again) == actions(rt));
            CHECK(again.state() == rt.state());
            CHECK(write_test_plan(again, std::nullopt) == plan);
        }
    }
}

TEST_CASE("a written test plan replays the same transcript from a mid node, with vars and priors") {
    const auto& eval = smo::test::engine();
    auto s = bundled("zorggroep_linde_smo");
    PlaytestSetup setup = default_playtest_setup(*s, "keuze_informeren");
    setup.vars["vertrouwen"] = 2;
    setup.prior_items = {"els_functioneel", "ricardo_klachten"};
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        CAPTURE(seed);
        Runtime rt = playtest(s, eval, setup);
        Player player(Strategy{StrategyKind::Random, seed, {}});
        auto result = play_to_end(rt, player);
        REQUIRE_MESSAGE(result.finished, result.error);
        std::string plan = write_test_plan(rt, setup);
        std::string error;
        auto parsed = parse_answers(plan, error);
        REQUIRE_MESSAGE(parsed, error);
        REQUIRE(parsed->start);
        CHECK(*parsed->start == setup);
        Runtime again = replay(s, eval, plan);
        CHECK(actions(again) == actions(rt));
        CHECK(again.state() == rt.state());
        CHECK(again.transcript().front().prior);
    }

    // A run saved before its end replays up to there, then says the answers ran out.
    Runtime half = playtest(s, eval, setup);
    REQUIRE(half.choose("kort_functioneel").ok);
    std::string error;
    auto parsed = parse_answers(write_test_plan(half, setup), error);
    REQUIRE_MESSAGE(parsed, error);
    Runtime rt = playtest(s, eval, *parsed->start);
    Player player(Strategy{StrategyKind::Answers, 0, parsed->answers, parsed->start});
    auto result = play_to_end(rt, player);
    CHECK_FALSE(result.finished);
    CHECK(result.error.find("antwoorden zijn op") != std::string::npos);
    // The replay goes on through the lines up to the next decision, where the plan stops.
    auto replayed = actions(rt), saved = actions(half);
    REQUIRE(replayed.size() > saved.size());
    CHECK(std::equal(saved.begin(), saved.end(), replayed.begin()));
    CHECK(rt.phase() == Phase::FreeText);
}

TEST_CASE("answers file object form: start block read, errors located at the right pointer") {
    std::string error;
    auto plan = parse_answers(R"({
  "start": {"node": "n5", "vars": {"vertrouwen": 3, "gemeld": true}, "prior_items": ["item_a"]},
  "answers": ["optie", ["x"], {"items": [], "words": "Tot dan."}]
})",
                              error);
    REQUIRE_MESSAGE(plan, error);
    REQUIRE(plan->start);
    CHECK(plan->start->node_id == "n5");
    CHECK(plan->start->vars == std::map<std::string, int>{{"gemeld", 1}, {"vertrouwen", 3}});
    CHECK(plan->start->prior_items == std::vector<std::string>{"item_a"});
    REQUIRE(plan->answers.size() == 3);
    CHECK(plan->answers[2].items == std::vector<std::string>{});
    CHECK(plan->answers[2].text == "Tot dan.");

    auto no_start = parse_answers(R"({"answers": ["a"]})", error);
    REQUIRE(no_start);
    CHECK_FALSE(no_start->start);
    CHECK(no_start->answers.size() == 1);

    auto err = parse_error(R"({"start": {"node": "n5", "vars": {"vertrouwen": "hoog"}}, "answers": []})");
    CHECK(err.find("(at /start/vars/vertrouwen)") != std::string::npos);
    CHECK(err.find("1:") == 0); // line:col first
    CHECK(err.find("geheel getal") != std::string::npos);

    err = parse_error("{\n  \"start\": {\"nod\": \"n5\"},\n  \"answers\": []\n}");
    CHECK(err.find("(at /start/nod)") != std::string::npos);
    CHECK(err.find("2:") == 0);
    CHECK(err.find("Bedoelde je 'node'?") != std::string::npos);

    err = parse_error(R"({"strat": {"node": "n5"}, "answers": []})");
    CHECK(err.find("(at /strat)") != std::string::npos);
    CHECK(err.find("Bedoelde je 'start'?") != std::string::npos);

    err = parse_error(R"({"start": {"vars": {}}, "answers": []})");
    CHECK(err.find("'node'") != std::string::npos);
    CHECK(err.find("(at /start)") != std::string::npos);

    err = parse_error(R"({"start": {"node": "n5", "prior_items": ["a", 2]}, "answers": []})");
    CHECK(err.find("(at /start/prior_items/1)") != std::string::npos);

    err = parse_error(R"({"start": {"node": "n5", "prior_items": "a"}, "answers": []})");
    CHECK(err.find("(at /start/prior_items)") != std::string::npos);

    err = parse_error(R"({"start": 3, "answers": []})");
    CHECK(err.find("(at /start)") != std::string::npos);

    err = parse_error(R"({"start": {"node": "n5"}, "answers": ["a", 1]})");
    CHECK(err.find("(at /answers/1)") != std::string::npos);
    CHECK(err.find("antwoord 2") != std::string::npos);

    err = parse_error(R"({"start": {"node": "n5"}, "answers": {"a": 1}})");
    CHECK(err.find("(at /answers)") != std::string::npos);

    err = parse_error(R"({"start": {"node": "n5"}})");
    CHECK(err.find("'answers'") != std::string::npos);

    err = parse_error(R"("alleen tekst")");
    CHECK(err.find("JSON-lijst") != std::string::npos);

    // parse_strategy names the file; the start block reaches the strategy.
    smo::test::TempDir tmp;
    auto file = tmp.path() / "plan.json";
    std::ofstream(file) << R"({"start": {"node": "n5", "vars": {"x": []}}, "answers": []})";
    CHECK_FALSE(parse_strategy("answers:" + file.string(), error));
    CHECK(error.find(file.string() + ": 1:") == 0);
    CHECK(error.find("(at /start/vars/x)") != std::string::npos);
    std::ofstream(file) << R"({"start": {"node": "comp"}, "answers": [["a_func"]]})";
    auto strategy = parse_strategy("answers:" + file.string(), error);
    REQUIRE_MESSAGE(strategy, error);
    REQUIRE(strategy->start);
    CHECK(strategy->start->node_id == "comp");
    CHECK(strategy->answers.size() == 1);
}
