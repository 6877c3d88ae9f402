#include "ui/screen_meeting.hpp"

#include "ui/outcome_widgets.hpp"

#include "scoring/taxonomy.hpp"
#include "ui/highlighted_text.hpp"
#include "ui/participants_table.hpp"
#include "ui/spelling_hint.hpp"
#include "ui/theme.hpp"
#include "ui/transcript_list.hpp"
#include "ui/widgets.hpp"

#include <algorithm>
#include <cstdio>
#include <imgui.h>
#include <imgui_stdlib.h>

namespace smo::ui {

// [SECTION] keyboard
namespace {

/// A digit 1..9 typed while no text field is active; 0 when none.
int typed_digit() {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return 0;
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        ImWchar c = io.InputQueueCharacters[i];
        if (c >= '1' && c <= '9') return static_cast<int>(c - '0');
    }
    return 0;
}

bool enter_pressed() {
    ImGuiIO& io = ImGui::GetIO();
    return !io.WantTextInput && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
}

// [SECTION] panels

void numbered_buttons(AppState& state, const std::vector<core::ChoiceView>& choices, bool observe) {
    int digit = typed_digit();
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const auto& c = choices[i];
        ImGui::PushID(c.id.c_str());
        std::string label = (i < 9 ? std::to_string(i + 1) + ". " : std::string()) + c.text;
        // A wrapped, framed button: a selectable sized to the wrapped text, drawn as a frame.
        const float width = ImGui::GetContentRegionAvail().x - em(0.5f);
        const float pad = em(0.35f);
        ImVec2 size = ImGui::CalcTextSize(label.c_str(), nullptr, false, width - 2 * pad);
        ImVec2 min = ImGui::GetCursorScreenPos();
        bool clicked = ImGui::Selectable("##opt", false, 0, ImVec2(width, size.y + 2 * pad));
        ImU32 frame = ImGui::GetColorU32(ImGui::IsItemHovered() ? ImGuiCol_ButtonHovered : ImGuiCol_Button);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(min, ImVec2(min.x + width, min.y + size.y + 2 * pad), frame, em(0.2f));
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(min.x + pad, min.y + pad),
                    ImGui::GetColorU32(ImGuiCol_Text), label.c_str(), nullptr, width - 2 * pad);
        if (clicked || digit == static_cast<int>(i) + 1) {
            if (observe)
                emit<Judge>(state, c.id);
            else
                emit<Choose>(state, c.id);
        }
        ImGui::PopID();
    }
}

void continue_button(AppState& state) {
    if (ImGui::Button(state.strings("meeting.continue")) || enter_pressed()) emit<Advance>(state);
}

// Why "Zeg dit" is greyed out: an empty statement is never submitted.
void nothing_to_say_hint(const core::Strings& tr) {
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    ImGui::TextUnformatted(tr("meeting.nothing_to_say"));
    ImGui::PopStyleColor();
}

void draw_compose(AppState& state, PlayState& play) {
    const auto& tr = state.strings;
    const MeetingView& v = play.meeting;
    for (const auto& item : v.compose_items) {
        ImGui::PushID(item.id.c_str());
        bool selected = std::find(play.compose_selected.begin(), play.compose_selected.end(), item.id) !=
                        play.compose_selected.end();
        // Selection is a draft, not session state: changing it directly is fine here.
        if (ImGui::Checkbox("##sel", &selected))
            toggle_compose_item(play.compose_selected, item.id, selected);
        ImGui::SameLine();
        // One colour for every category: colouring protected ones would give the answer away.
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        ImGui::TextUnformatted(("[" + std::string(tr(("category." + item.category).c_str())) + "]").c_str());
        ImGui::PopStyleColor();
        ImGui::SameLine();
        text_wrapped(item.text.c_str());
        ImGui::PopID();
    }
    if (v.allow_words) {
        ImGui::TextUnformatted(tr("meeting.own_words"));
        input_text_wrapped("##words", play.compose_words, ImVec2(-1, em(3.5f)));
    }
    std::vector<std::string> items = play.compose_selected;
    const bool empty = statement_is_empty(items, play.compose_words);
    ImGui::BeginDisabled(empty);
    const bool say = ImGui::Button(tr("meeting.say_this"));
    ImGui::EndDisabled();
    if (empty) nothing_to_say_hint(tr);
    if (!empty && (say || enter_pressed()))
        emit<ComposeStatement>(state, std::move(items), play.compose_words);
}

