#include "cli/play_command.hpp"

#include <cstdio>

namespace smo::cli {
// PLACEHOLDER: replaced by the real implementation.
int run_play_command(const std::vector<std::string>&, const std::filesystem::path&) {
    std::fprintf(stderr, "smo-trainer play: nog niet beschikbaar / not available yet\n");
    return 2;
}
} // namespace smo::cli
