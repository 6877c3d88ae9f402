// Flow map view model: layout without overlaps, reachability and dead ends, arrows and their
// labels, pan/zoom maths, hit testing, find and centre-on.
#include "core/flow_map.hpp"
#include "core/scenario_library.hpp"
#include "core/scenario_loader.hpp"
#include "flow_map_sample.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <cmath>
#include <doctest/doctest.h>
#include <set>

using namespace smo::core;

namespace {

Node node(const std::string& id, NodeKind kind, std::vector<std::string> next = {}) {
    Node n;
    n.id = id;
    n.kind = kind;
    for (auto& to : next)
        n.next.push_back({to, {}, {}});
    return n;
}

Option option(const std::string& id, const std::string& to, std::vector<Condition> when = {}) {
    Option o;
    o.id = id;
    if (!to.empty()) o.next.push_back({to, std::move(when), {}});
    return o;
}

/// start -> ask (choice: a -> good, b -> stuck when trust >= 3, c -> nowhere) ; good: end;
/// stuck: a line without next; broken -> "ghost"; island <-> island2 unreachable.
Scenario small_scenario() {
    Scenario s;
    s.start = "start";
    s.nodes.push_back(node("start", NodeKind::Line, {"ask"}));
    Node ask = node("ask", NodeKind::Choice);
    ask.prompt = "Wat vraagt u aan de werkgever?";
    Condition c;
    c.var = "trust";
    c.op = CompareOp::Ge;
    c.value = 3;
    ask.options = {option("a", "good"), option("b", "stuck", {c}), option("c", "broken")};
    s.nodes.push_back(ask);
    Node good = node("good", NodeKind::End);
    good.text = "Goed afgesloten";
    s.nodes.push_back(good);
    Node stuck = node("stuck", NodeKind::Line);
    stuck.text = "De re\xC3\xAFntegratie loopt vast bij de bedrijfsarts";
    s.nodes.push_back(stuck);
    s.nodes.push_back(node("broken", NodeKind::Line, {"ghost"}));
    s.nodes.push_back(node("island", NodeKind::Line, {"island2"}));
    s.nodes.push_back(node("island2", NodeKind::End));
    return s;
}

void check_layout(const FlowMap& map) {
    CHECK(boxes_disjoint(map));
    // Independent O(n^2) check, so a bug in boxes_disjoint cannot hide an overlap.
    for (std::size_t i = 0; i < map.boxes.size(); ++i)
        for (std::size_t j = i + 1; j < map.boxes.size(); ++j) {
            const bool overlap = map.rect(map.boxes[i]).overlaps(map.rect(map.boxes[j]));
            if (overlap) FAIL_CHECK("boxes overlap: " << map.boxes[i].id << " and " << map.boxes[j].id);
        }
    for (const auto& b : map.boxes) {
        CHECK(std::isfinite(b.pos.x));
        CHECK(std::isfinite(b.pos.y));
    }
}

} // namespace

TEST_CASE("every bundled scenario gets a layout without overlapping boxes") {
    auto files = find_scenario_files(smo::test::source_dir() / "scenarios");
    int checked = 0;
    for (const auto& file : files) {
        if (file.filename() == "scenario.schema.json") continue;
        auto loaded = load_scenario_file(file);
        if (!loaded.scenario) continue;
        CAPTURE(file.string());
        const FlowMap map = build_flow_map(*loaded.scenario);
        REQUIRE(map.boxes.size() == loaded.scenario->nodes.size());
        check_layout(map);
        // Bundled scenarios are playable: the start is reachable and on row 0.
        const FlowBox* start = map.find_box(loaded.scenario->start);
        REQUIRE(start != nullptr);
        CHECK(start->reachable);
        CHECK(start->layer == 0);
        ++checked;
    }
    CHECK(checked >= 10);
}

