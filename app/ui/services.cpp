#include "ui/services.hpp"

#include "core/play_strategies.hpp"
#include "ui/editor_actions.hpp"
#include "ui/library_files.hpp"
#include "ui/session_actions.hpp"
#include "ui/session_list.hpp"
#include "ui/xapi_actions.hpp"

namespace smo::ui {

namespace {

// Plays with `kind` until `stop` holds or the session ends. Returns false when it got stuck.
template <typename Stop>
bool play_until(AppState& state, Stop stop, core::StrategyKind kind = core::StrategyKind::Best,
                int max_actions = 2000) {
    core::Strategy strategy;
    strategy.kind = kind;
    core::Player player(strategy);
    for (int i = 0; i < max_actions; ++i) {
        const core::Runtime& rt = state.play->runtime();
        if (stop(rt)) return true;
        if (rt.phase() == core::Phase::Finished || rt.phase() == core::Phase::Stuck) return false;
        std::string error;
        auto action = player.next(rt, error);
        if (!action) return false;
        if (perform(state, *action)) return false;
    }
    return false;
}

std::string first_scenario_for(const AppState& state, Screen screen) {
    for (const auto& e : state.services.library) {
        if (!e.ok()) continue;
        bool observe = e.scenario->assignment == core::Assignment::Observeren;
        if ((screen == Screen::Observe) == observe) return e.scenario->id;
    }
    return {};
}

// The retry point a teacher would pick: the first decision that broke a rule, else the first one.
std::string retry_turn(const core::Session& session) {
    std::string first;
    for (const auto& e : session.transcript) {
        if (!e.before) continue;
        if (first.empty()) first = e.turn_id;
        if (e.evaluation && e.evaluation->verdict == scoring::Verdict::Violation) return e.turn_id;
    }
    return first;
}

// The finished meeting's self-rating, filled in, and the scores shown.
void rate_and_reveal(AppState& state) {
    emit<SetSelfRating>(state, std::string("confidentiality"), 4);
    for (const auto& goal : state.play->runtime().scenario().learning_goals)
        emit<SetSelfRating>(state, goal, 4);
    emit<RevealScores>(state);
    apply_intents(state);
}

// Debrief with a retry: the retry played with `best` to its end, then shown as the trainee sees it.
std::optional<std::string> retry_and_finish(AppState& state) {
    const std::string turn = retry_turn(state.play->recorder->session());
    if (turn.empty()) return "--retry: de sessie heeft geen beslissing om opnieuw te proberen";
    emit<RetryFrom>(state, turn);
    apply_intents(state);
    if (!state.play->side) return "--retry: opnieuw proberen vanaf " + turn + " lukte niet";
    if (!play_until(state, [](const core::Runtime& rt) { return rt.phase() == core::Phase::Finished; }))
        return "--retry: de nieuwe poging kwam niet bij het einde";
    emit<GoToScreen>(state, Screen::Debrief);
    apply_intents(state);
    return std::nullopt;
}

} // namespace

void load_services(AppState& state, const std::filesystem::path& sessions_dir) {
    std::vector<json::Diagnostic> errors;
    state.services.engine = scoring::Engine::load(state.data_dir / "assets", errors);
    for (const auto& e : errors)
        state.services.engine_errors.push_back(e.format());
    for (const auto& e : state.services.engine_errors)
        state.warnings.push_back(e);

    reload_library(state);
    state.services.store = std::make_unique<core::SessionStore>(sessions_dir);
    refresh_sessions(state);
}

std::optional<std::string> drive_to_screen(AppState& state, Screen screen, const std::string& scenario_id,
                                           const DriveOptions& how) {
    // Review screens without a cohort show their empty state (open_review_at_start loads one).
    if (screen == Screen::Start || screen == Screen::Library || screen == Screen::ReviewCohort ||
        screen == Screen::ReviewSession || screen == Screen::ReviewAnalytics || screen == Screen::Settings) {
        state.screen = screen;
        if (screen == Screen::Settings) fill_lrs_form(state);
        return std::nullopt;
    }
    std::string id = scenario_id.empty() ? first_scenario_for(state, screen) : scenario_id;
    if (screen == Screen::Editor) return open_editor(state, id); // own files with errors open too
    const core::LibraryEntry* entry = core::find_in_library(state.services.library, id);
    if (entry == nullptr) return "scenario niet gevonden of ongeldig: " + id;
    if (screen == Screen::Observe && entry->scenario->assignment != core::Assignment::Observeren) {
        return "--screen observe heeft een scenario met assignment observeren nodig";
    }
    state.selected_scenario = id;
    if (screen == Screen::Briefing) {
        state.screen = Screen::Briefing;
        return std::nullopt;
    }
    if (auto err = start_session(state, id)) return err;
    bool ok = true;
    if (screen == Screen::Meeting) {
        // A few decisions in, so the transcript has lines; stop at the next decision.
        int decisions = 0;
        ok = play_until(
            state,
            [&](const core::Runtime& rt) {
                if (how.stop_at_feedback) // a statement's feedback at the table, not a voorbespreking answer's
                    return rt.phase() == core::Phase::Feedback && rt.state().stage == core::Stage::Script;
                bool decision = rt.phase() == core::Phase::Choice || rt.phase() == core::Phase::Compose ||
                                rt.phase() == core::Phase::FreeText || rt.phase() == core::Phase::Quiz;
                return decision && rt.state().stage == core::Stage::Script && ++decisions > 2;
            },
            how.strategy);
        if (!ok && how.stop_at_feedback) return "--at feedback: scenario " + id + " gaf geen feedback";
        if (!ok) {
            // Fewer than three decisions: show the meeting where it stands.
            ok = state.play->runtime().phase() != core::Phase::Stuck;
        }
    } else if (screen == Screen::Observe) {
        int lines = 0;
        ok = play_until(
            state, [&](const core::Runtime& rt) { return rt.phase() == core::Phase::Observe && ++lines > 2; },
            how.strategy);
    } else {
        ok = play_until(
            state, [](const core::Runtime& rt) { return rt.phase() == core::Phase::Finished; }, how.strategy);
        if (ok) rate_and_reveal(state);
    }
    if (!ok) return "scenario " + id + " kwam niet bij het scherm " + screen_name(screen);
    state.screen = screen;
    if (how.retry && screen == Screen::Debrief) return retry_and_finish(state);
    return std::nullopt;
}

std::optional<std::string> type_reflection_answer(AppState& state, const std::string& text) {
    if (state.screen != Screen::Reflection || !state.play) return "--type werkt alleen met --screen reflection";
    emit<SetReflection>(state, std::string(core::to_id(core::ReflectionField::WentWell)), text);
    apply_intents(state);
    if (!state.spelling) state.spelling = std::make_unique<core::SpellingService>();
    state.spelling->request(text);
    state.spelling->wait_idle(); // the screenshot shows the hint, not the moment before it
    return std::nullopt;
}

void pad_transcript_for_benchmark(AppState& state, std::size_t rows) {
    if (!state.play || state.play->meeting.rows.empty()) return;
    auto& v = state.play->meeting.rows;
    const std::size_t original = v.size();
    for (std::size_t i = 0; v.size() < rows; ++i) {
        TranscriptRow copy = v[i % original];
        copy.turn_id = "bench" + std::to_string(i);
        v.push_back(std::move(copy));
    }
}

void open_folder_picker(AppState& state, const std::filesystem::path& folder) {
    emit<BrowseFolder>(state, folder.string());
    apply_intents(state);
}

std::optional<std::string> drive_editor_node(AppState& state, const std::string& node_id) {
    if (!state.editor.open() || state.editor.doc->scenario() == nullptr)
        return "de editor heeft geen scenario open";
    if (node_id.starts_with('/')) {
        // A field: its form, scrolled to and marked as a diagnostic's field is.
        if (core::find_value(state.editor.doc->json(), node_id) == nullptr)
            return "veld '" + node_id + "' bestaat niet in dit scenario";
        jump_to_pointer(state, node_id);
        return std::nullopt;
    }
    if (state.editor.doc->scenario()->find_node(node_id) == nullptr)
        return "knoop '" + node_id + "' bestaat niet in dit scenario";
    select_editor_item(state, core::EditorItem{core::EditorItemKind::Node, node_id});
    return std::nullopt;
}

std::optional<std::string> drive_editor_pane(AppState& state, const std::string& pane) {
    if (!state.editor.open() || state.editor.doc->scenario() == nullptr)
        return "de editor heeft geen scenario open";
    if (pane == "audit") {
        emit<SetEditorPane>(state, static_cast<int>(EditorPane::Audit));
        apply_intents(state);
    } else if (pane == "playtest") {
        const core::Scenario& s = *state.editor.doc->scenario();
        emit<StartPlaytest>(state, s.start, std::map<std::string, int>{}, std::vector<std::string>{});
        apply_intents(state);
        if (!state.editor.playtest || !state.editor.playtest->runtime) return "speeltest start niet";
        core::Strategy strategy;
        strategy.kind = core::StrategyKind::Best;
        core::Player player(strategy);
        int decisions = 0;
        for (int i = 0; i < 200; ++i) {
            const core::Runtime& rt = *state.editor.playtest->runtime;
            const bool decision = rt.phase() == core::Phase::Choice || rt.phase() == core::Phase::Compose ||
                                  rt.phase() == core::Phase::FreeText || rt.phase() == core::Phase::Quiz ||
                                  rt.phase() == core::Phase::Observe;
            if (decision && ++decisions > 2) break;
            std::string error;
            auto action = player.next(rt, error);
            if (!action) break;
            emit<PlaytestAct>(state, *action);
            apply_intents(state);
        }
    }
    return std::nullopt;
}

} // namespace smo::ui
