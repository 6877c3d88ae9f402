#include "scoring/data_file.hpp"

#include "scoring/json_io.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace smo::scoring {
namespace {

void position_of(std::string_view text, std::size_t offset, int& line, int& column) {
    line = 1;
    column = 1;
    offset = std::min(offset, text.size());
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
}

bool is_ws(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

std::size_t skip_ws(std::string_view t, std::size_t i) {
    while (i < t.size() && is_ws(t[i]))
        ++i;
    return i;
}

// Skips a JSON string starting at the opening quote; returns the offset after the closing quote.
std::size_t skip_string(std::string_view t, std::size_t i) {
    for (++i; i < t.size(); ++i) {
        if (t[i] == '\\')
            ++i;
        else if (t[i] == '"')
            return i + 1;
    }
    return t.size();
}

// Skips any JSON value (iteratively, so deep nesting cannot overflow the stack).
std::size_t skip_value(std::string_view t, std::size_t i) {
    i = skip_ws(t, i);
    if (i >= t.size()) return i;
    if (t[i] == '"') return skip_string(t, i);
    if (t[i] == '{' || t[i] == '[') {
        int depth = 0;
        while (i < t.size()) {
            char c = t[i];
            if (c == '"') {
                i = skip_string(t, i);
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']') {
                if (--depth == 0) return i + 1;
            }
            ++i;
        }
        return i;
    }
    while (i < t.size() && t[i] != ',' && t[i] != '}' && t[i] != ']' && !is_ws(t[i]))
        ++i;
    return i;
}

// Unescapes a JSON pointer token ("~1" → "/", "~0" → "~").
std::string pointer_token(std::string_view tok) {
    std::string out;
    for (std::size_t i = 0; i < tok.size(); ++i) {
        if (tok[i] == '~' && i + 1 < tok.size()) {
            out.push_back(tok[i + 1] == '1' ? '/' : '~');
            ++i;
        } else {
            out.push_back(tok[i]);
        }
    }
    return out;
}

} // namespace

std::string DataError::format() const {
    std::string s = file;
    if (line > 0) s += ":" + std::to_string(line) + ":" + std::to_string(column);
    s += ": fout: " + message;
    if (!pointer.empty()) s += " [" + pointer + "]";
    return s;
}

std::optional<std::string> read_text_file(const std::filesystem::path& path, std::vector<DataError>& errors,
                                          std::size_t max_bytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        errors.push_back({path.string(), 0, 0, "", "kan het bestand niet openen"});
        return std::nullopt;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    if (text.size() > max_bytes) {
        errors.push_back({path.string(), 0, 0, "", "bestand is te groot"});
        return std::nullopt;
    }
    return text;
}

bool parse_json_text(std::string_view text, const std::string& file, nlohmann::json& out,
                     std::vector<DataError>& errors) {
    // Refuse deep nesting before nlohmann recurses into it.
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '"') {
            i = skip_string(text, i) - 1;
            continue;
        }
        if (c == '{' || c == '[') {
            if (++depth > 64) {
                DataError e{file, 0, 0, "", "JSON is te diep genest"};
                position_of(text, i, e.line, e.column);
                errors.push_back(e);
                return false;
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    try {
        out = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& ex) {
        DataError e{file, 0, 0, "", ""};
        position_of(text, ex.byte > 0 ? ex.byte - 1 : 0, e.line, e.column);
        std::string what = ex.what();
        auto colon = what.find(": ", what.find("parse error"));
        e.message = "ongeldige JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2));
        errors.push_back(e);
        return false;
    } catch (const std::exception& ex) {
        errors.push_back({file, 1, 1, "", std::string("ongeldige JSON: ") + ex.what()});
        return false;
    }
    return true;
}

std::optional<std::size_t> locate_json_pointer(std::string_view text, std::string_view pointer) {
    std::size_t i = skip_ws(text, 0);
    while (!pointer.empty()) {
        if (pointer.front() != '/') return std::nullopt;
        pointer.remove_prefix(1);
        std::size_t slash = pointer.find('/');
        std::string tok = pointer_token(pointer.substr(0, slash));
        pointer = slash == std::string_view::npos ? std::string_view{} : pointer.substr(slash);
        if (i >= text.size()) return std::nullopt;
        if (text[i] == '{') {
            i = skip_ws(text, i + 1);
            bool found = false;
            while (i < text.size() && text[i] == '"') {
                std::size_t kend = skip_string(text, i);
                std::string_view key = text.substr(i + 1, kend - i - 2);
                i = skip_ws(text, kend);
                if (i < text.size() && text[i] == ':') i = skip_ws(text, i + 1);
                if (key == tok) {
                    found = true;
                    break;
                }
                i = skip_ws(text, skip_value(text, i));
                if (i < text.size() && text[i] == ',') i = skip_ws(text, i + 1);
            }
            if (!found) return std::nullopt;
        } else if (text[i] == '[') {
            std::size_t index = 0;
            for (char c : tok) {
                if (c < '0' || c > '9') return std::nullopt;
                index = index * 10 + static_cast<std::size_t>(c - '0');
                if (index > text.size()) return std::nullopt;
            }
            i = skip_ws(text, i + 1);
            for (std::size_t k = 0; k < index; ++k) {
                i = skip_ws(text, skip_value(text, i));
                if (i >= text.size() || text[i] != ',') return std::nullopt;
                i = skip_ws(text, i + 1);
            }
        } else {
            return std::nullopt;
        }
    }
    return i;
}

void add_error_at(std::string_view text, const std::string& file, const std::string& pointer,
                  std::string message, std::vector<DataError>& errors) {
    DataError e{file, 0, 0, pointer, std::move(message)};
    if (auto at = locate_json_pointer(text, pointer)) position_of(text, *at, e.line, e.column);
    errors.push_back(std::move(e));
}

} // namespace smo::scoring
