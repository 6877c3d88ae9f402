#include "core/privacy_lint.hpp"

#include <algorithm>

namespace smo::core {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_alpha(char c) {
    return (c >= 'a' && c <= 'z') || is_upper(c);
}
bool is_alnum(char c) {
    return is_digit(c) || is_alpha(c);
}
bool is_email_local(char c) {
    return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool is_domain(char c) {
    return is_alnum(c) || c == '.' || c == '-';
}

void find_emails(std::string_view t, std::vector<PrivacyFinding>& out) {
    for (std::size_t at = t.find('@'); at != std::string_view::npos; at = t.find('@', at + 1)) {
        std::size_t start = at;
        while (start > 0 && is_email_local(t[start - 1]))
            --start;
        std::size_t end = at + 1;
        while (end < t.size() && is_domain(t[end]))
            ++end;
        while (end > at + 1 && (t[end - 1] == '.' || t[end - 1] == '-'))
            --end; // sentence punctuation
        if (start == at || end == at + 1) continue;
        std::string_view domain = t.substr(at + 1, end - at - 1);
        auto dot = domain.rfind('.');
        if (dot == std::string_view::npos || dot == 0) continue;
        std::string_view tld = domain.substr(dot + 1);
        if (tld.size() < 2 || !std::all_of(tld.begin(), tld.end(), is_alpha)) continue;
        out.push_back({DiagCode::PrivacyEmail, start, end});
    }
}

/// Digits of t[start..), allowing single spaces, dots or dashes between digits. Returns the end.
std::size_t digit_run(std::string_view t, std::size_t start, std::string& digits, bool allow_separators) {
    std::size_t i = start;
    std::size_t end = start;
    while (i < t.size()) {
        if (is_digit(t[i])) {
            digits += t[i];
            ++i;
            end = i;
        } else if (allow_separators && (t[i] == ' ' || t[i] == '-' || t[i] == '.') && i + 1 < t.size() &&
                   is_digit(t[i + 1]) && i > start && is_digit(t[i - 1])) {
            ++i;
        } else {
            break;
        }
        if (digits.size() > 20) break;
    }
    return end;
}

void find_bsn(std::string_view t, std::vector<PrivacyFinding>& out) {
    // Nine digits in a row, or in the common 4.2.3 / 3.3.3 groupings with dots or spaces.
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!is_digit(t[i]) || (i > 0 && (is_digit(t[i - 1]) || t[i - 1] == '.' || t[i - 1] == ',')))
            continue;
        std::string digits;
        std::size_t end = digit_run(t, i, digits, true);
        std::size_t next = end;
        bool bounded =
            next >= t.size() ||
            (!is_digit(t[next]) && !(t[next] == ',' && next + 1 < t.size() && is_digit(t[next + 1])));
        if (digits.size() == 9 && bounded && passes_elfproef(digits))
            out.push_back({DiagCode::PrivacyBsn, i, end});
        i = end > i ? end - 1 : i;
    }
}

void find_phones(std::string_view t, std::vector<PrivacyFinding>& out) {
    for (std::size_t i = 0; i < t.size(); ++i) {
        // Only at the start of a word: digits inside codes or IBANs ("BANK0123...") are not phones.
        if (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] == '+')) continue;
        std::size_t p = i;
        bool international = false;
        if (t.compare(p, 3, "+31") == 0) {
            p += 3;
            international = true;
        } else if (t.compare(p, 4, "0031") == 0) {
            p += 4;
            international = true;
        } else if (t[p] == '0') {
            p += 1;
        } else {
            continue;
        }
        if (international) {
            while (p < t.size() && (t[p] == ' ' || t[p] == '-'))
                ++p;
            if (t.compare(p, 3, "(0)") == 0) p += 3;
            while (p < t.size() && (t[p] == ' ' || t[p] == '-'))
                ++p;
        } else if (p < t.size() && !is_digit(t[p])) {
            continue;
        }
        if (p >= t.size() || !is_digit(t[p]) || t[p] == '0') continue;
        std::string digits;
        // Dutch numbers: area code, optional dash or space, subscriber number.
        std::size_t end = digit_run(t, p, digits, true);
        bool bounded = end >= t.size() || !is_digit(t[end]);
        if (digits.size() == 9 && bounded) {
            out.push_back({DiagCode::PrivacyPhone, i, end});
            i = end - 1;
        }
    }
}

