#include "core/scenario_loader.hpp"

#include "core/did_you_mean.hpp"
#include "core/json_syntax.hpp"
#include "core/sha256.hpp"
#include "scoring/json/read_file.hpp"
#include "scoring/json/reader.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <set>
#include <system_error>

namespace smo::core {
namespace fs = std::filesystem;
using json::Json;
using json::pointer_append;

namespace {

/// The last reference token of a JSON pointer, unescaped (~1 is '/', ~0 is '~').
std::string last_token(std::string_view ptr) {
    std::string_view raw = ptr.substr(ptr.rfind('/') + 1);
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
            out += raw[i + 1] == '1' ? '/' : '~';
            ++i;
        } else {
            out += raw[i];
        }
    }
    return out;
}

/// The toolkit's typed reader plus the scenario format's id syntax.
class Reader : public json::Reader {
  public:
    Reader(const SourceMap& map, std::vector<Diagnostic>& diags, std::string file, const LoadOptions& options)
        : json::Reader(map, diags, std::move(file), options.max_list_items), m_diags(diags) {}

    /// The toolkit's check plus "Bedoelde je ...?" with the nearest allowed key of that object.
    void allowed_keys(const Json& obj, const std::string& ptr, std::initializer_list<std::string_view> keys) {
        std::size_t before = m_diags.size();
        json::Reader::allowed_keys(obj, ptr, keys);
        std::vector<std::string_view> allowed(keys);
        for (std::size_t i = before; i < m_diags.size(); ++i) {
            Diagnostic& d = m_diags[i];
            if (d.code != DiagCode::UnknownField) continue;
            std::string hint =
                did_you_mean(last_token(d.pointer), std::span<const std::string_view>(allowed));
            d.message += hint;
        }
    }

    std::string id(const Json& obj, const std::string& ptr, std::string_view key, bool required) {
        std::string value = string(obj, ptr, key, required);
        if (!value.empty() && !is_valid_id(value))
            report(DiagCode::InvalidValue, pointer_append(ptr, key),
                   "'" + value +
                       "' is geen geldige id (kleine letters, cijfers, _ . -; hoogstens 64 tekens)");
        else if (value.empty() && obj.contains(key) && obj.at(key).is_string())
            report(DiagCode::InvalidValue, pointer_append(ptr, key),
                   "'" + std::string(key) + "' mag niet leeg zijn");
        return value;
    }

  private:
    std::vector<Diagnostic>& m_diags;
};

template <typename T> std::vector<std::pair<std::string, std::string>> ids_of(const std::vector<T>& v) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& x : v)
        out.emplace_back(x.id, pointer_append(x.ptr, "id"));
    return out;
}

/// Builds the model from a parsed document whose schema_version was accepted.
class ScenarioBuilder {
  public:
    explicit ScenarioBuilder(Reader& r) : r(r) {}

