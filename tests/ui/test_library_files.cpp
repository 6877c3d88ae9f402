// The library screen with the user's own scenarios: the "eigen" marker in the view model, and
// Nieuw scenario / Dupliceren / Importeren / Exporteren through intents.
#include "core/scenario_files.hpp"
#include "ui/library_files.hpp"
#include "ui/root.hpp"
#include "ui/views.hpp"
#include "ui_fixture.hpp"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace smo;
namespace fs = std::filesystem;

namespace {

// The fixture with an own folder in its temp dir, loaded.
struct OwnFixture : test::UiFixture {
    fs::path own() const { return tmp.path() / "eigen"; }
    OwnFixture() {
        state.user_scenarios_dir = own();
        ui::reload_library(state);
    }
    void add_own(const std::string& file, const std::string& id, const std::string& title) {
        auto j = nlohmann::json::parse(
            std::ifstream(test::source_dir() / "tests/fixtures/scenarios/valid_minimal.json"));
        j["id"] = id;
        j["title"] = title;
        fs::create_directories(own());
        std::ofstream(own() / file) << j.dump(2);
    }
    const ui::LibraryCard* card(const std::string& id) const {
        for (const auto& c : state.library_view.cards)
            if (c.scenario_id == id) return &c;
        return nullptr;
    }
};

} // namespace

TEST_CASE("own scenarios get a card marked own, bundled ones are not marked") {
    OwnFixture f;
    const std::size_t bundled = f.state.library_view.cards.size();
    f.add_own("eigen_casus.json", "eigen_casus", "Mijn eigen casus");
    ui::reload_library(f.state);
    REQUIRE(f.state.library_view.cards.size() == bundled + 1);
    const ui::LibraryCard* mine = f.card("eigen_casus");
    REQUIRE(mine != nullptr);
    CHECK(mine->own);
    CHECK_FALSE(mine->replaces_bundled);
    CHECK(mine->title == "Mijn eigen casus");
    const ui::LibraryCard* linde = f.card("zorggroep_linde_smo");
    REQUIRE(linde != nullptr);
    CHECK_FALSE(linde->own);
}

TEST_CASE("an own scenario with a bundled id replaces that card, and says so") {
    OwnFixture f;
    const std::size_t bundled = f.state.library_view.cards.size();
    f.add_own("linde.json", "zorggroep_linde_smo", "Mijn Linde");
    ui::reload_library(f.state);
    CHECK(f.state.library_view.cards.size() == bundled);
    CHECK(std::count_if(f.state.library_view.cards.begin(), f.state.library_view.cards.end(),
                        [](const ui::LibraryCard& c) { return c.scenario_id == "zorggroep_linde_smo"; }) ==
          1);
    const ui::LibraryCard* linde = f.card("zorggroep_linde_smo");
    REQUIRE(linde != nullptr);
    CHECK(linde->own);
    CHECK(linde->replaces_bundled);
    CHECK(linde->title == "Mijn Linde");
}

TEST_CASE("a broken own file is listed as broken and own") {
    OwnFixture f;
    fs::create_directories(f.own());
    std::ofstream(f.own() / "kapot.json") << "{";
    ui::reload_library(f.state);
    REQUIRE(f.state.library_view.broken.size() == 1);
    CHECK(f.state.library_view.broken[0].own);
    CHECK(f.state.library_view.broken[0].file == "kapot.json");
}

TEST_CASE("Nieuw scenario from each template makes an own, playable scenario") {
    OwnFixture f;
    REQUIRE(f.state.services.templates.size() >= 4);
    std::vector<std::string> ids; // copied: each creation reloads the templates
    for (const auto& t : f.state.services.templates) {
        REQUIRE(t.ok());
        ids.push_back(t.scenario->id);
    }
    for (const auto& id : ids) {
        ui::emit<ui::CreateScenarioFromTemplate>(f.state, id);
        f.apply();
        CAPTURE(f.state.library_files.message);
        CHECK_FALSE(f.state.library_files.message_is_error);
    }
    // "sjabloon_met_werknemer" -> "mijn_met_werknemer"
    const ui::LibraryCard* made = f.card("mijn_met_werknemer");
    REQUIRE(made != nullptr);
    CHECK(made->own);
    CHECK(fs::exists(f.own() / "mijn_met_werknemer.json"));
    // A second one from the same template gets a free id.
    ui::emit<ui::CreateScenarioFromTemplate>(f.state, "sjabloon_met_werknemer");
    f.apply();
    CHECK(f.card("mijn_met_werknemer_2") != nullptr);
    ui::emit<ui::CreateScenarioFromTemplate>(f.state, "bestaat_niet");
    f.apply();
    CHECK(f.state.library_files.message_is_error);
}

TEST_CASE("Dupliceren copies a bundled scenario into the own folder") {
    OwnFixture f;
    ui::emit<ui::DuplicateScenario>(f.state, std::string("zorggroep_linde_smo"));
    f.apply();
    CAPTURE(f.state.library_files.message);
    CHECK_FALSE(f.state.library_files.message_is_error);
    const ui::LibraryCard* copy = f.card("zorggroep_linde_smo_kopie");
    REQUIRE(copy != nullptr);
    CHECK(copy->own);
    CHECK(copy->title.find("(kopie)") != std::string::npos);
    CHECK(f.card("zorggroep_linde_smo") != nullptr); // the original stays
}

TEST_CASE("Importeren and Exporteren go through the typed path") {
    OwnFixture f;
    ui::emit<ui::ExportScenario>(f.state, std::string("transport_driegesprek_observeren"), std::string());
    f.apply();
    CAPTURE(f.state.library_files.message);
    CHECK_FALSE(f.state.library_files.message_is_error);
    fs::path exported = f.state.export_dir / "transport_driegesprek_observeren.json";
    CHECK(fs::exists(exported));

    // Importing it back clashes with the bundled id; with "vervangen" it becomes an own scenario.
    ui::emit<ui::ImportScenario>(f.state, exported.string(), false);
    f.apply();
    CHECK(f.state.library_files.message_is_error);
    CHECK(f.state.library_files.message.find("bestaat al") != std::string::npos);
    ui::emit<ui::ImportScenario>(f.state, exported.string(), true);
    f.apply();
    CHECK_FALSE(f.state.library_files.message_is_error);
    const ui::LibraryCard* imported = f.card("transport_driegesprek_observeren");
    REQUIRE(imported != nullptr);
    CHECK(imported->own);

    ui::emit<ui::ImportScenario>(f.state, std::string(), false);
    f.apply();
    CHECK(f.state.library_files.message_is_error);
}

TEST_CASE("the library screen draws with own scenarios and the file actions in both languages") {
    test::HeadlessImGui imgui;
    OwnFixture f;
    f.add_own("eigen_casus.json", "eigen_casus", "Mijn eigen casus");
    ui::reload_library(f.state);
    f.state.library_files.message = "Aangemaakt: /tmp/x.json";
    f.state.screen = ui::Screen::Library;
    for (auto lang : {core::Language::Dutch, core::Language::English}) {
        f.state.strings.active = lang;
        for (int i = 0; i < 2; ++i) {
            ImGui::NewFrame();
            ui::draw_app(f.state);
            ImGui::Render();
        }
        CHECK(ImGui::GetDrawData()->TotalVtxCount > 0);
    }
}
