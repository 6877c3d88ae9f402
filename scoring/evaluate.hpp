#pragma once
// The scoring engine: statement × context → verdict, naming the rule ids that caused it.
// Load once (rules + lexicon), then call evaluate() from any thread.

#include "scoring/analyser.hpp"
#include "scoring/evaluation.hpp"
#include "scoring/json/diagnostic.hpp"
#include "scoring/lexicon.hpp"
#include "scoring/rulebase.hpp"

#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

namespace smo::scoring {

struct EngineOptions {
    /// Groups smaller than this may not get health categories (project heuristic, smo-rules.md §7.2).
    int small_group_threshold = 10;
};

class Engine final : public StatementEvaluator {
  public:
    /// Loads <assets>/rules/rules.json and <assets>/lexicon/nl/. nullptr when a file is broken;
    /// `errors` then lists every located problem.
    static std::unique_ptr<Engine> load(const std::filesystem::path& assets_dir,
                                        std::vector<json::Diagnostic>& errors, EngineOptions options = {});
    /// From already-loaded data (tests). Checks that every rule id the logic uses is in the rulebase.
    static std::unique_ptr<Engine> create(Rulebase rules, Lexicon lexicon,
                                          std::vector<json::Diagnostic>& errors, EngineOptions options = {});

    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    /// Pure: same statement and context, same result.
    Evaluation evaluate(const Statement& statement, const Context& context) const override;

    /// Same, reusing `scratch` buffers (hot path: `check --jsonl`, benchmarks). Without
    /// `with_suggestion` the rewording is skipped, without `with_reasons` the hits' reasons and
    /// spans (the JSON Lines output has no field for either); the verdict is the same.
    Evaluation evaluate_text(std::string_view text, const Context& context, Analysis& scratch,
                             bool with_suggestion = true, bool with_reasons = true) const;

    const Rulebase& rulebase() const { return m_rules; }
    const Lexicon& lexicon() const { return m_lexicon; }
    const Analyser& analyser() const { return m_analyser; }
    const EngineOptions& options() const { return m_options; }

    /// Rule ids the decision logic can produce.
    static const std::vector<std::string_view>& rule_ids_used();

  private:
    Engine(Rulebase rules, Lexicon lexicon, EngineOptions options);
    Evaluation decide(std::string_view text, const std::vector<TaggedDisclosure>& tagged,
                      const Context& context, const Analysis& a, bool with_suggestion = true,
                      bool with_reasons = true) const;

    Rulebase m_rules;
    Lexicon m_lexicon;
    Analyser m_analyser;
    EngineOptions m_options;
};

} // namespace smo::scoring
