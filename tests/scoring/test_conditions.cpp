// The condition model (issue 13): a caution names the fact that would make the statement lawful,
// and the same sentence flips verdict when the context or the cue that settles the fact changes.
#include "engine_fixture.hpp"

#include "scoring/aggregate.hpp"
#include "scoring/condition.hpp"

#include <initializer_list>

using namespace smo::scoring;
using smo::test::check_judged;
using smo::test::check_verdicts;
using smo::test::context_with;
using smo::test::has_rule;
using smo::test::judge;

namespace {
const std::vector<std::string> kManagerAndHr{"bedrijfsarts", "leidinggevende", "hr"};
const std::vector<std::string> kManagerAndWorker{"bedrijfsarts", "leidinggevende", "werknemer"};

Context theme() {
    return context_with(kManagerAndHr, "thema_beleid");
}

// Each text is a caution that names `condition`, in the default or the given context.
void check_cautions(std::initializer_list<const char*> texts, Condition condition,
                    const Context& context = {}) {
    for (const char* text : texts) {
        auto e = judge(text, context);
        CHECK_MESSAGE(e.verdict == Verdict::Caution, text);
        CHECK_MESSAGE(e.condition() == condition, text);
    }
}
} // namespace

TEST_CASE("every condition has an id, a Dutch and an English sentence, and reads back from its id") {
    for (int i = 1; i < static_cast<int>(Condition::Count); ++i) {
        const auto c = static_cast<Condition>(i);
        CHECK(!condition_id(c).empty());
        CHECK(condition_nl(c).rfind("alleen toelaatbaar als", 0) == 0);
        CHECK(condition_en(c).rfind("only acceptable if", 0) == 0);
        CHECK(condition_from_id(condition_id(c)) == c);
    }
    CHECK(condition_id(Condition::None).empty());
    CHECK(condition_from_id("no_such_condition") == Condition::None);
}

TEST_CASE("private circumstances and the occupational-disease label depend on specific consent") {
    auto consent =
        judge("Met haar uitdrukkelijke toestemming kan ik zeggen dat ze mantelzorg geeft aan haar moeder.");
    CHECK(consent.verdict == Verdict::Caution);
    CHECK(consent.condition() == Condition::ExplicitConsent);
    CHECK(has_rule(consent, "CONF-PRIV"));
    auto no_consent = judge("Ze geeft mantelzorg aan haar moeder.");
    CHECK(no_consent.verdict == Verdict::Violation);
    CHECK(no_consent.condition() == Condition::None);
    CHECK(judge("Mits hij ermee instemt, noem ik het een beroepsziekte.").condition() ==
          Condition::ExplicitConsent);
    // Consent is no basis for health data (CONS-NOBASIS): still a violation.
    check_judged(Verdict::Violation, "CONS-NOBASIS",
                 "Met zijn toestemming kan ik zeggen dat hij een hernia heeft.");
    // A blanket authorisation is no specific consent.
    CHECK(
        judge("Hij heeft een algemene machtiging getekend, dus: hij zit midden in een scheiding.").verdict ==
        Verdict::Violation);
}

TEST_CASE("pregnancy measures depend on her own notice to the employer") {
    // She told the employer herself: the protective measures may follow (CONF-PREG).
    CHECK(judge("Nu ze haar zwangerschap zelf bij jullie heeft gemeld, adviseer ik geen nachtdiensten.").verdict ==
          Verdict::Allowed);
    // Her notice as a condition, or left open: a caution that names it.
    check_cautions({"Als ze het zelf al aan jullie verteld heeft: ze is zwanger, dus geen nachtdiensten.",
                    "Ze is zwanger, dus geen nachtdiensten meer."},
                   Condition::WorkerToldEmployer);
    // Not told, or told by the physician: he revealed it.
    CHECK(judge("Ze is zwanger, maar dat weten jullie nog niet.").verdict == Verdict::Violation);
    CHECK(judge("Ze heeft het bij jullie nog niet gemeld, maar ze is in verwachting.").verdict == Verdict::Violation);
    CHECK(judge("Ik heb jullie gemeld dat ze zwanger is, dus geen nachtdiensten.").verdict == Verdict::Violation);
    // A complication is never hers to have told through the physician.
    CHECK(judge("Nu ze het zelf bij jullie heeft gemeld: ze heeft zwangerschapsdiabetes.").verdict ==
          Verdict::Violation);
    // Pregnancy as the reason for a safety-net case names which provision applies.
    CHECK(judge("Het is een vangnetgeval omdat het met haar zwangerschap te maken heeft.").verdict ==
          Verdict::Violation);
}

TEST_CASE("'tot haar verlof' beside a measure speaks for a pregnancy; specific written consent settles") {
    check_cautions({"Ewa moet tot haar verlof uit de buurt blijven van de middelen met oplosmiddelen."},
                   Condition::WorkerToldEmployer);
    CHECK(judge("Malika wil het jullie zelf nog niet vertellen, maar tot haar verlof moet ze weg bij de baden.")
              .verdict == Verdict::Violation);
    // Consent recorded for exactly this point settles it; consent with nothing on its form leaves it open.
    CHECK(judge("Op het toestemmingsformulier dat Bram tekende staat precies dit ene punt: hij is alleenstaand "
                "ouder, dus geen avonddiensten.")
              .verdict == Verdict::Allowed);
    check_cautions({"Femke stemde ermee in dat ik dit meld: ze heeft mantelzorgtaken voor haar broer, dus de "
                    "woensdagmiddag blijft vrij."},
                   Condition::ExplicitConsent);
}

TEST_CASE("children's infections kept from her speak for a pregnancy; a reason given at the worker's request") {
    check_cautions({"Naima, zoals afgesproken: geen nachtdienst op schoolkamp en niet in de buurt van kinderen met "
                    "rode hond."},
                   Condition::WorkerToldEmployer);
    CHECK(judge("Voor Mehmet geldt: niet in de buurt van kinderen met rode hond.").verdict == Verdict::Allowed);
    // The worker asked the physician to explain: a body part as the reason waits on his asking at the table.
    check_cautions(
        {"Daan vroeg me uit te leggen waarom hij een stille werkplek nodig heeft. Het heeft met zijn "
         "gehoor te maken."},
        Condition::WorkerPresentAsking, context_with(kManagerAndWorker, "met_werknemer"));
    CHECK(judge("Het heeft met zijn gehoor te maken, dus een open kantoortuin werkt niet.",
                context_with(kManagerAndWorker, "met_werknemer"))
              .verdict == Verdict::Violation);
    // A private matter raised as the worker's own wish, asked back or left to her, waits on her at the table.
    check_cautions(
        {"Wim, jij wilde je geldzorgen zelf even aankaarten, toch? Dan geef ik je daar nu de ruimte voor.",
         "Of ik hier vertel dat Lisa haar moeder naar de dagopvang brengt, laat ik aan haar; als zij het "
         "vraagt, is dat de reden voor de latere begintijd."},
        Condition::WorkerPresentAsking, context_with(kManagerAndWorker, "met_werknemer"));
    CHECK(judge("Lisa brengt 's ochtends haar moeder naar de dagopvang, vandaar de latere begintijd.",
                context_with(kManagerAndWorker, "met_werknemer"))
              .verdict == Verdict::Violation);
}

TEST_CASE("measures after her own notice of something unnamed speak for a pregnancy") {
    // Told, as far as the speaker knows, is not settled.
    check_cautions({"Als het goed is heeft Laila het zelf al bij jullie gemeld; dan geen nachtdiensten meer.",
                    "Marloes gaat uit de nachtploeg en tilt geen kratten meer; ze heeft het jullie zelf verteld, "
                    "neem ik aan."},
                   Condition::WorkerToldEmployer);
    CHECK(judge("Fleur heeft het jullie zelf verteld, dus ik beperk me tot de maatregelen: geen nachtdiensten meer.")
              .verdict == Verdict::Allowed);
    CHECK(judge("Marloes wil het pas over een paar weken zelf melden, maar zet haar alvast uit de nachtploeg.")
              .verdict == Verdict::Violation);
    // A handling of a hazard is kept from her, not her medication.
    CHECK(judge("Voor Noor geen handelingen met cytostatica meer; ze heeft het jullie zelf verteld.").verdict ==
          Verdict::Allowed);
    // Without a notice, night shifts are plain functional advice.
    CHECK(judge("Marloes gaat uit de nachtploeg en tilt geen kratten meer.").verdict == Verdict::Allowed);
}

