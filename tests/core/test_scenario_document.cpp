// The editable scenario document and its commands: every command's undo/redo restores the exact
// JSON and model, renames update every reference, consecutive edits of one field merge, the dirty
// flag follows the saved revision, and a scenario built only through commands validates and
// plays to an end with the best and the worst strategy.
#include "core/play_strategies.hpp"
#include "core/runtime.hpp"
#include "core/scenario_document.hpp"
#include "scenario_compare.hpp"
#include "scoring/evaluate.hpp"
#include "scoring/rulebase.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

using namespace smo::core;
namespace fs = std::filesystem;

namespace {

using smo::test::read_text;

ValidateOptions real_rules() {
    std::vector<Diagnostic> errors;
    auto rules = smo::scoring::load_rulebase(smo::test::source_dir() / "assets/rules/rules.json", errors);
    REQUIRE(rules);
    ValidateOptions options;
    options.known_rules.emplace();
    for (const auto& r : rules->rules)
        options.known_rules->insert(r.id);
    return options;
}

const smo::scoring::Engine& engine() {
    static std::unique_ptr<smo::scoring::Engine> instance = [] {
        std::vector<Diagnostic> errors;
        auto e = smo::scoring::Engine::load(smo::test::source_dir() / "assets", errors);
        REQUIRE(e);
        return e;
    }();
    return *instance;
}

ScenarioDocument bundled(const std::string& id) {
    auto path = smo::test::source_dir() / "scenarios" / (id + ".json");
    std::vector<Diagnostic> diags;
    auto doc = ScenarioDocument::open(read_text(path), path.string(), diags, real_rules());
    REQUIRE(doc);
    REQUIRE(doc->checked().ok());
    return std::move(*doc);
}

std::string describe(const std::vector<Diagnostic>& diags) {
    std::string out;
    for (const auto& d : diags)
        out += format_gcc(d) + "\n";
    return out;
}

std::size_t errors_in(const std::vector<Diagnostic>& diags) {
    return count_severity(diags, DiagSeverity::Error);
}

/// Executes, then checks that undo gives back the exact text and model before, and redo the
/// exact text and model after.
void check_round_trip(ScenarioDocument& doc, const std::optional<Command>& command,
                      const std::string& error) {
    REQUIRE_MESSAGE(command, error);
    REQUIRE_FALSE(command->edits.empty());
    std::string before_text = doc.text();
    auto before_model = doc.checked().loaded.scenario;
    auto before_diags = doc.checked().diagnostics.size();
    std::string err;
    REQUIRE_MESSAGE(doc.execute(*command, err), err);
    doc.end_merge();
    std::string after_text = doc.text();
    auto after_model = doc.checked().loaded.scenario;
    CHECK(after_text != before_text);

    REQUIRE(doc.undo());
    CHECK(doc.text() == before_text);
    REQUIRE(doc.scenario());
    CHECK(smo::test::scenario_difference(*before_model, *doc.scenario()) == "");
    CHECK(doc.checked().diagnostics.size() == before_diags);

    REQUIRE(doc.redo());
    CHECK(doc.text() == after_text);
    REQUIRE(doc.scenario());
    if (after_model) CHECK(smo::test::scenario_difference(*after_model, *doc.scenario()) == "");
}

Node line(const std::string& id, const std::string& speaker, const std::string& text,
          const std::string& next) {
    Node n;
    n.id = id;
    n.kind = NodeKind::Line;
    n.speaker = speaker;
    n.text = text;
    n.next = {Edge{next, {}, {}}};
    return n;
}

Node decision(const std::string& id, NodeKind kind, const std::string& prompt) {
    Node n;
    n.id = id;
    n.kind = kind;
    n.prompt = prompt;
    return n;
}

Option option(const std::string& id, const std::string& text, const std::string& next,
              std::vector<std::string> discloses = {}, std::vector<std::string> credits = {},
              const std::string& feedback = {}) {
    Option o;
    o.id = id;
    o.text = text;
    for (auto& d : discloses)
        o.discloses.push_back(Disclosure{d, {}, {}});
    o.credits = std::move(credits);
    o.feedback = feedback;
    o.next = {Edge{next, {}, {}}};
    return o;
}

} // namespace

