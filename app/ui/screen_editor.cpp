#include "ui/screen_editor.hpp"

#include "ui/editor_actions.hpp"
#include "ui/editor_audit_view.hpp"
#include "ui/editor_forms.hpp"
#include "ui/editor_playtest_view.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>
#include <iterator>

namespace smo::ui {

namespace {

using core::EditorItem;
using core::EditorItemKind;

void outline_entry(AppState& state, const EditorItem& item, const std::string& label) {
    const auto found = state.editor.problems.find({static_cast<int>(item.kind), item.id});
    const EditorState::ProblemCount p =
        found == state.editor.problems.end() ? EditorState::ProblemCount{} : found->second;
    ImGui::PushID((std::to_string(static_cast<int>(item.kind)) + item.id).c_str());
    if (p.errors > 0)
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
    else if (p.warnings > 0)
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kWarning);
    if (ImGui::Selectable(label.c_str(), state.editor.selected == item)) emit<SelectEditorItem>(state, item);
    if (p.errors > 0 || p.warnings > 0) ImGui::PopStyleColor();
    if ((p.errors > 0 || p.warnings > 0) && ImGui::IsItemHovered())
        ImGui::SetTooltip("%d %s, %d %s", p.errors, state.strings("editor.errors"), p.warnings,
                          state.strings("editor.warnings"));
    ImGui::PopID();
}

void draw_outline(AppState& state, const EditContext& ctx) {
    const core::Scenario& s = ctx.scenario;
    const auto& tr = state.strings;
    outline_entry(state, {EditorItemKind::Briefing, {}}, tr("editor.outline.briefing"));
    std::string error;
    if (ImGui::TreeNodeEx(tr("editor.outline.participants"), ImGuiTreeNodeFlags_DefaultOpen)) {
        for (const auto& p : s.participants)
            outline_entry(state, {EditorItemKind::Participant, p.id}, p.name.empty() ? p.id : p.name);
        if (!ctx.read_only() && ImGui::SmallButton(tr("editor.add_participant"))) {
            core::Participant p;
            std::vector<std::string> ids;
            for (const auto& x : s.participants)
                ids.push_back(x.id);
            p.id = free_id("deelnemer", ids);
            p.name = tr("editor.placeholder.name");
            p.role = "leidinggevende";
            ctx.command(core::add_participant(ctx.doc, p, std::nullopt, error), error,
                        EditorItem{EditorItemKind::Participant, p.id});
        }
        ImGui::TreePop();
    }
    if (ImGui::TreeNodeEx(tr("editor.outline.cases"), ImGuiTreeNodeFlags_DefaultOpen)) {
        for (const auto& c : s.cases)
            outline_entry(state, {EditorItemKind::Case, c.id}, c.title.empty() ? c.id : c.title);
        if (!ctx.read_only() && ImGui::SmallButton(tr("editor.add_case"))) {
            core::Case c;
            std::vector<std::string> ids;
            for (const auto& x : s.cases)
                ids.push_back(x.id);
            c.id = free_id("casus", ids);
            c.title = tr("editor.placeholder.case");
            ctx.command(core::add_case(ctx.doc, c, std::nullopt, error), error,
                        EditorItem{EditorItemKind::Case, c.id});
        }
        ImGui::TreePop();
    }
    if (ImGui::TreeNodeEx(tr("editor.outline.variables"))) {
        for (const auto& v : s.variables)
            outline_entry(state, {EditorItemKind::Variable, v.id}, v.id);
        if (!ctx.read_only() && ImGui::SmallButton(tr("editor.add_variable"))) {
            core::Variable v;
            std::vector<std::string> ids;
            for (const auto& x : s.variables)
                ids.push_back(x.id);
            v.id = free_id("variabele", ids);
            v.label = v.id;
            ctx.command(core::add_variable(ctx.doc, v, std::nullopt, error), error,
                        EditorItem{EditorItemKind::Variable, v.id});
        }
        ImGui::TreePop();
    }
    outline_entry(state, {EditorItemKind::Questions, "voorbespreking"}, tr("editor.outline.voorbespreking"));
    outline_entry(state, {EditorItemKind::Questions, "nabespreking"}, tr("editor.outline.nabespreking"));
    if (ImGui::TreeNodeEx(tr("editor.outline.nodes"), ImGuiTreeNodeFlags_DefaultOpen)) {
        for (const auto& n : s.nodes)
            outline_entry(state, {EditorItemKind::Node, n.id},
                          n.id + "  [" +
                              tr(("editor.kind." + std::string(core::node_kind_id(n.kind))).c_str()) + "]");
        if (!ctx.read_only()) {
            if (ImGui::SmallButton(tr("editor.add_node"))) ImGui::OpenPopup("##new_node");
            if (ImGui::BeginPopup("##new_node")) {
                for (int k = 0; k < static_cast<int>(core::NodeKind::Count); ++k) {
                    const auto kind = static_cast<core::NodeKind>(k);
                    const std::string id = core::node_kind_id(kind);
                    if (ImGui::Selectable(tr(("editor.kind." + id).c_str()))) {
                        const std::string after = state.editor.selected.kind == EditorItemKind::Node
                                                      ? state.editor.selected.id
                                                      : "";
                        std::string new_id;
                        auto c = new_node_command(ctx.doc, s, kind, after, new_id, error);
                        if (c) c->label = tr("editor.cmd.add_node");
                        ctx.command(std::move(c), error, EditorItem{EditorItemKind::Node, new_id});
                    }
                }
                ImGui::EndPopup();
            }
        }
        ImGui::TreePop();
    }
}

void draw_toolbar(AppState& state) {
    const auto& tr = state.strings;
    EditorState& e = state.editor;
    const core::ScenarioDocument& doc = *e.doc;
    if (ImGui::Button(tr("editor.back"))) emit<LeaveEditor>(state, Screen::Library);
    ImGui::SameLine();
    const core::Scenario* s = doc.scenario();
    std::string title = s != nullptr && !s->title.empty() ? s->title : e.path.filename().string();
    if (editor_dirty(state)) title += "  *";
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopStyleColor();
    if (e.doc->dirty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("editor.unsaved"));
    ImGui::SameLine();
    if (e.read_only) ImGui::BeginDisabled();
    if (ImGui::Button(tr("editor.save"))) emit<SaveScenarioEdits>(state);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Ctrl+S");
    ImGui::SameLine();
    if (!doc.can_undo()) ImGui::BeginDisabled();
    if (ImGui::Button(tr("editor.undo"))) emit<UndoScenarioEdit>(state);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("Ctrl+Z  %s", doc.undo_label().c_str());
    if (!doc.can_undo()) ImGui::EndDisabled();
    ImGui::SameLine();
    if (!doc.can_redo()) ImGui::BeginDisabled();
    if (ImGui::Button(tr("editor.redo"))) emit<RedoScenarioEdit>(state);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("Ctrl+Y  %s", doc.redo_label().c_str());
    if (!doc.can_redo()) ImGui::EndDisabled();
    if (e.read_only) ImGui::EndDisabled();
    ImGui::SameLine();
    std::string query = e.query;
    ImGui::SetNextItemWidth(em(12));
    const bool enter =
        ImGui::InputTextWithHint("##find", tr("flowmap.find"), &query, ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::IsItemEdited()) emit<FindInEditor>(state, query);
    if (enter) {
        emit<NextEditorMatch>(state);
        ImGui::SetKeyboardFocusHere(-1);
    }
    if (!e.query.empty()) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, e.matches.empty() ? theme::kWarning : theme::kMuted);
        ImGui::Text("%zu %s", e.matches.size(), tr("flowmap.matches"));
        ImGui::PopStyleColor();
    }
    if (e.read_only) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kWarning);
        ImGui::TextUnformatted(tr("editor.read_only"));
        ImGui::PopStyleColor();
        ImGui::SameLine();
        if (ImGui::SmallButton(tr("editor.duplicate_to_edit")) && s != nullptr)
            emit<DuplicateAndEdit>(state, s->id);
    }
    if (!e.message.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, e.message_is_error ? theme::kError : theme::kOk);
        text_wrapped(e.message.c_str());
        ImGui::PopStyleColor();
    }
}

