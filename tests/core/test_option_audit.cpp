// "Alle opties toetsen": every scripted statement scored in its node's context beside the author's
// intent; mismatches become SC040/SC041.
#include "core/atomic_file.hpp"
#include "core/option_audit.hpp"
#include "core/scenario_loader.hpp"
#include "core/scenario_validator.hpp"
#include "scoring/evaluate.hpp"
#include "scoring/json/document.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <set>

using namespace smo::core;
namespace fs = std::filesystem;
using smo::json::Json;
using smo::scoring::Verdict;

namespace {

fs::path fixture(const std::string& name) {
    return smo::test::source_dir() / "tests/fixtures/scenarios" / name;
}

const smo::scoring::StatementEvaluator& engine() {
    static const auto evaluator = [] {
        std::vector<smo::json::Diagnostic> errors;
        auto e = smo::scoring::Engine::load(smo::test::source_dir() / "assets", errors);
        REQUIRE(e);
        return e;
    }();
    return *evaluator;
}

Json fixture_json(const std::string& name) {
    std::string error;
    auto text = read_file(fixture(name), error);
    REQUIRE(text);
    return Json::parse(*text);
}

LoadedScenario load_json(const Json& doc) {
    auto loaded = load_scenario_text(doc.dump(2), "t.json");
    REQUIRE(loaded.scenario);
    return loaded;
}

/// A scenario document loaded and every statement of it audited with the engine.
struct Audited {
    LoadedScenario loaded;
    OptionAudit audit;
};
Audited audit_of(const Json& doc) {
    Audited a{load_json(doc), {}};
    a.audit = audit_options(*a.loaded.scenario, engine());
    return a;
}

const AuditedStatement* row(const OptionAudit& audit, const std::string& node, const std::string& option) {
    for (const auto& r : audit.rows)
        if (r.node_id == node && r.option_id == option) return &r;
    return nullptr;
}

/// Records the contexts it is asked to judge in; everything is allowed.
class RecordingEvaluator final : public smo::scoring::StatementEvaluator {
  public:
    mutable std::vector<std::pair<std::string, smo::scoring::Context>> seen;
    smo::scoring::Evaluation evaluate(const smo::scoring::Statement& st,
                                      const smo::scoring::Context& ctx) const override {
        seen.emplace_back(st.text, ctx);
        return {};
    }
};

} // namespace

TEST_CASE("the minimal fixture: the credited option is good and allowed, the other a breach that violates") {
    auto loaded = load_json(fixture_json("valid_minimal.json"));
    auto audit = audit_options(*loaded.scenario, engine());
    REQUIRE(audit.rows.size() == 2);
    const auto* goed = row(audit, "keuze", "goed");
    const auto* fout = row(audit, "keuze", "fout");
    REQUIRE(goed);
    REQUIRE(fout);
    CHECK(goed->intent == Intent::Good);
    CHECK(goed->intent_reason == "beloont LG4");
    CHECK(goed->evaluation.verdict == Verdict::Allowed);
    CHECK(goed->pointer == "/nodes/1/options/0");
    CHECK(fout->intent == Intent::Breach);
    CHECK(fout->evaluation.verdict == Verdict::Violation);
    CHECK_FALSE(fout->evaluation.hits.empty());
    CHECK(audit.mismatches() == 0);
    CHECK(audit_diagnostics(audit, loaded.map, "t.json").empty());
    CHECK(std::string(intent_id(Intent::Breach)) == "breach");
}

TEST_CASE("a credited option that the scoring judges a breach gives SC040 at the option") {
    auto checked = check_scenario_file(fixture("SC040_credited_option_violates.json"), [] {
        ValidateOptions o;
        o.evaluator = &engine();
        return o;
    }());
    auto it = std::find_if(checked.diagnostics.begin(), checked.diagnostics.end(),
                           [](const Diagnostic& d) { return d.code == DiagCode::IntendedGoodViolates; });
    REQUIRE(it != checked.diagnostics.end());
    CHECK(it->pointer == "/nodes/1/options/0");
    CHECK(it->line == checked.loaded.map.at("/nodes/1/options/0").line);
    CHECK(it->message.find("optie 'goed' van knoop 'keuze'") != std::string::npos);
    CHECK(it->message.find("CONF-") != std::string::npos); // names the rule that fired
    // Without an evaluator the audit does not run.
    auto plain = check_scenario_file(fixture("SC040_credited_option_violates.json"));
    CHECK(std::none_of(plain.diagnostics.begin(), plain.diagnostics.end(),
                       [](const Diagnostic& d) { return d.code == DiagCode::IntendedGoodViolates; }));
}