TEST_CASE("every command is undone and redone exactly") {
    ScenarioDocument doc = bundled("smo_magazijn_drie_casussen");
    const Scenario s = *doc.scenario(); // a copy: every edit replaces the document's model
    REQUIRE(s.nodes.size() > 5);
    REQUIRE_FALSE(s.cases.empty());
    REQUIRE(s.cases[0].file.size() >= 2);
    std::string error;
    const OrderedJson& j = doc.json();

    SUBCASE("set an existing field, a new key and an array element, and remove a field") {
        check_round_trip(doc, set_field(j, "/title", "Nieuwe titel", error), error);
        check_round_trip(doc, set_field(j, "/nodes/0/text", "Anders gezegd.", error), error);
        check_round_trip(doc, set_field(j, "/learning_goals", OrderedJson::array({"LG1"}), error), error);
        check_round_trip(doc, set_field(j, "/learning_goals/0", "LG2", error), error);
        check_round_trip(doc, set_field(j, "/nodes/0/map", OrderedJson{{"x", 10}, {"y", 20}}, error), error);
        CHECK(doc.scenario()->nodes[0].map_position);
        check_round_trip(doc, set_field(j, "/participants/0/present", false, error), error);
        check_round_trip(doc, remove_field(j, "/summary_en", error), error);
    }
    SUBCASE("add, remove and move a node") {
        check_round_trip(doc, add_node(j, line("nieuw", s.participants[0].id, "Hallo.", s.start), 1, error),
                         error);
        CHECK(doc.scenario()->nodes[1].id == "nieuw");
        check_round_trip(doc, move_node(j, "nieuw", 3, error), error);
        CHECK(doc.scenario()->nodes[3].id == "nieuw");
        check_round_trip(doc, remove_node(j, "nieuw", error), error);
        CHECK(doc.scenario()->find_node("nieuw") == nullptr);
        check_round_trip(doc, remove_node(j, s.nodes.back().id, error), error);
    }
    SUBCASE("add, remove and move an option") {
        const Node* choice = nullptr;
        for (const auto& n : doc.scenario()->nodes)
            if (n.kind == NodeKind::Choice && n.options.size() >= 2) choice = &n;
        REQUIRE(choice);
        std::string node_id = choice->id;
        std::string first = choice->options[0].id;
        check_round_trip(
            doc, add_option(j, node_id, option("extra", "Nog iets.", doc.scenario()->start), 0, error),
            error);
        CHECK(doc.scenario()->find_node(node_id)->options[0].id == "extra");
        check_round_trip(doc, move_option(j, node_id, "extra", 2, error), error);
        check_round_trip(doc, remove_option(j, node_id, first, error), error);
    }
    SUBCASE("an option's assessment: flaw and grey zone exclude each other, one undo step each") {
        const Node* choice = nullptr;
        for (const auto& n : doc.scenario()->nodes)
            if (n.kind == NodeKind::Choice && !n.options.empty()) choice = &n;
        REQUIRE(choice);
        const std::string node_id = choice->id;
        const std::string ptr = choice->options[0].ptr;
        auto option_now = [&]() -> const Option& { return doc.scenario()->find_node(node_id)->options[0]; };
        check_round_trip(doc, set_option_assessment(j, ptr, OptionAssessment::TooVague, error), error);
        REQUIRE(option_now().flaw);
        CHECK(option_now().flaw->kind == smo::scoring::FlawKind::TooVague);
        CHECK(option_now().flaw->rule_id == "DUTY-INFORM");
        CHECK(option_assessment(option_now()) == OptionAssessment::TooVague);
        // Another kind keeps the duty the author chose.
        check_round_trip(doc, set_field(j, ptr + "/flaw/rule", "DUTY-PREVENT", error), error);
        check_round_trip(doc, set_option_assessment(j, ptr, OptionAssessment::MissedDuty, error), error);
        CHECK(option_now().flaw->rule_id == "DUTY-PREVENT");
        // A grey zone replaces the flaw in one step.
        auto to_grey = set_option_assessment(j, ptr, OptionAssessment::GreyZone, error);
        REQUIRE_MESSAGE(to_grey, error);
        CHECK(to_grey->edits.size() == 2);
        check_round_trip(doc, to_grey, error);
        CHECK_FALSE(option_now().flaw);
        REQUIRE(option_now().grey_zone);
        CHECK(option_assessment(option_now()) == OptionAssessment::GreyZone);
        check_round_trip(doc, set_field(j, ptr + "/grey_zone/for", "Te verdedigen.", error), error);
        CHECK(option_now().grey_zone->for_text == "Te verdedigen.");
        check_round_trip(doc, set_option_assessment(j, ptr, OptionAssessment::Plain, error), error);
        CHECK_FALSE(option_now().grey_zone);
        CHECK_FALSE(option_now().flaw);
        CHECK_FALSE(set_option_assessment(j, "/nodes/9999/options/0", OptionAssessment::Plain, error));
        CHECK_FALSE(error.empty());
    }
    SUBCASE("add, remove and move a case-file item, a case and a variable") {
        std::string case_id = doc.scenario()->cases[0].id;
        std::string item_id = doc.scenario()->cases[0].file[0].id;
        check_round_trip(
            doc,
            add_case_file_item(j, case_id,
                               CaseFileItem{"nieuw_item", "Hij werkt halve dagen.", "functional", {}},
                               std::nullopt, error),
            error);
        CHECK(doc.scenario()->find_item("nieuw_item"));
        check_round_trip(doc, move_case_file_item(j, "nieuw_item", 0, error), error);
        check_round_trip(doc, remove_case_file_item(j, item_id, error), error);
        Case c;
        c.id = "tweede";
        c.title = "Tweede casus";
        c.worker.name = "B. Voorbeeld";
        c.file.push_back(CaseFileItem{"tweede_func", "Zij kan niet bukken.", "functional", {}});
        check_round_trip(doc, add_case(j, c, std::nullopt, error), error);
        Variable v;
        v.id = "spanning";
        v.initial = 2;
        check_round_trip(doc, add_variable(j, v, std::nullopt, error), error);
        CHECK(doc.scenario()->find_variable("spanning"));
    }
    SUBCASE("add, remove and move a participant") {
        check_round_trip(
            doc, add_participant(j, Participant{"hr", "Hanna", "hr", "HR-adviseur.", false, {}}, 0, error),
            error);
        CHECK(doc.scenario()->participants[0].id == "hr");
        CHECK_FALSE(doc.scenario()->participants[0].present);
        check_round_trip(doc, move_participant(j, "hr", 2, error), error);
        check_round_trip(doc, remove_participant(j, "hr", error), error);
    }
    SUBCASE("add, remove and move an answer of a question") {
        ScenarioDocument quiz = bundled("smo_eerstejaarsevaluatie_spoor2");
        const Scenario& q = *quiz.scenario();
        std::string owner;
        std::string answer_id;
        for (const auto& n : q.nodes)
            if (n.kind == NodeKind::Quiz && n.answers.size() >= 2) owner = n.ptr, answer_id = n.answers[0].id;
        if (owner.empty() && !q.voorbespreking.empty())
            owner = q.voorbespreking[0].ptr, answer_id = q.voorbespreking[0].answers[0].id;
        REQUIRE_FALSE(owner.empty());
        const OrderedJson& qj = quiz.json();
        check_round_trip(
            quiz, add_answer(qj, owner, Answer{"nieuw", "Misschien.", false, "Nee.", {}}, 0, error), error);
        check_round_trip(quiz, move_answer(qj, owner, "nieuw", 1, error), error);
        check_round_trip(quiz, remove_answer(qj, owner, answer_id, error), error);
    }
    SUBCASE("renames") {
        check_round_trip(doc, rename_id(j, IdKind::Node, s.start, "begin", error), error);
        CHECK(doc.scenario()->start == "begin");
        check_round_trip(doc, rename_id(j, IdKind::Participant, s.participants[1].id, "persoon", error),
                         error);
        check_round_trip(doc, rename_id(j, IdKind::CaseFileItem, s.cases[0].file[0].id, "item_een", error),
                         error);
        check_round_trip(doc, rename_id(j, IdKind::Case, s.cases[0].id, "casus_een", error), error);
        if (!s.variables.empty())
            check_round_trip(doc, rename_id(j, IdKind::Variable, s.variables[0].id, "var_een", error), error);
        std::string node_id;
        std::string option_id;
        for (const auto& n : s.nodes)
            if (!n.options.empty() && node_id.empty()) node_id = n.id, option_id = n.options[0].id;
        check_round_trip(doc, rename_id(j, IdKind::Option, option_id, "optie_een", error, node_id), error);
        CHECK(doc.scenario()->find_node(node_id)->options[0].id == "optie_een");
        CHECK(errors_in(doc.checked().diagnostics) == 0);
    }
    // The whole history unwinds to the file as opened.
    std::string opened = format_scenario_json(
        OrderedJson::parse(read_text(smo::test::source_dir() / "scenarios/smo_magazijn_drie_casussen.json")));
    while (doc.undo()) {
    }
    CHECK(doc.text() == opened);
    CHECK_FALSE(doc.dirty());
}

