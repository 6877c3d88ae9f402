// The scenario editor driven through intents, as the screen drives it: open, edit, undo, save
// with a backup, leave with Save / Discard / Cancel, recovery after a crash, jump from a
// diagnostic, the option audit, read-only bundled scenarios, playtest, and the whole authoring
// flow of a new individual SMO from a template to playing it from the library.
#include "core/play_strategies.hpp"
#include "core/playtest.hpp"
#include "core/scenario_files.hpp"
#include "core/scenario_loader.hpp"
#include "ui/editor_actions.hpp"
#include "ui/editor_forms.hpp"
#include "ui/library_files.hpp"
#include "ui/root.hpp"
#include "ui/session_actions.hpp"
#include "ui_fixture.hpp"

#include <algorithm>
#include <fstream>

using namespace smo;
namespace fs = std::filesystem;

namespace {

struct EditorFixture : test::UiFixture {
    fs::path own() const { return tmp.path() / "eigen"; }
    fs::path state_dir() const { return tmp.path() / "state"; }
    EditorFixture() {
        state.user_scenarios_dir = own();
        state.state_dir = state_dir();
        ui::reload_library(state);
    }
    /// A new own scenario from the template without the worker, open in the editor.
    void new_from_template(const std::string& template_id = "sjabloon_individueel_zonder_werknemer") {
        ui::emit<ui::CreateScenarioFromTemplate>(state, template_id);
        apply();
        REQUIRE(state.screen == ui::Screen::Editor);
        REQUIRE(state.editor.open());
        REQUIRE_FALSE(state.editor.read_only);
    }
    const core::ScenarioDocument& doc() const { return *state.editor.doc; }
    const core::Scenario& model() const { return *state.editor.doc->scenario(); }
    /// Queues and applies one edit; the editor must accept it.
    void edit(std::optional<core::Command> command, const std::string& error) {
        REQUIRE_MESSAGE(command.has_value(), error);
        ui::emit<ui::EditScenario>(state, std::move(command), error, std::nullopt);
        ui::emit<ui::EndEditMerge>(state);
        apply();
        CAPTURE(state.editor.message);
        REQUIRE_FALSE(state.editor.message_is_error);
    }
    void set(const std::string& pointer, core::OrderedJson value) {
        std::string error;
        edit(core::set_field(doc().json(), pointer, std::move(value), error), error);
    }
};

void frame(ui::AppState& state) {
    ImGui::NewFrame();
    ui::draw_app(state);
    ImGui::Render();
}

core::Option option(std::string id, std::string text, std::vector<std::string> credits, std::string next,
                    std::vector<std::string> items = {}, std::string feedback = {}) {
    core::Option o;
    o.id = std::move(id);
    o.text = std::move(text);
    o.credits = std::move(credits);
    o.feedback = std::move(feedback);
    for (auto& i : items)
        o.discloses.push_back(core::Disclosure{i, {}, {}});
    o.next.push_back(core::Edge{std::move(next), {}, {}});
    return o;
}

} // namespace

TEST_CASE(
    "an edit marks the editor dirty, undo and redo restore it, and Save writes the file with a backup") {
    EditorFixture f;
    f.new_from_template();
    const fs::path file = f.state.editor.path;
    const std::string original = test::read_text(file);
    CHECK_FALSE(ui::editor_dirty(f.state));

    f.set("/title", "Mijn magazijncasus");
    CHECK(ui::editor_dirty(f.state));
    CHECK(f.model().title == "Mijn magazijncasus");
    ui::emit<ui::UndoScenarioEdit>(f.state);
    f.apply();
    CHECK(f.model().title != "Mijn magazijncasus");
    CHECK_FALSE(ui::editor_dirty(f.state)); // undone back to the file's text
    ui::emit<ui::RedoScenarioEdit>(f.state);
    f.apply();
    CHECK(f.model().title == "Mijn magazijncasus");

    ui::emit<ui::SaveScenarioEdits>(f.state);
    f.apply();
    CAPTURE(f.state.editor.message);
    CHECK_FALSE(f.state.editor.message_is_error);
    CHECK_FALSE(ui::editor_dirty(f.state));
    CHECK(test::read_text(file).find("Mijn magazijncasus") != std::string::npos);
    CHECK(test::read_text(core::backup_path(file)) == original);
}

