#pragma once
// Playtest from any node: the editor (and `play --strategy answers:FILE` with a start block) starts
// a runtime at a script node with chosen variable values and case-file items taken as already
// disclosed, skipping the voorbespreking. A playtest is an in-memory Runtime: nothing here writes a
// session. The path played is saved as a test plan with write_test_plan() (play_strategies.hpp).

#include "core/runtime.hpp"
#include "core/scenario.hpp"
#include "scoring/evaluation.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace smo::core {

/// What a playtest starts with; also the `start` block of a test plan (README, "Antwoordenbestanden").
struct PlaytestSetup {
    std::string node_id;                  ///< script node to start at
    std::map<std::string, int> vars;      ///< values on arrival (before the node's own effects);
                                          ///< missing: initial value; clamped to min..max (flags 0/1)
    std::vector<std::string> prior_items; ///< case-file item ids the trainee disclosed earlier in the meeting
    bool operator==(const PlaytestSetup&) const = default;
};

/// The meeting a playtest at a node starts in, derived from the shortest path from `start` to the
/// node (breadth-first over every `next` of nodes and options, conditions ignored).
struct PlaytestMeeting {
    std::vector<std::string> path; ///< node ids from start up to and including the node; empty when
                                   ///< the node cannot be reached (or does not exist)
    Meeting arrival;  ///< after every node before it on the path: what start_playtest() starts from
    Meeting at_node;  ///< after the node's own enter/leave/case/unit too: what the trainee sees there
    std::string note; ///< Dutch; set when the start state of the meeting was used instead of a path
};

/// Who is present, which case and unit, at `node_id`. An unreachable or unknown node falls back to
/// the opening meeting (opening_meeting()) and says so in `note`.
PlaytestMeeting playtest_meeting(const Scenario& scenario, const std::string& node_id);

/// A setup at `node_id` with every variable at its initial value and no prior items: what the
/// editor's playtest form shows first.
PlaytestSetup default_playtest_setup(const Scenario& scenario, const std::string& node_id);

/// Why a setup does not fit a scenario: a Dutch message and where in the setup (a JSON pointer
/// inside a test plan's `start` block: "/node", "/vars/<id>", "/prior_items/<i>").
struct PlaytestProblem {
    std::string message;
    std::string pointer;
};

/// The first problem of `setup` for `scenario` (unknown node, variable or item, an item twice), with
/// "Bedoelde je ...?" where a known id is near; nullopt when it can be played. Out-of-range
/// variable values are no problem: they are clamped.
std::optional<PlaytestProblem> check_playtest_setup(const Scenario& scenario, const PlaytestSetup& setup);

/// A runtime in Stage::Script at `setup.node_id` (Runtime::start_at with playtest_meeting()'s
/// arrival meeting); prior items are transcript entries marked `prior` before the node. nullopt
/// with `error` (the check_playtest_setup() message) when the setup does not fit. `evaluator` must
/// outlive the runtime. Never writes a session.
std::optional<Runtime> start_playtest(std::shared_ptr<const Scenario> scenario,
                                      const scoring::StatementEvaluator& evaluator,
                                      const PlaytestSetup& setup, std::string& error);

} // namespace smo::core
