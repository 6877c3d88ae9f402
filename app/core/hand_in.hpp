#pragma once
// Handing a finished session in ("Inleveren"): the session file plus an exact copy of the scenario
// as played, so a supervisor can replay and verify it after the library has moved on, and the HTML
// report beside it. The embedded copy lives in the handed-in file only (key `embedded_scenario`);
// Session itself does not carry it: session_from_json ignores the key, read_embedded_scenario()
// reads it.

#include "core/scenario_library.hpp"
#include "core/session.hpp"
#include "core/string_table.hpp"
#include "scoring/rulebase.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace smo::core {

/// The scenario file as played, embedded in a handed-in session.
struct EmbeddedScenario {
    std::string sha256; ///< as pinned by the session (scenario.sha256)
    std::string file;   ///< file name it was played from (informative)
    std::string text;   ///< the exact file bytes
    /// True when `text` hashes to `sha256`.
    bool intact() const;
};

struct HandInResult {
    std::filesystem::path session_file; ///< <stem>.smo.json
    std::filesystem::path report_file;  ///< <stem>.html
    std::string error;                  ///< Dutch; empty on success (then both files exist)
    bool ok() const { return error.empty(); }
};

/// "<trainee>-<scenario id>-<YYYY-MM-DD>": lower case [a-z0-9-], runs of other characters become
/// one '-', empty parts get a placeholder ("anoniem", "scenario", "datum").
std::string hand_in_stem(const std::string& trainee, const std::string& scenario_id,
                         const std::string& iso_date);

/// The handed-in JSON: the session as session_to_json writes it plus `embedded_scenario`.
std::string hand_in_json(const Session& session, const EmbeddedScenario& embedded);

/// Writes `<stem>.smo.json` (session + embedded scenario) and `<stem>.html` (the report) into
/// `dest_dir` (which must exist), 0600 and atomically. Never replaces a file: when the name is
/// taken, "-2", "-3"... is added to the stem. The scenario bytes are read from
/// `scenario_entry.path` and must still hash to the session's pinned sha256 (else an error: the
/// copy would not be the scenario as played). `rules` and `strings` render the report.
HandInResult hand_in(const Session& session, const LibraryEntry& scenario_entry,
                     const std::filesystem::path& dest_dir, const scoring::Rulebase& rules,
                     const Strings& strings);

/// Reads `embedded_scenario` from a handed-in session's text. nullopt without `error` when the
/// file has none; nullopt with `error` when it is there but malformed.
std::optional<EmbeddedScenario> read_embedded_scenario(std::string_view session_text, std::string& error);

} // namespace smo::core
