// SessionOutcome: what the debrief, the report and the CLI read, computed once in core. Checked on
// the finished session of every golden plan; plus context_at (re-scoring a recorded turn without
// the UI), observe statistics, side attempts beside the original, and session schema 1 -> 2.
#include "core/finding_details.hpp"
#include "core/play_strategies.hpp"
#include "core/report.hpp"
#include "core/session_outcome.hpp"
#include "core/session_replay.hpp"
#include "core/session_scoring.hpp"
#include "core/session_store.hpp"
#include "core/turn_context.hpp"
#include "golden_replay.hpp"
#include "scoring/evaluate.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>

using namespace smo;
using namespace smo::core;
namespace fs = std::filesystem;

namespace {

const scoring::Engine& engine() {
    static std::unique_ptr<scoring::Engine> instance = [] {
        std::vector<json::Diagnostic> errors;
        auto e = scoring::Engine::load(test::source_dir() / "assets", errors);
        REQUIRE(e);
        return e;
    }();
    return *instance;
}

std::string spans_text(const std::vector<scoring::Span>& spans) {
    std::string out;
    for (const auto& s : spans)
        out += std::to_string(s.start) + "-" + std::to_string(s.end) + ":" + s.category + ":" + s.term + ";";
    return out;
}

/// Everything a finding shows, as one comparable string.
std::string finding_text(const scoring::Finding& f) {
    return f.turn_id + "|" + std::to_string(static_cast<int>(f.kind)) + "|" + f.rule_id + "|" + f.title_nl +
           "|" + f.title_en + "|" + f.explanation_nl + "|" + f.explanation_en + "|" + f.source + "|" +
           f.suggestion_nl + "|" + f.suggestion_en + "|" + spans_text(f.spans);
}

/// Plays best everywhere; at `node_id` (in `phase`) calls `act` instead. Returns whether it did.
bool play_best_except(Runtime& rt, Phase phase, const std::string& node_id,
                      const std::function<void(Runtime&)>& act) {
    Player best(Strategy{StrategyKind::Best, 0, {}});
    std::string error;
    bool acted = false;
    for (int i = 0; i < 500 && rt.phase() != Phase::Finished; ++i) {
        if (rt.phase() == phase && rt.state().node_id == node_id) {
            act(rt);
            acted = true;
            continue;
        }
        auto action = best.next(rt, error);
        REQUIRE_MESSAGE(action, error);
        REQUIRE(apply_action(rt, *action).ok);
    }
    return acted;
}

std::vector<std::string> findings_text(const std::vector<scoring::Finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings)
        out.push_back(finding_text(f));
    return out;
}

std::string evaluation_text(const scoring::Evaluation& e) {
    std::string out =
        std::string(scoring::verdict_id(e.verdict)) + "|" + scoring::severity_id(e.severity) + "|";
    for (const auto& h : e.hits)
        out += h.rule_id + "/" + scoring::verdict_id(h.verdict) + "/" + h.reason_nl + "/" +
               spans_text(h.spans) + ",";
    for (const auto& a : e.allow_rules)
        out += a + ",";
    for (const auto& c : e.categories)
        out += c + ",";
    return out + "|" + spans_text(e.spans) + "|" + e.suggestion_nl + "|" + e.suggestion_en;
}

Session session_of(const Runtime& rt) {
    Session s = new_session(rt, "Test", SessionMode::Oefenen, std::string(64, '0'), "plan", "test");
    sync_session(s, rt, "2026-12-01T10:00:00Z");
    return s;
}

