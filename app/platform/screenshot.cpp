#include "platform/screenshot.hpp"

#include <glad/gl.h>
#include <stb_image_write.h>
#include <vector>

namespace smo::platform {

std::optional<std::string> write_framebuffer_png(const std::filesystem::path& path, int width, int height) {
    if (width <= 0 || height <= 0) return std::string("leeg framebuffer");
    std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    // GL rows run bottom-up; a negative stride flips them while writing.
    const int stride = width * 3;
    const unsigned char* last_row =
        pixels.data() + static_cast<std::size_t>(height - 1) * static_cast<std::size_t>(stride);
    if (stbi_write_png(path.c_str(), width, height, 3, last_row, -stride) == 0) {
        return "kan PNG niet schrijven: " + path.string();
    }
    return std::nullopt;
}

} // namespace smo::platform