    Scenario build(const Json& root) {
        Scenario s;
        const std::string p;
        r.allowed_keys(root, p,
                       {"$schema",
                        "schema_version",
                        "id",
                        "version",
                        "language",
                        "title",
                        "summary",
                        "title_en",
                        "summary_en",
                        "author",
                        "estimated_minutes",
                        "smo_type",
                        "assignment",
                        "learning_goals",
                        "poortwachter_week",
                        "participants",
                        "cases",
                        "group",
                        "voorbespreking",
                        "nabespreking",
                        "variables",
                        "reactions",
                        "start",
                        "nodes"});
        s.schema_version = kScenarioSchemaVersion;
        s.id = r.id(root, p, "id", true);
        s.version = r.string(root, p, "version", true);
        s.language = r.string(root, p, "language", true);
        if (!s.language.empty() && s.language != "nl" && s.language != "en")
            r.report(DiagCode::InvalidValue, "/language",
                     "taal '" + s.language + "' wordt niet ondersteund (nl of en)");
        s.title = r.string(root, p, "title", true);
        s.summary = r.string(root, p, "summary", true);
        s.title_en = r.string(root, p, "title_en", false);
        s.summary_en = r.string(root, p, "summary_en", false);
        s.author = r.string(root, p, "author", false);
        s.estimated_minutes = r.integer(root, p, "estimated_minutes", true, 1, 600).value_or(0);
        s.smo_type = r.enumeration<SmoType>(root, p, "smo_type", true, scoring::smo_types());
        s.assignment = r.enumeration<Assignment>(root, p, "assignment", true, scoring::assignments());
        s.learning_goals = r.strings(root, p, "learning_goals", true);
        s.poortwachter_week = r.integer(root, p, "poortwachter_week", false, 0, 104);
        r.list(root, p, "participants", true, [&](const Json& e, const std::string& ep) {
            if (r.expect_object(e, ep, "een deelnemer")) s.participants.push_back(participant(e, ep));
        });
        r.list(root, p, "cases", false, [&](const Json& e, const std::string& ep) {
            if (r.expect_object(e, ep, "een casus")) s.cases.push_back(case_(e, ep));
        });
        if (const Json* g = r.get(root, p, "group", false);
            g != nullptr && r.expect_object(*g, "/group", "'group'"))
            s.group = group(*g, "/group");
        r.list(root, p, "voorbespreking", false, [&](const Json& e, const std::string& ep) {
            if (r.expect_object(e, ep, "een vraag")) s.voorbespreking.push_back(question(e, ep));
        });
        r.list(root, p, "nabespreking", false, [&](const Json& e, const std::string& ep) {
            if (r.expect_object(e, ep, "een vraag")) s.nabespreking.push_back(question(e, ep));
        });
        r.list(root, p, "variables", false, [&](const Json& e, const std::string& ep) {
            if (r.expect_object(e, ep, "een variabele")) s.variables.push_back(variable(e, ep));
        });
        if (const Json* re = r.get(root, p, "reactions", false);
            re != nullptr && r.expect_object(*re, "/reactions", "'reactions'")) {
            r.allowed_keys(*re, "/reactions", {"allowed", "caution", "violation"});
            const auto one = [&](const char* verdict, std::optional<Reaction>& out) {
                const std::string rp = pointer_append("/reactions", verdict);
                if (const Json* o = r.get(*re, "/reactions", verdict, false);
                    o != nullptr && r.expect_object(*o, rp, "een reactie"))
                    out = reaction(*o, rp);
            };
            one("allowed", s.on_allowed);
            one("caution", s.on_caution);
            one("violation", s.on_violation);
        }
        s.start = r.id(root, p, "start", true);
        r.list(root, p, "nodes", true, [&](const Json& e, const std::string& ep) {
            if (r.expect_object(e, ep, "een knoop")) s.nodes.push_back(node(e, ep));
        });

        r.unique(ids_of(s.participants), "deelnemer");
        r.unique(ids_of(s.cases), "casus");
        r.unique(ids_of(s.variables), "variabele");
        r.unique(ids_of(s.nodes), "knoop");
        std::vector<std::pair<std::string, std::string>> items;
        for (const auto& c : s.cases)
            for (const auto& item : c.file)
                items.emplace_back(item.id, pointer_append(item.ptr, "id"));
        r.unique(items, "dossieritem");
        auto questions = ids_of(s.voorbespreking);
        auto more = ids_of(s.nabespreking);
        questions.insert(questions.end(), more.begin(), more.end());
        r.unique(questions, "vraag");
        if (s.group) r.unique(ids_of(s.group->units), "eenheid");
        return s;
    }

  private:
    Participant participant(const Json& o, const std::string& p) {
        r.allowed_keys(o, p, {"id", "name", "role", "description", "present"});
        Participant x;
        x.ptr = p;
        x.id = r.id(o, p, "id", true);
        x.name = r.string(o, p, "name", true);
        x.role = r.string(o, p, "role", true);
        x.description = r.string(o, p, "description", false);
        x.present = r.boolean(o, p, "present", false, true);
        return x;
    }

