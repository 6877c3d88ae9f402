#include "engine_fixture.hpp"

#include "scoring/aggregate.hpp"

#include <algorithm>

using namespace smo::scoring;
using smo::test::judge;

namespace {
TurnRecord statement_turn(const std::string& id, const std::string& text,
                          std::vector<std::string> goals = {}) {
    TurnRecord t;
    t.turn_id = id;
    t.node_id = "n-" + id;
    t.node_kind = "free_text";
    t.statement = text;
    t.evaluation = judge(text);
    t.goals_credited = std::move(goals);
    return t;
}
} // namespace

TEST_CASE("aggregate: points per turn trace to rules and goals") {
    std::vector<TurnRecord> turns{
        statement_turn("t1", "Ze kan voorlopig vier uur per dag werken.", {"LG4"}),
        statement_turn("t2", "Ze heeft een burn-out.", {"LG4"}),
        statement_turn("t3", "Er is een vangnetbepaling van toepassing."),
    };
    TurnRecord obs;
    obs.turn_id = "t4";
    obs.node_kind = "observe";
    obs.observe = ObserveJudgement{"CONF-MED", "CONF-MED"};
    turns.push_back(obs);
    TurnRecord miss = obs;
    miss.turn_id = "t5";
    miss.observe = ObserveJudgement{"CONF-DIAG", ""};
    turns.push_back(miss);

    auto score = aggregate(turns, {{"LG4", 2}, {"LG3", 1}});
    REQUIRE(score.turns.size() == 5);
    CHECK(score.turns[0].points > 0);
    CHECK(score.turns[1].points < 0);
    CHECK(score.turns[2].points == 0);
    CHECK(score.violations == 1);
    CHECK(score.cautions == 1);
    CHECK(score.confidentiality < 100);
    CHECK(score.observe.hits == 1);
    CHECK(score.observe.misses == 1);
    for (const auto& tp : score.turns)
        if (tp.points != 0) CHECK_MESSAGE(!tp.sources.empty(), tp.turn_id);
    CHECK(std::find(score.turns[1].sources.begin(), score.turns[1].sources.end(), std::string("CONF-DIAG")) !=
          score.turns[1].sources.end());
    // The breach withholds t2's LG4 credit: 1 of 2.
    auto lg4 = std::find_if(score.goals.begin(), score.goals.end(),
                            [](const GoalMastery& g) { return g.goal == "LG4"; });
    REQUIRE(lg4 != score.goals.end());
    CHECK(lg4->credited == 1);
    CHECK(lg4->mastery == doctest::Approx(0.5));
    CHECK(aggregate(turns, {{"LG4", 2}}).confidentiality == score.confidentiality); // pure
}

TEST_CASE("a grey-zone turn earns half its credits and the debrief argues both sides") {
    const auto& rules = smo::test::engine().rulebase();
    TurnRecord full = statement_turn("t1", "Ze kan voorlopig vier uur per dag werken.", {"LG4"});
    TurnRecord grey = statement_turn("t2", "Ze kan vier uur per dag werken, de rest bespreek ik eerst met haar.",
                                     {"LG4"});
    grey.grey_zone = GreyZone{"je houdt het geheim en geeft een advies", "de werkgever weet niet tot wanneer"};
    auto score = aggregate({full, grey}, {{"LG4", 2}});
    auto lg4 = std::find_if(score.goals.begin(), score.goals.end(),
                            [](const GoalMastery& g) { return g.goal == "LG4"; });
    REQUIRE(lg4 != score.goals.end());
    CHECK(lg4->credited == 1);
    CHECK(lg4->partial == 1);
    CHECK(lg4->mastery == doctest::Approx(0.75));
    REQUIRE(score.turns.size() == 2);
    CHECK(score.turns[1].points > 0);
    CHECK(score.turns[1].points < score.turns[0].points);

    // A breach withholds the half credit as it does the whole.
    TurnRecord breach = statement_turn("t3", "Ze heeft een burn-out.", {"LG4"});
    breach.grey_zone = grey.grey_zone;
    auto breached = aggregate({breach}, {{"LG4", 1}});
    CHECK(breached.goals[std::size_t(lg4 - score.goals.begin())].partial == 0);
    const auto breach_findings = debrief_findings({breach}, rules);
    CHECK(std::none_of(breach_findings.begin(), breach_findings.end(),
                       [](const Finding& f) { return f.title_nl.find("Grijs gebied") != std::string::npos; }));

    auto findings = debrief_findings({grey}, rules);
    auto it = std::find_if(findings.begin(), findings.end(),
                           [](const Finding& f) { return f.title_nl.find("Grijs gebied") != std::string::npos; });
    REQUIRE(it != findings.end());
    CHECK(it->kind == Finding::Kind::Caution);
    CHECK(it->rule_id == "LG4");
    CHECK(it->explanation_nl.find("je houdt het geheim") != std::string::npos);
    CHECK(it->explanation_nl.find("tot wanneer") != std::string::npos);
    // Not also praised as if it were the best answer.
    CHECK(std::none_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.kind == Finding::Kind::WentWell; }));
}

