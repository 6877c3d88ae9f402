#include "core/missed_choices.hpp"

#include <algorithm>

namespace smo::core {

namespace {

bool offered(const Option& o, const TranscriptEntry& e) {
    if (!e.before) return true; // no snapshot (schema 1): every option counts as offered
    return std::all_of(o.when.begin(), o.when.end(), [&](const Condition& c) {
        auto it = e.before->vars.find(c.var);
        return compare(it == e.before->vars.end() ? 0 : it->second, c.op, c.value);
    });
}

const std::vector<Answer>* answers_for(const TranscriptEntry& e, const Scenario& s,
                                       const Question** question) {
    if (const Node* n = s.find_node(e.node_id); n != nullptr && n->kind == NodeKind::Quiz) return &n->answers;
    // Pre/post-meeting questions are recorded as "voorbespreking/<id>" or "nabespreking/<id>".
    const auto slash = e.node_id.find('/');
    if (slash == std::string::npos) return nullptr;
    const std::string stage = e.node_id.substr(0, slash), id = e.node_id.substr(slash + 1);
    const auto& list = stage == "voorbespreking" ? s.voorbespreking : s.nabespreking;
    for (const auto& q : list)
        if (q.id == id) {
            *question = &q;
            return &q.answers;
        }
    return nullptr;
}

void add_wrong_answer(const TranscriptEntry& e, const Scenario& s, std::vector<MissedChoice>& out) {
    const Question* question = nullptr;
    const std::vector<Answer>* answers = answers_for(e, s, &question);
    if (answers == nullptr) return;
    auto right = std::find_if(answers->begin(), answers->end(), [](const Answer& a) { return a.correct; });
    if (right == answers->end()) return;
    MissedChoice m{e.turn_id, e.node_id, {}, e.text, right->id, right->text, right->explanation, {}};
    if (question != nullptr) {
        m.prompt = question->text;
        m.better_credits = question->credits;
    } else if (const Node* n = s.find_node(e.node_id)) {
        m.prompt = n->prompt;
        m.better_credits = n->credits;
    }
    out.push_back(std::move(m));
}

} // namespace

std::vector<MissedChoice> missed_choices(const std::vector<TranscriptEntry>& transcript,
                                         const Scenario& scenario) {
    std::vector<MissedChoice> out;
    for (const auto& e : transcript) {
        if (!e.by_trainee) continue;
        if ((e.kind == EntryKind::Quiz || e.kind == EntryKind::Question) && e.correct == false) {
            add_wrong_answer(e, scenario, out);
            continue;
        }
        if (e.kind != EntryKind::Choice || e.option_id.empty()) continue;
        const Node* node = scenario.find_node(e.node_id);
        if (node == nullptr || node->kind != NodeKind::Choice) continue;
        auto chosen = std::find_if(node->options.begin(), node->options.end(),
                                   [&](const Option& o) { return o.id == e.option_id; });
        if (chosen == node->options.end()) continue;
        const Option* best = nullptr;
        for (const auto& o : node->options)
            if (offered(o, e) && (best == nullptr || o.credits.size() > best->credits.size())) best = &o;
        if (best == nullptr || best->id == chosen->id || best->credits.empty()) continue;
        const bool breach = e.evaluation && e.evaluation->verdict != scoring::Verdict::Allowed;
        if (best->credits.size() <= chosen->credits.size() && !breach) continue;
        out.push_back({e.turn_id, e.node_id, node->prompt, e.text, best->id, best->text, best->feedback,
                       best->credits});
    }
    return out;
}

} // namespace smo::core
