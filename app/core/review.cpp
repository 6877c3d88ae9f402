#include "core/review.hpp"

#include "scoring/json/document.hpp"
#include "scoring/json/reader.hpp"

#include <algorithm>
#include <cstdint>
#include <tuple>

namespace smo::core {
namespace {

using json::DiagCode;
using json::Json;

constexpr json::Limits kReviewLimits{kMaxReviewFileBytes, 16, 64u * 1024u};
constexpr std::size_t kMaxReviewItems = 10000;

/// "2026-12-05T18:30:00Z": merging compares these as text, which is only time order in one format.
bool is_iso_utc(std::string_view s) {
    static constexpr std::string_view kPattern = "dddd-dd-ddTdd:dd:ddZ";
    if (s.size() != kPattern.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (kPattern[i] == 'd' ? (s[i] < '0' || s[i] > '9') : s[i] != kPattern[i]) return false;
    }
    return true;
}

std::string timestamp(json::Reader& r, const Json& obj, const std::string& ptr, std::string_view key,
                      bool required) {
    std::string s = r.string(obj, ptr, key, required);
    if (!s.empty() && !is_iso_utc(s))
        r.report(DiagCode::InvalidValue, json::pointer_append(ptr, key),
                 "'" + std::string(key) + "' moet een UTC-tijd zijn zoals 2026-12-05T18:30:00Z, niet '" + s +
                     "'");
    else if (s.empty() && required && obj.contains(key))
        r.report(DiagCode::InvalidValue, json::pointer_append(ptr, key),
                 "'" + std::string(key) + "' is leeg");
    return s;
}

std::string non_empty(json::Reader& r, const Json& obj, const std::string& ptr, std::string_view key) {
    std::string s = r.string(obj, ptr, key, true);
    if (s.empty() && obj.contains(key) && obj.at(std::string(key)).is_string())
        r.report(DiagCode::InvalidValue, json::pointer_append(ptr, key),
                 "'" + std::string(key) + "' is leeg");
    return s;
}

/// Reports a missing, non-integer, too-new or too-old schema_version; true when it can be read.
bool check_schema_version(json::Reader& r, const Json& j) {
    auto it = j.find("schema_version");
    if (it == j.end() || !it->is_number_integer()) {
        r.report(DiagCode::SchemaVersionMissing, it == j.end() ? "" : "/schema_version",
                 "schema_version ontbreekt of is geen geheel getal; dit is geen beoordelingsbestand van "
                 "SMO-trainer");
        return false;
    }
    const bool too_new = it->is_number_unsigned() ? it->get<std::uint64_t>() > kReviewSchemaVersion
                                                  : it->get<std::int64_t>() > kReviewSchemaVersion;
    if (too_new) {
        r.report(DiagCode::SchemaVersionNew, "/schema_version",
                 "schema_version " + it->dump() + " is nieuwer dan dit programma leest (" +
                     std::to_string(kReviewSchemaVersion) + "); werk SMO-trainer bij");
        return false;
    }
    if (it->get<std::int64_t>() < 1) {
        r.report(DiagCode::SchemaVersionOld, "/schema_version",
                 "schema_version " + it->dump() + " bestaat niet (de eerste is 1)");
        return false;
    }
    return true;
}

Json comment_to_json(const TurnComment& c) {
    return {{"turn_id", c.turn_id}, {"text", c.text}, {"author", c.author}, {"at", c.at}};
}

Json override_to_json(const FindingOverride& o) {
    return {{"turn_id", o.turn_id},
            {"rule_id", o.rule_id},
            {"agree", o.agree},
            {"reason", o.reason},
            {"original_verdict", o.original_verdict},
            {"author", o.author},
            {"at", o.at}};
}

auto comment_key(const TurnComment& c) {
    return std::tie(c.turn_id, c.author);
}
auto override_key(const FindingOverride& o) {
    return std::tie(o.turn_id, o.rule_id, o.author);
}

/// Puts `item` into `items`: replaces the one with the same key when `item` is newer (or equally
/// new: the later argument wins ties), else appends.
template <typename T, typename Key> void put_newer(std::vector<T>& items, const T& item, Key key) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return key(x) == key(item); });
    if (it == items.end())
        items.push_back(item);
    else if (item.at >= it->at)
        *it = item;
}

