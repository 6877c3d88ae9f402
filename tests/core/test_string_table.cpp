#include "core/string_table.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace smo::core;

TEST_CASE("the Dutch and English tables have exactly the same keys") {
    StringTable nl, en;
    REQUIRE_FALSE(StringTable::load(smo::test::source_dir(), Language::Dutch, nl).has_value());
    REQUIRE_FALSE(StringTable::load(smo::test::source_dir(), Language::English, en).has_value());
    CHECK(nl.size() > 10);
    for (const auto& key : nl.keys()) {
        INFO("key missing in en.json: " << key);
        CHECK(en.has(key));
    }
    for (const auto& key : en.keys()) {
        INFO("key missing in nl.json: " << key);
        CHECK(nl.has(key));
    }
}

TEST_CASE("Dutch is the default and strings keep their diacritics") {
    Strings s;
    REQUIRE_FALSE(StringTable::load(smo::test::source_dir(), Language::Dutch, s.nl).has_value());
    REQUIRE_FALSE(StringTable::load(smo::test::source_dir(), Language::English, s.en).has_value());
    CHECK(s.active == Language::Dutch);
    CHECK(std::string(s("screen.debrief")) == "Nabespreking");
    s.active = Language::English;
    CHECK(std::string(s("screen.debrief")) == "Debrief");
}

TEST_CASE("a missing key shows the key itself") {
    StringTable t;
    REQUIRE_FALSE(StringTable::parse(R"({"strings": {"a": "b"}})", t).has_value());
    CHECK(std::string(t.get("a")) == "b");
    CHECK(std::string(t.get("no.such.key")) == "no.such.key");
}

TEST_CASE("a malformed table is refused with a location") {
    StringTable t;
    auto err = StringTable::parse("{\"strings\": {\"a\": 5}}", t);
    REQUIRE(err.has_value());
    CHECK(err->find("/strings/a") != std::string::npos);
    CHECK(StringTable::parse("{\"strings\": [", t).has_value());
    CHECK(parse_language("nl") == Language::Dutch);
    CHECK_FALSE(parse_language("de").has_value());
}