    Case case_(const Json& o, const std::string& p) {
        r.allowed_keys(o, p,
                       {"id", "title", "worker", "worker_informed", "kept_out", "kept_out_note",
                        "poortwachter_week", "file"});
        Case c;
        c.ptr = p;
        c.id = r.id(o, p, "id", true);
        c.title = r.string(o, p, "title", true);
        if (const Json* w = r.get(o, p, "worker", true); w != nullptr) {
            std::string wp = pointer_append(p, "worker");
            if (r.expect_object(*w, wp, "'worker'")) {
                r.allowed_keys(*w, wp, {"name", "job", "age"});
                c.worker.ptr = wp;
                c.worker.name = r.string(*w, wp, "name", true);
                c.worker.job = r.string(*w, wp, "job", false);
                c.worker.age = r.integer(*w, wp, "age", false, 15, 80);
            }
        }
        c.worker_informed = r.boolean(o, p, "worker_informed", true, true);
        c.kept_out = r.strings(o, p, "kept_out", false);
        c.kept_out_note = r.string(o, p, "kept_out_note", false);
        c.poortwachter_week = r.integer(o, p, "poortwachter_week", false, 0, 104);
        r.list(o, p, "file", true, [&](const Json& e, const std::string& ep) {
            if (!r.expect_object(e, ep, "een dossieritem")) return;
            r.allowed_keys(e, ep, {"id", "text", "category"});
            CaseFileItem item;
            item.ptr = ep;
            item.id = r.id(e, ep, "id", true);
            item.text = r.string(e, ep, "text", true);
            item.category = r.string(e, ep, "category", true);
            c.file.push_back(std::move(item));
        });
        return c;
    }

    GroupData group(const Json& o, const std::string& p) {
        r.allowed_keys(o, p, {"description", "units"});
        GroupData g;
        g.ptr = p;
        g.description = r.string(o, p, "description", false);
        r.list(o, p, "units", true, [&](const Json& e, const std::string& ep) {
            if (!r.expect_object(e, ep, "een eenheid")) return;
            r.allowed_keys(e, ep, {"id", "name", "staff", "counts"});
            GroupUnit u;
            u.ptr = ep;
            u.id = r.id(e, ep, "id", true);
            u.name = r.string(e, ep, "name", true);
            u.staff = r.integer(e, ep, "staff", true, 1, 1000000).value_or(0);
            if (const Json* counts = r.get(e, ep, "counts", false); counts != nullptr) {
                std::string cp = pointer_append(ep, "counts");
                if (r.expect_object(*counts, cp, "'counts'"))
                    for (const auto& [key, value] : counts->items())
                        if (auto n = r.as_integer(value, pointer_append(cp, key), key, 0, 1000000))
                            u.counts[key] = *n;
            }
            g.units.push_back(std::move(u));
        });
        return g;
    }

    std::vector<Answer> answers(const Json& o, const std::string& p) {
        std::vector<Answer> out;
        r.list(o, p, "answers", true, [&](const Json& e, const std::string& ep) {
            if (!r.expect_object(e, ep, "een antwoord")) return;
            r.allowed_keys(e, ep, {"id", "text", "correct", "explanation"});
            Answer a;
            a.ptr = ep;
            a.id = r.id(e, ep, "id", true);
            a.text = r.string(e, ep, "text", true);
            a.correct = r.boolean(e, ep, "correct", true, false);
            a.explanation = r.string(e, ep, "explanation", true);
            out.push_back(std::move(a));
        });
        r.unique(ids_of(out), "antwoord");
        return out;
    }

