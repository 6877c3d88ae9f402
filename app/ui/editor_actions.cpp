#include "ui/editor_actions.hpp"

#include "core/atomic_file.hpp"
#include "core/scenario_files.hpp"
#include "core/scenario_loader.hpp"
#include "core/sha256.hpp"
#include "ui/library_files.hpp"
#include "ui/save_status.hpp"

#include <algorithm>
#include <cmath>

namespace smo::ui {

namespace {

EditorState& ed(AppState& state) {
    return state.editor;
}

void say(AppState& state, std::string message, bool is_error) {
    ed(state).message = std::move(message);
    ed(state).message_is_error = is_error;
}

// Any library entry with this id or file name, broken own files included (they are what the
// author most needs to open); an own file wins over a bundled one.
const core::LibraryEntry* find_editable(const AppState& state, const std::string& id) {
    const core::LibraryEntry* found = nullptr;
    for (const auto& e : state.services.library) {
        const bool match = (e.scenario && e.scenario->id == id) || e.path.stem().string() == id;
        if (!match) continue;
        if (e.origin == core::ScenarioOrigin::Own) return &e;
        if (found == nullptr) found = &e;
    }
    return found;
}

core::FlowPositions stored_positions(const core::Scenario& s) {
    core::FlowPositions out;
    for (const auto& n : s.nodes)
        if (n.map_position) out[n.id] = core::FlowPoint{n.map_position->x, n.map_position->y};
    return out;
}

// The recovery file names the scenario by its id; a half-typed id falls back inside core.
core::EditorRecovery recovery_of(const AppState& state) {
    const EditorState& e = state.editor;
    core::EditorRecovery r;
    r.scenario_id = e.path.stem().string();
    r.target = e.path;
    r.text = e.doc->text();
    r.target_sha256 = e.target_sha256;
    if (!state.state_dir.empty()) {
        const std::string name = core::is_valid_id(r.scenario_id) ? r.scenario_id : "document";
        r.file = core::recovery_dir(state.state_dir) / (name + ".json");
    }
    return r;
}

void write_recovery_if_dirty(AppState& state) {
    EditorState& e = ed(state);
    if (state.state_dir.empty() || !e.open() || e.read_only) return;
    auto r = recovery_of(state);
    if (!e.doc->dirty()) {
        core::discard_recovery(r); // undone back to the saved text
        return;
    }
    auto written = core::write_recovery(state.state_dir, r);
    if (!written.ok()) say(state, written.error, true);
}

void refresh_audit(AppState& state) {
    EditorState& e = ed(state);
    if (e.pane != EditorPane::Audit || !state.services.engine) return;
    const core::Scenario* s = e.doc->scenario();
    if (s == nullptr || e.audit_revision == e.doc->revision()) return;
    e.audit = core::audit_options(*s, *state.services.engine);
    e.audit_revision = e.doc->revision();
}

// Everything derived from the document, after each committed change.
void after_change(AppState& state) {
    EditorState& e = ed(state);
    const core::Scenario* s = e.doc->scenario();
    if (s != nullptr && e.map_revision != e.doc->revision()) {
        e.map = core::build_flow_map(*s, stored_positions(*s));
        e.map_revision = e.doc->revision();
        e.problems.clear();
        for (const auto& d : e.doc->checked().diagnostics) {
            const core::EditorItem item = core::item_for_pointer(*s, d.pointer);
            auto& count = e.problems[{static_cast<int>(item.kind), item.id}];
            (d.severity == json::DiagSeverity::Error ? count.errors : count.warnings)++;
        }
        if (!core::item_exists(*s, e.selected)) e.selected = {};
        if (!e.query.empty()) e.matches = core::find_nodes(*s, e.query);
    }
    refresh_audit(state);
    write_recovery_if_dirty(state);
}

void open_document(AppState& state, std::unique_ptr<core::ScenarioDocument> doc, std::filesystem::path path,
                   bool read_only, std::string target_sha256) {
    EditorState fresh;
    fresh.doc = std::move(doc);
    fresh.path = std::move(path);
    fresh.read_only = read_only;
    fresh.target_sha256 = std::move(target_sha256);
    fresh.recoveries = std::move(state.editor.recoveries);
    fresh.recovery_problems = std::move(state.editor.recovery_problems);
    if (const core::Scenario* s = fresh.doc->scenario(); s != nullptr && !s->start.empty())
        fresh.selected = {core::EditorItemKind::Node, s->start};
    state.editor = std::move(fresh);
    after_change(state);
    state.screen = Screen::Editor;
}

void go(AppState& state, Screen to) {
    EditorState& e = ed(state);
    if (e.open() && !state.state_dir.empty()) core::discard_recovery(recovery_of(state));
    e.doc.reset();
    e.playtest.reset();
    e.audit.reset();
    e.leave_to.reset();
    state.screen = to;
    if (to == Screen::Library) reload_library(state);
}

} // namespace

std::optional<std::string> open_editor(AppState& state, const std::string& scenario_id) {
    const core::LibraryEntry* entry = find_editable(state, scenario_id);
    if (entry == nullptr) return std::string(state.strings("error.scenario_not_found")) + " " + scenario_id;
    std::string error;
    auto text = core::read_file(entry->path, error);
    if (!text) return error;
    std::vector<core::Diagnostic> diags;
    auto doc = core::ScenarioDocument::open(*text, entry->path.filename().string(), diags,
                                            library_validate_options(state));
    if (!doc) return diags.empty() ? std::string("?") : diags.front().format();
    open_document(state, std::make_unique<core::ScenarioDocument>(std::move(*doc)), entry->path,
                  entry->origin != core::ScenarioOrigin::Own, core::sha256_hex(*text));
    return std::nullopt;
}

bool editor_dirty(const AppState& state) {
    return state.editor.open() && !state.editor.read_only && state.editor.doc->dirty();
}

void execute_edit(AppState& state, EditScenario& edit) {
    EditorState& e = ed(state);
    if (!e.open()) return;
    if (e.read_only) return say(state, state.strings("editor.read_only"), true);
    if (!edit.command) return say(state, edit.error, true);
    std::string error;
    if (!e.doc->execute(*edit.command, error)) return say(state, error, true);
    e.message.clear();
    if (edit.select_after) e.selected = *edit.select_after;
    after_change(state);
}

void undo_edit(AppState& state) {
    if (!state.editor.open() || !state.editor.doc->undo()) return;
    state.editor.draft = {};
    after_change(state);
}

void redo_edit(AppState& state) {
    if (!state.editor.open() || !state.editor.doc->redo()) return;
    state.editor.draft = {};
    after_change(state);
}

void end_edit_merge(AppState& state) {
    if (state.editor.open()) state.editor.doc->end_merge();
}

void select_editor_item(AppState& state, const core::EditorItem& item) {
    EditorState& e = ed(state);
    e.selected = item;
    e.focus_pointer.clear();
    if (item.kind == core::EditorItemKind::Node) e.view.centre_request = item.id;
}

void jump_to_pointer(AppState& state, const std::string& pointer) {
    EditorState& e = ed(state);
    if (!e.open() || e.doc->scenario() == nullptr) return;
    e.selected = core::item_for_pointer(*e.doc->scenario(), pointer);
    e.focus_pointer = pointer;
    e.scroll_to_focus = true;
    if (e.selected.kind == core::EditorItemKind::Node) e.view.centre_request = e.selected.id;
}

void find_in_editor(AppState& state, const std::string& query) {
    EditorState& e = ed(state);
    e.query = query;
    e.match_index = 0;
    e.matches = e.open() && e.doc->scenario() ? core::find_nodes(*e.doc->scenario(), query)
                                              : std::vector<std::string>{};
}

void next_editor_match(AppState& state) {
    EditorState& e = ed(state);
    if (e.matches.empty()) return;
    select_editor_item(state, {core::EditorItemKind::Node, e.matches[e.match_index % e.matches.size()]});
    e.match_index = (e.match_index + 1) % e.matches.size();
}

void set_editor_pane(AppState& state, EditorPane pane) {
    ed(state).pane = pane;
    if (state.editor.open()) refresh_audit(state);
}

void move_map_node(AppState& state, const std::string& node_id, float x, float y) {
    EditorState& e = ed(state);
    if (!e.open() || e.doc->scenario() == nullptr) return;
    const core::Node* n = e.doc->scenario()->find_node(node_id);
    if (n == nullptr) return;
    core::OrderedJson pos = core::OrderedJson::object();
    pos["x"] = std::lround(x);
    pos["y"] = std::lround(y);
    std::string error;
    EditScenario edit{core::set_field(e.doc->json(), n->ptr + "/map", pos, error), error, std::nullopt};
    if (edit.command) edit.command->label = state.strings("editor.cmd.move_box");
    execute_edit(state, edit);
    e.doc->end_merge(); // one drag, one undo step
}

bool save_edits(AppState& state) {
    EditorState& e = ed(state);
    if (!e.open()) return false;
    if (e.read_only) {
        say(state, state.strings("editor.read_only"), true);
        return false;
    }
    auto r = core::save_scenario_file(e.path, e.doc->text(), state.data_dir / "scenarios");
    if (!r.ok()) {
        say(state, r.error, true); // the document and its recovery file stay
        return false;
    }
    e.doc->mark_saved();
    e.target_sha256 = core::sha256_hex(e.doc->text());
    if (!state.state_dir.empty()) core::discard_recovery(recovery_of(state));
    say(state, std::string(state.strings("editor.saved")) + " " + e.path.string(), false);
    return true;
}

void leave_editor(AppState& state, Screen to) {
    if (editor_dirty(state)) {
        ed(state).leave_to = to;
        return;
    }
    go(state, to);
}

void resolve_leave(AppState& state, ResolveLeave::Choice choice) {
    EditorState& e = ed(state);
    if (!e.leave_to) return;
    const Screen to = *e.leave_to;
    const bool quits = e.leave_quits;
    switch (choice) {
    case ResolveLeave::Choice::Cancel:
        e.leave_to.reset();
        e.leave_quits = false;
        return;
    case ResolveLeave::Choice::Save:
        if (!save_edits(state)) {
            e.leave_to.reset(); // the error shows in the editor; nothing is lost
            e.leave_quits = false;
            return;
        }
        break;
    case ResolveLeave::Choice::Discard:
        break;
    default:
        return;
    }
    go(state, to);
    if (quits && confirm_close(state)) state.quit_confirmed = true; // unsaved turns still ask
}

bool editor_allows_close(AppState& state) {
    if (!editor_dirty(state)) return true;
    ed(state).leave_to = Screen::Library;
    ed(state).leave_quits = true;
    return false;
}

void load_editor_recoveries(AppState& state) {
    if (state.state_dir.empty()) return;
    auto found = core::list_recoveries(state.state_dir);
    ed(state).recoveries = std::move(found.pending);
    ed(state).recovery_problems = std::move(found.problems);
}

void resolve_recovery(AppState& state, bool restore) {
    EditorState& e = ed(state);
    if (e.recoveries.empty()) return;
    core::EditorRecovery r = std::move(e.recoveries.front());
    e.recoveries.erase(e.recoveries.begin());
    if (!restore) {
        if (auto err = core::discard_recovery(r)) state.warnings.push_back(*err);
        return;
    }
    std::string error;
    auto restored = core::restore_recovery(r.file, error);
    if (!restored) return state.warnings.push_back(error);
    std::vector<core::Diagnostic> diags;
    auto doc = core::ScenarioDocument::open(restored->recovery.text, r.target.filename().string(), diags,
                                            library_validate_options(state));
    if (!doc) return state.warnings.push_back(diags.empty() ? r.file.string() : diags.front().format());
    auto owned = std::make_unique<core::ScenarioDocument>(std::move(*doc));
    owned->mark_unsaved();
    open_document(state, std::move(owned), r.target, false, r.target_sha256);
    if (restored->target_changed) say(state, state.strings("editor.recovery.target_changed"), true);
}

void pad_editor_for_benchmark(AppState& state, std::size_t nodes) {
    EditorState& e = ed(state);
    if (!e.open() || e.doc->scenario() == nullptr) return;
    core::OrderedJson root = e.doc->json();
    const core::OrderedJson original = root["nodes"];
    const std::string start = root.value("start", std::string());
    auto retarget = [](core::OrderedJson& edges, const std::string& suffix) {
        if (edges.is_string()) edges = edges.get<std::string>() + suffix; // "next": "id"
        if (!edges.is_array()) return;
        for (auto& edge : edges)
            if (edge.contains("to") && edge["to"].is_string())
                edge["to"] = edge["to"].get<std::string>() + suffix;
    };
    for (int copy = 1; root["nodes"].size() < nodes; ++copy) {
        const std::string suffix = "_" + std::to_string(copy);
        // The previous copy's end nodes lead into this copy, so every box is reachable.
        for (std::size_t i = root["nodes"].size() - original.size(); i < root["nodes"].size(); ++i) {
            auto& n = root["nodes"][i];
            if (n.value("kind", std::string()) != "end") continue;
            core::OrderedJson edge = core::OrderedJson::object();
            edge["to"] = start + suffix;
            core::OrderedJson line = core::OrderedJson::object();
            line["id"] = n["id"];
            line["kind"] = "line";
            line["text"] = n.value("text", std::string());
            line["next"] = core::OrderedJson::array();
            line["next"].push_back(std::move(edge));
            n = std::move(line);
        }
        for (core::OrderedJson n : original) {
            n["id"] = n["id"].get<std::string>() + suffix;
            n.erase("map");
            if (n.contains("next")) retarget(n["next"], suffix);
            if (n.contains("options"))
                for (auto& o : n["options"])
                    if (o.contains("next")) retarget(o["next"], suffix);
            root["nodes"].push_back(std::move(n));
        }
    }
    auto doc = std::make_unique<core::ScenarioDocument>(std::move(root), e.doc->file(),
                                                        library_validate_options(state));
    open_document(state, std::move(doc), e.path, true, e.target_sha256);
}

} // namespace smo::ui
