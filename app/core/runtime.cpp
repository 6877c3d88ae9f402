#include "core/runtime.hpp"

#include "core/key_points.hpp"
#include "core/session_scoring.hpp"
#include "core/turn_context.hpp"

#include "scoring/taxonomy.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <iterator>

namespace smo::core {
namespace {

/// A participant's line: who said it (name and role from the scenario) and what.
void said_by(TranscriptEntry& e, const Scenario& scenario, const std::string& speaker,
             const std::string& text) {
    e.speaker = speaker;
    if (const auto* p = scenario.find_participant(speaker)) {
        e.speaker_name = p->name;
        e.speaker_role = p->role;
    }
    e.text = text;
}

constexpr std::array<const char*, 11> kPhases{"question",  "line",     "choice", "compose",
                                              "free_text", "observe",  "quiz",   "feedback",
                                              "end",       "finished", "stuck"};
static_assert(std::size(kPhases) == static_cast<std::size_t>(Phase::Count));
constexpr std::array<const char*, 4> kStages{"voorbespreking", "script", "nabespreking", "done"};
static_assert(std::size(kStages) == static_cast<std::size_t>(Stage::Count));

template <typename E, std::size_t N>
std::optional<E> from_id(const std::array<const char*, N>& table, std::string_view id) {
    for (std::size_t i = 0; i < N; ++i)
        if (id == table[i]) return static_cast<E>(i);
    return std::nullopt;
}

Phase phase_for(NodeKind kind) {
    switch (kind) {
    case NodeKind::Line:
        return Phase::Line;
    case NodeKind::Choice:
        return Phase::Choice;
    case NodeKind::Compose:
        return Phase::Compose;
    case NodeKind::FreeText:
        return Phase::FreeText;
    case NodeKind::Observe:
        return Phase::Observe;
    case NodeKind::Quiz:
        return Phase::Quiz;
    case NodeKind::End:
        return Phase::End;
    case NodeKind::Count:
        break;
    }
    return Phase::Stuck;
}

std::string join_statement(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) {
        if (p.empty()) continue;
        if (!out.empty()) out += ' ';
        out += p;
    }
    return out;
}

} // namespace

const char* phase_id(Phase p) {
    return kPhases[static_cast<std::size_t>(p)];
}
std::optional<Phase> phase_from_id(std::string_view id) {
    return from_id<Phase>(kPhases, id);
}
const char* stage_id(Stage s) {
    return kStages[static_cast<std::size_t>(s)];
}
std::optional<Stage> stage_from_id(std::string_view id) {
    return from_id<Stage>(kStages, id);
}

Runtime::Runtime(std::shared_ptr<const Scenario> scenario, const scoring::StatementEvaluator& evaluator)
    : m_scenario(std::move(scenario)), m_evaluator(&evaluator) {
    assert(m_scenario);
    begin();
}

Meeting opening_meeting(const Scenario& scenario) {
    Meeting m;
    for (const auto& p : scenario.participants)
        if (p.present) m.present.push_back(p.id);
    if (scenario.cases.size() == 1) m.case_id = scenario.cases.front().id;
    return m;
}

void enter_meeting(const Scenario& scenario, const Node& node, Meeting& meeting) {
    auto& present = meeting.present;
    for (const auto& id : node.leave)
        std::erase(present, id);
    for (const auto& id : node.enter) {
        if (std::find(present.begin(), present.end(), id) != present.end()) continue;
        present.push_back(id);
    }
    // Keep scenario order so the context and the UI do not depend on who came in when.
    std::vector<std::string> ordered;
    for (const auto& p : scenario.participants)
        if (std::find(present.begin(), present.end(), p.id) != present.end()) ordered.push_back(p.id);
    present = std::move(ordered);
    if (node.clears_case)
        meeting.case_id.clear();
    else if (!node.case_id.empty())
        meeting.case_id = node.case_id;
    if (node.clears_unit)
        meeting.unit_id.clear();
    else if (!node.unit_id.empty())
        meeting.unit_id = node.unit_id;
}

void Runtime::begin() {
    m_state = RuntimeState{};
    for (const auto& v : m_scenario->variables)
        m_state.vars[v.id] = v.initial;
    Meeting meeting = opening_meeting(*m_scenario);
    m_state.present = std::move(meeting.present);
    m_state.case_id = std::move(meeting.case_id);
    if (!m_scenario->voorbespreking.empty())
        enter_questions(Stage::Voorbespreking);
    else {
        m_state.stage = Stage::Script;
        enter_node(m_scenario->start);
    }
}

