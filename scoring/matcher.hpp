#pragma once
// One-pass multi-pattern matching of lexicon terms over normalised text (Aho–Corasick with a dense
// transition table), with whole-word, inflection and wildcard checks.
//
// Typo tolerance runs before matching, in the same linear spirit: every word of 6+ letters that is
// not a lexicon word, an inflection of one, or a known correctly-spelled Dutch word (cue file
// known_word.json) is looked up in a deletion-neighbourhood index of the lexicon's words, compared
// by a Dutch phonetic key (ch/g, ij/ei, y/i, c/k, ph/f, dt/t, doubled letters). A word within one
// edit is replaced by the lexicon word and the automaton runs over the corrected text, so typos are
// caught inside multi-word terms too. A compound whose last part is a phonetic variant of a
// compound-capable lexicon word ("rugklagten") gets that part corrected.
//
// Names inside a clause ("dit hoeft Lotte niet te weten") stand where a personal pronoun stands in a
// term ("hoeft ze niet te weten"): terms with hij/ze/zij/hem/haar get a variant with a person slot,
// and a second pass over the text with such names replaced by the slot keeps only the matches that
// span a name. The same pass drops filler words inside a clause ("slaapt de laatste tijd erg
// onrustig" → "slaapt onrustig"). Build once per lexicon; find() is const and thread-safe.

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
    Label label = kNoLabel; ///< the entry's label (spares the caller a look-up in the lexicon)
};

/// Character standing for a person's name in the second matching pass (see Matcher).
inline constexpr char kPersonSlot = '\x04';

/// Dutch phonetic key used for typo comparison (same algorithm as scripts/gen_known_words.py).
std::string phonetic_key(std::string_view word);

/// Optimal string alignment distance <= 1.
bool within_one_edit(std::string_view a, std::string_view b);

/// Reusable buffers for Matcher::find (one per thread; Analysis holds one).
struct MatchScratch {
    struct Fix {
        std::uint32_t begin, end; ///< in NormalisedText::text
        std::int32_t vocab;       ///< vocabulary index; -1: the person slot; -2: a filler, dropped
        std::uint32_t keep;       ///< leading letters kept
    };
    std::vector<Fix> fixes;
    std::string edited;
    std::vector<std::uint32_t> to_begin, to_end;
    /// Typo corrections of words seen before, in sets of two per cache line found by hash: a word's
    /// correction never changes, and looking it up again costs cache misses in the large typo tables.
    struct Remembered {
        std::uint32_t hash = 0;
        std::int32_t vocab = -1;
        std::uint8_t keep = 0;
        std::uint8_t length = 0; ///< 0: empty
        char word[22] = {};
    };
    std::vector<Remembered> remembered;
};

class Matcher {
  public:
    /// Builds the automaton for every entry of `lexicon` (which must outlive the matcher).
    explicit Matcher(const Lexicon& lexicon);

    /// Appends every match in `text` to `out`.
    void find(const NormalisedText& text, std::vector<Match>& out, MatchScratch& scratch) const;
    void find(const NormalisedText& text, std::vector<Match>& out) const {
        MatchScratch scratch;
        find(text, out, scratch);
    }

    /// The lexicon word `word` would be corrected to, or "" (for tests and diagnostics).
    std::string correction(std::string_view word) const;

    std::size_t state_count() const { return m_all.state_count; }
    std::size_t pattern_count() const { return m_all.patterns.size(); }

    /// The pronouns a {pron} slot stands for.
    static const std::vector<std::string>& pronouns();

  private:
    struct Pattern {
        std::uint32_t entry;
        std::uint32_t length; ///< bytes in the automaton, incl. the leading space when anchored
        std::int32_t next;    ///< next pattern ending in the same state, -1 at the end
        bool compound;        ///< may sit inside a longer word (protected terms of 6+ letters)
        // Copied from the entry: a match is accepted or refused without reading the lexicon.
        Label label;
        bool prefix_wild, suffix_wild;
        char last; ///< the entry's last normalised character, ' ' when empty
    };
    // The trie while building: one flat edge list, children of a state linked through `next`
    // (no allocation per state; a lexicon has ~100k states).
    struct Edge {
        std::uint8_t symbol;
        std::int32_t child;
        std::int32_t next; ///< next edge of the same parent, -1 at the end
    };
    /// States are named by codes: a shallow state by its row in `delta`, a deep state by
    /// `dense_states` + the offset of its node in `deep_nodes`. Transition targets carry kReports
    /// when the state has patterns to report (its own or a suffix's): most characters reach a state
    /// without, and then the pattern tables stay untouched.
    static constexpr std::uint32_t kCodeBits = 24;
    static constexpr std::uint32_t kReports = 1u << kCodeBits;
    static constexpr std::uint32_t kCodeMask = kReports - 1;
    static constexpr std::size_t kAlphabetSize = 41;
    static constexpr std::uint32_t kSymbolBits = 6, kSymbolMask = (1u << kSymbolBits) - 1;
    static_assert(kAlphabetSize <= kSymbolMask + 1);
    /// For a state that reports: both links in one place (one cache line per report).
    struct Outputs {
        std::int32_t own;  ///< first pattern ending exactly in the state, -1 if none
        std::int32_t dict; ///< code of the nearest proper suffix state with patterns, -1 if none
    };
    /// One Aho-Corasick automaton over a set of patterns.
    struct Automaton {
        std::vector<std::int32_t> first_edge{
            -1};                 ///< per state: first child edge, -1 if none; only while building
        std::vector<Edge> edges; ///< only while building
        std::vector<std::int32_t> own{
            -1}; ///< first pattern ending exactly in the state, -1 if none; only while building
        std::size_t dense_states = 0;           ///< codes [0, dense_states) have a dense row
        std::unique_ptr<std::uint32_t[]> delta; ///< code * kAlphabet + symbol → target (dense states)
        /// Deep states' nodes, depth-first: following a word down the trie reads adjacent memory. A node
        /// of a state that reports ends with its Outputs (own, dict), where the next character reads anyway.
        std::vector<std::uint32_t> deep_nodes;
        std::size_t state_count = 0;
        std::vector<Outputs> dense_outputs; ///< by code, for the dense states
        std::vector<Pattern> patterns;

