#include "core/play_strategies.hpp"

#include "scoring/json/read_file.hpp"
#include "scoring/json/reader.hpp"

#include "core/did_you_mean.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <nlohmann/json.hpp>
#include <span>

namespace smo::core {
namespace {

int violations(const scoring::Evaluation& e) {
    return static_cast<int>(std::count_if(e.hits.begin(), e.hits.end(), [](const scoring::RuleHit& h) {
        return h.verdict == scoring::Verdict::Violation;
    }));
}

/// (violations, -half credits): lower is better; a grey zone earns half of its credits.
std::pair<int, int> option_key(const Runtime& rt, const Option& o) {
    auto ev = rt.evaluate(rt.option_statement(o));
    const int halves = static_cast<int>(o.credits.size()) * (o.grey_zone ? 1 : 2);
    return {violations(ev), -halves};
}

constexpr json::Limits kAnswersLimits{16u * 1024u * 1024u, 16, 1024u * 1024u};

} // namespace

namespace {

using Fail = std::function<void(const std::string& ptr, std::string message)>;

/// The list of answers at `ptr` (the whole file, or the "answers" field of the object form).
bool read_answer_list(const json::Json& list, const std::string& ptr, std::vector<ScriptedAnswer>& out,
                      const Fail& fail) {
    if (!list.is_array()) {
        fail(ptr, "de antwoorden moeten een JSON-lijst zijn");
        return false;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto& e = list[i];
        ScriptedAnswer a;
        auto string_list = [&](const json::Json& items) -> bool {
            if (!items.is_array()) return false;
            std::vector<std::string> ids;
            for (const auto& x : items) {
                if (!x.is_string()) return false;
                ids.push_back(x.get<std::string>());
            }
            a.items = std::move(ids);
            return true;
        };
        bool ok = false;
        if (e.is_string()) {
            a.text = e.get<std::string>();
            ok = true;
        } else if (e.is_array()) {
            ok = string_list(e);
        } else if (e.is_object() && e.contains("items")) {
            ok = string_list(e.at("items"));
            if (auto w = e.find("words"); ok && w != e.end()) {
                ok = w->is_string();
                if (ok) a.text = w->get<std::string>();
            }
        }
        if (!ok) {
            fail(json::pointer_append(ptr, i), "antwoord " + std::to_string(i + 1) +
                                                   " is geen tekst, lijst van dossieritems of "
                                                   "{\"items\", \"words\"}");
            return false;
        }
        out.push_back(std::move(a));
    }
    return true;
}

/// A key of `obj` (at `ptr`) that is not in `keys`, reported as an error: a misspelled "start" or
/// "vars" would otherwise silently play something else.
bool only_keys(const json::Json& obj, const std::string& ptr, std::span<const std::string_view> keys,
               const Fail& fail) {
    for (const auto& [key, value] : obj.items()) {
        if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
        std::string allowed;
        for (auto k : keys)
            allowed += (allowed.empty() ? "" : ", ") + std::string(k);
        fail(json::pointer_append(ptr, key),
             "onbekend veld '" + key + "' (verwacht: " + allowed + ")" + did_you_mean(key, keys));
        return false;
    }
    return true;
}

/// The "start" block of the object form.
std::optional<PlaytestSetup> read_start(const json::Json& v, const std::string& ptr, const Fail& fail) {
    if (!v.is_object()) {
        fail(ptr,
             "'start' moet een object zijn: {\"node\": \"...\", \"vars\": {...}, \"prior_items\": [...]}");
        return std::nullopt;
    }
    static constexpr std::array<std::string_view, 3> kKeys{"node", "vars", "prior_items"};
    if (!only_keys(v, ptr, kKeys, fail)) return std::nullopt;
    PlaytestSetup setup;
    auto node = v.find("node");
    if (node == v.end() || !node->is_string() || node->get<std::string>().empty()) {
        fail(node == v.end() ? ptr : json::pointer_append(ptr, "node"),
             "'start' heeft een 'node' nodig: de id van de knoop waar de test begint");
        return std::nullopt;
    }
    setup.node_id = node->get<std::string>();
    if (auto vars = v.find("vars"); vars != v.end()) {
        std::string vp = json::pointer_append(ptr, "vars");
        if (!vars->is_object()) {
            fail(vp, "'vars' moet een object zijn: {\"variabele\": getal of true/false}");
            return std::nullopt;
        }
        for (const auto& [id, value] : vars->items()) {
            // Flags may be written true/false as in the scenario; meters are whole numbers.
            if (value.is_boolean())
                setup.vars[id] = value.get<bool>() ? 1 : 0;
            else if (value.is_number_integer() && value.get<long long>() >= -1000000 &&
                     value.get<long long>() <= 1000000)
                setup.vars[id] = static_cast<int>(value.get<long long>());
            else {
                fail(json::pointer_append(vp, id),
                     "variabele '" + id + "' moet een geheel getal of true/false zijn");
                return std::nullopt;
            }
        }
    }
    if (auto items = v.find("prior_items"); items != v.end()) {
        std::string ip = json::pointer_append(ptr, "prior_items");
        if (!items->is_array()) {
            fail(ip, "'prior_items' moet een lijst van dossieritem-ids zijn");
            return std::nullopt;
        }
        for (std::size_t i = 0; i < items->size(); ++i) {
            if (!(*items)[i].is_string()) {
                fail(json::pointer_append(ip, i), "een dossieritem-id is een tekst");
                return std::nullopt;
            }
            setup.prior_items.push_back((*items)[i].get<std::string>());
        }
    }
    return setup;
}

} // namespace

std::optional<TestPlan> parse_answers(std::string_view json_text, std::string& error) {
    std::vector<json::Diagnostic> diags;
    auto parsed = json::parse(json_text, "", kAnswersLimits, diags);
    if (!parsed) {
        error = json::short_message(diags.front());
        return std::nullopt;
    }
    const json::Json& doc = parsed->root;
    json::Reader reader(parsed->map, diags, "");
    Fail fail = [&](const std::string& ptr, std::string message) {
        reader.report(json::DiagCode::WrongType, ptr, std::move(message));
        error = json::short_message(diags.back());
    };
    TestPlan plan;
    if (doc.is_array()) {
        if (!read_answer_list(doc, "", plan.answers, fail)) return std::nullopt;
        return plan;
    }
    if (!doc.is_object()) {
        fail("", "het antwoordenbestand moet een JSON-lijst zijn, of een object {\"start\": {...}, "
                 "\"answers\": [...]}");
        return std::nullopt;
    }
    static constexpr std::array<std::string_view, 2> kKeys{"start", "answers"};
    if (!only_keys(doc, "", kKeys, fail)) return std::nullopt;
    auto answers = doc.find("answers");
    if (answers == doc.end()) {
        fail("", "het object mist 'answers': de lijst met antwoorden");
        return std::nullopt;
    }
    if (auto start = doc.find("start"); start != doc.end()) {
        plan.start = read_start(*start, "/start", fail);
        if (!plan.start) return std::nullopt;
    }
    if (!read_answer_list(*answers, "/answers", plan.answers, fail)) return std::nullopt;
    return plan;
}

std::string write_test_plan(const Runtime& runtime, const std::optional<PlaytestSetup>& start) {
    using Ordered = nlohmann::ordered_json;
    Ordered answers = Ordered::array();
    for (const auto& e : runtime.transcript()) {
        if (!e.by_trainee || e.prior) continue;
        switch (e.kind) {
        case EntryKind::Choice:
        case EntryKind::Quiz:
        case EntryKind::Question:
            answers.push_back(e.option_id);
            break;
        case EntryKind::Compose: {
            Ordered c = Ordered::object();
            c["items"] = e.items;
            c["words"] = e.words;
            answers.push_back(std::move(c));
            break;
        }
        case EntryKind::FreeText:
            answers.push_back(e.text);
            break;
        case EntryKind::Observe:
            answers.push_back(e.judgement);
            break;
        case EntryKind::Line:
        case EntryKind::End:
        case EntryKind::Count:
            break;
        }
    }
    Ordered doc;
    if (start) {
        Ordered block = Ordered::object();
        block["node"] = start->node_id;
        block["vars"] = Ordered::object();
        for (const auto& [id, value] : start->vars)
            block["vars"][id] = value;
        block["prior_items"] = start->prior_items;
        doc = Ordered::object();
        doc["start"] = std::move(block);
        doc["answers"] = std::move(answers);
    } else {
        doc = std::move(answers);
    }
    return doc.dump(2, ' ', false, Ordered::error_handler_t::replace) + "\n";
}

std::optional<Strategy> parse_strategy(const std::string& spec, std::string& error) {
    Strategy s;
    if (spec == "first")
        s.kind = StrategyKind::First;
    else if (spec == "best")
        s.kind = StrategyKind::Best;
    else if (spec == "worst")
        s.kind = StrategyKind::Worst;
    else if (spec.rfind("random:", 0) == 0) {
        std::string seed = spec.substr(7);
        if (seed.empty() || seed.size() > 19 ||
            !std::all_of(seed.begin(), seed.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            error = "random:SEED verwacht een getal, niet '" + seed + "'";
            return std::nullopt;
        }
        s.kind = StrategyKind::Random;
        s.seed = std::stoull(seed);
    } else if (spec.rfind("answers:", 0) == 0) {
        std::string file = spec.substr(8);
        auto read = json::read_regular_file(file, kAnswersLimits.max_bytes);
        if (!read.ok()) {
            error = read.error;
            return std::nullopt;
        }
        auto plan = parse_answers(*read.text, error);
        if (!plan) {
            error = file + ": " + error;
            return std::nullopt;
        }
        s.kind = StrategyKind::Answers;
        s.answers = std::move(plan->answers);
        s.start = std::move(plan->start);
    } else {
        error = "onbekende strategie '" + spec + "' (first, best, worst, random:SEED, answers:FILE)";
        return std::nullopt;
    }
    return s;
}

ActionResult apply_action(Runtime& rt, const PlayAction& a) {
    switch (a.kind) {
    case PlayAction::Kind::Advance:
        return rt.advance();
    case PlayAction::Kind::Choose:
        return rt.choose(a.id);
    case PlayAction::Kind::Compose:
        return rt.compose(a.items, a.text);
    case PlayAction::Kind::Submit:
        return rt.submit(a.text);
    case PlayAction::Kind::Judge:
        return rt.judge(a.id);
    case PlayAction::Kind::Count:
        break;
    }
    return ActionResult::fail("onbekende actie");
}

std::size_t Player::pick(std::size_t n) {
    return n == 0 ? 0 : static_cast<std::size_t>(m_rng() % n);
}

std::optional<PlayAction> Player::scripted(const Runtime& rt, std::string& error) {
    if (m_answer >= m_strategy.answers.size()) {
        error = "de antwoorden zijn op bij beurt " + std::to_string(m_answer + 1) + " (fase " +
                phase_id(rt.phase()) + ")";
        return std::nullopt;
    }
    const ScriptedAnswer& a = m_strategy.answers[m_answer++];
    PlayAction act;
    switch (rt.phase()) {
    case Phase::Compose:
        act.kind = PlayAction::Kind::Compose;
        if (!a.items) {
            error = "antwoord " + std::to_string(m_answer) +
                    ": bij een compose-stap hoort een lijst dossieritems";
            return std::nullopt;
        }
        act.items = *a.items;
        act.text = a.text;
        return act;
    case Phase::FreeText:
        act.kind = PlayAction::Kind::Submit;
        act.text = a.text;
        return act;
    case Phase::Observe:
        act.kind = PlayAction::Kind::Judge;
        act.id = a.text;
        return act;
    default: {
        act.kind = PlayAction::Kind::Choose;
        for (const auto& c : rt.choices())
            if (c.id == a.text || c.text == a.text) {
                act.id = c.id;
                return act;
            }
        error = "antwoord " + std::to_string(m_answer) + " ('" + a.text + "') past bij geen keuze hier";
        return std::nullopt;
    }
    }
}

const Option* pick_option(const Runtime& rt, const std::vector<const Option*>& options, StrategyKind kind) {
    if (options.empty()) return nullptr;
    const Option* chosen = options.front();
    auto chosen_key = option_key(rt, *chosen);
    for (const Option* o : options) {
        auto key = option_key(rt, *o);
        bool better = kind == StrategyKind::Worst ? key > chosen_key : key < chosen_key;
        if (better) {
            chosen = o;
            chosen_key = key;
        }
    }
    return chosen;
}

std::vector<std::string> best_compose_items(const Runtime& rt) {
    std::vector<std::string> out;
    for (const auto* item : rt.compose_items()) {
        auto ev = rt.evaluate(rt.compose_statement({item->id}, ""));
        if (ev.verdict == scoring::Verdict::Allowed) out.push_back(item->id);
    }
    return out;
}

std::optional<PlayAction> Player::next(const Runtime& rt, std::string& error) {
    PlayAction act;
    const Node* n = rt.current_node();
    const StrategyKind kind = m_strategy.kind;
    switch (rt.phase()) {
    case Phase::Line:
    case Phase::Feedback:
    case Phase::End:
        return act; // advance
    case Phase::Finished:
        error = "de sessie is klaar";
        return std::nullopt;
    case Phase::Stuck:
        error = "het scenario loopt vast: " + rt.stuck_reason();
        return std::nullopt;
    case Phase::Count:
        return std::nullopt;
    default:
        break;
    }
    if (kind == StrategyKind::Answers) return scripted(rt, error);

    switch (rt.phase()) {
    case Phase::Choice: {
        auto options = rt.available_options();
        act.kind = PlayAction::Kind::Choose;
        if (kind == StrategyKind::First)
            act.id = options.front()->id;
        else if (kind == StrategyKind::Random)
            act.id = options[pick(options.size())]->id;
        else
            act.id = pick_option(rt, options, kind)->id;
        return act;
    }
    case Phase::Question:
    case Phase::Quiz: {
        const std::vector<Answer>& answers =
            n != nullptr && rt.phase() == Phase::Quiz ? n->answers : rt.current_question()->answers;
        act.kind = PlayAction::Kind::Choose;
        if (answers.empty()) {
            error = "vraag zonder antwoorden";
            return std::nullopt;
        }
        act.id = answers.front().id;
        if (kind == StrategyKind::Random)
            act.id = answers[pick(answers.size())].id;
        else if (kind == StrategyKind::Best || kind == StrategyKind::Worst) {
            bool want_correct = kind == StrategyKind::Best;
            auto it = std::find_if(answers.begin(), answers.end(),
                                   [&](const Answer& a) { return a.correct == want_correct; });
            if (it != answers.end()) act.id = it->id;
        }
        return act;
    }
    case Phase::Observe: {
        auto choices = rt.choices();
        act.kind = PlayAction::Kind::Judge;
        act.id = choices.front().id;
        if (kind == StrategyKind::Random)
            act.id = choices[pick(choices.size())].id;
        else if (kind == StrategyKind::Best)
            act.id = n->expected;
        else if (kind == StrategyKind::Worst)
            act.id = n->expected == kJudgeAcceptable && !n->candidate_rules.empty()
                         ? n->candidate_rules.front()
                         : std::string(kJudgeAcceptable);
        return act;
    }
    case Phase::Compose: {
        auto items = rt.compose_items();
        act.kind = PlayAction::Kind::Compose;
        if (kind == StrategyKind::First) {
            if (!items.empty()) act.items.push_back(items.front()->id);
        } else if (kind == StrategyKind::Worst) {
            for (const auto* item : items)
                act.items.push_back(item->id);
        } else if (kind == StrategyKind::Random) {
            for (const auto* item : items)
                if (pick(2) == 1) act.items.push_back(item->id);
        } else {
            act.items = best_compose_items(rt);
        }
        return act;
    }
    case Phase::FreeText: {
        act.kind = PlayAction::Kind::Submit;
        act.text = n->model_answer;
        if (kind == StrategyKind::Worst && !n->poor_answer.empty()) act.text = n->poor_answer;
        if (kind == StrategyKind::Random && !n->poor_answer.empty() && pick(2) == 1)
            act.text = n->poor_answer;
        return act;
    }
    default:
        break;
    }
    error = std::string("geen actie voor fase ") + phase_id(rt.phase());
    return std::nullopt;
}

PlayResult play_to_end(Player& player, const std::function<const Runtime&()>& view,
                       const std::function<ActionResult(const PlayAction&)>& push, int max_actions) {
    PlayResult result;
    while (result.actions < max_actions) {
        const Runtime& rt = view();
        if (rt.phase() == Phase::Finished) {
            result.finished = true;
            return result;
        }
        auto action = player.next(rt, result.error);
        if (!action) return result;
        ActionResult r = push(*action);
        if (!r.ok) {
            result.error = r.error;
            return result;
        }
        ++result.actions;
    }
    result.error = "na " + std::to_string(max_actions) + " stappen nog geen einde (lus?)";
    return result;
}

PlayResult play_to_end(Runtime& runtime, Player& player, int max_actions) {
    return play_to_end(
        player, [&]() -> const Runtime& { return runtime; },
        [&](const PlayAction& a) { return apply_action(runtime, a); }, max_actions);
}

} // namespace smo::core
