#include "scoring/json/document.hpp"

#include <cstdint>
#include <cstring>
#include <iterator>

namespace smo::json {
namespace {

/// A char iterator that records how far nlohmann's lexer has read, so SAX events know where the
/// token they report ends (the public SAX interface gives no positions for values).
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

/// Builds the DOM through nlohmann's public SAX interface and records the start of every value.
class LocatingSax final : public nlohmann::json_sax<Json> {
  public:
    LocatingSax(std::string_view text, const std::string& file, const Limits& limits,
                std::vector<Diagnostic>& diags, bool record_positions)
        : m_text(text), m_file(file), m_limits(limits), m_diags(diags), m_record(record_positions) {}

    std::size_t furthest = 0;
    Json root;
    SourceMap map;
    bool failed = false;
    bool long_strings = false;

    bool null() override { return scalar_literal(4, Json(nullptr)); }
    bool boolean(bool v) override { return scalar_literal(v ? 4 : 5, Json(v)); }
    bool number_integer(number_integer_t v) override { return scalar_number(Json(v)); }
    bool number_unsigned(number_unsigned_t v) override { return scalar_number(Json(v)); }
    bool number_float(number_float_t v, const string_t& /*text*/) override { return scalar_number(Json(v)); }
    bool string(string_t& s) override {
        if (m_record || s.size() > m_limits.max_string) {
            std::size_t start = string_start();
            std::string ptr = value_pointer();
            check_length(ptr, start, s.size());
            if (m_record) {
                map.add(ptr, lines().at(start));
                map.add_string(ptr, s);
            }
        }
        put(Json(std::move(s)));
        after_value();
        return true;
    }
    bool binary(binary_t& /*b*/) override { return false; } // JSON text has no binary values

    bool start_object(std::size_t /*n*/) override { return start_container(Json::object(), false); }
    bool end_object() override { return end_container(); }
    bool start_array(std::size_t /*n*/) override { return start_container(Json::array(), true); }
    bool end_array() override { return end_container(); }
    bool key(string_t& k) override {
        m_stack.back().key = k;
        if (k.size() > m_limits.max_string)
            check_length(pointer_append(container_pointer(), k), string_start(), k.size());
        return true;
    }

    bool parse_error(std::size_t position, const std::string& /*last_token*/,
                     const Json::exception& ex) override {
        if (!failed) {
            failed = true;
            std::size_t offset = position > 0 ? position - 1 : 0;
            std::string what = ex.what();
            auto colon = what.find(": ", what.find("error"));
            std::string detail = colon == std::string::npos ? what : what.substr(colon + 2);
            if (m_text.find_first_not_of(" \t\r\n") == std::string_view::npos) detail = "het bestand is leeg";
            m_diags.push_back(make_diagnostic(DiagCode::JsonSyntax, m_file, "ongeldige JSON: " + detail,
                                              lines().at(offset)));
        }
        return false;
    }

  private:
    struct Frame {
        Json* value = nullptr;
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

    /// Stores a value where the parser is; returns where it now lives. Parents stay put while a
    /// child is open (only the innermost container grows), so the stack's pointers stay valid.
    Json* put(Json&& v) {
        if (m_stack.empty()) {
            root = std::move(v);
            return &root;
        }
        Frame& f = m_stack.back();
        if (f.is_array) {
            f.value->push_back(std::move(v));
            return &f.value->back();
        }
        auto& object = f.value->get_ref<Json::object_t&>();
        // Files we write list keys in order: appending at the end skips the tree search.
        if (object.empty() || object.rbegin()->first < f.key)
            return &object.emplace_hint(object.end(), f.key, std::move(v))->second;
        Json& slot = object[f.key]; // a repeated key keeps the last value, as nlohmann does
        slot = std::move(v);
        return &slot;
    }

    /// Positions cost a pointer string and a map entry per value; a fast parse skips them.
    void record(std::size_t start) {
        if (m_record) map.add(value_pointer(), lines().at(start));
    }

    void after_value() {
        if (!m_stack.empty() && m_stack.back().is_array) ++m_stack.back().index;
    }

