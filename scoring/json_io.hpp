#pragma once
// Internal to the loaders (data_file.cpp, lexicon.cpp, rulebase.cpp): the only place nlohmann is seen.

#include "scoring/data_file.hpp"

#include <nlohmann/json_fwd.hpp>

namespace smo::scoring {

/// Parses `text` as JSON. On a syntax error adds a located error and returns false. Nesting deeper
/// than 64 levels is refused before parsing.
bool parse_json_text(std::string_view text, const std::string& file, nlohmann::json& out,
                     std::vector<DataError>& errors);

} // namespace smo::scoring