Strings dutch_strings() {
    Strings strings;
    REQUIRE_FALSE(StringTable::load(test::source_dir(), Language::Dutch, strings.nl));
    REQUIRE_FALSE(StringTable::load(test::source_dir(), Language::English, strings.en));
    return strings;
}

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("the outcome of every golden plan: findings as the debrief built them, printed by the report") {
    const Strings strings = dutch_strings();
    const auto plans = test::golden_plans();
    REQUIRE(plans.size() >= 2);
    int conditional_findings = 0;
    for (const auto& plan : plans) {
        CAPTURE(plan.filename().string());
        auto played = test::replay_golden_plan(plan, engine());
        REQUIRE_MESSAGE(played.error.empty(), played.error);
        const Runtime& rt = *played.runtime;
        Session session = session_of(rt);
        SessionOutcome outcome = compute_outcome(session, rt.scenario(), engine().rulebase());

        // What the debrief computed before the outcome existed: findings and score of the runtime.
        auto expected = scoring::debrief_findings(rt.turn_records(), engine().rulebase());
        add_scenario_details(expected, rt.transcript(), rt.scenario());
        CHECK(findings_text(outcome.findings) == findings_text(expected));
        // The best path keeps the secret without being over-cautious.
        if (plan.filename().string().find(".worst.") == std::string::npos)
            for (const auto& f : outcome.findings)
                CHECK_MESSAGE(f.rule_id.rfind("DUTY-", 0) != 0, f.turn_id << " " << f.rule_id);
        // The scenario's details: no "Beter:" on what went well; a wrong answer names the right one.
        for (const auto& f : outcome.findings) {
            if (f.kind == scoring::Finding::Kind::WentWell) CHECK(f.suggestion_nl.empty());
            const auto e = std::find_if(rt.transcript().begin(), rt.transcript().end(),
                                        [&](const TranscriptEntry& t) { return t.turn_id == f.turn_id; });
            REQUIRE(e != rt.transcript().end());
            if (e->correct == false && !e->observe && right_answer(rt.scenario(), *e) != nullptr)
                CHECK(f.suggestion_nl == "Het juiste antwoord: " + right_answer(rt.scenario(), *e)->text);
        }
        const auto score = score_runtime(rt);
        CHECK(outcome.score.confidentiality == score.confidentiality);
        CHECK(outcome.score.violations == score.violations);
        CHECK(outcome.score.cautions == score.cautions);
        REQUIRE_FALSE(outcome.bars.empty());
        CHECK(outcome.bars[0].key == "confidentiality");
        CHECK(outcome.bars[0].percent == score.confidentiality);
        for (std::size_t i = 1; i < outcome.bars.size(); ++i) {
            const auto& goals = rt.scenario().learning_goals;
            CHECK(std::find(goals.begin(), goals.end(), outcome.bars[i].key) != goals.end());
        }

        // The report prints exactly these findings, in this order.
        ReportInput input{&session, &rt.scenario(), &outcome};
        const std::string md = report_markdown(input, strings);
        const std::string html = report_html(input, strings);
        std::size_t md_at = 0, html_at = 0;
        for (const auto& f : outcome.findings) {
            CAPTURE(f.turn_id);
            CAPTURE(f.rule_id);
            auto m = md.find("### " + finding_heading(f, false) + "\n", md_at);
            CHECK(m != std::string::npos);
            if (m != std::string::npos) md_at = m + 1;
            auto h = html.find("<b>" + html_escape(finding_heading(f, false)) + "</b>", html_at);
            // The rule's title comes first, its code after.
            if (!f.title_nl.empty())
                CHECK(finding_heading(f, false).rfind(f.title_nl + " (" + f.rule_id + ")", 0) == 0);
            CHECK(h != std::string::npos);
            if (h != std::string::npos) html_at = h + 1;
            // A caution says when it would be lawful, in the report as in the debrief.
            if (!f.condition_nl.empty()) {
                ++conditional_findings;
                CHECK(md.find("Voorwaarde: " + f.condition_nl) != std::string::npos);
                CHECK(html.find(html_escape(f.condition_nl)) != std::string::npos);
            }
        }
        // Bars are coloured by their score band (35 % is not green), the same bands as the debrief.
        std::size_t bar_at = 0;
        for (const auto& b : outcome.bars) {
            const std::string cls =
                std::string("<span class=\"") + score_band_id(score_band(b.measured)) + "\"";
            auto p = html.find(cls, bar_at);
            CHECK(p != std::string::npos);
            if (p != std::string::npos) bar_at = p + 1;
        }
        CHECK(html.find("@media print") != std::string::npos);
        // Every marked span is coloured by how it was judged, with a Dutch tooltip; wrong quiz
        // answers are marked as such.
        std::size_t marks = 0, wrong_answers = 0;
        for (const auto& e : rt.transcript()) {
            if (e.correct == false) ++wrong_answers;
            if (!e.evaluation) continue;
            for (const auto& sp : e.evaluation->spans) {
                if (sp.end > e.text.size() || sp.end <= sp.start) continue;
                const auto v = e.evaluation->span_verdict(sp);
                const std::string cls = v == scoring::Verdict::Allowed   ? "ok"
                                        : v == scoring::Verdict::Caution ? "caution"
                                                                         : "violation";
                CHECK(html.find("<mark class=\"" + cls + "\" title=\"") != std::string::npos);
                ++marks;
            }
        }
        // Count the transcript's marks, not the legend's samples.
        const auto legend = html.find("<div class=\"legend\">");
        REQUIRE(legend != std::string::npos);
        std::size_t html_marks = 0;
        for (auto p = html.find("<mark class=", html.find("</div>", legend)); p != std::string::npos;
             p = html.find("<mark class=", p + 1))
            ++html_marks;
        CHECK(html_marks <= marks);
        CHECK((marks == 0) == (html_marks == 0));
        CHECK(html.find("<mark title=") == std::string::npos);
        std::size_t wrong_rows = 0;
        for (auto p = html.find("class=\"turn wrong\""); p != std::string::npos;
             p = html.find("class=\"turn wrong\"", p + 1))
            ++wrong_rows;
        CHECK(wrong_rows == wrong_answers);
        std::size_t md_findings = 0;
        for (const auto& f : outcome.findings)
            for (auto p = md.find("### " + finding_heading(f, false) + "\n"); p != std::string::npos;
                 p = md.find("### " + finding_heading(f, false) + "\n", p + 1))
                ++md_findings;
        CHECK(md_findings == outcome.findings.size());

        // Observe statistics agree with aggregate()'s own count.
        CHECK(outcome.observe.hits == outcome.score.observe.hits);
        CHECK(outcome.observe.misses == outcome.score.observe.misses);
        CHECK(outcome.observe.wrong_rule == outcome.score.observe.wrong_rule);
        CHECK(outcome.observe.false_alarms == outcome.score.observe.false_alarms);
        CHECK(outcome.observe.correct_accepts == outcome.score.observe.correct_accepts);

        // Flagged turns: exactly the statements judged caution or violation.
        std::size_t flagged = 0;
        for (const auto& e : rt.transcript())
            if (e.evaluation && e.evaluation->verdict != scoring::Verdict::Allowed) ++flagged;
        CHECK(outcome.flagged.size() == flagged);
    }
    CHECK(conditional_findings > 0); // the golden plans include cautions (vangnet, group figures)
}

