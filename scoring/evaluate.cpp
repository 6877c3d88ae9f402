#include "scoring/evaluate.hpp"

#include "scoring/hit_accumulator.hpp"
#include "scoring/rule_families.hpp"
#include "scoring/statement_facts.hpp"
#include "scoring/suggest.hpp"
#include "scoring/taxonomy.hpp"

#include <algorithm>

namespace smo::scoring {
namespace {

void add_unique(std::vector<std::string>& ids, std::string_view id) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.emplace_back(id);
}

// Violations first, then by severity (stable: equal hits keep the order the families added them);
// the statement's verdict and severity are those of its worst hit.
void rank_hits(Evaluation& ev, std::vector<RuleHit> hits) {
    ev.hits = std::move(hits);
    std::stable_sort(ev.hits.begin(), ev.hits.end(), [](const RuleHit& x, const RuleHit& y) {
        if (x.verdict != y.verdict) return x.verdict == Verdict::Violation;
        return x.severity > y.severity;
    });
    for (const auto& h : ev.hits) {
        if (h.verdict == Verdict::Violation)
            ev.verdict = Verdict::Violation;
        else if (ev.verdict == Verdict::Allowed)
            ev.verdict = Verdict::Caution;
        ev.severity = std::max(ev.severity, h.severity);
    }
}

// The categories and spans the statement discloses, and the ALLOW rules it relies on.
void list_disclosures(Evaluation& ev, const StatementFacts& f, const HitAccumulator& hits) {
    for (const auto& x : f.disclosures) {
        if (x.neutral) continue;
        const CategoryInfo& info = f.category_of(x);
        add_unique(ev.categories, info.id);
        if (x.hit) ev.spans.push_back(hits.span_of(*x.hit));
        if (!info.is_protected) add_unique(ev.allow_rules, info.primary_rule);
    }
    if (f.has(Cue::Boundary)) add_unique(ev.allow_rules, kAllowProcess);
    // Also beside a GROUP-ANON hit: the engine has always listed it so (its check of the hits ran after
    // they were moved out), and this split keeps every output as it was.
    if (f.group_mode && f.health_content) add_unique(ev.allow_rules, kAllowGroup);
    std::sort(ev.categories.begin(), ev.categories.end());
    std::sort(ev.spans.begin(), ev.spans.end(), [](const Span& x, const Span& y) {
        return x.start != y.start ? x.start < y.start : x.end > y.end;
    });
    auto same_span = [](const Span& x, const Span& y) {
        return x.start == y.start && x.end == y.end && x.category == y.category;
    };
    ev.spans.erase(std::unique(ev.spans.begin(), ev.spans.end(), same_span), ev.spans.end());
}

} // namespace

// [SECTION] construction

const std::vector<std::string_view>& Engine::rule_ids_used() {
    static const std::vector<std::string_view> ids = [] {
        std::vector<std::string_view> v{
            kConfHint,   kConfConfid,  kConsNoBasis,    kConsValid,    kConsOptOut,   kConsEmerg,
            kProcInform, kProcPresent, kProcNeedToKnow, kProcSameInfo, kProcRole,     kProcRecord,
            kProcType,   kProcWvp,     kGroupAnon,      kAllowVangnet, kAllowProcess, kAllowGroup};
        for (const auto& c : categories())
            v.push_back(c.primary_rule);
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
        return v;
    }();
    return ids;
}

Engine::Engine(Rulebase rules, Lexicon lexicon, EngineOptions options)
    : m_rules(std::move(rules)), m_lexicon(std::move(lexicon)), m_analyser(m_lexicon), m_options(options) {}

std::unique_ptr<Engine> Engine::create(Rulebase rules, Lexicon lexicon, std::vector<json::Diagnostic>& errors,
                                       EngineOptions options) {
    bool ok = true;
    for (auto id : rule_ids_used()) {
        if (rules.find(id) == nullptr) {
            errors.push_back(
                json::make_diagnostic(json::DiagCode::MissingField, "rules.json",
                                      "regel '" + std::string(id) + "' ontbreekt in de regelbasis"));
            ok = false;
        }
    }
    if (!ok) return nullptr;
    return std::unique_ptr<Engine>(new Engine(std::move(rules), std::move(lexicon), options));
}

std::unique_ptr<Engine> Engine::load(const std::filesystem::path& assets_dir,
                                     std::vector<json::Diagnostic>& errors, EngineOptions options) {
    auto rules = load_rulebase(assets_dir / "rules" / "rules.json", errors);
    auto lexicon = load_lexicon(assets_dir / "lexicon" / "nl", errors);
    if (!rules || !lexicon) return nullptr;
    return create(std::move(*rules), std::move(*lexicon), errors, options);
}

Evaluation Engine::evaluate(const Statement& statement, const Context& context) const {
    Analysis a;
    std::string_view text = statement.analyse_text ? std::string_view(statement.text) : std::string_view{};
    m_analyser.analyse(text, a);
    return decide(text, statement.tagged, context, a);
}

Evaluation Engine::evaluate_text(std::string_view text, const Context& context, Analysis& scratch,
                                 bool with_suggestion, bool with_reasons) const {
    m_analyser.analyse(text, scratch);
    static const std::vector<TaggedDisclosure> kNoTags;
    return decide(text, kNoTags, context, scratch, with_suggestion, with_reasons);
}

// [SECTION] the decision: facts once, then each rule family, then the merged result

Evaluation Engine::decide(std::string_view text, const std::vector<TaggedDisclosure>& tagged,
                          const Context& context, const Analysis& a, bool with_suggestion,
                          bool with_reasons) const {
    const StatementFacts facts = gather_facts(text, tagged, context, a, m_lexicon);
    HitAccumulator hits(m_rules, m_lexicon, a, with_reasons);
    const ContentOutcome content = decide_content_rules(facts, hits);
    decide_consent_rules(facts, content, hits);
    decide_process_rules(facts, hits);
    decide_group_rules(facts, m_options.small_group_threshold, hits);
    decide_poortwachter_rules(facts, hits);

    Evaluation ev;
    list_disclosures(ev, facts, hits);
    rank_hits(ev, hits.take());
    if (with_suggestion && ev.verdict != Verdict::Allowed) {
        Suggestion s = suggest_rewording(text, a, m_lexicon, m_rules, ev);
        ev.suggestion_nl = std::move(s.nl);
        ev.suggestion_en = std::move(s.en);
    }
    return ev;
}

} // namespace smo::scoring
