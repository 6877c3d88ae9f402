#include "core/session_fast_reader.hpp"

#include "core/vocabulary.hpp"
#include "scoring/condition.hpp"

#include <array>
#include <bitset>
#include <cstdint>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

namespace smo::core {
namespace {

// The checking reader's limits: beyond them it reports, so this one gives up.
constexpr std::size_t kMaxBytes = kSessionJsonLimits.max_bytes;
constexpr std::size_t kMaxString = kSessionJsonLimits.max_string;
constexpr std::size_t kMaxDepth = static_cast<std::size_t>(kSessionJsonLimits.max_depth);

/// One open object or array. A value arrives for the current key (objects) or as the next element
/// (arrays); false, or a null child frame, means "not the shape session_to_json writes".
class Frame {
  public:
    virtual ~Frame() = default;
    virtual bool key(std::string& /*k*/) { return false; }
    virtual bool text(std::string& /*s*/) { return false; }
    virtual bool integer(std::int64_t /*v*/) { return false; }
    virtual bool real(double /*v*/) { return false; }
    virtual bool boolean(bool /*v*/) { return false; }
    virtual bool null() { return false; }
    virtual std::unique_ptr<Frame> object() { return nullptr; }
    virtual std::unique_ptr<Frame> array() { return nullptr; }
    /// The container closed: check that it is complete and hand its value on.
    virtual bool end() { return true; }
};

bool to_int(std::int64_t v, int& out) {
    if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) return false;
    out = static_cast<int>(v);
    return true;
}
bool to_size(std::int64_t v, std::size_t& out) {
    if (v < 0) return false;
    out = static_cast<std::size_t>(v);
    return true;
}

template <typename E, typename Name> bool enum_of(std::string_view id, Name name, std::size_t count, E& out) {
    for (std::size_t i = 0; i < count; ++i)
        if (id == name(static_cast<E>(i))) {
            out = static_cast<E>(i);
            return true;
        }
    return false;
}

/// An object with a fixed set of keys, each at most once; `optional` are the keys the writer may
/// leave out (their absence is the struct's default, as in the checking reader).
template <std::size_t N> class Fields : public Frame {
  public:
    Fields(const std::array<std::string_view, N>& keys, std::bitset<N> optional = {})
        : m_keys(keys), m_optional(optional) {}
    bool key(std::string& k) override {
        for (std::size_t i = 0; i < N; ++i)
            if (m_keys[i] == k) {
                if (m_seen[i]) return false;
                m_seen[i] = true;
                m_field = i;
                return true;
            }
        return false;
    }
    bool end() override { return (m_seen | m_optional).all() && done(); }

  protected:
    std::size_t field() const { return m_field; }
    /// After the completeness check: what the object still has to do (validate, hand on).
    virtual bool done() { return true; }

  private:
    const std::array<std::string_view, N>& m_keys;
    std::bitset<N> m_optional;
    std::bitset<N> m_seen;
    std::size_t m_field = N;
};

template <std::size_t N> std::bitset<N> optional_keys(std::initializer_list<std::size_t> indices) {
    std::bitset<N> out;
    for (auto i : indices)
        out.set(i);
    return out;
}

class StringList final : public Frame {
  public:
    /// The list replaces what `out` held (a Context starts with default participants).
    explicit StringList(std::vector<std::string>* out) : m_out(out) {
        if (m_out) m_out->clear();
    }
    bool text(std::string& s) override {
        if (m_out) m_out->push_back(std::move(s));
        return true;
    }
    bool end() override {
        if (m_out) m_out->shrink_to_fit(); // as ObjectList
        return true;
    }

  private:
    std::vector<std::string>* m_out; ///< null: read and dropped
};

class IntMap final : public Frame {
  public:
    explicit IntMap(std::map<std::string, int>& out) : m_out(out) {}
    bool key(std::string& k) override {
        m_key = std::move(k);
        return !m_out.contains(m_key);
    }
    bool integer(std::int64_t v) override { return to_int(v, m_out[m_key]); }

  private:
    std::map<std::string, int>& m_out;
    std::string m_key;
};

class StringMap final : public Frame {
  public:
    explicit StringMap(std::map<std::string, std::string>& out) : m_out(out) {}
    bool key(std::string& k) override {
        m_key = std::move(k);
        return !m_out.contains(m_key);
    }
    bool text(std::string& s) override {
        m_out[m_key] = std::move(s);
        return true;
    }

