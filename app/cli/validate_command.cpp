#include "cli/validate_command.hpp"

#include <cstdio>

namespace smo::cli {
// PLACEHOLDER: replaced by the real implementation.
int run_validate_command(const std::vector<std::string>&, const std::filesystem::path&) {
    std::fprintf(stderr, "smo-trainer validate: nog niet beschikbaar / not available yet\n");
    return 2;
}
} // namespace smo::cli
