#include "core/scenario_validator.hpp"

#include "core/did_you_mean.hpp"
#include "core/key_points.hpp"
#include "core/privacy_lint.hpp"
#include "scoring/taxonomy.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <tuple>

namespace smo::core {
using json::pointer_append;
namespace {

class Validator {
  public:
    Validator(const Scenario& s, const SourceMap& map, const std::string& file,
              const ValidateOptions& options, std::span<const Diagnostic> prior)
        : s(s), m_map(map), m_file(file), m_options(options) {
        for (const auto& d : prior)
            if (d.severity == DiagSeverity::Error) m_prior_errors.push_back(d.pointer);
    }

    std::vector<Diagnostic> run() {
        check_header();
        check_participants();
        check_cases();
        check_questions(s.voorbespreking, "/voorbespreking");
        check_questions(s.nabespreking, "/nabespreking");
        for (const auto& n : s.nodes)
            check_node(n);
        check_reactions();
        check_graph();
        check_goals();
        check_type_consistency();
        check_assignment();
        check_option_lengths();
        return std::move(m_out);
    }

  private:
    // A trainee learns fast that the longest option is the right one: length must predict nothing.
    void check_option_lengths() {
        constexpr int kMinNodes = 3; // fewer choice nodes show no pattern
        int judged = 0, longest = 0;
        std::string first_ptr;
        for (const auto& n : s.nodes) {
            if (n.kind != NodeKind::Choice || n.options.size() < 2) continue;
            // The credited option: the one crediting the most goals, when there is exactly one.
            const Option* best = nullptr;
            bool tie = false;
            for (const auto& o : n.options) {
                if (o.credits.empty()) continue;
                if (best == nullptr || o.credits.size() > best->credits.size()) {
                    best = &o;
                    tie = false;
                } else if (o.credits.size() == best->credits.size()) {
                    tie = true;
                }
            }
            if (best == nullptr || tie) continue;
            ++judged;
            const bool is_longest = std::all_of(n.options.begin(), n.options.end(), [&](const Option& o) {
                return &o == best || o.text.size() < best->text.size();
            });
            if (!is_longest) continue;
            ++longest;
            if (first_ptr.empty()) first_ptr = pointer_append(best->ptr, "text");
        }
        if (judged < kMinNodes || longest * 2 <= judged) return;
        report(DiagCode::CreditedIsLongest, first_ptr,
               "de gecrediteerde optie is de langste in " + std::to_string(longest) + " van " +
                   std::to_string(judged) +
                   " keuzeknopen: de lengte verraadt het goede antwoord. Maak goede opties korter of geef "
                   "de andere opties evenveel inhoud (te streng, te vaag, subtiel verklappend)");
    }

    void check_reactions() {
        for (const auto* r : {&s.on_allowed, &s.on_caution, &s.on_violation}) {
            if (!*r) continue;
            check_effects((*r)->effects);
            if (!(*r)->speaker.empty())
                check_participant((*r)->speaker, pointer_append((*r)->ptr, "speaker"));
        }
    }

    void report(DiagCode code, const std::string& ptr, std::string message) {
        Position pos = m_map.at(ptr);
        m_out.push_back(Diagnostic{code, diag_info(code).severity, std::move(message), m_file, pos.line,
                                   pos.column, ptr});
    }

    // --- "Bedoelde je ...?" candidates, per kind of id
    template <typename T> static std::vector<std::string> ids(const std::vector<T>& v) {
        std::vector<std::string> out;
        for (const auto& x : v)
            out.push_back(x.id);
        return out;
    }
    template <typename T> static std::vector<std::string> ids_of_span(std::span<const T> v) {
        std::vector<std::string> out;
        for (const auto& x : v)
            out.emplace_back(x.id);
        return out;
    }
    std::vector<std::string> item_ids() const {
        std::vector<std::string> out;
        for (const auto& c : s.cases)
            for (const auto& item : c.file)
                out.push_back(item.id);
        return out;
    }
    static std::vector<std::string> goal_ids() {
        auto goals = scoring::learning_goals();
        return {goals.begin(), goals.end()};
    }

