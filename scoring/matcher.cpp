#include "scoring/matcher.hpp"

#include "scoring/taxonomy.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <stdexcept>
#include <string>

namespace smo::scoring {
namespace {

constexpr std::array<std::uint8_t, 256> make_symbols() {
    std::array<std::uint8_t, 256> s{};
    for (auto& v : s)
        v = 0; // anything unexpected behaves like a space
    for (int c = 'a'; c <= 'z'; ++c)
        s[static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(1 + c - 'a');
    for (int c = '0'; c <= '9'; ++c)
        s[static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(27 + c - '0');
    s[static_cast<std::size_t>(',')] = 37;
    s[static_cast<std::size_t>('.')] = 38;
    s[1] = 39;
    s[static_cast<std::size_t>(kPersonSlot)] = 40;
    return s;
}
constexpr std::array<std::uint8_t, 256> kSymbols = make_symbols();

inline std::size_t symbol(char c) {
    return kSymbols[static_cast<unsigned char>(c)];
}

constexpr std::uint64_t kFnvOffset = 1469598103934665603ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

// FNV-1a of `s` without the byte at `skip` (skip >= size: nothing skipped); never 0.
std::uint64_t hash_without(std::string_view s, std::size_t skip) {
    std::uint64_t h = kFnvOffset;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i == skip) continue;
        h ^= static_cast<unsigned char>(s[i]);
        h *= kFnvPrime;
    }
    return h | 1;
}

// A second bit per word, from its second and second-to-last letters: the 30 filler words set 22 of
// word_bit()'s 64 bits and 23 of these, so far fewer tokens reach the hash.
std::uint64_t inner_bit(std::string_view w) {
    if (w.size() < 2) return 0;
    const std::size_t mix =
        static_cast<unsigned char>(w[1]) * 5 + static_cast<unsigned char>(w[w.size() - 2]);
    return std::uint64_t{1} << (mix & 63);
}

bool is_vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// Simple Dutch inflection of the last word: plural, diminutive, adjective ending.
bool is_inflection(std::string_view suffix, char last) {
    static constexpr std::array<std::string_view, 12> kSuffixes{"en", "s",   "je",   "tje",  "pje",   "etje",
                                                                "e",  "jes", "tjes", "pjes", "etjes", "es"};
    if (std::find(kSuffixes.begin(), kSuffixes.end(), suffix) != kSuffixes.end()) return true;
    return suffix == "n" && last == 'e'; // ziekte → ziekten
}

// Leading byte of a compound pattern (not in the automaton's alphabet as text; stripped on insert).
constexpr char kCompoundMark = '\x03';

bool is_auxiliary(std::string_view w) {
    static constexpr std::array<std::string_view, 16> kAux{"is",   "was",  "heeft",  "had",   "zijn", "wordt",
                                                           "werd", "gaat", "krijgt", "kreeg", "zit",  "zat",
                                                           "ligt", "lag",  "loopt",  "voelt"};
    return std::find(kAux.begin(), kAux.end(), w) != kAux.end();
}

// Personal pronouns a name can stand in for ("hoeft ze niet te weten" / "hoeft Lotte niet te weten").
bool is_person_pronoun(std::string_view w) {
    return w == "hij" || w == "ze" || w == "zij" || w == "hem" || w == "haar";
}

// `norm` with every personal pronoun word replaced by the person slot; "" when it has none or is a
// single word.
std::string with_person_slot(const std::string& norm) {
    if (norm.find(' ') == std::string::npos) return {};
    std::string out;
    bool any = false;
    std::size_t pos = 0;
    while (pos <= norm.size()) {
        std::size_t sp = norm.find(' ', pos);
        if (sp == std::string::npos) sp = norm.size();
        std::string_view w = std::string_view(norm).substr(pos, sp - pos);
        if (!out.empty()) out.push_back(' ');
        if (is_person_pronoun(w)) {
            out.push_back(kPersonSlot);
            any = true;
        } else {
            out.append(w);
        }
        pos = sp + 1;
    }
    return any ? out : std::string{};
}

bool all_letters(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Dutch verb forms of an infinitive ("aanstellen" → "aanstel", "aanstelt"; "slapen" → "slaap").
std::string verb_stem(std::string_view inf) {
    if (inf.size() < 7 || inf.substr(inf.size() - 2) != "en") return {};
    std::string s(inf.substr(0, inf.size() - 2));
    std::size_t n = s.size();
    if (n >= 2 && s[n - 1] == s[n - 2] && !is_vowel(s[n - 1])) {
        s.pop_back(); // stellen → stel
    } else if (n >= 3 && !is_vowel(s[n - 1]) && is_vowel(s[n - 2]) && !is_vowel(s[n - 3]) &&
               s[n - 2] != 'i') {
        s.insert(s.begin() + static_cast<std::ptrdiff_t>(n - 1), s[n - 2]); // slapen → slaap
    }
    if (!s.empty() && s.back() == 'v') s.back() = 'f'; // leven → leef
    if (!s.empty() && s.back() == 'z') s.back() = 's'; // lezen → lees
    return s.size() >= 5 ? s : std::string{};
}

template <typename V>
void table_insert(std::vector<std::uint64_t>& keys, std::vector<V>& values, std::uint64_t h, V v) {
    std::size_t mask = keys.size() - 1;
    std::size_t slot = h & mask;
    while (keys[slot] != 0)
        slot = (slot + 1) & mask;
    keys[slot] = h;
    values[slot] = v;
}

std::size_t table_size(std::size_t n) {
    std::size_t size = 16;
    while (size < n * 2)
        size *= 2;
    return size;
}

} // namespace

std::string phonetic_key(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        char n = i + 1 < s.size() ? s[i + 1] : '\0';
        if (c == 'c' && n == 'h') {
            out.push_back('g');
            ++i;
        } else if (c == 'p' && n == 'h') {
            out.push_back('f');
            ++i;
        } else if (c == 't' && n == 'h') {
            out.push_back('t');
            ++i;
        } else if (c == 'd' && n == 't') {
            out.push_back('t');
            ++i;
        } else if (c == 'i' && n == 'j') {
            out += "ei";
            ++i;
        } else if (c == 'y') {
            out.push_back('i');
        } else if (c == 'c') {
            out.push_back('k');
        } else {
            out.push_back(c);
        }
    }
    out.erase(std::unique(out.begin(), out.end()), out.end()); // doubled letters count once
    return out;
}

bool within_one_edit(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > 1) return false;
    std::size_t i = 0;
    while (i < a.size() && a[i] == b[i])
        ++i;
    if (i == a.size()) return true;
    if (a.size() == b.size()) {
        if (a.substr(i + 1) == b.substr(i + 1)) return true; // substitution
        return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
    }
    return a.substr(i) == b.substr(i + 1); // insertion/deletion
}

