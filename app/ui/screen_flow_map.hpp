#pragma once
// A scenario's flow map on its own (--screen flowmap --scenario ID): find a node by id or text and
// centre on it, fit, select. Read-only for now; it becomes the map pane of the scenario editor,
// where a click selects the node's form and a dragged box becomes an undoable move command.

#include "ui/app_state.hpp"

namespace smo::ui {

/// Builds the map of `scenario` into `state.flow_map` (rebuild after each change of the scenario).
void open_flow_map(AppState& state, std::shared_ptr<const core::Scenario> scenario);

/// Makes the open map's scenario at least `nodes` nodes by chaining copies of it (each copy's end
/// nodes lead on to the next copy's start): the 200-node map of `--bench-frames`.
void pad_flow_map_for_benchmark(AppState& state, std::size_t nodes);

// Applied by apply_intents (FindInFlowMap, NextFlowMapMatch, SelectFlowNode).
void find_in_flow_map(AppState& state, const std::string& query);
/// Selects the next match of the find box and centres the map on it.
void next_flow_map_match(AppState& state);
void select_flow_node(AppState& state, const std::string& node_id);

void draw_flow_map_screen(AppState& state);

} // namespace smo::ui
