#include "core/json_syntax.hpp"

#include "scoring/json/source_map.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace smo::core {
namespace {

constexpr std::string_view kCurlyHint = "Gebruik rechte aanhalingstekens (\") in plaats van “ ” of ‘ ’";

/// Length of a curly quote (“ ” ‘ ’ „ are three bytes in UTF-8) at `i`, or 0.
std::size_t curly_at(std::string_view t, std::size_t i) {
    if (i + 3 > t.size()) return 0;
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(t[i + k]); };
    if (b(0) == 0xE2 && b(1) == 0x80 &&
        (b(2) == 0x9C || b(2) == 0x9D || b(2) == 0x98 || b(2) == 0x99 || b(2) == 0x9E))
        return 3;
    return 0;
}

bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.' || c == '+';
}

struct Failure {};

class Scanner {
  public:
    explicit Scanner(std::string_view t) : t(t) {}

    std::optional<JsonSyntaxProblem> run() {
        try {
            if (t.substr(0, 3) == "\xEF\xBB\xBF") i = 3; // a BOM is not an error
            skip_ws();
            if (i >= t.size()) fail(0, "het bestand is leeg; een scenario begint met {");
            value(0);
            skip_ws();
            if (i < t.size())
                fail(i, "tekst na het einde van het JSON-document (het document sloot op " +
                            where(m_last_end - 1) + "); staat er een '}' of ']' te veel?");
        } catch (const Failure&) {
            return m_problem;
        }
        return std::nullopt;
    }

  private:
    [[noreturn]] void fail(std::size_t at, std::string message) {
        m_problem = JsonSyntaxProblem{at, "ongeldige JSON: " + std::move(message)};
        throw Failure{};
    }
    /// After a text token that itself holds a curly quote, that quote is the likely cause.
    [[noreturn]] void fail_after_value(std::size_t at, std::string message) {
        if (m_curly_in_last_string) fail(*m_curly_in_last_string, std::string(kCurlyHint));
        fail(at, std::move(message));
    }
    std::string where(std::size_t offset) const {
        auto p = json::position_of_offset(t, offset);
        return "regel " + std::to_string(p.line) + ":" + std::to_string(p.column);
    }

    void skip_ws() {
        while (i < t.size()) {
            char c = t[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ++i;
            } else if (c == '/' && i + 1 < t.size() && (t[i + 1] == '/' || t[i + 1] == '*')) {
                fail(i,
                     "commentaar (// of /* */) is in JSON niet toegestaan; zet een toelichting in een veld "
                     "\"note\" of haal het weg");
            } else {
                break;
            }
        }
    }

    void value(int depth) {
        if (depth > 512) throw Failure{}; // deeper than any loader allows: reported as SC005
        skip_ws();
        if (i >= t.size()) unexpected_end();
        m_curly_in_last_string.reset();
        char c = t[i];
        if (c == '{') return object(depth);
        if (c == '[') return array(depth);
        if (c == '"') return string();
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        if (curly_at(t, i)) fail(i, std::string(kCurlyHint));
        if (c == '\'') fail(i, "gebruik dubbele aanhalingstekens (\") rond tekst, geen enkele (')");
        if (is_word_char(c)) {
            std::size_t end = i;
            while (end < t.size() && is_word_char(t[end]))
                ++end;
            std::string_view word = t.substr(i, end - i);
            if (word == "true" || word == "false" || word == "null") {
                i = end;
                m_last_end = i;
                return;
            }
            fail(i,
                 "onbekende waarde '" + std::string(word) +
                     "'; zet tekst tussen rechte aanhalingstekens (\"...\") of gebruik true, false of null "
                     "(kleine letters)");
        }
        if (c == '}' || c == ']') fail(i, std::string("hier hoort een waarde, maar '") + c + "' sluit al af");
        fail(i, std::string("onverwacht teken '") + printable(i) + "' waar een waarde hoort");
    }

