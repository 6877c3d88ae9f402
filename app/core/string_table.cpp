#include "core/string_table.hpp"

#include "core/atomic_file.hpp"
#include "core/json_errors.hpp"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

namespace smo::core {

namespace {
constexpr std::array<std::string_view, 2> kLanguageCodes{"nl", "en"};
static_assert(kLanguageCodes.size() == static_cast<std::size_t>(Language::Count));
} // namespace

std::string_view language_code(Language lang) {
    return kLanguageCodes[static_cast<std::size_t>(lang)];
}

std::optional<Language> parse_language(std::string_view code) {
    for (std::size_t i = 0; i < kLanguageCodes.size(); ++i) {
        if (kLanguageCodes[i] == code) return static_cast<Language>(i);
    }
    return std::nullopt;
}

std::optional<std::string> StringTable::parse(std::string_view json_text, StringTable& out) {
    nlohmann::json doc;
    if (auto err = parse_json_located(json_text, doc)) return err;
    if (!doc.is_object() || !doc.contains("strings") || !doc["strings"].is_object()) {
        return std::string("verwacht een object met \"strings\" (at /strings)");
    }
    StringTable table;
    for (const auto& [key, value] : doc["strings"].items()) {
        if (!value.is_string()) return "waarde is geen tekst (at /strings/" + key + ")";
        table.m_strings.emplace(key, value.get<std::string>());
    }
    out = std::move(table);
    return std::nullopt;
}

std::optional<std::string> StringTable::load(const std::filesystem::path& data_dir, Language lang,
                                             StringTable& out) {
    auto path = data_dir / "assets" / "i18n" / (std::string(language_code(lang)) + ".json");
    std::string error;
    auto text = read_file(path, error, 4u * 1024u * 1024u);
    if (!text) return error;
    if (auto err = parse(*text, out)) return path.string() + ":" + *err;
    return std::nullopt;
}

const char* StringTable::get(std::string_view key) const {
    auto it = m_strings.find(key);
    if (it == m_strings.end()) {
        // Show the key itself; keep it alive in a fallback store so the pointer stays valid.
        auto found = m_missing.find(key);
        if (found == m_missing.end()) found = m_missing.emplace(std::string(key)).first;
        return found->c_str();
    }
    return it->second.c_str();
}

std::vector<std::string> StringTable::keys() const {
    std::vector<std::string> out;
    out.reserve(m_strings.size());
    for (const auto& [k, v] : m_strings)
        out.push_back(k);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace smo::core
