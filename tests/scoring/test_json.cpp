// The JSON toolkit (scoring/json/): positions of every value, limits, the typed reader's located
// diagnostics, and the regular-file rule for every file the program reads.
#include "scoring/json/document.hpp"
#include "scoring/json/read_file.hpp"
#include "scoring/json/reader.hpp"
#include "test_support.hpp"

#include <array>
#include <doctest/doctest.h>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace smo::json;

namespace {

std::vector<Diagnostic> parse_errors(std::string_view text, const Limits& limits = {}) {
    std::vector<Diagnostic> diags;
    CHECK_FALSE(parse(text, "t.json", limits, diags));
    return diags;
}

/// Byte offset of a 1-based line:column.
std::size_t offset_of(std::string_view text, Position pos) {
    std::size_t offset = 0;
    for (int line = 1; line < pos.line; ++line)
        offset = text.find('\n', offset) + 1;
    return offset + static_cast<std::size_t>(pos.column - 1);
}

/// Every pointer of a DOM, containers included.
void all_pointers(const Json& v, const std::string& ptr,
                  std::vector<std::pair<std::string, const Json*>>& out) {
    out.emplace_back(ptr, &v);
    if (v.is_array())
        for (std::size_t i = 0; i < v.size(); ++i)
            all_pointers(v[i], pointer_append(ptr, i), out);
    else if (v.is_object())
        for (const auto& [k, child] : v.items())
            all_pointers(child, pointer_append(ptr, k), out);
}

/// Fails the test by SIGALRM instead of hanging when a read blocks.
struct Watchdog {
    Watchdog() { ::alarm(20); }
    ~Watchdog() { ::alarm(0); }
};

} // namespace

TEST_CASE("every value of a document has the line:column where its text starts") {
    std::string text = "{\n"
                       "  \"title\": \"Overleg \\\"A\\\" / B\",\n"
                       "\t\"n\":-12.5e2, \"big\": 18446744073709551615,\n"
                       "  \"flags\": [true,false, null ,[ ], {}],\n"
                       "  \"nested\": {\"a~b\": {\"c/d\": [1, [2, [\"drie\"]]]}},\n"
                       "  \"é\": \"geïnformeerd\"\n"
                       "}\n";
    std::vector<Diagnostic> diags;
    auto doc = parse(text, "t.json", {}, diags);
    REQUIRE(doc);
    CHECK(diags.empty());
    std::vector<std::pair<std::string, const Json*>> values;
    all_pointers(doc->root, "", values);
    CHECK(values.size() == doc->map.size());
    for (const auto& [ptr, value] : values) {
        CAPTURE(ptr);
        REQUIRE(doc->map.contains(ptr));
        std::size_t at = offset_of(text, doc->map.at(ptr));
        REQUIRE(at < text.size());
        if (value->is_object())
            CHECK(text[at] == '{');
        else if (value->is_array())
            CHECK(text[at] == '[');
        else if (value->is_string())
            CHECK(text[at] == '"');
        else if (value->is_number_float())
            CHECK(text.compare(at, 7, "-12.5e2") == 0);
        else
            CHECK(text.compare(at, value->dump().size(), value->dump()) == 0);
    }
    CHECK(doc->map.at("/nested/a~0b/c~1d/1/1/0").line == 5);
    CHECK(doc->map.at("/n").line == 3);
    CHECK(doc->map.at("/n").column == 6);
    CHECK(doc->root["title"] == "Overleg \"A\" / B");
}

TEST_CASE("parse errors carry file, line and column and never throw") {
    auto diags = parse_errors("{\n  \"a\": 1,\n  \"b\": ]\n}");
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].code == DiagCode::JsonSyntax);
    CHECK(diags[0].line == 3);
    CHECK(diags[0].format().starts_with("t.json:3:"));
    CHECK(diags[0].message.find("ongeldige JSON") != std::string::npos);
    for (std::string_view bad : {"{\"a\": 1,}", "{\"a\": NaN}", "", "{\"a\": [1, 2", "// c\n{}", "[1] [2]"}) {
        CAPTURE(bad);
        auto d = parse_errors(bad);
        REQUIRE(d.size() == 1);
        CHECK(d[0].code == DiagCode::JsonSyntax);
    }
    CHECK(parse_errors("   ")[0].message.find("leeg") != std::string::npos);
}