void find_ibans(std::string_view t, std::vector<PrivacyFinding>& out) {
    for (std::size_t i = 0; i + 15 <= t.size(); ++i) {
        if (!is_upper(t[i]) || !is_upper(t[i + 1]) || !is_digit(t[i + 2]) || !is_digit(t[i + 3])) continue;
        if (i > 0 && is_alnum(t[i - 1])) continue;
        std::string compact;
        std::size_t j = i;
        std::size_t end = i;
        while (j < t.size() && compact.size() < 34) {
            char c = t[j];
            if (is_upper(c) || is_digit(c)) {
                compact += c;
                ++j;
                end = j;
            } else if (c == ' ' && j + 1 < t.size() && (is_upper(t[j + 1]) || is_digit(t[j + 1]))) {
                ++j;
            } else {
                break;
            }
        }
        if (compact.size() >= 15 && iban_checksum_ok(compact)) {
            out.push_back({DiagCode::PrivacyIban, i, end});
            i = end - 1;
        }
    }
}

} // namespace

bool passes_elfproef(std::string_view d) {
    if (d.size() != 9 || !std::all_of(d.begin(), d.end(), is_digit)) return false;
    if (d == "000000000") return false;
    int sum = 0;
    for (int k = 0; k < 8; ++k)
        sum += (9 - k) * (d[static_cast<std::size_t>(k)] - '0');
    sum -= d[8] - '0';
    return sum % 11 == 0;
}

bool iban_checksum_ok(std::string_view iban) {
    if (iban.size() < 15 || iban.size() > 34) return false;
    // Move the first four characters to the end, letters to numbers (A=10), mod 97 must be 1.
    int remainder = 0;
    auto feed = [&](char c) {
        if (is_digit(c)) {
            remainder = (remainder * 10 + (c - '0')) % 97;
        } else {
            int v = c - 'A' + 10;
            remainder = (remainder * 100 + v) % 97;
        }
    };
    for (std::size_t k = 4; k < iban.size(); ++k) {
        if (!is_digit(iban[k]) && !is_upper(iban[k])) return false;
        feed(iban[k]);
    }
    for (std::size_t k = 0; k < 4; ++k)
        feed(iban[k]);
    return remainder == 1;
}

std::vector<PrivacyFinding> find_personal_data(std::string_view text) {
    std::vector<PrivacyFinding> out;
    find_emails(text, out);
    find_ibans(text, out);
    find_bsn(text, out);
    find_phones(text, out);
    // A phone-looking match inside an IBAN or a BSN that is also a phone number: keep the first kind.
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    std::vector<PrivacyFinding> unique;
    for (const auto& f : out) {
        if (!unique.empty() && f.start < unique.back().end) continue;
        unique.push_back(f);
    }
    return unique;
}

std::vector<Diagnostic> privacy_lint(const SourceMap& map, const std::string& file) {
    std::vector<Diagnostic> out;
    for (const auto& [ptr, text] : map.strings()) {
        for (const auto& f : find_personal_data(text)) {
            std::string what = std::string(text.substr(f.start, f.end - f.start));
            std::string message;
            switch (f.code) {
            case DiagCode::PrivacyBsn:
                message = "'" + what + "' lijkt een echt BSN (klopt met de elfproef)";
                break;
            case DiagCode::PrivacyEmail:
                message = "'" + what + "' lijkt een e-mailadres";
                break;
            case DiagCode::PrivacyPhone:
                message = "'" + what + "' lijkt een Nederlands telefoonnummer";
                break;
            default:
                message = "'" + what + "' lijkt een IBAN met geldig controlegetal";
                break;
            }
            message += "; gebruik alleen verzonnen gegevens";
            Position pos = map.at(ptr);
            out.push_back(
                Diagnostic{f.code, diag_info(f.code).severity, message, file, pos.line, pos.column, ptr});
        }
    }
    return out;
}

} // namespace smo::core
