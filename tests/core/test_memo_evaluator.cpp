// The cohort loader's memo: the same answer as the engine, asked once per distinct input.
#include "core/memo_evaluator.hpp"

#include <doctest/doctest.h>

#include <map>

using namespace smo;

namespace {
/// Counts calls and answers by text, so a wrong memo hit would show as a wrong verdict.
struct CountingEvaluator final : scoring::StatementEvaluator {
    mutable int calls = 0;
    scoring::Evaluation evaluate(const scoring::Statement& s, const scoring::Context& c) const override {
        ++calls;
        scoring::Evaluation e;
        e.verdict = s.text.find("burn-out") != std::string::npos && !c.worker_present()
                        ? scoring::Verdict::Violation
                        : scoring::Verdict::Allowed;
        e.suggestion_nl = s.text + "/" + c.smo_type;
        return e;
    }
};
} // namespace

TEST_CASE("the memo evaluator answers repeats from memory and never mixes inputs up") {
    CountingEvaluator inner;
    core::MemoEvaluator memo(inner);
    scoring::Statement breach{"Ze heeft een burn-out.", {}, true};
    scoring::Statement fine{"Ze kan halve dagen werken.", {}, true};
    scoring::Context table;
    scoring::Context with_worker;
    with_worker.who_present.push_back("werknemer");

    CHECK(memo.evaluate(breach, table).verdict == scoring::Verdict::Violation);
    CHECK(memo.evaluate(breach, table).verdict == scoring::Verdict::Violation);
    CHECK(inner.calls == 1);
    CHECK(memo.hits() == 1);
    // Same text, other context: asked again, and answered for that context.
    CHECK(memo.evaluate(breach, with_worker).verdict == scoring::Verdict::Allowed);
    CHECK(memo.evaluate(fine, table).suggestion_nl == "Ze kan halve dagen werken./individueel_opeenvolgend");
    CHECK(inner.calls == 3);
    CHECK(memo.misses() == 3);
}

TEST_CASE("memo keys differ whenever any field of statement or context differs") {
    scoring::Statement s{"tekst", {}, true};
    scoring::Context c;
    const std::string base = core::memo_key(s, c);
    std::map<std::string, std::string> variants;
    auto vary = [&](const char* what, scoring::Statement s2, scoring::Context c2) {
        variants[what] = core::memo_key(s2, c2);
    };
    vary("text", {"tekst.", {}, true}, c);
    vary("analyse", {"tekst", {}, false}, c);
    vary("tag", {"tekst", {{"diagnose", "", ""}}, true}, c);
    scoring::Context c2 = c;
    c2.worker_informed = false;
    vary("informed", s, c2);
    c2 = c;
    c2.group_size = 4;
    vary("group", s, c2);
    c2 = c;
    c2.kept_out = {"privesituatie"};
    vary("kept_out", s, c2);
    c2 = c;
    c2.smo_type = "thema";
    vary("type", s, c2);
    c2 = c;
    c2.participant_names = {"Wendy"};
    vary("names", s, c2);
    // Field boundaries: moving a character from one string to the next changes the key.
    c2 = c;
    c2.who_present = {"bedrijfsartsl", "eidinggevende", "hr"};
    vary("boundary", s, c2);
    for (const auto& [what, key] : variants) {
        INFO(what);
        CHECK(key != base);
    }
}
