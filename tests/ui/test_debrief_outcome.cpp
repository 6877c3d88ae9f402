// The debrief draws the core SessionOutcome: for every golden plan its findings, bars, prompts and
// flagged turns are the outcome's, and the report the UI exports prints the same findings.
#include "core/play_strategies.hpp"
#include "core/session_outcome.hpp"
#include "golden_replay.hpp"
#include "ui/session_actions.hpp"
#include "ui/views.hpp"
#include "ui_fixture.hpp"

#include <doctest/doctest.h>
#include <fstream>

using namespace smo;

namespace {

std::string finding_line(const scoring::Finding& f) {
    return f.turn_id + "|" + f.rule_id + "|" + f.title_nl + "|" + f.source + "|" + f.suggestion_nl + "|" +
           std::to_string(f.spans.size());
}

} // namespace

TEST_CASE("the debrief of every golden plan shows the findings of the core outcome") {
    test::UiFixture f;
    const auto& rules = f.state.services.engine->rulebase();
    const auto plans = test::golden_plans();
    REQUIRE(plans.size() >= 2);
    for (const auto& plan : plans) {
        CAPTURE(plan.filename().string());
        auto played = test::replay_golden_plan(plan, *f.state.services.engine);
        REQUIRE_MESSAGE(played.error.empty(), played.error);
        const core::Runtime& rt = *played.runtime;
        core::Session session = core::new_session(rt, "Test", core::SessionMode::Oefenen, "", "plan", "test");
        core::sync_session(session, rt, "2026-12-01T10:00:00Z");
        session.self_ratings["confidentiality"] = 3;

        const ui::DebriefView d = ui::build_debrief_view(session, rt, rules);
        const core::SessionOutcome outcome = core::compute_outcome(session, rt.scenario(), rules);
        REQUIRE(d.findings.size() == outcome.findings.size());
        for (std::size_t i = 0; i < d.findings.size(); ++i)
            CHECK(finding_line(d.findings[i]) == finding_line(outcome.findings[i]));
        REQUIRE(d.bars.size() == outcome.bars.size());
        for (std::size_t i = 0; i < d.bars.size(); ++i) {
            CHECK(d.bars[i].key == outcome.bars[i].key);
            CHECK(d.bars[i].measured == outcome.bars[i].measured);
            CHECK(d.bars[i].self_rating == outcome.bars[i].self_rating);
        }
        CHECK(d.bars.front().self_rating == 3);
        CHECK(d.flagged.size() == outcome.flagged.size());
        CHECK(d.prompts.could_improve_nl == outcome.prompts.could_improve_nl);
        CHECK(d.score.confidentiality == outcome.score.confidentiality);
        CHECK(d.rows.size() == rt.transcript().size());
    }
}

TEST_CASE("the exported report lists the debrief's findings") {
    test::UiFixture f;
    const core::LibraryEntry* entry = nullptr;
    for (const auto& e : f.state.services.library)
        if (e.ok() && e.scenario->assignment == core::Assignment::Deelnemen) entry = &e;
    REQUIRE(entry != nullptr);
    REQUIRE_FALSE(ui::start_session(f.state, entry->scenario->id));
    core::Player worst(core::Strategy{core::StrategyKind::Worst, 0, {}});
    for (int i = 0; i < 500 && f.state.play->runtime().phase() != core::Phase::Finished; ++i) {
        std::string error;
        auto action = worst.next(f.state.play->runtime(), error);
        REQUIRE(action);
        REQUIRE_FALSE(ui::perform(f.state, *action));
    }
    REQUIRE(f.state.play->debrief_ready);
    const auto findings = f.state.play->debrief.findings;
    REQUIRE_FALSE(findings.empty());
    ui::export_session_report(f.state);
    std::string md;
    for (const auto& e : std::filesystem::directory_iterator(f.state.export_dir))
        if (e.path().extension() == ".md") {
            std::ifstream in(e.path());
            md.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
    REQUIRE_FALSE(md.empty());
    std::size_t at = 0;
    for (const auto& fd : findings) {
        CAPTURE(fd.turn_id);
        auto p = md.find("### " + core::finding_heading(fd, false), at);
        CHECK(p != std::string::npos);
        if (p != std::string::npos) at = p + 1;
    }
}
