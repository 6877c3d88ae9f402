// Wet verbetering poortwachter: its steps and deadlines are statutory. A step cannot be skipped, and
// a deadline named with a step must fall in the step's legal window (a week of slack either side).

#include "scoring/rule_families.hpp"

#include <string>
#include <vector>

namespace smo::scoring {
namespace {

// The steps a time belongs to: those in its own clause, else every step of the sentence ("Rond week
// 52 doen jullie de ziekmelding, samen met de eerstejaarsevaluatie": week 52 is the sick report's).
std::vector<const Hit*> steps_for(const StatementFacts& f, const StepSentence& sentence, const TimeExpression& time) {
    std::vector<const Hit*> own;
    const std::uint32_t clause = f.analysis.tok_clause[time.token];
    for (const Hit* h : sentence.steps)
        if (h->clause == clause) own.push_back(h);
    return own.empty() ? sentence.steps : own;
}

// "De melding bij UWV doen we samen met de eerstejaarsevaluatie rond week 52": steps done together
// share the time, so each of them must fit it.
bool done_together(const StatementFacts& f, const TimeExpression& time) {
    const TokenRange& clause = f.analysis.clauses[f.analysis.tok_clause[time.token]];
    for (std::uint32_t t = clause.begin; t + 1 < clause.end; ++t) {
        if (!is_one_of(f.word_at(t), {"samen", "tegelijk", "tegelijkertijd", "gelijk"}) || f.word_at(t + 1) != "met")
            continue;
        // Together with a step ("samen met de eerstejaarsevaluatie"), not with a person ("samen met haar").
        for (const Hit* h : f.cue_hits_in(f.analysis.tok_sentence[t]))
            if (label_cue(h->label) == Cue::Step && h->tok_begin > t + 1 && h->tok_begin <= t + 3) return true;
    }
    return false;
}

bool fits_a_step(const StatementFacts& f, const std::vector<const Hit*>& steps, const TimeExpression& time) {
    const double weeks = time.weeks;
    // "na week 104 een loonsanctie": a point in time says nothing about how long the sanction lasts.
    const bool point = f.word_at(time.token) == "week";
    bool fits = false;
    for (const Hit* h : steps) {
        const LexEntry& e = f.lexicon.entries[h->entry];
        if ((e.week_min < 0 && e.week_max < 0) || (point && e.step == "loonsanctie")) { // any time fits
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
        for (const TimeExpression& time : sentence.times) {
            const Hit* wrong = nullptr;
            if (done_together(facts, time)) {
                for (const Hit* step : sentence.steps)
                    if (wrong == nullptr && !fits_a_step(facts, {step}, time)) wrong = step;
            } else if (const auto steps = steps_for(facts, sentence, time); !fits_a_step(facts, steps, time)) {
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
