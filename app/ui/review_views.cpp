#include "ui/review_views.hpp"

#include <algorithm>
#include <set>

namespace smo::ui {

namespace {

/// "Oefenen" / "Toets" in the interface language.
std::string mode_label(const core::Strings& tr, core::SessionMode mode) {
    return tr(mode == core::SessionMode::Toets ? "mode.toets" : "mode.oefenen");
}

const std::string kNone = "–";

std::string percent(const std::optional<int>& p) {
    return p ? std::to_string(*p) + "%" : kNone;
}

CellTone percent_tone(const std::optional<int>& p) {
    if (!p) return CellTone::Plain;
    return *p >= 80 ? CellTone::Good : (*p >= 50 ? CellTone::Warn : CellTone::Bad);
}

const char* verification_key(core::Verification v) {
    switch (v) {
    case core::Verification::Verified:
        return "review.verification.verified";
    case core::Verification::Edited:
        return "review.verification.edited";
    case core::Verification::ScenarioChanged:
        return "review.verification.scenario_changed";
    default:
        return "review.verification.unreadable";
    }
}

} // namespace

const std::vector<CohortTableColumn>& cohort_table_columns() {
    using C = core::CohortColumn;
    static const std::vector<CohortTableColumn> columns{
        {C::Trainee, "review.col.trainee"},
        {C::Scenario, "review.col.scenario"},
        {C::Mode, "review.col.mode"},
        {C::Date, "review.col.date"},
        {C::Duration, "review.col.duration"},
        {C::Finished, "review.col.finished"},
        {C::Confidentiality, "review.col.confidentiality"},
        {C::Violations, "review.col.violations"},
        {C::Goals, "review.col.goals"},
        {C::SelfRatingGap, "review.col.self_gap"},
        {C::Reflection, "review.col.reflection"},
        {C::SideAttempts, "review.col.side_attempts"},
        {C::Verification, "review.col.verification"},
        {C::ReviewStatus, "review.col.status"},
    };
    return columns;
}

CohortCell cohort_cell(const core::Strings& tr, const core::CohortEntry& e, core::CohortColumn column) {
    using C = core::CohortColumn;
    switch (column) {
    case C::File:
        return {e.file.filename().string()};
    case C::Trainee:
        return {e.trainee().empty() ? std::string(tr("review.anonymous")) : e.trainee()};
    case C::Scenario:
        return {e.scenario_title.empty() ? e.scenario_id() : e.scenario_title};
    case C::Mode:
        return {mode_label(tr, e.mode())};
    case C::Date:
        return {e.date().substr(0, 10) + (e.date().size() >= 16 ? " " + e.date().substr(11, 5) : "")};
    case C::Duration:
        return {e.duration_minutes ? std::to_string(*e.duration_minutes) + " min" : kNone};
    case C::Finished:
        return {tr(e.finished() ? "review.yes" : "review.no"),
                e.finished() ? CellTone::Plain : CellTone::Warn};
    case C::Confidentiality:
        return {percent(e.confidentiality_percent), percent_tone(e.confidentiality_percent)};
    case C::Violations:
        if (!e.violations) return {kNone};
        return {std::to_string(*e.violations), *e.violations > 0 ? CellTone::Bad : CellTone::Good};
    case C::Goals: {
        std::string text;
        for (const auto& [goal, p] : e.goal_percent)
            text += (text.empty() ? "" : " · ") + goal + " " + std::to_string(p) + "%";
        return {text.empty() ? kNone : text, percent_tone(e.mean_goal_percent())};
    }
    case C::SelfRatingGap: {
        if (!e.self_rating_gap) return {kNone};
        char buf[16];
        std::snprintf(buf, sizeof buf, "%.1f", *e.self_rating_gap);
        return {buf, *e.self_rating_gap >= 1.5 ? CellTone::Warn : CellTone::Plain};
    }
    case C::Reflection:
        return {tr(e.reflection_written ? "review.yes" : "review.no"),
                e.reflection_written ? CellTone::Plain : CellTone::Warn};
    case C::SideAttempts:
        return {std::to_string(e.side_attempts)};
    case C::Verification:
        return {tr(verification_key(e.verification)),
                e.verification == core::Verification::Verified          ? CellTone::Good
                : e.verification == core::Verification::ScenarioChanged ? CellTone::Warn
                                                                        : CellTone::Bad};
    case C::ReviewStatus:
        return {status_label(tr, e.review_status_id)};
    case C::Count:
        break;
    }
    return {kNone};
}

std::string cohort_summary(const core::Strings& tr, const core::Cohort& cohort, std::size_t shown) {
    std::size_t edited = 0;
    for (const auto& e : cohort.entries)
        edited += e.verification == core::Verification::Edited ? 1 : 0;
    std::string out = std::to_string(cohort.entries.size()) + " " + tr("review.summary.sessions") + " · " +
                      std::to_string(shown) + " " + tr("review.summary.shown");
    if (!cohort.problems.empty())
        out += " · " + std::to_string(cohort.problems.size()) + " " + tr("review.summary.unreadable");
    if (edited > 0) out += " · " + std::to_string(edited) + " " + tr("review.summary.edited");
    return out;
}

std::vector<std::string> cohort_scenario_ids(const core::Cohort& cohort) {
    std::set<std::string> ids;
    for (const auto& e : cohort.entries)
        ids.insert(e.scenario_id());
    return {ids.begin(), ids.end()};
}

std::string status_label(const core::Strings& tr, const std::string& status_id) {
    return tr(("review.status." + status_id).c_str());
}

std::string verdict_label(const core::Strings& tr, scoring::Verdict verdict) {
    switch (verdict) {
    case scoring::Verdict::Violation:
        return tr("report.verdict.violation");
    case scoring::Verdict::Caution:
        return tr("report.verdict.caution");
    default:
        return tr("report.verdict.allowed");
    }
}

std::string session_title(const core::Strings& tr, const core::CohortEntry& e) {
    const std::string& scenario = e.scenario_title.empty() ? e.scenario_id() : e.scenario_title;
    return (e.trainee().empty() ? std::string("?") : e.trainee()) + " · " + scenario + " · " +
           mode_label(tr, e.mode()) + " · " +
           e.date().substr(0, 10);
}

std::string difference_line(const core::Strings& tr, const core::ReplayDifference& d) {
    const char* why = d.kind == core::DifferenceKind::Rescored ? tr("review.difference.rescored")
                                                               : tr("review.difference.edited");
    return d.where + " · " + d.field + ": " + d.stored + " → " + d.replayed + " (" + why + ")";
}

std::string override_line(const core::Strings& tr, const core::FindingOverride& o) {
    std::string out = std::string(tr(o.agree ? "review.override.agreed" : "review.override.disagreed")) +
                      " (" + o.author + ", " + o.at + ")";
    if (!o.reason.empty()) out += ": " + o.reason;
    if (!o.original_verdict.empty())
        out += " · " + std::string(tr("review.override.original")) + " " + o.original_verdict;
    return out;
}

std::vector<std::pair<std::string, std::string>> reflection_answers(const core::Session& session) {
    std::vector<std::pair<std::string, std::string>> out;
    for (std::size_t i = 0; i < static_cast<std::size_t>(core::ReflectionField::Count); ++i) {
        const auto field = static_cast<core::ReflectionField>(i);
        out.emplace_back("reflection." + std::string(core::to_id(field)), session.reflection.text(field));
    }
    return out;
}

const TranscriptRow* find_row(const std::vector<TranscriptRow>& rows, const std::string& turn_id) {
    auto it =
        std::find_if(rows.begin(), rows.end(), [&](const TranscriptRow& r) { return r.turn_id == turn_id; });
    return it == rows.end() ? nullptr : &*it;
}

const core::FindingOverride* find_override(const core::Review& review, const std::string& turn_id,
                                           const std::string& rule_id) {
    const core::FindingOverride* found = nullptr;
    for (const auto& o : review.overrides) // the newest one counts
        if (o.turn_id == turn_id && o.rule_id == rule_id && (found == nullptr || o.at >= found->at))
            found = &o;
    return found;
}

bool has_comment(const core::Review& review, const std::string& turn_id) {
    return std::any_of(review.turn_comments.begin(), review.turn_comments.end(),
                       [&](const core::TurnComment& c) { return c.turn_id == turn_id && !c.text.empty(); });
}

} // namespace smo::ui