void draw_diagnostics(AppState& state) {
    const auto& tr = state.strings;
    const auto& diags = state.editor.doc->checked().diagnostics;
    const std::size_t errors = json::count_severity(diags, json::DiagSeverity::Error);
    const std::size_t warnings = diags.size() - errors;
    ImGui::PushStyleColor(ImGuiCol_Text, errors > 0     ? theme::kError
                                         : warnings > 0 ? theme::kWarning
                                                        : theme::kOk);
    if (diags.empty())
        ImGui::TextUnformatted(tr("editor.diagnostics.none"));
    else
        ImGui::Text("%s: %zu %s, %zu %s", tr("editor.diagnostics"), errors, tr("editor.errors"), warnings,
                    tr("editor.warnings"));
    ImGui::PopStyleColor();
    ImGui::BeginChild("##diag_list", ImVec2(0, 0), false);
    for (std::size_t i = 0; i < diags.size(); ++i) {
        const auto& d = diags[i];
        ImGui::PushID(static_cast<int>(i));
        const bool error = d.severity == json::DiagSeverity::Error;
        ImGui::PushStyleColor(ImGuiCol_Text, error ? theme::kError : theme::kWarning);
        const std::string line =
            (d.line > 0 ? std::to_string(d.line) + ":" + std::to_string(d.column) + "  " : "") + "[" +
            std::string(json::diag_id(d.code)) + "] " + d.message;
        if (ImGui::Selectable(line.c_str(), false)) emit<JumpToPointer>(state, d.pointer);
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered() && !d.pointer.empty()) ImGui::SetTooltip("%s", d.pointer.c_str());
        ImGui::PopID();
    }
    ImGui::EndChild();
}

