// The review sidecar (issue 11 item 5): JSON round trip, located errors, loading beside a session
// without ever changing a file, atomic 0600 saves that merge with what another reviewer saved,
// and two processes saving at once keeping every comment.
#include "core/review.hpp"
#include "core/review_store.hpp"
#include "core/sha256.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <fstream>
#include <iterator>
#include <set>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace smo::core;
namespace fs = std::filesystem;

namespace {

fs::path fixture(const std::string& name) {
    return smo::test::source_dir() / "tests" / "fixtures" / "reviews" / name;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write(const fs::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary);
    out << text;
}

std::set<std::string> listing(const fs::path& dir) {
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(dir))
        names.insert(e.path().filename().string());
    return names;
}

/// A handed-in session file (its bytes only matter for the hash) and its identity.
struct HandedIn {
    fs::path file;
    std::string id = "20261201T091500Z-ab12cd34";
    std::string sha;
};

HandedIn hand_in(const fs::path& dir, const std::string& bytes = "{\"session\": \"as handed in\"}\n") {
    HandedIn h;
    h.file = dir / "jan-smo1-2026-12-01.smo.json";
    write(h.file, bytes);
    h.sha = sha256_hex(bytes);
    return h;
}

Review review_for(const HandedIn& h) {
    Review r;
    r.session_id = h.id;
    r.session_sha256 = h.sha;
    return r;
}

Review parse_ok(const std::string& text) {
    std::vector<smo::json::Diagnostic> diags;
    auto r = review_from_json(text, "x.review.json", diags);
    std::string problems;
    for (const auto& d : diags)
        problems += d.format() + "\n";
    INFO(problems);
    REQUIRE(r.has_value());
    return *r;
}

/// The single error of parsing fixture `name`.
smo::json::Diagnostic only_error(const std::string& name) {
    std::vector<smo::json::Diagnostic> diags;
    auto r = review_from_json(slurp(fixture(name)), name, diags);
    CHECK_FALSE(r.has_value());
    std::vector<smo::json::Diagnostic> errors;
    std::copy_if(diags.begin(), diags.end(), std::back_inserter(errors),
                 [](const auto& d) { return d.severity == smo::json::DiagSeverity::Error; });
    REQUIRE(errors.size() == 1);
    return errors.front();
}

} // namespace

TEST_CASE("review status ids and labels") {
    CHECK(to_id(ReviewStatus::OpnieuwDoen) == "opnieuw_doen");
    CHECK(to_id(ReviewStatus::Nieuw) == "nieuw");
    for (std::size_t i = 0; i < static_cast<std::size_t>(ReviewStatus::Count); ++i) {
        auto s = static_cast<ReviewStatus>(i);
        CHECK(review_status_from_id(to_id(s)) == s);
    }
    CHECK_FALSE(review_status_from_id("klaar").has_value());
    CHECK_FALSE(review_status_from_id("Nieuw").has_value());
}

TEST_CASE("a full review survives a JSON round trip exactly") {
    Review r = parse_ok(slurp(fixture("full.review.json")));
    CHECK(r.session_id == "20261201T091500Z-ab12cd34");
    CHECK(r.status == ReviewStatus::Besproken);
    REQUIRE(r.turn_comments.size() == 2);
    CHECK(r.turn_comments[1].text == "Hier noem je de diagnose: \"burn-out\" hoort niet aan tafel.");
    REQUIRE(r.overrides.size() == 2);
    CHECK(r.overrides[0].agree);
    CHECK(r.overrides[1].rule_id.empty());
    CHECK(r.overrides[1].original_verdict == "caution");
    CHECK(r.overall.could_be_better == "Blijf bij functionele mogelijkheden.");
    REQUIRE(r.sign_off.has_value());
    CHECK(r.sign_off->reviewer == "Dr. A. de Vries");
    CHECK(r.reviewers == std::vector<std::string>{"Dr. A. de Vries", "B. Jansen (aios)"});

    std::string text = review_to_json(r);
    CHECK(parse_ok(text) == r);
    CHECK(review_to_json(parse_ok(text)) == text);

    SUBCASE("no sign-off is null and stays absent") {
        r.sign_off.reset();
        r.overall = {};
        CHECK(review_to_json(r).find("\"sign_off\": null") != std::string::npos);
        CHECK(parse_ok(review_to_json(r)) == r);
    }
}

