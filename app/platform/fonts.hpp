#pragma once
// DejaVu Sans with glyph ranges for Dutch text; ImGui's built-in font as a fallback.

#include <filesystem>
#include <optional>
#include <string>

namespace smo::platform {

/// Base font size in pixels at UI scale 1.0 and content scale 1.0.
inline constexpr float kBaseFontPx = 18.0f;

/// (Re)builds the font atlas: regular at index 0, bold title font at index 1. Returns a warning
/// when DejaVu is missing and the built-in font (no curly quotes, dashes or euro) is used instead.
std::optional<std::string> build_fonts(float pixel_size);

/// The DejaVu font folder, overridable with $SMO_TRAINER_FONT_DIR (used by the missing-font test).
std::filesystem::path font_dir();

} // namespace smo::platform