        /// The links of a state that reports.
        Outputs outputs_of(std::uint32_t s) const {
            if (s < dense_states) return dense_outputs[s];
            const std::uint32_t* node = &deep_nodes[s - dense_states];
            const std::uint32_t n = node[0] >> kCodeBits;
            return {static_cast<std::int32_t>(node[n + 1]), static_cast<std::int32_t>(node[n + 2])};
        }

        /// Goto function: dense rows for shallow states, edge lists and failure links below them.
        /// Returns the target's code, with kReports set when it reports.
        std::uint32_t next_state(std::uint32_t s, std::size_t sym) const {
            while (s >= dense_states) {
                // A node: failure code | edge count << kCodeBits, then (target << kSymbolBits | symbol) per
                // edge.
                const std::uint32_t* node = &deep_nodes[s - dense_states];
                const std::uint32_t n = node[0] >> kCodeBits;
                for (std::uint32_t k = 1; k <= n; ++k)
                    if ((node[k] & kSymbolMask) == sym) return node[k] >> kSymbolBits;
                s = node[0] & kCodeMask;
            }
            return delta[static_cast<std::size_t>(s) * kAlphabetSize + sym];
        }
    };
    void add_pattern(const std::string& text, std::uint32_t entry);
    void add_pattern(Automaton& a, std::string_view text, bool compound, std::uint32_t entry);
    static void build_links(Automaton& a);
    void build_typo_index();
    struct Correction {
        std::int32_t vocab = -1; ///< vocabulary index or -1
        std::uint32_t keep = 0;  ///< leading letters of the word kept (compound modifier)
    };
    Correction correct(std::string_view word) const;
    /// correct(), remembered in `scratch` for words of up to 22 letters.
    Correction remembered_correction(std::string_view word, MatchScratch& scratch) const;
    bool is_name(std::string_view word) const;
    bool is_filler_start(std::string_view word) const;
    void run_automaton(const Automaton& a, const std::string& t, std::vector<Match>& out) const;
    /// Appends the matches ending at t[i], where the automaton reached `state`, which reports.
    void report(const Automaton& a, const std::string& t, std::size_t i, std::uint32_t state,
                std::vector<Match>& out) const;
    bool accept_end(const std::string& t, const Pattern& p, std::uint32_t& end) const;
    bool is_compound_head(std::string_view rest) const;

    const Lexicon& m_lexicon;
    /// Every pattern.
    Automaton m_all;
    /// Only the patterns with a person slot: a second pass for names alone can only keep their matches,
    /// and this automaton is small enough to stay in cache.
    Automaton m_slotted;
    std::vector<std::string> m_compound_heads; ///< sorted

    // Vocabulary: every word (5+ letters) of every term; exact set and phonetic deletion index.
    std::vector<std::string> m_vocab;
    std::vector<std::string> m_vocab_keys;
    std::vector<std::uint64_t> m_word_keys;   ///< open addressing: hash of vocab/known word
    std::vector<std::int32_t> m_word_values;  ///< vocab index, or -2 for a known word
    std::vector<std::uint64_t> m_typo_keys;   ///< hash of phonetic key or its one-deletions
    std::vector<std::uint32_t> m_typo_values; ///< vocab index
    std::vector<std::uint64_t> m_tail_keys;   ///< hash of the phonetic key of a compound-capable word
    std::vector<std::uint32_t> m_tail_values; ///< vocab index
    std::vector<std::string> m_names;         ///< name cue words
    std::vector<std::uint64_t> m_name_keys;   ///< open addressing: hashes of m_names (one probe per token)
    std::vector<std::uint32_t> m_name_values; ///< index into m_names
    std::vector<std::uint64_t> m_filler_keys; ///< open addressing: hashes of filler (phrase) first words
    std::uint64_t m_filler_bits = 0;          ///< word_bit() of the same words: most tokens fail here
    std::uint64_t m_filler_inner_bits = 0;    ///< inner_bit() of the same words: most of the rest fail here
    Label m_individual = kNoLabel;            ///< cue that never takes an inflection ("die vrouwen")
    Label m_correspondence = kNoLabel;        ///< nor this one ("haar mailen" is a verb)
};

} // namespace smo::scoring
