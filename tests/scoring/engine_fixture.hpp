#pragma once
// The real rules and lexicon from the source tree, loaded once per test executable.

#include "scoring/evaluate.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <initializer_list>
#include <memory>
#include <stdexcept>

namespace smo::test {

inline const scoring::Engine& engine() {
    static const std::unique_ptr<scoring::Engine> e = [] {
        std::vector<json::Diagnostic> errors;
        auto loaded = scoring::Engine::load(source_dir() / "assets", errors);
        if (!loaded) {
            std::string all;
            for (const auto& err : errors)
                all += err.format() + "\n";
            throw std::runtime_error("cannot load engine:\n" + all);
        }
        return loaded;
    }();
    return *e;
}

inline scoring::Evaluation judge(const std::string& text, const scoring::Context& ctx = {}) {
    scoring::Statement st;
    st.text = text;
    return engine().evaluate(st, ctx);
}

inline bool has_rule(const scoring::Evaluation& ev, std::string_view id) {
    for (const auto& h : ev.hits)
        if (h.rule_id == id) return true;
    return false;
}

// `text` in `context` gets `want` and names `rule` among its findings.
inline void check_judged(scoring::Verdict want, std::string_view rule, const std::string& text,
                         const scoring::Context& context = {}) {
    const auto ev = judge(text, context);
    CHECK_MESSAGE(ev.verdict == want, text);
    CHECK_MESSAGE(has_rule(ev, rule), text);
}

// Each text gets `want` in `context`.
inline void check_verdicts(std::initializer_list<const char*> texts, scoring::Verdict want,
                           const scoring::Context& context) {
    for (const char* text : texts)
        CHECK_MESSAGE(judge(text, context).verdict == want, text);
}

inline scoring::Context context_with(std::vector<std::string> who,
                                     std::string type = "individueel_opeenvolgend") {
    scoring::Context c;
    c.who_present = std::move(who);
    c.smo_type = std::move(type);
    return c;
}

} // namespace smo::test
