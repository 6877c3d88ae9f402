#include "scoring/rulebase.hpp"

#include "scoring/json/read_file.hpp"
#include "scoring/json/reader.hpp"

#include <algorithm>
#include <array>
#include <set>

namespace smo::scoring {
namespace {

// "duty": what the physician must do (scored from scripted options' flaws, never from text).
constexpr std::array<std::string_view, 6> kKinds{"allow", "conf", "cons", "proc", "group", "duty"};

} // namespace

const Rule* Rulebase::find(std::string_view id) const {
    auto it = std::find_if(rules.begin(), rules.end(), [&](const Rule& r) { return r.id == id; });
    return it == rules.end() ? nullptr : &*it;
}

const RuleSource* Rulebase::find_source(std::string_view key) const {
    auto it = std::find_if(sources.begin(), sources.end(), [&](const RuleSource& s) { return s.key == key; });
    return it == sources.end() ? nullptr : &*it;
}

std::string Rulebase::citation(std::string_view rule_id) const {
    const Rule* r = find(rule_id);
    if (r == nullptr) return {};
    std::string out;
    for (const auto& s : r->sources) {
        if (!out.empty()) out += "; ";
        out += s;
    }
    return out;
}

Severity raised(Severity s) {
    switch (s) {
    case Severity::None:
        return Severity::None;
    case Severity::Low:
        return Severity::Medium;
    case Severity::Medium:
        return Severity::High;
    default:
        return Severity::Critical;
    }
}

std::optional<Rulebase> parse_rulebase(std::string_view text, const std::string& file,
                                       std::vector<json::Diagnostic>& errors) {
    std::size_t before = errors.size();
    auto parsed = json::parse(text, file, json::Limits{}, errors);
    if (!parsed) return std::nullopt;
    const json::Json& doc = parsed->root;
    json::Reader reader(parsed->map, errors, file);
    auto fail = [&](const std::string& ptr, std::string msg) {
        // Every problem in rules.json makes the rulebase unusable, so all are errors.
        reader.report(json::DiagCode::InvalidValue, ptr, std::move(msg));
    };
    if (!doc.is_object()) {
        fail("", "verwacht een JSON-object");
        return std::nullopt;
    }
    Rulebase rb;
    if (!doc.contains("schema_version") || !doc["schema_version"].is_number_integer() ||
        doc["schema_version"] != 1)
        fail("/schema_version", "schema_version moet 1 zijn (dit programma kent alleen versie 1)");
    else
        rb.schema_version = 1;
    if (!doc.contains("rulebase_version") || !doc["rulebase_version"].is_string())
        fail("/rulebase_version", "rulebase_version ontbreekt");
    else
        rb.rulebase_version = doc["rulebase_version"].get<std::string>();

    if (!doc.contains("sources") || !doc["sources"].is_array()) {
        fail("/sources", "sources moet een lijst zijn");
    } else {
        for (std::size_t i = 0; i < doc["sources"].size(); ++i) {
            const auto& s = doc["sources"][i];
            std::string ptr = "/sources/" + std::to_string(i);
            if (!s.is_object() || !s.contains("key") || !s["key"].is_string() || !s.contains("title") ||
                !s["title"].is_string()) {
                fail(ptr, "bron zonder key of title");
                continue;
            }
            RuleSource src;
            src.key = s["key"].get<std::string>();
            src.title = s["title"].get<std::string>();
            if (s.contains("url") && s["url"].is_string()) src.url = s["url"].get<std::string>();
            if (s.contains("verified") && s["verified"].is_string())
                src.verified = s["verified"].get<std::string>();
            rb.sources.push_back(std::move(src));
        }
    }

    if (!doc.contains("rules") || !doc["rules"].is_array()) {
        fail("/rules", "rules moet een lijst zijn");
        return std::nullopt;
    }
    std::set<std::string> ids;
    for (std::size_t i = 0; i < doc["rules"].size(); ++i) {
        const auto& r = doc["rules"][i];
        std::string ptr = "/rules/" + std::to_string(i);
        if (!r.is_object()) {
            fail(ptr, "regel moet een object zijn");
            continue;
        }
        Rule rule;
        auto str = [&](const char* key, std::string& out, bool required) {
            if (r.contains(key) && r[key].is_string())
                out = r[key].get<std::string>();
            else if (required)
                fail(ptr + "/" + key, std::string("veld '") + key + "' ontbreekt of is geen tekst");
        };
        auto text2 = [&](const char* key, LocalText& out, bool need_en) {
            if (!r.contains(key) || !r[key].is_object() || !r[key].contains("nl") ||
                !r[key]["nl"].is_string()) {
                fail(ptr + "/" + key, std::string("veld '") + key + "' mist een Nederlandse tekst");
                return;
            }
            out.nl = r[key]["nl"].get<std::string>();
            if (r[key].contains("en") && r[key]["en"].is_string())
                out.en = r[key]["en"].get<std::string>();
            else if (need_en)
                fail(ptr + "/" + key + "/nl", std::string("veld '") + key + "' mist een Engelse tekst");
        };
        auto list = [&](const char* key, std::vector<std::string>& out) {
            if (!r.contains(key) || !r[key].is_array()) {
                fail(ptr + "/" + key, std::string("veld '") + key + "' moet een lijst zijn");
                return;
            }
            for (std::size_t k = 0; k < r[key].size(); ++k) {
                if (!r[key][k].is_string())
                    fail(ptr + "/" + key + "/" + std::to_string(k), "verwacht een tekst");
                else
                    out.push_back(r[key][k].get<std::string>());
            }
        };
        str("id", rule.id, true);
        str("kind", rule.kind, true);
        std::string severity;
        str("severity", severity, true);
        if (!rule.id.empty() && !ids.insert(rule.id).second)
            fail(ptr + "/id", "dubbele regel-id '" + rule.id + "'");
        if (!rule.kind.empty() && std::find(kKinds.begin(), kKinds.end(), rule.kind) == kKinds.end())
            fail(ptr + "/kind", "onbekende soort '" + rule.kind + "'");
        if (severity == "conditional") {
            rule.conditional = true;
        } else if (!severity.empty()) {
            bool found = false;
            for (int s = 0; s < static_cast<int>(Severity::Count); ++s) {
                if (severity == severity_id(static_cast<Severity>(s))) {
                    rule.severity = static_cast<Severity>(s);
                    found = true;
                }
            }
            if (!found) fail(ptr + "/severity", "onbekende ernst '" + severity + "'");
        }
        if (r.contains("raise_if_sensitive")) {
            if (!r["raise_if_sensitive"].is_boolean())
                fail(ptr + "/raise_if_sensitive", "verwacht true of false");
            else
                rule.raise_if_sensitive = r["raise_if_sensitive"].get<bool>();
        }
        list("categories", rule.categories);
        list("smo_types", rule.smo_types);
        list("sources", rule.sources);
        text2("title", rule.title, true);
        text2("explanation", rule.explanation, true);
        text2("violation_when", rule.violation_when, false);
        text2("suggestion", rule.suggestion, false);
        if (r.contains("example_bad") && r["example_bad"].is_object() && r["example_bad"].contains("nl") &&
            r["example_bad"]["nl"].is_string())
            rule.example_bad_nl = r["example_bad"]["nl"].get<std::string>();
        if (r.contains("example_good") && r["example_good"].is_object() && r["example_good"].contains("nl") &&
            r["example_good"]["nl"].is_string())
            rule.example_good_nl = r["example_good"]["nl"].get<std::string>();
        rb.rules.push_back(std::move(rule));
    }
    for (std::size_t i = 0; i < rb.rules.size(); ++i)
        for (std::size_t k = 0; k < rb.rules[i].sources.size(); ++k)
            if (rb.find_source(rb.rules[i].sources[k]) == nullptr)
                fail("/rules/" + std::to_string(i) + "/sources/" + std::to_string(k),
                     "onbekende bron '" + rb.rules[i].sources[k] + "'");
    if (errors.size() != before) return std::nullopt;
    return rb;
}

std::optional<Rulebase> load_rulebase(const std::filesystem::path& file,
                                      std::vector<json::Diagnostic>& errors) {
    auto text = json::read_regular_file(file, json::Limits{}.max_bytes, errors);
    if (!text) return std::nullopt;
    return parse_rulebase(*text, file.string(), errors);
}

} // namespace smo::scoring
