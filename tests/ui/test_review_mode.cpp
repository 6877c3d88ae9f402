// The supervisor's review mode through the UI's intents: a trainee hands sessions in, the
// supervisor opens the folder, sorts and filters the table, reviews one session (comments,
// overrides, status, sign-off, undo) into the sidecar, exports CSV, and sees edited files marked.
#include "core/review_store.hpp"
#include "core/sha256.hpp"
#include "ui/review_actions.hpp"
#include "ui/review_views.hpp"
#include "ui/root.hpp"
#include "ui/services.hpp"
#include "ui/session_list.hpp"
#include "ui_fixture.hpp"

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

using namespace smo;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Plays `scenario_id` to its end as `trainee` (best strategy) and hands it in to `folder`.
void hand_in_played(test::UiFixture& f, const std::string& trainee, const std::string& scenario_id,
                    const fs::path& folder) {
    f.state.play.reset();
    f.state.settings.trainee_name = trainee;
    REQUIRE_FALSE(ui::drive_to_screen(f.state, ui::Screen::Reflection, scenario_id));
    f.state.play->reflection_draft.went_well = "Ik bleef bij functionele informatie.";
    ui::emit<ui::SetReflection>(f.state, std::string("went_well"),
                                std::string("Ik bleef bij functionele informatie."));
    f.apply();
    ui::emit<ui::HandIn>(f.state, folder.string());
    f.apply();
    REQUIRE(f.state.play->hand_in_message.find(".smo.json") != std::string::npos);
}

std::vector<fs::path> handed_in_files(const fs::path& folder) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(folder))
        if (e.path().string().ends_with(".smo.json")) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

struct Cohort3 {
    test::UiFixture f;
    fs::path folder;
    Cohort3() {
        folder = f.tmp.path() / "inlevermap";
        fs::create_directories(folder);
        hand_in_played(f, "Anna de Vries", "zorggroep_linde_smo", folder);
        hand_in_played(f, "Bram Jansen", "zorggroep_linde_smo", folder);
        hand_in_played(f, "Chris Bakker", f.state.services.library.front().scenario->id, folder);
        f.state.play.reset();
    }
};

} // namespace

TEST_CASE("handing in writes the session with its scenario embedded and the report, never replacing a file") {
    Cohort3 c;
    auto files = handed_in_files(c.folder);
    REQUIRE(files.size() == 3);
    for (const auto& file : files) {
        CAPTURE(file.string());
        const std::string text = slurp(file);
        CHECK(text.find("\"embedded_scenario\"") != std::string::npos);
        fs::path report = file;
        report.replace_extension(); // .smo
        report.replace_extension(".html");
        CHECK(fs::exists(report));
        CHECK((fs::status(file).permissions() & fs::perms::others_read) == fs::perms::none);
    }
}

TEST_CASE("opening a folder of handed-in sessions lists every one as verified, with the table's texts") {
    Cohort3 c;
    ui::load_cohort_now(c.f.state, c.folder);
    const auto& r = c.f.state.review;
    REQUIRE(r.cohort.entries.size() == 3);
    CHECK(r.cohort.problems.empty());
    CHECK(r.order.size() == 3);
    for (const auto& e : r.cohort.entries) {
        CAPTURE(e.file.string());
        CHECK(e.verification == core::Verification::Verified);
        const auto cell = ui::cohort_cell(c.f.state.strings, e, core::CohortColumn::Verification);
        CHECK(cell.text == "gecontroleerd");
        CHECK(cell.tone == ui::CellTone::Good);
        CHECK(ui::cohort_cell(c.f.state.strings, e, core::CohortColumn::Reflection).text == "ja");
        CHECK(ui::cohort_cell(c.f.state.strings, e, core::CohortColumn::ReviewStatus).text == "nieuw");
    }
    CHECK(ui::cohort_summary(c.f.state.strings, r.cohort, r.order.size()) == "3 sessies · 3 getoond");
    // One session's heading: the scenario's title and the mode in the interface language.
    const core::CohortEntry& first = r.cohort.entries.front();
    const std::string title = ui::session_title(c.f.state.strings, first);
    CHECK(title.find(first.scenario_title) != std::string::npos);
    CHECK(title.find(c.f.state.strings(first.mode() == core::SessionMode::Toets ? "mode.toets" : "mode.oefenen")) !=
          std::string::npos);
    CHECK(title.find(first.scenario_id()) == std::string::npos);
}

