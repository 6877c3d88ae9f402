// "Instellingen": the LRS fields go into the settings, the secret into its own 0600 file (never
// into settings.json or the form), the sender is reconfigured; and every finished turn of a
// session puts its statements in the durable queue, once, without sending from the frame.
#include "core/lrs_secret.hpp"
#include "core/play_strategies.hpp"
#include "core/xapi_statements.hpp"
#include "ui/screen_settings.hpp"
#include "ui/session_actions.hpp"
#include "ui/xapi_actions.hpp"
#include "ui_fixture.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>

using namespace smo;
namespace fs = std::filesystem;

namespace {
constexpr const char* kSecret = "geheim-van-de-lrs";

ui::SaveLrsSettings lrs_fields() {
    ui::SaveLrsSettings f;
    f.endpoint = "http://127.0.0.1:1/xapi/"; // nothing listens: statements stay queued
    f.key = "smo-client";
    f.secret = kSecret;
    f.home_page = "https://www.umcg.nl";
    f.account_name = "s1234567";
    return f;
}
} // namespace

TEST_CASE("saving the LRS settings: fields in settings.json, the secret only in its 0600 file") {
    test::UiFixture f;
    const fs::path config = f.tmp.path() / "config";
    f.state.settings_path = config / "settings.json";
    ui::start_xapi_sender(f.state, f.tmp.path() / "state", config);
    CHECK_FALSE(f.state.xapi->status().configured);

    ui::emit<ui::GoToScreen>(f.state, ui::Screen::Settings);
    f.apply();
    CHECK(f.state.screen == ui::Screen::Settings);
    CHECK_FALSE(f.state.lrs_form.secret_saved);

    ui::emit<ui::SaveLrsSettings>(f.state, lrs_fields());
    f.apply();
    CHECK(f.state.settings.lrs_endpoint == "http://127.0.0.1:1/xapi/");
    CHECK(f.state.settings.xapi_account_name == "s1234567");
    CHECK(f.state.lrs_form.secret_saved);
    CHECK(f.state.lrs_form.fields.secret.empty());
    CHECK_FALSE(f.state.lrs_form.message_is_error);
    CHECK(f.state.xapi->status().configured);
    const std::string settings_text = test::read_text(config / "settings.json");
    CHECK(settings_text.find("s1234567") != std::string::npos);
    CHECK(settings_text.find(kSecret) == std::string::npos);
    std::string error;
    CHECK(core::load_lrs_secret(core::lrs_secret_path(config), error) == kSecret);
    struct stat st {};
    REQUIRE(::stat(core::lrs_secret_path(config).c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    // Reopening the screen: the secret is "saved", never put back into the form.
    ui::emit<ui::GoToScreen>(f.state, ui::Screen::Settings);
    f.apply();
    CHECK(f.state.lrs_form.secret_saved);
    CHECK(f.state.lrs_form.fields.secret.empty());
    CHECK(f.state.lrs_form.fields.key == "smo-client");

    // The screen draws (form and status) without a window.
    test::HeadlessImGui imgui;
    ImGui::NewFrame();
    ImGui::Begin("settings");
    ui::draw_settings(f.state);
    ImGui::End();
    ImGui::Render();
    CHECK(f.state.intents.empty());
}

TEST_CASE("every finished turn queues the session's statements - the frame never sends") {
    test::UiFixture f;
    const fs::path config = f.tmp.path() / "config";
    f.state.settings_path = config / "settings.json";
    ui::start_xapi_sender(f.state, f.tmp.path() / "state", config);
    const fs::path queue = core::xapi_queue_dir(f.tmp.path() / "state");

    // No LRS set: nothing is collected.
    f.state.selected_scenario = "zorggroep_linde_smo";
    ui::emit<ui::StartMeeting>(f.state);
    f.apply();
    REQUIRE(f.state.play.has_value());
    core::Player player(core::Strategy{core::StrategyKind::Best, 1, {}});
    auto step = [&] {
        std::string error;
        auto action = player.next(f.state.play->runtime(), error);
        REQUIRE_MESSAGE(action, error);
        REQUIRE_FALSE(ui::perform(f.state, *action));
    };
    step();
    CHECK_FALSE(fs::exists(queue));

    ui::emit<ui::SaveLrsSettings>(f.state, lrs_fields());
    f.apply();
    std::size_t last = 0;
    for (int i = 0; i < 500 && f.state.play->runtime().phase() != core::Phase::Finished; ++i) {
        step();
        const std::size_t queued = f.state.xapi->status().queued;
        CHECK(queued >= last); // the unreachable LRS gets nothing, so the queue only grows
        last = queued;
    }
    REQUIRE(f.state.play->runtime().phase() == core::Phase::Finished);
    const core::Session& session = f.state.play->recorder->session();
    int turns = 0;
    for (const auto& e : session.transcript)
        if (e.by_trainee && !e.prior) ++turns;
    // initialized + one responded per turn + completed + terminated, each once.
    CHECK(f.state.xapi->status().queued == static_cast<std::size_t>(turns) + 3);
    core::XapiQueue reopened(queue);
    const auto pending = reopened.pending();
    REQUIRE(pending.size() == static_cast<std::size_t>(turns) + 3);
    CHECK(pending.front().id == core::xapi_statement_id(session.session_id, "initialized"));
    CHECK(pending.back().id == core::xapi_statement_id(session.session_id, "terminated"));
    const auto status = f.state.xapi->status();
    CHECK(status.last_error.find(kSecret) == std::string::npos);
}
