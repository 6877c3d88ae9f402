// A supervisor's cohort: handed-in sessions are read (never written), replayed and re-scored;
// edits, a changed or unknown scenario and a newer rulebase are told apart; files that are not
// sessions are listed with a located reason; the table sorts and filters; analytics add up.
#include "cohort_fixture.hpp"
#include "core/cohort.hpp"
#include "core/sha256.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <regex>
#include <sys/stat.h>
#include <unistd.h>

using namespace smo::core;
namespace fs = std::filesystem;
using nlohmann::json;
using smo::test::TempDir;

namespace {

const std::vector<LibraryEntry>& bundled() {
    static const auto library = smo::test::cohort_library(smo::test::source_dir() / "scenarios");
    return library;
}

/// The bundled scenario with the most decisions, so edits have something to hit.
const LibraryEntry& scenario() {
    for (const auto& e : bundled())
        if (e.scenario->id == "smo_magazijn_drie_casussen") return e;
    return bundled().front();
}

std::string handed_in_text(const Session& s, const LibraryEntry& entry) {
    EmbeddedScenario embedded{entry.sha256, entry.path.filename().string(), smo::test::slurp(entry.path)};
    return hand_in_json(s, embedded);
}

Cohort load(const fs::path& dir, const std::vector<LibraryEntry>& library = bundled()) {
    const auto& engine = smo::test::cohort_engine();
    return load_cohort(dir, library, engine, engine.rulebase(), smo::test::rulebase_version());
}

const CohortEntry& only_entry(const Cohort& c) {
    for (const auto& p : c.problems)
        MESSAGE(p.reason);
    REQUIRE(c.entries.size() == 1);
    return c.entries.front();
}

/// Judges every statement "allowed": a rulebase that changed its mind about everything.
struct LenientEvaluator final : smo::scoring::StatementEvaluator {
    smo::scoring::Evaluation evaluate(const smo::scoring::Statement&,
                                      const smo::scoring::Context&) const override {
        return {};
    }
};

} // namespace

TEST_CASE("an untouched handed-in session is verified, with its outcome from the replay") {
    TempDir dir;
    Session s = smo::test::played_session(scenario(), StrategyKind::Worst, 1, "Anna");
    REQUIRE(s.finished);
    smo::test::spit(dir.path() / "anna.smo.json", handed_in_text(s, scenario()));
    const auto before = smo::test::snapshot(dir.path());
    Cohort c = load(dir.path());
    const CohortEntry& e = only_entry(c);
    CHECK(e.verification == Verification::Verified);
    CHECK(e.verification_reason.empty());
    CHECK(e.differences.empty());
    CHECK(e.scenario_source == "library");
    CHECK(e.scenario_title == scenario().scenario->title);
    REQUIRE(e.outcome);
    CHECK(e.confidentiality_percent == s.scores->confidentiality);
    CHECK(e.violations == s.scores->violations);
    CHECK(e.duration_minutes == 42);
    CHECK(e.reflection_written);
    CHECK(e.self_rating_gap.has_value());
    CHECK(e.goal_percent.size() == scenario().scenario->learning_goals.size());
    CHECK(e.file_sha256 == sha256_hex(smo::test::slurp(dir.path() / "anna.smo.json")));
    CHECK(e.review_status_id == "nieuw");
    CHECK_FALSE(e.in_zip()); // its review goes beside the file, not beside a zip
    CHECK(smo::test::snapshot(dir.path()) == before);
}

