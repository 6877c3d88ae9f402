// CLI refusals from issue 10: `play --out` onto something that is not a regular file, and
// `validate` on a folder without scenario files.
#include "cli/play_command.hpp"
#include "cli/validate_command.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace fs = std::filesystem;

namespace {
struct Run {
    int code = 0;
    std::string out, err;
};
template <typename F> Run run(F command, const std::vector<std::string>& args) {
    std::ostringstream out, err;
    Run r;
    r.code = command(args, {}, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}
std::string src(const std::string& rel) {
    return (smo::test::source_dir() / rel).string();
}
} // namespace

TEST_CASE("play --out refuses a FIFO or a symlink before the play starts and leaves it untouched") {
    smo::test::TempDir tmp;
    fs::path target;
    SUBCASE("FIFO (like /dev/null: not a regular file)") {
        target = tmp.path() / "null";
        REQUIRE(::mkfifo(target.c_str(), 0600) == 0);
    }
    SUBCASE("symlink to a regular file") {
        std::ofstream(tmp.path() / "real.json") << "keep me";
        target = tmp.path() / "link.json";
        fs::create_symlink(tmp.path() / "real.json", target);
    }
    auto r = run(smo::cli::run_play, {"zorggroep_linde_smo", "--strategy", "best", "--out", target.string(),
                                      "--data-dir", src("")});
    CHECK(r.code == 2);
    CHECK(r.err.find(target.string()) != std::string::npos);
    CHECK(r.err.find("geen gewoon bestand") != std::string::npos);
    CHECK(r.out.empty()); // refused before the first turn is played
    auto status = fs::symlink_status(target);
    CHECK((fs::is_fifo(status) || fs::is_symlink(status)));
    if (fs::is_symlink(status)) {
        std::ifstream in(tmp.path() / "real.json");
        std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        CHECK(content == "keep me");
    }
}

TEST_CASE("play --out still replaces an existing regular file") {
    smo::test::TempDir tmp;
    auto target = tmp.path() / "s.json";
    std::ofstream(target) << "old";
    auto r = run(smo::cli::run_play,
                 {"zorggroep_linde_smo", "--strategy", "best", "--out", target.string(), "--quiet"});
    CHECK_MESSAGE(r.code == 0, r.err);
    CHECK(fs::file_size(target) > 100);
}

TEST_CASE("validate on a folder without scenario files exits 1 and says so on stderr") {
    smo::test::TempDir tmp;
    std::ofstream(tmp.path() / "notes.txt") << "no scenarios here";
    auto r = run(smo::cli::run_validate, {tmp.path().string()});
    CHECK(r.code == 1);
    CHECK(r.err.find("no scenario files in " + tmp.path().string()) != std::string::npos);
    SUBCASE("also with --json") {
        auto j = run(smo::cli::run_validate, {"--json", tmp.path().string()});
        CHECK(j.code == 1);
        CHECK(j.err.find("no scenario files in " + tmp.path().string()) != std::string::npos);
    }
    SUBCASE("one empty folder among good paths still fails") {
        auto m =
            run(smo::cli::run_validate, {src("scenarios/zorggroep_linde_smo.json"), tmp.path().string()});
        CHECK(m.code == 1);
    }
}
