#include "cli/jsonl_reader.hpp"

#include "scoring/taxonomy.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <istream>

namespace smo::cli {

// [SECTION] bounded line reading

BoundedLineReader::BoundedLineReader(std::istream& in, std::size_t max_bytes)
    : m_in(in), m_max(max_bytes), m_chunk(64 * 1024) {}

bool BoundedLineReader::next() {
    m_line.clear();
    m_too_long = false;
    m_length = 0;
    bool any = false;
    for (;;) {
        if (m_pos == m_end) {
            m_in.read(m_chunk.data(), static_cast<std::streamsize>(m_chunk.size()));
            m_end = static_cast<std::size_t>(m_in.gcount());
            m_pos = 0;
            if (m_end == 0) return any;
        }
        any = true;
        const char* begin = m_chunk.data() + m_pos;
        const auto* nl = static_cast<const char*>(std::memchr(begin, '\n', m_end - m_pos));
        std::size_t n = nl ? static_cast<std::size_t>(nl - begin) : m_end - m_pos;
        m_length += n;
        if (!m_too_long) {
            if (m_line.size() + n > m_max) {
                // Keep the prefix (up to the limit) so the id can still be named; drop the rest.
                m_line.append(begin, m_max - m_line.size());
                m_too_long = true;
            } else {
                m_line.append(begin, n);
            }
        }
        m_pos += n;
        if (nl) {
            ++m_pos;
            return true;
        }
    }
}

// [SECTION] a small validating JSON reader for the --jsonl hot path. nlohmann builds a DOM per line,
// which costs more than judging the statement; this reads the few fields the contract defines,
// skips (but still validates) everything else, and reports a broken line without throwing.

namespace {

using scoring::Context;

std::size_t utf8_length(unsigned char c) {
    return c < 0x80                   ? 1
           : (c >= 0xC2 && c <= 0xDF) ? 2
           : (c >= 0xE0 && c <= 0xEF) ? 3
           : (c >= 0xF0 && c <= 0xF4) ? 4
                                      : 0;
}

/// Length of the valid UTF-8 sequence at `s[i]`, 0 when it is not valid.
std::size_t valid_sequence(std::string_view s, std::size_t i) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = utf8_length(c);
    if (len == 0 || i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
    auto c1 = len > 1 ? static_cast<unsigned char>(s[i + 1]) : 0;
    if (len == 3 && ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F))) return 0; // overlong, surrogate
    if (len == 4 && ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F))) return 0;
    return len;
}

/// The offset of the first NUL byte or invalid UTF-8 sequence, or npos.
std::size_t first_bad_byte(std::string_view s, bool& is_nul) {
    for (std::size_t i = 0; i < s.size();) {
        is_nul = s[i] == '\0';
        std::size_t len = is_nul ? 0 : valid_sequence(s, i);
        if (len == 0) return i;
        i += len;
    }
    is_nul = false;
    return std::string_view::npos;
}

const char* json_type_name(char c) {
    switch (c) {
    case '"':
        return "tekst";
    case '{':
        return "object";
    case '[':
        return "lijst";
    case 't':
    case 'f':
        return "boolean";
    case 'n':
        return "null";
    default:
        return "getal";
    }
}

// Bytes a JSON string holds as they are: printable ASCII but the quote and the backslash.
constexpr std::array<bool, 256> kPlainAscii = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c)
        plain[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
    return plain;
}();

class LineReader {
  public:
    explicit LineReader(std::string_view s) : m_s(s) {}

    /// Reads the whole line into `r`. A field error does not stop the read, so the id is kept
    /// even when it comes after the bad field.
    void read(CheckRequest& r) {
        reset(r);
        skip_ws();
        if (!object([&](std::string_view key) { return top_field(key, r); })) return syntax_error(r);
        skip_ws();
        if (m_i != m_s.size()) return syntax_error(r);
        if (!m_field_error.empty()) {
            r.error = std::move(m_field_error);
            return;
        }
        if (!m_has_text) {
            r.error = "veld \"text\" ontbreekt of is geen tekst";
            return;
        }
        if (auto nul = r.text.find('\0'); nul != std::string::npos) {
            r.error = "de tekst bevat een NUL-teken (\\u0000)";
            if (auto at = m_s.find("\\u0000"); at != std::string_view::npos) r.column = at + 1;
            return;
        }
        r.ok = true;
    }

