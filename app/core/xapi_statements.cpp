#include "core/xapi_statements.hpp"

#include "core/name_uuid.hpp"
#include "core/sha256.hpp"
#include "scoring/json/document.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace smo::core {

namespace {

using json::Json;

// The namespaces of the name-based ids; changing them would change every id already sent.
constexpr const char* kRegistrationSpace = "smo-trainer/xapi/registration";
constexpr const char* kStatementSpace = "smo-trainer/xapi/statement";

enum class Verb { Initialized, Responded, Completed, Passed, Failed, Terminated, Commented, Count };
struct VerbInfo {
    const char* id;
    const char* nl;
    const char* en;
};
// ADL registry verbs, as the MedBiquitous virtual-patient profile uses them.
constexpr std::array<VerbInfo, 7> kVerbs{{
    {"http://adlnet.gov/expapi/verbs/initialized", "gestart", "initialized"},
    {"http://adlnet.gov/expapi/verbs/responded", "antwoordde", "responded"},
    {"http://adlnet.gov/expapi/verbs/completed", "voltooide", "completed"},
    {"http://adlnet.gov/expapi/verbs/passed", "geslaagd", "passed"},
    {"http://adlnet.gov/expapi/verbs/failed", "gezakt", "failed"},
    {"http://adlnet.gov/expapi/verbs/terminated", "beëindigde", "terminated"},
    {"http://adlnet.gov/expapi/verbs/commented", "gaf commentaar", "commented"},
}};
static_assert(kVerbs.size() == static_cast<std::size_t>(Verb::Count));

constexpr const char* kSimulationType = "http://adlnet.gov/expapi/activities/simulation";
constexpr const char* kInteractionType = "http://adlnet.gov/expapi/activities/cmi.interaction";
constexpr const char* kObjectiveType = "http://adlnet.gov/expapi/activities/objective";

Json verb(Verb v) {
    const VerbInfo& info = kVerbs[static_cast<std::size_t>(v)];
    return Json{{"id", info.id}, {"display", Json{{"nl-NL", info.nl}, {"en-US", info.en}}}};
}

// IRI path segments: unreserved characters stay, everything else is percent-encoded.
std::string iri_segment(std::string_view text) {
    std::string out;
    for (unsigned char c : text) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
            c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        }
    }
    return out;
}

std::string trimmed_base(const std::string& base) {
    std::string out = base.empty() ? kDefaultXapiIriBase : base;
    while (!out.empty() && out.back() == '/')
        out.pop_back();
    return out;
}

// A language map of one text; an empty text gives no map (the caller leaves the field out).
Json language_map(const std::string& language, const std::string& text) {
    return Json{{language.empty() ? "nl" : language, text}};
}

/// Everything every statement of one session shares.
struct Builder {
    const XapiInput& in;
    std::string base;
    std::string home_page;
    std::string language;
    std::string registration;

    std::string ext(const char* name) const { return base + "/extensions/" + name; }
    std::string scenario_iri() const { return base + "/scenarios/" + iri_segment(in.scenario->id); }
    std::string node_iri(const std::string& node_id) const {
        std::string out = scenario_iri() + "/nodes";
        // "voorbespreking/q1" keeps its slash as a path, each part encoded.
        std::size_t start = 0;
        while (true) {
            const std::size_t slash = node_id.find('/', start);
            out += "/" + iri_segment(node_id.substr(start, slash - start));
            if (slash == std::string::npos) break;
            start = slash + 1;
        }
        return out;
    }

    Json scenario_activity() const {
        const Scenario& s = *in.scenario;
        Json name = language_map(s.language, s.title);
        if (!s.title_en.empty()) name["en"] = s.title_en;
        Json definition{{"type", kSimulationType}, {"name", name}};
        if (!s.summary.empty()) {
            Json description = language_map(s.language, s.summary);
            if (!s.summary_en.empty()) description["en"] = s.summary_en;
            definition["description"] = description;
        }
        return Json{{"objectType", "Activity"}, {"id", scenario_iri()}, {"definition", definition}};
    }

    Json context(bool with_parent) const {
        const Session& session = *in.session;
        Json activities = Json::object();
        if (with_parent)
            activities["parent"] = Json::array({Json{{"objectType", "Activity"}, {"id", scenario_iri()}}});
        Json category = Json::array();
        for (const auto& goal : in.scenario->learning_goals)
            category.push_back(
                Json{{"objectType", "Activity"},
                     {"id", base + "/learning-goals/" + iri_segment(goal)},
                     {"definition", Json{{"type", kObjectiveType}, {"name", Json{{"und", goal}}}}}});
        if (!category.empty()) activities["category"] = category;
        Json out{
            {"registration", registration},
            {"revision", session.scenario.version + " sha256:" + session.scenario.sha256},
            {"platform", "SMO-trainer"},
            {"language", language},
            {"extensions", Json{{ext("rulebase-version"), session.rulebase_version},
                                {ext("mode"), std::string(to_id(session.mode))},
                                {ext("session-id"), session.session_id}}},
        };
        if (!activities.empty()) out["contextActivities"] = activities;
        return out;
    }

