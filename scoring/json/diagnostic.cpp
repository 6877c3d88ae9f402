#include "scoring/json/diagnostic.hpp"

#include <algorithm>
#include <array>
#include <cassert>

namespace smo::json {
namespace {

using enum DiagCode;
constexpr DiagSeverity E = DiagSeverity::Error;
constexpr DiagSeverity W = DiagSeverity::Warning;

constexpr std::array kCodes{
    DiagCodeInfo{ReadError, "SC001", E, "file cannot be read"},
    DiagCodeInfo{SizeLimit, "SC002", E, "size limit exceeded"},
    DiagCodeInfo{NotUtf8, "SC003", E, "not UTF-8 text"},
    DiagCodeInfo{JsonSyntax, "SC004", E, "invalid JSON"},
    DiagCodeInfo{TooDeep, "SC005", E, "nesting too deep"},
    DiagCodeInfo{SchemaVersionMissing, "SC006", E, "schema_version missing"},
    DiagCodeInfo{SchemaVersionNew, "SC007", E, "schema_version too new"},
    DiagCodeInfo{SchemaVersionOld, "SC008", E, "schema_version too old"},
    DiagCodeInfo{MissingField, "SC009", E, "required field missing"},
    DiagCodeInfo{WrongType, "SC010", E, "wrong JSON type"},
    DiagCodeInfo{UnknownField, "SC011", W, "unknown field"},
    DiagCodeInfo{UnknownNext, "SC012", E, "unknown node id"},
    DiagCodeInfo{Unreachable, "SC013", W, "unreachable node"},
    DiagCodeInfo{DeadEnd, "SC014", E, "dead end"},
    DiagCodeInfo{LoopNoExit, "SC015", E, "loop without a way out"},
    DiagCodeInfo{UnknownRole, "SC016", E, "unknown role id"},
    DiagCodeInfo{UnknownCategory, "SC017", E, "unknown category id"},
    DiagCodeInfo{UnknownLearningGoal, "SC018", E, "unknown learning goal"},
    DiagCodeInfo{UnknownRule, "SC019", E, "unknown rule id"},
    DiagCodeInfo{UndefinedItem, "SC020", E, "undefined case-file item"},
    DiagCodeInfo{GoalNeverCredited, "SC021", W, "learning goal never credited"},
    DiagCodeInfo{SameOutcome, "SC022", W, "all options have the same outcome"},
    DiagCodeInfo{ProtectedNoFeedback, "SC023", E, "protected disclosure without feedback"},
    DiagCodeInfo{PrivacyBsn, "SC024", W, "possible real BSN"},
    DiagCodeInfo{PrivacyEmail, "SC025", W, "e-mail address"},
    DiagCodeInfo{PrivacyPhone, "SC026", W, "Dutch phone number"},
    DiagCodeInfo{PrivacyIban, "SC027", W, "IBAN"},
    DiagCodeInfo{UnknownParticipant, "SC028", E, "unknown participant"},
    DiagCodeInfo{UnknownVariable, "SC029", E, "unknown or misused variable"},
    DiagCodeInfo{UnknownCase, "SC030", E, "unknown case"},
    DiagCodeInfo{InvalidValue, "SC031", E, "invalid value"},
    DiagCodeInfo{DuplicateId, "SC032", E, "duplicate id"},
    DiagCodeInfo{SmoTypeMismatch, "SC033", E, "content contradicts smo_type"},
    DiagCodeInfo{AssignmentMismatch, "SC034", W, "nodes do not fit the assignment"},
    DiagCodeInfo{GoalNotDeclared, "SC035", W, "credited learning goal not declared"},
    DiagCodeInfo{NoFallbackEdge, "SC036", W, "no unconditional way on"},
    DiagCodeInfo{ObserveAnswerMissing, "SC037", E, "expected judgement not offered"},
    DiagCodeInfo{NoCorrectAnswer, "SC038", E, "question without a correct option"},
    DiagCodeInfo{FileNameMismatch, "SC039", W, "file name differs from id"},
    DiagCodeInfo{IntendedGoodViolates, "SC040", E, "option meant as good scores as a violation"},
    DiagCodeInfo{IntendedBreachAllowed, "SC041", W, "option meant as a breach scores as allowed"},
    DiagCodeInfo{CreditedIsLongest, "SC042", W, "credited option is the longest in most choice nodes"},
    DiagCodeInfo{KeyPointsUnmet, "SC043", E, "the model answer names fewer key points than needed"},
};
static_assert(kCodes.size() == static_cast<std::size_t>(DiagCode::Count) - 1);

constexpr bool codes_in_order() {
    for (std::size_t i = 0; i < kCodes.size(); ++i)
        if (static_cast<std::size_t>(kCodes[i].code) != i + 1) return false;
    return true;
}
static_assert(codes_in_order(), "kCodes must list the codes in enum order");

} // namespace

std::span<const DiagCodeInfo> diag_codes() {
    return kCodes;
}

const DiagCodeInfo& diag_info(DiagCode code) {
    auto index = static_cast<std::size_t>(code);
    assert(index >= 1 && index <= kCodes.size());
    return kCodes[index - 1];
}

std::string_view diag_id(DiagCode code) {
    return diag_info(code).id;
}

const char* severity_name(DiagSeverity s) {
    return s == DiagSeverity::Error ? "error" : "warning";
}

Diagnostic make_diagnostic(DiagCode code, std::string file, std::string message, Position pos,
                           std::string pointer) {
    return Diagnostic{code,       diag_info(code).severity, std::move(message), std::move(file), pos.line,
                      pos.column, std::move(pointer)};
}

bool has_errors(std::span<const Diagnostic> diags) {
    return std::any_of(diags.begin(), diags.end(),
                       [](const auto& d) { return d.severity == DiagSeverity::Error; });
}

std::size_t count_severity(std::span<const Diagnostic> diags, DiagSeverity s) {
    return static_cast<std::size_t>(
        std::count_if(diags.begin(), diags.end(), [s](const auto& d) { return d.severity == s; }));
}

std::string format_gcc(const Diagnostic& d) {
    std::string out = d.file;
    if (d.line > 0) out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
    out += ": ";
    out += severity_name(d.severity);
    out += ": ";
    out += d.message;
    out += " [";
    out += diag_id(d.code);
    out += "]";
    if (!d.pointer.empty()) out += " (at " + d.pointer + ")";
    return out;
}

std::string Diagnostic::format() const {
    return format_gcc(*this);
}

void sort_diagnostics(std::vector<Diagnostic>& diags) {
    std::stable_sort(diags.begin(), diags.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.line != b.line) return a.line < b.line;
        if (a.column != b.column) return a.column < b.column;
        return a.code < b.code;
    });
}

} // namespace smo::json
