// smo-trainer entry point: a subcommand (validate, play, check) runs headless; anything else opens
// the window.

#include "cli/app_options.hpp"
#include "cli/subcommands.hpp"
#include "platform/gui_app.hpp"

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace {
std::filesystem::path executable_path(const char* argv0) {
    std::error_code ec;
    auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) return self;
    return std::filesystem::absolute(argv0, ec);
}
} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    auto exe = executable_path(argv[0]);
    if (!args.empty()) {
        if (auto code = smo::cli::run_subcommand(args, exe)) return *code;
    }
    auto parsed = smo::cli::parse_app_options(args);
    if (parsed.error) {
        std::fprintf(stderr, "smo-trainer: %s\n\n%s", parsed.error->c_str(), smo::cli::app_usage().c_str());
        return 2;
    }
    if (parsed.options.show_help) {
        std::fputs(smo::cli::app_usage().c_str(), stdout);
        return 0;
    }
    if (parsed.options.show_version) {
        std::printf("%s\n", smo::cli::version_line().c_str());
        return 0;
    }
    return smo::platform::run_gui(parsed.options, exe);
}
