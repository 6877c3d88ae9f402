// Runtime behaviour for every node kind (doctest SCENARIO/GIVEN/WHEN/THEN).
#include "core/runtime.hpp"
#include "core/scenario_validator.hpp"
#include "runtime_fixture.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using namespace smo::core;
using smo::test::FakeEvaluator;
using smo::test::runtime_scenario;

namespace {

/// Plays the voorbespreking (correct answer) and reaches the first script decision.
void to_first_choice(Runtime& rt) {
    REQUIRE(rt.choose("goed").ok);
    REQUIRE(rt.advance().ok); // feedback -> script: line "open"
    REQUIRE(rt.phase() == Phase::Line);
    REQUIRE(rt.advance().ok); // line -> choice
    REQUIRE(rt.phase() == Phase::Choice);
}

std::vector<std::string> ids(const std::vector<ChoiceView>& choices) {
    std::vector<std::string> out;
    for (const auto& c : choices)
        out.push_back(c.id);
    return out;
}

const TranscriptEntry& last(const Runtime& rt) {
    return rt.transcript().back();
}

} // namespace

TEST_CASE("the runtime test scenario itself validates") {
    auto checked = check_scenario_text(smo::test::kRuntimeScenario, "runtime_test.json");
    for (const auto& d : checked.diagnostics)
        CHECK_MESSAGE(d.severity != DiagSeverity::Error, format_gcc(d));
}

SCENARIO("voorbespreking questions come first") {
    FakeEvaluator eval;
    GIVEN("a new runtime") {
        Runtime rt(runtime_scenario(), eval);
        THEN("it asks the first question with its answers") {
            CHECK(rt.phase() == Phase::Question);
            REQUIRE(rt.current_question() != nullptr);
            CHECK(rt.current_question()->id == "v1");
            CHECK(ids(rt.choices()) == std::vector<std::string>{"goed", "fout"});
            CHECK(rt.current_node() == nullptr);
        }
        WHEN("the trainee answers wrongly") {
            REQUIRE(rt.choose("fout").ok);
            THEN("the explanation is shown, nothing is credited, and advance() starts the script") {
                CHECK(rt.phase() == Phase::Feedback);
                CHECK(rt.feedback() == "Nee.");
                CHECK(last(rt).kind == EntryKind::Question);
                CHECK(last(rt).node_id == "voorbespreking/v1");
                CHECK(last(rt).correct == false);
                CHECK(last(rt).goals_credited.empty());
                REQUIRE(rt.advance().ok);
                CHECK(rt.phase() == Phase::Line);
                CHECK(rt.current_node()->id == "open");
            }
        }
        WHEN("an unknown answer is given") {
            auto r = rt.choose("misschien");
            THEN("it fails and nothing changes") {
                CHECK_FALSE(r.ok);
                CHECK_FALSE(r.error.empty());
                CHECK(rt.phase() == Phase::Question);
                CHECK(rt.transcript().empty());
            }
        }
    }
}

SCENARIO("line nodes record who said what and wait for advance()") {
    FakeEvaluator eval;
    GIVEN("the script has started") {
        Runtime rt(runtime_scenario(), eval);
        REQUIRE(rt.choose("goed").ok);
        REQUIRE(rt.advance().ok);
        THEN("the line is in the transcript with speaker and case") {
            const auto& e = last(rt);
            CHECK(e.kind == EntryKind::Line);
            CHECK(e.speaker == "lg");
            CHECK(e.speaker_name == "Baas");
            CHECK(e.speaker_role == "leidinggevende");
            CHECK(e.text == "Wat heeft Anna?");
            CHECK(e.case_id == "a");
            CHECK_FALSE(e.by_trainee);
        }
        WHEN("the UI calls a push that does not fit the phase") {
            THEN("it is refused") {
                CHECK_FALSE(rt.choose("func").ok);
                CHECK_FALSE(rt.submit("x").ok);
                CHECK_FALSE(rt.judge("acceptable").ok);
                CHECK_FALSE(rt.compose({}, "").ok);
                CHECK(rt.phase() == Phase::Line);
            }
        }
    }
}

