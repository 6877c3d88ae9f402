// `check --jsonl` input hardening (issue 10 items 5 and 6): wrong-typed context fields, the
// per-line limit, invalid UTF-8 and NUL bytes each give an error line instead of a silent default.
#include "cli/check_command.hpp"
#include "cli/jsonl_reader.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <sstream>

namespace {
std::vector<nlohmann::json> check_jsonl(const std::string& input) {
    std::vector<std::string> args{"--jsonl", "--data-dir", smo::test::source_dir().string()};
    std::istringstream in(input);
    std::ostringstream out, err;
    int code = smo::cli::run_check(args, "/nonexistent/smo-trainer", in, out, err);
    CHECK(code == 0);
    std::vector<nlohmann::json> lines;
    std::istringstream res(out.str());
    std::string line;
    while (std::getline(res, line))
        lines.push_back(nlohmann::json::parse(line));
    return lines;
}

nlohmann::json one(const std::string& line) {
    auto out = check_jsonl(line + "\n");
    REQUIRE(out.size() == 1);
    return out[0];
}

// An error line in the contract's style: id, line, error (and nothing of a result line).
void check_error_line(const nlohmann::json& j, const nlohmann::json& id, const std::string& must_mention) {
    CHECK(j["id"] == id);
    CHECK(j["line"] == 1);
    REQUIRE(j.contains("error"));
    CHECK_MESSAGE(j["error"].get<std::string>().find(must_mention) != std::string::npos, j.dump());
    CHECK_FALSE(j.contains("verdict"));
}
} // namespace

TEST_CASE("check --jsonl: a wrong-typed context field gives an error line naming the field and type") {
    const std::string text = R"("text":"Ze heeft een burn-out.")";
    SUBCASE("worker_informed as a string") {
        auto j = one(R"({"id":"w",)" + text + R"(,"context":{"worker_informed":"false"}})");
        check_error_line(j, "w", "context.worker_informed");
        CHECK(j["error"].get<std::string>().find("true of false") != std::string::npos);
    }
    SUBCASE("kept_out as a string") {
        auto j = one(R"({"id":"k",)" + text + R"(,"context":{"kept_out":"mental"}})");
        check_error_line(j, "k", "context.kept_out");
        CHECK(j["error"].get<std::string>().find("lijst") != std::string::npos);
    }
    SUBCASE("who_present with a number in it") {
        auto j = one(R"({"id":"p",)" + text + R"(,"context":{"who_present":["bedrijfsarts",3]}})");
        check_error_line(j, "p", "context.who_present");
    }
    SUBCASE("an unknown smo_type") {
        auto j = one(R"({"id":"s",)" + text + R"(,"context":{"smo_type":"mdo"}})");
        check_error_line(j, "s", "context.smo_type");
        CHECK(j["error"].get<std::string>().find("mdo") != std::string::npos);
    }
    SUBCASE("smo_type as a number") {
        check_error_line(one(R"({"id":"s2",)" + text + R"(,"context":{"smo_type":1}})"), "s2",
                         "context.smo_type");
    }
    SUBCASE("an unknown role and an unknown category") {
        check_error_line(
            one(R"({"id":"r",)" + text + R"(,"context":{"who_present":["bedrijfsarts","buurman"]}})"), "r",
            "buurman");
        check_error_line(one(R"({"id":"c",)" + text + R"(,"context":{"kept_out":["geheim"]}})"), "c",
                         "geheim");
    }
    SUBCASE("group_size as a string, a fraction or negative") {
        check_error_line(one(R"({"id":"g",)" + text + R"(,"context":{"group_size":"12"}})"), "g",
                         "context.group_size");
        check_error_line(one(R"({"id":"g",)" + text + R"(,"context":{"group_size":2.5}})"), "g",
                         "context.group_size");
        check_error_line(one(R"({"id":"g",)" + text + R"(,"context":{"group_size":-3}})"), "g",
                         "context.group_size");
    }
    SUBCASE("context that is not an object") {
        check_error_line(one(R"({"id":7,)" + text + R"(,"context":"met_werknemer"})"), 7, "context");
    }
    SUBCASE("the id is kept when it comes after the bad field") {
        check_error_line(one(R"({)" + text + R"(,"context":{"worker_informed":0},"id":"late"})"), "late",
                         "context.worker_informed");
    }
}