std::optional<Runtime> Runtime::resume(std::shared_ptr<const Scenario> scenario,
                                       const scoring::StatementEvaluator& evaluator, RuntimeState state,
                                       std::vector<TranscriptEntry> transcript, std::string& error,
                                       int retries) {
    const Scenario& s = *scenario;
    auto fail = [&](std::string message) {
        error = std::move(message);
        return std::optional<Runtime>{};
    };
    bool in_script = state.stage == Stage::Script;
    if (in_script && s.find_node(state.node_id) == nullptr)
        return fail("de sessie staat bij knoop '" + state.node_id + "', die het scenario niet (meer) heeft");
    if (!state.pending_node.empty() && s.find_node(state.pending_node) == nullptr)
        return fail("de sessie gaat verder bij knoop '" + state.pending_node +
                    "', die het scenario niet (meer) heeft");
    if ((state.stage == Stage::Voorbespreking && state.question >= s.voorbespreking.size()) ||
        (state.stage == Stage::Nabespreking && state.question >= s.nabespreking.size()))
        return fail("de sessie staat bij een vraag die het scenario niet (meer) heeft");
    if (!state.case_id.empty() && s.find_case(state.case_id) == nullptr)
        return fail("casus '" + state.case_id + "' bestaat niet (meer) in het scenario");
    for (const auto& p : state.present)
        if (s.find_participant(p) == nullptr)
            return fail("deelnemer '" + p + "' bestaat niet (meer) in het scenario");
    for (const auto& v : s.variables)
        if (!state.vars.count(v.id)) state.vars[v.id] = v.initial; // a variable added since: its start value
    Runtime rt;
    rt.m_scenario = std::move(scenario);
    rt.m_evaluator = &evaluator;
    rt.m_state = std::move(state);
    rt.m_transcript = std::move(transcript);
    rt.m_retries = retries;
    return rt;
}

std::optional<Runtime> Runtime::start_at(std::shared_ptr<const Scenario> scenario,
                                         const scoring::StatementEvaluator& evaluator,
                                         const StartPoint& start, std::string& error) {
    assert(scenario);
    const Scenario& s = *scenario;
    auto fail = [&](std::string message) {
        error = std::move(message);
        return std::optional<Runtime>{};
    };
    if (s.find_node(start.node_id) == nullptr)
        return fail("knoop '" + start.node_id + "' bestaat niet in dit scenario");
    for (const auto& [id, value] : start.vars)
        if (s.find_variable(id) == nullptr)
            return fail("variabele '" + id + "' bestaat niet in dit scenario");
    for (const auto& p : start.meeting.present)
        if (s.find_participant(p) == nullptr)
            return fail("deelnemer '" + p + "' bestaat niet in dit scenario");
    if (!start.meeting.case_id.empty() && s.find_case(start.meeting.case_id) == nullptr)
        return fail("casus '" + start.meeting.case_id + "' bestaat niet in dit scenario");
    if (!start.meeting.unit_id.empty() && (!s.group || s.group->find_unit(start.meeting.unit_id) == nullptr))
        return fail("eenheid '" + start.meeting.unit_id + "' bestaat niet in dit scenario");
    for (const auto& id : start.prior_items) {
        if (s.find_item(id) == nullptr) return fail("dossieritem '" + id + "' bestaat niet in dit scenario");
        if (std::count(start.prior_items.begin(), start.prior_items.end(), id) > 1)
            return fail("dossieritem '" + id + "' staat twee keer bij de eerder gedeelde items");
    }

    Runtime rt;
    rt.m_scenario = std::move(scenario);
    rt.m_evaluator = &evaluator;
    RuntimeState& st = rt.m_state;
    st.stage = Stage::Script;
    for (const auto& v : s.variables) {
        auto it = start.vars.find(v.id);
        // max(min(..)) rather than std::clamp: an edited scenario may have min > max for a moment.
        st.vars[v.id] = it == start.vars.end() ? v.initial : std::max(v.min, std::min(it->second, v.max));
    }
    // Same invariant as enter_meeting: present in scenario order, each once.
    const auto& given = start.meeting.present;
    for (const auto& p : s.participants)
        if (std::find(given.begin(), given.end(), p.id) != given.end()) st.present.push_back(p.id);
    st.case_id = start.meeting.case_id;
    st.unit_id = start.meeting.unit_id;
    for (const auto& id : start.prior_items) {
        const CaseFileItem* item = s.find_item(id);
        TranscriptEntry e = rt.new_entry(EntryKind::Compose);
        e.node_id = kPriorNodeId;
        e.prior = true;
        e.by_trainee = true;
        if (const Participant* p = rt.trainee_participant()) {
            e.speaker = p->id;
            e.speaker_name = p->name;
            e.speaker_role = p->role;
        }
        e.text = item->text;
        e.items = {item->id};
        e.disclosed.push_back({item->category, item->id, item->text});
        rt.m_transcript.push_back(std::move(e));
    }
    rt.enter_node(start.node_id);
    return rt;
}

