#pragma once
// A supervisor's cohort: every session file handed in under a folder, read (never written),
// verified by replay and re-scored with the current rulebase, with the numbers the cohort table,
// the exports and the analytics show. Files that cannot be read are kept as problems with a
// located reason. The view-model (sort, filter) and the analytics live here so the UI only draws.

#include "core/scenario_library.hpp"
#include "core/session.hpp"
#include "core/session_outcome.hpp"
#include "core/session_replay.hpp"
#include "core/session_verification.hpp"
#include "scoring/evaluation.hpp"
#include "scoring/rulebase.hpp"

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace smo::core {

/// Session files larger than this are refused before reading (a 2 GB file is never read).
inline constexpr std::size_t kCohortMaxFileBytes = 64u * 1024u * 1024u;

/// One readable session file.
struct CohortEntry {
    std::filesystem::path file; ///< for a zip member: "<zip>/<member name>"
    /// Where review_store looks for this session's sidecar (review_path_for(sidecar_base)): the
    /// file itself, or "<zip>.reviews/<member name>" for a zip member (a zip is never written).
    std::filesystem::path sidecar_base;
    const std::filesystem::path& review_base() const { return sidecar_base.empty() ? file : sidecar_base; }
    /// A zip member: its review is kept beside the zip, not beside the file.
    bool in_zip() const { return review_base() != file; }
    Session session;         ///< as the file says
    std::string file_sha256; ///< of the file bytes
    Verification verification = Verification::Verified;
    std::string verification_reason; ///< Dutch, one line; empty when verified without remarks
    /// Every place where file and replay differ, Rescored ones ("rulebase now judges this
    /// differently": stored = old verdict, replayed = new verdict) included.
    std::vector<ReplayDifference> differences;
    /// From the replayed (trusted) runtime; nullopt when the replay failed.
    std::optional<SessionOutcome> outcome;
    /// The transcript as replayed and re-scored, when it differs from the stored one; empty when
    /// the replay gave exactly what the file says (or failed). Read it through judged().
    std::vector<TranscriptEntry> judged_transcript;
    /// The transcript to show and count: replayed and re-scored when the replay worked, else the
    /// stored one. The item analysis, the item CSV and the report read it.
    const std::vector<TranscriptEntry>& judged() const {
        return judged_transcript.empty() ? session.transcript : judged_transcript;
    }
    /// The scenario it was judged against (library entry or embedded copy); null when unknown.
    std::shared_ptr<const Scenario> scenario;
    std::string scenario_title;
    std::string scenario_source; ///< "library" | "embedded" | "missing"
    /// Review status id ("nieuw", "bekeken", ...); "nieuw" until the caller fills it from a sidecar.
    std::string review_status_id = "nieuw";

    // Table fields (computed once by load_cohort).
    std::optional<int> duration_minutes;        ///< started_at .. ended_at (or updated_at)
    std::optional<int> confidentiality_percent; ///< from the outcome
    std::optional<int> violations;              ///< from the outcome
    std::map<std::string, int> goal_percent;    ///< LG id -> percent, from the outcome
    /// Mean |self-rating - measured| on the 1..5 scale (measured m in 0..1 maps to 1 + 4m);
    /// nullopt when nothing was rated or there is no outcome.
    std::optional<double> self_rating_gap;
    bool reflection_written = false; ///< any of the four reflection answers is not blank
    std::size_t side_attempts = 0;

    const std::string& trainee() const { return session.trainee; }
    const std::string& scenario_id() const { return session.scenario.id; }
    SessionMode mode() const { return session.mode; }
    const std::string& date() const { return session.started_at; } ///< ISO 8601 UTC
    bool finished() const { return session.finished; }
    /// Mean of goal_percent, nullopt when the scenario has no goals or there is no outcome.
    std::optional<int> mean_goal_percent() const;
};

/// A file that is not a readable session (truncated, binary, too new, foreign, too big, FIFO...).
struct CohortProblem {
    std::filesystem::path file;
    std::string reason; ///< located: "<file>:<line>:<col>: ..." where the JSON says where
};

struct Cohort {
    std::vector<CohortEntry> entries;    ///< sorted by file path
    std::vector<CohortProblem> problems; ///< sorted by file path
};

/// Progress of load_cohort for a loader thread: `total` is set once the files are found, `done`
/// counts files handled; setting `cancel` stops after the current file.
struct CohortProgress {
    std::atomic<std::size_t> done{0};
    std::atomic<std::size_t> total{0};
    std::atomic<bool> cancel{false};
};

/// The session files under `dir_or_file`: the file itself, or every *.json and *.zip below a
/// folder (recursively, symlinked folders not followed) except review sidecars (*.review.json),
/// sorted. load_cohort reads the session members of each zip.
/// Non-regular files are listed too, so the loader can say why they are refused.
std::vector<std::filesystem::path> find_session_files(const std::filesystem::path& dir_or_file);

/// At most this many loader threads when load_cohort picks the number itself.
inline constexpr unsigned kCohortMaxThreads = 4;

/// Reads, verifies and re-scores every session file under `dir_or_file` against `library` (by
/// scenario id and pinned sha256; an intact embedded copy from hand_in() is used when the library
/// lacks that version), judging statements with `evaluator` of `rulebase_version` and rules
/// `rules`. Reads only; writes nothing. Safe to run on a worker thread (`progress` may be shared).
/// Files are loaded on `threads` threads (0: one per core, at most kCohortMaxThreads; 1: on the
/// calling thread); the result is the same whatever the number. `evaluator` is called from all
/// of them, so it must be thread-safe (scoring::Engine is: evaluate is const and pure).
/// A cancel stops after the files being loaded at that moment.
Cohort load_cohort(const std::filesystem::path& dir_or_file, const std::vector<LibraryEntry>& library,
                   const scoring::StatementEvaluator& evaluator, const scoring::Rulebase& rules,
                   const std::string& rulebase_version, CohortProgress* progress = nullptr,
                   unsigned threads = 0);

/// Where the sidecar of zip member `member` of `zip` lives: "<zip>.reviews/<member>".
std::filesystem::path zip_sidecar_base(const std::filesystem::path& zip, const std::string& member);

/// One session text as load_cohort would give it, shown as `file`, its sidecar at `sidecar_base`.
std::optional<CohortEntry> load_cohort_text(const std::filesystem::path& file,
                                            const std::filesystem::path& sidecar_base, std::string text,
                                            const std::vector<LibraryEntry>& library,
                                            const scoring::StatementEvaluator& evaluator,
                                            const scoring::Rulebase& rules,
                                            const std::string& rulebase_version, CohortProblem& problem);

/// One readable file as load_cohort would give it (problems in `problem`).
std::optional<CohortEntry> load_cohort_entry(const std::filesystem::path& file,
                                             const std::vector<LibraryEntry>& library,
                                             const scoring::StatementEvaluator& evaluator,
                                             const scoring::Rulebase& rules,
                                             const std::string& rulebase_version, CohortProblem& problem);

// --- view-model -------------------------------------------------------------------------------

enum class CohortColumn {
    File,
    Trainee,
    Scenario,
    Mode,
    Date,
    Duration,
    Finished,
    Confidentiality,
    Violations,
    Goals, ///< mean goal percent
    SelfRatingGap,
    Reflection,
    SideAttempts,
    Verification,
    ReviewStatus,
    Count
};
/// Stable ids ("file", "trainee", ...) for settings and exports.
const char* cohort_column_id(CohortColumn column);

struct CohortFilter {
    std::string scenario_id;                  ///< "" = all
    std::string trainee;                      ///< case-insensitive substring; "" = all
    std::optional<std::string> status_id;     ///< review status id; nullopt = all
    std::optional<Verification> verification; ///< nullopt = all
    bool matches(const CohortEntry& entry) const;
};

/// Indices into cohort.entries that pass `filter`, sorted by `column` (ties by file path, so the
/// order is stable). Missing values (no outcome, not rated) come last in both directions.
std::vector<std::size_t> cohort_order(const Cohort& cohort, CohortColumn column, bool descending,
                                      const CohortFilter& filter);

// --- analytics --------------------------------------------------------------------------------

struct RuleCount {
    std::string rule_id;
    int count = 0;
};

/// Item analysis of one option of one decision node.
struct OptionStats {
    std::string option_id; ///< option id, or "vrije tekst" / "samengesteld"
    int chosen = 0;
    int breaches = 0; ///< statements judged violation
};
struct NodeStats {
    std::string node_id;
    std::vector<OptionStats> options; ///< by option id
};
struct ScenarioItems {
    std::string scenario_id;
    std::vector<NodeStats> nodes; ///< by node id
};

/// One point of the calibration plot: the trainee's self-rating beside the measured score.
struct CalibrationPoint {
    std::size_t entry = 0; ///< index into cohort.entries
    int self_rating = 0;   ///< 1..5
    int measured_percent = 0;
};

struct CohortAnalytics {
    /// Rule -> how many statements across the cohort breached it (violation or caution),
    /// most breached first (ties by id).
    std::vector<RuleCount> rule_breaches;
    std::vector<ScenarioItems> items; ///< by scenario id
    /// Trainee -> goal (LG id or "confidentiality") -> mean percent over their sessions with an outcome.
    std::map<std::string, std::map<std::string, int>> trainee_goals;
    /// Goal key ("confidentiality", "LG1"...) -> rated points.
    std::map<std::string, std::vector<CalibrationPoint>> calibration;
    std::map<std::string, int> status_counts; ///< review status id -> sessions
};

/// The cohort's numbers, from the judged (replayed) transcripts and outcomes.
CohortAnalytics analyse_cohort(const Cohort& cohort);

/// Whole minutes between two ISO 8601 UTC times ("2026-01-15T10:15:30Z"); nullopt when either does
/// not parse or `to` is before `from`.
std::optional<int> minutes_between(const std::string& from, const std::string& to);

} // namespace smo::core
