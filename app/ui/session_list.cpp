#include "ui/session_list.hpp"

#include <algorithm>

namespace smo::ui {

namespace {

std::string file_stamp(const std::filesystem::path& file) {
    std::error_code ec;
    auto time = std::filesystem::last_write_time(file, ec);
    if (ec) return {};
    auto size = std::filesystem::file_size(file, ec);
    if (ec) return {};
    return std::to_string(time.time_since_epoch().count()) + ":" + std::to_string(size);
}

std::optional<Services::SessionMark> verify(const AppState& state, const core::SessionSummary& summary) {
    std::string error;
    auto session = state.services.store->load(summary.session_id, error);
    if (!session) return std::nullopt;
    auto report =
        core::verify_session(*session, core::find_in_library(state.services.library, summary.scenario_id),
                             *state.services.engine, state.services.engine->rulebase().rulebase_version);
    if (report.state == core::Verification::Verified) return std::nullopt;
    return Services::SessionMark{report.state, report.reason};
}

} // namespace

void refresh_sessions(AppState& state) {
    state.services.sessions.clear();
    state.services.unreadable_sessions.clear();
    state.services.session_marks.clear();
    if (!state.services.store) return;
    state.services.sessions = state.services.store->list(&state.services.unreadable_sessions);
    if (!state.services.engine) return;
    // Replay the sessions the start screen shows (every unfinished one, the recent finished ones),
    // each once per file change: a hand-edited file is marked, not believed.
    int finished_shown = 0;
    for (const auto& summary : state.services.sessions) {
        if (summary.finished && ++finished_shown > kRecentFinishedShown) continue;
        const std::string stamp = file_stamp(summary.path);
        auto& cached = state.services.verified_stamps[summary.session_id];
        if (cached.first != stamp || stamp.empty()) {
            cached = {stamp, verify(state, summary)};
        }
        if (cached.second) state.services.session_marks[summary.session_id] = *cached.second;
    }
}

std::vector<MySessionRow> build_my_sessions(const AppState& state) {
    const auto& tr = state.strings;
    std::vector<MySessionRow> rows;
    int finished_shown = 0;
    for (const auto& s : state.services.sessions) {
        if (s.finished && ++finished_shown > kRecentFinishedShown) continue;
        MySessionRow row;
        row.session_id = s.session_id;
        const core::LibraryEntry* entry = core::find_in_library(state.services.library, s.scenario_id);
        const bool known = entry != nullptr && entry->scenario;
        const bool en = tr.active == core::Language::English && known && !entry->scenario->title_en.empty();
        row.scenario = !known ? s.scenario_id : en ? entry->scenario->title_en : entry->scenario->title;
        row.date = core::local_time_text(s.updated_at);
        row.mode = tr(("mode." + std::string(core::to_id(s.mode))).c_str());
        if (s.finished && s.confidentiality) {
            row.score = std::to_string(*s.confidentiality) + " %";
        } else {
            // The same count as the meeting's "Beslissing i/N" (core::decisions_taken).
            const int total = known ? static_cast<int>(entry->scenario->decision_points()) : 0;
            row.score = std::string(tr("meeting.decisions")) + " " + std::to_string(s.decisions) + " / " +
                        std::to_string(total);
        }
        row.status = core::status_of(s);
        row.status_label = tr(("sessions.status." + std::string(core::status_id(row.status))).c_str());
        rows.push_back(std::move(row));
    }
    // Unfinished first: those are the ones to go on with.
    std::stable_partition(rows.begin(), rows.end(),
                          [](const MySessionRow& r) { return r.status == core::SessionStatus::Busy; });
    return rows;
}

void move_session_aside(AppState& state, const std::filesystem::path& file) {
    if (!state.services.store) return;
    std::string error;
    if (auto moved = state.services.store->move_aside(file, error)) {
        state.sessions_message = std::string(state.strings("start.unreadable.moved")) + " " + moved->string();
    } else {
        state.sessions_message = error;
    }
    refresh_sessions(state);
}

std::optional<std::string> resume_warning(const AppState& state, const std::string& session_id) {
    auto mark = state.services.session_marks.find(session_id);
    if (mark != state.services.session_marks.end() && mark->second.state == core::Verification::Edited)
        return std::string(state.strings("resume.edited.body")) + "\n" + mark->second.reason;
    const auto& sessions = state.services.sessions;
    auto it = std::find_if(sessions.begin(), sessions.end(),
                           [&](const core::SessionSummary& s) { return s.session_id == session_id; });
    if (it == sessions.end()) return std::nullopt;
    const core::LibraryEntry* entry = core::find_in_library(state.services.library, it->scenario_id);
    if (entry == nullptr || entry->sha256 == it->scenario_sha256) return std::nullopt;
    return std::string(state.strings("resume.scenario_changed.body"));
}

} // namespace smo::ui
