#include "engine_fixture.hpp"

#include "scoring/aggregate.hpp"
#include "scoring/taxonomy.hpp"

#include <algorithm>
#include <set>

using namespace smo::scoring;
using smo::test::check_judged;
using smo::test::context_with;
using smo::test::has_rule;
using smo::test::judge;

namespace {
const std::vector<std::string> kManagerAndHr{"bedrijfsarts", "leidinggevende", "hr"};
const std::vector<std::string> kOnlyMedical{"bedrijfsarts", "aios", "coassistent"};
const std::vector<std::string> kWithWorker{"bedrijfsarts", "leidinggevende", "hr", "werknemer"};
} // namespace

SCENARIO("the same sentence is a breach or fine depending on who listens") {
    GIVEN("a diagnosis") {
        const std::string text = "Ze heeft borstkanker en krijgt nu chemo.";
        WHEN("the manager and HR are present") {
            auto ev = judge(text, context_with(kManagerAndHr));
            THEN("it is a critical violation naming the rules and spans") {
                CHECK(ev.verdict == Verdict::Violation);
                CHECK(ev.severity == Severity::Critical);
                CHECK(has_rule(ev, "CONF-DIAG"));
                CHECK(has_rule(ev, "CONF-TREAT"));
                CHECK(!ev.spans.empty());
                CHECK(!ev.suggestion_nl.empty());
            }
        }
        WHEN("only people bound by medical confidentiality are present") {
            auto ev = judge(text, context_with(kOnlyMedical));
            THEN("it is allowed") {
                CHECK(ev.verdict == Verdict::Allowed);
            }
        }
        WHEN("an unknown role is present") {
            auto ev = judge(text, context_with({"bedrijfsarts", "bezoeker"}));
            THEN("the unknown role counts as not confidential") {
                CHECK(ev.verdict == Verdict::Violation);
            }
        }
    }
    GIVEN("a functional statement") {
        const std::string text = "Ze kan voorlopig vier uur per dag werken, zonder klantcontact.";
        THEN("it is allowed in an ordinary SMO") {
            CHECK(judge(text).verdict == Verdict::Allowed);
        }
        THEN("it breaks PROC-INFORM when the worker was not told") {
            Context c;
            c.worker_informed = false;
            auto ev = judge(text, c);
            CHECK(ev.verdict == Verdict::Violation);
            CHECK(has_rule(ev, "PROC-INFORM"));
        }
        THEN("it breaks PROC-PRESENT with a works council member at the table") {
            auto ev = judge(text, context_with({"bedrijfsarts", "leidinggevende", "or_lid"}));
            CHECK(has_rule(ev, "PROC-PRESENT"));
        }
        THEN("it is fine with a kept-out category it does not touch") {
            Context c;
            c.kept_out = {"private", "mental"};
            CHECK(judge(text, c).verdict == Verdict::Allowed);
        }
    }
    GIVEN("an address the worker gave") {
        const std::string text =
            "Ze verblijft tijdelijk bij haar zus in Almere en is daar telefonisch bereikbaar.";
        THEN("it is allowed, unless she asked to keep it out") {
            CHECK(judge(text).verdict == Verdict::Allowed);
            Context c;
            c.kept_out = {"contact"};
            CHECK(has_rule(judge(text, c), "CONS-OPTOUT"));
        }
    }
    GIVEN("a group statement with a health category in a policy meeting") {
        const std::string text = "Op de afdeling Inkoop zijn de ziekmeldingen vooral burn-out gerelateerd.";
        Context c = context_with({"bedrijfsarts", "hr", "directeur", "or_lid"}, "thema_beleid");
        THEN("an unknown group size gives a caution") {
            auto ev = judge(text, c);
            CHECK(ev.verdict == Verdict::Caution);
            CHECK(has_rule(ev, "GROUP-ANON"));
        }
        THEN("a small group is a violation, a large one is fine") {
            c.group_size = 6;
            CHECK(judge(text, c).verdict == Verdict::Violation);
            c.group_size = 80;
            CHECK(judge(text, c).verdict == Verdict::Allowed);
        }
        THEN("the same words about one person in an individual SMO are a diagnosis") {
            CHECK(has_rule(judge("Hij heeft een burn-out."), "CONF-DIAG"));
        }
    }
}