    /// For a statement about a statement (commented): xAPI allows revision and platform only when
    /// the object is an activity, so the scenario revision goes in an extension there.
    Json context_for_statement_ref() const {
        Json out = context(true);
        out["extensions"][ext("scenario-revision")] = out["revision"];
        out.erase("revision");
        out.erase("platform");
        return out;
    }

    Json trainee() const;
    const XapiOptions* options = nullptr;
};

Json Builder::trainee() const {
    const Session& session = *in.session;
    // Never the free-text name by default: a pseudonym the LRS can group sessions by.
    std::string name = options->account_name;
    if (name.empty()) name = "smo-" + sha256_hex("smo-trainer/pseudonym\n" + session.trainee).substr(0, 16);
    Json actor{{"objectType", "Agent"}, {"account", Json{{"homePage", home_page}, {"name", name}}}};
    if (options->send_name && !session.trainee.empty()) actor["name"] = session.trainee;
    return actor;
}

// The interaction type of a decision: options and answers are choices, free text is fill-in,
// a composed statement or an observation is something else.
const char* interaction_type(const TranscriptEntry& entry) {
    switch (entry.kind) {
    case EntryKind::Choice:
    case EntryKind::Quiz:
    case EntryKind::Question:
    case EntryKind::Observe:
        return "choice";
    case EntryKind::FreeText:
        return "fill-in";
    default:
        return "other";
    }
}

Json interaction_activity(const Builder& b, const TranscriptEntry& entry) {
    const Scenario& s = *b.in.scenario;
    Json definition{{"type", kInteractionType}, {"interactionType", interaction_type(entry)}};
    definition["name"] = language_map(s.language, entry.node_id);
    Json choices = Json::array();
    if (const Node* node = s.find_node(entry.node_id)) {
        const std::string& prompt = node->prompt.empty() ? node->text : node->prompt;
        if (!prompt.empty()) definition["description"] = language_map(s.language, prompt);
        for (const auto& option : node->options)
            choices.push_back(
                Json{{"id", option.id}, {"description", language_map(s.language, option.text)}});
        for (const auto& answer : node->answers)
            choices.push_back(
                Json{{"id", answer.id}, {"description", language_map(s.language, answer.text)}});
        if (node->kind == NodeKind::Observe) {
            choices.push_back(
                Json{{"id", kJudgeAcceptable}, {"description", language_map(s.language, "acceptabel")}});
            for (const auto& rule : node->candidate_rules)
                choices.push_back(Json{{"id", rule}, {"description", language_map(s.language, rule)}});
        }
    }
    if (!choices.empty()) definition["choices"] = choices;
    return Json{{"objectType", "Activity"}, {"id", b.node_iri(entry.node_id)}, {"definition", definition}};
}

Json responded_result(const Builder& b, const TranscriptEntry& entry) {
    Json result{{"response", entry.kind == EntryKind::Observe ? entry.judgement : entry.text}};
    Json extensions = Json::object();
    if (entry.evaluation) {
        const scoring::Evaluation& e = *entry.evaluation;
        result["success"] = e.verdict != scoring::Verdict::Violation;
        extensions[b.ext("verdict")] = scoring::verdict_id(e.verdict);
        extensions[b.ext("rules")] = e.rule_ids();
        // A caution is allowed under a condition the trainee must check: name it, and only then.
        Json conditions = Json::array();
        for (const auto& hit : e.hits)
            if (hit.verdict == scoring::Verdict::Caution && hit.condition != scoring::Condition::None)
                conditions.push_back(Json{{"rule", hit.rule_id},
                                          {"id", scoring::condition_id(hit.condition)},
                                          {"nl", scoring::condition_nl(hit.condition)},
                                          {"en", scoring::condition_en(hit.condition)}});
        if (!conditions.empty()) extensions[b.ext("condition")] = conditions;
    } else if (entry.correct) {
        result["success"] = *entry.correct;
    }
    if (!entry.option_id.empty()) extensions[b.ext("option")] = entry.option_id;
    if (!entry.items.empty()) extensions[b.ext("items")] = entry.items;
    extensions[b.ext("turn")] = entry.turn_id;
    result["extensions"] = extensions;
    return result;
}

