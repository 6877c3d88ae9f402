#include "cli/export_command.hpp"

#include "cli/review_data.hpp"
#include "core/atomic_file.hpp"
#include "core/cohort.hpp"
#include "core/paths.hpp"
#include "core/review_store.hpp"
#include "core/settings.hpp"
#include "core/xapi_live.hpp"
#include "core/xapi_statements.hpp"

#include <iostream>
#include <optional>

namespace smo::cli {
namespace fs = std::filesystem;

namespace {

constexpr const char* kUsage =
    "gebruik: smo-trainer export --xapi SESSIE [--out BESTAND] [--settings BESTAND]\n"
    "                           [--data-dir MAP] [--scenarios MAP]\n"
    "  SESSIE    sessiebestand (ingeleverd .smo.json of opgeslagen sessie)\n"
    "  --xapi    xAPI 1.0.3-statements als JSON-array (zonder --out naar stdout)\n"
    "  exit      0 geschreven, 1 sessie niet te exporteren of schrijven mislukt, 2 verkeerd gebruik\n";

struct ExportArgs {
    fs::path session;
    bool xapi = false;
    std::optional<fs::path> out, settings, data_dir, scenarios;
};

std::optional<ExportArgs> parse_args(const std::vector<std::string>& args, std::ostream& err, bool& help) {
    ExportArgs r;
    bool have_session = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-h" || a == "--help") {
            help = true;
            return std::nullopt;
        } else if (a == "--xapi") {
            r.xapi = true;
        } else if (a == "--out" || a == "--settings" || a == "--data-dir" || a == "--scenarios") {
            if (i + 1 >= args.size()) {
                err << "smo-trainer export: " << a << " verwacht een waarde\n";
                return std::nullopt;
            }
            const std::string& v = args[++i];
            (a == "--out"        ? r.out
             : a == "--settings" ? r.settings
             : a == "--data-dir" ? r.data_dir
                                 : r.scenarios) = v;
        } else if (a.size() > 1 && a[0] == '-') {
            err << "smo-trainer export: onbekende optie '" << a << "'\n";
            return std::nullopt;
        } else if (!have_session) {
            r.session = a;
            have_session = true;
        } else {
            err << "smo-trainer export: maar één sessie tegelijk\n";
            return std::nullopt;
        }
    }
    if (!r.xapi) {
        err << "smo-trainer export: kies een formaat: --xapi\n";
        return std::nullopt;
    }
    if (!have_session) {
        err << "smo-trainer export: geen sessiebestand opgegeven\n";
        return std::nullopt;
    }
    return r;
}

} // namespace

int run_export(const std::vector<std::string>& args, const fs::path& exe_path, std::ostream& out,
               std::ostream& err) {
    bool help = false;
    auto parsed = parse_args(args, err, help);
    if (help) {
        out << kUsage;
        return 0;
    }
    if (!parsed) {
        err << kUsage;
        return 2;
    }
    const ExportArgs& r = *parsed;
    if (r.out)
        if (auto refused = core::check_write_target(*r.out)) {
            err << "smo-trainer export: --out " << *refused << "\n";
            return 2;
        }
    // The actor and IRIs as the app would send them; a bad settings file is reported, never changed.
    const fs::path settings_file =
        r.settings.value_or(core::resolve_user_dirs(core::process_env()).config / "settings.json");
    std::string settings_error;
    const core::Settings settings =
        core::load_settings(settings_file, settings_error, core::BadSettingsFile::LeaveAlone);
    if (!settings_error.empty()) err << "smo-trainer export: waarschuwing: " << settings_error << "\n";

    auto data = load_review_data("export", r.data_dir, r.scenarios, exe_path, err);
    if (!data) return 1;
    // The LRS gets what the replay gives, never what the file claims.
    auto loaded = load_trusted_session("export", "geen export mogelijk", r.session, *data, err);
    if (!loaded) return 1;
    const core::CohortEntry* entry = &loaded->entry;
    const core::Session& trusted = loaded->session;
    auto review = core::load_review(entry->review_base(), entry->session.session_id, entry->file_sha256);
    if (!review.error.empty()) {
        err << "smo-trainer export: " << review.error << "\n";
        return 1;
    }
    const auto statements =
        core::build_xapi_statements(core::XapiInput{&trusted, entry->scenario.get(), &*entry->outcome,
                                                    review.review ? &*review.review : nullptr},
                                    core::xapi_options_from(settings));
    const std::string text = core::xapi_statements_json_array(statements);
    if (!r.out) {
        out << text;
        return 0;
    }
    if (auto e = core::atomic_write(*r.out, text, 0600)) {
        err << "smo-trainer export: --out " << *e << "\n";
        return 1;
    }
    err << "xAPI: " << statements.size() << " statements naar " << r.out->string() << "\n";
    return 0;
}

int run_export_command(const std::vector<std::string>& args, const fs::path& exe_path) {
    return run_export(args, exe_path, std::cout, std::cerr);
}

} // namespace smo::cli