SCENARIO("choice nodes: available options, verdicts, effects and snapshots") {
    FakeEvaluator eval;
    GIVEN("the first decision") {
        Runtime rt(runtime_scenario(), eval);
        to_first_choice(rt);
        THEN("options whose conditions fail are hidden") {
            CHECK(ids(rt.choices()) == std::vector<std::string>{"func", "diag"});
            CHECK(rt.current_node()->prompt == "Wat zeg je?");
        }
        WHEN("the trainee discloses the diagnosis") {
            REQUIRE(rt.choose("diag").ok);
            const auto& e = last(rt);
            THEN("the evaluator's verdict, the disclosure and the meter changes are recorded") {
                CHECK(e.kind == EntryKind::Choice);
                CHECK(e.by_trainee);
                CHECK(e.speaker == "coas");
                CHECK(e.option_id == "diag");
                REQUIRE(e.disclosed.size() == 1);
                CHECK(e.disclosed[0].item_id == "a_diag");
                CHECK(e.disclosed[0].category == "diagnosis");
                CHECK(e.disclosed[0].text == "Ze heeft een hernia.");
                REQUIRE(e.evaluation);
                CHECK(e.evaluation->verdict == smo::scoring::Verdict::Violation);
                CHECK(e.evaluation->rule_ids() == std::vector<std::string>{"CONF-DIAG"});
                REQUIRE(e.meters.size() == 2);
                CHECK(e.meters[0] == MeterChange{"trust", 5, 1});
                CHECK(e.meters[1] == MeterChange{"told", 0, 1});
                CHECK(rt.state().vars.at("trust") == 1);
                CHECK(e.feedback == "Diagnose!");
                REQUIRE(e.before);
                CHECK(e.before->node_id == "c1");
                CHECK(e.before->phase == Phase::Choice);
            }
            THEN("the evaluator heard the context of the moment") {
                CHECK(eval.last_context.smo_type == "individueel_opeenvolgend");
                CHECK(eval.last_context.worker_informed);
                CHECK(eval.last_context.kept_out == std::vector<std::string>{"private"});
                CHECK(eval.last_context.who_present ==
                      std::vector<std::string>{"coassistent", "bedrijfsarts", "leidinggevende"});
            }
            THEN("feedback is shown until advance()") {
                CHECK(rt.phase() == Phase::Feedback);
                REQUIRE(rt.advance().ok);
                CHECK(rt.current_node()->id == "hr_in");
            }
        }
        WHEN("meters are clamped to their range") {
            REQUIRE(rt.choose("func").ok);
            CHECK(last(rt).meters.at(0) == MeterChange{"trust", 5, 6});
        }
        WHEN("the state says trust is low (a resumed session)") {
            RuntimeState state = rt.state();
            state.vars["trust"] = 1;
            std::string error;
            auto resumed = Runtime::resume(runtime_scenario(), eval, state, rt.transcript(), error);
            REQUIRE(resumed);
            THEN("the conditional option is offered") {
                CHECK(ids(resumed->choices()) == std::vector<std::string>{"func", "diag", "secret"});
            }
        }
    }
}

SCENARIO("attendance changes and the case in discussion feed the scoring context") {
    FakeEvaluator eval;
    GIVEN("the line where HR enters and the manager leaves") {
        Runtime rt(runtime_scenario(), eval);
        to_first_choice(rt);
        REQUIRE(rt.choose("func").ok);
        REQUIRE(rt.advance().ok);
        THEN("present participants follow enter/leave in scenario order") {
            CHECK(rt.state().present == std::vector<std::string>{"coas", "ba", "hr"});
            CHECK(rt.context().who_present == std::vector<std::string>{"coassistent", "bedrijfsarts", "hr"});
            CHECK(last(rt).present == std::vector<std::string>{"coas", "ba", "hr"});
        }
    }
}

