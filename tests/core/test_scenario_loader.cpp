// Loader: typed model from JSON, located diagnostics, and robustness against hostile input.
#include "core/atomic_file.hpp"
#include "core/scenario_loader.hpp"
#include "core/scenario_validator.hpp"
#include "test_support.hpp"

#include "scoring/json/document.hpp"
#include <algorithm>
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <fstream>
#include <sys/stat.h>

using namespace smo::core;

namespace {

std::string fixture_text(const std::string& name) {
    std::string error;
    auto text = read_file(smo::test::source_dir() / "tests/fixtures/scenarios" / name, error);
    REQUIRE(text);
    return *text;
}

bool has_code(const std::vector<Diagnostic>& diags, DiagCode code) {
    return std::any_of(diags.begin(), diags.end(), [&](const Diagnostic& d) { return d.code == code; });
}

const Diagnostic* find_code(const std::vector<Diagnostic>& diags, DiagCode code) {
    for (const auto& d : diags)
        if (d.code == code) return &d;
    return nullptr;
}

} // namespace

TEST_CASE("the source map gives line:column of every value by JSON pointer") {
    std::string text = "{\n  \"a\": 1,\n  \"b\": [true, \"x\\\"y\", {\"c/d\": null}],\n  \"e\": -2.5e3\n}";
    std::vector<Diagnostic> diags;
    auto parsed = smo::json::parse(text, "t.json", {}, diags);
    REQUIRE(parsed);
    const auto& doc = parsed->root;
    CHECK(parsed->map.at("/a").line == 2);
    CHECK(parsed->map.at("/a").column == 8);
    CHECK(parsed->map.at("/b").column == 8);
    CHECK(parsed->map.at("/b/0").column == 9);
    CHECK(parsed->map.at("/b/1").column == 15);
    CHECK(parsed->map.at("/b/2").column == 23);
    CHECK(parsed->map.at("/b/2/c~1d").column == 31);
    CHECK(parsed->map.at("/e").line == 4);
    CHECK(parsed->map.at("/e").column == 8);
    // A missing value falls back to its nearest recorded parent.
    CHECK(parsed->map.at("/b/2/missing").column == 23);
    CHECK(doc["b"][1] == "x\"y");
}

TEST_CASE("a diagnostic points at the offending value and prints GCC-style") {
    auto loaded = check_scenario_text(fixture_text("SC012_unknown_next.json"), "x.json");
    const Diagnostic* d = find_code(loaded.diagnostics, DiagCode::UnknownNext);
    REQUIRE(d != nullptr);
    CHECK(d->pointer == "/nodes/1/options/1/next");
    std::string text = fixture_text("SC012_unknown_next.json");
    std::size_t offset = text.find("\"nergens\"");
    auto pos = smo::json::position_of_offset(text, offset);
    CHECK(d->line == pos.line);
    CHECK(d->column == pos.column);
    CHECK(format_gcc(*d) == "x.json:" + std::to_string(pos.line) + ":" + std::to_string(pos.column) +
                                ": error: vervolgknoop 'nergens' bestaat niet [SC012] (at /nodes/1/options/1/next)");
}

TEST_CASE("the minimal valid scenario loads into the typed model") {
    auto loaded = load_scenario_text(fixture_text("valid_minimal.json"), "valid.json");
    REQUIRE(loaded.ok());
    const Scenario& s = *loaded.scenario;
    CHECK(s.id == "valid_minimal");
    CHECK(s.smo_type == smo::core::SmoType::IndividueelOpeenvolgend);
    CHECK(s.participants.size() == 2);
    CHECK(s.cases.at(0).file.at(1).category == "diagnosis");
    const Node* keuze = s.find_node("keuze");
    REQUIRE(keuze != nullptr);
    CHECK(keuze->kind == NodeKind::Choice);
    CHECK(keuze->options.at(0).discloses.at(0).item == "c1_func");
    CHECK(keuze->options.at(0).next.at(0).to == "einde");
    CHECK(s.decision_points() == 1);
    CHECK(loaded.sha256.size() == 64);
}

