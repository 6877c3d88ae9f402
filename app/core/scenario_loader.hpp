#pragma once
// Reads a scenario file into the typed model. Never throws, never crashes on bad input: every
// problem becomes a Diagnostic (SC001-SC011, SC031, SC032). The model is built whenever the JSON
// parses and its schema_version is supported, even with field errors, so the validator can add
// its own findings; `ok()` says whether it may be played.

#include "core/scenario.hpp"
#include "scoring/json/diagnostic.hpp"
#include "scoring/json/document.hpp"
#include "scoring/json/source_map.hpp"

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace smo::core {

// The toolkit's types, used unqualified throughout core (one type, not a copy).
using json::count_severity;
using json::diag_codes;
using json::diag_id;
using json::diag_info;
using json::DiagCode;
using json::Diagnostic;
using json::DiagSeverity;
using json::format_gcc;
using json::has_errors;
using json::Position;
using json::severity_name;
using json::sort_diagnostics;
using json::SourceMap;

struct LoadOptions {
    json::Limits parse{4u * 1024u * 1024u, 64, 32u * 1024u}; ///< file size, nesting depth, string length
    std::size_t max_list_items = 2000;               ///< nodes, options, participants, ... per list
};

struct LoadedScenario {
    std::string file;                         ///< as given (for diagnostics)
    std::shared_ptr<const Scenario> scenario; ///< null when the file could not be turned into a model
    SourceMap map;                            ///< value positions, for the validator and the editor
    std::vector<Diagnostic> diagnostics;      ///< loader findings
    std::string sha256;                       ///< of the file bytes; empty when unreadable
    bool ok() const { return scenario != nullptr && !has_errors(diagnostics); }
};

/// Loads a file. A directory, a missing or vanished file, a too-large file: SC001/SC002.
LoadedScenario load_scenario_file(const std::filesystem::path& path, const LoadOptions& options = {});

/// Loads from memory; `file` names the source in diagnostics.
LoadedScenario load_scenario_text(std::string_view text, std::string file, const LoadOptions& options = {});

/// True for ids we accept for nodes, options, items, participants, cases: [a-z0-9][a-z0-9_.-]*, max 64.
bool is_valid_id(std::string_view id);

} // namespace smo::core