TEST_CASE(
    "leaving with unsaved edits asks: Cancel stays, Discard leaves the file as it was, Save writes it") {
    EditorFixture f;
    f.new_from_template();
    const fs::path file = f.state.editor.path;
    const std::string original = test::read_text(file);

    f.set("/summary", "Eerste wijziging");
    ui::emit<ui::LeaveEditor>(f.state, ui::Screen::Library);
    f.apply();
    REQUIRE(f.state.editor.leave_to.has_value());
    CHECK(f.state.screen == ui::Screen::Editor);
    ui::emit<ui::ResolveLeave>(f.state, ui::ResolveLeave::Choice::Cancel);
    f.apply();
    CHECK_FALSE(f.state.editor.leave_to.has_value());
    CHECK(f.state.editor.open());

    ui::emit<ui::LeaveEditor>(f.state, ui::Screen::Library);
    ui::emit<ui::ResolveLeave>(f.state, ui::ResolveLeave::Choice::Discard);
    f.apply();
    CHECK(f.state.screen == ui::Screen::Library);
    CHECK_FALSE(f.state.editor.open());
    CHECK(test::read_text(file) == original);

    ui::emit<ui::OpenEditor>(f.state, file.stem().string());
    f.apply();
    REQUIRE(f.state.editor.open());
    f.set("/summary", "Tweede wijziging");
    ui::emit<ui::LeaveEditor>(f.state, ui::Screen::Start);
    ui::emit<ui::ResolveLeave>(f.state, ui::ResolveLeave::Choice::Save);
    f.apply();
    CHECK(f.state.screen == ui::Screen::Start);
    CHECK(test::read_text(file).find("Tweede wijziging") != std::string::npos);

    // Closing the window with unsaved edits asks too.
    ui::emit<ui::OpenEditor>(f.state, file.stem().string());
    f.apply();
    f.set("/summary", "Derde wijziging");
    CHECK_FALSE(ui::editor_allows_close(f.state));
    CHECK(f.state.editor.leave_to.has_value());
    ui::emit<ui::ResolveLeave>(f.state, ui::ResolveLeave::Choice::Save);
    f.apply();
    CHECK(f.state.quit_confirmed);
    CHECK(test::read_text(file).find("Derde wijziging") != std::string::npos);
}

TEST_CASE("unsaved edits survive a crash: the recovery file is offered at the next start") {
    fs::path file;
    std::string state_dir_copy;
    test::TempDir shared;
    {
        EditorFixture f;
        f.state.state_dir = shared.path();
        f.new_from_template();
        file = f.state.editor.path;
        f.set("/title", "Nog niet opgeslagen");
        CHECK(fs::exists(core::recovery_dir(shared.path()) / (file.stem().string() + ".json")));
        // The fixture goes away without saving: as after a crash. The scenario file is unchanged.
        CHECK(test::read_text(file).find("Nog niet opgeslagen") == std::string::npos);

        ui::AppState next;
        next.strings = f.state.strings;
        next.data_dir = f.state.data_dir;
        next.state_dir = shared.path();
        next.user_scenarios_dir = f.state.user_scenarios_dir;
        ui::load_services(next, f.tmp.path() / "sessions2");
        ui::load_editor_recoveries(next);
        REQUIRE(next.editor.recoveries.size() == 1);
        CHECK(next.editor.recoveries[0].target == file);
        {
            test::HeadlessImGui imgui;
            frame(next); // the question is drawn at start
            CHECK(ImGui::GetDrawData()->TotalVtxCount > 0);
        }
        ui::emit<ui::ResolveRecovery>(next, true);
        ui::apply_intents(next);
        REQUIRE(next.editor.open());
        CHECK(next.screen == ui::Screen::Editor);
        CHECK(next.editor.doc->scenario()->title == "Nog niet opgeslagen");
        CHECK(ui::editor_dirty(next)); // restored text is not in the file yet
        ui::emit<ui::SaveScenarioEdits>(next);
        ui::apply_intents(next);
        CHECK(test::read_text(file).find("Nog niet opgeslagen") != std::string::npos);
        CHECK_FALSE(fs::exists(core::recovery_dir(shared.path()) / (file.stem().string() + ".json")));
    }
}

