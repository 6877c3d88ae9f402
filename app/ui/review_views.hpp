#pragma once
// Texts and tones the review screens show, built without ImGui so tests can check them: the cohort
// table's columns and cells, labels of statuses, verdicts and verification states, and lines for
// differences and overrides.

#include "core/cohort.hpp"
#include "core/review.hpp"
#include "core/string_table.hpp"
#include "ui/views.hpp"

#include <string>
#include <utility>
#include <vector>

namespace smo::ui {

struct CohortTableColumn {
    core::CohortColumn column;
    const char* label_key; ///< i18n key of the header
};

/// The table's columns, in display order (the trainee first: it is the clickable cell).
const std::vector<CohortTableColumn>& cohort_table_columns();

enum class CellTone { Plain, Good, Warn, Bad };

struct CohortCell {
    std::string text;
    CellTone tone = CellTone::Plain;
};

/// The text of one cell ("–" for a value that does not exist, e.g. no score without a replay).
CohortCell cohort_cell(const core::Strings& tr, const core::CohortEntry& entry, core::CohortColumn column);

/// "12 sessies · 10 getoond · 2 onleesbaar · 1 buiten de app bewerkt"
std::string cohort_summary(const core::Strings& tr, const core::Cohort& cohort, std::size_t shown);

/// Scenario ids in the cohort, sorted, once each (the filter's choices).
std::vector<std::string> cohort_scenario_ids(const core::Cohort& cohort);

std::string status_label(const core::Strings& tr, const std::string& status_id);
std::string verdict_label(const core::Strings& tr, scoring::Verdict verdict);

/// "Anna · SMO bij Zorggroep De Linde: ... · Toets · 2026-12-01" (the id when the title is unknown)
std::string session_title(const core::Strings& tr, const core::CohortEntry& entry);

/// "t4 · oordeel: schending → toegestaan (regels nu anders)" / "... (buiten de app bewerkt)"
std::string difference_line(const core::Strings& tr, const core::ReplayDifference& difference);

/// "Oneens (Ria de Vries, 2026-12-05): reden" — the original verdict is kept beside it.
std::string override_line(const core::Strings& tr, const core::FindingOverride& override);

/// The four reflection answers with their question keys, in NVAB order.
std::vector<std::pair<std::string, std::string>> reflection_answers(const core::Session& session);

const TranscriptRow* find_row(const std::vector<TranscriptRow>& rows, const std::string& turn_id);
/// The override of (turn, rule) in `review`, null when there is none.
const core::FindingOverride* find_override(const core::Review& review, const std::string& turn_id,
                                           const std::string& rule_id);
bool has_comment(const core::Review& review, const std::string& turn_id);

} // namespace smo::ui
