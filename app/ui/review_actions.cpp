#include "ui/review_actions.hpp"

#include "core/atomic_file.hpp"
#include "core/cohort_csv.hpp"
#include "core/hand_in.hpp"
#include "core/review_store.hpp"
#include "core/session.hpp"
#include "core/session_verification.hpp"

#include <chrono>

namespace smo::ui {

namespace {

core::Cohort read_cohort(const std::filesystem::path& path, const Services& services,
                         core::CohortProgress* progress) {
    const scoring::Engine& engine = *services.engine;
    return core::load_cohort(path, services.library, engine, engine.rulebase(),
                             engine.rulebase().rulebase_version, progress);
}

void take_cohort(AppState& state, std::filesystem::path path, core::Cohort cohort) {
    ReviewState& r = state.review;
    r.folder = std::move(path);
    r.cohort = std::move(cohort);
    r.open.reset();
    r.statuses.assign(r.cohort.entries.size(), core::ReviewStatus::Nieuw);
    for (std::size_t i = 0; i < r.cohort.entries.size(); ++i) {
        const auto& e = r.cohort.entries[i];
        auto loaded = core::load_review(e.review_base(), e.session.session_id, e.file_sha256);
        if (loaded.review) r.statuses[i] = loaded.review->status;
        r.cohort.entries[i].review_status_id = std::string(core::to_id(r.statuses[i]));
    }
    r.analytics = core::analyse_cohort(r.cohort);
    r.cursor = 0;
    refresh_cohort_order(state);
    r.message.clear();
}

void save_open_review(AppState& state) {
    ReviewState& r = state.review;
    if (!r.open) return;
    OpenReview& open = *r.open;
    const auto& entry = r.cohort.entries[open.entry];
    open.review.updated_at = core::utc_timestamp_now();
    core::Review written;
    if (auto err = core::save_review_edits(entry.review_base(), open.base, open.review, &written)) {
        open.review_error = *err;
        return;
    }
    open.base = std::move(written); // what others saved meanwhile is the base of the next save
    open.review_error.clear();
    open.history.mark_saved();
    r.statuses[open.entry] = open.review.status;
    r.cohort.entries[open.entry].review_status_id = std::string(core::to_id(open.review.status));
    r.analytics = core::analyse_cohort(r.cohort);
}

} // namespace

void start_cohort_load(AppState& state, const std::filesystem::path& path) {
    if (!state.services.engine) {
        state.review.message =
            "de beoordelingsregels zijn niet geladen; een cohort kan niet worden nagekeken";
        return;
    }
    cancel_cohort_load(state);
    CohortLoad load;
    load.path = path;
    load.progress = std::make_shared<core::CohortProgress>();
    // The worker only reads the library and the engine, which nothing changes while it runs.
    load.result =
        std::async(std::launch::async, [path, progress = load.progress, &services = state.services] {
            return read_cohort(path, services, progress.get());
        });
    state.review.loading = std::move(load);
    state.screen = Screen::ReviewCohort;
}

bool poll_cohort_load(AppState& state) {
    auto& loading = state.review.loading;
    if (!loading) return false;
    if (loading->result.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return false;
    core::Cohort cohort = loading->result.get();
    const bool cancelled = loading->progress->cancel.load();
    std::filesystem::path path = loading->path;
    loading.reset();
    if (cancelled) return false;
    take_cohort(state, std::move(path), std::move(cohort));
    return true;
}

void cancel_cohort_load(AppState& state) {
    auto& loading = state.review.loading;
    if (!loading) return;
    loading->progress->cancel = true;
    loading->result.wait(); // the worker checks the flag between files
    loading.reset();
}

void load_cohort_now(AppState& state, const std::filesystem::path& path) {
    if (!state.services.engine) return;
    take_cohort(state, path, read_cohort(path, state.services, nullptr));
}

std::optional<std::string> open_review_at_start(AppState& state, Screen screen,
                                                const std::filesystem::path& dir, bool wait) {
    if (!wait) {
        start_cohort_load(state, dir);
        return std::nullopt;
    }
    load_cohort_now(state, dir);
    if (screen == Screen::ReviewSession) {
        if (state.review.order.empty()) return "geen leesbare sessie in " + dir.string();
        if (auto err = open_review_session(state, state.review.order.front())) return err;
    }
    state.screen =
        screen == Screen::ReviewSession || screen == Screen::ReviewAnalytics ? screen : Screen::ReviewCohort;
    return std::nullopt;
}

void refresh_cohort_order(AppState& state) {
    ReviewState& r = state.review;
    r.order = core::cohort_order(r.cohort, r.sort_column, r.sort_descending, r.filter);
    if (r.cursor >= r.order.size()) r.cursor = r.order.empty() ? 0 : r.order.size() - 1;
}

std::optional<std::string> open_review_session(AppState& state, std::size_t index) {
    ReviewState& r = state.review;
    if (index >= r.cohort.entries.size()) return "geen sessie " + std::to_string(index);
    const core::CohortEntry& entry = r.cohort.entries[index];
    OpenReview open;
    open.entry = index;
    auto loaded = core::load_review(entry.review_base(), entry.session.session_id, entry.file_sha256);
    if (loaded.review) {
        open.review = *loaded.review;
        open.base = *loaded.review;
    } else {
        open.review.session_id = entry.session.session_id;
        open.review.session_sha256 = entry.file_sha256;
        open.review_error = loaded.error; // a corrupt or foreign sidecar is shown, and not overwritten
    }
    open.went_well_draft = open.review.overall.went_well;
    open.could_be_better_draft = open.review.overall.could_be_better;
    for (const auto& c : open.review.turn_comments)
        open.comment_drafts[c.turn_id] = c.text;

    // Rows and findings from the replay where it worked: what the file claims is not believed.
    const scoring::Rulebase* rules = state.rulebase();
    const core::LibraryEntry* current =
        core::find_in_library(state.services.library, entry.session.scenario.id);
    if (rules != nullptr && current != nullptr && state.services.engine) {
        auto report =
            core::verify_session(entry.session, current, *state.services.engine, rules->rulebase_version);
        if (report.replay.runtime) {
            core::Session synced = entry.session;
            open.debrief = build_debrief_view(synced, *report.replay.runtime, *rules);
        }
    }
    if (open.debrief.rows.empty()) {
        if (entry.outcome) static_cast<core::SessionOutcome&>(open.debrief) = *entry.outcome;
        open.debrief.rows = build_transcript_rows(entry.session.transcript, {});
    }
    if (r.reviewer_draft.empty()) r.reviewer_draft = state.settings.trainee_name;
    r.open = std::move(open);
    state.screen = Screen::ReviewSession;
    return std::nullopt;
}

void apply_review_edit(AppState& state, std::unique_ptr<core::ReviewEdit> edit) {
    ReviewState& r = state.review;
    if (!r.open || !edit) return;
    r.open->history.apply(r.open->review, std::move(edit));
    save_open_review(state);
}

void undo_review_edit(AppState& state) {
    ReviewState& r = state.review;
    if (!r.open || !r.open->history.can_undo()) return;
    r.open->history.undo(r.open->review);
    save_open_review(state);
}

void redo_review_edit(AppState& state) {
    ReviewState& r = state.review;
    if (!r.open || !r.open->history.can_redo()) return;
    r.open->history.redo(r.open->review);
    save_open_review(state);
}

void export_cohort_csvs(AppState& state, const std::string& cohort_path, const std::string& items_path) {
    ReviewState& r = state.review;
    std::string message;
    auto write = [&](const std::string& path, const std::string& content) {
        if (path.empty()) return;
        if (auto err = core::atomic_write(path, content, 0600))
            message += *err + "\n";
        else
            message += path + "\n";
    };
    write(cohort_path, core::cohort_csv(r.cohort));
    write(items_path, core::items_csv(r.cohort));
    r.message = message;
}

std::string hand_in_session(AppState& state, const std::string& folder) {
    if (!state.play) return "geen sessie";
    const core::LibraryEntry* entry = state.selected_entry();
    const auto& session = state.play->recorder->session();
    if (entry == nullptr) entry = core::find_in_library(state.services.library, session.scenario.id);
    if (entry == nullptr) return "scenario " + session.scenario.id + " niet gevonden";
    const scoring::Rulebase* rules = state.rulebase();
    if (rules == nullptr) return "de beoordelingsregels zijn niet geladen";
    auto result = core::hand_in(session, *entry, folder, *rules, state.strings);
    if (!result.ok()) return result.error;
    // Remembered in the trainee's own record: "Mijn sessies" shows it, the reflection is now fixed
    // and the supervisor's feedback is looked for beside the handed-in file.
    core::Session& record = state.play->recorder->session();
    record.handed_in_at = core::utc_timestamp_now();
    std::error_code ec;
    const auto absolute = std::filesystem::absolute(result.session_file, ec);
    record.handed_in_file = (ec ? result.session_file : absolute).string();
    if (auto err = state.play->recorder->save()) state.save_error = *err;
    state.play->feedback_path = record.handed_in_file;
    return result.session_file.string() + "\n" + result.report_file.string();
}

} // namespace smo::ui
