#pragma once
// Headless subcommands: `smo-trainer <name> ...`. Each lives in its own <name>_command.cpp.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace smo::cli {

/// Runs the subcommand named by args[0]. Returns its exit code, or nullopt when args[0] is not a
/// subcommand (then the arguments are GUI options).
std::optional<int> run_subcommand(const std::vector<std::string>& args,
                                  const std::filesystem::path& exe_path);

} // namespace smo::cli