TEST_CASE("the table sorts by a column both ways and filters by trainee, scenario and status") {
    Cohort3 c;
    ui::load_cohort_now(c.f.state, c.folder);
    auto& r = c.f.state.review;
    ui::emit<ui::SortCohort>(c.f.state, static_cast<int>(core::CohortColumn::Trainee), false);
    c.f.apply();
    REQUIRE(r.order.size() == 3);
    CHECK(r.cohort.entries[r.order[0]].trainee() == "Anna de Vries");
    CHECK(r.cohort.entries[r.order[2]].trainee() == "Chris Bakker");
    ui::emit<ui::SortCohort>(c.f.state, static_cast<int>(core::CohortColumn::Trainee), true);
    c.f.apply();
    CHECK(r.cohort.entries[r.order[0]].trainee() == "Chris Bakker");

    ui::emit<ui::FilterCohort>(c.f.state, std::string(), std::string("bRaM"), std::string());
    c.f.apply();
    REQUIRE(r.order.size() == 1);
    CHECK(r.cohort.entries[r.order[0]].trainee() == "Bram Jansen");
    ui::emit<ui::FilterCohort>(c.f.state, std::string("zorggroep_linde_smo"), std::string(), std::string());
    c.f.apply();
    CHECK(r.order.size() >= 2);
    ui::emit<ui::FilterCohort>(c.f.state, std::string(), std::string(), std::string("goedgekeurd"));
    c.f.apply();
    CHECK(r.order.empty());
}

TEST_CASE(
    "reviewing a session: comment, override, status and sign-off go to the sidecar, undo takes them back") {
    Cohort3 c;
    auto& state = c.f.state;
    ui::load_cohort_now(state, c.folder);
    auto& r = state.review;
    const std::size_t index = r.order.front();
    const fs::path file = r.cohort.entries[index].file;
    const std::string session_bytes = slurp(file);
    ui::emit<ui::OpenReviewSession>(state, index);
    c.f.apply();
    REQUIRE(r.open.has_value());
    CHECK(state.screen == ui::Screen::ReviewSession);
    REQUIRE_FALSE(r.open->debrief.rows.empty());
    std::string turn;
    for (const auto& row : r.open->debrief.rows)
        if (row.by_trainee && row.verdict && turn.empty()) turn = row.turn_id;
    REQUIRE_FALSE(turn.empty());

    r.reviewer_draft = "Ria de Vries";
    ui::emit<ui::SetTurnComment>(state, turn, std::string("Mooi functioneel geformuleerd."));
    ui::emit<ui::SetFindingOverride>(state, turn, std::string(), false,
                                     std::string("in deze context te streng"));
    ui::emit<ui::SetReviewStatus>(state, std::string("besproken"));
    c.f.apply();
    auto on_disk = core::load_review(file, r.cohort.entries[index].session.session_id,
                                     r.cohort.entries[index].file_sha256);
    REQUIRE_MESSAGE(on_disk.review.has_value(), on_disk.error);
    REQUIRE(on_disk.review->turn_comments.size() == 1);
    CHECK(on_disk.review->turn_comments[0].author == "Ria de Vries");
    REQUIRE(on_disk.review->overrides.size() == 1);
    CHECK_FALSE(on_disk.review->overrides[0].agree);
    CHECK_FALSE(on_disk.review->overrides[0].original_verdict.empty());
    CHECK(on_disk.review->status == core::ReviewStatus::Besproken);
    CHECK(r.cohort.entries[index].review_status_id == "besproken");
    CHECK(ui::has_comment(r.open->review, turn));

    // A sign-off needs a name; with one it approves the session.
    r.reviewer_draft.clear();
    ui::emit<ui::SignOffReview>(state);
    c.f.apply();
    CHECK_FALSE(r.open->review.sign_off.has_value());
    r.reviewer_draft = "Ria de Vries";
    ui::emit<ui::SignOffReview>(state);
    c.f.apply();
    REQUIRE(r.open->review.sign_off.has_value());
    CHECK(r.open->review.status == core::ReviewStatus::Goedgekeurd);
    CHECK(r.analytics.status_counts["goedgekeurd"] == 1);

    // Undo the sign-off and the status: the sidecar follows.
    ui::emit<ui::UndoReview>(state);
    ui::emit<ui::UndoReview>(state);
    c.f.apply();
    on_disk = core::load_review(file, "", "");
    REQUIRE(on_disk.review.has_value());
    CHECK_FALSE(on_disk.review->sign_off.has_value());
    CHECK(on_disk.review->status == core::ReviewStatus::Nieuw);
    CHECK(on_disk.review->turn_comments.size() == 1);
    ui::emit<ui::RedoReview>(state);
    c.f.apply();
    CHECK(core::load_review(file, "", "").review->status == core::ReviewStatus::Besproken);

    // The trainee's file stays exactly as handed in.
    CHECK(slurp(file) == session_bytes);
}

