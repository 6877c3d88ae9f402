#include "core/scenario_document.hpp"

#include "scoring/json/document.hpp"

#include <utility>

namespace smo::core {

ScenarioDocument::ScenarioDocument(OrderedJson root, std::string file, ValidateOptions options)
    : m_json(std::move(root)), m_file(std::move(file)), m_options(std::move(options)) {
    rederive();
}

std::optional<ScenarioDocument> ScenarioDocument::open(std::string_view text, std::string file,
                                                       std::vector<Diagnostic>& diagnostics,
                                                       ValidateOptions options) {
    // The toolkit's parser gives the located Dutch messages; nlohmann's only keeps the key order.
    LoadOptions limits;
    if (!json::parse(text, file, limits.parse, diagnostics)) return std::nullopt;
    OrderedJson root = OrderedJson::parse(text, nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        diagnostics.push_back(
            json::make_diagnostic(DiagCode::WrongType, file, "een scenario is een JSON-object"));
        return std::nullopt;
    }
    return ScenarioDocument(std::move(root), std::move(file), std::move(options));
}

void ScenarioDocument::rederive() {
    m_checked = check_scenario_text(text(), m_file, m_options);
    // An edited id must keep matching the file the document is saved to.
    if (m_options.check_file_name) check_file_name(m_file, m_checked);
}

bool ScenarioDocument::execute(const Command& command, std::string& error) {
    if (command.edits.empty()) return true;
    if (!apply_command(m_json, command, error)) return false;
    bool merge = m_merge_open && !m_undo.empty() && !command.merge_key.empty() &&
                 m_undo.back().command.merge_key == command.merge_key;
    if (merge) {
        merge_command(m_undo.back().command, command);
        // A merged step is a new state: if the step before was saved, this one is not.
        m_undo.back().revision = m_next_revision++;
    } else {
        m_undo.push_back({command, m_next_revision++});
    }
    m_redo.clear();
    m_merge_open = true;
    rederive();
    return true;
}

bool ScenarioDocument::execute(const std::optional<Command>& command, std::string& error) {
    return command.has_value() && execute(*command, error);
}

bool ScenarioDocument::undo() {
    if (m_undo.empty()) return false;
    std::string error;
    if (!revert_command(m_json, m_undo.back().command, error)) return false; // history and JSON disagree
    m_redo.push_back(std::move(m_undo.back()));
    m_undo.pop_back();
    m_merge_open = false;
    rederive();
    return true;
}

bool ScenarioDocument::redo() {
    if (m_redo.empty()) return false;
    std::string error;
    if (!apply_command(m_json, m_redo.back().command, error)) return false;
    m_undo.push_back(std::move(m_redo.back()));
    m_redo.pop_back();
    m_merge_open = false;
    rederive();
    return true;
}

} // namespace smo::core
