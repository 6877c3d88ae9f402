// Crash safety: kill -9 a process in the middle of an autosaved session, then resume from disk.
// The session must be complete up to the last autosaved turn and play on to the same end as an
// uninterrupted run.
#include "core/play_strategies.hpp"
#include "core/scenario_validator.hpp"
#include "core/session_store.hpp"
#include "scoring/evaluate.hpp"
#include "test_support.hpp"

#include <csignal>
#include <cstdio>
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace smo::core;

namespace {

struct Saved {
    int actions = 0;
    std::size_t transcript = 0;
    std::string session_id;
};

/// Starts the helper, reads its progress until `kill_after` saves, then kill -9.
Saved run_and_kill(const std::filesystem::path& sessions, int kill_after) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::dup2(fds[1], STDOUT_FILENO);
        ::close(fds[0]);
        ::close(fds[1]);
        ::execl(SMO_CRASH_HELPER, SMO_CRASH_HELPER, SMO_TEST_SOURCE_DIR, sessions.c_str(), "3", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(fds[1]);
    FILE* in = ::fdopen(fds[0], "r");
    REQUIRE(in != nullptr);
    Saved last;
    char buf[512];
    while (std::fgets(buf, sizeof buf, in) != nullptr) {
        char id[256] = {};
        Saved s;
        if (std::sscanf(buf, "saved %d %zu %255s", &s.actions, &s.transcript, id) == 3) {
            s.session_id = id;
            last = s;
            if (s.actions >= kill_after) break;
        }
    }
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    std::fclose(in);
    CHECK(WIFSIGNALED(status));
    return last;
}

} // namespace

TEST_CASE("kill -9 mid-session loses nothing that was autosaved") {
    smo::test::TempDir tmp;
    auto sessions = tmp.path() / "sessions";
    Saved seen = run_and_kill(sessions, 9);
    REQUIRE(seen.actions >= 9);

    SessionStore store(sessions);
    auto open = store.unfinished();
    REQUIRE(open.size() == 1);
    CHECK(open[0].session_id == seen.session_id);
    std::string error;
    auto session = store.load(seen.session_id, error);
    REQUIRE_MESSAGE(session, error);
    // The helper may have saved once more between printing and the kill, never less.
    CHECK(session->transcript.size() >= seen.transcript);
    CHECK_FALSE(session->finished);

    std::vector<smo::json::Diagnostic> errors;
    auto engine = smo::scoring::Engine::load(smo::test::source_dir() / "assets", errors);
    REQUIRE(engine);
    auto checked = check_scenario_file(smo::test::source_dir() / "scenarios/zorggroep_linde_smo.json");
    REQUIRE(checked.ok());

    // An uninterrupted run of the same strategy is the reference.
    Runtime reference(checked.loaded.scenario, *engine);
    Player ref_player(Strategy{StrategyKind::Worst, 0, {}});
    REQUIRE(play_to_end(reference, ref_player).finished);
    REQUIRE(session->transcript.size() <= reference.transcript().size());
    for (std::size_t i = 0; i < session->transcript.size(); ++i) {
        CAPTURE(i);
        CHECK(session->transcript[i].turn_id == reference.transcript()[i].turn_id);
        CHECK(session->transcript[i].text == reference.transcript()[i].text);
        CHECK(session->transcript[i].option_id == reference.transcript()[i].option_id);
    }

    bool changed = true;
    auto resumed = resume_session(*session, checked.loaded.scenario, checked.loaded.sha256, *engine, error, &changed);
    REQUIRE_MESSAGE(resumed, error);
    CHECK_FALSE(changed);
    Player player(Strategy{StrategyKind::Worst, 0, {}});
    REQUIRE(play_to_end(*resumed, player).finished);
    CHECK(resumed->transcript().size() == reference.transcript().size());
    CHECK(resumed->state() == reference.state());

    // No temp files of the atomic writes are taken for sessions (<id>.lock is the writer's lock).
    for (const auto& e : std::filesystem::directory_iterator(sessions))
        if (e.path().filename().string().front() != '.')
            CHECK((e.path().extension() == ".json" || e.path().extension() == ".lock"));
}
