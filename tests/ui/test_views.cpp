#include "core/option_order.hpp"
#include "core/play_strategies.hpp"
#include "core/report.hpp"
#include "ui/session_actions.hpp"
#include "ui/views.hpp"
#include "ui_fixture.hpp"

#include <algorithm>
#include <fstream>

using namespace smo;

TEST_CASE("the library lists every bundled scenario and filters by type, assignment and goal") {
    test::UiFixture f;
    auto& lib = f.state.services.library;
    REQUIRE(lib.size() >= 2);
    auto all = ui::build_library_view(lib, {});
    CHECK(all.cards.size() == all.total_ok);
    CHECK(all.broken.empty());
    auto observe = ui::build_library_view(lib, {"", "observeren", ""});
    REQUIRE_FALSE(observe.cards.empty());
    for (const auto& c : observe.cards)
        CHECK(c.assignment == "observeren");
    CHECK(observe.cards.size() < all.cards.size());
    auto none = ui::build_library_view(lib, {"thema_beleid", "observeren", "LG2"});
    for (const auto& c : none.cards) {
        CHECK(c.smo_type == "thema_beleid");
        CHECK(c.assignment == "observeren");
    }
}

TEST_CASE("a broken scenario file is listed with its first located diagnostic") {
    test::TempDir dir;
    std::filesystem::create_directories(dir.path() / "scenarios");
    { std::ofstream(dir.path() / "scenarios" / "kapot.json") << "{\"schema_version\": 1, \"id\": "; }
    auto lib = core::load_library(dir.path() / "scenarios");
    auto view = ui::build_library_view(lib, {});
    CHECK(view.total_ok == 0);
    CHECK(view.cards.empty());
    REQUIRE(view.broken.size() == 1);
    CHECK(view.broken[0].file == "kapot.json");
    CHECK(view.broken[0].first_diagnostic.find("kapot.json:1:") != std::string::npos);
    CHECK(view.broken[0].first_diagnostic.find("[SC004]") != std::string::npos);
}

TEST_CASE("starting a session autosaves it and the meeting view shows the table and the first question") {
    test::UiFixture f;
    const std::string id = f.state.library_view.cards.front().scenario_id;
    f.state.selected_scenario = id;
    ui::emit<ui::StartMeeting>(f.state);
    f.apply();
    REQUIRE(f.state.play.has_value());
    CHECK(f.state.save_error.empty());
    CHECK(f.state.services.store->list().size() == 1);
    const auto& v = f.state.play->meeting;
    const auto& scenario = f.state.play->runtime().scenario();
    CHECK(v.seats.size() == scenario.participants.size());
    bool any_confidential = false;
    for (const auto& s : v.seats)
        any_confidential |= s.confidential;
    CHECK(any_confidential);
    CHECK(v.decisions_total == static_cast<int>(scenario.decision_points()));
    CHECK((f.state.screen == ui::Screen::Meeting || f.state.screen == ui::Screen::Observe));
}

TEST_CASE("every screen can be reached with the best strategy for every bundled scenario") {
    test::UiFixture f;
    for (const auto& entry : f.state.services.library) {
        if (!entry.ok()) continue;
        const auto& s = *entry.scenario;
        for (auto screen :
             {ui::Screen::Briefing, ui::Screen::Meeting, ui::Screen::Debrief, ui::Screen::Reflection}) {
            CAPTURE(s.id);
            CAPTURE(ui::screen_name(screen));
            f.state.play.reset();
            auto err = ui::drive_to_screen(f.state, screen, s.id);
            CHECK_FALSE(err.has_value());
            CHECK(f.state.screen == screen);
        }
        f.state.play.reset();
        auto err = ui::drive_to_screen(f.state, ui::Screen::Observe, s.id);
        CHECK(err.has_value() == (s.assignment != smo::core::Assignment::Observeren));
    }
}

