// Autosave failures (disk full, folder not writable) are visible on every screen, lose no turn,
// retry on every later turn and on request, can be saved elsewhere, and closing asks first.
#include "core/play_strategies.hpp"
#include "ui/root.hpp"
#include "ui/save_status.hpp"
#include "ui/session_actions.hpp"
#include "ui_fixture.hpp"

#include <csignal>
#include <fstream>
#include <sstream>
#include <sys/resource.h>

using namespace smo;
namespace fs = std::filesystem;

namespace {

// Plays `turns` moves of the best strategy through the UI's perform().
void play_turns(ui::AppState& state, int turns) {
    core::Strategy best;
    best.kind = core::StrategyKind::Best;
    core::Player player(best);
    for (int i = 0; i < turns && state.play->runtime().phase() != core::Phase::Finished; ++i) {
        std::string error;
        auto action = player.next(state.play->runtime(), error);
        REQUIRE(action);
        REQUIRE_FALSE(ui::perform(state, *action));
    }
}

std::size_t transcript_on_disk(const fs::path& file) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    core::Session session;
    REQUIRE_FALSE(core::session_from_json(text.str(), session));
    return session.transcript.size();
}

// Makes the sessions folder unwritable the way a full or broken disk does, even for root: the
// folder's path becomes a regular file, so creating the temp file fails (ENOTDIR/EEXIST).
struct BrokenFolder {
    fs::path dir, aside;
    explicit BrokenFolder(fs::path d) : dir(std::move(d)), aside(dir.string() + ".aside") {
        if (fs::exists(dir)) fs::rename(dir, aside);
        std::ofstream(dir) << "geen map";
    }
    void repair() {
        if (!fs::is_regular_file(dir)) return; // already repaired
        fs::remove(dir);
        if (fs::exists(aside)) fs::rename(aside, dir);
    }
};

} // namespace

SCENARIO("an autosave that fails mid-meeting is shown, keeps every turn and recovers") {
    test::UiFixture f;
    f.state.selected_scenario = f.state.library_view.cards.front().scenario_id;
    REQUIRE_FALSE(ui::start_session(f.state, f.state.selected_scenario));
    const fs::path file = f.state.services.store->path_for(f.state.play->recorder->session().session_id);
    REQUIRE(fs::exists(file));
    CHECK_FALSE(ui::save_banner(f.state));
    CHECK_FALSE(ui::has_unsaved_turns(f.state));

    GIVEN("the sessions folder stops being writable") {
        BrokenFolder broken(f.state.services.store->dir());
        play_turns(f.state, 3);
        const auto in_memory = f.state.play->recorder->runtime().transcript().size();
        REQUIRE(in_memory > 0);

        THEN("the banner shows why, and closing would lose turns") {
            auto banner = ui::save_banner(f.state);
            REQUIRE(banner);
            CHECK_FALSE(banner->error.empty());
            CHECK_FALSE(banner->copy_current);
            CHECK(ui::has_unsaved_turns(f.state));
        }
        THEN("closing the window asks first instead of closing") {
            CHECK_FALSE(ui::confirm_close(f.state));
            CHECK(f.state.close_requested);
            ui::emit<ui::CancelClose>(f.state);
            f.apply();
            CHECK_FALSE(f.state.close_requested);
        }
        WHEN("the folder works again, the next turn saves everything played so far") {
            broken.repair();
            play_turns(f.state, 1);
            CHECK_FALSE(ui::save_banner(f.state));
            CHECK(transcript_on_disk(file) == f.state.play->recorder->runtime().transcript().size());
        }
        WHEN("the trainee presses 'Opnieuw opslaan' after the folder works again") {
            broken.repair();
            ui::emit<ui::RetrySave>(f.state);
            f.apply();
            CHECK_FALSE(ui::save_banner(f.state));
            CHECK(transcript_on_disk(file) == in_memory);
        }
        WHEN("the trainee saves the session elsewhere") {
            const fs::path copy = f.tmp.path() / "usb" / "mijn-sessie.json";
            ui::emit<ui::OpenSaveAs>(f.state);
            f.apply();
            CHECK(f.state.save_as_open);
            CHECK_FALSE(f.state.save_as_path.empty());
            ui::emit<ui::SaveSessionAs>(f.state, copy.string());
            f.apply();
            THEN("the copy holds every turn, the banner says so and closing no longer asks") {
                CHECK_FALSE(f.state.save_as_open);
                CHECK(transcript_on_disk(copy) == in_memory);
                auto banner = ui::save_banner(f.state);
                REQUIRE(banner);
                CHECK(banner->copy_current);
                CHECK(banner->copy_path == copy);
                CHECK(ui::confirm_close(f.state));
            }
            THEN("a later turn makes the copy stale again") {
                play_turns(f.state, 1);
                ui::apply_intents(f.state); // the frame loop refreshes after every batch
                CHECK(ui::has_unsaved_turns(f.state));
            }
        }
        WHEN("closing was asked for and the save then succeeds, the window may close") {
            CHECK_FALSE(ui::confirm_close(f.state));
            broken.repair();
            ui::emit<ui::RetrySave>(f.state);
            f.apply();
            CHECK(f.state.quit_confirmed);
            CHECK(ui::confirm_close(f.state));
        }
        WHEN("the trainee chooses to close without saving") {
            CHECK_FALSE(ui::confirm_close(f.state));
            ui::emit<ui::QuitWithoutSaving>(f.state);
            f.apply();
            CHECK(ui::confirm_close(f.state));
        }
        broken.repair();
    }
}

