#include "ui/folder_picker.hpp"

#include "ui/intents.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <cstdio>

namespace smo::ui {

void draw_folder_picker(AppState& state) {
    const auto& tr = state.strings;
    const std::string title = std::string(tr("picker.title")) + "###folder_picker";
    if (state.review.picker && !ImGui::IsPopupOpen("###folder_picker")) ImGui::OpenPopup("###folder_picker");
    ImGui::SetNextWindowSize(ImVec2(em(40), em(28)), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr)) return;
    if (!state.review.picker) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    // Copied: an intent emitted below replaces the listing.
    const core::FolderListing listing = *state.review.picker;
    text_wrapped(listing.folder.string().c_str());
    ImGui::BeginDisabled(listing.parent.empty());
    if (ImGui::Button(tr("picker.up"))) emit<BrowseFolder>(state, listing.parent.string());
    ImGui::EndDisabled();
    if (!listing.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
        text_wrapped(listing.error.c_str());
        ImGui::PopStyleColor();
    }
    const float footer = ImGui::GetFrameHeightWithSpacing() * 2.5f;
    if (ImGui::BeginChild("##entries", ImVec2(0, -footer), true)) {
        for (const auto& name : listing.subfolders) {
            const std::string label = "[" + std::string(tr("picker.folder")) + "] " + name + "##d" + name;
            if (ImGui::Selectable(label.c_str())) emit<BrowseFolder>(state, (listing.folder / name).string());
        }
        for (const auto& name : listing.zips) {
            const std::string label = "[zip] " + name + "##z" + name;
            if (ImGui::Selectable(label.c_str())) emit<OpenCohort>(state, (listing.folder / name).string());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("picker.zip_hint"));
        }
        if (listing.subfolders.empty() && listing.zips.empty() && listing.error.empty())
            ImGui::TextDisabled("%s", tr("picker.empty"));
    }
    ImGui::EndChild();
    char here[160];
    if (listing.session_files == 1)
        std::snprintf(here, sizeof here, "%s", tr("picker.sessions_here_one"));
    else
        std::snprintf(here, sizeof here, tr("picker.sessions_here"), listing.session_files);
    ImGui::TextUnformatted(here);
    ImGui::BeginDisabled(!listing.error.empty());
    if (ImGui::Button(tr("picker.open_here"))) emit<OpenCohort>(state, listing.folder.string());
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr("common.cancel")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        emit<CloseFolderPicker>(state);
    ImGui::EndPopup();
}

} // namespace smo::ui