TEST_CASE("a diagnostic jumps to its element and field, the option audit lists every statement") {
    EditorFixture f;
    f.new_from_template();
    const core::Node* keuze = f.model().find_node("keuze");
    REQUIRE(keuze != nullptr);
    // An option pointing nowhere: the error points into the node's option.
    f.set(keuze->options[0].ptr + "/next", "bestaat_niet");
    const auto& diags = f.doc().checked().diagnostics;
    auto it = std::find_if(diags.begin(), diags.end(), [](const core::Diagnostic& d) {
        return d.severity == json::DiagSeverity::Error && d.message.find("bestaat_niet") != std::string::npos;
    });
    REQUIRE(it != diags.end());
    ui::emit<ui::SelectEditorItem>(f.state, core::EditorItem{core::EditorItemKind::Briefing, {}});
    ui::emit<ui::JumpToPointer>(f.state, it->pointer);
    f.apply();
    CHECK(f.state.editor.selected == core::EditorItem{core::EditorItemKind::Node, "keuze"});
    CHECK(f.state.editor.focus_pointer == it->pointer);
    CHECK(f.state.editor.view.centre_request == std::optional<std::string>("keuze"));

    ui::emit<ui::UndoScenarioEdit>(f.state);
    ui::emit<ui::SetEditorPane>(f.state, static_cast<int>(ui::EditorPane::Audit));
    f.apply();
    REQUIRE(f.state.editor.audit.has_value());
    const auto expected = core::audit_options(f.model(), *f.state.services.engine);
    CHECK(f.state.editor.audit->rows.size() == expected.rows.size());
    CHECK(f.state.editor.audit->mismatches() == expected.mismatches());
    // The template's breach option is judged a violation and meant as one: no mismatch.
    CHECK(f.state.editor.audit->mismatches() == 0);
    // After an edit the table follows the document.
    const std::size_t rows = f.state.editor.audit->rows.size();
    f.edit(core::add_option(
               f.doc().json(), "keuze",
               option("extra", "Hij heeft een hernia en slikt sterke pijnstillers.", {"LG4"}, "einde"),
               std::nullopt, f.state.editor.message),
           "");
    REQUIRE(f.state.editor.audit.has_value());
    CHECK(f.state.editor.audit->rows.size() == rows + 1);
    CHECK(f.state.editor.audit->mismatches() == 1); // credited, yet a breach

    test::HeadlessImGui imgui;
    for (auto lang : {core::Language::Dutch, core::Language::English}) {
        f.state.strings.active = lang;
        frame(f.state);
        frame(f.state);
        CHECK(ImGui::GetDrawData()->TotalVtxCount > 0);
    }
}

TEST_CASE("a bundled scenario opens read-only, Dupliceren om te bewerken opens an own copy") {
    EditorFixture f;
    ui::emit<ui::OpenEditor>(f.state, std::string("zorggroep_linde_smo"));
    f.apply();
    REQUIRE(f.state.editor.open());
    CHECK(f.state.editor.read_only);
    std::string error;
    ui::emit<ui::EditScenario>(f.state, core::set_field(f.doc().json(), "/title", "x", error), error,
                               std::nullopt);
    f.apply();
    CHECK(f.state.editor.message_is_error);
    CHECK(f.model().title != "x");
    ui::emit<ui::SaveScenarioEdits>(f.state);
    f.apply();
    CHECK(f.state.editor.message_is_error);

    ui::emit<ui::DuplicateAndEdit>(f.state, std::string("zorggroep_linde_smo"));
    f.apply();
    REQUIRE(f.state.editor.open());
    CHECK_FALSE(f.state.editor.read_only);
    CHECK(f.state.editor.path.parent_path() == f.own());
    CHECK(f.model().id == "zorggroep_linde_smo_kopie");
}

