#pragma once
// One exclusive advisory lock (flock) on a lock file: the session writer's lock, the settings
// read-modify-write and the review sidecar's read-merge-write all use it. The kernel drops it when
// the descriptor closes or the process dies, so a crash never leaves a stale lock.

#include <filesystem>
#include <optional>
#include <string>
#include <utility>

namespace smo::core {

class FileLock {
  public:
    /// Takes the lock without waiting. nullopt with `error` set when another holder has it
    /// (`*busy` set true; also another FileLock in this process) or the lock file cannot be opened.
    /// The lock file is created (0600) if needed and never followed through a symlink.
    static std::optional<FileLock> try_acquire(const std::filesystem::path& lock_path, std::string& error,
                                               bool* busy = nullptr);
    /// Takes the lock, waiting for the other holder. Use only around a short read-modify-write
    /// whose every holder lets go quickly (a settings or review save), never for a whole session.
    static std::optional<FileLock> acquire(const std::filesystem::path& lock_path, std::string& error);

    FileLock(FileLock&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
    FileLock& operator=(FileLock&& other) noexcept;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    ~FileLock();

  private:
    explicit FileLock(int fd) : m_fd(fd) {}
    static std::optional<FileLock> lock(const std::filesystem::path& lock_path, bool wait, std::string& error,
                                        bool* busy);
    int m_fd = -1;
};

} // namespace smo::core
