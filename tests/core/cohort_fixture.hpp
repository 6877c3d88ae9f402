#pragma once
// Sessions as trainees hand them in, for the cohort tests and the benchmark: the real engine and
// the bundled scenarios, played headless by a strategy and saved exactly as the app saves them.
#include "core/hand_in.hpp"
#include "core/play_strategies.hpp"
#include "core/scenario_library.hpp"
#include "core/session_scoring.hpp"
#include "core/session_store.hpp"
#include "scoring/evaluate.hpp"
#include "test_support.hpp"

#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>

namespace smo::test {

/// The real engine, loaded once per test executable.
inline const scoring::Engine& cohort_engine() {
    static std::unique_ptr<scoring::Engine> engine = [] {
        std::vector<json::Diagnostic> errors;
        auto e = scoring::Engine::load(source_dir() / "assets", errors);
        if (!e) throw std::runtime_error("engine does not load");
        return e;
    }();
    return *engine;
}

inline core::ValidateOptions cohort_validate_options() {
    core::ValidateOptions options;
    std::set<std::string> ids;
    for (const auto& r : cohort_engine().rulebase().rules)
        ids.insert(r.id);
    options.known_rules = std::move(ids);
    return options;
}

inline std::vector<core::LibraryEntry> cohort_library(const std::filesystem::path& dir) {
    return core::load_library(dir, cohort_validate_options());
}

inline const std::string& rulebase_version() {
    return cohort_engine().rulebase().rulebase_version;
}

/// A session of `entry` played to its end by `kind` (random uses `seed`), finished and scored,
/// with a self-rating of 3 for every score bar key and a reflection.
inline core::Session played_session(const core::LibraryEntry& entry, core::StrategyKind kind,
                                    std::uint64_t seed, const std::string& trainee,
                                    const std::string& date = "2026-11-20") {
    core::Runtime rt(entry.scenario, cohort_engine());
    core::Player player(core::Strategy{kind, seed, {}});
    core::play_to_end(rt, player);
    core::Session s = core::new_session(rt, trainee, core::SessionMode::Oefenen, entry.sha256,
                                        entry.path.string(), rulebase_version());
    s.started_at = date + "T09:00:00Z";
    core::sync_session(s, rt, date + "T09:42:10Z");
    s.ended_at = s.finished ? date + "T09:42:10Z" : "";
    if (s.finished) s.scores = core::score_runtime(rt);
    s.self_ratings["confidentiality"] = 3;
    for (const auto& goal : entry.scenario->learning_goals)
        s.self_ratings[goal] = 4;
    s.reflection.went_well = "Ik vroeg eerst om toestemming.";
    return s;
}

inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline void spit(const std::filesystem::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << text;
}

/// Every file below `dir` with its bytes and modification time, to prove nothing was written.
inline std::map<std::string, std::pair<std::string, std::filesystem::file_time_type>>
snapshot(const std::filesystem::path& dir) {
    std::map<std::string, std::pair<std::string, std::filesystem::file_time_type>> out;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
        std::error_code ec;
        if (e.is_regular_file(ec)) {
            // Big (sparse) files are compared by size: reading 2 GB would be the bug under test.
            auto size = e.file_size(ec);
            out[e.path().string()] = {size > (1u << 20) ? "size " + std::to_string(size) : slurp(e.path()),
                                      std::filesystem::last_write_time(e.path())};
        } else
            out[e.path().string()] = {"<" + std::to_string(static_cast<int>(e.symlink_status().type())) + ">",
                                      {}};
    }
    return out;
}

} // namespace smo::test