  private:
    std::map<std::string, std::string>& m_out;
    std::string m_key;
};

/// A list of objects, each read by an `Element` frame into a new `T` at the end of `out`.
template <typename T, typename Element> class ObjectList final : public Frame {
  public:
    explicit ObjectList(std::vector<T>& out) : m_out(out) {}
    std::unique_ptr<Frame> object() override {
        m_out.emplace_back(); // the element's frame closes before the next one starts
        return std::make_unique<Element>(m_out.back());
    }
    bool end() override {
        m_out.shrink_to_fit(); // a cohort keeps a thousand transcripts: no room left from doubling
        return true;
    }

  private:
    std::vector<T>& m_out;
};

/// A value that is read and dropped (the embedded scenario of a hand-in, "rules" of an evaluation).
class Skip final : public Frame {
  public:
    bool key(std::string&) override { return true; }
    bool text(std::string&) override { return true; }
    bool integer(std::int64_t) override { return true; }
    bool real(double) override { return true; }
    bool boolean(bool) override { return true; }
    bool null() override { return true; }
    std::unique_ptr<Frame> object() override { return std::make_unique<Skip>(); }
    std::unique_ptr<Frame> array() override { return std::make_unique<Skip>(); }
};

// --- scoring values ------------------------------------------------------------------------

constexpr std::array<std::string_view, 4> kSpanKeys{"start", "end", "category", "term"};
class SpanFrame final : public Fields<4> {
  public:
    explicit SpanFrame(scoring::Span& s) : Fields(kSpanKeys), m_s(s) {}
    bool integer(std::int64_t v) override {
        return field() == 0 ? to_size(v, m_s.start) : field() == 1 && to_size(v, m_s.end);
    }
    bool text(std::string& s) override {
        if (field() == 2) m_s.category = std::move(s);
        else if (field() == 3) m_s.term = std::move(s);
        else return false;
        return true;
    }

  private:
    scoring::Span& m_s;
};
using SpanList = ObjectList<scoring::Span, SpanFrame>;

bool verdict_of(std::string_view id, scoring::Verdict& out) {
    return enum_of(id, scoring::verdict_id, static_cast<std::size_t>(scoring::Verdict::Count), out);
}
bool severity_of(std::string_view id, scoring::Severity& out) {
    return enum_of(id, scoring::severity_id, static_cast<std::size_t>(scoring::Severity::Count), out);
}

constexpr std::array<std::string_view, 7> kHitKeys{"rule_id",   "verdict",   "severity", "reason_nl",
                                                   "reason_en", "condition", "spans"};
class HitFrame final : public Fields<7> {
  public:
    explicit HitFrame(scoring::RuleHit& h) : Fields(kHitKeys), m_h(h) {}
    bool text(std::string& s) override {
        switch (field()) {
        case 0: m_h.rule_id = std::move(s); return true;
        case 1: return verdict_of(s, m_h.verdict);
        case 2: return severity_of(s, m_h.severity);
        case 3: m_h.reason_nl = std::move(s); return true;
        case 4: m_h.reason_en = std::move(s); return true;
        case 5: m_h.condition = scoring::condition_from_id(s); return true;
        default: return false;
        }
    }
    std::unique_ptr<Frame> array() override {
        return field() == 6 ? std::make_unique<SpanList>(m_h.spans) : nullptr;
    }

  private:
    scoring::RuleHit& m_h;
};

constexpr std::array<std::string_view, 9> kEvaluationKeys{
    "verdict", "severity", "rules", "hits", "allow_rules", "categories", "spans", "suggestion_nl", "suggestion_en"};
class EvaluationFrame final : public Fields<9> {
  public:
    explicit EvaluationFrame(std::optional<scoring::Evaluation>& out) : Fields(kEvaluationKeys), m_out(out) {
        m_out.emplace();
    }
    bool text(std::string& s) override {
        switch (field()) {
        case 0: return verdict_of(s, m_out->verdict);
        case 1: return severity_of(s, m_out->severity);
        case 7: m_out->suggestion_nl = std::move(s); return true;
        case 8: m_out->suggestion_en = std::move(s); return true;
        default: return false;
        }
    }
    std::unique_ptr<Frame> array() override {
        switch (field()) {
        case 2: return std::make_unique<StringList>(nullptr); // derived from the hits
        case 3: return std::make_unique<ObjectList<scoring::RuleHit, HitFrame>>(m_out->hits);
        case 4: return std::make_unique<StringList>(&m_out->allow_rules);
        case 5: return std::make_unique<StringList>(&m_out->categories);
        case 6: return std::make_unique<SpanList>(m_out->spans);
        default: return nullptr;
        }
    }

