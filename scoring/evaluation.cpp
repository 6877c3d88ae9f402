#include "scoring/evaluation.hpp"

#include "scoring/taxonomy.hpp"

#include <algorithm>
#include <array>
#include <iterator>

namespace smo::scoring {
namespace {
constexpr std::array kVerdictIds{"allowed", "caution", "violation"};
static_assert(std::size(kVerdictIds) == static_cast<std::size_t>(Verdict::Count));
constexpr std::array kSeverityIds{"none", "low", "medium", "high", "critical"};
static_assert(std::size(kSeverityIds) == static_cast<std::size_t>(Severity::Count));
} // namespace

const char* verdict_id(Verdict v) {
    auto i = static_cast<std::size_t>(v);
    return i < kVerdictIds.size() ? kVerdictIds[i] : "allowed";
}

const char* severity_id(Severity s) {
    auto i = static_cast<std::size_t>(s);
    return i < kSeverityIds.size() ? kSeverityIds[i] : "none";
}

bool Context::worker_present() const {
    return std::find(who_present.begin(), who_present.end(), "werknemer") != who_present.end();
}

bool Context::audience_without_confidentiality() const {
    return std::any_of(who_present.begin(), who_present.end(),
                       [](const std::string& r) { return !role_has_medical_confidentiality(r); });
}

std::vector<std::string> Evaluation::rule_ids() const {
    std::vector<std::string> ids;
    ids.reserve(hits.size());
    for (const auto& h : hits)
        ids.push_back(h.rule_id);
    return ids;
}

std::string Evaluation::rule_list() const {
    std::string out;
    for (const auto& h : hits) {
        if (!out.empty()) out += ", ";
        out += h.rule_id;
    }
    return out;
}

Condition Evaluation::condition() const {
    if (verdict != Verdict::Caution) return Condition::None;
    for (const auto& h : hits)
        if (h.verdict == Verdict::Caution && h.condition != Condition::None) return h.condition;
    return Condition::None;
}

Verdict Evaluation::span_verdict(const Span& span) const {
    bool marked = false;
    Verdict worst = Verdict::Allowed;
    for (const auto& h : hits)
        for (const auto& s : h.spans)
            if (s.start < span.end && span.start < s.end) {
                marked = true;
                worst = std::max(worst, h.verdict);
            }
    if (marked) return worst;
    if (!is_protected_category(span.category)) return Verdict::Allowed;
    return verdict == Verdict::Allowed ? Verdict::Caution : verdict;
}

} // namespace smo::scoring
