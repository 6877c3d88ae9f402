#pragma once
// `smo-trainer export --xapi SESSION [--out FILE] [--settings FILE] [--data-dir DIR] [--scenarios DIR]`
//
// Writes the xAPI 1.0.3 statements of one session file (a handed-in .smo.json or a saved session)
// as a JSON array: to stdout, or atomically to FILE. The session is verified and re-scored first,
// exactly as `report` does, and the statements carry the replayed (trusted) verdicts; the review
// sidecar beside the file (`<SESSION>.review.json`) adds the supervisor's comments. The actor,
// homePage and IRI base come from settings.json ($XDG_CONFIG_HOME/smo-trainer, or --settings).
// Exit 0 written; 1 the session cannot be exported (unreadable, unknown scenario, replay failed,
// sidecar of another session) or the file cannot be written; 2 on usage errors.
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace smo::cli {
/// `smo-trainer export ...`; `args` excludes the subcommand name. Returns the exit code.
int run_export_command(const std::vector<std::string>& args, const std::filesystem::path& exe_path);

/// The same with explicit streams (tests).
int run_export(const std::vector<std::string>& args, const std::filesystem::path& exe_path, std::ostream& out,
               std::ostream& err);
} // namespace smo::cli