TEST_CASE("measures that protect a pregnancy speak for it; a notice still to come is none") {
    // Keeping a woman from a reproductive hazard says she is pregnant as plainly as the word.
    check_cautions({"Voor Fatima geen nachtdiensten meer en geen werk met cytostatica, tot ze met verlof gaat.",
                    "Zet haar voorlopig niet meer op de röntgenafdeling."},
                   Condition::WorkerToldEmployer);
    CHECK(judge("Nu ze het zelf bij jullie heeft gemeld: geen werk met cytostatica meer voor haar.").verdict ==
          Verdict::Allowed);
    // Chemotherapy she receives is treatment, not a hazard kept from her; a man's exposure limit is no hint.
    CHECK(judge("Ze krijgt cytostatica, dus ze is voorlopig niet inzetbaar.").verdict == Verdict::Violation);
    CHECK(judge("Piet mag niet meer met oplosmiddelen werken.").verdict == Verdict::Allowed);
    // A woman's first name says who is meant as well as "haar" does; a man's does not.
    CHECK(judge("Voor Fatima per direct geen nachtdiensten en niet langer zelf cytostatica bereiden.").verdict ==
          Verdict::Caution);
    CHECK(judge("Voor Mehmet per direct geen nachtdiensten en niet langer zelf cytostatica bereiden.").verdict ==
          Verdict::Allowed);
    // "Ze wil het zelf pas later vertellen": she has not told them, so the physician would.
    CHECK(judge("Ze is zwanger en wil het jullie zelf pas na twaalf weken vertellen.").verdict ==
          Verdict::Violation);
    CHECK(judge("Ze is zwanger en heeft het jullie zelf verteld.").verdict == Verdict::Allowed);
    // At the table her notice to the employer is not an echo of her words there.
    CHECK(judge("Nu Esra haar zwangerschap zelf bij jullie heeft gemeld, adviseer ik: geen nachtdiensten meer.",
                context_with(kManagerAndWorker, "met_werknemer"))
              .verdict == Verdict::Allowed);
}

TEST_CASE("medical data to a casemanager: whose casemanager decides") {
    auto unknown = judge("Het medisch dossier stuur ik door naar de casemanager.");
    CHECK(unknown.verdict == Verdict::Caution);
    CHECK(unknown.condition() == Condition::InsideFunctionalUnit);
    CHECK(has_rule(unknown, "PROC-NEEDTOKNOW"));
    CHECK(judge("Het medisch dossier stuur ik door naar de gedelegeerde casemanager van de arbodienst.")
              .verdict == Verdict::Allowed);
    check_judged(Verdict::Violation, "PROC-NEEDTOKNOW",
                 "Het medisch dossier stuur ik door naar jullie eigen casemanager.");
    // A casemanager with no medical data involved is just process talk.
    CHECK(judge("De casemanager plant het volgende gesprek in.").verdict == Verdict::Allowed);
}

TEST_CASE("a casemanager of another organisation is the employer's; a document to a casemanager is medical data") {
    check_judged(Verdict::Violation, "PROC-NEEDTOKNOW",
                 "Ik stuur het dossier met de medische stukken naar de casemanager van de woningcorporatie.");
    CHECK(judge("Ik stuur het medisch dossier naar de casemanager van de arbodienst.").verdict == Verdict::Allowed);
    check_cautions({"Het medische verslag over Esra gaat alleen naar de casemanager, niet naar jullie."},
                   Condition::InsideFunctionalUnit);
    // Discussed apart with the casemanager: whose unit she is in decides, nothing is kept from the worker.
    auto apart = judge("De medische details van Ilse bespreek ik straks apart met de casemanager.");
    CHECK(apart.verdict == Verdict::Caution);
    CHECK_FALSE(has_rule(apart, "PROC-SAMEINFO"));
}

TEST_CASE("medical data to someone addressed by name: the casemanager at the table may be meant") {
    const Context with_casemanager = context_with({"bedrijfsarts", "hr", "casemanager"}, "individueel_opeenvolgend");
    const char* text = "Linda, ik stuur jou straks het volledige consultverslag van Anouk.";
    check_cautions({text}, Condition::InsideFunctionalUnit, with_casemanager);
    // No casemanager in the room: the recipient is the employer's.
    CHECK(judge(text, context_with(kManagerAndHr, "individueel_opeenvolgend")).verdict == Verdict::Violation);
    // The sentence names the recipient's employer role.
    CHECK(judge("Linda, ik stuur jou als HR straks het volledige consultverslag van Anouk.", with_casemanager).verdict ==
          Verdict::Violation);
}

TEST_CASE("group figures: sizes and case counts in the text, in every SMO type") {
    const std::string small =
        "Op de afdeling van acht medewerkers zijn er drie uitgevallen met psychische klachten.";
    for (const char* type : {"thema_beleid", "individueel_opeenvolgend", "met_werknemer"}) {
        auto ev = judge(small, context_with(kManagerAndHr, type));
        CHECK_MESSAGE(ev.verdict == Verdict::Violation, type);
        CHECK_MESSAGE(has_rule(ev, "GROUP-ANON"), type);
    }
    CHECK(judge("Van de 240 medewerkers zijn er 18 uitgevallen met psychische klachten.", theme()).verdict ==
          Verdict::Allowed);
    auto cell = judge("Twee van de 60 medewerkers zijn uitgevallen met rugklachten.", theme());
    CHECK(cell.verdict == Verdict::Violation); // a cell under 5 cases
    check_cautions({"Op de afdeling logistiek zijn meerdere mensen uitgevallen met psychische klachten."},
                   Condition::GroupLargeEnough, context_with(kManagerAndHr));
    // The context's group size settles what the text leaves open.
    Context sized = context_with(kManagerAndHr, "thema_beleid");
    sized.group_size = 300;
    CHECK(judge("Bij de monteurs zien we veel rugklachten.", theme()).verdict == Verdict::Caution);
    CHECK(judge("Bij de monteurs zien we veel rugklachten.", sized).verdict == Verdict::Allowed);
    // A person, not a group: the content rules judge it.
    CHECK(judge("Net als veel collega's op de afdeling heeft hij rugklachten.", context_with(kManagerAndHr))
              .verdict == Verdict::Violation);
    // Without a count: a unit with a word for how common it is, in an individual SMO, is group talk...
    check_cautions({"In de werkplaats spelen veel knieklachten."}, Condition::GroupLargeEnough,
                   context_with(kManagerAndHr));
    // ... but not beside one person, nor where one thing happened, nor a shift pattern.
    CHECK(judge("Zij werkt in de werkplaats en heeft veel knieklachten.", context_with(kManagerAndHr)).verdict ==
          Verdict::Violation);
    CHECK(judge("Het gaat om een hernia na een val in het magazijn.", context_with(kManagerAndHr)).verdict ==
          Verdict::Violation);
    CHECK(judge("Je werkt veel in de nachtdienst; met jouw diabetes is dat lastig.", context_with(kManagerAndHr))
              .verdict == Verdict::Violation);
}

TEST_CASE("group figures in a group just above the threshold ask for the number of cases") {
    Context twelve = theme();
    twelve.group_size = 12;
    check_cautions({"In het planningsteam komen rugklachten het vaakst terug als verzuimoorzaak."},
                   Condition::GroupLargeEnough, twelve);
    // Half the group or more is a cell of at least five; half the absence may be one long case; a large group
    // leaves room for any cell.
    CHECK(judge("In het planningsteam is de helft van de medewerkers uitgevallen met rugklachten.", twelve)
              .verdict == Verdict::Allowed);
    CHECK(judge("In het planningsteam komt de helft van het verzuim door rugklachten.", twelve).condition() ==
          Condition::GroupLargeEnough);
    Context sixty = theme();
    sixty.group_size = 60;
    CHECK(judge("In het planningsteam komen rugklachten het vaakst terug als verzuimoorzaak.", sixty).verdict ==
          Verdict::Allowed);
    // A share of the absence in a small unit says nothing about how many people it is.
    for (const int size : {14, 25}) {
        Context small = theme();
        small.group_size = size;
        CHECK(
            judge(
                "Zo'n veertig procent van het langdurig verzuim in het lab komt door klachten aan handen en "
                "polsen.",
                small)
                .condition() == Condition::GroupLargeEnough);
    }
    Context large = theme();
    large.group_size = 450;
    CHECK(judge("Over de hele organisatie is ruim een derde van het langdurig verzuim psychisch van aard.",
                large)
              .verdict == Verdict::Allowed);
    // A job group or intake in the plural is a unit of unknown size.
    for (const char* text :
         {"De nachtbakkers hebben sinds ze om drie uur beginnen vooral maag- en darmklachten.",
          "Onder de nieuwe instromers van dit jaar is het verzuim door stress best hoog."})
        CHECK(judge(text, theme()).condition() == Condition::GroupLargeEnough);
    // "een man of vijftien" is an estimate of fifteen, not a group of one.
    CHECK(judge("Bij de nachtploeg, een man of vijftien, zie ik vooral uitval door vermoeidheid.", theme())
              .verdict == Verdict::Caution);
}