TEST_CASE("sidecar errors are located at file:line:col and JSON pointer") {
    using smo::json::DiagCode;
    SUBCASE("wrong types: each bad value reported where it is") {
        std::vector<smo::json::Diagnostic> diags;
        CHECK_FALSE(
            review_from_json(slurp(fixture("wrong_type.review.json")), "wrong_type.review.json", diags));
        auto at = [&](const std::string& ptr) {
            return std::find_if(diags.begin(), diags.end(), [&](const auto& d) { return d.pointer == ptr; });
        };
        auto text = at("/turn_comments/0/text");
        REQUIRE(text != diags.end());
        CHECK(text->code == DiagCode::WrongType);
        CHECK(text->line == 7);
        CHECK(text->column == 31);
        CHECK(text->format().find("wrong_type.review.json:7:31: error:") == 0);
        auto agree = at("/overrides/0/agree");
        REQUIRE(agree != diags.end());
        CHECK(agree->code == DiagCode::WrongType);
        CHECK(agree->line == 10);
        CHECK(agree->column == 55);
    }
    SUBCASE("unknown status lists the allowed ones") {
        auto d = only_error("unknown_status.review.json");
        CHECK(d.code == DiagCode::InvalidValue);
        CHECK(d.pointer == "/status");
        CHECK(d.line == 5);
        CHECK(d.column == 13);
        CHECK(d.message.find("opnieuw_doen") != std::string::npos);
    }
    SUBCASE("too-new schema_version says to update") {
        auto d = only_error("too_new.review.json");
        CHECK(d.code == DiagCode::SchemaVersionNew);
        CHECK(d.pointer == "/schema_version");
        CHECK(d.line == 3);
        CHECK(d.column == 21);
        CHECK(d.message.find("werk SMO-trainer bij") != std::string::npos);
    }
    SUBCASE("not an object") {
        auto d = only_error("not_object.review.json");
        CHECK(d.code == DiagCode::WrongType);
        CHECK(d.pointer == "");
        CHECK(d.line == 1);
        CHECK(d.column == 1);
    }
    SUBCASE("truncated JSON") {
        auto d = only_error("truncated.review.json");
        CHECK(d.code == DiagCode::JsonSyntax);
        CHECK(d.line >= 4);
    }
    SUBCASE("a malformed time stamp (merging compares them as text)") {
        Review r = parse_ok(slurp(fixture("full.review.json")));
        r.turn_comments[0].at = "2 december";
        std::vector<smo::json::Diagnostic> diags;
        CHECK_FALSE(review_from_json(review_to_json(r), "r.json", diags));
        REQUIRE_FALSE(diags.empty());
        CHECK(diags.front().pointer == "/turn_comments/0/at");
    }
}

TEST_CASE("load_review: absent, corrupt, another session, never changes a file") {
    smo::test::TempDir dir;
    HandedIn h = hand_in(dir.path());
    const fs::path sidecar = review_path_for(h.file);
    CHECK(sidecar.filename() == "jan-smo1-2026-12-01.smo.json.review.json");

    SUBCASE("absent: no review, no error, nothing created") {
        auto before = listing(dir.path());
        ReviewLoad l = load_review(h.file, h.id, h.sha);
        CHECK_FALSE(l.review.has_value());
        CHECK(l.error.empty());
        CHECK(listing(dir.path()) == before);
    }

    // Every other case: a sidecar with known bytes, compared byte for byte after the load.
    std::string bytes;
    std::string expect_in_error;
    bool expect_review = false;
    Review good = review_for(h);
    good.turn_comments.push_back({"t1", "Mooi.", "Ria", "2026-12-02T10:00:00Z"});
    SUBCASE("matching sidecar loads") {
        bytes = review_to_json(good);
        expect_review = true;
    }
    SUBCASE("corrupt") {
        bytes = slurp(fixture("truncated.review.json"));
        expect_in_error = sidecar.string() + ":";
    }
    SUBCASE("too new") {
        bytes = slurp(fixture("too_new.review.json"));
        expect_in_error = sidecar.string() + ":3:21: error:";
    }
    SUBCASE("binary") {
        bytes = std::string("\x89PNG\r\n\x1a\n\0\0", 10);
        expect_in_error = sidecar.string();
    }
    SUBCASE("session_id of another session") {
        Review other = good;
        other.session_id = "20261111T080000Z-ffffffff";
        bytes = review_to_json(other);
        expect_in_error = "hoort bij een andere sessie";
    }
    SUBCASE("session_sha256 of another version of the file") {
        Review other = good;
        other.session_sha256 = sha256_hex("edited afterwards");
        bytes = review_to_json(other);
        expect_in_error = "(at /session_sha256)";
    }
    if (bytes.empty()) return; // the "absent" subcase
    write(sidecar, bytes);
    auto before = listing(dir.path());
    ReviewLoad l = load_review(h.file, h.id, h.sha);
    CHECK(l.review.has_value() == expect_review);
    if (expect_review) {
        CHECK(l.error.empty());
        CHECK(*l.review == good);
    } else {
        INFO(l.error);
        CHECK(l.error.find(expect_in_error) != std::string::npos);
    }
    CHECK(slurp(sidecar) == bytes);
    CHECK(listing(dir.path()) == before);
}

