#pragma once
// Writes the scenario model back to JSON (the inverse of scenario_loader.hpp), for the editor's
// Save and for new scenarios built in code. Given the file's original document, the output keeps
// that document's key order, its unknown fields and notes ("$schema", "note", ...) and its
// spelling choices (a `next` string or list, a disclosure as id or object, an optional field
// written at its default): writing an unchanged model over its original changes nothing. Array
// elements with an id are matched to the original's by id; others by position. Keys the original
// lacks go in a fixed canonical order, and fields at their default are left out.

#include "core/scenario.hpp"

#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <string_view>

namespace smo::core {

/// Scenario documents keep their key order, so the editor never reshuffles an author's file.
using OrderedJson = nlohmann::ordered_json;

/// The kinds of object a scenario file contains; each has one canonical key order.
enum class JsonObjectKind {
    Scenario,
    Participant,
    Case,
    Worker,
    CaseFileItem,
    Group,
    GroupUnit,
    Question,
    Answer,
    Variable,
    Condition,
    Effect,
    Edge,
    Disclosure,
    Option,
    Node,
    MapPosition,
    Unknown, ///< counts, or a pointer that does not name a scenario object
    Count
};

/// The keys the model knows for `kind`, in the order new keys are written.
std::span<const std::string_view> canonical_keys(JsonObjectKind kind);

/// What kind of object sits at `pointer` (an RFC 6901 JSON pointer into a scenario document), by
/// the shape of the path alone: "" is the scenario, "/nodes/3" a node, "/nodes/3/options/0" an
/// option, "/cases/0/worker" a worker, and so on.
JsonObjectKind object_kind_at(std::string_view pointer);

/// The whole scenario. `original` (may be null) is the document the model was loaded from.
OrderedJson write_scenario(const Scenario& scenario, const OrderedJson* original = nullptr);

/// Single elements, for the editor's add commands; `original` as for write_scenario.
OrderedJson write_node(const Node& node, const OrderedJson* original = nullptr);
OrderedJson write_option(const Option& option, const OrderedJson* original = nullptr);
OrderedJson write_participant(const Participant& participant, const OrderedJson* original = nullptr);
OrderedJson write_case(const Case& c, const OrderedJson* original = nullptr);
OrderedJson write_case_file_item(const CaseFileItem& item, const OrderedJson* original = nullptr);
OrderedJson write_variable(const Variable& variable, const OrderedJson* original = nullptr);
OrderedJson write_question(const Question& question, const OrderedJson* original = nullptr);
OrderedJson write_answer(const Answer& answer, const OrderedJson* original = nullptr);
/// A free-text node's "key_points" list: [{"id", "text", "match"}].
OrderedJson write_key_points(const std::vector<KeyPoint>& points);

/// The file text: 2-space indent, UTF-8 unescaped, one key per line, lists of plain values
/// (strings, numbers) on one line, a trailing newline. Deterministic, so a one-field edit is a
/// one-line diff in git.
std::string format_scenario_json(const OrderedJson& document);

} // namespace smo::core
