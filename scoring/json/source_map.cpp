#include "scoring/json/source_map.hpp"

#include <algorithm>

namespace smo::json {

LineIndex::LineIndex(std::string_view text) : m_size(text.size()) {
    m_starts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') m_starts.push_back(i + 1);
}

Position LineIndex::at(std::size_t offset) const {
    offset = std::min(offset, m_size);
    auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    auto line = static_cast<std::size_t>(it - m_starts.begin()); // 1-based
    return Position{static_cast<int>(line), static_cast<int>(offset - m_starts[line - 1] + 1)};
}

Position position_of_offset(std::string_view text, std::size_t offset) {
    return LineIndex(text.substr(0, std::min(offset, text.size()))).at(offset);
}

std::string pointer_append(std::string_view base, std::string_view token) {
    std::string out(base);
    out += '/';
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string pointer_append(std::string_view base, std::size_t index) {
    std::string out(base);
    out += '/';
    out += std::to_string(index);
    return out;
}

Position SourceMap::at(std::string_view pointer) const {
    std::string p(pointer);
    while (true) {
        auto it = m_positions.find(p);
        if (it != m_positions.end()) return it->second;
        if (p.empty()) return Position{};
        p.erase(p.rfind('/'));
    }
}

bool SourceMap::contains(std::string_view pointer) const {
    return m_positions.count(std::string(pointer)) > 0;
}

} // namespace smo::json