TEST_CASE("dragging a box on the map stores its position as one undoable edit") {
    EditorFixture f;
    f.new_from_template();
    ui::emit<ui::MoveMapNode>(f.state, std::string("keuze"), 400.4f, 120.6f);
    f.apply();
    const core::Node* n = f.model().find_node("keuze");
    REQUIRE(n->map_position.has_value());
    CHECK(n->map_position->x == 400);
    CHECK(n->map_position->y == 121);
    const core::FlowBox* box = f.state.editor.map.find_box("keuze");
    REQUIRE(box != nullptr);
    CHECK(box->pos.x == 400);
    CHECK(f.doc().undo_depth() == 1);
    ui::emit<ui::UndoScenarioEdit>(f.state);
    f.apply();
    CHECK_FALSE(f.model().find_node("keuze")->map_position.has_value());
}

TEST_CASE("a supervisor builds an individual SMO with six decisions, a branch and free text entirely in the "
          "editor") {
    EditorFixture f;
    f.new_from_template("sjabloon_individueel_zonder_werknemer");
    const std::string id = f.model().id;
    std::string error;
    const auto& json_doc = [&]() -> const core::OrderedJson& { return f.doc().json(); };

    // A way back on track after the breach: the branch.
    core::Node herstel;
    herstel.id = "herstel";
    herstel.kind = core::NodeKind::Line;
    herstel.speaker = "lg";
    herstel.text = "Oké, dat had ik eigenlijk niet hoeven weten. Wat kan hij wel?";
    herstel.next.push_back({"d2", {}, {}});
    core::Node d2;
    d2.id = "d2";
    d2.kind = core::NodeKind::Choice;
    d2.prompt = "De leidinggevende vraagt hoe lang het nog duurt.";
    d2.options.push_back(option(
        "duur", "Ik verwacht dat hij over ongeveer vier weken weer volledig kan werken.", {"LG4"}, "d3"));
    d2.options.push_back(option("behandeling",
                                "Dat hangt af van zijn fysiotherapie en de pijnstillers die hij slikt.", {},
                                "d3", {}, "Schending: behandeling en medicatie horen niet in het SMO."));
    core::Node d3;
    d3.id = "d3";
    d3.kind = core::NodeKind::Compose;
    d3.prompt = "Stel samen wat je deelt over de mogelijkheden.";
    d3.credits = {"LG4"};
    d3.next.push_back({"d4", {}, {}});
    core::Node d4;
    d4.id = "d4";
    d4.kind = core::NodeKind::FreeText;
    d4.prompt = "Vertel in eigen woorden wat hij voorlopig wel kan.";
    d4.model_answer =
        "Hij kan voorlopig licht werk doen, zonder zwaar tillen, en bouwt dat in vier weken op.";
    d4.poor_answer = "Hij heeft een hernia en slikt zware pijnstillers.";
    d4.credits = {"LG4"};
    d4.next.push_back({"d5", {}, {}});
    core::Node d5;
    d5.id = "d5";
    d5.kind = core::NodeKind::Quiz;
    d5.prompt = "Waarvoor dient dit SMO?";
    d5.answers.push_back(
        {"a", "Afstemmen wat nodig is voor de re-integratie, zonder medische details.", true, "Juist.", {}});
    d5.answers.push_back(
        {"b", "De diagnose met de leidinggevende bespreken.", false, "Nee: beroepsgeheim.", {}});
    d5.credits = {"LG1"};
    d5.next.push_back({"d6", {}, {}});
    core::Node d6;
    d6.id = "d6";
    d6.kind = core::NodeKind::Choice;
    d6.prompt = "Hoe sluit je af?";
    d6.options.push_back(option(
        "afspraak", "Ik spreek hem over twee weken weer en laat dan weten wat er kan.", {"LG1"}, "einde"));
    d6.options.push_back(option("alles", "Ik stuur je het verslag van de fysiotherapeut door.", {}, "einde",
                                {}, "Schending: medische stukken gaan niet naar de werkgever."));
    for (const core::Node* n : {&herstel, &d2, &d3, &d4, &d5, &d6})
        f.edit(core::add_node(json_doc(), *n, f.model().nodes.size() - 1, error), error);
    // The template's options now lead into the new part; the breach goes by "herstel".
    const core::Node* keuze = f.model().find_node("keuze");
    f.set(keuze->options[0].ptr + "/next", "d2");
    f.set(f.model().find_node("keuze")->options[1].ptr + "/next", "herstel");

    CHECK(f.model().decision_points() == 6);
    const auto& diags = f.doc().checked().diagnostics;
    for (const auto& d : diags)
        CAPTURE(d.format());
    CHECK_FALSE(json::has_errors(diags));

    ui::emit<ui::SetEditorPane>(f.state, static_cast<int>(ui::EditorPane::Audit));
    f.apply();
    REQUIRE(f.state.editor.audit.has_value());
    CHECK(f.state.editor.audit->rows.size() >= 8);
    for (const auto& row : f.state.editor.audit->rows)
        CHECK_MESSAGE(!row.mismatch(), row.node_id, " ", row.option_id);

    // Playtest the branch from the choice, with nothing written as a session.
    const auto sessions_before = f.state.services.store->list().size();
    ui::emit<ui::StartPlaytest>(f.state, std::string("keuze"), std::map<std::string, int>{},
                                std::vector<std::string>{});
    f.apply();
    REQUIRE(f.state.editor.playtest.has_value());
    REQUIRE(f.state.editor.playtest->runtime.has_value());
    auto act = [&](core::PlayAction::Kind kind, std::string what = {}) {
        core::PlayAction a;
        a.kind = kind;
        a.id = what;
        if (kind == core::PlayAction::Kind::Submit) a.text = what;
        ui::emit<ui::PlaytestAct>(f.state, a);
        f.apply();
        CAPTURE(f.state.editor.playtest->error);
        REQUIRE(f.state.editor.playtest->error.empty());
    };
    using K = core::PlayAction::Kind;
    act(K::Choose, "fout");
    const auto& rt = *f.state.editor.playtest->runtime;
    bool went_by_herstel = false;
    for (int i = 0; i < 10 && rt.phase() != core::Phase::Choice; ++i) {
        if (rt.current_node() && rt.current_node()->id == "herstel") went_by_herstel = true;
        act(K::Advance);
    }
    CHECK(went_by_herstel);
    REQUIRE(rt.current_node()->id == "d2");
    act(K::Choose, "duur");
    while (rt.phase() == core::Phase::Feedback || rt.phase() == core::Phase::Line)
        act(K::Advance);
    REQUIRE(rt.phase() == core::Phase::Compose);
    core::PlayAction compose;
    compose.kind = K::Compose;
    compose.items = {"casus_functioneel"};
    ui::emit<ui::PlaytestAct>(f.state, compose);
    f.apply();
    while (rt.phase() == core::Phase::Feedback || rt.phase() == core::Phase::Line)
        act(K::Advance);
    REQUIRE(rt.phase() == core::Phase::FreeText);
    act(K::Submit, f.model().find_node("d4")->model_answer);
    CHECK(f.state.services.store->list().size() == sessions_before);

    // "Pad opslaan als testplan", replayed by the headless player from the same start.
    const fs::path plan = f.tmp.path() / "tak.plan.json";
    ui::emit<ui::SavePlaytestPlan>(f.state, plan.string());
    f.apply();
    CAPTURE(f.state.editor.playtest->plan_message);
    REQUIRE_FALSE(f.state.editor.playtest->plan_message_is_error);
    std::string plan_error;
    auto strategy = core::parse_strategy("answers:" + plan.string(), plan_error);
    REQUIRE_MESSAGE(strategy.has_value(), plan_error);
    REQUIRE(strategy->start.has_value());
    CHECK(strategy->start->node_id == "keuze");
    CHECK(strategy->answers.size() == 4);

    ui::emit<ui::StopPlaytest>(f.state);
    ui::emit<ui::SaveScenarioEdits>(f.state);
    ui::emit<ui::LeaveEditor>(f.state, ui::Screen::Library);
    f.apply();
    CHECK(f.state.screen == ui::Screen::Library);

    // As a trainee: the scenario is in the library and plays to an end with best and worst.
    const core::LibraryEntry* entry = core::find_in_library(f.state.services.library, id);
    REQUIRE(entry != nullptr);
    REQUIRE(entry->ok());
    for (auto kind : {core::StrategyKind::Best, core::StrategyKind::Worst}) {
        core::Runtime runtime(entry->scenario, *f.state.services.engine);
        core::Strategy s;
        s.kind = kind;
        core::Player player(s);
        auto result = core::play_to_end(runtime, player);
        CAPTURE(result.error);
        CHECK(result.finished);
    }
    REQUIRE_FALSE(ui::start_session(f.state, id));
    CHECK(f.state.play.has_value());
}