TEST_CASE("a generated 200-node scenario gets a layered layout without overlaps") {
    const Scenario s = smo::test::generated_flow_scenario(200);
    REQUIRE(s.nodes.size() == 200);
    const FlowMap map = build_flow_map(s);
    check_layout(map);
    int unreachable = 0;
    for (const auto& b : map.boxes) {
        if (!b.reachable) {
            ++unreachable;
            CHECK(b.id.rfind("orphan", 0) == 0); // only the nodes nothing points at
            CHECK(b.layer == -1);
            continue;
        }
        // Rows by longest path: a row below every forward (non-loop) predecessor.
        CHECK(b.pos.y == doctest::Approx(b.layer * (64.0f + 72.0f)));
    }
    CHECK(unreachable == 5);
    // Every arrow between two reachable boxes that is not a loop goes downwards.
    int forward = 0;
    for (const auto& a : map.arrows) {
        if (!a.to || !map.boxes[a.from].reachable) continue;
        if (map.boxes[*a.to].layer > map.boxes[a.from].layer) {
            CHECK(a.p3.y > a.p0.y);
            ++forward;
        }
    }
    CHECK(forward > 200);
}

TEST_CASE("unreachable boxes stand in a column right of the reachable ones") {
    const FlowMap map = build_flow_map(smo::test::generated_flow_scenario(200));
    float right_of_reachable = -1e9f;
    for (const auto& b : map.boxes)
        if (b.reachable) right_of_reachable = std::max(right_of_reachable, b.pos.x + map.box_width);
    for (const auto& b : map.boxes)
        if (!b.reachable) CHECK(b.pos.x > right_of_reachable);
}

TEST_CASE("the barycenter sweeps reduce crossings between neighbouring rows") {
    // Crossings of arrows from row r to row r+1, counted on box centres.
    auto crossings = [](const FlowMap& map) {
        int count = 0;
        for (std::size_t i = 0; i < map.arrows.size(); ++i) {
            const FlowArrow& a = map.arrows[i];
            if (!a.to) continue;
            const FlowBox &as = map.boxes[a.from], &at = map.boxes[*a.to];
            if (!as.reachable || at.layer != as.layer + 1) continue;
            for (std::size_t j = i + 1; j < map.arrows.size(); ++j) {
                const FlowArrow& b = map.arrows[j];
                if (!b.to) continue;
                const FlowBox &bs = map.boxes[b.from], &bt = map.boxes[*b.to];
                if (bs.layer != as.layer || bt.layer != at.layer) continue;
                if ((as.pos.x - bs.pos.x) * (at.pos.x - bt.pos.x) < 0.0f) ++count;
            }
        }
        return count;
    };
    // Depth-first order puts y (reached early from a by a long edge) left of x on row 3, while
    // their row-2 parents are c (left, parent of x) and d (right, parent of y): one crossing.
    Scenario s;
    s.start = "start";
    s.nodes.push_back(node("start", NodeKind::Line, {"a", "b"}));
    s.nodes.push_back(node("a", NodeKind::Line, {"y", "c"}));
    s.nodes.push_back(node("b", NodeKind::Line, {"d"}));
    s.nodes.push_back(node("c", NodeKind::Line, {"x"}));
    s.nodes.push_back(node("d", NodeKind::Line, {"y"}));
    s.nodes.push_back(node("x", NodeKind::End));
    s.nodes.push_back(node("y", NodeKind::End));
    FlowLayoutParams unsorted;
    unsorted.crossing_passes = 0;
    const FlowMap before = build_flow_map(s, {}, unsorted);
    REQUIRE(before.find_box("y")->layer == 3);
    CHECK(crossings(before) == 1);
    const FlowMap after = build_flow_map(s);
    CHECK(crossings(after) == 0);
    CHECK(after.find_box("x")->pos.x < after.find_box("y")->pos.x);
    check_layout(after);

    // On the generated 200-node graph the sweeps never add crossings.
    const Scenario big = smo::test::generated_flow_scenario(200);
    CHECK(crossings(build_flow_map(big)) <= crossings(build_flow_map(big, {}, unsorted)));
}

TEST_CASE("stored positions win and automatic boxes step aside from them") {
    const Scenario s = smo::test::generated_flow_scenario(60);
    const FlowMap automatic = build_flow_map(s);
    // Pin n1 exactly where n0 would go, and n5 far away.
    FlowPositions stored{{"n1", automatic.find_box("n0")->pos}, {"n5", FlowPoint{5000.0f, -3000.0f}}};
    const FlowMap map = build_flow_map(s, stored);
    CHECK(map.find_box("n1")->pos == automatic.find_box("n0")->pos);
    CHECK(map.find_box("n1")->stored);
    CHECK(map.find_box("n5")->pos == FlowPoint{5000.0f, -3000.0f});
    CHECK_FALSE(map.find_box("n0")->stored);
    CHECK_FALSE(map.find_box("n0")->pos == automatic.find_box("n0")->pos);
    check_layout(map);
    // Arrows follow the stored boxes.
    for (const auto& a : map.arrows)
        if (a.to && map.boxes[*a.to].id == "n5")
            CHECK(a.p3 == FlowPoint{5000.0f + map.box_width * 0.5f, -3000.0f});
}

