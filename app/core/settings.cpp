#include "core/settings.hpp"

#include "core/atomic_file.hpp"
#include "core/json_errors.hpp"
#include "core/paths.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <sys/file.h>
#include <unistd.h>

namespace smo::core {

float clamp_ui_scale(float scale) {
    if (!std::isfinite(scale)) return 1.0f;
    scale = std::round(scale * 10.0f) / 10.0f;
    return std::clamp(scale, kMinUiScale, kMaxUiScale);
}

std::string settings_to_json(const Settings& s) {
    nlohmann::json j{
        {"schema_version", kSettingsSchemaVersion},
        {"language", std::string(language_code(s.language))},
        {"ui_scale", s.ui_scale},
        {"trainee_name", s.trainee_name},
        {"mode", s.mode},
    };
    return j.dump(2) + "\n";
}

std::optional<std::string> settings_from_json(std::string_view text, Settings& out) {
    nlohmann::json j;
    if (auto err = parse_json_located(text, j)) return err;
    if (!j.is_object()) return std::string("1:1: verwacht een JSON-object");
    auto version = j.value("schema_version", 0);
    if (version != kSettingsSchemaVersion) {
        return "schema_version " + std::to_string(version) + " wordt niet ondersteund (verwacht " +
               std::to_string(kSettingsSchemaVersion) + ")";
    }
    Settings s;
    if (auto it = j.find("language"); it != j.end() && it->is_string()) {
        if (auto lang = parse_language(it->get<std::string>())) s.language = *lang;
    }
    if (auto it = j.find("ui_scale"); it != j.end() && it->is_number())
        s.ui_scale = clamp_ui_scale(it->get<float>());
    if (auto it = j.find("trainee_name"); it != j.end() && it->is_string())
        s.trainee_name = it->get<std::string>();
    if (auto it = j.find("mode"); it != j.end() && it->is_string()) {
        auto mode = it->get<std::string>();
        if (mode == "oefenen" || mode == "toets") s.mode = mode;
    }
    out = s;
    return std::nullopt;
}

Settings load_settings(const std::filesystem::path& path, std::string& error) {
    Settings s;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return s;
    std::string read_error;
    auto text = read_file(path, read_error, 1024 * 1024);
    if (!text) {
        error = read_error;
        return s;
    }
    if (auto err = settings_from_json(*text, s)) error = path.string() + ":" + *err;
    return s;
}

std::optional<std::string> save_settings(const std::filesystem::path& path, const Settings& s) {
    std::string error;
    if (!ensure_private_dir(path.parent_path(), error)) return error;
    return atomic_write(path, settings_to_json(s), 0600);
}

namespace {

/// Holds an exclusive flock for one read-modify-write of the settings file.
class SettingsFileLock {
  public:
    explicit SettingsFileLock(const std::filesystem::path& lock_path) {
        m_fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (m_fd < 0) {
            m_error = "kan " + lock_path.string() + " niet openen: " + std::strerror(errno);
            return;
        }
        int rc;
        do {
            rc = ::flock(m_fd, LOCK_EX); // the other holder only reads and writes one small file
        } while (rc != 0 && errno == EINTR);
        if (rc != 0) m_error = "kan " + lock_path.string() + " niet vergrendelen: " + std::strerror(errno);
    }
    ~SettingsFileLock() {
        if (m_fd >= 0) ::close(m_fd);
    }
    SettingsFileLock(const SettingsFileLock&) = delete;
    SettingsFileLock& operator=(const SettingsFileLock&) = delete;
    const std::string& error() const { return m_error; }

  private:
    int m_fd = -1;
    std::string m_error;
};

} // namespace

std::optional<std::string> save_settings_merged(const std::filesystem::path& path, const Settings& before,
                                                const Settings& after) {
    std::string error;
    if (!ensure_private_dir(path.parent_path(), error)) return error;
    SettingsFileLock lock(std::filesystem::path(path.string() + ".lock"));
    if (!lock.error().empty()) return lock.error();
    Settings merged = after;
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec)) {
        std::string read_error;
        Settings on_disk;
        auto text = read_file(path, read_error, 1024 * 1024);
        if (text && !settings_from_json(*text, on_disk)) {
            merged = on_disk;
            if (after.language != before.language) merged.language = after.language;
            if (after.ui_scale != before.ui_scale) merged.ui_scale = after.ui_scale;
            if (after.trainee_name != before.trainee_name) merged.trainee_name = after.trainee_name;
            if (after.mode != before.mode) merged.mode = after.mode;
        }
    }
    return atomic_write(path, settings_to_json(merged), 0600);
}

} // namespace smo::core
