#include "core/json_errors.hpp"

#include <nlohmann/json.hpp>

namespace smo::core {

TextPosition position_of_offset(std::string_view text, std::size_t offset) {
    TextPosition pos;
    offset = std::min(offset, text.size());
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++pos.line;
            pos.column = 1;
        } else {
            ++pos.column;
        }
    }
    return pos;
}

std::optional<std::string> parse_json_located(std::string_view text, nlohmann::json& out, int max_depth) {
    // Depth check first: nlohmann recurses when destroying deep values, so refuse them early.
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (in_string) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"')
            in_string = true;
        else if (c == '[' || c == '{') {
            if (++depth > max_depth) {
                auto pos = position_of_offset(text, i);
                return std::to_string(pos.line) + ":" + std::to_string(pos.column) +
                       ": JSON is dieper genest dan " + std::to_string(max_depth) + " niveaus";
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    try {
        out = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& e) {
        auto pos = position_of_offset(text, e.byte > 0 ? e.byte - 1 : 0);
        std::string what = e.what();
        // nlohmann's message: "[json.exception.parse_error.101] parse error at line 1, column 2: ..."
        auto colon = what.find(": ", what.find("parse error"));
        std::string detail = colon == std::string::npos ? what : what.substr(colon + 2);
        return std::to_string(pos.line) + ":" + std::to_string(pos.column) + ": ongeldige JSON: " + detail;
    } catch (const std::exception& e) {
        return std::string("1:1: ongeldige JSON: ") + e.what();
    }
    return std::nullopt;
}

} // namespace smo::core