    /// "key_points": [{"id", "text", "match": [phrases]}]
    std::vector<KeyPoint> key_points(const Json& o, const std::string& p) {
        std::vector<KeyPoint> out;
        r.list(o, p, "key_points", false, [&](const Json& e, const std::string& ep) {
            if (!r.expect_object(e, ep, "een kernpunt ({\"id\", \"text\", \"match\"})")) return;
            r.allowed_keys(e, ep, {"id", "text", "match"});
            KeyPoint k;
            k.ptr = ep;
            k.id = r.id(e, ep, "id", true);
            k.text = r.string(e, ep, "text", true);
            k.match = r.strings(e, ep, "match", true);
            out.push_back(std::move(k));
        });
        r.unique(ids_of(out), "kernpunt");
        return out;
    }

    Question question(const Json& o, const std::string& p) {
        r.allowed_keys(o, p, {"id", "text", "answers", "credits"});
        Question q;
        q.ptr = p;
        q.id = r.id(o, p, "id", true);
        q.text = r.string(o, p, "text", true);
        q.answers = answers(o, p);
        q.credits = r.strings(o, p, "credits", false);
        return q;
    }

    Variable variable(const Json& o, const std::string& p) {
        r.allowed_keys(o, p, {"id", "kind", "label", "initial", "min", "max"});
        Variable v;
        v.ptr = p;
        v.id = r.id(o, p, "id", true);
        std::string kind = r.string(o, p, "kind", true);
        if (kind == "flag")
            v.kind = VariableKind::Flag;
        else if (kind == "meter")
            v.kind = VariableKind::Meter;
        else if (!kind.empty())
            r.report(DiagCode::InvalidValue, pointer_append(p, "kind"),
                     "soort '" + kind + "' bestaat niet (flag of meter)");
        v.label = r.string(o, p, "label", false);
        if (v.kind == VariableKind::Flag) {
            v.min = 0;
            v.max = 1;
            v.initial = r.boolean(o, p, "initial", false, false) ? 1 : 0;
        } else {
            v.min = r.integer(o, p, "min", false, -1000, 1000).value_or(0);
            v.max = r.integer(o, p, "max", false, -1000, 1000).value_or(10);
            v.initial = r.integer(o, p, "initial", true, -1000, 1000).value_or(0);
            if (v.min > v.max)
                r.report(DiagCode::InvalidValue, pointer_append(p, "min"), "'min' is groter dan 'max'");
            else if (v.initial < v.min || v.initial > v.max)
                r.report(DiagCode::InvalidValue, pointer_append(p, "initial"),
                         "'initial' ligt buiten min..max");
        }
        return v;
    }

    /// true/false count as 1/0 so flags and meters share one representation.
    std::optional<int> int_or_bool(const Json& v, const std::string& p, std::string_view what,
                                   bool& was_bool) {
        was_bool = v.is_boolean();
        if (was_bool) return v.get<bool>() ? 1 : 0;
        return r.as_integer(v, p, what, -1000, 1000);
    }

    std::vector<Condition> conditions(const Json& o, const std::string& p, std::string_view key) {
        std::vector<Condition> out;
        r.list(o, p, key, false, [&](const Json& e, const std::string& ep) {
            if (!r.expect_object(e, ep, "een voorwaarde")) return;
            r.allowed_keys(e, ep, {"var", "op", "value"});
            Condition c;
            c.ptr = ep;
            c.var = r.string(e, ep, "var", true);
            std::string op = e.contains("op") ? r.string(e, ep, "op", false) : "==";
            static constexpr std::array<const char*, 6> kOps{"==", "!=", "<", "<=", ">", ">="};
            auto it = std::find(kOps.begin(), kOps.end(), op);
            if (it == kOps.end())
                r.report(DiagCode::InvalidValue, pointer_append(ep, "op"),
                         "vergelijking '" + op + "' bestaat niet (==, !=, <, <=, >, >=)");
            else
                c.op = static_cast<CompareOp>(it - kOps.begin());
            if (const Json* v = r.get(e, ep, "value", true))
                c.value = int_or_bool(*v, pointer_append(ep, "value"), "value", c.value_is_bool).value_or(0);
            out.push_back(std::move(c));
        });
        return out;
    }

