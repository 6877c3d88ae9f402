// A stored session is replayed and re-scored, never believed: edits to meters, scores, verdicts or
// option ids are found, a newer rulebase is told apart from an edit, and a changed scenario shows.
#include "core/play_strategies.hpp"
#include "core/scenario_library.hpp"
#include "core/scenario_loader.hpp"
#include "scoring/evaluate.hpp"
#include "test_support.hpp"
#include "core/session_replay.hpp"
#include "core/session_verification.hpp"
#include "core/session_scoring.hpp"
#include "core/session_store.hpp"
#include "runtime_fixture.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace smo::core;
using smo::test::FakeEvaluator;

namespace {

// A session as the app writes it: played with a strategy, synced, scored when finished.
Session recorded_session(const FakeEvaluator& eval, StrategyKind kind, int actions = 1000) {
    Runtime rt(smo::test::runtime_scenario(), eval);
    Player player(Strategy{kind, 3, {}});
    play_to_end(rt, player, actions);
    Session s = new_session(rt, "Anna P.", SessionMode::Oefenen, std::string(64, 'a'), "runtime_test.json", "2026.11.0");
    sync_session(s, rt, "2026-11-23T10:00:00Z");
    if (s.finished) s.scores = score_runtime(rt);
    return s;
}

ReplayResult replay(const Session& s, const FakeEvaluator& eval, const std::string& rulebase = "2026.11.0") {
    return replay_session(s, smo::test::runtime_scenario(), eval, rulebase);
}

bool has_difference(const ReplayResult& r, const std::string& field, DifferenceKind kind) {
    for (const auto& d : r.differences)
        if (d.field == field && d.kind == kind) return true;
    return false;
}

std::size_t first_statement(const Session& s) {
    for (std::size_t i = 0; i < s.transcript.size(); ++i)
        if (s.transcript[i].evaluation) return i;
    FAIL("no judged statement in the session");
    return 0;
}

} // namespace

TEST_CASE("an untouched session replays to exactly what the file says, finished or not") {
    FakeEvaluator eval;
    for (auto kind : {StrategyKind::Best, StrategyKind::Worst, StrategyKind::Random}) {
        for (int actions : {3, 7, 1000}) {
            CAPTURE(static_cast<int>(kind));
            CAPTURE(actions);
            Session s = recorded_session(eval, kind, actions);
            auto r = replay(s, eval);
            for (const auto& d : r.differences) MESSAGE(describe(d));
            CHECK(r.error.empty());
            CHECK(r.differences.empty());
            CHECK_FALSE(r.edited());
            REQUIRE(r.runtime);
            CHECK(r.runtime->state() == s.state);
        }
    }
}

TEST_CASE("a meter set by hand out of its range is found and named with the range") {
    FakeEvaluator eval;
    Session s = recorded_session(eval, StrategyKind::Best);
    s.state.vars["trust"] = 99;
    auto r = replay(s, eval);
    CHECK(r.edited());
    REQUIRE(has_difference(r, "vars/trust", DifferenceKind::Edited));
    for (const auto& d : r.differences)
        if (d.field == "vars/trust") {
            CHECK(d.stored.find("99") != std::string::npos);
            CHECK(d.stored.find("0..6") != std::string::npos);
            CHECK(d.replayed == std::to_string(r.runtime->state().vars.at("trust")));
        }
}

TEST_CASE("an edited score is found") {
    FakeEvaluator eval;
    Session s = recorded_session(eval, StrategyKind::Worst);
    REQUIRE(s.scores);
    REQUIRE(s.scores->confidentiality < 100);
    s.scores->confidentiality = 100;
    auto r = replay(s, eval);
    CHECK(r.edited());
    CHECK(has_difference(r, "confidentiality", DifferenceKind::Edited));
}

TEST_CASE("a verdict turned green is an edit with the same rulebase and a re-score with a newer one") {
    FakeEvaluator eval;
    Session s = recorded_session(eval, StrategyKind::Worst);
    auto& e = s.transcript[first_statement(s)];
    REQUIRE(e.evaluation->verdict == smo::scoring::Verdict::Violation);
    e.evaluation = smo::scoring::Evaluation{};

    auto same = replay(s, eval);
    CHECK(same.edited());
    CHECK(has_difference(same, "verdict", DifferenceKind::Edited));

    auto newer = replay(s, eval, "2027.01.0");
    CHECK_FALSE(has_difference(newer, "verdict", DifferenceKind::Edited));
    CHECK(has_difference(newer, "verdict", DifferenceKind::Rescored));
}

TEST_CASE("an option id changed by hand is found, whether or not the scenario has that option") {
    FakeEvaluator eval;
    Session s = recorded_session(eval, StrategyKind::Best);
    std::size_t choice = s.transcript.size();
    for (std::size_t i = 0; i < s.transcript.size(); ++i)
        if (s.transcript[i].kind == EntryKind::Choice) choice = i;
    REQUIRE(choice < s.transcript.size());

    SUBCASE("an id the scenario does not have stops the replay") {
        s.transcript[choice].option_id = "bestaat_niet";
        auto r = replay(s, eval);
        CHECK(r.edited());
        CHECK_FALSE(r.runtime);
        CHECK(r.error.find(s.transcript[choice].turn_id) != std::string::npos);
    }
    SUBCASE("another real option replays a different path than the file records") {
        s.transcript[choice].option_id = s.transcript[choice].option_id == "func" ? "diag" : "func";
        auto r = replay(s, eval);
        CHECK(r.edited());
        CHECK_FALSE(r.differences.empty());
    }
}