TEST_CASE("context_at gives the context the runtime had at each recorded turn, and re-scores it") {
    for (const auto& plan : test::golden_plans()) {
        CAPTURE(plan.filename().string());
        // Before every action, remember the runtime's context for the turn that comes next.
        std::vector<std::pair<std::string, scoring::Context>> seen;
        auto played = test::replay_golden_plan(plan, engine(), [&](const Runtime& rt) {
            seen.emplace_back("t" + std::to_string(rt.state().turn_counter + 1), rt.context());
        });
        REQUIRE_MESSAGE(played.error.empty(), played.error);
        const Runtime& rt = *played.runtime;
        REQUIRE_FALSE(seen.empty());
        for (const auto& [turn, context] : seen) {
            CAPTURE(turn);
            auto at = rt.context_at(turn);
            REQUIRE(at);
            CHECK(same_context(*at, context));
            // A schema-1 record has no stored context: the snapshot before the turn gives the same.
            auto entry = std::find_if(rt.transcript().begin(), rt.transcript().end(),
                                      [&](const TranscriptEntry& e) { return e.turn_id == turn; });
            REQUIRE(entry != rt.transcript().end());
            TranscriptEntry v1 = *entry;
            v1.context.reset();
            CHECK(same_context(context_of(rt.scenario(), v1), context));
        }
        CHECK_FALSE(rt.context_at("t999999"));

        // Re-scoring each statement turn in its recorded context gives the stored evaluation.
        int statements = 0;
        for (const auto& e : rt.transcript()) {
            if (!e.evaluation) continue;
            CAPTURE(e.turn_id);
            ++statements;
            CHECK(e.context.has_value());
            auto again = engine().evaluate(statement_of(e), *rt.context_at(e.turn_id));
            CHECK(evaluation_text(again) == evaluation_text(*e.evaluation));
        }
        if (rt.scenario().assignment == Assignment::Deelnemen) CHECK(statements > 0);
    }
}