TEST_CASE("debrief findings come in turn order with rule, source and spans") {
    const auto& rules = smo::test::engine().rulebase();
    std::vector<TurnRecord> turns{statement_turn("t1", "Hij kan niet tillen boven de tien kilo."),
                                  statement_turn("t2", "Hij heeft een hernia, dus tillen zit er niet in.")};
    auto findings = debrief_findings(turns, rules);
    REQUIRE(findings.size() >= 2);
    CHECK(findings.front().turn_id == "t1");
    CHECK(findings.front().kind == Finding::Kind::WentWell);
    const Finding& bad = findings[1];
    CHECK(bad.turn_id == "t2");
    CHECK(bad.kind == Finding::Kind::ToImprove);
    CHECK(bad.rule_id == "CONF-DIAG");
    CHECK(!bad.title_nl.empty());
    CHECK(bad.source.find("AP-2016") != std::string::npos);
    CHECK(!bad.spans.empty());
    CHECK(bad.suggestion_nl.find("tillen zit er niet in") != std::string::npos);
}

TEST_CASE("reflection prompts quote this session's own turns") {
    const auto& rules = smo::test::engine().rulebase();
    std::vector<TurnRecord> turns{statement_turn("t1", "Ze kan weer halve dagen werken."),
                                  statement_turn("t7", "Ze heeft een burn-out.")};
    auto p = reflection_prompts(turns, rules);
    REQUIRE(!p.could_improve_nl.empty());
    CHECK(p.could_improve_nl[0].find("t7") != std::string::npos);
    CHECK(p.could_improve_nl[0].find("burn-out") != std::string::npos);
    REQUIRE(!p.went_well_nl.empty());
    CHECK(p.went_well_nl[0].find("t1") != std::string::npos);
    CHECK(!p.learned_nl.empty());
    CHECK(!p.take_along_nl.empty());
    CHECK(p.could_improve_en.size() == p.could_improve_nl.size());
}

TEST_CASE("a matched span is judged by the worst rule that marked it, else by its category") {
    Evaluation ev;
    ev.verdict = Verdict::Violation;
    RuleHit diag;
    diag.rule_id = "CONF-DIAG";
    diag.verdict = Verdict::Violation;
    diag.spans.push_back({10, 16, "diagnosis", "hernia"});
    RuleHit hint;
    hint.rule_id = "CONF-HINT";
    hint.verdict = Verdict::Caution;
    hint.spans.push_back({12, 14, "diagnosis", "rn"});
    hint.spans.push_back({30, 35, "mental", "moe"});
    ev.hits = {hint, diag};
    CHECK(ev.span_verdict({10, 16, "diagnosis", "hernia"}) == Verdict::Violation); // worst of both
    CHECK(ev.span_verdict({30, 35, "mental", "moe"}) == Verdict::Caution);
    CHECK(ev.span_verdict({40, 47, "functional", "zittend"}) == Verdict::Allowed);
    // Protected wording no rule marked: caution in an allowed statement, the verdict otherwise.
    CHECK(ev.span_verdict({50, 55, "diagnosis", "griep"}) == Verdict::Violation);
    ev.verdict = Verdict::Allowed;
    ev.hits.clear();
    CHECK(ev.span_verdict({50, 55, "diagnosis", "griep"}) == Verdict::Caution);
}
