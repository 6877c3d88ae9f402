#include "ui/editor_playtest_actions.hpp"

#include "core/atomic_file.hpp"
#include "core/paths.hpp"
#include "core/play_strategies.hpp"
#include "core/playtest.hpp"

namespace smo::ui {

namespace {

core::PlaytestSetup setup_of(const PlaytestDraft& draft) {
    core::PlaytestSetup s;
    s.node_id = draft.node_id;
    s.vars = draft.vars;
    s.prior_items = draft.prior_items;
    return s;
}

} // namespace

void start_playtest(AppState& state, const StartPlaytest& request) {
    EditorState& e = state.editor;
    if (!e.open() || e.doc->scenario() == nullptr) return;
    EditorPlaytest run;
    run.setup = {request.node_id, request.vars, request.prior_items};
    run.plan_path = e.playtest ? e.playtest->plan_path : std::string();
    if (!state.services.engine) {
        run.error = state.strings("editor.audit.no_engine");
    } else {
        // A copy of the model: later edits do not change the run under way.
        run.scenario = std::make_shared<const core::Scenario>(*e.doc->scenario());
        std::string error;
        run.runtime = core::start_playtest(run.scenario, *state.services.engine, setup_of(run.setup), error);
        if (!run.runtime) run.error = error;
    }
    e.playtest = std::move(run);
    e.pane = EditorPane::Playtest;
}

void playtest_act(AppState& state, const core::PlayAction& action) {
    EditorState& e = state.editor;
    if (!e.playtest || !e.playtest->runtime) return;
    auto result = core::apply_action(*e.playtest->runtime, action);
    e.playtest->error = result.ok ? std::string() : result.error;
    if (result.ok) {
        e.playtest->compose_selected.clear();
        e.playtest->compose_words.clear();
        e.playtest->free_text.clear();
    }
}

void stop_playtest(AppState& state) {
    state.editor.playtest.reset();
}

void save_playtest_plan(AppState& state, const std::string& path) {
    EditorState& e = state.editor;
    if (!e.playtest || !e.playtest->runtime) return;
    EditorPlaytest& run = *e.playtest;
    std::filesystem::path target = path;
    if (target.empty()) {
        std::string error;
        if (!core::ensure_private_dir(state.export_dir, error)) {
            run.plan_message = error;
            run.plan_message_is_error = true;
            return;
        }
        target = state.export_dir / (run.scenario->id + ".plan.json");
    }
    const std::string text = core::write_test_plan(*run.runtime, setup_of(run.setup));
    auto err = core::atomic_write(target, text);
    run.plan_message_is_error = err.has_value();
    run.plan_message =
        err ? *err : std::string(state.strings("editor.playtest.plan_saved")) + " " + target.string();
}

} // namespace smo::ui