TEST_CASE("observe statistics count hits, wrong rules, misses, false alarms and correct accepts") {
    auto judged = [](std::string expected, std::string given) {
        TranscriptEntry e;
        e.kind = EntryKind::Observe;
        e.by_trainee = true;
        e.observe = scoring::ObserveJudgement{std::move(expected), std::move(given)};
        return e;
    };
    std::vector<TranscriptEntry> t = {judged("CONF-DIAG", "CONF-DIAG"),
                                      judged("CONF-DIAG", "CONF-MED"),
                                      judged("CONF-DIAG", ""),
                                      judged("CONF-MED", ""),
                                      judged("", "CONF-DIAG"),
                                      judged("", ""),
                                      judged("", "")};
    TranscriptEntry line;
    line.kind = EntryKind::Line;
    t.push_back(line);
    auto s = observe_stats(t);
    CHECK(s.hits == 1);
    CHECK(s.wrong_rule == 1);
    CHECK(s.misses == 2);
    CHECK(s.false_alarms == 1);
    CHECK(s.correct_accepts == 2);

    Session session;
    session.transcript = t;
    Scenario scenario;
    auto outcome = compute_outcome(session, scenario, engine().rulebase());
    CHECK(outcome.observe.misses == 2);
    CHECK(outcome.observe.hits == 1);
}

TEST_CASE("a side attempt is kept beside the original and compared with it") {
    // The worst path of the first plan with violations, then a retry from its first flagged turn.
    for (const auto& plan : test::golden_plans()) {
        if (plan.filename().string().find(".worst.") == std::string::npos) continue;
        auto played = test::replay_golden_plan(plan, engine());
        REQUIRE_MESSAGE(played.error.empty(), played.error);
        const Runtime& original = *played.runtime;
        Session session = session_of(original);
        SessionOutcome before = compute_outcome(session, original.scenario(), engine().rulebase());
        if (before.flagged.empty() || before.score.violations == 0) continue;
        CAPTURE(plan.filename().string());
        const std::string from = before.flagged.front().turn_id;

        std::string error;
        CHECK_FALSE(start_side_attempt(original, "t999999", session, "2026-12-01T11:00:00Z", error));
        CHECK_FALSE(error.empty());
        CHECK(session.side_attempts.empty());

        auto side = start_side_attempt(original, from, session, "2026-12-01T11:00:00Z", error);
        REQUIRE(side);
        REQUIRE(session.side_attempts.size() == 1);
        CHECK(session.side_attempts[0].from_turn == from);
        CHECK(session.side_attempts[0].started_at == "2026-12-01T11:00:00Z");
        CHECK(session.side_attempts[0].transcript.size() < original.transcript().size());

        Player best(Strategy{StrategyKind::Best, 0, {}});
        for (int i = 0; i < 1000 && side->phase() != Phase::Finished; ++i) {
            auto action = best.next(*side, error);
            REQUIRE_MESSAGE(action, error);
            REQUIRE(apply_action(*side, *action).ok);
            record_side_attempt(session, *side);
            CHECK(session.side_attempts[0].finished == (side->phase() == Phase::Finished));
        }
        REQUIRE(side->phase() == Phase::Finished);
        // The original is untouched.
        CHECK(session.transcript.size() == original.transcript().size());

        SessionOutcome outcome = compute_outcome(session, original.scenario(), engine().rulebase());
        CHECK(findings_text(outcome.findings) == findings_text(before.findings));
        REQUIRE(outcome.side_attempts.size() == 1);
        const auto& cmp = outcome.side_attempts[0];
        CHECK(cmp.from_turn == from);
        CHECK(cmp.finished);
        REQUIRE(cmp.score);
        const auto side_score = score_runtime(*side);
        CHECK(cmp.score->confidentiality == side_score.confidentiality);
        CHECK(cmp.original.confidentiality == before.score.confidentiality);
        CHECK(cmp.confidentiality_change == side_score.confidentiality - before.score.confidentiality);
        CHECK(cmp.violations_change == side_score.violations - before.score.violations);
        CHECK(cmp.confidentiality_change > 0); // the best path from a flagged turn does better
        // Findings from the retried turn on: the original's include the flagged turn, the attempt's
        // come from its own turns only.
        REQUIRE_FALSE(cmp.original_findings.empty());
        CHECK(cmp.original_findings.front().turn_id == from);
        std::set<std::string> side_turns;
        bool reached = false;
        for (const auto& e : side->transcript()) {
            reached = reached || e.turn_id == from;
            if (reached) side_turns.insert(e.turn_id);
        }
        for (const auto& f : cmp.findings)
            CHECK(side_turns.count(f.turn_id) == 1);
        return; // one scenario is enough; the loop only finds a suitable plan
    }
    FAIL("no worst plan with a flagged turn");
}

