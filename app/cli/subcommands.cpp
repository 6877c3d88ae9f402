#include "cli/subcommands.hpp"

#include "cli/check_command.hpp"
#include "cli/export_command.hpp"
#include "cli/play_command.hpp"
#include "cli/report_command.hpp"
#include "cli/review_command.hpp"
#include "cli/validate_command.hpp"

#include <array>
#include <string_view>

namespace smo::cli {

namespace {

using CommandFn = int (*)(const std::vector<std::string>& args, const std::filesystem::path& exe_path);

struct Command {
    std::string_view name;
    CommandFn run;
};

constexpr std::array kCommands{
    Command{"validate", run_validate_command},
    Command{"play", run_play_command},
    Command{"check", run_check_command},
    Command{"review", run_review_command},
    Command{"report", run_report_command},
    Command{"export", run_export_command},
};

} // namespace

std::optional<int> run_subcommand(const std::vector<std::string>& args,
                                  const std::filesystem::path& exe_path) {
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
