#include "core/string_table.hpp"

#include "scoring/json/read_file.hpp"
#include "scoring/json/reader.hpp"

#include <algorithm>
#include <array>

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
    std::vector<json::Diagnostic> diags;
    auto parsed = json::parse(json_text, "", json::Limits{4u * 1024u * 1024u, 16, 64u * 1024u}, diags);
    if (!parsed) return json::short_message(diags.front());
    const json::Json& doc = parsed->root;
    json::Reader reader(parsed->map, diags, "");
    auto first_error = [&] { return json::short_message(diags.front()); };
    if (!doc.is_object() || !doc.contains("strings") || !doc["strings"].is_object()) {
        reader.report(json::DiagCode::WrongType, "/strings", "verwacht een object met \"strings\"");
        return first_error();
    }
    StringTable table;
    reader.members(doc, "", "strings", true,
                   [&](const std::string& key, const json::Json& value, const std::string& ptr) {
                       std::string text = reader.as_string(value, ptr, "waarde");
                       if (value.is_string()) table.m_strings.emplace(key, std::move(text));
                   });
    if (!diags.empty()) return first_error();
    out = std::move(table);
    return std::nullopt;
}

std::optional<std::string> StringTable::load(const std::filesystem::path& data_dir, Language lang,
                                             StringTable& out) {
    auto path = data_dir / "assets" / "i18n" / (std::string(language_code(lang)) + ".json");
    auto read = json::read_regular_file(path, 4u * 1024u * 1024u);
    if (!read.ok()) return read.error;
    if (auto err = parse(*read.text, out)) return path.string() + ":" + *err;
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
