#include "ui/screen_reflection.hpp"

#include "ui/spelling_hint.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace smo::ui {

namespace {

void question(AppState& state, core::ReflectionField field, const char* title_key,
              const std::vector<std::string>& prompts, std::string& draft) {
    const auto& tr = state.strings;
    const std::string id(core::to_id(field));
    ImGui::PushID(id.c_str());
    heading(tr(title_key));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    for (const auto& p : prompts) {
        ImGui::Bullet();
        ImGui::SameLine();
        text_wrapped(p.c_str());
    }
    ImGui::PopStyleColor();
    if (input_text_wrapped("##answer", draft, ImVec2(-1, em(4)))) emit<SetReflection>(state, id, draft);
    draw_spelling_hint(state, draft);
    ImGui::PopID();
}

// A new message under a button low on the screen ("Verslag opgeslagen") is scrolled into view
// once, the frame it first appears; afterwards the trainee scrolls freely.
void scroll_into_view_once(const std::string& message) {
    static std::string last_shown; // draw-time memory of what was already brought into view
    if (message == last_shown) return;
    last_shown = message;
    ImGui::SetScrollHereY(1.0f);
}

} // namespace

void draw_reflection(AppState& state) {
    const auto& tr = state.strings;
    if (!state.play || !state.play->debrief_ready) {
        text_wrapped(tr("debrief.not_ready"));
        return;
    }
    PlayState& play = *state.play;
    const auto& p = play.debrief.prompts;
    const bool en = state.strings.active == core::Language::English;
    core::Reflection& r = play.reflection_draft;
    // After "Inleveren" the supervisor reads this reflection: it stays as it was handed in.
    const std::string& handed_in_at = play.recorder->session().handed_in_at;
    if (!handed_in_at.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        text_wrapped(
            (std::string(tr("reflection.handed_in")) + " " + core::local_time_text(handed_in_at)).c_str());
        ImGui::PopStyleColor();
    }
    ImGui::BeginDisabled(!handed_in_at.empty());
    using core::ReflectionField;
    question(state, ReflectionField::WentWell, "reflection.went_well", en ? p.went_well_en : p.went_well_nl,
             r.went_well);
    question(state, ReflectionField::CouldImprove, "reflection.could_improve",
             en ? p.could_improve_en : p.could_improve_nl, r.could_improve);
    question(state, ReflectionField::Learned, "reflection.learned", en ? p.learned_en : p.learned_nl,
             r.learned);
    question(state, ReflectionField::TakeAlong, "reflection.take_along",
             en ? p.take_along_en : p.take_along_nl, r.take_along);

    if (!play.debrief.flagged.empty()) {
        heading(tr("reflection.alternatives"));
        for (const auto& f : play.debrief.flagged) {
            ImGui::PushID(f.turn_id.c_str());
            ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
            text_wrapped((f.turn_id + " · " + f.rules).c_str());
            ImGui::PopStyleColor();
            text_wrapped(("“" + f.text + "”").c_str());
            ImGui::TextUnformatted(tr("reflection.what_could_you_say"));
            std::string& draft = play.reflection_draft.alternatives[f.turn_id];
            if (input_text_wrapped("##alt", draft, ImVec2(-1, em(3))))
                emit<ReflectionAlternativeChanged>(state, f.turn_id, draft);
            draw_spelling_hint(state, draft);
            auto it = play.alternative_checks.find(f.turn_id);
            if (it != play.alternative_checks.end()) {
                const auto& e = it->second;
                bool ok = e.verdict == scoring::Verdict::Allowed;
                ImGui::PushStyleColor(
                    ImGuiCol_Text,
                    ok ? theme::kOk
                       : (e.verdict == scoring::Verdict::Caution ? theme::kWarning : theme::kError));
                std::string verdict =
                    std::string(tr(ok ? "reflection.alternative_ok" : "reflection.alternative_not_ok"));
                for (const auto& id : e.rule_ids())
                    verdict += " " + id;
                text_wrapped(verdict.c_str());
                ImGui::PopStyleColor();
            }
            ImGui::Spacing();
            ImGui::PopID();
        }
    }
    ImGui::EndDisabled();
    ImGui::Spacing();
    if (ImGui::Button(tr("reflection.export"))) emit<ExportReport>(state);
    ImGui::SameLine();
    if (ImGui::Button(tr("nav.debrief"))) emit<GoToScreen>(state, Screen::Debrief);
    ImGui::SameLine();
    if (ImGui::Button(tr("nav.back_to_start"))) emit<GoToScreen>(state, Screen::Start);
    if (!play.export_message.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kOk);
        text_wrapped(play.export_message.c_str());
        ImGui::PopStyleColor();
        scroll_into_view_once(play.export_message);
    }

    // Handing in: the session file (with its scenario, so it stays verifiable) and the report.
    heading(tr("handin.title"));
    text_wrapped(tr("handin.help"));
    ImGui::SetNextItemWidth(em(30));
    ImGui::InputTextWithHint("##handin_folder", tr("handin.folder_hint"), &play.hand_in_folder);
    ImGui::SameLine();
    ImGui::BeginDisabled(play.hand_in_folder.empty());
    if (ImGui::Button(tr("handin.button"))) emit<HandIn>(state, play.hand_in_folder);
    ImGui::EndDisabled();
    if (!play.hand_in_message.empty()) {
        text_wrapped(play.hand_in_message.c_str());
        scroll_into_view_once(play.hand_in_message);
    }
}

} // namespace smo::ui
