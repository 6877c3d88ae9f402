// The `smo-trainer check` contract, exercised through run_check with string streams.
#include "cli/check_command.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <sstream>

namespace {
struct Run {
    int code;
    std::string out, err;
};

Run run(std::vector<std::string> args, const std::string& input = {}) {
    args.push_back("--data-dir");
    args.push_back(smo::test::source_dir().string());
    std::istringstream in(input);
    std::ostringstream out, err;
    int code = smo::cli::run_check(args, "/nonexistent/smo-trainer", in, out, err);
    return {code, out.str(), err.str()};
}

std::vector<nlohmann::json> lines(const std::string& s) {
    std::vector<nlohmann::json> out;
    std::istringstream in(s);
    std::string line;
    while (std::getline(in, line))
        out.push_back(nlohmann::json::parse(line));
    return out;
}
} // namespace

TEST_CASE("check --jsonl: one output line per input line, in order, with the contract fields") {
    std::string input =
        R"({"id": "a", "text": "Ze heeft een burn-out."})"
        "\n"
        R"({"id": "b", "text": "Ze heeft een burn-out.", "context": {"who_present": ["bedrijfsarts", "aios"]}})"
        "\n"
        "this is not json\n"
        R"({"id": "c", "text": "Er is een vangnetbepaling van toepassing.", "context": {"smo_type": "met_werknemer"}})"
        "\n"
        R"({"id": "d"})"
        "\n"
        R"({"id": "e", "text": "Géén probleem, hoor: geen burn‑out.", "context": {"group_size": null, "kept_out": []}})"
        "\n";
    auto r = run({"--jsonl"}, input);
    CHECK(r.code == 0);
    auto out = lines(r.out);
    REQUIRE(out.size() == 6);
    CHECK(out[0]["id"] == "a");
    CHECK(out[0]["verdict"] == "violation");
    CHECK(out[0]["rules"] == nlohmann::json::array({"CONF-DIAG"}));
    CHECK(out[0]["categories"] == nlohmann::json::array({"diagnosis"}));
    REQUIRE(out[0]["spans"].size() == 1);
    CHECK(out[0]["spans"][0]["start"] == 13);
    CHECK(out[0]["spans"][0]["end"] == 21);
    CHECK(out[0]["spans"][0]["category"] == "diagnosis");
    CHECK(out[0]["spans"][0].contains("term"));
    CHECK(out[1]["verdict"] == "allowed");
    CHECK(out[2]["id"].is_null());
    CHECK(out[2]["line"] == 3);
    CHECK(out[2].contains("error"));
    CHECK(out[3]["verdict"] == "caution");
    CHECK(out[3]["condition"] == "vangnet_whether_only"); // every caution names its condition
    CHECK(out[0]["condition"].is_null());
    CHECK(out[1]["condition"].is_null());
    CHECK(out[4]["id"] == "d");
    CHECK(out[4].contains("error"));
    CHECK(out[5]["verdict"] == "violation");
    // Byte offsets into the UTF-8 text.
    std::string text = "Géén probleem, hoor: geen burn‑out.";
    for (const auto& s : out[5]["spans"])
        CHECK(s["end"].get<std::size_t>() <= text.size());
}

TEST_CASE("check TEXT prints verdict, rules with titles, marked spans and a suggestion in Dutch") {
    auto r = run({"--present", "bedrijfsarts,leidinggevende", "--smo-type", "individueel_opeenvolgend", "Hij",
                  "heeft", "een", "hernia,", "dus", "tillen", "zit", "er", "niet", "in."});
    CHECK(r.code == 0);
    CHECK(r.out.find("Oordeel: overtreding") != std::string::npos);
    CHECK(r.out.find("CONF-DIAG") != std::string::npos);
    CHECK(r.out.find("Geen diagnose") != std::string::npos);
    CHECK(r.out.find("[hernia]{diagnosis}") != std::string::npos);
    CHECK(r.out.find("Suggestie:") != std::string::npos);
}

TEST_CASE("check --json prints one JSON object") {
    auto r = run({"--json", "--present", "bedrijfsarts,aios", "Hij heeft een hernia."});
    CHECK(r.code == 0);
    auto j = nlohmann::json::parse(r.out);
    CHECK(j["verdict"] == "allowed");
    CHECK(j["categories"] == nlohmann::json::array({"diagnosis"}));
    CHECK(j["condition"].is_null());
}

TEST_CASE("check names a caution's condition in text and JSON") {
    const char* text = "Het medisch dossier stuur ik door naar de casemanager.";
    auto human = run({"--present", "bedrijfsarts,leidinggevende,hr", text});
    CHECK(human.out.find("Voorwaarde: alleen toelaatbaar als de ontvanger onder verantwoordelijkheid") !=
          std::string::npos);
    auto j = nlohmann::json::parse(run({"--json", "--present", "bedrijfsarts,leidinggevende,hr", text}).out);
    CHECK(j["verdict"] == "caution");
    CHECK(j["condition"]["id"] == "inside_functional_unit");
    CHECK(j["condition"]["text"].get<std::string>().rfind("alleen toelaatbaar als", 0) == 0);
    CHECK(j["condition"]["text_en"].get<std::string>().rfind("only acceptable if", 0) == 0);
    CHECK(j["rules"][0]["condition"]["id"] == "inside_functional_unit");
}

TEST_CASE("check usage errors exit 2") {
    CHECK(run({}).code == 2);
    CHECK(run({"--smo-type", "mdo", "tekst"}).code == 2);
    CHECK(run({"--bogus", "tekst"}).code == 2);
    CHECK(run({"--help"}).code == 0);
}
