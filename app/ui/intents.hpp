#pragma once
// What the user asked for during a frame. Draw code only pushes intents; apply_intents() is the
// single place that mutates state or touches files.

#include "core/string_table.hpp"

#include <string>
#include <variant>

namespace smo::ui {

enum class Screen { Start, Library, Briefing, Meeting, Observe, Debrief, Reflection, Count };

struct SetLanguage { core::Language language = core::Language::Dutch; };
struct ZoomIn {};
struct ZoomOut {};
struct ZoomReset {};
struct SetTraineeName { std::string name; };
struct SetMode { std::string mode; };
struct GoToScreen { Screen screen = Screen::Start; };

using Intent = std::variant<SetLanguage, ZoomIn, ZoomOut, ZoomReset, SetTraineeName, SetMode, GoToScreen>;

/// Maps "start", "library", ... to a Screen; Screen::Count when unknown.
Screen parse_screen(std::string_view name);
const char* screen_name(Screen screen);

} // namespace smo::ui
