#include "core/flow_map.hpp"

#include "scoring/normalise.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <numeric>
#include <utility>

namespace smo::core {

namespace {

constexpr std::array kDeadEndIds{"none", "no_way_on", "option_without_next", "missing_target"};
static_assert(kDeadEndIds.size() == static_cast<std::size_t>(DeadEnd::Count));

constexpr std::size_t kLabelBytes = 72; // about two lines in a default-size box

/// Whitespace runs to one space, cut at a UTF-8 boundary with "…" when longer than `max_bytes`.
std::string short_label(const std::string& text, std::size_t max_bytes) {
    std::string out;
    out.reserve(std::min(text.size(), max_bytes + 4));
    bool space = false;
    bool cut = false;
    for (char c : text) {
        if (out.size() >= max_bytes) {
            cut = true;
            break;
        }
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    if (cut) {
        // Drop the last character, which may be cut in half: back over continuation bytes to
        // its first byte.
        std::size_t last = out.size() - 1;
        while (last > 0 && (static_cast<unsigned char>(out[last]) & 0xC0) == 0x80)
            --last;
        out.resize(last);
        while (!out.empty() && out.back() == ' ')
            out.pop_back();
        out += "\xE2\x80\xA6"; // …
    }
    return out;
}

FlowPoint bezier_mid(FlowPoint p0, FlowPoint c1, FlowPoint c2, FlowPoint p3) {
    return {0.125f * p0.x + 0.375f * c1.x + 0.375f * c2.x + 0.125f * p3.x,
            0.125f * p0.y + 0.375f * c1.y + 0.375f * c2.y + 0.125f * p3.y};
}

/// Every way on of a node: its own `next`, then each option's `next`, in file order.
struct RawEdge {
    const Edge* edge;
    std::string option_id;
};

std::vector<RawEdge> edges_of(const Node& n) {
    std::vector<RawEdge> out;
    for (const auto& e : n.next)
        out.push_back({&e, {}});
    for (const auto& o : n.options)
        for (const auto& e : o.next)
            out.push_back({&e, o.id});
    return out;
}

DeadEnd dead_end_of(const Node& n, const FlowMap& map) {
    if (n.kind == NodeKind::End) return DeadEnd::None;
    for (const auto& re : edges_of(n))
        if (!map.index_of(re.edge->to)) return DeadEnd::MissingTarget;
    if (n.kind == NodeKind::Choice) {
        if (n.options.empty()) return DeadEnd::NoWayOn;
        for (const auto& o : n.options)
            if (o.next.empty()) return DeadEnd::OptionWithoutNext;
        return DeadEnd::None;
    }
    return n.next.empty() ? DeadEnd::NoWayOn : DeadEnd::None;
}

/// Places boxes without overlap: stored boxes first (as given), then each automatic box at its
/// wanted spot or the first free spot stepping by `step`.
class Placer {
  public:
    Placer(float w, float h) : m_w(w), m_h(h) {}
    bool free(FlowPoint p) const {
        const FlowRect r{p, {p.x + m_w, p.y + m_h}};
        return std::none_of(m_taken.begin(), m_taken.end(), [&](const FlowRect& t) { return t.overlaps(r); });
    }
    void take(FlowPoint p) { m_taken.push_back({p, {p.x + m_w, p.y + m_h}}); }
    FlowPoint place(FlowPoint wanted, FlowPoint step) {
        while (!free(wanted)) {
            wanted.x += step.x;
            wanted.y += step.y;
        }
        take(wanted);
        return wanted;
    }

  private:
    float m_w, m_h;
    std::vector<FlowRect> m_taken;
};

struct Graph {
    std::vector<std::vector<std::size_t>> succ; ///< distinct existing targets, first-seen order
    std::vector<std::vector<std::size_t>> pred; ///< over the acyclic part only
    std::vector<std::vector<std::size_t>> dag;  ///< succ without back edges
};

/// Longest-path rows over the graph with back edges (found by DFS from start) removed.
/// Returns the DFS preorder of reachable nodes (the initial order within rows).
std::vector<std::size_t> layer_nodes(Graph& g, std::size_t start, std::vector<int>& layer) {
    const std::size_t n = g.succ.size();
    enum : char { White, Grey, Black };
    std::vector<char> colour(n, White);
    std::vector<std::size_t> preorder, postorder;
    g.dag.assign(n, {});
    g.pred.assign(n, {});
    // Iterative DFS: (node, next successor index).
    std::vector<std::pair<std::size_t, std::size_t>> stack{{start, 0}};
    colour[start] = Grey;
    preorder.push_back(start);
    while (!stack.empty()) {
        auto& [v, i] = stack.back();
        if (i == g.succ[v].size()) {
            colour[v] = Black;
            postorder.push_back(v);
            stack.pop_back();
            continue;
        }
        const std::size_t w = g.succ[v][i++];
        if (colour[w] == Grey) continue; // back edge: ignored for layering
        g.dag[v].push_back(w);
        g.pred[w].push_back(v);
        if (colour[w] == White) {
            colour[w] = Grey;
            preorder.push_back(w);
            stack.push_back({w, 0});
        }
    }
    layer[start] = 0;
    for (auto it = postorder.rbegin(); it != postorder.rend(); ++it) // topological order
        for (std::size_t w : g.dag[*it])
            layer[w] = std::max(layer[w], layer[*it] + 1);
    return preorder;
}

/// Barycenter sweeps: down by predecessors, up by successors; nodes without neighbours keep
/// their place. Slot x is centred per row so rows of different widths compare.
void reduce_crossings(std::vector<std::vector<std::size_t>>& rows, const Graph& g, int passes) {
    std::vector<float> x(g.succ.size(), 0.0f);
    auto assign = [&](const std::vector<std::size_t>& row) {
        const float mid = (static_cast<float>(row.size()) - 1.0f) * 0.5f;
        for (std::size_t i = 0; i < row.size(); ++i)
            x[row[i]] = static_cast<float>(i) - mid;
    };
    for (const auto& row : rows)
        assign(row);
    auto sweep = [&](std::vector<std::size_t>& row, const std::vector<std::vector<std::size_t>>& nb) {
        std::vector<std::pair<float, std::size_t>> keyed;
        for (std::size_t v : row) {
            float key = x[v];
            if (!nb[v].empty()) {
                float sum = 0.0f;
                for (std::size_t u : nb[v])
                    sum += x[u];
                key = sum / static_cast<float>(nb[v].size());
            }
            keyed.push_back({key, v});
        }
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t i = 0; i < row.size(); ++i)
            row[i] = keyed[i].second;
        assign(row);
    };
    for (int p = 0; p < passes; ++p) {
        if (p % 2 == 0) {
            for (std::size_t r = 1; r < rows.size(); ++r)
                sweep(rows[r], g.pred);
        } else {
            for (std::size_t r = rows.size(); r-- > 1;)
                sweep(rows[r - 1], g.dag);
        }
    }
}

void route_arrows(FlowMap& map, const FlowLayoutParams& params) {
    std::vector<std::size_t> outgoing(map.boxes.size(), 0), seen(map.boxes.size(), 0);
    for (const auto& a : map.arrows)
        ++outgoing[a.from];
    const float w = map.box_width, h = map.box_height;
    for (auto& a : map.arrows) {
        const FlowBox& src = map.boxes[a.from];
        // Ports spread along the bottom edge so parallel arrows and their labels separate.
        const float k = static_cast<float>(++seen[a.from]);
        const float port = w * k / (static_cast<float>(outgoing[a.from]) + 1.0f);
        a.p0 = {src.pos.x + port, src.pos.y + h};
        const float bend = params.gap_y * 0.6f;
        if (!a.to) {
            a.p3 = {a.p0.x, a.p0.y + bend};
            a.c1 = {a.p0.x, a.p0.y + bend / 3.0f};
            a.c2 = {a.p0.x, a.p0.y + bend * 2.0f / 3.0f};
        } else if (*a.to == a.from) {
            a.p3 = {src.pos.x + w * 0.5f, src.pos.y};
            a.c1 = {src.pos.x + w * 1.4f, a.p0.y + bend};
            a.c2 = {src.pos.x + w * 1.4f, a.p3.y - bend};
        } else {
            const FlowBox& dst = map.boxes[*a.to];
            a.p3 = {dst.pos.x + w * 0.5f, dst.pos.y};
            const float d = std::max(bend, std::abs(a.p3.y - a.p0.y) * 0.4f);
            a.c1 = {a.p0.x, a.p0.y + d};
            a.c2 = {a.p3.x, a.p3.y - d};
        }
        a.label_pos = bezier_mid(a.p0, a.c1, a.c2, a.p3);
    }
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool folded_contains(const std::string& haystack, const std::string& folded_query) {
    return !haystack.empty() && scoring::normalise_term(haystack).find(folded_query) != std::string::npos;
}

} // namespace

const char* dead_end_id(DeadEnd d) {
    auto i = static_cast<std::size_t>(d);
    return i < kDeadEndIds.size() ? kDeadEndIds[i] : "?";
}

const FlowBox* FlowMap::find_box(std::string_view id) const {
    auto i = index_of(id);
    return i ? &boxes[*i] : nullptr;
}

std::optional<std::size_t> FlowMap::index_of(std::string_view id) const {
    auto it = by_id.find(id);
    if (it == by_id.end()) return std::nullopt;
    return it->second;
}

FlowRect FlowMap::bounds() const {
    if (boxes.empty()) return {};
    FlowRect r{boxes.front().pos, boxes.front().pos};
    for (const auto& b : boxes) {
        r.min.x = std::min(r.min.x, b.pos.x);
        r.min.y = std::min(r.min.y, b.pos.y);
        r.max.x = std::max(r.max.x, b.pos.x + box_width);
        r.max.y = std::max(r.max.y, b.pos.y + box_height);
    }
    return r;
}

std::string condition_text(const Condition& c) {
    std::string value = c.value_is_bool ? (c.value != 0 ? "true" : "false") : std::to_string(c.value);
    return c.var + " " + compare_op_id(c.op) + " " + value;
}

std::string conditions_text(const std::vector<Condition>& conditions) {
    std::string out;
    for (const auto& c : conditions)
        out += (out.empty() ? "" : ", ") + condition_text(c);
    return out;
}

FlowMap build_flow_map(const Scenario& scenario, const FlowPositions& stored,
                       const FlowLayoutParams& params) {
    FlowMap map;
    map.box_width = params.box_width;
    map.box_height = params.box_height;
    const std::size_t n = scenario.nodes.size();
    map.boxes.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Node& node = scenario.nodes[i];
        FlowBox b;
        b.id = node.id;
        b.kind = node.kind;
        b.label = short_label(is_decision(node.kind) && !node.prompt.empty() ? node.prompt : node.text,
                              kLabelBytes);
        b.is_start = node.id == scenario.start;
        map.by_id.emplace(node.id, i); // a duplicate id (a validator error) keeps the first
        map.boxes.push_back(std::move(b));
    }

