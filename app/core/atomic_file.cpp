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
    // rename() would replace a symlink or device node with a regular file (as root: /dev/null).
    if (auto refused = check_write_target(target)) return refused;
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

std::optional<std::string> check_write_target(const fs::path& target) {
    struct stat st {};
    if (::lstat(target.c_str(), &st) != 0) {
        if (errno == ENOENT) return std::nullopt; // a new file
        return errno_text("kan doel niet bekijken:", target);
    }
    if (S_ISREG(st.st_mode)) return std::nullopt;
    const char* kind = S_ISLNK(st.st_mode)                          ? "een symbolische koppeling"
                       : S_ISDIR(st.st_mode)                        ? "een map"
                       : S_ISFIFO(st.st_mode)                       ? "een FIFO (named pipe)"
                       : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "een apparaat"
                       : S_ISSOCK(st.st_mode)                       ? "een socket"
                                                                    : "iets anders";
    return "weigert te schrijven naar " + target.string() + ": dat is " + kind +
           ", geen gewoon bestand; kies een ander pad";
}

std::optional<std::string> read_file(const fs::path& path, std::string& error, std::size_t max_bytes) {
    // One reading rule for the whole program: the JSON toolkit's regular-file check.
    auto read = json::read_regular_file(path, max_bytes);
    if (!read.ok()) error = read.error;
    return std::move(read.text);
}

std::optional<fs::path> rename_without_replacing(const fs::path& from, const fs::path& wanted,
                                                 std::string& error) {
    // rename(2) would replace an earlier file of the same name: pick a free name first.
    std::error_code ec;
    fs::path target = wanted;
    // x.json -> x-2.json; settings.json.bad-<time> -> settings.json.bad-<time>-2
    const bool json_name = wanted.extension() == ".json";
    for (int n = 2; fs::exists(fs::symlink_status(target, ec)); ++n) {
        std::string suffix = "-" + std::to_string(n);
        target = wanted.parent_path() / (json_name ? wanted.stem().string() + suffix + ".json"
                                                   : wanted.filename().string() + suffix);
    }
    fs::rename(from, target, ec);
    if (ec) {
        error = "kan " + from.string() + " niet verplaatsen: " + ec.message();
        return std::nullopt;
    }
    return target;
}

} // namespace smo::core