    std::vector<Effect> effects(const Json& o, const std::string& p) {
        std::vector<Effect> out;
        r.list(o, p, "effects", false, [&](const Json& e, const std::string& ep) {
            if (!r.expect_object(e, ep, "een effect")) return;
            r.allowed_keys(e, ep, {"var", "add", "set"});
            Effect x;
            x.ptr = ep;
            x.var = r.string(e, ep, "var", true);
            bool has_add = e.contains("add");
            bool has_set = e.contains("set");
            if (has_add == has_set) {
                r.report(DiagCode::InvalidValue, ep, "een effect heeft precies een van 'add' of 'set'");
            } else {
                x.is_set = has_set;
                const char* key = has_set ? "set" : "add";
                x.value = int_or_bool(e.at(key), pointer_append(ep, key), key, x.value_is_bool).value_or(0);
            }
            out.push_back(std::move(x));
        });
        return out;
    }

    Reaction reaction(const Json& o, const std::string& p) {
        r.allowed_keys(o, p, {"effects", "speaker", "text"});
        Reaction x;
        x.ptr = p;
        x.effects = effects(o, p);
        x.speaker = r.string(o, p, "speaker", false);
        x.text = r.string(o, p, "text", false);
        if (x.speaker.empty() != x.text.empty())
            r.report(DiagCode::InvalidValue, p,
                     "een reactie heeft 'speaker' en 'text' samen, of geen van beide");
        return x;
    }

    std::vector<Edge> next(const Json& o, const std::string& p, bool required) {
        std::vector<Edge> out;
        const Json* v = r.get(o, p, "next", required);
        if (v == nullptr) return out;
        std::string np = pointer_append(p, "next");
        if (v->is_string()) {
            Edge e;
            e.ptr = np;
            e.to = v->get<std::string>();
            out.push_back(std::move(e));
            return out;
        }
        r.list_value(*v, np, "next", [&](const Json& e, const std::string& ep) {
            if (!r.expect_object(e, ep, "een vervolg ({\"to\", \"when\"})")) return;
            r.allowed_keys(e, ep, {"to", "when"});
            Edge edge;
            edge.ptr = ep;
            edge.to = r.string(e, ep, "to", true);
            edge.when = conditions(e, ep, "when");
            out.push_back(std::move(edge));
        });
        return out;
    }

    std::vector<Disclosure> disclosures(const Json& o, const std::string& p) {
        std::vector<Disclosure> out;
        r.list(o, p, "discloses", false, [&](const Json& e, const std::string& ep) {
            Disclosure d;
            d.ptr = ep;
            if (e.is_string()) {
                d.item = e.get<std::string>();
            } else if (r.expect_object(e, ep, "een onthulling")) {
                r.allowed_keys(e, ep, {"item", "category"});
                d.item = r.string(e, ep, "item", false);
                d.category = r.string(e, ep, "category", false);
                if (d.item.empty() && d.category.empty())
                    r.report(DiagCode::MissingField, ep, "een onthulling noemt 'item' of 'category'");
            }
            out.push_back(std::move(d));
        });
        return out;
    }

    /// "flaw": {"kind": "too_strict"|"too_vague", "rule": "DUTY-..."}
    std::optional<scoring::Flaw> flaw(const Json& o, const std::string& p) {
        const Json* f = r.get(o, p, "flaw", false);
        const std::string fp = pointer_append(p, "flaw");
        if (f == nullptr || !r.expect_object(*f, fp, "'flaw' ({\"kind\", \"rule\"})")) return std::nullopt;
        r.allowed_keys(*f, fp, {"kind", "rule"});
        auto kind = r.enumeration<scoring::FlawKind>(*f, fp, "kind", true, scoring::flaw_kinds());
        std::string rule = r.string(*f, fp, "rule", true);
        if (!kind || rule.empty()) return std::nullopt;
        return scoring::Flaw{*kind, std::move(rule)};
    }

