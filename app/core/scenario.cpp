#include "core/scenario.hpp"

#include <algorithm>
#include <array>
#include <iterator>

namespace smo::core {
namespace {

constexpr std::array<const char*, 7> kNodeKinds{"line",    "choice", "compose", "free_text",
                                                "observe", "quiz",   "end"};
static_assert(std::size(kNodeKinds) == static_cast<std::size_t>(NodeKind::Count));

constexpr std::array<const char*, 6> kCompareOps{"==", "!=", "<", "<=", ">", ">="};
static_assert(std::size(kCompareOps) == static_cast<std::size_t>(CompareOp::Count));

template <typename T> const T* find_by_id(const std::vector<T>& v, const std::string& id) {
    auto it = std::find_if(v.begin(), v.end(), [&](const T& x) { return x.id == id; });
    return it == v.end() ? nullptr : &*it;
}

} // namespace

const char* node_kind_id(NodeKind k) {
    return kNodeKinds[static_cast<std::size_t>(k)];
}
const char* compare_op_id(CompareOp op) {
    return kCompareOps[static_cast<std::size_t>(op)];
}

bool compare(int lhs, CompareOp op, int rhs) {
    switch (op) {
    case CompareOp::Eq:
        return lhs == rhs;
    case CompareOp::Ne:
        return lhs != rhs;
    case CompareOp::Lt:
        return lhs < rhs;
    case CompareOp::Le:
        return lhs <= rhs;
    case CompareOp::Gt:
        return lhs > rhs;
    case CompareOp::Ge:
        return lhs >= rhs;
    case CompareOp::Count:
        break;
    }
    return false;
}

bool is_decision(NodeKind k) {
    return k != NodeKind::Line && k != NodeKind::End;
}

const CaseFileItem* Case::find_item(const std::string& item_id) const {
    return find_by_id(file, item_id);
}
const GroupUnit* GroupData::find_unit(const std::string& unit_id) const {
    return find_by_id(units, unit_id);
}

const Node* Scenario::find_node(const std::string& node_id) const {
    return find_by_id(nodes, node_id);
}
const Participant* Scenario::find_participant(const std::string& participant_id) const {
    return find_by_id(participants, participant_id);
}
const Case* Scenario::find_case(const std::string& case_id) const {
    return find_by_id(cases, case_id);
}
const Variable* Scenario::find_variable(const std::string& var_id) const {
    return find_by_id(variables, var_id);
}

const CaseFileItem* Scenario::find_item(const std::string& item_id) const {
    for (const auto& c : cases)
        if (const auto* item = c.find_item(item_id)) return item;
    return nullptr;
}

const Reaction* Scenario::reaction_to(scoring::Verdict verdict) const {
    const std::optional<Reaction>& r = verdict == scoring::Verdict::Violation ? on_violation
                                       : verdict == scoring::Verdict::Caution ? on_caution
                                                                              : on_allowed;
    return r ? &*r : nullptr;
}

std::size_t Scenario::decision_points() const {
    return static_cast<std::size_t>(
        std::count_if(nodes.begin(), nodes.end(), [](const Node& n) { return is_decision(n.kind); }));
}

} // namespace smo::core