void draw_free_text(AppState& state, PlayState& play) {
    const auto& tr = state.strings;
    ImGui::TextUnformatted(tr("meeting.type_statement"));
    bool submit = false;
    if (input_text_wrapped("##free", play.free_text, ImVec2(-1, em(4.5f)),
                           ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CtrlEnterForNewLine,
                           &submit))
        emit<FreeTextDraftChanged>(state, play.free_text);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    ImGui::TextUnformatted(tr("meeting.enter_to_submit"));
    ImGui::PopStyleColor();
    draw_spelling_hint(state, play.free_text);
    if (!play.meeting.verdicts_hidden && play.free_text_live) {
        const scoring::Evaluation& e = *play.free_text_live;
        std::vector<Highlight> hl;
        for (const auto& span : e.spans) {
            if (span.end > play.free_text.size()) continue;
            bool prot = scoring::is_protected_category(span.category);
            hl.push_back(
                {span.start, span.end,
                 verdict_colour(prot ? scoring::Verdict::Violation : scoring::Verdict::Allowed, 0.3f)});
        }
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
        ImGui::TextUnformatted(tr("meeting.live_check"));
        ImGui::PopStyleColor();
        draw_highlighted_text(play.free_text, hl);
        std::string cats;
        for (const auto& c : e.categories)
            cats += (cats.empty() ? "" : ", ") + std::string(tr(("category." + c).c_str()));
        if (!cats.empty()) text_wrapped((std::string(tr("meeting.detected")) + " " + cats).c_str());
    }
    const bool empty = statement_is_empty({}, play.free_text);
    ImGui::BeginDisabled(empty);
    const bool say = ImGui::Button(tr("meeting.say_this"));
    ImGui::EndDisabled();
    if (empty) nothing_to_say_hint(tr);
    if (!empty && (say || submit)) emit<SubmitText>(state, play.free_text);
}

void draw_response(AppState& state, PlayState& play) {
    const auto& tr = state.strings;
    const MeetingView& v = play.meeting;
    const bool toets = state.settings.mode == core::SessionMode::Toets;
    if (!v.current_speaker.empty() && (v.phase == core::Phase::Line || v.phase == core::Phase::Observe)) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
        ImGui::TextUnformatted(v.current_speaker.c_str());
        ImGui::PopStyleColor();
    }
    switch (v.phase) {
    case core::Phase::Question:
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
        ImGui::TextUnformatted(
            tr(v.stage == "nabespreking" ? "meeting.nabespreking" : "meeting.voorbespreking"));
        ImGui::PopStyleColor();
        text_wrapped(v.current_text.c_str());
        numbered_buttons(state, v.choices, false);
        break;
    case core::Phase::Line:
        text_wrapped(v.current_text.c_str());
        continue_button(state);
        break;
    case core::Phase::Choice:
    case core::Phase::Quiz:
        if (!v.current_text.empty() && v.phase == core::Phase::Quiz) text_wrapped(v.current_text.c_str());
        text_wrapped(v.prompt.c_str());
        numbered_buttons(state, v.choices, false);
        break;
    case core::Phase::Compose:
        text_wrapped(v.prompt.c_str());
        draw_compose(state, play);
        break;
    case core::Phase::FreeText:
        text_wrapped(v.prompt.c_str());
        draw_free_text(state, play);
        break;
    case core::Phase::Observe:
        text_wrapped(v.current_text.c_str());
        ImGui::Spacing();
        text_wrapped(v.prompt.empty() ? tr("observe.prompt") : v.prompt.c_str());
        numbered_buttons(state, v.choices, true);
        break;
    case core::Phase::Feedback:
        if (toets) {
            text_wrapped(tr("meeting.recorded_toets"));
        } else {
            ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
            ImGui::TextUnformatted(tr("meeting.feedback"));
            ImGui::PopStyleColor();
            draw_turn_findings(tr, v.turn_findings, state.strings.active);
            if (!v.turn_findings.empty() && !v.feedback.empty()) ImGui::Spacing();
            text_wrapped(v.feedback.c_str());
        }
        continue_button(state);
        break;
    case core::Phase::End:
        ImGui::TextUnformatted(tr("meeting.end"));
        text_wrapped(v.current_text.c_str());
        continue_button(state);
        break;
    case core::Phase::Finished:
        text_wrapped(tr("meeting.finished"));
        if (ImGui::Button(tr("nav.debrief"))) emit<GoToScreen>(state, Screen::Debrief);
        break;
    case core::Phase::Stuck:
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
        text_wrapped(v.stuck_reason.c_str());
        ImGui::PopStyleColor();
        break;
    default:
        break;
    }
}

