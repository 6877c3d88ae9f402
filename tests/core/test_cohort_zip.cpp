// A cohort handed in as one .zip: its session members are read in memory (never extracted),
// members that would point outside the archive are refused by name, a broken zip is one located
// problem, and a member's review sidecar goes beside the zip, which is never written.
#include "cohort_fixture.hpp"
#include "core/cohort.hpp"
#include "core/review_store.hpp"
#include "core/zip_members.hpp"

#include <archive.h>
#include <archive_entry.h>
#include <doctest/doctest.h>

using namespace smo::core;
namespace fs = std::filesystem;
using smo::test::TempDir;

namespace {

const std::vector<LibraryEntry>& bundled() {
    static const auto library = smo::test::cohort_library(smo::test::source_dir() / "scenarios");
    return library;
}

/// Writes a zip with these members (name -> bytes) through libarchive, names exactly as given.
void write_zip(const fs::path& zip, const std::vector<std::pair<std::string, std::string>>& members) {
    archive* a = archive_write_new();
    REQUIRE(archive_write_set_format_zip(a) == ARCHIVE_OK);
    REQUIRE(archive_write_open_filename(a, zip.c_str()) == ARCHIVE_OK);
    for (const auto& [name, bytes] : members) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, name.c_str());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, static_cast<la_int64_t>(bytes.size()));
        REQUIRE(archive_write_header(a, e) == ARCHIVE_OK);
        REQUIRE(archive_write_data(a, bytes.data(), bytes.size()) == static_cast<la_ssize_t>(bytes.size()));
        archive_entry_free(e);
    }
    REQUIRE(archive_write_close(a) == ARCHIVE_OK);
    archive_write_free(a);
}

std::string session_text(const LibraryEntry& entry, std::uint64_t seed, const std::string& trainee) {
    Session s = smo::test::played_session(entry, StrategyKind::Random, seed, trainee);
    return session_to_json(s);
}

Cohort load(const fs::path& path, CohortProgress* progress = nullptr) {
    const auto& engine = smo::test::cohort_engine();
    return load_cohort(path, bundled(), engine, engine.rulebase(), smo::test::rulebase_version(), progress);
}

} // namespace

TEST_CASE("member names that leave the archive are unsafe") {
    CHECK(is_safe_member_name("anna.smo.json"));
    CHECK(is_safe_member_name("groep-a/anna.smo.json"));
    CHECK(is_safe_member_name("..anna.smo.json")); // a name, not a parent folder
    CHECK_FALSE(is_safe_member_name(""));
    CHECK_FALSE(is_safe_member_name("../anna.smo.json"));
    CHECK_FALSE(is_safe_member_name("groep/../../anna.smo.json"));
    CHECK_FALSE(is_safe_member_name("groep\\..\\anna.smo.json"));
    CHECK_FALSE(is_safe_member_name("/etc/anna.smo.json"));
    CHECK_FALSE(is_safe_member_name("\\\\server\\anna.smo.json"));
    CHECK_FALSE(is_safe_member_name("C:anna.smo.json"));
    CHECK(is_zip_path("cohort.ZIP"));
    CHECK_FALSE(is_zip_path("cohort.zip.json"));
}

