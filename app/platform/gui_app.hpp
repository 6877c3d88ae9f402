#pragma once
#include "cli/app_options.hpp"

#include <filesystem>

namespace smo::platform {
/// Opens the window and runs the event-driven frame loop until it is closed (or, with
/// --screenshot / --bench-frames, until the frames are done). Returns the process exit code.
int run_gui(const cli::AppOptions& options, const std::filesystem::path& exe_path);
} // namespace smo::platform