TEST_CASE("a handed-in file edited outside the app is marked in the table and its reason names the place") {
    Cohort3 c;
    auto files = handed_in_files(c.folder);
    std::string text = slurp(files[0]);
    // A meter in the final state set by hand, as a trainee might to look better.
    const std::string key = "\"vertrouwen\": ";
    auto pos = text.find(key, text.find("\"state\""));
    REQUIRE(pos != std::string::npos);
    auto end = text.find_first_of(",\n}", pos + key.size());
    text.replace(pos + key.size(), end - pos - key.size(), "99");
    std::ofstream(files[0], std::ios::binary | std::ios::trunc) << text;
    ui::load_cohort_now(c.f.state, c.folder);
    const auto& r = c.f.state.review;
    std::size_t edited = 0;
    for (const auto& e : r.cohort.entries) {
        if (e.verification != core::Verification::Edited) continue;
        ++edited;
        CHECK(ui::cohort_cell(c.f.state.strings, e, core::CohortColumn::Verification).tone ==
              ui::CellTone::Bad);
        CHECK_FALSE(e.differences.empty());
    }
    CHECK(edited == 1);
    CHECK(ui::cohort_summary(c.f.state.strings, r.cohort, r.order.size()).find("1 buiten de app bewerkt") !=
          std::string::npos);
}

