#pragma once
// Where SMO-trainer keeps its files: XDG base directories for user files, and the data dir
// (assets/ + scenarios/) found in the build tree, an installed prefix or via --data-dir.

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace smo::core {

/// Reads an environment variable; returns nullopt when unset. Injected so tests need no setenv.
using EnvLookup = std::function<std::optional<std::string>(const char*)>;

/// The process environment.
EnvLookup process_env();

/// The per-user folders of the app (each ends in "smo-trainer").
struct UserDirs {
    std::filesystem::path config; ///< settings.json
    std::filesystem::path state;  ///< imgui.ini
    std::filesystem::path data;   ///< sessions/, exports
    /// The user's own scenarios, shown in the library beside the bundled ones (data/scenarios).
    std::filesystem::path scenarios;
};

/// Resolves the XDG base directories. Per the XDG spec, unset, empty or relative values are
/// ignored and the defaults under $HOME are used. `scenarios` lies inside `data`. Creates nothing.
UserDirs resolve_user_dirs(const EnvLookup& env);

/// Candidate data dirs in search order: explicit override, $SMO_TRAINER_DATA_DIR, <exe>/../share/
/// smo-trainer (relocatable install), the source tree of this build, the configured install prefix.
/// The first that holds assets/i18n/nl.json wins; nullopt when none does.
std::optional<std::filesystem::path> find_data_dir(const std::optional<std::filesystem::path>& override_dir,
                                                   const std::filesystem::path& exe_path,
                                                   const EnvLookup& env);

/// True when `dir` looks like a data dir (holds assets/i18n/nl.json).
bool is_data_dir(const std::filesystem::path& dir);

/// Creates `dir` and its parents with mode 0700. Returns false (and fills `error`) on failure.
bool ensure_private_dir(const std::filesystem::path& dir, std::string& error);

} // namespace smo::core
