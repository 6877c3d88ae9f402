#pragma once
// Crash-safe file replacement: readers see the old file or the new one, never a torn write.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace smo::core {

/// Writes `content` to `target` via a temp file in the same folder, fsync, rename and fsync of
/// the folder. The file gets `mode` (default 0600: sessions hold a trainee's work). On failure the
/// old file is kept, the temp file removed, and the reason returned.
std::optional<std::string> atomic_write(const std::filesystem::path& target, std::string_view content,
                                        unsigned mode = 0600);

/// Refuses a `target` that exists but is not a regular file (symlink, FIFO, device node, folder):
/// replacing it would destroy the link or node, and writing through it would go elsewhere.
/// Returns the reason, or nullopt when the target is missing or a regular file. atomic_write calls
/// it; call it yourself to refuse early (e.g. before a long play).
std::optional<std::string> check_write_target(const std::filesystem::path& target);

/// Reads a whole file through json::read_regular_file. Returns nullopt (and fills `error`) when it
/// is missing, a directory, a FIFO/device/socket, a symlink loop, unreadable, or over `max_bytes`.
std::optional<std::string> read_file(const std::filesystem::path& path, std::string& error,
                                     std::size_t max_bytes = 64u * 1024u * 1024u);

/// Renames `from` to `wanted`, or to `wanted` with "-2", "-3"... (before a ".json" extension, else
/// at the end) when that name is taken, so nothing earlier is replaced. Returns the new path, or nullopt with `error`.
std::optional<std::filesystem::path> rename_without_replacing(const std::filesystem::path& from,
                                                              const std::filesystem::path& wanted, std::string& error);

} // namespace smo::core
