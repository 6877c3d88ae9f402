// Judgements that hang on sentence structure rather than on one word: who says or asks what, what a
// clause leaves open, and which part of the sentence a number or a negation belongs to. Each case has
// its flip: the same words with the fact settled the other way.
#include "engine_fixture.hpp"
#include "scoring/number_words.hpp"

#include <initializer_list>
#include <string_view>
#include <utility>

using namespace smo::scoring;
using smo::test::check_judged;
using smo::test::check_verdicts;
using smo::test::context_with;
using smo::test::has_rule;
using smo::test::judge;

namespace {
const std::vector<std::string> kIndividual{"bedrijfsarts", "leidinggevende", "hr"};
const std::vector<std::string> kThreeWay{"bedrijfsarts", "leidinggevende", "hr", "werknemer"};
const std::vector<std::string> kTheme{"bedrijfsarts", "leidinggevende", "hr", "or_lid"};

} // namespace

TEST_CASE("announcing medical data for the table is a breach; refusing or asking is not (PROC-NEEDTOKNOW)") {
    for (const char* text : {"Ik leg uit wat de specialist heeft gezegd.", "Ik zal jullie zijn diagnose vertellen."}) {
        auto ev = judge(text);
        CHECK_MESSAGE(ev.verdict == Verdict::Violation, text);
        CHECK_MESSAGE(has_rule(ev, "PROC-NEEDTOKNOW"), text);
    }
    CHECK(judge("Ik vertel jullie niet wat zijn diagnose is.").verdict == Verdict::Allowed);
    CHECK(judge("Piet vroeg zelf of ik iets over zijn diagnose wilde zeggen.").verdict == Verdict::Allowed);
    // The worker at the table asked first: his answer decides.
    auto asked = judge("Wil je zelf dat ik uitleg wat de specialist heeft gezegd, Ilse?",
                       context_with(kThreeWay, "met_werknemer"));
    CHECK(asked.verdict == Verdict::Caution);
    CHECK(asked.condition() == Condition::WorkerPresentAsking);
}

TEST_CASE("contacting a treater: consent specific and settled, open, or not recorded (CONS-VALID)") {
    CHECK(judge("Ze heeft een formulier getekend specifiek voor mijn vraag aan de behandelaar, dus ik bel hem.")
              .verdict == Verdict::Allowed);
    auto open = judge("Hij heeft toestemming gegeven dat ik met de behandelaar overleg.");
    CHECK(open.verdict == Verdict::Caution);
    CHECK(open.condition() == Condition::ExplicitConsent);
    auto unrecorded =
        judge("Ik heb de behandelaar gesproken; ze stemde mondeling in, maar vastgelegd heb ik dat niet.");
    CHECK(unrecorded.verdict == Verdict::Violation);
    CHECK(has_rule(unrecorded, "CONS-VALID"));
    // The GP names no field: with consent of open quality the contact is a caution, not a disclosure.
    CHECK(judge("Met toestemming van Piet heb ik contact opgenomen met zijn huisarts.").verdict == Verdict::Caution);
}

TEST_CASE("people without a need to know: invited across a semicolon, or proposed in a question (PROC-PRESENT)") {
    CHECK(has_rule(judge("Ik heb Mehmet gevraagd om aan te schuiven; als directe collega van Ronald weet hij wat "
                         "diens werk inhoudt."),
                   "PROC-PRESENT"));
    CHECK(has_rule(judge("Zullen we voor het SMO van Annemiek niet gewoon haar hele ploeg uitnodigen?"),
                   "PROC-PRESENT"));
    CHECK(judge("Ik nodig zijn collega's niet uit voor het overleg over Ruud.").verdict == Verdict::Allowed);
    // The negation that makes a manager an outsider refuses nothing: he is asked to stay.
    check_judged(
        Verdict::Violation, "PROC-PRESENT",
        "Je mag blijven zitten, Gert, ook al valt Marloes niet onder jouw team; het gaat alleen over haar "
        "werktijden.");
    CHECK(judge("Gert, Marloes valt niet onder jouw team, dus ik vraag je niet te blijven zitten.").verdict ==
          Verdict::Allowed);
    // The social worker at the table is a participant, not the worker's provider.
    CHECK(judge("Fijn dat het maatschappelijk werk ook aanschuift. Over Rik: hij kan drie ochtenden per week "
                "werken.",
                context_with({"bedrijfsarts", "hr", "leidinggevende", "maatschappelijk_werker"}))
              .verdict == Verdict::Allowed);
    CHECK(
        judge("Goed dat jij er ook bent, Carla, vanuit het maatschappelijk werk. Voor Stefan adviseer ik een "
              "opbouw vanaf twee keer drie uur per week.",
              context_with({"bedrijfsarts", "hr", "leidinggevende", "maatschappelijk_werker"}))
            .verdict == Verdict::Allowed);
    CHECK(has_rule(judge("Rik heeft hulp van het maatschappelijk werk."), "CONF-PROV"));
    // With the worker at the table the whole meeting is his case.
    CHECK(has_rule(judge("Jasper, ik heb je buurman van de lopende band uitgenodigd.",
                         context_with(kThreeWay, "met_werknemer")),
                   "PROC-PRESENT"));
    // "wat hij wel en niet kan" lists abilities; it does not refuse the invitation.
    CHECK(has_rule(judge("Ik heb zijn twee collega's uitgenodigd, zodat ze horen wat hij wel en niet kan.",
                         context_with(kThreeWay, "met_werknemer")),
                   "PROC-PRESENT"));
    // Someone without a need to know at the table while a named worker's situation is discussed,
    // unless he is sent out first.
    const auto with_prevention = context_with({"bedrijfsarts", "hr", "leidinggevende", "preventiemedewerker"},
                                              "individueel_opeenvolgend");
    CHECK(has_rule(judge("Laat hem er gerust bij; hoe meer mensen meedenken over de situatie van Lisa, hoe beter.",
                         with_prevention),
                   "PROC-PRESENT"));
    CHECK(judge("Voordat we de situatie van Lisa bespreken, wil ik Hans vragen even buiten te wachten.",
                with_prevention)
              .verdict == Verdict::Allowed);
}