// ---------------------------------------------------------------------------------------------
// pull

const Node* Runtime::current_node() const {
    if (m_state.stage != Stage::Script) return nullptr;
    return m_scenario->find_node(m_state.node_id);
}

const std::vector<Question>& Runtime::stage_questions() const {
    return m_state.stage == Stage::Nabespreking ? m_scenario->nabespreking : m_scenario->voorbespreking;
}

const Question* Runtime::current_question() const {
    if (m_state.stage != Stage::Voorbespreking && m_state.stage != Stage::Nabespreking) return nullptr;
    const auto& qs = stage_questions();
    return m_state.question < qs.size() ? &qs[m_state.question] : nullptr;
}

std::vector<ChoiceView> Runtime::choices() const {
    std::vector<ChoiceView> out;
    switch (m_state.phase) {
    case Phase::Question:
        if (const Question* q = current_question())
            for (const auto& a : q->answers)
                out.push_back({a.id, a.text});
        break;
    case Phase::Choice:
        for (const Option* o : available_options())
            out.push_back({o->id, o->text});
        break;
    case Phase::Quiz:
        if (const Node* n = current_node())
            for (const auto& a : n->answers)
                out.push_back({a.id, a.text});
        break;
    case Phase::Observe:
        if (const Node* n = current_node()) {
            out.push_back({kJudgeAcceptable, "Acceptabel: geen regel geschonden"});
            for (const auto& r : n->candidate_rules)
                out.push_back({r, r});
        }
        break;
    default:
        break;
    }
    return out;
}

std::vector<const Option*> Runtime::available_options() const {
    std::vector<const Option*> out;
    if (m_state.phase != Phase::Choice) return out;
    if (const Node* n = current_node())
        for (const auto& o : n->options)
            if (conditions_hold(o.when)) out.push_back(&o);
    return out;
}

std::vector<const CaseFileItem*> Runtime::compose_items() const {
    std::vector<const CaseFileItem*> out;
    const Node* n = current_node();
    if (m_state.phase != Phase::Compose || n == nullptr) return out;
    if (!n->items.empty()) {
        for (const auto& id : n->items)
            if (const auto* item = m_scenario->find_item(id)) out.push_back(item);
    } else if (const Case* c = current_case()) {
        for (const auto& item : c->file)
            out.push_back(&item);
    }
    return out;
}

std::vector<const Participant*> Runtime::present_participants() const {
    std::vector<const Participant*> out;
    for (const auto& id : m_state.present)
        if (const auto* p = m_scenario->find_participant(id)) out.push_back(p);
    return out;
}

const Case* Runtime::current_case() const {
    return m_state.case_id.empty() ? nullptr : m_scenario->find_case(m_state.case_id);
}

const Participant* Runtime::trainee_participant() const {
    for (std::string_view role : {"coassistent", "bedrijfsarts", "aios"})
        for (const auto& p : m_scenario->participants)
            if (p.role == role) return &p;
    return nullptr;
}

scoring::Context Runtime::context() const {
    return context_for(*m_scenario, m_state.present, m_state.case_id, m_state.unit_id);
}

std::optional<scoring::Context> Runtime::context_at(const std::string& turn_id) const {
    return core::context_at(*m_scenario, m_transcript, turn_id);
}

// ---------------------------------------------------------------------------------------------
// internals

