#include "core/review_store.hpp"
#include "core/paths.hpp"

#include "core/atomic_file.hpp"
#include "core/file_lock.hpp"
#include "scoring/json/document.hpp"
#include "scoring/json/read_file.hpp"

#include <functional>
#include <utility>
#include <vector>

namespace smo::core {
namespace fs = std::filesystem;

namespace {

/// The sidecar as it is on disk: absent, readable, or an error that says where.
struct SidecarRead {
    bool absent = false;
    std::optional<Review> review;
    std::string error;
};

std::string join_errors(const std::vector<json::Diagnostic>& diags) {
    std::string out;
    for (const auto& d : diags) {
        if (d.severity != json::DiagSeverity::Error) continue;
        if (!out.empty()) out += "\n";
        out += json::format_gcc(d);
    }
    return out;
}

/// A located error at `pointer` of the sidecar text (reparsed: only on the rare mismatch path).
std::string located(std::string_view text, const std::string& file, const std::string& pointer,
                    std::string message) {
    std::vector<json::Diagnostic> ignored;
    json::Position pos{0, 0};
    if (auto doc = json::parse(text, file, json::Limits{kMaxReviewFileBytes, 16, 64u * 1024u}, ignored))
        pos = doc->map.at(pointer);
    return json::format_gcc(
        json::make_diagnostic(json::DiagCode::InvalidValue, file, std::move(message), pos, pointer));
}

SidecarRead read_sidecar(const fs::path& sidecar, const std::string& expected_id,
                         const std::string& expected_sha) {
    SidecarRead out;
    auto read = json::read_regular_file(sidecar, kMaxReviewFileBytes);
    if (!read.ok()) {
        if (read.failure == json::ReadFailure::Missing)
            out.absent = true;
        else
            out.error = read.error;
        return out;
    }
    const std::string file = sidecar.string();
    std::vector<json::Diagnostic> diags;
    auto review = review_from_json(*read.text, file, diags);
    if (!review) {
        out.error = join_errors(diags);
        return out;
    }
    if (!expected_id.empty() && review->session_id != expected_id) {
        out.error = located(*read.text, file, "/session_id",
                            "deze beoordeling hoort bij een andere sessie ('" + review->session_id +
                                "', niet '" + expected_id + "'); zet haar naast de sessie waar ze bij hoort");
        return out;
    }
    if (!expected_sha.empty() && review->session_sha256 != expected_sha) {
        out.error = located(*read.text, file, "/session_sha256",
                            "deze beoordeling hoort bij een andere versie van de sessie (session_sha256 "
                            "verschilt): het sessiebestand is na de beoordeling veranderd of vervangen");
        return out;
    }
    out.review = std::move(review);
    return out;
}

/// Lock, read what is on disk, merge, check the result reads back, write atomically.
std::optional<std::string>
locked_merge_write(const fs::path& session_file, const Review& mine,
                   const std::function<Review(const std::optional<Review>&)>& merge, Review* written) {
    if (mine.session_id.empty() || mine.session_sha256.empty())
        return std::string("beoordeling niet opgeslagen: session_id of session_sha256 ontbreekt");
    const fs::path sidecar = review_path_for(session_file);
    std::string error;
    // A zip member's sidecar lives in "<zip>.reviews/", made on the first save.
    if (std::error_code ec; !fs::exists(sidecar.parent_path(), ec) && !ensure_private_dir(sidecar.parent_path(), error))
        return "beoordeling niet opgeslagen: " + error;
    auto lock = FileLock::acquire(review_lock_path_for(session_file), error);
    if (!lock) return "beoordeling niet opgeslagen: " + error;
    SidecarRead disk = read_sidecar(sidecar, mine.session_id, mine.session_sha256);
    if (!disk.absent && !disk.review)
        return "beoordeling niet opgeslagen; het bestaande bestand blijft zoals het is:\n" + disk.error;
    Review merged = merge(disk.review);
    std::string text = review_to_json(merged);
    // Never write a file this program would refuse to read (e.g. a malformed time stamp).
    std::vector<json::Diagnostic> diags;
    if (!review_from_json(text, sidecar.string(), diags))
        return "beoordeling niet opgeslagen: ze zou onleesbaar worden:\n" + join_errors(diags);
    if (auto failed = atomic_write(sidecar, text, 0600)) return "beoordeling niet opgeslagen: " + *failed;
    if (written) *written = std::move(merged);
    return std::nullopt;
}

} // namespace

fs::path review_path_for(const fs::path& session_file) {
    return fs::path(session_file.string() + ".review.json");
}

fs::path review_lock_path_for(const fs::path& session_file) {
    return fs::path(review_path_for(session_file).string() + ".lock");
}

ReviewLoad load_review(const fs::path& session_file, const std::string& expected_session_id,
                       const std::string& expected_sha256) {
    SidecarRead read = read_sidecar(review_path_for(session_file), expected_session_id, expected_sha256);
    return ReviewLoad{std::move(read.review), std::move(read.error)};
}

std::optional<std::string> save_review(const fs::path& session_file, const Review& review) {
    return locked_merge_write(
        session_file, review,
        [&](const std::optional<Review>& disk) {
            return disk ? merge_reviews(*disk, review) : merge_reviews({}, review);
        },
        nullptr);
}

std::optional<std::string> save_review_edits(const fs::path& session_file, const Review& base,
                                             const Review& edited, Review* written) {
    // No sidecar on disk (first save, or removed meanwhile): the base is all there is.
    return locked_merge_write(
        session_file, edited,
        [&](const std::optional<Review>& disk) {
            return merge_review_edits(disk ? *disk : base, base, edited);
        },
        written);
}

} // namespace smo::core