    std::string printable(std::size_t at) const {
        unsigned char c = static_cast<unsigned char>(t[at]);
        if (c < 0x20 || c == 0x7F) {
            static constexpr char kHex[] = "0123456789ABCDEF";
            return std::string("U+00") + kHex[c >> 4] + kHex[c & 15];
        }
        std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        return std::string(t.substr(at, n));
    }

    [[noreturn]] void unexpected_end() {
        if (!m_open.empty()) {
            std::size_t open = m_open.back();
            fail(t.size(), std::string("het bestand houdt op terwijl '") + t[open] + "' van " + where(open) +
                               " nog open is; ontbreekt een '" + (t[open] == '{' ? "}" : "]") + "'?");
        }
        fail(t.size(), "het bestand houdt midden in een waarde op");
    }

    void container(int depth, bool is_object) {
        const char close = is_object ? '}' : ']';
        const char* what = is_object ? "velden" : "elementen";
        m_open.push_back(i);
        ++i;
        skip_ws();
        if (i < t.size() && t[i] == close) {
            ++i;
            m_open.pop_back();
            m_last_end = i;
            return;
        }
        while (true) {
            if (is_object) {
                skip_ws();
                key();
                skip_ws();
                if (i >= t.size()) unexpected_end();
                if (t[i] != ':')
                    fail_after_value(m_last_end,
                                     "na de sleutel \"" + m_last_key + "\" hoort een dubbele punt (:)");
                ++i;
            }
            value(depth + 1);
            std::size_t value_end = m_last_end;
            skip_ws();
            if (i >= t.size()) unexpected_end();
            char c = t[i];
            if (c == ',') {
                std::size_t comma = i;
                ++i;
                skip_ws();
                if (i < t.size() && (t[i] == '}' || t[i] == ']'))
                    fail(comma, std::string("komma na het laatste ") + (is_object ? "veld" : "element") +
                                    "; haal deze komma weg");
                continue;
            }
            if (c == close) {
                ++i;
                m_open.pop_back();
                m_last_end = i;
                m_curly_in_last_string.reset();
                return;
            }
            if (c == '}' || c == ']') {
                std::size_t open = m_open.back();
                fail(i, std::string("'") + c + "' sluit hier, maar de '" + t[open] + "' van " + where(open) +
                            " wordt met '" + close + "' gesloten");
            }
            // Something starts where a comma or the end was expected: the comma is missing after
            // the previous value, which is where the author has to type it.
            if (c == '"' || c == '{' || c == '[' || c == '-' || (c >= '0' && c <= '9') || is_word_char(c) ||
                curly_at(t, i))
                fail_after_value(value_end, std::string("hier ontbreekt een komma (,) tussen twee ") + what);
            fail_after_value(i, std::string("onverwacht teken '") + printable(i) + "'; verwacht ',' of '" +
                                    close + "'");
        }
    }
    void object(int depth) { container(depth, true); }
    void array(int depth) { container(depth, false); }

    void key() {
        if (i >= t.size()) unexpected_end();
        char c = t[i];
        if (c == '"') {
            string();
            return;
        }
        if (curly_at(t, i)) fail(i, std::string(kCurlyHint));
        if (c == '\'') fail(i, "gebruik dubbele aanhalingstekens (\") rond een sleutel, geen enkele (')");
        if (c == '}' || c == ']') fail(i, "hier hoort een sleutel tussen aanhalingstekens");
        if (is_word_char(c)) {
            std::size_t end = i;
            while (end < t.size() && is_word_char(t[end]))
                ++end;
            fail(i, "sleutel '" + std::string(t.substr(i, end - i)) +
                        "' hoort tussen rechte aanhalingstekens: \"" + std::string(t.substr(i, end - i)) +
                        "\"");
        }
        fail(i, std::string("onverwacht teken '") + printable(i) + "' waar een sleutel (\"naam\") hoort");
    }

