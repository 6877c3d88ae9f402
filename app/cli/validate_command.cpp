#include "cli/validate_command.hpp"

#include "cli/evaluator_factory.hpp"
#include "core/option_audit.hpp"
#include "core/paths.hpp"
#include "core/scenario_library.hpp"
#include "core/scenario_validator.hpp"
#include "scoring/rulebase.hpp"

#include <iostream>
#include <nlohmann/json.hpp>

namespace smo::cli {
namespace fs = std::filesystem;

namespace {

constexpr const char* kUsage =
    "gebruik: smo-trainer validate PAD... [--json] [--audit] [--data-dir MAP]\n"
    "  PAD      scenariobestand of map (alle *.json eronder, behalve *.schema.json)\n"
    "  --audit  alle opties toetsen: elke optie, compose-combinatie en modelantwoord door de scoring\n"
    "           (SC040/SC041 bij een verschil met de bedoeling van de auteur) en de hele tabel tonen\n"
    "  exit  0 geen fouten (waarschuwingen mogen), 1 fouten gevonden, 2 verkeerd gebruik\n";

nlohmann::json diag_json(const core::Diagnostic& d) {
    return {{"code", std::string(core::diag_id(d.code))},
            {"line", d.line},
            {"column", d.column},
            {"pointer", d.pointer},
            {"message", d.message}};
}

nlohmann::json audit_json(const core::AuditedStatement& row, const json::SourceMap& map) {
    auto pos = map.at(row.pointer);
    return {{"node", row.node_id},
            {"option", row.option_id},
            {"pointer", row.pointer},
            {"line", pos.line},
            {"column", pos.column},
            {"intent", core::intent_id(row.intent)},
            {"intent_reason", row.intent_reason},
            {"verdict", scoring::verdict_id(row.evaluation.verdict)},
            {"rules", row.evaluation.rule_ids()},
            {"mismatch", row.mismatch()}};
}

std::string audit_line(const std::string& file, const core::AuditedStatement& row,
                       const json::SourceMap& map) {
    auto pos = map.at(row.pointer);
    std::string rules = row.evaluation.rule_list();
    return file + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) +
           ": audit: " + row.node_id + "/" + row.option_id + ": bedoeld " + core::intent_id(row.intent) +
           ", oordeel " + scoring::verdict_id(row.evaluation.verdict) +
           (rules.empty() ? "" : " (" + rules + ")") + (row.mismatch() ? " <- MISMATCH" : "");
}

} // namespace