TEST_CASE("an option meant as a breach that the scoring allows gives SC041") {
    auto loaded = load_json(fixture_json("SC041_breach_option_allowed.json"));
    auto audit = audit_options(*loaded.scenario, engine());
    const auto* fout = row(audit, "keuze", "fout");
    REQUIRE(fout);
    CHECK(fout->intent == Intent::Breach);
    CHECK(fout->intent_reason == "geen krediet, wel feedback");
    CHECK(fout->evaluation.verdict == Verdict::Allowed);
    CHECK(fout->mismatch());
    auto diags = audit_diagnostics(audit, loaded.map, "t.json");
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].code == DiagCode::IntendedBreachAllowed);
    CHECK(diags[0].severity == DiagSeverity::Warning);
}

TEST_CASE("the option strategy 'best' marks an uncredited option as meant good") {
    auto doc = fixture_json("valid_minimal.json");
    doc["nodes"][1]["options"][0].erase("credits");
    doc["nodes"][1]["options"][0].erase("feedback");
    doc["learning_goals"] = Json::array();
    const Audited audited = audit_of(doc);
    const auto* goed = row(audited.audit, "keuze", "goed");
    REQUIRE(goed);
    CHECK(goed->intent == Intent::Good);
    CHECK(goed->intent_reason == "de strategie 'best' kiest deze optie");
}

TEST_CASE("compose: every subset up to the cap, else singles, the best set and all items") {
    auto doc = fixture_json("valid_minimal.json");
    doc["cases"][0]["file"].push_back(
        {{"id", "c1_werk"}, {"text", "Hij werkt in het magazijn."}, {"category", "functional"}});
    doc["nodes"][1]["options"][1]["next"] = "samen";
    doc["nodes"].insert(doc["nodes"].begin() + 2, Json{{"id", "samen"},
                                                       {"kind", "compose"},
                                                       {"prompt", "Wat vertel je?"},
                                                       {"items", {"c1_func", "c1_diag", "c1_werk"}},
                                                       {"next", "vrij"}});
    doc["nodes"].insert(doc["nodes"].begin() + 3, Json{{"id", "vrij"},
                                                       {"kind", "free_text"},
                                                       {"prompt", "Zeg het zelf."},
                                                       {"model_answer", "Hij kan voorlopig niet tillen."},
                                                       {"poor_answer", "Hij heeft een hernia."},
                                                       {"next", "einde"}});
    auto loaded = load_json(doc);
    auto audit = audit_options(*loaded.scenario, engine());
    auto compose_rows = std::count_if(audit.rows.begin(), audit.rows.end(),
                                      [](const AuditedStatement& r) { return r.node_id == "samen"; });
    CHECK(compose_rows == 7); // 2^3 - 1
    const auto* best = row(audit, "samen", "c1_func+c1_werk");
    REQUIRE(best);
    CHECK(best->intent == Intent::Good);
    CHECK(best->evaluation.verdict == Verdict::Allowed);
    CHECK(best->items == std::vector<std::string>{"c1_func", "c1_werk"});
    const auto* diag = row(audit, "samen", "c1_diag");
    REQUIRE(diag);
    CHECK(diag->intent == Intent::Neutral);
    CHECK(diag->evaluation.verdict == Verdict::Violation);
    CHECK_FALSE(diag->mismatch()); // neutral rows never mismatch

    AuditOptions capped;
    capped.all_subsets_up_to = 2;
    auto small = audit_options(*loaded.scenario, engine(), capped);
    std::vector<std::string> ids;
    for (const auto& r : small.rows)
        if (r.node_id == "samen") ids.push_back(r.option_id);
    CHECK(ids == std::vector<std::string>{"c1_func", "c1_diag", "c1_werk", "c1_func+c1_werk",
                                          "c1_func+c1_diag+c1_werk"});

    const auto* model = row(audit, "vrij", "model_answer");
    const auto* poor = row(audit, "vrij", "poor_answer");
    REQUIRE(model);
    REQUIRE(poor);
    CHECK(model->intent == Intent::Good);
    CHECK(model->evaluation.verdict == Verdict::Allowed);
    CHECK(model->pointer == "/nodes/3/model_answer");
    CHECK(poor->intent == Intent::Breach);
    CHECK(poor->evaluation.verdict == Verdict::Violation);
}

