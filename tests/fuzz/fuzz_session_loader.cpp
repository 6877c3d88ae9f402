// libFuzzer target: any bytes as a saved session file. The loader must refuse bad files with a
// message and never crash; a session it accepts must survive a save/load round trip.
#include "core/session.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    smo::core::Session session;
    if (auto error = smo::core::session_from_json(text, session)) return 0;
    smo::core::Session again;
    if (smo::core::session_from_json(smo::core::session_to_json(session), again)) std::abort();
    return 0;
}
