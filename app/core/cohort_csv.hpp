#pragma once
// Cohort exports for spreadsheets: one row per session, or one row per statement. Written so
// Dutch Excel opens them right: UTF-8 with BOM, ';' separators, CRLF line ends, RFC 4180 quoting;
// a cell that starts with = + - or @ gets a leading ' so it is never run as a formula.

#include "core/cohort.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace smo::core {

/// One CSV cell: quoted when it holds ; " CR or LF (quotes doubled), formula-neutralised.
std::string csv_field(std::string_view value);
/// Cells joined by ';' and ended with CRLF.
std::string csv_row(const std::vector<std::string>& cells);

/// One row per session: file, session_id, trainee, scenario_id, scenario, mode, date,
/// duration_minutes, finished, confidentiality, violations, one column per learning goal found in
/// the cohort (sorted), self_rating_gap, reflection_written, side_attempts, verification, reason,
/// review_status. Empty cells where a value is missing.
std::string cohort_csv(const Cohort& cohort);

/// Supervisor override of one statement (empty = none); the review module provides it later.
using OverrideLookup = std::function<std::string(const CohortEntry&, const TranscriptEntry&)>;

/// One row per judged statement (from the replayed transcript): session_id, trainee, scenario_id,
/// turn_id, node_id, option (id, "vrije tekst" or "samengesteld"), text, verdict, rules (", "),
/// override (from `overrides`, empty without it).
std::string items_csv(const Cohort& cohort, const OverrideLookup& overrides = {});

} // namespace smo::core