TEST_CASE("each node is judged in the context of the path that reaches it") {
    auto doc = fixture_json("valid_minimal.json");
    doc["participants"].push_back({{"id", "ba"}, {"name", "Bedrijfsarts"}, {"role", "bedrijfsarts"}});
    // The manager leaves before the decision: only the doctor and the trainee remain.
    doc["nodes"][0]["leave"] = {"lg"};
    auto loaded = load_json(doc);
    RecordingEvaluator recorder;
    auto audit = audit_options(*loaded.scenario, recorder);
    CHECK(audit.rows.size() == 2);
    bool judged_goed = false;
    for (const auto& [text, ctx] : recorder.seen) {
        if (text != "Hij kan nu niet tillen.") continue;
        judged_goed = true;
        CHECK(std::find(ctx.who_present.begin(), ctx.who_present.end(), "leidinggevende") ==
              ctx.who_present.end());
        CHECK(std::find(ctx.who_present.begin(), ctx.who_present.end(), "bedrijfsarts") !=
              ctx.who_present.end());
    }
    CHECK(judged_goed);
}

TEST_CASE("an option with a flaw is meant over-cautious: a breach is SC040; a wrong flaw is SC031") {
    auto doc = fixture_json("valid_minimal.json");
    Json& fout = doc["nodes"][1]["options"][1];
    fout["flaw"] = {{"kind", "too_strict"}, {"rule", "DUTY-INFORM"}};
    fout.erase("discloses");
    fout.erase("feedback");
    // The text still names a diagnosis: meant over-cautious, judged a violation.
    const Audited audited = audit_of(doc);
    const auto* r = row(audited.audit, "keuze", "fout");
    REQUIRE(r);
    CHECK(r->intent == Intent::OverCautious);
    CHECK(r->intent_reason == "te terughoudend (DUTY-INFORM)");
    CHECK(r->mismatch());
    auto diags = audit_diagnostics(audited.audit, audited.loaded.map, "t.json");
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].code == DiagCode::IntendedGoodViolates);
    CHECK(diags[0].message.find("te terughoudend") != std::string::npos);
    // Keeping the secret, it is no mismatch.
    fout["text"] = "Daar zeg ik helemaal niets over; vraag het hem zelf.";
    const Audited quiet = audit_of(doc);
    CHECK_FALSE(row(quiet.audit, "keuze", "fout")->mismatch());

    ValidateOptions options;
    std::set<std::string> rules;
    for (const auto& rule : dynamic_cast<const smo::scoring::Engine&>(engine()).rulebase().rules)
        rules.insert(rule.id);
    options.known_rules = rules;
    auto sc031_at = [&](const Json& d, const std::string& pointer) {
        auto checked = check_scenario_text(d.dump(2), "t.json", options);
        return std::any_of(checked.diagnostics.begin(), checked.diagnostics.end(), [&](const Diagnostic& x) {
            return x.code == DiagCode::InvalidValue && x.pointer == pointer;
        });
    };
    CHECK_FALSE(sc031_at(doc, "/nodes/1/options/1/flaw"));
    Json breach_rule = doc;
    breach_rule["nodes"][1]["options"][1]["flaw"]["rule"] = "CONF-DIAG";
    CHECK(sc031_at(breach_rule, "/nodes/1/options/1/flaw/rule"));
    Json credited = doc;
    credited["nodes"][1]["options"][1]["credits"] = {"LG4"};
    CHECK(sc031_at(credited, "/nodes/1/options/1/flaw"));
    Json bad_kind = doc;
    bad_kind["nodes"][1]["options"][1]["flaw"]["kind"] = "te_streng";
    auto bad = check_scenario_text(bad_kind.dump(2), "t.json", options);
    CHECK(std::any_of(bad.diagnostics.begin(), bad.diagnostics.end(), [](const Diagnostic& x) {
        return x.pointer == "/nodes/1/options/1/flaw/kind" && x.message.find("too_strict") != std::string::npos;
    }));
}
