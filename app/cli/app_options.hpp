#pragma once
// Command-line options of the GUI entry point (everything that is not a subcommand).

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace smo::cli {

struct AppOptions {
    std::optional<std::filesystem::path> screenshot; ///< render frames, write PNG, exit
    int frames = 5;                                  ///< frames to render before the screenshot
    std::string screen = "start";                    ///< screen to open
    std::optional<std::string> lang;                 ///< "nl" / "en"; overrides settings for this run
    std::optional<std::string> mode;                 ///< "oefenen" / "toets"; overrides settings for this run
    std::optional<std::filesystem::path> data_dir;   ///< assets/ + scenarios/ location
    std::optional<std::string> scenario;             ///< scenario id for --screen
    std::optional<int> bench_frames;                 ///< measure frame build time over N frames
    std::optional<std::filesystem::path> review;     ///< open this cohort folder in the review mode
    std::optional<std::string> editor_pane;          ///< "map" / "audit" / "playtest" for --screen editor
    std::optional<std::string> editor_node;          ///< --node: node id or JSON pointer --screen editor shows
    std::optional<std::string> typed_answer;         ///< --type: the first reflection answer, for screenshots
    std::string play = "best";                       ///< --play: how the driver plays to --screen
    bool at_feedback = false;                        ///< --at feedback: meeting on its first turn feedback
    bool retry = false;                              ///< --retry: debrief with a retry beside the original
    std::optional<std::filesystem::path> browse;     ///< --browse: the folder picker, open at this folder
    /// Screenshots: copies of these session files fill the scratch sessions folder ("Mijn sessies").
    std::optional<std::filesystem::path> sessions;
    bool show_help = false;
    bool show_version = false;
};

struct ParseResult {
    AppOptions options;
    std::optional<std::string> error; ///< set on a usage error: print with usage, exit 2
};

/// Screens that --screen accepts.
const std::vector<std::string>& known_screens();

ParseResult parse_app_options(const std::vector<std::string>& args);

/// The usage text for --help (stdout) and usage errors (stderr).
std::string app_usage();

/// "smo-trainer 0.1.0"
std::string version_line();

} // namespace smo::cli
