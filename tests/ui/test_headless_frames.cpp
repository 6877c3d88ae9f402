// Draws real frames with ImGui but without a window or GL: checks that every screen renders in
// both languages, that clicks and keys reach intents, and that the frame loop stays consistent.
#include "core/play_strategies.hpp"
#include "ui/root.hpp"
#include "ui/session_actions.hpp"

#include <algorithm>
#include "ui_fixture.hpp"

using namespace smo;

namespace {

void frame(ui::AppState& state) {
    ImGui::NewFrame();
    ui::draw_app(state);
    ImGui::Render();
}

} // namespace

TEST_CASE("every screen draws a frame in both languages without ImGui asserts") {
    test::HeadlessImGui imgui;
    test::UiFixture f;
    for (int s = 0; s < static_cast<int>(ui::Screen::Count); ++s) {
        auto screen = static_cast<ui::Screen>(s);
        f.state.play.reset();
        REQUIRE_FALSE(ui::drive_to_screen(f.state, screen, ""));
        for (auto lang : {core::Language::Dutch, core::Language::English}) {
            CAPTURE(ui::screen_name(screen));
            f.state.strings.active = lang;
            frame(f.state);
            frame(f.state);
            CHECK(ImGui::GetDrawData()->TotalVtxCount > 0);
        }
    }
}

TEST_CASE("clicking the language radio button queues a SetLanguage intent") {
    test::HeadlessImGui imgui;
    test::UiFixture f;
    ImGuiIO& io = ImGui::GetIO();
    frame(f.state); // lay out once
    bool clicked = false;
    for (float x = 1270; x > 900 && !clicked; x -= 6) {
        io.MousePos = ImVec2(x, 18);
        io.MouseDown[0] = true;
        frame(f.state);
        io.MouseDown[0] = false;
        frame(f.state);
        for (const auto& intent : f.state.intents) {
            if (auto* set = std::get_if<ui::SetLanguage>(&intent); set && set->language == core::Language::English) {
                clicked = true;
            }
        }
        f.state.intents.clear();
    }
    CHECK(clicked);
}

TEST_CASE("keyboard-only play: a digit picks an option and Enter continues") {
    test::HeadlessImGui imgui;
    test::UiFixture f;
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[ImGuiKey_Enter] = 257; // the GLFW backend's key code for Enter
    REQUIRE_FALSE(ui::drive_to_screen(f.state, ui::Screen::Meeting, "zorggroep_linde_smo"));
    frame(f.state);
    const auto phase = f.state.play->runtime().phase();
    REQUIRE((phase == core::Phase::Choice || phase == core::Phase::Quiz || phase == core::Phase::Compose ||
             phase == core::Phase::FreeText));
    // Advance to a choice by keyboard: digits for options, Enter for lines and feedback.
    bool chose = false;
    for (int i = 0; i < 60 && !chose; ++i) {
        auto p = f.state.play->runtime().phase();
        if (p == core::Phase::Choice || p == core::Phase::Quiz || p == core::Phase::Question) {
            io.AddInputCharacter('1');
            frame(f.state);
            chose = std::any_of(f.state.intents.begin(), f.state.intents.end(),
                                [](const ui::Intent& in) { return std::holds_alternative<ui::Choose>(in); });
            ui::apply_intents(f.state);
        } else if (p == core::Phase::Line || p == core::Phase::Feedback || p == core::Phase::End) {
            io.KeysDown[257] = true;
            frame(f.state);
            io.KeysDown[257] = false;
            bool advanced = std::any_of(f.state.intents.begin(), f.state.intents.end(),
                                        [](const ui::Intent& in) { return std::holds_alternative<ui::Advance>(in); });
            CHECK(advanced);
            ui::apply_intents(f.state);
            frame(f.state);
        } else {
            // Compose/free text: answer with the best strategy and continue.
            core::Strategy best;
            best.kind = core::StrategyKind::Best;
            core::Player player(best);
            std::string error;
            auto action = player.next(f.state.play->runtime(), error);
            REQUIRE(action);
            REQUIRE_FALSE(ui::perform(f.state, *action));
            frame(f.state);
        }
    }
    CHECK(chose);
}