TEST_CASE("one person in a policy meeting: discussed or deferred (PROC-TYPE)") {
    const auto theme = context_with(kTheme, "thema_beleid");
    CHECK(has_rule(judge("De enige vrouwelijke monteur in de werkplaats zit al vier maanden thuis.", theme),
                   "PROC-TYPE"));
    CHECK(has_rule(judge("Hanna is nog steeds thuis.", theme), "PROC-TYPE"));
    CHECK(judge("Die vraag over Bram neem ik mee naar het individuele SMO; hier blijven we bij de cijfers.", theme)
              .verdict == Verdict::Allowed);
    // A sentence opening with "Ben" asks; it names no one.
    CHECK(judge("Ben je het daarmee eens, Wendy?", theme).verdict == Verdict::Allowed);
}

TEST_CASE("words that look like cues but are not: a verb, an alternative question") {
    CHECK(judge("Ik kan Yvonne mailen over de planning van haar uren.").verdict == Verdict::Allowed);
    CHECK(judge("Die nieuwe casemanager, Ricardo, valt die eigenlijk onder ons of onder jullie?").verdict ==
          Verdict::Allowed);
    CHECK(has_rule(judge("Onder ons: hij wil eigenlijk helemaal niet terug."), "PROC-SAMEINFO"));
}

TEST_CASE("a case count inside a stated group: 'twee van onze ruim 300' (GROUP-ANON)") {
    const auto theme = context_with(kTheme, "thema_beleid");
    auto small_cell =
        judge("Twee van onze ruim 300 chauffeurs zijn dit jaar uitgevallen met een alcoholprobleem.", theme);
    CHECK(small_cell.verdict == Verdict::Violation);
    CHECK(has_rule(small_cell, "GROUP-ANON"));
    CHECK(judge("Veertig van onze ruim 300 chauffeurs zijn dit jaar uitgevallen met rugklachten.", theme).verdict ==
          Verdict::Allowed);
    // A number of a job group in a known unit counts cases; the unit's staff does not.
    auto ward = theme;
    ward.group_size = 12;
    check_judged(Verdict::Violation, "GROUP-ANON",
                 "Op de OK zijn dit jaar drie verpleegkundigen uitgevallen met rugklachten.", ward);
    check_judged(Verdict::Violation, "GROUP-ANON",
                 "In de keuken, waar twaalf koks werken, heeft een op de drie verzuimd met huidklachten.",
                 ward);
    // A case of one, and a subgroup counted in passing ("dat zijn er maar twee").
    auto plant = theme;
    plant.group_size = 400;
    check_judged(Verdict::Violation, "GROUP-ANON",
                 "Van de ruim vierhonderd ambtenaren is er dit jaar één met kanker uitgevallen.", plant);
    check_judged(
        Verdict::Violation, "GROUP-ANON",
        "Bij de chauffeurs boven de 55 komt het verzuim vooral door suikerziekte; dat zijn er maar twee.",
        plant);
    // A body part as the seat of a unit's absence is a complaint category; a count of cases without the
    // unit's size, and a comparison with the national average, leave the size open.
    const auto policy = context_with(kTheme, "thema_beleid");
    for (const char* text :
         {"Op de lasafdeling zie ik dit jaar vaker verzuim door letsel aan handen en onderarmen.",
          "Bij klantcontact zijn dit jaar vijf mensen uitgevallen met rugklachten.",
          "Ongeveer vijftien procent van de chauffeurs zat thuis met burn-outklachten; dat ligt "
          "ruim boven het landelijk gemiddelde."}) {
        const auto ev = judge(text, policy);
        CHECK_MESSAGE(ev.verdict == Verdict::Caution, text);
        CHECK_MESSAGE(ev.condition() == Condition::GroupLargeEnough, text);
    }
    CHECK(judge("Landelijk zit ongeveer vijftien procent van de chauffeurs thuis met rugklachten.", policy)
              .verdict == Verdict::Allowed);
    // After "er" a number counts cases ("hangen er vier samen met mantelzorg"); a vague "enkelen" does not.
    auto team = policy;
    team.group_size = 45;
    check_judged(Verdict::Violation, "GROUP-ANON",
                 "Van de verzuimgevallen in de ploeg hangen er vier samen met mantelzorg thuis.", team);
    CHECK(judge("Van de veertig vakkenvullers hebben er enkelen verzuimd met hoofdpijnklachten.", team)
              .verdict == Verdict::Caution);
    check_judged(Verdict::Violation, "GROUP-ANON",
                 "Van de veertig verpleegkundigen hebben er dit jaar drie verzuimd vanwege rugklachten.",
                 team);
    // A unit's level held for months is no person at home for months.
    const auto individual = context_with({"bedrijfsarts", "hr", "casemanager"});
    const auto level = judge(
        "Het callcenter zit al maanden boven de tien procent verzuim, vooral door stemklachten.", individual);
    CHECK(level.verdict == Verdict::Caution);
    CHECK(level.condition() == Condition::GroupLargeEnough);
}

TEST_CASE("a week belongs to the step in its own clause (PROC-WVP)") {
    CHECK(has_rule(judge("Rond week 52 doen jullie de ziekmelding bij het UWV, dat kan samen met de "
                         "eerstejaarsevaluatie."),
                   "PROC-WVP"));
    CHECK(judge("Rond week 42 doen jullie de ziekmelding bij het UWV, en in week 52 de eerstejaarsevaluatie.")
              .verdict == Verdict::Allowed);
    // A step asked about, then answered with "die": the week is that step's.
    CHECK(has_rule(judge("De ziekmelding bij UWV? Die doen we hier pas in week 52, tegelijk met de "
                         "eerstejaarsevaluatie."),
                   "PROC-WVP"));
    CHECK(judge("De ziekmelding bij UWV? Die doen we in week 42.").verdict == Verdict::Allowed);
}

TEST_CASE("the worker's 'Nee?' repeated after the question declines his wish (CONS-VALID)") {
    const auto context = context_with(kThreeWay, "met_werknemer");
    const std::string question = "Esmée, wil jij dat ik hier iets uit de brief van je behandelaar bespreek?";
    CHECK(judge(question + " Nee? Prima, dan houden we het bij wat je kunt.", context).verdict ==
          Verdict::Allowed);
    CHECK(judge(question + " Ja? Prima.", context).verdict == Verdict::Caution);
}