SCENARIO("compose nodes: the trainee picks case-file items and may add words") {
    FakeEvaluator eval;
    GIVEN("the compose step") {
        Runtime rt(runtime_scenario(), eval);
        to_first_choice(rt);
        REQUIRE(rt.choose("func").ok);
        REQUIRE(rt.advance().ok); // -> hr_in line
        REQUIRE(rt.advance().ok); // -> compose
        REQUIRE(rt.phase() == Phase::Compose);
        THEN("all items of the current case are offered") {
            auto items = rt.compose_items();
            REQUIRE(items.size() == 3);
            CHECK(items[0]->id == "a_func");
        }
        WHEN("functional items are shared with own words") {
            REQUIRE(rt.compose({"a_func", "a_dur"}, "Ik zie haar over drie weken.").ok);
            const auto& e = last(rt);
            THEN("the statement joins item texts and words, is allowed and credited") {
                CHECK(e.kind == EntryKind::Compose);
                CHECK(e.text ==
                      "Ze kan niet tillen. Over zes weken aan het werk. Ik zie haar over drie weken.");
                CHECK(e.items == std::vector<std::string>{"a_func", "a_dur"});
                CHECK(e.words == "Ik zie haar over drie weken.");
                CHECK(e.disclosed.size() == 2);
                CHECK(e.evaluation->verdict == smo::scoring::Verdict::Allowed);
                CHECK(e.goals_credited == std::vector<std::string>{"LG5"});
            }
        }
        WHEN("the diagnosis is included") {
            REQUIRE(rt.compose({"a_diag"}, "").ok);
            THEN("it is a violation and earns no credit") {
                CHECK(last(rt).evaluation->verdict == smo::scoring::Verdict::Violation);
                CHECK(last(rt).goals_credited.empty());
            }
        }
        WHEN("an item is not offered or chosen twice") {
            THEN("the push is refused") {
                CHECK_FALSE(rt.compose({"b_func"}, "").ok);
                CHECK_FALSE(rt.compose({"a_func", "a_func"}, "").ok);
                CHECK_FALSE(rt.compose({}, std::string(kMaxStatementBytes + 1, 'x')).ok);
                CHECK(rt.phase() == Phase::Compose);
            }
        }
    }
}

