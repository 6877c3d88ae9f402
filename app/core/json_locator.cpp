#include "core/json_locator.hpp"

#include <algorithm>
#include <iterator>
#include <nlohmann/json.hpp>

namespace smo::core {
namespace {

/// Line-start table for fast offset → line:column conversion.
class LineIndex {
  public:
    explicit LineIndex(std::string_view text) {
        m_starts.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n') m_starts.push_back(i + 1);
    }
    TextPosition at(std::size_t offset) const {
        auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
        auto line = static_cast<std::size_t>(it - m_starts.begin()); // 1-based
        TextPosition pos;
        pos.line = static_cast<int>(line);
        pos.column = static_cast<int>(offset - m_starts[line - 1] + 1);
        return pos;
    }

  private:
    std::vector<std::size_t> m_starts;
};

/// A char iterator that records how far nlohmann's lexer has read, so SAX events know where the
/// token they report ends.
class TrackingIterator {
  public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    TrackingIterator() = default;
    TrackingIterator(const char* p, const char* base, std::size_t* furthest)
        : m_p(p), m_base(base), m_furthest(furthest) {}
    reference operator*() const { return *m_p; }
    TrackingIterator& operator++() {
        ++m_p;
        if (m_furthest != nullptr) {
            auto offset = static_cast<std::size_t>(m_p - m_base);
            if (offset > *m_furthest) *m_furthest = offset;
        }
        return *this;
    }
    TrackingIterator operator++(int) {
        auto copy = *this;
        ++*this;
        return copy;
    }
    bool operator==(const TrackingIterator& other) const { return m_p == other.m_p; }
    bool operator!=(const TrackingIterator& other) const { return m_p != other.m_p; }