  private:
    std::optional<scoring::Evaluation>& m_out;
};

// --- runtime values ------------------------------------------------------------------------

constexpr std::array<std::string_view, 3> kMeterKeys{"var", "before", "after"};
class MeterFrame final : public Fields<3> {
  public:
    explicit MeterFrame(MeterChange& m) : Fields(kMeterKeys), m_m(m) {}
    bool text(std::string& s) override {
        if (field() != 0) return false;
        m_m.var = std::move(s);
        return true;
    }
    bool integer(std::int64_t v) override {
        return field() == 1 ? to_int(v, m_m.before) : field() == 2 && to_int(v, m_m.after);
    }

  private:
    MeterChange& m_m;
};
using MeterList = ObjectList<MeterChange, MeterFrame>;

constexpr std::array<std::string_view, 14> kStateKeys{
    "stage",        "phase",    "node_id",      "question",       "vars",          "present",     "case_id",
    "unit_id",      "pending_node", "feedback", "stuck_reason",   "pending_meters", "goal_available", "turn_counter"};
class StateFrame final : public Fields<14> {
  public:
    explicit StateFrame(RuntimeState& s) : Fields(kStateKeys), m_s(s) {}
    bool text(std::string& s) override {
        switch (field()) {
        case 0: {
            auto stage = stage_from_id(s);
            if (stage) m_s.stage = *stage;
            return stage.has_value();
        }
        case 1: {
            auto phase = phase_from_id(s);
            if (phase) m_s.phase = *phase;
            return phase.has_value();
        }
        case 2: m_s.node_id = std::move(s); return true;
        case 6: m_s.case_id = std::move(s); return true;
        case 7: m_s.unit_id = std::move(s); return true;
        case 8: m_s.pending_node = std::move(s); return true;
        case 9: m_s.feedback = std::move(s); return true;
        case 10: m_s.stuck_reason = std::move(s); return true;
        default: return false;
        }
    }
    bool integer(std::int64_t v) override {
        return field() == 3 ? to_size(v, m_s.question) : field() == 13 && to_int(v, m_s.turn_counter);
    }
    std::unique_ptr<Frame> object() override {
        if (field() == 4) return std::make_unique<IntMap>(m_s.vars);
        if (field() == 12) return std::make_unique<IntMap>(m_s.goal_available);
        return nullptr;
    }
    std::unique_ptr<Frame> array() override {
        if (field() == 5) return std::make_unique<StringList>(&m_s.present);
        if (field() == 11) return std::make_unique<MeterList>(m_s.pending_meters);
        return nullptr;
    }

  private:
    RuntimeState& m_s;
};

/// The snapshot in a turn ("before"): it exists once its object starts.
std::unique_ptr<Frame> snapshot_frame(std::optional<RuntimeState>& out) {
    out.emplace();
    return std::make_unique<StateFrame>(*out);
}

constexpr std::array<std::string_view, 6> kContextKeys{"who_present", "smo_type",   "worker_informed",
                                                       "kept_out",    "group_size", "participant_names"};
class ContextFrame final : public Fields<6> {
  public:
    explicit ContextFrame(std::optional<scoring::Context>& out) : Fields(kContextKeys), m_out(out) {
        m_out.emplace();
    }
    bool text(std::string& s) override {
        if (field() != 1) return false;
        m_out->smo_type = std::move(s);
        return true;
    }
    bool boolean(bool v) override {
        if (field() != 2) return false;
        m_out->worker_informed = v;
        return true;
    }
    bool integer(std::int64_t v) override {
        int size = 0;
        if (field() != 4 || !to_int(v, size)) return false;
        m_out->group_size = size;
        return true;
    }
    bool null() override { return field() == 4; }
    std::unique_ptr<Frame> array() override {
        switch (field()) {
        case 0: return std::make_unique<StringList>(&m_out->who_present);
        case 3: return std::make_unique<StringList>(&m_out->kept_out);
        case 5: return std::make_unique<StringList>(&m_out->participant_names);
        default: return nullptr;
        }
    }

