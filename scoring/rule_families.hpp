#pragma once
// Internal to smo_scoring: the rule ids the decision logic produces and the rule families
// (rules_*.cpp), which add their hits to a HitAccumulator. Engine::decide calls the
// families in the order below; that order is part of the output (hits of equal rank keep it, and
// reasons of one rule are joined in it).

#include "scoring/hit_accumulator.hpp"
#include "scoring/statement_facts.hpp"

#include <string_view>

namespace smo::scoring {

// [SECTION] rule ids the logic produces (besides each category's primary rule)
inline constexpr std::string_view kConfHint = "CONF-HINT";
inline constexpr std::string_view kConfConfid = "CONF-CONFID";
inline constexpr std::string_view kConsNoBasis = "CONS-NOBASIS";
inline constexpr std::string_view kConsValid = "CONS-VALID";
inline constexpr std::string_view kConsOptOut = "CONS-OPTOUT";
inline constexpr std::string_view kConsEmerg = "CONS-EMERG";
inline constexpr std::string_view kProcInform = "PROC-INFORM";
inline constexpr std::string_view kProcPresent = "PROC-PRESENT";
inline constexpr std::string_view kProcNeedToKnow = "PROC-NEEDTOKNOW";
inline constexpr std::string_view kProcSameInfo = "PROC-SAMEINFO";
inline constexpr std::string_view kProcRole = "PROC-ROLE";
inline constexpr std::string_view kProcRecord = "PROC-RECORD";
inline constexpr std::string_view kProcType = "PROC-TYPE";
inline constexpr std::string_view kProcWvp = "PROC-WVP";
inline constexpr std::string_view kGroupAnon = "GROUP-ANON";
inline constexpr std::string_view kAllowVangnet = "ALLOW-VANGNET";
inline constexpr std::string_view kAllowProcess = "ALLOW-PROCESS";
inline constexpr std::string_view kAllowGroup = "ALLOW-GROUP";

/// What the content rules found that the consent rules build on.
struct ContentOutcome {
    bool confidentiality_violated = false; ///< protected content reached people without beroepsgeheim
    bool echo_seen = false;                ///< the worker's own disclosure repeated in his presence
    bool untolerated_in_emergency = false; ///< more than the emergency minimum was shared
};

// [SECTION] the families, in the order Engine::decide calls them

/// Disclosures to people without medical confidentiality, opt-outs, and passing on the consult.
ContentOutcome decide_content_rules(const StatementFacts& facts, HitAccumulator& hits);
/// Consent that does not make a disclosure lawful, echoes, emergencies and vangnet provisions.
void decide_consent_rules(const StatementFacts& facts, const ContentOutcome& content, HitAccumulator& hits);
/// CONS-VALID: in a three-way meeting the worker's presence is not consent (content and consent rules).
void add_presence_is_no_consent(HitAccumulator& hits);
/// A vangnet provision is among the statement's disclosures (content and process rules).
bool mentions_vangnet(const StatementFacts& facts);
/// Consent the statement settles as specific and recorded ("schriftelijk en specifiek", lexicon value 2).
bool consent_settled(const StatementFacts& facts);
/// A document or mail sent in this sentence to a casemanager who may work in the physician's unit: what it
/// contains is judged by whose casemanager she is (PROC-NEEDTOKNOW), not as said at the table.
bool sent_to_a_casemanager(const StatementFacts& facts, std::size_t sentence);
/// The SMO procedure: same information, roles, records, need to know, informing, who is present.
void decide_process_rules(const StatementFacts& facts, HitAccumulator& hits);
/// Theme meetings: individual cases and group data that identify people.
void decide_group_rules(const StatementFacts& facts, int small_group_threshold, HitAccumulator& hits);
/// Wet verbetering poortwachter: skipped steps and wrong deadlines.
void decide_poortwachter_rules(const StatementFacts& facts, HitAccumulator& hits);

} // namespace smo::scoring