TEST_CASE("limits: too deep, too big and too long strings are located refusals") {
    SUBCASE("depth is checked while parsing, at the bracket that goes too deep") {
        std::string deep = "{\"a\":\n" + std::string(5000, '[') + std::string(5000, ']') + "}";
        auto d = parse_errors(deep);
        REQUIRE(d.size() == 1);
        CHECK(d[0].code == DiagCode::TooDeep);
        CHECK(d[0].line == 2);
        CHECK(d[0].column == 64); // the 64th '[' is the 65th level under the object
        CHECK(d[0].message.find("dieper genest dan 64") != std::string::npos);
        std::vector<Diagnostic> ok;
        CHECK(parse("[[[1]]]", "t.json", {1024, 3, 100}, ok));
        CHECK_FALSE(parse("[[[[1]]]]", "t.json", {1024, 3, 100}, ok));
    }
    SUBCASE("brackets inside strings do not count as nesting") {
        std::vector<Diagnostic> d;
        CHECK(parse("{\"s\": \"" + std::string(1000, '[') + "\"}", "t.json", {1u << 20, 2, 2000}, d));
    }
    SUBCASE("a text over max_bytes is refused before parsing") {
        auto d = parse_errors("[1, 2, 3]", Limits{8, 64, 100});
        REQUIRE(d.size() == 1);
        CHECK(d[0].code == DiagCode::SizeLimit);
        CHECK(d[0].message.find("hoogstens 8") != std::string::npos);
    }
    SUBCASE("every string over max_string is reported at its pointer, keys too") {
        std::string text = "{\"ok\": \"kort\",\n \"x\": [\"" + std::string(20, 'a') + "\"], \"" +
                           std::string(21, 'k') + "\": 1}";
        auto d = parse_errors(text, Limits{1024, 64, 10});
        REQUIRE(d.size() == 2);
        CHECK(d[0].code == DiagCode::SizeLimit);
        CHECK(d[0].pointer == "/x/0");
        CHECK(d[0].line == 2);
        CHECK(d[0].column == 8);
        CHECK(d[1].pointer == "/" + std::string(21, 'k'));
    }
    SUBCASE("invalid UTF-8 and NUL bytes are located") {
        auto d = parse_errors("{\"a\":\n \"x\xC3\x28\"}");
        REQUIRE(d.size() == 1);
        CHECK(d[0].code == DiagCode::NotUtf8);
        CHECK(d[0].line == 2);
        CHECK(d[0].column == 4);
        CHECK(parse_errors(std::string("[\"\0\"]", 5))[0].message.find("NUL") != std::string::npos);
    }
}

TEST_CASE("the typed reader reports file:line:col and the JSON pointer, never throws") {
    std::string text = "{\n"
                       "  \"title\": 5,\n"
                       "  \"people\": [{\"name\": \"An\", \"age\": 300, \"active\": \"ja\", \"nick\": null,\n"
                       "              \"kind\": \"robot\", \"colour\": \"blauw\"}],\n"
                       "  \"tags\": [\"a\", 7],\n"
                       "  \"count\": 1.5, \"ratio\": \"x\"\n"
                       "}";
    std::vector<Diagnostic> diags;
    auto doc = parse(text, "f.json", {}, diags);
    REQUIRE(doc);
    Reader r(doc->map, diags, "f.json", 1);
    const Json& root = doc->root;
    constexpr std::array<std::string_view, 2> kKinds{"mens", "dier"};
    CHECK(r.string(root, "", "title", true).empty());
    CHECK(r.string(root, "", "subtitle", false).empty()); // optional and absent: no diagnostic
    CHECK(r.string(root, "", "summary", true).empty());
    std::string name;
    std::optional<int> age;
    bool active = true;
    std::optional<std::size_t> kind;
    std::string nick = "x";
    r.list(root, "", "people", true, [&](const Json& p, const std::string& pp) {
        r.allowed_keys(p, pp, {"name", "age", "active", "nick", "kind"});
        name = r.string(p, pp, "name", true);
        age = r.integer(p, pp, "age", true, 0, 120);
        active = r.boolean(p, pp, "active", false, true);
        nick = r.nullable_string(p, pp, "nick");
        kind = r.label(p, pp, "kind", true, kKinds);
    });
    auto tags = r.strings(root, "", "tags", true); // also longer than max_list_items = 1
    auto count = r.integer(root, "", "count", true, 0, 10);
    auto ratio = r.number(root, "", "ratio", true);
    CHECK(name == "An");
    CHECK_FALSE(age);
    CHECK(active); // the fallback
    CHECK(nick.empty());
    CHECK_FALSE(kind);
    CHECK(tags.empty());
    CHECK_FALSE(count);
    CHECK_FALSE(ratio);

    std::vector<std::string> lines;
    for (const auto& d : diags)
        lines.push_back(d.format());
    std::vector<std::string> expected{
        "f.json:2:12: error: 'title' moet tekst zijn, niet een geheel getal [SC010] (at /title)",
        "f.json:1:1: error: verplicht veld 'summary' ontbreekt [SC009]",
        "f.json:4:42: warning: onbekend veld 'colour' (tikfout?); het wordt genegeerd [SC011] (at "
        "/people/0/colour)",
        "f.json:3:36: error: 'age' moet tussen 0 en 120 liggen [SC031] (at /people/0/age)",
        "f.json:3:51: error: 'active' moet true of false zijn, niet tekst [SC010] (at /people/0/active)",
        "f.json:4:23: error: 'kind' kan niet 'robot' zijn (mens, dier) [SC031] (at /people/0/kind)",
        "f.json:5:11: error: 'tags' heeft 2 elementen; hoogstens 1 toegestaan [SC002] (at /tags)",
        "f.json:6:12: error: 'count' moet een geheel getal zijn, niet een kommagetal [SC010] (at /count)",
        "f.json:6:26: error: 'ratio' moet een getal zijn, niet tekst [SC010] (at /ratio)",
    };
    CHECK(lines == expected);
    CHECK(r.errors() == expected.size() - 1); // the unknown field is a warning
}

