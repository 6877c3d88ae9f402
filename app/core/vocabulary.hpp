#pragma once
// Closed sets of values that sessions and settings store as strings: each is an enum with a label
// table (the exact strings on disk), guarded by a static_assert on the count. Parse with the
// *_from_id functions (or json::Reader::enumeration with the table) and compare enums, never strings.

#include "scoring/taxonomy.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace smo::core {

/// How a session is played: practice (live hints) or test (feedback only at the end).
enum class SessionMode { Oefenen, Toets, Count };
inline constexpr std::array<std::string_view, 2> kSessionModeLabels{"oefenen", "toets"};
static_assert(kSessionModeLabels.size() == static_cast<std::size_t>(SessionMode::Count));

/// The four reflection questions after a session.
enum class ReflectionField { WentWell, CouldImprove, Learned, TakeAlong, Count };
inline constexpr std::array<std::string_view, 4> kReflectionFieldLabels{"went_well", "could_improve",
                                                                        "learned", "take_along"};
static_assert(kReflectionFieldLabels.size() == static_cast<std::size_t>(ReflectionField::Count));

/// What a transcript entry records: a scripted line, a decision of the trainee, or the end.
enum class EntryKind { Line, Choice, Compose, FreeText, Observe, Quiz, Question, End, Count };
inline constexpr std::array<std::string_view, 8> kEntryKindLabels{
    "line", "choice", "compose", "free_text", "observe", "quiz", "question", "end"};
static_assert(kEntryKindLabels.size() == static_cast<std::size_t>(EntryKind::Count));

/// The kind of meeting; labels in scoring::kSmoTypeLabels.
enum class SmoType { IndividueelOpeenvolgend, MetWerknemer, ThemaBeleid, Count };
static_assert(scoring::kSmoTypeLabels.size() == static_cast<std::size_t>(SmoType::Count));

/// What the trainee does in a scenario; labels in scoring::kAssignmentLabels.
enum class Assignment { Observeren, Deelnemen, ThemaPresentatie, Count };
static_assert(scoring::kAssignmentLabels.size() == static_cast<std::size_t>(Assignment::Count));

/// The label on disk ("oefenen", "went_well", ...).
std::string_view to_id(SessionMode mode);
std::string_view to_id(ReflectionField field);
std::string_view to_id(EntryKind kind);
std::string_view to_id(SmoType type);
std::string_view to_id(Assignment assignment);

std::optional<SessionMode> session_mode_from_id(std::string_view id);
std::optional<ReflectionField> reflection_field_from_id(std::string_view id);
std::optional<EntryKind> entry_kind_from_id(std::string_view id);
std::optional<SmoType> smo_type_from_id(std::string_view id);
std::optional<Assignment> assignment_from_id(std::string_view id);

} // namespace smo::core
