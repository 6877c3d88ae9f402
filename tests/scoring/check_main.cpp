// smo-check: `smo-trainer check` without the GUI, for builds with SMO_BUILD_GUI=OFF and for
// scripts/accuracy-report.sh. Same arguments and output as `smo-trainer check`.
#include "cli/check_command.hpp"

#include <filesystem>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return smo::cli::run_check_command(args, exe);
}
