// Undoable review edits (issue 11 item 5): every command restores the Review exactly on undo and
// gives the same result again on redo; the history knows its labels and whether it is dirty; a
// sign-off needs a name.
#include "core/review.hpp"
#include "core/review_edits.hpp"

#include <doctest/doctest.h>
#include <functional>

using namespace smo::core;

namespace {

/// A review with something in every field, so an edit that clobbers the wrong field shows.
Review filled_review() {
    Review r;
    r.session_id = "20261201T091500Z-ab12cd34";
    r.session_sha256 = "abc";
    r.reviewers = {"Ria", "Tom"};
    r.status = ReviewStatus::Besproken;
    r.turn_comments = {{"t1", "eerste", "Ria", "2026-12-02T10:00:00Z"},
                       {"t4", "vierde", "Tom", "2026-12-02T10:01:00Z"},
                       {"t4", "ook vierde", "Ria", "2026-12-02T10:02:00Z"}};
    r.overrides = {{"t4", "PROT-1", true, "klopt", "violation", "Ria", "2026-12-02T10:03:00Z"},
                   {"t4", "", false, "te streng", "caution", "Tom", "2026-12-02T10:04:00Z"}};
    r.overall = {"rustig", "meer doorvragen"};
    r.updated_at = "2026-12-02T10:04:00Z";
    return r;
}

/// Applies `edit` through a history, checks `expect` on the result, then that undo restores the
/// start exactly and redo the result exactly (twice over, so a redo re-snapshots correctly).
void check_round_trip(Review start, std::unique_ptr<ReviewEdit> edit,
                      const std::function<void(const Review&)>& expect) {
    REQUIRE(edit != nullptr);
    const Review before = start;
    ReviewHistory history;
    Review r = start;
    REQUIRE(history.apply(r, std::move(edit)));
    expect(r);
    const Review after = r;
    for (int i = 0; i < 2; ++i) {
        history.undo(r);
        CHECK(r == before);
        history.redo(r);
        CHECK(r == after);
    }
}

} // namespace

TEST_CASE("every review edit applies, undoes and redoes exactly") {
    const Review start = filled_review();

    SUBCASE("new comment") {
        check_round_trip(
            start, set_turn_comment("t9", "Goed!", "Els", "2026-12-02T11:00:00Z"), [&](const Review& r) {
                REQUIRE(r.turn_comments.size() == 4);
                CHECK(r.turn_comments.back() == TurnComment{"t9", "Goed!", "Els", "2026-12-02T11:00:00Z"});
                CHECK(r.reviewers == std::vector<std::string>{"Ria", "Tom", "Els"});
            });
    }
    SUBCASE("changed comment replaces that author's, keeps its place") {
        check_round_trip(
            start, set_turn_comment("t4", "anders", "Ria", "2026-12-02T11:00:00Z"), [&](const Review& r) {
                REQUIRE(r.turn_comments.size() == 3);
                CHECK(r.turn_comments[2].text == "anders");
                CHECK(r.turn_comments[1] == start.turn_comments[1]); // Tom's on the same turn untouched
            });
    }
    SUBCASE("empty text removes the comment from the middle, undo puts it back in place") {
        check_round_trip(start, set_turn_comment("t4", "", "Tom", "2026-12-02T11:00:00Z"),
                         [&](const Review& r) {
                             CHECK(r.turn_comments ==
                                   std::vector<TurnComment>{start.turn_comments[0], start.turn_comments[2]});
                             CHECK(r.reviewers == start.reviewers);
                         });
    }
    SUBCASE("new override") {
        FindingOverride o{
            "t7", "GRP-2", false, "groep was groot genoeg", "violation", "Els", "2026-12-02T11:00:00Z"};
        check_round_trip(start, set_override(o), [&](const Review& r) {
            REQUIRE(r.overrides.size() == 3);
            CHECK(r.overrides.back() == o);
            CHECK(r.reviewers.back() == "Els");
        });
    }
    SUBCASE("override replaced for the same turn, rule and author") {
        FindingOverride o = start.overrides[0];
        o.agree = false;
        o.reason = "bij nader inzien niet";
        o.at = "2026-12-02T11:00:00Z";
        check_round_trip(start, set_override(o), [&](const Review& r) {
            REQUIRE(r.overrides.size() == 2);
            CHECK(r.overrides[0] == o);
            CHECK(r.overrides[1] == start.overrides[1]);
        });
    }
    SUBCASE("remove override") {
        check_round_trip(start, remove_override("t4", "PROT-1", "Ria"), [&](const Review& r) {
            CHECK(r.overrides == std::vector<FindingOverride>{start.overrides[1]});
        });
    }
    SUBCASE("status") {
        check_round_trip(start, set_status(ReviewStatus::OpnieuwDoen),
                         [&](const Review& r) { CHECK(r.status == ReviewStatus::OpnieuwDoen); });
    }
    SUBCASE("overall comment") {
        check_round_trip(start, set_overall({"goed begin", ""}), [&](const Review& r) {
            CHECK(r.overall == OverallComment{"goed begin", ""});
            CHECK(r.turn_comments == start.turn_comments);
        });
    }
    SUBCASE("sign-off sets Goedgekeurd and adds the reviewer") {
        check_round_trip(start, sign_off("Dr. Els Bakker", "2026-12-03T09:00:00Z"), [&](const Review& r) {
            CHECK(r.status == ReviewStatus::Goedgekeurd);
            CHECK(r.sign_off == SignOff{"Dr. Els Bakker", "2026-12-03T09:00:00Z"});
            CHECK(r.reviewers.back() == "Dr. Els Bakker");
            CHECK(r.updated_at == "2026-12-03T09:00:00Z");
        });
    }
    SUBCASE("withdrawing a sign-off, undo restores sign-off and Goedgekeurd exactly") {
        Review signed_off = start;
        signed_off.status = ReviewStatus::Goedgekeurd;
        signed_off.sign_off = SignOff{"Ria", "2026-12-03T09:00:00Z"};
        check_round_trip(signed_off, withdraw_sign_off(), [&](const Review& r) {
            CHECK_FALSE(r.sign_off.has_value());
            CHECK(r.status == ReviewStatus::Besproken);
        });
    }
    SUBCASE("a status other than Goedgekeurd withdraws the sign-off, undo brings it back") {
        Review signed_off = start;
        signed_off.status = ReviewStatus::Goedgekeurd;
        signed_off.sign_off = SignOff{"Ria", "2026-12-03T09:00:00Z"};
        check_round_trip(signed_off, set_status(ReviewStatus::OpnieuwDoen), [&](const Review& r) {
            CHECK(r.status == ReviewStatus::OpnieuwDoen);
            CHECK_FALSE(r.sign_off.has_value());
        });
    }
}

