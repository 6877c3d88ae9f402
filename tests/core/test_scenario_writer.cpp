// The scenario writer: every bundled scenario and every loadable fixture round-trips (load ->
// write -> load gives the same model; writing an unchanged model over its original gives the
// original's text), notes and unknown fields survive edits, defaults are not invented, node map
// positions are read and written, and the file format is stable.
#include "core/scenario_loader.hpp"
#include "core/scenario_writer.hpp"
#include "scenario_compare.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace smo::core;
namespace fs = std::filesystem;

namespace {

using smo::test::read_text;

/// Bundled scenarios and every fixture that loads without errors (warnings are fine).
std::vector<fs::path> round_trip_files() {
    std::vector<fs::path> out;
    for (const auto& dir :
         {smo::test::source_dir() / "scenarios", smo::test::source_dir() / "tests/fixtures/scenarios"})
        for (const auto& e : fs::directory_iterator(dir)) {
            std::string name = e.path().filename().string();
            if (!e.is_regular_file() || e.path().extension() != ".json" ||
                name.find(".schema.") != std::string::npos)
                continue;
            out.push_back(e.path());
        }
    std::sort(out.begin(), out.end());
    return out;
}

std::shared_ptr<const Scenario> load_ok(const std::string& text) {
    auto loaded = load_scenario_text(text, "test.json");
    std::string diags;
    for (const auto& d : loaded.diagnostics)
        diags += format_gcc(d) + "\n";
    INFO(diags);
    REQUIRE(loaded.ok());
    return loaded.scenario;
}

const char* kSmall = R"({
  "$schema": "./scenario.schema.json",
  "_note": "kopie voor de test",
  "schema_version": 1,
  "id": "klein",
  "version": "1.0.0",
  "language": "nl",
  "title": "Klein",
  "summary": "Een klein scenario.",
  "estimated_minutes": 5,
  "smo_type": "individueel_opeenvolgend",
  "assignment": "deelnemen",
  "learning_goals": ["LG1"],
  "participants": [
    {"id": "ba", "name": "Bea", "role": "bedrijfsarts", "present": true, "x_extra": 1},
    {"id": "lg", "name": "Luc", "role": "leidinggevende"}
  ],
  "start": "n1",
  "nodes": [
    {"id": "n1", "kind": "line", "note": "eerste", "speaker": "lg", "text": "Hallo.", "next": [{"to": "n2"}], "map": {"x": 0.1, "y": 40}},
    {"id": "n2", "kind": "choice", "prompt": "Wat zeg je?", "options": [
      {"id": "a", "text": "Ja.", "discloses": [{"item": "i1"}], "next": "n3"},
      {"id": "b", "text": "Nee.", "when": [{"var": "v", "value": true}], "next": "n3"}
    ]},
    {"id": "n3", "kind": "end", "outcome": "good", "text": "Klaar."}
  ]
})";

} // namespace

TEST_CASE("every bundled scenario and loadable fixture round-trips through the writer") {
    auto files = round_trip_files();
    REQUIRE(files.size() >= 12);
    int checked = 0;
    for (const auto& path : files) {
        CAPTURE(path.string());
        std::string text = read_text(path);
        auto loaded = load_scenario_text(text, path.string());
        if (!loaded.ok()) continue; // fixtures of loader errors have no complete model to write
        OrderedJson original = OrderedJson::parse(text);
        OrderedJson written = write_scenario(*loaded.scenario, &original);
        // No spurious diffs: same keys, order, notes and spelling as the original.
        CHECK(format_scenario_json(written) == format_scenario_json(original));
        // And the written text loads to the same model, pointers included.
        auto again = load_scenario_text(format_scenario_json(written), path.string());
        REQUIRE(again.scenario);
        CHECK(smo::test::scenario_difference(*loaded.scenario, *again.scenario) == "");
        // Without the original: canonical order and no defaults, still the same model.
        auto fresh =
            load_scenario_text(format_scenario_json(write_scenario(*loaded.scenario)), path.string());
        REQUIRE(fresh.scenario);
        CHECK(fresh.ok());
        CHECK(smo::test::scenario_difference(*loaded.scenario, *fresh.scenario, false) == "");
        ++checked;
    }
    // All 12 bundled scenarios plus valid_minimal and the warning-only fixtures.
    CHECK(checked >= 20);
}

TEST_CASE("notes, unknown fields and spelling survive an edited model") {
    OrderedJson original = OrderedJson::parse(kSmall);
    auto loaded = load_scenario_text(kSmall, "klein.json");
    REQUIRE(loaded.scenario);
    Scenario s = *loaded.scenario;
    s.title = "Groter";
    s.title_en = "Bigger";                                // a key the original lacks
    std::swap(s.participants[0], s.participants[1]);      // matched by id, not position
    s.nodes[1].options.erase(s.nodes[1].options.begin()); // option a gone
    s.nodes[2].map_position = MapPosition{300.f, -20.5f}; // new map key on the end node

    OrderedJson out = write_scenario(s, &original);
    CHECK(out.begin().key() == "$schema");
    CHECK(out["_note"] == "kopie voor de test");
    CHECK(out["title"] == "Groter");
    // title_en sits in its canonical place: after summary, before estimated_minutes.
    std::vector<std::string> keys;
    for (const auto& [k, v] : out.items())
        keys.push_back(k);
    auto pos = [&](const std::string& k) { return std::find(keys.begin(), keys.end(), k) - keys.begin(); };
    CHECK(pos("title_en") == pos("summary") + 1);
    CHECK(pos("estimated_minutes") == pos("title_en") + 1);
    // Participant lg moved first; ba keeps its unknown field and its explicit default.
    CHECK(out["participants"][0]["id"] == "lg");
    CHECK(out["participants"][1]["x_extra"] == 1);
    CHECK(out["participants"][1]["present"] == true);
    CHECK_FALSE(out["participants"][0].contains("present")); // default not invented
    // The node note and the list spelling of next stay; 0.1 stays 0.1, not 0.100000001.
    CHECK(out["nodes"][0]["note"] == "eerste");
    CHECK(out["nodes"][0]["next"].is_array());
    CHECK(format_scenario_json(out["nodes"][0]["map"]) == "{\n  \"x\": 0.1,\n  \"y\": 40\n}\n");
    // Option b: the condition without "op" stays without it and its flag value stays a bool.
    REQUIRE(out["nodes"][1]["options"].size() == 1);
    CHECK(out["nodes"][1]["options"][0]["when"][0] == OrderedJson::parse(R"({"var": "v", "value": true})"));
    CHECK(out["nodes"][2]["map"] == OrderedJson::parse(R"({"x": 300, "y": -20.5})"));

    auto again = load_scenario_text(format_scenario_json(out), "klein.json");
    REQUIRE(again.scenario);
    CHECK(again.scenario->title_en == "Bigger");
    REQUIRE(again.scenario->nodes[2].map_position);
    CHECK(again.scenario->nodes[2].map_position->x == doctest::Approx(300.0));
    CHECK(again.scenario->nodes[2].map_position->y == doctest::Approx(-20.5));
}

