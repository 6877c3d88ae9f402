#include "core/paths.hpp"

#include <cstdlib>
#include <sys/stat.h>
#include <system_error>
#include <vector>

namespace smo::core {
namespace fs = std::filesystem;

namespace {

constexpr const char* kAppDir = "smo-trainer";

// XDG: a variable counts only when set, non-empty and absolute.
std::optional<fs::path> absolute_env(const EnvLookup& env, const char* name) {
    auto value = env(name);
    if (!value || value->empty()) return std::nullopt;
    fs::path p(*value);
    if (!p.is_absolute()) return std::nullopt;
    return p;
}

fs::path home_dir(const EnvLookup& env) {
    if (auto home = absolute_env(env, "HOME")) return *home;
    return fs::path("/tmp");
}

fs::path xdg_dir(const EnvLookup& env, const char* var, const char* fallback_below_home) {
    if (auto dir = absolute_env(env, var)) return *dir / kAppDir;
    return home_dir(env) / fallback_below_home / kAppDir;
}

} // namespace

EnvLookup process_env() {
    return [](const char* name) -> std::optional<std::string> {
        const char* v = std::getenv(name);
        if (v == nullptr) return std::nullopt;
        return std::string(v);
    };
}

UserDirs resolve_user_dirs(const EnvLookup& env) {
    UserDirs dirs{
        xdg_dir(env, "XDG_CONFIG_HOME", ".config"),
        xdg_dir(env, "XDG_STATE_HOME", ".local/state"),
        xdg_dir(env, "XDG_DATA_HOME", ".local/share"),
        {},
    };
    dirs.scenarios = dirs.data / "scenarios";
    return dirs;
}

bool is_data_dir(const fs::path& dir) {
    std::error_code ec;
    return fs::is_regular_file(dir / "assets" / "i18n" / "nl.json", ec);
}

std::optional<fs::path> find_data_dir(const std::optional<fs::path>& override_dir, const fs::path& exe_path,
                                      const EnvLookup& env) {
    // An explicit --data-dir is final: silently falling back would hide a typo.
    if (override_dir) {
        if (is_data_dir(*override_dir)) return *override_dir;
        return std::nullopt;
    }
    std::vector<fs::path> candidates;
    if (auto dir = absolute_env(env, "SMO_TRAINER_DATA_DIR")) candidates.push_back(*dir);
    if (!exe_path.empty()) candidates.push_back(exe_path.parent_path().parent_path() / "share" / kAppDir);
#ifdef SMO_SOURCE_DATA_DIR
    candidates.emplace_back(SMO_SOURCE_DATA_DIR);
#endif
#ifdef SMO_INSTALL_DATA_DIR
    candidates.emplace_back(SMO_INSTALL_DATA_DIR);
#endif
    for (const auto& c : candidates) {
        if (is_data_dir(c)) return c;
    }
    return std::nullopt;
}

bool ensure_private_dir(const fs::path& dir, std::string& error) {
    std::error_code ec;
    if (fs::is_directory(dir, ec)) return true;
    if (dir.has_parent_path() && dir.parent_path() != dir) {
        if (!ensure_private_dir(dir.parent_path(), error)) return false;
    }
    if (::mkdir(dir.c_str(), 0700) != 0 && !fs::is_directory(dir, ec)) {
        error = "kan map niet aanmaken: " + dir.string();
        return false;
    }
    return true;
}

} // namespace smo::core
