// Crash-safe recovery files of unsaved editor documents: write, list at start, restore, discard.
#include "core/atomic_file.hpp"
#include "core/editor_recovery.hpp"
#include "core/sha256.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <regex>
#include <sys/stat.h>

using namespace smo::core;
namespace fs = std::filesystem;

namespace {
void write(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}
EditorRecovery unsaved(const std::string& id, const fs::path& target, const std::string& text) {
    EditorRecovery r;
    r.scenario_id = id;
    r.target = target;
    r.text = text;
    std::string error;
    if (auto current = read_file(target, error)) r.target_sha256 = sha256_hex(*current);
    return r;
}
} // namespace

TEST_CASE("write_recovery stores the unsaved text, its file and a timestamp, privately") {
    smo::test::TempDir state;
    auto rec =
        unsaved("mijn_casus", state.path() / "eigen" / "mijn_casus.json", "{\n  \"titel\": \"één\"\n}");
    auto r = write_recovery(state.path(), rec);
    REQUIRE_MESSAGE(r.ok(), r.error);
    CHECK(r.path == state.path() / "editor-recovery" / "mijn_casus.json");
    CHECK(rec.file == r.path);
    CHECK(std::regex_match(rec.saved_at, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));
    struct stat st {};
    REQUIRE(::stat(r.path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    auto listed = list_recoveries(state.path());
    REQUIRE(listed.pending.size() == 1);
    CHECK(listed.problems.empty());
    const EditorRecovery& back = listed.pending.front();
    CHECK(back.scenario_id == "mijn_casus");
    CHECK(back.target == rec.target);
    CHECK(back.text == rec.text);
    CHECK(back.saved_at == rec.saved_at);
    CHECK(back.file == r.path);

    SUBCASE("a later write replaces the earlier one") {
        rec.text = "nieuwer";
        REQUIRE(write_recovery(state.path(), rec).ok());
        auto again = list_recoveries(state.path());
        REQUIRE(again.pending.size() == 1);
        CHECK(again.pending.front().text == "nieuwer");
    }
    SUBCASE("discard removes it") {
        CHECK_FALSE(discard_recovery(back));
        CHECK(list_recoveries(state.path()).pending.empty());
        CHECK_FALSE(discard_recovery(back)); // already gone is fine
    }
}

TEST_CASE("no recovery folder: nothing pending") {
    smo::test::TempDir state;
    auto listed = list_recoveries(state.path());
    CHECK(listed.pending.empty());
    CHECK(listed.problems.empty());
}

TEST_CASE("a half-typed id cannot escape the recovery folder") {
    smo::test::TempDir state;
    auto rec = unsaved("../../etc/x", state.path() / "x.json", "tekst");
    auto r = write_recovery(state.path(), rec);
    REQUIRE(r.ok());
    CHECK(r.path == state.path() / "editor-recovery" / "document.json");
    CHECK(list_recoveries(state.path()).pending.front().scenario_id == "../../etc/x");
}

TEST_CASE("restore gives the text back and says whether the target changed since") {
    smo::test::TempDir tmp;
    fs::path target = tmp.path() / "eigen" / "casus.json";
    write(target, "opgeslagen versie");
    auto rec = unsaved("casus", target, "onopgeslagen versie");
    REQUIRE(write_recovery(tmp.path() / "state", rec).ok());
    std::string error;

    SUBCASE("unchanged target") {
        auto doc = restore_recovery(rec.file, error);
        REQUIRE_MESSAGE(doc, error);
        CHECK(doc->recovery.text == "onopgeslagen versie");
        CHECK(doc->recovery.target == target);
        CHECK_FALSE(doc->target_changed);
        // Restoring keeps the file until the document is saved or discarded.
        CHECK(fs::exists(rec.file));
    }
    SUBCASE("target edited elsewhere") {
        write(target, "door iemand anders gewijzigd");
        auto doc = restore_recovery(rec.file, error);
        REQUIRE(doc);
        CHECK(doc->target_changed);
    }
    SUBCASE("target removed") {
        fs::remove(target);
        auto doc = restore_recovery(rec.file, error);
        REQUIRE(doc);
        CHECK(doc->target_changed);
    }
    SUBCASE("a new document that was never saved") {
        auto fresh = unsaved("nieuw", tmp.path() / "eigen" / "nieuw.json", "concept");
        CHECK(fresh.target_sha256.empty());
        REQUIRE(write_recovery(tmp.path() / "state", fresh).ok());
        auto doc = restore_recovery(fresh.file, error);
        REQUIRE(doc);
        CHECK_FALSE(doc->target_changed);
        CHECK(doc->recovery.text == "concept");
    }
}

TEST_CASE("unreadable recovery files are reported and kept, never deleted") {
    smo::test::TempDir state;
    fs::path dir = recovery_dir(state.path());
    write(dir / "kapot.json", "{\"kind\": ");
    write(dir / "vreemd.json", R"({"kind": "iets anders", "schema_version": 1, "text": ""})");
    write(dir / "te-nieuw.json", R"({"kind": "smo-editor-recovery", "schema_version": 99, "text": ""})");
    write(dir / ".mijn.json.AbC123", "temp file of an interrupted write");
    write(dir / "notitie.txt", "geen json");
    auto ok = unsaved("goed", state.path() / "goed.json", "tekst");
    REQUIRE(write_recovery(state.path(), ok).ok());
    auto listed = list_recoveries(state.path());
    REQUIRE(listed.pending.size() == 1);
    CHECK(listed.pending.front().scenario_id == "goed");
    REQUIRE(listed.problems.size() == 3);
    CHECK(listed.problems[0].find("kapot.json:1:") != std::string::npos);
    CHECK(listed.problems[1].find("te-nieuw.json") != std::string::npos);
    CHECK(listed.problems[1].find("versie") != std::string::npos);
    CHECK(listed.problems[2].find("vreemd.json") != std::string::npos);
    CHECK(fs::exists(dir / "kapot.json"));
    std::string error;
    CHECK_FALSE(restore_recovery(dir / "kapot.json", error));
    CHECK(error.find("kapot.json") != std::string::npos);
}

TEST_CASE("a large document survives the round trip") {
    smo::test::TempDir state;
    std::string big(3u * 1024u * 1024u, 'x');
    auto rec = unsaved("groot", state.path() / "groot.json", big);
    REQUIRE(write_recovery(state.path(), rec).ok());
    auto listed = list_recoveries(state.path());
    REQUIRE(listed.pending.size() == 1);
    CHECK(listed.pending.front().text == big);
}
