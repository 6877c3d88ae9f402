#pragma once
// Explains why a text is not JSON, in Dutch, at the place to fix: the end of the value before a
// missing comma (not the next line, where a parser notices it), the comma before a closing
// bracket, the opening quote of an unterminated text, and the first curly quote a word processor
// put in ("Gebruik rechte aanhalingstekens"). The loaders use it for SC004.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace smo::core {

struct JsonSyntaxProblem {
    std::size_t offset = 0; ///< byte offset of the place to fix
    std::string message;    ///< Dutch, one line, says what to do
};

/// The first syntax problem of `text`, or nullopt when it is valid JSON (as far as syntax goes:
/// size, depth and UTF-8 are checked elsewhere). Never throws; nesting beyond 512 levels is not
/// examined.
std::optional<JsonSyntaxProblem> find_json_syntax_problem(std::string_view text);

} // namespace smo::core
