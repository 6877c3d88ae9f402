// GUI smoke test: the real binary under xvfb-run writes a PNG that is not blank.
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <cstdlib>
#include <stb_image.h>
#include <fstream>
#include <map>
#include <set>
#include <string_view>
#include <string>

namespace {

struct Image {
    int width = 0, height = 0;
    std::set<unsigned> colours;
    double dark_fraction = 0;
    std::size_t hash = 0;
};

Image load_png(const std::filesystem::path& path) {
    Image img;
    int channels = 0;
    unsigned char* data = stbi_load(path.c_str(), &img.width, &img.height, &channels, 3);
    REQUIRE(data != nullptr);
    std::size_t dark = 0, n = static_cast<std::size_t>(img.width) * static_cast<std::size_t>(img.height);
    for (std::size_t i = 0; i < n; ++i) {
        unsigned r = data[3 * i], g = data[3 * i + 1], b = data[3 * i + 2];
        img.colours.insert((r << 16) | (g << 8) | b);
        if (r + g + b < 200) ++dark;
    }
    img.dark_fraction = static_cast<double>(dark) / static_cast<double>(n);
    img.hash = std::hash<std::string_view>{}(std::string_view(reinterpret_cast<const char*>(data), n * 3));
    stbi_image_free(data);
    return img;
}

int run_screenshot(const std::filesystem::path& out, const std::string& extra, const std::string& env = "") {
    std::string cmd = env + " xvfb-run -a -s '-screen 0 1280x800x24' '" SMO_TRAINER_EXE "' --screenshot '" +
                      out.string() + "' " + extra + " > '" + out.string() + ".log' 2>&1";
    return std::system(cmd.c_str());
}

} // namespace

TEST_CASE("the start screen renders under Xvfb and the PNG is not blank") {
    smo::test::TempDir tmp;
    auto png = tmp.path() / "start.png";
    std::string env = "XDG_CONFIG_HOME='" + tmp.path().string() + "' XDG_STATE_HOME='" + tmp.path().string() + "'";
    REQUIRE(run_screenshot(png, "--screen start --lang nl", env) == 0);
    Image img = load_png(png);
    CHECK(img.width == 1280);
    CHECK(img.height == 800);
    CHECK(img.colours.size() > 20);    // text antialiasing gives many shades
    CHECK(img.dark_fraction > 0.005);  // there is text on the screen
    CHECK(img.dark_fraction < 0.5);
    // Screenshot runs never write user files.
    CHECK_FALSE(std::filesystem::exists(tmp.path() / "smo-trainer" / "settings.json"));
}

TEST_CASE("every screen renders in both languages and no two screenshots are the same") {
    smo::test::TempDir tmp;
    const char* screens[] = {"start",   "library",    "briefing", "meeting",
                             "observe", "debrief", "reflection", "settings"};
    std::map<std::size_t, std::string> seen; // hash of the pixels -> which screenshot
    for (const char* screen : screens) {
        for (const char* lang : {"nl", "en"}) {
            std::string name = std::string(screen) + "_" + lang;
            CAPTURE(name);
            auto png = tmp.path() / (name + ".png");
            REQUIRE(run_screenshot(png, std::string("--screen ") + screen + " --lang " + lang) == 0);
            Image img = load_png(png);
            CHECK(img.colours.size() > 20);
            CHECK(img.dark_fraction > 0.001); // some dark text on the light theme
            auto [it, inserted] = seen.emplace(img.hash, name);
            CHECK_MESSAGE(inserted, name << " looks exactly like " << it->second);
        }
    }
}

