#pragma once
// Everything the UI shows, in one value passed by reference to each screen. Draw code reads it
// and pushes intents; apply_intents() is the only code that changes it.

#include "core/scenario_library.hpp"
#include "core/session_store.hpp"
#include "core/session_verification.hpp"
#include "core/settings.hpp"
#include "core/spelling_service.hpp"
#include "core/xapi_sender.hpp"
#include "core/string_table.hpp"
#include "scoring/evaluate.hpp"
#include "ui/editor_state.hpp"
#include "ui/intents.hpp"
#include "ui/review_state.hpp"
#include "ui/transcript_list.hpp"
#include "ui/views.hpp"

#include <filesystem>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace smo::ui {

/// Loaded once before the first frame (see load_services); read-only for draw code.
struct Services {
    std::vector<core::LibraryEntry> library;   ///< bundled, then own (see core::load_library)
    std::vector<core::LibraryEntry> templates; ///< <data>/assets/templates, for "Nieuw scenario"
    std::unique_ptr<scoring::Engine> engine;   ///< null when rules or lexicon failed to load
    std::vector<std::string> engine_errors;
    std::unique_ptr<core::SessionStore> store;
    std::vector<core::SessionSummary> sessions; ///< newest first; refreshed when the start screen opens
    std::vector<core::UnreadableSession> unreadable_sessions; ///< listed with the reason, never hidden
    /// Per session id: what its replay says (edited outside the app, scenario changed); verified ones absent.
    struct SessionMark {
        core::Verification state = core::Verification::Verified;
        std::string reason;
    };
    std::map<std::string, SessionMark> session_marks;
    /// Per session id: the file stamp (mtime and size) its verification was made for, so a file is
    /// replayed once per change, not on every visit to the start screen.
    std::map<std::string, std::pair<std::string, std::optional<SessionMark>>> verified_stamps;
};

/// What the services worker loaded (services_load.hpp): the services and their warnings.
struct LoadedServices {
    Services services;
    std::vector<std::string> warnings;
};

/// The session being played, with the drafts of the trainee's next move and cached views.
struct PlayState {
    std::unique_ptr<core::SessionRecorder> recorder;
    /// A retry from an earlier turn runs on a copy; the original session stays as it was.
    std::optional<core::Runtime> side;
    std::string side_from_turn;
    std::optional<scoring::SessionScore> side_score;

    MeetingView meeting; ///< rebuilt after every action
    DebriefView debrief; ///< rebuilt when the meeting ends or a retry finishes
    bool debrief_ready = false;
    /// Which attempt the debrief shows: 0 = the original, i = side attempt i-1 (attempt_debrief).
    std::size_t shown_attempt = 0;
    DebriefView attempt_debrief;

    // Drafts of the next move
    std::string free_text;
    std::optional<scoring::Evaluation> free_text_live; ///< oefenen: live marking of the draft
    std::vector<std::string> compose_selected;         ///< in the order ticked (toggle_compose_item)
    std::string compose_words;

    // After the meeting
    bool scores_revealed = false;
    /// Text buffers of the reflection fields (incl. alternatives per flagged turn); each edit is
    /// copied into the session record and autosaved by apply_intents.
    core::Reflection reflection_draft;
    std::map<std::string, scoring::Evaluation> alternative_checks; ///< live verdict of each alternative
    std::string export_message;
    std::string hand_in_folder;  ///< where "Inleveren" writes (prefilled with the exports folder)
    std::string hand_in_message; ///< the files written, or why not
    /// The supervisor's review of this session, opened by the trainee ("Feedback openen").
    std::optional<core::Review> feedback;
    std::string feedback_path;    ///< the handed-in file typed in the debrief
    std::string feedback_message; ///< why it could not be opened

    // The trainee's own copy while autosave fails (see save_status.hpp)
    std::filesystem::path copy_path;
    std::string copy_json;     ///< what was written there
    bool copy_current = false; ///< the copy still equals the session record

    // Draw-time measurements of the transcripts (a cache, not session data)
    TranscriptLayout meeting_layout;
    TranscriptLayout debrief_layout;
    TranscriptLayout attempt_layout;