TEST_CASE("unreachable and dead-end nodes are marked on a hand-made scenario") {
    const FlowMap map = build_flow_map(small_scenario());
    auto box = [&](const char* id) {
        const FlowBox* b = map.find_box(id);
        REQUIRE(b != nullptr);
        return *b;
    };
    CHECK(box("start").is_start);
    CHECK_FALSE(box("ask").is_start);
    for (const char* id : {"start", "ask", "good", "stuck", "broken"})
        CHECK_MESSAGE(box(id).reachable, id);
    CHECK_FALSE(box("island").reachable);
    CHECK_FALSE(box("island2").reachable);

    CHECK(box("start").dead_end == DeadEnd::None);
    CHECK(box("good").dead_end == DeadEnd::None); // end nodes need no way on
    CHECK(box("island2").dead_end == DeadEnd::None);
    CHECK(box("ask").dead_end == DeadEnd::None);
    CHECK(box("stuck").dead_end == DeadEnd::NoWayOn);
    CHECK(box("broken").dead_end == DeadEnd::MissingTarget);
    CHECK(std::string(dead_end_id(DeadEnd::MissingTarget)) == "missing_target");

    Scenario s = small_scenario();
    s.nodes[1].options.push_back(option("d", ""));
    CHECK(build_flow_map(s).find_box("ask")->dead_end == DeadEnd::OptionWithoutNext);
    s.nodes[1].options.clear();
    CHECK(build_flow_map(s).find_box("ask")->dead_end == DeadEnd::NoWayOn);

    s.start = "nowhere"; // a missing start: nothing is reachable, every box still placed
    const FlowMap lost = build_flow_map(s);
    CHECK(std::none_of(lost.boxes.begin(), lost.boxes.end(), [](const FlowBox& b) { return b.reachable; }));
    check_layout(lost);
}

TEST_CASE("arrows cover every next of nodes and options, labelled with option id and condition") {
    const FlowMap map = build_flow_map(small_scenario());
    REQUIRE(map.arrows.size() == 6); // start, a, b, c, broken, island
    auto arrow = [&](const std::string& from, const std::string& target) -> const FlowArrow& {
        for (const auto& a : map.arrows)
            if (map.boxes[a.from].id == from && a.target == target) return a;
        FAIL("no arrow " << from << " -> " << target);
        return map.arrows.front();
    };
    CHECK(arrow("start", "ask").label.empty());
    CHECK(arrow("ask", "good").label == "a");
    CHECK(arrow("ask", "stuck").option_id == "b");
    CHECK(arrow("ask", "stuck").condition == "trust >= 3");
    CHECK(arrow("ask", "stuck").label == "b: trust >= 3");
    const FlowArrow& ghost = arrow("broken", "ghost");
    CHECK_FALSE(ghost.to.has_value());
    CHECK(ghost.label == "-> ghost");
    CHECK(ghost.p3.y > ghost.p0.y);
    // The three option arrows leave from three different points of the choice's bottom edge.
    std::set<float> ports;
    for (const auto& a : map.arrows)
        if (map.boxes[a.from].id == "ask") ports.insert(a.p0.x);
    CHECK(ports.size() == 3);
    // Endpoints sit on the boxes' edges.
    const FlowArrow& first = arrow("start", "ask");
    const FlowBox& start = *map.find_box("start");
    const FlowBox& ask = *map.find_box("ask");
    CHECK(first.p0.y == doctest::Approx(start.pos.y + map.box_height));
    CHECK(first.p3 == FlowPoint{ask.pos.x + map.box_width * 0.5f, ask.pos.y});
}

TEST_CASE("condition text reads like the file") {
    Condition c;
    c.var = "asked_consent";
    c.op = CompareOp::Eq;
    c.value = 1;
    c.value_is_bool = true;
    CHECK(condition_text(c) == "asked_consent == true");
    Condition d;
    d.var = "trust";
    d.op = CompareOp::Lt;
    d.value = -2;
    CHECK(conditions_text({c, d}) == "asked_consent == true, trust < -2");
    CHECK(conditions_text({}).empty());
}