    /// Reads only `{"id": VALUE` at the start (a line too long to parse whole).
    bool leading_id(std::string& id_json) {
        skip_ws();
        std::string key;
        if (!eat('{')) return false;
        skip_ws();
        if (!string(&key) || key != "id" || !eat(':')) return false;
        skip_ws();
        std::size_t start = m_i;
        if (!value()) return false;
        id_json.assign(m_s.substr(start, m_i - start));
        return true;
    }

    std::size_t id_begin() const { return m_id_begin; }
    std::size_t id_end() const { return m_id_end; }

  private:
    static void reset(CheckRequest& r) {
        static const Context kDefault;
        r.ok = false;
        r.error.clear();
        r.column.reset();
        r.id_json.assign("null");
        r.text.clear();
        r.context.who_present.assign(kDefault.who_present.begin(), kDefault.who_present.end());
        r.context.smo_type.assign(kDefault.smo_type);
        r.context.worker_informed = kDefault.worker_informed;
        r.context.kept_out.clear();
        r.context.group_size.reset();
        r.context.participant_names.clear();
    }
    void syntax_error(CheckRequest& r) {
        r.ok = false;
        r.error = "geen geldige JSON";
        r.column = m_i + 1;
    }
    // The first wrong field wins; the read goes on (to find the id).
    void field_error(std::string_view field, std::string_view expected, const char* found) {
        if (!m_field_error.empty()) return;
        m_field_error = "veld \"context.";
        m_field_error.append(field);
        m_field_error += "\" heeft het verkeerde type: verwacht ";
        m_field_error.append(expected);
        if (found) {
            m_field_error += ", gevonden ";
            m_field_error += found;
        }
    }
    void value_error(std::string_view field, std::string_view what, std::string_view value,
                     std::string_view expected) {
        if (!m_field_error.empty()) return;
        m_field_error = "veld \"context.";
        m_field_error.append(field);
        m_field_error += "\": ";
        m_field_error.append(what);
        m_field_error += " \"";
        m_field_error.append(value);
        m_field_error += "\" (verwacht ";
        m_field_error.append(expected);
        m_field_error += ")";
    }
    const char* current_type() const { return m_i < m_s.size() ? json_type_name(m_s[m_i]) : "niets"; }
    void skip_ws() {
        while (m_i < m_s.size() &&
               (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\n' || m_s[m_i] == '\r'))
            ++m_i;
    }
    bool peek(char c) {
        skip_ws();
        return m_i < m_s.size() && m_s[m_i] == c;
    }
    bool eat(char c) {
        if (!peek(c)) return false;
        ++m_i;
        return true;
    }
    bool literal(std::string_view word) {
        if (m_s.substr(m_i, word.size()) != word) return false;
        m_i += word.size();
        return true;
    }
    static void append_utf8(std::string& out, std::uint32_t cp) {
        if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
    }
    bool hex4(std::uint32_t& v) {
        if (m_i + 4 > m_s.size()) return false;
        v = 0;
        for (int k = 0; k < 4; ++k) {
            char c = m_s[m_i++];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= static_cast<std::uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= static_cast<std::uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= static_cast<std::uint32_t>(c - 'A' + 10);
            else
                return false;
        }
        return true;
    }
    // A string; `out` may be null to only validate. Raw bytes must be valid UTF-8.
    bool string(std::string* out) {
        if (!eat('"')) return false;
        while (m_i < m_s.size()) {
            // Plain ASCII needs no check per byte: copy the run in one go (most text is such runs).
            const char* const end = m_s.data() + m_s.size();
            const char* stop = m_s.data() + m_i;
            while (stop != end && kPlainAscii[static_cast<unsigned char>(*stop)])
                ++stop;
            const auto run = static_cast<std::size_t>(stop - m_s.data());
            if (run > m_i) {
                if (out) out->append(m_s.data() + m_i, run - m_i);
                m_i = run;
                if (m_i == m_s.size()) break;
            }
            auto c = static_cast<unsigned char>(m_s[m_i]);
            if (c == '"') {
                ++m_i;
                return true;
            }
            if (c < 0x20) return false;
            if (c == '\\') {
                if (++m_i >= m_s.size()) return false;
                char e = m_s[m_i++];
                char plain = 0;
                switch (e) {
                case '"':
                    plain = '"';
                    break;
                case '\\':
                    plain = '\\';
                    break;
                case '/':
                    plain = '/';
                    break;
                case 'b':
                    plain = '\b';
                    break;
                case 'f':
                    plain = '\f';
                    break;
                case 'n':
                    plain = '\n';
                    break;
                case 'r':
                    plain = '\r';
                    break;
                case 't':
                    plain = '\t';
                    break;
                case 'u': {
                    std::uint32_t cp = 0;
                    if (!hex4(cp)) return false;
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        std::uint32_t lo = 0;
                        if (m_s.substr(m_i, 2) != "\\u") return false;
                        m_i += 2;
                        if (!hex4(lo) || lo < 0xDC00 || lo > 0xDFFF) return false;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                        return false;
                    }
                    if (out) append_utf8(*out, cp);
                    continue;
                }
                default:
                    return false;
                }
                if (out) out->push_back(plain);
                continue;
            }
            std::size_t len = valid_sequence(m_s, m_i);
            if (len == 0) return false;
            if (out) out->append(m_s.substr(m_i, len));
            m_i += len;
        }
        return false;
    }
    bool number(std::optional<long long>* as_int) {
        std::size_t start = m_i;
        if (m_i < m_s.size() && m_s[m_i] == '-') ++m_i;
        if (m_i >= m_s.size() || m_s[m_i] < '0' || m_s[m_i] > '9') return false;
        if (m_s[m_i] == '0')
            ++m_i;
        else
            while (m_i < m_s.size() && m_s[m_i] >= '0' && m_s[m_i] <= '9')
                ++m_i;
        bool integer = true;
        if (m_i < m_s.size() && m_s[m_i] == '.') {
            integer = false;
            ++m_i;
            std::size_t d = m_i;
            while (m_i < m_s.size() && m_s[m_i] >= '0' && m_s[m_i] <= '9')
                ++m_i;
            if (m_i == d) return false;
        }
        if (m_i < m_s.size() && (m_s[m_i] == 'e' || m_s[m_i] == 'E')) {
            integer = false;
            ++m_i;
            if (m_i < m_s.size() && (m_s[m_i] == '+' || m_s[m_i] == '-')) ++m_i;
            std::size_t d = m_i;
            while (m_i < m_s.size() && m_s[m_i] >= '0' && m_s[m_i] <= '9')
                ++m_i;
            if (m_i == d) return false;
        }
        if (as_int && integer) {
            long long v = 0;
            auto [p, ec] = std::from_chars(m_s.data() + start, m_s.data() + m_i, v);
            if (ec == std::errc() && p == m_s.data() + m_i) *as_int = v;
        }
        return true;
    }
    bool value() { // validate and skip any value
        if (++m_depth > 64) return false;
        skip_ws();
        bool ok = false;
        if (m_i >= m_s.size())
            ok = false;
        else if (m_s[m_i] == '"')
            ok = string(nullptr);
        else if (m_s[m_i] == '{')
            ok = object([&](std::string_view) { return value(); });
        else if (m_s[m_i] == '[')
            ok = array([&] { return value(); });
        else if (m_s[m_i] == 't')
            ok = literal("true");
        else if (m_s[m_i] == 'f')
            ok = literal("false");
        else if (m_s[m_i] == 'n')
            ok = literal("null");
        else
            ok = number(nullptr);
        --m_depth;
        return ok;
    }
    template <typename Field> bool object(Field field) {
        if (!eat('{')) return false;
        if (eat('}')) return true;
        std::string key;
        do {
            key.clear();
            skip_ws();
            if (!string(&key) || !eat(':')) return false;
            skip_ws();
            if (!field(key)) return false;
        } while (eat(','));
        return eat('}');
    }
    template <typename Item> bool array(Item item) {
        if (!eat('[')) return false;
        if (eat(']')) return true;
        do {
            skip_ws();
            if (!item()) return false;
        } while (eat(','));
        return eat(']');
    }
    // A list of ids, each checked by `known`; anything else is an error naming the field.
    template <typename Known>
    bool id_list(std::string_view field, std::vector<std::string>& out, Known known, std::string_view what) {
        if (m_i >= m_s.size() || m_s[m_i] != '[') {
            field_error(field, "een lijst met teksten", current_type());
            return value();
        }
        out.clear();
        return array([&] {
            skip_ws();
            if (m_i < m_s.size() && m_s[m_i] == '"') {
                std::string v;
                if (!string(&v)) return false;
                if (!known(v)) value_error(field, what, v, "een id uit de taxonomie");
                out.push_back(std::move(v));
                return true;
            }
            field_error(field, "een lijst met teksten", "een lijst met een ander type erin");
            return value();
        });
    }
    bool top_field(std::string_view key, CheckRequest& r) {
        if (key == "id") {
            m_id_begin = m_i;
            if (!value()) return false;
            m_id_end = m_i;
            r.id_json.assign(m_s.substr(m_id_begin, m_i - m_id_begin));
            return true;
        }
        if (key == "text") {
            if (m_i < m_s.size() && m_s[m_i] == '"') {
                r.text.clear();
                m_has_text = string(&r.text);
                return m_has_text;
            }
            m_has_text = false;
            return value();
        }
        if (key == "context") {
            if (m_i < m_s.size() && m_s[m_i] == 'n') return literal("null"); // no context: defaults
            if (m_i >= m_s.size() || m_s[m_i] != '{') {
                if (m_field_error.empty())
                    m_field_error =
                        std::string(
                            "veld \"context\" heeft het verkeerde type: verwacht een object, gevonden ") +
                        current_type();
                return value();
            }
            return object([&](std::string_view k) { return context_field(k, r.context); });
        }
        return value();
    }
    bool context_field(std::string_view key, Context& c) {
        skip_ws();
        if (key == "who_present")
            return id_list(
                key, c.who_present, [](std::string_view v) { return scoring::find_role(v) != nullptr; },
                "onbekende rol");
        if (key == "kept_out")
            return id_list(
                key, c.kept_out, [](std::string_view v) { return scoring::find_category(v) != nullptr; },
                "onbekende categorie");
        if (key == "smo_type") {
            if (m_i < m_s.size() && m_s[m_i] == '"') {
                std::string t;
                if (!string(&t)) return false;
                if (scoring::is_smo_type(t))
                    c.smo_type = std::move(t);
                else
                    value_error(key, "onbekend SMO-type", t,
                                "individueel_opeenvolgend, met_werknemer of thema_beleid");
                return true;
            }
            field_error(key, "een tekst (individueel_opeenvolgend, met_werknemer of thema_beleid)",
                        current_type());
            return value();
        }
        if (key == "worker_informed") {
            if (m_i < m_s.size() && (m_s[m_i] == 't' || m_s[m_i] == 'f')) {
                bool v = m_s[m_i] == 't';
                if (!literal(v ? "true" : "false")) return false;
                c.worker_informed = v;
                return true;
            }
            field_error(key, "boolean (true of false)", current_type());
            return value();
        }
        if (key == "group_size") {
            if (m_i < m_s.size() && m_s[m_i] == 'n') { // null: the size is unknown (contract)
                c.group_size.reset();
                return literal("null");
            }
            if (m_i < m_s.size() && (m_s[m_i] == '-' || (m_s[m_i] >= '0' && m_s[m_i] <= '9'))) {
                std::optional<long long> v;
                if (!number(&v)) return false;
                if (v && *v >= 0 && *v < 100000000)
                    c.group_size = static_cast<int>(*v);
                else
                    field_error(key, "een geheel getal van 0 tot 100000000 of null", "een ander getal");
                return true;
            }
            field_error(key, "een geheel getal of null", current_type());
            return value();
        }
        return value();
    }

    std::string_view m_s;
    std::size_t m_i = 0;
    int m_depth = 0;
    bool m_has_text = false;
    std::string m_field_error;
    std::size_t m_id_begin = 0, m_id_end = 0;
};

} // namespace