    /// "grey_zone": {"for": "why defensible", "against": "what it misses"}
    std::optional<scoring::GreyZone> grey_zone(const Json& o, const std::string& p) {
        const Json* g = r.get(o, p, "grey_zone", false);
        const std::string gp = pointer_append(p, "grey_zone");
        if (g == nullptr || !r.expect_object(*g, gp, "'grey_zone' ({\"for\", \"against\"})")) return std::nullopt;
        r.allowed_keys(*g, gp, {"for", "against"});
        return scoring::GreyZone{r.string(*g, gp, "for", true), r.string(*g, gp, "against", true)};
    }

    Option option(const Json& o, const std::string& p) {
        r.allowed_keys(o, p, {"id", "text", "discloses", "credits", "feedback", "flaw", "grey_zone", "effects",
                              "when", "next"});
        Option x;
        x.ptr = p;
        x.id = r.id(o, p, "id", true);
        x.text = r.string(o, p, "text", true);
        x.discloses = disclosures(o, p);
        x.credits = r.strings(o, p, "credits", false);
        x.feedback = r.string(o, p, "feedback", false);
        x.flaw = flaw(o, p);
        x.grey_zone = grey_zone(o, p);
        x.effects = effects(o, p);
        x.when = conditions(o, p, "when");
        x.next = next(o, p, true);
        return x;
    }

    /// The editor's flow-map position; both coordinates or none.
    std::optional<MapPosition> map_position(const Json& o, const std::string& p) {
        const Json* m = r.get(o, p, "map", false);
        std::string mp = pointer_append(p, "map");
        if (m == nullptr || !r.expect_object(*m, mp, "'map' ({\"x\", \"y\"})")) return std::nullopt;
        r.allowed_keys(*m, mp, {"x", "y"});
        auto x = r.number(*m, mp, "x", true);
        auto y = r.number(*m, mp, "y", true);
        if (!x || !y) return std::nullopt;
        // Beyond this a float loses whole units (and a huge double does not fit in one at all).
        constexpr double kLimit = 1e6;
        if (std::abs(*x) > kLimit || std::abs(*y) > kLimit) {
            r.report(DiagCode::InvalidValue, mp, "'map' ligt buiten -1000000..1000000");
            return std::nullopt;
        }
        return MapPosition{static_cast<float>(*x), static_cast<float>(*y)};
    }

