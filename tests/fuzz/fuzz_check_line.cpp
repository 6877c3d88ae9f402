// libFuzzer target: any bytes as `check --jsonl` input. Every line gives exactly one output line
// that starts with the id, memory stays bounded by the line limit (here 4 KiB, so long lines
// are exercised), and nothing crashes. The engine is loaded once from the source tree.
#include "cli/check_command.hpp"
#include "cli/jsonl_reader.hpp"
#include "fuzz_engine.hpp"

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string_view>

namespace {} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string input(reinterpret_cast<const char*>(data), size);

    // The reader on its own, with a small limit.
    {
        std::istringstream in(input);
        smo::cli::BoundedLineReader reader(in, 4096);
        smo::cli::CheckRequest request;
        while (reader.next()) {
            if (reader.line().size() > 4096 || reader.memory_bytes() > 4096 + 2 * 65536 + 64) std::abort();
            if (reader.too_long())
                smo::cli::too_long_line(reader.line(), reader.length(), request);
            else
                smo::cli::parse_check_line(reader.line(), request);
            if (request.ok != request.error.empty()) std::abort(); // ok exactly when there is no error
        }
    }

    // The whole loop: one JSON output line per input line.
    std::size_t lines = 0;
    for (std::size_t i = 0; i < input.size(); ++i)
        if (input[i] == '\n') ++lines;
    if (!input.empty() && input.back() != '\n') ++lines;
    std::istringstream in(input);
    std::ostringstream out;
    smo::cli::run_check_jsonl(smo::fuzz::engine(), in, out);
    std::istringstream result(out.str());
    std::string line;
    std::size_t produced = 0;
    while (std::getline(result, line)) {
        ++produced;
        // nlohmann rejects ids like 1e999 that are valid JSON, so check the shape, not a parse.
        if (line.rfind("{\"id\":", 0) != 0 || line.back() != '}') std::abort();
    }
    if (produced != lines) std::abort();
    return 0;
}
