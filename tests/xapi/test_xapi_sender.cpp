// The sender against a loopback LRS that answers 200, 409, 500, a reply slower than the client's
// timeout and a dropped connection, in that order: every statement ends up stored exactly once,
// with the version header and Basic auth on every request, and the secret in no status text.
#include "core/xapi_sender.hpp"
#include "loopback_lrs.hpp"
#include "xapi_fixture.hpp"

#include <doctest/doctest.h>

#include <chrono>

using namespace smo;
using namespace smo::core;
using namespace std::chrono_literals;
namespace fs = std::filesystem;
using Reply = test::LoopbackLrs::Reply;

namespace {

constexpr const char* kKey = "smo-client";
constexpr const char* kSecret = "geheim-Wachtwoord-42";

// Real statements: the finished session of a golden plan.
std::vector<XapiStatement> golden_statements() {
    const auto played =
        test::play_plan(test::source_dir() / "tests/golden/zorggroep_linde_smo.plan", SessionMode::Toets);
    return build_xapi_statements({&played.session, &played.runtime->scenario(), &played.outcome}, {});
}

LrsConfig config_for(const test::LoopbackLrs& lrs, const std::string& secret = kSecret) {
    LrsConfig c;
    c.endpoint = lrs.endpoint();
    c.key = kKey;
    c.secret = secret;
    c.connect_timeout_ms = 1000;
    // Generous for a loaded machine (a normal reply that timed out would be stored twice); the
    // Slow reply waits longer, and the retry after it still gets its (dropped) answer in time.
    c.timeout_ms = 2000;
    return c;
}

constexpr XapiBackoff kFastBackoff{20, 160};

} // namespace

TEST_CASE("sender: 200, 409, 500, slow, dropped -> every statement stored exactly once") {
    const auto statements = golden_statements();
    REQUIRE(statements.size() >= 6);
    test::LoopbackLrs lrs(kKey, kSecret,
                          {Reply::Ok, Reply::Conflict, Reply::ServerError, Reply::Slow, Reply::Drop}, 3000);
    test::TempDir state;
    {
        XapiSender sender(xapi_queue_dir(state.path()), kFastBackoff);
        REQUIRE_FALSE(sender.enqueue(statements));
        CHECK(sender.status().queued == statements.size());
        sender.configure(config_for(lrs));
        REQUIRE_MESSAGE(sender.wait_until_drained(20s), "queue not drained: " << sender.status().last_error);
        const auto status = sender.status();
        CHECK(status.queued == 0);
        CHECK(status.sent == statements.size());
        CHECK(status.last_error.empty()); // cleared by the successes after the faults
    }
    const auto stored = lrs.stored();
    CHECK(stored.size() == statements.size());
    for (const auto& st : statements) {
        CAPTURE(st.key);
        CHECK(stored.count(st.id) == 1);
        if (stored.count(st.id)) CHECK(stored.at(st.id) == 1);
    }
    const auto requests = lrs.requests();
    // One request per statement plus the three failed ones, and every one with header and auth.
    CHECK(requests.size() == statements.size() + 3);
    for (const auto& r : requests) {
        INFO(r.problem);
        CHECK(r.headers_ok);
    }
    // The failed statement is the third one, sent until it got through, in order.
    REQUIRE(requests.size() >= 6);
    CHECK(requests[2].id == statements[2].id);
    CHECK(requests[3].id == statements[2].id);
    CHECK(requests[4].id == statements[2].id);
    CHECK(requests[5].id == statements[2].id);
}

TEST_CASE("sender: offline start and a restart lose nothing - the secret is in no status") {
    const auto statements = golden_statements();
    test::TempDir state;
    const fs::path dir = xapi_queue_dir(state.path());
    {
        // No endpoint yet (or no network): everything waits in the queue folder.
        XapiSender offline(dir, kFastBackoff);
        REQUIRE_FALSE(offline.enqueue(statements));
        CHECK_FALSE(offline.wait_until_drained(100ms));
        CHECK_FALSE(offline.status().configured);
    }
    {
        // An LRS that refuses the credentials: retried, never dropped, the reason shown without the secret.
        test::LoopbackLrs wrong_auth(kKey, "other-secret", {}, 0);
        XapiSender sender(dir, kFastBackoff);
        CHECK(sender.status().queued == statements.size());
        sender.configure(config_for(wrong_auth));
        const auto until = std::chrono::steady_clock::now() + 5s;
        while (sender.status().last_error.empty() && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(10ms);
        const auto status = sender.status();
        CHECK(status.last_error.find("401") != std::string::npos);
        CHECK(status.last_error.find(kSecret) == std::string::npos);
        CHECK(status.queued == statements.size());
        CHECK(wrong_auth.stored().empty());
    }
    {
        // Restarted with the right LRS: the queue from before is sent.
        test::LoopbackLrs lrs(kKey, kSecret, {}, 0);
        XapiSender sender(dir, kFastBackoff);
        CHECK(sender.status().queued == statements.size());
        sender.configure(config_for(lrs));
        REQUIRE(sender.wait_until_drained(10s));
        CHECK(lrs.stored().size() == statements.size());
        // Enqueued again after sending (the app re-enqueues the whole session after each turn): nothing new.
        REQUIRE_FALSE(sender.enqueue(statements));
        CHECK(sender.status().queued == 0);
        std::this_thread::sleep_for(50ms);
        CHECK(lrs.requests().size() == statements.size());
    }
    // Nothing on disk holds the secret either.
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file()) CHECK(test::read_text(e.path()).find(kSecret) == std::string::npos);
}

TEST_CASE("redact_secret and a refused connection: the error says where, never the secret") {
    CHECK(redact_secret("a geheim b geheim", "geheim") == "a *** b ***");
    CHECK(redact_secret("unchanged", "") == "unchanged");
    LrsConfig c;
    c.endpoint = "http://127.0.0.1:1/xapi/"; // nothing listens on port 1
    c.key = kKey;
    c.secret = kSecret;
    c.connect_timeout_ms = 500;
    c.timeout_ms = 500;
    const LrsReply reply = post_statement(c, "{}");
    CHECK(reply.status == 0);
    CHECK(reply.error.find("127.0.0.1") != std::string::npos);
    CHECK(reply.error.find(kSecret) == std::string::npos);
    CHECK(lrs_statements_url("https://lrs.example.org/xapi/") == "https://lrs.example.org/xapi/statements");
    CHECK(lrs_statements_url("https://lrs.example.org/xapi") == "https://lrs.example.org/xapi/statements");
}
