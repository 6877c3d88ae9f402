// Wet verbetering poortwachter: its steps and deadlines are statutory. A step cannot be skipped, and
// a deadline named with a step must fall in the step's legal window (a week of slack either side).

#include "scoring/rule_families.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace smo::scoring {
namespace {

// The steps a time belongs to: those in its own clause, else every step of the sentence ("Rond week
// 52 doen jullie de ziekmelding, samen met de eerstejaarsevaluatie": week 52 is the sick report's).
// A time alone in its clause, beside steps that have their own times ("dan meldt HR hem in week 42 bij
// het UWV, en voor week 52 volgt de eerstejaarsevaluatie"), belongs to a step not recognised: none.
std::vector<const Hit*> steps_for(const StatementFacts& f, const StepSentence& sentence, const TimeExpression& time) {
    std::vector<const Hit*> own;
    const std::uint32_t clause = f.analysis.tok_clause[time.token];
    // "De ziekmelding? Die doen we in week 52, samen met ...": the "die" opening the time's clause is
    // the step asked about in the question before.
    const std::size_t time_sentence = f.analysis.tok_sentence[time.token];
    const bool opens_sentence = f.analysis.clauses[clause].begin == f.analysis.sentences[time_sentence].begin;
    for (const Hit* h : sentence.steps)
        if (h->clause == clause || (opens_sentence && h->sentence < time_sentence)) own.push_back(h);
    if (!own.empty()) return own;
    for (const TimeExpression& other : sentence.times)
        for (const Hit* h : sentence.steps)
            if (other.token != time.token && f.analysis.tok_clause[other.token] == h->clause) return {};
    return sentence.steps;
}

// "De melding bij UWV doen we samen met de eerstejaarsevaluatie rond week 52": steps done together
// share the time, so each of them must fit it.
bool done_together(const StatementFacts& f, const TimeExpression& time) {
    const std::uint32_t clause_id = f.analysis.tok_clause[time.token];
    TokenRange clause = f.analysis.clauses[clause_id];
    // "de ziekmelding doen jullie tegelijk met de eerstejaarsevaluatie, in week 52": a time alone in its
    // clause is the time of what the sentence does together.
    const std::size_t sentence = f.analysis.tok_sentence[time.token];
    if (std::ranges::none_of(f.cue_hits_in(sentence), [&](const Hit* h) {
            return label_cue(h->label) == Cue::Step && h->clause == clause_id;
        }))
        clause = f.analysis.sentences[sentence];
    for (std::uint32_t t = clause.begin; t + 1 < clause.end; ++t) {
        // "De ziekmelding kan wachten tot de eerstejaarsevaluatie in week 52" moves it to that week.
        const bool together =
            is_one_of(f.word_at(t), {"samen", "tegelijk", "tegelijkertijd", "gelijk"}) && f.word_at(t + 1) == "met";
        const bool postponed =
            (is_one_of(f.word_at(t), {"wachten", "uitstellen", "bewaren"}) && f.word_at(t + 1) == "tot") ||
            (f.word_at(t) == "doorschuiven" && f.word_at(t + 1) == "naar");
        if (!together && !postponed) continue;
        // Together with a step ("samen met de eerstejaarsevaluatie"), not with a person ("samen met haar").
        for (const Hit* h : f.cue_hits_in(f.analysis.tok_sentence[t]))
            if (label_cue(h->label) == Cue::Step && h->tok_begin > t + 1 && h->tok_begin <= t + 3) return true;
    }
    return false;
}

bool any_time(const LexEntry& e) {
    return e.week_min < 0 && e.week_max < 0;
}

// Who does a step (smo-rules.md §4): the worker applies for WIA, the employer reports to the UWV, and
// employer and worker draw up the plan van aanpak. A step given to someone else is a wrong step.
const Hit* step_by_wrong_party(const StatementFacts& f, const StepSentence& sentence) {
    for (const Hit* h : sentence.steps) {
        const std::string_view step = f.lexicon.entries[h->entry].step;
        const std::uint32_t c = h->clause;
        if (step == "wia_aanvraag" && f.clause_has_word(c, {"werkgever", "hr", "jullie"}) &&
            f.clause_has_word(
                c, {"indienen", "indient", "aanvragen", "doen", "doet", "regelt", "regelen", "verzorgt"}))
            return h;
        // "Na twee jaar legt de werkgever zelf een loonsanctie op": the UWV's sanction at the end of the
        // waiting time (an employer's own wage stop carries no such time).
        if (step == "loonsanctie" && f.clause_has_word(c, {"werkgever"}) &&
            f.clause_has_word(c, {"legt", "leggen", "opleggen", "oplegt"}) &&
            !f.clause_has_word(c, {"uwv"}) &&
            (f.sentence_has_word(h->sentence, {"104"}) ||
             (f.sentence_has_word(h->sentence, {"twee"}) && f.sentence_has_word(h->sentence, {"jaar"}))))
            return h;
        // "die ziekmelding bij het UWV doe ik voor je": the employer reports, not the physician.
        if (step == "uwv_melding" && f.clause_has_word(c, {"ik"}) &&
            f.clause_has_word(c, {"doe", "regel", "verzorg"}))
            return h;
        // "U moet zelf de ziekmelding bij het UWV doen", said to the worker; "moet Chantal zelf doen".
        if (step == "uwv_melding" && f.clause_has_word(c, {"zelf"}) &&
            ((f.worker_present && f.clause_has_word(c, {"u", "je", "jij"})) || f.clause_has(c, Cue::Name)))
            return h;
        // "Het plan van aanpak schrijf ik zelf": the physician advises on it, he does not write it.
        if (step == "plan_van_aanpak" && f.clause_has_word(c, {"ik"}) && f.clause_has_word(c, {"zelf"}) &&
            f.clause_has_word(c, {"schrijf", "maak", "stel"}))
            return h;
    }
    return nullptr;
}

// "Eerst het plan van aanpak; de probleemanalyse maak ik later", "het plan van aanpak pas na de
// eerstejaarsevaluatie": two steps put in an order against the timeline's.
const Hit* steps_out_of_order(const StatementFacts& f, const StepSentence& sentence) {
    const Hit* first = nullptr;
    const Hit* second = nullptr;
    for (const Hit* h : sentence.steps) {
        const std::uint32_t b = h->tok_begin;
        const std::uint32_t begin = f.analysis.sentences[h->sentence].begin;
        for (std::uint32_t t = b > begin + 3 ? b - 3 : begin; t < b; ++t) {
            if (f.word_at(t) == "eerst") first = h;
            if (f.word_at(t) == "na" && first == nullptr) {
                // "A (pas) na B": B comes first, A after it.
                for (const Hit* a : sentence.steps)
                    if (a->tok_end <= t) {
                        first = h;
                        second = a;
                    }
            }
        }
    }
    if (first != nullptr && second == nullptr)
        for (const Hit* h : sentence.steps)
            if (h != first && f.lexicon.entries[h->entry].step != f.lexicon.entries[first->entry].step) second = h;
    if (first == nullptr || second == nullptr) return nullptr;
    const LexEntry& a = f.lexicon.entries[first->entry];
    const LexEntry& b = f.lexicon.entries[second->entry];
    if (any_time(a) || any_time(b) || a.step == b.step) return nullptr;
    return a.week_max > b.week_max ? first : nullptr;
}

// "Een deskundigenoordeel kun je pas aanvragen als je een jaar ziek bent", "... pas na de
// eerstejaarsevaluatie": a step open at any time given a waiting time.
const Hit* any_time_step_delayed(const StatementFacts& f, const StepSentence& sentence) {
    // A time or another step ("pas als de eerstejaarsevaluatie achter de rug is") to wait for.
    if (sentence.times.empty() && sentence.steps.size() < 2) return nullptr;
    for (const Hit* h : sentence.steps)
        if (any_time(f.lexicon.entries[h->entry]) && f.lexicon.entries[h->entry].step != "loonsanctie" &&
            f.clause_has_word(h->clause, {"pas"}))
            return h;
    return nullptr;
}

// "hooguit drie maanden", "maximaal een half jaar": the time is given as the most it can be.
bool stated_as_a_maximum(const StatementFacts& f, const TimeExpression& time) {
    for (std::uint32_t back = 1; back <= 2 && back <= time.token; ++back)
        if (is_one_of(f.word_at(time.token - back), {"hooguit", "maximaal", "max", "hoogstens"})) return true;
    return false;
}

bool fits_a_step(const StatementFacts& f, const std::vector<const Hit*>& steps, const TimeExpression& time) {
    const double weeks = time.weeks;
    // "na week 104 een loonsanctie": a point in time says nothing about how long the sanction lasts.
    const bool point = f.word_at(time.token) == "week";
    bool fits = false;
    for (const Hit* h : steps) {
        const LexEntry& e = f.lexicon.entries[h->entry];
        // "Een loonsanctie duurt hooguit drie maanden": a maximum short of the year it can last misleads.
        if (e.step == "loonsanctie" && !point && stated_as_a_maximum(f, time) && weeks < e.week_max - 1.0)
            continue;
        if (any_time(e) || (point && e.step == "loonsanctie")) { // any time fits
            fits = true;
            continue;
        }
        double lo = e.week_min < 0 ? 0 : e.week_min - 1.0;
        double hi = e.week_max < 0 ? 1e9 : e.week_max + 1.0;
        if (weeks >= lo && weeks <= hi) fits = true;
    }
    return fits;
}

void add_wrong_deadline(const StatementFacts& f, const Hit* step, HitAccumulator& hits) {
    const LexEntry& e = f.lexicon.entries[step->entry];
    const std::string week = "week " + std::to_string(e.week_max);
    const bool exact = e.week_min == e.week_max;
    const std::string window_nl = exact ? week : "uiterlijk " + week;
    const std::string window_en = exact ? week : week + " at the latest";
    hits.violation(kProcWvp, step,
                   "Verkeerde Poortwachter-termijn: voor '" + e.term + "' geldt " + window_nl + ".",
                   "Wrong Poortwachter deadline: '" + e.term + "' is due in " + window_en + ".");
}

} // namespace

