#include "cli/evaluator_factory.hpp"

#include "scoring/evaluate.hpp"

namespace smo::cli {

std::unique_ptr<scoring::StatementEvaluator> make_evaluator(const std::filesystem::path& data_dir,
                                                            std::vector<std::string>& errors) {
    std::vector<json::Diagnostic> data_errors;
    auto engine = scoring::Engine::load(data_dir / "assets", data_errors);
    for (const auto& e : data_errors)
        errors.push_back(e.format());
    if (!engine && errors.empty()) errors.push_back("regels of lexicon konden niet geladen worden");
    return engine;
}

std::string evaluator_rulebase_version(const scoring::StatementEvaluator& evaluator) {
    if (const auto* engine = dynamic_cast<const scoring::Engine*>(&evaluator))
        return engine->rulebase().rulebase_version;
    return {};
}

} // namespace smo::cli