TEST_CASE("boundary-keeping neutralises, a negated diagnosis does not") {
    CHECK(judge("Of het psychisch is, kan ik niet zeggen; wel dat ze halve dagen kan werken.").verdict ==
          Verdict::Allowed);
    CHECK(judge("Wat hij precies heeft, mag ik niet delen.").verdict == Verdict::Allowed);
    CHECK(judge("Vragen over medicijnen beantwoord ik nooit.").verdict == Verdict::Allowed);
    CHECK(has_rule(judge("Het is geen burn-out, hoor."), "CONF-DIAG"));
}

TEST_CASE("functional wording that names a body part or a task is not flagged") {
    for (const char* text : {"Niet boven schouderhoogte werken met de rechterarm.",
                             "Hij kan niet langer dan twintig minuten staan; geef hem een sta-zitstoel.",
                             "Ze werkt als psycholoog en kan voorlopig drie gesprekken per dag voeren.",
                             "Als apothekersassistent kan hij weer medicijnen uitgeven aan de balie.",
                             "Tillen tot vijf kilo gaat prima.",
                             "Door zijn knieën te buigen kan hij weer tillen.",
                             "In deze functie heeft hij een goed gehoor nodig."})
        CHECK_MESSAGE(judge(text).verdict == Verdict::Allowed, text);
    CHECK(has_rule(judge("Zijn knie is dik en warm."), "CONF-SYMPT"));
    // A body part or sense given as the reason names the medical why.
    CHECK(has_rule(judge("Het heeft met zijn gehoor te maken, dus geen open kantoortuin."), "CONF-SYMPT"));
    CHECK(has_rule(judge("Vanwege haar rug kan ze niet tillen."), "CONF-SYMPT"));
}

TEST_CASE("everyday words for conditions, also as adjectives and loanwords") {
    for (const char* text :
         {"Hij is depressief.", "Ze krijgt panic attacks in de trein.", "Ze is boulimisch.",
          "Hij is hartpatiënt.", "Hij is doof aan één oor.", "Ze is een beetje dement.",
          "Hij heeft een tijdje terug hele donkere gedachten gehad.",
          "Als hij wat minder bier zou drinken, stond hij allang weer in de werkplaats."})
        CHECK_MESSAGE(judge(text).verdict == Verdict::Violation, text);
}

TEST_CASE("the private sphere named only as what is kept out discloses nothing; what is in it does") {
    const auto driegesprek =
        context_with({"bedrijfsarts", "werknemer", "leidinggevende", "hr"}, "met_werknemer");
    for (const char* text :
         {"Marloes heeft gevraagd haar thuissituatie buiten dit overleg te houden, dus daar zeg "
          "ik niets over; vandaag gaat het over haar uren.",
          "Zoals je vooraf vroeg, Lotte, laat ik je thuissituatie hier buiten."})
        CHECK_MESSAGE(judge(text, driegesprek).verdict == Verdict::Allowed, text);
    for (const char* text :
         {"Ik heb je beloofd de thuissituatie erbuiten te laten, Ilse, maar ik denk toch dat het "
          "helpt als je leidinggevende weet dat je moeder bij je inwoont."})
        CHECK_MESSAGE(
            judge(text, context_with({"bedrijfsarts", "werknemer", "leidinggevende"}, "met_werknemer"))
                    .verdict == Verdict::Violation,
            text);
}

TEST_CASE("a collapse or a dip said of the work is not a state of mind") {
    for (const char* text :
         {"Sinds de reorganisatie is de hele planning op de afdeling ingestort; die werkdruk speelt mee.",
          "De ploeg zit qua bezetting in een flinke dip, dus Peter bouwt pas op met een vaste collega."})
        CHECK_MESSAGE(judge(text).verdict == Verdict::Allowed, text);
    for (const char* text : {"Hij is helemaal ingestort na de reorganisatie.", "Ze zit in een dip."})
        CHECK_MESSAGE(has_rule(judge(text), "CONF-PSY"), text);
}