TEST_CASE("every form draws for every kind of element of every template, in both languages") {
    EditorFixture f;
    test::HeadlessImGui imgui;
    std::vector<std::string> templates;
    for (const auto& t : f.state.services.templates)
        templates.push_back(t.scenario->id);
    for (const auto& t : templates) {
        CAPTURE(t);
        f.new_from_template(t);
        const core::Scenario model = f.model();
        std::vector<core::EditorItem> items{{core::EditorItemKind::Briefing, {}},
                                            {core::EditorItemKind::Group, {}},
                                            {core::EditorItemKind::Questions, "voorbespreking"},
                                            {core::EditorItemKind::Questions, "nabespreking"}};
        for (const auto& p : model.participants)
            items.push_back({core::EditorItemKind::Participant, p.id});
        for (const auto& c : model.cases)
            items.push_back({core::EditorItemKind::Case, c.id});
        for (const auto& v : model.variables)
            items.push_back({core::EditorItemKind::Variable, v.id});
        for (const auto& n : model.nodes)
            items.push_back({core::EditorItemKind::Node, n.id});
        for (const auto& item : items) {
            ui::emit<ui::SelectEditorItem>(f.state, item);
            f.apply();
            for (auto lang : {core::Language::Dutch, core::Language::English}) {
                f.state.strings.active = lang;
                frame(f.state);
                CHECK(ImGui::GetDrawData()->TotalVtxCount > 0);
                CHECK(f.state.intents.empty()); // drawing alone never edits
            }
        }
        ui::emit<ui::LeaveEditor>(f.state, ui::Screen::Library);
        f.apply();
    }
}

