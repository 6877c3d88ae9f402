#include "ui/session_list.hpp"

#include <algorithm>

namespace smo::ui {

void refresh_sessions(AppState& state) {
    state.services.sessions.clear();
    state.services.unreadable_sessions.clear();
    if (!state.services.store) return;
    state.services.sessions = state.services.store->list(&state.services.unreadable_sessions);
}

void move_session_aside(AppState& state, const std::filesystem::path& file) {
    if (!state.services.store) return;
    std::string error;
    if (auto moved = state.services.store->move_aside(file, error)) {
        state.sessions_message = std::string(state.strings("start.unreadable.moved")) + " " + moved->string();
    } else {
        state.sessions_message = error;
    }
    refresh_sessions(state);
}

std::optional<std::string> scenario_change_warning(const AppState& state, const std::string& session_id) {
    const auto& sessions = state.services.sessions;
    auto it = std::find_if(sessions.begin(), sessions.end(),
                           [&](const core::SessionSummary& s) { return s.session_id == session_id; });
    if (it == sessions.end()) return std::nullopt;
    const core::LibraryEntry* entry = core::find_in_library(state.services.library, it->scenario_id);
    if (entry == nullptr || entry->sha256 == it->scenario_sha256) return std::nullopt;
    return std::string(state.strings("resume.scenario_changed.body"));
}

} // namespace smo::ui
