#include "scoring/suggest.hpp"

#include "scoring/taxonomy.hpp"

#include <algorithm>

namespace smo::scoring {
namespace {

bool is_functional(std::string_view id) {
    return id == "functional" || id == "duration" || id == "capacity" || id == "advice" ||
           id == "work_related";
}

} // namespace

Suggestion suggest_rewording(std::string_view text, const Analysis& a, const Lexicon& lexicon,
                             const Rulebase& rules, const Evaluation& ev) {
    (void)lexicon;
    Suggestion s;
    // Clauses with functional content and no protected span.
    std::string kept;
    const auto& tokens = a.norm.tokens;
    std::vector<std::uint8_t> flags(a.clauses.size() + 1, 0); // 1: functional, 2: protected or hint
    for (const Hit& h : a.hits) {
        if (h.label == hint_label()) flags[h.clause] |= 2;
        if (!is_category_label(h.label)) continue;
        std::string_view id = label_id(h.label);
        if (is_functional(id)) flags[h.clause] |= 1;
        if (is_protected_category(id)) flags[h.clause] |= 2;
    }
    for (std::size_t c = 0; c < a.clauses.size() && kept.size() < 600; ++c) {
        const TokenRange& cl = a.clauses[c];
        bool functional = (flags[c] & 1) != 0, bad = (flags[c] & 2) != 0;
        if (!functional || bad) continue;
        std::uint32_t first = cl.begin, last = cl.end;
        while (last > first && tokens[last - 1].kind != Token::Kind::Word)
            --last;
        if (last <= first) continue;
        auto [b, e] = a.norm.source_range(tokens[first].begin, tokens[last - 1].end);
        if (e <= b || e > text.size()) continue;
        if (!kept.empty()) kept += "; ";
        kept += text.substr(b, e - b);
    }
    if (!kept.empty() && kept.size() < 600) {
        s.nl = "Houd het bij wat voor het werk telt: '" + kept + "'.";
        s.en = "Keep to what matters for work: '" + kept + "'.";
    }
    // The worst rule's own advice.
    for (const RuleHit& h : ev.hits) {
        const Rule* r = rules.find(h.rule_id);
        if (r == nullptr || r->suggestion.nl.empty()) continue;
        if (!s.nl.empty()) {
            s.nl += " ";
            s.en += " ";
        }
        s.nl += r->suggestion.nl;
        s.en += r->suggestion.en;
        break;
    }
    return s;
}

} // namespace smo::scoring