void parse_check_line(std::string_view line, CheckRequest& out) {
    LineReader reader(line);
    reader.read(out);
    if (out.ok || out.error != "geen geldige JSON") return;
    // Name a NUL byte or invalid UTF-8 with its column; keep the id when the line parses with
    // the bad bytes blanked out and the id does not contain them.
    bool is_nul = false;
    std::size_t bad = first_bad_byte(line, is_nul);
    if (bad == std::string_view::npos) return;
    std::string cleaned(line);
    for (std::size_t i = bad; i < cleaned.size();) {
        bool nul = false;
        std::size_t next = first_bad_byte(std::string_view(cleaned).substr(i), nul);
        if (next == std::string_view::npos) break;
        cleaned[i + next] = '?';
        i += next + 1;
    }
    CheckRequest again;
    LineReader second(cleaned);
    second.read(again);
    bool id_clean = again.id_json != "null" && !(bad >= second.id_begin() && bad < second.id_end());
    out.id_json = id_clean ? again.id_json : "null";
    out.column = bad + 1;
    out.error = is_nul ? "de regel bevat een NUL-byte" : "de regel is geen geldige UTF-8";
}

void too_long_line(std::string_view prefix, std::size_t length, CheckRequest& out) {
    out = CheckRequest{};
    LineReader reader(prefix);
    std::string id;
    if (reader.leading_id(id)) out.id_json = id;
    out.error = "regel te lang: " + std::to_string(length) + " bytes, de grens is 1 MiB (" +
                std::to_string(kMaxJsonlLineBytes) + " bytes)";
}

} // namespace smo::cli
