#include "core/cohort_csv.hpp"

#include <cstdio>
#include <set>

namespace smo::core {

namespace {
constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : ", ") + p;
    return out;
}

template <typename T> std::string opt(const std::optional<T>& v) {
    return v ? std::to_string(*v) : "";
}

std::string gap_text(const std::optional<double>& gap) {
    if (!gap) return "";
    char buf[32];
    // Decimal comma: Dutch Excel reads "1,25" as a number.
    std::snprintf(buf, sizeof buf, "%.2f", *gap);
    std::string s = buf;
    for (auto& c : s)
        if (c == '.') c = ',';
    return s;
}
} // namespace

std::string csv_field(std::string_view value) {
    std::string v(value);
    if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v.insert(v.begin(), '\'');
    if (v.find_first_of(";\"\r\n") == std::string::npos) return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csv_row(const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) out += ';';
        out += csv_field(cells[i]);
    }
    return out + "\r\n";
}

std::string cohort_csv(const Cohort& cohort) {
    std::set<std::string> goals;
    for (const auto& e : cohort.entries)
        for (const auto& [goal, percent] : e.goal_percent)
            goals.insert(goal);
    std::vector<std::string> header{
        "file", "session_id",       "trainee",  "scenario_id",     "scenario",  "mode",
        "date", "duration_minutes", "finished", "confidentiality", "violations"};
    header.insert(header.end(), goals.begin(), goals.end());
    for (const char* h : {"self_rating_gap", "reflection_written", "side_attempts", "verification", "reason",
                          "review_status"})
        header.emplace_back(h);
    std::string out(kBom);
    out += csv_row(header);
    for (const auto& e : cohort.entries) {
        std::vector<std::string> row{e.file.string(),
                                     e.session.session_id,
                                     e.trainee(),
                                     e.scenario_id(),
                                     e.scenario_title,
                                     std::string(to_id(e.mode())),
                                     e.date(),
                                     opt(e.duration_minutes),
                                     e.finished() ? "ja" : "nee",
                                     opt(e.confidentiality_percent),
                                     opt(e.violations)};
        for (const auto& g : goals) {
            auto it = e.goal_percent.find(g);
            row.push_back(it == e.goal_percent.end() ? "" : std::to_string(it->second));
        }
        row.push_back(gap_text(e.self_rating_gap));
        row.emplace_back(e.reflection_written ? "ja" : "nee");
        row.push_back(std::to_string(e.side_attempts));
        row.emplace_back(verification_id(e.verification));
        row.push_back(e.verification_reason);
        row.push_back(e.review_status_id);
        out += csv_row(row);
    }
    return out;
}

std::string items_csv(const Cohort& cohort, const OverrideLookup& overrides) {
    std::string out(kBom);
    out += csv_row({"session_id", "trainee", "scenario_id", "turn_id", "node_id", "option", "text", "verdict",
                    "rules", "override"});
    for (const auto& e : cohort.entries)
        for (const auto& t : e.judged()) {
            if (!t.evaluation) continue;
            std::string option = t.kind == EntryKind::FreeText  ? "vrije tekst"
                                 : t.kind == EntryKind::Compose ? "samengesteld"
                                                                : t.option_id;
            // An over-cautious option breaks no rule but fails a duty: listed with the rules.
            std::vector<std::string> rules = t.evaluation->rule_ids();
            if (t.flaw) rules.push_back(t.flaw->rule_id);
            out += csv_row({e.session.session_id, e.trainee(), e.scenario_id(), t.turn_id, t.node_id, option,
                            t.text, scoring::verdict_id(t.evaluation->verdict), join(rules),
                            overrides ? overrides(e, t) : std::string()});
        }
    return out;
}

} // namespace smo::core
