// Stances built from two cues in one sentence (scoring/stance.cpp): each half may be worded freely,
// and the same sentence without the other half, or said by someone else, is judged differently.
#include "engine_fixture.hpp"

using namespace smo::scoring;
using smo::test::context_with;
using smo::test::has_rule;
using smo::test::judge;

TEST_CASE("doubting the worker's sincerity is a judgement about him (CONF-BEHAV)") {
    for (const char* text :
         {"Ze maakt het volgens mij wat groter dan het is.",
          "Ik vraag me af of hij echt niet kan, of gewoon niet wil.",
          "Ik heb het gevoel dat hij de boel een beetje rekt.",
          "Zijn verhaal klopt volgens mij niet helemaal.",
          // an insinuation by timing, and conduct in the consulting room
          "Opvallend, hij meldt zich ziek precies de dag nadat zijn verlof werd afgewezen.",
          "Dennis is in mijn spreekkamer behoorlijk tekeer gegaan."}) {
        auto ev = judge(text);
        CHECK_MESSAGE(ev.verdict == Verdict::Violation, text);
        CHECK_MESSAGE(has_rule(ev, "CONF-BEHAV"), text);
    }
    // The same doubting frame about a prognosis, a deadline or the work judges nobody.
    for (const char* text : {"Volgens mij kan ze over drie weken weer halve dagen werken.",
                             "Ik vraag me af of de termijn van week 42 wel gehaald wordt.",
                             "Eerlijk gezegd denk ik dat de werkdruk op de afdeling te hoog is.",
                             "Ik denk dat zij zich heel bewust is van de risico's op de werkvloer."})
        CHECK_MESSAGE(judge(text).verdict == Verdict::Allowed, text);
    // Boundary-keeping about motivation is not a judgement.
    CHECK(judge("Over haar motivatie doe ik geen uitspraak; wel over wat ze nu kan.").verdict == Verdict::Allowed);
}

TEST_CASE("recommending a sanction, in any form, is not the physician's part (PROC-ROLE)") {
    for (const char* text :
         {"Een loonsanctie lijkt me hier wel op zijn plaats.",
          "Ik zou persoonlijk aansturen op een beëindiging van het dienstverband.",
          "Wat mij betreft verlengen jullie haar contract gewoon niet.",
          // a threat in the first person, and a sanction proposed as policy
          "Mis je de volgende afspraak weer, dan zorg ik er persoonlijk voor dat je loon wordt stopgezet.",
          "Mijn beleidsadvies: wie vaker dan drie keer ziek meldt, krijgt een dag loon ingehouden."})
        CHECK_MESSAGE(has_rule(judge(text), "PROC-ROLE"), text);
    // A sanction explained or left to the employer, and advice without a sanction, are allowed.
    for (const char* text : {"Het UWV kan een loonsanctie opleggen als de re-integratie tekortschiet.",
                             "Een waarschuwing geven is jullie beslissing; ik adviseer alleen over wat hij kan.",
                             "Als ik jullie was, zou ik eerst een werkplekonderzoek laten doen.",
                             "Ik zou met haar in gesprek gaan over het verlengen van haar contract zodra ze terug is."})
        CHECK_MESSAGE(judge(text).verdict == Verdict::Allowed, text);
}

TEST_CASE("the employer sent to question the worker about his health, or to record it (PROC-RECORD)") {
    for (const char* text :
         {"Het is handig als jullie bij de ziekmelding vragen wat iemand mankeert.",
          "Je kunt hem best af en toe vragen hoe het met zijn knie gaat en dat bijhouden.",
          "Houd in een lijstje bij welke beperkingen ze zelf bij jou noemt.",
          "Bel haar zelf even op, vraag wat ze nog wel en niet kan en zet dat in het verzuimsysteem.",
          "Mijn spreekuurrapportages kunnen voortaan gewoon in jullie HR-systeem."})
        CHECK_MESSAGE(has_rule(judge(text), "PROC-RECORD"), text);
    // What the employer may ask, the physician asking himself, a refusal, and limitations as the
    // physician gave them.
    for (const char* text :
         {"Je mag hem vragen wanneer hij denkt terug te komen en of er werk overgedragen moet worden.",
          "Jullie mogen vragen of het verzuim met een arbeidsongeval te maken heeft.",
          "Vraag hem vooral niet naar zijn diagnose.",
          "Leg in het verslag vast welke beperkingen ik heb doorgegeven en wanneer we evalueren.",
          "Houd bij welke taken hij weer oppakt en bespreek dat over twee weken met mij.",
          // the record refused, also when consent is offered
          "Ik snap dat je het wilt noteren, maar ook als hij het goedvindt hoort de aard van zijn "
          "klachten niet in jullie systeem. Noteer alleen de verwachte duur.",
          "Ook al zegt Gerben dat ik alles mag vertellen, de diagnose houd ik bij mij. Wat ik wel "
          "kan zeggen: vier uur per dag."})
        CHECK_MESSAGE(judge(text).verdict == Verdict::Allowed, text);
    // Describing today's practice in a policy meeting, in order to change it, is not an instruction.
    CHECK(judge("Leidinggevenden vragen nu vaak wat er aan de hand is; dat moet anders.",
                context_with({"bedrijfsarts", "leidinggevende", "hr"}, "thema_beleid"))
              .verdict == Verdict::Allowed);
}

