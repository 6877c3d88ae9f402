// Speed targets of the scoring module (issue 4): one statement <= 10 us median; check --jsonl
// >= 100,000 statements/s on one core; rules + lexicon load <= 20 ms; the matcher >= 50x faster than
// a std::regex alternation of the same lexicon, measured in the same run.
//
//   build/tests/bench/bench_scoring --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include "cli/check_command.hpp"
#include "scoring/evaluate.hpp"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <memory>
#include <regex>
#include <sstream>

namespace {

using namespace smo::scoring;

const std::filesystem::path kSource = SMO_BENCH_SOURCE_DIR;

const Engine& engine() {
    static const std::unique_ptr<Engine> e = [] {
        std::vector<smo::json::Diagnostic> errors;
        auto loaded = Engine::load(kSource / "assets", errors);
        if (!loaded) std::abort();
        return loaded;
    }();
    return *e;
}

// The development set's texts (or a fallback sample when it is absent).
const std::vector<std::string>& statements() {
    static const std::vector<std::string> texts = [] {
        std::vector<std::string> out;
        std::ifstream in(kSource / "tests/data/statements.jsonl");
        std::string line;
        while (std::getline(in, line)) {
            auto k = line.find("\"text\": \"");
            if (k == std::string::npos) continue;
            k += 9;
            auto e = line.find("\", \"", k);
            if (e != std::string::npos) out.push_back(line.substr(k, e - k));
        }
        if (out.empty())
            out = {"Ze heeft een burn-out en slikt oxazepam.", "Hij kan niet boven schouderhoogte werken.",
                   "Er is sprake van een vangnetsituatie.", "Het plan van aanpak heeft tot week 12 de tijd."};
        return out;
    }();
    return texts;
}

// The check contract's input (id, text, context) built from the development set, repeated to
// about 50,000 lines; the labels and notes of the set are not part of that input.
const std::string& jsonl_input() {
    static const std::string input = [] {
        std::ifstream in(kSource / "tests/data/statements.jsonl");
        std::string one, line;
        while (std::getline(in, line)) {
            auto j = nlohmann::json::parse(line, nullptr, false);
            if (j.is_discarded()) continue;
            nlohmann::json request = {{"id", j.value("id", "")}, {"text", j.value("text", "")}};
            if (j.contains("context")) request["context"] = j["context"];
            one += request.dump() + "\n";
        }
        std::string all;
        while (std::count(all.begin(), all.end(), '\n') < 50000) all += one;
        return all;
    }();
    return input;
}

void BM_EvaluateStatement(benchmark::State& state) {
    const auto& texts = statements();
    Analysis scratch;
    Context ctx;
    std::size_t i = 0;
    for (auto _ : state) {
        Evaluation ev = engine().evaluate_text(texts[i], ctx, scratch);
        benchmark::DoNotOptimize(ev);
        if (++i == texts.size()) i = 0;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EvaluateStatement);

void BM_AnalyseOnly(benchmark::State& state) {
    const auto& texts = statements();
    Analysis scratch;
    std::size_t i = 0;
    for (auto _ : state) {
        engine().analyser().analyse(texts[i], scratch);
        benchmark::DoNotOptimize(scratch.hits.data());
        if (++i == texts.size()) i = 0;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AnalyseOnly);

// Counts what is written and drops it, like stdout redirected to a file or pipe reader.
class CountingBuf : public std::streambuf {
public:
    std::size_t bytes = 0;

protected:
    std::streamsize xsputn(const char*, std::streamsize n) override {
        bytes += static_cast<std::size_t>(n);
        return n;
    }
    int_type overflow(int_type c) override {
        ++bytes;
        return c;
    }
};

// Statements per second through `check --jsonl` (parse, judge, write), the engine loaded once:
// the load itself is BM_LoadRulesAndLexicon.
void BM_CheckJsonl(benchmark::State& state) {
    const std::string& input = jsonl_input();
    std::size_t lines = static_cast<std::size_t>(std::count(input.begin(), input.end(), '\n'));
    for (auto _ : state) {
        std::istringstream in(input);
        CountingBuf sink;
        std::ostream out(&sink);
        int code = smo::cli::run_check_jsonl(engine(), in, out);
        benchmark::DoNotOptimize(code);
        benchmark::DoNotOptimize(sink.bytes);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * lines));
    state.counters["lines"] = static_cast<double>(lines);
}
BENCHMARK(BM_CheckJsonl)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_LoadRulesAndLexicon(benchmark::State& state) {
    for (auto _ : state) {
        std::vector<smo::json::Diagnostic> errors;
        auto e = Engine::load(kSource / "assets", errors);
        benchmark::DoNotOptimize(e.get());
    }
}
BENCHMARK(BM_LoadRulesAndLexicon)->Unit(benchmark::kMillisecond);

// std::regex alternation of the same (category and hint) lexicon, run over the same normalised texts.
// libstdc++'s regex recurses per alternative, so the lexicon is split into chunks of 200 terms.
struct RegexLexicon {
    std::vector<std::regex> chunks;
};

const RegexLexicon& regex_lexicon() {
    static const RegexLexicon r = [] {
        RegexLexicon out;
        std::vector<std::string> terms;
        for (const auto& e : engine().lexicon().entries) {
            if (is_cue_label(e.label)) continue;
            std::string t;
            for (char c : e.norm) {
                if (c == '\x02')
                    t += "\\w+";
                else if (c >= 'a' && c <= 'z')
                    t.push_back(c);
                else if (c >= '0' && c <= '9')
                    t.push_back(c);
                else if (c == ' ')
                    t += " ";
            }
            if (!t.empty()) terms.push_back((e.prefix_wild ? "" : "\\b") + t + (e.suffix_wild ? "" : "\\b"));
        }
        for (std::size_t i = 0; i < terms.size(); i += 200) {
            std::string alt;
            for (std::size_t k = i; k < std::min(terms.size(), i + 200); ++k) {
                if (!alt.empty()) alt.push_back('|');
                alt += terms[k];
            }
            out.chunks.emplace_back(alt, std::regex::ECMAScript | std::regex::optimize);
        }
        return out;
    }();
    return r;
}

void BM_MatcherAhoCorasick(benchmark::State& state) {
    const auto& texts = statements();
    std::vector<NormalisedText> norms(texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i)
        normalise(texts[i], norms[i]);
    std::vector<Match> out;
    std::size_t i = 0, matches = 0;
    for (auto _ : state) {
        out.clear();
        engine().analyser().matcher().find(norms[i], out);
        matches += out.size();
        if (++i == norms.size()) i = 0;
    }
    benchmark::DoNotOptimize(matches);
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MatcherAhoCorasick);

void BM_MatcherStdRegex(benchmark::State& state) {
    const auto& texts = statements();
    const auto& rx = regex_lexicon();
    std::vector<NormalisedText> norms(texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i)
        normalise(texts[i], norms[i]);
    std::size_t i = 0, matches = 0;
    for (auto _ : state) {
        for (const auto& r : rx.chunks)
            for (auto it = std::sregex_iterator(norms[i].text.begin(), norms[i].text.end(), r);
                 it != std::sregex_iterator(); ++it)
                ++matches;
        if (++i == norms.size()) i = 0;
    }
    benchmark::DoNotOptimize(matches);
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MatcherStdRegex)->Iterations(200);

} // namespace

BENCHMARK_MAIN();
