#pragma once
// Where sessions live: $XDG_DATA_HOME/smo-trainer/sessions/<session id>.json, one file per
// session, mode 0600 in a 0700 folder. Every save is an atomic replace (temp file, fsync, rename,
// fsync of the folder), so after a crash or kill -9 the file holds the last completed turn.

#include "core/file_lock.hpp"
#include "core/paths.hpp"
#include "core/runtime.hpp"
#include "core/session.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace smo::core {

/// What the start screen lists for an unfinished session.
struct SessionSummary {
    std::string session_id;
    std::string trainee;
    std::string scenario_id;
    SessionMode mode = SessionMode::Oefenen;
    std::string started_at;
    std::string updated_at;
    std::size_t turns = 0;
    int decisions = 0; ///< decisions_taken() of the transcript
    bool finished = false;
    std::filesystem::path path;
    std::string scenario_sha256;        ///< of the scenario file the session was played against
    std::optional<int> confidentiality; ///< the score, once finished
    std::string handed_in_at;           ///< "" = not handed in
};

/// "Mijn sessies": where a session stands for the trainee.
enum class SessionStatus { Busy, Finished, HandedIn, Count };
SessionStatus status_of(const SessionSummary& summary);
const char* status_id(SessionStatus status); ///< "busy" | "finished" | "handed_in" (string keys)

/// A file in the sessions folder that could not be read as a session (corrupt, truncated, too new).
struct UnreadableSession {
    std::filesystem::path path;
    std::string reason;
};

/// The writer's lock of one session: a FileLock on `<session id>.lock` beside the session file, so
/// one writer per session, also across processes.
using SessionLock = FileLock;

class SessionStore {
  public:
    explicit SessionStore(std::filesystem::path dir) : m_dir(std::move(dir)) {}
    /// The store under the user's XDG data dir.
    static SessionStore for_user(const EnvLookup& env);

    const std::filesystem::path& dir() const { return m_dir; }
    std::filesystem::path path_for(const std::string& session_id) const;
    /// `<session id>.lock` beside the session file; it stays after use (removing it would race).
    std::filesystem::path lock_path_for(const std::string& session_id) const;
    /// Takes the writer's lock of a session (creating the folder if needed); see SessionLock.
    std::optional<SessionLock> try_lock(const std::string& session_id, std::string& error,
                                        bool* busy = nullptr) const;

    /// Creates the folder (0700) if needed and replaces the file atomically (0600).
    std::optional<std::string> save(const Session& session) const;
    std::optional<Session> load(const std::string& session_id, std::string& error) const;
    /// Every readable session, newest first; unreadable files are named in `unreadable` with the
    /// reason. Reading never changes or removes a session file.
    std::vector<SessionSummary> list(std::vector<UnreadableSession>* unreadable = nullptr) const;
    /// Moves an unreadable session file into <dir>/unreadable/ so it no longer shows up, keeping its
    /// bytes (never deleted, never overwriting an earlier one). Returns the new path or an error.
    std::optional<std::filesystem::path> move_aside(const std::filesystem::path& file,
                                                    std::string& error) const;
    /// Sessions that were not finished (to offer for resumption), newest first.
    std::vector<SessionSummary> unfinished() const;

  private:
    std::filesystem::path m_dir;
};

/// Ties a runtime to its session record and saves after every action. Use it for every push so
/// no turn is lost: `recorder.act([&](Runtime& rt) { return rt.choose(id); })`.
///
/// With autosave on, it holds the session's lock for its lifetime. When another window or process
/// holds it, or the file on disk changed since `session` was loaded, the recorder is read-only:
/// act() refuses every action and save() writes nothing, both returning read_only_reason(), so
/// the other writer's turns are never overwritten. Show read_only_reason() to the trainee.
class SessionRecorder {
  public:
    /// With `autosave` false, act() only plays and no lock is taken; call save() yourself (e.g.
    /// `play --out`, which writes elsewhere).
    SessionRecorder(Runtime runtime, Session session, const SessionStore& store, bool autosave = true);

    const Runtime& runtime() const { return m_runtime; }
    const Session& session() const { return m_session; }
    Session& session() { return m_session; }

    /// Runs `action` on the runtime and autosaves when it succeeded. An autosave failure is
    /// returned in `save_error` (the action itself is kept).
    template <typename F> ActionResult act(F&& action) {
        if (m_read_only) return ActionResult::fail(m_read_only_reason);
        ActionResult r = action(m_runtime);
        if (r.ok && m_autosave) m_save_error = save();
        return r;
    }
    /// Syncs, scores when finished, and saves now. A session loaded from an older schema is left
    /// as it is on disk until its content changes; then it is written as the current schema.
    std::optional<std::string> save();
    const std::optional<std::string>& save_error() const { return m_save_error; }

    /// True when this recorder may not write the session (see the class comment).
    bool read_only() const { return m_read_only; }
    const std::string& read_only_reason() const { return m_read_only_reason; }

  private:
    Runtime m_runtime;
    Session m_session;
    const SessionStore* m_store;
    std::optional<std::string> m_save_error;
    bool m_autosave = true;
    std::optional<std::string> m_old_schema_content; ///< content of an older-schema session as loaded
    std::optional<SessionLock> m_lock;
    bool m_read_only = false;
    std::string m_read_only_reason;
};

/// Starts a session record for a new runtime (ids, times, scenario reference).
Session new_session(const Runtime& runtime, const std::string& trainee, SessionMode mode,
                    const std::string& scenario_sha256, const std::string& scenario_file,
                    const std::string& rulebase_version);

/// Rebuilds the runtime of a saved session. `scenario_changed` is set when the file's hash differs
/// from the one recorded (the session may still resume if its nodes exist).
std::optional<Runtime> resume_session(const Session& session, std::shared_ptr<const Scenario> scenario,
                                      const std::string& scenario_sha256,
                                      const scoring::StatementEvaluator& evaluator, std::string& error,
                                      bool* scenario_changed = nullptr);

} // namespace smo::core