    Node node(const Json& o, const std::string& p) {
        Node n;
        n.ptr = p;
        n.id = r.id(o, p, "id", true);
        std::string kind = r.string(o, p, "kind", true);
        static constexpr std::array<std::string_view, 7> kKinds{"line",    "choice", "compose", "free_text",
                                                                "observe", "quiz",   "end"};
        auto it = std::find(kKinds.begin(), kKinds.end(), kind);
        if (it == kKinds.end()) {
            if (!kind.empty())
                r.report(DiagCode::InvalidValue, pointer_append(p, "kind"),
                         "knoopsoort '" + kind +
                             "' bestaat niet (line, choice, compose, free_text, observe, quiz, end)");
            return n; // without a kind nothing else can be checked sensibly
        }
        n.kind = static_cast<NodeKind>(it - kKinds.begin());
        // null means "leave the case/unit": the meeting moves on to a general item.
        n.clears_case = o.contains("case") && o.at("case").is_null();
        n.clears_unit = o.contains("unit") && o.at("unit").is_null();
        if (!n.clears_case) n.case_id = r.string(o, p, "case", false);
        if (!n.clears_unit) n.unit_id = r.string(o, p, "unit", false);
        n.enter = r.strings(o, p, "enter", false);
        n.leave = r.strings(o, p, "leave", false);
        n.effects = effects(o, p);
        n.map_position = map_position(o, p);
        switch (n.kind) {
        case NodeKind::Line:
            r.allowed_keys(o, p,
                           {"id", "kind", "case", "unit", "enter", "leave", "effects", "note", "map",
                            "speaker", "text", "next"});
            n.speaker = r.string(o, p, "speaker", false);
            n.text = r.string(o, p, "text", true);
            n.next = next(o, p, true);
            break;
        case NodeKind::Choice:
            r.allowed_keys(o, p,
                           {"id", "kind", "case", "unit", "enter", "leave", "effects", "note", "map",
                            "prompt", "options"});
            n.prompt = r.string(o, p, "prompt", true);
            r.list(o, p, "options", true, [&](const Json& e, const std::string& ep) {
                if (r.expect_object(e, ep, "een optie")) n.options.push_back(option(e, ep));
            });
            r.unique(ids_of(n.options), "optie");
            break;
        case NodeKind::Compose:
            r.allowed_keys(o, p,
                           {"id", "kind", "case", "unit", "enter", "leave", "effects", "note", "map",
                            "prompt", "items", "allow_words", "credits", "feedback", "next"});
            n.prompt = r.string(o, p, "prompt", true);
            n.items = r.strings(o, p, "items", false);
            n.allow_words = r.boolean(o, p, "allow_words", false, true);
            n.credits = r.strings(o, p, "credits", false);
            n.feedback = r.string(o, p, "feedback", false);
            n.next = next(o, p, true);
            break;
        case NodeKind::FreeText:
            r.allowed_keys(o, p,
                           {"id", "kind", "case", "unit", "enter", "leave", "effects", "note", "map",
                            "prompt", "model_answer", "poor_answer", "key_points", "key_points_needed", "credits",
                            "feedback", "next"});
            n.prompt = r.string(o, p, "prompt", true);
            n.model_answer = r.string(o, p, "model_answer", true);
            n.poor_answer = r.string(o, p, "poor_answer", false);
            n.key_points = key_points(o, p);
            n.key_points_needed = r.integer(o, p, "key_points_needed", false, 1, 100).value_or(0);
            n.credits = r.strings(o, p, "credits", false);
            n.feedback = r.string(o, p, "feedback", false);
            n.next = next(o, p, true);
            break;
        case NodeKind::Observe:
            r.allowed_keys(o, p,
                           {"id", "kind", "case", "unit", "enter", "leave", "effects", "note", "map",
                            "speaker", "text", "prompt", "expected", "candidate_rules", "credits", "feedback",
                            "next"});
            n.speaker = r.string(o, p, "speaker", true);
            n.text = r.string(o, p, "text", true);
            n.prompt = r.string(o, p, "prompt", false);
            n.expected = r.string(o, p, "expected", true);
            n.candidate_rules = r.strings(o, p, "candidate_rules", true);
            n.credits = r.strings(o, p, "credits", false);
            n.feedback = r.string(o, p, "feedback", true);
            n.next = next(o, p, true);
            break;
        case NodeKind::Quiz:
            r.allowed_keys(o, p,
                           {"id", "kind", "case", "unit", "enter", "leave", "effects", "note", "map",
                            "prompt", "answers", "credits", "next"});
            n.prompt = r.string(o, p, "prompt", true);
            n.answers = answers(o, p);
            n.credits = r.strings(o, p, "credits", false);
            n.next = next(o, p, true);
            break;
        case NodeKind::End:
            r.allowed_keys(o, p,
                           {"id", "kind", "case", "unit", "enter", "leave", "effects", "note", "map", "text",
                            "outcome"});
            n.text = r.string(o, p, "text", true);
            n.outcome = r.string(o, p, "outcome", false);
            if (!n.outcome.empty() && n.outcome != "good" && n.outcome != "mixed" && n.outcome != "poor")
                r.report(DiagCode::InvalidValue, pointer_append(p, "outcome"),
                         "uitkomst '" + n.outcome + "' bestaat niet (good, mixed, poor)");
            break;
        case NodeKind::Count:
            break;
        }
        return n;
    }

