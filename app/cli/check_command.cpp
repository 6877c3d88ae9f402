#include "cli/check_command.hpp"

#include "cli/jsonl_reader.hpp"

#include "core/paths.hpp"
#include "scoring/evaluate.hpp"
#include "scoring/taxonomy.hpp"

#include <nlohmann/json.hpp>

#include <charconv>
#include <iostream>
#include <optional>
#include <string_view>

namespace smo::cli {
namespace {

using scoring::Context;
using scoring::Evaluation;

struct CheckOptions {
    Context context;
    bool json = false;
    bool jsonl = false;
    bool help = false;
    std::optional<std::filesystem::path> data_dir;
    std::string text;
};

const char* kUsage =
    "Gebruik: smo-trainer check [--present ROL,...] [--smo-type TYPE] [--json] TEKST\n"
    "         smo-trainer check --jsonl < uitspraken.jsonl\n"
    "\n"
    "  --present ROL,...    wie er aanwezig is (standaard: bedrijfsarts,leidinggevende,hr)\n"
    "  --smo-type TYPE      individueel_opeenvolgend (standaard), met_werknemer of thema_beleid\n"
    "  --kept-out CAT,...   categorieën die de werknemer buiten het SMO wil houden\n"
    "  --group-size N       grootte van de groep bij groepsuitspraken\n"
    "  --not-informed       de werknemer is niet vooraf geïnformeerd\n"
    "  --json               uitvoer als JSON\n"
    "  --jsonl              JSON Lines lezen van stdin, één regel uitvoer per regel invoer\n"
    "  --data-dir MAP       map met assets/ (standaard: automatisch gezocht)\n";

std::vector<std::string> split_list(const std::string& s) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos <= s.size()) {
        std::size_t comma = s.find(',', pos);
        std::string item = s.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
        if (!item.empty()) out.push_back(item);
        if (comma == std::string::npos) break;
        pos = comma + 1;
    }
    return out;
}

std::optional<std::string> parse_args(const std::vector<std::string>& args, CheckOptions& o) {
    std::vector<std::string> words;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](const char* name) -> std::optional<std::string> {
            if (i + 1 >= args.size()) return std::nullopt;
            (void)name;
            return args[++i];
        };
        if (a == "--json")
            o.json = true;
        else if (a == "--jsonl")
            o.jsonl = true;
        else if (a == "-h" || a == "--help")
            o.help = true;
        else if (a == "--not-informed")
            o.context.worker_informed = false;
        else if (a == "--present" || a == "--smo-type" || a == "--kept-out" || a == "--group-size" ||
                 a == "--data-dir") {
            auto v = value(a.c_str());
            if (!v) return a + " verwacht een waarde";
            if (a == "--present")
                o.context.who_present = split_list(*v);
            else if (a == "--kept-out")
                o.context.kept_out = split_list(*v);
            else if (a == "--data-dir")
                o.data_dir = *v;
            else if (a == "--smo-type") {
                if (!scoring::is_smo_type(*v)) return "onbekend SMO-type '" + *v + "'";
                o.context.smo_type = *v;
            } else {
                int n = 0;
                auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
                if (ec != std::errc() || p != v->data() + v->size() || n < 0)
                    return "--group-size verwacht een getal";
                o.context.group_size = n;
            }
        } else if (a == "--") {
            for (++i; i < args.size(); ++i)
                words.push_back(args[i]);
        } else if (a.size() > 1 && a[0] == '-' && a[1] == '-') {
            return "onbekende optie " + a;
        } else {
            words.push_back(a);
        }
    }
    for (const auto& w : words) {
        if (!o.text.empty()) o.text.push_back(' ');
        o.text += w;
    }
    if (!o.help && !o.jsonl && o.text.empty()) return "geen tekst opgegeven";
    if (o.jsonl && !o.text.empty()) return "--jsonl leest van stdin; geef geen tekst mee";
    return std::nullopt;
}

// JSON string escaping for hand-written output (the hot path avoids building nlohmann values).
void append_json_string(std::string& out, std::string_view s) {
    out.push_back('"');
    for (std::size_t i = 0; i < s.size(); ++i) {
        // Bytes that need no escape are copied as one run.
        std::size_t run = i;
        while (run < s.size() && static_cast<unsigned char>(s[run]) >= 0x20 && s[run] != '"' &&
               s[run] != '\\')
            ++run;
        if (run > i) {
            out.append(s.data() + i, run - i);
            i = run;
            if (i == s.size()) break;
        }
        const char c = s[i];
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char* hex = "0123456789abcdef";
                out += "\\u00";
                out.push_back(hex[(c >> 4) & 0xF]);
                out.push_back(hex[c & 0xF]);
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
}

void append_string_array(std::string& out, const std::vector<std::string>& items) {
    out.push_back('[');
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out.push_back(',');
        append_json_string(out, items[i]);
    }
    out.push_back(']');
}

