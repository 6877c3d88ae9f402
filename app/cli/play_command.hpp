#pragma once
// `smo-trainer play SCENARIO --strategy first|best|worst|random:SEED|answers:FILE [--out SESSION.json]
//                     [--data-dir DIR] [--trainee NAME] [--mode oefenen|toets] [--quiet]`
//
// Plays a scenario headless to an end node and writes the session: to --out, or (without --out)
// into the session store under $XDG_DATA_HOME/smo-trainer/sessions, autosaved after every turn.
// SCENARIO is a file, or a scenario id: <id>.json in the own folder ($XDG_DATA_HOME/smo-trainer/
// scenarios) first, then in <data>/scenarios. The transcript goes to stdout.
// Exit 0 at an end node, 1 when the scenario cannot be played, 2 on usage errors.
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace smo::cli {
/// `smo-trainer play ...`; `args` excludes the subcommand name. Returns the exit code.
int run_play_command(const std::vector<std::string>& args, const std::filesystem::path& exe_path);

/// The same with explicit streams (tests).
int run_play(const std::vector<std::string>& args, const std::filesystem::path& exe_path, std::ostream& out,
             std::ostream& err);
} // namespace smo::cli