  private:
    std::optional<scoring::Context>& m_out;
};

// --- a turn --------------------------------------------------------------------------------

constexpr std::array<std::string_view, 3> kDisclosedKeys{"category", "item", "text"};
class DisclosedFrame final : public Fields<3> {
  public:
    explicit DisclosedFrame(scoring::TaggedDisclosure& d) : Fields(kDisclosedKeys), m_d(d) {}
    bool text(std::string& s) override {
        switch (field()) {
        case 0: m_d.category = std::move(s); return true;
        case 1: m_d.item_id = std::move(s); return true;
        case 2: m_d.text = std::move(s); return true;
        default: return false;
        }
    }

  private:
    scoring::TaggedDisclosure& m_d;
};

/// Two strings into a pair-like value that exists once the object closes complete.
template <typename T> class TwoStrings final : public Fields<2> {
  public:
    using Build = T (*)(std::string&, std::string&);
    TwoStrings(const std::array<std::string_view, 2>& keys, std::optional<T>& out, Build build)
        : Fields(keys), m_out(out), m_build(build) {}
    bool text(std::string& s) override {
        (field() == 0 ? m_a : m_b) = std::move(s);
        return true;
    }

  private:
    bool done() override {
        m_out = m_build(m_a, m_b);
        return true;
    }
    std::optional<T>& m_out;
    Build m_build;
    std::string m_a, m_b;
};

constexpr std::array<std::string_view, 2> kObserveKeys{"expected_rule", "given_rule"};
constexpr std::array<std::string_view, 2> kGreyZoneKeys{"for", "against"};
constexpr std::array<std::string_view, 2> kFlawKeys{"kind", "rule"};

class FlawFrame final : public Fields<2> {
  public:
    explicit FlawFrame(std::optional<scoring::Flaw>& out) : Fields(kFlawKeys), m_out(out) {}
    bool text(std::string& s) override {
        (field() == 0 ? m_kind : m_rule) = std::move(s);
        return true;
    }

  private:
    bool done() override {
        auto kind = scoring::flaw_kind_from_id(m_kind);
        if (!kind) return false;
        m_out = scoring::Flaw{*kind, std::move(m_rule)};
        return true;
    }
    std::optional<scoring::Flaw>& m_out;
    std::string m_kind, m_rule;
};

constexpr std::array<std::string_view, 4> kKeyPointsKeys{"covered", "missed", "needed", "goal"};
class KeyPointsFrame final : public Fields<4> {
  public:
    explicit KeyPointsFrame(std::optional<scoring::KeyPointCoverage>& out) : Fields(kKeyPointsKeys), m_out(out) {
        m_out.emplace();
    }
    bool text(std::string& s) override {
        if (field() != 3) return false;
        m_out->goal = std::move(s);
        return true;
    }
    bool integer(std::int64_t v) override { return field() == 2 && to_int(v, m_out->needed); }
    std::unique_ptr<Frame> array() override {
        if (field() == 0) return std::make_unique<StringList>(&m_out->covered);
        if (field() == 1) return std::make_unique<StringList>(&m_out->missed);
        return nullptr;
    }