TEST_CASE("hostile input never crashes or hangs: each gets a clear diagnostic") {
    struct Case {
        const char* name;
        std::string text;
        DiagCode code;
    };
    std::string deep(5000, '[');
    deep += std::string(5000, ']');
    std::string huge_string = "{\"schema_version\": 1, \"title\": \"" + std::string(12u * 1024u * 1024u, 'a') + "\"}";
    std::string long_string = "{\"schema_version\": 1, \"title\": \"" + std::string(40000, 'a') + "\"}";
    std::vector<Case> cases = {
        {"empty", "", DiagCode::JsonSyntax},
        {"whitespace", "  \n ", DiagCode::JsonSyntax},
        {"truncated", fixture_text("valid_minimal.json").substr(0, 300), DiagCode::JsonSyntax},
        {"invalid utf-8", "{\"title\": \"\xC3\x28\"}", DiagCode::NotUtf8},
        {"overlong utf-8", "{\"title\": \"\xC0\xAF\"}", DiagCode::NotUtf8},
        {"binary", std::string("\x7F" "ELF\0\0\x01", 7), DiagCode::NotUtf8},
        {"NaN", "{\"schema_version\": NaN}", DiagCode::JsonSyntax},
        {"trailing comma", "{\"schema_version\": 1,}", DiagCode::JsonSyntax},
        {"comment", "{\"schema_version\": 1 /* x */}", DiagCode::JsonSyntax},
        {"huge number", "{\"schema_version\": 1e999}", DiagCode::JsonSyntax},
        {"5000-deep nesting", deep, DiagCode::TooDeep},
        {"12 MB string", huge_string, DiagCode::SizeLimit},
        {"40 KB string", long_string, DiagCode::SizeLimit},
        {"array root", "[1, 2, 3]", DiagCode::WrongType},
        {"string root", "\"scenario\"", DiagCode::WrongType},
        {"no schema_version", "{}", DiagCode::SchemaVersionMissing},
        {"schema_version as text", "{\"schema_version\": \"1\"}", DiagCode::SchemaVersionMissing},
        {"schema_version float", "{\"schema_version\": 1.0}", DiagCode::SchemaVersionMissing},
        {"too new", "{\"schema_version\": 18446744073709551615}", DiagCode::SchemaVersionNew},
        {"too old", "{\"schema_version\": -3}", DiagCode::SchemaVersionOld},
        {"wrong types everywhere",
         "{\"schema_version\": 1, \"id\": 5, \"title\": [], \"participants\": {}, \"nodes\": [1, \"x\", {\"kind\": 3}]}",
         DiagCode::WrongType},
        {"missing everything", "{\"schema_version\": 1}", DiagCode::MissingField},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        auto checked = check_scenario_text(c.text, "in.json");
        CHECK(has_code(checked.diagnostics, c.code));
        CHECK_FALSE(checked.ok());
        for (const auto& d : checked.diagnostics) CHECK(d.message.size() < 2000);
    }
}

TEST_CASE("files: a directory, a missing file and a too-large file are refused") {
    smo::test::TempDir dir;
    auto folder = check_scenario_file(dir.path());
    CHECK(has_code(folder.diagnostics, DiagCode::ReadError));
    auto missing = check_scenario_file(dir.path() / "vanished.json");
    CHECK(has_code(missing.diagnostics, DiagCode::ReadError));
    // Devices and FIFOs are refused instead of read (they could block or never end).
    CHECK(has_code(check_scenario_file("/dev/zero").diagnostics, DiagCode::ReadError));
    auto fifo = dir.path() / "pipe.json";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(has_code(check_scenario_file(fifo).diagnostics, DiagCode::ReadError));
    {
        std::ofstream big(dir.path() / "big.json");
        big << std::string(5u * 1024u * 1024u, ' ');
    }
    auto big = check_scenario_file(dir.path() / "big.json");
    CHECK(has_code(big.diagnostics, DiagCode::SizeLimit));
}

TEST_CASE("limits are options, and long lists are refused with SC002") {
    LoadOptions options;
    options.max_list_items = 1;
    auto loaded = load_scenario_text(fixture_text("valid_minimal.json"), "v.json", options);
    auto d = find_code(loaded.diagnostics, DiagCode::SizeLimit);
    REQUIRE(d != nullptr);
    CHECK(d->pointer == "/participants");
}

TEST_CASE("ids must be simple, lowercase and short") {
    CHECK(is_valid_id("keuze_1"));
    CHECK(is_valid_id("a.b-c"));
    CHECK_FALSE(is_valid_id(""));
    CHECK_FALSE(is_valid_id("Keuze"));
    CHECK_FALSE(is_valid_id("_x"));
    CHECK_FALSE(is_valid_id("met spatie"));
    CHECK_FALSE(is_valid_id(std::string(65, 'a')));
}