TEST_CASE("beside a wage sanction 'nog' gives its length, which is a year at most (PROC-WVP)") {
    CHECK(has_rule(judge("Als het UWV vindt dat jullie te weinig gedaan hebben, moeten jullie nog twee jaar "
                         "extra loon doorbetalen."),
                   "PROC-WVP"));
    CHECK(judge("Als het UWV vindt dat jullie te weinig gedaan hebben, moeten jullie nog maximaal een jaar "
                "extra loon doorbetalen.")
              .verdict == Verdict::Allowed);
    // A maximum short of the year a sanction can last understates it.
    for (const char* text :
         {"Een loonsanctie van het UWV duurt hooguit drie maanden, dus dat risico is klein.",
          "Een loonsanctie van UWV duurt hooguit een half jaar."})
        CHECK_MESSAGE(has_rule(judge(text), "PROC-WVP"), text);
    CHECK(judge("Een loonsanctie van het UWV duurt hooguit een jaar.").verdict == Verdict::Allowed);
    // Without a sanction "nog" still counts from now: six more weeks is no deadline.
    CHECK(judge("De probleemanalyse komt er over nog zes weken aan.").verdict == Verdict::Allowed);
}

TEST_CASE("the timeline in one breath: each step with its own week (PROC-WVP)") {
    CHECK(
        judge(
            "Voor de jaarplanning: probleemanalyse uiterlijk week zes, plan van aanpak uiterlijk week acht, "
            "UWV-melding in week 42 en eerstejaarsevaluatie vóór week 52.")
            .verdict == Verdict::Allowed);
    check_judged(Verdict::Violation, "PROC-WVP", "De UWV-melding doen we in week 52.");
}

TEST_CASE("steps done together share their week; a point in time is not a sanction's length (PROC-WVP)") {
    // The week alone in its clause is the week of the steps done together.
    CHECK(has_rule(
        judge("De ziekmelding bij UWV doen jullie tegelijk met de eerstejaarsevaluatie, in week 52."),
        "PROC-WVP"));
    CHECK(has_rule(judge("De melding bij UWV doen we gewoon samen met de eerstejaarsevaluatie rond week 52."),
                   "PROC-WVP"));
    CHECK(judge("De eerstejaarsevaluatie doen we rond week 52, samen met haar.").verdict == Verdict::Allowed);
    // "na week 104" places the WIA application after the wage period, which is too late.
    CHECK(has_rule(judge("De WIA-aanvraag hoef je pas na week 104 te doen."), "PROC-WVP"));
    CHECK(judge("Het UWV kan na week 104 een loonsanctie opleggen als de re-integratie onvoldoende was.").verdict ==
          Verdict::Allowed);
}

TEST_CASE("Poortwachter steps by the wrong party, in the wrong order, or held back (PROC-WVP)") {
    const auto three_way = context_with(kThreeWay, "met_werknemer");
    // The employer reports to the UWV; the worker applies for WIA; employer and worker write the plan.
    CHECK(has_rule(judge("U moet zelf in week 42 de ziekmelding bij het UWV doen.", three_way), "PROC-WVP"));
    CHECK(judge("Je werkgever doet in week 42 de ziekmelding bij het UWV.", three_way).verdict == Verdict::Allowed);
    CHECK(has_rule(judge("De WIA-aanvraag moet je werkgever uiterlijk in week 93 indienen.", three_way), "PROC-WVP"));
    CHECK(judge("De WIA-aanvraag moet je zelf uiterlijk in week 93 indienen.", three_way).verdict == Verdict::Allowed);
    CHECK(has_rule(judge("Het plan van aanpak voor Marieke schrijf ik zelf."), "PROC-WVP"));
    CHECK(judge("Het plan van aanpak stellen jullie samen met Marieke op; ik adviseer daarbij.").verdict ==
          Verdict::Allowed);
    // Order: the plan follows the problem analysis and comes long before the first-year evaluation.
    CHECK(has_rule(judge("Het plan van aanpak kan wat mij betreft pas na de eerstejaarsevaluatie."), "PROC-WVP"));
    CHECK(judge("De eerstejaarsevaluatie komt pas na het plan van aanpak.").verdict == Verdict::Allowed);
    // A step open at any time has no waiting period.
    CHECK(has_rule(judge("Een deskundigenoordeel kun je pas aanvragen als je een jaar ziek bent.", three_way),
                   "PROC-WVP"));
    CHECK(judge("Een deskundigenoordeel kun je altijd aanvragen, ook nu al.", three_way).verdict == Verdict::Allowed);
    // A postponed step takes the later step's week.
    CHECK(has_rule(judge("De ziekmelding bij het UWV kan wachten tot de eerstejaarsevaluatie in week 52."),
                   "PROC-WVP"));
    // A week alone in its clause is not given to the steps of other clauses with their own week.
    CHECK(judge("Blijft iemand ziek, dan meldt HR hem in week 42 bij het UWV, en voor week 52 volgt de "
                "eerstejaarsevaluatie.")
              .verdict == Verdict::Allowed);
}

TEST_CASE("a negation ends where a new clause begins after its noun, not at 'niet dat'") {
    CHECK(has_rule(judge("Het is geen toeval dat die collega van de klachtenlijn sinds maart thuiszit.",
                         context_with({"bedrijfsarts", "leidinggevende", "hr"}, "thema_beleid")),
                   "PROC-TYPE"));
    CHECK(judge("Dat je hier zit, betekent niet dat ik over je medische situatie ga praten.",
                context_with(kThreeWay, "met_werknemer"))
              .verdict == Verdict::Allowed);
}

TEST_CASE("at the table: silence is no consent, a 'no' refuses, and side information excludes the worker") {
    const auto three_way = context_with(kThreeWay, "met_werknemer");
    CHECK(judge("Je zegt niets, Priya, dus ik neem aan dat het goed is dat ik vertel dat je thuis voor je zieke "
                "moeder zorgt.",
                three_way)
              .verdict == Verdict::Violation);
    CHECK(judge("Ik vroeg Sevda of ik haar wens mocht noemen en ze zei nee, maar ik denk dat het helpt: ze wil "
                "graag planner worden.",
                three_way)
              .verdict == Verdict::Violation);
    CHECK(has_rule(judge("Samira, wil je even op de gang wachten? Dan geef ik Harm nog wat achtergrond die alleen "
                         "voor hen bedoeld is.",
                         three_way),
                   "PROC-SAMEINFO"));
    // Her workplace is no private fact.
    CHECK(judge("Ik verwacht dat Svetlana binnen zes weken haar eigen werk op de kinderopvang weer kan doen.",
                three_way)
              .verdict == Verdict::Allowed);
    CHECK(judge("Svetlana heeft op dit moment geen kinderopvang, dus ze kan alleen ochtenden werken.", three_way)
              .verdict == Verdict::Violation);
}

