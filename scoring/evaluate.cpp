#include "scoring/evaluate.hpp"

#include "scoring/suggest.hpp"
#include "scoring/taxonomy.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

namespace smo::scoring {
namespace {

// [SECTION] rule ids the logic produces
constexpr std::string_view kConfHint = "CONF-HINT";
constexpr std::string_view kConsNoBasis = "CONS-NOBASIS";
constexpr std::string_view kConsValid = "CONS-VALID";
constexpr std::string_view kConsOptOut = "CONS-OPTOUT";
constexpr std::string_view kConsEmerg = "CONS-EMERG";
constexpr std::string_view kProcInform = "PROC-INFORM";
constexpr std::string_view kProcPresent = "PROC-PRESENT";
constexpr std::string_view kProcNeedToKnow = "PROC-NEEDTOKNOW";
constexpr std::string_view kProcSameInfo = "PROC-SAMEINFO";
constexpr std::string_view kProcRole = "PROC-ROLE";
constexpr std::string_view kProcRecord = "PROC-RECORD";
constexpr std::string_view kProcType = "PROC-TYPE";
constexpr std::string_view kProcWvp = "PROC-WVP";
constexpr std::string_view kGroupAnon = "GROUP-ANON";
constexpr std::string_view kAllowVangnet = "ALLOW-VANGNET";
constexpr std::string_view kAllowProcess = "ALLOW-PROCESS";
constexpr std::string_view kAllowGroup = "ALLOW-GROUP";

// Roles that may not sit in on individual casework (PROT 2.21-2.22).
constexpr std::array<std::string_view, 3> kNonEntitled{"or_lid", "collega", "preventiemedewerker"};

using Mask = std::uint64_t;
constexpr Mask bit(Cue c) {
    return Mask{1} << static_cast<unsigned>(c);
}

enum class SmoType { Individual, WithWorker, Theme };

SmoType smo_type_of(const std::string& id) {
    if (id == "met_werknemer") return SmoType::WithWorker;
    if (id == "thema_beleid") return SmoType::Theme;
    return SmoType::Individual;
}

bool is_health_category(std::string_view id) {
    return id == "diagnosis" || id == "cause" || id == "symptom" || id == "treatment" || id == "medication" ||
           id == "provider" || id == "report" || id == "history" || id == "mental" || id == "pregnancy" ||
           id == "occupational_disease";
}

// A disclosure found in the text or tagged by the scenario.
struct Disclosure {
    Label category = kNoLabel; ///< for hints: the implied category
    bool hint = false;
    bool sensitive = false;
    bool neutral = false; ///< inside boundary-keeping ("of het psychisch is, kan ik niet zeggen")
    bool echo = false;    ///< repeats what the worker said himself, in his presence
    const Hit* hit = nullptr;
};

// Accumulates rule hits, merged per rule id.
class Decision {
  public:
    Decision(const Rulebase& rules, const Lexicon& lex, const Analysis& a)
        : m_rules(rules), m_lex(lex), m_a(a) {}

    Severity severity_of(std::string_view rule, bool sensitive) const {
        const Rule* r = m_rules.find(rule);
        if (r == nullptr) return Severity::Medium;
        if (r->conditional) return Severity::None;
        return sensitive && r->raise_if_sensitive ? raised(r->severity) : r->severity;
    }

    Span span_of(const Hit& h) const {
        auto [b, e] = m_a.norm.source_range(h.nbegin, h.nend);
        const LexEntry& entry = m_lex.entries[h.entry];
        Label cat = entry.implies != kNoLabel ? entry.implies : h.label;
        std::string term = entry.norm;
        std::replace(term.begin(), term.end(), '\x02', '*');
        return Span{b, e, std::string(label_id(cat)), std::move(term)};
    }

    RuleHit& add(std::string_view rule, Verdict v, Severity s, const Hit* h, std::string_view why_nl,
                 std::string_view why_en) {
        auto it =
            std::find_if(m_hits.begin(), m_hits.end(), [&](const RuleHit& r) { return r.rule_id == rule; });
        if (it == m_hits.end()) {
            m_hits.push_back(RuleHit{std::string(rule), v, s, std::string(why_nl), std::string(why_en), {}});
            it = m_hits.end() - 1;
        } else {
            if (v == Verdict::Violation) it->verdict = Verdict::Violation;
            it->severity = std::max(it->severity, s);
            if (it->reason_nl.size() < 400 && !why_nl.empty() &&
                it->reason_nl.find(why_nl) == std::string::npos) {
                it->reason_nl += " ";
                it->reason_nl += why_nl;
                it->reason_en += " ";
                it->reason_en += why_en;
            }
        }
        if (h != nullptr && it->spans.size() < 64) { // enough to show; keeps huge inputs linear
            Span sp = span_of(*h);
            bool dup = std::any_of(it->spans.begin(), it->spans.end(),
                                   [&](const Span& x) { return x.start == sp.start && x.end == sp.end; });
            if (!dup) it->spans.push_back(std::move(sp));
        }
        return *it;
    }

    bool has(std::string_view rule) const {
        return std::any_of(m_hits.begin(), m_hits.end(), [&](const RuleHit& r) { return r.rule_id == rule; });
    }
    bool any_violation() const {
        return std::any_of(m_hits.begin(), m_hits.end(),
                           [](const RuleHit& r) { return r.verdict == Verdict::Violation; });
    }
    std::vector<RuleHit>& hits() { return m_hits; }