TEST_CASE(
    "a cohort loads on a worker thread with progress, and a cancelled load leaves the table as it was") {
    Cohort3 c;
    auto& state = c.f.state;
    ui::emit<ui::OpenCohort>(state, c.folder.string());
    c.f.apply();
    REQUIRE(state.review.loading.has_value());
    CHECK(state.screen == ui::Screen::ReviewCohort);
    CHECK(state.settings.recent_review_folders.front() == c.folder.string());
    bool arrived = false;
    for (int i = 0; i < 3000 && !arrived; ++i) { // bounded wait, not a timing assertion
        arrived = ui::poll_cohort_load(state);
        if (!arrived) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    REQUIRE(arrived);
    CHECK(state.review.cohort.entries.size() == 3);
    CHECK(state.review.folder == c.folder);

    ui::emit<ui::OpenCohort>(state, (c.f.tmp.path() / "elders").string());
    ui::emit<ui::CancelCohortLoad>(state);
    c.f.apply();
    CHECK_FALSE(state.review.loading.has_value());
    CHECK(state.review.cohort.entries.size() == 3);
}

TEST_CASE("exporting the cohort writes both CSV files for Dutch Excel") {
    Cohort3 c;
    ui::load_cohort_now(c.f.state, c.folder);
    const fs::path cohort_csv = c.f.tmp.path() / "cohort.csv";
    const fs::path items_csv = c.f.tmp.path() / "items.csv";
    ui::emit<ui::ExportCohortCsv>(c.f.state, cohort_csv.string(), items_csv.string());
    c.f.apply();
    const std::string bom = "\xEF\xBB\xBF";
    CHECK(slurp(cohort_csv).rfind(bom, 0) == 0);
    CHECK(slurp(items_csv).rfind(bom, 0) == 0);
    CHECK(slurp(cohort_csv).find("Bram Jansen") != std::string::npos);
    CHECK(c.f.state.review.message.find(items_csv.string()) != std::string::npos);
}

TEST_CASE("the review screens draw a frame with a cohort in both languages") {
    test::HeadlessImGui imgui;
    Cohort3 c;
    auto& state = c.f.state;
    for (auto screen : {ui::Screen::ReviewCohort, ui::Screen::ReviewSession, ui::Screen::ReviewAnalytics}) {
        REQUIRE_FALSE(ui::open_review_at_start(state, screen, c.folder, true));
        CHECK(state.screen == screen);
        for (auto lang : {core::Language::Dutch, core::Language::English}) {
            state.strings.active = lang;
            ImGui::NewFrame();
            ui::draw_app(state);
            ImGui::Render();
            CHECK(ImGui::GetDrawData()->TotalVtxCount > 0);
        }
    }
}

TEST_CASE("the trainee opens the supervisor's feedback beside the handed-in file and it reaches the report") {
    test::UiFixture f;
    const fs::path folder = f.tmp.path() / "inlevermap";
    fs::create_directories(folder);
    hand_in_played(f, "Anna de Vries", "zorggroep_linde_smo", folder);
    const fs::path file = handed_in_files(folder).front();

    // Not reviewed yet: says where it looked.
    ui::emit<ui::OpenFeedback>(f.state, file.string());
    f.apply();
    CHECK_FALSE(f.state.play->feedback.has_value());
    CHECK(f.state.play->feedback_message.find(".review.json") != std::string::npos);

    core::Review review;
    review.session_id = f.state.play->recorder->session().session_id;
    review.session_sha256 = core::sha256_hex(slurp(file));
    review.status = core::ReviewStatus::Goedgekeurd;
    review.overall.could_be_better = "Noem de Poortwachter-termijnen.";
    review.turn_comments.push_back({"t2", "Goed dat je toestemming vroeg.", "Ria", "2026-12-05T10:00:00Z"});
    review.updated_at = "2026-12-05T10:00:00Z";
    REQUIRE_FALSE(core::save_review(file, review));

    ui::emit<ui::OpenFeedback>(f.state, file.string());
    f.apply();
    REQUIRE(f.state.play->feedback.has_value());
    CHECK(f.state.play->feedback->turn_comments.size() == 1);
    ui::emit<ui::ExportReport>(f.state);
    f.apply();
    bool found = false;
    for (const auto& e : fs::directory_iterator(f.state.export_dir))
        if (e.path().extension() == ".md")
            found = found || slurp(e.path()).find("Noem de Poortwachter-termijnen.") != std::string::npos;
    CHECK(found);
}

TEST_CASE("Mijn sessies lists finished sessions with score and status and reopens one at its debrief") {
    test::UiFixture f;
    const fs::path folder = f.tmp.path() / "inlevermap";
    fs::create_directories(folder);
    // One handed in, one finished but kept, one still in progress.
    hand_in_played(f, "Anna de Vries", "zorggroep_linde_smo", folder);
    const std::string handed_in_id = f.state.play->recorder->session().session_id;
    const int handed_in_score = f.state.play->debrief.score.confidentiality;
    CHECK_FALSE(f.state.play->recorder->session().handed_in_at.empty());
    // Handed in: the reflection stays as the supervisor received it.
    ui::emit<ui::SetReflection>(f.state, std::string("went_well"), std::string("achteraf veranderd"));
    f.apply();
    CHECK(f.state.play->recorder->session().reflection.went_well == "Ik bleef bij functionele informatie.");
    f.state.play.reset();
    REQUIRE_FALSE(ui::drive_to_screen(f.state, ui::Screen::Debrief, "zorggroep_linde_smo"));
    const std::string finished_id = f.state.play->recorder->session().session_id;
    f.state.play.reset();
    REQUIRE_FALSE(ui::drive_to_screen(f.state, ui::Screen::Meeting, "zorggroep_linde_smo"));
    const std::string busy_id = f.state.play->recorder->session().session_id;
    f.state.play.reset();

    ui::refresh_sessions(f.state);
    const auto rows = ui::build_my_sessions(f.state);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].session_id == busy_id); // unfinished first
    CHECK(rows[0].status == core::SessionStatus::Busy);
    CHECK(rows[0].score.find(f.state.strings("meeting.decisions")) == 0);
    const auto row_of = [&](const std::string& id) {
        return *std::find_if(rows.begin(), rows.end(),
                             [&](const ui::MySessionRow& r) { return r.session_id == id; });
    };
    const auto handed = row_of(handed_in_id);
    CHECK(handed.status == core::SessionStatus::HandedIn);
    CHECK(handed.status_label == std::string(f.state.strings("sessions.status.handed_in")));
    CHECK(handed.score == std::to_string(handed_in_score) + " %");
    CHECK(handed.scenario ==
          core::find_in_library(f.state.services.library, "zorggroep_linde_smo")->scenario->title);
    CHECK(handed.mode == std::string(f.state.strings("mode.oefenen")));
    CHECK(handed.date.find('T') == std::string::npos); // local time, not the raw UTC stamp
    CHECK(row_of(finished_id).status == core::SessionStatus::Finished);

    // Reopening the handed-in session: its debrief, and the supervisor's feedback beside the file.
    const fs::path file = handed_in_files(folder).front();
    core::Review review;
    review.session_id = handed_in_id;
    review.session_sha256 = core::sha256_hex(slurp(file));
    review.status = core::ReviewStatus::Besproken;
    review.overall.went_well = "Sterk functioneel advies.";
    review.updated_at = "2026-12-05T10:00:00Z";
    REQUIRE_FALSE(core::save_review(file, review));
    ui::emit<ui::ResumeSession>(f.state, handed_in_id);
    f.apply();
    REQUIRE(f.state.play);
    CHECK(f.state.screen == ui::Screen::Debrief);
    CHECK(f.state.play->debrief_ready);
    CHECK(f.state.play->debrief.score.confidentiality == handed_in_score);
    REQUIRE(f.state.play->feedback.has_value());
    CHECK(f.state.play->feedback->overall.went_well == "Sterk functioneel advies.");

    // The finished session that was not handed in keeps an editable reflection.
    ui::emit<ui::ResumeSession>(f.state, finished_id);
    f.apply();
    REQUIRE(f.state.play);
    CHECK(f.state.play->recorder->session().session_id == finished_id);
    ui::emit<ui::SetReflection>(f.state, std::string("learned"), std::string("Eerst de beperkingen."));
    f.apply();
    CHECK(f.state.play->recorder->session().reflection.learned == "Eerst de beperkingen.");
}