    // --- ids against the taxonomy
    void check_goal(const std::string& goal, const std::string& ptr) {
        if (!scoring::is_learning_goal(goal)) {
            report(DiagCode::UnknownLearningGoal, ptr,
                   "leerdoel '" + goal + "' bestaat niet (LG1..LG5)" + did_you_mean(goal, goal_ids()));
            return;
        }
        m_credited.insert(goal);
        if (std::find(s.learning_goals.begin(), s.learning_goals.end(), goal) == s.learning_goals.end())
            report(DiagCode::GoalNotDeclared, ptr,
                   "leerdoel '" + goal + "' wordt hier beloond maar staat niet in 'learning_goals'");
    }
    void check_goals(const std::vector<std::string>& goals, const std::string& ptr) {
        for (std::size_t i = 0; i < goals.size(); ++i)
            check_goal(goals[i], pointer_append(pointer_append(ptr, "credits"), i));
    }
    void check_category(const std::string& category, const std::string& ptr) {
        if (scoring::find_category(category) == nullptr)
            report(DiagCode::UnknownCategory, ptr,
                   "categorie '" + category + "' bestaat niet (zie assets/lexicon/README.md)" +
                       did_you_mean(category, ids_of_span(scoring::categories())));
    }
    void check_rule(const std::string& rule, const std::string& ptr) {
        bool known =
            m_options.known_rules ? m_options.known_rules->count(rule) > 0 : looks_like_rule_id(rule);
        if (known) return;
        std::string hint;
        if (m_options.known_rules) {
            std::vector<std::string> rules(m_options.known_rules->begin(), m_options.known_rules->end());
            hint = did_you_mean(rule, rules);
        }
        report(DiagCode::UnknownRule, ptr, "regel '" + rule + "' bestaat niet in de regelset" + hint);
    }
    void check_participant(const std::string& id, const std::string& ptr) {
        if (s.find_participant(id) == nullptr)
            report(DiagCode::UnknownParticipant, ptr,
                   "deelnemer '" + id + "' is niet gedefinieerd in 'participants'" +
                       did_you_mean(id, ids(s.participants)));
    }

    void check_header() {
        // An unknown smo_type or assignment is reported by the loader (json::Reader::enumeration).
        for (std::size_t i = 0; i < s.learning_goals.size(); ++i)
            if (!scoring::is_learning_goal(s.learning_goals[i]))
                report(DiagCode::UnknownLearningGoal, pointer_append("/learning_goals", i),
                       "leerdoel '" + s.learning_goals[i] + "' bestaat niet (LG1..LG5)." +
                           did_you_mean(s.learning_goals[i], goal_ids()));
        if (!s.start.empty() && s.find_node(s.start) == nullptr)
            report(DiagCode::UnknownNext, "/start",
                   "startknoop '" + s.start + "' bestaat niet" + did_you_mean(s.start, ids(s.nodes)));
    }

    void check_participants() {
        for (const auto& p : s.participants)
            if (!p.role.empty() && scoring::find_role(p.role) == nullptr)
                report(DiagCode::UnknownRole, pointer_append(p.ptr, "role"),
                       "rol '" + p.role + "' bestaat niet" +
                           did_you_mean(p.role, ids_of_span(scoring::roles())));
    }

    void check_cases() {
        for (const auto& c : s.cases) {
            for (std::size_t i = 0; i < c.kept_out.size(); ++i)
                check_category(c.kept_out[i], pointer_append(pointer_append(c.ptr, "kept_out"), i));
            for (const auto& item : c.file)
                if (!item.category.empty())
                    check_category(item.category, pointer_append(item.ptr, "category"));
        }
    }

    void check_answers(const std::vector<Answer>& answers, const std::string& ptr, std::string_view what) {
        if (!answers.empty() &&
            std::none_of(answers.begin(), answers.end(), [](const Answer& a) { return a.correct; }))
            report(DiagCode::NoCorrectAnswer, pointer_append(ptr, "answers"),
                   std::string(what) + " heeft geen antwoord met \"correct\": true");
    }

    void check_questions(const std::vector<Question>& questions, const std::string&) {
        for (const auto& q : questions) {
            check_answers(q.answers, q.ptr, "vraag '" + q.id + "'");
            if (q.answers.empty())
                report(DiagCode::DeadEnd, pointer_append(q.ptr, "answers"), "vraag zonder antwoorden");
            check_goals(q.credits, q.ptr);
        }
    }

