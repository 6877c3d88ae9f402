// Session records: JSON round trip, versioning, the store (0600 files, 0700 folder, atomic
// replace), unfinished sessions, resumption, and autosave after every turn.
#include "core/play_strategies.hpp"
#include "core/session.hpp"
#include "core/session_store.hpp"
#include "runtime_fixture.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sys/stat.h>

using namespace smo::core;
using smo::test::FakeEvaluator;
using smo::test::runtime_scenario;

namespace {

Session played_session(const FakeEvaluator& eval, int actions) {
    Runtime rt(runtime_scenario(), eval);
    Player player(Strategy{StrategyKind::Worst, 0, {}});
    play_to_end(rt, player, actions);
    Session s = new_session(rt, "Anna P.", SessionMode::Toets, std::string(64, 'a'), "runtime_test.json",
                            "2026.11.0");
    sync_session(s, rt, "2026-11-23T10:00:00Z");
    return s;
}

unsigned mode_of(const std::filesystem::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 0777u;
}

} // namespace

TEST_CASE("a session survives a JSON round trip unchanged") {
    FakeEvaluator eval;
    Session s = played_session(eval, 12);
    s.self_ratings = {{"confidentiality", 4}, {"LG4", 2}};
    s.reflection.alternatives["t3"] = "Ze kan halve dagen werken.";
    s.supervisor_review.turn_comments["t3"] = "Goed herschreven.";
    SideAttempt side;
    side.from_turn = "t3";
    side.started_at = "2026-01-01T10:00:00Z";
    side.finished = true;
    side.transcript = s.transcript;
    s.side_attempts.push_back(side);
    s.reflection.went_well = "Ik bleef bij de feiten.";
    s.scores = smo::scoring::SessionScore{};
    s.scores->violations = 2;
    s.scores->goals.push_back({.goal = "LG4", .credited = 1, .available = 2, .mastery = 0.5});
    std::string json = session_to_json(s);
    Session back;
    REQUIRE_FALSE(session_from_json(json, back));
    CHECK(back.session_id == s.session_id);
    CHECK(back.trainee == "Anna P.");
    CHECK(back.mode == SessionMode::Toets);
    CHECK(back.scenario.id == "runtime_test");
    CHECK(back.scenario.sha256 == s.scenario.sha256);
    CHECK(back.rulebase_version == "2026.11.0");
    CHECK(back.state == s.state);
    REQUIRE(back.transcript.size() == s.transcript.size());
    for (std::size_t i = 0; i < s.transcript.size(); ++i) {
        const auto& a = s.transcript[i];
        const auto& b = back.transcript[i];
        CHECK(a.turn_id == b.turn_id);
        CHECK(a.text == b.text);
        CHECK(a.meters == b.meters);
        CHECK(a.before.has_value() == b.before.has_value());
        if (a.before) CHECK(*a.before == *b.before);
        CHECK(a.evaluation.has_value() == b.evaluation.has_value());
        if (a.evaluation) CHECK(a.evaluation->rule_ids() == b.evaluation->rule_ids());
    }
    CHECK(back.self_ratings == s.self_ratings);
    CHECK(back.reflection == s.reflection);
    CHECK(back.supervisor_review == s.supervisor_review);
    REQUIRE(back.side_attempts.size() == 1);
    CHECK(back.side_attempts[0].from_turn == "t3");
    CHECK(back.side_attempts[0].finished);
    CHECK(back.side_attempts[0].transcript.size() == s.transcript.size());
    CHECK(back.supervisor_review.reviewer.empty()); // review fields stay empty until a supervisor fills them
    CHECK_FALSE(back.supervisor_review.approved.has_value());
    REQUIRE(back.scores);
    CHECK(back.scores->violations == 2);
    CHECK(back.scores->goals.at(0).mastery == doctest::Approx(0.5));
    // Writing again gives the same bytes: the format is stable.
    CHECK(session_to_json(back) == json);
}

