#include "ui/editor_fields.hpp"

#include "core/key_points.hpp"

#include "scoring/rulebase.hpp"
#include "scoring/taxonomy.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <algorithm>
#include <imgui.h>
#include <imgui_stdlib.h>

namespace smo::ui {

namespace {

constexpr float kLabelWidth = 9.5f; // em

std::string excerpt(const std::string& text, std::size_t max_bytes = 48) {
    if (text.size() <= max_bytes) return text;
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut; // never split a UTF-8 sequence
    return text.substr(0, cut) + "...";
}

bool focused(const EditContext& ctx, const std::string& pointer) {
    const std::string& f = ctx.state.editor.focus_pointer;
    return !f.empty() && !pointer.empty() && f.rfind(pointer, 0) == 0;
}

// The draft of the field at `pointer` (while it is being typed in) or the model's value.
std::string shown_text(const EditContext& ctx, const std::string& pointer, const std::string& value) {
    const FieldDraft& d = ctx.state.editor.draft;
    return d.pointer == pointer ? d.text : value;
}

// Keeps the draft while the field is active; true when it was left after an edit.
bool track_draft(const EditContext& ctx, const std::string& pointer, const std::string& text) {
    FieldDraft& d = ctx.state.editor.draft;
    if (ImGui::IsItemActive()) {
        d.pointer = pointer;
        d.text = text;
    }
    if (ImGui::IsItemDeactivated() && d.pointer == pointer) {
        d = {};
        return ImGui::IsItemDeactivatedAfterEdit();
    }
    return false;
}

const char* choice_label(const std::vector<FieldChoice>& choices, const std::string& id) {
    for (const auto& c : choices)
        if (c.id == id) return c.label.empty() ? c.id.c_str() : c.label.c_str();
    return nullptr;
}

// A variable dropdown of a condition or effect row.
void variable_cell(const EditContext& ctx, const std::string& pointer, const std::string& current,
                   const std::vector<FieldChoice>& vars) {
    ImGui::SetNextItemWidth(em(8));
    if (ImGui::BeginCombo("##var", current.c_str())) {
        for (const auto& v : vars)
            if (ImGui::Selectable(v.label.c_str(), v.id == current) && v.id != current)
                ctx.set(pointer, v.id);
        ImGui::EndCombo();
    }
}

// The value of a condition or effect: a checkbox for true/false, else a whole number committed on leaving.
void value_cell(const EditContext& ctx, const std::string& pointer, int value, bool is_bool) {
    if (is_bool) {
        bool b = value != 0;
        if (ImGui::Checkbox("##b", &b)) ctx.set(pointer, b);
        return;
    }
    std::string text = shown_text(ctx, pointer, std::to_string(value));
    ImGui::SetNextItemWidth(em(4));
    ImGui::InputText("##n", &text, ImGuiInputTextFlags_CharsDecimal);
    if (!track_draft(ctx, pointer, text)) return;
    try {
        ctx.set(pointer, std::stoi(text));
    } catch (const std::exception&) {
        ctx.command(std::nullopt, ctx.tr("editor.not_a_number"));
    }
}

// "x" after a list row: removes element `index` of the list at `pointer`.
void remove_row_button(const EditContext& ctx, const std::string& pointer, std::size_t index) {
    if (!ImGui::SmallButton("x")) return;
    std::string error;
    ctx.command(core::remove_element(ctx.doc, pointer, index, error), error);
}

} // namespace

void EditContext::set(const std::string& pointer, core::OrderedJson value) const {
    std::string error;
    auto c = core::set_field(doc, pointer, std::move(value), error);
    if (c) c->label = tr("editor.cmd.set_field");
    command(std::move(c), error);
}

void EditContext::remove(const std::string& pointer) const {
    std::string error;
    auto c = core::remove_field(doc, pointer, error);
    if (c) c->label = tr("editor.cmd.set_field");
    command(std::move(c), error);
}

void EditContext::command(std::optional<core::Command> c, const std::string& error,
                          std::optional<core::EditorItem> select_after) const {
    emit<EditScenario>(state, std::move(c), error, std::move(select_after));
    emit<EndEditMerge>(state); // a form edit is one undo step
}

void field_label(const char* label, const std::string& pointer, const EditContext& ctx) {
    ImGui::AlignTextToFramePadding();
    const bool hit = focused(ctx, pointer);
    ImGui::PushStyleColor(ImGuiCol_Text, hit ? theme::kError : theme::kMuted);
    ImGui::TextUnformatted(label);
    ImGui::PopStyleColor();
    if (hit && ctx.state.editor.scroll_to_focus) {
        ImGui::SetScrollHereY(0.3f);
        ctx.state.editor.scroll_to_focus = false; // scrolled once; the colour stays
    }
    ImGui::SameLine(em(kLabelWidth));
}

void text_cell(const EditContext& ctx, const std::string& pointer, const std::string& value, bool multiline) {
    ImGui::PushID(pointer.c_str());
    std::string text = shown_text(ctx, pointer, value);
    ImGuiInputTextFlags flags = ctx.read_only() ? ImGuiInputTextFlags_ReadOnly : 0;
    if (multiline) {
        input_text_wrapped("##v", text, ImVec2(-1, em(3.6f)), flags);
    } else {
        ImGui::SetNextItemWidth(-1);
        ImGui::InputText("##v", &text, flags);
    }
    if (track_draft(ctx, pointer, text) && text != value) ctx.set(pointer, text);
    ImGui::PopID();
}

void text_field(const EditContext& ctx, const char* label, const std::string& pointer,
                const std::string& value, bool multiline) {
    field_label(label, pointer, ctx);
    if (multiline) ImGui::NewLine();
    text_cell(ctx, pointer, value, multiline);
}

void bilingual_field(const EditContext& ctx, const char* label, const std::string& pointer_nl,
                     const std::string& value_nl, const std::string& pointer_en, const std::string& value_en,
                     bool multiline) {
    ImGui::PushID(pointer_nl.c_str());
    field_label(label, pointer_nl, ctx);
    ImGui::NewLine();
    if (ImGui::BeginTable("##bi", 2, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableSetupColumn(ctx.tr("editor.lang.nl"));
        ImGui::TableSetupColumn(ctx.tr("editor.lang.en"));
        ImGui::TableHeadersRow();
        const std::pair<const std::string*, const std::string*> cells[2] = {{&pointer_nl, &value_nl},
                                                                            {&pointer_en, &value_en}};
        for (const auto& [ptr, value] : cells) {
            ImGui::TableNextColumn();
            ImGui::PushID(ptr->c_str());
            std::string text = shown_text(ctx, *ptr, *value);
            ImGuiInputTextFlags flags = ctx.read_only() ? ImGuiInputTextFlags_ReadOnly : 0;
            if (multiline)
                input_text_wrapped("##v", text, ImVec2(-1, em(3.6f)), flags);
            else {
                ImGui::SetNextItemWidth(-1);
                ImGui::InputText("##v", &text, flags);
            }
            if (track_draft(ctx, *ptr, text) && text != *value) {
                // An emptied English text goes back to "none" (the Dutch one is shown).
                if (text.empty() && ptr == &pointer_en)
                    ctx.remove(*ptr);
                else
                    ctx.set(*ptr, text);
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::PopID();
}

void id_cell(const EditContext& ctx, core::IdKind kind, const std::string& value,
             const std::string& node_id) {
    const std::string key = "id:" + node_id + ":" + value;
    ImGui::PushID(key.c_str());
    std::string text = shown_text(ctx, key, value);
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##id", &text, ctx.read_only() ? ImGuiInputTextFlags_ReadOnly : 0);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ctx.tr("editor.id.tooltip"));
    if (track_draft(ctx, key, text) && text != value) {
        std::string error;
        auto c = core::rename_id(ctx.doc, kind, value, text, error, node_id);
        if (c) c->label = ctx.tr("editor.cmd.rename");
        std::optional<core::EditorItem> follow;
        if (kind == core::IdKind::Node) follow = core::EditorItem{core::EditorItemKind::Node, text};
        if (kind == core::IdKind::Participant)
            follow = core::EditorItem{core::EditorItemKind::Participant, text};
        if (kind == core::IdKind::Case) follow = core::EditorItem{core::EditorItemKind::Case, text};
        if (kind == core::IdKind::Variable) follow = core::EditorItem{core::EditorItemKind::Variable, text};
        ctx.command(std::move(c), error, follow);
    }
    ImGui::PopID();
}

void id_field(const EditContext& ctx, const char* label, core::IdKind kind, const std::string& value,
              const std::string& node_id) {
    field_label(label, {}, ctx);
    id_cell(ctx, kind, value, node_id);
}

void int_field(const EditContext& ctx, const char* label, const std::string& pointer,
               std::optional<int> value, bool optional) {
    ImGui::PushID(pointer.c_str());
    field_label(label, pointer, ctx);
    const std::string before = value ? std::to_string(*value) : std::string();
    std::string text = shown_text(ctx, pointer, before);
    ImGui::SetNextItemWidth(em(6));
    ImGui::InputText("##v", &text,
                     ImGuiInputTextFlags_CharsDecimal | (ctx.read_only() ? ImGuiInputTextFlags_ReadOnly : 0));
    if (track_draft(ctx, pointer, text) && text != before) {
        if (text.empty() && optional) {
            ctx.remove(pointer);
        } else {
            try {
                std::size_t used = 0;
                const int n = std::stoi(text, &used);
                if (used == text.size())
                    ctx.set(pointer, n);
                else
                    ctx.command(std::nullopt, ctx.tr("editor.not_a_number"));
            } catch (const std::exception&) {
                ctx.command(std::nullopt, ctx.tr("editor.not_a_number"));
            }
        }
    }
    ImGui::PopID();
}

void phrases_field(const EditContext& ctx, const char* label, const std::string& pointer,
                   const std::vector<std::string>& value) {
    ImGui::PushID(pointer.c_str());
    field_label(label, pointer, ctx);
    const std::string before = core::phrases_text(value);
    std::string text = shown_text(ctx, pointer, before);
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##v", &text, ctx.read_only() ? ImGuiInputTextFlags_ReadOnly : 0);
    if (track_draft(ctx, pointer, text) && text != before) ctx.set(pointer, core::phrases_from_text(text));
    ImGui::PopID();
}

void bool_field(const EditContext& ctx, const char* label, const std::string& pointer, bool value) {
    ImGui::PushID(pointer.c_str());
    field_label(label, pointer, ctx);
    bool v = value;
    if (ImGui::Checkbox("##v", &v) && !ctx.read_only()) ctx.set(pointer, v);
    ImGui::PopID();
}

void combo_cell(const EditContext& ctx, const std::string& pointer, const std::string& value,
                const std::vector<FieldChoice>& choices, const char* none_label) {
    ImGui::PushID(pointer.c_str());
    const char* shown = choice_label(choices, value);
    std::string unknown;
    if (shown == nullptr) {
        // A value the list does not have (a typo in the file): shown, so it can be replaced.
        unknown = value.empty() ? std::string(none_label ? none_label : "") : value + " (?)";
        shown = unknown.c_str();
    }
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##v", shown)) {
        if (none_label != nullptr && ImGui::Selectable(none_label, value.empty()) && !value.empty())
            ctx.remove(pointer);
        for (const auto& c : choices) {
            ImGui::PushID(c.id.c_str());
            if (ImGui::Selectable(c.label.empty() ? c.id.c_str() : c.label.c_str(), c.id == value) &&
                c.id != value && !ctx.read_only())
                ctx.set(pointer, c.id);
            if (!c.tooltip.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", c.tooltip.c_str());
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    if (const FieldChoice* c = nullptr; ImGui::IsItemHovered()) {
        for (const auto& x : choices)
            if (x.id == value) c = &x;
        if (c != nullptr && !c->tooltip.empty()) ImGui::SetTooltip("%s", c->tooltip.c_str());
    }
    ImGui::PopID();
}

void combo_field(const EditContext& ctx, const char* label, const std::string& pointer,
                 const std::string& value, const std::vector<FieldChoice>& choices, const char* none_label) {
    field_label(label, pointer, ctx);
    combo_cell(ctx, pointer, value, choices, none_label);
}

void checklist_field(const EditContext& ctx, const char* label, const std::string& pointer,
                     const std::vector<std::string>& value, const std::vector<FieldChoice>& choices) {
    ImGui::PushID(pointer.c_str());
    field_label(label, pointer, ctx);
    ImGui::BeginGroup();
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const FieldChoice& c = choices[i];
        bool on = std::find(value.begin(), value.end(), c.id) != value.end();
        ImGui::PushID(c.id.c_str());
        if (ImGui::Checkbox(c.label.empty() ? c.id.c_str() : c.label.c_str(), &on) && !ctx.read_only()) {
            core::OrderedJson list = core::OrderedJson::array();
            for (const auto& other : choices) {
                const bool was = std::find(value.begin(), value.end(), other.id) != value.end();
                if (other.id == c.id ? on : was) list.push_back(other.id);
            }
            // Ids the list does not know stay (the validator reports them).
            for (const auto& v : value)
                if (choice_label(choices, v) == nullptr) list.push_back(v);
            ctx.set(pointer, std::move(list));
        }
        if (!c.tooltip.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", c.tooltip.c_str());
        ImGui::PopID();
    }
    for (const auto& v : value)
        if (choice_label(choices, v) == nullptr) {
            ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
            ImGui::Text("%s (?)", v.c_str());
            ImGui::PopStyleColor();
        }
    ImGui::EndGroup();
    ImGui::PopID();
}

void conditions_field(const EditContext& ctx, const char* label, const std::string& pointer,
                      const std::vector<core::Condition>& conditions) {
    ImGui::PushID(pointer.c_str());
    field_label(label, pointer, ctx);
    ImGui::BeginGroup();
    const auto vars = variable_choices(ctx.scenario);
    static const char* const kOps[] = {"==", "!=", "<", "<=", ">", ">="};
    for (std::size_t i = 0; i < conditions.size(); ++i) {
        const core::Condition& c = conditions[i];
        ImGui::PushID(static_cast<int>(i));
        variable_cell(ctx, c.ptr + "/var", c.var, vars);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em(3.5f));
        if (ImGui::BeginCombo("##op", core::compare_op_id(c.op))) {
            for (const char* op : kOps)
                if (ImGui::Selectable(op, std::string(op) == core::compare_op_id(c.op)))
                    ctx.set(c.ptr + "/op", op);
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        value_cell(ctx, c.ptr + "/value", c.value, c.value_is_bool);
        ImGui::SameLine();
        remove_row_button(ctx, pointer, i);
        ImGui::PopID();
    }
    if (!vars.empty() && ImGui::SmallButton(ctx.tr("editor.add_condition"))) {
        std::string error;
        core::OrderedJson c{{"var", vars.front().id}, {"op", ">="}, {"value", 1}};
        ctx.command(core::add_element(ctx.doc, pointer, std::move(c), std::nullopt, error), error);
    }
    if (vars.empty() && conditions.empty()) ImGui::TextDisabled("%s", ctx.tr("editor.no_variables"));
    ImGui::EndGroup();
    ImGui::PopID();
}

void effects_field(const EditContext& ctx, const char* label, const std::string& pointer,
                   const std::vector<core::Effect>& effects) {
    ImGui::PushID(pointer.c_str());
    field_label(label, pointer, ctx);
    ImGui::BeginGroup();
    const auto vars = variable_choices(ctx.scenario);
    for (std::size_t i = 0; i < effects.size(); ++i) {
        const core::Effect& e = effects[i];
        ImGui::PushID(static_cast<int>(i));
        variable_cell(ctx, e.ptr + "/var", e.var, vars);
        ImGui::SameLine();
        ImGui::TextUnformatted(e.is_set ? "=" : "+");
        ImGui::SameLine();
        value_cell(ctx, e.ptr + (e.is_set ? "/set" : "/add"), e.value, e.value_is_bool);
        ImGui::SameLine();
        remove_row_button(ctx, pointer, i);
        ImGui::PopID();
    }
    if (!vars.empty() && ImGui::SmallButton(ctx.tr("editor.add_effect"))) {
        std::string error;
        core::OrderedJson e{{"var", vars.front().id}, {"add", 1}};
        ctx.command(core::add_element(ctx.doc, pointer, std::move(e), std::nullopt, error), error);
    }
    if (vars.empty() && effects.empty()) ImGui::TextDisabled("%s", ctx.tr("editor.no_variables"));
    ImGui::EndGroup();
    ImGui::PopID();
}

void edges_field(const EditContext& ctx, const char* label, const std::string& pointer,
                 const std::vector<core::Edge>& edges) {
    ImGui::PushID(pointer.c_str());
    field_label(label, pointer, ctx);
    ImGui::BeginGroup();
    const auto nodes = node_choices(ctx.scenario);
    // `"next": "id"` is the short form of one unconditional edge.
    const core::OrderedJson* raw = core::find_value(ctx.doc, pointer);
    const bool short_form = raw != nullptr && raw->is_string();
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const core::Edge& e = edges[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TextUnformatted("->");
        ImGui::SameLine();
        const char* shown = choice_label(nodes, e.to);
        std::string unknown = e.to + " (?)";
        ImGui::SetNextItemWidth(em(18));
        if (ImGui::BeginCombo("##to", shown ? shown : unknown.c_str())) {
            for (const auto& n : nodes) {
                ImGui::PushID(n.id.c_str());
                if (ImGui::Selectable(n.label.c_str(), n.id == e.to) && n.id != e.to)
                    ctx.set(short_form ? pointer : e.ptr + "/to", n.id);
                ImGui::PopID();
            }
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("x")) {
            std::string error;
            if (short_form)
                ctx.remove(pointer);
            else
                ctx.command(core::remove_element(ctx.doc, pointer, i, error), error);
        }
        if (!short_form) {
            ImGui::Indent(em(1));
            conditions_field(ctx, ctx.tr("editor.field.when"), e.ptr + "/when", e.when);
            ImGui::Unindent(em(1));
        }
        ImGui::PopID();
    }
    if (!nodes.empty() && ImGui::SmallButton(ctx.tr("editor.add_edge"))) {
        std::string error;
        if (short_form) {
            // A second way on needs the list form: [{"to": old}, {"to": new}].
            core::OrderedJson list = core::OrderedJson::array();
            list.push_back(core::OrderedJson{{"to", raw->get<std::string>()}});
            list.push_back(core::OrderedJson{{"to", nodes.front().id}});
            ctx.set(pointer, std::move(list));
        } else {
            ctx.command(core::add_element(ctx.doc, pointer, core::OrderedJson{{"to", nodes.front().id}},
                                          std::nullopt, error),
                        error);
        }
    }
    ImGui::EndGroup();
    ImGui::PopID();
}

std::vector<FieldChoice> node_choices(const core::Scenario& s) {
    std::vector<FieldChoice> out;
    for (const auto& n : s.nodes) {
        const std::string& text = n.text.empty() ? n.prompt : n.text;
        out.push_back({n.id, n.id + "  (" + core::node_kind_id(n.kind) + ") " + excerpt(text, 36), text});
    }
    return out;
}

std::vector<FieldChoice> participant_choices(const core::Scenario& s) {
    std::vector<FieldChoice> out;
    for (const auto& p : s.participants)
        out.push_back({p.id, p.id + " - " + p.name + " (" + p.role + ")", p.description});
    return out;
}

std::vector<FieldChoice> item_choices(const core::Scenario& s) {
    std::vector<FieldChoice> out;
    for (const auto& c : s.cases)
        for (const auto& i : c.file)
            out.push_back({i.id, i.id + " - " + excerpt(i.text), c.id + " / " + i.category + ": " + i.text});
    return out;
}

std::vector<FieldChoice> category_choices(const core::Strings& tr) {
    std::vector<FieldChoice> out;
    for (const auto& c : scoring::categories()) {
        const std::string id(c.id);
        const std::string name = tr(("category." + id).c_str());
        std::string tip = name + ": ";
        tip += c.is_protected ? tr("editor.category.protected") : tr("editor.category.shareable");
        if (!c.primary_rule.empty()) tip += " (" + std::string(c.primary_rule) + ")";
        out.push_back({id, id + " - " + name, tip});
    }
    return out;
}

std::vector<FieldChoice> goal_choices(const core::Strings& tr) {
    std::vector<FieldChoice> out;
    for (const auto& g : scoring::learning_goals()) {
        const std::string id(g);
        out.push_back({id, tr(("goal.short." + id).c_str()), tr(("goal.long." + id).c_str())});
    }
    return out;
}

std::vector<FieldChoice> role_choices(const core::Strings& tr) {
    std::vector<FieldChoice> out;
    for (const auto& r : scoring::roles()) {
        const std::string id(r.id);
        out.push_back({id, tr(("role." + id).c_str()),
                       r.has_medical_confidentiality ? tr("editor.role.confidential") : std::string()});
    }
    return out;
}

std::vector<FieldChoice> variable_choices(const core::Scenario& s) {
    std::vector<FieldChoice> out;
    for (const auto& v : s.variables)
        out.push_back({v.id, v.id, v.label});
    return out;
}

std::vector<FieldChoice> rule_choices(const AppState& state) {
    std::vector<FieldChoice> out;
    const scoring::Rulebase* rb = state.rulebase();
    if (rb == nullptr) return out;
    const bool en = state.strings.active == core::Language::English;
    for (const auto& r : rb->rules) {
        const std::string& title = en && !r.title.en.empty() ? r.title.en : r.title.nl;
        out.push_back({r.id, r.id + " - " + title, en ? r.explanation.en : r.explanation.nl});
    }
    return out;
}

} // namespace smo::ui