TEST_CASE("the debrief puts the self-rating beside the measured scores and lists flagged turns") {
    test::UiFixture f;
    const core::LibraryEntry* entry = nullptr;
    for (const auto& e : f.state.services.library) {
        if (e.ok() && e.scenario->assignment != smo::core::Assignment::Observeren) entry = &e;
    }
    REQUIRE(entry != nullptr);
    f.state.selected_scenario = entry->scenario->id;
    REQUIRE_FALSE(ui::start_session(f.state, entry->scenario->id));
    // Play the worst path by hand so there are violations to reflect on.
    core::Strategy worst;
    worst.kind = core::StrategyKind::Worst;
    core::Player player(worst);
    for (int i = 0; i < 500 && f.state.play->runtime().phase() != core::Phase::Finished; ++i) {
        std::string error;
        auto action = player.next(f.state.play->runtime(), error);
        REQUIRE(action);
        REQUIRE_FALSE(ui::perform(f.state, *action));
    }
    REQUIRE(f.state.play->debrief_ready);
    ui::emit<ui::SetSelfRating>(f.state, "confidentiality", 5);
    ui::emit<ui::RevealScores>(f.state);
    f.apply();
    const auto& d = f.state.play->debrief;
    REQUIRE_FALSE(d.bars.empty());
    CHECK(d.bars[0].key == "confidentiality");
    CHECK(d.bars[0].self_rating == 5);
    CHECK(d.bars[0].measured < 1.0f);
    CHECK_FALSE(d.flagged.empty());
    CHECK(d.bars.size() == 1 + entry->scenario->learning_goals.size());

    SUBCASE("a flagged turn's better wording is checked in that turn's context") {
        const std::string turn = d.flagged.front().turn_id;
        ui::emit<ui::ReflectionAlternativeChanged>(
            f.state, turn,
            std::string("Ze kan de komende weken halve dagen werken, zonder tillen; over drie weken kijk ik "
                        "opnieuw."));
        f.apply();
        REQUIRE(f.state.play->alternative_checks.count(turn) == 1);
        CHECK(f.state.play->alternative_checks[turn].verdict == scoring::Verdict::Allowed);
    }
    SUBCASE("retrying from a turn leaves the original session intact and compares both") {
        const std::string turn = d.flagged.front().turn_id;
        const auto before = f.state.play->recorder->runtime().transcript().size();
        ui::emit<ui::RetryFrom>(f.state, turn);
        f.apply();
        REQUIRE(f.state.play->side.has_value());
        CHECK(f.state.play->recorder->runtime().transcript().size() == before);
        CHECK(f.state.play->side->transcript().size() < before);
        core::Strategy best;
        best.kind = core::StrategyKind::Best;
        core::Player better(best);
        for (int i = 0; i < 500 && f.state.play->side->phase() != core::Phase::Finished; ++i) {
            std::string error;
            auto action = better.next(*f.state.play->side, error);
            REQUIRE(action);
            REQUIRE_FALSE(ui::perform(f.state, *action));
        }
        REQUIRE(f.state.play->side_score.has_value());
        CHECK(f.state.play->side_score->confidentiality > d.score.confidentiality);

        // The finished retry is what the debrief shows: its own bars, findings and transcript.
        const auto& play = *f.state.play;
        CHECK(play.shown_attempt == 1);
        const ui::DebriefView& shown = play.shown_debrief();
        REQUIRE_FALSE(shown.bars.empty());
        CHECK(shown.bars[0].percent == f.state.play->side_score->confidentiality);
        CHECK(shown.bars[0].self_rating == 5);
        CHECK(shown.score.violations < d.score.violations);
        CHECK(shown.findings.size() != d.findings.size());
        CHECK(shown.rows.size() == play.recorder->session().side_attempts[0].transcript.size());
        const auto labels = ui::attempt_switch_labels(play.recorder->session(), f.state.strings);
        REQUIRE(labels.size() == 2);
        CHECK(labels[1].find(turn) != std::string::npos);
        CHECK(labels[1].find(std::to_string(f.state.play->side_score->confidentiality) + " %") !=
              std::string::npos);

        // Switching back shows the first attempt again, unchanged.
        ui::emit<ui::CloseSideAttempt>(f.state);
        ui::emit<ui::ShowAttempt>(f.state, std::size_t{0});
        f.apply();
        CHECK(f.state.play->shown_debrief().score.confidentiality == d.score.confidentiality);
        ui::emit<ui::ShowAttempt>(f.state, std::size_t{1});
        ui::emit<ui::ShowAttempt>(f.state, std::size_t{7}); // out of range: ignored
        f.apply();
        CHECK(f.state.play->shown_attempt == 1);

        // The report carries both attempts: the retry's heading, its turns and its findings.
        ui::emit<ui::ExportReport>(f.state);
        f.apply();
        int reports = 0;
        for (const auto& e : std::filesystem::directory_iterator(f.state.export_dir)) {
            std::ifstream in(e.path());
            std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            char heading[256];
            std::snprintf(heading, sizeof heading, f.state.strings("review.side.finished"), turn.c_str(),
                          d.score.confidentiality, f.state.play->side_score->confidentiality);
            const bool html = e.path().extension() == ".html";
            const auto section = text.find(html ? core::html_escape(heading) : std::string(heading));
            REQUIRE(section != std::string::npos);
            // After the heading: the retry's own turns, from the retried one on, and its findings.
            CHECK(text.find(html ? "<span class=\"meta\">" + turn + " " : "** (" + turn + "):", section) !=
                  std::string::npos);
            REQUIRE_FALSE(play.debrief.side_attempts[0].findings.empty());
            const std::string finding =
                core::finding_heading(play.debrief.side_attempts[0].findings[0], false);
            CHECK(text.find(html ? core::html_escape(finding) : finding, section) != std::string::npos);
            ++reports;
        }
        CHECK(reports == 2);
    }
    SUBCASE("the report is exported as Markdown and HTML named after trainee, scenario and date") {
        ui::emit<ui::SetReflection>(f.state, std::string("learned"),
                                    std::string("Functioneel blijven formuleren <altijd>."));
        ui::emit<ui::ExportReport>(f.state);
        f.apply();
        CHECK(f.state.play->recorder->session().reflection.learned ==
              "Functioneel blijven formuleren <altijd>.");
        int files = 0;
        for (const auto& e : std::filesystem::directory_iterator(f.state.export_dir)) {
            ++files;
            CHECK(e.path().filename().string().rfind("verslag_anoniem_" + entry->scenario->id, 0) == 0);
            std::ifstream in(e.path());
            std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            CHECK(text.find(entry->scenario->title) != std::string::npos);
            if (e.path().extension() == ".html") CHECK(text.find("&lt;altijd&gt;") != std::string::npos);
            if (e.path().extension() == ".md") CHECK(text.find("<altijd>") != std::string::npos);
        }
        CHECK(files == 2);
    }
}

