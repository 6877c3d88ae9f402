#pragma once
// Reading a session file straight into a Session with nlohmann's SAX parser, without building a
// DOM first: a supervisor's cohort is a thousand of these, and the DOM costs as much as the parse.
// It accepts only what session_to_json writes (the current schema, every field it always writes,
// no other keys, each value of its own type); anything else - an older schema, a hand-edited
// value, a syntax error - makes it give up, and session_from_json reads the file with the checking
// reader instead, which migrates, locates the error or tolerates what it tolerates. For every file
// both readers accept, they give the same Session (tests/core/test_session_fast_reader.cpp).

#include "core/session.hpp"
#include "scoring/json/document.hpp"

#include <string_view>

namespace smo::core {

/// What a session file may be (both readers): 64 MiB, nesting 64, 1 MiB per string.
inline constexpr json::Limits kSessionJsonLimits{64u * 1024u * 1024u, 64, 1024u * 1024u};

/// True when `text` is a session file in exactly the shape session_to_json writes (an embedded
/// scenario from a hand-in is skipped); then `out` holds it. False leaves `out` untouched.
bool read_session_fast(std::string_view text, Session& out);

} // namespace smo::core
