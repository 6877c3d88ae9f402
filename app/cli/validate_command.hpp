#pragma once
// `smo-trainer validate PATH... [--json] [--audit] [--data-dir DIR]`
//
// Checks scenario files, or every *.json below a folder (recursively, JSON Schema files excepted).
// Text mode prints one GCC-style line per diagnostic:
//   file:line:col: error: message [SC012] (at /nodes/4/next)
// and a summary. --json prints {"files":[{"path","scenario_id","smo_type","assignment",
// "learning_goals","decision_points","errors":[{code,line,column,pointer,message}],"warnings":[...]}]}.
// --audit ("Alle opties toetsen") also scores every scripted option, compose combination and
// free-text model/poor answer in its node's context (needs the data dir's rules and lexicon):
// mismatches with the author's intent become SC040/SC041 diagnostics, and text mode lists every
// statement as `file:line:col: audit: node/option: bedoeld good|breach|neutral, oordeel
// allowed|caution|violation (RULES)[ <- MISMATCH]`; --json adds "audit":[{node,option,pointer,line,
// column,intent,intent_reason,verdict,rules,mismatch}] per file.
// Exit 0 when there are no errors (warnings allowed), 1 when any file has an error, 2 on usage errors.
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace smo::cli {
/// `smo-trainer validate ...`; `args` excludes the subcommand name. Returns the exit code.
int run_validate_command(const std::vector<std::string>& args, const std::filesystem::path& exe_path);

/// The same with explicit streams (tests).
int run_validate(const std::vector<std::string>& args, const std::filesystem::path& exe_path,
                 std::ostream& out, std::ostream& err);
} // namespace smo::cli
