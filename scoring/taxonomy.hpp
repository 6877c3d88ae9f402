#pragma once
// The shared vocabulary of SMO-trainer: category, role, SMO-type and learning-goal ids.
// Scenario files, the scoring rules, sessions and the CLI all use these exact strings.

#include <array>
#include <span>
#include <string_view>

namespace smo::scoring {

/// A disclosure category (see assets/lexicon/README.md).
struct CategoryInfo {
    std::string_view id;
    bool is_protected;             ///< true: medical or private; false: functional, may be shared
    std::string_view primary_rule; ///< rule id in assets/rules/rules.json
    bool is_health = false;        ///< about health itself (not private life or judgements)
    std::string_view wording_nl{}; ///< "een diagnose of ziektenaam": how reasons name it; may be empty
    std::string_view wording_en{};
};

/// How a verdict's reason names a category, e.g. "onthult {nl}".
struct CategoryWording {
    std::string_view nl;
    std::string_view en;
};

/// A participant role in an SMO.
struct RoleInfo {
    std::string_view id;
    bool has_medical_confidentiality;    ///< bound by beroepsgeheim (BA and the BA's own staff)
    bool excluded_from_casework = false; ///< may not sit in on individual cases (PROT 2.21-2.22)
};

/// The SMO types and assignments, in the order of core::SmoType and core::Assignment.
inline constexpr std::array<std::string_view, 3> kSmoTypeLabels{"individueel_opeenvolgend", "met_werknemer",
                                                                "thema_beleid"};
inline constexpr std::array<std::string_view, 3> kAssignmentLabels{"observeren", "deelnemen",
                                                                   "thema_presentatie"};

std::span<const CategoryInfo> categories();
/// categories().size(), known to every caller so label tests inline (taxonomy.cpp checks it).
inline constexpr std::size_t kCategoryCount = 27;
std::span<const RoleInfo> roles();
std::span<const std::string_view> smo_types();
std::span<const std::string_view> assignments();
std::span<const std::string_view> learning_goals();

/// Looks a category up by id; nullptr when unknown.
const CategoryInfo* find_category(std::string_view id);
/// Looks a role up by id; nullptr when unknown (unknown roles count as not confidential).
const RoleInfo* find_role(std::string_view id);

bool is_smo_type(std::string_view id);
bool is_assignment(std::string_view id);
bool is_learning_goal(std::string_view id);
bool is_protected_category(std::string_view id);
/// True for the categories about health itself; group statements about them need a large group.
bool is_health_category(std::string_view id);
/// The category's wording for reasons; a generic "deze informatie" when it has none or is unknown.
CategoryWording category_wording(std::string_view id);
bool role_has_medical_confidentiality(std::string_view role_id);
/// True for roles with no need to know about individual cases (OR-lid, collega, preventiemedewerker);
/// unknown roles are not excluded.
bool role_excluded_from_casework(std::string_view role_id);

} // namespace smo::scoring
