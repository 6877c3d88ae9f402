#include "scoring/evaluate.hpp"
#include "scoring/json/document.hpp"
#include "scoring/lexicon.hpp"
#include "scoring/rulebase.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <fstream>

using namespace smo::scoring;

namespace {
std::filesystem::path fixture(const char* name) {
    return smo::test::source_dir() / "tests/fixtures/scoring" / name;
}

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}
} // namespace

TEST_CASE("the shipped rulebase and lexicon load without errors") {
    std::vector<smo::json::Diagnostic> errors;
    auto rules = load_rulebase(smo::test::source_dir() / "assets/rules/rules.json", errors);
    REQUIRE(rules);
    CHECK(rules->rules.size() == 44);
    CHECK(std::count_if(rules->rules.begin(), rules->rules.end(),
                        [](const auto& r) { return r.kind == "duty"; }) == 4);
    CHECK(!rules->rulebase_version.empty());
    auto lex = load_lexicon(smo::test::source_dir() / "assets/lexicon/nl", errors);
    REQUIRE(lex);
    CHECK(lex->entries.size() > 3000);
    for (const auto& e : errors)
        FAIL_CHECK(e.format());
    // Every rule the engine can produce exists in the rulebase.
    for (auto id : Engine::rule_ids_used())
        CHECK_MESSAGE(rules->find(id) != nullptr, id);
}

TEST_CASE("a lexicon file with a JSON syntax error gives file, line and column") {
    Lexicon lex;
    std::vector<smo::json::Diagnostic> errors;
    CHECK_FALSE(parse_lexicon_file(slurp(fixture("lexicon_syntax_error.json")), "lexicon_syntax_error.json",
                                   lex, errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].line == 8);
    CHECK(errors[0].format().starts_with("lexicon_syntax_error.json:8:"));
}

TEST_CASE("bad lexicon entries are all reported with their JSON pointer and position") {
    Lexicon lex;
    std::vector<smo::json::Diagnostic> errors;
    CHECK_FALSE(parse_lexicon_file(slurp(fixture("lexicon_bad_entry.json")), "bad.json", lex, errors));
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].pointer == "/entries/1/sensitive");
    CHECK(errors[0].line == 7);
    CHECK(errors[1].pointer == "/entries/2");
    CHECK(errors[1].line == 8);
    CHECK(errors[2].pointer == "/entries/3");
    CHECK(errors[2].line == 9);
    CHECK(lex.entries.size() == 1); // the good entry is kept
}

TEST_CASE("a Poortwachter step entry without its step id is an error at its place") {
    Lexicon lex;
    std::vector<smo::json::Diagnostic> errors;
    const std::string text = R"({"schema_version": 1, "language": "nl", "cue": "step", "entries": [
  {"term": "plan van aanpak", "step": "plan_van_aanpak", "week_min": 0, "week_max": 8},
  {"term": "ziekmelding bij het uwv doen", "week_min": 41, "week_max": 42}
]})";
    CHECK_FALSE(parse_lexicon_file(text, "step.json", lex, errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].pointer == "/entries/1");
    CHECK(errors[0].line == 3);
    CHECK(lex.entries.size() == 1);
}

TEST_CASE("unknown cue ids and non-JSON garbage are errors, not crashes") {
    Lexicon lex;
    std::vector<smo::json::Diagnostic> errors;
    CHECK_FALSE(parse_lexicon_file(slurp(fixture("lexicon_unknown_cue.json")), "cue.json", lex, errors));
    CHECK(errors.at(0).pointer == "/cue");
    errors.clear();
    CHECK_FALSE(parse_lexicon_file("\xff\xfe[[[[", "garbage.json", lex, errors));
    CHECK(errors.size() == 1);
    errors.clear();
    CHECK_FALSE(parse_lexicon_file(std::string(1000, '['), "deep.json", lex, errors));
    CHECK(errors.size() == 1);
}

TEST_CASE("a broken rules file gives located errors and no engine") {
    std::vector<smo::json::Diagnostic> errors;
    auto rb = parse_rulebase(slurp(fixture("rules_bad.json")), "rules_bad.json", errors);
    CHECK_FALSE(rb);
    bool severity = false, source = false;
    for (const auto& e : errors) {
        if (e.pointer == "/rules/0/severity") severity = e.line == 6;
        if (e.pointer == "/rules/0/sources/1") source = e.line > 0;
    }
    CHECK(severity);
    CHECK(source);
    errors.clear();
    CHECK_FALSE(load_rulebase(fixture("does_not_exist.json"), errors));
    CHECK(errors.size() == 1);
}

TEST_CASE("an engine refuses a rulebase that lacks rules its logic needs") {
    std::vector<smo::json::Diagnostic> errors;
    Rulebase rb;
    rb.rules.push_back(Rule{});
    rb.rules.back().id = "CONF-DIAG";
    auto engine = Engine::create(rb, Lexicon{}, errors);
    CHECK(engine == nullptr);
    CHECK(errors.size() > 10);
}

TEST_CASE("json pointers are located in the text") {
    std::string text = "{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"c\": 2\n}";
    std::vector<smo::json::Diagnostic> diags;
    auto doc = smo::json::parse(text, "t.json", {}, diags);
    REQUIRE(doc);
    auto at = text.find("\"x\"");
    auto pos = doc->map.at("/a/1/b");
    CHECK(pos.line == smo::json::position_of_offset(text, at).line);
    CHECK(pos.column == smo::json::position_of_offset(text, at).column);
    CHECK(doc->map.contains("/c"));
    CHECK_FALSE(doc->map.contains("/zz"));
}
