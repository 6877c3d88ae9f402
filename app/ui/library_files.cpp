#include "ui/library_files.hpp"

#include "core/paths.hpp"
#include "core/scenario_files.hpp"
#include "ui/session_actions.hpp"

#include <set>

namespace smo::ui {

namespace {

void report(AppState& state, const core::FileResult& r, const char* done_key) {
    state.library_files.message_is_error = !r.ok();
    state.library_files.message =
        r.ok() ? std::string(state.strings(done_key)) + " " + r.path.string() : r.error;
}

void fail(AppState& state, std::string message) {
    state.library_files.message_is_error = true;
    state.library_files.message = std::move(message);
}

const core::LibraryEntry* find_template(const AppState& state, const std::string& id) {
    for (const auto& t : state.services.templates)
        if (t.ok() && t.scenario->id == id) return &t;
    return nullptr;
}

// The id a new scenario gets: "sjabloon_met_werknemer" -> "mijn_met_werknemer", made free.
std::string new_id_for(const AppState& state, std::string base) {
    const std::string prefix = "sjabloon_";
    if (base.rfind(prefix, 0) == 0) base = "mijn_" + base.substr(prefix.size());
    return core::suggest_free_id(base, state.services.library);
}

} // namespace

core::ValidateOptions library_validate_options(const AppState& state) {
    core::ValidateOptions options;
    if (state.services.engine) {
        std::set<std::string> ids;
        for (const auto& r : state.services.engine->rulebase().rules)
            ids.insert(r.id);
        options.known_rules = std::move(ids);
    }
    return options;
}

void reload_library(AppState& state) {
    auto options = library_validate_options(state);
    state.services.library =
        core::load_library(state.data_dir / "scenarios", state.user_scenarios_dir, options);
    state.services.templates = core::load_library(core::templates_dir(state.data_dir), options);
    refresh_library_view(state);
}

std::optional<std::filesystem::path> create_scenario_from_template(AppState& state,
                                                                   const std::string& template_id) {
    const core::LibraryEntry* t = find_template(state, template_id);
    if (t == nullptr) {
        fail(state, std::string(state.strings("library.no_template")) + " " + template_id);
        return std::nullopt;
    }
    if (state.user_scenarios_dir.empty()) {
        fail(state, state.strings("library.no_own_folder"));
        return std::nullopt;
    }
    auto r = core::create_from_template(t->path, new_id_for(state, template_id), t->scenario->title,
                                        state.user_scenarios_dir);
    report(state, r, "library.created");
    if (!r.ok()) return std::nullopt;
    reload_library(state);
    return r.path;
}

std::optional<std::filesystem::path> duplicate_library_scenario(AppState& state,
                                                                const std::string& scenario_id) {
    const core::LibraryEntry* e = core::find_in_library(state.services.library, scenario_id);
    if (e == nullptr) {
        fail(state, std::string(state.strings("error.scenario_not_found")) + " " + scenario_id);
        return std::nullopt;
    }
    if (state.user_scenarios_dir.empty()) {
        fail(state, state.strings("library.no_own_folder"));
        return std::nullopt;
    }
    auto r = core::duplicate_scenario(
        *e, core::suggest_free_id(scenario_id + "_kopie", state.services.library), state.user_scenarios_dir);
    report(state, r, "library.created");
    if (!r.ok()) return std::nullopt;
    reload_library(state);
    return r.path;
}

void import_library_scenario(AppState& state, const std::string& path, bool replace_existing) {
    if (path.empty()) return fail(state, state.strings("library.path_missing"));
    if (state.user_scenarios_dir.empty()) return fail(state, state.strings("library.no_own_folder"));
    core::ImportOptions options;
    options.validate = library_validate_options(state);
    options.replace_existing = replace_existing;
    auto r = core::import_scenario(path, state.user_scenarios_dir, state.services.library, options);
    report(state, r, "library.imported");
    if (r.ok()) reload_library(state);
}

void export_library_scenario(AppState& state, const std::string& scenario_id,
                             const std::string& destination) {
    const core::LibraryEntry* e = core::find_in_library(state.services.library, scenario_id);
    if (e == nullptr)
        return fail(state, std::string(state.strings("error.scenario_not_found")) + " " + scenario_id);
    std::filesystem::path dest = destination;
    if (dest.empty()) {
        std::string error;
        if (!core::ensure_private_dir(state.export_dir, error)) return fail(state, error);
        dest = state.export_dir;
    }
    report(state, core::export_scenario(*e, dest), "library.exported");
}

} // namespace smo::ui
