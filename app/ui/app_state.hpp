#pragma once
// Everything the UI shows, in one value passed by reference to each screen.

#include "core/settings.hpp"
#include "core/string_table.hpp"
#include "ui/intents.hpp"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace smo::ui {

struct AppState {
    core::Strings strings;
    core::Settings settings;
    std::filesystem::path settings_path; ///< empty: never save (screenshots, tests)
    std::filesystem::path data_dir;

    Screen screen = Screen::Start;
    std::vector<Intent> intents;

    /// Warnings the user should see (missing font, unreadable settings); shown on the start screen.
    std::vector<std::string> warnings;
    /// Last save error, if any; shown until the next successful save.
    std::string save_error;

    /// Start-screen draft of the trainee's name, committed when the field is left.
    std::string name_draft;

    /// Screenshot/benchmark runs hide anything time-dependent.
    bool deterministic = false;
};

/// Queues an intent. Constructing in place also sidesteps a GCC 12 false -Wmaybe-uninitialized
/// on moving a temporary std::variant.
template <class T, class... Args> void emit(AppState& state, Args&&... args) {
    state.intents.emplace_back(std::in_place_type<T>, std::forward<Args>(args)...);
}

/// Applies and clears the queued intents. Returns true when the font size must be rebuilt.
bool apply_intents(AppState& state);

} // namespace smo::ui
