#pragma once
// The facts pass: what every rule family needs to know about one statement in its context, computed
// once per statement so that the families (rules_*.cpp) only decide. Internal to smo_scoring.

#include "scoring/analyser.hpp"
#include "scoring/evaluation.hpp"
#include "scoring/lexicon.hpp"
#include "scoring/taxonomy.hpp"

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace smo::scoring {

/// The kind of meeting, from Context::smo_type; unknown ids count as individual casework.
enum class MeetingKind { Individual, WithWorker, Theme };

/// One bit per Cue.
using CueMask = std::uint64_t;
static_assert(static_cast<unsigned>(Cue::Count) <= 64, "CueMask has one bit per cue");
constexpr CueMask cue_bit(Cue c) {
    return CueMask{1} << static_cast<unsigned>(c);
}

/// A category the statement discloses: found in the text (`hit` set) or tagged by the scenario.
struct Disclosure {
    Label category = kNoLabel; ///< for hints: the implied category
    bool hint = false;         ///< implied, not named ("ze zit in de ziektewet")
    bool sensitive = false;    ///< the lexicon marks the term as sensitive (raises some severities)
    bool neutral = false;      ///< inside boundary-keeping ("of het psychisch is, kan ik niet zeggen")
    bool echo = false;         ///< repeats what the worker said himself, in his presence
    const Hit* hit = nullptr;
};

/// A time expression that may be a Poortwachter deadline ("week 12", "na zes weken" is not one).
struct TimeExpression {
    double weeks = 0;
    std::uint32_t token = 0;
};

/// A sentence that names a Poortwachter step: the steps, a skip cue and the deadlines it mentions.
struct StepSentence {
    std::vector<const Hit*> steps;
    const Hit* skip = nullptr; ///< "overslaan": the step is dropped, no deadline to check
    std::vector<TimeExpression> times;
};

/// Group sizes and case counts the statement states itself; the smallest of each.
struct GroupNumbers {
    std::optional<int> group_size; ///< "een afdeling van acht medewerkers", "van de 60"
    std::optional<int> cases;      ///< "drie uitgevallen", "twee van de 60"
};

/// What the statement says about the worker's own notice to the employer.
enum class Notice : std::uint8_t { Unsettled, Conditional, Told, Denied };

/// A word list tested against many tokens, with its word bits computed at compile time: most tokens
/// miss the bits and are rejected by one AND. `static constexpr WordSet kWords{"als", "mits"};`
template <std::size_t N> struct WordSet {
    std::array<std::string_view, N> words;
    std::uint64_t bits = 0;

    template <typename... W> consteval explicit WordSet(const W&... w) : words{std::string_view(w)...} {
        for (std::string_view x : words)
            bits |= word_bit(x);
    }
};
template <typename... W> WordSet(const W&...) -> WordSet<sizeof...(W)>;

/// Facts about one statement in its context. Built by gather_facts(); refers to the text, analysis,
/// lexicon and context it was built from, which must outlive it. Read-only for the rule families.
struct StatementFacts {
    StatementFacts(std::string_view text_, const Analysis& analysis_, const Lexicon& lexicon_,
                   const Context& context_)
        : text(text_), analysis(analysis_), lexicon(lexicon_), context(context_) {}

    // [SECTION] the inputs
    std::string_view text;
    const Analysis& analysis;
    const Lexicon& lexicon;
    const Context& context;

    // [SECTION] the context
    MeetingKind meeting = MeetingKind::Individual;
    bool audience_without_confidentiality = false; ///< someone present without beroepsgeheim
    bool worker_present = false;                   ///< present, or a three-way meeting
    bool excluded_role_present = false;            ///< OR-lid, collega or preventiemedewerker at the table

    // [SECTION] cues
    std::vector<CueMask> sentence_cues; ///< per sentence (one spare entry at the end)
    std::vector<CueMask> clause_cues;   ///< per clause (one spare entry at the end)
    CueMask all_cues = 0;
    std::vector<const Hit*> cue_hits;             ///< in text order
    std::vector<std::uint32_t> sentence_cue_from; ///< cue_hits of sentence s: [from[s], from[s+1])
    std::vector<char> worker_telling;             ///< per sentence: the worker told something (not "ik zei")

    // [SECTION] disclosures and what they add up to
    std::vector<Disclosure> disclosures;
    bool protected_content = false; ///< a protected category, not neutralised
    bool health_content = false;    ///< a health category, not neutralised
    bool case_content = false;      ///< anything about the worker's case (not just process or group talk)
    bool medical_ref = false;       ///< talk about medical data without disclosing it ("de diagnose")
    bool medical_data = false;      ///< protected_content || medical_ref

    // [SECTION] consent and emergencies
    bool consent_negated = false; ///< consent explicitly absent
    bool emergency = false;       ///< emergency instructions (CONS-EMERG)
    bool consent_claimed = false; ///< specific consent cited or asked for (not blanket, not presence)
    bool blanket_consent = false; ///< a blanket authorisation relied on (not a form the employer had signed)
    const Hit* presence_consent = nullptr; ///< the worker's presence taken as consent ("zit er toch bij")
    /// Whether the worker told the employer himself: said as a fact ("ze heeft het zelf bij jullie
    /// gemeld"), as a condition ("als ze het al gemeld heeft"), denied ("dat weten jullie nog niet").
    Notice own_notice = Notice::Unsettled;
    bool worker_wish = false;     ///< the worker present decides ("als jij wilt dat ik ...")
    int casemanager_side = -1;    ///< -1 none; 0 unknown, 1 the employer's, 2 inside the physician's unit
    const Hit* casemanager = nullptr;
    const Hit* invited_outsider = nullptr; ///< someone without need to know invited or present

    // [SECTION] the speaker's stance (stance.cpp)
    const Hit* sanction_advice = nullptr;   ///< a sanction or dismissal recommended
    const Hit* employer_question = nullptr; ///< the employer told to question the worker about his health
    const Hit* employer_ask = nullptr;      ///< an employer-ask phrase addressed to the employer, not refused
    const Hit* recorded_health = nullptr;   ///< health data, or what the worker says he cannot, recorded
    const Hit* treater_contact = nullptr;   ///< the physician contacting the worker's treater
    const Hit* announced_medical = nullptr; ///< "ik leg uit wat de specialist zei": medical data announced

    // [SECTION] theme meetings
    const Hit* case_name = nullptr; ///< a first name that is not a participant or a vocative
    /// "die collega", "een collega die ...": a person pointed at, not negated or inside a refused question
    const Hit* individual_cue = nullptr;
    bool individual_ref = false;    ///< the statement is about one person
    bool group_mode = false;        ///< talking about a group, not a person (any meeting type)

    // [SECTION] Poortwachter
    std::vector<StepSentence> step_sentences;

    /// Group sizes and case counts in the text, read on first use: most statements are about one person
    /// and never ask, and reading every word as a number is not cheap. It depends only on the analysis
    /// and the cue index, so when it is read does not matter.
    const GroupNumbers& group_numbers() const;

    /// True when the cue occurs anywhere in the statement.
    bool has(Cue c) const { return (all_cues & cue_bit(c)) != 0; }
    bool sentence_has(std::size_t sentence, Cue c) const {
        return (sentence_cues[sentence] & cue_bit(c)) != 0;
    }
    bool clause_has(std::size_t clause, Cue c) const { return (clause_cues[clause] & cue_bit(c)) != 0; }
    /// The cue hits of one sentence, in text order (keeps look-ups linear on megabyte inputs).
    std::span<const Hit* const> cue_hits_in(std::size_t sentence) const;
    /// The first hit of the cue in the statement; nullptr when absent.
    const Hit* first_cue(Cue c) const;
    /// The first hit of the cue that is not negated; nullptr when there is none.
    const Hit* first_unnegated(Cue c) const;
    /// "niet"/"geen" at most three tokens before the hit, in the same clause.
    bool negated(const Hit& h) const;
    /// negated(), or a negation right after the hit: an imperative refused ("noteer niets", "vraag niet").
    bool negated_either_side(const Hit& h) const;
    /// The value of a cue entry (numbers: the number; other cues: a strength or variant flag).
    int cue_value(const Hit& h) const { return lexicon.entries[h.entry].value; }
    /// The word at token t; empty for punctuation and past the end. Inline: the rules call it for
    /// nearly every token they look at.
    std::string_view word_at(std::size_t t) const {
        const auto& tokens = analysis.norm.tokens;
        if (t >= tokens.size() || tokens[t].kind != Token::Kind::Word) return {};
        return {analysis.norm.text.data() + tokens[t].begin, tokens[t].end - tokens[t].begin};
    }
    /// The word at token t is in `set` (false for punctuation and past the end), by the token's word bit
    /// first.
    template <std::size_t N> bool word_in(std::size_t t, const WordSet<N>& set) const {
        const auto& bits = analysis.word_bits;
        if (t >= bits.size() || (bits[t] & set.bits) == 0) return false;
        for (std::string_view x : set.words)
            if (x == word_at(t)) return true;
        return false;
    }
    /// One of `words` occurs in the statement, in the sentence, or in the clause. Inline: the list's bits
    /// fold to a constant at the call site, and most ranges are rejected by them without a call.
    bool has_word(std::initializer_list<std::string_view> words) const {
        const std::uint64_t filter = bits_of(words);
        return (filter & analysis.all_word_bits) != 0 &&
               range_has_word(0, static_cast<std::uint32_t>(analysis.norm.tokens.size()), filter, words);
    }
    bool sentence_has_word(std::size_t sentence, std::initializer_list<std::string_view> words) const {
        const std::uint64_t filter = bits_of(words);
        return (filter & analysis.sentence_word_bits[sentence]) != 0 &&
               range_has_word(analysis.sentences[sentence].begin, analysis.sentences[sentence].end, filter,
                              words);
    }
    bool clause_has_word(std::size_t clause, std::initializer_list<std::string_view> words) const {
        const std::uint64_t filter = bits_of(words);
        return (filter & analysis.clause_word_bits[clause]) != 0 &&
               range_has_word(analysis.clauses[clause].begin, analysis.clauses[clause].end, filter, words);
    }
    /// The worker asked to keep this category out of the SMO.
    bool kept_out(std::string_view category_id) const;
    /// Hit h lies inside a hit of cue c ("zelf" in "hij zit er zelf bij", "hypo" in "bij een hypo").
    bool inside_cue(const Hit& h, Cue c) const;
    /// A casemanager is named who is not known to be the employer's: he may sit inside the unit.
    bool casemanager_maybe_inside_unit() const { return casemanager != nullptr && casemanager_side != 1; }
    /// The hit's words, quoted and cut to 80 bytes, for reasons; empty without a hit.
    std::string quote(const Hit* h) const;
    const CategoryInfo& category_of(const Disclosure& x) const { return categories()[x.category]; }

  private:
    static constexpr std::uint64_t bits_of(std::initializer_list<std::string_view> words) {
        std::uint64_t bits = 0;
        for (std::string_view x : words)
            bits |= word_bit(x);
        return bits;
    }
    /// A token in [begin, end) whose word bit meets `filter` is one of `words`.
    bool range_has_word(std::uint32_t begin, std::uint32_t end, std::uint64_t filter,
                        std::initializer_list<std::string_view> words) const;

    mutable std::optional<GroupNumbers> m_group_numbers; ///< group_numbers(), once read
};

/// `w` is one of `words` (word lists here are short: a linear scan beats a tree). Length, first and
/// last letter first: this runs for every word, and most comparisons fail there without a library call.
inline bool is_one_of(std::string_view w, std::initializer_list<std::string_view> words) {
    if (w.empty()) return false;
    for (std::string_view x : words)
        if (x.size() == w.size() && x[0] == w[0] && x.back() == w.back() && x == w) return true;
    return false;
}

/// The facts pass. `analysis` is `text` analysed; `tagged` adds the scenario's disclosures.
StatementFacts gather_facts(std::string_view text, const std::vector<TaggedDisclosure>& tagged,
                            const Context& context, const Analysis& analysis, const Lexicon& lexicon);

/// Whether `role` (a role id such as "casemanager") sits at the table, from the context.
bool role_present(const StatementFacts& facts, std::string_view role);
/// A person by job or as a person, singular ("wiskundedocent", "conciërge") or plural ("teamleiders").
bool person_noun(std::string_view word);
bool person_noun_plural(std::string_view word);
/// "de jongste groep", "de oudste medewerkers", "de nieuwe teamleiders": a single-out attribute naming a
/// band or several people, not one person.
bool names_a_band(const StatementFacts& facts, const Hit& single_out);

/// A number at token `t` of `sentence` (a word token): digits ("12", ordinal "12e") or a number word.
bool read_number(const StatementFacts& facts, std::size_t sentence, std::uint32_t t, int& value,
                 bool& ordinal);

/// The speaker doubting the worker's sincerity: an insincerity cue under a doubting stance ("volgens mij
/// maakt ze het groter dan het is"), or a strong one alone (stance.cpp).
const Hit* find_credibility_doubt(const StatementFacts& facts);
/// A sanction named beside a recommending stance ("een loonsanctie lijkt me op zijn plaats").
const Hit* find_sanction_advice(const StatementFacts& facts);
/// The employer sent to ask the worker about his health ("vraag hem hoe het met zijn knie gaat").
const Hit* find_employer_question(const StatementFacts& facts);
/// The first employer-ask phrase ("vraag hem zelf") said to the employer and not refused.
const Hit* find_employer_ask(const StatementFacts& facts);
/// The physician ("ik", "we") contacting a treater named in the same sentence.
const Hit* find_treater_contact(const StatementFacts& facts);
/// A record cue beside health data or the worker's own account of his limitations.
const Hit* find_recorded_health(const StatementFacts& facts);

/// Group sizes and case counts in the text (group_numbers.cpp).
GroupNumbers find_group_numbers(const StatementFacts& facts);

/// The Poortwachter sentences of the statement, with their time expressions (time_expressions.cpp).
std::vector<StepSentence> find_step_sentences(const StatementFacts& facts);

} // namespace smo::scoring
