// Cohort exports open right in Dutch Excel (BOM, ';', CRLF), quote per RFC 4180 and never let a
// cell run as a formula. Compared byte for byte with tests/golden/csv/ (SMO_UPDATE_GOLDEN=1 rewrites).
#include "cohort_fixture.hpp"
#include "core/cohort_csv.hpp"

#include <cstdlib>
#include <doctest/doctest.h>

using namespace smo::core;
namespace fs = std::filesystem;

namespace {

void check_golden(const std::string& name, const std::string& actual) {
    const fs::path golden = smo::test::source_dir() / "tests/golden/csv" / name;
    if (std::getenv("SMO_UPDATE_GOLDEN") != nullptr) smo::test::spit(golden, actual);
    REQUIRE_MESSAGE(fs::exists(golden), golden.string());
    CHECK(smo::test::slurp(golden) == actual);
}

TranscriptEntry judged(const std::string& turn, const std::string& node, EntryKind kind,
                       const std::string& option, const std::string& text, smo::scoring::Verdict verdict,
                       std::vector<std::string> rules) {
    TranscriptEntry t;
    t.turn_id = turn;
    t.node_id = node;
    t.kind = kind;
    t.option_id = option;
    t.text = text;
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

Cohort small_cohort() {
    using smo::scoring::Verdict;
    Cohort c;
    CohortEntry a;
    a.file = "inleveren/anna-smo-x-2026-11-20.smo.json";
    a.session.session_id = "20261120T090000Z-smo_x-0000abcd";
    a.session.trainee = "Anna \"AJ\" de Vries";
    a.session.scenario.id = "smo_x";
    a.session.started_at = "2026-11-20T09:00:00Z";
    a.session.finished = true;
    a.scenario_title = "Magazijn; drie casussen";
    a.duration_minutes = 42;
    a.confidentiality_percent = 70;
    a.violations = 2;
    a.goal_percent = {{"LG1", 50}, {"LG3", 100}};
    a.self_rating_gap = 1.25;
    a.reflection_written = true;
    a.side_attempts = 1;
    a.review_status_id = "bekeken";
    a.judged_transcript = {
        judged("t3", "n_diag", EntryKind::Choice, "diag", "Hij heeft epilepsie.", Verdict::Violation,
               {"CONF-DIAG", "CONS-OPTOUT"}),
        judged("t5", "n_vrij", EntryKind::FreeText, "", "-1 dag; \"kort\"\nverzuim", Verdict::Caution,
               {"CONF-DIAG"}),
        judged("t7", "n_comp", EntryKind::Compose, "", "=SUM(A1:A2)", Verdict::Allowed, {})};
    CohortEntry b;
    b.file = "inleveren/=cmd.json";
    b.session.session_id = "20261121T100000Z-smo_y-00001234";
    b.session.trainee = "@Bram";
    b.session.scenario.id = "smo_y";
    b.session.mode = SessionMode::Toets;
    b.session.started_at = "2026-11-21T10:00:00Z";
    b.verification = Verification::Edited;
    b.verification_reason = "t4 meters: 99 → 6";
    b.goal_percent = {{"LG2", 33}};
    c.entries = {a, b};
    return c;
}

} // namespace

TEST_CASE("csv_field quotes , \" CR LF and neutralises formulas") {
    CHECK(csv_field("gewoon") == "gewoon");
    CHECK(csv_field("a;b") == "\"a;b\"");
    CHECK(csv_field("zei \"nee\"") == "\"zei \"\"nee\"\"\"");
    CHECK(csv_field("regel\r\nregel") == "\"regel\r\nregel\"");
    CHECK(csv_field("=1+1") == "'=1+1");
    CHECK(csv_field("+31") == "'+31");
    CHECK(csv_field("-2") == "'-2");
    CHECK(csv_field("@x") == "'@x");
    CHECK(csv_field("=a;b") == "\"'=a;b\"");
    CHECK(csv_field("") == "");
    CHECK(csv_row({"a", "b;c"}) == "a;\"b;c\"\r\n");
}

TEST_CASE("cohort CSV: BOM, header with every goal of the cohort, one row per session (golden)") {
    const std::string csv = cohort_csv(small_cohort());
    CHECK(csv.rfind("\xEF\xBB\xBF"
                    "file;session_id;",
                    0) == 0);
    check_golden("cohort.csv", csv);
}

TEST_CASE("item CSV: one row per judged statement with option, verdict, rules and override (golden)") {
    OverrideLookup overrides = [](const CohortEntry&, const TranscriptEntry& t) {
        return t.turn_id == "t3" ? std::string("oneens: functionele beperking, geen diagnose")
                                 : std::string();
    };
    check_golden("items.csv", items_csv(small_cohort(), overrides));
    const std::string without = items_csv(small_cohort());
    CHECK(without.find("oneens") == std::string::npos);
    CHECK(without.find(";vrije tekst;") != std::string::npos);
    CHECK(without.find(";samengesteld;") != std::string::npos);
    // An over-cautious option lists the duty it fails beside the (absent) rules.
    Cohort flawed = small_cohort();
    TranscriptEntry quiet = judged("t9", "n_quiet", EntryKind::Choice, "te_streng", "Daar zeg ik niets over.",
                                   smo::scoring::Verdict::Allowed, {});
    quiet.flaw = smo::scoring::Flaw{smo::scoring::FlawKind::TooStrict, "DUTY-INFORM"};
    flawed.entries[0].judged_transcript.push_back(quiet);
    CHECK(items_csv(flawed).find(";te_streng;Daar zeg ik niets over.;allowed;DUTY-INFORM;") != std::string::npos);
}
