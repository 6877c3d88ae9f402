#include "cli/report_command.hpp"

#include "cli/review_data.hpp"
#include "core/atomic_file.hpp"
#include "core/cohort.hpp"
#include "core/report.hpp"
#include "core/review.hpp"
#include "scoring/evaluate.hpp"
#include "scoring/json/read_file.hpp"

#include <iostream>
#include <optional>

namespace smo::cli {
namespace fs = std::filesystem;

namespace {

constexpr const char* kUsage =
    "gebruik: smo-trainer report SESSIE [--review BESTAND] (--html UIT | --md UIT) [--lang nl|en]\n"
    "                           [--data-dir MAP] [--scenarios MAP]\n"
    "  SESSIE    sessiebestand (ingeleverd .smo.json of opgeslagen sessie)\n"
    "  exit      0 geschreven, 1 sessie niet te rapporteren of schrijven mislukt, 2 verkeerd gebruik\n";

struct ReportArgs {
    fs::path session;
    std::optional<fs::path> review, html, md, data_dir, scenarios;
    core::Language lang = core::Language::Dutch;
};

// The sidecar given with --review; it must belong to this session (id and, when set, file hash).
std::optional<core::Review> read_review_file(const fs::path& file, const core::CohortEntry& entry,
                                             std::ostream& err) {
    auto read = json::read_regular_file(file, core::kMaxReviewFileBytes);
    if (!read.ok()) {
        err << "smo-trainer report: --review " << read.error << "\n";
        return std::nullopt;
    }
    std::vector<json::Diagnostic> diags;
    auto review = core::review_from_json(*read.text, file.string(), diags);
    if (!review) {
        for (const auto& d : diags)
            if (d.severity == json::DiagSeverity::Error) err << json::format_gcc(d) << "\n";
        return std::nullopt;
    }
    if (review->session_id != entry.session.session_id ||
        (!review->session_sha256.empty() && review->session_sha256 != entry.file_sha256)) {
        err << "smo-trainer report: " << file.string() << ": deze feedback hoort bij een andere sessie ("
            << review->session_id << "); kies de .review.json naast " << entry.file.filename().string()
            << "\n";
        return std::nullopt;
    }
    return review;
}

std::optional<ReportArgs> parse_args(const std::vector<std::string>& args, std::ostream& err, bool& help) {
    ReportArgs r;
    bool have_session = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-h" || a == "--help") {
            help = true;
            return std::nullopt;
        } else if (a == "--review" || a == "--html" || a == "--md" || a == "--data-dir" ||
                   a == "--scenarios" || a == "--lang") {
            if (i + 1 >= args.size()) {
                err << "smo-trainer report: " << a << " verwacht een waarde\n";
                return std::nullopt;
            }
            const std::string& v = args[++i];
            if (a == "--review")
                r.review = v;
            else if (a == "--html")
                r.html = v;
            else if (a == "--md")
                r.md = v;
            else if (a == "--data-dir")
                r.data_dir = v;
            else if (a == "--scenarios")
                r.scenarios = v;
            else if (auto lang = core::parse_language(v))
                r.lang = *lang;
            else {
                err << "smo-trainer report: --lang is nl of en\n";
                return std::nullopt;
            }
        } else if (a.size() > 1 && a[0] == '-') {
            err << "smo-trainer report: onbekende optie '" << a << "'\n";
            return std::nullopt;
        } else if (!have_session) {
            r.session = a;
            have_session = true;
        } else {
            err << "smo-trainer report: maar één sessie tegelijk\n";
            return std::nullopt;
        }
    }
    if (!have_session) {
        err << "smo-trainer report: geen sessiebestand opgegeven\n";
        return std::nullopt;
    }
    if (!r.html && !r.md) {
        err << "smo-trainer report: --html of --md ontbreekt\n";
        return std::nullopt;
    }
    return r;
}

} // namespace

int run_report(const std::vector<std::string>& args, const fs::path& exe_path, std::ostream& out,
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
    const ReportArgs& r = *parsed;
    for (const auto& [name, target] : {std::pair{"--html", r.html}, std::pair{"--md", r.md}})
        if (target)
            if (auto refused = core::check_write_target(*target)) {
                err << "smo-trainer report: " << name << " " << *refused << "\n";
                return 2;
            }
    auto data = load_review_data("report", r.data_dir, r.scenarios, exe_path, err);
    if (!data) return 1;
    core::Strings strings;
    strings.active = r.lang;
    for (auto [lang, table] :
         {std::pair{core::Language::Dutch, &strings.nl}, std::pair{core::Language::English, &strings.en}})
        if (auto e = core::StringTable::load(data->data_dir, lang, *table)) {
            err << "smo-trainer report: " << *e << "\n";
            return 1;
        }

    // The report shows what the replay gives, never what the file claims.
    auto loaded = load_trusted_session("report", "geen verslag mogelijk", r.session, *data, err);
    if (!loaded) return 1;
    const core::CohortEntry* entry = &loaded->entry;
    const core::Session& trusted = loaded->session;
    std::optional<core::Review> review;
    if (r.review) {
        review = read_review_file(*r.review, *entry, err);
        if (!review) return 1;
    }
    core::ReportInput input{&trusted, entry->scenario.get(), &*entry->outcome, review ? &*review : nullptr};
    if (r.html) {
        if (auto e = core::atomic_write(*r.html, core::report_html(input, strings), 0600)) {
            err << "smo-trainer report: --html " << *e << "\n";
            return 1;
        }
        out << "verslag: " << r.html->string() << "\n";
    }
    if (r.md) {
        if (auto e = core::atomic_write(*r.md, core::report_markdown(input, strings), 0600)) {
            err << "smo-trainer report: --md " << *e << "\n";
            return 1;
        }
        out << "verslag: " << r.md->string() << "\n";
    }
    return 0;
}

int run_report_command(const std::vector<std::string>& args, const fs::path& exe_path) {
    return run_report(args, exe_path, std::cout, std::cerr);
}

} // namespace smo::cli
