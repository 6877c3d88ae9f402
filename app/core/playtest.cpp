#include "core/playtest.hpp"

#include "core/did_you_mean.hpp"
#include "scoring/json/source_map.hpp"

#include <algorithm>
#include <deque>

namespace smo::core {
namespace {

/// Every node `node` can go to, in file order: its own `next`, then each option's.
std::vector<const std::string*> successors(const Node& node) {
    std::vector<const std::string*> out;
    for (const auto& e : node.next)
        out.push_back(&e.to);
    for (const auto& o : node.options)
        for (const auto& e : o.next)
            out.push_back(&e.to);
    return out;
}

/// Shortest path start -> target (node ids, both included); empty when there is none.
std::vector<std::string> shortest_path(const Scenario& s, const std::string& target) {
    if (s.find_node(s.start) == nullptr || s.find_node(target) == nullptr) return {};
    std::map<std::string, std::string> parent{{s.start, ""}};
    std::deque<std::string> queue{s.start};
    while (!queue.empty() && !parent.count(target)) {
        const Node* n = s.find_node(queue.front());
        queue.pop_front();
        for (const std::string* to : successors(*n)) {
            if (parent.count(*to) || s.find_node(*to) == nullptr) continue;
            parent[*to] = n->id;
            queue.push_back(*to);
        }
    }
    if (!parent.count(target)) return {};
    std::vector<std::string> path;
    for (std::string at = target; !at.empty(); at = parent[at])
        path.push_back(at);
    std::reverse(path.begin(), path.end());
    return path;
}

} // namespace

PlaytestMeeting playtest_meeting(const Scenario& scenario, const std::string& node_id) {
    PlaytestMeeting out;
    out.arrival = opening_meeting(scenario);
    out.path = shortest_path(scenario, node_id);
    if (out.path.empty()) {
        out.note = scenario.find_node(node_id) == nullptr
                       ? "knoop '" + node_id + "' bestaat niet; de beginstand van het overleg is gebruikt"
                       : "knoop '" + node_id +
                             "' is vanaf de start niet bereikbaar; de beginstand van het overleg is gebruikt";
        out.at_node = out.arrival;
        if (const Node* n = scenario.find_node(node_id)) enter_meeting(scenario, *n, out.at_node);
        return out;
    }
    for (std::size_t i = 0; i + 1 < out.path.size(); ++i)
        enter_meeting(scenario, *scenario.find_node(out.path[i]), out.arrival);
    out.at_node = out.arrival;
    enter_meeting(scenario, *scenario.find_node(node_id), out.at_node);
    return out;
}

PlaytestSetup default_playtest_setup(const Scenario& scenario, const std::string& node_id) {
    PlaytestSetup setup;
    setup.node_id = node_id;
    for (const auto& v : scenario.variables)
        setup.vars[v.id] = v.initial;
    return setup;
}

std::optional<PlaytestProblem> check_playtest_setup(const Scenario& scenario, const PlaytestSetup& setup) {
    if (scenario.find_node(setup.node_id) == nullptr) {
        std::vector<std::string> ids;
        for (const auto& n : scenario.nodes)
            ids.push_back(n.id);
        return PlaytestProblem{"knoop '" + setup.node_id + "' bestaat niet in dit scenario" +
                                   did_you_mean(setup.node_id, ids),
                               "/node"};
    }
    for (const auto& [id, value] : setup.vars) {
        if (scenario.find_variable(id) != nullptr) continue;
        std::vector<std::string> ids;
        for (const auto& v : scenario.variables)
            ids.push_back(v.id);
        return PlaytestProblem{"variabele '" + id + "' bestaat niet in dit scenario" + did_you_mean(id, ids),
                               json::pointer_append("/vars", id)};
    }
    for (std::size_t i = 0; i < setup.prior_items.size(); ++i) {
        const std::string& id = setup.prior_items[i];
        std::string ptr = json::pointer_append("/prior_items", i);
        if (scenario.find_item(id) == nullptr) {
            std::vector<std::string> ids;
            for (const auto& c : scenario.cases)
                for (const auto& item : c.file)
                    ids.push_back(item.id);
            return PlaytestProblem{
                "dossieritem '" + id + "' bestaat niet in dit scenario" + did_you_mean(id, ids), ptr};
        }
        auto earlier = setup.prior_items.begin() + static_cast<std::ptrdiff_t>(i);
        if (std::find(setup.prior_items.begin(), earlier, id) != earlier)
            return PlaytestProblem{"dossieritem '" + id + "' staat twee keer bij de eerder gedeelde items",
                                   ptr};
    }
    return std::nullopt;
}

std::optional<Runtime> start_playtest(std::shared_ptr<const Scenario> scenario,
                                      const scoring::StatementEvaluator& evaluator,
                                      const PlaytestSetup& setup, std::string& error) {
    if (auto problem = check_playtest_setup(*scenario, setup)) {
        error = problem->message;
        return std::nullopt;
    }
    StartPoint start;
    start.node_id = setup.node_id;
    start.vars = setup.vars;
    start.meeting = playtest_meeting(*scenario, setup.node_id).arrival;
    start.prior_items = setup.prior_items;
    return Runtime::start_at(std::move(scenario), evaluator, start, error);
}

} // namespace smo::core
