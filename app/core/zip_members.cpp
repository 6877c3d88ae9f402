#include "core/zip_members.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <cctype>
#include <memory>
#include <system_error>

namespace smo::core {

namespace fs = std::filesystem;

bool is_zip_path(const fs::path& path) {
    std::string ext = path.extension().string();
    for (auto& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".zip";
}

bool is_safe_member_name(std::string_view name) {
    if (name.empty() || name.front() == '/' || name.front() == '\\') return false;
    if (name.size() >= 2 && name[1] == ':') return false; // "C:evil" or "C:\evil"
    std::size_t start = 0;
    while (start <= name.size()) {
        std::size_t end = name.find_first_of("/\\", start);
        if (end == std::string_view::npos) end = name.size();
        if (name.substr(start, end - start) == "..") return false;
        start = end + 1;
    }
    return true;
}

namespace {

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

std::string archive_message(archive* a) {
    const char* msg = archive_error_string(a);
    return msg != nullptr ? msg : "onbekende fout";
}

/// Opens `zip` for reading, or says why not (missing, not a regular file, too big, not a zip).
ArchivePtr open_zip(const fs::path& zip, const ZipLimits& limits, std::string& error) {
    ArchivePtr a(nullptr, &archive_read_free);
    std::error_code ec;
    const auto status = fs::status(zip, ec);
    if (ec || !fs::exists(status)) {
        error = "bestaat niet of is niet leesbaar";
        return a;
    }
    // A FIFO or device would block or never end; only regular files are opened.
    if (!fs::is_regular_file(status)) {
        error = "is geen gewoon bestand";
        return a;
    }
    const auto size = fs::file_size(zip, ec);
    if (!ec && size > limits.max_archive_bytes) {
        error = "archief is " + std::to_string(size / (1024u * 1024u)) + " MB; hoogstens " +
                std::to_string(limits.max_archive_bytes / (1024u * 1024u)) + " MB";
        return a;
    }
    a.reset(archive_read_new());
    if (!a) {
        error = "geen geheugen voor het archief";
        return a;
    }
    archive_read_support_format_zip(a.get());
    if (archive_read_open_filename(a.get(), zip.c_str(), 64 * 1024) != ARCHIVE_OK) {
        error = "geen leesbaar zip-archief: " + archive_message(a.get());
        a.reset();
    }
    return a;
}

const char* member_name(archive_entry* entry) {
    const char* utf8 = archive_entry_pathname_utf8(entry);
    return utf8 != nullptr ? utf8 : archive_entry_pathname(entry);
}

/// Reads the current member's data, stopping past `max_bytes` (a zip bomb stops there).
bool read_member(archive* a, std::size_t max_bytes, std::string& text, std::string& error) {
    char buffer[64 * 1024];
    for (;;) {
        la_ssize_t n = archive_read_data(a, buffer, sizeof buffer);
        if (n == 0) return true;
        if (n < 0) {
            error = "onleesbaar in het archief: " + archive_message(a);
            return false;
        }
        if (text.size() + static_cast<std::size_t>(n) > max_bytes) {
            error = "uitgepakt groter dan " + std::to_string(max_bytes / (1024u * 1024u)) + " MB";
            return false;
        }
        text.append(buffer, static_cast<std::size_t>(n));
    }
}

} // namespace

std::size_t visit_zip_members(const fs::path& zip, const ZipVisitor& visitor, const ZipLimits& limits) {
    std::string error;
    ArchivePtr a = open_zip(zip, limits, error);
    if (!a) {
        visitor.on_problem({{}, error});
        return 0;
    }
    std::size_t found = 0;
    archive_entry* entry = nullptr;
    int r = ARCHIVE_OK;
    while ((r = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK || r == ARCHIVE_WARN) {
        const char* raw = member_name(entry);
        const std::string name = raw != nullptr ? raw : "";
        if (archive_entry_filetype(entry) != AE_IFREG) continue;
        if (!is_safe_member_name(name)) {
            // Named so the supervisor sees the archive was tampered with; never read.
            if (visitor.wanted(name)) {
                ++found;
                visitor.on_problem(
                    {name, "onveilige naam in het archief (wijst buiten het archief); niet gelezen"});
            }
            continue;
        }
        if (!visitor.wanted(name)) continue;
        ++found;
        std::string text;
        if (archive_entry_size_is_set(entry) != 0 &&
            static_cast<std::size_t>(archive_entry_size(entry)) > limits.max_member_bytes) {
            visitor.on_problem({name, "uitgepakt " +
                                          std::to_string(archive_entry_size(entry) / (1024 * 1024)) +
                                          " MB; hoogstens " +
                                          std::to_string(limits.max_member_bytes / (1024u * 1024u)) + " MB"});
            continue;
        }
        if (!read_member(a.get(), limits.max_member_bytes, text, error)) {
            visitor.on_problem({name, error});
            continue;
        }
        if (!visitor.on_member(name, std::move(text))) return found;
    }
    if (r != ARCHIVE_EOF)
        visitor.on_problem({{}, "archief afgebroken of beschadigd: " + archive_message(a.get())});
    return found;
}

std::size_t count_zip_members(const fs::path& zip, const std::function<bool(std::string_view name)>& wanted,
                              const ZipLimits& limits) {
    std::string error;
    ArchivePtr a = open_zip(zip, limits, error);
    if (!a) return 0;
    std::size_t n = 0;
    archive_entry* entry = nullptr;
    int r = ARCHIVE_OK;
    while ((r = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK || r == ARCHIVE_WARN) {
        const char* raw = member_name(entry);
        const std::string name = raw != nullptr ? raw : "";
        if (archive_entry_filetype(entry) == AE_IFREG && wanted(name)) ++n;
    }
    return n;
}

} // namespace smo::core