TEST_CASE("box labels are short: prompt for decisions, text otherwise, cut on a character") {
    Scenario s = small_scenario();
    std::string long_text;
    for (int i = 0; i < 40; ++i)
        long_text += "\xC3\xA9\xC3\xA9 "; // "éé " keeps a two-byte character at every cut point
    s.nodes[0].text = long_text;
    const FlowMap map = build_flow_map(s);
    CHECK(map.find_box("ask")->label == "Wat vraagt u aan de werkgever?");
    CHECK(map.find_box("good")->label == "Goed afgesloten");
    const std::string& label = map.find_box("start")->label;
    CHECK(label.size() < long_text.size());
    CHECK(label.size() <= 80);
    REQUIRE(label.size() >= 3);
    CHECK(label.substr(label.size() - 3) == "\xE2\x80\xA6");
    // Everything before the ellipsis is whole "é" characters and spaces.
    const std::string body = label.substr(0, label.size() - 3);
    for (std::size_t i = 0; i < body.size();) {
        if (body[i] == ' ') {
            ++i;
            continue;
        }
        REQUIRE(i + 1 < body.size());
        CHECK(body.compare(i, 2, "\xC3\xA9") == 0);
        i += 2;
    }
}

TEST_CASE("world and screen coordinates round-trip, zoom keeps the point under the cursor") {
    FlowView view;
    view.pan = {120.0f, -40.0f};
    view.zoom = 0.75f;
    for (FlowPoint w : {FlowPoint{0, 0}, FlowPoint{300.5f, -12.25f}, FlowPoint{-800, 4000}}) {
        const FlowPoint back = view.to_world(view.to_screen(w));
        CHECK(back.x == doctest::Approx(w.x));
        CHECK(back.y == doctest::Approx(w.y));
    }
    const FlowPoint cursor{400.0f, 300.0f};
    const FlowPoint under = view.to_world(cursor);
    view.zoom_about(cursor, 1.5f);
    CHECK(view.zoom == doctest::Approx(1.125f));
    CHECK(view.to_world(cursor).x == doctest::Approx(under.x));
    CHECK(view.to_world(cursor).y == doctest::Approx(under.y));
    for (int i = 0; i < 50; ++i)
        view.zoom_about(cursor, 2.0f);
    CHECK(view.zoom == FlowView::kMaxZoom);
    CHECK(view.to_world(cursor).x == doctest::Approx(under.x));
    for (int i = 0; i < 50; ++i)
        view.zoom_about(cursor, 0.5f);
    CHECK(view.zoom == FlowView::kMinZoom);
    CHECK(view.to_world(cursor).y == doctest::Approx(under.y));
}

TEST_CASE("hit testing maps a screen point to the box under it") {
    const FlowMap map = build_flow_map(small_scenario());
    FlowView view;
    view.pan = {500.0f, 50.0f};
    view.zoom = 0.5f;
    for (const auto& b : map.boxes) {
        const FlowPoint centre =
            view.to_screen({b.pos.x + map.box_width * 0.5f, b.pos.y + map.box_height * 0.5f});
        CHECK(hit_test(map, view, centre) == b.id);
        const FlowPoint inside_corner = view.to_screen({b.pos.x + 0.5f, b.pos.y + 0.5f});
        CHECK(hit_test(map, view, inside_corner) == b.id);
    }
    const FlowBox& start = *map.find_box("start");
    // Just outside the left edge of the start box, in the gap between boxes.
    const FlowPoint left = view.to_screen({start.pos.x - 1.0f, start.pos.y + 1.0f});
    CHECK_FALSE(hit_test(map, view, left).has_value());
    CHECK_FALSE(hit_test(map, view, {-10000.0f, -10000.0f}).has_value());
}

TEST_CASE("find matches ids and texts, ignoring case and diacritics") {
    const Scenario s = small_scenario();
    CHECK(find_nodes(s, "ASK") == std::vector<std::string>{"ask"});
    CHECK(find_nodes(s, "island") == std::vector<std::string>{"island", "island2"});
    // "reintegratie" finds "reïntegratie"; "WERKGEVER" finds the prompt.
    CHECK(find_nodes(s, "reintegratie") == std::vector<std::string>{"stuck"});
    CHECK(find_nodes(s, "WERKGEVER") == std::vector<std::string>{"ask"});
    CHECK(find_nodes(s, "re\xC3\xAFntegratie") == std::vector<std::string>{"stuck"});
    // Id matches come before text matches.
    Scenario t = s;
    t.nodes[0].text = "zie stuck";
    CHECK(find_nodes(t, "stuck") == std::vector<std::string>{"stuck", "start"});
    CHECK(find_nodes(s, "").empty());
    CHECK(find_nodes(s, "   ").empty());
    CHECK(find_nodes(s, "bestaat niet").empty());
}

