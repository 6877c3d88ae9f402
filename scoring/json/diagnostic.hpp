#pragma once
// The one diagnostic type of the program: a stable code (SCnnn), a severity, a Dutch message and
// where (file, line:column of the offending value, JSON pointer). Every JSON loader (scenario,
// rulebase, lexicon, session, settings, answers) and the scenario validator produce them.

#include "scoring/json/source_map.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace smo::json {

enum class DiagSeverity { Warning, Error, Count };

/// Every diagnostic code the loaders, validator and privacy lint can produce. The enum order is the
/// code order: `DiagCode::UnknownNext` is SC012. Fixtures: tests/fixtures/scenarios/SCnnn_*.json.
enum class DiagCode {
    ReadError = 1,         ///< SC001 cannot read the file (missing, directory, vanished)
    SizeLimit,             ///< SC002 file, string or list larger than allowed
    NotUtf8,               ///< SC003 invalid UTF-8 or binary content
    JsonSyntax,            ///< SC004 not valid JSON (truncated, trailing comma, NaN, ...)
    TooDeep,               ///< SC005 nested deeper than allowed
    SchemaVersionMissing,  ///< SC006 schema_version missing or not an integer
    SchemaVersionNew,      ///< SC007 schema_version newer than this program reads
    SchemaVersionOld,      ///< SC008 schema_version older than this program reads
    MissingField,          ///< SC009 required field missing
    WrongType,             ///< SC010 value has the wrong JSON type
    UnknownField,          ///< SC011 field not in the format (typo?)
    UnknownNext,           ///< SC012 next/start names a node that does not exist
    Unreachable,           ///< SC013 node cannot be reached from start
    DeadEnd,               ///< SC014 non-end node without a way on
    LoopNoExit,            ///< SC015 a cycle of nodes with no way out to an end node
    UnknownRole,           ///< SC016
    UnknownCategory,       ///< SC017
    UnknownLearningGoal,   ///< SC018
    UnknownRule,           ///< SC019
    UndefinedItem,         ///< SC020 case-file item that the case does not define
    GoalNeverCredited,     ///< SC021 learning goal declared but credited nowhere
    SameOutcome,           ///< SC022 every option of a decision has the same outcome
    ProtectedNoFeedback,   ///< SC023 option discloses protected information without feedback
    PrivacyBsn,            ///< SC024 looks like a real BSN (passes the elfproef)
    PrivacyEmail,          ///< SC025 e-mail address
    PrivacyPhone,          ///< SC026 Dutch phone number
    PrivacyIban,           ///< SC027 IBAN with a valid check sum
    UnknownParticipant,    ///< SC028
    UnknownVariable,       ///< SC029 unknown variable, or flag/meter used the wrong way
    UnknownCase,           ///< SC030
    InvalidValue,          ///< SC031 value outside the allowed set or range (kind, smo_type, id syntax, ...)
    DuplicateId,           ///< SC032
    SmoTypeMismatch,       ///< SC033 content contradicts the smo_type (e.g. cases in a thema meeting)
    AssignmentMismatch,    ///< SC034 nodes do not fit the assignment (observeren without observe nodes)
    GoalNotDeclared,       ///< SC035 credited learning goal missing from learning_goals
    NoFallbackEdge,        ///< SC036 every way on is conditional: the player may get stuck
    ObserveAnswerMissing,  ///< SC037 the expected judgement of an observe node is not offered
    NoCorrectAnswer,       ///< SC038 quiz or question without a correct option
    FileNameMismatch,      ///< SC039 the file name is not <id>.json
    IntendedGoodViolates,  ///< SC040 a credited/best option (or model answer) scores as a violation
    IntendedBreachAllowed, ///< SC041 an option meant as a breach (or the poor answer) scores allowed
    CreditedIsLongest,     ///< SC042 the credited option is the longest in most choice nodes
    KeyPointsUnmet,        ///< SC043 a free-text model answer names fewer key points than needed
    Count
};

struct DiagCodeInfo {
    DiagCode code;
    std::string_view id;    ///< "SC012"
    DiagSeverity severity;  ///< default severity
    std::string_view title; ///< short English title for docs and --list
};

/// The code table, in code order (index 0 is SC001).
std::span<const DiagCodeInfo> diag_codes();
const DiagCodeInfo& diag_info(DiagCode code);
std::string_view diag_id(DiagCode code);
const char* severity_name(DiagSeverity s); ///< "warning" | "error"

struct Diagnostic {
    DiagCode code = DiagCode::ReadError;
    DiagSeverity severity = DiagSeverity::Error;
    std::string message; ///< Dutch, one line
    std::string file;
    int line = 0;        ///< 1-based; 0 when unknown (e.g. unreadable file)
    int column = 0;      ///< 1-based, in bytes
    std::string pointer; ///< RFC 6901 JSON pointer; "" is the whole document

    /// GCC style, as format_gcc().
    std::string format() const;
};

/// A diagnostic with the default severity of `code`; position {0, 0} means "the whole file".
Diagnostic make_diagnostic(DiagCode code, std::string file, std::string message, Position pos = {0, 0},
                           std::string pointer = {});

bool has_errors(std::span<const Diagnostic> diags);
std::size_t count_severity(std::span<const Diagnostic> diags, DiagSeverity s);

/// `file:line:col: error: message [SC012] (at /nodes/4/next)`; line/col left out when unknown.
std::string format_gcc(const Diagnostic& d);

/// Sorts by line, column, code (stable for equal keys) so output order is deterministic.
void sort_diagnostics(std::vector<Diagnostic>& diags);

} // namespace smo::json
