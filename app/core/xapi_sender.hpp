#pragma once
// Sends the xAPI queue to the LRS on its own thread: the UI only enqueues and reads status(),
// both of which return at once, so sending never blocks a frame. 2xx and 409 (the LRS already
// has that id) count as sent; 400 moves the statement to rejected/; anything else (5xx, 401,
// timeout, no network) is retried with exponential backoff, bounded by max_backoff_ms. Without
// an endpoint the thread sleeps and statements stay queued (offline start loses nothing).

#include "core/lrs_http.hpp"
#include "core/xapi_queue.hpp"

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace smo::core {

/// What the settings screen shows.
struct XapiSendStatus {
    bool configured = false;  ///< an endpoint is set
    std::size_t queued = 0;   ///< pending in the queue folder
    std::size_t sent = 0;     ///< ever sent from this queue folder
    std::size_t rejected = 0; ///< refused by the LRS (400)
    std::string last_error;   ///< "" after a success; never contains the secret
};

struct XapiBackoff {
    long initial_ms = 1000;
    long max_ms = 60000;
};

class XapiSender {
  public:
    /// Starts the thread on the queue in `queue_dir`; it sends once configure() gives an endpoint.
    explicit XapiSender(std::filesystem::path queue_dir, XapiBackoff backoff = {});
    /// Stops the thread (waits for a POST in flight, at most its timeout).
    ~XapiSender();
    XapiSender(const XapiSender&) = delete;
    XapiSender& operator=(const XapiSender&) = delete;

    /// New LRS settings (an empty endpoint pauses sending). Wakes the thread and resets the backoff.
    void configure(const LrsConfig& config);
    /// Queues statements (see XapiQueue::enqueue) and wakes the thread.
    std::optional<std::string> enqueue(const std::vector<XapiStatement>& statements);
    /// A snapshot; cheap (no disk access).
    XapiSendStatus status() const;
    /// Blocks until nothing is pending or `timeout` passed (tests, clean shutdown). True when drained.
    bool wait_until_drained(std::chrono::milliseconds timeout);

    XapiQueue& queue() { return m_queue; }

  private:
    void run();
    void refresh_counts();

    XapiQueue m_queue;
    XapiBackoff m_backoff;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_drained;
    LrsConfig m_config;
    std::size_t m_config_generation = 0;
    std::size_t m_enqueue_generation = 0;
    XapiSendStatus m_status;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace smo::core