TEST_CASE("centre_on puts the node's box in the middle of the viewport, fit shows everything") {
    const FlowMap map = build_flow_map(smo::test::generated_flow_scenario(200));
    FlowView view;
    view.zoom = 0.8f;
    const FlowPoint viewport{900.0f, 600.0f};
    const FlowView centred = centre_on(map, view, "n120", viewport);
    CHECK(centred.zoom == view.zoom);
    const FlowBox& b = *map.find_box("n120");
    const FlowPoint c = centred.to_screen({b.pos.x + map.box_width * 0.5f, b.pos.y + map.box_height * 0.5f});
    CHECK(c.x == doctest::Approx(450.0f));
    CHECK(c.y == doctest::Approx(300.0f));
    CHECK(hit_test(map, centred, {450.0f, 300.0f}) == std::optional<std::string>("n120"));
    CHECK(centre_on(map, view, "missing", viewport).pan == view.pan);

    const FlowView fit = fit_to_view(build_flow_map(small_scenario()), viewport, 20.0f);
    const FlowMap small = build_flow_map(small_scenario());
    for (const auto& box : small.boxes) {
        const FlowPoint tl = fit.to_screen(box.pos);
        const FlowPoint br = fit.to_screen({box.pos.x + small.box_width, box.pos.y + small.box_height});
        CHECK(tl.x >= 20.0f - 0.01f);
        CHECK(tl.y >= 20.0f - 0.01f);
        CHECK(br.x <= viewport.x - 20.0f + 0.01f);
        CHECK(br.y <= viewport.y - 20.0f + 0.01f);
    }
    CHECK(fit.zoom <= 1.0f);
    // A huge map cannot fit: the zoom stops at the minimum.
    const FlowView far = fit_to_view(map, {200.0f, 100.0f}, 10.0f);
    CHECK(far.zoom == FlowView::kMinZoom);
}

TEST_CASE("the first view is readable: a small map is fitted, a big one opens at the start, zoomed in") {
    const FlowPoint viewport{900.0f, 600.0f};
    const FlowMap small = build_flow_map(small_scenario());
    const FlowView small_view = first_view(small, viewport, 20.0f);
    CHECK(small_view.zoom == fit_to_view(small, viewport, 20.0f).zoom);
    const FlowMap big = build_flow_map(smo::test::generated_flow_scenario(200));
    REQUIRE(fit_to_view(big, viewport, 20.0f).zoom < 0.6f);
    const FlowView v = first_view(big, viewport, 20.0f);
    CHECK(v.zoom == doctest::Approx(0.6f));
    const FlowBox* start = nullptr;
    for (const auto& b : big.boxes)
        if (b.is_start) start = &b;
    REQUIRE(start != nullptr);
    const FlowPoint c = v.to_screen({start->pos.x + big.box_width * 0.5f, start->pos.y});
    CHECK(c.x == doctest::Approx(450.0f));
    CHECK(c.y >= 20.0f - 0.01f);
    CHECK(c.y < 300.0f);
}

TEST_CASE("a dropped box snaps to the nearest place where it overlaps nothing") {
    const FlowMap map = build_flow_map(small_scenario());
    const FlowBox& ask = *map.find_box("ask");
    const FlowBox& start = *map.find_box("start");
    // Dropping start onto ask moves it next to ask, not onto it.
    const FlowPoint p = nearest_free_position(map, "start", ask.pos);
    const FlowRect r{p, {p.x + map.box_width, p.y + map.box_height}};
    for (const auto& b : map.boxes)
        if (b.id != "start") CHECK_FALSE(map.rect(b).overlaps(r));
    CHECK(std::hypot(p.x - ask.pos.x, p.y - ask.pos.y) <= map.box_width + map.box_height);
    // A box may stay where it is (it does not collide with itself).
    CHECK(nearest_free_position(map, "start", start.pos) == start.pos);
}
