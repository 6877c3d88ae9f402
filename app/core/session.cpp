#include "core/session.hpp"

#include <cstdio>

#include "core/runtime.hpp"
#include "core/session_fast_reader.hpp"
#include "scoring/json/reader.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <limits>
#include <random>

namespace smo::core {
using json::Json;

namespace {

/// `j[key]` without the copy j.value(key, fallback) makes (a session's transcript is most of the
/// file); the same type_error as value() when `j` is not an object.
const Json& field_or(const Json& j, const char* key, const Json& fallback) {
    if (!j.is_object()) (void)j.value(key, fallback); // throws type_error 306, as value() would
    auto it = j.find(key);
    return it != j.end() ? *it : fallback;
}
const Json kNoArray = Json::array();
const Json kNoObject = Json::object();

// Reading moves strings out of the parsed document, which is thrown away afterwards: a session
// file is mostly text, and a copy costs an allocation per string. A wrong type throws the same
// type_error as value() would.
std::string take_string(Json& j, const char* key) {
    if (!j.is_object()) return j.value(key, std::string()); // throws type_error 306
    auto it = j.find(key);
    if (it == j.end()) return {};
    if (!it->is_string()) return it->get<std::string>(); // throws type_error 302
    return std::move(it->get_ref<std::string&>());
}
std::vector<std::string> take_strings(Json& j, const char* key) {
    if (!j.is_object()) return j.value(key, std::vector<std::string>{});
    auto it = j.find(key);
    if (it == j.end()) return {};
    if (!it->is_array()) return it->get<std::vector<std::string>>();
    std::vector<std::string> out;
    out.reserve(it->size());
    for (auto& item : *it)
        out.push_back(item.is_string() ? std::move(item.get_ref<std::string&>()) : item.get<std::string>());
    return out;
}
/// Calls `read` with each element of j[key] (nothing when absent), as a loop over field_or would.
template <typename Read> void for_each_in(Json& j, const char* key, Read read) {
    if (!j.is_object()) (void)j.value(key, kNoArray); // throws type_error 306
    auto it = j.find(key);
    if (it == j.end()) return;
    for (auto& item : *it)
        read(item);
}

// --- scoring values ------------------------------------------------------------------------

template <typename E, std::size_t Count>
std::optional<E> enum_from(std::string_view id, const char* (*name)(E)) {
    for (std::size_t i = 0; i < Count; ++i)
        if (id == name(static_cast<E>(i))) return static_cast<E>(i);
    return std::nullopt;
}

scoring::Verdict verdict_from(const std::string& id) {
    return enum_from<scoring::Verdict, static_cast<std::size_t>(scoring::Verdict::Count)>(id,
                                                                                          scoring::verdict_id)
        .value_or(scoring::Verdict::Allowed);
}
scoring::Severity severity_from(const std::string& id) {
    return enum_from<scoring::Severity, static_cast<std::size_t>(scoring::Severity::Count)>(
               id, scoring::severity_id)
        .value_or(scoring::Severity::None);
}

Json span_json(const scoring::Span& s) {
    return {{"start", s.start}, {"end", s.end}, {"category", s.category}, {"term", s.term}};
}
scoring::Span span_from(Json& j) {
    scoring::Span s;
    s.start = j.value("start", std::size_t{0});
    s.end = j.value("end", std::size_t{0});
    s.category = take_string(j, "category");
    s.term = take_string(j, "term");
    return s;
}
Json spans_json(const std::vector<scoring::Span>& spans) {
    Json a = Json::array();
    for (const auto& s : spans)
        a.push_back(span_json(s));
    return a;
}
std::vector<scoring::Span> spans_from(Json& j, const char* key) {
    std::vector<scoring::Span> out;
    auto it = j.find(key);
    if (it != j.end() && it->is_array())
        for (auto& s : *it)
            out.push_back(span_from(s));
    return out;
}

Json evaluation_json(const scoring::Evaluation& e) {
    Json hits = Json::array();
    for (const auto& h : e.hits)
        hits.push_back({{"rule_id", h.rule_id},
                        {"verdict", scoring::verdict_id(h.verdict)},
                        {"severity", scoring::severity_id(h.severity)},
                        {"reason_nl", h.reason_nl},
                        {"reason_en", h.reason_en},
                        {"condition", scoring::condition_id(h.condition)},
                        {"spans", spans_json(h.spans)}});
    return {{"verdict", scoring::verdict_id(e.verdict)},
            {"severity", scoring::severity_id(e.severity)},
            {"rules", e.rule_ids()},
            {"hits", hits},
            {"allow_rules", e.allow_rules},
            {"categories", e.categories},
            {"spans", spans_json(e.spans)},
            {"suggestion_nl", e.suggestion_nl},
            {"suggestion_en", e.suggestion_en}};
}

scoring::Evaluation evaluation_from(Json& j) {
    scoring::Evaluation e;
    e.verdict = verdict_from(j.value("verdict", "allowed"));
    e.severity = severity_from(j.value("severity", "none"));
    if (auto it = j.find("hits"); it != j.end() && it->is_array())
        for (auto& h : *it) {
            scoring::RuleHit hit;
            hit.rule_id = take_string(h, "rule_id");
            hit.verdict = verdict_from(h.value("verdict", "violation"));
            hit.severity = severity_from(h.value("severity", "none"));
            hit.reason_nl = take_string(h, "reason_nl");
            hit.reason_en = take_string(h, "reason_en");
            hit.condition = scoring::condition_from_id(h.value("condition", ""));
            hit.spans = spans_from(h, "spans");
            e.hits.push_back(std::move(hit));
        }
    e.allow_rules = take_strings(j, "allow_rules");
    e.categories = take_strings(j, "categories");
    e.spans = spans_from(j, "spans");
    e.suggestion_nl = take_string(j, "suggestion_nl");
    e.suggestion_en = take_string(j, "suggestion_en");
    return e;
}

Json score_json(const scoring::SessionScore& s) {
    Json turns = Json::array();
    for (const auto& t : s.turns)
        turns.push_back({{"turn_id", t.turn_id}, {"points", t.points}, {"sources", t.sources}});
    Json goals = Json::array();
    for (const auto& g : s.goals) {
        Json goal{{"goal", g.goal}, {"credited", g.credited}, {"available", g.available}, {"mastery", g.mastery}};
        if (g.partial > 0) goal["partial"] = g.partial; // absent in sessions without grey zones
        goals.push_back(std::move(goal));
    }
    return {{"confidentiality", s.confidentiality},
            {"violations", s.violations},
            {"cautions", s.cautions},
            {"turns", turns},
            {"goals", goals},
            {"observe",
             {{"hits", s.observe.hits},
              {"wrong_rule", s.observe.wrong_rule},
              {"misses", s.observe.misses},
              {"false_alarms", s.observe.false_alarms},
              {"correct_accepts", s.observe.correct_accepts}}}};
}

scoring::SessionScore score_from(const Json& j) {
    scoring::SessionScore s;
    s.confidentiality = j.value("confidentiality", 100);
    s.violations = j.value("violations", 0);
    s.cautions = j.value("cautions", 0);
    for (const auto& t : field_or(j, "turns", kNoArray))
        s.turns.push_back(
            {t.value("turn_id", ""), t.value("points", 0), t.value("sources", std::vector<std::string>{})});
    for (const auto& g : field_or(j, "goals", kNoArray))
        s.goals.push_back({g.value("goal", ""), g.value("credited", 0), g.value("partial", 0),
                           g.value("available", 0), g.value("mastery", 0.0)});
    const Json& o = field_or(j, "observe", kNoObject);
    s.observe.hits = o.value("hits", 0);
    s.observe.wrong_rule = o.value("wrong_rule", 0);
    s.observe.misses = o.value("misses", 0);
    s.observe.false_alarms = o.value("false_alarms", 0);
    s.observe.correct_accepts = o.value("correct_accepts", 0);
    return s;
}

// --- runtime values ------------------------------------------------------------------------

Json meters_json(const std::vector<MeterChange>& meters) {
    Json a = Json::array();
    for (const auto& m : meters)
        a.push_back({{"var", m.var}, {"before", m.before}, {"after", m.after}});
    return a;
}
std::vector<MeterChange> meters_from(const Json& j) {
    std::vector<MeterChange> out;
    if (j.is_array())
        for (const auto& m : j)
            out.push_back({m.value("var", ""), m.value("before", 0), m.value("after", 0)});
    return out;
}

Json state_json(const RuntimeState& s) {
    return {{"stage", stage_id(s.stage)},
            {"phase", phase_id(s.phase)},
            {"node_id", s.node_id},
            {"question", s.question},
            {"vars", s.vars},
            {"present", s.present},
            {"case_id", s.case_id},
            {"unit_id", s.unit_id},
            {"pending_node", s.pending_node},
            {"feedback", s.feedback},
            {"stuck_reason", s.stuck_reason},
            {"pending_meters", meters_json(s.pending_meters)},
            {"goal_available", s.goal_available},
            {"turn_counter", s.turn_counter}};
}

RuntimeState state_from(Json& j) {
    RuntimeState s;
    auto stage = stage_from_id(j.value("stage", ""));
    auto phase = phase_from_id(j.value("phase", ""));
    if (!stage || !phase) throw std::runtime_error("onbekende fase in de sessie");
    s.stage = *stage;
    s.phase = *phase;
    s.node_id = take_string(j, "node_id");
    s.question = j.value("question", std::size_t{0});
    s.vars = j.value("vars", std::map<std::string, int>{});
    s.present = take_strings(j, "present");
    s.case_id = take_string(j, "case_id");
    s.unit_id = take_string(j, "unit_id");
    s.pending_node = take_string(j, "pending_node");
    s.feedback = take_string(j, "feedback");
    s.stuck_reason = take_string(j, "stuck_reason");
    s.pending_meters = meters_from(field_or(j, "pending_meters", kNoArray));
    s.goal_available = j.value("goal_available", std::map<std::string, int>{});
    s.turn_counter = j.value("turn_counter", 0);
    return s;
}

// --- session schema 2: per-turn time, group unit and judging context ------------------------

Json context_json(const scoring::Context& c) {
    return {{"who_present", c.who_present},
            {"smo_type", c.smo_type},
            {"worker_informed", c.worker_informed},
            {"kept_out", c.kept_out},
            {"group_size", c.group_size ? Json(*c.group_size) : Json(nullptr)},
            {"participant_names", c.participant_names}};
}

scoring::Context context_from(Json& j) {
    scoring::Context c;
    c.who_present = take_strings(j, "who_present");
    c.smo_type = take_string(j, "smo_type");
    c.worker_informed = j.value("worker_informed", true);
    c.kept_out = take_strings(j, "kept_out");
    if (auto it = j.find("group_size"); it != j.end() && it->is_number_integer())
        c.group_size = it->get<int>();
    c.participant_names = take_strings(j, "participant_names");
    return c;
}

void add_v2_fields(const TranscriptEntry& e, Json& j) {
    if (!e.at.empty()) j["at"] = e.at;
    j["unit_id"] = e.unit_id;
    if (e.context) j["context"] = context_json(*e.context);
}

void read_v2_fields(Json& j, TranscriptEntry& e) {
    e.at = take_string(j, "at");
    e.unit_id = take_string(j, "unit_id");
    if (auto it = j.find("context"); it != j.end() && it->is_object()) e.context = context_from(*it);
}

/// Schema 1 -> 2 in memory. A decision's unit is the one in its snapshot; times are unknown and
/// stay empty; the judging context is rebuilt from the snapshot by context_at() (it needs the scenario).
void migrate_v1_entries(std::vector<TranscriptEntry>& transcript) {
    for (auto& e : transcript)
        if (e.before && e.unit_id.empty()) e.unit_id = e.before->unit_id;
}

void migrate_v1(Session& s) {
    migrate_v1_entries(s.transcript);
    for (auto& a : s.side_attempts)
        migrate_v1_entries(a.transcript);
}

Json entry_json(const TranscriptEntry& e) {
    Json j = {{"turn_id", e.turn_id},
              {"node_id", e.node_id},
              {"kind", std::string(to_id(e.kind))},
              {"speaker", e.speaker},
              {"speaker_name", e.speaker_name},
              {"speaker_role", e.speaker_role},
              {"by_trainee", e.by_trainee},
              {"text", e.text},
              {"present", e.present},
              {"case_id", e.case_id}};
    if (!e.option_id.empty()) j["option_id"] = e.option_id;
    if (e.kind == EntryKind::Compose) {
        j["items"] = e.items;
        j["words"] = e.words;
    }
    if (!e.judgement.empty()) j["judgement"] = e.judgement;
    if (!e.disclosed.empty()) {
        Json d = Json::array();
        for (const auto& t : e.disclosed)
            d.push_back({{"category", t.category}, {"item", t.item_id}, {"text", t.text}});
        j["disclosed"] = d;
    }
    if (e.evaluation) j["evaluation"] = evaluation_json(*e.evaluation);
    if (!e.goals_credited.empty()) j["goals_credited"] = e.goals_credited;
    if (e.observe)
        j["observe"] = {{"expected_rule", e.observe->expected_rule}, {"given_rule", e.observe->given_rule}};
    if (e.correct) j["correct"] = *e.correct;
    if (e.flaw) j["flaw"] = {{"kind", scoring::flaw_kind_id(e.flaw->kind)}, {"rule", e.flaw->rule_id}};
    if (e.grey_zone) j["grey_zone"] = {{"for", e.grey_zone->for_text}, {"against", e.grey_zone->against_text}};
    if (e.key_points)
        j["key_points"] = {{"covered", e.key_points->covered},
                           {"missed", e.key_points->missed},
                           {"needed", e.key_points->needed},
                           {"goal", e.key_points->goal}};
    if (!e.feedback.empty()) j["feedback"] = e.feedback;
    if (!e.meters.empty()) j["meters"] = meters_json(e.meters);
    if (e.before) j["before"] = state_json(*e.before);
    add_v2_fields(e, j);
    return j;
}

TranscriptEntry entry_from(Json& j) {
    TranscriptEntry e;
    e.turn_id = take_string(j, "turn_id");
    e.node_id = take_string(j, "node_id");
    e.kind = entry_kind_from_id(j.value("kind", "")).value_or(EntryKind::Line); // checked before
    e.speaker = take_string(j, "speaker");
    e.speaker_name = take_string(j, "speaker_name");
    e.speaker_role = take_string(j, "speaker_role");
    e.by_trainee = j.value("by_trainee", false);
    e.text = take_string(j, "text");
    e.option_id = take_string(j, "option_id");
    e.items = take_strings(j, "items");
    e.words = take_string(j, "words");
    e.judgement = take_string(j, "judgement");
    for_each_in(j, "disclosed", [&](Json& d) {
        e.disclosed.push_back({take_string(d, "category"), take_string(d, "item"), take_string(d, "text")});
    });
    if (auto it = j.find("evaluation"); it != j.end() && it->is_object()) e.evaluation = evaluation_from(*it);
    e.goals_credited = take_strings(j, "goals_credited");
    if (auto it = j.find("observe"); it != j.end() && it->is_object())
        e.observe = scoring::ObserveJudgement{it->value("expected_rule", ""), it->value("given_rule", "")};
    if (auto it = j.find("correct"); it != j.end() && it->is_boolean()) e.correct = it->get<bool>();
    if (auto it = j.find("flaw"); it != j.end() && it->is_object())
        if (auto kind = scoring::flaw_kind_from_id(it->value("kind", "")))
            e.flaw = scoring::Flaw{*kind, take_string(*it, "rule")};
    if (auto it = j.find("grey_zone"); it != j.end() && it->is_object())
        e.grey_zone = scoring::GreyZone{take_string(*it, "for"), take_string(*it, "against")};
    if (auto it = j.find("key_points"); it != j.end() && it->is_object()) {
        scoring::KeyPointCoverage k;
        k.covered = take_strings(*it, "covered");
        k.missed = take_strings(*it, "missed");
        if (auto n = it->find("needed"); n != it->end() && n->is_number_integer()) k.needed = n->get<int>();
        k.goal = take_string(*it, "goal");
        e.key_points = std::move(k);
    }
    e.feedback = take_string(j, "feedback");
    e.meters = meters_from(field_or(j, "meters", kNoArray));
    e.present = take_strings(j, "present");
    e.case_id = take_string(j, "case_id");
    if (auto it = j.find("before"); it != j.end() && it->is_object()) e.before = state_from(*it);
    read_v2_fields(j, e);
    return e;
}

Json reflection_json(const Reflection& r) {
    Json j = Json::object();
    for (std::size_t i = 0; i < static_cast<std::size_t>(ReflectionField::Count); ++i)
        j[std::string(kReflectionFieldLabels[i])] = r.text(static_cast<ReflectionField>(i));
    j["alternatives"] = r.alternatives;
    return j;
}

Json nullable_string(const std::string& s) {
    return s.empty() ? Json(nullptr) : Json(s);
}

template <typename V> std::map<std::string, V> map_from(const Json& j, const char* key) {
    std::map<std::string, V> out;
    auto it = j.find(key);
    if (it == j.end() || !it->is_object()) return out;
    for (const auto& [k, v] : it->items()) {
        if constexpr (std::is_same_v<V, int>) {
            if (v.is_number_integer()) out[k] = v.template get<int>();
        } else {
            if (v.is_string()) out[k] = v.template get<std::string>();
        }
    }
    return out;
}
std::string string_or_empty(const Json& j, const char* key) {
    auto it = j.find(key);
    return it == j.end() || it->is_null() ? std::string() : it->get<std::string>();
}

} // namespace

std::string& Reflection::text(ReflectionField field) {
    return const_cast<std::string&>(std::as_const(*this).text(field));
}

const std::string& Reflection::text(ReflectionField field) const {
    switch (field) {
    case ReflectionField::WentWell:
        return went_well;
    case ReflectionField::CouldImprove:
        return could_improve;
    case ReflectionField::Learned:
        return learned;
    case ReflectionField::TakeAlong:
    case ReflectionField::Count:
        break;
    }
    return take_along;
}

std::string session_to_json(const Session& s) {
    Json transcript = Json::array();
    for (const auto& e : s.transcript)
        transcript.push_back(entry_json(e));
    Json review = {
        {"reviewer", nullable_string(s.supervisor_review.reviewer)},
        {"reviewed_at", nullable_string(s.supervisor_review.reviewed_at)},
        {"comments", nullable_string(s.supervisor_review.comments)},
        {"approved", s.supervisor_review.approved ? Json(*s.supervisor_review.approved) : Json(nullptr)},
        {"turn_comments", s.supervisor_review.turn_comments}};
    Json side_attempts = Json::array();
    for (const auto& a : s.side_attempts) {
        Json t = Json::array();
        for (const auto& e : a.transcript)
            t.push_back(entry_json(e));
        side_attempts.push_back({{"from_turn", a.from_turn},
                                 {"started_at", a.started_at},
                                 {"finished", a.finished},
                                 {"transcript", t},
                                 {"goal_available", a.goal_available},
                                 {"scores", a.scores ? score_json(*a.scores) : Json(nullptr)}});
    }
    Json j = {{"schema_version", kSessionSchemaVersion},
              {"session_id", s.session_id},
              {"trainee", s.trainee},
              {"scenario",
               {{"id", s.scenario.id},
                {"version", s.scenario.version},
                {"sha256", s.scenario.sha256},
                {"file", s.scenario.file}}},
              {"rulebase_version", s.rulebase_version},
              {"mode", std::string(to_id(s.mode))},
              {"started_at", s.started_at},
              {"updated_at", s.updated_at},
              {"ended_at", nullable_string(s.ended_at)},
              {"finished", s.finished},
              {"retries", s.retries},
              {"option_order_seed", s.option_order_seed},
              {"state", state_json(s.state)},
              {"transcript", transcript},
              {"scores", s.scores ? score_json(*s.scores) : Json(nullptr)},
              {"self_ratings", s.self_ratings},
              {"side_attempts", side_attempts},
              {"reflection", reflection_json(s.reflection)},
              {"supervisor_review", review}};
    if (!s.handed_in_at.empty()) j["hand_in"] = {{"at", s.handed_in_at}, {"file", s.handed_in_file}};
    // Invalid UTF-8 typed by a user must not make saving throw: replace it.
    return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

namespace {
std::optional<std::string> read_session(std::string_view text, Session& out, json::Positions positions) {
    std::vector<json::Diagnostic> diags;
    auto parsed =
        json::parse(text, "", kSessionJsonLimits, diags, positions);
    auto first_error = [&] { return "sessie: " + json::short_message(diags.front()); };
    if (!parsed) return first_error();
    Json& j = parsed->root; // read once: strings are moved out of it
    json::Reader reader(parsed->map, diags, "");
    json::Reader& r = reader;
    if (!r.expect_object(j, "", "een sessie")) return first_error();
    auto version = j.find("schema_version");
    if (version == j.end() || !version->is_number_integer())
        return std::string("sessie: schema_version ontbreekt");
    auto v = version->is_number_unsigned() ? static_cast<long long>(std::min<std::uint64_t>(
                                                 version->get<std::uint64_t>(), std::uint64_t{1} << 30))
                                           : version->get<long long>();
    if (v > kSessionSchemaVersion)
        return "sessie: schema_version " + std::to_string(v) + " is nieuwer dan dit programma kent (" +
               std::to_string(kSessionSchemaVersion) + "); werk SMO-trainer bij";
    if (v < kSessionMinSchemaVersion) return "sessie: schema_version " + std::to_string(v) + " is te oud";
    try {
        Session s;
        s.session_id = r.string(j, "", "session_id", true);
        if (j.contains("session_id") && !is_valid_session_id(s.session_id))
            r.report(json::DiagCode::InvalidValue, "/session_id",
                     "session_id '" + s.session_id.substr(0, 64) +
                         "' mag alleen letters, cijfers, '-' en '_' bevatten (1-128 tekens): het is de "
                         "bestandsnaam");
        s.trainee = r.string(j, "", "trainee", false);
        if (const Json* sc = r.get(j, "", "scenario", true);
            sc != nullptr && r.expect_object(*sc, "/scenario", "'scenario'"))
            s.scenario = {
                r.string(*sc, "/scenario", "id", false), r.string(*sc, "/scenario", "version", false),
                r.string(*sc, "/scenario", "sha256", false), r.string(*sc, "/scenario", "file", false)};
        s.rulebase_version = r.string(j, "", "rulebase_version", false);
        s.mode = r.enumeration<SessionMode>(j, "", "mode", false, kSessionModeLabels)
                     .value_or(SessionMode::Oefenen);
        s.started_at = r.string(j, "", "started_at", false);
        s.updated_at = r.string(j, "", "updated_at", false);
        s.ended_at = r.nullable_string(j, "", "ended_at");
        s.finished = r.boolean(j, "", "finished", false, false);
        s.retries = r.integer(j, "", "retries", false, 0, 1000000).value_or(0);
        s.option_order_seed = static_cast<std::uint32_t>(
            r.integer(j, "", "option_order_seed", false, 0, std::numeric_limits<int>::max()).value_or(0));
        // Entry kinds are checked here, located, before the entries are built.
        auto check_kinds = [&](const Json& owner, const std::string& ptr) {
            reader.list(owner, ptr, "transcript", false, [&](const Json& e, const std::string& ep) {
                if (reader.expect_object(e, ep, "een beurt"))
                    reader.enumeration<EntryKind>(e, ep, "kind", true, kEntryKindLabels);
            });
        };
        check_kinds(j, "");
        reader.list(j, "", "side_attempts", false, [&](const Json& a, const std::string& ap) {
            if (reader.expect_object(a, ap, "een zijpoging")) check_kinds(a, ap);
        });
        if (r.errors() > 0) return first_error();
        s.state = state_from(j.at("state"));
        if (auto it = j.find("transcript"); it != j.end() && it->is_array()) s.transcript.reserve(it->size());
        for_each_in(j, "transcript", [&](Json& e) { s.transcript.push_back(entry_from(e)); });
        if (auto it = j.find("scores"); it != j.end() && it->is_object()) s.scores = score_from(*it);
        s.self_ratings = map_from<int>(j, "self_ratings");
        for_each_in(j, "side_attempts", [&](Json& a) {
            SideAttempt attempt;
            attempt.from_turn = a.value("from_turn", "");
            attempt.started_at = a.value("started_at", "");
            attempt.finished = a.value("finished", false);
            for_each_in(a, "transcript", [&](Json& e) { attempt.transcript.push_back(entry_from(e)); });
            if (auto it = a.find("scores"); it != a.end() && it->is_object())
                attempt.scores = score_from(*it);
            attempt.goal_available = map_from<int>(a, "goal_available");
            s.side_attempts.push_back(std::move(attempt));
        });
        if (const Json* hand_in = reader.get(j, "", "hand_in", false);
            hand_in != nullptr && reader.expect_object(*hand_in, "/hand_in", "'hand_in'")) {
            s.handed_in_at = reader.string(*hand_in, "/hand_in", "at", false);
            s.handed_in_file = reader.string(*hand_in, "/hand_in", "file", false);
        }
        if (const Json* refl = reader.get(j, "", "reflection", false);
            refl != nullptr && reader.expect_object(*refl, "/reflection", "'reflection'")) {
            for (std::size_t i = 0; i < static_cast<std::size_t>(ReflectionField::Count); ++i)
                s.reflection.text(static_cast<ReflectionField>(i)) =
                    reader.string(*refl, "/reflection", kReflectionFieldLabels[i], false);
            s.reflection.alternatives = map_from<std::string>(*refl, "alternatives");
        }
        if (reader.errors() > 0) return first_error();
        const Json& review = field_or(j, "supervisor_review", kNoObject);
        s.supervisor_review.reviewer = string_or_empty(review, "reviewer");
        s.supervisor_review.reviewed_at = string_or_empty(review, "reviewed_at");
        s.supervisor_review.comments = string_or_empty(review, "comments");
        if (auto it = review.find("approved"); it != review.end() && it->is_boolean())
            s.supervisor_review.approved = it->get<bool>();
        s.supervisor_review.turn_comments = map_from<std::string>(review, "turn_comments");
        s.schema_version = static_cast<int>(v);
        if (v < 2) migrate_v1(s);
        out = std::move(s);
    } catch (const std::exception& e) {
        return std::string("sessie: onverwachte inhoud: ") + e.what();
    }
    return std::nullopt;
}
} // namespace

std::optional<std::string> session_from_json(std::string_view text, Session& out) {
    // Most files are exactly what session_to_json wrote: read them without a DOM.
    if (read_session_fast(text, out)) return std::nullopt;
    return session_from_json_checked(text, out);
}

std::optional<std::string> session_from_json_checked(std::string_view text, Session& out) {
    // Without positions first (half the cost); only a failure is read again with them, so its
    // message still says line:column.
    if (!read_session(text, out, json::Positions::Skip)) return std::nullopt;
    return read_session(text, out, json::Positions::Record);
}

std::string session_content_json(const Session& session) {
    Session copy = session;
    copy.updated_at.clear();
    return session_to_json(copy);
}

void sync_session(Session& session, const Runtime& runtime, const std::string& now) {
    session.state = runtime.state();
    session.transcript = runtime.transcript();
    session.retries = runtime.retries();
    session.updated_at = now;
    if (runtime.phase() == Phase::Finished && !session.finished) {
        session.finished = true;
        session.ended_at = now;
    }
}

std::string local_time_text(std::string_view utc) {
    std::tm t{};
    char z = 0;
    const std::string text(utc);
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &t.tm_year, &t.tm_mon, &t.tm_mday, &t.tm_hour,
                    &t.tm_min, &t.tm_sec, &z) != 7 ||
        z != 'Z')
        return text;
    t.tm_year -= 1900;
    t.tm_mon -= 1;
    const std::time_t when = ::timegm(&t);
    std::tm local{};
    if (when == static_cast<std::time_t>(-1) || ::localtime_r(&when, &local) == nullptr) return text;
    char out[32];
    std::strftime(out, sizeof out, "%Y-%m-%d %H:%M", &local);
    return out;
}

std::string utc_timestamp_now() {
    std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

bool is_valid_session_id(std::string_view id) {
    if (id.empty() || id.size() > 128) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
               c == '-';
    });
}

std::string new_session_id(const std::string& scenario_id) {
    std::string stamp = utc_timestamp_now(); // 2026-01-15T10:15:30Z
    std::string compact;
    for (char c : stamp)
        if (c != '-' && c != ':') compact += c;
    std::random_device rd;
    char hex[9];
    std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(rd()));
    std::string safe_id;
    for (char c : scenario_id.substr(0, 96)) // stays within is_valid_session_id's 128
        safe_id += ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') ? c : '_';
    return compact + "-" + safe_id + "-" + hex;
}

} // namespace smo::core