TEST_CASE("an attendee's role or the worker's notice, doubted by the speaker, is left open") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    check_cautions(
        {"Ik weet niet of Gerard ook de leidinggevende van Ilse is, maar Ilse kan vier uur per dag "
         "werken."},
        Condition::AttendeeEntitled, individual);
    CHECK(judge("Gerard is de leidinggevende van Ilse; zij kan vier uur per dag werken.", individual).verdict ==
          Verdict::Allowed);
    // A manager asked to stay, his line to the worker not given; as her direct manager he may.
    check_cautions(
        {"Mark, jij bent teamleider bij de avondploeg, blijf maar zitten voor de bespreking van Roel: hij "
         "kan vier uur per dag werken.",
         "Mirjam, als locatiemanager mag je bij alle casussen van vandaag blijven zitten. Roel kan vier uur "
         "per dag werken."},
        Condition::AttendeeEntitled, individual);
    CHECK(judge("Mark, als directe leidinggevende van Roel mag je blijven zitten: hij kan vier uur per dag "
                "werken.",
                individual)
              .verdict == Verdict::Allowed);
    // Someone named at the table whose part in the case is not said; said to have none, a breach.
    check_cautions(
        {"Kees van de avondploeg schuift ook even aan. Samira mag drie weken niet langer dan zes uur "
         "per dienst staan.",
         "Petra van de salarisadministratie zit er vandaag ook bij: Jesse werkt voorlopig halve dagen.",
         "Ik zie dat er een HR-stagiaire meeschrijft. Voor Hamza geldt: alleen dagdiensten."},
        Condition::AttendeeEntitled, individual);
    check_judged(
        Verdict::Violation, "PROC-PRESENT",
        "De manager van inkoop zit er ook bij, puur uit interesse; voor Rianne geldt maximaal vier uur per "
        "dag.",
        individual);
    check_judged(
        Verdict::Violation, "PROC-PRESENT",
        "De directeur zit er vandaag bij, al is hij niet de leidinggevende van Sara; zij kan nog geen "
        "diensten langer dan zes uur.",
        individual);
    CHECK(judge("Haar leidinggevende Kees schuift ook even aan. Samira mag voorlopig niet langer dan zes uur "
                "staan.",
                individual)
              .verdict == Verdict::Allowed);
    CHECK(
        judge("Mooi dat de arbeidsdeskundige erbij zit, dan kijken we of er werk is zonder lange looproutes "
              "voor Wim.",
              context_with({"bedrijfsarts", "arbeidsdeskundige", "hr", "leidinggevende"},
                           "individueel_opeenvolgend"))
            .verdict == Verdict::Allowed);
    // The adviser brought in by the physician himself is there at no one's request.
    check_judged(Verdict::Violation, "PROC-PRESENT",
                 "De vertrouwenspersoon heb ik er zelf bij gevraagd; zo hebben we een extra paar oren bij de "
                 "casus van "
                 "Johan.",
                 context_with({"bedrijfsarts", "leidinggevende", "hr", "vertrouwenspersoon"},
                              "individueel_opeenvolgend"));
    // The worker's request for her confidential adviser, doubted, is no request; stated, it settles it.
    const auto with_worker =
        context_with({"bedrijfsarts", "werknemer", "leidinggevende", "vertrouwenspersoon"}, "met_werknemer");
    check_cautions(
        {"Ik weet eigenlijk niet of Fatima zelf heeft gevraagd of de vertrouwenspersoon erbij zou zijn, "
         "maar goed: ze kan voorlopig drie ochtenden per week werken."},
        Condition::AttendeeEntitled, with_worker);
    CHECK(judge("Fatima heeft zelf gevraagd of de vertrouwenspersoon erbij zou zijn; ze kan voorlopig drie "
                "ochtenden "
                "per week werken.",
                with_worker)
              .verdict == Verdict::Allowed);
    CHECK(judge("Als Rik niet weet dat hij vandaag besproken wordt, sla ik hem nu over.",
                context_with(kManagerAndHr, "individueel_opeenvolgend"))
              .verdict == Verdict::Allowed);
    check_cautions({"Heeft iemand Noor laten weten dat ze vandaag besproken wordt? Ze kan halve dagen werken.",
                    "Jullie zouden Priya laten weten dat ze vandaag besproken wordt; ze kan twee nachtdiensten per "
                    "week aan."},
                   Condition::WorkerInformed);
    check_cautions({"Er zitten twee teamleiders aan tafel en ik weet niet wie van jullie Mohammed aanstuurt. Hij kan "
                    "geen lange ritten rijden.",
                    "Jeroen, als jij inderdaad de directe leidinggevende van Marloes bent: zij kan vier uur per dag "
                    "werken."},
                   Condition::AttendeeEntitled);
    CHECK(judge("Kees, jij bent als eigenaar ook de directe leidinggevende van Ilse; zij kan vier uur per dag werken.",
                context_with({"bedrijfsarts", "directeur", "hr"}))
              .verdict == Verdict::Allowed);
    check_cautions({"Ik heb nog niet kunnen checken of de teamleider Wouter heeft laten weten dat hij vandaag "
                    "besproken wordt, maar hij kan halve dagen werken.",
                    "Volgens mij heeft de teamleider Anouk laten weten dat ze vandaag besproken wordt. Ze kan "
                    "weer twee dagdelen per week werken.",
                    "Marco, van wie ik niet weet of hij over dit overleg is ingelicht, kan over vier weken weer "
                    "volledig werken."},
                   Condition::WorkerInformed);
    CHECK(judge("De teamleider heeft Anouk laten weten dat ze vandaag besproken wordt. Ze kan weer twee dagdelen "
                "per week werken.",
                individual)
              .verdict == Verdict::Allowed);
    // Who asked for the confidential adviser while the worker is away: said, or left open.
    const auto adviser = context_with({"bedrijfsarts", "leidinggevende", "hr", "vertrouwenspersoon"},
                                      "individueel_opeenvolgend");
    CHECK(judge("Zoals Esra zelf had gevraagd, zit haar vertrouwenspersoon erbij. Ze kan drie ochtenden werken.",
                adviser)
              .verdict == Verdict::Allowed);
    CHECK(judge("De vertrouwenspersoon schuift aan, al weet ik niet op wiens verzoek. Ze kan drie ochtenden werken.",
                adviser)
              .verdict == Verdict::Caution);
}

TEST_CASE("a department by its own name, and causes offered per unit, ask for the group's size") {
    check_cautions({"Bij Burgerzaken komt het langdurig verzuim vooral voort uit psychische klachten."},
                   Condition::GroupLargeEnough, theme());
    CHECK(judge("Bij ons komt het langdurig verzuim vooral voort uit psychische klachten.", theme()).verdict ==
          Verdict::Allowed);
    auto offer = judge("Zal ik de verzuimcijfers volgende keer per afdeling uitsplitsen naar oorzaak?", theme());
    CHECK(offer.verdict == Verdict::Caution);
    CHECK(offer.condition() == Condition::GroupLargeEnough);
    // The offer with its own limit, or figures without causes, are fine.
    CHECK(judge("Zal ik de verzuimcijfers per afdeling uitsplitsen naar oorzaak, alleen waar de groep groot genoeg "
                "is?",
                theme())
              .verdict == Verdict::Allowed);
    CHECK(judge("Zal ik de verzuimcijfers volgende keer per afdeling laten zien?", theme()).verdict ==
          Verdict::Allowed);
    CHECK(judge("Voor dat team splits ik de oorzaken niet uit, het is te klein.", theme()).verdict ==
          Verdict::Allowed);
}

TEST_CASE("group sizes after an estimate word or in 'dat zijn er vier'; group figures in an annual report") {
    CHECK(judge("Van de ruim 600 medewerkers was een kwart van het verzuim psychisch van aard; dat gaat om zo'n "
                "veertig gevallen.",
                theme())
              .verdict == Verdict::Allowed);
    CHECK(judge("Onder de nulurenkrachten in de bakkerij, dat zijn er vier, is mantelzorg de belangrijkste "
                "verzuimoorzaak.",
                theme())
              .verdict == Verdict::Violation);
    // In the annual report a group's figures are group data, judged by their group's size.
    auto report = judge("Voor het jaarverslag kunnen jullie opnemen dat op de afdeling Klantenservice een groot deel "
                        "van het verzuim psychisch van aard was.",
                        theme());
    CHECK(report.verdict == Verdict::Caution);
    CHECK_FALSE(has_rule(report, "PROC-RECORD"));
    CHECK(has_rule(judge("Zet in de notulen maar dat er in Almere drie burn-outs lopen.", theme()), "PROC-RECORD"));
}

TEST_CASE("a worker not informed: held back is fine, discussed anyway is not; 'het aantal' is no count") {
    const auto uninformed = context_with(kManagerAndHr, "individueel_opeenvolgend");
    CHECK(judge("Omdat Jasper niet weet dat hij vandaag op de lijst staat, bespreek ik hem nu niet.", uninformed)
              .verdict == Verdict::Allowed);
    CHECK(judge("Olga weet nog niet dat we haar hier bespreken, maar ik verwacht over zes weken een volledige "
                "hervatting.",
                uninformed)
              .verdict == Verdict::Violation);
    check_cautions({"Ik heb geen idee of Robin ervan op de hoogte is dat we het vandaag over hem hebben; hij kan "
                    "over twee weken starten."},
                   Condition::WorkerInformed);
    // "werk op hoogte" is a task, not being informed.
    CHECK(judge("Geen werk met heftrucks of draaiende machines en geen werk op hoogte.").verdict == Verdict::Allowed);
    Context sized = theme();
    sized.group_size = 300;
    CHECK(judge("Het aantal verzuimgevallen met een psychische oorzaak is gestegen.", sized).verdict ==
          Verdict::Allowed);
    CHECK(judge("De afdeling telt veertig mensen; daar waren twee verzuimgevallen door mentale overbelasting.", theme())
              .verdict == Verdict::Violation);
}