bool Runtime::conditions_hold(const std::vector<Condition>& conditions) const {
    return std::all_of(conditions.begin(), conditions.end(), [&](const Condition& c) {
        auto it = m_state.vars.find(c.var);
        int value = it == m_state.vars.end() ? 0 : it->second;
        return compare(value, c.op, c.value);
    });
}

std::optional<std::string> Runtime::resolve(const std::vector<Edge>& edges) const {
    for (const auto& e : edges)
        if (conditions_hold(e.when)) return e.to;
    return std::nullopt;
}

std::vector<MeterChange> Runtime::apply_effects(const std::vector<Effect>& effects) {
    std::vector<MeterChange> changes;
    for (const auto& e : effects) {
        const Variable* v = m_scenario->find_variable(e.var);
        if (v == nullptr) continue; // the validator reports it; playing goes on
        int before = m_state.vars[e.var];
        long long after = e.is_set ? e.value : static_cast<long long>(before) + e.value;
        after = std::clamp<long long>(after, v->min, v->max);
        m_state.vars[e.var] = static_cast<int>(after);
        changes.push_back({e.var, before, static_cast<int>(after)});
    }
    return changes;
}

void Runtime::stuck(std::string reason) {
    m_state.phase = Phase::Stuck;
    m_state.stuck_reason = std::move(reason);
}

TranscriptEntry Runtime::new_entry(EntryKind kind) {
    TranscriptEntry e;
    e.turn_id = "t" + std::to_string(++m_state.turn_counter);
    e.kind = kind;
    e.node_id = m_state.node_id;
    e.present = m_state.present;
    e.case_id = m_state.case_id;
    e.unit_id = m_state.unit_id;
    if (m_clock != nullptr) e.at = m_clock();
    e.meters = std::move(m_state.pending_meters);
    m_state.pending_meters.clear();
    return e;
}

void Runtime::count_available_goals(const Node& node) {
    std::vector<std::string> goals;
    auto add = [&](const std::vector<std::string>& credits) {
        for (const auto& g : credits)
            if (std::find(goals.begin(), goals.end(), g) == goals.end()) goals.push_back(g);
    };
    if (node.kind == NodeKind::Choice) {
        for (const Option* o : available_options())
            add(o->credits);
    } else {
        add(node.credits);
    }
    for (const auto& g : goals)
        ++m_state.goal_available[g];
}

void Runtime::enter_questions(Stage stage) {
    m_state.stage = stage;
    m_state.question = 0;
    m_state.phase = Phase::Question;
    for (const auto& g : current_question()->credits)
        ++m_state.goal_available[g];
}

void Runtime::enter_node(const std::string& node_id) {
    const Node* n = m_scenario->find_node(node_id);
    if (n == nullptr) {
        stuck("knoop '" + node_id + "' bestaat niet");
        return;
    }
    m_state.node_id = n->id;
    m_state.feedback.clear();
    m_state.pending_node.clear();
    Meeting meeting{std::move(m_state.present), std::move(m_state.case_id), std::move(m_state.unit_id)};
    enter_meeting(*m_scenario, *n, meeting);
    m_state.present = std::move(meeting.present);
    m_state.case_id = std::move(meeting.case_id);
    m_state.unit_id = std::move(meeting.unit_id);
    auto changes = apply_effects(n->effects);
    m_state.pending_meters.insert(m_state.pending_meters.end(), changes.begin(), changes.end());
    m_state.phase = phase_for(n->kind);

    auto speaker_line = [&](EntryKind kind) {
        TranscriptEntry e = new_entry(kind);
        said_by(e, *m_scenario, n->speaker, n->text);
        m_transcript.push_back(std::move(e));
    };
    switch (n->kind) {
    case NodeKind::Line:
        speaker_line(EntryKind::Line);
        break;
    case NodeKind::Observe:
        speaker_line(EntryKind::Line);
        break; // the scripted line the trainee will judge
    case NodeKind::End: {
        TranscriptEntry e = new_entry(EntryKind::End);
        e.text = n->text;
        m_transcript.push_back(std::move(e));
        break;
    }
    default:
        break;
    }
    if (is_decision(n->kind)) {
        if (n->kind == NodeKind::Choice && available_options().empty()) {
            stuck("knoop '" + n->id + "': geen enkele optie is nu beschikbaar");
            return;
        }
        count_available_goals(*n);
    }
}

