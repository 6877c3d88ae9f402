// The window icon built into the executable: the 64 and 128 pixel renderings of the app's SVG
// (scripts/packaging/icons.cmake), decodable, with a transparent corner and the artwork in the middle.
#include "platform/window_icon.hpp"

#include <doctest/doctest.h>
#include <set>

TEST_CASE("the built-in window icon decodes to 64 and 128 pixel RGBA images with artwork") {
    const auto images = smo::platform::window_icon_images();
    REQUIRE(images.size() == 2);
    for (std::size_t i = 0; i < images.size(); ++i) {
        const auto& image = images[i];
        const int size = i == 0 ? 64 : 128;
        CAPTURE(size);
        CHECK(image.width == size);
        CHECK(image.height == size);
        REQUIRE(image.rgba.size() == static_cast<std::size_t>(size) * size * 4);
        auto alpha = [&](int x, int y) {
            return image.rgba[(static_cast<std::size_t>(y) * size + x) * 4 + 3];
        };
        CHECK(alpha(0, 0) == 0);                 // rounded corner: transparent
        CHECK(alpha(size / 2, size / 2) == 255); // the artwork
        std::set<unsigned> colours;
        for (std::size_t p = 0; p < image.rgba.size(); p += 4)
            colours.insert((image.rgba[p] << 16) | (image.rgba[p + 1] << 8) | image.rgba[p + 2]);
        CHECK(colours.size() > 20); // background gradient, bubbles, padlock
    }
}
