// Group rules for theme and policy meetings: no individual cases, and group data about health that
// cannot be traced to a person (smo-rules.md §7.2).

#include "scoring/rule_families.hpp"

#include <string>

namespace smo::scoring {
namespace {

void judge_individual_case(const StatementFacts& f, HitAccumulator& hits) {
    const Hit* h = f.first_cue(Cue::Individual);
    if (h == nullptr) h = f.case_name;
    // Protected content about one person weighs more than a passing reference.
    Severity severity = hits.severity_of(kProcType, false);
    if (severity == Severity::Medium && f.protected_content) severity = Severity::High;
    hits.add(kProcType, Verdict::Violation, severity, h,
             "Een individuele casus hoort niet in een thema- of beleidsoverleg.",
             "An individual case does not belong in a theme or policy meeting.");
}

const Hit* first_health_hit(const StatementFacts& f) {
    for (const auto& x : f.disclosures)
        if (!x.neutral && f.category_of(x).is_health && x.hit) return x.hit;
    return nullptr;
}

void judge_group_size(const StatementFacts& f, int threshold, HitAccumulator& hits) {
    const Hit* health_hit = first_health_hit(f);
    const std::string limit = std::to_string(threshold);
    if (f.context.group_size.has_value()) {
        if (*f.context.group_size >= threshold) return;
        const std::string size = std::to_string(*f.context.group_size);
        hits.violation(kGroupAnon, health_hit,
                       "Een gezondheidscategorie bij een groep van " + size +
                           " mensen is tot personen herleidbaar (drempel " + limit + ").",
                       "A health category for a group of " + size +
                           " people can identify individuals (threshold " + limit + ").");
    } else if (f.has(Cue::Unit) && !f.has(Cue::OrgWide)) { // a department, size unknown: ask
        hits.caution(kGroupAnon, health_hit,
                     "Hoe groot is deze groep? Onder de " + limit +
                         " medewerkers is een gezondheidscategorie herleidbaar.",
                     "How large is this group? Below " + limit +
                         " staff a health category can identify people.");
    }
}

} // namespace

void decide_group_rules(const StatementFacts& facts, int small_group_threshold, HitAccumulator& hits) {
    if (facts.meeting != MeetingKind::Theme) return;
    if (facts.individual_ref) judge_individual_case(facts, hits);
    if (!facts.health_content && !(facts.medical_ref && facts.has(Cue::SingleOut))) return;
    if (const Hit* single = facts.first_cue(Cue::SingleOut))
        hits.violation(kGroupAnon, single,
                       "Dit kenmerk wijst één persoon aan; groepsgegevens mogen niet herleidbaar zijn.",
                       "This attribute singles out one person; group data must not identify anyone.");
    else if (facts.group_mode)
        judge_group_size(facts, small_group_threshold, hits);
}

} // namespace smo::scoring
