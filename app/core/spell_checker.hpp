#pragma once
// Spelling help for what the trainee types (free-text statements, reflection answers): Debian's
// Dutch Hunspell dictionary (hunspell-nl, OpenTaal) read by nuspell. Advisory only: it never blocks
// a submission. Loading takes about a second and a suggestion up to about a second per unknown
// word, so callers run it off the frame (see spelling_service.hpp).

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace smo::core {

/// A word the dictionary does not know, with its byte offset in the text and suggestions.
struct UnknownWord {
    std::string word;
    std::size_t offset = 0;
    std::vector<std::string> suggestions; ///< best first, at most the number asked for
};

class SpellChecker {
  public:
    ~SpellChecker();
    SpellChecker(SpellChecker&&) noexcept;
    SpellChecker& operator=(SpellChecker&&) noexcept;

    /// Loads `<aff>` and the .dic beside it. On failure returns nullptr and says why in `error`.
    static std::unique_ptr<SpellChecker> load(const std::filesystem::path& aff, std::string& error);
    /// The Dutch dictionary Debian installs (hunspell-nl): /usr/share/hunspell/nl_NL.aff or nl.aff.
    static std::filesystem::path default_dutch_dictionary();

    bool known(std::string_view word) const;
    /// The unknown words of `text`, each with up to `max_suggestions` suggestions. Names (a capital
    /// after the start of a sentence), abbreviations in capitals and words with digits are skipped.
    /// Suggestions are remembered per word (one checker serves one thread). `cancelled` is asked
    /// between words; when it says yes the result so far is returned.
    std::vector<UnknownWord> check(std::string_view text, std::size_t max_suggestions = 3,
                                   const std::function<bool()>& cancelled = {}) const;

  private:
    struct Impl;
    explicit SpellChecker(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// The words of a text as the spelling help sees them: letters (any script), with inner
/// apostrophes and hyphens kept ("burn-out", "zo'n"); byte offsets into `text`.
struct TextWord {
    std::string_view word;
    std::size_t offset = 0;
    bool sentence_start = false;
};
std::vector<TextWord> split_words(std::string_view text);

} // namespace smo::core
