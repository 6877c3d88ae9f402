// Loading a cohort on several threads must give exactly what one thread gives: the same entries,
// problems and reasons in the same order, the same per-statement re-scoring, the same progress;
// an embedded scenario copy shared by many files is loaded once; a cancel stops the workers.
#include "cohort_fixture.hpp"
#include "core/cohort.hpp"
#include "core/sha256.hpp"

#include <archive.h>
#include <archive_entry.h>
#include <atomic>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace smo::core;
namespace fs = std::filesystem;
using nlohmann::json;
using smo::test::TempDir;

namespace {

const std::vector<LibraryEntry>& bundled() {
    static const auto library = smo::test::cohort_library(smo::test::source_dir() / "scenarios");
    return library;
}

const LibraryEntry& scenario(const std::string& id = "smo_magazijn_drie_casussen") {
    for (const auto& e : bundled())
        if (e.scenario->id == id) return e;
    return bundled().front();
}

std::string handed_in_text(const Session& s, const LibraryEntry& entry, const std::string& scenario_text) {
    return hand_in_json(s, EmbeddedScenario{entry.sha256, entry.path.filename().string(), scenario_text});
}

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

/// Everything load_cohort decides about a cohort, as text, so two loads compare in one CHECK and a
/// failure shows where they part.
std::string describe(const Cohort& c) {
    std::ostringstream out;
    for (const auto& p : c.problems)
        out << "problem " << p.file.string() << " | " << p.reason << "\n";
    for (const auto& e : c.entries) {
        out << "entry " << e.file.string() << " sidecar " << e.review_base().string() << " sha "
            << e.file_sha256 << " " << verification_id(e.verification) << " | " << e.verification_reason
            << " | " << e.scenario_source << " " << e.scenario_title << " | conf "
            << e.confidentiality_percent.value_or(-1) << " viol " << e.violations.value_or(-1) << " goals "
            << e.mean_goal_percent().value_or(-1) << " gap " << e.self_rating_gap.value_or(-1) << "\n";
        for (const auto& d : e.differences)
            out << "  " << difference_kind_id(d.kind) << " " << smo::core::describe(d) << "\n";
        for (const auto& t : e.judged())
            if (t.evaluation)
                out << "  " << t.turn_id << " " << smo::scoring::verdict_id(t.evaluation->verdict) << "\n";
    }
    return out.str();
}

/// Judges every statement "allowed": a rulebase that changed its mind about everything.
struct LenientEvaluator final : smo::scoring::StatementEvaluator {
    smo::scoring::Evaluation evaluate(const smo::scoring::Statement&,
                                      const smo::scoring::Context&) const override {
        return {};
    }
};

/// Asks for a cancel on its first statement, as a supervisor pressing Annuleren mid-load.
struct CancellingEvaluator final : smo::scoring::StatementEvaluator {
    explicit CancellingEvaluator(CohortProgress& p) : progress(p) {}
    smo::scoring::Evaluation evaluate(const smo::scoring::Statement& s,
                                      const smo::scoring::Context& c) const override {
        progress.cancel = true;
        return smo::test::cohort_engine().evaluate(s, c);
    }
    CohortProgress& progress;
};

/// A folder with every kind of file a cohort meets: played and handed-in sessions over several
/// scenarios, an edited one, broken and foreign files, and a zip with good, broken and unsafe
/// members.
struct MixedFolder {
    TempDir dir;
    MixedFolder() {
        const fs::path root = dir.path();
        fs::create_directories(root / "groep2");
        std::vector<std::string> texts;
        for (std::size_t i = 0; i < 12; ++i) {
            const LibraryEntry& entry = bundled()[i % bundled().size()];
            Session s =
                smo::test::played_session(entry, StrategyKind::Random, i, "T" + std::to_string(i % 4));
            texts.push_back(i % 3 == 0 ? handed_in_text(s, entry, smo::test::slurp(entry.path))
                                       : session_to_json(s));
            smo::test::spit(root / (i % 2 ? "groep2" : "") / ("s" + std::to_string(i) + ".smo.json"),
                            texts.back());
        }
        json edited = json::parse(texts[1]);
        REQUIRE_FALSE(edited["state"]["vars"].empty());
        edited["state"]["vars"].begin().value() = 99;
        smo::test::spit(root / "edited.smo.json", edited.dump(2));
        smo::test::spit(root / "truncated.json", texts[2].substr(0, texts[2].size() / 2));
        smo::test::spit(root / "foreign.json", "{\n  \"hello\": \"world\"\n}\n");
        smo::test::spit(root / "binary.json", std::string("\x7f"
                                                          "ELF\x00\x01\xff",
                                                          7));
        json unknown = json::parse(texts[4]);
        unknown["scenario"]["id"] = "bestaat_niet";
        smo::test::spit(root / "unknown.json", unknown.dump(2));
        write_zip(root / "cohort.zip", {{"a.smo.json", texts[5]},
                                        {"../uit.smo.json", texts[6]},
                                        {"kapot.smo.json", texts[7].substr(0, 200)},
                                        {"b.smo.json", texts[8]},
                                        {"leesmij.txt", "geen sessie"}});
    }
};

Cohort load_with(const fs::path& dir, unsigned threads, const smo::scoring::StatementEvaluator& evaluator,
                 const std::string& rulebase_version, CohortProgress* progress = nullptr) {
    return load_cohort(dir, bundled(), evaluator, smo::test::cohort_engine().rulebase(), rulebase_version,
                       progress, threads);
}

} // namespace