SCENARIO("free_text, observe and quiz nodes, then the end and the nabespreking") {
    FakeEvaluator eval;
    GIVEN("a runtime at the free-text step") {
        Runtime rt(runtime_scenario(), eval);
        to_first_choice(rt);
        REQUIRE(rt.choose("func").ok);
        REQUIRE(rt.advance().ok);
        REQUIRE(rt.advance().ok);
        REQUIRE(rt.compose({"a_func"}, "").ok);
        REQUIRE(rt.advance().ok);
        REQUIRE(rt.phase() == Phase::FreeText);
        WHEN("the trainee types a statement with a diagnosis") {
            REQUIRE(rt.submit("Ze heeft een hernia.").ok);
            THEN("the analyser's spans are kept and no credit is given") {
                const auto& e = last(rt);
                CHECK(e.kind == EntryKind::FreeText);
                REQUIRE(e.evaluation);
                REQUIRE(e.evaluation->hits.size() == 1);
                CHECK(e.evaluation->hits[0].spans.at(0).start == 13);
                CHECK(e.goals_credited.empty());
            }
        }
        WHEN("the trainee types good advice and goes on to the observe step") {
            REQUIRE(rt.submit("Pas het werk aan.").ok);
            CHECK(last(rt).goals_credited == std::vector<std::string>{"LG2"});
            REQUIRE(rt.advance().ok);
            REQUIRE(rt.phase() == Phase::Observe);
            THEN("the scripted line is in the transcript and the verdicts are offered") {
                CHECK(last(rt).kind == EntryKind::Line);
                CHECK(last(rt).speaker == "ba");
                CHECK(ids(rt.choices()) == std::vector<std::string>{"acceptable", "CONF-DIAG", "CONF-MED"});
                CHECK_FALSE(rt.context().worker_informed); // case b
            }
            AND_WHEN("the trainee names the right rule") {
                REQUIRE(rt.judge("CONF-DIAG").ok);
                THEN("the judgement is correct and credited, without a verdict on the trainee") {
                    const auto& e = last(rt);
                    CHECK(e.kind == EntryKind::Observe);
                    CHECK(e.correct == true);
                    CHECK(e.observe->expected_rule == "CONF-DIAG");
                    CHECK(e.observe->given_rule == "CONF-DIAG");
                    CHECK_FALSE(e.evaluation);
                    CHECK(e.goals_credited == std::vector<std::string>{"LG4"});
                }
                AND_WHEN("the quiz is answered and the end reached") {
                    REQUIRE(rt.advance().ok);
                    REQUIRE(rt.phase() == Phase::Quiz);
                    CHECK(ids(rt.choices()) == std::vector<std::string>{"w6", "w42"});
                    REQUIRE(rt.choose("w6").ok);
                    CHECK(last(rt).correct == true);
                    CHECK(last(rt).goals_credited == std::vector<std::string>{"LG3"});
                    REQUIRE(rt.advance().ok);
                    THEN("the conditional edge picks the good end (trust 6, nothing told)") {
                        CHECK(rt.phase() == Phase::End);
                        CHECK(rt.current_node()->id == "good_end");
                        CHECK(last(rt).kind == EntryKind::End);
                        CHECK(last(rt).text == "Goed gedaan.");
                    }
                    AND_THEN("the nabespreking follows, then Finished") {
                        REQUIRE(rt.advance().ok);
                        CHECK(rt.phase() == Phase::Question);
                        CHECK(rt.current_question()->id == "n1");
                        REQUIRE(rt.choose("beiden").ok);
                        CHECK(last(rt).node_id == "nabespreking/n1");
                        REQUIRE(rt.advance().ok);
                        CHECK(rt.phase() == Phase::Finished);
                        CHECK(rt.state().stage == Stage::Done);
                        CHECK_FALSE(rt.advance().ok);
                    }
                }
            }
            AND_WHEN("the trainee calls the line acceptable") {
                REQUIRE(rt.judge("acceptable").ok);
                THEN("it is a miss") {
                    CHECK(last(rt).correct == false);
                    CHECK(last(rt).observe->given_rule.empty());
                }
            }
            AND_WHEN("a verdict that is not offered is given") {
                CHECK_FALSE(rt.judge("PROC-ROLE").ok);
            }
        }
    }
}

SCENARIO("a decision can be retried from its snapshot") {
    FakeEvaluator eval;
    GIVEN("a trainee who disclosed the diagnosis and went on") {
        Runtime rt(runtime_scenario(), eval);
        to_first_choice(rt);
        REQUIRE(rt.choose("diag").ok);
        std::string turn = last(rt).turn_id;
        REQUIRE(rt.advance().ok);
        REQUIRE(rt.advance().ok);
        REQUIRE(rt.phase() == Phase::Compose);
        WHEN("retrying from that turn") {
            auto before_points = rt.retry_points();
            REQUIRE(rt.retry_from(turn).ok);
            THEN("state and transcript are as before the decision") {
                CHECK(std::find(before_points.begin(), before_points.end(), turn) != before_points.end());
                CHECK(rt.phase() == Phase::Choice);
                CHECK(rt.current_node()->id == "c1");
                CHECK(rt.state().vars.at("trust") == 5);
                CHECK(rt.transcript().back().kind == EntryKind::Line);
                CHECK(rt.retries() == 1);
                REQUIRE(rt.choose("func").ok);
                CHECK(last(rt).turn_id == turn);
            }
        }
        WHEN("retrying from a line turn") {
            CHECK_FALSE(rt.retry_from("t2").ok);
        }
    }
}

