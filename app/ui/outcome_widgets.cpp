#include "ui/outcome_widgets.hpp"

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <cstdio>
#include <imgui.h>

namespace smo::ui {

const char* bar_label(const core::Strings& tr, const std::string& key) {
    return key == "confidentiality" ? tr("debrief.confidentiality") : tr(("goal.short." + key).c_str());
}

void draw_score_bars(const core::Strings& tr, const core::SessionOutcome& d) {
    if (ImGui::BeginTable("##bars", 3, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, em(16));
        ImGui::TableSetupColumn("bar", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("self", ImGuiTableColumnFlags_WidthFixed, em(9));
        for (const auto& bar : d.bars) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(bar_label(tr, bar.key));
            ImGui::TableSetColumnIndex(1);
            char overlay[32];
            std::snprintf(overlay, sizeof overlay, "%d%%", static_cast<int>(bar.measured * 100.0f + 0.5f));
            const core::ScoreBand band = core::score_band(bar.measured);
            const ImVec4 col = band == core::ScoreBand::Good   ? theme::kOk
                               : band == core::ScoreBand::Fair ? theme::kWarning
                                                               : theme::kError;
            ImGui::PushStyleColor(ImGuiCol_PlotHistogram, col);
            ImGui::ProgressBar(bar.measured, ImVec2(-1, 0), overlay);
            ImGui::PopStyleColor();
            ImGui::TableSetColumnIndex(2);
            if (bar.self_rating > 0)
                ImGui::Text("%s %d/5", tr("debrief.self"), bar.self_rating);
            else
                ImGui::TextUnformatted(tr("debrief.not_rated"));
        }
        ImGui::EndTable();
    }
}

namespace {

ImVec4 finding_colour(const scoring::Finding& f) {
    return f.kind == scoring::Finding::Kind::WentWell  ? theme::kOk
           : f.kind == scoring::Finding::Kind::Caution ? theme::kWarning
                                                       : theme::kError;
}

// Explanation, source and better wording, the same under the debrief's headings and the meeting's.
void draw_finding_body(const core::Strings& tr, const scoring::Finding& f, bool en) {
    text_wrapped((en ? f.explanation_en : f.explanation_nl).c_str());
    const std::string& condition = en ? f.condition_en : f.condition_nl;
    if (!condition.empty()) text_wrapped((std::string(tr("debrief.condition")) + " " + condition).c_str());
    if (!f.source.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        text_wrapped((std::string(tr("debrief.source")) + " " + f.source).c_str());
        ImGui::PopStyleColor();
    }
    const std::string& suggestion = en ? f.suggestion_en : f.suggestion_nl;
    if (!suggestion.empty()) text_wrapped((std::string(tr("debrief.better")) + " " + suggestion).c_str());
}

} // namespace

void draw_findings(const core::Strings& tr, const core::SessionOutcome& d, core::Language lang) {
    const bool en = lang == core::Language::English;
    for (std::size_t i = 0; i < d.findings.size(); ++i) {
        const auto& f = d.findings[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::PushStyleColor(ImGuiCol_Text, finding_colour(f));
        const std::string label = core::finding_heading(f, en) + "###f";
        bool open = ImGui::TreeNode(label.c_str());
        ImGui::PopStyleColor();
        if (open) {
            draw_finding_body(tr, f, en);
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
}

void draw_turn_findings(const core::Strings& tr, const std::vector<scoring::Finding>& findings,
                        core::Language lang) {
    const bool en = lang == core::Language::English;
    for (const auto& f : findings) {
        ImGui::PushStyleColor(ImGuiCol_Text, finding_colour(f));
        text_wrapped(core::finding_heading(f, en).c_str());
        ImGui::PopStyleColor();
        ImGui::Indent();
        draw_finding_body(tr, f, en);
        ImGui::Unindent();
    }
}

void draw_missed_choices(const core::Strings& tr, const core::SessionOutcome& d) {
    if (d.missed.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        text_wrapped(tr("review.missed.none"));
        ImGui::PopStyleColor();
        return;
    }
    for (std::size_t i = 0; i < d.missed.size(); ++i) {
        const auto& m = d.missed[i];
        ImGui::PushID(static_cast<int>(i));
        const std::string label = m.turn_id + " · " + (m.prompt.empty() ? m.node_id : m.prompt) + "###m";
        if (ImGui::TreeNode(label.c_str())) {
            text_wrapped((std::string(tr("review.missed.chosen")) + " " + m.chosen_text).c_str());
            ImGui::PushStyleColor(ImGuiCol_Text, theme::kOk);
            text_wrapped((std::string(tr("review.missed.better")) + " " + m.better_text).c_str());
            ImGui::PopStyleColor();
            if (!m.why.empty()) text_wrapped(m.why.c_str());
            if (!m.better_credits.empty()) {
                std::string goals;
                for (const auto& g : m.better_credits)
                    goals += (goals.empty() ? "" : ", ") + std::string(tr(("goal.short." + g).c_str()));
                ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
                text_wrapped((std::string(tr("review.missed.goals")) + " " + goals).c_str());
                ImGui::PopStyleColor();
            }
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
}

void draw_side_attempts(const core::Strings& tr, const core::SessionOutcome& d, core::Language lang) {
    for (std::size_t i = 0; i < d.side_attempts.size(); ++i) {
        const auto& a = d.side_attempts[i];
        ImGui::PushID(static_cast<int>(i));
        const std::string label = core::attempt_heading(a, tr);
        if (ImGui::TreeNode("##side", "%s", label.c_str())) {
            const auto list = [&](const char* heading_key, const std::vector<scoring::Finding>& findings) {
                ImGui::TextUnformatted(tr(heading_key));
                for (const auto& f : findings) {
                    const ImVec4 col = f.kind == scoring::Finding::Kind::WentWell  ? theme::kOk
                                       : f.kind == scoring::Finding::Kind::Caution ? theme::kWarning
                                                                                   : theme::kError;
                    ImGui::PushStyleColor(ImGuiCol_Text, col);
                    text_wrapped(("  " + core::finding_heading(f, lang == core::Language::English)).c_str());
                    ImGui::PopStyleColor();
                }
            };
            list("review.side.original", a.original_findings);
            list("review.side.attempt", a.findings);
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
}

} // namespace smo::ui