TEST_CASE("session schema 2 records time, unit and context per turn and survives a round trip") {
    auto played = test::replay_golden_plan(
        test::source_dir() / "tests/golden/smo_verzuimcijfers_kwartaal.worst.plan", engine());
    REQUIRE_MESSAGE(played.error.empty(), played.error);
    Session s = session_of(*played.runtime);
    // Without a clock (replays, tests) there are no times; the recorder sets one (below).
    for (const auto& e : s.transcript)
        CHECK(e.at.empty());
    bool any_unit = false;
    for (auto& e : s.transcript) {
        any_unit = any_unit || !e.unit_id.empty();
        e.at = "2026-12-01T10:00:0" + std::to_string(e.turn_id.size() % 10) + "Z";
    }
    CHECK(any_unit);
    const std::string json = session_to_json(s);
    CHECK(nlohmann::json::parse(json).at("schema_version") == 2);
    Session back;
    REQUIRE_FALSE(session_from_json(json, back));
    CHECK(back.schema_version == 2);
    REQUIRE(back.transcript.size() == s.transcript.size());
    for (std::size_t i = 0; i < s.transcript.size(); ++i) {
        CAPTURE(s.transcript[i].turn_id);
        CHECK(back.transcript[i].at == s.transcript[i].at);
        CHECK(back.transcript[i].unit_id == s.transcript[i].unit_id);
        CHECK(back.transcript[i].context.has_value() == s.transcript[i].context.has_value());
        if (s.transcript[i].context)
            CHECK(same_context(*back.transcript[i].context, *s.transcript[i].context));
    }
    CHECK(session_to_json(back) == json);
}

TEST_CASE("the session recorder stamps every new turn with its UTC time") {
    test::TempDir dir;
    SessionStore store(dir.path());
    auto checked = check_scenario_file(test::source_dir() / "scenarios/zorggroep_linde_smo.json");
    REQUIRE(checked.ok());
    Runtime rt(checked.loaded.scenario, engine());
    Session session = new_session(rt, "Test", SessionMode::Oefenen, checked.loaded.sha256, "x.json", "test");
    SessionRecorder recorder(std::move(rt), std::move(session), store);
    Player best(Strategy{StrategyKind::Best, 0, {}});
    for (int i = 0; i < 6; ++i) {
        std::string error;
        auto action = best.next(recorder.runtime(), error);
        REQUIRE(action);
        REQUIRE(recorder.act([&](Runtime& r) { return apply_action(r, *action); }).ok);
    }
    std::string error;
    auto saved = store.load(recorder.session().session_id, error);
    REQUIRE(saved);
    REQUIRE_FALSE(saved->transcript.empty());
    for (const auto& e : saved->transcript) {
        CAPTURE(e.turn_id);
        REQUIRE(e.at.size() == 20); // 2026-01-15T10:15:30Z
        CHECK(e.at[10] == 'T');
        CHECK(e.at.back() == 'Z');
        CHECK(e.at <= saved->updated_at);
    }
}

