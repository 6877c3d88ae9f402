#include "core/editor_selection.hpp"

#include <algorithm>

namespace smo::core {

namespace {

// The id of the element of `list` whose pointer is `pointer` or a prefix of it at a '/' boundary.
template <class T> const T* containing(const std::vector<T>& list, std::string_view pointer) {
    for (const T& e : list) {
        if (e.ptr.empty() || pointer.substr(0, e.ptr.size()) != e.ptr) continue;
        if (pointer.size() == e.ptr.size() || pointer[e.ptr.size()] == '/') return &e;
    }
    return nullptr;
}

bool starts_with_segment(std::string_view pointer, std::string_view prefix) {
    return pointer.substr(0, prefix.size()) == prefix &&
           (pointer.size() == prefix.size() || pointer[prefix.size()] == '/');
}

} // namespace

EditorItem item_for_pointer(const Scenario& scenario, std::string_view pointer) {
    if (const Node* n = containing(scenario.nodes, pointer)) return {EditorItemKind::Node, n->id};
    if (const Participant* p = containing(scenario.participants, pointer))
        return {EditorItemKind::Participant, p->id};
    if (const Case* c = containing(scenario.cases, pointer)) return {EditorItemKind::Case, c->id};
    if (const Variable* v = containing(scenario.variables, pointer)) return {EditorItemKind::Variable, v->id};
    for (const char* stage : {"voorbespreking", "nabespreking"})
        if (starts_with_segment(pointer, std::string("/") + stage)) return {EditorItemKind::Questions, stage};
    if (starts_with_segment(pointer, "/group")) return {EditorItemKind::Group, {}};
    // A whole list that is missing or empty ("/nodes") still belongs to its first element's kind.
    if (starts_with_segment(pointer, "/nodes") && !scenario.nodes.empty())
        return {EditorItemKind::Node, scenario.nodes.front().id};
    return {EditorItemKind::Briefing, {}};
}

std::string pointer_of(const Scenario& scenario, const EditorItem& item) {
    auto find = [&](const auto& list) -> std::string {
        auto it = std::find_if(list.begin(), list.end(), [&](const auto& e) { return e.id == item.id; });
        return it == list.end() ? std::string() : it->ptr;
    };
    switch (item.kind) {
    case EditorItemKind::Participant:
        return find(scenario.participants);
    case EditorItemKind::Case:
        return find(scenario.cases);
    case EditorItemKind::Variable:
        return find(scenario.variables);
    case EditorItemKind::Node:
        return find(scenario.nodes);
    case EditorItemKind::Questions:
        return item.id == "voorbespreking" || item.id == "nabespreking" ? "/" + item.id : std::string();
    case EditorItemKind::Group:
        return scenario.group ? scenario.group->ptr : std::string();
    default:
        return {};
    }
}

bool item_exists(const Scenario& scenario, const EditorItem& item) {
    // Question lists and the group are offered (empty) before they exist.
    return item.kind == EditorItemKind::Briefing || item.kind == EditorItemKind::Questions ||
           item.kind == EditorItemKind::Group || !pointer_of(scenario, item).empty();
}

} // namespace smo::core
