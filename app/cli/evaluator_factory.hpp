#pragma once
// The one place the CLI constructs the statement evaluator (the scoring Engine), so `play` and
// any later subcommand share it.

#include "scoring/evaluation.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace smo::cli {

/// Loads rules and lexicon from <data_dir>/assets. nullptr when they cannot be loaded; `errors`
/// then holds one line per problem.
std::unique_ptr<scoring::StatementEvaluator> make_evaluator(const std::filesystem::path& data_dir,
                                                            std::vector<std::string>& errors);

/// rulebase_version of the evaluator made by make_evaluator ("" for other evaluators).
std::string evaluator_rulebase_version(const scoring::StatementEvaluator& evaluator);

} // namespace smo::cli