TEST_CASE("schema-1 session files load, migrate in memory and are written back only when they change") {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(test::source_dir() / "tests/fixtures/sessions"))
        if (e.path().filename().string().rfind("v1_", 0) == 0) files.push_back(e.path());
    REQUIRE_FALSE(files.empty());
    for (const auto& file : files) {
        CAPTURE(file.filename().string());
        const std::string original_text = read_all(file);
        CHECK(nlohmann::json::parse(original_text).at("schema_version") == 1);

        test::TempDir dir;
        SessionStore store(dir.path());
        Session probe;
        REQUIRE_FALSE(session_from_json(original_text, probe));
        const fs::path copy = store.path_for(probe.session_id);
        fs::copy_file(file, copy);

        std::string error;
        auto session = store.load(probe.session_id, error);
        REQUIRE_MESSAGE(session, error);
        CHECK(session->schema_version == 1);
        REQUIRE_FALSE(session->transcript.empty());
        auto checked =
            check_scenario_file(test::source_dir() / "scenarios" / (session->scenario.id + ".json"));
        REQUIRE(checked.ok());
        const Scenario& scenario = *checked.loaded.scenario;
        int statements = 0;
        for (const auto& e : session->transcript) {
            CAPTURE(e.turn_id);
            CHECK(e.at.empty());    // schema 1 had no times: unknown, not invented
            CHECK_FALSE(e.context); // nor stored contexts
            if (e.before) CHECK(e.unit_id == e.before->unit_id);
            if (!e.evaluation) continue;
            ++statements;
            // The context is rebuilt from the snapshot; re-scoring with it gives the stored verdict and
            // rules (the lexicon grows, so the marked words may be more than the fixture recorded).
            auto context = context_at(scenario, session->transcript, e.turn_id);
            REQUIRE(context);
            auto again = engine().evaluate(statement_of(e), *context);
            CHECK(again.verdict == e.evaluation->verdict);
            CHECK(again.rule_ids() == e.evaluation->rule_ids());
        }
        CHECK(statements > 0);
        SessionOutcome outcome = compute_outcome(*session, scenario, engine().rulebase());
        REQUIRE(session->scores);
        CHECK(outcome.score.confidentiality == session->scores->confidentiality);
        CHECK(outcome.score.violations == session->scores->violations);

        // Resumed and saved without a change: the file stays schema 1, byte for byte.
        auto runtime =
            resume_session(*session, checked.loaded.scenario, checked.loaded.sha256, engine(), error);
        REQUIRE_MESSAGE(runtime, error);
        SessionRecorder recorder(std::move(*runtime), std::move(*session), store);
        CHECK_FALSE(recorder.save());
        CHECK(read_all(copy) == original_text);

        // A change writes it back as schema 2, still loadable, the old turns as they were.
        recorder.session().reflection.learned = "Functioneel formuleren.";
        CHECK_FALSE(recorder.save());
        const std::string rewritten = read_all(copy);
        CHECK(rewritten != original_text);
        CHECK(nlohmann::json::parse(rewritten).at("schema_version") == 2);
        auto again = store.load(probe.session_id, error);
        REQUIRE_MESSAGE(again, error);
        CHECK(again->schema_version == 2);
        CHECK(again->reflection.learned == "Functioneel formuleren.");
        CHECK(again->transcript.size() == probe.transcript.size());
        // Saving it again without change is an ordinary schema-2 save.
        CHECK_FALSE(recorder.save());
    }
}

TEST_CASE("score bands: good from 80 %, fair from 50 %, low below") {
    CHECK(score_band(0.35f) == ScoreBand::Low);
    CHECK(score_band(0.5f) == ScoreBand::Fair);
    CHECK(score_band(0.79f) == ScoreBand::Fair);
    CHECK(score_band(0.8f) == ScoreBand::Good);
    CHECK(std::string(score_band_id(ScoreBand::Low)) == "low");
}