TEST_CASE("check --jsonl: right-typed context fields and a null group_size still give results") {
    auto j = one(
        R"({"id":"ok","text":"Ze heeft een burn-out.","context":{"worker_informed":false,)"
        R"("kept_out":["mental"],"smo_type":"met_werknemer","group_size":null,"who_present":["bedrijfsarts","hr"]}})");
    CHECK(j["id"] == "ok");
    CHECK(j.contains("verdict"));
    CHECK_FALSE(j.contains("error"));
}

TEST_CASE("check --jsonl: a line over 1 MiB gives an error line and the next line is still judged") {
    std::string big = R"({"id":"big","text":")" + std::string(smo::cli::kMaxJsonlLineBytes, 'a') + "\"}";
    auto out = check_jsonl(big + "\n" + R"({"id":"next","text":"Ze heeft een burn-out."})" + "\n");
    REQUIRE(out.size() == 2);
    CHECK(out[0]["id"] == "big"); // the id comes first, so it is read from the kept prefix
    CHECK(out[0]["line"] == 1);
    CHECK(out[0]["error"].get<std::string>().find("1 MiB") != std::string::npos);
    CHECK(out[1]["id"] == "next");
    CHECK_FALSE(out[1].contains("line"));
    CHECK(out[1]["verdict"] == "violation");
}

TEST_CASE("check --jsonl: a line of exactly 1 MiB is accepted") {
    std::string head = R"({"id":"max","text":")";
    std::string line = head + std::string(smo::cli::kMaxJsonlLineBytes - head.size() - 2, 'a') + "\"}";
    REQUIRE(line.size() == smo::cli::kMaxJsonlLineBytes);
    auto j = one(line);
    CHECK(j["id"] == "max");
    CHECK(j.contains("verdict"));
}

TEST_CASE("check --jsonl: invalid UTF-8 or a NUL gives an error line with the id and the column") {
    SUBCASE("invalid UTF-8 in the text") {
        std::string line = R"({"id":"u","text":"ab)" + std::string("\xff") + R"(c"})";
        auto j = one(line);
        check_error_line(j, "u", "UTF-8");
        CHECK(j["column"] == line.find('\xff') + 1);
    }
    SUBCASE("a raw NUL byte in the text") {
        std::string line = R"({"id":"n","text":"ab)" + std::string(1, '\0') + R"(c"})";
        auto j = one(line);
        check_error_line(j, "n", "NUL");
        CHECK(j["column"] == line.find('\0') + 1);
    }
    SUBCASE("an escaped NUL in the text") {
        std::string line = R"({"id":"e","text":"ab\u0000c"})";
        auto j = one(line);
        check_error_line(j, "e", "NUL");
        CHECK(j["column"] == line.find("\\u0000") + 1);
    }
    SUBCASE("invalid UTF-8 inside the id: the id cannot be read") {
        std::string line = R"({"id":"x)" + std::string("\xc3") + R"(","text":"ok"})";
        auto j = one(line);
        check_error_line(j, nullptr, "UTF-8");
        CHECK(j["column"] == line.find('\xc3') + 1);
    }
}

TEST_CASE("BoundedLineReader keeps at most the limit in memory and skips the rest of a long line") {
    std::string input = std::string(10 * 1000 * 1000, 'x') + "\nshort\nlast";
    std::istringstream in(input);
    smo::cli::BoundedLineReader reader(in, 1000);
    REQUIRE(reader.next());
    CHECK(reader.too_long());
    CHECK(reader.length() == 10u * 1000u * 1000u);
    CHECK(reader.line().size() <= 1000u);
    CHECK(reader.memory_bytes() < 1000u + 2u * 65536u);
    REQUIRE(reader.next());
    CHECK_FALSE(reader.too_long());
    CHECK(reader.line() == "short");
    REQUIRE(reader.next());
    CHECK(reader.line() == "last"); // no newline at the end: still a line
    CHECK_FALSE(reader.next());
}

TEST_CASE("BoundedLineReader: an empty line is a line, a final newline adds none") {
    std::istringstream in("a\n\nb\n");
    smo::cli::BoundedLineReader reader(in, 10);
    std::vector<std::string> got;
    while (reader.next())
        got.emplace_back(reader.line());
    CHECK(got == std::vector<std::string>{"a", "", "b"});
}
