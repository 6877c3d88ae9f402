#include "scoring/normalise.hpp"

#include <algorithm>
#include <array>
#include <cassert>

namespace smo::scoring {
namespace {

// Folding of U+00C0..U+017F to ASCII (lower case). Empty: not a letter (× and ÷).
constexpr std::array<const char*, 0x40> kLatin1{
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",  // C0
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss", // D0
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",  // E0
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y",  // F0
};

struct ExtARange {
    char32_t first, last;
    const char* ascii;
};
constexpr std::array kLatinExtA{
    ExtARange{0x100, 0x105, "a"}, ExtARange{0x106, 0x10D, "c"},  ExtARange{0x10E, 0x111, "d"},
    ExtARange{0x112, 0x11B, "e"}, ExtARange{0x11C, 0x123, "g"},  ExtARange{0x124, 0x127, "h"},
    ExtARange{0x128, 0x131, "i"}, ExtARange{0x132, 0x133, "ij"}, ExtARange{0x134, 0x135, "j"},
    ExtARange{0x136, 0x138, "k"}, ExtARange{0x139, 0x142, "l"},  ExtARange{0x143, 0x14B, "n"},
    ExtARange{0x14C, 0x151, "o"}, ExtARange{0x152, 0x153, "oe"}, ExtARange{0x154, 0x159, "r"},
    ExtARange{0x15A, 0x161, "s"}, ExtARange{0x162, 0x167, "t"},  ExtARange{0x168, 0x173, "u"},
    ExtARange{0x174, 0x175, "w"}, ExtARange{0x176, 0x178, "y"},  ExtARange{0x179, 0x17E, "z"},
    ExtARange{0x17F, 0x17F, "s"},
};

// Words after which a '.' does not end the sentence.
constexpr std::array<std::string_view, 22> kAbbreviations{
    "bijv", "bv",  "ca",  "nr",   "dr",   "mr",  "mevr", "dhr",  "evt", "enz", "etc",
    "vs",   "zgn", "art", "incl", "excl", "max", "min",  "resp", "jl",  "blz", "afd",
};

enum class CharClass { Word, Separator, Comma, Stop, Dash, Ignore };

struct Decoded {
    char32_t cp;
    std::size_t length; // bytes consumed; >= 1
    bool valid;
};

Decoded decode_utf8(std::string_view s, std::size_t i) {
    auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) return {b0, 1, true};
    int need;
    char32_t cp;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        cp = b0 & 0x0F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        cp = b0 & 0x07;
    } else {
        return {0xFFFD, 1, false};
    }
    if (i + static_cast<std::size_t>(need) >= s.size()) return {0xFFFD, 1, false};
    for (int k = 1; k <= need; ++k) {
        auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
        if ((b & 0xC0) != 0x80) return {0xFFFD, 1, false};
        cp = (cp << 6) | (b & 0x3F);
    }
    // Overlong, surrogate and out-of-range forms are invalid.
    if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return {0xFFFD, 1, false};
    return {cp, static_cast<std::size_t>(need) + 1, true};
}

bool is_ascii_upper(char32_t cp) {
    return cp >= 'A' && cp <= 'Z';
}

// Classifies a code point and, for letters, gives its ASCII folding.
CharClass classify(char32_t cp, const char*& fold, bool& upper) {
    fold = nullptr;
    upper = false;
    if (cp < 0x80) {
        char c = static_cast<char>(cp);
        if (c >= 'a' && c <= 'z') return CharClass::Word;
        if (c >= 'A' && c <= 'Z') {
            upper = true;
            return CharClass::Word;
        }
        if (c >= '0' && c <= '9') return CharClass::Word;
        if (c == ',') return CharClass::Comma;
        if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':') return CharClass::Stop;
        if (c == '-') return CharClass::Dash;
        return CharClass::Separator;
    }
    if (cp >= 0xC0 && cp <= 0xFF) {
        fold = kLatin1[cp - 0xC0];
        if (*fold == '\0') return CharClass::Separator;
        upper = cp <= 0xDE;
        return CharClass::Word;
    }
    if (cp >= 0x100 && cp <= 0x17F) {
        for (const auto& r : kLatinExtA) {
            if (cp >= r.first && cp <= r.last) {
                fold = r.ascii;
                // Capitals sit on even code points, except in Ĺ..ň and Ź..ž where they sit on odd ones.
                const bool odd_capitals = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
                upper = odd_capitals ? (cp % 2) == 1 : (cp % 2) == 0 && cp != 0x138 && cp != 0x17F;
                return CharClass::Word;
            }
        }
    }
    if (cp >= 0x300 && cp <= 0x36F) return CharClass::Ignore;  // combining diacritics (NFD input)
    if (cp == 0x2013 || cp == 0x2014) return CharClass::Comma; // en/em dash: a clause break
    if (cp == 0x2026) return CharClass::Stop;                  // ellipsis
    if (cp < 0xC0 || (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFFFD ||
        cp == 0xFEFF)
        return CharClass::Separator;
    fold = "\x01"; // any other letter or symbol: part of a word, matches nothing
    return CharClass::Word;
}

