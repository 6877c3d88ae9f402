// Sessions that cannot be read (corrupt, truncated, too new) are listed with the reason instead of
// vanishing, are never changed by a read, and can be moved aside on request.
#include "core/play_strategies.hpp"
#include "core/session.hpp"
#include "core/session_store.hpp"
#include "runtime_fixture.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

using namespace smo::core;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

Session short_session(const smo::test::FakeEvaluator& eval) {
    Runtime rt(smo::test::runtime_scenario(), eval);
    Player p(Strategy{StrategyKind::Best, 0, {}});
    for (int i = 0; i < 5; ++i) {
        std::string error;
        auto a = p.next(rt, error);
        if (!a) break;
        apply_action(rt, *a);
    }
    return new_session(rt, "Test", SessionMode::Oefenen, "abc", "runtime_test.json", "1");
}

} // namespace

TEST_CASE("corrupt, truncated and too-new session files are listed as unreadable, with the reason, untouched") {
    smo::test::TempDir tmp;
    SessionStore store(tmp.path());
    smo::test::FakeEvaluator eval;
    Session good = short_session(eval);
    REQUIRE_FALSE(store.save(good));
    const std::string full = slurp(store.path_for(good.session_id));

    std::ofstream(tmp.path() / "corrupt.json") << "\x01\x02 geen json";
    std::ofstream(tmp.path() / "truncated.json") << full.substr(0, full.size() / 2);
    const std::string too_new =
        std::regex_replace(full, std::regex(R"("schema_version"\s*:\s*[0-9]+)"), R"("schema_version": 99)");
    REQUIRE(too_new != full);
    std::ofstream(tmp.path() / "too_new.json") << too_new;

    std::map<std::string, std::string> before;
    std::map<std::string, fs::file_time_type> mtimes;
    for (const char* name : {"corrupt.json", "truncated.json", "too_new.json"}) {
        before[name] = slurp(tmp.path() / name);
        mtimes[name] = fs::last_write_time(tmp.path() / name);
    }

    std::vector<UnreadableSession> unreadable;
    auto readable = store.list(&unreadable);
    REQUIRE(readable.size() == 1);
    CHECK(readable[0].session_id == good.session_id);
    REQUIRE(unreadable.size() == 3);
    std::map<std::string, std::string> reasons;
    for (const auto& u : unreadable) reasons[u.path.filename().string()] = u.reason;
    CHECK_FALSE(reasons["corrupt.json"].empty());
    CHECK_FALSE(reasons["truncated.json"].empty());
    CHECK(reasons["too_new.json"].find("99") != std::string::npos);
    for (const auto& [name, text] : before) {
        CAPTURE(name);
        CHECK(slurp(tmp.path() / name) == text);
        CHECK(fs::last_write_time(tmp.path() / name) == mtimes[name]);
    }
}

TEST_CASE("moving an unreadable session aside keeps its bytes and never overwrites an earlier one") {
    smo::test::TempDir tmp;
    SessionStore store(tmp.path());
    std::ofstream(tmp.path() / "kapot.json") << "{ eerste";
    std::string error;
    auto first = store.move_aside(tmp.path() / "kapot.json", error);
    REQUIRE(first);
    CHECK(first->parent_path() == tmp.path() / "unreadable");
    CHECK(slurp(*first) == "{ eerste");
    CHECK_FALSE(fs::exists(tmp.path() / "kapot.json"));

    std::ofstream(tmp.path() / "kapot.json") << "{ tweede";
    auto second = store.move_aside(tmp.path() / "kapot.json", error);
    REQUIRE(second);
    CHECK(*second != *first);
    CHECK(slurp(*first) == "{ eerste");
    CHECK(slurp(*second) == "{ tweede");

    std::vector<UnreadableSession> unreadable;
    store.list(&unreadable);
    CHECK(unreadable.empty()); // the unreadable/ folder is not scanned

    SUBCASE("only files directly in the sessions folder can be moved") {
        smo::test::TempDir other;
        std::ofstream(other.path() / "x.json") << "{";
        CHECK_FALSE(store.move_aside(other.path() / "x.json", error));
        CHECK(error.find("geen sessiebestand") != std::string::npos);
        CHECK(fs::exists(other.path() / "x.json"));
    }
}

TEST_CASE("a session id that is not a plain name is refused on load and never used as a path") {
    smo::test::TempDir tmp;
    const fs::path sessions = tmp.path() / "a" / "sessions";
    SessionStore store(sessions);
    smo::test::FakeEvaluator eval;
    Session good = short_session(eval);
    REQUIRE_FALSE(store.save(good));
    std::string text = slurp(store.path_for(good.session_id));
    const std::string quoted = "\"" + good.session_id + "\"";
    REQUIRE(text.find(quoted) != std::string::npos);
    for (const std::string& bad : std::vector<std::string>{"../../x", "/tmp/x", "a/b", "..", "", std::string(129, 'a'), "x y"}) {
        CAPTURE(bad);
        std::string edited = text;
        edited.replace(edited.find(quoted), quoted.size(), "\"" + bad + "\"");
        Session s;
        auto error = session_from_json(edited, s);
        REQUIRE(error.has_value());
        CHECK(error->find("session_id") != std::string::npos);

        // Listed as unreadable in the folder, with the reason.
        std::ofstream(sessions / "edited.json") << edited;
        std::vector<UnreadableSession> unreadable;
        store.list(&unreadable);
        REQUIRE(unreadable.size() == 1);
        CHECK(unreadable[0].reason.find("session_id") != std::string::npos);
        fs::remove(sessions / "edited.json");

        // Even a Session built in memory with that id is never written anywhere.
        Session forged = good;
        forged.session_id = bad;
        CHECK(store.save(forged).has_value());
        std::string lock_error;
        CHECK_FALSE(store.try_lock(bad, lock_error).has_value());
        CHECK_FALSE(store.load(bad, lock_error).has_value());
    }
    CHECK_FALSE(fs::exists(tmp.path() / "x.json"));
    CHECK_FALSE(fs::exists(tmp.path() / "x.lock"));
    std::size_t files = 0;
    for (const auto& e : fs::recursive_directory_iterator(tmp.path())) files += e.is_regular_file() ? 1 : 0;
    CHECK(files == 1); // only the good session
}
