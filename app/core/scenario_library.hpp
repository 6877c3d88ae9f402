#pragma once
// All scenarios of a folder, loaded and validated once. Files that fail are kept with their
// diagnostics (the library screen shows them greyed out with the first error).

#include "core/scenario_validator.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace smo::core {

struct LibraryEntry {
    std::filesystem::path path;
    std::shared_ptr<const Scenario> scenario; ///< null when the file could not be loaded
    std::string sha256;
    std::vector<Diagnostic> diagnostics; ///< all of them, sorted
    bool ok() const { return scenario != nullptr && !has_errors(diagnostics); }
    /// The first error (or nullopt when there is none), for a one-line explanation.
    std::optional<Diagnostic> first_error() const;
};

/// Scenario files under `path`: the file itself, or every *.json below a folder (recursively)
/// except JSON Schema files (*.schema.json), sorted by path so the order is stable.
std::vector<std::filesystem::path> find_scenario_files(const std::filesystem::path& path);

/// Loads and validates every scenario file under `dir`.
std::vector<LibraryEntry> load_library(const std::filesystem::path& dir, const ValidateOptions& options = {});

/// The playable entry with this scenario id, or nullptr.
const LibraryEntry* find_in_library(const std::vector<LibraryEntry>& library, const std::string& scenario_id);

} // namespace smo::core