TEST_CASE("the UTF-8 check rejects surrogates, overlongs and NUL, accepts Dutch text") {
    using smo::json::find_invalid_utf8;
    CHECK_FALSE(find_invalid_utf8("geïnformeerd, bètablokkers, € 12"));
    CHECK(find_invalid_utf8("\xED\xA0\x80") == 0u);  // surrogate
    CHECK(find_invalid_utf8("ab\xE2\x82") == 2u);    // truncated sequence
    CHECK(find_invalid_utf8(std::string("a\0b", 3)) == 1u);
    // Past the eight-byte ASCII fast path: each fault is still found at its own offset.
    CHECK(find_invalid_utf8(std::string("0123456789abc\0def", 17)) == 13u);
    CHECK(find_invalid_utf8("0123456789abcdef\xC3") == 16u);
    CHECK(find_invalid_utf8("01234567\x80" "9abcdefghij") == 8u);
    CHECK_FALSE(find_invalid_utf8("0123456789 geïnformeerd 0123456789 € 0123456789"));
}

TEST_CASE("$schema may name the schema from any folder: relative, absolute, URL or absent") {
    std::string base = fixture_text("valid_minimal.json");
    const std::string original = "\"$schema\": \"../../../scenarios/scenario.schema.json\"";
    REQUIRE(base.find(original) != std::string::npos);
    for (std::string value : {"./scenario.schema.json", "../../scenarios/scenario.schema.json",
                              "/usr/share/smo-trainer/scenarios/scenario.schema.json",
                              "https://example.org/smo-trainer/scenario.schema.json"}) {
        CAPTURE(value);
        std::string text = base;
        text.replace(text.find(original), original.size(), "\"$schema\": \"" + value + "\"");
        auto checked = check_scenario_text(text, "x.json");
        CHECK(checked.diagnostics.empty());
    }
    std::string without = base;
    without.replace(without.find(original), original.size() + 1, ""); // and its comma
    CHECK(check_scenario_text(without, "x.json").diagnostics.empty());
}

TEST_CASE("a grey zone needs both sides and credits to halve, and is never also a flaw") {
    const auto base = nlohmann::ordered_json::parse(fixture_text("valid_minimal.json"));
    // The first option of node 'keuze' with these fields replaced (null: removed).
    auto with = [&](const std::string& fields) {
        auto doc = base;
        auto& option = doc["nodes"][1]["options"][0];
        const auto patch = nlohmann::ordered_json::parse(fields); // outlives the loop's items()
        for (const auto& [key, value] : patch.items()) {
            if (value.is_null())
                option.erase(key);
            else
                option[key] = value;
        }
        return check_scenario_text(doc.dump(2), "grijs.json");
    };
    auto messages = [](const CheckedScenario& c) {
        std::string all;
        for (const auto& d : c.diagnostics)
            all += d.message + "\n";
        return all;
    };
    // Both sides argued, credits to halve: loads into the model, no diagnostic.
    auto ok = with(R"({"grey_zone": {"for": "Niets medisch.", "against": "Niet met hem afgesproken."}})");
    CHECK_MESSAGE(ok.diagnostics.empty(), messages(ok));
    REQUIRE(ok.loaded.scenario);
    const auto& option = ok.loaded.scenario->nodes[1].options[0];
    REQUIRE(option.grey_zone);
    CHECK(option.grey_zone->against_text == "Niet met hem afgesproken.");

    auto one_side = with(R"({"grey_zone": {"for": "Niets medisch.", "against": ""}})");
    CHECK(has_code(one_side.diagnostics, DiagCode::InvalidValue));
    CHECK(messages(one_side).find("'against'") != std::string::npos);

    auto no_credits = with(R"({"credits": null, "grey_zone": {"for": "a", "against": "b"}})");
    CHECK(messages(no_credits).find("beloont geen leerdoel") != std::string::npos);

    auto both = with(R"({"grey_zone": {"for": "a", "against": "b"}, "flaw": {"kind": "too_vague", "rule": "DUTY-INFORM"}})");
    CHECK(messages(both).find("zowel 'flaw' als 'grey_zone'") != std::string::npos);

    auto typo = with(R"({"grey_zone": {"voor": "a", "against": "b"}})");
    CHECK(has_code(typo.diagnostics, DiagCode::UnknownField));
    CHECK(has_code(typo.diagnostics, DiagCode::MissingField));
}