// Writes into buffers sized for the worst case up front (every input byte gives at most two output
// bytes plus a separating space), so the per-character path has no capacity checks; finish() trims.
class Builder {
  public:
    Builder(NormalisedText& out, std::size_t input_size) : m_out(out) {
        m_out.tokens.clear();
        std::size_t cap = input_size * 3 + 4;
        if (m_out.text.size() < cap) {
            m_out.text.resize(cap);
            m_out.src_begin.resize(cap);
            m_out.src_end.resize(cap);
        }
        m_text = m_out.text.data();
        m_begin = m_out.src_begin.data();
        m_end = m_out.src_end.data();
        push(' ', 0, 0);
    }

    void word_char(char c, std::uint32_t sb, std::uint32_t se, bool upper) {
        if (!m_in_word) {
            if (back() != ' ') push(' ', sb, sb);
            Token t;
            t.kind = Token::Kind::Word;
            t.capitalised = upper;
            t.begin = m_n;
            t.end = t.begin;
            m_out.tokens.push_back(t);
            m_in_word = true;
        }
        push(c, sb, se);
        m_out.tokens.back().end = m_n;
    }

    /// Inside a word: appends the ASCII letters and digits from input[i] on (lower-cased), the bulk of
    /// any text, without decoding or classifying them one by one; returns where they stop.
    std::size_t word_run(std::string_view input, std::size_t i) {
        for (; i < input.size(); ++i) {
            char c = input[i];
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
            else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
                break;
            push(c, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1));
        }
        m_out.tokens.back().end = m_n;
        return i;
    }

    void separator() { m_in_word = false; }

    void punctuation(Token::Kind kind, char stop, std::uint32_t sb, std::uint32_t se) {
        m_in_word = false;
        if (m_out.tokens.empty()) return; // nothing to separate yet
        Token& last = m_out.tokens.back();
        if (last.kind != Token::Kind::Word) {
            if (kind == Token::Kind::Stop && last.kind == Token::Kind::Comma) {
                last.kind = Token::Kind::Stop;
                last.stop = stop;
                m_text[last.begin] = '.';
            }
            return;
        }
        if (back() != ' ') push(' ', sb, sb);
        Token t;
        t.kind = kind;
        t.stop = stop;
        t.begin = m_n;
        push(kind == Token::Kind::Comma ? ',' : '.', sb, se);
        t.end = t.begin + 1;
        m_out.tokens.push_back(t);
    }

    bool last_is_digit() const { return m_in_word && back() >= '0' && back() <= '9'; }
    bool in_word() const { return m_in_word; }

    std::string_view last_word() const {
        if (m_out.tokens.empty() || m_out.tokens.back().kind != Token::Kind::Word) return {};
        return m_out.token_text(m_out.tokens.back());
    }

    void finish(std::uint32_t end) {
        if (back() != ' ') push(' ', end, end);
        m_out.text.resize(m_n);
        m_out.src_begin.resize(m_n);
        m_out.src_end.resize(m_n);
    }

  private:
    char back() const { return m_text[m_n - 1]; }
    void push(char c, std::uint32_t sb, std::uint32_t se) {
        assert(m_n < m_out.text.size());
        m_text[m_n] = c;
        m_begin[m_n] = sb;
        m_end[m_n] = se;
        ++m_n;
    }
    NormalisedText& m_out;
    char* m_text;
    std::uint32_t* m_begin;
    std::uint32_t* m_end;
    std::uint32_t m_n = 0;
    bool m_in_word = false;
};

