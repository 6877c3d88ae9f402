// `smo-trainer validate --audit` ("Alle opties toetsen"): mismatches as diagnostics, the whole table.
#include "validate_run.hpp"
#include "cli/validate_command.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>


namespace {
using smo::test::Run;
using smo::test::validate;
std::string fixture(const std::string& name) {
    return (smo::test::source_dir() / "tests/fixtures/scenarios" / name).string();
}
} // namespace

TEST_CASE("validate --audit: a credited option judged a breach is reported GCC-style with the table") {
    auto r = validate({"--audit", fixture("SC040_credited_option_violates.json")});
    CHECK(r.err.empty());
    std::regex diag(
        R"(SC040_credited_option_violates\.json:\d+:\d+: (warning|error): optie 'goed' van knoop 'keuze' is bedoeld als goed .+ \[SC040\] \(at /nodes/1/options/0\))");
    CHECK(std::regex_search(r.out, diag));
    std::regex row(
        R"(SC040_credited_option_violates\.json:\d+:\d+: audit: keuze/goed: bedoeld good, oordeel violation \(CONF-[A-Z]+.*\) <- MISMATCH)");
    CHECK(std::regex_search(r.out, row));
    CHECK(r.out.find("audit: keuze/fout: bedoeld breach, oordeel violation") != std::string::npos);
    // Without --audit the options are not scored.
    auto plain = validate({fixture("SC040_credited_option_violates.json")});
    CHECK(plain.out.find("SC040") == std::string::npos);
    CHECK(plain.out.find("audit:") == std::string::npos);
}

TEST_CASE("validate --audit --json: an audit array per file") {
    auto r = validate(
        {"--audit", "--json", fixture("SC041_breach_option_allowed.json"), fixture("valid_minimal.json")});
    CHECK(r.code == 0); // SC041 is a warning
    auto doc = nlohmann::json::parse(r.out);
    REQUIRE(doc["files"].size() == 2);
    const auto& audit = doc["files"][0]["audit"];
    REQUIRE(audit.size() == 2);
    CHECK(audit[1]["option"] == "fout");
    CHECK(audit[1]["intent"] == "breach");
    CHECK(audit[1]["verdict"] == "allowed");
    CHECK(audit[1]["mismatch"] == true);
    CHECK(audit[1]["line"].get<int>() > 0);
    CHECK(doc["files"][0]["warnings"][0]["code"] == "SC041");
    for (const auto& row : doc["files"][1]["audit"])
        CHECK(row["mismatch"] == false);
    CHECK(doc["files"][1]["warnings"].empty());
}
