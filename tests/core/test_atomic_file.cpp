#include "core/atomic_file.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <sys/stat.h>

using namespace smo::core;

TEST_CASE("atomic_write replaces a file, sets mode 0600 and leaves no temp file") {
    smo::test::TempDir dir;
    auto target = dir.path() / "session.json";
    REQUIRE_FALSE(atomic_write(target, "first").has_value());
    REQUIRE_FALSE(atomic_write(target, "second").has_value());
    std::string error;
    auto content = read_file(target, error);
    REQUIRE(content.has_value());
    CHECK(*content == "second");
    struct stat st{};
    REQUIRE(::stat(target.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    int entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++entries;
    CHECK(entries == 1);
}

TEST_CASE("atomic_write into a missing folder fails and says where") {
    smo::test::TempDir dir;
    auto err = atomic_write(dir.path() / "missing" / "x.json", "data");
    REQUIRE(err.has_value());
    CHECK(err->find("missing") != std::string::npos);
}

TEST_CASE("read_file refuses directories, missing files and oversized files") {
    smo::test::TempDir dir;
    std::string error;
    CHECK_FALSE(read_file(dir.path(), error).has_value());
    CHECK(error.find("map") != std::string::npos);
    CHECK_FALSE(read_file(dir.path() / "nope.json", error).has_value());
    CHECK(error.find("bestaat niet") != std::string::npos);
    auto big = dir.path() / "big.json";
    { std::ofstream(big) << std::string(2 * 1024 * 1024, 'x'); }
    CHECK_FALSE(read_file(big, error, 1024 * 1024).has_value());
    CHECK(error.find("groter") != std::string::npos);
}

TEST_CASE("atomic_write refuses an existing target that is not a regular file and leaves it as it was") {
    smo::test::TempDir dir;
    SUBCASE("a FIFO (stands in for a device node such as /dev/null)") {
        auto fifo = dir.path() / "out.json";
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        auto err = atomic_write(fifo, "data");
        REQUIRE(err.has_value());
        CHECK(err->find(fifo.string()) != std::string::npos);
        CHECK(err->find("geen gewoon bestand") != std::string::npos);
        CHECK(std::filesystem::is_fifo(std::filesystem::symlink_status(fifo)));
    }
    SUBCASE("a symlink to a regular file: neither the link nor the file it points to changes") {
        auto real = dir.path() / "real.json";
        std::ofstream(real) << "original";
        auto link = dir.path() / "link.json";
        std::filesystem::create_symlink(real, link);
        auto err = atomic_write(link, "data");
        REQUIRE(err.has_value());
        CHECK(err->find("symbolische koppeling") != std::string::npos);
        CHECK(std::filesystem::is_symlink(std::filesystem::symlink_status(link)));
        std::string error;
        CHECK(read_file(real, error) == std::optional<std::string>("original"));
    }
    SUBCASE("a dangling symlink") {
        auto link = dir.path() / "dangling.json";
        std::filesystem::create_symlink(dir.path() / "nowhere", link);
        CHECK(atomic_write(link, "data").has_value());
        CHECK(std::filesystem::is_symlink(std::filesystem::symlink_status(link)));
        CHECK_FALSE(std::filesystem::exists(dir.path() / "nowhere"));
    }
    SUBCASE("a directory") {
        auto sub = dir.path() / "sub.json";
        std::filesystem::create_directory(sub);
        CHECK(atomic_write(sub, "data").has_value());
        CHECK(std::filesystem::is_directory(sub));
    }
    // No temp file is left behind by a refusal.
    for (const auto& e : std::filesystem::directory_iterator(dir.path()))
        CHECK(e.path().filename().string().front() != '.');
}

TEST_CASE("check_write_target accepts a missing or regular file and refuses the rest") {
    smo::test::TempDir dir;
    CHECK_FALSE(check_write_target(dir.path() / "new.json").has_value());
    std::ofstream(dir.path() / "old.json") << "x";
    CHECK_FALSE(check_write_target(dir.path() / "old.json").has_value());
    auto fifo = dir.path() / "fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(check_write_target(fifo).has_value());
    std::filesystem::create_symlink(dir.path() / "old.json", dir.path() / "link");
    CHECK(check_write_target(dir.path() / "link").has_value());
}
