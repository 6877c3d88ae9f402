#include "scoring/lexicon.hpp"

#include "scoring/normalise.hpp"
#include "scoring/taxonomy.hpp"

#include "scoring/json/read_file.hpp"
#include "scoring/json/reader.hpp"

#include <algorithm>

namespace smo::scoring {
namespace {

constexpr std::string_view kPron = "{pron}";
constexpr json::Limits kLexiconLimits{}; // 16 MB, depth 64: far above the shipped files

// Normalises a term, keeping {pron} slots as '\x02'.
std::string normalise_with_slots(std::string_view term) {
    // Fast path: already lower-case ASCII words separated by single spaces.
    bool plain = !term.empty() && term.front() != ' ' && term.back() != ' ';
    for (std::size_t i = 0; i < term.size() && plain; ++i) {
        char c = term[i];
        plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == ' ' && term[i - 1] != ' ');
    }
    if (plain) return std::string(term);
    std::string out;
    std::size_t pos = 0;
    while (true) {
        std::size_t at = term.find(kPron, pos);
        std::string part = normalise_term(term.substr(pos, at == std::string_view::npos ? at : at - pos));
        if (!part.empty()) {
            if (!out.empty()) out.push_back(' ');
            out += part;
        }
        if (at == std::string_view::npos) break;
        if (!out.empty()) out.push_back(' ');
        out.push_back('\x02');
        pos = at + kPron.size();
    }
    return out;
}

bool is_int(const json::Json& v) {
    return v.is_number_integer() || v.is_number_unsigned();
}

} // namespace

Label category_label(std::string_view id) {
    auto cats = categories();
    for (std::size_t i = 0; i < cats.size(); ++i)
        if (cats[i].id == id) return static_cast<Label>(i);
    return kNoLabel;
}
Label hint_label() {
    return kCategoryLabels;
}
std::string_view label_id(Label l) {
    if (is_category_label(l)) return categories()[l].id;
    if (l == hint_label()) return "hint";
    if (is_cue_label(l) && static_cast<std::size_t>(l - kCategoryLabels - 1) < kCueIds.size())
        return kCueIds[l - kCategoryLabels - 1];
    return "?";
}