void decide_poortwachter_rules(const StatementFacts& facts, HitAccumulator& hits) {
    for (const StepSentence& sentence : facts.step_sentences) {
        if (sentence.skip != nullptr) {
            hits.violation(
                kProcWvp, sentence.skip,
                "Een Poortwachter-stap overslaan kan niet; de stappen en termijnen zijn wettelijk.",
                "Skipping a Poortwachter step is not possible; steps and deadlines are statutory.");
            continue;
        }
        if (const Hit* h = step_by_wrong_party(facts, sentence)) {
            hits.violation(kProcWvp, h,
                           "Deze Poortwachter-stap hoort bij een andere partij: de werkgever meldt bij het UWV, de "
                           "werknemer vraagt de WIA aan, werkgever en werknemer stellen het plan van aanpak op.",
                           "This Poortwachter step belongs to another party: the employer reports to the UWV, the "
                           "worker applies for WIA, employer and worker draw up the plan of action.");
            continue;
        }
        if (const Hit* h = steps_out_of_order(facts, sentence)) {
            hits.violation(kProcWvp, h, "De Poortwachter-stappen hebben een vaste volgorde; deze staat er omgekeerd.",
                           "The Poortwachter steps have a fixed order; this puts them the other way round.");
            continue;
        }
        if (const Hit* h = any_time_step_delayed(facts, sentence)) {
            hits.violation(kProcWvp, h, "Deze stap kan op elk moment; er geldt geen wachttijd.",
                           "This step can be taken at any time; there is no waiting period.");
            continue;
        }
        for (const TimeExpression& time : sentence.times) {
            const Hit* wrong = nullptr;
            if (done_together(facts, time)) {
                for (const Hit* step : sentence.steps)
                    if (wrong == nullptr && !fits_a_step(facts, {step}, time)) wrong = step;
            } else if (const auto steps = steps_for(facts, sentence, time);
                       !steps.empty() && !fits_a_step(facts, steps, time)) {
                wrong = steps.front();
            }
            if (wrong != nullptr) {
                add_wrong_deadline(facts, wrong, hits); // one finding per sentence
                break;
            }
        }
    }
}

} // namespace smo::scoring
