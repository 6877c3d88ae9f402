#include "core/report.hpp"

#include "core/atomic_file.hpp"
#include "core/paths.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace smo::core {

namespace {

const char* verdict_label(const Strings& tr, scoring::Verdict verdict) {
    switch (verdict) {
    case scoring::Verdict::Allowed:
        return tr("report.verdict.allowed");
    case scoring::Verdict::Caution:
        return tr("report.verdict.caution");
    case scoring::Verdict::Violation:
        return tr("report.verdict.violation");
    default:
        return "";
    }
}

const char* verdict_class(scoring::Verdict verdict) {
    switch (verdict) {
    case scoring::Verdict::Allowed:
        return "ok";
    case scoring::Verdict::Caution:
        return "caution";
    case scoring::Verdict::Violation:
        return "violation";
    default:
        return "line";
    }
}

std::string rules_of(const scoring::Evaluation& e) {
    std::string out;
    for (const auto& id : e.rule_ids())
        out += (out.empty() ? "" : ", ") + id;
    return out;
}

std::string label_for(const Strings& tr, const std::string& key) {
    return key == "confidentiality" ? tr("debrief.confidentiality") : tr(("goal.short." + key).c_str());
}

const char* finding_kind(const Strings& tr, scoring::Finding::Kind k) {
    switch (k) {
    case scoring::Finding::Kind::WentWell:
        return tr("report.finding.went_well");
    case scoring::Finding::Kind::ToImprove:
        return tr("report.finding.to_improve");
    case scoring::Finding::Kind::Caution:
        return tr("report.finding.caution");
    }
    return "";
}

std::string md_line(std::string_view text) {
    // Keep Markdown structure intact: one paragraph line, no raw line breaks.
    std::string out(text);
    std::replace(out.begin(), out.end(), '\n', ' ');
    return out;
}

/// The statement with matched spans wrapped in <mark>, coloured by how each span was judged
/// (Evaluation::span_verdict) with a tooltip naming its category and verdict; spans are byte
/// ranges into `text`.
std::string html_marked(const std::string& text, const std::optional<scoring::Evaluation>& e,
                        const Strings& tr) {
    if (!e || e->spans.empty()) return html_escape(text);
    std::vector<scoring::Span> spans = e->spans;
    std::sort(spans.begin(), spans.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    std::string out;
    std::size_t pos = 0;
    for (const auto& s : spans) {
        if (s.start < pos || s.end > text.size() || s.end <= s.start) continue;
        const scoring::Verdict judged = e->span_verdict(s);
        const std::string key = "category." + s.category;
        const std::string category = tr.nl.has(key) || tr.en.has(key) ? tr(key) : s.category;
        out += html_escape(std::string_view(text).substr(pos, s.start - pos));
        out += "<mark class=\"" + std::string(verdict_class(judged)) + "\" title=\"" +
               html_escape(category + " – " + verdict_label(tr, judged)) + "\">" +
               html_escape(std::string_view(text).substr(s.start, s.end - s.start)) + "</mark>";
        pos = s.end;
    }
    out += html_escape(std::string_view(text).substr(pos));
    return out;
}

const std::string& reflection_field(const Reflection& r, int i) {
    return r.text(static_cast<ReflectionField>(i));
}

constexpr const char* kReflectionKeys[] = {"reflection.went_well", "reflection.could_improve",
                                           "reflection.learned", "reflection.take_along"};

std::string speaker_of(const TranscriptEntry& e, const Strings& tr) {
    return e.by_trainee ? tr("meeting.you")
                        : (e.speaker_name.empty() ? tr("meeting.narrator") : e.speaker_name);
}

std::string md_turn(const TranscriptEntry& e, const Strings& tr) {
    std::string md = "- **" + md_line(speaker_of(e, tr)) + "** (" + e.turn_id + "): " + md_line(e.text);
    if (e.evaluation)
        md += " — *" + std::string(verdict_label(tr, e.evaluation->verdict)) + "*" +
              (e.evaluation->hits.empty() ? "" : " [" + rules_of(*e.evaluation) + "]");
    if (e.correct == false) md += " — *" + std::string(tr("report.answer_wrong")) + "*";
    return md + "\n";
}

std::string md_finding(const scoring::Finding& f, const Strings& tr, const char* level) {
    std::string md = std::string(level) + " " + md_line(finding_heading(f, false)) + "\n\n";
    md += "*" + std::string(finding_kind(tr, f.kind)) + "*. " + md_line(f.explanation_nl) + "\n\n";
    if (!f.condition_nl.empty())
        md += std::string(tr("debrief.condition")) + " " + md_line(f.condition_nl) + "\n\n";
    if (!f.source.empty()) md += std::string(tr("debrief.source")) + " " + md_line(f.source) + "\n\n";
    if (!f.suggestion_nl.empty())
        md += std::string(tr("debrief.better")) + " " + md_line(f.suggestion_nl) + "\n\n";
    return md;
}

std::string html_turn(const TranscriptEntry& e, const Strings& tr) {
    const bool wrong_answer = e.correct == false;
    std::string h =
        "<div class=\"turn " +
        std::string(wrong_answer ? "wrong" : (e.evaluation ? verdict_class(e.evaluation->verdict) : "line")) +
        "\"><span class=\"who\">" + html_escape(speaker_of(e, tr)) + "</span> <span class=\"meta\">" +
        e.turn_id;
    if (e.evaluation)
        h += " · " + html_escape(verdict_label(tr, e.evaluation->verdict)) +
             (e.evaluation->hits.empty() ? "" : " · " + html_escape(rules_of(*e.evaluation)));
    if (wrong_answer) h += " · " + html_escape(tr("report.answer_wrong"));
    return h + "</span><br>" + html_marked(e.text, e.evaluation, tr) + "</div>\n";
}

std::string html_finding(const scoring::Finding& f, const Strings& tr) {
    std::string h = "<div class=\"finding\"><b>" + html_escape(finding_heading(f, false)) + "</b> <i>" +
                    html_escape(finding_kind(tr, f.kind)) + "</i><br>" + html_escape(f.explanation_nl);
    if (!f.condition_nl.empty())
        h += "<br><b>" + html_escape(std::string(tr("debrief.condition"))) + "</b> " +
             html_escape(f.condition_nl);
    if (!f.source.empty())
        h += "<br><span class=\"meta\">" + html_escape(std::string(tr("debrief.source")) + " " + f.source) +
             "</span>";
    if (!f.suggestion_nl.empty())
        h += "<br>" + html_escape(std::string(tr("debrief.better")) + " " + f.suggestion_nl);
    return h + "</div>\n";
}

/// The attempt's own turns: from the retried turn on (what came before is the original's).
std::vector<const TranscriptEntry*> attempt_turns(const SideAttempt& attempt) {
    std::vector<const TranscriptEntry*> out;
    bool from = false;
    for (const auto& e : attempt.transcript) {
        from = from || e.turn_id == attempt.from_turn;
        if (from) out.push_back(&e);
    }
    return out;
}

/// The supervisor's review as (label, text) lines, shared by the Markdown and the HTML report.
std::vector<std::pair<std::string, std::string>> review_lines(const Review& r, const Strings& tr) {
    std::vector<std::pair<std::string, std::string>> lines;
    lines.emplace_back(tr("review.status"), tr(("review.status." + std::string(to_id(r.status))).c_str()));
    if (r.sign_off) lines.emplace_back(tr("review.signed_off"), r.sign_off->reviewer + ", " + r.sign_off->at);
    if (!r.overall.went_well.empty()) lines.emplace_back(tr("review.went_well"), r.overall.went_well);
    if (!r.overall.could_be_better.empty())
        lines.emplace_back(tr("review.could_be_better"), r.overall.could_be_better);
    for (const auto& c : r.turn_comments)
        lines.emplace_back(std::string(tr("review.turn")) + " " + c.turn_id, c.text + " (" + c.author + ")");
    for (const auto& o : r.overrides) {
        std::string text = std::string(tr(o.agree ? "review.override.agreed" : "review.override.disagreed")) +
                           " (" + o.author + ")";
        if (!o.reason.empty()) text += ": " + o.reason;
        if (!o.original_verdict.empty())
            text += " · " + std::string(tr("review.override.original")) + " " + o.original_verdict;
        lines.emplace_back(std::string(tr("review.turn")) + " " + o.turn_id +
                               (o.rule_id.empty() ? "" : " " + o.rule_id),
                           text);
    }
    return lines;
}

/// A CSS string literal ("…") holding `text`; the page footer is the only CSS fed from the strings.
std::string css_string(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

/// Inline style sheet. Screen: coloured marks. Print (portfolio PDF): A4 with page numbers, one
/// section per page, no turn split over two pages, and verdicts told apart without colour by
/// line style and a symbol, because most portfolio printers are black and white.
std::string report_css(const Strings& tr) {
    return "@page{size:A4;margin:16mm 15mm 18mm;@bottom-right{content:" + css_string(tr("report.page")) +
           "\" \" counter(page) \" / \" counter(pages);font:8pt 'DejaVu Sans',sans-serif;color:#444}}"
           "body{font-family:'DejaVu Sans',sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
           "line-height:1.45;color:#222}"
           "h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #888;padding-bottom:.15em}"
           "table{border-collapse:collapse}td,th{padding:.3em .8em;border-bottom:1px solid "
           "#ddd;text-align:left}"
           ".bar{background:#eee;border:1px solid #888;width:20em;height:1em;display:inline-block}"
           ".bar span{display:block;height:100%;background:#2e8c46}.bar span.fair{background:#dc9614}"
           ".bar span.low{background:#c82828}"
           ".turn{margin:.4em 0;padding:.3em .6em;border-left:.35em solid #ccc}"
           ".turn.ok{border-left:.35em solid #2e8c46}.turn.caution{border-left:.35em dashed #dc9614}"
           ".turn.violation,.turn.wrong{border-left:.4em double #c82828}.who{font-weight:bold}"
           "mark{color:inherit;background:none;text-decoration-skip-ink:none;text-underline-offset:.2em}"
           "mark.ok{background:#d3ecd9;text-decoration:underline dotted 1.5px}"
           "mark.caution{background:#f8e3bd;text-decoration:underline wavy 1px}"
           "mark.violation{background:#f6d0d0;text-decoration:underline double 1.5px;font-weight:bold}"
           "mark::after{font-size:.7em;vertical-align:super;font-weight:bold;margin-left:.1em}"
           "mark.ok::after{content:\"\\2713\"}mark.caution::after{content:\"!\"}"
           "mark.violation::after{content:\"\\2717\"}"
           ".legend{margin:.6em 0 1em;padding:.4em .6em;border:1px solid #aaa;font-size:.9em}"
           ".legend .item{margin-right:1.5em;white-space:nowrap}"
           ".meta{color:#555}.finding{margin:.8em 0}"
           "@media print{body{margin:0;padding:0;max-width:none;font-size:10pt;color:#000}"
           ".meta{color:#333}.bar,.bar span{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
           "section+section{break-before:page}"
           ".turn,.finding,.legend,tr,p{break-inside:avoid}h1,h2{break-after:avoid}}";
}

/// What the marks mean, shown above the transcript; samples use the same classes as the marks.
std::string html_legend(const Strings& tr) {
    std::string h = "<div class=\"legend\"><b>" + html_escape(tr("report.legend.title")) + "</b><br>";
    const std::pair<const char*, const char*> items[] = {{"ok", "report.legend.allowed"},
                                                         {"caution", "report.legend.caution"},
                                                         {"violation", "report.legend.violation"}};
    for (const auto& [cls, key] : items)
        h += "<span class=\"item\"><mark class=\"" + std::string(cls) + "\">" +
             html_escape(tr("report.legend.sample")) + "</mark> " + html_escape(tr(key)) + "</span>";
    return h + "<div class=\"meta\">" + html_escape(tr("report.legend.note")) + "</div></div>\n";
}

} // namespace

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string report_file_stem(const std::string& trainee, const std::string& scenario_id,
                             const std::string& iso_date) {
    auto slug = [](const std::string& s, const char* fallback) {
        std::string out;
        for (unsigned char c : s) {
            if (std::isalnum(c) || c == '_')
                out += static_cast<char>(std::tolower(c));
            else if ((c == ' ' || c == '-' || c == '.') && !out.empty() && out.back() != '-')
                out += '-';
        }
        while (!out.empty() && out.back() == '-')
            out.pop_back();
        return out.empty() ? std::string(fallback) : out;
    };
    return "verslag_" + slug(trainee, "anoniem") + "_" + slug(scenario_id, "scenario") + "_" +
           slug(iso_date.substr(0, std::min<std::size_t>(10, iso_date.size())), "datum");
}

std::string report_markdown(const ReportInput& in, const Strings& tr) {
    const Session& s = *in.session;
    const Scenario& sc = *in.scenario;
    std::string md;
    md += "# " + std::string(tr("report.title")) + ": " + md_line(sc.title) + "\n\n";
    md += "- " + std::string(tr("report.trainee")) + ": " + md_line(s.trainee) + "\n";
    md += "- " + std::string(tr("report.scenario")) + ": `" + sc.id + "` " + sc.version + " (sha256 " +
          s.scenario.sha256.substr(0, 12) + ")\n";
    md += "- " + std::string(tr("report.mode")) + ": " + std::string(to_id(s.mode)) + "\n";
    md += "- " + std::string(tr("report.date")) + ": " + local_time_text(s.started_at) +
          (s.ended_at.empty() ? "" : " – " + local_time_text(s.ended_at)) + "\n";
    md += "- " + std::string(tr("report.rulebase")) + ": " + s.rulebase_version + "\n\n";

    md += "## " + std::string(tr("report.scores")) + "\n\n";
    md += "| | " + std::string(tr("report.measured")) + " | " + tr("report.self_rating") +
          " |\n|---|---|---|\n";
    for (const auto& b : in.outcome->bars) {
        md += "| " + label_for(tr, b.key) + " | " + std::to_string(b.percent) + "% | " +
              (b.self_rating > 0 ? std::to_string(b.self_rating) + "/5" : std::string("–")) + " |\n";
    }
    md += "\n" + std::string(tr("report.violations")) + ": " + std::to_string(in.outcome->score.violations) +
          " · " + tr("report.cautions") + ": " + std::to_string(in.outcome->score.cautions) + "\n\n";

    md += "## " + std::string(tr("report.transcript")) + "\n\n";
    for (const auto& e : s.transcript)
        md += md_turn(e, tr);
    md += "\n## " + std::string(tr("report.findings")) + "\n\n";
    for (const auto& f : in.outcome->findings)
        md += md_finding(f, tr, "###");
    for (std::size_t i = 0; i < in.outcome->side_attempts.size() && i < s.side_attempts.size(); ++i) {
        const SideAttemptOutcome& a = in.outcome->side_attempts[i];
        md += "## " + md_line(attempt_heading(a, tr)) + "\n\n";
        for (const auto& e : attempt_turns(s.side_attempts[i]))
            md += md_turn(*e, tr);
        md += "\n";
        for (const auto& f : a.findings)
            md += md_finding(f, tr, "###");
    }
    if (!in.outcome->missed.empty()) {
        md += "## " + std::string(tr("review.missed.title")) + "\n\n";
        for (const auto& m : in.outcome->missed) {
            md += "- **" + m.turn_id + " · " + md_line(m.prompt.empty() ? m.node_id : m.prompt) + "**  \n  " +
                  std::string(tr("review.missed.chosen")) + " " + md_line(m.chosen_text) + "  \n  " +
                  std::string(tr("review.missed.better")) + " " + md_line(m.better_text);
            if (!m.why.empty()) md += "  \n  " + md_line(m.why);
            md += "\n";
        }
        md += "\n";
    }
    md += "## " + std::string(tr("report.reflection")) + "\n\n";
    for (int i = 0; i < 4; ++i) {
        const std::string& answer = reflection_field(s.reflection, i);
        md += "**" + std::string(tr(kReflectionKeys[i])) + "** " +
              (answer.empty() ? std::string("–") : md_line(answer)) + "\n\n";
    }
    if (!s.reflection.alternatives.empty()) {
        md += "### " + std::string(tr("reflection.alternatives")) + "\n\n";
        for (const auto& [turn, text] : s.reflection.alternatives) {
            if (!text.empty()) md += "- " + turn + ": " + md_line(text) + "\n";
        }
        md += "\n";
    }
    if (in.review) {
        md += "## " + std::string(tr("report.review")) + "\n\n";
        for (const auto& [label, text] : review_lines(*in.review, tr))
            md += "**" + label + "** " + md_line(text) + "\n\n";
    }
    return md;
}

std::string report_html(const ReportInput& in, const Strings& tr) {
    const Session& s = *in.session;
    const Scenario& sc = *in.scenario;
    std::string h;
    h += "<!DOCTYPE html>\n<html lang=\"" + std::string(language_code(tr.active)) +
         "\"><head><meta charset=\"utf-8\">";
    h += "<title>" + html_escape(std::string(tr("report.title")) + ": " + sc.title) + "</title>";
    h += "<style>" + report_css(tr) + "</style></head><body>\n";
    h += "<section class=\"summary\"><h1>" + html_escape(std::string(tr("report.title")) + ": " + sc.title) +
         "</h1>\n<p class=\"meta\">";
    h += html_escape(std::string(tr("report.trainee")) + ": " + s.trainee) + "<br>";
    h += html_escape(std::string(tr("report.scenario")) + ": " + sc.id + " " + sc.version + " (sha256 " +
                     s.scenario.sha256.substr(0, 12) + ")") +
         "<br>";
    h += html_escape(std::string(tr("report.mode")) + ": " + std::string(to_id(s.mode)) + " · " +
                     tr("report.date") + ": " + local_time_text(s.started_at)) +
         "<br>";
    h += html_escape(std::string(tr("report.rulebase")) + ": " + s.rulebase_version) + "</p>\n";

    h += "<h2>" + html_escape(tr("report.scores")) + "</h2>\n<table><tr><th></th><th>" +
         html_escape(tr("report.measured")) + "</th><th></th><th>" + html_escape(tr("report.self_rating")) +
         "</th></tr>\n";
    for (const auto& b : in.outcome->bars) {
        h += "<tr><td>" + html_escape(label_for(tr, b.key)) + "</td><td><div class=\"bar\"><span class=\"" +
             score_band_id(score_band(b.measured)) +
             "\" style=\"width:" + std::to_string(std::clamp(b.percent, 0, 100)) +
             "%\"></span></div></td><td>" + std::to_string(b.percent) + "%</td><td>" +
             (b.self_rating > 0 ? std::to_string(b.self_rating) + "/5" : std::string("–")) + "</td></tr>\n";
    }
    h += "</table>\n<p>" +
         html_escape(std::string(tr("report.violations")) + ": " +
                     std::to_string(in.outcome->score.violations) + " · " + tr("report.cautions") + ": " +
                     std::to_string(in.outcome->score.cautions)) +
         "</p></section>\n";

    // Each further section starts on a new printed page (see report_css).
    h += "<section class=\"transcript\"><h2>" + html_escape(tr("report.transcript")) + "</h2>\n" +
         html_legend(tr);
    for (const auto& e : s.transcript)
        h += html_turn(e, tr);
    h += "</section>\n<section class=\"findings\"><h2>" + html_escape(tr("report.findings")) + "</h2>\n";
    for (const auto& f : in.outcome->findings)
        h += html_finding(f, tr);
    h += "</section>\n";
    for (std::size_t i = 0; i < in.outcome->side_attempts.size() && i < s.side_attempts.size(); ++i) {
        const SideAttemptOutcome& a = in.outcome->side_attempts[i];
        h += "<section class=\"attempt\"><h2>" + html_escape(attempt_heading(a, tr)) + "</h2>\n";
        for (const auto& e : attempt_turns(s.side_attempts[i]))
            h += html_turn(*e, tr);
        for (const auto& f : a.findings)
            h += html_finding(f, tr);
        h += "</section>\n";
    }
    if (!in.outcome->missed.empty()) {
        h += "<section class=\"missed\"><h2>" + html_escape(tr("review.missed.title")) + "</h2>\n";
        for (const auto& m : in.outcome->missed) {
            h += "<div class=\"finding\"><b>" +
                 html_escape(m.turn_id + " · " + (m.prompt.empty() ? m.node_id : m.prompt)) + "</b><br>" +
                 html_escape(std::string(tr("review.missed.chosen")) + " " + m.chosen_text) + "<br>" +
                 html_escape(std::string(tr("review.missed.better")) + " " + m.better_text);
            if (!m.why.empty()) h += "<br><span class=\"meta\">" + html_escape(m.why) + "</span>";
            h += "</div>\n";
        }
        h += "</section>\n";
    }
    h += "<section class=\"reflection\"><h2>" + html_escape(tr("report.reflection")) + "</h2>\n";
    for (int i = 0; i < 4; ++i) {
        const std::string& answer = reflection_field(s.reflection, i);
        h += "<p><b>" + html_escape(tr(kReflectionKeys[i])) + "</b><br>" +
             (answer.empty() ? "–" : html_escape(answer)) + "</p>\n";
    }
    for (const auto& [turn, text] : s.reflection.alternatives) {
        if (!text.empty())
            h += "<p>" +
                 html_escape(std::string(tr("reflection.alternatives")) + " (" + turn + "): " + text) +
                 "</p>\n";
    }
    h += "</section>\n";
    if (in.review) {
        h += "<section class=\"review\"><h2>" + html_escape(tr("report.review")) + "</h2>\n";
        for (const auto& [label, text] : review_lines(*in.review, tr))
            h += "<p><b>" + html_escape(label) + "</b><br>" + html_escape(text) + "</p>\n";
        h += "</section>\n";
    }
    h += "</body></html>\n";
    return h;
}

std::optional<std::string> export_report(const std::filesystem::path& dir, const ReportInput& input,
                                         const Strings& strings,
                                         std::vector<std::filesystem::path>& written) {
    std::string error;
    if (!ensure_private_dir(dir, error)) return error;
    const std::string date =
        input.session->ended_at.empty() ? input.session->started_at : input.session->ended_at;
    const std::string stem = report_file_stem(input.session->trainee, input.scenario->id, date);
    auto md = dir / (stem + ".md");
    auto html = dir / (stem + ".html");
    if (auto err = atomic_write(md, report_markdown(input, strings), 0600)) return err;
    if (auto err = atomic_write(html, report_html(input, strings), 0600)) return err;
    written = {md, html};
    return std::nullopt;
}

} // namespace smo::core
