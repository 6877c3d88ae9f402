#include "core/settings.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <algorithm>
#include <fstream>

using namespace smo::core;

TEST_CASE("settings survive a save and load round trip") {
    smo::test::TempDir tmp;
    auto path = tmp.path() / "cfg" / "settings.json";
    Settings s;
    s.language = Language::English;
    s.ui_scale = 1.3f;
    s.trainee_name = "Coassistent Één";
    s.mode = SessionMode::Toets;
    REQUIRE_FALSE(save_settings(path, s).has_value());
    std::string error;
    Settings loaded = load_settings(path, error);
    CHECK(error.empty());
    CHECK(loaded == s);
}

TEST_CASE("a missing settings file gives defaults without an error") {
    smo::test::TempDir tmp;
    std::string error;
    Settings s = load_settings(tmp.path() / "none.json", error);
    CHECK(error.empty());
    CHECK(s == Settings{});
}

TEST_CASE("broken or too-new settings give defaults and a located message") {
    Settings s;
    s.trainee_name = "unchanged";
    auto err = settings_from_json("{\"schema_version\": 1, \"language\": }", s);
    REQUIRE(err.has_value());
    CHECK(err->rfind("1:", 0) == 0);
    CHECK(s.trainee_name == "unchanged");
    err = settings_from_json("{\"schema_version\": 99}", s);
    REQUIRE(err.has_value());
    CHECK(err->find("99") != std::string::npos);
}

TEST_CASE("wrong field types fall back per field and the UI scale is clamped") {
    Settings s;
    REQUIRE_FALSE(settings_from_json(
        "{\"schema_version\":1,\"language\":\"en\",\"ui_scale\":\"big\",\"mode\":\"exam\",\"trainee_name\":5}", s));
    CHECK(s.language == Language::English);
    CHECK(s.ui_scale == doctest::Approx(1.0f));
    CHECK(s.mode == SessionMode::Oefenen);
    CHECK(s.trainee_name.empty());
    REQUIRE_FALSE(settings_from_json("{\"schema_version\":1,\"ui_scale\":40}", s));
    CHECK(s.ui_scale == doctest::Approx(kMaxUiScale));
    CHECK(clamp_ui_scale(0.01f) == doctest::Approx(kMinUiScale));
    CHECK(clamp_ui_scale(1.26f) == doctest::Approx(1.3f));
}

namespace {

std::vector<std::filesystem::path> kept_bad_files(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> out;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().filename().string().rfind("settings.json.bad-", 0) == 0) out.push_back(e.path());
    return out;
}

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

} // namespace

TEST_CASE("a settings file with a wrong-typed schema_version or null gives defaults, a warning and a kept copy") {
    for (std::string bad : {"{\"schema_version\":\"1\"}", "null", "{\"schema_version\":null}", "[1,2]"}) {
        CAPTURE(bad);
        smo::test::TempDir tmp;
        auto path = tmp.path() / "settings.json";
        { std::ofstream(path) << bad; }
        std::string error;
        Settings s = load_settings(path, error);
        CHECK(s == Settings{});
        CHECK(error.find(path.string() + ":1:") != std::string::npos);
        auto kept = kept_bad_files(tmp.path());
        REQUIRE(kept.size() == 1);
        CHECK(slurp(kept[0]) == bad);
        CHECK(error.find(kept[0].string()) != std::string::npos);
        // What was understood is written back: the next start is clean.
        std::string again;
        CHECK(load_settings(path, again) == Settings{});
        CHECK(again.empty());
    }
}

TEST_CASE("a wrong field keeps the good fields, names the bad one by line:column and JSON path") {
    smo::test::TempDir tmp;
    auto path = tmp.path() / "settings.json";
    const std::string bad = "{\"schema_version\":1,\n \"trainee_name\":\"Anna\",\n \"ui_scale\":\"groot\",\n \"mode\":7}";
    { std::ofstream(path) << bad; }
    std::string error;
    Settings s = load_settings(path, error);
    CHECK(s.trainee_name == "Anna");
    CHECK(s.ui_scale == doctest::Approx(1.0f));
    CHECK(s.mode == SessionMode::Oefenen);
    CHECK(error.find(path.string() + ":3:") != std::string::npos);
    CHECK(error.find("/ui_scale") != std::string::npos);
    CHECK(error.find("/mode") != std::string::npos);
    REQUIRE(kept_bad_files(tmp.path()).size() == 1);
    std::string again;
    CHECK(load_settings(path, again).trainee_name == "Anna");
    CHECK(again.empty());
}

TEST_CASE("a second bad file never replaces an earlier kept one, and LeaveAlone touches nothing") {
    smo::test::TempDir tmp;
    auto path = tmp.path() / "settings.json";
    std::string error;
    { std::ofstream(path) << "null"; }
    load_settings(path, error, BadSettingsFile::LeaveAlone);
    CHECK_FALSE(error.empty());
    CHECK(kept_bad_files(tmp.path()).empty());
    CHECK(slurp(path) == "null");
    for (int i = 0; i < 2; ++i) {
        { std::ofstream(path) << "null" << i; }
        load_settings(path, error);
    }
    auto kept = kept_bad_files(tmp.path());
    REQUIRE(kept.size() == 2);
    CHECK(slurp(kept[0]) != slurp(kept[1]));
}

TEST_CASE("recent cohort folders: newest first, no duplicates, at most five, saved and loaded") {
    Settings s;
    for (int i = 0; i < 7; ++i)
        remember_review_folder(s, "/cohort/" + std::to_string(i));
    remember_review_folder(s, "/cohort/4");
    REQUIRE(s.recent_review_folders.size() == kRecentReviewFolders);
    CHECK(s.recent_review_folders[0] == "/cohort/4");
    CHECK(s.recent_review_folders[1] == "/cohort/6");
    CHECK(std::count(s.recent_review_folders.begin(), s.recent_review_folders.end(), "/cohort/4") == 1);
    Settings loaded;
    REQUIRE_FALSE(settings_from_json(settings_to_json(s), loaded));
    CHECK(loaded == s);
}
