#pragma once
// The scoring context of a moment in a session: who sat at the table, which case or group unit was
// under discussion, the SMO type. The runtime judges every statement in it; readers use
// context_at() to re-score a recorded turn without replaying the UI.

#include "core/scenario.hpp"
#include "core/transcript.hpp"
#include "scoring/evaluation.hpp"

#include <optional>
#include <string>
#include <vector>

namespace smo::core {

/// The context for `present` participants (ids), case `case_id` and group unit `unit_id` ("" =
/// none / whole group) in `scenario`. Runtime::context() is this for the current state.
scoring::Context context_for(const Scenario& scenario, const std::vector<std::string>& present,
                             const std::string& case_id, const std::string& unit_id);

/// The context `entry` was judged in: the recorded one (session schema 2), else rebuilt from the
/// snapshot before the turn (decisions of schema-1 files), else from the entry's own present/case/unit.
scoring::Context context_of(const Scenario& scenario, const TranscriptEntry& entry);

/// The context of turn `turn_id` in `transcript`; nullopt when there is no such turn.
std::optional<scoring::Context> context_at(const Scenario& scenario,
                                           const std::vector<TranscriptEntry>& transcript,
                                           const std::string& turn_id);

/// The statement a recorded statement turn (choice, compose, free text) put to the evaluator: its
/// text and the scenario's tagged disclosures. Evaluating it in context_of(entry) re-scores the turn.
scoring::Statement statement_of(const TranscriptEntry& entry);

/// Field-by-field equality (scoring::Context has no operator==).
bool same_context(const scoring::Context& a, const scoring::Context& b);

} // namespace smo::core
