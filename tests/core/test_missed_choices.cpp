// "Where a better option existed": choices that credit less than another option offered at that
// moment, breaches when a credited option was there, and wrong quiz answers.
#include "cohort_fixture.hpp"
#include "core/missed_choices.hpp"
#include "core/report.hpp"
#include "core/session_outcome.hpp"
#include "core/string_table.hpp"

#include <doctest/doctest.h>

using namespace smo::core;

namespace {

Option option(const std::string& id, std::vector<std::string> credits, std::vector<Condition> when = {}) {
    Option o;
    o.id = id;
    o.text = "tekst " + id;
    o.credits = std::move(credits);
    o.feedback = "uitleg " + id;
    o.when = std::move(when);
    return o;
}

Scenario hand_built() {
    Scenario s;
    Node choice;
    choice.id = "keuze";
    choice.kind = NodeKind::Choice;
    choice.prompt = "Wat zeg je?";
    choice.options = {option("vaag", {}), option("goed", {"LG4"}),
                      option("beter", {"LG4", "LG2"}, {{"vertrouwen", CompareOp::Ge, 3, false, ""}})};
    Node quiz;
    quiz.id = "quiz";
    quiz.kind = NodeKind::Quiz;
    quiz.prompt = "Mag dat?";
    quiz.credits = {"LG3"};
    quiz.answers = {{"ja", "Ja", false, "Nee: alleen met toestemming.", ""},
                    {"nee", "Nee", true, "Juist.", ""}};
    s.nodes = {choice, quiz};
    return s;
}

TranscriptEntry chose(const std::string& option_id, int trust, bool breach = false) {
    TranscriptEntry e;
    e.turn_id = "t1";
    e.node_id = "keuze";
    e.kind = EntryKind::Choice;
    e.by_trainee = true;
    e.option_id = option_id;
    e.text = "tekst " + option_id;
    e.before = RuntimeState{};
    e.before->vars["vertrouwen"] = trust;
    smo::scoring::Evaluation ev;
    if (breach) ev.verdict = smo::scoring::Verdict::Violation;
    e.evaluation = ev;
    return e;
}

} // namespace

TEST_CASE("a choice with less credit than an offered option is missed, options not offered do not count") {
    const Scenario s = hand_built();
    // Trust 1: "beter" was not offered, so "goed" was the best there was.
    CHECK(missed_choices({chose("goed", 1)}, s).empty());
    auto low = missed_choices({chose("vaag", 1)}, s);
    REQUIRE(low.size() == 1);
    CHECK(low[0].better_id == "goed");
    CHECK(low[0].why == "uitleg goed");
    CHECK(low[0].prompt == "Wat zeg je?");
    // Trust 3: "beter" was offered and credits more than "goed".
    auto high = missed_choices({chose("goed", 3)}, s);
    REQUIRE(high.size() == 1);
    CHECK(high[0].better_id == "beter");
    CHECK(high[0].better_credits == std::vector<std::string>{"LG4", "LG2"});
    CHECK(missed_choices({chose("beter", 3)}, s).empty());
}

TEST_CASE("a wrong quiz answer names the right one, a right answer and lines are not missed") {
    const Scenario s = hand_built();
    TranscriptEntry wrong;
    wrong.turn_id = "t2";
    wrong.node_id = "quiz";
    wrong.kind = EntryKind::Quiz;
    wrong.by_trainee = true;
    wrong.option_id = "ja";
    wrong.text = "Ja";
    wrong.correct = false;
    TranscriptEntry right = wrong;
    right.option_id = "nee";
    right.correct = true;
    TranscriptEntry line;
    line.kind = EntryKind::Line;
    line.text = "Goedemorgen.";
    auto m = missed_choices({line, wrong, right}, s);
    REQUIRE(m.size() == 1);
    CHECK(m[0].turn_id == "t2");
    CHECK(m[0].better_text == "Nee");
    CHECK(m[0].why == "Juist.");
    CHECK(m[0].better_credits == std::vector<std::string>{"LG3"});
}

TEST_CASE("played through: the worst strategy misses choices, and each missed one had a credited option") {
    const auto library = smo::test::cohort_library(smo::test::source_dir() / "scenarios");
    std::size_t worst_missed = 0;
    for (const auto& entry : library) {
        if (!entry.ok()) continue;
        Session worst = smo::test::played_session(entry, StrategyKind::Worst, 0, "w");
        for (const auto& m : missed_choices(worst.transcript, *entry.scenario)) {
            ++worst_missed;
            CHECK_FALSE(m.better_text.empty());
            const Node* node = entry.scenario->find_node(m.node_id);
            if (node != nullptr && node->kind == NodeKind::Choice) CHECK_FALSE(m.better_credits.empty());
        }
    }
    CHECK(worst_missed >= library.size());
}

TEST_CASE("the report lists the missed decisions with the better option, a best play has none listed") {
    const auto library = smo::test::cohort_library(smo::test::source_dir() / "scenarios");
    const auto& entry = library.front();
    auto report_of = [&](StrategyKind kind) {
        Session s = smo::test::played_session(entry, kind, 0, "t");
        SessionOutcome outcome = compute_outcome(s, *entry.scenario, smo::test::cohort_engine().rulebase());
        Strings strings;
        REQUIRE_FALSE(StringTable::load(smo::test::source_dir(), Language::Dutch, strings.nl));
        REQUIRE_FALSE(StringTable::load(smo::test::source_dir(), Language::English, strings.en));
        ReportInput in{&s, entry.scenario.get(), &outcome, nullptr};
        return std::make_pair(report_markdown(in, strings), outcome);
    };
    auto [worst_md, worst] = report_of(StrategyKind::Worst);
    REQUIRE_FALSE(worst.missed.empty());
    CHECK(worst_md.find("## Beslismomenten met een betere optie") != std::string::npos);
    CHECK(worst_md.find(worst.missed.front().better_text.substr(0, 40)) != std::string::npos);
    auto [best_md, best] = report_of(StrategyKind::Best);
    CHECK(best_md.find("## Beslismomenten met een betere optie") == std::string::npos);
}