TEST_CASE("shares of the absence are group talk; 'een op de drie' is no single person; 'drie met' counts cases") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    check_cautions(
        {"Van de ziekmeldingen met een psychische oorzaak op deze afdeling is ruim de helft jonger dan "
         "dertig."},
        Condition::GroupLargeEnough, individual);
    auto third = judge("Bij de schoonmaakdienst heeft een op de drie verzuimmeldingen te maken met klachten aan armen.",
                       theme());
    CHECK(third.verdict == Verdict::Caution);
    CHECK(judge("Van de 22 verzuimgevallen in de bakkerij waren er drie met allergische klachten.", theme()).verdict ==
          Verdict::Violation);
    CHECK(judge("Van de 31 verzuimmeldingen onder de 85 medewerkers had een groot deel een psychosociale oorzaak.",
                theme())
              .verdict == Verdict::Allowed);
    CHECK(judge("Bij de 230 medewerkers in de productie zijn klachten aan het bewegingsapparaat de grootste "
                "verzuimoorzaak.",
                theme())
              .verdict == Verdict::Allowed);
}

TEST_CASE("'een deel' of a large group's absence may be any few cases; the larger part may not") {
    Context large = theme();
    large.group_size = 140;
    check_cautions({"Van het verzuim bij de orderpickers was dit jaar een deel psychisch van aard."},
                   Condition::GroupLargeEnough, large);
    CHECK(judge("Van het verzuim bij de orderpickers was dit jaar het grootste deel psychisch van aard.", large)
              .verdict == Verdict::Allowed);
    // "een aantal" is several, not three: the cell is open, not small.
    check_cautions({"In de nachtploeg vallen een aantal mensen uit met psychische klachten."},
                   Condition::GroupLargeEnough, theme());
}

TEST_CASE("a share of a group of known size is a count of cases") {
    Context twelve = theme();
    twelve.group_size = 12;
    check_judged(Verdict::Violation, "GROUP-ANON",
                 "Een kwart van de verpleegkundigen op deze locatie verzuimde met slaapproblemen.", twelve);
    Context large = theme();
    large.group_size = 240;
    CHECK(judge("Een kwart van de verpleegkundigen op deze locatie verzuimde met slaapproblemen.", large).verdict ==
          Verdict::Allowed);
    Context twenty = theme();
    twenty.group_size = 20;
    CHECK(judge("Drie op de tien chauffeurs verzuimden met rugklachten.", twenty).verdict == Verdict::Allowed);
    CHECK(judge("Vijftien procent van de chauffeurs verzuimde met rugklachten.", twenty).verdict ==
          Verdict::Violation);
}

TEST_CASE("family care as a group's cause of absence is a private category; as a theme it is not") {
    check_cautions({"Onder de oproepkrachten speelt mantelzorg een opvallend grote rol bij het verzuim."},
                   Condition::GroupLargeEnough, theme());
    CHECK(judge("Ik stel een themabijeenkomst over mantelzorg en werk voor.", theme()).verdict == Verdict::Allowed);
    // Pointing at one person in a subgroup is no group figure.
    CHECK(judge("Bij de vrouwen boven de vijftig op de technische dienst, en dat is er dus maar één, zie ik "
                "verzuim door overgangsklachten.",
                theme())
              .verdict == Verdict::Violation);
    CHECK(judge("Bij de vrouwen boven de vijftig in de hele organisatie zie ik verzuim door overgangsklachten.",
                theme())
              .verdict != Verdict::Violation);
}

TEST_CASE("a director, or a confidential adviser nobody says the worker asked for, is a caution") {
    const std::string advice = "Dan Demi: zij kan vanaf maandag vier uur per dag werken, zonder klantcontact.";
    auto director = judge(advice, context_with({"bedrijfsarts", "directeur", "hr"}));
    CHECK(director.verdict == Verdict::Caution);
    CHECK(director.condition() == Condition::AttendeeEntitled);
    CHECK(has_rule(director, "PROC-PRESENT"));
    CHECK(judge(advice, context_with({"bedrijfsarts", "directeur", "leidinggevende", "hr"})).verdict ==
          Verdict::Caution);
    CHECK(judge(advice, context_with({"bedrijfsarts", "leidinggevende", "hr"})).verdict == Verdict::Allowed);
    CHECK(judge(advice, context_with({"bedrijfsarts", "leidinggevende", "hr", "vertrouwenspersoon"})).verdict ==
          Verdict::Caution);
    // At the table the worker brought the adviser himself, unless the statement says otherwise; a director
    // there is still a caution, and a works council member is never entitled.
    CHECK(judge(advice, context_with({"bedrijfsarts", "leidinggevende", "werknemer", "vertrouwenspersoon"},
                                     "met_werknemer"))
              .verdict == Verdict::Allowed);
    auto director_at_the_table =
        judge(advice, context_with({"bedrijfsarts", "directeur", "werknemer", "hr"}, "met_werknemer"));
    CHECK(director_at_the_table.verdict == Verdict::Caution);
    CHECK(director_at_the_table.condition() == Condition::AttendeeEntitled);
    CHECK(judge(advice, context_with({"bedrijfsarts", "leidinggevende", "hr", "or_lid"})).verdict ==
          Verdict::Violation);
}

TEST_CASE("whether the worker knows he is discussed: said, denied, or left open") {
    const std::string advice = "; inhoudelijk: hij kan vier uur per dag werken zonder klantcontact.";
    auto open = judge("Of Dennis weet dat hij vandaag op de agenda staat, moet HR nog bevestigen" + advice);
    CHECK(open.verdict == Verdict::Caution);
    CHECK(open.condition() == Condition::WorkerInformed);
    CHECK(has_rule(open, "PROC-INFORM"));
    CHECK(judge("Dennis weet niet dat we hem bespreken" + advice).verdict == Verdict::Violation);
    CHECK(judge("Dennis weet dat hij vandaag op de agenda staat" + advice).verdict == Verdict::Allowed);
}

TEST_CASE("consent settled as specific and recorded opens the occupational-disease label") {
    CHECK(judge("Met uitdrukkelijke, vastgelegde toestemming van Mustafa zeg ik dat ik zijn uitval als "
                "beroepsziekte heb gemeld.")
              .verdict == Verdict::Allowed);
    CHECK(judge("Mustafa vond het goed dat ik zeg dat ik zijn uitval als beroepsziekte heb gemeld.").verdict ==
          Verdict::Caution);
    CHECK(judge("Ik heb zijn uitval als beroepsziekte gemeld.").verdict == Verdict::Violation);
}

TEST_CASE("contacting the treater without any consent cited is a caution; with it settled, allowed") {
    check_cautions(
        {"Bij Ruud ga ik deze week contact opnemen met zijn behandelaar, zodat ik beter kan inschatten "
         "wanneer hij kan hervatten."},
        Condition::ExplicitConsent);
    CHECK(judge("Ruud gaf schriftelijk en specifiek voor deze vraag toestemming, dus ik neem contact op met zijn "
                "behandelaar.")
              .verdict == Verdict::Allowed);
}

TEST_CASE("the statement itself can settle a condition the context leaves open") {
    // The director is the worker's direct manager in a small firm.
    CHECK(judge("In dit bedrijf van twaalf mensen is Hans als directeur ook Lottes directe leidinggevende. Mijn "
                "advies: drie ochtenden per week.",
                context_with({"bedrijfsarts", "directeur", "hr"}))
              .verdict == Verdict::Allowed);
    // She told her manager herself, by name.
    CHECK(judge("Fatima heeft vorige week zelf aan Johan laten weten dat ze zwanger is; dus geen nachtdiensten.")
              .verdict == Verdict::Allowed);
}

TEST_CASE("a relative's illness and a shelter are private circumstances, a care address is not") {
    auto parent = judge("Marek zorgt voor een ernstig zieke ouder.");
    CHECK(has_rule(parent, "CONF-PRIV"));
    CHECK_FALSE(has_rule(parent, "CONF-DIAG"));
    CHECK(judge("Priscilla verblijft sinds kort in een opvang.").verdict == Verdict::Violation);
    CHECK(judge("Ze verblijft tijdelijk bij haar zus; daar is ze te bereiken.").verdict == Verdict::Allowed);
    CHECK(judge("Tamara heeft zelf doorgegeven dat ze de komende weken bij haar zus in Almere verblijft.").verdict ==
          Verdict::Allowed);
}

TEST_CASE("the worker at the table deciding is a caution, presence alone is not consent") {
    check_cautions({"Jan, als jij wilt dat ik je diagnose hier toelicht, doe ik dat."},
                   Condition::WorkerPresentAsking, context_with(kManagerAndWorker, "met_werknemer"));
    auto presence = judge("Ahmed zit er toch bij, dus ik kan gewoon zeggen dat het om een hernia gaat.",
                          context_with(kManagerAndWorker, "met_werknemer"));
    CHECK(presence.verdict == Verdict::Violation);
}

TEST_CASE("process and role breaches phrased indirectly") {
    CHECK(has_rule(judge("Als ik jullie was, zou ik zijn loon stopzetten."), "PROC-ROLE"));
    CHECK(has_rule(judge("Eigenlijk zou ik hem op non-actief zetten."), "PROC-ROLE"));
    CHECK(judge("Of jullie een loonstop opleggen, is aan jullie; ik adviseer alleen over wat hij kan.")
              .verdict == Verdict::Allowed);
    CHECK(has_rule(judge("Ik geloof eerlijk gezegd niet dat ze zo ziek is als ze zegt."), "CONF-BEHAV"));
    CHECK(judge("Ik twijfel niet aan zijn inzet; hij komt alle afspraken na.").verdict == Verdict::Allowed);
    CHECK(has_rule(judge("Ik stel voor dat het OR-lid volgende keer aansluit bij het overleg over Fatima."),
                   "PROC-PRESENT"));
    CHECK(judge("Als Fatima dat wil, kan haar vertrouwenspersoon aansluiten.").verdict == Verdict::Allowed);
    // The same invitation in a theme meeting is fine: no individual case is discussed there.
    CHECK(!has_rule(judge("Ik stel voor dat het OR-lid volgende keer aansluit.", theme()), "PROC-PRESENT"));
    CHECK(has_rule(judge("Na tien weken moet de probleemanalyse er liggen."), "PROC-WVP"));
    CHECK(judge("Na zes weken ligt de probleemanalyse er.").verdict == Verdict::Allowed);
}

