// Settings shared by two instances (issue 10 item 3): a save writes only the fields this instance
// changed on top of what is on disk, under a lock, so neither instance undoes the other's change.
#include "core/settings.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace smo::core;

TEST_CASE("save_settings_merged keeps a field another instance changed since this one loaded") {
    smo::test::TempDir dir;
    auto path = dir.path() / "cfg" / "settings.json";
    Settings start;
    start.trainee_name = "Anna";
    REQUIRE_FALSE(save_settings(path, start).has_value());

    // Both instances loaded `start`. The other one renames the trainee and saves first.
    Settings other = start;
    other.trainee_name = "Bram";
    REQUIRE_FALSE(save_settings_merged(path, start, other).has_value());
    // This one zooms in and saves: the name stays Bram.
    Settings mine = start;
    mine.ui_scale = 1.5f;
    REQUIRE_FALSE(save_settings_merged(path, start, mine).has_value());

    std::string error;
    Settings on_disk = load_settings(path, error);
    CHECK(error.empty());
    CHECK(on_disk.trainee_name == "Bram");
    CHECK(on_disk.ui_scale == doctest::Approx(1.5f));
    CHECK(on_disk.language == Language::Dutch);
}

TEST_CASE("save_settings_merged writes everything when there is no readable file yet") {
    smo::test::TempDir dir;
    auto path = dir.path() / "settings.json";
    Settings before, after;
    after.mode = SessionMode::Toets;
    after.language = Language::English;
    REQUIRE_FALSE(save_settings_merged(path, before, after).has_value());
    std::string error;
    CHECK(load_settings(path, error) == after);
}

TEST_CASE("two processes saving different settings fields at the same time both keep their change") {
    smo::test::TempDir dir;
    auto path = dir.path() / "settings.json";
    REQUIRE_FALSE(save_settings(path, Settings{}).has_value());
    constexpr int kRounds = 60;
    auto child = [&](bool names) {
        pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid != 0) return pid;
        // Each round: this instance's previous value is `before`, the next one `after`.
        Settings before;
        for (int i = 1; i <= kRounds; ++i) {
            Settings after = before;
            if (names)
                after.trainee_name = "naam" + std::to_string(i);
            else
                after.ui_scale = i % 2 ? 2.0f : 1.5f;
            if (save_settings_merged(path, before, after)) ::_exit(1);
            before = after;
        }
        ::_exit(0);
    };
    pid_t a = child(true), b = child(false);
    int sa = 0, sb = 0;
    ::waitpid(a, &sa, 0);
    ::waitpid(b, &sb, 0);
    REQUIRE(WIFEXITED(sa));
    REQUIRE(WIFEXITED(sb));
    CHECK(WEXITSTATUS(sa) == 0);
    CHECK(WEXITSTATUS(sb) == 0);
    std::string error;
    Settings on_disk = load_settings(path, error);
    CHECK(error.empty());
    CHECK(on_disk.trainee_name == "naam" + std::to_string(kRounds));
    CHECK(on_disk.ui_scale == doctest::Approx(kRounds % 2 ? 2.0f : 1.5f));
}
