#include "cli/review_data.hpp"

#include "cli/evaluator_factory.hpp"
#include "core/paths.hpp"

#include <set>
#include <string>

namespace smo::cli {

std::optional<ReviewData> load_review_data(const char* command,
                                           const std::optional<std::filesystem::path>& data_dir,
                                           const std::optional<std::filesystem::path>& scenarios,
                                           const std::filesystem::path& exe_path, std::ostream& err) {
    ReviewData d;
    auto found = core::find_data_dir(data_dir, exe_path, core::process_env());
    if (!found) {
        err << "smo-trainer " << command
            << ": geen datamap gevonden (assets/ en scenarios/); gebruik --data-dir\n";
        return std::nullopt;
    }
    d.data_dir = *found;
    std::vector<std::string> evaluator_errors;
    d.evaluator = make_evaluator(d.data_dir, evaluator_errors);
    d.engine = dynamic_cast<const scoring::Engine*>(d.evaluator.get());
    if (d.engine == nullptr) {
        for (const auto& e : evaluator_errors)
            err << e << "\n";
        return std::nullopt;
    }
    core::ValidateOptions options;
    std::set<std::string> ids;
    for (const auto& rule : d.engine->rulebase().rules)
        ids.insert(rule.id);
    options.known_rules = std::move(ids);
    d.library = core::load_library(scenarios.value_or(d.data_dir / "scenarios"), options);
    return d;
}

} // namespace smo::cli
