// One writer per session (issue 10 item 3): a flock on <id>.lock beside the session. A second
// recorder on the same session, in this process or another, is read-only and says why; no turn
// that a writer saved is ever overwritten.
#include "core/play_strategies.hpp"
#include "core/scenario_validator.hpp"
#include "core/session_store.hpp"
#include "runtime_fixture.hpp"
#include "scoring/evaluate.hpp"
#include "test_support.hpp"
#include "transcript_fingerprint.hpp"

#include <cstdio>
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace smo::core;
namespace fs = std::filesystem;

namespace {

const smo::test::FakeEvaluator& evaluator() {
    static const smo::test::FakeEvaluator e;
    return e;
}

SessionRecorder new_recorder(const SessionStore& store) {
    Runtime rt(smo::test::runtime_scenario(), evaluator());
    Session s = new_session(rt, "Test", smo::core::SessionMode::Oefenen, "", "runtime_test.json", "");
    return SessionRecorder(std::move(rt), std::move(s), store);
}

SessionRecorder resume_recorder(const SessionStore& store, const std::string& id) {
    std::string error;
    auto s = store.load(id, error);
    REQUIRE_MESSAGE(s.has_value(), error);
    auto rt = resume_session(*s, smo::test::runtime_scenario(), "", evaluator(), error);
    REQUIRE_MESSAGE(rt.has_value(), error);
    return SessionRecorder(std::move(*rt), std::move(*s), store);
}

/// Plays the next move of the `first` strategy (whatever the phase asks for).
ActionResult advance(SessionRecorder& r) {
    Player player(Strategy{StrategyKind::First, 0, {}});
    std::string error;
    auto action = player.next(r.runtime(), error);
    REQUIRE_MESSAGE(action.has_value(), error);
    return r.act([&](Runtime& rt) { return apply_action(rt, *action); });
}

} // namespace

TEST_CASE("a second recorder on an open session is read-only: it refuses turns and writes nothing") {
    smo::test::TempDir dir;
    SessionStore first_store(dir.path()), second_store(dir.path());
    auto first = new_recorder(first_store);
    REQUIRE_FALSE(first.save().has_value());
    CHECK_FALSE(first.read_only());
    CHECK(fs::exists(first_store.lock_path_for(first.session().session_id)));

    auto second = resume_recorder(second_store, first.session().session_id);
    CHECK(second.read_only());
    CHECK(second.read_only_reason().find("ander venster") != std::string::npos);
    auto refused = advance(second);
    CHECK_FALSE(refused.ok);
    CHECK(refused.error == second.read_only_reason());
    CHECK(second.save() == std::optional<std::string>(second.read_only_reason()));

    // The writer goes on, and the file holds its turns.
    REQUIRE(advance(first).ok);
    CHECK_FALSE(first.save_error().has_value());
    std::string error;
    auto on_disk = first_store.load(first.session().session_id, error);
    REQUIRE(on_disk.has_value());
    CHECK(on_disk->transcript.size() == first.runtime().transcript().size());
}

TEST_CASE("the lock goes with the recorder: after it closes, the session opens for writing again") {
    smo::test::TempDir dir;
    SessionStore store(dir.path());
    std::string id;
    {
        auto first = new_recorder(store);
        REQUIRE(advance(first).ok);
        id = first.session().session_id;
    }
    auto again = resume_recorder(store, id);
    CHECK_FALSE(again.read_only());
    CHECK(advance(again).ok);
    CHECK_FALSE(again.save_error().has_value());
}

TEST_CASE("a session loaded before another writer added turns opens read-only instead of dropping them") {
    smo::test::TempDir dir;
    SessionStore store(dir.path());
    auto first = new_recorder(store);
    REQUIRE_FALSE(first.save().has_value());
    const std::string id = first.session().session_id;
    std::string error;
    auto stale = store.load(id, error); // a second window reads the list...
    REQUIRE(stale.has_value());
    REQUIRE(advance(first).ok); // ...the first window plays on and closes
    const std::size_t saved_turns = first.runtime().transcript().size();
    { auto closing = std::move(first); }

    auto rt = resume_session(*stale, smo::test::runtime_scenario(), "", evaluator(), error);
    REQUIRE(rt.has_value());
    SessionRecorder late(std::move(*rt), std::move(*stale), store);
    CHECK(late.read_only());
    CHECK(late.read_only_reason().find("gewijzigd") != std::string::npos);
    CHECK_FALSE(advance(late).ok);
    auto on_disk = store.load(id, error);
    REQUIRE(on_disk.has_value());
    CHECK(on_disk->transcript.size() == saved_turns);
}

TEST_CASE("a recorder without autosave takes no lock (play --out writes elsewhere)") {
    smo::test::TempDir dir;
    SessionStore store(dir.path());
    auto writer = new_recorder(store);
    Runtime rt(smo::test::runtime_scenario(), evaluator());
    Session copy = writer.session();
    SessionRecorder player(std::move(rt), std::move(copy), store, /*autosave=*/false);
    CHECK_FALSE(player.read_only());
    CHECK(advance(player).ok);
}

