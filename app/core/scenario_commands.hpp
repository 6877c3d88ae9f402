#pragma once
// The editor's edits as data: a Command is a list of reversible JSON edits on the scenario
// document (ordered_json), so it can be applied, reverted, merged and tested without any UI.
// The factories below build commands against the document's current state; they refuse (nullopt
// plus a Dutch `error`) what cannot be done: a missing node, a duplicate or malformed id, an
// index out of range. The document (scenario_document.hpp) applies them and keeps the history.

#include "core/scenario.hpp"
#include "core/scenario_writer.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace smo::core {

/// One reversible change. Pointers are RFC 6901 JSON pointers into the document.
struct JsonEdit {
    enum class Kind { Replace, InsertKey, EraseKey, InsertElement, EraseElement, MoveElement, Count };
    Kind kind = Kind::Replace;
    std::string pointer;   ///< Replace: the value; key edits: the object; element edits: the array
    std::string key;       ///< InsertKey, EraseKey
    std::size_t index = 0; ///< the key's position in its object; the element's index; Move: from
    std::size_t to = 0;    ///< MoveElement: the index it ends up at
    OrderedJson before;    ///< Replace: the old value; EraseKey/EraseElement: what is removed
    OrderedJson after;     ///< Replace: the new value; InsertKey/InsertElement: what is added
};

/// One undo step.
struct Command {
    std::string label;     ///< shown in the Edit menu, e.g. "Veld wijzigen"
    std::string merge_key; ///< non-empty: a following command with the same key joins this undo step
    std::vector<JsonEdit> edits;
};

/// Applies every edit, or none: on failure (the document does not match what the command
/// expects) the edits already made are rolled back and `error` says why.
bool apply_command(OrderedJson& document, const Command& command, std::string& error);
/// Undoes `command` (which must be the last one applied); all or nothing like apply_command.
bool revert_command(OrderedJson& document, const Command& command, std::string& error);
/// Folds `next` into `into` (same merge_key): one Replace of one pointer keeps the first old
/// value and the last new one; anything else is appended.
void merge_command(Command& into, const Command& next);

/// The value at `pointer`, or null when there is none (never throws).
const OrderedJson* find_value(const OrderedJson& document, std::string_view pointer);

// [Fields]

/// Sets the value at `pointer`: an existing key or array element, or a new key in an existing
/// object (placed in the canonical key order of that object's kind). Merges with the previous
/// set of the same pointer. An unchanged value gives a command without edits.
std::optional<Command> set_field(const OrderedJson& document, const std::string& pointer, OrderedJson value,
                                 std::string& error);
/// Removes the key at `pointer` (an optional field going back to its default).
std::optional<Command> remove_field(const OrderedJson& document, const std::string& pointer,
                                    std::string& error);

// [Lists] Generic element commands; `index` nullopt = at the end. A missing list is created.

std::optional<Command> add_element(const OrderedJson& document, const std::string& array_pointer,
                                   OrderedJson value, std::optional<std::size_t> index, std::string& error);
std::optional<Command> remove_element(const OrderedJson& document, const std::string& array_pointer,
                                      std::size_t index, std::string& error);
std::optional<Command> move_element(const OrderedJson& document, const std::string& array_pointer,
                                    std::size_t from, std::size_t to, std::string& error);

// [Elements by id] Adding refuses an element without a valid id or with one already in use.

std::optional<Command> add_node(const OrderedJson& document, const Node& node,
                                std::optional<std::size_t> index, std::string& error);
std::optional<Command> remove_node(const OrderedJson& document, const std::string& node_id,
                                   std::string& error);
std::optional<Command> move_node(const OrderedJson& document, const std::string& node_id, std::size_t to,
                                 std::string& error);

std::optional<Command> add_option(const OrderedJson& document, const std::string& node_id,
                                  const Option& option, std::optional<std::size_t> index, std::string& error);
std::optional<Command> remove_option(const OrderedJson& document, const std::string& node_id,
                                     const std::string& option_id, std::string& error);
/// How an option is judged beyond what it discloses: plain, over-cautious (a `flaw` of one of
/// the three kinds) or a grey zone (half credit). The two fields exclude each other, so this is
/// the one undo step that sets one and removes the other. A flaw keeps its duty rule (new: the
/// informatieplicht), a grey zone its texts.
enum class OptionAssessment { Plain, TooStrict, TooVague, MissedDuty, GreyZone, Count };
OptionAssessment option_assessment(const Option& option);
std::optional<Command> set_option_assessment(const OrderedJson& document, const std::string& option_pointer,
                                             OptionAssessment assessment, std::string& error);
std::optional<Command> move_option(const OrderedJson& document, const std::string& node_id,
                                   const std::string& option_id, std::size_t to, std::string& error);

std::optional<Command> add_case_file_item(const OrderedJson& document, const std::string& case_id,
                                          const CaseFileItem& item, std::optional<std::size_t> index,
                                          std::string& error);
/// Item ids are unique across all cases, so the item alone names it.
std::optional<Command> remove_case_file_item(const OrderedJson& document, const std::string& item_id,
                                             std::string& error);
std::optional<Command> move_case_file_item(const OrderedJson& document, const std::string& item_id,
                                           std::size_t to, std::string& error);

std::optional<Command> add_participant(const OrderedJson& document, const Participant& participant,
                                       std::optional<std::size_t> index, std::string& error);
std::optional<Command> remove_participant(const OrderedJson& document, const std::string& participant_id,
                                          std::string& error);
std::optional<Command> move_participant(const OrderedJson& document, const std::string& participant_id,
                                        std::size_t to, std::string& error);

/// Answers belong to a quiz node or a voorbespreking/nabespreking question: `owner_pointer` is
/// that node's or question's pointer (its `ptr` in the model).
std::optional<Command> add_answer(const OrderedJson& document, const std::string& owner_pointer,
                                  const Answer& answer, std::optional<std::size_t> index, std::string& error);
std::optional<Command> remove_answer(const OrderedJson& document, const std::string& owner_pointer,
                                     const std::string& answer_id, std::string& error);
std::optional<Command> move_answer(const OrderedJson& document, const std::string& owner_pointer,
                                   const std::string& answer_id, std::size_t to, std::string& error);

std::optional<Command> add_case(const OrderedJson& document, const Case& c, std::optional<std::size_t> index,
                                std::string& error);
std::optional<Command> add_variable(const OrderedJson& document, const Variable& variable,
                                    std::optional<std::size_t> index, std::string& error);

// [Renames]

/// The kinds of id other places refer to.
enum class IdKind { Node, Option, CaseFileItem, Participant, Variable, Case, Unit, Count };

/// Every pointer whose string value refers to `id` as a `kind` (the references, not the
/// definition): start and every next/to for nodes; speaker, enter, leave for participants;
/// discloses (id or .item) and compose items for case-file items; every when/effects var for
/// variables; node "case" / "unit". Options are referred to by nothing inside the file.
std::vector<std::string> find_references(const OrderedJson& document, IdKind kind, std::string_view id);

/// Renames the definition and every reference in one undo step. `node_id` names the node for
/// an option (option ids are unique per node only). Refuses an invalid or already used new id.
std::optional<Command> rename_id(const OrderedJson& document, IdKind kind, const std::string& old_id,
                                 const std::string& new_id, std::string& error,
                                 const std::string& node_id = {});

} // namespace smo::core
