#pragma once
// The supervisor's review mode: a cohort of handed-in sessions loaded off the frame loop, the
// table's sort and filter, and the one session open for review with its undoable edits.

#include "core/cohort.hpp"
#include "core/folder_browser.hpp"
#include "core/review.hpp"
#include "core/review_edits.hpp"
#include "core/review_store.hpp"
#include "ui/transcript_list.hpp"
#include "ui/views.hpp"

#include <filesystem>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace smo::ui {

/// A cohort being read on a worker thread; the frame loop polls it and draws the progress.
struct CohortLoad {
    CohortLoad() = default;
    CohortLoad(CohortLoad&&) = default;
    CohortLoad& operator=(CohortLoad&&) = default;
    /// Closing the window mid-load stops the worker after its current file instead of waiting.
    ~CohortLoad() {
        if (progress) progress->cancel = true;
    }
    std::filesystem::path path;
    std::shared_ptr<core::CohortProgress> progress;
    std::future<core::Cohort> result;
};

/// The session open in the review screen, with the reviewer's working copy of the sidecar.
struct OpenReview {
    std::size_t entry = 0; ///< index into ReviewState::cohort.entries
    core::Review review;   ///< the reviewer's copy, changed only through `history`
    core::Review base;     ///< as loaded or last written: the base of the three-way merge on save
    core::ReviewHistory history;
    std::string review_error; ///< the sidecar could not be read or saved (shown, never hidden)
    DebriefView debrief;      ///< findings and rows from the replayed session
    TranscriptLayout layout;
    std::string selected_turn;                         ///< the turn whose comment editor is open
    std::map<std::string, std::string> comment_drafts; ///< per turn id
    std::string override_reason_draft;
    std::string went_well_draft;
    std::string could_be_better_draft;
};

struct ReviewState {
    std::filesystem::path folder; ///< the cohort shown (empty: none yet)
    std::optional<CohortLoad> loading;
    core::Cohort cohort;
    /// Review status per entry (from its sidecar), "nieuw" when there is none.
    std::vector<core::ReviewStatus> statuses;
    core::CohortColumn sort_column = core::CohortColumn::Date;
    bool sort_descending = true;
    core::CohortFilter filter;
    std::vector<std::size_t> order; ///< entries shown, in table order
    std::size_t cursor = 0;         ///< keyboard row in `order`
    std::optional<OpenReview> open;
    std::string folder_draft;   ///< the path typed on the start screen
    std::optional<core::FolderListing> picker; ///< the folder picker, while it is open
    std::string reviewer_draft; ///< the reviewer's name for comments and sign-off
    std::string message;        ///< result of the last export or save
    core::CohortAnalytics analytics;
};

} // namespace smo::ui