TEST_CASE("the mismatch error names the line of session_id") {
    smo::test::TempDir dir;
    HandedIn h = hand_in(dir.path());
    Review other = review_for(h);
    other.session_id = "20261111T080000Z-ffffffff";
    const std::string text = review_to_json(other);
    write(review_path_for(h.file), text);
    const auto line =
        1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(text.find("\"session_id\"")),
                       '\n');
    ReviewLoad l = load_review(h.file, h.id, h.sha);
    CHECK_FALSE(l.review.has_value());
    CHECK(l.error.find(review_path_for(h.file).string() + ":" + std::to_string(line) + ":") == 0);
    CHECK(l.error.find("(at /session_id)") != std::string::npos);
}

TEST_CASE("a sidecar that is a directory or FIFO is refused without blocking") {
    smo::test::TempDir dir;
    HandedIn h = hand_in(dir.path());
    SUBCASE("directory") {
        fs::create_directory(review_path_for(h.file));
    }
    SUBCASE("fifo") {
        REQUIRE(::mkfifo(review_path_for(h.file).c_str(), 0600) == 0);
    }
    ReviewLoad l = load_review(h.file, h.id, h.sha);
    CHECK_FALSE(l.review.has_value());
    CHECK_FALSE(l.error.empty());
    CHECK(save_review(h.file, review_for(h)).has_value());
}