TEST_CASE("edits to a meter, a score, a verdict or an option id are each found through load_cohort") {
    Session s = smo::test::played_session(scenario(), StrategyKind::Worst, 1, "Anna");
    json j = json::parse(handed_in_text(s, scenario()));
    std::string what;
    SUBCASE("meter") {
        REQUIRE_FALSE(j["state"]["vars"].empty());
        j["state"]["vars"].begin().value() = 99;
        what = "vars/";
    }
    SUBCASE("score") {
        int conf = j["scores"]["confidentiality"];
        j["scores"]["confidentiality"] = conf == 100 ? 99 : 100;
        what = "confidentiality";
    }
    SUBCASE("verdict") {
        bool done = false;
        for (auto& t : j["transcript"])
            if (!done && t.contains("evaluation")) {
                auto& v = t["evaluation"]["verdict"];
                v = v == "allowed" ? "violation" : "allowed";
                done = true;
            }
        REQUIRE(done);
        what = "verdict";
    }
    SUBCASE("option id") {
        bool done = false;
        for (auto& t : j["transcript"])
            if (!done && t["kind"] == "choice") {
                t["option_id"] = "bestaat_niet";
                done = true;
            }
        REQUIRE(done);
        what = "bestaat_niet";
    }
    TempDir dir;
    smo::test::spit(dir.path() / "edited.smo.json", j.dump(2));
    const auto before = smo::test::snapshot(dir.path());
    Cohort c = load(dir.path());
    const CohortEntry& e = only_entry(c);
    CAPTURE(e.verification_reason);
    CHECK(e.verification == Verification::Edited);
    CHECK(e.verification_reason.find(what) != std::string::npos);
    CHECK(smo::test::snapshot(dir.path()) == before);
}

TEST_CASE("the scenario changed in the library: without a copy it is scenario_changed, with one it is "
          "verified against the copy and says the library never had that version") {
    TempDir lib_dir, dir;
    const fs::path copy = lib_dir.path() / scenario().path.filename();
    std::string text = smo::test::slurp(scenario().path);
    const std::string from = "\"version\": \"" + scenario().scenario->version + "\"";
    REQUIRE(text.find(from) != std::string::npos);
    smo::test::spit(copy, std::string(text).replace(text.find(from), from.size(), "\"version\": \"9.9.9\""));
    const auto library = smo::test::cohort_library(lib_dir.path());
    REQUIRE(library.size() == 1);
    REQUIRE(library.front().ok());
    Session s = smo::test::played_session(scenario(), StrategyKind::Best, 1, "Anna");

    SUBCASE("plain saved session") {
        smo::test::spit(dir.path() / "s.json", session_to_json(s));
        const Cohort c = load(dir.path(), library);
        const CohortEntry& e = only_entry(c);
        CHECK(e.verification == Verification::ScenarioChanged);
        CHECK(e.scenario_source == "library");
        CHECK(e.verification_reason.find("9.9.9") != std::string::npos);
        CHECK(e.outcome); // re-scored against the current scenario
    }
    SUBCASE("handed in with the scenario embedded") {
        smo::test::spit(dir.path() / "s.smo.json", handed_in_text(s, scenario()));
        const Cohort c = load(dir.path(), library);
        const CohortEntry& e = only_entry(c);
        CHECK(e.verification == Verification::Verified);
        CHECK(e.scenario_source == "embedded");
        CHECK(e.verification_reason.find("nooit versie " + s.scenario.version) != std::string::npos);
        CHECK(e.verification_reason.find("ingebedde kopie") != std::string::npos);
        CHECK(e.outcome);
    }
    SUBCASE("handed in, the library lacks the scenario altogether") {
        smo::test::spit(dir.path() / "s.smo.json", handed_in_text(s, scenario()));
        const Cohort c = load(dir.path(), {});
        const CohortEntry& e = only_entry(c);
        CHECK(e.verification == Verification::Verified);
        CHECK(e.scenario_source == "embedded");
        CHECK(e.verification_reason.find("staat niet in de bibliotheek") != std::string::npos);
    }
    SUBCASE("an embedded copy that does not match its SHA-256 is an edit") {
        json j = json::parse(handed_in_text(s, scenario()));
        std::string t = j["embedded_scenario"]["text"];
        j["embedded_scenario"]["text"] = t.replace(t.find(from), from.size(), "\"version\": \"1.0.1\"");
        smo::test::spit(dir.path() / "s.smo.json", j.dump());
        const Cohort c = load(dir.path(), library);
        const CohortEntry& e = only_entry(c);
        CHECK(e.verification == Verification::Edited);
        CHECK(e.scenario_source == "embedded");
        CHECK(e.verification_reason.find("SHA-256") != std::string::npos);
    }
    SUBCASE("no scenario at all: unreadable, 'scenario onbekend'") {
        smo::test::spit(dir.path() / "s.json", session_to_json(s));
        const Cohort c = load(dir.path(), {});
        const CohortEntry& e = only_entry(c);
        CHECK(e.verification == Verification::Unreadable);
        CHECK(e.scenario_source == "missing");
        CHECK(e.verification_reason.rfind("scenario onbekend", 0) == 0);
        CHECK_FALSE(e.outcome);
    }
}

