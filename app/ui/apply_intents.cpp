#include "ui/app_state.hpp"

#include "ui/editor_actions.hpp"
#include "ui/editor_playtest_actions.hpp"
#include "ui/library_files.hpp"
#include "ui/review_actions.hpp"
#include "ui/save_status.hpp"
#include "ui/session_actions.hpp"
#include "ui/session_list.hpp"
#include "ui/xapi_actions.hpp"

#include <algorithm>
#include <array>

namespace smo::ui {

namespace {
constexpr float kZoomStep = 0.1f;

template <class... Ts> struct Overloaded : Ts... { using Ts::operator()...; };
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

constexpr std::array<const char*, 12> kScreenNames{
    "start",      "library",       "briefing",       "meeting",          "observe", "debrief",
    "reflection", "review-cohort", "review-session", "review-analytics", "editor",  "settings"};
static_assert(kScreenNames.size() == static_cast<std::size_t>(Screen::Count));

core::PlayAction make_action(core::PlayAction::Kind kind, std::string id = {},
                             std::vector<std::string> items = {}, std::string text = {}) {
    core::PlayAction a;
    a.kind = kind;
    a.id = std::move(id);
    a.items = std::move(items);
    a.text = std::move(text);
    return a;
}

void report(AppState& state, const std::optional<std::string>& error) {
    if (error) state.save_error = *error;
}

// Review edits carry a time; screenshot runs use a fixed one so the pictures do not change.
std::string review_now(const AppState& state) {
    return state.deterministic ? std::string("2026-12-01T10:00:00Z") : core::utc_timestamp_now();
}

// The verdict the reviewer agrees or disagrees with, kept beside the override.
std::string original_verdict(const AppState& state, const std::string& turn_id) {
    if (!state.review.open) return {};
    for (const auto& row : state.review.open->debrief.rows)
        if (row.turn_id == turn_id && row.verdict) return std::string(scoring::verdict_id(*row.verdict));
    return {};
}

void go_to_play_screen(AppState& state) {
    if (state.play) state.screen = screen_for(*state.play);
}

} // namespace

Screen parse_screen(std::string_view name) {
    for (std::size_t i = 0; i < kScreenNames.size(); ++i) {
        if (name == kScreenNames[i]) return static_cast<Screen>(i);
    }
    return Screen::Count;
}

const char* screen_name(Screen screen) {
    auto i = static_cast<std::size_t>(screen);
    return i < kScreenNames.size() ? kScreenNames[i] : "?";
}

const core::LibraryEntry* AppState::selected_entry() const {
    return core::find_in_library(services.library, selected_scenario);
}

bool apply_intents(AppState& state) {
    // Until the services are in (services_load.hpp) intents wait in the queue: nothing is lost.
    if (state.services_loading) return false;
    bool font_changed = false;
    bool settings_changed = false;
    const core::Settings settings_before = state.settings; // only what changes here is saved
    std::vector<Intent> pending;
    pending.swap(state.intents);
    state.scroll_transcript = false;
    for (Intent& intent : pending) {
        std::visit(
            Overloaded{
                [&](SetLanguage& i) {
                    state.settings.language = i.language;
                    state.strings.active = i.language;
                    settings_changed = true;
                    refresh_library_view(state);
                    // Role labels in the meeting view are translated: rebuild it.
                    refresh_meeting_view(state);
                },
                [&](ZoomIn&) {
                    state.settings.ui_scale = core::clamp_ui_scale(state.settings.ui_scale + kZoomStep);
                    font_changed = settings_changed = true;
                },
                [&](ZoomOut&) {
                    state.settings.ui_scale = core::clamp_ui_scale(state.settings.ui_scale - kZoomStep);
                    font_changed = settings_changed = true;
                },
                [&](ZoomReset&) {
                    state.settings.ui_scale = 1.0f;
                    font_changed = settings_changed = true;
                },
                [&](SetTraineeName& i) {
                    state.settings.trainee_name = i.name;
                    settings_changed = true;
                },
                [&](SetMode& i) {
                    if (auto mode = core::session_mode_from_id(i.mode)) {
                        state.settings.mode = *mode;
                        settings_changed = true;
                    }
                },
                [&](GoToScreen& i) {
                    state.screen = i.screen;
                    // Toets: the reflection lists the flagged turns, so it waits for the self-rating.
                    if (i.screen == Screen::Reflection && state.play && !state.play->scores_revealed &&
                        state.play->recorder->session().mode == core::SessionMode::Toets)
                        state.screen = Screen::Debrief;
                    if (i.screen == Screen::Start) refresh_sessions(state);
                    if (i.screen == Screen::Settings) fill_lrs_form(state);
                },
                [&](SaveLrsSettings& i) { settings_changed |= save_lrs_settings(state, i); },
                [&](SetLibraryFilter& i) {
                    state.library_filter = {i.smo_type, i.assignment, i.goal};
                    refresh_library_view(state);
                },
                [&](CreateScenarioFromTemplate& i) {
                    // A new scenario opens in the editor: that is what it was made for.
                    if (auto path = create_scenario_from_template(state, i.template_id))
                        if (auto err = open_editor(state, path->stem().string()))
                            state.library_files.message = *err;
                },
                [&](DuplicateScenario& i) { duplicate_library_scenario(state, i.scenario_id); },
                [&](ImportScenario& i) { import_library_scenario(state, i.path, i.replace_existing); },
                [&](ExportScenario& i) { export_library_scenario(state, i.scenario_id, i.destination); },
                [&](OpenBriefing& i) {
                    state.selected_scenario = i.scenario_id;
                    state.screen = Screen::Briefing;
                },
                [&](ResumeSession& i) {
                    if (!i.scenario_change_accepted) {
                        if (auto warning = resume_warning(state, i.session_id)) {
                            state.resume_warning = AppState::ResumeWarning{i.session_id, *warning};
                            return;
                        }
                    }
                    state.resume_warning.reset();
                    auto err = resume_saved_session(state, i.session_id);
                    report(state, err);
                    if (!err) go_to_play_screen(state);
                },
                [&](CancelResume&) { state.resume_warning.reset(); },
                [&](MoveSessionAside& i) { move_session_aside(state, i.path); },
                [&](StartMeeting&) {
                    auto err = start_session(state, state.selected_scenario);
                    report(state, err);
                    if (!err) go_to_play_screen(state);
                },
                [&](Advance&) {
                    report(state, perform(state, make_action(core::PlayAction::Kind::Advance)));
                    go_to_play_screen(state);
                },
                [&](Choose& i) {
                    report(state, perform(state, make_action(core::PlayAction::Kind::Choose, i.id)));
                    go_to_play_screen(state);
                },
                [&](ComposeStatement& i) {
                    if (statement_is_empty(i.items, i.words)) return; // says nothing: refused
                    report(state, perform(state, make_action(core::PlayAction::Kind::Compose, {}, i.items,
                                                             i.words)));
                    go_to_play_screen(state);
                },
                [&](SubmitText& i) {
                    if (statement_is_empty({}, i.text)) return; // says nothing: refused
                    report(state,
                           perform(state, make_action(core::PlayAction::Kind::Submit, {}, {}, i.text)));
                    go_to_play_screen(state);
                },
                [&](Judge& i) {
                    report(state, perform(state, make_action(core::PlayAction::Kind::Judge, i.verdict)));
                    go_to_play_screen(state);
                },
                [&](FreeTextDraftChanged& i) {
                    if (!state.play) return;
                    state.play->free_text = i.text;
                    if (state.settings.mode == core::SessionMode::Oefenen) recheck_free_text(state);
                },
                [&](SetSelfRating& i) {
                    if (!state.play || i.value < 1 || i.value > 5) return;
                    state.play->recorder->session().self_ratings[i.key] = i.value;
                    if (auto err = state.play->recorder->save()) state.save_error = *err;
                },
                [&](RevealScores&) {
                    if (!state.play) return;
                    // Toets: the self-rating cannot be skipped.
                    if (state.play->recorder->session().mode == core::SessionMode::Toets &&
                        !self_rating_complete(state.play->runtime().scenario(), state.play->self_ratings()))
                        return;
                    state.play->scores_revealed = true;
                    if (state.services.engine) {
                        state.play->debrief = build_debrief_view(state.play->recorder->session(),
                                                                 state.play->recorder->runtime(),
                                                                 state.services.engine->rulebase());
                    }
                },
                [&](RetryFrom& i) {
                    auto err = open_side_attempt(state, i.turn_id);
                    report(state, err);
                    if (!err) go_to_play_screen(state);
                },
                [&](ShowAttempt& i) {
                    if (!state.play || !state.services.engine) return;
                    show_attempt(state, i.index);
                },
                [&](CloseSideAttempt&) {
                    if (!state.play) return;
                    state.play->side.reset();
                    state.play->side_score.reset();
                    state.play->side_from_turn.clear();
                    refresh_meeting_view(state);
                    state.screen = Screen::Debrief;
                },
                [&](SetReflection& i) {
                    // Handed in: the reflection the supervisor reads stays as it was handed in.
                    if (!state.play || !state.play->recorder->session().handed_in_at.empty()) return;
                    core::Reflection& r = state.play->reflection_draft;
                    if (auto field = core::reflection_field_from_id(i.field)) r.text(*field) = i.text;
                    state.play->recorder->session().reflection = r;
                    if (auto err = state.play->recorder->save()) state.save_error = *err;
                },
                [&](ReflectionAlternativeChanged& i) {
                    if (!state.play || !state.play->recorder->session().handed_in_at.empty()) return;
                    state.play->reflection_draft.alternatives[i.turn_id] = i.text;
                    state.play->recorder->session().reflection.alternatives[i.turn_id] = i.text;
                    if (auto err = state.play->recorder->save()) state.save_error = *err;
                    recheck_alternative(state, i.turn_id);
                },
                [&](ExportReport&) { export_session_report(state); },
                [&](RetrySave&) { retry_save(state); },
                [&](OpenSaveAs&) {
                    if (!state.play) return;
                    state.save_as_open = true;
                    state.save_as_error.clear();
                    if (state.save_as_path.empty())
                        state.save_as_path =
                            (state.export_dir / (state.play->recorder->session().session_id + ".json"))
                                .string();
                },
                [&](SaveSessionAs& i) {
                    auto err = save_session_copy(state, i.path);
                    state.save_as_error = err ? *err : std::string();
                    if (!err) state.save_as_open = false;
                },
                [&](CloseSaveAs&) { state.save_as_open = false; },
                [&](CancelClose&) { state.close_requested = false; },
                [&](QuitWithoutSaving&) { state.quit_confirmed = true; },
                [&](HandIn& i) {
                    if (state.play) state.play->hand_in_message = hand_in_session(state, i.folder);
                },
                [&](OpenFeedback& i) { open_feedback(state, i.handed_in_file); },
                [&](OpenCohort& i) {
                    state.review.picker.reset();
                    start_cohort_load(state, i.path);
                    if (state.review.loading) {
                        core::remember_review_folder(state.settings, i.path);
                        settings_changed = true;
                    }
                },
                [&](CancelCohortLoad&) { cancel_cohort_load(state); },
                [&](BrowseFolder& i) { state.review.picker = core::list_folder(i.path); },
                [&](CloseFolderPicker&) { state.review.picker.reset(); },
                [&](SortCohort& i) {
                    if (i.column < 0 || i.column >= static_cast<int>(core::CohortColumn::Count)) return;
                    state.review.sort_column = static_cast<core::CohortColumn>(i.column);
                    state.review.sort_descending = i.descending;
                    refresh_cohort_order(state);
                },
                [&](FilterCohort& i) {
                    auto& f = state.review.filter;
                    f.scenario_id = i.scenario_id;
                    f.trainee = i.trainee;
                    f.status_id = i.status.empty() ? std::nullopt : std::optional<std::string>(i.status);
                    refresh_cohort_order(state);
                },
                [&](MoveCohortCursor& i) {
                    auto& r = state.review;
                    if (r.order.empty()) return;
                    const long next = static_cast<long>(r.cursor) + i.delta;
                    r.cursor =
                        static_cast<std::size_t>(std::clamp(next, 0L, static_cast<long>(r.order.size()) - 1));
                },
                [&](OpenReviewSession& i) {
                    if (auto err = open_review_session(state, i.entry)) state.review.message = *err;
                },
                [&](SelectReviewTurn& i) {
                    if (state.review.open) state.review.open->selected_turn = i.turn_id;
                },
                [&](SetTurnComment& i) {
                    apply_review_edit(state,
                                      core::set_turn_comment(i.turn_id, i.text, state.review.reviewer_draft,
                                                             review_now(state)));
                },
                [&](SetFindingOverride& i) {
                    if (!state.review.open) return;
                    core::FindingOverride o;
                    o.turn_id = i.turn_id;
                    o.rule_id = i.rule_id;
                    o.agree = i.agree;
                    o.reason = i.reason;
                    o.original_verdict = original_verdict(state, i.turn_id);
                    o.author = state.review.reviewer_draft;
                    o.at = review_now(state);
                    apply_review_edit(state, core::set_override(std::move(o)));
                },
                [&](SetReviewStatus& i) {
                    if (auto status = core::review_status_from_id(i.status))
                        apply_review_edit(state, core::set_status(*status));
                },
                [&](SetOverallComment& i) {
                    apply_review_edit(state, core::set_overall({i.went_well, i.could_be_better}));
                },
                [&](SignOffReview&) {
                    apply_review_edit(state, core::sign_off(state.review.reviewer_draft, review_now(state)));
                },
                [&](WithdrawSignOff&) { apply_review_edit(state, core::withdraw_sign_off()); },
                [&](UndoReview&) { undo_review_edit(state); },
                [&](RedoReview&) { redo_review_edit(state); },
                [&](ExportCohortCsv& i) { export_cohort_csvs(state, i.cohort_path, i.items_path); },
                [&](OpenEditor& i) {
                    if (auto err = open_editor(state, i.scenario_id)) {
                        state.library_files.message = *err;
                        state.library_files.message_is_error = true;
                    }
                },
                [&](DuplicateAndEdit& i) {
                    if (editor_dirty(state)) return; // never drop unsaved edits for a copy
                    if (auto path = duplicate_library_scenario(state, i.scenario_id))
                        if (auto err = open_editor(state, path->stem().string())) state.editor.message = *err;
                },
                [&](EditScenario& i) { execute_edit(state, i); },
                [&](EndEditMerge&) { end_edit_merge(state); },
                [&](UndoScenarioEdit&) { undo_edit(state); },
                [&](RedoScenarioEdit&) { redo_edit(state); },
                [&](SelectEditorItem& i) { select_editor_item(state, i.item); },
                [&](JumpToPointer& i) { jump_to_pointer(state, i.pointer); },
                [&](SaveScenarioEdits&) { save_edits(state); },
                [&](LeaveEditor& i) { leave_editor(state, i.to); },
                [&](ResolveLeave& i) { resolve_leave(state, i.choice); },
                [&](FindInEditor& i) { find_in_editor(state, i.query); },
                [&](NextEditorMatch&) { next_editor_match(state); },
                [&](SetEditorPane& i) {
                    if (i.pane >= 0 && i.pane < static_cast<int>(EditorPane::Count))
                        set_editor_pane(state, static_cast<EditorPane>(i.pane));
                },
                [&](MoveMapNode& i) { move_map_node(state, i.node_id, i.x, i.y); },
                [&](StartPlaytest& i) { start_playtest(state, i); },
                [&](PlaytestAct& i) { playtest_act(state, i.action); },
                [&](StopPlaytest&) { stop_playtest(state); },
                [&](SavePlaytestPlan& i) { save_playtest_plan(state, i.path); },
                [&](ResolveRecovery& i) { resolve_recovery(state, i.restore); },
            },
            intent);
    }
    refresh_save_status(state);
    if (settings_changed && !state.settings_path.empty()) {
        auto err = core::save_settings_merged(state.settings_path, settings_before, state.settings);
        state.save_error = err ? *err : std::string();
    }
    return font_changed;
}

} // namespace smo::ui