    void check_var(const std::string& var, bool value_is_bool, bool is_add, int value,
                   const std::string& ptr) {
        const Variable* v = s.find_variable(var);
        if (v == nullptr) {
            report(DiagCode::UnknownVariable, pointer_append(ptr, "var"),
                   "variabele '" + var + "' is niet gedefinieerd" + did_you_mean(var, ids(s.variables)));
            return;
        }
        if (v->kind == VariableKind::Flag && (is_add || !value_is_bool))
            report(DiagCode::UnknownVariable, ptr,
                   "'" + var + "' is een vlag: gebruik true/false" +
                       std::string(is_add ? " met 'set', niet 'add'" : ""));
        else if (v->kind == VariableKind::Meter && value_is_bool)
            report(DiagCode::UnknownVariable, ptr,
                   "'" + var + "' is een meter: gebruik een getal, geen true/false");
        (void)value;
    }
    void check_conditions(const std::vector<Condition>& conds) {
        for (const auto& c : conds)
            check_var(c.var, c.value_is_bool, false, c.value, c.ptr);
    }
    void check_effects(const std::vector<Effect>& effects) {
        for (const auto& e : effects)
            check_var(e.var, e.value_is_bool, !e.is_set, e.value, e.ptr);
    }

    /// True when an error was already reported at `ptr` or inside it.
    bool error_within(const std::string& ptr) const {
        return std::any_of(m_prior_errors.begin(), m_prior_errors.end(), [&](const std::string& p) {
            return p == ptr ||
                   (p.size() > ptr.size() && p.compare(0, ptr.size(), ptr) == 0 && p[ptr.size()] == '/');
        });
    }

    void check_edges(const std::vector<Edge>& edges, const std::string& owner_ptr, const std::string& what) {
        // A missing or mistyped 'next' was reported by the loader; "dead end" would say it twice.
        if (edges.empty() && error_within(owner_ptr)) return;
        if (edges.empty()) {
            report(DiagCode::DeadEnd, pointer_append(owner_ptr, "next"),
                   what + " heeft geen vervolg ('next' is leeg)");
            return;
        }
        for (const auto& e : edges) {
            if (s.find_node(e.to) == nullptr) {
                report(DiagCode::UnknownNext, e.ptr,
                       "vervolgknoop '" + e.to + "' bestaat niet" + did_you_mean(e.to, ids(s.nodes)));
                // Without a likely target the graph check treats its node as broken.
                if (!nearest(e.to, node_ids())) m_prior_errors.push_back(e.ptr);
            }
            check_conditions(e.when);
        }
        if (std::all_of(edges.begin(), edges.end(), [](const Edge& e) { return !e.when.empty(); }))
            report(DiagCode::NoFallbackEdge, pointer_append(owner_ptr, "next"),
                   what + ": elk vervolg heeft een voorwaarde; voeg een vervolg zonder 'when' toe zodat de "
                          "speler niet vastloopt");
    }

    void check_item(const std::string& item, const std::string& ptr) {
        if (s.find_item(item) == nullptr)
            report(DiagCode::UndefinedItem, ptr,
                   "dossieritem '" + item + "' staat in geen enkel casusdossier" +
                       did_you_mean(item, item_ids()));
    }

    /// Categories an option discloses (tagged category, else the item's own category).
    std::vector<std::string> disclosed_categories(const Option& o) const {
        std::vector<std::string> out;
        for (const auto& d : o.discloses) {
            if (!d.category.empty())
                out.push_back(d.category);
            else if (const auto* item = s.find_item(d.item))
                out.push_back(item->category);
        }
        return out;
    }

    // An over-cautious option names the duty it fails, keeps the secret and earns nothing.
    void check_flaw(const Option& o) {
        const std::string flaw_ptr = pointer_append(o.ptr, "flaw");
        const std::string rule_ptr = pointer_append(flaw_ptr, "rule");
        const std::string& rule = o.flaw->rule_id;
        if (rule.rfind("DUTY-", 0) != 0)
            report(DiagCode::InvalidValue, rule_ptr,
                   "'flaw' noemt de plicht die de optie verzaakt (DUTY-INFORM, DUTY-PREVENT, DUTY-NCVB, "
                   "DUTY-SECOND), niet '" + rule + "'; een schending van het beroepsgeheim meld je met 'discloses'");
        else
            check_rule(rule, rule_ptr);
        if (!o.credits.empty())
            report(DiagCode::InvalidValue, flaw_ptr,
                   "optie '" + o.id + "' heeft een 'flaw' en beloont toch leerdoelen; haal 'credits' weg of de 'flaw'");
        if (!o.discloses.empty())
            report(DiagCode::InvalidValue, flaw_ptr,
                   "optie '" + o.id + "' heeft een 'flaw' (te terughoudend of te vaag) maar onthult iets; "
                   "een optie met een 'flaw' houdt het geheim");
    }

