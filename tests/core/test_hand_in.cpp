// Handing a session in: the file carries an exact copy of the scenario as played (checked by its
// SHA-256), sits beside its HTML report, never replaces an earlier hand-in, and loads as a session.
#include "cohort_fixture.hpp"
#include "core/hand_in.hpp"
#include "core/sha256.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>

using namespace smo::core;
namespace fs = std::filesystem;
using smo::test::TempDir;

namespace {
Strings strings() {
    Strings s;
    REQUIRE_FALSE(StringTable::load(smo::test::source_dir(), Language::Dutch, s.nl));
    REQUIRE_FALSE(StringTable::load(smo::test::source_dir(), Language::English, s.en));
    return s;
}
unsigned mode_of(const fs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 0777;
}
} // namespace

TEST_CASE("hand_in_stem keeps [a-z0-9-] only and fills empty parts") {
    CHECK(hand_in_stem("Anna P. de Vries", "smo_magazijn", "2026-11-20T09:42:10Z") ==
          "anna-p-de-vries-smo-magazijn-2026-11-20");
    CHECK(hand_in_stem("../../etc", "", "") == "etc-scenario-datum");
    CHECK(hand_in_stem("Zoë", "x", "2026-01-02") == "zo-x-2026-01-02");
}

TEST_CASE("a handed-in session embeds the scenario as played and writes the report beside it") {
    const auto library = smo::test::cohort_library(smo::test::source_dir() / "scenarios");
    const LibraryEntry& entry = library.front();
    REQUIRE(entry.ok());
    Session s = smo::test::played_session(entry, StrategyKind::Best, 1, "Anna de Vries");
    TempDir dir;
    auto result = hand_in(s, entry, dir.path(), smo::test::cohort_engine().rulebase(), strings());
    REQUIRE_MESSAGE(result.ok(), result.error);
    CHECK(result.session_file.filename().string() ==
          hand_in_stem("Anna de Vries", entry.scenario->id, "2026-11-20") + ".smo.json");
    CHECK(result.report_file == dir.path() / (result.session_file.stem().stem().string() + ".html"));
    CHECK(mode_of(result.session_file) == 0600);
    CHECK(mode_of(result.report_file) == 0600);
    CHECK(smo::test::slurp(result.report_file).find("<html") != std::string::npos);

    const std::string text = smo::test::slurp(result.session_file);
    Session loaded;
    REQUIRE_FALSE(session_from_json(text, loaded));
    CHECK(loaded.session_id == s.session_id);
    std::string error;
    auto embedded = read_embedded_scenario(text, error);
    REQUIRE(embedded);
    CHECK(error.empty());
    CHECK(embedded->text == smo::test::slurp(entry.path));
    CHECK(embedded->sha256 == s.scenario.sha256);
    CHECK(embedded->intact());

    SUBCASE("a second hand-in of the same day gets -2, then -3, nothing is replaced") {
        auto second = hand_in(s, entry, dir.path(), smo::test::cohort_engine().rulebase(), strings());
        auto third = hand_in(s, entry, dir.path(), smo::test::cohort_engine().rulebase(), strings());
        REQUIRE(second.ok());
        REQUIRE(third.ok());
        CHECK(second.session_file.filename().string().find("-2026-11-20-2.smo.json") != std::string::npos);
        CHECK(third.report_file.filename().string().find("-2026-11-20-3.html") != std::string::npos);
        CHECK(smo::test::slurp(result.session_file) == text);
    }
    SUBCASE("a taken report name alone also moves the stem on") {
        TempDir other;
        smo::test::spit(other.path() / result.report_file.filename(), "mine");
        auto r = hand_in(s, entry, other.path(), smo::test::cohort_engine().rulebase(), strings());
        REQUIRE(r.ok());
        CHECK(r.session_file.filename().string().find("-2.smo.json") != std::string::npos);
        CHECK(smo::test::slurp(other.path() / result.report_file.filename()) == "mine");
    }
}

TEST_CASE("hand-in refuses when the scenario file changed since the session was played") {
    TempDir lib_dir, dest;
    const auto bundled = smo::test::cohort_library(smo::test::source_dir() / "scenarios");
    fs::copy_file(bundled.front().path, lib_dir.path() / bundled.front().path.filename());
    auto library = smo::test::cohort_library(lib_dir.path());
    REQUIRE(library.size() == 1);
    Session s = smo::test::played_session(library.front(), StrategyKind::Best, 1, "Bram");
    smo::test::spit(library.front().path, smo::test::slurp(library.front().path) + "\n");
    auto r = hand_in(s, library.front(), dest.path(), smo::test::cohort_engine().rulebase(), strings());
    CHECK_FALSE(r.ok());
    CHECK(r.error.find("gewijzigd") != std::string::npos);
    CHECK(fs::is_empty(dest.path()));
}

TEST_CASE("hand-in refuses a destination folder that does not exist") {
    const auto library = smo::test::cohort_library(smo::test::source_dir() / "scenarios");
    Session s = smo::test::played_session(library.front(), StrategyKind::Best, 1, "Bram");
    TempDir dir;
    auto r =
        hand_in(s, library.front(), dir.path() / "nope", smo::test::cohort_engine().rulebase(), strings());
    CHECK_FALSE(r.ok());
    CHECK(r.error.find("bestaat niet") != std::string::npos);
}

TEST_CASE("read_embedded_scenario: none, malformed, tampered") {
    std::string error;
    CHECK_FALSE(read_embedded_scenario(R"({"schema_version": 2})", error));
    CHECK(error.empty());
    CHECK_FALSE(read_embedded_scenario(R"({"embedded_scenario": 5})", error));
    CHECK(error.find("/embedded_scenario") != std::string::npos);
    auto e = read_embedded_scenario(
        R"({"embedded_scenario": {"sha256": "00", "file": "a.json", "text": "{}"}})", error);
    REQUIRE(e);
    CHECK_FALSE(e->intact());
    e->sha256 = sha256_hex("{}");
    CHECK(e->intact());
}