    // Arrows and the graph for the layout.
    Graph g;
    g.succ.assign(n, {});
    for (std::size_t i = 0; i < n; ++i) {
        const Node& node = scenario.nodes[i];
        for (const auto& re : edges_of(node)) {
            FlowArrow a;
            a.from = i;
            a.to = map.index_of(re.edge->to);
            a.target = re.edge->to;
            a.option_id = re.option_id;
            a.condition = conditions_text(re.edge->when);
            a.label = a.option_id;
            if (!a.condition.empty()) a.label += (a.label.empty() ? "" : ": ") + a.condition;
            if (!a.to) a.label += (a.label.empty() ? "-> " : " -> ") + a.target;
            if (a.to && std::find(g.succ[i].begin(), g.succ[i].end(), *a.to) == g.succ[i].end())
                g.succ[i].push_back(*a.to);
            map.arrows.push_back(std::move(a));
        }
        map.boxes[i].dead_end = dead_end_of(node, map);
    }

    // Reachability and rows.
    std::vector<int> layer(n, -1);
    std::vector<std::vector<std::size_t>> rows;
    if (auto start = map.index_of(scenario.start)) {
        for (std::size_t v : layer_nodes(g, *start, layer)) {
            map.boxes[v].reachable = true;
            map.boxes[v].layer = layer[v];
            if (rows.size() <= static_cast<std::size_t>(layer[v])) rows.resize(layer[v] + 1);
            rows[layer[v]].push_back(v);
        }
        reduce_crossings(rows, g, params.crossing_passes);
    }

