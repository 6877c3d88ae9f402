// smo_session_writer DATA_DIR SESSIONS_DIR SESSION_ID STRATEGY ACTIONS DELAY_MS [hold]: resumes a saved
// session of zorggroep_linde_smo like a second app window would, plays up to ACTIONS actions
// through a SessionRecorder (autosave after every turn) and reports each outcome on stdout:
//   "saved <transcript size> <fingerprint>"   the turn is on disk
//   "refused <reason>"                          the recorder refused the action (stops)
// With `hold` it keeps the session open after its turns until stdin closes (a window left open).
// test_session_lock.cpp runs two of these on one session and checks that no saved turn is lost.
#include "core/play_strategies.hpp"
#include "core/scenario_validator.hpp"
#include "core/session_store.hpp"
#include "scoring/evaluate.hpp"
#include "transcript_fingerprint.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

using namespace smo::core;

int main(int argc, char** argv) {
    if (argc < 7) return 2;
    std::filesystem::path data = argv[1];
    SessionStore store(argv[2]);
    std::string session_id = argv[3];
    std::string strategy_text = argv[4];
    int max_actions = std::atoi(argv[5]);
    int delay_ms = std::atoi(argv[6]);
    std::vector<smo::json::Diagnostic> errors;
    auto engine = smo::scoring::Engine::load(data / "assets", errors);
    if (!engine) return 3;
    auto checked = check_scenario_file(data / "scenarios" / "zorggroep_linde_smo.json");
    if (!checked.ok()) return 4;
    std::string error;
    auto session = store.load(session_id, error);
    if (!session) return 5;
    auto runtime = resume_session(*session, checked.loaded.scenario, checked.loaded.sha256, *engine, error);
    if (!runtime) return 6;
    SessionRecorder recorder(std::move(*runtime), std::move(*session), store);
    auto strategy = parse_strategy(strategy_text, error);
    if (!strategy) return 7;
    Player player(*strategy);
    for (int i = 0; i < max_actions && recorder.runtime().phase() != Phase::Finished; ++i) {
        auto action = player.next(recorder.runtime(), error);
        if (!action) return 8;
        auto r = recorder.act([&](Runtime& rt) { return apply_action(rt, *action); });
        if (!r.ok) {
            std::printf("refused %s\n", r.error.c_str());
            std::fflush(stdout);
            return 0;
        }
        if (recorder.save_error()) {
            std::printf("refused %s\n", recorder.save_error()->c_str());
            std::fflush(stdout);
            return 0;
        }
        const auto& t = recorder.runtime().transcript();
        std::printf("saved %zu %s\n", t.size(), smo::test::transcript_fingerprint(t, t.size()).c_str());
        std::fflush(stdout);
        std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    }
    if (argc > 7 && std::string(argv[7]) == "hold") {
        std::printf("holding\n");
        std::fflush(stdout);
        while (std::getchar() != EOF) {
        }
    }
    return 0;
}
