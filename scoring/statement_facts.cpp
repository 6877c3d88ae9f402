#include "scoring/statement_facts.hpp"

#include "scoring/normalise.hpp"

#include <algorithm>
#include <initializer_list>
#include <optional>

namespace smo::scoring {
bool role_present(const StatementFacts& f, std::string_view role) {
    return std::ranges::find(f.context.who_present, role) != f.context.who_present.end();
}

// A person by job, singular: "conciërge", "wiskundedocent", "verpleegkundige", "magazijnmedewerker".
bool person_noun(std::string_view w) {
    if (is_one_of(w, {"man",          "vrouw",       "jongen",        "meisje",       "dame",
                      "heer",         "collega",     "concierge",     "kok",          "juf",
                      "leraar",       "lerares",     "stagiair",      "stagiaire",    "receptioniste",
                      "secretaresse", "invaller",    "uitzendkracht", "oproepkracht", "vrijwilliger",
                      "teamleider",   "ploegleider", "voorman"}))
        return true;
    for (std::string_view tail :
         {"docent",      "kundige",        "medewerker",  "medewerkster", "chauffeur",  "monteur",
          "schoonmaker", "schoonmaakster", "verzorgende", "planner",      "assistent",  "operator",
          "beveiliger",  "bezorger",       "agent",       "receptionist", "begeleider", "analist",
          "laborant",    "laborante",      "adviseur",    "programmeur",  "lasser",     "timmerman"})
        if (w.ends_with(tail)) return true;
    return false;
}

bool names_a_band(const StatementFacts& f, const Hit& single_out) {
    const std::string_view next = f.word_at(single_out.tok_end);
    // "de nieuwe teamleiders": the cue for one ("de nieuwe teamleider") matched in the plural.
    const std::string_view last = f.word_at(single_out.tok_end - 1);
    return is_one_of(next, {"groep", "leeftijdsgroep", "categorie", "medewerkers", "collegas"}) ||
           person_noun_plural(next) || (!person_noun(last) && person_noun_plural(last));
}

bool person_noun_plural(std::string_view w) {
    for (std::size_t cut : {1u, 2u})
        if (w.size() > cut + 2 && (w.ends_with("s") || w.ends_with("n")) &&
            person_noun(w.substr(0, w.size() - cut)))
            return true;
    return false;
}

namespace {

MeetingKind meeting_kind_of(const std::string& smo_type) {
    if (smo_type == "met_werknemer") return MeetingKind::WithWorker;
    if (smo_type == "thema_beleid") return MeetingKind::Theme;
    return MeetingKind::Individual;
}

void read_context(StatementFacts& f) {
    const Context& ctx = f.context;
    f.audience_without_confidentiality = ctx.audience_without_confidentiality();
    f.meeting = meeting_kind_of(ctx.smo_type);
    f.worker_present = ctx.worker_present() || f.meeting == MeetingKind::WithWorker;
    f.excluded_role_present =
        std::any_of(ctx.who_present.begin(), ctx.who_present.end(),
                    [](const std::string& r) { return role_excluded_from_casework(r); });
}

// Cue masks per sentence and clause, and the cue hits indexed per sentence. Hits are in text order,
// so each sentence's cue hits are one contiguous run of cue_hits.
void index_cues(StatementFacts& f) {
    const Analysis& a = f.analysis;
    f.sentence_cues.assign(a.sentences.size() + 1, 0);
    f.clause_cues.assign(a.clauses.size() + 1, 0);
    f.cue_hits.reserve(a.hits.size()); // one allocation, not one per doubling
    for (const Hit& h : a.hits) {
        if (!is_cue_label(h.label)) continue;
        CueMask m = cue_bit(label_cue(h.label));
        f.sentence_cues[h.sentence] |= m;
        f.clause_cues[h.clause] |= m;
        f.all_cues |= m;
        f.cue_hits.push_back(&h);
    }
    f.sentence_cue_from.assign(a.sentences.size() + 2, 0);
    for (const Hit* h : f.cue_hits)
        ++f.sentence_cue_from[h->sentence + 1];
    for (std::size_t s = 1; s < f.sentence_cue_from.size(); ++s)
        f.sentence_cue_from[s] += f.sentence_cue_from[s - 1];
}

// "Dat kan ik zeggen", "zoals ik al zei": the physician telling about his own work, not the worker
// telling him something.
bool first_person(const StatementFacts& f, const Hit& h) {
    auto is_me = [](std::string_view w) { return w == "ik" || w == "we" || w == "wij"; };
    for (std::uint32_t k = 1; k <= 3 && k <= h.tok_begin; ++k) {
        std::uint32_t t = h.tok_begin - k;
        if (f.analysis.tok_clause[t] != h.clause) break;
        if (is_me(f.word_at(t))) return true;
    }
    return is_me(f.word_at(h.tok_end));
}

void mark_worker_telling(StatementFacts& f) {
    f.worker_telling.assign(f.analysis.sentences.size() + 1, 0);
    for (const Hit* h : f.cue_hits)
        if (label_cue(h->label) == Cue::Telling && !first_person(f, *h)) f.worker_telling[h->sentence] = 1;
}

bool told_the_employer(const StatementFacts& f, std::size_t clause);

// "Nu ze het zelf bij jullie heeft gemeld": her notice to the employer, not her words at the table.
bool notice_to_the_employer(const StatementFacts& f, std::size_t sentence) {
    for (const Hit* h : f.cue_hits_in(sentence))
        if (label_cue(h->label) == Cue::OwnNotice && told_the_employer(f, h->clause)) return true;
    return false;
}

// Echo: the worker's own words repeated ("zoals je zelf zei"); the scope runs on over a ':'.
std::vector<char> echo_sentences(const StatementFacts& f) {
    const auto& sentences = f.analysis.sentences;
    std::vector<char> echo(sentences.size() + 1, 0);
    for (std::size_t s = 0; s < sentences.size(); ++s) {
        bool self_sufficient = false, self = false;
        for (const Hit* h : f.cue_hits_in(s)) {
            if (label_cue(h->label) != Cue::Self || f.inside_cue(*h, Cue::PresenceConsent)) continue;
            self = true;
            self_sufficient |= f.cue_value(*h) == 1;
        }
        if (self && (f.sentence_has(s, Cue::Telling) || self_sufficient) && !f.sentence_has(s, Cue::ConsultRef) &&
            !notice_to_the_employer(f, s)) {
            echo[s] = 1;
            if (sentences[s].stop == ':' && s + 1 < sentences.size()) echo[s + 1] = 1;
        }
    }
    return echo;
}

// "ze is", "jouw", "zijn astma": someone in particular, so a unit named beside it is a place, not the
// group the statement is about.
bool addresses_or_refers_to_someone(const StatementFacts& f) {
    const auto& tokens = f.analysis.norm.tokens;
    for (std::size_t t = 0; t < tokens.size(); ++t)
        if (is_one_of(f.word_at(t), {"hij", "hem", "haar", "ze", "zij", "je", "jij", "jou", "jouw", "u", "uw"}))
            return true;
    // Possessive "zijn" opens a sentence ("Zijn astma ..."); the verb there asks ("Zijn er ...").
    for (const TokenRange& s : f.analysis.sentences)
        if (s.end > s.begin && f.word_at(s.begin) == "zijn" && (s.begin + 1 >= s.end || f.word_at(s.begin + 1) != "er"))
            return true;
    return false;
}

// Verbs of telling others something ("vertel", "leg uit", "licht toe").
bool is_speech_verb(std::string_view w) {
    return is_one_of(w, {"zeggen", "zeg", "vertellen", "vertel", "delen", "deel", "bespreken", "bespreek", "noemen",
                         "noem", "uitleggen", "leg", "toelichten", "licht", "voorlezen", "lees", "doorgeven"});
}

// Token t is a first name ("of er bij Bram een ...").
bool is_name_token(const StatementFacts& f, std::size_t sentence, std::uint32_t t) {
    for (const Hit* h : f.cue_hits_in(sentence))
        if (label_cue(h->label) == Cue::Name && h->tok_begin <= t && t < h->tok_end) return true;
    return false;
}

// "Ik ga niet zeggen of het om een burn-out gaat", "Of hij depressief is, bespreek ik hier niet": the
// physician refuses, in the first person, to say whether - the term is the very question refused,
// in either word order. Not refused: "ik zeg niet dat hij depressief is" (dat, not of), nor a term
// the question takes for granted ("of hij na zijn hernia-operatie snel terug is").
bool refused_whether(const StatementFacts& f, const Hit& h) {
    const TokenRange& s = f.analysis.sentences[h.sentence];
    // First the cheap part: the term must follow "of" with only frame words between, as in
    // "of (het) (om) (een) X" or "of hij/ze X is/heeft".
    static constexpr WordSet kFrame{"het", "hij",  "ze", "zij",   "er", "om",   "een", "sprake",
                                    "van", "gaat", "is", "heeft", "al", "echt", "bij"};
    bool whether = false;
    for (std::uint32_t t = h.tok_begin; t-- > s.begin;) {
        if (f.word_at(t) == "of") {
            whether = true;
            break;
        }
        if (!f.word_in(t, kFrame) && !is_name_token(f, h.sentence, t)) return false;
    }
    if (!whether) return false;
    bool first_person = false, negated = false, speech = false;
    for (std::uint32_t t = s.begin; t < s.end; ++t) {
        const std::string_view w = f.word_at(t);
        first_person |= w == "ik";
        // "... bespreek ik eerst met hemzelf": the answer is left to the worker, not given.
        negated |= is_one_of(w, {"niet", "niets", "niks", "geen", "eerst", "hemzelf", "haarzelf"});
        speech |= is_speech_verb(w) || is_one_of(w, {"bevestigen", "bevestig", "ontkennen", "ontken", "ingaan",
                                                     "uitspreken", "antwoord", "beantwoord", "beantwoorden", "geef"});
    }
    return first_person && negated && speech;
}

// Boundary-keeping neutralises terms in its sentence that sit in a question frame or in the refusing
// clause itself; a question ending in ':' is answered by the next sentence.
// "Je vraagt of het een hernia is", "jullie noemen het een burn-out", "jij noemt Oxazepam": someone else's
// words, before h.
bool reports_their_words(const StatementFacts& f, const Hit& h) {
    const TokenRange& s = f.analysis.sentences[h.sentence];
    for (std::uint32_t t = s.begin; t + 1 < h.tok_begin; ++t) {
        const std::string_view w = f.word_at(t), next = f.word_at(t + 1);
        if (is_one_of(w, {"vraagt", "vroeg", "vragen", "vroegen", "vraag"}) && (next == "of" || f.word_at(t + 2) == "of"))
            return true;
        // "jullie noemen het", "jij noemt Oxazepam"; not the worker's own "je noemde net zelf je migraine".
        if (is_one_of(w, {"noemen", "noemt", "noemde", "noemden"}) &&
            (is_one_of(next, {"het", "dat"}) || (t > s.begin && is_one_of(f.word_at(t - 1), {"jij", "jullie", "u"}))) &&
            !f.sentence_has_word(h.sentence, {"zelf"}))
            return true;
        // "Dat ze op de afdeling zeggen dat Tessa ...": what others say, not "ik kan wel zeggen dat".
        if (is_one_of(w, {"zeggen", "beweren", "roepen"}) && next == "dat") {
            bool others = false, me = false;
            for (std::uint32_t k = t > s.begin + 4 ? t - 4 : s.begin; k < t; ++k) {
                others |= is_one_of(f.word_at(k), {"ze", "zij", "jullie", "men", "collegas", "mensen"});
                me |= is_one_of(f.word_at(k), {"ik", "we", "wij"});
            }
            if (others && !me) return true;
        }
    }
    return false;
}

bool in_boundary(const StatementFacts& f, const Hit& h) {
    if (refused_whether(f, h)) return true;
    const auto& sentences = f.analysis.sentences;
    // "Jij noemt het een hernia, maar dat is jouw woord en niet het mijne": their word, refused in the sentence.
    if (f.sentence_has(h.sentence, Cue::Boundary) && reports_their_words(f, h)) return true;
    // "Je vraagt of het een hernia is. Dat zeg ik niet.", "Is ze zwanger? Daar kan ik niets over zeggen.": their
    // question, refused in the next sentence.
    if (h.sentence + 1 < sentences.size() && f.sentence_has(h.sentence + 1, Cue::Boundary) &&
        f.word_at(sentences[h.sentence + 1].begin) != "ja" &&
        (reports_their_words(f, h) || sentences[h.sentence].stop == '?'))
        return true;
    bool boundary = f.sentence_has(h.sentence, Cue::Boundary);
    // "Jullie vroegen of hij onder een vangnetbepaling valt: ja, ..." answers the question.
    if (!boundary && h.sentence + 1 < sentences.size() && sentences[h.sentence].stop == ':' &&
        f.sentence_has(h.sentence + 1, Cue::Boundary) && f.word_at(sentences[h.sentence + 1].begin) != "ja")
        boundary = f.clause_has(h.clause, Cue::Question);
    return boundary && (f.clause_cues[h.clause] & (cue_bit(Cue::Boundary) | cue_bit(Cue::Question)));
}

// A term right after a cue in the same sentence ("werkt als begeleider in de psychiatrie").
bool after_cue(const StatementFacts& f, const Hit& h, Cue c, std::uint32_t window) {
    for (const Hit* k : f.cue_hits_in(h.sentence))
        if (label_cue(k->label) == c && h.tok_begin >= k->tok_begin && h.tok_begin <= k->tok_end + window)
            return true;
    return false;
}

bool is_health_id(std::string_view id) {
    return is_one_of(id, {"diagnosis", "mental", "symptom", "provider", "treatment"});
}

// "oncologieverpleegkundige", "ok-assistente", "ggz-medewerker": a job named after a field of medicine.
bool job_title(std::string_view w) {
    for (std::string_view tail : {"verpleegkundige", "assistent", "assistente", "medewerker", "laborant", "begeleider"})
        if (w.size() > tail.size() && w.ends_with(tail)) return true;
    return false;
}

// A term right before a cue in the same clause ("bij haar zus in Almere verblijft": verb last).
bool before_cue(const StatementFacts& f, const Hit& h, Cue c, std::uint32_t window) {
    for (const Hit* k : f.cue_hits_in(h.sentence))
        if (label_cue(k->label) == c && k->clause == h.clause && k->tok_begin >= h.tok_end &&
            k->tok_begin <= h.tok_end + window)
            return true;
    return false;
}

bool generic_examination(const StatementFacts& f, const Hit& h) {
    if (h.tok_begin == 0 || f.word_at(h.tok_begin - 1) != "een") return false;
    if (h.tok_begin >= 2 && f.word_at(h.tok_begin - 2) == "uit") return false;
    const TokenRange& s = f.analysis.sentences[h.sentence];
    for (std::uint32_t t = s.begin; t < s.end; ++t) {
        const std::string_view w = f.word_at(t);
        if (w == "bleek" || w == "blijkt" || w == "toonde" || w == "liet" || w == "dat") return false;
    }
    return !f.sentence_has(h.sentence, Cue::Name) && !addresses_or_refers_to_someone(f);
}

// "thuissituatie", "privéomstandigheden": the private sphere named as a whole, no circumstance in it.
bool generic_private_sphere(const StatementFacts& f, const Hit& h) {
    return is_one_of(f.lexicon.entries[h.entry].norm,
                     {"thuissituatie", "privesituatie", "priveomstandigheden", "persoonlijke omstandigheden",
                      "privezaken", "prive"});
}

// A collapse or a dip is the work's when the clause before it names a plan, a team's staffing or a system
// and no person: "de hele planning op de afdeling is ingestort", "de ploeg zit qua bezetting in een dip".
bool state_of_the_work(const StatementFacts& f, const Hit& h) {
    // Only the words that are also said of things: "ingestort", "doorgedraaid", "in een dip".
    const std::string_view term = f.lexicon.entries[h.entry].norm;
    if (!is_one_of(term, {"ingestort", "doorgedraaid", "in een dip", "een dip", "dip", "ingezakt"}))
        return false;
    const TokenRange& clause = f.analysis.clauses[h.clause];
    bool work_subject = false;
    for (std::uint32_t t = clause.begin; t < h.tok_begin; ++t) {
        const std::string_view w = f.word_at(t);
        if (is_one_of(w, {"hij", "zij", "ze", "hem", "haar", "je", "jij", "u", "iemand", "medewerker",
                          "werknemer"}) ||
            is_name_token(f, h.sentence, t))
            return false;
        work_subject |=
            is_one_of(w, {"planning", "rooster", "roosters", "bezetting", "ploeg", "systeem", "app",
                          "software", "organisatie", "productie", "markt", "omzet", "begroting", "routes",
                          "thuiszorgroutes", "agenda", "logistiek", "administratie"});
    }
    return work_subject;
}

bool neutral_in_context(const StatementFacts& f, const Hit& h, Label category) {
    if (in_boundary(f, h)) return true;
    std::string_view id = label_id(category);
    // In a policy meeting of a hospital "het gemiddelde van het ziekenhuis" is the employer.
    if (f.meeting == MeetingKind::Theme && id == "provider")
        for (const Hit* k : f.cue_hits_in(h.sentence))
            if (label_cue(k->label) == Cue::Organisation && k->nbegin <= h.nbegin && k->nend >= h.nend)
                return true;
    // "Ze vroeg haar thuissituatie buiten dit overleg te houden, dus daar zeg ik niets over": the private
    // sphere named only as what is kept out (unlike "zijn scheiding buiten dit gesprek te houden").
    if (id == "private" && generic_private_sphere(f, h) &&
        f.sentence_has_word(h.sentence, {"buiten", "erbuiten"}) &&
        (f.sentence_has(h.sentence, Cue::Boundary) || f.sentence_has(h.sentence, Cue::Negation) ||
         f.sentence_has_word(h.sentence, {"laat", "houd", "hou", "houden", "laten"})))
        return true;
    // "de planning is ingestort", "de ploeg zit in een dip": a state of the work, not of a person's mind.
    if (id == "mental" && state_of_the_work(f, h)) return true;
    // "Fijn dat het maatschappelijk werk ook aanschuift": a participant at the table, entitled to be there,
    // not the worker's provider.
    if (id == "provider" && f.lexicon.entries[h.entry].norm.starts_with("maatschappelijk") &&
        role_present(f, "maatschappelijk_werker") && f.sentence_has(h.sentence, Cue::Invite))
        return true;
    // The worker's job or task names a field of medicine without saying anything about him.
    if ((id == "provider" || id == "treatment" || id == "medication") && f.has(Cue::WorkContext) &&
        after_cue(f, h, Cue::WorkContext, 4))
        return true;
    // "haar werk op de kinderopvang", "op de afdelingen met gedetineerden": the workplace, not her life.
    if (id == "private" && f.inside_cue(h, Cue::WorkContext)) return true;
    // "Jij noemt Oxazepam, Erik, maar ...": another's word repeated in order to refuse it.
    if (h.tok_begin >= 2 && is_one_of(f.word_at(h.tok_begin - 1), {"noemt", "noemen", "noemde"}) &&
        is_one_of(f.word_at(h.tok_begin - 2), {"jij", "je", "u", "jullie"}) &&
        (f.sentence_has(h.sentence, Cue::Boundary) || f.sentence_has(h.sentence, Cue::Negation)))
        return true;
    // "In het verslag staat het woord 'depressief'": the word mentioned, not said of anyone.
    if (h.tok_begin > 0 && is_one_of(f.word_at(h.tok_begin - 1), {"woord", "term"})) return true;
    // "een school voor kinderen met ADHD", "de secretaresse van de TIA-poli": other people's condition, or a
    // clinic named after it.
    if (is_health_id(id) && h.tok_begin >= 2 && f.word_at(h.tok_begin - 1) == "met" &&
        is_one_of(f.word_at(h.tok_begin - 2), {"kinderen", "patienten", "clienten", "leerlingen", "bewoners"}))
        return true;
    if (is_health_id(id) && h.tok_begin >= 1 && f.word_at(h.tok_begin - 1) == "de" &&
        is_one_of(f.word_at(h.tok_end), {"poli", "polikliniek", "afdeling", "kliniek"}))
        return true;
    // "Een psychologisch onderzoek lost dit niet op": a kind of examination, about nobody's results
    // (unlike "uit een onderzoek bleek dat ...").
    if (id == "report" && generic_examination(f, h)) return true;
    // "De uitslagen gaan naar de casemanager": a document passed on is named, not its content; whether
    // it may go there is the need-to-know rule's question.
    // "Karin, de casemanager, werkt bij onze arbodienst; zij krijgt de verslagen": she may be named a clause
    // or a sentence earlier. "Petra, ik app je de medische aantekeningen": sent to someone who may be the
    // casemanager at the table.
    if (id == "report" && (f.sentence_has(h.sentence, Cue::Casemanager) ||
                           (h.sentence > 0 && f.sentence_has(h.sentence - 1, Cue::Casemanager)) ||
                           (role_present(f, "casemanager") && f.sentence_has(h.sentence, Cue::Forward)))) {
        std::string_view term = f.lexicon.entries[h.entry].norm;
        for (std::string_view article : {"het ", "de "})
            if (term.starts_with(article)) term.remove_prefix(article.size());
        if (term.starts_with("brief van") || term.starts_with("brieven van") ||
            term.starts_with("verslag van") || term.starts_with("verslagen van"))
            return true;
        for (std::string_view doc : {"uitslag",
                                     "uitslagen",
                                     "onderzoeksuitslag",
                                     "onderzoeksuitslagen",
                                     "medisch rapport",
                                     "medische rapportage",
                                     "medisch verslag",
                                     "medische verslag",
                                     "medisch dossier",
                                     "medische verklaring",
                                     "spreekuurnotities",
                                     "spreekuurverslag",
                                     "gespreksverslag",
                                     "mijn gespreksverslag",
                                     "medische aantekeningen",
                                     "mijn medische aantekeningen",
                                     "consultnotities",
                                     "verslag van het gesprek",
                                     "verslag van het consult",
                                     "medische paragraaf",
                                     "medische deel",
                                     "medisch deel",
                                     "spreekuurrapportage",
                                     "medische dossier",
                                     "hele dossier",
                                     "complete dossier",
                                     "volledige dossier"})
            if (term == doc) return true;
    }
    // "Vraag niet naar zijn klachten": complaints in general, as the topic of a question, say nothing.
    if (id == "symptom" && h.tok_begin > 0 && f.word_at(h.tok_begin - 1) == "naar" &&
        is_one_of(f.lexicon.entries[h.entry].term, {"{pron} klachten", "klachten"}))
        return true;
    // "Sofia is oncologieverpleegkundige", "Op de operatiekamer ... ingrepen assisteren": her job and its
    // tasks, not her treatment.
    if ((id == "provider" || id == "treatment" || id == "medication" || id == "report") &&
        (job_title(f.word_at(h.tok_end - 1)) ||
         (f.has(Cue::WorkContext) && (f.inside_cue(h, Cue::WorkContext) || before_cue(f, h, Cue::WorkContext, 6)))))
        return true;
    // "Op radiologie was een kwart van het verzuim ...": in a policy meeting, the department.
    if (f.meeting == MeetingKind::Theme && id == "provider" && h.tok_begin >= 1 &&
        is_one_of(f.word_at(h.tok_begin - 1), {"op", "bij"}))
        return true;
    // "Voor Lotte op de afdeling radiologie": the ward she works on.
    if ((id == "provider" || id == "treatment") && h.tok_begin >= 3 && f.word_at(h.tok_begin - 1) == "afdeling" &&
        is_one_of(f.word_at(h.tok_begin - 3), {"op", "van"}))
        return true;
    // "Voor Lucas op de IC adviseer ik geen patiënten te tillen": a ward as the place of care work.
    if ((id == "provider" || id == "treatment") && h.tok_begin >= 2 &&
        is_one_of(f.word_at(h.tok_begin - 1), {"de", "het"}) &&
        is_one_of(f.word_at(h.tok_begin - 2), {"op", "van", "aan", "naar"}) &&
        !is_one_of(h.tok_begin >= 3 ? f.word_at(h.tok_begin - 3) : std::string_view{}, {"ligt", "lag", "opgenomen", "verblijft"}) &&
        f.sentence_has_word(h.sentence, {"patienten", "clienten", "bewoners", "stagebezoeken", "verpleegkundige",
                                         "lesgeven", "diensten", "nachtdiensten", "ingeroosterd", "overdracht",
                                         "werkdruk", "overwerk", "belastbaar"}))
        return true;
    // Protective exposure limits ("geen cytostatica") are functional.
    if ((id == "medication" || id == "treatment" || id == "report") && after_cue(f, h, Cue::Exposure, 3)) return true;
    // "niet in de buurt van kinderen met rodehond": children's infections as a hazard kept from her.
    if (id == "diagnosis" && f.inside_cue(h, Cue::Exposure)) return true;
    // "Ze verblijft bij haar zus": a care address as the worker gave it (but "in een opvang" says why).
    const bool at_someones = h.tok_begin > 0 && is_one_of(f.word_at(h.tok_begin - 1), {"bij", "van"});
    return id == "private" && at_someones &&
           (after_cue(f, h, Cue::Residence, 3) || before_cue(f, h, Cue::Residence, 3));
}

// "als", "mits", "tenzij" opening a condition in the clause; "als gedelegeerd casemanager" is a role.
bool conditional_clause(const StatementFacts& f, std::size_t clause) {
    const TokenRange& c = f.analysis.clauses[clause];
    for (std::uint32_t t = c.begin; t < c.end; ++t) {
        const std::string_view w = f.word_at(t);
        if (is_one_of(w, {"mits", "tenzij", "indien", "tenminste"})) return true;
        if (w == "als" && t + 1 < c.end &&
            !is_one_of(f.word_at(t + 1), {"gedelegeerd", "gedelegeerde", "casemanager", "onderdeel", "lid", "arts",
                                          "verpleegkundige", "medewerker", "de", "het", "een"}))
            return true;
    }
    return false;
}

bool is_relative(std::string_view w) {
    return is_one_of(w, {"vrouw", "man", "partner", "echtgenote", "echtgenoot", "vriendin", "vriend", "moeder",
                         "vader", "ouder", "ouders", "zoon", "dochter", "kind", "kinderen", "broer", "zus", "zuster",
                         "schoonmoeder", "schoonvader", "schoonouders", "opa", "oma"});
}

// "zijn vrouw is ernstig ziek", "haar vader heeft kanker": a relative's health, said earlier in the same
// clause, is a private circumstance of the worker (CONF-PRIV), not his diagnosis; so is the health
// of a relative the term describes ("zorgt voor een ernstig zieke ouder").
bool about_a_relative(const StatementFacts& f, const Hit& h) {
    const TokenRange& clause = f.analysis.clauses[h.clause];
    for (std::uint32_t t = clause.begin; t + 1 < h.tok_begin; ++t)
        if (is_one_of(f.word_at(t), {"zijn", "haar", "z", "d", "hun"}) && is_relative(f.word_at(t + 1))) return true;
    return h.tok_end < clause.end && is_relative(f.word_at(h.tok_end));
}

void collect_text_disclosures(StatementFacts& f, const std::vector<char>& echo) {
    static const Label kPrivate = category_label("private");
    for (const Hit& h : f.analysis.hits) {
        if (is_cue_label(h.label)) continue;
        const LexEntry& e = f.lexicon.entries[h.entry];
        // "Voor de maatschappelijk werker en voor jullie: ...": a participant addressed, not a provider
        // disclosed.
        if (e.norm.starts_with("maatschappelijk") && role_present(f, "maatschappelijk_werker")) continue;
        Disclosure x;
        x.hit = &h;
        x.hint = h.label == hint_label();
        x.category = x.hint ? e.implies : h.label;
        if (categories()[x.category].is_health && about_a_relative(f, h)) {
            x.category = kPrivate;
            x.hint = false;
        }
        x.sensitive = e.sensitive;
        x.neutral = neutral_in_context(f, h, x.category);
        x.echo = echo[h.sentence] != 0;
        f.disclosures.push_back(x);
    }
}

// A disclosure the words imply rather than name ("last van haar rug" → a symptom), at hit `h`.
void add_hint(StatementFacts& f, const Hit& h, std::string_view category, const std::vector<char>& echo) {
    Disclosure x;
    x.hit = &h;
    x.hint = true;
    x.category = category_label(category);
    x.neutral = in_boundary(f, h);
    x.echo = echo[h.sentence] != 0;
    f.disclosures.push_back(x);
}

// "Het gaat om zijn knie", "last van haar rug": a body part named as the problem hints at a symptom;
// so does "zijn knie is dik", a body part followed by its state, or "een stijve onderrug".
void collect_body_part_hints(StatementFacts& f, const std::vector<char>& echo) {
    static const Label body_part = category_label("body_part");
    for (const Hit& h : f.analysis.hits) {
        if (h.label != body_part) continue;
        bool named_as_problem = false;
        for (const Hit* c : f.cue_hits_in(h.sentence)) {
            if (c->clause != h.clause) continue;
            Cue cue = label_cue(c->label);
            if (cue == Cue::Attribution && h.tok_begin >= c->tok_end && h.tok_begin <= c->tok_end + 1)
                named_as_problem = true;
            if (cue == Cue::BodyState && c->tok_begin >= h.tok_end && c->tok_begin <= h.tok_end + 1)
                named_as_problem = true;
            // "een stijve en pijnlijke onderrug": an adjective right before the part ("is stijf" follows it).
            if (cue == Cue::BodyState && c->tok_end <= h.tok_begin && c->tok_end + 1 >= h.tok_begin &&
                f.word_at(c->tok_begin) != "is")
                named_as_problem = true;
        }
        if (named_as_problem) add_hint(f, h, "symptom", echo);
    }
}

// "Als het goed is heeft ze het zelf al gemeld; dan geen nachtdiensten meer": measures that follow her own
// notice of something unnamed protect a pregnancy.
const Hit* measure_after_her_notice(const StatementFacts& f) {
    const Hit* notice = nullptr;
    for (const Hit* h : f.cue_hits)
        if (label_cue(h->label) == Cue::OwnNotice && notice == nullptr) notice = h;
    if (notice == nullptr) return nullptr;
    // Her notice of a named condition is that condition's matter.
    for (const Disclosure& x : f.disclosures)
        if (!x.neutral && f.category_of(x).is_protected) return nullptr;
    if (!f.has_word({"zelf", "melding"})) return nullptr;
    for (const Hit* h : f.cue_hits)
        if (label_cue(h->label) == Cue::Exposure) return h;
    // "Heeft ze het jou zelf al verteld? Dan snap je waarom ... een rustruimte": the usual protective
    // measures for a pregnancy.
    return f.has_word({"nachtdienst", "nachtdiensten", "nachtploeg", "kratten", "rustmomenten", "rustpauze",
                       "rustpauzes", "beschermende", "rustruimte", "chloorproducten", "surveillance",
                       "zwembad"})
               ? notice
               : nullptr;
}

// "Geen werk met cytostatica meer voor haar": keeping a woman from a reproductive hazard (exposure
// value 1) points to a pregnancy as plainly as the word, and is judged as if it were said.
void collect_protection_hints(StatementFacts& f, const std::vector<char>& echo) {
    if (f.meeting == MeetingKind::Theme) return;
    const Hit* hazard = nullptr;
    for (const Hit* h : f.cue_hits)
        if (label_cue(h->label) == Cue::Exposure && f.cue_value(*h) == 1) {
            hazard = h;
            break;
        }
    if (hazard == nullptr) hazard = measure_after_her_notice(f);
    if (hazard == nullptr) return;
    // A word for her, or a first name the lexicon marks as a woman's (name value 1).
    bool a_woman = f.has_word({"haar", "ze", "zij", "mevrouw"});
    for (const Hit* h : f.cue_hits)
        a_woman |= label_cue(h->label) == Cue::Name && f.cue_value(*h) == 1;
    if (a_woman) add_hint(f, *hazard, "pregnancy", echo);
}

// Doubting the worker's sincerity is a judgement about him, whatever words carry it.
void collect_credibility_doubt(StatementFacts& f, const std::vector<char>& echo) {
    const Hit* h = find_credibility_doubt(f);
    if (h == nullptr) return;
    for (const Disclosure& x : f.disclosures)
        if (x.hit != nullptr && x.hit->sentence == h->sentence && f.category_of(x).id == "judgement") return;
    Disclosure x;
    x.hit = h;
    x.category = category_label("judgement");
    x.echo = echo[h->sentence] != 0;
    f.disclosures.push_back(x);
}

// "dat hij graag met een jobcoach wil starten", "wil ze liever geen leidinggevende taken meer", "jij wilt
// liever niet terug naar de oude afdeling": the worker's wish about his work, from the consult (CONF-CONFID).
// A wish to return ("ze wil graag weer beginnen") is motivation, not a confidence.
bool wish_about_the_work(const StatementFacts& f, const Hit& preference) {
    const TokenRange& clause = f.analysis.clauses[preference.clause];
    std::uint32_t from = clause.begin; // the subordinate clause the preference stands in
    for (std::uint32_t t = clause.begin; t < preference.tok_begin; ++t)
        if (is_one_of(f.word_at(t), {"dat", "of"})) from = t + 1;
    bool modal = false, worker = false, someone_else = false, change = false, back = false, negated = false;
    for (std::uint32_t t = from; t < clause.end; ++t) {
        const std::string_view w = f.word_at(t);
        modal |= is_one_of(w, {"wil", "wilt", "wilde", "willen", "wou", "zou", "zouden"});
        worker |= is_one_of(w, {"hij", "ze", "zij"}) || (f.worker_present && is_one_of(w, {"jij", "je"}));
        // The subject stands before the preference; "geen leidinggevende taken" after it is the wish.
        someone_else |= t < preference.tok_begin &&
                        is_one_of(w, {"ik", "we", "wij", "jullie", "u", "leidinggevende", "werkgever",
                                      "teamleider", "manager", "hr", "directie", "directeur"});
        change |= is_one_of(w, {"overstappen",  "overstap", "opleiding", "omscholing", "omscholen",
                                "jobcoach",     "locatie",  "vestiging", "afdeling",   "team",
                                "functie",      "taken",    "baan",      "werkplek",   "thuiswerken",
                                "minder",       "deeltijd", "parttime",  "stoppen",    "weg",
                                "anders",       "andere",   "ander",     "planning",   "ouderschapsverlof",
                                "klantcontact", "dagen",    "uren"});
        back |= is_one_of(w, {"weer", "terug", "terugkomen", "beginnen", "starten"});
        // "ze zou graag naar logistiek gaan": somewhere else, unlike "terug naar".
        change |= t > preference.tok_begin && w == "naar" && f.word_at(t - 1) != "terug";
        negated |= is_one_of(w, {"niet", "geen"});
    }
    for (const Hit* h : f.cue_hits_in(preference.sentence))
        worker |= label_cue(h->label) == Cue::Name && h->tok_begin >= from && h->tok_begin < clause.end;
    if (!modal || !worker || someone_else) return false;
    const std::string_view word = f.word_at(preference.tok_begin);
    // "liever niet dat ik het noem" refuses consent; it wishes nothing about the work.
    if (f.word_at(preference.tok_end) == "dat" || f.word_at(preference.tok_end + 1) == "dat") return false;
    // "liever" and "het liefst" weigh options; "graag" and "eigenlijk" need a change of work, and a
    // wish to come back counts only when refused ("liever niet terug").
    if (word == "liever" || word == "het" || word == "liefst") return change || back;
    return change || (back && negated);
}

void collect_worker_wishes(StatementFacts& f, const std::vector<char>& echo) {
    for (const Hit* h : f.cue_hits) {
        // "Karin, je zei net zelf dat je graag naar de binnendienst wilt": her wish, said by her at this
        // table.
        if (label_cue(h->label) != Cue::Preference || f.sentence_has(h->sentence, Cue::Boundary) ||
            f.sentence_has(h->sentence, Cue::WorkerWish) || echo[h->sentence] != 0 ||
            !wish_about_the_work(f, *h))
            continue;
        bool told = false; // a confidential term in the sentence already says it
        for (const Disclosure& x : f.disclosures)
            told |=
                x.hit != nullptr && x.hit->sentence == h->sentence && f.category_of(x).id == "confidential";
        if (told) continue;
        Disclosure x;
        x.hit = h;
        x.category = category_label("confidential");
        f.disclosures.push_back(x);
        return;
    }
}

// "De specialist verwacht dat het nog een half jaar duurt", "volgens zijn behandelaar", "in het verslag van
// de behandelaar staat dat": the treater's view passed on is report content (CONF-REPORT), although the
// treater's name alone ("er is een behandelaar betrokken") discloses nothing.
bool relays_a_view(const StatementFacts& f, const Hit& h) {
    const TokenRange& clause = f.analysis.clauses[h.clause];
    if (h.tok_begin > clause.begin && f.word_at(h.tok_begin - 1) == "volgens") return true;
    if (h.tok_begin > clause.begin + 1 && f.word_at(h.tok_begin - 2) == "volgens" &&
        is_one_of(f.word_at(h.tok_begin - 1), {"de", "zijn", "haar", "je", "jouw", "uw", "hun"}))
        return true;
    // The treater as the subject of a verb of saying or expecting, with what was said after it.
    for (std::uint32_t t = h.tok_end; t < clause.end && t <= h.tok_end + 1; ++t)
        if (is_one_of(f.word_at(t), {"verwacht", "verwachtte", "zegt", "zei", "denkt", "dacht", "vindt",
                                     "vond", "adviseert", "adviseerde", "schrijft", "schreef", "stelt",
                                     "meldt", "meldde", "constateert", "constateerde", "concludeert"}))
            return f.sentence_has_word(h.sentence, {"dat"}) || t + 1 < f.analysis.sentences[h.sentence].end;
    // "In het verslag (van de behandelaar) staat dat", "uit de brief van de specialist blijkt".
    return f.sentence_has_word(h.sentence, {"verslag", "brief", "rapport"}) &&
           f.sentence_has_word(h.sentence, {"staat", "stond", "blijkt", "bleek"}) &&
           f.sentence_has_word(h.sentence, {"dat"});
}

// "Het verslag van het onderzoek is binnen, en daaruit blijkt dat ...", "de brief van je behandelaar, en
// daarin staat dat ...": a document's content passed on; the physician's own report ("in mijn verslag") is
// not.
bool relays_a_document(const StatementFacts& f, std::size_t sentence) {
    const TokenRange& s = f.analysis.sentences[sentence];
    if (s.stop == '?' || f.sentence_has(sentence, Cue::Boundary)) return false;
    static constexpr WordSet kShows{"blijkt", "bleek", "staat", "stond"};
    static constexpr WordSet kFromIt{"daaruit", "daarin", "erin", "eruit"};
    static constexpr WordSet kDocuments{"verslag",
                                        "brief",
                                        "rapport",
                                        "uitslag",
                                        "uitslagen",
                                        "onderzoek",
                                        "deskundigenoordeel",
                                        "ontslagbrief",
                                        "specialistenbrief"};
    static constexpr WordSet kOwn{"mijn", "ons", "onze"};
    bool relayed = false; // the rarer half first: most sentences stop here
    for (std::uint32_t t = s.begin; t + 1 < s.end && !relayed; ++t)
        relayed = f.word_in(t, kShows) &&
                  (f.word_at(t + 1) == "dat" || (t + 3 < s.end && f.word_at(t + 2) == "dat") ||
                   (t > s.begin && f.word_in(t - 1, kFromIt)));
    if (!relayed) return false;
    for (std::uint32_t t = s.begin; t < s.end; ++t)
        if (f.word_in(t, kDocuments) && !(t > s.begin && f.word_in(t - 1, kOwn))) return true;
    return false;
}

void collect_relayed_treater_views(StatementFacts& f, const std::vector<char>& echo) {
    for (std::size_t i = 0; i < f.analysis.sentences.size(); ++i) {
        if (!relays_a_document(f, i)) continue;
        Disclosure x;
        for (const Hit& h : f.analysis.hits)
            if (h.sentence == i && !is_cue_label(h.label)) {
                x.hit = &h;
                break;
            }
        x.hint = true;
        x.category = category_label("report");
        x.echo = echo[i] != 0;
        f.disclosures.push_back(x);
        return;
    }
    static const Label kNeutral = category_label("neutral");
    for (const Hit& h : f.analysis.hits) {
        if (h.label != kNeutral) continue;
        const std::string_view term = f.lexicon.entries[h.entry].term;
        if (term.find("specialist") == std::string_view::npos &&
            term.find("behandelaar") == std::string_view::npos &&
            term.find("huisarts") == std::string_view::npos &&
            term.find("behandelend") == std::string_view::npos)
            continue;
        if (term.find("betrokken") != std::string_view::npos || f.negated(h) ||
            f.sentence_has(h.sentence, Cue::Question) || f.analysis.sentences[h.sentence].stop == '?' ||
            !relays_a_view(f, h))
            continue;
        add_hint(f, h, "report", echo);
        return;
    }
}

void collect_tagged_disclosures(StatementFacts& f, const std::vector<TaggedDisclosure>& tagged) {
    for (const auto& t : tagged) {
        Label l = category_label(t.category);
        if (l == kNoLabel) continue;
        Disclosure x;
        x.category = l;
        f.disclosures.push_back(x);
    }
}

// "<getal> uur": working hours are case content even when no functional term matched.
bool mentions_working_hours(const StatementFacts& f) {
    static constexpr WordSet kUnits{"uur", "uren", "dagen", "dagdelen", "diensten"};
    const auto& tokens = f.analysis.norm.tokens;
    for (std::size_t t = 0; t + 1 < tokens.size(); ++t) {
        // The unit first: mostly one AND, reading a number is several calls.
        if (tokens[t].kind != Token::Kind::Word || !f.word_in(t + 1, kUnits)) continue;
        int value = 0;
        bool ordinal = false;
        if (read_number(f, f.analysis.tok_sentence[t], static_cast<std::uint32_t>(t), value, ordinal))
            return true;
    }
    return false;
}

void classify_content(StatementFacts& f) {
    f.case_content = mentions_working_hours(f);
    for (const auto& x : f.disclosures) {
        if (x.neutral) continue;
        const CategoryInfo& info = f.category_of(x);
        if (info.is_protected) f.protected_content = true;
        if (info.is_health) f.health_content = true;
        if (info.id != "process" && info.id != "group") f.case_content = true;
    }
    for (const Hit* h : f.cue_hits)
        if (label_cue(h->label) == Cue::MedicalRef && !f.negated(*h) && !in_boundary(f, *h))
            f.medical_ref = true;
    f.medical_data = f.protected_content || f.medical_ref;
}

// Emergency instructions: a strong cue, or a weak one (value 1) with a consent claim.
void detect_emergency(StatementFacts& f) {
    f.consent_negated = f.has(Cue::ConsentNegated);
    const bool consent = f.has(Cue::Consent) && !f.consent_negated;
    for (const Hit* h : f.cue_hits) {
        // "Of collega's iets moeten weten voor noodsituaties, bespreek ik eerst met hem": a question put off.
        if (label_cue(h->label) != Cue::Emergency || f.word_at(f.analysis.sentences[h->sentence].begin) == "of")
            continue;
        if (f.cue_value(*h) != 1 || consent) f.emergency = true;
    }
}

// A clause in which the worker (not "ik") notified the employer: "nu ze het zelf bij jullie meldde".
bool told_the_employer(const StatementFacts& f, std::size_t clause) {
    const TokenRange& cr = f.analysis.clauses[clause];
    const auto& tokens = f.analysis.norm.tokens;
    bool employer = false, me = false;
    for (std::uint32_t t = cr.begin; t < cr.end; ++t) {
        std::string_view w = f.word_at(t);
        // "Ik herhaal niet wat Chantal jullie heeft gemeld": the physician before her name is not the teller.
        if (w == "ik" || w == "mij" || w == "me" || w == "wij" || w == "we") me = true;
        if (is_one_of(w, {"ze", "zij", "hij"}) || (t > cr.begin && tokens[t].capitalised)) me = false;
        if (w == "jullie" || w == "u" || w == "werkgever" || w == "leidinggevende" || w == "teamleider" ||
            w == "manager" || w == "hr" || w == "jou")
            employer = true;
        // "zelf aan Johan laten weten": a person at the table, by name.
        if (w == "aan" && t + 1 < cr.end && tokens[t + 1].capitalised) employer = true;
    }
    // "Sophie heeft Ruud zelf verteld dat ...": a second name in the clause is whom she told.
    int names = 0;
    for (const Hit* h : f.cue_hits)
        names += label_cue(h->label) == Cue::Name && h->clause == clause;
    employer |= names >= 2;
    return employer && !me;
}

// What a clause says about the worker's own notice. "Melden", "vertellen" and "weten" (value 2) only
// deny it ("ze wil het nog niet vertellen"); a notice under "als", "voor zover" ... is a condition.
Notice notice_in_clause(const StatementFacts& f, std::size_t clause) {
    if (!f.clause_has(clause, Cue::OwnNotice)) return Notice::Unsettled;
    const TokenRange& cr = f.analysis.clauses[clause];
    // The notice's own subject: "Bo heeft het nog niet gemeld en ik ga dat ook niet doen" is hers.
    std::uint32_t notice_at = cr.end;
    for (const Hit* h : f.cue_hits)
        if (h->clause == clause && label_cue(h->label) == Cue::OwnNotice && h->tok_begin < notice_at) notice_at = h->tok_begin;
    bool conditional = false, first_person = false, still_to_come = false, negated = false;
    for (std::uint32_t t = cr.begin; t < cr.end; ++t) {
        const std::string_view w = f.word_at(t);
        // "Dat weten jullie misschien al van haar zelf": hedged, so open as a condition is.
        conditional |= is_one_of(w, {"als", "indien", "mits", "zover", "wanneer", "zodra", "tenzij", "of",
                                     "misschien", "wellicht", "waarschijnlijk", "vermoedelijk"});
        // The nearest subject before the notice, and any negation after that subject: in "Ik herhaal niet
        // wat Chantal jullie zelf heeft gemeld" the notice is hers and not negated.
        if (t < notice_at && is_one_of(w, {"ik", "mij", "me", "wij", "we"})) first_person = true;
        if (t < notice_at && (is_one_of(w, {"ze", "zij", "hij"}) || (t > cr.begin && f.analysis.norm.tokens[t].capitalised))) {
            first_person = false;
            negated = false;
        }
        // A negation after the nearest subject, before or after the verb ("dat weten jullie nog niet").
        if (is_one_of(w, {"niet", "nooit", "geen", "niemand", "niets", "niks"})) negated = true;
        still_to_come |= is_one_of(w, {"wil", "wilde", "gaat", "zal", "pas", "straks", "later", "binnenkort"});
    }
    // "Heeft ze het jou zelf al verteld?": asked, so open.
    if (conditional || f.analysis.sentences[f.analysis.tok_sentence[cr.begin]].stop == '?')
        return Notice::Conditional;
    // "zeker weten doe ik het niet": what the speaker knows, inverted after the verb.
    for (const Hit* h : f.cue_hits)
        if (h->clause == clause && label_cue(h->label) == Cue::OwnNotice && f.cue_value(*h) == 2 &&
            f.clause_has_word(clause, {"ik"}))
            first_person = true;
    // "Ze wil het jullie zelf pas na twaalf weken vertellen": not told yet.
    if (still_to_come && !first_person) return Notice::Denied;
    if (notice_at == cr.end ? f.clause_has(clause, Cue::Negation) : negated)
        return first_person ? Notice::Unsettled : Notice::Denied;
    bool telling = false;
    for (const Hit* h : f.cue_hits) {
        if (h->clause != clause || label_cue(h->label) != Cue::OwnNotice || f.cue_value(*h) == 2) continue;
        // "Ik heb jullie gemeld dat ze zwanger is": the physician told them, which is no notice of hers.
        for (std::uint32_t t = h->tok_begin; t-- > cr.begin;) {
            const std::string_view w = f.word_at(t);
            if (is_one_of(w, {"ik", "we", "wij"})) return Notice::Denied;
            if (is_one_of(w, {"ze", "zij", "hij", "zelf"})) break;
        }
        telling = true;
    }
    if (!telling || !told_the_employer(f, clause)) return Notice::Unsettled;
    // "ze heeft het jullie zelf al verteld, neem ik aan": told, as far as the speaker knows.
    return f.sentence_has(f.analysis.tok_sentence[cr.begin], Cue::Doubt) ? Notice::Unsettled : Notice::Told;
}

// The nearest word before token t, across punctuation ("hij zei: vertel het maar" -> "zei").
std::string_view word_before(const StatementFacts& f, std::uint32_t t) {
    while (t-- > 0)
        if (std::string_view w = f.word_at(t); !w.empty()) return w;
    return {};
}

// A negation that is a proposal in question form: "Zullen we niet gewoon de ploeg uitnodigen?".
bool suggests(const StatementFacts& f, const Hit& negation) {
    return f.analysis.sentences[negation.sentence].stop == '?' && f.word_at(negation.tok_begin) == "niet" &&
           is_one_of(f.word_at(negation.tok_end), {"gewoon", "even", "eens", "liever", "meteen"});
}

// "wat hij wel en niet kan" lists what he can and cannot do; it refuses nothing.
bool wel_en_niet(const StatementFacts& f, const Hit& n) {
    return n.tok_begin >= 2 && f.word_at(n.tok_begin - 1) == "en" && f.word_at(n.tok_begin - 2) == "wel";
}

// "Blijf maar zitten, ook al valt ze niet onder jouw team": a negation inside the words that make someone an
// outsider describes him; it refuses no invitation.
bool invitation_refused(const StatementFacts& f, std::size_t sentence) {
    for (const Hit* n : f.cue_hits_in(sentence)) {
        if (label_cue(n->label) != Cue::Negation || suggests(f, *n) || wel_en_niet(f, *n)) continue;
        const bool describes_outsider = std::ranges::any_of(f.cue_hits_in(sentence), [&](const Hit* o) {
            return label_cue(o->label) == Cue::Outsider && o->tok_begin <= n->tok_begin &&
                   n->tok_end <= o->tok_end;
        });
        if (!describes_outsider) return true;
    }
    return false;
}

// "Ik leg uit wat de specialist heeft gezegd", "ik zal jullie zijn diagnose vertellen": the physician
// announces medical data for the table. Not when refused, asked, or left to the worker at the table.
const Hit* find_announced_medical(const StatementFacts& f) {
    for (const Hit* h : f.cue_hits) {
        if (label_cue(h->label) != Cue::MedicalRef) continue;
        const std::size_t s = h->sentence;
        if (f.sentence_has(s, Cue::Question) || f.sentence_has(s, Cue::WorkerWish) ||
            f.sentence_has(s, Cue::Negation) || f.analysis.sentences[s].stop == '?')
            continue;
        // "Ik kan zeggen dat de oorzaak medisch is, dat er een behandelaar betrokken is": the neutral
        // formula.
        bool neutral_formula = false;
        for (const Disclosure& x : f.disclosures)
            neutral_formula |= x.hit != nullptr && x.hit->sentence == s && f.category_of(x).id == "neutral";
        if (neutral_formula) continue;
        bool first_person = false, speech = false, conditional = false;
        for (std::uint32_t t = f.analysis.sentences[s].begin; t < f.analysis.sentences[s].end; ++t) {
            const std::string_view w = f.word_at(t);
            first_person |= w == "ik";
            speech |= is_speech_verb(w);
            conditional |= is_one_of(w, {"als", "indien", "mits", "zodra", "wanneer", "pas", "of"});
        }
        if (first_person && speech && !conditional && !in_boundary(f, *h)) return h;
    }
    return nullptr;
}

// "Wil je dat ik iets uit de brief bespreek? Nee? Prima, ...": the worker's answer, repeated, declines.
bool wish_declined(const StatementFacts& f) {
    const auto& sentences = f.analysis.sentences;
    const Hit* wish = f.first_cue(Cue::WorkerWish);
    const std::size_t next = wish->sentence + 1;
    return sentences[wish->sentence].stop == '?' && next < sentences.size() &&
           f.word_at(sentences[next].begin) == "nee";
}

// The facts a caution depends on: consent cited, the worker's own notice to the employer, his wish
// at the table, whose casemanager, and people without a need to know brought in.
void detect_condition_facts(StatementFacts& f) {
    // "Zeg het maar" to the worker takes his presence as consent; "ik zeg het maar" is the speaker and
    // "hij zei: vertel het maar" the worker's own consent.
    bool permission_reported = false;
    for (const Hit* h : f.cue_hits) {
        // "ook niet nu ze erbij zit": presence refused as a reason is not taken as consent.
        if (label_cue(h->label) != Cue::PresenceConsent || f.negated(*h)) continue;
        const std::string_view before = word_before(f, h->tok_begin);
        permission_reported |= is_one_of(before, {"zei", "zegt"});
        if (!is_one_of(before, {"ik", "zei", "zegt"})) {
            f.presence_consent = h;
            break;
        }
    }
    // "HR heeft hem een toestemmingsformulier laten tekenen": a form the employer had signed is consent of
    // open quality (whether it was given freely is the question), not a blanket authorisation.
    const bool employer_had_it_signed =
        ((f.has_word({"laten", "liet", "lieten"}) && f.has_word({"tekenen", "ondertekenen", "invullen"})) ||
         f.has_word({"via"})) &&
        f.has_word({"hr", "jullie", "werkgever", "p", "leidinggevende", "personeelszaken"});
    f.blanket_consent = f.has(Cue::BlanketConsent) && !employer_had_it_signed;
    // "Op het toestemmingsformulier staat precies dit ene punt": a form made specific is no blanket one.
    const bool specific = std::ranges::any_of(f.cue_hits, [&](const Hit* h) {
        return label_cue(h->label) == Cue::Consent && f.cue_value(*h) == 2 && !f.negated(*h);
    });
    // "Zijn vrouw belde me en zei dat het goed was": a relative's word is not the worker's consent.
    const bool relative_consents = std::ranges::any_of(f.cue_hits, [&](const Hit* h) {
        if (label_cue(h->label) != Cue::Consent) return false;
        const std::uint32_t begin = f.analysis.sentences[h->sentence].begin;
        for (std::uint32_t t = begin; t + 1 < h->tok_begin && t < begin + 3; ++t)
            if (is_one_of(f.word_at(t), {"zijn", "haar"}) && is_relative(f.word_at(t + 1))) return true;
        return false;
    });
    // "Youssef vroeg me uit te leggen waarom ...", said while he is away: his request reported, consent whose
    // quality the statement leaves open.
    for (const Hit* h : f.cue_hits)
        permission_reported |= label_cue(h->label) == Cue::WorkerWish && !f.worker_present &&
                               !f.negated(*h) &&
                               (f.lexicon.entries[h->entry].norm.starts_with("vroeg") ||
                                f.lexicon.entries[h->entry].norm.starts_with("wil graag"));
    f.consent_claimed = (f.has(Cue::Consent) || permission_reported) && !f.consent_negated &&
                        !relative_consents && (!f.blanket_consent || specific) &&
                        f.presence_consent == nullptr;
    f.worker_wish = f.worker_present && f.has(Cue::WorkerWish) && !wish_declined(f);
    for (std::size_t c = 0; c < f.analysis.clauses.size(); ++c)
        if (Notice n = notice_in_clause(f, c); n > f.own_notice) f.own_notice = n;
    for (std::size_t s = 0; s < f.analysis.sentences.size() && f.invited_outsider == nullptr; ++s) {
        // "... maar niet bij dit overleg": a refused invitation invites no one.
        if (!f.sentence_has(s, Cue::Invite) || invitation_refused(f, s)) continue;
        // "de partner bij het volgende spreekuur uitnodigen": the physician's consult, not the SMO.
        if (f.sentence_has_word(s, {"spreekuur", "consult", "huisbezoek"})) continue;
        // Who was invited may follow after a semicolon: "Ik vroeg Mehmet aan te schuiven; als collega ...".
        const std::size_t last = f.analysis.sentences[s].stop == ';' ? s + 1 : s;
        for (std::size_t t = s; t <= last && t < f.analysis.sentences.size() && !f.invited_outsider; ++t)
            for (const Hit* h : f.cue_hits_in(t))
                if (label_cue(h->label) == Cue::Outsider && !f.negated(*h)) {
                    f.invited_outsider = h;
                    break;
                }
    }
    for (const Hit* h : f.cue_hits) {
        if (label_cue(h->label) != Cue::Casemanager || f.negated(*h)) continue;
        // "begeleiding van een jobcoach": a kind of help, not someone who receives anything.
        if (word_before(f, h->tok_begin) == "een") continue;
        // "hij zit volgens mij bij de arbodienst": a guess leaves his side open.
        // "als zij onder mijn verantwoordelijkheid werkt": a condition leaves it open too.
        // "hij is toch de casemanager van de arbodienst?": asked, not known.
        int side = f.cue_value(*h) == 2 &&
                           (f.clause_has(h->clause, Cue::Doubt) || conditional_clause(f, h->clause) ||
                            f.analysis.sentences[h->sentence].stop == '?')
                       ? 0
                       : f.cue_value(*h);
        // "de casemanager van de woningcorporatie": of an organisation other than the occupational health service.
        if (side == 0 && f.word_at(h->tok_end) == "van" && is_one_of(f.word_at(h->tok_end + 1), {"de", "het"}) &&
            !f.word_at(h->tok_end + 2).empty() &&
            !is_one_of(f.word_at(h->tok_end + 2), {"arbodienst", "arbo", "bedrijfsarts", "arbodienstverlener"}))
            side = 1;
        // "jij zit bij P&O en doet het casemanagement erbij": she works in the employer's own department.
        if (side == 0)
            for (std::uint32_t t = f.analysis.sentences[h->sentence].begin;
                 t + 1 < f.analysis.sentences[h->sentence].end; ++t)
                if (f.word_at(t) == "bij" &&
                    is_one_of(f.word_at(t + 1), {"p", "po", "hr", "personeelszaken", "hrm"}))
                    side = 1;
        // "jullie casemanager van P&O", "de casemanager van HR": the employer's own department.
        if (side == 0 && f.word_at(h->tok_end) == "van" &&
            is_one_of(f.word_at(h->tok_end + 1), {"jullie", "hr", "p", "po", "personeelszaken", "hrm"}))
            side = 1;
        if (side > f.casemanager_side) {
            f.casemanager_side = side;
            f.casemanager = h;
        }
    }
}

// "de afdeling", "het magazijn", "de nachtploeg": a unit by its noun; "bij de", "op de" alone (also
// unit cues, for "bij de monteurs") do not say that a group is meant.
bool names_a_unit(const StatementFacts& f) {
    for (const Hit* h : f.cue_hits) {
        if (label_cue(h->label) != Cue::Unit || h->tok_end == 0) continue;
        const std::string_view last = f.word_at(h->tok_end - 1);
        const bool shift = last.size() >= 6 && last.substr(last.size() - 6) == "dienst"; // a work pattern
        if (last != "de" && last != "het" && last != "een" && !shift) return true;
    }
    return false;
}


// "veel", "vooral", "mensen": words that speak of how common something is in a group, so a unit
// beside them is the group meant ("in de werkplaats veel knieklachten"), not where one thing
// happened ("na die overval in de winkel").
bool speaks_of_frequency(const StatementFacts& f) {
    for (std::size_t t = 0; t < f.analysis.norm.tokens.size(); ++t)
        if (is_one_of(f.word_at(t), {"veel", "vooral", "meer", "minder", "vaak", "vaker", "mensen", "medewerkers",
                                     "werknemers", "collega's", "collegas", "iedereen", "meeste", "deel",
                                     "opvallend", "relatief", "gemiddeld", "verzuim"}))
            return true;
    return false;
}

// Outside theme meetings a statement is about a group when it counts people ("drie van de acht",
// "meerdere medewerkers") or its subject is a unit or job group ("op de afdeling planning", "bij de
// chauffeurs"), and no single person is its subject.
bool talks_about_a_group(const StatementFacts& f) {
    bool people = false, job_group = false,
         quantity = f.group_numbers().group_size || f.group_numbers().cases;
    for (const Hit* h : f.cue_hits)
        if (label_cue(h->label) == Cue::People) {
            const int value = f.cue_value(*h);
            (value == 1 ? quantity : people) = true;
            if (value == 2) job_group = true;
        }
    const bool counted = quantity && (people || f.group_numbers().group_size);
    // "het merendeel van de ziekmeldingen", "een op de drie verzuimmeldingen": a share of the absence.
    const auto share_of_absence = [&] {
        return f.health_content &&
               f.has_word({"ziekmeldingen", "verzuimgevallen", "verzuimmeldingen", "verzuimgesprekken"}) &&
               f.has_word({"merendeel", "meerderheid", "helft", "derde", "kwart", "procent", "op"});
    };
    const bool uncounted_group =
        !counted &&
        (((job_group || names_a_unit(f)) && speaks_of_frequency(f)) || share_of_absence() ||
         // "op jouw afdeling is het verzuim grotendeels psychisch van aard": the absence of a unit.
         (names_a_unit(f) && f.health_content &&
          f.has_word({"verzuim", "ziekteverzuim", "uitval", "rugverzuim"}))) &&
        !addresses_or_refers_to_someone(f);
    if (!counted && !uncounted_group) return false;
    for (std::size_t t = 0; t < f.analysis.norm.tokens.size(); ++t) {
        std::string_view w = f.word_at(t);
        if (w == "hij" || w == "hem" || w == "haar") return false;
    }
    return true;
}

// "hij", "hem": in a theme meeting, where nobody's own case belongs, a person talked about.
// "hij" or "hem" about one person; not in a sentence whose he is anyone: "als iemand ...",
// "een medewerker die ...", "elke werknemer ..." (a general instruction in a theme meeting).
bool names_one_person(const StatementFacts& f) {
    static constexpr std::string_view kAnyone[] = {"iemand", "elke", "ieder", "iedere", "iedereen"};
    static constexpr std::string_view kPerson[] = {"medewerker", "werknemer", "collega", "zieke", "teamlid",
                                                   "personeelslid"};
    // "Stel dat iemand het niet eens is: dan kan hij ...": anyone introduced once stays the referent.
    bool anyone = false;
    for (const TokenRange& s : f.analysis.sentences) {
        bool he = false;
        for (std::uint32_t t = s.begin; t < s.end; ++t) {
            const std::string_view w = f.word_at(t);
            he = he || w == "hij" || w == "hem";
            // "de leidinggevende laat de medewerker vooraf weten dat hij ...": the role in a procedure.
            anyone =
                anyone || std::find(std::begin(kAnyone), std::end(kAnyone), w) != std::end(kAnyone) ||
                (w == "een" && t + 1 < s.end &&
                 std::find(std::begin(kPerson), std::end(kPerson), f.word_at(t + 1)) != std::end(kPerson)) ||
                (w == "de" && t + 2 < s.end && is_one_of(f.word_at(t + 1), {"medewerker", "werknemer"}) &&
                 f.word_at(t + 2) != "die");
        }
        if (he && !anyone) return true;
    }
    return false;
}

// "de nieuwe conciërge die voor zijn moeder zorgt", "de wiskundedocent die rond de herfstvakantie stopte",
// "degene die sinds de kerstborrel niet meer geweest is": one person described by job and a particular.
bool describes_one_person(const StatementFacts& f) {
    auto adjective = [](std::string_view w) {
        return is_one_of(w, {"nieuwe", "oude", "ene", "jonge", "oudere", "zieke"});
    };
    for (std::size_t i = 0; i < f.analysis.sentences.size(); ++i) {
        // "Of die collega in deze cijfers zit, kan ik niet zeggen": the person is the question refused.
        if (f.sentence_has(i, Cue::Boundary)) continue;
        const TokenRange& s = f.analysis.sentences[i];
        std::optional<bool> particular; // read once, when a person is met
        auto at_a_particular_time = [&] {
            if (!particular) {
                particular = false;
                for (std::uint32_t u = s.begin; u < s.end && !*particular; ++u)
                    particular =
                        is_one_of(f.word_at(u), {"vorige", "vorig", "sinds", "afgelopen", "gisteren",
                                                 "laatst", "onlangs", "rond", "toen", "nieuwe", "momenteel"});
            }
            return *particular;
        };
        for (std::uint32_t t = s.begin; t < s.end; ++t) {
            const std::string_view w = f.word_at(t),
                                   before = t > s.begin ? f.word_at(t - 1) : std::string_view{};
            if (is_one_of(before, {"degene", "diegene"}) && w == "die") return true;
            // The determiner first: person_noun() is the costly test and runs only after one.
            // "iemand die na een half jaar weer aan het werk kwam": someone who did something, like "een
            // caissière die ...".
            const bool someone = w == "iemand";
            const std::string_view article = someone                                ? "een"
                                             : adjective(before) && t > s.begin + 1 ? f.word_at(t - 2)
                                                                                    : before;
            if (!someone && (!is_one_of(article, {"de", "die", "een"}) || !person_noun(w))) continue;
            // "die schoonmaakster van de vroege ploeg", "die jonge verpleegkundige": pointed at, one person.
            if (article == "die" && w != "man" && w != "vrouw")
                return true; // "die man" is the individual cue's
            // "een caissière die lang uitviel door de late diensten": someone who did something, not anyone
            // who does; a rule for anyone is in the present tense.
            if (article == "een") {
                std::uint32_t relative = t + 1;
                // "iemand van de nachtdienst bij wie ...", "iemand van de inpakafdeling op het spreekuur die
                // ...": the relative pronoun a few words on, within the clause.
                if (someone && relative < s.end && is_one_of(f.word_at(relative), {"van", "uit"}))
                    for (std::uint32_t u = relative + 1; u < s.end && u <= t + 8; ++u)
                        if (is_one_of(f.word_at(u), {"die", "wie"}) ||
                            (f.word_at(u) == "bij" && f.word_at(u + 1) == "wie")) {
                            relative = u;
                            break;
                        }
                if (relative + 1 < s.end && f.word_at(relative) == "bij" && f.word_at(relative + 1) == "wie")
                    ++relative;
                // A relative clause is verb-final: after "iemand" read to the clause's end, after a job name
                // a few words on.
                std::uint32_t last = t + 8;
                if (someone)
                    for (const TokenRange& c : f.analysis.clauses)
                        if (c.begin <= relative && relative < c.end) last = c.end - 1;
                if (relative < s.end && is_one_of(f.word_at(relative), {"die", "wie"}))
                    for (std::uint32_t u = relative + 1; u < s.end && u <= last; ++u) {
                        const std::string_view verb = f.word_at(u);
                        if (is_one_of(verb, {"uitviel", "viel", "stopte", "raakte", "kreeg", "werd", "zat",
                                             "ging", "belandde", "thuiszat", "overleed", "instortte", "kwam",
                                             "moest", "begon", "toegaf", "vertelde", "meldde"}))
                            return true;
                        // "iemand ... bij wie het rooster de oorzaak was": "was" and "had" also describe
                        // anyone ("iemand die vroeger astma had"), unless a time points at one moment.
                        if (is_one_of(verb, {"was", "had"}) && at_a_particular_time()) return true;
                    }
                continue;
            }
            if (!at_a_particular_time()) continue;
            // "de kok van de kantine in de PI die sinds maart thuiszit": the relative may follow a place.
            for (std::uint32_t u = t + 1; u < s.end && u <= t + 8; ++u)
                if (f.word_at(u) == "die") return true;
        }
    }
    return false;
}

// "De enige vrouwelijke monteur zit al maanden thuis": an attribute only one person has (single_out
// value 1). With a health category the group rules already say it singles someone out (GROUP-ANON).
bool singles_out_one(const StatementFacts& f) {
    for (const Hit* h : f.cue_hits)
        // "Of die ene collega erin zit, kan ik niet zeggen": the person is the question refused.
        if (label_cue(h->label) == Cue::SingleOut && f.cue_value(*h) == 1 && !in_boundary(f, *h) &&
            !names_a_band(f, *h))
            return true;
    return false;
}

// A name counts as a case unless it addresses someone: a participant at the table, or a vocative
// ("Wendy, goed punt", "..., hè Thijs." after a comma at the end of the sentence).
const Hit* find_case_name(const StatementFacts& f) {
    const auto& tokens = f.analysis.norm.tokens;
    std::vector<std::string> participants; // first names, normalised
    for (const auto& n : f.context.participant_names) {
        std::string norm = normalise_term(n);
        participants.push_back(norm.substr(0, norm.find(' ')));
    }
    for (const Hit* h : f.cue_hits) {
        if (label_cue(h->label) != Cue::Name) continue;
        const TokenRange& sr = f.analysis.sentences[h->sentence];
        auto kind_at = [&](std::uint32_t t) { return t < sr.end ? tokens[t].kind : Token::Kind::Stop; };
        const bool opens_sentence =
            h->tok_begin == sr.begin ||
            (h->tok_begin == sr.begin + 1 &&
             is_one_of(f.word_at(sr.begin), {"nee", "ja", "nou", "oke", "ok", "goed", "beste", "hoi", "kijk", "zeg"}));
        bool vocative =
            (opens_sentence && kind_at(h->tok_end) == Token::Kind::Comma) ||
            (h->tok_begin > sr.begin && kind_at(h->tok_end) == Token::Kind::Stop &&
             (tokens[h->tok_begin - 1].kind == Token::Kind::Comma || f.word_at(h->tok_begin - 1) == "he"));
        bool participant = std::find(participants.begin(), participants.end(), f.word_at(h->tok_begin)) !=
                           participants.end();
        // "het team van Karin": a unit named after its manager, not her case.
        const bool unit_label = h->tok_begin >= 2 && f.word_at(h->tok_begin - 1) == "van" &&
                                is_one_of(f.word_at(h->tok_begin - 2), {"team", "afdeling", "ploeg", "groep", "dienst", "unit"});
        if (!vocative && !participant && !unit_label) return h;
    }
    return nullptr;
}

} // namespace

std::span<const Hit* const> StatementFacts::cue_hits_in(std::size_t sentence) const {
    return {cue_hits.data() + sentence_cue_from[sentence], cue_hits.data() + sentence_cue_from[sentence + 1]};
}

const Hit* StatementFacts::first_cue(Cue c) const {
    for (const Hit* h : cue_hits)
        if (label_cue(h->label) == c) return h;
    return nullptr;
}

const Hit* StatementFacts::first_unnegated(Cue c) const {
    for (const Hit* h : cue_hits)
        if (label_cue(h->label) == c && !negated(*h)) return h;
    return nullptr;
}

bool StatementFacts::negated(const Hit& h) const {
    for (const Hit* n : cue_hits_in(h.sentence)) {
        if (label_cue(n->label) != Cue::Negation || n->clause != h.clause || suggests(*this, *n)) continue;
        if (n->tok_end > h.tok_begin || h.tok_begin - n->tok_end > 3) continue;
        // "niet aarzelen om het loon op te schorten": a litotes, which affirms.
        static constexpr WordSet kLitotes{"aarzelen", "twijfelen", "schromen"};
        if (word_in(n->tok_end, kLitotes)) continue;
        // "geen toeval dat die collega ...": "geen" negates its noun, and a new clause begins after it;
        // "niet dat ik ...", "niet rechtmatig dat jullie ..." negate that clause.
        bool clause_starts = false;
        if (word_at(n->tok_begin) == "geen")
            for (std::uint32_t t = n->tok_end + 1; t < h.tok_begin; ++t) clause_starts |= word_at(t) == "dat";
        if (!clause_starts) return true;
    }
    return false;
}

bool StatementFacts::negated_either_side(const Hit& h) const {
    if (negated(h)) return true;
    for (const Hit* n : cue_hits_in(h.sentence))
        if (label_cue(n->label) == Cue::Negation && !suggests(*this, *n) && n->clause == h.clause &&
            n->tok_begin >= h.tok_end && n->tok_begin <= h.tok_end + 1)
            return true;
    return false;
}

// Most tokens of a range miss the list's word bits: then no word is compared.
bool StatementFacts::range_has_word(std::uint32_t begin, std::uint32_t end, std::uint64_t filter,
                                    std::initializer_list<std::string_view> words) const {
    const std::uint64_t* bits = analysis.word_bits.data();
    for (std::uint32_t t = begin; t < end; ++t)
        if ((filter & bits[t]) != 0 && is_one_of(word_at(t), words)) return true;
    return false;
}

bool StatementFacts::inside_cue(const Hit& h, Cue c) const {
    for (const Hit* k : cue_hits_in(h.sentence))
        if (label_cue(k->label) == c && k->nbegin <= h.nbegin && k->nend >= h.nend) return true;
    return false;
}

const GroupNumbers& StatementFacts::group_numbers() const {
    if (!m_group_numbers) m_group_numbers = find_group_numbers(*this);
    return *m_group_numbers;
}

bool StatementFacts::kept_out(std::string_view category_id) const {
    return std::find(context.kept_out.begin(), context.kept_out.end(), category_id) != context.kept_out.end();
}

std::string StatementFacts::quote(const Hit* h) const {
    if (h == nullptr) return {};
    auto [b, e] = analysis.norm.source_range(h->nbegin, h->nend);
    if (e <= b || e > text.size()) return {};
    return "'" + std::string(text.substr(b, std::min<std::size_t>(e - b, 80))) + "'";
}

// "die ene collega", "een collega die ..." - unless negated ("ook niet als voorbeeld") or the person is
// the question refused ("Of die collega in deze cijfers zit, kan ik niet zeggen").
// "Het callcenter zit al maanden boven de tien procent": a unit's level, not someone at home for months.
bool a_level_not_a_person(const StatementFacts& f, const Hit& h) {
    return f.word_at(h.tok_begin) == "zit" &&
           is_one_of(f.word_at(h.tok_end), {"boven", "onder", "hoog", "laag", "rond", "op", "ruim"});
}

const Hit* find_individual_cue(const StatementFacts& f) {
    for (const Hit* h : f.cue_hits)
        if (label_cue(h->label) == Cue::Individual && !f.negated(*h) && !in_boundary(f, *h) &&
            !a_level_not_a_person(f, *h))
            return h;
    return nullptr;
}

StatementFacts gather_facts(std::string_view text, const std::vector<TaggedDisclosure>& tagged,
                            const Context& context, const Analysis& analysis, const Lexicon& lexicon) {
    StatementFacts f{text, analysis, lexicon, context};
    read_context(f);
    index_cues(f);
    mark_worker_telling(f);
    const std::vector<char> echo = echo_sentences(f);
    collect_text_disclosures(f, echo);
    collect_body_part_hints(f, echo);
    collect_protection_hints(f, echo);
    collect_credibility_doubt(f, echo);
    collect_worker_wishes(f, echo);
    collect_relayed_treater_views(f, echo);
    collect_tagged_disclosures(f, tagged);
    classify_content(f);
    detect_emergency(f);
    detect_condition_facts(f);
    f.sanction_advice = find_sanction_advice(f);
    f.employer_question = find_employer_question(f);
    f.employer_ask = find_employer_ask(f);
    f.treater_contact = find_treater_contact(f);
    f.announced_medical = find_announced_medical(f);
    f.recorded_health = find_recorded_health(f);
    f.case_name = find_case_name(f);
    f.individual_cue = find_individual_cue(f);
    // Only a theme meeting asks whether one person is meant; describes_one_person() is the costlier test.
    const bool one_person = names_one_person(f) || (singles_out_one(f) && !f.health_content) ||
                            (f.meeting == MeetingKind::Theme && describes_one_person(f));
    f.individual_ref = f.individual_cue != nullptr || f.case_name != nullptr ||
                       (f.meeting == MeetingKind::Theme && one_person);
    f.group_mode = !f.individual_ref && (f.meeting == MeetingKind::Theme || talks_about_a_group(f));
    f.step_sentences = find_step_sentences(f);
    return f;
}

} // namespace smo::scoring
