#pragma once
// A supervisor's review of one handed-in session: comments per turn, agree/disagree with findings
// (the original verdict kept), an overall comment, a status and a sign-off. Stored in a sidecar
// `<session file>.review.json` (review_store.hpp), never inside the trainee's file. Plain values
// with JSON (de)serialisation; merging several reviewers' copies is merge_reviews().

#include "scoring/json/diagnostic.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace smo::core {

/// The sidecar format this program writes and the newest it reads.
inline constexpr int kReviewSchemaVersion = 1;
/// Largest sidecar read: a few hundred short comments are far below it.
inline constexpr std::size_t kMaxReviewFileBytes = 4u * 1024u * 1024u;

/// Where a review stands. Signing off sets Goedgekeurd.
enum class ReviewStatus { Nieuw, Bekeken, Besproken, Goedgekeurd, OpnieuwDoen, Count };
inline constexpr std::array<std::string_view, 5> kReviewStatusLabels{"nieuw", "bekeken", "besproken",
                                                                     "goedgekeurd", "opnieuw_doen"};
static_assert(kReviewStatusLabels.size() == static_cast<std::size_t>(ReviewStatus::Count));

/// The label on disk ("opnieuw_doen").
std::string_view to_id(ReviewStatus status);
std::optional<ReviewStatus> review_status_from_id(std::string_view id);

/// The verdicts an override can keep as the original ("allowed", "caution", "violation").
inline constexpr std::array<std::string_view, 3> kOverrideVerdictLabels{"allowed", "caution", "violation"};

/// One reviewer's comment on one turn. A review holds at most one per (turn_id, author): a newer
/// comment of the same author on the same turn replaces the older one (also when merging).
struct TurnComment {
    std::string turn_id;
    std::string text;
    std::string author;
    std::string
        at; ///< ISO 8601 UTC, "2026-12-05T18:30:00Z"; same format everywhere so text order is time order
    bool operator==(const TurnComment&) const = default;
};

/// Agree or disagree with one finding; the original verdict is kept beside it. At most one per
/// (turn_id, rule_id, author); the newer `at` wins.
struct FindingOverride {
    std::string turn_id;
    std::string rule_id; ///< "" = the verdict of the turn as a whole
    bool agree = false;
    std::string reason;
    std::string original_verdict; ///< "violation" | "caution" | "allowed"
    std::string author;
    std::string at; ///< ISO 8601 UTC
    bool operator==(const FindingOverride&) const = default;
};

/// The overall comment, in the KPB pattern (what went well / what could be better).
struct OverallComment {
    std::string went_well;
    std::string could_be_better;
    bool operator==(const OverallComment&) const = default;
};

struct SignOff {
    std::string reviewer;
    std::string at; ///< ISO 8601 UTC
    bool operator==(const SignOff&) const = default;
};

struct Review {
    int schema_version = kReviewSchemaVersion;
    std::string session_id;             ///< the session this review belongs to
    std::string session_sha256;         ///< SHA-256 of the session file bytes as handed in
    std::vector<std::string> reviewers; ///< everyone who edited (merge keeps all)
    ReviewStatus status = ReviewStatus::Nieuw;
    std::vector<TurnComment> turn_comments;
    std::vector<FindingOverride> overrides;
    OverallComment overall;
    std::optional<SignOff> sign_off;
    /// ISO 8601 UTC of the last change to status, overall or sign-off; merge_reviews() lets the
    /// newer one win for those three, so set it when you change them.
    std::string updated_at;
    bool operator==(const Review&) const = default;
};

/// Pretty-printed JSON (2-space indent, trailing newline), always the current schema_version.
std::string review_to_json(const Review& review);

/// Parses a sidecar. Every problem is a diagnostic located at file:line:col and JSON pointer
/// (wrong types, unknown status or verdict, missing fields, schema_version missing or newer than
/// kReviewSchemaVersion, not an object, invalid JSON); unknown fields are warnings. Returns nullopt
/// when there is any error.
std::optional<Review> review_from_json(std::string_view text, const std::string& file,
                                       std::vector<json::Diagnostic>& diags);

/// Merges two copies of one review (two reviewers, or the file on disk and the one being saved).
/// Pure. Comments and overrides: the union; of those with the same key ((turn, author) for
/// comments, (turn, rule, author) for overrides) the newer `at` wins, `b` on a tie. Reviewers: the
/// union, a's order first. Status, overall and sign-off: from the copy with the newer updated_at,
/// `b` on a tie. Identity (session_id, session_sha256) comes from `a` when set, else from `b`.
Review merge_reviews(const Review& a, const Review& b);

/// Three-way merge for saving an edited review: `disk` is the file now, `base` the review as this
/// editor loaded (or last saved) it, `edited` what the editor has now. The editor's changes since
/// `base` go on top of `disk`: added or changed comments/overrides are put in (replacing the same
/// key), ones the editor removed are removed, and status/overall/sign-off/updated_at are taken
/// from `edited` when they differ from `base`. What others saved meanwhile and this editor did not
/// touch is kept. Pure.
Review merge_review_edits(const Review& disk, const Review& base, const Review& edited);

} // namespace smo::core
