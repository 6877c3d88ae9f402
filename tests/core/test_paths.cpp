#include "core/paths.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <sys/stat.h>

using namespace smo::core;
using smo::test::fake_env;

TEST_CASE("XDG variables, when absolute, decide where user files go") {
    auto dirs = resolve_user_dirs(fake_env({{"HOME", "/home/anna"},
                                            {"XDG_CONFIG_HOME", "/cfg"},
                                            {"XDG_STATE_HOME", "/state"},
                                            {"XDG_DATA_HOME", "/data"}}));
    CHECK(dirs.config == "/cfg/smo-trainer");
    CHECK(dirs.state == "/state/smo-trainer");
    CHECK(dirs.data == "/data/smo-trainer");
    CHECK(dirs.scenarios == "/data/smo-trainer/scenarios");
}

TEST_CASE("unset XDG variables fall back to the defaults under HOME") {
    auto dirs = resolve_user_dirs(fake_env({{"HOME", "/home/anna"}}));
    CHECK(dirs.config == "/home/anna/.config/smo-trainer");
    CHECK(dirs.state == "/home/anna/.local/state/smo-trainer");
    CHECK(dirs.data == "/home/anna/.local/share/smo-trainer");
    CHECK(dirs.scenarios == "/home/anna/.local/share/smo-trainer/scenarios");
}

TEST_CASE("relative or empty XDG values are ignored, as the spec says") {
    auto dirs = resolve_user_dirs(fake_env({{"HOME", "/home/anna"},
                                            {"XDG_CONFIG_HOME", "relative/cfg"},
                                            {"XDG_DATA_HOME", ""}}));
    CHECK(dirs.config == "/home/anna/.config/smo-trainer");
    CHECK(dirs.data == "/home/anna/.local/share/smo-trainer");
    CHECK(dirs.scenarios == "/home/anna/.local/share/smo-trainer/scenarios");
    auto relative_data = resolve_user_dirs(fake_env({{"HOME", "/home/anna"}, {"XDG_DATA_HOME", "data"}}));
    CHECK(relative_data.scenarios == "/home/anna/.local/share/smo-trainer/scenarios");
}

TEST_CASE("the data dir is found from an override, the environment or the build tree") {
    smo::test::TempDir tmp;
    auto fake = tmp.path() / "data";
    std::filesystem::create_directories(fake / "assets" / "i18n");
    { std::ofstream(fake / "assets" / "i18n" / "nl.json") << "{}"; }

    SUBCASE("an explicit override wins and is final") {
        CHECK(find_data_dir(fake, "", fake_env({})) == fake);
        CHECK_FALSE(find_data_dir(tmp.path() / "nope", "", fake_env({})).has_value());
    }
    SUBCASE("SMO_TRAINER_DATA_DIR comes before the build tree") {
        auto found = find_data_dir(std::nullopt, "", fake_env({{"SMO_TRAINER_DATA_DIR", fake.string()}}));
        CHECK(found == fake);
    }
    SUBCASE("a relocatable install next to the executable") {
        auto prefix = tmp.path() / "prefix";
        std::filesystem::create_directories(prefix / "share" / "smo-trainer" / "assets" / "i18n");
        { std::ofstream(prefix / "share" / "smo-trainer" / "assets" / "i18n" / "nl.json") << "{}"; }
        auto found = find_data_dir(std::nullopt, prefix / "bin" / "smo-trainer", fake_env({}));
        CHECK(found == prefix / "share" / "smo-trainer");
    }
    SUBCASE("without hints the source tree of this build is used") {
        auto found = find_data_dir(std::nullopt, "", fake_env({}));
        REQUIRE(found.has_value());
        CHECK(is_data_dir(*found));
    }
}

TEST_CASE("ensure_private_dir creates nested folders with mode 0700") {
    smo::test::TempDir tmp;
    auto dir = tmp.path() / "a" / "b";
    std::string error;
    REQUIRE(ensure_private_dir(dir, error));
    struct stat st{};
    REQUIRE(::stat(dir.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0700);
    CHECK(ensure_private_dir(dir, error)); // idempotent
}