  private:
    std::optional<scoring::KeyPointCoverage>& m_out;
};

enum EntryField : std::size_t {
    TurnId, NodeId, Kind, Speaker, SpeakerName, SpeakerRole, ByTrainee, Text, Present, CaseId, UnitId,
    OptionId, Items, Words, Judgement, Disclosed, EvaluationKey, GoalsCredited, Observe, Correct, FlawKey,
    GreyZone, KeyPointsKey, Feedback, Meters, Before, At, ContextKey, EntryFieldCount
};
constexpr std::array<std::string_view, EntryFieldCount> kEntryKeys{
    "turn_id",   "node_id",    "kind",           "speaker",   "speaker_name", "speaker_role", "by_trainee",
    "text",      "present",    "case_id",        "unit_id",   "option_id",    "items",        "words",
    "judgement", "disclosed",  "evaluation",     "goals_credited", "observe", "correct",      "flaw",
    "grey_zone", "key_points", "feedback",       "meters",    "before",       "at",           "context"};

class EntryFrame final : public Fields<EntryFieldCount> {
  public:
    explicit EntryFrame(TranscriptEntry& e)
        : Fields(kEntryKeys, optional_keys<EntryFieldCount>({OptionId, Items, Words, Judgement, Disclosed,
                                                             EvaluationKey, GoalsCredited, Observe, Correct,
                                                             FlawKey, GreyZone, KeyPointsKey, Feedback, Meters,
                                                             Before, At,
                                                             ContextKey})),
          m_e(e) {}
    bool text(std::string& s) override {
        switch (field()) {
        case TurnId: m_e.turn_id = std::move(s); return true;
        case NodeId: m_e.node_id = std::move(s); return true;
        case Kind: {
            auto kind = entry_kind_from_id(s);
            if (kind) m_e.kind = *kind;
            return kind.has_value();
        }
        case Speaker: m_e.speaker = std::move(s); return true;
        case SpeakerName: m_e.speaker_name = std::move(s); return true;
        case SpeakerRole: m_e.speaker_role = std::move(s); return true;
        case Text: m_e.text = std::move(s); return true;
        case CaseId: m_e.case_id = std::move(s); return true;
        case UnitId: m_e.unit_id = std::move(s); return true;
        case OptionId: m_e.option_id = std::move(s); return true;
        case Words: m_e.words = std::move(s); return true;
        case Judgement: m_e.judgement = std::move(s); return true;
        case Feedback: m_e.feedback = std::move(s); return true;
        case At: m_e.at = std::move(s); return true;
        default: return false;
        }
    }
    bool boolean(bool v) override {
        if (field() == ByTrainee) m_e.by_trainee = v;
        else if (field() == Correct) m_e.correct = v;
        else return false;
        return true;
    }
    std::unique_ptr<Frame> array() override {
        switch (field()) {
        case Present: return std::make_unique<StringList>(&m_e.present);
        case Items: return std::make_unique<StringList>(&m_e.items);
        case GoalsCredited: return std::make_unique<StringList>(&m_e.goals_credited);
        case Disclosed: return std::make_unique<ObjectList<scoring::TaggedDisclosure, DisclosedFrame>>(m_e.disclosed);
        case Meters: return std::make_unique<MeterList>(m_e.meters);
        default: return nullptr;
        }
    }
    std::unique_ptr<Frame> object() override {
        switch (field()) {
        case EvaluationKey: return std::make_unique<EvaluationFrame>(m_e.evaluation);
        case Observe:
            return std::make_unique<TwoStrings<scoring::ObserveJudgement>>(
                kObserveKeys, m_e.observe, [](std::string& a, std::string& b) {
                    return scoring::ObserveJudgement{std::move(a), std::move(b)};
                });
        case FlawKey: return std::make_unique<FlawFrame>(m_e.flaw);
        case KeyPointsKey: return std::make_unique<KeyPointsFrame>(m_e.key_points);
        case GreyZone:
            return std::make_unique<TwoStrings<scoring::GreyZone>>(
                kGreyZoneKeys, m_e.grey_zone,
                [](std::string& a, std::string& b) { return scoring::GreyZone{std::move(a), std::move(b)}; });
        case Before: return snapshot_frame(m_e.before);
        case ContextKey: return std::make_unique<ContextFrame>(m_e.context);
        default: return nullptr;
        }
    }

  private:
    TranscriptEntry& m_e;
};
using EntryList = ObjectList<TranscriptEntry, EntryFrame>;

// --- scores --------------------------------------------------------------------------------

constexpr std::array<std::string_view, 3> kTurnPointsKeys{"turn_id", "points", "sources"};
class TurnPointsFrame final : public Fields<3> {
  public:
    explicit TurnPointsFrame(scoring::TurnPoints& t) : Fields(kTurnPointsKeys), m_t(t) {}
    bool text(std::string& s) override {
        if (field() != 0) return false;
        m_t.turn_id = std::move(s);
        return true;
    }
    bool integer(std::int64_t v) override { return field() == 1 && to_int(v, m_t.points); }
    std::unique_ptr<Frame> array() override {
        return field() == 2 ? std::make_unique<StringList>(&m_t.sources) : nullptr;
    }

  private:
    scoring::TurnPoints& m_t;
};

constexpr std::array<std::string_view, 5> kGoalKeys{"goal", "credited", "available", "mastery", "partial"};
class GoalFrame final : public Fields<5> {
  public:
    explicit GoalFrame(scoring::GoalMastery& g) : Fields(kGoalKeys, optional_keys<5>({4})), m_g(g) {}
    bool text(std::string& s) override {
        if (field() != 0) return false;
        m_g.goal = std::move(s);
        return true;
    }
    bool integer(std::int64_t v) override {
        switch (field()) {
        case 1: return to_int(v, m_g.credited);
        case 2: return to_int(v, m_g.available);
        case 3: m_g.mastery = static_cast<double>(v); return true;
        case 4: return to_int(v, m_g.partial);
        default: return false;
        }
    }
    bool real(double v) override {
        if (field() != 3) return false;
        m_g.mastery = v;
        return true;
    }

