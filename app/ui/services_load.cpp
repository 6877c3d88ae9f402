#include "ui/services_load.hpp"

#include "ui/services.hpp"
#include "ui/session_actions.hpp"

#include <chrono>

namespace smo::ui {

void start_services_load(AppState& state, const std::filesystem::path& sessions_dir,
                         std::shared_future<void> go) {
    // A fresh state with copies of what load_services reads: the worker shares nothing with the
    // frame loop.
    auto worker_state = std::make_shared<AppState>();
    worker_state->strings = state.strings;
    worker_state->settings = state.settings;
    worker_state->data_dir = state.data_dir;
    worker_state->user_scenarios_dir = state.user_scenarios_dir;
    state.services_loading = std::async(std::launch::async, [worker_state, sessions_dir, go]() {
        if (go.valid()) go.wait(); // also returns when the promise is gone (early exit)
        load_services(*worker_state, sessions_dir);
        LoadedServices out{std::move(worker_state->services), std::move(worker_state->warnings)};
        return out;
    });
}

namespace {
void adopt(AppState& state) {
    LoadedServices loaded = state.services_loading->get();
    state.services_loading.reset();
    state.services = std::move(loaded.services);
    state.warnings.insert(state.warnings.end(), loaded.warnings.begin(), loaded.warnings.end());
    refresh_library_view(state);
}
} // namespace

bool poll_services_load(AppState& state) {
    if (!state.services_loading) return false;
    if (state.services_loading->wait_for(std::chrono::seconds(0)) != std::future_status::ready) return false;
    adopt(state);
    return true;
}

void finish_services_load(AppState& state) {
    if (state.services_loading) adopt(state);
}

} // namespace smo::ui
