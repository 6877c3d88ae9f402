#include "core/settings.hpp"

#include "core/atomic_file.hpp"
#include "core/paths.hpp"
#include "scoring/json/read_file.hpp"
#include "scoring/json/reader.hpp"

#include <algorithm>
#include <cmath>

namespace smo::core {

float clamp_ui_scale(float scale) {
    if (!std::isfinite(scale)) return 1.0f;
    scale = std::round(scale * 10.0f) / 10.0f;
    return std::clamp(scale, kMinUiScale, kMaxUiScale);
}

std::string settings_to_json(const Settings& s) {
    json::Json j{
        {"schema_version", kSettingsSchemaVersion},
        {"language", std::string(language_code(s.language))},
        {"ui_scale", s.ui_scale},
        {"trainee_name", s.trainee_name},
        {"mode", std::string(to_id(s.mode))},
    };
    return j.dump(2) + "\n";
}

std::optional<std::string> settings_from_json(std::string_view text, Settings& out) {
    std::vector<json::Diagnostic> diags;
    auto parsed = json::parse(text, "", json::Limits{1024u * 1024u, 16, 4096u}, diags);
    if (!parsed) return json::short_message(diags.front());
    const json::Json& j = parsed->root;
    json::Reader r(parsed->map, diags, "");
    if (!r.expect_object(j, "", "settings.json")) return json::short_message(diags.front());
    const json::Json* version = r.get(j, "", "schema_version", true);
    if (version == nullptr) return json::short_message(diags.front());
    if (!version->is_number_integer() || *version != kSettingsSchemaVersion) {
        r.report(version->is_number_integer() ? json::DiagCode::SchemaVersionNew : json::DiagCode::WrongType,
                 "/schema_version",
                 "schema_version " + version->dump() + " wordt niet ondersteund (verwacht " +
                     std::to_string(kSettingsSchemaVersion) + ")");
        return json::short_message(diags.back());
    }
    // Past the version, a bad field falls back to its default: settings must never stop the app.
    Settings s;
    if (auto lang = parse_language(r.string(j, "", "language", false))) s.language = *lang;
    if (auto scale = r.number(j, "", "ui_scale", false))
        s.ui_scale = clamp_ui_scale(static_cast<float>(*scale));
    s.trainee_name = r.string(j, "", "trainee_name", false);
    if (auto mode = r.enumeration<SessionMode>(j, "", "mode", false, kSessionModeLabels)) s.mode = *mode;
    out = s;
    return std::nullopt;
}

Settings load_settings(const std::filesystem::path& path, std::string& error) {
    Settings s;
    // A FIFO or device here would block the window from ever appearing: only regular files.
    auto read = json::read_regular_file(path, 1024 * 1024);
    if (read.failure == json::ReadFailure::Missing) return s; // first start: defaults
    if (!read.ok()) {
        error = read.error;
        return s;
    }
    const std::string& text = *read.text;
    if (auto err = settings_from_json(text, s)) error = path.string() + ":" + *err;
    return s;
}

std::optional<std::string> save_settings(const std::filesystem::path& path, const Settings& s) {
    std::string error;
    if (!ensure_private_dir(path.parent_path(), error)) return error;
    return atomic_write(path, settings_to_json(s), 0600);
}

} // namespace smo::core
