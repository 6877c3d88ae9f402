#pragma once
// The session report a trainee exports at the end: scores beside the self-rating, the transcript
// with marked statements, findings with rule and source, and the reflection. Markdown and a
// self-contained HTML page (inline CSS, no external files), named after trainee, scenario and date.

#include "core/review.hpp"
#include "core/scenario.hpp"
#include "core/session.hpp"
#include "core/session_outcome.hpp"
#include "core/string_table.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace smo::core {

/// What a report prints: the session record (transcript, reflection and its better wordings) and
/// its outcome (scores beside the self-rating, findings), computed by compute_outcome().
struct ReportInput {
    const Session* session = nullptr;
    const Scenario* scenario = nullptr;
    const SessionOutcome* outcome = nullptr;
    const Review* review = nullptr; ///< the supervisor's review (sidecar), printed when given
};

std::string report_markdown(const ReportInput& input, const Strings& strings);
std::string report_html(const ReportInput& input, const Strings& strings);

/// "verslag_<trainee>_<scenario>_<YYYY-MM-DD>": lower case letters, digits, "_" and "-"; empty parts get a
/// placeholder.
std::string report_file_stem(const std::string& trainee, const std::string& scenario_id,
                             const std::string& iso_date);

/// Writes <stem>.md and <stem>.html into `dir` (created 0700) atomically. Returns the two paths,
/// or an error message.
std::optional<std::string> export_report(const std::filesystem::path& dir, const ReportInput& input,
                                         const Strings& strings, std::vector<std::filesystem::path>& written);

/// Escapes &, <, >, " and ' for HTML text and attributes.
std::string html_escape(std::string_view text);

} // namespace smo::core