    // Placement: stored boxes as given, then rows, then the unreachable column.
    Placer placer(params.box_width, params.box_height);
    for (auto& b : map.boxes) {
        if (auto it = stored.find(b.id); it != stored.end() && map.find_box(b.id) == &b) {
            b.pos = it->second;
            b.stored = true;
            placer.take(b.pos);
        }
    }
    const float pitch_x = params.box_width + params.gap_x;
    const float pitch_y = params.box_height + params.gap_y;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const float mid = (static_cast<float>(rows[r].size()) - 1.0f) * 0.5f;
        for (std::size_t i = 0; i < rows[r].size(); ++i) {
            FlowBox& b = map.boxes[rows[r][i]];
            if (b.stored) continue;
            const FlowPoint wanted{(static_cast<float>(i) - mid) * pitch_x, static_cast<float>(r) * pitch_y};
            b.pos = placer.place(wanted, {pitch_x * 0.5f, 0.0f});
        }
    }
    float right = -params.box_width - params.gap_x;
    float top = 0.0f;
    for (const auto& b : map.boxes) {
        if (b.stored || b.reachable) {
            right = std::max(right, b.pos.x + params.box_width);
            top = std::min(top, b.pos.y);
        }
    }
    // Unreachable nodes: columns of at most max(8, rows) boxes, a wide gap right of the rest.
    const std::size_t per_column = std::max<std::size_t>(8, rows.size());
    std::size_t placed = 0;
    const float column_pitch_y = params.box_height + params.gap_x * 0.5f;
    for (auto& b : map.boxes) {
        if (b.stored || b.reachable) continue;
        const float x = right + params.gap_x * 2.0f + static_cast<float>(placed / per_column) * pitch_x;
        const float y = top + static_cast<float>(placed % per_column) * column_pitch_y;
        b.pos = placer.place({x, y}, {0.0f, column_pitch_y * 0.5f});
        ++placed;
    }
    route_arrows(map, params);
    return map;
}