template <typename T, typename Key>
std::vector<T> merge_items(const std::vector<T>& a, const std::vector<T>& b, Key key) {
    std::vector<T> out;
    out.reserve(a.size() + b.size());
    for (const T& x : a)
        put_newer(out, x, key);
    for (const T& x : b)
        put_newer(out, x, key);
    return out;
}

/// Applies the editor's changes of one list (edited vs base) onto `disk`, by key.
template <typename T, typename Key>
std::vector<T> apply_item_edits(const std::vector<T>& disk, const std::vector<T>& base,
                                const std::vector<T>& edited, Key key) {
    std::vector<T> out = disk;
    auto find = [&](auto& items, const T& x) {
        return std::find_if(items.begin(), items.end(), [&](const T& y) { return key(y) == key(x); });
    };
    for (const T& b : base) {
        if (find(edited, b) != edited.end()) continue;
        // Removed by this editor: remove it from disk unless someone else changed it since.
        auto it = find(out, b);
        if (it != out.end() && *it == b) out.erase(it);
    }
    for (const T& e : edited) {
        auto was = find(base, e);
        if (was != base.end() && *was == e) continue; // untouched here: disk's copy stands
        auto it = find(out, e);
        if (it == out.end())
            out.push_back(e);
        else
            *it = e;
    }
    return out;
}

} // namespace

std::string_view to_id(ReviewStatus status) {
    return kReviewStatusLabels.at(static_cast<std::size_t>(status));
}

std::optional<ReviewStatus> review_status_from_id(std::string_view id) {
    auto i = json::label_index(kReviewStatusLabels, id);
    return i ? std::optional<ReviewStatus>(static_cast<ReviewStatus>(*i)) : std::nullopt;
}

std::string review_to_json(const Review& r) {
    Json comments = Json::array();
    for (const auto& c : r.turn_comments)
        comments.push_back(comment_to_json(c));
    Json overrides = Json::array();
    for (const auto& o : r.overrides)
        overrides.push_back(override_to_json(o));
    Json sign_off =
        r.sign_off ? Json{{"reviewer", r.sign_off->reviewer}, {"at", r.sign_off->at}} : Json(nullptr);
    Json j = {
        {"schema_version", kReviewSchemaVersion},
        {"session_id", r.session_id},
        {"session_sha256", r.session_sha256},
        {"reviewers", r.reviewers},
        {"status", std::string(to_id(r.status))},
        {"turn_comments", std::move(comments)},
        {"overrides", std::move(overrides)},
        {"overall", {{"went_well", r.overall.went_well}, {"could_be_better", r.overall.could_be_better}}},
        {"sign_off", std::move(sign_off)},
        {"updated_at", r.updated_at}};
    return j.dump(2) + "\n";
}

