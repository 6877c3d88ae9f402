#include "core/turn_context.hpp"

#include <algorithm>

namespace smo::core {

scoring::Context context_for(const Scenario& scenario, const std::vector<std::string>& present,
                             const std::string& case_id, const std::string& unit_id) {
    scoring::Context ctx;
    ctx.who_present.clear();
    for (const auto& id : present) {
        const Participant* p = scenario.find_participant(id);
        if (p == nullptr) continue;
        if (std::find(ctx.who_present.begin(), ctx.who_present.end(), p->role) == ctx.who_present.end())
            ctx.who_present.push_back(p->role);
        // Addressing someone at the table by name is not an individual case (thema meetings).
        ctx.participant_names.push_back(p->name);
    }
    ctx.smo_type = scenario.smo_type ? std::string(to_id(*scenario.smo_type)) : std::string();
    if (const Case* c = case_id.empty() ? nullptr : scenario.find_case(case_id)) {
        ctx.worker_informed = c->worker_informed;
        ctx.kept_out = c->kept_out;
    }
    if (scenario.group) {
        const GroupData& g = *scenario.group;
        if (const GroupUnit* u = unit_id.empty() ? nullptr : g.find_unit(unit_id)) {
            ctx.group_size = u->staff;
        } else if (!g.units.empty()) {
            int total = 0;
            for (const auto& u2 : g.units)
                total += u2.staff;
            ctx.group_size = total;
        }
    }
    return ctx;
}

scoring::Context context_of(const Scenario& scenario, const TranscriptEntry& entry) {
    if (entry.context) return *entry.context;
    if (entry.before)
        return context_for(scenario, entry.before->present, entry.before->case_id, entry.before->unit_id);
    return context_for(scenario, entry.present, entry.case_id, entry.unit_id);
}

std::optional<scoring::Context> context_at(const Scenario& scenario,
                                           const std::vector<TranscriptEntry>& transcript,
                                           const std::string& turn_id) {
    auto it = std::find_if(transcript.begin(), transcript.end(),
                           [&](const TranscriptEntry& e) { return e.turn_id == turn_id; });
    if (it == transcript.end()) return std::nullopt;
    return context_of(scenario, *it);
}

scoring::Statement statement_of(const TranscriptEntry& entry) {
    scoring::Statement st;
    st.text = entry.text;
    st.tagged = entry.disclosed;
    st.analyse_text = true;
    return st;
}

bool same_context(const scoring::Context& a, const scoring::Context& b) {
    return a.who_present == b.who_present && a.smo_type == b.smo_type &&
           a.worker_informed == b.worker_informed && a.kept_out == b.kept_out &&
           a.group_size == b.group_size && a.participant_names == b.participant_names;
}

} // namespace smo::core
