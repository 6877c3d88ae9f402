#include "core/string_table.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

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

namespace {

/// Every literal key handed to a string-table lookup in the sources: the argument of tr(...),
/// strings(...), state.strings(...) and .get(...) calls, including both arms of a ternary.
/// Literals ending in '.' are prefixes of computed keys ("category." + id) and are skipped.
std::set<std::string> keys_asked_for(const std::string& source) {
    static const std::regex call(R"((?:\btr|\bstrings|\bstrings_)\s*\()");
    static const std::regex literal(R"re("((?:[^"\\]|\\.)*)"\s*(\+)?)re");
    std::set<std::string> keys;
    for (auto it = std::sregex_iterator(source.begin(), source.end(), call); it != std::sregex_iterator();
         ++it) {
        // The argument runs to the matching ')'.
        std::size_t pos = static_cast<std::size_t>(it->position() + it->length());
        std::size_t end = pos;
        for (int depth = 1; end < source.size() && depth > 0; ++end) {
            if (source[end] == '"') { // skip string contents
                for (++end; end < source.size() && source[end] != '"'; ++end)
                    if (source[end] == '\\') ++end;
            } else if (source[end] == '(') {
                ++depth;
            } else if (source[end] == ')') {
                --depth;
            }
        }
        const std::string arg = source.substr(pos, end - pos);
        for (auto m = std::sregex_iterator(arg.begin(), arg.end(), literal); m != std::sregex_iterator(); ++m) {
            const std::string key = (*m)[1].str();
            if ((*m)[2].matched || key.empty() || key.back() == '.') continue; // a prefix of a computed key
            if (key.find('.') == std::string::npos || key.find(' ') != std::string::npos) continue;
            keys.insert(key);
        }
    }
    return keys;
}

} // namespace

TEST_CASE("the scanner finds literal keys in lookups, both ternary arms, and skips computed prefixes") {
    auto keys = keys_asked_for(R"(tr("a.b"); x(tr(c ? "c.d" : "e.f")); tr(("category." + id).c_str());
        state.strings("g.h"); ImGui::Text("%s", tr("i.j")); other("k.l");)");
    CHECK(keys == std::set<std::string>{"a.b", "c.d", "e.f", "g.h", "i.j"});
}

TEST_CASE("every key the code asks for exists in both string tables") {
    StringTable nl, en;
    REQUIRE_FALSE(StringTable::load(smo::test::source_dir(), Language::Dutch, nl).has_value());
    REQUIRE_FALSE(StringTable::load(smo::test::source_dir(), Language::English, en).has_value());
    std::size_t checked = 0;
    for (const char* dir : {"app/ui", "app/core", "app/cli"}) {
        for (const auto& file : std::filesystem::recursive_directory_iterator(smo::test::source_dir() / dir)) {
            const auto ext = file.path().extension();
            if (ext != ".cpp" && ext != ".hpp") continue;
            std::ifstream in(file.path(), std::ios::binary);
            std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            for (const auto& key : keys_asked_for(text)) {
                INFO(file.path().filename().string() << " asks for '" << key << "'");
                CHECK(nl.has(key));
                CHECK(en.has(key));
                ++checked;
            }
        }
    }
    CHECK(checked > 200); // the scan really reads the sources
}
