// Time expressions in sentences that name a Poortwachter step: which of them are deadlines
// ("week 12", "binnen zes weken") and which are not ("we zitten nu in week 12", "na zes weken").

#include "scoring/number_words.hpp"
#include "scoring/statement_facts.hpp"

#include <algorithm>

namespace smo::scoring {
namespace {

// Digits, optionally an ordinal ("12", "12e", "12ste", "12de").
bool parse_digits(std::string_view s, int& value, bool& ordinal) {
    ordinal = false;
    std::size_t i = 0;
    long v = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i < 6)
        v = v * 10 + (s[i++] - '0');
    if (i == 0) return false;
    std::string_view rest = s.substr(i);
    if (rest == "e" || rest == "ste" || rest == "de")
        ordinal = true;
    else if (!rest.empty())
        return false;
    value = static_cast<int>(v);
    return true;
}

// Reads one sentence's tokens; every look-up stays inside the sentence.
class SentenceReader {
  public:
    SentenceReader(const StatementFacts& facts, std::size_t sentence)
        : m_facts(facts), m_sentence(sentence), m_range(facts.analysis.sentences[sentence]) {}

    std::uint32_t begin() const { return m_range.begin; }
    std::uint32_t end() const { return m_range.end; }

    std::string_view word(std::uint32_t t) const {
        if (t >= m_range.end || t < m_range.begin || !is_word(t)) return {};
        return m_facts.word_at(t);
    }
    bool number_at(std::uint32_t t, int& value, bool& ordinal) const {
        if (t >= m_range.end || !is_word(t)) return false;
        return read_number(m_facts, m_sentence, t, value, ordinal);
    }
    bool cue_ends_at(Cue c, std::uint32_t t) const {
        for (const Hit* h : m_facts.cue_hits_in(m_sentence))
            if (label_cue(h->label) == c && h->tok_end == t) return true;
        return false;
    }

  private:
    bool is_word(std::uint32_t t) const { return m_facts.analysis.norm.tokens[t].kind == Token::Kind::Word; }

    const StatementFacts& m_facts;
    std::size_t m_sentence;
    const TokenRange& m_range;
};

// "<n> weken", "<n> maanden", "<n> jaar" in weeks; negative when the next word is no time unit.
double weeks_of(int n, bool ordinal, std::string_view unit) {
    if (ordinal && unit == "week") return n;
    if (unit == "week" || unit == "weken" || unit == "wk" || unit == "wkn") return n;
    if (unit == "maand" || unit == "maanden") return n * 4.33;
    if (unit == "jaar") return n * 52.0;
    return -1;
}

// The deadlines of one sentence. Times after "na", "over", "elke", before "later"/"geleden", or after
// "we zitten in" are not deadlines. Each expression consumes its unit word.
std::vector<TimeExpression> deadlines_in(const SentenceReader& r, bool names_a_duration) {
    std::vector<TimeExpression> times;
    for (std::uint32_t t = r.begin(); t < r.end(); ++t) {
        int n = 0;
        bool ordinal = false;
        std::string_view w = r.word(t);
        if ((w == "week" || w == "wk") && r.number_at(t + 1, n, ordinal)) { // "week 12", "wk 42"
            // "na week 104" is a point on the timeline, unlike "sinds week 12" or "elke week".
            const bool relative = r.cue_ends_at(Cue::Relative, t) && r.word(t - 1) != "na";
            if (!r.cue_ends_at(Cue::CurrentWeek, t) && !relative)
                times.push_back({double(n), t});
            ++t;
            continue;
        }
        if (w == "half" && r.word(t + 1) == "jaar") {
            // "pas na een half jaar" beside a step counts from the sick report, like "na tien weken".
            const bool after_sick_report = t > r.begin() + 1 && r.word(t - 1) == "een" && r.word(t - 2) == "na";
            if (after_sick_report ||
                (!r.cue_ends_at(Cue::Relative, t) && !(t > 0 && r.cue_ends_at(Cue::Relative, t - 1))))
                times.push_back({26.0, t});
            ++t;
            continue;
        }
        if (w == "anderhalf" && r.word(t + 1) == "jaar") {
            times.push_back({78.0, t});
            ++t;
            continue;
        }
        // "een maand of drie": an estimate of three months.
        if (w == "een" && weeks_of(1, false, r.word(t + 1)) > 0 && r.word(t + 2) == "of" &&
            r.number_at(t + 3, n, ordinal)) {
            const bool relative = r.cue_ends_at(Cue::Relative, t) && r.word(t - 1) != "na";
            if (!relative) times.push_back({weeks_of(n, false, r.word(t + 1)), t});
            t += 3;
            continue;
        }
        if (!r.number_at(t, n, ordinal)) continue;
        double weeks = weeks_of(n, ordinal, r.word(t + 1));
        if (weeks < 0) continue;
        std::string_view after = r.word(t + 2);
        // "na tien weken" beside a step counts from the sick report; "na de probleemanalyse" is no number.
        const bool counted_from_sick_report = t > r.begin() && r.word(t - 1) == "na";

        // "nog twee jaar extra loon": beside a sanction, "nog" gives its length.
        // "tot maximaal een jaar extra": so does "maximaal", and "extra" after the unit.
        const bool length =
            names_a_duration && t > r.begin() &&
            (is_one_of(r.word(t - 1), {"nog", "maximaal", "hooguit", "max"}) || after == "extra");
        // "UWV kan na twee jaar een loonsanctie opleggen": when it is imposed, not how long it lasts.
        if (names_a_duration && counted_from_sick_report) {
            ++t;
            continue;
        }
        bool relative = (r.cue_ends_at(Cue::Relative, t) && !counted_from_sick_report && !length) || after == "na" ||
                        after == "later" || after == "geleden" || r.cue_ends_at(Cue::CurrentWeek, t);
        if (!relative) times.push_back({weeks, t});
        ++t;
    }
    return times;
}

} // namespace