TEST_CASE("saving a copy to a path that cannot be written reports why and keeps the dialog open") {
    test::UiFixture f;
    f.state.selected_scenario = f.state.library_view.cards.front().scenario_id;
    REQUIRE_FALSE(ui::start_session(f.state, f.state.selected_scenario));
    std::ofstream(f.tmp.path() / "bestand") << "x";
    ui::emit<ui::OpenSaveAs>(f.state);
    ui::emit<ui::SaveSessionAs>(f.state, (f.tmp.path() / "bestand" / "kopie.json").string());
    f.apply();
    CHECK(f.state.save_as_open);
    CHECK_FALSE(f.state.save_as_error.empty());
    CHECK(f.state.play->copy_path.empty());
}

TEST_CASE("the save banner and both dialogs draw without ImGui errors") {
    test::UiFixture f;
    test::HeadlessImGui imgui;
    f.state.selected_scenario = f.state.library_view.cards.front().scenario_id;
    REQUIRE_FALSE(ui::start_session(f.state, f.state.selected_scenario));
    BrokenFolder broken(f.state.services.store->dir());
    play_turns(f.state, 1);
    REQUIRE(ui::save_banner(f.state));
    CHECK_FALSE(ui::confirm_close(f.state));
    // Popups are opened at the root id level, where this frame's checks look for them.
    auto draw_frames = [&](const char* popup) {
        bool open = false;
        for (int frame = 0; frame < 3; ++frame) {
            ImGui::NewFrame();
            ui::draw_app(f.state);
            open = ImGui::IsPopupOpen(popup);
            ImGui::Render();
        }
        return open;
    };
    CHECK(draw_frames("###close_unsaved"));
    ui::emit<ui::OpenSaveAs>(f.state);
    f.apply();
    CHECK(draw_frames("###save_as"));
    CHECK_FALSE(draw_frames("###close_unsaved")); // the save dialog takes over
    broken.repair();
}

namespace {

// The file system is full for this process: any write past `bytes` fails (EFBIG, as ENOSPC would),
// also halfway through a file. SIGXFSZ is ignored so the write returns the error instead.
struct FullDisk {
    rlimit old{};
    void (*old_handler)(int) = nullptr;
    explicit FullDisk(rlim_t bytes) {
        getrlimit(RLIMIT_FSIZE, &old);
        old_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small{bytes, old.rlim_max};
        setrlimit(RLIMIT_FSIZE, &small);
    }
    void free_space() { setrlimit(RLIMIT_FSIZE, &old); }
    ~FullDisk() {
        free_space();
        std::signal(SIGXFSZ, old_handler);
    }
};

} // namespace

TEST_CASE("a full disk mid-meeting: the banner shows, the file on disk stays whole, no turn is lost") {
    test::UiFixture f;
    f.state.selected_scenario = f.state.library_view.cards.front().scenario_id;
    REQUIRE_FALSE(ui::start_session(f.state, f.state.selected_scenario));
    const fs::path file = f.state.services.store->path_for(f.state.play->recorder->session().session_id);
    play_turns(f.state, 2);
    const std::size_t saved_turns = transcript_on_disk(file);
    REQUIRE(saved_turns > 0);
    {
        FullDisk full(512); // smaller than any session file: every save now fails part-way
        play_turns(f.state, 3);
        auto banner = ui::save_banner(f.state);
        REQUIRE(banner);
        CHECK_FALSE(banner->error.empty());
        CHECK(ui::has_unsaved_turns(f.state));
        // The atomic write never left a half-written session behind.
        CHECK(transcript_on_disk(file) == saved_turns);
        full.free_space();
        ui::emit<ui::RetrySave>(f.state);
        ui::apply_intents(f.state);
    }
    CHECK_FALSE(ui::save_banner(f.state));
    CHECK_FALSE(ui::has_unsaved_turns(f.state));
    CHECK(transcript_on_disk(file) == f.state.play->recorder->runtime().transcript().size());
    CHECK(transcript_on_disk(file) > saved_turns);
}
