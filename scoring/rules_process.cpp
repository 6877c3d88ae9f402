// Process rules: how an SMO is held. The worker gets the same information, the employer decides
// and records no medical data, medical data stay with the physician, and only informed cases are
// discussed by people who need to know.

#include "scoring/rule_families.hpp"

#include <algorithm>
#include <string_view>

namespace smo::scoring {
namespace {

// "... dat beslist de werkgever": the decision is left to the employer or the UWV. An UWV deferral
// (value 2) counts only in the advice's own clause: "stop zijn loon, het UWV steunt jullie wel" advises.
bool deferred_to_others(const StatementFacts& f, const Hit& advice) {
    for (const Hit* d : f.cue_hits_in(advice.sentence))
        if (label_cue(d->label) == Cue::Deferral && (f.cue_value(*d) != 2 || d->clause == advice.clause))
            return true;
    return false;
}

// "Welke, dat hoeft niemand te weten" beside a vangnet: which provision applies is withheld from everyone.
bool withholds_which(const StatementFacts& f, std::size_t sentence) {
    return f.sentence_has_word(sentence, {"welke", "welk", "grond"}) && mentions_vangnet(f);
}

// "Mehmet, dat blijft tussen jou en mij": said to the worker at the table, a confidence kept with him.
bool secret_kept_with_the_worker(const StatementFacts& f, std::size_t sentence) {
    return f.meeting == MeetingKind::WithWorker && f.sentence_has_word(sentence, {"jou", "jij", "je"}) &&
           f.sentence_has_word(sentence, {"mij", "ons"}) && !f.sentence_has_word(sentence, {"jullie"});
}

void judge_roles(const StatementFacts& f, HitAccumulator& hits) {
    // "Valt die onder ons of onder jullie?" asks whose he is; it keeps nothing from the worker.
    const Hit* secrecy = nullptr;
    for (const Hit* h : f.cue_hits)
        // "... nog niet met haar afgestemd, dus ik zeg er niets over" keeps nothing from her.
        // "... bespreek ik apart met de casemanager" is about who may hear medical data (PROC-NEEDTOKNOW).
        // "Meer hoeven ze niet te weten" after an emergency instruction is its minimum, not a secret.
        // "Welke (vangnetbepaling), dat hoeft niemand te weten": the part withheld from everyone, a boundary.
        if (label_cue(h->label) == Cue::Secrecy && !f.negated(*h) && f.word_at(h->tok_end) != "of" &&
            !f.emergency && !f.sentence_has(h->sentence, Cue::Boundary) &&
            !f.sentence_has(h->sentence, Cue::Casemanager) && !withholds_which(f, h->sentence) &&
            !secret_kept_with_the_worker(f, h->sentence)) {
            secrecy = h;
            break;
        }
    hits.violation_at_cue(
        kProcSameInfo, secrecy,
        "De werknemer krijgt dezelfde informatie als de werkgever; geen afspraken buiten hem om.",
        "The worker gets the same information as the employer; no side arrangements.");
    for (const Hit* h : f.cue_hits) {
        if (label_cue(h->label) != Cue::Role || f.negated(*h)) continue;
        if (deferred_to_others(f, *h)) continue;
        // "of jullie hem een waarschuwing geven", "Of je hem kunt ontslaan?": a question, not advice.
        if (f.clause_has(h->clause, Cue::Question) || f.analysis.sentences[h->sentence].stop == '?') continue;
        hits.violation(
            kProcRole, h,
            "Over loon, sancties en ontslag beslist de werkgever; de bedrijfsarts adviseert onafhankelijk.",
            "Pay, sanctions and dismissal are the employer's decisions; the physician advises "
            "independently.");
    }
    if (!hits.has(kProcRole) && f.sanction_advice != nullptr)
        hits.violation(kProcRole, f.sanction_advice,
                       "Een sanctie of ontslag aanraden is niet aan de bedrijfsarts: hij adviseert over "
                       "belastbaarheid, de werkgever beslist.",
                       "Recommending a sanction or dismissal is not the physician's part: he advises on "
                       "capacity, the employer decides.");
}

// "Laten we dat vastleggen in het beleid": a policy written down, no one's health data.
bool about_a_policy(const StatementFacts& f, const Hit& record) {
    const TokenRange& clause = f.analysis.clauses[record.clause];
    for (std::uint32_t t = clause.begin; t < clause.end; ++t)
        if (is_one_of(f.word_at(t), {"beleid", "verzuimbeleid", "protocol", "verzuimprotocol", "beleidsplan"}))
            return true;
    return false;
}

// At most one PROC-RECORD finding: the first of these that applies.
void judge_records(const StatementFacts& f, HitAccumulator& hits) {
    const Hit* record = nullptr;
    for (const Hit* h : f.cue_hits)
        // "met vastgelegde toestemming" records the consent, not health data.
        // "de tijd bijhouden" during a seizure is first aid, not a record.
        if (label_cue(h->label) == Cue::Record && !f.negated_either_side(*h) &&
            !f.inside_cue(*h, Cue::Consent) && !about_a_policy(f, *h) &&
            !f.sentence_has(h->sentence, Cue::Boundary) &&
            !(h->tok_begin > 0 && f.word_at(h->tok_begin - 1) == "tijd")) {
            record = h;
            break;
        }
    // A casemanager who may sit inside the physician's unit keeping the file is PROC-NEEDTOKNOW's question.
    const bool casemanager_keeps_it = record != nullptr && f.casemanager_maybe_inside_unit() &&
                                      f.casemanager->sentence == record->sentence;
    // "Voor het jaarverslag: op de klantenservice was het verzuim vooral psychisch": group figures in an
    // annual or RI&E report are judged as group data (GROUP-ANON), not as health data on record.
    const bool group_figures =
        record != nullptr && f.group_mode && !f.individual_ref && f.employer_ask == nullptr &&
        f.sentence_has_word(record->sentence, {"jaarverslag", "jaarrapportage", "rapportage", "rapport",
                                               "rie", "ri", "presentatie", "sheets"});
    if (const Hit* h = record; h != nullptr && !casemanager_keeps_it && !group_figures &&
                               (f.medical_data || f.employer_ask != nullptr))
        hits.violation(
            kProcRecord, h,
            "De werkgever legt geen medische gegevens vast en vraagt de werknemer niet zelf naar "
            "klachten of beperkingen.",
            "The employer records no medical data and does not question the worker about complaints or "
            "limitations.");
    // "Prima, zet het er maar in": agreeing that what was proposed goes into the records, with nothing
    // in the statement saying what "het" is.
    if (!hits.has(kProcRecord) && !f.case_content)
        for (const Hit* h : f.cue_hits)
            if (label_cue(h->label) == Cue::Record && f.cue_value(*h) == 1 && !f.negated(*h)) {
                hits.violation(
                    kProcRecord, h,
                    "Stem er niet mee in dat de werkgever gezondheidsgegevens vastlegt; alleen functionele "
                    "mogelijkheden en beperkingen horen in het verslag.",
                    "Do not agree to the employer recording health data; only functional abilities and "
                    "limitations belong in the records.");
                break;
            }
    if (!hits.has(kProcRecord) && f.employer_question != nullptr)
        hits.violation(kProcRecord, f.employer_question,
                       "De werkgever vraagt de werknemer niet zelf naar zijn ziekte, klachten of beperkingen; "
                       "die hoort hij van de bedrijfsarts, in functionele termen.",
                       "The employer does not question the worker about his illness, complaints or "
                       "limitations; he hears them from the physician, in functional terms.");
    if (!hits.has(kProcRecord) && f.recorded_health != nullptr)
        hits.violation(kProcRecord, f.recorded_health,
                       "Gezondheidsgegevens, of wat de werknemer zelf over zijn beperkingen zegt, horen niet in "
                       "de administratie van de werkgever.",
                       "Health data, or what the worker himself says about his limitations, do not belong in "
                       "the employer's records.");
    if (const Hit* h = f.employer_ask; h != nullptr && !hits.has(kProcRecord) && (f.medical_data || record != nullptr))
        hits.violation(kProcRecord, h,
                       "De werkgever mag niet zelf naar klachten of beperkingen vragen en die registreren.",
                       "The employer may not ask about complaints or limitations and register them.");
}

// "Hans, wil je even buiten wachten?": someone leaves before the case.
bool sends_someone_away(const StatementFacts& f) {
    return f.has_word({"buiten", "verlaten", "weggaan", "vertrekken"});
}

// The recipient is "jij" or a first name, and no employer role is named in the sentence.
bool addressed_without_role(const StatementFacts& f, std::size_t sentence) {
    if (f.sentence_has_word(sentence, {"hr", "leidinggevende", "werkgever", "manager", "teamleider", "directeur",
                                       "planner", "roosterplanner", "personeelszaken"}))
        return false;
    return f.sentence_has(sentence, Cue::Name) || f.sentence_has_word(sentence, {"jou", "jij", "je"});
}

// "de brief", "mijn verslag", "de aantekeningen": a document about the worker, by its kind.
bool names_a_document_kind(const StatementFacts& f, std::size_t sentence) {
    return f.sentence_has_word(sentence, {"brief", "brieven", "verslag", "verslagen", "rapport", "uitslag",
                                          "uitslagen", "dossier", "aantekeningen", "notities"});
}

// Any document or mail: the kinds above, the worker's correspondence, summaries and reports.
bool names_a_document(const StatementFacts& f, std::size_t sentence) {
    return names_a_document_kind(f, sentence) || f.sentence_has(sentence, Cue::Correspondence) ||
           f.sentence_has_word(
               sentence, {"rapportage", "gespreksverslag", "spreekuuraantekeningen", "samenvatting", "mail"});
}

// The first passing-on that is not the worker's own: "Samira heeft het zelf aan haar teamleider doorgegeven"
// is her notice, not the physician's.
const Hit* physicians_forward(const StatementFacts& f) {
    for (const Hit* h : f.cue_hits)
        if (label_cue(h->label) == Cue::Forward && !f.negated(*h) &&
            !(f.clause_has_word(h->clause, {"zelf"}) && !f.clause_has_word(h->clause, {"ik", "we", "wij"})))
            return h;
    return nullptr;
}

// Documents and mails passed on, also to "someone with a medical background".
void judge_need_to_know(const StatementFacts& f, HitAccumulator& hits) {
    const Hit* forward = physicians_forward(f);
    // "HR met een medische achtergrond" is the recipient; "de medische achtergrond van Dirk" is what is sent.
    const Hit* background = nullptr;
    for (const Hit* h : f.cue_hits)
        if (background == nullptr && label_cue(h->label) == Cue::MedBackground && !f.inside_cue(*h, Cue::MedicalRef))
            background = h;
    // "Zal ik laten zien hoeveel ...": group figures shown at the table (forward value 1), not sent.
    if (f.group_mode && forward != nullptr && f.cue_value(*forward) == 1 && f.casemanager == nullptr &&
        background == nullptr)
        return;
    const Hit* mail = f.first_cue(Cue::Correspondence);
    if (forward && mail && !f.has(Cue::Boundary) && !sent_to_a_casemanager(f, mail->sentence))
        hits.violation(
            kConfConfid, mail,
            "De correspondentie tussen werknemer en bedrijfsarts valt onder het beroepsgeheim, ook als "
            "er niets medisch in staat.",
            "Correspondence between worker and physician is covered by confidentiality, even without "
            "medical content.");
    // Announced for the table, with no recipient named ("ik leg uit wat de specialist zei").
    if (f.announced_medical != nullptr && f.audience_without_confidentiality && f.casemanager == nullptr &&
        forward == nullptr)
        hits.violation(kProcNeedToKnow, f.announced_medical,
                       "Je kondigt aan medische informatie met de werkgever te delen; die blijft bij de "
                       "bedrijfsarts. Geef alleen wat de werknemer wel en niet kan.",
                       "You announce medical information for the employer; it stays with the physician. Give "
                       "only what the worker can and cannot do.");
    // Whose casemanager decides, for a treater's letter as for the physician's own report (NVAB-CM); a
    // medical document named beside her is medical data sent, though its name alone discloses nothing.
    bool document_to_casemanager =
        f.casemanager != nullptr && sent_to_a_casemanager(f, f.casemanager->sentence);
    for (const Disclosure& x : f.disclosures)
        document_to_casemanager |= f.casemanager != nullptr && x.hit != nullptr &&
                                   x.hit->sentence == f.casemanager->sentence && f.category_of(x).id == "report";
    // "... apart met de casemanager; hier aan tafel houd ik het bij wat ze kan": the boundary is the table's.
    const bool to_casemanager = f.casemanager != nullptr && !f.sentence_has(f.casemanager->sentence, Cue::Boundary) &&
                                (f.medical_data || document_to_casemanager);
    if (background == nullptr && to_casemanager && f.casemanager_side == 2) return; // inside the unit
    if (background == nullptr && to_casemanager && f.casemanager_side == 0) {
        hits.caution(kProcNeedToKnow, Condition::InsideFunctionalUnit, f.casemanager,
                     "Medische gegevens mogen naar een casemanager die onder jouw verantwoordelijkheid "
                     "werkt, niet naar die van de werkgever; de uitspraak zegt niet welke.",
                     "Medical data may go to a casemanager working under your responsibility, not the "
                     "employer's; the statement does not say which.");
        return;
    }
    // "Linda, ik stuur jou het consultverslag": with a casemanager at the table, a recipient addressed by
    // name or as "jij" and by no employer role may be that casemanager; whose unit she is in is open.
    // "ik stuur je de brief van Henks behandelaar door", "ik mail je mijn verslag over Dewi": a document
    // about him.
    const bool document_sent = forward != nullptr && names_a_document_kind(f, forward->sentence);
    if (forward != nullptr && background == nullptr && f.casemanager == nullptr &&
        (f.medical_data || document_sent) && !f.has(Cue::Boundary) && role_present(f, "casemanager") &&
        addressed_without_role(f, forward->sentence)) {
        hits.caution(kProcNeedToKnow, Condition::InsideFunctionalUnit, forward,
                     "Medische gegevens mogen naar een casemanager die onder jouw verantwoordelijkheid "
                     "werkt, niet naar die van de werkgever; de uitspraak zegt niet bij wie de ontvanger hoort.",
                     "Medical data may go to a casemanager working under your responsibility, not the "
                     "employer's; the statement does not say whose the recipient is.");
        return;
    }
    // "Voor het team wil ik meegeven: ...": an emergency instruction is judged by CONS-EMERG.
    if (f.emergency && !to_casemanager && background == nullptr) return;
    if ((forward || background || to_casemanager) && (f.medical_data || mail || document_to_casemanager))
        hits.violation(
            kProcNeedToKnow,
            forward      ? forward
            : background ? background
                         : f.casemanager,
            "Medische gegevens blijven binnen de functionele eenheid van de bedrijfsarts, ook voor HR "
            "of een casemanager met een medische achtergrond.",
            "Medical data stay within the physician's functional unit, also for HR or a casemanager "
            "with a medical background.");
}

// "Ik zet de regiomanager in de cc van mijn terugkoppeling", "de FML heb ik ook naar de vestigingsmanager
// gestuurd", "ik wil dat Anja, die hem inwerkt, ook weet dat ...": the worker's case passed to someone
// beyond his own manager and HR, whose need for it the statement does not give.
const Hit* told_beyond_the_line(const StatementFacts& f) {
    for (std::size_t s = 0; s < f.analysis.sentences.size(); ++s) {
        // "Of collega's iets moeten weten, bespreek ik eerst met hem": a question put off.
        if (f.sentence_has(s, Cue::Boundary) || f.sentence_has(s, Cue::Question) ||
            f.analysis.sentences[s].stop == '?' || f.word_at(f.analysis.sentences[s].begin) == "of")
            continue;
        const Hit* passed = nullptr;
        for (const Hit* h : f.cue_hits_in(s))
            if (passed == nullptr && label_cue(h->label) == Cue::Forward) passed = h;
        if (passed != nullptr && f.negated(*passed)) continue;
        const bool told =
            passed != nullptr || f.sentence_has_word(s, {"cc", "weet", "weten", "vertel", "inlichten"});
        if (!told) continue;
        const bool recipient = f.sentence_has_word(s, {"regiomanager", "vestigingsmanager", "regiodirecteur",
                                                       "mt", "managementteam", "inwerkt", "werkbegeleider",
                                                       "opvolger", "team", "collegas"}) ||
                               f.sentence_has(s, Cue::Outsider);
        if (!recipient) continue;
        // About the worker: his name, his limits or a document about him.
        const bool about_him =
            f.sentence_has(s, Cue::Name) ||
            f.sentence_has_word(s, {"terugkoppeling", "fml", "belastbaarheid", "advies", "beperkingen",
                                    "verslag", "voorlopig", "niet", "geen"});
        if (about_him)
            return passed != nullptr ? passed : f.cue_hits_in(s).empty() ? nullptr : f.cue_hits_in(s).front();
    }
    return nullptr;
}

void judge_told_beyond_the_line(const StatementFacts& f, HitAccumulator& hits) {
    // Figures about a department told to HR are group data, judged by the group rules.
    if (f.meeting == MeetingKind::Theme || f.group_mode || hits.has(kProcNeedToKnow) ||
        hits.has(kProcPresent) || f.invited_outsider != nullptr || f.group_numbers().group_size ||
        f.has_word({"procent"}))
        return;
    const Hit* where = told_beyond_the_line(f);
    if (where == nullptr) return;
    // "... en ook waarom": the reason goes with it; "het hele MT" cannot all need it.
    if ((f.has_word({"waarom"}) && f.has_word({"ook"})) || f.has_word({"hele", "alle"}))
        hits.violation(
            kProcNeedToKnow, where,
            "Collega's en andere leidinggevenden hebben geen recht op de reden achter de beperkingen.",
            "Colleagues and other managers have no right to the reason behind the limitations.");
    else
        hits.caution(
            kProcNeedToKnow, Condition::RecipientNeedsIt, where,
            "Wie dit hoort of krijgt, moet het voor zijn rol in de re-integratie nodig hebben; de uitspraak "
            "zegt niet waarom deze ontvanger dat heeft.",
            "Whoever hears or receives this must need it for their part in the return to work; the "
            "statement does not say why this recipient does.");
}

// "ik weet niet of ...", "volgens mij": the speaker is not sure of what follows in the sentence.
bool unsure_in_sentence(const StatementFacts& f, std::size_t sentence) {
    if (f.sentence_has(sentence, Cue::Doubt)) return true;
    if (!f.sentence_has(sentence, Cue::Negation)) return false;
    const TokenRange& s = f.analysis.sentences[sentence];
    for (std::uint32_t t = s.begin; t < s.end; ++t) {
        const std::string_view w = f.word_at(t);
        // "niet weet", "weet (ik) (eigenlijk) niet"
        if (w == "weet") {
            if (t > s.begin && f.word_at(t - 1) == "niet") return true;
            for (std::uint32_t u = t + 1; u < s.end && u <= t + 3; ++u)
                if (f.word_at(u) == "niet") return true;
        }
        // "nog niet kunnen checken of ...", "geen idee of ...": whether, not settled.
        if (w == "niet" || (w == "geen" && f.word_at(t + 1) == "idee"))
            for (std::uint32_t u = t + 1; u < s.end && u <= t + 4; ++u)
                if (f.word_at(u) == "of") return true;
    }
    return false;
}

// "op de hoogte" (informed), not "werk op hoogte".
bool on_the_hoogte(const StatementFacts& f, std::size_t sentence) {
    const TokenRange& s = f.analysis.sentences[sentence];
    for (std::uint32_t t = s.begin + 1; t < s.end; ++t)
        if (f.word_at(t) == "hoogte" && f.word_at(t - 1) == "de") return true;
    return false;
}

// "Volgens mij heeft de teamleider haar laten weten dat ze vandaag besproken wordt", "ik weet niet of hij
// over dit overleg is ingelicht": whether he knows is left open. `where` is the cue that says so, if any.
bool informing_doubted(const StatementFacts& f, const Hit*& where) {
    for (std::size_t s = 0; s < f.analysis.sentences.size(); ++s) {
        // "Heeft iemand Noor laten weten dat ze vandaag besproken wordt?": asked, not known.
        // "Jullie zouden Priya laten weten dat ...": supposed to, not known to have.
        // "Wilt u haar eerst laten weten dat ...?" asks the employer to inform her: a request, not a doubt.
        const TokenRange& sr = f.analysis.sentences[s];
        const bool request =
            sr.end > sr.begin + 1 &&
            is_one_of(f.word_at(sr.begin), {"wilt", "wil", "kunt", "kun", "kunnen", "zoudt"}) &&
            is_one_of(f.word_at(sr.begin + 1), {"u", "je", "jij", "jullie"});
        const bool asked = (sr.stop == '?' && !request) || f.sentence_has_word(s, {"zouden"});
        // "Weet hij dat we hem bespreken?", "dat hij vandaag aan bod komt, weet hij van jou": the meeting itself.
        const bool this_meeting =
            f.sentence_has_word(s, {"besproken", "ingelicht", "geinformeerd", "agenda", "lijst"}) ||
            on_the_hoogte(f, s) ||
            (f.sentence_has_word(s, {"bespreken", "bespreekt", "bod"}) &&
             f.sentence_has_word(s, {"weet", "weten", "gebeld", "verteld", "gezegd", "gemaild", "laten"}));
        if (!(unsure_in_sentence(f, s) || asked) || !this_meeting) continue;
        if (asked) {
            where = f.cue_hits_in(s).empty() ? nullptr : f.cue_hits_in(s).front();
            return true;
        }
        for (const Hit* h : f.cue_hits_in(s))
            if (label_cue(h->label) == Cue::Doubt || label_cue(h->label) == Cue::Negation) {
                where = h;
                return true;
            }
    }
    return false;
}

// "Ik weet niet of Gerard ook haar leidinggevende is": whether an attendee is her manager is left open.
bool attendee_role_doubted(const StatementFacts& f) {
    // "Bent u de directe leidinggevende van Dennis? Dan ...", "als jij inderdaad haar leidinggevende bent":
    // asked or supposed, not known.
    for (std::size_t s = 0; s < f.analysis.sentences.size(); ++s) {
        bool supposed = false; // "als jij ... bent"
        for (std::uint32_t t = f.analysis.sentences[s].begin; t + 1 < f.analysis.sentences[s].end; ++t)
            supposed |= f.word_at(t) == "als" && is_one_of(f.word_at(t + 1), {"jij", "je", "u", "hij", "ze", "zij"});
        supposed = supposed && f.sentence_has_word(s, {"bent", "is"});
        // "valt zij onder jou?" asks whose she is; "daar valt ook onder dat ..." asks what a consent covers.
        bool falls_under_someone = false;
        for (std::uint32_t t = f.analysis.sentences[s].begin; t + 2 < f.analysis.sentences[s].end; ++t)
            falls_under_someone |=
                f.word_at(t) == "valt" && f.word_at(t + 1) == "onder" &&
                is_one_of(f.word_at(t + 2), {"jou", "jouw", "u", "jullie", "hem", "haar", "zijn"});
        if ((unsure_in_sentence(f, s) || supposed || f.analysis.sentences[s].stop == '?') &&
            (falls_under_someone ||
             f.sentence_has_word(s, {"leidinggevende", "leidinggevenden", "teamleiders", "team", "aanstuurt",
                                     "vertrouwenspersoon"})))
            return true;
    }
    return false;
}

// "Hij zit er niet bij", "kan straks aansluiten, maar niet bij dit overleg": no one at this table.
bool invitation_denied(const StatementFacts& f, std::size_t sentence) {
    for (const Hit* h : f.cue_hits_in(sentence))
        if (label_cue(h->label) == Cue::Invite && f.clause_has(h->clause, Cue::Negation)) return true;
    const TokenRange& r = f.analysis.sentences[sentence];
    for (std::uint32_t t = r.begin; t + 1 < r.end; ++t)
        if (f.word_at(t) == "maar" && f.word_at(t + 1) == "niet") return true;
    return false;
}

// "Mark, jij bent teamleider bij de avondploeg, blijf maar zitten voor Roel", "als locatiemanager mag je bij
// alle casussen blijven zitten", "Kees van de avondploeg schuift ook even aan": a manager asked to stay, or
// someone named at the table, whose part in this case is not said.
bool manager_asked_to_stay(const StatementFacts& f) {
    if (f.has_word({"direct", "directe", "eigen"})) return false;
    for (std::size_t s = 0; s < f.analysis.sentences.size(); ++s) {
        if (!f.sentence_has(s, Cue::Invite) || invitation_denied(f, s)) continue;
        // "haar leidinggevende schuift aan": her own; the adviser, the social worker and the labour expert
        // have their part in the case.
        if ((f.sentence_has_word(s, {"zijn", "haar"}) &&
             f.sentence_has_word(s, {"leidinggevende", "teamleider", "chef"})) ||
            f.sentence_has_word(s, {"vertrouwenspersoon", "arbeidsdeskundige", "maatschappelijk",
                                    "casemanager", "bedrijfsarts", "verzoek", "spreekuur"}))
            continue;
        // "Ik zie een nieuw gezicht aan tafel", "Ellen, die voor het eerst bij het overleg zit": a newcomer
        // whose part is not said.
        for (const Hit* h : f.cue_hits_in(s))
            if (label_cue(h->label) == Cue::Invite && f.cue_value(*h) == 1) return true;
        if (f.sentence_has_word(s, {"teamleider", "leidinggevende", "locatiemanager", "manager",
                                    "afdelingshoofd", "waarnemend", "vorige", "regiomanager",
                                    "vestigingsmanager", "stagiaire", "stagiair", "vervanger", "vervangster",
                                    "waarnemer", "salarisadministratie", "holding"}) ||
            (f.meeting == MeetingKind::Individual && f.sentence_has(s, Cue::Name) &&
             !f.sentence_has_word(s, {"uitgenodigd", "uitnodigen", "nodigen", "nodig"})))
            return true;
    }
    return false;
}

// "De manager van inkoop zit er puur uit interesse bij", "al is hij niet de leidinggevende van Sara":
// at the table, and said to have no part in the case.
bool attendee_without_part(const StatementFacts& f) {
    for (std::size_t s = 0; s < f.analysis.sentences.size(); ++s) {
        if (!f.sentence_has(s, Cue::Invite)) continue;
        if (f.sentence_has_word(s, {"interesse", "belangstelling", "nieuwsgierigheid"})) return true;
        const TokenRange& r = f.analysis.sentences[s];
        for (std::uint32_t t = r.begin; t + 2 < r.end; ++t)
            if (f.word_at(t) == "niet" && is_one_of(f.word_at(t + 1), {"de", "zijn", "haar"}) &&
                is_one_of(f.word_at(t + 2), {"leidinggevende", "teamleider", "manager", "chef"}))
                return true;
    }
    return false;
}

// "De vertrouwenspersoon heb ik er zelf bij gevraagd": asked by the physician, in the clause that says so.
bool physician_invited(const StatementFacts& f) {
    for (std::uint32_t t = 0; t < f.analysis.norm.tokens.size(); ++t)
        // "Ik weet niet of Bram zelf om jou heeft gevraagd": whether, not who.
        if (is_one_of(f.word_at(t), {"gevraagd", "uitgenodigd"}) &&
            f.clause_has_word(f.analysis.tok_clause[t], {"ik"}) &&
            f.clause_has_word(f.analysis.tok_clause[t], {"vertrouwenspersoon"}) &&
            !f.clause_has_word(f.analysis.tok_clause[t], {"of", "wie", "weet"}) &&
            !f.clause_has(f.analysis.tok_clause[t], Cue::Doubt))
            return true;
    return false;
}

// Entitled only as the worker's direct manager (a director in a small firm) or at the worker's request
// (a confidential adviser), which the context does not say.
bool attendee_on_condition(const StatementFacts& f) {
    const auto& who = f.context.who_present;
    if (!role_present(f, "vertrouwenspersoon") && !role_present(f, "directeur")) return false;
    // "Hans is als directeur ook haar directe leidinggevende": the statement settles his role.
    // "Je hebt de vertrouwenspersoon meegenomen", "op jouw verzoek", "zoals ze zelf had gevraagd": the
    // worker's request is settled; "ik weet niet op wiens verzoek" leaves it open.
    const bool director_manages = f.has_word({"leidinggevende"});
    // "ik neem aan dat dat op haar verzoek is": supposed, not known. "De vertrouwenspersoon heb ik er zelf
    // bij gevraagd" is the physician's request, not the worker's.
    const bool worker_asked = !physician_invited(f) &&
                              (f.has_word({"meegenomen", "meegebracht", "verzoek"}) ||
                               (f.has_word({"gevraagd"}) && f.has_word({"zelf"}))) &&
                              !f.has_word({"wiens"}) && !f.has(Cue::Negation) && !f.has(Cue::Doubt);
    // At the table the worker brings his confidential adviser himself (PROT 2.22).
    const bool adviser_open = !worker_asked && f.meeting != MeetingKind::WithWorker;
    return std::ranges::any_of(who, [&](const std::string& role) {
        return (role == "vertrouwenspersoon" && adviser_open) || (role == "directeur" && !director_manages);
    });
}

// "..., bespreek ik hem nu niet", "..., sla ik hem nu over": the physician holds the case back.
bool case_held_back(const StatementFacts& f) {
    static constexpr WordSet kVerbs{"bespreek", "bespreken", "sla", "slaan", "schuiven", "schuif"};
    for (std::uint32_t t = 0; t + 1 < f.analysis.norm.tokens.size(); ++t) {
        if (!f.word_in(t, kVerbs)) continue; // the test below needs one of them at t
        const std::string_view w = f.word_at(t), next = f.word_at(t + 1);
        const std::uint32_t c = f.analysis.tok_clause[t];
        // "Dan schuiven we hem door naar het volgende overleg."
        if (((w == "bespreek" || w == "bespreken") && is_one_of(next, {"ik", "we", "wij"}) &&
             f.clause_has(c, Cue::Negation)) ||
            (is_one_of(w, {"sla", "slaan"}) && is_one_of(next, {"ik", "we"}) &&
             f.clause_has_word(c, {"over"})) ||
            (is_one_of(w, {"schuiven", "schuif"}) && is_one_of(next, {"ik", "we"}) &&
             f.clause_has_word(c, {"door"})))
            return true;
    }
    return false;
}

void judge_who_may_hear(const StatementFacts& f, HitAccumulator& hits) {
    // "Omdat hij niet weet dat hij op de lijst staat, bespreek ik hem nu niet": the case is held back.
    const bool held_back = case_held_back(f);
    if (f.meeting == MeetingKind::Individual && !f.context.worker_informed && f.case_content && !held_back)
        hits.violation(
            kProcInform, nullptr,
            "De werknemer weet niet dat zijn situatie besproken wordt; bespreek hem pas als hij is "
            "geïnformeerd.",
            "The worker does not know his case is discussed; discuss it only after he has been informed.");
    // Value 1: whether he knows is left open ("of hij weet dat hij op de agenda staat, moet HR nog bevestigen").
    const Hit* unknown = nullptr;
    for (const Hit* h : f.cue_hits) {
        if (label_cue(h->label) != Cue::Uninformed) continue;
        if (f.cue_value(*h) != 1) {
            if (held_back) break;
            hits.violation(kProcInform, h,
                           "De werknemer hoort vooraf te weten dat zijn situatie in het SMO besproken wordt.",
                           "The worker must know beforehand that his case is discussed in the SMO.");
            unknown = nullptr;
            break;
        }
        if (unknown == nullptr) unknown = h;
    }
    // Doubt about his notice before anything said about him: his case is on the table once he is named.
    const bool about_him = f.case_content || (f.individual_ref && !held_back && f.meeting == MeetingKind::Individual);
    bool left_open = unknown != nullptr;
    if (!left_open && about_him && f.meeting == MeetingKind::Individual) left_open = informing_doubted(f, unknown);
    if (left_open && about_him && !hits.has(kProcInform))
        hits.caution(kProcInform, Condition::WorkerInformed, unknown,
                     "Of de werknemer weet dat hij vandaag besproken wordt, laat de uitspraak open; bespreek "
                     "zijn situatie pas als dat vaststaat.",
                     "The statement leaves open whether the worker knows he is discussed today; discuss his "
                     "situation only once that is settled.");
    // With the worker at the table the whole meeting is his case.
    if (f.meeting != MeetingKind::Theme && f.invited_outsider != nullptr &&
        (f.case_content || f.individual_ref || f.medical_data || f.meeting == MeetingKind::WithWorker))
        hits.violation(kProcPresent, f.invited_outsider,
                       "Bij een individuele casus horen alleen mensen die het uit hoofde van hun functie "
                       "nodig hebben; nodig geen collega's of OR-leden uit.",
                       "Only people who need it for their role belong at an individual case; do not invite "
                       "colleagues or works council members.");
    // A named worker's situation is a case as much as its content, unless someone is sent away.
    // "De directeur schuift aan omdat hij benieuwd is hoe het verzuim ervoor staat": curiosity is no need to know.
    const bool curious_director = role_present(f, "directeur") && f.has_word({"benieuwd", "nieuwsgierig"});
    if (f.meeting != MeetingKind::Theme && (curious_director || attendee_without_part(f)) && f.case_content)
        hits.violation(
            kProcPresent, nullptr,
            "Nieuwsgierigheid of belangstelling is geen reden om bij een individuele casus te zitten; alleen "
            "wie het voor zijn functie nodig heeft, zoals de eigen leidinggevende, hoort erbij.",
            "Curiosity or interest is no reason to sit in on an individual case; only those who need it "
            "for their role, such as the worker's own manager, belong there.");
    if (f.meeting != MeetingKind::Theme && f.excluded_role_present &&
        (f.case_content || (f.individual_ref && !f.has(Cue::Negation) && !sends_someone_away(f))))
        hits.violation(
            kProcPresent, nullptr,
            "Er zit iemand aan tafel die dit niet uit hoofde van zijn functie hoeft te weten (OR-lid, "
            "collega, preventiemedewerker).",
            "Someone is present who has no need to know (works council member, colleague, prevention "
            "officer).");
    // The physician brings in the worker's confidential adviser himself: no one asked for him.
    if (f.meeting != MeetingKind::Theme && role_present(f, "vertrouwenspersoon") && physician_invited(f) &&
        (f.case_content || f.individual_ref) && !hits.has(kProcPresent))
        hits.violation(
            kProcPresent, nullptr,
            "Een vertrouwenspersoon zit alleen op verzoek van de werknemer bij zijn casus, niet omdat de "
            "bedrijfsarts hem uitnodigt.",
            "A confidential adviser sits in on a case only at the worker's request, not at the "
            "physician's invitation.");
    // "Ik weet niet of zij zelf om de vertrouwenspersoon heeft gevraagd": a request doubted is no consent.
    else if (f.meeting != MeetingKind::Theme && !hits.has(kProcPresent) &&
             ((f.case_content &&
               ((attendee_on_condition(f) && !f.consent_claimed) || attendee_role_doubted(f))) ||
              ((f.case_content || (f.meeting == MeetingKind::Individual && f.individual_ref)) &&
               manager_asked_to_stay(f))))
        hits.caution(
            kProcPresent, Condition::AttendeeEntitled, nullptr,
            "Of wie hier verder zit mag meeluisteren, hangt af van zijn functie (de directe "
            "leidinggevende van de werknemer) of van het verzoek van de werknemer (een vertrouwenspersoon).",
            "Whether whoever else sits in may listen depends on their role (the worker's direct manager) "
            "or on the worker's request (a confidential adviser).");
}

// "Mijn advies is hetzelfde als wat ik Marloes mailde, als dat tenminste is aangekomen", "of zijn exemplaar
// al de deur uit is, weet ik niet": whether the worker has had the same advice is left open (PROC-SAMEINFO).
void judge_same_information_doubted(const StatementFacts& f, HitAccumulator& hits) {
    if (hits.has(kProcSameInfo)) return;
    for (std::size_t s = 0; s < f.analysis.sentences.size(); ++s) {
        const bool doubted = unsure_in_sentence(f, s) || f.sentence_has_word(s, {"tenminste"});
        if (!doubted ||
            !f.sentence_has_word(s, {"aangekomen", "ontvangen", "binnen", "bus", "deur", "afgestemd"}) ||
            !f.has_word(
                {"advies", "verslag", "terugkoppeling", "exemplaar", "conclusie", "versie", "mailde"}))
            continue;
        hits.caution(
            kProcSameInfo, Condition::WorkerSameInformation, nullptr,
            "Of de werknemer hetzelfde advies al heeft, laat de uitspraak open; hij hoort het eerst of "
            "tegelijk met de werkgever.",
            "The statement leaves open whether the worker has had the same advice; he hears it first or "
            "at the same time as the employer.");
        return;
    }
}

// "Mijn advies krijgen jullie morgen per mail", "het verslag gaat vanmiddag naar HR": the employer's copy
// announced, the worker's not; whether he gets the same, first or at once, is left open (PROC-SAMEINFO).
void judge_employer_copy_alone(const StatementFacts& f, HitAccumulator& hits) {
    // "jullie krijgen alleen het advies; de stukken blijven bij mij": what the employer may have, a boundary.
    if (hits.has(kProcSameInfo) || f.meeting == MeetingKind::Theme || f.worker_present || f.group_mode ||
        f.has(Cue::Boundary) || f.has_word({"alleen"}))
        return;
    for (std::size_t s = 0; s < f.analysis.sentences.size(); ++s) {
        const bool document =
            f.sentence_has_word(s, {"advies", "verslag", "terugkoppeling", "rapportage", "conclusie"});
        const bool sent = f.sentence_has_word(
            s, {"mail", "mailen", "stuur", "sturen", "gaat", "krijgen", "krijgt", "toegestuurd", "zwart"});
        const bool to_employer = f.sentence_has_word(s, {"jullie", "hr", "leidinggevende", "directeur", "p"});
        if (!document || !sent || !to_employer) continue;
        // The worker's copy named anywhere settles it: "en hij krijgt dezelfde tekst", "allebei", "tegelijk".
        if (f.has_word({"allebei", "tegelijk", "tegelijkertijd", "gelijktijdig", "dezelfde", "hetzelfde",
                        "zelf", "ook", "beiden", "hem", "haar", "hij", "zij", "ze", "doorgesproken",
                        "besproken"}))
            return;
        hits.caution(
            kProcSameInfo, Condition::WorkerSameInformation, nullptr,
            "Je noemt alleen wat de werkgever krijgt; de werknemer hoort hetzelfde advies eerst of "
            "tegelijk, schriftelijk.",
            "You only say what the employer gets; the worker hears the same advice first or at the same "
            "time, in writing.");
        return;
    }
}

} // namespace

bool sent_to_a_casemanager(const StatementFacts& f, std::size_t sentence) {
    if (!f.casemanager_maybe_inside_unit() || f.casemanager->sentence != sentence ||
        !names_a_document(f, sentence))
        return false;
    for (const Hit* h : f.cue_hits_in(sentence))
        if (label_cue(h->label) == Cue::Forward && !f.negated(*h)) return true;
    return false;
}

void decide_process_rules(const StatementFacts& facts, HitAccumulator& hits) {
    judge_roles(facts, hits);
    judge_same_information_doubted(facts, hits);
    judge_records(facts, hits);
    judge_need_to_know(facts, hits);
    judge_who_may_hear(facts, hits);
    judge_told_beyond_the_line(facts, hits);
    judge_employer_copy_alone(facts, hits);
}

} // namespace smo::scoring
