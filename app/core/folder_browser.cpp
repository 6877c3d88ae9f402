#include "core/folder_browser.hpp"

#include "core/zip_members.hpp"

#include <algorithm>
#include <cctype>
#include <system_error>

namespace smo::core {

namespace fs = std::filesystem;

namespace {

bool less_ci(const std::string& a, const std::string& b) {
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) < std::tolower(static_cast<unsigned char>(y));
    });
}

bool ends_with(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

} // namespace

FolderListing list_folder(const fs::path& folder) {
    FolderListing out;
    std::error_code ec;
    out.folder = fs::absolute(folder, ec).lexically_normal();
    if (out.folder.has_filename() == false && out.folder != out.folder.root_path())
        out.folder = out.folder.parent_path(); // "/a/b/" -> "/a/b"
    if (out.folder != out.folder.root_path()) out.parent = out.folder.parent_path();
    if (!fs::is_directory(out.folder, ec)) {
        out.error = out.folder.string() + ": geen map (bestaat niet of is niet leesbaar)";
        return out;
    }
    fs::directory_iterator it(out.folder, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        out.error = out.folder.string() + ": niet leesbaar (" + ec.message() + ")";
        return out;
    }
    for (fs::directory_iterator end; it != end; it.increment(ec)) {
        if (ec) break;
        const std::string name = it->path().filename().string();
        if (name.empty() || name.front() == '.') continue;
        std::error_code kind_ec;
        if (it->is_directory(kind_ec))
            out.subfolders.push_back(name);
        else if (is_zip_path(it->path()))
            out.zips.push_back(name);
        else if (ends_with(name, ".json") && !ends_with(name, ".review.json"))
            ++out.session_files;
    }
    std::sort(out.subfolders.begin(), out.subfolders.end(), less_ci);
    std::sort(out.zips.begin(), out.zips.end(), less_ci);
    return out;
}

fs::path picker_start(const std::string& typed, const std::string& home) {
    std::error_code ec;
    if (!typed.empty()) {
        const fs::path p(typed);
        if (fs::is_directory(p, ec)) return p;
        if (fs::exists(p, ec) && p.has_parent_path()) return p.parent_path();
    }
    if (!home.empty() && fs::is_directory(home, ec)) return home;
    return "/";
}

} // namespace smo::core