    // A grey zone halves real credits and argues both sides; it is not also a flaw.
    void check_grey_zone(const Option& o) {
        const std::string ptr = pointer_append(o.ptr, "grey_zone");
        if (o.grey_zone->for_text.empty() || o.grey_zone->against_text.empty())
            report(DiagCode::InvalidValue, ptr,
                   "optie '" + o.id + "' is een grijs gebied: schrijf in 'for' waarom het te verdedigen is en in "
                   "'against' wat het mist");
        if (o.credits.empty())
            report(DiagCode::InvalidValue, ptr,
                   "optie '" + o.id + "' is een grijs gebied (half punt) maar beloont geen leerdoel; voeg "
                   "'credits' toe of haal 'grey_zone' weg");
        if (o.flaw)
            report(DiagCode::InvalidValue, ptr,
                   "optie '" + o.id + "' heeft zowel 'flaw' als 'grey_zone'; kies er één");
    }

    // Key points: each can be found, there are enough to need, and the model answer meets them (so
    // a trainee writing what the author wrote earns the credits).
    void check_key_points(const Node& n) {
        if (n.key_points.empty()) {
            if (n.key_points_needed > 0)
                report(DiagCode::InvalidValue, pointer_append(n.ptr, "key_points_needed"),
                       "knoop '" + n.id + "' vraagt kernpunten maar heeft geen 'key_points'");
            return;
        }
        for (const auto& k : n.key_points)
            for (std::size_t i = 0; i < k.match.size(); ++i)
                if (k.match[i].empty() || k.match[i] == "*")
                    report(DiagCode::InvalidValue, pointer_append(pointer_append(k.ptr, "match"), i),
                           "kernpunt '" + k.id + "' heeft een lege zoekterm");
        if (n.key_points_needed > static_cast<int>(n.key_points.size()))
            report(DiagCode::InvalidValue, pointer_append(n.ptr, "key_points_needed"),
                   "knoop '" + n.id + "' vraagt " + std::to_string(n.key_points_needed) + " kernpunten maar heeft er " +
                       std::to_string(n.key_points.size()));
        if (n.credits.empty())
            report(DiagCode::InvalidValue, pointer_append(n.ptr, "key_points"),
                   "knoop '" + n.id + "' heeft kernpunten maar beloont geen leerdoel; voeg 'credits' toe");
        auto coverage = key_point_coverage(n, n.model_answer);
        if (coverage && !coverage->met()) {
            std::string missed;
            for (const auto& m : coverage->missed)
                missed += (missed.empty() ? "'" : ", '") + m + "'";
            report(DiagCode::KeyPointsUnmet, pointer_append(n.ptr, "model_answer"),
                   "het modelantwoord van knoop '" + n.id + "' noemt " + std::to_string(coverage->covered.size()) +
                       " van de " + std::to_string(coverage->needed) + " nodige kernpunten; het mist " + missed +
                       ". Vul het modelantwoord aan of voeg zoektermen toe");
        }
    }

    void check_option(const Node& n, const Option& o) {
        for (const auto& d : o.discloses) {
            if (!d.item.empty()) {
                std::string item_ptr = pointer_append(d.ptr, "item");
                check_item(d.item, m_map.contains(item_ptr) ? item_ptr : d.ptr);
            }
            if (!d.category.empty()) check_category(d.category, pointer_append(d.ptr, "category"));
        }
        check_goals(o.credits, o.ptr);
        if (o.flaw) check_flaw(o);
        if (o.grey_zone) check_grey_zone(o);
        check_effects(o.effects);
        check_conditions(o.when);
        check_edges(o.next, o.ptr, "optie '" + o.id + "' van knoop '" + n.id + "'");
        auto cats = disclosed_categories(o);
        bool is_protected = std::any_of(
            cats.begin(), cats.end(), [](const std::string& c) { return scoring::is_protected_category(c); });
        if (is_protected && o.feedback.empty())
            report(DiagCode::ProtectedNoFeedback, o.ptr,
                   "optie '" + o.id +
                       "' onthult beschermde informatie maar heeft geen 'feedback' die uitlegt waarom dat "
                       "niet mag");
    }

