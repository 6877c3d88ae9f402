#include "core/xapi_sender.hpp"

#include <algorithm>
#include <csignal>
#include <pthread.h>

namespace smo::core {

XapiSender::XapiSender(std::filesystem::path queue_dir, XapiBackoff backoff)
    : m_queue(std::move(queue_dir)), m_backoff(backoff) {
    refresh_counts();
    m_thread = std::thread([this] { run(); });
}

XapiSender::~XapiSender() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) m_thread.join();
}

void XapiSender::refresh_counts() {
    // Read the folder without the lock: status() (every frame) never waits for the disk.
    const std::size_t queued = m_queue.pending_count();
    const std::size_t sent = m_queue.sent_count();
    const std::size_t rejected = m_queue.rejected_count();
    {
        std::lock_guard lock(m_mutex);
        m_status.queued = queued;
        m_status.sent = sent;
        m_status.rejected = rejected;
        if (queued == 0) m_drained.notify_all();
    }
}

void XapiSender::configure(const LrsConfig& config) {
    {
        std::lock_guard lock(m_mutex);
        if (config == m_config) return;
        m_config = config;
        m_status.configured = !config.endpoint.empty();
        m_status.last_error.clear();
        ++m_config_generation;
    }
    m_wake.notify_all();
}

std::optional<std::string> XapiSender::enqueue(const std::vector<XapiStatement>& statements) {
    auto error = m_queue.enqueue(statements);
    refresh_counts();
    {
        std::lock_guard lock(m_mutex);
        ++m_enqueue_generation;
    }
    m_wake.notify_all();
    return error;
}

XapiSendStatus XapiSender::status() const {
    std::lock_guard lock(m_mutex);
    return m_status;
}

bool XapiSender::wait_until_drained(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    return m_drained.wait_for(lock, timeout, [&] { return m_status.queued == 0; });
}

namespace {
bool stored(long status) {
    return (status >= 200 && status <= 299) || status == 409;
}
} // namespace

void XapiSender::run() {
    // A broken connection must not kill the app (SIGPIPE), and termination signals belong to the
    // main thread, whose event wait they interrupt.
    sigset_t blocked;
    sigemptyset(&blocked);
    for (int sig : {SIGPIPE, SIGTERM, SIGINT, SIGHUP})
        sigaddset(&blocked, sig);
    pthread_sigmask(SIG_BLOCK, &blocked, nullptr);
    long backoff_ms = m_backoff.initial_ms;
    while (true) {
        LrsConfig config;
        std::size_t config_generation = 0, enqueue_generation = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stop || !m_config.endpoint.empty(); });
            if (m_stop) return;
            config = m_config;
            config_generation = m_config_generation;
            enqueue_generation = m_enqueue_generation;
        }
        const auto items = m_queue.pending(50);
        bool failed = false;
        for (const auto& item : items) {
            const LrsReply reply = post_statement(config, item.json);
            std::optional<std::string> error;
            if (stored(reply.status))
                error = m_queue.mark_sent(item.id);
            else if (reply.status == 400)
                error = m_queue.mark_rejected(item.id);
            bool stop_now = false;
            {
                std::lock_guard lock(m_mutex);
                // 409 is "already stored", not a problem worth showing.
                m_status.last_error = error ? *error : stored(reply.status) ? std::string() : reply.error;
                stop_now = m_stop || m_config_generation != config_generation;
            }
            refresh_counts();
            if (error || !(stored(reply.status) || reply.status == 400)) {
                failed = true;
                break;
            }
            backoff_ms = m_backoff.initial_ms;
            if (stop_now) break;
        }
        std::unique_lock lock(m_mutex);
        if (m_stop) return;
        if (failed) {
            // Wait, then try again; new settings retry at once with a fresh backoff.
            m_wake.wait_for(lock, std::chrono::milliseconds(backoff_ms),
                            [&] { return m_stop || m_config_generation != config_generation; });
            backoff_ms = m_config_generation != config_generation
                             ? m_backoff.initial_ms
                             : std::min(backoff_ms * 2, m_backoff.max_ms);
        } else if (items.empty()) {
            m_wake.wait(lock, [&] {
                return m_stop || m_config_generation != config_generation ||
                       m_enqueue_generation != enqueue_generation;
            });
        }
    }
}

} // namespace smo::core
