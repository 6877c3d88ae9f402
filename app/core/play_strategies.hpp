#pragma once
// Headless play: strategies that pick the trainee's action at each decision, and a driver that
// plays a runtime to its end. Used by `smo-trainer play`, the golden tests and the crash test.
// Deterministic: the same strategy (and seed) on the same scenario gives the same session.

#include "core/playtest.hpp"
#include "core/runtime.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace smo::core {

enum class StrategyKind { First, Best, Worst, Random, Answers, Count };

/// One scripted answer for `answers:FILE`: an option/answer id or text, a judgement, a typed
/// statement, or (compose) a list of item ids with optional words.
struct ScriptedAnswer {
    std::string text;
    std::optional<std::vector<std::string>> items;
};

struct Strategy {
    StrategyKind kind = StrategyKind::First;
    std::uint64_t seed = 0;
    std::vector<ScriptedAnswer> answers;
    /// answers:FILE with a start block: play from there (start_playtest) instead of the beginning.
    std::optional<PlaytestSetup> start = std::nullopt;
};

/// An answers file (README, "Antwoordenbestanden en testplannen"): the answers in order and, in
/// the object form, where to start.
struct TestPlan {
    std::optional<PlaytestSetup> start;
    std::vector<ScriptedAnswer> answers;
};

/// Parses "first", "best", "worst", "random:SEED" or "answers:FILE" (FILE: a test plan, see
/// parse_answers). Errors name the file and the place ("FILE: line:col: message (at /pointer)").
std::optional<Strategy> parse_strategy(const std::string& spec, std::string& error);
/// Parses the JSON text of an answers file: a list whose elements are strings (option/answer id or
/// text, verdict, typed statement), or for compose steps an array of item ids or
/// {"items": [...], "words": "..."}; or an object {"start": {"node", "vars", "prior_items"},
/// "answers": [that list]} whose start block is optional. Errors in Dutch, "line:col: ... (at PTR)".
std::optional<TestPlan> parse_answers(std::string_view json_text, std::string& error);

/// The test plan (answers-file JSON: 2-space indent, trailing newline) that replays the trainee's
/// actions in `runtime.transcript()`: option/answer ids, {"items", "words"} for compose, the text
/// for free text, the verdict id for observe; prior items are skipped. With `start` it is the
/// object form with that start block, else the list form. Replaying it with a Player on a fresh
/// Runtime (or start_playtest(start)) gives the same transcript. Call at any moment: a plan of an
/// unfinished run stops where the run stopped.
std::string write_test_plan(const Runtime& runtime, const std::optional<PlaytestSetup>& start);

/// What to push next.
struct PlayAction {
    enum class Kind { Advance, Choose, Compose, Submit, Judge, Count } kind = Kind::Advance;
    std::string id;                 ///< Choose, Judge
    std::vector<std::string> items; ///< Compose
    std::string text;               ///< Compose (words), Submit
};

ActionResult apply_action(Runtime& runtime, const PlayAction& action);

/// The option strategy Best (fewest violations, then most credits) or Worst (the reverse) picks
/// among `options` at the runtime's moment; ties go to the first. Null when `options` is empty.
/// Shared with the option audit so "the option best would pick" means one thing.
const Option* pick_option(const Runtime& runtime, const std::vector<const Option*>& options,
                          StrategyKind kind);

/// The compose items strategy Best offers: every offered item that on its own is allowed.
std::vector<std::string> best_compose_items(const Runtime& runtime);

/// Picks actions according to a strategy; keeps the random generator and the answer position.
class Player {
  public:
    explicit Player(Strategy strategy) : m_strategy(std::move(strategy)), m_rng(m_strategy.seed) {}
    /// The next action for the runtime's phase; nullopt (with `error`) when the strategy cannot
    /// answer (answers exhausted or not matching) or the phase is Finished/Stuck.
    std::optional<PlayAction> next(const Runtime& runtime, std::string& error);

  private:
    std::size_t pick(std::size_t n); ///< 0..n-1, same on every platform (no std::distribution)
    std::optional<PlayAction> scripted(const Runtime& runtime, std::string& error);

    Strategy m_strategy;
    std::mt19937_64 m_rng;
    std::size_t m_answer = 0;
};

struct PlayResult {
    bool finished = false; ///< reached Finished (an end node and the nabespreking)
    int actions = 0;
    std::string error; ///< why it stopped otherwise
};

/// Plays until Finished, Stuck, an error, or `max_actions`. `push` applies an action (directly, or
/// through a SessionRecorder so every turn is autosaved); `view` returns the current runtime.
PlayResult play_to_end(Player& player, const std::function<const Runtime&()>& view,
                       const std::function<ActionResult(const PlayAction&)>& push, int max_actions = 10000);

/// Convenience: plays a runtime directly.
PlayResult play_to_end(Runtime& runtime, Player& player, int max_actions = 10000);

} // namespace smo::core
