#include "core/xapi_live.hpp"

#include "core/session_outcome.hpp"

namespace smo::core {

XapiOptions xapi_options_from(const Settings& settings) {
    XapiOptions o;
    if (!settings.xapi_iri_base.empty()) o.iri_base = settings.xapi_iri_base;
    o.home_page = settings.institution_home_page;
    o.account_name = settings.xapi_account_name;
    o.send_name = settings.xapi_send_name;
    return o;
}

LrsConfig lrs_config_from(const Settings& settings, const std::string& secret) {
    LrsConfig c;
    c.endpoint = settings.lrs_endpoint;
    c.key = settings.lrs_key;
    c.secret = secret;
    return c;
}

std::vector<XapiStatement> live_session_statements(const Session& session, const Scenario& scenario,
                                                   const scoring::Rulebase& rules,
                                                   const XapiOptions& options) {
    const SessionOutcome outcome = compute_outcome(session, scenario, rules);
    return build_xapi_statements(XapiInput{&session, &scenario, &outcome, nullptr}, options);
}

} // namespace smo::core