TEST_CASE("context flips: who is sent to ask decides, and so does the meeting") {
    CHECK(has_rule(judge("Je kunt hem best vragen wat hij mankeert."), "PROC-RECORD"));
    // The physician asking in his own consultation is his work.
    CHECK(judge("Ik kan hem best vragen wat hij mankeert.").verdict == Verdict::Allowed);
    // The same doubting sentence about the figures judges no one; about the worker it does.
    CHECK(judge("Volgens mij maakt de nieuwe telling het groter dan het is.").verdict == Verdict::Allowed);
    CHECK(has_rule(judge("Volgens mij maakt ze het groter dan het is."), "CONF-BEHAV"));
    // An individual case is fine in its own SMO, not in a policy meeting.
    const std::string mark = "Mijn advies voor Sandra is om haar uren rustig op te bouwen.";
    CHECK(judge(mark).verdict == Verdict::Allowed);
    CHECK(has_rule(judge(mark, context_with({"bedrijfsarts", "leidinggevende", "hr"}, "thema_beleid")), "PROC-TYPE"));
}

TEST_CASE("the worker at the table decides: a question about what the specialist said is a caution") {
    auto ev = judge("Wil je zelf dat ik uitleg wat de specialist heeft gezegd, Ilse? Dan doe ik dat.",
                    context_with({"bedrijfsarts", "leidinggevende", "werknemer"}, "met_werknemer"));
    CHECK(ev.verdict == Verdict::Caution);
    CHECK(ev.condition() == Condition::WorkerPresentAsking);
    // Without the worker there, naming the specialist is a disclosure.
    CHECK(judge("Ik leg uit wat de specialist heeft gezegd.").verdict == Verdict::Violation);
}

TEST_CASE("the physician contacting a treater: consent of unknown quality is a caution (CONS-VALID)") {
    auto cited = judge("Met zijn toestemming neem ik contact op met zijn behandelaar.");
    CHECK(cited.verdict == Verdict::Caution);
    CHECK(cited.condition() == Condition::ExplicitConsent);
    CHECK(has_rule(cited, "CONS-VALID"));
    auto blanket = judge("Hij heeft bij indiensttreding een algemene machtiging getekend, dus ik bel gewoon zijn behandelaar.");
    CHECK(blanket.verdict == Verdict::Violation);
    CHECK(has_rule(blanket, "CONS-VALID"));
    // Consent cited to tell the employer what the treater said is no basis at all.
    CHECK(has_rule(judge("Met zijn toestemming vertel ik jullie wat zijn behandelaar heeft gezegd."), "CONS-NOBASIS"));
    // Consent to contact a treater covers that contact, not her private circumstances.
    smo::test::check_judged(
        Verdict::Violation, "CONF-PRIV",
        "Ze heeft schriftelijk toestemming gegeven om haar huisarts te benaderen, dus dan kan ik "
        "ook wel zeggen dat ze nog midden in de rouw zit om haar moeder.");
}