    static std::string outcome_key(const Option& o) {
        std::string key;
        for (const auto& e : o.next) {
            key += e.to + "?";
            for (const auto& c : e.when)
                key += c.var + compare_op_id(c.op) + std::to_string(c.value) + ",";
            key += ";";
        }
        key += "|";
        std::vector<std::string> disc;
        for (const auto& d : o.discloses)
            disc.push_back(d.item + "#" + d.category);
        std::sort(disc.begin(), disc.end());
        for (const auto& d : disc)
            key += d + ",";
        key += "|";
        auto credits = o.credits;
        std::sort(credits.begin(), credits.end());
        for (const auto& c : credits)
            key += c + ",";
        key += "|";
        for (const auto& e : o.effects)
            key += e.var + (e.is_set ? "=" : "+") + std::to_string(e.value) + ",";
        return key;
    }

    void check_node(const Node& n) {
        if (!n.case_id.empty() && s.find_case(n.case_id) == nullptr)
            report(DiagCode::UnknownCase, pointer_append(n.ptr, "case"),
                   "casus '" + n.case_id + "' bestaat niet" + did_you_mean(n.case_id, ids(s.cases)));
        if (!n.unit_id.empty() && (!s.group || s.group->find_unit(n.unit_id) == nullptr))
            report(DiagCode::UnknownCase, pointer_append(n.ptr, "unit"),
                   "groepseenheid '" + n.unit_id + "' bestaat niet in 'group.units'");
        for (std::size_t i = 0; i < n.enter.size(); ++i)
            check_participant(n.enter[i], pointer_append(pointer_append(n.ptr, "enter"), i));
        for (std::size_t i = 0; i < n.leave.size(); ++i)
            check_participant(n.leave[i], pointer_append(pointer_append(n.ptr, "leave"), i));
        if (!n.speaker.empty()) check_participant(n.speaker, pointer_append(n.ptr, "speaker"));
        check_effects(n.effects);
        check_goals(n.credits, n.ptr);
        std::string what = "knoop '" + n.id + "'";
        switch (n.kind) {
        case NodeKind::Line:
        case NodeKind::Compose:
        case NodeKind::FreeText:
        case NodeKind::Observe:
        case NodeKind::Quiz:
            check_edges(n.next, n.ptr, what);
            break;
        case NodeKind::Choice:
        case NodeKind::End:
        case NodeKind::Count:
            break;
        }
        if (n.kind == NodeKind::FreeText) check_key_points(n);
        if (n.kind == NodeKind::Choice) {
            if (n.options.empty())
                report(DiagCode::DeadEnd, pointer_append(n.ptr, "options"), what + " heeft geen opties");
            for (const auto& o : n.options)
                check_option(n, o);
            if (!n.options.empty() && std::all_of(n.options.begin(), n.options.end(),
                                                  [](const Option& o) { return !o.when.empty(); }))
                report(DiagCode::NoFallbackEdge, pointer_append(n.ptr, "options"),
                       what +
                           ": elke optie heeft een voorwaarde; zorg voor minstens een optie zonder 'when'");
            if (n.options.size() >= 2) {
                std::string first = outcome_key(n.options.front());
                if (std::all_of(n.options.begin(), n.options.end(),
                                [&](const Option& o) { return outcome_key(o) == first; }))
                    report(DiagCode::SameOutcome, pointer_append(n.ptr, "options"),
                           what + ": alle opties hebben dezelfde uitkomst (vervolg, onthulling, leerdoelen, "
                                  "effecten); de keuze doet er niet toe");
            }
        }
        if (n.kind == NodeKind::Compose)
            for (std::size_t i = 0; i < n.items.size(); ++i)
                check_item(n.items[i], pointer_append(pointer_append(n.ptr, "items"), i));
        if (n.kind == NodeKind::Observe) {
            for (std::size_t i = 0; i < n.candidate_rules.size(); ++i)
                check_rule(n.candidate_rules[i], pointer_append(pointer_append(n.ptr, "candidate_rules"), i));
            if (n.expected != kJudgeAcceptable && !n.expected.empty()) {
                check_rule(n.expected, pointer_append(n.ptr, "expected"));
                if (std::find(n.candidate_rules.begin(), n.candidate_rules.end(), n.expected) ==
                    n.candidate_rules.end())
                    report(DiagCode::ObserveAnswerMissing, pointer_append(n.ptr, "expected"),
                           "de verwachte regel '" + n.expected +
                               "' staat niet in 'candidate_rules'; de cursist kan hem niet kiezen");
            }
            if (n.candidate_rules.empty())
                report(DiagCode::ObserveAnswerMissing, pointer_append(n.ptr, "candidate_rules"),
                       "geen regels om uit te kiezen; de cursist kan alleen 'acceptabel' antwoorden");
        }
        if (n.kind == NodeKind::Quiz) {
            if (n.answers.empty())
                report(DiagCode::DeadEnd, pointer_append(n.ptr, "answers"), what + " heeft geen antwoorden");
            check_answers(n.answers, n.ptr, what);
        }
    }

