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

TEST_CASE("health categories are a subset of the protected ones, private life is not health") {
    for (const auto& c : categories())
        if (c.is_health) CHECK_MESSAGE(c.is_protected, c.id);
    CHECK(is_health_category("diagnosis"));
    CHECK(is_health_category("occupational_disease"));
    CHECK_FALSE(is_health_category("private"));
    CHECK_FALSE(is_health_category("judgement"));
    CHECK_FALSE(is_health_category("functional"));
    CHECK_FALSE(is_health_category("unknown"));
}

TEST_CASE("every protected category has its own wording for reasons, others get the generic one") {
    for (const auto& c : categories()) {
        CategoryWording w = category_wording(c.id);
        if (c.is_protected) {
            CHECK_MESSAGE(w.nl != "deze informatie", c.id);
            CHECK_MESSAGE(!w.en.empty(), c.id);
        }
    }
    CHECK(category_wording("diagnosis").nl == "een diagnose of ziektenaam");
    CHECK(category_wording("diagnosis").en == "a diagnosis or condition name");
    CHECK(category_wording("functional").nl == "deze informatie");
    CHECK(category_wording("no-such-category").en == "this information");
}

TEST_CASE("OR-lid, collega and preventiemedewerker may not sit in on individual cases") {
    CHECK(role_excluded_from_casework("or_lid"));
    CHECK(role_excluded_from_casework("collega"));
    CHECK(role_excluded_from_casework("preventiemedewerker"));
    CHECK_FALSE(role_excluded_from_casework("leidinggevende"));
    CHECK_FALSE(role_excluded_from_casework("bedrijfsarts"));
    CHECK_FALSE(role_excluded_from_casework("someone-unknown"));
}