TEST_CASE("save_review writes the sidecar atomically, 0600, and leaves the session as handed in") {
    smo::test::TempDir dir;
    HandedIn h = hand_in(dir.path());
    const std::string session_bytes = slurp(h.file);
    Review r = review_for(h);
    r.turn_comments.push_back({"t2", "Let op de volgorde.", "Ria", "2026-12-02T10:00:00Z"});
    r.reviewers = {"Ria"};
    REQUIRE_FALSE(save_review(h.file, r).has_value());

    struct stat st {};
    REQUIRE(::stat(review_path_for(h.file).c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(slurp(h.file) == session_bytes);
    // Only the sidecar and its lock beside the session: no temp file left behind.
    CHECK(listing(dir.path()) == std::set<std::string>{"jan-smo1-2026-12-01.smo.json",
                                                       "jan-smo1-2026-12-01.smo.json.review.json",
                                                       "jan-smo1-2026-12-01.smo.json.review.json.lock"});
    ReviewLoad l = load_review(h.file, h.id, h.sha);
    REQUIRE(l.review.has_value());
    CHECK(*l.review == r);

    SUBCASE("a second save replaces in place, still 0600") {
        r.status = ReviewStatus::Bekeken;
        r.updated_at = "2026-12-02T10:01:00Z";
        REQUIRE_FALSE(save_review(h.file, r).has_value());
        REQUIRE(::stat(review_path_for(h.file).c_str(), &st) == 0);
        CHECK((st.st_mode & 0777) == 0600);
        CHECK(load_review(h.file, h.id, h.sha).review->status == ReviewStatus::Bekeken);
    }
}

TEST_CASE("save_review refuses and keeps a sidecar it cannot use") {
    smo::test::TempDir dir;
    HandedIn h = hand_in(dir.path());
    const fs::path sidecar = review_path_for(h.file);
    std::string bytes;
    SUBCASE("corrupt") {
        bytes = slurp(fixture("truncated.review.json"));
    }
    SUBCASE("another session") {
        Review other = review_for(h);
        other.session_id = "20261111T080000Z-ffffffff";
        bytes = review_to_json(other);
    }
    write(sidecar, bytes);
    Review r = review_for(h);
    r.turn_comments.push_back({"t2", "x", "Ria", "2026-12-02T10:00:00Z"});
    auto error = save_review(h.file, r);
    REQUIRE(error.has_value());
    CHECK(error->find(sidecar.string()) != std::string::npos);
    CHECK(slurp(sidecar) == bytes);
}

TEST_CASE("save_review refuses a review that would not read back") {
    smo::test::TempDir dir;
    HandedIn h = hand_in(dir.path());
    Review r = review_for(h);
    SUBCASE("no session id") {
        r.session_id.clear();
    }
    SUBCASE("bad time stamp") {
        r.turn_comments.push_back({"t1", "x", "Ria", "gisteren"});
    }
    CHECK(save_review(h.file, r).has_value());
    CHECK_FALSE(fs::exists(review_path_for(h.file)));
}

TEST_CASE("merge of two reviewers' files") {
    Review base;
    base.session_id = "s";
    base.session_sha256 = "h";
    Review ria = base, tom = base;
    ria.reviewers = {"Ria"};
    tom.reviewers = {"Tom", "Ria"};
    ria.turn_comments = {{"t1", "Ria over t1", "Ria", "2026-12-02T10:00:00Z"}};
    tom.turn_comments = {{"t1", "Tom over t1", "Tom", "2026-12-02T09:00:00Z"},
                         {"t1", "Ria over t1", "Ria", "2026-12-02T10:00:00Z"}}; // identical: kept once
    ria.status = ReviewStatus::Goedgekeurd;
    ria.sign_off = SignOff{"Ria", "2026-12-03T08:00:00Z"};
    ria.updated_at = "2026-12-03T08:00:00Z";
    tom.status = ReviewStatus::OpnieuwDoen;
    tom.overall = {"goed", "beter"};
    tom.updated_at = "2026-12-02T12:00:00Z";
    FindingOverride older{"t3", "PROT-1", false, "eerst", "violation", "Ria", "2026-12-02T10:00:00Z"};
    FindingOverride newer{"t3", "PROT-1", true, "toch eens", "violation", "Ria", "2026-12-02T11:00:00Z"};
    FindingOverride toms{"t3", "PROT-1", false, "oneens", "violation", "Tom", "2026-12-02T09:00:00Z"};
    ria.overrides = {newer};
    tom.overrides = {older, toms};

    for (bool ria_first : {true, false}) {
        CAPTURE(ria_first);
        Review m = ria_first ? merge_reviews(ria, tom) : merge_reviews(tom, ria);
        CHECK(m.session_id == "s");
        CHECK(m.turn_comments.size() == 2); // both reviewers' comments, the identical one once
        CHECK(std::count(m.turn_comments.begin(), m.turn_comments.end(), tom.turn_comments[0]) == 1);
        CHECK(std::count(m.turn_comments.begin(), m.turn_comments.end(), ria.turn_comments[0]) == 1);
        CHECK(m.status == ReviewStatus::Goedgekeurd); // Ria's updated_at is newer
        CHECK(m.sign_off == ria.sign_off);
        CHECK(m.overall == ria.overall);
        CHECK(m.updated_at == ria.updated_at);
        REQUIRE(m.overrides.size() == 2);
        CHECK(std::count(m.overrides.begin(), m.overrides.end(), newer) == 1); // same author: newer wins
        CHECK(std::count(m.overrides.begin(), m.overrides.end(), older) == 0);
        CHECK(std::count(m.overrides.begin(), m.overrides.end(), toms) == 1);
        CHECK(m.reviewers.size() == 2);
    }
    CHECK(merge_reviews(ria, tom).reviewers == std::vector<std::string>{"Ria", "Tom"});

    SUBCASE("through the sidecar: a second reviewer's save keeps the first one's work") {
        smo::test::TempDir dir;
        HandedIn h = hand_in(dir.path());
        ria.session_id = tom.session_id = h.id;
        ria.session_sha256 = tom.session_sha256 = h.sha;
        REQUIRE_FALSE(save_review(h.file, tom).has_value());
        REQUIRE_FALSE(save_review(h.file, ria).has_value());
        Review on_disk = *load_review(h.file, h.id, h.sha).review;
        CHECK(on_disk == merge_reviews(tom, ria));
        CHECK(on_disk.turn_comments.size() == 2);
        CHECK(on_disk.status == ReviewStatus::Goedgekeurd);
    }
}

TEST_CASE("save_review_edits: deletions stick, what others saved meanwhile stays") {
    smo::test::TempDir dir;
    HandedIn h = hand_in(dir.path());
    Review base = review_for(h);
    base.turn_comments = {{"t1", "eerste", "Ria", "2026-12-02T10:00:00Z"},
                          {"t2", "tweede", "Ria", "2026-12-02T10:01:00Z"}};
    REQUIRE_FALSE(save_review(h.file, base).has_value());

    // Tom saves a comment while Ria edits.
    Review tom = review_for(h);
    tom.turn_comments = {{"t5", "Tom", "Tom", "2026-12-02T10:30:00Z"}};
    tom.status = ReviewStatus::Bekeken;
    tom.updated_at = "2026-12-02T10:30:00Z";
    REQUIRE_FALSE(save_review(h.file, tom).has_value());

    Review edited = base;
    edited.turn_comments.erase(edited.turn_comments.begin()); // Ria deletes t1
    edited.turn_comments[0].text = "tweede, herschreven";     // and rewrites t2
    edited.turn_comments[0].at = "2026-12-02T10:40:00Z";
    edited.overall.went_well = "rustig";

    Review written;
    REQUIRE_FALSE(save_review_edits(h.file, base, edited, &written).has_value());
    Review on_disk = *load_review(h.file, h.id, h.sha).review;
    CHECK(on_disk == written);
    CHECK(on_disk.turn_comments ==
          std::vector<TurnComment>{{"t2", "tweede, herschreven", "Ria", "2026-12-02T10:40:00Z"},
                                   {"t5", "Tom", "Tom", "2026-12-02T10:30:00Z"}});
    CHECK(on_disk.status == ReviewStatus::Bekeken); // Ria did not touch the status
    CHECK(on_disk.overall.went_well == "rustig");

    SUBCASE("with plain save_review the deleted comment would come back (why the edits save exists)") {
        REQUIRE_FALSE(save_review(h.file, base).has_value());
        CHECK(load_review(h.file, h.id, h.sha).review->turn_comments.size() == 3);
    }
}

TEST_CASE("two processes saving 50 comments each to one sidecar keep all 100") {
    smo::test::TempDir dir;
    HandedIn h = hand_in(dir.path());
    auto writer = [&](const std::string& author) {
        int failures = 0;
        for (int i = 0; i < 50; ++i) {
            Review r = review_for(h);
            r.reviewers = {author};
            // Only this save's comment: everything else must come from the merge with the file.
            r.turn_comments = {
                {"t" + std::to_string(i), author + " " + std::to_string(i), author, "2026-12-02T10:00:00Z"}};
            if (save_review(h.file, r)) ++failures;
        }
        return failures;
    };
    std::vector<pid_t> children;
    for (const char* author : {"Ria", "Tom"}) {
        pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) ::_exit(writer(author) == 0 ? 0 : 1); // no doctest in the child
        children.push_back(pid);
    }
    for (pid_t pid : children) {
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        CHECK(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
    }
    ReviewLoad l = load_review(h.file, h.id, h.sha);
    REQUIRE_MESSAGE(l.review.has_value(), l.error);
    CHECK(l.review->turn_comments.size() == 100);
    std::set<std::string> texts;
    for (const auto& c : l.review->turn_comments)
        texts.insert(c.text);
    CHECK(texts.size() == 100);
    CHECK(texts.count("Ria 49") == 1);
    CHECK(texts.count("Tom 0") == 1);
    CHECK(l.review->reviewers.size() == 2);
}
