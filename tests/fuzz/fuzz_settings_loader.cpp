// libFuzzer target: any bytes as settings.json. Bad files give a message and defaults, never a
// crash; accepted settings are in range and survive a save/load round trip.
#include "core/settings.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    smo::core::Settings settings;
    if (smo::core::settings_from_json(text, settings)) {
        if (!(settings == smo::core::Settings{})) std::abort(); // an error leaves the defaults
        return 0;
    }
    if (settings.ui_scale < smo::core::kMinUiScale || settings.ui_scale > smo::core::kMaxUiScale)
        std::abort();
    smo::core::Settings again;
    if (smo::core::settings_from_json(smo::core::settings_to_json(settings), again) || !(again == settings))
        std::abort();
    return 0;
}
