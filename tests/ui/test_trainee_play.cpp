// The coassistent's side of issue 16: toets hides verdicts, empty statements are refused, the
// loop redraws after intents, fields wrap, the briefing and timeline lay out cleanly, and the
// start screen counts decisions like the meeting.
#include "core/play_strategies.hpp"
#include "scoring/json/document.hpp"
#include "ui/frame_pacing.hpp"
#include "ui/poortwachter_timeline.hpp"
#include "ui/root.hpp"
#include "ui/session_actions.hpp"
#include "ui/text_wrap.hpp"
#include "ui/views.hpp"
#include "ui_fixture.hpp"

#include <algorithm>
#include <random>

using namespace smo;

namespace {

const char* const kScenario =
    "zorggroep_linde_smo"; // voorbespreking, meters, choice, quiz, compose, free text

/// Plays `kind` moves until `stop` says so (checked before each move) or the meeting is over.
template <class Stop> void play(test::UiFixture& f, core::StrategyKind kind, Stop stop) {
    core::Strategy strategy;
    strategy.kind = kind;
    core::Player player(strategy);
    for (int i = 0; i < 500 && f.state.play->runtime().phase() != core::Phase::Finished; ++i) {
        if (stop(f.state.play->runtime())) return;
        std::string error;
        auto action = player.next(f.state.play->runtime(), error);
        REQUIRE_MESSAGE(action, error);
        REQUIRE_FALSE(ui::perform(f.state, *action));
    }
}

void start(test::UiFixture& f, core::SessionMode mode) {
    f.state.settings.mode = mode;
    f.state.selected_scenario = kScenario;
    ui::emit<ui::StartMeeting>(f.state);
    f.apply();
    REQUIRE(f.state.play.has_value());
    REQUIRE(f.state.play->recorder->session().mode == mode);
}

bool any_statement_judged(const core::Runtime& rt) {
    return std::any_of(rt.transcript().begin(), rt.transcript().end(),
                       [](const core::TranscriptEntry& e) { return e.evaluation.has_value(); });
}

float fake_width(std::string_view s) {
    return static_cast<float>(s.size());
} // 1 px per byte

} // namespace

TEST_CASE("toets: the meeting shows no verdict, rule, marked span, meter or feedback during play") {
    test::UiFixture f;
    start(f, core::SessionMode::Toets);
    // The worst moves breach the rules, so there are verdicts to hide; stop at the compose turn.
    play(f, core::StrategyKind::Worst, [](const core::Runtime& rt) {
        return rt.phase() == core::Phase::Compose && any_statement_judged(rt);
    });
    const ui::MeetingView& v = f.state.play->meeting;
    REQUIRE(v.phase == core::Phase::Compose);
    REQUIRE(any_statement_judged(f.state.play->runtime())); // the verdicts exist, just not on screen
    CHECK(v.verdicts_hidden);
    for (const auto& row : v.rows) {
        CAPTURE(row.turn_id);
        CHECK_FALSE(row.verdict.has_value());
        CHECK(row.highlights.empty());
        CHECK(row.rule_summary.empty());
    }
    CHECK(v.meters.empty());
    CHECK(v.feedback.empty());
    REQUIRE_FALSE(v.compose_items.empty());
    for (const auto& item : v.compose_items) {
        CHECK_FALSE(item.is_protected);
        CHECK_FALSE(item.kept_out);
    }

    SUBCASE("the same moves in oefenen do show them") {
        test::UiFixture o;
        start(o, core::SessionMode::Oefenen);
        play(o, core::StrategyKind::Worst, [](const core::Runtime& rt) {
            return rt.phase() == core::Phase::Compose && any_statement_judged(rt);
        });
        const ui::MeetingView& ov = o.state.play->meeting;
        CHECK_FALSE(ov.verdicts_hidden);
        CHECK(std::any_of(ov.rows.begin(), ov.rows.end(), [](const ui::TranscriptRow& r) {
            return r.verdict == scoring::Verdict::Violation && !r.rule_summary.empty();
        }));
        CHECK_FALSE(ov.meters.empty());
        CHECK(std::any_of(ov.compose_items.begin(), ov.compose_items.end(),
                          [](const auto& i) { return i.is_protected; }));
    }
    SUBCASE("the self-rating cannot be skipped: no scores and no reflection before every row is rated") {
        play(f, core::StrategyKind::Worst, [](const core::Runtime&) { return false; });
        REQUIRE(f.state.play->debrief_ready);
        CHECK(ui::screen_for(*f.state.play) == ui::Screen::Debrief);
        ui::emit<ui::RevealScores>(f.state);
        f.apply();
        CHECK_FALSE(f.state.play->scores_revealed);
        ui::emit<ui::GoToScreen>(f.state, ui::Screen::Reflection);
        f.apply();
        CHECK(f.state.screen == ui::Screen::Debrief);

        const auto keys = ui::self_rating_keys(f.state.play->runtime().scenario());
        REQUIRE(keys.size() >= 2);
        for (std::size_t i = 0; i + 1 < keys.size(); ++i)
            ui::emit<ui::SetSelfRating>(f.state, keys[i], 3);
        ui::emit<ui::RevealScores>(f.state);
        f.apply();
        CHECK_FALSE(f.state.play->scores_revealed); // one row still open
        ui::emit<ui::SetSelfRating>(f.state, keys.back(), 2);
        ui::emit<ui::RevealScores>(f.state);
        ui::emit<ui::GoToScreen>(f.state, ui::Screen::Reflection);
        f.apply();
        CHECK(f.state.play->scores_revealed);
        CHECK(f.state.screen == ui::Screen::Reflection);
        CHECK_FALSE(f.state.play->debrief.flagged.empty()); // the verdicts appear now
    }
}

