#include "core/key_points.hpp"

#include "scoring/normalise.hpp"

namespace smo::core {
namespace {

// " word word " with single spaces, so a phrase is found on word boundaries.
std::string padded(std::string_view text) {
    return " " + scoring::normalise_term(text) + " ";
}

bool contains_phrase(const std::string& padded_text, std::string_view phrase) {
    const bool open_end = !phrase.empty() && phrase.back() == '*';
    if (open_end) phrase.remove_suffix(1);
    const std::string norm = scoring::normalise_term(phrase);
    if (norm.empty()) return false;
    return padded_text.find(" " + norm + (open_end ? "" : " ")) != std::string::npos;
}

bool names_in(const KeyPoint& point, const std::string& padded_text) {
    for (const auto& phrase : point.match)
        if (contains_phrase(padded_text, phrase)) return true;
    return false;
}

} // namespace

int key_points_needed(const Node& node) {
    const int all = static_cast<int>(node.key_points.size());
    return node.key_points_needed > 0 && node.key_points_needed <= all ? node.key_points_needed : all;
}

std::string phrases_text(const std::vector<std::string>& phrases) {
    std::string out;
    for (const auto& p : phrases)
        out += (out.empty() ? "" : ", ") + p;
    return out;
}

std::vector<std::string> phrases_from_text(std::string_view text) {
    std::vector<std::string> out;
    while (!text.empty()) {
        const std::size_t comma = text.find(',');
        std::string_view part = text.substr(0, comma);
        while (!part.empty() && (part.front() == ' ' || part.front() == '\t')) part.remove_prefix(1);
        while (!part.empty() && (part.back() == ' ' || part.back() == '\t')) part.remove_suffix(1);
        if (!part.empty()) out.emplace_back(part);
        if (comma == std::string_view::npos) break;
        text.remove_prefix(comma + 1);
    }
    return out;
}

bool names_key_point(const KeyPoint& point, std::string_view text) {
    return names_in(point, padded(text));
}

std::optional<scoring::KeyPointCoverage> key_point_coverage(const Node& node, std::string_view text) {
    if (node.key_points.empty()) return std::nullopt;
    const std::string t = padded(text);
    scoring::KeyPointCoverage out;
    out.needed = key_points_needed(node);
    out.goal = node.credits.empty() ? std::string() : node.credits.front();
    for (const auto& point : node.key_points)
        (names_in(point, t) ? out.covered : out.missed).push_back(point.text);
    return out;
}

} // namespace smo::core
