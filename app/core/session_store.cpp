#include "core/session_store.hpp"

#include "core/atomic_file.hpp"
#include "core/option_order.hpp"
#include "core/session_scoring.hpp"

#include <algorithm>
#include <chrono>
#include <system_error>

namespace smo::core {
namespace fs = std::filesystem;

SessionStore SessionStore::for_user(const EnvLookup& env) {
    return SessionStore(resolve_user_dirs(env).data / "sessions");
}

fs::path SessionStore::path_for(const std::string& session_id) const {
    return m_dir / (session_id + ".json");
}

fs::path SessionStore::lock_path_for(const std::string& session_id) const {
    return m_dir / (session_id + ".lock");
}

std::optional<SessionLock> SessionStore::try_lock(const std::string& session_id, std::string& error,
                                                  bool* busy) const {
    if (busy) *busy = false;
    if (!is_valid_session_id(session_id)) {
        error = "ongeldige sessie-id '" + session_id + "'";
        return std::nullopt;
    }
    if (!ensure_private_dir(m_dir, error)) return std::nullopt;
    bool held = false;
    auto lock = FileLock::try_acquire(lock_path_for(session_id), error, &held);
    if (busy) *busy = held;
    if (held)
        error = "deze sessie is al geopend in een ander venster van SMO-trainer; je kunt haar hier "
                "alleen bekijken (alleen-lezen)";
    return lock;
}

std::optional<std::string> SessionStore::save(const Session& session) const {
    // Never a path outside the sessions folder, whatever the id says.
    if (!is_valid_session_id(session.session_id)) return "ongeldige sessie-id '" + session.session_id + "'";
    std::string error;
    if (!ensure_private_dir(m_dir, error)) return error;
    return atomic_write(path_for(session.session_id), session_to_json(session), 0600);
}

std::optional<Session> SessionStore::load(const std::string& session_id, std::string& error) const {
    if (!is_valid_session_id(session_id)) {
        error = "ongeldige sessie-id '" + session_id + "'";
        return std::nullopt;
    }
    auto text = read_file(path_for(session_id), error, 64u * 1024u * 1024u);
    if (!text) return std::nullopt;
    Session s;
    if (auto e = session_from_json(*text, s)) {
        error = *e;
        return std::nullopt;
    }
    return s;
}

SessionStatus status_of(const SessionSummary& summary) {
    if (!summary.finished) return SessionStatus::Busy;
    return summary.handed_in_at.empty() ? SessionStatus::Finished : SessionStatus::HandedIn;
}

const char* status_id(SessionStatus status) {
    switch (status) {
    case SessionStatus::Busy:
        return "busy";
    case SessionStatus::HandedIn:
        return "handed_in";
    default:
        return "finished";
    }
}

std::vector<SessionSummary> SessionStore::list(std::vector<UnreadableSession>* unreadable) const {
    std::vector<SessionSummary> out;
    std::error_code ec;
    if (!fs::is_directory(m_dir, ec)) return out;
    for (fs::directory_iterator it(m_dir, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path& p = it->path();
        std::string name = p.filename().string();
        // Hidden files are temp files of an interrupted atomic write: never sessions. One older
        // than an hour belongs to a crashed run (a live write takes milliseconds): remove it.
        if (!name.empty() && name.front() == '.' && name.find(".json.") != std::string::npos) {
            std::error_code age_ec;
            auto written = fs::last_write_time(p, age_ec);
            if (!age_ec && fs::file_time_type::clock::now() - written > std::chrono::hours(1))
                fs::remove(p, age_ec);
            continue;
        }
        if (name.empty() || name.front() == '.' || p.extension() != ".json") continue;
        std::string error;
        auto text = read_file(p, error, 64u * 1024u * 1024u);
        Session s;
        if (text) {
            if (auto e = session_from_json(*text, s)) error = *e;
        }
        if (!text || !error.empty()) {
            if (unreadable) unreadable->push_back({p, error});
            continue;
        }
        out.push_back({s.session_id, s.trainee, s.scenario.id, s.mode, s.started_at, s.updated_at,
                       s.transcript.size(), decisions_taken(s.transcript), s.finished, p, s.scenario.sha256,
                       s.finished && s.scores ? std::optional<int>(s.scores->confidentiality) : std::nullopt,
                       s.handed_in_at});
    }
    std::sort(out.begin(), out.end(), [](const SessionSummary& a, const SessionSummary& b) {
        if (a.updated_at != b.updated_at) return a.updated_at > b.updated_at;
        return a.session_id > b.session_id;
    });
    return out;
}

std::optional<fs::path> SessionStore::move_aside(const fs::path& file, std::string& error) const {
    std::error_code ec;
    if (file.parent_path() != m_dir || !fs::is_regular_file(fs::symlink_status(file, ec))) {
        error = "geen sessiebestand in " + m_dir.string() + ": " + file.string();
        return std::nullopt;
    }
    const fs::path aside_dir = m_dir / "unreadable";
    if (!ensure_private_dir(aside_dir, error)) return std::nullopt;
    return rename_without_replacing(file, aside_dir / file.filename(), error);
}

std::vector<SessionSummary> SessionStore::unfinished() const {
    auto all = list();
    std::erase_if(all, [](const SessionSummary& s) { return s.finished; });
    return all;
}

SessionRecorder::SessionRecorder(Runtime runtime, Session session, const SessionStore& store, bool autosave)
    : m_runtime(std::move(runtime)), m_session(std::move(session)), m_store(&store), m_autosave(autosave) {
    m_runtime.set_clock(utc_timestamp_now);
    if (m_session.schema_version < kSessionSchemaVersion)
        m_old_schema_content = session_content_json(m_session);
    if (!m_autosave) return;
    std::string error;
    bool busy = false;
    m_lock = store.try_lock(m_session.session_id, error, &busy);
    if (!m_lock && busy) {
        m_read_only = true;
        m_read_only_reason = error;
        return;
    }
    // No lock file possible (folder not writable, disk full): play on; the saves fail and say so.
    if (!m_lock) return;
    // Loaded before the lock was ours: another writer may have added turns in between. Writing
    // now would drop them, so only a session that still matches the file may be written.
    std::error_code ec;
    if (!fs::exists(store.path_for(m_session.session_id), ec)) return;
    std::string load_error;
    auto on_disk = store.load(m_session.session_id, load_error);
    if (!on_disk || on_disk->updated_at != m_session.updated_at ||
        on_disk->transcript.size() != m_session.transcript.size()) {
        m_lock.reset();
        m_read_only = true;
        m_read_only_reason = on_disk ? "deze sessie is intussen in een ander venster gewijzigd; open haar "
                                       "opnieuw om verder te gaan (alleen-lezen)"
                                     : "de sessie op schijf is niet te lezen (" + load_error +
                                           "); ze wordt niet overschreven (alleen-lezen)";
    }
}

std::optional<std::string> SessionRecorder::save() {
    if (m_read_only) {
        m_save_error = m_read_only_reason;
        return m_save_error;
    }
    sync_session(m_session, m_runtime, utc_timestamp_now());
    if (m_session.finished) m_session.scores = score_runtime(m_runtime);
    if (m_old_schema_content) {
        // Unchanged: leave the older file untouched (another program may still read that schema).
        if (session_content_json(m_session) == *m_old_schema_content) return m_save_error = std::nullopt;
        m_old_schema_content.reset();
        m_session.schema_version = kSessionSchemaVersion;
    }
    m_save_error = m_store->save(m_session);
    return m_save_error;
}

Session new_session(const Runtime& runtime, const std::string& trainee, SessionMode mode,
                    const std::string& scenario_sha256, const std::string& scenario_file,
                    const std::string& rulebase_version) {
    Session s;
    const Scenario& sc = runtime.scenario();
    s.session_id = new_session_id(sc.id);
    s.trainee = trainee;
    s.scenario = {sc.id, sc.version, scenario_sha256, scenario_file};
    s.rulebase_version = rulebase_version;
    s.mode = mode;
    s.option_order_seed = new_option_order_seed();
    s.started_at = utc_timestamp_now();
    sync_session(s, runtime, s.started_at);
    return s;
}

std::optional<Runtime> resume_session(const Session& session, std::shared_ptr<const Scenario> scenario,
                                      const std::string& scenario_sha256,
                                      const scoring::StatementEvaluator& evaluator, std::string& error,
                                      bool* scenario_changed) {
    if (scenario->id != session.scenario.id) {
        error = "de sessie hoort bij scenario '" + session.scenario.id + "', niet bij '" + scenario->id + "'";
        return std::nullopt;
    }
    if (scenario_changed)
        *scenario_changed = !session.scenario.sha256.empty() && session.scenario.sha256 != scenario_sha256;
    return Runtime::resume(std::move(scenario), evaluator, session.state, session.transcript, error,
                           session.retries);
}

} // namespace smo::core