TEST_CASE("an over-cautious option keeps the secret but is a finding with its duty, and survives a save") {
    const auto loaded = load_scenario_file(test::source_dir() / "scenarios/smo_ptss_ambulancedienst.json");
    REQUIRE(loaded.ok());
    const Option* strict = nullptr;
    for (const auto& n : loaded.scenario->nodes)
        for (const auto& o : n.options)
            if (n.id == "keuze_opening" && o.id == "te_streng") strict = &o;
    REQUIRE(strict != nullptr);
    REQUIRE(strict->flaw);
    CHECK(strict->flaw->kind == scoring::FlawKind::TooStrict);
    CHECK(strict->flaw->rule_id == "DUTY-INFORM");

    std::string error;
    auto rt = Runtime::start_at(loaded.scenario, engine(), StartPoint{"keuze_opening", {}, {}, {}}, error);
    REQUIRE_MESSAGE(rt, error);
    REQUIRE(rt->phase() == Phase::Choice);
    REQUIRE(rt->choose("te_streng").ok);
    const TranscriptEntry& turn = rt->transcript().back();
    REQUIRE(turn.flaw);
    CHECK(turn.evaluation->verdict != scoring::Verdict::Violation);

    Session session = session_of(*rt);
    SessionOutcome outcome = compute_outcome(session, rt->scenario(), engine().rulebase());
    CHECK(outcome.score.violations == 0);
    CHECK(outcome.score.confidentiality == 100);
    int duty_findings = 0;
    for (const auto& f : outcome.findings) {
        if (f.turn_id != turn.turn_id) continue;
        CHECK(f.kind != scoring::Finding::Kind::WentWell); // not praised for keeping quiet
        if (f.rule_id != "DUTY-INFORM") continue;
        ++duty_findings;
        CHECK(f.kind == scoring::Finding::Kind::ToImprove);
        CHECK(f.explanation_nl.rfind("Te terughoudend", 0) == 0);
        CHECK(f.title_nl == engine().rulebase().find("DUTY-INFORM")->title.nl);
        CHECK(f.source.find("NVAB") != std::string::npos);
    }
    CHECK(duty_findings == 1);

    // Passing over the second opinion is a missed duty, named as such.
    auto second =
        Runtime::start_at(loaded.scenario, engine(), StartPoint{"keuze_second", {}, {}, {}}, error);
    REQUIRE_MESSAGE(second, error);
    REQUIRE(second->choose("toestemming").ok);
    REQUIRE(second->transcript().back().flaw);
    CHECK(second->transcript().back().flaw->kind == scoring::FlawKind::MissedDuty);
    const auto missed = turn_findings(second->transcript().back(), second->scenario(), engine().rulebase());
    CHECK(std::any_of(missed.begin(), missed.end(), [](const scoring::Finding& f) {
        return f.rule_id == "DUTY-SECOND" && f.explanation_nl.rfind("Plicht gemist", 0) == 0 &&
               f.explanation_en.rfind("Duty missed", 0) == 0;
    }));

    // The session file keeps the flaw.
    Session back;
    REQUIRE_FALSE(session_from_json(session_to_json(session), back));
    REQUIRE(back.transcript.back().flaw);
    CHECK(*back.transcript.back().flaw == *turn.flaw);
}

TEST_CASE("a grey-zone option earns half its credit, argues both sides, and verifies after a save") {
    const auto loaded = load_scenario_file(test::source_dir() / "scenarios/smo_ptss_ambulancedienst.json");
    REQUIRE(loaded.ok());
    // Best everywhere, except the grey-zone answer to "what may the team be told".
    Runtime rt(loaded.scenario, engine());
    REQUIRE(play_best_except(rt, Phase::Choice, "keuze_team",
                             [](Runtime& r) { REQUIRE(r.choose("zelf_invullen").ok); }));
    REQUIRE(rt.phase() == Phase::Finished);
    const auto grey_turn = std::find_if(rt.transcript().begin(), rt.transcript().end(),
                                        [](const TranscriptEntry& e) { return e.option_id == "zelf_invullen"; });
    REQUIRE(grey_turn != rt.transcript().end());
    REQUIRE(grey_turn->grey_zone);
    CHECK(grey_turn->evaluation->verdict != scoring::Verdict::Violation);

    Session session = session_of(rt);
    session.scores = score_runtime(rt);
    const SessionOutcome outcome = compute_outcome(session, rt.scenario(), engine().rulebase());
    auto lg4 = std::find_if(outcome.score.goals.begin(), outcome.score.goals.end(),
                            [](const scoring::GoalMastery& g) { return g.goal == "LG4"; });
    REQUIRE(lg4 != outcome.score.goals.end());
    CHECK(lg4->partial == 1);
    CHECK(lg4->mastery < 1.0);
    CHECK(lg4->mastery == doctest::Approx((lg4->credited + 0.5) / lg4->available));
    bool argued = false;
    for (const auto& f : outcome.findings)
        if (f.turn_id == grey_turn->turn_id) {
            CHECK(f.kind != scoring::Finding::Kind::WentWell);
            if (f.kind == scoring::Finding::Kind::Caution && f.title_nl == "Grijs gebied: half punt")
                argued = f.explanation_nl.find("AP-beleidsregels") != std::string::npos &&
                         f.explanation_nl.find("Vraag het haar eerst") != std::string::npos;
        }
    CHECK(argued);

    // Saved and read back, the session replays without a difference and keeps the half credit.
    Session back;
    REQUIRE_FALSE(session_from_json(session_to_json(session), back));
    const auto saved = std::find_if(back.transcript.begin(), back.transcript.end(),
                                    [](const TranscriptEntry& e) { return e.option_id == "zelf_invullen"; });
    REQUIRE(saved != back.transcript.end());
    REQUIRE(saved->grey_zone);
    CHECK(*saved->grey_zone == *grey_turn->grey_zone);
    REQUIRE(back.scores);
    auto saved_lg4 = std::find_if(back.scores->goals.begin(), back.scores->goals.end(),
                                  [](const scoring::GoalMastery& g) { return g.goal == "LG4"; });
    REQUIRE(saved_lg4 != back.scores->goals.end());
    CHECK(saved_lg4->partial == 1);
    back.rulebase_version = engine().rulebase().rulebase_version;
    const ReplayResult replay = replay_session(back, loaded.scenario, engine(), back.rulebase_version);
    CHECK(replay.error.empty());
    for (const auto& d : replay.differences)
        FAIL_CHECK(describe(d));
}

