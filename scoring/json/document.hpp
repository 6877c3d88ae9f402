#pragma once
// Parsing JSON text with limits into a DOM plus the position of every value. Never throws: every
// problem becomes a located Diagnostic (SC002 size, SC003 UTF-8, SC004 syntax, SC005 depth).

#include "scoring/json/diagnostic.hpp"
#include "scoring/json/source_map.hpp"

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace smo::json {

using Json = nlohmann::json;

/// What a document may be. Each loader picks limits that fit its files.
struct Limits {
    std::size_t max_bytes = 16u * 1024u * 1024u; ///< the whole text
    int max_depth = 64;                          ///< nesting of arrays/objects
    std::size_t max_string = 32u * 1024u;        ///< one string value or key, in bytes
};

/// A parsed document: the values and where each one is.
struct Document {
    Json root;
    SourceMap map;
};

/// Whether parse() records the position of every value. Skip only when a failure is followed by
/// a recorded re-parse for its message (a thousand-session cohort parses twice as fast): with Skip,
/// depth and string-length diagnostics are not located (syntax errors still are).
enum class Positions { Record, Skip };

/// Parses `text` (named `file` in diagnostics). Refuses, with one located diagnostic each: text
/// over max_bytes, invalid UTF-8 or NUL bytes, syntax errors (comments, trailing commas, NaN are
/// errors), nesting beyond max_depth (stopped before it is built), strings over max_string (every
/// such string is reported). Returns nullopt when anything was reported.
std::optional<Document> parse(std::string_view text, const std::string& file, const Limits& limits,
                              std::vector<Diagnostic>& diags, Positions positions = Positions::Record);

/// Byte offset of the first invalid UTF-8 sequence or NUL byte, or nullopt when the text is clean.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

} // namespace smo::json