TEST_CASE("oefenen: the scores can be revealed without a self-rating") {
    test::UiFixture f;
    start(f, core::SessionMode::Oefenen);
    play(f, core::StrategyKind::Best, [](const core::Runtime&) { return false; });
    ui::emit<ui::RevealScores>(f.state);
    f.apply();
    CHECK(f.state.play->scores_revealed);
}

TEST_CASE("an empty statement is never submitted, in any turn kind") {
    CHECK(ui::statement_is_empty({}, ""));
    CHECK(ui::statement_is_empty({}, "  \t\n "));
    CHECK_FALSE(ui::statement_is_empty({"item"}, ""));
    CHECK_FALSE(ui::statement_is_empty({}, " ja "));

    test::UiFixture f;
    start(f, core::SessionMode::Oefenen);
    play(f, core::StrategyKind::Best,
         [](const core::Runtime& rt) { return rt.phase() == core::Phase::Compose; });
    REQUIRE(f.state.play->runtime().phase() == core::Phase::Compose);
    auto turns = f.state.play->runtime().transcript().size();
    ui::emit<ui::ComposeStatement>(f.state, std::vector<std::string>{}, std::string());
    ui::emit<ui::ComposeStatement>(f.state, std::vector<std::string>{}, std::string("   "));
    f.apply();
    CHECK(f.state.play->runtime().phase() == core::Phase::Compose);
    CHECK(f.state.play->runtime().transcript().size() == turns);
    CHECK(f.state.play->recorder->session().transcript.size() == turns);

    play(f, core::StrategyKind::Best,
         [](const core::Runtime& rt) { return rt.phase() == core::Phase::FreeText; });
    REQUIRE(f.state.play->runtime().phase() == core::Phase::FreeText);
    turns = f.state.play->runtime().transcript().size();
    ui::emit<ui::SubmitText>(f.state, std::string());
    ui::emit<ui::SubmitText>(f.state, std::string(" \n "));
    f.apply();
    CHECK(f.state.play->runtime().phase() == core::Phase::FreeText);
    CHECK(f.state.play->runtime().transcript().size() == turns);
    // A real sentence still goes through.
    ui::emit<ui::SubmitText>(f.state, std::string("Zorg voor een vast aanspreekpunt en een goed rooster."));
    f.apply();
    CHECK(f.state.play->runtime().transcript().size() > turns);
}

TEST_CASE("the loop draws more frames after any intent, so a state change reaches the screen") {
    // Idle and nothing applied: sleep.
    CHECK(ui::frames_after(0, false, false) == 0);
    // "Zeg dit" applied on the last frame of an input burst: keep drawing.
    CHECK(ui::frames_after(0, true, false) == ui::kFramesAfterChange);
    CHECK(ui::frames_after(1, true, false) == ui::kFramesAfterChange);
    CHECK(ui::kFramesAfterChange >= 2); // the new state plus a frame for layouts that need two passes
    // Frames already requested are never cut short.
    CHECK(ui::frames_after(7, true, false) == 7);
    CHECK(ui::frames_after(2, false, false) == 2);
    // A worker on screen keeps the loop drawing.
    CHECK(ui::frames_after(0, false, true) > 0);
}

