#pragma once
// Name-based UUIDs: the same name always gives the same UUID, so an export or a resend of a
// session's xAPI statements carries the same registration and statement ids (an LRS answers 409
// or ignores a statement it already has instead of storing it twice).

#include <string>
#include <string_view>

namespace smo::core {

/// A version-5-style UUID ("xxxxxxxx-xxxx-5xxx-[89ab]xxx-xxxxxxxxxxxx", lowercase) from the first
/// 128 bits of SHA-256(`name_space` + '\n' + `name`). RFC 4122's v5 uses SHA-1; SHA-256 is what
/// core already has and the layout (version and variant bits) is the same.
std::string name_uuid(std::string_view name_space, std::string_view name);

} // namespace smo::core