namespace {

// Intensifiers, particles and evaluative adjectives that may sit inside a phrase without changing
// what it discloses: "slaapt (de laatste tijd erg) onrustig", "een (moeilijke) scheiding". Removed in
// the second matching pass only. Single words sorted for binary search.
// Frequent particles ("wel", "ook", "toch") are left out: they would send most statements through
// the second pass for little gain.
constexpr std::array<std::string_view, 24> kFillerWords{
    "akelige",   "behoorlijk", "enorm",     "erg",        "flink",      "flinke",
    "gewoon",    "heel",       "heftige",   "inmiddels",  "lastige",    "meteen",
    "moeilijke", "momenteel",  "nare",      "nogal",      "ontzettend", "pijnlijke",
    "tegenwoordig", "verschrikkelijk", "vervelende", "vreselijk", "zwaar", "zware",
};
static_assert(std::is_sorted(kFillerWords.begin(), kFillerWords.end()), "binary_search needs kFillerWords sorted");
constexpr std::array<std::array<std::string_view, 3>, 9> kFillerPhrases{{
    {"de", "laatste", "tijd"},
    {"een", "beetje", ""},
    {"eerlijk", "gezegd", ""},
    {"zeg", "maar", ""},
    {"al", "een", "tijdje"},
    {"al", "weken", ""},
    {"al", "maanden", ""},
    {"al", "dagen", ""},
    {"sinds", "kort", ""},
}};

} // namespace

const std::vector<std::string>& Matcher::pronouns() {
    static const std::vector<std::string> kPronouns{"zijn", "haar", "z n",  "d r", "hun",
                                                    "je",   "jouw", "mijn", "uw",  "zn"};
    return kPronouns;
}

Matcher::Matcher(const Lexicon& lexicon) : m_lexicon(lexicon) {
    m_all.first_edge.reserve(1 << 17);
    m_all.own.reserve(1 << 17);
    m_all.edges.reserve(1 << 17);
    const Label known = cue_label(Cue::KnownWord), head = cue_label(Cue::CompoundHead),
                name = cue_label(Cue::Name);
    m_individual = cue_label(Cue::Individual);
    m_correspondence = cue_label(Cue::Correspondence);
    std::vector<std::string> variants, next;
    for (std::uint32_t i = 0; i < lexicon.entries.size(); ++i) {
        const LexEntry& e = lexicon.entries[i];
        if (e.label == known) continue; // typo filter only, never matched
        if (e.label == head) {
            m_compound_heads.push_back(e.norm);
            continue;
        }
        if (e.label == name) m_names.push_back(e.norm);
        std::string base = e.prefix_wild ? e.norm : " " + e.norm;
        variants.assign(1, base);
        if (std::string slot = with_person_slot(e.norm); !slot.empty())
            variants.push_back(e.prefix_wild ? slot : " " + slot);
        // Expand every {pron} slot.
        while (variants.front().find('\x02') != std::string::npos && variants.size() < 1000) {
            next.clear();
            for (const auto& v : variants) {
                std::size_t at = v.find('\x02');
                for (const auto& p : pronouns())
                    next.push_back(v.substr(0, at) + p + v.substr(at + 1));
            }
            variants.swap(next);
        }
        for (const auto& v : variants) {
            if (v.find('\x02') != std::string::npos) continue;
            add_pattern(v, i);
            // Subordinate clauses put the verb last: "is gescheiden" → "gescheiden is".
            std::size_t sp = v.find(' ', 1);
            if (!is_cue_label(e.label) && !e.prefix_wild && sp != std::string::npos &&
                is_auxiliary(std::string_view(v).substr(1, sp - 1)))
                add_pattern(v.substr(sp) + " " + v.substr(1, sp - 1), i);
        }
        // Compounds: a protected term of 6+ letters inside a longer word ("paniekaanvallen",
        // "knieoperatie"), with at least 3 letters on the other side.
        if (is_category_label(e.label) && categories()[e.label].is_protected && !e.prefix_wild &&
            all_letters(e.norm) && e.norm.size() >= 6)
            add_pattern(std::string(1, kCompoundMark) + e.norm, i);
        // Verb forms of single-word infinitives of content categories ("aanstellen" → "aanstelt").
        if (!is_cue_label(e.label) && !e.prefix_wild && !e.suffix_wild && all_letters(e.norm)) {
            std::string stem = verb_stem(e.norm);
            if (!stem.empty()) {
                add_pattern(" " + stem, i);
                add_pattern(" " + stem + "t", i);
            }
        }
    }
    std::sort(m_compound_heads.begin(), m_compound_heads.end());
    m_name_keys.assign(table_size(m_names.size()), 0);
    m_name_values.assign(m_name_keys.size(), 0);
    for (std::uint32_t i = 0; i < m_names.size(); ++i)
        table_insert(m_name_keys, m_name_values, hash_without(m_names[i], std::string::npos), i);
    // Filler words and the first words of filler phrases, for a one-probe test per token.
    m_filler_keys.assign(64, 0);
    std::vector<std::uint8_t> unused(64, 0);
    for (std::string_view w : kFillerWords) {
        table_insert(m_filler_keys, unused, hash_without(w, std::string::npos), std::uint8_t{0});
        m_filler_bits |= word_bit(w);
        m_filler_inner_bits |= inner_bit(w);
    }
    for (const auto& phrase : kFillerPhrases) {
        table_insert(m_filler_keys, unused, hash_without(phrase[0], std::string::npos), std::uint8_t{0});
        m_filler_bits |= word_bit(phrase[0]);
        m_filler_inner_bits |= inner_bit(phrase[0]);
    }
    build_links(m_all);
    build_links(m_slotted);
    build_typo_index();
}