  private:
    const char* m_p = nullptr;
    const char* m_base = nullptr;
    std::size_t* m_furthest = nullptr;
};

bool is_number_char(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

using Json = nlohmann::json;

class LocatingSax {
  public:
    LocatingSax(std::string_view text, Json& out, const ParseLimits& limits, LocatedParse& result)
        : m_text(text), m_lines(text), m_dom(out, false), m_limits(limits), m_result(result) {}

    std::size_t furthest = 0;

    // --- scalar values
    bool null() { return scalar_literal(4) && m_dom.null(); }
    bool boolean(bool v) { return scalar_literal(v ? 4 : 5) && m_dom.boolean(v); }
    bool number_integer(Json::number_integer_t v) { return scalar_number() && m_dom.number_integer(v); }
    bool number_unsigned(Json::number_unsigned_t v) { return scalar_number() && m_dom.number_unsigned(v); }
    bool number_float(Json::number_float_t v, const Json::string_t& s) {
        return scalar_number() && m_dom.number_float(v, s);
    }
    bool string(Json::string_t& s) {
        std::size_t start = string_start();
        std::string ptr = value_pointer();
        check_length(ptr, start, s.size());
        m_result.map.add(ptr, m_lines.at(start));
        m_result.map.add_string(ptr, s);
        after_value();
        return m_dom.string(s);
    }
    bool binary(Json::binary_t& b) { return m_dom.binary(b); }

    // --- containers
    bool start_object(std::size_t n) { return start_container(false) && m_dom.start_object(n); }
    bool end_object() {
        m_stack.pop_back();
        after_value();
        return m_dom.end_object();
    }
    bool start_array(std::size_t n) { return start_container(true) && m_dom.start_array(n); }
    bool end_array() {
        m_stack.pop_back();
        after_value();
        return m_dom.end_array();
    }
    bool key(Json::string_t& k) {
        std::size_t start = string_start();
        m_stack.back().key = k;
        check_length(pointer_append(container_pointer(), k), start, k.size());
        return m_dom.key(k);
    }

    bool parse_error(std::size_t position, const std::string& /*last_token*/,
                     const nlohmann::detail::exception& ex) {
        if (m_result.failure == ParseFailure::None) {
            m_result.failure = ParseFailure::Syntax;
            std::size_t offset = position > 0 ? position - 1 : 0;
            m_result.position = m_lines.at(std::min(offset, m_text.size()));
            std::string what = ex.what();
            auto colon = what.find(": ", what.find("error"));
            std::string detail = colon == std::string::npos ? what : what.substr(colon + 2);
            if (m_text.find_first_not_of(" \t\r\n") == std::string_view::npos) detail = "het bestand is leeg";
            m_result.message = "ongeldige JSON: " + detail;
        }
        return false;
    }

  private:
    struct Frame {
        bool is_array = false;
        std::size_t index = 0;
        std::string key;
    };

    /// Pointer of the innermost open container: each enclosing frame contributes the token of
    /// the child being parsed; the innermost frame is the container itself.
    std::string container_pointer() const {
        std::string ptr;
        for (std::size_t i = 0; i + 1 < m_stack.size(); ++i)
            ptr = frame_token(ptr, m_stack[i]);
        return ptr;
    }
    static std::string frame_token(const std::string& base, const Frame& f) {
        return f.is_array ? pointer_append(base, f.index) : pointer_append(base, f.key);
    }
    std::string value_pointer() const {
        std::string ptr;
        for (const auto& f : m_stack)
            ptr = frame_token(ptr, f);
        return ptr;
    }

    void after_value() {
        if (!m_stack.empty() && m_stack.back().is_array) ++m_stack.back().index;
    }

    bool start_container(bool is_array) {
        std::size_t start = furthest > 0 ? furthest - 1 : 0;
        if (static_cast<int>(m_stack.size()) >= m_limits.max_depth) {
            m_result.failure = ParseFailure::TooDeep;
            m_result.position = m_lines.at(start);
            m_result.message = "JSON is dieper genest dan " + std::to_string(m_limits.max_depth) + " niveaus";
            return false;
        }
        m_result.map.add(value_pointer(), m_lines.at(start));
        m_stack.push_back(Frame{is_array, 0, {}});
        return true;
    }

    bool scalar_literal(std::size_t length) {
        std::size_t start = furthest >= length ? furthest - length : 0;
        m_result.map.add(value_pointer(), m_lines.at(start));
        after_value();
        return true;
    }

    bool scalar_number() {
        // The lexer reads one character past a number (unless the text ends there).
        std::size_t end = furthest;
        if (end > 0 && end <= m_text.size() && !is_number_char(m_text[end - 1])) --end;
        std::size_t start = end;
        while (start > 0 && is_number_char(m_text[start - 1]))
            --start;
        m_result.map.add(value_pointer(), m_lines.at(start));
        after_value();
        return true;
    }

    /// The closing quote is the last character read; walk back to the first unescaped quote.
    std::size_t string_start() const {
        if (furthest < 2) return 0;
        std::size_t i = furthest - 1; // closing quote
        while (i > 0) {
            --i;
            if (m_text[i] != '"') continue;
            std::size_t backslashes = 0;
            for (std::size_t j = i; j > 0 && m_text[j - 1] == '\\'; --j)
                ++backslashes;
            if (backslashes % 2 == 0) return i;
        }
        return 0;
    }

    void check_length(const std::string& ptr, std::size_t start, std::size_t bytes) {
        if (bytes > m_limits.max_string_bytes)
            m_result.long_strings.push_back({ptr, m_lines.at(start), bytes});
    }

    std::string_view m_text;
    LineIndex m_lines;
    nlohmann::detail::json_sax_dom_parser<Json> m_dom;
    const ParseLimits& m_limits;
    LocatedParse& m_result;
    std::vector<Frame> m_stack;
};

} // namespace

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

TextPosition SourceMap::at(std::string_view pointer) const {
    std::string p(pointer);
    while (true) {
        auto it = m_positions.find(p);
        if (it != m_positions.end()) return it->second;
        if (p.empty()) return TextPosition{};
        p.erase(p.rfind('/'));
    }
}

bool SourceMap::contains(std::string_view pointer) const {
    return m_positions.count(std::string(pointer)) > 0;
}

LocatedParse parse_json_with_positions(std::string_view text, nlohmann::json& out,
                                       const ParseLimits& limits) {
    LocatedParse result;
    out = nullptr;
    Json parsed;
    LocatingSax sax(text, parsed, limits, result);
    TrackingIterator first(text.data(), text.data(), &sax.furthest);
    TrackingIterator last(text.data() + text.size(), text.data(), nullptr);
    bool ok = false;
    try {
        ok = Json::sax_parse(first, last, &sax, Json::input_format_t::json, true, false);
    } catch (const std::exception& e) {
        // sax_parse reports through parse_error; anything else (bad_alloc) is caught here.
        result.failure = ParseFailure::Syntax;
        result.message = std::string("ongeldige JSON: ") + e.what();
    }
    if (!ok && result.failure == ParseFailure::None) {
        result.failure = ParseFailure::Syntax;
        result.message = "ongeldige JSON";
    }
    if (result.failure == ParseFailure::None) out = std::move(parsed);
    return result;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c == 0) return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned min_cp = 0;
        unsigned cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1Fu;
            min_cp = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0Fu;
            min_cp = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07u;
            min_cp = 0x10000;
        } else
            return i;
        if (i + len > n) return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0u) != 0x80u) return i;
            cp = (cp << 6) | (s[i + k] & 0x3Fu);
        }
        if (cp < min_cp || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += len;
    }
    return std::nullopt;
}

} // namespace smo::core
