#pragma once
// JSON parsing that reports where the text is broken (line:column), never throws.

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace smo::core {

struct TextPosition {
    int line = 1;
    int column = 1;
};

/// Line and column (1-based; column counts bytes) of a byte offset in `text`.
TextPosition position_of_offset(std::string_view text, std::size_t offset);

/// Parses `text` into `out`. On failure returns "line:col: message" in Dutch. NaN, comments and
/// trailing commas are rejected as nlohmann does; nesting deeper than `max_depth` is refused.
std::optional<std::string> parse_json_located(std::string_view text, nlohmann::json& out,
                                              int max_depth = 256);

} // namespace smo::core
