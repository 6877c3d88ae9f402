// Every statement produced for every golden plan (oefenen and toets, with a supervisor's comment)
// passes Learning Locker's `xapi-validation` (tests/xapi/validator, pinned by its package-lock),
// run by node. No node or no node_modules is a failure with the fix in the message, never a skip.
#include "core/review.hpp"
#include "core/xapi_statements.hpp"
#include "xapi_fixture.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>

using namespace smo;
using namespace smo::core;
namespace fs = std::filesystem;

namespace {

// Runs `command`, returns its exit status and output (stdout and stderr together).
int run(const std::string& command, std::string& output) {
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (pipe == nullptr) return -1;
    char buf[4096];
    while (std::fgets(buf, sizeof buf, pipe) != nullptr)
        output += buf;
    const int status = ::pclose(pipe);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string shell_quoted(const fs::path& p) {
    return "'" + p.string() + "'";
}

} // namespace

TEST_CASE("every statement of every golden plan passes xapi-validation") {
    const fs::path validator = test::source_dir() / "tests/xapi/validator";
    const std::string node = SMO_NODE_EXECUTABLE;
    REQUIRE_MESSAGE(!node.empty(),
                    "node not found when configuring: install Debian's nodejs (scripts/install-deps.sh)");
    REQUIRE_MESSAGE(
        fs::is_directory(validator / "node_modules/xapi-validation"),
        "xapi-validation is missing: run `npm ci --prefix tests/xapi/validator` (scripts/install-deps.sh)");

    std::vector<XapiStatement> all;
    const auto plans = test::golden_plans();
    REQUIRE(plans.size() >= 10);
    for (const auto& plan : plans) {
        CAPTURE(plan.filename().string());
        for (SessionMode mode : {SessionMode::Oefenen, SessionMode::Toets}) {
            const auto played = test::play_plan(plan, mode);
            Review review;
            review.session_id = played.session.session_id;
            for (const auto& e : played.session.transcript)
                if (e.by_trainee && !e.prior) {
                    review.turn_comments.push_back(
                        {e.turn_id, "Goed gevraagd.", "Ria", "2026-12-05T10:00:00Z"});
                    break;
                }
            XapiOptions options;
            options.home_page = "https://www.umcg.nl";
            options.account_name = "s1234567";
            options.send_name = mode == SessionMode::Toets; // both actor forms
            auto statements = build_xapi_statements(
                {&played.session, &played.runtime->scenario(), &played.outcome, &review}, options);
            CHECK(statements.size() >= 4);
            all.insert(all.end(), statements.begin(), statements.end());
        }
    }
    test::TempDir dir;
    const fs::path file = dir.path() / "statements.json";
    {
        std::ofstream out(file, std::ios::binary);
        out << xapi_statements_json_array(all);
    }
    std::string output;
    const int status =
        run(shell_quoted(node) + " " + shell_quoted(validator / "validate.js") + " " + shell_quoted(file),
            output);
    INFO(output.substr(0, 4000));
    CHECK(status == 0);
    CHECK(output.find(std::to_string(all.size()) + " statements valid") != std::string::npos);
}

TEST_CASE("the validator itself rejects a broken statement (the check above can fail)") {
    const std::string node = SMO_NODE_EXECUTABLE;
    const fs::path validator = test::source_dir() / "tests/xapi/validator";
    REQUIRE_MESSAGE(!node.empty(),
                    "node not found when configuring: install Debian's nodejs (scripts/install-deps.sh)");
    REQUIRE_MESSAGE(
        fs::is_directory(validator / "node_modules/xapi-validation"),
        "xapi-validation is missing: run `npm ci --prefix tests/xapi/validator` (scripts/install-deps.sh)");
    test::TempDir dir;
    const fs::path file = dir.path() / "bad.json";
    {
        std::ofstream out(file, std::ios::binary);
        // A version-4-looking id with a bad variant and a verb without an IRI.
        out << R"([{"id":"00000000-0000-4000-0000-000000000000","actor":{"objectType":"Agent","account":{"homePage":"https://x.example","name":"a"}},"verb":{"id":"initialized"},"object":{"id":"https://x.example/a"}}])";
    }
    std::string output;
    CHECK(run(shell_quoted(node) + " " + shell_quoted(validator / "validate.js") + " " + shell_quoted(file),
              output) == 1);
    CHECK(output.find("statement 0") != std::string::npos);
}
