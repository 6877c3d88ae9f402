#include "core/settings.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
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
