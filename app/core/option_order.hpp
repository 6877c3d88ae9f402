#pragma once
// The order a session shows a decision's options in. Shuffled per session so the position of the
// right answer teaches nothing; fixed by the session's recorded seed, so a resumed or reopened
// session shows every node as it was shown before.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace smo::core {

/// A fresh seed for a new session: 1..2^31-1 (it is stored as a JSON integer).
std::uint32_t new_option_order_seed();

/// Indices 0..count-1 in the order to show them: unchanged for seed 0 (sessions from before the
/// shuffle, the editor's playtest), else a permutation determined by (seed, node_id) alone, the
/// same on every platform.
std::vector<std::size_t> presented_order(std::uint32_t seed, std::string_view node_id, std::size_t count);

/// `items` rearranged by presented_order.
template <typename T>
std::vector<T> in_presented_order(std::uint32_t seed, std::string_view node_id, const std::vector<T>& items) {
    std::vector<T> out;
    out.reserve(items.size());
    for (std::size_t i : presented_order(seed, node_id, items.size()))
        out.push_back(items[i]);
    return out;
}

} // namespace smo::core
