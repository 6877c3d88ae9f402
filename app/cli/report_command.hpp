#pragma once
// `smo-trainer report SESSION [--review FILE] (--html OUT | --md OUT)... [--lang nl|en]
//                     [--data-dir DIR] [--scenarios DIR]`
//
// Writes the session report (HTML and/or Markdown) of one session file (a handed-in .smo.json or
// a saved session). The session is verified and re-scored first, exactly as `review` does, and the
// report prints the replayed (trusted) transcript and scores; a session that is not "verified"
// gets a warning on stderr. Output files go through check_write_target and are written atomically.
// --review FILE: the supervisor's review sidecar. Not available in this build yet: the command
// refuses with exit 1 and writes nothing (see kReviewHookMissing in report_command.cpp).
// Exit 0 written; 1 the session cannot be reported (unreadable, unknown scenario, replay failed),
// a file cannot be written, or --review given; 2 on usage errors.
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace smo::cli {
/// `smo-trainer report ...`; `args` excludes the subcommand name. Returns the exit code.
int run_report_command(const std::vector<std::string>& args, const std::filesystem::path& exe_path);

/// The same with explicit streams (tests).
int run_report(const std::vector<std::string>& args, const std::filesystem::path& exe_path, std::ostream& out,
               std::ostream& err);
} // namespace smo::cli