TEST_CASE("hints and implication") {
    auto ev = judge("Het is iets met zijn hart, meer zeg ik niet.");
    CHECK(has_rule(ev, "CONF-HINT"));
    CHECK(has_rule(ev, "CONF-DIAG"));
    // An internal organ with a possessive points at a condition; a plain body part used functionally does
    // not.
    CHECK(has_rule(judge("Het heeft met haar schildklier te maken."), "CONF-DIAG"));
    CHECK(judge("Met haar linkerarm kan ze voorlopig niet boven schouderhoogte werken.").verdict ==
          Verdict::Allowed);
}

TEST_CASE("a hint left to the listeners to complete is a hint; a plain boundary is not") {
    for (const char* text :
         {"Laat hem niet met de bestelbus rijden; na dat voorval vorige maand snappen jullie wel waarom ik "
          "dat zeg.",
          "Regel alvast vervanging vanaf augustus. Waarom, dat mogen jullie zelf invullen.",
          "Ik zeg niet wat het is, maar jullie hebben het 's ochtends zelf ook wel eens geroken."})
        CHECK(has_rule(judge(text), "CONF-HINT"));
    CHECK(judge("Er is een behandelaar betrokken en de behandeling is adequaat; meer zeg ik er niet over.")
              .verdict == Verdict::Allowed);
}

TEST_CASE("the neutral formula announced is no medical data announced; a pattern like last time is history") {
    CHECK(
        judge("Over Yvonne kan ik zeggen dat de oorzaak van haar verzuim medisch is, dat er een behandelaar "
              "betrokken is en dat die behandeling adequaat is.")
            .verdict == Verdict::Allowed);
    CHECK(has_rule(
        judge("Net als twee jaar terug verwacht ik bij Gerda een herstel van ongeveer drie maanden, het "
              "patroon is hetzelfde."),
        "CONF-HIST"));
}

TEST_CASE("doubting sincerity by timing or seriousness is a judgement (CONF-BEHAV)") {
    for (const char* text :
         {"Het valt natuurlijk wel op dat Dewi zich ziek meldde op de dag na het gesprek over haar "
          "functioneren, maar dat laat ik verder aan jullie.",
          "Opvallend vind ik wel dat Karin telkens precies na haar vakantie uitvalt.",
          "Willemijn kwam alweer niet opdagen, je gaat je toch afvragen hoe serieus ze dit neemt.",
          "Ik heb Erik een paar keer gevraagd hoe het zat, en elke keer kwam er weer een ander "
          "verhaal uit."})
        CHECK(has_rule(judge(text), "CONF-BEHAV"));
    CHECK(judge("Dewi meldde zich ziek op de dag na het gesprek; ik zie haar volgende week.").verdict !=
          Verdict::Violation);
}

TEST_CASE("judgements without judging words: habits, insinuation, anger in the consult (CONF-BEHAV)") {
    for (const char* text :
         {"Anouk meldde zich weer op het laatste moment af voor het spreekuur, zoals we van haar gewend "
          "zijn.",
          "Met doorbetaald loon en een tuin die eindelijk af komt: waarom zou ie haast maken?",
          "Zodra we het over de opbouw hebben, draait hij eromheen.",
          "In het spreekuur werd Stefan nogal fel en sloeg met zijn vuist op tafel."})
        CHECK_MESSAGE(has_rule(judge(text), "CONF-BEHAV"), text);
    // The neutral account of cooperation is what the employer may hear.
    CHECK(judge("Anouk heeft zich één keer afgemeld voor het spreekuur en is daarna weer gekomen.").verdict ==
          Verdict::Allowed);
}

TEST_CASE("worker's own words echoed in a driegesprek are a caution, building on them is not") {
    Context c = context_with(kWithWorker, "met_werknemer");
    auto echo = judge("Je noemde net zelf je migraine, Sanne. Daar ga ik verder niet op in.", c);
    CHECK(echo.verdict == Verdict::Caution);
    CHECK(has_rule(echo, "CONS-NOBASIS"));
    auto built =
        judge("Omdat jij het zelf al verteld hebt, kan ik ook wel zeggen dat het om een hernia gaat.", c);
    CHECK(built.verdict == Verdict::Violation);
    auto presence = judge("Ahmed zit er toch bij, dus ik kan gewoon zeggen dat het om een hernia gaat.", c);
    CHECK(has_rule(presence, "CONS-VALID"));
}