TEST_CASE("a newer rulebase that judges differently is reported per statement, old -> new verdict") {
    TempDir dir;
    Session s = smo::test::played_session(scenario(), StrategyKind::Worst, 1, "Anna");
    int flagged = 0;
    for (const auto& t : s.transcript)
        if (t.evaluation && t.evaluation->verdict != smo::scoring::Verdict::Allowed) ++flagged;
    REQUIRE(flagged > 0);
    smo::test::spit(dir.path() / "s.smo.json", handed_in_text(s, scenario()));
    LenientEvaluator lenient;
    Cohort c =
        load_cohort(dir.path(), bundled(), lenient, smo::test::cohort_engine().rulebase(), "2099.01.0");
    const CohortEntry& e = only_entry(c);
    int rescored = 0;
    for (const auto& d : e.differences) {
        CHECK(d.kind == DifferenceKind::Rescored);
        if (d.field == "verdict") {
            ++rescored;
            CHECK(d.stored != "allowed");
            CHECK(d.replayed.find("allowed") != std::string::npos);
        }
    }
    CHECK(rescored == flagged);
    CHECK(e.verification == Verification::Verified);
    CHECK(e.verification_reason.find("anders") != std::string::npos);
    REQUIRE(e.violations);
    CHECK(*e.violations == 0); // the outcome follows the re-scored transcript
}

TEST_CASE("files that are not readable sessions are problems with a located reason, nothing is written") {
    TempDir dir;
    Session s = smo::test::played_session(scenario(), StrategyKind::Best, 1, "Anna");
    const std::string good = session_to_json(s);
    fs::create_directories(dir.path() / "sub");
    smo::test::spit(dir.path() / "sub/good.json", good);
    smo::test::spit(dir.path() / "truncated.json", good.substr(0, good.size() / 2));
    smo::test::spit(dir.path() / "binary.json", std::string("\x7f"
                                                            "ELF\x00\x01\xff\xfe",
                                                            8));
    json newer = json::parse(good);
    newer["schema_version"] = 99;
    smo::test::spit(dir.path() / "newer.json", newer.dump(2));
    smo::test::spit(dir.path() / "foreign.json", "{\n  \"hello\": \"world\"\n}\n");
    smo::test::spit(dir.path() / "good.review.json", "{ not even json");
    smo::test::spit(dir.path() / "notes.txt", "not a session");
    REQUIRE(::mkfifo((dir.path() / "fifo.json").c_str(), 0600) == 0);
    // Sparse: 65 MiB of nothing, over the limit; it must be refused before it is read.
    smo::test::spit(dir.path() / "big.json", "{");
    REQUIRE(::truncate((dir.path() / "big.json").c_str(), static_cast<off_t>(kCohortMaxFileBytes) + 1024) ==
            0);
    const auto before = smo::test::snapshot(dir.path());

    CohortProgress progress;
    Cohort c = load_cohort(dir.path(), bundled(), smo::test::cohort_engine(),
                           smo::test::cohort_engine().rulebase(), smo::test::rulebase_version(), &progress);
    CHECK(progress.total == 7);
    CHECK(progress.done == 7);
    REQUIRE(c.entries.size() == 1);
    CHECK(c.entries[0].file.filename() == "good.json");
    std::map<std::string, std::string> reasons;
    for (const auto& p : c.problems) {
        CHECK(p.reason.rfind(p.file.string(), 0) == 0); // every reason starts with its file
        reasons[p.file.filename().string()] = p.reason;
    }
    REQUIRE(reasons.size() == 6);
    auto located = [](const std::string& r) {
        return std::regex_search(r, std::regex(R"(\.json:\d+:\d+: )"));
    };
    CHECK(located(reasons["truncated.json"]));
    CHECK(located(reasons["binary.json"]));
    CHECK(reasons["newer.json"].find("nieuwer") != std::string::npos);
    CHECK(reasons["foreign.json"].find("schema_version") != std::string::npos);
    CHECK_FALSE(reasons["fifo.json"].empty());
    CHECK(reasons["big.json"].find("groter") != std::string::npos);
    CHECK(smo::test::snapshot(dir.path()) == before);
}

