// The scoring engine for fuzz targets, loaded once from the source tree's assets.
#pragma once

#include "scoring/evaluate.hpp"

#include <cstdlib>
#include <filesystem>
#include <memory>

namespace smo::fuzz {

inline const smo::scoring::Engine& engine() {
    static const std::unique_ptr<smo::scoring::Engine> e = [] {
        std::vector<smo::json::Diagnostic> errors;
        auto loaded =
            smo::scoring::Engine::load(std::filesystem::path(SMO_FUZZ_SOURCE_DIR) / "assets", errors);
        if (!loaded) std::abort();
        return loaded;
    }();
    return *e;
}

} // namespace smo::fuzz
