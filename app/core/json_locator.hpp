#pragma once
// Parses JSON text and remembers where every value starts (line:column per JSON pointer), so that
// diagnostics can point at the offending value instead of the start of the file. Never throws.

#include "core/json_errors.hpp"

#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace smo::core {

/// Where the values of one parsed document are. Keys are RFC 6901 pointers ("" = the root).
class SourceMap {
  public:
    /// Position of the value at `pointer`; when it is not recorded (e.g. a missing field), the
    /// position of the nearest recorded parent. Line 1, column 1 for an empty map.
    TextPosition at(std::string_view pointer) const;
    bool contains(std::string_view pointer) const;

    /// Every string value in document order with its pointer (for the privacy lint).
    const std::vector<std::pair<std::string, std::string>>& strings() const { return m_strings; }

    void add(std::string pointer, TextPosition pos) { m_positions.insert_or_assign(std::move(pointer), pos); }
    void add_string(std::string pointer, std::string value) {
        m_strings.emplace_back(std::move(pointer), std::move(value));
    }

  private:
    std::unordered_map<std::string, TextPosition> m_positions;
    std::vector<std::pair<std::string, std::string>> m_strings;
};

/// Appends one reference token to a JSON pointer, escaping '~' and '/'.
std::string pointer_append(std::string_view base, std::string_view token);
std::string pointer_append(std::string_view base, std::size_t index);

struct ParseLimits {
    int max_depth = 64;                       ///< nesting of arrays/objects
    std::size_t max_string_bytes = 32 * 1024; ///< one string value or key
};

/// Why a parse failed.
enum class ParseFailure { None, Syntax, TooDeep };

struct LocatedParse {
    ParseFailure failure = ParseFailure::None;
    std::string message;   ///< Dutch; empty on success
    TextPosition position; ///< of the failure
    SourceMap map;
    /// Strings longer than max_string_bytes (pointer, position, length): the document parsed, but
    /// the caller should refuse it.
    struct LongString {
        std::string pointer;
        TextPosition position;
        std::size_t bytes = 0;
    };
    std::vector<LongString> long_strings;
};

/// Parses `text` into `out` (left null on failure) and fills the source map. Comments, trailing
/// commas and NaN are syntax errors; nesting beyond the limit stops the parse before building it.
LocatedParse parse_json_with_positions(std::string_view text, nlohmann::json& out,
                                       const ParseLimits& limits = {});

/// Byte offset of the first invalid UTF-8 sequence or NUL byte, or nullopt when the text is clean.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

} // namespace smo::core