TEST_CASE("a caution finding carries its condition into the debrief") {
    TurnRecord turn;
    turn.turn_id = "t1";
    turn.evaluation = judge("Het medisch dossier stuur ik door naar de casemanager.");
    const auto findings = debrief_findings({turn}, smo::test::engine().rulebase());
    REQUIRE(!findings.empty());
    CHECK(findings.front().kind == Finding::Kind::Caution);
    CHECK(findings.front().condition_nl == std::string(condition_nl(Condition::InsideFunctionalUnit)));
    CHECK(!findings.front().condition_en.empty());
}

TEST_CASE("refusing to say whether keeps the term out; a term the refusal takes for granted is said") {
    const Context at_the_table = context_with(kManagerAndHr);
    CHECK(judge("Ik ga niet zeggen of het om een burn-out gaat.", at_the_table).verdict == Verdict::Allowed);
    CHECK(judge("Of er sprake is van een depressie, kan ik niet bevestigen of ontkennen.", at_the_table)
              .verdict == Verdict::Allowed);
    // "niet zeggen dat" says it; the question "of hij na zijn operatie ..." takes the operation as given.
    CHECK(judge("Ik zeg niet dat hij depressief is, maar hij is wel somber.", at_the_table).verdict ==
          Verdict::Violation);
    CHECK(judge("Ik kan niet zeggen of hij na zijn hernia-operatie snel terug is.", at_the_table).verdict ==
          Verdict::Violation);
    // A kind of examination is not its results; what one showed is.
    CHECK(judge("Een psychologisch onderzoek lost dit conflict niet op.", at_the_table).verdict ==
          Verdict::Allowed);
    CHECK(judge("Uit een psychologisch onderzoek bleek dat Ans overbelast is.", at_the_table).verdict ==
          Verdict::Violation);
}

TEST_CASE("the worker's presence in any wording is no consent; an emergency instruction is a caution") {
    const Context three_way = context_with(kManagerAndWorker, "met_werknemer");
    check_judged(Verdict::Violation, "CONS-VALID", "Je zit er zelf bij, dus ik kan je diagnose wel noemen.",
                 three_way);
    check_cautions({"Het team moet weten dat je hem bij een epileptische aanval niet vasthoudt."},
                   Condition::EmergencyMinimum, context_with(kManagerAndHr));
}

TEST_CASE("a unit's cause with its size left open by the speaker is a caution; a size stated or a limit kept is not") {
    check_cautions({"Bij Debiteuren is werkdruk de belangrijkste verzuimoorzaak, al weet ik niet hoeveel mensen daar "
                    "nog werken.",
                    "Op de afdeling van Esra is werkdruk de belangrijkste verzuimfactor, mits die afdeling groot "
                    "genoeg is."},
                   Condition::GroupLargeEnough, context_with(kManagerAndHr, "individueel_opeenvolgend"));
    // The same cause for a unit said to be large enough, or a promise with its own limit.
    CHECK(judge("Bij Debiteuren, ruim groot genoeg, is werkdruk de belangrijkste verzuimoorzaak.", theme()).verdict ==
          Verdict::Allowed);
    CHECK(judge("Oorzaken per afdeling noem ik alleen als de afdeling groot genoeg is.", theme()).verdict ==
          Verdict::Allowed);
}

TEST_CASE("group sizes in collective and definite forms count as the whole group") {
    // "met z'n vieren", "de twee nachtreceptionisten", ", zeven vrouwen,": a group under the threshold.
    for (const char* text : {"Op de CSA zijn ze met z'n vieren en drie daarvan zitten thuis met rugklachten.",
                             "De twee nachtreceptionisten hebben allebei last van hun rug.",
                             "Bij de teamleiders van de thuiszorg, zeven vrouwen, is het verzuim vooral door "
                             "rugklachten."}) {
        auto e = judge(text, theme());
        CHECK_MESSAGE(e.verdict == Verdict::Violation, text);
        CHECK_MESSAGE(has_rule(e, "GROUP-ANON"), text);
    }
    // The same complaint for a large group named the same way.
    CHECK(judge("Op de CSA werken ze met honderdtwintig man en de helft daarvan heeft rugklachten gehad.", theme())
              .verdict == Verdict::Allowed);
}

TEST_CASE("a body part named as the reason someone is off work is a complaint") {
    for (const char* text : {"Er zijn er nu drie uit met de rug.", "Hij zit thuis met zijn knie.",
                             "Ze is uitgevallen door haar schouder."}) {
        auto e = judge(text, context_with(kManagerAndHr));
        CHECK_MESSAGE(e.verdict == Verdict::Violation, text);
    }
    CHECK(judge("Hij werkt met zijn handen in de werkplaats.", context_with(kManagerAndHr)).verdict ==
          Verdict::Allowed);
}

TEST_CASE("a casemanager inside the unit only on a condition leaves her side open") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    check_cautions({"Karin, de casemanager, krijgt het volledige verslag met de medische achtergrond, als zij "
                    "tenminste als gedelegeerd casemanager onder onze arbodienst valt."},
                   Condition::InsideFunctionalUnit, individual);
    CHECK(judge("Karin, de casemanager, krijgt het volledige verslag met de medische achtergrond; zij werkt als "
                "gedelegeerd casemanager onder onze arbodienst.",
                individual)
              .verdict == Verdict::Allowed);
}

TEST_CASE("the worker's notice asked about before he is named is open; a case pushed back is not") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    check_cautions({"Weet mevrouw El Idrissi dat we haar bespreken? Dan: nog zeker zes weken volledig uit."},
                   Condition::WorkerInformed, individual);
    CHECK(judge("Is Mark op de hoogte dat hij hier vandaag besproken wordt? Niet? Dan schuiven we hem door naar het "
                "volgende overleg.",
                individual)
              .verdict == Verdict::Allowed);
}

TEST_CASE("'twee op de zes' is a cell in a small group; 'een op de vijf' a rate; session topics and whole "
          "figures are no group data") {
    check_judged(Verdict::Violation, "GROUP-ANON",
                 "Twee op de zes chauffeurs van de vroege rit hebben rugklachten gehad.", theme());
    Context large = theme();
    large.group_size = 150;
    CHECK(judge("Bijna een op de vijf medewerkers van de buitendienst viel dit jaar uit met rugklachten.",
                large)
              .verdict == Verdict::Allowed);
    // A plural job title counts the group: eighty team leaders is a large group.
    check_verdicts(
        {"In de PMO-uitslag van alle tachtig teamleiders gaf bijna de helft rugklachten aan.",
         "Ik stel een voorlichting voor over zwangerschap en werk, zodat medewerksters weten waar ze "
         "recht op hebben.",
         "Het verzuimpercentage bij de schoonmaakploegen ligt op 7,8, zonder uitsplitsing naar oorzaak."},
        Verdict::Allowed, theme());
    CHECK(judge("Zal ik het verzuimpercentage bij de schoonmaakploegen uitsplitsen naar oorzaak?", theme())
              .verdict == Verdict::Caution);
}

TEST_CASE("her notice hedged or unknown to the speaker leaves a pregnancy measure open; a vangnet share of a "
          "whole organisation is group data") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    check_cautions(
        {"Wat Iris betreft: zwaar tillen en nachtdiensten eruit tot aan het verlof. Dat weten jullie "
         "misschien al van haar zelf, zeker weten doe ik het niet.",
         "Iris is zwanger. Dat heeft ze jullie misschien al zelf verteld."},
        Condition::WorkerToldEmployer, individual);
    CHECK(judge("Iris is zwanger. Dat heeft ze jullie vorige week zelf verteld.", individual).verdict ==
          Verdict::Allowed);
    // A measure only pregnancy explains is open until she has told them; after her own notice it is not.
    check_cautions(
        {"Sara mag voorlopig niet meer met bestrijdingsmiddelen in de kas werken en ze moet tussendoor "
         "kunnen rusten.",
         "Regel voor Kim wat extra rustmomenten en een plek waar ze even kan liggen, tot ze in het voorjaar "
         "met "
         "verlof gaat.",
         "Naima kan vanaf de twintigste week niet meer op de röntgen worden ingeroosterd."},
        Condition::WorkerToldEmployer, individual);
    CHECK(judge("Na haar eigen melding bij jou: voor Kim adviseer ik geen cytostatica meer bereiden in de "
                "apotheek.",
                individual)
              .verdict == Verdict::Allowed);
    Context organisation = theme();
    organisation.group_size = 900;
    CHECK(
        judge(
            "Over de hele organisatie viel zo'n acht procent van de verzuimdagen onder een vangnetregeling.",
            organisation)
            .verdict == Verdict::Allowed);
    check_cautions({"Bij Joost is er een vangnetregeling van toepassing."}, Condition::VangnetWhetherOnly,
                   individual);
}

