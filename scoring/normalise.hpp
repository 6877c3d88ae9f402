#pragma once
// Text normalisation for the Dutch analyser: UTF-8 in, a lower-case ASCII token stream out, with a
// map from every normalised byte back to the original bytes. Lexicon terms and statements go
// through the same function, so "Burn-out", "burn out" and "burn-óut" meet in the middle.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace smo::scoring {

/// One token of the normalised text.
struct Token {
    enum class Kind : std::uint8_t { Word, Comma, Stop };
    Kind kind = Kind::Word;
    char stop = 0;            ///< for Stop: '.', '?', '!', ';' or ':' (what ended the sentence)
    bool capitalised = false; ///< the original word started with an upper-case letter
    std::uint32_t begin = 0;  ///< offset in NormalisedText::text
    std::uint32_t end = 0;
};

/// Normalised text: `text` is " tok tok , tok . " (tokens separated by one space, a space at both
/// ends). Word characters are a-z, 0-9 and '\x01' (any other letter: matches no lexicon term).
/// Commas become a "," token, sentence ends a "." token, everything else separates words.
struct NormalisedText {
    std::string text;
    std::vector<std::uint32_t> src_begin; ///< per byte of `text`: first original byte it came from
    std::vector<std::uint32_t> src_end;   ///< per byte of `text`: one past the last original byte
    std::vector<Token> tokens;

    /// Original byte range [begin, end) of the normalised range [nbegin, nend).
    std::pair<std::size_t, std::size_t> source_range(std::uint32_t nbegin, std::uint32_t nend) const;
    std::string_view token_text(const Token& t) const {
        return std::string_view(text).substr(t.begin, t.end - t.begin);
    }
    void clear();
};

/// Normalises `input` (any bytes; invalid UTF-8 is treated as a separator, never an error) into
/// `out`, reusing its buffers. Lower case, diacritics removed (é→e, ß→ss, ĳ→ij), hyphens,
/// apostrophes, quotes and brackets to spaces; "," and sentence ends kept as tokens except inside
/// numbers ("5,8") and after common abbreviations ("bijv.", "art.").
void normalise(std::string_view input, NormalisedText& out);

/// Normalises a lexicon term: same folding, but keeps '*' (wildcard) and never emits punctuation
/// tokens; returns the words joined by single spaces, without the outer spaces.
std::string normalise_term(std::string_view term);

/// One bit per (length, first letter, last letter) of a word: a word and a listed word equal to it
/// share the bit, so the bits of a word list rule out most tokens (and ranges) before any comparison.
constexpr std::uint64_t word_bit(std::string_view w) {
    if (w.empty()) return 0;
    const std::size_t mix =
        w.size() * 7 + static_cast<unsigned char>(w.front()) * 3 + static_cast<unsigned char>(w.back());
    return std::uint64_t{1} << (mix & 63);
}

/// True for characters that may appear inside a normalised word.
inline bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\x01';
}

} // namespace smo::scoring
