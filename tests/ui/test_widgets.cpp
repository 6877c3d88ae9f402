#include "ui/highlighted_text.hpp"
#include "ui/participants_table.hpp"
#include "ui/spelling_hint.hpp"
#include "ui_fixture.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

using namespace smo::ui;

TEST_CASE("initials skip Dutch name particles and titles") {
    CHECK(initials_of("Anna de Vries") == "AV");
    CHECK(initials_of("Dr. Jan van der Berg") == "JB");
    CHECK(initials_of("Fatima") == "F");
    CHECK(initials_of("") == "");
}

TEST_CASE("highlighted text wraps within the width and draws highlight rectangles") {
    smo::test::HeadlessImGui imgui;

    const std::string text = "Hij heeft een hernia en slikt oxazepam, maar kan wel halve dagen werken op kantoor.";
    auto draw = [&](const std::vector<Highlight>& hl) {
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(200, 300));
        ImGui::Begin("t");
        float y0 = ImGui::GetCursorPosY();
        draw_highlighted_text(text, hl);
        float used = ImGui::GetCursorPosY() - y0;
        int vertices = ImGui::GetWindowDrawList()->VtxBuffer.Size;
        ImGui::End();
        ImGui::Render();
        return std::make_pair(used, vertices);
    };
    auto [plain_height, plain_vtx] = draw({});
    auto [hl_height, hl_vtx] = draw({{14, 20, IM_COL32(255, 0, 0, 80)}, {29, 37, IM_COL32(255, 0, 0, 80)}});
    CHECK(plain_height > ImGui::GetTextLineHeightWithSpacing() * 2); // it wrapped in a 200 px window
    CHECK(hl_height == doctest::Approx(plain_height));
    CHECK(hl_vtx > plain_vtx); // the highlight rectangles were drawn
}

TEST_CASE("seat labels use the first name so a full table stays readable") {
    CHECK(seat_label_of("Anna de Vries") == "Anna");
    CHECK(seat_label_of("Dr. Jan van der Berg") == "Jan");
    CHECK(seat_label_of("Jij (coassistent)") == "Jij");
    CHECK(seat_label_of("") == "");
}

TEST_CASE("the spelling hint lists each unknown word with its suggestions, and nothing when all is known") {
    std::vector<smo::core::UnknownWord> unknown{{"hernai", 13, {"hernia", "hierna"}}, {"xq", 30, {}}};
    CHECK(spelling_hint_text(unknown, "Spelling:", "geen suggestie") ==
          "Spelling: hernai → hernia, hierna · xq → geen suggestie");
    CHECK(spelling_hint_text({}, "Spelling:", "geen suggestie").empty());
}
