#pragma once
// The SMO rule catalogue as data (assets/rules/rules.json): ids, kinds, severities, texts in Dutch
// and English, and sources. The engine decides; this only describes. Load once, share read-only.

#include "scoring/evaluation.hpp"
#include "scoring/json/diagnostic.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace smo::scoring {

struct LocalText {
    std::string nl, en;
};

struct RuleSource {
    std::string key, title, url, verified;
};

struct Rule {
    std::string id;
    std::string kind; ///< allow | conf | cons | proc | group
    Severity severity = Severity::None;
    bool conditional = false; ///< severity "conditional": the checker answers caution
    bool raise_if_sensitive = false;
    std::vector<std::string> categories, smo_types, sources;
    LocalText title, explanation, violation_when, suggestion;
    std::string example_bad_nl, example_good_nl;
};

struct Rulebase {
    int schema_version = 0;
    std::string rulebase_version;
    std::vector<RuleSource> sources;
    std::vector<Rule> rules;

    /// nullptr when unknown.
    const Rule* find(std::string_view id) const;
    const RuleSource* find_source(std::string_view key) const;
    /// "AP-2016; NVAB-PRIV" style citation of the rule's sources ("" when unknown).
    std::string citation(std::string_view rule_id) const;
};

/// Reads and checks rules.json. Returns nullopt when the file is broken; `errors` holds every problem.
std::optional<Rulebase> load_rulebase(const std::filesystem::path& file,
                                      std::vector<json::Diagnostic>& errors);
/// Same, from text (tests, fuzzing). `file` is used in messages.
std::optional<Rulebase> parse_rulebase(std::string_view text, const std::string& file,
                                       std::vector<json::Diagnostic>& errors);

/// Severity one level higher, capped at critical.
Severity raised(Severity s);

} // namespace smo::scoring
