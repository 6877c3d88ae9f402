#include "core/name_uuid.hpp"

#include "core/sha256.hpp"

namespace smo::core {

std::string name_uuid(std::string_view name_space, std::string_view name) {
    std::string input(name_space);
    input += '\n';
    input += name;
    std::string hex = sha256_hex(input).substr(0, 32);
    hex[12] = '5'; // version
    static constexpr char kVariant[] = "89ab";
    const int nibble = hex[16] <= '9' ? hex[16] - '0' : hex[16] - 'a' + 10;
    hex[16] = kVariant[nibble & 0x3]; // RFC 4122 variant: 10xx
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" + hex.substr(16, 4) +
           "-" + hex.substr(20, 12);
}

} // namespace smo::core
