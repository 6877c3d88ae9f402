#pragma once
// Warns about text that looks like real personal data in a scenario: a BSN that passes the
// elfproef, e-mail addresses, Dutch phone numbers and IBANs with a valid check sum. Scenarios
// must use fictional people only; these checks catch copy-paste from real files.

#include "scoring/json/diagnostic.hpp"
#include "scoring/json/source_map.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace smo::core {

// The toolkit's types, used unqualified throughout core (one type, not a copy).
using json::DiagCode;
using json::Diagnostic;
using json::DiagSeverity;
using json::Position;
using json::SourceMap;

/// One suspicious piece of text (byte offsets into the string).
struct PrivacyFinding {
    DiagCode code; ///< PrivacyBsn, PrivacyEmail, PrivacyPhone or PrivacyIban
    std::size_t start = 0;
    std::size_t end = 0;
};

/// Scans one string. Hand-written scanners (no std::regex: it recurses on long input).
std::vector<PrivacyFinding> find_personal_data(std::string_view text);

/// Scans every string value of a parsed file; one warning per finding.
std::vector<Diagnostic> privacy_lint(const SourceMap& map, const std::string& file);

bool passes_elfproef(std::string_view nine_digits);
bool iban_checksum_ok(std::string_view iban_without_spaces);

} // namespace smo::core
