#include "core/atomic_file.hpp"

#include "scoring/json/read_file.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace smo::core {
namespace fs = std::filesystem;

namespace {

std::string errno_text(const std::string& what, const fs::path& path) {
    return what + " " + path.string() + ": " + std::strerror(errno);
}

bool write_all(int fd, std::string_view data) {
    while (!data.empty()) {
        ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

void fsync_dir(const fs::path& dir) {
    int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

} // namespace

std::optional<std::string> atomic_write(const fs::path& target, std::string_view content, unsigned mode) {
    fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string tmpl = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
    std::vector<char> buf(tmpl.begin(), tmpl.end());
    buf.push_back('\0');
    int fd = ::mkstemp(buf.data());
    if (fd < 0) return errno_text("kan tijdelijk bestand niet maken in", dir);
    fs::path tmp(buf.data());
    auto fail = [&](const std::string& msg) {
        ::close(fd);
        ::unlink(tmp.c_str());
        return std::optional<std::string>(msg);
    };
    if (::fchmod(fd, static_cast<mode_t>(mode)) != 0) return fail(errno_text("chmod mislukt voor", tmp));
    if (!write_all(fd, content)) return fail(errno_text("schrijven mislukt naar", tmp));
    if (::fsync(fd) != 0) return fail(errno_text("fsync mislukt voor", tmp));
    if (::close(fd) != 0) {
        ::unlink(tmp.c_str());
        return errno_text("sluiten mislukt voor", tmp);
    }
    if (::rename(tmp.c_str(), target.c_str()) != 0) {
        std::string msg = errno_text("hernoemen mislukt naar", target);
        ::unlink(tmp.c_str());
        return msg;
    }
    fsync_dir(dir);
    return std::nullopt;
}

std::optional<std::string> read_file(const fs::path& path, std::string& error, std::size_t max_bytes) {
    // One reading rule for the whole program: the JSON toolkit's regular-file check.
    auto read = json::read_regular_file(path, max_bytes);
    if (!read.ok()) error = read.error;
    return std::move(read.text);
}

} // namespace smo::core
