#include "ui/editor_audit_view.hpp"

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace smo::ui {

namespace {

ImVec4 verdict_colour(scoring::Verdict v) {
    switch (v) {
    case scoring::Verdict::Violation:
        return theme::kError;
    case scoring::Verdict::Caution:
        return theme::kWarning;
    default:
        return theme::kOk;
    }
}

} // namespace

void draw_option_audit(AppState& state) {
    const auto& tr = state.strings;
    EditorState& e = state.editor;
    heading(tr("editor.audit.title"));
    if (!state.services.engine) {
        text_wrapped(tr("editor.audit.no_engine"));
        return;
    }
    if (!e.audit) {
        text_wrapped(tr("editor.audit.none"));
        return;
    }
    const core::OptionAudit& audit = *e.audit;
    const std::size_t mismatches = audit.mismatches();
    ImGui::PushStyleColor(ImGuiCol_Text, mismatches > 0 ? theme::kError : theme::kOk);
    ImGui::Text("%zu %s, %zu %s", audit.rows.size(), tr("editor.audit.statements"), mismatches,
                tr("editor.audit.mismatches"));
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::Checkbox(tr("editor.audit.only_mismatches"), &e.audit_only_mismatches);
    text_wrapped(tr("editor.audit.help"));

    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##audit", 4, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr("editor.audit.where"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn(tr("editor.audit.statement"), ImGuiTableColumnFlags_WidthStretch, 2.4f);
    ImGui::TableSetupColumn(tr("editor.audit.intent"), ImGuiTableColumnFlags_WidthStretch, 0.6f);
    ImGui::TableSetupColumn(tr("editor.audit.verdict"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < audit.rows.size(); ++i) {
        const core::AuditedStatement& row = audit.rows[i];
        const bool mismatch = row.mismatch();
        if (e.audit_only_mismatches && !mismatch) continue;
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        if (mismatch) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, IM_COL32(250, 225, 225, 255));
        ImGui::TableNextColumn();
        std::string where = row.node_id + "\n" + row.option_id;
        for (std::size_t k = 0; k < where.size(); ++k)
            if (where[k] == '+') where.replace(k, 1, "+\n"), ++k; // long compose combinations wrap
        if (ImGui::Selectable(where.c_str(), false, ImGuiSelectableFlags_SpanAllColumns))
            emit<JumpToPointer>(state, row.pointer);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("editor.audit.jump"));
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(row.text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        const std::string intent =
            std::string(tr(("editor.audit.intent." + std::string(core::intent_id(row.intent))).c_str()));
        ImGui::TextUnformatted(intent.c_str());
        if (!row.intent_reason.empty() && ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", row.intent_reason.c_str());
        ImGui::TableNextColumn();
        ImGui::PushStyleColor(ImGuiCol_Text, verdict_colour(row.evaluation.verdict));
        ImGui::TextUnformatted(
            tr(("report.verdict." + std::string(scoring::verdict_id(row.evaluation.verdict))).c_str()));
        ImGui::PopStyleColor();
        for (const auto& rule : row.evaluation.rule_ids())
            ImGui::TextUnformatted(rule.c_str()); // one per line: ids never break
        if (mismatch) {
            ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
            ImGui::TextUnformatted(tr(row.intent == core::Intent::Good ? "editor.audit.mismatch_good"
                                                                       : "editor.audit.mismatch_breach"));
            ImGui::PopStyleColor();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

} // namespace smo::ui
