// smo_crash_helper DATA_DIR SESSIONS_DIR [DELAY_MS]: plays zorggroep_linde_smo with the `worst`
// strategy through a SessionRecorder (autosave after every turn) and prints "saved <actions>
// <transcript size> <session id>" after each save, slowly, so test_crash_resume.cpp can kill -9
// it in the middle of a session.
#include "core/play_strategies.hpp"
#include "core/scenario_validator.hpp"
#include "core/session_store.hpp"
#include "scoring/evaluate.hpp"

#include <chrono>
#include <cstdio>
#include <thread>

using namespace smo::core;

int main(int argc, char** argv) {
    if (argc < 3) return 2;
    std::filesystem::path data = argv[1];
    SessionStore store(argv[2]);
    int delay_ms = argc > 3 ? std::atoi(argv[3]) : 5;
    std::vector<smo::json::Diagnostic> errors;
    auto engine = smo::scoring::Engine::load(data / "assets", errors);
    if (!engine) return 3;
    auto checked = check_scenario_file(data / "scenarios" / "zorggroep_linde_smo.json");
    if (!checked.ok()) return 4;
    Runtime rt(checked.loaded.scenario, *engine);
    Session session =
        new_session(rt, "crash", SessionMode::Oefenen, checked.loaded.sha256, "zorggroep_linde_smo.json", "");
    SessionRecorder recorder(std::move(rt), std::move(session), store);
    if (recorder.save()) return 5;
    Player player(Strategy{StrategyKind::Worst, 0, {}});
    int actions = 0;
    auto result = play_to_end(
        player, [&]() -> const Runtime& { return recorder.runtime(); },
        [&](const PlayAction& a) {
            auto r = recorder.act([&](Runtime& runtime) { return apply_action(runtime, a); });
            if (recorder.save_error()) std::exit(6);
            ++actions;
            std::printf("saved %d %zu %s\n", actions, recorder.runtime().transcript().size(),
                        recorder.session().session_id.c_str());
            std::fflush(stdout);
            std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
            return r;
        });
    return result.finished ? 0 : 1;
}
