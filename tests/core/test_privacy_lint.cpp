// Privacy lint: real-looking BSNs, e-mail addresses, Dutch phone numbers and IBANs.
#include "core/privacy_lint.hpp"

#include <doctest/doctest.h>

using namespace smo::core;

namespace {
std::vector<DiagCode> codes(std::string_view text) {
    std::vector<DiagCode> out;
    for (const auto& f : find_personal_data(text)) out.push_back(f.code);
    return out;
}
} // namespace

TEST_CASE("BSN: nine digits that pass the elfproef") {
    CHECK(passes_elfproef("111222333"));
    CHECK(passes_elfproef("123456782"));
    CHECK_FALSE(passes_elfproef("123456789"));
    CHECK_FALSE(passes_elfproef("000000000"));
    CHECK(codes("BSN 123456782.") == std::vector{DiagCode::PrivacyBsn});
    CHECK(codes("BSN 1234.56.782") == std::vector{DiagCode::PrivacyBsn});
    CHECK(codes("nummer 123456789") .empty());       // fails the elfproef
    CHECK(codes("1234567820").empty());             // ten digits
    CHECK(codes("12,345678 2").empty());
}

TEST_CASE("e-mail addresses") {
    CHECK(codes("mail j.de-vries+smo@zorg.example.nl.") == std::vector{DiagCode::PrivacyEmail});
    CHECK(codes("@ alleen").empty());
    CHECK(codes("naam@host").empty());
}

TEST_CASE("Dutch phone numbers, mobile, landline and international") {
    CHECK(codes("bel 06-12345678") == std::vector{DiagCode::PrivacyPhone});
    CHECK(codes("bel 0612345678") == std::vector{DiagCode::PrivacyPhone});
    CHECK(codes("bel 020-1234567") == std::vector{DiagCode::PrivacyPhone});
    CHECK(codes("bel +31 6 12345678") == std::vector{DiagCode::PrivacyPhone});
    CHECK(codes("bel +31 (0)20 123 4567") == std::vector{DiagCode::PrivacyPhone});
    CHECK(codes("bel 0031612345678") == std::vector{DiagCode::PrivacyPhone});
    CHECK(codes("week 06 en 08").empty());
    CHECK(codes("2 x 0,5 uur").empty());
}

TEST_CASE("IBANs with a valid check sum are flagged, invented ones are fine") {
    CHECK(iban_checksum_ok("NL91ABNA0417164300"));
    CHECK_FALSE(iban_checksum_ok("NL00BANK0123456789"));
    CHECK(codes("IBAN NL91 ABNA 0417 1643 00") == std::vector{DiagCode::PrivacyIban});
    CHECK(codes("IBAN NL00BANK0123456789").empty());
}

TEST_CASE("ordinary scenario text raises nothing") {
    CHECK(codes("Ze kan over vier tot zes weken beginnen, twee dagdelen per week, week 10 van 104.").empty());
    CHECK(codes("").empty());
}
