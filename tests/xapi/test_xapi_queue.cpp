// The durable queue: one file per statement, kept once per id, surviving a restart (a new queue
// object on the same folder), and the LRS secret kept out of settings.json in a 0600 file.
#include "core/lrs_secret.hpp"
#include "core/settings.hpp"
#include "core/xapi_queue.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>

using namespace smo;
using namespace smo::core;
namespace fs = std::filesystem;

namespace {
XapiStatement statement(int i) {
    XapiStatement s;
    s.key = "k" + std::to_string(i);
    s.id = xapi_statement_id("session", s.key);
    s.json = R"({"id":")" + s.id + R"("})";
    return s;
}
} // namespace

TEST_CASE("queue: pending in enqueue order, each id once, sent once marked, across a restart") {
    test::TempDir dir;
    const fs::path q = xapi_queue_dir(dir.path());
    {
        XapiQueue queue(q);
        CHECK(queue.pending().empty());
        std::size_t added = 0;
        REQUIRE_FALSE(queue.enqueue({statement(3), statement(1), statement(2)}, &added));
        CHECK(added == 3);
        REQUIRE_FALSE(queue.enqueue({statement(1), statement(4)}, &added)); // 1 is already there
        CHECK(added == 1);
        const auto items = queue.pending();
        REQUIRE(items.size() == 4);
        CHECK(items[0].id == statement(3).id);
        CHECK(items[1].id == statement(1).id);
        CHECK(items[3].id == statement(4).id);
        CHECK(items[0].json == statement(3).json);
        REQUIRE_FALSE(queue.mark_sent(statement(3).id));
        CHECK(queue.pending_count() == 3);
        CHECK(queue.sent_count() == 1);
    }
    // The app was killed: a new queue on the same folder sees exactly what was left.
    XapiQueue reopened(q);
    CHECK(reopened.pending_count() == 3);
    CHECK(reopened.sent_count() == 1);
    CHECK(reopened.is_sent(statement(3).id));
    std::size_t added = 0;
    REQUIRE_FALSE(reopened.enqueue({statement(3), statement(2)}, &added)); // sent and pending: nothing new
    CHECK(added == 0);
    CHECK(reopened.pending().front().id == statement(1).id);

    // Killed between the sent marker and removing the pending file: it counts as sent.
    const auto pending_file = [&](const std::string& id) {
        for (const auto& e : fs::directory_iterator(q / "pending"))
            if (e.path().filename().string().find(id) != std::string::npos) return e.path();
        return fs::path();
    };
    const fs::path left = pending_file(statement(1).id);
    REQUIRE_FALSE(left.empty());
    test::TempDir keep;
    fs::copy_file(left, keep.path() / "copy");
    REQUIRE_FALSE(reopened.mark_sent(statement(1).id));
    fs::copy_file(keep.path() / "copy", left);
    XapiQueue after_kill(q);
    CHECK(after_kill.pending_count() == 2);
    for (const auto& item : after_kill.pending())
        CHECK(item.id != statement(1).id);

    // A half-written temp file of an interrupted enqueue is not a statement.
    std::ofstream(q / "pending" / ".tmp-partial") << "{\"id\":";
    CHECK(XapiQueue(q).pending_count() == 2);
    CHECK((fs::status(q / "pending").permissions() & fs::perms::others_all) == fs::perms::none);

    CHECK(XapiQueue(q).enqueue({XapiStatement{"../../etc/passwd", "x", "{}"}}).has_value());
    REQUIRE_FALSE(after_kill.mark_rejected(statement(2).id));
    CHECK(after_kill.rejected_count() == 1);
    CHECK(after_kill.pending_count() == 1);
}

TEST_CASE("the LRS secret lives in its own 0600 file, never in settings.json") {
    test::TempDir dir;
    const fs::path file = lrs_secret_path(dir.path() / "config");
    std::string error;
    CHECK(load_lrs_secret(file, error).empty());
    CHECK(error.empty());
    REQUIRE_FALSE(save_lrs_secret(file, "s3cr3t-Wachtwoord"));
    struct stat st {};
    REQUIRE(::stat(file.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(load_lrs_secret(file, error) == "s3cr3t-Wachtwoord");

    // Made readable by others by mistake: still used, and closed again.
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read);
    CHECK(load_lrs_secret(file, error) == "s3cr3t-Wachtwoord");
    REQUIRE(::stat(file.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    Settings s;
    s.lrs_endpoint = "https://lrs.example.org/xapi/";
    s.lrs_key = "smo-client";
    s.institution_home_page = "https://www.umcg.nl";
    s.xapi_account_name = "s1234567";
    s.xapi_send_name = true;
    s.xapi_iri_base = "https://lrs.umcg.nl/smo";
    const std::string text = settings_to_json(s);
    CHECK(text.find("s3cr3t") == std::string::npos);
    Settings loaded;
    REQUIRE_FALSE(settings_from_json(text, loaded));
    CHECK(loaded == s);

    REQUIRE_FALSE(save_lrs_secret(file, ""));
    CHECK_FALSE(fs::exists(file));
}