TEST_CASE("theme meetings: a general claim about a trade is theme content, data about a group is asked about") {
    const auto theme = context_with({"bedrijfsarts", "leidinggevende", "hr"}, "thema_beleid");
    CHECK(judge("Monteurs met schouderklachten kunnen vaak eerder terug als ze tijdelijk niet boven het hoofd werken.",
                theme)
              .verdict == Verdict::Allowed);
    auto data = judge("Bij de schoonmakers gaat het verzuim vooral over rugklachten.", theme);
    CHECK(data.verdict == Verdict::Caution);
    CHECK(data.condition() == Condition::GroupLargeEnough);
}

TEST_CASE("a relative's illness is the worker's private circumstance, his own is his diagnosis") {
    auto relative = judge("Zijn vrouw heeft kanker, daarom is hij vaak afwezig.");
    CHECK(has_rule(relative, "CONF-PRIV"));
    CHECK_FALSE(has_rule(relative, "CONF-DIAG"));
    CHECK(has_rule(judge("Hij heeft kanker, daarom is hij vaak afwezig."), "CONF-DIAG"));
    // With consent a private circumstance is a caution; his own diagnosis never is.
    CHECK(judge("Als hij het goed vindt, noem ik dat zijn vrouw ernstig ziek is.").verdict == Verdict::Caution);
}

TEST_CASE("group sizes said in passing, and a team named after its manager") {
    const auto theme = context_with({"bedrijfsarts", "leidinggevende", "hr"}, "thema_beleid");
    CHECK(judge("Bij de klantenservice, met 140 medewerkers, zien we vaker psychische uitval.", theme).verdict ==
          Verdict::Allowed);
    CHECK(has_rule(judge("Bij de klantenservice, met zes medewerkers, zien we vaker psychische uitval.", theme),
                   "GROUP-ANON"));
    auto team = judge("Binnen het team van Karin is overspannenheid de belangrijkste verzuimoorzaak.", theme);
    CHECK_FALSE(has_rule(team, "PROC-TYPE")); // Karin leads the team; nobody's case is discussed
    CHECK(team.verdict == Verdict::Caution);
    CHECK(has_rule(judge("Karin is overspannen; dat zie je terug in de cijfers.", theme), "PROC-TYPE"));
}

TEST_CASE("theme meetings: one person by role or place is a case, the trade is not") {
    const auto theme = context_with({"bedrijfsarts", "leidinggevende", "hr"}, "thema_beleid");
    for (const char* text : {"Jullie planner zit nu al weken thuis; zo zie je wat de werkdruk doet.",
                             "Een van jullie planners, die nu thuis zit, is daar een goed voorbeeld van.",
                             "Ik zag laatst nog iemand van jullie magazijn op mijn spreekuur met precies dit probleem.",
                             "Denk aan de collega die vorige maand van de steiger viel."})
        CHECK_MESSAGE(has_rule(judge(text, theme), "PROC-TYPE"), text);
    CHECK(judge("Jullie planners hebben gemiddeld de hoogste werkdruk; daar adviseer ik een tweede planner.", theme)
              .verdict == Verdict::Allowed);
}

TEST_CASE("emergency instructions without consent are a breach, even without naming anything") {
    auto without = judge("Zonder dat ik het met hem heb besproken: als hij valt en gaat schokken, bel 112.");
    CHECK(without.verdict == Verdict::Violation);
    CHECK(has_rule(without, "CONS-EMERG"));
    auto with = judge("Met zijn uitdrukkelijke toestemming: als hij valt en gaat schokken, bel 112.");
    CHECK(with.verdict == Verdict::Caution);
    CHECK(with.condition() == Condition::EmergencyMinimum);
}

