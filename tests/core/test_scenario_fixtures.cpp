// One fixture per diagnostic code (tests/fixtures/scenarios/SCnnn_*.json, made by generate.py),
// and the bundled scenarios validate without any diagnostic.
#include "core/atomic_file.hpp"
#include "core/scenario_library.hpp"
#include "core/scenario_validator.hpp"
#include "scoring/evaluate.hpp"
#include "scoring/rulebase.hpp"
#include "test_support.hpp"

#include <chrono>
#include <algorithm>
#include <doctest/doctest.h>
#include <map>

using namespace smo::core;
namespace fs = std::filesystem;

namespace {

ValidateOptions real_rules() {
    std::vector<smo::json::Diagnostic> errors;
    auto rules = smo::scoring::load_rulebase(smo::test::source_dir() / "assets/rules/rules.json", errors);
    REQUIRE(rules);
    ValidateOptions options;
    options.known_rules.emplace();
    for (const auto& r : rules->rules) options.known_rules->insert(r.id);
    return options;
}

const smo::scoring::StatementEvaluator& engine() {
    static const auto evaluator = [] {
        std::vector<smo::json::Diagnostic> errors;
        auto e = smo::scoring::Engine::load(smo::test::source_dir() / "assets", errors);
        REQUIRE(e);
        return e;
    }();
    return *evaluator;
}

/// The rulebase plus the scoring engine, so the option audit (SC040/SC041) runs too.
ValidateOptions with_audit() {
    auto options = real_rules();
    options.evaluator = &engine();
    return options;
}

fs::path fixtures_dir() { return smo::test::source_dir() / "tests/fixtures/scenarios"; }

std::string describe(const std::vector<Diagnostic>& diags) {
    std::string out;
    for (const auto& d : diags) out += format_gcc(d) + "\n";
    return out;
}

} // namespace

TEST_CASE("every diagnostic code has a fixture that reports it") {
    auto options = with_audit();
    std::map<std::string, fs::path> by_code;
    for (const auto& entry : fs::directory_iterator(fixtures_dir())) {
        std::string name = entry.path().filename().string();
        if (name.size() > 6 && name.compare(0, 2, "SC") == 0) by_code.emplace(name.substr(0, 5), entry.path());
    }
    for (const auto& info : diag_codes()) {
        std::string id(info.id);
        CAPTURE(id);
        auto it = by_code.find(id);
        REQUIRE_MESSAGE(it != by_code.end(), "no fixture for " << id);
        auto checked = check_scenario_file(it->second, options);
        INFO(describe(checked.diagnostics));
        auto match = std::find_if(checked.diagnostics.begin(), checked.diagnostics.end(),
                                  [&](const Diagnostic& d) { return d.code == info.code; });
        REQUIRE(match != checked.diagnostics.end());
        CHECK(match->severity == info.severity);
        CHECK_FALSE(match->message.empty());
        CHECK(match->file == it->second.string());
        // Everything except an unreadable file is located in the text.
        if (info.code != DiagCode::ReadError) CHECK(match->line > 0);
        CHECK(checked.ok() == !has_errors(checked.diagnostics));
    }
    CHECK(by_code.size() == diag_codes().size());
}

TEST_CASE("the diagnostic code table is complete and in order") {
    auto codes = diag_codes();
    REQUIRE(codes.size() == static_cast<std::size_t>(DiagCode::Count) - 1);
    for (std::size_t i = 0; i < codes.size(); ++i) {
        std::string number = std::to_string(i + 1);
        std::string expected = "SC" + std::string(3 - number.size(), '0') + number;
        CHECK(codes[i].id == expected);
    }
    CHECK(diag_id(DiagCode::UnknownNext) == "SC012");
}

TEST_CASE("the minimal fixture is clean") {
    auto checked = check_scenario_file(fixtures_dir() / "valid_minimal.json", with_audit());
    INFO(describe(checked.diagnostics));
    CHECK(checked.diagnostics.empty());
}

TEST_CASE("every bundled scenario validates without any diagnostic") {
    auto options = real_rules();
    auto start = std::chrono::steady_clock::now();
    auto library = load_library(smo::test::source_dir() / "scenarios", options);
    auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    MESSAGE("load + validate of " << library.size() << " bundled scenarios: " << elapsed << " ms");
    REQUIRE(library.size() >= 2);
    for (const auto& entry : library) {
        CAPTURE(entry.path.string());
        INFO(describe(entry.diagnostics));
        CHECK(entry.ok());
        CHECK(entry.diagnostics.empty());
        // The file name is the id.
        CHECK(entry.path.stem().string() == entry.scenario->id);
    }
    CHECK(find_in_library(library, "zorggroep_linde_smo") != nullptr);
    CHECK(find_in_library(library, "transport_driegesprek_observeren") != nullptr);
}

