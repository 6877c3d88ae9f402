#include "ui/views.hpp"

#include "core/finding_details.hpp"
#include "core/option_order.hpp"

#include "core/session_scoring.hpp"
#include "scoring/taxonomy.hpp"

#include <algorithm>
#include <set>

namespace smo::ui {

namespace {

bool contains(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

} // namespace

LibraryView build_library_view(const std::vector<core::LibraryEntry>& library, const LibraryFilter& filter,
                               core::Language language) {
    const bool en = language == core::Language::English;
    LibraryView view;
    for (const auto& entry : library) {
        if (entry.shadowed) continue;
        const bool own = entry.origin == core::ScenarioOrigin::Own;
        if (!entry.ok()) {
            BrokenScenario broken;
            broken.file = entry.path.filename().string();
            broken.own = own;
            if (auto d = entry.first_error()) {
                broken.first_diagnostic = d->file + ":" + std::to_string(d->line) + ":" +
                                          std::to_string(d->column) + ": " + d->message + " [" +
                                          std::string(core::diag_id(d->code)) + "]";
            }
            view.broken.push_back(std::move(broken));
            continue;
        }
        ++view.total_ok;
        const core::Scenario& s = *entry.scenario;
        if (!filter.smo_type.empty() && s.smo_type != core::smo_type_from_id(filter.smo_type)) continue;
        if (!filter.assignment.empty() && s.assignment != core::assignment_from_id(filter.assignment))
            continue;
        if (!filter.goal.empty() && !contains(s.learning_goals, filter.goal)) continue;
        LibraryCard card;
        card.scenario_id = s.id;
        card.title = en && !s.title_en.empty() ? s.title_en : s.title;
        card.summary = en && !s.summary_en.empty() ? s.summary_en : s.summary;
        if (s.smo_type) card.smo_type = core::to_id(*s.smo_type);
        if (s.assignment) card.assignment = core::to_id(*s.assignment);
        card.goals = s.learning_goals;
        card.minutes = s.estimated_minutes;
        card.poortwachter_week = s.poortwachter_week.value_or(-1);
        card.decisions = static_cast<int>(s.decision_points());
        card.own = own;
        card.replaces_bundled =
            own && std::any_of(library.begin(), library.end(), [&](const core::LibraryEntry& e) {
                return e.shadowed && e.scenario && e.scenario->id == s.id;
            });
        view.cards.push_back(std::move(card));
    }
    return view;
}

Seat seat_for(const core::Participant& p, const core::Strings& strings) {
    Seat seat;
    seat.id = p.id;
    seat.initials = initials_of(p.name);
    seat.name = p.name;
    seat.role_id = p.role;
    seat.role_label = strings(("role." + p.role).c_str());
    seat.confidential = scoring::role_has_medical_confidentiality(p.role);
    seat.present = p.present;
    return seat;
}

ImU32 verdict_colour(std::optional<scoring::Verdict> verdict, float alpha) {
    auto a = static_cast<int>(alpha * 255.0f);
    if (!verdict) return IM_COL32(150, 150, 150, a);
    switch (*verdict) {
    case scoring::Verdict::Allowed:
        return IM_COL32(46, 140, 70, a);
    case scoring::Verdict::Caution:
        return IM_COL32(220, 150, 20, a);
    case scoring::Verdict::Violation:
        return IM_COL32(200, 40, 40, a);
    default:
        return IM_COL32(150, 150, 150, a);
    }
}

std::vector<TranscriptRow> build_transcript_rows(const std::vector<core::TranscriptEntry>& transcript,
                                                 const std::vector<std::string>& retry_points) {
    std::vector<TranscriptRow> rows;
    rows.reserve(transcript.size());
    for (const auto& e : transcript) {
        TranscriptRow row;
        row.turn_id = e.turn_id;
        row.speaker = e.speaker_name;
        row.role_id = e.speaker_role;
        row.text = e.text;
        row.by_trainee = e.by_trainee;
        row.retry_point = contains(retry_points, e.turn_id);
        row.answer = e.kind == core::EntryKind::Quiz || e.kind == core::EntryKind::Question;
        row.question = e.kind == core::EntryKind::Question;
        if (e.evaluation) {
            row.verdict = e.evaluation->verdict;
            row.rule_summary = e.evaluation->rule_list();
            for (const auto& span : e.evaluation->spans) {
                if (span.end <= span.start || span.end > row.text.size()) continue;
                // The same judgement per span as the report: red/amber where a rule was hit, green
                // for functional wording.
                const scoring::Verdict v = e.evaluation->span_verdict(span);
                ImU32 col = verdict_colour(v, v == scoring::Verdict::Allowed ? 0.22f : 0.30f);
                row.highlights.push_back({span.start, span.end, col});
            }
        } else if (e.observe) {
            bool right = e.correct.value_or(false);
            row.verdict = right ? scoring::Verdict::Allowed : scoring::Verdict::Violation;
            // The row's text already is the judgement; name the expected rule when it was missed.
            if (!right && e.observe->expected_rule != e.judgement)
                row.rule_summary = e.observe->expected_rule;
        } else if (e.correct) {
            row.verdict = *e.correct ? scoring::Verdict::Allowed : scoring::Verdict::Caution;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string name_with_role(const std::string& name, const std::string& role_label) {
    if (role_label.empty() || name.find("(" + role_label + ")") != std::string::npos) return name;
    return name + " (" + role_label + ")";
}

std::string join_labels(const std::vector<std::string>& labels) {
    std::string out;
    for (const auto& l : labels)
        if (!l.empty()) out += (out.empty() ? "" : ", ") + l;
    return out;
}

bool statement_is_empty(const std::vector<std::string>& items, std::string_view words) {
    return items.empty() && words.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

void hide_verdicts(std::vector<TranscriptRow>& rows) {
    for (auto& row : rows) {
        row.verdict.reset();
        row.highlights.clear();
        row.rule_summary.clear();
    }
}

std::vector<std::string> self_rating_keys(const core::Scenario& scenario) {
    std::vector<std::string> keys{"confidentiality"};
    keys.insert(keys.end(), scenario.learning_goals.begin(), scenario.learning_goals.end());
    return keys;
}

bool self_rating_complete(const core::Scenario& scenario, const std::map<std::string, int>& ratings) {
    for (const auto& key : self_rating_keys(scenario)) {
        auto it = ratings.find(key);
        if (it == ratings.end() || it->second < 1 || it->second > 5) return false;
    }
    return true;
}

namespace {

// The decision's options in the session's order. Keyed by the node (or question) id, so every
// node has its own order and a resumed session shows the same one.
std::vector<core::ChoiceView> presented_choices(const core::Runtime& runtime, std::uint32_t seed) {
    std::vector<core::ChoiceView> choices = runtime.choices();
    const core::Question* question = runtime.current_question();
    const core::Node* node = runtime.current_node();
    const std::string& key = question != nullptr ? question->id : node != nullptr ? node->id : std::string();
    // Observe: "acceptable" stays first, the rules after it are shuffled.
    const std::size_t fixed = runtime.phase() == core::Phase::Observe && !choices.empty() ? 1 : 0;
    std::vector<core::ChoiceView> rest(choices.begin() + static_cast<std::ptrdiff_t>(fixed), choices.end());
    rest = core::in_presented_order(seed, key, rest);
    std::copy(rest.begin(), rest.end(), choices.begin() + static_cast<std::ptrdiff_t>(fixed));
    return choices;
}

} // namespace

MeetingView build_meeting_view(const core::Runtime& runtime, const core::Strings& strings,
                               const scoring::Rulebase* rules, core::SessionMode mode,
                               std::uint32_t option_order_seed) {
    MeetingView v;
    const core::Scenario& scenario = runtime.scenario();
    const core::RuntimeState& st = runtime.state();
    v.phase = runtime.phase();
    v.stage = core::stage_id(st.stage);
    const core::Node* node = runtime.current_node();

    for (const auto& p : scenario.participants) {
        Seat seat = seat_for(p, strings);
        seat.present = contains(st.present, p.id);
        seat.speaking = node != nullptr && node->speaker == p.id &&
                        (v.phase == core::Phase::Line || v.phase == core::Phase::Observe);
        v.seats.push_back(std::move(seat));
    }
    for (const auto& var : scenario.variables) {
        if (var.kind != core::VariableKind::Meter) continue;
        MeterView m;
        m.id = var.id;
        m.label = var.label;
        auto it = st.vars.find(var.id);
        m.value = it != st.vars.end() ? it->second : var.initial;
        m.min = var.min;
        m.max = var.max;
        v.meters.push_back(std::move(m));
    }
    v.rows = build_transcript_rows(runtime.transcript(), runtime.retry_points());
    // The meeting shows what was said at the table; the questions before and after are not.
    v.rows.erase(
        std::remove_if(v.rows.begin(), v.rows.end(), [](const TranscriptRow& r) { return r.question; }),
        v.rows.end());

    if (const core::Question* q = runtime.current_question()) {
        v.current_text = q->text;
    } else if (node != nullptr) {
        if (const core::Participant* sp = scenario.find_participant(node->speaker))
            v.current_speaker = sp->name;
        v.current_text = node->text;
        v.prompt = node->prompt;
        v.allow_words = node->allow_words;
    }
    if (const core::Case* c = runtime.current_case()) v.case_title = c->title;
    v.choices = presented_choices(runtime, option_order_seed);
    if (v.phase == core::Phase::Observe) {
        const bool en = strings.active == core::Language::English;
        for (auto& c : v.choices) {
            if (c.id == core::kJudgeAcceptable) {
                c.text = strings("observe.acceptable");
            } else if (const scoring::Rule* rule = rules ? rules->find(c.id) : nullptr) {
                c.text = (en ? rule->title.en : rule->title.nl) + " (" + c.id + ")"; // title first
            }
        }
    }
    if (v.phase == core::Phase::Compose) {
        const core::Case* c = runtime.current_case();
        for (const core::CaseFileItem* item : runtime.compose_items()) {
            MeetingView::ComposeItem ci;
            ci.id = item->id;
            ci.text = item->text;
            ci.category = item->category;
            ci.is_protected = scoring::is_protected_category(item->category);
            ci.kept_out = c != nullptr && contains(c->kept_out, item->category);
            v.compose_items.push_back(std::move(ci));
        }
    }
    v.feedback = runtime.feedback();
    if (v.phase == core::Phase::Feedback && rules != nullptr) {
        const auto& t = runtime.transcript();
        auto last =
            std::find_if(t.rbegin(), t.rend(), [](const core::TranscriptEntry& e) { return e.by_trainee; });
        if (last != t.rend()) v.turn_findings = core::turn_findings(*last, scenario, *rules);
        // The turn's feedback already shown as a finding's explanation is not repeated below it.
        if (std::any_of(v.turn_findings.begin(), v.turn_findings.end(), [&](const scoring::Finding& f) {
                return f.explanation_nl == v.feedback || f.explanation_en == v.feedback;
            }))
            v.feedback.clear();
    }
    v.stuck_reason = runtime.stuck_reason();
    v.decisions_total = static_cast<int>(scenario.decision_points());
    v.decisions_done = core::decisions_taken(runtime.transcript());
    v.observe = core::observe_stats(runtime.transcript());
    if (mode == core::SessionMode::Toets) {
        v.verdicts_hidden = true;
        hide_verdicts(v.rows);
        v.meters.clear();
        v.feedback.clear();
        v.turn_findings.clear();
        v.observe = {};
        for (auto& item : v.compose_items)
            item.is_protected = item.kept_out = false;
    }
    return v;
}

DebriefView build_debrief_view(const core::Session& session, const core::Runtime& runtime,
                               const scoring::Rulebase& rules) {
    // The record may lag the runtime by an unsaved action: read the runtime's turns.
    core::Session synced = session;
    core::sync_session(synced, runtime, session.updated_at);
    DebriefView d;
    static_cast<core::SessionOutcome&>(d) = core::compute_outcome(synced, runtime.scenario(), rules);
    d.rows = build_transcript_rows(runtime.transcript(), runtime.retry_points());
    return d;
}

DebriefView build_attempt_debrief_view(const core::Session& session, std::size_t index,
                                       const core::Scenario& scenario, const scoring::Rulebase& rules) {
    DebriefView d;
    static_cast<core::SessionOutcome&>(d) = core::attempt_outcome(session, index, scenario, rules);
    if (index < session.side_attempts.size())
        d.rows = build_transcript_rows(session.side_attempts[index].transcript, {});
    return d;
}

std::vector<std::string> attempt_switch_labels(const core::Session& session, const core::Strings& strings) {
    std::vector<std::string> labels;
    const auto percent = [](const std::optional<scoring::SessionScore>& s) {
        return s ? " · " + std::to_string(s->confidentiality) + " %" : std::string();
    };
    labels.push_back(std::string(strings("debrief.attempt.original")) + percent(session.scores));
    for (const auto& a : session.side_attempts) {
        std::string label = std::string(strings("debrief.attempt.retry")) + " " + a.from_turn;
        label += a.finished ? percent(a.scores) : " · " + std::string(strings("debrief.attempt.unfinished"));
        labels.push_back(std::move(label));
    }
    return labels;
}

void toggle_compose_item(std::vector<std::string>& selected, const std::string& item_id, bool on) {
    auto it = std::find(selected.begin(), selected.end(), item_id);
    if (on && it == selected.end()) selected.push_back(item_id);
    if (!on && it != selected.end()) selected.erase(it);
}

} // namespace smo::ui
