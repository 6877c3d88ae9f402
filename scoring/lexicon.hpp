#pragma once
// The Dutch lexicon as loaded from assets/lexicon/nl/: disclosure categories, implication hints and
// the analyser's cue phrases (assets/lexicon/nl/cues/). Load once, share read-only.

#include "scoring/json/diagnostic.hpp"
#include "scoring/taxonomy.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace smo::scoring {

/// Cue phrases the decision logic looks for (one file per cue: cues/<id>.json).
enum class Cue : std::uint8_t {
    Boundary,        ///< refusing to share ("dat mag ik niet delen")
    Question,        ///< a question frame around a term ("of het", "wil weten")
    Self,            ///< "zelf": the worker's own words
    Telling,         ///< verbs of telling ("zei", "noemde", "gaf aan")
    Consent,         ///< consent or request claimed ("met zijn toestemming", "op haar verzoek")
    ConsentNegated,  ///< consent explicitly absent ("niet met hem overlegd")
    BlanketConsent,  ///< general authorisation ("machtiging", "algemene toestemming")
    PresenceConsent, ///< presence taken as consent ("hij zit er toch bij")
    Justify,         ///< "dus ik mag het zeggen"
    Emergency,       ///< what colleagues must do in an emergency ("bel 112", "bij een hypo")
    Record,          ///< writing down ("in de notulen", "noteer")
    EmployerAsk,     ///< employer questioning the worker ("vraag hem welke beperkingen")
    Negation,        ///< "niet", "geen", "nooit"
    Secrecy,         ///< withholding from the worker ("dit blijft onder ons")
    Role,            ///< advising pay stop, sanction, dismissal, partisanship
    Deferral,        ///< leaving the decision to the employer ("dat is aan jullie")
    Step,            ///< a Poortwachter step, with its legal window in weeks
    Skip,            ///< skipping a step ("overslaan", "hoeven we geen")
    Number,          ///< number words with a value
    Individual,      ///< a reference to one person ("die collega", "neem nou")
    Name,            ///< common first names (counted only when capitalised in the text)
    SingleOut,       ///< singling out ("de enige", "per persoon")
    Unit,            ///< a sub-unit of the organisation ("afdeling", "bij de")
    OrgWide,         ///< organisation-wide or general ("landelijk", "alle medewerkers")
    Forward,         ///< passing documents on ("stuur door", "mag inzien")
    MedBackground,   ///< "met een medische achtergrond"
    Uninformed,      ///< the worker does not know ("weet niet dat we hem bespreken")
    Attribution,     ///< "het gaat om {pron}", "last van {pron}" before a body part
    CurrentWeek,     ///< "we zitten in", "nu in": the week number that follows is today
    Relative,        ///< "na", "over", "elke": the time that follows is not a deadline
    KnownWord,       ///< correctly spelled Dutch words close to a lexicon word: never typo-corrected
    MedicalRef,      ///< talk about medical data without disclosing it ("de diagnose", "medische gegevens")
    Correspondence,  ///< the worker's mails and letters to the physician
    ConsultRef,      ///< "op het spreekuur", "vertelde me": the source is the consult, not this meeting
    Residence,       ///< where the worker stays ("verblijft bij"): contact information
    BodyState,       ///< "is dik", "doet pijn" after a body part
    WorkContext,     ///< the worker's job or task ("werkt als", "medicijnen uitgeven")
    Exposure,        ///< protective exposure limits ("geen cytostatica", "blootstelling aan")
    CompoundHead,    ///< heads that keep a compound medical ("paniek" + "aanvallen"); not matched alone
    Organisation,    ///< the employer itself named by an institution word ("ons ziekenhuis")
    Casemanager,     ///< a casemanager; value 1 the employer's, 2 inside the physician's unit, 0 unknown
    OwnNotice,       ///< verbs of notifying ("gemeld", "verteld"): with "zelf", the worker told them
    WorkerWish,      ///< the worker at the table decides ("als jij wilt", "wil je dat ik")
    Invite,          ///< bringing people into the meeting ("erbij vragen", "laten aansluiten")
    Outsider,        ///< people without a need to know ("teamgenoten", "OR-lid")
    People,          ///< plural people ("medewerkers"); value 1 a quantifier ("meerdere"), 2 a job group
    Doubt,           ///< the speaker's doubting stance ("ik vraag me af of", "volgens mij", "ik betwijfel")
    Insincerity,     ///< what doubt about the worker is about ("groter maken dan het is", "gewoon niet wil")
    Sanction,        ///< a sanction or dismissal named; value 2 only with "niet" in its clause ("contract")
    AdviceStance,    ///< the speaker recommending ("als ik jullie was", "lijkt me", "wat mij betreft")
    AskVerb,         ///< verbs of questioning someone ("vraag", "navragen", "polsen")
    HealthQuery,     ///< what a question about health asks ("wat hij mankeert", "hoe het met zijn")
    TreaterContact, ///< the physician contacting a treater ("neem contact op met", "vraag informatie op bij")
    Preference,     ///< a preference ("graag", "liever", "het liefst"): with the worker as subject, his wish
    Count
};