TEST_CASE("the reader's enum helper maps labels to enum values") {
    enum class Colour { Red, Green, Count };
    constexpr std::array<std::string_view, 2> kColours{"rood", "groen"};
    static_assert(kColours.size() == static_cast<std::size_t>(Colour::Count));
    std::vector<Diagnostic> diags;
    auto doc = parse(R"({"a": "groen", "b": "paars", "c": 3})", "c.json", {}, diags);
    REQUIRE(doc);
    Reader r(doc->map, diags, "c.json");
    CHECK(r.enumeration<Colour>(doc->root, "", "a", true, kColours) == Colour::Green);
    CHECK_FALSE(r.enumeration<Colour>(doc->root, "", "b", true, kColours));
    CHECK_FALSE(r.enumeration<Colour>(doc->root, "", "c", true, kColours));
    REQUIRE(diags.size() == 2);
    CHECK(diags[0].format() == "c.json:1:21: error: 'b' kan niet 'paars' zijn (rood, groen) [SC031] (at /b)");
    CHECK(diags[1].code == DiagCode::WrongType);
    CHECK(diags[1].column == 35);
}

TEST_CASE("read_regular_file reads regular files and refuses everything else without blocking") {
    Watchdog watchdog;
    smo::test::TempDir dir;
    auto file = dir.path() / "ok.json";
    std::ofstream(file) << "{}";
    auto ok = read_regular_file(file, 100);
    REQUIRE(ok.ok());
    CHECK(*ok.text == "{}");

    SUBCASE("a FIFO is refused at once, even with no writer") {
        auto fifo = dir.path() / "pipe.json";
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        auto r = read_regular_file(fifo, 100);
        CHECK_FALSE(r.ok());
        CHECK(r.failure == ReadFailure::NotRegular);
        CHECK(r.error.find("FIFO") != std::string::npos);
        CHECK(r.error.find(fifo.string()) != std::string::npos);
    }
    SUBCASE("a symlink loop says so instead of 'does not exist'") {
        std::filesystem::create_symlink(dir.path() / "b.json", dir.path() / "a.json");
        std::filesystem::create_symlink(dir.path() / "a.json", dir.path() / "b.json");
        auto r = read_regular_file(dir.path() / "a.json", 100);
        CHECK(r.failure == ReadFailure::SymlinkLoop);
        CHECK(r.error.find("symlink-lus") != std::string::npos);
        CHECK(r.error.find("bestaat niet") == std::string::npos);
    }
    SUBCASE("a device is refused") {
        auto r = read_regular_file("/dev/zero", 100);
        CHECK(r.failure == ReadFailure::NotRegular);
        CHECK(r.error.find("apparaat") != std::string::npos);
    }
    SUBCASE("directories, missing and too-big files") {
        CHECK(read_regular_file(dir.path(), 100).failure == ReadFailure::Directory);
        CHECK(read_regular_file(dir.path() / "nope.json", 100).failure == ReadFailure::Missing);
        CHECK(read_regular_file(file, 1).failure == ReadFailure::TooBig);
        std::filesystem::create_symlink(file, dir.path() / "link.json");
        CHECK(read_regular_file(dir.path() / "link.json", 100).ok()); // a symlink to a file is fine
    }
    SUBCASE("the diagnostic form gives SC001 and SC002") {
        std::vector<Diagnostic> diags;
        CHECK_FALSE(read_regular_file(dir.path() / "nope.json", 100, diags));
        CHECK_FALSE(read_regular_file(file, 1, diags));
        REQUIRE(diags.size() == 2);
        CHECK(diags[0].code == DiagCode::ReadError);
        CHECK(diags[1].code == DiagCode::SizeLimit);
        CHECK(diags[0].file == (dir.path() / "nope.json").string());
    }
}
