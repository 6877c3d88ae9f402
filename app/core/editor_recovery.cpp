#include "core/editor_recovery.hpp"

#include "core/atomic_file.hpp"
#include "core/paths.hpp"
#include "core/session.hpp"
#include "core/sha256.hpp"
#include "scoring/json/document.hpp"

#include <algorithm>
#include <system_error>

namespace smo::core {
namespace fs = std::filesystem;

namespace {

constexpr int kRecoveryVersion = 1;
constexpr const char* kKind = "smo-editor-recovery";

// The text is a whole scenario (up to 4 MiB), so the string limit is the file limit.
json::Limits recovery_limits() {
    return json::Limits{16u * 1024u * 1024u, 8, 8u * 1024u * 1024u};
}

std::string string_field(const json::Json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<EditorRecovery> parse_recovery(const fs::path& file, std::string& error) {
    auto text = read_file(file, error, recovery_limits().max_bytes);
    if (!text) return std::nullopt;
    std::vector<Diagnostic> diags;
    auto doc = json::parse(*text, file.string(), recovery_limits(), diags);
    if (!doc) {
        error = diags.empty() ? file.string() + ": geen geldige JSON" : format_gcc(diags.front());
        return std::nullopt;
    }
    const json::Json& j = doc->root;
    if (!j.is_object() || string_field(j, "kind") != kKind) {
        error = file.string() + ": geen herstelbestand van de editor";
        return std::nullopt;
    }
    auto version = j.find("schema_version");
    if (version == j.end() || !version->is_number_integer() || version->get<int>() != kRecoveryVersion) {
        error = file.string() + ": onbekende versie van het herstelbestand (werk SMO-trainer bij)";
        return std::nullopt;
    }
    auto body = j.find("text");
    if (body == j.end() || !body->is_string()) {
        error = file.string() + ": het veld 'text' ontbreekt";
        return std::nullopt;
    }
    EditorRecovery r;
    r.scenario_id = string_field(j, "scenario_id");
    r.target = string_field(j, "target");
    r.text = body->get<std::string>();
    r.saved_at = string_field(j, "saved_at");
    r.target_sha256 = string_field(j, "target_sha256");
    r.file = file;
    return r;
}

} // namespace

fs::path recovery_dir(const fs::path& state_dir) {
    return state_dir / "editor-recovery";
}

FileResult write_recovery(const fs::path& state_dir, EditorRecovery& recovery) {
    FileResult result;
    fs::path dir = recovery_dir(state_dir);
    if (!ensure_private_dir(dir, result.error)) return result;
    recovery.saved_at = utc_timestamp_now();
    json::Json j = json::Json::object();
    j["schema_version"] = kRecoveryVersion;
    j["kind"] = kKind;
    j["scenario_id"] = recovery.scenario_id;
    j["target"] = recovery.target.string();
    j["saved_at"] = recovery.saved_at;
    j["target_sha256"] = recovery.target_sha256;
    j["text"] = recovery.text;
    std::string name = is_valid_id(recovery.scenario_id) ? recovery.scenario_id : "document";
    fs::path file = dir / (name + ".json");
    // replace: a half-typed invalid byte must not lose the rest of the document.
    if (auto err = atomic_write(file, j.dump(2, ' ', false, json::Json::error_handler_t::replace) + "\n")) {
        result.error = *err;
        return result;
    }
    recovery.file = file;
    result.path = file;
    return result;
}

PendingRecoveries list_recoveries(const fs::path& state_dir) {
    PendingRecoveries out;
    std::error_code ec;
    fs::path dir = recovery_dir(state_dir);
    if (!fs::is_directory(dir, ec)) return out;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path& p = it->path();
        // Skip the temp files of an interrupted atomic_write (dot files) and anything not *.json.
        if (p.extension() != ".json" || p.filename().string().front() == '.') continue;
        std::string error;
        if (auto r = parse_recovery(p, error))
            out.pending.push_back(std::move(*r));
        else
            out.problems.push_back(error);
    }
    std::sort(out.pending.begin(), out.pending.end(),
              [](const EditorRecovery& a, const EditorRecovery& b) { return a.file < b.file; });
    std::sort(out.problems.begin(), out.problems.end());
    return out;
}

std::optional<RestoredDocument> restore_recovery(const fs::path& recovery_file, std::string& error) {
    auto r = parse_recovery(recovery_file, error);
    if (!r) return std::nullopt;
    RestoredDocument doc;
    doc.recovery = std::move(*r);
    std::error_code ec;
    if (!doc.recovery.target.empty() && fs::exists(doc.recovery.target, ec)) {
        std::string read_error;
        auto current = read_file(doc.recovery.target, read_error);
        doc.target_changed = !current || sha256_hex(*current) != doc.recovery.target_sha256;
    } else {
        // Gone (or never saved): changed only when it existed when editing began.
        doc.target_changed = !doc.recovery.target_sha256.empty();
    }
    return doc;
}

std::optional<std::string> discard_recovery(const EditorRecovery& recovery) {
    std::error_code ec;
    if (recovery.file.empty()) return std::nullopt;
    if (!fs::remove(recovery.file, ec) && ec)
        return "kan herstelbestand niet verwijderen: " + recovery.file.string();
    return std::nullopt;
}

} // namespace smo::core
