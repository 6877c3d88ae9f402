#include "cli/check_command.hpp"

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
    for (char c : s) {
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

void append_spans(std::string& out, const std::vector<scoring::Span>& spans) {
    out.push_back('[');
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (i) out.push_back(',');
        out += "{\"start\":" + std::to_string(spans[i].start) + ",\"end\":" + std::to_string(spans[i].end) +
               ",\"category\":";
        append_json_string(out, spans[i].category);
        out += ",\"term\":";
        append_json_string(out, spans[i].term);
        out.push_back('}');
    }
    out.push_back(']');
}

// The contract line: {"id","verdict","rules","categories","spans"}.
void append_result_line(std::string& out, const std::string& id_json, const Evaluation& ev) {
    out += "{\"id\":";
    out += id_json;
    out += ",\"verdict\":\"";
    out += scoring::verdict_id(ev.verdict);
    out += "\",\"rules\":";
    append_string_array(out, ev.rule_ids());
    out += ",\"categories\":";
    append_string_array(out, ev.categories);
    out += ",\"spans\":";
    append_spans(out, ev.spans);
    out += "}\n";
}

void append_error_line(std::string& out, const std::string& id_json, std::size_t line,
                       std::string_view message) {
    out += "{\"id\":" + id_json + ",\"line\":" + std::to_string(line) + ",\"error\":";
    append_json_string(out, message);
    out += "}\n";
}

// [SECTION] a small validating JSON reader for the --jsonl hot path. nlohmann builds a DOM per line,
// which costs more than judging the statement; this reads the few fields the contract defines,
// skips (but still validates) everything else, and reports a broken line without throwing.
class LineReader {
  public:
    explicit LineReader(std::string_view s) : m_s(s) {}

    struct Result {
        bool ok = false;
        std::string error;
        std::string id_json = "null";
        bool has_text = false;
        std::string text;
        Context context;
    };

    /// Reads one line into `r`, reusing its buffers (the loop calls this once per input line).
    Result& read(Result& r) {
        reset(r);
        skip_ws();
        if (!object([&](std::string_view key) { return top_field(key, r); })) {
            r.ok = false;
            if (r.error.empty()) r.error = "geen geldige JSON";
            return r;
        }
        skip_ws();
        if (m_i != m_s.size()) return fail(r, "geen geldige JSON");
        r.ok = true;
        return r;
    }

