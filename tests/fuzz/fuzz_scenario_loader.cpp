// libFuzzer target: any bytes through load + validate + privacy lint, and when the scenario is
// playable, a bounded headless run. Must never crash, hang, leak or trip a sanitizer.
#include "core/play_strategies.hpp"
#include "core/scenario_validator.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

/// Judges everything allowed; the fuzzer exercises the runtime, not scoring.
class NullEvaluator final : public smo::scoring::StatementEvaluator {
  public:
    smo::scoring::Evaluation evaluate(const smo::scoring::Statement&,
                                      const smo::scoring::Context&) const override {
        return {};
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto checked = smo::core::check_scenario_text(text, "fuzz.json");
    for (const auto& d : checked.diagnostics)
        (void)smo::core::format_gcc(d);
    if (checked.ok()) {
        static const NullEvaluator evaluator;
        smo::core::Runtime runtime(checked.loaded.scenario, evaluator);
        smo::core::Player player(smo::core::Strategy{smo::core::StrategyKind::Random, size, {}});
        (void)smo::core::play_to_end(runtime, player, 500);
    }
    return 0;
}
