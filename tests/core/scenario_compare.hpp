#pragma once
// Field-by-field comparison of two scenario models for the writer and document tests. The model
// structs have no operator== (scenario.hpp stays a plain model); this names the first field that
// differs, which makes a failing round trip readable. `ptr` fields are compared too: a round trip
// keeps every element where it was, so their JSON pointers must match as well.

#include "core/scenario.hpp"

#include <string>
#include <vector>

namespace smo::test {

class ScenarioDiffer {
  public:
    /// Empty when equal, else the path of the first difference (e.g. "nodes[3].options[1].next[0].to").
    /// `with_ptr` false: ignore the JSON pointers, for models written without their original
    /// (a `next` written as a string instead of a one-element list moves the edge's pointer).
    explicit ScenarioDiffer(bool with_ptr = true) : m_with_ptr(with_ptr) {}

    std::string operator()(const core::Scenario& a, const core::Scenario& b) {
        m_out.clear();
        scenario(a, b);
        return m_out;
    }

  private:
    void ptr_eq(const std::string& path, const std::string& a, const std::string& b) {
        if (m_with_ptr) eq(path, a, b);
    }
    template <typename T> void eq(const std::string& path, const T& a, const T& b) {
        if (m_out.empty() && !(a == b)) m_out = path;
    }
    template <typename T, typename F>
    void list(const std::string& path, const std::vector<T>& a, const std::vector<T>& b, F each) {
        if (a.size() != b.size()) {
            if (m_out.empty())
                m_out = path + " (size " + std::to_string(a.size()) + " vs " + std::to_string(b.size()) + ")";
            return;
        }
        for (std::size_t i = 0; i < a.size(); ++i)
            (this->*each)(path + "[" + std::to_string(i) + "]", a[i], b[i]);
    }

