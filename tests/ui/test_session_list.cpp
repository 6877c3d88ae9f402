// The start screen's session list: unreadable files are shown with the reason and can be moved
// aside; resuming against a changed scenario file asks first.
#include "ui/root.hpp"
#include "core/play_strategies.hpp"
#include "ui/session_actions.hpp"
#include "ui/session_list.hpp"
#include "ui_fixture.hpp"

#include <fstream>

using namespace smo;
namespace fs = std::filesystem;

TEST_CASE("an unreadable session file is listed with its reason and can be moved aside") {
    test::UiFixture f;
    const fs::path dir = f.state.services.store->dir();
    fs::create_directories(dir);
    std::ofstream(dir / "afgebroken.json") << R"({"schema_version": 1, "session_id": "x", )";
    ui::emit<ui::GoToScreen>(f.state, ui::Screen::Start);
    f.apply();
    REQUIRE(f.state.services.unreadable_sessions.size() == 1);
    CHECK(f.state.services.unreadable_sessions[0].path.filename() == "afgebroken.json");
    CHECK_FALSE(f.state.services.unreadable_sessions[0].reason.empty());

    test::HeadlessImGui imgui;
    ImGui::NewFrame();
    ui::draw_app(f.state); // the start screen draws the list without ImGui errors
    ImGui::Render();

    ui::emit<ui::MoveSessionAside>(f.state, (dir / "afgebroken.json").string());
    f.apply();
    CHECK(f.state.services.unreadable_sessions.empty());
    CHECK(fs::exists(dir / "unreadable" / "afgebroken.json"));
    CHECK(f.state.sessions_message.find("afgebroken.json") != std::string::npos);
}

SCENARIO("resuming a session whose scenario file changed asks before resuming") {
    test::UiFixture f;
    const std::string scenario_id = f.state.library_view.cards.front().scenario_id;
    REQUIRE_FALSE(ui::start_session(f.state, scenario_id));
    const std::string session_id = f.state.play->recorder->session().session_id;
    f.state.play.reset();

    GIVEN("the scenario file is unchanged") {
        ui::emit<ui::GoToScreen>(f.state, ui::Screen::Start);
        ui::emit<ui::ResumeSession>(f.state, session_id);
        f.apply();
        THEN("it resumes at once") {
            CHECK_FALSE(f.state.resume_warning);
            CHECK(f.state.play.has_value());
        }
    }
    GIVEN("the scenario file changed since the session started") {
        for (auto& entry : f.state.services.library)
            if (entry.ok() && entry.scenario->id == scenario_id) entry.sha256 = std::string(64, '0');
        ui::emit<ui::GoToScreen>(f.state, ui::Screen::Start);
        ui::emit<ui::ResumeSession>(f.state, session_id);
        f.apply();
        THEN("a warning waits for the trainee and nothing is resumed yet") {
            REQUIRE(f.state.resume_warning);
            CHECK(f.state.resume_warning->session_id == session_id);
            CHECK_FALSE(f.state.play.has_value());
        }
        WHEN("the trainee cancels") {
            ui::emit<ui::CancelResume>(f.state);
            f.apply();
            CHECK_FALSE(f.state.resume_warning);
            CHECK_FALSE(f.state.play.has_value());
        }
        WHEN("the trainee resumes anyway") {
            ui::emit<ui::ResumeSession>(f.state, session_id, true);
            f.apply();
            CHECK_FALSE(f.state.resume_warning);
            CHECK(f.state.play.has_value());
        }
    }
}

SCENARIO("a session edited outside the app is marked on the start screen and resumes from the replay") {
    test::UiFixture f;
    const std::string scenario_id = f.state.library_view.cards.front().scenario_id;
    REQUIRE_FALSE(ui::start_session(f.state, scenario_id));
    core::Strategy best;
    best.kind = core::StrategyKind::Best;
    core::Player player(best);
    for (int i = 0; i < 6; ++i) {
        std::string error;
        auto action = player.next(f.state.play->runtime(), error);
        REQUIRE(action);
        REQUIRE_FALSE(ui::perform(f.state, *action));
    }
    core::Session session = f.state.play->recorder->session();
    const auto real_vars = session.state.vars;
    REQUIRE_FALSE(real_vars.empty());
    f.state.play.reset();

    GIVEN("a meter in the file set to 99 by hand") {
        session.state.vars.begin()->second = 99;
        REQUIRE_FALSE(f.state.services.store->save(session));
        ui::emit<ui::GoToScreen>(f.state, ui::Screen::Start);
        f.apply();
        THEN("the start screen marks it with the reason") {
            auto mark = f.state.services.session_marks.find(session.session_id);
            REQUIRE(mark != f.state.services.session_marks.end());
            CHECK(mark->second.state == core::Verification::Edited);
            CHECK(mark->second.reason.find("99") != std::string::npos);
            test::HeadlessImGui imgui;
            ImGui::NewFrame();
            ui::draw_app(f.state);
            ImGui::Render();
        }
        WHEN("the trainee resumes it anyway") {
            ui::emit<ui::ResumeSession>(f.state, session.session_id);
            f.apply();
            REQUIRE(f.state.resume_warning);
            ui::emit<ui::ResumeSession>(f.state, session.session_id, true);
            f.apply();
            THEN("the meters are the replayed ones, not the file's") {
                REQUIRE(f.state.play.has_value());
                CHECK(f.state.play->runtime().state().vars == real_vars);
            }
        }
    }
}
