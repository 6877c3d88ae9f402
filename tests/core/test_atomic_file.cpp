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