bool Matcher::is_compound_head(std::string_view rest) const {
    auto found = [&](std::string_view w) {
        return std::binary_search(m_compound_heads.begin(), m_compound_heads.end(), w,
                                  [](std::string_view x, std::string_view y) { return x < y; });
    };
    if (found(rest)) return true;
    static constexpr std::array<std::string_view, 4> kSuffixes{"en", "s", "e", "n"};
    for (auto suf : kSuffixes)
        if (rest.size() > suf.size() + 2 && rest.substr(rest.size() - suf.size()) == suf &&
            found(rest.substr(0, rest.size() - suf.size())))
            return true;
    return false;
}

void Matcher::add_pattern(const std::string& raw, std::uint32_t entry) {
    bool compound = !raw.empty() && raw[0] == kCompoundMark;
    std::string_view text = compound ? std::string_view(raw).substr(1) : std::string_view(raw);
    add_pattern(m_all, text, compound, entry);
    if (text.find(kPersonSlot) != std::string_view::npos) add_pattern(m_slotted, text, compound, entry);
}

void Matcher::add_pattern(Automaton& a, std::string_view text, bool compound, std::uint32_t entry) {
    std::int32_t state = 0;
    for (char c : text) {
        auto sym = static_cast<std::uint8_t>(symbol(c));
        std::int32_t e = a.first_edge[static_cast<std::size_t>(state)];
        while (e != -1 && a.edges[static_cast<std::size_t>(e)].symbol != sym)
            e = a.edges[static_cast<std::size_t>(e)].next;
        if (e != -1) {
            state = a.edges[static_cast<std::size_t>(e)].child;
            continue;
        }
        auto fresh = static_cast<std::int32_t>(a.first_edge.size());
        a.edges.push_back({sym, fresh, a.first_edge[static_cast<std::size_t>(state)]});
        a.first_edge[static_cast<std::size_t>(state)] = static_cast<std::int32_t>(a.edges.size() - 1);
        a.first_edge.push_back(-1);
        a.own.push_back(-1);
        state = fresh;
    }
    auto su = static_cast<std::size_t>(state);
    for (std::int32_t p = a.own[su]; p != -1; p = a.patterns[static_cast<std::size_t>(p)].next)
        if (a.patterns[static_cast<std::size_t>(p)].entry == entry &&
            a.patterns[static_cast<std::size_t>(p)].compound == compound)
            return; // same pattern, same entry
    const LexEntry& e = m_lexicon.entries[entry];
    a.patterns.push_back({entry, static_cast<std::uint32_t>(text.size()), a.own[su], compound, e.label,
                          e.prefix_wild, e.suffix_wild, e.norm.empty() ? ' ' : e.norm.back()});
    a.own[su] = static_cast<std::int32_t>(a.patterns.size() - 1);
}

// Codes share their 32-bit words with the report flag and, in deep nodes, with a symbol: a lexicon that
// outgrows the bits would silently corrupt the automaton, so it is refused (one comparison).
namespace {
void require_code_space(std::size_t codes, std::uint32_t limit) {
    if (codes > limit)
        throw std::length_error("lexicon too large for the matcher: " + std::to_string(codes) +
                                " state codes, at most " + std::to_string(limit) +
                                " fit (raise Matcher::kCodeBits)");
}
} // namespace