TEST_CASE("a new session has empty supervisor-review fields and no end time") {
    FakeEvaluator eval;
    Session s = played_session(eval, 3);
    std::string json = session_to_json(s);
    CHECK(json.find("\"supervisor_review\"") != std::string::npos);
    CHECK(json.find("\"reviewer\": null") != std::string::npos);
    CHECK(json.find("\"ended_at\": null") != std::string::npos);
    CHECK_FALSE(s.finished);
}

TEST_CASE("sessions with a too-new or too-old schema_version are refused clearly") {
    Session out;
    auto too_new = session_from_json(R"({"schema_version": 7, "session_id": "x"})", out);
    REQUIRE(too_new);
    CHECK(too_new->find("nieuwer") != std::string::npos);
    auto too_old = session_from_json(R"({"schema_version": 0})", out);
    REQUIRE(too_old);
    CHECK(session_from_json("{", out));
    CHECK(session_from_json(R"({"schema_version": 1, "session_id": 5})", out));
    CHECK(session_from_json(
        R"({"schema_version": 1, "session_id": "x", "scenario": {}, "state": {"stage": "?"}})", out));
}

TEST_CASE("a wrong value deep in a session file is reported at its line and column") {
    // Sessions are first read without positions; a failure must still come back located.
    Session out;
    auto error = session_from_json("{\n  \"schema_version\": 2,\n  \"session_id\": \"x\",\n"
                                   "  \"trainee\": 5\n}",
                                   out);
    REQUIRE(error);
    CHECK(error->find("4:14") != std::string::npos);
    CHECK(error->find("trainee") != std::string::npos);
}

TEST_CASE("the store writes 0600 files in a 0700 folder under XDG_DATA_HOME") {
    smo::test::TempDir tmp;
    auto store = SessionStore::for_user(
        smo::test::fake_env({{"HOME", "/nonexistent"}, {"XDG_DATA_HOME", tmp.path().string()}}));
    CHECK(store.dir() == tmp.path() / "smo-trainer" / "sessions");
    FakeEvaluator eval;
    Session s = played_session(eval, 5);
    REQUIRE_FALSE(store.save(s));
    CHECK(mode_of(store.path_for(s.session_id)) == 0600u);
    CHECK(mode_of(store.dir()) == 0700u);
    std::string error;
    auto loaded = store.load(s.session_id, error);
    REQUIRE(loaded);
    CHECK(loaded->transcript.size() == s.transcript.size());
}

TEST_CASE("unfinished sessions are listed for resumption, newest first, junk skipped") {
    smo::test::TempDir tmp;
    SessionStore store(tmp.path());
    FakeEvaluator eval;
    Session a = played_session(eval, 4);
    a.session_id = "a";
    a.updated_at = "2026-11-23T10:00:00Z";
    Session b = played_session(eval, 6);
    b.session_id = "b";
    b.updated_at = "2026-11-23T11:00:00Z";
    Session done = played_session(eval, 1000);
    done.session_id = "done";
    REQUIRE(done.finished);
    for (const auto* s : {&a, &b, &done})
        REQUIRE_FALSE(store.save(*s));
    { std::ofstream(tmp.path() / "broken.json") << "{ niet af"; }
    { std::ofstream(tmp.path() / ".b.json.Xy12ab") << "half geschreven"; } // an interrupted atomic write
    { std::ofstream(tmp.path() / ".a.json.Old123") << "van een crash gisteren"; }
    std::filesystem::last_write_time(tmp.path() / ".a.json.Old123",
                                     std::filesystem::file_time_type::clock::now() - std::chrono::hours(30));
    std::vector<UnreadableSession> problems;
    auto all = store.list(&problems);
    CHECK(all.size() == 3);
    CHECK(problems.size() == 1);
    // A fresh temp file may belong to a write in progress and stays; a day-old one is cleaned up.
    CHECK(std::filesystem::exists(tmp.path() / ".b.json.Xy12ab"));
    CHECK_FALSE(std::filesystem::exists(tmp.path() / ".a.json.Old123"));
    auto open = store.unfinished();
    REQUIRE(open.size() == 2);
    CHECK(open[0].session_id == "b");
    CHECK(open[1].session_id == "a");
    CHECK(open[0].scenario_id == "runtime_test");
    CHECK(open[0].turns == b.transcript.size());
}

