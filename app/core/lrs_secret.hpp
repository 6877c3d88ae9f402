#pragma once
// The LRS secret (the password half of the key/secret pair) in its own file beside
// settings.json, mode 0600, so settings can be shown, copied or attached to a bug report without
// it. Nothing in the app prints or logs it; status and error texts never contain it.

#include <filesystem>
#include <optional>
#include <string>

namespace smo::core {

/// "<config dir>/lrs-secret".
std::filesystem::path lrs_secret_path(const std::filesystem::path& config_dir);

/// The secret (trailing newline dropped); "" when there is no file. A file that others may read
/// (group/other permission bits) is still used, and its mode is set back to 0600.
std::string load_lrs_secret(const std::filesystem::path& file, std::string& error);

/// Writes the secret atomically with mode 0600 (folder 0700); an empty secret removes the file.
std::optional<std::string> save_lrs_secret(const std::filesystem::path& file, const std::string& secret);

} // namespace smo::core
