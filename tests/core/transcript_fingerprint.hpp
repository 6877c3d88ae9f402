#pragma once
// A short text that identifies the first `count` turns of a transcript (who did what), so a test
// can tell whether turns another process reported as saved are still in the file.

#include "core/transcript.hpp"

#include <string>
#include <vector>

namespace smo::test {

inline std::string transcript_fingerprint(const std::vector<core::TranscriptEntry>& t, std::size_t count) {
    std::string fp;
    for (std::size_t i = 0; i < count && i < t.size(); ++i) {
        fp += t[i].turn_id + ":" + t[i].node_id + ":" + t[i].option_id + ";";
    }
    return fp.empty() ? "-" : fp;
}

} // namespace smo::test