TEST_CASE("an emergency instruction 'meegegeven' to the team is judged as an emergency, not as a document sent") {
    auto ev = judge("Voor het team wil ik meegeven: als Oğuz verward reageert of gaat zweten, geef hem meteen "
                    "druivensuiker en laat hem niet alleen.");
    CHECK(ev.verdict == Verdict::Caution);
    CHECK(ev.condition() == Condition::EmergencyMinimum);
    CHECK_FALSE(has_rule(ev, "PROC-NEEDTOKNOW"));
    // "meer hoeven ze niet te weten" keeps the instruction to its minimum; it hides nothing from him.
    auto minimum = judge("Voor de collega's: als Eddie onwel wordt, iets zoets geven en 112 bellen; meer hoeven ze "
                         "niet te weten.");
    CHECK(minimum.verdict == Verdict::Caution);
    CHECK_FALSE(has_rule(minimum, "PROC-SAMEINFO"));
}

TEST_CASE("their question refused in the next sentence; a job named after a field of medicine") {
    CHECK(judge("Je vraagt of het een hernia is. Of dat zo is of niet, zeg ik niet; wel kan Kees over twee weken "
                "beginnen met aangepast werk.")
              .verdict == Verdict::Allowed);
    CHECK(judge("Jullie noemen het steeds een burn-out; daar ga ik niet op in.").verdict == Verdict::Allowed);
    CHECK(has_rule(judge("Je vraagt of het een hernia is. Ja, dat klopt."), "CONF-DIAG"));
    CHECK(judge("Is ze zwanger? Daar kan ik niets over zeggen; dat hoort u van haar zelf.").verdict ==
          Verdict::Allowed);
    CHECK(judge("Of je hem kunt ontslaan? Daar ga ik niet over. Mijn advies is wel om spoor 2 te starten.").verdict ==
          Verdict::Allowed);
    // A case kept out of a policy meeting by sending it to the individual SMO.
    CHECK(judge("Jullie willen het over de situatie van Ellen hebben, maar dat is een individuele casus en die hoort "
                "in het reguliere SMO.",
                context_with({"bedrijfsarts", "hr", "directeur"}, "thema_beleid"))
              .verdict == Verdict::Allowed);
    CHECK(judge("Sofia is oncologieverpleegkundige en draait de komende vier weken alleen dagdiensten.").verdict ==
          Verdict::Allowed);
    CHECK(judge("Op de operatiekamer kan Thijs geen ingrepen langer dan twee uur assisteren.").verdict ==
          Verdict::Allowed);
    CHECK(has_rule(judge("Sofia is onder behandeling bij de oncoloog."), "CONF-PROV"));
}

TEST_CASE("wards as workplaces; plain-word breaches: a fall on holiday, a child wished for, a curious director") {
    CHECK(judge("Voor Lucas op de IC adviseer ik de komende zes weken geen patiënten te tillen.").verdict ==
          Verdict::Allowed);
    CHECK(has_rule(judge("Lucas ligt op de IC."), "CONF-TREAT"));
    CHECK(judge("Voor Lotte op de afdeling radiologie: de komende weken geen avonddiensten.").verdict ==
          Verdict::Allowed);
    CHECK(has_rule(judge("Noor is tijdens de skivakantie lelijk gevallen, dus met haar werk heeft het niks te maken."),
                   "CONF-CAUSE"));
    CHECK(judge("Ze zijn thuis al een hele tijd bezig om een kindje te krijgen; dat speelt mee.").verdict ==
          Verdict::Violation);
    // What the worker admitted in the consult is confidential, however functional it sounds.
    CHECK(has_rule(judge("Ze gaf in mijn spreekuur toe dat ze die zaterdag eigenlijk wel had kunnen werken."),
                   "CONF-CONFID"));
    CHECK(judge("Ze vertelde in mijn spreekuur dat ze weer vier uur per dag kan werken.").verdict ==
          Verdict::Allowed);
    CHECK(has_rule(judge("Dit zeg ik alleen tegen jullie en het komt niet in mijn verslag aan hem: hij komt niet "
                         "meer terug."),
                   "PROC-SAMEINFO"));
    CHECK(has_rule(judge("Bel hem elke dag op en vraag wanneer hij terugkomt, dan voelt hij de druk wel."),
                   "PROC-ROLE"));
    CHECK(has_rule(judge("Dat gesprek aan het eind van het eerste jaar kunnen we wat mij betreft overslaan."),
                   "PROC-WVP"));
    // A word mentioned, other people's condition, a clinic's name, others' words refused in the sentence.
    CHECK(judge("In het conceptverslag staat het woord 'depressief'. Dat haal ik eruit.").verdict == Verdict::Allowed);
    CHECK(judge("Mohamed geeft les op een school voor kinderen met ADHD.").verdict == Verdict::Allowed);
    CHECK(judge("Femke, de secretaresse van de TIA-poli, kan volgende week weer halve dagen werken.").verdict ==
          Verdict::Allowed);
    CHECK(judge("Jij noemt het net een hernia, maar dat is jouw woord en niet het mijne.").verdict ==
          Verdict::Allowed);
    CHECK(judge("Dat ze op de afdeling zeggen dat Tessa een burn-out heeft, hoor ik wel, maar daar ga ik niet op in.")
              .verdict == Verdict::Allowed);
    CHECK(has_rule(judge("Laten we zeggen dat het iets met haar hart is; meer hoeven jullie niet te weten."),
                   "CONF-HINT"));
    // A negation before her name is not hers: "Ik herhaal niet wat Chantal jullie zelf heeft gemeld".
    CHECK(judge("Ik herhaal niet wat Chantal jullie zelf heeft gemeld: ze is zwanger.").verdict == Verdict::Allowed);
    CHECK(judge("Ze is zwanger, maar dat weten jullie officieel nog niet.").verdict == Verdict::Violation);
    // Her notice denied, and the physician not telling either, is still her notice denied.
    CHECK(judge("Bo heeft het jullie zelf nog niet gemeld en ik ga dat ook niet doen, maar zet haar niet meer op "
                "werk met cytostatica.")
              .verdict == Verdict::Violation);
    // Consult content in plain words, at the table.
    CHECK(judge("Ruben, je vertelde me dat je 's nachts bijna geen oog meer dichtdoet.",
                context_with(kThreeWay, "met_werknemer"))
              .verdict == Verdict::Violation);
    CHECK(has_rule(judge("Mijn advies: begin maar over een vertrekregeling met Rik."), "PROC-ROLE"));
    CHECK(has_rule(judge("Als ik jou was, zou ik hem eens stevig de les lezen."), "PROC-ROLE"));
    CHECK(has_rule(judge("Ik vertel jullie vandaag eerst mijn conclusie; met haar zelf bespreek ik het pas volgende "
                         "week."),
                   "PROC-SAMEINFO"));
    const auto director = context_with({"bedrijfsarts", "hr", "directeur"}, "individueel_opeenvolgend");
    CHECK(has_rule(judge("De directeur schuift aan omdat hij benieuwd is. Priscilla kan drie ochtenden werken.",
                         director),
                   "PROC-PRESENT"));
    CHECK(judge("De directeur schuift aan omdat hij benieuwd is. Priscilla kan drie ochtenden werken.", director)
              .verdict == Verdict::Violation);
}