TEST_CASE("a header line is cut with an ellipsis to its width, never inside a character") {
    CHECK(ui::ellipsize("Beslissing 2 / 8", 40, fake_width) == "Beslissing 2 / 8");
    const std::string cut = ui::ellipsize("Beslissing 2 / 8 · een lange casustitel", 20, fake_width);
    CHECK(fake_width(cut) <= 20);
    CHECK(cut.size() >= 3);
    CHECK(cut.substr(cut.size() - 3) == "\xE2\x80\xA6");
    CHECK(cut.rfind("Beslissing", 0) == 0);
    // "·" and "é" are two bytes: a cut falls before or after them, and the result is valid UTF-8.
    for (float w = 3; w < 40; w += 1) { // from the width of "…" itself
        const std::string s = ui::ellipsize("café · crème brûlée", w, fake_width);
        CAPTURE(w);
        CHECK_FALSE(smo::json::find_invalid_utf8(s).has_value());
        CHECK(fake_width(s) <= w);
    }
}

TEST_CASE("wrapped input: soft breaks at the width, removed again for the text itself") {
    CHECK(ui::soft_wrap("aaa bbb ccc", 7, fake_width) == "aaa bbb \nccc");
    CHECK(ui::soft_wrap("aaa bbb ccc", 11, fake_width) == "aaa bbb ccc");
    CHECK(ui::soft_wrap("aa\nbb cc dd", 5, fake_width) == "aa\nbb cc \ndd");
    CHECK(ui::soft_wrap("aaaaaaaaaa bb", 5, fake_width) == "aaaaaaaaaa \nbb"); // a long word stays whole
    CHECK(ui::remove_soft_breaks("aaa bbb \nccc") == "aaa bbb ccc");
    CHECK(ui::remove_soft_breaks("aa\nbb") == "aa\nbb");
    CHECK(ui::normalise_for_wrap("aa  \nbb ") == "aa\nbb ");

    SUBCASE("every line fits and the text survives, for many texts and widths") {
        std::mt19937 rng(16);
        const std::string alphabet = "abc de\nfghij ";
        for (int n = 0; n < 300; ++n) {
            std::string text;
            const int len = static_cast<int>(rng() % 80);
            for (int i = 0; i < len; ++i)
                text += alphabet[rng() % alphabet.size()];
            text = ui::normalise_for_wrap(text);
            const float width = static_cast<float>(4 + rng() % 30);
            const std::string shown = ui::soft_wrap(text, width, fake_width);
            CAPTURE(text);
            CAPTURE(width);
            CHECK(ui::remove_soft_breaks(shown) == text);
            std::size_t start = 0;
            while (start <= shown.size()) {
                std::size_t end = std::min(shown.find('\n', start), shown.size());
                std::string line = shown.substr(start, end - start);
                while (!line.empty() && line.back() == ' ')
                    line.pop_back(); // a trailing space may hang over the edge
                if (line.find(' ') != std::string::npos) CHECK(fake_width(line) <= width);
                start = end + 1;
            }
        }
    }
    SUBCASE("typing past the edge moves the word to the next line, the cursor with it") {
        auto e = ui::rewrap_after_edit("aaa bbb", "aaa bbbc", 8, 7, fake_width);
        CHECK(e.text == "aaa bbbc");
        CHECK(e.shown == "aaa \nbbbc");
        CHECK(e.cursor == 9);
    }
    SUBCASE("a line break typed after a space stays a hard break") {
        auto e = ui::rewrap_after_edit("aaa ", "aaa \n", 5, 20, fake_width);
        CHECK(e.text == "aaa\n");
        CHECK(e.shown == "aaa\n");
        CHECK(e.cursor == 4);
    }
    SUBCASE("Backspace at the start of a wrapped line deletes the space before it") {
        // "aaa bbb \nccc": the cursor after the soft break; Backspace removes the '\n'.
        auto e = ui::rewrap_after_edit("aaa bbb \nccc", "aaa bbb ccc", 8, 7, fake_width);
        CHECK(e.text == "aaa bbbccc");
        CHECK(e.shown == "aaa \nbbbccc");
        CHECK(e.cursor == 8); // between "bbb" and "ccc"
    }
    SUBCASE("a wider field re-wraps without changing the text") {
        auto e = ui::rewrap_after_edit("aaa bbb \nccc", "aaa bbb \nccc", 3, 40, fake_width);
        CHECK(e.text == "aaa bbb ccc");
        CHECK(e.shown == "aaa bbb ccc");
        CHECK(e.cursor == 3);
    }
    SUBCASE("editing in the middle keeps earlier soft breaks soft") {
        // Insert "x" at the start of the second line of "aaa bbb \nccc ddd".
        auto e = ui::rewrap_after_edit("aaa bbb \nccc ddd", "aaa bbb \nxccc ddd", 10, 8, fake_width);
        CHECK(e.text == "aaa bbb xccc ddd");
        CHECK(ui::remove_soft_breaks(e.shown) == e.text);
        CHECK(e.shown.substr(0, e.cursor) == "aaa bbb \nx");
    }
}

