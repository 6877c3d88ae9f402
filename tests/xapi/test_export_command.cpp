// `smo-trainer export --xapi SESSION [--out FILE]`: the statements of a handed-in session as a
// JSON array on stdout or written atomically; the review sidecar's comments; the settings' actor;
// clear refusals with exit codes like `report`.
#include "cli/export_command.hpp"
#include "core/cohort_fixture.hpp"
#include "core/review.hpp"
#include "core/settings.hpp"
#include "core/sha256.hpp"
#include "core/xapi_statements.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <sys/stat.h>

using namespace smo::core;
namespace fs = std::filesystem;
using Json = nlohmann::json;
using smo::test::TempDir;

namespace {
struct Run {
    int code = 0;
    std::string out, err;
};
Run export_xapi(std::vector<std::string> args) {
    std::ostringstream out, err;
    Run r;
    r.code = smo::cli::run_export(args, {}, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}
const LibraryEntry& scenario() {
    static const auto library = smo::test::cohort_library(smo::test::source_dir() / "scenarios");
    return library.front();
}
} // namespace

TEST_CASE("export --xapi: stdout and --out give the same array, with the sidecar's comments and the actor") {
    TempDir dir, out;
    Session s = smo::test::played_session(scenario(), StrategyKind::Worst, 5, "Anna Jansen");
    s.mode = SessionMode::Toets;
    const std::string text = hand_in_json(
        s, {scenario().sha256, scenario().path.filename().string(), smo::test::slurp(scenario().path)});
    const fs::path session = dir.path() / "anna.smo.json";
    smo::test::spit(session, text);
    Settings settings;
    settings.institution_home_page = "https://www.umcg.nl";
    settings.xapi_account_name = "s7654321";
    const fs::path settings_file = dir.path() / "settings.json";
    smo::test::spit(settings_file, settings_to_json(settings));

    const std::string first_turn = [&] {
        for (const auto& e : s.transcript)
            if (e.by_trainee) return e.turn_id;
        return std::string();
    }();
    Review review;
    review.session_id = s.session_id;
    review.session_sha256 = sha256_hex(text);
    review.turn_comments.push_back({first_turn, "Goed dat je eerst vroeg.", "Ria", "2026-12-05T10:00:00Z"});
    review.updated_at = "2026-12-05T10:00:00Z";
    smo::test::spit(dir.path() / "anna.smo.json.review.json", review_to_json(review));

    Run r = export_xapi({"--xapi", session.string(), "--settings", settings_file.string()});
    INFO(r.err);
    REQUIRE(r.code == 0);
    const Json array = Json::parse(r.out);
    REQUIRE(array.is_array());
    std::vector<std::string> verbs;
    for (const auto& st : array) {
        verbs.push_back(st.at("verb").at("id").get<std::string>());
        CHECK(st.at("context").at("registration") == xapi_registration(s.session_id));
        if (verbs.back().ends_with("/commented")) continue;
        CHECK(st.at("actor").at("account").at("name") == "s7654321");
        CHECK(st.at("actor").at("account").at("homePage") == "https://www.umcg.nl");
        CHECK_FALSE(st.at("actor").contains("name"));
    }
    CHECK(verbs.front() == "http://adlnet.gov/expapi/verbs/initialized");
    CHECK(std::count(verbs.begin(), verbs.end(), "http://adlnet.gov/expapi/verbs/commented") == 1);
    CHECK(std::count(verbs.begin(), verbs.end(), "http://adlnet.gov/expapi/verbs/passed") +
              std::count(verbs.begin(), verbs.end(), "http://adlnet.gov/expapi/verbs/failed") ==
          1);
    CHECK(array.back().at("object").at("id") == xapi_statement_id(s.session_id, "responded/" + first_turn));

    const fs::path file = out.path() / "statements.json";
    Run written = export_xapi(
        {"--xapi", session.string(), "--out", file.string(), "--settings", settings_file.string()});
    CHECK(written.code == 0);
    CHECK(written.out.empty());
    CHECK(smo::test::slurp(file) == r.out); // deterministic: the same ids again
    struct stat st {};
    REQUIRE(::stat(file.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("export: refusals say which file and why, exit 1 or 2, and write nothing") {
    TempDir dir, out;
    smo::test::spit(dir.path() / "broken.json", "{\"session_id\": ");
    const fs::path target = out.path() / "x.json";
    Run broken = export_xapi({"--xapi", (dir.path() / "broken.json").string(), "--out", target.string(),
                              "--settings", (dir.path() / "none.json").string()});
    CHECK(broken.code == 1);
    CHECK(broken.err.find("broken.json:") != std::string::npos);
    Run missing = export_xapi({"--xapi", (dir.path() / "missing.json").string(), "--out", target.string(),
                               "--settings", (dir.path() / "none.json").string()});
    CHECK(missing.code == 1);
    CHECK(missing.err.find("missing.json") != std::string::npos);
    CHECK(fs::is_empty(out.path()));

    CHECK(export_xapi({(dir.path() / "broken.json").string()}).code == 2); // no format
    CHECK(export_xapi({"--xapi"}).code == 2);                              // no session
    CHECK(export_xapi({"--xapi", "a.json", "b.json"}).code == 2);
    CHECK(export_xapi({"--xapi", "a.json", "--out"}).code == 2);
    CHECK(export_xapi({"--xapi", "a.json", "--out", out.path().string()}).code == 2); // a folder
    CHECK(export_xapi({"--bogus"}).code == 2);
    Run help = export_xapi({"--help"});
    CHECK(help.code == 0);
    CHECK(help.out.find("export --xapi") != std::string::npos);
}