namespace {

struct WriterRun {
    pid_t pid = -1;
    FILE* out = nullptr;
    int stdin_fd = -1; ///< closing it lets a holding writer exit
};

WriterRun start_writer(const fs::path& sessions, const std::string& id, const std::string& strategy,
                       int actions, int delay_ms, bool hold = false) {
    int fds[2], in_fds[2];
    REQUIRE(::pipe(fds) == 0);
    REQUIRE(::pipe(in_fds) == 0);
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::dup2(fds[1], STDOUT_FILENO);
        ::dup2(in_fds[0], STDIN_FILENO);
        ::close(fds[0]);
        ::close(fds[1]);
        ::close(in_fds[0]);
        ::close(in_fds[1]);
        std::string n = std::to_string(actions), d = std::to_string(delay_ms);
        ::execl(SMO_SESSION_WRITER, SMO_SESSION_WRITER, SMO_TEST_SOURCE_DIR, sessions.c_str(), id.c_str(),
                strategy.c_str(), n.c_str(), d.c_str(), hold ? "hold" : "go", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(fds[1]);
    ::close(in_fds[0]);
    WriterRun run{pid, ::fdopen(fds[0], "r"), in_fds[1]};
    REQUIRE(run.out != nullptr);
    return run;
}

/// One line of the helper's report; empty at its end.
std::string read_report(WriterRun& run) {
    char buf[8192];
    if (std::fgets(buf, sizeof buf, run.out) == nullptr) return {};
    std::string line(buf);
    if (!line.empty() && line.back() == '\n') line.pop_back();
    return line;
}

int finish(WriterRun& run, std::vector<std::string>& rest) {
    ::close(run.stdin_fd);
    for (std::string line; !(line = read_report(run)).empty();)
        if (line != "holding") rest.push_back(line);
    std::fclose(run.out);
    int status = 0;
    ::waitpid(run.pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/// The turns a report line says are on disk: "saved N FP" -> FP.
std::string saved_fingerprint(const std::string& line, std::size_t& turns) {
    char fp[8000] = {};
    if (std::sscanf(line.c_str(), "saved %zu %7999s", &turns, fp) != 2) return {};
    return fp;
}

} // namespace

TEST_CASE("two processes on one session: the second is refused while the first writes, no turn is lost") {
    smo::test::TempDir dir;
    const fs::path sessions = dir.path() / "sessions";
    SessionStore store(sessions);
    std::string id;
    {
        std::vector<smo::json::Diagnostic> errors;
        auto engine = smo::scoring::Engine::load(smo::test::source_dir() / "assets", errors);
        REQUIRE(engine);
        auto checked =
            check_scenario_file(smo::test::source_dir() / "scenarios" / "zorggroep_linde_smo.json");
        REQUIRE(checked.ok());
        Runtime rt(checked.loaded.scenario, *engine);
        Session s = new_session(rt, "Twee", smo::core::SessionMode::Oefenen, checked.loaded.sha256, "zorggroep_linde_smo.json", "");
        REQUIRE_FALSE(store.save(s).has_value());
        id = s.session_id;
    }

    // Process A (best strategy) plays and keeps the session open (a window left open); B (worst)
    // starts once A has saved a turn, while A is still playing.
    WriterRun a = start_writer(sessions, id, "best", 8, 60, /*hold=*/true);
    std::string first = read_report(a);
    std::size_t a_turns = 0;
    REQUIRE_MESSAGE(!saved_fingerprint(first, a_turns).empty(), first);
    WriterRun b = start_writer(sessions, id, "worst", 8, 0);
    std::vector<std::string> b_lines;
    CHECK(finish(b, b_lines) == 0);
    std::vector<std::string> a_lines{first};
    CHECK(finish(a, a_lines) == 0);

    // B never saved a turn and was told why; every turn A saved is in the file.
    for (const auto& line : b_lines)
        CHECK_MESSAGE(line.rfind("refused ", 0) == 0, line);
    REQUIRE_FALSE(b_lines.empty());
    CHECK(b_lines.front().find("alleen-lezen") != std::string::npos);
    std::string a_last;
    for (const auto& line : a_lines) {
        std::size_t n = 0;
        if (auto fp = saved_fingerprint(line, n); !fp.empty()) {
            a_last = fp;
            a_turns = n;
        }
    }
    std::string error;
    auto on_disk = store.load(id, error);
    REQUIRE_MESSAGE(on_disk.has_value(), error);
    CHECK(smo::test::transcript_fingerprint(on_disk->transcript, a_turns) == a_last);

    // With A gone, B opens the session for writing and continues after A's turns.
    WriterRun b2 = start_writer(sessions, id, "worst", 3, 0);
    std::vector<std::string> b2_lines;
    CHECK(finish(b2, b2_lines) == 0);
    std::size_t b_turns = 0;
    std::string b_last;
    for (const auto& line : b2_lines) {
        if (auto fp = saved_fingerprint(line, b_turns); !fp.empty()) b_last = fp;
    }
    auto final_disk = store.load(id, error);
    REQUIRE(final_disk.has_value());
    CHECK(smo::test::transcript_fingerprint(final_disk->transcript, a_turns) == a_last);
    if (!b_last.empty()) {
        CHECK(b_turns > a_turns);
        CHECK(smo::test::transcript_fingerprint(final_disk->transcript, b_turns) == b_last);
    } else {
        CHECK(on_disk->finished); // A played to the end: nothing left for B
    }
}

TEST_CASE(
    "a lock file that cannot be made does not block play: only a lock held elsewhere makes it read-only") {
    smo::test::TempDir dir;
    SessionStore store(dir.path());
    Runtime rt(smo::test::runtime_scenario(), evaluator());
    Session s = new_session(rt, "Test", smo::core::SessionMode::Oefenen, "", "runtime_test.json", "");
    fs::create_directory(store.lock_path_for(s.session_id)); // open() of the lock file fails
    SessionRecorder recorder(std::move(rt), std::move(s), store);
    CHECK_FALSE(recorder.read_only());
    CHECK(advance(recorder).ok);
    CHECK_FALSE(recorder.save_error().has_value());
}
