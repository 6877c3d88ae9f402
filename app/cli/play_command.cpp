#include "cli/play_command.hpp"

#include "cli/evaluator_factory.hpp"
#include "core/atomic_file.hpp"
#include "core/paths.hpp"
#include "core/play_strategies.hpp"
#include "core/playtest.hpp"
#include "core/scenario_library.hpp"
#include "core/scenario_validator.hpp"
#include "core/session_outcome.hpp"
#include "core/session_scoring.hpp"
#include "core/session_store.hpp"
#include "scoring/evaluate.hpp"

#include <iostream>
#include <optional>

namespace smo::cli {
namespace fs = std::filesystem;

namespace {

constexpr const char* kUsage =
    "gebruik: smo-trainer play SCENARIO --strategy first|best|worst|random:SEED|answers:BESTAND\n"
    "                         [--out SESSIE.json] [--data-dir MAP] [--trainee NAAM] [--mode oefenen|toets] "
    "[--quiet]\n"
    "  SCENARIO  scenariobestand of scenario-id (eigen scenario's in $XDG_DATA_HOME/smo-trainer/scenarios\n"
    "            gaan voor, dan <data>/scenarios)\n"
    "  answers:BESTAND  antwoordenbestand of testplan; met een start-blok begint het spel bij die knoop\n"
    "            (playtest: er wordt geen sessie geschreven, --out kan dan niet)\n"
    "  exit      0 einde bereikt, 1 scenario niet speelbaar, 2 verkeerd gebruik\n";

struct PlayArgs {
    std::string scenario;
    std::string strategy;
    std::optional<fs::path> out;
    std::optional<fs::path> data_dir;
    std::string trainee = "headless";
    std::string mode = "oefenen"; ///< as given; parsed by session_mode_from_id
    bool quiet = false;
};

std::optional<PlayArgs> parse_args(const std::vector<std::string>& args, std::ostream& err, bool& help) {
    PlayArgs p;
    auto value = [&](std::size_t& i, const char* name) -> std::optional<std::string> {
        if (i + 1 >= args.size()) {
            err << "smo-trainer play: " << name << " verwacht een waarde\n";
            return std::nullopt;
        }
        return args[++i];
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        std::optional<std::string> v;
        if (a == "-h" || a == "--help") {
            help = true;
            return std::nullopt;
        } else if (a == "--quiet") {
            p.quiet = true;
        } else if (a == "--strategy" || a == "--out" || a == "--data-dir" || a == "--trainee" ||
                   a == "--mode") {
            if (!(v = value(i, a.c_str()))) return std::nullopt;
            if (a == "--strategy")
                p.strategy = *v;
            else if (a == "--out")
                p.out = fs::path(*v);
            else if (a == "--data-dir")
                p.data_dir = fs::path(*v);
            else if (a == "--trainee")
                p.trainee = *v;
            else
                p.mode = *v;
        } else if (a.size() > 1 && a[0] == '-') {
            err << "smo-trainer play: onbekende optie '" << a << "'\n";
            return std::nullopt;
        } else if (p.scenario.empty()) {
            p.scenario = a;
        } else {
            err << "smo-trainer play: maar één scenario tegelijk\n";
            return std::nullopt;
        }
    }
    if (p.scenario.empty()) {
        err << "smo-trainer play: geen scenario opgegeven\n";
        return std::nullopt;
    }
    if (p.strategy.empty()) {
        err << "smo-trainer play: --strategy ontbreekt\n";
        return std::nullopt;
    }
    if (!core::session_mode_from_id(p.mode)) {
        err << "smo-trainer play: --mode is oefenen of toets\n";
        return std::nullopt;
    }
    return p;
}

void print_entry(std::ostream& out, const core::TranscriptEntry& e) {
    std::string who = e.speaker_name.empty() ? (e.by_trainee ? std::string("Jij") : std::string("Verteller"))
                                             : e.speaker_name;
    if (e.prior)
        out << e.turn_id << "  [vooraf gekozen] " << (e.items.empty() ? std::string() : e.items.front())
            << ": " << e.text << "\n";
    else if (e.kind == core::EntryKind::Line)
        out << e.turn_id << "  " << who << ": " << e.text << "\n";
    else if (e.kind == core::EntryKind::End)
        out << e.turn_id << "  [einde] " << e.text << "\n";
    else {
        out << e.turn_id << "  > " << core::to_id(e.kind) << " " << e.node_id;
        if (!e.option_id.empty()) out << " [" << e.option_id << "]";
        if (!e.judgement.empty()) out << " [" << e.judgement << "]";
        if (!e.items.empty()) {
            out << " [";
            for (std::size_t i = 0; i < e.items.size(); ++i)
                out << (i ? "," : "") << e.items[i];
            out << "]";
        }
        out << ": " << e.text << "\n";
        if (e.evaluation) {
            out << "        oordeel: " << scoring::verdict_id(e.evaluation->verdict);
            for (const auto& r : e.evaluation->rule_ids())
                out << " " << r;
            out << "\n";
        }
        if (e.correct) out << "        " << (*e.correct ? "juist" : "onjuist") << "\n";
    }
}

/// A test plan with a start block: plays in memory from that node and writes nothing.
int run_playtest(const PlayArgs& p, const core::Strategy& strategy,
                 std::shared_ptr<const core::Scenario> scenario, const scoring::StatementEvaluator& evaluator,
                 std::ostream& out, std::ostream& err) {
    const std::string file = p.strategy.substr(std::string_view("answers:").size());
    if (auto problem = core::check_playtest_setup(*scenario, *strategy.start)) {
        err << "smo-trainer play: " << file << ": " << problem->message << " (at /start" << problem->pointer
            << ")\n";
        return 1;
    }
    std::string error;
    auto runtime = core::start_playtest(std::move(scenario), evaluator, *strategy.start, error);
    if (!runtime) {
        err << "smo-trainer play: " << file << ": " << error << " (at /start)\n";
        return 1;
    }
    if (!p.quiet) {
        auto meeting = core::playtest_meeting(runtime->scenario(), strategy.start->node_id);
        if (!meeting.note.empty()) out << "let op: " << meeting.note << "\n";
    }
    core::Player player(strategy);
    std::size_t printed = 0;
    auto print_new = [&]() {
        for (const auto& t = runtime->transcript(); printed < t.size(); ++printed)
            if (!p.quiet) print_entry(out, t[printed]);
    };
    print_new();
    auto result = core::play_to_end(
        player, [&]() -> const core::Runtime& { return *runtime; },
        [&](const core::PlayAction& a) {
            core::ActionResult r = core::apply_action(*runtime, a);
            print_new();
            return r;
        });
    if (!p.quiet) out << "playtest vanaf " << strategy.start->node_id << ": geen sessie geschreven\n";
    if (!result.finished) {
        err << "smo-trainer play: " << result.error << "\n";
        return 1;
    }
    return 0;
}

} // namespace

int run_play(const std::vector<std::string>& args, const fs::path& exe_path, std::ostream& out,
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
    const PlayArgs& p = *parsed;
    if (p.out) {
        // Refuse before playing: the session would only be lost at the end.
        if (auto refused = core::check_write_target(*p.out)) {
            err << "smo-trainer play: --out " << *refused << "\n";
            return 2;
        }
    }
    std::string error;
    auto strategy = core::parse_strategy(p.strategy, error);
    if (!strategy) {
        err << "smo-trainer play: " << error << "\n";
        return 2;
    }
    if (strategy->start && p.out) {
        err << "smo-trainer play: een testplan met start is een playtest en schrijft geen sessie; laat --out "
               "weg\n";
        return 2;
    }
    auto data_dir = core::find_data_dir(p.data_dir, exe_path, core::process_env());
    if (!data_dir) {
        err << "smo-trainer play: geen datamap gevonden (assets/ en scenarios/); gebruik --data-dir\n";
        return 1;
    }

    // The scenario: a file, or an id in the own folder or the bundled library (own wins, as in the app).
    fs::path scenario_file = p.scenario;
    std::error_code ec;
    if (!fs::exists(scenario_file, ec)) {
        auto own_dir = core::resolve_user_dirs(core::process_env()).scenarios;
        if (auto found = core::find_scenario_file_by_id(p.scenario, *data_dir / "scenarios", own_dir))
            scenario_file = *found;
    }
    std::vector<std::string> evaluator_errors;
    auto evaluator = make_evaluator(*data_dir, evaluator_errors);
    if (!evaluator) {
        for (const auto& e : evaluator_errors)
            err << e << "\n";
        return 1;
    }
    core::ValidateOptions options;
    if (const auto* engine = dynamic_cast<const scoring::Engine*>(evaluator.get())) {
        std::set<std::string> ids;
        for (const auto& r : engine->rulebase().rules)
            ids.insert(r.id);
        options.known_rules = std::move(ids);
    }
    core::CheckedScenario checked = core::check_scenario_file(scenario_file, options);
    if (!checked.ok()) {
        for (const auto& d : checked.diagnostics)
            if (d.severity == core::DiagSeverity::Error) err << core::format_gcc(d) << "\n";
        err << "smo-trainer play: scenario is niet speelbaar\n";
        return 1;
    }

    if (strategy->start) return run_playtest(p, *strategy, checked.loaded.scenario, *evaluator, out, err);

    core::Runtime runtime(checked.loaded.scenario, *evaluator);
    core::Session session =
        core::new_session(runtime, p.trainee, *core::session_mode_from_id(p.mode), checked.loaded.sha256,
                          scenario_file.string(), evaluator_rulebase_version(*evaluator));
    core::SessionStore store =
        p.out ? core::SessionStore(p.out->has_parent_path() ? p.out->parent_path() : fs::path("."))
              : core::SessionStore::for_user(core::process_env());
    core::SessionRecorder recorder(std::move(runtime), std::move(session), store, !p.out.has_value());
    core::Player player(*strategy);
    std::size_t printed = 0;
    auto print_new = [&]() {
        const auto& t = recorder.runtime().transcript();
        if (printed > t.size()) printed = 0;
        for (; printed < t.size(); ++printed)
            if (!p.quiet) print_entry(out, t[printed]);
    };
    print_new();
    // With --out, the session is written once at the end under the chosen name; without it, the
    // recorder autosaves every turn into the session store.
    auto result = core::play_to_end(
        player, [&]() -> const core::Runtime& { return recorder.runtime(); },
        [&](const core::PlayAction& a) {
            core::ActionResult r = recorder.act([&](core::Runtime& rt) { return core::apply_action(rt, a); });
            print_new();
            return r;
        });
    core::Session& final_session = recorder.session();
    core::sync_session(final_session, recorder.runtime(), core::utc_timestamp_now());
    if (final_session.finished) final_session.scores = core::score_runtime(recorder.runtime());
    std::optional<std::string> save_error;
    fs::path written;
    if (p.out) {
        save_error = core::atomic_write(*p.out, core::session_to_json(final_session), 0600);
        written = *p.out;
    } else {
        save_error = store.save(final_session);
        written = store.path_for(final_session.session_id);
    }
    if (save_error) {
        err << "smo-trainer play: sessie niet opgeslagen: " << *save_error << "\n";
        return 1;
    }
    if (!p.quiet) {
        out << "sessie: " << written.string() << "\n";
        const auto* engine = dynamic_cast<const scoring::Engine*>(evaluator.get());
        if (final_session.finished && engine != nullptr) {
            core::SessionOutcome outcome =
                core::compute_outcome(final_session, recorder.runtime().scenario(), engine->rulebase());
            out << "vertrouwelijkheid: " << outcome.score.confidentiality
                << "/100, schendingen: " << outcome.score.violations << "\n";
        }
    }
    if (!result.finished) {
        err << "smo-trainer play: " << result.error << "\n";
        return 1;
    }
    return 0;
}

int run_play_command(const std::vector<std::string>& args, const fs::path& exe_path) {
    return run_play(args, exe_path, std::cout, std::cerr);
}

} // namespace smo::cli
