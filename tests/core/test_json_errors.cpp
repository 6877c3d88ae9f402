#include "core/json_errors.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace smo::core;

TEST_CASE("parse errors carry line and column") {
    nlohmann::json j;
    auto err = parse_json_located("{\n  \"a\": 1,\n  \"b\": ]\n}", j);
    REQUIRE(err.has_value());
    CHECK(err->rfind("3:", 0) == 0);
    CHECK(err->find("ongeldige JSON") != std::string::npos);
}

TEST_CASE("trailing commas, NaN, empty and truncated input are rejected without throwing") {
    nlohmann::json j;
    CHECK(parse_json_located("{\"a\": 1,}", j).has_value());
    CHECK(parse_json_located("{\"a\": NaN}", j).has_value());
    CHECK(parse_json_located("", j).has_value());
    CHECK(parse_json_located("{\"a\": [1, 2", j).has_value());
    CHECK(parse_json_located("\xff\xfe\x00garbage", j).has_value());
}

TEST_CASE("deep nesting is refused with a clear message, not a stack overflow") {
    nlohmann::json j;
    std::string deep(5000, '[');
    deep += std::string(5000, ']');
    auto err = parse_json_located(deep, j);
    REQUIRE(err.has_value());
    CHECK(err->find("dieper genest") != std::string::npos);
    CHECK_FALSE(parse_json_located("[[[1]]]", j).has_value());
}

TEST_CASE("brackets inside strings do not count as nesting") {
    nlohmann::json j;
    std::string text = "{\"s\": \"" + std::string(1000, '[') + "\"}";
    CHECK_FALSE(parse_json_located(text, j, 10).has_value());
}

TEST_CASE("position_of_offset counts lines and columns from 1") {
    auto p = position_of_offset("ab\ncd", 4);
    CHECK(p.line == 2);
    CHECK(p.column == 2);
}
