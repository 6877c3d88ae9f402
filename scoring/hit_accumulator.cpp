#include "scoring/hit_accumulator.hpp"

#include <algorithm>

namespace smo::scoring {

Severity HitAccumulator::severity_of(std::string_view rule, bool sensitive) const {
    const Rule* r = m_rules.find(rule);
    if (r == nullptr) return Severity::Medium;
    if (r->conditional) return Severity::None;
    return sensitive && r->raise_if_sensitive ? raised(r->severity) : r->severity;
}

Span HitAccumulator::span_of(const Hit& h) const {
    auto [b, e] = m_analysis.norm.source_range(h.nbegin, h.nend);
    const LexEntry& entry = m_lexicon.entries[h.entry];
    Label cat = entry.implies != kNoLabel ? entry.implies : h.label;
    std::string term = entry.norm;
    std::replace(term.begin(), term.end(), '\x02', '*'); // the {pron} slot, readable
    return Span{b, e, std::string(label_id(cat)), std::move(term)};
}

void HitAccumulator::add(std::string_view rule, Verdict v, Severity s, const Hit* h, std::string_view why_nl,
                         std::string_view why_en, Condition condition) {
    auto it = std::find_if(m_hits.begin(), m_hits.end(), [&](const RuleHit& r) { return r.rule_id == rule; });
    if (it == m_hits.end()) {
        m_hits.push_back(RuleHit{std::string(rule),
                                 v,
                                 s,
                                 m_with_reasons ? std::string(why_nl) : std::string(),
                                 m_with_reasons ? std::string(why_en) : std::string(),
                                 {},
                                 condition});
        it = m_hits.end() - 1;
    } else {
        if (it->condition == Condition::None) it->condition = condition;
        if (v == Verdict::Violation) it->verdict = Verdict::Violation;
        it->severity = std::max(it->severity, s);
        // Bounded, so that a megabyte of repeats does not make a megabyte of reasons.
        if (m_with_reasons && it->reason_nl.size() < 400 && !why_nl.empty() &&
            it->reason_nl.find(why_nl) == std::string::npos) {
            it->reason_nl += " ";
            it->reason_nl += why_nl;
            it->reason_en += " ";
            it->reason_en += why_en;
        }
    }
    if (m_with_reasons && h != nullptr && it->spans.size() < 64) { // enough to show; keeps huge inputs linear
        Span sp = span_of(*h);
        bool dup = std::any_of(it->spans.begin(), it->spans.end(),
                               [&](const Span& x) { return x.start == sp.start && x.end == sp.end; });
        if (!dup) it->spans.push_back(std::move(sp));
    }
}

bool HitAccumulator::has(std::string_view rule) const {
    return std::any_of(m_hits.begin(), m_hits.end(), [&](const RuleHit& r) { return r.rule_id == rule; });
}

} // namespace smo::scoring