  private:
    const Rulebase& m_rules;
    const Lexicon& m_lex;
    const Analysis& m_a;
    std::vector<RuleHit> m_hits;
};

// [SECTION] category wording for reasons
struct CategoryWords {
    std::string_view id, nl, en;
};
constexpr std::array kCategoryWords{
    CategoryWords{"diagnosis", "een diagnose of ziektenaam", "a diagnosis or condition name"},
    CategoryWords{"cause", "de aard of oorzaak van de ziekte", "the nature or cause of the illness"},
    CategoryWords{"symptom", "klachten of symptomen", "complaints or symptoms"},
    CategoryWords{"treatment", "de behandeling", "treatment details"},
    CategoryWords{"medication", "medicatie", "medication"},
    CategoryWords{"provider", "een behandelaar of instelling", "a care provider or institution"},
    CategoryWords{"report", "de inhoud van medische stukken of uitslagen",
                  "the content of medical documents or results"},
    CategoryWords{"history", "de medische voorgeschiedenis", "medical history"},
    CategoryWords{"mental", "de psychische toestand", "the psychological state"},
    CategoryWords{"pregnancy", "zwangerschap of kinderwens", "pregnancy or reproduction"},
    CategoryWords{"private", "privéomstandigheden", "private circumstances"},
    CategoryWords{"judgement", "een oordeel over de persoon", "a judgement about the person"},
    CategoryWords{"confidential", "de inhoud van een vertrouwelijk gesprek",
                  "the content of a confidential talk"},
    CategoryWords{"occupational_disease", "het label beroepsziekte", "the occupational-disease label"},
};

CategoryWords words_for(std::string_view id) {
    for (const auto& w : kCategoryWords)
        if (w.id == id) return w;
    return {id, "deze informatie", "this information"};
}

std::string quoted(std::string_view text, const Hit* h, const Analysis& a) {
    if (h == nullptr) return {};
    auto [b, e] = a.norm.source_range(h->nbegin, h->nend);
    if (e <= b || e > text.size()) return {};
    return "'" + std::string(text.substr(b, std::min<std::size_t>(e - b, 80))) + "'";
}

// [SECTION] time expressions for Poortwachter checks
struct TimeValue {
    double weeks = 0;
    std::uint32_t token = 0;
};

bool parse_uint(std::string_view s, int& value, bool& ordinal) {
    ordinal = false;
    std::size_t i = 0;
    long v = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i < 6)
        v = v * 10 + (s[i++] - '0');
    if (i == 0) return false;
    std::string_view rest = s.substr(i);
    if (rest == "e" || rest == "ste" || rest == "de")
        ordinal = true;
    else if (!rest.empty())
        return false;
    value = static_cast<int>(v);
    return true;
}

} // namespace

// [SECTION] construction

