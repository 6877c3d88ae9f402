#pragma once
// A generated scenario graph of any size for the flow-map tests and benchmarks: line nodes, choices
// with 2-4 options jumping ahead, conditional edges, loops back, converging branches, end nodes and
// a few nodes nothing points at. Deterministic (fixed-seed mt19937, no distributions).

#include "core/scenario.hpp"

#include <algorithm>
#include <random>
#include <string>

namespace smo::test {

inline core::Scenario generated_flow_scenario(int node_count, unsigned seed = 12) {
    std::mt19937 rng(seed);
    auto pick = [&](int lo, int hi) {
        return lo + static_cast<int>(rng() % static_cast<unsigned>(hi - lo + 1));
    };
    core::Scenario s;
    s.id = "generated";
    s.start = "n0";
    const int orphans = node_count / 40;
    const int main_count = node_count - orphans;
    const int ends = std::max(2, main_count / 20);
    auto id_of = [](int i) { return "n" + std::to_string(i); };
    for (int i = 0; i < main_count; ++i) {
        core::Node n;
        n.id = id_of(i);
        n.text = "Regel " + std::to_string(i) + " over de re\xC3\xAFntegratie van de werknemer";
        const int last_regular = main_count - ends - 1;
        if (i > last_regular) {
            n.kind = core::NodeKind::End;
            n.outcome = "good";
        } else if (i % 3 == 1) {
            n.kind = core::NodeKind::Choice;
            n.prompt = "Keuze " + std::to_string(i) + ": wat zegt u?";
            const int options = pick(2, 4);
            for (int o = 0; o < options; ++o) {
                core::Option opt;
                opt.id = "o" + std::to_string(o + 1);
                opt.text = "Optie " + std::to_string(o + 1);
                // The first option goes straight on, so every main node is reachable.
                const int jump = o == 0 ? 1 : pick(1, 12);
                opt.next.push_back({id_of(std::min(main_count - 1, i + jump)), {}, {}});
                n.options.push_back(std::move(opt));
            }
        } else {
            n.kind = core::NodeKind::Line;
            if (i % 7 == 0) {
                core::Condition c;
                c.var = "trust";
                c.op = core::CompareOp::Ge;
                c.value = 3;
                n.next.push_back({id_of(std::min(main_count - 1, i + pick(2, 9))), {c}, {}});
            }
            if (i % 17 == 5 && i > 10) n.next.push_back({id_of(i - pick(3, 10)), {}, {}}); // loop back
            n.next.push_back({id_of(i + 1), {}, {}});
            if (i == last_regular) {
                // The last regular node leads to every end node, each under its own condition.
                for (int end = i + 2; end < main_count; ++end) {
                    core::Condition c;
                    c.var = "trust";
                    c.op = core::CompareOp::Eq;
                    c.value = end - i;
                    n.next.insert(n.next.begin(), core::Edge{id_of(end), {c}, {}});
                }
            }
        }
        s.nodes.push_back(std::move(n));
    }
    for (int k = 0; k < orphans; ++k) {
        core::Node n;
        n.id = "orphan" + std::to_string(k);
        n.text = "Niet bereikbaar";
        n.next.push_back({id_of(pick(0, main_count - 1)), {}, {}});
        s.nodes.push_back(std::move(n));
    }
    return s;
}

} // namespace smo::test
