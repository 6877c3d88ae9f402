#include "core/scenario_files.hpp"

#include "core/atomic_file.hpp"
#include "core/paths.hpp"
#include "scoring/json/document.hpp"

#include <nlohmann/json.hpp>
#include <set>
#include <system_error>

namespace smo::core {
namespace fs = std::filesystem;

namespace {

using Ordered = nlohmann::ordered_json;

// Own scenarios are no secret (unlike sessions): readable by others, like the bundled files.
constexpr unsigned kScenarioMode = 0644;

FileResult failure(std::string error) {
    FileResult r;
    r.error = std::move(error);
    return r;
}

// The JSON of `path` with its key order, or nullopt with a located reason in `error`.
std::optional<Ordered> read_ordered(const fs::path& path, std::string& error) {
    auto text = read_file(path, error);
    if (!text) return std::nullopt;
    Ordered j = Ordered::parse(*text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
        // The toolkit's parser says where, in Dutch; nlohmann only that it failed.
        std::vector<Diagnostic> diags;
        json::parse(*text, path.string(), json::Limits{}, diags);
        error = diags.empty() ? path.string() + ": geen geldige JSON" : format_gcc(diags.front());
        return std::nullopt;
    }
    if (!j.is_object()) {
        error = path.string() + ": een scenario is een JSON-object ({...})";
        return std::nullopt;
    }
    return j;
}

std::string pretty(const Ordered& j) {
    // replace: a stray invalid byte must not throw out of a save.
    return j.dump(2, ' ', false, Ordered::error_handler_t::replace) + "\n";
}

// Checks the id and the target, creates the folder, and writes `<user_dir>/<id>.json`.
FileResult write_new_own(const std::string& new_id, const fs::path& user_dir, const std::string& text) {
    if (!is_valid_id(new_id))
        return failure("ongeldige scenario-id '" + new_id +
                       "': gebruik kleine letters, cijfers, '_', '.' of '-' (begin met letter of cijfer)");
    fs::path target = user_dir / (new_id + ".json");
    std::error_code ec;
    if (fs::exists(fs::symlink_status(target, ec)))
        return failure("er bestaat al een bestand " + target.string() + "; kies een andere id");
    std::string error;
    if (!ensure_private_dir(user_dir, error)) return failure(error);
    if (auto err = atomic_write(target, text, kScenarioMode)) return failure(*err);
    FileResult r;
    r.path = target;
    return r;
}

bool inside(const fs::path& path, const fs::path& dir) {
    std::error_code ec;
    fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
    fs::path d = fs::weakly_canonical(fs::absolute(dir, ec), ec);
    if (d.empty()) return false;
    auto rel = p.lexically_relative(d);
    return !rel.empty() && *rel.begin() != "..";
}

std::string sanitise_id(std::string_view base) {
    std::string out;
    for (char c : base) {
        auto u = static_cast<unsigned char>(c);
        char lower = (u >= 'A' && u <= 'Z') ? static_cast<char>(u - 'A' + 'a') : c;
        bool keep = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9') || lower == '_' ||
                    lower == '.' || lower == '-';
        char next = keep ? lower : '_';
        if (next == '_' && !out.empty() && out.back() == '_') continue; // "a  b" -> "a_b"
        if (out.empty() && !((next >= 'a' && next <= 'z') || (next >= '0' && next <= '9'))) continue;
        out += next;
    }
    while (!out.empty() && out.back() == '_')
        out.pop_back();
    if (out.size() > 56) out.resize(56); // room for "_NNN" within the 64 of is_valid_id
    return out.empty() ? "scenario" : out;
}

// A copy in the own folder keeps `$schema` working: a relative path would point nowhere there, so
// it becomes the absolute path of the schema that belongs to the source's data folder (when found).
void point_schema_at(Ordered& j, const fs::path& schema_file) {
    auto it = j.find("$schema");
    if (it == j.end() || !it->is_string()) return;
    std::error_code ec;
    if (!fs::is_regular_file(schema_file, ec)) return;
    *it = fs::weakly_canonical(fs::absolute(schema_file, ec), ec).string();
}

} // namespace

fs::path templates_dir(const fs::path& data_dir) {
    return data_dir / "assets" / "templates";
}

std::string suggest_free_id(std::string_view base, const std::vector<LibraryEntry>& library) {
    std::set<std::string> taken;
    for (const auto& e : library) {
        taken.insert(e.path.stem().string());
        if (e.scenario) taken.insert(e.scenario->id);
    }
    std::string id = sanitise_id(base);
    if (taken.count(id) == 0) return id;
    for (int n = 2;; ++n) {
        std::string candidate = id + "_" + std::to_string(n);
        if (taken.count(candidate) == 0) return candidate;
    }
}

FileResult create_from_template(const fs::path& template_file, const std::string& new_id,
                                const std::string& title, const fs::path& user_dir) {
    std::string error;
    auto j = read_ordered(template_file, error);
    if (!j) return failure(error);
    (*j)["id"] = new_id;
    (*j)["title"] = title;
    j->erase("title_en");
    j->erase("summary_en");
    point_schema_at(*j, template_file.parent_path() / ".." / ".." / "scenarios" / "scenario.schema.json");
    return write_new_own(new_id, user_dir, pretty(*j));
}

FileResult duplicate_scenario(const LibraryEntry& entry, const std::string& new_id,
                              const fs::path& user_dir) {
    std::string error;
    auto j = read_ordered(entry.path, error);
    if (!j) return failure(error);
    (*j)["id"] = new_id;
    auto suffix = [&](const char* key, const char* tail) {
        auto it = j->find(key);
        if (it != j->end() && it->is_string()) *it = it->get<std::string>() + tail;
    };
    if (!j->contains("title")) (*j)["title"] = entry.scenario ? entry.scenario->id : new_id;
    suffix("title", " (kopie)");
    suffix("title_en", " (copy)");
    if (entry.origin == ScenarioOrigin::Bundled)
        point_schema_at(*j, entry.path.parent_path() / "scenario.schema.json");
    return write_new_own(new_id, user_dir, pretty(*j));
}

FileResult import_scenario(const fs::path& source, const fs::path& user_dir,
                           const std::vector<LibraryEntry>& library, const ImportOptions& options) {
    CheckedScenario checked = check_scenario_file(source, options.validate);
    if (!checked.ok()) {
        FileResult r;
        for (const auto& d : checked.diagnostics)
            if (d.severity == DiagSeverity::Error) r.diagnostics.push_back(d);
        r.error =
            r.diagnostics.empty() ? source.string() + ": niet te laden" : format_gcc(r.diagnostics.front());
        r.error += "\nHerstel het bestand en importeer opnieuw.";
        return r;
    }
    const std::string& id = checked.loaded.scenario->id;
    if (!is_valid_id(id)) return failure("ongeldige scenario-id '" + id + "' in " + source.string());
    fs::path target = user_dir / (id + ".json");
    bool exists = false;
    for (const auto& e : library) {
        if (!e.scenario || e.scenario->id != id) continue;
        exists = true;
        if (e.origin == ScenarioOrigin::Own) target = e.path; // replace that file, not a second one
    }
    std::error_code ec;
    exists = exists || fs::exists(fs::symlink_status(target, ec));
    if (exists && !options.replace_existing)
        return failure("scenario '" + id +
                       "' bestaat al in de bibliotheek; kies vervangen of geef het een andere id");
    std::string error;
    auto bytes = read_file(source, error);
    if (!bytes) return failure(error);
    if (!ensure_private_dir(user_dir, error)) return failure(error);
    return save_scenario_file(target, *bytes, {});
}

FileResult export_scenario(const LibraryEntry& entry, const fs::path& dest, bool replace_existing) {
    std::error_code ec;
    fs::path target = dest;
    if (fs::is_directory(dest, ec)) {
        std::string name = entry.scenario ? entry.scenario->id + ".json" : entry.path.filename().string();
        target = dest / name;
    }
    if (!replace_existing && fs::exists(fs::symlink_status(target, ec)))
        return failure(target.string() + " bestaat al; kies een andere naam");
    std::string error;
    auto bytes = read_file(entry.path, error);
    if (!bytes) return failure(error);
    if (auto err = atomic_write(target, *bytes, kScenarioMode)) return failure(*err);
    FileResult r;
    r.path = target;
    return r;
}

fs::path backup_path(const fs::path& file) {
    return fs::path(file.string() + ".bak");
}

FileResult save_scenario_file(const fs::path& path, std::string_view text, const fs::path& bundled_dir) {
    if (!bundled_dir.empty() && inside(path, bundled_dir))
        return failure(
            path.string() +
            " is een meegeleverd scenario en wordt nooit overschreven; dupliceer het eerst naar je "
            "eigen scenario's");
    if (auto refused = check_write_target(path)) return failure(*refused);
    std::error_code ec;
    if (fs::exists(path, ec)) {
        std::string error;
        auto previous = read_file(path, error);
        if (!previous) return failure(error);
        if (*previous != text) {
            if (auto err = atomic_write(backup_path(path), *previous, kScenarioMode))
                return failure("reservekopie mislukt, niets opgeslagen: " + *err);
            if (auto err = atomic_write(path, text, kScenarioMode)) return failure(*err);
        }
    } else if (auto err = atomic_write(path, text, kScenarioMode)) {
        return failure(*err);
    }
    FileResult r;
    r.path = path;
    return r;
}

} // namespace smo::core