  private:
    static void reset(Result& r) {
        static const Context kDefault;
        r.ok = false;
        r.error.clear();
        r.id_json.assign("null");
        r.has_text = false;
        r.text.clear();
        r.context.who_present.assign(kDefault.who_present.begin(), kDefault.who_present.end());
        r.context.smo_type.assign(kDefault.smo_type);
        r.context.worker_informed = kDefault.worker_informed;
        r.context.kept_out.clear();
        r.context.group_size.reset();
        r.context.participant_names.clear();
    }
    Result& fail(Result& r, const char* msg) {
        r.ok = false;
        r.error = msg;
        return r;
    }
    void skip_ws() {
        while (m_i < m_s.size() &&
               (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\n' || m_s[m_i] == '\r'))
            ++m_i;
    }
    bool peek(char c) {
        skip_ws();
        return m_i < m_s.size() && m_s[m_i] == c;
    }
    bool eat(char c) {
        if (!peek(c)) return false;
        ++m_i;
        return true;
    }
    bool literal(std::string_view word) {
        if (m_s.substr(m_i, word.size()) != word) return false;
        m_i += word.size();
        return true;
    }
    static void append_utf8(std::string& out, std::uint32_t cp) {
        if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
    }
    bool hex4(std::uint32_t& v) {
        if (m_i + 4 > m_s.size()) return false;
        v = 0;
        for (int k = 0; k < 4; ++k) {
            char c = m_s[m_i++];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= static_cast<std::uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= static_cast<std::uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= static_cast<std::uint32_t>(c - 'A' + 10);
            else
                return false;
        }
        return true;
    }
    // A string; `out` may be null to only validate. Raw bytes must be valid UTF-8.
    bool string(std::string* out) {
        if (!eat('"')) return false;
        while (m_i < m_s.size()) {
            auto c = static_cast<unsigned char>(m_s[m_i]);
            if (c == '"') {
                ++m_i;
                return true;
            }
            if (c < 0x20) return false;
            if (c == '\\') {
                if (++m_i >= m_s.size()) return false;
                char e = m_s[m_i++];
                char plain = 0;
                switch (e) {
                case '"':
                    plain = '"';
                    break;
                case '\\':
                    plain = '\\';
                    break;
                case '/':
                    plain = '/';
                    break;
                case 'b':
                    plain = '\b';
                    break;
                case 'f':
                    plain = '\f';
                    break;
                case 'n':
                    plain = '\n';
                    break;
                case 'r':
                    plain = '\r';
                    break;
                case 't':
                    plain = '\t';
                    break;
                case 'u': {
                    std::uint32_t cp = 0;
                    if (!hex4(cp)) return false;
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        std::uint32_t lo = 0;
                        if (m_s.substr(m_i, 2) != "\\u") return false;
                        m_i += 2;
                        if (!hex4(lo) || lo < 0xDC00 || lo > 0xDFFF) return false;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                        return false;
                    }
                    if (out) append_utf8(*out, cp);
                    continue;
                }
                default:
                    return false;
                }
                if (out) out->push_back(plain);
                continue;
            }
            std::size_t len = c < 0x80                   ? 1
                              : (c >= 0xC2 && c <= 0xDF) ? 2
                              : (c >= 0xE0 && c <= 0xEF) ? 3
                              : (c >= 0xF0 && c <= 0xF4) ? 4
                                                         : 0;
            if (len == 0 || m_i + len > m_s.size()) return false;
            for (std::size_t k = 1; k < len; ++k)
                if ((static_cast<unsigned char>(m_s[m_i + k]) & 0xC0) != 0x80) return false;
            if (len == 3) {
                auto c1 = static_cast<unsigned char>(m_s[m_i + 1]);
                if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F)) return false; // overlong, surrogate
            } else if (len == 4) {
                auto c1 = static_cast<unsigned char>(m_s[m_i + 1]);
                if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F)) return false;
            }
            if (out) out->append(m_s.substr(m_i, len));
            m_i += len;
        }
        return false;
    }
    bool number(std::optional<long long>* as_int) {
        std::size_t start = m_i;
        if (m_i < m_s.size() && m_s[m_i] == '-') ++m_i;
        if (m_i >= m_s.size() || m_s[m_i] < '0' || m_s[m_i] > '9') return false;
        if (m_s[m_i] == '0')
            ++m_i;
        else
            while (m_i < m_s.size() && m_s[m_i] >= '0' && m_s[m_i] <= '9')
                ++m_i;
        bool integer = true;
        if (m_i < m_s.size() && m_s[m_i] == '.') {
            integer = false;
            ++m_i;
            std::size_t d = m_i;
            while (m_i < m_s.size() && m_s[m_i] >= '0' && m_s[m_i] <= '9')
                ++m_i;
            if (m_i == d) return false;
        }
        if (m_i < m_s.size() && (m_s[m_i] == 'e' || m_s[m_i] == 'E')) {
            integer = false;
            ++m_i;
            if (m_i < m_s.size() && (m_s[m_i] == '+' || m_s[m_i] == '-')) ++m_i;
            std::size_t d = m_i;
            while (m_i < m_s.size() && m_s[m_i] >= '0' && m_s[m_i] <= '9')
                ++m_i;
            if (m_i == d) return false;
        }
        if (as_int && integer) {
            long long v = 0;
            auto [p, ec] = std::from_chars(m_s.data() + start, m_s.data() + m_i, v);
            if (ec == std::errc() && p == m_s.data() + m_i) *as_int = v;
        }
        return true;
    }
    bool value() { // validate and skip any value
        if (++m_depth > 64) return false;
        skip_ws();
        bool ok = false;
        if (m_i >= m_s.size())
            ok = false;
        else if (m_s[m_i] == '"')
            ok = string(nullptr);
        else if (m_s[m_i] == '{')
            ok = object([&](std::string_view) { return value(); });
        else if (m_s[m_i] == '[')
            ok = array([&] { return value(); });
        else if (m_s[m_i] == 't')
            ok = literal("true");
        else if (m_s[m_i] == 'f')
            ok = literal("false");
        else if (m_s[m_i] == 'n')
            ok = literal("null");
        else
            ok = number(nullptr);
        --m_depth;
        return ok;
    }
    template <typename Field> bool object(Field field) {
        if (!eat('{')) return false;
        if (eat('}')) return true;
        std::string key;
        do {
            key.clear();
            skip_ws();
            if (!string(&key) || !eat(':')) return false;
            skip_ws();
            if (!field(key)) return false;
        } while (eat(','));
        return eat('}');
    }
    template <typename Item> bool array(Item item) {
        if (!eat('[')) return false;
        if (eat(']')) return true;
        do {
            skip_ws();
            if (!item()) return false;
        } while (eat(','));
        return eat(']');
    }
    bool string_list(std::vector<std::string>& out, bool& ok_type) {
        skip_ws();
        if (m_i < m_s.size() && m_s[m_i] != '[') {
            ok_type = false;
            return value();
        }
        out.clear();
        return array([&] {
            skip_ws();
            if (m_i < m_s.size() && m_s[m_i] == '"') {
                std::string v;
                if (!string(&v)) return false;
                out.push_back(std::move(v));
                return true;
            }
            return value();
        });
    }
    bool top_field(std::string_view key, Result& r) {
        if (key == "id") {
            std::size_t start = m_i;
            if (!value()) return false;
            r.id_json.assign(m_s.substr(start, m_i - start));
            return true;
        }
        if (key == "text") {
            if (m_i < m_s.size() && m_s[m_i] == '"') {
                r.text.clear();
                r.has_text = string(&r.text);
                return r.has_text;
            }
            r.has_text = false;
            return value();
        }
        if (key == "context") {
            if (m_i >= m_s.size() || m_s[m_i] != '{') return value();
            return object([&](std::string_view k) { return context_field(k, r.context); });
        }
        return value();
    }
    bool context_field(std::string_view key, Context& c) {
        skip_ws();
        if (key == "who_present") {
            std::vector<std::string> who;
            bool ok_type = true;
            if (!string_list(who, ok_type)) return false;
            if (ok_type) c.who_present = std::move(who);
            return true;
        }
        if (key == "kept_out") {
            std::vector<std::string> kept;
            bool ok_type = true;
            if (!string_list(kept, ok_type)) return false;
            if (ok_type) c.kept_out = std::move(kept);
            return true;
        }
        if (key == "smo_type" && m_i < m_s.size() && m_s[m_i] == '"') {
            std::string t;
            if (!string(&t)) return false;
            if (scoring::is_smo_type(t)) c.smo_type = std::move(t);
            return true;
        }
        if (key == "worker_informed" && m_i < m_s.size() && (m_s[m_i] == 't' || m_s[m_i] == 'f')) {
            bool v = m_s[m_i] == 't';
            if (!literal(v ? "true" : "false")) return false;
            c.worker_informed = v;
            return true;
        }
        if (key == "group_size" && m_i < m_s.size() &&
            (m_s[m_i] == '-' || (m_s[m_i] >= '0' && m_s[m_i] <= '9'))) {
            std::optional<long long> v;
            if (!number(&v)) return false;
            if (v && *v >= 0 && *v < 100000000)
                c.group_size = static_cast<int>(*v);
            else
                c.group_size.reset();
            return true;
        }
        if (key == "group_size") c.group_size.reset(); // null or another type: unknown
        return value();
    }

    std::string_view m_s;
    std::size_t m_i = 0;
    int m_depth = 0;
};

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
                              {"spans", spans}});
    }
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
    std::string line, buffer;
    buffer.reserve(1 << 16);
    scoring::Analysis scratch;
    LineReader::Result r;
    std::size_t line_no = 0;
    while (std::getline(in, line)) {
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        LineReader(line).read(r);
        if (!r.ok) {
            append_error_line(buffer, "null", line_no, r.error);
        } else if (!r.has_text) {
            append_error_line(buffer, r.id_json, line_no, "veld \"text\" ontbreekt of is geen tekst");
        } else {
            Evaluation ev = engine.evaluate_text(r.text, r.context, scratch, /*with_suggestion=*/false);
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