TEST_CASE("transcript rows highlight the matched spans of the trainee's statements") {
    core::TranscriptEntry e;
    e.turn_id = "t1";
    e.by_trainee = true;
    e.text = "Ze heeft een hernia maar kan zittend werk doen.";
    scoring::Evaluation ev;
    ev.verdict = scoring::Verdict::Violation;
    ev.spans.push_back({13, 19, "diagnosis", "hernia"});
    ev.spans.push_back({30, 37, "functional", "zittend"});
    ev.spans.push_back({40, 999, "functional", "out of range"});
    scoring::RuleHit hit;
    hit.rule_id = "CONF-DIAG";
    ev.hits.push_back(hit);
    e.evaluation = ev;
    auto rows = ui::build_transcript_rows({e}, {"t1"});
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].verdict == scoring::Verdict::Violation);
    CHECK(rows[0].rule_summary == "CONF-DIAG");
    CHECK(rows[0].retry_point);
    REQUIRE(rows[0].highlights.size() == 2); // the out-of-range span is dropped
    CHECK(rows[0].highlights[0].start == 13);
    CHECK(rows[0].highlights[0].colour != rows[0].highlights[1].colour);
}

TEST_CASE("a composed statement says the items in the order they were ticked") {
    std::vector<std::string> selected;
    ui::toggle_compose_item(selected, "b", true);
    ui::toggle_compose_item(selected, "a", true);
    ui::toggle_compose_item(selected, "c", true);
    ui::toggle_compose_item(selected, "a", false);
    ui::toggle_compose_item(selected, "b", true); // ticking twice changes nothing
    CHECK(selected == std::vector<std::string>{"b", "c"});
    ui::toggle_compose_item(selected, "a", true);
    CHECK(selected == std::vector<std::string>{"b", "c", "a"});

    // The runtime joins them in that order.
    test::UiFixture f;
    const core::LibraryEntry* entry = nullptr;
    for (const auto& e : f.state.services.library)
        if (e.ok() && e.scenario->cases.size() > 0 && e.scenario->cases.front().file.size() >= 2) entry = &e;
    REQUIRE(entry != nullptr);
    const auto& file = entry->scenario->cases.front().file;
    core::Runtime rt(entry->scenario, *f.state.services.engine);
    const auto st = rt.compose_statement({file[1].id, file[0].id}, "");
    CHECK(st.text.find(file[1].text.substr(0, 10)) < st.text.find(file[0].text.substr(0, 10)));
}