    bool start_container(Json&& empty, bool is_array) {
        std::size_t start = furthest > 0 ? furthest - 1 : 0;
        if (static_cast<int>(m_stack.size()) >= m_limits.max_depth) {
            failed = true;
            m_diags.push_back(make_diagnostic(DiagCode::TooDeep, m_file,
                                              "JSON is dieper genest dan " +
                                                  std::to_string(m_limits.max_depth) + " niveaus",
                                              lines().at(start)));
            return false;
        }
        record(start);
        Json* where = put(std::move(empty));
        m_stack.push_back(Frame{where, is_array, 0, {}});
        return true;
    }

    bool end_container() {
        m_stack.pop_back();
        after_value();
        return true;
    }

    bool scalar_literal(std::size_t length, Json&& v) {
        std::size_t start = furthest >= length ? furthest - length : 0;
        record(start);
        put(std::move(v));
        after_value();
        return true;
    }

    bool scalar_number(Json&& v) {
        // The lexer reads one character past a number (unless the text ends there).
        std::size_t end = furthest;
        if (end > 0 && end <= m_text.size() && !is_number_char(m_text[end - 1])) --end;
        std::size_t start = end;
        while (start > 0 && is_number_char(m_text[start - 1]))
            --start;
        record(start);
        put(std::move(v));
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
        if (bytes <= m_limits.max_string) return;
        long_strings = true;
        m_diags.push_back(make_diagnostic(DiagCode::SizeLimit, m_file,
                                          "tekst van " + std::to_string(bytes) + " bytes; hoogstens " +
                                              std::to_string(m_limits.max_string) + " toegestaan",
                                          lines().at(start), ptr));
    }

    std::string_view m_text;
    /// Built on first use: a parse without positions needs it only to report an error.
    const LineIndex& lines() {
        if (!m_lines) m_lines.emplace(m_text);
        return *m_lines;
    }

    std::optional<LineIndex> m_lines;
    const std::string& m_file;
    const Limits& m_limits;
    std::vector<Diagnostic>& m_diags;
    std::vector<Frame> m_stack;
    bool m_record = true;
};

} // namespace

std::optional<Document> parse(std::string_view text, const std::string& file, const Limits& limits,
                              std::vector<Diagnostic>& diags, Positions positions) {
    if (text.size() > limits.max_bytes) {
        diags.push_back(make_diagnostic(DiagCode::SizeLimit, file,
                                        "bestand is " + std::to_string(text.size()) + " bytes; hoogstens " +
                                            std::to_string(limits.max_bytes) + " toegestaan"));
        return std::nullopt;
    }
    if (auto bad = find_invalid_utf8(text)) {
        diags.push_back(make_diagnostic(DiagCode::NotUtf8, file,
                                        text[*bad] == '\0' ? "bestand bevat NUL-bytes (binair bestand?)"
                                                           : "bestand is geen geldige UTF-8-tekst",
                                        position_of_offset(text, *bad)));
        return std::nullopt;
    }
    const bool record = positions == Positions::Record;
    LocatingSax sax(text, file, limits, diags, record);
    bool ok = false;
    try {
        if (record) {
            TrackingIterator first(text.data(), text.data(), &sax.furthest);
            TrackingIterator last(text.data() + text.size(), text.data(), nullptr);
            ok = Json::sax_parse(first, last, &sax, Json::input_format_t::json, true, false);
        } else {
            // Plain pointers let nlohmann read the buffer directly (a third faster); without the
            // tracked offset a too-deep or too-long diagnostic is not located (see Positions).
            ok = Json::sax_parse(text.data(), text.data() + text.size(), &sax, Json::input_format_t::json,
                                 true, false);
        }
    } catch (const std::exception& e) {
        // sax_parse reports through parse_error; anything else (bad_alloc) ends up here.
        sax.failed = true;
        diags.push_back(make_diagnostic(DiagCode::JsonSyntax, file,
                                        std::string("ongeldige JSON: ") + e.what(), Position{}));
    }
    if (!ok && !sax.failed)
        diags.push_back(make_diagnostic(DiagCode::JsonSyntax, file, "ongeldige JSON", Position{}));
    if (!ok || sax.failed || sax.long_strings) return std::nullopt;
    return Document{std::move(sax.root), std::move(sax.map)};
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        // Eight plain ASCII bytes at a time (no high bit, no NUL): nearly all of a session file.
        if (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, s + i, 8);
            constexpr std::uint64_t kLow = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
            if (((w | ((w - kLow) & ~w)) & kHigh) == 0) {
                i += 8;
                continue;
            }
        }
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

} // namespace smo::json
