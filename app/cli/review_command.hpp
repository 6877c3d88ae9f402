#pragma once
// `smo-trainer review DIR [--csv FILE] [--items FILE] [--json] [--data-dir DIR] [--scenarios DIR]`
//
// Reads every session file under DIR (recursively; *.review.json sidecars skipped), verifies each
// by replay against the scenario library (<data>/scenarios, or --scenarios) and re-scores it with
// the current rulebase. Prints one line per file, sorted by path:
//   <verification>  <file>  <trainee>  <scenario id>  <mode>  <date>  <confidentiality>/100  <violations>
//   [reason]
// where verification is verified | edited | scenario_changed | unreadable. With --json prints
// exactly one object {"sessions":[{"file","session_id","trainee","scenario_id","verification",
// "reason",...}]}, one element per file found, unreadable ones included (their session fields null).
// --csv writes the cohort CSV (one row per session), --items the item CSV (one row per statement).
// Never changes a session file. Exit 0; 1 when any file is unreadable or edited, or an export
// cannot be written; 2 on usage errors (also DIR missing, or an export target that is not a file).
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace smo::cli {
/// `smo-trainer review ...`; `args` excludes the subcommand name. Returns the exit code.
int run_review_command(const std::vector<std::string>& args, const std::filesystem::path& exe_path);

/// The same with explicit streams (tests).
int run_review(const std::vector<std::string>& args, const std::filesystem::path& exe_path, std::ostream& out,
               std::ostream& err);
} // namespace smo::cli
