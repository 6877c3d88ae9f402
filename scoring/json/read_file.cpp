#include "scoring/json/read_file.hpp"

#include "scoring/json/document.hpp"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace smo::json {
namespace {

FileRead fail(ReadFailure why, std::string message) {
    FileRead r;
    r.failure = why;
    r.error = std::move(message);
    return r;
}

const char* kind_of(mode_t mode) {
    if (S_ISFIFO(mode)) return "een FIFO (named pipe)";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "een apparaat";
    if (S_ISSOCK(mode)) return "een socket";
    return "geen gewoon bestand";
}

/// Closes the descriptor on every path out.
struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

} // namespace

FileRead read_regular_file(const std::filesystem::path& path, std::size_t max_bytes) {
    const std::string name = path.string();
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    Fd f{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
    if (f.fd < 0) {
        switch (errno) {
        case ENOENT:
        case ENOTDIR:
            return fail(ReadFailure::Missing, "bestand bestaat niet: " + name);
        case ELOOP:
            return fail(ReadFailure::SymlinkLoop, "symlink-lus (symbolic link loop), niet te lezen: " + name);
        case EACCES:
        case EPERM:
            return fail(ReadFailure::NoPermission, "geen leesrechten: " + name);
        case EISDIR:
            return fail(ReadFailure::Directory, "is een map, geen bestand: " + name);
        default:
            return fail(ReadFailure::IoError, "kan bestand niet lezen: " + name);
        }
    }
    struct stat st {};
    if (::fstat(f.fd, &st) != 0) return fail(ReadFailure::IoError, "kan bestand niet lezen: " + name);
    if (S_ISDIR(st.st_mode)) return fail(ReadFailure::Directory, "is een map, geen bestand: " + name);
    if (!S_ISREG(st.st_mode))
        return fail(ReadFailure::NotRegular,
                    std::string("is ") + kind_of(st.st_mode) +
                        ", geen gewoon bestand; alleen gewone bestanden worden gelezen: " + name);
    auto too_big = [&] {
        return fail(ReadFailure::TooBig, "bestand is groter dan " + std::to_string(max_bytes) + " bytes (" +
                                             std::to_string(max_bytes / (1024 * 1024)) + " MB): " + name);
    };
    if (static_cast<std::size_t>(st.st_size) > max_bytes) return too_big();
    // A regular file never blocks; clear O_NONBLOCK anyway so short reads mean end of file.
    ::fcntl(f.fd, F_SETFL, ::fcntl(f.fd, F_GETFL) & ~O_NONBLOCK);
    std::string data;
    data.reserve(static_cast<std::size_t>(st.st_size));
    char chunk[65536];
    while (true) {
        ssize_t n = ::read(f.fd, chunk, sizeof chunk);
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail(ReadFailure::IoError, "leesfout in bestand: " + name);
        }
        if (n == 0) break;
        data.append(chunk, static_cast<std::size_t>(n));
        if (data.size() > max_bytes) return too_big(); // the file grew while we read it
    }
    FileRead r;
    r.text = std::move(data);
    return r;
}

std::optional<std::string> read_regular_file(const std::filesystem::path& path, std::size_t max_bytes,
                                             std::vector<Diagnostic>& diags) {
    FileRead r = read_regular_file(path, max_bytes);
    if (r.ok()) return std::move(r.text);
    diags.push_back(
        make_diagnostic(r.failure == ReadFailure::TooBig ? DiagCode::SizeLimit : DiagCode::ReadError,
                        path.string(), r.error));
    return std::nullopt;
}

} // namespace smo::json
