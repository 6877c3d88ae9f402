// The CLI contracts of `smo-trainer review` and `smo-trainer report`: exit codes, one line per file
// in path order, the exact --json shape, CSV exports, and refusals that write nothing.
#include "cli/report_command.hpp"
#include "cli/review_command.hpp"
#include "core/cohort_fixture.hpp"
#include "core/review.hpp"
#include "core/sha256.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace smo::core;
namespace fs = std::filesystem;
using smo::test::TempDir;

namespace {
struct Run {
    int code = 0;
    std::string out, err;
};
Run review(std::vector<std::string> args) {
    std::ostringstream out, err;
    Run r;
    r.code = smo::cli::run_review(args, {}, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}
Run report(std::vector<std::string> args) {
    std::ostringstream out, err;
    Run r;
    r.code = smo::cli::run_report(args, {}, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

const LibraryEntry& scenario() {
    static const auto library = smo::test::cohort_library(smo::test::source_dir() / "scenarios");
    return library.front();
}

std::string handed_in(const std::string& trainee, StrategyKind kind = StrategyKind::Best) {
    Session s = smo::test::played_session(scenario(), kind, 5, trainee);
    return hand_in_json(
        s, {scenario().sha256, scenario().path.filename().string(), smo::test::slurp(scenario().path)});
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);)
        out.push_back(l);
    return out;
}
} // namespace

TEST_CASE("review: all verified -> exit 0, one line per file in path order, CSV exports written") {
    TempDir dir, out;
    smo::test::spit(dir.path() / "b.smo.json", handed_in("Bram"));
    smo::test::spit(dir.path() / "a.smo.json", handed_in("Anna"));
    const auto before = smo::test::snapshot(dir.path());
    auto csv = (out.path() / "cohort.csv").string(), items = (out.path() / "items.csv").string();
    Run r = review({dir.path().string(), "--csv", csv, "--items", items});
    INFO(r.err);
    CHECK(r.code == 0);
    auto l = lines(r.out);
    REQUIRE(l.size() == 3);
    CHECK(
        l[0].rfind("verified  " + (dir.path() / "a.smo.json").string() + "  Anna  " + scenario().scenario->id,
                   0) == 0);
    CHECK(l[1].rfind("verified  " + (dir.path() / "b.smo.json").string() + "  Bram", 0) == 0);
    CHECK(l[2] == "2 bestanden: 2 sessies, 0 onleesbaar");
    CHECK(smo::test::slurp(csv).rfind("\xEF\xBB\xBF"
                                      "file;",
                                      0) == 0);
    CHECK(lines(smo::test::slurp(csv)).size() == 3);
    CHECK(smo::test::slurp(items).find(";Anna;") != std::string::npos);
    CHECK(smo::test::snapshot(dir.path()) == before);
}

TEST_CASE("review --json: exactly {\"sessions\":[...]}, one object per file, unreadable included, exit 1") {
    TempDir dir;
    smo::test::spit(dir.path() / "a.smo.json", handed_in("Anna"));
    auto edited = nlohmann::json::parse(handed_in("Bram"));
    edited["scores"]["confidentiality"] = 7;
    smo::test::spit(dir.path() / "b.smo.json", edited.dump());
    smo::test::spit(dir.path() / "c.json", "{\"schema_version\": 2,");
    smo::test::spit(dir.path() / "a.smo.json.review.json", "{}"); // a sidecar: not a session
    Run r = review({dir.path().string(), "--json"});
    CHECK(r.code == 1);
    auto j = nlohmann::json::parse(r.out);
    REQUIRE(j.is_object());
    CHECK(j.size() == 1);
    const auto& s = j.at("sessions");
    REQUIRE(s.size() == 3);
    for (const auto& o : s)
        for (const char* key : {"file", "session_id", "trainee", "scenario_id", "verification", "reason"})
            CHECK_MESSAGE(o.contains(key), key);
    CHECK(s[0]["verification"] == "verified");
    CHECK(s[0]["trainee"] == "Anna");
    CHECK(s[0]["confidentiality"].is_number_integer());
    CHECK(s[1]["verification"] == "edited");
    CHECK(s[1]["reason"].get<std::string>().find("confidentiality") != std::string::npos);
    CHECK(s[2]["verification"] == "unreadable");
    CHECK(s[2]["session_id"].is_null());
    CHECK(s[2]["reason"].get<std::string>().find("c.json:1:") != std::string::npos);
}

TEST_CASE("review: a scenario that changed is exit 0 (not an edit), usage errors are exit 2") {
    TempDir dir, lib;
    smo::test::spit(dir.path() / "a.json",
                    session_to_json(smo::test::played_session(scenario(), StrategyKind::Best, 5, "A")));
    smo::test::spit(lib.path() / scenario().path.filename(), smo::test::slurp(scenario().path) + "\n");
    Run changed = review({dir.path().string(), "--scenarios", lib.path().string()});
    CHECK(changed.code == 0);
    CHECK(changed.out.rfind("scenario_changed  ", 0) == 0);

    CHECK(review({}).code == 2);
    CHECK(review({"--bogus", dir.path().string()}).code == 2);
    CHECK(review({(dir.path() / "nope").string()}).code == 2);
    CHECK(review({dir.path().string(), "--csv"}).code == 2);
    Run refused = review({dir.path().string(), "--csv", dir.path().string()});
    CHECK(refused.code == 2);
    CHECK(refused.err.find("--csv") != std::string::npos);
    CHECK(review({"--help"}).code == 0);
}

TEST_CASE("report: writes HTML and Markdown from the replayed session, refusals write nothing") {
    TempDir dir, out;
    const fs::path session = dir.path() / "anna.smo.json";
    smo::test::spit(session, handed_in("Anna Jansen", StrategyKind::Worst));
    const auto html = out.path() / "r.html", md = out.path() / "r.md";
    Run r = report({session.string(), "--html", html.string(), "--md", md.string()});
    INFO(r.err);
    CHECK(r.code == 0);
    CHECK(r.err.empty());
    CHECK(smo::test::slurp(html).find("Anna Jansen") != std::string::npos);
    CHECK(smo::test::slurp(md).find("Anna Jansen") != std::string::npos);

    TempDir empty;
    Run review_hook = report({session.string(), "--review", (dir.path() / "x.review.json").string(), "--html",
                              (empty.path() / "r.html").string()});
    CHECK(review_hook.code == 1);
    CHECK(review_hook.err.find("--review") != std::string::npos);
    CHECK(fs::is_empty(empty.path()));

    CHECK(report({session.string()}).code == 2);                                  // no --html/--md
    CHECK(report({session.string(), "--html", empty.path().string()}).code == 2); // a folder
    CHECK(report({session.string(), "--lang", "fr", "--md", "x.md"}).code == 2);
    smo::test::spit(dir.path() / "broken.json", "{");
    Run broken = report({(dir.path() / "broken.json").string(), "--md", (empty.path() / "b.md").string()});
    CHECK(broken.code == 1);
    CHECK(broken.err.find("broken.json:") != std::string::npos);
    CHECK(fs::is_empty(empty.path()));
}

TEST_CASE("report --review prints the supervisor's feedback, a review of another session is refused") {
    TempDir dir, out;
    const fs::path session = dir.path() / "anna.smo.json";
    const std::string text = handed_in("Anna Jansen", StrategyKind::Worst);
    smo::test::spit(session, text);
    Review feedback;
    feedback.session_id = nlohmann::json::parse(text).at("session_id").get<std::string>();
    feedback.session_sha256 = sha256_hex(text);
    feedback.status = ReviewStatus::Besproken;
    feedback.overall.went_well = "Rustig en helder uitgelegd.";
    feedback.turn_comments.push_back(
        {"t3", "Hier had je de diagnose weg kunnen laten.", "Ria", "2026-12-05T10:00:00Z"});
    feedback.updated_at = "2026-12-05T10:00:00Z";
    const fs::path sidecar = dir.path() / "anna.smo.json.review.json";
    smo::test::spit(sidecar, review_to_json(feedback));
    const auto html = out.path() / "r.html", md = out.path() / "r.md";
    Run r = report(
        {session.string(), "--review", sidecar.string(), "--html", html.string(), "--md", md.string()});
    INFO(r.err);
    REQUIRE(r.code == 0);
    for (const auto& file : {html, md}) {
        const std::string written = smo::test::slurp(file);
        CHECK(written.find("Feedback van je begeleider") != std::string::npos);
        CHECK(written.find("Rustig en helder uitgelegd.") != std::string::npos);
        CHECK(written.find("Hier had je de diagnose weg kunnen laten.") != std::string::npos);
        CHECK(written.find("besproken") != std::string::npos);
    }

    feedback.session_id = "20260101T000000Z-ander-00000000";
    smo::test::spit(sidecar, review_to_json(feedback));
    TempDir empty;
    Run other =
        report({session.string(), "--review", sidecar.string(), "--md", (empty.path() / "r.md").string()});
    CHECK(other.code == 1);
    CHECK(other.err.find("andere sessie") != std::string::npos);
    CHECK(fs::is_empty(empty.path()));
}