TEST_CASE("the briefing names each participant's role once and lists kept-out topics cleanly") {
    CHECK(ui::name_with_role("Jij (coassistent)", "coassistent") == "Jij (coassistent)");
    CHECK(ui::name_with_role("Sanne de Vries", "HR-adviseur") == "Sanne de Vries (HR-adviseur)");
    CHECK(ui::name_with_role("Sanne", "") == "Sanne");
    CHECK(ui::join_labels({"diagnose", "thuissituatie"}) == "diagnose, thuissituatie");
    CHECK(ui::join_labels({"diagnose"}) == "diagnose");
    CHECK(ui::join_labels({}).empty());
    CHECK(ui::join_labels({"a", "", "b"}) == "a, b");
}

TEST_CASE("Poortwachter timeline: no label overlaps another label, a tick or the week marker at 80-200 %") {
    test::UiFixture f;
    for (auto lang : {core::Language::Dutch, core::Language::English}) {
        f.state.strings.active = lang;
        for (float width : {700.0f, 1000.0f, 1240.0f}) {
            for (int pct = 80; pct <= 200; pct += 10) {
                const float em = 16.0f * static_cast<float>(pct) / 100.0f;
                const float line_h = em; // ImGui's text line height is the font size
                // A proportional font is about half an em per character on average; 0.6 is wider.
                auto measure = [&](std::string_view s) { return 0.6f * em * static_cast<float>(s.size()); };
                for (int week : {-1, 0, 6, 7, 8, 9, 10, 42, 47, 52, 91, 92, 93, 100, 104, 130}) {
                    CAPTURE(static_cast<int>(lang));
                    CAPTURE(width);
                    CAPTURE(pct);
                    CAPTURE(week);
                    auto layout =
                        ui::layout_poortwachter_timeline(f.state.strings, week, width, line_h, em, measure);
                    REQUIRE(layout.labels.size() == 7);
                    CHECK(layout.has_marker == (week >= 0));
                    for (std::size_t i = 0; i < layout.labels.size(); ++i) {
                        const auto& a = layout.labels[i];
                        CAPTURE(a.text);
                        CHECK(a.box.x0 >= 0.0f);
                        CHECK(a.box.x1 <= width + 0.01f);
                        CHECK(a.box.y0 >= 0.0f);
                        CHECK(a.box.y1 <= layout.height);
                        CHECK_FALSE(a.box.overlaps(
                            {a.box.x0, layout.axis_y - 0.01f, a.box.x1, layout.axis_y + 0.01f}));
                        if (layout.has_marker) CHECK_FALSE(a.box.overlaps(layout.marker));
                        for (std::size_t j = 0; j < layout.labels.size(); ++j) {
                            if (i == j) continue;
                            const auto& b = layout.labels[j];
                            CHECK_FALSE(a.box.overlaps(b.box));
                            // b's tick never runs through a's text.
                            const float y0 = std::min(b.tick_y0, b.tick_y1),
                                        y1 = std::max(b.tick_y0, b.tick_y1);
                            if (b.has_tick)
                                CHECK_FALSE(a.box.overlaps({b.tick_x - 0.5f, y0, b.tick_x + 0.5f, y1}));
                        }
                    }
                    if (layout.has_marker) CHECK(layout.marker.y1 <= layout.height);
                }
            }
        }
    }
    f.state.strings.active = core::Language::Dutch;
    // "Plan van aanpak (8)" is the label that collided with the marker in week 8.
    auto layout = ui::layout_poortwachter_timeline(f.state.strings, 8, 1240, 16, 16,
                                                   [](std::string_view s) { return 8.0f * s.size(); });
    CHECK(std::any_of(layout.labels.begin(), layout.labels.end(),
                      [](const ui::TimelineLabel& l) { return l.text == "Plan van aanpak (8)"; }));
    // Ticks are dropped only where close milestones leave no room, not wholesale.
    CHECK(std::count_if(layout.labels.begin(), layout.labels.end(),
                        [](const ui::TimelineLabel& l) { return l.has_tick; }) >= 5);
}