TEST_CASE("a free text short of its key points earns no credit, names what it missed, and verifies after a save") {
    const auto loaded =
        load_scenario_file(test::source_dir() / "scenarios/smo_voorbereiding_rugklachten_distributie.json");
    REQUIRE(loaded.ok());
    // Best everywhere, except a lawful prevention advice that names one of the four key points.
    Runtime rt(loaded.scenario, engine());
    REQUIRE(play_best_except(rt, Phase::FreeText, "vrij_preventie", [](Runtime& r) {
        REQUIRE(r.submit("Ik adviseer een werkplekonderzoek op de afdeling.").ok);
    }));
    const auto turn = std::find_if(rt.transcript().begin(), rt.transcript().end(),
                                   [](const TranscriptEntry& e) { return e.node_id == "vrij_preventie"; });
    REQUIRE(turn != rt.transcript().end());
    CHECK(turn->evaluation->verdict == scoring::Verdict::Allowed);
    REQUIRE(turn->key_points);
    CHECK(turn->key_points->covered.size() == 1);
    CHECK(turn->key_points->needed == 3);
    CHECK(turn->goals_credited.empty());

    Session session = session_of(rt);
    session.scores = score_runtime(rt);
    const SessionOutcome outcome = compute_outcome(session, rt.scenario(), engine().rulebase());
    bool named = false;
    for (const auto& f : outcome.findings)
        if (f.turn_id == turn->turn_id && f.title_nl.rfind("Kernpunten genoemd: 1 van 4 (nodig: 3)", 0) == 0) {
            CHECK(f.kind == scoring::Finding::Kind::ToImprove);
            CHECK(f.rule_id == "LG2");
            CHECK(f.explanation_nl.find("Gemist:") != std::string::npos);
            CHECK(f.explanation_nl.find("RI&E") != std::string::npos);
            CHECK(f.title_en == "Key points named: 1 of 4 (needed: 3)");
            named = true;
        }
    CHECK(named);

    // Saved and read back (by the fast reader), the turn keeps its key points and replays unchanged.
    Session back;
    REQUIRE_FALSE(session_from_json(session_to_json(session), back));
    const auto saved = std::find_if(back.transcript.begin(), back.transcript.end(),
                                    [](const TranscriptEntry& e) { return e.node_id == "vrij_preventie"; });
    REQUIRE(saved != back.transcript.end());
    REQUIRE(saved->key_points);
    CHECK(saved->key_points->covered == turn->key_points->covered);
    CHECK(saved->key_points->missed == turn->key_points->missed);
    CHECK(saved->key_points->needed == 3);
    back.rulebase_version = engine().rulebase().rulebase_version;
    const ReplayResult replay = replay_session(back, loaded.scenario, engine(), back.rulebase_version);
    CHECK(replay.error.empty());
    for (const auto& d : replay.differences)
        FAIL_CHECK(describe(d));
}