    Reader& r;
};

} // namespace

bool is_valid_id(std::string_view id) {
    if (id.empty() || id.size() > 64) return false;
    auto ok_first = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (!ok_first(id.front())) return false;
    return std::all_of(id.begin(), id.end(),
                       [&](char c) { return ok_first(c) || c == '_' || c == '-' || c == '.'; });
}

LoadedScenario load_scenario_text(std::string_view text, std::string file, const LoadOptions& options) {
    LoadedScenario out;
    out.file = file;
    out.sha256 = sha256_hex(text);
    auto doc = json::parse(text, file, options.parse, out.diagnostics);
    if (!doc) {
        // The parser's own text is English and points at the token after a missing comma; say in
        // Dutch where to type the fix.
        for (auto& d : out.diagnostics)
            if (d.code == DiagCode::JsonSyntax)
                if (auto problem = find_json_syntax_problem(text)) {
                    Position pos = json::position_of_offset(text, problem->offset);
                    d.message = std::move(problem->message);
                    d.line = pos.line;
                    d.column = pos.column;
                }
        return out;
    }
    out.map = std::move(doc->map);
    const Json& root = doc->root;

    Reader reader(out.map, out.diagnostics, file, options);
    if (!reader.expect_object(root, "", "een scenario")) return out;
    auto version = root.find("schema_version");
    if (version == root.end() || !version->is_number_integer()) {
        reader.report(DiagCode::SchemaVersionMissing, version == root.end() ? "" : "/schema_version",
                      "'schema_version' ontbreekt of is geen geheel getal; dit programma leest versie " +
                          std::to_string(kScenarioMinSchemaVersion) + " t/m " +
                          std::to_string(kScenarioSchemaVersion));
        return out;
    }
    bool negative =
        version->is_number_integer() && !version->is_number_unsigned() && version->get<std::int64_t>() < 0;
    auto v =
        negative
            ? std::int64_t{-1}
            : static_cast<std::int64_t>(std::min<std::uint64_t>(version->get<std::uint64_t>(), 1u << 30));
    if (v > kScenarioSchemaVersion) {
        reader.report(DiagCode::SchemaVersionNew, "/schema_version",
                      "schema_version " + std::to_string(v) + " is nieuwer dan dit programma kent (" +
                          std::to_string(kScenarioSchemaVersion) + "); werk SMO-trainer bij");
        return out;
    }
    if (v < kScenarioMinSchemaVersion) {
        reader.report(DiagCode::SchemaVersionOld, "/schema_version",
                      "schema_version " + std::to_string(v) + " is te oud; dit programma leest versie " +
                          std::to_string(kScenarioMinSchemaVersion) + " t/m " +
                          std::to_string(kScenarioSchemaVersion) +
                          " (zie scenarios/README.md voor het omzetten)");
        return out;
    }
    try {
        ScenarioBuilder builder(reader);
        out.scenario = std::make_shared<const Scenario>(builder.build(root));
    } catch (const std::exception& e) {
        // The builder checks types before every access; this is a last line of defence.
        out.diagnostics.push_back(
            json::make_diagnostic(DiagCode::WrongType, file, std::string("onverwachte fout: ") + e.what()));
    }
    return out;
}

LoadedScenario load_scenario_file(const fs::path& path, const LoadOptions& options) {
    // Only regular files are read (a FIFO or device would block); a too-big file is refused
    // before it is read.
    LoadedScenario out;
    out.file = path.string();
    auto text = json::read_regular_file(path, options.parse.max_bytes, out.diagnostics);
    if (!text) return out;
    return load_scenario_text(*text, path.string(), options);
}

} // namespace smo::core
