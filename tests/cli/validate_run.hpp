#pragma once
// Runs `smo-trainer validate` in-process and keeps its exit code and both streams.
#include "cli/validate_command.hpp"

#include <sstream>
#include <string>
#include <vector>

namespace smo::test {

struct Run {
    int code = 0;
    std::string out, err;
};

inline Run validate(std::vector<std::string> args) {
    std::ostringstream out, err;
    Run r;
    r.code = smo::cli::run_validate(args, {}, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

} // namespace smo::test
