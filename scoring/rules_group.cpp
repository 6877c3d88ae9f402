// Group rules for theme and policy meetings: no individual cases, and group data about health that
// cannot be traced to a person (smo-rules.md §7.2).

#include "scoring/rule_families.hpp"

#include <optional>
#include <string>

namespace smo::scoring {
namespace {

void judge_individual_case(const StatementFacts& f, HitAccumulator& hits) {
    const Hit* h = f.individual_cue != nullptr ? f.individual_cue : f.case_name;
    // Protected content about one person weighs more than a passing reference.
    Severity severity = hits.severity_of(kProcType, false);
    if (severity == Severity::Medium && f.protected_content) severity = Severity::High;
    hits.add(kProcType, Verdict::Violation, severity, h,
             "Een individuele casus hoort niet in een thema- of beleidsoverleg.",
             "An individual case does not belong in a theme or policy meeting.");
}

// "Onder de oproepkrachten speelt mantelzorg een grote rol bij het verzuim": a theme named as the cause
// of a group's absence is a private category, not theme content.
bool theme_as_absence_cause(const StatementFacts& f, const Disclosure& x) {
    if (x.hit == nullptr || f.category_of(x).id != "group" ||
        !is_one_of(f.lexicon.entries[x.hit->entry].term,
                   {"mantelzorg", "mantelzorger", "rouw", "overgang", "overgangsklachten"}))
        return false;
    const TokenRange& s = f.analysis.sentences[x.hit->sentence];
    bool absence = false;
    for (std::uint32_t t = s.begin; t < s.end; ++t) {
        const std::string_view w = f.word_at(t);
        if (is_one_of(w, {"thema", "voorlichting", "workshop", "beleid"})) return false;
        absence |= w.starts_with("verzuim") || is_one_of(w, {"uitval", "uitgevallen", "uitvallen"});
    }
    return absence;
}

// "een voorlichting over zwangerschap en werk", "een workshop over slaap": the topic of a theme
// session, not data about the group.
bool topic_of_a_session(const StatementFacts& f, const Disclosure& x) {
    if (x.hit == nullptr) return false;
    const TokenRange& clause = f.analysis.clauses[x.hit->clause];
    const std::uint32_t from = x.hit->tok_begin > clause.begin + 5 ? x.hit->tok_begin - 5 : clause.begin;
    for (std::uint32_t t = from; t + 1 < x.hit->tok_begin; ++t)
        if (is_one_of(f.word_at(t),
                      {"voorlichting", "workshop", "themabijeenkomst", "themasessie", "training", "cursus",
                       "informatie", "folder", "webinar", "lezing", "presentatie"}) &&
            (is_one_of(f.word_at(t + 1), {"over", "rond", "rondom"}) ||
             (f.word_at(t + 1) == "voor" && f.word_at(t + 2) == "over"))) // "stel een voorlichting voor over"
            return true;
    return false;
}

// "verzuim door overbelasting van schouders en polsen", "uitgevallen met de rug": a body part as the seat of
// a group's absence is a complaint category, unlike a task named by it ("boven schouderhoogte").
bool body_part_as_absence_seat(const StatementFacts& f, const Disclosure& x) {
    if (x.hit == nullptr || f.category_of(x).id != "body_part") return false;
    const TokenRange& s = f.analysis.sentences[x.hit->sentence];
    for (std::uint32_t t = s.begin; t < s.end; ++t) {
        const std::string_view w = f.word_at(t);
        if (w.starts_with("verzuim") || is_one_of(w, {"uitval", "uitgevallen", "uitvallen", "ziekmeldingen"}))
            return true;
    }
    return false;
}

// Health categories, and private circumstances given as a cause ("verzuim door mantelzorg").
bool sensitive_for_a_group(const StatementFacts& f, const Disclosure& x) {
    if (topic_of_a_session(f, x)) return false;
    return f.category_of(x).is_health || f.category_of(x).id == "private" || theme_as_absence_cause(f, x) ||
           body_part_as_absence_seat(f, x);
}

const Hit* first_health_hit(const StatementFacts& f) {
    for (const auto& x : f.disclosures)
        if (!x.neutral && sensitive_for_a_group(f, x) && x.hit) return x.hit;
    return nullptr;
}

// "de nachtbakkers", "de zaterdaghulpen", "de nieuwe instromers": people by their job or intake, in the
// plural.
bool job_plural(std::string_view w) {
    if (person_noun_plural(w)) return true;
    for (std::string_view tail :
         {"bakkers", "hulpen", "leiders", "instromers", "kappers", "schilders", "vullers", "bouwers",
          "werkers", "koks", "stagiairs", "uitzendkrachten", "oproepkrachten"})
        if (w.size() > tail.size() + 1 && w.ends_with(tail)) return true;
    return false;
}

// "de monteurs", "de verpleegkundigen": a part of the organisation, of unknown size.
bool names_a_job_group(const StatementFacts& f) {
    for (const Hit* h : f.cue_hits)
        if (label_cue(h->label) == Cue::People && f.cue_value(*h) == 2) return true;
    const auto& tokens = f.analysis.norm.tokens;
    for (std::uint32_t t = 1; t < tokens.size(); ++t)
        if (is_one_of(f.word_at(t - 1), {"de", "nieuwe", "onze", "jullie"}) && job_plural(f.word_at(t)))
            return true;
    return false;
}

// "Monteurs met schouderklachten kunnen vaak eerder terug": a bare plural opening the sentence states
// what is generally true of a trade, not data about this employer's group.
bool general_claim_about_a_trade(const StatementFacts& f) {
    if (f.has(Cue::Unit) || f.group_numbers().group_size || f.group_numbers().cases) return false;
    for (const Hit* h : f.cue_hits)
        if (label_cue(h->label) == Cue::People && f.cue_value(*h) == 2 &&
            h->tok_begin == f.analysis.sentences[h->sentence].begin)
            return true;
    return false;
}

// "de hele organisatie", "landelijk": figures about the whole, not a unit; "boven het landelijk gemiddelde"
// only compares a unit with it.
bool about_the_whole(const StatementFacts& f) {
    for (const Hit* h : f.cue_hits)
        if (label_cue(h->label) == Cue::OrgWide &&
            !is_one_of(f.word_at(h->tok_end), {"gemiddelde", "gemiddeld", "cijfer", "niveau", "beeld"}) &&
            !f.lexicon.entries[h->entry].norm.ends_with("gemiddelde"))
            return true;
    return false;
}

// Fewer cases than half the group threshold (5 of 10) can be traced to people (smo-rules.md §3.4).
bool small_cell(const StatementFacts& f, int threshold, HitAccumulator& hits, const Hit* health_hit) {
    const int cell = (threshold + 1) / 2;
    if (!f.group_numbers().cases || *f.group_numbers().cases >= cell) return false;
    const std::string n = std::to_string(*f.group_numbers().cases), limit = std::to_string(cell);
    hits.violation(kGroupAnon, health_hit,
                   "Een gezondheidscategorie bij " + n + " gevallen is tot personen herleidbaar (drempel " +
                       limit + " gevallen).",
                   "A health category for " + n + " cases can identify individuals (threshold " + limit +
                       " cases).");
    return true;
}

// "de helft", "een groot deel", "de meeste": a share that puts the cell at half the group or more.
bool at_least_half(const StatementFacts& f) {
    for (std::uint32_t t = 0; t < f.analysis.norm.tokens.size(); ++t) {
        const std::string_view w = f.word_at(t);
        if (is_one_of(w, {"helft", "merendeel", "meerderheid", "meeste"}) ||
            (w == "deel" && t > 0 && is_one_of(f.word_at(t - 1), {"groot", "grootste"})))
            return true;
    }
    return false;
}

// "een deel", "een flink deel", "een aantal", "enkele": some of the cases, however few, in any group.
bool an_indefinite_part(const StatementFacts& f) {
    for (std::uint32_t t = 1; t < f.analysis.norm.tokens.size(); ++t) {
        const std::string_view w = f.word_at(t), before = f.word_at(t - 1);
        if ((w == "deel" && (before == "een" || (before == "flink" && t > 1 && f.word_at(t - 2) == "een"))) ||
            is_one_of(w, {"enkele", "sommige", "enkelen", "verschillende", "handvol"}) ||
            (is_one_of(w, {"aantal", "paar"}) && before == "een"))
            return true;
    }
    return false;
}

// "een kwart", "een op de vijf", "vijftien procent", "twee derde": the share of the group the statement
// gives, so a cell can be counted from the group's size; nullopt when none is given.
std::optional<double> stated_share(const StatementFacts& f) {
    const auto& tokens = f.analysis.norm.tokens;
    for (std::uint32_t t = 0; t < tokens.size(); ++t) {
        const std::string_view w = f.word_at(t);
        const std::size_t s = f.analysis.tok_sentence[t];
        int n = 0, m = 0;
        bool ordinal = false;
        if (w == "kwart" && t > 0 && f.word_at(t - 1) == "een") return 0.25;
        if (w == "driekwart") return 0.75;
        if (w == "derde" && t > 0 && f.word_at(t - 1) == "een") return 1.0 / 3.0;
        if (w == "procent" && t > 0 && read_number(f, s, t - 1, n, ordinal) && !ordinal && n <= 100) return n / 100.0;
        // "een op de vijf", "3 op de 10"
        if (w == "op" && t > 0 && t + 2 < tokens.size() && f.word_at(t + 1) == "de" &&
            read_number(f, s, t + 2, m, ordinal) && !ordinal && m > 0) {
            if (f.word_at(t - 1) == "een") return 1.0 / m;
            if (read_number(f, s, t - 1, n, ordinal) && !ordinal && n <= m) return double(n) / m;
        }
    }
    return std::nullopt;
}

// "een derde van de ziekmeldingen", "veertig procent van het langdurig verzuim": a share of the absence,
// which says nothing about how many people it is.
bool share_of_the_absence(const StatementFacts& f) {
    const auto& tokens = f.analysis.norm.tokens;
    for (std::uint32_t t = 0; t + 2 < tokens.size(); ++t) {
        if (!is_one_of(f.word_at(t), {"derde", "kwart", "driekwart", "procent", "helft", "deel"}) ||
            f.word_at(t + 1) != "van")
            continue;
        for (std::uint32_t u = t + 2; u < tokens.size() && u <= t + 5; ++u)
            if (is_one_of(f.word_at(u), {"verzuim", "ziekteverzuim", "ziekmeldingen", "meldingen",
                                         "verzuimdagen", "verzuimmeldingen", "uitval"}))
                return true;
    }
    return false;
}

// A subgroup by sex, age or shift: "de vrouwelijke monteurs", "medewerkers boven de zestig", "ouder dan
// 55", "de chauffeurs in de vroege dienst".
bool narrows_the_group(const StatementFacts& f) {
    int value = 0;
    bool ordinal = false;
    for (std::uint32_t t = 0; t + 1 < f.analysis.norm.tokens.size(); ++t) {
        const std::string_view w = f.word_at(t), next = f.word_at(t + 1);
        if (is_one_of(w, {"vrouwelijke", "mannelijke", "oudere", "jongere"}) ||
            (is_one_of(w, {"vroege", "late", "avond", "nacht"}) && is_one_of(next, {"dienst", "ploeg"})) ||
            (is_one_of(w, {"ouder", "jonger"}) && next == "dan") ||
            (is_one_of(w, {"boven", "onder"}) && next == "de" && t + 2 < f.analysis.norm.tokens.size() &&
             read_number(f, f.analysis.tok_sentence[t], t + 2, value, ordinal)))
            return true;
    }
    return false;
}

// "Bij Burgerzaken", "op de afdeling Klantenservice": a department by its own name, capitalised mid-sentence.
bool names_a_department(const StatementFacts& f) {
    const auto& tokens = f.analysis.norm.tokens;
    for (std::uint32_t t = 1; t < tokens.size(); ++t) {
        if (!tokens[t].capitalised || tokens[t].kind != Token::Kind::Word) continue;
        if (t == f.analysis.sentences[f.analysis.tok_sentence[t]].begin) continue;
        if (!is_one_of(f.word_at(t - 1), {"bij", "op", "afdeling", "dienst", "team", "filiaal", "vestiging", "locatie",
                                          "kazerne", "post", "regio", "depot", "school", "winkel"}))
            continue;
        bool a_name = false;
        for (const Hit* h : f.cue_hits)
            a_name |= label_cue(h->label) == Cue::Name && h->tok_begin == t;
        if (!a_name) return true;
    }
    return false;
}

// "Zal ik de cijfers per afdeling uitsplitsen naar oorzaak?": causes per unit, offered or promised,
// are health categories for groups whose size nobody has checked.
bool offers_causes_per_unit(const StatementFacts& f) {
    bool per_unit = false, causes = false;
    for (std::uint32_t t = 0; t < f.analysis.norm.tokens.size(); ++t) {
        const std::string_view w = f.word_at(t);
        // "zonder uitsplitsing naar oorzaak": figures kept whole.
        if (w.starts_with("uitsplits") && t > 0 && is_one_of(f.word_at(t - 1), {"zonder", "geen"}))
            return false;
        if ((w == "per" && t + 1 < f.analysis.norm.tokens.size() &&
             is_one_of(f.word_at(t + 1), {"afdeling", "team", "filiaal", "school", "locatie", "vestiging", "unit",
                                          "ploeg", "dienst", "faculteit", "winkel"})) ||
            w.starts_with("uitgesplitst") || w.starts_with("uitsplits") || w == "splits" ||
            w == "leeftijdsgroep")
            per_unit = true;
        const bool cause_word = w.starts_with("oorzaak") || w.ends_with("oorzaken") ||
                                w.starts_with("oorzaakcategorie") || w.starts_with("klachtengroep") ||
                                w.starts_with("diagnosegroep");
        if (cause_word && !(t > 0 && is_one_of(f.word_at(t - 1), {"zonder", "geen"}))) causes = true;
    }
    // "... maar niet bij teams onder de tien", "alleen waar de groepen groot genoeg zijn": the offer keeps
    // its own limit.
    return per_unit && causes && !f.has(Cue::Negation) &&
           !f.has_word({"genoeg", "herkenbaar", "herleidbaar", "drempel", "anoniem", "geanonimiseerd", "samengevoegd",
                        "samenvoegen", "minstens", "minimaal"});
}

// "Stel dat iemand in de nachtploeg zwanger wordt", "als een medewerker ...": one person imagined to explain
// a policy, not a figure about the unit.
bool imagines_one_person(const StatementFacts& f) {
    const std::size_t n = f.analysis.norm.tokens.size();
    for (std::uint32_t t = 0; t + 1 < n; ++t) {
        if (!is_one_of(f.word_at(t), {"stel", "als", "mocht", "wanneer", "zodra"})) continue;
        std::uint32_t at = t + 1;
        if (f.word_at(at) == "dat") ++at;
        if (f.word_at(at) == "iemand" ||
            (f.word_at(at) == "een" &&
             is_one_of(f.word_at(at + 1),
                       {"medewerker", "medewerkster", "werknemer", "werkneemster", "collega"})))
            return true;
    }
    return false;
}

void judge_group_size(const StatementFacts& f, int threshold, HitAccumulator& hits) {
    const GroupNumbers& numbers = f.group_numbers();
    if (imagines_one_person(f) && !numbers.cases && !numbers.group_size && !f.context.group_size) return;
    const Hit* health_hit = first_health_hit(f);
    const std::string limit = std::to_string(threshold);
    // The smallest group the statement points at: a room of four inside a plant of eighty is four, and
    // "de vrouwelijke monteurs" are fewer than the plant, by how many the context does not say.
    std::optional<int> group_size = narrows_the_group(f) ? std::nullopt : f.context.group_size;
    if (numbers.group_size && (!group_size || *numbers.group_size < *group_size))
        group_size = numbers.group_size;
    if (group_size.has_value()) {
        // "Een kwart van de twaalf verpleegkundigen": a share of a known group is a count of cases.
        // In a large unit a share of the absence rests on enough cases; in a small one it may be one or two.
        const bool of_the_absence = *group_size < 4 * threshold && share_of_the_absence(f);
        if (const auto share = stated_share(f);
            share && !of_the_absence && !numbers.cases && *group_size >= threshold) {
            const int cases = static_cast<int>(*share * *group_size + 0.5);
            const int cell = (threshold + 1) / 2;
            if (cases < cell)
                hits.violation(kGroupAnon, health_hit,
                               "Dat deel van een groep van " + std::to_string(*group_size) + " is ongeveer " +
                                   std::to_string(cases) + " gevallen: herleidbaar (drempel " + std::to_string(cell) +
                                   " gevallen).",
                               "That share of a group of " + std::to_string(*group_size) + " is about " +
                                   std::to_string(cases) + " cases: identifiable (threshold " + std::to_string(cell) +
                                   " cases).");
            return;
        }
        if (*group_size >= threshold) {
            // In a group under twice the threshold a health category rests on fewer than half the
            // threshold's cases more often than not, and "een deel" may be any few in any group; ask.
            if (!small_cell(f, threshold, hits, health_hit) && !numbers.cases &&
                (of_the_absence ||
                 (!at_least_half(f) && (*group_size < 2 * threshold || an_indefinite_part(f)))))
                hits.caution(kGroupAnon, Condition::GroupLargeEnough, health_hit,
                             "Om hoeveel gevallen gaat het? In een groep van " + std::to_string(*group_size) +
                                 " is een gezondheidscategorie bij minder dan " + std::to_string((threshold + 1) / 2) +
                                 " gevallen herleidbaar.",
                             "How many cases is this? In a group of " + std::to_string(*group_size) +
                                 " a health category for fewer than " + std::to_string((threshold + 1) / 2) +
                                 " cases can identify people.");
            return;
        }
        const std::string size = std::to_string(*group_size);
        hits.violation(kGroupAnon, health_hit,
                       "Een gezondheidscategorie bij een groep van " + size +
                           " mensen is tot personen herleidbaar (drempel " + limit + ").",
                       "A health category for a group of " + size +
                           " people can identify individuals (threshold " + limit + ").");
    } else if (small_cell(f, threshold, hits, health_hit)) {
    } else if (!about_the_whole(f) &&
               (f.has(Cue::Unit) || names_a_job_group(f) || names_a_department(f) ||
                f.meeting != MeetingKind::Theme ||
                (numbers.cases && *numbers.cases < threshold)) && // "vijf mensen": how many staff?
               !general_claim_about_a_trade(f)) {                 // ask
        hits.caution(kGroupAnon, Condition::GroupLargeEnough, health_hit,
                     "Hoe groot is deze groep? Onder de " + limit +
                         " medewerkers is een gezondheidscategorie herleidbaar.",
                     "How large is this group? Below " + limit +
                         " staff a health category can identify people.");
    }
}

// The first attribute that singles someone out; "een op de drie" is a share, not "de drie".
const Hit* singling_out(const StatementFacts& f) {
    for (const Hit* h : f.cue_hits)
        // "de jongste groep", "de oudste medewerkers": an age band, not one person.
        if (label_cue(h->label) == Cue::SingleOut &&
            !(h->tok_begin > 0 && f.word_at(h->tok_begin - 1) == "op") && !names_a_band(f, *h))
            return h;
    return nullptr;
}

// "al weet ik niet hoeveel mensen daar nog werken", "mits die afdeling groot genoeg is": the speaker
// leaves the unit's size open himself.
bool size_left_open(const StatementFacts& f) {
    static constexpr WordSet kOnly{"alleen", "pas", "uitsluitend"};
    static constexpr WordSet kWhen{"als", "waar", "wanneer", "bij"};
    static constexpr WordSet kCondition{"als",   "mits",  "tenzij",       "hoop",
                                        "hangt", "ervan", "veronderstel", "vermoed"};
    static constexpr WordSet kSize{"grote", "groot", "genoeg", "minstens", "minimaal", "klein"};
    const auto& tokens = f.analysis.norm.tokens;
    bool condition = false;
    for (std::uint32_t t = 0; t < tokens.size(); ++t) {
        // "alleen als de groep groot genoeg is": a limit kept, not a size left open.
        if (f.word_in(t, kOnly) && f.word_in(t + 1, kWhen)) return false;
        condition |= f.word_in(t, kCondition);
        const std::string_view w = f.word_at(t);
        // "Er zitten daar volgens mij ruim tien mensen, maar dat zeg ik uit mijn hoofd."
        if (w == "hoeveel" || (w == "hoe" && f.word_at(t + 1) == "groot") ||
            (w == "hoofd" && t >= 2 && f.word_at(t - 1) == "mijn" && f.word_at(t - 2) == "uit") ||
            (condition && f.word_in(t, kSize)))
            return true;
    }
    return false;
}

// "werkdruk is de belangrijkste verzuimoorzaak", "valt vooral uit door", "vooral werkgerelateerd": a cause
// given for a unit's absence, not one offered.
bool gives_a_units_cause(const StatementFacts& f) {
    const bool unit = f.has(Cue::Unit) || names_a_job_group(f) || names_a_department(f);
    if (!unit) return false;
    for (const Disclosure& x : f.disclosures)
        if (!x.neutral && sensitive_for_a_group(f, x)) return true;
    // "het slaapgerelateerde verzuim": a cause in a compound.
    for (std::uint32_t t = 0; t < f.analysis.norm.tokens.size(); ++t)
        if (f.word_at(t).ends_with("gerelateerd") || f.word_at(t).ends_with("gerelateerde")) return true;
    return f.has_word(
        {"door",          "verzuimoorzaak", "hoofdoorzaak",    "oorzaak",          "hoofdfactor",
         "verzuimfactor", "factor",         "werkgerelateerd", "werkgerelateerde", "fysiek",
         "psychisch",     "speelt",         "meespeelt",       "meespelen",        "samenhangt",
         "samenhangen",   "samen",          "vanwege",         "boosdoener",       "maken"});
}

} // namespace

void decide_group_rules(const StatementFacts& facts, int small_group_threshold, HitAccumulator& hits) {
    // "Ik kan per afdeling laten zien ..., mits die afdelingen groot genoeg zijn": an offer that keeps its
    // limit.
    const bool offer_with_limit =
        facts.has_word({"per"}) && facts.has_word({"zien", "tonen", "presenteren", "uitsplitsen"});
    if (size_left_open(facts) && gives_a_units_cause(facts) && !offer_with_limit) {
        hits.caution(kGroupAnon, Condition::GroupLargeEnough, nullptr,
                     "Je laat zelf open hoe groot deze eenheid is; een oorzaak per eenheid is alleen niet "
                     "herleidbaar bij voldoende omvang. Ga het na voordat je het noemt.",
                     "You leave the unit's size open yourself; a cause per unit is non-identifying only in a large "
                     "enough group. Check it before you say it.");
    }
    // Outside theme meetings only group talk is judged here; individual cases are the content rules'.
    if (facts.meeting != MeetingKind::Theme && !facts.group_mode) return;
    // "Die vraag over Bram neem ik mee naar het individuele SMO": the case is deferred, not discussed.
    bool deferred = false;
    for (const Hit* h : facts.cue_hits)
        deferred |= label_cue(h->label) == Cue::Deferral && facts.cue_value(*h) == 1 && !facts.case_content;
    if (facts.meeting == MeetingKind::Theme && facts.individual_ref && !deferred) judge_individual_case(facts, hits);
    bool sensitive = false;
    for (const auto& x : facts.disclosures) sensitive |= !x.neutral && sensitive_for_a_group(facts, x);
    if (!sensitive && facts.group_mode && !facts.individual_ref && offers_causes_per_unit(facts)) {
        hits.caution(kGroupAnon, Condition::GroupLargeEnough, nullptr,
                     "Oorzaken per afdeling of team zijn alleen niet herleidbaar in groepen van voldoende omvang; "
                     "spreek af dat kleine eenheden worden samengevoegd.",
                     "Causes per department or team are non-identifying only in large enough groups; agree that "
                     "small units are merged.");
        return;
    }
    if (!sensitive && !(facts.medical_ref && singling_out(facts) != nullptr)) return;
    if (const Hit* single = singling_out(facts))
        hits.violation(kGroupAnon, single,
                       "Dit kenmerk wijst één persoon aan; groepsgegevens mogen niet herleidbaar zijn.",
                       "This attribute singles out one person; group data must not identify anyone.");
    else if (facts.group_mode)
        judge_group_size(facts, small_group_threshold, hits);
}

} // namespace smo::scoring
