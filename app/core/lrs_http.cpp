#include "core/lrs_http.hpp"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace smo::core {

namespace {

std::size_t keep_body(char* data, std::size_t size, std::size_t count, void* user) {
    auto* body = static_cast<std::string*>(user);
    // The start of an error answer is enough to say why; a huge body is not kept.
    if (body->size() < 4096) body->append(data, std::min(size * count, 4096 - body->size()));
    return size * count;
}

void global_init_once() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

std::string lrs_statements_url(const std::string& endpoint) {
    std::string url = endpoint;
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    return url + "/statements";
}

std::string redact_secret(std::string text, const std::string& secret) {
    if (secret.empty()) return text;
    for (std::size_t at = text.find(secret); at != std::string::npos; at = text.find(secret, at + 3))
        text.replace(at, secret.size(), "***");
    return text;
}

LrsReply post_statement(const LrsConfig& config, std::string_view statement_json) {
    LrsReply reply;
    if (config.endpoint.empty()) {
        reply.error = "geen LRS-adres ingesteld";
        return reply;
    }
    global_init_once();
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl) {
        reply.error = "libcurl kon niet starten";
        return reply;
    }
    curl_slist* raw_headers = nullptr;
    raw_headers = curl_slist_append(raw_headers, "X-Experience-API-Version: 1.0.3");
    raw_headers = curl_slist_append(raw_headers, "Content-Type: application/json");
    raw_headers = curl_slist_append(raw_headers, "Expect:"); // no 100-continue round trip
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(raw_headers, &curl_slist_free_all);
    const std::string url = lrs_statements_url(config.endpoint);
    std::string body;
    char errbuf[CURL_ERROR_SIZE] = {};
    CURL* c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, url.c_str());
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L); // threads: no SIGALRM for timeouts
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(c, CURLOPT_POST, 1L);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, statement_json.data());
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(statement_json.size()));
    curl_easy_setopt(c, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
    curl_easy_setopt(c, CURLOPT_USERNAME, config.key.c_str());
    curl_easy_setopt(c, CURLOPT_PASSWORD, config.secret.c_str());
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, config.connect_timeout_ms);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, config.timeout_ms);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, keep_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &body);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    const CURLcode rc = curl_easy_perform(c);
    if (rc != CURLE_OK) {
        reply.error =
            redact_secret(url + ": " + (errbuf[0] != '\0' ? errbuf : curl_easy_strerror(rc)), config.secret);
        return reply;
    }
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &reply.status);
    if (reply.status < 200 || reply.status > 299) {
        std::string first_line = body.substr(0, body.find('\n')).substr(0, 200);
        reply.error = redact_secret(url + ": HTTP " + std::to_string(reply.status) +
                                        (first_line.empty() ? "" : ": " + first_line),
                                    config.secret);
    }
    return reply;
}

} // namespace smo::core
