#include "ui/editor_playtest_view.hpp"

#include "ui/editor_fields.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <algorithm>
#include <imgui.h>
#include <imgui_stdlib.h>

namespace smo::ui {

namespace {

core::PlayAction action(core::PlayAction::Kind kind, std::string id = {}) {
    core::PlayAction a;
    a.kind = kind;
    a.id = std::move(id);
    return a;
}

// The setup: start node, variables and prior disclosures (widget state until "Start").
void draw_setup(AppState& state) {
    const auto& tr = state.strings;
    EditorState& e = state.editor;
    const core::Scenario& s = *e.doc->scenario();
    PlaytestDraft& d = e.playtest_draft;
    if (d.node_id.empty() || s.find_node(d.node_id) == nullptr)
        d.node_id = e.selected.kind == core::EditorItemKind::Node ? e.selected.id : s.start;
    text_wrapped(tr("editor.playtest.help"));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr("editor.playtest.from"));
    ImGui::SameLine(em(9.5f));
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##from", d.node_id.c_str())) {
        for (const auto& c : node_choices(s))
            if (ImGui::Selectable(c.label.c_str(), c.id == d.node_id)) d.node_id = c.id;
        ImGui::EndCombo();
    }
    if (!s.variables.empty()) {
        ImGui::TextUnformatted(tr("editor.playtest.vars"));
        for (const auto& v : s.variables) {
            ImGui::PushID(v.id.c_str());
            auto it = d.vars.find(v.id);
            int value = it == d.vars.end() ? v.initial : it->second;
            ImGui::AlignTextToFramePadding();
            ImGui::Indent(em(1));
            ImGui::TextUnformatted(v.id.c_str());
            ImGui::SameLine(em(9.5f));
            bool changed = false;
            if (v.kind == core::VariableKind::Flag) {
                bool b = value != 0;
                changed = ImGui::Checkbox("##v", &b);
                value = b ? 1 : 0;
            } else {
                ImGui::SetNextItemWidth(em(10));
                changed = ImGui::SliderInt("##v", &value, v.min, v.max);
            }
            if (changed) d.vars[v.id] = value;
            ImGui::Unindent(em(1));
            ImGui::PopID();
        }
    }
    if (!s.cases.empty() && ImGui::TreeNode(tr("editor.playtest.prior"))) {
        for (const auto& c : s.cases)
            for (const auto& item : c.file) {
                bool on =
                    std::find(d.prior_items.begin(), d.prior_items.end(), item.id) != d.prior_items.end();
                ImGui::PushID(item.id.c_str());
                if (ImGui::Checkbox((item.id + " - " + item.text).c_str(), &on)) {
                    if (on)
                        d.prior_items.push_back(item.id);
                    else
                        d.prior_items.erase(std::remove(d.prior_items.begin(), d.prior_items.end(), item.id),
                                            d.prior_items.end());
                }
                ImGui::PopID();
            }
        ImGui::TreePop();
    }
    if (ImGui::Button(tr("editor.playtest.start")))
        emit<StartPlaytest>(state, d.node_id, d.vars, d.prior_items);
}

void draw_transcript(const AppState& state, const core::Runtime& rt) {
    const auto& tr = state.strings;
    for (const auto& entry : rt.transcript()) {
        const bool prior = entry.prior;
        std::string who = entry.by_trainee ? std::string(tr("editor.playtest.you")) : entry.speaker_name;
        if (prior) who = tr("editor.playtest.prior_said");
        ImVec4 colour = prior              ? theme::kMuted
                        : entry.by_trainee ? theme::kAccent
                                           : ImGui::GetStyle().Colors[ImGuiCol_Text];
        if (entry.evaluation && entry.evaluation->verdict == scoring::Verdict::Violation)
            colour = theme::kError;
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        const std::string line = (who.empty() ? std::string() : who + ": ") + entry.text;
        text_wrapped(line.c_str());
        ImGui::PopStyleColor();
        if (entry.evaluation && !entry.evaluation->hits.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
            ImGui::Indent(em(1));
            text_wrapped((std::string(tr(("report.verdict." +
                                          std::string(scoring::verdict_id(entry.evaluation->verdict)))
                                             .c_str())) +
                          ": " + entry.evaluation->rule_list())
                             .c_str());
            ImGui::Unindent(em(1));
            ImGui::PopStyleColor();
        }
    }
}

