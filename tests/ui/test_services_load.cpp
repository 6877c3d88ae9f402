// The start screen before the services: they load on a worker while the first frame is drawn;
// intents wait in their queue until they are in, and the result equals a load on the spot.
#include "ui/root.hpp"
#include "ui/services_load.hpp"
#include "ui_fixture.hpp"

using namespace smo;

TEST_CASE("services load on a worker: the start screen draws meanwhile and intents wait for them") {
    test::UiFixture loaded_now;
    ui::AppState state;
    state.strings = loaded_now.state.strings;
    state.data_dir = loaded_now.state.data_dir;
    state.export_dir = loaded_now.tmp.path() / "exports";
    ui::start_services_load(state, loaded_now.tmp.path() / "sessions");
    REQUIRE(state.services_loading.has_value());

    // Drawn before the services are in: the start screen says they are loading.
    {
        test::HeadlessImGui imgui;
        ImGui::NewFrame();
        ui::draw_app(state);
        ImGui::Render();
    }
    ui::emit<ui::GoToScreen>(state, ui::Screen::Library);
    CHECK_FALSE(ui::apply_intents(state));
    CHECK(state.intents.size() == 1); // kept, not dropped
    CHECK(state.screen == ui::Screen::Start);

    ui::finish_services_load(state);
    CHECK_FALSE(state.services_loading.has_value());
    REQUIRE(state.services.engine != nullptr);
    CHECK(state.services.library.size() == loaded_now.state.services.library.size());
    CHECK(state.library_view.total_ok == loaded_now.state.library_view.total_ok);
    CHECK(state.library_view.total_ok > 0);
    CHECK(state.warnings == loaded_now.state.warnings);
    CHECK_FALSE(ui::poll_services_load(state)); // nothing left to take

    ui::apply_intents(state);
    CHECK(state.screen == ui::Screen::Library);
}