    /// Successors; a mistyped target counts as the node it was most likely meant to be.
    std::vector<std::string> successors(const Node& n) const {
        std::vector<std::string> out;
        auto add = [&](const std::vector<Edge>& edges) {
            for (const auto& e : edges)
                if (s.find_node(e.to) != nullptr)
                    out.push_back(e.to);
                else if (auto guess = nearest(e.to, node_ids()))
                    out.push_back(*guess);
        };
        add(n.next);
        for (const auto& o : n.options)
            add(o.next);
        return out;
    }

    const std::vector<std::string>& node_ids() const {
        if (m_node_ids.empty()) m_node_ids = ids(s.nodes);
        return m_node_ids;
    }

    void check_graph() {
        if (s.nodes.empty()) return;
        std::map<std::string, std::size_t> index;
        for (std::size_t i = 0; i < s.nodes.size(); ++i)
            index.emplace(s.nodes[i].id, i);
        std::vector<std::vector<std::size_t>> succ(s.nodes.size()), pred(s.nodes.size());
        for (std::size_t i = 0; i < s.nodes.size(); ++i)
            for (const auto& to : successors(s.nodes[i])) {
                std::size_t j = index.at(to);
                succ[i].push_back(j);
                pred[j].push_back(i);
            }
        // A node with an error may have lost its way on: assume it leads to every node that nothing
        // else leads to and that it may finish, so the nodes it cut off are not reported again.
        std::vector<bool> broken(s.nodes.size(), false);
        std::vector<std::size_t> orphans;
        for (std::size_t i = 0; i < s.nodes.size(); ++i) {
            broken[i] = error_within(s.nodes[i].ptr);
            if (pred[i].empty() && s.nodes[i].id != s.start) orphans.push_back(i);
        }
        auto reach_succ = succ;
        for (std::size_t i = 0; i < s.nodes.size(); ++i)
            if (broken[i]) reach_succ[i].insert(reach_succ[i].end(), orphans.begin(), orphans.end());
        // Reachable from start.
        std::vector<bool> reachable(s.nodes.size(), false);
        if (auto it = index.find(s.start); it != index.end()) {
            std::vector<std::size_t> stack{it->second};
            reachable[it->second] = true;
            while (!stack.empty()) {
                std::size_t i = stack.back();
                stack.pop_back();
                for (std::size_t j : reach_succ[i])
                    if (!reachable[j]) {
                        reachable[j] = true;
                        stack.push_back(j);
                    }
            }
            for (std::size_t i = 0; i < s.nodes.size(); ++i)
                if (!reachable[i] && !s.nodes[i].id.empty())
                    report(DiagCode::Unreachable, pointer_append(s.nodes[i].ptr, "id"),
                           "knoop '" + s.nodes[i].id + "' is vanaf de start niet bereikbaar");
        }
        // Can reach an end node (backwards from the ends).
        std::vector<bool> finishes(s.nodes.size(), false);
        std::vector<std::size_t> stack;
        for (std::size_t i = 0; i < s.nodes.size(); ++i)
            if (s.nodes[i].kind == NodeKind::End || broken[i]) {
                finishes[i] = true;
                stack.push_back(i);
            }
        while (!stack.empty()) {
            std::size_t i = stack.back();
            stack.pop_back();
            for (std::size_t j : pred[i])
                if (!finishes[j]) {
                    finishes[j] = true;
                    stack.push_back(j);
                }
        }
        // Nodes that cannot finish: report each trapping cycle once (its first node in the file).
        std::vector<int> component(s.nodes.size(), -1);
        int next_component = 0;
        for (std::size_t i = 0; i < s.nodes.size(); ++i) {
            if (finishes[i] || component[i] >= 0 || succ[i].empty()) continue;
            // Nodes that i reaches and that reach i form its cycle.
            auto reach = [&](std::size_t from, const std::vector<std::vector<std::size_t>>& g) {
                std::vector<bool> seen(s.nodes.size(), false);
                std::vector<std::size_t> st{from};
                while (!st.empty()) {
                    std::size_t k = st.back();
                    st.pop_back();
                    for (std::size_t j : g[k])
                        if (!seen[j]) {
                            seen[j] = true;
                            st.push_back(j);
                        }
                }
                return seen;
            };
            auto fwd = reach(i, succ);
            if (!fwd[i]) continue; // not on a cycle: it leads into a trap reported elsewhere
            auto back = reach(i, pred);
            std::string members;
            int count = 0;
            for (std::size_t k = 0; k < s.nodes.size(); ++k)
                if (fwd[k] && back[k]) {
                    component[k] = next_component;
                    if (count < 5) members += (count ? ", " : "") + s.nodes[k].id;
                    ++count;
                }
            if (count > 5) members += ", ...";
            ++next_component;
            report(DiagCode::LoopNoExit, pointer_append(s.nodes[i].ptr, "id"),
                   "lus zonder uitweg naar een eindknoop: " + members);
        }
    }

