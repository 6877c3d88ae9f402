#include "ui/session_actions.hpp"

#include "core/atomic_file.hpp"
#include "core/report.hpp"
#include "core/review_store.hpp"
#include "core/session_verification.hpp"
#include "core/sha256.hpp"
#include "core/side_attempts.hpp"
#include "ui/xapi_actions.hpp"

namespace smo::ui {

namespace {

void rebuild_views(AppState& state) {
    PlayState& play = *state.play;
    const core::Runtime& rt = play.runtime();
    refresh_meeting_view(state);
    if (rt.phase() == core::Phase::Finished && state.services.engine) {
        play.debrief = build_debrief_view(play.recorder->session(), play.recorder->runtime(),
                                          state.services.engine->rulebase());
        play.debrief_ready = true;
        // The finished attempt, as the outcome compares it with the original; the debrief shows it.
        if (play.side && !play.debrief.side_attempts.empty()) {
            play.side_score = play.debrief.side_attempts.back().score;
            show_attempt(state, play.debrief.side_attempts.size());
        } else if (play.shown_attempt > 0) {
            show_attempt(state, play.shown_attempt);
        }
    }
    state.scroll_transcript = true;
}

} // namespace

void show_attempt(AppState& state, std::size_t index) {
    if (!state.play || !state.services.engine) return;
    PlayState& play = *state.play;
    const core::Session& session = play.recorder->session();
    if (index > session.side_attempts.size()) return;
    play.shown_attempt = index;
    if (index > 0)
        play.attempt_debrief = build_attempt_debrief_view(
            session, index - 1, play.recorder->runtime().scenario(), state.services.engine->rulebase());
}

void refresh_meeting_view(AppState& state) {
    if (!state.play) return;
    PlayState& play = *state.play;
    const core::Session& session = play.recorder->session();
    play.meeting = build_meeting_view(play.runtime(), state.strings, state.rulebase(), session.mode,
                                      session.option_order_seed);
}

void refresh_library_view(AppState& state) {
    state.library_view =
        build_library_view(state.services.library, state.library_filter, state.strings.active);
}

Screen screen_for(const PlayState& play) {
    const core::Runtime& rt = play.runtime();
    if (rt.phase() == core::Phase::Finished && !play.side) return Screen::Debrief;
    if (rt.scenario().assignment == core::Assignment::Observeren) return Screen::Observe;
    return Screen::Meeting;
}

std::optional<std::string> start_session(AppState& state, const std::string& scenario_id) {
    const core::LibraryEntry* entry = core::find_in_library(state.services.library, scenario_id);
    if (entry == nullptr) return std::string(state.strings("error.scenario_not_found")) + " " + scenario_id;
    if (!state.services.engine || !state.services.store) return std::string(state.strings("error.no_engine"));
    core::Runtime runtime(entry->scenario, *state.services.engine);
    core::Session session = core::new_session(
        runtime, state.settings.trainee_name.empty() ? "anoniem" : state.settings.trainee_name,
        state.settings.mode, entry->sha256, entry->path.string(),
        state.services.engine->rulebase().rulebase_version);
    if (state.deterministic) session.option_order_seed = 1; // screenshots show the same order every run
    state.play.emplace();
    state.play->recorder = std::make_unique<core::SessionRecorder>(std::move(runtime), std::move(session),
                                                                   *state.services.store);
    if (auto err = state.play->recorder->save()) state.save_error = *err;
    rebuild_views(state);
    return std::nullopt;
}

std::optional<std::string> resume_saved_session(AppState& state, const std::string& session_id) {
    if (!state.services.engine || !state.services.store) return std::string(state.strings("error.no_engine"));
    std::string error;
    auto session = state.services.store->load(session_id, error);
    if (!session) return error;
    const core::LibraryEntry* entry = core::find_in_library(state.services.library, session->scenario.id);
    if (entry == nullptr)
        return std::string(state.strings("error.scenario_not_found")) + " " + session->scenario.id;
    auto runtime = core::resume_verified(*session, *entry, *state.services.engine,
                                         state.services.engine->rulebase().rulebase_version, error);
    if (!runtime) return error;
    state.settings.mode = session->mode;
    state.play.emplace();
    state.play->reflection_draft = session->reflection;
    state.play->recorder = std::make_unique<core::SessionRecorder>(std::move(*runtime), std::move(*session),
                                                                   *state.services.store);
    rebuild_views(state);
    // Reopened from "Mijn sessies": a rated session shows its scores at once, and a handed-in one
    // its supervisor's feedback when the review lies beside the handed-in file.
    PlayState& play = *state.play;
    const core::Session& record = play.recorder->session();
    if (play.debrief_ready && self_rating_complete(play.runtime().scenario(), record.self_ratings))
        play.scores_revealed = true;
    if (!record.handed_in_file.empty()) {
        play.feedback_path = record.handed_in_file;
        std::error_code ec;
        if (std::filesystem::exists(core::review_path_for(record.handed_in_file), ec))
            open_feedback(state, record.handed_in_file);
    }
    return std::nullopt;
}

std::optional<std::string> perform(AppState& state, const core::PlayAction& action) {
    if (!state.play) return std::string("geen actieve sessie");
    PlayState& play = *state.play;
    core::ActionResult result;
    if (play.side) {
        result = core::apply_action(*play.side, action);
        if (result.ok) {
            // Keep the attempt in the session record, beside the original, for the reviewer.
            core::record_side_attempt(play.recorder->session(), *play.side);
            if (auto err = play.recorder->save()) state.save_error = *err;
        }
    } else {
        result = play.recorder->act([&](core::Runtime& rt) { return core::apply_action(rt, action); });
        if (const auto& err = play.recorder->save_error())
            state.save_error = *err;
        else
            state.save_error.clear();
    }
    if (!result.ok) return result.error;
    if (!play.side) enqueue_xapi_statements(state); // the LRS gets each finished turn
    if (action.kind != core::PlayAction::Kind::Advance) {
        play.free_text.clear();
        play.free_text_live.reset();
        play.compose_selected.clear();
        play.compose_words.clear();
    }
    rebuild_views(state);
    return std::nullopt;
}

std::optional<std::string> open_side_attempt(AppState& state, const std::string& turn_id) {
    if (!state.play) return std::string("geen actieve sessie");
    PlayState& play = *state.play;
    std::string error;
    auto side = core::start_side_attempt(play.recorder->runtime(), turn_id, play.recorder->session(),
                                         core::utc_timestamp_now(), error);
    if (!side) return error;
    play.side = std::move(side);
    play.side_from_turn = turn_id;
    if (auto err = play.recorder->save()) state.save_error = *err;
    play.side_score.reset();
    rebuild_views(state);
    return std::nullopt;
}

void recheck_free_text(AppState& state) {
    if (!state.play || !state.services.engine) return;
    PlayState& play = *state.play;
    if (play.free_text.empty()) {
        play.free_text_live.reset();
        return;
    }
    scoring::Statement statement;
    statement.text = play.free_text;
    play.free_text_live = state.services.engine->evaluate(statement, play.runtime().context());
}

void recheck_alternative(AppState& state, const std::string& turn_id) {
    if (!state.play || !state.services.engine) return;
    PlayState& play = *state.play;
    const std::string& text = play.reflection_draft.alternatives[turn_id];
    if (text.empty()) {
        play.alternative_checks.erase(turn_id);
        return;
    }
    // Judge the alternative in the context of the original turn.
    const core::Runtime& rt = play.recorder->runtime();
    scoring::Statement statement;
    statement.text = text;
    play.alternative_checks[turn_id] =
        state.services.engine->evaluate(statement, rt.context_at(turn_id).value_or(rt.context()));
}

void open_feedback(AppState& state, const std::string& handed_in_file) {
    if (!state.play) return;
    PlayState& play = *state.play;
    auto loaded = core::load_review(handed_in_file, play.recorder->session().session_id, "");
    if (!loaded.review) {
        play.feedback_message = loaded.error.empty()
                                    ? std::string(state.strings("debrief.feedback.none")) + " " +
                                          core::review_path_for(handed_in_file).string()
                                    : loaded.error;
        return;
    }
    play.feedback = std::move(loaded.review);
    play.feedback_message.clear();
}

void export_session_report(AppState& state) {
    if (!state.play || !state.services.engine) return;
    PlayState& play = *state.play;
    const core::Runtime& rt = play.recorder->runtime();
    // Self-ratings may have changed since the debrief was built: the report reads the current outcome.
    play.debrief = build_debrief_view(play.recorder->session(), rt, state.services.engine->rulebase());
    core::ReportInput input;
    input.session = &play.recorder->session();
    input.scenario = &rt.scenario();
    input.outcome = &play.debrief;
    input.review = play.feedback ? &*play.feedback : nullptr;
    std::vector<std::filesystem::path> written;
    if (auto err = core::export_report(state.export_dir, input, state.strings, written)) {
        play.export_message = *err;
        return;
    }
    play.export_message = std::string(state.strings("reflection.exported"));
    for (const auto& p : written)
        play.export_message += "\n" + p.string();
}

} // namespace smo::ui