TEST_CASE("a rename updates every reference, and the scenario still validates") {
    for (const std::string id : {"smo_magazijn_drie_casussen", "smo_laboratorium_zwangerschap_epilepsie",
                                 "zorggroep_linde_smo", "smo_eerstejaarsevaluatie_spoor2"}) {
        CAPTURE(id);
        ScenarioDocument doc = bundled(id);
        auto diags_before = doc.checked().diagnostics.size();
        REQUIRE(errors_in(doc.checked().diagnostics) == 0);
        const Scenario s = *doc.scenario();
        // The most referenced id of each kind.
        auto most = [&](IdKind kind, const auto& ids) {
            std::string best;
            std::size_t count = 0;
            for (const auto& x : ids) {
                auto n = find_references(doc.json(), kind, x).size();
                if (n > count) best = x, count = n;
            }
            return std::make_pair(best, count);
        };
        std::vector<std::string> nodes, items, people, vars, cases;
        for (const auto& n : s.nodes)
            nodes.push_back(n.id);
        for (const auto& c : s.cases) {
            cases.push_back(c.id);
            for (const auto& i : c.file)
                items.push_back(i.id);
        }
        for (const auto& p : s.participants)
            people.push_back(p.id);
        for (const auto& v : s.variables)
            vars.push_back(v.id);
        std::vector<std::pair<IdKind, std::vector<std::string>>> kinds{{IdKind::Node, nodes},
                                                                       {IdKind::CaseFileItem, items},
                                                                       {IdKind::Participant, people},
                                                                       {IdKind::Variable, vars},
                                                                       {IdKind::Case, cases}};
        int renamed = 0;
        for (const auto& [kind, ids] : kinds) {
            auto [old_id, count] = most(kind, ids);
            if (count == 0) continue;
            CAPTURE(old_id);
            std::string new_id = "hernoemd_" + std::to_string(renamed);
            auto refs = find_references(doc.json(), kind, old_id);
            std::string error;
            REQUIRE_MESSAGE(doc.execute(rename_id(doc.json(), kind, old_id, new_id, error), error), error);
            INFO(describe(doc.checked().diagnostics));
            CHECK(errors_in(doc.checked().diagnostics) == 0);
            CHECK(doc.checked().diagnostics.size() == diags_before); // no new warnings either
            CHECK(find_references(doc.json(), kind, old_id).empty());
            CHECK(find_references(doc.json(), kind, new_id) == refs);
            for (const auto& p : refs)
                CHECK(*find_value(doc.json(), p) == new_id);
            ++renamed;
        }
        CHECK(renamed >= 3);
        // The model agrees: no edge, speaker or disclosure mentions an old id.
        std::string text = doc.text();
        CHECK(text.find("\"hernoemd_0\"") != std::string::npos);
    }
}