void Matcher::build_links(Automaton& a) {
    // Breadth-first order of the trie (failure links are found shallow to deep). States up to
    // kDenseDepth deep, which almost every text character visits, get a dense row in a.delta (a copy
    // of their failure state's row, already complete, being shallower, with their own edges on top).
    // Deeper states, the large majority, keep their few edges in a node plus a failure link: a
    // dense table for all of them would be ~15 MB, which costs more at load time and in cache misses
    // than it saves. Five levels (8,740 rows, 1.4 MB): fewer levels miss the caches less, but a deep
    // node decides by a branch where a row reads an entry, and mispredicts more (simulated: 3 levels
    // cost 2 % more instructions and 5 % more mispredictions than 5).
    constexpr std::uint8_t kDenseDepth = 5;
    const std::size_t states = a.first_edge.size();
    a.state_count = states;
    std::vector<std::int32_t> order{0};
    std::vector<std::uint8_t> depth{0};
    order.reserve(states);
    depth.reserve(states);
    for (std::size_t head = 0; head < order.size(); ++head)
        for (std::int32_t e = a.first_edge[static_cast<std::size_t>(order[head])]; e != -1;
             e = a.edges[static_cast<std::size_t>(e)].next) {
            order.push_back(a.edges[static_cast<std::size_t>(e)].child);
            depth.push_back(static_cast<std::uint8_t>(std::min(255, depth[head] + 1)));
        }
    a.dense_states =
        static_cast<std::size_t>(std::upper_bound(depth.begin(), depth.end(), kDenseDepth) - depth.begin());

    // Codes (by trie id): shallow states in breadth-first order; deep nodes depth-first below each
    // state one level under the dense ones, so a chain of single edges is one run of memory.
    auto edge_count = [&](std::size_t id) {
        std::uint32_t n = 0;
        for (std::int32_t e = a.first_edge[id]; e != -1; e = a.edges[static_cast<std::size_t>(e)].next)
            ++n;
        return n;
    };
    std::vector<std::uint32_t> code(states, 0);
    for (std::size_t i = 0; i < a.dense_states; ++i)
        code[static_cast<std::size_t>(order[i])] = static_cast<std::uint32_t>(i);
    auto cursor = static_cast<std::uint32_t>(a.dense_states);
    std::vector<std::int32_t> stack;
    for (std::size_t i = a.dense_states; i < order.size() && depth[i] == kDenseDepth + 1; ++i) {
        stack.push_back(order[i]);
        while (!stack.empty()) {
            auto id = static_cast<std::size_t>(stack.back());
            stack.pop_back();
            code[id] = cursor;
            cursor += 1 + edge_count(id);
            for (std::int32_t e = a.first_edge[id]; e != -1; e = a.edges[static_cast<std::size_t>(e)].next)
                stack.push_back(a.edges[static_cast<std::size_t>(e)].child);
        }
    }
    require_code_space(cursor, kCodeMask);

    // Every dense row is written in full below (root: zeros, others: a copy of the failure row).
    a.delta = std::make_unique_for_overwrite<std::uint32_t[]>(a.dense_states * kAlphabetSize);
    std::fill_n(&a.delta[0], kAlphabetSize, 0u);
    a.deep_nodes.assign(cursor - a.dense_states, 0);
    std::vector<std::uint32_t> fail(states, 0); // by trie id: the failure state's code
    std::vector<std::int32_t> own(cursor, -1), dict(cursor, -1);
    for (std::size_t i = 0; i < order.size(); ++i) {
        auto id = static_cast<std::size_t>(order[i]);
        const std::uint32_t c = code[id], f = fail[id];
        own[c] = a.own[id];
        if (i != 0) dict[c] = own[f] != -1 ? static_cast<std::int32_t>(f) : dict[f];
        if (i < a.dense_states) {
            std::uint32_t* row = &a.delta[c * kAlphabetSize];
            if (i != 0) std::copy_n(&a.delta[f * kAlphabetSize], kAlphabetSize, row);
            for (std::int32_t ei = a.first_edge[id]; ei != -1;
                 ei = a.edges[static_cast<std::size_t>(ei)].next) {
                const Edge& e = a.edges[static_cast<std::size_t>(ei)];
                // The failure state of a child: where the parent's failure state goes on this
                // symbol (for children of the root: the root).
                fail[static_cast<std::size_t>(e.child)] = i == 0 ? 0 : row[e.symbol];
                row[e.symbol] = code[static_cast<std::size_t>(e.child)];
            }
        } else {
            std::uint32_t* node = &a.deep_nodes[c - a.dense_states];
            std::uint32_t n = 0;
            for (std::int32_t ei = a.first_edge[id]; ei != -1;
                 ei = a.edges[static_cast<std::size_t>(ei)].next) {
                const Edge& e = a.edges[static_cast<std::size_t>(ei)];
                fail[static_cast<std::size_t>(e.child)] = a.next_state(f, e.symbol) & kCodeMask;
                node[++n] = code[static_cast<std::size_t>(e.child)] << kSymbolBits | e.symbol;
            }
            node[0] = f | n << kCodeBits;
        }
    }
    // Deep nodes of states that report get their Outputs after their edges (a table by code was 2 MB,
    // and each report missed the cache there): the deep codes move to make room.
    auto reports = [&](std::uint32_t s) { return own[s] != -1 || dict[s] != -1; };
    auto edges_at = [&a](std::size_t at) { return a.deep_nodes[at] >> kCodeBits; };
    std::vector<std::uint32_t> moved(a.deep_nodes.size(), 0); // by old node offset: the new code
    auto next_code = static_cast<std::uint32_t>(a.dense_states);
    for (std::size_t at = 0; at < a.deep_nodes.size(); at += 1 + edges_at(at)) {
        moved[at] = next_code;
        const auto c = static_cast<std::uint32_t>(a.dense_states + at);
        next_code += 1 + edges_at(at) + (reports(c) ? 2 : 0);
    }
    require_code_space(next_code, kCodeMask);
    auto new_code = [&](std::uint32_t c) { return c < a.dense_states ? c : moved[c - a.dense_states]; };
    auto new_dict = [&](std::uint32_t c) {
        return dict[c] == -1 ? -1 : static_cast<std::int32_t>(new_code(static_cast<std::uint32_t>(dict[c])));
    };
    // Transition targets carry kReports (failure links stay plain: they are followed, not reported).
    auto target = [&](std::uint32_t c) { return new_code(c) | (reports(c) ? kReports : 0); };
    for (std::size_t k = 0; k < a.dense_states * kAlphabetSize; ++k)
        a.delta[k] = target(a.delta[k]);
    std::vector<std::uint32_t> nodes(next_code - a.dense_states, 0);
    for (std::size_t at = 0; at < a.deep_nodes.size(); at += 1 + edges_at(at)) {
        const std::uint32_t* from = &a.deep_nodes[at];
        std::uint32_t* to = &nodes[moved[at] - a.dense_states];
        const std::uint32_t n = edges_at(at);
        to[0] = new_code(from[0] & kCodeMask) | n << kCodeBits;
        for (std::uint32_t k = 1; k <= n; ++k)
            to[k] = target(from[k] >> kSymbolBits) << kSymbolBits | (from[k] & kSymbolMask);
        const auto c = static_cast<std::uint32_t>(a.dense_states + at);
        if (reports(c)) {
            to[n + 1] = static_cast<std::uint32_t>(own[c]);
            to[n + 2] = static_cast<std::uint32_t>(new_dict(c));
        }
    }
    a.deep_nodes = std::move(nodes);
    a.dense_outputs.resize(a.dense_states);
    for (std::uint32_t c = 0; c < a.dense_states; ++c)
        a.dense_outputs[c] = {own[c], new_dict(c)};
    a.own = {};
    a.first_edge = {};
    a.edges = {};
}

