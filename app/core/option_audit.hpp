#pragma once
// "Alle opties toetsen": every scripted statement of a scenario (each option of each choice node,
// compose combinations, each free-text node's model and poor answer) scored in its node's context
// and set beside what the author meant. The validator turns mismatches into SC040/SC041; the editor
// shows the whole table. Pure: reads the model, calls the evaluator, returns data.

#include "core/scenario.hpp"
#include "scoring/evaluation.hpp"
#include "scoring/json/diagnostic.hpp"
#include "scoring/json/source_map.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace smo::core {

/// What the author meant a statement to be.
enum class Intent {
    Good,    ///< credited, or the option strategy "best" picks, or a model answer / best compose
    Breach,  ///< no credits and not best, but feedback or a lowering effect; or a poor answer
    Neutral, ///< nothing says either way (other compose combinations, plain options)
    OverCautious, ///< marked with a "flaw": keeps the secret but fails a duty
    Count
};
const char* intent_id(Intent intent); ///< "good" | "breach" | "neutral" | "over_cautious"

/// One statement the trainee can make, scored.
struct AuditedStatement {
    std::string node_id;
    NodeKind kind = NodeKind::Choice; ///< Choice, Compose or FreeText
    std::string option_id;            ///< option id; compose: items joined with "+"; free text:
                                      ///< "model_answer" or "poor_answer"
    std::vector<std::string> items;   ///< compose: the case-file items said together
    std::string text;                 ///< the text scored (option text, joined items, answer)
    std::string pointer;              ///< JSON pointer to jump to (option, node items, answer field)
    Intent intent = Intent::Neutral;
    std::string intent_reason;      ///< Dutch, why this intent ("beloont LG4", ...)
    scoring::Evaluation evaluation; ///< actual verdict and rule hits in the node's context

    /// Meant as good or over-cautious (both keep the secret) but judged a violation, or meant as a
    /// breach but judged allowed.
    bool mismatch() const;
};

struct AuditOptions {
    /// Compose nodes offering at most this many items get every non-empty subset scored; larger
    /// ones get each single item, the best-strategy set and all items together.
    std::size_t all_subsets_up_to = 6;
};

struct OptionAudit {
    std::vector<AuditedStatement> rows; ///< in node order, then option/combination order
    std::size_t mismatches() const;
};

/// Scores every scripted statement of `scenario` with `evaluator`. The context of a node (who is
/// present, which case/unit) is the one the option strategy "best" meets when it plays the
/// scenario through the runtime; nodes off that path take the first path from a node with a known
/// context (breadth first, conditions ignored); unreachable nodes the starting context. Call on a loaded
/// model (errors allowed; unknown ids are skipped).
OptionAudit audit_options(const Scenario& scenario, const scoring::StatementEvaluator& evaluator,
                          const AuditOptions& options = {});

/// SC040 (meant good, judged violation) and SC041 (meant as breach, judged allowed) for the
/// mismatching rows, located with `map` in `file`.
std::vector<json::Diagnostic> audit_diagnostics(const OptionAudit& audit, const json::SourceMap& map,
                                                const std::string& file);

} // namespace smo::core
