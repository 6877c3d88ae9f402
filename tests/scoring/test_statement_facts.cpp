// The facts pass (scoring/statement_facts.hpp): what the rule families read about a statement.
#include "engine_fixture.hpp"
#include "scoring/statement_facts.hpp"

using namespace smo::scoring;

namespace {

// Keeps the analysis and context alive as long as the facts that refer to them.
struct Facts {
    Analysis analysis;
    Context context;
    std::string text;
    std::unique_ptr<StatementFacts> facts;

    Facts(std::string t, Context c, std::vector<TaggedDisclosure> tagged = {})
        : context(std::move(c)), text(std::move(t)) {
        smo::test::engine().analyser().analyse(text, analysis);
        facts = std::make_unique<StatementFacts>(
            gather_facts(text, tagged, context, analysis, smo::test::engine().lexicon()));
    }
    const StatementFacts* operator->() const { return facts.get(); }
};

std::vector<double> deadlines(const StatementFacts& f) {
    std::vector<double> weeks;
    for (const auto& s : f.step_sentences)
        for (const auto& t : s.times)
            weeks.push_back(t.weeks);
    return weeks;
}

} // namespace

TEST_CASE("the context: meeting kind, who hears it, who may not") {
    Facts individual("Hij kan niet tillen.", smo::test::context_with({"bedrijfsarts", "hr", "or_lid"}));
    CHECK(individual->meeting == MeetingKind::Individual);
    CHECK(individual->audience_without_confidentiality);
    CHECK(individual->excluded_role_present);
    CHECK_FALSE(individual->worker_present);

    Facts three_way("Hij kan niet tillen.", smo::test::context_with({"bedrijfsarts"}, "met_werknemer"));
    CHECK(three_way->meeting == MeetingKind::WithWorker);
    CHECK(three_way->worker_present); // a three-way meeting has the worker at the table
    CHECK_FALSE(three_way->audience_without_confidentiality);

    Facts unknown_type("Hij kan niet tillen.", smo::test::context_with({"bedrijfsarts"}, "mdo"));
    CHECK(unknown_type->meeting == MeetingKind::Individual);
}

TEST_CASE("Poortwachter time expressions: deadlines, the current week and relative times") {
    Context c;
    CHECK(deadlines(*Facts("Het plan van aanpak moet rond week 8 klaar zijn.", c).facts) == std::vector{8.0});
    // "we zitten nu in week 5" is today, not a deadline.
    CHECK(
        deadlines(*Facts("We zitten nu in week 5; de probleemanalyse volgt uiterlijk in week 6.", c).facts) ==
        std::vector{6.0});
    CHECK(deadlines(*Facts("Een probleemanalyse maak ik pas na drie maanden.", c).facts) ==
          std::vector{3 * 4.33}); // counted from the sick report
    CHECK(deadlines(*Facts("Over drie weken volgt de probleemanalyse.", c).facts).empty()); // from today
    CHECK(deadlines(*Facts("Na de probleemanalyse volgt binnen twee weken het plan van aanpak.", c).facts) ==
          std::vector{2.0});
    CHECK(deadlines(*Facts("De probleemanalyse maak ik als hij drie maanden thuis zit.", c).facts) ==
          std::vector{3 * 4.33});
    Facts skipped("De eerstejaarsevaluatie kunnen we overslaan.", c);
    REQUIRE(skipped->step_sentences.size() == 1);
    CHECK(skipped->step_sentences[0].skip != nullptr);
    CHECK(skipped->step_sentences[0].times.empty());
    CHECK(Facts("Hij kan niet tillen.", c)->step_sentences.empty());
}

TEST_CASE("disclosures: text, hints, tags, and boundary-keeping neutralises") {
    Context c;
    Facts diagnosis("Hij heeft een hernia.", c);
    REQUIRE(!diagnosis->disclosures.empty());
    CHECK(diagnosis->protected_content);
    CHECK(diagnosis->health_content);
    CHECK(diagnosis->case_content);
    CHECK(diagnosis->medical_data);

    Facts body_part("Het gaat om zijn knie.", c); // a body part named as the problem hints at a symptom
    bool symptom_hint = false;
    for (const auto& x : body_part->disclosures)
        symptom_hint |= x.hint && body_part->category_of(x).id == "symptom";
    CHECK(symptom_hint);

    Facts tagged("", c, {{"diagnosis", "", ""}, {"no-such-category", "", ""}});
    REQUIRE(tagged->disclosures.size() == 1); // unknown tags are ignored
    CHECK(tagged->disclosures[0].hit == nullptr);
    CHECK(tagged->protected_content);

    Facts boundary("Of het psychisch is, kan ik niet zeggen.", c);
    CHECK_FALSE(boundary->protected_content);
}

TEST_CASE("working hours are case content, process talk is not") {
    Context c;
    CHECK(Facts("Hij werkt voorlopig vier uur per dag.", c)->case_content);
    CHECK_FALSE(Facts("Dat stem ik eerst af met de werknemer.", c)->case_content);
}

TEST_CASE("theme meetings: a name is a case unless it addresses a participant") {
    Context c = smo::test::context_with({"bedrijfsarts", "hr"}, "thema_beleid");
    Facts vocative("Wendy, goed punt: laten we de cijfers per kwartaal bekijken.", c);
    CHECK(vocative->case_name == nullptr);
    CHECK(vocative->group_mode);
    Facts named_case("Neem nou Wendy, die zit al maanden thuis.", c);
    CHECK(named_case->individual_ref);
    CHECK_FALSE(named_case->group_mode);
    c.participant_names = {"Wendy Smit"};
    Facts participant("Ik ben het met Wendy eens over de cijfers per kwartaal.", c);
    CHECK(participant->case_name == nullptr);
}

TEST_CASE("echoes and emergencies") {
    Context c = smo::test::context_with({"bedrijfsarts", "werknemer", "leidinggevende"}, "met_werknemer");
    Facts echo("Je noemde net zelf je migraine, Sanne. Daar ga ik verder niet op in.", c);
    bool echoed = false;
    for (const auto& x : echo->disclosures)
        echoed |= x.echo;
    CHECK(echoed);
    Facts emergency("Met toestemming van Kees: bij een aanval op de zij leggen en 112 bellen.", Context{});
    CHECK(emergency->emergency);
    CHECK_FALSE(emergency->consent_negated);
    Facts no_consent("Ik heb het niet met hem overlegd, maar Wouter is suikerpatiënt, let op hypo's.",
                     Context{});
    CHECK(no_consent->consent_negated);
}
