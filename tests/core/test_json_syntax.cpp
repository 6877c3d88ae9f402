// JSON syntax errors in Dutch at the place to fix, through the scenario loader.
#include "core/atomic_file.hpp"
#include "core/json_syntax.hpp"
#include "core/scenario_loader.hpp"
#include "scoring/json/source_map.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace smo::core;

namespace {

/// line:column of the problem in `text`.
std::string at(std::string_view text) {
    auto p = find_json_syntax_problem(text);
    REQUIRE(p);
    auto pos = smo::json::position_of_offset(text, p->offset);
    return std::to_string(pos.line) + ":" + std::to_string(pos.column);
}
std::string message(std::string_view text) {
    auto p = find_json_syntax_problem(text);
    REQUIRE(p);
    return p->message;
}
bool contains(const std::string& s, std::string_view part) {
    return s.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("valid JSON has no syntax problem") {
    CHECK_FALSE(
        find_json_syntax_problem("{\"a\": [1, -2.5e3, true, null, \"x\\\"\\u00e9 “ok” ‘ja’\"], \"b\": {}}"));
    CHECK_FALSE(find_json_syntax_problem("\xEF\xBB\xBF[]"));
}

TEST_CASE("a missing comma is reported at the end of the value before it, not on the next line") {
    std::string text = "{\n  \"id\": \"x\"\n  \"title\": \"y\"\n}";
    CHECK(at(text) == "2:12");
    CHECK(contains(message(text), "ontbreekt een komma"));
    CHECK(at("[1,\n 2\n 3]") == "2:3");
}

TEST_CASE("a trailing comma is reported at the comma") {
    std::string text = "{\n  \"a\": 1,\n}";
    CHECK(at(text) == "2:9");
    CHECK(contains(message(text), "komma na het laatste veld"));
    CHECK(contains(message("[1,]"), "komma na het laatste element"));
}

TEST_CASE("curly quotes from a word processor get the straight-quote hint at the first curly quote") {
    std::string text = "{\n  \"id\": \"x\",\n  “title”: \"y\"\n}";
    CHECK(at(text) == "3:3");
    CHECK(contains(message(text), "Gebruik rechte aanhalingstekens (\") in plaats van “ ”"));
    // Straight opening quote, curly closing quote: the text runs on; the curly quote is the cause.
    std::string half = "{\n  \"title”: \"y\"\n}";
    CHECK(at(half) == "2:9");
    CHECK(contains(message(half), "rechte aanhalingstekens"));
    // As a value.
    CHECK(contains(message("{\"a\": ‘b’}"), "rechte aanhalingstekens"));
}

TEST_CASE("tabs, line ends and control characters inside text get their own hint") {
    CHECK(contains(message("[\"a\tb\"]"), "tab in tekst"));
    CHECK(at("[\"a\tb\"]") == "1:4");
    std::string open = "{\"a\": \"no end\n}";
    CHECK(contains(message(open), "regeleinde"));
    CHECK(at(open) == "1:7"); // at the opening quote
    CHECK(contains(message(std::string("[\"a\x01\"]")), "stuurteken U+0001"));
}

TEST_CASE("other slips are named in Dutch") {
    CHECK(contains(message(""), "leeg"));
    CHECK(contains(message("{\"a\": 1 // x\n}"), "commentaar"));
    CHECK(contains(message("{\"a\": True}"), "onbekende waarde 'True'"));
    CHECK(contains(message("{\"a\": NaN}"), "onbekende waarde 'NaN'"));
    CHECK(contains(message("{a: 1}"), "sleutel 'a' hoort tussen rechte aanhalingstekens"));
    CHECK(contains(message("{'a': 1}"), "dubbele aanhalingstekens"));
    CHECK(contains(message("{\"a\" 1}"), "dubbele punt"));
    CHECK(contains(message("{\"a\": [1}"), "']'"));
    CHECK(contains(message("{\"a\": 1} }"), "na het einde"));
    CHECK(contains(message("{\"a\": 07}"), "voorloopnullen"));
    CHECK(contains(message("{\"a\": 1e999}"), "te groot"));
    CHECK(contains(message("[\"a\\qb\"]"), "ongeldige escape"));
    std::string truncated = "{\n  \"a\": [1, 2";
    CHECK(contains(message(truncated), "'[' van regel 2:8 nog open"));
}

TEST_CASE("the loader reports SC004 in Dutch at the right line:column") {
    std::string text = "{\n  \"schema_version\": 1\n  \"id\": \"x\"\n}";
    auto loaded = load_scenario_text(text, "x.json");
    REQUIRE(loaded.diagnostics.size() == 1);
    const auto& d = loaded.diagnostics[0];
    CHECK(d.code == DiagCode::JsonSyntax);
    CHECK(d.line == 2); // after the 1, where the comma goes; the parser noticed on line 3
    CHECK(d.column == 22);
    CHECK(contains(d.message, "ontbreekt een komma"));
    CHECK(contains(d.message, "ongeldige JSON"));

    std::string error;
    auto curly =
        read_file(smo::test::source_dir() / "tests/fixtures/scenarios/syntax_curly_quotes.json", error);
    REQUIRE(curly);
    auto loaded_curly = load_scenario_text(*curly, "c.json");
    REQUIRE(loaded_curly.diagnostics.size() == 1);
    CHECK(loaded_curly.diagnostics[0].line == 8);
    CHECK(loaded_curly.diagnostics[0].column == 3);
    CHECK(contains(loaded_curly.diagnostics[0].message, "rechte aanhalingstekens"));
}

TEST_CASE("curly quotes inside prose are not blamed for a later missing comma") {
    std::string text = "{\n  \"text\": \"Hij zei “ja”.\"\n  \"next\": \"x\"\n}";
    CHECK(contains(message(text), "ontbreekt een komma"));
    CHECK(at(text) == "2:30"); // after the closing straight quote (the curly quotes are 3 bytes each)
}
