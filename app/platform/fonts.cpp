#include "platform/fonts.hpp"

#include <cstdlib>
#include <imgui.h>
#include <system_error>

namespace smo::platform {

namespace {
// Latin-1 + Latin Extended-A (Dutch diacritics, ĳ), general punctuation (curly quotes, dashes,
// ellipsis, bullets), the euro sign and arrows ("oud → nieuw" in verification reasons).
const ImWchar kGlyphRanges[] = {0x0020, 0x017F, 0x2010, 0x205E, 0x20AC, 0x20AC, 0x2190, 0x2193, 0};
} // namespace

std::filesystem::path font_dir() {
    if (const char* dir = std::getenv("SMO_TRAINER_FONT_DIR"); dir != nullptr && *dir != '\0') return dir;
    return "/usr/share/fonts/truetype/dejavu";
}

std::optional<std::string> build_fonts(float pixel_size) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    auto regular = font_dir() / "DejaVuSans.ttf";
    auto bold = font_dir() / "DejaVuSans-Bold.ttf";
    std::error_code ec;
    if (std::filesystem::is_regular_file(regular, ec)) {
        io.Fonts->AddFontFromFileTTF(regular.c_str(), pixel_size, nullptr, kGlyphRanges);
        auto title_path = std::filesystem::is_regular_file(bold, ec) ? bold : regular;
        io.Fonts->AddFontFromFileTTF(title_path.c_str(), pixel_size * 1.6f, nullptr, kGlyphRanges);
        io.Fonts->Build();
        return std::nullopt;
    }
    ImFontConfig config;
    config.SizePixels = pixel_size;
    io.Fonts->AddFontDefault(&config);
    ImFontConfig title = config;
    title.SizePixels = pixel_size * 1.6f;
    io.Fonts->AddFontDefault(&title);
    io.Fonts->Build();
    return "Lettertype niet gevonden (" + regular.string() +
           "); het ingebouwde lettertype toont geen “ ” – … €. Installeer fonts-dejavu-core. / "
           "Font not found; install fonts-dejavu-core.";
}

} // namespace smo::platform