TEST_CASE("the folder picker walks folders and opens the chosen folder or zip as the cohort") {
    Cohort3 c;
    auto& state = c.f.state;
    fs::create_directories(c.folder / "later");
    ui::emit<ui::BrowseFolder>(state, c.f.tmp.path().string());
    c.f.apply();
    REQUIRE(state.review.picker);
    const auto& subs = state.review.picker->subfolders;
    CHECK(std::find(subs.begin(), subs.end(), "inlevermap") != subs.end());
    ui::emit<ui::BrowseFolder>(state, (c.f.tmp.path() / "inlevermap").string());
    c.f.apply();
    REQUIRE(state.review.picker);
    CHECK(state.review.picker->folder == c.folder);
    CHECK(state.review.picker->session_files == 3);
    CHECK(state.review.picker->subfolders == std::vector<std::string>{"later"});

    ui::emit<ui::OpenCohort>(state, state.review.picker->folder.string());
    c.f.apply();
    CHECK_FALSE(state.review.picker);
    // The load runs on a worker; wait for it like the frame loop would.
    for (int i = 0; i < 600 && state.review.loading; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        ui::poll_cohort_load(state);
    }
    CHECK(state.review.cohort.entries.size() == 3);

    ui::emit<ui::BrowseFolder>(state, (c.f.tmp.path() / "bestaat-niet").string());
    c.f.apply();
    REQUIRE(state.review.picker);
    CHECK_FALSE(state.review.picker->error.empty());
    ui::emit<ui::CloseFolderPicker>(state);
    c.f.apply();
    CHECK_FALSE(state.review.picker);
}
