#include "cli/app_options.hpp"

#include <algorithm>
#include <charconv>

namespace smo::cli {

namespace {

std::optional<int> parse_positive_int(const std::string& text) {
    int value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size() || value < 1) return std::nullopt;
    return value;
}

} // namespace

const std::vector<std::string>& known_screens() {
    static const std::vector<std::string> screens{
        "start",      "library",       "briefing",       "meeting",          "observe", "debrief",
        "reflection", "review-cohort", "review-session", "review-analytics", "editor", "settings"};
    return screens;
}

ParseResult parse_app_options(const std::vector<std::string>& args) {
    ParseResult result;
    AppOptions& o = result.options;
    auto fail = [&](std::string msg) {
        result.error = std::move(msg);
        return result;
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        // Accept both "--opt value" and "--opt=value".
        std::string name = arg;
        std::optional<std::string> inline_value;
        if (auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
            name = arg.substr(0, eq);
            inline_value = arg.substr(eq + 1);
        }
        auto value = [&]() -> std::optional<std::string> {
            if (inline_value) return inline_value;
            if (i + 1 < args.size()) return args[++i];
            return std::nullopt;
        };
        if (name == "--help" || name == "-h") {
            o.show_help = true;
        } else if (name == "--version") {
            o.show_version = true;
        } else if (name == "--screenshot") {
            auto v = value();
            if (!v || v->empty()) return fail("--screenshot verwacht een bestandsnaam");
            o.screenshot = *v;
        } else if (name == "--frames") {
            auto v = value();
            auto n = v ? parse_positive_int(*v) : std::nullopt;
            if (!n) return fail("--frames verwacht een positief geheel getal");
            o.frames = *n;
        } else if (name == "--bench-frames") {
            auto v = value();
            auto n = v ? parse_positive_int(*v) : std::nullopt;
            if (!n) return fail("--bench-frames verwacht een positief geheel getal");
            o.bench_frames = *n;
        } else if (name == "--screen") {
            auto v = value();
            const auto& screens = known_screens();
            if (!v || std::find(screens.begin(), screens.end(), *v) == screens.end()) {
                std::string all;
                for (const auto& s : screens)
                    all += (all.empty() ? "" : ", ") + s;
                return fail("--screen verwacht een van: " + all);
            }
            o.screen = *v;
        } else if (name == "--lang") {
            auto v = value();
            if (!v || (*v != "nl" && *v != "en")) return fail("--lang verwacht nl of en");
            o.lang = *v;
        } else if (name == "--mode") {
            auto v = value();
            if (!v || (*v != "oefenen" && *v != "toets")) return fail("--mode verwacht oefenen of toets");
            o.mode = *v;
        } else if (name == "--editor-pane") {
            auto v = value();
            if (!v || (*v != "map" && *v != "audit" && *v != "playtest"))
                return fail("--editor-pane verwacht map, audit of playtest");
            o.editor_pane = *v;
        } else if (name == "--node") {
            auto v = value();
            if (!v || v->empty()) return fail("--node verwacht een knoop-id of een JSON-pointer");
            o.editor_node = *v;
        } else if (name == "--type") {
            auto v = value();
            if (!v || v->empty()) return fail("--type verwacht een tekst");
            o.typed_answer = *v;
        } else if (name == "--play") {
            auto v = value();
            if (!v || (*v != "best" && *v != "worst")) return fail("--play verwacht best of worst");
            o.play = *v;
        } else if (name == "--at") {
            auto v = value();
            if (!v || *v != "feedback") return fail("--at verwacht feedback");
            o.at_feedback = true;
        } else if (name == "--retry") {
            o.retry = true;
        } else if (name == "--browse") {
            auto v = value();
            if (!v || v->empty()) return fail("--browse verwacht een map");
            o.browse = *v;
        } else if (name == "--data-dir") {
            auto v = value();
            if (!v || v->empty()) return fail("--data-dir verwacht een map");
            o.data_dir = *v;
        } else if (name == "--review") {
            auto v = value();
            if (!v || v->empty()) return fail("--review verwacht een map (of een sessiebestand)");
            o.review = *v;
        } else if (name == "--sessions") {
            auto v = value();
            if (!v || v->empty()) return fail("--sessions verwacht een map met sessiebestanden");
            o.sessions = *v;
        } else if (name == "--scenario") {
            auto v = value();
            if (!v || v->empty()) return fail("--scenario verwacht een scenario-id");
            o.scenario = *v;
        } else {
            return fail("onbekende optie: " + arg);
        }
    }
    if (o.at_feedback && o.screen != "meeting") return fail("--at feedback hoort bij --screen meeting");
    if (o.retry && o.screen != "debrief") return fail("--retry hoort bij --screen debrief");
    if (o.editor_node && o.screen != "editor") return fail("--node hoort bij --screen editor");
    if (o.browse && o.screen != "start" && o.screen.rfind("review-", 0) != 0)
        return fail("--browse hoort bij --screen start of een review-scherm");
    return result;
}

std::string app_usage() {
    return "Gebruik / usage:\n"
           "  smo-trainer [opties]                 start de app / start the app\n"
           "  smo-trainer validate PATH... [--json]\n"
           "  smo-trainer play SCENARIO --strategy first|best|worst|random:SEED|answers:FILE [--out FILE]\n"
           "  smo-trainer check [--present ROLE,...] [--smo-type T] [--json] TEXT\n"
           "  smo-trainer check --jsonl\n"
           "  smo-trainer review DIR [--csv FILE] [--items FILE] [--json]\n"
           "  smo-trainer report SESSION [--review FILE] --html OUT|--md OUT\n"
           "  smo-trainer export --xapi SESSION [--out FILE]\n"
           "\n"
           "Opties / options:\n"
           "  --screenshot FILE.png   render frames, write the window as PNG, exit\n"
           "  --frames N              frames before the screenshot (default 5)\n"
           "  --screen NAME           start|library|briefing|meeting|observe|debrief|reflection|\n"
           "                          review-cohort|review-session|review-analytics|editor|settings\n"
           "  --sessions DIR          with --screenshot: list copies of these session files as the\n"
           "                          trainee's own sessions (the folder itself is never written)\n"
           "  --review DIR            open a folder of handed-in sessions in the supervisor's review\n"
           "  --scenario ID           scenario for --screen\n"
           "  --lang nl|en            interface language for this run\n"
           "  --mode oefenen|toets    session mode for this run (practice or test)\n"
           "  --editor-pane map|audit|playtest  with --screen editor: the centre pane to show\n"
           "  --node ID|POINTER       with --screen editor: select node ID, or jump to the field at a\n"
           "                          JSON pointer (/nodes/3/options/1/flaw)\n"
           "  --type TEXT             with --screen reflection: types TEXT as the first answer\n"
           "                          (shows the spelling help)\n"
           "  --play best|worst       how --screen plays its way there (default best)\n"
           "  --at feedback           with --screen meeting: stop on the first turn feedback\n"
           "  --retry                 with --screen debrief: retry from the first breach (else the\n"
           "                          first decision) with best and show both attempts\n"
           "  --browse DIR            with --screen start or review-*: the folder picker, open at DIR\n"
           "  --data-dir DIR          folder holding assets/ and scenarios/\n"
           "  --bench-frames N        print median and p95 CPU time per frame over N frames\n"
           "  --version               print the version\n"
           "  --help                  print this help\n";
}

std::string version_line() {
    return std::string("smo-trainer ") + SMO_VERSION;
}

} // namespace smo::cli
