#include "taxonomy.hpp"

#include <algorithm>
#include <array>

namespace smo::scoring {
namespace {

// Wording is used in reasons ("onthult een diagnose of ziektenaam"); the functional categories need
// none because sharing them is allowed.
constexpr std::array kCategories{
    CategoryInfo{"diagnosis", true, "CONF-DIAG", true, "een diagnose of ziektenaam",
                 "a diagnosis or condition name"},
    CategoryInfo{"cause", true, "CONF-CAUSE", true, "de aard of oorzaak van de ziekte",
                 "the nature or cause of the illness"},
    CategoryInfo{"symptom", true, "CONF-SYMPT", true, "klachten of symptomen", "complaints or symptoms"},
    CategoryInfo{"treatment", true, "CONF-TREAT", true, "de behandeling", "treatment details"},
    CategoryInfo{"medication", true, "CONF-MED", true, "medicatie", "medication"},
    CategoryInfo{"provider", true, "CONF-PROV", true, "een behandelaar of instelling",
                 "a care provider or institution"},
    CategoryInfo{"report", true, "CONF-REPORT", true, "de inhoud van medische stukken of uitslagen",
                 "the content of medical documents or results"},
    CategoryInfo{"history", true, "CONF-HIST", true, "de medische voorgeschiedenis", "medical history"},
    CategoryInfo{"mental", true, "CONF-PSY", true, "de psychische toestand", "the psychological state"},
    CategoryInfo{"pregnancy", true, "CONF-PREG", true, "zwangerschap of kinderwens",
                 "pregnancy or reproduction"},
    CategoryInfo{"private", true, "CONF-PRIV", false, "privéomstandigheden", "private circumstances"},
    CategoryInfo{"judgement", true, "CONF-BEHAV", false, "een oordeel over de persoon",
                 "a judgement about the person"},
    CategoryInfo{"confidential", true, "CONF-CONFID", false, "de inhoud van een vertrouwelijk gesprek",
                 "the content of a confidential talk"},
    CategoryInfo{"occupational_disease", true, "CONF-BZ", true, "het label beroepsziekte",
                 "the occupational-disease label"},
    CategoryInfo{"functional", false, "ALLOW-FUNC"},
    CategoryInfo{"body_part", false, "ALLOW-FUNC"},
    CategoryInfo{"duration", false, "ALLOW-DUR"},
    CategoryInfo{"capacity", false, "ALLOW-DEGREE"},
    CategoryInfo{"advice", false, "ALLOW-ADVICE"},
    CategoryInfo{"neutral", false, "ALLOW-NEUTRAL"},
    CategoryInfo{"work_related", false, "ALLOW-WORKREL"},
    CategoryInfo{"accident", false, "ALLOW-ACCIDENT"},
    CategoryInfo{"vangnet", false, "ALLOW-VANGNET"},
    CategoryInfo{"contact", false, "ALLOW-CONTACT"},
    CategoryInfo{"cooperation", false, "ALLOW-COOP"},
    CategoryInfo{"process", false, "ALLOW-PROCESS"},
    CategoryInfo{"group", false, "ALLOW-GROUP"},
};

constexpr std::array kRoles{
    RoleInfo{"bedrijfsarts", true},
    RoleInfo{"aios", true},
    RoleInfo{"coassistent", true},
    RoleInfo{"praktijkondersteuner", true},
    RoleInfo{"casemanager", false},
    RoleInfo{"leidinggevende", false},
    RoleInfo{"hr", false},
    RoleInfo{"directeur", false},
    RoleInfo{"werknemer", false},
    RoleInfo{"vertrouwenspersoon", false},
    RoleInfo{"or_lid", false, true},
    RoleInfo{"preventiemedewerker", false, true},
    RoleInfo{"arbeidsdeskundige", false},
    RoleInfo{"maatschappelijk_werker", false},
    RoleInfo{"collega", false, true},
};

constexpr const auto& kSmoTypes = kSmoTypeLabels;
constexpr const auto& kAssignments = kAssignmentLabels;
constexpr std::array<std::string_view, 5> kLearningGoals{"LG1", "LG2", "LG3", "LG4", "LG5"};

template <typename Range> bool contains(const Range& range, std::string_view id) {
    return std::find(range.begin(), range.end(), id) != range.end();
}

} // namespace

static_assert(kCategories.size() == kCategoryCount, "kCategoryCount in taxonomy.hpp is out of date");

std::span<const CategoryInfo> categories() {
    return kCategories;
}
std::span<const RoleInfo> roles() {
    return kRoles;
}
std::span<const std::string_view> smo_types() {
    return kSmoTypes;
}
std::span<const std::string_view> assignments() {
    return kAssignments;
}
std::span<const std::string_view> learning_goals() {
    return kLearningGoals;
}

const CategoryInfo* find_category(std::string_view id) {
    auto it = std::find_if(kCategories.begin(), kCategories.end(), [&](const auto& c) { return c.id == id; });
    return it == kCategories.end() ? nullptr : &*it;
}

const RoleInfo* find_role(std::string_view id) {
    auto it = std::find_if(kRoles.begin(), kRoles.end(), [&](const auto& r) { return r.id == id; });
    return it == kRoles.end() ? nullptr : &*it;
}

bool is_smo_type(std::string_view id) {
    return contains(kSmoTypes, id);
}
bool is_assignment(std::string_view id) {
    return contains(kAssignments, id);
}
bool is_learning_goal(std::string_view id) {
    return contains(kLearningGoals, id);
}

bool is_protected_category(std::string_view id) {
    const CategoryInfo* c = find_category(id);
    return c != nullptr && c->is_protected;
}

bool is_health_category(std::string_view id) {
    const CategoryInfo* c = find_category(id);
    return c != nullptr && c->is_health;
}

CategoryWording category_wording(std::string_view id) {
    const CategoryInfo* c = find_category(id);
    if (c == nullptr || c->wording_nl.empty()) return {"deze informatie", "this information"};
    return {c->wording_nl, c->wording_en};
}

bool role_has_medical_confidentiality(std::string_view role_id) {
    const RoleInfo* r = find_role(role_id);
    return r != nullptr && r->has_medical_confidentiality;
}

bool role_excluded_from_casework(std::string_view role_id) {
    const RoleInfo* r = find_role(role_id);
    return r != nullptr && r->excluded_from_casework;
}

} // namespace smo::scoring
