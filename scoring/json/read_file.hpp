#pragma once
// The one way the program reads a file: only regular files (or symlinks to them) are read, so a
// FIFO, device, socket or directory can never block or flood a loader. Never throws.

#include "scoring/json/diagnostic.hpp"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace smo::json {

/// Why a read failed.
enum class ReadFailure { None, Missing, SymlinkLoop, NotRegular, Directory, NoPermission, TooBig, IoError };

/// The text of a file, or a failure with a Dutch message that names the path.
struct FileRead {
    std::optional<std::string> text;
    ReadFailure failure = ReadFailure::None;
    std::string error;
    bool ok() const { return text.has_value(); }
};

/// Reads `path` whole. Refuses without blocking: FIFOs, devices, sockets, directories, symlink
/// loops ("symlink-lus"), missing or unreadable files, and files larger than `max_bytes`.
FileRead read_regular_file(const std::filesystem::path& path, std::size_t max_bytes);

/// The same, as a diagnostic (SC001 unreadable, SC002 too big) for loaders that collect them.
std::optional<std::string> read_regular_file(const std::filesystem::path& path, std::size_t max_bytes,
                                             std::vector<Diagnostic>& diags);

} // namespace smo::json