TEST_CASE("a missing folder is one problem, a single file can be loaded, cancel stops the loader") {
    TempDir dir;
    Cohort missing = load(dir.path() / "nope");
    REQUIRE(missing.problems.size() == 1);
    CHECK(missing.problems[0].reason.find("bestaat niet") != std::string::npos);

    Session s = smo::test::played_session(scenario(), StrategyKind::Best, 1, "Anna");
    smo::test::spit(dir.path() / "a.json", session_to_json(s));
    smo::test::spit(dir.path() / "b.json", session_to_json(s));
    CHECK(load(dir.path() / "a.json").entries.size() == 1);

    CohortProgress progress;
    progress.cancel = true;
    Cohort cancelled =
        load_cohort(dir.path(), bundled(), smo::test::cohort_engine(), smo::test::cohort_engine().rulebase(),
                    smo::test::rulebase_version(), &progress);
    CHECK(progress.total == 2);
    CHECK(progress.done == 0);
    CHECK(cancelled.entries.empty());
}

namespace {
CohortEntry row(const std::string& file, const std::string& trainee, const std::string& scenario_id,
                std::optional<int> conf, const std::string& status,
                std::optional<double> gap = std::nullopt) {
    CohortEntry e;
    e.file = file;
    e.session.trainee = trainee;
    e.session.scenario.id = scenario_id;
    e.confidentiality_percent = conf;
    e.review_status_id = status;
    e.self_rating_gap = gap;
    return e;
}
} // namespace

TEST_CASE("cohort_order sorts by a column (ties by file, missing values last) and filters") {
    Cohort c;
    c.entries = {row("d.json", "Bram", "s1", 80, "nieuw", 1.5), row("a.json", "anna", "s2", 60, "bekeken"),
                 row("c.json", "Anneke", "s1", std::nullopt, "nieuw", 0.5),
                 row("b.json", "Chris", "s1", 80, "besproken", 2.0)};
    CHECK(cohort_order(c, CohortColumn::File, false, {}) == std::vector<std::size_t>{1, 3, 2, 0});
    CHECK(cohort_order(c, CohortColumn::Confidentiality, false, {}) == std::vector<std::size_t>{1, 3, 0, 2});
    CHECK(cohort_order(c, CohortColumn::Confidentiality, true, {}) == std::vector<std::size_t>{3, 0, 1, 2});
    CHECK(cohort_order(c, CohortColumn::Trainee, false, {}) == std::vector<std::size_t>{1, 2, 0, 3});
    CHECK(cohort_order(c, CohortColumn::SelfRatingGap, true, {}) == std::vector<std::size_t>{3, 0, 2, 1});

    CohortFilter f;
    f.trainee = "ANN";
    CHECK(cohort_order(c, CohortColumn::File, false, f) == std::vector<std::size_t>{1, 2});
    f.scenario_id = "s1";
    CHECK(cohort_order(c, CohortColumn::File, false, f) == std::vector<std::size_t>{2});
    CohortFilter by_status;
    by_status.status_id = "nieuw";
    CHECK(cohort_order(c, CohortColumn::File, false, by_status) == std::vector<std::size_t>{2, 0});
    by_status.verification = Verification::Edited;
    CHECK(cohort_order(c, CohortColumn::File, false, by_status).empty());
    CHECK(std::string(cohort_column_id(CohortColumn::SelfRatingGap)) == "self_rating_gap");
}

namespace {
TranscriptEntry statement(const std::string& node, EntryKind kind, const std::string& option,
                          smo::scoring::Verdict verdict, std::vector<std::string> rules) {
    TranscriptEntry t;
    t.node_id = node;
    t.kind = kind;
    t.option_id = option;
    smo::scoring::Evaluation ev;
    ev.verdict = verdict;
    for (auto& r : rules) {
        smo::scoring::RuleHit hit;
        hit.rule_id = r;
        hit.verdict = verdict;
        ev.hits.push_back(hit);
    }
    t.evaluation = ev;
    return t;
}
SessionOutcome outcome(int conf_percent, int self_conf, int lg1_percent, int self_lg1) {
    SessionOutcome o;
    o.bars = {ScoreBar{"confidentiality", conf_percent / 100.0f, self_conf, conf_percent},
              ScoreBar{"LG1", lg1_percent / 100.0f, self_lg1, lg1_percent}};
    return o;
}
} // namespace

