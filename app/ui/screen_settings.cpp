#include "ui/screen_settings.hpp"

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <cstdio>
#include <imgui.h>
#include <imgui_stdlib.h>

namespace smo::ui {

namespace {

// One labelled text field of the form, the label to its right as on the start screen.
void field(const char* id, const char* label, const char* hint, std::string& text,
           ImGuiInputTextFlags flags = 0) {
    ImGui::SetNextItemWidth(em(26));
    ImGui::InputTextWithHint(id, hint, &text, flags);
    ImGui::SameLine();
    ImGui::TextUnformatted(label);
}

void draw_status(const AppState& state) {
    const auto& tr = state.strings;
    heading(tr("settings.lrs.status"));
    if (!state.xapi) {
        text_wrapped(tr("settings.lrs.no_sender"));
        return;
    }
    const core::XapiSendStatus status = state.xapi->status();
    if (!status.configured) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        text_wrapped(tr("settings.lrs.not_configured"));
        ImGui::PopStyleColor();
    }
    char line[128];
    std::snprintf(line, sizeof line, tr("settings.lrs.queued"), static_cast<unsigned long>(status.queued));
    ImGui::TextUnformatted(line);
    std::snprintf(line, sizeof line, tr("settings.lrs.sent"), static_cast<unsigned long>(status.sent));
    ImGui::TextUnformatted(line);
    if (status.rejected > 0) {
        std::snprintf(line, sizeof line, tr("settings.lrs.rejected"),
                      static_cast<unsigned long>(status.rejected));
        ImGui::TextUnformatted(line);
    }
    ImGui::TextUnformatted(tr("settings.lrs.last_error"));
    ImGui::SameLine();
    if (status.last_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        ImGui::TextUnformatted(tr("settings.lrs.no_error"));
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
        text_wrapped(status.last_error.c_str());
    }
    ImGui::PopStyleColor();
}

} // namespace

void draw_settings(AppState& state) {
    const auto& tr = state.strings;
    auto& form = state.lrs_form;
    auto& f = form.fields;
    if (ImGui::Button(tr("settings.back"))) emit<GoToScreen>(state, Screen::Start);
    heading(tr("settings.title"));

    heading(tr("settings.lrs.title"));
    text_wrapped(tr("settings.lrs.intro"));
    ImGui::Spacing();
    ImGui::PushID("lrs");
    field("##endpoint", tr("settings.lrs.endpoint"), "https://lrs.example.org/xapi/", f.endpoint);
    field("##key", tr("settings.lrs.key"), "", f.key);
    field("##secret", tr("settings.lrs.secret"),
          tr(form.secret_saved ? "settings.lrs.secret_kept" : "settings.lrs.secret_hint"), f.secret,
          ImGuiInputTextFlags_Password);
    field("##home_page", tr("settings.lrs.home_page"), "https://www.umcg.nl", f.home_page);
    field("##account", tr("settings.lrs.account"), tr("settings.lrs.account_hint"), f.account_name);
    field("##iri_base", tr("settings.lrs.iri_base"), core::kDefaultXapiIriBase, f.iri_base);
    ImGui::Checkbox(tr("settings.lrs.send_name"), &f.send_name);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    text_wrapped(tr("settings.lrs.send_name_help"));
    ImGui::PopStyleColor();
    if (ImGui::Button(tr("settings.lrs.save"))) emit<SaveLrsSettings>(state, f);
    if (!form.message.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, form.message_is_error ? theme::kError : theme::kMuted);
        text_wrapped(form.message.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::PopID();
    ImGui::Spacing();
    draw_status(state);
}

} // namespace smo::ui
