#pragma once
// One-pass multi-pattern matching of lexicon terms over normalised text (Aho–Corasick with a dense
// transition table), with whole-word, inflection and wildcard checks.
//
// Typo tolerance runs before matching, in the same linear spirit: every word of 6+ letters that is
// not a lexicon word, an inflection of one, or a known correctly-spelled Dutch word (cue file
// known_word.json) is looked up in a deletion-neighbourhood index of the lexicon's words, compared
// by a Dutch phonetic key (ch/g, ij/ei, y/i, c/k, ph/f, dt/t, doubled letters). A word within one
// edit is replaced by the lexicon word and the automaton runs over the corrected text, so typos are
// caught inside multi-word terms too. Build once per lexicon; find() is const and thread-safe.

#include "scoring/lexicon.hpp"
#include "scoring/normalise.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace smo::scoring {

/// A lexicon entry found in the text; offsets into NormalisedText::text, widened to whole words.
struct Match {
    std::uint32_t entry = 0; ///< index into Lexicon::entries
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    bool typo = false; ///< covers a word that was typo-corrected
};

/// Dutch phonetic key used for typo comparison (same algorithm as scripts/gen_known_words.py).
std::string phonetic_key(std::string_view word);

/// Optimal string alignment distance <= 1.
bool within_one_edit(std::string_view a, std::string_view b);

class Matcher {
  public:
    /// Builds the automaton for every entry of `lexicon` (which must outlive the matcher).
    explicit Matcher(const Lexicon& lexicon);

    /// Appends every match in `text` to `out`.
    void find(const NormalisedText& text, std::vector<Match>& out) const;

    /// The lexicon word `word` would be corrected to, or "" (for tests and diagnostics).
    std::string correction(std::string_view word) const;

    std::size_t state_count() const { return m_dict.size(); }
    std::size_t pattern_count() const { return m_patterns.size(); }

    /// The pronouns a {pron} slot stands for.
    static const std::vector<std::string>& pronouns();

  private:
    struct Pattern {
        std::uint32_t entry;
        std::uint32_t length; ///< bytes in the automaton, incl. the leading space when anchored
        std::int32_t next;    ///< next pattern ending in the same state, -1 at the end
        bool compound;        ///< may sit inside a longer word (protected terms of 6+ letters)
    };
    void add_pattern(const std::string& text, std::uint32_t entry);
    void build_links();
    void build_typo_index();
    std::int32_t correct(std::string_view word) const; ///< vocabulary index or -1
    void run_automaton(const std::string& t, std::vector<Match>& out) const;
    bool accept_end(const std::string& t, const LexEntry& e, std::uint32_t& end) const;
    bool is_compound_head(std::string_view rest) const;

    struct Edge {
        std::uint8_t symbol;
        std::int32_t child;
    };
    const Lexicon& m_lexicon;
    std::vector<std::vector<Edge>> m_trie;   ///< only while building
    std::unique_ptr<std::int32_t[]> m_delta; ///< state * kAlphabet + symbol → state
    std::vector<std::int32_t> m_own;         ///< first pattern ending exactly in the state, -1 if none
    std::vector<std::int32_t> m_dict;        ///< nearest proper suffix state with patterns, -1 if none
    std::vector<Pattern> m_patterns;
    std::vector<std::string> m_compound_heads; ///< sorted

    // Vocabulary: every word (5+ letters) of every term; exact set and phonetic deletion index.
    std::vector<std::string> m_vocab;
    std::vector<std::string> m_vocab_keys;
    std::vector<std::uint64_t> m_word_keys;   ///< open addressing: hash of vocab/known word
    std::vector<std::int32_t> m_word_values;  ///< vocab index, or -2 for a known word
    std::vector<std::uint64_t> m_typo_keys;   ///< hash of phonetic key or its one-deletions
    std::vector<std::uint32_t> m_typo_values; ///< vocab index
};

} // namespace smo::scoring