TEST_CASE("conditional statements are answered caution") {
    CHECK(judge("Er is sprake van een vangnetsituatie.").verdict == Verdict::Caution);
    CHECK(judge("Met toestemming van Kees: bij een aanval op de zij leggen en 112 bellen.").verdict ==
          Verdict::Caution);
    auto no_consent = judge("Ik heb het niet met hem overlegd, maar Wouter is suikerpatiënt, let op hypo's.");
    CHECK(no_consent.verdict == Verdict::Violation);
    CHECK(has_rule(no_consent, "CONS-EMERG"));
}

TEST_CASE("Poortwachter deadlines") {
    CHECK(judge("Het plan van aanpak moet rond week 8 klaar zijn.").verdict == Verdict::Allowed);
    CHECK(judge("We zitten nu in week 5; de probleemanalyse volgt uiterlijk in week 6.").verdict ==
          Verdict::Allowed);
    CHECK(has_rule(judge("Het plan van aanpak heeft tot week 20 de tijd."), "PROC-WVP"));
    CHECK(has_rule(judge("De ziekmelding bij het UWV doen jullie in week 30."), "PROC-WVP"));
    CHECK(has_rule(judge("De eerstejaarsevaluatie kunnen we overslaan."), "PROC-WVP"));
    // "na drie maanden" beside a step counts from the sick report: too late for a probleemanalyse.
    CHECK(has_rule(judge("Een probleemanalyse maak ik pas na drie maanden."), "PROC-WVP"));
    CHECK(judge("Over drie weken volgt de probleemanalyse.").verdict == Verdict::Allowed); // from today
    CHECK(has_rule(judge("De probleemanalyse maak ik als hij drie maanden thuis zit."), "PROC-WVP"));
}

TEST_CASE("every rule of the rulebase can be produced") {
    struct Case {
        const char* rule;
        const char* text;
        Context ctx;
    };
    Context theme = context_with({"bedrijfsarts", "hr", "directeur", "or_lid"}, "thema_beleid");
    Context theme_small = theme;
    theme_small.group_size = 6;
    Context not_informed;
    not_informed.worker_informed = false;
    Context opt_out;
    opt_out.kept_out = {"private"};
    Context with_worker = context_with(kWithWorker, "met_werknemer");
    const std::vector<Case> cases{
        {"CONF-DIAG", "Hij heeft een hernia.", {}},
        {"CONF-CAUSE", "Hij is thuis van de trap gevallen.", {}},
        {"CONF-SYMPT", "Ze heeft veel last van duizeligheid.", {}},
        {"CONF-TREAT", "Ze krijgt EMDR.", {}},
        {"CONF-MED", "Hij gebruikt oxazepam.", {}},
        {"CONF-PROV", "Hij loopt bij een psychiater.", {}},
        {"CONF-REPORT", "Op de MRI is een scheur te zien.", {}},
        {"CONF-HIST", "Hij heeft dit eerder gehad.", {}},
        {"CONF-PSY", "Ze is erg somber.", {}},
        {"CONF-PRIV", "Het helpt niet dat ze in scheiding ligt.", {}},
        {"CONF-PREG", "Ze is zwanger.", {}},
        {"CONF-HINT", "Het is iets met zijn hart.", {}},
        {"CONF-BEHAV", "Hij is een querulant.", {}},
        {"CONF-CONFID", "Hij vertelde me dat hij eigenlijk een andere baan zoekt.", {}},
        {"CONF-BZ", "Het is een beroepsziekte.", {}},
        {"CONS-NOBASIS", "Met haar toestemming kan ik vertellen dat ze sertraline gebruikt.", {}},
        {"CONS-VALID", "Hij heeft een machtiging getekend, dus: het was een hartinfarct.", {}},
        {"CONS-OPTOUT", "Ze ligt in scheiding.", opt_out},
        {"CONS-EMERG", "Op haar verzoek: bij een hypo iets zoets geven.", {}},
        {"PROC-INFORM", "Hij kan vier uur per dag werken.", not_informed},
        {"PROC-PRESENT", "Hij kan vier uur per dag werken.",
         context_with({"bedrijfsarts", "leidinggevende", "collega"})},
        {"PROC-NEEDTOKNOW", "Ik stuur de casemanager de brief van de specialist door.", {}},
        {"PROC-SAMEINFO", "Dit blijft onder ons.", {}},
        {"PROC-ROLE", "Mijn advies: stop de loondoorbetaling.", {}},
        {"PROC-RECORD", "Zet maar in de notulen dat het om een knieoperatie gaat.", {}},
        {"PROC-TYPE", "Neem nou Petra van de kassa, die zit al maanden thuis.", theme},
        {"PROC-WVP", "Het plan van aanpak heeft tot week 20 de tijd.", {}},
        {"GROUP-ANON", "In dit team is psychisch verzuim de grootste oorzaak.", theme_small},
        {"ALLOW-VANGNET", "Er is een vangnetbepaling van toepassing.", {}},
    };
    std::set<std::string> fired;
    for (const auto& c : cases) {
        auto ev = judge(c.text, c.ctx);
        CHECK_MESSAGE(has_rule(ev, c.rule), c.rule << ": " << c.text);
        for (const auto& h : ev.hits)
            fired.insert(h.rule_id);
        for (const auto& a : ev.allow_rules)
            fired.insert(a);
    }
    const std::vector<std::pair<const char*, const char*>> allowed{
        {"ALLOW-FUNC", "Niet tillen boven de tien kilo."},
        {"ALLOW-DUR", "Ik verwacht hervatting over twee weken."},
        {"ALLOW-DEGREE", "Hij is volledig arbeidsongeschikt."},
        {"ALLOW-ADVICE", "Ik adviseer een werkplekonderzoek."},
        {"ALLOW-NEUTRAL", "Er is een behandelaar betrokken."},
        {"ALLOW-WORKREL", "Het verzuim is werkgerelateerd: de werkdruk is te hoog."},
        {"ALLOW-ACCIDENT", "Het was een arbeidsongeval."},
        {"ALLOW-CONTACT", "Hij is telefonisch bereikbaar."},
        {"ALLOW-COOP", "Hij is niet verschenen zonder afmelding."},
        {"ALLOW-PROCESS", "Dat mag ik niet delen."},
        {"ALLOW-GROUP", "Het verzuimpercentage is gedaald."},
    };
    for (const auto& [rule, text] : allowed) {
        auto ev = judge(text);
        CHECK_MESSAGE(ev.verdict == Verdict::Allowed, text);
        CHECK_MESSAGE(std::find(ev.allow_rules.begin(), ev.allow_rules.end(), std::string(rule)) !=
                          ev.allow_rules.end(),
                      rule << ": " << text);
        fired.insert(rule);
    }
    // Duties are scored from scenario options marked with a flaw, never from text.
    for (const auto& rule : smo::test::engine().rulebase().rules)
        if (rule.kind != "duty") CHECK_MESSAGE(fired.count(rule.id) == 1, rule.id);
}