    void string() {
        const std::size_t open = i;
        ++i;
        std::optional<std::size_t> curly, structural;
        std::string content;
        while (true) {
            if (i >= t.size())
                fail(curly.value_or(open),
                     curly ? std::string(kCurlyHint)
                           : "tekst zonder afsluitend aanhalingsteken (\"); sluit hem af");
            unsigned char c = static_cast<unsigned char>(t[i]);
            if (c == '"') break;
            if (c == '\\') {
                if (i + 1 >= t.size()) unexpected_end();
                char e = t[i + 1];
                if (e == 'u') {
                    for (std::size_t k = 2; k < 6; ++k) {
                        char h = i + k < t.size() ? t[i + k] : ' ';
                        bool hex = (h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F');
                        if (!hex)
                            fail(i, "\\u hoort gevolgd door vier hexadecimale cijfers, bijvoorbeeld \\u00e9");
                    }
                    i += 6;
                    continue;
                }
                if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos)
                    fail(i, std::string("ongeldige escape '\\") + printable(i + 1) +
                                "' in tekst; schrijf een backslash als \\\\");
                content += e;
                i += 2;
                continue;
            }
            if (c == '\n' || c == '\r')
                fail(curly.value_or(open),
                     curly ? std::string(kCurlyHint)
                           : "tekst loopt door over het regeleinde; sluit hem af met \" op "
                             "dezelfde regel (een nieuwe regel in tekst schrijf je als \\n)");
            if (c == '\t') fail(i, "tab in tekst; vervang hem door spaties of schrijf \\t");
            if (c < 0x20) fail(i, "onzichtbaar stuurteken " + printable(i) + " in tekst; haal het weg");
            if (std::size_t n = curly_at(t, i)) {
                if (!curly) curly = i;
                // A curly quote followed by ':' ',' '}' or ']' probably closed a key or value; one
                // inside prose ("zei “ja”") is fine and must not be blamed for a later slip.
                std::size_t k = i + n;
                while (k < t.size() && t[k] == ' ')
                    ++k;
                if (!structural && k < t.size() &&
                    std::string_view(":,}]").find(t[k]) != std::string_view::npos)
                    structural = i;
            }
            content += static_cast<char>(c);
            ++i;
        }
        ++i;
        m_last_end = i;
        m_last_key = content.size() > 40 ? content.substr(0, 40) + "..." : content;
        m_curly_in_last_string = structural;
    }

    void number() {
        std::size_t start = i;
        if (t[i] == '-') ++i;
        auto digits = [&] {
            std::size_t from = i;
            while (i < t.size() && t[i] >= '0' && t[i] <= '9')
                ++i;
            return i - from;
        };
        std::size_t int_start = i;
        std::size_t n = digits();
        if (n == 0) fail(start, "ongeldig getal: na '-' hoort een cijfer");
        if (n > 1 && t[int_start] == '0')
            fail(start, "ongeldig getal: geen voorloopnullen (schrijf 7, niet 07)");
        if (i < t.size() && t[i] == '.') {
            ++i;
            if (digits() == 0) fail(start, "ongeldig getal: na de punt hoort een cijfer (1.5)");
        }
        if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
            ++i;
            if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
            if (digits() == 0) fail(start, "ongeldig getal: exponent zonder cijfers");
        }
        if (i < t.size() && is_word_char(t[i]) && t[i] != '-' && t[i] != '+')
            fail(start, "ongeldig getal; zet tekst tussen rechte aanhalingstekens");
        if (std::isinf(std::strtod(std::string(t.substr(start, i - start)).c_str(), nullptr)))
            fail(start, "getal is te groot");
        m_last_end = i;
    }

    std::string_view t;
    std::size_t i = 0;
    std::size_t m_last_end = 0;
    std::string m_last_key;
    std::optional<std::size_t> m_curly_in_last_string;
    std::vector<std::size_t> m_open;
    std::optional<JsonSyntaxProblem> m_problem;
};

} // namespace

std::optional<JsonSyntaxProblem> find_json_syntax_problem(std::string_view text) {
    return Scanner(text).run();
}

} // namespace smo::core
