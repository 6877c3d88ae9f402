// Findings completed with what only the scenario knows: the right quiz answer, the case's own
// facts in "Beter:", and no "Beter:" on what went well.
#include "core/finding_details.hpp"

#include <doctest/doctest.h>

using namespace smo::core;
using smo::scoring::Finding;

namespace {

Scenario scenario_with_case_and_quiz() {
    Scenario s;
    Case c;
    c.id = "anja";
    c.worker.name = "Anja de Wit";
    c.kept_out = {"private"};
    c.file = {{"diag", "Ze heeft een burn-out.", "diagnosis", ""},
              {"thuis", "Haar moeder is ernstig ziek.", "private", ""},
              {"kan", "Ze kan vier uur per dag werken, zonder avonddiensten.", "functional", ""},
              {"duur", "Ik verwacht over zes weken uitbreiding.", "duration", ""},
              {"meer", "Nog een derde zin.", "functional", ""}};
    s.cases = {c};
    Node quiz;
    quiz.id = "quiz";
    quiz.kind = NodeKind::Quiz;
    quiz.answers = {{"ja", "Ja, altijd", false, "Nee: alleen met toestemming.", ""},
                    {"nee", "Nee, alleen functioneel", true, "Juist.", ""}};
    s.nodes = {quiz};
    Question q;
    q.id = "rol";
    q.answers = {{"a", "Adviseur", true, "", ""}, {"b", "Beslisser", false, "", ""}};
    s.voorbespreking = {q};
    return s;
}

Finding finding(const std::string& turn, Finding::Kind kind, const std::string& rule) {
    Finding f;
    f.turn_id = turn;
    f.kind = kind;
    f.rule_id = rule;
    f.suggestion_nl = "generiek: 'hij is snel moe'";
    return f;
}

} // namespace

TEST_CASE("a case's own functional facts replace the generic example in 'Beter:', once per turn") {
    const Scenario s = scenario_with_case_and_quiz();
    const std::string better = case_suggestion(s, "anja");
    CHECK(better.find("Anja de Wit") != std::string::npos);
    CHECK(better.find("vier uur per dag") != std::string::npos);
    CHECK(better.find("zes weken") != std::string::npos);
    CHECK(better.find("burn-out") == std::string::npos);  // protected
    CHECK(better.find("moeder") == std::string::npos);    // kept out by the worker
    CHECK(better.find("derde zin") == std::string::npos); // two items are enough
    CHECK(case_suggestion(s, "onbekend").empty());

    TranscriptEntry said;
    said.turn_id = "t4";
    said.case_id = "anja";
    said.evaluation = smo::scoring::Evaluation{};
    std::vector<Finding> findings{finding("t4", Finding::Kind::ToImprove, "CONF-DIAG"),
                                  finding("t4", Finding::Kind::ToImprove, "CONF-SYMPT"),
                                  finding("t4", Finding::Kind::ToImprove, "PROC-ROLE"),
                                  finding("t4", Finding::Kind::WentWell, "ALLOW-FUNC")};
    add_scenario_details(findings, {said}, s);
    CHECK(findings[0].suggestion_nl == better);
    CHECK(findings[1].suggestion_nl.empty());                          // said once, not repeated per rule
    CHECK(findings[2].suggestion_nl == "generiek: 'hij is snel moe'"); // a process rule keeps its own
    CHECK(findings[3].suggestion_nl.empty());                          // praise gets no "Beter:"
}

TEST_CASE("a wrong quiz or question answer is explained and names the right answer") {
    const Scenario s = scenario_with_case_and_quiz();
    TranscriptEntry quiz;
    quiz.turn_id = "t2";
    quiz.kind = EntryKind::Quiz;
    quiz.node_id = "quiz";
    quiz.correct = false;
    quiz.feedback = "Nee: alleen met toestemming.";
    TranscriptEntry question;
    question.turn_id = "t1";
    question.kind = EntryKind::Question;
    question.node_id = "voorbespreking/rol";
    question.correct = false;
    REQUIRE(right_answer(s, quiz) != nullptr);
    CHECK(right_answer(s, quiz)->id == "nee");
    REQUIRE(right_answer(s, question) != nullptr);
    CHECK(right_answer(s, question)->id == "a");
    TranscriptEntry line;
    line.kind = EntryKind::Line;
    CHECK(right_answer(s, line) == nullptr);

    std::vector<Finding> findings{finding("t1", Finding::Kind::ToImprove, "LG1"),
                                  finding("t2", Finding::Kind::ToImprove, "LG3")};
    add_scenario_details(findings, {question, quiz}, s);
    CHECK(findings[0].suggestion_nl == "Het juiste antwoord: Adviseur");
    CHECK(findings[1].suggestion_nl == "Het juiste antwoord: Nee, alleen functioneel");
    CHECK(findings[1].explanation_nl == "Nee: alleen met toestemming.");
    CHECK(findings[1].suggestion_en == "The right answer: Nee, alleen functioneel");
}