TEST_CASE("the start screen counts decisions exactly like the meeting's 'Beslissing i/N'") {
    test::UiFixture f;
    start(f, core::SessionMode::Oefenen);
    const auto& scenario = f.state.play->runtime().scenario();
    REQUIRE_FALSE(scenario.voorbespreking.empty()); // quiz answers before the meeting are no decisions
    play(f, core::StrategyKind::Best, [](const core::Runtime& rt) {
        return rt.state().stage == core::Stage::Script && core::decisions_taken(rt.transcript()) >= 2;
    });
    const ui::MeetingView& v = f.state.play->meeting;
    REQUIRE(v.decisions_done >= 2);
    const auto sessions = f.state.services.store->list();
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].decisions == v.decisions_done);
    CHECK(v.decisions_total == static_cast<int>(scenario.decision_points()));
    CHECK(sessions[0].turns != static_cast<std::size_t>(v.decisions_done)); // the old, disagreeing count
    CHECK(ui::self_rating_keys(scenario).front() == "confidentiality");
    CHECK(ui::self_rating_keys(scenario).size() == 1 + scenario.learning_goals.size());
}

TEST_CASE("the lower 'Start het overleg' button on the briefing starts the meeting too") {
    test::HeadlessImGui imgui;
    test::UiFixture f;
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1280, 6000); // the whole briefing on screen, no scrolling
    REQUIRE_FALSE(ui::drive_to_screen(f.state, ui::Screen::Briefing, kScenario));
    auto frame = [&] {
        ImGui::NewFrame();
        ui::draw_app(f.state);
        ImGui::Render();
    };
    frame();
    // Click from the bottom up; the first hit is the lower button (the upper one is near the top).
    float hit_y = -1;
    for (float y = 5990; y > 0 && hit_y < 0; y -= 7) {
        for (float x : {30.0f, 60.0f}) {
            io.MousePos = ImVec2(x, y);
            io.MouseDown[0] = true;
            frame();
            io.MouseDown[0] = false;
            frame();
            const bool start =
                std::any_of(f.state.intents.begin(), f.state.intents.end(), [](const ui::Intent& in) {
                    return std::holds_alternative<ui::StartMeeting>(in);
                });
            f.state.intents.clear();
            if (start) {
                hit_y = y;
                break;
            }
        }
    }
    CHECK(hit_y > 800); // far below the upper button: the lower one answers
}

TEST_CASE("the screenshot driver reaches a turn's feedback and a debrief with a retry beside the original") {
    test::UiFixture f;
    ui::DriveOptions at_feedback;
    at_feedback.strategy = core::StrategyKind::Worst;
    at_feedback.stop_at_feedback = true;
    REQUIRE_FALSE(ui::drive_to_screen(f.state, ui::Screen::Meeting, kScenario, at_feedback));
    CHECK(f.state.screen == ui::Screen::Meeting);
    const ui::MeetingView& at_table = f.state.play->meeting;
    CHECK(at_table.phase == core::Phase::Feedback);
    CHECK(f.state.play->runtime().state().stage == core::Stage::Script);
    CHECK((!at_table.turn_findings.empty() || !at_table.feedback.empty()));
    // Feedback a finding already explains is not printed twice.
    for (const auto& finding : at_table.turn_findings)
        CHECK(finding.explanation_nl != at_table.feedback);

    f.state.play.reset();
    ui::DriveOptions retry;
    retry.strategy = core::StrategyKind::Worst;
    retry.retry = true;
    REQUIRE_FALSE(ui::drive_to_screen(f.state, ui::Screen::Debrief, kScenario, retry));
    const ui::PlayState& play = *f.state.play;
    CHECK(f.state.screen == ui::Screen::Debrief);
    CHECK(play.scores_revealed);
    const core::Session& session = play.recorder->session();
    REQUIRE(session.side_attempts.size() == 1);
    // Retried from the first breach, and the retry (played well) is the attempt on show.
    const auto& from = session.side_attempts[0].from_turn;
    const auto breach = std::find_if(session.transcript.begin(), session.transcript.end(),
                                     [](const core::TranscriptEntry& e) {
                                         return e.evaluation && e.evaluation->verdict == scoring::Verdict::Violation;
                                     });
    REQUIRE(breach != session.transcript.end());
    CHECK(from == breach->turn_id);
    CHECK(play.shown_attempt == 1);
    REQUIRE(play.side_score.has_value());
    CHECK(play.side_score->confidentiality > play.debrief.score.confidentiality);
}
