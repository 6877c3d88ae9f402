#include "ui/app_state.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace smo;

TEST_CASE("zoom intents change the UI scale in steps, clamp it and ask for a font rebuild") {
    ui::AppState state;
    ui::emit<ui::ZoomIn>(state);
    CHECK(ui::apply_intents(state));
    CHECK(state.settings.ui_scale == doctest::Approx(1.1f));
    for (int i = 0; i < 50; ++i) ui::emit<ui::ZoomIn>(state);
    ui::apply_intents(state);
    CHECK(state.settings.ui_scale == doctest::Approx(core::kMaxUiScale));
    ui::emit<ui::ZoomReset>(state);
    ui::apply_intents(state);
    CHECK(state.settings.ui_scale == doctest::Approx(1.0f));
    CHECK(state.intents.empty());
}

TEST_CASE("switching language changes the active table and is saved") {
    smo::test::TempDir tmp;
    ui::AppState state;
    state.settings_path = tmp.path() / "cfg" / "settings.json";
    ui::emit<ui::SetLanguage>(state, core::Language::English);
    CHECK_FALSE(ui::apply_intents(state));
    CHECK(state.strings.active == core::Language::English);
    std::string error;
    auto saved = core::load_settings(state.settings_path, error);
    CHECK(error.empty());
    CHECK(saved.language == core::Language::English);
}

TEST_CASE("without a settings path nothing is written") {
    smo::test::TempDir tmp;
    ui::AppState state;
    ui::emit<ui::SetMode>(state, "toets");
    ui::apply_intents(state);
    CHECK(state.settings.mode == smo::core::SessionMode::Toets);
    CHECK(std::filesystem::is_empty(tmp.path()));
}

TEST_CASE("an invalid mode is ignored and navigation changes the screen") {
    ui::AppState state;
    ui::emit<ui::SetMode>(state, "examen");
    ui::emit<ui::GoToScreen>(state, ui::Screen::Library);
    ui::apply_intents(state);
    CHECK(state.settings.mode == smo::core::SessionMode::Oefenen);
    CHECK(state.screen == ui::Screen::Library);
    CHECK(ui::parse_screen("debrief") == ui::Screen::Debrief);
    CHECK(ui::parse_screen("nope") == ui::Screen::Count);
}
