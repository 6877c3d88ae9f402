#include "core/lrs_secret.hpp"

#include "core/atomic_file.hpp"
#include "core/paths.hpp"

namespace smo::core {

namespace fs = std::filesystem;

fs::path lrs_secret_path(const fs::path& config_dir) {
    return config_dir / "lrs-secret";
}

std::string load_lrs_secret(const fs::path& file, std::string& error) {
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(file, ec))) return {};
    std::string read_error;
    auto text = read_file(file, read_error, 64 * 1024);
    if (!text) {
        error = read_error;
        return {};
    }
    const auto perms = fs::status(file, ec).permissions();
    if (!ec && (perms & (fs::perms::group_all | fs::perms::others_all)) != fs::perms::none)
        fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, ec);
    while (!text->empty() && (text->back() == '\n' || text->back() == '\r'))
        text->pop_back();
    return *text;
}

std::optional<std::string> save_lrs_secret(const fs::path& file, const std::string& secret) {
    std::error_code ec;
    if (secret.empty()) {
        fs::remove(file, ec);
        if (ec) return file.string() + ": " + ec.message();
        return std::nullopt;
    }
    std::string error;
    if (!ensure_private_dir(file.parent_path(), error)) return error;
    return atomic_write(file, secret + "\n", 0600);
}

} // namespace smo::core
