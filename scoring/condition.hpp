#pragma once
// The condition model: a `caution` is a statement that is lawful only if a fact the sentence does not
// settle holds. Each caution names that fact, so the trainee knows what to check (smo-rules.md §3.3,
// §3.4, §7).

#include <cstdint>
#include <string_view>

namespace smo::scoring {

/// The undecided fact that would make a conditional statement lawful.
enum class Condition : std::uint8_t {
    None,                  ///< not conditional (allowed or violation)
    ExplicitConsent,       ///< the worker gave explicit, specific consent for exactly this
    WorkerToldEmployer,    ///< the worker told the employer himself
    GroupLargeEnough,      ///< the group is large enough not to identify anyone
    InsideFunctionalUnit,  ///< the recipient works under the bedrijfsarts' responsibility
    EmergencyMinimum,      ///< explicit consent, and only what colleagues need to act
    VangnetWhetherOnly,    ///< the worker agrees, and only whether (never which) provision applies
    WorkerPresentAsking,   ///< the worker is present and asks for it himself
    AttendeeEntitled,      ///< whoever else sits in is there for his role or at the worker's request
    WorkerInformed,        ///< the worker knows beforehand that his case is discussed today
    WorkerSameInformation, ///< the worker has had the same advice as the employer, first or at the same time
    RecipientNeedsIt,      ///< the person told or sent it needs it for his role in the worker's return
    Count
};

/// Stable id for JSON output ("explicit_consent"); "" for None.
std::string_view condition_id(Condition c);
/// The condition as a sentence: "alleen toelaatbaar als ..." / "only acceptable if ...".
std::string_view condition_nl(Condition c);
std::string_view condition_en(Condition c);
/// The condition for an id; None for an unknown or empty id.
Condition condition_from_id(std::string_view id);

} // namespace smo::scoring
