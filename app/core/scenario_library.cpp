#include "core/scenario_library.hpp"

#include <algorithm>
#include <system_error>

namespace smo::core {
namespace fs = std::filesystem;

namespace {
bool is_scenario_name(const fs::path& p) {
    std::string name = p.filename().string();
    if (p.extension() != ".json" || name.empty() || name.front() == '.') return false;
    return !(name.size() >= 12 && name.compare(name.size() - 12, 12, ".schema.json") == 0);
}
} // namespace

std::optional<Diagnostic> LibraryEntry::first_error() const {
    for (const auto& d : diagnostics)
        if (d.severity == DiagSeverity::Error) return d;
    return std::nullopt;
}

std::vector<fs::path> find_scenario_files(const fs::path& path) {
    std::vector<fs::path> out;
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
        out.push_back(path);
        return out;
    }
    auto options = fs::directory_options::skip_permission_denied;
    for (fs::recursive_directory_iterator it(path, options, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code type_ec;
        // Non-regular *.json (a FIFO, a device, a dangling or looping symlink) are listed too: the
        // loader refuses them with a message instead of the file silently missing.
        if (!it->is_directory(type_ec) && is_scenario_name(it->path())) out.push_back(it->path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<LibraryEntry> load_library(const fs::path& dir, const ValidateOptions& options,
                                       ScenarioOrigin origin) {
    std::vector<LibraryEntry> out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return out;
    for (const auto& file : find_scenario_files(dir)) {
        CheckedScenario checked = check_scenario_file(file, options);
        LibraryEntry e;
        e.path = file;
        e.origin = origin;
        e.scenario = checked.loaded.scenario;
        e.sha256 = checked.loaded.sha256;
        e.diagnostics = std::move(checked.diagnostics);
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<LibraryEntry> load_library(const fs::path& bundled_dir, const fs::path& own_dir,
                                       const ValidateOptions& options) {
    std::vector<LibraryEntry> out = load_library(bundled_dir, options, ScenarioOrigin::Bundled);
    std::vector<LibraryEntry> own = load_library(own_dir, options, ScenarioOrigin::Own);
    for (const auto& o : own) {
        if (!o.ok()) continue; // a broken own file must not hide a working bundled one
        for (auto& b : out)
            if (b.scenario && b.scenario->id == o.scenario->id) b.shadowed = true;
    }
    out.insert(out.end(), std::make_move_iterator(own.begin()), std::make_move_iterator(own.end()));
    return out;
}

std::optional<fs::path> find_scenario_file_by_id(const std::string& scenario_id, const fs::path& bundled_dir,
                                                 const fs::path& own_dir) {
    // Only plain ids: "../x" must not reach outside the folders.
    if (!is_valid_id(scenario_id)) return std::nullopt;
    std::error_code ec;
    for (const auto& dir : {own_dir, bundled_dir}) {
        if (dir.empty()) continue;
        fs::path candidate = dir / (scenario_id + ".json");
        if (fs::exists(candidate, ec)) return candidate;
    }
    return std::nullopt;
}

const LibraryEntry* find_in_library(const std::vector<LibraryEntry>& library,
                                    const std::string& scenario_id) {
    for (const auto& e : library)
        if (e.ok() && !e.shadowed && e.scenario->id == scenario_id) return &e;
    return nullptr;
}

} // namespace smo::core
