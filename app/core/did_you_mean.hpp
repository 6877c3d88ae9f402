#pragma once
// "Bedoelde je ...?": the nearest known name to a misspelled key or id, by edit distance. Used by
// the loader (unknown fields) and the validator (unknown ids) so a typo names its own fix.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace smo::core {

/// Optimal-string-alignment Damerau-Levenshtein distance (insert, delete, substitute, swap of two
/// neighbours), in bytes. Stops early and returns `limit + 1` once the distance exceeds `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit = 64);

/// Largest distance still taken for a typo of `word`: 1 up to 4 characters, 2 up to 8, else 3.
std::size_t typo_threshold(std::string_view word);

/// The candidate nearest to `word` within typo_threshold(word), compared case-insensitively;
/// ties go to the first candidate. nullopt when none is near enough or `word` itself is a candidate.
std::optional<std::string> nearest(std::string_view word, std::span<const std::string> candidates);
std::optional<std::string> nearest(std::string_view word, std::span<const std::string_view> candidates);

/// ". Bedoelde je 'x'?" to append to a message, or "" when nothing is near.
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates);
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates);

} // namespace smo::core
