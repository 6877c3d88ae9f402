#include "core/file_lock.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace smo::core {

std::optional<FileLock> FileLock::lock(const std::filesystem::path& lock_path, bool wait, std::string& error,
                                       bool* busy) {
    if (busy) *busy = false;
    int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        error = "kan het slotbestand " + lock_path.string() + " niet openen: " + std::strerror(errno);
        return std::nullopt;
    }
    int rc;
    do {
        rc = ::flock(fd, wait ? LOCK_EX : LOCK_EX | LOCK_NB);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        int e = errno;
        ::close(fd);
        if (e == EWOULDBLOCK && busy) *busy = true;
        error = e == EWOULDBLOCK ? lock_path.string() + " is vergrendeld door een ander venster of proces"
                                 : "kan " + lock_path.string() + " niet vergrendelen: " + std::strerror(e);
        return std::nullopt;
    }
    return FileLock(fd);
}

std::optional<FileLock> FileLock::try_acquire(const std::filesystem::path& lock_path, std::string& error,
                                              bool* busy) {
    return lock(lock_path, false, error, busy);
}

std::optional<FileLock> FileLock::acquire(const std::filesystem::path& lock_path, std::string& error) {
    return lock(lock_path, true, error, nullptr);
}

FileLock& FileLock::operator=(FileLock&& other) noexcept {
    if (this != &other) {
        if (m_fd >= 0) ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

FileLock::~FileLock() {
    if (m_fd >= 0) ::close(m_fd); // closing the last descriptor drops the flock
}

} // namespace smo::core
