#include "platform/gui_app.hpp"

#include "core/paths.hpp"
#include "core/settings.hpp"
#include "platform/fonts.hpp"
#include "platform/screenshot.hpp"
#include "platform/termination.hpp"
#include "platform/window_icon.hpp"
#include "ui/editor_actions.hpp"
#include "ui/frame_pacing.hpp"
#include "ui/review_actions.hpp"
#include "ui/root.hpp"
#include "ui/save_status.hpp"
#include "ui/services.hpp"
#include "ui/services_load.hpp"
#include "ui/theme.hpp"
#include "ui/xapi_actions.hpp"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <future>
#include <optional>
#include <stdlib.h>
#include <vector>

namespace smo::platform {

namespace {

// Frames drawn after the last input, so hover highlights and animations settle.
constexpr int kFramesAfterInput = ui::kFramesAfterChange;
// Wake-up interval while idle; only a focused text field (blinking cursor) redraws on it.
constexpr double kIdleWaitSeconds = 0.5;
// An idle wait still returns this often, in case a termination signal reached another thread
// (one that reaches the main thread interrupts the wait at once).
constexpr double kSignalCheckSeconds = 5.0;

struct LoopState {
    int frames_left = kFramesAfterInput;
    ui::AppState* app = nullptr;
};

LoopState* loop_of(GLFWwindow* w) {
    return static_cast<LoopState*>(glfwGetWindowUserPointer(w));
}
void wake(GLFWwindow* w) {
    if (auto* l = loop_of(w)) l->frames_left = kFramesAfterInput;
}

// Our callbacks are installed before ImGui's backend, which chains to them.
void on_key(GLFWwindow* w, int key, int, int action, int mods) {
    wake(w);
    auto* l = loop_of(w);
    if (l == nullptr || action == GLFW_RELEASE || (mods & GLFW_MOD_CONTROL) == 0) return;
    if (key == GLFW_KEY_EQUAL || key == GLFW_KEY_KP_ADD) ui::emit<ui::ZoomIn>(*l->app);
    if (key == GLFW_KEY_MINUS || key == GLFW_KEY_KP_SUBTRACT) ui::emit<ui::ZoomOut>(*l->app);
    if (key == GLFW_KEY_0 || key == GLFW_KEY_KP_0) ui::emit<ui::ZoomReset>(*l->app);
}
void on_char(GLFWwindow* w, unsigned int) {
    wake(w);
}
void on_mouse_button(GLFWwindow* w, int, int, int) {
    wake(w);
}
void on_cursor(GLFWwindow* w, double, double) {
    wake(w);
}
void on_scroll(GLFWwindow* w, double, double) {
    wake(w);
}
void on_size(GLFWwindow* w, int, int) {
    wake(w);
}
void on_refresh(GLFWwindow* w) {
    wake(w);
}
void on_focus(GLFWwindow* w, int) {
    wake(w);
}
// A folder or session file dropped on the window opens in the review mode (the first one dropped).
void on_drop(GLFWwindow* w, int count, const char** paths) {
    wake(w);
    auto* l = loop_of(w);
    if (l == nullptr || count < 1 || paths[0] == nullptr) return;
    ui::emit<ui::OpenCohort>(*l->app, std::string(paths[0]));
}

double thread_cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double wall_ms_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

float content_scale_of(GLFWwindow* window) {
    float xs = 1.0f, ys = 1.0f;
    glfwGetWindowContentScale(window, &xs, &ys);
    float s = std::max(xs, ys);
    return (s > 0.25f && s < 8.0f) ? s : 1.0f;
}

void rebuild_fonts(ui::AppState& app, float content_scale, bool backend_ready) {
    float scale = content_scale * app.settings.ui_scale;
    if (auto warning = build_fonts(kBaseFontPx * scale)) {
        if (std::find(app.warnings.begin(), app.warnings.end(), *warning) == app.warnings.end()) {
            app.warnings.push_back(*warning);
        }
    }
    if (backend_ready) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ui::theme::apply(scale);
}

bool load_app_state(const cli::AppOptions& options, const std::filesystem::path& exe_path,
                    ui::AppState& app) {
    auto env = core::process_env();
    auto data_dir = core::find_data_dir(options.data_dir, exe_path, env);
    if (!data_dir) {
        std::fprintf(stderr, "smo-trainer: geen datamap gevonden (assets/i18n/nl.json)%s%s\n",
                     options.data_dir ? " in " : "; gebruik --data-dir DIR",
                     options.data_dir ? options.data_dir->c_str() : "");
        return false;
    }
    app.data_dir = *data_dir;
    for (auto lang : {core::Language::Dutch, core::Language::English}) {
        auto& table = lang == core::Language::Dutch ? app.strings.nl : app.strings.en;
        if (auto err = core::StringTable::load(*data_dir, lang, table)) {
            std::fprintf(stderr, "smo-trainer: %s\n", err->c_str());
            return false;
        }
    }
    auto dirs = core::resolve_user_dirs(env);
    bool transient = options.screenshot.has_value() || options.bench_frames.has_value();
    std::string settings_error;
    app.settings =
        core::load_settings(dirs.config / "settings.json", settings_error,
                            transient ? core::BadSettingsFile::LeaveAlone : core::BadSettingsFile::KeepAside);
    if (!settings_error.empty()) {
        std::fprintf(stderr, "smo-trainer: %s\n", settings_error.c_str());
        app.warnings.push_back(settings_error);
    }
    // Screenshot and benchmark runs never write user files and ignore the saved zoom.
    if (transient) {
        app.settings.ui_scale = 1.0f;
        app.deterministic = true;
    } else {
        app.settings_path = dirs.config / "settings.json";
    }
    if (options.lang) app.settings.language = *core::parse_language(*options.lang);
    if (options.mode)
        app.settings.mode = core::session_mode_from_id(*options.mode).value_or(app.settings.mode);
    app.strings.active = app.settings.language;
    app.name_draft = app.settings.trainee_name;
    app.export_dir = dirs.data / "exports";
    // Read also by screenshot runs, so `--screen ... --scenario ID` finds own scenarios.
    app.user_scenarios_dir = dirs.scenarios;
    return true;
}

/// A private temp folder for sessions of screenshot and benchmark runs; removed on exit.
struct ScratchDir {
    std::filesystem::path path;
    ScratchDir() {
        // temp_directory_path throws when $TMPDIR is not a folder; fall back instead of aborting.
        std::error_code ec;
        std::filesystem::path base = std::filesystem::temp_directory_path(ec);
        if (ec) base = "/tmp";
        std::string tmpl = (base / "smo-trainer-XXXXXX").string();
        if (char* made = ::mkdtemp(tmpl.data())) path = made;
    }
    ~ScratchDir() {
        std::error_code ec;
        if (!path.empty()) std::filesystem::remove_all(path, ec);
    }
};

// Screenshots of "Mijn sessies": copies only, so the given folder is never touched.
void copy_session_files(const std::filesystem::path& from, const std::filesystem::path& to) {
    std::error_code ec;
    std::filesystem::create_directories(to, ec);
    for (std::filesystem::directory_iterator it(from, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".json")
            std::filesystem::copy_file(it->path(), to / it->path().filename(), ec);
    if (ec)
        std::fprintf(stderr, "smo-trainer: --sessions %s: %s\n", from.string().c_str(), ec.message().c_str());
}

ui::DriveOptions drive_options(const cli::AppOptions& options) {
    ui::DriveOptions how;
    how.strategy = options.play == "worst" ? core::StrategyKind::Worst : core::StrategyKind::Best;
    how.stop_at_feedback = options.at_feedback;
    how.retry = options.retry;
    return how;
}

} // namespace

int run_gui(const cli::AppOptions& options, const std::filesystem::path& exe_path) {
    const auto t_start = std::chrono::steady_clock::now();
    ui::AppState app;
    if (!load_app_state(options, exe_path, app)) return 1;
    install_termination_handlers(); // before the scratch folder exists, so it is always removed
    ScratchDir scratch;
    const ui::Screen screen = ui::parse_screen(options.screen);
    // The start screen is drawn first and the services load beside it (first frame as fast as a
    // bare window); every other screen needs them before its first frame.
    const bool start_first = screen == ui::Screen::Start && !options.review && !options.bench_frames;
    std::promise<void> first_frame_drawn; // the worker starts loading once the first frame is out
    const auto load = [&](const std::filesystem::path& sessions_dir) {
        if (start_first)
            ui::start_services_load(app, sessions_dir, first_frame_drawn.get_future().share());
        else
            ui::load_services(app, sessions_dir);
    };
    if (app.deterministic) {
        app.export_dir = scratch.path / "exports";
        if (options.sessions) copy_session_files(*options.sessions, scratch.path / "sessions");
        load(scratch.path / "sessions");
        ui::start_xapi_sender(app, scratch.path / "state", {}); // the settings screen shows its status
    } else {
        const auto dirs = core::resolve_user_dirs(core::process_env());
        load(dirs.data / "sessions");
        app.state_dir = dirs.state;
        ui::start_xapi_sender(app, dirs.state, dirs.config); // sends what an earlier run queued
        ui::load_editor_recoveries(app); // asked about before anything else
    }
    const bool review_screen = screen == ui::Screen::ReviewCohort || screen == ui::Screen::ReviewSession ||
                               screen == ui::Screen::ReviewAnalytics;
    if (review_screen && !options.review) {
        std::fprintf(stderr, "smo-trainer: --screen %s heeft --review DIR nodig\n", options.screen.c_str());
        return 2;
    }
    auto err = options.review ? ui::open_review_at_start(app, screen, *options.review, app.deterministic)
                              : ui::drive_to_screen(app, screen, options.scenario.value_or(""),
                                                    drive_options(options));
    if (!err && options.editor_pane && screen == ui::Screen::Editor)
        err = ui::drive_editor_pane(app, *options.editor_pane);
    if (!err && options.editor_node && screen == ui::Screen::Editor)
        err = ui::drive_editor_node(app, *options.editor_node);
    if (!err && options.typed_answer) err = ui::type_reflection_answer(app, *options.typed_answer);
    if (!err && options.browse) ui::open_folder_picker(app, *options.browse);
    if (err) {
        std::fprintf(stderr, "smo-trainer: %s\n", err->c_str());
        return 1;
    }
    if (options.bench_frames) ui::pad_transcript_for_benchmark(app, 200);
    if (options.bench_frames) ui::pad_editor_for_benchmark(app, 200);

    if (std::getenv("SMO_TRAINER_LOG_TIMING") != nullptr)
        std::fprintf(stderr, "before_window_ms=%.1f\n", wall_ms_since(t_start));
    glfwSetErrorCallback([](int code, const char* msg) { std::fprintf(stderr, "GLFW %d: %s\n", code, msg); });
    std::optional<TerminationSignalsBlocked> driver_threads_block_signals{std::in_place};
    if (!glfwInit()) {
        std::fprintf(stderr, "smo-trainer: geen beeldscherm beschikbaar (DISPLAY niet gezet?).\n"
                             "  Zonder scherm: xvfb-run -a -s '-screen 0 1280x800x24' smo-trainer ...\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    // The X11 class matches StartupWMClass in the .desktop file, so docks show the app's icon.
    glfwWindowHintString(GLFW_X11_CLASS_NAME, "nl.smotrainer.SmoTrainer");
    glfwWindowHintString(GLFW_X11_INSTANCE_NAME, "smo-trainer");
    GLFWwindow* window = glfwCreateWindow(1280, 800, "SMO-trainer", nullptr, nullptr);
    if (window == nullptr) {
        std::fprintf(stderr, "smo-trainer: kan geen OpenGL 3.3-venster openen.\n");
        glfwTerminate();
        return 1;
    }
    set_window_icon(window);
    glfwMakeContextCurrent(window);
    if (gladLoadGL(glfwGetProcAddress) == 0) {
        std::fprintf(stderr, "smo-trainer: OpenGL laden mislukt.\n");
        glfwDestroyWindow(window);
        glfwTerminate();
        return 1;
    }
    driver_threads_block_signals.reset();

    LoopState loop;
    loop.app = &app;
    glfwSetWindowUserPointer(window, &loop);
    glfwSetKeyCallback(window, on_key);
    glfwSetCharCallback(window, on_char);
    glfwSetMouseButtonCallback(window, on_mouse_button);
    glfwSetCursorPosCallback(window, on_cursor);
    glfwSetScrollCallback(window, on_scroll);
    glfwSetWindowSizeCallback(window, on_size);
    glfwSetWindowRefreshCallback(window, on_refresh);
    glfwSetWindowFocusCallback(window, on_focus);
    glfwSetDropCallback(window, on_drop);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    std::string ini_path;
    if (app.deterministic) {
        io.IniFilename = nullptr;
    } else {
        auto dirs = core::resolve_user_dirs(core::process_env());
        std::string err;
        if (core::ensure_private_dir(dirs.state, err)) {
            ini_path = (dirs.state / "imgui.ini").string();
            io.IniFilename = ini_path.c_str();
        } else {
            io.IniFilename = nullptr;
        }
    }
    const float content_scale = content_scale_of(window); // DPI applied once, at start
    rebuild_fonts(app, content_scale, false);
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    const int max_frames = options.bench_frames ? *options.bench_frames : options.frames;
    const bool bounded = options.screenshot.has_value() || options.bench_frames.has_value();
    std::vector<double> frame_cpu_ms;
    int exit_code = 0;
    bool first_frame_logged = false;
    int frames_loading = 0;

    for (int frame = 0; !termination_requested(); ++frame) {
        if (glfwWindowShouldClose(window)) {
            // Turns that exist only in memory (autosave failing) are never dropped without asking.
            if (bounded || ui::confirm_close(app)) break;
            glfwSetWindowShouldClose(window, GLFW_FALSE);
            loop.frames_left = kFramesAfterInput;
        }
        if (bounded) {
            glfwPollEvents();
        } else if (loop.frames_left > 0 || io.WantTextInput) {
            // Active: poll, or wait briefly while a text field blinks its cursor.
            if (loop.frames_left > 0)
                glfwPollEvents();
            else
                glfwWaitEventsTimeout(kIdleWaitSeconds);
        } else {
            glfwWaitEventsTimeout(kSignalCheckSeconds); // idle: sleep until something happens
        }
        if (termination_requested()) break; // the last frame's writes are done; shut down cleanly
        if (loop.frames_left > 0) --loop.frames_left;
        // A cohort loading on its worker: keep drawing so the progress bar moves.
        loop.frames_left = ui::frames_after(
            loop.frames_left, false, app.review.loading.has_value() || app.services_loading.has_value());
        if (ui::poll_cohort_load(app)) loop.frames_left = kFramesAfterInput;
        if (ui::poll_services_load(app)) loop.frames_left = kFramesAfterInput;

        double cpu0 = thread_cpu_ms();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        ui::draw_app(app);
        ImGui::Render();
        frame_cpu_ms.push_back(thread_cpu_ms() - cpu0);

        int fb_w = 0, fb_h = 0;
        glfwGetFramebufferSize(window, &fb_w, &fb_h);
        glViewport(0, 0, fb_w, fb_h);
        glClearColor(0.90f, 0.91f, 0.93f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

        // Every state change an intent makes gets drawn, even when no further input arrives.
        const bool intents_applied = !app.intents.empty();
        if (ui::apply_intents(app)) rebuild_fonts(app, content_scale, true);
        loop.frames_left = ui::frames_after(loop.frames_left, intents_applied, false);
        if (app.quit_confirmed) glfwSetWindowShouldClose(window, GLFW_TRUE);
        // Screenshots show the loaded start screen: frames count once the services are in.
        if (app.services_loading) ++frames_loading;
        if (bounded && frame + 1 - frames_loading >= max_frames) {
            if (options.screenshot) {
                if (auto err = write_framebuffer_png(*options.screenshot, fb_w, fb_h)) {
                    std::fprintf(stderr, "smo-trainer: %s\n", err->c_str());
                    exit_code = 1;
                }
            }
            glfwSetWindowShouldClose(window, GLFW_TRUE);
        }
        glfwSwapBuffers(window);
        if (!first_frame_logged) {
            first_frame_logged = true;
            if (std::getenv("SMO_TRAINER_LOG_TIMING") != nullptr) {
                glFinish();
                std::fprintf(stderr, "first_frame_ms=%.1f\n", wall_ms_since(t_start));
            }
            if (start_first) first_frame_drawn.set_value();
        }
    }

    if (termination_requested()) exit_code = 128 + termination_signal();
    if (options.bench_frames && !frame_cpu_ms.empty()) {
        // The first frames compile shaders and build caches; measure the steady state.
        std::vector<double> steady(frame_cpu_ms.begin() + std::min<std::size_t>(frame_cpu_ms.size() - 1, 5),
                                   frame_cpu_ms.end());
        std::sort(steady.begin(), steady.end());
        auto pct = [&](double p) {
            return steady[static_cast<std::size_t>(p * static_cast<double>(steady.size() - 1))];
        };
        std::printf("frames=%zu median_ms=%.3f p95_ms=%.3f\n", steady.size(), pct(0.5), pct(0.95));
    }

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return exit_code;
}

} // namespace smo::platform