void Matcher::build_typo_index() {
    const Label known = cue_label(Cue::KnownWord);
    std::vector<std::string> known_words;
    for (const LexEntry& e : m_lexicon.entries) {
        if (e.label == known) {
            if (all_letters(e.norm)) known_words.push_back(e.norm);
            continue;
        }
        if (e.label == cue_label(Cue::Name) || e.label == cue_label(Cue::Number)) continue;
        std::size_t pos = 0;
        while (pos < e.norm.size()) {
            std::size_t sp = e.norm.find(' ', pos);
            std::string_view w =
                std::string_view(e.norm).substr(pos, sp == std::string::npos ? sp : sp - pos);
            if (w.size() >= 5 && all_letters(w)) m_vocab.emplace_back(w);
            if (sp == std::string::npos) break;
            pos = sp + 1;
        }
    }
    std::sort(m_vocab.begin(), m_vocab.end());
    m_vocab.erase(std::unique(m_vocab.begin(), m_vocab.end()), m_vocab.end());
    m_vocab_keys.reserve(m_vocab.size());
    for (const auto& v : m_vocab)
        m_vocab_keys.push_back(phonetic_key(v));

    std::size_t words = table_size(m_vocab.size() + known_words.size());
    m_word_keys.assign(words, 0);
    m_word_values.assign(words, 0);
    for (std::size_t i = 0; i < m_vocab.size(); ++i)
        table_insert(m_word_keys, m_word_values, hash_without(m_vocab[i], m_vocab[i].size()),
                     static_cast<std::int32_t>(i));
    for (const auto& k : known_words)
        table_insert(m_word_keys, m_word_values, hash_without(k, k.size()), std::int32_t{-2});

    // Compound-capable words: the tail of "*klachten", protected single words of 6+ letters.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> tails;
    for (const LexEntry& e : m_lexicon.entries) {
        if (!is_category_label(e.label) || !all_letters(e.norm) || e.norm.size() < 6) continue;
        if (!e.prefix_wild && !categories()[e.label].is_protected) continue;
        auto it = std::lower_bound(m_vocab.begin(), m_vocab.end(), e.norm);
        if (it == m_vocab.end() || *it != e.norm) continue;
        auto v = static_cast<std::uint32_t>(it - m_vocab.begin());
        tails.emplace_back(hash_without(m_vocab_keys[v], std::string::npos), v);
    }
    std::sort(tails.begin(), tails.end());
    tails.erase(std::unique(tails.begin(), tails.end(),
                            [](const auto& x, const auto& y) { return x.first == y.first; }),
                tails.end());
    m_tail_keys.assign(table_size(tails.size()), 0);
    m_tail_values.assign(m_tail_keys.size(), 0);
    for (const auto& [h, v] : tails)
        table_insert(m_tail_keys, m_tail_values, h, v);

    std::vector<std::pair<std::uint64_t, std::uint32_t>> entries;
    entries.reserve(m_vocab_keys.size() * 12);
    for (std::uint32_t i = 0; i < m_vocab_keys.size(); ++i) {
        const std::string& k = m_vocab_keys[i];
        entries.emplace_back(hash_without(k, k.size()), i);
        for (std::size_t d = 0; d < k.size(); ++d)
            entries.emplace_back(hash_without(k, d), i);
    }
    // Duplicates (a word whose key has a doubled deletion) only take a slot; not worth a sort.
    std::size_t size = table_size(entries.size());
    m_typo_keys.assign(size, 0);
    m_typo_values.assign(size, 0);
    for (const auto& [h, v] : entries)
        table_insert(m_typo_keys, m_typo_values, h, v);
}