TEST_CASE("renames and adds refuse bad or taken ids and leave the document as it was") {
    ScenarioDocument doc = bundled("zorggroep_linde_smo");
    const Scenario s = *doc.scenario();
    std::string error;
    CHECK_FALSE(rename_id(doc.json(), IdKind::Node, s.nodes[0].id, s.nodes[1].id, error));
    CHECK(error.find(s.nodes[1].id) != std::string::npos);
    CHECK_FALSE(rename_id(doc.json(), IdKind::Node, s.nodes[0].id, "Met Hoofdletter", error));
    CHECK(error.find("geen geldige id") != std::string::npos);
    CHECK_FALSE(rename_id(doc.json(), IdKind::Participant, "niemand", "iemand", error));
    CHECK(error.find("niemand") != std::string::npos);
    CHECK_FALSE(add_node(doc.json(), line(s.nodes[0].id, "", "x", s.start), std::nullopt, error));
    CHECK_FALSE(add_node(doc.json(), line("nieuw", "", "x", s.start), 10000, error));
    CHECK_FALSE(set_field(doc.json(), "/bestaat/niet", 1, error));
    CHECK_FALSE(move_node(doc.json(), s.nodes[0].id, 10000, error));
    CHECK_FALSE(remove_field(doc.json(), "/bestaat_niet", error));
    CHECK_FALSE(doc.execute(std::optional<Command>{}, error));
    CHECK_FALSE(doc.can_undo());
    CHECK_FALSE(doc.dirty());

    // A stale command (the document changed underneath) fails as a whole.
    OrderedJson copy = doc.json();
    auto rename = rename_id(copy, IdKind::Node, s.start, "begin", error);
    REQUIRE(rename);
    copy["start"] = "elders";
    OrderedJson before = copy;
    CHECK_FALSE(apply_command(copy, *rename, error));
    CHECK(copy == before);
    CHECK(error.find("/start") != std::string::npos);
}