// The recorded time, else the best earlier one the session knows (schema-1 turns have none).
std::string time_or(const std::string& at, const std::string& fallback) {
    return at.empty() ? fallback : at;
}

} // namespace

std::string xapi_registration(const std::string& session_id) {
    return name_uuid(kRegistrationSpace, session_id);
}

std::string xapi_statement_id(const std::string& session_id, const std::string& key) {
    return name_uuid(kStatementSpace, session_id + "\n" + key);
}

std::vector<XapiStatement> build_xapi_statements(const XapiInput& input, const XapiOptions& options) {
    const Session& session = *input.session;
    Builder b{input, trimmed_base(options.iri_base), "",
              input.scenario->language.empty() ? "nl" : input.scenario->language,
              xapi_registration(session.session_id)};
    b.options = &options;
    b.home_page = options.home_page.empty() ? b.base : options.home_page;
    const Json actor = b.trainee();
    const std::string started = time_or(session.started_at, session.updated_at);
    const std::string ended = time_or(session.ended_at, time_or(session.updated_at, started));

    std::vector<XapiStatement> out;
    auto add = [&](const std::string& key, Json actor_json, Verb v, Json object, const std::string& at,
                   std::optional<Json> result, bool with_parent) {
        const bool about_activity = object.at("objectType") == "Activity";
        XapiStatement st;
        st.key = key;
        st.id = xapi_statement_id(session.session_id, key);
        Json j{{"id", st.id},
               {"actor", std::move(actor_json)},
               {"verb", verb(v)},
               {"object", std::move(object)}};
        if (result) j["result"] = std::move(*result);
        j["context"] = about_activity ? b.context(with_parent) : b.context_for_statement_ref();
        if (!at.empty()) j["timestamp"] = at; // else the LRS stamps it
        // Replace rather than throw on text that is not UTF-8 (a hand-edited session).
        st.json = j.dump(-1, ' ', false, Json::error_handler_t::replace);
        out.push_back(std::move(st));
    };

    add("initialized", actor, Verb::Initialized, b.scenario_activity(), started, std::nullopt, false);
    std::string last = started;
    for (const auto& entry : session.transcript) {
        if (!entry.by_trainee || entry.prior) continue;
        last = time_or(entry.at, last);
        add("responded/" + entry.turn_id, actor, Verb::Responded, interaction_activity(b, entry), last,
            responded_result(b, entry), true);
    }
    if (session.finished) {
        const int confidentiality = input.outcome ? input.outcome->score.confidentiality : 100;
        Json completed{
            {"completion", true},
            {"extensions", Json{{b.ext("violations"), input.outcome ? input.outcome->score.violations : 0},
                                {b.ext("cautions"), input.outcome ? input.outcome->score.cautions : 0}}}};
        add("completed", actor, Verb::Completed, b.scenario_activity(), ended, completed, false);
        if (session.mode == SessionMode::Toets) {
            const float scaled = static_cast<float>(confidentiality) / 100.0f;
            const bool passed = score_band(scaled) == ScoreBand::Good;
            Json result{{"score", Json{{"scaled", confidentiality / 100.0},
                                       {"raw", confidentiality},
                                       {"min", 0},
                                       {"max", 100}}},
                        {"success", passed},
                        {"completion", true}};
            add(passed ? "passed" : "failed", actor, passed ? Verb::Passed : Verb::Failed,
                b.scenario_activity(), ended, result, false);
        }
        add("terminated", actor, Verb::Terminated, b.scenario_activity(), ended, std::nullopt, false);
    }
    if (input.review) {
        for (const auto& comment : input.review->turn_comments) {
            const bool known = std::any_of(
                session.transcript.begin(), session.transcript.end(), [&](const TranscriptEntry& e) {
                    return e.turn_id == comment.turn_id && e.by_trainee && !e.prior;
                });
            if (!known || comment.text.empty()) continue;
            // The supervisor speaks here; an edited comment is a new statement (statements are immutable).
            Json supervisor{
                {"objectType", "Agent"},
                {"account", Json{{"homePage", b.home_page},
                                 {"name", comment.author.empty() ? "begeleider" : comment.author}}}};
            Json ref{{"objectType", "StatementRef"},
                     {"id", xapi_statement_id(session.session_id, "responded/" + comment.turn_id)}};
            add("commented/" + comment.turn_id + "/" + comment.author + "/" +
                    sha256_hex(comment.text).substr(0, 16),
                supervisor, Verb::Commented, ref, time_or(comment.at, ended),
                Json{{"response", comment.text}}, false);
        }
    }
    return out;
}

std::string xapi_statements_json_array(const std::vector<XapiStatement>& statements) {
    Json array = Json::array();
    for (const auto& st : statements)
        array.push_back(Json::parse(st.json));
    return array.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace smo::core
