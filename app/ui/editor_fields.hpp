#pragma once
// Form fields of the scenario editor. Each reads its value from the model, and turns a change
// into an undoable command (EditScenario intent): text fields when they are left (one edit per
// field visit), dropdowns and checkboxes at once. Ids are picked from lists, never typed, except
// an element's own id, which is renamed with every reference.

#include "core/scenario_commands.hpp"
#include "ui/app_state.hpp"

#include <optional>
#include <string>
#include <vector>

namespace smo::ui {

/// One entry of a dropdown or checklist.
struct FieldChoice {
    std::string id;
    std::string label;   ///< shown; "" = the id
    std::string tooltip; ///< e.g. a category's explanation
};

/// What the fields of one form share.
struct EditContext {
    AppState& state;
    const core::OrderedJson& doc;
    const core::Scenario& scenario;

    const char* tr(const char* key) const { return state.strings(key); }
    bool read_only() const { return state.editor.read_only; }
    /// Queues set_field(pointer, value); the label names the undo step.
    void set(const std::string& pointer, core::OrderedJson value) const;
    void remove(const std::string& pointer) const;
    void command(std::optional<core::Command> c, const std::string& error,
                 std::optional<core::EditorItem> select_after = std::nullopt) const;
};

// Cells: the bare widget (for tables); the *_field functions put a label before them.
void text_cell(const EditContext& ctx, const std::string& pointer, const std::string& value,
               bool multiline = false);
void id_cell(const EditContext& ctx, core::IdKind kind, const std::string& value,
             const std::string& node_id = {});
void combo_cell(const EditContext& ctx, const std::string& pointer, const std::string& value,
                const std::vector<FieldChoice>& choices, const char* none_label = nullptr);

/// A label in the form's left column; the field follows on the same line.
void field_label(const char* label, const std::string& pointer, const EditContext& ctx);

void text_field(const EditContext& ctx, const char* label, const std::string& pointer,
                const std::string& value, bool multiline = false);
/// The same text in Dutch and English side by side (e.g. title / title_en).
void bilingual_field(const EditContext& ctx, const char* label, const std::string& pointer_nl,
                     const std::string& value_nl, const std::string& pointer_en, const std::string& value_en,
                     bool multiline = false);
/// An element's own id: renamed with every reference when the field is left.
void id_field(const EditContext& ctx, const char* label, core::IdKind kind, const std::string& value,
              const std::string& node_id = {});
void int_field(const EditContext& ctx, const char* label, const std::string& pointer,
               std::optional<int> value, bool optional = false);
void bool_field(const EditContext& ctx, const char* label, const std::string& pointer, bool value);
/// A list of phrases edited as one comma-separated line ("tilhulp*, heuphoogte").
void phrases_field(const EditContext& ctx, const char* label, const std::string& pointer,
                   const std::vector<std::string>& value);
/// A dropdown; `none_label` non-null adds a first entry that removes the key.
void combo_field(const EditContext& ctx, const char* label, const std::string& pointer,
                 const std::string& value, const std::vector<FieldChoice>& choices,
                 const char* none_label = nullptr);
/// Checkboxes writing a list of ids (in `choices` order).
void checklist_field(const EditContext& ctx, const char* label, const std::string& pointer,
                     const std::vector<std::string>& value, const std::vector<FieldChoice>& choices);
/// The ways on: a target dropdown and conditions per edge; add and remove.
void edges_field(const EditContext& ctx, const char* label, const std::string& pointer,
                 const std::vector<core::Edge>& edges);
void conditions_field(const EditContext& ctx, const char* label, const std::string& pointer,
                      const std::vector<core::Condition>& conditions);
void effects_field(const EditContext& ctx, const char* label, const std::string& pointer,
                   const std::vector<core::Effect>& effects);

// The lists dropdowns offer.
std::vector<FieldChoice> node_choices(const core::Scenario& s);
std::vector<FieldChoice> participant_choices(const core::Scenario& s);
std::vector<FieldChoice> item_choices(const core::Scenario& s);
std::vector<FieldChoice> category_choices(const core::Strings& tr);
std::vector<FieldChoice> goal_choices(const core::Strings& tr);
std::vector<FieldChoice> role_choices(const core::Strings& tr);
std::vector<FieldChoice> variable_choices(const core::Scenario& s);
std::vector<FieldChoice> rule_choices(const AppState& state);

} // namespace smo::ui