  private:
    scoring::GoalMastery& m_g;
};

constexpr std::array<std::string_view, 5> kObserveStatsKeys{"hits", "wrong_rule", "misses", "false_alarms",
                                                            "correct_accepts"};
class ObserveStatsFrame final : public Fields<5> {
  public:
    explicit ObserveStatsFrame(scoring::ObserveStats& o) : Fields(kObserveStatsKeys), m_o(o) {}
    bool integer(std::int64_t v) override {
        int* slots[] = {&m_o.hits, &m_o.wrong_rule, &m_o.misses, &m_o.false_alarms, &m_o.correct_accepts};
        return field() < 5 && to_int(v, *slots[field()]);
    }

  private:
    scoring::ObserveStats& m_o;
};

constexpr std::array<std::string_view, 6> kScoreKeys{"confidentiality", "violations", "cautions",
                                                     "turns",           "goals",      "observe"};
class ScoreFrame final : public Fields<6> {
  public:
    explicit ScoreFrame(std::optional<scoring::SessionScore>& out) : Fields(kScoreKeys), m_out(out) {
        m_out.emplace();
    }
    bool integer(std::int64_t v) override {
        switch (field()) {
        case 0: return to_int(v, m_out->confidentiality);
        case 1: return to_int(v, m_out->violations);
        case 2: return to_int(v, m_out->cautions);
        default: return false;
        }
    }
    std::unique_ptr<Frame> array() override {
        if (field() == 3) return std::make_unique<ObjectList<scoring::TurnPoints, TurnPointsFrame>>(m_out->turns);
        if (field() == 4) return std::make_unique<ObjectList<scoring::GoalMastery, GoalFrame>>(m_out->goals);
        return nullptr;
    }
    std::unique_ptr<Frame> object() override {
        return field() == 5 ? std::make_unique<ObserveStatsFrame>(m_out->observe) : nullptr;
    }

  private:
    std::optional<scoring::SessionScore>& m_out;
};

// --- the session ---------------------------------------------------------------------------

constexpr std::array<std::string_view, 6> kAttemptKeys{"from_turn", "started_at", "finished",
                                                       "transcript", "goal_available", "scores"};
class AttemptFrame final : public Fields<6> {
  public:
    explicit AttemptFrame(SideAttempt& a) : Fields(kAttemptKeys), m_a(a) {}
    bool text(std::string& s) override {
        if (field() == 0) m_a.from_turn = std::move(s);
        else if (field() == 1) m_a.started_at = std::move(s);
        else return false;
        return true;
    }
    bool boolean(bool v) override {
        if (field() != 2) return false;
        m_a.finished = v;
        return true;
    }
    bool null() override { return field() == 5; }
    std::unique_ptr<Frame> array() override {
        return field() == 3 ? std::make_unique<EntryList>(m_a.transcript) : nullptr;
    }
    std::unique_ptr<Frame> object() override {
        if (field() == 4) return std::make_unique<IntMap>(m_a.goal_available);
        if (field() == 5) return std::make_unique<ScoreFrame>(m_a.scores);
        return nullptr;
    }

  private:
    SideAttempt& m_a;
};

constexpr std::array<std::string_view, 4> kScenarioRefKeys{"id", "version", "sha256", "file"};
class ScenarioRefFrame final : public Fields<4> {
  public:
    explicit ScenarioRefFrame(ScenarioRef& s) : Fields(kScenarioRefKeys), m_s(s) {}
    bool text(std::string& s) override {
        std::string* slots[] = {&m_s.id, &m_s.version, &m_s.sha256, &m_s.file};
        if (field() >= 4) return false;
        *slots[field()] = std::move(s);
        return true;
    }

