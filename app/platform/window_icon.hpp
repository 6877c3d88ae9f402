#pragma once
// The application icon on the window (title bar, task switcher), the same artwork as the desktop
// icon. The PNGs are built into the executable, so no data dir is needed to find them.

#include <vector>

struct GLFWwindow;

namespace smo::platform {

/// One decoded icon image: RGBA, 8 bits per channel, rows top to bottom.
struct IconImage {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgba;
};

/// The built-in icon images, smallest first; empty if they cannot be decoded (then the window
/// keeps the system's default icon).
std::vector<IconImage> window_icon_images();

/// Sets the icon on `window`. Window managers that take no icons from clients (Wayland) ignore it.
void set_window_icon(GLFWwindow* window);

} // namespace smo::platform
