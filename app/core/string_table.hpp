#pragma once
// UI strings per language, loaded from assets/i18n/<lang>.json. Dutch is the default.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace smo::core {

enum class Language { Dutch, English, Count };

std::string_view language_code(Language lang);            ///< "nl" / "en"
std::optional<Language> parse_language(std::string_view); ///< accepts "nl" / "en"

/// One language's strings. Lookups of a missing key return the key itself, so a gap shows on screen
/// instead of crashing; the i18n test makes sure no key is missing in either table.
class StringTable {
  public:
    /// Parses a table; returns an error message (with line:column where the JSON is bad) on failure.
    static std::optional<std::string> parse(std::string_view json_text, StringTable& out);
    /// Loads <data_dir>/assets/i18n/<code>.json.
    static std::optional<std::string> load(const std::filesystem::path& data_dir, Language lang,
                                           StringTable& out);

    const char* get(std::string_view key) const;
    bool has(std::string_view key) const { return m_strings.find(key) != m_strings.end(); }
    std::vector<std::string> keys() const;
    std::size_t size() const { return m_strings.size(); }

  private:
    // Transparent hashing: lookups by string_view allocate nothing (they run every frame).
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::string, Hash, std::equal_to<>> m_strings;
    mutable std::unordered_set<std::string, Hash, std::equal_to<>> m_missing;
};

/// Both languages, with the active one selected at run time.
struct Strings {
    StringTable nl;
    StringTable en;
    Language active = Language::Dutch;
    const char* operator()(std::string_view key) const {
        return (active == Language::English ? en : nl).get(key);
    }
};

} // namespace smo::core
