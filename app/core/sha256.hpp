#pragma once
// SHA-256 (OpenSSL libcrypto) as lowercase hex; sessions record the hash of the scenario file.

#include <string>
#include <string_view>

namespace smo::core {

/// 64 lowercase hex digits of SHA-256(data).
std::string sha256_hex(std::string_view data);

} // namespace smo::core