TEST_CASE("a resumed session continues exactly where it stopped") {
    FakeEvaluator eval;
    Session s = played_session(eval, 9);
    std::string error;
    bool changed = true;
    auto rt = resume_session(s, runtime_scenario(), s.scenario.sha256, eval, error, &changed);
    REQUIRE(rt);
    CHECK_FALSE(changed);
    CHECK(rt->state() == s.state);
    CHECK(rt->transcript().size() == s.transcript.size());
    // Playing on from the resumed runtime ends like an uninterrupted run.
    Player p1(Strategy{StrategyKind::Worst, 0, {}});
    CHECK(play_to_end(*rt, p1).finished);
    Runtime whole(runtime_scenario(), eval);
    Player p2(Strategy{StrategyKind::Worst, 0, {}});
    CHECK(play_to_end(whole, p2).finished);
    CHECK(rt->transcript().size() == whole.transcript().size());
    CHECK(rt->state() == whole.state());
    // A changed scenario file is reported, and a different scenario refused.
    auto again = resume_session(s, runtime_scenario(), std::string(64, 'b'), eval, error, &changed);
    CHECK(again);
    CHECK(changed);
}

TEST_CASE("the recorder autosaves after every successful action and scores at the end") {
    smo::test::TempDir tmp;
    SessionStore store(tmp.path());
    FakeEvaluator eval;
    Runtime rt(runtime_scenario(), eval);
    Session s = new_session(rt, "Bo", SessionMode::Oefenen, "hash", "f.json", "v");
    SessionRecorder recorder(std::move(rt), std::move(s), store);
    std::string error;
    REQUIRE(recorder.act([](Runtime& r) { return r.choose("goed"); }).ok);
    auto saved = store.load(recorder.session().session_id, error);
    REQUIRE(saved);
    CHECK(saved->transcript.size() == 1);
    // A refused action does not save (nothing changed).
    CHECK_FALSE(recorder.act([](Runtime& r) { return r.choose("bestaat-niet"); }).ok);
    Player player(Strategy{StrategyKind::Best, 0, {}});
    auto result = play_to_end(
        player, [&]() -> const Runtime& { return recorder.runtime(); },
        [&](const PlayAction& a) { return recorder.act([&](Runtime& r) { return apply_action(r, a); }); });
    REQUIRE(result.finished);
    saved = store.load(recorder.session().session_id, error);
    REQUIRE(saved);
    CHECK(saved->finished);
    CHECK_FALSE(saved->ended_at.empty());
    CHECK(saved->scores.has_value());
    CHECK(saved->transcript.size() == recorder.runtime().transcript().size());
}

TEST_CASE("session ids are unique and file-name safe") {
    auto a = new_session_id("Mijn scenario/1");
    auto b = new_session_id("Mijn scenario/1");
    CHECK(a != b);
    CHECK(a.find('/') == std::string::npos);
    CHECK(a.find(' ') == std::string::npos);
    CHECK(utc_timestamp_now().size() == 20);
}

TEST_CASE("UTC times are shown in local time, other text comes back unchanged") {
    const char* old = std::getenv("TZ");
    const std::string saved = old ? old : "";
    ::setenv("TZ", "CET-1", 1); // UTC+1 without tzdata
    ::tzset();
    CHECK(smo::core::local_time_text("2026-12-06T09:15:00Z") == "2026-12-06 10:15");
    CHECK(smo::core::local_time_text("2026-12-31T23:30:00Z") == "2027-01-01 00:30");
    CHECK(smo::core::local_time_text("gisteren") == "gisteren");
    CHECK(smo::core::local_time_text("2026-12-06T09:15:00") == "2026-12-06T09:15:00"); // no Z: not UTC
    if (old)
        ::setenv("TZ", saved.c_str(), 1);
    else
        ::unsetenv("TZ");
    ::tzset();
}
