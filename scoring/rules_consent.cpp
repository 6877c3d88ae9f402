// Consent rules: consent does not make medical information lawful for the employer, a blanket
// authorisation or the worker's presence is no consent, and emergencies allow only the minimum.

#include "scoring/rule_families.hpp"

namespace smo::scoring {
namespace {

// Claims of consent around protected content (or talk about medical data) that do not hold.
void judge_consent_claims(const StatementFacts& f, const ContentOutcome& content, HitAccumulator& hits) {
    if (!consent_settled(f) && f.blanket_consent)
        hits.violation_at_cue(kConsValid, f.first_cue(Cue::BlanketConsent),
                              "Een algemene machtiging is geen specifieke, geïnformeerde toestemming.",
                              "A blanket authorisation is not specific, informed consent.");
    hits.violation_at_cue(kConsValid, f.presence_consent,
                          "Dat de werknemer erbij zit, is geen toestemming om medische zaken te bespreken.",
                          "The worker's presence is not consent to discuss medical matters.");
    if (content.confidentiality_violated && f.worker_present && f.meeting == MeetingKind::WithWorker)
        add_presence_is_no_consent(hits);
    // Consent explicitly refused is not cited ("ik heb het nog niet met haar besproken").
    if (!f.emergency && ((f.has(Cue::Consent) && !f.consent_negated) || f.has(Cue::Justify))) {
        const Hit* h = f.first_cue(Cue::Consent);
        if (h == nullptr) h = f.first_cue(Cue::Justify);
        hits.violation(
            kConsNoBasis, h,
            "Toestemming van de werknemer maakt medische informatie voor de werkgever niet rechtmatig.",
            "The worker's consent does not make medical information lawful for the employer.");
    }
}

// The worker said it himself: a caution, unless the physician builds on it or it goes on record.
void judge_echo(const StatementFacts& f, HitAccumulator& hits) {
    const Hit* self = f.first_cue(Cue::Self);
    if (f.has(Cue::Justify) || f.first_unnegated(Cue::Record) != nullptr)
        hits.violation(kConsNoBasis, self,
                       "De bedrijfsarts bouwt voort op wat de werknemer zelf vertelde en maakt het zo tot "
                       "gespreksstof of verslaglegging.",
                       "The physician builds on the worker's own disclosure, turning it into discussion or "
                       "records.");
    else
        hits.caution(
            kConsNoBasis, Condition::WorkerToldEmployer, self,
            "De werknemer noemde het zelf; bevestig of verdiep het niet en laat de werkgever het niet "
            "vastleggen.",
            "The worker said it himself; do not confirm or elaborate, and the employer must not "
            "record it.");
}

// Emergency instructions: conditional on explicit consent; more than the minimum, or sharing while
// consent is explicitly absent, is a violation.
void judge_emergency(const StatementFacts& f, const ContentOutcome& content, HitAccumulator& hits) {
    const Hit* h = f.first_cue(Cue::Emergency);
    // Without consent even the bare instruction tells the table that something is wrong with him.
    // "zet het in de personeelsnieuwsbrief", "voor de hele organisatie": more people than need to act.
    const bool whole_organisation = f.has(Cue::OrgWide) || f.has_word({"nieuwsbrief", "personeelsnieuwsbrief",
                                                                       "intranet", "personeelsblad"});
    if (content.untolerated_in_emergency || f.consent_negated || whole_organisation)
        hits.add(
            kConsEmerg, Verdict::Violation, Severity::High, h,
            "Noodinformatie alleen met uitdrukkelijke toestemming en niet meer dan nodig om te handelen.",
            "Emergency information only with explicit consent and no more than needed to act.");
    else
        hits.caution(
            kConsEmerg, Condition::EmergencyMinimum, h,
            "Noodinformatie is toegestaan met uitdrukkelijke toestemming, en alleen wat collega's moeten "
            "doen.",
            "Emergency information is allowed with explicit consent, and only what colleagues must do.");
}

// "Of er een vangnetbepaling speelt, zeg ik pas als zij daarmee heeft ingestemd" (held back until she
// consents), "... kunnen jullie haar zelf vragen" (left to the employer's own question): nothing said yet.
// "Of er bij Nadia een vangnet speelt, bespreek ik eerst met haar zelf" (held back), "valt iemand onder een
// vangnetregeling, dan ..." (anyone, explained), "wélk vangnet het is, hoort de werkgever niet" (only which
// is spoken of, and withheld).
bool vangnet_not_said(const StatementFacts& f, const Hit& vangnet) {
    const std::size_t s = vangnet.sentence;
    const bool which_withheld = vangnet.tok_begin > 0 &&
                                is_one_of(f.word_at(vangnet.tok_begin - 1), {"welk", "welke"}) &&
                                f.sentence_has(s, Cue::Negation);
    const bool held_back =
        (f.sentence_has_word(s, {"pas", "eerst"}) && f.sentence_has_word(s, {"ik"}) &&
         f.sentence_has_word(s, {"zeg", "vertel", "noem", "meld", "bespreek", "overleg"})) ||
        f.sentence_has_word(s, {"iemand"});
    const bool left_to_employer = f.sentence_has_word(s, {"vragen", "vraag"}) &&
                                  f.sentence_has_word(s, {"zelf"}) &&
                                  f.sentence_has_word(s, {"jullie", "u", "je"});
    return held_back || left_to_employer || which_withheld;
}

// That a safety-net provision applies may be known; which one may not.
void judge_vangnet(const StatementFacts& f, HitAccumulator& hits) {
    // "acht procent van de verzuimdagen viel onder een vangnetregeling": a figure about the group, which
    // the group rules judge by its size.
    if (f.group_mode && !f.individual_ref &&
        f.has_word({"procent", "percentage", "aandeel", "verzuimdagen", "verzuimcijfers", "verzuimcijfer"}))
        return;
    for (const auto& x : f.disclosures) {
        if (x.neutral || f.category_of(x).id != "vangnet") continue;
        if (x.hit != nullptr && vangnet_not_said(f, *x.hit)) continue;
        // "Piet vroeg me het vangnet niet te noemen, maar ...": his refusal settles the disputed point.
        if (f.consent_negated && !f.has(Cue::Boundary)) {
            hits.violation(
                kConsOptOut, x.hit,
                "De werknemer wilde niet dat je dit noemt; zonder zijn toestemming zeg je ook het "
                "óf van een vangnetbepaling niet.",
                "The worker did not want this mentioned; without his consent do not say even whether a "
                "safety-net provision applies.");
            continue;
        }
        hits.caution(
            kAllowVangnet, Condition::VangnetWhetherOnly, x.hit,
            "Óf een vangnetbepaling geldt, mag de werkgever weten, maar of de bedrijfsarts dat zonder "
            "toestemming zegt is omstreden; noem nooit welke.",
            "Whether a safety-net provision applies may be known to the employer, but saying it "
            "without consent is disputed; never say which.");
    }
}

} // namespace

void add_presence_is_no_consent(HitAccumulator& hits) {
    hits.violation(kConsValid, nullptr,
                   "In een driegesprek is de aanwezigheid van de werknemer geen toestemming.",
                   "In a three-way meeting the worker's presence is not consent.");
}

// "Vertel eens, hoe gaat het medisch met je?", "ik wil beginnen met hoe het met je gezondheid gaat": asked or
// proposed; "als je iets wilt vertellen, mag dat, maar het hoeft niet" leaves the worker free, "nee? dan ..."
// and "laten we buiten" keep it out.
bool opens_the_medical_side(const StatementFacts& f) {
    if (f.has_word({"hoeft", "hoeven", "hoef", "nee", "buiten", "wilt"}) || f.has(Cue::Boundary) ||
        f.blanket_consent || f.presence_consent != nullptr)
        return false;
    const auto& sentences = f.analysis.sentences;
    for (const Hit* h : f.cue_hits) {
        if (label_cue(h->label) != Cue::MedicalRef || f.negated(*h)) continue;
        const std::size_t s = h->sentence;
        // "Dan de stand van zaken rond je behandeling. Hoe loopt dat?": the question may follow.
        if (sentences[s].stop == '?' || (s + 1 < sentences.size() && sentences[s + 1].stop == '?') ||
            f.sentence_has_word(s, {"doornemen", "vertel", "vertelt", "vertellen", "beginnen"}))
            return true;
    }
    return false;
}

// The physician contacting a treater needs the worker's specific, informed consent: a blanket
// authorisation is none, and cited consent leaves open whether it was specific (CONS-VALID).
// Returns true when this decided the statement's consent question.
bool judge_treater_contact(const StatementFacts& f, const ContentOutcome& content, HitAccumulator& hits) {
    if (f.treater_contact == nullptr || content.confidentiality_violated) return false;
    if (f.blanket_consent && !consent_settled(f)) {
        hits.violation(
            kConsValid, f.first_cue(Cue::BlanketConsent),
            "Voor contact met de behandelaar is specifieke, geïnformeerde toestemming nodig; een "
            "algemene machtiging is dat niet.",
            "Contacting the treater needs specific, informed consent; a blanket authorisation is not "
            "that.");
        return true;
    }
    // "ze stemde mondeling in, maar vastgelegd heb ik dat niet": consent that is not recorded is none.
    if (const Hit* absent = f.first_cue(Cue::ConsentNegated)) {
        hits.violation(kConsValid, absent,
                       "Voor contact met de behandelaar is toestemming nodig die specifiek, geïnformeerd en "
                       "vastgelegd is; die ontbreekt hier.",
                       "Contacting the treater needs consent that is specific, informed and recorded; it is "
                       "missing here.");
        return true;
    }
    // "Ik neem deze week contact op met zijn behandelaar": whether he consented is left open.
    if (!f.consent_claimed) {
        hits.caution(kConsValid, Condition::ExplicitConsent, f.treater_contact,
                     "Contact met de behandelaar mag alleen met specifieke, geïnformeerde en vastgelegde "
                     "toestemming van de werknemer; de uitspraak zegt niet of die er is.",
                     "Contacting the treater needs the worker's specific, informed and recorded consent; the "
                     "statement does not say whether there is any.");
        return true;
    }
    // "een formulier getekend specifiek voor mijn vraag aan de specialist": the condition is settled.
    if (consent_settled(f)) return true;
    hits.caution(kConsValid, Condition::ExplicitConsent, f.first_cue(Cue::Consent),
                 "Contact met de behandelaar mag met toestemming die specifiek, geïnformeerd, vrij en vastgelegd "
                 "is; de uitspraak zegt niet of die dat is.",
                 "Contacting the treater is allowed with consent that is specific, informed, free and "
                 "recorded; the statement does not say whether it is.");
    return true;
}

bool consent_settled(const StatementFacts& f) {
    if (!f.consent_claimed) return false;
    // "Daaronder valt volgens mij ook dat ...": whether the consent covers this is the speaker's guess.
    if (f.has(Cue::Doubt) && (f.has_word({"daaronder"}) || (f.has_word({"valt"}) && f.has_word({"onder"}))))
        return false;
    for (const Hit* h : f.cue_hits)
        // "Op voorwaarde dat zij het voor precies dit punt goedkeurt": specific, but not given yet.
        if (label_cue(h->label) == Cue::Consent && f.cue_value(*h) == 2 && !f.negated(*h) &&
            !f.clause_has_word(h->clause, {"voorwaarde", "mits", "tenzij", "indien", "zodra"}))
            return true;
    return false;
}

void decide_consent_rules(const StatementFacts& facts, const ContentOutcome& content, HitAccumulator& hits) {
    const bool unbound_audience = facts.audience_without_confidentiality;
    // Contacting a treater settles the consent question on its own.
    if (!judge_treater_contact(facts, content, hits)) {
        // "Als jij wilt dat ik je diagnose toelicht": nothing disclosed yet; the worker at the table decides.
        if (facts.worker_wish && facts.medical_ref && !content.confidentiality_violated && unbound_audience)
            hits.caution(kConsValid, Condition::WorkerPresentAsking, facts.first_cue(Cue::WorkerWish),
                         "Medische zaken alleen als de werknemer er hier zelf uitdrukkelijk om vraagt; dat hij "
                         "erbij zit, is geen toestemming.",
                         "Medical matters only if the worker explicitly asks for it here; his presence is no "
                         "consent.");
        // "Hoe gaat het nu medisch met je, Monique?", "Wil je zelf iets vertellen over je herstel?": in a
        // three-way meeting the physician opens the medical side; whether the worker explicitly wants that is
        // open.
        else if (facts.meeting == MeetingKind::WithWorker && facts.medical_ref &&
                 !content.confidentiality_violated && unbound_audience && opens_the_medical_side(facts))
            hits.caution(
                kConsValid, Condition::ExplicitConsent, facts.first_cue(Cue::MedicalRef),
                "Medische zaken in een driegesprek alleen als de werknemer daar uitdrukkelijk mee instemt; "
                "dat hij erbij zit, is geen toestemming.",
                "Medical matters in a three-way meeting only if the worker explicitly agrees; his "
                "presence is no consent.");
        // Medical data on their way to a casemanager who may sit in the unit: whose casemanager he is
        // decides (PROC-NEEDTOKNOW), not the consent cited for it.
        else if (content.confidentiality_violated ||
                 (facts.medical_ref && unbound_audience && !facts.casemanager_maybe_inside_unit()))
            judge_consent_claims(facts, content, hits);
    }
    if (content.echo_seen) judge_echo(facts, hits);
    // A first-aid instruction for every department is prevention, not a person's emergency; a card
    // "per medewerker" is about persons again.
    if (facts.emergency && unbound_audience && (!facts.group_mode || facts.has(Cue::SingleOut)))
        judge_emergency(facts, content, hits);
    if (unbound_audience) judge_vangnet(facts, hits);
}

} // namespace smo::scoring