inline constexpr std::array<std::string_view, static_cast<std::size_t>(Cue::Count)> kCueIds{
    "boundary",
    "question",
    "self",
    "telling",
    "consent",
    "consent_negated",
    "blanket_consent",
    "presence_consent",
    "justify",
    "emergency",
    "record",
    "employer_ask",
    "negation",
    "secrecy",
    "role",
    "deferral",
    "step",
    "skip",
    "number",
    "individual",
    "name",
    "single_out",
    "unit",
    "org_wide",
    "forward",
    "med_background",
    "uninformed",
    "attribution",
    "current_week",
    "relative",
    "known_word",
    "medical_ref",
    "correspondence",
    "consult_ref",
    "residence",
    "body_state",
    "work_context",
    "exposure",
    "compound_head",
    "organisation",
    "casemanager",
    "own_notice",
    "worker_wish",
    "invite",
    "outsider",
    "people",
    "doubt",
    "insincerity",
    "sanction",
    "advice_stance",
    "ask_verb",
    "health_query",
    "treater_contact",
    "preference",
};
static_assert(kCueIds.size() == static_cast<std::size_t>(Cue::Count));

/// Label space of lexicon entries: categories (taxonomy order), then hints, then cues.
using Label = std::uint8_t;
inline constexpr Label kNoLabel = 0xFF;
Label category_label(std::string_view category_id); ///< kNoLabel when unknown
// Categories, then the hint label, then the cues. Inline: these run in every rule's loops.
inline constexpr Label kCategoryLabels = static_cast<Label>(kCategoryCount);
inline Label cue_label(Cue cue) {
    return static_cast<Label>(kCategoryLabels + 1 + static_cast<Label>(cue));
}
inline bool is_category_label(Label l) {
    return l < kCategoryLabels;
}
inline bool is_cue_label(Label l) {
    return l > kCategoryLabels && l != kNoLabel;
}
inline Cue label_cue(Label l) { ///< only for cue labels
    return static_cast<Cue>(l - kCategoryLabels - 1);
}
Label hint_label();
std::string_view label_id(Label l);

/// One lexicon term, normalised.
struct LexEntry {
    Label label = kNoLabel;
    std::string term;         ///< as written in the file
    std::string norm;         ///< normalised; '\x02' marks a {pron} slot; no '*'
    Label implies = kNoLabel; ///< hints: the category a listener can infer
    bool sensitive = false;
    bool prefix_wild = false; ///< "*klachten": may end a compound
    bool suffix_wild = false; ///< "antidepressiv*": may start a compound
    int value = 0;            ///< numbers: the value
    int week_min = -1;        ///< steps: legal window in weeks since the sick report
    int week_max = -1;
    std::string step; ///< steps: step id (e.g. "plan_van_aanpak")
};

struct Lexicon {
    std::vector<LexEntry> entries;
    std::vector<std::string> files; ///< files loaded, for diagnostics
};

/// Loads every <dir>/*.json (categories and hints.json) and <dir>/cues/*.json. Returns nullopt when
/// any file is broken; `errors` then holds every problem found (the loader does not stop at the first).
std::optional<Lexicon> load_lexicon(const std::filesystem::path& dir, std::vector<json::Diagnostic>& errors);

/// Parses one lexicon file's text into `out` (appending). `file` is used in messages. Returns false
/// on errors. Used by load_lexicon, the tests and the fuzzer.
bool parse_lexicon_file(std::string_view text, const std::string& file, Lexicon& out,
                        std::vector<json::Diagnostic>& errors);

} // namespace smo::scoring
