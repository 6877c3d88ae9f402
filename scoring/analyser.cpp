#include "scoring/analyser.hpp"

#include <algorithm>
#include <array>

namespace smo::scoring {
namespace {

// Cues whose phrase speaks for the words inside it: "bij een aanval" is an emergency instruction,
// not a symptom; "dat mag ik niet delen" is boundary-keeping.
bool cue_masks_content(Cue c) {
    switch (c) {
    case Cue::Boundary:
    case Cue::Emergency:
    case Cue::Consent:
    case Cue::BlanketConsent:
    case Cue::Role:
    case Cue::Step:
    case Cue::Skip:
    case Cue::Deferral:
    case Cue::EmployerAsk:
    case Cue::MedBackground:
    case Cue::Record:
    case Cue::Secrecy:
    case Cue::WorkContext:
    case Cue::Exposure:
    case Cue::MedicalRef:
    case Cue::Correspondence:
        return true;
    default:
        return false;
    }
}

bool is_content(Label l) {
    return is_category_label(l) || l == hint_label();
}

// Marks hits that lie strictly inside a longer hit of a dominating kind. Sorted by (begin, -end).
template <typename Dominates, typename Candidate>
void mark_contained(const std::vector<Hit>& hits, std::vector<char>& drop, Dominates dominates,
                    Candidate candidate) {
    std::uint32_t max_end = 0; // over dominators in earlier groups of distinct spans
    std::size_t i = 0;
    while (i < hits.size()) {
        std::size_t j = i;
        std::uint32_t group_max = 0;
        bool any = false;
        while (j < hits.size() && hits[j].nbegin == hits[i].nbegin && hits[j].nend == hits[i].nend) {
            if (candidate(hits[j]) && max_end >= hits[j].nend && max_end > 0) drop[j] = 1;
            if (dominates(hits[j])) {
                group_max = std::max(group_max, hits[j].nend);
                any = true;
            }
            ++j;
        }
        if (any) max_end = std::max(max_end, group_max);
        i = j;
    }
}

} // namespace

Analyser::Analyser(const Lexicon& lexicon) : m_lexicon(lexicon), m_matcher(lexicon) {}

void Analyser::analyse(std::string_view text, Analysis& out) const {
    normalise(text, out.norm);
    const auto& tokens = out.norm.tokens;

    // Sentences and clauses.
    out.sentences.clear();
    out.clauses.clear();
    out.tok_sentence.assign(tokens.size(), 0);
    out.tok_clause.assign(tokens.size(), 0);
    TokenRange sentence, clause;
    for (std::uint32_t i = 0; i < tokens.size(); ++i) {
        out.tok_sentence[i] = static_cast<std::uint32_t>(out.sentences.size());
        out.tok_clause[i] = static_cast<std::uint32_t>(out.clauses.size());
        const Token& t = tokens[i];
        if (t.kind == Token::Kind::Word) continue;
        clause.end = i + 1;
        clause.stop = t.kind == Token::Kind::Stop ? t.stop : ',';
        out.clauses.push_back(clause);
        clause = TokenRange{i + 1, i + 1, 0};
        if (t.kind == Token::Kind::Stop) {
            sentence.end = i + 1;
            sentence.stop = t.stop;
            out.sentences.push_back(sentence);
            sentence = TokenRange{i + 1, i + 1, 0};
        }
    }
    auto n_tokens = static_cast<std::uint32_t>(tokens.size());
    if (clause.begin < n_tokens) {
        clause.end = n_tokens;
        out.clauses.push_back(clause);
    }
    if (sentence.begin < n_tokens) {
        sentence.end = n_tokens;
        out.sentences.push_back(sentence);
    }
    out.word_bits.resize(tokens.size());
    out.sentence_word_bits.assign(out.sentences.size(), 0);
    out.clause_word_bits.assign(out.clauses.size(), 0);
    out.all_word_bits = 0;
    for (std::uint32_t i = 0; i < tokens.size(); ++i) {
        const std::uint64_t bit =
            tokens[i].kind == Token::Kind::Word ? word_bit(out.norm.token_text(tokens[i])) : 0;
        out.word_bits[i] = bit;
        out.sentence_word_bits[out.tok_sentence[i]] |= bit;
        out.clause_word_bits[out.tok_clause[i]] |= bit;
        out.all_word_bits |= bit;
    }

    // Matches → hits with token ranges.
    out.scratch.clear();
    m_matcher.find(out.norm, out.scratch, out.match_scratch);
    out.hits.clear();
    out.hits.reserve(out.scratch.size());
    // Last token whose begin <= offset, by table: a binary search per match end mispredicted its
    // branches about every other step.
    out.token_of.assign(out.norm.text.size(), 0);
    for (std::uint32_t k = 1; k < tokens.size(); ++k) {
        const std::size_t until = k + 1 < tokens.size() ? tokens[k + 1].begin : out.token_of.size();
        std::fill(out.token_of.begin() + tokens[k].begin,
                  out.token_of.begin() + static_cast<std::ptrdiff_t>(until), k);
    }
    auto token_at = [&](std::uint32_t offset) { return out.token_of[offset]; };
    for (const Match& m : out.scratch) {
        Hit h;
        h.label = m.label;
        h.entry = m.entry;
        h.nbegin = m.begin;
        h.nend = m.end;
        h.typo = m.typo;
        h.tok_begin = token_at(m.begin);
        h.tok_end = token_at(m.end - 1) + 1;
        if (h.tok_begin >= tokens.size()) continue;
        // Names count only when written with a capital.
        if (is_cue_label(m.label) && label_cue(m.label) == Cue::Name && !tokens[h.tok_begin].capitalised)
            continue;
        h.sentence = out.tok_sentence[h.tok_begin];
        h.clause = out.tok_clause[h.tok_begin];
        out.hits.push_back(h);
    }
    std::sort(out.hits.begin(), out.hits.end(), [](const Hit& a, const Hit& b) {
        if (a.nbegin != b.nbegin) return a.nbegin < b.nbegin;
        if (a.nend != b.nend) return a.nend > b.nend;
        return a.label < b.label;
    });
    // Exact duplicates (same entry, same span) come from typo + exact or two pronoun spellings.
    out.hits.erase(std::unique(out.hits.begin(), out.hits.end(),
                               [](const Hit& a, const Hit& b) {
                                   return a.entry == b.entry && a.nbegin == b.nbegin && a.nend == b.nend;
                               }),
                   out.hits.end());

    // Overlap resolution: the longer phrase speaks for the words inside it.
    std::vector<char>& drop = out.drop;
    drop.assign(out.hits.size(), 0);
    auto cue_of = [](const Hit& h) { return label_cue(h.label); };
    mark_contained(
        out.hits, drop,
        [&](const Hit& h) {
            return is_content(h.label) || (is_cue_label(h.label) && cue_masks_content(cue_of(h)));
        },
        [&](const Hit& h) { return is_content(h.label); });
    // A cue inside a longer phrase of the same cue ("zelf" in "zoals je zelf aangaf") adds nothing.
    {
        std::array<std::uint32_t, 256> max_end{}; // per label, over earlier groups of distinct spans
        std::size_t i = 0;
        while (i < out.hits.size()) {
            std::size_t j = i;
            while (j < out.hits.size() && out.hits[j].nbegin == out.hits[i].nbegin &&
                   out.hits[j].nend == out.hits[i].nend) {
                const Hit& h = out.hits[j];
                if (is_cue_label(h.label) && cue_of(h) != Cue::Negation && max_end[h.label] >= h.nend &&
                    max_end[h.label] > 0)
                    drop[j] = 1;
                ++j;
            }
            for (std::size_t k = i; k < j; ++k)
                max_end[out.hits[k].label] = std::max(max_end[out.hits[k].label], out.hits[k].nend);
            i = j;
        }
    }
    mark_contained(
        out.hits, drop, [&](const Hit& h) { return is_content(h.label); },
        [&](const Hit& h) { return is_cue_label(h.label) && cue_of(h) == Cue::Negation; });
    std::size_t w = 0;
    for (std::size_t r = 0; r < out.hits.size(); ++r)
        if (!drop[r]) out.hits[w++] = out.hits[r];
    out.hits.resize(w);
}

} // namespace smo::scoring
