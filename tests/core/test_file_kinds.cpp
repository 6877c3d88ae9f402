// Every loader reads through json::read_regular_file: a FIFO, a device or a symlink loop is
// refused at once with a message that says what it is, never a hang (issue 10 item 7).
#include "core/play_strategies.hpp"
#include "core/scenario_library.hpp"
#include "core/session_store.hpp"
#include "core/settings.hpp"
#include "scoring/lexicon.hpp"
#include "scoring/rulebase.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

using namespace smo::core;
namespace fs = std::filesystem;

namespace {

/// Fails the test by SIGALRM instead of hanging when a read blocks.
struct Watchdog {
    Watchdog() { ::alarm(20); }
    ~Watchdog() { ::alarm(0); }
};

fs::path make_fifo(const fs::path& p) {
    REQUIRE(::mkfifo(p.c_str(), 0600) == 0);
    return p;
}

fs::path make_loop(const fs::path& dir, const std::string& name) {
    fs::create_symlink(dir / (name + ".other"), dir / name);
    fs::create_symlink(dir / name, dir / (name + ".other"));
    return dir / name;
}

bool mentions(const std::string& s, const std::string& what) {
    return s.find(what) != std::string::npos;
}

} // namespace

TEST_CASE("scenario files and the scenario library refuse FIFOs and symlink loops") {
    Watchdog watchdog;
    smo::test::TempDir dir;
    auto fifo = make_fifo(dir.path() / "pipe.json");
    auto loaded = load_scenario_file(fifo);
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].code == DiagCode::ReadError);
    CHECK(mentions(loaded.diagnostics[0].message, "FIFO"));

    auto loop = make_loop(dir.path(), "loop.json");
    auto looped = load_scenario_file(loop);
    REQUIRE(looped.diagnostics.size() == 1);
    CHECK(mentions(looped.diagnostics[0].message, "symlink-lus"));

    // The library lists them as unreadable instead of hanging or silently dropping them.
    auto library = load_library(dir.path());
    REQUIRE(library.size() == 2);
    for (const auto& entry : library) {
        CHECK_FALSE(entry.ok());
        REQUIRE(entry.first_error());
    }
    CHECK(mentions(library[0].first_error()->message, "symlink-lus")); // loop.json sorts first
    CHECK(mentions(library[1].first_error()->message, "FIFO"));
}

TEST_CASE("a sessions folder with a FIFO or a symlink loop named *.json lists them as problems") {
    Watchdog watchdog;
    smo::test::TempDir dir;
    make_fifo(dir.path() / "20260101T000000Z-x-00000000.json");
    make_loop(dir.path(), "20260101T000000Z-y-00000000.json");
    SessionStore store(dir.path());
    std::vector<smo::core::UnreadableSession> problems;
    CHECK(store.list(&problems).empty());
    REQUIRE(problems.size() == 2);
    bool fifo = false, loop = false;
    for (const auto& p : problems) {
        fifo = fifo || mentions(p.reason, "FIFO");
        loop = loop || mentions(p.reason, "symlink-lus");
    }
    CHECK(fifo);
    CHECK(loop);
    std::string error;
    CHECK_FALSE(store.load("20260101T000000Z-x-00000000", error));
    CHECK(mentions(error, "FIFO"));
}

TEST_CASE("settings.json as a FIFO, a device or a symlink loop gives defaults and a message") {
    Watchdog watchdog;
    smo::test::TempDir dir;
    std::string error;
    Settings s = load_settings(make_fifo(dir.path() / "settings.json"), error);
    CHECK(s == Settings{});
    CHECK(mentions(error, "FIFO"));
    error.clear();
    s = load_settings(make_loop(dir.path(), "loop.json"), error);
    CHECK(s == Settings{});
    CHECK(mentions(error, "symlink-lus"));
    error.clear();
    load_settings("/dev/null", error);
    CHECK(mentions(error, "apparaat"));
    error.clear();
    load_settings(dir.path() / "absent.json", error);
    CHECK(error.empty()); // first start: no file is not a problem
}

TEST_CASE("play --strategy answers:FILE refuses a FIFO and a symlink loop") {
    Watchdog watchdog;
    smo::test::TempDir dir;
    std::string error;
    CHECK_FALSE(parse_strategy("answers:" + make_fifo(dir.path() / "answers.json").string(), error));
    CHECK(mentions(error, "FIFO"));
    CHECK_FALSE(parse_strategy("answers:" + make_loop(dir.path(), "a.json").string(), error));
    CHECK(mentions(error, "symlink-lus"));
    CHECK_FALSE(mentions(error, "bestaat niet"));
}

TEST_CASE("the rulebase and lexicon loaders refuse a FIFO") {
    Watchdog watchdog;
    smo::test::TempDir dir;
    std::vector<smo::json::Diagnostic> errors;
    CHECK_FALSE(smo::scoring::load_rulebase(make_fifo(dir.path() / "rules.json"), errors));
    REQUIRE(errors.size() == 1);
    CHECK(mentions(errors[0].format(), "FIFO"));
    errors.clear();
    auto lexdir = dir.path() / "nl";
    fs::create_directory(lexdir);
    make_fifo(lexdir / "diagnosis.json");
    // Directory scans take regular files only; the FIFO is never opened.
    CHECK(smo::scoring::load_lexicon(lexdir, errors));
    CHECK(errors.empty());
}