    void check_goals() {
        for (std::size_t i = 0; i < s.learning_goals.size(); ++i) {
            const auto& goal = s.learning_goals[i];
            if (scoring::is_learning_goal(goal) && m_credited.count(goal) == 0)
                report(DiagCode::GoalNeverCredited, pointer_append("/learning_goals", i),
                       "leerdoel '" + goal + "' wordt genoemd maar nergens beloond (geen 'credits')");
        }
    }

    void check_type_consistency() {
        auto has_role = [&](std::string_view role, bool at_start_only) {
            return std::any_of(s.participants.begin(), s.participants.end(), [&](const Participant& p) {
                return p.role == role && (!at_start_only || p.present);
            });
        };
        if (s.smo_type == SmoType::MetWerknemer) {
            if (s.cases.size() != 1)
                report(DiagCode::SmoTypeMismatch, "/cases",
                       "een SMO met werknemer gaat over precies een casus (nu " +
                           std::to_string(s.cases.size()) + ")");
            if (!has_role("werknemer", false))
                report(DiagCode::SmoTypeMismatch, "/participants",
                       "een SMO met werknemer heeft een deelnemer met rol 'werknemer'");
        } else if (s.smo_type == SmoType::IndividueelOpeenvolgend) {
            if (s.cases.empty())
                report(DiagCode::SmoTypeMismatch, "/smo_type",
                       "een individueel SMO heeft minstens een casus in 'cases'");
            if (has_role("werknemer", true))
                report(DiagCode::SmoTypeMismatch, "/participants",
                       "bij een individueel (opeenvolgend) SMO is de werknemer niet aanwezig; zet 'present' "
                       "op false of kies smo_type met_werknemer");
        } else if (s.smo_type == SmoType::ThemaBeleid) {
            if (!s.group || s.group->units.empty())
                report(DiagCode::SmoTypeMismatch, "/smo_type",
                       "een thema-/beleidsoverleg heeft groepsgegevens nodig in 'group.units'");
            if (has_role("werknemer", true))
                report(DiagCode::SmoTypeMismatch, "/participants",
                       "in een thema-/beleidsoverleg zit geen individuele werknemer van wie de casus "
                       "besproken wordt");
        }
    }

    void check_assignment() {
        auto count = [&](std::initializer_list<NodeKind> kinds) {
            return std::count_if(s.nodes.begin(), s.nodes.end(), [&](const Node& n) {
                return std::find(kinds.begin(), kinds.end(), n.kind) != kinds.end();
            });
        };
        if (s.assignment == Assignment::Observeren && count({NodeKind::Observe}) == 0)
            report(DiagCode::AssignmentMismatch, "/assignment",
                   "opdracht 'observeren' zonder observe-knopen");
        if ((s.assignment == Assignment::Deelnemen || s.assignment == Assignment::ThemaPresentatie) &&
            count({NodeKind::Choice, NodeKind::Compose, NodeKind::FreeText}) == 0)
            report(DiagCode::AssignmentMismatch, "/assignment",
                   "opdracht '" + std::string(to_id(*s.assignment)) +
                       "' zonder knopen waarin de cursist spreekt (choice, compose, free_text)");
        if (s.assignment == Assignment::ThemaPresentatie && s.smo_type && s.smo_type != SmoType::ThemaBeleid)
            report(DiagCode::AssignmentMismatch, "/assignment",
                   "een themapresentatie hoort bij smo_type thema_beleid");
    }