TEST_CASE("analytics on a small hand-built cohort") {
    using smo::scoring::Verdict;
    Cohort c;
    c.entries = {row("a.json", "Anna", "s1", 50, "nieuw"), row("b.json", "Anna", "s1", 100, "bekeken"),
                 row("c.json", "Bram", "s2", 90, "nieuw")};
    c.entries[0].judged_transcript = {
        statement("n1", EntryKind::Choice, "diag", Verdict::Violation, {"CONF-DIAG", "CONS-OPTOUT"}),
        statement("n2", EntryKind::FreeText, "", Verdict::Caution, {"CONF-DIAG", "ALLOW-VANGNET"})};
    c.entries[1].judged_transcript = {statement("n1", EntryKind::Choice, "func", Verdict::Allowed, {}),
                                      statement("n2", EntryKind::FreeText, "", Verdict::Allowed, {})};
    c.entries[2].judged_transcript = {
        statement("m1", EntryKind::Compose, "", Verdict::Violation, {"CONS-OPTOUT"}),
        {}}; // a line without evaluation is not an item
    c.entries[0].outcome = outcome(50, 4, 20, 0);
    c.entries[1].outcome = outcome(100, 5, 80, 3);
    c.entries[2].outcome = outcome(90, 2, 40, 2);

    CohortAnalytics a = analyse_cohort(c);
    REQUIRE(a.rule_breaches.size() == 2); // the ALLOW-VANGNET caution is not a breach
    CHECK(a.rule_breaches[0].rule_id == "CONF-DIAG"); // a violation and a caution; ties by id
    CHECK(a.rule_breaches[0].count == 2);
    CHECK(a.rule_breaches[1].rule_id == "CONS-OPTOUT");
    CHECK(a.rule_breaches[1].count == 2);

    REQUIRE(a.items.size() == 2);
    CHECK(a.items[0].scenario_id == "s1");
    REQUIRE(a.items[0].nodes.size() == 2);
    const NodeStats& n1 = a.items[0].nodes[0];
    CHECK(n1.node_id == "n1");
    REQUIRE(n1.options.size() == 2);
    CHECK(n1.options[0].option_id == "diag");
    CHECK(n1.options[0].chosen == 1);
    CHECK(n1.options[0].breaches == 1);
    CHECK(n1.options[1].option_id == "func");
    CHECK(n1.options[1].breaches == 0);
    CHECK(a.items[0].nodes[1].options[0].option_id == "vrije tekst");
    CHECK(a.items[0].nodes[1].options[0].chosen == 2);
    CHECK(a.items[0].nodes[1].options[0].breaches == 0); // a caution is no breach of the item
    CHECK(a.items[1].nodes[0].options[0].option_id == "samengesteld");
    CHECK(a.items[1].nodes[0].options[0].breaches == 1);

    CHECK(a.trainee_goals["Anna"]["confidentiality"] == 75);
    CHECK(a.trainee_goals["Anna"]["LG1"] == 50);
    CHECK(a.trainee_goals["Bram"]["LG1"] == 40);
    REQUIRE(a.calibration["confidentiality"].size() == 3);
    REQUIRE(a.calibration["LG1"].size() == 2); // Anna did not rate LG1 in a.json
    CHECK(a.calibration["LG1"][0].entry == 1);
    CHECK(a.calibration["LG1"][0].self_rating == 3);
    CHECK(a.calibration["LG1"][0].measured_percent == 80);
    CHECK(a.status_counts == std::map<std::string, int>{{"bekeken", 1}, {"nieuw", 2}});
}

TEST_CASE("minutes_between parses ISO UTC and refuses nonsense") {
    CHECK(minutes_between("2026-11-20T09:00:00Z", "2026-11-20T10:30:59Z") == 90);
    CHECK_FALSE(minutes_between("2026-11-20T10:00:00Z", "2026-11-20T09:00:00Z"));
    CHECK_FALSE(minutes_between("gisteren", "2026-11-20T09:00:00Z"));
}
