#include "core/settings.hpp"

#include "core/atomic_file.hpp"
#include "core/file_lock.hpp"
#include "core/paths.hpp"
#include "core/session.hpp"
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
        {"recent_review_folders", s.recent_review_folders},
        {"lrs_endpoint", s.lrs_endpoint},
        {"lrs_key", s.lrs_key},
        {"institution_home_page", s.institution_home_page},
        {"xapi_account_name", s.xapi_account_name},
        {"xapi_send_name", s.xapi_send_name},
        {"xapi_iri_base", s.xapi_iri_base},
    };
    return j.dump(2) + "\n";
}

namespace {

/// Reads `text` into `out`; every problem goes to `diags`. False when nothing is usable (bad JSON,
/// not an object, unsupported schema_version): `out` is left untouched then.
bool parse_settings(std::string_view text, const std::string& file, Settings& out,
                    std::vector<json::Diagnostic>& diags) {
    auto parsed = json::parse(text, file, json::Limits{1024u * 1024u, 16, 4096u}, diags);
    if (!parsed) return false;
    const json::Json& j = parsed->root;
    json::Reader r(parsed->map, diags, file);
    if (!r.expect_object(j, "", "settings.json")) return false;
    const json::Json* version = r.get(j, "", "schema_version", true);
    if (version == nullptr) return false;
    if (!version->is_number_integer() || *version != kSettingsSchemaVersion) {
        r.report(version->is_number_integer() ? json::DiagCode::SchemaVersionNew : json::DiagCode::WrongType,
                 "/schema_version",
                 "schema_version " + version->dump() + " wordt niet ondersteund (verwacht " +
                     std::to_string(kSettingsSchemaVersion) + ")");
        return false;
    }
    // Past the version, a bad field falls back to its default: settings must never stop the app.
    Settings s;
    if (auto lang = parse_language(r.string(j, "", "language", false))) s.language = *lang;
    if (auto scale = r.number(j, "", "ui_scale", false))
        s.ui_scale = clamp_ui_scale(static_cast<float>(*scale));
    s.trainee_name = r.string(j, "", "trainee_name", false);
    if (auto mode = r.enumeration<SessionMode>(j, "", "mode", false, kSessionModeLabels)) s.mode = *mode;
    s.recent_review_folders = r.strings(j, "", "recent_review_folders", false);
    if (s.recent_review_folders.size() > kRecentReviewFolders)
        s.recent_review_folders.resize(kRecentReviewFolders);
    s.lrs_endpoint = r.string(j, "", "lrs_endpoint", false);
    s.lrs_key = r.string(j, "", "lrs_key", false);
    s.institution_home_page = r.string(j, "", "institution_home_page", false);
    s.xapi_account_name = r.string(j, "", "xapi_account_name", false);
    s.xapi_send_name = r.boolean(j, "", "xapi_send_name", false, false);
    s.xapi_iri_base = r.string(j, "", "xapi_iri_base", false);
    out = s;
    return true;
}

std::string compact_utc_now() {
    std::string compact;
    for (char c : utc_timestamp_now())
        if (c != '-' && c != ':') compact += c;
    return compact; // 20261205T174000Z
}

} // namespace

void remember_review_folder(Settings& settings, const std::string& folder) {
    auto& list = settings.recent_review_folders;
    std::erase(list, folder);
    list.insert(list.begin(), folder);
    if (list.size() > kRecentReviewFolders) list.resize(kRecentReviewFolders);
}

std::optional<std::string> settings_from_json(std::string_view text, Settings& out) {
    std::vector<json::Diagnostic> diags;
    if (parse_settings(text, "", out, diags)) return std::nullopt;
    return json::short_message(diags.back());
}

Settings load_settings(const std::filesystem::path& path, std::string& error, BadSettingsFile bad_file) {
    Settings s;
    // A FIFO or device here would block the window from ever appearing: only regular files.
    auto read = json::read_regular_file(path, 1024 * 1024);
    if (read.failure == json::ReadFailure::Missing) return s; // first start: defaults
    if (!read.ok()) {
        error = read.error;
        return s;
    }
    std::vector<json::Diagnostic> diags;
    parse_settings(*read.text, path.string(), s, diags);
    if (diags.empty()) return s;
    for (const auto& d : diags)
        error += (error.empty() ? "" : "\n") + json::format_gcc(d);
    if (bad_file == BadSettingsFile::LeaveAlone) return s;
    // Keep the user's file to look at, then write what was understood so the next start is clean.
    std::string move_error;
    auto kept = rename_without_replacing(path, path.string() + ".bad-" + compact_utc_now(), move_error);
    if (!kept) {
        error += "\n" + move_error;
        return s;
    }
    error += "\nDe instellingen die niet klopten staan weer op hun standaardwaarde; het oude bestand is "
             "bewaard als " +
             kept->string() + ".";
    if (auto save_error = save_settings(path, s)) error += "\n" + *save_error;
    return s;
}

std::optional<std::string> save_settings(const std::filesystem::path& path, const Settings& s) {
    std::string error;
    if (!ensure_private_dir(path.parent_path(), error)) return error;
    return atomic_write(path, settings_to_json(s), 0600);
}

std::optional<std::string> save_settings_merged(const std::filesystem::path& path, const Settings& before,
                                                const Settings& after) {
    std::string error;
    if (!ensure_private_dir(path.parent_path(), error)) return error;
    // Held for one read-modify-write; the other holder lets go as quickly.
    auto lock = FileLock::acquire(std::filesystem::path(path.string() + ".lock"), error);
    if (!lock) return error;
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
            if (after.recent_review_folders != before.recent_review_folders)
                merged.recent_review_folders = after.recent_review_folders;
            if (after.lrs_endpoint != before.lrs_endpoint) merged.lrs_endpoint = after.lrs_endpoint;
            if (after.lrs_key != before.lrs_key) merged.lrs_key = after.lrs_key;
            if (after.institution_home_page != before.institution_home_page)
                merged.institution_home_page = after.institution_home_page;
            if (after.xapi_account_name != before.xapi_account_name)
                merged.xapi_account_name = after.xapi_account_name;
            if (after.xapi_send_name != before.xapi_send_name) merged.xapi_send_name = after.xapi_send_name;
            if (after.xapi_iri_base != before.xapi_iri_base) merged.xapi_iri_base = after.xapi_iri_base;
        }
    }
    return atomic_write(path, settings_to_json(merged), 0600);
}

} // namespace smo::core