// Without a temporary string per number (std::to_string), as this runs twice per span.
void append_number(std::string& out, std::size_t n) {
    char digits[24];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
    (void)ec; // 24 digits hold any std::size_t
    out.append(digits, end);
}

void append_spans(std::string& out, const std::vector<scoring::Span>& spans) {
    out.push_back('[');
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (i) out.push_back(',');
        out += "{\"start\":";
        append_number(out, spans[i].start);
        out += ",\"end\":";
        append_number(out, spans[i].end);
        out += ",\"category\":";
        append_json_string(out, spans[i].category);
        out += ",\"term\":";
        append_json_string(out, spans[i].term);
        out.push_back('}');
    }
    out.push_back(']');
}

// The contract line: {"id","verdict","rules","condition","categories","spans"}; condition is the
// caution's condition id, null for allowed and violation.
void append_result_line(std::string& out, const std::string& id_json, const Evaluation& ev) {
    out += "{\"id\":";
    out += id_json;
    out += ",\"verdict\":\"";
    out += scoring::verdict_id(ev.verdict);
    out += "\",\"rules\":[";
    for (std::size_t i = 0; i < ev.hits.size(); ++i) { // ev.rule_ids(), without copying them
        if (i) out.push_back(',');
        append_json_string(out, ev.hits[i].rule_id);
    }
    out.push_back(']');
    out += ",\"condition\":";
    if (scoring::Condition c = ev.condition(); c != scoring::Condition::None) {
        out += '"';
        out += scoring::condition_id(c);
        out += '"';
    } else {
        out += "null";
    }
    out += ",\"categories\":";
    append_string_array(out, ev.categories);
    out += ",\"spans\":";
    append_spans(out, ev.spans);
    out += "}\n";
}

void append_error_line(std::string& out, const std::string& id_json, std::size_t line,
                       std::optional<std::size_t> column, std::string_view message) {
    out += "{\"id\":" + id_json + ",\"line\":" + std::to_string(line);
    if (column) out += ",\"column\":" + std::to_string(*column);
    out += ",\"error\":";
    append_json_string(out, message);
    out += "}\n";
}

const char* verdict_nl(scoring::Verdict v) {
    switch (v) {
    case scoring::Verdict::Violation:
        return "overtreding";
    case scoring::Verdict::Caution:
        return "let op (hangt af van de situatie)";
    default:
        return "toegestaan";
    }
}

const char* severity_nl(scoring::Severity s) {
    switch (s) {
    case scoring::Severity::Low:
        return "laag";
    case scoring::Severity::Medium:
        return "middel";
    case scoring::Severity::High:
        return "hoog";
    case scoring::Severity::Critical:
        return "kritiek";
    default:
        return "geen";
    }
}

// The statement with every matched span marked: [woorden]{categorie}.
std::string marked_text(const std::string& text, const std::vector<scoring::Span>& spans) {
    std::string out;
    std::size_t pos = 0;
    for (const auto& s : spans) {
        if (s.start < pos || s.end > text.size() || s.start >= s.end) continue; // nested: keep the outer one
        out.append(text, pos, s.start - pos);
        out += "[";
        out.append(text, s.start, s.end - s.start);
        out += "]{" + s.category + "}";
        pos = s.end;
    }
    out.append(text, pos, std::string::npos);
    return out;
}

void print_human(const scoring::Engine& engine, const CheckOptions& o, const Evaluation& ev,
                 std::ostream& out) {
    out << "Oordeel: " << verdict_nl(ev.verdict);
    if (ev.verdict == scoring::Verdict::Violation) out << " (ernst: " << severity_nl(ev.severity) << ")";
    out << "\n";
    if (scoring::Condition c = ev.condition(); c != scoring::Condition::None)
        out << "Voorwaarde: " << scoring::condition_nl(c) << "\n";
    if (!ev.hits.empty()) {
        out << "Regels:\n";
        for (const auto& h : ev.hits) {
            const scoring::Rule* r = engine.rulebase().find(h.rule_id);
            out << "  " << h.rule_id << "  " << (r ? r->title.nl : std::string()) << "\n";
            if (!h.reason_nl.empty()) out << "      " << h.reason_nl << "\n";
            std::string cite = engine.rulebase().citation(h.rule_id);
            if (!cite.empty()) out << "      Bron: " << cite << "\n";
        }
    }
    if (!ev.allow_rules.empty()) {
        out << "Toegestaan op grond van:";
        for (const auto& a : ev.allow_rules)
            out << " " << a;
        out << "\n";
    }
    out << "Uitspraak: " << marked_text(o.text, ev.spans) << "\n";
    if (!ev.suggestion_nl.empty()) out << "Suggestie: " << ev.suggestion_nl << "\n";
}