bool Matcher::is_filler_start(std::string_view w) const {
    if (w.size() > 15 || (m_filler_bits & word_bit(w)) == 0 || (m_filler_inner_bits & inner_bit(w)) == 0)
        return false;
    std::uint64_t h = hash_without(w, std::string::npos);
    const std::size_t mask = m_filler_keys.size() - 1;
    for (std::size_t slot = h & mask; m_filler_keys[slot] != 0; slot = (slot + 1) & mask)
        if (m_filler_keys[slot] == h) return true;
    return false;
}

bool Matcher::is_name(std::string_view w) const {
    const std::uint64_t h = hash_without(w, std::string::npos);
    const std::size_t mask = m_name_keys.size() - 1;
    for (std::size_t slot = h & mask; m_name_keys[slot] != 0; slot = (slot + 1) & mask)
        if (m_name_keys[slot] == h && m_names[m_name_values[slot]] == w) return true;
    return false;
}

Matcher::Correction Matcher::correct(std::string_view w) const {
    if (w.size() < 6 || !all_letters(w)) return {};
    const std::size_t wmask = m_word_keys.size() - 1;
    auto known_or_vocab = [&](std::string_view s) {
        std::uint64_t h = hash_without(s, s.size());
        for (std::size_t slot = h & wmask; m_word_keys[slot] != 0; slot = (slot + 1) & wmask) {
            if (m_word_keys[slot] != h) continue;
            std::int32_t v = m_word_values[slot];
            if (v == -2 || m_vocab[static_cast<std::size_t>(v)] == s) return true;
        }
        return false;
    };
    if (known_or_vocab(w)) return {};
    // An inflected lexicon word matches exactly anyway.
    static constexpr std::array<std::string_view, 8> kSuffixes{"en",  "s",   "e",    "je",
                                                               "tje", "jes", "tjes", "n"};
    for (auto suf : kSuffixes)
        if (w.size() > suf.size() + 4 && w.substr(w.size() - suf.size()) == suf &&
            known_or_vocab(w.substr(0, w.size() - suf.size())))
            return {};

    std::string key = phonetic_key(w);
    const std::size_t mask = m_typo_keys.size() - 1;
    std::int32_t best = -1;
    auto probe = [&](std::uint64_t h) {
        for (std::size_t slot = h & mask; m_typo_keys[slot] != 0 && best < 0; slot = (slot + 1) & mask) {
            if (m_typo_keys[slot] != h) continue;
            std::uint32_t v = m_typo_values[slot];
            const std::string& vk = m_vocab_keys[v];
            if (vk.size() < 4 || vk[0] != key[0] || m_vocab[v][0] != w[0] || !within_one_edit(key, vk))
                continue;
            if (!within_one_edit(w, m_vocab[v]) && phonetic_key(m_vocab[v]) != key) {
                // Phonetic variants ("psygiater") are accepted only when the keys agree exactly
                // or the spelling itself is one edit away.
                if (vk != key) continue;
            }
            best = static_cast<std::int32_t>(v);
        }
    };
    probe(hash_without(key, key.size()));
    for (std::size_t d = 0; d < key.size() && best < 0; ++d)
        probe(hash_without(key, d));
    if (best >= 0) return {best, 0};

    // A compound whose last part is a phonetic variant (no edit) of a compound-capable word:
    // "rugklagten" → "rug" + "klachten". Suffixes of the word's key stand for the word's tails.
    if (w.size() < 9) return {};
    const std::size_t tmask = m_tail_keys.size() - 1;
    for (std::size_t k = 3; k + 5 <= key.size(); ++k) {
        std::uint64_t h = hash_without(std::string_view(key).substr(k), std::string::npos);
        for (std::size_t slot = h & tmask; m_tail_keys[slot] != 0; slot = (slot + 1) & tmask) {
            if (m_tail_keys[slot] != h) continue;
            std::uint32_t v = m_tail_values[slot];
            const std::string& vocab = m_vocab[v];
            // Rare path: find the split in the word itself.
            for (std::size_t cut = 3; cut + 5 <= w.size(); ++cut) {
                std::string_view tail = w.substr(cut);
                if (tail == vocab || tail[0] != vocab[0]) continue;
                if (phonetic_key(tail) == m_vocab_keys[v])
                    return {static_cast<std::int32_t>(v), static_cast<std::uint32_t>(cut)};
            }
        }
    }
    return {};
}

