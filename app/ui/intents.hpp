#pragma once
// What the user asked for during a frame. Draw code only pushes intents; apply_intents() is the
// single place that mutates state or touches files.

#include "core/editor_selection.hpp"
#include "core/play_strategies.hpp"
#include "core/scenario_commands.hpp"
#include "core/string_table.hpp"

#include <map>
#include <optional>

#include <string>
#include <variant>
#include <vector>

namespace smo::ui {

enum class Screen {
    Start,
    Library,
    Briefing,
    Meeting,
    Observe,
    Debrief,
    Reflection,
    ReviewCohort,
    ReviewSession,
    ReviewAnalytics,
    Editor,
    Settings,
    Count
};

// Settings and navigation
struct SetLanguage {
    core::Language language = core::Language::Dutch;
};
struct ZoomIn {};
struct ZoomOut {};
struct ZoomReset {};
struct SetTraineeName {
    std::string name;
};
struct SetMode {
    std::string mode;
};
struct GoToScreen {
    Screen screen = Screen::Start;
};
/// "Instellingen": the learning record store fields as typed; an empty secret keeps the saved one.
struct SaveLrsSettings {
    std::string endpoint, key, secret, home_page, account_name, iri_base;
    bool send_name = false;
};

// Library
struct SetLibraryFilter {
    std::string smo_type, assignment, goal;
}; ///< "" = any
struct OpenBriefing {
    std::string scenario_id;
};
struct CreateScenarioFromTemplate {
    std::string template_id;
};
struct DuplicateScenario {
    std::string scenario_id;
};
struct ImportScenario {
    std::string path;
    bool replace_existing = false;
};
struct ExportScenario {
    std::string scenario_id;
    std::string destination; ///< file or folder; "" = the exports folder
};
struct ResumeSession {
    std::string session_id;
    bool scenario_change_accepted = false; ///< the trainee saw the "scenario changed" warning
};
struct CancelResume {};
struct MoveSessionAside {
    std::string path;
};

// Playing (each maps to one Runtime push through the session recorder, which autosaves)
struct StartMeeting {};
struct Advance {};
struct Choose {
    std::string id;
};
struct ComposeStatement {
    std::vector<std::string> items;
    std::string words;
};
struct SubmitText {
    std::string text;
};
struct Judge {
    std::string verdict;
};
struct FreeTextDraftChanged {
    std::string text;
}; ///< live marking in oefenen mode

// After the meeting
struct SetSelfRating {
    std::string key;
    int value = 0;
}; ///< key: "confidentiality" or an LG id
struct RevealScores {};
struct RetryFrom {
    std::string turn_id;
}; ///< opens a side attempt from that snapshot
struct CloseSideAttempt {};
struct ShowAttempt {
    std::size_t index = 0;
}; ///< the debrief shows this attempt: 0 = the original, i = side attempt i-1
struct SetReflection {
    std::string field;
    std::string text;
};
struct ReflectionAlternativeChanged {
    std::string turn_id;
    std::string text;
};
struct ExportReport {};

// Keeping the trainee's work when autosave fails (save_status.hpp)
struct RetrySave {};
struct OpenSaveAs {};
struct SaveSessionAs {
    std::string path;
};
struct CloseSaveAs {};
struct CancelClose {};
struct QuitWithoutSaving {};

// Handing a finished session in (trainee) and reviewing a cohort (supervisor)
struct HandIn {
    std::string folder;
};
struct OpenFeedback {
    std::string handed_in_file;
};
struct OpenCohort {
    std::string path;
};
struct CancelCohortLoad {};
/// Opens the folder picker at `path`, or walks it there when it is open.
struct BrowseFolder {
    std::string path;
};
struct CloseFolderPicker {};
struct SortCohort {
    int column = 0; ///< core::CohortColumn
    bool descending = false;
};
struct FilterCohort {
    std::string scenario_id, trainee, status; ///< "" = any
};
struct MoveCohortCursor {
    int delta = 0; ///< rows down (negative: up)
};
struct OpenReviewSession {
    std::size_t entry = 0;
};
struct SetTurnComment {
    std::string turn_id, text;
};
struct SetFindingOverride {
    std::string turn_id, rule_id;
    bool agree = false;
    std::string reason;
};
struct SetReviewStatus {
    std::string status;
};
struct SetOverallComment {
    std::string went_well, could_be_better;
};
struct SignOffReview {};
struct SelectReviewTurn {
    std::string turn_id;
};
struct WithdrawSignOff {};
struct UndoReview {};
struct RedoReview {};
struct ExportCohortCsv {
    std::string cohort_path, items_path;
};

// Scenario editor
struct OpenEditor {
    std::string scenario_id;
};
/// Duplicates a (bundled) scenario into the own folder and opens the copy in the editor.
struct DuplicateAndEdit {
    std::string scenario_id;
};
/// One undoable edit, built by draw code from the document's current state; a refused factory
/// (nullopt) brings its `error` to the editor's message line.
struct EditScenario {
    std::optional<core::Command> command;
    std::string error;
    std::optional<core::EditorItem> select_after; ///< e.g. the node just added
};
struct EndEditMerge {};
struct UndoScenarioEdit {};
struct RedoScenarioEdit {};
struct SelectEditorItem {
    core::EditorItem item;
};
/// A diagnostic was clicked: select the element its pointer lies in and show the field.
struct JumpToPointer {
    std::string pointer;
};
struct SaveScenarioEdits {};
/// Leave the editor for `to`; with unsaved edits the Save / Discard / Cancel question opens.
struct LeaveEditor {
    Screen to = Screen::Library;
};
struct ResolveLeave {
    enum class Choice { Save, Discard, Cancel } choice = Choice::Cancel;
};
struct FindInEditor {
    std::string query;
};
struct NextEditorMatch {};
struct SetEditorPane {
    int pane = 0; ///< EditorPane
};
struct MoveMapNode {
    std::string node_id;
    float x = 0, y = 0;
};
struct StartPlaytest {
    std::string node_id;
    std::map<std::string, int> vars;
    std::vector<std::string> prior_items;
};
struct PlaytestAct {
    core::PlayAction action;
};
struct StopPlaytest {};
struct SavePlaytestPlan {
    std::string path;
};
/// The first pending recovery file: reopen it in the editor (true) or throw it away.
struct ResolveRecovery {
    bool restore = false;
};

using Intent = std::variant<
    SetLanguage, ZoomIn, ZoomOut, ZoomReset, SetTraineeName, SetMode, GoToScreen, SetLibraryFilter,
    OpenBriefing, CreateScenarioFromTemplate, DuplicateScenario, ImportScenario, ExportScenario,
    ResumeSession, CancelResume, MoveSessionAside, StartMeeting, Advance, Choose, ComposeStatement,
    SubmitText, Judge, FreeTextDraftChanged, SetSelfRating, RevealScores, RetryFrom, CloseSideAttempt,
    ShowAttempt, SetReflection, ReflectionAlternativeChanged, ExportReport, RetrySave, OpenSaveAs,
    SaveSessionAs, CloseSaveAs, CancelClose, QuitWithoutSaving, HandIn, OpenFeedback, OpenCohort,
    CancelCohortLoad, BrowseFolder, CloseFolderPicker, SortCohort, FilterCohort, MoveCohortCursor,
    OpenReviewSession, SetTurnComment, SetFindingOverride, SetReviewStatus, SetOverallComment, SignOffReview,
    SelectReviewTurn, WithdrawSignOff, UndoReview, RedoReview, ExportCohortCsv, OpenEditor, DuplicateAndEdit,
    EditScenario, EndEditMerge, UndoScenarioEdit, RedoScenarioEdit, SelectEditorItem, JumpToPointer,
    SaveScenarioEdits, LeaveEditor, ResolveLeave, FindInEditor, NextEditorMatch, SetEditorPane, MoveMapNode,
    StartPlaytest, PlaytestAct, StopPlaytest, SavePlaytestPlan, ResolveRecovery, SaveLrsSettings>;

/// Maps "start", "library", ... to a Screen; Screen::Count when unknown.
Screen parse_screen(std::string_view name);
const char* screen_name(Screen screen);

} // namespace smo::ui