bool boxes_disjoint(const FlowMap& map) {
    // Sort by x so each box is compared only with boxes that start before its right edge.
    std::vector<std::size_t> order(map.boxes.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return map.boxes[a].pos.x < map.boxes[b].pos.x; });
    for (std::size_t i = 0; i < order.size(); ++i) {
        const FlowRect a = map.rect(map.boxes[order[i]]);
        for (std::size_t j = i + 1; j < order.size(); ++j) {
            const FlowRect b = map.rect(map.boxes[order[j]]);
            if (b.min.x >= a.max.x) break;
            if (a.overlaps(b)) return false;
        }
    }
    return true;
}

FlowPoint nearest_free_position(const FlowMap& map, std::string_view id, FlowPoint wanted) {
    const float w = map.box_width, h = map.box_height;
    auto free = [&](FlowPoint p) {
        const FlowRect r{p, {p.x + w, p.y + h}};
        for (const auto& b : map.boxes)
            if (b.id != id && map.rect(b).overlaps(r)) return false;
        return true;
    };
    if (free(wanted)) return wanted;
    const float sx = std::max(w * 0.5f, 1.0f), sy = std::max(h * 0.5f, 1.0f);
    // Square rings of grid points around `wanted`; the closest free point of the first ring
    // that has one. A ring wider than the whole map is always free, so this ends.
    for (int ring = 1;; ++ring) {
        std::optional<FlowPoint> best;
        float best_d = 0.0f;
        for (int dy = -ring; dy <= ring; ++dy) {
            for (int dx = -ring; dx <= ring; ++dx) {
                if (std::max(std::abs(dx), std::abs(dy)) != ring) continue;
                const FlowPoint p{wanted.x + static_cast<float>(dx) * sx,
                                  wanted.y + static_cast<float>(dy) * sy};
                const float d = std::hypot(p.x - wanted.x, p.y - wanted.y);
                if ((!best || d < best_d) && free(p)) {
                    best = p;
                    best_d = d;
                }
            }
        }
        if (best) return *best;
    }
}

