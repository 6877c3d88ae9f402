// Group sizes and case counts written in the statement itself ("op een afdeling van acht
// medewerkers", "twee van de 60"), so GROUP-ANON can judge them as smo-rules.md §3.4 asks (groups
// under 10 staff, cells under 5 cases) also when the context gives no group size.

#include "scoring/statement_facts.hpp"

#include <array>
#include <string_view>

namespace smo::scoring {
namespace {

// "afdeling", also in compounds ("nachtploeg", "zorgteam", "dagdienst").
bool unit_word(std::string_view w) {
    if (is_one_of(w, {"afdelingen", "teams", "groep", "unit", "vestiging", "locatie", "club", "bedrijf", "organisatie",
                      "filiaal"}))
        return true;
    for (std::string_view tail : {"afdeling", "team", "ploeg", "dienst"})
        if (w.ends_with(tail)) return true;
    return false;
}

// Words after a number that make it a count of people, not of weeks or hours.
bool people_word(std::string_view w) {
    return is_one_of(w, {"medewerkers",     "werknemers", "mensen",    "collega",     "collegas",
                         "personeelsleden", "verzuimers", "zieken",    "gevallen",    "uitvallers",
                         "vrouwen",         "mannen",     "teamleden", "uitgevallen", "ziek",
                         "thuis",           "man",        "personen",  "langdurig",   "verzuimgevallen",
                         "ziekmeldingen",   "meldingen",  "dames",     "heren"});
}

// Nouns for the staff of a group ("met 140 medewerkers"), unlike people_word's counts of cases.
bool staff_word(std::string_view w) {
    return is_one_of(w, {"medewerkers", "werknemers", "mensen", "personeelsleden", "teamleden", "collega", "collegas",
                         "fte", "man", "deelnemers"});
}

// A job group in the plural starts at token t ("monteurs", "de vijf chauffeurs").
bool job_group_at(const StatementFacts& f, std::size_t sentence, std::uint32_t t) {
    for (const Hit* h : f.cue_hits_in(sentence))
        if (h->tok_begin == t && label_cue(h->label) == Cue::People && f.cue_value(*h) == 2) return true;
    return person_noun_plural(f.word_at(t));
}

// "met z'n vieren": the collective form of a number, the whole group counted.
std::optional<int> collective_number(std::string_view w) {
    static constexpr std::array<std::pair<std::string_view, int>, 10> kForms{
        {{"tweeen", 2}, {"drieen", 3}, {"vieren", 4}, {"vijven", 5}, {"zessen", 6}, {"zevenen", 7}, {"achten", 8},
         {"negenen", 9}, {"tienen", 10}, {"twaalven", 12}}};
    for (const auto& [form, value] : kForms)
        if (w == form) return value;
    return std::nullopt;
}

void keep_smallest(std::optional<int>& slot, int value) {
    if (!slot || value < *slot) slot = value;
}

} // namespace

GroupNumbers find_group_numbers(const StatementFacts& f) {
    GroupNumbers out;
    const auto& tokens = f.analysis.norm.tokens;
    for (std::size_t s = 0; s < f.analysis.sentences.size(); ++s) {
        const TokenRange& sr = f.analysis.sentences[s];
        for (std::uint32_t t = sr.begin; t < sr.end; ++t) {
            if (tokens[t].kind != Token::Kind::Word) continue;
            int value = 0;
            bool ordinal = false;
            if (t >= sr.begin + 2 && (f.word_at(t - 1) == "zn" || f.word_at(t - 1) == "n"))
                if (const auto whole = collective_number(f.word_at(t))) {
                    keep_smallest(out.group_size, *whole);
                    continue;
                }
            // "een aantal mensen" is several, not a count.
            if (!read_number(f, s, t, value, ordinal) || ordinal || f.word_at(t) == "aantal") continue;
            std::string_view next = f.word_at(t + 1);
            int total = 0;
            bool total_ordinal = false;
            // "twee van de 60 (medewerkers)", "twee van onze ruim 300 chauffeurs": a cell within a group.
            std::uint32_t at = t + 3;
            if (is_one_of(f.word_at(at), {"ruim", "bijna", "circa", "ongeveer", "zo", "pakweg"})) ++at;
            if (next == "van" &&
                is_one_of(f.word_at(t + 2), {"de", "het", "onze", "alle", "die", "jouw", "uw", "jullie"}) &&
                at < sr.end && read_number(f, s, at, total, total_ordinal) && !total_ordinal) {
                keep_smallest(out.cases, value);
                keep_smallest(out.group_size, total);
                t = at;
                continue;
            }
            // "twee van de dames daar zijn uitgevallen": a count of cases among the people named.
            if (value > 1 && next == "van" && is_one_of(f.word_at(t + 2), {"de", "het", "onze"}) &&
                (people_word(f.word_at(t + 3)) || job_group_at(f, s, t + 3))) {
                keep_smallest(out.cases, value);
                t += 3;
                continue;
            }
            // "we hebben maar vier mensen in dienst": the staff of the group.
            if (staff_word(next) && f.word_at(t + 2) == "in" && f.word_at(t + 3) == "dienst") {
                keep_smallest(out.group_size, value);
                continue;
            }
            // "een afdeling van acht (medewerkers)", "een team met zes mensen", "van de (ruim) 240 medewerkers".
            // "de klantenservice, met 140 medewerkers", ", zes medewerkers,", "de afdeling telt zes mensen".
            // ", zo'n honderdtwintig man,": an estimate word may stand between the comma and the number.
            std::uint32_t lead = t;
            while (lead > sr.begin && lead + 2 > t &&
                   is_one_of(f.word_at(lead - 1), {"zo", "n", "zon", "ruim", "circa", "ongeveer", "bijna",
                                                   "pakweg", "dus", "zeg", "samen", "maar", "slechts"}))
                --lead;
            std::string_view before = lead > sr.begin ? f.word_at(lead - 1) : std::string_view{};
            std::string_view before2 = lead > sr.begin + 1 ? f.word_at(lead - 2) : std::string_view{};
            // "de bakkerij, dat zijn er vier,": the size of the group just named.
            if (before == "er" && before2 == "zijn" && lead > sr.begin + 2 && f.word_at(lead - 3) == "dat") {
                keep_smallest(out.group_size, value);
                continue;
            }
            const bool appositive = lead > sr.begin && tokens[lead - 1].kind == Token::Kind::Comma;
            if (is_one_of(next, {"tot", "jaar", "plus"})) continue; // "de groep van 55 tot 67 jaar": ages
            // "De twee nachtreceptionisten", "die negen man": a definite number of a job group is all of it.
            if (value > 1 && is_one_of(before, {"de", "die", "deze"}) && !is_one_of(before2, {"op", "van"}) &&
                (job_group_at(f, s, t + 1) || staff_word(next) || is_one_of(next, {"vrouwen", "mannen"}))) {
                keep_smallest(out.group_size, value);
                continue;
            }
            // "een op de vijf", "drie op de tien": a rate; "twee op de zes chauffeurs": a cell in a group of
            // six.
            if (before == "de" && before2 == "op") {
                int part = 0;
                bool part_ordinal = false;
                if (lead > sr.begin + 2 &&
                    (people_word(next) || staff_word(next) || job_group_at(f, s, t + 1)) &&
                    read_number(f, s, lead - 3, part, part_ordinal) && !part_ordinal && part > 1 &&
                    part <= value && !is_one_of(f.word_at(t), {"10", "tien", "100", "honderd"})) {
                    keep_smallest(out.cases, part);
                    keep_smallest(out.group_size, value);
                }
                continue;
            }
            bool er_before = false; // "is er (dit jaar) één met", "hebben er dit jaar drie verzuimd"
            for (std::uint32_t back = t; back > sr.begin && back + 4 > t; --back)
                er_before |= f.word_at(back - 1) == "er";
            // "hadden er vier last van stress", "hebben er drie verzuimd": after "er" a number counts cases,
            // unless it counts units ("zijn er drie ploegen") or time ("er twee weken").
            if (value > 1 && er_before && !unit_word(next) && !staff_word(next) &&
                !job_group_at(f, s, t + 1) && next != "met" &&
                !is_one_of(f.word_at(t), {"enkelen", "enkele", "paar", "meerdere", "verschillende"}) &&
                !is_one_of(next,
                           {"keer", "maal", "dagen", "weken", "maanden", "jaar", "uur", "procent", "van"})) {
                keep_smallest(out.cases, value);
                continue;
            }
            // "waren er drie met allergische klachten", "hadden er dit jaar vier met ...": a count of cases;
            // "is er één met kanker uitgevallen": a case of one ("een" after "er" is no article).
            const bool one_after_er = value == 1 && next == "met" && er_before;
            if ((value > 1 || one_after_er) &&
                (next == "met" || (before == "er" && is_one_of(next, {"door", "vanwege"})))) {
                keep_smallest(out.cases, value);
                continue;
            }
            // "de keuken, zo'n man of vijf,": the estimated size of the group just named.
            // ", een man of zes,": the same after a comma.
            const bool estimate_after_comma = lead > sr.begin + 3 && f.word_at(lead - 3) == "een" &&
                                              tokens[lead - 4].kind == Token::Kind::Comma;
            if (before == "of" && before2 == "man" && lead > sr.begin + 2 &&
                (is_one_of(f.word_at(lead - 3), {"zo", "n", "zon"}) || estimate_after_comma)) {
                keep_smallest(out.group_size, value);
                continue;
            }
            // "een man of vijftien", "een stuk of tien": an estimate; its number follows "of".
            if (is_one_of(next, {"man", "stuk"}) && f.word_at(t + 2) == "of") continue;
            // "onze drie chauffeurs boven de zestig": all of them, the group.
            if (before == "onze" && !people_word(next) && job_group_at(f, s, t + 1)) {
                keep_smallest(out.group_size, value);
                continue;
            }
            if ((is_one_of(before, {"van", "met"}) && unit_word(before2)) ||
                (is_one_of(before, {"de", "onze", "alle"}) &&
                 is_one_of(before2, {"van", "onder", "bij", "aan", "voor"}) &&
                 (people_word(next) || job_group_at(f, s, t + 1))) ||
                ((is_one_of(before, {"met", "telt", "tellen", "werken"}) || appositive) &&
                 (staff_word(next) || is_one_of(next, {"vrouwen", "mannen"})))) {
                keep_smallest(out.group_size, value);
                continue;
            }
            // "zijn drie verpleegkundigen zwanger geworden": a number of a job group counts cases, unless it
            // is the staff ("waar twaalf koks werken").
            const bool staff_of_the_unit =
                before == "waar" || is_one_of(f.word_at(t + 2), {"werken", "werkzaam"});
            if (value > 1 && (people_word(next) || (job_group_at(f, s, t + 1) && !staff_of_the_unit)))
                keep_smallest(out.cases, value);
        }
    }
    return out;
}

} // namespace smo::scoring