TEST_CASE("a scenario that changed since the session was played shows as differences") {
    FakeEvaluator eval;
    Session s = recorded_session(eval, StrategyKind::Best);
    std::string changed_text = smo::test::kRuntimeScenario;
    const std::string from = "\"text\": \"Ik schuif aan.\"";
    REQUIRE(changed_text.find(from) != std::string::npos);
    changed_text.replace(changed_text.find(from), from.size(), "\"text\": \"Ik kom erbij zitten.\"");
    auto loaded = load_scenario_text(changed_text, "runtime_test.json");
    REQUIRE(loaded.ok());
    auto r = replay_session(s, loaded.scenario, eval, "2026.11.0");
    CHECK(r.edited());
    CHECK(has_difference(r, "text", DifferenceKind::Edited));
}

TEST_CASE("every bundled scenario, played and saved as JSON by the app, replays with the real engine unchanged") {
    std::vector<smo::json::Diagnostic> errors;
    auto engine = smo::scoring::Engine::load(smo::test::source_dir() / "assets", errors);
    REQUIRE(engine);
    const auto library = load_library(smo::test::source_dir() / "scenarios");
    REQUIRE_FALSE(library.empty());
    for (const auto& entry : library) {
        REQUIRE(entry.ok());
        for (auto kind : {StrategyKind::Best, StrategyKind::Worst, StrategyKind::Random}) {
            CAPTURE(entry.scenario->id);
            CAPTURE(static_cast<int>(kind));
            Runtime rt(entry.scenario, *engine);
            Player player(Strategy{kind, 11, {}});
            play_to_end(rt, player);
            Session s = new_session(rt, "Anna", SessionMode::Oefenen, entry.sha256, entry.path.string(),
                                    engine->rulebase().rulebase_version);
            if (rt.phase() == Phase::Finished) s.scores = score_runtime(rt);
            Session loaded;
            REQUIRE_FALSE(session_from_json(session_to_json(s), loaded));
            auto r = replay_session(loaded, entry.scenario, *engine, engine->rulebase().rulebase_version);
            for (const auto& d : r.differences) MESSAGE(describe(d));
            CHECK(r.error.empty());
            CHECK(r.differences.empty());
        }
    }
}

TEST_CASE("verification sums the replay up: verified, edited, scenario changed or missing") {
    FakeEvaluator eval;
    Session s = recorded_session(eval, StrategyKind::Best);
    LibraryEntry entry;
    entry.path = "runtime_test.json";
    entry.scenario = smo::test::runtime_scenario();
    entry.sha256 = s.scenario.sha256;

    CHECK(verify_session(s, &entry, eval, "2026.11.0").state == Verification::Verified);
    CHECK(std::string(verification_id(Verification::ScenarioChanged)) == "scenario_changed");

    Session edited = s;
    edited.state.vars["trust"] = 99;
    auto report = verify_session(edited, &entry, eval, "2026.11.0");
    CHECK(report.state == Verification::Edited);
    CHECK(report.reason.find("vars/trust") != std::string::npos);

    LibraryEntry changed = entry;
    changed.sha256 = std::string(64, 'b');
    report = verify_session(s, &changed, eval, "2026.11.0");
    CHECK(report.state == Verification::ScenarioChanged);
    CHECK(report.replay.runtime); // still judged against the current scenario

    report = verify_session(s, nullptr, eval, "2026.11.0");
    CHECK(report.state == Verification::ScenarioChanged);
    CHECK(report.reason.find("runtime_test") != std::string::npos);
}

TEST_CASE("resuming takes meters and verdicts from the replay, not from the file") {
    FakeEvaluator eval;
    Session s = recorded_session(eval, StrategyKind::Worst, 6);
    REQUIRE_FALSE(s.finished);
    LibraryEntry entry;
    entry.scenario = smo::test::runtime_scenario();
    entry.sha256 = s.scenario.sha256;
    const int real_trust = s.state.vars.at("trust");

    Session edited = s;
    edited.state.vars["trust"] = 99;
    for (auto& e : edited.transcript)
        if (e.evaluation) e.evaluation = smo::scoring::Evaluation{};
    std::string error;
    auto rt = resume_verified(edited, entry, eval, "2026.11.0", error);
    REQUIRE(rt);
    CHECK(rt->state().vars.at("trust") == real_trust);
    CHECK(rt->state() == s.state);
    bool any_violation = false;
    for (const auto& e : rt->transcript())
        any_violation |= e.evaluation && e.evaluation->verdict == smo::scoring::Verdict::Violation;
    CHECK(any_violation);

    SUBCASE("a file whose recorded actions cannot be replayed is refused with the reason") {
        for (auto& e : edited.transcript)
            if (e.kind == EntryKind::Choice) e.option_id = "bestaat_niet";
        CHECK_FALSE(resume_verified(edited, entry, eval, "2026.11.0", error));
        CHECK(error.find("buiten de app bewerkt") != std::string::npos);
    }
}
