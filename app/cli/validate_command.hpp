#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace smo::cli {
/// `smo-trainer validate ...`; `args` excludes the subcommand name. Returns the exit code.
int run_validate_command(const std::vector<std::string>& args, const std::filesystem::path& exe_path);
} // namespace smo::cli