    const Scenario& s;
    const SourceMap& m_map;
    const std::string& m_file;
    const ValidateOptions& m_options;
    std::vector<Diagnostic> m_out;
    std::set<std::string> m_credited;
    std::vector<std::string> m_prior_errors; ///< pointers of errors already reported
    mutable std::vector<std::string> m_node_ids;
};

} // namespace

bool looks_like_rule_id(std::string_view id) {
    for (std::string_view prefix : {"ALLOW-", "CONF-", "CONS-", "PROC-", "GROUP-", "DUTY-"}) {
        if (id.substr(0, prefix.size()) != prefix) continue;
        auto rest = id.substr(prefix.size());
        return !rest.empty() &&
               std::all_of(rest.begin(), rest.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    }
    return false;
}

namespace {

/// The validator, then the option audit when there is an evaluator (kept in `audit` if given).
std::vector<Diagnostic> validate_with(const Scenario& scenario, const SourceMap& map, const std::string& file,
                                      const ValidateOptions& options, std::span<const Diagnostic> prior,
                                      std::optional<OptionAudit>* audit) {
    auto out = Validator(scenario, map, file, options, prior).run();
    if (options.evaluator != nullptr) {
        auto result = audit_options(scenario, *options.evaluator, options.audit);
        auto more = audit_diagnostics(result, map, file);
        out.insert(out.end(), more.begin(), more.end());
        if (audit != nullptr) *audit = std::move(result);
    }
    return out;
}

} // namespace

std::vector<Diagnostic> validate_scenario(const Scenario& scenario, const SourceMap& map,
                                          const std::string& file, const ValidateOptions& options,
                                          std::span<const Diagnostic> prior) {
    return validate_with(scenario, map, file, options, prior, nullptr);
}

CheckedScenario check_scenario_text(std::string_view text, const std::string& file,
                                    const ValidateOptions& options, const LoadOptions& load_options) {
    CheckedScenario out;
    out.loaded = load_scenario_text(text, file, load_options);
    out.diagnostics = out.loaded.diagnostics;
    if (out.loaded.scenario) {
        auto more = validate_with(*out.loaded.scenario, out.loaded.map, file, options, out.loaded.diagnostics,
                                  &out.audit);
        out.diagnostics.insert(out.diagnostics.end(), more.begin(), more.end());
    }
    auto lint = privacy_lint(out.loaded.map, file);
    out.diagnostics.insert(out.diagnostics.end(), lint.begin(), lint.end());
    sort_diagnostics(out.diagnostics);
    return out;
}

namespace {

std::string ascii_lower(std::string v) {
    for (char& c : v)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return v;
}

/// The library and `--scenario ID` find a scenario by its id; a file named otherwise is hard to
/// find again. Case is ignored so SC0nn_*.json fixtures may carry lower-case ids.
void check_file_name_of(const std::filesystem::path& path, const Scenario& s, CheckedScenario& out) {
    std::string stem = path.stem().string();
    if (s.id.empty() || ascii_lower(stem) == ascii_lower(s.id)) return;
    Position pos = out.loaded.map.at("/id");
    out.diagnostics.push_back(
        Diagnostic{DiagCode::FileNameMismatch, diag_info(DiagCode::FileNameMismatch).severity,
                   "het bestand heet '" + path.filename().string() + "' maar de id is '" + s.id +
                       "'; noem het bestand '" + s.id + ".json' of pas de id aan",
                   out.loaded.file, pos.line, pos.column, "/id"});
}

} // namespace

CheckedScenario check_scenario_file(const std::filesystem::path& path, const ValidateOptions& options,
                                    const LoadOptions& load_options) {
    CheckedScenario out;
    out.loaded = load_scenario_file(path, load_options);
    out.diagnostics = out.loaded.diagnostics;
    if (out.loaded.scenario) {
        auto more = validate_with(*out.loaded.scenario, out.loaded.map, out.loaded.file, options,
                                  out.loaded.diagnostics, &out.audit);
        out.diagnostics.insert(out.diagnostics.end(), more.begin(), more.end());
        if (options.check_file_name) check_file_name_of(path, *out.loaded.scenario, out);
    }
    auto lint = privacy_lint(out.loaded.map, out.loaded.file);
    out.diagnostics.insert(out.diagnostics.end(), lint.begin(), lint.end());
    sort_diagnostics(out.diagnostics);
    return out;
}

void check_file_name(const std::filesystem::path& path, CheckedScenario& checked) {
    if (!checked.loaded.scenario) return;
    check_file_name_of(path, *checked.loaded.scenario, checked);
    sort_diagnostics(checked.diagnostics);
}

} // namespace smo::core