TEST_CASE("every bundled scenario has an English title and summary for the library cards") {
    auto library = load_library(smo::test::source_dir() / "scenarios");
    REQUIRE(library.size() >= 12);
    for (const auto& entry : library) {
        CAPTURE(entry.path.filename().string());
        REQUIRE(entry.ok());
        CHECK_FALSE(entry.scenario->title_en.empty());
        CHECK_FALSE(entry.scenario->summary_en.empty());
        CHECK(entry.scenario->title_en != entry.scenario->title); // translated, not copied
        CHECK(entry.scenario->summary_en != entry.scenario->summary);
    }
}

TEST_CASE("the library keeps broken files with their first error and skips schema files") {
    auto files = find_scenario_files(smo::test::source_dir() / "scenarios");
    for (const auto& f : files) CHECK(f.filename() != "scenario.schema.json");
    auto library = load_library(fixtures_dir());
    auto broken = std::find_if(library.begin(), library.end(),
                               [](const LibraryEntry& e) { return e.path.filename() == "SC012_unknown_next.json"; });
    REQUIRE(broken != library.end());
    CHECK_FALSE(broken->ok());
    REQUIRE(broken->first_error());
    CHECK(broken->first_error()->code == DiagCode::UnknownNext);
    // The SC001 fixture is a folder: the library walks into it and finds nothing to load.
    CHECK(std::none_of(library.begin(), library.end(),
                       [](const LibraryEntry& e) { return e.path.filename() == "SC001_is_a_directory.json"; }));
}

TEST_CASE("without a rulebase, rule ids only need the right shape") {
    CHECK(looks_like_rule_id("CONF-DIAG"));
    CHECK(looks_like_rule_id("GROUP-ANON"));
    CHECK(looks_like_rule_id("DUTY-INFORM"));
    CHECK_FALSE(looks_like_rule_id("conf-diag"));
    CHECK_FALSE(looks_like_rule_id("CONF-"));
    CHECK_FALSE(looks_like_rule_id("LG4"));
}

TEST_CASE("one root cause gives one error: a node without 'next' does not also cut off 17 nodes") {
    auto checked = check_scenario_file(fixtures_dir() / "root_cause_missing_next.json", real_rules());
    INFO(describe(checked.diagnostics));
    // Before: SC009 + SC014 dead end + SC013 for each of the 17 nodes behind it.
    REQUIRE(checked.diagnostics.size() == 2);
    CHECK(checked.diagnostics[0].code == DiagCode::MissingField);
    CHECK(checked.diagnostics[0].pointer == "/nodes/0");
    CHECK(checked.diagnostics[1].code == DiagCode::UnknownField); // 'titel': independent, stays
    CHECK(checked.diagnostics[1].message.find("Bedoelde je 'title'?") != std::string::npos);
    CHECK(count_severity(checked.diagnostics, DiagSeverity::Error) == 1);
}

TEST_CASE("a missing start gives one error") {
    auto checked = check_scenario_file(fixtures_dir() / "root_cause_missing_start.json", real_rules());
    INFO(describe(checked.diagnostics));
    REQUIRE(checked.diagnostics.size() == 1);
    CHECK(checked.diagnostics[0].code == DiagCode::MissingField);
}

TEST_CASE("a mistyped next names the node it probably meant and does not orphan it") {
    std::string error;
    auto text = read_file(fixtures_dir() / "valid_minimal.json", error);
    REQUIRE(text);
    std::string broken = *text;
    const std::string needle = "\"next\": \"keuze\"";
    auto at = broken.find(needle);
    REQUIRE(at != std::string::npos);
    broken.replace(at, needle.size(), "\"next\": \"keuez\"");
    auto checked = check_scenario_text(broken, "t.json", real_rules());
    INFO(describe(checked.diagnostics));
    REQUIRE(checked.diagnostics.size() == 1);
    CHECK(checked.diagnostics[0].code == DiagCode::UnknownNext);
    CHECK(checked.diagnostics[0].message == "vervolgknoop 'keuez' bestaat niet. Bedoelde je 'keuze'?");
    // A node that nothing leads to is still reported when no error explains it.
    auto orphan = broken;
    orphan.replace(orphan.find("keuez"), 5, "keuze");
    auto pos = orphan.find("{\n      \"id\": \"einde\"");
    REQUIRE(pos != std::string::npos);
    orphan.insert(pos, "{\"id\": \"los\", \"kind\": \"line\", \"text\": \"x\", \"next\": \"einde\"},\n");
    auto lonely = check_scenario_text(orphan, "t.json", real_rules());
    INFO(describe(lonely.diagnostics));
    REQUIRE(lonely.diagnostics.size() == 1);
    CHECK(lonely.diagnostics[0].code == DiagCode::Unreachable);
}