TEST_CASE("tagged disclosures count without text") {
    Statement st;
    st.text = "Ik zeg het maar gewoon.";
    st.tagged.push_back({"medication", "item-3", "oxazepam"});
    st.analyse_text = false;
    auto ev = smo::test::engine().evaluate(st, Context{});
    CHECK(has_rule(ev, "CONF-MED"));
    CHECK(ev.categories == std::vector<std::string>{"medication"});
}

TEST_CASE("evaluation is pure") {
    auto a = judge("Ze heeft een burn-out en slikt oxazepam.");
    auto b = judge("Ze heeft een burn-out en slikt oxazepam.");
    CHECK(a.rule_ids() == b.rule_ids());
    CHECK(a.spans.size() == b.spans.size());
    CHECK(a.suggestion_nl == b.suggestion_nl);
}

TEST_CASE("correctly spelled Dutch words near a lexicon word are never typo-corrected") {
    const auto& m = smo::test::engine().analyser().matcher();
    for (std::string_view w : {"vermoed", "hoofdlijn", "hoofdlijnen", "zwager", "factuur", "kanjer",
                               "beroerde", "bestrating", "meditatie", "pijlen", "pollen", "detentie"})
        CHECK_MESSAGE(m.correction(w).empty(), w << " → " << m.correction(w));
    CHECK(m.correction("rugklagten") == "rugklachten");
}