const std::vector<std::string_view>& Engine::rule_ids_used() {
    static const std::vector<std::string_view> ids = [] {
        std::vector<std::string_view> v{
            kConfHint,    kConsNoBasis,    kConsValid,    kConsOptOut,   kConsEmerg,  kProcInform,
            kProcPresent, kProcNeedToKnow, kProcSameInfo, kProcRole,     kProcRecord, kProcType,
            kProcWvp,     kGroupAnon,      kAllowVangnet, kAllowProcess, kAllowGroup};
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
                                 bool with_suggestion) const {
    m_analyser.analyse(text, scratch);
    static const std::vector<TaggedDisclosure> kNoTags;
    return decide(text, kNoTags, context, scratch, with_suggestion);
}

// [SECTION] the decision

Evaluation Engine::decide(std::string_view text, const std::vector<TaggedDisclosure>& tagged,
                          const Context& ctx, const Analysis& a, bool with_suggestion) const {
    const auto& entries = m_lexicon.entries;
    const auto& tokens = a.norm.tokens;
    Decision d(m_rules, m_lexicon, a);

    // Context.
    const bool non_conf = ctx.audience_without_confidentiality();
    const SmoType type = smo_type_of(ctx.smo_type);
    const bool worker_present = ctx.worker_present() || type == SmoType::WithWorker;
    const bool non_entitled =
        std::any_of(ctx.who_present.begin(), ctx.who_present.end(), [](const std::string& r) {
            return std::find(kNonEntitled.begin(), kNonEntitled.end(), r) != kNonEntitled.end();
        });
    auto kept_out = [&](std::string_view cat) {
        return std::find(ctx.kept_out.begin(), ctx.kept_out.end(), cat) != ctx.kept_out.end();
    };

    // Cue masks per sentence and clause, and for the whole statement.
    std::vector<Mask> sentence_cues(a.sentences.size() + 1, 0), clause_cues(a.clauses.size() + 1, 0);
    Mask all_cues = 0;
    std::vector<const Hit*> cue_hits;
    for (const Hit& h : a.hits) {
        if (!is_cue_label(h.label)) continue;
        Mask m = bit(label_cue(h.label));
        sentence_cues[h.sentence] |= m;
        clause_cues[h.clause] |= m;
        all_cues |= m;
        cue_hits.push_back(&h);
    }
    // Cue hits per sentence, so look-ups stay local (and linear on megabyte inputs). Hits are in text
    // order, so each sentence's cue hits are one contiguous run of cue_hits.
    std::vector<std::uint32_t> sentence_first(a.sentences.size() + 2, 0);
    for (const Hit* h : cue_hits)
        ++sentence_first[h->sentence + 1];
    for (std::size_t s = 1; s < sentence_first.size(); ++s)
        sentence_first[s] += sentence_first[s - 1];
    auto sentence_cue_hits_of = [&](std::size_t s) {
        return std::span<const Hit* const>(cue_hits.data() + sentence_first[s],
                                           cue_hits.data() + sentence_first[s + 1]);
    };
    struct {
        decltype(sentence_cue_hits_of)& of;
        std::span<const Hit* const> operator[](std::size_t s) const { return of(s); }
    } sentence_cue_hits{sentence_cue_hits_of};
    auto has = [&](Cue c) { return (all_cues & bit(c)) != 0; };
    auto cue_value = [&](const Hit& h) { return entries[h.entry].value; };

    // Is a cue negated: "niet"/"geen" shortly before it in the same clause.
    auto negated = [&](const Hit& h) {
        for (const Hit* n : sentence_cue_hits[h.sentence]) {
            if (label_cue(n->label) != Cue::Negation || n->clause != h.clause) continue;
            if (n->tok_end <= h.tok_begin && h.tok_begin - n->tok_end <= 3) return true;
        }
        return false;
    };
    auto any_unnegated = [&](Cue c) -> const Hit* {
        for (const Hit* h : cue_hits)
            if (label_cue(h->label) == c && !negated(*h)) return h;
        return nullptr;
    };
    auto first_cue = [&](Cue c) -> const Hit* {
        for (const Hit* h : cue_hits)
            if (label_cue(h->label) == c) return h;
        return nullptr;
    };

    auto word_at = [&](std::size_t t) -> std::string_view {
        if (t >= tokens.size() || tokens[t].kind != Token::Kind::Word) return {};
        return a.norm.token_text(tokens[t]);
    };
    // "Dat kan ik zeggen", "zoals ik al zei": the physician telling about his own work, not the
    // worker telling him something.
    auto first_person = [&](const Hit& h) {
        auto is_me = [](std::string_view w) { return w == "ik" || w == "we" || w == "wij"; };
        for (std::uint32_t k = 1; k <= 3 && k <= h.tok_begin; ++k) {
            std::uint32_t t = h.tok_begin - k;
            if (a.tok_clause[t] != h.clause) break;
            if (is_me(word_at(t))) return true;
        }
        return is_me(word_at(h.tok_end));
    };
    std::vector<char> worker_telling(a.sentences.size() + 1, 0);
    for (const Hit* h : cue_hits)
        if (label_cue(h->label) == Cue::Telling && !first_person(*h)) worker_telling[h->sentence] = 1;

    // Echo: the worker's own words repeated ("zoals je zelf zei"); the scope runs on over a ':'.
    std::vector<char> echo_sentence(a.sentences.size() + 1, 0);
    for (std::size_t s = 0; s < a.sentences.size(); ++s) {
        Mask m = sentence_cues[s];
        bool self_sufficient = false;
        for (const Hit* h : sentence_cue_hits[s])
            if (label_cue(h->label) == Cue::Self && cue_value(*h) == 1) self_sufficient = true;
        if ((m & bit(Cue::Self)) && ((m & bit(Cue::Telling)) || self_sufficient) &&
            !(m & bit(Cue::ConsultRef))) {
            echo_sentence[s] = 1;
            if (a.sentences[s].stop == ':' && s + 1 < a.sentences.size()) echo_sentence[s + 1] = 1;
        }
    }

    // Boundary-keeping neutralises terms in its sentence that sit in a question frame or in the
    // refusing clause itself; a question ending in ':' is answered by the next sentence.
    auto in_boundary = [&](const Hit& h) {
        Mask sm = sentence_cues[h.sentence], cm = clause_cues[h.clause];
        bool boundary = (sm & bit(Cue::Boundary)) != 0;
        if (!boundary && h.sentence + 1 < a.sentences.size() && a.sentences[h.sentence].stop == ':' &&
            (sentence_cues[h.sentence + 1] & bit(Cue::Boundary)))
            boundary = (cm & bit(Cue::Question)) != 0;
        return boundary && (cm & (bit(Cue::Boundary) | bit(Cue::Question)));
    };
    // A term right after a cue in the same sentence ("werkt als begeleider in de psychiatrie").
    auto after_cue = [&](const Hit& h, Cue c, std::uint32_t window) {
        for (const Hit* k : sentence_cue_hits[h.sentence])
            if (label_cue(k->label) == c && h.tok_begin >= k->tok_begin && h.tok_begin <= k->tok_end + window)
                return true;
        return false;
    };
    auto neutral_in_context = [&](const Hit& h, Label category) {
        if (in_boundary(h)) return true;
        std::string_view id = label_id(category);
        // In a policy meeting of a hospital "het gemiddelde van het ziekenhuis" is the employer.
        if (type == SmoType::Theme && id == "provider")
            for (const Hit* k : sentence_cue_hits[h.sentence])
                if (label_cue(k->label) == Cue::Organisation && k->nbegin <= h.nbegin && k->nend >= h.nend)
                    return true;
        // The worker's job or task names a field of medicine without saying anything about him.
        if ((id == "provider" || id == "treatment" || id == "medication") &&
            after_cue(h, Cue::WorkContext, 4))
            return true;
        // Protective exposure limits ("geen cytostatica") are functional.
        if ((id == "medication" || id == "treatment") && after_cue(h, Cue::Exposure, 3)) return true;
        // "Ze verblijft bij haar zus": a care address as the worker gave it.
        if (id == "private" && (sentence_cues[h.sentence] & bit(Cue::Residence))) return true;
        return false;
    };

    // Disclosures from the text.
    std::vector<Disclosure> disclosures;
    for (const Hit& h : a.hits) {
        if (is_cue_label(h.label)) continue;
        const LexEntry& e = entries[h.entry];
        Disclosure x;
        x.hit = &h;
        x.hint = h.label == hint_label();
        x.category = x.hint ? e.implies : h.label;
        x.sensitive = e.sensitive;
        x.neutral = neutral_in_context(h, x.category);
        x.echo = echo_sentence[h.sentence] != 0;
        disclosures.push_back(x);
    }
    // "Het gaat om zijn knie", "last van haar rug": a body part named as the problem is a hint.
    // "Zijn knie is dik": a body part followed by its state.
    const Label body_part = category_label("body_part");
    for (const Hit& h : a.hits) {
        if (h.label != body_part) continue;
        bool named_as_problem = false;
        for (const Hit* c : sentence_cue_hits[h.sentence]) {
            if (c->clause != h.clause) continue;
            Cue cue = label_cue(c->label);
            if (cue == Cue::Attribution && h.tok_begin >= c->tok_end && h.tok_begin <= c->tok_end + 1)
                named_as_problem = true;
            if (cue == Cue::BodyState && c->tok_begin >= h.tok_end && c->tok_begin <= h.tok_end + 1)
                named_as_problem = true;
        }
        if (!named_as_problem) continue;
        Disclosure x;
        x.hit = &h;
        x.hint = true;
        x.category = category_label("symptom");
        x.neutral = in_boundary(h);
        x.echo = echo_sentence[h.sentence] != 0;
        disclosures.push_back(x);
    }
    for (const auto& t : tagged) {
        Label l = category_label(t.category);
        if (l == kNoLabel) continue;
        Disclosure x;
        x.category = l;
        disclosures.push_back(x);
    }

    auto cat_id = [](Label l) { return categories()[l].id; };
    auto is_protected = [&](const Disclosure& x) { return categories()[x.category].is_protected; };
    bool protected_content = false, health_content = false, case_content = false;
    // "<getal> uur": working hours are case content even when no functional term matched.
    for (std::size_t t = 0; t + 1 < tokens.size() && !case_content; ++t) {
        if (tokens[t].kind != Token::Kind::Word || tokens[t + 1].kind != Token::Kind::Word) continue;
        std::string_view w = a.norm.token_text(tokens[t + 1]);
        int v = 0;
        bool ord = false;
        bool number = parse_uint(a.norm.token_text(tokens[t]), v, ord);
        for (const Hit* h : sentence_cue_hits[a.tok_sentence[t]])
            if (label_cue(h->label) == Cue::Number && h->tok_begin == t) number = true;
        if (number && (w == "uur" || w == "uren" || w == "dagen" || w == "dagdelen" || w == "diensten"))
            case_content = true;
    }
    for (const auto& x : disclosures) {
        if (x.neutral) continue;
        std::string_view id = cat_id(x.category);
        if (is_protected(x)) protected_content = true;
        if (is_health_category(id)) health_content = true;
        if (id != "process" && id != "group") case_content = true;
    }

    // Talk about medical data without disclosing it ("zet de diagnose in het dossier").
    bool medical_ref = false;
    for (const Hit* h : cue_hits)
        if (label_cue(h->label) == Cue::MedicalRef && !negated(*h) && !in_boundary(*h)) medical_ref = true;
    const bool medical_data = protected_content || medical_ref;

    // Emergency instructions (CONS-EMERG): a strong cue, or a weak one with a consent claim. The
    // minimum needed to act (the condition, its signs) is conditional on explicit consent; more than
    // that, or sharing while consent is explicitly absent, is a violation.
    const bool consent_negated = has(Cue::ConsentNegated);
    const bool consent = has(Cue::Consent) && !consent_negated;
    bool emergency = false;
    for (const Hit* h : cue_hits)
        if (label_cue(h->label) == Cue::Emergency && (cue_value(*h) != 1 || consent)) emergency = true;
    auto emergency_tolerated = [&](const Disclosure& x) {
        if (!emergency || consent_negated) return false;
        std::string_view id = cat_id(x.category);
        if (id == "diagnosis" || id == "symptom" || id == "mental") return true;
        if (x.hit == nullptr) return false;
        for (const Hit* c : sentence_cue_hits[x.hit->sentence]) // the span is itself an emergency instruction
            if (label_cue(c->label) == Cue::Emergency && c->nbegin <= x.hit->nbegin && c->nend >= x.hit->nend)
                return true;
        return false;
    };

    // Theme meetings: individual references and group statements.
    // A name counts as a case unless it addresses someone: a participant at the table, or a vocative
    // ("Wendy, goed punt", "..., hè Thijs." after a comma at the end of the sentence).
    std::vector<std::string> participants;
    for (const auto& n : ctx.participant_names) {
        std::string norm = normalise_term(n);
        participants.push_back(norm.substr(0, norm.find(' ')));
    }
    const Hit* name_hit = nullptr;
    for (const Hit* h : cue_hits) {
        if (label_cue(h->label) != Cue::Name) continue;
        const TokenRange& sr = a.sentences[h->sentence];
        auto kind_at = [&](std::uint32_t t) { return t < sr.end ? tokens[t].kind : Token::Kind::Stop; };
        bool vocative =
            (h->tok_begin == sr.begin && kind_at(h->tok_end) == Token::Kind::Comma) ||
            (h->tok_begin > sr.begin && kind_at(h->tok_end) == Token::Kind::Stop &&
             (tokens[h->tok_begin - 1].kind == Token::Kind::Comma || word_at(h->tok_begin - 1) == "he"));
        std::string_view w = word_at(h->tok_begin);
        bool participant = std::find(participants.begin(), participants.end(), w) != participants.end();
        if (!vocative && !participant) {
            name_hit = h;
            break;
        }
    }
    bool individual_ref = has(Cue::Individual) || name_hit != nullptr;
    bool group_mode = type == SmoType::Theme && !individual_ref;

    // [SECTION] content rules
    bool conf_violation = false, echo_seen = false, untolerated_in_emergency = false;
    const Hit* first_protected = nullptr;
    for (const auto& x : disclosures) {
        if (x.neutral) continue;
        std::string_view id = cat_id(x.category);
        const CategoryInfo& info = categories()[x.category];
        if (kept_out(id) && non_conf) {
            auto w = words_for(id);
            d.add(kConsOptOut, Verdict::Violation, d.severity_of(kConsOptOut, x.sensitive), x.hit,
                  "De werknemer vroeg " + std::string(w.nl) + " buiten het SMO te houden" +
                      (x.hit ? " (" + quoted(text, x.hit, a) + ")." : "."),
                  "The worker asked to keep " + std::string(w.en) + " out of the SMO.");
        }
        if (!info.is_protected) continue;
        if (first_protected == nullptr) first_protected = x.hit;
        if (!non_conf) continue;  // only people bound by medical confidentiality hear it
        if (group_mode) continue; // group level: judged as a group statement below
        if (x.echo && worker_present) {
            echo_seen = true;
            continue;
        }
        if (emergency_tolerated(x)) continue;
        if (emergency) untolerated_in_emergency = true;
        auto w = words_for(id);
        std::string q = quoted(text, x.hit, a);
        std::string nl = (q.empty() ? std::string("Dit") : q) + " onthult " + std::string(w.nl) +
                         ", terwijl er mensen zonder beroepsgeheim aanwezig zijn.";
        std::string en = (q.empty() ? std::string("This") : q) + " discloses " + std::string(w.en) +
                         " to people without medical confidentiality.";
        d.add(info.primary_rule, Verdict::Violation, d.severity_of(info.primary_rule, x.sensitive), x.hit, nl,
              en);
        if (x.hint)
            d.add(kConfHint, Verdict::Violation, d.severity_of(info.primary_rule, x.sensitive), x.hit,
                  "Een toespeling is ook een onthulling: de luisteraar kan " + std::string(w.nl) +
                      " afleiden.",
                  "A hint is a disclosure too: the listener can infer " + std::string(w.en) + ".");
        conf_violation = true;
    }

    // What the worker said in the consult, passed on ("hij gaf op het spreekuur toe dat ...").
    for (std::size_t s = 0; s < a.sentences.size() && non_conf && !group_mode; ++s) {
        Mask m = sentence_cues[s];
        if (!(m & bit(Cue::ConsultRef)) || !worker_telling[s] || (m & bit(Cue::Boundary))) continue;
        bool functional_only = false, protected_here = false;
        for (const auto& x : disclosures) {
            if (x.hit == nullptr || x.hit->sentence != s || x.neutral) continue;
            if (categories()[x.category].is_protected)
                protected_here = true;
            else if (cat_id(x.category) != "process")
                functional_only = true;
        }
        if (functional_only && !protected_here) continue; // feedback on what he can do
        const Hit* ref = nullptr;
        for (const Hit* h : sentence_cue_hits[s])
            if (label_cue(h->label) == Cue::ConsultRef) ref = h;
        d.add("CONF-CONFID", Verdict::Violation, d.severity_of("CONF-CONFID", false), ref,
              "Wat de werknemer op het spreekuur vertelde, valt onder het beroepsgeheim.",
              "What the worker said in the consultation is covered by medical confidentiality.");
        conf_violation = true;
        if (worker_present && type == SmoType::WithWorker)
            d.add(kConsValid, Verdict::Violation, d.severity_of(kConsValid, false), nullptr,
                  "In een driegesprek is de aanwezigheid van de werknemer geen toestemming.",
                  "In a three-way meeting the worker's presence is not consent.");
    }

    // [SECTION] consent
    if (conf_violation || (medical_ref && non_conf)) {
        if (const Hit* h = first_cue(Cue::BlanketConsent))
            d.add(kConsValid, Verdict::Violation, d.severity_of(kConsValid, false), h,
                  "Een algemene machtiging is geen specifieke, geïnformeerde toestemming.",
                  "A blanket authorisation is not specific, informed consent.");
        if (const Hit* h = first_cue(Cue::PresenceConsent))
            d.add(kConsValid, Verdict::Violation, d.severity_of(kConsValid, false), h,
                  "Dat de werknemer erbij zit, is geen toestemming om medische zaken te bespreken.",
                  "The worker's presence is not consent to discuss medical matters.");
        if (conf_violation && worker_present && type == SmoType::WithWorker)
            d.add(kConsValid, Verdict::Violation, d.severity_of(kConsValid, false), nullptr,
                  "In een driegesprek is de aanwezigheid van de werknemer geen toestemming.",
                  "In a three-way meeting the worker's presence is not consent.");
        if (!emergency && (has(Cue::Consent) || has(Cue::Justify))) {
            const Hit* h = first_cue(Cue::Consent);
            if (h == nullptr) h = first_cue(Cue::Justify);
            d.add(kConsNoBasis, Verdict::Violation, d.severity_of(kConsNoBasis, false), h,
                  "Toestemming van de werknemer maakt medische informatie voor de werkgever niet rechtmatig.",
                  "The worker's consent does not make medical information lawful for the employer.");
        }
    }
    if (echo_seen) {
        bool builds_on = has(Cue::Justify) || any_unnegated(Cue::Record) != nullptr;
        d.add(
            kConsNoBasis, builds_on ? Verdict::Violation : Verdict::Caution,
            builds_on ? d.severity_of(kConsNoBasis, false) : Severity::None, first_cue(Cue::Self),
            builds_on
                ? "De bedrijfsarts bouwt voort op wat de werknemer zelf vertelde en maakt het zo tot "
                  "gespreksstof of verslaglegging."
                : "De werknemer noemde het zelf; bevestig of verdiep het niet en laat de werkgever het niet "
                  "vastleggen.",
            builds_on ? "The physician builds on the worker's own disclosure, turning it into discussion or "
                        "records."
                      : "The worker said it himself; do not confirm or elaborate, and the employer must not "
                        "record it.");
    }
    if (emergency && non_conf) {
        bool violation = untolerated_in_emergency || (consent_negated && protected_content);
        d.add(kConsEmerg, violation ? Verdict::Violation : Verdict::Caution,
              violation ? Severity::High : Severity::None, first_cue(Cue::Emergency),
              violation ? "Noodinformatie alleen met uitdrukkelijke toestemming en niet meer dan nodig om te "
                          "handelen."
                        : "Noodinformatie is toegestaan met uitdrukkelijke toestemming, en alleen wat "
                          "collega's moeten "
                          "doen.",
              violation ? "Emergency information only with explicit consent and no more than needed to act."
                        : "Emergency information is allowed with explicit consent, and only what colleagues "
                          "must do.");
    }

    // [SECTION] vangnet
    if (non_conf) {
        for (const auto& x : disclosures) {
            if (x.neutral || cat_id(x.category) != "vangnet") continue;
            d.add(kAllowVangnet, Verdict::Caution, Severity::None, x.hit,
                  "Óf een vangnetbepaling geldt, mag de werkgever weten, maar of de bedrijfsarts dat zonder "
                  "toestemming zegt is omstreden; noem nooit welke.",
                  "Whether a safety-net provision applies may be known to the employer, but saying it "
                  "without consent "
                  "is disputed; never say which.");
        }
    }

    // [SECTION] process rules
    if (const Hit* h = any_unnegated(Cue::Secrecy))
        d.add(kProcSameInfo, Verdict::Violation, d.severity_of(kProcSameInfo, false), h,
              "De werknemer krijgt dezelfde informatie als de werkgever; geen afspraken buiten hem om.",
              "The worker gets the same information as the employer; no side arrangements.");
    for (const Hit* h : cue_hits) {
        if (label_cue(h->label) != Cue::Role || negated(*h)) continue;
        if (sentence_cues[h->sentence] & bit(Cue::Deferral)) continue;
        if (clause_cues[h->clause] & bit(Cue::Question)) continue; // "of jullie hem een waarschuwing geven"
        d.add(kProcRole, Verdict::Violation, d.severity_of(kProcRole, false), h,
              "Over loon, sancties en ontslag beslist de werkgever; de bedrijfsarts adviseert onafhankelijk.",
              "Pay, sanctions and dismissal are the employer's decisions; the physician advises "
              "independently.");
    }
    if (const Hit* h = any_unnegated(Cue::Record)) {
        if (medical_data || has(Cue::EmployerAsk))
            d.add(kProcRecord, Verdict::Violation, d.severity_of(kProcRecord, false), h,
                  "De werkgever legt geen medische gegevens vast en vraagt de werknemer niet zelf naar "
                  "klachten of "
                  "beperkingen.",
                  "The employer records no medical data and does not question the worker about complaints or "
                  "limitations.");
    }
    // "Prima, zet het er maar in": agreeing that what was proposed goes into the records, with nothing
    // in the statement saying what "het" is.
    if (!d.has(kProcRecord) && !case_content)
        for (const Hit* h : cue_hits)
            if (label_cue(h->label) == Cue::Record && cue_value(*h) == 1 && !negated(*h)) {
                d.add(kProcRecord, Verdict::Violation, d.severity_of(kProcRecord, false), h,
                      "Stem er niet mee in dat de werkgever gezondheidsgegevens vastlegt; alleen functionele "
                      "mogelijkheden en beperkingen horen in het verslag.",
                      "Do not agree to the employer recording health data; only functional abilities and "
                      "limitations belong in the records.");
                break;
            }
    if (const Hit* h = first_cue(Cue::EmployerAsk);
        h != nullptr && !d.has(kProcRecord) && !negated(*h) && (medical_data || has(Cue::Record)))
        d.add(kProcRecord, Verdict::Violation, d.severity_of(kProcRecord, false), h,
              "De werkgever mag niet zelf naar klachten of beperkingen vragen en die registreren.",
              "The employer may not ask about complaints or limitations and register them.");
    {
        const Hit* fwd = any_unnegated(Cue::Forward);
        const Hit* bg = first_cue(Cue::MedBackground);
        const Hit* mail = first_cue(Cue::Correspondence);
        if (fwd && mail && !has(Cue::Boundary)) {
            d.add("CONF-CONFID", Verdict::Violation, d.severity_of("CONF-CONFID", false), mail,
                  "De correspondentie tussen werknemer en bedrijfsarts valt onder het beroepsgeheim, ook als "
                  "er "
                  "niets medisch in staat.",
                  "Correspondence between worker and physician is covered by confidentiality, even without "
                  "medical "
                  "content.");
        }
        if ((fwd || bg) && (medical_data || mail))
            d.add(kProcNeedToKnow, Verdict::Violation, d.severity_of(kProcNeedToKnow, false), fwd ? fwd : bg,
                  "Medische gegevens blijven binnen de functionele eenheid van de bedrijfsarts, ook voor HR "
                  "of een "
                  "casemanager met een medische achtergrond.",
                  "Medical data stay within the physician's functional unit, also for HR or a casemanager "
                  "with a "
                  "medical background.");
    }
    if (type == SmoType::Individual && !ctx.worker_informed && case_content)
        d.add(kProcInform, Verdict::Violation, d.severity_of(kProcInform, false), nullptr,
              "De werknemer weet niet dat zijn situatie besproken wordt; bespreek hem pas als hij is "
              "geïnformeerd.",
              "The worker does not know his case is discussed; discuss it only after he has been informed.");
    if (const Hit* h = first_cue(Cue::Uninformed))
        d.add(kProcInform, Verdict::Violation, d.severity_of(kProcInform, false), h,
              "De werknemer hoort vooraf te weten dat zijn situatie in het SMO besproken wordt.",
              "The worker must know beforehand that his case is discussed in the SMO.");
    if (type != SmoType::Theme && non_entitled && case_content)
        d.add(kProcPresent, Verdict::Violation, d.severity_of(kProcPresent, false), nullptr,
              "Er zit iemand aan tafel die dit niet uit hoofde van zijn functie hoeft te weten (OR-lid, "
              "collega, "
              "preventiemedewerker).",
              "Someone is present who has no need to know (works council member, colleague, prevention "
              "officer).");

    // [SECTION] theme meetings and group data
    if (type == SmoType::Theme && individual_ref) {
        const Hit* h = first_cue(Cue::Individual);
        if (h == nullptr) h = name_hit;
        d.add(kProcType, Verdict::Violation,
              d.severity_of(kProcType, false) == Severity::Medium && protected_content
                  ? Severity::High
                  : d.severity_of(kProcType, false),
              h, "Een individuele casus hoort niet in een thema- of beleidsoverleg.",
              "An individual case does not belong in a theme or policy meeting.");
    }
    if (type == SmoType::Theme && (health_content || (medical_ref && has(Cue::SingleOut)))) {
        const Hit* single = first_cue(Cue::SingleOut);
        const Hit* health_hit = nullptr;
        for (const auto& x : disclosures)
            if (!x.neutral && is_health_category(cat_id(x.category)) && x.hit) {
                health_hit = x.hit;
                break;
            }
        if (single != nullptr) {
            d.add(kGroupAnon, Verdict::Violation, d.severity_of(kGroupAnon, false), single,
                  "Dit kenmerk wijst één persoon aan; groepsgegevens mogen niet herleidbaar zijn.",
                  "This attribute singles out one person; group data must not identify anyone.");
        } else if (group_mode) {
            if (ctx.group_size.has_value()) {
                if (*ctx.group_size < m_options.small_group_threshold)
                    d.add(kGroupAnon, Verdict::Violation, d.severity_of(kGroupAnon, false), health_hit,
                          "Een gezondheidscategorie bij een groep van " + std::to_string(*ctx.group_size) +
                              " mensen is tot personen herleidbaar (drempel " +
                              std::to_string(m_options.small_group_threshold) + ").",
                          "A health category for a group of " + std::to_string(*ctx.group_size) +
                              " people can identify individuals (threshold " +
                              std::to_string(m_options.small_group_threshold) + ").");
            } else if (has(Cue::Unit) && !has(Cue::OrgWide)) {
                d.add(kGroupAnon, Verdict::Caution, Severity::None, health_hit,
                      "Hoe groot is deze groep? Onder de " + std::to_string(m_options.small_group_threshold) +
                          " medewerkers is een gezondheidscategorie herleidbaar.",
                      "How large is this group? Below " + std::to_string(m_options.small_group_threshold) +
                          " staff a health category can identify people.");
            }
        }
    }

    // [SECTION] Poortwachter steps and deadlines
    for (std::size_t s = 0; s < a.sentences.size(); ++s) {
        if (!(sentence_cues[s] & bit(Cue::Step))) continue;
        const TokenRange& sr = a.sentences[s];
        std::vector<const Hit*> steps;
        const Hit* skip = nullptr;
        for (const Hit* h : sentence_cue_hits[s]) {
            if (label_cue(h->label) == Cue::Step) steps.push_back(h);
            if (label_cue(h->label) == Cue::Skip) skip = h;
        }
        if (skip != nullptr) {
            d.add(kProcWvp, Verdict::Violation, d.severity_of(kProcWvp, false), skip,
                  "Een Poortwachter-stap overslaan kan niet; de stappen en termijnen zijn wettelijk.",
                  "Skipping a Poortwachter step is not possible; steps and deadlines are statutory.");
            continue;
        }
        // Numbers per token (digits or number words).
        std::vector<TimeValue> times;
        auto number_at = [&](std::uint32_t t, int& value, bool& ordinal) -> bool {
            if (t >= sr.end || tokens[t].kind != Token::Kind::Word) return false;
            if (parse_uint(a.norm.token_text(tokens[t]), value, ordinal)) return true;
            for (const Hit* h : sentence_cue_hits[s])
                if (label_cue(h->label) == Cue::Number && h->tok_begin == t) {
                    value = cue_value(*h);
                    ordinal = false;
                    return true;
                }
            return false;
        };
        auto word = [&](std::uint32_t t) -> std::string_view {
            if (t >= sr.end || t < sr.begin || tokens[t].kind != Token::Kind::Word) return {};
            return a.norm.token_text(tokens[t]);
        };
        auto cue_ends_at = [&](Cue c, std::uint32_t t) {
            for (const Hit* h : sentence_cue_hits[s])
                if (label_cue(h->label) == c && h->tok_end == t) return true;
            return false;
        };
        for (std::uint32_t t = sr.begin; t < sr.end; ++t) {
            int v = 0;
            bool ord = false;
            std::string_view w = word(t);
            if (w == "week" && number_at(t + 1, v, ord)) { // "week 12"
                if (!cue_ends_at(Cue::CurrentWeek, t) && !cue_ends_at(Cue::Relative, t))
                    times.push_back({double(v), t});
                ++t;
                continue;
            }
            if (w == "half" && word(t + 1) == "jaar") {
                if (!cue_ends_at(Cue::Relative, t) && !(t > 0 && cue_ends_at(Cue::Relative, t - 1)))
                    times.push_back({26.0, t});
                ++t;
                continue;
            }
            if (w == "anderhalf" && word(t + 1) == "jaar") {
                times.push_back({78.0, t});
                ++t;
                continue;
            }
            if (!number_at(t, v, ord)) continue;
            std::string_view unit = word(t + 1);
            double weeks = -1;
            if (ord && unit == "week")
                weeks = v;
            else if (unit == "week" || unit == "weken")
                weeks = v;
            else if (unit == "maand" || unit == "maanden")
                weeks = v * 4.33;
            else if (unit == "jaar")
                weeks = v * 52.0;
            if (weeks < 0) continue;
            std::string_view after = word(t + 2);
            bool relative = cue_ends_at(Cue::Relative, t) || after == "na" || after == "later" ||
                            after == "geleden" || cue_ends_at(Cue::CurrentWeek, t);
            if (!relative) times.push_back({weeks, t});
            ++t;
        }
        for (const auto& tv : times) {
            bool fits = false;
            for (const Hit* h : steps) {
                const LexEntry& e = entries[h->entry];
                if (e.week_min < 0 && e.week_max < 0) {
                    fits = true;
                    continue;
                }
                double lo = e.week_min < 0 ? 0 : e.week_min - 1.0;
                double hi = e.week_max < 0 ? 1e9 : e.week_max + 1.0;
                if (tv.weeks >= lo && tv.weeks <= hi) fits = true;
            }
            if (!fits) {
                const LexEntry& e = entries[steps.front()->entry];
                std::string window = e.week_min == e.week_max
                                         ? "week " + std::to_string(e.week_max)
                                         : "uiterlijk week " + std::to_string(e.week_max);
                std::string window_en = e.week_min == e.week_max
                                            ? "week " + std::to_string(e.week_max)
                                            : "week " + std::to_string(e.week_max) + " at the latest";
                d.add(kProcWvp, Verdict::Violation, d.severity_of(kProcWvp, false), steps.front(),
                      "Verkeerde Poortwachter-termijn: voor '" + e.term + "' geldt " + window + ".",
                      "Wrong Poortwachter deadline: '" + e.term + "' is due in " + window_en + ".");
                break;
            }
        }
    }

    // [SECTION] result
    Evaluation ev;
    ev.hits = std::move(d.hits());
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
    for (const auto& x : disclosures) {
        if (x.neutral) continue;
        std::string id(cat_id(x.category));
        if (std::find(ev.categories.begin(), ev.categories.end(), id) == ev.categories.end())
            ev.categories.push_back(id);
        if (x.hit) ev.spans.push_back(d.span_of(*x.hit));
        const CategoryInfo& info = categories()[x.category];
        if (!info.is_protected || !non_conf) {
            std::string rule(info.is_protected ? std::string_view{} : info.primary_rule);
            if (!rule.empty() &&
                std::find(ev.allow_rules.begin(), ev.allow_rules.end(), rule) == ev.allow_rules.end())
                ev.allow_rules.push_back(rule);
        }
    }
    if (has(Cue::Boundary) &&
        std::find(ev.allow_rules.begin(), ev.allow_rules.end(), kAllowProcess) == ev.allow_rules.end())
        ev.allow_rules.emplace_back(kAllowProcess);
    if (type == SmoType::Theme && group_mode && health_content && !d.has(kGroupAnon) &&
        std::find(ev.allow_rules.begin(), ev.allow_rules.end(), kAllowGroup) == ev.allow_rules.end())
        ev.allow_rules.emplace_back(kAllowGroup);
    std::sort(ev.categories.begin(), ev.categories.end());
    std::sort(ev.spans.begin(), ev.spans.end(), [](const Span& x, const Span& y) {
        return x.start != y.start ? x.start < y.start : x.end > y.end;
    });
    ev.spans.erase(std::unique(ev.spans.begin(), ev.spans.end(),
                               [](const Span& x, const Span& y) {
                                   return x.start == y.start && x.end == y.end && x.category == y.category;
                               }),
                   ev.spans.end());
    if (with_suggestion && ev.verdict != Verdict::Allowed) {
        Suggestion s = suggest_rewording(text, a, m_lexicon, m_rules, ev);
        ev.suggestion_nl = std::move(s.nl);
        ev.suggestion_en = std::move(s.en);
    }
    (void)first_protected;
    return ev;
}

} // namespace smo::scoring