    const core::Runtime& runtime() const { return side ? *side : recorder->runtime(); }
    const std::map<std::string, int>& self_ratings() const { return recorder->session().self_ratings; }
    const DebriefView& shown_debrief() const { return shown_attempt == 0 ? debrief : attempt_debrief; }
};

struct AppState {
    core::Strings strings;
    core::Settings settings;
    std::filesystem::path settings_path; ///< empty: never save (screenshots, tests)
    std::filesystem::path data_dir;
    std::filesystem::path export_dir; ///< where reports go
    /// The user's own scenarios ($XDG_DATA_HOME/smo-trainer/scenarios); empty: bundled only.
    std::filesystem::path user_scenarios_dir;
    /// $XDG_STATE_HOME/smo-trainer: the editor's recovery files; empty: none (screenshots, tests).
    std::filesystem::path state_dir;

    Services services;
    /// Loading on a worker while the first frames are drawn (services_load.hpp); empty when done.
    std::optional<std::future<LoadedServices>> services_loading;
    /// Spelling help under free text and reflection answers; started the first time one is shown.
    std::unique_ptr<core::SpellingService> spelling;
    LibraryFilter library_filter;
    LibraryView library_view;      ///< rebuilt when the filter or library changes
    std::string selected_scenario; ///< briefing shows this scenario
    /// The library's file actions: the typed import/export path and the last outcome.
    struct LibraryFiles {
        std::string path;
        bool replace_existing = false; ///< import over a scenario with the same id
        std::string message;
        bool message_is_error = false;
    };
    LibraryFiles library_files;

    std::optional<PlayState> play;
    ReviewState review; ///< the supervisor's review mode
    EditorState editor; ///< the scenario editor

    /// Sends xAPI statements to the LRS on its own thread (xapi_actions.hpp); null until started.
    std::unique_ptr<core::XapiSender> xapi;
    /// "Instellingen": the LRS fields being typed, filled from the settings when the screen opens.
    struct LrsForm {
        SaveLrsSettings fields;
        bool secret_saved = false; ///< a secret file exists (its text is never put in the form)
        std::string message;
        bool message_is_error = false;
    };
    LrsForm lrs_form;

    Screen screen = Screen::Start;
    std::vector<Intent> intents;

    /// Warnings the user should see (missing font, unreadable settings); shown on the start screen.
    std::vector<std::string> warnings;
    /// Last save error, if any; shown until the next successful save.
    std::string save_error;
    /// The window was asked to close while turns exist only in memory: the confirmation is open.
    bool close_requested = false;
    /// The user chose to close anyway (or everything got saved): the main loop closes the window.
    bool quit_confirmed = false;
    /// "Elders opslaan": the dialog is open and the path typed so far.
    bool save_as_open = false;
    std::string save_as_path;
    std::string save_as_error;
    /// Resuming a session whose scenario file changed waits for the trainee's confirmation.
    struct ResumeWarning {
        std::string session_id;
        std::string message;
    };
    std::optional<ResumeWarning> resume_warning;
    /// Outcome of moving an unreadable session aside, shown on the start screen.
    std::string sessions_message;
    /// Start-screen draft of the trainee's name, committed when the field is left.
    std::string name_draft;
    /// Screenshot/benchmark runs hide anything time-dependent.
    bool deterministic = false;
    /// Set by apply_intents when new transcript lines arrived (the meeting scrolls to them).
    bool scroll_transcript = false;

    const core::LibraryEntry* selected_entry() const;
    /// The loaded rulebase, or null when the scoring engine failed to load.
    const scoring::Rulebase* rulebase() const {
        return services.engine ? &services.engine->rulebase() : nullptr;
    }
};

/// Queues an intent. Constructing in place also sidesteps a GCC 12 false -Wmaybe-uninitialized
/// on moving a temporary std::variant.
template <class T, class... Args> void emit(AppState& state, Args&&... args) {
    state.intents.emplace_back(std::in_place_type<T>, std::forward<Args>(args)...);
}

/// Applies and clears the queued intents. Returns true when the font size must be rebuilt.
bool apply_intents(AppState& state);

} // namespace smo::ui