// Map, option audit and playtest share the centre.
void draw_pane_selector(AppState& state) {
    static const char* const kPaneKeys[] = {"editor.pane.map", "editor.pane.audit", "editor.pane.playtest"};
    static_assert(std::size(kPaneKeys) == static_cast<std::size_t>(EditorPane::Count));
    for (int p = 0; p < static_cast<int>(EditorPane::Count); ++p) {
        if (p > 0) ImGui::SameLine();
        if (ImGui::RadioButton(state.strings(kPaneKeys[p]), static_cast<int>(state.editor.pane) == p))
            emit<SetEditorPane>(state, p);
    }
    ImGui::Separator();
}

void draw_map_pane(AppState& state) {
    EditorState& e = state.editor;
    const std::string selected = e.selected.kind == EditorItemKind::Node ? e.selected.id : std::string();
    const FlowMapEvents ev = draw_flow_map("##map", e.map, e.view, selected, ImVec2(0, 0), !e.read_only);
    if (ev.clicked) emit<SelectEditorItem>(state, EditorItem{EditorItemKind::Node, *ev.clicked});
    if (ev.moved) emit<MoveMapNode>(state, ev.moved->first, ev.moved->second.x, ev.moved->second.y);
}

void handle_shortcuts(AppState& state) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) return;
    // While a text field is active, Ctrl+Z belongs to the field's own undo.
    if (ImGui::GetIO().WantTextInput) return;
    auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); };
    if (pressed(ImGuiKey_Z)) emit<UndoScenarioEdit>(state);
    if (pressed(ImGuiKey_Y)) emit<RedoScenarioEdit>(state);
    // ImGui 1.86 has no ImGuiKey_S; the GLFW backend indexes keys by GLFW code, which is 'S'.
    if (ImGui::IsKeyPressed('S', false)) emit<SaveScenarioEdits>(state);
}

} // namespace

