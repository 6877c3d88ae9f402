// One fixture per diagnostic code (tests/fixtures/scenarios/SCnnn_*.json, made by generate.py),
// and the bundled scenarios validate without any diagnostic.
#include "core/scenario_library.hpp"
#include "core/scenario_validator.hpp"
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

fs::path fixtures_dir() { return smo::test::source_dir() / "tests/fixtures/scenarios"; }

std::string describe(const std::vector<Diagnostic>& diags) {
    std::string out;
    for (const auto& d : diags) out += format_gcc(d) + "\n";
    return out;
}

} // namespace

TEST_CASE("every diagnostic code has a fixture that reports it") {
    auto options = real_rules();
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
    auto checked = check_scenario_file(fixtures_dir() / "valid_minimal.json", real_rules());
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
    CHECK_FALSE(looks_like_rule_id("conf-diag"));
    CHECK_FALSE(looks_like_rule_id("CONF-"));
    CHECK_FALSE(looks_like_rule_id("LG4"));
}
