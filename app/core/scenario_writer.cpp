#include "core/scenario_writer.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <optional>
#include <utility>
#include <vector>

namespace smo::core {

namespace {

using Keys = std::span<const std::string_view>;

// Canonical orders follow what the bundled scenarios mostly use.
constexpr std::array<std::string_view, 23> kScenarioKeys{"schema_version", "id",
                                                         "version",        "language",
                                                         "title",          "summary",
                                                         "title_en",       "summary_en",
                                                         "author",         "estimated_minutes",
                                                         "smo_type",       "assignment",
                                                         "learning_goals", "poortwachter_week",
                                                         "participants",   "cases",
                                                         "group",          "voorbespreking",
                                                         "nabespreking",   "variables",
                                                         "reactions",      "start",
                                                         "nodes"};
constexpr std::array<std::string_view, 5> kParticipantKeys{"id", "name", "role", "description", "present"};
constexpr std::array<std::string_view, 8> kCaseKeys{
    "id", "title", "worker", "worker_informed", "kept_out", "kept_out_note", "poortwachter_week", "file"};
constexpr std::array<std::string_view, 3> kWorkerKeys{"name", "job", "age"};
constexpr std::array<std::string_view, 3> kItemKeys{"id", "text", "category"};
constexpr std::array<std::string_view, 2> kGroupKeys{"description", "units"};
constexpr std::array<std::string_view, 4> kUnitKeys{"id", "name", "staff", "counts"};
constexpr std::array<std::string_view, 4> kQuestionKeys{"id", "text", "answers", "credits"};
constexpr std::array<std::string_view, 4> kAnswerKeys{"id", "text", "correct", "explanation"};
constexpr std::array<std::string_view, 6> kVariableKeys{"id", "kind", "label", "initial", "min", "max"};
constexpr std::array<std::string_view, 4> kFlagKeys{"id", "kind", "label", "initial"};
constexpr std::array<std::string_view, 3> kConditionKeys{"var", "op", "value"};
constexpr std::array<std::string_view, 3> kEffectKeys{"var", "set", "add"};
constexpr std::array<std::string_view, 2> kEdgeKeys{"to", "when"};
constexpr std::array<std::string_view, 3> kReactionsKeys{"allowed", "caution", "violation"};
constexpr std::array<std::string_view, 3> kReactionKeys{"effects", "speaker", "text"};
constexpr std::array<std::string_view, 2> kDisclosureKeys{"item", "category"};
constexpr std::array<std::string_view, 10> kOptionKeys{"id",       "text", "when",      "discloses", "credits",
                                                       "feedback", "flaw", "grey_zone", "effects",   "next"};
constexpr std::array<std::string_view, 25> kNodeKeys{
    "id",       "kind",    "outcome",  "case",       "unit",         "speaker",     "text",
    "prompt",   "model_answer",        "poor_answer", "key_points",  "key_points_needed",
    "items",    "allow_words",         "expected",   "candidate_rules", "options",  "credits",
    "answers",  "feedback", "leave",   "enter",      "effects",      "next",        "map"};
constexpr std::array<std::string_view, 2> kMapKeys{"x", "y"};

/// The keys each node kind reads (scenario_loader.cpp); other node keys on a node of this kind
/// are unknown there and kept as they are.
Keys node_kind_keys(NodeKind kind) {
    static constexpr std::array<std::string_view, 11> kLine{
        "id", "kind", "case", "unit", "enter", "leave", "effects", "map", "speaker", "text", "next"};
    static constexpr std::array<std::string_view, 10> kChoice{
        "id", "kind", "case", "unit", "enter", "leave", "effects", "map", "prompt", "options"};
    static constexpr std::array<std::string_view, 14> kCompose{
        "id",  "kind",   "case",  "unit",        "enter",   "leave",    "effects",
        "map", "prompt", "items", "allow_words", "credits", "feedback", "next"};
    static constexpr std::array<std::string_view, 16> kFreeText{
        "id",          "kind",       "case",   "unit",   "enter",  "leave",  "effects", "map", "prompt",
        "model_answer", "poor_answer", "key_points", "key_points_needed", "credits", "feedback", "next"};
    static constexpr std::array<std::string_view, 16> kObserve{
        "id",      "kind", "case",   "unit",     "enter",           "leave",   "effects",  "map",
        "speaker", "text", "prompt", "expected", "candidate_rules", "credits", "feedback", "next"};
    static constexpr std::array<std::string_view, 12> kQuiz{"id",     "kind",    "case",    "unit",
                                                            "enter",  "leave",   "effects", "map",
                                                            "prompt", "answers", "credits", "next"};
    static constexpr std::array<std::string_view, 10> kEnd{"id",    "kind",    "case", "unit", "enter",
                                                           "leave", "effects", "map",  "text", "outcome"};
    switch (kind) {
    case NodeKind::Line:
        return kLine;
    case NodeKind::Choice:
        return kChoice;
    case NodeKind::Compose:
        return kCompose;
    case NodeKind::FreeText:
        return kFreeText;
    case NodeKind::Observe:
        return kObserve;
    case NodeKind::Quiz:
        return kQuiz;
    case NodeKind::End:
        return kEnd;
    case NodeKind::Count:
        break;
    }
    return {};
}

bool contains(Keys keys, std::string_view key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

/// Collects one object's fields and merges them with the original object (see the header).
class ObjectOut {
  public:
    ObjectOut(const OrderedJson* original, Keys canonical, Keys known)
        : m_original(original != nullptr && original->is_object() ? original : nullptr),
          m_canonical(canonical), m_known(known) {}
    ObjectOut(const OrderedJson* original, Keys canonical) : ObjectOut(original, canonical, canonical) {}

    /// The original's value for `key`, or null.
    const OrderedJson* original(std::string_view key) const {
        if (m_original == nullptr) return nullptr;
        auto it = m_original->find(key);
        return it == m_original->end() ? nullptr : &*it;
    }
    bool had(std::string_view key) const { return original(key) != nullptr; }

    void put(std::string_view key, OrderedJson value) { m_values.emplace_back(key, std::move(value)); }
    /// Written unless it is the default and the original did not spell it out.
    void put_unless_default(std::string_view key, OrderedJson value, bool is_default) {
        if (!is_default || had(key)) put(key, std::move(value));
    }
    void put_string(std::string_view key, const std::string& value) {
        put_unless_default(key, value, value.empty());
    }
    void put_strings(std::string_view key, const std::vector<std::string>& values) {
        put_unless_default(key, values, values.empty());
    }

    OrderedJson finish() {
        std::vector<std::pair<std::string, OrderedJson>> fields;
        if (m_original != nullptr)
            for (const auto& [key, value] : m_original->items()) {
                if (const OrderedJson* mine = find(key))
                    fields.emplace_back(key, *mine);
                else if (!contains(m_known, key))
                    fields.emplace_back(key, value); // notes, "$schema", fields of a newer program
            }
        std::vector<std::pair<std::string, OrderedJson>*> fresh;
        for (auto& kv : m_values)
            if (m_original == nullptr || !m_original->contains(kv.first)) fresh.push_back(&kv);
        std::stable_sort(fresh.begin(), fresh.end(),
                         [&](const auto* a, const auto* b) { return rank(a->first) < rank(b->first); });
        // A new key goes before the first key that comes later in the canonical order.
        for (auto* kv : fresh) {
            auto at = std::find_if(fields.begin(), fields.end(), [&](const auto& f) {
                return rank(f.first) < m_canonical.size() && rank(f.first) > rank(kv->first);
            });
            fields.insert(at, std::move(*kv));
        }
        OrderedJson out = OrderedJson::object();
        for (auto& [key, value] : fields)
            out[key] = std::move(value);
        return out;
    }

  private:
    const OrderedJson* find(std::string_view key) const {
        for (const auto& [k, v] : m_values)
            if (k == key) return &v;
        return nullptr;
    }
    std::size_t rank(std::string_view key) const {
        return static_cast<std::size_t>(std::find(m_canonical.begin(), m_canonical.end(), key) -
                                        m_canonical.begin());
    }

    const OrderedJson* m_original;
    Keys m_canonical;
    Keys m_known;
    std::vector<std::pair<std::string, OrderedJson>> m_values;
};

const OrderedJson* element(const OrderedJson* array, std::size_t i) {
    if (array == nullptr || !array->is_array() || i >= array->size()) return nullptr;
    return &(*array)[i];
}

/// The original element with this id (first unused one), so reordering keeps each one's notes.
const OrderedJson* element_by_id(const OrderedJson* array, const std::string& id, std::vector<bool>& used) {
    if (array == nullptr || !array->is_array()) return nullptr;
    used.resize(array->size());
    for (std::size_t i = 0; i < array->size(); ++i) {
        const OrderedJson& e = (*array)[i];
        if (used[i] || !e.is_object()) continue;
        auto it = e.find("id");
        if (it != e.end() && it->is_string() && it->get_ref<const std::string&>() == id) {
            used[i] = true;
            return &e;
        }
    }
    return nullptr;
}

template <typename T, typename F>
OrderedJson list_by_id(const std::vector<T>& values, const OrderedJson* original, F write_one) {
    OrderedJson out = OrderedJson::array();
    std::vector<bool> used;
    for (const auto& v : values)
        out.push_back(write_one(v, element_by_id(original, v.id, used)));
    return out;
}

template <typename T, typename F>
OrderedJson list_by_index(const std::vector<T>& values, const OrderedJson* original, F write_one) {
    OrderedJson out = OrderedJson::array();
    for (std::size_t i = 0; i < values.size(); ++i)
        out.push_back(write_one(values[i], element(original, i)));
    return out;
}

OrderedJson int_or_bool(int value, bool is_bool) {
    if (is_bool) return OrderedJson(value != 0);
    return OrderedJson(value);
}

/// A coordinate: the original number when it reads as the same float (so 0.1 stays 0.1), else
/// a whole number when it is one.
OrderedJson coordinate(float value, const OrderedJson* original) {
    if (original != nullptr && original->is_number() && static_cast<float>(original->get<double>()) == value)
        return *original;
    if (std::nearbyint(value) == value && std::abs(value) < 1e9f)
        return OrderedJson(static_cast<long long>(value));
    return OrderedJson(static_cast<double>(value));
}

OrderedJson write_condition(const Condition& c, const OrderedJson* original) {
    ObjectOut o(original, kConditionKeys);
    o.put("var", c.var);
    o.put_unless_default("op", compare_op_id(c.op), c.op == CompareOp::Eq);
    o.put("value", int_or_bool(c.value, c.value_is_bool));
    return o.finish();
}

OrderedJson write_conditions(const std::vector<Condition>& v, const OrderedJson* original) {
    return list_by_index(v, original, write_condition);
}

OrderedJson write_effect(const Effect& e, const OrderedJson* original) {
    ObjectOut o(original, kEffectKeys);
    o.put("var", e.var);
    o.put(e.is_set ? "set" : "add", int_or_bool(e.value, e.value_is_bool));
    return o.finish();
}

OrderedJson write_effects(const std::vector<Effect>& v, const OrderedJson* original) {
    return list_by_index(v, original, write_effect);
}

OrderedJson write_reaction(const Reaction& r, const OrderedJson* original) {
    ObjectOut o(original, kReactionKeys);
    o.put_unless_default("effects", write_effects(r.effects, o.original("effects")), r.effects.empty());
    o.put_string("speaker", r.speaker);
    o.put_string("text", r.text);
    return o.finish();
}

OrderedJson write_reactions(const Scenario& s, const OrderedJson* original) {
    ObjectOut o(original, kReactionsKeys);
    if (s.on_allowed) o.put("allowed", write_reaction(*s.on_allowed, o.original("allowed")));
    if (s.on_caution) o.put("caution", write_reaction(*s.on_caution, o.original("caution")));
    if (s.on_violation) o.put("violation", write_reaction(*s.on_violation, o.original("violation")));
    return o.finish();
}

OrderedJson write_edge(const Edge& e, const OrderedJson* original) {
    ObjectOut o(original, kEdgeKeys);
    o.put("to", e.to);
    o.put_unless_default("when", write_conditions(e.when, o.original("when")), e.when.empty());
    return o.finish();
}

/// `"next": "id"` for one unconditional edge unless the original spelled it as a list.
OrderedJson write_next(const std::vector<Edge>& edges, const OrderedJson* original) {
    bool simple = edges.size() == 1 && edges.front().when.empty();
    bool original_list = original != nullptr && original->is_array();
    if (simple && !original_list) return OrderedJson(edges.front().to);
    return list_by_index(edges, original, write_edge);
}

OrderedJson write_disclosure(const Disclosure& d, const OrderedJson* original) {
    bool original_object = original != nullptr && original->is_object();
    if (d.category.empty() && !d.item.empty() && !original_object) return OrderedJson(d.item);
    ObjectOut o(original, kDisclosureKeys);
    o.put_string("item", d.item);
    o.put_string("category", d.category);
    return o.finish();
}

OrderedJson write_worker(const Worker& w, const OrderedJson* original) {
    ObjectOut o(original, kWorkerKeys);
    o.put("name", w.name);
    o.put_string("job", w.job);
    if (w.age) o.put("age", *w.age);
    return o.finish();
}

OrderedJson write_unit(const GroupUnit& u, const OrderedJson* original) {
    ObjectOut o(original, kUnitKeys);
    o.put("id", u.id);
    o.put("name", u.name);
    o.put("staff", u.staff);
    // Counts keep the original's key order; new labels follow alphabetically (std::map order).
    const OrderedJson* before = o.original("counts");
    OrderedJson counts = OrderedJson::object();
    if (before != nullptr && before->is_object())
        for (const auto& [key, value] : before->items())
            if (auto it = u.counts.find(key); it != u.counts.end())
                counts[key] = value.is_number_integer() && value.get<long long>() == it->second
                                  ? value
                                  : OrderedJson(it->second);
    for (const auto& [key, value] : u.counts)
        if (!counts.contains(key)) counts[key] = value;
    o.put_unless_default("counts", std::move(counts), u.counts.empty());
    return o.finish();
}

OrderedJson write_group(const GroupData& g, const OrderedJson* original) {
    ObjectOut o(original, kGroupKeys);
    o.put_string("description", g.description);
    o.put("units", list_by_id(g.units, o.original("units"), write_unit));
    return o.finish();
}

/// A field whose value was invalid in the file (the model holds nullopt): keep what was there
/// rather than silently dropping the author's text.
template <typename E> void put_enum(ObjectOut& o, std::string_view key, const std::optional<E>& value) {
    if (value)
        o.put(key, std::string(to_id(*value)));
    else if (const OrderedJson* before = o.original(key))
        o.put(key, *before);
}

} // namespace

std::span<const std::string_view> canonical_keys(JsonObjectKind kind) {
    switch (kind) {
    case JsonObjectKind::Scenario:
        return kScenarioKeys;
    case JsonObjectKind::Participant:
        return kParticipantKeys;
    case JsonObjectKind::Case:
        return kCaseKeys;
    case JsonObjectKind::Worker:
        return kWorkerKeys;
    case JsonObjectKind::CaseFileItem:
        return kItemKeys;
    case JsonObjectKind::Group:
        return kGroupKeys;
    case JsonObjectKind::GroupUnit:
        return kUnitKeys;
    case JsonObjectKind::Question:
        return kQuestionKeys;
    case JsonObjectKind::Answer:
        return kAnswerKeys;
    case JsonObjectKind::Variable:
        return kVariableKeys;
    case JsonObjectKind::Condition:
        return kConditionKeys;
    case JsonObjectKind::Effect:
        return kEffectKeys;
    case JsonObjectKind::Edge:
        return kEdgeKeys;
    case JsonObjectKind::Disclosure:
        return kDisclosureKeys;
    case JsonObjectKind::Option:
        return kOptionKeys;
    case JsonObjectKind::Node:
        return kNodeKeys;
    case JsonObjectKind::MapPosition:
        return kMapKeys;
    case JsonObjectKind::Unknown:
    case JsonObjectKind::Count:
        break;
    }
    return {};
}

JsonObjectKind object_kind_at(std::string_view pointer) {
    using K = JsonObjectKind;
    // (container kind, key) -> (kind, followed by an index?)
    struct Step {
        K from;
        std::string_view key;
        K to;
        bool indexed;
    };
    static constexpr std::array<Step, 21> kSteps{{
        {K::Scenario, "participants", K::Participant, true},
        {K::Scenario, "cases", K::Case, true},
        {K::Scenario, "group", K::Group, false},
        {K::Scenario, "voorbespreking", K::Question, true},
        {K::Scenario, "nabespreking", K::Question, true},
        {K::Scenario, "variables", K::Variable, true},
        {K::Scenario, "nodes", K::Node, true},
        {K::Case, "worker", K::Worker, false},
        {K::Case, "file", K::CaseFileItem, true},
        {K::Group, "units", K::GroupUnit, true},
        {K::Question, "answers", K::Answer, true},
        {K::Node, "options", K::Option, true},
        {K::Node, "answers", K::Answer, true},
        {K::Node, "effects", K::Effect, true},
        {K::Node, "next", K::Edge, true},
        {K::Node, "map", K::MapPosition, false},
        {K::Option, "discloses", K::Disclosure, true},
        {K::Option, "effects", K::Effect, true},
        {K::Option, "when", K::Condition, true},
        {K::Option, "next", K::Edge, true},
        {K::Edge, "when", K::Condition, true},
    }};
    if (pointer.empty()) return K::Scenario;
    if (pointer.front() != '/') return K::Unknown;
    std::vector<std::string_view> tokens;
    std::size_t start = 1;
    while (true) {
        std::size_t end = pointer.find('/', start);
        tokens.push_back(
            pointer.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    auto is_index = [](std::string_view t) {
        return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    K kind = K::Scenario;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        auto step = std::find_if(kSteps.begin(), kSteps.end(),
                                 [&](const Step& s) { return s.from == kind && s.key == tokens[i]; });
        if (step == kSteps.end()) return K::Unknown;
        if (step->indexed) {
            if (i + 1 >= tokens.size() || !is_index(tokens[i + 1])) return K::Unknown;
            ++i;
        }
        kind = step->to;
    }
    return kind;
}

OrderedJson write_participant(const Participant& p, const OrderedJson* original) {
    ObjectOut o(original, kParticipantKeys);
    o.put("id", p.id);
    o.put("name", p.name);
    o.put("role", p.role);
    o.put_string("description", p.description);
    o.put_unless_default("present", p.present, p.present);
    return o.finish();
}

OrderedJson write_case_file_item(const CaseFileItem& item, const OrderedJson* original) {
    ObjectOut o(original, kItemKeys);
    o.put("id", item.id);
    o.put("text", item.text);
    o.put("category", item.category);
    return o.finish();
}

OrderedJson write_case(const Case& c, const OrderedJson* original) {
    ObjectOut o(original, kCaseKeys);
    o.put("id", c.id);
    o.put("title", c.title);
    o.put("worker", write_worker(c.worker, o.original("worker")));
    o.put("worker_informed", c.worker_informed);
    o.put_strings("kept_out", c.kept_out);
    o.put_string("kept_out_note", c.kept_out_note);
    if (c.poortwachter_week) o.put("poortwachter_week", *c.poortwachter_week);
    o.put("file", list_by_id(c.file, o.original("file"), write_case_file_item));
    return o.finish();
}

OrderedJson write_answer(const Answer& a, const OrderedJson* original) {
    ObjectOut o(original, kAnswerKeys);
    o.put("id", a.id);
    o.put("text", a.text);
    o.put("correct", a.correct);
    o.put("explanation", a.explanation);
    return o.finish();
}

OrderedJson write_key_points(const std::vector<KeyPoint>& points) {
    OrderedJson out = OrderedJson::array();
    for (const auto& k : points)
        out.push_back(OrderedJson{{"id", k.id}, {"text", k.text}, {"match", k.match}});
    return out;
}

OrderedJson write_question(const Question& q, const OrderedJson* original) {
    ObjectOut o(original, kQuestionKeys);
    o.put("id", q.id);
    o.put("text", q.text);
    o.put("answers", list_by_id(q.answers, o.original("answers"), write_answer));
    o.put_strings("credits", q.credits);
    return o.finish();
}

OrderedJson write_variable(const Variable& v, const OrderedJson* original) {
    bool flag = v.kind == VariableKind::Flag;
    // A flag ignores min/max; if the file has them they stay as unknown fields.
    ObjectOut o(original, kVariableKeys, flag ? Keys(kFlagKeys) : Keys(kVariableKeys));
    o.put("id", v.id);
    o.put("kind", flag ? "flag" : "meter");
    o.put_string("label", v.label);
    if (flag) {
        o.put_unless_default("initial", v.initial != 0, v.initial == 0);
    } else {
        o.put("initial", v.initial);
        o.put_unless_default("min", v.min, v.min == 0);
        o.put_unless_default("max", v.max, v.max == 10);
    }
    return o.finish();
}

OrderedJson write_option(const Option& x, const OrderedJson* original) {
    ObjectOut o(original, kOptionKeys);
    o.put("id", x.id);
    o.put("text", x.text);
    o.put_unless_default("discloses", list_by_index(x.discloses, o.original("discloses"), write_disclosure),
                         x.discloses.empty());
    o.put_strings("credits", x.credits);
    o.put_string("feedback", x.feedback);
    if (x.flaw)
        o.put("flaw", OrderedJson{{"kind", scoring::flaw_kind_id(x.flaw->kind)}, {"rule", x.flaw->rule_id}});
    if (x.grey_zone)
        o.put("grey_zone", OrderedJson{{"for", x.grey_zone->for_text}, {"against", x.grey_zone->against_text}});
    o.put_unless_default("effects", write_effects(x.effects, o.original("effects")), x.effects.empty());
    o.put_unless_default("when", write_conditions(x.when, o.original("when")), x.when.empty());
    o.put("next", write_next(x.next, o.original("next")));
    return o.finish();
}

OrderedJson write_node(const Node& n, const OrderedJson* original) {
    // A node whose kind changed: the old kind's fields are the model's to drop, not unknown.
    bool same_kind = original != nullptr && original->is_object() && original->contains("kind") &&
                     (*original)["kind"] == node_kind_id(n.kind);
    ObjectOut o(original, kNodeKeys, same_kind ? node_kind_keys(n.kind) : Keys(kNodeKeys));
    o.put("id", n.id);
    o.put("kind", node_kind_id(n.kind));
    if (n.clears_case)
        o.put("case", nullptr);
    else
        o.put_string("case", n.case_id);
    if (n.clears_unit)
        o.put("unit", nullptr);
    else
        o.put_string("unit", n.unit_id);
    o.put_strings("enter", n.enter);
    o.put_strings("leave", n.leave);
    o.put_unless_default("effects", write_effects(n.effects, o.original("effects")), n.effects.empty());
    if (n.map_position) {
        const OrderedJson* before = o.original("map");
        ObjectOut m(before, kMapKeys);
        m.put("x", coordinate(n.map_position->x, m.original("x")));
        m.put("y", coordinate(n.map_position->y, m.original("y")));
        o.put("map", m.finish());
    }
    auto next = [&] { o.put("next", write_next(n.next, o.original("next"))); };
    switch (n.kind) {
    case NodeKind::Line:
        o.put_string("speaker", n.speaker);
        o.put("text", n.text);
        next();
        break;
    case NodeKind::Choice:
        o.put("prompt", n.prompt);
        o.put("options", list_by_id(n.options, o.original("options"), write_option));
        break;
    case NodeKind::Compose:
        o.put("prompt", n.prompt);
        o.put_strings("items", n.items);
        o.put_unless_default("allow_words", n.allow_words, n.allow_words);
        o.put_strings("credits", n.credits);
        o.put_string("feedback", n.feedback);
        next();
        break;
    case NodeKind::FreeText:
        o.put("prompt", n.prompt);
        o.put("model_answer", n.model_answer);
        o.put_string("poor_answer", n.poor_answer);
        if (!n.key_points.empty()) o.put("key_points", write_key_points(n.key_points));
        if (n.key_points_needed > 0) o.put("key_points_needed", n.key_points_needed);
        o.put_strings("credits", n.credits);
        o.put_string("feedback", n.feedback);
        next();
        break;
    case NodeKind::Observe:
        o.put("speaker", n.speaker);
        o.put("text", n.text);
        o.put_string("prompt", n.prompt);
        o.put("expected", n.expected);
        o.put("candidate_rules", n.candidate_rules);
        o.put_strings("credits", n.credits);
        o.put("feedback", n.feedback);
        next();
        break;
    case NodeKind::Quiz:
        o.put("prompt", n.prompt);
        o.put("answers", list_by_id(n.answers, o.original("answers"), write_answer));
        o.put_strings("credits", n.credits);
        next();
        break;
    case NodeKind::End:
        o.put("text", n.text);
        o.put_string("outcome", n.outcome);
        break;
    case NodeKind::Count:
        break;
    }
    return o.finish();
}

OrderedJson write_scenario(const Scenario& s, const OrderedJson* original) {
    ObjectOut o(original, kScenarioKeys);
    o.put("schema_version", s.schema_version);
    o.put("id", s.id);
    o.put("version", s.version);
    o.put("language", s.language);
    o.put("title", s.title);
    o.put("summary", s.summary);
    o.put_string("title_en", s.title_en);
    o.put_string("summary_en", s.summary_en);
    o.put_string("author", s.author);
    o.put("estimated_minutes", s.estimated_minutes);
    put_enum(o, "smo_type", s.smo_type);
    put_enum(o, "assignment", s.assignment);
    o.put("learning_goals", s.learning_goals);
    if (s.poortwachter_week) o.put("poortwachter_week", *s.poortwachter_week);
    o.put("participants", list_by_id(s.participants, o.original("participants"), write_participant));
    o.put_unless_default("cases", list_by_id(s.cases, o.original("cases"), write_case), s.cases.empty());
    if (s.group) o.put("group", write_group(*s.group, o.original("group")));
    o.put_unless_default("voorbespreking",
                         list_by_id(s.voorbespreking, o.original("voorbespreking"), write_question),
                         s.voorbespreking.empty());
    o.put_unless_default("nabespreking",
                         list_by_id(s.nabespreking, o.original("nabespreking"), write_question),
                         s.nabespreking.empty());
    o.put_unless_default("variables", list_by_id(s.variables, o.original("variables"), write_variable),
                         s.variables.empty());
    if (s.on_allowed || s.on_caution || s.on_violation)
        o.put("reactions", write_reactions(s, o.original("reactions")));
    o.put("start", s.start);
    o.put("nodes", list_by_id(s.nodes, o.original("nodes"), write_node));
    return o.finish();
}

namespace {

bool is_plain(const OrderedJson& v) {
    return !v.is_object() && !v.is_array();
}

void format_value(const OrderedJson& v, int depth, std::string& out) {
    auto indent = [&](int d) { out.append(static_cast<std::size_t>(d) * 2, ' '); };
    // Strict UTF-8: the loader has already refused invalid text, so this cannot throw on files.
    auto scalar = [&](const OrderedJson& x) {
        out += x.dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
    };
    if (v.is_object()) {
        if (v.empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        bool first = true;
        for (const auto& [key, value] : v.items()) {
            if (!first) out += ",\n";
            first = false;
            indent(depth + 1);
            scalar(OrderedJson(key));
            out += ": ";
            format_value(value, depth + 1, out);
        }
        out += "\n";
        indent(depth);
        out += "}";
    } else if (v.is_array()) {
        if (v.empty()) {
            out += "[]";
            return;
        }
        if (std::all_of(v.begin(), v.end(), is_plain)) {
            out += "[";
            for (std::size_t i = 0; i < v.size(); ++i) {
                if (i > 0) out += ", ";
                scalar(v[i]);
            }
            out += "]";
            return;
        }
        out += "[\n";
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i > 0) out += ",\n";
            indent(depth + 1);
            format_value(v[i], depth + 1, out);
        }
        out += "\n";
        indent(depth);
        out += "]";
    } else {
        scalar(v);
    }
}

} // namespace

std::string format_scenario_json(const OrderedJson& document) {
    std::string out;
    format_value(document, 0, out);
    out += "\n";
    return out;
}

} // namespace smo::core
