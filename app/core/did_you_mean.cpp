#include "core/did_you_mean.hpp"

#include <algorithm>
#include <vector>

namespace smo::core {
namespace {

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

template <typename S>
std::optional<std::string> nearest_of(std::string_view word, std::span<const S> candidates) {
    if (word.empty()) return std::nullopt;
    std::string w(word.size(), ' ');
    std::transform(word.begin(), word.end(), w.begin(), lower);
    const std::size_t limit = typo_threshold(word);
    std::optional<std::string> best;
    std::size_t best_distance = limit + 1;
    for (const auto& c : candidates) {
        std::string_view cv(c);
        if (cv == word) return std::nullopt; // not a typo
        if (cv.empty()) continue;
        std::string lc(cv.size(), ' ');
        std::transform(cv.begin(), cv.end(), lc.begin(), lower);
        std::size_t d = edit_distance(w, lc, limit);
        // A short candidate must not win only because little of it is left to differ.
        if (d >= cv.size()) continue;
        if (d < best_distance) {
            best_distance = d;
            best = std::string(cv);
        }
    }
    return best;
}

template <typename S> std::string message_of(std::string_view word, std::span<const S> candidates) {
    auto n = nearest_of<S>(word, candidates);
    return n ? ". Bedoelde je '" + *n + "'?" : std::string();
}

} // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > limit) return limit + 1;
    // Three rows: the transposition looks two rows back.
    std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j)
        prev[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        std::size_t row_min = cur[0];
        for (std::size_t j = 1; j <= m; ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
            row_min = std::min(row_min, cur[j]);
        }
        if (row_min > limit) return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[m], limit + 1);
}

std::size_t typo_threshold(std::string_view word) {
    if (word.size() <= 4) return 1;
    if (word.size() <= 8) return 2;
    return 3;
}

std::optional<std::string> nearest(std::string_view word, std::span<const std::string> candidates) {
    return nearest_of<std::string>(word, candidates);
}
std::optional<std::string> nearest(std::string_view word, std::span<const std::string_view> candidates) {
    return nearest_of<std::string_view>(word, candidates);
}
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates) {
    return message_of<std::string>(word, candidates);
}
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
    return message_of<std::string_view>(word, candidates);
}

} // namespace smo::core