TEST_CASE("commands are data: apply and revert work on a plain JSON value") {
    OrderedJson j =
        OrderedJson::parse(R"({"id": "x", "note": "n", "nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}]})");
    const OrderedJson original = j;
    std::string error;
    // A new key is placed in canonical order (title after id, before nodes), not at the end.
    auto set = set_field(j, "/title", "T", error);
    REQUIRE(set);
    REQUIRE(apply_command(j, *set, error));
    std::vector<std::string> keys;
    for (const auto& [k, v] : j.items())
        keys.push_back(k);
    CHECK(keys == std::vector<std::string>{"id", "note", "title", "nodes"});
    auto move = move_element(j, "/nodes", 0, 2, error);
    REQUIRE(move);
    REQUIRE(apply_command(j, *move, error));
    CHECK(j["nodes"][2]["id"] == "a");
    REQUIRE(revert_command(j, *move, error));
    REQUIRE(revert_command(j, *set, error));
    CHECK(j.dump() == original.dump());
    // Setting a value to what it already is makes a command without edits.
    auto same = set_field(j, "/id", "x", error);
    REQUIRE(same);
    CHECK(same->edits.empty());
}

TEST_CASE("consecutive edits of one field merge into one undo step") {
    ScenarioDocument doc = bundled("zorggroep_linde_smo");
    std::string original_title = doc.scenario()->title;
    std::string error;
    for (const char* t : {"T", "Ti", "Tit", "Titel"})
        REQUIRE(doc.execute(set_field(doc.json(), "/title", t, error), error));
    CHECK(doc.undo_depth() == 1);
    CHECK(doc.scenario()->title == "Titel");
    // Another field is another step.
    REQUIRE(doc.execute(set_field(doc.json(), "/summary", "S", error), error));
    CHECK(doc.undo_depth() == 2);
    // Back on the title after another field: a new step.
    REQUIRE(doc.execute(set_field(doc.json(), "/title", "Titel 2", error), error));
    CHECK(doc.undo_depth() == 3);
    // end_merge (the widget lost focus) closes the step.
    doc.end_merge();
    REQUIRE(doc.execute(set_field(doc.json(), "/title", "Titel 3", error), error));
    CHECK(doc.undo_depth() == 4);
    REQUIRE(doc.undo());
    CHECK(doc.scenario()->title == "Titel 2");
    // After an undo, an edit of the same field does not merge into the step before.
    REQUIRE(doc.execute(set_field(doc.json(), "/title", "Titel 4", error), error));
    CHECK(doc.undo_depth() == 4);
    CHECK_FALSE(doc.can_redo());
    while (doc.undo()) {
    }
    CHECK(doc.scenario()->title == original_title);
    CHECK(doc.redo());
    CHECK(doc.scenario()->title == "Titel");
    CHECK(doc.undo_label() == "Veld wijzigen");
}