TEST_CASE("a medical report passed to a casemanager: whose casemanager decides, not the document's name") {
    auto unknown = judge("Ik stuur de medische rapportage naar de verzuimconsulent.");
    CHECK(unknown.verdict == Verdict::Caution);
    CHECK(unknown.condition() == Condition::InsideFunctionalUnit);
    CHECK(has_rule(judge("Ik stuur de medische rapportage naar de verzuimconsulent van jullie."), "PROC-NEEDTOKNOW"));
    CHECK(judge("Ik stuur de medische rapportage naar de casemanager van de arbodienst.").verdict == Verdict::Allowed);
    // A treater's letter too: whose casemanager decides (NVAB-CM).
    CHECK(judge("Ik stuur de brief van de specialist door naar de casemanager.").verdict == Verdict::Caution);
    CHECK(judge("Ik stuur de brief van de specialist naar jullie eigen casemanager.").verdict == Verdict::Violation);
    CHECK(judge("Ik stuur de brief van de specialist naar de casemanager van de arbodienst.").verdict ==
          Verdict::Allowed);
    // The medical part of a document, and the physician's own consultation report, are documents too.
    for (const char* text :
         {"De casemanager krijgt van mij ook de medische paragraaf van de probleemanalyse.",
          "Ik stuur het verslag van mijn spreekuur door naar Marloes, de casemanager."}) {
        const auto ev = judge(text);
        CHECK_MESSAGE(ev.verdict == Verdict::Caution, text);
        CHECK_MESSAGE(ev.condition() == Condition::InsideFunctionalUnit, text);
    }
    smo::test::check_judged(Verdict::Violation, "CONF-REPORT",
                            "Het verslag van mijn spreekuur stuur ik vanmiddag naar HR.");
    for (const char* text :
         {"HR wil het complete dossier van mevrouw Bakker; dat mail ik vanmiddag naar P&O.",
          "Hij heeft getekend dat het neurologisch rapport naar HR mag, dus ik stuur het vandaag."})
        CHECK_MESSAGE(judge(text).verdict == Verdict::Violation, text);
    CHECK(judge("Ik geef de casemanager inzage in het medische dossier van Marloes.").verdict ==
          Verdict::Caution);
    // Told to a casemanager alone: her side decides, and with a manager at the table it is a breach.
    const std::string knee = "Sandra, voor jouw dossier: Kevin heeft een knieoperatie gehad.";
    const auto alone = judge(knee, context_with({"bedrijfsarts", "casemanager"}));
    CHECK(alone.verdict == Verdict::Caution);
    CHECK(alone.condition() == Condition::InsideFunctionalUnit);
    CHECK(judge(knee, context_with({"bedrijfsarts", "casemanager", "leidinggevende"})).verdict ==
          Verdict::Violation);
}

TEST_CASE("breaches in plain words: unwillingness, recurrence, a gesture upwards, advice later, his mail") {
    const std::pair<const char*, const char*> cases[] = {
        {"CONF-BEHAV",
         "Eerlijk gezegd denk ik dat het bij Wendy meer een kwestie is van niet willen dan van niet kunnen."},
        {"CONF-HIST", "Nou ja, het is bij haar niet de eerste keer, hè."},
        {"CONF-HINT", "Aan zijn handen en voeten mankeert niks, het zit eerder hierboven."},
        {"PROC-SAMEINFO",
         "Mijn advies krijgen jullie vandaag al per mail. Ayla zie ik pas volgende week, dan hoort zij "
         "het ook."},
        {"CONF-CONFID",
         "Ik kan jullie zijn mailtje doorsturen waarin hij uitlegt waarom hij niet meer wil komen."},
        {"CONF-CONFID", "Reken er maar op dat Youssef een deskundigenoordeel bij het UWV gaat aanvragen."}};
    for (const auto& [rule, text] : cases)
        smo::test::check_judged(Verdict::Violation, rule, text);
    // The same words about the work, or a sanction left to the employer, are allowed.
    CHECK(judge("Het is niet de eerste keer dat de planning schuift; laten we de roosters eerder vastleggen.")
              .verdict == Verdict::Allowed);
}

TEST_CASE("another's word repeated to refuse it, a case deferred to the regular SMO, an attendee greeted") {
    CHECK(judge("Jij noemt Oxazepam, Erik, maar over medicatie zeg ik hier niets. Wat telt: hij kan zijn "
                "werk doen.")
              .verdict == Verdict::Allowed);
    CHECK(has_rule(judge("Erik gebruikt Oxazepam, daarom kan hij niet rijden."), "CONF-MED"));
    CHECK(
        judge(
            "Ik ga hier geen individuele medewerkers bespreken. Als er een casus is die jullie zorgen baart, "
            "plannen we die in het reguliere SMO.",
            context_with({"bedrijfsarts", "hr", "or_lid"}, "thema_beleid"))
            .verdict == Verdict::Allowed);
    CHECK(
        judge(
            "Ik zie dat de maatschappelijk werker er vandaag ook bij zit. Over Gijs: hij kan weer volledige "
            "diensten draaien.",
            context_with({"bedrijfsarts", "hr", "leidinggevende", "maatschappelijk_werker"}))
            .verdict == Verdict::Allowed);
}
