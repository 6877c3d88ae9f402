#include "core/hand_in.hpp"

#include "core/atomic_file.hpp"
#include "core/report.hpp"
#include "core/scenario_loader.hpp"
#include "core/session_outcome.hpp"
#include "core/sha256.hpp"
#include "scoring/json/document.hpp"

#include <cctype>
#include <system_error>

namespace smo::core {
namespace fs = std::filesystem;
using json::Json;

namespace {

std::string slug(const std::string& s, const char* fallback) {
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) && c < 0x80)
            out += static_cast<char>(std::tolower(c));
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? std::string(fallback) : out;
}

bool taken(const fs::path& p) {
    std::error_code ec;
    return fs::symlink_status(p, ec).type() != fs::file_type::not_found;
}

} // namespace

bool EmbeddedScenario::intact() const {
    return sha256_hex(text) == sha256;
}

std::string hand_in_stem(const std::string& trainee, const std::string& scenario_id,
                         const std::string& iso_date) {
    return slug(trainee, "anoniem") + "-" + slug(scenario_id, "scenario") + "-" +
           slug(iso_date.substr(0, std::min<std::size_t>(10, iso_date.size())), "datum");
}

std::string hand_in_json(const Session& session, const EmbeddedScenario& embedded) {
    Json j = Json::parse(session_to_json(session));
    j["embedded_scenario"] = {{"sha256", embedded.sha256}, {"file", embedded.file}, {"text", embedded.text}};
    return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

HandInResult hand_in(const Session& session, const LibraryEntry& scenario_entry, const fs::path& dest_dir,
                     const scoring::Rulebase& rules, const Strings& strings) {
    HandInResult result;
    if (!scenario_entry.ok()) {
        result.error = "scenario '" + session.scenario.id + "' is niet geladen; inleveren kan niet";
        return result;
    }
    std::string error;
    auto bytes = read_file(scenario_entry.path, error);
    if (!bytes) {
        result.error = "scenariobestand niet leesbaar: " + error;
        return result;
    }
    EmbeddedScenario embedded{sha256_hex(*bytes), scenario_entry.path.filename().string(), std::move(*bytes)};
    if (embedded.sha256 != session.scenario.sha256) {
        // A copy of another version would make the handed-in file fail its own verification.
        result.error = "het scenariobestand " + scenario_entry.path.string() +
                       " is gewijzigd sinds deze sessie gespeeld is; lever in met de versie die gespeeld is";
        return result;
    }
    std::error_code ec;
    if (!fs::is_directory(dest_dir, ec)) {
        result.error = "map " + dest_dir.string() + " bestaat niet";
        return result;
    }
    const std::string date = session.ended_at.empty() ? session.started_at : session.ended_at;
    const std::string stem = hand_in_stem(session.trainee, session.scenario.id, date);
    // Never replace an earlier hand-in (or its report): the first free "-N" suffix for both files.
    for (int n = 1; n < 10000; ++n) {
        std::string name = n == 1 ? stem : stem + "-" + std::to_string(n);
        fs::path json_path = dest_dir / (name + ".smo.json");
        fs::path html_path = dest_dir / (name + ".html");
        if (taken(json_path) || taken(html_path)) continue;
        result.session_file = json_path;
        result.report_file = html_path;
        break;
    }
    if (result.session_file.empty()) {
        result.error = "geen vrije bestandsnaam voor " + stem + " in " + dest_dir.string();
        return result;
    }
    for (const auto& target : {result.session_file, result.report_file})
        if (auto refused = check_write_target(target)) {
            result.error = *refused;
            return result;
        }
    auto loaded = load_scenario_text(embedded.text, embedded.file);
    const Scenario& scenario = loaded.scenario ? *loaded.scenario : *scenario_entry.scenario;
    SessionOutcome outcome = compute_outcome(session, scenario, rules);
    ReportInput input{&session, &scenario, &outcome};
    if (auto err = atomic_write(result.session_file, hand_in_json(session, embedded), 0600)) {
        result.error = *err;
        return result;
    }
    if (auto err = atomic_write(result.report_file, report_html(input, strings), 0600)) {
        result.error = *err;
        return result;
    }
    return result;
}

std::optional<EmbeddedScenario> read_embedded_scenario(std::string_view session_text, std::string& error) {
    error.clear();
    // Most session files have no copy; skip the second parse for them.
    if (session_text.find("\"embedded_scenario\"") == std::string_view::npos) return std::nullopt;
    std::vector<json::Diagnostic> diags;
    const json::Limits limits{64u * 1024u * 1024u, 64, 4u * 1024u * 1024u};
    // Without positions first (the cohort reads hundreds of these); again with them only to say
    // where a broken file is broken.
    auto doc = json::parse(session_text, "", limits, diags, json::Positions::Skip);
    if (!doc) {
        diags.clear();
        doc = json::parse(session_text, "", limits, diags);
    }
    if (!doc || !doc->root.is_object()) {
        error = diags.empty() ? "geen JSON-object" : json::format_gcc(diags.front());
        return std::nullopt;
    }
    auto it = doc->root.find("embedded_scenario");
    if (it == doc->root.end()) return std::nullopt;
    const Json& e = *it;
    auto str = [&](const char* key) -> const std::string* {
        auto f = e.find(key);
        return f != e.end() && f->is_string() ? f->get_ptr<const std::string*>() : nullptr;
    };
    if (!e.is_object() || !str("sha256") || !str("text")) {
        error = "embedded_scenario moet een object zijn met de teksten 'sha256' en 'text' (at "
                "/embedded_scenario)";
        return std::nullopt;
    }
    EmbeddedScenario out;
    out.sha256 = *str("sha256");
    out.text = *str("text");
    if (const auto* f = str("file")) out.file = *f;
    return out;
}

} // namespace smo::core