Matcher::Correction Matcher::remembered_correction(std::string_view w, MatchScratch& scratch) const {
    using Remembered = MatchScratch::Remembered;
    static_assert(sizeof(Remembered) == 32, "two per cache line");
    // 4096 sets lost corrections of a few thousand distinct words to conflicts; 8192 (512 KB) keep them.
    constexpr std::size_t kSets = 8192;
    if (w.size() > sizeof(Remembered::word)) return correct(w);
    if (scratch.remembered.empty()) scratch.remembered.resize(2 * kSets);
    const std::uint64_t h = hash_without(w, std::string::npos);
    Remembered* set = &scratch.remembered[2 * (h & (kSets - 1))];
    const auto check = static_cast<std::uint32_t>(h >> 32);
    for (int way = 0; way < 2; ++way)
        if (set[way].hash == check && std::string_view(set[way].word, set[way].length) == w)
            return {set[way].vocab, set[way].keep};
    const Correction c = correct(w);
    set[1] = set[0]; // the older one leaves
    set[0].hash = check;
    set[0].vocab = c.vocab;
    set[0].keep = static_cast<std::uint8_t>(c.keep);
    set[0].length = static_cast<std::uint8_t>(w.size());
    std::copy(w.begin(), w.end(), set[0].word);
    return c;
}

std::string Matcher::correction(std::string_view word) const {
    Correction c = correct(word);
    if (c.vocab < 0) return {};
    return std::string(word.substr(0, c.keep)) + m_vocab[static_cast<std::size_t>(c.vocab)];
}

bool Matcher::accept_end(const std::string& t, const Pattern& e, std::uint32_t& end) const {
    // "die collega's" (normalised "die collega s") is a group, not one person.
    if (e.label == m_individual && t.compare(end, 3, " s ") == 0) return false;
    if (!is_word_char(t[end])) return true;
    std::uint32_t we = end;
    while (we < t.size() && is_word_char(t[we]))
        ++we;
    if (e.suffix_wild) {
        end = we;
        return true;
    }
    if (e.label == m_individual) return false; // "die vrouwen" is a group, not one person
    // "haar mail" + "en" is the verb ("ik kan haar mailen"); the file lists its plurals itself.
    if (e.label == m_correspondence) return false;
    if (!is_inflection(std::string_view(t).substr(end, we - end), e.last)) return false;
    end = we;
    return true;
}

void Matcher::run_automaton(const Automaton& a, const std::string& t, std::vector<Match>& out) const {
    // Only the step is in this loop: with the reports out of line the state stays in a register, and each
    // character waits for one table load instead of a load and a stack round trip.
    std::uint32_t state = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const std::uint32_t target = a.next_state(state, symbol(t[i]));
        state = target & kCodeMask;
        if ((target & kReports) != 0) report(a, t, i, state, out);
    }
}

void Matcher::report(const Automaton& a, const std::string& t, std::size_t i, std::uint32_t state,
                     std::vector<Match>& out) const {
    // The state's own patterns, then those of its suffixes along the dict links.
    for (Outputs o = a.outputs_of(state);; o = a.outputs_of(static_cast<std::uint32_t>(o.dict))) {
        for (std::int32_t p = o.own; p != -1; p = a.patterns[static_cast<std::size_t>(p)].next) {
            const Pattern& pat = a.patterns[static_cast<std::size_t>(p)];
            auto end = static_cast<std::uint32_t>(i + 1);
            std::uint32_t begin = end - pat.length;
            if (pat.compound) {
                std::uint32_t wb = begin, we = end;
                while (wb > 0 && is_word_char(t[wb - 1]))
                    --wb;
                while (we < t.size() && is_word_char(t[we]))
                    ++we;
                bool inside = begin > wb || we > end;
                // As head ("knieoperatie") any modifier of 3+ letters; as modifier only before a
                // medical head ("paniekaanvallen", not "medicijnkar").
                bool enough = (begin == wb || begin - wb >= 3) &&
                              (we == end || (we - end >= 3 &&
                                             is_compound_head(std::string_view(t).substr(end, we - end))));
                if (inside && enough) out.push_back({pat.entry, wb, we, false, pat.label});
                continue;
            }
            if (!pat.prefix_wild)
                ++begin; // skip the anchoring space
            else
                while (begin > 0 && is_word_char(t[begin - 1]))
                    --begin;
            if (end >= t.size() || !accept_end(t, pat, end)) continue;
            out.push_back({pat.entry, begin, end, false, pat.label});
        }
        if (o.dict == -1) break;
    }
}