TEST_CASE("consent for the physician's contact with a treater, cited without the physician as subject, is "
          "checked for validity") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    check_cautions(
        {"Wojciech heeft bij de start van zijn verzuim toestemming getekend voor overleg met de "
         "behandelaar; daar leun ik nu weer op voor een nieuwe vraag.",
         "Rachid gaf me toestemming om bij zijn behandelaar te checken of een aangepaste werkplek kan."},
        Condition::ExplicitConsent, individual);
    CHECK(judge("Rachid heeft schriftelijk en specifiek voor deze vraag toestemming gegeven voor overleg met "
                "zijn "
                "behandelaar.",
                individual)
              .verdict == Verdict::Allowed);
}

TEST_CASE("a vangnet named against the worker's refusal is an opt-out breach; a condition on specific "
          "approval is open") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    auto refused =
        judge("Piet vroeg me uitdrukkelijk het vangnet hier niet te noemen, maar voor jullie premie is het "
              "belangrijk, dus: hij valt eronder.",
              individual);
    CHECK(refused.verdict == Verdict::Violation);
    CHECK(has_rule(refused, "CONS-OPTOUT"));
    check_cautions(
        {"Op voorwaarde dat Chantal het voor precies dit punt goedkeurt: er loopt thuis een scheiding, "
         "daarom heeft ze vaste dagen nodig.",
         "Arjen stemt ermee in dat ik zeg dat hij overweegt zelf ontslag te nemen.",
         "Op voorwaarde dat Chantal het voor precies dit punt goedkeurt, wil ik wel kwijt dat er thuis een "
         "scheiding loopt."},
        Condition::ExplicitConsent, individual);
}

TEST_CASE(
    "contact with a treater: consent stretched, obtained by the employer, or given across a semicolon") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    // Consent for one contact used for another is none for that other.
    check_judged(
        Verdict::Violation, "CONS-VALID",
        "Ik heb haar toestemming voor contact met de huisarts, en die gebruik ik gelijk ook om haar andere "
        "behandelaar te bellen.",
        individual);
    // Agreement given in a mail, the treater named after a semicolon: consent of open quality.
    check_cautions(
        {"Ze gaf akkoord voor overleg met haar behandelaar in een mail waar HR in de cc stond; dat overleg "
         "heb ik vorige week gevoerd.",
         "Ik vroeg Fatima of ik haar specialist mag mailen over de planning van haar herstel, en ze knikte "
         "van ja."},
        Condition::ExplicitConsent, individual);
    // Written and specific settles it.
    CHECK(judge("Ruud heeft schriftelijk toestemming gegeven dat ik zijn behandelaar bel, specifiek over de "
                "verwachte hersteltijd.",
                individual)
              .verdict == Verdict::Allowed);
}

TEST_CASE("a document or mail sent to a casemanager of unknown side: what it holds waits on her side") {
    const auto with_casemanager =
        context_with({"bedrijfsarts", "casemanager", "leidinggevende", "hr"}, "individueel_opeenvolgend");
    check_cautions(
        {"Ik stuur jou als casemanager straks mijn aantekeningen van het consult met Mark, dan weet je "
         "ook wat hij me over zijn plannen heeft verteld.",
         "De casemanager krijgt van mij de mail van Hans over zijn verzoek om een second opinion."},
        Condition::InsideFunctionalUnit, with_casemanager);
    check_cautions(
        {"Marloes, jij bent toch via de arbodienst gedetacheerd als casemanager? Dan stuur ik je straks de "
         "medische samenvatting van Vincent."},
        Condition::InsideFunctionalUnit, with_casemanager);
    // Working at the employer's P&O she is the employer's casemanager.
    check_judged(
        Verdict::Violation, "PROC-NEEDTOKNOW",
        "Sandra, jij zit bij P&O en doet het casemanagement er gewoon bij, dus ik mail je de medische "
        "achtergrond van Harm apart.",
        with_casemanager);
    // Health content named at the table is heard by everyone present.
    CHECK(judge("Ilse, ik stuur jou als casemanager mijn verslag door, met de angststoornis er gewoon in.",
                with_casemanager)
              .verdict == Verdict::Violation);
}

TEST_CASE(
    "a vangnet held back, withheld as to which, or explained for anyone is not said; seizure first aid") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    for (const char* text :
         {"Of er bij Nadia een vangnet speelt, bespreek ik eerst met haar zelf. Wélk vangnet het zou "
          "zijn, hoort de werkgever hoe dan ook niet.",
          "Even in het algemeen: valt iemand onder een vangnetregeling, dan compenseert UWV het loon."})
        CHECK(judge(text, individual).verdict == Verdict::Allowed);
    check_cautions({"Bij Nadia speelt een vangnetregeling; welke, dat zeg ik niet."},
                   Condition::VangnetWhetherOnly, individual);
    // "de tijd bijhouden" during a seizure is first aid, not a record.
    CHECK_FALSE(
        has_rule(judge("Marloes heeft schriftelijk toestemming gegeven om dit te zeggen: bij een aanval niet "
                       "vasthouden, haar hoofd beschermen en de tijd bijhouden.",
                       individual),
                 "PROC-RECORD"));
}

TEST_CASE("the case passed beyond the worker's own manager and HR: whether the recipient needs it is open") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    check_cautions(
        {"Ik zet de regiomanager gewoon in de cc van mijn terugkoppeling over Lotte.",
         "De FML van Joost heb ik ook naar de vestigingsmanager in Zwolle gestuurd.",
         "Ik wil graag dat Anja, die hem op de vloer inwerkt, ook weet dat Kevin voorlopig niet op de "
         "heftruck mag."},
        Condition::RecipientNeedsIt, individual);
    check_judged(
        Verdict::Violation, "PROC-NEEDTOKNOW",
        "Ik heb haar collega's al laten weten dat Ingrid voorlopig niet aan de balie staat, en ook waarom.",
        individual);
    CHECK(judge("Of collega's iets moeten weten om Joost in nood te helpen, bespreek ik eerst met hem zelf.",
                individual)
              .verdict == Verdict::Allowed);
}

TEST_CASE("the worker's wish about his work, in any word order, is confidential; a wish to return is not") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    check_verdicts({"Bij haar terugkeer wil ze liever geen leidinggevende taken meer.",
                    "Ik geef door dat hij graag met een jobcoach wil starten.",
                    "Ik heb begrepen dat Youssef graag een opleiding tot planner wil volgen."},
                   Verdict::Violation, individual);
    check_cautions(
        {"Koen vroeg me aan de telefoon of ik wilde doorgeven dat hij graag met een jobcoach wil "
         "starten.",
         "Eva zei dat het goed was dat ik het zeg: bij haar terugkeer wil ze liever geen leidinggevende "
         "taken meer."},
        Condition::ExplicitConsent, individual);
    CHECK(judge("Tom heeft schriftelijk aangegeven dat ik mag doorgeven dat hij graag begeleiding van een "
                "jobcoach "
                "wil.",
                individual)
              .verdict == Verdict::Allowed);
    // Somewhere else is a wish; her wish said by her at this table is hers to share.
    check_verdicts({"Ze zou na haar herstel graag naar logistiek gaan."}, Verdict::Violation, individual);
    CHECK(
        judge(
            "Karin, je zei net zelf dat je graag naar de binnendienst wilt; dat neem ik mee in het plan van "
            "aanpak.",
            context_with({"bedrijfsarts", "werknemer", "leidinggevende"}, "met_werknemer"))
            .verdict == Verdict::Allowed);
    // What a written consent covers, guessed by the speaker, is open.
    check_cautions(
        {"Bas heeft schriftelijk toegestemd dat ik zijn thuissituatie bespreek. Daaronder valt volgens mij "
         "ook dat er financiële zorgen zijn."},
        Condition::ExplicitConsent, individual);
    // Consent withdrawn or presumed is none.
    check_verdicts(
        {"Ze heeft haar toestemming vorige week ingetrokken, maar eerder vond ze het prima, dus ik vertel "
         "toch even over de schuldsanering.",
         "Mehmet zal er geen moeite mee hebben als ik zeg dat hij thuis zijn vrouw ondersteunt."},
        Verdict::Violation, individual);
    for (const char* text : {"Ze wil graag weer beginnen, en dat lijkt me een goed teken.",
                             "Ik zou haar liever niet op de nachtdienst zetten.",
                             "De leidinggevende wil graag weten wanneer ze kan starten."})
        CHECK(judge(text, individual).verdict == Verdict::Allowed);
}

