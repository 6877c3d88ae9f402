#pragma once
// Replays the actions of a golden plan (tests/golden/*.plan) against the bundled scenario, without
// the plan's expectations (test_golden.cpp checks those): for tests that need the finished
// sessions of every plan. `before_action` sees the runtime just before each trainee action.

#include "core/runtime.hpp"
#include "core/scenario_validator.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace smo::test {

/// Every golden plan, sorted.
inline std::vector<std::filesystem::path> golden_plans() {
    std::vector<std::filesystem::path> out;
    for (const auto& e : std::filesystem::directory_iterator(source_dir() / "tests/golden"))
        if (e.path().extension() == ".plan") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

struct GoldenReplay {
    std::optional<core::Runtime> runtime;
    std::string error; ///< "" when the plan played to Finished
};

/// Plays `plan` with `evaluator`; lines, feedback and end screens are advanced automatically.
inline GoldenReplay replay_golden_plan(const std::filesystem::path& plan,
                                       const scoring::StatementEvaluator& evaluator,
                                       const std::function<void(const core::Runtime&)>& before_action = {}) {
    GoldenReplay out;
    auto fail = [&](std::string why) {
        out.error = plan.filename().string() + ": " + why;
        return out;
    };
    auto advance = [&]() {
        core::Runtime& rt = *out.runtime;
        while (rt.phase() == core::Phase::Line || rt.phase() == core::Phase::Feedback ||
               rt.phase() == core::Phase::End)
            if (!rt.advance().ok) return false;
        return true;
    };
    std::ifstream in(plan);
    std::string raw;
    while (std::getline(in, raw)) {
        std::string line = raw.substr(0, raw.find_last_not_of(" \t\r") + 1);
        line.erase(0, std::min(line.size(), line.find_first_not_of(" \t")));
        if (line.empty() || line[0] == '#') continue;
        auto space = line.find(' ');
        std::string cmd = line.substr(0, space);
        std::string rest = space == std::string::npos ? "" : line.substr(space + 1);
        if (cmd == "scenario") {
            auto checked = core::check_scenario_file(source_dir() / "scenarios" / (rest + ".json"));
            if (!checked.ok()) return fail("scenario " + rest + " does not load");
            out.runtime.emplace(checked.loaded.scenario, evaluator);
            continue;
        }
        if (cmd != "answer" && cmd != "choose" && cmd != "compose" && cmd != "submit" && cmd != "judge") continue;
        if (!out.runtime) return fail("no scenario step");
        if (!advance()) return fail("cannot advance");
        core::Runtime& rt = *out.runtime;
        if (before_action) before_action(rt);
        core::ActionResult r;
        if (cmd == "answer" || cmd == "choose") {
            r = rt.choose(rest);
        } else if (cmd == "submit") {
            r = rt.submit(rest);
        } else if (cmd == "judge") {
            r = rt.judge(rest);
        } else {
            auto bar = rest.find('|');
            std::string items = rest.substr(0, bar);
            std::string words = bar == std::string::npos ? "" : rest.substr(bar + 1);
            items.erase(items.find_last_not_of(' ') + 1);
            words.erase(0, std::min(words.size(), words.find_first_not_of(' ')));
            std::vector<std::string> ids;
            std::stringstream ss(items);
            for (std::string id; std::getline(ss, id, ',');)
                if (!id.empty() && id != "-") ids.push_back(id);
            r = rt.compose(ids, words);
        }
        if (!r.ok) return fail(cmd + " " + rest + ": " + r.error);
    }
    if (!out.runtime) return fail("no scenario step");
    if (!advance()) return fail("cannot advance");
    if (out.runtime->phase() != core::Phase::Finished) return fail("did not finish");
    return out;
}

} // namespace smo::test
