#include "core/option_audit.hpp"

#include "core/play_strategies.hpp"
#include "core/runtime.hpp"

#include <algorithm>
#include <array>
#include <deque>
#include <map>
#include <set>

namespace smo::core {
namespace {

/// Who sits at the table and what is discussed when a node is entered.
using Where = Meeting;

/// The runtime's own enter_meeting, except that a case id the scenario lacks (a model with errors)
/// leaves the case as it was: the audit skips unknown ids.
Where enter(const Scenario& s, Where w, const Node& n) {
    const std::string case_before = w.case_id;
    enter_meeting(s, n, w);
    if (!n.clears_case && !n.case_id.empty() && s.find_case(n.case_id) == nullptr) w.case_id = case_before;
    return w;
}

Where starting(const Scenario& s) {
    return opening_meeting(s);
}

/// The context of every node the option strategy "best" passes, played through the runtime itself
/// (conditions, effects and voorbespreking included): the path the author meant to be good.
void best_path(const std::shared_ptr<const Scenario>& s, const scoring::StatementEvaluator& evaluator,
               std::map<std::string, Where>& out) {
    Runtime rt(s, evaluator);
    Player player(Strategy{StrategyKind::Best, 0, {}});
    for (int step = 0; step < 10000; ++step) {
        if (rt.phase() == Phase::Finished || rt.phase() == Phase::Stuck) return;
        if (const Node* n = rt.current_node(); n != nullptr && !out.count(n->id))
            out.emplace(n->id, Where{rt.state().present, rt.state().case_id, rt.state().unit_id});
        std::string error;
        auto action = player.next(rt, error);
        if (!action || !apply_action(rt, *action).ok) return;
    }
}

/// Every node's context: the best path's where it passes, else the first path from a node with
/// a known context (breadth first, conditions ignored); unreachable nodes get none.
std::map<std::string, Where> contexts(const std::shared_ptr<const Scenario>& sp,
                                      const scoring::StatementEvaluator& evaluator) {
    const Scenario& s = *sp;
    std::map<std::string, Where> out;
    const Node* start = s.find_node(s.start);
    if (start == nullptr) return out;
    best_path(sp, evaluator, out);
    if (!out.count(start->id)) out.emplace(start->id, enter(s, starting(s), *start));
    std::set<std::string> seen{start->id};
    std::deque<const Node*> queue{start};
    while (!queue.empty()) {
        const Node* n = queue.front();
        queue.pop_front();
        const Where here = out.at(n->id);
        auto visit = [&](const std::vector<Edge>& edges) {
            for (const auto& e : edges) {
                const Node* to = s.find_node(e.to);
                if (to == nullptr || !seen.insert(to->id).second) continue;
                out.emplace(to->id, enter(s, here, *to)); // keeps a best-path context
                queue.push_back(to);
            }
        };
        visit(n->next);
        for (const auto& o : n->options)
            visit(o.next);
    }
    return out;
}

Phase phase_of(NodeKind k) {
    switch (k) {
    case NodeKind::Choice:
        return Phase::Choice;
    case NodeKind::Compose:
        return Phase::Compose;
    default:
        return Phase::FreeText;
    }
}

/// A runtime standing at `n` in context `w`, for the runtime's own statement building and scoring.
std::optional<Runtime> runtime_at(const std::shared_ptr<const Scenario>& s,
                                  const scoring::StatementEvaluator& evaluator, const Node& n,
                                  const Where& w) {
    RuntimeState state;
    state.stage = Stage::Script;
    state.phase = phase_of(n.kind);
    state.node_id = n.id;
    state.present = w.present;
    state.case_id = w.case_id;
    state.unit_id = w.unit_id;
    std::string error;
    return Runtime::resume(s, evaluator, std::move(state), {}, error);
}

bool lowers_something(const Option& o) {
    return std::any_of(o.effects.begin(), o.effects.end(), [](const Effect& e) {
        return (!e.is_set && e.value < 0) || (e.is_set && e.value_is_bool && e.value == 0);
    });
}

std::string join(const std::vector<std::string>& v, const char* sep) {
    std::string out;
    for (const auto& x : v)
        out += (out.empty() ? "" : sep) + x;
    return out;
}

void audit_choice(const Runtime& rt, const Node& n, OptionAudit& out) {
    std::vector<const Option*> all;
    for (const auto& o : n.options)
        all.push_back(&o);
    // Every option is judged, conditional ones too: the author wrote each to be said somewhere.
    const Option* best = pick_option(rt, all, StrategyKind::Best);
    for (const auto& o : n.options) {
        AuditedStatement row;
        row.node_id = n.id;
        row.kind = n.kind;
        row.option_id = o.id;
        row.text = o.text;
        row.pointer = o.ptr;
        if (o.flaw) {
            row.intent = Intent::OverCautious;
            const scoring::FlawKind kind = o.flaw->kind;
            row.intent_reason = std::string(kind == scoring::FlawKind::TooStrict  ? "te terughoudend"
                                            : kind == scoring::FlawKind::TooVague ? "te vaag"
                                                                                  : "plicht gemist") +
                                " (" + o.flaw->rule_id + ")";
        } else if (!o.credits.empty()) {
            row.intent = Intent::Good;
            row.intent_reason = "beloont " + join(o.credits, ", ");
        } else if (&o == best) {
            row.intent = Intent::Good;
            row.intent_reason = "de strategie 'best' kiest deze optie";
        } else if (!o.feedback.empty() || lowers_something(o)) {
            row.intent = Intent::Breach;
            row.intent_reason = o.feedback.empty() ? "geen krediet, verlaagt een meter of vlag"
                                                   : "geen krediet, wel feedback";
        } else {
            row.intent_reason = "geen krediet en geen feedback";
        }
        row.evaluation = rt.evaluate(rt.option_statement(o));
        out.rows.push_back(std::move(row));
    }
}

void audit_compose(const Runtime& rt, const Node& n, const AuditOptions& options, OptionAudit& out) {
    std::vector<std::string> offered;
    for (const auto* item : rt.compose_items())
        offered.push_back(item->id);
    if (offered.empty()) return;
    const auto best = best_compose_items(rt);
    std::vector<std::vector<std::string>> combos;
    if (offered.size() <= options.all_subsets_up_to) {
        for (std::size_t mask = 1; mask < (std::size_t{1} << offered.size()); ++mask) {
            std::vector<std::string> c;
            for (std::size_t i = 0; i < offered.size(); ++i)
                if (mask & (std::size_t{1} << i)) c.push_back(offered[i]);
            combos.push_back(std::move(c));
        }
    } else {
        for (const auto& id : offered)
            combos.push_back({id});
        if (best.size() > 1) combos.push_back(best);
        combos.push_back(offered);
    }
    for (auto& c : combos) {
        AuditedStatement row;
        row.node_id = n.id;
        row.kind = n.kind;
        row.option_id = join(c, "+");
        auto st = rt.compose_statement(c, "");
        row.text = st.text;
        row.pointer = json::pointer_append(n.ptr, n.items.empty() ? "prompt" : "items");
        if (c == best) {
            row.intent = Intent::Good;
            row.intent_reason = "de strategie 'best' noemt precies deze items";
        } else {
            row.intent_reason = "combinatie zonder bedoeling van de auteur";
        }
        row.evaluation = rt.evaluate(st);
        row.items = std::move(c);
        out.rows.push_back(std::move(row));
    }
}

void audit_free_text(const Runtime& rt, const Node& n, OptionAudit& out) {
    auto add = [&](const std::string& field, const std::string& text, Intent intent, const char* reason) {
        if (text.empty()) return;
        AuditedStatement row;
        row.node_id = n.id;
        row.kind = n.kind;
        row.option_id = field;
        row.text = text;
        row.pointer = json::pointer_append(n.ptr, field);
        row.intent = intent;
        row.intent_reason = reason;
        scoring::Statement st; // as Runtime::submit builds it: the typed text only
        st.text = text;
        row.evaluation = rt.evaluate(st);
        out.rows.push_back(std::move(row));
    };
    add("model_answer", n.model_answer, Intent::Good, "modelantwoord");
    add("poor_answer", n.poor_answer, Intent::Breach, "zwak antwoord");
}

} // namespace

const char* intent_id(Intent intent) {
    static constexpr std::array<const char*, 4> kIds{"good", "breach", "neutral", "over_cautious"};
    static_assert(kIds.size() == static_cast<std::size_t>(Intent::Count));
    return kIds[static_cast<std::size_t>(intent)];
}

bool AuditedStatement::mismatch() const {
    const bool keeps_the_secret = intent == Intent::Good || intent == Intent::OverCautious;
    return (keeps_the_secret && evaluation.verdict == scoring::Verdict::Violation) ||
           (intent == Intent::Breach && evaluation.verdict == scoring::Verdict::Allowed);
}

std::size_t OptionAudit::mismatches() const {
    return static_cast<std::size_t>(
        std::count_if(rows.begin(), rows.end(), [](const AuditedStatement& r) { return r.mismatch(); }));
}

OptionAudit audit_options(const Scenario& scenario, const scoring::StatementEvaluator& evaluator,
                          const AuditOptions& options) {
    OptionAudit out;
    // The runtime wants shared ownership; the caller owns the scenario for the whole call.
    std::shared_ptr<const Scenario> s(std::shared_ptr<const Scenario>{}, &scenario);
    auto where = contexts(s, evaluator);
    const Where start = starting(scenario);
    for (const auto& n : scenario.nodes) {
        if (n.kind != NodeKind::Choice && n.kind != NodeKind::Compose && n.kind != NodeKind::FreeText)
            continue;
        if (n.id.empty() || scenario.find_node(n.id) != &n) continue; // duplicate ids: judged once
        auto it = where.find(n.id);
        auto rt = runtime_at(s, evaluator, n, it != where.end() ? it->second : enter(scenario, start, n));
        if (!rt) continue;
        if (n.kind == NodeKind::Choice) audit_choice(*rt, n, out);
        if (n.kind == NodeKind::Compose) audit_compose(*rt, n, options, out);
        if (n.kind == NodeKind::FreeText) audit_free_text(*rt, n, out);
    }
    return out;
}

std::vector<json::Diagnostic> audit_diagnostics(const OptionAudit& audit, const json::SourceMap& map,
                                                const std::string& file) {
    std::vector<json::Diagnostic> out;
    for (const auto& row : audit.rows) {
        if (!row.mismatch()) continue;
        std::string what =
            row.kind == NodeKind::Choice ? "optie '" + row.option_id + "'"
            : row.kind == NodeKind::Compose
                ? "de combinatie " + row.option_id
                : "het " + std::string(row.option_id == "model_answer" ? "modelantwoord" : "zwakke antwoord");
        what += " van knoop '" + row.node_id + "'";
        std::string rules = row.evaluation.rule_list();
        json::Diagnostic d;
        if (row.intent == Intent::OverCautious) {
            d = json::make_diagnostic(json::DiagCode::IntendedGoodViolates, file,
                                      what + " is bedoeld als " + row.intent_reason +
                                          ", dus zonder schending, maar de scoring rekent het als schending (" +
                                          rules + "); pas de tekst aan of haal de 'flaw' weg",
                                      map.at(row.pointer), row.pointer);
        } else if (row.intent == Intent::Good) {
            d = json::make_diagnostic(json::DiagCode::IntendedGoodViolates, file,
                                      what + " is bedoeld als goed (" + row.intent_reason +
                                          ") maar de scoring rekent het als schending (" + rules +
                                          "); pas de tekst of de onthulling aan, of haal het krediet weg",
                                      map.at(row.pointer), row.pointer);
        } else {
            d = json::make_diagnostic(json::DiagCode::IntendedBreachAllowed, file,
                                      what + " is bedoeld als fout (" + row.intent_reason +
                                          ") maar de scoring vindt het toegestaan; tag wat het onthult "
                                          "('discloses') of maak de tekst duidelijker",
                                      map.at(row.pointer), row.pointer);
        }
        out.push_back(std::move(d));
    }
    return out;
}

} // namespace smo::core
