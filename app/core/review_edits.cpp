#include "core/review_edits.hpp"

#include <algorithm>
#include <functional>
#include <limits>
#include <utility>

namespace smo::core {
namespace {

/// The parts of a Review an edit may change; each edit snapshots only its own.
enum Field : unsigned {
    kComments = 1u << 0,
    kOverrides = 1u << 1,
    kReviewers = 1u << 2,
    kStatus = 1u << 3,
    kOverall = 1u << 4,
    kSignOff = 1u << 5,
    kUpdatedAt = 1u << 6,
};

void copy_fields(const Review& from, Review& to, unsigned fields) {
    if (fields & kComments) to.turn_comments = from.turn_comments;
    if (fields & kOverrides) to.overrides = from.overrides;
    if (fields & kReviewers) to.reviewers = from.reviewers;
    if (fields & kStatus) to.status = from.status;
    if (fields & kOverall) to.overall = from.overall;
    if (fields & kSignOff) to.sign_off = from.sign_off;
    if (fields & kUpdatedAt) to.updated_at = from.updated_at;
}

/// Snapshot-and-restore: revert puts back exactly what apply found (order of lists included), so
/// no edit needs its own inverse logic.
class SnapshotEdit final : public ReviewEdit {
  public:
    SnapshotEdit(unsigned fields, std::function<void(Review&)> change, std::string label)
        : m_fields(fields), m_change(std::move(change)), m_label(std::move(label)) {}
    void apply(Review& review) override {
        copy_fields(review, m_before, m_fields);
        m_change(review);
    }
    void revert(Review& review) override { copy_fields(m_before, review, m_fields); }
    std::string label() const override { return m_label; }

  private:
    unsigned m_fields;
    std::function<void(Review&)> m_change;
    std::string m_label;
    Review m_before;
};

void add_reviewer(Review& review, const std::string& name) {
    if (name.empty()) return;
    if (std::find(review.reviewers.begin(), review.reviewers.end(), name) == review.reviewers.end())
        review.reviewers.push_back(name);
}

bool blank(const std::string& s) {
    return std::all_of(s.begin(), s.end(),
                       [](unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); });
}

std::string finding_name(const std::string& turn_id, const std::string& rule_id) {
    return rule_id.empty() ? "oordeel over " + turn_id : "oordeel over " + rule_id + " bij " + turn_id;
}

} // namespace

std::unique_ptr<ReviewEdit> set_turn_comment(std::string turn_id, std::string text, std::string author,
                                             std::string at) {
    std::string label = "opmerking bij " + turn_id + (text.empty() ? " verwijderd" : "");
    return std::make_unique<SnapshotEdit>(
        kComments | kReviewers,
        [turn_id = std::move(turn_id), text = std::move(text), author = std::move(author),
         at = std::move(at)](Review& r) {
            auto& cs = r.turn_comments;
            auto it = std::find_if(cs.begin(), cs.end(), [&](const TurnComment& c) {
                return c.turn_id == turn_id && c.author == author;
            });
            if (text.empty()) {
                if (it != cs.end()) cs.erase(it);
                return;
            }
            TurnComment c{turn_id, text, author, at};
            if (it == cs.end())
                cs.push_back(std::move(c));
            else
                *it = std::move(c);
            add_reviewer(r, author);
        },
        std::move(label));
}

std::unique_ptr<ReviewEdit> set_override(FindingOverride o) {
    std::string label = finding_name(o.turn_id, o.rule_id);
    return std::make_unique<SnapshotEdit>(
        kOverrides | kReviewers,
        [o = std::move(o)](Review& r) {
            auto& os = r.overrides;
            auto it = std::find_if(os.begin(), os.end(), [&](const FindingOverride& x) {
                return x.turn_id == o.turn_id && x.rule_id == o.rule_id && x.author == o.author;
            });
            if (it == os.end())
                os.push_back(o);
            else
                *it = o;
            add_reviewer(r, o.author);
        },
        std::move(label));
}

std::unique_ptr<ReviewEdit> remove_override(std::string turn_id, std::string rule_id, std::string author) {
    std::string label = finding_name(turn_id, rule_id) + " verwijderd";
    return std::make_unique<SnapshotEdit>(
        kOverrides,
        [turn_id = std::move(turn_id), rule_id = std::move(rule_id), author = std::move(author)](Review& r) {
            std::erase_if(r.overrides, [&](const FindingOverride& x) {
                return x.turn_id == turn_id && x.rule_id == rule_id && x.author == author;
            });
        },
        std::move(label));
}

std::unique_ptr<ReviewEdit> set_status(ReviewStatus status) {
    return std::make_unique<SnapshotEdit>(
        kStatus | kSignOff,
        [status](Review& r) {
            r.status = status;
            if (status != ReviewStatus::Goedgekeurd) r.sign_off.reset();
        },
        "status: " + std::string(to_id(status)));
}

std::unique_ptr<ReviewEdit> set_overall(OverallComment overall) {
    return std::make_unique<SnapshotEdit>(
        kOverall, [overall = std::move(overall)](Review& r) { r.overall = overall; }, "algemene feedback");
}

std::unique_ptr<ReviewEdit> sign_off(std::string reviewer, std::string at) {
    if (blank(reviewer)) return nullptr; // an approval needs a name
    std::string label = "aftekenen door " + reviewer;
    return std::make_unique<SnapshotEdit>(
        kSignOff | kStatus | kReviewers | kUpdatedAt,
        [reviewer = std::move(reviewer), at = std::move(at)](Review& r) {
            r.sign_off = SignOff{reviewer, at};
            r.status = ReviewStatus::Goedgekeurd;
            add_reviewer(r, reviewer);
            if (at > r.updated_at) r.updated_at = at; // merge_reviews lets the newer sign-off win
        },
        std::move(label));
}

std::unique_ptr<ReviewEdit> withdraw_sign_off() {
    return std::make_unique<SnapshotEdit>(
        kSignOff | kStatus,
        [](Review& r) {
            r.sign_off.reset();
            if (r.status == ReviewStatus::Goedgekeurd) r.status = ReviewStatus::Besproken;
        },
        "aftekening ingetrokken");
}

bool ReviewHistory::apply(Review& review, std::unique_ptr<ReviewEdit> edit) {
    if (!edit) return false;
    if (m_saved > m_next) m_saved = std::numeric_limits<std::size_t>::max(); // saved state is dropped
    m_edits.resize(m_next);
    edit->apply(review);
    m_edits.push_back(std::move(edit));
    ++m_next;
    return true;
}

void ReviewHistory::undo(Review& review) {
    if (!can_undo()) return;
    m_edits[--m_next]->revert(review);
}

void ReviewHistory::redo(Review& review) {
    if (!can_redo()) return;
    m_edits[m_next++]->apply(review);
}

std::string ReviewHistory::undo_label() const {
    return can_undo() ? m_edits[m_next - 1]->label() : std::string();
}

std::string ReviewHistory::redo_label() const {
    return can_redo() ? m_edits[m_next]->label() : std::string();
}

} // namespace smo::core
