// The folder picker's model: subfolders and cohort files of one folder, hidden ones left out,
// errors instead of exceptions, and a sensible place to start.
#include "core/folder_browser.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <fstream>

using namespace smo::core;
namespace fs = std::filesystem;

TEST_CASE("list_folder shows subfolders and zips sorted, counts session files, hides dot entries") {
    smo::test::TempDir tmp;
    for (const char* d : {"Groep-B", "groep-a", ".verborgen"})
        fs::create_directories(tmp.path() / d);
    for (const char* f : {"a.smo.json", "b.smo.json", "a.smo.json.review.json", "cohort.zip", "notities.txt"})
        std::ofstream(tmp.path() / f) << "x";

    FolderListing l = list_folder(tmp.path() / "groep-a" / "..");
    CHECK(l.error.empty());
    CHECK(l.folder == tmp.path());
    CHECK(l.parent == tmp.path().parent_path());
    CHECK(l.subfolders == std::vector<std::string>{"groep-a", "Groep-B"});
    CHECK(l.zips == std::vector<std::string>{"cohort.zip"});
    CHECK(l.session_files == 2);
}

TEST_CASE("list_folder on a missing folder or a file says so, the root has no parent") {
    smo::test::TempDir tmp;
    FolderListing missing = list_folder(tmp.path() / "weg");
    CHECK(missing.error.find("geen map") != std::string::npos);
    CHECK(missing.subfolders.empty());
    std::ofstream(tmp.path() / "f.json") << "{}";
    CHECK_FALSE(list_folder(tmp.path() / "f.json").error.empty());
    CHECK(list_folder("/").parent.empty());
}

TEST_CASE("picker_start: the typed folder, a typed file's folder, else home, else the root") {
    smo::test::TempDir tmp;
    std::ofstream(tmp.path() / "s.smo.json") << "{}";
    CHECK(picker_start(tmp.path().string(), "/nonexistent") == tmp.path());
    CHECK(picker_start((tmp.path() / "s.smo.json").string(), "") == tmp.path());
    CHECK(picker_start("", tmp.path().string()) == tmp.path());
    CHECK(picker_start("/no/such/place", "/no/home") == "/");
}
