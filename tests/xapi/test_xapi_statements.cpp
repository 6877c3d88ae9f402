// The xAPI statements of a session: verbs per mode, toets passed/failed with score.scaled, the
// actor without the free-text name unless enabled, comments as StatementRefs, deterministic ids,
// the caution condition only when known. Built from the finished sessions of the golden plans.
#include "core/name_uuid.hpp"
#include "core/review.hpp"
#include "core/xapi_live.hpp"
#include "core/xapi_statements.hpp"
#include "xapi_fixture.hpp"

#include <doctest/doctest.h>

#include <regex>
#include <set>

using namespace smo;
using namespace smo::core;
using Json = nlohmann::json;

namespace {

constexpr const char* kVerbBase = "http://adlnet.gov/expapi/verbs/";

std::vector<std::string> verbs_of(const std::vector<Json>& statements) {
    std::vector<std::string> out;
    for (const auto& s : statements)
        out.push_back(s.at("verb").at("id").get<std::string>().substr(std::string(kVerbBase).size()));
    return out;
}

std::vector<const TranscriptEntry*> trainee_turns(const Session& s) {
    std::vector<const TranscriptEntry*> out;
    for (const auto& e : s.transcript)
        if (e.by_trainee && !e.prior) out.push_back(&e);
    return out;
}

std::filesystem::path plan_named(const std::string& name) {
    return test::source_dir() / "tests/golden" / name;
}

} // namespace

TEST_CASE("name_uuid: the same name gives the same RFC 4122 variant, version-5 layout UUID") {
    const std::regex uuid("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        const std::string id = name_uuid("space", "name-" + std::to_string(i));
        CHECK(std::regex_match(id, uuid));
        CHECK(id == name_uuid("space", "name-" + std::to_string(i)));
        seen.insert(id);
    }
    CHECK(seen.size() == 200);
    CHECK(name_uuid("a", "b") != name_uuid("b", "a"));
}

SCENARIO("oefenen: initialized, responded per trainee turn, completed, terminated - no passed/failed") {
    const auto played = test::play_plan(plan_named("zorggroep_linde_smo.plan"), SessionMode::Oefenen);
    const Session& session = played.session;
    const auto statements =
        build_xapi_statements({&session, &played.runtime->scenario(), &played.outcome}, {});
    const auto j = test::parsed(statements);
    const auto turns = trainee_turns(session);
    REQUIRE(turns.size() >= 3);
    REQUIRE(j.size() == turns.size() + 3);

    std::vector<std::string> expected{"initialized"};
    expected.insert(expected.end(), turns.size(), "responded");
    expected.push_back("completed");
    expected.push_back("terminated");
    CHECK(verbs_of(j) == expected);

    const Scenario& scenario = played.runtime->scenario();
    const std::string scenario_iri = std::string(kDefaultXapiIriBase) + "/scenarios/" + scenario.id;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < j.size(); ++i) {
        CAPTURE(i);
        const Json& s = j[i];
        ids.insert(s.at("id").get<std::string>());
        CHECK(s.at("id") == statements[i].id);
        CHECK(s.at("id") == xapi_statement_id(session.session_id, statements[i].key));
        CHECK(s.at("context").at("registration") == xapi_registration(session.session_id));
        CHECK(s.at("context").at("revision") == scenario.version + " sha256:" + session.scenario.sha256);
        CHECK(s.at("context").at("language") == scenario.language);
        CHECK(s.at("context")
                  .at("extensions")
                  .at(std::string(kDefaultXapiIriBase) + "/extensions/rulebase-version") ==
              session.rulebase_version);
        CHECK(s.at("verb").at("display").contains("nl-NL"));
        CHECK(s.at("verb").at("display").contains("en-US"));
        CHECK(s.at("timestamp").get<std::string>().size() == 20); // 2026-12-01T09:00:00Z
        // The free-text name never leaves by default; the account is a pseudonym.
        CHECK_FALSE(s.at("actor").contains("name"));
        CHECK(s.dump().find(session.trainee) == std::string::npos);
        const auto& goals = s.at("context").at("contextActivities").at("category");
        CHECK(goals.size() == scenario.learning_goals.size());
    }
    CHECK(ids.size() == j.size());
    CHECK(j.front().at("object").at("id") == scenario_iri);
    CHECK(j.front().at("object").at("definition").at("type") ==
          "http://adlnet.gov/expapi/activities/simulation");
    CHECK(j.front().at("timestamp") == "2026-12-01T09:00:00Z");

    // Each responded: the node as a cmi.interaction under the scenario, the text, not-a-breach.
    for (std::size_t t = 0; t < turns.size(); ++t) {
        const TranscriptEntry& e = *turns[t];
        const Json& s = j[t + 1];
        CAPTURE(e.turn_id);
        CHECK(statements[t + 1].key == "responded/" + e.turn_id);
        CHECK(s.at("object").at("definition").at("type") ==
              "http://adlnet.gov/expapi/activities/cmi.interaction");
        CHECK(s.at("object").at("id").get<std::string>().rfind(scenario_iri + "/nodes/", 0) == 0);
        CHECK(s.at("context").at("contextActivities").at("parent").at(0).at("id") == scenario_iri);
        const Json& result = s.at("result");
        if (e.kind != EntryKind::Observe) CHECK(result.at("response") == e.text);
        const std::string ext = std::string(kDefaultXapiIriBase) + "/extensions/";
        if (e.evaluation) {
            CHECK(result.at("success") == (e.evaluation->verdict != scoring::Verdict::Violation));
            CHECK(result.at("extensions").at(ext + "verdict") == scoring::verdict_id(e.evaluation->verdict));
            CHECK(result.at("extensions").at(ext + "rules") == e.evaluation->rule_ids());
        } else if (e.correct) {
            CHECK(result.at("success") == *e.correct);
        }
        if (e.at.empty() == false) CHECK(s.at("timestamp") == e.at);
    }
}

