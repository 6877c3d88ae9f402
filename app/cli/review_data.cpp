#include "cli/review_data.hpp"

#include "cli/evaluator_factory.hpp"
#include "core/paths.hpp"

#include <set>
#include <string>

namespace smo::cli {

std::optional<TrustedSession> load_trusted_session(const char* command, const char* refusal,
                                                   const std::filesystem::path& file, const ReviewData& data,
                                                   std::ostream& err) {
    core::CohortProblem problem;
    auto entry = core::load_cohort_entry(file, data.library, *data.engine, data.engine->rulebase(),
                                         data.engine->rulebase().rulebase_version, problem);
    if (!entry) {
        err << problem.reason << "\n";
        return std::nullopt;
    }
    if (!entry->outcome || !entry->scenario) {
        err << "smo-trainer " << command << ": " << file.string() << ": " << refusal << ": "
            << entry->verification_reason << "\n";
        return std::nullopt;
    }
    if (entry->verification != core::Verification::Verified)
        err << "smo-trainer " << command << ": waarschuwing: " << file.string() << ": "
            << core::verification_id(entry->verification) << ": " << entry->verification_reason << "\n";
    core::Session trusted = entry->session;
    trusted.transcript = entry->judged();
    trusted.scores = entry->outcome->score;
    return TrustedSession{std::move(*entry), std::move(trusted)};
}

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
