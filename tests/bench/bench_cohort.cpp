// Opening a supervisor's cohort: 1,000 finished sessions over every bundled scenario (random
// strategies, so free-text turns too; every fourth handed in with the scenario embedded) are
// written to a temp folder once, then load_cohort reads, verifies by replay and re-scores them all.
// Target (issue 11): <= 1 s wall and <= 200 MB peak RSS; threads=1 is the one-core figure, threads=0
// uses every core (the app's default). Prints peak RSS as a counter: it is the process's peak, so
// read it from a run of one configuration (--benchmark_filter=threads:0); after a threaded run the
// freed memory of the worker threads' malloc arenas still counts towards a later one-thread run.
#include "core/cohort.hpp"
#include "core/hand_in.hpp"
#include "core/play_strategies.hpp"
#include "core/session_scoring.hpp"
#include "core/session_store.hpp"
#include "scoring/evaluate.hpp"

#include <benchmark/benchmark.h>
#include <chrono>
#include <fstream>
#include <iostream>
#include <random>
#include <set>
#include <sstream>
#include <sys/resource.h>

namespace {
namespace fs = std::filesystem;
using namespace smo;

const fs::path kSource = SMO_BENCH_SOURCE_DIR;
constexpr int kSessions = 1000;

struct Fixture {
    std::unique_ptr<scoring::Engine> engine;
    std::vector<core::LibraryEntry> library;
    fs::path dir;
    ~Fixture() {
        std::error_code ec;
        if (!dir.empty()) fs::remove_all(dir, ec);
    }
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void build(Fixture& fx) {
    {
        std::vector<json::Diagnostic> errors;
        fx.engine = scoring::Engine::load(kSource / "assets", errors);
        core::ValidateOptions options;
        std::set<std::string> ids;
        for (const auto& r : fx.engine->rulebase().rules)
            ids.insert(r.id);
        options.known_rules = ids;
        fx.library = core::load_library(kSource / "scenarios", options);
        fx.dir = fs::temp_directory_path() / ("smo-bench-cohort-" + std::to_string(std::random_device{}()));
        fs::create_directories(fx.dir);
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < kSessions; ++i) {
            const auto& entry = fx.library[static_cast<std::size_t>(i) % fx.library.size()];
            core::Runtime rt(entry.scenario, *fx.engine);
            core::Player player(
                core::Strategy{core::StrategyKind::Random, static_cast<std::uint64_t>(i), {}});
            core::play_to_end(rt, player);
            core::Session s =
                core::new_session(rt, "trainee" + std::to_string(i % 40), core::SessionMode::Oefenen,
                                  entry.sha256, entry.path.string(), fx.engine->rulebase().rulebase_version);
            core::sync_session(s, rt, "2026-11-20T10:00:00Z");
            if (s.finished) s.scores = core::score_runtime(rt);
            s.self_ratings["confidentiality"] = 1 + i % 5;
            const std::string text =
                i % 4 == 0
                    ? core::hand_in_json(s, {entry.sha256, entry.path.filename().string(), slurp(entry.path)})
                    : core::session_to_json(s);
            std::ofstream(fx.dir / ("s" + std::to_string(i) + ".smo.json"), std::ios::binary) << text;
        }
        std::cerr << "fixture: " << kSessions << " sessions in "
                  << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()
                  << " s\n";
    }
}

Fixture& fixture() {
    static Fixture f;
    static const bool built = (build(f), true);
    (void)built;
    return f;
}

double peak_rss_mb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

// Argument: loader threads (0 = load_cohort's own choice, one per core; 1 = the calling thread).
void BM_LoadCohort(benchmark::State& state) {
    Fixture& fx = fixture();
    const auto threads = static_cast<unsigned>(state.range(0));
    std::size_t entries = 0, problems = 0, verified = 0;
    for (auto _ : state) {
        core::Cohort cohort = core::load_cohort(fx.dir, fx.library, *fx.engine, fx.engine->rulebase(),
                                                fx.engine->rulebase().rulebase_version, nullptr, threads);
        entries = cohort.entries.size();
        problems = cohort.problems.size();
        verified = 0;
        for (const auto& e : cohort.entries)
            if (e.verification == core::Verification::Verified) ++verified;
        benchmark::DoNotOptimize(cohort);
    }
    state.counters["sessions"] = static_cast<double>(entries);
    state.counters["problems"] = static_cast<double>(problems);
    state.counters["verified"] = static_cast<double>(verified);
    state.counters["peak_rss_MB"] = peak_rss_mb();
}
// One load per repetition, five repetitions: the aggregates rows give the median wall time.
BENCHMARK(BM_LoadCohort)
    ->ArgName("threads")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1)
    ->Repetitions(5);

// The share of the above that is reading and parsing alone (no replay, no re-scoring).
void BM_ParseSessionsOnly(benchmark::State& state) {
    Fixture& fx = fixture();
    const auto files = core::find_session_files(fx.dir);
    for (auto _ : state) {
        std::size_t parsed = 0;
        for (const auto& f : files) {
            core::Session s;
            if (!core::session_from_json(slurp(f), s)) ++parsed;
        }
        benchmark::DoNotOptimize(parsed);
    }
}
BENCHMARK(BM_ParseSessionsOnly)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(5);

} // namespace

BENCHMARK_MAIN();
