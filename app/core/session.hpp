#pragma once
// A session record: who played which scenario (id, version, SHA-256 of the file), with which
// rulebase, in which mode, the runtime state and transcript, the scores, the trainee's self-rating
// and reflection, and empty fields for a supervisor's review. Saved as versioned JSON.

#include "core/transcript.hpp"
#include "core/vocabulary.hpp"
#include "scoring/aggregate.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace smo::core {

class Runtime;

/// 2: transcript entries carry `at` (UTC), `unit_id` and the `context` a statement was judged in.
/// 1 still loads (migrated in memory, see session_from_json) and is written back as 2.
inline constexpr int kSessionSchemaVersion = 2;
inline constexpr int kSessionMinSchemaVersion = 1;

struct ScenarioRef {
    std::string id;
    std::string version;
    std::string sha256; ///< of the scenario file when the session started
    std::string file;   ///< path as loaded (informative)
};

/// NVAB's four reflection questions (Afronding en Reflectie).
struct Reflection {
    std::string went_well;     ///< Wat ging goed?
    std::string could_improve; ///< Wat kon beter?
    std::string learned;       ///< Wat heb je geleerd?
    std::string take_along;    ///< Wat neem je mee?
    /// Per flagged turn id: "wat had je kunnen zeggen?", the trainee's better wording.
    std::map<std::string, std::string> alternatives;
    bool operator==(const Reflection&) const = default;

    /// The answer to one of the four questions.
    std::string& text(ReflectionField field);
    const std::string& text(ReflectionField field) const;
};

/// Filled in later by the begeleidend bedrijfsarts/aios; empty when the session is created.
struct SupervisorReview {
    std::string reviewer;
    std::string reviewed_at;
    std::string comments;
    std::optional<bool> approved;
    std::map<std::string, std::string> turn_comments; ///< per turn id
    bool operator==(const SupervisorReview&) const = default;
};

/// A retry from an earlier decision ("Probeer opnieuw vanaf hier"), kept beside the original.
struct SideAttempt {
    std::string from_turn; ///< the turn whose snapshot it started from
    std::string started_at;
    bool finished = false;
    std::vector<TranscriptEntry> transcript; ///< the whole transcript of the attempt
    std::optional<scoring::SessionScore> scores;
    std::map<std::string, int> goal_available; ///< the credits the attempt's own path offered
};

struct Session {
    /// The version of the file it was loaded from (kSessionSchemaVersion for a new session); saving
    /// always writes kSessionSchemaVersion.
    int schema_version = kSessionSchemaVersion;
    std::string session_id;
    std::string trainee; ///< name or pseudonym
    ScenarioRef scenario;
    std::string rulebase_version;
    SessionMode mode = SessionMode::Oefenen;
    std::string started_at; ///< ISO 8601 UTC
    std::string updated_at;
    std::string ended_at; ///< "" while unfinished
    bool finished = false;
    RuntimeState state;
    std::vector<TranscriptEntry> transcript;
    int retries = 0;
    /// The order options were shown in (core/option_order.hpp); 0 = scenario order (older files).
    std::uint32_t option_order_seed = 0;
    std::optional<scoring::SessionScore> scores;
    std::map<std::string, int>
        self_ratings; ///< "confidentiality", "LG1".."LG5" → 1..5, before the score is shown
    std::vector<SideAttempt> side_attempts;
    Reflection reflection;
    SupervisorReview supervisor_review;
    /// "Inleveren": when and where the last hand-in was written ("" = never). After it the
    /// reflection is fixed, and the supervisor's review is looked for beside that file.
    std::string handed_in_at;
    std::string handed_in_file;
};

std::string session_to_json(const Session& session);
/// Parses a session. Errors (invalid JSON, unsupported schema_version, wrong types) are returned;
/// unknown fields are ignored. A schema-1 file is migrated in memory (each decision's unit_id from
/// its snapshot; times stay empty; contexts are rebuilt on demand by context_at) and keeps
/// `schema_version` 1 so callers can tell it has not been written back yet.
std::optional<std::string> session_from_json(std::string_view text, Session& out);
/// The same without the fast path (session_fast_reader.hpp): every file through the checking
/// reader. session_from_json gives the same result; tests compare the two.
std::optional<std::string> session_from_json_checked(std::string_view text, Session& out);

/// Copies the runtime's state, transcript and retries into `session`, stamps `now` as updated_at,
/// and when the runtime is Finished sets ended_at and finished.
void sync_session(Session& session, const Runtime& runtime, const std::string& now);

/// The session's content as it would be saved, without updated_at: equal for two records that
/// differ only in when they were last synced. SessionRecorder uses it to leave an unchanged
/// schema-1 file as it is.
std::string session_content_json(const Session& session);

/// "2026-01-15T10:15:30Z"
std::string utc_timestamp_now();
/// "2026-12-06T09:15:00Z" as local time for people ("2026-12-06 10:15", the process's time zone);
/// text that is not such a UTC time comes back unchanged.
std::string local_time_text(std::string_view utc_timestamp);
/// A unique, sortable, file-name-safe id: "20260115T101530Z-<scenario id>-<8 hex>".
std::string new_session_id(const std::string& scenario_id);

/// A session id names its file in the sessions folder, so only 1-128 of [A-Za-z0-9_-] pass
/// (no '/', no "..": a hand-edited id must never write outside that folder).
bool is_valid_session_id(std::string_view id);

} // namespace smo::core