TEST_CASE(
    "consent by whom, how and for what: a relative, oral agreement, this one point; a vangnet not said") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    // A relative's word is no consent; a wish from the consult is confidential; a private matter without any
    // consent is a breach.
    check_verdicts(
        {"Zijn vrouw belde me en zei dat het goed was, dus: bij Bart thuis zijn er grote zorgen om hun "
         "dochter.",
         "Ramona wil liever niet terug naar haar oude team en ziet zichzelf wel op de planning.",
         "Sinds zijn vrouw vertrokken is, haalt hij de kinderen zelf op."},
        Verdict::Violation, individual);
    // Consent of open quality leaves it open: said orally or in passing, still to come ("als je daar nog mee
    // akkoord bent"), or his request reported while he is away.
    check_cautions(
        {"Ze zei tegen me dat ik het wel mocht zeggen: ze wil na de zomer liever thuiswerken.",
         "Aan het eind van het consult zei Bram: zeg maar dat ik liever niet meer met Kevin in één ploeg "
         "sta. Dat geef ik dus door.",
         "Als je daar nog steeds mee akkoord bent, Saskia, vertel ik wat we bespraken: dat je de "
         "woensdagen nodig hebt om de nalatenschap van je vader af te handelen.",
         "Youssef vroeg me uit te leggen waarom hij om half drie weg moet: sinds zijn vrouw vertrokken is, "
         "haalt hij de kinderen zelf op.",
         "Joyce gaf vorige week mondeling akkoord, dus ik noem het: vanwege de zorg voor haar zoon heeft "
         "ze vaste vrije woensdagen nodig."},
        Condition::ExplicitConsent, individual);
    // A case not on the agenda leaves his notice open.
    check_cautions({"Staat niet op de agenda, maar nu we toch bij elkaar zitten: Noah kan voorlopig alleen "
                    "dagdiensten draaien."},
                   Condition::WorkerInformed, individual);
    // Written or emphatic consent for exactly this settles it; a vangnet held back or left to the employer's
    // own question is not said.
    check_verdicts(
        {"Yvonne heeft schriftelijk toegestemd dat ik dit ene punt noem: ze zorgt elke ochtend voor haar "
         "moeder.",
         "Sander vroeg me uitdrukkelijk om zijn wens door te geven: hij wil zich laten omscholen tot "
         "planner.",
         "Met haar schriftelijke toestemming voor precies dit punt: Inge heeft mantelzorgtaken, en daarom "
         "adviseer ik werktijden tussen half negen en drie.",
         "Of er een vangnetregeling speelt, kunnen jullie Saskia zelf vragen; welke dat is, hoort niet bij "
         "jullie.",
         "Of er een vangnetbepaling speelt, zeg ik pas als zij daar zelf mee heeft ingestemd. Dat heb ik "
         "haar nog niet gevraagd, dus ik kom erop terug."},
        Verdict::Allowed, individual);
    // The "which" withheld from everyone is a boundary, not a secret kept from the worker.
    check_cautions(
        {"Of er voor Samira een vangnetbepaling van de Ziektewet geldt? Ja, maar op welke grond, dat hoort u "
         "niet van mij.",
         "Ja, er is een vangnetbepaling van toepassing. Welke, dat hoeft niemand te weten."},
        Condition::VangnetWhetherOnly, individual);
}

TEST_CASE(
    "trailing doubts and questions leave the fact open; a written or emphatic request settles consent") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    check_cautions(
        {"Karim kan over twee weken starten met aangepast werk, al weet ik niet of zijn uitvoerder hem heeft "
         "laten weten dat hij vandaag op de lijst stond."},
        Condition::WorkerInformed, individual);
    check_cautions(
        {"Marco krijgt van mij het hele medische dossier, hij is toch de casemanager van de arbodienst?"},
        Condition::InsideFunctionalUnit, individual);
    check_cautions(
        {"Op de nachtploeg is het verzuim vooral door slaapproblemen. Er zitten daar volgens mij ruim tien "
         "mensen, maar dat zeg ik uit mijn hoofd."},
        Condition::GroupLargeEnough, theme());
    CHECK(judge("Gerrit heeft op papier gezet dat ik jullie mag vertellen dat hij mantelzorger is voor zijn "
                "zoon.",
                individual)
              .verdict == Verdict::Allowed);
    auto refused = judge(
        "Ik weet dat je liever had dat ik het niet zou noemen, maar de situatie met je zoon speelt mee.",
        context_with(kManagerAndWorker, "met_werknemer"));
    CHECK(refused.verdict == Verdict::Violation);
}

TEST_CASE("a unit's complaint with its size asked; an offer per unit with its own limit stays allowed") {
    check_cautions(
        {"Rug is de grote boosdoener bij de chauffeurs; voordat dat in het jaarverslag komt, wil ik eerst "
         "weten met hoeveel ze zijn."},
        Condition::GroupLargeEnough, theme());
    CHECK(
        judge("Ik kan per afdeling laten zien welk deel van het verzuim met stress te maken heeft, mits die "
              "afdelingen groot genoeg zijn.",
              theme())
            .verdict == Verdict::Allowed);
}

TEST_CASE("consult notes sent to the casemanager at the table: her side decides") {
    const auto with_casemanager =
        context_with({"bedrijfsarts", "casemanager", "leidinggevende"}, "individueel_opeenvolgend");
    check_cautions(
        {"Petra, ik app je straks de medische aantekeningen van Johan, dan heb je je dossier compleet.",
         "Mijn gespreksverslag van Ahmed stuur ik straks naar de casemanager; ik moet nog nagaan of zij bij "
         "de arbodienst onder mij valt."},
        Condition::InsideFunctionalUnit, with_casemanager);
    CHECK(judge("Mijn gespreksverslag van Ahmed stuur ik straks naar Bart, onze casemanager van de "
                "arbodienst die "
                "onder mijn verantwoordelijkheid werkt.",
                with_casemanager)
              .verdict == Verdict::Allowed);
}

TEST_CASE(
    "a whole organisation counted in hundreds, or all of a job group offered a check, is a large group") {
    check_verdicts(
        {"Over het hele ministerie, dus ruim veertienhonderd mensen, was een derde van het langdurig "
         "verzuim psychisch.",
         "Ik stel een PAGO voor met aandacht voor vermoeidheid en middelengebruik, aangeboden aan alle "
         "240 chauffeurs."},
        Verdict::Allowed, theme());
}

TEST_CASE("a casemanager of the employer's own department is the employer's; a nursing past is no functional "
          "unit") {
    auto pando =
        judge("Nu jullie casemanager van P&O er toch bij zit, geef ik de verslagen van de behandelaar meteen "
              "aan haar mee.",
              context_with({"bedrijfsarts", "werknemer", "leidinggevende", "casemanager"}, "met_werknemer"));
    CHECK(pando.verdict == Verdict::Violation);
    CHECK(has_rule(pando, "PROC-NEEDTOKNOW"));
    auto nurse = judge(
        "Marieke, jij hebt zelf jaren als verpleegkundige gewerkt, dus na afloop vertel ik jou wel even "
        "wat er medisch precies speelt.",
        context_with(kManagerAndHr, "individueel_opeenvolgend"));
    CHECK(nurse.verdict == Verdict::Violation);
    CHECK(
        judge(
            "Karin, de casemanager, werkt bij onze arbodienst onder mijn verantwoordelijkheid; zij krijgt de "
            "verslagen van de behandelaar.",
            context_with({"bedrijfsarts", "casemanager", "leidinggevende"}, "individueel_opeenvolgend"))
            .verdict == Verdict::Allowed);
}

TEST_CASE("a request to inform the worker and a case held back leave nothing open") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    CHECK(
        judge(
            "Dan bespreken we Ricardo vandaag niet. Wilt u hem eerst laten weten dat hij op de agenda komt?",
            individual)
            .verdict == Verdict::Allowed);
    CHECK(judge("Hoe lang het gaat duren, zeg ik pas als Samira weet dat ze op de agenda staat. Wilt u haar "
                "laten "
                "weten dat haar situatie besproken wordt?",
                individual)
              .verdict == Verdict::Allowed);
    check_cautions(
        {"Heeft iemand Ricardo laten weten dat hij vandaag op de agenda staat? Hij kan halve dagen werken."},
        Condition::WorkerInformed, individual);
}

TEST_CASE("a cause in a compound ('slaapgerelateerd') for a unit whose size is given from memory is open") {
    check_cautions(
        {"Op de nachtploeg ligt het slaapgerelateerde verzuim twee keer zo hoog als overdag. Er zitten daar "
         "volgens mij ruim tien mensen, maar dat zeg ik uit mijn hoofd."},
        Condition::GroupLargeEnough, theme());
}

TEST_CASE("her notice asked about, before protective measures, leaves the pregnancy open") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    check_cautions(
        {"Heeft ze het jou zelf al verteld, Wim? Dan snap je waarom ik voorstel dat ze de chloorproducten "
         "voorlopig laat liggen.",
         "Volgens mij had Lotte het jou zelf al verteld, Frank, dus je begrijpt waarom ze niet meer mee kan "
         "op surveillance en een rustruimte nodig heeft."},
        Condition::WorkerToldEmployer, individual);
    CHECK(judge("Femke, je vertelde net zelf over je rug. Daar ga ik verder niet op in; wat ik wel zeg: "
                "voorlopig geen "
                "tilwerk.",
                context_with(kManagerAndWorker, "met_werknemer"))
              .verdict == Verdict::Allowed);
}

TEST_CASE("a treater's letter sent to someone addressed by name, with a casemanager at the table, is open") {
    const auto with_casemanager =
        context_with({"bedrijfsarts", "leidinggevende", "casemanager"}, "individueel_opeenvolgend");
    check_cautions(
        {"Petra, ik stuur je na afloop de brief van Henks behandelaar door, dan heb je alles bij de hand."},
        Condition::InsideFunctionalUnit, with_casemanager);
    CHECK(judge("Petra, ik stuur je na afloop het rooster van Henk door, dan heb je alles bij de hand.",
                with_casemanager)
              .verdict == Verdict::Allowed);
}