bool parse_lexicon_file(std::string_view text, const std::string& file, Lexicon& out,
                        std::vector<json::Diagnostic>& errors) {
    std::size_t errors_before = errors.size();
    auto parsed = json::parse(text, file, kLexiconLimits, errors);
    if (!parsed) return false;
    const json::Json& doc = parsed->root;
    json::Reader reader(parsed->map, errors, file);
    auto fail = [&](const std::string& pointer, std::string message,
                    json::DiagCode code = json::DiagCode::InvalidValue) {
        reader.report(code, pointer, std::move(message));
    };
    if (!doc.is_object()) {
        fail("", "verwacht een JSON-object", json::DiagCode::WrongType);
        return false;
    }
    if (!doc.contains("schema_version") || !is_int(doc["schema_version"]) || doc["schema_version"] != 1)
        fail("/schema_version", "schema_version moet 1 zijn");
    if (!doc.contains("language") || doc["language"] != "nl") fail("/language", "language moet \"nl\" zijn");

    Label label = kNoLabel;
    bool is_hints = false;
    if (doc.contains("cue")) {
        if (!doc["cue"].is_string()) {
            fail("/cue", "cue moet een tekst zijn", json::DiagCode::WrongType);
        } else {
            std::string id = doc["cue"].get<std::string>();
            auto it = std::find(kCueIds.begin(), kCueIds.end(), id);
            if (it == kCueIds.end())
                fail("/cue", "onbekende cue '" + id + "'");
            else
                label = cue_label(static_cast<Cue>(it - kCueIds.begin()));
        }
    } else if (doc.contains("category") && doc["category"].is_string()) {
        std::string id = doc["category"].get<std::string>();
        if (id == "hints") {
            label = hint_label();
            is_hints = true;
        } else {
            label = category_label(id);
            if (label == kNoLabel) fail("/category", "onbekende categorie '" + id + "'");
        }
    } else {
        fail("", "\"category\" of \"cue\" ontbreekt", json::DiagCode::MissingField);
    }

    if (!doc.contains("entries") || !doc["entries"].is_array()) {
        fail("/entries", "entries moet een lijst zijn", json::DiagCode::WrongType);
        return false;
    }
    const auto& entries = doc["entries"];
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        std::string ptr = "/entries/" + std::to_string(i);
        LexEntry entry;
        entry.label = label;
        if (e.is_string()) {
            entry.term = e.get<std::string>();
        } else if (e.is_object()) {
            if (!e.contains("term") || !e["term"].is_string()) {
                fail(ptr, "entry zonder tekst in \"term\"", json::DiagCode::MissingField);
                continue;
            }
            entry.term = e["term"].get<std::string>();
            bool ok = true;
            for (auto it = e.begin(); it != e.end(); ++it) {
                const std::string& key = it.key();
                const auto& v = it.value();
                if (key == "term" || key == "note") continue;
                if (key == "sensitive") {
                    if (!v.is_boolean())
                        fail(ptr + "/sensitive", "sensitive moet true of false zijn",
                             json::DiagCode::WrongType),
                            ok = false;
                    else
                        entry.sensitive = v.get<bool>();
                } else if (key == "implies") {
                    Label implied = v.is_string() ? category_label(v.get<std::string>()) : kNoLabel;
                    if (!is_hints || implied == kNoLabel || !categories()[implied].is_protected) {
                        fail(ptr + "/implies",
                             "implies moet een beschermde categorie zijn (alleen in hints.json)");
                        ok = false;
                    } else {
                        entry.implies = implied;
                    }
                } else if (key == "value" || key == "week_min" || key == "week_max") {
                    if (!is_int(v) || v.get<long long>() < -1 || v.get<long long>() > 100000) {
                        fail(ptr + "/" + key, key + " moet een geheel getal zijn");
                        ok = false;
                    } else {
                        int n = static_cast<int>(v.get<long long>());
                        if (key == "value")
                            entry.value = n;
                        else if (key == "week_min")
                            entry.week_min = n;
                        else
                            entry.week_max = n;
                    }
                } else if (key == "step") {
                    if (!v.is_string())
                        fail(ptr + "/step", "step moet een tekst zijn", json::DiagCode::WrongType),
                            ok = false;
                    else
                        entry.step = v.get<std::string>();
                } else {
                    fail(ptr + "/" + key, "onbekend veld '" + key + "'");
                    ok = false;
                }
            }
            if (!ok) continue;
        } else {
            fail(ptr, "entry moet een tekst of een object zijn", json::DiagCode::WrongType);
            continue;
        }
        if (is_hints && entry.implies == kNoLabel) {
            fail(ptr, "hints-entry zonder \"implies\"");
            continue;
        }
        if (label == cue_label(Cue::Step) && entry.step.empty()) {
            fail(ptr, "step-entry zonder \"step\" (de stap-id, zoals \"uwv_melding\")", json::DiagCode::MissingField);
            continue;
        }
        std::string_view t = entry.term;
        entry.prefix_wild = !t.empty() && t.front() == '*';
        entry.suffix_wild = t.size() > 1 && t.back() == '*';
        if (entry.prefix_wild) t.remove_prefix(1);
        if (entry.suffix_wild) t.remove_suffix(1);
        entry.norm = normalise_with_slots(t);
        bool has_word =
            std::any_of(entry.norm.begin(), entry.norm.end(), [](char c) { return is_word_char(c); });
        if (!has_word) {
            fail(ptr, "term '" + entry.term + "' is leeg na normalisatie");
            continue;
        }
        if (entry.norm.find('*') != std::string::npos) {
            fail(ptr, "'*' mag alleen aan het begin of eind van een term staan");
            continue;
        }
        if (label != kNoLabel) out.entries.push_back(std::move(entry));
    }
    out.files.push_back(file);
    return errors.size() == errors_before;
}

std::optional<Lexicon> load_lexicon(const std::filesystem::path& dir, std::vector<json::Diagnostic>& errors) {
    std::size_t errors_before = errors.size();
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& sub : {dir, dir / "cues"}) {
        if (!std::filesystem::is_directory(sub, ec)) {
            if (sub == dir) {
                errors.push_back(json::make_diagnostic(json::DiagCode::ReadError, dir.string(),
                                                       "lexicon-map niet gevonden"));
                return std::nullopt;
            }
            continue;
        }
        for (const auto& it : std::filesystem::directory_iterator(sub, ec))
            if (it.is_regular_file(ec) && it.path().extension() == ".json") files.push_back(it.path());
    }
    std::sort(files.begin(), files.end());
    Lexicon lex;
    for (const auto& f : files) {
        auto text = json::read_regular_file(f, kLexiconLimits.max_bytes, errors);
        if (!text) continue;
        parse_lexicon_file(*text, f.string(), lex, errors);
    }
    if (errors.size() != errors_before) return std::nullopt;
    return lex;
}

} // namespace smo::scoring
