// The DOM-free session reader against the checking one: for every file session_to_json writes
// (every bundled scenario, several strategies, with side attempts, reflection, review fields and a
// hand-in's embedded scenario) the fast reader accepts it and both give the same Session; for
// anything else it declines, and session_from_json then answers exactly as the checking reader.
#include "cohort_fixture.hpp"
#include "core/hand_in.hpp"
#include "core/play_strategies.hpp"
#include "core/session_fast_reader.hpp"
#include "core/session_scoring.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace smo::core;
using nlohmann::ordered_json;

namespace {

const std::vector<LibraryEntry>& library() {
    static const auto entries = smo::test::cohort_library(smo::test::source_dir() / "scenarios");
    return entries;
}

const smo::scoring::Engine& engine() {
    return smo::test::cohort_engine();
}

/// A finished session as the app writes it, with everything a file can carry filled in.
Session played(const LibraryEntry& entry, const std::string& strategy_spec, bool extras) {
    std::string error;
    auto strategy = parse_strategy(strategy_spec, error);
    REQUIRE_MESSAGE(strategy, error);
    Runtime rt(entry.scenario, engine());
    Player player(*strategy);
    play_to_end(rt, player);
    Session s = new_session(rt, "Coassistent Één", SessionMode::Toets, entry.sha256, entry.path.string(),
                            engine().rulebase().rulebase_version);
    sync_session(s, rt, "2026-12-06T10:00:00Z");
    if (s.finished) s.scores = score_runtime(rt);
    if (!extras) return s;
    s.self_ratings = {{"confidentiality", 4}, {"LG4", 2}};
    s.reflection.went_well = "Ik hield de diagnose voor me.";
    s.reflection.alternatives = {{"t3", "Hij kan voorlopig niet tillen."}};
    s.supervisor_review.reviewer = "Dr. Begeleider";
    s.supervisor_review.approved = false;
    s.supervisor_review.turn_comments = {{"t2", "Goed gedaan"}};
    SideAttempt attempt;
    attempt.from_turn = "t1";
    attempt.started_at = "2026-12-06T10:05:00Z";
    attempt.transcript.assign(s.transcript.begin(), s.transcript.begin() + std::min<std::size_t>(4, s.transcript.size()));
    attempt.scores = s.scores;
    attempt.goal_available = {{"LG4", 2}};
    s.side_attempts.push_back(attempt);
    s.side_attempts.push_back(SideAttempt{"t2", "", false, {}, std::nullopt, {}});
    return s;
}

/// Both readers on `text`: the same answer (error or session).
void check_same(const std::string& text, bool expect_fast) {
    Session fast, checked;
    const bool took_fast = read_session_fast(text, fast);
    CHECK(took_fast == expect_fast);
    const auto err_main = session_from_json(text, fast);
    const auto err_checked = session_from_json_checked(text, checked);
    CHECK(err_main == err_checked);
    if (!err_main && !err_checked) {
        CHECK(session_to_json(fast) == session_to_json(checked));
        CHECK(fast.schema_version == checked.schema_version);
    }
}

} // namespace

TEST_CASE("the fast session reader accepts every file session_to_json writes and reads it as the checking one") {
    int files = 0;
    for (const auto& entry : library()) {
        REQUIRE(entry.ok());
        for (const char* spec : {"best", "worst", "random:3"}) {
            CAPTURE(entry.scenario->id);
            CAPTURE(spec);
            const Session s = played(entry, spec, std::string(spec) == "random:3");
            const std::string text = session_to_json(s);
            Session fast;
            REQUIRE(read_session_fast(text, fast));
            Session checked;
            REQUIRE_FALSE(session_from_json_checked(text, checked));
            CHECK(session_to_json(fast) == text); // nothing lost or changed
            CHECK(session_to_json(checked) == text);
            ++files;
        }
    }
    CHECK(files >= 3 * 16);

    // A handed-in file: the embedded scenario is skipped, the session is the same.
    const auto& entry = library().front();
    const Session s = played(entry, "best", true);
    const std::string handed = hand_in_json(s, EmbeddedScenario{entry.sha256, entry.path.filename().string(),
                                                                smo::test::read_text(entry.path)});
    Session fast;
    REQUIRE(read_session_fast(handed, fast));
    CHECK(session_to_json(fast) == session_to_json(s));
    check_same(handed, true);
}

TEST_CASE("the fast session reader declines what it does not know, and the checking reader answers") {
    const auto& entry = library().front();
    const Session s = played(entry, "worst", true);
    const ordered_json base = ordered_json::parse(session_to_json(s));
    auto variant = [&](auto change) {
        ordered_json j = base;
        change(j);
        return j.dump(2);
    };
    SUBCASE("the file as written, compact or indented") {
        check_same(base.dump(), true);
        check_same(base.dump(2), true);
    }
    SUBCASE("an older schema is migrated by the checking reader") {
        check_same(variant([](ordered_json& j) { j["schema_version"] = 1; }), false);
        check_same(smo::test::read_text(smo::test::source_dir() /
                                        "tests/fixtures/sessions/v1_smo_magazijn_drie_casussen_worst.json"),
                   false);
    }
    SUBCASE("a newer schema, an unknown key, a wrong type, a bad id") {
        check_same(variant([](ordered_json& j) { j["schema_version"] = 3; }), false);
        check_same(variant([](ordered_json& j) { j["extra"] = 1; }), false);
        check_same(variant([](ordered_json& j) { j["transcript"][0]["by_trainee"] = "ja"; }), false);
        check_same(variant([](ordered_json& j) { j["transcript"][0]["kind"] = "zang"; }), false);
        check_same(variant([](ordered_json& j) { j["mode"] = "examen"; }), false);
        check_same(variant([](ordered_json& j) { j["session_id"] = "../x"; }), false);
        check_same(variant([](ordered_json& j) { j["retries"] = -1; }), false);
        check_same(variant([](ordered_json& j) { j["state"]["phase"] = "nergens"; }), false);
        check_same(variant([](ordered_json& j) { j["self_ratings"]["LG4"] = "vier"; }), false);
        check_same(variant([](ordered_json& j) { j["scores"]["goals"][0]["credited"] = 1.5; }), false);
        check_same(variant([](ordered_json& j) { j.erase("state"); }), false);
        check_same(variant([](ordered_json& j) { j["transcript"][0].erase("kind"); }), false);
    }
    SUBCASE("lenient values the checking reader tolerates") {
        check_same(variant([](ordered_json& j) { j["supervisor_review"]["approved"] = "ja"; }), false);
        check_same(variant([](ordered_json& j) { j["scores"] = "geen"; }), false);
        check_same(variant([](ordered_json& j) { j.erase("self_ratings"); }), false);
    }
    SUBCASE("not JSON, truncated, a duplicate key, invalid UTF-8") {
        const std::string text = base.dump(2);
        check_same(text.substr(0, text.size() / 2), false);
        check_same("", false);
        check_same("[]", false);
        std::string twice = text;
        twice.insert(twice.find("\"trainee\""), "\"trainee\": \"x\",\n  ");
        check_same(twice, false);
        std::string bad = text;
        bad.replace(bad.find("Coassistent"), 1, "\xff");
        check_same(bad, false);
        check_same(text + " {}", false);
    }
}