TEST_CASE("Poortwachter: the worker named as the one to report, a step made to wait for another, half a year") {
    CHECK(has_rule(judge("De melding bij het UWV in week 42 moet Chantal zelf doen."), "PROC-WVP"));
    CHECK(has_rule(judge("Een deskundigenoordeel kunt u pas aanvragen als de eerstejaarsevaluatie achter de rug is."),
                   "PROC-WVP"));
    CHECK(has_rule(judge("Het plan van aanpak hoeft pas na een half jaar klaar te zijn."), "PROC-WVP"));
    CHECK(judge("Over een half jaar kijken we of de eerstejaarsevaluatie nodig is.").verdict != Verdict::Violation);
}

TEST_CASE("an estimate of time is a deadline: 'een maand of drie' (PROC-WVP)") {
    CHECK(has_rule(judge("Het plan van aanpak hoeft pas na een maand of drie op papier te staan."), "PROC-WVP"));
    // Abbreviated weeks as trainees type them.
    CHECK(has_rule(judge("de WIA aanvraag moet uiterlijk in wk 104 bij het UWV liggen"), "PROC-WVP"));
    CHECK(judge("de ziekmelding bij het UWV doen jullie in wk 42").verdict == Verdict::Allowed);
    CHECK(judge("De probleemanalyse ligt er binnen een week of vijf.").verdict == Verdict::Allowed);
}

TEST_CASE("refusing yes or no to a guessed diagnosis keeps it out; asking about complaints names none") {
    CHECK(judge("Je vraagt of het longcovid is, Henk, maar op die vraag geef ik geen ja en geen nee.").verdict ==
          Verdict::Allowed);
    CHECK(judge("Ik geef jullie de diagnose: het is longcovid.").verdict == Verdict::Violation);
    CHECK(judge("Ik raad jullie af om naar zijn klachten te vragen.").verdict == Verdict::Allowed);
    CHECK(judge("Ik raad jullie af om naar zijn hartklachten te vragen.").verdict == Verdict::Violation);
}

TEST_CASE("sanction advice with the verb split or under a litotes; credibility doubted politely") {
    CHECK(has_rule(judge("Als het aan mij lag, zetten jullie het loon van Pieter stop totdat hij weer verschijnt."),
                   "PROC-ROLE"));
    CHECK(judge("Als het aan mij lag, betalen jullie het loon van Pieter gewoon door.").verdict == Verdict::Allowed);
    CHECK(has_rule(judge("Mocht hij de afspraken weer niet nakomen, dan zou ik als werkgever niet aarzelen om het loon "
                         "op te schorten."),
                   "PROC-ROLE"));
    CHECK(has_rule(judge("Ik ben er nog niet van overtuigd dat het allemaal zo zwaar is als Jenny het schetst."),
                   "CONF-BEHAV"));
    CHECK(has_rule(judge("Wat Stefan mij vertelt en wat ik zie, dat strookt niet echt met elkaar."), "CONF-BEHAV"));
}

TEST_CASE("sideways partisanship, the employer told first, the employer sent to ask and register") {
    const auto individual =
        context_with({"bedrijfsarts", "leidinggevende", "hr"}, "individueel_opeenvolgend");
    check_judged(
        Verdict::Violation, "PROC-ROLE",
        "Mocht Dirk volgende week weer niet komen opdagen, dan weten jullie wel wat je te doen staat.",
        individual);
    check_judged(
        Verdict::Violation, "PROC-ROLE",
        "Ik zeg het maar eerlijk, Sanne: misschien is het voor iedereen beter als je ergens anders met een "
        "schone lei begint.",
        context_with({"bedrijfsarts", "werknemer", "leidinggevende"}, "met_werknemer"));
    check_judged(
        Verdict::Violation, "PROC-SAMEINFO",
        "Ik heb het Joost zelf nog niet verteld, maar jullie mogen het alvast weten: hij kan niet meer als "
        "buschauffeur werken.",
        individual);
    check_judged(
        Verdict::Violation, "PROC-RECORD",
        "Vraag haar bij het volgende verzuimgesprek gewoon zelf wat ze wel en niet kan, en zet dat dan even "
        "in Youforce.",
        individual);
    // The whole management team cannot all need the feedback.
    check_judged(Verdict::Violation, "PROC-NEEDTOKNOW",
                 "Mijn terugkoppeling over Gerrit zet ik in de cc naar het hele MT.", individual);
}

TEST_CASE("advice announced before a colon: 'Mijn advies: stop per direct zijn loon' (PROC-ROLE)") {
    CHECK(has_rule(judge("Joost heeft twee spreekuren overgeslagen. Mijn advies: stop per direct zijn loon."),
                   "PROC-ROLE"));
    CHECK(judge("Joost heeft twee spreekuren overgeslagen. Mijn advies: plan een nieuw spreekuur in.").verdict ==
          Verdict::Allowed);
}

TEST_CASE("advice to stop pay: filler words and the UWV in another clause do not hide it (PROC-ROLE)") {
    CHECK(has_rule(judge("Als je het mij vraagt kunnen jullie zijn loon gewoon stopzetten, hij werkt niet mee en het "
                         "UWV gaat jullie daar heus wel in steunen."),
                   "PROC-ROLE"));
    // The UWV's own sanction, in the same clause, is process information.
    CHECK_FALSE(has_rule(judge("Een loonsanctie legt het UWV op, niet ik."), "PROC-ROLE"));
}

TEST_CASE("'hoort niet in het verslag' keeps health data out of the minutes (PROC-RECORD)") {
    CHECK(judge("De diagnose hoort niet in het verslag.").verdict == Verdict::Allowed);
    CHECK(judge("De diagnose moet je niet vastleggen.").verdict == Verdict::Allowed);
    CHECK(has_rule(judge("Zet de diagnose in het verslag."), "PROC-RECORD"));
}

