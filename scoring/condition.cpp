#include "scoring/condition.hpp"

#include <array>

namespace smo::scoring {
namespace {

struct ConditionText {
    std::string_view id, nl, en;
};

constexpr std::array<ConditionText, static_cast<std::size_t>(Condition::Count)> kTexts{{
    {"", "", ""},
    {"explicit_consent",
     "alleen toelaatbaar als de werknemer daar uitdrukkelijk en specifiek toestemming voor gaf, en het "
     "voor het werk nodig is",
     "only acceptable if the worker gave explicit, specific consent for exactly this, and work needs it"},
    {"worker_told_employer",
     "alleen toelaatbaar als de werknemer het de werkgever zelf al heeft verteld; bevestig of verdiep het "
     "dan nog niet",
     "only acceptable if the worker told the employer himself; even then, do not confirm or elaborate"},
    {"group_large_enough",
     "alleen toelaatbaar als de groep groot genoeg is dat niemand herkenbaar is (vuistregel: 10 "
     "medewerkers, 5 gevallen)",
     "only acceptable if the group is large enough that nobody can be recognised (rule of thumb: 10 "
     "staff, 5 cases)"},
    {"inside_functional_unit",
     "alleen toelaatbaar als de ontvanger onder verantwoordelijkheid van de bedrijfsarts werkt (bijv. de "
     "gedelegeerde casemanager van de arbodienst), niet de casemanager of HR van de werkgever",
     "only acceptable if the recipient works under the physician's responsibility (e.g. the occupational "
     "health service's delegated casemanager), not the employer's casemanager or HR"},
    {"emergency_minimum",
     "alleen toelaatbaar als de werknemer uitdrukkelijk toestemming gaf, en alleen wat collega's moeten "
     "weten om in nood te handelen",
     "only acceptable if the worker gave explicit consent, and only what colleagues need to act in an "
     "emergency"},
    {"vangnet_whether_only",
     "alleen toelaatbaar als de werknemer ermee instemt, en alleen óf een vangnetbepaling geldt, nooit "
     "welke",
     "only acceptable if the worker agrees, and only whether a safety-net provision applies, never which"},
    {"worker_present_asking",
     "alleen toelaatbaar als de werknemer erbij is en er zelf om vraagt; zijn aanwezigheid alleen is geen "
     "toestemming",
     "only acceptable if the worker is present and asks for it himself; his presence alone is no consent"},
    {"attendee_entitled",
     "alleen toelaatbaar als wie er verder bij zit dat voor zijn functie nodig heeft of er op verzoek van de "
     "werknemer is (de directeur als diens directe leidinggevende, de vertrouwenspersoon op zijn verzoek)",
     "only acceptable if whoever else sits in needs it for their role or is there at the worker's request "
     "(the "
     "director as his direct manager, the confidential adviser at his request)"},
    {"worker_informed",
     "alleen toelaatbaar als de werknemer vooraf weet dat zijn situatie vandaag besproken wordt",
     "only acceptable if the worker knows beforehand that his situation is discussed today"},
    {"worker_same_information",
     "alleen toelaatbaar als de werknemer hetzelfde advies al eerder of tegelijk van de bedrijfsarts kreeg",
     "only acceptable if the worker had the same advice from the physician before or at the same time"},
    {"recipient_needs_it",
     "alleen toelaatbaar als wie het hoort of krijgt het voor zijn rol in de re-integratie nodig heeft (de "
     "eigen "
     "leidinggevende, HR), en dan alleen wat de werknemer wel en niet kan",
     "only acceptable if whoever hears or receives it needs it for their part in the return to work (the "
     "worker's own manager, HR), and then only what the worker can and cannot do"},
}};

const ConditionText& text_of(Condition c) {
    auto i = static_cast<std::size_t>(c);
    return kTexts[i < kTexts.size() ? i : 0];
}

} // namespace

std::string_view condition_id(Condition c) {
    return text_of(c).id;
}
std::string_view condition_nl(Condition c) {
    return text_of(c).nl;
}
std::string_view condition_en(Condition c) {
    return text_of(c).en;
}

Condition condition_from_id(std::string_view id) {
    if (id.empty()) return Condition::None;
    for (std::size_t i = 1; i < kTexts.size(); ++i)
        if (kTexts[i].id == id) return static_cast<Condition>(i);
    return Condition::None;
}

} // namespace smo::scoring
