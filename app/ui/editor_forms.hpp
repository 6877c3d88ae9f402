#pragma once
// The editor's forms, one per kind of element (briefing, participant, case with its file table,
// variable, questions, node with its options or answers), and the buttons that add elements.

#include "ui/editor_fields.hpp"

namespace smo::ui {

/// The form of the selected element.
void draw_item_form(const EditContext& ctx, const core::EditorItem& item);

/// "Nieuwe knoop" of a kind after `after_node` (or at the end): a free id, the kind's required
/// fields filled with placeholders the author replaces.
std::optional<core::Command> new_node_command(const core::OrderedJson& doc, const core::Scenario& s,
                                              core::NodeKind kind, const std::string& after_node,
                                              std::string& new_id, std::string& error);

/// A free id "<base>_<n>" among `taken`.
std::string free_id(const std::string& base, const std::vector<std::string>& taken);

} // namespace smo::ui
