#include "core/option_order.hpp"

#include <numeric>
#include <random>

namespace smo::core {

namespace {

// FNV-1a: a stable hash of the node id (std::hash may differ between standard libraries).
std::uint32_t fnv1a(std::string_view text) {
    std::uint32_t h = 2166136261u;
    for (unsigned char c : text) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

} // namespace

std::uint32_t new_option_order_seed() {
    std::random_device device;
    std::uint32_t seed = 0;
    while (seed == 0)
        seed = device() & 0x7fffffffu;
    return seed;
}

std::vector<std::size_t> presented_order(std::uint32_t seed, std::string_view node_id, std::size_t count) {
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t{0});
    if (seed == 0 || count < 2) return order;
    // mt19937's output is fixed by the standard; std::shuffle's use of it is not, so the
    // Fisher-Yates steps are spelled out (the modulo bias over at most a few options is negligible).
    std::mt19937 engine(seed ^ fnv1a(node_id));
    for (std::size_t i = count - 1; i > 0; --i)
        std::swap(order[i], order[engine() % (i + 1)]);
    return order;
}

} // namespace smo::core