void draw_controls(AppState& state, EditorPlaytest& run) {
    const auto& tr = state.strings;
    const core::Runtime& rt = *run.runtime;
    if (const core::Node* n = rt.current_node())
        ImGui::TextDisabled("%s %s", tr("editor.outline.node"), n->id.c_str());
    using P = core::Phase;
    using K = core::PlayAction::Kind;
    switch (rt.phase()) {
    case P::Line:
    case P::Feedback:
        if (!rt.feedback().empty()) text_wrapped(rt.feedback().c_str());
        if (ImGui::Button(tr("editor.playtest.next"))) emit<PlaytestAct>(state, action(K::Advance));
        break;
    case P::End:
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kOk);
        text_wrapped(tr("editor.playtest.end_reached"));
        ImGui::PopStyleColor();
        break;
    case P::Choice:
    case P::Quiz:
    case P::Question:
    case P::Observe:
        if (const core::Node* n = rt.current_node(); n != nullptr && !n->prompt.empty())
            text_wrapped(n->prompt.c_str());
        for (const auto& c : rt.choices()) {
            ImGui::PushID(c.id.c_str());
            if (ImGui::SmallButton(c.id.c_str()))
                emit<PlaytestAct>(state, action(rt.phase() == P::Observe ? K::Judge : K::Choose, c.id));
            ImGui::SameLine();
            text_wrapped(c.text.c_str());
            ImGui::PopID();
        }
        break;
    case P::Compose: {
        if (const core::Node* n = rt.current_node(); n != nullptr && !n->prompt.empty())
            text_wrapped(n->prompt.c_str());
        for (const core::CaseFileItem* item : rt.compose_items()) {
            bool on = std::find(run.compose_selected.begin(), run.compose_selected.end(), item->id) !=
                      run.compose_selected.end();
            ImGui::PushID(item->id.c_str());
            if (ImGui::Checkbox(item->text.c_str(), &on))
                toggle_compose_item(run.compose_selected, item->id, on);
            ImGui::PopID();
        }
        ImGui::SetNextItemWidth(-1);
        ImGui::InputTextWithHint("##words", tr("editor.playtest.words"), &run.compose_words);
        if (ImGui::Button(tr("editor.playtest.say"))) {
            core::PlayAction a = action(K::Compose);
            a.items = run.compose_selected;
            a.text = run.compose_words;
            emit<PlaytestAct>(state, a);
        }
        break;
    }
    case P::FreeText: {
        if (const core::Node* n = rt.current_node(); n != nullptr && !n->prompt.empty())
            text_wrapped(n->prompt.c_str());
        input_text_wrapped("##free", run.free_text, ImVec2(-1, em(3.5f)));
        if (ImGui::Button(tr("editor.playtest.say"))) {
            core::PlayAction a = action(K::Submit);
            a.text = run.free_text;
            emit<PlaytestAct>(state, a);
        }
        if (const core::Node* n = rt.current_node(); n != nullptr && !n->model_answer.empty()) {
            ImGui::SameLine();
            if (ImGui::Button(tr("editor.playtest.use_model"))) run.free_text = n->model_answer;
        }
        break;
    }
    case P::Finished:
        text_wrapped(tr("editor.playtest.finished"));
        break;
    case P::Stuck:
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
        text_wrapped((std::string(tr("editor.playtest.stuck")) + " " + rt.stuck_reason()).c_str());
        ImGui::PopStyleColor();
        break;
    default:
        break;
    }
}

} // namespace

void draw_playtest(AppState& state) {
    const auto& tr = state.strings;
    EditorState& e = state.editor;
    heading(tr("editor.playtest.title"));
    if (!e.playtest) {
        draw_setup(state);
        return;
    }
    EditorPlaytest& run = *e.playtest;
    if (ImGui::Button(tr("editor.playtest.restart")))
        emit<StartPlaytest>(state, run.setup.node_id, run.setup.vars, run.setup.prior_items);
    ImGui::SameLine();
    if (ImGui::Button(tr("editor.playtest.stop"))) emit<StopPlaytest>(state);
    ImGui::SameLine();
    ImGui::TextDisabled("%s %s", tr("editor.playtest.from"), run.setup.node_id.c_str());
    if (!run.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
        text_wrapped(run.error.c_str());
        ImGui::PopStyleColor();
    }
    if (!run.runtime) return;
    const float footer = em(5.5f);
    ImGui::BeginChild("##pt_transcript", ImVec2(0, -footer - em(8)), true);
    draw_transcript(state, *run.runtime);
    if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1.0f) ImGui::SetScrollHereY(1.0f);
    ImGui::EndChild();
    ImGui::BeginChild("##pt_controls", ImVec2(0, em(8)), false);
    draw_controls(state, run);
    ImGui::EndChild();
    ImGui::Separator();
    text_wrapped(tr("editor.playtest.plan_help"));
    if (ImGui::Button(tr("editor.playtest.save_plan"))) emit<SavePlaytestPlan>(state, run.plan_path);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##plan", tr("editor.playtest.plan_path"), &run.plan_path);
    if (!run.plan_message.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, run.plan_message_is_error ? theme::kError : theme::kOk);
        text_wrapped(run.plan_message.c_str());
        ImGui::PopStyleColor();
    }
}

} // namespace smo::ui
