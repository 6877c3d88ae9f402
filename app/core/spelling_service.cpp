#include "core/spelling_service.hpp"

namespace smo::core {

SpellingService::SpellingService(std::filesystem::path dictionary)
    : m_dictionary(std::move(dictionary)), m_worker([this] { run(); }) {}

SpellingService::~SpellingService() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

void SpellingService::request(const std::string& text) {
    {
        std::lock_guard lock(m_mutex);
        if ((m_checked && m_checked_text == text) || (m_pending && *m_pending == text)) return;
        m_pending = text;
    }
    m_changed.notify_all();
}

std::optional<std::vector<UnknownWord>> SpellingService::result(const std::string& text) const {
    std::lock_guard lock(m_mutex);
    if (!m_checked || m_checked_text != text) return std::nullopt;
    return m_checked;
}

std::string SpellingService::error() const {
    std::lock_guard lock(m_mutex);
    return m_error;
}

void SpellingService::wait_idle() const {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || !m_error.empty() || (!m_pending && !m_busy); });
}

void SpellingService::run() {
    std::string error;
    auto checker = SpellChecker::load(m_dictionary, error);
    std::unique_lock lock(m_mutex);
    if (!checker) {
        m_error = error;
        m_changed.notify_all();
        return;
    }
    for (;;) {
        m_changed.wait(lock, [this] { return m_stop || m_pending.has_value(); });
        if (m_stop) return;
        std::string text = std::move(*m_pending);
        m_pending.reset();
        m_busy = true;
        lock.unlock();
        // Newer text or shutdown makes this check stale: stop between words.
        auto stale = [this] {
            std::lock_guard guard(m_mutex);
            return m_stop || m_pending.has_value();
        };
        auto unknown = checker->check(text, 3, stale);
        lock.lock();
        m_busy = false;
        if (m_stop) return;
        if (m_pending) continue; // the newer text is checked next
        m_checked_text = std::move(text);
        m_checked = std::move(unknown);
        m_changed.notify_all();
    }
}

} // namespace smo::core
