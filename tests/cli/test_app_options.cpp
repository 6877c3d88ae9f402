#include "cli/app_options.hpp"

#include <doctest/doctest.h>

using namespace smo::cli;

TEST_CASE("screenshot options parse in both --opt value and --opt=value form") {
    auto r =
        parse_app_options({"--screenshot", "out.png", "--frames=3", "--screen", "start", "--lang", "en"});
    REQUIRE_FALSE(r.error.has_value());
    CHECK(r.options.screenshot == std::filesystem::path("out.png"));
    CHECK(r.options.frames == 3);
    CHECK(r.options.screen == "start");
    CHECK(r.options.lang == "en");
}

TEST_CASE("defaults: five frames, the start screen") {
    auto r = parse_app_options({});
    REQUIRE_FALSE(r.error.has_value());
    CHECK(r.options.frames == 5);
    CHECK(r.options.screen == "start");
    CHECK_FALSE(r.options.screenshot.has_value());
}

TEST_CASE("unknown options and bad values are usage errors") {
    CHECK(parse_app_options({"--bogus"}).error.has_value());
    CHECK(parse_app_options({"--mode", "examen"}).error.has_value());
    CHECK(parse_app_options({"--mode", "toets"}).options.mode == std::optional<std::string>("toets"));
    CHECK(parse_app_options({"--frames", "0"}).error.has_value());
    CHECK(parse_app_options({"--frames", "abc"}).error.has_value());
    CHECK(parse_app_options({"--lang", "de"}).error.has_value());
    CHECK(parse_app_options({"--screen", "nowhere"}).error.has_value());
    CHECK(parse_app_options({"--type", ""}).error.has_value());
    CHECK(parse_app_options({"--type", "Ik heb geleerd"}).options.typed_answer ==
          std::optional<std::string>("Ik heb geleerd"));
    CHECK(parse_app_options({"--screenshot"}).error.has_value());
}

TEST_CASE("help and version flags") {
    CHECK(parse_app_options({"--help"}).options.show_help);
    CHECK(parse_app_options({"--version"}).options.show_version);
    CHECK(version_line().rfind("smo-trainer ", 0) == 0);
    CHECK(app_usage().find("--screenshot") != std::string::npos);
}

TEST_CASE("--review takes a folder and the review screens are known to --screen") {
    auto r = parse_app_options({"--review", "/tmp/cohort", "--screen", "review-cohort"});
    REQUIRE_FALSE(r.error.has_value());
    CHECK(r.options.review == std::filesystem::path("/tmp/cohort"));
    CHECK(r.options.screen == "review-cohort");
    CHECK_FALSE(parse_app_options({"--screen=review-analytics"}).error.has_value());
    CHECK_FALSE(parse_app_options({"--screen=review-session"}).error.has_value());
    auto missing = parse_app_options({"--review"});
    REQUIRE(missing.error.has_value());
    CHECK(missing.error->find("--review") != std::string::npos);
    auto bad = parse_app_options({"--screen", "review"});
    REQUIRE(bad.error.has_value());
    CHECK(bad.error->find("review-analytics") != std::string::npos);
}

TEST_CASE("--sessions takes a folder of session files for a screenshot of 'Mijn sessies'") {
    auto r = parse_app_options({"--sessions", "/tmp/mijn", "--screenshot", "s.png"});
    REQUIRE_FALSE(r.error.has_value());
    CHECK(r.options.sessions == std::filesystem::path("/tmp/mijn"));
    auto missing = parse_app_options({"--sessions"});
    REQUIRE(missing.error.has_value());
    CHECK(missing.error->find("--sessions") != std::string::npos);
    CHECK(app_usage().find("--sessions DIR") != std::string::npos);
}

TEST_CASE("--play, --at feedback and --retry choose how the screenshot driver plays") {
    auto r = parse_app_options({"--screen", "debrief", "--play", "worst", "--retry"});
    REQUIRE_FALSE(r.error.has_value());
    CHECK(r.options.play == "worst");
    CHECK(r.options.retry);
    CHECK(parse_app_options({}).options.play == "best");
    auto at = parse_app_options({"--screen=meeting", "--at=feedback"});
    REQUIRE_FALSE(at.error.has_value());
    CHECK(at.options.at_feedback);
    CHECK(parse_app_options({"--play", "random"}).error.has_value());
    CHECK(parse_app_options({"--screen", "meeting", "--at", "end"}).error.has_value());
    // Each belongs to one screen; elsewhere it would be silently ignored.
    auto misplaced_at = parse_app_options({"--screen", "debrief", "--at", "feedback"});
    REQUIRE(misplaced_at.error.has_value());
    CHECK(misplaced_at.error->find("--screen meeting") != std::string::npos);
    CHECK(parse_app_options({"--retry"}).error.has_value());
    CHECK(app_usage().find("--retry") != std::string::npos);
}

TEST_CASE("--browse opens the folder picker on the start or a review screen, nowhere else") {
    auto r = parse_app_options({"--browse", "/tmp/cohort"});
    REQUIRE_FALSE(r.error);
    REQUIRE(r.options.browse);
    CHECK(r.options.browse->string() == "/tmp/cohort");
    CHECK_FALSE(parse_app_options({"--screen", "review-cohort", "--review", "d", "--browse", "d"}).error);
    CHECK(parse_app_options({"--screen", "meeting", "--browse", "d"}).error.has_value());
    CHECK(parse_app_options({"--browse"}).error.has_value());
    CHECK(app_usage().find("--browse DIR") != std::string::npos);
}

TEST_CASE("--node selects a node in the editor, and only there") {
    auto r = parse_app_options({"--screen", "editor", "--scenario", "x", "--node", "keuze_team"});
    REQUIRE_FALSE(r.error);
    REQUIRE(r.options.editor_node);
    CHECK(*r.options.editor_node == "keuze_team");
    auto misplaced = parse_app_options({"--screen", "meeting", "--node", "keuze_team"});
    REQUIRE(misplaced.error);
    CHECK(misplaced.error->find("--screen editor") != std::string::npos);
    CHECK(parse_app_options({"--screen", "editor", "--node"}).error.has_value());
    CHECK(app_usage().find("--node ID") != std::string::npos);
}
