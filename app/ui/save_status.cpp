#include "ui/save_status.hpp"

#include "ui/editor_actions.hpp"

#include "core/atomic_file.hpp"
#include "core/session.hpp"

namespace smo::ui {

namespace {

const std::optional<std::string>* last_write_error(const AppState& state) {
    if (!state.play || !state.play->recorder) return nullptr;
    const auto& error = state.play->recorder->save_error();
    return error ? &error : nullptr;
}

} // namespace

std::optional<SaveBanner> save_banner(const AppState& state) {
    const auto* error = last_write_error(state);
    if (error == nullptr) return std::nullopt;
    SaveBanner banner;
    banner.error = **error;
    banner.copy_path = state.play->copy_path;
    banner.copy_current = state.play->copy_current;
    return banner;
}

bool has_unsaved_turns(const AppState& state) {
    return last_write_error(state) != nullptr && !state.play->copy_current;
}

void retry_save(AppState& state) {
    if (!state.play || !state.play->recorder) return;
    if (state.play->recorder->save()) return;
    // Everything is on disk again: a close that waited for this may go ahead.
    if (state.close_requested) state.quit_confirmed = true;
}

std::optional<std::string> save_session_copy(AppState& state, const std::filesystem::path& path) {
    if (!state.play || !state.play->recorder) return std::string("geen actieve sessie");
    if (path.empty()) return std::string("geen bestandsnaam opgegeven");
    std::string json = core::session_to_json(state.play->recorder->session());
    std::error_code ec;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    if (auto err = core::atomic_write(path, json, 0600)) return err;
    state.play->copy_path = path;
    state.play->copy_json = std::move(json);
    state.play->copy_current = true;
    if (state.close_requested) state.quit_confirmed = true;
    return std::nullopt;
}

void refresh_save_status(AppState& state) {
    if (!state.play || state.play->copy_json.empty()) return;
    // Only compared while writes fail: then the copy is the trainee's only safe record.
    if (last_write_error(state) == nullptr) return;
    state.play->copy_current =
        state.play->copy_json == core::session_to_json(state.play->recorder->session());
}

bool confirm_close(AppState& state) {
    if (state.quit_confirmed) return true;
    if (!editor_allows_close(state)) return false; // the editor asks Save / Discard / Cancel first
    if (!has_unsaved_turns(state)) return true;
    state.close_requested = true;
    return false;
}

} // namespace smo::ui
