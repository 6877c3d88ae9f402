#pragma once
// xAPI 1.0.3 statements of one session, for a learning record store (LRS): built from the
// session record and its SessionOutcome (never re-scored here), in the pattern of the
// MedBiquitous virtual-patient profile: initialized, responded per trainee turn, completed,
// passed/failed (toets only), terminated, and the supervisor's comments as `commented`.
// Ids are name-based UUIDs of the session id, so exporting or sending again gives the same ids.

#include "core/review.hpp"
#include "core/scenario.hpp"
#include "core/session.hpp"
#include "core/session_outcome.hpp"

#include <string>
#include <vector>

namespace smo::core {

/// Where the activity and extension IRIs live when the settings name none.
inline constexpr const char* kDefaultXapiIriBase = "https://smo-trainer.example/xapi";

/// Who the statements are about and under which IRIs (from Settings, see xapi_options()).
struct XapiOptions {
    std::string iri_base = kDefaultXapiIriBase; ///< activities: <base>/scenarios/<id>[/nodes/<node>]
    std::string home_page;    ///< the institution's homePage of the actor's account; "" = iri_base
    std::string account_name; ///< pseudonym or student number; "" = a pseudonym from the session
    bool send_name = false;   ///< put the trainee's free-text name in actor.name
};

/// One statement ready to send: its id, a stable key within the session ("responded/t5") and the
/// statement as compact JSON.
struct XapiStatement {
    std::string id;
    std::string key;
    std::string json;
};

/// What the statements are built from. `review` (the sidecar) may be null: no `commented`.
struct XapiInput {
    const Session* session = nullptr;
    const Scenario* scenario = nullptr;
    const SessionOutcome* outcome = nullptr;
    const Review* review = nullptr;
};

/// The session's registration: the same UUID for every statement of one session id.
std::string xapi_registration(const std::string& session_id);

/// The id of the statement with `key` ("initialized", "responded/t5", ...) of a session.
std::string xapi_statement_id(const std::string& session_id, const std::string& key);

/// The statements of `input` in time order: initialized; responded for every trainee turn (not
/// playtest priors); when the session is finished completed, passed or failed (toets only: the
/// confidentiality score as score.scaled, passed from 80 %, the debrief's "good" band) and
/// terminated; then one `commented` per supervisor turn comment, referring to that turn's
/// responded statement. An unfinished session gives only what has happened so far, with the same
/// ids it will have when finished.
std::vector<XapiStatement> build_xapi_statements(const XapiInput& input, const XapiOptions& options);

/// The statements as a pretty-printed JSON array (2-space indent, trailing newline).
std::string xapi_statements_json_array(const std::vector<XapiStatement>& statements);

} // namespace smo::core
