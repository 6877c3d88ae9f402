// Load + validate of every bundled scenario (what the library screen and `validate scenarios/` do),
// and a headless run through the runtime.
#include "core/play_strategies.hpp"
#include "core/scenario_library.hpp"

#include <benchmark/benchmark.h>

namespace {

const std::filesystem::path kScenarios = std::filesystem::path(SMO_BENCH_SOURCE_DIR) / "scenarios";

void BM_LoadValidateLibrary(benchmark::State& state) {
    std::size_t files = 0;
    for (auto _ : state) {
        auto library = smo::core::load_library(kScenarios);
        files = library.size();
        benchmark::DoNotOptimize(library);
    }
    state.counters["scenarios"] = static_cast<double>(files);
}
BENCHMARK(BM_LoadValidateLibrary)->Unit(benchmark::kMillisecond);

class AllowAll final : public smo::scoring::StatementEvaluator {
public:
    smo::scoring::Evaluation evaluate(const smo::scoring::Statement&, const smo::scoring::Context&) const override {
        return {};
    }
};

void BM_PlayScenario(benchmark::State& state) {
    auto library = smo::core::load_library(kScenarios);
    const auto* entry = smo::core::find_in_library(library, "zorggroep_linde_smo");
    if (entry == nullptr) {
        state.SkipWithError("zorggroep_linde_smo not found");
        return;
    }
    AllowAll evaluator;
    for (auto _ : state) {
        smo::core::Runtime runtime(entry->scenario, evaluator);
        smo::core::Player player(smo::core::Strategy{smo::core::StrategyKind::Random, 7, {}});
        benchmark::DoNotOptimize(smo::core::play_to_end(runtime, player));
    }
}
BENCHMARK(BM_PlayScenario)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