TEST_CASE("the dirty flag compares with the saved revision") {
    ScenarioDocument doc = bundled("zorggroep_linde_smo");
    std::string error;
    auto set_title = [&](const char* t) {
        REQUIRE_MESSAGE(doc.execute(set_field(doc.json(), "/title", t, error), error), error);
    };
    CHECK_FALSE(doc.dirty());
    set_title("A");
    CHECK(doc.dirty());
    REQUIRE(doc.undo());
    CHECK_FALSE(doc.dirty()); // back at the saved state
    REQUIRE(doc.redo());
    CHECK(doc.dirty());
    doc.mark_saved();
    CHECK_FALSE(doc.dirty());
    set_title("AB");
    CHECK(doc.dirty());
    REQUIRE(doc.undo());
    CHECK_FALSE(doc.dirty()); // undo back to the saved state
    REQUIRE(doc.redo());
    CHECK(doc.dirty());
    // Saved in the middle of typing: typing on merges into the saved step, which is then no
    // longer the saved state, whichever way one undoes or redoes.
    doc.end_merge();
    set_title("X");
    doc.mark_saved();
    set_title("XY");
    CHECK(doc.undo_depth() == 3);
    CHECK(doc.dirty());
    REQUIRE(doc.undo());
    CHECK(doc.dirty());
    REQUIRE(doc.redo());
    CHECK(doc.dirty());
    doc.mark_saved();
    // A command that changes nothing changes nothing.
    set_title("XY");
    CHECK_FALSE(doc.dirty());
    CHECK(doc.undo_depth() == 3);
}

TEST_CASE("opening text that is not JSON gives the located parse error") {
    std::vector<Diagnostic> diags;
    auto doc = ScenarioDocument::open("{\n  \"id\": \"x\",\n}\n", "kapot.json", diags);
    CHECK_FALSE(doc);
    REQUIRE_FALSE(diags.empty());
    CHECK(diags[0].line == 3);
    diags.clear();
    CHECK_FALSE(ScenarioDocument::open("[1, 2]", "lijst.json", diags));
    CHECK_FALSE(diags.empty());
    diags.clear();
    // Valid JSON that is no scenario yet opens; its model is null and the diagnostics say why.
    auto empty = ScenarioDocument::open("{}", "leeg.json", diags);
    REQUIRE(empty);
    CHECK(empty->scenario() == nullptr);
    CHECK(has_errors(empty->checked().diagnostics));
}