std::optional<Review> review_from_json(std::string_view text, const std::string& file,
                                       std::vector<json::Diagnostic>& diags) {
    auto doc = json::parse(text, file, kReviewLimits, diags);
    if (!doc) return std::nullopt;
    json::Reader r(doc->map, diags, file, kMaxReviewItems);
    const Json& j = doc->root;
    if (!r.expect_object(j, "", "een beoordelingsbestand")) return std::nullopt;
    if (!check_schema_version(r, j)) return std::nullopt;
    r.allowed_keys(j, "",
                   {"schema_version", "session_id", "session_sha256", "reviewers", "status", "turn_comments",
                    "overrides", "overall", "sign_off", "updated_at"});

    Review review;
    review.session_id = non_empty(r, j, "", "session_id");
    review.session_sha256 = non_empty(r, j, "", "session_sha256");
    review.reviewers = r.strings(j, "", "reviewers", false);
    if (auto s = r.enumeration<ReviewStatus>(j, "", "status", true, kReviewStatusLabels)) review.status = *s;

    r.list(j, "", "turn_comments", false, [&](const Json& c, const std::string& ptr) {
        if (!r.expect_object(c, ptr, "een opmerking")) return;
        r.allowed_keys(c, ptr, {"turn_id", "text", "author", "at"});
        TurnComment tc;
        tc.turn_id = non_empty(r, c, ptr, "turn_id");
        tc.text = r.string(c, ptr, "text", true);
        tc.author = non_empty(r, c, ptr, "author");
        tc.at = timestamp(r, c, ptr, "at", true);
        review.turn_comments.push_back(std::move(tc));
    });
    r.list(j, "", "overrides", false, [&](const Json& o, const std::string& ptr) {
        if (!r.expect_object(o, ptr, "een oordeel over een bevinding")) return;
        r.allowed_keys(o, ptr, {"turn_id", "rule_id", "agree", "reason", "original_verdict", "author", "at"});
        FindingOverride fo;
        fo.turn_id = non_empty(r, o, ptr, "turn_id");
        fo.rule_id = r.string(o, ptr, "rule_id", true);
        fo.agree = r.boolean(o, ptr, "agree", true, false);
        fo.reason = r.string(o, ptr, "reason", false);
        if (auto v = r.label(o, ptr, "original_verdict", true, kOverrideVerdictLabels))
            fo.original_verdict = std::string(kOverrideVerdictLabels.at(*v));
        fo.author = non_empty(r, o, ptr, "author");
        fo.at = timestamp(r, o, ptr, "at", true);
        review.overrides.push_back(std::move(fo));
    });
    if (const Json* overall = r.get(j, "", "overall", false)) {
        if (r.expect_object(*overall, "/overall", "'overall'")) {
            r.allowed_keys(*overall, "/overall", {"went_well", "could_be_better"});
            review.overall.went_well = r.string(*overall, "/overall", "went_well", false);
            review.overall.could_be_better = r.string(*overall, "/overall", "could_be_better", false);
        }
    }
    if (const Json* so = r.get(j, "", "sign_off", false); so != nullptr && !so->is_null()) {
        if (r.expect_object(*so, "/sign_off", "'sign_off' (of null)")) {
            r.allowed_keys(*so, "/sign_off", {"reviewer", "at"});
            SignOff s;
            s.reviewer = non_empty(r, *so, "/sign_off", "reviewer");
            s.at = timestamp(r, *so, "/sign_off", "at", true);
            review.sign_off = std::move(s);
        }
    }
    review.updated_at = timestamp(r, j, "", "updated_at", false);
    if (r.errors() > 0) return std::nullopt;
    return review;
}

Review merge_reviews(const Review& a, const Review& b) {
    Review out;
    out.session_id = a.session_id.empty() ? b.session_id : a.session_id;
    out.session_sha256 = a.session_sha256.empty() ? b.session_sha256 : a.session_sha256;
    out.reviewers = a.reviewers;
    for (const auto& name : b.reviewers)
        if (std::find(out.reviewers.begin(), out.reviewers.end(), name) == out.reviewers.end())
            out.reviewers.push_back(name);
    out.turn_comments = merge_items(a.turn_comments, b.turn_comments, comment_key);
    out.overrides = merge_items(a.overrides, b.overrides, override_key);
    const Review& newer = a.updated_at > b.updated_at ? a : b;
    out.status = newer.status;
    out.overall = newer.overall;
    out.sign_off = newer.sign_off;
    out.updated_at = newer.updated_at;
    return out;
}

Review merge_review_edits(const Review& disk, const Review& base, const Review& edited) {
    Review out = disk;
    if (out.session_id.empty()) out.session_id = edited.session_id;
    if (out.session_sha256.empty()) out.session_sha256 = edited.session_sha256;
    for (const auto& name : edited.reviewers)
        if (std::find(out.reviewers.begin(), out.reviewers.end(), name) == out.reviewers.end())
            out.reviewers.push_back(name);
    out.turn_comments =
        apply_item_edits(disk.turn_comments, base.turn_comments, edited.turn_comments, comment_key);
    out.overrides = apply_item_edits(disk.overrides, base.overrides, edited.overrides, override_key);
    if (edited.status != base.status) out.status = edited.status;
    if (edited.overall != base.overall) out.overall = edited.overall;
    if (edited.sign_off != base.sign_off) out.sign_off = edited.sign_off;
    if (edited.updated_at > out.updated_at) out.updated_at = edited.updated_at;
    return out;
}

} // namespace smo::core
