// The CLI contracts of `smo-trainer validate` and `smo-trainer play` (other tools parse them).
#include "validate_run.hpp"
#include "cli/play_command.hpp"
#include "cli/validate_command.hpp"
#include "core/session.hpp"
#include "test_support.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <sys/stat.h>

using smo::cli::run_play;
namespace fs = std::filesystem;

namespace {
using smo::test::Run;
using smo::test::validate;
Run play(std::vector<std::string> args) {
    std::ostringstream out, err;
    Run r;
    r.code = run_play(args, {}, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}
std::string src(const std::string& rel) { return (smo::test::source_dir() / rel).string(); }
std::string fixture(const std::string& name) { return src("tests/fixtures/scenarios/" + name); }
} // namespace

TEST_CASE("validate: bundled scenarios are clean, exit 0") {
    auto r = validate({src("scenarios")});
    CHECK(r.code == 0);
    CHECK(std::regex_match(r.out, std::regex(R"(\d+ bestanden gecontroleerd: 0 fouten, 0 waarschuwingen\n)")));
}

TEST_CASE("validate: errors print GCC-style and exit 1") {
    auto r = validate({fixture("SC012_unknown_next.json")});
    CHECK(r.code == 1);
    std::regex gcc(R"(^.+SC012_unknown_next\.json:\d+:\d+: error: .+ \[SC012\] \(at /nodes/1/options/1/next\)$)");
    std::istringstream lines(r.out);
    std::string first;
    std::getline(lines, first);
    CHECK(std::regex_match(first, gcc));
}

TEST_CASE("validate: warnings alone still exit 0") {
    auto r = validate({fixture("SC013_unreachable.json")});
    CHECK(r.code == 0);
    CHECK(r.out.find(": warning: ") != std::string::npos);
    CHECK(r.out.find("[SC013]") != std::string::npos);
}

TEST_CASE("validate --json: one record per file with errors and warnings") {
    auto r = validate({"--json", src("scenarios/zorggroep_linde_smo.json"), fixture("SC012_unknown_next.json"),
                       fixture("SC004_trailing_comma.json")});
    CHECK(r.code == 1);
    auto doc = nlohmann::json::parse(r.out);
    REQUIRE(doc["files"].size() == 3);
    const auto& good = doc["files"][0];
    CHECK(good["scenario_id"] == "zorggroep_linde_smo");
    CHECK(good["smo_type"] == "individueel_opeenvolgend");
    CHECK(good["assignment"] == "deelnemen");
    CHECK(good["learning_goals"] == nlohmann::json({"LG1", "LG2", "LG3", "LG4", "LG5"}));
    CHECK(good["decision_points"] == 7);
    CHECK(good["errors"].empty());
    CHECK(good["warnings"].empty());
    const auto& bad = doc["files"][1];
    REQUIRE(bad["errors"].size() == 1);
    const auto& e = bad["errors"][0];
    CHECK(e["code"] == "SC012");
    CHECK(e["pointer"] == "/nodes/1/options/1/next");
    CHECK(e["line"].get<int>() > 0);
    CHECK(e["column"].get<int>() > 0);
    CHECK(e["message"].is_string());
    const auto& broken = doc["files"][2];
    CHECK(broken["scenario_id"].is_null());
    CHECK(broken["errors"][0]["code"] == "SC004");
}

TEST_CASE("validate: folders are searched recursively, schema files skipped") {
    auto r = validate({"--json", src("tests/fixtures")});
    CHECK(r.code == 1);
    auto doc = nlohmann::json::parse(r.out);
    // Every *.json below the folder except schema files; the SC001 fixture is a folder, not a file.
    std::size_t expected = 0;
    for (const auto& e : fs::recursive_directory_iterator(src("tests/fixtures")))
        if (e.is_regular_file() && e.path().extension() == ".json" &&
            e.path().filename().string().find(".schema.json") == std::string::npos)
            ++expected;
    CHECK(doc["files"].size() == expected);
    for (const auto& f : doc["files"]) CHECK(f["path"].get<std::string>().find(".schema.json") == std::string::npos);
}

TEST_CASE("validate: usage errors exit 2") {
    CHECK(validate({}).code == 2);
    CHECK(validate({"--bogus", src("scenarios")}).code == 2);
    CHECK(validate({"--data-dir"}).code == 2);
    CHECK(validate({"--help"}).code == 0);
    // A path that does not exist is a file that cannot be read: an error, not a usage error.
    CHECK(validate({"/nonexistent/scenario.json"}).code == 1);
}

TEST_CASE("play: every strategy reaches an end and writes a 0600 session") {
    smo::test::TempDir tmp;
    for (std::string strategy : {"first", "best", "worst", "random:99"}) {
        CAPTURE(strategy);
        auto out = tmp.path() / ("s-" + std::to_string(std::hash<std::string>{}(strategy)) + ".json");
        auto r = play({"zorggroep_linde_smo", "--strategy", strategy, "--out", out.string(), "--trainee", "Test"});
        CHECK_MESSAGE(r.code == 0, r.err);
        REQUIRE(fs::exists(out));
        struct stat st {};
        REQUIRE(::stat(out.c_str(), &st) == 0);
        CHECK((st.st_mode & 0777u) == 0600u);
        std::ifstream in(out);
        auto session = nlohmann::json::parse(in);
        CHECK(session["schema_version"] == smo::core::kSessionSchemaVersion); // written in the current schema
        CHECK(session["finished"] == true);
        CHECK(session["trainee"] == "Test");
        CHECK(session["scenario"]["id"] == "zorggroep_linde_smo");
        CHECK(session["scenario"]["sha256"].get<std::string>().size() == 64);
        CHECK_FALSE(session["rulebase_version"].get<std::string>().empty());
        CHECK(session["scores"].is_object());
        CHECK(session["supervisor_review"]["reviewer"].is_null());
        CHECK(r.out.find("[einde]") != std::string::npos);
    }
}

TEST_CASE("play: answers:FILE drives the observe scenario") {
    smo::test::TempDir tmp;
    auto answers = tmp.path() / "answers.json";
    std::ofstream(answers) << R"(["met_werknemer", "nee", "acceptable", "CONF-MED", "acceptable", "PROC-ROLE", "CONS-OPTOUT", "uwv_42"])";
    auto out = tmp.path() / "s.json";
    auto r = play({src("scenarios/transport_driegesprek_observeren.json"), "--strategy", "answers:" + answers.string(),
                   "--out", out.string(), "--quiet"});
    CHECK_MESSAGE(r.code == 0, r.err);
    CHECK(r.out.empty());
    std::ifstream in(out);
    auto session = nlohmann::json::parse(in);
    CHECK(session["scores"]["observe"]["hits"] == 3);
    CHECK(session["scores"]["observe"]["correct_accepts"] == 2);
}

TEST_CASE("play: without --out the session goes to the XDG session store") {
    smo::test::TempDir tmp;
    ::setenv("XDG_DATA_HOME", tmp.path().c_str(), 1);
    auto r = play({"transport_driegesprek_observeren", "--strategy", "best", "--quiet"});
    ::unsetenv("XDG_DATA_HOME");
    CHECK_MESSAGE(r.code == 0, r.err);
    auto dir = tmp.path() / "smo-trainer" / "sessions";
    REQUIRE(fs::is_directory(dir));
    int files = 0;
    for (const auto& e : fs::directory_iterator(dir)) files += e.path().extension() == ".json" ? 1 : 0;
    CHECK(files == 1);
}

TEST_CASE("play: unplayable scenarios exit 1, usage errors 2") {
    CHECK(play({fixture("SC012_unknown_next.json"), "--strategy", "first", "--out", "/tmp/unused.json"}).code == 1);
    CHECK(play({"bestaat_niet", "--strategy", "first"}).code == 1);
    smo::test::TempDir tmp;
    auto answers = tmp.path() / "a.json";
    std::ofstream(answers) << R"(["opeenvolgend"])";
    auto out = (tmp.path() / "s.json").string();
    auto r = play({"zorggroep_linde_smo", "--strategy", "answers:" + answers.string(), "--out", out, "--quiet"});
    CHECK(r.code == 1); // answers run out before the end
    CHECK(r.err.find("antwoorden zijn op") != std::string::npos);
    CHECK(play({"zorggroep_linde_smo"}).code == 2);
    CHECK(play({"zorggroep_linde_smo", "--strategy", "clever"}).code == 2);
    CHECK(play({"zorggroep_linde_smo", "--strategy", "best", "--mode", "examen"}).code == 2);
    CHECK(play({"--strategy", "best"}).code == 2);
}

TEST_CASE("play ID finds a scenario in the own folder ($XDG_DATA_HOME/smo-trainer/scenarios), own first") {
    smo::test::TempDir tmp;
    auto own = tmp.path() / "smo-trainer" / "scenarios";
    fs::create_directories(own);
    auto fixture_json = nlohmann::json::parse(std::ifstream(fixture("valid_minimal.json")));
    fixture_json["id"] = "eigen_casus";
    std::ofstream(own / "eigen_casus.json") << fixture_json.dump(2);
    // An own scenario with a bundled id: "own wins" (told apart by its first line).
    fixture_json["id"] = "zorggroep_linde_smo";
    fixture_json["nodes"][0]["text"] = "Eigen versie van Linde.";
    std::ofstream(own / "zorggroep_linde_smo.json") << fixture_json.dump(2);

    ::setenv("XDG_DATA_HOME", tmp.path().c_str(), 1);
    auto r = play({"eigen_casus", "--strategy", "best", "--out", (tmp.path() / "s.json").string()});
    auto shadow =
        play({"zorggroep_linde_smo", "--strategy", "best", "--out", (tmp.path() / "z.json").string()});
    ::unsetenv("XDG_DATA_HOME");
    CHECK_MESSAGE(r.code == 0, r.err);
    CHECK(r.out.find("Wat kan hij?") != std::string::npos);
    std::ifstream in(tmp.path() / "s.json");
    auto session = nlohmann::json::parse(in);
    CHECK(session["scenario"]["id"] == "eigen_casus");
    CHECK_MESSAGE(shadow.code == 0, shadow.err);
    CHECK(shadow.out.find("Eigen versie van Linde.") != std::string::npos);

    // Without the own folder the id is unknown again.
    smo::test::TempDir empty;
    ::setenv("XDG_DATA_HOME", empty.path().c_str(), 1);
    auto missing = play({"eigen_casus", "--strategy", "best", "--out", (tmp.path() / "m.json").string()});
    ::unsetenv("XDG_DATA_HOME");
    CHECK(missing.code == 1);
}
