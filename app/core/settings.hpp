#pragma once
// User settings (settings.json under $XDG_CONFIG_HOME/smo-trainer), versioned.

#include "core/string_table.hpp"
#include "core/vocabulary.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace smo::core {

inline constexpr int kSettingsSchemaVersion = 1;
inline constexpr float kMinUiScale = 0.5f;
inline constexpr float kMaxUiScale = 3.0f;
inline constexpr std::size_t kRecentReviewFolders = 5;

struct Settings {
    Language language = Language::Dutch;
    float ui_scale = 1.0f;        ///< user zoom on top of the monitor's content scale
    std::string trainee_name;     ///< name or pseudonym, prefilled on the start screen
    SessionMode mode = SessionMode::Oefenen;
    /// Cohort folders the supervisor opened, newest first (at most kRecentReviewFolders).
    std::vector<std::string> recent_review_folders;

    // Learning record store (xAPI). The secret is not here: it lives in its own 0600 file
    // (lrs_secret.hpp) so this file can be shown or shared without it.
    std::string lrs_endpoint;      ///< e.g. "https://lrs.example.org/xapi/"; "" = do not send
    std::string lrs_key;           ///< the LRS client's key (Basic auth user)
    std::string institution_home_page; ///< actor.account.homePage, e.g. "https://www.umcg.nl"
    std::string xapi_account_name; ///< actor.account.name: pseudonym or student number
    bool xapi_send_name = false;   ///< also send the trainee's free-text name (actor.name)
    std::string xapi_iri_base;     ///< activity/extension IRIs; "" = kDefaultXapiIriBase

    bool operator==(const Settings&) const = default;
};

/// Clamps a UI scale to the allowed range and rounds it to 0.1 steps.
float clamp_ui_scale(float scale);

std::string settings_to_json(const Settings& s);

/// Puts `folder` first in the recent cohort folders (no duplicates, at most kRecentReviewFolders).
void remember_review_folder(Settings& settings, const std::string& folder);

/// Parses settings. Unknown keys are ignored; wrong types fall back to defaults per field.
/// Returns an error (settings left at defaults) for invalid JSON or an unsupported schema_version.
std::optional<std::string> settings_from_json(std::string_view text, Settings& out);

/// What load_settings does with a file that has problems.
enum class BadSettingsFile {
    KeepAside, ///< rename it to `<path>.bad-<UTC time>` and write what was understood in its place
    LeaveAlone ///< touch nothing (screenshot and benchmark runs never write user files)
};

/// Loads `path`; a missing file is not an error (defaults). A field with a wrong type or value
/// falls back to its default, the rest is kept. `error` gets one `file:line:col` line per problem
/// (and where the bad file was kept); it never throws.
Settings load_settings(const std::filesystem::path& path, std::string& error,
                       BadSettingsFile bad_file = BadSettingsFile::KeepAside);

/// Saves atomically; creates the folder (0700). Returns an error message on failure.
/// Replaces the whole file: use save_settings_merged when another instance may share it.
std::optional<std::string> save_settings(const std::filesystem::path& path, const Settings& s);

/// Writes only the fields that differ between `before` (what this instance loaded or last saved)
/// and `after` on top of what is on disk now, under an exclusive flock on `<path>.lock`, so two
/// instances that change different fields both keep their change (no last-writer-wins). An
/// unreadable file on disk is replaced by `after`. Returns an error message on failure.
std::optional<std::string> save_settings_merged(const std::filesystem::path& path, const Settings& before,
                                                const Settings& after);

} // namespace smo::core
