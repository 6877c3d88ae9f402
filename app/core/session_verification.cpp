#include "core/session_verification.hpp"

#include "core/session_store.hpp"

#include <array>

namespace smo::core {

namespace {
constexpr std::array<const char*, 4> kVerificationIds{"verified", "edited", "scenario_changed", "unreadable"};
static_assert(kVerificationIds.size() == static_cast<std::size_t>(Verification::Count));

std::string first_difference(const ReplayResult& replay, DifferenceKind kind) {
    for (const auto& d : replay.differences)
        if (d.kind == kind) return describe(d);
    return {};
}
} // namespace

const char* verification_id(Verification v) {
    auto i = static_cast<std::size_t>(v);
    return i < kVerificationIds.size() ? kVerificationIds[i] : "?";
}

VerificationReport verify_session(const Session& session, const LibraryEntry* current,
                                  const scoring::StatementEvaluator& evaluator,
                                  const std::string& rulebase_version) {
    VerificationReport report;
    if (current == nullptr || !current->ok()) {
        report.state = Verification::ScenarioChanged;
        report.reason = "scenario '" + session.scenario.id + "' staat niet (meer) in de bibliotheek";
        return report;
    }
    report.replay = replay_session(session, current->scenario, evaluator, rulebase_version);
    if (current->sha256 != session.scenario.sha256) {
        // Differences are expected now: they say what the current scenario makes of these actions.
        report.state = Verification::ScenarioChanged;
        report.reason = "scenariobestand gewijzigd sinds de sessie (versie " + session.scenario.version +
                        " → " + current->scenario->version + "); opnieuw beoordeeld met het huidige scenario";
        return report;
    }
    if (report.replay.edited()) {
        report.state = Verification::Edited;
        report.reason = report.replay.error.empty() ? first_difference(report.replay, DifferenceKind::Edited)
                                                    : report.replay.error;
        return report;
    }
    if (report.replay.rescored_only())
        report.reason = "de huidige regels beoordelen dit anders: " +
                        first_difference(report.replay, DifferenceKind::Rescored);
    return report;
}

std::optional<Runtime> resume_verified(const Session& session, const LibraryEntry& current,
                                       const scoring::StatementEvaluator& evaluator,
                                       const std::string& rulebase_version, std::string& error) {
    VerificationReport report = verify_session(session, &current, evaluator, rulebase_version);
    if (report.replay.runtime) {
        const Runtime& replayed = *report.replay.runtime;
        return Runtime::resume(current.scenario, evaluator, replayed.state(), replayed.transcript(), error,
                               session.retries);
    }
    if (report.state == Verification::ScenarioChanged)
        return resume_session(session, current.scenario, current.sha256, evaluator, error);
    error = "deze sessie is buiten de app bewerkt en kan niet hervat worden: " + report.reason;
    return std::nullopt;
}

} // namespace smo::core
