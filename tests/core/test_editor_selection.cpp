// The editor's selection by id and the mapping from a diagnostic's pointer to the form that shows it.
#include "core/editor_selection.hpp"
#include "core/scenario_loader.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace smo::core;

namespace {

std::shared_ptr<const Scenario> load(const char* relative) {
    auto loaded = load_scenario_file(smo::test::source_dir() / relative);
    REQUIRE(loaded.scenario != nullptr);
    return loaded.scenario;
}

} // namespace

TEST_CASE("a pointer selects the element whose form shows it") {
    auto s = load("scenarios/zorggroep_linde_smo.json");
    const Node& choice = *std::find_if(s->nodes.begin(), s->nodes.end(),
                                       [](const Node& n) { return n.kind == NodeKind::Choice; });
    CHECK(item_for_pointer(*s, choice.ptr) == EditorItem{EditorItemKind::Node, choice.id});
    CHECK(item_for_pointer(*s, choice.options[0].ptr + "/text") == EditorItem{EditorItemKind::Node, choice.id});
    const Case& c = s->cases.front();
    CHECK(item_for_pointer(*s, c.file.front().ptr + "/category") == EditorItem{EditorItemKind::Case, c.id});
    CHECK(item_for_pointer(*s, s->participants[1].ptr + "/role") ==
          EditorItem{EditorItemKind::Participant, s->participants[1].id});
    CHECK(item_for_pointer(*s, "/title") == EditorItem{EditorItemKind::Briefing, {}});
    CHECK(item_for_pointer(*s, "") == EditorItem{EditorItemKind::Briefing, {}});
    CHECK(item_for_pointer(*s, "/voorbespreking/0/answers/1") == EditorItem{EditorItemKind::Questions, "voorbespreking"});
    // "/nodes/1" must not be taken for "/nodes/10": prefixes count only at a '/' boundary.
    if (s->nodes.size() > 10)
        CHECK(item_for_pointer(*s, s->nodes[10].ptr + "/text") == EditorItem{EditorItemKind::Node, s->nodes[10].id});
}

TEST_CASE("a selection is by id: it survives while the element exists and says when it is gone") {
    auto s = load("scenarios/zorggroep_linde_smo.json");
    EditorItem node{EditorItemKind::Node, s->nodes[2].id};
    CHECK(pointer_of(*s, node) == s->nodes[2].ptr);
    CHECK(item_exists(*s, node));
    CHECK_FALSE(item_exists(*s, EditorItem{EditorItemKind::Node, "bestaat_niet"}));
    CHECK(item_exists(*s, EditorItem{EditorItemKind::Briefing, {}}));
    CHECK(pointer_of(*s, EditorItem{EditorItemKind::Case, s->cases[1].id}) == s->cases[1].ptr);
}

TEST_CASE("group data of a thema meeting has its own form") {
    auto s = load("assets/templates/sjabloon_thema_beleid.json");
    REQUIRE(s->group.has_value());
    CHECK(item_for_pointer(*s, s->group->units.front().ptr + "/staff") == EditorItem{EditorItemKind::Group, {}});
    CHECK(pointer_of(*s, EditorItem{EditorItemKind::Group, {}}) == s->group->ptr);
}
