#pragma once
// Semantic checks on a loaded scenario (SC012-SC038): graph shape, ids against the taxonomy and
// the rulebase, learning-goal bookkeeping, feedback on protected disclosures, consistency with the
// SMO type and assignment, and the privacy lint. Pure: reads the model, returns diagnostics.

#include "core/scenario_loader.hpp"

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace smo::core {

struct ValidateOptions {
    /// Rule ids of the rulebase (assets/rules/rules.json). Without it, a rule id only has to look
    /// like one (ALLOW-/CONF-/CONS-/PROC-/GROUP- and capitals).
    std::optional<std::set<std::string>> known_rules;
};

/// Validates a model; `map` gives positions, `file` names it in diagnostics.
std::vector<Diagnostic> validate_scenario(const Scenario& scenario, const SourceMap& map,
                                          const std::string& file, const ValidateOptions& options = {});

/// Load + validate + privacy lint, diagnostics sorted by position. What `validate` and the
/// library screen use.
struct CheckedScenario {
    LoadedScenario loaded;
    std::vector<Diagnostic> diagnostics; ///< loader + validator + lint
    bool ok() const { return loaded.scenario != nullptr && !has_errors(diagnostics); }
};

CheckedScenario check_scenario_file(const std::filesystem::path& path, const ValidateOptions& options = {},
                                    const LoadOptions& load_options = {});
CheckedScenario check_scenario_text(std::string_view text, const std::string& file,
                                    const ValidateOptions& options = {},
                                    const LoadOptions& load_options = {});

/// True when `id` has the shape of a rule id (used when no rulebase is given).
bool looks_like_rule_id(std::string_view id);

} // namespace smo::core