TEST_CASE("records, secrecy and echoes read in their sentence (PROC-RECORD, PROC-SAMEINFO, CONS-NOBASIS)") {
    // A policy written down is no health record.
    CHECK_FALSE(has_rule(judge("Wie haar zwangerschap meldt, krijgt een werkplek zonder nachtwerk. Laten we dat "
                               "vastleggen in het beleid.",
                               context_with(kTheme, "thema_beleid")),
                         "PROC-RECORD"));
    // Not yet agreed with her, so nothing said: no side arrangement.
    CHECK_FALSE(has_rule(judge("Ik heb dat nog niet met haar afgestemd, dus ik zeg er vandaag niets over."),
                         "PROC-SAMEINFO"));
    CHECK(has_rule(judge("Ik heb het nog niet met haar besproken, maar ze gaat niet meer terug naar de nachtdienst."),
                   "PROC-SAMEINFO"));
    // Confirming what the worker said himself builds on it.
    const auto three_way = context_with(kThreeWay, "met_werknemer");
    CHECK(judge("Zoals Nadia net zelf al zei, gaat het inderdaad om reuma.", three_way).verdict ==
          Verdict::Violation);
    CHECK(judge("Zoals Nadia net zelf al zei, gaat het om reuma.", three_way).verdict == Verdict::Caution);
}

TEST_CASE("a person in a refused question is no case in a policy meeting (PROC-TYPE)") {
    const auto theme = context_with(kTheme, "thema_beleid");
    CHECK_FALSE(has_rule(judge("Of die collega in deze cijfers zit, kan ik niet zeggen.", theme), "PROC-TYPE"));
    CHECK(has_rule(judge("Die collega zit ook in deze cijfers, met zijn rugklachten.", theme), "PROC-TYPE"));
}

TEST_CASE("group figures shown in a policy meeting are not documents sent (PROC-NEEDTOKNOW)") {
    auto ev = judge("Ik laat zien hoeveel medewerkers van de 400 dit jaar met rugklachten zijn uitgevallen.",
                    context_with(kTheme, "thema_beleid"));
    CHECK_FALSE(has_rule(ev, "PROC-NEEDTOKNOW"));
}

TEST_CASE("Dutch numbers written as one word") {
    const std::pair<const char*, int> cases[] = {{"vijfenzestig", 65},      {"honderdtwintig", 120},
                                                 {"tweeenveertig", 42},     {"tweehonderdvijftig", 250},
                                                 {"duizend", 1000},         {"drieduizendvijfhonderd", 3500},
                                                 {"veertienhonderd", 1400}, {"twaalfhonderdvijftig", 1250}};
    for (const auto& [word, value] : cases) {
        auto n = parse_number_word(word);
        REQUIRE_MESSAGE(n, word);
        CHECK_MESSAGE(n->value == value, word);
        CHECK_FALSE(n->ordinal);
    }
    auto ordinal = parse_number_word("tweeenveertigste");
    REQUIRE(ordinal);
    CHECK(ordinal->value == 42);
    CHECK(ordinal->ordinal);
    // Plain units stay the lexicon's ("een" is also the article); no made-up compounds.
    for (const char* not_a_number : {"een", "drie", "tienduizendje", "eenentwintigen", "vijfentien", "weken"})
        CHECK_MESSAGE(!parse_number_word(not_a_number), not_a_number);
    CHECK(parse_number_word("zevenhonderdzeventien")->value == 717);
    // In a policy meeting a group size written out is read: sixty-five is large enough.
    const auto theme = context_with(kTheme, "thema_beleid");
    CHECK(judge("Uit het PMO bij de lakstraat, vijfenzestig deelnemers, komt naar voren dat veel mensen "
                "luchtwegklachten melden.",
                theme)
              .verdict == Verdict::Allowed);
    CHECK(has_rule(judge("Uit het PMO bij de lakstraat, zeven deelnemers, komt naar voren dat veel mensen "
                         "luchtwegklachten melden.",
                         theme),
                   "GROUP-ANON"));
}

TEST_CASE("what the worker said: presence is not his words, and consult content with consent") {
    // "zit er zelf bij" takes his presence as consent; it does not make the MRI his own words.
    check_judged(Verdict::Violation, "CONS-VALID",
                 "Ahmed zit er zelf bij, dus ik kan het gewoon zeggen: op de MRI was niks ernstigs te zien.",
                 context_with(kThreeWay, "met_werknemer"));
    auto consent = judge("Ruben vertelde me in het consult dat hij liever naar de planning wil, en dat breng ik hier in "
                         "omdat hij zei dat het mocht.");
    CHECK(consent.verdict == Verdict::Caution);
    CHECK(consent.condition() == Condition::ExplicitConsent);
    CHECK(judge("Ruben vertelde me in het consult dat hij liever naar de planning wil.").verdict ==
          Verdict::Violation);
}

TEST_CASE("doubting the worker's will in plain words is a judgement (CONF-BEHAV); his capacity is not") {
    for (const char* text : {"Eerlijk gezegd krijg ik het gevoel dat ze er gewoon geen zin meer in heeft.",
                             "Ik denk eerlijk gezegd dat de wil er niet echt is.",
                             "Ik heb het idee dat Sandra meer kan dan ze ons laat zien."})
        check_judged(Verdict::Violation, "CONF-BEHAV", text,
                     context_with(kIndividual, "individueel_opeenvolgend"));
    CHECK(judge("Sandra kan op dit moment vier uur per dag werken, zonder klantcontact.",
                context_with(kIndividual, "individueel_opeenvolgend"))
              .verdict == Verdict::Allowed);
}

TEST_CASE("pay stopped or held back in a split verb is sanction advice (PROC-ROLE); the UWV's is not") {
    for (const char* text : {"Als het aan mij lag, zetten jullie de loonbetaling van Jeroen even stop.",
                             "Mijn advies: bij een derde ziekmelding houden jullie gewoon een dag loon in."})
        check_judged(Verdict::Violation, "PROC-ROLE", text,
                     context_with(kIndividual, "individueel_opeenvolgend"));
    CHECK(judge("Als het aan mij lag, houden jullie het contact met Jeroen wekelijks in stand.",
                context_with(kIndividual, "individueel_opeenvolgend"))
              .verdict == Verdict::Allowed);
}