void Runtime::finish_decision(TranscriptEntry entry, const std::vector<Edge>* next) {
    m_state.feedback = entry.feedback;
    m_transcript.push_back(std::move(entry));
    if (next != nullptr) {
        auto to = resolve(*next);
        if (!to) {
            stuck("knoop '" + m_state.node_id + "': geen vervolg waarvan de voorwaarden gelden");
            return;
        }
        m_state.pending_node = *to;
    }
    m_state.phase = Phase::Feedback;
}

void Runtime::react_as_recorded(std::vector<scoring::Verdict> verdicts) {
    m_recorded_reactions = std::move(verdicts);
    m_next_recorded_reaction = 0;
}

void Runtime::finish_statement(TranscriptEntry entry, const std::vector<Edge>& next) {
    std::optional<scoring::Verdict> verdict;
    if (entry.evaluation) verdict = entry.evaluation->verdict;
    if (m_next_recorded_reaction < m_recorded_reactions.size())
        verdict = m_recorded_reactions[m_next_recorded_reaction++];
    const Reaction* reaction = verdict ? m_scenario->reaction_to(*verdict) : nullptr;
    if (reaction == nullptr) {
        finish_decision(std::move(entry), &next);
        return;
    }
    auto changes = apply_effects(reaction->effects);
    entry.meters.insert(entry.meters.end(), changes.begin(), changes.end());
    finish_decision(std::move(entry), &next);
    const bool present =
        std::find(m_state.present.begin(), m_state.present.end(), reaction->speaker) != m_state.present.end();
    if (reaction->text.empty() || !present) return;
    TranscriptEntry line = new_entry(EntryKind::Line);
    said_by(line, *m_scenario, reaction->speaker, reaction->text);
    m_transcript.push_back(std::move(line));
}

// ---------------------------------------------------------------------------------------------
// push

scoring::Statement Runtime::option_statement(const Option& option) const {
    scoring::Statement st;
    st.text = option.text;
    for (const auto& d : option.discloses) {
        scoring::TaggedDisclosure t;
        t.item_id = d.item;
        t.category = d.category;
        if (const auto* item = m_scenario->find_item(d.item)) {
            if (t.category.empty()) t.category = item->category;
            t.text = item->text;
        }
        st.tagged.push_back(std::move(t));
    }
    // Authors tag what an option discloses; the tags are authoritative, the text is analysed too
    // so that an untagged slip in an option is still caught.
    st.analyse_text = true;
    return st;
}

scoring::Statement Runtime::compose_statement(const std::vector<std::string>& item_ids,
                                              const std::string& words) const {
    scoring::Statement st;
    std::vector<std::string> parts;
    for (const auto& id : item_ids)
        if (const auto* item = m_scenario->find_item(id)) {
            st.tagged.push_back({item->category, item->id, item->text});
            parts.push_back(item->text);
        }
    parts.push_back(words);
    st.text = join_statement(parts);
    st.analyse_text = true;
    return st;
}

scoring::Evaluation Runtime::evaluate(const scoring::Statement& statement) const {
    return m_evaluator->evaluate(statement, context());
}