void draw_meters(const MeetingView& v) {
    for (const auto& m : v.meters) {
        float span = static_cast<float>(std::max(1, m.max - m.min));
        float frac = static_cast<float>(m.value - m.min) / span;
        char overlay[32];
        std::snprintf(overlay, sizeof overlay, "%d / %d", m.value, m.max);
        text_wrapped(m.label.c_str());
        ImGui::ProgressBar(frac, ImVec2(-1, 0), overlay);
    }
}

} // namespace

void draw_meeting(AppState& state) {
    const auto& tr = state.strings;
    if (!state.play) {
        text_wrapped(tr("meeting.no_session"));
        if (ImGui::Button(tr("nav.library"))) emit<GoToScreen>(state, Screen::Library);
        return;
    }
    PlayState& play = *state.play;
    const MeetingView& v = play.meeting;
    const core::Scenario& s = play.runtime().scenario();

    // Header: title, case, progress; a banner while retrying from an earlier turn.
    ImGui::TextUnformatted(s.title.c_str());
    std::string progress = std::string(tr("meeting.decisions")) + " " + std::to_string(v.decisions_done) +
                           " / " + std::to_string(v.decisions_total);
    if (!v.case_title.empty()) progress += " · " + v.case_title;
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    text_fitted(progress); // a long case title is cut, not run off the window
    ImGui::PopStyleColor();
    if (play.side) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kWarning);
        text_wrapped((std::string(tr("meeting.side_attempt")) + " " + play.side_from_turn).c_str());
        ImGui::PopStyleColor();
        ImGui::SameLine();
        if (ImGui::SmallButton(tr("meeting.stop_side_attempt"))) emit<CloseSideAttempt>(state);
    }
    if (play.recorder->read_only()) { // another window writes this session
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kWarning);
        text_wrapped(
            (std::string(tr("meeting.read_only")) + " " + play.recorder->read_only_reason()).c_str());
        ImGui::PopStyleColor();
    }

    const float left_w = ImGui::GetContentRegionAvail().x * 0.36f;
    ImGui::BeginChild("##left", ImVec2(left_w, 0), false);
    draw_participants_table(v.seats, tr("table.confidential_legend"), 16.0f);
    draw_meters(v);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##right", ImVec2(0, 0), false);
    const float panel_h = ImGui::GetContentRegionAvail().y * 0.52f;
    draw_transcript("##transcript", v.rows, play.meeting_layout, tr,
                    ImGui::GetContentRegionAvail().y - panel_h, state.scroll_transcript);
    ImGui::BeginChild("##response", ImVec2(0, 0), true);
    draw_response(state, play);
    ImGui::EndChild();
    ImGui::EndChild();
}

} // namespace smo::ui
