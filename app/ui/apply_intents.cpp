#include "ui/app_state.hpp"

#include <array>

namespace smo::ui {

namespace {
constexpr float kZoomStep = 0.1f;

template <class... Ts> struct Overloaded : Ts... { using Ts::operator()...; };
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

constexpr std::array<const char*, 7> kScreenNames{"start",   "library", "briefing",  "meeting",
                                                  "observe", "debrief", "reflection"};
static_assert(kScreenNames.size() == static_cast<std::size_t>(Screen::Count));
} // namespace

Screen parse_screen(std::string_view name) {
    for (std::size_t i = 0; i < kScreenNames.size(); ++i) {
        if (name == kScreenNames[i]) return static_cast<Screen>(i);
    }
    return Screen::Count;
}

const char* screen_name(Screen screen) {
    auto i = static_cast<std::size_t>(screen);
    return i < kScreenNames.size() ? kScreenNames[i] : "?";
}

bool apply_intents(AppState& state) {
    bool font_changed = false;
    bool settings_changed = false;
    std::vector<Intent> pending;
    pending.swap(state.intents);
    for (const Intent& intent : pending) {
        std::visit(Overloaded{
                       [&](const SetLanguage& i) {
                           state.settings.language = i.language;
                           state.strings.active = i.language;
                           settings_changed = true;
                       },
                       [&](const ZoomIn&) {
                           state.settings.ui_scale = core::clamp_ui_scale(state.settings.ui_scale + kZoomStep);
                           font_changed = settings_changed = true;
                       },
                       [&](const ZoomOut&) {
                           state.settings.ui_scale = core::clamp_ui_scale(state.settings.ui_scale - kZoomStep);
                           font_changed = settings_changed = true;
                       },
                       [&](const ZoomReset&) {
                           state.settings.ui_scale = 1.0f;
                           font_changed = settings_changed = true;
                       },
                       [&](const SetTraineeName& i) {
                           state.settings.trainee_name = i.name;
                           settings_changed = true;
                       },
                       [&](const SetMode& i) {
                           if (i.mode == "oefenen" || i.mode == "toets") {
                               state.settings.mode = i.mode;
                               settings_changed = true;
                           }
                       },
                       [&](const GoToScreen& i) { state.screen = i.screen; },
                   },
                   intent);
    }
    if (settings_changed && !state.settings_path.empty()) {
        auto err = core::save_settings(state.settings_path, state.settings);
        state.save_error = err ? *err : std::string();
    }
    return font_changed;
}

} // namespace smo::ui
