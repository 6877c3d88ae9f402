#pragma once
// The user's own scenario files: new from a template, duplicate, import, export and save. Every
// write is atomic; nothing here ever writes into the bundled folder. The JSON is edited as text
// with key order kept (ordered_json), so unknown fields, notes and layout survive a copy.

#include "core/scenario_library.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace smo::core {

/// What a file operation did: the file written, or why nothing was written.
struct FileResult {
    std::filesystem::path path;          ///< the file written (empty on failure)
    std::string error;                   ///< Dutch, says what to do; empty on success
    std::vector<Diagnostic> diagnostics; ///< import: the located findings that refused the file
    bool ok() const { return error.empty(); }
};

/// The templates of <data>/assets/templates: one minimal, valid scenario per SMO form.
std::filesystem::path templates_dir(const std::filesystem::path& data_dir);

/// `base` turned into a valid scenario id that no entry of `library` uses (by scenario id or by
/// file name, so broken files count too): lower case, other characters become '_', then "_2",
/// "_3"... until free. An empty base becomes "scenario".
std::string suggest_free_id(std::string_view base, const std::vector<LibraryEntry>& library);

/// Copies the template file into `user_dir` as `<new_id>.json` with `id` and `title` set (the
/// template's English title and summary are dropped: they describe the template). Refuses an
/// invalid id, an existing file, or a template that is not a JSON object. Creates `user_dir`.
FileResult create_from_template(const std::filesystem::path& template_file, const std::string& new_id,
                                const std::string& title, const std::filesystem::path& user_dir);

/// Copies the scenario of `entry` (bundled or own) into `user_dir` as `<new_id>.json`, keeping every
/// field; sets `id`, and `title` (and `title_en` when present) to the old one + " (kopie)"/" (copy)".
FileResult duplicate_scenario(const LibraryEntry& entry, const std::string& new_id,
                              const std::filesystem::path& user_dir);

struct ImportOptions {
    ValidateOptions validate;      ///< known rule ids, as for the library
    bool replace_existing = false; ///< allow an id that is already in the library or the folder
};

/// Validates `source` and copies its bytes unchanged to `<user_dir>/<id>.json`. Refuses, with the
/// located diagnostics, a file with errors (bad JSON: file:line:col); refuses an id already in
/// `library` or in `user_dir` unless `replace_existing` (replacing an own file keeps a `.bak`; an own
/// file with a bundled id shadows the bundled one).
FileResult import_scenario(const std::filesystem::path& source, const std::filesystem::path& user_dir,
                           const std::vector<LibraryEntry>& library, const ImportOptions& options = {});

/// Copies the scenario file of `entry` unchanged to `dest`, or to `<dest>/<id>.json` when `dest`
/// is a folder. Refuses to replace an existing file unless `replace_existing`.
FileResult export_scenario(const LibraryEntry& entry, const std::filesystem::path& dest,
                           bool replace_existing = false);

/// The backup kept by save_scenario_file: `<file>.bak` beside it (not *.json, so the library skips it).
std::filesystem::path backup_path(const std::filesystem::path& file);

/// Saves an edited scenario text to `path` atomically. The previous content (when different)
/// goes to backup_path(path) first, replacing an older backup. Refuses any path inside
/// `bundled_dir`: a bundled scenario is duplicated to the own folder before it is edited.
/// Saving unchanged text writes nothing. The text is not validated (work in progress may be saved).
FileResult save_scenario_file(const std::filesystem::path& path, std::string_view text,
                              const std::filesystem::path& bundled_dir);

} // namespace smo::core