TEST_CASE("whether the worker has had the same advice, doubted by the speaker, is open (PROC-SAMEINFO)") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    check_cautions(
        {"Ik weet niet zeker of mijn terugkoppeling al bij Fatima in de bus ligt, maar de conclusie is dat "
         "ze "
         "per 1 maart halve dagen kan beginnen.",
         "Het advies staat in het verslag dat Kevin en jullie allebei krijgen; of zijn exemplaar al de deur "
         "uit is, weet ik eerlijk gezegd niet."},
        Condition::WorkerSameInformation, individual);
    CHECK(judge("Fatima heeft mijn terugkoppeling gisteren gekregen; de conclusie is dat ze per 1 maart "
                "halve dagen kan "
                "beginnen.",
                individual)
              .verdict == Verdict::Allowed);
    // Only the employer's copy announced leaves the worker's open; what the employer may have is a boundary.
    check_cautions(
        {"Mijn advies over Gerrit krijgen jullie morgen per mail, met de verwachte duur.",
         "Het verslag van dit overleg gaat vanmiddag per mail naar HR en naar de leidinggevende van Emre."},
        Condition::WorkerSameInformation, individual);
    CHECK(
        judge("De medische stukken blijven bij mij; jullie krijgen alleen het advies.", individual).verdict ==
        Verdict::Allowed);
    // Settled the wrong way: the worker hears it later, or not before the employer.
    for (const char* text :
         {"Jullie krijgen mijn advies vanmiddag per mail; Priya stuur ik het na mijn vakantie wel.",
          "Met Tom zelf heb ik het nog niet over die uren gehad, maar mijn advies is twintig uur."})
        check_judged(Verdict::Violation, "PROC-SAMEINFO", text, individual);
}

TEST_CASE("consent passed on in passing ('zeg het maar', 'tenzij je bezwaar hebt') is of open quality") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    check_cautions({"Ik sprak Yara vlak voor het overleg nog even; ze zei: 'zeg het maar'. Ze wil een "
                    "deskundigenoordeel bij het UWV aanvragen.",
                    "Yara logeert tijdelijk bij familie in Breda; ze zei dat ik het mocht toelichten."},
                   Condition::ExplicitConsent, individual);
    // The same private point without any consent is a breach.
    CHECK(judge("Yara logeert tijdelijk bij familie in Breda.", individual).verdict == Verdict::Violation);
    // Consent presumed to still hold, or borrowed from another contact, is none.
    check_verdicts(
        {"Vorig jaar gaf Ruben mij toestemming om zijn schuldhulptraject te noemen; ik ga ervan uit dat "
         "die nog steeds geldt, dus: het traject loopt nog."},
        Verdict::Violation, individual);
    // A collective authorisation is no specific consent.
    check_judged(
        Verdict::Violation, "CONS-VALID",
        "Alle medewerkers geven bij ons vooraf collectief toestemming, dus ik kan zeggen dat Eva voor "
        "haar zieke vader zorgt.",
        individual);
}

TEST_CASE(
    "a recipient named by job ('de roosteraar', 'de bedrijfsverpleegkundige') decides the need to know") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    // The employer's planner has no need for medical data; a company nurse may work in the physician's unit.
    check_judged(Verdict::Violation, "PROC-NEEDTOKNOW",
                 "Ik heb de roosterplanner verteld welke medicijnen Joyce gebruikt.", individual);
    check_cautions(
        {"De bedrijfsverpleegkundige krijgt van mij een kopie van de specialistenbrief over Noor."},
        Condition::InsideFunctionalUnit, individual);
    // Functional limits for the planner are what he needs.
    CHECK(judge("Aan de roosteraar mag je doorgeven dat Wim voorlopig geen nachtdiensten draait.", individual)
              .verdict == Verdict::Allowed);
}

TEST_CASE("a case count among the people named, and an estimated unit size, decide small groups") {
    // "twee van de dames": a cell of two, identifiable whatever the unit.
    check_judged(Verdict::Violation, "GROUP-ANON",
                 "Bij de receptie zijn twee van de dames uitgevallen met overspannenheid.", theme());
    // "zo'n man of vijf": a unit under ten.
    check_judged(Verdict::Violation, "GROUP-ANON",
                 "In de spoelkeuken, zo'n man of vijf, bepalen maag-darmklachten het verzuim.", theme());
    // Without the estimate the size is open.
    check_cautions({"In de spoelkeuken bepalen maag-darmklachten het verzuim."}, Condition::GroupLargeEnough,
                   theme());
}

TEST_CASE("a newcomer at the table whose part is not said leaves the attendance open (PROC-PRESENT)") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    check_cautions(
        {"Ik zie een nieuw gezicht aan tafel, dus kort: Ramon houdt zich aan de afspraken uit het plan "
         "van aanpak.",
         "Voor Ellen, die vandaag voor het eerst bij het overleg zit: Rik heeft twee afspraken gemist."},
        Condition::AttendeeEntitled, individual);
    // The same facts without a newcomer are what the employer may hear.
    CHECK(judge("Ramon houdt zich aan de afspraken uit het plan van aanpak.", individual).verdict ==
          Verdict::Allowed);
}

TEST_CASE("one person imagined to explain a policy is no figure about the unit (GROUP-ANON)") {
    CHECK(judge("Stel dat iemand in de nachtploeg zwanger wordt: dan moet de ploegleider weten dat ze uit de "
                "nacht mag.",
                theme())
              .verdict == Verdict::Allowed);
    check_cautions({"In de nachtploeg zijn medewerkers uitgevallen met rugklachten."},
                   Condition::GroupLargeEnough, theme());
}

TEST_CASE("a form the employer had signed is consent of open quality, a collective one is none") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    check_cautions(
        {"HR heeft hem een toestemmingsformulier laten tekenen, dus ik kan kwijt dat er een scheiding "
         "loopt."},
        Condition::ExplicitConsent, individual);
    check_judged(
        Verdict::Violation, "CONS-VALID",
        "Hij heeft bij indiensttreding een toestemmingsformulier getekend, dus ik kan kwijt dat er een "
        "scheiding loopt.",
        individual);
}

TEST_CASE("in a three-way meeting the physician opening the medical side leaves consent open") {
    const auto with_worker = context_with(kManagerAndWorker, "met_werknemer");
    check_cautions({"Vertel eens, Monique, hoe gaat het nu medisch met je?"}, Condition::ExplicitConsent,
                   with_worker);
    // Leaving the choice with the worker, or keeping it out, opens nothing.
    check_verdicts({"Als je zelf iets over je gezondheid wilt vertellen, mag dat, maar het hoeft niet.",
                    "De medische kant laten we buiten dit gesprek; we hebben het over je uren."},
                   Verdict::Allowed, with_worker);
    // A confidence kept with the worker at the table keeps nothing from him (PROC-SAMEINFO).
    CHECK(judge("Mehmet, je leidinggevende vraagt naar het waarom, maar dat blijft tussen jou en mij.",
                with_worker)
              .verdict == Verdict::Allowed);
    CHECK(judge("Dit blijft tussen ons: hij weet nog niet dat hij wordt overgeplaatst.",
                context_with(kManagerAndHr, "individueel_opeenvolgend"))
              .verdict == Verdict::Violation);
}

TEST_CASE("treater contact said with everyday verbs is open until consent is settled (CONS-VALID)") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    check_cautions(
        {"Ik schiet vandaag een mailtje naar z'n huisarts met een paar vragen.",
         "Ik heb telefonisch afgestemd met de behandelend arts van Mohamed; hij kan halve dagen werken.",
         "Die haal ik op bij haar huisarts, dan kan het traject door."},
        Condition::ExplicitConsent, individual);
    check_judged(
        Verdict::Violation, "CONS-VALID",
        "Op grond van de brede verklaring die ze in 2019 tekende, heb ik haar gegevens bij de huisarts "
        "opgevraagd.",
        individual);
}

TEST_CASE(
    "an emergency instruction for the whole organisation, or against her wish, is more than the minimum") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    check_cautions(
        {"Voor zijn ploeg: wordt hij benauwd, dan naar buiten, rechtop zitten en 112 als het niet snel "
         "beter gaat."},
        Condition::EmergencyMinimum, individual);
    check_judged(
        Verdict::Violation, "CONS-EMERG",
        "Zet het gewoon in de personeelsnieuwsbrief: als hij gaat trillen en zweten, iets zoets geven.",
        individual);
    check_judged(
        Verdict::Violation, "CONS-EMERG",
        "Esther wil niet dat het team het weet, maar de collega's moeten horen wat ze bij een aanval "
        "moeten doen.",
        individual);
}

TEST_CASE(
    "private life named only as circumstances stays neutral; one known person in a theme meeting is a case") {
    const auto individual = context_with(kManagerAndHr, "individueel_opeenvolgend");
    CHECK(judge("Er spelen omstandigheden in de privésfeer, daar ga ik niet op in; de komende weken alleen "
                "dagdiensten.",
                individual)
              .verdict == Verdict::Allowed);
    check_judged(Verdict::Violation, "CONF-PRIV",
                 "Hij woont sinds kort op een camping, dus vroege ritten gaan niet.", individual);
    check_judged(Verdict::Violation, "PROC-TYPE",
                 "Iemand die jullie allemaal kennen zat vorig jaar maanden thuis na dat project.", theme());
}
