#include "core/spell_checker.hpp"

#include <nuspell/dictionary.hxx>

#include <algorithm>
#include <system_error>
#include <unordered_map>

namespace smo::core {
namespace {

// ASCII letters and every byte of a multi-byte UTF-8 sequence (accented and other letters).
bool letter_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// Typographic quotes and dashes (‘ ’ “ ” – —) are UTF-8 but no letters: they separate words.
std::size_t punctuation_length(std::string_view text, std::size_t i) {
    if (i + 2 >= text.size() || static_cast<unsigned char>(text[i]) != 0xE2 ||
        static_cast<unsigned char>(text[i + 1]) != 0x80)
        return 0;
    const auto c = static_cast<unsigned char>(text[i + 2]);
    return (c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D || c == 0x93 || c == 0x94) ? 3 : 0;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}

// Names and abbreviations the dictionary cannot be expected to know.
bool skipped(const TextWord& w) {
    for (char c : w.word)
        if (is_digit(c)) return true;
    if (!is_upper(w.word.front())) return false;
    if (!w.sentence_start) return true; // a name: "Kees", "Zorggroep De Linde"
    std::size_t capitals = 0;
    for (char c : w.word)
        capitals += is_upper(c);
    return capitals > 1; // "UWV", "HR"
}

} // namespace

struct SpellChecker::Impl {
    nuspell::Dictionary dictionary;
    std::unordered_map<std::string, std::vector<std::string>> suggestions; ///< a suggestion can take a second
};

SpellChecker::SpellChecker(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
SpellChecker::~SpellChecker() = default;
SpellChecker::SpellChecker(SpellChecker&&) noexcept = default;
SpellChecker& SpellChecker::operator=(SpellChecker&&) noexcept = default;

std::unique_ptr<SpellChecker> SpellChecker::load(const std::filesystem::path& aff, std::string& error) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(aff, ec)) {
        error = aff.string() + ": woordenboek niet gevonden; installeer het pakket hunspell-nl";
        return nullptr;
    }
    auto impl = std::make_unique<Impl>();
    try {
        impl->dictionary.load_aff_dic(aff);
    } catch (const std::exception& e) {
        error = aff.string() + ": woordenboek niet te lezen (" + e.what() + ")";
        return nullptr;
    }
    return std::unique_ptr<SpellChecker>(new SpellChecker(std::move(impl)));
}

std::filesystem::path SpellChecker::default_dutch_dictionary() {
    std::error_code ec;
    for (const char* p : {"/usr/share/hunspell/nl_NL.aff", "/usr/share/hunspell/nl.aff"})
        if (std::filesystem::is_regular_file(p, ec)) return p;
    return "/usr/share/hunspell/nl_NL.aff";
}

bool SpellChecker::known(std::string_view word) const {
    return m_impl->dictionary.spell(word);
}

std::vector<UnknownWord> SpellChecker::check(std::string_view text, std::size_t max_suggestions,
                                             const std::function<bool()>& cancelled) const {
    std::vector<UnknownWord> out;
    for (const TextWord& w : split_words(text)) {
        if (cancelled && cancelled()) break;
        if (w.word.size() < 2 || skipped(w) || known(w.word)) continue;
        UnknownWord u{std::string(w.word), w.offset, {}};
        if (max_suggestions > 0) {
            auto [it, fresh] = m_impl->suggestions.try_emplace(u.word);
            if (fresh) m_impl->dictionary.suggest(w.word, it->second);
            u.suggestions.assign(it->second.begin(),
                                 it->second.begin() + std::min(it->second.size(), max_suggestions));
        }
        out.push_back(std::move(u));
    }
    return out;
}

std::vector<TextWord> split_words(std::string_view text) {
    std::vector<TextWord> words;
    bool sentence_start = true;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (std::size_t n = punctuation_length(text, i); n > 0) {
            i += n;
            continue;
        }
        if (!letter_byte(c) && !is_digit(text[i])) {
            if (text[i] == '.' || text[i] == '!' || text[i] == '?' || text[i] == '\n') sentence_start = true;
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size()) {
            const auto d = static_cast<unsigned char>(text[end]);
            if (punctuation_length(text, end) > 0) break;
            if (letter_byte(d) || is_digit(text[end])) {
                ++end;
                continue;
            }
            // An apostrophe or hyphen between letters stays inside the word.
            const bool joiner = text[end] == '\'' || text[end] == '-';
            if (joiner && end + 1 < text.size() && letter_byte(static_cast<unsigned char>(text[end + 1]))) {
                ++end;
                continue;
            }
            break;
        }
        words.push_back({text.substr(i, end - i), i, sentence_start});
        sentence_start = false;
        i = end;
    }
    return words;
}

} // namespace smo::core
