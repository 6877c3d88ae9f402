#include "core/memo_evaluator.hpp"

namespace smo::core {

namespace {
void put(std::string& key, const std::string& field) {
    key += std::to_string(field.size());
    key += ':';
    key += field;
}
void put(std::string& key, const std::vector<std::string>& fields) {
    key += std::to_string(fields.size());
    key += '[';
    for (const auto& f : fields)
        put(key, f);
}
} // namespace

std::string memo_key(const scoring::Statement& statement, const scoring::Context& context) {
    std::string key;
    key.reserve(statement.text.size() + 128);
    put(key, statement.text);
    key += statement.analyse_text ? 'A' : 'T';
    key += std::to_string(statement.tagged.size());
    for (const auto& t : statement.tagged) {
        put(key, t.category);
        put(key, t.item_id);
        put(key, t.text);
    }
    put(key, context.who_present);
    put(key, context.smo_type);
    key += context.worker_informed ? 'I' : 'U';
    put(key, context.kept_out);
    key += context.group_size ? std::to_string(*context.group_size) : std::string("-");
    key += '|';
    put(key, context.participant_names);
    return key;
}

scoring::Evaluation MemoEvaluator::evaluate(const scoring::Statement& statement,
                                            const scoring::Context& context) const {
    std::string key = memo_key(statement, context);
    if (auto it = m_memo.find(key); it != m_memo.end()) {
        ++m_hits;
        return it->second;
    }
    scoring::Evaluation result = m_inner.evaluate(statement, context);
    m_memo.emplace(std::move(key), result);
    return result;
}

} // namespace smo::core
