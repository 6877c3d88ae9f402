#pragma once
// Reading the members of a .zip a supervisor was sent (a cohort exported from the LMS), with
// Debian's libarchive. Nothing is extracted to disk: each wanted member is read into memory, up to
// a size limit, and member names that would point outside the archive (`../`, absolute paths)
// are refused, never opened.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace smo::core {

/// True for "*.zip" (any case).
bool is_zip_path(const std::filesystem::path& path);

/// False for names that would leave the archive when extracted: empty, absolute ("/x", "C:x",
/// "\\x"), or with a ".." component (either slash counts as a separator).
bool is_safe_member_name(std::string_view name);

/// Why a zip or one of its members could not be read. `member` is empty when the whole archive is
/// at fault (not a zip, truncated, too big).
struct ZipProblem {
    std::string member;
    std::string reason; ///< Dutch, one line
};

struct ZipLimits {
    std::size_t max_archive_bytes = 1024u * 1024u * 1024u; ///< the .zip file itself
    std::size_t max_member_bytes = 64u * 1024u * 1024u;    ///< one member, uncompressed
};

/// Callbacks: `wanted(name)` picks members by name (safe names only are asked); `on_member(name,
/// text)` gets each wanted member's bytes and returns false to stop; `on_problem` gets every
/// refused or unreadable member and archive-level failures.
struct ZipVisitor {
    std::function<bool(std::string_view name)> wanted;
    std::function<bool(const std::string& name, std::string&& text)> on_member;
    std::function<void(ZipProblem&& problem)> on_problem;
};

/// Visits the members of `zip` in archive order. Never writes a file. Returns the number of
/// wanted members found (read or refused), for a progress bar's total use count_zip_members.
std::size_t visit_zip_members(const std::filesystem::path& zip, const ZipVisitor& visitor,
                              const ZipLimits& limits = {});

/// How many members `wanted` picks (a cheap pass over the headers, for a progress total).
std::size_t count_zip_members(const std::filesystem::path& zip,
                              const std::function<bool(std::string_view name)>& wanted,
                              const ZipLimits& limits = {});

} // namespace smo::core