ActionResult Runtime::choose(const std::string& id) {
    if (m_state.phase == Phase::Question) {
        const Question* q = current_question();
        auto it =
            std::find_if(q->answers.begin(), q->answers.end(), [&](const Answer& a) { return a.id == id; });
        if (it == q->answers.end())
            return ActionResult::fail("antwoord '" + id + "' bestaat niet bij deze vraag");
        RuntimeState before = m_state;
        TranscriptEntry e = new_entry(EntryKind::Question);
        e.node_id = std::string(stage_id(m_state.stage)) + "/" + q->id;
        e.by_trainee = true;
        e.text = it->text;
        e.option_id = it->id;
        e.correct = it->correct;
        if (it->correct) e.goals_credited = q->credits;
        e.feedback = it->explanation;
        e.before = std::move(before);
        finish_decision(std::move(e), nullptr);
        return {};
    }
    const Node* n = current_node();
    if (m_state.phase == Phase::Quiz && n != nullptr) {
        auto it =
            std::find_if(n->answers.begin(), n->answers.end(), [&](const Answer& a) { return a.id == id; });
        if (it == n->answers.end())
            return ActionResult::fail("antwoord '" + id + "' bestaat niet bij deze vraag");
        RuntimeState before = m_state;
        TranscriptEntry e = new_entry(EntryKind::Quiz);
        e.by_trainee = true;
        e.text = it->text;
        e.option_id = it->id;
        e.correct = it->correct;
        if (it->correct) e.goals_credited = n->credits;
        e.feedback = it->explanation;
        e.before = std::move(before);
        finish_decision(std::move(e), &n->next);
        return {};
    }
    if (m_state.phase != Phase::Choice || n == nullptr)
        return ActionResult::fail(std::string("kiezen kan nu niet (fase ") + phase_id(m_state.phase) + ")");
    const Option* option = nullptr;
    for (const Option* o : available_options())
        if (o->id == id) option = o;
    if (option == nullptr) return ActionResult::fail("optie '" + id + "' is hier niet beschikbaar");

    RuntimeState before = m_state;
    scoring::Statement st = option_statement(*option);
    // The context is recorded with the verdict so the turn can be re-scored later (context_at).
    scoring::Context ctx = context();
    scoring::Evaluation ev = m_evaluator->evaluate(st, ctx);
    TranscriptEntry e = new_entry(EntryKind::Choice);
    e.context = std::move(ctx);
    if (const Participant* p = trainee_participant()) {
        e.speaker = p->id;
        e.speaker_name = p->name;
        e.speaker_role = p->role;
    }
    e.by_trainee = true;
    e.text = option->text;
    e.option_id = option->id;
    e.disclosed = st.tagged;
    e.evaluation = std::move(ev);
    e.goals_credited = option->credits;
    e.flaw = option->flaw;
    e.grey_zone = option->grey_zone;
    e.feedback = option->feedback;
    auto changes = apply_effects(option->effects);
    e.meters.insert(e.meters.end(), changes.begin(), changes.end());
    e.before = std::move(before);
    finish_decision(std::move(e), &option->next);
    return {};
}

ActionResult Runtime::compose(const std::vector<std::string>& item_ids, const std::string& words) {
    const Node* n = current_node();
    if (m_state.phase != Phase::Compose || n == nullptr)
        return ActionResult::fail(std::string("samenstellen kan nu niet (fase ") + phase_id(m_state.phase) +
                                  ")");
    auto offered = compose_items();
    for (const auto& id : item_ids) {
        if (std::none_of(offered.begin(), offered.end(), [&](const CaseFileItem* i) { return i->id == id; }))
            return ActionResult::fail("dossieritem '" + id + "' wordt hier niet aangeboden");
        if (std::count(item_ids.begin(), item_ids.end(), id) > 1)
            return ActionResult::fail("dossieritem '" + id + "' is twee keer gekozen");
    }
    if (!words.empty() && !n->allow_words)
        return ActionResult::fail("bij deze stap kun je geen eigen woorden toevoegen");
    if (words.size() > kMaxStatementBytes) return ActionResult::fail("de tekst is te lang");

    RuntimeState before = m_state;
    scoring::Statement st = compose_statement(item_ids, words);
    // The context is recorded with the verdict so the turn can be re-scored later (context_at).
    scoring::Context ctx = context();
    scoring::Evaluation ev = m_evaluator->evaluate(st, ctx);
    TranscriptEntry e = new_entry(EntryKind::Compose);
    e.context = std::move(ctx);
    if (const Participant* p = trainee_participant()) {
        e.speaker = p->id;
        e.speaker_name = p->name;
        e.speaker_role = p->role;
    }
    e.by_trainee = true;
    e.text = st.text;
    e.items = item_ids;
    e.words = words;
    e.disclosed = st.tagged;
    if (ev.verdict != scoring::Verdict::Violation) e.goals_credited = n->credits;
    e.evaluation = std::move(ev);
    e.feedback = n->feedback;
    e.before = std::move(before);
    finish_statement(std::move(e), n->next);
    return {};
}