bool is_space_byte(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

} // namespace

std::pair<std::size_t, std::size_t> NormalisedText::source_range(std::uint32_t nbegin,
                                                                 std::uint32_t nend) const {
    if (nbegin >= nend || nend > text.size()) return {0, 0};
    return {src_begin[nbegin], src_end[nend - 1]};
}

void NormalisedText::clear() {
    text.clear();
    src_begin.clear();
    src_end.clear();
    tokens.clear();
}

void normalise(std::string_view input, NormalisedText& out) {
    Builder b(out, input.size());
    std::size_t i = 0;
    while (i < input.size()) {
        if (b.in_word()) {
            i = b.word_run(input, i);
            if (i == input.size()) break;
        }
        Decoded d = decode_utf8(input, i);
        auto sb = static_cast<std::uint32_t>(i);
        auto se = static_cast<std::uint32_t>(i + d.length);
        const char* fold = nullptr;
        bool upper = false;
        CharClass cls = d.valid ? classify(d.cp, fold, upper) : CharClass::Separator;
        std::size_t next = i + d.length;
        char next_byte = next < input.size() ? input[next] : ' ';
        bool next_digit = next_byte >= '0' && next_byte <= '9';
        switch (cls) {
        case CharClass::Word:
            if (fold == nullptr) {
                char c = static_cast<char>(d.cp);
                if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
                b.word_char(c, sb, se, is_ascii_upper(d.cp));
            } else {
                bool first = true;
                for (const char* p = fold; *p != '\0'; ++p) {
                    b.word_char(*p, sb, se, first && upper);
                    first = false;
                }
            }
            break;
        case CharClass::Ignore:
            break;
        case CharClass::Separator:
            b.separator();
            break;
        case CharClass::Dash: {
            // "burn-out" joins words (separator); a free-standing " - " is a clause break.
            bool prev_space = i == 0 || is_space_byte(input[i - 1]);
            bool next_space = next >= input.size() || is_space_byte(next_byte);
            if (prev_space && next_space)
                b.punctuation(Token::Kind::Comma, 0, sb, se);
            else
                b.separator();
            break;
        }
        case CharClass::Comma:
            if (d.cp == ',' && b.last_is_digit() && next_digit)
                b.separator(); // "5,8"
            else
                b.punctuation(Token::Kind::Comma, 0, sb, se);
            break;
        case CharClass::Stop: {
            char c = d.cp < 0x80 ? static_cast<char>(d.cp) : '.';
            if ((c == '.' || c == ':') && b.last_is_digit() && next_digit) {
                b.separator(); // "5.000", "10:30"
                break;
            }
            if (c == '.') {
                bool ends = next >= input.size() || is_space_byte(next_byte) || next_byte == '"' ||
                            next_byte == '\'' || next_byte == ')' ||
                            static_cast<unsigned char>(next_byte) >= 0x80;
                std::string_view w = b.in_word() ? b.last_word() : std::string_view{};
                bool abbreviation =
                    b.in_word() && (w.size() == 1 || std::find(kAbbreviations.begin(), kAbbreviations.end(),
                                                               w) != kAbbreviations.end());
                if (!ends || abbreviation) {
                    b.separator();
                    break;
                }
            }
            b.punctuation(Token::Kind::Stop, c, sb, se);
            break;
        }
        }
        i = next;
    }
    b.finish(static_cast<std::uint32_t>(input.size()));
}

std::string normalise_term(std::string_view term) {
    bool prefix = !term.empty() && term.front() == '*';
    if (prefix) term.remove_prefix(1);
    bool suffix = !term.empty() && term.back() == '*';
    if (suffix) term.remove_suffix(1);
    NormalisedText n;
    normalise(term, n);
    std::string result;
    for (const Token& t : n.tokens) {
        if (t.kind != Token::Kind::Word) continue;
        if (!result.empty()) result.push_back(' ');
        result.append(n.token_text(t));
    }
    if (result.empty()) return result;
    if (prefix) result.insert(result.begin(), '*');
    if (suffix) result.push_back('*');
    return result;
}

} // namespace smo::scoring
