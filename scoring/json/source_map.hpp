#pragma once
// Where the values of a parsed JSON document are in its text, by JSON pointer. Filled by parse()
// (document.hpp); read by the typed Reader, the scenario validator and the privacy lint.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace smo::json {

/// 1-based line and column (the column counts bytes).
struct Position {
    int line = 1;
    int column = 1;
};

/// Line-start table: offset → line:column in O(log lines). The only such conversion in the program.
class LineIndex {
  public:
    explicit LineIndex(std::string_view text);
    /// Position of byte `offset` (clamped to the end of the text).
    Position at(std::size_t offset) const;

  private:
    std::vector<std::size_t> m_starts;
    std::size_t m_size = 0;
};

/// Line and column of a byte offset in `text` (one-off use; build a LineIndex for many).
Position position_of_offset(std::string_view text, std::size_t offset);

/// Appends one reference token to a JSON pointer, escaping '~' and '/' (RFC 6901).
std::string pointer_append(std::string_view base, std::string_view token);
std::string pointer_append(std::string_view base, std::size_t index);

/// Positions of every value of one document. Keys are RFC 6901 pointers ("" = the root).
class SourceMap {
  public:
    /// Position of the value at `pointer`; when it is not recorded (e.g. a missing field), the
    /// position of the nearest recorded parent. Line 1, column 1 for an empty map.
    Position at(std::string_view pointer) const;
    bool contains(std::string_view pointer) const;
    std::size_t size() const { return m_positions.size(); }

    /// Every string value in document order with its pointer (for the privacy lint).
    const std::vector<std::pair<std::string, std::string>>& strings() const { return m_strings; }

    void add(std::string pointer, Position pos) { m_positions.insert_or_assign(std::move(pointer), pos); }
    void add_string(std::string pointer, std::string value) {
        m_strings.emplace_back(std::move(pointer), std::move(value));
    }

  private:
    std::unordered_map<std::string, Position> m_positions;
    std::vector<std::pair<std::string, std::string>> m_strings;
};

} // namespace smo::json
