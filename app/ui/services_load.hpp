#pragma once
// The start screen before the rulebase, lexicon and scenario library: they load on a worker
// thread while the window opens, so the first frame costs no more than a bare window. Until they
// are in, the start screen says so and intents wait in their queue.

#include "ui/app_state.hpp"

#include <filesystem>
#include <future>

namespace smo::ui {

/// Starts load_services on a worker for `state` (its data folders, strings and settings are
/// copied, nothing else is read). Sets state.services_loading; the frame loop keeps drawing
/// while it is set and takes the result with poll_services_load. When `go` is valid the worker
/// waits for it (or for its promise to go away) before it starts: the app lets it go after the
/// first frame, so on a small machine the load does not slow that frame down.
void start_services_load(AppState& state, const std::filesystem::path& sessions_dir,
                         std::shared_future<void> go = {});

/// Takes the worker's result into `state` once it is ready (never blocks). True when it did.
bool poll_services_load(AppState& state);

/// Waits for the worker and takes its result (tests, and before any screen but the start).
void finish_services_load(AppState& state);

} // namespace smo::ui
