#pragma once
// Semantic checks on a loaded scenario (SC012-SC041): graph shape, ids against the taxonomy and
// the rulebase, learning-goal bookkeeping, feedback on protected disclosures, consistency with the
// SMO type and assignment, the file name, the option audit (with an evaluator) and the privacy
// lint. Pure: reads the model, returns diagnostics. Unknown ids get a "Bedoelde je ...?" hint, and
// warnings that only follow from an error already reported (a node cut off by a broken `next`) are
// left out so one root cause gives one message.

#include "core/option_audit.hpp"
#include "core/scenario_loader.hpp"
#include "scoring/evaluation.hpp"

#include <filesystem>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

namespace smo::core {

struct ValidateOptions {
    /// Rule ids of the rulebase (assets/rules/rules.json). Without it, a rule id only has to look
    /// like one (ALLOW-/CONF-/CONS-/PROC-/GROUP- and capitals).
    std::optional<std::set<std::string>> known_rules;
    /// With an evaluator every scripted option is scored in its node's context (audit_options) and
    /// mismatches with the author's intent become SC040/SC041. Must outlive the call.
    const scoring::StatementEvaluator* evaluator = nullptr;
    AuditOptions audit;
    /// check_scenario_file: report a file not named <id>.json (SC039; case is ignored).
    bool check_file_name = true;
};

/// Validates a model; `map` gives positions, `file` names it in diagnostics. `prior` are the
/// loader's diagnostics for the same file: warnings that only follow from one of its errors (a
/// dead end where `next` is missing, nodes cut off behind a broken node) are not repeated.
std::vector<Diagnostic> validate_scenario(const Scenario& scenario, const SourceMap& map,
                                          const std::string& file, const ValidateOptions& options = {},
                                          std::span<const Diagnostic> prior = {});

/// Load + validate + privacy lint, diagnostics sorted by position. What `validate` and the
/// library screen use.
struct CheckedScenario {
    LoadedScenario loaded;
    std::vector<Diagnostic> diagnostics; ///< loader + validator + lint
    std::optional<OptionAudit> audit;    ///< every scored statement, when options.evaluator was set
    bool ok() const { return loaded.scenario != nullptr && !has_errors(diagnostics); }
};

CheckedScenario check_scenario_file(const std::filesystem::path& path, const ValidateOptions& options = {},
                                    const LoadOptions& load_options = {});
CheckedScenario check_scenario_text(std::string_view text, const std::string& file,
                                    const ValidateOptions& options = {},
                                    const LoadOptions& load_options = {});

/// Adds SC039 to `checked` when the file name of `path` differs from the scenario's id (what
/// check_scenario_file does with options.check_file_name; the editor calls it after each edit).
void check_file_name(const std::filesystem::path& path, CheckedScenario& checked);

/// True when `id` has the shape of a rule id (used when no rulebase is given).
bool looks_like_rule_id(std::string_view id);

} // namespace smo::core
