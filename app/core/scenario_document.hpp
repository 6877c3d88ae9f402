#pragma once
// An editable scenario: the file's JSON document (key order and notes kept), the model derived
// from it, its diagnostics, and an unlimited undo/redo history of commands
// (scenario_commands.hpp). The JSON is the truth; after every committed change (execute, undo,
// redo) the model and diagnostics are re-derived through the loader and validator, so they are
// always those of the text that Save would write. Never writes files itself.

#include "core/scenario_commands.hpp"
#include "core/scenario_validator.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace smo::core {

class ScenarioDocument {
  public:
    /// Starts from a parsed document (e.g. a template); it counts as saved (not dirty).
    explicit ScenarioDocument(OrderedJson root, std::string file = "scenario.json",
                              ValidateOptions options = {});

    /// Opens file text. nullopt when it is not a JSON object (then `diagnostics` has the located
    /// parse errors the loader gives); otherwise the document, whose `checked()` has the rest.
    static std::optional<ScenarioDocument> open(std::string_view text, std::string file,
                                                std::vector<Diagnostic>& diagnostics,
                                                ValidateOptions options = {});

    const OrderedJson& json() const { return m_json; }
    /// The text Save writes (format_scenario_json).
    std::string text() const { return format_scenario_json(m_json); }
    const std::string& file() const { return m_file; }
    /// Model, source map and all diagnostics (loader + validator + lint) of the current JSON.
    const CheckedScenario& checked() const { return m_checked; }
    /// The model; null when the JSON cannot be turned into one (e.g. schema_version missing).
    const Scenario* scenario() const { return m_checked.loaded.scenario.get(); }

    /// Applies and records `command`. A command without edits changes nothing (true, no undo
    /// step). It joins the previous undo step when both have the same non-empty merge_key and
    /// no end_merge(), undo or redo came between. false (with `error`) leaves everything as it was.
    bool execute(const Command& command, std::string& error);
    /// Builds-and-executes in one call: `execute(factory result)`; false when the factory refused.
    bool execute(const std::optional<Command>& command, std::string& error);

    /// Closes the current merge: the next edit starts a new undo step. The UI calls this when a
    /// widget is deactivated after an edit (ImGui IsItemDeactivatedAfterEdit).
    void end_merge() { m_merge_open = false; }

    bool can_undo() const { return !m_undo.empty(); }
    bool can_redo() const { return !m_redo.empty(); }
    bool undo();
    bool redo();
    /// Labels for the Edit menu; empty when there is nothing to undo/redo.
    std::string undo_label() const { return m_undo.empty() ? std::string() : m_undo.back().command.label; }
    std::string redo_label() const { return m_redo.empty() ? std::string() : m_redo.back().command.label; }
    std::size_t undo_depth() const { return m_undo.size(); }
    std::size_t redo_depth() const { return m_redo.size(); }

    /// Unsaved changes: the state differs from the one last marked saved (undoing back to the
    /// saved state makes it clean again).
    bool dirty() const { return revision() != m_saved_revision; }
    /// Call after the text was written to disk.
    void mark_saved() { m_saved_revision = revision(); }
    /// The text differs from the file on disk (a restored recovery): dirty until saved.
    void mark_unsaved() { m_saved_revision = ~std::uint64_t{0}; }
    /// Identifies the current state; changes with every edit, undo and redo (for caches).
    std::uint64_t revision() const { return m_undo.empty() ? 0 : m_undo.back().revision; }

  private:
    struct Step {
        Command command;
        std::uint64_t revision = 0;
    };
    void rederive();

    OrderedJson m_json;
    std::string m_file;
    ValidateOptions m_options;
    CheckedScenario m_checked;
    std::vector<Step> m_undo;
    std::vector<Step> m_redo;
    std::uint64_t m_next_revision = 1;
    std::uint64_t m_saved_revision = 0;
    bool m_merge_open = false;
};

} // namespace smo::core