TEST_CASE("answers to questions are not lines said at the table, the meeting leaves out the voor- and "
          "nabespreking") {
    test::UiFixture f;
    // A scenario with a voorbespreking, played to its end with best.
    const core::LibraryEntry* entry = nullptr;
    for (const auto& e : f.state.services.library)
        if (e.ok() && !e.scenario->voorbespreking.empty() && !e.scenario->nabespreking.empty()) entry = &e;
    REQUIRE(entry != nullptr);
    core::Runtime rt(entry->scenario, *f.state.services.engine);
    core::Strategy s;
    s.kind = core::StrategyKind::Best;
    core::Player player(s);
    REQUIRE(core::play_to_end(rt, player).finished);

    const auto rows = ui::build_transcript_rows(rt.transcript(), {});
    std::size_t questions = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto kind = rt.transcript()[i].kind;
        CHECK(rows[i].answer == (kind == core::EntryKind::Quiz || kind == core::EntryKind::Question));
        questions += rows[i].question ? 1 : 0;
    }
    CHECK(questions == entry->scenario->voorbespreking.size() + entry->scenario->nabespreking.size());
    const auto meeting =
        ui::build_meeting_view(rt, f.state.strings, f.state.rulebase(), core::SessionMode::Oefenen);
    CHECK(std::none_of(meeting.rows.begin(), meeting.rows.end(),
                       [](const ui::TranscriptRow& r) { return r.question; }));
    CHECK(meeting.rows.size() == rows.size() - questions);
}

TEST_CASE("the meeting shows each decision's options in the session's recorded order") {
    test::UiFixture f;
    f.state.selected_scenario = "zorggroep_linde_smo";
    ui::emit<ui::StartMeeting>(f.state);
    f.apply();
    REQUIRE(f.state.play.has_value());
    const auto seed = f.state.play->recorder->session().option_order_seed;
    CHECK(seed != 0u); // a new session gets its own order
    core::Strategy strategy;
    strategy.kind = core::StrategyKind::Best;
    core::Player player(strategy);
    int decisions_checked = 0, reordered = 0;
    for (int i = 0; i < 300 && f.state.play->runtime().phase() != core::Phase::Finished; ++i) {
        const core::Runtime& rt = f.state.play->runtime();
        const auto scenario_order = rt.choices();
        const auto& shown = f.state.play->meeting.choices;
        REQUIRE(shown.size() == scenario_order.size());
        if (scenario_order.size() > 1 && rt.phase() != core::Phase::Observe) {
            const core::Node* node = rt.current_node();
            const core::Question* q = rt.current_question();
            const auto order = core::presented_order(seed, q ? q->id : node->id, scenario_order.size());
            for (std::size_t k = 0; k < order.size(); ++k)
                CHECK(shown[k].id == scenario_order[order[k]].id);
            ++decisions_checked;
            for (std::size_t k = 0; k < order.size(); ++k)
                if (order[k] != k) {
                    ++reordered;
                    break;
                }
        }
        std::string error;
        auto action = player.next(rt, error);
        REQUIRE_MESSAGE(action, error);
        REQUIRE_FALSE(ui::perform(f.state, *action));
    }
    CHECK(decisions_checked >= 5);
    CHECK(reordered > 0);

    // Seed 0 (a file from before the shuffle) shows the scenario order.
    f.state.play.reset();
    ui::emit<ui::StartMeeting>(f.state);
    f.apply();
    ui::PlayState& play = *f.state.play;
    play.recorder->session().option_order_seed = 0;
    core::Player again(strategy);
    for (int i = 0; i < 300 && play.runtime().phase() != core::Phase::Choice; ++i) {
        std::string error;
        auto action = again.next(play.runtime(), error);
        REQUIRE(action);
        REQUIRE_FALSE(ui::perform(f.state, *action));
    }
    const auto scenario_order = play.runtime().choices();
    REQUIRE(play.meeting.choices.size() == scenario_order.size());
    for (std::size_t k = 0; k < scenario_order.size(); ++k)
        CHECK(play.meeting.choices[k].id == scenario_order[k].id);
}