void Matcher::find(const NormalisedText& text, std::vector<Match>& out, MatchScratch& scratch) const {
    // Edits of the text: typo corrections (replace) and names inside a clause (person slot).
    using Fix = MatchScratch::Fix;
    std::vector<Fix>& fixes = scratch.fixes;
    fixes.clear();
    bool second_pass = false;
    const auto& tokens = text.tokens;
    auto is_word = [&](std::size_t t) { return t < tokens.size() && tokens[t].kind == Token::Kind::Word; };
    // Length of a filler word or phrase at token i with words on both sides, or 0.
    auto filler_at = [&](std::size_t i) -> std::size_t {
        if (i == 0 || !is_word(i - 1)) return 0;
        std::string_view w = text.token_text(tokens[i]);
        if (!is_filler_start(w)) return 0; // one hash probe for the common case
        if (std::binary_search(kFillerWords.begin(), kFillerWords.end(), w)) return is_word(i + 1) ? 1 : 0;
        for (const auto& phrase : kFillerPhrases) {
            std::size_t n = 0;
            while (n < phrase.size() && !phrase[n].empty() && is_word(i + n) &&
                   text.token_text(tokens[i + n]) == phrase[n])
                ++n;
            if (n > 0 && (n == phrase.size() || phrase[n].empty()) && is_word(i + n)) return n;
        }
        return 0;
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& tok = tokens[i];
        if (tok.kind != Token::Kind::Word) continue;
        if (std::size_t n = filler_at(i)) {
            for (std::size_t k = 0; k < n; ++k)
                fixes.push_back({tokens[i + k].begin, tokens[i + k].end, -2, 0});
            second_pass = true;
            i += n - 1;
            continue;
        }
        // A capitalised word after another word of its clause, or a listed first name, followed by a
        // word: a person named where a term may have a pronoun. One letter is an initial ("P&O").
        if (tok.capitalised && tok.end - tok.begin > 1 && i + 1 < tokens.size() &&
            tokens[i + 1].kind == Token::Kind::Word &&
            ((i > 0 && tokens[i - 1].kind == Token::Kind::Word) || is_name(text.token_text(tok)))) {
            fixes.push_back({tok.begin, tok.end, -1, 0});
            second_pass = true;
            continue;
        }
        if (tok.end - tok.begin < 6) continue;
        Correction c = remembered_correction(text.token_text(tok), scratch);
        if (c.vocab >= 0) fixes.push_back({tok.begin, tok.end, c.vocab, c.keep});
    }
    std::size_t first = out.size();
    const bool typos = std::any_of(fixes.begin(), fixes.end(), [](const Fix& f) { return f.vocab >= 0; });
    if (!typos) {
        // Nothing to correct: the first pass reads the text itself, offsets unchanged.
        run_automaton(m_all, text.text, out);
        if (!second_pass) return;
    }
    // Edited text with a map back to the original normalised offsets.
    std::string& edited = scratch.edited;
    std::vector<std::uint32_t>& to_begin = scratch.to_begin;
    std::vector<std::uint32_t>& to_end = scratch.to_end;
    auto build = [&](bool with_names) {
        edited.clear();
        to_begin.clear();
        to_end.clear();
        std::uint32_t pos = 0;
        auto copy_until = [&](std::uint32_t until) {
            if (until <= pos) return;
            // One append and one resize per run of unchanged text, not three push_backs per byte.
            edited.append(text.text, pos, until - pos);
            const std::size_t at = to_begin.size();
            to_begin.resize(at + (until - pos));
            to_end.resize(at + (until - pos));
            for (std::size_t k = at; pos < until; ++k, ++pos) {
                to_begin[k] = pos;
                to_end[k] = pos + 1;
            }
        };
        for (const Fix& f : fixes) {
            if (f.vocab < 0 && !with_names) continue;
            if (f.vocab == -2) { // filler: dropped with the space before it
                copy_until(f.begin - 1);
                pos = f.end;
                continue;
            }
            copy_until(f.begin + f.keep);
            if (f.vocab < 0) {
                edited.push_back(kPersonSlot);
                to_begin.push_back(f.begin);
                to_end.push_back(f.end);
            } else {
                for (char c : m_vocab[static_cast<std::size_t>(f.vocab)]) {
                    edited.push_back(c);
                    to_begin.push_back(f.begin + f.keep);
                    to_end.push_back(f.end);
                }
            }
            pos = f.end;
        }
        copy_until(static_cast<std::uint32_t>(text.text.size()));
    };
    // First fix ending after b (fixes are in text order) that starts before e, of the wanted kind.
    auto overlaps = [&](std::uint32_t b, std::uint32_t e, bool name) {
        auto it = std::lower_bound(fixes.begin(), fixes.end(), b,
                                   [](const Fix& f, std::uint32_t x) { return f.end <= x; });
        for (; it != fixes.end() && it->begin < e; ++it)
            if ((it->vocab < 0) == name) return true;
        return false;
    };
    if (typos) {
        build(false);
        run_automaton(m_all, edited, out);
        for (std::size_t m = first; m < out.size(); ++m) {
            Match& mt = out[m];
            std::uint32_t b = to_begin[mt.begin], e = to_end[mt.end - 1];
            mt.typo = overlaps(b, e, false);
            mt.begin = b;
            mt.end = e;
        }
        if (!second_pass) return;
    }
    // Second pass: only matches that span a name or a dropped filler are new. Without fillers only a
    // pattern with a person slot can span one (the slot is no word character, so no widening reaches
    // it), and the small automaton of those finds the same matches in the same order.
    build(true);
    const bool fillers = std::any_of(fixes.begin(), fixes.end(), [](const Fix& f) { return f.vocab == -2; });
    std::size_t second = out.size();
    run_automaton(fillers ? m_all : m_slotted, edited, out);
    std::size_t w = second;
    for (std::size_t m = second; m < out.size(); ++m) {
        Match mt = out[m];
        std::uint32_t b = to_begin[mt.begin], e = to_end[mt.end - 1];
        if (!overlaps(b, e, true)) continue;
        mt.typo = overlaps(b, e, false);
        mt.begin = b;
        mt.end = e;
        out[w++] = mt;
    }
    out.resize(w);
}

} // namespace smo::scoring