TEST_CASE("unknown ids and keys get a 'Bedoelde je' suggestion") {
    auto options = real_rules();
    auto item = check_scenario_file(fixtures_dir() / "SC020_undefined_item.json", options);
    auto d = std::find_if(item.diagnostics.begin(), item.diagnostics.end(),
                          [](const Diagnostic& x) { return x.code == DiagCode::UndefinedItem; });
    REQUIRE(d != item.diagnostics.end());
    CHECK(d->message.find("Bedoelde je") == std::string::npos); // 'c1_onbekend' is near nothing
    auto category = check_scenario_file(fixtures_dir() / "SC017_unknown_category.json", options);
    auto c = std::find_if(category.diagnostics.begin(), category.diagnostics.end(),
                          [](const Diagnostic& x) { return x.code == DiagCode::UnknownCategory; });
    REQUIRE(c != category.diagnostics.end());
    CHECK(c->message.find("Bedoelde je 'diagnosis'?") != std::string::npos);
    auto role = check_scenario_file(fixtures_dir() / "SC018_unknown_learning_goal.json", options);
    auto g = std::find_if(role.diagnostics.begin(), role.diagnostics.end(),
                          [](const Diagnostic& x) { return x.code == DiagCode::UnknownLearningGoal; });
    REQUIRE(g != role.diagnostics.end());
    CHECK(g->message.find("Bedoelde je 'LG1'?") != std::string::npos);
    std::string error;
    auto text = read_file(fixtures_dir() / "valid_minimal.json", error);
    REQUIRE(text);
    std::string promt = *text;
    promt.replace(promt.find("\"prompt\""), 8, "\"promt\"");
    auto prompt = check_scenario_text(promt, "t.json", options);
    auto k = std::find_if(prompt.diagnostics.begin(), prompt.diagnostics.end(),
                          [](const Diagnostic& x) { return x.code == DiagCode::UnknownField; });
    REQUIRE(k != prompt.diagnostics.end());
    CHECK(k->message == "onbekend veld 'promt' (tikfout?); het wordt genegeerd. Bedoelde je 'prompt'?");
    CHECK(k->pointer == "/nodes/1/promt");
    auto root = check_scenario_text("{\"schema_version\": 1, \"zzzz\": 1}", "t.json", options);
    auto z = std::find_if(root.diagnostics.begin(), root.diagnostics.end(),
                          [](const Diagnostic& x) { return x.code == DiagCode::UnknownField; });
    REQUIRE(z != root.diagnostics.end());
    CHECK(z->message == "onbekend veld 'zzzz' (tikfout?); het wordt genegeerd");
    auto typo = check_scenario_file(fixtures_dir() / "SC011_unknown_field.json", options);
    auto t = std::find_if(typo.diagnostics.begin(), typo.diagnostics.end(),
                          [](const Diagnostic& x) { return x.code == DiagCode::UnknownField; });
    REQUIRE(t != typo.diagnostics.end());
    CHECK(t->message == "onbekend veld 'titel' (tikfout?); het wordt genegeerd. Bedoelde je 'title'?");
}

TEST_CASE("a file not named after its id is reported with both names") {
    auto checked = check_scenario_file(fixtures_dir() / "SC039_file_name_mismatch.json", real_rules());
    REQUIRE(checked.diagnostics.size() == 1);
    const auto& d = checked.diagnostics[0];
    CHECK(d.code == DiagCode::FileNameMismatch);
    CHECK(d.severity == DiagSeverity::Warning);
    CHECK(d.pointer == "/id");
    CHECK(d.message.find("SC039_file_name_mismatch.json") != std::string::npos);
    CHECK(d.message.find("'iets_anders'") != std::string::npos);
    // In memory there is no file name to compare; and the check can be switched off.
    std::string error;
    auto text = read_file(fixtures_dir() / "SC039_file_name_mismatch.json", error);
    REQUIRE(text);
    CHECK(check_scenario_text(*text, "x.json", real_rules()).diagnostics.empty());
    auto options = real_rules();
    options.check_file_name = false;
    CHECK(check_scenario_file(fixtures_dir() / "SC039_file_name_mismatch.json", options).diagnostics.empty());
}

TEST_CASE("the option audit over the bundled scenarios: mismatches are listed, none is an error") {
    auto options = with_audit();
    auto start = std::chrono::steady_clock::now();
    std::size_t files = 0, mismatches = 0;
    for (const auto& path : find_scenario_files(smo::test::source_dir() / "scenarios")) {
        auto checked = check_scenario_file(path, options);
        ++files;
        for (const auto& d : checked.diagnostics) {
            CAPTURE(format_gcc(d));
            CHECK((d.code == DiagCode::IntendedGoodViolates || d.code == DiagCode::IntendedBreachAllowed));
            CHECK(d.severity == DiagSeverity::Warning);
            ++mismatches;
            MESSAGE(format_gcc(d));
        }
    }
    auto elapsed =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    MESSAGE("validate with option audit of " << files << " bundled scenarios: " << elapsed << " ms, "
                                             << mismatches << " mismatches");
    CHECK(files >= 2);
}
