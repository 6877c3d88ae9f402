#pragma once
// What the user asked for during a frame. Draw code only pushes intents; apply_intents() is the
// single place that mutates state or touches files.

#include "core/string_table.hpp"

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
    FlowMap,
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

// Flow map (--screen flowmap)
struct FindInFlowMap {
    std::string query;
};
struct NextFlowMapMatch {};
struct SelectFlowNode {
    std::string node_id; ///< empty: clear the selection
};

using Intent =
    std::variant<SetLanguage, ZoomIn, ZoomOut, ZoomReset, SetTraineeName, SetMode, GoToScreen,
                 SetLibraryFilter, OpenBriefing, CreateScenarioFromTemplate, DuplicateScenario,
                 ImportScenario, ExportScenario, ResumeSession, CancelResume, MoveSessionAside, StartMeeting,
                 Advance, Choose, ComposeStatement, SubmitText, Judge, FreeTextDraftChanged, SetSelfRating,
                 RevealScores, RetryFrom, CloseSideAttempt, SetReflection, ReflectionAlternativeChanged,
                 ExportReport, RetrySave, OpenSaveAs, SaveSessionAs, CloseSaveAs, CancelClose,
                 QuitWithoutSaving, HandIn, OpenFeedback, OpenCohort, CancelCohortLoad, BrowseFolder, CloseFolderPicker, SortCohort,
                 FilterCohort, MoveCohortCursor, OpenReviewSession, SetTurnComment, SetFindingOverride,
                 SetReviewStatus, SetOverallComment, SignOffReview, SelectReviewTurn, WithdrawSignOff,
                 UndoReview, RedoReview, ExportCohortCsv, FindInFlowMap, NextFlowMapMatch, SelectFlowNode>;

/// Maps "start", "library", ... to a Screen; Screen::Count when unknown.
Screen parse_screen(std::string_view name);
const char* screen_name(Screen screen);

} // namespace smo::ui
