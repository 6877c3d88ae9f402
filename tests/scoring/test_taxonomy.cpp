#include "scoring/taxonomy.hpp"

#include <doctest/doctest.h>
#include <set>
#include <string>

using namespace smo::scoring;

TEST_CASE("taxonomy ids are unique and look-ups agree with the tables") {
    std::set<std::string_view> seen;
    for (const auto& c : categories()) {
        CHECK(seen.insert(c.id).second);
        CHECK(find_category(c.id) == &c);
        CHECK(!c.primary_rule.empty());
    }
    CHECK(find_category("not-a-category") == nullptr);
    CHECK(categories().size() == 27);
}

TEST_CASE("medical categories are protected, functional ones are not") {
    CHECK(is_protected_category("diagnosis"));
    CHECK(is_protected_category("medication"));
    CHECK(is_protected_category("pregnancy"));
    CHECK_FALSE(is_protected_category("functional"));
    CHECK_FALSE(is_protected_category("duration"));
    CHECK_FALSE(is_protected_category("unknown"));
}

TEST_CASE("only the bedrijfsarts and the BA's own staff hold medical confidentiality") {
    CHECK(role_has_medical_confidentiality("bedrijfsarts"));
    CHECK(role_has_medical_confidentiality("aios"));
    CHECK(role_has_medical_confidentiality("coassistent"));
    CHECK_FALSE(role_has_medical_confidentiality("leidinggevende"));
    CHECK_FALSE(role_has_medical_confidentiality("hr"));
    CHECK_FALSE(role_has_medical_confidentiality("werknemer"));
    CHECK_FALSE(role_has_medical_confidentiality("someone-unknown"));
    CHECK(roles().size() == 15);
}

TEST_CASE("SMO types, assignments and learning goals") {
    CHECK(is_smo_type("individueel_opeenvolgend"));
    CHECK(is_smo_type("met_werknemer"));
    CHECK(is_smo_type("thema_beleid"));
    CHECK_FALSE(is_smo_type("mdo"));
    CHECK(is_assignment("observeren"));
    CHECK_FALSE(is_assignment("kijken"));
    CHECK(is_learning_goal("LG5"));
    CHECK_FALSE(is_learning_goal("LG6"));
}
