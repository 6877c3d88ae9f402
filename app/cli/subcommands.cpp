#include "cli/subcommands.hpp"

#include <array>
#include <string_view>

namespace smo::cli {

namespace {

using CommandFn = int (*)(const std::vector<std::string>& args, const std::filesystem::path& exe_path);

struct Command {
    std::string_view name;
    CommandFn run;
};

// Subcommands register here; the table is empty until one exists.
constexpr std::array<Command, 0> kCommands{};

} // namespace

std::optional<int> run_subcommand(const std::vector<std::string>& args, const std::filesystem::path& exe_path) {
    if (args.empty()) return std::nullopt;
    for (const auto& command : kCommands) {
        if (args[0] == command.name) {
            std::vector<std::string> rest(args.begin() + 1, args.end());
            return command.run(rest, exe_path);
        }
    }
    return std::nullopt;
}

} // namespace smo::cli
