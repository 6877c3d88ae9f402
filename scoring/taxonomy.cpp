#include "taxonomy.hpp"

#include <algorithm>
#include <array>

namespace smo::scoring {
namespace {

constexpr std::array kCategories{
    CategoryInfo{"diagnosis", true, "CONF-DIAG"},
    CategoryInfo{"cause", true, "CONF-CAUSE"},
    CategoryInfo{"symptom", true, "CONF-SYMPT"},
    CategoryInfo{"treatment", true, "CONF-TREAT"},
    CategoryInfo{"medication", true, "CONF-MED"},
    CategoryInfo{"provider", true, "CONF-PROV"},
    CategoryInfo{"report", true, "CONF-REPORT"},
    CategoryInfo{"history", true, "CONF-HIST"},
    CategoryInfo{"mental", true, "CONF-PSY"},
    CategoryInfo{"pregnancy", true, "CONF-PREG"},
    CategoryInfo{"private", true, "CONF-PRIV"},
    CategoryInfo{"judgement", true, "CONF-BEHAV"},
    CategoryInfo{"confidential", true, "CONF-CONFID"},
    CategoryInfo{"occupational_disease", true, "CONF-BZ"},
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
    RoleInfo{"bedrijfsarts", true},          RoleInfo{"aios", true},
    RoleInfo{"coassistent", true},           RoleInfo{"praktijkondersteuner", true},
    RoleInfo{"casemanager", false},          RoleInfo{"leidinggevende", false},
    RoleInfo{"hr", false},                   RoleInfo{"directeur", false},
    RoleInfo{"werknemer", false},            RoleInfo{"vertrouwenspersoon", false},
    RoleInfo{"or_lid", false},               RoleInfo{"preventiemedewerker", false},
    RoleInfo{"arbeidsdeskundige", false},    RoleInfo{"maatschappelijk_werker", false},
    RoleInfo{"collega", false},
};

constexpr const auto& kSmoTypes = kSmoTypeLabels;
constexpr const auto& kAssignments = kAssignmentLabels;
constexpr std::array<std::string_view, 5> kLearningGoals{"LG1", "LG2", "LG3", "LG4", "LG5"};

template <typename Range> bool contains(const Range& range, std::string_view id) {
    return std::find(range.begin(), range.end(), id) != range.end();
}

} // namespace

std::span<const CategoryInfo> categories() { return kCategories; }
std::span<const RoleInfo> roles() { return kRoles; }
std::span<const std::string_view> smo_types() { return kSmoTypes; }
std::span<const std::string_view> assignments() { return kAssignments; }
std::span<const std::string_view> learning_goals() { return kLearningGoals; }

const CategoryInfo* find_category(std::string_view id) {
    auto it = std::find_if(kCategories.begin(), kCategories.end(), [&](const auto& c) { return c.id == id; });
    return it == kCategories.end() ? nullptr : &*it;
}

const RoleInfo* find_role(std::string_view id) {
    auto it = std::find_if(kRoles.begin(), kRoles.end(), [&](const auto& r) { return r.id == id; });
    return it == kRoles.end() ? nullptr : &*it;
}

bool is_smo_type(std::string_view id) { return contains(kSmoTypes, id); }
bool is_assignment(std::string_view id) { return contains(kAssignments, id); }
bool is_learning_goal(std::string_view id) { return contains(kLearningGoals, id); }

bool is_protected_category(std::string_view id) {
    const CategoryInfo* c = find_category(id);
    return c != nullptr && c->is_protected;
}

bool role_has_medical_confidentiality(std::string_view role_id) {
    const RoleInfo* r = find_role(role_id);
    return r != nullptr && r->has_medical_confidentiality;
}

} // namespace smo::scoring
