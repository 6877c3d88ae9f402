#include "ui/participants_table.hpp"

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <imgui.h>
#include <string_view>

namespace smo::ui {

namespace {

ImU32 role_colour(std::string_view role) {
    if (role == "bedrijfsarts" || role == "aios" || role == "coassistent" || role == "praktijkondersteuner")
        return IM_COL32(40, 110, 170, 255);
    if (role == "werknemer") return IM_COL32(60, 150, 90, 255);
    if (role == "leidinggevende" || role == "directeur") return IM_COL32(200, 120, 40, 255);
    if (role == "hr" || role == "casemanager") return IM_COL32(150, 90, 170, 255);
    if (role == "vertrouwenspersoon" || role == "maatschappelijk_werker") return IM_COL32(70, 150, 150, 255);
    return IM_COL32(120, 120, 120, 255);
}

bool is_particle(std::string_view word) {
    return word == "de" || word == "van" || word == "der" || word == "den" || word == "het" ||
           word == "ter" || word == "te" || word == "op" || word == "in" || word == "dr." || word == "mr." ||
           word == "ir.";
}

} // namespace

std::string initials_of(const std::string& name) {
    std::string out;
    std::size_t i = 0;
    while (i < name.size() && out.size() < 2) {
        while (i < name.size() && name[i] == ' ')
            ++i;
        std::size_t start = i;
        while (i < name.size() && name[i] != ' ')
            ++i;
        std::string_view word(name.data() + start, i - start);
        if (word.empty()) break;
        // "(coassistent)" and similar asides are not part of the name.
        if (!std::isalpha(static_cast<unsigned char>(word[0])) && static_cast<unsigned char>(word[0]) < 0x80)
            continue;
        std::string lower(word);
        for (auto& c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (is_particle(lower)) continue;
        out += static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    }
    // Prefer first + last name word: replace the second initial by the last name word's.
    std::size_t last = name.find_last_of(' ');
    if (out.size() == 2 && last != std::string::npos && last + 1 < name.size() &&
        std::isalpha(static_cast<unsigned char>(name[last + 1]))) {
        out[1] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[last + 1])));
    }
    return out;
}

std::string seat_label_of(const std::string& name) {
    std::size_t i = 0;
    while (i < name.size()) {
        while (i < name.size() && name[i] == ' ')
            ++i;
        std::size_t start = i;
        while (i < name.size() && name[i] != ' ')
            ++i;
        std::string word = name.substr(start, i - start);
        std::string lower = word;
        for (auto& c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (!word.empty() && !is_particle(lower)) return word;
    }
    return name;
}

void draw_participants_table(const std::vector<Seat>& seats, const char* confidential_legend,
                             float height_em) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // Wide panels get a table of readable proportions, centred.
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(avail, em(38.0f));
    const ImVec2 origin(ImGui::GetCursorScreenPos().x + (avail - width) * 0.5f,
                        ImGui::GetCursorScreenPos().y);
    const float height = em(height_em);
    const float seat_r = em(1.3f);
    const float label_h = ImGui::GetTextLineHeight() * 2.2f;
    // The ring of seats must keep each seat and its two label lines inside the box.
    const float ring_ry = std::max(em(1.5f), (height - 2.0f * seat_r - label_h - em(0.4f)) * 0.5f);
    const float ring_rx = std::max(em(3.0f), width * 0.5f - em(3.5f));
    const ImVec2 centre(origin.x + width * 0.5f, origin.y + em(0.2f) + seat_r + ring_ry);
    const float rx = std::max(em(2.0f), ring_rx - seat_r * 1.6f);
    const float ry = std::max(em(1.0f), ring_ry - seat_r * 1.3f);

    // The table itself.
    const int segments = 48;
    std::vector<ImVec2> oval;
    oval.reserve(segments);
    for (int i = 0; i < segments; ++i) {
        float a = 2.0f * 3.14159265f * static_cast<float>(i) / segments;
        oval.emplace_back(centre.x + rx * std::cos(a), centre.y + ry * std::sin(a));
    }
    dl->AddConvexPolyFilled(oval.data(), segments, IM_COL32(222, 214, 200, 255));
    dl->AddPolyline(oval.data(), segments, IM_COL32(170, 160, 145, 255), ImDrawFlags_Closed, em(0.08f));

    const std::size_t n = seats.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Seat& s = seats[i];
        float a = -3.14159265f * 0.5f + 2.0f * 3.14159265f * static_cast<float>(i) / static_cast<float>(n);
        ImVec2 p(centre.x + ring_rx * std::cos(a), centre.y + ring_ry * std::sin(a));
        ImU32 col = role_colour(s.role_id);
        if (!s.present) col = (col & 0x00FFFFFF) | 0x55000000;
        if (s.speaking)
            dl->AddCircle(p, seat_r + em(0.25f), ImGui::GetColorU32(theme::kWarning), 32, em(0.15f));
        dl->AddCircleFilled(p, seat_r, col, 32);
        if (s.confidential) {
            // A small shield dot: this person holds medical confidentiality.
            dl->AddCircleFilled(ImVec2(p.x + seat_r * 0.75f, p.y - seat_r * 0.75f), em(0.38f),
                                IM_COL32(255, 255, 255, 255));
            dl->AddCircleFilled(ImVec2(p.x + seat_r * 0.75f, p.y - seat_r * 0.75f), em(0.28f),
                                IM_COL32(40, 110, 170, 255));
        }
        ImVec2 ts = ImGui::CalcTextSize(s.initials.c_str());
        dl->AddText(ImVec2(p.x - ts.x * 0.5f, p.y - ts.y * 0.5f), IM_COL32(255, 255, 255, 255),
                    s.initials.c_str());
        const std::string label = seat_label_of(s.name);
        ImVec2 ns = ImGui::CalcTextSize(label.c_str());
        ImVec2 rs = ImGui::CalcTextSize(s.role_label.c_str());
        float below = p.y + seat_r + em(0.15f);
        dl->AddText(ImVec2(p.x - ns.x * 0.5f, below), ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
        dl->AddText(ImVec2(p.x - rs.x * 0.5f, below + ns.y), ImGui::GetColorU32(theme::kMuted),
                    s.role_label.c_str());
    }
    ImGui::Dummy(ImVec2(avail, height));
    // Legend.
    ImVec2 lp = ImGui::GetCursorScreenPos();
    float r = em(0.28f);
    dl->AddCircleFilled(ImVec2(lp.x + r, lp.y + ImGui::GetTextLineHeight() * 0.5f), r,
                        IM_COL32(40, 110, 170, 255));
    ImGui::Indent(r * 3);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    ImGui::TextUnformatted(confidential_legend);
    ImGui::PopStyleColor();
    ImGui::Unindent(r * 3);
}

} // namespace smo::ui
