#include "cli/review_command.hpp"

#include "cli/review_data.hpp"
#include "core/atomic_file.hpp"
#include "core/cohort.hpp"
#include "core/cohort_csv.hpp"
#include "scoring/evaluate.hpp"

#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

namespace smo::cli {
namespace fs = std::filesystem;

namespace {

constexpr const char* kUsage =
    "gebruik: smo-trainer review MAP [--csv BESTAND] [--items BESTAND] [--json] [--data-dir MAP]\n"
    "                           [--scenarios MAP]\n"
    "  MAP        map met ingeleverde sessies (recursief), of één sessiebestand\n"
    "  --csv      cohort-CSV (één regel per sessie)\n"
    "  --items    item-CSV (één regel per uitspraak)\n"
    "  --json     {\"sessions\":[...]} op stdout in plaats van de tabel\n"
    "  exit       0 alles leesbaar en onbewerkt, 1 een bestand onleesbaar of bewerkt, 2 verkeerd gebruik\n";

struct ReviewArgs {
    fs::path dir;
    std::optional<fs::path> csv;
    std::optional<fs::path> items;
    std::optional<fs::path> data_dir;
    std::optional<fs::path> scenarios;
    bool json = false;
};

std::optional<ReviewArgs> parse_args(const std::vector<std::string>& args, std::ostream& err, bool& help) {
    ReviewArgs r;
    bool have_dir = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-h" || a == "--help") {
            help = true;
            return std::nullopt;
        } else if (a == "--json") {
            r.json = true;
        } else if (a == "--csv" || a == "--items" || a == "--data-dir" || a == "--scenarios") {
            if (i + 1 >= args.size()) {
                err << "smo-trainer review: " << a << " verwacht een waarde\n";
                return std::nullopt;
            }
            fs::path v = args[++i];
            if (a == "--csv")
                r.csv = v;
            else if (a == "--items")
                r.items = v;
            else if (a == "--data-dir")
                r.data_dir = v;
            else
                r.scenarios = v;
        } else if (a.size() > 1 && a[0] == '-') {
            err << "smo-trainer review: onbekende optie '" << a << "'\n";
            return std::nullopt;
        } else if (!have_dir) {
            r.dir = a;
            have_dir = true;
        } else {
            err << "smo-trainer review: maar één map tegelijk\n";
            return std::nullopt;
        }
    }
    if (!have_dir) {
        err << "smo-trainer review: geen map opgegeven\n";
        return std::nullopt;
    }
    return r;
}

/// One printed or JSON row: a readable entry or a problem, merged in path order.
struct Row {
    const core::CohortEntry* entry = nullptr;
    const core::CohortProblem* problem = nullptr;
    const fs::path& file() const { return entry ? entry->file : problem->file; }
};

std::vector<Row> rows_of(const core::Cohort& cohort) {
    std::vector<Row> rows;
    for (const auto& e : cohort.entries)
        rows.push_back({&e, nullptr});
    for (const auto& p : cohort.problems)
        rows.push_back({nullptr, &p});
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.file() < b.file(); });
    return rows;
}

