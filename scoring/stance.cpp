// Stances built from two cues in one sentence, so that the wording of each half may vary: the speaker
// doubting the worker's sincerity (CONF-BEHAV), recommending a sanction (PROC-ROLE), sending the
// employer to question the worker about his health or to record it (PROC-RECORD), and contacting the
// worker's treater (CONS-VALID).

#include "scoring/statement_facts.hpp"

#include <algorithm>
#include <initializer_list>

namespace smo::scoring {
namespace {

bool overlaps(const Hit& a, const Hit& b) {
    return a.tok_begin < b.tok_end && b.tok_begin < a.tok_end;
}

// The first cue hit of `c` in the sentence.
const Hit* cue_in_sentence(const StatementFacts& f, std::size_t sentence, Cue c) {
    for (const Hit* h : f.cue_hits_in(sentence))
        if (label_cue(h->label) == c) return h;
    return nullptr;
}

// "niet in het verslag": read from the words, since a boundary phrase may have taken the negation cue.
bool negation_word_before(const StatementFacts& f, const Hit& h) {
    const TokenRange& clause = f.analysis.clauses[h.clause];
    for (std::uint32_t t = h.tok_begin; t > clause.begin && h.tok_begin - t < 3;) {
        --t;
        if (is_one_of(f.word_at(t), {"niet", "geen", "niets", "niks", "nooit"})) return true;
    }
    return false;
}

// "vraagt de werkgever niet": a negation anywhere after the verb in its clause.
bool refused_later(const StatementFacts& f, const Hit& h) {
    for (const Hit* n : f.cue_hits_in(h.sentence))
        if (label_cue(n->label) == Cue::Negation && n->clause == h.clause && n->tok_begin >= h.tok_end) return true;
    return false;
}

// An instruction, not a description of what happens now ("leidinggevenden vragen nu vaak ..."):
// an imperative, a modal or a recommending word.
bool directive(const StatementFacts& f, const Hit& h) {
    const TokenRange& clause = f.analysis.clauses[h.clause];
    std::uint32_t first = clause.begin;
    while (first < clause.end && f.word_at(first).empty()) ++first;
    if (first == h.tok_begin) return true;
    return f.sentence_has_word(h.sentence,
                             {"mag", "mogen", "kunt", "kun", "kan", "kunnen", "moet", "moeten", "zou", "zouden",
                              "handig", "best", "gerust", "maar", "even", "verstandig", "raad", "laat", "vraag"});
}

// "vragen" as a noun: "als jullie vragen hebben", "de vraag is", "een vraag over".
bool noun_use(const StatementFacts& f, const Hit& ask) {
    const std::string_view next = f.word_at(ask.tok_end);
    if (is_one_of(next, {"hebben", "heeft", "hebt", "heb", "had", "over", "stellen", "stelt", "zijn", "is", "van"}))
        return true;
    if (ask.tok_begin == 0) return false;
    return is_one_of(f.word_at(ask.tok_begin - 1),
                     {"de", "het", "een", "die", "deze", "uw", "jouw", "goede", "op", "geen", "andere", "jullie"}) &&
           f.word_at(ask.tok_begin) == "vraag";
}

enum class Asker { Unknown, Physician, Employer };

// Who is told to ask: the last person named before the verb in its clause, anyone told to ("laat de
// ploegleiders ... vragen"), or an imperative opening the clause ("Vraag hem gerust ...", "maar vraag
// ..."). "Ik vraag hem" is the physician.
Asker who_asks(const StatementFacts& f, const Hit& ask) {
    const TokenRange& clause = f.analysis.clauses[ask.clause];
    Asker side = Asker::Unknown;
    for (std::uint32_t t = clause.begin; t < ask.tok_begin; ++t) {
        const std::string_view w = f.word_at(t);
        if (is_one_of(w, {"ik", "we", "wij"})) side = Asker::Physician;
        // With the worker at the table "je" may be him.
        if (!f.worker_present && is_one_of(w, {"je", "jij", "u"})) side = Asker::Employer;
        if (is_one_of(w, {"jullie", "leidinggevende", "leidinggevenden", "manager", "managers", "hr", "teamleider",
                          "teamleiders", "ploegleider", "ploegleiders", "werkgever", "lijnmanager", "chef", "laat",
                          "laten"}))
            side = Asker::Employer;
    }
    if (side != Asker::Unknown) return side;
    std::uint32_t first = clause.begin;
    while (first < ask.tok_begin && (f.word_at(first).empty() || is_one_of(f.word_at(first), {"maar", "en", "dan", "of"})))
        ++first;
    return first == ask.tok_begin ||
                   is_one_of(f.word_at(first), {"vraag", "laat", "houd", "hou", "zet", "noteer", "check", "pols"})
               ? Asker::Employer
               : Asker::Unknown;
}

} // namespace

const Hit* find_credibility_doubt(const StatementFacts& f) {
    for (const Hit* h : f.cue_hits) {
        if (label_cue(h->label) != Cue::Insincerity) continue;
        if (f.sentence_has(h->sentence, Cue::Boundary)) continue;
        const bool strong = f.cue_value(*h) == 1;
        if (!strong && !f.sentence_has(h->sentence, Cue::Doubt)) continue;
        // About a person, not about a plan or a figure.
        if (!f.sentence_has_word(h->sentence, {"hij", "hem", "ze", "zij", "haar", "zijn"}) &&
            !f.sentence_has(h->sentence, Cue::Name))
            continue;
        return h;
    }
    return nullptr;
}

const Hit* find_sanction_advice(const StatementFacts& f) {
    for (const Hit* h : f.cue_hits) {
        if (label_cue(h->label) != Cue::Sanction || f.negated(*h)) continue;
        if (f.cue_value(*h) == 2 && !f.clause_has(h->clause, Cue::Negation)) continue;
        const std::size_t s = h->sentence;
        // "Mijn advies: stop zijn loon": the stance may open the sentence before the colon.
        const bool announced = s > 0 && f.analysis.sentences[s - 1].stop == ':' && f.sentence_has(s - 1, Cue::AdviceStance);
        if (!f.sentence_has(s, Cue::AdviceStance) && !announced) continue;
        if (f.sentence_has(s, Cue::Deferral) || f.sentence_has(s, Cue::Boundary)) continue;
        if (f.clause_has(h->clause, Cue::Question)) continue;
        // The UWV's wage sanction explained is process information, not advice.
        if (f.sentence_has_word(s, {"uwv"})) continue;
        const Hit* stance = cue_in_sentence(f, f.sentence_has(s, Cue::AdviceStance) ? s : s - 1, Cue::AdviceStance);
        if (stance != nullptr && f.negated(*stance)) continue;
        return h;
    }
    // "Als het aan mij lag, zetten jullie het loon van Pieter stop": the pay and the stop split by the verb.
    for (std::size_t s = 0; s < f.analysis.sentences.size(); ++s) {
        if (!f.sentence_has(s, Cue::AdviceStance) || f.sentence_has(s, Cue::Deferral) ||
            f.sentence_has(s, Cue::Boundary) || f.analysis.sentences[s].stop == '?')
            continue;
        const bool pay = f.sentence_has_word(s, {"loon", "salaris", "loonbetaling", "salarisbetaling"});
        const bool held =
            f.sentence_has_word(s, {"stop", "stoppen", "inhouden", "hold"}) ||
            (f.sentence_has_word(s, {"houden", "houdt", "houd"}) && f.sentence_has_word(s, {"in"}));
        if (pay && held && !f.sentence_has_word(s, {"uwv", "niet", "geen"}))
            return cue_in_sentence(f, s, Cue::AdviceStance);
    }
    return nullptr;
}

const Hit* find_employer_question(const StatementFacts& f) {
    for (const Hit* ask : f.cue_hits) {
        if (label_cue(ask->label) != Cue::AskVerb || f.negated(*ask) || refused_later(f, *ask) || noun_use(f, *ask) ||
            !directive(f, *ask))
            continue;
        bool doubt = false; // "ik vraag me af"
        for (const Hit* d : f.cue_hits_in(ask->sentence))
            if (label_cue(d->label) == Cue::Doubt && overlaps(*d, *ask)) doubt = true;
        if (doubt || who_asks(f, *ask) != Asker::Employer) continue;
        for (const Hit* q : f.cue_hits_in(ask->sentence))
            if (label_cue(q->label) == Cue::HealthQuery && q->tok_begin >= ask->tok_begin && !f.negated(*q))
                return ask;
        for (const Disclosure& x : f.disclosures)
            if (x.hit != nullptr && !x.neutral && x.hit->sentence == ask->sentence &&
                x.hit->tok_begin >= ask->tok_begin && f.category_of(x).is_health)
                return ask;
    }
    return nullptr;
}

const Hit* find_employer_ask(const StatementFacts& f) {
    for (const Hit* h : f.cue_hits)
        // "Je vraagt naar de diagnose, maar die mag ik niet delen": the employer's question refused.
        if (label_cue(h->label) == Cue::EmployerAsk && !f.negated_either_side(*h) &&
            !f.sentence_has(h->sentence, Cue::Boundary) && who_asks(f, *h) != Asker::Physician)
            return h;
    return nullptr;
}

const Hit* find_treater_contact(const StatementFacts& f) {
    for (const Hit* h : f.cue_hits) {
        if (label_cue(h->label) != Cue::TreaterContact || f.negated(*h)) continue;
        const std::size_t s = h->sentence;
        // "Hij gaf toestemming voor overleg met zijn behandelaar": consent to the physician's contact.
        if (!f.sentence_has_word(s, {"ik", "we", "wij"}) && !f.sentence_has(s, Cue::Consent)) continue;
        // The treater may be named across a semicolon: "... daarop heb ik de informatie opgevraagd; of ze
        // snapte dat het over haar behandelaar ging, ...".
        bool treater = false;
        for (std::size_t n = s > 0 ? s - 1 : s; n <= s + 1 && n < f.analysis.sentences.size(); ++n) {
            const std::size_t earlier = std::min(n, s); // the neighbour counts only across a ';'
            if (n != s && f.analysis.sentences[earlier].stop != ';') continue;
            treater |= f.sentence_has_word(n, {"behandelaar", "behandelaars", "behandelend", "behandelende",
                                               "huisarts", "specialist", "arts", "therapeut", "ziekenhuis",
                                               "curatieve", "zorgverlener", "zorgverleners"});
            for (const Disclosure& x : f.disclosures)
                if (x.hit != nullptr && x.hit->sentence == n && f.category_of(x).id == "provider")
                    treater = true;
        }
        if (treater) return h;
    }
    return nullptr;
}

const Hit* find_recorded_health(const StatementFacts& f) {
    for (const Hit* r : f.cue_hits) {
        // "Ik snap dat je het wilt noteren, maar ... hoort niet in jullie systeem": the record refused.
        if (label_cue(r->label) != Cue::Record || f.negated_either_side(*r) || negation_word_before(f, *r) ||
            f.sentence_has(r->sentence, Cue::Boundary))
            continue;
        for (const Hit* q : f.cue_hits_in(r->sentence)) {
            if (label_cue(q->label) != Cue::HealthQuery || f.negated(*q)) continue;
            // Limitations may be recorded as the physician gave them, not as the worker told them.
            if (f.cue_value(*q) == 2 && !f.sentence_has(r->sentence, Cue::Self)) continue;
            return r;
        }
    }
    return nullptr;
}

} // namespace smo::scoring
