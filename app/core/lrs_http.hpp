#pragma once
// One POST of one xAPI statement to an LRS with libcurl: `<endpoint>/statements`, headers
// `X-Experience-API-Version: 1.0.3` and `Content-Type: application/json`, Basic auth with the
// key and secret. Blocking (bounded by the timeouts): call it from the sender thread only.

#include <string>
#include <string_view>

namespace smo::core {

struct LrsConfig {
    std::string endpoint; ///< "https://lrs.example.org/xapi/" ("" = not configured)
    std::string key;
    std::string secret; ///< never printed or logged
    long connect_timeout_ms = 5000;
    long timeout_ms = 15000; ///< the whole exchange
    bool operator==(const LrsConfig&) const = default;
};

/// "<endpoint>/statements", with exactly one slash between.
std::string lrs_statements_url(const std::string& endpoint);

struct LrsReply {
    long status = 0;   ///< HTTP status; 0 when no answer came (refused, timeout, dropped)
    std::string error; ///< why, when the exchange failed or the status is not 2xx; no secret in it
};

/// POSTs `statement_json` (one statement object). Never throws.
LrsReply post_statement(const LrsConfig& config, std::string_view statement_json);

/// `text` with every occurrence of `secret` replaced by "***" (empty secret: unchanged).
std::string redact_secret(std::string text, const std::string& secret);

} // namespace smo::core