TEST_CASE("a scenario built only through commands validates and plays with best and worst") {
    ScenarioDocument doc(OrderedJson::parse(R"({"schema_version": 1})"), "nieuw.json", real_rules());
    CHECK(has_errors(doc.checked().diagnostics)); // required fields missing: not playable yet
    std::string error;
    auto run = [&](std::optional<Command> c) {
        REQUIRE_MESSAGE(doc.execute(c, error), error);
        doc.end_merge();
    };
    const OrderedJson& j = doc.json();
    run(set_field(j, "/id", "eigen_individueel", error));
    run(set_field(j, "/version", "0.1.0", error));
    run(set_field(j, "/language", "nl", error));
    run(set_field(j, "/title", "Eigen individueel SMO", error));
    run(set_field(j, "/summary", "Een leidinggevende vraagt naar een medewerker met rugklachten.", error));
    run(set_field(j, "/estimated_minutes", 10, error));
    run(set_field(j, "/smo_type", "individueel_opeenvolgend", error));
    run(set_field(j, "/assignment", "deelnemen", error));
    run(set_field(j, "/learning_goals", OrderedJson::array({"LG4"}), error));
    run(add_participant(j, Participant{"coas", "Jij", "coassistent", "", true, {}}, std::nullopt, error));
    run(add_participant(j, Participant{"lg", "Karin Vos", "leidinggevende", "", true, {}}, std::nullopt,
                        error));
    Case c;
    c.id = "c1";
    c.title = "Medewerker magazijn";
    c.worker.name = "A. Voorbeeld";
    run(add_case(j, c, std::nullopt, error));
    run(add_case_file_item(j, "c1", CaseFileItem{"c1_func", "Hij kan nu niet tillen.", "functional", {}},
                           std::nullopt, error));
    run(add_case_file_item(
        j, "c1", CaseFileItem{"c1_duur", "Dat duurt naar verwachting nog zes weken.", "duration", {}},
        std::nullopt, error));
    run(add_case_file_item(j, "c1", CaseFileItem{"c1_diag", "Hij heeft een hernia.", "diagnosis", {}},
                           std::nullopt, error));
    Variable trust;
    trust.id = "vertrouwen";
    trust.label = "Vertrouwen van de leidinggevende";
    trust.initial = 5;
    run(add_variable(j, trust, std::nullopt, error));

    // Six decision points: three choices, a compose, a free-text turn and a quiz.
    run(add_node(j, line("intro", "lg", "Wat kan hij op dit moment?", "keuze1"), std::nullopt, error));
    run(add_node(j, decision("keuze1", NodeKind::Choice, "Wat vertel je?"), std::nullopt, error));
    Option good = option("functie", "Hij kan nu niet tillen.", "keuze2", {"c1_func"}, {"LG4"},
                         "Goed: alleen wat hij kan.");
    good.effects.push_back(Effect{"vertrouwen", false, 2, false, {}});
    run(add_option(j, "keuze1", good, std::nullopt, error));
    run(add_option(j, "keuze1",
                   option("diagnose", "Hij heeft een hernia.", "keuze2", {"c1_diag"}, {},
                          "Een diagnose valt onder het beroepsgeheim."),
                   std::nullopt, error));
    // The branch: two options lead to different nodes.
    run(add_node(j, decision("keuze2", NodeKind::Choice, "Ze vraagt hoe lang het duurt."), std::nullopt,
                 error));
    run(add_option(
        j, "keuze2",
        option("duur", "Naar verwachting nog zes weken.", "samenstellen", {"c1_duur"}, {"LG4"}, "Goed."),
        std::nullopt, error));
    run(add_option(j, "keuze2",
                   option("uitleg", "Hij heeft een hernia; dat hangt af van de behandeling.", "uitleg_lg",
                          {"c1_diag"}, {}, "Een diagnose valt onder het beroepsgeheim."),
                   std::nullopt, error));
    run(add_node(j, line("uitleg_lg", "lg", "Welke behandeling dan?", "samenstellen"), std::nullopt, error));
    Node compose = decision("samenstellen", NodeKind::Compose, "Vat samen wat zij mag weten.");
    compose.items = {"c1_func", "c1_duur", "c1_diag"};
    compose.credits = {"LG4"};
    compose.feedback = "Alleen functie en duur.";
    // A condition on the way on: with enough trust the conversation goes to the quiz directly.
    compose.next = {Edge{"quiz", {Condition{"vertrouwen", CompareOp::Ge, 7, false, {}}}, {}},
                    Edge{"vrij", {}, {}}};
    run(add_node(j, compose, std::nullopt, error));
    Node free = decision("vrij", NodeKind::FreeText, "Wat zeg je over zijn werk?");
    free.model_answer = "Hij kan voorlopig geen zware dozen tillen; licht werk kan wel.";
    free.poor_answer = "Hij heeft een hernia, dus tillen gaat niet.";
    free.feedback = "Functionele mogelijkheden, geen diagnose.";
    free.credits = {"LG4"};
    free.next = {Edge{"quiz", {}, {}}};
    run(add_node(j, free, std::nullopt, error));
    Node quiz = decision("quiz", NodeKind::Quiz, "Wat mag je de leidinggevende vertellen?");
    quiz.next = {Edge{"keuze3", {}, {}}};
    run(add_node(j, quiz, std::nullopt, error));
    std::string quiz_ptr = doc.scenario()->find_node("quiz")->ptr;
    run(add_answer(j, quiz_ptr, Answer{"a_func", "Wat hij kan en hoe lang.", true, "Juist.", {}},
                   std::nullopt, error));
    run(add_answer(j, quiz_ptr, Answer{"a_diag", "De diagnose.", false, "Nee: beroepsgeheim.", {}},
                   std::nullopt, error));
    run(add_node(j, decision("keuze3", NodeKind::Choice, "Hoe rond je af?"), std::nullopt, error));
    run(add_option(
        j, "keuze3",
        option("afspraak", "Ik spreek over drie weken een evaluatie af.", "einde_goed", {}, {}, "Goed."),
        std::nullopt, error));
    run(add_option(
        j, "keuze3",
        option("niets", "Verder weet ik het ook niet.", "einde_matig", {}, {}, "Geen vervolgafspraak."),
        std::nullopt, error));
    Node end_good;
    end_good.id = "einde_goed";
    end_good.kind = NodeKind::End;
    end_good.text = "Het overleg is afgerond met een duidelijke afspraak.";
    end_good.outcome = "good";
    run(add_node(j, end_good, std::nullopt, error));
    Node end_mixed = end_good;
    end_mixed.id = "einde_matig";
    end_mixed.text = "Het overleg eindigt zonder afspraak.";
    end_mixed.outcome = "mixed";
    run(add_node(j, end_mixed, std::nullopt, error));
    run(set_field(j, "/start", "intro", error));
    run(set_field(j, "/nodes/0/map", OrderedJson{{"x", 0}, {"y", 0}}, error));

    REQUIRE(doc.scenario());
    INFO(describe(doc.checked().diagnostics));
    CHECK(errors_in(doc.checked().diagnostics) == 0);
    CHECK(doc.checked().ok());
    const Scenario& s = *doc.scenario();
    CHECK(s.decision_points() == 6);
    CHECK(s.smo_type == SmoType::IndividueelOpeenvolgend);

    // The saved text loads the same model from disk.
    auto reloaded = check_scenario_text(doc.text(), "nieuw.json", real_rules());
    REQUIRE(reloaded.loaded.scenario);
    CHECK(smo::test::scenario_difference(s, *reloaded.loaded.scenario) == "");

    std::map<std::string, std::vector<std::string>> visited;
    for (const std::string spec : {"best", "worst"}) {
        CAPTURE(spec);
        auto strategy = parse_strategy(spec, error);
        REQUIRE(strategy);
        Runtime rt(doc.checked().loaded.scenario, engine());
        Player player(*strategy);
        auto result = play_to_end(rt, player);
        CHECK_MESSAGE(result.finished, result.error);
        for (const auto& e : rt.transcript())
            if (visited[spec].empty() || visited[spec].back() != e.node_id)
                visited[spec].push_back(e.node_id);
    }
    // Best and worst take different ways through the branch.
    CHECK(visited["best"] != visited["worst"]);
    auto has = [](const std::vector<std::string>& v, const char* id) {
        return std::find(v.begin(), v.end(), id) != v.end();
    };
    CHECK(has(visited["best"], "einde_goed"));
    CHECK(has(visited["worst"], "uitleg_lg"));
    CHECK(has(visited["worst"], "vrij"));

    // The whole construction unwinds to the almost-empty document and replays exactly.
    std::string built = doc.text();
    std::size_t steps = doc.undo_depth();
    while (doc.undo()) {
    }
    CHECK(doc.text() == format_scenario_json(OrderedJson::parse(R"({"schema_version": 1})")));
    while (doc.redo()) {
    }
    CHECK(doc.undo_depth() == steps);
    CHECK(doc.text() == built);
}

TEST_CASE("a document whose id no longer matches its file name gets SC039 after the edit") {
    auto text = smo::test::read_text(smo::test::source_dir() / "scenarios/zorggroep_linde_smo.json");
    std::vector<Diagnostic> diags;
    auto doc = ScenarioDocument::open(text, "zorggroep_linde_smo.json", diags);
    REQUIRE(doc.has_value());
    auto has_sc039 = [&] {
        const auto& d = doc->checked().diagnostics;
        return std::any_of(d.begin(), d.end(),
                           [](const Diagnostic& x) { return x.code == DiagCode::FileNameMismatch; });
    };
    CHECK_FALSE(has_sc039());
    std::string error;
    REQUIRE(doc->execute(set_field(doc->json(), "/id", "andere_naam", error), error));
    CHECK(has_sc039());
    doc->undo();
    CHECK_FALSE(has_sc039());
}