int run_validate(const std::vector<std::string>& args, const fs::path& exe_path, std::ostream& out,
                 std::ostream& err) {
    bool json = false;
    bool audit = false;
    std::optional<fs::path> data_dir_override;
    std::vector<fs::path> paths;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--json")
            json = true;
        else if (a == "--audit")
            audit = true;
        else if (a == "-h" || a == "--help") {
            out << kUsage;
            return 0;
        } else if (a == "--data-dir") {
            if (i + 1 >= args.size()) {
                err << "smo-trainer validate: --data-dir verwacht een map\n" << kUsage;
                return 2;
            }
            data_dir_override = fs::path(args[++i]);
        } else if (a.size() > 1 && a[0] == '-') {
            err << "smo-trainer validate: onbekende optie '" << a << "'\n" << kUsage;
            return 2;
        } else {
            paths.emplace_back(a);
        }
    }
    if (paths.empty()) {
        err << "smo-trainer validate: geen bestand of map opgegeven\n" << kUsage;
        return 2;
    }

    // Rule ids come from the rulebase; without a data dir, ids only need to look like rule ids.
    core::ValidateOptions options;
    std::unique_ptr<scoring::StatementEvaluator> evaluator;
    if (auto data_dir = core::find_data_dir(data_dir_override, exe_path, core::process_env())) {
        if (audit) {
            std::vector<std::string> errors;
            evaluator = make_evaluator(*data_dir, errors);
            for (const auto& e : errors)
                err << e << "\n";
            options.evaluator = evaluator.get();
        }
        std::vector<json::Diagnostic> errors;
        if (auto rules = scoring::load_rulebase(*data_dir / "assets" / "rules" / "rules.json", errors)) {
            std::set<std::string> ids;
            for (const auto& r : rules->rules)
                ids.insert(r.id);
            options.known_rules = std::move(ids);
        } else {
            for (const auto& e : errors)
                err << e.format() << "\n";
        }
    } else if (data_dir_override) {
        err << "smo-trainer validate: " << data_dir_override->string() << " is geen datamap\n";
        return 2;
    }
    if (!options.known_rules)
        err << "smo-trainer validate: regelset niet gevonden; regel-id's worden alleen op vorm "
               "gecontroleerd\n";
    if (audit && options.evaluator == nullptr) {
        err << "smo-trainer validate: --audit heeft de regels en het lexicon uit de datamap nodig\n";
        return 2;
    }

    std::vector<fs::path> files;
    bool any_error = false;
    for (const auto& p : paths) {
        auto found = core::find_scenario_files(p);
        if (found.empty()) {
            // Nothing checked is not "no errors": a wrong folder must not pass CI.
            err << "smo-trainer validate: no scenario files in " << p.string() << "\n";
            any_error = true;
        }
        files.insert(files.end(), found.begin(), found.end());
    }

    std::size_t total_errors = 0, total_warnings = 0;
    nlohmann::json report = {{"files", nlohmann::json::array()}};
    for (const auto& file : files) {
        core::CheckedScenario checked = core::check_scenario_file(file, options);
        // The table: the audit the validator ran for SC040/SC041.
        const core::OptionAudit table = checked.audit.value_or(core::OptionAudit{});
        auto errors = core::count_severity(checked.diagnostics, core::DiagSeverity::Error);
        auto warnings = core::count_severity(checked.diagnostics, core::DiagSeverity::Warning);
        total_errors += errors;
        total_warnings += warnings;
        any_error = any_error || errors > 0;
        if (json) {
            const auto& s = checked.loaded.scenario;
            nlohmann::json f = {
                {"path", file.string()},
                {"scenario_id", s && !s->id.empty() ? nlohmann::json(s->id) : nlohmann::json(nullptr)},
                {"smo_type",
                 s && s->smo_type ? nlohmann::json(core::to_id(*s->smo_type)) : nlohmann::json(nullptr)},
                {"assignment",
                 s && s->assignment ? nlohmann::json(core::to_id(*s->assignment)) : nlohmann::json(nullptr)},
                {"learning_goals", s ? nlohmann::json(s->learning_goals) : nlohmann::json::array()},
                {"decision_points", s ? s->decision_points() : 0},
                {"errors", nlohmann::json::array()},
                {"warnings", nlohmann::json::array()}};
            for (const auto& d : checked.diagnostics)
                f[d.severity == core::DiagSeverity::Error ? "errors" : "warnings"].push_back(diag_json(d));
            if (audit) {
                f["audit"] = nlohmann::json::array();
                for (const auto& row : table.rows)
                    f["audit"].push_back(audit_json(row, checked.loaded.map));
            }
            report["files"].push_back(std::move(f));
        } else {
            for (const auto& d : checked.diagnostics)
                out << core::format_gcc(d) << "\n";
            for (const auto& row : table.rows)
                out << audit_line(checked.loaded.file, row, checked.loaded.map) << "\n";
        }
    }
    if (json) {
        // Messages quote file content, which may hold invalid UTF-8 in broken files.
        out << report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
        out << files.size() << (files.size() == 1 ? " bestand" : " bestanden")
            << " gecontroleerd: " << total_errors << (total_errors == 1 ? " fout, " : " fouten, ")
            << total_warnings << (total_warnings == 1 ? " waarschuwing" : " waarschuwingen") << "\n";
    }
    return any_error ? 1 : 0;
}

int run_validate_command(const std::vector<std::string>& args, const fs::path& exe_path) {
    return run_validate(args, exe_path, std::cout, std::cerr);
}

} // namespace smo::cli
