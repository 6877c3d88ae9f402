#include "scoring/aggregate.hpp"

#include "scoring/rulebase.hpp"
#include "scoring/taxonomy.hpp"

#include <algorithm>
#include <array>
#include <set>

namespace smo::scoring {
namespace {

// [SECTION] point values (every point names a rule id or LG id)
constexpr int kAllowedPoints = 5; // an allowed statement, credited to the ALLOW-* rules it relies on
constexpr int kGoalPoints = 3;    // a learning goal credited by the turn
constexpr int kObserveHit = 5, kObserveWrongRule = 2, kObserveMiss = -3, kObserveFalseAlarm = -2,
              kObserveAccept = 2;
constexpr int kQuizCorrect = 3;
constexpr std::string_view kPrivacyGoal = "LG4"; // role of the BA incl. privacy and beroepsgeheim

int penalty(Severity s) {
    switch (s) {
    case Severity::Critical:
        return 20;
    case Severity::High:
        return 12;
    case Severity::Medium:
        return 8;
    case Severity::Low:
        return 4;
    default:
        return 4;
    }
}

// Confidentiality headline weights: only rules about medical data and consent count.
bool counts_for_confidentiality(std::string_view rule) {
    return rule.starts_with("CONF-") || rule.starts_with("CONS-") || rule.starts_with("GROUP-") ||
           rule == "PROC-RECORD" || rule == "PROC-NEEDTOKNOW";
}

int headline_penalty(Severity s) {
    switch (s) {
    case Severity::Critical:
        return 25;
    case Severity::High:
        return 15;
    case Severity::Medium:
        return 8;
    default:
        return 4;
    }
}

std::string excerpt(const std::string& text, std::size_t start, std::size_t end) {
    if (start >= end || end > text.size()) return {};
    return text.substr(start, std::min<std::size_t>(end - start, 60));
}

std::string short_statement(const std::string& s) {
    if (s.size() <= 90) return s;
    std::size_t cut = 87;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
        --cut; // keep UTF-8 whole
    return s.substr(0, cut) + "...";
}

std::string source_of(const Rulebase& rules, const std::string& rule_id) {
    const Rule* r = rules.find(rule_id);
    if (r == nullptr || r->sources.empty()) return {};
    std::string out = rules.citation(rule_id);
    if (const RuleSource* s = rules.find_source(r->sources.front())) out += " — " + s->title;
    return out;
}

Finding rule_finding(const Rulebase& rules, const std::string& turn_id, Finding::Kind kind,
                     const std::string& rule_id) {
    Finding f;
    f.turn_id = turn_id;
    f.kind = kind;
    f.rule_id = rule_id;
    if (const Rule* r = rules.find(rule_id)) {
        f.title_nl = r->title.nl;
        f.title_en = r->title.en;
        f.explanation_nl = r->explanation.nl;
        f.explanation_en = r->explanation.en;
        f.suggestion_nl = r->suggestion.nl;
        f.suggestion_en = r->suggestion.en;
    }
    f.source = source_of(rules, rule_id);
    return f;
}

} // namespace

int statement_points(const Evaluation& ev) {
    if (ev.verdict == Verdict::Allowed) return ev.allow_rules.empty() ? 0 : kAllowedPoints;
    int points = 0;
    for (const auto& h : ev.hits)
        if (h.verdict == Verdict::Violation) points -= penalty(h.severity);
    return points;
}

SessionScore aggregate(const std::vector<TurnRecord>& turns,
                       const std::map<std::string, int>& goal_credit_available) {
    SessionScore score;
    std::map<std::string, int> credited, partial;
    int headline_loss = 0;
    for (const auto& turn : turns) {
        TurnPoints tp;
        tp.turn_id = turn.turn_id;
        bool breached = false;
        if (turn.evaluation) {
            const Evaluation& ev = *turn.evaluation;
            tp.points += statement_points(ev);
            if (ev.verdict == Verdict::Violation) {
                ++score.violations;
                breached = true;
                for (const auto& h : ev.hits) {
                    if (h.verdict != Verdict::Violation) continue;
                    tp.sources.push_back(h.rule_id);
                    if (counts_for_confidentiality(h.rule_id)) headline_loss += headline_penalty(h.severity);
                }
            } else if (ev.verdict == Verdict::Caution) {
                ++score.cautions;
                for (const auto& h : ev.hits)
                    tp.sources.push_back(h.rule_id);
            } else {
                for (const auto& r : ev.allow_rules)
                    tp.sources.push_back(r);
            }
        }
        if (turn.observe) {
            const ObserveJudgement& o = *turn.observe;
            if (o.expected_rule.empty() && o.given_rule.empty()) {
                ++score.observe.correct_accepts;
                tp.points += kObserveAccept;
                tp.sources.emplace_back(kPrivacyGoal);
            } else if (o.expected_rule.empty()) {
                ++score.observe.false_alarms;
                tp.points += kObserveFalseAlarm;
                tp.sources.push_back(o.given_rule);
            } else if (o.given_rule.empty()) {
                ++score.observe.misses;
                tp.points += kObserveMiss;
                tp.sources.push_back(o.expected_rule);
            } else if (o.given_rule == o.expected_rule) {
                ++score.observe.hits;
                tp.points += kObserveHit;
                tp.sources.push_back(o.expected_rule);
            } else {
                ++score.observe.wrong_rule;
                tp.points += kObserveWrongRule;
                tp.sources.push_back(o.expected_rule);
            }
        }
        if (turn.quiz_correct.has_value() && *turn.quiz_correct) {
            tp.points += kQuizCorrect;
            if (turn.goals_credited.empty()) tp.sources.emplace_back(kPrivacyGoal);
        }
        // A breach withholds the turn's learning-goal credits; a wrong quiz answer earns none.
        bool quiz_wrong = turn.quiz_correct.has_value() && !*turn.quiz_correct;
        if (!breached && !quiz_wrong) {
            for (const auto& g : turn.goals_credited) {
                ++(turn.grey_zone ? partial : credited)[g];
                tp.points += turn.grey_zone ? kGoalPoints / 2 : kGoalPoints;
                tp.sources.push_back(g);
            }
        }
        std::sort(tp.sources.begin(), tp.sources.end());
        tp.sources.erase(std::unique(tp.sources.begin(), tp.sources.end()), tp.sources.end());
        score.turns.push_back(std::move(tp));
    }
    score.confidentiality = std::clamp(100 - headline_loss, 0, 100);
    for (auto goal : learning_goals()) {
        GoalMastery m;
        m.goal = std::string(goal);
        auto count = [&](const std::map<std::string, int>& counts) {
            auto it = counts.find(m.goal);
            return it == counts.end() ? 0 : it->second;
        };
        m.credited = count(credited);
        m.partial = count(partial);
        m.available = count(goal_credit_available);
        m.mastery = m.available > 0
                        ? std::clamp((m.credited + 0.5 * m.partial) / m.available, 0.0, 1.0)
                        : 0.0;
        score.goals.push_back(m);
    }
    return score;
}

namespace {
constexpr std::array<std::string_view, 3> kFlawKindIds{"too_strict", "too_vague", "missed_duty"};
static_assert(kFlawKindIds.size() == static_cast<std::size_t>(FlawKind::Count));
struct FlawLead {
    const char* nl;
    const char* en;
};
constexpr std::array<FlawLead, 3> kFlawLeads{{
    {"Te terughoudend: je weigert ook wat de werkgever mag weten. ",
     "Too cautious: you refuse even what the employer may know. "},
    {"Te vaag: hier kan niemand mee verder. ", "Too vague: nobody can act on this. "},
    {"Plicht gemist: je laat liggen wat de bedrijfsarts hier moet doen. ",
     "Duty missed: you leave undone what the physician must do here. "},
}};
static_assert(kFlawLeads.size() == kFlawKindIds.size());
std::size_t flaw_index(FlawKind kind) {
    const auto i = static_cast<std::size_t>(kind);
    return i < kFlawKindIds.size() ? i : 0;
}
} // namespace

const char* flaw_kind_id(FlawKind kind) {
    return kFlawKindIds[flaw_index(kind)].data();
}

std::optional<FlawKind> flaw_kind_from_id(std::string_view id) {
    for (std::size_t i = 0; i < kFlawKindIds.size(); ++i)
        if (id == kFlawKindIds[i]) return static_cast<FlawKind>(i);
    return std::nullopt;
}

std::span<const std::string_view> flaw_kinds() {
    return kFlawKindIds;
}

const char* flaw_lead_nl(FlawKind kind) {
    return kFlawLeads[flaw_index(kind)].nl;
}

const char* flaw_lead_en(FlawKind kind) {
    return kFlawLeads[flaw_index(kind)].en;
}

namespace {
// Both sides of a defensible answer, under the learning goal it half earned.
Finding grey_zone_finding(const TurnRecord& turn) {
    Finding f;
    f.turn_id = turn.turn_id;
    f.kind = Finding::Kind::Caution;
    f.rule_id = turn.goals_credited.empty() ? std::string(kPrivacyGoal) : turn.goals_credited.front();
    f.title_nl = "Grijs gebied: half punt";
    f.title_en = "Grey zone: half credit";
    f.explanation_nl = "Te verdedigen: " + turn.grey_zone->for_text + " Maar: " + turn.grey_zone->against_text;
    f.explanation_en = "Defensible: " + turn.grey_zone->for_text + " But: " + turn.grey_zone->against_text;
    return f;
}
// The model answer's key points: which the free text named and which it left out.
Finding key_point_finding(const TurnRecord& turn) {
    const KeyPointCoverage& k = *turn.key_points;
    auto join = [](const std::vector<std::string>& texts) {
        std::string out;
        for (const auto& t : texts)
            out += (out.empty() ? "" : "; ") + t;
        return out;
    };
    Finding f;
    f.turn_id = turn.turn_id;
    f.kind = k.met() ? Finding::Kind::WentWell : Finding::Kind::ToImprove;
    f.rule_id = k.goal.empty() ? std::string(kPrivacyGoal) : k.goal;
    const std::string counts = std::to_string(k.covered.size()) + " van " +
                               std::to_string(k.covered.size() + k.missed.size());
    const std::string counts_en = std::to_string(k.covered.size()) + " of " +
                                  std::to_string(k.covered.size() + k.missed.size());
    f.title_nl = "Kernpunten genoemd: " + counts + (k.met() ? "" : " (nodig: " + std::to_string(k.needed) + ")");
    f.title_en = "Key points named: " + counts_en + (k.met() ? "" : " (needed: " + std::to_string(k.needed) + ")");
    if (!k.covered.empty()) {
        f.explanation_nl = "Genoemd: " + join(k.covered) + ".";
        f.explanation_en = "Named: " + join(k.covered) + ".";
    }
    if (!k.missed.empty()) {
        f.explanation_nl += (f.explanation_nl.empty() ? "" : " ") + std::string("Gemist: ") + join(k.missed) + ".";
        f.explanation_en += (f.explanation_en.empty() ? "" : " ") + std::string("Missed: ") + join(k.missed) + ".";
    }
    return f;
}
} // namespace

std::vector<Finding> debrief_findings(const std::vector<TurnRecord>& turns, const Rulebase& rules) {
    std::vector<Finding> out;
    for (const auto& turn : turns) {
        if (turn.flaw) {
            // Over-caution: the secret was kept, but the employer or worker was left without what
            // the duty asks for.
            Finding f = rule_finding(rules, turn.turn_id, Finding::Kind::ToImprove, turn.flaw->rule_id);
            f.explanation_nl = std::string(flaw_lead_nl(turn.flaw->kind)) + f.explanation_nl;
            f.explanation_en = std::string(flaw_lead_en(turn.flaw->kind)) + f.explanation_en;
            out.push_back(std::move(f));
        }
        // A breach earns nothing, not even the half; its findings say why.
        const bool breached = turn.evaluation && turn.evaluation->verdict == Verdict::Violation;
        if (turn.grey_zone && !breached) out.push_back(grey_zone_finding(turn));
        // What the answer should have named counts after a breach too; praise for it does not.
        if (turn.key_points && !(breached && turn.key_points->met())) out.push_back(key_point_finding(turn));
        if (turn.evaluation) {
            const Evaluation& ev = *turn.evaluation;
            bool first = true;
            for (const auto& h : ev.hits) {
                Finding f = rule_finding(rules, turn.turn_id,
                                         h.verdict == Verdict::Violation ? Finding::Kind::ToImprove
                                                                         : Finding::Kind::Caution,
                                         h.rule_id);
                if (!h.reason_nl.empty()) {
                    f.explanation_nl = h.reason_nl + " " + f.explanation_nl;
                    f.explanation_en = h.reason_en + " " + f.explanation_en;
                }
                if (first && !ev.suggestion_nl.empty()) {
                    f.suggestion_nl = ev.suggestion_nl;
                    f.suggestion_en = ev.suggestion_en;
                }
                f.condition_nl = condition_nl(h.condition);
                f.condition_en = condition_en(h.condition);
                f.spans = h.spans;
                out.push_back(std::move(f));
                first = false;
            }
            if (ev.verdict == Verdict::Allowed && !ev.allow_rules.empty() && !turn.flaw && !turn.grey_zone)
                out.push_back(
                    rule_finding(rules, turn.turn_id, Finding::Kind::WentWell, ev.allow_rules.front()));
        }
        if (turn.observe) {
            const ObserveJudgement& o = *turn.observe;
            if (!o.expected_rule.empty()) {
                bool hit = o.given_rule == o.expected_rule;
                out.push_back(rule_finding(rules, turn.turn_id,
                                           hit ? Finding::Kind::WentWell : Finding::Kind::ToImprove,
                                           o.expected_rule));
            } else if (!o.given_rule.empty()) {
                Finding f = rule_finding(rules, turn.turn_id, Finding::Kind::ToImprove, o.given_rule);
                f.explanation_nl =
                    "Deze uitspraak was toelaatbaar; " + f.title_nl + " was hier niet geschonden.";
                f.explanation_en = "This line was acceptable; " + f.title_en + " was not broken here.";
                out.push_back(std::move(f));
            } else {
                Finding f;
                f.turn_id = turn.turn_id;
                f.kind = Finding::Kind::WentWell;
                f.rule_id = std::string(kPrivacyGoal);
                f.title_nl = "Terecht als toelaatbaar beoordeeld";
                f.title_en = "Rightly judged acceptable";
                out.push_back(std::move(f));
            }
        }
        if (turn.quiz_correct.has_value()) {
            Finding f;
            f.turn_id = turn.turn_id;
            f.kind = *turn.quiz_correct ? Finding::Kind::WentWell : Finding::Kind::ToImprove;
            f.rule_id = turn.goals_credited.empty() ? std::string(kPrivacyGoal) : turn.goals_credited.front();
            f.title_nl =
                *turn.quiz_correct ? "Kennisvraag goed beantwoord" : "Kennisvraag niet goed beantwoord";
            f.title_en = *turn.quiz_correct ? "Knowledge question answered correctly"
                                            : "Knowledge question answered wrongly";
            out.push_back(std::move(f));
        }
    }
    return out;
}

ReflectionPrompts reflection_prompts(const std::vector<TurnRecord>& turns, const Rulebase& rules) {
    ReflectionPrompts p;
    std::set<std::string> rules_seen;
    int went_well = 0, improve = 0;
    std::string best_turn;
    for (const auto& turn : turns) {
        if (!turn.evaluation) {
            if (turn.observe && !turn.observe->expected_rule.empty() && turn.observe->given_rule.empty() &&
                improve < 5) {
                const Rule* r = rules.find(turn.observe->expected_rule);
                std::string title_nl = r ? r->title.nl : turn.observe->expected_rule;
                std::string title_en = r ? r->title.en : turn.observe->expected_rule;
                p.could_improve_nl.push_back("In beurt " + turn.turn_id +
                                             " vond je de uitspraak van de bedrijfsarts "
                                             "toelaatbaar, maar die schond '" +
                                             title_nl + "'. Waaraan had je dat kunnen herkennen?");
                p.could_improve_en.push_back("In turn " + turn.turn_id +
                                             " you judged the physician's line acceptable, "
                                             "but it broke '" +
                                             title_en + "'. What could have told you?");
                ++improve;
            }
            continue;
        }
        const Evaluation& ev = *turn.evaluation;
        if (ev.verdict == Verdict::Allowed && went_well < 3 && !turn.statement.empty()) {
            p.went_well_nl.push_back("In beurt " + turn.turn_id + " bleef je bij wat voor het werk telt: '" +
                                     short_statement(turn.statement) +
                                     "'. Wat hielp je om het zo te formuleren?");
            p.went_well_en.push_back("In turn " + turn.turn_id + " you kept to what matters for work: '" +
                                     short_statement(turn.statement) +
                                     "'. What helped you phrase it like that?");
            if (best_turn.empty()) best_turn = turn.turn_id;
            ++went_well;
        }
        if (ev.verdict == Verdict::Violation && improve < 5 && !ev.hits.empty()) {
            const RuleHit& h = ev.hits.front();
            const Rule* r = rules.find(h.rule_id);
            std::string words;
            for (const auto& s : h.spans) {
                std::string w = excerpt(turn.statement, s.start, s.end);
                if (w.empty()) continue;
                if (!words.empty()) words += "', '";
                words += w;
            }
            std::string title_nl = r ? r->title.nl : h.rule_id, title_en = r ? r->title.en : h.rule_id;
            if (!words.empty()) {
                p.could_improve_nl.push_back(
                    "In beurt " + turn.turn_id + " zei je '" + words + "' (" + title_nl +
                    "). Wat had je kunnen zeggen over wat de werknemer wél kan, zonder dat "
                    "prijs te geven?");
                p.could_improve_en.push_back(
                    "In turn " + turn.turn_id + " you said '" + words + "' (" + title_en +
                    "). What could you have said about what the worker can do, without "
                    "revealing that?");
            } else {
                p.could_improve_nl.push_back("In beurt " + turn.turn_id + " ging het mis met '" + title_nl +
                                             "'. Hoe had je die beurt anders aangepakt?");
                p.could_improve_en.push_back("In turn " + turn.turn_id + " '" + title_en +
                                             "' went wrong. How would you handle that turn differently?");
            }
            ++improve;
        }
        for (const auto& h : ev.hits)
            if (h.verdict == Verdict::Violation) rules_seen.insert(h.rule_id);
    }
    for (const auto& id : rules_seen) {
        const Rule* r = rules.find(id);
        if (r == nullptr) continue;
        p.learned_nl.push_back("Wat weet je nu over '" + r->title.nl +
                               "' dat je aan het begin van de sessie nog niet "
                               "wist? (bron: " +
                               rules.citation(id) + ")");
        p.learned_en.push_back("What do you now know about '" + r->title.en +
                               "' that you did not know at the start? "
                               "(source: " +
                               rules.citation(id) + ")");
        if (p.learned_nl.size() >= 4) break;
    }
    if (p.learned_nl.empty()) {
        p.learned_nl.push_back(
            "Welke vuistregel over beroepsgeheim in het SMO heb je in deze sessie toegepast?");
        p.learned_en.push_back(
            "Which rule of thumb about medical confidentiality in the SMO did you apply this session?");
    }
    if (!best_turn.empty()) {
        p.take_along_nl.push_back("Welke formulering uit beurt " + best_turn +
                                  " ga je in een echt SMO gebruiken?");
        p.take_along_en.push_back("Which wording from turn " + best_turn + " will you use in a real SMO?");
    }
    if (!rules_seen.empty()) {
        p.take_along_nl.push_back(
            "Welke vraag van de werkgever ga je voortaan functioneel beantwoorden, en hoe?");
        p.take_along_en.push_back(
            "Which employer question will you answer functionally from now on, and how?");
    }
    if (p.take_along_nl.empty()) {
        p.take_along_nl.push_back("Wat neem je mee naar je volgende SMO?");
        p.take_along_en.push_back("What will you take along to your next SMO?");
    }
    return p;
}

} // namespace smo::scoring