SCENARIO("toets: passed or failed on the scenario with the confidentiality score as score.scaled") {
    int passed = 0, failed = 0;
    for (const auto& name : {"zorggroep_linde_smo.best.plan", "zorggroep_linde_smo.worst.plan",
                             "transport_driegesprek_observeren.worst.plan"}) {
        CAPTURE(name);
        const auto played = test::play_plan(plan_named(name), SessionMode::Toets);
        const auto j = test::parsed(
            build_xapi_statements({&played.session, &played.runtime->scenario(), &played.outcome}, {}));
        const auto verbs = verbs_of(j);
        const int confidentiality = played.outcome.score.confidentiality;
        const bool should_pass = confidentiality >= 80;
        const auto at = std::find(verbs.begin(), verbs.end(), should_pass ? "passed" : "failed");
        REQUIRE(at != verbs.end());
        CHECK(std::count(verbs.begin(), verbs.end(), "passed") +
                  std::count(verbs.begin(), verbs.end(), "failed") ==
              1);
        // After completed, before terminated.
        CHECK(*(at - 1) == "completed");
        CHECK(*(at + 1) == "terminated");
        const Json& result = j[static_cast<std::size_t>(at - verbs.begin())].at("result");
        CHECK(result.at("score").at("scaled").get<double>() == doctest::Approx(confidentiality / 100.0));
        CHECK(result.at("score").at("raw") == confidentiality);
        CHECK(result.at("success") == should_pass);
        (should_pass ? passed : failed)++;
    }
    CHECK(passed >= 1);
    CHECK(failed >= 1);
}

TEST_CASE("the actor: configured account and homePage - the name only when the setting is on") {
    const auto played = test::play_plan(plan_named("zorggroep_linde_smo.plan"), SessionMode::Oefenen);
    Settings settings;
    settings.institution_home_page = "https://www.umcg.nl";
    settings.xapi_account_name = "s1234567";
    settings.xapi_iri_base = "https://lrs.umcg.nl/smo/";
    XapiInput input{&played.session, &played.runtime->scenario(), &played.outcome};
    auto j = test::parsed(build_xapi_statements(input, xapi_options_from(settings)));
    for (const auto& s : j) {
        CHECK(s.at("actor") ==
              Json{{"objectType", "Agent"},
                   {"account", {{"homePage", "https://www.umcg.nl"}, {"name", "s1234567"}}}});
        CHECK(s.at("object").at("id").get<std::string>().rfind("https://lrs.umcg.nl/smo/scenarios/", 0) == 0);
    }
    settings.xapi_send_name = true;
    j = test::parsed(build_xapi_statements(input, xapi_options_from(settings)));
    for (const auto& s : j)
        CHECK(s.at("actor").at("name") == "Anna de Vries");

    // No account configured: a pseudonym, the same for the same trainee, without the name in it.
    const auto a = test::parsed(build_xapi_statements(input, {}));
    const auto other =
        test::play_plan(plan_named("zorggroep_linde_smo.plan"), SessionMode::Oefenen, "Bram Smit");
    const auto b =
        test::parsed(build_xapi_statements({&other.session, &other.runtime->scenario(), &other.outcome}, {}));
    const std::string pseudonym = a.front().at("actor").at("account").at("name");
    CHECK(pseudonym.find("Anna") == std::string::npos);
    CHECK(pseudonym != b.front().at("actor").at("account").at("name").get<std::string>());
}

TEST_CASE("ids are deterministic per session and statement - an unfinished session is a prefix") {
    const auto played = test::play_plan(plan_named("zorggroep_linde_smo.plan"), SessionMode::Oefenen);
    XapiInput input{&played.session, &played.runtime->scenario(), &played.outcome};
    const auto first = build_xapi_statements(input, {});
    const auto again = build_xapi_statements(input, {});
    REQUIRE(first.size() == again.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        CHECK(first[i].id == again[i].id);
        CHECK(first[i].json == again[i].json);
    }
    // Another session of the same plan: other registration, other ids.
    Session other = played.session;
    other.session_id = "20261201T090000Z-other-00000000";
    const auto moved = build_xapi_statements({&other, input.scenario, input.outcome}, {});
    CHECK(moved.front().id != first.front().id);
    CHECK(xapi_registration(other.session_id) != xapi_registration(played.session.session_id));

    // Half-way: the turns so far, with the ids they keep when the session ends.
    Session half = played.session;
    half.finished = false;
    half.ended_at.clear();
    half.transcript.resize(half.transcript.size() / 2);
    const auto partial = build_xapi_statements({&half, input.scenario, input.outcome}, {});
    REQUIRE(partial.size() < first.size());
    for (std::size_t i = 0; i < partial.size(); ++i) {
        CHECK(partial[i].id == first[i].id);
        CHECK(partial[i].key == first[i].key);
    }
    for (const auto& st : partial)
        CHECK(st.key != "completed");
}

