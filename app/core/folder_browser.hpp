#pragma once
// The in-app folder picker's model: one folder's subfolders and cohort files, so a supervisor can
// walk to a folder (or a .zip) of handed-in sessions without a system dialog (none is packaged
// for GLFW on Debian). Reads directory entries only, never file contents.

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace smo::core {

struct FolderListing {
    std::filesystem::path folder;        ///< absolute, normalised
    std::filesystem::path parent;        ///< empty at the root
    std::vector<std::string> subfolders; ///< names, sorted case-insensitively; hidden ones left out
    std::vector<std::string> zips;       ///< *.zip names, sorted
    std::size_t session_files = 0;       ///< *.json here (not sidecars), not counting subfolders
    std::string error;                   ///< Dutch; set when the folder cannot be read
};

/// Lists `folder` (made absolute). A missing or unreadable folder gives an error and no entries.
/// Symlinked folders are listed (the user chose to walk there) but never followed by the loader.
FolderListing list_folder(const std::filesystem::path& folder);

/// Where the picker starts: `typed` when it is an existing folder, its parent when it is a file,
/// else $HOME (from `home`), else the root.
std::filesystem::path picker_start(const std::string& typed, const std::string& home);

} // namespace smo::core