  private:
    ScenarioRef& m_s;
};

constexpr std::array<std::string_view, 5> kReflectionKeys{kReflectionFieldLabels[0], kReflectionFieldLabels[1],
                                                          kReflectionFieldLabels[2], kReflectionFieldLabels[3],
                                                          "alternatives"};
class ReflectionFrame final : public Fields<5> {
  public:
    explicit ReflectionFrame(Reflection& r) : Fields(kReflectionKeys), m_r(r) {}
    bool text(std::string& s) override {
        if (field() >= 4) return false;
        m_r.text(static_cast<ReflectionField>(field())) = std::move(s);
        return true;
    }
    std::unique_ptr<Frame> object() override {
        return field() == 4 ? std::make_unique<StringMap>(m_r.alternatives) : nullptr;
    }

  private:
    Reflection& m_r;
};

constexpr std::array<std::string_view, 5> kReviewKeys{"reviewer", "reviewed_at", "comments", "approved",
                                                      "turn_comments"};
class ReviewFrame final : public Fields<5> {
  public:
    explicit ReviewFrame(SupervisorReview& r) : Fields(kReviewKeys), m_r(r) {}
    bool text(std::string& s) override {
        std::string* slots[] = {&m_r.reviewer, &m_r.reviewed_at, &m_r.comments};
        if (field() >= 3) return false;
        *slots[field()] = std::move(s);
        return true;
    }
    bool null() override { return field() <= 3; } // the strings are "" then, approved unset
    bool boolean(bool v) override {
        if (field() != 3) return false;
        m_r.approved = v;
        return true;
    }
    std::unique_ptr<Frame> object() override {
        return field() == 4 ? std::make_unique<StringMap>(m_r.turn_comments) : nullptr;
    }

  private:
    SupervisorReview& m_r;
};

constexpr std::array<std::string_view, 2> kHandInKeys{"at", "file"};
class HandInFrame final : public Fields<2> {
  public:
    explicit HandInFrame(Session& s) : Fields(kHandInKeys), m_s(s) {}
    bool text(std::string& s) override {
        (field() == 0 ? m_s.handed_in_at : m_s.handed_in_file) = std::move(s);
        return true;
    }

  private:
    Session& m_s;
};

enum RootField : std::size_t {
    SchemaVersion, SessionId, Trainee, ScenarioKey, RulebaseVersion, Mode, StartedAt, UpdatedAt, EndedAt,
    Finished, Retries, OptionOrderSeed, State, Transcript, Scores, SelfRatings, SideAttempts, ReflectionKey,
    SupervisorReviewKey, HandIn, EmbeddedScenario, RootFieldCount
};
constexpr std::array<std::string_view, RootFieldCount> kRootKeys{
    "schema_version", "session_id",   "trainee",  "scenario",      "rulebase_version", "mode",
    "started_at",     "updated_at",   "ended_at", "finished",      "retries",          "option_order_seed",
    "state",          "transcript",   "scores",   "self_ratings",  "side_attempts",    "reflection",
    "supervisor_review", "hand_in",   "embedded_scenario"};

class SessionFrame final : public Fields<RootFieldCount> {
  public:
    explicit SessionFrame(Session& s)
        : Fields(kRootKeys, optional_keys<RootFieldCount>({HandIn, EmbeddedScenario})), m_s(s) {}
    bool text(std::string& s) override {
        switch (field()) {
        case SessionId: m_s.session_id = std::move(s); return true;
        case Trainee: m_s.trainee = std::move(s); return true;
        case RulebaseVersion: m_s.rulebase_version = std::move(s); return true;
        case Mode:
            for (std::size_t i = 0; i < kSessionModeLabels.size(); ++i)
                if (s == kSessionModeLabels[i]) {
                    m_s.mode = static_cast<SessionMode>(i);
                    return true;
                }
            return false;
        case StartedAt: m_s.started_at = std::move(s); return true;
        case UpdatedAt: m_s.updated_at = std::move(s); return true;
        case EndedAt: m_s.ended_at = std::move(s); return true;
        default: return false;
        }
    }
    bool integer(std::int64_t v) override {
        switch (field()) {
        case SchemaVersion: return v == kSessionSchemaVersion; // older files are migrated by the other reader
        case Retries:
            if (v < 0 || v > 1000000) return false;
            m_s.retries = static_cast<int>(v);
            return true;
        case OptionOrderSeed:
            if (v < 0 || v > std::numeric_limits<int>::max()) return false;
            m_s.option_order_seed = static_cast<std::uint32_t>(v);
            return true;
        default: return false;
        }
    }
    bool boolean(bool v) override {
        if (field() != Finished) return false;
        m_s.finished = v;
        return true;
    }
    bool null() override { return field() == EndedAt || field() == Scores; }
    std::unique_ptr<Frame> object() override {
        switch (field()) {
        case ScenarioKey: return std::make_unique<ScenarioRefFrame>(m_s.scenario);
        case State: return std::make_unique<StateFrame>(m_s.state);
        case Scores: return std::make_unique<ScoreFrame>(m_s.scores);
        case SelfRatings: return std::make_unique<IntMap>(m_s.self_ratings);
        case ReflectionKey: return std::make_unique<ReflectionFrame>(m_s.reflection);
        case SupervisorReviewKey: return std::make_unique<ReviewFrame>(m_s.supervisor_review);
        case HandIn: return std::make_unique<HandInFrame>(m_s);
        case EmbeddedScenario: return std::make_unique<Skip>(); // read_embedded_scenario's business
        default: return nullptr;
        }
    }
    std::unique_ptr<Frame> array() override {
        if (field() == Transcript) return std::make_unique<EntryList>(m_s.transcript);
        if (field() == SideAttempts) return std::make_unique<ObjectList<SideAttempt, AttemptFrame>>(m_s.side_attempts);
        return nullptr;
    }