TEST_CASE("--screen observe with a scenario that is not an observe assignment fails clearly") {
    smo::test::TempDir tmp;
    auto png = tmp.path() / "x.png";
    CHECK(run_screenshot(png, "--screen observe --scenario zorggroep_linde_smo") != 0);
    std::ifstream log(png.string() + ".log");
    std::string text((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
    CHECK(text.find("observeren") != std::string::npos);
}

TEST_CASE("a missing font falls back to the built-in one with a warning instead of failing") {
    smo::test::TempDir tmp;
    auto png = tmp.path() / "nofont.png";
    REQUIRE(run_screenshot(png, "", "SMO_TRAINER_FONT_DIR='" + tmp.path().string() + "/none'") == 0);
    Image img = load_png(png);
    CHECK(img.dark_fraction > 0.005);
}

TEST_CASE("unknown options exit 2 with usage on stderr and --version exits 0") {
    CHECK(WEXITSTATUS(std::system("'" SMO_TRAINER_EXE "' --no-such-option 2>/dev/null")) == 2);
    CHECK(WEXITSTATUS(std::system("'" SMO_TRAINER_EXE "' --version >/dev/null")) == 0);
    CHECK(WEXITSTATUS(std::system("'" SMO_TRAINER_EXE "' --help >/dev/null")) == 0);
}

TEST_CASE("a settings.json with a wrong-typed field starts the app with a warning instead of aborting") {
    smo::test::TempDir tmp;
    auto config = tmp.path() / "smo-trainer";
    std::filesystem::create_directories(config);
    { std::ofstream(config / "settings.json") << "{\"schema_version\":\"1\"}"; }
    auto png = tmp.path() / "badsettings.png";
    std::string env = "XDG_CONFIG_HOME='" + tmp.path().string() + "' XDG_STATE_HOME='" + tmp.path().string() + "'";
    REQUIRE(run_screenshot(png, "--screen start --lang nl", env) == 0);
    std::ifstream log(png.string() + ".log");
    std::string text((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
    CHECK(text.find("settings.json:1:") != std::string::npos);
    CHECK(text.find("/schema_version") != std::string::npos);
    // A screenshot run reports the problem but leaves the file where it is.
    CHECK(std::filesystem::exists(config / "settings.json"));
}

TEST_CASE("the review screens render a cohort in both languages under Xvfb") {
    smo::test::TempDir tmp;
    const auto cohort = tmp.path() / "cohort";
    std::filesystem::create_directories(cohort);
    const char* plays[][2] = {{"zorggroep_linde_smo", "best"}, {"zorggroep_linde_smo", "worst"},
                              {"zorggroep_linde_smo", "random:7"}};
    int n = 0;
    for (const auto& [scenario, strategy] : plays) {
        const auto out = cohort / ("s" + std::to_string(n++) + ".json");
        const std::string cmd = "'" SMO_TRAINER_EXE "' play " + std::string(scenario) + " --strategy " + strategy +
                                " --out '" + out.string() + "' > /dev/null 2>&1";
        REQUIRE(std::system(cmd.c_str()) == 0);
    }
    std::map<std::size_t, std::string> seen;
    for (const char* screen : {"review-cohort", "review-session", "review-analytics"}) {
        for (const char* lang : {"nl", "en"}) {
            const std::string name = std::string(screen) + "_" + lang;
            CAPTURE(name);
            auto png = tmp.path() / (name + ".png");
            REQUIRE(run_screenshot(png, std::string("--screen ") + screen + " --lang " + lang + " --review '" +
                                            cohort.string() + "'") == 0);
            Image img = load_png(png);
            CHECK(img.colours.size() > 20);
            CHECK(img.dark_fraction > 0.001);
            auto [it, inserted] = seen.emplace(img.hash, name);
            CHECK_MESSAGE(inserted, name << " looks exactly like " << it->second);
        }
    }
    // The folder picker over the start screen: not the bare start screen, in either language.
    for (const char* lang : {"nl", "en"}) {
        CAPTURE(lang);
        auto bare = tmp.path() / (std::string("start_") + lang + ".png");
        auto picker = tmp.path() / (std::string("picker_") + lang + ".png");
        REQUIRE(run_screenshot(bare, std::string("--screen start --frames 30 --lang ") + lang) == 0);
        REQUIRE(run_screenshot(picker, std::string("--screen start --frames 30 --lang ") + lang + " --browse '" +
                                           tmp.path().string() + "'") == 0);
        Image with_picker = load_png(picker);
        CHECK(with_picker.hash != load_png(bare).hash);
        CHECK(with_picker.dark_fraction > 0.001);
    }
    // A review screen without a cohort is a usage error.
    CHECK(WEXITSTATUS(std::system("'" SMO_TRAINER_EXE "' --screenshot /dev/null --screen review-cohort 2>/dev/null")) == 2);
}

TEST_CASE("the scenario editor renders its map, option audit and playtest panes in both languages under Xvfb") {
    smo::test::TempDir tmp;
    // An own scenario (editable) with one warning, so the diagnostics list has an entry.
    const auto own = tmp.path() / "data" / "smo-trainer" / "scenarios";
    std::filesystem::create_directories(own);
    std::string text = smo::test::read_text(smo::test::source_dir() / "scenarios/zorggroep_linde_smo.json");
    const std::string id_key = "\"id\": \"zorggroep_linde_smo\"";
    REQUIRE(text.find(id_key) != std::string::npos);
    text.replace(text.find(id_key), id_key.size(), "\"id\": \"mijn_linde\"");
    std::ofstream(own / "mijn_linde_werk.json") << text; // file name differs from the id: SC039
    const std::string env = "XDG_DATA_HOME='" + (tmp.path() / "data").string() + "' ";
    std::map<std::size_t, std::string> seen;
    for (const char* pane : {"map", "audit", "playtest"}) {
        for (const char* lang : {"nl", "en"}) {
            const std::string name = std::string("editor_") + pane + "_" + lang;
            CAPTURE(name);
            auto png = tmp.path() / (name + ".png");
            REQUIRE(run_screenshot(png,
                                   std::string("--screen editor --scenario mijn_linde_werk --editor-pane ") + pane +
                                       " --lang " + lang,
                                   env) == 0);
            Image img = load_png(png);
            CHECK(img.colours.size() > 20);
            CHECK(img.dark_fraction > 0.001);
            auto [it, inserted] = seen.emplace(img.hash, name);
            CHECK_MESSAGE(inserted, name << " looks exactly like " << it->second);
        }
    }
    // A node's form, and a jump to one option's grey-zone field further down that form.
    for (const char* target : {"keuze_team", "/nodes/8/options/3/grey_zone"}) {
        CAPTURE(target);
        auto shot = tmp.path() / "node.png";
        REQUIRE(run_screenshot(shot, std::string("--screen editor --scenario smo_ptss_ambulancedienst --node ") + target) ==
                0);
        Image img = load_png(shot);
        CHECK(img.dark_fraction > 0.001);
        auto [it, inserted] = seen.emplace(img.hash, target);
        CHECK_MESSAGE(inserted, target << " looks exactly like " << it->second);
    }
    auto png = tmp.path() / "missing.png";
    CHECK(run_screenshot(png, "--screen editor --scenario smo_ptss_ambulancedienst --node geen_knoop") != 0);
    CHECK(run_screenshot(png, "--screen editor --scenario smo_ptss_ambulancedienst --node /nodes/999") != 0);
    CHECK(run_screenshot(png, "--screen editor --scenario bestaat_niet") != 0);
    CHECK(run_screenshot(png, "--screen editor --scenario zorggroep_linde_smo --editor-pane kaart") != 0);
}
