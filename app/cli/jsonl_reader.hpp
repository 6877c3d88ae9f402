#pragma once
// Input side of `check --jsonl`: a line reader with bounded memory and a parser for one request
// line. Kept apart from the command so the fuzzer and the tests can drive them directly.

#include "scoring/evaluation.hpp"

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace smo::cli {

/// The documented per-line limit of `check --jsonl` (README.md), excluding the line end.
inline constexpr std::size_t kMaxJsonlLineBytes = 1024u * 1024u;

/// Reads '\n'-separated lines, keeping at most `max_bytes` of a line in memory: the rest of a
/// longer line is read and dropped in fixed-size chunks, so memory stays bounded by the limit.
class BoundedLineReader {
  public:
    explicit BoundedLineReader(std::istream& in, std::size_t max_bytes = kMaxJsonlLineBytes);

    /// Advances to the next line; false at the end of the input. A last line without '\n' counts.
    bool next();
    /// The line without its '\n'; when too_long(), only its first max_bytes bytes.
    std::string_view line() const { return m_line; }
    bool too_long() const { return m_too_long; }
    /// The full length of the line in bytes, also when it was too long to keep.
    std::size_t length() const { return m_length; }
    /// Bytes held by the reader's buffers (for tests of the memory bound).
    std::size_t memory_bytes() const { return m_line.capacity() + m_chunk.capacity(); }

  private:
    std::istream& m_in;
    std::size_t m_max;
    std::vector<char> m_chunk;
    std::size_t m_pos = 0, m_end = 0;
    std::string m_line;
    bool m_too_long = false;
    std::size_t m_length = 0;
};

/// One parsed request line. `ok` false means an error line: `error`, with `column` (1-based byte
/// column) when the problem has a place; `id_json` is the raw JSON of the id, "null" when unreadable.
struct CheckRequest {
    bool ok = false;
    std::string error;
    std::optional<std::size_t> column;
    std::string id_json = "null";
    std::string text;
    scoring::Context context;
};

/// Parses one line of `{"id", "text", "context"}`. Never throws; reuses the buffers of `out`
/// (the loop calls it once per line). A context field of the wrong type or with an unknown value
/// is an error naming the field and the expected type, never a silent default.
void parse_check_line(std::string_view line, CheckRequest& out);

/// The error for a line longer than the limit; keeps the id when it is the first key of the kept
/// prefix.
void too_long_line(std::string_view prefix, std::size_t length, CheckRequest& out);

} // namespace smo::cli