SCENARIO("the runtime is deterministic") {
    FakeEvaluator eval;
    auto play = [&]() {
        Runtime rt(runtime_scenario(), eval);
        to_first_choice(rt);
        REQUIRE(rt.choose("diag").ok);
        REQUIRE(rt.advance().ok);
        REQUIRE(rt.advance().ok);
        REQUIRE(rt.compose({"a_func", "a_diag"}, "x").ok);
        return rt;
    };
    Runtime a = play();
    Runtime b = play();
    REQUIRE(a.transcript().size() == b.transcript().size());
    for (std::size_t i = 0; i < a.transcript().size(); ++i) {
        CHECK(a.transcript()[i].turn_id == b.transcript()[i].turn_id);
        CHECK(a.transcript()[i].text == b.transcript()[i].text);
        CHECK(a.transcript()[i].meters == b.transcript()[i].meters);
    }
    CHECK(a.state() == b.state());
}

SCENARIO("a scenario without a way on ends in Stuck, not in a crash") {
    FakeEvaluator eval;
    std::string text = smo::test::kRuntimeScenario;
    // Make the first line's only edge conditional and false.
    auto pos = text.find("\"text\": \"Wat heeft Anna?\", \"next\": \"c1\"");
    REQUIRE(pos != std::string::npos);
    text.replace(pos, std::string("\"text\": \"Wat heeft Anna?\", \"next\": \"c1\"").size(),
                 "\"text\": \"Wat heeft Anna?\", \"next\": [{\"to\": \"c1\", \"when\": [{\"var\": \"told\", "
                 "\"value\": true}]}]");
    auto loaded = load_scenario_text(text, "stuck.json");
    REQUIRE(loaded.ok());
    Runtime rt(loaded.scenario, eval);
    REQUIRE(rt.choose("goed").ok);
    REQUIRE(rt.advance().ok);
    REQUIRE(rt.advance().ok);
    CHECK(rt.phase() == Phase::Stuck);
    CHECK_FALSE(rt.stuck_reason().empty());
    CHECK_FALSE(rt.advance().ok);
}

SCENARIO("turn records and offered goal credits feed the session score") {
    FakeEvaluator eval;
    Runtime rt(runtime_scenario(), eval);
    to_first_choice(rt);
    REQUIRE(rt.choose("func").ok);
    auto records = rt.turn_records();
    REQUIRE(records.size() == 2);
    CHECK(records[0].node_kind == "quiz"); // the voorbespreking question
    CHECK(records[0].quiz_correct == true);
    CHECK(records[1].node_kind == "choice");
    CHECK(records[1].statement == "Ze kan niet tillen.");
    CHECK(records[1].goals_credited == std::vector<std::string>{"LG4"});
    CHECK(rt.state().goal_available.at("LG1") == 1);
    CHECK(rt.state().goal_available.at("LG4") == 1);
}

SCENARIO("resume refuses a state the scenario cannot have") {
    FakeEvaluator eval;
    RuntimeState state;
    state.stage = Stage::Script;
    state.phase = Phase::Line;
    state.node_id = "verdwenen";
    std::string error;
    CHECK_FALSE(Runtime::resume(runtime_scenario(), eval, state, {}, error));
    CHECK(error.find("verdwenen") != std::string::npos);
}

