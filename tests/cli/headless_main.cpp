// smo-headless: the headless subcommands of smo-trainer (validate, play, check) without the GUI,
// for builds with SMO_BUILD_GUI=OFF, the golden and crash tests, and scripts.
#include "cli/subcommands.hpp"

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (auto code = smo::cli::run_subcommand(args, exe)) return *code;
    std::fputs("gebruik: smo-headless validate|play|check ...\n", stderr);
    return 2;
}
