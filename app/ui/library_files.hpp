#pragma once
// The library's file actions (Nieuw scenario, Dupliceren, Importeren, Exporteren): called by
// apply_intents, they go through core/scenario_files.hpp and reload the library afterwards. The
// outcome is left in AppState::library_files.message for the library screen.

#include "ui/app_state.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace smo::ui {

/// Validation options for library scenarios: the rule ids of the loaded scoring engine.
core::ValidateOptions library_validate_options(const AppState& state);

/// Reloads the bundled and own scenarios and the templates, and rebuilds the library view.
void reload_library(AppState& state);

/// A new own scenario from the template with this id (title from the template, free id).
/// Returns the new file, or nullopt (the reason is in library_files.message).
std::optional<std::filesystem::path> create_scenario_from_template(AppState& state,
                                                                   const std::string& template_id);
/// An own copy of a library scenario ("... (kopie)").
std::optional<std::filesystem::path> duplicate_library_scenario(AppState& state,
                                                                const std::string& scenario_id);
void import_library_scenario(AppState& state, const std::string& path, bool replace_existing);
/// Copies a scenario to `destination` (file or folder), or into the exports folder when empty.
void export_library_scenario(AppState& state, const std::string& scenario_id, const std::string& destination);

} // namespace smo::ui