TEST_CASE("a sign-off without a name is refused: the factory returns nullptr, the history ignores it") {
    CHECK(sign_off("", "2026-12-03T09:00:00Z") == nullptr);
    CHECK(sign_off("  \t", "2026-12-03T09:00:00Z") == nullptr);
    Review r = filled_review();
    const Review before = r;
    ReviewHistory history;
    CHECK_FALSE(history.apply(r, sign_off("", "2026-12-03T09:00:00Z")));
    CHECK(r == before);
    CHECK_FALSE(history.can_undo());
    CHECK_FALSE(history.dirty());
}

TEST_CASE("history: a series of edits undone all the way back, then redone") {
    Review r = filled_review();
    const Review start = r;
    ReviewHistory history;
    CHECK_FALSE(history.can_undo());
    CHECK_FALSE(history.can_redo());
    CHECK(history.undo_label().empty());

    history.apply(r, set_turn_comment("t4", "nieuw", "Els", "2026-12-02T11:00:00Z"));
    const Review one = r;
    history.apply(r, set_status(ReviewStatus::Bekeken));
    history.apply(r, sign_off("Els", "2026-12-03T09:00:00Z"));
    const Review three = r;
    CHECK(history.undo_label() == "aftekenen door Els");

    history.undo(r);
    CHECK(history.undo_label() == "status: bekeken");
    CHECK(history.redo_label() == "aftekenen door Els");
    history.undo(r);
    CHECK(r == one);
    CHECK(history.undo_label() == "opmerking bij t4");
    history.undo(r);
    CHECK(r == start);
    CHECK_FALSE(history.can_undo());
    history.undo(r); // nothing left: no change
    CHECK(r == start);

    history.redo(r);
    history.redo(r);
    history.redo(r);
    CHECK(r == three);
    CHECK_FALSE(history.can_redo());
    history.redo(r);
    CHECK(r == three);

    SUBCASE("a new edit after undo drops the redo side") {
        history.undo(r);
        history.apply(r, set_turn_comment("t1", "", "Ria", "2026-12-02T11:00:00Z"));
        CHECK_FALSE(history.can_redo());
        CHECK(history.undo_label() == "opmerking bij t1 verwijderd");
        history.undo(r);
        history.undo(r);
        history.undo(r);
        CHECK(r == start);
    }
}

TEST_CASE("history dirty follows mark_saved, also through undo and redo") {
    Review r = filled_review();
    ReviewHistory history;
    CHECK_FALSE(history.dirty());
    history.apply(r, set_status(ReviewStatus::Bekeken));
    CHECK(history.dirty());
    history.mark_saved();
    CHECK_FALSE(history.dirty());
    history.apply(r, set_overall({"a", "b"}));
    CHECK(history.dirty());
    history.undo(r);
    CHECK_FALSE(history.dirty()); // back at the saved state
    history.undo(r);
    CHECK(history.dirty()); // before the saved state
    history.redo(r);
    CHECK_FALSE(history.dirty());

    SUBCASE("the saved state dropped from the redo side stays dirty") {
        history.undo(r);                                     // before the save
        history.apply(r, set_status(ReviewStatus::Bekeken)); // same content, but another branch
        CHECK(history.dirty());
        history.undo(r);
        CHECK(history.dirty());
        history.mark_saved();
        CHECK_FALSE(history.dirty());
    }
}