ActionResult Runtime::submit(const std::string& text) {
    const Node* n = current_node();
    if (m_state.phase != Phase::FreeText || n == nullptr)
        return ActionResult::fail(std::string("tekst insturen kan nu niet (fase ") + phase_id(m_state.phase) +
                                  ")");
    if (text.size() > kMaxStatementBytes) return ActionResult::fail("de tekst is te lang");
    RuntimeState before = m_state;
    scoring::Statement st;
    st.text = text;
    // The context is recorded with the verdict so the turn can be re-scored later (context_at).
    scoring::Context ctx = context();
    scoring::Evaluation ev = m_evaluator->evaluate(st, ctx);
    TranscriptEntry e = new_entry(EntryKind::FreeText);
    e.context = std::move(ctx);
    if (const Participant* p = trainee_participant()) {
        e.speaker = p->id;
        e.speaker_name = p->name;
        e.speaker_role = p->role;
    }
    e.by_trainee = true;
    e.text = text;
    // With key points, the credits need enough of them named; without, any lawful answer earns them.
    e.key_points = key_point_coverage(*n, text);
    if (ev.verdict != scoring::Verdict::Violation && !text.empty() && (!e.key_points || e.key_points->met()))
        e.goals_credited = n->credits;
    e.evaluation = std::move(ev);
    e.feedback = n->feedback;
    e.before = std::move(before);
    finish_statement(std::move(e), n->next);
    return {};
}

ActionResult Runtime::judge(const std::string& verdict) {
    const Node* n = current_node();
    if (m_state.phase != Phase::Observe || n == nullptr)
        return ActionResult::fail(std::string("beoordelen kan nu niet (fase ") + phase_id(m_state.phase) +
                                  ")");
    bool offered =
        verdict == kJudgeAcceptable ||
        std::find(n->candidate_rules.begin(), n->candidate_rules.end(), verdict) != n->candidate_rules.end();
    if (!offered) return ActionResult::fail("oordeel '" + verdict + "' kan hier niet gekozen worden");
    RuntimeState before = m_state;
    TranscriptEntry e = new_entry(EntryKind::Observe);
    e.by_trainee = true;
    e.judgement = verdict;
    e.text = verdict == kJudgeAcceptable ? "acceptabel" : verdict;
    scoring::ObserveJudgement j;
    j.expected_rule = n->expected == kJudgeAcceptable ? "" : n->expected;
    j.given_rule = verdict == kJudgeAcceptable ? "" : verdict;
    e.correct = j.expected_rule == j.given_rule;
    if (*e.correct) e.goals_credited = n->credits;
    e.observe = std::move(j);
    e.feedback = n->feedback;
    e.before = std::move(before);
    finish_decision(std::move(e), &n->next);
    return {};
}

ActionResult Runtime::advance() {
    switch (m_state.phase) {
    case Phase::Line: {
        const Node* n = current_node();
        auto to = resolve(n->next);
        if (!to) {
            stuck("knoop '" + n->id + "': geen vervolg waarvan de voorwaarden gelden");
            return {};
        }
        enter_node(*to);
        return {};
    }
    case Phase::Feedback:
        m_state.feedback.clear();
        if (m_state.stage == Stage::Script) {
            enter_node(m_state.pending_node);
            return {};
        }
        if (m_state.question + 1 < stage_questions().size()) {
            ++m_state.question;
            m_state.phase = Phase::Question;
            for (const auto& g : current_question()->credits)
                ++m_state.goal_available[g];
            return {};
        }
        if (m_state.stage == Stage::Voorbespreking) {
            m_state.stage = Stage::Script;
            m_state.question = 0;
            enter_node(m_scenario->start);
        } else {
            m_state.stage = Stage::Done;
            m_state.phase = Phase::Finished;
        }
        return {};
    case Phase::End:
        if (!m_scenario->nabespreking.empty()) {
            enter_questions(Stage::Nabespreking);
        } else {
            m_state.stage = Stage::Done;
            m_state.phase = Phase::Finished;
        }
        return {};
    default:
        return ActionResult::fail(std::string("verder kan nu niet (fase ") + phase_id(m_state.phase) + ")");
    }
}

std::vector<std::string> Runtime::retry_points() const {
    std::vector<std::string> out;
    for (const auto& e : m_transcript)
        if (e.before) out.push_back(e.turn_id);
    return out;
}

ActionResult Runtime::retry_from(const std::string& turn_id) {
    auto it = std::find_if(m_transcript.begin(), m_transcript.end(),
                           [&](const TranscriptEntry& e) { return e.turn_id == turn_id; });
    if (it == m_transcript.end() || !it->before)
        return ActionResult::fail("beurt '" + turn_id + "' is geen keuzemoment");
    m_state = *it->before;
    m_transcript.erase(it, m_transcript.end());
    ++m_retries;
    return {};
}

std::vector<scoring::TurnRecord> Runtime::turn_records() const {
    return core::turn_records(m_transcript);
}

} // namespace smo::core