bool read_number(const StatementFacts& facts, std::size_t sentence, std::uint32_t t, int& value,
                 bool& ordinal) {
    const auto& tokens = facts.analysis.norm.tokens;
    if (parse_digits(facts.analysis.norm.token_text(tokens[t]), value, ordinal)) return true;
    if (facts.sentence_has(sentence, Cue::Number)) {
        // Cue hits are in text order: the ones starting at t are found by binary search, as this runs
        // for every word of a sentence with a number.
        const auto hits = facts.cue_hits_in(sentence);
        auto first = std::lower_bound(hits.begin(), hits.end(), t,
                                      [](const Hit* h, std::uint32_t at) { return h->tok_begin < at; });
        for (auto it = first; it != hits.end() && (*it)->tok_begin == t; ++it)
            if (const Hit* h = *it; label_cue(h->label) == Cue::Number) {
                // "het aantal verzuimgevallen" is the count asked about, not "een aantal" (a few).
                if (t > 0 && facts.word_at(t) == "aantal" && is_one_of(facts.word_at(t - 1), {"het", "dit", "dat"}))
                    return false;
                value = facts.cue_value(*h);
                ordinal = false;
                return true;
            }
    }
    if (auto n = parse_number_word(facts.analysis.norm.token_text(tokens[t]))) {
        value = n->value;
        ordinal = n->ordinal;
        return true;
    }
    return false;
}

namespace {
// "Week 52 is te laat voor ...", "dertien weken klopt niet": a deadline named in a clause that
// rejects it is not the timeline the speaker gives.
bool rejected(const StatementFacts& f, std::uint32_t token) {
    for (const TokenRange& c : f.analysis.clauses) {
        if (token < c.begin || token >= c.end) continue;
        for (std::uint32_t t = c.begin; t < c.end; ++t) {
            const std::string_view w = f.word_at(t);
            const std::string_view next = t + 1 < c.end ? f.word_at(t + 1) : std::string_view();
            if ((w == "te" && (next == "laat" || next == "vroeg")) || (w == "klopt" && next == "niet") ||
                w == "verouderd" || w == "achterhaald")
                return true;
        }
        return false;
    }
    return false;
}
} // namespace

std::vector<StepSentence> find_step_sentences(const StatementFacts& facts) {
    std::vector<StepSentence> found;
    for (std::size_t s = 0; s < facts.analysis.sentences.size(); ++s) {
        // "De ziekmelding bij UWV? Die doen we in week 52": the step asked about is the one the answer's
        // "die" or "dat" refers to.
        const bool answers_a_step_question =
            s > 0 && facts.analysis.sentences[s - 1].stop == '?' && facts.sentence_has(s - 1, Cue::Step) &&
            is_one_of(facts.word_at(facts.analysis.sentences[s].begin), {"die", "dat", "deze", "dit"});
        if (!facts.sentence_has(s, Cue::Step) && !answers_a_step_question) continue;
        StepSentence step;
        if (answers_a_step_question)
            for (const Hit* h : facts.cue_hits_in(s - 1))
                if (label_cue(h->label) == Cue::Step) step.steps.push_back(h);
        for (const Hit* h : facts.cue_hits_in(s)) {
            if (label_cue(h->label) == Cue::Step) step.steps.push_back(h);
            if (label_cue(h->label) == Cue::Skip) step.skip = h;
        }
        // The longest step wins: "extra loon doorbetalen" is the sanction, not the wage of "loon doorbetalen".
        std::erase_if(step.steps, [&](const Hit* inner) {
            for (const Hit* outer : step.steps)
                if (outer != inner && outer->nbegin <= inner->nbegin && outer->nend >= inner->nend &&
                    outer->nend - outer->nbegin > inner->nend - inner->nbegin)
                    return true;
            return false;
        });
        // A skipped step has no deadline to check.
        if (step.skip == nullptr) {
            const bool names_a_duration = std::ranges::any_of(step.steps, [&](const Hit* h) {
                return facts.lexicon.entries[h->entry].step == "loonsanctie";
            });
            step.times = deadlines_in(SentenceReader(facts, s), names_a_duration);
            std::erase_if(step.times, [&](const TimeExpression& time) { return rejected(facts, time.token); });
        }
        found.push_back(std::move(step));
    }
    return found;
}

} // namespace smo::scoring