TEST_CASE("several loader threads give the same cohort as one, problems and reasons included") {
    MixedFolder folder;
    CohortProgress one_progress, many_progress;
    const auto& engine = smo::test::cohort_engine();
    const Cohort one = load_with(folder.dir.path(), 1, engine, smo::test::rulebase_version(), &one_progress);
    const Cohort many =
        load_with(folder.dir.path(), 3, engine, smo::test::rulebase_version(), &many_progress);
    // The folder really has every kind in it, so the comparison covers them.
    CHECK(one.entries.size() == 12 + 1 + 1 + 2); // sessions, edited, unknown scenario, two zip members
    CHECK(one.problems.size() == 5);             // truncated, foreign, binary, ../uit, kapot
    bool edited = false, unknown = false, embedded = false;
    for (const auto& e : one.entries) {
        edited |= e.verification == Verification::Edited;
        unknown |= e.scenario_source == "missing";
        embedded |= e.file.filename() == "s0.smo.json";
    }
    CHECK(edited);
    CHECK(unknown);
    CHECK(embedded);
    CHECK(describe(many) == describe(one));
    CHECK(many_progress.total == one_progress.total);
    CHECK(many_progress.done == one_progress.done);
    CHECK(one_progress.done == one_progress.total);
    // 0 lets load_cohort pick (one per core): still the same.
    CHECK(describe(load_with(folder.dir.path(), 0, engine, smo::test::rulebase_version())) == describe(one));
}

TEST_CASE("on several threads a newer rulebase is still reported per statement, as on one") {
    MixedFolder folder;
    LenientEvaluator lenient;
    const Cohort one = load_with(folder.dir.path(), 1, lenient, "2099.01.0");
    const Cohort many = load_with(folder.dir.path(), 2, lenient, "2099.01.0");
    std::size_t rescored = 0;
    for (const auto& e : many.entries)
        for (const auto& d : e.differences)
            if (d.kind == DifferenceKind::Rescored && d.field == "verdict") ++rescored;
    CHECK(rescored > 0);
    CHECK(describe(many) == describe(one));
}

TEST_CASE("sessions handed in with the same scenario copy the library lacks share one loaded copy") {
    TempDir dir;
    const LibraryEntry& entry = scenario();
    std::string text = smo::test::slurp(entry.path);
    const std::string from = "\"version\": \"" + entry.scenario->version + "\"";
    REQUIRE(text.find(from) != std::string::npos);
    const std::string old_text = text.replace(text.find(from), from.size(), "\"version\": \"0.9.0\"");
    LibraryEntry old_entry = entry;
    old_entry.sha256 = sha256_hex(old_text);
    for (int i = 0; i < 4; ++i) {
        Session s =
            smo::test::played_session(entry, StrategyKind::Random, static_cast<std::uint64_t>(i), "Anna");
        s.scenario.sha256 = old_entry.sha256;
        s.scenario.version = "0.9.0";
        smo::test::spit(dir.path() / ("s" + std::to_string(i) + ".smo.json"),
                        handed_in_text(s, old_entry, old_text));
    }
    // A fifth pins the same version but carries a copy that does not hash to it.
    Session s = smo::test::played_session(entry, StrategyKind::Best, 9, "Bram");
    s.scenario.sha256 = old_entry.sha256;
    smo::test::spit(dir.path() / "z.smo.json", handed_in_text(s, old_entry, old_text + " "));

    for (unsigned threads : {1u, 2u}) {
        CAPTURE(threads);
        const Cohort c =
            load_with(dir.path(), threads, smo::test::cohort_engine(), smo::test::rulebase_version());
        REQUIRE(c.entries.size() == 5);
        for (std::size_t i = 0; i < 4; ++i) {
            const CohortEntry& e = c.entries[i];
            CHECK(e.scenario_source == "embedded");
            CHECK(e.verification == Verification::Verified);
            CHECK(e.verification_reason.find("nooit versie 0.9.0") != std::string::npos);
            REQUIRE(e.scenario);
            CHECK(e.scenario->version == "0.9.0");
            CHECK(e.scenario.get() == c.entries[0].scenario.get()); // loaded once, shared
        }
        CHECK(c.entries[4].verification == Verification::Edited);
        CHECK(c.entries[4].verification_reason.find("SHA-256") != std::string::npos);
    }
}

TEST_CASE("a cancel during a threaded load stops it after the files in hand") {
    TempDir dir;
    const std::string text =
        session_to_json(smo::test::played_session(scenario(), StrategyKind::Best, 1, "Anna"));
    for (int i = 0; i < 24; ++i)
        smo::test::spit(dir.path() / ("s" + std::to_string(i) + ".json"), text);
    for (unsigned threads : {1u, 2u}) {
        CAPTURE(threads);
        CohortProgress progress;
        CancellingEvaluator cancelling(progress);
        const Cohort c = load_with(dir.path(), threads, cancelling, smo::test::rulebase_version(), &progress);
        CHECK(progress.total == 24);
        // Each thread finishes the file it was judging when the cancel came, and starts no other.
        CHECK(c.entries.size() >= 1);
        CHECK(c.entries.size() <= threads);
        CHECK(progress.done == c.entries.size());
    }
    CohortProgress before;
    before.cancel = true;
    const Cohort none =
        load_with(dir.path(), 2, smo::test::cohort_engine(), smo::test::rulebase_version(), &before);
    CHECK(none.entries.empty());
    CHECK(before.done == 0);
}
