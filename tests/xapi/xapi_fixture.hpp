#pragma once
// Finished sessions of the golden plans as the app records them, for the xAPI tests.
#include "core/session_outcome.hpp"
#include "core/session_store.hpp"
#include "core/xapi_statements.hpp"
#include "golden_replay.hpp"
#include "scoring/evaluate.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <stdexcept>

namespace smo::test {

inline const scoring::Engine& xapi_engine() {
    static std::unique_ptr<scoring::Engine> engine = [] {
        std::vector<json::Diagnostic> errors;
        auto e = scoring::Engine::load(source_dir() / "assets", errors);
        if (!e) throw std::runtime_error("engine does not load");
        return e;
    }();
    return *engine;
}

/// A golden plan played to its end, with the session record and outcome the app would have.
struct PlayedPlan {
    std::optional<core::Runtime> runtime;
    core::Session session;
    core::SessionOutcome outcome;
};

inline PlayedPlan play_plan(const std::filesystem::path& plan, core::SessionMode mode,
                            const std::string& trainee = "Anna de Vries") {
    PlayedPlan out;
    auto played = replay_golden_plan(plan, xapi_engine());
    REQUIRE_MESSAGE(played.error.empty(), played.error);
    out.runtime = std::move(played.runtime);
    out.session = core::new_session(*out.runtime, trainee, mode, std::string(64, 'a'),
                                    plan.filename().string(), xapi_engine().rulebase().rulebase_version);
    out.session.started_at = "2026-12-01T09:00:00Z";
    core::sync_session(out.session, *out.runtime, "2026-12-01T09:40:00Z");
    out.outcome = core::compute_outcome(out.session, out.runtime->scenario(), xapi_engine().rulebase());
    return out;
}

inline std::vector<nlohmann::json> parsed(const std::vector<core::XapiStatement>& statements) {
    std::vector<nlohmann::json> out;
    for (const auto& st : statements)
        out.push_back(nlohmann::json::parse(st.json));
    return out;
}

} // namespace smo::test