TEST_CASE("supervisor comments become `commented` with a StatementRef to that turn's responded") {
    const auto played = test::play_plan(plan_named("zorggroep_linde_smo.worst.plan"), SessionMode::Oefenen);
    const auto turns = trainee_turns(played.session);
    REQUIRE(turns.size() >= 2);
    Review review;
    review.session_id = played.session.session_id;
    review.turn_comments.push_back(
        {turns[1]->turn_id, "Hier had je de diagnose weg kunnen laten.", "Ria", "2026-12-05T10:00:00Z"});
    review.turn_comments.push_back({"t9999", "Geen beurt.", "Ria", "2026-12-05T10:01:00Z"});
    const auto statements =
        build_xapi_statements({&played.session, &played.runtime->scenario(), &played.outcome, &review}, {});
    const auto j = test::parsed(statements);
    const auto verbs = verbs_of(j);
    REQUIRE(std::count(verbs.begin(), verbs.end(), "commented") == 1); // the unknown turn is left out
    const Json& c = j.back();
    CHECK(verbs.back() == "commented");
    CHECK(c.at("object") ==
          Json{{"objectType", "StatementRef"},
               {"id", xapi_statement_id(played.session.session_id, "responded/" + turns[1]->turn_id)}});
    const auto responded = std::find_if(statements.begin(), statements.end(), [&](const XapiStatement& s) {
        return s.key == "responded/" + turns[1]->turn_id;
    });
    REQUIRE(responded != statements.end());
    CHECK(c.at("object").at("id") == responded->id);
    CHECK(c.at("result").at("response") == "Hier had je de diagnose weg kunnen laten.");
    CHECK(c.at("actor").at("account").at("name") == "Ria");
    CHECK(c.at("timestamp") == "2026-12-05T10:00:00Z");
    CHECK(c.at("context").at("registration") == xapi_registration(played.session.session_id));
}

TEST_CASE("the condition extension is there exactly when a caution names one") {
    auto played = test::play_plan(plan_named("zorggroep_linde_smo.plan"), SessionMode::Oefenen);
    const std::string condition = std::string(kDefaultXapiIriBase) + "/extensions/condition";
    // Make one statement turn a caution and one clean allowed, whatever the plan gave.
    std::vector<TranscriptEntry*> statements;
    for (auto& e : played.session.transcript)
        if (e.by_trainee && e.evaluation) statements.push_back(&e);
    REQUIRE(statements.size() >= 2);
    scoring::Evaluation caution;
    caution.verdict = scoring::Verdict::Caution;
    caution.hits.push_back({"CONS-EMERG",
                            scoring::Verdict::Caution,
                            scoring::Severity::None,
                            "Alleen met toestemming van de werknemer.",
                            "Only with the worker's consent.",
                            {},
                            scoring::Condition::EmergencyMinimum});
    statements[0]->evaluation = caution;
    statements[1]->evaluation = scoring::Evaluation{};
    const auto built =
        build_xapi_statements({&played.session, &played.runtime->scenario(), &played.outcome}, {});
    int with = 0;
    for (const auto& st : built) {
        const Json s = Json::parse(st.json);
        if (st.key == "responded/" + statements[0]->turn_id) {
            const Json& c = s.at("result").at("extensions").at(condition);
            CHECK(c == Json::array({{{"rule", "CONS-EMERG"},
                                     {"id", "emergency_minimum"},
                                     {"nl", scoring::condition_nl(scoring::Condition::EmergencyMinimum)},
                                     {"en", scoring::condition_en(scoring::Condition::EmergencyMinimum)}}}));
            CHECK(s.at("result").at("success") == true); // a caution is not a breach
        }
        if (st.key == "responded/" + statements[1]->turn_id) {
            CHECK_FALSE(s.at("result").at("extensions").contains(condition));
            CHECK(
                s.at("result").at("extensions").at(std::string(kDefaultXapiIriBase) + "/extensions/rules") ==
                Json::array());
        }
        if (s.contains("result") && s.at("result").contains("extensions") &&
            s.at("result").at("extensions").contains(condition))
            ++with;
    }
    int cautions = 0;
    for (const auto& e : played.session.transcript)
        if (e.by_trainee && e.evaluation)
            for (const auto& h : e.evaluation->hits)
                if (h.verdict == scoring::Verdict::Caution) {
                    ++cautions;
                    break;
                }
    CHECK(with == cautions);
}