void draw_editor(AppState& state) {
    const auto& tr = state.strings;
    EditorState& e = state.editor;
    if (!e.open()) {
        text_wrapped(tr("editor.none"));
        if (ImGui::Button(tr("editor.back"))) emit<GoToScreen>(state, Screen::Library);
        return;
    }
    draw_toolbar(state);
    const core::Scenario* s = e.doc->scenario();
    if (s == nullptr) {
        // Without a model there is nothing to draw a form for; the diagnostics say why.
        draw_diagnostics(state);
        return;
    }
    handle_shortcuts(state);
    const EditContext ctx{state, e.doc->json(), *s};
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float diag_height = em(6.0f);
    const float top_height = std::max(em(10), avail.y - diag_height - ImGui::GetStyle().ItemSpacing.y);
    const float outline_width = em(13);
    const float form_width = std::max(em(24), avail.x * 0.34f);

    ImGui::BeginChild("##outline", ImVec2(outline_width, top_height), true);
    draw_outline(state, ctx);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild(
        "##centre",
        ImVec2(avail.x - outline_width - form_width - 2 * ImGui::GetStyle().ItemSpacing.x, top_height), true);
    draw_pane_selector(state);
    switch (e.pane) {
    case EditorPane::Audit:
        draw_option_audit(state);
        break;
    case EditorPane::Playtest:
        draw_playtest(state);
        break;
    default:
        draw_map_pane(state);
        break;
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##form", ImVec2(0, top_height), true);
    // A bundled scenario is shown but not changed: every field is disabled.
    if (e.read_only) ImGui::BeginDisabled();
    draw_item_form(ctx, e.selected);
    if (e.read_only) ImGui::EndDisabled();
    ImGui::EndChild();
    ImGui::BeginChild("##diagnostics", ImVec2(0, 0), true);
    draw_diagnostics(state);
    ImGui::EndChild();
}

void draw_editor_modals(AppState& state) {
    const auto& tr = state.strings;
    EditorState& e = state.editor;
    const std::string leave_title = std::string(tr("editor.leave.title")) + "###editor_leave";
    if (e.leave_to && !ImGui::IsPopupOpen("###editor_leave")) ImGui::OpenPopup("###editor_leave");
    if (ImGui::BeginPopupModal(leave_title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        text_wrapped(tr("editor.leave.body"));
        if (ImGui::Button(tr("editor.save"))) emit<ResolveLeave>(state, ResolveLeave::Choice::Save);
        ImGui::SameLine();
        if (ImGui::Button(tr("editor.leave.discard")))
            emit<ResolveLeave>(state, ResolveLeave::Choice::Discard);
        ImGui::SameLine();
        if (ImGui::Button(tr("common.cancel"))) emit<ResolveLeave>(state, ResolveLeave::Choice::Cancel);
        if (!e.leave_to) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    const std::string recover_title = std::string(tr("editor.recovery.title")) + "###editor_recovery";
    if (!e.recoveries.empty() && !e.leave_to && !ImGui::IsPopupOpen("###editor_recovery"))
        ImGui::OpenPopup("###editor_recovery");
    if (ImGui::BeginPopupModal(recover_title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        if (!e.recoveries.empty()) {
            const auto& r = e.recoveries.front();
            ImGui::PushTextWrapPos(em(34));
            ImGui::Text("%s", tr("editor.recovery.body"));
            ImGui::Text("%s: %s", tr("editor.recovery.file"), r.target.string().c_str());
            ImGui::Text("%s: %s", tr("editor.recovery.saved_at"), r.saved_at.c_str());
            ImGui::PopTextWrapPos();
            if (ImGui::Button(tr("editor.recovery.restore"))) emit<ResolveRecovery>(state, true);
            ImGui::SameLine();
            if (ImGui::Button(tr("editor.recovery.discard"))) emit<ResolveRecovery>(state, false);
        } else {
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

} // namespace smo::ui