TEST_CASE("map positions are read from nodes, and bad ones are reported where they are") {
    auto s = load_ok(kSmall);
    REQUIRE(s->nodes[0].map_position);
    CHECK(s->nodes[0].map_position->x == doctest::Approx(0.1));
    CHECK(s->nodes[0].map_position->y == doctest::Approx(40.0));
    CHECK_FALSE(s->nodes[1].map_position);

    std::string bad = kSmall;
    bad.replace(bad.find("\"y\": 40}"), 8, "\"y\": \"boven\"}");
    auto loaded = load_scenario_text(bad, "klein.json");
    REQUIRE(loaded.scenario);
    CHECK_FALSE(loaded.scenario->nodes[0].map_position);
    auto it = std::find_if(loaded.diagnostics.begin(), loaded.diagnostics.end(),
                           [](const Diagnostic& d) { return d.pointer == "/nodes/0/map/y"; });
    REQUIRE(it != loaded.diagnostics.end());
    CHECK(it->severity == DiagSeverity::Error);

    std::string far = kSmall;
    far.replace(far.find("\"y\": 40}"), 8, "\"y\": 1e300}");
    loaded = load_scenario_text(far, "klein.json");
    CHECK_FALSE(loaded.ok());
}

TEST_CASE("a model without an original is written canonically without defaults") {
    auto s = load_ok(kSmall);
    OrderedJson out = write_scenario(*s);
    CHECK(out.begin().key() == "schema_version");
    CHECK_FALSE(out.contains("_note"));
    CHECK_FALSE(out.contains("title_en"));  // empty optional string
    CHECK_FALSE(out.contains("variables")); // empty optional list
    CHECK_FALSE(out["participants"][0].contains("present"));
    CHECK(out["nodes"][0]["next"] == "n2"); // one unconditional edge: the short form
    CHECK(out["nodes"][1]["options"][0]["discloses"][0] == "i1");
    CHECK(out["nodes"][2].contains("outcome"));
    std::vector<std::string> node_keys;
    for (const auto& [k, v] : out["nodes"][0].items())
        node_keys.push_back(k);
    CHECK(node_keys == std::vector<std::string>{"id", "kind", "speaker", "text", "next", "map"});
}

TEST_CASE("the file format is stable: 2 spaces, UTF-8 as is, plain lists on one line, final newline") {
    OrderedJson doc =
        OrderedJson::parse(R"({"a": "café “x”", "b": [1, 2], "c": [], "d": {}, "e": [{"f": null}]})");
    std::string text = format_scenario_json(doc);
    CHECK(text == "{\n"
                  "  \"a\": \"café “x”\",\n"
                  "  \"b\": [1, 2],\n"
                  "  \"c\": [],\n"
                  "  \"d\": {},\n"
                  "  \"e\": [\n"
                  "    {\n"
                  "      \"f\": null\n"
                  "    }\n"
                  "  ]\n"
                  "}\n");
    CHECK(format_scenario_json(OrderedJson::parse(text)) == text);
}

TEST_CASE("object kinds follow the shape of a pointer") {
    CHECK(object_kind_at("") == JsonObjectKind::Scenario);
    CHECK(object_kind_at("/nodes/3") == JsonObjectKind::Node);
    CHECK(object_kind_at("/nodes/3/options/0") == JsonObjectKind::Option);
    CHECK(object_kind_at("/nodes/3/options/0/next/1/when/0") == JsonObjectKind::Condition);
    CHECK(object_kind_at("/nodes/3/answers/2") == JsonObjectKind::Answer);
    CHECK(object_kind_at("/nabespreking/0/answers/2") == JsonObjectKind::Answer);
    CHECK(object_kind_at("/cases/0/worker") == JsonObjectKind::Worker);
    CHECK(object_kind_at("/cases/0/file/4") == JsonObjectKind::CaseFileItem);
    CHECK(object_kind_at("/group/units/1") == JsonObjectKind::GroupUnit);
    CHECK(object_kind_at("/nodes/3/map") == JsonObjectKind::MapPosition);
    CHECK(object_kind_at("/nodes/x") == JsonObjectKind::Unknown);
    CHECK(object_kind_at("/nodes") == JsonObjectKind::Unknown);
    CHECK(object_kind_at("nodes/1") == JsonObjectKind::Unknown);
    CHECK(canonical_keys(JsonObjectKind::Option).front() == "id");
}