TEST_CASE("a zip cohort: sessions read from memory, unsafe members refused, nothing written") {
    TempDir tmp;
    const fs::path inbox = tmp.path() / "inbox";
    fs::create_directories(inbox);
    const LibraryEntry& lib = bundled().front();
    const fs::path zip = inbox / "groep-a.zip";
    write_zip(zip, {{"anna-1.smo.json", session_text(lib, 1, "anna")},
                    {"sub/bram-2.smo.json", session_text(lib, 2, "bram")},
                    {"../ontsnapt.smo.json", session_text(lib, 3, "eve")},
                    {"/tmp/absoluut.smo.json", session_text(lib, 4, "eve")},
                    {"leesmij.txt", "geen sessie"},
                    {"kapot.smo.json", "{\"schema_version\": 2,\n  \"session_id\": }"}});
    const auto before = smo::test::snapshot(tmp.path());

    CohortProgress progress;
    Cohort c = load(zip, &progress);
    CHECK(progress.total == 5); // four *.smo.json members, the unsafe ones included, plus kapot
    CHECK(progress.done == progress.total);
    REQUIRE(c.entries.size() == 2);
    CHECK(c.entries[0].file == zip / "anna-1.smo.json");
    CHECK(c.entries[0].trainee() == "anna");
    CHECK(c.entries[0].verification == Verification::Verified);
    CHECK(c.entries[1].file == zip / "sub/bram-2.smo.json");
    CHECK(c.entries[1].review_base() == fs::path(zip.string() + ".reviews") / "sub/bram-2.smo.json");
    CHECK(c.entries[1].in_zip());

    REQUIRE(c.problems.size() == 3);
    auto reason_for = [&](const std::string& member) -> std::string {
        for (const auto& p : c.problems)
            if (p.file == zip / member) return p.reason;
        return "";
    };
    CHECK(reason_for("../ontsnapt.smo.json").find("onveilige naam") != std::string::npos);
    CHECK(reason_for("/tmp/absoluut.smo.json").find("onveilige naam") != std::string::npos);
    // A broken member is located like a broken file: "<zip>/<member>:<line>:<col>: ...".
    CHECK(reason_for("kapot.smo.json").rfind((zip / "kapot.smo.json").string() + ":2:", 0) == 0);

    CHECK(smo::test::snapshot(tmp.path()) == before);
    CHECK_FALSE(fs::exists(tmp.path() / "ontsnapt.smo.json"));
    CHECK_FALSE(fs::exists("/tmp/absoluut.smo.json"));
}

TEST_CASE("a folder with a zip in it reads both, a broken or truncated zip is a located problem") {
    TempDir tmp;
    const LibraryEntry& lib = bundled().front();
    smo::test::spit(tmp.path() / "los.smo.json", session_text(lib, 7, "los"));
    write_zip(tmp.path() / "ingeleverd.zip", {{"a.smo.json", session_text(lib, 8, "zip")}});
    smo::test::spit(tmp.path() / "nep.zip", "dit is geen zip");
    const std::string whole = smo::test::slurp(tmp.path() / "ingeleverd.zip");
    smo::test::spit(tmp.path() / "half.zip", whole.substr(0, whole.size() / 2));

    Cohort c = load(tmp.path());
    REQUIRE(c.entries.size() == 2);
    CHECK(c.entries[0].file == tmp.path() / "ingeleverd.zip" / "a.smo.json");
    CHECK(c.entries[1].file == tmp.path() / "los.smo.json");
    bool fake_reported = false, half_reported = false;
    for (const auto& p : c.problems) {
        if (p.file == tmp.path() / "nep.zip") {
            fake_reported = true;
            CHECK(p.reason.find("geen leesbaar zip-archief") != std::string::npos);
        }
        if (p.reason.rfind((tmp.path() / "half.zip").string(), 0) == 0) half_reported = true;
    }
    CHECK(fake_reported);
    CHECK(half_reported);
}

TEST_CASE("a zip member's review is saved beside the zip, the zip stays as handed in") {
    TempDir tmp;
    const LibraryEntry& lib = bundled().front();
    const fs::path zip = tmp.path() / "groep.zip";
    write_zip(zip, {{"map/anna.smo.json", session_text(lib, 5, "anna")}});
    const std::string zip_bytes = smo::test::slurp(zip);
    Cohort c = load(zip);
    REQUIRE(c.entries.size() == 1);
    const CohortEntry& e = c.entries.front();

    Review review;
    review.session_id = e.session.session_id;
    review.session_sha256 = e.file_sha256;
    review.overall.went_well = "Goed dat je eerst toestemming vroeg.";
    REQUIRE_FALSE(save_review(e.review_base(), review));
    CHECK(fs::exists(fs::path(zip.string() + ".reviews") / "map" / "anna.smo.json.review.json"));
    CHECK(smo::test::slurp(zip) == zip_bytes);

    auto back = load_review(load(zip).entries.front().review_base(), e.session.session_id, e.file_sha256);
    REQUIRE(back.review);
    CHECK(back.review->overall.went_well == review.overall.went_well);
}