    void participant(const std::string& p, const core::Participant& a, const core::Participant& b) {
        eq(p + ".id", a.id, b.id);
        eq(p + ".name", a.name, b.name);
        eq(p + ".role", a.role, b.role);
        eq(p + ".description", a.description, b.description);
        eq(p + ".present", a.present, b.present);
        ptr_eq(p + ".ptr", a.ptr, b.ptr);
    }
    void item(const std::string& p, const core::CaseFileItem& a, const core::CaseFileItem& b) {
        eq(p + ".id", a.id, b.id);
        eq(p + ".text", a.text, b.text);
        eq(p + ".category", a.category, b.category);
        ptr_eq(p + ".ptr", a.ptr, b.ptr);
    }
    void case_(const std::string& p, const core::Case& a, const core::Case& b) {
        eq(p + ".id", a.id, b.id);
        eq(p + ".title", a.title, b.title);
        eq(p + ".worker.name", a.worker.name, b.worker.name);
        eq(p + ".worker.job", a.worker.job, b.worker.job);
        eq(p + ".worker.age", a.worker.age, b.worker.age);
        ptr_eq(p + ".worker.ptr", a.worker.ptr, b.worker.ptr);
        eq(p + ".worker_informed", a.worker_informed, b.worker_informed);
        eq(p + ".kept_out", a.kept_out, b.kept_out);
        eq(p + ".kept_out_note", a.kept_out_note, b.kept_out_note);
        eq(p + ".poortwachter_week", a.poortwachter_week, b.poortwachter_week);
        list(p + ".file", a.file, b.file, &ScenarioDiffer::item);
        ptr_eq(p + ".ptr", a.ptr, b.ptr);
    }
    void unit(const std::string& p, const core::GroupUnit& a, const core::GroupUnit& b) {
        eq(p + ".id", a.id, b.id);
        eq(p + ".name", a.name, b.name);
        eq(p + ".staff", a.staff, b.staff);
        eq(p + ".counts", a.counts, b.counts);
        ptr_eq(p + ".ptr", a.ptr, b.ptr);
    }
    void variable(const std::string& p, const core::Variable& a, const core::Variable& b) {
        eq(p + ".id", a.id, b.id);
        eq(p + ".kind", a.kind, b.kind);
        eq(p + ".label", a.label, b.label);
        eq(p + ".initial", a.initial, b.initial);
        eq(p + ".min", a.min, b.min);
        eq(p + ".max", a.max, b.max);
        ptr_eq(p + ".ptr", a.ptr, b.ptr);
    }
    void condition(const std::string& p, const core::Condition& a, const core::Condition& b) {
        eq(p + ".var", a.var, b.var);
        eq(p + ".op", a.op, b.op);
        eq(p + ".value", a.value, b.value);
        eq(p + ".value_is_bool", a.value_is_bool, b.value_is_bool);
        ptr_eq(p + ".ptr", a.ptr, b.ptr);
    }
    void effect(const std::string& p, const core::Effect& a, const core::Effect& b) {
        eq(p + ".var", a.var, b.var);
        eq(p + ".is_set", a.is_set, b.is_set);
        eq(p + ".value", a.value, b.value);
        eq(p + ".value_is_bool", a.value_is_bool, b.value_is_bool);
        ptr_eq(p + ".ptr", a.ptr, b.ptr);
    }
    void edge(const std::string& p, const core::Edge& a, const core::Edge& b) {
        eq(p + ".to", a.to, b.to);
        list(p + ".when", a.when, b.when, &ScenarioDiffer::condition);
        ptr_eq(p + ".ptr", a.ptr, b.ptr);
    }
    void disclosure(const std::string& p, const core::Disclosure& a, const core::Disclosure& b) {
        eq(p + ".item", a.item, b.item);
        eq(p + ".category", a.category, b.category);
        ptr_eq(p + ".ptr", a.ptr, b.ptr);
    }
    void option(const std::string& p, const core::Option& a, const core::Option& b) {
        eq(p + ".id", a.id, b.id);
        eq(p + ".text", a.text, b.text);
        list(p + ".discloses", a.discloses, b.discloses, &ScenarioDiffer::disclosure);
        eq(p + ".credits", a.credits, b.credits);
        eq(p + ".feedback", a.feedback, b.feedback);
        eq(p + ".flaw", a.flaw, b.flaw);
        eq(p + ".grey_zone", a.grey_zone, b.grey_zone);
        list(p + ".effects", a.effects, b.effects, &ScenarioDiffer::effect);
        list(p + ".when", a.when, b.when, &ScenarioDiffer::condition);
        list(p + ".next", a.next, b.next, &ScenarioDiffer::edge);
        ptr_eq(p + ".ptr", a.ptr, b.ptr);
    }
    void answer(const std::string& p, const core::Answer& a, const core::Answer& b) {
        eq(p + ".id", a.id, b.id);
        eq(p + ".text", a.text, b.text);
        eq(p + ".correct", a.correct, b.correct);
        eq(p + ".explanation", a.explanation, b.explanation);
        ptr_eq(p + ".ptr", a.ptr, b.ptr);
    }
    void question(const std::string& p, const core::Question& a, const core::Question& b) {
        eq(p + ".id", a.id, b.id);
        eq(p + ".text", a.text, b.text);
        list(p + ".answers", a.answers, b.answers, &ScenarioDiffer::answer);
        eq(p + ".credits", a.credits, b.credits);
        ptr_eq(p + ".ptr", a.ptr, b.ptr);
    }
    void node(const std::string& p, const core::Node& a, const core::Node& b) {
        eq(p + ".id", a.id, b.id);
        eq(p + ".kind", a.kind, b.kind);
        eq(p + ".speaker", a.speaker, b.speaker);
        eq(p + ".text", a.text, b.text);
        eq(p + ".prompt", a.prompt, b.prompt);
        eq(p + ".case_id", a.case_id, b.case_id);
        eq(p + ".clears_case", a.clears_case, b.clears_case);
        eq(p + ".unit_id", a.unit_id, b.unit_id);
        eq(p + ".clears_unit", a.clears_unit, b.clears_unit);
        eq(p + ".enter", a.enter, b.enter);
        eq(p + ".leave", a.leave, b.leave);
        list(p + ".effects", a.effects, b.effects, &ScenarioDiffer::effect);
        list(p + ".next", a.next, b.next, &ScenarioDiffer::edge);
        list(p + ".options", a.options, b.options, &ScenarioDiffer::option);
        eq(p + ".items", a.items, b.items);
        eq(p + ".allow_words", a.allow_words, b.allow_words);
        eq(p + ".credits", a.credits, b.credits);
        eq(p + ".feedback", a.feedback, b.feedback);
        eq(p + ".model_answer", a.model_answer, b.model_answer);
        eq(p + ".poor_answer", a.poor_answer, b.poor_answer);
        eq(p + ".expected", a.expected, b.expected);
        eq(p + ".candidate_rules", a.candidate_rules, b.candidate_rules);
        list(p + ".answers", a.answers, b.answers, &ScenarioDiffer::answer);
        eq(p + ".outcome", a.outcome, b.outcome);
        eq(p + ".map_position", a.map_position.has_value(), b.map_position.has_value());
        if (a.map_position && b.map_position) {
            eq(p + ".map_position.x", a.map_position->x, b.map_position->x);
            eq(p + ".map_position.y", a.map_position->y, b.map_position->y);
        }
        ptr_eq(p + ".ptr", a.ptr, b.ptr);
    }
    void scenario(const core::Scenario& a, const core::Scenario& b) {
        eq("schema_version", a.schema_version, b.schema_version);
        eq("id", a.id, b.id);
        eq("version", a.version, b.version);
        eq("language", a.language, b.language);
        eq("title", a.title, b.title);
        eq("summary", a.summary, b.summary);
        eq("title_en", a.title_en, b.title_en);
        eq("summary_en", a.summary_en, b.summary_en);
        eq("author", a.author, b.author);
        eq("estimated_minutes", a.estimated_minutes, b.estimated_minutes);
        eq("smo_type", a.smo_type, b.smo_type);
        eq("assignment", a.assignment, b.assignment);
        eq("learning_goals", a.learning_goals, b.learning_goals);
        eq("poortwachter_week", a.poortwachter_week, b.poortwachter_week);
        list("participants", a.participants, b.participants, &ScenarioDiffer::participant);
        list("cases", a.cases, b.cases, &ScenarioDiffer::case_);
        eq("group", a.group.has_value(), b.group.has_value());
        if (a.group && b.group) {
            eq("group.description", a.group->description, b.group->description);
            list("group.units", a.group->units, b.group->units, &ScenarioDiffer::unit);
            ptr_eq("group.ptr", a.group->ptr, b.group->ptr);
        }
        list("voorbespreking", a.voorbespreking, b.voorbespreking, &ScenarioDiffer::question);
        list("nabespreking", a.nabespreking, b.nabespreking, &ScenarioDiffer::question);
        list("variables", a.variables, b.variables, &ScenarioDiffer::variable);
        eq("start", a.start, b.start);
        list("nodes", a.nodes, b.nodes, &ScenarioDiffer::node);
    }

    bool m_with_ptr;
    std::string m_out;
};

inline std::string scenario_difference(const core::Scenario& a, const core::Scenario& b,
                                       bool with_ptr = true) {
    return ScenarioDiffer{with_ptr}(a, b);
}

} // namespace smo::test