TEST_CASE("fixed expressions with a body-part word are process talk, not case content") {
    // PROC-PRESENT fires on any case content with an OR member at the table.
    Context c = context_with({"bedrijfsarts", "hr", "or_lid"});
    CHECK(judge("Uit hoofde van mijn functie kan ik daar niets over zeggen.", c).verdict == Verdict::Allowed);
    CHECK(judge("Dat stem ik eerst af met de werknemer.", c).verdict == Verdict::Allowed);
    CHECK(judge("Dat is een vraag voor het hoofd van de afdeling.", c).verdict == Verdict::Allowed);
}

TEST_CASE("theme meetings: the organisation, plural groups and addressees are not individual cases") {
    Context c = context_with({"bedrijfsarts", "hr", "or_lid"}, "thema_beleid");
    c.group_size = 6;
    CHECK(judge("Het verzuim ligt hier boven het gemiddelde van het ziekenhuis.", c).verdict ==
          Verdict::Allowed);
    CHECK(!has_rule(judge("Die vrouwen hebben vaker te maken met hoge werkdruk.", c), "PROC-TYPE"));
    CHECK(judge("Wendy, goed punt: laten we de cijfers per kwartaal bekijken.", c).verdict ==
          Verdict::Allowed);
    CHECK(judge("Laten we de cijfers per kwartaal bekijken, Wendy.", c).verdict == Verdict::Allowed);
    Context named = c;
    named.participant_names = {"Wendy Smit"};
    CHECK(judge("Ik ben het met Wendy eens over de cijfers per kwartaal.", named).verdict ==
          Verdict::Allowed);
    CHECK(has_rule(judge("Ik ben het met Wendy eens over de cijfers per kwartaal.", c), "PROC-TYPE"));
    CHECK(has_rule(judge("Neem nou Wendy, die zit al maanden thuis.", c), "PROC-TYPE"));
    // A cue for one person matched in the plural names several.
    CHECK(has_rule(judge("Kort de tijdlijn voor de nieuwe teamleider.", c), "PROC-TYPE"));
    CHECK(judge("Kort de tijdlijn voor de nieuwe teamleiders.", c).verdict == Verdict::Allowed);
}

TEST_CASE("the physician telling about his own consultations is not passing on what the worker said") {
    Context c = context_with(kManagerAndHr);
    CHECK(judge("Wat ik kan zeggen is dat ik dat op het spreekuur met hem bespreek.", c).verdict ==
          Verdict::Allowed);
    CHECK(has_rule(judge("Hij vertelde me op het spreekuur dat hij weer drinkt.", c), "CONF-CONFID"));
}

TEST_CASE("reported misses: divorce, secrecy with a name, tendon tear, agreeing to record") {
    Context c = context_with(kManagerAndHr);
    CHECK(has_rule(judge("Ze zit midden in een scheiding.", c), "CONF-PRIV"));
    CHECK(has_rule(judge("Dit hoeft Lotte niet te weten.", c), "PROC-SAMEINFO"));
    CHECK(has_rule(judge("Hij heeft een scheur in de pees.", c), "CONF-DIAG"));
    CHECK(has_rule(judge("Prima, zet het er maar in.", c), "PROC-RECORD"));
    CHECK(has_rule(judge("Noteer het maar.", c), "PROC-RECORD"));
    CHECK(judge("Zet het er maar in: hij kan vier uur per dag werken.", c).verdict == Verdict::Allowed);
}

TEST_CASE("breaches said sideways: recurrence, soft pay advice, a side remark, a case count in an aside") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    check_judged(Verdict::Violation, "CONF-HIST",
                 "De vorige keer dat hij zo'n dip had, duurde het een half jaar.", individual);
    check_judged(Verdict::Violation, "PROC-ROLE",
                 "Als hij weer niet komt opdagen, zou ik zijn loon gewoon even stopzetten.", individual);
    check_judged(Verdict::Violation, "PROC-SAMEINFO",
                 "Dit blijft even binnen deze vier muren: ze wil eigenlijk naar een andere afdeling.",
                 individual);
    Context theme;
    theme.smo_type = "thema_beleid";
    theme.who_present = {"bedrijfsarts", "hr", "directeur"};
    check_judged(Verdict::Violation, "GROUP-ANON",
                 "Bij het klantcontactteam, een man of zes, zie ik vooral rugklachten.", theme);
    const auto per_team =
        judge("Voor de OR splits ik per team uit welke klachtengroepen het meest voorkomen.", theme);
    CHECK(per_team.verdict == Verdict::Caution);
}
