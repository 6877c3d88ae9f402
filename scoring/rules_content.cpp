// Content rules: what the statement discloses, and to whom. Protected categories may only reach
// people bound by medical confidentiality; categories the worker kept out stay out (PROT 2.24).

#include "scoring/rule_families.hpp"

namespace smo::scoring {
namespace {

// In an emergency the minimum needed to act (the condition, its signs) is tolerated with explicit
// consent, as is a term that is itself part of the emergency instruction ("bij een hypo").
bool tolerated_in_emergency(const StatementFacts& f, const Disclosure& x) {
    if (!f.emergency || f.consent_negated) return false;
    std::string_view id = f.category_of(x).id;
    if (id == "diagnosis" || id == "symptom" || id == "mental") return true;
    return x.hit != nullptr && f.inside_cue(*x.hit, Cue::Emergency);
}

void add_opt_out(const StatementFacts& f, const Disclosure& x, HitAccumulator& hits) {
    CategoryWording w = category_wording(f.category_of(x).id);
    hits.violation(kConsOptOut, x.hit,
                   "De werknemer vroeg " + std::string(w.nl) + " buiten het SMO te houden" +
                       (x.hit ? " (" + f.quote(x.hit) + ")." : "."),
                   "The worker asked to keep " + std::string(w.en) + " out of the SMO.", x.sensitive);
}

// The most frequent hit: its reasons are built only when they are kept.
void add_disclosure(const StatementFacts& f, const Disclosure& x, HitAccumulator& hits) {
    const CategoryInfo& info = f.category_of(x);
    CategoryWording w = category_wording(info.id);
    std::string nl, en;
    if (hits.with_reasons()) {
        const std::string q = f.quote(x.hit);
        nl = (q.empty() ? std::string("Dit") : q) + " onthult " + std::string(w.nl) +
             ", terwijl er mensen zonder beroepsgeheim aanwezig zijn.";
        en = (q.empty() ? std::string("This") : q) + " discloses " + std::string(w.en) +
             " to people without medical confidentiality.";
    }
    hits.violation(info.primary_rule, x.hit, nl, en, x.sensitive);
    // A hint weighs as much as naming the category outright.
    if (x.hint) {
        if (hits.with_reasons()) {
            nl =
                "Een toespeling is ook een onthulling: de luisteraar kan " + std::string(w.nl) + " afleiden.";
            en = "A hint is a disclosure too: the listener can infer " + std::string(w.en) + ".";
        }
        hits.add(kConfHint, Verdict::Violation, hits.severity_of(info.primary_rule, x.sensitive), x.hit, nl,
                 en);
    }
}

// The term means the pregnancy itself: its own entry, or one on the same words, has value 1
// ("zwanger" is also matched by "zwanger*", which covers "zwangerschapsdiabetes").
bool names_pregnancy_itself(const StatementFacts& f, const Disclosure& x) {
    if (x.hit == nullptr) return false;
    // A protective measure read as a pregnancy (a cue, not a term) stands for the pregnancy itself.
    if (x.hint && is_cue_label(x.hit->label)) return true;
    for (const Disclosure& y : f.disclosures)
        if (y.hit != nullptr && y.category == x.category && y.hit->nbegin == x.hit->nbegin &&
            y.hit->nend == x.hit->nend && f.lexicon.entries[y.hit->entry].value == 1)
            return true;
    return false;
}

enum class Lawfulness : std::uint8_t { Never, Lawful, Conditional };
struct Basis {
    Lawfulness lawfulness = Lawfulness::Never;
    Condition condition = Condition::None;
};

// Private circumstances, confidential plans and the occupational-disease label may be shared with
// specific consent. Pregnancy itself (lexicon value 1, not its complications) once she told the
// employer herself: lawful when the statement says she did, conditional while it leaves that open.
// Health data never (CONS-NOBASIS).
Basis lawful_under(const StatementFacts& f, const Disclosure& x) {
    std::string_view id = f.category_of(x).id;
    // With consent the statement settles as specific and recorded, the condition holds. Consent to contact
    // a treater ("toestemming om haar huisarts te benaderen") is consent for that contact only.
    if ((id == "private" || id == "occupational_disease" || id == "confidential") && f.consent_claimed &&
        f.treater_contact == nullptr)
        return consent_settled(f) ? Basis{Lawfulness::Lawful, Condition::None}
                                  : Basis{Lawfulness::Conditional, Condition::ExplicitConsent};
    // Pregnancy as the reason for a safety-net case says which provision applies (ALLOW-VANGNET).
    if (id != "pregnancy" || !names_pregnancy_itself(f, x) || f.own_notice == Notice::Denied || mentions_vangnet(f))
        return {};
    if (f.own_notice == Notice::Told) return {Lawfulness::Lawful, Condition::None};
    return {Lawfulness::Conditional, Condition::WorkerToldEmployer};
}

void add_conditional(const StatementFacts& f, const Disclosure& x, Condition c, HitAccumulator& hits) {
    CategoryWording w = category_wording(f.category_of(x).id);
    hits.caution(f.category_of(x).primary_rule, c, x.hit,
                 "Of je " + std::string(w.nl) +
                     " mag noemen, hangt af van een feit dat deze uitspraak niet "
                     "vastlegt.",
                 "Whether you may mention " + std::string(w.en) +
                     " depends on a fact this statement leaves "
                     "open.");
}

// The worker's wish in the same sentence, or just before: "Lotte, mag ik het even toelichten? Ze ...",
// "Daan vroeg me uit te leggen waarom. Het heeft met zijn gehoor te maken".
bool wish_asked_for(const StatementFacts& f, std::size_t sentence) {
    return f.sentence_has(sentence, Cue::WorkerWish) || (sentence > 0 && f.sentence_has(sentence - 1, Cue::WorkerWish));
}

// "Sandra, voor jouw dossier: Kevin heeft een knieoperatie gehad", said to the casemanager alone: whose
// casemanager she is decides (NVAB-CM), not the content. The worker hears his own data.
bool only_a_casemanager_hears(const StatementFacts& f) {
    bool casemanager = false;
    for (const std::string& role : f.context.who_present) {
        if (role_has_medical_confidentiality(role) || role == "werknemer") continue;
        if (role != "casemanager") return false;
        casemanager = true;
    }
    return casemanager && f.casemanager_side != 1;
}

void judge_disclosures(const StatementFacts& f, HitAccumulator& hits, ContentOutcome& out) {
    const bool unbound_audience = f.audience_without_confidentiality;
    const bool casemanager_alone = unbound_audience && !f.group_mode && only_a_casemanager_hears(f);
    for (const auto& x : f.disclosures) {
        if (x.neutral) continue;
        const CategoryInfo& info = f.category_of(x);
        if (f.kept_out(info.id) && unbound_audience) add_opt_out(f, x, hits);
        if (!info.is_protected) continue;
        if (!unbound_audience) continue; // only people bound by medical confidentiality hear it
        if (casemanager_alone && info.is_health) {
            if (f.casemanager_side != 2 && !hits.has(kProcNeedToKnow))
                hits.caution(
                    kProcNeedToKnow, Condition::InsideFunctionalUnit, x.hit,
                    "Alleen de casemanager hoort dit; dat mag als zij onder jouw verantwoordelijkheid "
                    "werkt, niet als zij de casemanager van de werkgever is.",
                    "Only the casemanager hears this; that is allowed if she works under your "
                    "responsibility, not if she is the employer's casemanager.");
            continue;
        }
        if (f.group_mode) continue;      // group level: judged as a group statement (rules_group.cpp)
        // "... mijn aantekeningen, dan weet je wat hij over zijn plannen vertelde": what the document holds
        // goes to her, not to the table; health content named here is heard by everyone present.
        if (x.hit != nullptr && !info.is_health && sent_to_a_casemanager(f, x.hit->sentence)) continue;
        if (x.echo && f.worker_present) {
            out.echo_seen = true; // judged by the consent rules
            continue;
        }
        if (tolerated_in_emergency(f, x)) continue;
        // "Wil je zelf dat ik uitleg wat de specialist zei?": the worker at the table decides first, for
        // the treater as a source and what consent may open (private matters, the occupational-disease
        // label, a body part given as the reason); a diagnosis named in the question is already told.
        if (f.worker_wish &&
            (info.id == "provider" || info.id == "private" || info.id == "occupational_disease" ||
             info.id == "confidential" || (x.hint && info.id == "symptom")) &&
            x.hit != nullptr && wish_asked_for(f, x.hit->sentence) && !f.emergency) {
            add_conditional(f, x, Condition::WorkerPresentAsking, hits);
            continue;
        }
        if (Basis basis = lawful_under(f, x); basis.lawfulness != Lawfulness::Never && !f.emergency) {
            if (basis.lawfulness == Lawfulness::Conditional) add_conditional(f, x, basis.condition, hits);
            continue;
        }
        if (f.emergency) out.untolerated_in_emergency = true;
        add_disclosure(f, x, hits);
        out.confidentiality_violated = true;
    }
}

// Feedback on what the worker can do may be passed on; anything else he said in the consult may not.
bool only_functional_in(const StatementFacts& f, std::size_t sentence) {
    bool functional = false, protected_here = false;
    for (const auto& x : f.disclosures) {
        if (x.hit == nullptr || x.hit->sentence != sentence || x.neutral) continue;
        const CategoryInfo& info = f.category_of(x);
        if (info.is_protected)
            protected_here = true;
        else if (info.id != "process")
            functional = true;
    }
    return functional && !protected_here;
}

// What the worker said in the consult, passed on ("hij gaf op het spreekuur toe dat ...").
void judge_consult_passed_on(const StatementFacts& f, HitAccumulator& hits, ContentOutcome& out) {
    if (!f.audience_without_confidentiality || f.group_mode) return;
    for (std::size_t s = 0; s < f.analysis.sentences.size(); ++s) {
        if (!f.sentence_has(s, Cue::ConsultRef) || !f.worker_telling[s] || f.sentence_has(s, Cue::Boundary) ||
            sent_to_a_casemanager(f, s))
            continue;
        // "Ze gaf in mijn spreekuur toe dat ...": what he admitted is confidential, however functional.
        if (only_functional_in(f, s) && !f.sentence_has_word(s, {"toe", "toegegeven", "toegaf", "bekende", "opgebiecht"}))
            continue;
        // "Anja, zal ik vertellen wat we op het spreekuur bespraken?": the worker at the table decides.
        if (f.worker_wish && f.sentence_has(s, Cue::WorkerWish) && f.analysis.sentences[s].stop == '?') {
            hits.caution(kConfConfid, Condition::WorkerPresentAsking, f.first_cue(Cue::WorkerWish),
                         "Wat de werknemer op het spreekuur vertelde, alleen als hij hier zelf zegt dat hij dat "
                         "wil; dat hij erbij zit, is geen toestemming.",
                         "What the worker said in the consultation only if he says here that he wants it; his "
                         "presence is no consent.");
            continue;
        }
        // "... en dat breng ik in omdat hij zei dat het mocht": consent of open quality.
        if (f.consent_claimed) {
            hits.caution(kConfConfid, Condition::ExplicitConsent, f.first_cue(Cue::Consent),
                         "Wat de werknemer op het spreekuur vertelde, alleen met zijn specifieke toestemming; de "
                         "uitspraak zegt niet of die er is.",
                         "What the worker said in the consultation only with his specific consent; the statement "
                         "does not say whether he gave it.");
            continue;
        }
        const Hit* ref = nullptr; // the last consult reference of the sentence
        for (const Hit* h : f.cue_hits_in(s))
            if (label_cue(h->label) == Cue::ConsultRef) ref = h;
        hits.violation(kConfConfid, ref,
                       "Wat de werknemer op het spreekuur vertelde, valt onder het beroepsgeheim.",
                       "What the worker said in the consultation is covered by medical confidentiality.");
        out.confidentiality_violated = true;
        if (f.worker_present && f.meeting == MeetingKind::WithWorker) add_presence_is_no_consent(hits);
    }
}

} // namespace

bool mentions_vangnet(const StatementFacts& f) {
    for (const Disclosure& y : f.disclosures)
        if (f.category_of(y).id == "vangnet") return true;
    return false;
}

ContentOutcome decide_content_rules(const StatementFacts& facts, HitAccumulator& hits) {
    ContentOutcome out;
    judge_disclosures(facts, hits, out);
    judge_consult_passed_on(facts, hits, out);
    return out;
}

} // namespace smo::scoring
