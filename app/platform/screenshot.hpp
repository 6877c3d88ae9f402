#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace smo::platform {
/// Reads the back buffer (call after rendering, before swapping) and writes it as an RGB PNG.
std::optional<std::string> write_framebuffer_png(const std::filesystem::path& path, int width, int height);
} // namespace smo::platform
