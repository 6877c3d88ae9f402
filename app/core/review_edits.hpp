#pragma once
// Undoable edits of a Review (command pattern): every change a reviewer makes in the UI is a
// ReviewEdit applied through a ReviewHistory, which undoes and redoes them and knows whether the
// review changed since it was last saved. A command restores the Review exactly on revert.

#include "core/review.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace smo::core {

/// One change to a Review. apply() then revert() leaves the Review exactly as before (==); apply()
/// again after revert() gives the same result as the first time. Apply each command to the
/// Review it was first applied to, in history order (ReviewHistory does this).
class ReviewEdit {
  public:
    virtual ~ReviewEdit() = default;
    virtual void apply(Review& review) = 0;
    virtual void revert(Review& review) = 0;
    /// Dutch, for "Ongedaan maken: ...", e.g. "opmerking bij t4".
    virtual std::string label() const = 0;
};

/// Sets `author`'s comment on `turn_id` (replacing that author's earlier one); empty `text` removes it.
std::unique_ptr<ReviewEdit> set_turn_comment(std::string turn_id, std::string text, std::string author,
                                             std::string at);
/// Puts `o` in, replacing the override with the same (turn_id, rule_id, author).
std::unique_ptr<ReviewEdit> set_override(FindingOverride o);
/// Removes `author`'s override of (turn_id, rule_id); nothing happens when there is none.
std::unique_ptr<ReviewEdit> remove_override(std::string turn_id, std::string rule_id, std::string author);
/// Sets the status. Any status other than Goedgekeurd also withdraws a sign-off (an approval that
/// no longer holds); undo brings it back.
std::unique_ptr<ReviewEdit> set_status(ReviewStatus status);
std::unique_ptr<ReviewEdit> set_overall(OverallComment overall);
/// Signs the review off by `reviewer` at `at` and sets status Goedgekeurd; the reviewer is added
/// to `reviewers`. Returns nullptr (refused) when `reviewer` is empty or only spaces: a sign-off
/// needs a name. ReviewHistory::apply refuses a nullptr.
std::unique_ptr<ReviewEdit> sign_off(std::string reviewer, std::string at);
/// Removes the sign-off; a status of Goedgekeurd becomes Besproken (discussed, not approved).
/// Undo restores the sign-off and the previous status exactly.
std::unique_ptr<ReviewEdit> withdraw_sign_off();

/// The undo/redo stack of one Review. Applying a new edit drops the redo side.
class ReviewHistory {
  public:
    /// Applies `edit` to `review` and records it. Returns false and changes nothing for a nullptr
    /// (a refused edit such as sign_off without a name).
    bool apply(Review& review, std::unique_ptr<ReviewEdit> edit);
    bool can_undo() const { return m_next > 0; }
    bool can_redo() const { return m_next < m_edits.size(); }
    /// Reverts the last applied edit; nothing when there is none.
    void undo(Review& review);
    /// Re-applies the last undone edit; nothing when there is none.
    void redo(Review& review);
    /// Label of what undo()/redo() would do, "" when nothing.
    std::string undo_label() const;
    std::string redo_label() const;
    /// True when the review differs from the state of the last mark_saved() (or the start) by
    /// history position: undoing back to the saved state makes it clean again.
    bool dirty() const { return m_next != m_saved; }
    /// Call after a successful save.
    void mark_saved() { m_saved = m_next; }

  private:
    std::vector<std::unique_ptr<ReviewEdit>> m_edits;
    std::size_t m_next = 0; ///< edits [0, m_next) are applied
    /// History position of the last save; npos when that state was dropped from the redo side.
    std::size_t m_saved = 0;
};

} // namespace smo::core
