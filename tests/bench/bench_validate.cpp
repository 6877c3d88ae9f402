// Validation of a generated 200-node scenario: what live validation costs after each committed edit
// in the editor (target: median <= 10 ms), the same from text, and the option audit.
#include "core/scenario_validator.hpp"
#include "scoring/evaluate.hpp"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

namespace {

const std::filesystem::path kSource = std::filesystem::path(SMO_BENCH_SOURCE_DIR);

/// 200 nodes: a line, then a choice of three options (one credited functional disclosure, one
/// protected disclosure with feedback, one plain), and so on; every fifth step a free-text turn.
std::string generated_scenario(int nodes) {
    using nlohmann::json;
    json file = json::array();
    for (int i = 0; i < 20; ++i) {
        file.push_back({{"id", "f" + std::to_string(i)},
                        {"text", "Hij kan " + std::to_string(i) + " uur per dag werken."},
                        {"category", "functional"}});
        file.push_back({{"id", "d" + std::to_string(i)},
                        {"text", "Hij heeft een hernia (" + std::to_string(i) + ")."},
                        {"category", "diagnosis"}});
    }
    json list = json::array();
    auto id = [](int i) { return "n" + std::to_string(i); };
    for (int i = 0; i < nodes - 1; ++i) {
        std::string next = id(i + 1);
        if (i % 10 == 9) {
            list.push_back({{"id", id(i)},
                            {"kind", "free_text"},
                            {"prompt", "Wat zeg je?"},
                            {"model_answer", "Hij kan voorlopig niet tillen."},
                            {"poor_answer", "Hij heeft een hernia."},
                            {"credits", {"LG4"}},
                            {"next", next}});
        } else if (i % 2 == 0) {
            list.push_back({{"id", id(i)},
                            {"kind", "line"},
                            {"speaker", "lg"},
                            {"text", "Wat kan hij?"},
                            {"next", next}});
        } else {
            std::string k = std::to_string(i % 20);
            list.push_back({{"id", id(i)},
                            {"kind", "choice"},
                            {"prompt", "Wat zeg je?"},
                            {"options",
                             {{{"id", "goed"},
                               {"text", "Hij kan nog niet tillen."},
                               {"discloses", {"f" + k}},
                               {"credits", {"LG4"}},
                               {"next", next}},
                              {{"id", "fout"},
                               {"text", "Hij heeft een hernia."},
                               {"discloses", {"d" + k}},
                               {"feedback", "Beroepsgeheim."},
                               {"next", next}},
                              {{"id", "vraag"}, {"text", "Wat wilt u weten?"}, {"next", next}}}}});
        }
    }
    list.push_back({{"id", id(nodes - 1)}, {"kind", "end"}, {"text", "Klaar."}});
    json doc = {{"schema_version", 1},
                {"id", "bench"},
                {"version", "1.0.0"},
                {"language", "nl"},
                {"title", "Bench"},
                {"summary", "Gegenereerd."},
                {"estimated_minutes", 30},
                {"smo_type", "individueel_opeenvolgend"},
                {"assignment", "deelnemen"},
                {"learning_goals", {"LG4"}},
                {"participants",
                 {{{"id", "coas"}, {"name", "Jij"}, {"role", "coassistent"}},
                  {{"id", "lg"}, {"name", "Leidinggevende"}, {"role", "leidinggevende"}}}},
                {"cases",
                 {{{"id", "c1"},
                   {"title", "Casus"},
                   {"worker", {{"name", "A. Voorbeeld"}}},
                   {"worker_informed", true},
                   {"file", file}}}},
                {"start", "n0"},
                {"nodes", list}};
    return doc.dump(2);
}

const std::string& text200() {
    static const std::string text = generated_scenario(200);
    return text;
}

/// Live validation in the editor: the model is already in memory after the edit.
void BM_Validate200Nodes(benchmark::State& state) {
    auto loaded = smo::core::load_scenario_text(text200(), "bench.json");
    if (!loaded.scenario || !loaded.diagnostics.empty()) {
        state.SkipWithError("generated scenario does not load cleanly");
        return;
    }
    std::size_t diagnostics = 0;
    for (auto _ : state) {
        auto d = smo::core::validate_scenario(*loaded.scenario, loaded.map, "bench.json");
        diagnostics = d.size();
        benchmark::DoNotOptimize(d);
    }
    state.counters["nodes"] = static_cast<double>(loaded.scenario->nodes.size());
    state.counters["diagnostics"] = static_cast<double>(diagnostics);
}
BENCHMARK(BM_Validate200Nodes)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

/// Parse + load + validate + privacy lint from text (validate on a file, or an editor that re-reads).
void BM_CheckText200Nodes(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(smo::core::check_scenario_text(text200(), "bench.json"));
}
BENCHMARK(BM_CheckText200Nodes)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

/// "Alle opties toetsen" on the same scenario with the real scoring engine.
void BM_Audit200Nodes(benchmark::State& state) {
    std::vector<smo::json::Diagnostic> errors;
    auto engine = smo::scoring::Engine::load(kSource / "assets", errors);
    auto loaded = smo::core::load_scenario_text(text200(), "bench.json");
    if (!engine || !loaded.scenario) {
        state.SkipWithError("engine or scenario did not load");
        return;
    }
    std::size_t rows = 0;
    for (auto _ : state) {
        auto audit = smo::core::audit_options(*loaded.scenario, *engine);
        rows = audit.rows.size();
        benchmark::DoNotOptimize(audit);
    }
    state.counters["statements"] = static_cast<double>(rows);
}
BENCHMARK(BM_Audit200Nodes)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

} // namespace

BENCHMARK_MAIN();