SCENARIO("composed and free-text statements move the meters and get a response at the table") {
    FakeEvaluator eval;
    std::string text = smo::test::kRuntimeScenario;
    const std::string start = "\"start\": \"open\",";
    REQUIRE(text.find(start) != std::string::npos);
    text.replace(text.find(start), start.size(),
                 R"("reactions": {
                      "violation": {"effects": [{"var": "trust", "add": -3}], "speaker": "hr",
                                    "text": "Dat wil ik eigenlijk niet weten."},
                      "allowed": {"effects": [{"var": "trust", "add": 1}]},
                      "caution": {"speaker": "lg", "text": "Dat is alleen goed als zij ermee instemt."}},
                    "start": "open",)");
    auto loaded = load_scenario_text(text, "runtime_test.json");
    REQUIRE(loaded.ok());
    REQUIRE(loaded.scenario->reaction_to(smo::scoring::Verdict::Violation) != nullptr);
    GIVEN("the compose step, HR at the table") {
        Runtime rt(loaded.scenario, eval);
        to_first_choice(rt);
        REQUIRE(rt.choose("func").ok); // trust 5 + 3 -> 6 (max)
        REQUIRE(rt.advance().ok);
        REQUIRE(rt.advance().ok);
        REQUIRE(rt.phase() == Phase::Compose);
        const int trust = rt.state().vars.at("trust");
        WHEN("the statement breaches") {
            REQUIRE(rt.compose({"a_diag"}, "").ok);
            THEN("trust falls, recorded on the statement, and HR responds right after it") {
                CHECK(rt.state().vars.at("trust") == trust - 3);
                const auto& t = rt.transcript();
                REQUIRE(t.size() >= 2);
                const auto& statement = t[t.size() - 2];
                CHECK(statement.kind == EntryKind::Compose);
                REQUIRE(statement.meters.size() == 1);
                CHECK(statement.meters[0].after == trust - 3);
                CHECK(t.back().kind == EntryKind::Line);
                CHECK(t.back().speaker == "hr");
                CHECK(t.back().speaker_name == "Personeelszaken");
                CHECK(t.back().text == "Dat wil ik eigenlijk niet weten.");
                CHECK(rt.phase() == Phase::Feedback);
            }
        }
        WHEN("the statement is allowed") {
            REQUIRE(rt.compose({"a_func"}, "").ok);
            THEN("the meter moves (clamped) and nobody responds") {
                CHECK(rt.state().vars.at("trust") == std::min(trust + 1, 6));
                CHECK(rt.transcript().back().kind == EntryKind::Compose);
            }
        }
    }
    GIVEN("a free-text breach") {
        Runtime rt(loaded.scenario, eval);
        to_first_choice(rt);
        REQUIRE(rt.choose("func").ok);
        REQUIRE(rt.advance().ok);
        REQUIRE(rt.advance().ok);
        REQUIRE(rt.compose({"a_func"}, "").ok);
        REQUIRE(rt.advance().ok);
        REQUIRE(rt.phase() == Phase::FreeText);
        const int trust = rt.state().vars.at("trust");
        REQUIRE(rt.submit("Ze heeft een hernia.").ok);
        THEN("it moves the meters like a scripted option and gets the same response") {
            CHECK(rt.state().vars.at("trust") == trust - 3);
            CHECK(rt.transcript().back().text == "Dat wil ik eigenlijk niet weten.");
        }
    }
    GIVEN("a reaction by someone who is not at the table") {
        std::string absent = text;
        absent.replace(absent.find("\"speaker\": \"hr\""), 15, "\"speaker\": \"lg\"");
        auto other = load_scenario_text(absent, "runtime_test.json");
        REQUIRE(other.ok());
        Runtime rt(other.scenario, eval);
        to_first_choice(rt);
        REQUIRE(rt.choose("func").ok);
        REQUIRE(rt.advance().ok); // the manager leaves here
        REQUIRE(rt.advance().ok);
        REQUIRE(rt.compose({"a_diag"}, "").ok);
        THEN("the meters still move, but nobody absent speaks") {
            CHECK(rt.transcript().back().kind == EntryKind::Compose);
            CHECK(rt.state().vars.at("trust") < 6);
        }
    }
}

TEST_CASE("a reaction names an existing variable and participant, and speaker and text go together") {
    std::string text = smo::test::kRuntimeScenario;
    const std::string start = "\"start\": \"open\",";
    text.replace(
        text.find(start), start.size(),
        R"("reactions": {"violation": {"effects": [{"var": "vertrouwen", "add": -1}], "speaker": "niemand",
                                                "text": "Hm."},
                                  "caution": {"speaker": "hr"}},
                    "start": "open",)");
    auto checked = check_scenario_text(text, "runtime_test.json");
    std::vector<std::string> where;
    for (const auto& d : checked.diagnostics)
        where.push_back(d.pointer);
    CAPTURE(where);
    CHECK(std::find(where.begin(), where.end(), "/reactions/violation/effects/0/var") != where.end());
    CHECK(std::find(where.begin(), where.end(), "/reactions/violation/speaker") != where.end());
    CHECK(std::find(where.begin(), where.end(), "/reactions/caution") != where.end());
}
