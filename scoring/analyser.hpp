#pragma once
// Text → what it contains: normalised tokens, sentences and clauses, and lexicon hits (categories,
// hints and cues) with overlaps resolved. Context-free; evaluate.cpp decides what the hits mean.

#include "scoring/lexicon.hpp"
#include "scoring/matcher.hpp"
#include "scoring/normalise.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace smo::scoring {

/// One lexicon hit in the statement.
struct Hit {
    Label label = kNoLabel;
    std::uint32_t entry = 0;     ///< index into Lexicon::entries
    std::uint32_t tok_begin = 0; ///< token range [tok_begin, tok_end)
    std::uint32_t tok_end = 0;
    std::uint32_t nbegin = 0; ///< normalised byte range
    std::uint32_t nend = 0;
    std::uint32_t sentence = 0;
    std::uint32_t clause = 0;
    bool typo = false;
};

struct TokenRange {
    std::uint32_t begin = 0, end = 0; ///< token indexes
    char stop = 0;                    ///< what ended it ('.', '?', ':' ...; 0 at the end of the text)
};

/// Reusable analysis buffers; analyse() overwrites them.
struct Analysis {
    NormalisedText norm;
    std::vector<Hit> hits;             ///< sorted by (nbegin, -nend)
    std::vector<TokenRange> sentences; ///< split at . ! ? ; : and line ends
    std::vector<TokenRange> clauses;   ///< sentences split further at commas
    std::vector<std::uint32_t> tok_sentence, tok_clause;
    std::vector<std::uint64_t> word_bits; ///< per token: word_bit() of its word, 0 for punctuation
    /// The word bits of each sentence's and clause's tokens, and of all tokens, or-ed together.
    std::vector<std::uint64_t> sentence_word_bits, clause_word_bits;
    std::uint64_t all_word_bits = 0;
    std::vector<Match> scratch;
    MatchScratch match_scratch;
    std::vector<char> drop; ///< per hit: dropped by the overlap resolution
    /// Per byte of norm.text: the last token that begins at or before it (0 before the first).
    std::vector<std::uint32_t> token_of;
};

class Analyser {
  public:
    /// `lexicon` must outlive the analyser.
    explicit Analyser(const Lexicon& lexicon);

    /// Normalises and matches `text` into `out` (reusing its buffers). Any bytes are fine.
    void analyse(std::string_view text, Analysis& out) const;

    const Lexicon& lexicon() const { return m_lexicon; }
    const Matcher& matcher() const { return m_matcher; }

  private:
    const Lexicon& m_lexicon;
    Matcher m_matcher;
};

} // namespace smo::scoring
