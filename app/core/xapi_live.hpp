#pragma once
// Glue between the app and the xAPI pieces: the builder's options and the sender's LRS config
// from Settings, and the statements of the session being played (after every finished turn).

#include "core/lrs_http.hpp"
#include "core/settings.hpp"
#include "core/xapi_statements.hpp"

#include <string>
#include <vector>

namespace smo::core {

/// IRI base, homePage, account name and name toggle from the settings.
XapiOptions xapi_options_from(const Settings& settings);

/// Endpoint and key from the settings, `secret` from its own file (lrs_secret.hpp).
LrsConfig lrs_config_from(const Settings& settings, const std::string& secret);

/// The statements of `session` (synced with its runtime) as they stand now: its outcome computed
/// with `rules`, no review. Enqueue them after every turn; the queue keeps each id once.
std::vector<XapiStatement> live_session_statements(const Session& session, const Scenario& scenario,
                                                   const scoring::Rulebase& rules,
                                                   const XapiOptions& options);

} // namespace smo::core
