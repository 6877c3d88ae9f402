#pragma once
// Colours and style of the app (light theme).

#include <imgui.h>

namespace smo::ui::theme {

inline const ImVec4 kAccent{0.10f, 0.33f, 0.55f, 1.0f};
inline const ImVec4 kMuted{0.40f, 0.42f, 0.46f, 1.0f};
inline const ImVec4 kWarning{0.70f, 0.40f, 0.00f, 1.0f};
inline const ImVec4 kError{0.75f, 0.10f, 0.10f, 1.0f};
inline const ImVec4 kOk{0.10f, 0.50f, 0.20f, 1.0f};

/// Applies colours and spacing; `scale` multiplies all sizes (DPI and user zoom).
void apply(float scale);

} // namespace smo::ui::theme
