#include "core/vocabulary.hpp"

#include "scoring/json/reader.hpp"

namespace smo::core {
namespace {

template <typename E, std::size_t N>
std::optional<E> from_id(const std::array<std::string_view, N>& labels, std::string_view id) {
    auto i = json::label_index(labels, id);
    return i ? std::optional<E>(static_cast<E>(*i)) : std::nullopt;
}

} // namespace

std::string_view to_id(SessionMode mode) {
    return kSessionModeLabels.at(static_cast<std::size_t>(mode));
}
std::string_view to_id(ReflectionField field) {
    return kReflectionFieldLabels.at(static_cast<std::size_t>(field));
}

std::string_view to_id(EntryKind kind) {
    return kEntryKindLabels.at(static_cast<std::size_t>(kind));
}
std::string_view to_id(SmoType type) {
    return scoring::kSmoTypeLabels.at(static_cast<std::size_t>(type));
}
std::string_view to_id(Assignment assignment) {
    return scoring::kAssignmentLabels.at(static_cast<std::size_t>(assignment));
}

std::optional<EntryKind> entry_kind_from_id(std::string_view id) {
    return from_id<EntryKind>(kEntryKindLabels, id);
}
std::optional<SmoType> smo_type_from_id(std::string_view id) {
    return from_id<SmoType>(scoring::kSmoTypeLabels, id);
}
std::optional<Assignment> assignment_from_id(std::string_view id) {
    return from_id<Assignment>(scoring::kAssignmentLabels, id);
}

std::optional<SessionMode> session_mode_from_id(std::string_view id) {
    return from_id<SessionMode>(kSessionModeLabels, id);
}
std::optional<ReflectionField> reflection_field_from_id(std::string_view id) {
    return from_id<ReflectionField>(kReflectionFieldLabels, id);
}

} // namespace smo::core
