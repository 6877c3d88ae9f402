#pragma once
// What the scenario editor has selected, by id (never by index, so a move or an insert elsewhere
// keeps it), and the mapping from a diagnostic's JSON pointer to the element whose form shows it.

#include "core/scenario.hpp"

#include <string>
#include <string_view>

namespace smo::core {

/// The parts of a scenario the editor has a form for.
enum class EditorItemKind { Briefing, Participant, Case, Variable, Questions, Group, Node, Count };

struct EditorItem {
    EditorItemKind kind = EditorItemKind::Briefing;
    std::string id; ///< participant, case, variable or node id; Questions: "voorbespreking"/"nabespreking";
                    ///< Group: "" (the group data of a thema meeting, with its units)
    bool operator==(const EditorItem&) const = default;
};

/// The element a pointer lies in: "/nodes/4/options/1/text" is node 4's form, "/cases/0/file/2"
/// the case's form (its file table), "/title" or anything unknown the briefing.
EditorItem item_for_pointer(const Scenario& scenario, std::string_view pointer);

/// The JSON pointer of the selected element; "" for the briefing or when it no longer exists.
std::string pointer_of(const Scenario& scenario, const EditorItem& item);

/// True when the item still exists in `scenario` (the briefing always does).
bool item_exists(const Scenario& scenario, const EditorItem& item);

} // namespace smo::core