TEST_CASE("the briefing form sets the reactions to own statements, renames follow, the form draws them") {
    EditorFixture f;
    f.new_from_template();
    std::string error;
    core::Variable trust;
    trust.id = "vertrouwen";
    trust.initial = 5;
    f.edit(core::add_variable(f.doc().json(), trust, std::nullopt, error), error);
    const core::Scenario& before = f.model();
    REQUIRE(before.participants.size() >= 2);
    const std::string meter = "vertrouwen";
    const std::string speaker = before.participants[1].id;
    // "Reactie toevoegen" on a scenario without reactions: one step creates the block.
    f.set("/reactions", core::OrderedJson{{"violation", core::OrderedJson::object()}});
    f.set("/reactions/violation/effects", core::OrderedJson::array({{{"var", meter}, {"add", -2}}}));
    f.set("/reactions/violation/speaker", speaker);
    f.set("/reactions/violation/text", "Dat hoort hier niet.");
    REQUIRE(f.model().on_violation.has_value());
    CHECK(f.model().on_violation->speaker == speaker);
    CHECK(f.model().on_violation->effects.size() == 1);
    CHECK(f.model().reaction_to(scoring::Verdict::Violation)->text == "Dat hoort hier niet.");
    CHECK(f.model().reaction_to(scoring::Verdict::Allowed) == nullptr);
    CHECK_FALSE(core::has_errors(f.doc().checked().diagnostics));

    // Renaming the variable and the participant updates the reaction too (one undo step each).
    f.edit(core::rename_id(f.doc().json(), core::IdKind::Variable, meter, "nieuwe_meter", error), error);
    f.edit(core::rename_id(f.doc().json(), core::IdKind::Participant, speaker, "nieuwe_spreker", error),
           error);
    CHECK(f.model().on_violation->effects[0].var == "nieuwe_meter");
    CHECK(f.model().on_violation->speaker == "nieuwe_spreker");
    CHECK_FALSE(core::has_errors(f.doc().checked().diagnostics));

    // The briefing form (with its reactions) draws in both languages without emitting edits.
    test::HeadlessImGui imgui;
    ui::emit<ui::SelectEditorItem>(f.state, core::EditorItem{core::EditorItemKind::Briefing, ""});
    f.apply();
    for (auto lang : {core::Language::Dutch, core::Language::English}) {
        f.state.strings.active = lang;
        frame(f.state);
        CHECK(f.state.intents.empty());
    }
}
