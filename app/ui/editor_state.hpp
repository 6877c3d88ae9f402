#pragma once
// The scenario editor's state (AppState::editor): the open document, what is selected, the flow
// map built from the last committed edit, and the open panels. apply_intents changes it; draw
// code reads it, except for widget state (the map's pan/zoom, the text draft being typed).

#include "core/editor_recovery.hpp"
#include "core/editor_selection.hpp"
#include "core/flow_map.hpp"
#include "core/option_audit.hpp"
#include "core/runtime.hpp"
#include "core/scenario_document.hpp"
#include "ui/flow_map_widget.hpp"
#include "ui/intents.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace smo::ui {

enum class EditorPane { Map, Audit, Playtest, Count };

/// What the next playtest starts with; edited in the playtest pane before "Start".
struct PlaytestDraft {
    std::string node_id;                  ///< "" = the selected node
    std::map<std::string, int> vars;      ///< chosen values; absent = the variable's initial value
    std::vector<std::string> prior_items; ///< case-file items taken as already said
};

/// A running playtest: an in-memory runtime started at a node; never written as a session.
struct EditorPlaytest {
    PlaytestDraft setup;                            ///< what it started with
    std::shared_ptr<const core::Scenario> scenario; ///< the model it plays (kept alive)
    std::optional<core::Runtime> runtime;
    std::string error;                         ///< why it could not start or the last action failed
    std::vector<std::string> compose_selected; ///< draft of a compose step, in the order ticked
    std::string compose_words;
    std::string free_text;    ///< draft of a free-text step
    std::string plan_path;    ///< "Pad opslaan als testplan": typed file name
    std::string plan_message; ///< where it was written, or why not
    bool plan_message_is_error = false;
};

/// The text field being typed in: its value lives here until the field is left, then it is
/// committed as one undoable edit (so the document re-validates per edit, not per key).
struct FieldDraft {
    std::string pointer;
    std::string text;
};

struct EditorState {
    std::unique_ptr<core::ScenarioDocument> doc;
    std::filesystem::path path; ///< the own scenario file Save writes
    bool read_only = false;     ///< a bundled scenario: "Dupliceren om te bewerken"
    std::string target_sha256;  ///< of the file when editing began (for the recovery file)

    core::EditorItem selected;
    std::string focus_pointer; ///< a diagnostic's field: highlighted and scrolled to once
    bool scroll_to_focus = false;
    FieldDraft draft;

    /// Errors and warnings per outline entry (key: kind and id), counted once per revision.
    struct ProblemCount {
        int errors = 0, warnings = 0;
    };
    std::map<std::pair<int, std::string>, ProblemCount> problems;

    core::FlowMap map;
    std::uint64_t map_revision = ~std::uint64_t{0};
    FlowMapViewState view;
    std::string query;
    std::vector<std::string> matches;
    std::size_t match_index = 0;

    EditorPane pane = EditorPane::Map;
    std::optional<core::OptionAudit> audit;
    std::uint64_t audit_revision = ~std::uint64_t{0};
    bool audit_only_mismatches = false; ///< widget state of the audit table's filter
    PlaytestDraft playtest_draft;
    std::optional<EditorPlaytest> playtest;

    std::string message; ///< last save/edit outcome
    bool message_is_error = false;
    /// Leaving with unsaved changes: where to go once the user chose Save or Discard.
    std::optional<Screen> leave_to;
    bool leave_quits = false; ///< the window close asked
    /// Recovery files found at start: asked about one by one before anything else.
    std::vector<core::EditorRecovery> recoveries;
    std::vector<std::string> recovery_problems;

    bool open() const { return doc != nullptr; }
};

} // namespace smo::ui
