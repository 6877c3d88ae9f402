#pragma once
// Key points of a free-text answer: what a good answer names (opdracht 2a: solutions at individual,
// department and organisation level, with prevention). A point counts when one of its phrases occurs
// in the answer as whole words, after the scoring normaliser (case, diacritics, hyphens); a phrase
// ending in '*' also matches longer words ("tilhulp*" matches "tilhulpen").

#include "core/scenario.hpp"
#include "scoring/aggregate.hpp"

#include <string_view>

namespace smo::core {

/// How many key points the node needs for its credits: `key_points_needed`, or all of them when 0.
int key_points_needed(const Node& node);

/// Which of the node's key points the text names, in the node's order; nullopt for a node without.
std::optional<scoring::KeyPointCoverage> key_point_coverage(const Node& node, std::string_view text);

/// The editor's one-line form of a key point's phrases: "tilhulp*, heuphoogte" and back; empty
/// phrases are dropped and spaces around each are trimmed.
std::string phrases_text(const std::vector<std::string>& phrases);
std::vector<std::string> phrases_from_text(std::string_view text);

/// True when one of the phrases occurs in the text (both normalised; see above).
bool names_key_point(const KeyPoint& point, std::string_view text);

} // namespace smo::core
