#include "core/scenario_commands.hpp"

#include "core/scenario_loader.hpp"
#include "scoring/json/source_map.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <functional>
#include <string>
#include <utility>

namespace smo::core {

namespace {

// One RFC 6901 escaping for the program: the JSON toolkit's.
std::string append(const std::string& pointer, std::string_view key) {
    return json::pointer_append(pointer, key);
}
std::string append(const std::string& pointer, std::size_t index) {
    return json::pointer_append(pointer, index);
}

/// Splits a pointer into unescaped tokens; nullopt when it is not a pointer.
std::optional<std::vector<std::string>> tokens_of(std::string_view pointer) {
    std::vector<std::string> out;
    if (pointer.empty()) return out;
    if (pointer.front() != '/') return std::nullopt;
    std::string token;
    for (std::size_t i = 1; i <= pointer.size(); ++i) {
        if (i == pointer.size() || pointer[i] == '/') {
            out.push_back(std::move(token));
            token.clear();
        } else if (pointer[i] == '~') {
            if (i + 1 >= pointer.size() || (pointer[i + 1] != '0' && pointer[i + 1] != '1'))
                return std::nullopt;
            token += pointer[i + 1] == '0' ? '~' : '/';
            ++i;
        } else {
            token += pointer[i];
        }
    }
    return out;
}

std::optional<std::size_t> index_of(const std::string& token) {
    if (token.empty() || token.size() > 9 || (token.size() > 1 && token.front() == '0')) return std::nullopt;
    if (!std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return static_cast<std::size_t>(std::stoul(token));
}

template <typename J> J* resolve(J& document, std::string_view pointer) {
    auto tokens = tokens_of(pointer);
    if (!tokens) return nullptr;
    J* at = &document;
    for (const auto& t : *tokens) {
        if (at->is_object()) {
            auto it = at->find(t);
            if (it == at->end()) return nullptr;
            at = &*it;
        } else if (at->is_array()) {
            auto i = index_of(t);
            if (!i || *i >= at->size()) return nullptr;
            at = &(*at)[*i];
        } else {
            return nullptr;
        }
    }
    return at;
}

/// Splits "/a/b/c" into "/a/b" and "c" (unescaped).
std::optional<std::pair<std::string, std::string>> parent_and_key(const std::string& pointer) {
    auto tokens = tokens_of(pointer);
    if (!tokens || tokens->empty()) return std::nullopt;
    std::size_t slash = pointer.rfind('/');
    return std::make_pair(pointer.substr(0, slash), tokens->back());
}

/// ordered_json has no insert-at for objects; rebuilding keeps every other key where it was.
void insert_key_at(OrderedJson& object, const std::string& key, const OrderedJson& value, std::size_t index) {
    OrderedJson out = OrderedJson::object();
    std::size_t i = 0;
    for (auto& [k, v] : object.items()) {
        if (i++ == index) out[key] = value;
        out[k] = std::move(v);
    }
    if (!out.contains(key)) out[key] = value;
    object = std::move(out);
}

std::size_t key_position(const OrderedJson& object, const std::string& key) {
    std::size_t i = 0;
    for (const auto& [k, v] : object.items()) {
        if (k == key) return i;
        ++i;
    }
    return i;
}

bool apply_edit(OrderedJson& doc, const JsonEdit& e, std::string& error) {
    using K = JsonEdit::Kind;
    OrderedJson* target = resolve(doc, e.pointer);
    if (target == nullptr) {
        error = "'" + e.pointer + "' bestaat niet (meer) in het document";
        return false;
    }
    switch (e.kind) {
    case K::Replace:
        if (*target != e.before) break;
        *target = e.after;
        return true;
    case K::InsertKey:
        if (!target->is_object() || target->contains(e.key) || e.index > target->size()) break;
        insert_key_at(*target, e.key, e.after, e.index);
        return true;
    case K::EraseKey:
        if (!target->is_object() || !target->contains(e.key) || (*target)[e.key] != e.before) break;
        target->erase(e.key);
        return true;
    case K::InsertElement:
        if (!target->is_array() || e.index > target->size()) break;
        target->insert(target->begin() + static_cast<std::ptrdiff_t>(e.index), e.after);
        return true;
    case K::EraseElement:
        if (!target->is_array() || e.index >= target->size() || (*target)[e.index] != e.before) break;
        target->erase(e.index);
        return true;
    case K::MoveElement: {
        if (!target->is_array() || e.index >= target->size() || e.to >= target->size()) break;
        OrderedJson moved = std::move((*target)[e.index]);
        target->erase(e.index);
        target->insert(target->begin() + static_cast<std::ptrdiff_t>(e.to), std::move(moved));
        return true;
    }
    case K::Count:
        break;
    }
    error = "het document bij '" + e.pointer + "' is anders dan deze bewerking verwacht";
    return false;
}

JsonEdit inverse(const JsonEdit& e) {
    using K = JsonEdit::Kind;
    JsonEdit out = e;
    switch (e.kind) {
    case K::Replace:
        std::swap(out.before, out.after);
        break;
    case K::InsertKey:
        out.kind = K::EraseKey;
        out.before = e.after;
        out.after = nullptr;
        break;
    case K::EraseKey:
        out.kind = K::InsertKey;
        out.after = e.before;
        out.before = nullptr;
        break;
    case K::InsertElement:
        out.kind = K::EraseElement;
        out.before = e.after;
        out.after = nullptr;
        break;
    case K::EraseElement:
        out.kind = K::InsertElement;
        out.after = e.before;
        out.before = nullptr;
        break;
    case K::MoveElement:
        std::swap(out.index, out.to);
        break;
    case K::Count:
        break;
    }
    return out;
}

/// Applies `edits` in order; on failure undoes the ones made.
bool apply_all(OrderedJson& doc, const std::vector<JsonEdit>& edits, std::string& error) {
    for (std::size_t i = 0; i < edits.size(); ++i) {
        if (apply_edit(doc, edits[i], error)) continue;
        std::string ignored;
        for (std::size_t j = i; j-- > 0;)
            apply_edit(doc, inverse(edits[j]), ignored);
        return false;
    }
    return true;
}

// ---- finding elements ------------------------------------------------------------------------

const OrderedJson* array_at(const OrderedJson& doc, const std::string& pointer) {
    const OrderedJson* a = find_value(doc, pointer);
    return a != nullptr && a->is_array() ? a : nullptr;
}

bool has_id(const OrderedJson& e, std::string_view id) {
    if (!e.is_object()) return false;
    auto it = e.find("id");
    return it != e.end() && it->is_string() && it->get_ref<const std::string&>() == id;
}

std::optional<std::size_t> index_by_id(const OrderedJson* array, std::string_view id) {
    if (array == nullptr) return std::nullopt;
    for (std::size_t i = 0; i < array->size(); ++i)
        if (has_id((*array)[i], id)) return i;
    return std::nullopt;
}

std::optional<std::string> node_pointer(const OrderedJson& doc, std::string_view node_id) {
    auto i = index_by_id(array_at(doc, "/nodes"), node_id);
    if (!i) return std::nullopt;
    return append(std::string("/nodes"), *i);
}

/// The item's pointer, found in any case.
std::optional<std::string> item_pointer(const OrderedJson& doc, std::string_view item_id) {
    const OrderedJson* cases = array_at(doc, "/cases");
    if (cases == nullptr) return std::nullopt;
    for (std::size_t c = 0; c < cases->size(); ++c) {
        std::string file = append(append(std::string("/cases"), c), "file");
        if (auto i = index_by_id(array_at(doc, file), item_id)) return append(file, *i);
    }
    return std::nullopt;
}

/// Where a definition of `kind` lives: the array of such elements (per node for options).
std::optional<std::string> definition_pointer(const OrderedJson& doc, IdKind kind, std::string_view id,
                                              const std::string& node_id) {
    auto in = [&](const std::string& array) -> std::optional<std::string> {
        if (auto i = index_by_id(array_at(doc, array), id)) return append(array, *i);
        return std::nullopt;
    };
    switch (kind) {
    case IdKind::Node:
        return in("/nodes");
    case IdKind::Option:
        if (auto n = node_pointer(doc, node_id)) return in(append(*n, "options"));
        return std::nullopt;
    case IdKind::CaseFileItem:
        return item_pointer(doc, id);
    case IdKind::Participant:
        return in("/participants");
    case IdKind::Variable:
        return in("/variables");
    case IdKind::Case:
        return in("/cases");
    case IdKind::Unit:
        return in("/group/units");
    case IdKind::Count:
        break;
    }
    return std::nullopt;
}

const char* kind_noun(IdKind kind) {
    static constexpr std::array<const char*, 7> kNouns{"knoop",     "optie", "dossieritem",  "deelnemer",
                                                       "variabele", "casus", "groepseenheid"};
    static_assert(kNouns.size() == static_cast<std::size_t>(IdKind::Count));
    return kNouns[static_cast<std::size_t>(kind)];
}

bool check_new_id(const OrderedJson& doc, IdKind kind, const std::string& id, const std::string& node_id,
                  std::string& error) {
    if (!is_valid_id(id)) {
        error = "'" + id + "' is geen geldige id (kleine letters, cijfers, _ . -; hoogstens 64 tekens)";
        return false;
    }
    if (definition_pointer(doc, kind, id, node_id)) {
        error = std::string("er is al een ") + kind_noun(kind) + " met id '" + id + "'";
        return false;
    }
    return true;
}

std::string id_of(const OrderedJson& value) {
    if (!value.is_object()) return {};
    auto it = value.find("id");
    return it != value.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Command make(std::string label, std::vector<JsonEdit> edits) {
    Command c;
    c.label = std::move(label);
    c.edits = std::move(edits);
    return c;
}

std::optional<Command> add_with_id(const OrderedJson& doc, IdKind kind, const std::string& array_pointer,
                                   OrderedJson value, std::optional<std::size_t> index, std::string& error,
                                   const std::string& node_id = {}) {
    if (!check_new_id(doc, kind, id_of(value), node_id, error)) return std::nullopt;
    auto command = add_element(doc, array_pointer, std::move(value), index, error);
    if (command) command->label = std::string(kind_noun(kind)) + " toevoegen";
    return command;
}

std::optional<Command> remove_by_id(const OrderedJson& doc, IdKind kind, const std::string& id,
                                    const std::string& node_id, std::string& error) {
    auto where = definition_pointer(doc, kind, id, node_id);
    if (!where) {
        error = std::string(kind_noun(kind)) + " '" + id + "' bestaat niet";
        return std::nullopt;
    }
    auto [array, token] = *parent_and_key(*where);
    auto command = remove_element(doc, array, *index_of(token), error);
    if (command) command->label = std::string(kind_noun(kind)) + " verwijderen";
    return command;
}

std::optional<Command> move_by_id(const OrderedJson& doc, IdKind kind, const std::string& id,
                                  const std::string& node_id, std::size_t to, std::string& error) {
    auto where = definition_pointer(doc, kind, id, node_id);
    if (!where) {
        error = std::string(kind_noun(kind)) + " '" + id + "' bestaat niet";
        return std::nullopt;
    }
    auto [array, token] = *parent_and_key(*where);
    auto command = move_element(doc, array, *index_of(token), to, error);
    if (command) command->label = std::string(kind_noun(kind)) + " verplaatsen";
    return command;
}

// ---- references ------------------------------------------------------------------------------

using Visit = std::function<void(const std::string& pointer, const OrderedJson& value)>;

void each_element(const OrderedJson& doc, const std::string& array_pointer,
                  const std::function<void(const std::string&, const OrderedJson&)>& f) {
    if (const OrderedJson* a = array_at(doc, array_pointer))
        for (std::size_t i = 0; i < a->size(); ++i)
            f(append(array_pointer, i), (*a)[i]);
}

/// A string field of an object equal to `id`.
void match_field(const OrderedJson& obj, const std::string& pointer, std::string_view key,
                 std::string_view id, std::vector<std::string>& out) {
    if (!obj.is_object()) return;
    auto it = obj.find(key);
    if (it != obj.end() && it->is_string() && it->get_ref<const std::string&>() == id)
        out.push_back(append(pointer, key));
}

/// Elements of a string list equal to `id`.
void match_list(const OrderedJson& doc, const std::string& array_pointer, std::string_view id,
                std::vector<std::string>& out) {
    each_element(doc, array_pointer, [&](const std::string& p, const OrderedJson& v) {
        if (v.is_string() && v.get_ref<const std::string&>() == id) out.push_back(p);
    });
}

/// Every object that has `next` (nodes and options).
void each_next_owner(const OrderedJson& doc,
                     const std::function<void(const std::string&, const OrderedJson&)>& f) {
    each_element(doc, "/nodes", [&](const std::string& np, const OrderedJson& node) {
        f(np, node);
        each_element(doc, append(np, "options"), f);
    });
}

void condition_vars(const OrderedJson& doc, const std::string& array_pointer, std::string_view id,
                    std::vector<std::string>& out) {
    each_element(doc, array_pointer,
                 [&](const std::string& p, const OrderedJson& c) { match_field(c, p, "var", id, out); });
}

} // namespace

const OrderedJson* find_value(const OrderedJson& document, std::string_view pointer) {
    return resolve(document, pointer);
}

bool apply_command(OrderedJson& document, const Command& command, std::string& error) {
    return apply_all(document, command.edits, error);
}

bool revert_command(OrderedJson& document, const Command& command, std::string& error) {
    std::vector<JsonEdit> inverses;
    inverses.reserve(command.edits.size());
    for (auto it = command.edits.rbegin(); it != command.edits.rend(); ++it)
        inverses.push_back(inverse(*it));
    return apply_all(document, inverses, error);
}

void merge_command(Command& into, const Command& next) {
    using K = JsonEdit::Kind;
    if (into.edits.size() == 1 && next.edits.size() == 1 && into.edits[0].kind == K::Replace &&
        next.edits[0].kind == K::Replace && into.edits[0].pointer == next.edits[0].pointer) {
        into.edits[0].after = next.edits[0].after;
        return;
    }
    into.edits.insert(into.edits.end(), next.edits.begin(), next.edits.end());
}

std::optional<Command> set_field(const OrderedJson& document, const std::string& pointer, OrderedJson value,
                                 std::string& error) {
    Command c;
    c.label = "Veld wijzigen";
    c.merge_key = "set " + pointer;
    if (const OrderedJson* current = find_value(document, pointer)) {
        if (*current != value) {
            JsonEdit e;
            e.kind = JsonEdit::Kind::Replace;
            e.pointer = pointer;
            e.before = *current;
            e.after = std::move(value);
            c.edits.push_back(std::move(e));
        }
        return c;
    }
    auto split = parent_and_key(pointer);
    const OrderedJson* parent = split ? find_value(document, split->first) : nullptr;
    if (parent == nullptr || !parent->is_object()) {
        error = "'" + pointer + "' kan niet gezet worden: het object eromheen bestaat niet";
        return std::nullopt;
    }
    // A new key goes before the first later key of its kind's canonical order.
    auto keys = canonical_keys(object_kind_at(split->first));
    auto rank = [&](std::string_view k) { return std::find(keys.begin(), keys.end(), k) - keys.begin(); };
    auto own = rank(split->second);
    std::size_t at = parent->size();
    if (own < static_cast<std::ptrdiff_t>(keys.size())) {
        std::size_t i = 0;
        for (const auto& [k, v] : parent->items()) {
            auto r = rank(k);
            if (r < static_cast<std::ptrdiff_t>(keys.size()) && r > own) {
                at = i;
                break;
            }
            ++i;
        }
    }
    JsonEdit e;
    e.kind = JsonEdit::Kind::InsertKey;
    e.pointer = split->first;
    e.key = split->second;
    e.index = at;
    e.after = std::move(value);
    c.edits.push_back(std::move(e));
    return c;
}

std::optional<Command> remove_field(const OrderedJson& document, const std::string& pointer,
                                    std::string& error) {
    auto split = parent_and_key(pointer);
    const OrderedJson* parent = split ? find_value(document, split->first) : nullptr;
    if (parent == nullptr || !parent->is_object() || !parent->contains(split->second)) {
        error = "veld '" + pointer + "' bestaat niet";
        return std::nullopt;
    }
    JsonEdit e;
    e.kind = JsonEdit::Kind::EraseKey;
    e.pointer = split->first;
    e.key = split->second;
    e.index = key_position(*parent, split->second);
    e.before = (*parent)[split->second];
    return make("Veld wissen", {std::move(e)});
}

// The three flaw assessments follow Plain in FlawKind's own order.
static_assert(static_cast<int>(OptionAssessment::TooStrict) == 1 + static_cast<int>(scoring::FlawKind::TooStrict) &&
              static_cast<int>(OptionAssessment::TooVague) == 1 + static_cast<int>(scoring::FlawKind::TooVague) &&
              static_cast<int>(OptionAssessment::MissedDuty) == 1 + static_cast<int>(scoring::FlawKind::MissedDuty));

OptionAssessment option_assessment(const Option& option) {
    if (option.grey_zone) return OptionAssessment::GreyZone;
    if (!option.flaw) return OptionAssessment::Plain;
    return static_cast<OptionAssessment>(1 + static_cast<int>(option.flaw->kind));
}

std::optional<Command> set_option_assessment(const OrderedJson& document, const std::string& option_pointer,
                                             OptionAssessment assessment, std::string& error) {
    const OrderedJson* option = find_value(document, option_pointer);
    if (option == nullptr || !option->is_object()) {
        error = "optie '" + option_pointer + "' bestaat niet";
        return std::nullopt;
    }
    const std::string flaw_ptr = option_pointer + "/flaw";
    const std::string grey_ptr = option_pointer + "/grey_zone";
    // Each step is built against the document as the previous steps left it.
    OrderedJson scratch = document;
    Command out = make("Beoordeling van de optie", {});
    auto step = [&](std::optional<Command> c) {
        if (!c) return false;
        if (!apply_command(scratch, *c, error)) return false;
        out.edits.insert(out.edits.end(), c->edits.begin(), c->edits.end());
        return true;
    };
    const OrderedJson* flaw = find_value(document, flaw_ptr);
    const OrderedJson* grey = find_value(document, grey_ptr);
    const bool wants_grey = assessment == OptionAssessment::GreyZone;
    const bool wants_flaw = !wants_grey && assessment != OptionAssessment::Plain;
    if (flaw != nullptr && !wants_flaw && !step(remove_field(scratch, flaw_ptr, error))) return std::nullopt;
    if (grey != nullptr && !wants_grey && !step(remove_field(scratch, grey_ptr, error))) return std::nullopt;
    if (wants_flaw) {
        const auto kind = static_cast<scoring::FlawKind>(static_cast<int>(assessment) - 1);
        std::string rule = "DUTY-INFORM";
        if (flaw != nullptr && flaw->is_object() && flaw->contains("rule") && (*flaw)["rule"].is_string())
            rule = (*flaw)["rule"].get<std::string>();
        if (!step(set_field(scratch, flaw_ptr, OrderedJson{{"kind", scoring::flaw_kind_id(kind)}, {"rule", rule}},
                            error)))
            return std::nullopt;
    }
    if (wants_grey && grey == nullptr &&
        !step(set_field(scratch, grey_ptr, OrderedJson{{"for", ""}, {"against", ""}}, error)))
        return std::nullopt;
    return out;
}

std::optional<Command> add_element(const OrderedJson& document, const std::string& array_pointer,
                                   OrderedJson value, std::optional<std::size_t> index, std::string& error) {
    const OrderedJson* array = find_value(document, array_pointer);
    if (array == nullptr) {
        // A list the document does not have yet (e.g. the first case): create it with the element.
        if (index.value_or(0) != 0) {
            error = "positie buiten de lijst '" + array_pointer + "'";
            return std::nullopt;
        }
        auto c = set_field(document, array_pointer, OrderedJson::array({std::move(value)}), error);
        if (c) {
            c->label = "Toevoegen";
            c->merge_key.clear();
        }
        return c;
    }
    if (!array->is_array()) {
        error = "'" + array_pointer + "' is geen lijst";
        return std::nullopt;
    }
    std::size_t at = index.value_or(array->size());
    if (at > array->size()) {
        error = "positie " + std::to_string(at) + " ligt buiten de lijst '" + array_pointer + "'";
        return std::nullopt;
    }
    JsonEdit e;
    e.kind = JsonEdit::Kind::InsertElement;
    e.pointer = array_pointer;
    e.index = at;
    e.after = std::move(value);
    return make("Toevoegen", {std::move(e)});
}

std::optional<Command> remove_element(const OrderedJson& document, const std::string& array_pointer,
                                      std::size_t index, std::string& error) {
    const OrderedJson* array = array_at(document, array_pointer);
    if (array == nullptr || index >= array->size()) {
        error = "element " + std::to_string(index) + " van '" + array_pointer + "' bestaat niet";
        return std::nullopt;
    }
    JsonEdit e;
    e.kind = JsonEdit::Kind::EraseElement;
    e.pointer = array_pointer;
    e.index = index;
    e.before = (*array)[index];
    return make("Verwijderen", {std::move(e)});
}

std::optional<Command> move_element(const OrderedJson& document, const std::string& array_pointer,
                                    std::size_t from, std::size_t to, std::string& error) {
    const OrderedJson* array = array_at(document, array_pointer);
    if (array == nullptr || from >= array->size() || to >= array->size()) {
        error = "verplaatsen buiten de lijst '" + array_pointer + "'";
        return std::nullopt;
    }
    Command c = make("Verplaatsen", {});
    if (from != to) {
        JsonEdit e;
        e.kind = JsonEdit::Kind::MoveElement;
        e.pointer = array_pointer;
        e.index = from;
        e.to = to;
        c.edits.push_back(std::move(e));
    }
    return c;
}

std::optional<Command> add_node(const OrderedJson& document, const Node& node,
                                std::optional<std::size_t> index, std::string& error) {
    return add_with_id(document, IdKind::Node, "/nodes", write_node(node), index, error);
}

std::optional<Command> remove_node(const OrderedJson& document, const std::string& node_id,
                                   std::string& error) {
    return remove_by_id(document, IdKind::Node, node_id, {}, error);
}

std::optional<Command> move_node(const OrderedJson& document, const std::string& node_id, std::size_t to,
                                 std::string& error) {
    return move_by_id(document, IdKind::Node, node_id, {}, to, error);
}

std::optional<Command> add_option(const OrderedJson& document, const std::string& node_id,
                                  const Option& option, std::optional<std::size_t> index,
                                  std::string& error) {
    auto node = node_pointer(document, node_id);
    if (!node) {
        error = "knoop '" + node_id + "' bestaat niet";
        return std::nullopt;
    }
    return add_with_id(document, IdKind::Option, append(*node, "options"), write_option(option), index, error,
                       node_id);
}

std::optional<Command> remove_option(const OrderedJson& document, const std::string& node_id,
                                     const std::string& option_id, std::string& error) {
    return remove_by_id(document, IdKind::Option, option_id, node_id, error);
}

std::optional<Command> move_option(const OrderedJson& document, const std::string& node_id,
                                   const std::string& option_id, std::size_t to, std::string& error) {
    return move_by_id(document, IdKind::Option, option_id, node_id, to, error);
}

std::optional<Command> add_case_file_item(const OrderedJson& document, const std::string& case_id,
                                          const CaseFileItem& item, std::optional<std::size_t> index,
                                          std::string& error) {
    auto c = definition_pointer(document, IdKind::Case, case_id, {});
    if (!c) {
        error = "casus '" + case_id + "' bestaat niet";
        return std::nullopt;
    }
    return add_with_id(document, IdKind::CaseFileItem, append(*c, "file"), write_case_file_item(item), index,
                       error);
}

std::optional<Command> remove_case_file_item(const OrderedJson& document, const std::string& item_id,
                                             std::string& error) {
    return remove_by_id(document, IdKind::CaseFileItem, item_id, {}, error);
}

std::optional<Command> move_case_file_item(const OrderedJson& document, const std::string& item_id,
                                           std::size_t to, std::string& error) {
    return move_by_id(document, IdKind::CaseFileItem, item_id, {}, to, error);
}

std::optional<Command> add_participant(const OrderedJson& document, const Participant& participant,
                                       std::optional<std::size_t> index, std::string& error) {
    return add_with_id(document, IdKind::Participant, "/participants", write_participant(participant), index,
                       error);
}

std::optional<Command> remove_participant(const OrderedJson& document, const std::string& participant_id,
                                          std::string& error) {
    return remove_by_id(document, IdKind::Participant, participant_id, {}, error);
}

std::optional<Command> move_participant(const OrderedJson& document, const std::string& participant_id,
                                        std::size_t to, std::string& error) {
    return move_by_id(document, IdKind::Participant, participant_id, {}, to, error);
}

std::optional<Command> add_answer(const OrderedJson& document, const std::string& owner_pointer,
                                  const Answer& answer, std::optional<std::size_t> index,
                                  std::string& error) {
    const OrderedJson* owner = find_value(document, owner_pointer);
    if (owner == nullptr || !owner->is_object()) {
        error = "'" + owner_pointer + "' is geen quizknoop of vraag";
        return std::nullopt;
    }
    std::string answers = append(owner_pointer, "answers");
    if (index_by_id(array_at(document, answers), answer.id)) {
        error = "er is al een antwoord met id '" + answer.id + "'";
        return std::nullopt;
    }
    if (!is_valid_id(answer.id)) {
        error =
            "'" + answer.id + "' is geen geldige id (kleine letters, cijfers, _ . -; hoogstens 64 tekens)";
        return std::nullopt;
    }
    auto c = add_element(document, answers, write_answer(answer), index, error);
    if (c) c->label = "antwoord toevoegen";
    return c;
}

std::optional<Command> remove_answer(const OrderedJson& document, const std::string& owner_pointer,
                                     const std::string& answer_id, std::string& error) {
    std::string answers = append(owner_pointer, "answers");
    auto i = index_by_id(array_at(document, answers), answer_id);
    if (!i) {
        error = "antwoord '" + answer_id + "' bestaat niet in '" + owner_pointer + "'";
        return std::nullopt;
    }
    auto c = remove_element(document, answers, *i, error);
    if (c) c->label = "antwoord verwijderen";
    return c;
}

std::optional<Command> move_answer(const OrderedJson& document, const std::string& owner_pointer,
                                   const std::string& answer_id, std::size_t to, std::string& error) {
    std::string answers = append(owner_pointer, "answers");
    auto i = index_by_id(array_at(document, answers), answer_id);
    if (!i) {
        error = "antwoord '" + answer_id + "' bestaat niet in '" + owner_pointer + "'";
        return std::nullopt;
    }
    auto c = move_element(document, answers, *i, to, error);
    if (c) c->label = "antwoord verplaatsen";
    return c;
}

std::optional<Command> add_case(const OrderedJson& document, const Case& c, std::optional<std::size_t> index,
                                std::string& error) {
    for (const auto& item : c.file)
        if (item_pointer(document, item.id)) {
            error = "er is al een dossieritem met id '" + item.id + "'";
            return std::nullopt;
        }
    return add_with_id(document, IdKind::Case, "/cases", write_case(c), index, error);
}

std::optional<Command> add_variable(const OrderedJson& document, const Variable& variable,
                                    std::optional<std::size_t> index, std::string& error) {
    return add_with_id(document, IdKind::Variable, "/variables", write_variable(variable), index, error);
}

/// The verdict keys of the scenario's "reactions" (Scenario::reaction_to).
constexpr const char* kReactionVerdicts[] = {"allowed", "caution", "violation"};

std::vector<std::string> find_references(const OrderedJson& document, IdKind kind, std::string_view id) {
    std::vector<std::string> out;
    const OrderedJson& doc = document;
    switch (kind) {
    case IdKind::Node:
        match_field(doc, "", "start", id, out);
        each_next_owner(doc, [&](const std::string& p, const OrderedJson& owner) {
            if (!owner.is_object()) return;
            auto next = owner.find("next");
            if (next == owner.end()) return;
            if (next->is_string()) {
                if (next->get_ref<const std::string&>() == id) out.push_back(append(p, "next"));
                return;
            }
            each_element(doc, append(p, "next"), [&](const std::string& ep, const OrderedJson& edge) {
                match_field(edge, ep, "to", id, out);
            });
        });
        break;
    case IdKind::Option:
        break; // nothing in the file refers to an option
    case IdKind::CaseFileItem:
        each_element(doc, "/nodes", [&](const std::string& np, const OrderedJson&) {
            match_list(doc, append(np, "items"), id, out);
            each_element(doc, append(np, "options"), [&](const std::string& op, const OrderedJson&) {
                each_element(doc, append(op, "discloses"), [&](const std::string& dp, const OrderedJson& d) {
                    if (d.is_string() && d.get_ref<const std::string&>() == id) out.push_back(dp);
                    match_field(d, dp, "item", id, out);
                });
            });
        });
        break;
    case IdKind::Participant:
        each_element(doc, "/nodes", [&](const std::string& np, const OrderedJson& node) {
            match_field(node, np, "speaker", id, out);
            match_list(doc, append(np, "enter"), id, out);
            match_list(doc, append(np, "leave"), id, out);
        });
        for (const char* verdict : kReactionVerdicts)
            if (const OrderedJson* r = find_value(doc, append("/reactions", verdict)))
                match_field(*r, append("/reactions", verdict), "speaker", id, out);
        break;
    case IdKind::Variable:
        each_next_owner(doc, [&](const std::string& p, const OrderedJson&) {
            condition_vars(doc, append(p, "when"), id, out);
            condition_vars(doc, append(p, "effects"), id, out);
            each_element(doc, append(p, "next"), [&](const std::string& ep, const OrderedJson&) {
                condition_vars(doc, append(ep, "when"), id, out);
            });
        });
        for (const char* verdict : kReactionVerdicts)
            condition_vars(doc, append(append("/reactions", verdict), "effects"), id, out);
        break;
    case IdKind::Case:
        each_element(doc, "/nodes", [&](const std::string& np, const OrderedJson& node) {
            match_field(node, np, "case", id, out);
        });
        break;
    case IdKind::Unit:
        each_element(doc, "/nodes", [&](const std::string& np, const OrderedJson& node) {
            match_field(node, np, "unit", id, out);
        });
        break;
    case IdKind::Count:
        break;
    }
    return out;
}

std::optional<Command> rename_id(const OrderedJson& document, IdKind kind, const std::string& old_id,
                                 const std::string& new_id, std::string& error, const std::string& node_id) {
    auto where = definition_pointer(document, kind, old_id, node_id);
    if (!where) {
        error = std::string(kind_noun(kind)) + " '" + old_id + "' bestaat niet";
        return std::nullopt;
    }
    Command c = make(std::string(kind_noun(kind)) + " hernoemen", {});
    if (old_id == new_id) return c;
    if (!check_new_id(document, kind, new_id, node_id, error)) return std::nullopt;
    std::vector<std::string> pointers{append(*where, "id")};
    auto refs = find_references(document, kind, old_id);
    pointers.insert(pointers.end(), refs.begin(), refs.end());
    for (auto& p : pointers) {
        JsonEdit e;
        e.kind = JsonEdit::Kind::Replace;
        e.pointer = std::move(p);
        e.before = old_id;
        e.after = new_id;
        c.edits.push_back(std::move(e));
    }
    return c;
}

} // namespace smo::core
