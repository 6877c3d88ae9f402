#pragma once
// A cohort re-scores the same scripted lines hundreds of times (every trainee who picked option b
// said the same words in the same context). This evaluator answers repeats from memory.

#include "scoring/evaluation.hpp"

#include <string>
#include <unordered_map>

namespace smo::core {

/// Wraps an evaluator and remembers each (statement, context) it was asked about. The wrapped
/// evaluator must be deterministic. Not thread-safe: give each loader thread its own.
class MemoEvaluator final : public scoring::StatementEvaluator {
  public:
    explicit MemoEvaluator(const scoring::StatementEvaluator& inner) : m_inner(inner) {}
    scoring::Evaluation evaluate(const scoring::Statement& statement,
                                 const scoring::Context& context) const override;
    std::size_t hits() const { return m_hits; }
    std::size_t misses() const { return m_memo.size(); }

  private:
    const scoring::StatementEvaluator& m_inner;
    mutable std::unordered_map<std::string, scoring::Evaluation> m_memo;
    mutable std::size_t m_hits = 0;
};

/// The memo key: every field of both, length-prefixed so no two different inputs share a key.
std::string memo_key(const scoring::Statement& statement, const scoring::Context& context);

} // namespace smo::core