// {"id","text","text_en"} for a condition; null for none.
nlohmann::json condition_json(scoring::Condition c) {
    if (c == scoring::Condition::None) return nullptr;
    return {{"id", scoring::condition_id(c)},
            {"text", scoring::condition_nl(c)},
            {"text_en", scoring::condition_en(c)}};
}

void print_json(const scoring::Engine& engine, const Evaluation& ev, std::ostream& out) {
    nlohmann::json j;
    j["verdict"] = scoring::verdict_id(ev.verdict);
    j["severity"] = scoring::severity_id(ev.severity);
    j["rulebase_version"] = engine.rulebase().rulebase_version;
    j["rules"] = nlohmann::json::array();
    for (const auto& h : ev.hits) {
        const scoring::Rule* r = engine.rulebase().find(h.rule_id);
        nlohmann::json spans = nlohmann::json::array();
        for (const auto& s : h.spans)
            spans.push_back({{"start", s.start}, {"end", s.end}, {"category", s.category}, {"term", s.term}});
        j["rules"].push_back({{"id", h.rule_id},
                              {"verdict", scoring::verdict_id(h.verdict)},
                              {"severity", scoring::severity_id(h.severity)},
                              {"title", r ? r->title.nl : ""},
                              {"title_en", r ? r->title.en : ""},
                              {"reason", h.reason_nl},
                              {"reason_en", h.reason_en},
                              {"source", engine.rulebase().citation(h.rule_id)},
                              {"condition", condition_json(h.condition)},
                              {"spans", spans}});
    }
    j["condition"] = condition_json(ev.condition());
    j["allow_rules"] = ev.allow_rules;
    j["categories"] = ev.categories;
    j["spans"] = nlohmann::json::array();
    for (const auto& s : ev.spans)
        j["spans"].push_back(
            {{"start", s.start}, {"end", s.end}, {"category", s.category}, {"term", s.term}});
    j["suggestion"] = ev.suggestion_nl;
    j["suggestion_en"] = ev.suggestion_en;
    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

} // namespace

int run_check_jsonl(const scoring::Engine& engine, std::istream& in, std::ostream& out) {
    std::string buffer;
    buffer.reserve(1 << 16);
    scoring::Analysis scratch;
    CheckRequest r;
    BoundedLineReader lines(in, kMaxJsonlLineBytes);
    std::size_t line_no = 0;
    while (lines.next()) {
        ++line_no;
        std::string_view line = lines.line();
        if (lines.too_long()) {
            too_long_line(line, lines.length(), r);
        } else {
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            parse_check_line(line, r);
        }
        if (!r.ok) {
            append_error_line(buffer, r.id_json, line_no, r.column, r.error);
        } else {
            Evaluation ev = engine.evaluate_text(r.text, r.context, scratch, /*with_suggestion=*/false,
                                                 /*with_reasons=*/false);
            append_result_line(buffer, r.id_json, ev);
        }
        if (buffer.size() > (1 << 15)) {
            out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            buffer.clear();
        }
    }
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    out.flush();
    return 0;
}

int run_check(const std::vector<std::string>& args, const std::filesystem::path& exe_path, std::istream& in,
              std::ostream& out, std::ostream& err) {
    CheckOptions o;
    if (auto error = parse_args(args, o)) {
        err << "smo-trainer check: " << *error << "\n\n" << kUsage;
        return 2;
    }
    if (o.help) {
        out << kUsage;
        return 0;
    }
    auto data_dir = core::find_data_dir(o.data_dir, exe_path, core::process_env());
    if (!data_dir) {
        err << "smo-trainer check: datamap met assets/ niet gevonden (gebruik --data-dir)\n";
        return 1;
    }
    std::vector<json::Diagnostic> errors;
    auto engine = scoring::Engine::load(*data_dir / "assets", errors);
    if (!engine) {
        for (const auto& e : errors)
            err << e.format() << "\n";
        return 1;
    }
    if (o.jsonl) return run_check_jsonl(*engine, in, out);
    scoring::Statement st;
    st.text = o.text;
    Evaluation ev = engine->evaluate(st, o.context);
    if (o.json)
        print_json(*engine, ev, out);
    else
        print_human(*engine, o, ev, out);
    return 0;
}

int run_check_command(const std::vector<std::string>& args, const std::filesystem::path& exe_path) {
    std::ios::sync_with_stdio(false);
    return run_check(args, exe_path, std::cin, std::cout, std::cerr);
}

} // namespace smo::cli