template <typename T> nlohmann::json nullable(const std::optional<T>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json row_json(const Row& row) {
    nlohmann::json j;
    j["file"] = row.file().string();
    if (row.problem) {
        for (const char* key : {"session_id", "trainee", "scenario_id"})
            j[key] = nullptr;
        j["verification"] = core::verification_id(core::Verification::Unreadable);
        j["reason"] = row.problem->reason;
        return j;
    }
    const core::CohortEntry& e = *row.entry;
    j["session_id"] = e.session.session_id;
    j["trainee"] = e.trainee();
    j["scenario_id"] = e.scenario_id();
    j["verification"] = core::verification_id(e.verification);
    j["reason"] = e.verification_reason;
    j["scenario_source"] = e.scenario_source;
    j["scenario_version"] = e.session.scenario.version;
    j["mode"] = std::string(core::to_id(e.mode()));
    j["started_at"] = e.date();
    j["finished"] = e.finished();
    j["duration_minutes"] = nullable(e.duration_minutes);
    j["confidentiality"] = nullable(e.confidentiality_percent);
    j["violations"] = nullable(e.violations);
    j["goals"] = e.goal_percent;
    j["self_rating_gap"] = nullable(e.self_rating_gap);
    j["reflection_written"] = e.reflection_written;
    j["side_attempts"] = e.side_attempts;
    nlohmann::json diffs = nlohmann::json::array();
    for (const auto& d : e.differences)
        diffs.push_back({{"kind", core::difference_kind_id(d.kind)},
                         {"where", d.where},
                         {"field", d.field},
                         {"stored", d.stored},
                         {"replayed", d.replayed}});
    j["differences"] = diffs;
    return j;
}

void print_row(std::ostream& out, const Row& row) {
    if (row.problem) {
        out << "unreadable  " << row.problem->reason << "\n";
        return;
    }
    const core::CohortEntry& e = *row.entry;
    auto opt = [](const std::optional<int>& v) { return v ? std::to_string(*v) : std::string("-"); };
    out << core::verification_id(e.verification) << "  " << e.file.string() << "  " << e.trainee() << "  "
        << e.scenario_id() << "  " << core::to_id(e.mode()) << "  " << e.date() << "  "
        << opt(e.confidentiality_percent) << "/100  " << opt(e.violations) << " schendingen";
    if (!e.verification_reason.empty()) out << "  " << e.verification_reason;
    out << "\n";
}

bool bad(const Row& row) {
    return row.problem != nullptr || row.entry->verification == core::Verification::Edited ||
           row.entry->verification == core::Verification::Unreadable;
}

} // namespace

int run_review(const std::vector<std::string>& args, const fs::path& exe_path, std::ostream& out,
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
    const ReviewArgs& r = *parsed;
    std::error_code ec;
    if (!fs::exists(r.dir, ec)) {
        err << "smo-trainer review: " << r.dir.string() << " bestaat niet\n";
        return 2;
    }
    for (const auto& [name, target] : {std::pair{"--csv", r.csv}, std::pair{"--items", r.items}})
        if (target)
            if (auto refused = core::check_write_target(*target)) {
                err << "smo-trainer review: " << name << " " << *refused << "\n";
                return 2;
            }
    auto data = load_review_data("review", r.data_dir, r.scenarios, exe_path, err);
    if (!data) return 1;
    const scoring::Engine* engine = data->engine;
    const auto& library = data->library;
    const core::Cohort cohort =
        core::load_cohort(r.dir, library, *engine, engine->rulebase(), engine->rulebase().rulebase_version);

    const auto rows = rows_of(cohort);
    int code = 0;
    for (const auto& row : rows)
        if (bad(row)) code = 1;
    if (r.json) {
        nlohmann::json sessions = nlohmann::json::array();
        for (const auto& row : rows)
            sessions.push_back(row_json(row));
        out << nlohmann::json{{"sessions", sessions}}.dump(-1, ' ', false,
                                                           nlohmann::json::error_handler_t::replace)
            << "\n";
    } else {
        for (const auto& row : rows)
            print_row(out, row);
        out << rows.size() << " bestanden: " << cohort.entries.size() << " sessies, "
            << cohort.problems.size() << " onleesbaar\n";
    }
    if (r.csv)
        if (auto e = core::atomic_write(*r.csv, core::cohort_csv(cohort), 0600)) {
            err << "smo-trainer review: --csv " << *e << "\n";
            code = 1;
        }
    if (r.items)
        if (auto e = core::atomic_write(*r.items, core::items_csv(cohort), 0600)) {
            err << "smo-trainer review: --items " << *e << "\n";
            code = 1;
        }
    return code;
}

int run_review_command(const std::vector<std::string>& args, const fs::path& exe_path) {
    return run_review(args, exe_path, std::cout, std::cerr);
}

} // namespace smo::cli