TEST_CASE("a wage sanction's length is not its deadline; the WIA application is the worker's (PROC-WVP)") {
    CHECK(judge("Schiet de re-integratie tekort, dan kan UWV na twee jaar tot maximaal een jaar extra "
                "loondoorbetaling opleggen.",
                context_with(kTheme, "thema_beleid"))
              .verdict == Verdict::Allowed);
    auto longer =
        judge("Schiet de re-integratie tekort, dan kan UWV tot maximaal drie jaar extra loondoorbetaling "
              "opleggen.",
              context_with(kTheme, "thema_beleid"));
    CHECK(longer.verdict == Verdict::Violation);
    check_judged(Verdict::Violation, "PROC-WVP",
                 "De WIA-aanvraag regelt je werkgever straks voor je, Annemiek.",
                 context_with(kThreeWay, "met_werknemer"));
    CHECK(judge("De WIA-aanvraag doe je zelf, Annemiek; je werkgever helpt met de stukken.",
                context_with(kThreeWay, "met_werknemer"))
              .verdict == Verdict::Allowed);
}

TEST_CASE(
    "one colleague described by job and a particular is an individual case in a theme meeting (PROC-TYPE)") {
    for (const char* text :
         {"Over mantelzorg gesproken, de nieuwe conciërge die voor zijn moeder zorgt loopt daar "
          "ook tegenaan.",
          "Degene die sinds de kerstborrel niet meer geweest is, komt voor de zomer niet terug.",
          "De wiskundedocent die rond de herfstvakantie stopte, past precies in dit beeld."})
        check_judged(Verdict::Violation, "PROC-TYPE", text, context_with(kTheme, "thema_beleid"));
    CHECK(judge("Een docent die veel lesuren draait, heeft baat bij voldoende pauzes.",
                context_with(kTheme, "thema_beleid"))
              .verdict == Verdict::Allowed);
}

TEST_CASE("someone who did something is a case in a theme meeting, someone who does is anyone (PROC-TYPE)") {
    const auto theme = context_with(kTheme, "thema_beleid");
    for (const char* text : {"Ter illustratie een geval uit de keuken, zonder naam: iemand die na een half "
                             "jaar via een aangepast "
                             "rooster weer volledig aan het werk kwam.",
                             "Ik had laatst op het spreekuur iemand van de nachtdienst bij wie het rooster "
                             "echt de oorzaak van de "
                             "uitval was."})
        check_judged(Verdict::Violation, "PROC-TYPE", text, theme);
    CHECK(judge("Iemand die na een half jaar terugkomt, heeft baat bij een rooster dat langzaam opbouwt.",
                theme)
              .verdict == Verdict::Allowed);
    check_judged(
        Verdict::Violation, "PROC-TYPE",
        "Ik had laatst nog iemand van de inpakafdeling op het spreekuur die toegaf dat ze zich ziek meldt om "
        "haar weekenddiensten te ontlopen.",
        theme);
    check_judged(Verdict::Violation, "PROC-TYPE",
                 "Kijk naar die laborante bij ons vorig jaar: maandenlang met oplosmiddelen gewerkt.", theme);
    // A hypothetical person stays anyone after the colon; the role in a procedure is anyone too.
    CHECK(judge("Stel dat iemand het niet eens is met mijn oordeel: dan kan hij een second opinion vragen.",
                theme)
              .verdict == Verdict::Allowed);
    CHECK(has_rule(judge("Dan kan hij een second opinion vragen.", theme), "PROC-TYPE"));
    CHECK(
        judge("Voor het nieuwe protocol: de leidinggevende laat de medewerker vooraf weten dat hij besproken "
              "wordt.",
              theme)
            .verdict == Verdict::Allowed);
}

TEST_CASE("drinking in everyday words is a cause (CONF-*), also with consent reported by a relative") {
    auto ev = judge(
        "Zijn vrouw belde dat ik alles mocht vertellen, dus eerlijk is eerlijk: de drank speelt een rol.",
        context_with(kIndividual, "individueel_opeenvolgend"));
    CHECK(ev.verdict == Verdict::Violation);
    CHECK(judge("Op de afdeling staat geen drank meer in de koelkast sinds het nieuwe beleid.",
                context_with(kTheme, "thema_beleid"))
              .verdict == Verdict::Allowed);
}

TEST_CASE(
    "a boundary around what stays out of the meeting or the record keeps the word out of the disclosure") {
    check_verdicts({"Ik heb nergens gezegd dat het bij meneer Bakker om iets psychisch gaat.",
                    "In de registratie horen alleen de afspraken; klachten of oorzaken zet u er niet in."},
                   Verdict::Allowed, context_with(kIndividual, "individueel_opeenvolgend"));
    CHECK(judge("Ik heb gezegd dat het bij meneer Bakker om iets psychisch gaat.",
                context_with(kIndividual, "individueel_opeenvolgend"))
              .verdict == Verdict::Violation);
}

TEST_CASE("a treater's view passed on is report content (CONF-REPORT); the treater's involvement is not") {
    check_verdicts({"De specialist verwacht dat het nog zeker een half jaar duurt voordat hij volledig "
                    "inzetbaar is.",
                    "Volgens zijn behandelaar gaat het herstel trager dan gedacht.",
                    "In het verslag dat ik van de behandelaar kreeg staat dat het herstel trager gaat."},
                   Verdict::Violation, context_with(kIndividual, "individueel_opeenvolgend"));
    check_verdicts({"Er is een behandelaar betrokken en de behandeling is adequaat.",
                    "Wat de specialist verwacht, blijft bij mij; hij kan vier uur per dag werken."},
                   Verdict::Allowed, context_with(kIndividual, "individueel_opeenvolgend"));
}

TEST_CASE("a document's content passed on is report content; the physician's own report is not") {
    check_verdicts(
        {"Het verslag van het onderzoek is binnen, en daaruit blijkt dat haar hand nooit meer "
         "helemaal de oude wordt.",
         "Ik heb de brief van je behandelaar liggen, en daarin staat dat je niet meer volledig zult "
         "herstellen."},
        Verdict::Violation, context_with(kIndividual, "individueel_opeenvolgend"));
    CHECK(judge("In mijn verslag staat dat hij vier uur per dag kan werken, zonder tillen.",
                context_with(kIndividual, "individueel_opeenvolgend"))
              .verdict == Verdict::Allowed);
}

