#pragma once
// `smo-trainer check`: judge a statement from the command line, or a stream of JSON Lines.
//
//   smo-trainer check [--present ROLE,...] [--smo-type T] [--json] TEXT
//   smo-trainer check --jsonl            (JSON Lines on stdin → one JSON line per input line on stdout)
//
// Extra options: --data-dir DIR, --kept-out CAT,..., --group-size N, --not-informed.
#include "scoring/evaluate.hpp"

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace smo::cli {
/// `smo-trainer check ...`; `args` excludes the subcommand name. Returns the exit code.
int run_check_command(const std::vector<std::string>& args, const std::filesystem::path& exe_path);

/// The same with explicit streams (tests). Exit 0 on success (also when --jsonl lines are broken),
/// 1 when the rules or lexicon cannot be loaded, 2 on a usage error.
int run_check(const std::vector<std::string>& args, const std::filesystem::path& exe_path, std::istream& in,
              std::ostream& out, std::ostream& err);

/// The --jsonl loop with an engine already loaded: one output line per input line, in order.
int run_check_jsonl(const scoring::Engine& engine, std::istream& in, std::ostream& out);
} // namespace smo::cli
