// Golden playthrough plans (tests/golden/*.plan, format in tests/golden/README.md) against the
// bundled scenarios with the real scoring engine; and every bundled scenario plays to an end
// with every strategy.
#include "core/play_strategies.hpp"
#include "core/runtime.hpp"
#include "core/scenario_library.hpp"
#include "core/session_scoring.hpp"
#include "scoring/evaluate.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <fstream>
#include <sstream>

using namespace smo::core;
namespace fs = std::filesystem;

namespace {

const smo::scoring::Engine& engine() {
    static std::unique_ptr<smo::scoring::Engine> instance = [] {
        std::vector<smo::json::Diagnostic> errors;
        auto e = smo::scoring::Engine::load(smo::test::source_dir() / "assets", errors);
        for (const auto& err : errors)
            MESSAGE(err.format());
        REQUIRE(e);
        return e;
    }();
    return *instance;
}

std::shared_ptr<const Scenario> bundled(const std::string& id) {
    auto checked = check_scenario_file(smo::test::source_dir() / "scenarios" / (id + ".json"));
    REQUIRE_MESSAGE(checked.ok(), "scenario " << id << " does not load");
    return checked.loaded.scenario;
}

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        if (c == sep) {
            if (!cur.empty()) out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

std::string trim(const std::string& s) {
    auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return {};
    auto e = s.find_last_not_of(" \t\r");
    return s.substr(b, e - b + 1);
}

/// Runs one plan; every failed check names the plan line.
class PlanRunner {
public:
    explicit PlanRunner(std::string plan_name) : m_plan(std::move(plan_name)) {}

    void run(std::istream& in) {
        std::string raw;
        int number = 0;
        while (std::getline(in, raw)) {
            ++number;
            std::string line = trim(raw);
            if (line.empty() || line[0] == '#') continue;
            INFO(m_plan << ":" << number << ": " << line);
            step(line);
        }
        REQUIRE(m_runtime);
        CHECK_MESSAGE(m_finished_checked, "plan does not end with 'finished'");
    }

private:
    void auto_advance() {
        while (m_runtime->phase() == Phase::Line || m_runtime->phase() == Phase::Feedback) REQUIRE(m_runtime->advance().ok);
    }
    /// Index of the next unmatched line/end entry, advancing the runtime until one exists.
    std::optional<std::size_t> next_said() {
        while (true) {
            const auto& t = m_runtime->transcript();
            for (std::size_t i = m_cursor; i < t.size(); ++i)
                if (t[i].kind == EntryKind::Line || t[i].kind == EntryKind::End) return i;
            m_cursor = t.size();
            Phase p = m_runtime->phase();
            if (p != Phase::Line && p != Phase::Feedback) return std::nullopt;
            REQUIRE(m_runtime->advance().ok);
        }
    }
    void all_lines_matched() {
        const auto& t = m_runtime->transcript();
        for (std::size_t i = m_cursor; i < t.size(); ++i)
            CHECK_MESSAGE(!(t[i].kind == EntryKind::Line || t[i].kind == EntryKind::End),
                          "unmatched line before this step: " << t[i].speaker << ": " << t[i].text);
    }
    void before_action(Phase expected) {
        auto_advance();
        all_lines_matched();
        REQUIRE(phase_id(m_runtime->phase()) == std::string(phase_id(expected)));
    }
    const TranscriptEntry& last_trainee() {
        const auto& t = m_runtime->transcript();
        for (auto it = t.rbegin(); it != t.rend(); ++it)
            if (it->by_trainee) return *it;
        FAIL("no trainee turn yet");
        return t.front();
    }
    static void check_evaluation(const smo::scoring::Evaluation& ev, const std::vector<std::string>& words) {
        REQUIRE(words.size() >= 3);
        CHECK(smo::scoring::verdict_id(ev.verdict) == words[2]);
        auto rules = ev.rule_ids();
        for (std::size_t i = 3; i < words.size(); ++i)
            CHECK_MESSAGE(std::find(rules.begin(), rules.end(), words[i]) != rules.end(), "missing rule " << words[i]);
    }

    void step(const std::string& line) {
        auto space = line.find(' ');
        std::string cmd = line.substr(0, space);
        std::string rest = space == std::string::npos ? "" : trim(line.substr(space + 1));
        auto words = split(line, ' ');
        if (cmd == "scenario") {
            m_runtime.emplace(bundled(rest), engine());
            return;
        }
        REQUIRE_MESSAGE(m_runtime, "the plan must start with 'scenario'");
        if (cmd == "line") {
            auto colon = rest.find(':');
            REQUIRE(colon != std::string::npos);
            auto i = next_said();
            REQUIRE_MESSAGE(i, "no further line was said");
            const auto& e = m_runtime->transcript()[*i];
            CHECK(e.kind == EntryKind::Line);
            CHECK(e.speaker == rest.substr(0, colon));
            CHECK(e.text == trim(rest.substr(colon + 1)));
            m_cursor = *i + 1;
        } else if (cmd == "end") {
            auto i = next_said();
            REQUIRE(i);
            CHECK(m_runtime->transcript()[*i].kind == EntryKind::End);
            m_cursor = *i + 1;
            REQUIRE(m_runtime->phase() == Phase::End);
            CHECK(m_runtime->current_node()->id == rest);
            REQUIRE(m_runtime->advance().ok);
        } else if (cmd == "choices") {
            auto_advance();
            std::vector<std::string> got;
            for (const auto& c : m_runtime->choices()) got.push_back(c.id);
            CHECK(got == std::vector<std::string>(words.begin() + 1, words.end()));
        } else if (cmd == "answer") {
            before_action(Phase::Question);
            auto r = m_runtime->choose(rest);
            CHECK_MESSAGE(r.ok, r.error);
        } else if (cmd == "choose") {
            auto_advance();
            Phase p = m_runtime->phase();
            REQUIRE((p == Phase::Choice || p == Phase::Quiz));
            before_action(p);
            auto r = m_runtime->choose(rest);
            CHECK_MESSAGE(r.ok, r.error);
        } else if (cmd == "compose") {
            before_action(Phase::Compose);
            auto bar = rest.find('|');
            std::string items = trim(rest.substr(0, bar));
            std::string text = bar == std::string::npos ? "" : trim(rest.substr(bar + 1));
            auto r = m_runtime->compose(items == "-" ? std::vector<std::string>{} : split(items, ','), text);
            CHECK_MESSAGE(r.ok, r.error);
        } else if (cmd == "submit") {
            before_action(Phase::FreeText);
            auto r = m_runtime->submit(rest);
            CHECK_MESSAGE(r.ok, r.error);
        } else if (cmd == "judge") {
            before_action(Phase::Observe);
            auto r = m_runtime->judge(rest);
            CHECK_MESSAGE(r.ok, r.error);
        } else if (cmd == "finished") {
            auto_advance();
            all_lines_matched();
            CHECK(m_runtime->phase() == Phase::Finished);
            m_finished_checked = true;
        } else if (cmd == "expect") {
            REQUIRE(words.size() >= 2);
            const std::string& what = words[1];
            if (what == "verdict") {
                const auto& e = last_trainee();
                REQUIRE(e.evaluation);
                check_evaluation(*e.evaluation, words);
            } else if (what == "scripted") {
                auto_advance();
                REQUIRE(m_runtime->phase() == Phase::Observe);
                smo::scoring::Statement st;
                st.text = m_runtime->current_node()->text;
                check_evaluation(m_runtime->evaluate(st), words);
            } else if (what == "correct") {
                REQUIRE(words.size() == 3);
                REQUIRE(last_trainee().correct);
                CHECK(*last_trainee().correct == (words[2] == "true"));
            } else if (what == "credits") {
                std::vector<std::string> expected(words.begin() + 2, words.end());
                if (expected == std::vector<std::string>{"-"}) expected.clear();
                auto got = last_trainee().goals_credited;
                std::sort(got.begin(), got.end());
                CHECK(got == expected);
            } else if (what == "var") {
                REQUIRE(words.size() == 4);
                CHECK(m_runtime->state().vars.at(words[2]) == std::stoi(words[3]));
            } else if (what == "present") {
                auto_advance();
                CHECK(m_runtime->state().present == std::vector<std::string>(words.begin() + 2, words.end()));
            } else {
                FAIL("unknown expectation " << what);
            }
        } else {
            FAIL("unknown step " << cmd);
        }
    }

    std::string m_plan;
    std::optional<Runtime> m_runtime;
    std::size_t m_cursor = 0;
    bool m_finished_checked = false;
};

std::vector<fs::path> plans() {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(smo::test::source_dir() / "tests/golden"))
        if (e.path().extension() == ".plan") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("golden playthrough plans") {
    auto files = plans();
    REQUIRE(files.size() >= 2);
    for (const auto& file : files) {
        SUBCASE(file.filename().string().c_str()) {
            std::ifstream in(file);
            REQUIRE(in);
            PlanRunner(file.filename().string()).run(in);
        }
    }
}

TEST_CASE("bundled scenarios without a golden plan are reported") {
    auto files = plans();
    for (const auto& s : find_scenario_files(smo::test::source_dir() / "scenarios")) {
        auto plan = smo::test::source_dir() / "tests/golden" / (s.stem().string() + ".plan");
        // A scenario from the library issue may arrive before its plan: report, do not fail.
        if (!fs::exists(plan)) MESSAGE("no golden plan yet for " << s.filename().string());
    }
}

TEST_CASE("every bundled scenario plays to an end with every strategy") {
    const std::vector<std::string> specs = {"first", "best", "worst", "random:1", "random:2", "random:3",
                                            "random:4", "random:5", "random:1234567"};
    for (const auto& file : find_scenario_files(smo::test::source_dir() / "scenarios")) {
        auto scenario = bundled(file.stem().string());
        for (const auto& spec : specs) {
            CAPTURE(file.filename().string());
            CAPTURE(spec);
            std::string error;
            auto strategy = parse_strategy(spec, error);
            REQUIRE(strategy);
            Runtime rt(scenario, engine());
            Player player(*strategy);
            auto result = play_to_end(rt, player);
            CHECK_MESSAGE(result.finished, result.error);
            auto score = score_runtime(rt);
            CHECK(score.confidentiality >= 0);
            CHECK(score.confidentiality <= 100);
            if (spec == "best") CHECK(score.violations == 0);
            if (spec == "worst" && scenario->assignment == smo::core::Assignment::Deelnemen)
                CHECK(score.violations > 0);
        }
    }
}