TEST_CASE("'die schoonmaakster van de vroege ploeg' points at one person in a theme meeting; a refused "
          "question does not") {
    check_judged(
        Verdict::Violation, "PROC-TYPE",
        "Kijk naar die schoonmaakster van de vroege ploeg met vier kinderen: juist bij zo iemand helpen "
        "flexibele begintijden.",
        context_with(kTheme, "thema_beleid"));
    CHECK(judge("Of die collega in deze cijfers zit, kan ik niet zeggen; de cijfers zijn zo samengesteld dat "
                "niemand "
                "herkenbaar is.",
                context_with(kTheme, "thema_beleid"))
              .verdict == Verdict::Allowed);
    CHECK(judge("De jongste groep, onder de vijfentwintig, verzuimt vooral kort, als die groep tenminste "
                "groot genoeg "
                "is.",
                context_with(kTheme, "thema_beleid"))
              .verdict != Verdict::Violation);
}

TEST_CASE(
    "everyday words for exhaustion and breakdown, and plain medicine names, disclose (CONF-PSY, CONF-MED)") {
    check_verdicts({"Hij is gewoon helemaal doorgeslagen, kop vol, je kent het wel.",
                    "Door die pijnstillers die Rachid nu slikt, mag hij voorlopig niet op de heftruck.",
                    "Bij Gijs is het een soort chronic fatigue-verhaal."},
                   Verdict::Violation, context_with(kIndividual, "individueel_opeenvolgend"));
    CHECK(judge("Rachid mag voorlopig niet op de heftruck; administratief werk kan wel.",
                context_with(kIndividual, "individueel_opeenvolgend"))
              .verdict == Verdict::Allowed);
}

TEST_CASE("different versions for employer and worker, and plain private facts, are breaches") {
    check_verdicts(
        {"Jullie krijgen straks het uitgebreide advies, Ellen de korte versie.",
         "Ik heb het advies al naar jullie gemaild; Kevin krijgt zijn versie pas na ons gesprek van "
         "volgende maand.",
         "Het zit 'm thuis: de oudste zoon van Erik is uit huis geplaatst.",
         "Laten we wel wezen, Hugo, jij bent iemand die graag het slachtoffer speelt."},
        Verdict::Violation, context_with(kThreeWay, "met_werknemer"));
    CHECK(
        judge("Alles wat ik nu zeg, Luuk, komt in het verslag dat jij en je leidinggevende tegelijk krijgen.",
              context_with(kThreeWay, "met_werknemer"))
            .verdict == Verdict::Allowed);
}

TEST_CASE("a step let go, the worker's history in plain words, and limitations asked and recorded by the "
          "employer") {
    check_judged(
        Verdict::Violation, "PROC-WVP",
        "Voor het beleid stel ik voor dat we de eerstejaarsevaluatie gewoon laten schieten zodra iemand al "
        "in spoor 2 zit.",
        context_with(kTheme, "thema_beleid"));
    CHECK(judge("Eerlijk gezegd is het bij Monique hetzelfde liedje als twee jaar geleden, toen heeft ze ook "
                "maanden "
                "thuisgezeten.",
                context_with(kIndividual, "individueel_opeenvolgend"))
              .verdict == Verdict::Violation);
    auto record =
        judge("Vraag Henk maandag zelf maar welke klussen hij niet meer trekt en zet dat lijstje in het "
              "verzuimsysteem.",
              context_with(kIndividual, "individueel_opeenvolgend"));
    CHECK(record.verdict == Verdict::Violation);
    CHECK(has_rule(record, "PROC-RECORD"));
    CHECK(judge("Henk kan de klussen op de grond doen; tillen boven de tien kilo laat hij voorlopig aan een "
                "collega.",
                context_with(kIndividual, "individueel_opeenvolgend"))
              .verdict == Verdict::Allowed);
}

TEST_CASE("someone who did something, introduced with 'een', is an individual case in a theme meeting") {
    check_judged(Verdict::Violation, "PROC-TYPE",
                 "Ter illustratie: een monteur die vorig jaar na een val van de steiger maanden uitviel.",
                 context_with(kTheme, "thema_beleid"));
    CHECK_FALSE(has_rule(judge("Een monteur die op steigers werkt, heeft baat bij een goede valbeveiliging.",
                               context_with(kTheme, "thema_beleid")),
                         "PROC-TYPE"));
}

TEST_CASE("plain-word breaches of several rows, and a prevention theme in the RI&E") {
    check_verdicts(
        {"Om het concreet te maken: de kok van de kantine in de PI die sinds maart thuiszit, is precies het "
         "soort geval waar dit beleid voor bedoeld is."},
        Verdict::Violation, context_with(kTheme, "thema_beleid"));
    check_verdicts(
        {"Pieter, die ziekmelding bij het UWV in week tweeënveertig doe ik voor je.",
         "Joyce, je bent echt niet de enige: de andere twee vrouwen aan de kassa lopen ook met hun rug.",
         "Johan, dank je wel. Als jij straks weg bent, wil ik met jullie nog even iets over de prognose "
         "doornemen.",
         "Ilona, ik noem het maar gewoon: tijdens ons gesprek zat je met je armen over elkaar."},
        Verdict::Violation, context_with(kThreeWay, "met_werknemer"));
    check_verdicts({"Mental health is een breed thema; voor de scheepswerf als geheel stel ik voor dat we "
                    "het in de RI&E "
                    "opnemen onder psychosociale arbeidsbelasting."},
                   Verdict::Allowed, context_with(kTheme, "thema_beleid"));
}

TEST_CASE(
    "a refusal overridden, a policy of automatic wage stops, and the worker's effort judged in plain words") {
    check_verdicts(
        {"Ik weet dat Yara liever had dat dit niet ter sprake kwam, maar haar relatie is net uit en ze heeft "
         "halsoverkop moeten verhuizen.",
         "Robin is bij elke afspraak geweest, maar ik heb niet de indruk dat hij er echt voor gaat, hij doet "
         "precies het minimum.",
         "Medisch gezien is hij volledig inzetbaar, en ik denk dat die ziekmelding vooral een manier is om "
         "onder de overplaatsing uit te komen."},
        Verdict::Violation, context_with(kIndividual, "individueel_opeenvolgend"));
    check_verdicts({"Mijn voorstel voor het beleid: wie twee keer zonder afmelding het spreekuur mist, "
                    "krijgt automatisch "
                    "een loonopschorting."},
                   Verdict::Violation, context_with(kTheme, "thema_beleid"));
    check_verdicts(
        {"Mijn voorstel voor het beleid: wie twee keer zonder afmelding het spreekuur mist, krijgt een "
         "uitnodiging voor een gesprek met de leidinggevende."},
        Verdict::Allowed, context_with(kTheme, "thema_beleid"));
}
