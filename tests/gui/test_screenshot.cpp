// GUI smoke test: the real binary under xvfb-run writes a PNG that is not blank.
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <cstdlib>
#include <stb_image.h>
#include <set>
#include <string>

namespace {

struct Image {
    int width = 0, height = 0;
    std::set<unsigned> colours;
    double dark_fraction = 0;
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

TEST_CASE("Dutch and English start screens differ") {
    smo::test::TempDir tmp;
    REQUIRE(run_screenshot(tmp.path() / "nl.png", "--lang nl") == 0);
    REQUIRE(run_screenshot(tmp.path() / "en.png", "--lang en") == 0);
    std::string error;
    auto a = load_png(tmp.path() / "nl.png");
    auto b = load_png(tmp.path() / "en.png");
    CHECK(a.dark_fraction != doctest::Approx(b.dark_fraction).epsilon(0.0001));
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