  private:
    bool done() override {
        m_s.schema_version = kSessionSchemaVersion;
        return is_valid_session_id(m_s.session_id);
    }
    Session& m_s;
};

/// nlohmann's SAX interface over the frame stack.
class Builder {
  public:
    using Json = nlohmann::json;
    explicit Builder(Session& s) : m_session(s) {}

    bool null() { return value([](Frame& f) { return f.null(); }); }
    bool boolean(bool v) { return value([v](Frame& f) { return f.boolean(v); }); }
    bool number_integer(Json::number_integer_t v) {
        return value([v](Frame& f) { return f.integer(v); });
    }
    bool number_unsigned(Json::number_unsigned_t v) {
        if (v > static_cast<Json::number_unsigned_t>(std::numeric_limits<std::int64_t>::max())) return false;
        return value([v](Frame& f) { return f.integer(static_cast<std::int64_t>(v)); });
    }
    bool number_float(Json::number_float_t v, const Json::string_t&) {
        return value([v](Frame& f) { return f.real(v); });
    }
    // Each string is taken from the lexer's buffer even when it is only compared: a buffer left
    // behind would hand its largest-ever capacity to the next string kept (a cohort's memory).
    bool string(Json::string_t& s) {
        std::string v = std::move(s);
        return v.size() <= kMaxString && value([&v](Frame& f) { return f.text(v); });
    }
    bool binary(Json::binary_t&) { return false; }
    bool key(Json::string_t& k) {
        std::string v = std::move(k);
        return v.size() <= kMaxString && !m_stack.empty() && m_stack.back()->key(v);
    }
    bool start_object(std::size_t) { return open(true); }
    bool start_array(std::size_t) { return open(false); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool parse_error(std::size_t, const std::string&, const Json::exception&) { return false; }

    bool complete() const { return m_root_done; }

  private:
    template <typename F> bool value(F&& f) { return !m_stack.empty() && f(*m_stack.back()); }
    bool open(bool object) {
        if (m_stack.size() >= kMaxDepth) return false;
        std::unique_ptr<Frame> child;
        if (m_stack.empty()) {
            if (!object || m_root_done) return false;
            child = std::make_unique<SessionFrame>(m_session);
        } else {
            child = object ? m_stack.back()->object() : m_stack.back()->array();
        }
        if (!child) return false;
        m_stack.push_back(std::move(child));
        return true;
    }
    bool close() {
        if (m_stack.empty() || !m_stack.back()->end()) return false;
        m_stack.pop_back();
        if (m_stack.empty()) m_root_done = true;
        return true;
    }

    Session& m_session;
    std::vector<std::unique_ptr<Frame>> m_stack;
    bool m_root_done = false;
};

} // namespace

bool read_session_fast(std::string_view text, Session& out) {
    if (text.size() > kMaxBytes || json::find_invalid_utf8(text)) return false;
    Session s;
    Builder builder(s);
    bool ok = false;
    try {
        ok = nlohmann::json::sax_parse(text.data(), text.data() + text.size(), &builder,
                                       nlohmann::json::input_format_t::json, true, false);
    } catch (const std::exception&) {
        return false; // the checking reader reports it
    }
    if (!ok || !builder.complete()) return false;
    out = std::move(s);
    return true;
}

} // namespace smo::core