std::vector<std::string> find_nodes(const Scenario& scenario, std::string_view query) {
    const std::string raw = lower_ascii(query);
    const std::string folded = scoring::normalise_term(query);
    std::vector<std::string> by_id, by_text;
    if (raw.find_first_not_of(" \t") == std::string::npos) return by_id;
    for (const auto& node : scenario.nodes) {
        if (lower_ascii(node.id).find(raw) != std::string::npos ||
            (!folded.empty() && folded_contains(node.id, folded))) {
            by_id.push_back(node.id);
        } else if (!folded.empty() &&
                   (folded_contains(node.text, folded) || folded_contains(node.prompt, folded))) {
            by_text.push_back(node.id);
        }
    }
    by_id.insert(by_id.end(), by_text.begin(), by_text.end());
    return by_id;
}

void FlowView::zoom_about(FlowPoint anchor, float factor) {
    const FlowPoint world = to_world(anchor);
    zoom = std::clamp(zoom * factor, kMinZoom, kMaxZoom);
    pan = {anchor.x - world.x * zoom, anchor.y - world.y * zoom};
}

std::optional<std::string> hit_test(const FlowMap& map, const FlowView& view, FlowPoint screen) {
    const FlowPoint world = view.to_world(screen);
    for (auto it = map.boxes.rbegin(); it != map.boxes.rend(); ++it)
        if (map.rect(*it).contains(world)) return it->id;
    return std::nullopt;
}

FlowView centre_on(const FlowMap& map, const FlowView& view, std::string_view id, FlowPoint viewport) {
    const FlowBox* b = map.find_box(id);
    if (b == nullptr) return view;
    FlowView out = view;
    const FlowPoint centre{b->pos.x + map.box_width * 0.5f, b->pos.y + map.box_height * 0.5f};
    out.pan = {viewport.x * 0.5f - centre.x * view.zoom, viewport.y * 0.5f - centre.y * view.zoom};
    return out;
}

FlowView fit_to_view(const FlowMap& map, FlowPoint viewport, float margin) {
    FlowView out;
    const FlowRect b = map.bounds();
    const float bw = std::max(b.max.x - b.min.x, 1.0f);
    const float bh = std::max(b.max.y - b.min.y, 1.0f);
    const float aw = viewport.x - 2.0f * margin;
    const float ah = viewport.y - 2.0f * margin;
    out.zoom = (aw <= 0.0f || ah <= 0.0f)
                   ? FlowView::kMinZoom
                   : std::clamp(std::min({aw / bw, ah / bh, 1.0f}), FlowView::kMinZoom, 1.0f);
    const FlowPoint centre{(b.min.x + b.max.x) * 0.5f, (b.min.y + b.max.y) * 0.5f};
    out.pan = {viewport.x * 0.5f - centre.x * out.zoom, viewport.y * 0.5f - centre.y * out.zoom};
    return out;
}

FlowView first_view(const FlowMap& map, FlowPoint viewport, float margin, float readable_zoom) {
    FlowView fit = fit_to_view(map, viewport, margin);
    if (fit.zoom >= readable_zoom || map.boxes.empty()) return fit;
    FlowView out;
    out.zoom = readable_zoom;
    const FlowBox* start = &map.boxes.front();
    for (const auto& b : map.boxes)
        if (b.is_start) start = &b;
    const float centre_x = start->pos.x + map.box_width * 0.5f;
    out.pan = {viewport.x * 0.5f - centre_x * out.zoom, margin - map.bounds().min.y * out.zoom};
    return out;
}

} // namespace smo::core
