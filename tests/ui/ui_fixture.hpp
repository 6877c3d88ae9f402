#pragma once
// An AppState with the bundled scenarios, the real scoring engine and a session store in a temp
// folder: the UI logic runs exactly as in the app, without a window.

#include "test_support.hpp"
#include "ui/app_state.hpp"
#include "ui/services.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

namespace smo::test {

struct UiFixture {
    TempDir tmp;
    ui::AppState state;
    UiFixture() {
        REQUIRE_FALSE(core::StringTable::load(source_dir(), core::Language::Dutch, state.strings.nl));
        REQUIRE_FALSE(core::StringTable::load(source_dir(), core::Language::English, state.strings.en));
        state.data_dir = source_dir();
        state.export_dir = tmp.path() / "exports";
        ui::load_services(state, tmp.path() / "sessions");
        REQUIRE(state.services.engine != nullptr);
    }
    /// Applies queued intents the way the frame loop does.
    void apply() { ui::apply_intents(state); }
};

/// An ImGui context with a built font atlas, for drawing frames without a window.
struct HeadlessImGui {
    HeadlessImGui() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1280, 800);
        io.DeltaTime = 1.0f / 60.0f;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->AddFontDefault();
        io.Fonts->AddFontDefault();
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ~HeadlessImGui() { ImGui::DestroyContext(); }
    HeadlessImGui(const HeadlessImGui&) = delete;
    HeadlessImGui& operator=(const HeadlessImGui&) = delete;
};

} // namespace smo::test
