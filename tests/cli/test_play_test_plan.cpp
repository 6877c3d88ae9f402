// `smo-trainer play ID --strategy answers:FILE` with a test plan's start block: a playtest from that
// node, in memory (no session written), with located errors when the plan does not fit.
#include "cli/play_command.hpp"
#include "test_support.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

struct PlayRun {
    int code = 0;
    std::string out, err;
};

/// Runs `play` with XDG_DATA_HOME in `home`, so a session it wrongly wrote would land there.
PlayRun play(const fs::path& home, std::vector<std::string> args) {
    std::ostringstream out, err;
    ::setenv("XDG_DATA_HOME", home.c_str(), 1);
    PlayRun r;
    r.code = smo::cli::run_play(args, {}, out, err);
    ::unsetenv("XDG_DATA_HOME");
    r.out = out.str();
    r.err = err.str();
    return r;
}

bool wrote_sessions(const fs::path& home) {
    auto dir = home / "smo-trainer" / "sessions";
    return fs::exists(dir) && !fs::is_empty(dir);
}

// zorggroep_linde_smo from Ricardo's case: one choice, the free-text advice, the nabespreking.
constexpr const char* kPlan = R"({
  "start": {"node": "keuze_informeren", "vars": {"vertrouwen": 7}, "prior_items": ["els_functioneel"]},
  "answers": ["kort_functioneel", "Ik adviseer de werkdruk samen met de medewerkers te bekijken.", "zelfde", "beleid"]
})";

} // namespace

TEST_CASE("play with a test plan's start block starts at that node, reaches an end and writes no session") {
    smo::test::TempDir tmp;
    auto plan = tmp.path() / "plan.json";
    std::ofstream(plan) << kPlan;
    auto r = play(tmp.path(), {"zorggroep_linde_smo", "--strategy", "answers:" + plan.string()});
    CHECK_MESSAGE(r.code == 0, r.err);
    CHECK(r.out.find("[vooraf gekozen] els_functioneel") != std::string::npos);
    CHECK(r.out.find("choice keuze_informeren [kort_functioneel]") != std::string::npos);
    CHECK(r.out.find("[einde]") != std::string::npos);
    CHECK(r.out.find("geen sessie geschreven") != std::string::npos);
    // Nothing of the voorbespreking or of Els's part of the meeting was played.
    CHECK(r.out.find("voorbespreking/") == std::string::npos);
    CHECK(r.out.find("keuze_diagnose") == std::string::npos);
    CHECK_FALSE(wrote_sessions(tmp.path()));

    // The list form still plays from the beginning and is saved as before.
    std::ofstream(plan) << R"(["opeenvolgend"])";
    auto list =
        play(tmp.path(), {"zorggroep_linde_smo", "--strategy", "answers:" + plan.string(), "--quiet"});
    CHECK(list.code == 1); // answers run out in the voorbespreking
    CHECK(list.err.find("antwoorden zijn op") != std::string::npos);
}

TEST_CASE("play with a test plan: --out is refused, a start that does not fit names the file and pointer") {
    smo::test::TempDir tmp;
    auto plan = tmp.path() / "plan.json";
    std::ofstream(plan) << kPlan;
    auto out = play(tmp.path(), {"zorggroep_linde_smo", "--strategy", "answers:" + plan.string(), "--out",
                                 (tmp.path() / "s.json").string()});
    CHECK(out.code == 2);
    CHECK(out.err.find("--out") != std::string::npos);
    CHECK_FALSE(fs::exists(tmp.path() / "s.json"));

    std::ofstream(plan) << R"({"start": {"node": "keuze_informern"}, "answers": []})";
    auto node = play(tmp.path(), {"zorggroep_linde_smo", "--strategy", "answers:" + plan.string()});
    CHECK(node.code == 1);
    CHECK(node.err.find(plan.string() + ": knoop 'keuze_informern' bestaat niet") != std::string::npos);
    CHECK(node.err.find("Bedoelde je 'keuze_informeren'?") != std::string::npos);
    CHECK(node.err.find("(at /start/node)") != std::string::npos);

    std::ofstream(plan)
        << R"({"start": {"node": "keuze_informeren", "prior_items": ["els_functioneel", "geen_item"]},
                              "answers": []})";
    auto item = play(tmp.path(), {"zorggroep_linde_smo", "--strategy", "answers:" + plan.string()});
    CHECK(item.code == 1);
    CHECK(item.err.find("(at /start/prior_items/1)") != std::string::npos);

    // A syntax slip in the start block is a usage error at line:col and pointer, before playing.
    std::ofstream(plan)
        << "{\"start\": {\"node\": \"keuze_informeren\", \"vars\": {\"vertrouwen\": \"veel\"}},\n"
           " \"answers\": []}";
    auto bad = play(tmp.path(), {"zorggroep_linde_smo", "--strategy", "answers:" + plan.string()});
    CHECK(bad.code == 2);
    CHECK(bad.err.find(plan.string() + ": 1:") != std::string::npos);
    CHECK(bad.err.find("(at /start/vars/vertrouwen)") != std::string::npos);
    CHECK_FALSE(wrote_sessions(tmp.path()));
}
