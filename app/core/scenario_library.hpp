#pragma once
// All scenarios of a folder, loaded and validated once. Files that fail are kept with their
// diagnostics (the library screen shows them greyed out with the first error). The library joins
// the bundled folder (<data>/scenarios) and the user's own folder (UserDirs::scenarios).

#include "core/scenario_validator.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace smo::core {

/// Where a library entry comes from. Own scenarios may be edited and saved; bundled ones never are.
enum class ScenarioOrigin { Bundled, Own, Count };

struct LibraryEntry {
    std::filesystem::path path;
    ScenarioOrigin origin = ScenarioOrigin::Bundled;
    /// A bundled entry whose id an own scenario also uses. Own wins: find_in_library skips this
    /// entry and the library screen hides it, so an own copy replaces the bundled one everywhere.
    bool shadowed = false;
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

/// Loads and validates every scenario file under `dir`; every entry is marked `origin`.
std::vector<LibraryEntry> load_library(const std::filesystem::path& dir, const ValidateOptions& options = {},
                                       ScenarioOrigin origin = ScenarioOrigin::Bundled);

/// The bundled scenarios of `bundled_dir` followed by the own ones of `own_dir` (a missing own
/// folder is an empty one). A playable own scenario with the id of a bundled one marks that
/// bundled entry `shadowed`.
std::vector<LibraryEntry> load_library(const std::filesystem::path& bundled_dir,
                                       const std::filesystem::path& own_dir,
                                       const ValidateOptions& options = {});

/// The file for a scenario id, by name: `<own_dir>/<id>.json` first (own wins, as in the library),
/// then `<bundled_dir>/<id>.json`. Nullopt when neither exists; the file is not validated.
std::optional<std::filesystem::path> find_scenario_file_by_id(const std::string& scenario_id,
                                                              const std::filesystem::path& bundled_dir,
                                                              const std::filesystem::path& own_dir);

/// The playable, not shadowed entry with this scenario id, or nullptr.
const LibraryEntry* find_in_library(const std::vector<LibraryEntry>& library, const std::string& scenario_id);

} // namespace smo::core
