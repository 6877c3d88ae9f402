// The user's own scenarios: the library with an own folder (origin, shadowing), the templates per
// SMO form, and new/duplicate/import/export/save with backup.
#include "core/atomic_file.hpp"
#include "core/play_strategies.hpp"
#include "core/runtime.hpp"
#include "core/scenario_files.hpp"
#include "core/scenario_library.hpp"
#include "core/session_scoring.hpp"
#include "scoring/evaluate.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace smo::core;
namespace fs = std::filesystem;
using Ordered = nlohmann::ordered_json;

namespace {

const fs::path kBundled = smo::test::source_dir() / "scenarios";
const fs::path kTemplates = templates_dir(smo::test::source_dir());

std::string slurp(const fs::path& p) {
    std::string error;
    auto text = read_file(p, error);
    REQUIRE_MESSAGE(text, error);
    return *text;
}

void write(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

Ordered json_of(const fs::path& p) {
    return Ordered::parse(slurp(p));
}

// A copy of the valid fixture with another id (and optionally a title).
std::string fixture_with_id(const std::string& id, const std::string& title = "Eigen") {
    Ordered j = json_of(smo::test::source_dir() / "tests/fixtures/scenarios/valid_minimal.json");
    j["id"] = id;
    j["title"] = title;
    return j.dump(2);
}

const smo::scoring::Engine& engine() {
    static std::unique_ptr<smo::scoring::Engine> instance = [] {
        std::vector<smo::json::Diagnostic> errors;
        auto e = smo::scoring::Engine::load(smo::test::source_dir() / "assets", errors);
        REQUIRE(e);
        return e;
    }();
    return *instance;
}

ValidateOptions with_rules() {
    ValidateOptions options;
    std::set<std::string> ids;
    for (const auto& r : engine().rulebase().rules)
        ids.insert(r.id);
    options.known_rules = std::move(ids);
    return options;
}

const LibraryEntry& entry_for(const std::vector<LibraryEntry>& library, const std::string& id) {
    const LibraryEntry* e = find_in_library(library, id);
    REQUIRE_MESSAGE(e != nullptr, "no playable entry " << id);
    return *e;
}

} // namespace

TEST_CASE("the library joins bundled and own scenarios, each marked with its origin") {
    smo::test::TempDir own;
    write(own.path() / "eigen_casus.json", fixture_with_id("eigen_casus"));
    auto library = load_library(kBundled, own.path());
    auto bundled_only = load_library(kBundled);
    REQUIRE(library.size() == bundled_only.size() + 1);
    for (std::size_t i = 0; i < bundled_only.size(); ++i) {
        CHECK(library[i].origin == ScenarioOrigin::Bundled);
        CHECK_FALSE(library[i].shadowed);
    }
    const LibraryEntry& mine = entry_for(library, "eigen_casus");
    CHECK(mine.origin == ScenarioOrigin::Own);
    CHECK(&mine == &library.back());
    CHECK(entry_for(library, "zorggroep_linde_smo").origin == ScenarioOrigin::Bundled);
}

TEST_CASE("a missing own folder is an empty one") {
    smo::test::TempDir tmp;
    auto library = load_library(kBundled, tmp.path() / "bestaat-niet");
    CHECK(library.size() == load_library(kBundled).size());
}

TEST_CASE("own wins: an own scenario with a bundled id shadows the bundled one") {
    smo::test::TempDir own;
    write(own.path() / "zorggroep_linde_smo.json", fixture_with_id("zorggroep_linde_smo", "Mijn versie"));
    auto library = load_library(kBundled, own.path());
    const LibraryEntry& found = entry_for(library, "zorggroep_linde_smo");
    CHECK(found.origin == ScenarioOrigin::Own);
    CHECK(found.scenario->title == "Mijn versie");
    auto bundled = std::find_if(library.begin(), library.end(), [](const LibraryEntry& e) {
        return e.origin == ScenarioOrigin::Bundled && e.scenario && e.scenario->id == "zorggroep_linde_smo";
    });
    REQUIRE(bundled != library.end());
    CHECK(bundled->shadowed);
    CHECK(find_scenario_file_by_id("zorggroep_linde_smo", kBundled, own.path()) ==
          own.path() / "zorggroep_linde_smo.json");
}

TEST_CASE("a broken own file does not hide the bundled scenario with its id") {
    smo::test::TempDir own;
    write(own.path() / "zorggroep_linde_smo.json", "{\"id\": \"zorggroep_linde_smo\",");
    auto library = load_library(kBundled, own.path());
    CHECK(entry_for(library, "zorggroep_linde_smo").origin == ScenarioOrigin::Bundled);
    CHECK(std::none_of(library.begin(), library.end(), [](const LibraryEntry& e) { return e.shadowed; }));
    CHECK_FALSE(library.back().ok());
    CHECK(library.back().origin == ScenarioOrigin::Own);
}

TEST_CASE("find_scenario_file_by_id: own first, then bundled, and only plain ids") {
    smo::test::TempDir own;
    write(own.path() / "eigen.json", fixture_with_id("eigen"));
    CHECK(find_scenario_file_by_id("eigen", kBundled, own.path()) == own.path() / "eigen.json");
    CHECK(find_scenario_file_by_id("zorggroep_linde_smo", kBundled, own.path()) ==
          kBundled / "zorggroep_linde_smo.json");
    CHECK_FALSE(find_scenario_file_by_id("bestaat_niet", kBundled, own.path()));
    CHECK_FALSE(find_scenario_file_by_id("../scenarios/zorggroep_linde_smo", kBundled, own.path()));
}

TEST_CASE("there is one template per SMO form, including an individual case without the worker") {
    auto templates = load_library(kTemplates, with_rules());
    std::set<SmoType> types;
    bool individual_without_worker = false;
    for (const auto& t : templates) {
        INFO(t.path.string());
        for (const auto& d : t.diagnostics)
            MESSAGE(format_gcc(d));
        REQUIRE(t.ok());
        CHECK(t.diagnostics.empty()); // not even a warning
        types.insert(*t.scenario->smo_type);
        const Scenario& s = *t.scenario;
        bool worker_absent =
            std::none_of(s.participants.begin(), s.participants.end(),
                         [](const Participant& p) { return p.role == "werknemer" && p.present; });
        if (s.smo_type == SmoType::IndividueelOpeenvolgend && s.cases.size() == 1 && worker_absent)
            individual_without_worker = true;
    }
    CHECK(types.size() == static_cast<std::size_t>(SmoType::Count));
    CHECK(individual_without_worker);
}

TEST_CASE("every template plays through: best without a violation, worst with one") {
    for (const auto& t : load_library(kTemplates, with_rules())) {
        INFO(t.path.string());
        REQUIRE(t.ok());
        for (auto kind : {StrategyKind::Best, StrategyKind::Worst}) {
            Strategy strategy;
            strategy.kind = kind;
            Player player(strategy);
            Runtime runtime(t.scenario, engine());
            auto result = play_to_end(runtime, player);
            REQUIRE_MESSAGE(result.finished, result.error);
            auto score = score_runtime(runtime);
            if (kind == StrategyKind::Best)
                CHECK(score.violations == 0);
            else
                CHECK(score.violations > 0);
        }
    }
}

TEST_CASE("suggest_free_id makes a valid id that the library does not use") {
    smo::test::TempDir own;
    write(own.path() / "mijn_scenario.json", fixture_with_id("mijn_scenario"));
    write(own.path() / "kapot.json", "{");
    auto library = load_library(kBundled, own.path());
    CHECK(suggest_free_id("Nieuw scenario!", library) == "nieuw_scenario");
    CHECK(suggest_free_id("mijn_scenario", library) == "mijn_scenario_2");
    CHECK(suggest_free_id("zorggroep_linde_smo", library) == "zorggroep_linde_smo_2");
    CHECK(suggest_free_id("kapot", library) == "kapot_2"); // a broken file's name is taken too
    CHECK(suggest_free_id("", library) == "scenario");
    CHECK(suggest_free_id("  Één Casus ", library) == "n_casus");
    CHECK(is_valid_id(suggest_free_id(std::string(100, 'x'), library)));
}

TEST_CASE("create_from_template writes <id>.json with id and title set, and validates") {
    smo::test::TempDir tmp;
    fs::path user_dir = tmp.path() / "nog" / "niet" / "aangemaakt";
    fs::path tpl = kTemplates / "sjabloon_individueel_zonder_werknemer.json";
    auto r = create_from_template(tpl, "mijn_casus", "Mijn casus", user_dir);
    REQUIRE_MESSAGE(r.ok(), r.error);
    CHECK(r.path == user_dir / "mijn_casus.json");
    Ordered j = json_of(r.path);
    CHECK(j["id"] == "mijn_casus");
    CHECK(j["title"] == "Mijn casus");
    CHECK_FALSE(j.contains("title_en"));
    CHECK(j["nodes"] == json_of(tpl)["nodes"]);
    CHECK(j.begin().key() == "$schema"); // key order kept
    // The relative path of the template would point nowhere in the own folder.
    const fs::path schema = j["$schema"].get<std::string>();
    CHECK(schema.is_absolute());
    CHECK(fs::equivalent(schema, smo::test::source_dir() / "scenarios" / "scenario.schema.json"));
    CHECK(check_scenario_file(r.path, with_rules()).ok());

    SUBCASE("an existing file is never replaced") {
        auto again = create_from_template(tpl, "mijn_casus", "Anders", user_dir);
        CHECK_FALSE(again.ok());
        CHECK(again.error.find("bestaat al") != std::string::npos);
        CHECK(json_of(r.path)["title"] == "Mijn casus");
    }
    SUBCASE("an invalid id is refused with what to do") {
        auto bad = create_from_template(tpl, "../Mijn Casus", "X", user_dir);
        CHECK_FALSE(bad.ok());
        CHECK(bad.error.find("kleine letters") != std::string::npos);
    }
}

TEST_CASE("duplicate_scenario keeps everything but id and title") {
    smo::test::TempDir own;
    auto library = load_library(kBundled);
    const LibraryEntry& source = entry_for(library, "zorggroep_linde_smo");
    auto r = duplicate_scenario(source, "zorggroep_kopie", own.path());
    REQUIRE_MESSAGE(r.ok(), r.error);
    CHECK(r.path == own.path() / "zorggroep_kopie.json");
    Ordered copy = json_of(r.path);
    Ordered original = json_of(source.path);
    CHECK(copy["id"] == "zorggroep_kopie");
    CHECK(copy["title"] == original["title"].get<std::string>() + " (kopie)");
    if (original.contains("title_en"))
        CHECK(copy["title_en"] == original["title_en"].get<std::string>() + " (copy)");
    if (original.contains("$schema")) {
        // "./scenario.schema.json" becomes the bundled schema's absolute path.
        const fs::path schema = copy["$schema"].get<std::string>();
        CHECK(schema.is_absolute());
        CHECK(fs::equivalent(schema, source.path.parent_path() / "scenario.schema.json"));
    }
    for (const char* key : {"id", "title", "title_en", "$schema"}) {
        copy.erase(key);
        original.erase(key);
    }
    CHECK(copy == original); // same fields, same order, same values
    auto with_copy = load_library(kBundled, own.path(), with_rules());
    CHECK(entry_for(with_copy, "zorggroep_kopie").origin == ScenarioOrigin::Own);
}

TEST_CASE("import_scenario validates first and refuses existing ids unless asked") {
    smo::test::TempDir tmp;
    fs::path user_dir = tmp.path() / "eigen";
    auto library = load_library(kBundled, user_dir);

    SUBCASE("a good file is copied byte for byte as <id>.json") {
        std::string text = fixture_with_id("geimporteerd");
        write(tmp.path() / "download" / "wat-dan-ook.json", text);
        auto r = import_scenario(tmp.path() / "download" / "wat-dan-ook.json", user_dir, library);
        REQUIRE_MESSAGE(r.ok(), r.error);
        CHECK(r.path == user_dir / "geimporteerd.json");
        CHECK(slurp(r.path) == text);
    }
    SUBCASE("bad JSON is refused with file:line:col") {
        write(tmp.path() / "kapot.json", "{\n  \"id\": \"x\",\n}\n");
        auto r = import_scenario(tmp.path() / "kapot.json", user_dir, library);
        CHECK_FALSE(r.ok());
        REQUIRE_FALSE(r.diagnostics.empty());
        CHECK(r.diagnostics.front().code == smo::json::DiagCode::JsonSyntax);
        // The trailing comma is reported where it is (line 2), not where the parser noticed it.
        CHECK(r.diagnostics.front().line == 2);
        CHECK(r.error.find("kapot.json:2:") != std::string::npos);
        CHECK_FALSE(fs::exists(user_dir));
    }
    SUBCASE("a scenario with validation errors is refused") {
        auto r = import_scenario(smo::test::source_dir() / "tests/fixtures/scenarios/SC012_unknown_next.json",
                                 user_dir, library);
        CHECK_FALSE(r.ok());
        CHECK(r.diagnostics.front().code == smo::json::DiagCode::UnknownNext);
    }
    SUBCASE("a bundled id is refused, and with replace it becomes an own scenario that shadows it") {
        write(tmp.path() / "linde.json", fixture_with_id("zorggroep_linde_smo", "Eigen Linde"));
        auto refused = import_scenario(tmp.path() / "linde.json", user_dir, library);
        CHECK_FALSE(refused.ok());
        CHECK(refused.error.find("bestaat al") != std::string::npos);
        ImportOptions replace;
        replace.replace_existing = true;
        auto r = import_scenario(tmp.path() / "linde.json", user_dir, library, replace);
        REQUIRE_MESSAGE(r.ok(), r.error);
        CHECK(entry_for(load_library(kBundled, user_dir), "zorggroep_linde_smo").origin ==
              ScenarioOrigin::Own);
        CHECK(slurp(kBundled / "zorggroep_linde_smo.json").find("Eigen Linde") == std::string::npos);
    }
    SUBCASE("replacing an own scenario overwrites that file and keeps a backup") {
        write(user_dir / "oud-bestand.json", fixture_with_id("eigen", "Versie 1"));
        auto with_own = load_library(kBundled, user_dir);
        write(tmp.path() / "nieuw.json", fixture_with_id("eigen", "Versie 2"));
        CHECK_FALSE(import_scenario(tmp.path() / "nieuw.json", user_dir, with_own).ok());
        ImportOptions replace;
        replace.replace_existing = true;
        auto r = import_scenario(tmp.path() / "nieuw.json", user_dir, with_own, replace);
        REQUIRE_MESSAGE(r.ok(), r.error);
        CHECK(r.path == user_dir / "oud-bestand.json");
        CHECK(json_of(r.path)["title"] == "Versie 2");
        CHECK(json_of(backup_path(r.path))["title"] == "Versie 1");
        CHECK_FALSE(fs::exists(user_dir / "eigen.json"));
    }
}

TEST_CASE("export_scenario copies the file unchanged, to a file or into a folder") {
    smo::test::TempDir tmp;
    auto library = load_library(kBundled);
    const LibraryEntry& e = entry_for(library, "transport_driegesprek_observeren");
    auto into_folder = export_scenario(e, tmp.path());
    REQUIRE_MESSAGE(into_folder.ok(), into_folder.error);
    CHECK(into_folder.path == tmp.path() / "transport_driegesprek_observeren.json");
    CHECK(slurp(into_folder.path) == slurp(e.path));
    auto as_file = export_scenario(e, tmp.path() / "voor-collega.json");
    REQUIRE(as_file.ok());
    CHECK(slurp(as_file.path) == slurp(e.path));
    auto again = export_scenario(e, tmp.path() / "voor-collega.json");
    CHECK_FALSE(again.ok());
    CHECK(export_scenario(e, tmp.path() / "voor-collega.json", true).ok());
    CHECK_FALSE(export_scenario(e, tmp.path() / "geen-map" / "x.json").ok());
}

TEST_CASE("save_scenario_file is atomic, keeps a backup and never writes a bundled scenario") {
    smo::test::TempDir tmp;
    fs::path file = tmp.path() / "eigen.json";
    SUBCASE("a new file is written without a backup") {
        auto r = save_scenario_file(file, "versie 1", kBundled);
        REQUIRE_MESSAGE(r.ok(), r.error);
        CHECK(slurp(file) == "versie 1");
        CHECK_FALSE(fs::exists(backup_path(file)));
    }
    SUBCASE("the previous version goes to <file>.bak") {
        write(file, "versie 1");
        REQUIRE(save_scenario_file(file, "versie 2", kBundled).ok());
        CHECK(slurp(file) == "versie 2");
        CHECK(backup_path(file) == tmp.path() / "eigen.json.bak");
        CHECK(slurp(backup_path(file)) == "versie 1");
        REQUIRE(save_scenario_file(file, "versie 3", kBundled).ok());
        CHECK(slurp(backup_path(file)) == "versie 2");
        // Saving the same text again keeps the backup of the real previous version.
        REQUIRE(save_scenario_file(file, "versie 3", kBundled).ok());
        CHECK(slurp(backup_path(file)) == "versie 2");
        // The library does not list the backup.
        auto files = find_scenario_files(tmp.path());
        CHECK(files == std::vector<fs::path>{file});
    }
    SUBCASE("a bundled scenario is refused, also through another spelling of its path") {
        fs::path bundled = kBundled / "zorggroep_linde_smo.json";
        std::string before = slurp(bundled);
        auto r =
            save_scenario_file(kBundled / ".." / "scenarios" / "zorggroep_linde_smo.json", "{}", kBundled);
        CHECK_FALSE(r.ok());
        CHECK(r.error.find("dupliceer") != std::string::npos);
        CHECK(slurp(bundled) == before);
        CHECK_FALSE(fs::exists(backup_path(bundled)));
    }
    SUBCASE("when the backup cannot be written nothing is saved") {
        write(file, "versie 1");
        fs::create_directories(backup_path(file) / "in-de-weg"); // a folder where the backup goes
        auto r = save_scenario_file(file, "versie 2", kBundled);
        CHECK_FALSE(r.ok());
        CHECK(r.error.find("reservekopie") != std::string::npos);
        CHECK(slurp(file) == "versie 1");
    }
    SUBCASE("a target that is not a regular file is refused") {
        fs::create_directories(tmp.path() / "map.json");
        CHECK_FALSE(save_scenario_file(tmp.path() / "map.json", "x", kBundled).ok());
        CHECK(fs::is_directory(tmp.path() / "map.json"));
    }
}
